import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ELISION_MARK, queryWithoutElisions, restoreElisions, splitElisions, splitElisionsInHtml } from '../../src/lib/search/elision';

describe('splitElisions', () => {
  it.each([
    ['dépend de l’ASNR', 'dépend de l`ASNR'],
    ['n° d’habilitation', 'n° d`habilitation'],
    ['L’employeur signe', 'L`employeur signe'],
    ['qu’il', 'qu`il'],
    ['jusqu’au 31 décembre', 'jusqu`au 31 décembre'],
    ['l’1', 'l’1'], // a digit after: not an elided word
    ['jusqu’à', 'jusqu`à'],
    ['lorsqu’elle', 'lorsqu`elle'],
    ['s’il n’y a pas', 's`il n`y a pas'],
    ['c’est', 'c`est'],
  ])('« %s » → « %s »', (input, expected) => {
    expect(splitElisions(input)).toBe(expected);
  });

  it('leaves other apostrophes alone: inside a word, after a non-elided word, ASCII quotes of PASS', () => {
    expect(splitElisions('aujourd’hui')).toBe('aujourd’hui');
    expect(splitElisions('les ’guillemets’')).toBe('les ’guillemets’');
    expect(splitElisions('Vous n\'avez pas renseigné de n° d\'habilitation')).toBe('Vous n\'avez pas renseigné de n° d\'habilitation');
    expect(splitElisions('l’')).toBe('l’');
  });

  it('round-trips with restoreElisions for any text without the mark (property)', () => {
    const chars = fc.constantFrom('l', 'd', 'q', 'u', 'A', 'é', '’', "'", ' ', 'x', '1');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 30 }), (s) => {
        expect(restoreElisions(splitElisions(s))).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});

describe('queryWithoutElisions', () => {
  it.each([
    ['l’ASNR', 'ASNR'],
    ["l'ASNR", 'ASNR'],
    ['d’habilitation', 'habilitation'],
    ['N° d’habilitation SISERI', 'N° habilitation SISERI'],
    ['qu’il', 'il'],
    ['l’employeur', 'employeur'],
    ['aujourd’hui', 'aujourd’hui'],
    ['SIRET', 'SIRET'],
  ])('« %s » → « %s »', (input, expected) => {
    expect(queryWithoutElisions(input)).toBe(expected);
  });
});

describe('splitElisionsInHtml', () => {
  it('splits the text of the page only, not tags, attributes, comments or scripts', () => {
    const html = [
      '<!doctype html><html lang="fr"><head><title>L’ASNR</title>',
      '<script type="application/json">{"a":"l’ASNR"}</script><style>p::before{content:"l’x"}</style></head>',
      '<body><main data-pagefind-body><h1 title="l’ASNR">Le rôle de l’ASNR</h1>',
      '<!-- l’ASNR --><p data-x="a > b">n° d’habilitation</p></main></body></html>',
    ].join('');
    const out = splitElisionsInHtml(html);
    expect(out).toContain('<title>L`ASNR</title>');
    expect(out).toContain('{"a":"l’ASNR"}');
    expect(out).toContain('content:"l’x"');
    expect(out).toContain('<h1 title="l’ASNR">Le rôle de l`ASNR</h1>');
    expect(out).toContain('<!-- l’ASNR -->');
    expect(out).toContain('<p data-x="a > b">n° d`habilitation</p>');
  });

  it('splits an elision before a word in an inline tag (« l’<strong>avis</strong> »), not before a block', () => {
    expect(splitElisionsInHtml('<p>l’<strong>avis</strong> de situation</p>')).toBe('<p>l`<strong>avis</strong> de situation</p>');
    expect(splitElisionsInHtml('<p>d’<a href="/x/"><em>Élodie</em></a></p>')).toBe('<p>d`<a href="/x/"><em>Élodie</em></a></p>');
    expect(splitElisionsInHtml('<p>l’</p><p>avis</p>')).toBe('<p>l’</p><p>avis</p>');
    expect(splitElisionsInHtml('<p>l’<strong> avis</strong></p>')).toBe('<p>l’<strong> avis</strong></p>');
  });

  it('changes nothing but elision apostrophes (property: same text once restored)', () => {
    const chars = fc.constantFrom('<', '>', 'p', ' ', '"', 'l', '’', 'A', '/', '=', 's', 'c', 'r', 'i', 't');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 40 }), (s) => {
        expect(restoreElisions(splitElisionsInHtml(s))).toBe(s);
        expect(splitElisionsInHtml(s).length).toBe(s.length);
      }),
      { numRuns: 200 },
    );
  });

  it('uses an ASCII mark that Pagefind splits words on and French text never uses', () => {
    expect(ELISION_MARK).toMatch(/^[!-/:-@[-`{-~]$/);
  });
});
