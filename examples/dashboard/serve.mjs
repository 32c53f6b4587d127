// `npm run dashboard`: builds the library and the dashboard, serves the page on 127.0.0.1 and prints its
// address. The built page also works opened from disk: examples/dashboard/index.html.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { buildDashboard } from './build.mjs';

const site = resolve(import.meta.dirname);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves the dashboard folder on 127.0.0.1 (`port` 0: any free port); resolves to the server and its URL. */
export async function serveDashboard(port = 0) {
  const server = createServer((req, res) => {
    const path = join(site, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!path.startsWith(site) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg === -1 ? 8080 : Number(process.argv[portArg + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`dashboard: --port takes a port number, not ${JSON.stringify(process.argv[portArg + 1])}`);
    process.exit(2);
  }
  await buildDashboard();
  const { url } = await serveDashboard(port);
  console.log(`dashboard: serving ${url} (or open ${join(site, 'index.html')} from disk); Ctrl+C stops it`);
}
