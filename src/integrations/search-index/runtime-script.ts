// Pagefind's script, as the search page runs it from the runtime index (shards.ts RUNTIME), with three changes that
// each take time off a shared link's first answer. Pagefind's npm package ships its script inside the binary, so the
// one place to change it is its output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A piece of Pagefind's code as 1.6 writes it (found `count` times), and what it becomes. */
export interface ScriptChange {
  from: string;
  count: number;
  to: string;
}

/**
 * The changes, in the order they are made (each finds its piece in the script as the changes before it left it).
 * Measured on one 100,000-article site, the two scripts alternating (docs/measurements.md).
 */
export const SCRIPT_CHANGES: ScriptChange[] = [
  // Pagefind checks every 50 ms for its WebAssembly (mergeIndex) and for an index's metadata (getPtr). A shared
  // link merges its shard while the WebAssembly still compiles, so it lost up to 50 ms for nothing, at random.
  { from: 'asyncSleep(50)', count: 2, to: 'asyncSleep(5)' },
  // A merged index waited for the runtime's WebAssembly before it asked for its own entry file and metadata: it now
  // fetches them while the WebAssembly compiles, and waits for it only to hand it the metadata.
  {
    from: 'while(this.primary.wasm===null){await asyncSleep(5);}await newInstance.init(options2.language||this.primaryLanguage,{load_wasm:false});',
    count: 1,
    to: 'await newInstance.init(options2.language||this.primaryLanguage,{load_wasm:false,wasmOf:this.primary});',
  },
  {
    from: 'await Promise.all(resources);this.raw_ptr=this.backend.init_pagefind(',
    count: 1,
    to: 'await Promise.all(resources);while(opts.wasmOf&&opts.wasmOf.wasm===null){await asyncSleep(5);}this.raw_ptr=this.backend.init_pagefind(',
  },
  // Pagefind splits a query into graphemes with a new Intl.Segmenter in every index, for every search: a reporter's
  // name searched in two quarters made ten. Our queries are the index's own words already (bigrams.ts), which
  // Pagefind's other path, one code point at a time, treats the same: lower case, punctuation dropped.
  { from: 'trueLanguage=Intl.getCanonicalLocales(this.loadedLanguage)[0];', count: 1, to: 'trueLanguage=null;' },
];

const occurrences = (script: string, piece: string) => script.split(piece).length - 1;

/**
 * The script with every change made; or as it is, when a piece is not found as often as expected (another version
 * of Pagefind): half of the changes could leave a script that waits for nothing or forever. test/cli/
 * search-index.test.ts fails on such a script, so an upgrade says so.
 */
export function patchScript(script: string): string {
  let patched = script;
  for (const { from, count, to } of SCRIPT_CHANGES) {
    if (occurrences(patched, from) !== count) return script;
    patched = patched.replaceAll(from, to);
  }
  return patched;
}

/** Rewrites pagefind.js in a Pagefind output folder with patchScript. */
export function patchRuntimeScript(indexDir: string): void {
  const file = join(indexDir, 'pagefind.js');
  writeFileSync(file, patchScript(readFileSync(file, 'utf8')));
}
