/**
 * The budget side of `scripts/size.mjs`: each page's failures against `scripts/budgets.mjs`, the
 * French lines naming them, the targets not yet met, and the table of every page.
 */
import { BUDGETS, PAGE_TYPE_LABELS } from '../budgets.mjs';

/** @typedef {import('../budgets.mjs').Budget} Budget */
/** @typedef {import('../budgets.mjs').ForbiddenCode} ForbiddenCode */
/** @typedef {import('./measure.mjs').AssetSize} AssetSize */
/** @typedef {{ kind: 'html' | 'css' | 'js', actual: number, limit: number, files: AssetSize[] } | { kind: 'forbidden', code: ForbiddenCode, files: string[] }} Failure */

/** The budget failures of one page (empty when it passes). */
export function checkPage(page, budgets = BUDGETS) {
  const budget = budgets[page.type];
  /** @type {Failure[]} */
  const failures = [];
  if (page.html.gzip > budget.html) failures.push({ kind: 'html', actual: page.html.gzip, limit: budget.html, files: [page.html] });
  if (page.css.gzip > budget.css) failures.push({ kind: 'css', actual: page.css.gzip, limit: budget.css, files: page.css.files });
  const js = page.startup ?? page.js;
  if (js.gzip > budget.js) failures.push({ kind: 'js', actual: js.gzip, limit: budget.js, files: js.files });
  for (const code of budget.forbid) {
    const files = page.found.filter((f) => f.code === code).map((f) => f.file);
    if (files.length) failures.push({ kind: 'forbidden', code, files });
  }
  return failures;
}

/** A byte count in French, groups of three digits separated by plain spaces: `12 345`. */
export const fmt = (n) => new Intl.NumberFormat('fr-FR').format(n).replace(/\u202f|\u00a0/g, ' ');
const KIND_LABELS = { html: 'HTML', css: 'CSS', js: 'JS' };
const CODE_LABELS = { 'pdf-lib': 'pdf-lib / fontkit', localforage: 'localforage', validators: 'les contrôles (validateurs)' };

/** One French line per failure, naming the page and the files (largest first). */
export function describeFailure(page, f) {
  if (f.kind === 'forbidden') return `${page.path} : ${CODE_LABELS[f.code]} dans le premier chargement — ${f.files.join(', ')}`;
  const files = [...f.files].sort((a, b) => b.gzip - a.gzip).map((a) => `${a.file} (${fmt(a.gzip)} o)`);
  return `${page.path} : ${KIND_LABELS[f.kind]} ${fmt(f.actual)} o gz > budget ${fmt(f.limit)} o — ${files.join(', ')}`;
}

/**
 * The failure lines of a site, pages with the very same failure merged into one line
 * (`/etapes/a/, /etapes/b/ : JS … — files`), in page order.
 */
export function failureLines(pages, budgets = BUDGETS) {
  /** @type {Map<string, string[]>} */
  const byFailure = new Map();
  for (const p of pages) {
    for (const f of checkPage(p, budgets)) {
      const text = describeFailure({ ...p, path: '' }, f).replace(/^ : /, '');
      byFailure.set(text, [...(byFailure.get(text) ?? []), p.path]);
    }
  }
  return [...byFailure].map(([text, paths]) => `${paths.join(', ')} : ${text}`);
}

/** One line per page type whose JS is above its `target` (the largest page of the type). */
export function targetLines(pages, budgets = BUDGETS) {
  const out = [];
  for (const [type, b] of Object.entries(budgets)) {
    if (b.target === undefined) continue;
    const worst = Math.max(0, ...pages.filter((p) => p.type === type).map((p) => (p.startup ?? p.js).gzip));
    if (worst > b.target) out.push(`${PAGE_TYPE_LABELS[type]} : JS ${fmt(worst)} o gz > objectif ${fmt(b.target)} o`);
  }
  return out;
}

/** The table of every page: type, page, HTML/CSS/JS gzip bytes, budget, OK/DÉPASSÉ. */
export function formatTable(pages, budgets = BUDGETS) {
  const rows = [['Type', 'Page', 'HTML gz', 'CSS gz', 'JS gz', 'Budget HTML/CSS/JS', 'État']];
  for (const p of pages) {
    const b = budgets[p.type];
    const ok = checkPage(p, budgets).length === 0;
    rows.push([PAGE_TYPE_LABELS[p.type], p.path, fmt(p.html.gzip), fmt(p.css.gzip), fmt((p.startup ?? p.js).gzip), `${fmt(b.html)} / ${fmt(b.css)} / ${fmt(b.js)}`, ok ? 'OK' : 'DÉPASSÉ']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const numeric = new Set([2, 3, 4]);
  return rows.map((r) => r.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}
