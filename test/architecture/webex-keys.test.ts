/**
 * The Webex property keys of a kind live only in its module, src/activities/<kind>.ts (house style
 * §2, issue 10). The keys are not listed by hand: they are every key that the modules' `toWebex`
 * actually emits, for every typed activity of every corpus export (in flowgen's own shape and in
 * the export's era) and for made options of the kinds no export has, minus the words that are not
 * Webex's alone (below, each with its reason), plus the exported `activityName`s. No file of src/ outside src/activities/ may name
 * one as a string literal (`'promptsTts'`, `p["menuLinks"]`, `{ 'queueRadioGroup': … }`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { activityDefinition, activityKinds } from '../../src/activities/index.js';
import { importWebexFlow } from '../../src/import/webex/import.js';
import { checkSchema } from '../../src/validate/schema.js';
import { madeActivityOptions } from '../fixtures/made/activity-options.js';
import { corpusFiles } from '../harness/corpus.js';
import { hasShared, repoRoot } from '../harness/paths.js';

/** kind → the options its toWebex is run over (with the exported properties, when imported). */
function optionSamples(): Map<string, { options: unknown; exported?: Readonly<Record<string, unknown>> }[]> {
  const samples = new Map<string, { options: unknown; exported?: Readonly<Record<string, unknown>> }[]>();
  const add = (kind: string, sample: { options: unknown; exported?: Readonly<Record<string, unknown>> }) => (samples.get(kind) ?? samples.set(kind, []).get(kind)!).push(sample);
  for (const file of corpusFiles) {
    let document: unknown;
    try {
      document = JSON.parse(file.text);
    } catch {
      continue;
    }
    const { ir } = importWebexFlow(document, file.name);
    if (!ir) continue;
    const { parsedOptions } = checkSchema(ir);
    for (const activity of ir.activities) {
      const options = parsedOptions.get(activity.name);
      if (activity.kind === 'raw' || options === undefined) continue;
      add(activity.kind, { options });
      if (activity.webex) add(activity.kind, { options, exported: activity.webex.properties });
    }
  }
  for (const [kind, list] of Object.entries(madeActivityOptions)) for (const input of list) add(kind, { options: activityDefinition(kind)!.options.parse(input) });
  return samples;
}

/** Every object key in a value, at any depth. */
function keysIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      keysIn(item, into);
    }
  }
  return into;
}

type Def = { type: string; entries?: Record<string, string>; values?: unknown[]; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; options?: unknown[]; valueType?: unknown; in?: unknown; out?: unknown; getter?: () => unknown };
const defOf = (schema: unknown): Def | undefined => (typeof schema === 'object' && schema !== null ? (schema as { _zod?: { def: Def } })._zod?.def : undefined);

/** The option names of a zod schema, at any depth: flowgen's own vocabulary. */
function optionNames(schema: unknown, into: Set<string>, seen = new Set<unknown>()): Set<string> {
  const def = defOf(schema);
  if (!def || seen.has(schema)) return into;
  seen.add(schema);
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    into.add(key);
    optionNames(field, into, seen);
  }
  for (const inner of [def.innerType, def.element, def.valueType, def.in, def.out, ...(def.options ?? []), ...(def.type === 'lazy' && def.getter ? [def.getter()] : [])]) optionNames(inner, into, seen);
  return into;
}

/** The literal values a zod schema accepts (enums, literals), at any depth. */
function optionValues(schema: unknown, into: Set<string>, seen = new Set<unknown>()): Set<string> {
  const def = defOf(schema);
  if (!def || seen.has(schema)) return into;
  seen.add(schema);
  for (const value of [...Object.values(def.entries ?? {}), ...(def.values ?? [])]) if (typeof value === 'string') into.add(value);
  for (const inner of [...Object.values(def.shape ?? {}), def.innerType, def.element, def.valueType, def.in, def.out, ...(def.options ?? [])]) optionValues(inner, into, seen);
  return into;
}

/**
 * Words that are not Webex's alone, so naming them elsewhere says nothing about a kind:
 * - the flow document's envelope, which every kind shares and emit/webex, import/webex, diff and
 *   graph read by design (house style §9): `activityName`, `name`, `description`, `id`, `type`,
 *   `event` (the start and event nodes' trigger), `eventSpecificationName` (emit writes the event
 *   flows' table), `displayName` and `flowType` (the flow's own settings);
 * - HTTP's words, which the simulator, the deploy client and the request templates use as HTTP:
 *   `Accept`, `Authorization`, `Content-Type`, `key`, `value`, `location`, `source`, `target`;
 * - plain JSON or English words that are field names of flowgen's own types (diagnostics, IR,
 *   Pebble, tenant files): `number`, `timeout`, `expression`, `ani` (the caller's number in the
 *   simulator's scenario and the emitter's variable table).
 */
const GENERIC = new Set(['activityName', 'name', 'description', 'id', 'type', 'event', 'eventSpecificationName', 'displayName', 'flowType', 'Accept', 'Authorization', 'Content-Type', 'key', 'value', 'location', 'source', 'target', 'number', 'timeout', 'expression', 'ani']);

const src = join(repoRoot, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** String literals of a TypeScript source (quoted or backquoted without holes) that are in `keys`. */
function literalsNamed(path: string, text: string, keys: ReadonlySet<string>): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && keys.has(node.text)) {
      found.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} '${node.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe.skipIf(!hasShared)('Webex property keys outside src/activities/', () => {
  const samples = optionSamples();
  const emitted = new Map<string, Set<string>>();
  for (const [kind, list] of samples) {
    const definition = activityDefinition(kind)!;
    const keys = new Set<string>();
    for (const { options, exported } of list) keysIn(definition.toWebex(options, exported), keys);
    emitted.set(kind, keys);
  }
  const vocabulary = new Set<string>();
  for (const kind of activityKinds) optionNames(kind.options, vocabulary);
  const webexKeys = new Set([...emitted.values()].flatMap((keys) => [...keys]).filter((key) => !GENERIC.has(key) && !vocabulary.has(key)));
  // The exported `activityName`s too (`ivr-menu`, `http-request-v2`), except those that are also a
  // flowgen kind's name (`play-music`) or a value its options take (the start's `NewPhoneContact`
  // event), which are flowgen's vocabulary.
  const flowgenWords = new Set<string>(activityKinds.map((k) => k.kind));
  for (const kind of activityKinds) optionValues(kind.options, flowgenWords);
  for (const kind of activityKinds) for (const name of kind.importNames) if (!flowgenWords.has(name)) webexKeys.add(name);

  it('every kind but raw is sampled: it is in a corpus export or has made options', () => {
    const kinds = activityKinds.map((k) => k.kind).filter((k) => k !== 'raw');
    expect(kinds.filter((kind) => !samples.has(kind))).toStrictEqual([]);
  });

  it('the guard has the keys it is known to need (it derives them, it does not list them)', () => {
    for (const key of ['promptsTts', 'menuLinks', 'httpRequestPath', 'queueRadioGroup', 'screenPopUrl', 'srcVariable', 'audioRadioGroup', 'outputVariableArray', 'httpRequestHeaders', 'entryTimeout', 'retryAttempts', 'ivr-menu', 'ivr-collectdigits']) expect(webexKeys, key).toContain(key);
    expect(webexKeys.size).toBeGreaterThan(200);
  });

  it('no file outside src/activities/ names one as a string literal', () => {
    const leaks = files(src)
      .filter((file) => !relative(src, file).startsWith('activities/'))
      .flatMap((file) => literalsNamed(relative(repoRoot, file), readFileSync(file, 'utf8'), webexKeys));
    expect(leaks).toStrictEqual([]);
  });

  it('finds a key named in a made source (the check itself can fail)', () => {
    const text = "const p: Record<string, unknown> = {};\nexport const x = p['menuLinks'] ?? p[`promptsTts`];\nexport const y = { 'queueRadioGroup': 1, name: 'menuLinks is fine in prose' };\n";
    expect(literalsNamed('made.ts', text, webexKeys)).toStrictEqual(["made.ts:2 'menuLinks'", "made.ts:2 'promptsTts'", "made.ts:3 'queueRadioGroup'"]);
  });
});
