/**
 * The one-click clean-up of a free text, and the « capitals without accents » preview SISERI
 * wants for names. Both are pure and idempotent; `cleanText`'s output is always in the safe set
 * of `allowed.ts`.
 */
import { PASS_RISKY_SYMBOLS } from '../../model/characters';
import { UNSAFE_CHARACTER, isSafeText } from './allowed';
import { textOf } from './value';

/** Look-alikes, the model's risky symbols and letters without a decomposition, mapped to safe characters. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(PASS_RISKY_SYMBOLS.map((s) => [s.char, s.replacement])),
  '‘': "'", '‛': "'", '`': "'", '´': "'", '′': "'", 'ʼ': "'", 'ʻ': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  ß: 'ss', ẞ: 'SS', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ł: 'l', Ł: 'L',
  þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N',
};

/** Matches any key of `REPLACEMENTS`. */
const REPLACEABLE = new RegExp(`[${Object.keys(REPLACEMENTS).join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu');

/** What replaces one unsafe character: a mapping, the letter without its accents, nothing, or a space. */
function replace(char: string): string {
  const mapped = REPLACEMENTS[char];
  if (mapped !== undefined && Object.hasOwn(REPLACEMENTS, char)) return mapped;
  if (/\p{L}/u.test(char)) {
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    return bare !== '' && isSafeText(bare) ? bare : '';
  }
  // Accents left alone, invisible format characters (zero-width, bidi), lone surrogates, unassigned.
  if (/[\p{M}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u.test(char)) return '';
  return ' ';
}

/**
 * The text with every character PASS may refuse removed or replaced: compatibility forms folded
 * (NFKC: ligatures, full-width), the model's risky symbols replaced (& → et, / → -, ; → ,), ‘ ` ´ → ', dashes → -, foreign accented letters without
 * their accents (ñ → n, ß → ss), other letters and invisible characters removed, any other sign
 * → a space; runs of spaces collapsed and the ends trimmed.
 */
export function cleanText(value: string): string {
  // Mapped before NFKC too, which would turn ´ into a space and a combining accent.
  const premapped = textOf(value).replace(REPLACEABLE, (c) => REPLACEMENTS[c] ?? c);
  const cache = new Map<string, string>();
  return premapped
    .normalize('NFKC')
    .replace(UNSAFE_CHARACTER, (c) => {
      let r = cache.get(c);
      if (r === undefined) cache.set(c, (r = replace(c)));
      return r;
    })
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Capitals without accents, ASCII only, as SISERI wants names: « Hélène-Æsa » → « HELENE-AESA ». */
export function capitalsPreview(value: string): string {
  return cleanText(value)
    .toUpperCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/Æ/g, 'AE')
    .replace(/Œ/g, 'OE')
    .replace(/’/g, "'");
}
