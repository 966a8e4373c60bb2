// Markdown (CommonMark + GFM + front matter) to hast, raw HTML re-parsed so an inline <img> is an
// image; positions stay those of the original file, front matter lines included.
import type { Root } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Built once per process: freezing a unified processor is the expensive part.
const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .freeze();
const toHastWithRaw = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();
const toHastPlain = unified().use(remarkRehype).freeze();
const toRenderedHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();

export function markdownToHast(source: string): Root {
  return mdastToHast(markdownParser.parse(source));
}

/** A Markdown tree (ours, or one a host's remark pipeline built) to hast, positions kept. */
export function mdastToHast(mdast: MdastRoot): Root {
  // Re-parsing the whole tree through parse5 (rehype-raw) costs as much as parsing the Markdown;
  // most posts have no raw HTML at all, and for them the plain conversion gives the same tree.
  const convert = hasRawHtml(mdast) ? toHastWithRaw : toHastPlain;
  return convert.runSync(mdast) as Root;
}

/**
 * The page a site generator renders from the post: raw HTML stays as written (`raw` nodes), not
 * re-parsed, so the rendered-DOM checks can let a browser's parser read it (src/dom/rendered-html.ts).
 */
export function markdownToRenderedHast(source: string): Root {
  return toRenderedHast.runSync(markdownParser.parse(source)) as Root;
}

function hasRawHtml(root: MdastRoot): boolean {
  const stack: MdastNodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') return true;
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}
