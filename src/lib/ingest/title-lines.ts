// Which lines are a story's titles and byline, told from their neighbours rather than their shape alone: a headline
// that asks, exclaims or carries a stray mark over its dateline, a title wrapped onto a line of a character or two,
// and a name (or a unit and names) under a title, its author. The assembler (assemble.ts) reads the page with these.
import type { ArticleDraft } from './article-drafts.ts';
import type { ClassifiedLine, PlacedLine } from './line-kinds.ts';
import { pageNumber } from './page-marks.ts';
import { unitThenNames, type ParsedCredit } from './credits.ts';
import { ROLES } from '../schema.ts';
import { isTown, joinSpacedNames, looksLikeName, POST_WORDS, UNIT_WORDS } from './credit-words.ts';
import { FIGURE_ALONE, isNoteAlone, isSignature, letterSpaced, SUBHEAD_MARK_AT, SUBTITLE_DASH } from './line-shapes.ts';
import { findPrintedDate, isDateAlone } from './dates.ts';
import type { PaperSettings } from './settings.ts';
import { bigrams, comparisonKey, endsSentence, endsWithColon, hasVisibleLength, sharedBigrams } from './text.ts';

/**
 * A year alone over a story's titles (`2024` / `荣昌国际陶博会` / `9月将在安陶小镇举办` / `本报讯…`): set over the event's
 * name, it is the story's kicker, not the last paragraph of the story above.
 */
export function isYearOverTitles(lines: PlacedLine[], i: number): boolean {
  if (!YEAR_ALONE.test(lines[i]!.text)) return false;
  let j = i + 1;
  while (j < i + 4 && lines[j]?.is.kind === 'title') j++;
  const under = lines[j]?.is.kind;
  return j > i + 1 && (under === 'dateline' || under === 'credit');
}
const YEAR_ALONE = /^\s*(?:19|20)[0-9]{2}\s*年?\s*$/u;

/** One mark after a headline's last character, as OCR reads a speck or a rule beside it (`县政协召开常委会议.`). */
const STRAY_STOP = /[\p{Script=Han}\d][.,;，；]$/u;

/**
 * Headlines that look like something else on their own, told by the dateline (`本报讯(…)`) right under them, or a
 * byline over the story's text (`本报记者 王晓明`): one printed with spaces between its words (`春耕 备耕 正当 时节`)
 * has a slogan banner's shape, unless the paper's settings name it a banner; one that asks or exclaims
 * (`医保卡还能这样用？`, `加油！荣昌健儿`) has a sentence's punctuation, but no comma or full stop, and a headline's length;
 * one with a stray mark at its end (STRAY_STOP) has a sentence's end, and is told by the words it shares with the
 * lead under it (a torn line of the story above, ending in a comma, seldom shares two).
 */
export function isHeadlineOverItsStory(lines: PlacedLine[], i: number, settings: PaperSettings): boolean {
  const line = lines[i]!;
  // A subtitle may stand between a headline that asks or exclaims and its story: one under a dash
  // (`加油！荣昌健儿` / `——我县运动员备战市运会侧记`), or any where nothing of a story stands above the headline (a
  // story's last paragraph may exclaim over the next story's headline). A banner's shape over a title is a banner.
  const above = lines[i - 1]?.is.kind;
  const nothingAbove = above === undefined || above === 'credit' || above === 'furniture' || above === 'pageHeader' || above === 'jumpTo';
  // A letter's title that asks, over its salutation (`老旧小区加装电梯难在哪？` / `编辑同志：`).
  const salutation = line.is.kind === 'text' && lines[i + 1]?.is.kind === 'title' && isSalutation(lines, i + 1, settings);
  // A unit and a name under it (`县妇幼保健院儿科 赵敏`) are its byline, read so once a title is over them.
  const unitByline = line.is.kind === 'text' && lines[i + 1]?.is.kind === 'title' && writersOfUnit(lines[i + 1]!.text.trim()) !== null;
  // A figure set large over its headline (`95.6%` / `我区工业产销率创新高` / `本报讯…`) is no story's last line either.
  const subtitle = !salutation && !unitByline && lines[i + 1]?.is.kind === 'title' && (SUBTITLE_DASH.test(lines[i + 1]!.text) || nothingAbove || FIGURE_ALONE.test(line.text));
  const under = line.is.kind === 'text' && subtitle ? i + 2 : i + 1;
  const next = lines[under];
  const afterNext = lines[under + 1];
  const first = i === 0;
  // The story's text under its byline may open with a label over rows (`嘉宾：` / `刘晓东 县商务委副主任` …).
  const textUnder = afterNext?.is.kind === 'text' || (afterNext?.is.kind === 'title' && endsWithColon(afterNext.text));
  const byline = textUnder && ((next?.is.kind === 'credit' && !isPhotoCredit(next.is.credit)) || (unitByline && under === i + 1));
  // A subtitle under a dash, over text in a block of its own, tells a headline with no byline too
  // (`孩子沉迷手机怎么办？` / `——专家支招家长科学引导` / `暑假将至，…`): no paragraph goes on in a dash.
  const dashed = line.is.kind === 'text' && under === i + 2 && SUBTITLE_DASH.test(lines[i + 1]!.text) && next?.is.kind === 'text' && next.gapBefore > 0;
  if (next?.is.kind !== 'dateline' && !byline && !salutation && !dashed) return false;
  // A figure alone over its dateline (`95.6%`, `12` / `本报讯（…）…产销率达95.6%。`) is a story's headline, set large. A
  // number read as a page's is one too when a story stands above it and its page is another: a page prints its own
  // number first or last.
  if (next.is.kind === 'dateline' && FIGURE_ALONE.test(line.text)) {
    if (line.is.kind === 'text') return true;
    const above = lines[i - 1]?.is.kind;
    return line.is.kind === 'furniture' && line.is.reason === 'page-number' && (above === 'text' || above === 'dateline') && !isPagesNumber(lines, line.text);
  }
  // A match's score between its teams under a headline (`篮球联赛决赛落幕` / `荣昌中学 3∶1 永荣中学` / `本报讯…`): the
  // headline's subtitle, though it has a result's row's shape.
  if (line.is.kind === 'text' && line.is.alone === true && lines[i - 1]?.is.kind === 'title' && SCORE_BETWEEN_TEAMS.test(line.text.trim())) return true;
  if (line.is.kind === 'text') {
    // A line in the middle of a block of text is that text wrapped, whatever follows.
    if (!(first || line.gapBefore > 0) || line.is.jumpTo !== null || line.is.credit || !/[？?！!.,;，；]/u.test(line.text) || hasVisibleLength(line.text, settings.maxHeadlineLength + 1)) return false;
    // One comma may part two phrases of such a headline (`儿童发热，什么时候需要去医院？`, `好样的，荣昌姑娘！`) when it
    // ends in its question or exclamation: a sentence of the story above ends in a full stop.
    if (/[？?！!]/u.test(line.text) && !/[。；;：:、]/u.test(line.text)) {
      const commas = line.text.match(/[，,]/gu)?.length ?? 0;
      if (commas === 0 || (commas === 1 && /[？?！!]\s*$/u.test(line.text))) return true;
    }
    const lead = byline ? afterNext!.text : next!.text;
    return STRAY_STOP.test(line.text) && !/[。，,；;：:、？?！!.]/u.test(line.text.slice(0, -1)) && sharedBigrams(bigrams(line.text), bigrams(lead)) >= 2;
  }
  if (line.is.kind !== 'furniture' || line.is.reason !== 'banner') return false;
  const key = comparisonKey(line.text);
  return !settings.banners.some((banner) => comparisonKey(banner) === key);
}

const SCORE_BETWEEN_TEAMS = /^\p{Script=Han}{2,12}\s+[0-9０-９]{1,3}\s*[∶:：比]\s*[0-9０-９]{1,3}\s+\p{Script=Han}{2,12}$/u;

/** A date in brackets on a line of its own (`（2024年3月10日）`): the day a speech was given, under its title. */
export const isDatedNote = (line: PlacedLine | undefined) => line?.is.kind === 'text' && isNoteAlone(line.text) && findPrintedDate(line.text) !== null;

/**
 * A letter's or a speech's salutation (`亲爱的女儿：`, `同志们：`): a short line ending in a colon, with text under it.
 * It has a kicker's shape, but a kicker stands over a headline.
 */
export function isSalutation(lines: PlacedLine[], i: number, settings: PaperSettings): boolean {
  const line = lines[i];
  if (line?.is.kind !== 'title' || !/[：:]$/u.test(line.text.trimEnd())) return false;
  // The end of a clause a column's width wrapped (`…区市场监管` / `局提醒广大消费者:`) greets nobody.
  const above = lines[i - 1];
  if (line.gapBefore === 0 && above?.is.kind === 'text' && !endsSentence(above.is.text)) return false;
  return lines[i + 1]?.is.kind === 'text' && !isHeadlineOverItsStory(lines, i + 1, settings);
}

/**
 * The artist of a work titled with its kind (`梅花图（国画）` / `刘德厚`): a name alone under such a title, the work's
 * credit, printed without a mark (`李德厚 作` has one: classify.ts).
 */
export function worksArtist(lines: PlacedLine[], i: number): string[] | null {
  const line = lines[i]!;
  const title = lines[i - 1];
  if (line.is.kind !== 'title' || title?.is.kind !== 'title' || !ART_FORM.test(title.text)) return null;
  const name = line.text.trim();
  return looksLikeName(name) ? [name] : null;
}
export const ART_FORM = /[（(](?:国画|书法|油画|水彩|水彩画|版画|剪纸|篆刻|摄影|漆画|素描|农民画|烙画)[）)]\s*$/u;

/** Whether a number alone is the page's own, as its header prints it. */
function isPagesNumber(lines: PlacedLine[], text: string): boolean {
  const header = lines.find((l) => l.is.kind === 'pageHeader');
  return header?.is.kind === 'pageHeader' && header.is.page === pageNumber(text.trim());
}

/**
 * The authors of a name alone under a title, over the text (`父亲的菜园` / `陈晓东` / …): a supplement's author, printed
 * without a mark, or a pen name spaced out (`晓 言`); or of names after their unit or post (`县人民医院眼科 陈丽`,
 * `县委书记 刘建国`), a contributed piece's or a speech's; or of a name behind a subhead's mark (`■ 吴桐`). Each has a
 * title's or a subhead's shape, and was the story's subtitle or text, crediting nobody.
 */
export const bareAuthors = (lines: PlacedLine[], i: number, settings: PaperSettings): string[] | null => {
  const line = lines[i]!;
  // A unit's name and a name under a title (`清江镇双龙村 张德明`) has a letter's signature's shape too, and a name
  // behind a subhead's mark (`■ 吴桐`) a subhead's.
  const marked = line.is.kind === 'subhead' ? SUBHEAD_MARK_AT.exec(line.text) : null;
  if (line.is.kind !== 'title' && !(line.is.kind === 'text' && isSignature(line.text)) && !marked) return null;
  // A speech's date in brackets may stand between its title and its speaker (`（2024年3月10日）`).
  const at = isDatedNote(lines[i - 1]) ? i - 2 : i - 1;
  const below = lines[i + 1];
  // A report may open on its first part's number and title (`一、2023年工作回顾`), with no salutation; a subhead of
  // another mark (`■ 孝老爱亲二十年`) under a name is a profile's, of the person named.
  const firstPart = below?.is.kind === 'subhead' && FIRST_PART.test(below.text);
  if (below?.is.kind !== 'text' && below?.is.kind !== 'verse' && !firstPart && !isSalutation(lines, i + 1, settings)) return null;
  // The title over it may be one that asks, read as text until its byline is found (isHeadlineOverItsStory).
  if (lines[at]?.is.kind !== 'title' && !(lines[at]?.is.kind === 'text' && isHeadlineOverItsStory(lines, at, settings))) return null;
  const text = line.text.slice(marked?.[0].length ?? 0).trim();
  // Over a first part, a label that looks like a name (`解读`) heads the parts, and signs nothing.
  if (firstPart && PARTS_LABEL.test(text)) return null;
  if (marked) return looksLikeName(text) ? [text] : null;
  const pair = spacedPair(text);
  if (pair !== undefined) return pair === null ? null : [pair];
  return looksLikeName(text) ? [text] : writersOfUnit(text);
};

const FIRST_PART = /^\s*一、/u;
const PARTS_LABEL = /^(?:解读|导读|综述|链接|背景|评论|提示|观察|说明|附件|附录|要点)$/u;

/**
 * Two characters spaced to a name's width (`晓 言`): a pen name, which need not start with a surname; null when they
 * are a notice's title or a column's word spaced to a title's width (`讣  告`, `关 注`); undefined for another line.
 */
function spacedPair(text: string): string | null | undefined {
  const pair = letterSpaced(text);
  if (pair === null || [...pair].length !== 2) return undefined;
  return SPACED_TITLE.test(pair) ? null : pair;
}
const SPACED_TITLE = /^(?:讣告|公告|通告|公示|声明|通知|启事|更正|勘误|致歉|告示|喜报|捷报|招聘|鸣谢|征稿|关注|聚焦|提醒|看点|速览|热点|图说|视点|声音|观察|特写|纪实|追踪|调查|时评|短评|杂谈)$/u;

/**
 * A name alone after a piece's last sentence, over the next piece's title or a column's label, or at the page's end
 * (`…解决问题少。` / `李 明` / `县政府召开常务会议`): the piece's author, signing at its end as a commentary or a
 * supplement's piece does, maybe after their unit. It was the next story's headline, or its kicker.
 */
export function closingSignature(lines: PlacedLine[], i: number): string[] | null {
  const line = lines[i]!;
  const above = lines[i - 1];
  const below = lines[i + 1];
  // A paragraph closed by its writer's credit (`…12处。（刘 科）`) is signed already.
  if (line.is.kind !== 'title' || above?.is.kind !== 'text' || above.is.credit || !endsSentence(above.text) || isCredited(lines, i - 1)) return null;
  // Over a title under a dash (`王 强` / `——记…`), a name is a profile's headline; over a name, a piece's title
  // (`春 雨` / `刘小明`), or over a pen name spaced to a name's width (`春 雨` / `晓 言`).
  if (below && !(below.is.kind === 'title' && !SUBTITLE_DASH.test(below.text)) && !(below.is.kind === 'furniture' && below.is.reason === 'column-label')) return null;
  if (below?.is.kind === 'title' && (looksLikeName(below.text.replace(/[\s\u3000]+/gu, '')) || spacedPair(below.text.trim()))) return null;
  const text = line.text.trim();
  const pair = spacedPair(text);
  if (pair !== undefined) return pair === null ? null : [pair];
  // Two characters unspaced are as often a column's label (`时评`) as a name; a signature spaces them to a name's width.
  const name = SPACED_NAME.test(text) ? text.replace(/[\s\u3000]+/gu, '') : text;
  // A town's name (`吴家镇`) has a name's shape, and heads the next 镇街 brief.
  if (name.length >= 3 && looksLikeName(name) && !isTown(name)) return [name];
  // A writer after their unit (`区农技推广中心 张永红`), signing a column's tips as a name alone signs a commentary; a
  // student after their school and class (`昌元中学初二（1）班 刘洋`), signing an essay of a campus page.
  if (!/[\s\u3000]/u.test(text)) return null;
  const signed = unitThenNames(text);
  return signed ? ROLES.flatMap((role) => signed[role]) : writersOfUnit(text);
}
const SPACED_NAME = /^\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,3}$/u;

/**
 * Whether the piece whose last paragraph is line i has a dateline or a byline over its text: a credited story signs
 * no end, and a name-shaped title after it is the next story's (`…取得实效。` / `高考季` / `…`).
 */
function isCredited(lines: PlacedLine[], i: number): boolean {
  while (i >= 0 && lines[i]!.is.kind === 'text') i--;
  const kind = lines[i]?.is.kind;
  return kind === 'dateline' || kind === 'credit';
}

/**
 * A place of work that signs a contributed piece before its writers' names (`县人民医院眼科`, `县实验小学五年级（3）班`),
 * or the post of a speaker or a signed article's writer (`县委书记`, `县发展改革委党组书记、主任`).
 */
const UNIT = new RegExp(`(?:${[...UNIT_WORDS, ...POST_WORDS, '小学', '中学', '大学', '科', '室', '队', '班', '学会', '厂'].join('|')})$`, 'u');

/**
 * A government body's name alone (`县发展改革委`, `重庆市荣昌区公安局`): over a title, the kicker naming whose piece or
 * notice it is. Named from its county or city on: a headline may end in 局 or 中心 too (`我县新增一家数据中心`).
 */
export const isUnitAlone = (text: string) => text.length <= 16 && ORGAN.test(text);
/** A body's name however long (`重庆市荣昌区精神文明建设委员会办公室`), where no headline can stand (an advertisement's signature). */
export const namesBody = (text: string) => text.length <= 24 && ORGAN.test(text);

/**
 * A body's name signing a document over its date (`重庆市荣昌区人民政府` / `2024年1月15日`), or over another body's that
 * signs with it (`中共重庆市荣昌区委` / `重庆市荣昌区人民政府` / `2024年1月15日`).
 */
export function signsOverDate(lines: readonly ClassifiedLine[], at: number): boolean {
  const line = lines[at];
  const next = lines[at + 1];
  if (line === undefined || next === undefined || !isUnitAlone(line.text.trim())) return false;
  return isDateAlone(next.text) || (isUnitAlone(next.text.trim()) && lines[at + 2] !== undefined && isDateAlone(lines[at + 2]!.text));
}
const ORGAN = /^(?:中共)?(?:(?:\p{Script=Han}{2,3}[省市])?\p{Script=Han}{2,3}[县区]|\p{Script=Han}{2,3}[省市]|[县区市镇乡])\p{Script=Han}{0,10}(?:委员会|联合会|委|局|办|办公室|院|厅|部|中心|政府|街道办事处)$/u;

/** The writers of a byline that names their unit first (`县人民医院眼科 陈丽`, `县疾控中心 王刚 陈丽`); null for another line. */
export function writersOfUnit(text: string): string[] | null {
  // `——记县人民医院院长 王明`, `记乡村教师 张桂梅` are a subtitle on the person, not their byline.
  if (SUBTITLE_DASH.test(text) || text.startsWith('记')) return null;
  const words = joinSpacedNames(text.split(/[\s\u3000]+/u));
  const first = words.findIndex((word) => looksLikeName(word));
  if (first < 1 || !UNIT.test(words[first - 1]!) || !words.slice(first).every(looksLikeName)) return null;
  return words.slice(first);
}

/**
 * Whether a title line joins a stack of `below` title lines: up to three (kicker, headline, subtitle), a fourth when
 * it is a second subtitle under a dash (`—— 记区人民医院便民服务改革`), and a title's wrapped end.
 */
export const stacks = (below: number, line: ClassifiedLine) => below < 3 || (below === 3 && SUBTITLE_DASH.test(line.text)) || wrapsTitle(line);

/** A title line's last character or two, put on a line of their own by the extraction (`…安全生产工作会` / `议`). */
export const wrapsTitle = (line: ClassifiedLine) => line.is.kind === 'title' && line.is.wraps === true;

/**
 * Whether a story's title line i is the end of the title line above it. One read as a wrap with no title above it in
 * the story (the line above went to the story before) is a title of its own.
 */
export const endsTitleAbove = (head: ClassifiedLine[], i: number) => i > 0 && i < head.length && wrapsTitle(head[i]!);

/**
 * Whether a line of one or two characters, right under a title line in its block, is that title wrapped: a title
 * ends where its words end, so one that ends without a mark and goes on in a character or two was cut by the column's
 * width. Two characters that may be a name (`王芳`) are an author's (bareAuthors), not a title's.
 */
export function isTitleWrap(line: PlacedLine, above: PlacedLine | undefined): boolean {
  if (above?.is.kind !== 'title' || (line.is.kind !== 'text' && line.is.kind !== 'title')) return false;
  const text = line.text.trim();
  // One character, not a part's number (`一`), in a block of its own under the title: an extraction that set a
  // blank line after each line of the headline (`…点亮城市烟火` / `气`). No story is one character long.
  if (line.gapBefore === 1 && above.no === line.no - 2 && /^\p{Script=Han}$/u.test(text) && !PART_NUMERAL.test(text) && !/\p{P}$/u.test(above.text.trim())) return true;
  // A document's title set on two lines (`关于荣昌区昌州大道部分路段` / `临时交通管制的通告`), in one block or two: `关于…`
  // names no document until its kind ends it.
  if (line.gapBefore <= 1 && above.no >= line.no - 2 && DOCUMENT_OPENED.test(above.text.trim()) && DOCUMENT_KIND.test(text) && !DOCUMENT_KIND.test(above.text.trim())) return true;
  // So is a meeting's document under the body that met (`中国共产党荣昌县第十一届委员会` / `第六次全体会议公报`).
  if (line.gapBefore <= 1 && above.no >= line.no - 2 && MEETING_BODY.test(above.text.trim()) && SESSIONS_DOCUMENT.test(text)) return true;
  if (above.no !== line.no - 1 || line.gapBefore !== 0) return false;
  return (/^\p{Script=Han}{1,2}$/u.test(text) && !/\p{P}$/u.test(above.text.trim()) && !(text.length === 2 && looksLikeName(text))) ||
    closesAbove(above.text, text) || JOINS_NAMES.test(above.text.trim()) || OPENS_A_COUNT.test(above.text.trim()) || text.startsWith('暨') ||
    (WANTS_A_FIGURE.test(above.text.trim()) && /^[0-9０-９]/u.test(text)) || (QUOTED_WORD.test(text) && /\p{Script=Han}$/u.test(above.text.trim()));
}
/**
 * A word in quotation marks and nothing else (`我区开展消防安全` / `“大排查”`): the object the line above wants, wrapped
 * by a narrow column; no subtitle is one quoted word.
 */
const QUOTED_WORD = /^“[^“”]{1,8}”$/u;
const DOCUMENT_OPENED = /^关于\p{Script=Han}/u;
const MEETING_BODY = /(?:委员会|代表大会)$/u;
const SESSIONS_DOCUMENT = /^第[一二三四五六七八九十]{1,3}次(?:全体)?会议\p{Script=Han}{0,12}(?:公报|决议|决定|名单)$/u;
/** What kind of document a title names, at its end (`…的通告`, `…实施方案`). */
const DOCUMENT_KIND = /(?:决议|决定|通知|通告|公告|意见|批复|办法|规定|报告|方案|细则|公示|通报)$/u;
/**
 * A title line that ends in a word joining it to the next (`全区安全生产暨` / `防汛抗旱工作会议召开`, `…、`), or in an
 * ordinal's first character (`区十八届人大常委会第` / `十四次会议召开`): no title ends so. Not 和, 与, 及 or 的, which end words and titles too (`欢乐祥和`, `共同参与`, `幸福是奋斗出来的`).
 */
const JOINS_NAMES = /[暨、第]$/u;
/**
 * A title line that ends in a first or a count of what the next line names (`区中医院成功开展首例` / `经皮冠状动脉介入手术`,
 * `…迎来首批`, `…举办首届`, `城区新增300个` / `公共停车位`, the count right after its verb): the count wants its noun,
 * which no subtitle is.
 */
const OPENS_A_COUNT = /(?:首[例个家批座台条届次场部趟单笔位支款]|一批|一系列|(?:新增|新建|建成|增设|投放|招募|招聘|培育|培训|开通|认定|引进|签约|发放)[0-9０-９]+[余多]?[个名家座台条项所辆位批处户套间])$/u;
/** A title line that ends in a verb wanting its figure (`…总投资达` / `36.5亿元`, `…突破` / `1000万人次`). */
const WANTS_A_FIGURE = /(?:[达逾超至]|达到|突破|超过|增至|增长)$/u;

/**
 * Marks a title line as the wrapped end of the one above when the story's lead runs the two together
 * (`我区召开2024年农业农村` / `工作会议`, `3月12日，我区召开2024年农业农村工作会议。`): a headline and its subtitle
 * are not one phrase of the lead. Only lines of one block (one source line after the other), neither ending in a mark
 * nor starting with a dash.
 */
/** Characters on each side of a title's break that the lead must run together. */
const JUNCTION = 3;

export function joinTitleTheLeadRepeats(draft: ArticleDraft): void {
  const lead = draft.fragments.find((fragment) => !fragment.subhead)?.text.replace(/[\s\u3000]+/gu, '') ?? '';
  if (!lead) return;
  draft.head.forEach((line, i) => {
    const above = draft.head[i - 1];
    if (!above || wrapsTitle(line) || line.no !== above.no + 1 || SUBTITLE_DASH.test(line.text)) return;
    const [top, end] = [above.text, line.text].map((text) => text.replace(/[\s\u3000]+/gu, '')) as [string, string];
    if (/\p{P}$/u.test(top) || /\p{P}$/u.test(end) || top.length + end.length < 6) return;
    // The lead may name it otherwise around the break (`荣昌区2024年…设计大` / `赛颁奖典礼举行`, `…设计大赛颁奖典礼在…举行`):
    // the words across it are one phrase of the lead.
    const across = top.length >= JUNCTION && end.length >= JUNCTION ? top.slice(-JUNCTION) + end.slice(0, JUNCTION) : top + end;
    if (!lead.includes(top + end) && !lead.includes(across)) return;
    draft.head[i] = { ...line, is: { kind: 'title', wraps: true } };
  });
}

const PART_NUMERAL = /^[一二三四五六七八九十]$/u;

/**
 * A title line that closes a bracket or a quotation the line above left open (`审议通过《…关于加快建设` /
 * `川渝结合部经济强县的决定》`): the column's width cut one title in two, which no title and subtitle are.
 */
function closesAbove(above: string, text: string): boolean {
  return TITLE_PAIRS.some(([open, close]) => above.includes(open) && count(above, open) > count(above, close) && count(text, close) > count(text, open));
}
const TITLE_PAIRS = [['《', '》'], ['“', '”'], ['（', '）']] as const;
const count = (text: string, mark: string) => text.split(mark).length - 1;

/** Title lines in a stack, not counting a title's wrapped end. */
export const titleCount = (head: ClassifiedLine[]) => head.filter((_, i) => !endsTitleAbove(head, i)).length;

/** A credit that names photographers only: a picture's, never a story's byline. */
export function isPhotoCredit(credit: ParsedCredit): boolean {
  return credit.photographers.length > 0 && credit.reporters.length + credit.authors.length + credit.correspondents.length + credit.interns.length === 0;
}
