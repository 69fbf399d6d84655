/**
 * French elisions and the search index. Pagefind cuts a word into parts only at ASCII punctuation,
 * so « l’ASNR » (typographic apostrophe) is indexed as one word « lasnr » and the query « ASNR »
 * misses it. The pages keep their ’; only the copy of each page given to the indexer has the
 * apostrophe of an elision replaced by `ELISION_MARK` (an ASCII character Pagefind splits on and
 * that French text never uses): Pagefind then indexes « lasnr » and the part « asnr ». On the
 * search page, `restoreElisions` turns the mark back into ’ in titles and excerpts, and
 * `queryWithoutElisions` drops the elided article of the query, so « l’ASNR » and « ASNR » ask
 * the same thing.
 *
 * Pure functions (no DOM, no file system): used at build time on the HTML of each page and in
 * the browser on the search page.
 */

/** Replaces the apostrophe of an elision in the indexed copy; never in the served pages. */
export const ELISION_MARK = '`';

/**
 * Elided words: « l’ », « d’ », « j’ », « m’ », « n’ », « s’ », « t’ », « c’ », « qu’ » and the
 * conjunctions ending in « qu’ » (jusqu’, lorsqu’, puisqu’, quoiqu’), followed by a letter.
 * Group 1: the elided word.
 */
const elision = (apostrophes: string) => new RegExp(`(?<![\\p{L}\\p{N}])(jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])[${apostrophes}](?=\\p{L})`, 'giu');
/** In the pages: typographic only (PASS's own texts, quoted with ', are already split by Pagefind). */
const TYPOGRAPHIC = elision('’');
/** In a query: whatever the keyboard typed. */
const ANY = elision('’\'ʼ');

/** `text` with the apostrophe of each elision replaced by `ELISION_MARK`: « l’ASNR » → « l`ASNR ». */
export function splitElisions(text: string): string {
  return text.replace(TYPOGRAPHIC, (_m, word: string) => `${word}${ELISION_MARK}`);
}

/** The mark of `splitElisions` turned back into ’ (search titles and excerpts). */
export function restoreElisions(text: string): string {
  return text.replaceAll(ELISION_MARK, '’');
}

/**
 * A search query without its elided articles: « l’ASNR » → « ASNR », « qu’il » → « il »,
 * « d'habilitation » → « habilitation ». Other apostrophes (« aujourd’hui ») are kept.
 */
export function queryWithoutElisions(query: string): string {
  return query.replace(ANY, '').replace(/\s+/g, ' ').trim();
}

/** Elements whose content is not text of the page (Pagefind never indexes them). */
const RAW = /^<(script|style|template)\b/i;

/**
 * The HTML of a page with `splitElisions` applied to its text only: tags, attributes, comments and
 * the content of `<script>`, `<style>` and `<template>` are left as they are.
 */
export function splitElisionsInHtml(html: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(splitElisions(html.slice(i)));
      break;
    }
    out.push(splitElisionBeforeTag(splitElisions(html.slice(i, lt)), html, lt));
    const end = tagEnd(html, lt);
    const tag = html.slice(lt, end);
    out.push(tag);
    i = end;
    const raw = RAW.exec(tag);
    if (raw && !tag.endsWith('/>')) {
      const close = html.toLowerCase().indexOf(`</${raw[1]!.toLowerCase()}`, i);
      const stop = close === -1 ? html.length : close;
      out.push(html.slice(i, stop));
      i = stop;
    }
  }
  return out.join('');
}

/** An elision at the very end of a text, before an inline tag: « l’<strong>avis</strong> ». */
const ELISION_AT_END = /(?<![\p{L}\p{N}])(jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])’$/iu;
/** An inline tag (or several) then a letter. */
const INLINE_THEN_LETTER = /^(?:<(?:a|abbr|b|cite|code|dfn|em|i|mark|q|small|span|strong|sub|sup|time|u)\b[^>]*>)+\p{L}/iu;

/** `text` with a final elision split when the HTML at `lt` goes on with a word in an inline tag. */
function splitElisionBeforeTag(text: string, html: string, lt: number): string {
  if (!ELISION_AT_END.test(text) || !INLINE_THEN_LETTER.test(html.slice(lt, lt + 300))) return text;
  return text.slice(0, -1) + ELISION_MARK;
}

/** Index just after the tag, comment or doctype that starts at `lt` (quoted `>` skipped). */
function tagEnd(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const close = html.indexOf('-->', lt + 4);
    return close === -1 ? html.length : close + 3;
  }
  let quote = '';
  for (let j = lt + 1; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}
