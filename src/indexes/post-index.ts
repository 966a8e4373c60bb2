// Shared indexes over a post's tree, built once per post and only when a rule asks for them,
// so that thirty rules do not each walk the whole tree (markdownlint's cache.mjs idea).
import type { Comment, Element, Nodes, Parents, Root } from 'hast';
import { NON_CONTENT_TAGS } from '../hast/util.js';
import type { HeadingInfo, ImageInfo, Lines, LinkInfo, PostFormat, PostIndex, TextBlock } from '../types.js';
import { buildHeadingIndex } from './headings.js';
import { buildImageIndex } from './images.js';
import { buildLinkIndex } from './links.js';
import { buildTextBlocks } from './text-blocks.js';

export class PostTreeIndex implements PostIndex {
  /** Content elements in document order (nothing inside `<head>`, scripts, styles, templates). */
  readonly elements: Element[] = [];
  readonly comments: Comment[] = [];
  /** Elements of `<head>` (and `<title>`, `<meta>`, JSON-LD scripts anywhere), for metadata. */
  readonly headElements: Element[] = [];
  private readonly parents = new Map<Nodes, Parents>();
  private readonly ids = new Map<string, Element>();
  private readonly byTagName = new Map<string, Element[]>();
  private memo = new Map<string, unknown>();
  /** Deepest element nesting met by the walk (for `limits.maxNesting`). */
  depth = 0;

  constructor(
    readonly root: Root,
    /** The text the tree's positions refer to. */
    readonly sourceText: string,
    readonly lineIndex: Lines,
    readonly format: PostFormat,
  ) {
    this.walk(root, false);
  }

  private walk(parent: Parents, inHead: boolean): void {
    // An explicit stack: posts with 50,000 nested elements must not overflow the call stack.
    const stack: Array<{ node: Parents; i: number; head: boolean }> = [{ node: parent, i: 0, head: inHead }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = frame.node.children[frame.i++] as Nodes | undefined;
      if (!child) {
        stack.pop();
        continue;
      }
      this.parents.set(child, frame.node);
      if (child.type === 'comment') this.comments.push(child);
      if (child.type !== 'element') continue;
      const el = child;
      const id = el.properties.id;
      if (typeof id === 'string' && !this.ids.has(id)) this.ids.set(id, el);
      const head = frame.head || el.tagName === 'head';
      if (head || el.tagName === 'title' || el.tagName === 'meta' || el.tagName === 'script') {
        this.headElements.push(el);
      }
      if (head || NON_CONTENT_TAGS.has(el.tagName)) {
        if (el.tagName === 'head') stack.push({ node: el, i: 0, head: true });
        continue;
      }
      this.elements.push(el);
      const list = this.byTagName.get(el.tagName);
      if (list) list.push(el);
      else this.byTagName.set(el.tagName, [el]);
      stack.push({ node: el, i: 0, head: false });
      if (stack.length - 1 > this.depth) this.depth = stack.length - 1;
      // `<template>` content is inert; hast keeps it in `content`, which we never enter.
    }
  }

  parent(node: Nodes): Parents | undefined {
    return this.parents.get(node);
  }

  /** Nearest ancestor (not the node itself) matching `test`. */
  closest(node: Nodes, test: (el: Element) => boolean): Element | undefined {
    let current = this.parents.get(node);
    while (current && current.type === 'element') {
      if (test(current)) return current;
      current = this.parents.get(current);
    }
    return undefined;
  }

  byId(id: string): Element | undefined {
    return this.ids.get(id);
  }

  byTag(tagName: string): readonly Element[] {
    return this.byTagName.get(tagName) ?? [];
  }

  /** Memoises a derived index under `key`: any rule or helper can add one without a new walk. */
  cached<T>(key: string, build: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = build();
    this.memo.set(key, value);
    return value;
  }

  get images(): ImageInfo[] {
    return this.cached('images', () => buildImageIndex(this));
  }

  get headings(): HeadingInfo[] {
    return this.cached('headings', () => buildHeadingIndex(this));
  }

  get links(): LinkInfo[] {
    return this.cached('links', () => buildLinkIndex(this));
  }

  get textBlocks(): TextBlock[] {
    return this.cached('textBlocks', () => buildTextBlocks(this));
  }
}
