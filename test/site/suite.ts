// The setup every browser suite shares: the fixture site built (or reused, see harness.ts), served on 127.0.0.1 at
// its base, and a Chromium; all of it closed when the file's tests are done. Kept apart from harness.ts, which also
// runs as a command outside Vitest.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildFixtureSite, disposeFixtureSites, launchBrowser, serveStatic, type FixtureSite, type StaticServer } from './harness.ts';

export interface ServedSite {
  site: FixtureSite;
  server: StaticServer;
  browser: Browser;
}

/** Registers the file's beforeAll (build, serve, launch, then `ready`) and afterAll (close everything). */
export function serveFixtureSite(base: string, ready: (served: ServedSite) => void | Promise<void>): void {
  let served: Partial<ServedSite> = {};
  beforeAll(async () => {
    const site = await buildFixtureSite({ base });
    served = { site, server: await serveStatic(site.dist, base) };
    served.browser = await launchBrowser();
    await ready(served as ServedSite);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
    await disposeFixtureSites();
  });
}
