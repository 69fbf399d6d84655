/**
 * What the page must know before its first paint, so nothing moves once it is drawn (CLS 0):
 * the chosen theme, whether the open dossier has data (header chip, home « Reprendre »). These
 * tiny scripts run inline (hashed by the CSP), synchronously, right after the elements they
 * fill. They read only `localStorage` keys that hold no value typed by the user except the
 * dossier's name, which is written with `textContent`.
 */
import { DOSSIER_NAME_KEY, STATUS_MIRROR_KEY } from './status-mirror';

/** `localStorage` key of the theme chosen with the footer toggle: `light` or `dark` (absent = system). */
export const THEME_KEY = 'guide-siseri:theme';

/** Head script: marks `<html class="js">` and applies the stored theme. */
export function headScript(): string {
  return `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})();`;
}

/** The footer's theme toggle: its `aria-pressed` set before first paint. */
export function themePressedScript(): string {
  return `(function(){var b=document.currentScript.previousElementSibling,t=document.documentElement.getAttribute('data-theme');b.setAttribute('aria-pressed',String(t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches))})();`;
}

/** The header's dossier chip: shows the open dossier's name when it has data. */
export function dossierChipScript(): string {
  return afterScript(`function(el,m,n){el.querySelector('[data-dossier-name-text]').textContent=n;el.hidden=false}`);
}

/**
 * A script placed right after an element: when the dossier has data (one step at least is not
 * « vide », the rule status-badges.ts also applies) and a name, calls `show(el, mirror,
 * name)` on `document.currentScript.previousElementSibling`. `show` is JS source text (built here,
 * never from user data).
 */
export function afterScript(show: string): string {
  return `(function(){try{var m=JSON.parse(localStorage.getItem(${JSON.stringify(STATUS_MIRROR_KEY)})||'{}'),n=(localStorage.getItem(${JSON.stringify(DOSSIER_NAME_KEY)})||'').slice(0,120),h=false;for(var k in m)if(m[k]&&m[k]!=='vide')h=true;if(!h||!n)return;var el=document.currentScript.previousElementSibling;(${show})(el,m,n)}catch(e){}})();`;
}
