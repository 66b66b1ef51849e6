import { ingestText } from '../../test/helpers.ts';
const page = (...b: string[]) => b.join('\n\n');
const r = ingestText({ '01.txt': page(...process.argv.slice(2)) });
for (const a of r.articles) console.log(JSON.stringify({ k: a.kicker, h: a.headline, s: a.subheadline, by: a.byline, r: a.reporters, c: a.correspondents, p: a.photographers, para: a.paragraphs, cap: a.captions }));
for (const pg of r.pages) for (const l of pg.lines ?? []) if (!['body','headline','byline'].includes(l.role)) console.log(l.line, l.role, l.text ?? '');
console.log(r.warnings.map((w) => w.message));
