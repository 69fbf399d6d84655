import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportBody, reportHref } from '../../src/lib/report-url';

const PAGE = 'https://exemple.fr/guide-siseri/etapes/employeur/';

describe('reportHref', () => {
  it('prefills a tracker’s « new issue » page with the page address (title and body)', () => {
    const href = reportHref(PAGE, { url: 'https://github.com/exemple/guide-siseri/issues/new' });
    const u = new URL(href);
    expect(u.origin + u.pathname).toBe('https://github.com/exemple/guide-siseri/issues/new');
    expect(u.searchParams.get('title')).toBe(`Erreur sur le Guide SISERI : ${PAGE}`);
    expect(u.searchParams.get('body')).toContain(`Page : ${PAGE}`);
  });

  it('keeps the tracker’s own query and fills a {page} placeholder when there is one', () => {
    expect(new URL(reportHref('/faq/', { url: 'https://t.example/new?labels=contenu' })).searchParams.get('labels')).toBe('contenu');
    expect(reportHref('/faq/?a=1&b=2', { url: 'https://t.example/new?body={page}' })).toBe('https://t.example/new?body=%2Ffaq%2F%3Fa%3D1%26b%3D2');
  });

  it('falls back to a mailto: link with a subject and the page address', () => {
    const href = reportHref('/accessibilite/', { email: 'guide@exemple.fr' });
    expect(href.startsWith('mailto:guide@exemple.fr?subject=Erreur%20sur%20le%20Guide%20SISERI&body=')).toBe(true);
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe(reportBody('/accessibilite/'));
    expect(reportBody('/accessibilite/')).toContain('Page : /accessibilite/');
  });

  it('prefers the URL to the e-mail address', () => {
    expect(reportHref(PAGE, { url: 'https://t.example/new', email: 'a@b.fr' }).startsWith('https://t.example/new?')).toBe(true);
  });

  it('gives no link when nothing, or nothing valid, is configured', () => {
    expect(reportHref(PAGE, {})).toBe('');
    expect(reportHref(PAGE, { url: '', email: '' })).toBe('');
    expect(reportHref(PAGE, { url: 'javascript:alert(1)' })).toBe('');
    expect(reportHref(PAGE, { email: 'pas une adresse' })).toBe('');
    expect(reportHref(PAGE, { email: 'a@b.fr?cc=x@y.fr' })).toBe('');
  });

  it('never carries more than the page address it is given (property)', () => {
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        const body = new URL(reportHref(path, { url: 'https://t.example/new' })).searchParams.get('body')!;
        expect(body).toBe(reportBody(path));
        const mail = reportHref(path, { email: 'a@b.fr' });
        expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe(reportBody(path));
      }),
      { numRuns: 100 },
    );
  });
});
