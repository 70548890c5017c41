/**
 * Structural and type mutations of a JSON value (a Flow Designer export, or parsed YAML), as
 * concrete, replayable edits: every mutation is drawn once with the case's random source and then
 * recorded as a `JsonEdit` (set a path to a value, delete a path, rename a key), so the minimiser
 * can replay any subset of a case's edits without drawing again.
 */
import type { Random } from './random.js';

export type JsonPath = readonly (string | number)[];
export type JsonEdit =
  | { op: 'set'; path: JsonPath; value: unknown }
  | { op: 'delete'; path: JsonPath }
  | { op: 'rename'; path: JsonPath; to: string };

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every path inside `value` (not the root), depth first. */
export function pathsOf(value: unknown, prefix: (string | number)[] = [], into: JsonPath[] = []): JsonPath[] {
  if (Array.isArray(value)) value.forEach((v, i) => (into.push([...prefix, i]), pathsOf(v, [...prefix, i], into)));
  else if (isContainer(value)) for (const [k, v] of Object.entries(value)) into.push([...prefix, k]), pathsOf(v, [...prefix, k], into);
  return into;
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  let at: unknown = root;
  for (const step of path) {
    if (!isContainer(at) || !Object.hasOwn(at, step)) return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at;
}

/** Applies one edit in place; an edit whose place no longer exists is skipped. */
export function applyEdit(root: unknown, edit: JsonEdit): void {
  const parent = valueAt(root, edit.path.slice(0, -1));
  const key = edit.path[edit.path.length - 1]!;
  if (!isContainer(parent) || !Object.hasOwn(parent, key)) return;
  if (edit.op === 'set') {
    // defineProperty: a "__proto__" key stays an ordinary key, as JSON.parse makes it.
    Object.defineProperty(parent, key, { value: structuredClone(edit.value), writable: true, enumerable: true, configurable: true });
  } else if (edit.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key as string];
  } else if (!Array.isArray(parent)) {
    const entries = Object.entries(parent);
    for (const k of Object.keys(parent)) delete parent[k];
    for (const [k, v] of entries) Object.defineProperty(parent, k === key ? edit.to : k, { value: v, writable: true, enumerable: true, configurable: true });
  }
}

const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', 'name', 'id', 'properties', 'activities', 'links', 'ports', 'type', 'value', '0', 'undefined'];
const ODD_STRINGS = ['', ' ', '{{', '}}', '{{ unclosed', '{{[broken}}', '{% if %}', '$.', '$..[', 'null', 'true', 'True', 'yes', '0', '-1', '1e999', 'NaN', '\u0000', '\ud800', '😀', 'a'.repeat(300), '<script>', '../../etc/passwd', 'C:\\x', '${params.x}', '[[x]]', '__proto__'];

/** A value of some JSON type, drawn with a bias towards the shapes that break readers. */
function junk(random: Random, donor: unknown): unknown {
  switch (random.below(12)) {
    case 0: return null;
    case 1: return random.pick([0, -1, 1.5, 2 ** 53 + 1, 1e308, -0, 99999]);
    case 2: return random.pick(ODD_STRINGS);
    case 3: return random.chance(0.5);
    case 4: return [];
    case 5: return {};
    case 6: return JSON.parse('{"__proto__": {"polluted": true}, "toString": 1}');
    case 7: return [random.pick(ODD_STRINGS), null, {}];
    case 8: return { [random.pick(ODD_KEYS)]: random.pick(ODD_STRINGS) };
    case 9: return nested(random.below(40) + 2);
    default: {
      // A subtree grafted from elsewhere in the same document.
      const paths = pathsOf(donor);
      return paths.length ? structuredClone(valueAt(donor, random.pick(paths)) ?? null) : null;
    }
  }
}

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { x: value };
  return value;
}

/** A type-flipped or broken version of a scalar (a string cut, a number as a string, …). */
function broken(random: Random, value: unknown): unknown {
  if (typeof value === 'string') {
    switch (random.below(6)) {
      case 0: return value.slice(0, random.below(value.length + 1));
      case 1: return `${value}${random.pick(ODD_STRINGS)}`;
      case 2: return Number.isNaN(Number(value)) ? value.toUpperCase() : Number(value);
      case 3: return value === 'true' || value === 'false' ? value === 'true' : value.split('').reverse().join('');
      case 4: return `{{${value}}}`;
      default: return value.repeat(random.below(5) + 2);
    }
  }
  if (typeof value === 'number') return random.pick([String(value), -value, value + 0.5, null, `${value}px`]);
  if (typeof value === 'boolean') return random.pick([String(value), value ? 'True' : 'False', value ? 1 : 0, !value]);
  if (value === null) return random.pick(['', 'null', 0, {}, []]);
  return Array.isArray(value) ? random.pick([{ ...value }, value[0] ?? null, [value]]) : random.pick([Object.values(value as object), [value], Object.keys(value as object)]);
}

/** Draws one edit of `document` (which it does not change). */
export function drawEdit(random: Random, document: unknown): JsonEdit | undefined {
  const paths = pathsOf(document);
  if (paths.length === 0) return undefined;
  const path = random.pick(paths);
  const current = valueAt(document, path);
  switch (random.below(8)) {
    case 0:
    case 1: return { op: 'delete', path };
    case 2:
    case 3: return { op: 'set', path, value: broken(random, current) };
    case 4: return typeof path[path.length - 1] === 'string' ? { op: 'rename', path, to: random.pick(ODD_KEYS) } : { op: 'delete', path };
    case 5: return isContainer(current) && !Array.isArray(current) ? { op: 'set', path, value: { ...current, [random.pick(ODD_KEYS)]: junk(random, document) } } : { op: 'set', path, value: junk(random, document) };
    default: return { op: 'set', path, value: junk(random, document) };
  }
}

/** Draws and applies `count` edits to a copy of `document`; returns the copy and the edits. */
export function mutateJson(random: Random, document: unknown, count: number): { value: unknown; edits: JsonEdit[] } {
  const value = structuredClone(document);
  const edits: JsonEdit[] = [];
  for (let i = 0; i < count; i++) {
    const edit = drawEdit(random, value);
    if (!edit) break;
    applyEdit(value, edit);
    edits.push(edit);
  }
  return { value, edits };
}

export function replayJson(document: unknown, edits: readonly JsonEdit[]): unknown {
  const value = structuredClone(document);
  for (const edit of edits) applyEdit(value, edit);
  return value;
}
