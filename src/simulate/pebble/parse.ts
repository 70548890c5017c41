/**
 * A parser for Pebble expressions (the inside of `{{ … }}`), over the tokens of the one Pebble
 * tokenizer (src/validate/pebble-scanner.ts). Precedences are Pebble's CoreExtension's: `or` 10,
 * `and` 15, `is`/`is not`/`contains` 20, comparisons and `equals` 30, `+ -` 40, `* / %` 60,
 * `|` (filter) 100, `~` 110, `..` 120; unary `not` 5, `-`/`+` 500; the ternary `a ? b : c` and
 * `a ?: b` below all of them. Pebble reference: PebbleTemplates/pebble docs (operators, tests,
 * filters, functions), as cited in docs/webex-activities-and-api.md §2.1.
 */
import { tokenizeExpression, type Token } from '../../validate/pebble-scanner.js';

export type Literal = string | number | boolean | null;

export interface Argument {
  name?: string;
  value: Expression;
}

export type Expression =
  | { type: 'literal'; value: Literal }
  | { type: 'name'; name: string }
  | { type: 'member'; object: Expression; property: string }
  | { type: 'index'; object: Expression; index: Expression }
  | { type: 'call'; callee: string; args: Argument[] }
  | { type: 'method'; object: Expression; method: string; args: Argument[] }
  | { type: 'filter'; input: Expression; filter: string; args: Argument[] }
  | { type: 'test'; input: Expression; test: string; negated: boolean; args: Argument[] }
  | { type: 'unary'; operator: 'not' | '-' | '+'; operand: Expression }
  | { type: 'binary'; operator: string; left: Expression; right: Expression }
  | { type: 'conditional'; test: Expression; then: Expression; otherwise: Expression }
  | { type: 'list'; items: Expression[] }
  | { type: 'map'; entries: [Expression, Expression][] };

/** A Pebble text that cannot be parsed or evaluated; `offset` is in the template text. */
export class PebbleError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const BINARY: Record<string, number> = {
  or: 10,
  and: 15,
  contains: 20,
  '==': 30,
  '!=': 30,
  equals: 30,
  '<': 30,
  '>': 30,
  '<=': 30,
  '>=': 30,
  '+': 40,
  '-': 40,
  '*': 60,
  '/': 60,
  '%': 60,
  '~': 110,
  '..': 120,
};
const TEST_PRECEDENCE = 20;
const FILTER_PRECEDENCE = 100;
const LITERALS: Record<string, Literal> = { true: true, false: false, TRUE: true, FALSE: false, True: true, False: false, null: null, none: null };

/** The unescaped text of a string token (`'it\'s'`). */
function unquote(token: Token): string {
  const body = token.text.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[], private readonly endOffset: number) {}

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }
  private next(): Token {
    const token = this.tokens[this.position++];
    if (!token) throw new PebbleError('the expression ends too early', this.endOffset);
    return token;
  }
  private is(text: string): boolean {
    const token = this.peek();
    return token !== undefined && token.kind !== 'str' && token.text === text;
  }
  private expect(text: string): void {
    const token = this.next();
    if (token.text !== text || token.kind === 'str') throw new PebbleError(`expected "${text}", found "${token.text}"`, token.offset);
  }

  parseAll(): Expression {
    const expression = this.parseExpression();
    const extra = this.peek();
    if (extra) throw new PebbleError(`unexpected "${extra.text}"`, extra.offset);
    return expression;
  }

  parseExpression(): Expression {
    const test = this.parseBinary(0);
    if (this.is('?:')) {
      this.next();
      return { type: 'binary', operator: '?:', left: test, right: this.parseExpression() };
    }
    if (!this.is('?')) return test;
    this.next();
    const then = this.parseExpression();
    this.expect(':');
    return { type: 'conditional', test, then, otherwise: this.parseExpression() };
  }

  private parseBinary(minimum: number): Expression {
    let left = this.parseUnary();
    for (;;) {
      const token = this.peek();
      if (!token || token.kind === 'str' || token.kind === 'num') return left;
      if (token.text === '|' && FILTER_PRECEDENCE >= minimum) {
        this.next();
        left = this.parseFilter(left);
        continue;
      }
      if (token.text === 'is' && token.kind === 'id' && TEST_PRECEDENCE >= minimum) {
        this.next();
        left = this.parseTest(left);
        continue;
      }
      const precedence = BINARY[token.text];
      if (precedence === undefined || precedence < minimum || (token.kind === 'id' && !['or', 'and', 'contains', 'equals'].includes(token.text))) return left;
      this.next();
      // Left-associative: the right side binds tighter than this operator.
      left = { type: 'binary', operator: token.text === 'equals' ? '==' : token.text, left, right: this.parseBinary(precedence + 1) };
    }
  }

  private parseUnary(): Expression {
    const token = this.peek();
    if (token?.kind === 'id' && token.text === 'not') {
      this.next();
      return { type: 'unary', operator: 'not', operand: this.parseBinary(5) };
    }
    if (token?.kind === 'op' && (token.text === '-' || token.text === '+')) {
      this.next();
      return { type: 'unary', operator: token.text, operand: this.parsePostfix(this.parsePrimary()) };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parseFilter(input: Expression): Expression {
    const name = this.next();
    if (name.kind !== 'id') throw new PebbleError(`"|" must be followed by a filter name, found "${name.text}"`, name.offset);
    return { type: 'filter', input, filter: name.text, args: this.is('(') ? this.parseArguments() : [] };
  }

  private parseTest(input: Expression): Expression {
    let negated = false;
    if (this.is('not')) {
      this.next();
      negated = true;
    }
    const name = this.next();
    if (name.kind !== 'id') throw new PebbleError(`"is" must be followed by a test name, found "${name.text}"`, name.offset);
    return { type: 'test', input, test: name.text, negated, args: this.is('(') ? this.parseArguments() : [] };
  }

  private parseArguments(): Argument[] {
    this.expect('(');
    const args: Argument[] = [];
    while (!this.is(')')) {
      const token = this.peek();
      const named = token?.kind === 'id' && this.tokens[this.position + 1]?.text === '=' && this.tokens[this.position + 1]?.kind === 'op';
      if (named) {
        this.next();
        this.next();
        args.push({ name: token.text, value: this.parseExpression() });
      } else args.push({ value: this.parseExpression() });
      if (!this.is(')')) this.expect(',');
    }
    this.expect(')');
    return args;
  }

  private parsePrimary(): Expression {
    const token = this.next();
    if (token.kind === 'num') return { type: 'literal', value: Number(token.text) };
    if (token.kind === 'str') return { type: 'literal', value: unquote(token) };
    if (token.kind === 'id') {
      if (token.text in LITERALS) return { type: 'literal', value: LITERALS[token.text]! };
      if (this.is('(')) return { type: 'call', callee: token.text, args: this.parseArguments() };
      return { type: 'name', name: token.text };
    }
    if (token.text === '(') {
      const inner = this.parseExpression();
      this.expect(')');
      return inner;
    }
    if (token.text === '[') {
      const items: Expression[] = [];
      while (!this.is(']')) {
        items.push(this.parseExpression());
        if (!this.is(']')) this.expect(',');
      }
      this.expect(']');
      return { type: 'list', items };
    }
    if (token.text === '{') {
      const entries: [Expression, Expression][] = [];
      while (!this.is('}')) {
        const key = this.parseExpression();
        this.expect(':');
        entries.push([key, this.parseExpression()]);
        if (!this.is('}')) this.expect(',');
      }
      this.expect('}');
      return { type: 'map', entries };
    }
    throw new PebbleError(`unexpected "${token.text}"`, token.offset);
  }

  private parsePostfix(base: Expression): Expression {
    let expression = base;
    for (;;) {
      if (this.is('.')) {
        this.next();
        const name = this.next();
        if (name.kind !== 'id' && name.kind !== 'num') throw new PebbleError(`"." must be followed by a name, found "${name.text}"`, name.offset);
        if (name.kind === 'id' && this.is('(')) expression = { type: 'method', object: expression, method: name.text, args: this.parseArguments() };
        else expression = { type: 'member', object: expression, property: name.text };
      } else if (this.is('[')) {
        this.next();
        const index = this.parseExpression();
        this.expect(']');
        expression = { type: 'index', object: expression, index };
      } else return expression;
    }
  }
}

/** A template: literal text and the expressions of its `{{ … }}` holes, in order. */
export type TemplatePiece = { text: string } | { expression: Expression; offset: number };

/**
 * Parses a whole template. `{# … #}` comments are dropped; a `{% … %}` tag (which no corpus
 * export and no Cisco document uses) is refused rather than guessed at.
 */
export function parseTemplate(text: string): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1 || open === text.length - 1) break;
    const kind = text[open + 1];
    if (kind !== '{' && kind !== '%' && kind !== '#') {
      literal += text.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    literal += text.slice(i, open);
    if (kind === '#') {
      const close = text.indexOf('#}', open + 2);
      if (close === -1) throw new PebbleError('"{#" has no closing "#}"', open);
      i = close + 2;
      continue;
    }
    if (kind === '%') throw new PebbleError('"{% … %}" tags are not simulated (no Webex document or corpus flow uses them)', open);
    const scanned = tokenizeExpression(text, open + 2);
    if (scanned.problem) throw new PebbleError(scanned.problem.detail, scanned.problem.offset);
    if (scanned.tokens.length === 0) throw new PebbleError('the expression is empty', open);
    if (literal) pieces.push({ text: literal });
    literal = '';
    pieces.push({ expression: new Parser(scanned.tokens, scanned.end - 2).parseAll(), offset: open });
    i = scanned.end;
  }
  literal += text.slice(i);
  if (literal) pieces.push({ text: literal });
  return pieces;
}
