/**
 * Harness for rule tests (house style §6): build a flow with the DSL or write its IR by hand (for
 * what the typed DSL forbids but JS or YAML authors can still produce), validate it, and point at
 * the author's line in the test file by a marker comment, so tests assert code + data + location.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { Diagnostic, SourceLocation } from '../../src/diagnostics/diagnostic.js';
import { buildFlow, type FlowDefinition } from '../../src/dsl/define-flow.js';
import type { ActivityIR, ConnectorIR, FlowIR, Template, VariableIR, VariableType } from '../../src/ir/types.js';
import { validateFlow } from '../../src/validate/index.js';
import { hasShared, zd24Path } from './paths.js';

/** The file hand-written IR pretends to come from (a YAML author's file, say). */
export const HAND_FILE = 'flows/hand-made.flow.yaml';

/** Builds a DSL flow with its parameter defaults; returns its IR and the builder's own diagnostics. */
export function build<P extends z.ZodType>(definition: FlowDefinition<P>): { ir: FlowIR; diagnostics: Diagnostic[] } {
  return buildFlow(definition, definition.settings.params.parse({}) as z.output<P>);
}

/** Every diagnostic the builder and the validator report for a DSL flow, sorted as validate sorts. */
export function diagnosticsOf<P extends z.ZodType>(definition: FlowDefinition<P>): Diagnostic[] {
  const { ir, diagnostics } = build(definition);
  return [...diagnostics, ...validateFlow(ir).diagnostics];
}

/** The validator's diagnostics for IR. */
export function validateIr(ir: FlowIR): Diagnostic[] {
  return validateFlow(ir).diagnostics;
}

/** Only the diagnostics with `code`. */
export function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** Code, data and location of each diagnostic: what rule tests assert (never the prose). */
export function essentials(diagnostics: readonly Diagnostic[]): Pick<Diagnostic, 'code' | 'data' | 'location'>[] {
  return diagnostics.map((d) => ({ code: d.code, data: d.data, location: d.location }));
}

const sources = new Map<string, string[]>();

/**
 * The location `callSite()` records for a builder call on the line marked `// @<marker>` in the
 * test file `url` (pass `import.meta.url`): that line, and the column of the method name (after
 * its `.`, or of a bare call such as `defineFlow(`).
 */
export function site(url: string, marker: string, method: string): SourceLocation {
  const file = fileURLToPath(url);
  let lines = sources.get(file);
  if (!lines) sources.set(file, (lines = readFileSync(file, 'utf8').split('\n')));
  const tag = new RegExp(`//\\s*@${marker}\\b`);
  const found = lines.flatMap((text, i) => (tag.test(text) ? [i] : []));
  if (found.length !== 1) throw new Error(`marker @${marker} found ${found.length} times in ${file}`);
  const text = lines[found[0]!]!;
  const member = text.indexOf(`.${method}(`);
  const bare = new RegExp(`\\b${method}\\(`).exec(text)?.index ?? -1;
  const column = member !== -1 ? member + 2 : bare + 1;
  if (column === 0) throw new Error(`no ${method}( on the line marked @${marker}`);
  return { file, line: found[0]! + 1, column };
}

// ---- hand-written IR -------------------------------------------------------------------------

export const literal = (text: string): Template => ({ parts: [{ text }] });
export const ref = (name: string): Template => ({ parts: [{ ref: name }] });

export function activity(name: string, kind: string, options: Record<string, unknown> = {}, links: Record<string, string> = {}): ActivityIR {
  return { name, kind, description: '', options, links };
}

export function variable(name: string, type: VariableType = 'string', initialValue: string | null = ''): VariableIR {
  return { name, type, description: '', initialValue, desktopLabel: null, agentEditable: false, reportable: false, secure: false };
}

export function connector(overrides: Partial<ConnectorIR> = {}): ConnectorIR {
  return { id: 'conn-1', name: 'Zendesk', type: 'Custom Connector', authentication: 'Basic Authentication', baseUrl: 'https://acme.zendesk.com', setup: [], ...overrides };
}

/** A hand-written flow: the start node (linked to `first` when given), then `activities`. */
export function handFlow(input: { first?: string; activities?: ActivityIR[]; variables?: VariableIR[]; connectors?: ConnectorIR[]; name?: string }): FlowIR {
  const start = activity('NewPhoneContact', 'start', {}, input.first ? { out: input.first } : {});
  return {
    name: input.name ?? 'Hand_Made',
    description: '',
    variables: input.variables ?? [],
    connectors: input.connectors ?? [],
    activities: [start, ...(input.activities ?? [])],
    file: HAND_FILE,
  };
}

// ---- corpus values (activity tests) ----------------------------------------------------------

/** Keys every activity carries that are not its kind's own `toWebex` output. */
const IDENTITY_KEYS = new Set(['name', 'activityName', 'activityId', 'description', '_renderRequestTimestamp']);

/**
 * The kind-specific properties of the activity named `name` in Cisco's 2024 Zendesk template
 * (ZD24), main or event flow; undefined when the shared corpus is absent.
 */
export function zd24Properties(name: string): Record<string, unknown> | undefined {
  if (!hasShared) return undefined;
  const doc = JSON.parse(readFileSync(zd24Path, 'utf8')) as {
    process: { activities: Record<string, { name: string; properties: Record<string, unknown> }> };
    eventFlows: { eventsMap: Record<string, { process: { activities: Record<string, { name: string; properties: Record<string, unknown> }> } }> };
  };
  const all = [...Object.values(doc.process.activities), ...Object.values(doc.eventFlows.eventsMap['GLOBAL_EVENTS']!.process.activities)];
  const found = all.find((a) => a.name === name);
  if (!found) throw new Error(`ZD24 has no activity ${name}`);
  return Object.fromEntries(Object.entries(found.properties).filter(([k]) => !IDENTITY_KEYS.has(k)));
}

/** Both objects restricted to the keys they share (key sets are test/parity's concern; values are ours). */
export function onSharedKeys(ours: Record<string, unknown>, theirs: Record<string, unknown>): [Record<string, unknown>, Record<string, unknown>] {
  const keys = Object.keys(ours).filter((k) => k in theirs).sort();
  return [Object.fromEntries(keys.map((k) => [k, ours[k]])), Object.fromEntries(keys.map((k) => [k, theirs[k]]))];
}
