// An article's front matter as YAML, exactly as js-yaml dumps it with YAML_OPTIONS, without js-yaml's per-character
// work for the common case. Front matter is a record of strings, integers, booleans, nulls, lists of those and
// nested records; with every string double-quoted, js-yaml writes a string with nothing to escape as
// `"` + string + `"`. Dumping took a fifth of an ingest worker's time; anything else (a character js-yaml escapes, a
// float, a list of records, an object met twice, which js-yaml writes as an anchor, a key too long to stand plain)
// goes to js-yaml itself, and a property test (test/unit/front-matter-yaml.test.ts) holds the two equal.
import { dump } from 'js-yaml';

/** Every string double-quoted, so no headline can turn into a number, a date, a null or a second document. */
export const YAML_OPTIONS = { lineWidth: -1, quotingType: '"', forceQuotes: true } as const;

/**
 * Characters js-yaml writes as they are inside double quotes: printable (YAML's c-printable, less the BOM), and none
 * of its escapes (`"`, `\`, NEL, no-break space, line and paragraph separators).
 */
const VERBATIM = /^[^\x00-\x1f"\\\x7f-\xa0\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]*$/u;

/**
 * How js-yaml writes each key (plain, or quoted when it could be read as something else), learnt from js-yaml; null
 * for a key over 1,024 characters, which it writes as an explicit pair (`? key`), laid out in a way of its own.
 */
const keys = new Map<string, string | null>();
function yamlKey(key: string): string | null {
  let written = keys.get(key);
  if (written === undefined) {
    written = dump({ [key]: null }, YAML_OPTIONS).slice(0, -': null\n'.length);
    if (written.startsWith('?')) written = null;
    keys.set(key, written);
  }
  return written;
}

function scalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value === 'string') return VERBATIM.test(value) ? `"${value}"` : undefined;
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A block mapping at `indent`, or undefined when some value is not of the shapes above. */
function blockMapping(record: Record<string, unknown>, indent: string, seen: Set<object>): string | undefined {
  let out = '';
  for (const [key, value] of Object.entries(record)) {
    const keyText = yamlKey(key);
    if (keyText === null) return undefined;
    const line = indent + keyText;
    if (Array.isArray(value) || isRecord(value)) {
      if (seen.has(value)) return undefined;
      seen.add(value);
    }
    if (Array.isArray(value)) {
      if (!value.length) {
        out += `${line}: []\n`;
        continue;
      }
      out += `${line}:\n`;
      for (const item of value) {
        const written = scalar(item);
        if (written === undefined) return undefined;
        out += `${indent}  - ${written}\n`;
      }
    } else if (isRecord(value)) {
      if (!Object.keys(value).length) {
        out += `${line}: {}\n`;
        continue;
      }
      const inner = blockMapping(value, `${indent}  `, seen);
      if (inner === undefined) return undefined;
      out += `${line}:\n${inner}`;
    } else {
      const written = scalar(value);
      if (written === undefined) return undefined;
      out += `${line}: ${written}\n`;
    }
  }
  return out;
}

/** `dump(record, YAML_OPTIONS)`, byte for byte. */
export function frontMatterYaml(record: Record<string, unknown>): string {
  const fast = Object.keys(record).length ? blockMapping(record, '', new Set()) : undefined;
  return fast ?? dump(record, YAML_OPTIONS);
}
