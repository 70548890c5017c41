/**
 * A syntax check for the JSONPath Flow Designer's output mappings use (Jayway syntax, per
 * docs/webex-activities-and-api.md §1.4 Parse; examples `$.users[0].id`, `$.results[0].status`,
 * `$.*`, docs/webex-flow-format.md §7.5). Like Jayway's PathCompiler, a path that does not start
 * with `$` or `@` is read as `$.` + path (MSD23's `value[0].title`), and `.` may precede a bracket
 * (SF22's `$.records.[0].Id`): Cisco's published samples rely on both. Accepts `.name`, `..name`, `.*`,
 * `[n]`, `[n,m]`, `[a:b]`, `['name']`, `["a","b"]`, `[*]`, `[?(…)]`, `[(…)]` and a trailing
 * function call such as `.length()`. Returns the offset and reason of the first error, or
 * undefined. Total and linear; never throws.
 */

export interface JsonPathError {
  offset: number;
  reason: string;
}

const NAME = /^[^.[\]\s()'"$@*,?]+/;

/** Index just after the bracketed filter/script starting at `from` (at its `(`), or -1. */
function skipBalanced(path: string, from: number): number {
  let depth = 0;
  for (let i = from; i < path.length; i++) {
    const c = path[i]!;
    if (c === "'" || c === '"') {
      const close = path.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function bracket(path: string, i: number): number | JsonPathError {
  // `i` is just after `[`.
  const rest = path.slice(i);
  if (rest.startsWith('?(') || rest.startsWith('(')) {
    const end = skipBalanced(path, i + (rest.startsWith('?') ? 1 : 0));
    if (end === -1) return { offset: i, reason: 'the filter expression is not closed' };
    return path[end] === ']' ? end + 1 : { offset: end, reason: 'expected "]"' };
  }
  const simple = /^(\*|-?\d+(\s*,\s*-?\d+)*|-?\d*:-?\d*(:-?\d+)?|'[^']*'(\s*,\s*'[^']*')*|"[^"]*"(\s*,\s*"[^"]*")*)\]/.exec(rest);
  if (!simple) return { offset: i, reason: 'expected an index, a slice, "*", a quoted name or a filter in "[ ]"' };
  return i + simple[0].length;
}

export function checkJsonPath(path: string): JsonPathError | undefined {
  const trimmed = path.trim();
  if (trimmed === '') return { offset: 0, reason: 'it is empty' };
  const rooted = trimmed[0] === '$' || trimmed[0] === '@';
  let i = rooted ? 1 : 0;
  if (!rooted && trimmed[0] !== '[') {
    const name = NAME.exec(trimmed);
    if (!name) return { offset: 0, reason: `unexpected ${JSON.stringify(trimmed[0])}` };
    i = name[0].length;
  }
  while (i < trimmed.length) {
    const c = trimmed[i]!;
    if (c === '[') {
      const next = bracket(trimmed, i + 1);
      if (typeof next !== 'number') return next;
      i = next;
      continue;
    }
    if (c !== '.') return { offset: i, reason: `unexpected ${JSON.stringify(c)}` };
    i += trimmed[i + 1] === '.' ? 2 : 1;
    if (trimmed[i] === '*') {
      i++;
      continue;
    }
    if (trimmed[i] === '[') continue;
    const name = NAME.exec(trimmed.slice(i));
    if (!name) return { offset: i, reason: 'expected a name after "."' };
    i += name[0].length;
    if (trimmed.startsWith('()', i)) {
      i += 2;
      if (i !== trimmed.length) return { offset: i, reason: 'a function such as length() must come last' };
    }
  }
  return undefined;
}
