// Readable, stable URL slugs and reading order for Chinese names: pinyin, surname-aware (曾 reads zēng as a surname).
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** `杨丽丹` → `yang-li-dan`; `欧阳晓川` → `ouyang-xiao-chuan` is not attempted: syllables are simply joined by hyphens. */
function pinyinOf(text: string, { person = false } = {}): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', ...(person ? { surname: 'head' as const } : {}) })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/gu, ''))
    .filter(Boolean);
}

/** Sort key that puts names the way a Chinese index does: by pinyin of the surname first, then the name. */
function pinyinSortKey(name: string): string {
  return `${pinyinOf(name, { person: true }).join(' ')}\u0000${name}`;
}

const sortKeys = new Map<string, string>();

/** Comparator by pinyin; each name's key is worked out once (pinyin is costly, and a sort compares often). */
export function byPinyin(a: string, b: string): number {
  let ka = sortKeys.get(a);
  if (ka === undefined) sortKeys.set(a, (ka = pinyinSortKey(a)));
  let kb = sortKeys.get(b);
  if (kb === undefined) sortKeys.set(b, (kb = pinyinSortKey(b)));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The letter a name is filed under in an index (A–Z, or # for names with no pinyin). */
export function indexLetter(name: string): string {
  const first = pinyinOf(name, { person: true })[0]?.[0];
  return first && /[a-z]/u.test(first) ? first.toUpperCase() : '#';
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 6);

/**
 * One slug per name. Names whose pinyin is the same (张伟, 章伟) each get a short hash of the name appended, so no
 * two people share a page and each keeps the same URL however the archive is ordered.
 */
export function slugsFor(names: Iterable<string>, { person = false } = {}): Map<string, string> {
  const unique = [...new Set(names)];
  const base = new Map(unique.map((name) => [name, pinyinOf(name, { person }).join('-') || shortHash(name)]));
  const counts = new Map<string, number>();
  for (const slug of base.values()) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return new Map(unique.map((name) => {
    const slug = base.get(name)!;
    return [name, counts.get(slug)! > 1 ? `${slug}-${shortHash(name)}` : slug];
  }));
}
