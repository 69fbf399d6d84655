// @ts-check
/**
 * Vite plugin: changes to Alpine's CSP build (`@alpinejs/csp`, the build without
 * `unsafe-eval`) that remove its long tasks on a phone, without changing what it allows.
 *
 * 1. Each expression is parsed once. Alpine's CSP evaluator tokenizes and parses an attribute's
 *    expression again on every evaluation (each effect run of every binding). The parsed tree is
 *    only read by its `Evaluator` (a class without state), so the function built for an expression
 *    string is kept and reused.
 * 2. The scan of the global object (the values the evaluator refuses) runs in slices between tasks
 *    (alpine-globals-scan.mjs) instead of one ~150 ms task at module evaluation; `Alpine.start()`
 *    waits for the last slice, and any check before then completes the scan first.
 *
 * Each change replaces an exact piece of Alpine's code: if one is not found (a new Alpine version),
 * the build fails and says which, rather than shipping Alpine unpatched or half patched.
 */
import { sliceGlobalsScan } from './alpine-globals-scan.mjs';

/** How long one slice may read, in ms (a long task starts at 50 ms; Lighthouse counts a phone as 4× slower). */
const SLICE_MS = 4;

/** Alpine's eager scan; group 1: the names it skips (`key === "a" || key === "b"`). */
const GLOBALS_SCAN =
  /var globals = \/\* @__PURE__ \*\/ new Set\(\);\nObject\.getOwnPropertyNames\(globalThis\)\.forEach\(\(key\) => \{\n  if \(((?:key === "\w+"(?: \|\| )?)+)\)\n    return;\n  let value;\n  try \{\n    value = globalThis\[key\];\n  \} catch \{\n    return;\n  \}\n  globals\.add\(value\);\n\}\);\n/;

/**
 * Replaces the one occurrence of `find` in `code`, or throws.
 * @param {string} code
 * @param {string | RegExp} find
 * @param {(match: RegExpExecArray | string) => string} replace
 * @param {string} what
 */
function replaceOnce(code, find, replace, what) {
  if (typeof find === 'string') {
    const at = code.indexOf(find);
    if (at < 0 || code.indexOf(find, at + 1) >= 0) throw new Error(`${what} : ${at < 0 ? 'introuvable' : 'plusieurs fois'} (« ${find.trim()} »)`);
    return code.slice(0, at) + replace(find) + code.slice(at + find.length);
  }
  const m = find.exec(code);
  if (!m || find.exec(code.slice(m.index + m[0].length))) throw new Error(`${what} : ${m ? 'plusieurs fois' : 'introuvable'}`);
  return code.slice(0, m.index) + replace(m) + code.slice(m.index + m[0].length);
}

/**
 * Alpine's CSP module with both changes; throws if any piece it replaces is missing.
 * @param {string} code the source of `@alpinejs/csp/dist/module.esm.js`
 */
export function patchAlpineCsp(code) {
  let out = replaceOnce(
    code,
    GLOBALS_SCAN,
    (m) => {
      const skip = [...String(/** @type {RegExpExecArray} */ (m)[1]).matchAll(/"(\w+)"/g)].map((x) => x[1]);
      return `var globals = /* @__PURE__ */ new Set();\nvar globalsScan = (${sliceGlobalsScan.toString()})(globalThis, globals, ${JSON.stringify(skip)}, ${SLICE_MS});\n`;
    },
    'scan des globales',
  );
  out = replaceOnce(out, '    if (globals.has(prop)) {\n', (s) => `    globalsScan.finish();\n${s}`, 'contrôle des globales');
  out = replaceOnce(
    out,
    '\nfunction start() {\n',
    () => '\nfunction start() {\n  if (globalsScan.done()) startNow();\n  else globalsScan.ready.then(startNow);\n}\nfunction startNow() {\n',
    'Alpine.start',
  );
  out = replaceOnce(
    out,
    '\nfunction generateRuntimeFunction(expression) {\n',
    () =>
      '\nvar runtimeFunctions = /* @__PURE__ */ new Map();\nfunction generateRuntimeFunction(expression) {\n  let fn = runtimeFunctions.get(expression);\n  if (!fn) runtimeFunctions.set(expression, fn = parseRuntimeFunction(expression));\n  return fn;\n}\nfunction parseRuntimeFunction(expression) {\n',
    'analyse des expressions',
  );
  return out;
}

const ALPINE_CSP = /[\\/]@alpinejs[\\/]csp[\\/]/;
const ALPINE_CSP_MODULE = /[\\/]@alpinejs[\\/]csp[\\/]dist[\\/]module\.esm\.js$/;

/** @returns {import('vite').Plugin} */
export default function alpineCspPatch() {
  let patched = false;
  return {
    name: 'guide-siseri:alpine-csp-patch',
    enforce: 'pre',
    transform(code, id) {
      if (!ALPINE_CSP_MODULE.test(id.split('?')[0] ?? id)) return null;
      try {
        const out = patchAlpineCsp(code);
        patched = true;
        return { code: out, map: null };
      } catch (e) {
        this.error(`@alpinejs/csp a changé, le correctif des tâches longues ne s’applique plus (src/integrations/alpine-csp-patch.mjs) — ${e instanceof Error ? e.message : e}`);
      }
    },
    buildEnd() {
      // Alpine reached through another file than the one patched: fail rather than ship it unpatched.
      const ids = [...this.getModuleIds()].filter((id) => ALPINE_CSP.test(id));
      if (ids.length && !patched) this.error(`@alpinejs/csp chargé sans le correctif des tâches longues : ${ids.join(', ')}`);
    },
  };
}
