/**
 * "Did you mean …?" suggestions, after graphql-js `didYouMean`/`suggestionList`: candidates within
 * an edit distance of about 40 % of the input's length, closest first, at most five.
 */

/** Levenshtein distance with a case-insensitive fast path (a case slip counts as distance 1). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return 1;
  const previous = new Array<number>(b.length + 1);
  const current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    for (let j = 0; j <= b.length; j++) previous[j] = current[j]!;
  }
  return previous[b.length]!;
}

/** Compares with digit runs as numbers, so "port9" sorts before "port10" (graphql-js naturalCompare). */
export function naturalCompare(a: string, b: string): number {
  const chunk = /(\d+|\D+)/g;
  const xs = a.match(chunk) ?? [];
  const ys = b.match(chunk) ?? [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y) ? Number(x) - Number(y) : 0;
    if (nx !== 0) return nx;
    return x < y ? -1 : 1;
  }
  return xs.length - ys.length;
}

/** Names from `candidates` close to `input`, best first (ties in natural order), at most 5. */
export function suggestionList(input: string, candidates: Iterable<string>): string[] {
  const threshold = Math.floor(input.length * 0.4) + 1;
  const scored: { name: string; distance: number }[] = [];
  for (const name of candidates) {
    const distance = editDistance(input, name);
    if (distance <= threshold) scored.push({ name, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || naturalCompare(x.name, y.name));
  return scored.slice(0, 5).map((s) => s.name);
}

/** A hint sentence, or undefined when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const list = suggestionList(input, candidates);
  if (list.length === 0) return undefined;
  const quoted = list.map((s) => `"${s}"`);
  if (quoted.length === 1) return `Did you mean ${quoted[0]}?`;
  return `Did you mean ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}?`;
}
