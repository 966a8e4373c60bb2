// The judge of the differential between the two Markdown readers (src/parse/lezer-mdast.ts and
// micromark): where two mdast trees first differ, or undefined when they are the same tree. Used by
// tests/parse/lezer-mdast.test.ts and by the bench's row 9 on the whole corpus.

/**
 * The path and values where `ours` first differs from `reference`, node types first. A position
 * the reference lacks is not compared: micromark leaves none on the bare URLs GFM finds after
 * parsing, and src/parse/markdown.ts positions those itself.
 */
export function mdastDifference(ours: unknown, reference: unknown, path = 'root'): string | undefined {
  if (ours === reference) return undefined;
  if (typeof ours !== 'object' || typeof reference !== 'object' || ours === null || reference === null)
    return `${path}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(reference)}`;
  if (Array.isArray(ours) || Array.isArray(reference)) {
    if (!Array.isArray(ours) || !Array.isArray(reference) || ours.length !== reference.length)
      return `${path}: ${describe(ours)} ≠ ${describe(reference)}`;
    for (let i = 0; i < ours.length; i++) {
      const found = mdastDifference(ours[i], reference[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  const a = ours as Record<string, unknown>;
  const b = reference as Record<string, unknown>;
  if (a.type !== b.type) return `${path}: ${String(a.type)} ≠ ${String(b.type)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('position');
  for (const key of keys) {
    const found = mdastDifference(a[key], b[key], `${path}.${key}`);
    if (found) return found;
  }
  if (b.position === undefined) return undefined;
  return mdastDifference(a.position, b.position, `${path}.position`);
}

function describe(value: unknown): string {
  if (!Array.isArray(value)) return JSON.stringify(value) ?? 'undefined';
  return `[${value.map((n) => (n as { type?: string }).type ?? typeof n).join(', ')}]`;
}
