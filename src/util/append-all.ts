/**
 * `target.push(...items)` without the spread: a spread passes every item as an argument, and an
 * input with a few hundred thousand links or activities (well inside the 10 MB limit) yields
 * more diagnostics than a call can take arguments ("Maximum call stack size exceeded").
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
