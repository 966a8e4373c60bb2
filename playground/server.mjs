// `npm run playground`: bundles the playground page with esbuild and serves it on 127.0.0.1
// (never on other interfaces). Tests start it on a free port with startPlayground({ port: 0 }).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

export async function bundlePlayground() {
  const result = await build({
    entryPoints: [join(here, 'app.js')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    loader: { '.md': 'text' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export async function startPlayground({ port = 5178, host = '127.0.0.1' } = {}) {
  const [html, app] = await Promise.all([readFile(join(here, 'index.html'), 'utf8'), bundlePlayground()]);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (path === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(app);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 5178);
  const { url } = await startPlayground({ port });
  console.log(`content-a11y playground: ${url} (Ctrl+C to stop)`);
}
