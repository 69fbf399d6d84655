/**
 * Search quality, in Chromium on the built site (Pagefind index of `dist/`): the queries support
 * staff and employers type most land first on the right page — and on the right heading or field
 * —, the « FAQ » and « Glossaire » filters restrict results, every glossary term and every PASS
 * field label can be found, and navigation, widgets and mock-ups stay out of the index.
 *
 * How the ranking is obtained (no result is hard-coded): field labels are weighted where PASS
 * first asks for the field and repeated blocks are left out of the index
 * (src/components/guide/FieldFrame.astro); boilerplate (certainty badges, « site externe »…) is
 * ignored (src/components/content/); the search page picks, within each page, the heading or
 * field whose hits weigh the most (src/scripts/search-page.ts).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ALL_FIELDS, stepPath } from '../../src/model';
import { fr, frClient } from '../../src/i18n/fr';
import { splitElisions } from '../../src/lib/search/elision';
import { newPage, siteUrl } from './browser';
import { browser } from './shared-browser';
import { axeViolations } from './axe';
import { searchFor } from './helpers/search';

const baseUrl = inject('baseUrl');
let page: Page;

beforeAll(async () => {
  ({ page } = await newPage(browser));
});

/** A result as the search page lists it. */
interface Row {
  /** Path of the link, with its `#anchor` (base removed). */
  href: string;
  title: string;
  type: string;
}

/** Site path (base removed) of an absolute URL of the served site. */
const sitePathOf = (url: string) => new URL(url).pathname.replace(new URL(siteUrl(baseUrl, '/')).pathname, '/') + new URL(url).hash;

/** Searches `q` (and a type filter) on the search page and returns the listed results. */
async function search(q: string, type = ''): Promise<Row[]> {
  await searchFor(page, baseUrl, q, type);
  return readResults();
}

/** Waits for the search to finish and reads its results. */
async function readResults(): Promise<Row[]> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /résultat/.test(s);
  });
  const rows = await page.locator('[data-search-results] > li').evaluateAll((lis) =>
    lis.map((li) => ({ href: (li.querySelector('a') as HTMLAnchorElement).href, title: li.querySelector('a')?.textContent ?? '', type: li.querySelector('.result__type')?.textContent ?? '' })),
  );
  return rows.map((r) => ({ ...r, href: sitePathOf(r.href) }));
}

/**
 * The queries of the issue and the page each must find first. « code SMS » goes to the
 * signature step rather than to the FAQ answer « Je n’ai pas reçu le code SMS »: the query names
 * the code, and the step is where it is used (where it comes from, what to tick, what to click);
 * that step's « Pièges fréquents » covers the code that does not arrive and links to the FAQ,
 * which is the second result anyway.
 */
const EXPECTED: [query: string, page: string][] = [
  ['SIRET', '/etapes/employeur/'],
  ['RPPS', '/etapes/medecin-du-travail/'],
  ['K-bis', '/etapes/pieces-justificatives/'],
  ['porteurs', '/etapes/apres-la-creation/'],
  ['code SMS', '/etapes/signature/'],
];

describe('search ranking', () => {
  it.each(EXPECTED)('« %s » finds %s first, on a heading or field of that page', async (q, expected) => {
    const rows = await search(q);
    expect(rows.length).toBeGreaterThan(1);
    const first = rows[0]!;
    expect(first.href.split('#')[0], `${q} → ${rows.slice(0, 3).map((r) => r.href).join(', ')}`).toBe(expected);
    expect(first.href).toMatch(/#[a-z0-9-]+$/);
    expect(first.type).toBe('Étape');
    // The anchor exists on the target page.
    const id = first.href.split('#')[1];
    await page.goto(siteUrl(baseUrl, first.href));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  it('lands on the field for a field label (« Télécopie », « Envoi des informations dosimétriques », « Confirmation courriel »)', async () => {
    expect((await search('Télécopie'))[0]?.href).toBe('/etapes/employeur/#champ-employeur-telecopie');
    expect((await search('Envoi des informations dosimétriques'))[0]?.href).toBe('/etapes/pcr/#champ-pcr-envoi-infos');
    const rows = await search('Confirmation courriel');
    expect(rows[0]?.href).toBe('/etapes/representant-legal/#champ-representant-confirmation-courriel');
    expect(rows[0]?.title).toContain('› Confirmation courriel');
  });

  it('finds every PASS field label, with a link to that field', async () => {
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const f of ALL_FIELDS) {
      if (f.field.guideOnly || seen.has(f.field.label)) continue;
      seen.add(f.field.label);
      const anchors = new Set(ALL_FIELDS.filter((g) => g.field.label === f.field.label).map((g) => `${stepPath(g.screen)}#champ-${g.id}`));
      const rows = (await search(f.field.label)).slice(0, 10);
      if (!rows.some((r) => anchors.has(r.href))) missing.push(`${f.field.label} → ${rows.slice(0, 3).map((r) => r.href).join(', ')}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('search filters', () => {
  it('« FAQ » keeps only FAQ answers, « Glossaire » only glossary terms', async () => {
    const all = await search('SIRET');
    expect(new Set(all.map((r) => r.type)).size).toBeGreaterThan(2);
    for (const [type, path] of [['FAQ', '/faq/'], ['Glossaire', '/glossaire/']] as const) {
      const rows = await search('SIRET', type);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThan(all.length);
      for (const r of rows) {
        expect(r.type).toBe(type);
        expect(r.href.startsWith(path), r.href).toBe(true);
      }
    }
    // The filter also works from the form (a change re-runs the search and updates the URL).
    await search('SIRET');
    await page.locator('label', { hasText: /^Glossaire$/ }).click();
    await page.waitForURL(/type=Glossaire/);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-search-results] .result__type')].every((t) => t.textContent === 'Glossaire'));
    expect((await readResults())[0]?.href).toBe('/glossaire/#siret');
  });

  it('finds each glossary term (its heading) with the « Glossaire » filter', async () => {
    await page.goto(siteUrl(baseUrl, '/glossaire/'));
    const terms = await page.locator('.prose h2[id]').evaluateAll((hs) => hs.map((h) => ({ id: h.id, term: ((h.textContent ?? '').split(/\s+—\s+/)[0] ?? '').trim() })));
    expect(terms.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const { id, term } of terms) {
      const rows = await search(term, 'Glossaire');
      if (rows[0]?.href !== `/glossaire/#${id}`) wrong.push(`${term} → ${rows[0]?.href}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('search index', () => {
  it('keeps the header, step navigation, pager, footer, copy buttons, form island and mock-up out of the index', async () => {
    // In the page: each of these is outside the indexed <main> or inside data-pagefind-ignore.
    // (The headings' copy buttons are added by script, after indexing: only the built ones count.)
    await page.goto(siteUrl(baseUrl, '/etapes/employeur/'));
    const leaks = await page.evaluate(() => {
      // The form island's widgets and controls stay out; each field's help is indexed (FieldFrame).
      const selectors = ['.site-header', '.stepnav', '.pager', '.site-footer', '.copylink:not(.copylink--heading)', '.island__intro', '.island__status', '.island__actions', '.island .field', 'figure.mock', '#annonces'];
      const out: string[] = [];
      for (const sel of selectors) {
        const els = [...document.querySelectorAll(sel)];
        if (!els.length) out.push(`${sel} absent`);
        for (const el of els) if (el.closest('[data-pagefind-body]') && !el.closest('[data-pagefind-ignore]')) out.push(sel);
      }
      return out;
    });
    expect(leaks).toEqual([]);
    // In the index itself: the indexed text of every step has none of their words.
    // (A string, so that Vite does not rewrite the browser's dynamic import.)
    const base = JSON.stringify(new URL(siteUrl(baseUrl, '/')).pathname);
    const contents = (await page.evaluate(`(async () => {
      const pf = await import(${base} + 'pagefind/pagefind.js');
      await pf.options({ baseUrl: ${base} });
      const res = await pf.search(null, { filters: { type: 'Étape' } });
      return Promise.all(res.results.map((r) => r.data()));
    })()`)) as { url: string; content: string }[];
    expect(contents.length).toBe(14);
    const forbidden = [frClient.copyLink, fr['stepnav.title'], fr['site.unofficial'], fr['island.intro'], fr['island.validate'], fr['mock.highlight'], fr['footer.links'], fr['skip.content']];
    const shown = await page.locator('body').textContent();
    for (const w of forbidden) expect(shown, `« ${w} » devrait figurer sur la page`).toContain(w);
    // The index holds the pages' text with elisions split (« l`ASNR », src/lib/search/elision.ts).
    const found = contents.flatMap((c) => forbidden.filter((w) => c.content.includes(w) || c.content.includes(splitElisions(w))).map((w) => `${c.url} : « ${w} »`));
    expect(found).toEqual([]);
  });

  it('passes axe with results shown', async () => {
    await search('SIRET');
    expect(await axeViolations(page)).toEqual([]);
  });
});
