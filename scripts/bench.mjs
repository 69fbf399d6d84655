#!/usr/bin/env node
/**
 * Performance measurements (`npm run bench`; not part of the tests, no timing assertion). Prints a
 * French report and writes `bench-report.json` (git-ignored):
 * 1. a fresh build into `dist-bench/` (a plain `astro build`), wall clock — never into `dist/`;
 * 2. the first-load bytes of every page (`scripts/size.mjs`, budgets reported, not enforced), and
 *    what Chromium really fetches at start-up on the Lighthouse pages (`import()` included);
 * 3. the Annexe 1 PDF: median of 30 warm runs of `buildAnnexe1(benchDossier())`, and its size;
 * 4. Pagefind search latency in Chromium, cold and warm (`scripts/bench/search.mjs`);
 * 5. Lighthouse mobile scores of `/`, `/etapes/employeur/`, `/recapitulatif/`;
 * 6. bytes fetched in Chromium: first visit of `/` with the precache, first PDF click
 *    (`scripts/bench/network.mjs`);
 * 7. with `--anchor`, the same texts built by a pinned Starlight in `bench-anchor/` (not a
 *    dependency of the site; `scripts/bench/anchor.mjs`), measured the same way;
 * then issue 15's table, from this run (`scripts/bench/table.mjs`), side by side with Starlight
 * and their ratios when the anchor was measured.
 *
 * Options: `--no-build` (measure the existing `dist-bench/`), `--build-runs=N` clean builds, the
 * median kept (default 3), `--lighthouse-runs=N` (default 3, 0 to skip Lighthouse), `--runs=N`
 * for the Chromium byte counts and the PDF click (default 3), `--anchor`, `--write-readme` (the
 * README's measurements regenerated from this run, `scripts/bench/readme.mjs`).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPage, failureLines, formatTable, measureSite } from './size.mjs';
import { timeBuild } from './bench/build.mjs';
import { benchPdf } from './bench/pdf.mjs';
import { benchSearch } from './bench/search.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { loadedScripts } from './bench/loaded.mjs';
import { benchNetwork } from './bench/network.mjs';
import { runnerImport } from 'vite';
import { fr, ms } from './bench/stats.mjs';
import { benchAnchor } from './bench/anchor.mjs';
import { issue15Table, writeReadme } from './bench/readme.mjs';
import { markdownTable } from './bench/table.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = 'dist-bench';
const QUERIES = ['SIRET', 'RPPS', 'K-bis', 'porteurs', 'code SMS'];
const LIGHTHOUSE_PAGES = ['', 'etapes/employeur/', 'recapitulatif/'];
const CATEGORY_LABELS = { performance: 'Performance', accessibility: 'Accessibilité', 'best-practices': 'Bonnes pratiques', seo: 'SEO' };

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const lighthouseRuns = Number(args.find((a) => a.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 3);
const networkRuns = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);
const buildRuns = Number(args.find((a) => a.startsWith('--build-runs='))?.split('=')[1] ?? 3);
const withAnchor = args.includes('--anchor');
const base = process.env.SITE_BASE || '/';

const title = (s) => console.log(`\n${s}\n${'─'.repeat(s.length)}`);
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

const report = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  workingTreeDirty: Boolean(git('status', '--porcelain')),
  node: process.version,
  outDir: OUT_DIR,
  base,
  machine: { cpus: availableParallelism(), loadStart: Math.round(loadavg()[0] * 100) / 100 },
};
console.log(`Mesures de performance — ${new Date().toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}, Node ${process.version}, commit ${report.commit ?? '?'}${report.workingTreeDirty ? ' (arbre modifié)' : ''}, ${report.machine.cpus} cœurs, charge moyenne ${fr(report.machine.loadStart, 2)}`);

// 1. Build.
title('1. Construction');
if (skipBuild) {
  if (!existsSync(join(ROOT, OUT_DIR, 'index.html'))) throw new Error(`${OUT_DIR}/ n’existe pas : relancez sans --no-build.`);
  console.log(`--no-build : ${OUT_DIR}/ existant mesuré tel quel.`);
} else {
  report.build = await timeBuild(ROOT, OUT_DIR, { runs: buildRuns });
  console.log(`astro build (pages, CSP, police du PDF, Pagefind, service worker, gzip/brotli), médiane de ${report.build.n} : ${ms(report.build.totalMs)} (${report.build.runsMs.map(ms).join(', ')})`);
}

// 2. Bytes.
title('2. Premier chargement par page (octets gzip -9)');
const pages = measureSite(join(ROOT, OUT_DIR), { base });
console.log(formatTable(pages));
for (const line of failureLines(pages)) console.log(`  ✗ ${line}`);
report.pages = pages.map((p) => ({ ...p, failures: checkPage(p) }));

// 2 bis, 4 and 5 need the site served.
const { server, url } = await startStaticServer({ root: join(ROOT, OUT_DIR), base });
try {
  report.startup = await loadedScripts(join(ROOT, OUT_DIR), url, LIGHTHOUSE_PAGES);
  title('2 bis. JS réellement chargé au démarrage (Chromium, jusqu’à l’inactivité réseau)');
  for (const s of report.startup) {
    console.log(`  ${s.path} : premier chargement ${fr(s.firstLoadGzip)} o + import() au démarrage ${fr(s.startupImportsGzip)} o = ${fr(s.firstLoadGzip + s.startupImportsGzip)} o gz${s.startupImports.length ? ` (${s.startupImports.join(', ')})` : ''} ; dont requêtes parties avant load : ${fr(s.beforeLoadGzip)} o gz`);
  }

  // 3. PDF.
  title('3. Annexe 1 en PDF (Node)');
  report.pdf = await benchPdf(ROOT, { warmup: 5, runs: 30 });
  const P = report.pdf;
  console.log(`${P.dossier}, police ${P.font.file} (${fr(P.font.bytes)} o)`);
  console.log(`médiane de ${P.n} exécutions (après ${P.warmup} d’échauffement) : ${ms(P.medianMs)}  (min ${ms(P.minMs)}, max ${ms(P.maxMs)}) ; première exécution : ${ms(P.firstRunMs)}`);
  console.log(`PDF : ${fr(P.pdfBytes)} o, ${P.pages} pages`);

  title('4. Recherche Pagefind (Chromium)');
  report.search = await benchSearch(url, { queries: QUERIES, coldRuns: 5, warmRuns: 10 });
  const C = report.search.cold;
  console.log(`À froid (« ${C.query} », médiane de ${C.runs} contextes neufs) : chargement de pagefind.js ${ms(C.loadMs)} + première recherche (WebAssembly, index) ${ms(C.searchMs)} = ${ms(C.totalMs)} ; avec les extraits des 20 premiers résultats : ${ms(C.withDataMs)}`);
  console.log('À chaud (index chargé) : requête — résultats — 1er passage — search() médiane — avec extraits médiane');
  for (const q of report.search.queries) {
    console.log(`  « ${q.query} » — ${q.results} — ${ms(q.firstSearchMs)} — ${ms(q.warmSearch.medianMs)} — ${ms(q.warmWithData.medianMs)}`);
  }

  title(`5. Lighthouse mobile (${lighthouseRuns} passage(s) par page, passage médian)`);
  report.lighthouse = lighthouseRuns > 0 ? await runLighthouse(LIGHTHOUSE_PAGES.map((p) => url + p), { runs: lighthouseRuns }) : [];
  if (!lighthouseRuns) console.log('--lighthouse-runs=0 : pas de Lighthouse.');
  for (const r of report.lighthouse) {
    const path = `/${r.url.slice(url.length)}`;
    console.log(`${path}  ${Object.entries(r.scores).map(([c, s]) => `${CATEGORY_LABELS[c]} ${s}`).join(' · ')}   (performance par passage : ${r.performanceScores.join(', ')} ; FCP ${ms(r.metrics.fcpMs)}, LCP ${ms(r.metrics.lcpMs)}, TBT ${ms(r.metrics.tbtMs)}, CLS ${r.metrics.cls} ; TBT médian ${ms(r.medianMetrics.tbtMs)})`);
    if (r.lcpElement) console.log(`    élément LCP : ${r.lcpElement}`);
    for (const [c, audits] of Object.entries(r.failing)) {
      if (r.scores[c] === 100 && !audits.some((a) => a.weight > 0)) {
        if (audits.length) console.log(`    ${CATEGORY_LABELS[c]} (100, pistes sans poids) : ${audits.map((a) => a.id).join(', ')}`);
        continue;
      }
      for (const a of audits) {
        console.log(`    ${CATEGORY_LABELS[c]} — ${a.id} (score ${a.score}, poids ${a.weight})${a.displayValue ? ` : ${a.displayValue}` : ''}${a.items.length ? ` — ${a.items.join(' | ')}` : ''}`);
      }
    }
  }

  title(`6. Octets en réseau (Chromium, médiane de ${networkRuns} contextes neufs, gzip -9 de chaque fichier)`);
  const { module } = await runnerImport(join(ROOT, 'scripts/bench/annexe1-entry.mjs'), { root: ROOT, configFile: false, logLevel: 'error' });
  const exportJson = JSON.stringify({ format: 'guide-siseri', version: 2, exportedAt: '2026-11-28T10:00:00.000Z', dossiers: [{ name: 'Cabinet', named: true, data: module.dossierComplet() }] });
  report.network = await benchNetwork(join(ROOT, OUT_DIR), url, exportJson, { runs: networkRuns });
  const N = report.network;
  console.log(`Première visite de / avec le précache : ${fr(N.firstVisit.gzip)} o gz, ${N.firstVisit.requests} requêtes`);
  console.log(`Premier clic PDF (dossier français) : ${fr(N.pdfClick.gzip)} o gz, ${N.pdfClick.requests} requête(s), à froid ${ms(N.pdfClick.coldMs)} en local, ≈ ${ms(N.pdfClick.slow4gMs)} en 4G lente`);
} finally {
  await new Promise((ok) => server.close(ok));
}

if (withAnchor) {
  title('7. Ancre : les mêmes textes construits par Starlight');
  console.log(`Contextes Chromium : ${networkRuns} ; passages Lighthouse : ${lighthouseRuns} ; constructions : ${buildRuns}`);
  report.anchor = await benchAnchor(ROOT, { pages: LIGHTHOUSE_PAGES, lighthouseRuns, networkRuns, buildRuns });
  const A = report.anchor;
  console.log(`Construction propre (médiane de ${A.build.n}) : ${ms(A.build.totalMs)} ; première visite de / : ${fr(A.network.firstVisit.gzip)} o gz, ${A.network.firstVisit.requests} requêtes`);
  for (const s of A.startup) console.log(`  ${s.path} : JS au démarrage ${fr(s.firstLoadGzip + s.startupImportsGzip)} o gz, dont avant load ${fr(s.beforeLoadGzip)} o gz`);
  for (const r of A.lighthouse) console.log(`  Lighthouse ${new URL(r.url).pathname} : Performance ${r.scores.performance} (passages : ${r.performanceScores.join(', ')}), TBT médian ${ms(r.medianMetrics.tbtMs)}`);
}
report.machine.loadEnd = Math.round(loadavg()[0] * 100) / 100;

title(`Tableau de l’issue 15 (cette exécution${withAnchor ? ', avec l’ancre Starlight' : ''})`);
report.issue15Table = issue15Table(report);
console.log(markdownTable(report.issue15Table.headers, report.issue15Table.rows));

writeFileSync(join(ROOT, 'bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('\nRapport complet : bench-report.json');
if (args.includes('--write-readme')) {
  writeReadme(ROOT);
  console.log('README.md : mesures régénérées entre <!-- bench:start --> et <!-- bench:end -->.');
}
