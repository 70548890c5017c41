/**
 * The CLI's one policy (src/cli/output.ts), which every command applies: exit codes from
 * diagnostics (0 clean, 1 errors, 2 a flowgen bug), `--strict` raising warnings, and the
 * `--format` option.
 */
import { describe, expect, it } from 'vitest';
import { exitCodeFor, formatOption, strictened } from '../../src/cli/output.js';
import { makeDiagnostic } from '../../src/diagnostics/report.js';

const at = { file: 'flows/x.flow.ts' };
const warning = makeDiagnostic('FG101', { message: 'unreachable', location: at });
const error = makeDiagnostic('FG102', { message: 'unwired', location: at });
const bug = makeDiagnostic('FG901', { message: 'a bug', location: at });

describe('the CLI policy', () => {
  it.each([
    ['nothing', [], 0],
    ['a warning', [warning], 0],
    ['an error', [warning, error], 1],
    ['a flowgen bug, whatever else', [error, bug, warning], 2],
  ] as const)('exits by the diagnostics: %s', (_, diagnostics, code) => {
    expect(exitCodeFor(diagnostics)).toBe(code);
  });

  it('--strict makes warnings errors (and exit 1); without it they stay warnings', () => {
    expect(strictened([warning, error], true).map((d) => [d.code, d.severity])).toStrictEqual([['FG101', 'error'], ['FG102', 'error']]);
    expect(exitCodeFor(strictened([warning], true))).toBe(1);
    expect(strictened([warning], false)).toStrictEqual([warning]);
    expect(strictened([warning], undefined)).toStrictEqual([warning]);
  });

  it('declares --format with its choices, the first the default', () => {
    const option = formatOption(['text', 'json', 'github']);
    expect([option.flags, option.argChoices, option.defaultValue, option.description]).toStrictEqual(['--format <format>', ['text', 'json', 'github'], 'text', 'diagnostics format']);
  });
});
