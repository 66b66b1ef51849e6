// The yearly search indexes: built once, then copied from the cache while a year's articles stay the same, so the
// daily rebuild re-indexes only the year that changed.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexYear } from '../../src/integrations/pagefind.ts';

const logger = { error: () => {}, info: () => {}, warn: () => {}, debug: () => {}, options: {}, label: 'test', fork: () => logger } as never;

afterAll(() => pagefind.close());

describe('indexYear', () => {
  it('builds an index, reuses it for the same documents, and rebuilds when one changes', async () => {
    const token = `${Date.now()}${Math.random()}`;
    const doc = (text: string) => ({ url: `/articles/${text}/`, content: `<html lang="zz"><body><main data-pagefind-body><p>${text} ${token}</p></main></body></html>` });
    const out = mkdtempSync(join(tmpdir(), 'baoku-index-'));
    expect(await indexYear([doc('甲乙'), doc('丙丁')], join(out, 'a'), logger)).toBe(true);
    expect(existsSync(join(out, 'a', 'pagefind-entry.json'))).toBe(true);
    expect(await indexYear([doc('甲乙'), doc('丙丁')], join(out, 'b'), logger)).toBe(false);
    expect(readdirSync(join(out, 'b')).sort()).toEqual(readdirSync(join(out, 'a')).sort());
    expect(await indexYear([doc('甲乙'), doc('戊己')], join(out, 'c'), logger)).toBe(true);
  });
});
