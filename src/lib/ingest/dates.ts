// Dates as printed on Chinese pages: 2023年12月26日, 2023-12-26, 2023.12.26, 20231226 in file names.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isValidDate({ year, month, day }: CalendarDate): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function checked(year: number, month: number, day: number): CalendarDate | null {
  const date = { year, month, day };
  return isValidDate(date) ? date : null;
}

/** A digit as pages print it: ASCII, or full width (２０２４年３月), which PDF and OCR text often keep. */
/** A year of the lunar calendar's cycle (`甲辰年`), as a masthead or a page header prints it. */
export const CYCLICAL_YEAR = '[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年';
/** A lunar month and day (`四月初三`, `闰二月十五`, `五月廿九`). */
export const LUNAR_MONTH_DAY = '闰?[正一二三四五六七八九十冬腊]{1,2}月\\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十)';

export const DIGIT = '[0-9０-９]';
/** A number alone, in such digits. */
export const ALL_DIGITS = new RegExp(`^${DIGIT}+$`, 'u');

/** The number full-width or ASCII digits write: `１５` → 15. */
export function digitsValue(digits: string): number {
  return Number(digits.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

/** The two shapes of a full printed date: 2024年3月15日, and 2024-03-15 or 2024.3.15. */
export const PRINTED_DATES = [
  new RegExp(`(${DIGIT}{4})\\s*年\\s*(${DIGIT}{1,2})\\s*月\\s*(${DIGIT}{1,2})\\s*日`, 'u'),
  new RegExp(`(?<!${DIGIT})(${DIGIT}{4})[-./．](${DIGIT}{1,2})[-./．](${DIGIT}{1,2})(?!${DIGIT})`, 'u'),
];

/**
 * A full printed date anywhere in a line (2024年3月15日, 2024-03-15, 2024.3.15); also with the letters OCR reads for
 * 0 and 1 in the digits of a year, a month and a day written with 年, 月 and 日 (`2O24年5月1O日`, `2024年5月l0日`),
 * where they can be nothing else.
 */
export function findPrintedDate(text: string): CalendarDate | null {
  const m = PRINTED_DATES[0]!.exec(text) ?? PRINTED_DATES[1]!.exec(text) ?? (OCR_LETTERS.test(text) ? OCR_DATE.exec(text) : null);
  return m ? checked(ocrDigitsValue(m[1]!), ocrDigitsValue(m[2]!), ocrDigitsValue(m[3]!)) : null;
}
const OCR_LETTERS = /[OoIl]/u;
/** A digit, or a letter OCR reads for 0 or 1 (`O`, `o`, `I`, `l`): only where nothing but a digit can stand. */
export const OCR_DIGIT = '[0-9０-９OoIl]';
const OCR_DATE = new RegExp(`(?<![A-Za-z0-9０-９])(${OCR_DIGIT}{4})\\s*年\\s*(${OCR_DIGIT}{1,2})\\s*月\\s*(${OCR_DIGIT}{1,2})\\s*日`, 'u');
/** Digits with OCR's letters for 0 and 1 read as those digits (`1O` → `10`, `l2` → `12`). */
export const ocrDigits = (digits: string): string => digits.replace(/[Oo]/gu, '0').replace(/[Il]/gu, '1');
const ocrDigitsValue = (digits: string): number => digitsValue(ocrDigits(digits));

/** A date in a folder or file name: 2023-12-26, 2023_12_26, 20231226. */
export function findDateInName(name: string): CalendarDate | null {
  const m = /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/u.exec(name);
  return m ? checked(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const YEAR_MENTION = new RegExp(`(?<!${DIGIT})((?:19|20|１９|２０)${DIGIT}{2})\\s*年`, 'gu');
const DAY_MENTION = new RegExp(`(?:(?<!${DIGIT})((?:19|20|１９|２０)${DIGIT}{2})\\s*年\\s*)?(?<!${DIGIT})(${DIGIT}{1,2})\\s*月\\s*(${DIGIT}{1,2})\\s*日`, 'gu');

/**
 * Infers an issue's date from its text when nothing printed says it: the latest full date mentioned,
 * where `12月22日` takes the year most often written in the text. Null when the text names no usable date.
 */
export function inferDateFromText(text: string): CalendarDate | null {
  const yearCounts = new Map<number, number>();
  for (const m of text.matchAll(YEAR_MENTION)) {
    const y = digitsValue(m[1]!);
    yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
  }
  let commonYear: number | null = null;
  for (const [year, count] of yearCounts) {
    if (commonYear === null || count > yearCounts.get(commonYear)! || (count === yearCounts.get(commonYear) && year > commonYear)) commonYear = year;
  }
  const candidates: CalendarDate[] = [];
  for (const m of text.matchAll(DAY_MENTION)) {
    const year = m[1] ? digitsValue(m[1]) : commonYear;
    if (year === null) continue;
    const date = checked(year, digitsValue(m[2]!), digitsValue(m[3]!));
    if (date) candidates.push(date);
  }
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (formatDate(b) > formatDate(a) ? b : a));
}

// OCR reads 〇 as the letter O and mixes it into digits (`二OO九年`, `2〇13年`): a year of four such characters.
const DATE_ALONE = new RegExp(`^\\s*(?:(?:[0-9０-９OoIl〇○]{4}|[〇○零一二三四五六七八九Oo]{4})\\s*年\\s*)?(?:${OCR_DIGIT}{1,2}|[一二三四五六七八九十]{1,2})\\s*月\\s*(?:${OCR_DIGIT}{1,2}|[一二三四五六七八九十]{1,3})\\s*日\\s*$`, 'u');

/**
 * A date and nothing else (`2024年3月10日`, `二〇二四年三月十日`, `3月10日`, as OCR reads them `二OO九年三月一日`,
 * `2〇13年8月8日`): the date under a notice's signature.
 */
export const isDateAlone = (text: string): boolean => text.length <= 24 && DATE_ALONE.test(text);
