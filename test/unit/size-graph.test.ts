/**
 * The first-load measurement of `scripts/size.mjs`: which scripts, stylesheets and chunks count,
 * on a small hand-written fake site in a temporary folder.
 */
import { fakeSite } from '../fixtures/fake-site';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstVisit } from '../../scripts/first-visit.mjs';
import { gzipSize, measurePage, pageAssets, resolveReference, sitePathOf, staticImports, walkStaticGraph } from '../../scripts/size.mjs';


const page = (head: string, body = '<main>Bonjour</main>') =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('staticImports', () => {
  it('finds minified and spaced static imports and re-exports', () => {
    const code = [
      'import{t as e}from"./announce.js";import{n as t,t as n}from"./strings.js";',
      'import "./side-effect.js";',
      "import def, { a } from '../up.js';",
      'import*as ns from"./ns.js";',
      'export*from"./reexport.js";export{x as y}from"./named.js";',
    ].join('\n');
    expect(staticImports(code)).toEqual(['./announce.js', './strings.js', './side-effect.js', '../up.js', './ns.js', './reexport.js', './named.js']);
  });

  it('never follows dynamic import(), import.meta, or words that merely contain « import »', () => {
    const code =
      'const a=()=>import("./pdf.js");const b=import(`${base}pagefind/pagefind.js`);' +
      'new URL(import.meta.resolve("./x.js"));document.importNode(t,!0);if(k==="import")f("./no.js");' +
      'import{z}from"./real.js";import("./statement.js");\n import ( "./spaced.js" );}import(\'./after-brace.js\');';
    expect(staticImports(code)).toEqual(['./real.js']);
  });

  it('ignores bare specifiers and lists each specifier once', () => {
    expect(staticImports('import"lodash";import"./a.js";import{b}from"./a.js";')).toEqual(['./a.js']);
  });
});

describe('pageAssets', () => {
  it('collects stylesheets, module scripts, modulepreloads and inline modules; skips JSON blocks and other links', () => {
    const html = page(
      '<link rel="icon" href="/i.svg"><link rel="manifest" href="/m.webmanifest">' +
        "<link href='/_astro/a.css' rel=stylesheet><link rel=\"alternate stylesheet\" href=\"/alt.css\">" +
        '<link rel="modulepreload" href="/_astro/pre.js">' +
        '<script type="application/json" id="i18n">{"x":"import\\"./json.js\\""}</script>' +
        '<script type="module" src="/_astro/entry.js"></script><script src="/classic.js"></script>' +
        '<script type="module">import "/_astro/inline-dep.js";</script><script>console.log(1)</script>',
    );
    const a = pageAssets(html);
    expect(a.stylesheets).toEqual(['/_astro/a.css']);
    expect(a.modules).toEqual(['/_astro/entry.js', '/_astro/pre.js']);
    expect(a.inlineModules).toEqual(['import "/_astro/inline-dep.js";']);
    expect(a.inlineScripts).toEqual(['console.log(1)']);
  });
});

describe('resolveReference and sitePathOf', () => {
  it('maps URLs to files under the base, and nothing outside it', () => {
    expect(resolveReference('/_astro/a.js', '/etapes/pcr/')).toBe('_astro/a.js');
    expect(resolveReference('./b.js', '/_astro/a.js')).toBe('_astro/b.js');
    expect(resolveReference('../_astro/a.css', '/faq/')).toBe('_astro/a.css');
    expect(resolveReference('/guide-siseri/_astro/a.js', '/guide-siseri/faq/', '/guide-siseri/')).toBe('_astro/a.js');
    expect(resolveReference('/ailleurs/a.js', '/guide-siseri/faq/', '/guide-siseri/')).toBeNull();
    expect(resolveReference('https://cdn.example/a.js', '/')).toBeNull();
  });

  it('names pages by their site path', () => {
    expect(sitePathOf('index.html')).toBe('/');
    expect(sitePathOf('etapes/pcr/index.html')).toBe('/etapes/pcr/');
    expect(sitePathOf('404.html')).toBe('/404.html');
  });
});

describe('walkStaticGraph and measurePage', () => {
  const big = (tag: string) => `/*${tag}*/` + Array.from({ length: 4000 }, (_, i) => `v${i}${tag}`).join(',');

  it('counts entries and transitive static imports once each, never a dynamic import, and survives cycles', () => {
    const root = fakeSite({
      'index.html': page('<link rel="stylesheet" href="/_astro/site.css"><link rel="modulepreload" href="/_astro/shared.js">', '<script type="module" src="/_astro/entry.js"></script>'),
      '_astro/site.css': 'body{margin:0}',
      '_astro/entry.js': 'import{a}from"./a.js";import{s}from"./shared.js";const p=()=>import("./lazy.js");import("./lazy.js").then(()=>{});',
      '_astro/a.js': 'import{s}from"./shared.js";import"./b.js";export const a=1;',
      '_astro/b.js': 'import{a}from"./a.js";export const b=2;',
      '_astro/shared.js': 'export const s=3;',
      '_astro/lazy.js': `import"./lazy-dep.js";${big('lazy')}`,
      '_astro/lazy-dep.js': big('lazydep'),
    });
    const files = walkStaticGraph(root, { modules: ['/_astro/entry.js', '/_astro/shared.js'], inlineModules: [] }, { pageUrl: '/' }).map((f) => f.file);
    expect(files.sort()).toEqual(['_astro/a.js', '_astro/b.js', '_astro/entry.js', '_astro/shared.js']);

    const m = measurePage(root, 'index.html');
    expect(m.js.files.map((f) => f.file).sort()).toEqual(files);
    expect(m.js.files.map((f) => f.file)).not.toContain('_astro/lazy.js');
    expect(m.js.files).toHaveLength(4);
    expect(m.js.gzip).toBe(m.js.files.reduce((n, f) => n + f.gzip, 0));
    expect(m.js.gzip).toBeLessThan(gzipSize(big('lazy'))); // the big lazy chunk is not in it
    expect(m.css.files.map((f) => f.file)).toEqual(['_astro/site.css']);
    expect(m.html.gzip).toBe(gzipSize(page('<link rel="stylesheet" href="/_astro/site.css"><link rel="modulepreload" href="/_astro/shared.js">', '<script type="module" src="/_astro/entry.js"></script>')));
  });

  it('follows the static imports of inline module scripts, under a base path', () => {
    const root = fakeSite({
      'faq/index.html': page('', '<script type="module">import"/guide/_astro/dep.js";</script>'),
      '_astro/dep.js': 'import"./dep2.js";',
      '_astro/dep2.js': 'export{}',
    });
    const m = measurePage(root, 'faq/index.html', { base: '/guide/' });
    expect(m.path).toBe('/faq/');
    expect(m.js.files.map((f) => f.file)).toEqual(['_astro/dep.js', '_astro/dep2.js']);
  });

  it('fails loudly when a first-load file is missing', () => {
    const root = fakeSite({
      'index.html': page('', '<script type="module" src="/_astro/entry.js"></script>'),
      '_astro/entry.js': 'import"./gone.js";',
    });
    expect(() => measurePage(root, 'index.html')).toThrow(/gone\.js/);
  });

  it('records forbidden code seen in first-load scripts only', () => {
    const root = fakeSite({
      'index.html': page('', '<script type="module" src="/_astro/entry.js"></script>'),
      '_astro/entry.js': 'import"./store.js";const pdf=()=>import("./pdf.js");',
      '_astro/store.js': 'const n="localforage";',
      '_astro/pdf.js': 'class PDFDocument{}',
    });
    expect(measurePage(root, 'index.html').found).toEqual([{ code: 'localforage', file: '_astro/store.js' }]);
  });
});

describe('start-up JS: the import()s a page starts', () => {
  it('counts import()ed chunks and their static imports, never the PDF code nor on-action chunks', () => {
    const root = fakeSite({
      'index.html': page('', '<script type="module" src="/_astro/entry.js"></script>'),
      '_astro/entry.js': 'import"./a.js";const s=()=>import(`./session.js`);const p=()=>import("./annexe1.js");const e=()=>import("./erase.X1.js");',
      '_astro/a.js': 'export const a=1;',
      '_astro/session.js': 'import"./store.js";export const s=1;',
      '_astro/store.js': 'const n="localforage";',
      '_astro/annexe1.js': 'import"./pdf-lib.js";class PDFDocument{}',
      '_astro/pdf-lib.js': 'const h="%PDF-";',
      '_astro/erase.X1.js': 'import"./store.js";',
      'sw.js': `const MANIFEST = ${JSON.stringify({ precache: [['/', 'a'], ['/_astro/a.js', 'b'], ['/faq/', 'c']], groups: { pdf: ['/_astro/annexe1.js'] } })};\nself;`,
      'faq/index.html': '<h1>FAQ</h1>',
    });
    const m = measurePage(root, 'index.html');
    expect(m.js.files.map((f) => f.file).sort()).toEqual(['_astro/a.js', '_astro/entry.js']);
    expect(m.startup.files.map((f) => f.file).sort()).toEqual(['_astro/a.js', '_astro/entry.js', '_astro/session.js', '_astro/store.js']);
    expect(m.startup.gzip).toBe(m.startup.files.reduce((n, f) => n + f.gzip, 0));
    // what starts with the page is checked for forbidden code too
    expect(m.found).toEqual([{ code: 'localforage', file: '_astro/store.js' }]);

    // first visit: the page's start-up files and the precache, each file once
    const visit = firstVisit(root);
    const sw = readFileSync(join(root, 'sw.js'));
    const expected = [m.html.gzip, ...m.startup.files.map((f) => f.gzip), gzipSize('<h1>FAQ</h1>'), gzipSize(sw)].reduce((n, x) => n + x, 0);
    expect(visit).toMatchObject({ gzip: expected, precached: 3, serviceWorker: true });
  });
});
