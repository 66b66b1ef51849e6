// serveStatic in a process of its own (static-site.ts serveStaticProcess): the site's files come from elsewhere, as
// from a host, and not from the event loop that also runs the browser's client.
import { serveStatic } from './static-site.ts';

const [dist, base] = process.argv.slice(2);
const server = await serveStatic(dist!, base!);
process.send!({ url: server.url, origin: server.origin });
// Nothing to finish: the parent is done with it once it lets go.
process.on('disconnect', () => process.exit(0));
