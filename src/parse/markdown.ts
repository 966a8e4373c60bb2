// Markdown (CommonMark + GFM + front matter) to hast, raw HTML re-parsed so an inline <img> is an
// image; positions stay those of the original file, front matter lines included.
import type { Root } from 'hast';
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
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();

export function markdownToHast(source: string): Root {
  const mdast = markdownParser.parse(source);
  return toHast.runSync(mdast) as Root;
}
