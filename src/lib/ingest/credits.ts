// Reads a credit as printed (`融媒体中心记者 杨丽丹 通讯员 梁胜明`, `记者 赵磊 摄`, `张雪 摄`, `□ 李明远`,
// `文/张三 图/李四`, `本报记者 李四 文/图`, `作者：张三`) into people by role. Role words come from the paper's settings;
// the rest is the shape of Chinese names.
import { ROLES, type Role } from '../schema.ts';
import type { PaperSettings } from './settings.ts';

export type Credits = Record<Role, string[]>;

export interface CreditProblem {
  code: 'truncated-credit' | 'unsplittable-names';
  text: string;
}

export interface ParsedCredit extends Credits {
  problems: CreditProblem[];
}

export function emptyCredits(): Credits {
  return { reporters: [], correspondents: [], photographers: [], interns: [] };
}

/** A personal name: 2–4 Han characters (compound surnames included), or a transliterated name joined by ·. */
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,8}(?:[·・•]\p{Script=Han}{1,8})+)$/u;
/**
 * Common Chinese surnames, single and compound: what tells a line of names (`张三丰 李小龙 王大锤`, a list of those
 * honoured) from a slogan of short phrases (`学思想 强党性 重实践`), which the same shape would make a banner.
 */
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝']);
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '尉迟', '公孙', '夏侯', '司徒', '端木', '长孙', '宇文', '西门', '南宫']);

/** A name of 2–3 characters that starts with a common surname, or of 3–4 that starts with a compound one. */
const looksLikeName = (token: string) =>
  /^\p{Script=Han}{2,4}$/u.test(token) &&
  ((token.length <= 3 && SURNAMES.has(token[0]!)) || (token.length >= 3 && COMPOUND_SURNAMES.has(token.slice(0, 2))));

/** How a line of names starts: a name, then a space or 、. */
const NAME_THEN_SPACE = /^\p{Script=Han}{2,4}[\s\u3000、]/u;

/**
 * A line of two or more names and nothing else: part of the text (a list of those honoured), not a headline or
 * banner. One name of three characters at least: many two-character words start with a surname's character
 * (`高铁 时代`, `明礼 尚德 向善`), and a headline or slogan of them is no list.
 */
export function isNameList(text: string): boolean {
  // Most lines asked are paragraphs, which fail this within their first five characters: they need no split.
  if (text.length > 160 || !NAME_THEN_SPACE.test(text)) return false;
  const tokens = text.trim().split(/[\s\u3000、]+/u);
  return tokens.length >= 2 && tokens.every(looksLikeName) && tokens.some((token) => token.length >= 3);
}

// A hollow mark before a name signs a commentary (`□ 李明远`); solid marks (■ …) open subheads instead.
export const AUTHOR_MARK = /^[□◇○◎]\s*/u;
const PHOTO_MARK = /^(?:摄|摄影)$/u;
const SLASH_ROLE = /^(文|图|文图|图文|摄影|摄|文字|撰文)[/／:：]/u;
/**
 * Text and pictures by the same hand: before the names (`文/图 赵磊`, `图文：赵磊`) or after them (`李四 文/图`). A bare
 * 文图 counts only in a line that has some other role sign (ROLE_SIGNS), as a slash form needs.
 */
const TEXT_AND_PHOTO = /^(?:文[/／]图|图[/／]文|文图|图文|图文报道|摄影报道)(?:[/／:：]|$)/u;
/** Words after the names that say how the story was made, and name nobody (`本报记者 李明 发自北京`). */
const MADE_BY = /^(?:报道|采写|供稿|整理|撰稿|综合报道|联合报道|发自\p{Script=Han}{1,6})$/u;
/** The characters a slash form or 文/图 starts with. */
const SLASH_FIRST = new Set([...'文图摄撰']);
/** A role word and its names joined by a colon (`作者：张三`, `记者:张三、李四`). */
const ROLE_COLON = /^(\p{Script=Han}{2,12})[:：](.*)$/u;
/** Characters without which a line has no role but by a role word: author marks, the photo mark, slash forms. */
const ROLE_SIGNS = /[□◇○◎摄/／:：]/u;

interface RoleWord {
  word: string;
  role: Role;
}

const roleWordCache = new WeakMap<PaperSettings, RoleWord[]>();

function roleWords(settings: PaperSettings): RoleWord[] {
  let words = roleWordCache.get(settings);
  if (!words) {
    words = [];
    for (const role of ROLES) for (const word of settings.roles[role]) words.push({ word, role });
    // Longest first, so 摄影记者 wins over 记者 and 见习记者 over 记者.
    words.sort((a, b) => b.word.length - a.word.length);
    roleWordCache.set(settings, words);
  }
  return words;
}

/** Splits `融媒体中心记者` into its role; `记者杨丽丹` into role and name. Only a leading organisation may precede the word. */
function matchRoleToken(token: string, words: RoleWord[]): { role: Role; rest: string } | null {
  let best: { role: Role; end: number } | null = null;
  for (const { word, role } of words) {
    if (word.length < 2) continue; // single characters (文, 图) only count in the slash form
    const at = token.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (!best || end > best.end) best = { role, end };
  }
  if (!best) return null;
  const rest = token.slice(best.end);
  // `记者节` is not a credit: a name glued to a role word must itself look like a name.
  if (rest && !NAME.test(rest)) return null;
  return { role: best.role, rest };
}

/**
 * A role word in the middle of a token: `本报记者张三通讯员李四` → `本报记者`, `张三`, `通讯员`, `李四`, when what stands
 * between two role words is a name; otherwise the token as it was.
 */
function splitGluedRoles(token: string, words: RoleWord[]): string[] {
  // Two role words and a name between them take six characters at least; most tokens are a name or one role word,
  // which two searches for each role word tell before the scan below.
  if (token.length < 6) return [token];
  let firstEnd = Infinity;
  for (const { word } of words) {
    const at = word.length >= 2 ? token.indexOf(word) : -1;
    if (at >= 0) firstEnd = Math.min(firstEnd, at + word.length);
  }
  if (firstEnd === Infinity || !words.some(({ word }) => word.length >= 2 && token.includes(word, firstEnd))) return [token];
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < token.length; i++) {
    const hit = words.find(({ word }) => word.length >= 2 && token.startsWith(word, i));
    if (!hit) continue;
    found.push({ start: i, end: i + hit.word.length });
    i += hit.word.length - 1;
  }
  if (found.length < 2) return [token];
  const pieces = [token.slice(0, found[0]!.end)];
  for (let k = 1; k < found.length; k++) {
    const name = token.slice(found[k - 1]!.end, found[k]!.start);
    if (!NAME.test(name)) return [token];
    pieces.push(name, token.slice(found[k]!.start, found[k]!.end));
  }
  const tail = token.slice(found.at(-1)!.end);
  return tail ? [...pieces, tail] : pieces;
}

/** A token as the credit's words: slash forms and role words with a colon split from their names, glued role words apart. */
function creditTokens(token: string, words: RoleWord[]): string[] {
  // Most tokens are a name or a role word: the first character and a colon tell which checks can apply at all.
  if (SLASH_FIRST.has(token[0]!)) {
    const both = TEXT_AND_PHOTO.exec(token);
    if (both) return [both[0], token.slice(both[0].length)];
    const slash = SLASH_ROLE.exec(token);
    if (slash) return [slash[0], token.slice(slash[0].length)];
  }
  if (token.includes(':') || token.includes('：')) {
    const colon = ROLE_COLON.exec(token);
    // Only a role word itself before the colon: `记者手记：…` is a headline, not 手记 credited.
    if (colon && matchRoleToken(colon[1]!, words)?.rest === '') return [colon[1]!, colon[2]!];
  }
  return splitGluedRoles(token, words);
}

function slashRole(word: string): Role {
  if (word.startsWith('图') || word.startsWith('摄')) return 'photographers';
  return 'reporters';
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
  const names = inside.trim().split(/[\s、，,]+/u);
  return names.every(looksLikeName) ? { ...emptyCredits(), reporters: names, problems: [] } : null;
}

/**
 * Parses a credit string. Returns null when the text is not a credit at all (a headline, a sentence),
 * so that callers can use it to recognise credit lines.
 */
export function parseCredits(text: string, settings: PaperSettings): ParsedCredit | null {
  const bracketed = bracketedNames(text);
  if (bracketed) return bracketed;
  const words = roleWords(settings);
  // A credit has a role: a role word, a photo mark (摄), an author mark (□) or a slash form (文/, 图：). Most short
  // lines (headlines, captions) have none, and are no credit without the parse below.
  if (!ROLE_SIGNS.test(text) && !words.some(({ word }) => word.length >= 2 && text.includes(word))) return null;
  let body = text.trim().replace(/^[(（]\s*/u, '').replace(/\s*[)）]$/u, '');
  const authorMarked = AUTHOR_MARK.test(body);
  body = body.replace(AUTHOR_MARK, '');
  if (!body) return null;
  const tokens = body
    .split(/[\s、，,；;]+/u)
    .flatMap((t) => creditTokens(t, words))
    .filter(Boolean);

  const result: ParsedCredit = { ...emptyCredits(), problems: [] };
  let role: Role | null = authorMarked ? 'reporters' : null;
  let sawRoleWord = authorMarked;
  let sawExplicitRole = false;
  let group: string[] = []; // names since the last role word, in case a trailing 摄 makes them photographers
  // Names before any role (`张雪 李明 摄`): a credit only if a photo mark or 文/图 follows and gives them one.
  let unassigned: string[] = [];
  /** After `文/图`: the names that follow wrote the text and took the pictures. */
  let alsoPhotographer = false;
  /** `文/图` just read, no name yet: a role word next (`文/图 本报记者 张三`) keeps it. */
  let textAndPhotoOpen = false;

  const add = (name: string) => {
    textAndPhotoOpen = false;
    group.push(name);
    if (!role) {
      unassigned.push(name);
      return;
    }
    if (!result[role].includes(name)) result[role].push(name);
    if (alsoPhotographer && !result.photographers.includes(name)) result.photographers.push(name);
  };

  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    const isLast = i === tokens.length - 1;
    const trailing = group.length > 0 && (isLast || !NAME.test(tokens[i + 1] ?? ''));
    if (TEXT_AND_PHOTO.test(token)) {
      if (trailing) {
        // `本报记者 李四 文/图`: everyone named before it took the pictures too; unassigned ones wrote the text as well.
        moveGroup(result, unassigned, null, 'reporters');
        unassigned = [];
        const named = [...result.reporters, ...result.correspondents, ...result.interns];
        for (const name of named) if (!result.photographers.includes(name)) result.photographers.push(name);
      } else {
        // Names before it with no role of their own: no credit this parser can read.
        if (unassigned.length) return null;
        role = 'reporters';
        alsoPhotographer = textAndPhotoOpen = true;
      }
      sawRoleWord = sawExplicitRole = true;
      group = [];
      continue;
    }
    const slash = SLASH_ROLE.exec(token);
    if (slash) {
      role = slashRole(slash[1]!);
      alsoPhotographer = false;
      sawRoleWord = sawExplicitRole = true;
      group = [];
      continue;
    }
    if (PHOTO_MARK.test(token)) {
      if (trailing) {
        // Only a bare 摄 makes photographers of names with no role word before them (`张雪 李明 摄`; not 摄影).
        if (unassigned.length && (token !== '摄' || !creditedByBareMark(unassigned, group))) return null;
        moveGroup(result, group, role, 'photographers');
        unassigned = [];
      } else role = 'photographers';
      alsoPhotographer = false;
      sawRoleWord = true;
      group = [];
      continue;
    }
    // `张雪摄`: the photo mark glued to the name.
    let photo = false;
    if (/摄(?:影)?$/u.test(token) && NAME.test(token.replace(/摄(?:影)?$/u, ''))) {
      token = token.replace(/摄(?:影)?$/u, '');
      photo = true;
    }
    const roleToken = photo ? null : matchRoleToken(token, words);
    if (roleToken) {
      // Names before the first role word belong to no one's role: the line is no credit.
      if (unassigned.length) return null;
      role = roleToken.role;
      alsoPhotographer = textAndPhotoOpen && role === 'reporters';
      sawRoleWord = sawExplicitRole = true;
      group = [];
      if (roleToken.rest) add(roleToken.rest);
      continue;
    }
    if (MADE_BY.test(token)) {
      group = [];
      continue;
    }
    if (token === '文' && group.length > 0) {
      // `李明 文 张雪 摄`: 文 after names marks the writers, as 摄 marks the photographers.
      if (unassigned.length && !creditedByBareMark(unassigned, group)) return null;
      moveGroup(result, unassigned, null, 'reporters');
      unassigned = [];
      role = null;
      alsoPhotographer = false;
      sawRoleWord = true;
      group = [];
      continue;
    }
    if (NAME.test(token)) {
      if (photo) {
        sawRoleWord = true;
        const previous: Role | null = role;
        role = 'photographers';
        add(token);
        role = previous;
        continue;
      }
      add(token);
      continue;
    }
    if (/^\p{Script=Han}$/u.test(token) && isLast && role) {
      // `融媒体中心记者 张`: the line was cut off. Keep the text, invent nobody.
      result.problems.push({ code: 'truncated-credit', text });
      continue;
    }
    if (/^\p{Script=Han}{5,12}$/u.test(token) && role && sawExplicitRole) {
      result.problems.push({ code: 'unsplittable-names', text: token });
      continue;
    }
    return null;
  }
  if (!sawRoleWord || unassigned.length) return null;
  return result;
}

/**
 * A photo credit at the end of a caption (`图为车间一角。张雪 摄`, `…。（记者 张雪 摄）`, `图为车间一角 张雪摄`): the
 * caption keeps its text as printed, and its photographers are credited. Null when the caption ends in no such credit.
 */
export function captionCredit(text: string, settings: PaperSettings): ParsedCredit | null {
  if (!text.includes('摄')) return null;
  const sentenceEnd = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'), text.lastIndexOf('；'));
  // parseCredits reads a credit in brackets (`（记者 张雪 摄）`) as well as one without.
  const tail = text.slice(sentenceEnd + 1).trim();
  // The whole tail after the last sentence, else what follows a space in it: a caption may run on without a full stop.
  const starts = [0, ...[...tail.matchAll(/\s+/gu)].map((m) => m.index + m[0].length)];
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

export function mergeCredits(into: Credits, from: Credits): void {
  for (const role of ROLES) for (const name of from[role]) if (!into[role].includes(name)) into[role].push(name);
}
