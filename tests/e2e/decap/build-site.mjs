// Writes the Decap CMS page of the end-to-end test into a folder: index.html, config.yml (the
// local backend of decap-server at the given port, a Polish news collection like the seed's) and
// cms.js, decap-cms-app with the integration bundled by esbuild, plus decap-cms-app's lazily
// loaded chunks.   node tests/e2e/decap/build-site.mjs SITE_DIR DECAP_SERVER_PORT
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const [site, serverPort] = process.argv.slice(2);
if (!site || !serverPort) throw new Error('usage: build-site.mjs SITE_DIR DECAP_SERVER_PORT');
mkdirSync(site, { recursive: true });

await build({
  entryPoints: [join(here, 'cms.js')],
  outfile: join(site, 'cms.js'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  logLevel: 'warning',
  nodePaths: [join(here, 'node_modules')],
  alias: { 'content-a11y/browser': join(root, 'src/browser.ts') },
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
});
const dist = join(here, 'node_modules/decap-cms-app/dist');
for (const name of readdirSync(dist)) {
  if (/^\d+\.decap-cms-app\.js$|\.wasm$/.test(name)) copyFileSync(join(dist, name), join(site, name));
}

writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="pl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Panel redakcji</title>
</head>
<body>
  <script src="cms.js"></script>
</body>
</html>
`,
);

writeFileSync(
  join(site, 'config.yml'),
  `# Decap CMS over decap-server's local git backend (no login service: local_backend).
backend:
  name: git-gateway
  branch: main
local_backend:
  url: http://127.0.0.1:${serverPort}/api/v1
locale: pl
media_folder: static/media
public_folder: /media
collections:
  - name: aktualnosci
    label: Aktualności
    label_singular: Aktualność
    folder: content/aktualnosci
    create: true
    slug: '{{slug}}'
    fields:
      - { name: title, label: Tytuł, widget: string }
      - { name: date, label: Data opublikowania, widget: string, required: false }
      - { name: lang, label: Język, widget: hidden, default: pl }
      - { name: image_alt, label: Opis obrazka wyróżniającego, widget: string, required: false }
      - { name: body, label: Treść, widget: markdown, modes: [raw] }
`,
);
