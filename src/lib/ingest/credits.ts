// Reads a credit as printed (`融媒体中心记者 杨丽丹 通讯员 梁胜明`, `记者 赵磊 摄`, `□ 李明远`, `文/张三 图/李四`)
// into people by role. Role words come from the paper's settings; the rest is the shape of Chinese names.
import type { PaperSettings } from './settings.ts';

export const ROLES = ['reporters', 'correspondents', 'photographers', 'interns'] as const;
export type Role = (typeof ROLES)[number];
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
// A hollow mark before a name signs a commentary (`□ 李明远`); solid marks (■ …) open subheads instead.
const AUTHOR_MARK = /^[□◇○◎]\s*/u;
const PHOTO_MARK = /^(?:摄|摄影)$/u;
const SLASH_ROLE = /^(文|图|文图|图文|摄影|摄|文字|撰文)[/／:：]/u;
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

function slashRole(word: string): Role {
  if (word.startsWith('图') || word.startsWith('摄')) return 'photographers';
  return 'reporters';
}

/**
 * Parses a credit string. Returns null when the text is not a credit at all (a headline, a sentence),
 * so that callers can use it to recognise credit lines.
 */
export function parseCredits(text: string, settings: PaperSettings): ParsedCredit | null {
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
    .flatMap((t) => {
      const slash = SLASH_ROLE.exec(t);
      return slash ? [slash[0], t.slice(slash[0].length)] : [t];
    })
    .filter(Boolean);

  const result: ParsedCredit = { ...emptyCredits(), problems: [] };
  let role: Role | null = authorMarked ? 'reporters' : null;
  let sawRoleWord = authorMarked;
  let sawExplicitRole = false;
  let group: string[] = []; // names since the last role word, in case a trailing 摄 makes them photographers

  const add = (name: string) => {
    if (!role) return false;
    group.push(name);
    if (!result[role].includes(name)) result[role].push(name);
    return true;
  };

  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    const isLast = i === tokens.length - 1;
    const slash = SLASH_ROLE.exec(token);
    if (slash) {
      role = slashRole(slash[1]!);
      sawRoleWord = sawExplicitRole = true;
      group = [];
      continue;
    }
    if (PHOTO_MARK.test(token)) {
      if (isLast || group.length > 0 && !NAME.test(tokens[i + 1] ?? '')) {
        moveGroup(result, group, role, 'photographers');
      } else role = 'photographers';
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
      role = roleToken.role;
      sawRoleWord = sawExplicitRole = true;
      group = [];
      if (roleToken.rest) add(roleToken.rest);
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
      if (!add(token)) return null;
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
  if (!sawRoleWord) return null;
  return result;
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
