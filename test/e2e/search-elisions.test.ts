/**
 * Search across French elisions, in Chromium on the built site: a word finds the pages where it
 * only appears elided (« ASNR » finds « …SISERI dépend de l’ASNR »), the elided query finds the
 * same pages as the bare word, and titles and excerpts show the page's typographic apostrophe,
 * never the indexing mark (src/lib/search/elision.ts, used by the Pagefind integration, src/integrations/pagefind-index.mjs).
 *
 * Each pair names a page whose indexed text (its `data-pagefind-body` minus
 * `data-pagefind-ignore`) has the word only in its elided form: the test checks that first, so
 * a hit cannot come from the bare word.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { searchFor } from './helpers/search';

const baseUrl = inject('baseUrl');
let page: Page;

beforeAll(async () => {
  ({ page } = await newPage(browser));
});

/** [bare word, elided form, a page (and section) where only the elided form appears]. */
const PAIRS: [bare: string, elided: string, where: string][] = [
  ['ASNR', 'l’ASNR', '/faq/#irsn-asnr'],
  ['habilitation', 'd’habilitation', '/avant-de-commencer/'],
  ['employeur', 'l’employeur', '/etapes/confirmation/'],
  ['entreprise', 'l’entreprise', '/etapes/acces-pass/'],
  ['établissement', 'l’établissement', '/etapes/pcr/'],
  ['identité', 'd’identité', '/etapes/representant-legal/'],
  ['inscription', 'l’inscription', '/glossaire/'],
  ['INSEE', 'l’INSEE', '/faq/'],
  ['immatriculation', 'd’immatriculation', '/glossaire/'],
  ['aide', 'l’aide', '/etapes/apres-la-creation/'],
];

/** Words that appear bare and elided on the same pages: both queries must list the same results. */
const SAME: [bare: string, elided: string][] = [
  ['il', 'qu’il'],
  ['IRSN', 'l’IRSN'],
  ['activité', 'l’activité'],
  ['employeur', 'l’employeur'],
  ['numéro habilitation', 'numéro d’habilitation'],
];

/** Site path of a Pagefind URL (base removed). */
const sitePathOf = (url: string) => '/' + url.slice(new URL(siteUrl(baseUrl, '/')).pathname.length);

/** Indexed text of a page: `[data-pagefind-body]` without `[data-pagefind-ignore]` parts. */
async function indexedText(path: string): Promise<string> {
  await page.goto(siteUrl(baseUrl, path));
  return page.evaluate(() => {
    const body = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as HTMLElement;
    body.querySelectorAll('[data-pagefind-ignore]').forEach((e) => e.remove());
    return body.textContent ?? '';
  });
}

/** Pages (and sections with hits) Pagefind returns for `q`, queried through its own API. */
async function pagefindHits(q: string): Promise<{ pages: string[]; sections: string[] }> {
  // A string, so that Vite does not rewrite the browser's dynamic import.
  const base = JSON.stringify(new URL(siteUrl(baseUrl, '/')).pathname);
  const data = (await page.evaluate(`(async () => {
    const pf = await import(${base} + 'pagefind/pagefind.js');
    await pf.options({ baseUrl: ${base} });
    const res = await pf.search(${JSON.stringify(q)});
    return Promise.all(res.results.map((r) => r.data()));
  })()`)) as { url: string; sub_results?: { url: string }[] }[];
  return {
    pages: data.map((d) => sitePathOf(d.url)).sort(),
    sections: data.flatMap((d) => (d.sub_results ?? []).map((s) => sitePathOf(s.url))),
  };
}

/** Result links, titles and excerpts the search page lists for `q`. */
async function searchPage(q: string): Promise<{ hrefs: string[]; text: string }> {
  await searchFor(page, baseUrl, q);
  const hrefs = await page.locator('[data-search-results] > li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return { hrefs: hrefs.map((h) => sitePathOf(new URL(h, siteUrl(baseUrl, '/')).href)), text: (await page.locator('[data-search-results]').textContent()) ?? '' };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('search across French elisions', () => {
  it.each(PAIRS)('« %s » finds the page where only « %s » appears (%s)', async (bare, elided, where) => {
    const [path, section] = where.split('#') as [string, string | undefined];
    // The page has the elided form and never the bare word alone.
    const text = await indexedText(path);
    expect(text).toContain(elided);
    expect(text, `${path} contient « ${bare} » hors élision : choisissez une autre page pour ce test`).not.toMatch(
      new RegExp(`(?<![\\p{L}’'])${escape(bare)}(?![\\p{L}])`, 'iu'),
    );

    const hits = await pagefindHits(bare);
    expect(hits.pages).toContain(path);
    if (section) expect(hits.sections).toContain(`${path}#${section}`);

    // On the search page, the elided query lists the same pages as the bare word.
    const viaBare = await searchPage(bare);
    const viaElided = await searchPage(elided);
    expect(viaElided.hrefs.map((h) => h.split('#')[0]).sort()).toEqual(viaBare.hrefs.map((h) => h.split('#')[0]).sort());
  });

  it.each(SAME)('« %s » and « %s » list the same results', async (bare, elided) => {
    const viaBare = await searchPage(bare);
    expect(viaBare.hrefs.length).toBeGreaterThan(0);
    expect((await searchPage(elided)).hrefs).toEqual(viaBare.hrefs);
  });

  it('shows titles and excerpts with the page’s apostrophes, never the indexing mark', async () => {
    const { text } = await searchPage('l’ASNR');
    expect(text).toContain('l’ASNR');
    expect(text).not.toContain('`');
    const { text: t2 } = await searchPage('d’habilitation');
    expect(t2).toMatch(/d’habilitation/i);
    expect(t2).not.toContain('`');
  });

  it('leaves the served pages’ apostrophes alone', async () => {
    const text = await indexedText('/faq/');
    expect(text).toContain('dépend de l’ASNR');
    expect(text).not.toContain('`');
  });
});
