import { parseCredits } from '../../src/lib/ingest/credits.ts';
import { defaultPaperSettings } from '../../src/lib/ingest/settings.ts';
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(parseCredits(t, defaultPaperSettings)));
