/**
 * A small scanner for the `{{ … }}` structure of Pebble templates, as Flow Designer evaluates them
 * (docs/webex-flow-format.md §9, docs/webex-activities-and-api.md §2.1). It is not a parser: it
 * finds each expression, tokenises it, checks that delimiters, brackets and quotes balance and that
 * no operator dangles, and reports the references (`ticketID`, `LookupUser.httpStatusCode`), filter
 * names and their offsets for the rules to judge. `{% … %}` tags and `{# … #}` comments are only
 * checked for their closing delimiter. Text outside delimiters is literal (a JSON body's `}}}` is
 * fine, as in Pebble). Total: never throws, linear in the text's length.
 */

export interface ScanProblem {
  /** Offset in the scanned text. */
  offset: number;
  kind: 'unclosed-expression' | 'empty-expression' | 'unbalanced' | 'unterminated-string' | 'unexpected' | 'dangling-operator';
  /** What is wrong, in a few words, for a message ("\"[\" is never closed"). */
  detail: string;
}

export interface ScannedReference {
  /** The root name and its `.member` chain, e.g. `NewPhoneContact.ANI`. */
  path: string;
  offset: number;
}

export interface ScannedFilter {
  name: string;
  offset: number;
}

export interface ScanResult {
  /** Number of `{{ … }}` expressions found. */
  expressions: number;
  problems: ScanProblem[];
  references: ScannedReference[];
  filters: ScannedFilter[];
}

/** Word operators and literals: never references. */
const KEYWORDS = new Set(['and', 'or', 'not', 'is', 'in', 'contains', 'equals', 'true', 'false', 'null', 'none', 'True', 'False', 'TRUE', 'FALSE']);
const BINARY = new Set(['==', '!=', '<', '>', '<=', '>=', '+', '*', '/', '%', '~', '?', ':', '|', '.', '..', ',', '=', 'and', 'or', 'is', 'in', 'contains', 'equals']);
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const OPERATORS = ['..', '==', '!=', '<=', '>=', '?:', '<', '>', '+', '-', '*', '/', '%', '~', '?', ':', '|', '.', ',', '=', '!'];

const isIdStart = (c: string): boolean => /[A-Za-z_$]/.test(c);
const isIdPart = (c: string): boolean => /[A-Za-z0-9_$]/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

export type TokenKind = 'id' | 'num' | 'str' | 'op' | 'open' | 'close';
export interface Token {
  kind: TokenKind;
  text: string;
  offset: number;
}

/** The tokens of one `{{ … }}` and where it ends, or the first structural problem found. */
export interface TokenizedExpression {
  tokens: Token[];
  /** Offset just after the closing `}}`; -1 when the expression never closes. */
  end: number;
  /** Where scanning of the text resumes after a problem (-1: stop). */
  resume: number;
  problem?: ScanProblem;
}

/**
 * Tokenises the expression that starts at `start` (just after `{{`): the one tokenizer that both
 * the scanner (validation) and the evaluator (src/simulate/pebble) read Pebble with.
 */
export function tokenizeExpression(text: string, start: number): TokenizedExpression {
  const tokens: Token[] = [];
  const stack: Token[] = [];
  let i = start;
  let end = -1;
  const fail = (problem: ScanProblem, resume: number): TokenizedExpression => ({ tokens, end: -1, resume, problem });
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '}' && stack.at(-1)?.text !== '{' && text[i + 1] === '}') {
      end = i + 2;
      break;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return fail({ offset: i, kind: 'unterminated-string', detail: `the string starting with ${c} is never closed` }, -1);
      tokens.push({ kind: 'str', text: text.slice(i, j + 1), offset: i });
      i = j + 1;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < text.length && (isDigit(text[j]!) || (text[j] === '.' && isDigit(text[j + 1] ?? '')))) j++;
      tokens.push({ kind: 'num', text: text.slice(i, j), offset: i });
      i = j;
      continue;
    }
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdPart(text[j]!)) j++;
      tokens.push({ kind: 'id', text: text.slice(i, j), offset: i });
      i = j;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      const token: Token = { kind: 'open', text: c, offset: i };
      tokens.push(token);
      stack.push(token);
      i++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      const open = stack.pop();
      if (open?.text !== PAIRS[c]) {
        return fail(
          open
            ? { offset: open.offset, kind: 'unbalanced', detail: `"${open.text}" is closed by "${c}"` }
            : { offset: i, kind: 'unbalanced', detail: `"${c}" has no opening "${PAIRS[c]}"` },
          skipToClose(text, i),
        );
      }
      tokens.push({ kind: 'close', text: c, offset: i });
      i++;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) return fail({ offset: i, kind: 'unexpected', detail: `the character ${JSON.stringify(c)} is not allowed here` }, skipToClose(text, i));
    tokens.push({ kind: 'op', text: op, offset: i });
    i += op.length;
  }
  if (end === -1) return fail({ offset: start - 2, kind: 'unclosed-expression', detail: '"{{" has no closing "}}"' }, -1);
  const open = stack.at(-1);
  if (open) return { tokens, end, resume: end, problem: { offset: open.offset, kind: 'unbalanced', detail: `"${open.text}" is never closed` } };
  return { tokens, end, resume: end };
}

/** Scans `text` from `start` (just after `{{`); returns where the expression ends (after `}}`) or -1. */
function scanExpression(text: string, start: number, result: ScanResult): number {
  const scanned = tokenizeExpression(text, start);
  if (scanned.end !== -1) result.expressions++;
  if (scanned.problem) {
    result.problems.push(scanned.problem);
    return scanned.resume;
  }
  if (scanned.tokens.length === 0) {
    result.problems.push({ offset: start - 2, kind: 'empty-expression', detail: 'the expression is empty' });
    return scanned.end;
  }
  analyse(scanned.tokens, result);
  return scanned.end;
}

/** After a structural error, resume after the next `}}` so one mistake is reported once. */
function skipToClose(text: string, from: number): number {
  const close = text.indexOf('}}', from);
  return close === -1 ? -1 : close + 2;
}

/** Dangling operators, references and filter names of one well-bracketed expression. */
function analyse(tokens: Token[], result: ScanResult): void {
  const isOperator = (t: Token | undefined): boolean => t !== undefined && ((t.kind === 'op' && t.text !== '-' && t.text !== '!') || (t.kind === 'id' && BINARY.has(t.text)));
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  if (isOperator(first) && first.text !== 'not') {
    result.problems.push({ offset: first.offset, kind: 'dangling-operator', detail: `the expression starts with "${first.text}"` });
    return;
  }
  if (isOperator(last) || (last.kind === 'op' && (last.text === '-' || last.text === '!')) || last.text === 'not') {
    result.problems.push({ offset: last.offset, kind: 'dangling-operator', detail: `the expression ends with "${last.text}"` });
    return;
  }
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    if (token.kind === 'op' && BINARY.has(token.text) && token.text !== '.' && isOperator(next) && next!.text !== 'not') {
      result.problems.push({ offset: next!.offset, kind: 'dangling-operator', detail: `"${token.text}" is followed by "${next!.text}"` });
      return;
    }
    if (token.kind === 'op' && token.text === '|' && next?.kind !== 'id') {
      result.problems.push({ offset: token.offset, kind: 'dangling-operator', detail: '"|" is not followed by a filter name' });
      return;
    }
    if (token.kind === 'op' && token.text === '.' && next?.kind !== 'id' && next?.kind !== 'num') {
      result.problems.push({ offset: token.offset, kind: 'dangling-operator', detail: '"." is not followed by a name' });
      return;
    }
    if (token.kind !== 'id') continue;
    if (previous?.kind === 'op' && previous.text === '|') {
      result.filters.push({ name: token.text, offset: token.offset });
      continue;
    }
    if (previous?.kind === 'op' && previous.text === '.') continue;
    if (previous?.text === 'is' || (previous?.text === 'not' && tokens[k - 2]?.text === 'is')) continue; // a test: `is even`
    if (KEYWORDS.has(token.text)) continue;
    if (next?.kind === 'open' && next.text === '(') continue; // a function: now()
    if (next?.kind === 'op' && next.text === '=') continue; // a named argument: epoch(format=…)
    let path = token.text;
    for (let m = k + 1; tokens[m]?.text === '.' && tokens[m + 1]?.kind === 'id'; m += 2) path += `.${tokens[m + 1]!.text}`;
    result.references.push({ path, offset: token.offset });
  }
}

/** Scans a whole template text. */
export function scanTemplate(text: string): ScanResult {
  const result: ScanResult = { expressions: 0, problems: [], references: [], filters: [] };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1 || open === text.length - 1) break;
    const kind = text[open + 1];
    if (kind === '{') {
      const next = scanExpression(text, open + 2, result);
      if (next === -1) break;
      i = next;
    } else if (kind === '%' || kind === '#') {
      const closer = kind === '%' ? '%}' : '#}';
      const close = text.indexOf(closer, open + 2);
      if (close === -1) {
        result.problems.push({ offset: open, kind: 'unclosed-expression', detail: `"{${kind}" has no closing "${closer}"` });
        break;
      }
      i = close + 2;
    } else {
      i = open + 1;
    }
  }
  return result;
}

/** Whether the text holds any Pebble delimiter worth scanning. */
export function mayHoldPebble(text: string): boolean {
  return text.includes('{{') || text.includes('{%') || text.includes('{#');
}
