// Temporary: shared links on two search pages of one built site (search/ and a variant folder), alternating.
import { launchBrowser, serveStaticProcess } from '../lib/static-site.ts';
import { openWatched, firstAnswer, medianOf } from '../lib/bench-search.ts';
const [dist, variant, roundsArg, ...queries] = process.argv.slice(2) as [string, string, string, ...string[]];
const server = await serveStaticProcess(dist, '/');
const browser = await launchBrowser();
const results: Record<string, Record<string, number[]>> = { 'search/': {}, [variant]: {} };
for (let r = 0; r < Number(roundsArg); r++) {
  for (const q of queries) {
    for (const page of r % 2 ? [variant, 'search/'] : ['search/', variant]) {
      const w = await openWatched(browser, `${server.url}${page}?q=${encodeURIComponent(q)}`);
      const a = await firstAnswer(w);
      ((results[page]![q] ??= [])).push(a.ms);
      await w.context.close();
    }
  }
}
for (const page of Object.keys(results)) {
  const meds = queries.map((q) => medianOf(results[page]![q]!));
  console.log(page.padEnd(12), queries.map((q, i) => `${q} ${meds[i]!.toFixed(0)}`).join('  '), ' sum', meds.reduce((a, b) => a + b, 0).toFixed(0));
}
await browser.close();
await server.close();
