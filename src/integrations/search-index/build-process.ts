// Runs build.ts in a process of its own for the integration (../pagefind.ts), so reading every article and feeding
// Pagefind happen beside Astro's page rendering instead of after it, and their memory is not added to Astro's: at
// 100,000 articles the articles alone are hundreds of megabytes held for the whole build.
import { buildSearchIndex, type SearchIndexJob } from './build.ts';

process.once('message', async (job: SearchIndexJob) => {
  let answer: unknown;
  try {
    answer = { ok: true, plan: await buildSearchIndex(job) };
  } catch (error) {
    answer = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  // The plan holds the term directory (megabytes): the channel closes only once it is sent.
  process.send!(answer, () => process.disconnect());
});
// A build that fails (an article file that does not parse, say) goes away without the index: so does this process.
process.once('disconnect', () => process.exit(0));
