/**
 * Phone numbers as typed: spaces, dots and dashes are tolerated and removed before checking.
 * Shared by `mobile` and `telephone`.
 */
import { textOf } from './value';

/** The number without white space, dots and dashes (hyphen, non-breaking hyphen, en and em dashes, minus). */
export function normalisePhone(value: string): string {
  return textOf(value).replace(/[\s.\-\u2010-\u2015\u2212]/g, '');
}

/** A French number in national (0…), `+33…` or `0033…` form; `$1` is the first digit after the 0. */
export const FRENCH_NUMBER = /^(?:0|\+33|0033)([1-9])\d{8}$/;

/** An international number: « + » then 8 to 15 digits (E.164 allows at most 15). */
export const INTERNATIONAL_NUMBER = /^\+\d{8,15}$/;
