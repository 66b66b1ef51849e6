// A lead's dateline (`本报讯`, `【本报讯】`, `据新华社`) and the credits around it: in brackets after it, spaced after it
// without them, or in brackets at the lead's end.
import { agencyDispatch, mergeCredits, namesAnyone, parseCredits, unitAndNames, unitThenNames, unreadableCredit, type ParsedCredit } from './credits.ts';
import { OCR_DIGIT } from './dates.ts';
import type { LineKind } from './line-kinds.ts';
import { jumpToMarker } from './page-marks.ts';
import type { PaperSettings } from './settings.ts';
import { closingNoteAt, codeUnits } from './text.ts';

/**
 * A lead opened by its credit in brackets (`【记者陈冠霖／金宁报道】金宁乡…`, `(本报记者 李明)近日,…`, an agency's
 * `(中央社記者黃慧敏台北9日電)`): a dateline of its own kind. The same credit alone on its line closes a story instead.
 */
export function openingCredit(text: string, settings: PaperSettings): Extract<LineKind, { kind: 'dateline' }> | null {
  if (!OPENING_BRACKETS.has(text.charCodeAt(0))) return null;
  const opened = CREDIT_OPENING.exec(text);
  const inner = opened && text.length > opened[0].length ? (opened[1] ?? opened[2])! : null;
  const own = inner === null ? null : parseCredits(inner, settings);
  const credit = own ?? (inner === null ? null : agencyDispatch(inner));
  if (!credit || !namesAnyone(credit)) return null;
  return { kind: 'dateline', byline: opened![0], credit, rest: text.slice(opened![0].length).trim(), jumpTo: null, ...(own ? {} : { agency: true as const }) };
}

/**
 * A line that opens with a dateline's words (`bracketed`: in lenticular brackets): the dateline, its credits and the
 * lead after them; null for a sentence that merely starts with the same words (`本报记者近日…`).
 */
export function datelineLine(text: string, dateline: string, bracketed: boolean, settings: PaperSettings): Extract<LineKind, { kind: 'dateline' }> | null {
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
  // `本报讯` alone on its line, its lead on the next, as an extraction may set its bold type apart.
  if (!(paren || bracketed || /^[\s：:]/u.test(after) || (dateline.startsWith('据') && /^[，,]/u.test(after)) || (/^\s*\S/u.test(after) || after === '') && dateline.endsWith('讯'))) return null;
  const jump = jumpToMarker(rest);
  const lead = (jump ? rest.slice(0, jump.at) : rest).replace(/^[：:，,]\s*/u, '');
  // With no credit after the dateline, the writer may be credited at the lead's end, as a brief credits them.
  const closing = credit || jump ? null : closingCredit(lead, settings, true);
  return {
    kind: 'dateline', byline: text.slice(0, bylineEnd).trim(), credit, rest: closing ? closing.text : lead, jumpTo: jump?.page ?? null,
    ...(closing?.credit ? { closing: closing.credit } : {}),
  };
}

/**
 * A credit in brackets after a dateline: `(记者 王晓明)`, `【记者 李明】`, `[记者 李明]`, also closed by the wrong one,
 * as OCR misreads a bracket (`(记者 李明]`).
 */
const DATELINE_BRACKETS = /^\s*[(（【[]([^()（）【】[\]]{0,80})[)）】\]]\s*/u;

/** A credit OCR spaced out a character at a time (`记 者 李 明`), closed up; null for one that is not. */
function closedUp(printed: string): string | null {
  // Three characters at least, a space after the first: most credits are turned away without a split.
  const trimmed = printed.trim();
  if (trimmed.length < 5 || !/\s/u.test(trimmed[1]!)) return null;
  const words = trimmed.split(/\s+/u);
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
export function bracketedDateline(text: string, datelines: RegExp): string | null {
  if (text.charCodeAt(0) !== LENTICULAR) return null;
  const inner = /^【([^【】]{2,12})】/u.exec(text);
  if (!inner) return null;
  const words = datelines.exec(inner[1]!);
  return (words && words[0] === inner[1]) || PAPERS_DISPATCH.test(inner[1]!) ? inner[0] : null;
}
const PAPERS_DISPATCH = /^\p{Script=Han}{1,8}报(?:讯|消息)$/u;
const LENTICULAR = '【'.charCodeAt(0);

/**
 * Whether a line shows, within a headline's reach, what a dateline run onto its headline does: 讯 or 电, then its
 * credit's bracket. A loop over the first characters: each pattern tried here (a search of the line, or of its first
 * 48 characters) cost 1–3 % of ingest, as every line is asked.
 */
export function datelineSignEarly(text: string): boolean {
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
 * A paragraph that ends in its writer's credit (`…措施。（通讯员 陈静）`): the text, and the credit apart from it. A
 * brief's lead, after a dateline that credits nobody or under its title's mark, may end in its writer's unit and name
 * (`…200余份。（市公安局 李强）`) too; in a story's other paragraphs, that note names whom a quotation is by.
 */
export function closingCredit(text: string, settings: PaperSettings, brief = false): Extract<LineKind, { kind: 'text' }> | null {
  const note = closingNoteAt(text);
  if (note < 0) return null;
  const printed = text.slice(note).trim();
  const credit = parseCredits(printed, settings) ?? (brief ? unitAndNames(printed) : null);
  if (!credit || !namesAnyone(credit)) return null;
  return { kind: 'text', text: text.slice(0, note).trimEnd(), jumpTo: null, credit: { credit, printed } };
}
