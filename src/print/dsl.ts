/**
 * IR → a readable TypeScript flow definition (what `flowgen import` writes): the module skeleton
 * is the handlebars template `templates/flow.ts.hbs`, each activity is its kind's typed factory
 * call (activity-call.ts), and prettier formats the result. Every activity keeps its name,
 * description and canvas position; template text stays exactly as exported (`pebble('…')` in
 * generic options), with declared variables and known outputs as typed holes.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { FlowShape } from '../dsl/define-flow.js';
import { importModule } from '../util/import-module.js';
import type { ActivityIR, FlowIR } from '../ir/types.js';
import { activityCall, type PrintedCall } from './activity-call.js';
import { literal, type PrintedVariables } from './source.js';

const templateText = readFileSync(new URL('../../templates/flow.ts.hbs', import.meta.url), 'utf8');
const handlebars = Handlebars.create();
handlebars.registerHelper('json', (value: unknown) => JSON.stringify(value));
const render = handlebars.compile(templateText, { noEscape: true, strict: true });

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await f z pebble text defineFlow webexShape'.split(' '),
);

/** Unique identifiers for handles, from names (variables first, so they keep their own names). */
function handleNames(names: readonly string[], used: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const original of names) {
    const words = original.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
    let base = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('') || 'activity';
    if (/^\d/.test(base) || RESERVED.has(base)) base = `a${base.charAt(0).toUpperCase()}${base.slice(1)}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}${n}`;
    used.add(name);
    out.set(original, name);
  }
  return out;
}

export interface PrintedFlow {
  source: string;
  /** The shape file's contents, when the flow keeps its exported shape. */
  shape?: FlowShape;
}

export interface PrintOptions {
  /** Where the flow came from, for the header comment. */
  source: string;
  /** File name of the shape file beside the definition; omit to emit the current shape (`--upgrade`). */
  shapeFile?: string;
}

/** Prints an imported flow as a TypeScript definition. Pure apart from reading its template once. */
export async function printFlow(flow: FlowIR, options: PrintOptions): Promise<PrintedFlow> {
  const start = flow.activities.find((a) => a.kind === 'start');
  const others = flow.activities.filter((a) => a.kind !== 'start');
  const used = new Set<string>();
  const variableHandles = handleNames(flow.variables.map((v) => v.name), used);
  const declared: PrintedVariables = new Map(flow.variables.map((v) => [v.name, { handle: variableHandles.get(v.name)!, type: v.type }]));
  const handles = handleNames(others.map((a) => a.name), used);
  const handleOf = (name: string) => (start && name === start.name ? 'f.start' : handles.get(name));
  const calls = printedCalls(others, handles, { variables: declared, outputs: new Map(start ? callData(start.name) : []) });
  const links = flow.activities.flatMap((a) => printedLinks(a, handleOf, a === start ? 'out' : calls.get(a.name)?.mainPort));
  const keepShape = options.shapeFile !== undefined;
  const variables = flow.variables.map((v) => {
    const input: Record<string, unknown> = { initialValue: v.initialValue };
    if (v.description) input['description'] = v.description;
    if (v.desktopLabel !== null) input['desktopLabel'] = v.desktopLabel;
    if (v.agentEditable) input['agentEditable'] = true;
    if (v.reportable) input['reportable'] = true;
    if (v.secure) input['secure'] = true;
    return { handle: variableHandles.get(v.name), name: v.name, type: v.type, options: literal(input) };
  });
  const source = render({
    name: flow.name,
    description: flow.description,
    source: options.source,
    shapeFile: options.shapeFile,
    needsShapeType: keepShape,
    subflow: !start,
    startPosition: start?.position ? `{ x: ${start.position.x}, y: ${start.position.y} }` : undefined,
    region: flow.region,
    startEvent: startEventOf(start),
    baseline: flow.baseline?.length ? literal(flow.baseline) : undefined,
    variables,
    activities: others.map((a) => ({ handle: handles.get(a.name), factory: calls.get(a.name)!.source })),
    links,
  });
  // prettier is loaded only by the commands that print a definition (import), not at start-up.
  const { format } = await importModule<typeof import('prettier')>('prettier');
  const formatted = await format(source, { parser: 'typescript', printWidth: 120, singleQuote: true });
  if (!keepShape || !flow.webex) return { source: formatted };
  const shape: FlowShape = {
    ...flow.webex,
    activities: Object.fromEntries(flow.activities.filter((a) => a.webex).map((a) => [a.name, a.webex!])),
    variables: Object.fromEntries(flow.variables.filter((v) => v.webex).map((v) => [v.name, v.webex!])),
  };
  return { source: formatted, shape };
}

/** The start event's outputs a flow reads as `f.call.…`. */
const callData = (startEvent: string): [string, string][] => [
  [`${startEvent}.ANI`, 'f.call.ani'],
  [`${startEvent}.DNIS`, 'f.call.dnis'],
  [`${startEvent}.InteractionId`, 'f.call.interactionId'],
];

/** Each activity's call, in declaration order: an input may refer to the outputs of the handles declared before it. */
function printedCalls(activities: readonly ActivityIR[], handles: ReadonlyMap<string, string>, context: { variables: PrintedVariables; outputs: Map<string, string> }): Map<string, PrintedCall> {
  const calls = new Map<string, PrintedCall>();
  for (const a of activities) {
    const printed = activityCall(a, context);
    calls.set(a.name, printed);
    for (const [ref, member] of printed.outputs) context.outputs.set(ref, `${handles.get(a.name)}.${member}`);
  }
  return calls;
}

/** An activity's links: `.then(next)` for its factory's main port, `.on(port, next)` for the others. */
function printedLinks(a: ActivityIR, handleOf: (name: string) => string | undefined, mainPort: string | undefined): string[] {
  const from = handleOf(a.name);
  return Object.entries(a.links).flatMap(([port, target]) => {
    const to = handleOf(target);
    if (!from || !to) return [];
    return [port === mainPort ? `${from}.then(${to})` : `${from}.on(${JSON.stringify(port)}, ${to})`];
  });
}

/** The flow's `startEvent` setting, written only for a start other than the voice default. */
function startEventOf(start: ActivityIR | undefined): string | undefined {
  const event = (start?.options as { event?: string } | undefined)?.event;
  return event !== undefined && event !== 'NewPhoneContact' ? JSON.stringify(event) : undefined;
}

