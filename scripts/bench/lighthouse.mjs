/**
 * Lighthouse (mobile, its default: emulated Moto G Power, simulated slow 4G) through its Node API
 * and chrome-launcher, on Debian's Chromium. Each URL is audited `runs` times; the run with the
 * median performance score is kept (performance varies from run to run, the others do not), and
 * each metric's median over the runs is given apart (`medianMetrics`).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './search.mjs';
import { median } from './stats.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const NOT_SCORED = new Set(['notApplicable', 'manual', 'informative', 'error']);

/** The audits of a category that do not score 1, most weighty (then lowest) first. */
export function failingAudits(lhr, categoryId, limit = 8) {
  return lhr.categories[categoryId].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && !NOT_SCORED.has(audit.scoreDisplayMode))
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .slice(0, limit)
    .map(({ ref, audit }) => ({ id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, displayValue: audit.displayValue ?? '', items: detailItems(audit) }));
}

/** Up to three short descriptions of what an audit found (the API, the URL, the element). */
export function detailItems(audit, limit = 3) {
  const items = Array.isArray(audit.details?.items) ? audit.details.items : [];
  const text = (v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v.url ?? v.snippet ?? v.text ?? v.value ?? '') : '');
  return items
    .map((it) => text(it.value) || text(it.url) || text(it.source) || text(it.node) || text(it.description) || text(it.label))
    .filter((t) => typeof t === 'string' && t)
    .slice(0, limit)
    .map((t) => (t.length > 160 ? `${t.slice(0, 157)}…` : t));
}

/** The label of the Largest Contentful Paint element (from the LCP breakdown insight), or ''. */
export function lcpElement(lhr) {
  const parts = lhr.audits['lcp-breakdown-insight']?.details?.items;
  const node = Array.isArray(parts) ? parts.find((p) => p?.type === 'node') : undefined;
  return node ? `${node.selector ?? ''} « ${node.nodeLabel ?? ''} »` : '';
}

/** Audits each URL; returns `[{ url, scores: {category: 0–100}, failing: {category: audits}, metrics }]`. */
export async function runLighthouse(urls, { runs = 3 } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const out = [];
    for (const url of urls) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        if (!result) throw new Error(`Lighthouse n’a rien renvoyé pour ${url}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse, ${url} : ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
      }
      lhrs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lhr = lhrs[Math.floor(lhrs.length / 2)];
      const score = (c) => Math.round((lhr.categories[c].score ?? 0) * 100);
      const metric = (id, l = lhr) => l.audits[id]?.numericValue;
      const medianOf = (id) => Math.round(median(lhrs.map((l) => metric(id, l))));
      out.push({
        url,
        runs,
        performanceScores: lhrs.map((l) => Math.round(l.categories.performance.score * 100)),
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
        failing: Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(lhr, c)])),
        metrics: {
          fcpMs: Math.round(metric('first-contentful-paint')),
          lcpMs: Math.round(metric('largest-contentful-paint')),
          tbtMs: Math.round(metric('total-blocking-time')),
          cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
          siMs: Math.round(metric('speed-index')),
        },
        medianMetrics: { fcpMs: medianOf('first-contentful-paint'), lcpMs: medianOf('largest-contentful-paint'), tbtMs: medianOf('total-blocking-time') },
        lcpElement: lcpElement(lhr),
        lighthouseVersion: lhr.lighthouseVersion,
      });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
