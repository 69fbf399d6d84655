/**
 * Keyboard-only form filling for the browser tests: Tab / Shift+Tab to move, Space for check
 * boxes, arrow keys for radios, type-ahead for selects, Enter for buttons and links,
 * `page.keyboard.type` for text. Never `click`, `fill` or `focus()`: if a field cannot be reached
 * or changed with the keyboard, these helpers fail and say where they were.
 */
import type { Page } from 'playwright-core';
import type { FieldDef, FormDef } from '../../../src/model';
import { fieldId, formFields } from '../../../src/model';
import type { Entry } from '../../fixtures/e2e-dossier';

/** What has the focus. */
export interface Focused {
  id: string;
  tag: string;
  type: string;
  name: string;
  text: string;
  label: string;
  checked: boolean;
  value: string;
}

/** Describes `document.activeElement`. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLInputElement | null;
    if (!a) return { id: '', tag: '', type: '', name: '', text: '', label: '', checked: false, value: '' };
    return {
      id: a.id,
      tag: a.tagName.toLowerCase(),
      type: a.getAttribute('type') ?? '',
      name: a.getAttribute('name') ?? '',
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: a.getAttribute('aria-label') ?? '',
      checked: Boolean(a.checked),
      value: typeof a.value === 'string' ? a.value : '',
    };
  });
}

/** Options of `tabUntil`. */
export interface TabOptions {
  /** Shift+Tab instead of Tab (default: the shorter way to `toward`, else Tab). */
  backwards?: boolean;
  /** CSS selector of the element looked for: only to choose the shorter way round. */
  toward?: string;
  /** Give up after this many key presses (default 250: a whole page and back round). */
  max?: number;
  /** What is looked for, for the failure message. */
  what?: string;
}

/**
 * The shorter way round to `selector` from the focused element, and about how many key presses
 * it takes, by counting the page's tab stops (one per radio group). Only a shortcut: the keys
 * are then checked one by one near the end.
 */
function route(page: Page, selector: string): Promise<{ forward: number; backward: number } | null> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    if (!target) return null;
    const groups = new Set<string>();
    const stops = [...document.querySelectorAll<HTMLElement>('a[href],button,input,select,textarea,summary,[tabindex]')].filter((e) => {
      if ((e as HTMLButtonElement).disabled || e.tabIndex < 0 || e.getClientRects().length === 0 || getComputedStyle(e).visibility === 'hidden') return false;
      const r = e as HTMLInputElement;
      if (r.type === 'radio' && r.name) {
        if (groups.has(r.name)) return false;
        groups.add(r.name);
      }
      return true;
    });
    const at = (el: Element | null) => {
      const r = el as HTMLInputElement | null;
      if (r?.type === 'radio' && r.name) return stops.findIndex((s) => (s as HTMLInputElement).name === r.name);
      return stops.indexOf(el as HTMLElement);
    };
    const n = stops.length;
    const t = at(target);
    if (t < 0) return null;
    const active = document.activeElement;
    const c = at(active);
    if (c < 0) {
      if (!active || active === document.body) return { forward: t + 1, backward: n - t };
      // Somewhere without a tab stop (a summary, a heading): only the direction is known.
      const before = Boolean(active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING);
      return before ? { forward: Infinity, backward: 0 } : { forward: 0, backward: Infinity };
    }
    return { forward: (t - c + n) % n, backward: (c - t + n) % n };
  }, selector);
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabUntil(page: Page, match: (f: Focused) => boolean, options: TabOptions = {}): Promise<Focused> {
  const { max = 250, what = 'l’élément cherché' } = options;
  let f = await focused(page);
  if (match(f)) return f;
  const way = options.toward ? await route(page, options.toward) : null;
  const backwards = options.backwards ?? (way ? way.backward < way.forward : false);
  const key = backwards ? 'Shift+Tab' : 'Tab';
  // Far away: the first presses without looking (a few short of the estimate, never past it).
  const estimate = way ? (backwards ? way.backward : way.forward) : 0;
  const blind = Number.isFinite(estimate) ? Math.max(0, estimate - 3) : 0;
  for (let i = 0; i < blind; i++) await page.keyboard.press(key);
  if (blind > 0) {
    f = await focused(page);
    if (match(f)) return f;
  }
  const trail: string[] = [];
  for (let i = blind; i < max; i++) {
    await page.keyboard.press(key);
    f = await focused(page);
    if (match(f)) return f;
    trail.push(f.id || `${f.tag}:${(f.label || f.text).slice(0, 30)}`);
  }
  throw new Error(`Clavier : ${what} jamais atteint en ${max} appuis sur ${key} (derniers : ${trail.slice(-12).join(' → ')})`);
}

/** Tabs to the element with this id (the shorter way round). */
export function tabTo(page: Page, id: string, options: TabOptions = {}): Promise<Focused> {
  return tabUntil(page, (f) => f.id === id, { what: `#${id}`, toward: `#${id}`, ...options });
}

/** Tabs to a button whose text or accessible label matches, and presses Enter. */
export async function pressButton(page: Page, name: string | RegExp, options: TabOptions = {}): Promise<void> {
  const test = (s: string) => (typeof name === 'string' ? s === name : name.test(s));
  await tabUntil(page, (f) => f.tag === 'button' && (test(f.text) || test(f.label)), { what: `le bouton « ${String(name)} »`, ...options });
  await page.keyboard.press('Enter');
}

/** Selects everything in the focused text field and deletes it. */
async function clearFocused(page: Page): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

/**
 * Tabs to a text field, replaces its value by typing `text` key by key, then (by default) leaves
 * it with Tab. `whole`: the text arrives in one input event instead (`keyboard.insertText`, as an
 * input method, a dictation or a paste gives it) — for filling whole records, where each key's
 * reaction (the island checks and re-renders on every input) is not what is tested and costs
 * ≈ 5 core-ms a key here; the key-by-key reactions are tested on their own.
 */
export async function typeInto(page: Page, id: string, text: string, options: TabOptions & { blur?: boolean; whole?: boolean } = {}): Promise<void> {
  const f = await tabTo(page, id, options);
  if (f.value !== '') await clearFocused(page);
  if (options.whole) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
  if (options.blur !== false) await page.keyboard.press('Tab');
}

/** Tabs into a radio group (`name` = id of its first radio) and checks option `index` with the arrow keys (Space for a first choice). */
export async function chooseRadio(page: Page, groupId: string, index: number, options: TabOptions = {}): Promise<void> {
  const f = await tabUntil(page, (x) => x.type === 'radio' && x.name === groupId, { what: `le groupe #${groupId}`, toward: `#${groupId}`, ...options });
  const at = f.id === groupId ? 0 : Number(f.id.slice(groupId.length + 1));
  if (index === at) {
    if (!f.checked) await page.keyboard.press('Space');
    return;
  }
  const key = index > at ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(index - at); i++) await page.keyboard.press(key);
}

/** Tabs to a check box and presses Space when its state differs from `on`. */
export async function setCheckbox(page: Page, id: string, on: boolean, options: TabOptions = {}): Promise<void> {
  const f = await tabTo(page, id, options);
  if (f.checked !== on) await page.keyboard.press('Space');
}

/** Tabs to a select and picks the option labelled `label` by typing it (type-ahead). */
async function chooseOption(page: Page, id: string, label: string, options: TabOptions = {}): Promise<void> {
  await tabTo(page, id, options);
  await page.keyboard.type(label);
  const chosen = await page.evaluate((sel) => (document.getElementById(sel) as HTMLSelectElement).selectedOptions[0]?.textContent ?? '', id);
  if (chosen !== label) throw new Error(`Clavier : « ${label} » non choisi dans #${id} (choisi : « ${chosen} »)`);
}

/** The id of a field's control in a form island. */
export function controlId(formKey: string, fieldKey: string): string {
  return `f-${fieldId(formKey, fieldKey)}`;
}

/** Enters one field's value with the keyboard, according to its kind in the model. */
async function enterField(page: Page, form: FormDef, field: FieldDef, value: string | boolean, options: TabOptions = {}): Promise<void> {
  const id = controlId(form.key, field.key);
  switch (field.kind) {
    case 'radio': {
      const index = field.options!.findIndex((o) => o.value === value);
      if (index < 0) throw new Error(`Valeur « ${String(value)} » inconnue pour ${id}`);
      return chooseRadio(page, id, index, options);
    }
    case 'checkbox':
      return setCheckbox(page, id, value === true, options);
    case 'select': {
      const all = [...(field.options ?? []), ...(field.optionGroups ?? []).flatMap((g) => g.options)];
      const label = all.find((o) => o.value === value)?.label;
      if (!label) throw new Error(`Valeur « ${String(value)} » inconnue pour ${id}`);
      return chooseOption(page, id, label, options);
    }
    default:
      return typeInto(page, id, String(value), { whole: true, ...options });
  }
}

/**
 * Enters a record (or a list entry) field by field, in the order of the model (the order of the
 * page), each reached with Tab or Shift+Tab, whichever is shorter. Fields absent from `entry` are skipped; a check box is set
 * before the fields it reveals.
 */
export async function enterRecord(page: Page, form: FormDef, entry: Entry): Promise<void> {
  for (const field of formFields(form)) {
    if (!(field.key in entry)) continue;
    await enterField(page, form, field, entry[field.key]!);
  }
}
