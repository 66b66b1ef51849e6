// Stage 3: what each line is, from its shape alone (context is the assembler's business).
import { boxLine, isPapersContactLine } from './boxes.ts';
import { AUTHOR_MARK, isNameList, joinSpacedNames, looksLikeName } from './credit-words.ts';
import { COLUMN_TAG, isBoxOrTableLine, isExcerptSource, isNoteAlone, isShortUnstopped, isSignature, isWriterNote, OCR_MARK, OCR_MARK_CHARACTERS, PAGE_COUNT_WORDS, PAGE_NO_FORMS, PAPER_NAME, PART_LABEL, POEM_FORM, SUBHEAD_MARK, SUBHEAD_MARK_AT } from './line-shapes.ts';
import { agencyDispatch, captionCredit, emptyCredits, mergeCredits, namesAnyone, parseCredits, unitAndNames, unitThenNames, unreadableCredit, type ParsedCredit } from './credits.ts';
import { ALL_DIGITS, CYCLICAL_YEAR, DIGIT, digitsValue, findPrintedDate, isDateAlone, OCR_DIGIT, ocrDigits, PRINTED_DATES, type CalendarDate } from './dates.ts';
import type { SourceLine } from './lines.ts';
import { letteredPageNumber, LETTERED_PAGE, LETTERED_PAGE_NO, NEXT_PAGE, PREVIOUS_PAGE } from './page-labels.ts';
import { DEFAULT_DATELINES, type PaperSettings } from './settings.ts';
import { bigrams, closingNoteAt, codeUnits, comparisonKey, countHan, hasSentencePunctuation, hasVisibleLength, opensWithWhen, SENTENCE_STOP, sharedBigrams, visibleLength } from './text.ts';

export type FurnitureReason =
  | 'masthead' | 'column-label' | 'banner' | 'page-number' | 'locality' | 'pattern' | 'repeated' | 'page-header'
  | 'guide' | 'imprint' | 'weather'
  /** A mark alone on its line: a rule or a speck the extraction read as a character (`丨`, `l`). */
  | 'stray-mark'
  /** What only the printed page answers: its QR code's prompt (`扫码看视频`). */
  | 'reader-prompt'
  /** What the page says of its own stories or pictures (`本版稿件除署名外均据新华社`). */
  | 'page-note'
  /** A date alone over the stories (the assembler's reason: classifyLine reads it as text, a notice's date). */
  | 'date';

export type LineKind =
  | { kind: 'pageHeader'; page: number | null; section: string | null; date: CalendarDate | null }
  | { kind: 'furniture'; reason: FurnitureReason }
  | { kind: 'jumpFrom'; page: number; rest: string; jumpTo: number | null }
  | { kind: 'jumpTo'; page: number }
  /**
   * `work`: the credit of a work printed without text, a calligraphy, a painting or a cartoon (`李德厚 作`, `漫画 李梅`):
   * it ends its piece.
   * `overTitle`: a byline printed over the headline, never at a story's end (`本报评论员文章`).
   * `voice`: the paper's voice naming nobody (`本报评论员`), over a commentary's headline or under it.
   * `headline`: a work's title on its credit's line (`《荷韵》 国画 作者：钟永和`): the two are a piece of their own.
   */
  | { kind: 'credit'; credit: ParsedCredit; work?: true; overTitle?: true; voice?: true; headline?: string }
  /**
   * `closing`: a dateline crediting nobody (`本报讯 …`) whose lead ends in its writer's credit (`…12件。（记者 刘芳）`).
   * `headline`: the story's headline, run onto its dateline by the extraction (`河包镇举办首届粉条文化节 本报讯（…）…`).
   * `tail`: the line that holds the rest of a dateline a column break tore in two (torn-datelines.ts).
   */
  | { kind: 'dateline'; byline: string; credit: ParsedCredit | null; rest: string; jumpTo: number | null; closing?: { credit: ParsedCredit; printed: string }; headline?: string; tail?: number; agency?: true }
  /** The second part of a torn dateline, read with its first (on line `datelineAt`). */
  | { kind: 'datelineTail'; datelineAt: number }
  | { kind: 'caption' }
  | { kind: 'subhead' }
  /** `wraps`: the last character or two of the title line above, which the extraction put on a line of their own. */
  | { kind: 'title'; wraps?: true }
  /** A line of a poem's stanza: set by the page-level pass that reads blocks whole (verse.ts), never by classifyLine. */
  | { kind: 'verse' }
  /**
   * Body text; `credit` is a writer's credit in brackets that closes it (`…措施。（通讯员 陈静）`), split from the text.
   * `alone`: a line that stands apart in print, never joined to the text before or after it: a box's figure, a
   * table's row or header, a telephone number's field, a salutation.
   * `headline`: a brief's title, marked and run onto its lead (`■区图书馆举办读书分享会 5月8日，…`): it heads a story.
   */
  | { kind: 'text'; text: string; jumpTo: number | null; credit?: { credit: ParsedCredit; printed: string }; alone?: true; headline?: string }
  /** Set by the issue-level pass: the same block stands elsewhere in the issue, where it reads on. */
  | { kind: 'duplicate'; keptAt: { file: string; line: number } };

export interface ClassifiedLine extends SourceLine {
  is: LineKind;
  /** The line's comparisonKey where labelKey made one, for the issue-level passes to reuse rather than make again. */
  key?: string | null;
}

/** A classified line in its place on the page: what the block passes (boxes, verse) and the assembler read. */
export interface PlacedLine extends ClassifiedLine {
  /** Blank lines before this line; 0 for a line inside a block. */
  gapBefore: number;
}

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
const LOCALITY = /^\p{Script=Han}{2,4}\s*[·・•]\s*\p{Script=Han}{2,4}$/u;
/**
 * A source's credit at a story's end (`县林业局供稿`, `据新华社`, `来源：央视新闻`): it closes the story and names
 * nobody. It was the next story's headline, or glued the next story into the text.
 */
const SOURCE_CREDIT = /^(?:\p{Script=Han}{2,16}?\s?(?:供稿|供图)|据[^\s，,。：:；;（）()]{1,10}(?:社|报|网|台|新闻|客户端)》?(?:报道|消息)?|据\p{Script=Han}{2,8}社\p{Script=Han}{0,8}\d{1,2}月\d{1,2}日电|(?:来源|稿件来源|信息来源|数据来源|资料来源|稿源)[：:]\s*[^\s，,。；;]{2,20})$/u;
/** What a source's credit starts or ends with: most short lines, titles, are turned away by it. */
const SOURCE_SIGN = /^[据来稿信数资]|供[稿图]$/u;
/** A notice's numbered field with its value after the colon: what the field names is a thing, a place, a time, a way. */
const NUMBERED_FIELD = /^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*\p{Script=Han}{0,6}(?:名称|单位|人|地点|地址|时间|日期|方式|规模|条件|对象|范围|期限|电话|金额|价格|标准|数量)[：:]\s*\S/u;
/** A mark or number a subhead starts with; a regulation's chapters and sections (`第一章 总则`) too. */
const SUBHEAD = new RegExp(
  `^(?:${SUBHEAD_MARK}\\s*\\S|${COLUMN_TAG.source.slice(1, -1)}$|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}[.、．](?!\\d)|第[一二三四五六七八九十百〇零]{1,4}[章节](?:\\s|$))`,
  'u',
);
/** A byline that names the paper's voice, not a person (`本报评论员`, `本报编辑部`). */
const VOICE_BYLINE = new RegExp(`^\\s*(?:${AUTHOR_MARK.source.slice(1)}|${SUBHEAD_MARK}\\s*)?(?:(?:本报|本刊|本台|本网|新华社|人民日报)?(?:特约)?评论员(?:文章)?|本报(?:编辑部|评论部))\\s*$`, 'u');
/** `图为…`, `上图：…`, `▲…`, `↑…` (an arrow to the picture), and a numbered picture's (`图①：…`, `图2 …`). */
const CAPTION = /^(?:图为|[上下左右中题]?图[：:]|[上下左右中]图(?:为|\s)|图\s*(?:[①-⑳0-9０-９]|[一二三四五六七八九十]{1,2})\s*[：:\s]|▲|△|[↑↓])/u;
const STAFF_WORDS = '(?:本版编辑|本版责编|本版策划|责任编辑|责编|美术编辑|美编|校对|版式|组版|排版|审核|审读|审校|值班编辑|编辑)';
// `编辑/张三`: a slash between the word and the name, as in a credit.
const STAFF = new RegExp(`${STAFF_WORDS}[：:\\s/／]`, 'u');
const STAFF_CREDIT = new RegExp(`${STAFF_WORDS}[：:\\s]*[^\\s：:]*`, 'gu');
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/u;
/** The page's staff alone on a line, maybe after the page count (`今日4版 责任编辑:刘涛`). */
const STAFF_LINE = new RegExp(`^(?:${PAGE_COUNT_WORDS}\\s*)?(?:\\S*(?:编辑|美编|校对)|责编|本版策划)`, 'u');
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

/** The page number of `第3版` alone on a line; null for another line. */
export function pageMarkAlone(text: string): number | null {
  const trimmed = text.trim();
  return PAGE_MARK_ALONE.test(trimmed) ? markedPageNumber(PAGE_MARK.exec(trimmed)![1]!) : null;
}

/** 摄 among a line's last three characters (`…张雪 摄`, `…（张雪摄）`), read from the end without a scan of the line. */
function photoMarkNearEnd(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && i >= text.length - 3; i--) if (text[i] === '摄') return true;
  return false;
}

/** Lines that carry text (as opposed to credits, jumps and furniture): what repeats and duplicates are sought among. */
export const TEXT_KINDS: ReadonlySet<string> = new Set(['title', 'text', 'caption', 'subhead']);

/** What classifyLine needs from the settings, prepared once per settings object rather than once per line. */
interface CompiledSettings {
  datelines: RegExp;
  /** Whether the datelines are the default ones, whose lines mayOpenDefaultDateline tells without the pattern. */
  defaultDatelines: boolean;
  /**
   * A headline's words, then a dateline with its credit in brackets: the two run onto one line. The words are the
   * longest that leave a dateline: `新华社` takes two characters before 社, and they are the dateline's.
   */
  gluedDateline: RegExp;
  mastheads: Set<string>;
  banners: Set<string>;
  columnLabels: Set<string>;
  /** Whether a masthead, banner or column label holds a full stop: none does, unless a paper's settings say so. */
  labelsHoldStop: boolean;
  furniture: RegExp[];
}

const compiled = new WeakMap<PaperSettings, CompiledSettings>();

function compile(settings: PaperSettings): CompiledSettings {
  let c = compiled.get(settings);
  if (!c) {
    c = {
      datelines: new RegExp(`^(?:${settings.datelines.join('|')})`, 'u'),
      defaultDatelines: settings.datelines.length === DEFAULT_DATELINES.length && settings.datelines.every((d, i) => d === DEFAULT_DATELINES[i]),
      gluedDateline: new RegExp(`^([^\\s。！？；，,：:（）()][^。！？；，,：:（）()]{3,${settings.maxHeadlineLength - 1}})\\s*(?=(?:${settings.datelines.join('|')})\\s*[(（])`, 'u'),
      mastheads: new Set([settings.name, ...settings.mastheads].map(comparisonKey)),
      banners: new Set(settings.banners.map(comparisonKey)),
      columnLabels: new Set(settings.columnLabels.map(comparisonKey)),
      labelsHoldStop: [settings.name, ...settings.mastheads, ...settings.banners, ...settings.columnLabels].some((label) => comparisonKey(label).includes('。')),
      furniture: settings.furniturePatterns.map((p) => new RegExp(`^(?:${p})$`, 'u')),
    };
    compiled.set(settings, c);
  }
  return c;
}

/** Mastheads, banners and column labels are short: longer lines skip the (costly) normalised comparison. */
const LONGEST_LABEL = 40;

/**
 * comparisonKey of a line short enough to be a masthead, banner or column label, without a mark OCR read before it
 * (`l 图片新闻`); null for a longer one, and for one with a full stop, which no label has (nor a line repeated as
 * furniture: furniture.ts) and whose key would cost NFKC.
 */
export function labelKey(text: string, settings: PaperSettings): string | null {
  if (text.length > LONGEST_LABEL || (text.includes('。') && !compile(settings).labelsHoldStop)) return null;
  return comparisonKey(OCR_MARKS.has(text.charCodeAt(0)) ? text.replace(OCR_MARK, '') : text);
}
const OCR_MARKS = codeUnits(OCR_MARK_CHARACTERS);

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
  if (!numbered && !runningHead && !staffLine) return null;
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
  const section = numbered || runningHead ? rest.split(/[\s|｜·：:]+/u).find((t) => /^\p{Script=Han}{2,8}$/u.test(t) && !PAPER_NAME.test(t)) ?? null : null;
  return { kind: 'pageHeader', page: page ? markedPageNumber((page[1] ?? page[2])!) : null, section, date };
}

function isBanner(text: string, key: string | null, c: CompiledSettings): boolean {
  return (key !== null && c.banners.has(key)) || isSpacedSlogan(text);
}

/** Four words or more of two to eight Han characters each, spaced apart (`学思想 强党性 重实践 建新功`): a slogan's shape. */
export function isSpacedSlogan(text: string): boolean {
  // Its first word, of eight characters at most (sixteen code units), ends in a space: most paragraphs are turned
  // away by their first seventeen code units, without a split.
  if (!/\s/u.test(text.slice(0, 17))) return false;
  const words = text.split(/[\s\u3000]+/u);
  return words.length >= 4 && words.every((word) => /^\p{Script=Han}{2,8}$/u.test(word));
}

export function isTitleShaped(text: string, settings: PaperSettings): boolean {
  // Sentence punctuation first: most lines that get here are body text, and it is found without reading them whole.
  if (hasSentencePunctuation(text)) return false;
  // A note in brackets alone (`（图片由盘龙镇提供）`) is a story's, not a headline; so is a sentence of clauses that
  // ends in an exclamation or a question (`…发现问题及时处置!`), which a headline of two commas never is.
  if (isNoteAlone(text) || /[!?！？]$/u.test(text) && (text.match(/[，,]/gu)?.length ?? 0) >= 2) return false;
  const length = visibleLength(text, settings.maxHeadlineLength + settings.subtitleExtraLength + 1);
  if (length < 2 || length > settings.maxHeadlineLength + settings.subtitleExtraLength) return false;
  if (countHan(text) < 2) return false;
  if (/[，,、]$/u.test(text)) return false;
  // A short line ending in a colon is a kicker (`双河街道：` over its headline); a longer one introduces what follows.
  return !/[：:]$/u.test(text) || !hasVisibleLength(text, 13);
}

/**
 * A credit in brackets after a dateline: `(记者 王晓明)`, `【记者 李明】`, `[记者 李明]`, also closed by the wrong one,
 * as OCR misreads a bracket (`(记者 李明]`).
 */
const DATELINE_BRACKETS = /^\s*[(（【[]([^()（）【】[\]]{0,80})[)）】\]]\s*/u;

/** A credit OCR spaced out a character at a time (`记 者 李 明`), closed up; null for one that is not. */
function closedUp(printed: string): string | null {
  const words = printed.trim().split(/\s+/u);
  return words.length >= 3 && words.every((word) => word.length === 1) ? words.join('') : null;
}

/**
 * The credit in brackets after a dateline, with a second group that credits more people (`本报讯(记者 李明)(通讯员
 * 张华)`), and how far into `after` they reach (trailing spaces aside); null when no bracket follows the dateline.
 */
function bracketedCredit(after: string, settings: PaperSettings): { credit: ParsedCredit | null; length: number } | null {
  const first = DATELINE_BRACKETS.exec(after);
  if (!first) return null;
  const printed = first[1]!;
  const spaced = closedUp(printed);
  const credit = parseCredits(printed, settings) ?? (spaced === null ? null : parseCredits(spaced, settings)) ?? unitThenNames(printed) ?? unreadableCredit(printed, settings);
  const second = credit && namesAnyone(credit) ? DATELINE_BRACKETS.exec(after.slice(first[0].length)) : null;
  const more = second ? parseCredits(second[1]!, settings) : null;
  if (!more || !namesAnyone(more)) return { credit, length: first[0].trimEnd().length };
  mergeCredits(credit!, more);
  credit!.problems.push(...more.problems);
  return { credit, length: first[0].length + second![0].trimEnd().length };
}

/**
 * The credit that follows a dateline without brackets (`本报讯 记者 王晓明 通讯员 李刚 3月14日，…`): the longest run of
 * spaced words after it that reads as a credit, and how far into `after` it reaches; null when there is none.
 */
function bareCredit(after: string, settings: PaperSettings, spaced = true): { credit: ParsedCredit; length: number } | null {
  if (spaced && !/^\s/u.test(after)) return null;
  // `记者陈家豪报道:…`: the credit glued to the lead, up to the word that closes it.
  const reported = REPORTED_BY.exec(after);
  const glued = reported ? parseCredits(reported[1]!, settings) : null;
  if (glued && namesAnyone(glued)) return { credit: glued, length: reported![0].length };
  const words = [...after.matchAll(/\S+/gu)].slice(0, 9);
  // The last word is the lead's beginning, never part of the credit.
  for (let k = words.length - 1; k >= 1; k--) {
    const end = words[k - 1]!.index + words[k - 1]![0].length;
    const credit = parseCredits(after.slice(0, end), settings);
    if (credit && namesAnyone(credit)) return { credit, length: end };
  }
  return null;
}

/**
 * A dateline's credit whose bracket OCR lost at either end (`本报讯(记者 张 燕 截至6月10日，…`, `本报讯 记者 刘 洋)6月9日起，…`):
 * read up to where its words end, or up to the bracket left, when the lead goes on after it on the line. Null when
 * the words read as no one's credit, or when the line ends inside them: a column break tore the credit
 * (torn-datelines.ts joins it to the line it goes on in).
 */
function unclosedCredit(after: string, settings: PaperSettings): { credit: ParsedCredit; length: number } | null {
  const open = UNCLOSED_OPENING.exec(after);
  const close = open ? null : UNOPENED_CREDIT.exec(after);
  const bare = open ? bareCredit(after.slice(open[0].length), settings, false) : null;
  const read = bare ? { credit: bare.credit, length: open![0].length + bare.length } : close ? { credit: parseCredits(close[1]!, settings), length: close[0].length } : null;
  const rest = after.slice(read?.length ?? 0);
  return read?.credit && namesAnyone(read.credit) && (LEAD_GOES_ON.test(rest) || LEAD_OPENS.test(rest)) ? { credit: read.credit, length: read.length } : null;
}
/** A clause of the lead: text with a sentence's comma or stop in it. */
const LEAD_GOES_ON = /[，,。；;！？]/u;
/** A lead's first words, which say when, on a line the column's width ended (`截至6月10日`, `近日`). */
const LEAD_OPENS = new RegExp(`^\\s*(?:截至|自|从)?\\s*(?:${OCR_DIGIT}{1,2}月|近日|日前|近期|今年|去年|连日来|目前|昨日|今日|当天)`, 'u');
/** An opening bracket whose words run into the lead with no bracket closing them. */
const UNCLOSED_OPENING = /^\s*[(（](?=[^()（）]{6,}$|[^()（）]{30})/u;
/** A credit after a space, closed by a bracket that was never opened. */
const UNOPENED_CREDIT = /^\s+([^()（）\s][^()（）]{1,28}?)[)）]/u;

/** A credit and the word that closes it, before a colon, at the lead's head (`记者陈家豪报道:`, `记者王晓明 通讯员李刚报道：`). */
const REPORTED_BY = /^\s*([^\s：:，,。][^：:，,。]{1,40}?[^\s：:，,。])报道(?=[：:])/u;

/**
 * The dateline's words in lenticular brackets (`【本报讯】`, `【大公报讯】`), as papers of Hong Kong print them: a
 * dateline of the settings, or any paper's name and 讯.
 */
function bracketedDateline(text: string, c: CompiledSettings): string | null {
  if (text.charCodeAt(0) !== LENTICULAR) return null;
  const inner = /^【([^【】]{2,12})】/u.exec(text);
  if (!inner) return null;
  const words = c.datelines.exec(inner[1]!);
  return (words && words[0] === inner[1]) || PAPERS_DISPATCH.test(inner[1]!) ? inner[0] : null;
}
const PAPERS_DISPATCH = /^\p{Script=Han}{1,8}报(?:讯|消息)$/u;
const LENTICULAR = '【'.charCodeAt(0);

export function classifyLine(line: SourceLine, settings: PaperSettings, key = labelKey(line.text, settings)): LineKind {
  const c = compile(settings);
  const text = line.text;
  if (key !== null && c.mastheads.has(key)) return { kind: 'furniture', reason: 'masthead' };
  const header = parsePageHeader(text, settings);
  if (header) return header;
  // Both are short: a paragraph is turned away by its length.
  if (text.length <= 16 && (PAGE_NUMBER_LINE.test(text) || PAGE_MARK_ALONE.test(text.trim()))) return { kind: 'furniture', reason: 'page-number' };
  const first = text.charCodeAt(0);
  if ((STRAY_MARKS.has(first) && SPECKS.test(text) && !ELISION.test(text)) || (RULE_MARKS.has(first) && RULE.test(text)) || (first >= CIRCLED_ONE && first <= CIRCLED_TWENTY && PICTURE_NUMBERS.test(text))) {
    return { kind: 'furniture', reason: 'stray-mark' };
  }
  if (key !== null && c.columnLabels.has(key)) return { kind: 'furniture', reason: 'column-label' };
  if ((text.charCodeAt(0) === SAO && READER_PROMPT.test(text)) || (text.includes('扫码') && SCAN_ASKED.test(text))) return { kind: 'furniture', reason: 'reader-prompt' };
  if (PAGE_NOTE_SIGN.has(text.charCodeAt(0)) && PAGE_NOTE.test(text)) return { kind: 'furniture', reason: 'page-note' };
  if (c.furniture.some((pattern) => pattern.test(text))) return { kind: 'furniture', reason: 'pattern' };

  // A marker of where a story came from opens its line with a bracket, an arrow or a mark, or with 上接.
  const from = JUMP_FROM_FIRSTS.has(text.charCodeAt(0)) ? JUMP_FROM.exec(text) : null;
  const fromPage = jumpPage(from, 'from');
  const to = mayEndInJump(text) ? JUMP_TO.exec(text) : null;
  const toPage = jumpPage(to, 'to');
  if (from && fromPage) {
    // The middle of a story over three pages may be one paragraph that both continues and jumps on.
    const jumpsOn = to && toPage && to.index >= from[0].length ? { at: to.index, page: toPage } : null;
    return { kind: 'jumpFrom', page: fromPage, rest: text.slice(from[0].length, jumpsOn?.at), jumpTo: jumpsOn?.page ?? null };
  }
  if (to && toPage && to.index === 0) return { kind: 'jumpTo', page: toPage };

  // A lead opened by its credit in brackets (`【记者陈冠霖／金宁报道】金宁乡…`, `(本报记者 李明)近日,…`, an agency's
  // `(中央社記者黃慧敏台北9日電)`): a dateline of its own kind. The same credit alone on its line closes a story instead.
  if (OPENING_BRACKETS.has(text.charCodeAt(0))) {
    const opened = CREDIT_OPENING.exec(text);
    const inner = opened && text.length > opened[0].length ? (opened[1] ?? opened[2])! : null;
    const own = inner === null ? null : parseCredits(inner, settings);
    const credit = own ?? (inner === null ? null : agencyDispatch(inner));
    if (credit && namesAnyone(credit)) return { kind: 'dateline', byline: opened![0], credit, rest: text.slice(opened![0].length).trim(), jumpTo: null, ...(own ? {} : { agency: true as const }) };
  }
  const bracketed = bracketedDateline(text, c);
  const dateline = bracketed ?? (!c.defaultDatelines || mayOpenDefaultDateline(text) ? c.datelines.exec(text)?.[0] ?? null : null);
  // A headline run onto its dateline (`河包镇举办首届粉条文化节 本报讯（…）…`).
  const glued = dateline || !datelineSignEarly(text) ? null : c.gluedDateline.exec(text);
  if (glued) {
    const read = classifyLine({ no: line.no, text: text.slice(glued[0].length) }, settings);
    if (read.kind === 'dateline' && isTitleShaped(glued[1]!.trim(), settings)) return { ...read, headline: glued[1]!.trim() };
  }
  if (dateline) {
    const after = text.slice(dateline.length);
    const paren = bracketedCredit(after, settings) ?? unclosedCredit(after, settings);
    // Credits in brackets (`本报讯(记者 王晓明)`), or spaced after the dateline words without them (`本报讯 记者 王晓明 3月14日，…`).
    const bare = paren ? null : bareCredit(after, settings, !bracketed);
    const credit = paren ? paren.credit : bare?.credit ?? null;
    const bylineEnd = dateline.length + (paren ? paren.length : bare?.length ?? 0);
    const afterCredit = text.slice(bylineEnd).trim();
    // `本报讯 记者 王晓明 报道：3月14日，…`: the word that closes a bare credit is no word of the lead.
    const rest = bare ? afterCredit.replace(/^(?:报道|消息)[：:]\s*/u, '') : afterCredit;
    // `本报讯 近日，…` has a dateline but no credits; a sentence that merely starts with 本报 has neither.
    // `据央视新闻报道，近日…`: a source's dateline may end in a comma.
    if (paren || bracketed || /^[\s：:]/u.test(after) || (dateline.startsWith('据') && /^[，,]/u.test(after)) || /^\s*\S/u.test(after) && dateline.endsWith('讯')) {
      const jump = mayEndInJump(rest) ? JUMP_TO.exec(rest) : null;
      const jumpTo = jumpPage(jump, 'to');
      const lead = (jump && jumpTo ? rest.slice(0, jump.index) : rest).replace(/^[：:，,]\s*/u, '');
      // With no credit after the dateline, the writer may be credited at the lead's end, as a brief credits them.
      const closing = credit || jumpTo ? null : closingCredit(lead, settings, true);
      return {
        kind: 'dateline', byline: text.slice(0, bylineEnd).trim(), credit, rest: closing ? closing.text : lead, jumpTo,
        ...(closing?.credit ? { closing: closing.credit } : {}),
      };
    }
  }
  // A byline that names the paper's voice, not a person (`本报评论员`): the story's byline, crediting nobody.
  // Both are short: a paragraph is turned away by its length before either pattern reads it.
  if (text.length <= 40) {
    const voice = VOICE_BYLINE.test(text);
    if (voice || isSourceCredit(text)) {
      return { kind: 'credit', credit: { ...emptyCredits(), problems: [] }, ...(text.trimEnd().endsWith('文章') ? { overTitle: true as const } : voice ? { voice: true as const } : {}) };
    }
  }
  if (isShortUnstopped(text)) {
    // A line that ends in a jump is a paragraph's last, whatever its length: no guide's entry to another page.
    const box = to && toPage ? null : boxLine(text);
    if (box) return { kind: 'furniture', reason: box };
    // `作者简介` names nobody: a part's label, though it opens with a role's word. Labels are short.
    if (text.length <= 7 && PART_LABEL.test(text)) return { kind: 'subhead' };
    const credit = parseCredits(text, settings) ?? markedByline(text, settings) ?? unitAndNames(text) ?? hostsCredit(text, settings);
    // A cartoon's credit is a work's: under its own title, after a story, it ends a piece of its own.
    if (credit) return { kind: 'credit', credit, ...(CARTOON_CREDIT.test(text) ? { work: true as const } : {}) };
    const artists = worksArtists(text);
    if (artists) return { kind: 'credit', credit: { ...emptyCredits(), authors: artists, problems: [] }, work: true };
    const caption = text.includes('《') ? workCaption(text) : null;
    if (caption) return caption;
  } else if (text.length <= 120 && text.charCodeAt(text.length - 1) < 0x80 && isPapersContactLine(text)) return { kind: 'furniture', reason: 'imprint' };
  // A paragraph that ends in a jump is body text, whatever its length: the marker is the proof.
  const jump = to;
  const jumpTo = toPage;
  if (jump && jumpTo) return { kind: 'text', text: text.slice(0, jump.index), jumpTo };
  if (LOCALITY.test(text) && !POEM_FORM.test(text)) return { kind: 'furniture', reason: 'locality' };
  // A list of names has a slogan's shape (short words spaced apart); its surnames tell it apart. A date alone signs a
  // notice (`2024年3月10日` under `重庆市荣昌区医疗保障局`), and is no headline.
  if (isNameList(text) || isDateAlone(text) || isSignature(text) || isWriterNote(text) || isExcerptSource(text)) return { kind: 'text', text, jumpTo: null };
  if (isBanner(text, key, c)) return { kind: 'furniture', reason: 'banner' };
  if (CAPTION.test(text)) return { kind: 'caption' };
  // A brief's title run onto its lead, whose first line may hold no full stop yet: before a subhead's or a title's shape.
  const brief = BRIEF_MARKS.has(text.charCodeAt(0)) ? gluedBriefTitle(text, settings) : null;
  if (brief) return { ...(closingCredit(brief.lead, settings, true) ?? { kind: 'text', text: brief.lead, jumpTo: null }), headline: brief.title };
  // A bulleted brief's sentence (`●3月12日，…春耕。（王小红）`) has a subhead's mark but a sentence's stop.
  // An indented one is a list's item that starts a paragraph (`    1.选购粽子时,…注意查看生产日期和`), wrapped before its stop.
  // A notice's numbered field and its value (`一、项目名称：…`, `七、投标截止时间：…`) is a clause of its text, as its
  // longer clauses are: no subhead, nor a title. A value of one phrase is its line alone; a list may wrap.
  const subheadShaped = SUBHEAD.test(text);
  if (subheadShaped && NUMBERED_FIELD.test(text)) return { kind: 'text', text, jumpTo: null, ...(/[，,、；;]/u.test(text.slice(text.search(/[：:]/u))) ? {} : { alone: true as const }) };
  if ((subheadShaped && !line.indented && !hasVisibleLength(text, 41) && !hasSentencePunctuation(text)) || PART_LABEL.test(text)) return { kind: 'subhead' };
  // A box's figure and what it counts, a table's row and a telephone number's field have a title's shape, and are
  // asked only then: a paragraph's lines are many.
  // An indented line starts a paragraph, whatever its shape (`    近日,围龙镇组织…开展"万`, wrapped before its stop); so
  // does a question or an answer of an interview (`问:灵活就业人员如何参加职工医保?`), however short.
  if (!line.indented && !isQuestionOrAnswer(text) && isTitleShaped(text, settings)) return isBoxOrTableLine(text) ? { kind: 'text', text, jumpTo: null, alone: true } : { kind: 'title' };
  // A sentence that ends in a photo credit (`3月14日，村民在田间插秧。 记者 张雪 摄`) is a picture's caption. The mark
  // is among the last characters: looking there spares a scan of every paragraph.
  if (photoMarkNearEnd(text) && captionCredit(text, settings)) return { kind: 'caption' };
  // So is one that ends in where the picture came from (`…圣火传递。 新华社发（高静 摄）`, `…。 视觉中国供图`, `…。 资料图`).
  if (PICTURE_SOURCE_LAST.has(text.charCodeAt(text.length - 1)) && PICTURE_SOURCE.test(text)) return { kind: 'caption' };
  return closingCredit(text, settings) ?? { kind: 'text', text, jumpTo: null };
}

/** Where a picture came from, after its caption's last sentence: an agency, a giver (`…供图`), an archive. */
const PICTURE_SOURCE = /[。！？]\s*(?:(?:新华社|中新社|人民视觉|视觉中国|东方IC)发?|[^。！？]{0,16}供图|图据\s*[\p{Script=Han}A-Za-z ]{2,16}|资料图片?|图\s*[/／]\s*[\p{Script=Han}A-Za-z]{2,12}|IC\s*photo)\s*(?:[（(][^（()）]{2,16}[）)])?$/u;
/** The last characters such an ending may have: a line that ends otherwise is turned away before the pattern. */
const PICTURE_SOURCE_LAST = codeUnits('社发国图片oC）)');

/** A source's credit closing a story, in brackets or not (`县林业局供稿`, `（区医保局供稿）`, `据新华社`). */
function isSourceCredit(text: string): boolean {
  const first = text.charCodeAt(0);
  const source = first === 0x28 || first === 0xff08 ? (BRACKETED_ALONE.exec(text)?.[1] ?? text) : text;
  return SOURCE_SIGN.test(source) && SOURCE_CREDIT.test(source);
}
const BRACKETED_ALONE = /^[(（]([^()（）]+)[)）]$/u;

const QUESTION_OR_ANSWER = codeUnits('问答记');
/** An interview's turn: `问：`, `答：`, `记者：`. */
const isQuestionOrAnswer = (text: string) =>
  QUESTION_OR_ANSWER.has(text.charCodeAt(0)) && /^(?:问|答|记者)[：:]/u.test(text);

/**
 * The host of a round table or an interview, named with their role (`主持人：本报记者 陈 晨`): the piece's byline. A host
 * named alone (`主持人：陈晨`) may be anyone's; that line is the text's.
 */
function hostsCredit(text: string, settings: PaperSettings): ParsedCredit | null {
  const host = HOST.exec(text);
  const credit = host ? parseCredits(host[1]!, settings) : null;
  return credit && namesAnyone(credit) ? credit : null;
}
const HOST = /^\s*主持人?[：:]\s*(\S.*)$/u;

/** A subhead's mark, a title, a space, and the lead (`■区图书馆举办读书分享会 5月8日，区图书馆…`). */
const MARKED_TITLE_AND_LEAD = new RegExp(`^${SUBHEAD_MARK}\\s*([^\\s，,、：:]+)\\s+(\\S.*)$`, 'u');
const BRIEF_MARKS = codeUnits(SUBHEAD_MARK.slice(1, -1));
/**
 * What a rule or a speck alone on its line is read as, and a box's or a bullet's mark left by OCR without its words
 * (`■`, `一` for a short rule); a letter or a character alone (`I`, `口`) may be a title's.
 */
const STRAY_MARKS = codeUnits('丨｜|l—－-_.·•、，,`\'"■□◆◇●○★☆▲△一━─');
/** A rule, or a few specks spaced apart (`` ` . , ``): no word in them. */
const SPECKS = /^(?:[丨｜|l—－\-_■□◆◇●○★☆▲△一━─]|[.·•、，,`'"](?:\s*[.·•、，,`'"]){0,5})$/u;
/**
 * A rule drawn with one mark three times or more (`~~~~`, `————`, `■■■■`, `＊＊＊`), or OCR's reading of a dashed one
 * (`一 一 一 一`): a line between stories. Dots are an elision's (ELISION).
 */
const RULE = /^([~～\-—－=＝_＿*＊■□◆◇●○★☆一━─═])(?:[ \u3000]*\1){2,}\s*$/u;
const RULE_MARKS = codeUnits('~～-—－=＝_＿*＊■□◆◇●○★☆一━─═');
/** The numbers printed on a set of pictures, alone on their lines (`①②`, `③ ④`): marks between a photo story's lines. */
const PICTURE_NUMBERS = /^[①-⑳](?:[ \u3000]*[①-⑳])*\s*$/u;
const [CIRCLED_ONE, CIRCLED_TWENTY] = [...'①⑳'].map((c) => c.charCodeAt(0));
/** A QR code's prompt beside a picture (`扫码看视频`, `扫一扫 了解更多`): the page's, no story's text. */
const READER_PROMPT = /^扫(?:码|描二维码|一扫)\s*(?:看|观看|阅读|收听|了解|参与|关注)?[\p{Script=Han}\s]{0,16}$/u;
const SAO = '扫'.charCodeAt(0);
/** A prompt that ends in scanning (`更多精彩内容请扫码`, `扫码关注`). */
const SCAN_ASKED = /^[\p{Script=Han}\s]{0,12}请?扫码[\p{Script=Han}\s]{0,8}$/u;
/**
 * What the page says of its own stories or pictures (`本版稿件除署名外均据新华社`, `（本版编辑综合整理）`,
 * `（本版图片除署名外均为本报记者 周子航 摄）`, `本版图片 视觉中国`, `本版广告代理：…`): the page's, not a story's headline or
 * paragraph, crediting no single story.
 */
const PAGE_NOTE = /^[（(]?本版(?:稿件|文章|图片|照片|内容|编辑综合整理|由|广告)[^。！？]{0,40}[）)]?$/u;
const PAGE_NOTE_SIGN = codeUnits('本（(');
/** Dots alone stand for what a list leaves out (repair.ts): a paragraph of their own, not a speck. */
const ELISION = /^[.·]{2,}$/u;

/**
 * A brief whose title the extraction ran onto its lead, behind the brief's mark: the title, and the lead. The lead
 * opens as a lead does, with when (`5月8日，`, the rest of its sentence maybe on the next line), or is a sentence that
 * shares the title's words; a sentence with a space in it is no such pair.
 */
function gluedBriefTitle(text: string, settings: PaperSettings): { title: string; lead: string } | null {
  const parts = MARKED_TITLE_AND_LEAD.exec(text);
  if (!parts) return null;
  const title = parts[1]!;
  const lead = parts[2]!;
  if (hasSentencePunctuation(title) || countHan(title) < 4 || hasVisibleLength(title, settings.maxHeadlineLength + 1)) return null;
  return opensWithWhen(lead) || (hasSentencePunctuation(lead) && sharedBigrams(bigrams(title), bigrams(lead)) >= 3) ? { title, lead } : null;
}

/**
 * Whether a line shows, within a headline's reach, what a dateline run onto its headline does: 讯 or 电, then its
 * credit's bracket. A loop over the first characters: each pattern tried here (a search of the line, or of its first
 * 48 characters) cost 1–3 % of ingest, as every line is asked.
 */
function datelineSignEarly(text: string): boolean {
  const end = Math.min(text.length - 1, 48);
  for (let i = 4; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === XUN || c === DIAN) {
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\u3000') j++;
      if (text[j] === '（' || text[j] === '(') return true;
    }
  }
  return false;
}

/**
 * Whether a line can open with a default dateline: with 本 or 据, or with 社 or 网 after two Han characters or more
 * (up to eight, sixteen code units if all were astral). Every line is asked, and most answer at their first character.
 */
export function mayOpenDefaultDateline(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === BEN || first === JU || (DATELINE_FIRSTS.has(first) && OTHER_DATELINE_OPENING.test(text))) return true;
  const end = Math.min(text.length - 1, 16);
  for (let i = 2; i <= end; i++) {
    const c = text.charCodeAt(i);
    if (c === SHE || (c === WANG && i <= 12)) return true;
  }
  return false;
}
const [BEN, JU, SHE, WANG] = [...'本据社网'].map((c) => c.charCodeAt(0));
/** The first characters of the other default datelines: 综合…报道, and media named without 据 (新华社, 澎湃新闻, 央视新闻…). */
const DATELINE_FIRSTS = codeUnits('综新中央人澎光经环科工法');
/** Their openings: a paragraph that merely starts with 中 or 人 is turned away here, before the datelines' pattern. */
const OTHER_DATELINE_OPENING = /^(?:综合|新华|中新|中国新闻网|央视|人民|澎湃|光明日报|经济日报|环球时报|科技日报|工人日报|法治日报)/u;

const OPENING_BRACKETS = codeUnits('【(（');
const CREDIT_OPENING = /^(?:【([^【】]{2,30})】|[(（]([^()（）]{2,30})[)）])/u;
const XUN = '讯'.charCodeAt(0);
const DIAN = '电'.charCodeAt(0);

/**
 * The artists of a work's credit: names, then what they did to it (`李德厚 作`, `王一 书`, `张三 画`, `李四 刻`), under
 * a calligraphy's or a painting's title; null for another line. The mark comes last: most lines end otherwise.
 */
function worksArtists(text: string): string[] | null {
  const last = text.charCodeAt(text.length - 1);
  if (!WORK_MARKS.has(last) && last !== SPACE) return null;
  const trimmed = text.trimEnd();
  if (!WORK_MARKS.has(trimmed.charCodeAt(trimmed.length - 1)) || !/[\s\u3000]/u.test(trimmed.at(-2) ?? '')) return null;
  const names = joinSpacedNames(trimmed.slice(0, -1).trim().split(/[\s\u3000、]+/u));
  return names.length <= 3 && names.every(looksLikeName) ? names : null;
}
const WORK_MARKS = codeUnits('作书画绘刻');

/**
 * A work's caption on one line, as a supplement prints its pictures (`《荷韵》 国画 作者：钟永和`, `《濑溪春晓》（油画） 刘梅 作`,
 * `摄影作品《万灵古镇春色》 杨涛 摄`): the work's title and its maker, a piece of its own. A title and a name alone
 * (`《荣昌县志》 李明`) say no work; its form, `作者：` or the maker's mark must.
 */
function workCaption(text: string): Extract<LineKind, { kind: 'credit' }> | null {
  const caption = WORK_CAPTION.exec(text.trim());
  if (!caption || !(caption[2] || caption[3] || caption[5]) || !looksLikeName(caption[4]!)) return null;
  const photographed = caption[5] === '摄' || /摄影/u.test(caption[1]!);
  const credit = { ...emptyCredits(), [photographed ? 'photographers' : 'authors']: [caption[4]!], problems: [] };
  return { kind: 'credit', credit, work: true, headline: caption[1]!.trim() };
}
const WORK_CAPTION = /^((?:\p{Script=Han}{2,4}作品)?《[^》]{1,24}》\s*([（(]?(?:国画|书法|油画|水彩画?|版画|剪纸|篆刻|摄影|漆画|素描|农民画|烙画)[）)]?)?)\s*(作者[：:])?\s*(\p{Script=Han}{2,4}?)\s*([作摄书画绘])?$/u;
/** `漫画 李梅`, `漫画：李梅`, `李梅 漫画`. */
const CARTOON_CREDIT = /^漫画[\s：:]|[\s/／]漫画$/u;
const SPACE = ' '.charCodeAt(0);

/** A byline behind a subhead's mark (`■本报记者 王晓明`), as some papers set it: read with a role word only. */
function markedByline(text: string, settings: PaperSettings): ParsedCredit | null {
  const marked = SUBHEAD_MARK_AT.exec(text);
  if (!marked) return null;
  const credit = parseCredits(text.slice(marked[0].length), settings);
  return credit && namesAnyone(credit) ? credit : null;
}

/**
 * A paragraph that ends in its writer's credit (`…措施。（通讯员 陈静）`): the text, and the credit apart from it. A
 * brief's lead, after a dateline that credits nobody or under its title's mark, may end in its writer's unit and name
 * (`…200余份。（市公安局 李强）`) too; in a story's other paragraphs, that note names whom a quotation is by.
 */
function closingCredit(text: string, settings: PaperSettings, brief = false): Extract<LineKind, { kind: 'text' }> | null {
  const note = closingNoteAt(text);
  if (note < 0) return null;
  const printed = text.slice(note).trim();
  const credit = parseCredits(printed, settings) ?? (brief ? unitAndNames(printed) : null);
  if (!credit || !namesAnyone(credit)) return null;
  return { kind: 'text', text: text.slice(0, note).trimEnd(), jumpTo: null, credit: { credit, printed } };
}
