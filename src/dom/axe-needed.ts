// Whether the rendered-DOM stage can change a post's findings at all, decided before jsdom and
// axe-core are loaded. axe in jsdom costs tens of milliseconds a post against a few for the native
// rules, and most posts are Markdown alone: their page is what remark-rehype generates from
// Markdown syntax, every element of which a native rule judges. For such a post axe can only
// (a) report an element the native rules also report — merged into the native finding — or
// (b) overrule a native finding its twin judges (./twins.ts). So axe is skipped when the page holds
// no markup the author wrote (raw HTML, JSX) and no native finding is one a twin could overrule.
// bench/axe-skip.mjs runs axe anyway on every skipped corpus post and counts what would have
// changed (zero, or the skip is wrong); tests/dom/axe-needed.test.ts does the same on fixtures.
import type { Root, RootContent } from 'hast';
import type { Draft } from '../engine/finalize.js';
import type { Post } from '../types.js';
import { renderedMarkdownTree } from './rendered-html.js';
import { AXE_NATIVE_TWINS } from './twins.js';

/** Native rules whose findings an element twin judges, and so may drop. */
const OVERRULABLE: ReadonlySet<string> = new Set(
  Object.values(AXE_NATIVE_TWINS)
    .filter((twin) => twin.unit === 'element')
    .flatMap((twin) => twin.native),
);

const MARKUP_START = /<[A-Za-z/!?]/g;

/** False when running axe on this post provably changes nothing; see the file comment. */
export function axeCanChange(post: Post, native: readonly Draft[]): boolean {
  if (post.format !== 'markdown' && post.format !== 'text') return true;
  if (native.some((d) => OVERRULABLE.has(d.ruleId))) return true;
  // A text post's page is its paragraphs (src/parse/text.ts).
  if (post.format === 'text') return false;
  // Raw HTML and JSX start with `<` and a letter, `/`, `!` or `?` (CommonMark's HTML blocks and
  // inline HTML): a body without one renders from Markdown syntax alone, and is not parsed again
  // here. A bare `<` is common (`{{< figure >}}` shortcodes, `a < b`).
  const bodyStart = post.meta.frontMatter?.position.end.offset ?? 0;
  MARKUP_START.lastIndex = bodyStart;
  if (!MARKUP_START.test(post.source)) return false;
  return hasRawMarkup(renderedMarkdownTree(post));
}

function hasRawMarkup(root: Root): boolean {
  const stack: Array<Root | RootContent> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'raw') return true;
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}
