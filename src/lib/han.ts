// Han characters by code unit, for the loops that read every character of an archive (ingest's line checks, the
// search index's keys and grams): the common ideographs answer without a regex, and nothing below U+2E80 is Han.

export const HAN = /\p{Script=Han}/u;

/**
 * A common ideograph, U+4E00–U+9FFF: Han, one code unit, and unchanged by case folding and normalisation (CJK
 * compatibility ideographs, which NFD does change, lie outside it).
 */
export const isCommonIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Whether the code point that starts at `i` is Han (a lone low surrogate is not). */
export function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isCommonIdeograph(c)) return true;
  return c >= 0x2e80 && HAN.test(String.fromCodePoint(text.codePointAt(i)!));
}
