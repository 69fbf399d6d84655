/**
 * The build's changes to Alpine's CSP module (src/integrations/alpine-csp-patch.mjs): they apply
 * to the installed version, a missing piece fails the build, and the scan of the global object in
 * slices gives the same set of refused values as Alpine's own scan — a security check of the CSP
 * build, compared here on a fake global object with every kind of property.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patchAlpineCsp } from '../../src/integrations/alpine-csp-patch.mjs';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('@alpinejs/csp/dist/module.esm.js'), 'utf8');
const patched = patchAlpineCsp(source);

/** A global object: plain values, objects, functions, throwing getters, a non-enumerable property, and the names Alpine skips (their getters must never run). */
function fakeGlobal() {
  const read: string[] = [];
  const g: Record<string, unknown> = {};
  for (let i = 0; i < 3000; i++) g[`k${i}`] = i % 3 === 0 ? { i } : i % 3 === 1 ? () => i : `v${i}`;
  Object.defineProperty(g, 'throws', { get: () => { throw new Error('SecurityError'); }, enumerable: true });
  Object.defineProperty(g, 'hidden', { value: { hidden: true }, enumerable: false });
  for (const name of ['styleMedia', 'sharedStorage']) Object.defineProperty(g, name, { get: () => (read.push(name), { name }), enumerable: true });
  const shared = { shared: true };
  g.a = shared;
  g.b = shared;
  return { g, read };
}

/** Alpine's own eager scan, run as written in its module on `root`. */
function originalScan(root: object): Set<unknown> {
  const start = source.indexOf('Object.getOwnPropertyNames(globalThis).forEach(');
  const end = source.indexOf('\n});\n', start) + 4;
  const globals = new Set<unknown>();
  new Function('globalThis', 'globals', source.slice(start, end))(root, globals);
  return globals;
}

/** The patched module's scan, as the build writes it, on `root` (slices of 0.05 ms: many of them). */
function patchedScan(root: object) {
  const line = /var globalsScan = [\s\S]*?\], \d+\);\n/.exec(patched)![0].replace(/\d+\);\n$/, '0.05);');
  const globals = new Set<unknown>();
  const scan = new Function('globalThis', 'globals', `${line}\nreturn globalsScan;`)(root, globals) as { ready: Promise<void>; finish: () => void; done: () => boolean };
  return { globals, scan };
}

describe('Alpine CSP patch', () => {
  it('applies to the installed @alpinejs/csp: no eager scan, the check completes the scan, start waits for it, one parse per expression', () => {
    expect(patched).not.toContain('Object.getOwnPropertyNames(globalThis).forEach');
    expect(patched).toMatch(/globalsScan\.finish\(\);\n\s+if \(globals\.has\(prop\)\)/);
    expect(patched).toContain('else globalsScan.ready.then(startNow);');
    expect(patched).toContain('runtimeFunctions.set(expression, fn = parseRuntimeFunction(expression))');
  });

  it('fails, naming the piece, when Alpine’s code changed', () => {
    expect(() => patchAlpineCsp(source.replace('function generateRuntimeFunction(expression) {', 'function generateRuntimeFunction(expr) {'))).toThrow(/analyse des expressions/);
    expect(() => patchAlpineCsp(source.replace('value = globalThis[key];', 'value = Reflect.get(globalThis, key);'))).toThrow(/scan des globales/);
  });

  it('the scan in slices refuses exactly the values Alpine’s scan refuses, and never reads the skipped names', async () => {
    const a = fakeGlobal();
    const expected = originalScan(a.g);
    expect(a.read).toEqual([]);
    const b = fakeGlobal();
    const { globals, scan } = patchedScan(b.g);
    expect(scan.done()).toBe(false); // nothing read during the module's evaluation
    await scan.ready;
    expect(scan.done()).toBe(true);
    expect(b.read).toEqual([]);
    // Same size, same primitives; objects are compared by shape (each fake has its own).
    const shape = (s: Set<unknown>) => [...s].map((v) => (typeof v === 'function' ? `f${v()}` : JSON.stringify(v))).sort();
    expect(globals.size).toBe(expected.size);
    expect(shape(globals)).toEqual(shape(expected));
  });

  it('what waits for the scan (Alpine.start) runs in a task after the last slice, not in it', async () => {
    // The scan's MessageChannel, replaced by one that numbers the tasks it delivers.
    let task = 0;
    let lastSliceTask = -1;
    let scan: { ready: Promise<void>; done: () => boolean } | undefined;
    class NumberedChannel {
      port1: { onmessage: ((e: unknown) => void) | null } = { onmessage: null };
      port2 = {
        postMessage: () =>
          setImmediate(() => {
            const mine = ++task;
            this.port1.onmessage?.(null);
            // After the slice this message resumed (queued first): is the scan complete now?
            queueMicrotask(() => {
              if (scan?.done() && lastSliceTask < 0) lastSliceTask = mine;
            });
          }),
      };
    }
    const line = /var globalsScan = [\s\S]*?\], \d+\);\n/.exec(patched)![0].replace(/\d+\);\n$/, '0.05);');
    scan = new Function('globalThis', 'globals', 'MessageChannel', `${line}\nreturn globalsScan;`)(fakeGlobal().g, new Set(), NumberedChannel);
    await scan!.ready;
    expect(lastSliceTask).toBeGreaterThan(0);
    expect(task).toBe(lastSliceTask + 1);
  });

  it('a check before the last slice completes the scan at once', () => {
    const { g } = fakeGlobal();
    const { globals, scan } = patchedScan(g);
    scan.finish();
    expect(scan.done()).toBe(true);
    expect(globals.size).toBe(originalScan(fakeGlobal().g).size);
  });
});
