// Reads a credit as printed (`融媒体中心记者 杨丽丹 通讯员 梁胜明`, `记者 赵磊 摄`, `张雪 摄`, `□ 李明远`,
// `文/张三 图/李四`, `本报记者 李四 文/图`, `作者：张三`) into people by role: each token's kind (credit-words.ts) is read,
// left to right, by a CreditReader, which knows what the tokens before gave.
import { ROLES, type Role } from '../schema.ts';
import { AUTHOR_MARK, closedRoleWords, creditToken, creditTokens, isWritersUnit, joinSpacedNames, looksLikeName, NAME, namesWordRole, ROLE_SIGNS, roleWords } from './credit-words.ts';
import { asPrintedCredit, forMatching } from './script.ts';
import type { PaperSettings } from './settings.ts';
import { NOTE_CLOSERS } from './text.ts';

export type Credits = Record<Role, string[]>;

export interface CreditProblem {
  code: 'truncated-credit' | 'unsplittable-names';
  text: string;
}

export interface ParsedCredit extends Credits {
  problems: CreditProblem[];
}

export function emptyCredits(): Credits {
  return { reporters: [], authors: [], correspondents: [], photographers: [], interns: [] };
}

/**
 * Names with no role word before them are credited by a bare mark after them (`张雪 李明 摄`, `李明 文`) only when all
 * look like names and stand together right before it: `手机 摄影` and `高山 流水 摄` are titles.
 */
const creditedByBareMark = (unassigned: string[], group: string[]) => unassigned.every((name) => looksLikeName(name) && group.includes(name));

/** Names in brackets and nothing else: `（李明）` or `（刘洋 张雪）` closing a brief, crediting its writers. */
const BRACKETED = /^\s*[(（]([^()（）]{2,30})[)）]\s*$/u;

function bracketedNames(text: string): ParsedCredit | null {
  const inside = BRACKETED.exec(text)?.[1];
  if (!inside) return null;
  const names = joinSpacedNames(inside.trim().split(/[\s、，,]+/u));
  // A town first that reads as a name (`（吴家镇 陈晓）`) is the writer's unit (unitAndNames), credited to no one.
  return names.every(looksLikeName) && !(names.length > 1 && isWritersUnit(names[0]!)) ? { ...emptyCredits(), reporters: names, problems: [] } : null;
}

/**
 * A brief's writer after their unit, in brackets on a line of their own under it (`（县检察院 冯琳）`): they write for
 * the paper from outside it, as its correspondents do. At a paragraph's end the same note names whom an answer or a
 * quotation is by (`…即可缓解。（县人民医院 李敏）`), and credits nobody.
 */
export function unitAndNames(text: string): ParsedCredit | null {
  const inner = BRACKETED.exec(text)?.[1];
  return inner ? unitThenNames(inner) : null;
}

/**
 * A unit, then the names of its people who wrote (`县检察院 冯琳`), as a brief's closing note or a dateline's brackets
 * (`本报讯(县检察院 冯琳)`) give them: the paper's correspondents, or, when the unit is the paper's own newsroom
 * (`县融媒体中心 李明`), its reporters; after 作者系 (`作者系区委组织部干部 李春燕`), the piece's author.
 */
export function unitThenNames(inner: string): ParsedCredit | null {
  const words = inner.trim().split(/[\s、，,]+/u);
  if (words.length < 2 || !isWritersUnit(words[0]!)) return null;
  const names = joinSpacedNames(words.slice(1));
  if (!names.every(looksLikeName)) return null;
  // A note on who wrote the piece (`（作者系区委组织部干部 李春燕）`) names its author, whatever the unit.
  const role = WRITER_IS.test(words[0]!) ? 'authors' : writersRole(words[0]!, 'correspondents');
  return { ...emptyCredits(), [role]: names, problems: [] };
}
const WRITER_IS = /^作者(?:系|为|是)/u;
/**
 * A news agency's dispatch naming its reporters, as Taiwan's papers open a story with it in brackets
 * (`中央社記者黃慧敏台北9日電`, `中央社記者黃慧敏、陳俊華台北9日專電`): the last name runs into the place the dispatch came
 * from, a city of Taiwan's or a capital abroad (DISPATCH_PLACES), or else two characters.
 */
export function agencyDispatch(inner: string): ParsedCredit | null {
  const dispatch = AGENCY_DISPATCH.exec(inner);
  if (!dispatch) return null;
  const words = dispatch[1]!.split('、');
  const last = words.pop()!;
  const place = DISPATCH_PLACES.find((p) => last.endsWith(p) && last.length - p.length >= 2) ?? last.slice(-2);
  const names = [...words, last.slice(0, -place.length)];
  return names.every(looksLikeName) ? { ...emptyCredits(), reporters: names, problems: [] } : null;
}
const AGENCY_DISPATCH = /^\p{Script=Han}{2,6}社[記记]者([\p{Script=Han}、]{4,40}?)(?:\d{1,2}日)?(?:專|专|綜合外|综合外)?[電电]$/u;
const DISPATCH_PLACES = ['華盛頓', '华盛顿', '布魯塞爾', '布鲁塞尔', '洛杉磯', '洛杉矶', '新加坡', '台北', '臺北', '新北', '桃園', '台中', '臺中', '台南', '臺南', '高雄', '基隆', '新竹', '嘉義',
  '苗栗', '彰化', '南投', '雲林', '屏東', '宜蘭', '花蓮', '台東', '臺東', '澎湖', '金門', '馬祖', '東京', '紐約', '北京', '上海', '香港', '首爾', '巴黎', '倫敦', '柏林'];

/**
 * The role of writers named after their unit: the paper's reporters when the unit is its own newsroom, as a county
 * paper's credits name it (`县融媒体中心`); otherwise `others`, which the credit's place decides (a brief's closing note
 * names correspondents, a byline under a title a contributed piece's authors).
 */
export const writersRole = (unit: string, others: 'correspondents' | 'authors'): 'reporters' | 'correspondents' | 'authors' =>
  NEWSROOM.test(unit) ? 'reporters' : others;
const NEWSROOM = /(?:融媒体中心|新闻中心|传媒中心|报社)$/u;

/**
 * The people of one credit as its tokens are read, left to right. Each method takes one kind of token and returns
 * false when the line, read so far, cannot be a credit.
 */
class CreditReader {
  readonly credit: ParsedCredit = { ...emptyCredits(), problems: [] };
  /** The role the names read next get; null before any. */
  private role: Role | null;
  /** A role word, mark or slash form was read: without one, a line of names is no credit. */
  sawRole: boolean;
  /** A role word or slash form, not only a mark: names too long to split are then a problem, not a headline. */
  private sawExplicitRole = false;
  /** Names since the last role word or mark, in case a trailing 摄 or 文 gives them their role. */
  private group: string[] = [];
  /** Names before any role (`张雪 李明 摄`): a credit only if a mark after them gives them one. */
  private unassigned: string[] = [];
  /** After a staff word (`见习编辑`): the names read are passed over, until the next role word or mark. */
  private staffNames = false;
  /**
   * The role a slash form (`图/`) or a leading photo mark (`摄影`) gave, until a name: a reporter's rank after it
   * (`图/本报记者 王刚`) keeps it.
   */
  private slashRole: Role | null = null;
  /** After `文/图`: `on` once the names that wrote the text and took the pictures begin, `pending` until then. */
  private textAndPhoto: 'off' | 'pending' | 'on' = 'off';
  /** After `图/` and a rank that is not a reporter's (`图/通讯员 肖杰`): the names took the pictures, in that rank. */
  private photographsInRank = false;

  constructor(authorMarked: boolean) {
    // A name after an author's mark alone (`□ 李明远`) signs a commentary or a supplement's piece: its author's.
    this.role = authorMarked ? 'authors' : null;
    this.sawRole = authorMarked;
  }

  get afterNames(): boolean {
    return this.group.length > 0;
  }

  get unresolved(): boolean {
    return this.unassigned.length > 0;
  }

  textAndPhotoMark(trailing: boolean): boolean {
    if (trailing) {
      // `本报记者 李四 文/图`: everyone named before it took the pictures too; unassigned ones wrote the text as well.
      moveGroup(this.credit, this.unassigned, null, 'reporters');
      this.unassigned = [];
      for (const name of [...this.credit.reporters, ...this.credit.authors, ...this.credit.correspondents, ...this.credit.interns]) addOnce(this.credit.photographers, name);
    } else {
      // Names before it with no role of their own: no credit this parser can read.
      if (this.unresolved) return false;
      this.role = 'reporters';
      this.textAndPhoto = 'pending';
    }
    return this.roleRead(true);
  }

  slash(role: Role): boolean {
    this.role = role;
    this.slashRole = role;
    this.textAndPhoto = 'off';
    return this.roleRead(true);
  }

  photoMark(bare: boolean, trailing: boolean): boolean {
    if (trailing) {
      // Only a bare 摄 makes photographers of names with no role word before them (`张雪 李明 摄`; not 摄影).
      if (this.unresolved && (!bare || !creditedByBareMark(this.unassigned, this.group))) return false;
      moveGroup(this.credit, this.group, this.role, 'photographers');
      this.unassigned = [];
    } else {
      // Before a rank (`摄影 本报记者 唐勇`), as after `图/`: the names took the pictures, in that rank.
      this.role = 'photographers';
      this.slashRole = 'photographers';
    }
    this.textAndPhoto = 'off';
    return this.roleRead(false);
  }

  roleWord(role: Role, rest: string): boolean {
    // Names before the first role word belong to no one's role: the line is no credit.
    if (this.unresolved) return false;
    this.role = this.slashRole && role === 'reporters' ? this.slashRole : role;
    const photographsInRank = this.slashRole === 'photographers' && role !== 'reporters';
    this.slashRole = null;
    // `文/图 本报记者 张三`, `文/图 通讯员 罗丹`: the 文/图 right before the role word still holds for its names.
    if (this.textAndPhoto !== 'pending') this.textAndPhoto = 'off';
    this.roleRead(true);
    this.photographsInRank = photographsInRank;
    if (rest) this.name(rest, false);
    return true;
  }

  madeBy(): boolean {
    this.group = [];
    return true;
  }

  /** `见习编辑 吴桐`: the names up to the next role word are the staff's, in none of the story's roles. */
  staff(): boolean {
    if (this.unresolved) return false;
    this.role = null;
    this.textAndPhoto = 'off';
    this.roleRead(true);
    this.staffNames = true;
    return true;
  }

  textMark(): boolean {
    // `李明 文 张雪 摄`: 文 after names marks the writers, as 摄 marks the photographers.
    if (this.unresolved && !creditedByBareMark(this.unassigned, this.group)) return false;
    moveGroup(this.credit, this.unassigned, null, 'reporters');
    this.unassigned = [];
    this.role = null;
    this.textAndPhoto = 'off';
    return this.roleRead(false);
  }

  name(name: string, photo: boolean): boolean {
    this.slashRole = null;
    if (this.staffNames && !photo) return true;
    if (photo) this.sawRole = true;
    if (this.textAndPhoto === 'pending') this.textAndPhoto = 'on';
    this.group.push(name);
    const role = photo ? 'photographers' : this.role;
    if (!role) {
      this.unassigned.push(name);
      return true;
    }
    addOnce(this.credit[role], name);
    if ((this.textAndPhoto !== 'off' || this.photographsInRank) && !photo) addOnce(this.credit.photographers, name);
    return true;
  }

  /** A token that is neither name nor role: a cut-off last name, or names run together, once a role was read. */
  other(token: string, isLast: boolean, text: string): boolean {
    if (/^\p{Script=Han}$/u.test(token) && isLast && this.role) {
      // `融媒体中心记者 张`: the line was cut off. Keep the text, invent nobody.
      this.credit.problems.push({ code: 'truncated-credit', text });
      return true;
    }
    // Names run together (`杨丽丹梁胜明`), not a question put in an interview (`记者：荣昌陶目前的产业规模如何`).
    if (/^\p{Script=Han}{5,12}$/u.test(token) && !SENTENCE_WORDS.test(token) && this.role && this.sawExplicitRole) {
      this.credit.problems.push({ code: 'unsplittable-names', text: token });
      return true;
    }
    return false;
  }

  private roleRead(explicit: boolean): true {
    this.staffNames = false;
    this.photographsInRank = false;
    this.sawRole = true;
    if (explicit) this.sawExplicitRole = true;
    this.group = [];
    return true;
  }
}

/** Characters of a sentence's grammar, which no name has: 的, 了, 吗, 什么, 怎么, 这, 那, 们. */
const SENTENCE_WORDS = /[的了吗呢么什怎这那们吧啊哪谁]/u;

const addOnce = (names: string[], name: string) => {
  if (!names.includes(name)) names.push(name);
};

/**
 * Parses a credit string. Returns null when the text is not a credit at all (a headline, a sentence),
 * so that callers can use it to recognise credit lines.
 */
/**
 * Whether the text holds a credit's sign: a role word, a photo mark (摄), an author mark (□) or a slash form (文/,
 * 图：). Most short lines (headlines, captions) have none, and are no credit without a parse.
 */
export function hasRoleSign(text: string, settings: PaperSettings): boolean {
  return ROLE_SIGNS.test(text) || signingWords(settings).some((word) => text.includes(word)) || namesWordRole(text) ||
    // The author's mark as OCR reads it, before a name (`口 陈 林`): no role sign of its own.
    (text.startsWith('口') && AUTHOR_MARK.test(text) && looksLikeName(text.slice(1).replace(/\s+/gu, '')));
}

/**
 * The role words of two characters or more that hasRoleSign looks for, less those holding another of them (`实习记者`
 * holds `记者`) or a role sign (`摄影`): a line holding one holds the other too. Every short line is asked, fourteen
 * searches of it fewer than half as many.
 */
function signingWords(settings: PaperSettings): string[] {
  let words = signingWordCache.get(settings);
  if (!words) {
    const all = roleWords(settings).map(({ word }) => word).filter((word) => word.length >= 2 && !ROLE_SIGNS.test(word));
    words = all.filter((word) => !all.some((other) => other !== word && word.includes(other)));
    signingWordCache.set(settings, words);
  }
  return words;
}
const signingWordCache = new WeakMap<PaperSettings, string[]>();

/**
 * A credit in a dateline's brackets that cannot be read (`记者 王晓 明`, `记者 Tom Brown`): none of its people is
 * credited, and it says so, with what was printed, rather than the story's credits being dropped without a word.
 */
export function unreadableCredit(printed: string, settings: PaperSettings): ParsedCredit | null {
  return hasRoleSign(printed, settings) ? { ...emptyCredits(), problems: [{ code: 'unsplittable-names', text: printed.trim() }] } : null;
}

/**
 * What the writer is, after their name and a comma (`作者：陈默，县文化馆干部`): a note on them, which names nobody and is
 * no run of names to split. The credit keeps it as printed.
 */
const WHO_THE_WRITER_IS = /[，,]\s*\p{Script=Han}{2,16}(?:干部|教师|老师|学生|会员|职工|医生|护士|民警|工人|农民|党员|员工|工作者)$/u;

const WRITERS_POST_IN_BRACKETS = /^(作者\s*[：:]\s*\p{Script=Han}{2,4})\s*[（(][^（）()]{2,20}[）)]$/u;

export function parseCredits(text: string, settings: PaperSettings): ParsedCredit | null {
  const credit = readCredits(text, settings);
  if ((credit && namesAnyone(credit)) || !(text.includes(' ') || text.includes('\u3000'))) return credit;
  // A space OCR left inside a role word (`融 媒体中心记者 郑光慧`, `通 讯员`): read again with those words closed up.
  const closed = closedRoleWords(text, settings);
  const mended = closed === null ? null : readCredits(closed, settings);
  return mended && namesAnyone(mended) ? mended : credit;
}

function readCredits(text: string, settings: PaperSettings): ParsedCredit | null {
  const bracketed = bracketedNames(text);
  if (bracketed) return bracketed;
  if (!hasRoleSign(text, settings)) return null;
  const words = roleWords(settings);
  // A credit closing a story may stand in any brackets: `（记者 孙悦）`, `【记者 孙悦】`, `[记者 孙悦]`.
  // The writer's post in brackets after their name (`作者:罗丹(区法院法官助理)`) is a note on them, as after a comma.
  let body = text.trim().replace(WRITERS_POST_IN_BRACKETS, '$1').replace(/^[(（【[]\s*/u, '');
  // Its closing bracket, and any space before it: read at the end, where a pattern would be tried at every position.
  if (NOTE_CLOSERS.has(body.charCodeAt(body.length - 1))) body = body.slice(0, -1).trimEnd();
  const authorMarked = AUTHOR_MARK.test(body);
  body = body.replace(AUTHOR_MARK, '');
  if (body.includes('，') || body.includes(',')) body = body.replace(WHO_THE_WRITER_IS, '');
  if (!body) return null;
  // A name after a role word's colon or a slash form's slash may be spaced too (`撰稿:李 倩`, `文/陈 静`): the colon or
  // the slash parts them before names are joined (not the slash of `文/图`, one mark, nor the one before where a
  // reporter filed from, `记者陈冠霖／金宁报道`).
  const pieces = body.includes(':') || body.includes('：') || body.includes('/') || body.includes('／') ? body.split(/[\s、，,；;]+|(?<=[:：])|(?<=[文图][/／])(?![图文])/u) : body.split(/[\s、，,；;]+/u);
  const tokens = joinSpacedNames(pieces)
    .flatMap((t) => creditTokens(t, words))
    .filter(Boolean);

  const reader = new CreditReader(authorMarked);
  for (let i = 0; i < tokens.length; i++) {
    const isLast = i === tokens.length - 1;
    // A mark right after names gives them its role (`张雪 摄`); one before names, the names that follow (`摄 张雪`).
    const trailing = reader.afterNames && (isLast || !NAME.test(tokens[i + 1] ?? ''));
    const token = creditToken(tokens[i]!, words, reader.afterNames);
    const read =
      token.kind === 'textAndPhoto' ? reader.textAndPhotoMark(trailing)
      : token.kind === 'slash' ? reader.slash(token.role)
      : token.kind === 'photoMark' ? reader.photoMark(token.bare, trailing)
      : token.kind === 'role' ? reader.roleWord(token.role, token.rest)
      : token.kind === 'madeBy' ? reader.madeBy()
      : token.kind === 'staff' ? reader.staff()
      : token.kind === 'textMark' ? reader.textMark()
      : token.kind === 'name' ? reader.name(token.name, token.photo)
      : reader.other(tokens[i]!, isLast, text);
    if (!read) return null;
  }
  if (!reader.sawRole || reader.unresolved) return null;
  return reader.credit;
}

/**
 * A photo credit at the end of a caption (`图为车间一角。张雪 摄`, `…。（记者 张雪 摄）`, `图为车间一角 张雪摄`): the
 * caption keeps its text as printed, and its photographers are credited. Null when the caption ends in no such credit.
 */
export function captionCredit(printed: string, settings: PaperSettings): ParsedCredit | null {
  if (!printed.includes('摄') && !printed.includes('攝')) return null;
  // A caption is read again once its article is made, from its text as printed: in traditional characters too.
  const text = forMatching(printed);
  const credit = captionCreditIn(text, settings);
  return credit && asPrintedCredit(credit, text, printed);
}

function captionCreditIn(text: string, settings: PaperSettings): ParsedCredit | null {
  const sentenceEnd = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'), text.lastIndexOf('；'));
  // parseCredits reads a credit in brackets (`（记者 张雪 摄）`) as well as one without.
  const tail = text.slice(sentenceEnd + 1).trim();
  // The whole tail after the last sentence, else what follows a space in it: a caption may run on without a full stop;
  // else its last bracket (`新华社发（高静 摄）`).
  const bracket = Math.max(tail.lastIndexOf('（'), tail.lastIndexOf('('));
  const starts = [0, ...[...tail.matchAll(/\s+/gu)].map((m) => m.index + m[0].length), ...(bracket > 0 ? [bracket] : [])];
  for (const start of starts) {
    const credit = parseCredits(tail.slice(start), settings);
    if (credit?.photographers.length) return credit;
  }
  return null;
}

function moveGroup(credits: Credits, names: string[], from: Role | null, to: Role): void {
  for (const name of names) {
    if (from && from !== to) credits[from] = credits[from].filter((n) => n !== name);
    if (!credits[to].includes(name)) credits[to].push(name);
  }
}

/** Whether a credit gives anyone a role: `（完）` or `本报评论员` names nobody. */
export const namesAnyone = (credits: Credits): boolean => ROLES.some((role) => credits[role].length > 0);

export function mergeCredits(into: Credits, from: Credits): void {
  for (const role of ROLES) for (const name of from[role]) if (!into[role].includes(name)) into[role].push(name);
}
