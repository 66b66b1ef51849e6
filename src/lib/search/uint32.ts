// 32-bit arithmetic shared by the search's hashes and the build's sets of numbers: the term directory's keys and the
// phrase filter's grams, millions a year, which a typed array holds and sorts several times faster than a Set fills.

/** FNV-1a over UTF-16 code units (hashOf in directory.ts, the grams of phrase-filter.ts): the build and the browser agree. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** The numbers, each once, in ascending order: sorts `numbers` in place and returns a copy without repeats. */
export function sortedDistinct(numbers: Uint32Array): Uint32Array<ArrayBuffer> {
  numbers.sort();
  let kept = 0;
  for (let i = 0; i < numbers.length; i++) if (i === 0 || numbers[i] !== numbers[i - 1]) numbers[kept++] = numbers[i]!;
  return numbers.slice(0, kept);
}
