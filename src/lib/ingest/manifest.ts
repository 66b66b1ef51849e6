// The optional issue manifest (`issue.yaml` beside the pages): what the archivist knows better than the text.
import { z } from 'zod';
import { isPageNumber, letteredPageNumber } from './page-labels.ts';

const notAPage = (issue: { input?: unknown }) => `must be a page number, 1–99, or a lettered page such as A3, not ${JSON.stringify(issue.input)}`;

const pageEntry = z.strictObject({
  // A page's number, or a lettered page's label (`page: A3`), which is its number 103 (page-labels.ts).
  page: z.preprocess((p) => (typeof p === 'string' ? (letteredPageNumber(p.trim()) ?? p) : p), z.number({ error: notAPage }).refine(isPageNumber, { error: notAPage })).optional(),
  section: z.string().min(1).optional(),
});

export const issueManifestSchema = z.strictObject({
  paper: z.string().min(1).optional(),
  // A date YAML reads as a timestamp comes as a Date; anything else must be the string.
  date: z.preprocess((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d), z.iso.date({
    error: (issue) => `must be a date written YYYY-MM-DD, such as 2024-03-15, not ${JSON.stringify(issue.input)}`,
  })).optional(),
  /** Page entries keyed by file name: `03.txt: { page: 3, section: 综合 }`. */
  pages: z.record(z.string(), pageEntry).default({}),
});

export type IssueManifest = z.infer<typeof issueManifestSchema>;

export const MANIFEST_NAMES = ['issue.yaml', 'issue.yml'];
