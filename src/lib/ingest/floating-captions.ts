// Captions that stood between two stories, given to a story once the page is assembled.
import { addCredit, endsInPhotoCredit, newDraft, wordsSharedWithStory, type ArticleDraft, type PageAssembly } from './article-drafts.ts';
import type { ParsedCredit } from './credits.ts';
import { bigrams } from './text.ts';
/** A caption between two stories, or the photo credit under one, waiting to be given to a story. */
export interface FloatingLine {
  text: string;
  line: number;
  after: ArticleDraft | null;
  /** Set for a photo credit that follows a floating caption; it goes wherever its caption goes. */
  credit?: ParsedCredit;
}

/** A caption between two stories belongs to the one whose words it shares; the story before it when neither does. */
export function attachFloatingCaptions(
  floating: FloatingLine[],
  articles: ArticleDraft[],
  roles: PageAssembly['roles'],
): void {
  let lastOwner: ArticleDraft | null = null;
  floating.forEach((caption, i) => {
    if (caption.credit) {
      if (lastOwner) {
        addCredit(lastOwner, caption.line, caption.credit, caption.text);
        lastOwner.lines.push(caption.line);
        roles.set(caption.line, { role: 'credit', article: lastOwner });
      }
      return;
    }
    const before = caption.after;
    const after = articles[before ? articles.indexOf(before) + 1 : 0] ?? null;
    const words = bigrams(caption.text);
    let owner = before ?? after;
    if (before && after && wordsSharedWithStory(words, after) > wordsSharedWithStory(words, before)) owner = after;
    // A picture with its own credit (under it, or at its end: `…品尝。融媒体中心记者 张雪 摄`) over the page's first
    // story, which has a picture or a photographer of its own and speaks of other things: a picture of its own (a photo
    // page's untitled first one), not a second of that story's.
    const credited = floating[i + 1]?.credit !== undefined || endsInPhotoCredit(caption.text);
    const pictured = after !== null && (after.captions.length > 0 || after.people.photographers.length > 0);
    if (!before && pictured && credited && wordsSharedWithStory(words, after) < OWNER_SHARED_WORDS) {
      articles.splice(articles.indexOf(after), 0, (owner = newDraft()));
    }
    // A page of pictures alone (图片新闻): its captions make an article of their own rather than belong to no one.
    owner ??= articles[0] ?? null;
    if (!owner) articles.push((owner = newDraft()));
    lastOwner = owner;
    owner.captions.push({ text: caption.text, line: caption.line });
    owner.lines.push(caption.line);
    roles.set(caption.line, { role: 'caption', article: owner });
  });
}
/** Character pairs a caption shares with a story it shows, a place's or a person's name among them. */
const OWNER_SHARED_WORDS = 3;
