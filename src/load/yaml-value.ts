/**
 * A parsed YAML document as plain data, within `INPUT_LIMITS`: at most `aliases` expanded aliases
 * (the `yaml` library's `maxAliasCount`, which stops a "billion laughs" document before it
 * expands) and `depth` levels of nesting. Over a limit, the answer says where (the first alias, or
 * the path that goes too deep) so the loader can report it at the file's line and column.
 */
import { visit, type Document } from '../util/yaml.js';
import { INPUT_LIMITS, tooDeepAt } from '../util/input-limits.js';

/** A parser that gives up (deep nesting) repeats one error at one place: each once, at most 100. */
export function distinctYamlErrors<E extends { code: string; pos: [number, number] }>(errors: readonly E[]): E[] {
  const seen = new Set<string>();
  const key = (e: E) => (e.code === 'RESOURCE_EXHAUSTION' ? e.code : `${e.code}@${e.pos[0]}`);
  return errors.filter((e) => !seen.has(key(e)) && Boolean(seen.add(key(e)))).slice(0, 100);
}

export type YamlValue = { value: unknown } | { aliasesAt: number; message: string } | { deepAt: (string | number)[]; message: string };

export function yamlValue(document: Document): YamlValue {
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: INPUT_LIMITS.aliases });
  } catch {
    let aliasesAt = 0;
    visit(document, {
      Alias(_, node) {
        aliasesAt = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return { aliasesAt, message: `its aliases expand to more than ${INPUT_LIMITS.aliases} copies` };
  }
  const deepAt = tooDeepAt(value);
  return deepAt ? { deepAt, message: `it nests more than ${INPUT_LIMITS.depth} levels deep` } : { value };
}
