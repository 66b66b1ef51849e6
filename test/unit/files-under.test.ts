import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files-under.ts';

const root = mkdtempSync(join(tmpdir(), 'baoku-files-under-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists the files that Node’s recursive listing lists, links to folders followed and links to files left out', () => {
    const tree = join(root, 'tree');
    for (const folder of ['2023/12-22', '2024/01-05/deep', 'empty']) mkdirSync(join(tree, folder), { recursive: true });
    for (const file of ['top.md', '2023/12-22/a.md', '2023/12-22/b.txt', '2024/01-05/deep/c.md']) writeFileSync(join(tree, file), file);
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'linked.md'), '');
    symlinkSync(join(root, 'elsewhere'), join(tree, 'link-to-folder'));
    symlinkSync(join(tree, 'top.md'), join(tree, 'link-to-file.md'));
    symlinkSync(join(root, 'missing'), join(tree, 'dangling'));

    const expected = readdirSync(tree, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(filesUnder(tree).sort()).toEqual(expected.sort());
    expect(filesUnder(tree).map((file) => file.slice(tree.length + 1)).sort()).toEqual(['2023/12-22/a.md', '2023/12-22/b.txt', '2024/01-05/deep/c.md', 'link-to-folder/linked.md', 'top.md']);
  });
});
