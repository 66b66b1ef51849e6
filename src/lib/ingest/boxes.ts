// Boxes a page prints beside its stories, told by their shape: a front page's guide (导读) pointing to other pages
// (`◆ 荣昌陶入选非遗名录 3版`), the paper's imprint (`国内统一连续出版物号：CN 50-0001`, its address and printer), a
// weather box (`多云转小雨`, `12℃～18℃`), and the masthead in Latin letters (`RONGCHANG DAILY`). None is a story;
// read as text, each became an article of its own or the headline of the story under it.
import { opensStory, type FurnitureReason, type PlacedLine } from './line-kinds.ts';
import { PAGE_TOP_LINES, pageNumber } from './page-marks.ts';
import { ALL_DIGITS, CYCLICAL_YEAR, DIGIT, findPrintedDate, isDateAlone, LUNAR_MONTH_DAY } from './dates.ts';
import { GENRE, isShortUnstopped, letterSpaced, LITERARY_SECTION, PAGE_COUNT_WORDS, PAGE_NO, PAGE_NO_FORMS, PAPER_NAME, SPONSOR, SUBHEAD_MARK, SUBTITLE_DASH } from './line-shapes.ts';
import { LETTERED_PAGE_NO } from './page-labels.ts';
import { folded } from './script.ts';
import { isUnitAlone } from './title-lines.ts';
import { sectionNames, type PaperSettings } from './settings.ts';
import { countHan, hasVisibleLength } from './text.ts';

/** A guide entry's bullet: a subhead's marks, and the lighter ones guides use. */
const BULLET = `(?:${SUBHEAD_MARK}|[○□△•·▶►])`;
/** The page an entry is on, or the pages a report spread over (`2、3版`, `2-3版`). */
export const PAGE = `第?\\s*${PAGE_NO}(?:\\s*[、，,—–\\-－~～至]\\s*第?\\s*${PAGE_NO})?\\s*版`;
/** A page's section as a guide or a header names it (`综合`, `法治荣昌`, `经济·民生`): longer, a title. */
const SECTION_NAME = '\\p{Script=Han}{2,4}(?:[·・]\\p{Script=Han}{2,4})?';
/**
 * An entry and the page it is on: after a space, a leader (`……`) or in brackets; or the page first, in brackets, or
 * after a bullet and before a space (`▶ 2版 我县一季度地区生产总值增长6.8%`); or a lettered page first without its 版,
 * before a space or a bullet (`▶A05 城北新城…`, `A05 ▶ 城北新城…`, `A05 城北新城…`); or the page first with no bullet,
 * before a space and a title no section is named (`2版 我区启动“阳光厨房”建设`): `3版 综合` is a page's number and
 * section, as its header prints them.
 */
const GUIDE_ENTRY = new RegExp(
  `^(?:(?:${BULLET}\\s*)?(?:\\S.*?(?:\\s+|[…．.·—-]{2,}\\s*|[(（【〔]\\s*)(?:详?见)?${PAGE}\\s*[)）】〕]?|[【〔\\[]\\s*${PAGE}\\s*[】〕\\]]\\s*\\S.*)|${BULLET}\\s*${PAGE}\\s+\\S.*|${PAGE}\\s+(?!${SECTION_NAME}$)\\S.*|${BULLET}?\\s*${LETTERED_PAGE_NO}(?:\\s+|\\s*${BULLET}\\s*)\\S.*)$`,
  'u',
);
/** The page first, then a section's name or a title that short (`4版 法治荣昌`): a guide's entry among entries. */
export const PAGE_AND_NAME = new RegExp(`^${PAGE}\\s+${SECTION_NAME}$`, 'u');

/**
 * Where a guide's entry is, on a line of its own under it (`详见第2版`, `（3版）`, `见第3版`): a page to turn to, in
 * brackets or after 见, not a page's number as its running head prints it (`第3版`).
 */
const GUIDE_POINTER = new RegExp(`^(?:[(（【〔]\\s*(?:详?见)?\\s*${PAGE}\\s*[)）】〕]|(?:详?见|[→▶►])\\s*${PAGE})$`, 'u');

/** How an entry with its page first starts: the page's bracket, after a bullet maybe, or a bullet and the page. */
const PAGE_FIRST = new RegExp(`^(?:\\S\\s*)?(?:[【〔[]|第?\\s*(?:[0-9０-９一二三四五六七八九十]{1,3}|${LETTERED_PAGE_NO})\\s*版\\s|${LETTERED_PAGE_NO}\\s)`, 'u');

/**
 * What only an imprint prints: a serial number (CN 50-0001), a postal code for subscriptions, a licence, a price,
 * where to send a piece (`投稿邮箱：…`, `来稿请发至：…`), the paper's address (`社址：…`) and lawyer, and the paper's
 * own telephone lines (`新闻热线：…`, `广告热线：…`, often on one line with its website and address for submissions).
 * Whose pictures a page prints is the page's note (classify.ts).
 */
const IMPRINT = /国内统一(?:连续出版物号|刊号)|CN\s*\d{2}\s*[-－–—]\s*\d{4}|邮发代号|(?:广告|出版)(?:经营)?许可证|^(?:零售|全年|每份|本报)(?:定价|订价)[：:]|^零售价[：:]|^(?:印刷|承印)(?:单位)?[：:]\s*\S*(?:印务|印刷|印业)|^(?:副刊|本版|本刊)?(?:投稿|来稿)(?:邮箱|信箱|电子邮箱|热线|请发至)[：:]|^(?:本报地址|本报社址|社址)[：:]|^本报法律顾问[：:]/u;
/** A character every imprint line above holds. */
const IMPRINT_SIGN = /[号证价N稿址问印]/u;
/** The paper's own telephone lines: asked only of a line with 热线. */
const PAPERS_LINE = /(?:新闻|广告|发行|报料|订阅|订报)热线[：:]/u;
const isImprint = (text: string) => (IMPRINT_SIGN.test(text) && IMPRINT.test(text)) || (text.includes('热线') && PAPERS_LINE.test(text));

/**
 * The paper's contact line at a page's foot, its fields too many for a box's line (`荣昌网：www.… 新闻热线：023-…
 * 投稿邮箱：…`): the imprint's, with no sentence's stop or comma.
 */
export const isPapersContactLine = (text: string) => text.includes('热线') && isImprint(text) && !/[。！？，,]/u.test(text);

/** A weather box's label (`今日天气`, `未来三天天气预报`). */
const WEATHER_WORDS = '(?:今日|明日|今天|明天|本周|周末|近期|未来[一二三两四五六七]天)?天气(?:预报)?';
const WEATHER_LABEL = new RegExp(`^${WEATHER_WORDS}[：:]?$`, 'u');
/** The label in front of a forecast on one line (`今日天气：晴转多云 10℃～20℃`), or its day's (`周六（3月16日）：`). */
const WEATHER_LEAD = new RegExp(`^(?:${WEATHER_WORDS}|(?:周[一二三四五六日天]|星期[一二三四五六日天]|[今明后]天|[今明]日|今夜|明晨)(?:白天|夜间|夜里|晚上|上午|下午)?(?:[（(][^（）()]{1,8}[）)])?)[：:]\\s*`, 'u');
/** Who issued the forecast (`县气象台 发布`, `县气象台 5月9日16时发布`), under it. */
const WEATHER_SOURCE = new RegExp(`^\\p{Script=Han}{0,8}气象(?:台|局|站)\\s*(?:${DIGIT}{1,2}月${DIGIT}{1,2}日)?\\s*(?:${DIGIT}{1,2}(?:时|点)(?:${DIGIT}{1,2}分)?)?\\s*发布$`, 'u');
const SKY = '(?:晴|阴|多云|少云|晴间多云|小雨|中雨|大雨|暴雨|大暴雨|阵雨|雷阵雨|小到中雨|中到大雨|雨夹雪|小雪|中雪|大雪|阵雪|雾|大雾|霾|扬沙|浮尘)';
const N = `-?${DIGIT}{1,2}`;
/** The words of a forecast: the sky (`多云转小雨`), a temperature (`12℃～18℃`), the wind (`东北风`, `2～3级`). */
const WEATHER_WORD = new RegExp(
  `^(?:${SKY}(?:转${SKY})*|(?:最[高低])?(?:气温|温度)[：:]?(?:${N}(?:℃|°C)?(?:[～~\\-—至到/]${N})?(?:℃|°C))?|${N}(?:℃|°C)?(?:[～~\\-—至到/]${N})?(?:℃|°C)|(?:偏?[东南西北]{1,2}风|微风|风力)(?:${DIGIT}{1,2}(?:[～~\\-—至到]${DIGIT}{1,2})?级)?|${DIGIT}{1,2}(?:[～~\\-—至到]${DIGIT}{1,2})?级)$`,
  'u',
);
/** A word that only a forecast has (a bare number or 气温 alone is none). */
const FORECAST = new RegExp(`^${SKY}|℃|°C|风$|级$`, 'u');
/**
 * A word that is a forecast on its own line: a temperature, the wind's force, a change of sky. The sky alone (`小雨`,
 * `大雪`, `雾`) is as often a headline or a poem's title.
 */
const FORECAST_ALONE = /℃|°C|级$|转/u;
/** A character every line isForecast takes holds: a label's 天气, a temperature, the wind, a change of sky. */
const FORECAST_SIGN = /[℃°风级转]|天气/u;

/** A line of a forecast: every word a weather word, one of them the sky, a temperature or the wind; a place may lead. */
function isForecast(line: string): boolean {
  if (WEATHER_LABEL.test(line)) return true;
  const text = line.replace(WEATHER_LEAD, '');
  const words = text.split(/[\s\u3000，,、；;]+/u).filter(Boolean);
  const first = words[0] !== undefined && !WEATHER_WORD.test(words[0]) && /^\p{Script=Han}{2,5}$/u.test(words[0]) ? 1 : 0;
  const rest = words.slice(first);
  if (rest.length === 1 && !FORECAST_ALONE.test(rest[0]!)) return false;
  return rest.length > 0 && rest.length >= first * 2 && rest.every((w) => WEATHER_WORD.test(w)) && rest.some((w) => FORECAST.test(w));
}

const NONG = '农'.charCodeAt(0);
/** The day in the lunar calendar, printed by the date in the masthead's ear (`农历甲辰年四月初三`, `农历闰二月十五`). */
const LUNAR_DAY = new RegExp(`^农历\\s*(?:${CYCLICAL_YEAR})?\\s*${LUNAR_MONTH_DAY}$`, 'u');
/** A masthead or section name in capitals (`RONGCHANG DAILY`), alone on its line: no story is printed so. */
const LATIN_MASTHEAD = /^[A-Z][A-Z&'.·\- ]{3,38}[A-Z.]$/u;
/** How many pages the issue has (`今日8版`, `本期16版`), printed by the masthead. */
const PAGE_COUNT = new RegExp(`^${PAGE_COUNT_WORDS}$`, 'u');
/**
 * The masthead's line naming whose paper it is and who publishes it (`中共重庆市荣昌区委机关报 荣昌区融媒体中心出版`,
 * `中共荣昌区委宣传部主管 荣昌区融媒体中心主办`, `中共重庆市荣昌区委主管主办 荣昌区融媒体中心出版`): the organ first, as no headline about one starts (`市委机关报创刊70周年`).
 */
const ORGAN = /^(?:中共)?\p{Script=Han}{2,20}?(?:委|政府)机关报(?:\s|$|\p{Script=Han}{2,20}出版$)|^\p{Script=Han}{2,20}主管\s*(?:\p{Script=Han}{2,20})?主办(?:\s|$)/u;

/**
 * Which box a short line without a full stop is part of, by its shape alone; null for most lines. The checks are
 * ordered by what each first looks at, so that a headline or a credit is turned away after a character or two.
 */
export function boxLine(text: string): FurnitureReason | null {
  const last = text.at(-1);
  // An entry ends in its page or its bracket, or starts with its page in a bracket (after a bullet, maybe).
  const endsInPage = last === '版' || last === ')' || last === '）' || last === '】' || last === '〕';
  if ((endsInPage || PAGE_FIRST.test(text)) && countHan(text) >= 5 && GUIDE_ENTRY.test(text)) return 'guide';
  if (endsInPage && GUIDE_POINTER.test(text)) return 'guide';
  const first = text.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a && LATIN_MASTHEAD.test(text)) return 'masthead';
  if (last === '版' && PAGE_COUNT.test(text)) return 'masthead';
  if (first === NONG && LUNAR_DAY.test(text)) return 'masthead';
  if ((text.includes('机关报') || text.includes('主管')) && ORGAN.test(text)) return 'masthead';
  // Each looked for only in a line with a character it must hold: most short lines are headlines and credits.
  if (isImprint(text)) return 'imprint';
  if (FORECAST_SIGN.test(text) && !hasVisibleLength(text, 41) && isForecast(text)) return 'weather';
  if (last === '布' && WEATHER_SOURCE.test(text)) return 'weather';
  return null;
}

/** A paper's name alone on its line, maybe letter-spaced as a masthead sets it (`荣 昌 县 报`). */
const namesPaper = (text: string) => PAPER_NAME.test(letterSpaced(text) ?? text.trim());

/**
 * A paper's name at the top of a page, over its masthead's other lines (`TONGLIANG BAO`, the organ's line) or the
 * page's header: the masthead, where no setting names the paper, not the kicker of the first story.
 */
export function markPaperName(lines: PlacedLine[]): void {
  lines.slice(0, PAGE_TOP_LINES).forEach((name, i) => {
    if ((name.is.kind !== 'title' && name.is.kind !== 'text') || !namesPaper(name.text)) return;
    const next = lines[i + 1];
    // Between the header's fields too, as an extraction that parts a running head sets them (`2024年4月18日 星期四` /
    // `荣昌报` / `第2版`); under them with a story under it, it is that story's headline (`…工作简报`).
    const between = i > 0 && isHeaderLine(lines[i - 1]!) && next !== undefined && (isHeaderLine(next) || SECTION_ALONE.test(next.text.trim()) || FOLIO_ALONE.test(next.text.trim()));
    if ((next && (next.is.kind === 'pageHeader' || (next.is.kind === 'furniture' && (next.is.reason === 'masthead' || next.is.reason === 'imprint')))) || between) {
      name.is = { kind: 'furniture', reason: 'masthead' };
    }
  });
}

/**
 * A masthead's field printed on a line of its own (`星期五`, `第3029期`, `总第3029期`, `主管主办：中共重庆市荣昌区委`,
 * `出版：荣昌区融媒体中心`, `荣昌区融媒体中心出版`, the lunar date without 农历, `甲辰年五月初九`), among its other lines at
 * a page's top.
 */
const MASTHEAD_FIELD = new RegExp(`^(?:(?:星期|周)[一二三四五六日天]|总?第\\s*[0-9０-９]{1,6}\\s*期|(?:主管|主办|主管主办|主管单位|主办单位|出版|出版单位|社长|总编辑|总编)\\s*[：:]\\s*\\p{Script=Han}.{0,30}|(?:中共)?\\p{Script=Han}{2,16}(?:委|委员会|中心|政府|部|局|社)(?:主管|主办|主管主办|出版)|(?:农历\\s*)?${CYCLICAL_YEAR}\\s*${LUNAR_MONTH_DAY})$`, 'u');
/** What a masthead's lines are read as on their own: the paper's name, the organ's line, the imprint, the header. */
const MASTHEAD_REASONS: ReadonlySet<FurnitureReason> = new Set(['masthead', 'imprint', 'page-header', 'page-number', 'weather', 'stray-mark']);
const inMasthead = (line: PlacedLine) =>
  line.is.kind === 'pageHeader' || (line.is.kind === 'furniture' && MASTHEAD_REASONS.has(line.is.reason)) || (line.is.kind === 'text' && isDateAlone(line.text));

/**
 * The masthead printed a field a line, as an extraction parts them (`荣昌报` / `2024年4月12日` / `星期五` / `第3029期`):
 * each field under the masthead's other lines is the masthead's, not the first story's kicker or headline. Read
 * from the page's first line down to the first line that is neither.
 */
export function markMastheadFields(lines: PlacedLine[]): void {
  // The paper's name over the date or a field (`荣昌报` / `2024年6月14日`), where no setting names the paper.
  const [name, under] = lines;
  if (name && under && (name.is.kind === 'title' || name.is.kind === 'text') && namesPaper(name.text) && (isDateAlone(under.text) || isMastheadFields(under.text))) {
    name.is = { kind: 'furniture', reason: 'masthead' };
  }
  for (const line of lines) {
    if ((line.is.kind === 'title' || line.is.kind === 'text') && isMastheadFields(line.text)) line.is = { kind: 'furniture', reason: 'masthead' };
    else if (!inMasthead(line)) return;
  }
}

/** A masthead's field, or several on one line (`第2586期 今日4版`). */
function isMastheadFields(text: string): boolean {
  const fields = text.trim().split(/[ \u3000]+/u);
  return fields.every((field) => MASTHEAD_FIELD.test(field) || PAGE_COUNT.test(field));
}

/** A page's number as a running head prints it without a date: `3`, `A10`, `A06版`, `第3版`, `第A03版`, `第三版`. */
const FOLIO = `(?:第\\s*(?:${PAGE_NO_FORMS})\\s*版|(?:${LETTERED_PAGE_NO}|${DIGIT}{1,2})(?:\\s*版)?)`;
/** A section's name: `法治`, or a combined section's or a supplement's (`楼市·汽车`, `副刊·西江月`). */
const SECTION = '\\p{Script=Han}{2,4}(?:[·・]\\p{Script=Han}{2,6})?';
/** The page's number and its section on a line of their own (`3 法治`, `综合 3`, `港聞 A6`, `6 | 文体`, `A03版：时政`). */
const NUMBER_AND_SECTION = new RegExp(`^(?:(${FOLIO})\\s*[|｜·：:]?\\s*(${SECTION})|(${SECTION})\\s*[|｜·]?\\s*(${FOLIO}))$`, 'u');
const FOLIO_ALONE = new RegExp(`^${FOLIO}$`, 'u');
const SECTION_ALONE = new RegExp(`^${SECTION}$`, 'u');
const folioNumber = (folio: string) => pageNumber(folio.replace(/^第\s*/u, '').replace(/\s*版$/u, ''));
const isHeaderLine = (line: PlacedLine) => line.is.kind === 'pageHeader' || (line.is.kind === 'furniture' && line.is.reason === 'page-number');
const isPaperName = (line: PlacedLine) => line.is.kind === 'furniture' && line.is.reason === 'masthead';

/**
 * A page's number and section printed at its top without a date (`3 法治`, `A03版：时政`, over a running head of the
 * date), or on two lines of one block (`国内` / `A10`; `2024年5月10日 星期五 A07` / `社会`; `第一版` / `要闻`): the
 * page's header, not a kicker or the first headline. A number with a section letter (`A6`) is a lettered page's
 * (page-labels.ts).
 */
export function markPageTop(lines: PlacedLine[], settings: PaperSettings): void {
  markHeaderDate(lines);
  // The paper's name among them takes no place of the header's (`2024年4月18日 星期四` / `荣昌报` / `第1版` / `要闻`), nor
  // does a front page's masthead (its name in capitals, its organ's line, its imprint), however many lines it takes.
  let end = 0;
  for (let places = 0; end < lines.length && places < PAGE_TOP_LINES; end++) if (!isPaperName(lines[end]!) && !inMasthead(lines[end]!)) places++;
  const top = lines.slice(0, end);
  for (const line of top) {
    // `C04 副刊·西江月` has a lettered guide entry's shape too.
    const guide = line.is.kind === 'furniture' && line.is.reason === 'guide';
    // A guide's pointer under its entry (`详见第2版`) names the page it points to, not this one.
    if ((line.is.kind !== 'title' && line.is.kind !== 'text' && !guide && !isHeaderLine(line)) || (guide && isPointer(line))) continue;
    const text = line.text.trim();
    const both = NUMBER_AND_SECTION.exec(text);
    if (both) line.is = { kind: 'pageHeader', page: folioNumber((both[1] ?? both[4])!), section: (both[2] ?? both[3])!, date: null };
    // A number alone may be a table's or a list's at the top of a page: only a lettered one or one in 第…版 numbers it.
    else if (line.is.kind !== 'pageHeader' && FOLIO_ALONE.test(text) && !ALL_DIGITS.test(text)) line.is = { kind: 'pageHeader', page: folioNumber(text), section: null, date: null };
  }
  // A section alone in a block of the page's header lines names the page's section (`楼市·汽车` has a locality
  // stamp's shape).
  const headerSection = top.flatMap((line) => (line.is.kind === 'pageHeader' && line.is.section !== null ? [line.is.section] : []))[0];
  const named = headerSection !== undefined;
  top.forEach((line, i) => {
    const sectionLike = line.is.kind === 'title' || line.is.kind === 'text' || (line.is.kind === 'furniture' && line.is.reason === 'locality');
    // Spaced out as a page prints its section's name, or as OCR reads it (`综 合`).
    const section = line.text.trim().replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, '');
    if (!sectionLike || !SECTION_ALONE.test(section) || PAPER_NAME.test(section)) return;
    let first = i;
    while (first > 0 && lines[first]!.gapBefore === 0) first--;
    let last = i;
    while (lines[last + 1] && lines[last + 1]!.gapBefore === 0) last++;
    const mates = lines.slice(first, last + 1).filter((mate) => mate !== line);
    // Alone in its block, as an extraction that parts every line gives it, it is the header's between two of its
    // lines, or over them as the page's first (`理论` / `2024年3月22日 星期五`), when they name no section: a story's
    // kicker stands over a title, and a notice's (`喜报`) may stand over a header that names its page's section.
    const between = !mates.length && !named && (i === 0 || isHeaderLine(lines[i - 1]!)) && lines[i + 1] !== undefined && isHeaderLine(lines[i + 1]!);
    // Or under them, before any story, when the paper names its sections so (settings.ts), a combined one's parts each
    // (`健康·民生`, which has a locality stamp's shape), or the header named it too.
    // A section's page may add a word to its name (`镇街风采`, `法治天地`, `健康之窗`).
    const known = section.split(/[·・]/u).every((part) => sectionNames(settings).has(part.replace(SECTION_PAGE_WORD, '')));
    // A page whose extraction kept no blank lines sets it in the block of its first story: one the paper names is the
    // page's still, right under the header (`2 2024年5月17日 星期五` / `综 合` / the first headline).
    const under = (!mates.length || known) && i > 0 && lines.slice(0, i).every((above) => isHeaderLine(above) || above.is.kind === 'furniture') && (known || headerSection === section);
    // Or as the page's first line, a combined one the paper's sections make (`法治·民生`): no story's kicker is two
    // sections' names, and no place is named so.
    // So is one section's name there, over the first story's titles in a block of their own (`文旅` / `春到万灵 古镇正当时`),
    // a column's label maybe between (`镇街` / `镇街动态` / `清江镇`): a page's top prints no kicker of one word apart
    // from its headline.
    const overTitles = () => lines.find((below, j) => j > i && below.is.kind !== 'furniture')?.is.kind === 'title';
    const atTop = !mates.length && i === 0 && !named && known && (/[·・]/u.test(section) || overTitles());
    // Or one the paper names between the page's number and its running head, on a page whose extraction kept no blank
    // lines (`2` / `综合` / `荣昌报 2024年3月15日 星期五` / the first headline): the number over it is the page's too.
    const framed = mates.length > 0 && !named && known && i > 0 && isHeaderLine(lines[i - 1]!) && lines[i + 1] !== undefined && isHeaderLine(lines[i + 1]!);
    if ((mates.length && mates.every((mate) => isHeaderLine(mate) || isPaperName(mate))) || between || under || atTop || framed) line.is = { kind: 'pageHeader', page: null, section, date: null };
    const number = lines[i - 1];
    if (framed && number!.is.kind === 'furniture' && ALL_DIGITS.test(number!.text.trim())) number!.is = { kind: 'pageHeader', page: folioNumber(number!.text.trim()), section: null, date: null };
  });
}

/** What a section's page may add to the section's name (`镇街风采`, `教育视窗`, `社会纵横`). */
const SECTION_PAGE_WORD = /(?<=^\p{Script=Han}{2,4})(?:风采|天地|之窗|视窗|纵横|广角|动态|新闻|万象|聚焦)$/u;

/**
 * A full date alone among the lines at a page's top, under nothing but its header's, its masthead's or its section's
 * (`公告·服务` / `第7版` / `2024年4月18日`, `荣昌报` / `2024年4月12日` / `星期五`): the date. Unread, the issue was
 * dated by the latest date its text names, a notice's closing day.
 */
function markHeaderDate(lines: PlacedLine[]): void {
  for (const line of lines.slice(0, HEADER_DATE_LINES)) {
    const text = line.text.trim();
    const date = (line.is.kind === 'text' || line.is.kind === 'furniture') && isDateAlone(text) ? findPrintedDate(text) : null;
    if (date) {
      line.is = { kind: 'pageHeader', page: null, section: null, date };
      return;
    }
    const headerLike = line.is.kind === 'pageHeader' || line.is.kind === 'furniture' || (line.is.kind === 'title' && (SECTION_ALONE.test(text) || PAPER_NAME.test(text)));
    if (!headerLike) return;
  }
}
/** How far down a page its header's lines may go, printed a field a line: a section, a number, a paper, a date. */
const HEADER_DATE_LINES = 5;

/** A special section's name (`优化营商环境专刊`, `法治专版`), or a special issue's (`两会特刊`). */
const SPECIAL_SECTION = /^\p{Script=Han}{2,12}(?:专刊|专版|特刊|周刊|增刊)$/u;

/**
 * A special issue's or section's name alone in its block under the page's masthead and header, before any story
 * (`两会特刊` over the front page's kicker, headline and subtitle): the page's section, not a fourth title line that
 * pushed the story's titles down a role and its subtitle into a headline of its own.
 */
export function markSpecialSectionName(lines: PlacedLine[]): void {
  const first = lines.findIndex((line) => !inMasthead(line) && line.is.kind !== 'furniture');
  const name = lines[first];
  const next = lines[first + 1];
  const alone = name !== undefined && (first === 0 || name.gapBefore > 0) && (next?.gapBefore ?? 1) > 0;
  // A section's name is short; a headline that tells of a special issue (`荣昌中学校报推出百年校庆特刊`) stands over its
  // story's dateline or byline.
  if (!alone || opensStory(next) || name.is.kind !== 'title') return;
  const text = name.text.trim();
  if (text.length <= 12 && SPECIAL_SECTION.test(text)) name.is = { kind: 'pageHeader', page: null, section: text, date: null };
  // A literary supplement's name over its first piece's title, in a block of its own (`海棠香国` / `春到荣昌` / `□ 李明远`),
  // on a page its header names literary: the supplement's banner, not that piece's headline over its title. A genre
  // there is the piece's kicker, and a title over its subtitle under a dash the piece's headline; so is one over a
  // subtitle and a dateline (`本报讯…`), news, where a supplement's piece is signed by its writer.
  else if (text.length <= SUPPLEMENT_NAME_LENGTH && next?.is.kind === 'title' && !GENRE.test(text) && !SUBTITLE_DASH.test(next.text) && signedUnderTitles(lines, first + 1) && lines.slice(0, first).some((line) => line.is.kind === 'pageHeader' && LITERARY_SECTION.test(line.is.section ?? ''))) {
    name.is = { kind: 'furniture', reason: 'banner' };
  }
}
/** Whether the title lines from `at` stand over a writer's credit (`□ 李明远`), as a supplement's piece is signed. */
function signedUnderTitles(lines: PlacedLine[], at: number): boolean {
  let i = at;
  while (lines[i]?.is.kind === 'title') i++;
  return lines[i]?.is.kind === 'credit';
}
/** The longest supplement's name: a phrase of four to six characters (`海棠香国`, `昌州文苑`, `濑溪河畔`). */
const SUPPLEMENT_NAME_LENGTH = 6;

/**
 * A special section's name over its sponsor in one block (`优化营商环境专刊` / `县发展和改革委员会 主办`, maybe under
 * the date): the page's banner, not the first story's kicker and headline.
 */
export function markSectionBanners(blocks: PlacedLine[][]): void {
  // A page's first words under its masthead and header may name its special section with no 专刊 in it (`法治荣昌` over
  // `荣昌区委政法委 主办`): the sponsor under them tells it, as a 专版's every page prints one.
  const top = blocks.findIndex((block) => !block.every(inMasthead));
  blocks.forEach((block, b) => {
    block.forEach((name, i) => {
      const named = b === top && i === 0 && !hasVisibleLength(name.text.trim(), BANNER_NAME_LENGTH + 1);
      if (name.is.kind !== 'title' || !(SPECIAL_SECTION.test(name.text) || named)) return;
      const under = block.slice(i + 1);
      if (sponsors(under)) {
        for (const line of [name, ...under]) line.is = { kind: 'furniture', reason: 'banner' };
        return;
      }
      // The sponsor in the next block, as an extraction that parts every line sets it: the banner's still, not the
      // first story's kicker and headline; the name alone names the page's section (markSpecialSectionName).
      const apart = i === block.length - 1 ? blocks[b + 1] : undefined;
      if (!apart || !sponsors(apart)) return;
      // A name with no 专刊 in it goes with its sponsor: markSpecialSectionName reads only a 专刊's as the section.
      for (const line of SPECIAL_SECTION.test(name.text) ? apart : [name, ...apart]) line.is = { kind: 'furniture', reason: 'banner' };
    });
  });
}

/** The longest special section's name with no 专刊 in it (`法治荣昌`, `税务之窗`, `清廉荣昌`). */
const BANNER_NAME_LENGTH = 8;

/**
 * A banner's sponsors: one line (`县发展和改革委员会 主办`), or bodies a line each over the last, which says how they
 * sponsor it (`中共重庆市荣昌区委宣传部` / `重庆市荣昌区融媒体中心 联合主办`).
 */
const sponsors = (lines: PlacedLine[]) =>
  lines.length > 0 && lines.length <= 3 && lines.every((line) => line.is.kind === 'title') && SPONSOR.test(lines.at(-1)!.text) && lines.slice(0, -1).every((line) => isUnitAlone(line.text.trim()));

/** A forecast's label that names its place (`荣昌天气`, `城区天气预报`): a kicker's or a headline's shape alone. */
const PLACES_WEATHER_LABEL = /^\p{Script=Han}{2,4}天气(?:预报)?[：:]?$/u;
const isForecastLine = (line: PlacedLine | undefined) => line?.is.kind === 'furniture' && line.is.reason === 'weather';

/**
 * Such a label right over a forecast's line, in its block or the next (`荣昌天气` / `小雨转阴 11℃～16℃`), is the weather
 * box's: it had been the kicker of the story under the box.
 */
function markPlacesForecastLabel(blocks: PlacedLine[][]): void {
  blocks.forEach((block, b) => {
    block.forEach((line, i) => {
      const under = i < block.length - 1 ? block[i + 1] : blocks[b + 1]?.[0];
      if (line.is.kind === 'title' && PLACES_WEATHER_LABEL.test(line.text.trim()) && isForecastLine(under)) line.is = { kind: 'furniture', reason: 'weather' };
    });
  });
}

/** Reasons whose box holds other lines (an address, a city's forecast) that have no shape of their own. */
const BOXES: ReadonlySet<FurnitureReason> = new Set(['imprint', 'weather']);

/**
 * The rest of an imprint's or a weather box's block (`地址：荣昌区昌州大道100号`, `印刷：重庆日报印务公司`): short lines
 * without a full stop, which would otherwise be headlines of a story with no text.
 */
export function markBoxes(blocks: PlacedLine[][]): void {
  markPlacesForecastLabel(blocks);
  for (const block of blocks) {
    const box = block.find((l) => l.is.kind === 'furniture' && BOXES.has(l.is.reason));
    if (!box || box.is.kind !== 'furniture') continue;
    // A forecast takes the lines beside it (a city, the air) only under its label: a headline set beside one is no part of it.
    // (Its label read as classifyLine read it: folded on a page in traditional characters, `天氣預報`.)
    if (box.is.reason === 'weather' && !block.some((l) => WEATHER_LABEL.test(folded(l.text.trim())))) continue;
    // A box's own lines are a third of its block or more. One such line at the end of a block of other text
    // (`投稿邮箱：…` under a supplement's essay, where OCR kept no blank lines) takes none of that text with it.
    const reason = box.is.reason;
    const own = block.filter((l) => l.is.kind === 'furniture' && l.is.reason === reason).length;
    if (own * 3 < block.length) continue;
    for (const line of block) {
      const kind = line.is.kind;
      if ((kind === 'title' || kind === 'text' || kind === 'subhead' || kind === 'credit') && isShortUnstopped(line.text)) line.is = { kind: 'furniture', reason };
    }
  }
}

/** A guide's pointer to its entry's page on a line of its own (`详见第2版`), read as furniture by boxLine. */
export const isPointer = (line: PlacedLine) => line.is.kind === 'furniture' && line.is.reason === 'guide' && GUIDE_POINTER.test(line.text.trim());
