/**
 * Records where an author called a builder function: the first stack frame outside flowgen
 * (aws-cdk's "just my code" call stacks), so a diagnostic points at the author's line, not ours.
 * Cost: one `Error` per builder call; measured in `npm run bench`.
 */
import { fileURLToPath } from 'node:url';
import type { SourceLocation } from '../diagnostics/diagnostic.js';

// Both src/dsl and build/dsl sit two levels below the package root.
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const ownDirectories = [`${packageRoot}src/`, `${packageRoot}build/`];
const framePattern = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?$/;

export function callSite(): SourceLocation | undefined {
  const stack = new Error().stack;
  if (!stack) return undefined;
  for (const line of stack.split('\n').slice(1)) {
    const match = framePattern.exec(line.trim());
    if (!match) continue;
    let file = match[1]!;
    if (file.startsWith('file://')) file = fileURLToPath(file);
    if (file.startsWith('node:') || file.includes('/node_modules/') || ownDirectories.some((d) => file.startsWith(d))) continue;
    return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}
