import { describe, expect, it } from 'vitest';
import { describeLead, indexTiming } from '../../scripts/lib/index-timing.ts';

// Lines as src/integrations/pagefind.ts logs them (test/cli/incremental-build.test.ts reads a real one).
const line = (order: string) =>
  `20:46:18 [baoku:pagefind] indexed 104240 articles for search in 44021 ms (48 quarterly indexes, 0 rebuilt, 49 of 49 folders kept in place; 2 at a time, beside the pages, ${order})`;

describe('the search index timing the benchmark reads from a build log', () => {
  it('is the time to placement, and how long before the pages the index was ready (negative: after them)', () => {
    expect(indexTiming(`…\n${line('ready 566 ms after the pages')}\n20:46:18 [build] Complete!`)).toEqual({ seconds: 44.021, readyBeforePagesSeconds: -0.566 });
    expect(indexTiming(line('ready 1190 ms before the pages'))).toEqual({ seconds: 44.021, readyBeforePagesSeconds: 1.19 });
    expect(describeLead(indexTiming(line('ready 566 ms after the pages'))!)).toBe('ready 0.6 s after the pages');
    expect(describeLead(indexTiming(line('ready 1190 ms before the pages'))!)).toBe('ready 1.2 s before the pages');
  });

  it('is null for a log without the line', () => {
    expect(indexTiming('20:46:18 [build] Complete!')).toBeNull();
  });
});
