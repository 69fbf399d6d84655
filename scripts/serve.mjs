#!/usr/bin/env node
/** Serves the built site (`dist/`) on a local port and prints the URL. `PORT`, `SITE_BASE` apply. */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const root = process.env.SITE_OUT_DIR || 'dist';
if (!existsSync(root)) {
  console.error(`Le dossier ${root}/ n’existe pas : lancez d’abord « npm run build ».`);
  process.exit(1);
}
const { url } = await startStaticServer({ root, base: process.env.SITE_BASE || '/', port: Number(process.env.PORT || 4321), host: process.env.HOST || '127.0.0.1' });
console.log(`Guide SISERI servi sur ${url}  (Ctrl+C pour arrêter)`);
