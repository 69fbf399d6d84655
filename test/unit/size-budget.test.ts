/**
 * The budget side of `scripts/size.mjs`: page classification, budget and forbidden-code checks,
 * the table and the exit code of `node scripts/size.mjs`, on hand-written fake sites.
 */
import { fakeSite } from '../fixtures/fake-site';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/budgets.mjs';
import { checkPage, classifyPage, failureLines, forbiddenCodeIn, formatTable, measurePage, measureSite } from '../../scripts/size.mjs';


const page = (body: string, scripts: string[] = []) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/s.css"></head><body>${body}${scripts
    .map((s) => `<script type="module" src="/_astro/${s}"></script>`)
    .join('')}</body></html>`;

/** Pseudo-random (incompressible) text of about `n` gzip bytes. */
function noise(n: number, seed = 1): string {
  let x = seed;
  let s = '';
  while (s.length < n * 1.4) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += String.fromCharCode(33 + ((x >>> 16) % 90)).replace(/["'`\\]/, 'a');
  }
  return `const z="${s}";`;
}

describe('classifyPage', () => {
  it('tells prose, step-with-island, summary, search and other island pages apart', () => {
    expect(classifyPage('/', '<main><p>Texte</p></main>')).toBe('prose');
    expect(classifyPage('/etapes/acces-pass/', '<main><p>Texte sans îlot</p></main>')).toBe('prose');
    expect(classifyPage('/etapes/employeur/', '<form x-data="formIsland" class="f">')).toBe('step');
    expect(classifyPage('/etapes/employeur/', "<form class=\"f\" x-data='formIsland'>")).toBe('step');
    expect(classifyPage('/recapitulatif/', '<section x-data="summary">')).toBe('summary');
    expect(classifyPage('/recapitulatif/', '<main></main>')).toBe('summary');
    expect(classifyPage('/recherche/', '<main></main>')).toBe('search');
    expect(classifyPage('/faq/', '<div x-data="other">')).toBe('island');
    expect(classifyPage('/etapes/pcr/', '<div x-data="other">')).toBe('island');
    // The words in the text are not an island.
    expect(classifyPage('/faq/', '<p>L’attribut x-data="formIsland" est expliqué ici.</p>')).toBe('prose');
  });
});

describe('forbiddenCodeIn', () => {
  it('recognises pdf-lib, fontkit, localforage and the validators by content', () => {
    expect(forbiddenCodeIn('var a=class PDFDocument{}')).toEqual(['pdf-lib']);
    expect(forbiddenCodeIn('throw new Error("Unknown font format")')).toEqual(['pdf-lib']);
    expect(forbiddenCodeIn('name:"localforage",storeName:"keyvaluepairs"')).toEqual(['localforage']);
    expect(forbiddenCodeIn('m="Le numéro SIRET doit comporter 14 chiffres"')).toEqual(['validators']);
    expect(forbiddenCodeIn('t(`check.${id}.length`)')).toEqual(['validators']);
    expect(forbiddenCodeIn('k="check.siret.key"')).toEqual(['validators']);
    expect(forbiddenCodeIn('copy(),checkAll(),announce("Copié")')).toEqual([]);
  });
});

describe('checkPage', () => {
  it('passes a page within its budgets and fails each budget exceeded, naming the files', () => {
    const root = fakeSite({
      'index.html': page('<main>Bonjour</main>', ['small.js']),
      'etapes/employeur/index.html': page('<form x-data="formIsland"></form>', ['island.js']),
      '_astro/s.css': 'body{margin:0}',
      '_astro/small.js': 'export const a=1;',
      '_astro/island.js': `import"./alpine.js";${noise(BUDGETS.step.js - 2000, 2)}`,
      '_astro/alpine.js': noise(4000, 3),
    });
    const prose = measurePage(root, 'index.html');
    expect(prose.type).toBe('prose');
    expect(checkPage(prose)).toEqual([]);

    const step = measurePage(root, 'etapes/employeur/index.html');
    expect(step.type).toBe('step');
    expect(step.js.gzip).toBeGreaterThan(BUDGETS.step.js);
    const failures = checkPage(step);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ kind: 'js', actual: step.js.gzip, limit: BUDGETS.step.js });
    const first = failures[0];
    expect(first?.kind === 'js' && first.files.map((f) => f.file).sort()).toEqual(['_astro/alpine.js', '_astro/island.js']);

    // The same bytes on a prose page fail its (smaller) budget, and the exact limit passes.
    expect(checkPage({ ...step, type: 'prose' }).map((f) => f.kind)).toEqual(['js']);
    expect(checkPage({ ...step, js: { ...step.js, gzip: BUDGETS.step.js }, startup: { ...step.startup, gzip: BUDGETS.step.js } })).toEqual([]);
    expect(checkPage({ ...prose, startup: { ...prose.startup, gzip: BUDGETS.prose.js + 1 } }).map((f) => f.kind)).toEqual(['js']);
    expect(checkPage({ ...prose, css: { ...prose.css, gzip: BUDGETS.prose.css + 1 } }).map((f) => f.kind)).toEqual(['css']);
    expect(checkPage({ ...prose, html: { ...prose.html, gzip: BUDGETS.prose.html + 1 } }).map((f) => f.kind)).toEqual(['html']);
  });

  it('fails pdf-lib in any first load, localforage and validators on prose pages only', () => {
    const root = fakeSite({
      'faq/index.html': page('<main>FAQ</main>', ['prose.js']),
      'etapes/pcr/index.html': page('<form x-data="formIsland"></form>', ['island.js']),
      'recapitulatif/index.html': page('<main></main>', ['summary.js']),
      '_astro/s.css': 'body{margin:0}',
      '_astro/prose.js': 'import"./store.js";',
      '_astro/store.js': 'const d={name:"localforage"};const m="Le numéro SIRET doit comporter 14 chiffres";',
      '_astro/island.js': 'import"./store.js";const pdf=()=>import("./pdf.js");',
      '_astro/summary.js': 'import"./pdf.js";',
      '_astro/pdf.js': 'class PDFDocument{}',
    });
    const faq = checkPage(measurePage(root, 'faq/index.html'));
    expect(faq).toEqual([
      { kind: 'forbidden', code: 'localforage', files: ['_astro/store.js'] },
      { kind: 'forbidden', code: 'validators', files: ['_astro/store.js'] },
    ]);
    // The island may load the store and the checks; pdf-lib behind import() is fine.
    expect(checkPage(measurePage(root, 'etapes/pcr/index.html'))).toEqual([]);
    // pdf-lib statically imported: failure, wherever it is.
    expect(checkPage(measurePage(root, 'recapitulatif/index.html'))).toEqual([{ kind: 'forbidden', code: 'pdf-lib', files: ['_astro/pdf.js'] }]);
  });
});

describe('formatTable and the command', () => {
  const site = () =>
    fakeSite({
      'index.html': page('<main>Accueil</main>', ['small.js']),
      '404.html': page('<main>Introuvable</main>'),
      'etapes/employeur/index.html': page('<form x-data="formIsland"></form>', ['island.js']),
      '_astro/s.css': 'body{margin:0}',
      '_astro/small.js': 'export const a=1;',
      '_astro/island.js': noise(BUDGETS.step.js + 1000, 5),
      'pagefind/pagefind-ui.html': '<p>not a page</p>',
    });

  it('prints one row per page with OK or DÉPASSÉ', () => {
    const pages = measureSite(site());
    expect(pages.map((p) => p.path)).toEqual(['/404.html', '/etapes/employeur/', '/']);
    const table = formatTable(pages).split('\n');
    expect(table[0]).toMatch(/^Type\s+Page\s+HTML gz\s+CSS gz\s+JS gz\s+Budget HTML\/CSS\/JS\s+État$/);
    expect(table.find((l) => l.includes('/etapes/employeur/'))).toMatch(/^étape \+ îlot .*DÉPASSÉ$/);
    expect(table.filter((l) => l.endsWith('OK'))).toHaveLength(2);
  });

  it('merges pages that fail in the very same way into one line', () => {
    const root = site();
    mkdirSync(join(root, 'etapes/pcr'), { recursive: true });
    writeFileSync(join(root, 'etapes/pcr/index.html'), page('<form x-data="formIsland"></form>', ['island.js']));
    const lines = failureLines(measureSite(root));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\/etapes\/employeur\/, \/etapes\/pcr\/ : JS [\d ]+ o gz > budget 45 000 o — _astro\/island\.js \([\d ]+ o\)$/);
  });

  it('exits 1 naming the page and the file when a budget fails, 0 otherwise', () => {
    const run = (root: string) => spawnSync(process.execPath, ['scripts/size.mjs'], { env: { ...process.env, SITE_OUT_DIR: root }, encoding: 'utf8' });
    const bad = run(site());
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('DÉPASSÉ');
    expect(bad.stderr).toMatch(/\/etapes\/employeur\/ : JS [\d ]+ o gz > budget 45 000 o — _astro\/island\.js/);

    const good = site();
    writeFileSync(join(good, '_astro/island.js'), 'export{}');
    const ok = run(good);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Tous les budgets sont respectés (3 pages).');
  });
});
