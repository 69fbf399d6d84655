/** fast-check arbitraries of hostile text for the checks' property tests. */
import fc from 'fast-check';

/** Characters that tend to break things: controls, invisible, bidi, white space, surrogates, emoji, look-alikes. */
const NASTY = [
  '\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u2028', '\u2029',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff', '\ufffd', '\u202f',
  '\ud800', '\udbff', '\udc00', '\udfff', '😀', '👩‍⚕️', '🇫🇷', 'ש', 'ا', '١', '٣', '字', 'И', 'é', 'e\u0301', 'ǅ', 'ﬁ', 'Å',
  '＠', '０', '６', '+', '@', '.', '-', ' ', '0', '2', '3', '5', '6', '7', '9', 'A', 'B', 'a', '’', "'", '«', '»', '(', ')', '&',
  '/', ',', ';', ':', '%', '$', '{', '}', '\\', '"', '`', '´', '–', '—', 'ß', 'ø', 'Æ', 'œ', 'ÿ', 'İ', 'ı', 'x', '\u0308', '\u034f',
];

/** A string of up to 20 000 UTF-16 units repeating a short seed (may cut a surrogate pair: a lone surrogate). */
const huge = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 1_000, max: 20_000 }))
  .map(([seed, n]) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n));

/** Digits, separators and « + »: the inputs near the identifiers' formats. */
const nearIdentifier = fc.string({ unit: fc.constantFrom(...'0123456789 .-+()'.split(''), '06', '+33', '0033', '356000000', '\u00a0'), maxLength: 20 });

/** Any text a user, a paste or a corrupted import could produce. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 30 }) },
  { weight: 3, arbitrary: nearIdentifier },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: huge },
);

/** Any value a sibling field could hold in stored data. */
export const anySibling: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  hostileString,
  fc.constantFrom(undefined, null, 0, 1, NaN, [], {}, 'true'),
);
