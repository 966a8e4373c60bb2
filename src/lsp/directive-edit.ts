// Where "disable for this line" writes its inline directive, so that the directive works and the
// post renders as before. Offsets are in the post's source (for a CMS record, its body).
//
// - Markdown and HTML take an HTML comment; MDX has no HTML comments (`<!--` does not compile),
//   so there it is a JSX comment, which the engine reads as a directive too.
// - On its own line before the finding's line (`disable-next-line`) only where a line can be
//   added without changing the post: in Markdown after a blank line (an HTML comment line would
//   otherwise split the paragraph, list or quote it is added to), in HTML outside tags and text
//   that is shown as written (`<pre>`, `<title>`, `<textarea>`, scripts).
// - Otherwise at the end of the finding's line (`disable-line`), where a comment is inline markup.
// - Never inside front matter or a code block (no comment is read there) or a Markdown table row
//   (text after the last cell is dropped): there the rule is switched off in the configuration.
import type { Finding, Post } from '../types.js';

export type DirectiveSyntax = 'html' | 'mdx';

export interface DirectiveInsertion {
  offset: number;
  text: string;
}

const RAW_TEXT = new Set(['pre', 'textarea', 'title', 'script', 'style', 'code']);

export function directiveInsertion(
  post: Post,
  finding: Finding,
  syntax: DirectiveSyntax,
): DirectiveInsertion | undefined {
  const line = finding.line;
  const lines = post.lines;
  if (line < 1 || line > lines.lineCount) return undefined;
  const frontMatterEnd = post.meta.frontMatter?.position.end.line;
  if (frontMatterEnd !== undefined && line <= frontMatterEnd) return undefined;
  const lineStart = lines.offset(line, 1);
  const text = lines.lineText(line);
  const lineEnd = lineStart + text.length;
  if (insideRawText(post, lineStart) || insideRawText(post, lineEnd)) return undefined;
  const comment = (kind: string) =>
    syntax === 'mdx'
      ? `{/* content-a11y-${kind} ${finding.ruleId} */}`
      : `<!-- content-a11y-${kind} ${finding.ruleId} -->`;
  const indent = /^[ \t]*/.exec(text)![0];
  if (post.format === 'html') {
    if (insideTag(post.source, lineStart)) return undefined;
    return { offset: lineStart, text: `${indent}${comment('disable-next-line')}\n` };
  }
  const startsBlock = line === (frontMatterEnd ?? 0) + 1 || lines.lineText(line - 1).trim() === '';
  if (startsBlock && indent.replace(/\t/g, '    ').length < 4) {
    return { offset: lineStart, text: `${indent}${comment('disable-next-line')}\n` };
  }
  if (/^\s*\|/.test(text) || insideTag(post.source, lineEnd)) return undefined;
  return { offset: lineEnd, text: ` ${comment('disable-line')}` };
}

/** Inside an element whose text is shown or run as written, where a comment is not a comment. */
function insideRawText(post: Post, offset: number): boolean {
  for (const tag of RAW_TEXT) {
    for (const el of post.index.byTag(tag)) {
      const start = el.position?.start.offset;
      const end = el.position?.end.offset;
      if (start !== undefined && end !== undefined && start < offset && offset < end) return true;
    }
  }
  // <head> children are not in the content index; <title>, <script> and <style> are there.
  for (const el of post.index.headElements) {
    if (!RAW_TEXT.has(el.tagName)) continue;
    const start = el.position?.start.offset;
    const end = el.position?.end.offset;
    if (start !== undefined && end !== undefined && start < offset && offset < end) return true;
  }
  return false;
}

/** Between `<` and `>` of a tag written over several lines. */
function insideTag(source: string, offset: number): boolean {
  const open = source.lastIndexOf('<', offset - 1);
  if (open < 0) return false;
  const close = source.lastIndexOf('>', offset - 1);
  return close < open && /^<\/?[A-Za-z]/.test(source.slice(open, open + 3));
}
