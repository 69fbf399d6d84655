/**
 * The anchor of issue 15 (`npm run bench -- --anchor`): the same texts built by a pinned Starlight,
 * measured like the site in the same run. Starlight lives in `bench-anchor/` at the repository
 * root (git-ignored, its own package.json and node_modules): it is never a dependency of the site.
 * The folder is installed once (`npm install`, the only network access) and reused while its
 * versions are the pinned ones. Each run regenerates its pages from `content/` and the model
 * (`anchor-content.mjs`), builds it from clean (timed), writes the same gzip/brotli twins as the
 * site (the site's own `precompress` integration, so both are served compressed by the same
 * `scripts/static-server.mjs`) and measures what makes sense for a site without forms, service
 * worker nor PDF: first visit of `/`, first load of `/`, JS before `load` on a step page,
 * Lighthouse on `/`, a step and `/recapitulatif/`, the build time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runnerImport } from 'vite';
import { measurePage } from '../size.mjs';
import { startStaticServer } from '../static-server.mjs';
import { anchorDocs, DROPPED } from './anchor-content.mjs';
import { timeBuild } from './build.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { loadedScripts } from './loaded.mjs';
import { benchNetwork } from './network.mjs';

/** The pinned versions: Starlight 0.42.4 accepts Astro ^7.2.10 (its peer range), the site's major. */
export const STARLIGHT_VERSION = '0.42.4';
export const ASTRO_VERSION = '7.3.5';
export const ANCHOR_DIR = 'bench-anchor';
const OUT_DIR = 'dist';

const PACKAGE_JSON = `${JSON.stringify(
  {
    name: 'guide-siseri-bench-anchor',
    private: true,
    description: 'Ancre de mesure (npm run bench -- --anchor) : les textes du guide construits par Starlight. Généré, ignoré par git.',
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: ASTRO_VERSION },
  },
  null,
  2,
)}\n`;

const ASTRO_CONFIG = `// Généré par scripts/bench/anchor.mjs : ne pas modifier.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import precompress from '../src/integrations/precompress.mjs';

export default defineConfig({
  outDir: process.env.SITE_OUT_DIR || '${OUT_DIR}',
  integrations: [
    starlight({ title: 'Guide SISERI', locales: { root: { label: 'Français', lang: 'fr' } } }),
    precompress(),
  ],
});
`;

const CONTENT_CONFIG = `// Généré par scripts/bench/anchor.mjs : ne pas modifier.
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const installedVersion = (dir, pkg) => {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
};

/** Installs the pinned Starlight in `dir` unless it is there already; says which. */
export function ensureInstall(dir, log = console.log) {
  mkdirSync(dir, { recursive: true });
  const pkgFile = join(dir, 'package.json');
  const same = existsSync(pkgFile) && readFileSync(pkgFile, 'utf8') === PACKAGE_JSON;
  if (same && installedVersion(dir, '@astrojs/starlight') === STARLIGHT_VERSION && installedVersion(dir, 'astro') === ASTRO_VERSION) {
    log(`Starlight ${STARLIGHT_VERSION} (Astro ${ASTRO_VERSION}) déjà installé dans ${ANCHOR_DIR}/ : réutilisé, sans réseau.`);
    return;
  }
  writeFileSync(pkgFile, PACKAGE_JSON);
  log(`Installation de Starlight ${STARLIGHT_VERSION} et Astro ${ASTRO_VERSION} dans ${ANCHOR_DIR}/ (npm install, une fois)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm install a échoué dans ${ANCHOR_DIR}/ (code ${r.status}).`);
}

/** Reads `content/<folder>/*.mdx` as slug → source. */
function readMdx(root, folder) {
  const dir = join(root, 'content', folder);
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => [f.slice(0, -4), readFileSync(join(dir, f), 'utf8')]));
}

/** Writes the anchor's sources from the site's texts; returns what it holds. */
export async function generateAnchor(root, dir) {
  const { module } = await runnerImport(join(root, 'scripts/bench/anchor-entry.mjs'), { root, configFile: false, logLevel: 'error' });
  const model = module.anchorModel();
  const docs = anchorDocs({ pages: readMdx(root, 'pages'), steps: readMdx(root, 'etapes') }, model);
  const docsDir = join(dir, 'src/content/docs');
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  for (const d of docs) {
    mkdirSync(dirname(join(docsDir, d.path)), { recursive: true });
    writeFileSync(join(docsDir, d.path), d.text);
  }
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'astro.config.mjs'), ASTRO_CONFIG);
  const steps = docs.filter((d) => d.path.startsWith('etapes/')).length;
  return {
    starlight: STARLIGHT_VERSION,
    astro: ASTRO_VERSION,
    pages: docs.length,
    prosePages: docs.length - steps,
    stepPages: steps,
    description:
      `${docs.length} pages Markdown : ${docs.length - steps} pages de texte de content/pages/ (accueil → /) et ${steps} étapes (titre et consigne du modèle, texte de content/etapes/). ` +
      `Composants du site traduits en Markdown (libellés de champs, liens d’étape, sources, badges de certitude, encadrés → asides, liste à cocher → liste de tâches) ; ` +
      `retirés : ${DROPPED.join(', ')}. Ni formulaires, ni maquettes de PASS, ni dossier, ni service worker, ni PDF ; Starlight ajoute sa recherche Pagefind, son menu et sa table des matières.`,
  };
}

/**
 * Installs, generates, builds and measures the anchor.
 * @param {string} root  the site's folder
 * @param {{ pages: string[], lighthouseRuns: number, networkRuns: number, buildRuns: number, log?: (s: string) => void }} o
 */
export async function benchAnchor(root, { pages, lighthouseRuns, networkRuns, buildRuns, log = console.log }) {
  const dir = join(root, ANCHOR_DIR);
  ensureInstall(dir, log);
  const content = await generateAnchor(root, dir);
  log(`Ancre : Starlight ${STARLIGHT_VERSION}, Astro ${ASTRO_VERSION} — ${content.description}`);
  const build = await timeBuild(dir, OUT_DIR, { runs: buildRuns });
  const dist = join(dir, OUT_DIR);
  const home = measurePage(dist, 'index.html');
  const { server, url } = await startStaticServer({ root: dist });
  try {
    const startup = await loadedScripts(dist, url, pages);
    const lighthouse = lighthouseRuns > 0 ? await runLighthouse(pages.map((p) => url + p), { runs: lighthouseRuns }) : [];
    const network = await benchNetwork(dist, url, null, { runs: networkRuns, serviceWorker: false });
    return { content, build, pages: [home], startup, lighthouse, network };
  } finally {
    await new Promise((ok) => server.close(ok));
  }
}
