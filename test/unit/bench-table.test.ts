/**
 * Issue 15's table (`scripts/bench/table.mjs`) and the README's regenerated measurements
 * (`scripts/bench/readme.mjs`): figures read from a hand-written report, ratios guide ÷
 * Starlight, the number of runs each median is of, the machine's load said, and only the text
 * between the markers rewritten.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf, issue15Rows, markdownTable, ratio } from '../../scripts/bench/table.mjs';
import { END, START, readmeBlock, replaceBetweenMarkers } from '../../scripts/bench/readme.mjs';

const lh = (path: string, performance: number, tbtMs: number) => ({ url: `http://127.0.0.1:1/${path}`, runs: 3, scores: { performance }, metrics: { tbtMs: 999 }, medianMetrics: { tbtMs } });

const SITE = {
  network: { runs: 3, firstVisit: { gzip: 298_800, requests: 53, serviceWorker: true }, pdfClick: { gzip: 181_000, requests: 1, coldMs: 420, slow4gMs: 1_200 } },
  pages: [{ path: '/', html: { gzip: 5_000 }, css: { gzip: 8_600 }, startup: { gzip: 4_100 } }],
  startup: [{ path: '/etapes/employeur/', firstLoadGzip: 30_000, startupImportsGzip: 20_000, beforeLoadGzip: 33_200 }],
  lighthouse: [lh('', 100, 0), lh('etapes/employeur/', 90, 150), lh('recapitulatif/', 80, 300)],
  build: { totalMs: 40_000, runsMs: [39_000, 40_000, 41_000], n: 3 },
};
const ANCHOR = {
  content: { starlight: '0.42.4', astro: '7.3.5', description: '22 pages Markdown.' },
  network: { runs: 3, firstVisit: { gzip: 100_000, requests: 10, serviceWorker: false }, pdfClick: null },
  pages: [{ path: '/', html: { gzip: 10_000 }, css: { gzip: 20_000 }, startup: { gzip: 5_000 } }],
  startup: [{ path: '/etapes/employeur/', firstLoadGzip: 16_600, startupImportsGzip: 0 }],
  lighthouse: [lh('', 100, 0), lh('etapes/employeur/', 100, 0), lh('recapitulatif/', 100, 50)],
  build: { totalMs: 20_000, runsMs: [20_000, 20_000, 20_000], n: 3 },
};

describe('ratio', () => {
  it('divides in French with two decimals, and gives « — » when it means nothing', () => {
    expect(ratio(1, 4)).toBe('0,25');
    expect(ratio(3, 2)).toBe('1,50');
    expect(ratio(0, 0)).toBe('—');
    expect(ratio(5, 0)).toBe('—');
    expect(ratio(null, 2)).toBe('—');
  });
});

describe('issue15Rows', () => {
  it('gives the guide’s figures, the median counts, Starlight’s and the ratios', () => {
    const rows = issue15Rows(figuresOf(SITE), figuresOf(ANCHOR));
    expect(rows).toEqual([
      ['Première visite de /, précache compris (médiane de 3 contextes)', '298,8 ko gz, 53 requêtes', '100,0 ko gz, 10 requêtes (sans service worker)', '2,99 (octets) · 5,30 (requêtes)'],
      ['Page de texte (/), premier chargement HTML + CSS + JS, gz', '17,7 ko', '35,0 ko', '0,51'],
      ['Étape, JS demandé avant load (import() compris), gz', '33,2 ko', '16,6 ko', '2,00'],
      ['Lighthouse mobile Performance / · étape · /recapitulatif/ (passage médian de 3)', '100 · 90 · 80', '100 · 100 · 100', '1,00 · 0,90 · 0,80'],
      ['TBT /recapitulatif/ (médiane de 3 passages)', '300 ms', '50,0 ms', '6,00'],
      ['Clic PDF : octets / à froid / 4G lente (médiane de 3 contextes)', '181,0 ko gz / 420 ms / ≈ 1,20 s', 'sans objet', '—'],
      ['Construction propre (médiane de 3 constructions)', '40,00 s', '20,00 s', '2,00'],
    ]);
  });

  it('without the anchor, two columns; a single run is not called a median', () => {
    const one = { ...SITE, build: { totalMs: 40_000, runsMs: [40_000], n: 1 }, lighthouse: [] };
    const rows = issue15Rows(figuresOf(one));
    expect(rows.every((r) => r.length === 2)).toBe(true);
    expect(rows[6]).toEqual(['Construction propre (1 construction)', '40,00 s']);
    expect(rows[3]?.[1]).toBe('non mesuré');
  });
});

describe('markdownTable', () => {
  it('writes a header, a separator and the rows, escaping « | »', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
  });
});

describe('README', () => {
  const report = { date: '2026-12-01T11:00:00Z', commit: 'abc1234', workingTreeDirty: false, node: 'v24.1.0', ...SITE, anchor: ANCHOR };

  it('says whether the machine was loaded when the bench started', () => {
    expect(readmeBlock({ ...report, machine: { cpus: 2, loadStart: 3.5 } })).toMatch(/machine chargée par d’autres travaux/);
    expect(readmeBlock({ ...report, machine: { cpus: 2, loadStart: 0.2 } })).toMatch(/machine calme/);
    const block = readmeBlock({ ...report, machine: { cpus: 2, loadStart: 0.2 } });
    expect(block).toMatch(/^\*\*Mesures du 1er décembre 2026\*\* \(`npm run bench -- --anchor`, commit abc1234/);
    expect(block).toContain('| Mesure | guide-siseri | Starlight 0.42.4 | rapport guide ÷ Starlight |');
    expect(block).toContain('22 pages Markdown.');
  });

  it('rewrites only the text between the markers, and refuses a README without them', () => {
    const prose = `Le texte entre \`${START}\` et \`${END}\` est régénéré.\n`;
    const readme = `# Titre\n\n${prose}avant\n${START}\nancien texte\n${END}\n\naprès\n`;
    expect(replaceBetweenMarkers(readme, 'nouveau\n')).toBe(`# Titre\n\n${prose}avant\n${START}\nnouveau\n${END}\n\naprès\n`);
    expect(() => replaceBetweenMarkers('# Titre\n', 'x')).toThrow(/bench:start/);
  });
});
