import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { TermDirectoryBuilder } from '../src/lib/search/directory.ts';
const cache = '/tmp/wt/.bench/search-cache';
const years = new Map<string, string[]>();
for (const entry of readdirSync(cache)) {
  try { const keys = readFileSync(`${cache}/${entry}/keys.txt`, 'utf8').split('\n').filter(Boolean); const y = JSON.parse(readFileSync(`${cache}/${entry}/index/pagefind-entry.json`, 'utf8')); years.set(entry, keys); } catch {}
}
console.log(years.size, 'cached years');
const picked = [...years].slice(-12);
const t = performance.now();
const b = new TermDirectoryBuilder(picked.map((_, i) => String(2016 + i)));
picked.forEach(([, keys], i) => b.add(String(2016 + i), keys));
const t2 = performance.now();
const files = b.files();
const t3 = performance.now();
const h = createHash('sha256'); for (const [p, t] of files) h.update(p).update(t);
console.log('add', ((t2 - t) / 1000).toFixed(1), 's; files', ((t3 - t2) / 1000).toFixed(1), 's;', files.size, 'files', h.digest('hex').slice(0, 16));
