// Furniture told by the lines around it, set among the stories: a public-service advertisement's slogan over the body
// that runs it, a guide's entries over their page's pointer, a slogan at a page's foot. Each had been read as a story's
// kicker, headline or last paragraph.
import { isPointer, PAGE, PAGE_AND_NAME } from './boxes.ts';
import { opensStory, type PlacedLine } from './line-kinds.ts';
import { isWriterNote } from './line-shapes.ts';
import { codeUnits, endsSentence, hasVisibleLength } from './text.ts';
import { namesBody } from './title-lines.ts';

/** A guide's pointer at a teaser's end, after its sentence (`…后闭幕。 （详见第2版）`). */
const TEASER_POINTER = new RegExp(`[。！？]\\s*[(（【〔]\\s*详?见\\s*${PAGE}\\s*[)）】〕]$`, 'u');

/**
 * A public-service advertisement's signature: the body that runs it, and 宣 (`荣昌区交通安全委员会 宣`, `区文明办 宣制`).
 */
const AD_SIGNATURE = /^(\S.*?)\s*(?:宣|宣传|宣制|制|公益广告)$/u;
const signsAd = (line: PlacedLine) => {
  if (line.is.kind !== 'title') return false;
  const text = line.text.trim();
  return AD_SIGNATURE_LAST.has(text.charCodeAt(text.length - 1)) && namesBody(AD_SIGNATURE.exec(text)?.[1] ?? '');
};
/** The last characters of such a signature: every title is asked, and most end otherwise. */
const AD_SIGNATURE_LAST = codeUnits('宣传制告');
/** The most lines an advertisement's slogan takes over its signature (`文明交通 你我同行` / `安全出行 平安回家`). */
const AD_SLOGAN_LINES = 3;

/**
 * A public-service advertisement (公益广告) set among the stories: its slogan over the body that signs it, in one block
 * or in two, the signature last. Read as a story's, its slogan became the next story's kicker and its signature that
 * story's headline. On a page whose extraction kept no blank lines, it stands in the block of the story above, after
 * that story's last sentence, and had been its last paragraphs.
 */
export function markPublicServiceAds(blocks: PlacedLine[][]): void {
  blocks.forEach((block, b) => {
    block.forEach((line, at) => {
      if (!signsAd(line)) return;
      const last = at === block.length - 1;
      // The signature ends its block, or stands over no text: a title over a story's text that ends so is the
      // story's subtitle. And it stands over no story's text: a title there is the story's, over its dateline or byline.
      if (opensStory(last ? blocks[b + 1]?.[0] : block[at + 1]) || (!last && block[at + 1]!.is.kind === 'text')) return;
      let start = at;
      while (start > 0 && at - start < AD_SLOGAN_LINES && isSloganLine(block[start - 1]!)) start--;
      const above = block[start - 1];
      // The whole of its block above it, or a block of its own just above; or after a story's finished sentence.
      const slogan = start === 0 && at === 0 ? (blocks[b - 1] ?? []) : block.slice(start, at);
      const apart = start === 0 || ((above!.is.kind === 'text' || above!.is.kind === 'dateline') && endsSentence(above!.text));
      if (!apart || !slogan.length || slogan.length > AD_SLOGAN_LINES || !slogan.every(isSloganLine)) return;
      for (const mark of [...slogan, line]) mark.is = { kind: 'furniture', reason: 'public-service-ad' };
    });
  });
}
const isSloganLine = (line: PlacedLine) => line.is.kind === 'title' || (line.is.kind === 'furniture' && line.is.reason === 'banner');

const isEntryTitle = (line: PlacedLine) => line.is.kind === 'title';

/**
 * A guide's entries whose page stands on the line under them (`区政协十届三次会议闭幕` / `详见第2版`), in one block or
 * two, and a teaser, an entry's headline over a sentence that ends in where to read on (`…后闭幕。（详见第2版）`): the
 * guide's, as an entry on one line is. Read as text, they made an article of the entries, the last pointer its
 * subtitle, over the page's lead story.
 */
export function markGuideEntries(blocks: PlacedLine[][]): void {
  blocks.forEach((block, b) => {
    block.forEach((line, i) => {
      const teaser = line.is.kind === 'text' && i === block.length - 1 && POINTER_CLOSES.has(line.text.charCodeAt(line.text.length - 1)) && TEASER_POINTER.test(line.text) && !hasVisibleLength(line.text, TEASER_LENGTH);
      if (!teaser && !isPointer(line)) return;
      // The entry: the lines over it in its block, or a block of its own just above, of one or two titles.
      const over = i > 0 ? block.slice(0, i) : (blocks[b - 1] ?? []);
      const entry = over.length <= 2 && over.every(isEntryTitle) ? over : [];
      if (teaser && !entry.length) return;
      for (const mark of teaser ? [...entry, line] : entry) mark.is = { kind: 'furniture', reason: 'guide' };
    });
  });
}
/** The brackets a teaser's pointer closes with: a block's last paragraph is asked, and most end in a stop. */
const POINTER_CLOSES = codeUnits(')）】〕');
/** The most characters of a teaser: a sentence or two. */
const TEASER_LENGTH = 150;

/**
 * A column of briefs named for its section or subject (`教育简讯`, `法治快讯`) over its first brief's text: the column's
 * label, as `简讯` alone is (settings.ts), under which each brief is a story of its own. Over a headline it is that
 * story's kicker (`健康快讯` / `县中医院开设…`).
 */
export function markBriefsColumns(lines: PlacedLine[]): void {
  lines.forEach((line, i) => {
    if (line.is.kind === 'title' && line.text.trimEnd().endsWith('讯') && lines[i + 1]?.is.kind === 'text' && BRIEFS_LABEL.test(line.text.trim())) line.is = { kind: 'furniture', reason: 'column-label' };
  });
}
const BRIEFS_LABEL = /^\p{Script=Han}{2,4}(?:简讯|短讯|快讯)$/u;

/**
 * A page and a name as short as a section's (`4版 法治荣昌`) on the line next to a guide's entry: the guide's entry
 * too (a special page it names, or a short title), not a headline over the entries.
 */
export function markShortGuideEntries(lines: PlacedLine[]): void {
  const isEntry = (line: PlacedLine | undefined) => line?.is.kind === 'furniture' && line.is.reason === 'guide' && !isPointer(line);
  const mark = (line: PlacedLine, beside: PlacedLine | undefined) => {
    if (line.is.kind === 'title' && isEntry(beside) && PAGE_AND_NAME.test(line.text.trim())) line.is = { kind: 'furniture', reason: 'guide' };
  };
  // Both ways, so that a run of short entries over a long one is read from the long one up.
  for (let i = 1; i < lines.length; i++) mark(lines[i]!, lines[i - 1]);
  for (let i = lines.length - 2; i >= 0; i--) mark(lines[i]!, lines[i + 1]);
}

/**
 * A slogan of two or three phrases of one length, four to eight characters (`文明城市 共建共享`, `创建全国文明城区
 * 建设美丽幸福荣昌`): a kicker's shape too, over a headline.
 */
function isPhrasesOfOneLength(text: string): boolean {
  const phrases = text.split(/[ \u3000]+/u);
  return phrases.length >= 2 && phrases.length <= 3 && phrases.every((phrase) => /^\p{Script=Han}{4,8}$/u.test(phrase) && phrase.length === phrases[0]!.length);
}

/**
 * Such a slogan as a page's last line, in a block of its own after a story's finished sentence: a banner at the
 * page's foot. It had been the story's last paragraph; no story ends in a line of phrases after its last full stop.
 */
export function markClosingSlogan(lines: PlacedLine[]): void {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last]!.is.kind === 'furniture' || lines[last]!.is.kind === 'pageHeader')) last--;
  const slogan = lines[last];
  const above = lines[last - 1];
  // After the story's last sentence, the note on its writer at its end (`指导老师：张丽`), or a credit that closed it
  // (`通讯员 李丽 摄`, under a picture's caption).
  const finished = ((above?.is.kind === 'text' || above?.is.kind === 'dateline') && (endsSentence(above.text) || isWriterNote(above.text))) || above?.is.kind === 'credit';
  if (slogan?.is.kind !== 'title' || slogan.gapBefore === 0 || !isPhrasesOfOneLength(slogan.text.trim())) return;
  if (finished) slogan.is = { kind: 'furniture', reason: 'banner' };
  // Or a public service's hotline over it (`法律援助热线:12348` / `平安荣昌 你我共建`), after the story's last sentence:
  // the two are a public-service advertisement, not the story's last paragraphs.
  const story = lines[last - 2];
  if (above?.is.kind === 'text' && PUBLIC_HOTLINE.test(above.text.trim()) && (story?.is.kind === 'text' || story?.is.kind === 'dateline') && endsSentence(story.text)) {
    for (const line of [above, slogan]) line.is = { kind: 'furniture', reason: 'public-service-ad' };
  }
}
/** A public service's hotline, its number of five digits from 12 (`法律援助热线:12348`, `政务服务热线：12345`). */
const PUBLIC_HOTLINE = /^\p{Script=Han}{2,12}(?:热线|电话)[：:]\s*12[0-9]{3}$/u;
