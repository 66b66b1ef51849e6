// What a line says, in its place among the others, about where a story goes on and where the next begins: the
// assembler's (assemble.ts) questions that read more than the line's own shape.
import { asks, bigrams, endsSentence, endsWithColon, endsWithSemicolon, hasVisibleLength, opensWithWhen, sharedPairsIn, type CharacterPairs } from './text.ts';
import { wordsSharedWithStory, type ArticleDraft } from './article-drafts.ts';
import { namesAnyone } from './credits.ts';
import { isNameList, isWritersUnit, looksLikeName } from './credit-words.ts';
import type { ClassifiedLine, PlacedLine } from './line-kinds.ts';
import { ARTWORK_KIND, endsWithoutStop, isDataRow, isLabelledNames, isSpacedPoemTitle, LABEL_AND_VALUE, ROSTER_HEADING, ROWS_HEADER, isStandingColumn, SUBHEAD_MARK_AT } from './line-shapes.ts';
import type { PaperSettings } from './settings.ts';
import { isPhotoCredit, isUnitAlone } from './title-lines.ts';

/**
 * A list's header over the names it lists, after a story that speaks of them (`县委表彰优秀共产党员` … / `优秀共产党员` /
 * `王建国 李秀英 …`), or over its rows of units with their count (`…予以表彰。` / `先进集体（20个）` / `区教委 区财政局…`),
 * or over a box of rows (`活动日程` / `4月20日 上午9:30 开幕式…`, and after another such box when it names the story's
 * words, `物理类全区前十名` … `历史类全区前三名`): a subhead of that story, not a story of names or rows.
 */
export function headsListOf(draft: ArticleDraft, line: PlacedLine, next: PlacedLine | undefined): boolean {
  if (next?.is.kind !== 'text') return false;
  const namesStory = () => wordsSharedWithStory(bigrams(line.text), draft) >= 2;
  const rows = next.is.alone === true;
  if ((isNameList(next.text) || isLabelledNames(next.text) || (rows && ROSTER_HEADING.test(line.text))) && namesStory()) return true;
  return rows && ROWS_HEADER.test(line.text) && (draft.fragments.at(-1)?.alone !== true || namesStory() || resultsGoOn(draft, line.text));
}
/** A second table of results under a story that headed its first so (`团体总分前三名` … `部分单项冠军`): the same story's. */
const resultsGoOn = (draft: ArticleDraft, header: string) =>
  RESULTS_HEADER.test(header) && draft.fragments.some((fragment) => fragment.subhead && RESULTS_HEADER.test(fragment.text));
const RESULTS_HEADER = /(?:成绩|比分|排名|积分榜|排行榜|奖牌榜|总分|冠军|前[一二三四五六七八九十0-9０-９]{1,3}名)$/u;


/**
 * A box of rows under a story whose dateline credits nobody, with the story's writer's credit closing it after the
 * rows (`本报讯 …` / `本周主要农产品价格` / `品名 单位 价格` … / `（融媒体中心记者 邓丽）`): the story's table, and its
 * credit the story's. Read as a box of its own, it had taken the story's writer.
 */
export function tableBeforeStorysCredit(draft: ArticleDraft, flow: readonly PlacedLine[], i: number): boolean {
  const isRow = (line: PlacedLine | undefined) => line?.is.kind === 'text' && line.is.alone === true;
  if (draft.bylines.length === 0 || draft.credits.length > 0 || namesAnyone(draft.people) || !isRow(flow[i + 1])) return false;
  let j = i + 1;
  while (isRow(flow[j])) j++;
  const credit = flow[j]?.is;
  return j - i > 1 && credit?.kind === 'credit' && namesAnyone(credit.credit) && !isPhotoCredit(credit.credit) && !credit.work;
}

/** A headline printed again under a jump's line: no comma, and not torn into the line under it in its block. */
export const reprintsHeadline = (line: PlacedLine, next: PlacedLine | undefined) => !/[，,]/u.test(line.text) && !(next?.no === line.no + 1 && next.gapBefore === 0 && next.is.kind === 'text');

/**
 * A title right under a story's part's label, over its text (`记者观察` / `数字化转型要“量体裁衣”` / …): the part's title,
 * a subhead of the story as its label is. A field under a heading (`联系方式` / `联系人：罗先生`) is the text's.
 */
export const titlesPart = (draft: ArticleDraft, line: PlacedLine, next: PlacedLine | undefined) =>
  draft.fragments.at(-1)?.subhead === true && next?.is.kind === 'text' && !LABEL_AND_VALUE.test(line.text);

/**
 * The next of a story's short points, each a title over a paragraph (`专家提醒：` / `勤洗手` / `饭前便后…` / `注意饮食卫生` /
 * `生熟分开…`), under the clause that introduces them or after the story's last point and its one paragraph: a subhead
 * of the story, as long as the points run (POINT_LENGTH at most) and no credit has closed the story. Each had headed an
 * article of its own, with no byline.
 */
export function titlesNextPoint(draft: ArticleDraft, line: PlacedLine, next: PlacedLine | undefined): boolean {
  if (next?.is.kind !== 'text' || draft.brief || hasVisibleLength(line.text, POINT_LENGTH + 1) || POINT_MARKS.test(line.text)) return false;
  const last = draft.fragments.at(-1);
  const point = draft.fragments.at(-2);
  // The first point, under the clause that introduces them; or the next, after the last point, of its kind (a numbered
  // part's heading, `四、苗期管理`, is no such point, and a box after it, `农事提醒`, no part), and its finished paragraph.
  return (last !== undefined && !last.subhead && endsWithColon(last.text)) ||
    (point?.subhead === true && last?.subhead === false && endsSentence(last.text) && !hasVisibleLength(point.text, POINT_LENGTH + 1) && !SUBHEAD_MARK_AT.test(point.text) && !NUMBERED.test(point.text));
}
/**
 * A question a bylined story answers, in its own words, over its answer (`颈椎病 别总低头` / `本报讯…` / `颈椎病有哪些表现` /
 * `…` / `如何预防颈椎病` / `…`), as a health or a law page's explainer parts itself: a subhead, though it has no mark.
 * Each had headed an article of its own, with no byline.
 */
export function asksOfStory(draft: ArticleDraft, flow: readonly PlacedLine[], i: number): boolean {
  const text = flow[i]!.text.trim();
  if (draft.bylines.length === 0 || draft.brief || !QUESTION_WORDS.test(text) || POINT_MARKS.test(text) || hasVisibleLength(text, PART_TITLE_LENGTH + 1)) return false;
  const part = partUnder(flow, i);
  const headline = draft.head.map((h) => h.text).join('');
  return part !== null && part.end > i + 1 && sharedPairsIn(bigrams(text), headline) >= 2;
}
const QUESTION_WORDS = /(?:有哪些|是什么|为什么|怎么办|怎么|如何|哪些|要注意什么|吗)/u;

/** What no point's title holds: a clause's or a sentence's mark. */
const POINT_MARKS = /[，,。：:；;！？]/u;
/** The longest of a story's short points (`注意饮食卫生`, `颈椎病有哪些表现`). */
const POINT_LENGTH = 8;

/**
 * An interview's label inside a story, over its first turn (`对话` / `记者：现在年轻人愿意学这门手艺吗？`), or a comment's
 * over its text: a part of the story, as `记者手记` is. Read as a headline, it had made the interview an article of its
 * own, headlined `对话`.
 */
export const labelsStorysPart = (line: PlacedLine, next: PlacedLine | undefined) =>
  next?.is.kind === 'text' && ((INTERVIEW_LABEL.test(line.text.trim()) && FIRST_TURN.test(next.text)) || COMMENT_LABEL.test(line.text.trim()));
/**
 * A comment's or a follow-up's label over its text (`短评` / `开放日让检察工作走近群众…`, `记者调查` / `3月13日，记者来到…`)
 * is the story's part too. Over a title it is a kicker, of a commentary of its own (`短评` / `别让“打卡”变了味`) or of
 * a reply (`部门回应` / `县城市管理局：`).
 */
const COMMENT_LABEL = /^(?:短评|快评|记者调查|记者走访|记者追踪|部门回应|部门说法|后续)[：:]?$/u;
/**
 * The editor's note after a story, over its text (`编者的话` / `“小事”连着民生。…`, `编后`): the story's last part, after
 * its writer's closing credit too. It had been an article of its own, headlined `编者的话`.
 */
export const closesWithEditorsNote = (draft: ArticleDraft | null, line: PlacedLine, next: PlacedLine | undefined): boolean =>
  draft !== null && draft.phase === 'closed' && !draft.brief && draft.fragments.length > 0 && next?.is.kind === 'text' && EDITORS_AFTERWORD.test(line.text.trim());
const EDITORS_AFTERWORD = /^(?:编者的话|编后|编后语|编后记|编辑手记)[：:]?$/u;
const INTERVIEW_LABEL = /^(?:对话|访谈|问答|快问快答|面对面|对话录|记者对话)[：:]?$/u;
/** A turn of an interview: the asker's (`记者：`, `问：`) or a speaker's name before a colon (`颜坤吉：`). */
const FIRST_TURN = /^\s*(?:记者|问|\p{Script=Han}{2,4})[：:]/u;

/** Where a person stands in a picture (`（右）`, `（左二）`, `（前排中）`): a caption's words. */
export const PLACED_IN_PICTURE = /[（(](?:前排|后排|中排)?[左右中][一二三四五六]?[）)]/u;
export const isOneSentence = (text: string) => text.search(/[。！？]/u) === text.trimEnd().length - 1;

/**
 * A picture's caption with no credit, set between the halves of a paragraph a column break tore (`…让留守儿童在家门` /
 * `刘芳(右)在课堂上辅导学生。` / `口就能读到好书。`): one short sentence, or none, saying who stands where, a block of its
 * own between the paragraph's first half and a block of text. It had been run into the paragraph, mid-word.
 */
export function captionBetweenHalves(draft: ArticleDraft | null, line: PlacedLine, next: PlacedLine | undefined): boolean {
  // Asked of every line of text: where the line stands and what it says turn most away before the paragraph above is read.
  if (line.gapBefore === 0 || next?.is.kind !== 'text' || next.gapBefore === 0 || !PLACED_IN_PICTURE.test(line.text)) return false;
  const last = draft?.phase === 'body' ? draft.fragments.at(-1) : undefined;
  const text = line.text.trim();
  return last !== undefined && !last.subhead && !endsSentence(last.text) && !endsWithoutStop(last.text) &&
    !hasVisibleLength(text, CAPTION_LENGTH + 1) && (isOneSentence(text) || !/[。！？，,]/u.test(text));
}
const CAPTION_LENGTH = 60;

/**
 * A feature's part's title printed with no mark between its paragraphs (`传统工艺焕发新生`): after two paragraphs or more
 * of a story signed on a line of its own (`本报记者 王刚`), a short title over text that no byline or credit opens or
 * closes before the next title, speaking of the story's subject, or following another such part over text that opens
 * with no day as news does (`近日，…`). It had made each part a story of its own, with no byline. An uncredited brief
 * under a feature speaks of something else. A story opened by its dateline (`本报讯…`) may be parted so too, when its
 * parts' titles are a parallel set (`传承古老技艺` / `创新产品设计` / `走向国际市场`): as long as the next part's or the last
 * one's, which briefs' titles seldom are.
 */
export function titlesFeaturePart(draft: ArticleDraft, flow: readonly PlacedLine[], i: number): boolean {
  const text = flow[i]!.text.trim();
  if (draft.brief || draft.fragments.length === 0 || hasVisibleLength(text, PART_TITLE_LENGTH + 1) || /[，,。：:；;]/u.test(text)) return false;
  if (!(draft.signedApart && draft.fragments.length >= 2) && !(draft.bylines.length > 0 && titlesParallelPart(draft, flow, i))) return false;
  const part = partUnder(flow, i);
  if (!part) return false;
  const lead = flow.slice(i + 1, part.end).find((under) => under.is.kind === 'text');
  return lead !== undefined && (wordsSharedWithStory(part.words, draft) >= PART_SHARED_WORDS || (draft.fragments.some((fragment) => fragment.subhead) && !opensWithWhen(lead.text)));
}

/** A part under title i: where it ends (the next title), and its words; null when a byline or a credit opens or closes it. */
function partUnder(flow: readonly PlacedLine[], i: number): { end: number; words: CharacterPairs } | null {
  const words = bigrams(flow[i]!.text.trim());
  let j = i + 1;
  for (; j < flow.length && flow[j]!.is.kind !== 'title'; j++) {
    const is = flow[j]!.is;
    if (is.kind === 'caption' || (is.kind === 'credit' && isPhotoCredit(is.credit))) continue;
    if ((is.kind !== 'text' && is.kind !== 'subhead') || (is.kind === 'text' && is.credit)) return null;
    for (const word of bigrams(flow[j]!.text)) words.add(word);
  }
  return { end: j, words };
}

/** Title i as long as the dated story's last part's, or as the next part's title (PARALLEL_TITLE_LENGTH at most). */
function titlesParallelPart(draft: ArticleDraft, flow: readonly PlacedLine[], i: number): boolean {
  const length = flow[i]!.text.trim().length;
  if (length > PARALLEL_TITLE_LENGTH) return false;
  const last = draft.fragments.findLast((fragment) => fragment.subhead);
  if (last) return last.text.trim().length === length;
  const end = partUnder(flow, i)?.end;
  const next = end === undefined ? undefined : flow[end];
  return next !== undefined && next.text.trim().length === length && flow[end! + 1]?.is.kind === 'text' && partUnder(flow, end!) !== null;
}
/** The longest of a parallel set of part titles: short phrases of a measure (four, six, eight characters). */
const PARALLEL_TITLE_LENGTH = 10;
/** The longest title of a feature's part. */
const PART_TITLE_LENGTH = 16;
/** Character pairs a part's text shares with the story above, its subject's name among them (`河包`, `粉条`). */
const PART_SHARED_WORDS = 4;

/**
 * A poem's title that says more poems follow under it (`五月的田野（外一首）`, `（外二首）`, prose poems' `（外一章）`): how
 * many.
 */
const MORE_POEMS = /[(（]外([一二两三四五六七八九])[首章][)）]\s*$/u;
const POEM_COUNTS = '一二三四五六七八九';
function poemsAnnounced(draft: ArticleDraft): number {
  for (const line of draft.head) {
    const more = MORE_POEMS.exec(line.text);
    if (more) return more[1] === '两' ? 2 : POEM_COUNTS.indexOf(more[1]!) + 1;
  }
  return 0;
}

/** A title over a stanza, under a poem whose title announced it (`（外一首）`): the next poem's title, a subhead of the piece. */
export const titlesPoemAnnounced = (draft: ArticleDraft, next: PlacedLine | undefined) =>
  next?.is.kind === 'verse' && draft.fragments.filter((f) => f.subhead).length < poemsAnnounced(draft);

/**
 * A letter-spaced title in a block of its own between the poems of a series its headline announces (`濑溪河畔(组诗)` …
 * `春 水` … `夜 归`): the next poem's title, a subhead of the piece, not a stanza of the poem before it.
 */
export const titlesPoemOfSeries = (draft: ArticleDraft, line: PlacedLine, next: PlacedLine | undefined) =>
  line.gapBefore > 0 && next !== undefined && next.gapBefore > 0 && isSpacedPoemTitle(line.text) &&
  (draft.head.some((title) => POEM_SERIES.test(title.text)) || poemsAnnounced(draft) > 0);
/** A series of poems named as one (`濑溪河畔(组诗)`), as `（外一首）` announces more poems (MORE_POEMS). */
const POEM_SERIES = /[（(](?:组诗|组章)[）)]\s*$/u;

/**
 * A marked line (`■…`) after a brief that a line with the same mark opened and headed, with no byline over it, under a
 * column's label: the next brief's title. A story headed by a headline of its own keeps its marked lines as subheads.
 */
export const marksNextBrief = (draft: ArticleDraft, line: PlacedLine) => {
  const opening = draft.head.length === 1 ? draft.head[0]! : null;
  // Under a column's label only (`简讯`): elsewhere marked lines are a story's parts, and a piece of questions and
  // answers under its label (`■夏季如何预防中暑？`) asks each under its mark.
  return draft.brief && opening?.is.kind === 'subhead' && draft.bylines.length === 0 && draft.continuedFrom === null && draft.fragments.length > 0 &&
    SUBHEAD_MARK_AT.test(line.text) && opening.text.trimStart()[0] === line.text.trimStart()[0] && !asks(opening.text) && !asks(line.text);
};

/** Who issues a notice, signing it (`重庆荣信拍卖有限公司`, `县自然资源局`): a body's name that the notice's words share. */
export const signsNotice = (draft: ArticleDraft, text: string) =>
  (isWritersUnit(text.trim()) || isUnitAlone(text.trim())) && wordsSharedWithStory(bigrams(text), draft) >= 2;

/**
 * A question under a standing column's name (`普法小课堂` / `什么是“电信网络诈骗”？` / `答：…`): the piece's headline, though
 * it asks, as the column's pieces do.
 */
export function asksUnderColumn(lines: PlacedLine[], i: number, settings: PaperSettings): boolean {
  const line = lines[i]!;
  const above = lines[i - 1];
  return line.is.kind === 'text' && above?.is.kind === 'title' && isStandingColumn(above.text.trim()) && asks(line.text) &&
    !/[。，,]/u.test(line.text) && !hasVisibleLength(line.text, settings.maxHeadlineLength + 1);
}

/** A column of pictures' label: `图片新闻`, `新闻图片`, `图片报道`, `图说荣昌`. */
export const PICTURES_COLUMN = /^(?:图片新闻|新闻图片|图片报道|图说\p{Script=Han}{0,6})$/u;

/** A numbered picture's caption: its number, then a sentence. */
export const NUMBERED_PICTURE = /^\s*[①-⑳]\s*\S.*[。！？]$/u;

/** A lead that opens with its day. */
export const DATED_LEAD = /^\s*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|近日|日前)/u;

/** A byline that says the story combines several sources' reports. */
export const COMBINED_REPORT = /[綜综]合(?:報導|报道|外電|外电)/u;

/** Who gave a story's pictures, in brackets or not (`（区夏布协会供图）`, `县文旅委供图`), or the archive (`（本报资料图）`). */
const PICTURES_GIVEN = /(?:供图|资料图片?)\s*[）)]?\s*$/u;
/** A credit line for pictures: a photographer's (`黄蕾 摄`), or who gave them. */
export const creditsPictures = (line: ClassifiedLine | undefined) => line?.is.kind === 'credit' && (isPhotoCredit(line.is.credit) || PICTURES_GIVEN.test(line.text));

/** A work's credit (`李德厚 作`): under its title, after a finished story, the two are a piece of their own. */
export const isWorkCredit = (line: PlacedLine | undefined) => line?.is.kind === 'credit' && line.is.work === true;

/** A work's title that names its kind alone (`书法作品`, `国画`), or after its name (`荷韵（国画）`). */
const ARTWORK_TITLE = new RegExp(`^(?:${ARTWORK_KIND}(?:作品)?|\\p{Script=Han}{2,12}[（(]${ARTWORK_KIND}[）)])$`, 'u');

/**
 * A writer's credit right under such a title (`书法作品` / `（作者：唐明远）`): the work's maker, and the two a piece of
 * their own. Under a poem, they had been its last line and its second author.
 */
export function markArtworkCredits(lines: PlacedLine[]): void {
  lines.forEach((line, i) => {
    const credit = lines[i + 1];
    if (line.is.kind !== 'title' || credit?.is.kind !== 'credit' || credit.is.work || !ARTWORK_TITLE.test(line.text.trim())) return;
    const { authors, photographers, reporters, correspondents, interns } = credit.is.credit;
    if (authors.length + photographers.length > 0 && reporters.length + correspondents.length + interns.length === 0) credit.is = { ...credit.is, work: true };
  });
}

/** A list's numbered item (`（1）微信缴费`, `2.…`, `三、…`): under a clause ending in a colon, the clause introduces it. */
export const NUMBERED = /^\s*[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]/u;

/** An editor's note that opens a story (`编者按：`, `【编者按】`, `编者的话`). */
export const EDITORS_NOTE = /^\s*[【[]?(?:编者按|编者的话|编前语?)(?:[】\]][：:]?|[：:])/u;
/** An editor's note's label on a line of its own. */
export const EDITORS_LABEL = /^\s*[【[]?(?:编者按|编者的话|编前语?)[】\]]?[：:]?\s*$/u;

/**
 * A headline from another column that the extraction set between the two halves of a paragraph torn by a column
 * break (`…扎实推进各项重点` / `全市春耕生产有序推进` / `任务落地见效，…`): a block of its own, after a paragraph that ends
 * mid-sentence, over text that goes on in the next block. It heads the story below that prints a dateline and no
 * headline, if there is one; the paragraph's halves then join.
 */
export function isDisplacedHeadline(draft: ArticleDraft, line: PlacedLine, next: PlacedLine | undefined, gapAfter: number): boolean {
  const last = draft.fragments.at(-1);
  return draft.phase === 'body' && line.gapBefore > 0 && gapAfter > 0 && next?.is.kind === 'text' && next.is.jumpTo === null && next.is.alone !== true &&
    last !== undefined && !last.subhead && !last.verse && !last.alone && !endsSentence(last.text) && !endsWithoutStop(last.text) && !/[，,、：:]/u.test(line.text);
}

/**
 * A profile's headline, the person's name and what they do, over the person's posts (`邱燕：返乡创业的“新农人”` /
 * `区政协委员、清江镇竹林村党支部书记`), as a page of profiles prints them. A notice's field (`时间：3月23日上午9时`), an
 * interview's answer or a speech's excerpt under its speaker (`李明：把群众的事当成自己的事` / text) has no such line.
 */
export function isProfileTitle(text: string, next: PlacedLine | undefined): boolean {
  const profile = PROFILE_TITLE.exec(text);
  return profile !== null && next?.is.kind === 'title' && POSTS_LINE.test(next.text.trim()) && looksLikeName(profile[1]!.replace(/[ \u3000]/u, ''));
}
/** A profile's headline; its name may be padded to three characters (`周 强：…`). */
export const PROFILE_TITLE = /^\s*(\p{Script=Han}{2,4}|\p{Script=Han}[ \u3000]\p{Script=Han})[：:]\s*[^，,：:]{4,}$/u;
/**
 * A person's posts or place on a line of their own (`区人大代表、重庆琪金食品有限公司董事长`, `清江镇竹林村村民`,
 * `…志愿服务队志愿者`, `吴家镇双流村乡村医生`).
 */
const POSTS_LINE = /^[\p{Script=Han}、]{4,40}(?:代表|委员|书记|主任|主席|干部|医生|[长员师民者工生户人])$/u;

/**
 * A short, comma-free title after a finished paragraph opens a new brief (简讯) rather than continuing the story; so
 * it does after a notice's date or telephone number, and after a poem's stanza (the next poem's title). A profile's
 * headline (isProfileTitle) has a colon in it.
 */
export function startsBrief(draft: ArticleDraft, text: string, settings: PaperSettings, overTitle: boolean, overDatedLead: boolean, profile = false): boolean {
  const last = draft.fragments.at(-1);
  // A list's last item ends as its items do (`…二要抓好防汛减灾；`): a title after it over a lead that opens with its
  // day (`5月7日，…`, `近日，…`) is the next story's. Over `今年以来，…` it may be a report's own part.
  const listEnds = overDatedLead && last !== undefined && endsWithSemicolon(last.text);
  if (!last) return false;
  // A listing's row (`18:30 荣昌新闻 …`, `3月18日(周一) … 46735000`) ends what it closes, as a table's does. A standing
  // column's box (`健康小贴士`) is a piece of its own, whatever the story beside it ended in (a field, say).
  if (!(endsSentence(last.text) || endsWithoutStop(last.text) || last.verse || last.alone || listEnds || isDataRow(last.text))) return isStandingColumn(text.trim());
  // A colon ends a kicker over a headline (`区消防救援支队提醒：` / `夏季用电高峰 这些安全隐患要当心`).
  const kicker = overTitle && /^[^，,、：:]+[：:]$/u.test(text.trim());
  // Bodies named together over a notice's title (`区委宣传部、区文明办`) issue it.
  const issuers = overTitle && text.includes('、') && text.trim().split(/[\s\u3000、]+/u).every(isUnitAlone);
  return !hasVisibleLength(text, settings.maxHeadlineLength + 1) && (kicker || profile || issuers || PLACE_THEN_HEADLINE.test(text.trim()) || (namesWhomFirst(text.trim()) && !interviews(draft)) || !/[，,、：:]/u.test(text));
}
/** A brief's headline that names its town first (`远觉镇：小柠檬做成大产业`, a 镇街动态 page's form). */
const PLACE_THEN_HEADLINE = /^\p{Script=Han}{2,4}(?:街道|镇|乡)[：:]\s*[^，,、：:。；;！!？?]{4,}$/u;

/**
 * A headline that names whom it is about first, a person or a body (`王丽:十年坚守办税窗口`, `区税务局：…`), a profile's
 * and a 专版's form. A field names no one (`地址：…`, `主办单位：…`).
 */
function namesWhomFirst(text: string): boolean {
  const named = WHOM_THEN_HEADLINE.exec(text);
  return named !== null && (looksLikeName(named[1]!) || isUnitAlone(named[1]!));
}
const WHOM_THEN_HEADLINE = /^(\p{Script=Han}{2,12})[：:]\s*[^，,、：:。；;！!？?\d]{6,}$/u;
/** An interview's questions, after which a name and a colon are the guest's answer (`张伟：今年我们将…`). */
const interviews = (draft: ArticleDraft) => draft.fragments.some((fragment) => INTERVIEWER.test(fragment.text));
const INTERVIEWER = /^(?:记者|问|主持人|本报)[：:]/u;
