/**
 * The dark theme changes colours and nothing else: the browser tests check the dark theme with
 * axe's colour rules only (`test/e2e/axe.ts`), which is sound only while this holds.
 * - Only `src/styles/tokens.css` reacts to the theme (`prefers-color-scheme`, `data-theme`).
 * - Its dark blocks set `color-scheme` and colour variables (`--c-*`, `--shadow`) only.
 * - Those variables are used in colour properties only (or in a variable used that way).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every style sheet of the site: the CSS files and the `<style>` blocks of the components. */
function styleSheets(dir = 'src'): { file: string; css: string }[] {
  const out: { file: string; css: string }[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...styleSheets(p));
    else if (name.endsWith('.css')) out.push({ file: p, css: readFileSync(p, 'utf8') });
    else if (name.endsWith('.astro')) for (const m of readFileSync(p, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) out.push({ file: p, css: m[1]! });
  }
  return out;
}

/** Declarations (`property: value`) of a piece of CSS, comments removed. */
function declarations(css: string): { property: string; value: string }[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(-{0,2}[a-z][a-z0-9-]*)\s*:\s*([^;{}]+)/g)].map((m) => ({ property: m[1]!, value: m[2]!.trim() }));
}

/** The bodies of the dark blocks of tokens.css (inside the media query, and the explicit choice). */
function darkBlocks(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/:root(?::not\(\[data-theme="light"\]\)|\[data-theme="dark"\])\s*\{([^}]*)\}/g)) out.push(m[1]!);
  return out;
}

const sheets = styleSheets();
const tokens = sheets.find((s) => s.file.endsWith(join('styles', 'tokens.css')))!.css;
const COLOUR_VARIABLE = /^--(c-[a-z0-9-]+|shadow)$/;
const COLOUR_PROPERTY = /^(color|background(-color)?|border(-(top|right|bottom|left|inline-start|inline-end|block-start|block-end))?(-color)?|outline(-color)?|box-shadow|fill|stroke|accent-color|caret-color|text-decoration-color|color-scheme)$/;

describe('the dark theme changes colours only', () => {
  it('is declared in tokens.css only', () => {
    expect(sheets.length).toBeGreaterThan(5);
    const elsewhere = sheets.filter((s) => !s.file.endsWith('tokens.css') && /prefers-color-scheme|data-theme/.test(s.css)).map((s) => s.file);
    expect(elsewhere).toEqual([]);
    expect(darkBlocks(tokens)).toHaveLength(2); // the system preference, the explicit choice
  });

  it('sets colour-scheme and colour variables only', () => {
    const set = darkBlocks(tokens).flatMap(declarations);
    expect(set.length).toBeGreaterThan(20);
    expect(set.filter((d) => d.property !== 'color-scheme' && !COLOUR_VARIABLE.test(d.property))).toEqual([]);
  });

  it('whose variables are used in colour properties only', () => {
    const darkVars = new Set(darkBlocks(tokens).flatMap(declarations).map((d) => d.property).filter((p) => p.startsWith('--')));
    // Variables defined from a colour variable (`--focus-ring: 3px solid var(--c-focus)`) count as colour variables too.
    const all = sheets.flatMap((s) => declarations(s.css).map((d) => ({ ...d, file: s.file })));
    let grew = true;
    while (grew) {
      grew = false;
      for (const d of all) if (d.property.startsWith('--') && !darkVars.has(d.property) && [...darkVars].some((v) => d.value.includes(`var(${v})`))) (darkVars.add(d.property), (grew = true));
    }
    const misuse = all.filter((d) => !d.property.startsWith('--') && [...darkVars].some((v) => d.value.includes(`var(${v})`)) && !COLOUR_PROPERTY.test(d.property));
    expect(misuse.map((d) => `${d.file}: ${d.property}: ${d.value}`)).toEqual([]);
    expect(darkVars.has('--focus-ring')).toBe(true);
  });
});
