/**
 * Heading links: beside each heading with an id in the prose, a link icon that copies its address, and the target of the URL hash is focused and highlighted
 * when the page opens, so a link sent by support lands on the exact spot.
 */

import { pageStrings } from './strings';
import { fill } from '../i18n/fill';
import type { frClient } from '../i18n/fr';

const SVG = 'http://www.w3.org/2000/svg';

/** The link icon (two chain links), drawn with DOM calls: no markup string. */
function linkIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ['M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7', 'M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7']) {
    const p = document.createElementNS(SVG, 'path');
    p.setAttribute('d', d);
    svg.append(p);
  }
  return svg;
}

/**
 * Beside each `.prose` heading that has an id, a small link icon shown on hover and focus
 * (Starlight/GitHub pattern) whose accessible name is « Copier le lien vers « … » ». The heading
 * and its button are wrapped in an unstyled block (the heading's margins collapse through it, so
 * nothing moves); the button is absolutely placed in the space the stylesheet already reserves.
 */
export function addHeadingButtons(): void {
  const S = pageStrings<typeof frClient>('i18n-client');
  document.querySelectorAll<HTMLHeadingElement>('.prose :is(h2,h3)[id]').forEach((h) => {
    if (h.nextElementSibling?.classList.contains('copylink')) return;
    const box = document.createElement('div');
    box.className = 'hanchor';
    const wrap = document.createElement('span');
    wrap.className = 'copylink copylink--heading';
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'copylink__btn hanchor__btn';
    btn.dataset.copyLink = h.id;
    btn.setAttribute('aria-label', fill(S.copyLinkToSection ?? '', { title: h.textContent?.trim() ?? '' }));
    btn.title = S.copyLink ?? '';
    btn.append(linkIcon());
    wrap.append(btn);
    h.before(box);
    box.append(h, wrap);
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
