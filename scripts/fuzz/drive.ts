/**
 * The fuzz campaign's targets and how one case drives them. A case is a seed input (a real export
 * from ../shared/corpus, a YAML flow, a tenant file, a build-time template) plus a list of
 * recorded edits; `runCase` applies the edits and drives every command's library path over the
 * result — import, validate, build (validate + emit + schema check + format), print and diff —
 * and returns what went wrong: an exception (a crash) or an FG9xx diagnostic (flowgen blaming
 * itself for an input). Anything else, however many diagnostics, is a pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { compileTenant } from '../../src/api/build-tenants.js';
import { compileFlow, compileIr } from '../../src/api/compile-flow.js';
import { validateExportText } from '../../src/api/validate-files.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';
import { diffFlows } from '../../src/diff/diff.js';
import { parseFlowText } from '../../src/diff/document.js';
import type { FlowDefinition } from '../../src/dsl/define-flow.js';
import type { TemplateLibrary } from '../../src/dsl/build-template.js';
import { importWebexFlow, parseExportText } from '../../src/import/webex/import.js';
import { loadDefinitionModule } from '../../src/load/definition-module.js';
import { loadTemplates } from '../../src/load/templates.js';
import { parseTenantText } from '../../src/load/tenant-file.js';
import { loadYamlFlow } from '../../src/load/yaml-flow.js';
import { printFlow } from '../../src/print/dsl.js';
import { makeDiagnostic } from '../../src/diagnostics/report.js';
import { emitWebexFlow } from '../../src/emit/webex/emit.js';
import { checkFlowDocument } from '../../src/emit/webex/schema-check.js';
import type { FlowIR } from '../../src/ir/types.js';
import { validateFlow } from '../../src/validate/index.js';
import { mutateJson, replayJson, type JsonEdit } from './mutate-json.js';
import { mutateText, replayText, type TextEdit } from './mutate-text.js';
import { caseSeed, makeRandom, type Random } from './random.js';

export type Target = 'export' | 'export-text' | 'yaml-flow' | 'yaml-flow-text' | 'tenant' | 'tenant-text' | 'template';
export type Edits = { json: JsonEdit[] } | { text: TextEdit[] };

export interface Seed {
  target: Target;
  /** Where the seed comes from, relative to the repository (or the corpus). */
  name: string;
  text: string;
  /** The parsed seed, for structural targets. */
  value?: unknown;
}

export interface Case {
  index: number;
  seed: Seed;
  edits: Edits;
}

export interface Failure {
  kind: 'crash' | 'FG9xx';
  /** What stage failed and how: stable across replays of the same input. */
  signature: string;
  detail: string;
}

const ROOT = new URL('../../', import.meta.url).pathname;
const CORPUS = join(ROOT, '../shared/corpus');

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])).sort();
}

/** Every seed input, per target. Corpus files that are not flows are left out (import refuses them). */
export function loadSeeds(): Record<Target, Seed[]> {
  const exports: Seed[] = [];
  for (const path of walk(CORPUS).filter((p) => p.endsWith('.json'))) {
    const text = readFileSync(path, 'utf8');
    const parsed = parseExportText(text, path);
    if (parsed.document === undefined || !importWebexFlow(parsed.document, path).ir) continue;
    exports.push({ target: 'export', name: `corpus/${relative(CORPUS, path)}`, text, value: parsed.document });
  }
  const yamlFlows = [join(ROOT, 'test/fixtures/made/zendesk-ivr.flow.yaml'), join(ROOT, 'test/fixtures/made/fuzz/hello.flow.yaml')].map((path) => {
    const text = readFileSync(path, 'utf8');
    return { target: 'yaml-flow' as const, name: relative(ROOT, path), text, value: parseDocument(text).toJS() };
  });
  const tenants = [...walk(join(ROOT, 'tenants'))].filter((p) => p.endsWith('.yaml')).map((path) => {
    const text = readFileSync(path, 'utf8');
    return { target: 'tenant' as const, name: relative(ROOT, path), text, value: parseDocument(text).toJS() };
  });
  const templates = walk(join(ROOT, 'templates')).filter((p) => /\.(txt|json)\.hbs$/.test(p)).map((path) => ({ target: 'template' as const, name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
  return {
    export: exports,
    'export-text': exports.map((s) => ({ ...s, target: 'export-text' })),
    'yaml-flow': yamlFlows,
    'yaml-flow-text': yamlFlows.map((s) => ({ ...s, target: 'yaml-flow-text' })),
    tenant: tenants,
    'tenant-text': tenants.map((s) => ({ ...s, target: 'tenant-text' })),
    template: templates,
  };
}

/** How often each target is drawn (out of 100). */
const WEIGHTS: [Target, number][] = [['export', 64], ['export-text', 6], ['yaml-flow', 12], ['yaml-flow-text', 8], ['tenant', 3], ['tenant-text', 4], ['template', 3]];

/** Case `index` of the campaign `seed`: always the same seed input and the same edits. */
export function drawCase(seeds: Record<Target, Seed[]>, seed: number, index: number): Case {
  const random = makeRandom(caseSeed(seed, index));
  let roll = random.below(100);
  const target = WEIGHTS.find(([, weight]) => (roll -= weight) < 0)![0];
  const source = random.pick(seeds[target]);
  const count = 1 + random.below(random.chance(0.2) ? 12 : 4);
  return { index, seed: source, edits: drawEdits(random, source, count) };
}

function drawEdits(random: Random, seed: Seed, count: number): Edits {
  switch (seed.target) {
    case 'export':
    case 'yaml-flow':
    case 'tenant':
      return { json: mutateJson(random, seed.value, count).edits };
    case 'export-text':
      return { text: mutateText(random, seed.text, count, 'json').edits };
    case 'template':
      return { text: mutateText(random, seed.text, count, 'template').edits };
    default:
      return { text: mutateText(random, seed.text, count, 'yaml').edits };
  }
}

/** The mutated input's text. */
export function caseText(c: Case): string {
  if ('text' in c.edits) return replayText(c.seed.text, c.edits.text);
  // JSON is YAML 1.2 (flow style), and ten times faster to write than block style; the text
  // targets keep the seeds' block style.
  return JSON.stringify(replayJson(c.seed.value, c.edits.json));
}

interface Context {
  zendesk: FlowDefinition;
  templates: TemplateLibrary;
}
let context: Promise<Context> | undefined;

function loadContext(): Promise<Context> {
  context ??= (async () => {
    const loaded = await loadDefinitionModule(join(ROOT, 'flows/zendesk-ivr.flow.ts'));
    if (!loaded.definition) throw new Error(`the Zendesk flow does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
    return { zendesk: loaded.definition, templates: loadTemplates(join(ROOT, 'templates'), ROOT) };
  })();
  return context;
}

/**
 * Every FULL_EVERY-th case builds with `compileIr` itself and prints the definition; the others
 * run the same build steps without prettier (format and print are 80% of a case's time and see
 * only what the schema check has passed): validate, emit, schema check, the FG902 mapping.
 */
const FULL_EVERY = 10;

async function build(ir: FlowIR, index: number, earlier: Diagnostic[] = []): Promise<Diagnostic[]> {
  if (index % FULL_EVERY === 0) return (await compileIr(ir, {}, earlier)).diagnostics;
  const { diagnostics, index: flowIndex } = validateFlow(ir);
  if (hasErrors([...earlier, ...diagnostics])) return diagnostics;
  const violations = checkFlowDocument(await emitWebexFlow(flowIndex, {}));
  return violations.map((v) => makeDiagnostic('FG902', { message: `The compiled flow breaks the Webex flow schema at ${v.path}: ${v.message}.`, location: { file: ir.file ?? '<flow>', path: v.path } }));
}

const internal = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code.startsWith('FG9'));

const originals = new Map<string, ReturnType<typeof parseFlowText>>();
function originalModel(seed: Seed, file: string): ReturnType<typeof parseFlowText> {
  if (!originals.has(seed.name)) originals.set(seed.name, parseFlowText(seed.text, file));
  return originals.get(seed.name)!;
}

/** Drives every command's library path over one input; FG9xx diagnostics found, by stage. */
async function drive(c: Case, text: string, stage: Stage): Promise<[string, Diagnostic][]> {
  const found: [string, Diagnostic][] = [];
  const note = (name: string, diagnostics: readonly Diagnostic[]) => internal(diagnostics).forEach((d) => found.push([name, d]));
  const { zendesk, templates } = await loadContext();
  const file = c.seed.name.split('/').pop()!;
  switch (c.seed.target) {
    case 'export':
    case 'export-text': {
      stage.enter('validate');
      note('validate', validateExportText(text, file));
      stage.enter('import');
      const parsed = parseExportText(text, file);
      const imported = parsed.document === undefined ? undefined : importWebexFlow(parsed.document, file);
      if (imported?.ir && !hasErrors(imported.diagnostics)) {
        stage.enter('build');
        note('build', await build(imported.ir, c.index));
        if (c.index % FULL_EVERY === 0) {
          stage.enter('print');
          await printFlow(imported.ir, { source: file, shapeFile: 'x.webex.json' });
        }
      }
      stage.enter('diff');
      const before = originalModel(c.seed, file);
      const after = parseFlowText(text, file);
      note('diff', after.diagnostics);
      if (before.model && after.model) diffFlows(before.model, after.model);
      break;
    }
    case 'yaml-flow':
    case 'yaml-flow-text': {
      stage.enter('load');
      const loaded = loadYamlFlow(file, text);
      note('load', loaded.diagnostics);
      if (loaded.ir && !hasErrors(loaded.diagnostics)) {
        stage.enter('build');
        note('build', await build(loaded.ir, c.index, loaded.diagnostics));
        if (c.index % FULL_EVERY === 0) {
          stage.enter('print');
          await printFlow(loaded.ir, { source: file });
        }
      }
      break;
    }
    case 'tenant':
    case 'tenant-text': {
      stage.enter('load');
      const loaded = parseTenantText(text, `tenants/${file}`);
      note('load', loaded.diagnostics);
      if (loaded.tenant) {
        stage.enter('build');
        note('build', (await compileTenant(loaded.tenant, new Map([['Zendesk_IVR', { definition: zendesk, file: join(ROOT, 'flows/zendesk-ivr.flow.ts') }]]), templates)).diagnostics);
      }
      break;
    }
    case 'template': {
      stage.enter('build');
      const key = file.replace(/\.hbs$/, '');
      note('build', (await compileFlow(zendesk, { file: join(ROOT, 'flows/zendesk-ivr.flow.ts'), templates: { ...templates, [key]: { file: c.seed.name, source: text } } })).diagnostics);
      break;
    }
  }
  return found;
}

/** The stage a case is in (a crash names it) and the time spent in each stage, summed over cases. */
class Stage {
  name = 'mutate';
  private since = performance.now();
  constructor(private readonly times: Record<string, number>) {}
  enter(name: string): void {
    const now = performance.now();
    this.times[this.name] = (this.times[this.name] ?? 0) + now - this.since;
    this.name = name;
    this.since = now;
  }
}

/** Milliseconds spent per stage by `runCase` in this thread, for the campaign's report. */
export const stageTimes: Record<string, number> = {};

/** Runs one case; undefined when flowgen answered with diagnostics about the input only. */
export async function runCase(c: Case, times: Record<string, number> = {}): Promise<Failure | undefined> {
  const stage = new Stage(times);
  try {
    const text = caseText(c);
    const found = await drive(c, text, stage);
    stage.enter('done');
    if (found.length === 0) return undefined;
    const [where, first] = found[0]!;
    const path = 'path' in first.location ? (first.location.path ?? '') : '';
    return { kind: 'FG9xx', signature: `${where} ${first.code} ${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}|"[^"]*"|\b\d+\b/g, '*')}`, detail: found.map(([w, d]) => `${w}: ${d.code} ${d.message}`).join('\n') };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const top = error instanceof Error ? (error.stack ?? '').split('\n').find((l) => l.includes('/src/')) ?? '' : '';
    return { kind: 'crash', signature: `${stage.name} ${error instanceof Error ? error.name : typeof error}: ${message.slice(0, 80)}`, detail: `${message}\n${top.trim()}` };
  }
}

/** Fewer edits that fail the same way (greedy one-at-a-time removal, then halving, as in ddmin). */
export async function minimise(c: Case, failure: Failure, budget = 60): Promise<Case> {
  const list: (JsonEdit | TextEdit)[] = 'json' in c.edits ? [...c.edits.json] : [...c.edits.text];
  const make = (edits: (JsonEdit | TextEdit)[]): Case => ({ ...c, edits: 'json' in c.edits ? { json: edits as JsonEdit[] } : { text: edits as TextEdit[] } });
  let current = list;
  for (let i = current.length - 1; i >= 0 && budget-- > 0; i--) {
    const fewer = current.filter((_, j) => j !== i);
    const again = await runCase(make(fewer));
    if (again?.kind === failure.kind && again.signature.split(' ')[0] === failure.signature.split(' ')[0]) current = fewer;
  }
  return make(current);
}
