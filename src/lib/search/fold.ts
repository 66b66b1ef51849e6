// Traditional → simplified, one character for one character, so that `榮昌` finds 荣昌 and a traditional-script
// archive finds simplified queries. The table is made from OpenCC's dictionaries ahead of time (fold-derive.ts).
// Phrase-level conversion is left out on purpose: it can change a text's length, and the index and the query must
// fold exactly alike.
import { FOLD_PAIRS } from './fold-table.ts';

let table: Map<string, string> | null = null;

function foldTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const characters = [...FOLD_PAIRS];
  for (let i = 0; i + 1 < characters.length; i += 2) table.set(characters[i]!, characters[i + 1]!);
  return table;
}

/** The characters given, and every character that folds to one of them: 杨 and 楊. */
export function withTraditional(characters: Iterable<string>): Set<string> {
  const wanted = new Set(characters);
  const all = new Set(wanted);
  for (const [from, to] of foldTable()) if (wanted.has(to)) all.add(from);
  return all;
}

export function foldToSimplified(text: string): string {
  const t = foldTable();
  let out = '';
  for (const ch of text) out += t.get(ch) ?? ch;
  return out;
}
