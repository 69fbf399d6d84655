/**
 * Enhancements the page does not need at once, loaded when the browser is idle: heading link
 * icons (the stylesheet reserves their room, so adding them moves nothing) and the page address
 * of « Signaler une erreur ».
 */
import { pageStrings } from './strings';
import { fill } from '../i18n/fill';
import type { frClient } from '../i18n/fr';
export { installReportLinks } from './report';

/**
 * Beside each `.prose` heading that has an id, a small link icon shown on hover and focus
 * (Starlight/GitHub pattern; the icon is the layout's `#tpl-lien` template) whose accessible name is « Copier le lien vers « … » ». The heading
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
    const icon = document.getElementById('tpl-lien') as HTMLTemplateElement | null;
    if (icon) btn.append(icon.content.cloneNode(true));
    wrap.append(btn);
    const focused = document.activeElement === h;
    h.before(box);
    box.append(h, wrap);
    if (focused) h.focus({ preventScroll: true });
  });
}

