// JavaScript and TypeScript site configs (Eleventy, Astro, Docusaurus) read statically: parsed
// with @babel/parser and walked for literal values, never executed — a content repo's config is
// code the checker has no business running.
import { createRequire } from 'node:module';

// Loaded on the first JavaScript config read, not at start-up: @babel/parser is 1.8 MB of source
// that a run without such a config (a pre-commit hook in a Hugo or Jekyll repo) never needs.
const load = createRequire(import.meta.url);
let babelParse: typeof import('@babel/parser')['parse'] | undefined;

type Node = { type: string; [key: string]: unknown };

export interface StaticConfig {
  /** The exported config object, with literal values resolved (undefined where not literal). */
  exported?: Record<string, unknown>;
  /** Module names imported or required (`markdown-it-footnote`, `@astrojs/mdx`). */
  modules: Set<string>;
  /** First-argument objects of calls to functions imported from a module, by module name. */
  callArguments: Map<string, Record<string, unknown>[]>;
  error?: string;
}

export function readJsConfig(text: string, file: string): StaticConfig {
  const out: StaticConfig = { modules: new Set(), callArguments: new Map() };
  let ast: Node;
  try {
    babelParse ??= (load('@babel/parser') as typeof import('@babel/parser')).parse;
    ast = babelParse(text, {
      sourceType: 'unambiguous',
      plugins: [...(/\.[cm]?tsx?$/.test(file) ? (['typescript'] as const) : []), 'jsx'],
      errorRecovery: true,
    }) as unknown as Node;
  } catch (error) {
    out.error = (error as Error).message;
    return out;
  }
  const program = (ast as unknown as { program: { body: Node[] } }).program;
  const bindings = new Map<string, Node>();
  const imports = new Map<string, string>(); // local name → module
  walk(program as unknown as Node, (node) => {
    if (node.type === 'VariableDeclarator' && (node.id as Node).type === 'Identifier' && node.init) {
      const init = unwrap(node.init as Node);
      bindings.set((node.id as unknown as { name: string }).name, init);
      const required = requiredModule(init);
      if (required) imports.set((node.id as unknown as { name: string }).name, required);
    }
    if (node.type === 'ImportDeclaration') {
      const source = (node.source as unknown as { value: string }).value;
      out.modules.add(source);
      for (const spec of node.specifiers as Node[])
        imports.set((spec.local as unknown as { name: string }).name, source);
    }
    const required = requiredModule(node);
    if (required) out.modules.add(required);
  });
  const value = (node: Node | undefined, depth = 0): unknown => literal(node, bindings, depth);
  // Calls such as markdownIt({ linkify: true }): what options the site passes to its renderer.
  walk(program as unknown as Node, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = node.callee as Node;
    const name = callee.type === 'Identifier' ? (callee as unknown as { name: string }).name : undefined;
    const module = name ? imports.get(name) : requiredModule(callee);
    const first = (node.arguments as Node[])[0];
    if (!module || !first) return;
    const arg = value(first);
    if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
      const list = out.callArguments.get(module) ?? [];
      list.push(arg as Record<string, unknown>);
      out.callArguments.set(module, list);
    }
  });
  out.exported = exportedObject(program.body, bindings, value);
  return out;
}

function exportedObject(
  body: Node[],
  bindings: Map<string, Node>,
  value: (node: Node | undefined) => unknown,
): Record<string, unknown> | undefined {
  const objectOf = (node: Node | undefined): Record<string, unknown> | undefined => {
    if (!node) return undefined;
    const n = unwrap(node);
    if (n.type === 'Identifier') return objectOf(bindings.get((n as unknown as { name: string }).name));
    if (n.type === 'CallExpression') {
      // defineConfig({ … }) and friends
      const arg = (n.arguments as Node[])[0];
      return arg ? objectOf(arg) : undefined;
    }
    if (
      n.type === 'ArrowFunctionExpression' ||
      n.type === 'FunctionExpression' ||
      n.type === 'FunctionDeclaration'
    ) {
      // module.exports = function (eleventyConfig) { …; return { dir: … } }
      const fnBody = n.body as Node;
      if (fnBody.type !== 'BlockStatement') return objectOf(fnBody);
      let found: Record<string, unknown> | undefined;
      walk(fnBody, (inner) => {
        if (!found && inner.type === 'ReturnStatement' && inner.argument)
          found = objectOf(inner.argument as Node);
      });
      return found;
    }
    const v = value(n);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  };
  let result: Record<string, unknown> | undefined;
  const extra: Record<string, unknown> = {};
  for (const statement of body) {
    if (statement.type === 'ExportDefaultDeclaration') result = objectOf(statement.declaration as Node);
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
      // Eleventy 3: export const config = { dir: … }
      const decl = statement.declaration as Node;
      for (const d of (decl.declarations as Node[] | undefined) ?? []) {
        const name = (d.id as unknown as { name?: string }).name;
        if (name) extra[name] = value(d.init as Node);
      }
    }
    if (statement.type === 'ExpressionStatement') {
      const e = statement.expression as Node;
      if (e.type === 'AssignmentExpression' && isModuleExports(e.left as Node))
        result = objectOf(e.right as Node);
    }
  }
  if (extra.config && typeof extra.config === 'object')
    result = { ...(result ?? {}), ...(extra.config as object) };
  return result;
}

function isModuleExports(node: Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    (node.object as Node).type === 'Identifier' &&
    (node.object as unknown as { name: string }).name === 'module' &&
    (node.property as unknown as { name?: string }).name === 'exports'
  );
}

function requiredModule(node: Node): string | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as Node;
  const arg = (node.arguments as Node[])[0];
  if (
    callee.type === 'Identifier' &&
    (callee as unknown as { name: string }).name === 'require' &&
    arg?.type === 'StringLiteral'
  ) {
    return (arg as unknown as { value: string }).value;
  }
  return undefined;
}

function unwrap(node: Node): Node {
  let n = node;
  while (
    ['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression'].includes(
      n.type,
    )
  ) {
    n = n.expression as Node;
  }
  return n;
}

/** The literal value of an expression; identifiers resolve to top-level constants. */
function literal(node: Node | undefined, bindings: Map<string, Node>, depth: number): unknown {
  if (!node || depth > 20) return undefined;
  const n = unwrap(node);
  switch (n.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return n.value;
    case 'NullLiteral':
      return null;
    case 'TemplateLiteral':
      return (n.expressions as Node[]).length === 0
        ? (n.quasis as Array<{ value: { cooked: string } }>)[0]?.value.cooked
        : undefined;
    case 'Identifier':
      return literal(bindings.get((n as unknown as { name: string }).name), bindings, depth + 1);
    case 'ArrayExpression':
      return (n.elements as Node[]).map((e) => literal(e, bindings, depth + 1));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of n.properties as Node[]) {
        if (p.type === 'SpreadElement') {
          const spread = literal(p.argument as Node, bindings, depth + 1);
          if (spread && typeof spread === 'object') Object.assign(out, spread);
          continue;
        }
        if (p.type !== 'ObjectProperty' && p.type !== 'ObjectMethod') continue;
        const key = p.key as Node;
        const name =
          key.type === 'Identifier'
            ? (key as unknown as { name: string }).name
            : (key as unknown as { value?: unknown }).value;
        if (typeof name !== 'string') continue;
        out[name] = p.type === 'ObjectProperty' ? literal(p.value as Node, bindings, depth + 1) : undefined;
      }
      return out;
    }
    default:
      return undefined;
  }
}

function walk(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra') continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof (c as Node).type === 'string') stack.push(c as Node);
      } else if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
    }
  }
}
