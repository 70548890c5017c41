/**
 * The formatters are pure functions of fixed diagnostics (house style §8): text (with and without a
 * code frame, capped per file), json and github; plus `sortDiagnostics` and `didYouMean`.
 * Expected outputs are spelled out so a wording change shows in review.
 */
import { describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatGithub } from '../../src/diagnostics/format/github.js';
import { formatJson } from '../../src/diagnostics/format/json.js';
import { formatText } from '../../src/diagnostics/format/text.js';
import { didYouMean, suggestionList } from '../../src/util/did-you-mean.js';

const FILE = 'flows/ivr.flow.ts';

const unwired: Diagnostic = {
  code: 'FG102',
  rule: 'unwired-port',
  severity: 'error',
  message: '"Menu" has no link from port "timeout".',
  location: { file: FILE, line: 3, column: 5 },
  related: [{ message: 'first wired here', location: { file: FILE, line: 2, column: 3 } }],
  hint: 'Wire it, e.g. .routes({ "timeout": next, … }).',
  data: { activity: 'Menu', port: 'timeout' },
};
const orphan: Diagnostic = {
  code: 'FG101',
  rule: 'unreachable-activity',
  severity: 'warning',
  message: '"Orphan" cannot be reached from the start or from an event.',
  location: { file: FILE, activity: 'Orphan' },
  data: { activity: 'Orphan' },
};
const inFlow: Diagnostic = {
  code: 'FG902',
  rule: 'output-schema-violation',
  severity: 'error',
  message: 'The compiled flow breaks the Webex flow schema.',
  location: { activity: 'Lookup', path: 'process.activities.x' },
};
const source = ['const a = 1;', 'menu.on("1", bye);', '    menu.routes({});', 'const z = 2;'].join('\n');

describe('formatText', () => {
  it('prints location, severity, code, rule, message, related locations, hint and a summary', () => {
    expect(formatText([unwired, orphan, inFlow])).toBe(
      [
        `${FILE}:3:5 - error FG102 unwired-port: "Menu" has no link from port "timeout".`,
        `  first wired here (${FILE}:2:3)`,
        '  hint: Wire it, e.g. .routes({ "timeout": next, … }).',
        '',
        `${FILE} activity "Orphan" - warning FG101 unreachable-activity: "Orphan" cannot be reached from the start or from an event.`,
        '',
        '<flow> activity "Lookup" process.activities.x - error FG902 output-schema-violation: The compiled flow breaks the Webex flow schema.',
        '',
        '2 errors, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('adds a code frame with a caret under the column when the source is given', () => {
    expect(formatText([unwired], { sources: new Map([[FILE, source]]) })).toBe(
      [
        `${FILE}:3:5 - error FG102 unwired-port: "Menu" has no link from port "timeout".`,
        '  2 | menu.on("1", bye);',
        '> 3 |     menu.routes({});',
        '    |     ^',
        '  4 | const z = 2;',
        `  first wired here (${FILE}:2:3)`,
        '  hint: Wire it, e.g. .routes({ "timeout": next, … }).',
        '',
        '1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('clips the code frame at the first and last line, and pads line numbers', () => {
    const first: Diagnostic = { ...orphan, location: { file: FILE, line: 1, column: 1 }, data: {} };
    const long = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n');
    const tenth: Diagnostic = { ...orphan, location: { file: 'b.ts', line: 10, column: 2 } };
    const out = formatText([first, tenth], { sources: new Map([[FILE, source], ['b.ts', long]]) });
    expect(out).toContain(['> 1 | const a = 1;', '    | ^', '  2 | menu.on("1", bye);\n'].join('\n'));
    expect(out).toContain(['   9 | line 9', '> 10 | line 10', '     |  ^\n'].join('\n'));
  });

  it('caps the diagnostics shown per file and says how many more there are', () => {
    const many = Array.from({ length: 5 }, (_, i): Diagnostic => ({ ...orphan, message: `m${i}`, location: { file: FILE, activity: `A${i}` } }));
    const other: Diagnostic = { ...inFlow, location: { file: 'other.flow.ts', activity: 'X' } };
    const nowhere = Array.from({ length: 2 }, (): Diagnostic => ({ ...inFlow }));
    const out = formatText([...many, other, ...nowhere], { maxDiagnostics: 2 });
    expect(out.split('\n\n')).toStrictEqual([
      `${FILE} activity "A0" - warning FG101 unreachable-activity: m0`,
      `${FILE} activity "A1" - warning FG101 unreachable-activity: m1`,
      'other.flow.ts activity "X" - error FG902 output-schema-violation: The compiled flow breaks the Webex flow schema.',
      '<flow> activity "Lookup" process.activities.x - error FG902 output-schema-violation: The compiled flow breaks the Webex flow schema.',
      '<flow> activity "Lookup" process.activities.x - error FG902 output-schema-violation: The compiled flow breaks the Webex flow schema.',
      `${FILE}: 3 more not shown`,
      '3 errors, 5 warnings\n',
    ]);
  });

  it('colours only when asked', () => {
    expect(formatText([orphan])).not.toContain('\u001b[');
    expect(formatText([orphan], { color: true })).toContain('\u001b[33mwarning\u001b[0m');
    expect(formatText([unwired], { color: true, sources: new Map([[FILE, source]]) })).toContain('|     \u001b[31m^\u001b[0m');
  });

  it('prints nothing for no diagnostics', () => {
    expect(formatText([])).toBe('');
  });
});

describe('formatJson', () => {
  it('is the diagnostics array, pretty-printed, with a final newline', () => {
    expect(formatJson([orphan])).toBe(
      [
        '[',
        '  {',
        '    "code": "FG101",',
        '    "rule": "unreachable-activity",',
        '    "severity": "warning",',
        '    "message": "\\"Orphan\\" cannot be reached from the start or from an event.",',
        '    "location": {',
        `      "file": "${FILE}",`,
        '      "activity": "Orphan"',
        '    },',
        '    "data": {',
        '      "activity": "Orphan"',
        '    }',
        '  }',
        ']',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(formatJson([unwired, orphan, inFlow]))).toStrictEqual([unwired, orphan, inFlow]);
    expect(formatJson([])).toBe('[]\n');
  });
});

describe('formatGithub', () => {
  it('writes one workflow command per diagnostic', () => {
    const info: Diagnostic = { ...orphan, severity: 'info', hint: 'Remove it.' };
    expect(formatGithub([unwired, orphan, info, inFlow])).toBe(
      [
        `::error file=${FILE},line=3,col=5,title=FG102 unwired-port::"Menu" has no link from port "timeout". Hint: Wire it, e.g. .routes({ "timeout": next, … }).`,
        `::warning file=${FILE},title=FG101 unreachable-activity::"Orphan" cannot be reached from the start or from an event. (activity "Orphan")`,
        `::notice file=${FILE},title=FG101 unreachable-activity::"Orphan" cannot be reached from the start or from an event. (activity "Orphan") Hint: Remove it.`,
        '::error title=FG902 output-schema-violation::The compiled flow breaks the Webex flow schema. (activity "Lookup")',
        '',
      ].join('\n'),
    );
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const odd: Diagnostic = { ...unwired, hint: undefined, message: '100% sure\r\nsecond line', location: { file: 'C:/a,b.ts', line: 1, column: 2 } };
    delete odd.hint;
    expect(formatGithub([odd])).toBe('::error file=C%3A/a%2Cb.ts,line=1,col=2,title=FG102 unwired-port::100%25 sure%0D%0Asecond line\n');
  });

  it('prints nothing for no diagnostics', () => {
    expect(formatGithub([])).toBe('');
  });
});

describe('sortDiagnostics', () => {
  const at = (file: string | undefined, line?: number, column?: number, activity?: string) =>
    line === undefined ? { ...(file === undefined ? {} : { file }), ...(activity ? { activity } : {}) } : { file: file!, line, column: column! };
  const d = (id: string, location: Diagnostic['location'], severity: Diagnostic['severity'] = 'error', code = 'FG102'): Diagnostic => ({ code: code as Diagnostic['code'], rule: 'r', severity, message: id, location });

  it('orders by file, line, column, activity, severity, code, then message', () => {
    const given = [
      d('b-10-1', at('b.ts', 10, 1)),
      d('a-2-9', at('a.ts', 2, 9)),
      d('a-2-3-warning', at('a.ts', 2, 3), 'warning'),
      d('a-2-3-FG201', at('a.ts', 2, 3), 'error', 'FG201'),
      d('a-2-3-FG102-y', at('a.ts', 2, 3)),
      d('a-2-3-FG102-x', at('a.ts', 2, 3)),
      d('a-10-1', at('a.ts', 10, 1)),
      d('a-Zed', at('a.ts', undefined, undefined, 'Zed')),
      d('a-Alpha', at('a.ts', undefined, undefined, 'Alpha')),
      d('no-file', at(undefined, undefined, undefined, 'X')),
    ];
    const before = given.map((x) => x.message);
    expect(sortDiagnostics(given).map((x) => x.message)).toStrictEqual([
      'no-file',
      'a-Alpha',
      'a-Zed',
      'a-2-3-FG102-x',
      'a-2-3-FG102-y',
      'a-2-3-FG201',
      'a-2-3-warning',
      'a-2-9',
      'a-10-1',
      'b-10-1',
    ]);
    expect(given.map((x) => x.message)).toStrictEqual(before);
  });
});

describe('didYouMean', () => {
  it.each([
    ['timout', ['timeout', 'invalid', 'error'], 'Did you mean "timeout"?'],
    ['TicketID', ['ticketID', 'userID'], 'Did you mean "ticketID"?'],
    ['play-mesage', ['play-message', 'play-music', 'menu'], 'Did you mean "play-message" or "play-music"?'],
    ['x', ['a', 'b', 'c'], 'Did you mean "a", "b" or "c"?'],
    ['queue', ['menu', 'condition'], undefined],
    ['anything', [], undefined],
  ])('%j among %j', (input, candidates, expected) => {
    expect(didYouMean(input, candidates)).toBe(expected);
  });

  it('lists at most five names, closest first, and accepts any iterable', () => {
    expect(suggestionList('xy', new Set(['x7', 'x1', 'xy', 'x3', 'x5', 'x2', 'x4']))).toStrictEqual(['xy', 'x1', 'x2', 'x3', 'x4']);
    expect(suggestionList('menu', ['menus', 'men', 'Menu', 'menu'])).toStrictEqual(['menu', 'Menu', 'men', 'menus']);
  });

  it('allows about 40 % of the input length in edits', () => {
    expect(suggestionList('abcde', ['axyzw'])).toStrictEqual([]); // 4 edits > floor(5 * 0.4) + 1
    expect(suggestionList('abcde', ['abxyz'])).toStrictEqual(['abxyz']); // 3 edits
  });

  // Ties are broken in natural order (graphql-js naturalCompare): port9x before port10.
  it('breaks ties in natural order', () => {
    expect(suggestionList('port', ['port10', 'port9x'])).toStrictEqual(['port9x', 'port10']);
  });
});
