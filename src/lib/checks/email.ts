/**
 * « Courriel »: a reasonable address syntax, what mail clients and PASS-like forms accept —
 * `local@domain.tld`, ASCII only, no quoted local parts, no IP literals, at most 254 characters.
 */
import { checkMessage } from '../../i18n/checks.fr';
import { error, type Issue } from './types';
import { textOf } from './value';

/** Dot-separated atoms of RFC 5322 (no quoted strings). Unambiguous: linear time. */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** One DNS label: letters, digits, inner hyphens, 1 to 63 characters. */
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** Top-level domain: letters, or an IDN in punycode. */
const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** Whether `value` (surrounding spaces ignored) is a reasonable e-mail address. */
export function isEmailValid(value: string): boolean {
  const v = textOf(value).trim();
  if (v.length > 254) return false;
  const [local, domain, ...more] = v.split('@');
  if (local === undefined || domain === undefined || more.length > 0) return false;
  const labels = domain.split('.');
  const tld = labels.at(-1) ?? '';
  return local.length <= 64 && LOCAL.test(local) && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TLD.test(tld);
}

/** Checks a « Courriel ». */
export function checkEmail(value: string): Issue[] {
  const v = textOf(value).trim();
  if (isEmailValid(v)) return [];
  if (/\s/.test(v)) return [error(checkMessage('check.email.spaces'))];
  if (!v.includes('@')) return [error(checkMessage('check.email.at'))];
  return [error(checkMessage('check.email.format'))];
}

/** An address as compared for equality (confirmation, duplicates): trimmed, lower case. */
export function comparableEmail(value: unknown): string {
  return textOf(value).trim().toLowerCase();
}
