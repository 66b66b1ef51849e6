// Stage 3: what each line is, from its shape alone (context is the assembler's business).
import { boxLine, isPapersContactLine } from './boxes.ts';
import { AUTHOR_MARK, isNameList, isTown, joinSpacedNames, looksLikeName } from './credit-words.ts';
import { ARTWORK_KIND, COLUMN_AND_TOPIC, COLUMN_TAG, PART_LABEL_LENGTH, isBoxOrTableLine, isExcerptSource, isNoteAlone, isShortUnstopped, isUnitName, isSignature, isSignedDate, isWriterNote, OCR_MARK, OCR_MARK_CHARACTERS, CASE_TITLE, PART_LABEL, POEM_FORM, SUBHEAD_MARK, SUBHEAD_MARK_AT } from './line-shapes.ts';
import { captionCredit, emptyCredits, namesAnyone, parseCredits, unitAndNames, type ParsedCredit } from './credits.ts';
import { isDateAlone } from './dates.ts';
import { bracketedDateline, closingCredit, datelineLine, datelineSignEarly, mayOpenDefaultDateline, openingCredit } from './datelines.ts';
import type { LineKind } from './line-kinds.ts';
import type { SourceLine } from './lines.ts';
import { isPageNumberAlone, jumpFromMarker, jumpToMarker, parsePageHeader } from './page-marks.ts';
import { DEFAULT_DATELINES, type PaperSettings } from './settings.ts';
import { bigrams, codeUnits, comparisonKey, countHan, hasSentencePunctuation, hasVisibleLength, opensWithWhen, sharedBigrams, visibleLength } from './text.ts';

const LOCALITY = /^\p{Script=Han}{2,4}\s*[·・•]\s*\p{Script=Han}{2,4}$/u;
const BEN = '本'.charCodeAt(0);
/** The dateline's words with a space OCR left inside them (`本 报讯`). */
const SPACED_DATELINE = /^本[ \u3000]报[ \u3000]?讯|^本报[ \u3000]讯/u;
/** What a numbered case's title opens with (`案例二:…`, `典型案例一:…`). */
const CASE_FIRSTS = codeUnits('案典');
/**
 * A source's credit at a story's end (`县林业局供稿`, `据新华社`, `来源：央视新闻`): it closes the story and names
 * nobody. It was the next story's headline, or glued the next story into the text.
 */
const SOURCE_CREDIT = /^(?:\p{Script=Han}{2,16}?\s?(?:供稿|供图)|(?:本报|本刊)?资料图片?|据[^\s，,。：:；;（）()]{1,10}(?:社|报|网|台|新闻|客户端)》?(?:报道|消息)?|据\p{Script=Han}{2,8}社\p{Script=Han}{0,8}\d{1,2}月\d{1,2}日电|(?:来源|稿件来源|信息来源|数据来源|资料来源|稿源)[：:]\s*[^\s，,。；;]{2,20})$/u;
/** What a source's credit starts or ends with: most short lines, titles, are turned away by it. */
const SOURCE_SIGN = /^[据来稿信数资本]|供[稿图]$/u;
/** A notice's numbered field with its value after the colon: what the field names is a thing, a place, a time, a way. */
const NUMBERED_FIELD = /^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*\p{Script=Han}{0,6}(?:名称|单位|人|地点|地址|时间|日期|方式|规模|条件|对象|范围|期限|电话|金额|价格|标准|数量)[：:]\s*\S/u;
/** A mark or number a subhead starts with; a regulation's chapters and sections (`第一章 总则`) too. */
const SUBHEAD = new RegExp(
  `^(?:${SUBHEAD_MARK}\\s*\\S|${COLUMN_TAG.source.slice(1, -1)}$|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}[.、．](?!\\d)|第[一二三四五六七八九十百〇零]{1,4}[章节](?:\\s|$))`,
  'u',
);
/** The characters SUBHEAD's line may start with, spaces aside: every line is asked, most start otherwise. */
const SUBHEAD_FIRSTS = codeUnits(`${SUBHEAD_MARK.slice(1, -1)}【[〔［〖一二三四五六七八九十(（0123456789第`);
/** A byline that names the paper's voice, not a person (`本报评论员`, `本报编辑部`). */
const VOICE_BYLINE = new RegExp(`^\\s*(?:${AUTHOR_MARK.source.slice(1)}|${SUBHEAD_MARK}\\s*)?(?:(?:本报|本刊|本台|本网|新华社|人民日报)?(?:特约)?评论员(?:文章)?|本报(?:编辑部|评论部))\\s*$`, 'u');
/** `图为…`, `上图：…`, `▲…`, `↑…` (an arrow to the picture), and a numbered picture's (`图①：…`, `图2 …`). */
const CAPTION = /^(?:图为|[上下左右中题]?图[：:]|[上下左右中]图(?:为|\s)|图\s*(?:[①-⑳0-9０-９]|[一二三四五六七八九十]{1,2})\s*[：:\s]|▲|△|[↑↓])/u;

/** 摄 among a line's last three characters (`…张雪 摄`, `…（张雪摄）`), read from the end without a scan of the line. */
function photoMarkNearEnd(text: string): boolean {
  for (let i = text.length - 1; i >= 0 && i >= text.length - 3; i--) if (text[i] === '摄') return true;
  return false;
}
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
  // A lead's first line, torn by the column's width before its full stop, that opens with when and goes on in clauses
  // (`近日,古昌镇在各村开展“院坝会”,镇村干部与群众围坐一起,面对面`): no headline opens so.
  if (opensWithWhen(text) && (text.match(/[，,]/gu)?.length ?? 0) >= 2) return false;
  // A short line ending in a colon is a kicker (`双河街道：` over its headline); a longer one introduces what follows.
  return !/[：:]$/u.test(text) || !hasVisibleLength(text, 13);
}

export function classifyLine(line: SourceLine, settings: PaperSettings, key = labelKey(line.text, settings)): LineKind {
  const c = compile(settings);
  const text = line.text;
  if (key !== null && c.mastheads.has(key)) return { kind: 'furniture', reason: 'masthead' };
  const header = parsePageHeader(text, settings);
  if (header) return header;
  if (isPageNumberAlone(text)) return { kind: 'furniture', reason: 'page-number' };
  const first = text.charCodeAt(0);
  if ((STRAY_MARKS.has(first) && SPECKS.test(text) && !ELISION.test(text)) || (RULE_MARKS.has(first) && RULE.test(text)) || (first >= CIRCLED_ONE && first <= CIRCLED_TWENTY && PICTURE_NUMBERS.test(text))) {
    return { kind: 'furniture', reason: 'stray-mark' };
  }
  if (key !== null && c.columnLabels.has(key)) return { kind: 'furniture', reason: 'column-label' };
  if ((text.charCodeAt(0) === SAO && READER_PROMPT.test(text)) || (text.length <= SCAN_ASKED_LENGTH && text.includes('扫码') && SCAN_ASKED.test(text))) return { kind: 'furniture', reason: 'reader-prompt' };
  if (PAGE_NOTE_SIGN.has(text.charCodeAt(0)) && PAGE_NOTE.test(text)) return { kind: 'furniture', reason: 'page-note' };
  if (c.furniture.some((pattern) => pattern.test(text))) return { kind: 'furniture', reason: 'pattern' };

  // A marker of where a story came from opens its line; one of where it goes on ends its line.
  const from = jumpFromMarker(text);
  const to = jumpToMarker(text);
  if (from) {
    // The middle of a story over three pages may be one paragraph that both continues and jumps on.
    const jumpsOn = to && to.at >= from.length ? to : null;
    return { kind: 'jumpFrom', page: from.page, rest: text.slice(from.length, jumpsOn?.at), jumpTo: jumpsOn?.page ?? null };
  }
  if (to && to.at === 0) return { kind: 'jumpTo', page: to.page };

  const opening = openingCredit(text, settings);
  if (opening) return opening;
  const bracketed = bracketedDateline(text, c.datelines);
  const dateline = bracketed ?? (!c.defaultDatelines || mayOpenDefaultDateline(text) ? c.datelines.exec(text)?.[0] ?? null : null);
  // A headline run onto its dateline (`河包镇举办首届粉条文化节 本报讯（…）…`).
  const glued = dateline || !datelineSignEarly(text) ? null : c.gluedDateline.exec(text);
  if (glued) {
    const read = classifyLine({ no: line.no, text: text.slice(glued[0].length) }, settings);
    if (read.kind === 'dateline' && isTitleShaped(glued[1]!.trim(), settings)) return { ...read, headline: glued[1]!.trim() };
  }
  const read = dateline ? datelineLine(text, dateline, bracketed !== null, settings) : null;
  if (read) return read;
  // A space OCR left inside the dateline's words (`本 报讯(…)…`): the dateline, read with them closed up.
  if (!dateline && text.charCodeAt(0) === BEN && SPACED_DATELINE.test(text)) {
    const closed = classifyLine({ no: line.no, text: text.replace(SPACED_DATELINE, '本报讯') }, settings);
    if (closed.kind === 'dateline') return closed;
  }
  // A byline that names the paper's voice, not a person (`本报评论员`): the story's byline, crediting nobody.
  // Both are short: a paragraph is turned away by its length before either pattern reads it.
  if (text.length <= 40) {
    const voice = VOICE_BYLINE.test(text);
    if (voice || isSourceCredit(text)) {
      return { kind: 'credit', credit: { ...emptyCredits(), problems: [] }, ...(text.trimEnd().endsWith('文章') ? { overTitle: true as const } : voice ? { voice: true as const } : {}) };
    }
    const supplied = text.includes('供') ? suppliedBy(text) : null;
    if (supplied) return { kind: 'credit', credit: supplied };
  }
  // A round table's guests, each on a line under its host (`嘉宾：区民政局局长 周建国`): the piece's text, though each
  // has a byline's or a title's shape; they are whom it quotes, not its writers.
  if (text.length <= 80 && text.includes('嘉宾') && GUEST.test(text)) return { kind: 'text', text, jumpTo: null, alone: true };
  if (isShortUnstopped(text)) {
    // A line that ends in a jump is a paragraph's last, whatever its length: no guide's entry to another page.
    const box = to ? null : boxLine(text);
    if (box) return { kind: 'furniture', reason: box };
    // `作者简介` names nobody: a part's label, though it opens with a role's word. Labels are short.
    if ((text.length <= PART_LABEL_LENGTH && PART_LABEL.test(text)) || (CASE_FIRSTS.has(text.charCodeAt(0)) && CASE_TITLE.test(text)) || isMarkedLabel(text)) return { kind: 'subhead' };
    const credit = parseCredits(text, settings) ?? markedByline(text, settings) ?? unitAndNames(text) ?? hostsCredit(text, settings);
    // A cartoon's credit is a work's: under its own title, after a story, it ends a piece of its own.
    if (credit) return { kind: 'credit', credit, ...(CARTOON_CREDIT.test(text) ? { work: true as const } : {}) };
    const artists = worksArtists(text);
    if (artists) return { kind: 'credit', credit: { ...emptyCredits(), authors: artists, problems: [] }, work: true };
    const caption = text.includes('《') || text.includes('作者') ? workCaption(text) : null;
    if (caption) return caption;
    const poem = poemAndPoet(text);
    if (poem) return poem;
  } else if (text.length <= 120 && text.charCodeAt(text.length - 1) < 0x80 && isPapersContactLine(text)) return { kind: 'furniture', reason: 'imprint' };
  // A paragraph that ends in a jump is body text, whatever its length: the marker is the proof.
  if (to) return { kind: 'text', text: text.slice(0, to.at), jumpTo: to.page };
  if (LOCALITY.test(text) && !POEM_FORM.test(text) && !COLUMN_AND_TOPIC.test(text)) return { kind: 'furniture', reason: 'locality' };
  // A list of names has a slogan's shape (short words spaced apart); its surnames tell it apart. A date alone signs a
  // notice (`2024年3月10日` under `重庆市荣昌区医疗保障局`), and is no headline.
  if (isNameList(text) || isDateAlone(text) || isSignature(text) || isSignedDate(text) || isWriterNote(text) || isExcerptSource(text)) return { kind: 'text', text, jumpTo: null };
  // A notice's closing formula (`特此公告`), over its signature: the notice's last sentence, though it has no stop.
  if (text.length <= 8 && CLOSING_FORMULA.test(text)) return { kind: 'text', text, jumpTo: null, alone: true };
  if (isBanner(text, key, c)) return { kind: 'furniture', reason: 'banner' };
  if (CAPTION.test(text)) return { kind: 'caption' };
  // A brief's title run onto its lead, whose first line may hold no full stop yet: before a subhead's or a title's shape.
  const brief = BRIEF_MARKS.has(text.charCodeAt(0)) ? gluedBriefTitle(text, settings) : null;
  if (brief) return { ...(closingCredit(brief.lead, settings, true) ?? { kind: 'text', text: brief.lead, jumpTo: null }), headline: brief.title };
  // A bulleted brief's sentence (`●3月12日，…春耕。（王小红）`) has a subhead's mark but a sentence's stop.
  // An indented one is a list's item that starts a paragraph (`    1.选购粽子时,…注意查看生产日期和`), wrapped before its stop.
  // A notice's numbered field and its value (`一、项目名称：…`, `七、投标截止时间：…`) is a clause of its text, as its
  // longer clauses are: no subhead, nor a title. A value of one phrase is its line alone; a list may wrap.
  const subheadShaped = (SUBHEAD_FIRSTS.has(text.charCodeAt(0)) || /^\s/u.test(text)) && SUBHEAD.test(text);
  if (subheadShaped && NUMBERED_FIELD.test(text)) return { kind: 'text', text, jumpTo: null, ...(/[，,、；;]/u.test(text.slice(text.search(/[：:]/u))) ? {} : { alone: true as const }) };
  if ((subheadShaped && !line.indented && !hasVisibleLength(text, 41) && !hasSentencePunctuation(text)) || (text.length <= PART_LABEL_LENGTH && PART_LABEL.test(text))) return { kind: 'subhead' };
  // A box's figure and what it counts, a table's row and a telephone number's field have a title's shape, and are
  // asked only then: a paragraph's lines are many.
  // An indented line starts a paragraph, whatever its shape (`    近日,围龙镇组织…开展"万`, wrapped before its stop); so
  // does a question or an answer of an interview (`问:灵活就业人员如何参加职工医保?`), however short.
  // A phrase that ends in its photographer's credit (`颜坤吉在作坊里织夏布 黄蕾 摄`) is a caption, though a title's shape.
  if (!line.indented && !isQuestionOrAnswer(text) && isTitleShaped(text, settings)) {
    if (photoMarkNearEnd(text) && captionCredit(text, settings)) return { kind: 'caption' };
    return isBoxOrTableLine(text) ? { kind: 'text', text, jumpTo: null, alone: true } : { kind: 'title' };
  }
  // A sentence that ends in a photo credit (`3月14日，村民在田间插秧。 记者 张雪 摄`) is a picture's caption. The mark
  // is among the last characters: looking there spares a scan of every paragraph.
  if (photoMarkNearEnd(text) && captionCredit(text, settings)) return { kind: 'caption' };
  // So is one that ends in where the picture came from (`…圣火传递。 新华社发（高静 摄）`, `…。 视觉中国供图`, `…。 资料图`).
  if (PICTURE_SOURCE_LAST.has(text.charCodeAt(text.length - 1)) && PICTURE_SOURCE.test(text)) return { kind: 'caption' };
  return closingCredit(text, settings) ?? { kind: 'text', text, jumpTo: null };
}

/**
 * A part's label behind an author's mark (`◎法官说法`, `□律师点评`): a subhead, though the mark and four characters
 * have a commentator's credit's shape (`□ 李明远`).
 */
function isMarkedLabel(text: string): boolean {
  if (text.length > 12 || !LABEL_MARKS.has(text.charCodeAt(0))) return false;
  const label = text.slice(1).trim();
  return PART_LABEL.test(label) || SAYS_LABEL.test(label);
}
const LABEL_MARKS = codeUnits('□◇○◎');
/** A column's or a part's word for what someone says of a case (`法官说法`, `律师说案`). */
const SAYS_LABEL = /^\p{Script=Han}{1,4}说[法案]$/u;

const CLOSING_FORMULA = /^\s*特此(?:公告|通知|通告|公示|声明|函告|告知|说明|证明)[。！]?\s*$/u;

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

/**
 * A unit's writer who supplied the story (`县委宣传部 李 军 供稿`, `区文旅委 王平 供图`): a correspondent, or the
 * picture's photographer. Read as a title, it had been the next story's kicker.
 */
function suppliedBy(text: string): ParsedCredit | null {
  const found = SUPPLIED.exec(text);
  if (!found || !isUnitName(found[1]!)) return null;
  const name = joinSpacedNames(found[2]!.trim().split(/[\s\u3000]+/u));
  if (name.length !== 1 || !looksLikeName(name[0]!)) return null;
  return { ...emptyCredits(), [found[3] === '供图' ? 'photographers' : 'correspondents']: name, problems: [] };
}
const SUPPLIED = /^[(（]?(\p{Script=Han}{2,16})[\s\u3000]+(\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,3})[\s\u3000]*(供稿|供图)[)）]?$/u;
const GUEST = /^\s*(?:特邀|访谈|本期|做客)?嘉宾[：:]/u;

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
/** A 镇街 brief's town in lenticular brackets before its lead (`【吴家镇】近日，…`); isTown tells a town. */
const BRACKETED_TITLE_AND_LEAD = /^【([^】]{2,6})】\s*(\S.*)$/u;
const BRIEF_MARKS = codeUnits(`${SUBHEAD_MARK.slice(1, -1)}【`);
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
/** The longest line SCAN_ASKED may match, in code units (a Han character outside the BMP takes two). */
const SCAN_ASKED_LENGTH = 2 * (12 + 8) + 3;
/**
 * What the page says of its own stories or pictures (`本版稿件除署名外均据新华社`, `（本版编辑综合整理）`,
 * `（本版图片除署名外均为本报记者 周子航 摄）`, `本版图片 视觉中国`, `本版摄影 张雪 邓强`, `本版广告代理：…`): the page's, not a story's headline or
 * paragraph, crediting no single story.
 */
const PAGE_NOTE = /^[（(]?本版(?:稿件|文章|图片|照片|摄影|内容|编辑综合整理|由|广告)[^。！？]{0,40}[）)]?$/u;
const PAGE_NOTE_SIGN = codeUnits('本（(');
/** Dots alone stand for what a list leaves out (repair.ts): a paragraph of their own, not a speck. */
const ELISION = /^[.·]{2,}$/u;

/**
 * A brief whose title the extraction ran onto its lead, behind the brief's mark: the title, and the lead. The lead
 * opens as a lead does, with when (`5月8日，`, the rest of its sentence maybe on the next line), or is a sentence that
 * shares the title's words; a sentence with a space in it is no such pair.
 */
function gluedBriefTitle(text: string, settings: PaperSettings): { title: string; lead: string } | null {
  const marked = MARKED_TITLE_AND_LEAD.exec(text);
  const bracketed = marked ? null : BRACKETED_TITLE_AND_LEAD.exec(text);
  const parts = marked ?? bracketed;
  if (!parts) return null;
  const title = parts[1]!;
  const lead = parts[2]!;
  // A town's name is the brief's title however short (`■吴家镇 近日，…`), and the only one in brackets (`【吴家镇】近日，…`).
  if ((bracketed && !isTown(title)) || hasSentencePunctuation(title) || (countHan(title) < 4 && !isTown(title)) || hasVisibleLength(title, settings.maxHeadlineLength + 1)) return null;
  return opensWithWhen(lead) || (hasSentencePunctuation(lead) && sharedBigrams(bigrams(title), bigrams(lead)) >= 3) ? { title, lead } : null;
}

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
  const kindAndMaker = KIND_AND_MAKER.exec(text.trim());
  if (kindAndMaker && looksLikeName(kindAndMaker[2]!)) {
    return { kind: 'credit', credit: { ...emptyCredits(), [/摄影/u.test(kindAndMaker[1]!) ? 'photographers' : 'authors']: [kindAndMaker[2]!], problems: [] }, work: true, headline: kindAndMaker[1]! };
  }
  const caption = WORK_CAPTION.exec(text.trim());
  // A form named before the title (`书法作品:《沁园春·雪》 刘志强`) says a work as one after it does.
  if (!caption || !(caption[2] || caption[3] || caption[5] || caption[1]!.includes('作品')) || !looksLikeName(caption[4]!)) return null;
  const photographed = caption[5] === '摄' || /摄影/u.test(caption[1]!);
  const credit = { ...emptyCredits(), [photographed ? 'photographers' : 'authors']: [caption[4]!], problems: [] };
  return { kind: 'credit', credit, work: true, headline: caption[1]!.trim() };
}
const WORK_CAPTION = new RegExp(`^((?:\\p{Script=Han}{2,4}作品[：:]?\\s*)?《[^》]{1,24}》\\s*([（(]?${ARTWORK_KIND}[）)]?)?)\\s*(作者[：:])?\\s*(\\p{Script=Han}{2,4}?)\\s*([作摄书画绘])?$`, 'u');
/** A work named by its kind alone, its maker in brackets after it (`书法作品（作者：唐明远）`), their post maybe before the name. */
const KIND_AND_MAKER = new RegExp(`^(${ARTWORK_KIND}(?:作品)?)\\s*[（(]\\s*作者[：:]\\s*(?:[^（）()]*?[\\s\\u3000])?(\\p{Script=Han}{2,4})\\s*[）)]$`, 'u');
/**
 * A classical poem's title with its poet on one line, as a supplement sets it (`七律·荣昌春望 刘德厚`, `沁园春·荣昌 王 明`):
 * the poem's headline and its author, over its verses. The poet had stayed in the headline, credited to nobody.
 */
function poemAndPoet(text: string): Extract<LineKind, { kind: 'credit' }> | null {
  if (!POEM_FORM.test(text)) return null;
  const [title, ...rest] = text.trim().split(/[ \u3000]+/u);
  const names = joinSpacedNames(rest);
  if (names.length !== 1 || !looksLikeName(names[0]!)) return null;
  return { kind: 'credit', credit: { ...emptyCredits(), authors: names, problems: [] }, headline: title! };
}

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
