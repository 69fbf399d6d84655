/**
 * The guide covers the seed: every instruction, « » phrase, screen title, button, check-box
 * sentence, field label, pop-up line and other screen text that the parser
 * (test/fixtures/seed-parser.ts, rules documented there) extracts from the seed guide
 * (test/fixtures/seed-guide.txt) appears in the visible text of the built site. Then, in Chromium,
 * every step page renders its content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SCREENS, STEP_COUNT, stepPath } from '../../src/model';
import { normalise, parseSeed, visibleText, type SeedItem } from '../fixtures/seed-parser';
import { builtPages, connectBrowser, newPage, siteUrl } from './browser';

const baseUrl = inject('baseUrl');
const sitePath = inject('sitePath');

const SEED = readFileSync(new URL('../fixtures/seed-guide.txt', import.meta.url), 'utf8');

/** Normalised visible text of each built page, by site path. */
function siteTexts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of builtPages(sitePath)) out.set(p, normalise(visibleText(readFileSync(join(sitePath, p, 'index.html'), 'utf8'))));
  return out;
}

describe('seed coverage', () => {
  it('shows every piece of PASS text of the seed guide somewhere on the site', () => {
    const items = parseSeed(SEED);
    expect(items.length).toBeGreaterThan(150);
    const texts = siteTexts();
    expect(texts.size).toBeGreaterThan(20);
    const all = [...texts.values()].join('\n');
    const missing = items.filter((i) => !all.includes(normalise(i.text)));
    const report = (m: SeedItem) => `  [${m.category}] ligne ${m.line} : ${m.text}`;
    expect(missing, `Textes du guide d’origine absents du site (${missing.length}) :\n${missing.map(report).join('\n')}\n`).toEqual([]);
  });

  it('shows each step’s seed instruction on that step’s page', () => {
    const texts = siteTexts();
    const problems = SCREENS.filter((s) => !texts.get(stepPath(s))?.includes(normalise(s.instruction))).map((s) => stepPath(s));
    expect(problems).toEqual([]);
  });
});

describe('step pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every step with its number, title, instruction, mock-up, prose and field help', async () => {
    const { context, page } = await newPage(browser);
    const problems: string[] = [];
    for (const s of SCREENS) {
      const path = stepPath(s);
      const res = await page.goto(siteUrl(baseUrl, path));
      if (!res?.ok()) problems.push(`${path} : HTTP ${res?.status()}`);
      const h1 = await page.locator('h1').innerText();
      if (h1 !== s.title) problems.push(`${path} : h1 « ${h1} »`);
      if ((await page.locator('.step__counter').innerText()) !== `Étape ${s.number} sur ${STEP_COUNT}`) problems.push(`${path} : compteur`);
      if (!(await page.locator('.step__quote').innerText()).includes(s.instruction.slice(0, 30))) problems.push(`${path} : consigne`);
      // On a form step the mock-up is in « Voir l’écran de PASS » (closed) below 1200 px.
      if (!s.form && !(await page.locator('figure.mock').isVisible())) problems.push(`${path} : maquette invisible`);
      if (s.form && (await page.locator('details[data-mock-details] figure.mock').count()) !== 1) problems.push(`${path} : maquette absente`);
      const prose = (await page.locator('.prose').innerText()).trim();
      if (prose.length < 400) problems.push(`${path} : texte trop court (${prose.length})`);
      if ((await page.locator('.prose h2[id]').count()) < 2) problems.push(`${path} : moins de 2 titres`);
      if (s.form) {
        const fields = s.form.groups.reduce((n, g) => n + g.fields.length, 0);
        // Each field carries its own help (« Où le trouver ? » / « En savoir plus »), once.
        const docs = await page.locator('.fieldframe[id^="champ-"] details.fieldhelp').count();
        if (docs !== fields) problems.push(`${path} : ${docs} aides de champ pour ${fields} champs`);
        if ((await page.locator('.fielddocs').count()) !== 0) problems.push(`${path} : « Les champs de cet écran » en double`);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
