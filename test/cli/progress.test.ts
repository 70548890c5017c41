/**
 * Issue 13: long commands show a progress count on a terminal and nowhere else (CI, -q, a pipe,
 * machine formats, a handful of items). The decision is a function; the line is checked on a
 * stream that says it is a TTY.
 */
import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_ITEMS, progressLine, showsProgress, type ProgressContext } from '../../src/cli/progress.js';

const terminal: ProgressContext = { isTTY: true, env: {}, quiet: false, format: 'text', total: 500 };

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('issue 13: progress display', () => {
  it('shows on a terminal, with enough items, in text format', () => {
    expect(showsProgress(terminal)).toBe(true);
  });

  it('stays quiet in CI, with -q, for json/github output, on a pipe, on a dumb terminal, or for few items', () => {
    expect(showsProgress({ ...terminal, env: { CI: 'true' } })).toBe(false);
    expect(showsProgress({ ...terminal, env: { CI: '1' } })).toBe(false);
    expect(showsProgress({ ...terminal, env: { CI: 'false' } })).toBe(true);
    expect(showsProgress({ ...terminal, quiet: true })).toBe(false);
    expect(showsProgress({ ...terminal, format: 'json' })).toBe(false);
    expect(showsProgress({ ...terminal, format: 'github' })).toBe(false);
    expect(showsProgress({ ...terminal, isTTY: false })).toBe(false);
    expect(showsProgress({ ...terminal, isTTY: undefined })).toBe(false);
    expect(showsProgress({ ...terminal, env: { TERM: 'dumb' } })).toBe(false);
    expect(showsProgress({ ...terminal, total: PROGRESS_MIN_ITEMS - 1 })).toBe(false);
  });

  it('redraws one line per new percent on a TTY and erases it at the end', () => {
    const ci = process.env['CI'];
    delete process.env['CI'];
    try {
      const { stream, written } = fakeStream(true);
      const report = progressLine('tenants', { format: 'text' }, stream);
      for (let done = 1; done <= 200; done++) report(done, 200);
      expect(written).toHaveLength(101); // 0% … 99%, then the erase
      expect(written[0]).toBe('\r\u001b[2Kbuilding tenants: 1/200 (0%)');
      expect(written[49]).toBe('\r\u001b[2Kbuilding tenants: 98/200 (49%)');
      expect(written.at(-1)).toBe('\r\u001b[2K');
      const piped = fakeStream(false);
      const quiet = progressLine('tenants', { format: 'text' }, piped.stream);
      for (let done = 1; done <= 200; done++) quiet(done, 200);
      expect(piped.written).toEqual([]);
    } finally {
      if (ci !== undefined) process.env['CI'] = ci;
    }
  });
});
