// Stage 8: a story's draft made into an article — its title lines given their roles (kicker, headline, subtitle),
// its id, its paragraphs joined across column breaks, a headline made from its first words when none was printed —
// for the schema to check.
import type { ArticleDraft, LineRole, PageAssembly } from './article-drafts.ts';
import { endsTitleAbove, isUnitAlone } from './title-lines.ts';
import type { ClassifiedLine } from './line-kinds.ts';
import { captionCredit, emptyCredits, mergeCredits, type Credits } from './credits.ts';
import type { PlacedDraft } from './jumps.ts';
import type { IssueMetadata, PageMetadata } from './metadata.ts';
import { COLUMN_AND_TOPIC, FIGURE_ALONE, GENRE, isLabelOverTitles, isUnitName, letterSpaced, LITERARY_SECTION, OCR_MARK, isStandingColumn, OCR_MARK_GLUED, SPONSOR, SUBHEAD_MARK, SUBTITLE_DASH } from './line-shapes.ts';
import { joinColumnBreaks } from './repair.ts';
import type { PaperSettings } from './settings.ts';
import { asks, endsWithColon, excerpt, hasVisibleLength } from './text.ts';

const TITLE_ROLES: Record<number, LineRole[]> = {
  1: ['headline'],
  2: ['headline', 'subheadline'],
  3: ['kicker', 'headline', 'subheadline'],
  4: ['kicker', 'headline', 'subheadline', 'subheadline'],
};

/**
 * A town's or a street's name alone over a title (`安富街道`, `双河镇`): a kicker, as `双河街道：` is; no headline. Not
 * a community's or a village's: `文明新风进社区`, `美丽乡村` are headlines; nor a going (`送温暖下乡`).
 */
const PLACE_ALONE = /^\p{Script=Han}{2,4}(?:街道|(?<![下进到回返入出])[镇乡])$/u;


/**
 * A column's name of four characters or fewer over a title twice its length and of eight at least (`以案说法` over
 * `男子酒后挪车被判危险驾驶罪`, `读书札记`), or of five or six over one three times its length (`党课开讲啦`): a kicker. A headline that short has its subtitle printed under a dash
 * (`春潮涌动` / `——…`), and a poem's title its poet (`清明` / `〔唐〕杜牧`).
 */
const isColumnName = (first: string, second: string) =>
  (/^\p{Script=Han}{2,6}$/u.test(first) && hasVisibleLength(second, first.length <= 4 ? Math.max(8, 2 * first.length) : 3 * first.length)) || isStandingColumn(first);


/**
 * Two parallel phrases (`公正司法 执法为民`, `奋进新征程 建功新时代`) over a headline that reports an event
 * (`区检察院开展“检察开放日”活动`), or a campaign's call to everyone over any headline (`全民反诈 你我同行` / `“刷单返利”又出新花样`):
 * the slogan is the kicker, the news its headline. A feature's subtitle under them
 * (`擦亮德育底色 培养时代新人` / `荣昌大力推进中小学德育工作记略`) leaves the phrases the headline.
 */
const sloganOverNews = (top: string, second: string) => {
  const phrases = top.split(/[\s\u3000]+/u);
  return phrases.length === 2 && phrases.every((phrase) => /^\p{Script=Han}{4,8}$/u.test(phrase)) && Math.abs(phrases[0]!.length - phrases[1]!.length) <= 1 &&
    (EVENT.test(second) || SLOGAN_CALL.test(phrases[1]!)) && !FEATURE_SUBTITLE.test(second);
};
/** A campaign slogan's call to everyone (`全民反诈 你我同行`, `安全生产 人人有责`): over any headline but a feature's subtitle, the kicker. */
const SLOGAN_CALL = /(?:你我同行|人人有责|从我做起|你我共建|共建共享|人人参与|全民参与|同心同行|平安同行)$/u;
/**
 * An exhortation with no subject (`奋力推动城乡融合发展`, `坚持生态优先`) over a headline that names who did what, with a
 * figure or an event (`我区新建改建农村公路120公里`): the exhortation is the kicker. The news headline's subject opens it.
 */
const exhortsOverNews = (top: string, second: string) => EXHORTATION.test(top) && !/[\s\u3000]/u.test(top) && NEWS_SUBJECT.test(second) &&
  (/[0-9０-９]/u.test(second) || EVENT.test(second)) && !FEATURE_SUBTITLE.test(second);
const EXHORTATION = /^(?:奋力|坚持|聚焦|持续|全力|加快|深入|扎实|全面|大力|着力|努力|坚定|守牢|筑牢|锚定|勇毅|笃行|凝心聚力|踔厉奋发|奋楫)/u;
const NEWS_SUBJECT = /^(?:我区|我县|我市|我镇|全区|全县|全市|荣昌|区|县)/u;
/**
 * A campaign that tags a season's stories (`学习贯彻全国两会精神`, `深入学习贯彻党的二十大精神`): over a headline that
 * reports an event, its kicker, as a slogan is.
 */
const CAMPAIGN = /^(?:深入)?(?:学习|宣传)(?:宣传|贯彻|践行)\S{2,16}(?:精神|思想)$/u;
const EVENT = /开展|召开|举行|举办|启动|开幕|闭幕|落幕|签约|开工|竣工|投用|获评|荣获|发布|出台|走进|助力|迎来|成立|揭牌|部署/u;
const FEATURE_SUBTITLE = /(?:记略|侧记|纪实|综述|巡礼|掠影|速写|扫描|回眸|小记|见闻|手记)$/u;

/**
 * The column an editor's note at a story's head names (`本报开设“民生实事看落实”专栏`): printed over the story's title,
 * that name is its kicker, whatever its length.
 */
function columnNamedByNote(draft: ArticleDraft): string | null {
  for (let f = 0; f < draft.fragments.length && f < 3; f++) {
    // Asked of every story's first paragraphs: the pattern only of those that name a column at all.
    const text = draft.fragments[f]!.text;
    const named = text.includes('栏') || text.includes('欄') ? COLUMN_NAMED.exec(text) : null;
    if (named) return named[1]!;
  }
  return null;
}
const COLUMN_NAMED = /[“"「]([^”"」]{2,16})[”"」](?:专栏|栏目|專欄|欄目)/u;

/**
 * A document's own title (`关于政府工作报告的决议`, `关于表彰…的决定`, `选举结果公告`) under who issues it, a meeting
 * (`重庆市荣昌区第十九届人民代表大会第四次会议`) or bodies (`区委宣传部 区文明办`): the issuer is its kicker. Under a
 * news headline (`我区今年将办好十件民生实事`), it is the subtitle.
 */
const DOCUMENT_TITLE = /^(?:关于\p{Script=Han}.*的(?:决议|决定|通知|通告|公告|意见|批复|办法|规定|报告)|\p{Script=Han}{2,10}(?:公告|通告|决议|决定))$/u;
/** Bodies named side by side (`区人民医院 区中医院`, `区委宣传部、区文明办`): over a title, whose story or notice it is. */
const areBodies = (top: string) => {
  const bodies = top.split(/[\s\u3000、]+/u);
  // Towns named together (`路孔镇 仁义镇`) over a joint story's title, as one town is.
  return bodies.length >= 2 && (bodies.every(isUnitAlone) || bodies.every((body) => PLACE_ALONE.test(body)));
};
const issuesDocument = (top: string) => top.split(/[\s\u3000、]+/u).every((body) => isUnitAlone(body) || isUnitName(body) || ISSUER.test(body));
const ISSUER = /^\p{Script=Han}{2,30}(?:会议|大会|委员会|常委会|主席团|政府|办公室)$/u;

/**
 * What a page's planning or a service column prints over a story's own title (`3·15国际消费者权益日特别策划`,
 * `文化强区系列报道之三`, `便民服务` over `停电通知`): its kicker. The story's headline is the line under it.
 */
const PLANNING_BANNER = /(?:特别策划|特别报道|专题报道|系列报道(?:之[一二三四五六七八九十]{1,3})?)$|^(?:便民服务|便民信息|生活服务|办事指南)$/u;
/** A commentary's kind over its title (`短评` / `扭亏要靠改革`, maybe letter-spaced, `短 评`): its kicker. */
const COMMENTARY_KIND = /^(?:短评|时评|述评|快评|微评)$/u;

/**
 * A line that says who spoke or decided, over what they said or decided (`县长在全县农村工作会议上强调` / `抓好“三农”工作
 * 推动新农村建设`, `县委作出决定` / `开展向罗德明同志学习活动`): a kicker, which stands on no line alone.
 */
const INTRODUCES_WORDS = /(?:强调|指出|(?:上|时|中)(?:要求|提出|寄语|号召)|作出决定|做出决定|发出通知|发出倡议|发出号召)$/u;

/** A case's or a document's number: `(2023)渝0153民初5678号`, `渝荣法〔2024〕12号`, `荣府发〔2024〕3号`. */
const DOCUMENT_NUMBER = /^\p{Script=Han}{0,8}[(（〔[［][0-9０-９]{4}[)）〕\]］]\p{Script=Han}{0,4}[0-9０-９]{0,6}\p{Script=Han}{0,6}[0-9０-９]{1,6}号$/u;

/** 主题/引题/副题 from the stacked title lines. */
function readTitles(head: ClassifiedLine[], settings: PaperSettings, wrapped: boolean[], column: string | null = null): LineRole[] {
  // A column's tag or a part's label over the stack (assemble.ts) is a kicker, whatever the titles under it are.
  if (head.length > 1 && (isLabelOverTitles(head[0]!.text) || head[0]!.text.trim() === column)) return ['kicker', ...readTitles(head.slice(1), settings, wrapped.slice(1))];
  // A kicker ending in a colon under another (`部门回应` / `县城市管理局：` / `将增设非机动车停放点`): both over the headline.
  if (head.length === 3 && endsWithColon(head[1]!.text) && !endsWithColon(head[2]!.text)) return ['kicker', 'kicker', 'headline'];
  // A subtitle under its dash names the line over it the headline; a third line is the subtitle's too (a serial's
  // part, `荣昌夏布的前世今生` / `——荣昌非物质文化遗产漫谈` / `连载（十二）`).
  if (head.length === 3 && SUBTITLE_DASH.test(head[1]!.text) && !SUBTITLE_DASH.test(head[0]!.text)) return ['headline', 'subheadline', 'subheadline'];
  if (head.length !== 2) return TITLE_ROLES[head.length] ?? [];
  const [first, second] = head as [ClassifiedLine, ClassifiedLine];
  // A document's number under its title (`法院公告` / `(2023)渝0153民初5678号`) is the title's, as a subtitle's dash is.
  if (SUBTITLE_DASH.test(second.text) || DOCUMENT_NUMBER.test(second.text.trim())) return ['headline', 'subheadline'];
  const top = first.text.trim();
  // A figure set large over a headline (`95.6%` / `我区工业产销率创新高`) is its kicker, as a year is.
  if (/(?:[：:]|——)$/u.test(top) || PLANNING_BANNER.test(top) || COMMENTARY_KIND.test(letterSpaced(top) ?? top) || INTRODUCES_WORDS.test(top) || PLACE_ALONE.test(top) || FIGURE_ALONE.test(top) || SPONSOR.test(top) || isUnitAlone(top) || areBodies(top) || (DOCUMENT_TITLE.test(second.text.trim()) && issuesDocument(top)) || isColumnName(top.replace(/[\s\u3000]+/gu, ''), second.text) || COLUMN_AND_TOPIC.test(top) || GENRE.test(top) || sloganOverNews(top, second.text.trim()) || (CAMPAIGN.test(top) && EVENT.test(second.text)) || exhortsOverNews(top, second.text.trim()) || (top.length <= 6 && asks(second.text))) return ['kicker', 'headline'];
  // The headline is set in the largest type: of two lines, the one the column's width wrapped.
  if (wrapped[0] !== wrapped[1]) return wrapped[1] ? ['kicker', 'headline'] : ['headline', 'subheadline'];
  return settings.twoLineTitle === 'kicker-headline' ? ['kicker', 'headline'] : ['headline', 'subheadline'];
}

/**
 * Gives the story's title lines their roles (kicker, headline, subheadline) in the page's line roles; returns them,
 * one a head line. A title's wrapped end (endsTitleAbove) has the role of the title it ends.
 */
export function markTitleLines(roles: PageAssembly['roles'], d: ArticleDraft, article: ArticleDraft, settings: PaperSettings): LineRole[] {
  // Most stories have no wrapped title: their lines are their titles.
  const titleRoles = d.head.some((_, i) => endsTitleAbove(d.head, i)) ? wrappedTitleRoles(d.head, settings) : readTitles(d.head, settings, [], columnNamedByNote(d));
  d.head.forEach((line, i) => roles.set(line.no, { role: titleRoles[i]!, article }));
  return titleRoles;
}

/** The roles of title lines some of which are a title's wrapped end: each has the role of the title it ends. */
function wrappedTitleRoles(head: ClassifiedLine[], settings: PaperSettings): LineRole[] {
  const titles = head.filter((_, i) => !endsTitleAbove(head, i));
  // Whether each title goes on in a wrapped end under it.
  const wrapped = head.flatMap((_, i) => (endsTitleAbove(head, i) ? [] : [endsTitleAbove(head, i + 1)]));
  const byTitle = readTitles(titles, settings, wrapped);
  let title = -1;
  return head.map((_, i) => byTitle[endsTitleAbove(head, i) ? title : ++title]!);
}

/** `2024-03-15-02-07`; `…-07-2` and on when two pages of an issue claim one page number (a misread header). */
export function articleId(date: string, page: number, order: number, taken: Set<string>): string {
  const base = `${date}-${String(page).padStart(2, '0')}-${String(order).padStart(2, '0')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** What an article needs to know of its issue and page, besides its own story. */
export interface ArticlePlace {
  id: string;
  order: number;
  paper: string;
  meta: IssueMetadata;
  pageMeta: PageMetadata;
  /** Each page's section: where a jump continued the story. */
  sectionOf: Map<number, string | null>;
  settings: PaperSettings;
}

/**
 * The article a story's draft makes, for the schema to check: its paragraphs joined across column breaks (how many
 * joins, for the page's report), its titles by role, a headline made from its first words when none was printed.
 */
export function articleOf(entry: PlacedDraft, titleRoles: LineRole[], at: ArticlePlace) {
  const { draft: d, file } = entry;
  const { paragraphs, joins } = joinColumnBreaks(d.fragments);
  // A role's lines, joined as a dash joins them in print: a story may have two subtitles.
  const title = (role: LineRole) => {
    const printed: string[] = [];
    d.head.forEach((h, i) => {
      if (titleRoles[i] !== role) return;
      if (endsTitleAbove(d.head, i) && printed.length) printed[printed.length - 1] += h.text.trim();
      else printed.push(h.text);
    });
    // A subtitle's dash as OCR reads it (`一一我县…`), which a headline may start with as a word (`一一对应…`).
    return printed.flatMap((text) => titleText(role === 'subheadline' ? text.replace(OCR_SUBTITLE_DASH, '') : text) || []).join('——') || null;
  };
  const printed = title('headline');
  const firstText = paragraphs.find((q) => !q.subhead)?.text ?? d.captions[0]?.text ?? '';
  // The tail of a story whose first page is missing says so itself (continuedFrom), on its page and in every list.
  const headline = printed ?? (excerpt(firstText) || '（无题）');
  const lines = [...d.lines, ...entry.merged.filter((m) => m.file === file).flatMap((m) => m.lines)];
  const span = (of: number[]): [number, number] => [Math.min(...of), Math.max(...of)];
  const candidate = {
    id: at.id, paper: at.paper, headline,
    headlineInferred: printed === null,
    kicker: title('kicker'),
    subheadline: title('subheadline'),
    byline: d.bylines.join(' ') || d.credits.join(' ') || null,
    credits: d.credits,
    ...writersOnLiteraryPage(withCaptionCredits(d, at.settings), d, at.pageMeta.section),
    date: at.meta.date,
    dateEstimated: at.meta.dateEstimated,
    section: at.pageMeta.section,
    page: at.pageMeta.page,
    order: at.order,
    captions: [...d.captions].sort((a, b) => a.line - b.line).map((c) => c.text),
    continuedFrom: d.continuedFrom === null ? null : { page: d.continuedFrom },
    continuesTo: d.continuesTo === null ? null : { page: d.continuesTo },
    source: { file, lines: span(lines) },
    alsoFrom: entry.merged.filter((m) => m.file !== file).map((m) => ({ file: m.file, lines: span(m.lines) })),
    continuedOn: [...new Set(entry.merged.map((m) => m.page))].filter((n) => n !== at.pageMeta.page).map((n) => ({ page: n, section: at.sectionOf.get(n) ?? null })),
    paragraphs: paragraphs.map((q) => q.text),
    subheads: paragraphs.flatMap((q, i) => (q.subhead ? [i] : [])),
  };
  return { candidate, joins };
}

/** The article's people, with the photographers its captions credit at their end (`图为车间一角。张雪 摄`). */
function withCaptionCredits(d: ArticleDraft, settings: PaperSettings): Credits {
  const credits = d.captions.flatMap((c) => captionCredit(c.text, settings) ?? []);
  if (!credits.length) return d.people;
  const people = emptyCredits();
  for (const credit of [d.people, ...credits]) mergeCredits(people, credit);
  return people;
}

/**
 * On a supplement's page (副刊, 文艺), a piece's writer named without the paper's rank (`文/陈晓梅`) is its author, a
 * reader or a local writer who sent it in, not a reporter: a reporter's page would list every essayist of the county.
 */
function writersOnLiteraryPage(people: Credits, d: ArticleDraft, section: string | null): Credits {
  if (!section || !LITERARY_SECTION.test(section) || !people.reporters.length || d.bylines.concat(d.credits).some((line) => STAFF_RANK.test(line))) return people;
  return { ...people, authors: [...people.authors, ...people.reporters.filter((name) => !people.authors.includes(name))], reporters: [] };
}
const STAFF_RANK = /记者|本报|通讯员/u;

/** A title set with a space between each of its characters to fill its width (`讣  告`, `春 雨`) is one word. */
const unspaced = (title: string) => ((title.includes(' ') || title.includes('\u3000')) && letterSpaced(title)) || title;

const OCR_SUBTITLE_DASH = /^一一(?!一)\s*/u;

/** A title line as the headline keeps it: without a subtitle's dash, a kicker's colon, a brief's mark (`■`) or the spaces of a letter-spaced title. */
const TITLE_LEAD = new RegExp(`^(?:[—－-]+|${SUBHEAD_MARK}|${OCR_MARK.source.slice(1)}|${OCR_MARK_GLUED.source.slice(1)})\\s*`, 'u');
// A headline's stray ASCII mark (title-lines.ts STRAY_STOP) is OCR's, not the paper's: a full-width one may be printed.
function titleText(text: string): string {
  const title = unspaced(text.replace(TITLE_LEAD, ''));
  // The last character says which ending can apply: most titles end in neither, and are not searched.
  const last = title.at(-1);
  if (last === '：' || last === ':' || last === '—') return title.replace(/\s*(?:——|[：:])$/u, '');
  // A bar is a rule beside the title, read by OCR as a character (`寒冬送温暖 真情暖人心|`).
  if ((last === '.' || last === ',' || last === ';' || last === '|') && /[\p{Script=Han}\d]/u.test(title.at(-2) ?? '')) return title.slice(0, -1);
  return title;
}
