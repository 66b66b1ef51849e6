// Stage 5, a title-shaped line (assemble.ts): a headline, a kicker or a subtitle when it heads a story, else a
// paragraph's wrapped words, a subhead, a signature or a caption, by the lines around it.
import { isCreditedPicture, wordsSharedWithStory } from './article-drafts.ts';
import type { ParsedCredit } from './credits.ts';
import { isDateAlone } from './dates.ts';
import type { PlacedLine } from './line-kinds.ts';
import { endsWithoutStop, isContactField, SUBTITLE_DASH } from './line-shapes.ts';
import type { PageAssembler } from './page-assembler.ts';
import { asksOfStory, captionBetweenHalves, closesWithEditorsNote, creditsPictures, labelsStorysPart, DATED_LEAD, headsListOf, isDisplacedHeadline, isProfileTitle, isWorkCredit, PROFILE_TITLE, NUMBERED, reprintsHeadline, signsNotice, startsBrief, titlesFeaturePart, titlesNextPoint, titlesPart, tableBeforeStorysCredit, titlesPoemAnnounced, titlesPoemOfSeries } from './story-breaks.ts';
import { bigrams, endsSentence, hasVisibleLength, opensWithWhen } from './text.ts';
import { looksLikeName } from './credit-words.ts';
import { isPhotoCredit, signsOverDate, stacks, titleCount } from './title-lines.ts';

export function assembleTitle(a: PageAssembler, i: number, line: PlacedLine): number {
  const draft = a.current;
  // A short line right under a line of body text, in the same block, is that paragraph's text wrapped by
  // the extraction, not a headline: a headline stands in a block of its own or heads one. Unless the text
  // above ends its sentence and the line stands over a dateline or byline, or over a lead that opens with when
  // (`县图书馆新增自助借阅机` / `近日,…`): an extraction that kept no blank lines between stories runs each
  // headline on under the story before.
  const previous = a.flow[i - 1];
  const next = a.flow[i + 1];
  const overLead = next?.is.kind === 'text' && opensWithWhen(next.is.text);
  // A story that has jumped to another page (`…（下转第3版）`) goes on there: a title after it is the next story's.
  const jumped = draft?.phase === 'body' && draft.continuesTo !== null;
  if (draft?.phase === 'body' && !jumped && previous?.no === line.no - 1 && (previous.is.kind === 'text' || previous.is.kind === 'dateline') &&
    !(endsSentence(previous.text) && (a.titleRunEndsInByline(i) > 0 || overLead)) && !endsWithoutStop(previous.text)) {
    a.addFragment(draft, line, line.text);
    return i;
  }
  if (captionBetweenHalves(draft, line, next) || captionOverStorysText(a, i) || capturesStorysScene(a, line, next)) {
    a.addCaption(draft!, line);
    return i;
  }
  // A notice's signature (`重庆市荣昌区医疗保障局` over `2024年3月10日`, `重庆荣信拍卖有限公司` over `电话：023-46755678`)
  // ends its text; it heads no story. Over a telephone alone, the issuer must share words with the notice (its
  // `拍卖`, `公司`): on an advertisements page, `旺家搬家公司` / `电话：…` is an advertisement of its own. Two bodies
  // may sign one decision, a line each over the date (`中共重庆市荣昌区委` / `重庆市荣昌区人民政府` / `2024年1月15日`).
  const signedWithNext = next?.is.kind === 'title' && signsOverDate(a.flow, i);
  if (draft && draft.phase === 'body' && !jumped && (signedWithNext || next?.is.kind === 'text' && (isDateAlone(next.text) || (isContactField(next.text) && signsNotice(draft, line.text))))) {
    // A signature stands on a line of its own: no column break tore it from the line above (`附件：…名单`).
    a.addFragment(draft, line, line.text, false, true);
    return i;
  }
  // The block of a jump's line alone is the tail's: a title in it is the story's headline printed again, or its first
  // row (a list's last units, run on from the page before), not a kicker of the next story's headline in the next block.
  const inTailBlock = draft?.phase === 'head' && draft.continuedFrom !== null && draft.head.length === 0 && previous?.is.kind === 'jumpFrom' && line.gapBefore === 0 && (next?.gapBefore ?? 0) > 0;
  const story = photoStoryAt(a, i);
  if (story) {
    i = a.startWithTitles(i, 2);
    for (let k = i + 1; k < story; k++) a.addCaption(a.current!, a.flow[k]!);
    return story - 1;
  }
  const run = inTailBlock ? 0 : a.titleRunEndsInByline(i);
  const gapAfter = (a.gapAfterLine.get(line.no) ?? Infinity) >= a.settings.imageGapLines || a.kindAt(i + 1) === 'credit' && isPhotoCredit((a.flow[i + 1]!.is as { credit: ParsedCredit }).credit);
  // A column's label in the middle of three titles over a dateline (`城镇新增就业1.5万人` / `政策解读` / `我区出台…`): the
  // label and the title under it head the story; the line over them is the last of the box or story above, a line of
  // its own. Read as three titles, it had been the story's kicker and the label its headline.
  if (run === 3 && draft?.phase === 'body' && !jumped && COLUMN_WORD.test(a.flow[i + 1]!.text.trim())) {
    a.addFragment(draft, line, line.text, false, true);
    return i;
  }
  // A byline printed over the headline (`评论员文章`) opened the story already: the titles are its, over the byline
  // under them (`本报评论员`). Started anew, they had left an article of the byline alone.
  const opened = draft?.phase === 'head' && draft.head.length === 0 && draft.fragments.length === 0 && draft.bylines.length > 0 && !draft.brief;
  if (run > 0 && opened) {
    for (let j = i; j < i + run; j++) {
      draft.head.push(a.flow[j]!);
      draft.lines.push(a.flow[j]!.no);
    }
    i += run - 1;
  } else if (run > 0) {
    i = a.startWithTitles(i, run);
  } else if (a.imageGap(line) && i > 0 && (gapAfter || draft?.phase === 'head')) {
    if (draft && draft.phase !== 'closed') a.addCaption(draft, line);
    else a.floatCaption(line, draft);
  } else if (closesWithEditorsNote(draft, line, next)) {
    draft!.phase = 'body';
    a.addFragment(draft!, line, line.text, true);
  } else if (!draft || draft.phase === 'closed') {
    i = a.startWithTitles(i, a.stackedTitles(i));
  } else if (draft.phase === 'head' && draft.captions.length > 0 && (draft.head.length > 0 || isCreditedPicture(draft))) {
    // A picture's title and its caption are a story of their own (a titled photo): a title after them heads
    // the next story, not a subtitle of theirs. So does one after a caption its photographer's credit closed.
    i = a.startWithTitles(i, a.stackedTitles(i));
  } else if (draft.phase === 'head' && draft.continuedFrom !== null && draft.head.length === 0 && !reprintsHeadline(line, a.flow[i + 1])) {
    // Under a jump's line, a line with a comma, or one its block goes on from, is the tail's first text, not
    // its headline printed again: a headline dropped on merging took that text with it.
    a.addFragment(draft, line, line.text);
  } else if (draft.phase === 'head' && stacks(titleCount(draft.head), line) && !a.imageGap(line)) {
    draft.head.push(line);
    draft.lines.push(line.no);
  } else if (draft.phase === 'body' && creditsPictures(next)) {
    // A phrase over a photographer's credit after a story's text (`颜坤吉在作坊里织夏布` / `黄蕾 摄`): a picture's caption,
    // not a paragraph nor a headline. With the story's text going on under them, the picture is set in the story;
    // after its last line, or its jump, it is the story's or the next one's, by their words (floating-captions.ts).
    // Read as a paragraph, its credit had closed the story and the rest had become an article with no headline; read
    // after a jump as a headline, it made an article with no text.
    if (a.kindAt(i + 2) === 'text' && !jumped) a.addCaption(draft, line);
    else a.floatCaption(line, draft);
  } else if (jumped) {
    i = a.startWithTitles(i, a.stackedTitles(i));
  } else if (draft.phase === 'body' && (headsListOf(draft, line, a.flow[i + 1]) || titlesPart(draft, line, a.flow[i + 1]) || titlesNextPoint(draft, line, a.flow[i + 1]) || asksOfStory(draft, a.flow, i) || labelsStorysPart(line, next) || titlesPoemAnnounced(draft, a.flow[i + 1]) || titlesFeaturePart(draft, a.flow, i) || titlesPoemOfSeries(draft, line, next) || tableBeforeStorysCredit(draft, a.flow, i))) {
    a.addFragment(draft, line, line.text, true);
  } else if (startsBrief(draft, line.text, a.settings, a.kindAt(i + 1) === 'title' && !NUMBERED.test(a.flow[i + 1]!.text), next?.is.kind === 'text' && DATED_LEAD.test(next.is.text), isProfileTitle(line.text, next) && draft.head.some((title) => PROFILE_TITLE.test(title.text))) && (['text', 'subhead', 'title', 'verse', 'caption'].includes(a.kindAt(i + 1) ?? '') || isWorkCredit(a.flow[i + 1]))) {
    i = a.startWithTitles(i, a.stackedTitles(i));
  } else if (!a.displaced && a.column === null && isDisplacedHeadline(draft, line, next, a.gapAfterLine.get(line.no) ?? Infinity)) {
    // Held until a story with no headline starts below; if none does, it goes back where it stood.
    a.displaced = { line, draft, at: draft.fragments.length };
  } else {
    a.addFragment(draft, line, line.text);
  }
  return i;
}

/**
 * A phrase between a story's paragraphs whose text ends in a photo credit naming the story's own writer (`荣昌卤鹅展位前排
 * 起长队` / `据了解,…` / `融媒体中心记者 张丹摄`, under `本报讯(融媒体中心记者 张丹 …)`): the caption of the story's
 * picture, set in the gap between two paragraphs. Read as a headline, it had made the rest of the story an article of
 * its own, its photographer's credit for a byline.
 */
function captionOverStorysText(a: PageAssembler, i: number): boolean {
  const draft = a.current;
  if (draft?.phase !== 'body' || draft.continuesTo !== null || a.kindAt(i + 1) !== 'text') return false;
  const end = a.textRunEnd(i + 1);
  const credit = a.flow[end];
  if (!creditsPictures(credit) || credit!.is.kind !== 'credit') return false;
  const writers = [...draft.people.reporters, ...draft.people.correspondents, ...draft.people.photographers];
  const photographers = credit!.is.credit.photographers;
  if (!photographers.length || !photographers.some((name) => writers.includes(name))) return false;
  // And it and the text under it speak of the story's things: a picture of the same writer's on another subject, its
  // title over its caption's sentence (`春耕正忙` / `3月14日，村民在田间插秧。`), is a piece of its own.
  const text = a.flow.slice(i, end).map((l) => l.text).join('');
  return wordsSharedWithStory(bigrams(text), draft) >= STORY_WORDS_GOING_ON;
}
/**
 * A line between a story's paragraphs that shows its subject at work (`罗开伦在猪舍查看荣昌猪生长情况`), in a story whose
 * byline credits its pictures (`融媒体中心记者 张泽美 文/图`): the caption of a picture set in the text, with no credit
 * of its own. The subject is one the story names; a part's title is seldom a person somewhere doing something.
 */
function capturesStorysScene(a: PageAssembler, line: PlacedLine, next: PlacedLine | undefined): boolean {
  const draft = a.current;
  if (draft?.phase !== 'body' || next?.is.kind !== 'text' || draft.people.photographers.length === 0 || hasVisibleLength(line.text, 31)) return false;
  const subject = SCENE.exec(line.text.trim())?.[1];
  return subject !== undefined && looksLikeName(subject) && draft.head.some((title) => title.text.includes(subject));
}
/** A column's label, a subject and what the column does with it (`政策解读`, `法治快讯`, `健康提醒`). */
const COLUMN_WORD = /^\p{Script=Han}{2,4}(?:解读|速递|链接|聚焦|关注|观察|声音|动态|快讯|前沿|视点|提醒)$/u;

/** A person, then where or to whom they are doing something (`罗开伦在猪舍…`, `王丽正在…`, `李强为村民…`). */
const SCENE = /^(\p{Script=Han}{2,3})(?:正在|在|为|向|给)\p{Script=Han}[^，,。；;：:！？!?]*$/u;

/** Character pairs such a caption and the text under it share with the story above, that it goes on. */
const STORY_WORDS_GOING_ON = 4;

/**
 * A photo story: a headline over a subtitle under a dash, then its pictures' captions a block each, then the
 * photographer's credit (`指尖上的千年技艺` / `——走近荣昌夏布织造` / `传承人颜坤吉在…` / `学员们在…` / `融媒体中心记者 方芳 摄`).
 * Where its credit stands (flow index), or 0. Read as a title run over a byline, its first caption had been run into the
 * subtitle and the next read as a paragraph.
 */
function photoStoryAt(a: PageAssembler, i: number): number {
  if (!SUBTITLE_DASH.test(a.flow[i + 1]?.text ?? '') || a.kindAt(i + 1) !== 'title') return 0;
  let end = i + 2;
  while (a.kindAt(end) === 'title' && a.flow[end]!.gapBefore > 0 && !SUBTITLE_DASH.test(a.flow[end]!.text)) end++;
  const credit = a.flow[end];
  return end - (i + 2) >= PHOTO_STORY_PICTURES && credit?.is.kind === 'credit' && isPhotoCredit(credit.is.credit) ? end : 0;
}
/** The fewest pictures a photo story prints. */
const PHOTO_STORY_PICTURES = 2;
