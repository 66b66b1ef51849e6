// What a build's log says of its search index (src/integrations/pagefind.ts logs it), read back by the benchmark.
// The index is made beside the pages: its time runs until it is placed, after them, so whether it was ready before
// or after the pages is what tells which of the two the build waited for.
export interface IndexTiming {
  /** From the index's start, beside Astro's content sync, until its folders were placed. */
  seconds: number;
  /** How long before the pages were done it was ready; negative when the pages waited for it. */
  readyBeforePagesSeconds: number;
}

const LOG_LINE = /indexed \d+ articles for search in (\d+) ms \(.*ready (\d+) ms (before|after) the pages\)/u;

/** The index's timing from a build's log, or null when the log has no such line. */
export function indexTiming(log: string): IndexTiming | null {
  const m = LOG_LINE.exec(log);
  if (!m) return null;
  const lead = Number(m[2]) / 1000;
  return { seconds: Number(m[1]) / 1000, readyBeforePagesSeconds: m[3] === 'before' ? lead : -lead };
}

/** `ready 1.2 s before the pages` / `ready 0.6 s after the pages`, for a table. */
export const describeLead = ({ readyBeforePagesSeconds: lead }: IndexTiming) =>
  `ready ${Math.abs(lead).toFixed(1)} s ${lead >= 0 ? 'before' : 'after'} the pages`;
