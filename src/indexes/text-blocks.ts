// Text blocks: the runs of text a reader meets as one unit (a paragraph, a list item, a cell,
// a heading), each able to map a range of its text back to the source. Date finders, labelled
// fields and fake lists all search these instead of walking the tree again.
import type { Element, ElementContent, Text } from 'hast';
import { BLOCK_TAGS, NON_CONTENT_TAGS, textOf } from '../hast/util.js';
import type { PostIndex, SourceRange, TextBlock } from '../types.js';

interface Segment {
  /** Offset of this segment in the block's text. */
  start: number;
  length: number;
  /** Offset in the source where the segment's text starts (undefined: no position, e.g. generated). */
  sourceStart?: number;
  /** True when the text node's value equals its source slice, so offsets inside it map 1:1. */
  exact: boolean;
  sourceEnd?: number;
}

class MappedTextBlock implements TextBlock {
  constructor(
    /** The block element (for an anonymous run: the parent holding the run). */
    readonly element: Element,
    /** `p`, `li`, `h2`… or `run` for inline content between blocks. */
    readonly kind: string,
    /** Text as rendered: `<br>` becomes `\n`. */
    readonly text: string,
    private readonly segments: Segment[],
    private readonly toRange: (start: number, end: number) => SourceRange,
  ) {}

  /** Source offset for an offset in `text`. */
  sourceOffset(textOffset: number, preferEnd = false): number | undefined {
    let best: Segment | undefined;
    for (const s of this.segments) {
      if (s.sourceStart === undefined) continue;
      if (
        textOffset >= s.start &&
        (textOffset < s.start + s.length || (preferEnd && textOffset === s.start + s.length))
      ) {
        best = s;
        break;
      }
      if (s.start <= textOffset) best = s;
    }
    if (!best || best.sourceStart === undefined) return undefined;
    const inside = Math.min(Math.max(textOffset - best.start, 0), best.length);
    if (best.exact) return best.sourceStart + inside;
    // Entities or folded whitespace: the exact column is unknown, so clamp inside the node.
    return Math.min(best.sourceStart + inside, best.sourceEnd ?? best.sourceStart);
  }

  /** Source range of `text.slice(start, end)`, or of the whole block when it cannot be mapped. */
  range(start = 0, end = this.text.length): SourceRange | undefined {
    const from = this.sourceOffset(start);
    const to = this.sourceOffset(end, true);
    if (from === undefined || to === undefined) return undefined;
    return this.toRange(from, Math.max(from, to));
  }
}

export function buildTextBlocks(index: PostIndex): TextBlock[] {
  const blocks: TextBlock[] = [];
  const source = index.sourceText;
  const toRange = (s: number, e: number) => index.lineIndex.range(s, e);

  // Both walks use an explicit stack: a post with 50,000 nested elements must not overflow the
  // call stack (the limits stop such posts earlier by default, but they are configurable).
  const collect = (container: Element | { children: ElementContent[] }, owner: Element) => {
    const stack = [{ container, owner, i: 0, run: [] as ElementContent[] }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = frame.container.children[frame.i++];
      if (!child) {
        if (frame.run.length > 0) pushBlock(frame.owner, 'run', frame.run);
        stack.pop();
        continue;
      }
      if (
        child.type === 'element' &&
        (BLOCK_TAGS.has(child.tagName) || NON_CONTENT_TAGS.has(child.tagName))
      ) {
        if (frame.run.length > 0) pushBlock(frame.owner, 'run', frame.run);
        frame.run = [];
        if (NON_CONTENT_TAGS.has(child.tagName) || child.tagName === 'pre') continue;
        if (hasBlockChild(child)) stack.push({ container: child, owner: child, i: 0, run: [] });
        else pushBlock(child, child.tagName, child.children);
      } else if (child.type === 'element' || child.type === 'text') frame.run.push(child);
    }
  };

  const pushBlock = (element: Element, kind: string, children: ElementContent[]) => {
    const segments: Segment[] = [];
    let text = '';
    const add = (value: string, node: Text | Element | undefined) => {
      const p = node?.position;
      // rehype-raw leaves some nodes with a start but no end; treat such text as unmappable.
      const sourceStart = p?.start?.offset;
      const sourceEnd = p?.end?.offset;
      const exact =
        node?.type === 'text' && sourceStart !== undefined && source.slice(sourceStart, sourceEnd) === value;
      segments.push({ start: text.length, length: value.length, sourceStart, sourceEnd, exact });
      text += value;
    };
    const visit = (nodes: ElementContent[]) => {
      const stack = [{ nodes, i: 0 }];
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const node = frame.nodes[frame.i++];
        if (!node) {
          stack.pop();
          continue;
        }
        if (node.type === 'text') add(node.value, node);
        else if (node.type === 'element') {
          if (NON_CONTENT_TAGS.has(node.tagName)) continue;
          if (node.tagName === 'br') add('\n', node);
          else if (CODE_TAGS.has(node.tagName)) add(maskCode(textOf(node)), node);
          else stack.push({ nodes: node.children, i: 0 });
        }
      }
    };
    visit(children);
    if (text.trim()) blocks.push(new MappedTextBlock(element, kind, text, segments, toRange));
  };

  collect(index.root as unknown as { children: ElementContent[] }, index.root as unknown as Element);
  return blocks;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && BLOCK_TAGS.has(c.tagName));
}

/** Inline code is kept in the text (offsets stay right) but masked, so no date or list is found in it. */
const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'var']);
export const CODE_MASK = '\uE000';

function maskCode(text: string): string {
  return text.replace(/\S/g, CODE_MASK);
}
