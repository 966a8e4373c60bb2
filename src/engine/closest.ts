// "Did you mean …?" for every name a person types: flags, commands, configuration keys, rule ids in
// the configuration and in inline directives. One measure everywhere (Levenshtein distance).
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `input`, when it is close enough to be a typo: at most one edit per
 * three characters (and at most 3), so "chek" finds "check" but "foo" finds nothing.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = input.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= limit ? best : undefined;
}
