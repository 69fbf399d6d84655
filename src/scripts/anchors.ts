/**
 * Heading links: beside each heading with an id in the prose, a « Copier le lien » button (the
 * heading itself is left untouched), and the target of the URL hash is focused and highlighted
 * when the page opens, so a link sent by support lands on the exact spot.
 */

import { pageStrings } from './strings';
import { fill } from '../i18n/fill';
import type { frClient } from '../i18n/fr';

/** Adds a copy-link button after each `.prose` heading that has an id. */
export function addHeadingButtons(): void {
  const S = pageStrings<typeof frClient>('i18n-client');
  document.querySelectorAll<HTMLHeadingElement>('.prose :is(h2,h3)[id]').forEach((h) => {
    if (h.nextElementSibling?.classList.contains('copylink')) return;
    const wrap = document.createElement('span');
    wrap.className = 'copylink copylink--heading';
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'copylink__btn';
    btn.dataset.copyLink = h.id;
    btn.textContent = S.copyLink ?? '';
    btn.setAttribute('aria-label', fill(S.copyLinkToSection ?? '', { title: h.textContent?.trim() ?? '' }));
    wrap.append(btn);
    h.after(wrap);
  });
}

/** The id a URL fragment names: decoded when it is well-formed, taken as is otherwise (never throws). */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // « #%E0%A4%A »: malformed percent-encoding
  }
}

/** Focuses and highlights the element named by the URL hash. */
export function highlightTarget(): void {
  const id = fragmentId(location.hash);
  if (!id) return;
  const el = document.getElementById(id);
  if (!el) return;
  el.classList.add('is-target');
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}
