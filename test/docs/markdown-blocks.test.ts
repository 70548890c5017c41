/** The docs examples test's reading of markdown: blocks, markers, console sessions, shown output with `…`. */
import { describe, expect, it } from 'vitest';
import { consoleSessions, excerptLines, fencedBlocks, matchesShownOutput } from './markdown-blocks.js';

describe('fencedBlocks', () => {
  it('reads each fence with its language, line and the markers right above it', () => {
    const page = ['# Page', '', '<!-- expect: FG102 -->', '<!-- file: flows/x.flow.ts -->', '```ts', 'const a = 1;', '```', 'text', '```console', '$ npx flowgen build', '```', '', '<!-- excerpt -->', '', '```yaml', 'a: 1', '```'].join('\n');
    expect(fencedBlocks(page)).toEqual([
      { line: 5, lang: 'ts', code: 'const a = 1;\n', markers: { expect: 'FG102', file: 'flows/x.flow.ts' } },
      { line: 9, lang: 'console', code: '$ npx flowgen build\n', markers: {} },
      // a blank line between a marker and its fence: the marker belongs to nothing
      { line: 15, lang: 'yaml', code: 'a: 1\n', markers: {} },
    ]);
  });

  it('reads excerpt sources, run-by scripts and output-of commands', () => {
    const page = '<!-- excerpt: a.ts b.ts -->\n```ts\nx\n```\n<!-- run by: .ci/run -->\n```sh\nnpm test\n```\n<!-- output of: npx flowgen graph f -->\n```mermaid\ny\n```\n';
    expect(fencedBlocks(page).map((b) => b.markers)).toEqual([{ excerpt: ['a.ts', 'b.ts'] }, { runBy: '.ci/run' }, { outputOf: 'npx flowgen graph f' }]);
  });
});

describe('consoleSessions', () => {
  it('splits a console block into commands and the output shown under each', () => {
    expect(consoleSessions('$ a\none\ntwo\n$ b\n')).toEqual([{ command: 'a', output: ['one', 'two'] }, { command: 'b', output: [] }]);
  });
  it('refuses output before any command', () => {
    expect(() => consoleSessions('output\n$ a\n')).toThrow(/starts with output/);
  });
});

describe('matchesShownOutput', () => {
  it('compares line by line, trailing spaces and final blank lines ignored', () => {
    expect(matchesShownOutput(['a', 'b'], ['a  ', 'b', '', ''])).toBe(true);
    expect(matchesShownOutput(['a', 'b'], ['a', 'c'])).toBe(false);
    expect(matchesShownOutput(['a'], ['a', 'b'])).toBe(false);
    expect(matchesShownOutput([' a'], ['a'])).toBe(false);
  });
  it('lets a line of … (at any indentation) stand for any number of lines, none included', () => {
    expect(matchesShownOutput(['a', '  …', 'z'], ['a', 'b', 'c', 'z'])).toBe(true);
    expect(matchesShownOutput(['a', '…', 'z'], ['a', 'z'])).toBe(true);
    expect(matchesShownOutput(['a', '…'], ['a', 'b'])).toBe(true);
    expect(matchesShownOutput(['a', '…', 'z'], ['a', 'b'])).toBe(false);
    expect(matchesShownOutput(['x …'], ['x y'])).toBe(false);
  });
});

describe('excerptLines', () => {
  it('keeps the lines to look for: not blank, not elided', () => {
    expect(excerptLines('  a();\n\n// in the flow: …\n  b();\n')).toEqual(['a();', 'b();']);
  });
});
