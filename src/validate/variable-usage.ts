/**
 * Which variables a flow reads and writes, for the unused / never-set rules. Reads are the roots of
 * runtime references (typed template holes and references the `{{ }}` scanner finds in
 * hand-written Pebble); writes are what activity kinds declare (`writes`). Any option or raw
 * property whose whole string value is a variable's name (a queue's priority variable, a subflow's
 * input/output mapping, a Parse activity's input) is a `mention`: flowgen cannot tell a read from a
 * write there, so the rules treat it as both. Depth-limited walk: a hostile export cannot exhaust
 * the stack.
 */
import { templateRefs } from '../ir/template.js';
import { activityTexts } from './activity-texts.js';
import type { FlowIndex } from './flow-index.js';
import { mayHoldPebble, scanTemplate } from './pebble-scanner.js';

export interface VariableUsage {
  reads: ReadonlySet<string>;
  writes: ReadonlySet<string>;
  mentions: ReadonlySet<string>;
}

const MAX_DEPTH = 32;

function collectStrings(value: unknown, depth: number, into: Set<string>): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') into.add(value.trim());
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, depth + 1, into);
  else if (typeof value === 'object' && value !== null) {
    // Template parts are reads (`ref`) or text, never a variable named whole.
    for (const [key, item] of Object.entries(value)) if (key !== 'ref' && key !== 'text' && key !== 'raw') collectStrings(item, depth + 1, into);
  }
}

export function variableUsage(index: FlowIndex): VariableUsage {
  const reads = new Set<string>();
  const writes = new Set<string>();
  const mentions = new Set<string>();
  const root = (ref: string): string => ref.split(/[.[]/, 1)[0]!;
  for (const activity of index.activities.values()) {
    const { ir, definition, options } = activity;
    collectStrings(ir.options, 0, mentions);
    if (!definition || options === undefined) continue;
    for (const template of definition.templates(options)) for (const ref of templateRefs(template)) reads.add(root(ref));
    for (const variable of definition.writes(options)) writes.add(variable);
    for (const { text } of activityTexts(activity)) {
      if (!mayHoldPebble(text)) continue;
      for (const reference of scanTemplate(text).references) reads.add(root(reference.path));
    }
  }
  return { reads, writes, mentions };
}
