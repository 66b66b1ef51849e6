// The words of a credit, as this parser knows them: the shape of Chinese names (surnames included), the paper's role
// words, the marks (摄, 文/图, □), and what kind of word each token of a credit line is.
import { ROLES, type Role } from '../schema.ts';
import { foldToSimplified, withTraditional } from '../search/fold.ts';
import type { PaperSettings } from './settings.ts';
import { codeUnits } from './text.ts';

/** A personal name: 2–4 Han characters (compound surnames included), or a transliterated name joined by ·. */
export const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,8}(?:[·・•]\p{Script=Han}{1,8})+)$/u;
/**
 * Common Chinese surnames, single and compound: what tells a line of names (`张三丰 李小龙 王大锤`, a list of those
 * honoured) from a slogan of short phrases (`学思想 强党性 重实践`), which the same shape would make a banner.
 */
const SURNAMES = withTraditional([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝']);
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '尉迟', '公孙', '夏侯', '司徒', '端木', '长孙', '宇文', '西门', '南宫']);
/** Their first characters, in either script: only a token that starts with one needs folding to be looked up. */
const COMPOUND_FIRST = withTraditional([...COMPOUND_SURNAMES].map((surname) => surname[0]!));

/**
 * A name of 2–3 characters that starts with a common surname, or of 3–4 that starts with a compound one; in
 * traditional characters too (楊, 歐陽).
 */
export function looksLikeName(token: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(token)) return false;
  if (token.length <= 3 && SURNAMES.has(token[0]!)) return true;
  return token.length >= 3 && COMPOUND_FIRST.has(token[0]!) && COMPOUND_SURNAMES.has(foldToSimplified(token.slice(0, 2)));
}

/**
 * Names spaced apart, joined back: two characters spaced to the width of three (`张　伟`, a typesetter's habit), or a
 * surname spaced from its given name by OCR (`王 明`, `王 晓明`, `欧阳 明月`). A surname alone is no name, so what
 * follows it, one or two characters, is the rest of it; but not a name of its own after a one-character word that
 * is also a surname (`文 张雪 摄`: 文 is the writer's mark there).
 */
export function joinSpacedNames(tokens: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const surname = isSpacedSurname(token, next);
    // After the mark of what names did (`文 刘 军 图`: 文 is the writer's mark, 刘军 the photographer), a surname
    // followed by its given name is that name's, not the given name of the mark read as a surname.
    const markBeforeName = WORK_MARK_WORDS.has(token) && isSpacedSurname(next ?? '', tokens[i + 2]) && isGivenName(tokens[i + 2]);
    if (surname && isGivenName(next) && !markBeforeName) {
      joined.push(token + next);
      i++;
    } else joined.push(token);
  }
  return joined;
}

/** A surname alone, spaced from what follows it (`王`, `欧阳`), and not a name before a full name of its own. */
function isSpacedSurname(token: string, next: string | undefined): boolean {
  return token.length === 1
    ? SURNAMES.has(token) && (next?.length === 1 || !looksLikeName(next ?? ''))
    : token.length === 2 && COMPOUND_FIRST.has(token[0]!) && COMPOUND_SURNAMES.has(foldToSimplified(token));
}

/**
 * A given name of one or two characters, maybe with the mark of what its bearer did after a slash (`军/图`); not a
 * mark or a word a credit ends in (`李明 文 摄影 张雪`: 文 is the writer's mark, 摄影 the photographer's).
 */
const isGivenName = (token: string | undefined): boolean =>
  token !== undefined && GIVEN_NAME.test(token) && !PHOTO_MARK.test(token) && !isMadeBy(token);
const GIVEN_NAME = /^\p{Script=Han}{1,2}(?:[/／](?:文|图|摄))?$/u;
/** The marks of what names did that are also surnames. */
const WORK_MARK_WORDS = new Set(['文', '图']);

/** What an official list notes after a name: a woman's, a minority's (`(女)`, `（女，土家族）`). */
const PERSON_NOTE = /[（(](?:[女男]|[女男][，,、]\p{Script=Han}{1,4}族|\p{Script=Han}{1,4}族)[)）]/gu;
/**
 * A name and a space at a line's start; a two-character name may be padded to a list's three-character cells (`刘 芳`),
 * and a name marked (`谢春燕(女) `).
 */
const NAME_THEN_SPACE = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}[ \u3000]\p{Script=Han})(?:[（(][^（）()]{1,8}[)）])?[\s\u3000、]/u;

/** A space, a 、 or a bracket among a line's first six characters, looked for without a pattern: every line is asked. */
function gapNearStart(text: string): boolean {
  for (let i = 1; i < 6 && i < text.length; i++) if (NAME_GAPS.has(text.charCodeAt(i))) return true;
  return false;
}
const NAME_GAPS = codeUnits(' \u3000、(（\t');

/**
 * A line of names and nothing else: part of the text (a list of those honoured), not a headline or banner. Many
 * two-character words start with a surname's character (`高铁 时代`, `明礼 尚德 向善`), so a line of two-character
 * words alone is a list only when it is longer than a headline or slogan of them runs: four spaced apart, or three
 * set off by 、 (`王芳、李娜、张伟`). With one name of three characters, two names are enough.
 */
export function isNameList(text: string): boolean {
  // Most lines asked are paragraphs, which fail this within their first five characters: they need no split.
  if (text.length > 160 || !gapNearStart(text) || !NAME_THEN_SPACE.test(text)) return false;
  // An official list sets its names in cells of three characters, padding the two-character ones (`于 洋 马晓波 王 芳`),
  // and marks its women and its minorities' members (`刘 芳(女)`, `（土家族）`).
  const tokens = joinSpacedNames(text.trim().replace(PERSON_NOTE, '').split(/[\s\u3000、]+/u));
  if (tokens.length < 2 || !tokens.every(looksLikeName)) return false;
  // Towns named together over a joint story's headline (`路孔镇 仁义镇`): places, though 路 and 吴 are surnames.
  if (tokens.every(isTown)) return false;
  return tokens.some((token) => token.length >= 3) || tokens.length >= (text.includes('、') ? 3 : 4);
}

// A hollow mark before a name signs a commentary (`□ 李明远`); solid marks (■ …) open subheads instead.
// OCR reads a bar before the name (`丨张晓梅`, `｜张晓梅`) for the same mark, or the character 口, spaced from the names
// after it (`口 陈 林`).
export const AUTHOR_MARK = /^(?:[□◇○◎]\s*|[丨｜|]\s*(?=\p{Script=Han}{2,4}$)|口\s+(?=[\p{Script=Han}\s]{2,12}$))/u;
const PHOTO_MARK = /^(?:摄|摄影)$/u;
const SLASH_ROLE = /^(文|图|文图|图文|摄影|摄|文字|撰文|制图|绘图)[/／:：|｜]/u;
/**
 * Text and pictures by the same hand: before the names (`文/图 赵磊`, `图文：赵磊`) or after them (`李四 文/图`). A bare
 * 文图 counts only in a line that has some other role sign (ROLE_SIGNS), as a slash form needs.
 */
const TEXT_AND_PHOTO = /^(?:文[/／·]图|图[/／·]文|文图|图文|图文报道|摄影报道)(?:[/／:：]|$)/u;
/**
 * Words after the names that say how the story was made, and name nobody (`本报记者 李明 发自北京`), or who gave the
 * picture (`图/县实验小学提供`).
 */
const MADE_BY_WORDS = new Set(['报道', '采写', '供稿', '整理', '采集', '采访整理', '编译', '摘编', '撰稿', '综合报道', '联合报道']);
// Words, not patterns, first: every name of every credit is asked.
const isMadeBy = (token: string) =>
  MADE_BY_WORDS.has(token) ||
  ((token.startsWith('发自') || token.endsWith('提供') || token.endsWith('供图') || token.endsWith('供稿') || token.endsWith('报导') || token.endsWith('报道')) &&
    /^(?:发自\p{Script=Han}{1,6}|\p{Script=Han}{2,16}(?:提供|供图|供稿)|\p{Script=Han}{1,6}报[道导])$/u.test(token));
/**
 * The page's or the supplement's staff, in a credit beside its writers (`见习编辑 吴桐`, `策划：周建平 统筹：李梅`): the
 * names after one edited, planned or checked the story, and are credited with none of its roles.
 */
const STAFF_WORDS = new Set([
  ...['', '见习', '实习', '责任', '本版', '美术', '文字'].map((rank) => `${rank}编辑`),
  '责编', '美编', '校对', '审核', '审校', '监制', '策划', '统筹', '执行', '设计', '版式', '排版', '视觉', '视觉设计',
]);
/**
 * The makers of a video, an aerial picture or a drawing (`视频 刘洋 剪辑 赵强`, `制图 李梅`), a picture's as a camera's
 * are: its photographers. Words alone before the names, not role words read inside tokens: each role word is looked
 * for in every token of every credit.
 */
const PICTURE_MAKERS = new Set(['视频', '剪辑', '航拍', '制图', '绘图', '漫画']);
/**
 * The writer's place of work before their name (`□ 县委党校 周建国`): a word ending as a unit does that is no name,
 * crediting nobody.
 */
export const isWritersUnit = (token: string) => token.length >= 3 && UNIT_LAST.has(token.charCodeAt(token.length - 1)) && UNIT_END.test(token) && (!looksLikeName(token) || isTown(token));
/** A town's name, though it reads as a person's (`吴家镇`: 吴 is a surname): no one is named 某家镇. */
const TOWN = /^\p{Script=Han}{2,4}(?:镇|乡|街道)$/u;
/** A town's or a street's name (`路孔镇`, `昌元街道`): a place, though its first character may be a surname. */
export const isTown = (token: string) => TOWN.test(token);
/**
 * The writer's post in a body before their name (`作者：区书法家协会主席 唐明远`, `区作协会员 李娟`): crediting nobody, as a
 * unit does. Four characters at least, for a name may end so (`王主席` is no one's name, `李会员` none either).
 */
const isWritersPost = (token: string) => token.length >= 4 && WRITERS_POST.test(token) && !looksLikeName(token);
const WRITERS_POST = /(?:协会|作协|书协|美协|文联|学会)(?:副?主席|副?会长|会员|理事|秘书长)$/u;
/** How the name of a unit, a place of work, ends (`县委党校`, `县文化馆`, `双河街道`): the words other lists of units build on. */
export const UNIT_WORDS = ['院', '局', '委', '办', '校', '中心', '馆', '所', '站', '部', '处', '公司', '协会', '社区', '街道', '镇', '乡', '村', '大队', '支队', '中队'];
/** How a post ends (`县委书记`, `心内科护士长`, `高级技师`, `高级农艺师`): what a person's place of work may end in after the unit. */
export const POST_WORDS = ['书记', '主任', '[县区镇乡市省部局处科院校站所村厂]长', '护士长', '班长', '组长', '队长', '主席', '经理', '董事长', '会长', '师'];
/** The last characters UNIT_END's words end in, as code units: every name of every credit is asked, and few end so. */
const UNIT_LAST = codeUnits(UNIT_WORDS.map((word) => word.at(-1)).join(''));
const UNIT_END = new RegExp(`(?:${UNIT_WORDS.join('|')})$`, 'u');
/** The speaker of a piece told in the first person (`（口述：陈德福 整理：本报记者 王磊）`): its author. */
const SPEAKER = '口述';
/**
 * A commentator signing by name (`本报评论员 何平`, `特约评论员 张三`) writes in the paper's voice, as an author; alone
 * (`本报评论员`) the byline credits nobody (classify.ts). A word, not a role word, for the reason PICTURE_MAKERS are.
 */
const isCommentator = (token: string) => token.endsWith('评论员') && ROLE_LEAD.test(token.slice(0, -3));
/**
 * Whether a line names a picture's maker (PICTURE_MAKERS) or a commentator: a credit's sign, as a role word is. One
 * search of the line.
 */
export const namesWordRole = (text: string) => WORD_ROLE_IN.test(text);
const WORD_ROLE_IN = /视频|剪辑|航拍|制图|绘图|漫画|评论员/u;
/** The characters a slash form or 文/图 starts with. */
const SLASH_FIRST = new Set([...'文图摄撰制绘']);
/** A role word and its names joined by a colon (`作者：张三`, `记者:张三、李四`). */
const ROLE_COLON = /^(\p{Script=Han}{2,12})[:：](.*)$/u;
/** Characters without which a line has no role but by a role word: author marks, the photo mark, slash forms. */
export const ROLE_SIGNS = /[□◇○◎摄/／:：|｜丨]/u;

interface RoleWord {
  word: string;
  role: Role;
}

const roleWordCache = new WeakMap<PaperSettings, RoleWord[]>();

export function roleWords(settings: PaperSettings): RoleWord[] {
  let words = roleWordCache.get(settings);
  if (!words) {
    words = [];
    for (const role of ROLES) for (const word of settings.roles[role]) words.push({ word, role });
    // Longest first, so 摄影记者 wins over 记者 and 实习记者 over 记者.
    words.sort((a, b) => b.word.length - a.word.length);
    roleWordCache.set(settings, words);
  }
  return words;
}

/**
 * A credit with a space OCR or a PDF's character spacing left inside its role word or the centre's name
 * (`融 媒体中心记者 廖国颖 通 讯员 李明刚`, `融媒体中心记 者 廖国颖`), those words closed up; null when it has none.
 * Names keep their spaces: a name spaced to its width is read as one (joinSpacedNames).
 */
export function closedRoleWords(credit: string, settings: PaperSettings): string | null {
  let spaced = spacedRoleWordCache.get(settings);
  if (!spaced) {
    const words = creditWords(settings);
    const spacedWord = (word: string) => [...word].join('[ \u3000]?');
    spaced = new RegExp(words.sort((a, b) => b.length - a.length).map(spacedWord).join('|'), 'gu');
    spacedRoleWordCache.set(settings, spaced);
  }
  const closed = credit.replace(spaced, (word) => word.replace(/[ \u3000]/gu, ''));
  return closed === credit ? null : closed;
}
const spacedRoleWordCache = new WeakMap<PaperSettings, RegExp>();
/** The centre's name and the paper's, which a county paper's role word most often opens with. */
const ROLE_WORD_LEADS = ['融媒体中心', '本报'];
/** The words a space may tear or a column break may split: the role words of two characters or more, and their leads. */
const creditWords = (settings: PaperSettings) => [...roleWords(settings).map(({ word }) => word).filter((word) => word.length >= 2), ...ROLE_WORD_LEADS];

/** Whether a line torn after `before` and before `after` was torn inside a role word (`通` / `讯员`, `融媒体中心记` / `者`). */
export function tearsRoleWord(before: string, after: string, settings: PaperSettings): boolean {
  return creditWords(settings).some((word) => [...Array(word.length - 1).keys()].some((k) => before.endsWith(word.slice(0, k + 1)) && after.startsWith(word.slice(k + 1))));
}

/**
 * What may stand before a role word in one token: an organisation (`融媒体中心`, `华龙网`, `新华社`, `CGTN`), `本报`,
 * and ranks (`特约`, `首席`, `驻京`). Anything else makes the role word part of another word: `工作者` is no 作者, and
 * `摄影大赛` no photographer.
 */
const ROLE_LEAD = /^(?:[A-Za-z]{2,10}|央视|央广|\p{Script=Han}{0,16}?(?:中心|报社|报|社|台|网|站|局|部|办|委|队|院|校|所|处|厅|刊|团|公司|集团))?(?:本报|本刊|本台|本网|本站)?(?:特约|特派|首席|资深|高级|主任|见习|实习|全媒体|融媒体|融媒|驻站|驻\p{Script=Han}{1,4})*$/u;

/** Splits `融媒体中心记者` into its role; `记者杨丽丹` into role and name. Only a leading organisation may precede the word. */
function matchRoleToken(token: string, words: RoleWord[]): { role: Role; rest: string } | null {
  let best: { role: Role; at: number; end: number } | null = null;
  for (const { word, role } of words) {
    if (word.length < 2) continue; // single characters (文, 图) only count in the slash form
    const at = token.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (!best || end > best.end) best = { role, at, end };
  }
  if (!best || !ROLE_LEAD.test(token.slice(0, best.at))) return null;
  const rest = token.slice(best.end);
  // `记者节座谈会` or `记者手记` is no credit: a name glued to a role word must itself look like a name.
  if (rest && !(NAME.test(rest) && (looksLikeName(rest) || /[·・•]/u.test(rest)))) return null;
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
export function creditTokens(token: string, words: RoleWord[]): string[] {
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
    if (colon && (matchRoleToken(colon[1]!, words)?.rest === '' || STAFF_WORDS.has(colon[1]!) || PICTURE_MAKERS.has(colon[1]!) || MADE_BY_WORDS.has(colon[1]!) || colon[1] === SPEAKER)) {
      return [colon[1]!, colon[2]!];
    }
  }
  // `王晓明/文 张雪/图`: the mark after the name, past a slash, says what that name did; `记者陈冠霖／金宁报道`, where
  // the reporter reported from.
  if (token.includes('/') || token.includes('／')) {
    const marked = NAME_THEN_MARK.exec(token);
    if (marked && NAME.test(marked[1]!)) return [marked[1]!, marked[2]!];
    const from = REPORTED_FROM.exec(token);
    if (from) return [from[1]!, from[2]!];
  }
  // `记者林靖摄`, `本报记者王冬摄`: a role word, a name and the photo mark glued together, as PDF text often runs them;
  // read with the mark apart, as `记者 林靖 摄` is (the name took the picture), not as a reporter named 王冬摄.
  if (token.endsWith('摄') || token.endsWith('摄影')) {
    const [, credited, mark] = GLUED_PHOTO.exec(token)!;
    if (matchRoleToken(credited!, words)?.rest) return [...splitGluedRoles(credited!, words), mark!];
  }
  return splitGluedRoles(token, words);
}

const GLUED_PHOTO = /^(.*?)(摄影?)$/u;

/** A name, a slash and the mark of what it did (`王晓明/文`, `张雪/图`). */
const NAME_THEN_MARK = /^(.+?)[/／](文|图|摄)$/u;
/** A credit and, past a slash, the place it was reported from (`记者陈冠霖／金宁报道`), as Taiwan's papers print it. */
const REPORTED_FROM = /^(.+?)[/／](\p{Script=Han}{1,6}报[道导])$/u;

function slashRole(word: string): Role {
  // A graphic's maker (`制图/李娜`) is a picture's, as 制图 before a name is (PICTURE_MAKERS).
  if (word.startsWith('图') || word.startsWith('摄') || word.endsWith('图')) return 'photographers';
  return 'reporters';
}

/** What one token of a credit is, read once: the parse acts on these kinds, not on patterns. */
export type CreditToken =
  /** `文/图`, `图文`, `摄影报道`: text and pictures by the same hand. */
  | { kind: 'textAndPhoto' }
  /** `文/`, `图：`: the names after it wrote or took the pictures. */
  | { kind: 'slash'; role: Role }
  /** `摄`, `摄影` on their own: after names, those names took the pictures; before them, the names that follow. */
  | { kind: 'photoMark'; bare: boolean }
  /** `本报记者`, or `记者杨丽丹` with the name glued on. */
  | { kind: 'role'; role: Role; rest: string }
  /** `报道`, `采写`, `发自北京`: how the story was made; nobody. */
  | { kind: 'madeBy' }
  /** `见习编辑`, `策划`: the names after it are the staff's, credited with no role. */
  | { kind: 'staff' }
  /** `文` after names: those names wrote it. */
  | { kind: 'textMark' }
  /** A name, or one with the photo mark glued on (`张雪摄`). */
  | { kind: 'name'; name: string; photo: boolean }
  | { kind: 'other' };

const GLUED_PHOTO_MARK = /^(.+?)摄(?:影)?$/u;

export function creditToken(token: string, words: RoleWord[], afterNames: boolean): CreditToken {
  if (TEXT_AND_PHOTO.test(token)) return { kind: 'textAndPhoto' };
  const slash = SLASH_ROLE.exec(token);
  if (slash) return { kind: 'slash', role: slashRole(slash[1]!) };
  if (PHOTO_MARK.test(token)) return { kind: 'photoMark', bare: token === '摄' };
  const glued = token.endsWith('摄') || token.endsWith('摄影') ? GLUED_PHOTO_MARK.exec(token)?.[1] : undefined;
  if (glued && NAME.test(glued)) return { kind: 'name', name: glued, photo: true };
  // 图 after names marks their pictures, as 摄 does (`杨丽丹 文 张雪 图`); before names it is their role word.
  if (token === '图' && afterNames) return { kind: 'photoMark', bare: true };
  if (PICTURE_MAKERS.has(token)) return { kind: 'role', role: 'photographers', rest: '' };
  if (token === SPEAKER || isCommentator(token)) return { kind: 'role', role: 'authors', rest: '' };
  const role = matchRoleToken(token, words);
  if (role) return { kind: 'role', ...role };
  if (isMadeBy(token) || isWritersUnit(token) || isWritersPost(token)) return { kind: 'madeBy' };
  if (STAFF_WORDS.has(token)) return { kind: 'staff' };
  if (token === '文' && afterNames) return { kind: 'textMark' };
  if (NAME.test(token)) return { kind: 'name', name: token, photo: false };
  return { kind: 'other' };
}
