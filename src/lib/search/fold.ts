// Traditional → simplified, one character for one character, so that `榮昌` finds 荣昌 and a traditional-script
// archive finds simplified queries. Built from OpenCC's dictionaries (via opencc-js): the character table, with the
// Taiwan and Hong Kong variant forms and CJK compatibility ideographs folded first. Phrase-level conversion is left
// out on purpose: it can change a text's length, and the index and the query must fold exactly alike.
import CJK_COMPATIBILITY from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';

/** OpenCC dictionary text (`from to|from to…`) → single-character mappings; the first candidate wins. */
function charTable(dict: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && [...from].length === 1 && [...to].length === 1) table.set(from, to);
  }
  return table;
}

let table: Map<string, string> | null = null;

function foldTable(): Map<string, string> {
  if (table) return table;
  const compat = charTable(CJK_COMPATIBILITY);
  const variants = [charTable(TW_VARIANTS_REV), charTable(HK_VARIANTS_REV)];
  const ts = charTable(TS_CHARACTERS);
  table = new Map();
  for (const ch of new Set([...ts.keys(), ...compat.keys(), ...variants.flatMap((v) => [...v.keys()])])) {
    let c = compat.get(ch) ?? ch;
    // A regional variant counts only when it is the variant of a traditional character (裡 → 裏 → 里); variant
    // tables also list characters that are simplified in their own right (著), which must stay as they are.
    const standard = variants[0]!.get(c) ?? variants[1]!.get(c);
    if (standard && ts.has(standard)) c = standard;
    c = ts.get(c) ?? c;
    if (c !== ch) table.set(ch, c);
  }
  return table;
}

export function foldToSimplified(text: string): string {
  const t = foldTable();
  let out = '';
  for (const ch of text) out += t.get(ch) ?? ch;
  return out;
}
