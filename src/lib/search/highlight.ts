// Excerpts are built from plain text and escaped here, never taken as HTML from the index: page text is data, and a
// `<script>` in an article must reach the reader as those eight characters.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch]!);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Pagefind hands content back with `<`, `>` and `&` as entities; this gives the plain text again. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/gu, (_m, name: string) => ENTITIES[name]!);
}

/** A pattern for any of the terms, longest first; Latin letters in any case, as the search matches them. */
function termPattern(terms: string[], flags: string): RegExp | null {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return wanted.length ? new RegExp(wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), flags) : null;
}

/** Plain text with every occurrence of each term wrapped in <mark>, everything escaped. Longest terms win. */
export function highlight(text: string, terms: string[]): string {
  const pattern = termPattern(terms, 'giu');
  if (!pattern) return escapeHtml(text);
  let html = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    html += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** A window of about `length` characters around the first match, with ellipses where text was cut. */
export function excerptAround(text: string, terms: string[], length = 80): string {
  const chars = [...text];
  const first = termPattern(terms, 'iu')?.exec(text);
  if (!first || chars.length <= length) return chars.slice(0, length).join('') + (chars.length > length ? '…' : '');
  const at = [...text.slice(0, first.index)].length;
  const start = Math.max(0, Math.min(at - Math.floor(length / 3), chars.length - length));
  return (start > 0 ? '…' : '') + chars.slice(start, start + length).join('') + (start + length < chars.length ? '…' : '');
}
