/** Small helpers for the benchmark: statistics and French number formatting. */

/** The median of a list of numbers (mean of the two middle values for an even count). */
export function median(values) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Summary of timings in milliseconds: median, min, max, count (rounded to 0.1 ms). */
export function summarize(times) {
  const r = (x) => Math.round(x * 10) / 10;
  return { medianMs: r(median(times)), minMs: r(Math.min(...times)), maxMs: r(Math.max(...times)), n: times.length };
}

/** A number in French (`12 345,6`), ordinary spaces so that columns align. */
export function fr(n, digits = 0) {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n).replace(/\u202f|\u00a0/g, ' ');
}

/** Milliseconds in French: `12,3 ms` below 100 ms, `345 ms` below a second, `4,56 s` above. */
export function ms(n) {
  if (n >= 1000) return `${fr(n / 1000, 2)} s`;
  return n >= 100 ? `${fr(n)} ms` : `${fr(n, 1)} ms`;
}
