import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { ingestText } from '../../test/helpers.ts';
const out = process.argv[2]!;
mkdirSync(out, { recursive: true });
for (const f of readdirSync('/tmp/rev19').filter((f) => f.endsWith('.txt')).sort()) {
  const r = ingestText({ '01.txt': readFileSync(`/tmp/rev19/${f}`, 'utf8') });
  const lines: string[] = [];
  for (const a of r.articles) lines.push(JSON.stringify({ k: a.kicker, h: a.headline, s: a.subheadline, by: a.byline, r: a.reporters, c: a.correspondents, p: a.photographers, i: a.interns, para: a.paragraphs, sub: a.subheads, cap: a.captions }));
  for (const p of r.pages) lines.push('furniture: ' + JSON.stringify(p.furniture.map((x) => [x.text, x.reason])));
  writeFileSync(`${out}/${f}.out`, lines.join('\n') + '\n');
}
