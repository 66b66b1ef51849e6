// Shapes of a line that several stages read: the classifier (what a line is), the assembler (where a story or a
// notice ends) and the repair of torn paragraphs (what a column break never tears). Kept apart from all three so
// that none imports a later stage for them.
import { isTown, joinSpacedNames, looksLikeName, POST_WORDS, UNIT_WORDS } from './credit-words.ts';
import { DIGIT, isDateAlone } from './dates.ts';
import { LETTERED_PAGE_NO } from './page-labels.ts';
import { codeUnits, hasVisibleLength } from './text.ts';

/** A page number as pages print it: digits (`3`, `１２`), Chinese numerals (`十二`), or a lettered page's (`A03`, page-labels.ts). */
export const PAGE_NO_FORMS = `${DIGIT}{1,3}|[〇零一二两三四五六七八九十]{1,3}|${LETTERED_PAGE_NO}`;
/** The same, as a capture group. */
export const PAGE_NO = `(${PAGE_NO_FORMS})`;
/** The page count, printed by the masthead or in a page's header (`今日8版`, `本期16版`, `今日共十二版`). */
export const PAGE_COUNT_WORDS = `(?:今日|今天|本期|本报今日)(?:出版|共)?\\s*${PAGE_NO}\\s*个?版`;

/** The marks a subhead or a brief's headline starts with (`■ 关注点一`, `●3月12日，…`). */
export const SUBHEAD_MARK = '[■▲△◆●★☆◇]';
/** A subhead's mark at a line's start, and the spaces after it. */
export const SUBHEAD_MARK_AT = new RegExp(`^\\s*${SUBHEAD_MARK}\\s*`, 'u');
/** A mark before a title or a label as OCR reads it (□ or ■ as `口` or `I`, a bar as `l` or `丨`), before a space. */
export const OCR_MARK_CHARACTERS = '口Il|丨｜';
export const OCR_MARK = new RegExp(`^[${OCR_MARK_CHARACTERS}]\\s+(?=\\p{Script=Han})`, 'u');
/**
 * The same mark read as `口` or `〇` with no space, before a word no title starts with either (`口县妇幼保健院开展…`,
 * `〇县委书记…`, `口我县…`).
 */
export const OCR_MARK_GLUED = /^[口〇○](?=[县区市镇乡我全])/u;

/**
 * A line short enough to be a credit, a label or a box's line, with no full stop in it. The full stop first: it is
 * found early in a body line, where counting the length would read it all.
 */
export const isShortUnstopped = (text: string): boolean => !/[。！？]/u.test(text) && !hasVisibleLength(text, 61);

/** Who sponsors a page or a column (`县税务局 主办`, `县委宣传部 县融媒体中心 联办`): over a title, its kicker. */
export const SPONSOR = /\s(?:联合)?(?:主办|协办|承办|联办|合办)$/u;

/**
 * A subtitle's leading dash (`——记区人民医院便民服务改革`, or as OCR reads it, `一一我县畜牧业发展调查`): a title line
 * under it is a subtitle, never a headline.
 */
export const SUBTITLE_DASH = /^(?:[—－-]{1,2}|一一(?!一))/u;

/** A classical poem's form or tune before its title (`七律·春游`, `满江红·登高`): the shape of a locality stamp, but a title. */
export const POEM_FORM = /^(?:[五七][律绝古言]|[五七]言(?:律诗|绝句)|满江红|念奴娇|沁园春|水调歌头|浣溪沙|西江月|蝶恋花|卜算子|清平乐|如梦令|临江仙|鹧鸪天|菩萨蛮|浪淘沙|忆秦娥|长相思|渔家傲|江城子|破阵子|青玉案|声声慢|虞美人|采桑子|钗头凤|一剪梅|天净沙|醉花阴|踏莎行|忆江南|苏幕遮|定风波)\s*[·・•]/u;

/**
 * A column's tag or a part's label in lenticular, square or tortoise-shell brackets, alone on its line (`【聚焦两会】`,
 * `[书画]`, `〔法官说法〕`, `［法条链接］`, `〖案情回放〗`).
 */
export const COLUMN_TAG = /^\s*(?:【[^】]+】|\[[^\]]+\]|〔[^〕]+〕|［[^］]+］|〖[^〗]+〗)\s*$/u;

/**
 * The labels of a story's own closing parts (`记者手记`, `相关链接`, `人物名片`), and of its numbered cases (`案例一`, over
 * each case's title, in a court's or a consumer council's round-up): a subhead inside it, not a new story's headline.
 */
export const PART_LABEL = /^(?:记者手记|记者观察|记者点评|编者按|编后|编后语|相关链接|新闻链接|背景链接|知识链接|法律链接|法规链接|政策链接|链接|延伸阅读|新闻背景|小贴士|温馨提示|警方提醒|法官提醒|检察官提醒|律师提醒|医生提醒|专家提醒|特别提醒|人物名片|人物简介|专家简介|作者简介|嘉宾简介|名词解释|典型案例|基本案情|简要案情|案情简介|案情回顾|案情回放|裁判结果|判决结果|处理结果|裁判要旨|典型意义|法律依据|法条链接|法官寄语|法官点评|检察官说法|律师点评|案例评析|案件评析|以案释法|民警提醒|警方提示|反诈提醒|(?:典型)?案例[一二三四五六七八九十]{1,2})[：:]?$/u;

/** The longest line PART_LABEL matches: a label of six characters and its colon. */
export const PART_LABEL_LENGTH = 7;

/** A numbered case with its title after a colon (`案例二:过期食品`), in a round-up of cases: a subhead, as `案例二` alone is. */
export const CASE_TITLE = /^(?:典型)?案例[一二三四五六七八九十]{1,2}[：:]\s*[^。！？，,]{2,24}$/u;

/**
 * A label that heads the piece under it when a title and its byline follow: a column's tag (`【聚焦两会】`), or a part's
 * label (`短评` over a commentary of its own, signed), its kicker.
 */
export const isLabelOverTitles = (text: string): boolean => COLUMN_TAG.test(text) || PART_LABEL.test(text.trim());

/**
 * A figure and what it counts, one item of a box of figures (`412.6亿元——地区生产总值`, `8600人——新增城镇就业`): a line
 * of its own, never a title nor torn from the next.
 */
const FIGURE_ITEM = /^\s*[0-9０-９][0-9０-９.．,，]*\s*(?:[%％]|\p{Script=Han}{1,3})?\s*[—－]{1,2}\s*\p{Script=Han}/u;
const isFigureItem = (text: string): boolean => text.length <= 40 && /^\s*[0-9０-９]/u.test(text) && FIGURE_ITEM.test(text);
const FIGURE = '[0-9０-９][0-9０-９.．,，]*';
const FIGURE_UNIT = '(?:[%％]|亿元|万元|元|万人|人次|人|个|家|吨|亩|公里|万|亿|项|座|所|辆|台|次|倍)';
/** The same with a space for the dash, when the figure has a unit (`86.4亿元 糖业综合利用产值`, `46% 甘蔗机收率`). */
const FIGURE_SPACED = new RegExp(`^\\s*${FIGURE}\\s*${FIGURE_UNIT}\\s+\\p{Script=Han}{2,14}$`, 'u');
// A figure has its unit or its change: a bare number is a year's (`奋进 2024`).
const FIGURE_AND_CHANGE = `(?:(?:同比)?(?:增长|下降|增加|减少|提高|上升)\\s*${FIGURE}\\s*${FIGURE_UNIT}?|${FIGURE}\\s*${FIGURE_UNIT})`;
/** The same with the label first, and maybe its change (`地区生产总值 916.8亿元 增长6.2%`, `规上工业增加值 增长9.1%`). */
const LABEL_AND_FIGURES = new RegExp(`^\\s*\\p{Script=Han}{2,14}(?:\\s+${FIGURE_AND_CHANGE}){1,2}$`, 'u');

/**
 * A table's row: three cells or more parted by spaces, the first a row's number (`1 清江镇队 3 0 0 9`,
 * `2 陈秀英家庭 双河街道金鹅社区`) or one a score or a price (`清江镇队 3∶1 吴家镇队`, `白菜 1.2 ↓`). A line of its own,
 * ending what it closes without a stop; never a title.
 */
export function isTableRow(text: string): boolean {
  const cells = cellsOf(text);
  return cells !== null && /\d/u.test(text) && (/^[0-9０-９]{1,3}$/u.test(cells[0]!) || cells.some((cell) => FIGURE_CELL.test(cell)) || countedRow(cells));
}

/**
 * Four cells or more, one of them a count (`区中医院护士 8 大专及以上 护理学`): a row of a table of posts or of places. A
 * count of three digits at most, not a year (`奋进 2024 …`), nor a figure spaced from its measure word (`100 天`).
 */
const countedRow = (cells: string[]) =>
  cells.length >= 4 && cells.some((cell, i) => /^[0-9０-９]{1,3}$/u.test(cell) && !/^\p{Script=Han}$/u.test(cells[i + 1] ?? ''));

/**
 * A result's or a price's row: two cells or more parted by spaces, one of them a measured figure alone (`682分`,
 * `26秒15`, `14.2元/公斤`, `42起`), a score (`22∶25`) or a placing (`第一名`, `冠军`, `体育道德风尚奖`): `陈思远 682分 荣昌中学`,
 * `男子100米 第一名 张浩然 昌元街道`, `第一节 22∶25`, `生猪（外三元） 14.2元/公斤`, `刑事警情 42起`. A headline or a
 * subtitle holds its figure inside a phrase (`协议引资额达126亿元 同比增长21.3%`); only a run of such rows makes a
 * list (apart-lines.ts), as a score line's headline (`荣昌队 3∶1 永川队`) stands alone.
 */
export function isResultRow(text: string): boolean {
  if (text.length > 60 || !hasSpace(text) || /[。！？；;，,、]/u.test(text) || !bracketsClosed(text)) return false;
  const cells = splitCells(text);
  // A schedule's row (`4月20日 9:30 开幕式`) is a table's, and its time no score.
  return cells.some((cell) => MEASURED_FIGURE.test(cell) || SCORE.test(cell) || PLACING.test(cell)) && !cells.some((cell) => DAY_CELL.test(cell));
}
const SCORE = /^[0-9０-９]{1,3}[∶:比][0-9０-９]{1,3}$/u;
const DAY_CELL = /[0-9０-９]{1,2}月[0-9０-９]{1,2}日/u;
const MEASURED_FIGURE = /^[0-9０-９]+(?:[.．][0-9０-９]+)?(?:分|秒|米|厘米|公里|公斤|千克|斤|元(?:\/\p{Script=Han}{1,2})?|起|票|环)(?:[0-9０-９]{1,2}(?:秒[0-9０-９]{0,2})?)?$/u;
const PLACING = /^(?:第[一二三四五六七八九十0-9０-９]{1,3}名|冠军|亚军|季军|金牌|银牌|铜牌|[特一二三]等奖|\p{Script=Han}{2,8}(?:奖|奖项))$/u;

/** A row's figure: a score, a price, a decimal, a time of day (`3∶1`, `1.2`, `上午9:30`). */
const FIGURE_CELL = /^(?:上午|下午|晚上|早上|中午)?[0-9０-９]+(?:[.．][0-9０-９]+|[∶:：比][0-9０-９]+)$/u;

/**
 * A row's cells: three or more, parted by spaces, without a sentence's punctuation or a bracket left open (a
 * dateline's credit torn at a line's end, `（记者 张丽 通讯`); null for another line.
 */
function cellsOf(text: string): string[] | null {
  // Most lines asked are a paragraph's or a title's: their length, or no space in them, turns them away first.
  if (text.length > 60 || !hasSpace(text) || /[。！？；;，,、]/u.test(text) || !bracketsClosed(text)) return null;
  const cells = splitCells(text);
  return cells.length >= 3 ? cells : null;
}

/**
 * A row of a listing, a timetable or a rota: three cells or more parted by spaces, two of them figures or holding one
 * (`19:00 新闻联播 19:39 焦点访谈`, `3月15日(周五) 老百姓大药房 宝城路56号 46723315`, `明天 小雨 10℃～15℃ 北风2～3级`,
 * `…开奖结果:03 11 17 25 33+05 09`), with no clause's comma or sentence's stop. Such a row never ends a sentence, and
 * joined to the next it fused a telephone number with the next row's date (`46788120` + `3月16日`). Prose spaced
 * around its figures (`2024 年 3 月`) has a figure's measure word as a cell of its own, which a row has not (a
 * forecast's `晴` follows a day, not a figure).
 */
export function isDataRow(text: string): boolean {
  // Asked of every paragraph a column break may have torn: prose is turned away by its first comma, most often.
  if (text.length > 160 || CLAUSE_MARK.test(text) || !INNER_SPACE.test(text)) return false;
  let figures = 0;
  const cells = splitCells(text);
  for (let i = 0; i < cells.length; i++) {
    if (ONE_HAN.test(cells[i]!) && i > 0 && /[0-9０-９]$/u.test(cells[i - 1]!)) return false;
    if (/[0-9０-９]/u.test(cells[i]!)) figures++;
  }
  return cells.length >= 3 && figures >= 2;
}
const ONE_HAN = /^\p{Script=Han}$/u;
const CLAUSE_MARK = /[，,。；;！？]/u;
const INNER_SPACE = /\S[ \u3000\t]+\S/u;

/** A row's cells, parted by spaces, full-width spaces or tabs. */
export const splitCells = (text: string): string[] => text.trim().split(CELL_GAP);
const CELL_GAP = /[ \u3000\t]+/u;

const hasSpace = (text: string) => text.trim().includes(' ') || text.includes('\u3000') || text.includes('\t');

function bracketsClosed(text: string): boolean {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) open++;
    else if (c === 0xff09 || c === 0x29) open--;
  }
  return open === 0;
}


/**
 * A person and where they work, a line of a list of those named (`张晓燕 县实验小学`, `王 芳 城南幼儿园`), maybe with
 * their post after the unit (`陈 丽 县人民医院心内科护士长`). A profile's headline has the same shape, a name and what
 * the person is (`王芳 扎根山区的好老师`), but no unit before the post, and a 的 in it.
 */
function isNameAndPlace(text: string): boolean {
  const words = joinSpacedNames(text.trim().split(/\s+/u));
  // A town is no person (`路孔镇 仁义镇`, towns over a joint story's headline), though 路 is a surname.
  return words.length === 2 && looksLikeName(words[0]!) && !isTown(words[0]!) && !words[1]!.includes('的') && (PLACE_OF_WORK.test(words[1]!) || POST_AT_UNIT.test(words[1]!));
}
const UNIT_OF_WORK = [...UNIT_WORDS, '学', '园', '厂'].join('|');
const PLACE_OF_WORK = new RegExp(`^\\p{Script=Han}{2,14}(?:${UNIT_OF_WORK})$`, 'u');
const POST_AT_UNIT = new RegExp(`^\\p{Script=Han}{1,14}(?:${UNIT_OF_WORK})\\p{Script=Han}{0,8}(?:${POST_WORDS.join('|')})$`, 'u');

/**
 * A person's row of a commendation's list: their name, maybe marked as a woman's, and their place of work and post,
 * after a space or in brackets (`刘 芳（女） 区经济信息委工业发展科科长`, `周 丽 区人民医院护士`, `王晓明（区发展改革委综合科科长）`).
 * A profile's headline may have the same shape (`陈刚 昌元街道社区民警`): only a list's context tells (apart-lines.ts).
 */
export function isPersonRow(text: string): boolean {
  const bracketed = NAME_AND_PLACE_IN_BRACKETS.exec(text);
  if (bracketed) return looksLikeName(bracketed[1]!.replace(/[ \u3000]/u, '')) && isPlaceOrPost(bracketed[2]!);
  // A list marks its women (`刘 芳（女） …`, `刘芳 女 …`): no word of the place.
  const words = joinSpacedNames(text.trim().replace(SEX_NOTE, ' ').split(/\s+/u)).filter((word) => word !== '女' && word !== '男');
  // A town is no person (`路孔镇 仁义镇`, towns over a joint story's headline), though 路 is a surname.
  return words.length === 2 && looksLikeName(words[0]!) && !isTown(words[0]!) && !words[1]!.includes('的') && isPlaceOrPost(words[1]!);
}
const NAME_AND_PLACE_IN_BRACKETS = /^\s*(\p{Script=Han}{2,4}|\p{Script=Han}[ \u3000]\p{Script=Han})\s*[（(](?:[女男][，,、])?([^（）()，,]{3,30})[)）]\s*$/u;
const SEX_NOTE = /[（(][女男][)）]/u;
const isPlaceOrPost = (words: string) => PLACE_OF_WORK.test(words) || LISTED_POST_AT_UNIT.test(words);
/** The posts a list of those commended names after their unit: a head's, and the rank and file's (`科员`, `护士`, `村民`). */
const LISTED_POSTS = [...POST_WORDS, '员', '护士', '民警', '辅警', '医生', '干部', '职工', '村民', '记者', '代表'];
const LISTED_POST_AT_UNIT = new RegExp(`^\\p{Script=Han}{1,14}(?:${UNIT_OF_WORK})\\p{Script=Han}{0,12}(?:${LISTED_POSTS.join('|')})$`, 'u');

/** A unit's name alone (`区财政局`, `昌州街道`, `…开发区管委会`): a line of a list of units, as a commendation prints them. */
export function isUnitName(text: string): boolean {
  if (text.length > 24) return false;
  const trimmed = text.trim();
  return UNIT_NAME_LAST.has(trimmed.charCodeAt(trimmed.length - 1)) && UNIT_NAME.test(trimmed);
}
const UNIT_NAME = new RegExp(`^\\p{Script=Han}{2,20}(?:${UNIT_OF_WORK}|委员会|管委会|联合会)$`, 'u');
/** The last characters a unit's name may end in, as code units: most lines are turned away by their last. */
const UNIT_NAME_LAST = codeUnits([...UNIT_WORDS, '学', '园', '厂', '会'].map((word) => word.at(-1)).join(''));

/**
 * Units' names spaced apart on a line (`区发展改革委 区经济信息委 区财政局`, `昌州街道 昌元街道 盘龙镇`): a list's row, not a
 * slogan. A slogan's words are of one length and name no county or district (`美丽乡村 和谐社区 平安校园 …`).
 */
export function isUnitRow(text: string): boolean {
  const words = text.trim().split(/[\s\u3000]+/u);
  return words.length >= 2 && words.every(isUnitName) && (new Set(words.map((word) => word.length)).size > 1 || words.some((word) => /^[区县市]/u.test(word)));
}

/**
 * A line of a box of figures, a table or an advertisement: a figure and what it counts, a table's row, a programme's, a telephone
 * number's field or a directory's line. A row and a directory's line have spaces, the others a dash or a colon, and none a sentence's punctuation: most lines of a
 * paragraph are turned away by these before any pattern is tried.
 */
export function isBoxOrTableLine(text: string): boolean {
  // Asked once: every title-shaped line comes here, and the shapes of three rows ask it.
  const spaced = hasSpace(text);
  return (TIMED_ROW.test(text) && (isDataRow(text) || isScheduleRow(text))) || isContactField(text) || (spaced && (isNumbersRow(text) || DRAWN_NUMBERS.test(text) || isRosterRow(text))) ||
    DATE_RANGE.test(text) || PRIZE_ALONE.test(text) ||
    text.length <= 60 && (isTableRow(text) || (text.includes('月') && SCHEDULE_ROW.test(text)) || isLabelledNames(text) || FIGURE_SPACED.test(text) || (spaced && LABEL_AND_FIGURES.test(text)) || (spaced && (DIRECTORY_LINE.test(text) || isNameAndPlace(text) || RECORD_FIELD.test(text))) ||
      ((text.includes('—') || text.includes('－') || text.includes('：') || text.includes(':')) && !/[。！？；;，,]/u.test(text) && (isFigureItem(text) || isNumberField(text))));
}

/**
 * A field of a court's record of a debtor, its label spaced from its value (`被执行人 张某某`, `身份证号 500226198503******`,
 * `案号 (2022)渝0153执1234号`, `未履行金额 86000元`), as a 曝光台 box prints a record: a line of the box, no title.
 */
const RECORD_FIELD = /^\s*(?:被执行人|申请执行人|失信被执行人|身份证号码?|组织机构代码|案号|执行案号|执行依据|执行法院|立案(?:时间|日期)|未履行金额|执行标的|涉案金额|失信情形|法定代表人)[\s\u3000]+\S/u;

/**
 * A programme's, a timetable's, a rota's or a forecast's row opens with a time of day or a day (`19:00 新闻联播 19:39 焦点访谈`,
 * `4月14日 周日 多云 17～25℃`, `3月16日(周六) 桐君阁大药房 …`) and a space: no headline with a row's cells does.
 */
const TIMED_ROW = /^\s*(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}|[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[（(][^（）()]{1,4}[）)])?)\s/u;
/**
 * A listing's row of three cells or more after its day, with no clause (`12月9日 荣昌区第三届全民健身马拉松 起点:海棠公园`,
 * `3月16日 周六 心内科 李主任医师`): its cells hold words, not figures, so isDataRow turns it away.
 */
const isScheduleRow = (text: string) => !CLAUSE_MARK.test(text) && splitCells(text).length >= 3;

/** Numbers drawn, three or more after a label (`福彩3D第2024067期开奖结果:5 2 9`, `前区:06 14 19 28 31`): no headline. */
const DRAWN_NUMBERS = /[：:]\s*[0-9０-９]{1,2}(?:\s+[0-9０-９]{1,2}){2,}/u;

/**
 * A prize list's row: cells parted by spaces, one a person's name or names, the last the work's title
 * (`荣昌中学 高二(5)班 陈思远 《基于物联网的智能鱼塘监测系统》`). A line of its own, never joined to the next.
 */
export function isRosterRow(text: string): boolean {
  if (!text.endsWith('》') || CLAUSE_MARK.test(text)) return false;
  const cells = splitCells(text);
  return cells.length >= 3 && cells.at(-1)!.startsWith('《') && cells.some((cell) => cell.split('、').every(looksLikeName));
}

/** A prize's grade alone over its winners (`一等奖`, `优秀奖（5项）`). */
const PRIZE_ALONE = /^\s*(?:[特一二三四五六]等奖|[金银铜]奖|优秀奖|优胜奖)(?:[（(][0-9０-９]{1,3}[项名个人件篇][）)])?\s*$/u;

/** The days a listing covers (`6月17日—6月23日`), under its title: its first line, no title of its own. */
const DATE_RANGE = /^\s*[0-9０-９]{1,2}月[0-9０-９]{1,2}日\s*[—–\-~～至]{1,2}\s*(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日\s*$/u;

/** A directory's row of names and their numbers run together (`火警119 匪警110 急救120`, `区自来水公司46722110 …`). */
const isNumbersRow = (text: string): boolean => {
  const cells = splitCells(text);
  return cells.length >= 2 && cells.every((cell) => NAMED_NUMBER.test(cell));
};
const NAMED_NUMBER = /^\p{Script=Han}{2,12}[0-9０-９][0-9０-９\-－]{2,}$/u;

/** A schedule's row: a day, the hours and what happens then (`6月20日 上午9:00—11:30 语文`). */
const SCHEDULE_ROW = /^\d{1,2}月\d{1,2}日\s*(?:[上下]午|晚上|全天)?\s*\d{1,2}[:：]\d{2}\s*[—–\-~～至]+\s*\d{1,2}[:：]\d{2}\s+\S.{0,30}$/u;

/**
 * A directory's or a price list's line: a name, then a telephone number or a price (`县政务服务热线 12345`,
 * `县人民医院急诊 023-46722120`, `火警 119`, `92号汽油 7.78元/升`, `猪肉(后腿) 14元/斤`). A year after a word (`奋进 2024`) is a headline's.
 */
const DIRECTORY_LINE = /^\s*[\p{Script=Han}0-9０-９]{2,14}(?:[（(]\p{Script=Han}{1,6}[）)])?\s+(?:[0-9０-９]{5,}|1(?:1[0-9]|2[0-9])(?!\S)|[0-9０-９]+[\-－][0-9０-９\-－]{4,}|[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[元角](?:\s*[/／]\s*\p{Script=Han}{1,2})?)\s*$/u;

/** A figure alone (`95.6%`, `8.6亿元`, `12`), printed as a story's headline over its dateline. */
export const FIGURE_ALONE = /^\s*[0-9０-９][0-9０-９.．,，]*\s*(?:[%％]|\p{Script=Han}{1,3})?\s*$/u;

/** A label and its value (`坐诊时间：每周二、周四上午`, `微信公众号：荣昌发布`): short, a line of its own. */
export const LABEL_AND_VALUE = /^\s*\p{Script=Han}{2,6}[：:]\s*\S/u;

/** A note in brackets on a line of its own (`（作者系荣昌区作协会员）`, `（图片由盘龙镇提供）`): a paragraph of its own. */
const NOTE_ALONE = /^\s*[（(][^（）()]*[）)]\s*$/u;
export const isNoteAlone = (text: string): boolean => NOTE_ALONE.test(text);

/**
 * A reader's letter signed by its writer (`读者 李华`, `市民 张建国`, `昌元街道 张大爷`), or a notice by whom it declares
 * (`声明人：罗国平`): its last line, and no headline.
 */
const SIGNATURE = /^\s*(?:\p{Script=Han}{0,6}(?:读者|市民|网友|村民|居民|群众|家长)|\p{Script=Han}{2,6}(?:街道|镇|乡|村|社区|小区)|声明人|申明人|公告人|申请人|委托人|寻亲人|启事人)[\s\u3000：:]+(\S{2,4})\s*$/u;
export const isSignature = (text: string): boolean => {
  // A signature parts its word from the name: most short lines, a title's, have nothing to part them.
  if (text.length > 20 || !/[\s\u3000：:]/u.test(text)) return false;
  const name = SIGNATURE.exec(text)?.[1];
  // `家长：别焦虑` and `网友 热议` are headlines: what follows the word must be a name, and no town (`清江镇 吴家镇`).
  return name !== undefined && looksLikeName(name) && !isTown(name);
};

/**
 * A notice's signature and its date on one line (`荣昌中学 2024年6月26日`, `重庆市荣昌区医疗保障局　2024年3月10日`): its
 * last line, as the two on lines of their own are, and no kicker of the next story.
 */
export const isSignedDate = (text: string): boolean => {
  // Asked of every short line: a date ends in 日.
  const trimmed = text.trimEnd();
  if (trimmed.length > 40 || !trimmed.endsWith('日')) return false;
  const at = trimmed.search(/[\s\u3000]+\S+$/u);
  return at > 0 && isDateAlone(trimmed.slice(at)) && isUnitName(trimmed.slice(0, at));
};

/**
 * A field whose value is a number (`联系电话：023-46751234`, `地区生产总值：412.6亿元`), perhaps with whom to ask for
 * after it (`13996123456（张女士）`, `13883451234 王教练`): nothing a column break goes on with, and no title.
 */
const NUMBER_FIELD = /^\s*\p{Script=Han}{2,12}[：:]\s*[0-9０-９][0-9０-９.．\s\-－—()（）、/]*(?:[（(]?\p{Script=Han}{1,4}[）)]?)?\s*$/u;
const isNumberField = (text: string): boolean => text.length <= 40 && (text.includes('：') || text.includes(':')) && NUMBER_FIELD.test(text);

/**
 * A note on the writer at a piece's end (`作者单位：县委政策研究室`, `指导老师：李红`, `推荐人：班主任 陈老师`): its last
 * line, and no headline.
 */
const WRITER_NOTE = /^\s*(?:作者单位|作者系|指导老师|指导教师|推荐人|推荐单位)[：:]?\s*\S/u;
export const isWriterNote = (text: string): boolean => text.length <= 40 && WRITER_NOTE.test(text);

/**
 * Lines that end what they close without a full stop: a notice's date (`2024年3月15日` under its signature), a
 * field whose value is a number, a note in brackets or on the writer, a letter's signature. The next line, a
 * notice's or an advertisement's title, starts something else.
 */
export const endsWithoutStop = (text: string): boolean =>
  // All but the last are short: a paragraph's length turns it away before any of them is tried.
  (text.length <= 40 && (isDateAlone(text) || isSignedDate(text) || isNumberField(text) || isContactField(text) || isNoteAlone(text) || isSignature(text) || isWriterNote(text) || isExcerptSource(text))) ||
  endsWithSpeaker(text) || isLabelledNames(text) || endsInTelephone(text);

/**
 * An advertisement's text that ends in whom to call (`…月租1800元。电话：15823451234`): the number ends it. Joined to
 * the next, the number ran into the next advertisement's words (`15823451234寻物启事本人…`).
 */
const endsInTelephone = (text: string): boolean => isDigitCode(text.charCodeAt(text.length - 1)) && TELEPHONE_AT_END.test(text);
const isDigitCode = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
const TELEPHONE_AT_END = /(?:电话|热线|手机|微信|联系方式)[：:]?\s*[0-9０-９][0-9０-９\-－]{6,}$/u;

/**
 * A quotation and its speaker after a dash, on one line (`“…积极性更高了。”——大建村村民 刘德福`), as a box of voices prints
 * them: the paragraph ends with the speaker.
 */
function endsWithSpeaker(text: string): boolean {
  if (!text.includes('—') && !text.includes('－')) return false;
  const speaker = QUOTATION_AND_SPEAKER.exec(text)?.[1];
  // The speaker's name ends the line (`大建村村民 刘德福`); a sentence torn after a dash (`“三大行动”——产业提升、环境整治`)
  // ends in other words.
  return speaker !== undefined && looksLikeName(speaker.trim().split(/[\s\u3000、]+/u).at(-1)!);
}
const QUOTATION_AND_SPEAKER = /[”」』]\s*[—－]{1,2}\s*([^“”「」。！？，,]{2,30})$/u;

/**
 * People or bodies named under a label (`优秀指导教师：刘明 陈芳 黄伟`, `体育道德风尚奖：河包初级中学、清江初级中学`): a
 * story's closing line, ended or not; no headline, and nothing a column break tore. Two-character names may be padded
 * to three (`刘 芳`).
 */
export function isLabelledNames(text: string): boolean {
  const field = text.length <= 80 ? LABELLED.exec(text) : null;
  if (!field) return false;
  const named = joinSpacedNames(field[2]!.trim().split(/[\s、，,]+/u));
  return named.length >= 2 && (named.every(looksLikeName) || named.every((word) => NAMED_BODY.test(word)));
}
const LABELLED = /^\s*(\p{Script=Han}{2,8})[：:]\s*([^。！？；;：:]+?)\s*$/u;

/**
 * An office and its one holder (`秘书长:罗文斌`), as a presidium's list ends; a profile's kicker may have the same shape
 * (`村党支部书记：罗文斌`): only a list's context tells (apart-lines.ts).
 */
export function isOfficeHolder(text: string): boolean {
  const field = text.length <= 24 ? LABELLED.exec(text) : null;
  return field !== null && OFFICE.test(field[1]!) && looksLikeName(field[2]!.replace(/[ \u3000]/u, ''));
}
const OFFICE = /(?:秘书长|主任|主席|书记|组长|队长|召集人|执行主席)$/u;
const NAMED_BODY = new RegExp(`^\\p{Script=Han}{2,14}(?:${[...UNIT_WORDS, '学', '园', '厂', '队'].join('|')})$`, 'u');

/** Where an excerpt comes from, under it (`——摘自《人民日报》`, `摘编自《光明日报》5月8日`): its last line, and no headline. */
export const isExcerptSource = (text: string): boolean => text.length <= 40 && EXCERPT_SOURCE.test(text);
const EXCERPT_SOURCE = /^\s*(?:[—－-]{1,2}\s*)?(?:摘自|选自|摘编自|转自|转载自|原载)《[^》]{1,20}》[^。！？]{0,16}$/u;

/**
 * The kind of writing or of art a supplement prints over a piece's title (`小小说` / `老 钟`, `散文` / `母亲的菜园`,
 * `书法` / `宁静致远`, `长篇小说连载` / `濑溪河（十八）`): a kicker, over a title of any length.
 */
export const GENRE = /^(?:小小说|微小说|短篇小说|小说|散文|随笔|杂文|诗歌|新诗|散文诗|童话|寓言|游记|书评|影评|札记|小作家|征文选登|校园作文|学生作文|学生习作|习作|佳作欣赏|书法|国画|篆刻|剪纸|书画|(?:长篇|中篇)?(?:小说)?连载)$/u;

/**
 * A line set with a space between each of its characters to fill its width (`讣  告`, `晓 言`, `春 水`): its characters
 * as the one word they are, or null for any other line (`春耕 备耕 正当 时节` keeps its spaces: it is words spaced apart).
 */
export function letterSpaced(text: string): string | null {
  const trimmed = text.trim();
  return LETTER_SPACED.test(trimmed) ? trimmed.replace(/[ \u3000]+/gu, '') : null;
}
const LETTER_SPACED = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han})+$/u;

/** A poem's title letter-spaced, as a series prints it apart from its verses (`春 水`, `夜 归`, `乡 愁 三 题`). */
export function isSpacedPoemTitle(text: string): boolean {
  const word = letterSpaced(text);
  return word !== null && [...word].length <= 6;
}

/** A literary page's section (`副刊`, `文艺·副刊`, `昌州文苑`): its pieces are signed by their writers, its name is the supplement's. */
export const LITERARY_SECTION = /副刊|文艺|文苑|文学/u;

/**
 * Whom to call or where to come, under a notice or an advertisement (`联系人：李先生 13996123456`, `电话：023-46755678`,
 * `地址：荣昌区海棠大道66号`): its last lines, and no headline.
 */
export const isContactField = (text: string): boolean => text.length <= 40 && (CONTACT_FIELD.test(text) || ADDRESS_FIELD.test(text));
const CONTACT_FIELD = /^\s*(?:联系人|联系电话|联系方式|电话|手机|咨询电话|报名电话|服务热线)[：:][^。！？，,]{0,20}?[0-9０-９][0-9０-９\-－]{6,}\s*$/u;
/** Where to come, over whom to call (`地址：荣昌区海棠大道66号`). */
const ADDRESS_FIELD = /^\s*(?:地址|联系地址|报名地址|办公地址)[：:]\s*\p{Script=Han}[^。！？，,；;]{1,30}$/u;

/** A paper's name (`铜梁报`, `重庆日报`, `金門日報`): two characters or more before 报, so that `喜报` is none. */
export const PAPER_NAME = /^\p{Script=Han}{2,6}[报報]$/u;

/**
 * A standing column's name by how it ends (`健康小贴士`, `普法小课堂`, `政策早知道`, `法治进行时`, `检察官说案`), named with
 * a service's number (`农技110`, `问政12345`) or with its instalment (`法官说法 第12期`): over a title of any length, a
 * kicker, and over a question, that question's. Not `讲堂`: `我县举办道德讲堂` is a headline.
 */
const STANDING_COLUMN = /^\p{Script=Han}{2,6}(?:小贴士|小课堂|微课堂|小讲堂|早知道|小常识|小知识|大家谈|进行时|说案)$|^\p{Script=Han}{2,4}[0-9０-９]{3,5}$|^\p{Script=Han}{2,6}\s*第[0-9０-９]{1,3}期$/u;
/** Asked of titles over titles: most end in another character than such a name's last, and are turned away by it. */
export const isStandingColumn = (text: string): boolean => STANDING_COLUMN_LAST.has(text.charCodeAt(text.length - 1)) && STANDING_COLUMN.test(text);
const STANDING_COLUMN_LAST = codeUnits('士堂道识谈时案期0123456789０１２３４５６７８９');

/**
 * What a box of rows after a story's text is called, a few words naming no subject of its own (`活动日程`, `坐诊安排`,
 * `报名流程`, `男子组最终排名`): its rows are the story's. `区人民医院专家坐诊安排` heads a box of its own, as one after another box's rows does.
 */
export const ROWS_HEADER = /^\p{Script=Han}{0,6}(?:日程|安排|一览表?|时间表|流程|名单|明细|日程表|结果|成绩|比分|排名|积分榜|排行榜|奖牌榜|总分|冠军|指标|统计表?|前[一二三四五六七八九十0-9０-９]{1,3}名)$/u;

/**
 * A column's name and its topic (`以案说法·婚姻家庭`, `普法课堂·反诈`): a locality stamp's shape, but no place's name; over a
 * headline, its kicker.
 */
export const COLUMN_AND_TOPIC = /^\p{Script=Han}{0,4}(?:说法|说案|讲堂|课堂|在线|提醒|链接)\s*[·・•]/u;

/** What heads a list: its count (`先进集体（20个）`, `先进个人（50名）`), its name (`…名单`) or its order (`（按姓氏笔画为序）`). */
export const ROSTER_HEADING = /(?:[（(][0-9０-９一二三四五六七八九十百]{1,4}[个名人家项位][)）]|名单(?:[（(]部分[)）])?|[按以]姓氏笔[画划]为?序[)）]?|排名不分先后[)）]?)\s*$/u;

/** The kinds of work a supplement prints as a picture (`书法`, `国画`, `剪纸`), in its title or caption. */
export const ARTWORK_KIND = '(?:国画|书法|油画|水彩画?|版画|剪纸|篆刻|摄影|漆画|素描|农民画|烙画|书画|美术)';
