// Matching post globs (`content/news/**`, `**/_index.{md,markdown}`) against site paths without
// compiling them to regular expressions: glob libraries build patterns that backtrack
// polynomially, and a site's `posts` globs come from its users. Segment by segment, `*` and `?`
// by the two-pointer wildcard walk (linear per segment), `**` across segments, `{a,b}` expanded.

export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.flatMap(expandBraces).map((g) => g.split('/').filter((s) => s !== ''));
  return (path) => {
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    return patterns.some((p) => matchSegments(p, 0, segments, 0, new Map()));
  };
}

/** `a{b,c}d` → `abd`, `acd` (nested braces too), capped so a hostile pattern cannot explode. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      const parts: string[] = [];
      let start = open + 1;
      let d = 0;
      for (let j = open + 1; j < i; j++) {
        if (glob[j] === '{') d++;
        else if (glob[j] === '}') d--;
        else if (glob[j] === ',' && d === 0) {
          parts.push(glob.slice(start, j));
          start = j + 1;
        }
      }
      parts.push(glob.slice(start, i));
      const rest = expandBraces(glob.slice(i + 1));
      return parts
        .flatMap((p) => expandBraces(glob.slice(0, open) + p))
        .flatMap((head) => rest.map((r) => head + r))
        .slice(0, 256);
    }
  }
  return [glob];
}

function matchSegments(
  pattern: string[],
  pi: number,
  path: string[],
  si: number,
  memo: Map<number, boolean>,
): boolean {
  const key = pi * (path.length + 1) + si;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let result: boolean;
  if (pi === pattern.length) result = si === path.length;
  else if (pattern[pi] === '**') {
    result = false;
    for (let k = si; k <= path.length && !result; k++) result = matchSegments(pattern, pi + 1, path, k, memo);
  } else {
    result =
      si < path.length &&
      matchSegment(pattern[pi]!, path[si]!) &&
      matchSegments(pattern, pi + 1, path, si + 1, memo);
  }
  memo.set(key, result);
  return result;
}

/** `*` any run of characters, `?` one character, everything else literal. */
function matchSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
