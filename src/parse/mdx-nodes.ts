// MDX trees, as a host's MDX pipeline builds them, made readable to the rules: JSX elements with
// an HTML name (`<img alt="…">`, `<a href>`) become those elements, an `<Image … alt>` component
// becomes an image, other components keep their content in a neutral container, and expressions
// and imports (code, never prose) are dropped. Positions are kept.
import type { Element, ElementContent, Root as HastRoot, Properties, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';

interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}

interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxAttribute[];
  children: unknown[];
  position?: Element['position'];
  data?: Record<string, unknown>;
}

const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const IMAGE_COMPONENTS = /^(?:Image|Img|Picture|Figure|ResponsiveImage|ThemedImage)$/;

/** The element an MDX JSX node stands for: its own name when it is HTML's, `img` for an image
 * component, else a neutral container. */
function elementFor(node: MdxJsxNode): { tagName: string; properties: Properties } {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    // `{expression}` values are code: their text is not what a reader gets.
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') {
      properties[attribute.name === 'className' ? 'className' : attribute.name] = attribute.value;
    } else if (attribute.type === 'mdxJsxAttribute' && attribute.name && attribute.value === null) {
      properties[attribute.name] = true;
    }
  }
  const name = node.name ?? '';
  if (/^[a-z][a-z0-9-]*$/.test(name)) return { tagName: name, properties };
  if (IMAGE_COMPONENTS.test(name) && ('src' in properties || 'alt' in properties)) {
    return { tagName: 'img', properties };
  }
  return { tagName: node.type === 'mdxJsxFlowElement' ? 'div' : 'span', properties };
}

/** Rewrites a copy of an MDX mdast so mdast-util-to-hast turns JSX into the elements it stands for. */
export function readableMdast(tree: MdastRoot): MdastRoot {
  const copy = structuredClone(tree) as unknown as { children: unknown[] };
  const visit = (parent: { children: unknown[] }) => {
    parent.children = parent.children.filter((child) => !DROPPED.has((child as { type: string }).type));
    for (const child of parent.children) {
      const node = child as MdxJsxNode;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const { tagName, properties } = elementFor(node);
        node.data = { ...node.data, hName: tagName, hProperties: properties };
      }
      if (Array.isArray((child as { children?: unknown[] }).children))
        visit(child as { children: unknown[] });
    }
  };
  visit(copy);
  return copy as unknown as MdastRoot;
}

/** The same for an MDX hast (after remark-rehype, JSX nodes pass through as they are). */
export function readableHast(tree: HastRoot): HastRoot {
  const copy = structuredClone(tree);
  const visit = (parent: { children: Array<RootContent | ElementContent> }) => {
    parent.children = parent.children.flatMap((child): Array<RootContent | ElementContent> => {
      const type = (child as { type: string }).type;
      if (DROPPED.has(type)) return [];
      if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
        const node = child as unknown as MdxJsxNode;
        const { tagName, properties } = elementFor(node);
        const element: Element = {
          type: 'element',
          tagName,
          properties,
          children: node.children as ElementContent[],
          ...(node.position ? { position: node.position } : {}),
        };
        return [element];
      }
      return [child];
    });
    for (const child of parent.children) {
      if ('children' in child && Array.isArray(child.children)) {
        visit(child as { children: Array<RootContent | ElementContent> });
      }
    }
  };
  visit(copy);
  return copy;
}
