/**
 * Facts a help line can trust, checked on the built site (DOMAIN.md): no page claims a
 * « vérifié le … » that nobody did (SISERI's addresses were read from stored copies, never
 * opened live), every siseri.irsn.fr link says so, the uncertain claim about paper protocols
 * carries « à vérifier », R.4451-64 is quoted with its « notamment », and the ASNR fact, which
 * cites the law, is not « source secondaire ».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { normalise, visibleText } from '../fixtures/seed-parser';
import { builtPages } from './browser';

const sitePath = inject('sitePath');

/** Built HTML of each page, by site path. */
const pages = () => builtPages(sitePath).map((p) => ({ path: p, html: readFileSync(join(sitePath, p, 'index.html'), 'utf8') }));

describe('facts and how they were verified', () => {
  it('says « vérifié le » nowhere: no live check was made', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(20);
    const found = all.flatMap(({ path, html }) =>
      [...normalise(visibleText(html)).matchAll(/.{0,60}v[ée]rifi[ée]e?s?\s+le\s.{0,40}/giu)].map((m) => `${path} : ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('marks every link to siseri.irsn.fr or docs.siseri.irsn.fr in the guide’s text « non vérifiée en ligne »', () => {
    const problems: string[] = [];
    let count = 0;
    for (const { path, html } of pages()) {
      for (const m of html.matchAll(/<span class="c-source">[\s\S]*?<\/cite>(.{0,200})/g)) {
        if (!/href="https:\/\/[a-z.]*irsn\.fr/.test(m[0])) continue;
        count++;
        if (!m[1]!.includes('non vérifiée en ligne')) problems.push(`${path} : ${m[0].slice(0, 160)}`);
      }
    }
    expect(count).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('never states as fact that paper protocols remain valid, nor that every porteur must be classified', () => {
    const problems: string[] = [];
    for (const { path, html } of pages()) {
      const text = normalise(visibleText(html));
      for (const m of text.matchAll(/[^.]*(?:papier)[^.]*valable[^.]*\./giu)) if (!m[0].includes('à vérifier')) problems.push(`${path} : ${m[0]}`);
      if (/chaque porteur doit être classé/i.test(text)) problems.push(`${path} : « chaque porteur doit être classé »`);
    }
    expect(problems).toEqual([]);
    const after = normalise(visibleText(readFileSync(join(sitePath, 'etapes/apres-la-creation/index.html'), 'utf8')));
    expect(after).toMatch(/notamment les travailleurs classés en catégorie a ou b.{0,400}source ?: code du travail, article r\. 4451-64/iu);
  });

  it('labels the ASNR fact, sourced by the law, as an official text', () => {
    const problems: string[] = [];
    let count = 0;
    for (const { path, html } of pages()) {
      const text = normalise(visibleText(html));
      for (const m of text.matchAll(/([^.]*)\.?\s*source ?: loi n° ?2024-450/giu)) {
        count++;
        if (/source secondaire/.test(m[1]!)) problems.push(`${path} : ${m[0]}`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });
});
