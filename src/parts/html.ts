// The HTML part: parse5 (through hast-util-from-html and hast-util-raw) reads HTML posts, CMS
// records' HTML bodies and the raw HTML inside Markdown. ~51 KB gzip of the browser bundle.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { raw } from 'hast-util-raw';
import { VFile } from 'vfile';

export const htmlPart = {
  fromHtml,
  /**
   * rehype-raw's transform without unified: `raw` patches positions only when given a file, and
   * unified's runSync always gave it one (empty, as the tree was built from mdast).
   */
  raw: (tree: Root): Root => raw(tree, { file: new VFile() }) as Root,
};

export type HtmlPart = typeof htmlPart;
