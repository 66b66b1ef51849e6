// A page's own marks: its number and header (`第3版 要闻 2024年3月15日 星期五`), and the jump markers that send a story
// to another page and bring it back (`（下转第4版）`, `（上接1版）`).
import { PAGE_COUNT_WORDS, PAGE_NO_FORMS, PAPER_NAME } from './line-shapes.ts';
import { ALL_DIGITS, CYCLICAL_YEAR, DIGIT, digitsValue, findPrintedDate, OCR_DIGIT, ocrDigits, PRINTED_DATES } from './dates.ts';
import type { LineKind } from './line-kinds.ts';
import { letteredPageNumber, LETTERED_PAGE, LETTERED_PAGE_NO, NEXT_PAGE, PREVIOUS_PAGE } from './page-labels.ts';
import { sectionNames, type PaperSettings } from './settings.ts';
import { codeUnits, hasSentencePunctuation, hasVisibleLength, SENTENCE_STOP, visibleLength } from './text.ts';

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 12, １２, 十二, 二十四 → numbers, and a lettered page's label (`A03` → 103, page-labels.ts); null for 100 and more. */
export function pageNumber(text: string): number | null {
  if (ALL_DIGITS.test(text)) {
    const value = digitsValue(text);
    return value < 100 ? value : null;
  }
  // A lettered page's label starts with a Latin letter; Chinese numerals go on to the next test.
  if (text.charCodeAt(0) < 0x80) return letteredPageNumber(text);
  if (!/^[〇零一二两三四五六七八九十]+$/u.test(text)) return null;
  if (!text.includes('十')) return [...text].reduce((n, ch) => n * 10 + (CHINESE_DIGITS[ch] ?? 0), 0);
  const [tens, ones] = text.split('十');
  return (tens ? (CHINESE_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? 0) : 0);
}

/**
 * A jump marker ends in 版 and a closing bracket (a section may stand between, `（转第2版·要闻）`), or in 版 on a line of
 * its own: a 版 among the last twelve characters, looked for without a pattern, turns most lines away.
 */
const mayEndInJump = (text: string) => (text.indexOf('版', text.length - 12) >= 0 || (hasSectionLetterNearEnd(text) && LETTERED_AT_END.test(text.slice(-8)))) && JUMP_END.test(text.slice(-12));
/** A section's letter (A–H) among a line's last eight characters, read without a pattern: most lines have none. */
function hasSectionLetterNearEnd(text: string): boolean {
  for (let i = Math.max(0, text.length - 8); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x48) return true;
  }
  return false;
}

/**
 * The page a jump marker names; PREVIOUS_PAGE or NEXT_PAGE for one that names the page before or after its own
 * (`（接上版）`, `（转下版）`: jumps.ts finds which); null for a number no page has (`第0版`, a dropped digit) and for a
 * marker that points the wrong way (`（转上版）`): the text then stays text.
 */
function jumpPage(match: RegExpExecArray | null, way: 'from' | 'to'): number | null {
  if (!match) return null;
  // The page is in the bracketed form's group, the bare form's or the glued form's, each with 版 or a lettered page's
  // without it.
  const printed = match.slice(1).find((group) => group !== undefined)!;
  if (printed === '上' || printed === '下') return way === 'from' ? (printed === '上' ? PREVIOUS_PAGE : null) : printed === '下' ? NEXT_PAGE : null;
  const page = markedPageNumber(printed);
  return page && page >= 1 ? page : null;
}

/**
 * The number a page mark or a jump prints (`第3版`, `（下转A5版）`), also with the letters OCR reads for 0 and 1 among
 * its digits (`第l版`, `（上接第1O版）`), which between 第 or a jump's words and 版 can be nothing else.
 */
const markedPageNumber = (printed: string): number | null => pageNumber(OCR_LETTER_IN_NUMBER.test(printed) ? ocrDigits(printed) : printed);
/** A page's number as OCR may read it (`l`, `1O`): see markedPageNumber. */
const OCR_PAGE_NO = `${OCR_DIGIT}{1,2}`;
const OCR_LETTER_IN_NUMBER = new RegExp(`^${OCR_PAGE_NO}$`, 'u');
/** 第, and the character OCR reads for it most often (`笫`). */
const DI = '[第笫]';

/** Brackets a jump marker stands in: `(上接第1版)`, `（下转第２版）`, `【下转第2版】`, `〔下转第2版〕`. */
const OPEN = '[(（【〔［\\[]';
const CLOSE = '[)）】〕］\\]]';
/** Arrows some papers print in a jump (`（下转2版▶）`, `◀上接1版`), pointing the way the story goes. */
const ON = '[▶►→▷➡]';
/** The section a jump's page carries after it (`（转第2版·要闻）`). */
const SECTION_AFTER = '(?:\\s*[·・]\\s*\\p{Script=Han}{2,4})?';
/**
 * A jump's page: a page number with 版, or the page before or after the marker's own (`接上版`, `转下版`), or a lettered
 * page's number without 版 (`（转A04）`, `（上接A01）`). Two capture groups, one of which holds it.
 */
const JUMP_PAGE = `(?:${DI}?\\s*(${PAGE_NO_FORMS}|${OCR_PAGE_NO}|[上下])\\s*版|(${LETTERED_PAGE_NO})(?!\\d))`;
/** A lettered page's number at a line's end, maybe in brackets: what a jump without 版 ends in. */
const LETTERED_AT_END = new RegExp(`${LETTERED_PAGE_NO}\\s*[。.]?\\s*${CLOSE}?$`, 'u');
const JUMP_END = new RegExp(`(?:版|${LETTERED_PAGE_NO})${SECTION_AFTER}\\s*[。.]?\\s*${ON}?\\s*${CLOSE}?$`, 'u');
const BACK = '[◀◄←◁⬅]';
/** What a marker of where a story came from opens its line with (JUMP_FROM): a bracket, an arrow, a dash, a mark, 上接. */
const JUMP_FROM_FIRSTS = codeUnits('(（【〔［[◀◄←◁⬅—▲△上 \u3000\t');
/**
 * A marker in brackets, at a paragraph's start or end; without them, or after a dash, on a line of its own; a forward
 * one also glued to its paragraph's last sentence (`…岗位2000个。下转第二版`, `…汇报。→下转第2版`): after a full stop,
 * 下转 is no sentence's word.
 */
const JUMP_FROM = new RegExp(
  `^(?:${OPEN}\\s*${BACK}?\\s*(?:上\\s?接|接|紧\\s?接|续|承)\\s*${JUMP_PAGE}${SECTION_AFTER}\\s*[。.]?\\s*${CLOSE}\\s*|(?:——|—|${BACK}|[▲△])?\\s*上\\s?接\\s*${JUMP_PAGE}\\s*$)`, 'u');
const JUMP_TO = new RegExp(
  `(?:\\s*${OPEN}\\s*(?:未完[，,]\\s*)?(?:本文)?(?:下\\s?转|转|接|下\\s?接|转\\s?至)\\s*${JUMP_PAGE}${SECTION_AFTER}\\s*[。.]?\\s*${ON}?\\s*${CLOSE}|^(?:——|—|${ON})?\\s*(?:下转|下接|转至)\\s*${JUMP_PAGE}\\s*${ON}?|(?<=[。！？!?”’])\\s*${ON}?\\s*(?:下转|转至|转)\\s*${JUMP_PAGE}\\s*${ON}?)$`, 'u');
const PAGE_MARK = new RegExp(`${DI}\\s*(${PAGE_NO_FORMS}|${OCR_PAGE_NO})\\s*版`, 'u');
/** A lettered page printed without 第 (`A03版：要闻`), or its label among the header's words (`A03 要闻 2024年…`). */
const LETTERED_MARK = new RegExp(`${LETTERED_PAGE}\\s*版|(?<=^|[\\s|｜·])${LETTERED_PAGE}(?=$|[\\s|｜·：:])`, 'u');
/** A page's number alone, as its foot prints it: `3`, `- 3 -`, a lettered page's `A6`, `B03`, `— A06 —`, `A06版`. */
const PAGE_NUMBER_LINE = new RegExp(`^(?:[-—–－~～]+\\s*)?(?:${DIGIT}{1,3}|${LETTERED_PAGE_NO}(?:\\s*版)?)(?:\\s*[-—–－~～]+)?$`, 'u');
const STAFF_WORDS = '(?:本版编辑|本版责编|本版策划|责任编辑|责编|美术编辑|美编|校对|版式|组版|排版|审核|审读|审校|值班编辑|编辑)';
// `编辑/张三`: a slash between the word and the name, as in a credit.
const STAFF = new RegExp(`${STAFF_WORDS}[：:\\s/／]`, 'u');
const STAFF_CREDIT = new RegExp(`${STAFF_WORDS}[：:\\s]*[^\\s：:]*`, 'gu');
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/u;
/** The page's staff alone on a line, maybe after the page count (`今日4版 责任编辑:刘涛`). */
const STAFF_LINE = new RegExp(`^(?:${PAGE_COUNT_WORDS}\\s*)?(?:\\S*(?:编辑|美编|校对)|(?:本版)?责编|本版策划|版式|组版|排版)`, 'u');
const PAGE_COUNT_IN_HEADER = new RegExp(PAGE_COUNT_WORDS, 'u');
const CYCLICAL_YEAR_ON = new RegExp(`${CYCLICAL_YEAR}\\S*`, 'u');
/** A sentence's clause (`定于2024年5月12日(星期日)…,…如下:`): a header has no comma, and ends in no colon. */
const isClause = (text: string) => /[，,]|[：:]$/u.test(text);

/**
 * What every page header holds: a page's 版, a staff word's 编, 校 or 审, or a date's digits. Most headlines have none,
 * and are turned away by one search rather than four.
 */
const HEADER_SIGN = new RegExp(`[版编校审${DIGIT.slice(1, -1)}]`, 'u');
/**
 * `第3版` or `第3版 要闻` alone on a line: furniture, not a headline; but no page header either, which would number the
 * page it stands on — a front page's guide (导读) lists other pages so.
 */
const PAGE_MARK_ALONE = new RegExp(`^${PAGE_MARK.source}(?:[\\s|｜·]+\\p{Script=Han}{2,8})?$`, 'u');

/** How many lines at a page's top may be its header's: its number, section, date and masthead. */
export const PAGE_TOP_LINES = 3;

/** A page's number alone on its line, as its foot or a guide prints it (`3`, `- 3 -`, `A06版`, `第3版 要闻`): furniture. */
export const isPageNumberAlone = (text: string): boolean =>
  // Both are short: a paragraph is turned away by its length.
  text.length <= 16 && (PAGE_NUMBER_LINE.test(text) || PAGE_MARK_ALONE.test(text.trim()));

/** The page number of `第3版` alone on a line; null for another line. */
export function pageMarkAlone(text: string): number | null {
  const trimmed = text.trim();
  return PAGE_MARK_ALONE.test(trimmed) ? markedPageNumber(PAGE_MARK.exec(trimmed)![1]!) : null;
}

/** `第3版 综合 2024年3月15日 星期五 责任编辑 李四`: page, section and date, or null if the line is no page header. */
export function parsePageHeader(text: string, settings: PaperSettings): Extract<LineKind, { kind: 'pageHeader' }> | null {
  // The cheapest refusals first: a sentence's stop (most paragraphs, early in the line), then a header's sign (most
  // headlines).
  if (SENTENCE_STOP.test(text) || !HEADER_SIGN.test(text) || hasSentencePunctuation(text) || hasVisibleLength(text, 81) || isClause(text)) return null;
  const page = PAGE_MARK.exec(text) ?? LETTERED_MARK.exec(text);
  const date = findPrintedDate(text);
  const weekday = WEEKDAY.test(text);
  const staff = STAFF.test(text + ' ');
  // A page number with a date, weekday or staff; a running head of date and weekday or the paper's name, with no
  // page number (`荣昌报 2024年3月15日 星期五`); or the page's staff alone (`本版编辑 李四 校对 王五`).
  const numbered = page && (date || weekday || staff);
  const runningHead = date && (weekday || [settings.name, ...settings.mastheads].some((name) => name && text.includes(name)));
  const staffLine = staff && !date && visibleLength(text) < 40 && STAFF_LINE.test(text);
  if (!numbered && !runningHead && !staffLine && !date) return null;
  let rest = text
    .replace(PAGE_MARK, ' ')
    .replace(LETTERED_MARK, ' ')
    .replace(PRINTED_DATES[0]!, ' ')
    .replace(PRINTED_DATES[1]!, ' ')
    .replace(WEEKDAY, ' ')
    .replace(STAFF_CREDIT, ' ')
    .replace(/农历\S*/u, ' ')
    // The lunar date in its cyclical year (`辛卯年九月廿四`), and the page count (`今日4版`).
    .replace(CYCLICAL_YEAR_ON, ' ')
    .replace(PAGE_COUNT_IN_HEADER, ' ');
  for (const name of [settings.name, ...settings.mastheads]) rest = rest.split(name).join(' ');
  // The paper's name where no setting gives it (`荣昌报 2024年5月10日 星期五 第2版 综合`) is no section, nor is what
  // the page's staff line names (`本版策划：县总工会 荣昌报社`).
  // A combined section keeps its parts (`教育·卫生`); a dot beside a field parts it from the next (`第3版·要闻`).
  const fields = numbered || runningHead || date ? rest.split(/[\s|｜：:]+/u).map((t) => t.replace(/^[·・]+|[·・]+$/gu, '')) : [];
  const section = fields.find((t) => HEADER_SECTION.test(t) && !PAPER_NAME.test(t)) ?? null;
  if (!numbered && !runningHead && !staffLine && !isBareRunningHead(fields, section, settings)) return null;
  // A running head may print its page's number bare (`荣昌报 2024年5月20日 星期一 2 综合`).
  const bare = page ? undefined : fields.find((t) => BARE_PAGE_NUMBER.test(t));
  return { kind: 'pageHeader', page: page ? markedPageNumber((page[1] ?? page[2])!) : bare ? Number(bare) : null, section, date };
}
const HEADER_SECTION = /^\p{Script=Han}{2,8}(?:[·・]\p{Script=Han}{2,6})?$/u;
const BARE_PAGE_NUMBER = /^[1-9][0-9]?$/u;

/**
 * A running head of the date, the section and maybe the page's number, with no weekday or the paper's name as the
 * settings give it (`2　综合　2024年3月15日`, `2024年3月15日　综合`), as many PDFs print it: the section must be one the
 * paper names (settings.ts), for a chronicle's dated line has a short word after its date too (`2020年12月1日 正式通车`).
 */
function isBareRunningHead(fields: string[], section: string | null, settings: PaperSettings): boolean {
  if (section === null || !section.split(/[·・]/u).every((part) => sectionNames(settings).has(part))) return false;
  // A paper's name among them (`2 要闻 荣昌县报 2003年12月26日`), an older name the settings may not hold, is the header's.
  const words = fields.filter((field) => field !== '' && !PAPER_NAME.test(field));
  return words.length <= 2 && words.every((word) => word === section || BARE_PAGE_NUMBER.test(word));
}

/** A marker at a line's start of where its story came from (`（上接第1版）`): how long it is, and the page it names. */
export function jumpFromMarker(text: string): { length: number; page: number } | null {
  const from = JUMP_FROM_FIRSTS.has(text.charCodeAt(0)) ? JUMP_FROM.exec(text) : null;
  const page = jumpPage(from, 'from');
  return page === null ? null : { length: from![0].length, page };
}

/** A marker at a line's end of where its story goes on (`（下转第4版）`): where it starts, and the page it names. */
export function jumpToMarker(text: string): { at: number; page: number } | null {
  const to = mayEndInJump(text) ? JUMP_TO.exec(text) : null;
  const page = jumpPage(to, 'to');
  return page === null ? null : { at: to!.index, page };
}
