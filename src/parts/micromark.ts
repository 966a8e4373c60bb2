// The micromark part: the reference Markdown reader (micromark + mdast-util-from-markdown with the
// site flavour's extensions), for the posts @lezer/markdown leaves to it (35 of the corpus's
// 3,547: footnotes in rarer forms, CRLF, a table form; every post of a site with definition lists)
// and for bench row 9. ~25 KB gzip.
import type { Root } from 'mdast';
import { defListFromMarkdown, defListHastHandlers } from 'mdast-util-definition-list';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { defList } from 'micromark-extension-definition-list';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { MarkdownFlavour } from '../site/types.js';

type Syntax = Pick<MarkdownFlavour, 'autolink' | 'footnotes' | 'definitionLists'>;

type MicromarkExtension = NonNullable<Options['extensions']>[number];
type FromMarkdownExtension = NonNullable<Options['mdastExtensions']>[number];

interface Extensions {
  extensions: MicromarkExtension[];
  mdastExtensions: FromMarkdownExtension[];
}

// Built once per flavour: the extensions are objects micromark combines on every parse.
const bySyntax = new Map<string, Extensions>();

/**
 * The syntax extensions the site's flavour asks for: front matter (YAML, TOML), GFM without the
 * parts a site's renderer lacks (kramdown and Zola link no bare URL), definition lists. Only the
 * reading halves: remark-gfm, remark-frontmatter and remark-definition-list also register their
 * Markdown serialisers (mdast-util-to-markdown and its handlers), which nothing here needs.
 */
function extensionsFor(syntax: Syntax): Extensions {
  const key = `${syntax.autolink}|${syntax.footnotes}|${syntax.definitionLists}`;
  let found = bySyntax.get(key);
  if (found) return found;
  const extensions: MicromarkExtension[] = [frontmatter(['yaml', 'toml'])];
  const mdastExtensions: FromMarkdownExtension[] = [frontmatterFromMarkdown(['yaml', 'toml'])];
  if (syntax.autolink && syntax.footnotes) {
    extensions.push(gfm());
    mdastExtensions.push(gfmFromMarkdown());
  } else {
    extensions.push(gfmTable(), gfmStrikethrough(), gfmTaskListItem());
    mdastExtensions.push(
      gfmTableFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
      gfmTaskListItemFromMarkdown(),
    );
    if (syntax.footnotes) {
      extensions.push(gfmFootnote());
      mdastExtensions.push(gfmFootnoteFromMarkdown());
    }
  }
  if (syntax.definitionLists) {
    extensions.push(defList);
    mdastExtensions.push(defListFromMarkdown);
  }
  found = { extensions, mdastExtensions };
  bySyntax.set(key, found);
  return found;
}

export const micromarkPart = {
  /** remark-parse's parse, without unified: `fromMarkdown` with the extensions it would pass. */
  mdast: (text: string, syntax: Syntax): Root => fromMarkdown(text, extensionsFor(syntax)),
  /** Definition lists: only micromark reads them (lezer leaves every such post to it), so their
   * hast handlers are part of this part too. */
  defListHastHandlers,
};

export type MicromarkPart = typeof micromarkPart;
