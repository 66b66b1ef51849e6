// Temporary: the worker's per-issue CPU, in one thread, without I/O. Not committed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestIssue } from '../../src/lib/ingest/issue.ts';
import { slotOf } from '../../src/lib/ingest/archive.ts';
import { ArticleFiles } from '../../src/lib/ingest/markdown.ts';
import { loadConfig } from '../../src/lib/config.ts';
import { codeVersion, issueKey } from './ingest-cache.ts';
import { pageReportsJson } from './ingest-report.ts';
const root = '/tmp/wt/.bench/raw';
const n = Number(process.argv[2] ?? 400);
const settings = loadConfig().paper;
const issues: { folder: string; pages: { file: string; bytes: Uint8Array }[] }[] = [];
outer: for (const year of readdirSync(root).sort()) for (const day of readdirSync(join(root, year)).sort()) {
  const folder = `${root}/${year}/${day}`;
  issues.push({ folder, pages: readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: `${folder}/${f}`, bytes: readFileSync(`${folder}/${f}`) })) });
  if (issues.length >= n * 3) break outer;
}
const pick = issues.filter((_, i) => i % 3 === 0);
const code = codeVersion();
const times: number[] = [];
let articles = 0;
for (let pass = 0; pass < Number(process.argv[3] ?? 6); pass++) {
  const t = performance.now();
  articles = 0;
  for (const issue of pick) {
    issueKey(code, { files: issue.pages.map((p) => p.file), settings, manifest: null }, issue.pages.map((p) => p.bytes));
    const { pages: reports, articles: made, ...rest } = ingestIssue({ folder: issue.folder, pages: issue.pages, manifest: null, settings });
    const files = new ArticleFiles();
    for (const a of made) files.add(a);
    pageReportsJson(reports);
    made.map(slotOf);
    articles += made.length;
    void rest;
  }
  times.push(performance.now() - t);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`${pick.length} issues, ${articles} articles: passes ${times.map((t) => t.toFixed(0)).join(' ')} ms; min ${sorted[0]!.toFixed(0)} median ${sorted[sorted.length >> 1]!.toFixed(0)}`);
