/**
 * Imports go one way only: model and i18n (the floor: PASS's description and the French strings,
 * neither importing the other) → lib (pure logic) → scripts (small browser scripts) → islands
 * (Alpine components) → components → layouts → pages; `integrations` (build-time Astro hooks) sit
 * above all of them. `src/lib` may import `src/i18n`: the
 * checks' messages and the PDF's strings are part of what the pure logic returns; the string
 * tables import nothing above them (`fill` lives in `i18n/fill.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Floor of each top folder of `src/` (lower imports nothing higher). */
const FLOOR: Record<string, number> = { model: 0, i18n: 0, lib: 1, scripts: 2, islands: 3, components: 4, layouts: 5, pages: 6, integrations: 7 };
/** Files at the root of `src/` (Astro's own configuration), allowed to import anything. */
const ROOT_FILES = new Set(['content.config.ts', 'env.d.ts']);

/** Every source file under `dir`, relative to `src/`. */
function sources(dir: string): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|mts|astro|mjs)$/.test(e.name) ? [rel] : [];
  });
}

/** The `src/`-relative targets of a file's relative imports (static, dynamic, re-exports, types). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const targets: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const spec = m[1];
    if (spec) targets.push(relative(SRC, normalize(join(SRC, dirname(file), spec))));
  }
  return targets;
}

const top = (path: string) => path.split('/')[0] ?? '';

describe('import direction', () => {
  const files = sources('');

  it('knows the floor of every folder of src/ that holds code', () => {
    const unknown = files.filter((f) => !ROOT_FILES.has(f) && FLOOR[top(f)] === undefined);
    expect(unknown).toEqual([]);
  });

  it('never imports upward, and model and i18n never import each other', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = FLOOR[top(file)];
      if (from === undefined) continue;
      for (const target of importsOf(file)) {
        if (target.startsWith('..')) {
          wrong.push(`${file} → ${target} (hors de src/)`);
          continue;
        }
        const to = FLOOR[top(target)];
        if (to === undefined) continue; // styles, assets
        const sideways = from === 0 && to === 0 && top(file) !== top(target);
        if (to > from || sideways) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('would catch an upward import (the rule is not vacuous)', () => {
    expect(importsOf('lib/summary.ts').some((t) => top(t) === 'lib')).toBe(true);
    expect(FLOOR.lib).toBeLessThan(FLOOR.islands ?? 0);
  });
});
