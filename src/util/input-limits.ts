/**
 * The limits on what flowgen reads, in one place, so every command refuses the same inputs the
 * same way (a diagnostic, within bounded memory and time) instead of each picking its own:
 * - bytes: 10 MB per input file, Flow Designer's own import limit
 *   (docs/webex-activities-and-api.md §4); the largest corpus export is under 1 MB.
 * - depth: 100 levels of objects and arrays; real exports nest about 10 deep, and the readers
 *   behind import (structuredClone, zod, ajv, prettier) recurse, so a deeper value would overflow
 *   the stack instead of getting a diagnostic.
 * - aliases: 100 expanded YAML aliases per file (the `yaml` library's `maxAliasCount`): a flow or
 *   tenant file has no need for more, and a "billion laughs" document expands exponentially.
 * - files: 10,000 input files per command.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const INPUT_LIMITS = {
  bytes: 10 * 1024 * 1024,
  depth: 100,
  aliases: 100,
  files: 10_000,
} as const;

export type LimitedRead = { text: string } | { tooLarge: number } | { unreadable: string };

/** Reads a file as UTF-8 unless it is larger than `maxBytes`, which is never read at all. */
export function readLimitedText(path: string, maxBytes: number = INPUT_LIMITS.bytes): LimitedRead {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { unreadable: 'it is a directory' };
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    // Read at most one byte past the limit: a file that grows (or a FIFO) cannot exhaust memory.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size, 64 * 1024)));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return { tooLarge: length };
    return { text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { unreadable: error instanceof Error && 'code' in error ? String(error.code) : String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The path to the first value nested deeper than `maxDepth`, or undefined. Iterative: any depth is safe. */
export function tooDeepAt(value: unknown, maxDepth: number = INPUT_LIMITS.depth): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: at, path } = stack.pop()!;
    if (typeof at !== 'object' || at === null) continue;
    if (path.length >= maxDepth) return path;
    if (Array.isArray(at)) at.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else for (const key of Object.keys(at)) stack.push({ value: (at as Record<string, unknown>)[key], path: [...path, key] });
  }
  return undefined;
}
