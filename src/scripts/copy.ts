/**
 * Copy buttons, delegated on the document: `[data-copy-link="anchor"]` copies the absolute URL
 * of this page with `#anchor`; `[data-copy-href]` copies an absolute URL; `[data-copy-text]` copies its own text (already in PASS
 * form: the récapitulatif's lines); `[data-copy-value]`
 * copies the value of the element whose id it names, in its PASS form when the button says how
 * (`data-copy-pass`, `data-copy-pass-sibling`: see `Field.astro` and `passFormForCopy`). Success is announced (« Copié ») and
 * shown on the button for a moment.
 */
import { copyText } from '../lib/clipboard';
import { passFormForCopy } from '../lib/view/pass-form';
import { announce } from './announce';
import { pageStrings } from './strings';
import type { frClient } from '../i18n/fr';

const S = pageStrings<typeof frClient>('i18n-client');
const DONE = S.copied ?? '';
const LINK_DONE = S.linkCopied ?? '';
const FAILED = S.copyFailed ?? '';

/** Legacy copy through a temporary textarea. */
function legacyCopy(text: string): boolean {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.className = 'visually-hidden';
  document.body.append(ta);
  ta.select();
  const ok = document.execCommand('copy');
  ta.remove();
  return ok;
}

/** What a copy button copies, or `undefined`. */
function payload(btn: HTMLElement): { text: string; done: string } | undefined {
  if (btn.dataset.copyLink) {
    const url = new URL(location.href);
    url.hash = btn.dataset.copyLink;
    return { text: url.href, done: LINK_DONE };
  }
  if (btn.dataset.copyHref) return { text: new URL(btn.dataset.copyHref, location.href).href, done: LINK_DONE };
  if (btn.dataset.copyText !== undefined) return { text: btn.dataset.copyText, done: DONE };
  if (btn.dataset.copyValue) {
    const el = document.getElementById(btn.dataset.copyValue) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) return undefined;
    // Text is copied in its PASS form (a SIRET without spaces…); a select gives its option's label.
    const sibling = document.getElementById(btn.dataset.copyPassSibling ?? '') as HTMLInputElement | null;
    const text =
      el instanceof HTMLSelectElement
        ? (el.selectedOptions[0]?.textContent ?? '')
        : passFormForCopy(btn.dataset.copyPass, el.value, sibling?.checked === true);
    return { text, done: DONE };
  }
  return undefined;
}

/** Installs the delegated click handler. */
export function installCopy(): void {
  document.addEventListener('click', async (e) => {
    const btn = (e.target as Element | null)?.closest<HTMLElement>('[data-copy-link],[data-copy-href],[data-copy-text],[data-copy-value]');
    if (!btn) return;
    const p = payload(btn);
    if (!p) return;
    const ok = await copyText(p.text, { writeText: navigator.clipboard ? (s) => navigator.clipboard.writeText(s) : undefined, legacyCopy });
    announce(ok ? p.done : FAILED);
    if (ok) {
      btn.classList.add('is-copied');
      btn.dataset.feedback = p.done;
      setTimeout(() => {
        btn.classList.remove('is-copied');
        delete btn.dataset.feedback;
      }, 2000);
    }
  });
  // Show full links (origin included) where the page lists them.
  document.querySelectorAll<HTMLAnchorElement>('a[data-full-link]').forEach((a) => (a.textContent = a.href));
}
