/**
 * Evaluates Pebble templates as Webex Contact Center does, for the simulator.
 *
 * Semantics follow Pebble (PebbleTemplates/pebble, the engine Flow Designer uses, docs/webex-flow-
 * format.md §9) with `strictVariables` off, plus Cisco's custom `epoch` filter
 * (docs/webex-activities-and-api.md §2.1):
 * - an undeclared or unset name, and a member of null, are null, and null renders as "" (so
 *   ZD24's `{{ticketId }}` against the variable `ticketID` says nothing: docs/webex-flow-format.md §9);
 * - `+` concatenates when either side is a string (Pebble's OperatorUtils.add, Cisco's "string
 *   concatenation {{var1 + var2}}"), else adds numbers; `- * / %` and `< > <= >=` need numbers
 *   (integer division for two integers, as Java's long arithmetic); `==` compares numbers by value
 *   and everything else strictly (`"200" == 200` is false);
 * - `and`, `or`, `not` and the ternary take booleans (the strings "true"/"false" count; null is false);
 * - `now()` is the scenario clock; a date renders as ISO-8601 (Java's Instant.toString).
 * Anything else (an unknown filter, a number expected) is a `PebbleError`: at run time Webex takes
 * the activity's error path, and so does the simulator.
 */
import { applyFilter, callFunction, type FilterContext } from './filters.js';
import { parseTemplate, PebbleError, type Argument, type Expression, type TemplatePiece } from './parse.js';
import { describe, isRecord, stringify, type PebbleValue } from './values.js';

export { describe, isRecord, stringify, type PebbleValue };

export interface PebbleEnvironment {
  /** The value of a root name (a variable, an activity or event namespace), or undefined. */
  lookup(name: string): PebbleValue | undefined;
  /** What `now()` returns. */
  now: Date;
}

const cache = new Map<string, TemplatePiece[]>();

function parsed(text: string): TemplatePiece[] {
  let pieces = cache.get(text);
  if (!pieces) {
    pieces = parseTemplate(text);
    if (cache.size > 5000) cache.clear();
    cache.set(text, pieces);
  }
  return pieces;
}

/** Renders a whole template to text. Throws PebbleError. */
export function renderPebble(text: string, env: PebbleEnvironment): string {
  let out = '';
  for (const piece of parsed(text)) out += 'text' in piece ? piece.text : stringify(evaluateAt(piece.expression, env, piece.offset));
  return out;
}

/**
 * The value of a template: its only expression's value when the text is exactly one `{{ … }}`
 * (surrounding blanks allowed), else the rendered text.
 */
export function evaluatePebble(text: string, env: PebbleEnvironment): PebbleValue {
  const pieces = parsed(text);
  const holes = pieces.filter((p) => 'expression' in p);
  if (holes.length === 1 && pieces.every((p) => 'expression' in p || p.text.trim() === '')) {
    const only = holes[0] as { expression: Expression; offset: number };
    return evaluateAt(only.expression, env, only.offset);
  }
  return renderPebble(text, env);
}

/** Parses without evaluating (for tests over the corpus). Throws PebbleError. */
export function checkPebble(text: string): void {
  parsed(text);
}

function evaluateAt(expression: Expression, env: PebbleEnvironment, offset: number): PebbleValue {
  try {
    return evaluate(expression, env);
  } catch (error) {
    if (error instanceof PebbleError && error.offset < 0) throw new PebbleError(error.message, offset);
    throw error;
  }
}

const fail = (message: string): never => {
  throw new PebbleError(message, -1);
};

export function truthy(value: PebbleValue, what: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === null) return false;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return fail(`${what} needs true or false, not ${describe(value)}`);
}

function numberOf(value: PebbleValue, operator: string): number {
  if (typeof value === 'number') return value;
  return fail(`"${operator}" needs numbers, not ${describe(value)}`);
}

export function equal(a: PebbleValue, b: PebbleValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return stringify(a) === stringify(b);
  return a === b;
}

function arithmetic(operator: string, a: PebbleValue, b: PebbleValue): PebbleValue {
  if (operator === '+' && (typeof a === 'string' || typeof b === 'string')) {
    // Java's String.valueOf: null is "null" here (unlike `~`, which skips it).
    return (a === null ? 'null' : stringify(a)) + (b === null ? 'null' : stringify(b));
  }
  if (operator === '+' && Array.isArray(a)) return [...a, ...(Array.isArray(b) ? b : [b])];
  const x = numberOf(a, operator);
  const y = numberOf(b, operator);
  const integers = Number.isInteger(x) && Number.isInteger(y);
  switch (operator) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) return fail('division by zero');
      return integers ? Math.trunc(x / y) : x / y;
    default:
      if (y === 0) return fail('division by zero');
      return x % y;
  }
}

function compare(operator: string, a: PebbleValue, b: PebbleValue): boolean {
  const x = a instanceof Date ? a.getTime() : numberOf(a, operator);
  const y = b instanceof Date ? b.getTime() : numberOf(b, operator);
  return operator === '<' ? x < y : operator === '>' ? x > y : operator === '<=' ? x <= y : x >= y;
}

function contains(container: PebbleValue, item: PebbleValue): boolean {
  if (typeof container === 'string') return item !== null && container.includes(stringify(item));
  if (Array.isArray(container)) return container.some((c) => equal(c, item));
  if (isRecord(container)) return typeof item === 'string' && Object.hasOwn(container, item);
  return false;
}

function binary(expression: Extract<Expression, { type: 'binary' }>, env: PebbleEnvironment): PebbleValue {
  const { operator } = expression;
  if (operator === 'and') return truthy(evaluate(expression.left, env), '"and"') && truthy(evaluate(expression.right, env), '"and"');
  if (operator === 'or') return truthy(evaluate(expression.left, env), '"or"') || truthy(evaluate(expression.right, env), '"or"');
  const left = evaluate(expression.left, env);
  if (operator === '?:') return left === null || left === '' ? evaluate(expression.right, env) : left;
  const right = evaluate(expression.right, env);
  switch (operator) {
    case '==':
      return equal(left, right);
    case '!=':
      return !equal(left, right);
    case '<':
    case '>':
    case '<=':
    case '>=':
      return compare(operator, left, right);
    case '~':
      return (left === null ? '' : stringify(left)) + (right === null ? '' : stringify(right));
    case 'contains':
      return contains(left, right);
    case '..': {
      const from = numberOf(left, '..');
      const to = numberOf(right, '..');
      const out: number[] = [];
      for (let n = from; n <= to && out.length < 10000; n++) out.push(n);
      return out;
    }
    default:
      return arithmetic(operator, left, right);
  }
}

function member(object: PebbleValue, property: string): PebbleValue {
  if (object === null) return null;
  if (isRecord(object)) return Object.hasOwn(object, property) ? object[property]! : null;
  if (Array.isArray(object)) {
    if (property === 'length' || property === 'size') return object.length;
    const index = Number(property);
    return Number.isInteger(index) ? (object[index] ?? null) : null;
  }
  // Pebble reads a bean property through its getter: a Java String answers `length` (and `empty`).
  if (typeof object === 'string') return property === 'length' ? object.length : property === 'empty' ? object.length === 0 : null;
  return null;
}

/** Java String methods flows call on text (`name.toUpperCase()`). */
function method(object: PebbleValue, name: string, args: PebbleValue[]): PebbleValue {
  if (typeof object !== 'string') return fail(`"${name}()" is called on ${describe(object)}`);
  const text = (i: number): string => stringify(args[i] ?? null);
  switch (name) {
    case 'length':
      return object.length;
    case 'toUpperCase':
      return object.toUpperCase();
    case 'toLowerCase':
      return object.toLowerCase();
    case 'trim':
      return object.trim();
    case 'isEmpty':
      return object.length === 0;
    case 'contains':
      return object.includes(text(0));
    case 'startsWith':
      return object.startsWith(text(0));
    case 'endsWith':
      return object.endsWith(text(0));
    case 'equals':
      return object === text(0);
    case 'equalsIgnoreCase':
      return object.toLowerCase() === text(0).toLowerCase();
    case 'substring':
      return object.substring(Number(args[0] ?? 0), args[1] === undefined ? undefined : Number(args[1]));
    case 'indexOf':
      return object.indexOf(text(0));
    case 'replace':
      return object.split(text(0)).join(text(1));
    case 'split':
      return object.split(new RegExp(text(0)));
    default:
      return fail(`the method "${name}()" is not simulated`);
  }
}

function evaluateArguments(args: Argument[], env: PebbleEnvironment): { positional: PebbleValue[]; named: Record<string, PebbleValue> } {
  const positional: PebbleValue[] = [];
  const named: Record<string, PebbleValue> = Object.create(null) as Record<string, PebbleValue>;
  for (const arg of args) {
    const value = evaluate(arg.value, env);
    if (arg.name === undefined) positional.push(value);
    else named[arg.name] = value;
  }
  return { positional, named };
}

function runTest(name: string, value: PebbleValue, args: PebbleValue[]): boolean {
  switch (name) {
    case 'null':
      return value === null;
    case 'defined':
      return value !== null;
    case 'empty':
      return value === null || value === '' || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
    case 'even':
      return numberOf(value, 'is even') % 2 === 0;
    case 'odd':
      return Math.abs(numberOf(value, 'is odd') % 2) === 1;
    case 'iterable':
      return Array.isArray(value);
    case 'map':
      return isRecord(value);
    case 'sameas':
    case 'equalto':
      return equal(value, args[0] ?? null);
    default:
      return fail(`the test "is ${name}" is not a Pebble test`);
  }
}

export function evaluate(expression: Expression, env: PebbleEnvironment): PebbleValue {
  switch (expression.type) {
    case 'literal':
      return expression.value;
    case 'name':
      return env.lookup(expression.name) ?? null;
    case 'member':
      return member(evaluate(expression.object, env), expression.property);
    case 'index': {
      const object = evaluate(expression.object, env);
      const index = evaluate(expression.index, env);
      return member(object, typeof index === 'number' ? String(index) : stringify(index));
    }
    case 'call': {
      const { positional, named } = evaluateArguments(expression.args, env);
      return callFunction(expression.callee, positional, named, context(env));
    }
    case 'method': {
      const { positional } = evaluateArguments(expression.args, env);
      return method(evaluate(expression.object, env), expression.method, positional);
    }
    case 'filter': {
      const { positional, named } = evaluateArguments(expression.args, env);
      return applyFilter(expression.filter, evaluate(expression.input, env), positional, named, context(env));
    }
    case 'test': {
      const { positional } = evaluateArguments(expression.args, env);
      const result = runTest(expression.test, evaluate(expression.input, env), positional);
      return expression.negated ? !result : result;
    }
    case 'unary': {
      const operand = evaluate(expression.operand, env);
      if (expression.operator === 'not') return !truthy(operand, '"not"');
      const n = numberOf(operand, expression.operator);
      return expression.operator === '-' ? -n : n;
    }
    case 'binary':
      return binary(expression, env);
    case 'conditional':
      return truthy(evaluate(expression.test, env), 'the condition of "? :"') ? evaluate(expression.then, env) : evaluate(expression.otherwise, env);
    case 'list':
      return expression.items.map((item) => evaluate(item, env));
    case 'map': {
      const out: { [key: string]: PebbleValue } = Object.create(null) as { [key: string]: PebbleValue };
      for (const [key, value] of expression.entries) out[stringify(evaluate(key, env))] = evaluate(value, env);
      return out;
    }
  }
}

function context(env: PebbleEnvironment): FilterContext {
  return { now: env.now };
}

export { PebbleError };
