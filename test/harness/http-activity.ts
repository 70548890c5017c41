/**
 * A minimal stand-in for the Webex runtime, enough to run the Zendesk IVR's data steps for real:
 * - a Pebble subset (exactly what the compiled Zendesk flow contains; anything else throws, so a
 *   new construct in the flow shows up here as a test failure rather than a silent guess),
 * - `http-request-v2` through a connector (base URL + Basic auth supplied by the test), with the
 *   activity's timeout, retries on 5xx only (as Webex documents) and `outputVariableArray` applied
 *   with jsonpath-plus (a path that matches nothing leaves the variable unchanged),
 * - `set-variable` and `condition-activity`, and a walker that follows the compiled links.
 * Modelling choices Webex does not document are marked "assumption".
 */
import { JSONPath } from 'jsonpath-plus';
import { graphOf, type WebexActivity, type WebexProcess } from './document.js';

// ---------------------------------------------------------------------------------------------
// Pebble subset
// ---------------------------------------------------------------------------------------------

/** A runtime value: flow variables, activity outputs and event data. */
export type Value = string | number | boolean | null;
/** Variables by name; activity outputs and event data use their dotted names (`LookupUser.httpStatusCode`). */
export type Vars = Record<string, Value>;

export interface PebbleEnv {
  vars: Vars;
  /** What `now()` returns. */
  now: Date;
}

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'var'; name: string }
  | { k: 'map'; entries: [string, Node][] }
  | { k: 'now' }
  | { k: 'filter'; input: Node; name: string; args: Node[]; named: Record<string, Node> }
  | { k: 'bin'; op: '==' | '!=' | '>' | '>=' | '<' | '<=' | '-' | 'and'; l: Node; r: Node }
  | { k: 'tern'; c: Node; a: Node; b: Node };

type Token = { t: 'id' | 'str' | 'num' | 'p'; v: string };

class PebbleError extends Error {
  constructor(message: string, source: string) {
    super(`${message} in Pebble ${JSON.stringify(source)} (test/harness/http-activity.ts models only the Pebble the Zendesk flow uses)`);
  }
}

/** Tokens of one `{{ … }}` starting at `start` (just after `{{`); returns them and the index after `}}`. */
function lex(src: string, start: number): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let i = start;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (src.startsWith('}}', i)) return { tokens, end: i + 2 };
    else if (c === "'" || c === '"') {
      const close = src.indexOf(c, i + 1);
      if (close < 0) throw new PebbleError('unterminated string', src);
      const v = src.slice(i + 1, close);
      if (v.includes('\\')) throw new PebbleError('backslash in a string literal is not modelled', src);
      tokens.push({ t: 'str', v });
      i = close + 1;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(?![.\w])/.exec(src.slice(i));
      if (!m) throw new PebbleError('only integer literals are modelled', src);
      tokens.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][\w$]*/.exec(src.slice(i))!;
      tokens.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else if (src.startsWith('==', i) || src.startsWith('!=', i) || src.startsWith('>=', i) || src.startsWith('<=', i)) {
      tokens.push({ t: 'p', v: src.slice(i, i + 2) });
      i += 2;
    } else if ('(){},:|.?-><='.includes(c)) {
      tokens.push({ t: 'p', v: c });
      i++;
    } else throw new PebbleError(`unsupported character ${JSON.stringify(c)}`, src);
  }
  throw new PebbleError('unterminated {{', src);
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly src: string,
    private readonly features: Set<string>,
  ) {}

  parseAll(): Node {
    const node = this.ternary();
    if (this.i < this.tokens.length) this.fail(`unexpected ${JSON.stringify(this.tokens[this.i]!.v)}`);
    return node;
  }

  private fail(message: string): never {
    throw new PebbleError(message, this.src);
  }
  private peek(v?: string): Token | undefined {
    const t = this.tokens[this.i];
    return t && (v === undefined || (t.v === v && t.t !== 'str')) ? t : undefined;
  }
  private take(v?: string): Token {
    const t = this.peek(v);
    if (!t) this.fail(v ? `expected ${JSON.stringify(v)}` : 'unexpected end');
    this.i++;
    return t;
  }

  private ternary(): Node {
    const c = this.and();
    if (!this.peek('?')) return c;
    this.take('?');
    this.features.add('operator: a ? b : c');
    const a = this.ternary();
    this.take(':');
    return { k: 'tern', c, a, b: this.ternary() };
  }
  private and(): Node {
    let l = this.comparison();
    while (this.peek('and') && this.peek()!.t === 'id') {
      this.take();
      this.features.add('operator: and');
      l = { k: 'bin', op: 'and', l, r: this.comparison() };
    }
    if (this.peek('or') || this.peek('not') || this.peek('is')) this.fail(`operator "${this.peek()!.v}" is not modelled`);
    return l;
  }
  private comparison(): Node {
    const l = this.additive();
    const t = this.peek();
    if (t?.t === 'p' && (t.v === '==' || t.v === '!=' || t.v === '>' || t.v === '>=' || t.v === '<' || t.v === '<=')) {
      this.take();
      this.features.add(`operator: ${t.v}`);
      return { k: 'bin', op: t.v, l, r: this.additive() };
    }
    return l;
  }
  private additive(): Node {
    let l = this.filtered();
    while (this.peek('-')) {
      this.take();
      this.features.add('operator: -');
      l = { k: 'bin', op: '-', l, r: this.filtered() };
    }
    return l;
  }
  private filtered(): Node {
    let input = this.primary();
    while (this.peek('|')) {
      this.take();
      const name = this.take();
      if (name.t !== 'id') this.fail('expected a filter name');
      const args: Node[] = [];
      const named: Record<string, Node> = {};
      if (this.peek('(')) {
        this.take('(');
        while (!this.peek(')')) {
          const t = this.tokens[this.i];
          if (t?.t === 'id' && this.tokens[this.i + 1]?.v === '=' && this.tokens[this.i + 1]?.t === 'p') {
            this.i += 2;
            named[t.v] = this.ternary();
          } else args.push(this.ternary());
          if (!this.peek(')')) this.take(',');
        }
        this.take(')');
      }
      input = { k: 'filter', input, name: name.v, args, named };
      this.features.add(this.filterFeature(input));
    }
    return input;
  }
  private filterFeature(f: Extract<Node, { k: 'filter' }>): string {
    const namedKeys = Object.keys(f.named).sort().join(', ');
    const ok = (cond: boolean, label: string) => (cond ? label : this.fail(`filter ${f.name} with these arguments is not modelled`));
    switch (f.name) {
      case 'replace':
        return ok(f.args.length === 1 && f.args[0]!.k === 'map' && !namedKeys, "filter: replace({'literal': 'literal', …})");
      case 'length':
        return ok(f.args.length === 0 && !namedKeys, 'filter: length');
      case 'slice':
        return ok(f.args.length === 1 && !namedKeys, 'filter: slice(from)');
      case 'escape':
        return ok(f.args.length === 1 && f.args[0]!.k === 'lit' && f.args[0]!.v === 'json' && !namedKeys, "filter: escape('json')");
      case 'epoch':
        return ok(f.args.length === 0 && namedKeys === 'format, timeZone', 'filter: epoch(format=…, timeZone=…)');
      default:
        return this.fail(`filter "${f.name}" is not modelled`);
    }
  }
  private primary(): Node {
    const t = this.take();
    if (t.t === 'str') {
      this.features.add('literal: string');
      return { k: 'lit', v: t.v };
    }
    if (t.t === 'num') {
      this.features.add('literal: integer');
      return { k: 'lit', v: Number(t.v) };
    }
    if (t.t === 'p' && t.v === '(') {
      this.features.add('parentheses');
      const inner = this.ternary();
      this.take(')');
      return inner;
    }
    if (t.t === 'p' && t.v === '{') {
      const entries: [string, Node][] = [];
      while (!this.peek('}')) {
        const key = this.take();
        if (key.t !== 'str') this.fail('map keys must be string literals');
        this.take(':');
        const value = this.take();
        if (value.t !== 'str') this.fail('map values must be string literals');
        entries.push([key.v, { k: 'lit', v: value.v }]);
        if (!this.peek('}')) this.take(',');
      }
      this.take('}');
      this.features.add('literal: map of strings');
      return { k: 'map', entries };
    }
    if (t.t === 'id') {
      if (t.v === 'true' || t.v === 'false') {
        this.features.add('literal: boolean');
        return { k: 'lit', v: t.v === 'true' };
      }
      if (this.peek('(')) {
        if (t.v !== 'now') this.fail(`function "${t.v}" is not modelled`);
        this.take('(');
        this.take(')');
        this.features.add('function: now()');
        return { k: 'now' };
      }
      let name = t.v;
      while (this.peek('.')) {
        this.take('.');
        const part = this.take();
        if (part.t !== 'id') this.fail('expected an attribute name');
        name += `.${part.v}`;
      }
      if (this.peek('[')) this.fail('index access is not modelled');
      this.features.add(name.includes('.') ? 'reference: Activity.output / event data' : 'reference: variable');
      return { k: 'var', name };
    }
    return this.fail(`unexpected ${JSON.stringify(t.v)}`);
  }
}

type Part = { text: string } | { expr: Node };

/** Splits a template into text and parsed `{{ … }}` holes; `{%` and `{#` are not modelled. */
export function parseTemplate(src: string, features = new Set<string>()): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{', i);
    const next = open < 0 ? -1 : ['{{', '{%', '{#'].some((d) => src.startsWith(d, open)) ? open : -2;
    if (next === -2) {
      parts.push({ text: src.slice(i, open + 1) });
      i = open + 1;
      continue;
    }
    if (next < 0) {
      parts.push({ text: src.slice(i) });
      break;
    }
    if (!src.startsWith('{{', next)) throw new PebbleError(`${src.slice(next, next + 2)} tags are not modelled`, src);
    if (next > i) parts.push({ text: src.slice(i, next) });
    const { tokens, end } = lex(src, next + 2);
    parts.push({ expr: new Parser(tokens, src, features).parseAll() });
    i = end;
  }
  return parts.filter((p) => !('text' in p) || p.text !== '');
}

/** The Pebble constructs a template uses (see `Parser` for the names). */
export function pebbleFeatures(src: string, into = new Set<string>()): Set<string> {
  parseTemplate(src, into);
  return into;
}

const NOW = Symbol('now');
type Evaluated = Value | typeof NOW | Record<string, string>;

function text(v: Evaluated, src: string): string {
  if (v === null) return ''; // Pebble prints null as nothing
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new PebbleError('printing a map or now() without a filter is not modelled', src);
}

/** `yyyy-MM-dd HH:mm:ss`-style Java patterns in UTC. */
function formatUtc(date: Date, format: string, src: string): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const fields: Record<string, string> = {
    yyyy: pad(date.getUTCFullYear(), 4),
    MM: pad(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds()),
  };
  return format.replace(/[A-Za-z]+/g, (token) => {
    const value = fields[token];
    if (value === undefined) throw new PebbleError(`date pattern letter(s) "${token}" not modelled`, src);
    return value;
  });
}

function evaluate(node: Node, env: PebbleEnv, src: string): Evaluated {
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'now':
      return NOW;
    case 'map':
      return Object.fromEntries(node.entries.map(([k, v]) => [k, text(evaluate(v, env, src), src)]));
    case 'var': {
      if (!Object.hasOwn(env.vars, node.name)) throw new PebbleError(`unknown variable "${node.name}"`, src);
      return env.vars[node.name]!;
    }
    case 'tern': {
      const c = evaluate(node.c, env, src);
      if (typeof c !== 'boolean') throw new PebbleError('ternary condition is not a boolean', src);
      return evaluate(c ? node.a : node.b, env, src);
    }
    case 'bin': {
      const l = evaluate(node.l, env, src);
      const r = evaluate(node.r, env, src);
      if (node.op === '==' || node.op === '!=') {
        // Pebble: numbers compare by value, anything else with equals() (so "200" != 200).
        const equal = l === r;
        return node.op === '==' ? equal : !equal;
      }
      if (node.op === 'and') {
        if (typeof l !== 'boolean' || typeof r !== 'boolean') throw new PebbleError('"and" on a non-boolean', src);
        return l && r;
      }
      if (typeof l !== 'number' || typeof r !== 'number') throw new PebbleError(`"${node.op}" on a non-number`, src);
      switch (node.op) {
        case '>':
          return l > r;
        case '>=':
          return l >= r;
        case '<':
          return l < r;
        case '<=':
          return l <= r;
        default:
          return l - r;
      }
    }
    case 'filter': {
      const input = evaluate(node.input, env, src);
      const arg = (i: number) => evaluate(node.args[i]!, env, src);
      switch (node.name) {
        case 'replace': {
          // Pebble's replace: each pair in order, every literal occurrence (Java String.replace).
          let s = text(input, src);
          for (const [from, to] of Object.entries(arg(0) as Record<string, string>)) s = s.split(from).join(to);
          return s;
        }
        case 'length':
          return input === null ? 0 : text(input, src).length;
        case 'slice': {
          const s = text(input, src);
          const from = arg(0);
          if (typeof from !== 'number' || from < 0 || from > s.length) throw new PebbleError(`slice(${String(from)}) out of range for "${s}"`, src);
          return s.slice(from);
        }
        case 'escape':
          // JSON string escaping without the surrounding quotes.
          return JSON.stringify(text(input, src)).slice(1, -1);
        case 'epoch': {
          if (input !== NOW) throw new PebbleError('epoch is only modelled on now()', src);
          const format = evaluate(node.named['format']!, env, src);
          const zone = evaluate(node.named['timeZone']!, env, src);
          if (typeof format !== 'string' || zone !== 'UTC') throw new PebbleError('epoch is only modelled with a format and timeZone UTC', src);
          return formatUtc(env.now, format, src);
        }
      }
      throw new PebbleError(`filter "${node.name}"`, src);
    }
  }
}

/** Renders a template to text. */
export function render(src: string, env: PebbleEnv): string {
  return parseTemplate(src)
    .map((p) => ('text' in p ? p.text : text(evaluate(p.expr, env, src), src)))
    .join('');
}

/** The value of a template that is one `{{ … }}` (conditions, case values). */
export function evaluateSingle(src: string, env: PebbleEnv): Value {
  const parts = parseTemplate(src.trim());
  if (parts.length !== 1 || !('expr' in parts[0]!)) throw new PebbleError('expected exactly one {{ … }}', src);
  const v = evaluate(parts[0].expr, env, src);
  if (typeof v === 'object' && v !== null) throw new PebbleError('expression yields a map', src);
  if (v === NOW) throw new PebbleError('expression yields now()', src);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------

export type VariableType = 'STRING' | 'BOOLEAN';

/** Declared flow variables at their initial values, plus their types. */
export function initialState(variables: { name: string; type: string; value: string | null }[]): { vars: Vars; types: Record<string, VariableType> } {
  const vars: Vars = {};
  const types: Record<string, VariableType> = {};
  for (const v of variables) {
    if (v.type === 'STRING') vars[v.name] = v.value ?? '';
    else if (v.type === 'BOOLEAN') vars[v.name] = v.value === 'true';
    else throw new Error(`variable type ${v.type} (${v.name}) is not modelled`);
    types[v.name] = v.type;
  }
  return { vars, types };
}

function coerce(value: Value, type: VariableType | undefined, variable: string): Value {
  if (type === undefined) throw new Error(`"${variable}" is not a declared flow variable`);
  if (type === 'STRING') return value === null ? null : String(value); // assumption: a JSON null stays null
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new Error(`cannot store ${JSON.stringify(value)} in BOOLEAN "${variable}"`);
}

const prop = (a: WebexActivity, key: string): unknown => a.properties[key];
function kindOf(a: WebexActivity): string {
  return String(prop(a, 'activityName'));
}

export interface RunContext {
  types: Record<string, VariableType>;
  now: Date;
  /** Connector id → where it points and what Basic credentials it holds (Control Hub's job in Webex). */
  connectors: Record<string, { baseUrl: string; username: string; password: string }>;
}

/** A Set Variable (`set-to-literal`: `expr` is a Pebble template). Returns the new variables. */
export function runSetVariable(a: WebexActivity, vars: Vars, ctx: RunContext): Vars {
  if (kindOf(a) !== 'set-variable' || prop(a, 'setTo') !== 'set-to-literal') throw new Error(`${a.name}: not a set-to-literal Set Variable`);
  const name = String(prop(a, 'srcVariable'));
  if (ctx.types[name] !== prop(a, 'srcVariableType')) throw new Error(`${a.name}: ${name} is declared ${ctx.types[name]}, set as ${String(prop(a, 'srcVariableType'))}`);
  const value = render(String(prop(a, 'expr')), { vars, now: ctx.now });
  return { ...vars, [name]: coerce(value, ctx.types[name], name) };
}

/** A Condition's `expression`; it must yield a boolean. */
export function evaluateCondition(a: WebexActivity, vars: Vars, now: Date): boolean {
  if (kindOf(a) !== 'condition-activity') throw new Error(`${a.name}: not a Condition`);
  const v = evaluateSingle(String(prop(a, 'expression')), { vars, now });
  if (typeof v !== 'boolean') throw new Error(`${a.name}: expression yields ${JSON.stringify(v)}, not a boolean`);
  return v;
}

export interface HttpResult {
  vars: Vars;
  /** `<name>.httpStatusCode`; 0 when no answer came in time (assumption: Webex does not document it). */
  status: number;
  attempts: number;
  timedOut: boolean;
  /** Every URL requested (one per attempt). */
  urls: string[];
  requestBody: string | undefined;
}

/**
 * Runs a compiled `http-request-v2` through its connector as Webex does: path, query values and
 * body rendered with Pebble, query encoded with URLSearchParams, `httpResponseTimeout` per
 * attempt, `retryAttempts` more attempts on a 5xx only, then `outputVariableArray`.
 */
export async function runHttpActivity(a: WebexActivity, vars: Vars, ctx: RunContext): Promise<HttpResult> {
  if (kindOf(a) !== 'http-request-v2') throw new Error(`${a.name}: not an HTTP Request`);
  if (prop(a, 'authenticated') !== true) throw new Error(`${a.name}: only connector (authenticated) requests are modelled`);
  const connector = ctx.connectors[String(prop(a, 'connectorId'))];
  if (!connector) throw new Error(`${a.name}: no test connector for id ${String(prop(a, 'connectorId'))}`);
  const env: PebbleEnv = { vars, now: ctx.now };

  const path = render(String(prop(a, 'httpRequestPath')), env);
  const url = new URL(`${connector.baseUrl.replace(/\/$/, '')}/${path.replace(/^\//, '')}`);
  const query = (prop(a, 'httpQueryParameters') ?? {}) as Record<string, string>;
  url.search = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, render(v, env)])).toString();

  const method = String(prop(a, 'httpRequestMethod'));
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries((prop(a, 'httpRequestHeaders') ?? {}) as Record<string, string>)) headers[k] = render(v, env);
  headers['Authorization'] = `Basic ${Buffer.from(`${connector.username}:${connector.password}`).toString('base64')}`;
  headers['Accept'] = 'application/json';
  const rawBody = prop(a, 'httpRequestBody');
  if (rawBody !== undefined && rawBody !== null && typeof rawBody !== 'string') throw new Error(`${a.name}: object bodies are not modelled`);
  const requestBody = typeof rawBody === 'string' ? render(rawBody, env) : undefined;
  if (requestBody !== undefined) {
    if (prop(a, 'httpContentType') !== 'Application/JSON') throw new Error(`${a.name}: content type ${String(prop(a, 'httpContentType'))} not modelled`);
    headers['Content-Type'] = 'application/json';
  }

  const timeoutMs = Number(prop(a, 'httpResponseTimeout'));
  const retries = Number(prop(a, 'retryAttempts'));
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0 || !Number.isInteger(retries) || retries < 0 || retries > 5) {
    throw new Error(`${a.name}: bad timeout ${String(prop(a, 'httpResponseTimeout'))} or retries ${String(prop(a, 'retryAttempts'))}`);
  }

  let status = 0;
  let responseText = '';
  let timedOut = false;
  let attempts = 0;
  const urls: string[] = [];
  while (attempts <= retries) {
    attempts++;
    urls.push(url.toString());
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetch(url, { method, headers, body: requestBody, signal: controller.signal });
      responseText = await response.text();
      status = response.status;
      timedOut = false;
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      status = 0;
      responseText = '';
      timedOut = true;
    } finally {
      clearTimeout(timer);
    }
    if (!(status >= 500)) break; // Webex retries on 5xx only (a timeout or a 429 is not retried: assumption for the timeout)
  }

  const out: Vars = { ...vars, [`${a.name}.httpStatusCode`]: status, [`${a.name}.httpResponseBody`]: responseText };
  let json: unknown;
  try {
    json = prop(a, 'contentType') === 'JSON' && responseText ? JSON.parse(responseText) : undefined;
  } catch {
    json = undefined;
  }
  for (const mapping of (prop(a, 'outputVariableArray') ?? []) as { outputVariable: string; jsonPathExp: string }[]) {
    if (json === undefined) break;
    const found: unknown = JSONPath({ path: mapping.jsonPathExp, json: json as object, wrap: false });
    if (found === undefined) continue; // no match: the variable keeps its value (the flow's "null" sentinel)
    if (typeof found === 'object' && found !== null) throw new Error(`${a.name}: ${mapping.jsonPathExp} yields an object/array, not modelled`);
    out[mapping.outputVariable] = coerce(found as Value, ctx.types[mapping.outputVariable], mapping.outputVariable);
  }
  return { vars: out, status, attempts, timedOut, urls, requestBody };
}

export interface WalkResult {
  vars: Vars;
  /** Activities run, in order, with the port taken. */
  trail: string[];
  /** The first activity the walker does not run (a prompt, menu, queue, end…). */
  stoppedAt: string;
  http: Record<string, HttpResult>;
}

/**
 * Runs Set Variable, HTTP Request and Condition activities from `from`, following the compiled
 * links, and stops at the first other kind (at most 50 steps).
 */
export async function walk(process: WebexProcess, from: string, vars: Vars, ctx: RunContext): Promise<WalkResult> {
  const g = graphOf(process);
  const trail: string[] = [];
  const http: Record<string, HttpResult> = {};
  let at: string | undefined = from;
  for (let step = 0; step < 50 && at !== undefined; step++) {
    const a = g.activity(at);
    let port: string;
    switch (kindOf(a)) {
      case 'set-variable':
        vars = runSetVariable(a, vars, ctx);
        port = 'out';
        break;
      case 'http-request-v2': {
        const result = await runHttpActivity(a, vars, ctx);
        http[a.name] = result;
        vars = result.vars;
        port = 'default';
        break;
      }
      case 'condition-activity':
        port = String(evaluateCondition(a, vars, ctx.now));
        break;
      default:
        return { vars, trail, stoppedAt: at, http };
    }
    trail.push(`${at}:${port}`);
    const next = g.next(at, port);
    if (next === undefined) throw new Error(`${at} has no link from port ${port}`);
    at = next;
  }
  throw new Error(`walk from ${from} did not stop within 50 steps`);
}
