// Small builders shared by the tests: a page from lines, run through the real pipeline; a temporary folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { ingestIssue, type IssueResult } from '../src/lib/ingest/issue.ts';
import type { IssueManifest } from '../src/lib/ingest/manifest.ts';
import { defaultPaperSettings, type PaperSettings } from '../src/lib/ingest/settings.ts';

export const SAMPLE_PAGE = new URL('../content/raw/rongchang/000_5f1ee1fae9f02ef7.txt', import.meta.url);
export const sampleText = () => readFileSync(SAMPLE_PAGE, 'utf8');

export function ingestText(
  pages: Record<string, string>,
  options: { folder?: string; manifest?: IssueManifest | null; settings?: Partial<PaperSettings> } = {},
): IssueResult {
  const folder = options.folder ?? '2024-03-15';
  return ingestIssue({
    folder,
    pages: Object.entries(pages).map(([name, text]) => ({ file: `${folder}/${name}`, bytes: new TextEncoder().encode(text) })),
    manifest: options.manifest ?? null,
    settings: { ...defaultPaperSettings, ...options.settings },
  });
}

/**
 * A new folder under the system's temporary folder, deleted when the test that asked for it ends (pass or fail):
 * a full run makes hundreds, and they would otherwise pile up in /tmp run after run.
 */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
