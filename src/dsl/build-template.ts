/**
 * Build-time templates: handlebars files in `templates/` that render prompt texts
 * (`<name>.txt.hbs`) and HTTP request bodies (`<name>.json.hbs`) with tenant values when a flow is
 * built. Webex writes its runtime expressions with `{{ }}` too, so one rule keeps the two apart:
 *
 * - **Build-time templates use `[[ ]]` and never `{{ }}`.** `[[companyName]]` inserts a build-time
 *   value; `[[#if x]]…[[/if]]`, `[[#each]]` work as in handlebars. A `{{`, `}}`, `{%` or `%}` in a
 *   template file is an error (FG521) at its line and column: the renderer never sees, and so
 *   never eats, a runtime reference.
 * - **Runtime references are slots, filled by typed handles.** `[[@userName]]` marks where the
 *   runtime value passed as `runtime: { userName }` goes; flowgen alone writes its `{{ }}` (house
 *   style §5.4), so an unknown variable is still FG201.
 * - **Values are data, never syntax.** A value containing `{{ }}`/`{% %}` is refused (FG524), and
 *   rendered text enters the flow as build-time values, which FG203 checks again.
 * - **JSON bodies are escaped as JSON, not HTML.** In a `.json.hbs` template a string value is
 *   inserted JSON-escaped (put `"[[name]]"` inside quotes; numbers and booleans go bare); the
 *   result must parse as JSON (FG523), and runtime slots inside its strings are escaped by Pebble's
 *   `escape('json')` at call time. Text templates are not escaped at all (TTS is not HTML).
 *
 * Pure: templates arrive as text (loaded by `load/templates.ts`); rendering returns values and
 * diagnostics and never throws for an author's mistake.
 */
import type HandlebarsModule from 'handlebars';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { text, type RuntimeValue, type TextTemplate } from './refs.js';
import { lazyModule } from '../util/lazy-module.js';

/** A template file's text, as loaded from `templates/`. */
export interface TemplateSource {
  /** The file as diagnostics name it, e.g. `templates/greeting.txt.hbs`. */
  file: string;
  source: string;
}

/** Templates by name: `greeting.txt` for `templates/greeting.txt.hbs`, `note.json` for a body. */
export type TemplateLibrary = Readonly<Record<string, TemplateSource>>;

/** What a template is rendered with. */
export interface RenderInput {
  /** Build-time values, inserted as `[[name]]` (nested: `[[queue.name]]`). */
  values?: Readonly<Record<string, unknown>>;
  /** Runtime values, placed where the template says `[[@name]]`. */
  runtime?: Readonly<Record<string, RuntimeValue>>;
}

/** A JSON body as the DSL takes it: plain JSON whose strings may be runtime templates. */
export type RenderedBody = string | number | boolean | null | TextTemplate | RenderedBody[] | { [key: string]: RenderedBody };

export type TemplateKind = 'txt' | 'json';

const RUNTIME_SYNTAX = /\{\{|\}\}|\{%|%\}/;
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000([^\uE001]*)\uE001/g;
const RESERVED_DATA = new Set(['root', 'index', 'key', 'first', 'last', 'level']);

const loadHandlebars = lazyModule<typeof HandlebarsModule>('handlebars');
let environment: typeof HandlebarsModule | undefined;
/** Our own handlebars environment, made on the first render (handlebars loads only when a flow uses templates). */
const handlebars = (): typeof HandlebarsModule => (environment ??= loadHandlebars().create());

/**
 * Parsed and compiled templates by their translated source: every tenant of a flow renders the
 * same templates with other values, and handlebars' compile costs more than the render. A
 * compiled template is a pure function of its input. Bounded, oldest out.
 */
const compiledTemplates = new Map<string, { ast: unknown; render: HandlebarsTemplateDelegate }>();
const COMPILED_TEMPLATES_KEPT = 256;

function compiledTemplate(source: string): { ast: unknown; render: HandlebarsTemplateDelegate } {
  let compiled = compiledTemplates.get(source);
  if (!compiled) {
    const ast = handlebars().parse(source);
    compiled = { ast, render: handlebars().compile(source, { noEscape: true, strict: true, knownHelpersOnly: false }) };
    if (compiledTemplates.size >= COMPILED_TEMPLATES_KEPT) compiledTemplates.delete(compiledTemplates.keys().next().value!);
    compiledTemplates.set(source, compiled);
  }
  return compiled;
}

function positionOf(source: string, offset: number, file: string): SourceLocation {
  const before = source.slice(0, offset).split('\n');
  return { file, line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** `{{`-free source with `[[ ]]` turned into handlebars' own delimiters, or the diagnostics why not. */
function translate(name: string, template: TemplateSource): { source?: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  for (const match of template.source.matchAll(/\{\{|\}\}|\{%|%\}/g)) {
    diagnostics.push(
      makeDiagnostic('FG521', {
        message: `Template "${name}" contains "${match[0]}", Webex's runtime expression syntax.`,
        location: positionOf(template.source, match.index, template.file),
        hint: 'Build-time templates use [[name]] for values and [[@name]] for runtime slots filled by typed references; they never contain {{ }}.',
        data: { template: name },
      }),
    );
  }
  if (diagnostics.length > 0) return { diagnostics };
  // A file's final newline is not part of the text it renders.
  const body = template.source.replace(/\r?\n$/, '');
  return { source: body.replaceAll('[[', '{{').replaceAll(']]', '}}'), diagnostics };
}

interface AstNode {
  type: string;
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

/** The `@name` slots a template uses, with their positions. */
function dataSlots(node: unknown, found: { name: string; loc?: AstNode['loc'] }[] = []): { name: string; loc?: AstNode['loc'] }[] {
  if (Array.isArray(node)) {
    for (const child of node) dataSlots(child, found);
  } else if (typeof node === 'object' && node !== null) {
    const n = node as AstNode;
    if (n.type === 'PathExpression' && n['data'] === true) found.push({ name: String(n['head'] ?? (n['parts'] as string[])[0]), ...(n.loc ? { loc: n.loc } : {}) });
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') dataSlots(value, found);
  }
  return found;
}

function injectedValues(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'string') {
    if (RUNTIME_SYNTAX.test(value) || value.includes(OPEN) || value.includes(CLOSE)) out.push(path);
  } else if (Array.isArray(value)) value.forEach((v, i) => injectedValues(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) injectedValues(v, path ? `${path}.${k}` : k, out);
  return out;
}

function jsonEscaped(value: unknown): unknown {
  if (typeof value === 'string') return JSON.stringify(value).slice(1, -1);
  if (Array.isArray(value)) return value.map(jsonEscaped);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonEscaped(v)]));
  return value;
}

/** Rendered text with slot markers → a runtime template of build-time values and typed references. */
function toTextTemplate(rendered: string, runtime: Readonly<Record<string, RuntimeValue>>): TextTemplate {
  const holes: (string | RuntimeValue)[] = [];
  let last = 0;
  for (const match of rendered.matchAll(SLOT)) {
    if (match.index > last) holes.push(rendered.slice(last, match.index));
    holes.push(runtime[match[1]!]!);
    last = match.index + match[0].length;
  }
  if (last < rendered.length) holes.push(rendered.slice(last));
  const strings = Object.assign(new Array<string>(holes.length + 1).fill(''), { raw: new Array<string>(holes.length + 1).fill('') });
  return text(strings, ...holes);
}

type Step<T> = { value: T; diagnostics?: undefined } | { value?: undefined; diagnostics: Diagnostic[] };

/** FG524: build-time values must not carry runtime syntax into the rendered text. */
function injectionDiagnostics(name: string, values: Readonly<Record<string, unknown>>, at: SourceLocation | { file: string }): Diagnostic[] {
  return injectedValues(values, '', []).map((path) =>
    makeDiagnostic('FG524', {
      message: `Value "${path}" given to template "${name}" contains runtime expression syntax ({{ }} or {% %}).`,
      location: at,
      hint: 'Build-time values are literal text; pass runtime values as `runtime: { name: variable }` and mark them [[@name]].',
      data: { template: name, value: path },
    }),
  );
}

/** The handlebars AST of the translated source (FG521 when it does not parse). */
function parseTemplate(name: string, source: string, template: TemplateSource): Step<unknown> {
  try {
    return { value: compiledTemplate(source).ast };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(detail);
    return {
      diagnostics: [
        makeDiagnostic('FG521', {
          message: `Template "${name}" does not parse: ${detail.split('\n').pop()?.replace(/^Expecting .*/, 'a [[ ]] tag is not closed or not expected here') ?? 'syntax error'}.`,
          location: line ? { file: template.file, line: Number(line[1]), column: 1 } : { file: template.file },
          hint: 'Check that every [[ has its ]] and every [[#block]] its [[/block]].',
          data: { template: name },
        }),
      ],
    };
  }
}

/** FG521: a runtime slot (`[[@name]]`) the flow does not fill. */
function unfilledSlots(name: string, ast: unknown, runtime: Readonly<Record<string, RuntimeValue>>, template: TemplateSource): Diagnostic[] {
  return dataSlots(ast)
    .filter((slot) => !RESERVED_DATA.has(slot.name) && !(slot.name in runtime))
    .map((slot) =>
      makeDiagnostic('FG521', {
        message: `Template "${name}" has a runtime slot "@${slot.name}" that the flow does not fill.`,
        location: slot.loc ? { file: template.file, line: slot.loc.start.line, column: slot.loc.start.column + 1 } : { file: template.file },
        hint: `Pass it from the flow: runtime: { ${slot.name}: <variable or output> }.`,
        data: { template: name, slot: slot.name },
      }),
    );
}

/** The rendered text, runtime slots left as markers (FG522 when a value is missing). */
function renderSource(name: string, kind: TemplateKind, source: string, input: RenderInput, template: TemplateSource): Step<string> {
  const data = Object.fromEntries(Object.keys(input.runtime ?? {}).map((slot) => [slot, `${OPEN}${slot}${CLOSE}`]));
  const values = input.values ?? {};
  try {
    return { value: compiledTemplate(source).render(kind === 'json' ? jsonEscaped(values) : values, { data }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const missing = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(detail);
    return {
      diagnostics: [
        makeDiagnostic('FG522', {
          message: missing ? `Template "${name}" uses the value "${missing[1]}", which the flow does not give it.` : `Template "${name}" could not be rendered: ${detail.split('\n')[0]}.`,
          location: missing ? { file: template.file, line: Number(missing[2]), column: Number(missing[3]) + 1 } : { file: template.file },
          hint: `Pass it from the flow: values: { ${missing?.[1] ?? 'name'}: … }.`,
          data: { template: name },
        }),
      ],
    };
  }
}

/** A rendered JSON body as a value whose strings with slots are runtime templates (FG523 when not JSON). */
function toRenderedBody(name: string, rendered: string, runtime: Readonly<Record<string, RuntimeValue>>, template: TemplateSource): Step<RenderedBody> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rendered);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const near = position ? ` near ${JSON.stringify(rendered.slice(Math.max(0, Number(position[1]) - 10), Number(position[1]) + 10).replace(SLOT, '[[@$1]]'))}` : '';
    return {
      diagnostics: [
        makeDiagnostic('FG523', {
          message: `Template "${name}" does not render to valid JSON${near}.`,
          location: { file: template.file, line: 1, column: 1 },
          hint: 'Put [[value]] and [[@slot]] inside JSON strings ("[[name]]"); only numbers and booleans go bare.',
          data: { template: name },
        }),
      ],
    };
  }
  const toBody = (value: unknown): RenderedBody => {
    if (typeof value === 'string') return value.includes(OPEN) ? toTextTemplate(value, runtime) : value;
    if (Array.isArray(value)) return value.map(toBody);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(SLOT, ''), toBody(v)]));
    return value as RenderedBody;
  };
  return { value: toBody(parsed) };
}

/**
 * Renders one template. `kind` is `txt` for prompt text (a runtime template) or `json` for an
 * HTTP body (a JSON value whose strings may hold runtime slots). `at` locates the render call.
 */
export function renderTemplate(
  name: string,
  kind: TemplateKind,
  template: TemplateSource,
  input: RenderInput,
  at: SourceLocation | { file: string },
): { value?: TextTemplate | RenderedBody; diagnostics: Diagnostic[] } {
  const runtime = input.runtime ?? {};
  const injected = injectionDiagnostics(name, input.values ?? {}, at);
  if (injected.length > 0) return { diagnostics: injected };
  const translated = translate(name, template);
  if (!translated.source) return { diagnostics: translated.diagnostics };
  const ast = parseTemplate(name, translated.source, template);
  if (ast.diagnostics) return { diagnostics: ast.diagnostics };
  const unfilled = unfilledSlots(name, ast.value, runtime, template);
  if (unfilled.length > 0) return { diagnostics: unfilled };
  const rendered = renderSource(name, kind, translated.source, input, template);
  if (rendered.diagnostics) return { diagnostics: rendered.diagnostics };
  if (kind === 'txt') return { value: toTextTemplate(rendered.value, runtime), diagnostics: [] };
  const body = toRenderedBody(name, rendered.value, runtime, template);
  return body.diagnostics ? { diagnostics: body.diagnostics } : { value: body.value, diagnostics: [] };
}
