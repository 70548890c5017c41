/**
 * IR → a readable TypeScript flow definition (what `flowgen import` writes): the module skeleton
 * is the handlebars template `templates/flow.ts.hbs`, the option literals are printed here, and
 * prettier formats the result. Every activity keeps its name, description and canvas position;
 * templates are printed as `pebble('…')` so the text stays exactly as exported.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { FlowShape } from '../dsl/define-flow.js';
import type { ActivityIR, FlowIR, Template } from '../ir/types.js';
import { voiceRoutingFactory, type PrintedVariables } from './voice-routing.js';

const templateText = readFileSync(new URL('../../templates/flow.ts.hbs', import.meta.url), 'utf8');
const handlebars = Handlebars.create();
handlebars.registerHelper('json', (value: unknown) => JSON.stringify(value));
const render = handlebars.compile(templateText, { noEscape: true, strict: true });

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await f z pebble text defineFlow webexShape'.split(' '),
);

function isTemplate(value: unknown): value is Template {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'parts' && Array.isArray((value as Template).parts) && (value as Template).parts.every((p) => typeof p === 'object' && p !== null && 'text' in p);
}

const escapeTemplateLiteral = (s: string) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * A template as source: `text\`… ${ticketID} …\`` where it refers to declared variables as plain
 * `{{name}}`, `pebble('…')` (the exact Pebble text) otherwise.
 */
function templateSource(template: Template, variables: ReadonlyMap<string, string>): string {
  const source = template.parts.map((p) => ('text' in p ? p.text : '')).join('');
  const pieces = source.split(/\{\{([A-Za-z_$][\w$]*)\}\}/g);
  if (pieces.length === 1 || !pieces.some((piece, i) => i % 2 === 1 && variables.has(piece))) return `pebble(${JSON.stringify(source)})`;
  let out = '';
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) out += escapeTemplateLiteral(piece);
    else out += variables.has(piece) ? `\${${variables.get(piece)}}` : `{{${piece}}}`;
  });
  return `text\`${out}\``;
}

/** A JavaScript literal for `value`, with templates as typed `text` templates or `pebble('…')`. */
export function literal(value: unknown, variables: ReadonlyMap<string, string> = new Map()): string {
  if (isTemplate(value)) return templateSource(value, variables);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, variables)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    // A quoted "__proto__" key would set the prototype; a computed one stays an ordinary key.
    const key = (k: string) => (k === '__proto__' ? '["__proto__"]' : /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    const entries = Object.entries(value).map(([k, v]) => `${key(k)}: ${literal(v, variables)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

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

function commonEntries(a: ActivityIR): [string, string][] {
  const entries: [string, string][] = [];
  if (a.description) entries.push(['description', JSON.stringify(a.description)]);
  if (a.position) entries.push(['position', `{ x: ${a.position.x}, y: ${a.position.y} }`]);
  return entries;
}

function commonInput(a: ActivityIR): string {
  const parts = commonEntries(a).map(([k, v]) => `${k}: ${v}`);
  return parts.length ? `{ ${parts.join(', ')} }` : '';
}

function factory(a: ActivityIR, variables: ReadonlyMap<string, string>, variableTypes: ReadonlyMap<string, string> = new Map(), declared: PrintedVariables = new Map()): string {
  // Voice and routing kinds of issue 9 print as their typed factories when they can.
  const voiceRouting = voiceRoutingFactory(a, declared, commonEntries(a));
  if (voiceRouting) return voiceRouting;
  const common = commonInput(a);
  if (a.kind === 'event') return `f.onEvent(${JSON.stringify((a.options as { event: string }).event)}${common ? `, ${common}` : ''})`;
  if (a.kind === 'raw') return `f.raw(${JSON.stringify(a.name)}, ${literal(a.options)}${common ? `, ${common}` : ''})`;
  const typed = recordingAndDigitalFactory(a, variables, variableTypes);
  if (typed) return typed;
  return `f.activity(${JSON.stringify(a.kind)}, ${JSON.stringify(a.name)}, ${literal(a.options, variables)}${common ? `, ${common}` : ''})`;
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
  const links: string[] = [];
  for (const a of flow.activities) {
    for (const [port, target] of Object.entries(a.links)) {
      const from = handleOf(a.name);
      const to = handleOf(target);
      if (from && to) links.push(`${from}.on(${JSON.stringify(port)}, ${to})`);
    }
  }
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
    activities: others.map((a) => ({ handle: handles.get(a.name), factory: factory(a, variableHandles, new Map(flow.variables.map((v) => [v.name, v.type])), declared) })),
    links,
  });
  // prettier is loaded only by the commands that print a definition (import), not at start-up.
  const { format } = await import('prettier');
  const formatted = await format(source, { parser: 'typescript', printWidth: 120, singleQuote: true });
  if (!keepShape || !flow.webex) return { source: formatted };
  const shape: FlowShape = {
    ...flow.webex,
    activities: Object.fromEntries(flow.activities.filter((a) => a.webex).map((a) => [a.name, a.webex!])),
    variables: Object.fromEntries(flow.variables.filter((v) => v.webex).map((v) => [v.name, v.webex!])),
  };
  return { source: formatted, shape };
}

// Recording, business rules and digital channels (issue 9): the typed factories of these kinds.

/** The flow's `startEvent` setting, written only for a start other than the voice default. */
function startEventOf(start: ActivityIR | undefined): string | undefined {
  const event = (start?.options as { event?: string } | undefined)?.event;
  return event !== undefined && event !== 'NewPhoneContact' ? JSON.stringify(event) : undefined;
}

/** A template as a typed factory takes it: `text\`…\`` with variables, else the exact text as a string. */
function textArgument(template: Template, variables: ReadonlyMap<string, string>): string {
  const source = templateSource(template, variables);
  return source.startsWith('pebble(') ? source.slice('pebble('.length, -1) : source;
}

type Mapping = { variable: string; path: string };

/** `outputs: [{ variable: handle, path }]`, or undefined when a mapped variable is not declared. */
function mappingsArgument(outputs: readonly Mapping[], variables: ReadonlyMap<string, string>): string | undefined {
  if (outputs.some((o) => !variables.has(o.variable))) return undefined;
  return `[${outputs.map((o) => `{ variable: ${variables.get(o.variable)}, path: ${JSON.stringify(o.path)} }`).join(', ')}]`;
}

/** `{ key: value, … }` from entries whose value is not undefined, plus the common description and position. */
function inputObject(a: ActivityIR, entries: [string, string | undefined][]): string {
  const common: [string, string | undefined][] = [
    ['description', a.description ? JSON.stringify(a.description) : undefined],
    ['position', a.position ? `{ x: ${a.position.x}, y: ${a.position.y} }` : undefined],
  ];
  const parts = [...entries, ...common].filter(([, v]) => v !== undefined).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${v}`);
  return `{ ${parts.join(', ')} }`;
}

/** The handle of a declared variable of `type` that a template is exactly a reference to (`{{name}}`). */
function variableArgument(template: Template | undefined, type: string, variables: ReadonlyMap<string, string>, types: ReadonlyMap<string, string>): string | undefined {
  const match = template && template.parts.length === 1 && 'text' in template.parts[0]! ? /^\{\{([A-Za-z_$][\w$]*)\}\}$/.exec(template.parts[0].text) : null;
  return match && types.get(match[1]!) === type ? variables.get(match[1]!) : undefined;
}

function recordingAndDigitalFactory(a: ActivityIR, variables: ReadonlyMap<string, string>, types: ReadonlyMap<string, string>): string | undefined {
  const o = a.options as Record<string, any>;
  const call = (factory: string, entries: [string, string | undefined][] | undefined) =>
    entries && `f.${factory}(${JSON.stringify(a.name)}, ${inputObject(a, entries)})`;
  const text = (t: Template | undefined) => (t === undefined ? undefined : textArgument(t, variables));
  const json = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));
  switch (a.kind) {
    case 'record':
      return call('record', [
        ['silenceTimeoutSeconds', json(o['silenceTimeoutSeconds'])],
        ['maxRecordingSeconds', json(o['maxRecordingSeconds'])],
        ['playStartTone', json(o['playStartTone'])],
        ['terminator', json(o['terminator'])],
        ['testRecording', text(o['testRecording'])],
      ]);
    case 'recording-control': {
      // The factory takes a boolean variable only; any other switch is printed generically.
      const enabled = variableArgument(o['enabled'], 'boolean', variables, types);
      return call('recordingControl', enabled === undefined ? undefined : [['enabled', enabled]]);
    }
    case 'wait':
      return call('wait', [['durationSeconds', json(o['durationSeconds'])]]);
    case 'bre-request': {
      const outputs = mappingsArgument(o['outputs'], variables);
      const keys = Object.entries(o['keys'] as Record<string, Template>).map(([k, v]) => `${JSON.stringify(k)}: ${text(v)}`);
      return call('breRequest', outputs === undefined ? undefined : [
        ['context', text(o['context'])],
        ['keys', `{ ${keys.join(', ')} }`],
        ['timeoutMs', json(o['timeoutMs'])],
        ['retries', json(o['retries'])],
        ['outputs', outputs],
      ]);
    }
    case 'send-custom-message':
    case 'receive-message': {
      const outputs = mappingsArgument(o['outputs'], variables);
      if (outputs === undefined) return undefined;
      const shared: [string, string | undefined][] = [['channel', json(o['channel'])], ['appendToTranscript', json(o['appendToTranscript'])], ['outputs', outputs]];
      if (a.kind === 'receive-message') return call('receiveMessage', [...shared, ['timeoutSeconds', json(o['timeoutSeconds'])], ['channelType', json(o['channelType'])]]);
      const files = (o['attachments'] as { fileName: string; mimeType: string; url: Template }[]).map(
        (f) => `{ fileName: ${JSON.stringify(f.fileName)}, mimeType: ${JSON.stringify(f.mimeType)}, url: ${text(f.url)} }`,
      );
      return call('sendCustomMessage', [...shared, ['text', text(o['text'])], ['attachments', `[${files.join(', ')}]`]]);
    }
    case 'upload-audio':
      return call('uploadAudio', [
        ['audioFileType', json(o['audioFileType'])],
        ['agentId', text(o['agentId'])],
        ['greetingPurpose', text(o['greetingPurpose'])],
        ['recording', text(o['recording'])],
      ]);
    default:
      return undefined;
  }
}
