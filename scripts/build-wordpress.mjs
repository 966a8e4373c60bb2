// Builds the WordPress plugin in integrations/wordpress/content-a11y: the editor bundle
// (content-a11y/browser + the panel, one IIFE reading window.wp), its asset manifest (the script
// dependencies WordPress loads first), and the translations — .mo files for PHP and Jed JSON for
// wp_set_script_translations — compiled from the .po files beside them.
//   node scripts/build-wordpress.mjs   (npm run build:wordpress)
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import gettextParser from 'gettext-parser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const pluginDir = join(root, 'integrations/wordpress/content-a11y');
const buildDir = join(pluginDir, 'build');
const languagesDir = join(pluginDir, 'languages');
const HANDLE = 'content-a11y-editor';

/** WordPress scripts the bundle uses through window.wp, loaded before it. */
export const DEPENDENCIES = [
  'wp-api-fetch',
  'wp-block-editor',
  'wp-blocks',
  'wp-components',
  'wp-core-data',
  'wp-data',
  'wp-edit-post',
  'wp-editor',
  'wp-element',
  'wp-hooks',
  'wp-i18n',
  'wp-plugins',
];

export async function buildWordPressPlugin() {
  mkdirSync(buildDir, { recursive: true });
  const result = await build({
    entryPoints: [join(pluginDir, 'src/index.js')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    // The oldest block editor supported (6.1) runs in browsers of 2022.
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    alias: { 'content-a11y/browser': join(root, 'src/browser.ts') },
  });
  const code = result.outputFiles[0].text;
  writeFileSync(join(buildDir, 'editor.js'), code);
  copyFileSync(join(pluginDir, 'src/editor.css'), join(buildDir, 'editor.css'));
  const version = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const deps = DEPENDENCIES.map((d) => `'${d}'`).join(', ');
  writeFileSync(
    join(buildDir, 'editor.asset.php'),
    `<?php return array( 'dependencies' => array( ${deps} ), 'version' => '${version}' );\n`,
  );
  const locales = compileTranslations();
  return { bytes: code.length, version, locales };
}

/** languages/content-a11y-LOCALE.po → .mo (PHP) and content-a11y-LOCALE-HANDLE.json (the editor). */
export function compileTranslations() {
  const locales = [];
  for (const name of readdirSync(languagesDir)) {
    const match = /^content-a11y-(.+)\.po$/.exec(name);
    if (!match) continue;
    const locale = match[1];
    const po = gettextParser.po.parse(readFileSync(join(languagesDir, name)));
    writeFileSync(join(languagesDir, `content-a11y-${locale}.mo`), gettextParser.mo.compile(po));
    writeFileSync(
      join(languagesDir, `content-a11y-${locale}-${HANDLE}.json`),
      JSON.stringify(toJed(po, locale)),
    );
    locales.push(locale);
  }
  return locales;
}

/** The Jed 1.x shape @wordpress/i18n reads: `{ locale_data: { messages: { msgid: [msgstr…] } } }`. */
function toJed(po, locale) {
  const messages = {
    '': {
      domain: 'messages',
      lang: locale,
      'plural-forms': po.headers['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);',
    },
  };
  for (const [context, entries] of Object.entries(po.translations)) {
    for (const [msgid, entry] of Object.entries(entries)) {
      if (!msgid || entry.msgstr.every((s) => !s)) continue;
      messages[context ? `${context}\u0004${msgid}` : msgid] = entry.msgstr;
    }
  }
  return { domain: 'messages', locale_data: { messages } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, version, locales } = await buildWordPressPlugin();
  console.log(
    `build/editor.js ${(bytes / 1024).toFixed(0)} KiB (version ${version}); translations: ${locales.join(', ')}`,
  );
}
