#!/usr/bin/env node
/**
 * Regenerates the README's performance measurements from `bench-report.json` (`npm run bench --
 * --write-readme`, or `node scripts/bench/readme.mjs` after a bench): the text between
 * `<!-- bench:start -->` and `<!-- bench:end -->` becomes issue 15's table of that run (with the
 * Starlight anchor's columns when it was measured), its date, commit and the machine's load when
 * it started — a loaded machine is said to be one. The pure parts are exported for the unit tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fr } from './stats.mjs';
import { figuresOf, issue15Rows, markdownTable } from './table.mjs';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** Whether the machine was busy when the bench started: 1-minute load above half its cores. */
export const loaded = (machine) => Boolean(machine && machine.loadStart > machine.cpus / 2);

/** The headers and rows of issue 15's table from a report (with the anchor's columns if measured). */
export function issue15Table(report) {
  const site = figuresOf(report);
  const anchor = report.anchor ? figuresOf(report.anchor) : null;
  const headers = anchor ? ['Mesure', 'guide-siseri', `Starlight ${report.anchor.content.starlight}`, 'rapport guide ÷ Starlight'] : ['Mesure', 'guide-siseri'];
  return { headers, rows: issue15Rows(site, anchor) };
}

/** The Markdown the README shows between the markers. */
export function readmeBlock(report) {
  const day = new Date(report.date).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).replace(/^1 /, '1er ');
  const m = report.machine;
  const machine = m
    ? `${m.cpus} cœurs, charge moyenne sur 1 min ${fr(m.loadStart, 2)} au départ — ${loaded(m) ? '**machine chargée par d’autres travaux : les durées et les scores Lighthouse sont indicatifs**, les octets exacts' : 'machine calme'}`
    : 'conditions non relevées';
  const { headers, rows } = issue15Table(report);
  const lines = [
    `**Mesures du ${day}** (\`npm run bench${report.anchor ? ' -- --anchor' : ''}\`, commit ${report.commit ?? '?'}${report.workingTreeDirty ? ' modifié' : ''}, Node ${report.node} ; ${machine}) :`,
    '',
    markdownTable(headers, rows),
  ];
  if (report.anchor) {
    lines.push('', `Rapport : chiffre du guide divisé par celui de Starlight, d’une même exécution (sous 1, le guide charge moins, attend moins ou construit plus vite ; pour un score Lighthouse, au-dessus de 1 est mieux). L’ancre, dans \`bench-anchor/\` (hors des dépendances du site) : Starlight ${report.anchor.content.starlight} et Astro ${report.anchor.content.astro}, ${report.anchor.content.description}`);
  }
  return lines.join('\n');
}

/**
 * `readme` with the text between the markers replaced by `block`; throws if a marker is missing.
 * Only markers alone on their line count (the README also names them in its prose).
 */
export function replaceBetweenMarkers(readme, block) {
  const line = (marker, from = 0) => {
    const at = readme.indexOf(`\n${marker}\n`, from - 1);
    return at < 0 ? -1 : at + 1;
  };
  const a = line(START);
  const b = a < 0 ? -1 : line(END, a);
  if (a < 0 || b < 0) throw new Error(`README.md : les repères ${START} et ${END}, seuls sur leur ligne, manquent (ou sont dans le désordre).`);
  return `${readme.slice(0, a + START.length)}\n${block.trim()}\n${readme.slice(b)}`;
}

/** Rewrites `README.md` of `root` from its `bench-report.json`. */
export function writeReadme(root) {
  const report = JSON.parse(readFileSync(join(root, 'bench-report.json'), 'utf8'));
  const file = join(root, 'README.md');
  writeFileSync(file, replaceBetweenMarkers(readFileSync(file, 'utf8'), readmeBlock(report)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  writeReadme(root);
  console.log('README.md : mesures de performance régénérées depuis bench-report.json.');
}
