/**
 * The three renderings of a diff. The markdown of a change of every kind is snapshotted, so a
 * wording change shows in review; text colour and JSON shape are asserted as data.
 */
import { describe, expect, it } from 'vitest';
import { diffFlows } from '../../src/diff/diff.js';
import { formatDiffJson } from '../../src/diff/format/json.js';
import { formatDiffMarkdown } from '../../src/diff/format/markdown.js';
import type { DiffReport } from '../../src/diff/format/sections.js';
import { formatDiffText } from '../../src/diff/format/text.js';
import { supportLineModel } from './support-line.js';

async function report(): Promise<DiffReport> {
  const before = await supportLineModel({});
  const after = await supportLineModel({ option2: 'PostComment', greeting: 'Hello | <b>there</b>.', extraVariable: true, ticketInitial: 'none', lookupName: 'FindCaller', handleAgentAnswered: true, highTarget: 'MainMenu', greetingErrorToDisconnect: true });
  return { before: 'origin/main:flows/support-line.flow.ts', after: 'flows/support-line.flow.ts', changes: diffFlows(before, after) };
}

describe('diff formatters', () => {
  it('markdown: a summary line, a table of settings and a list per other section', async () => {
    expect(formatDiffMarkdown([await report()])).toMatchSnapshot();
  });

  it('markdown escapes table cells and HTML', async () => {
    const markdown = formatDiffMarkdown([await report()]);
    expect(markdown).toContain('\\|');
    expect(markdown).not.toContain('<b>');
  });

  it('markdown says so when nothing changed', () => {
    expect(formatDiffMarkdown([{ before: 'a.json', after: 'b.json', changes: [] }])).toContain('No changes a caller would notice.');
  });

  it('text is coloured only when asked', async () => {
    const r = await report();
    expect(formatDiffText([r])).not.toContain('\u001b[');
    expect(formatDiffText([r], { color: true })).toContain('\u001b[32m+\u001b[0m');
    expect(formatDiffText([r])).toContain('+ PostComment (http-request-v2) added');
  });

  it('json is the reports with their changes as data', async () => {
    const r = await report();
    const parsed = JSON.parse(formatDiffJson([r])) as DiffReport[];
    expect(parsed[0]!.changes.map((c) => c.kind)).toEqual(r.changes.map((c) => c.kind));
    expect(parsed[0]!.changes.find((c) => c.kind === 'link-rewired' && c.port === '2')).toMatchObject({ activity: 'MainMenu', before: 'CallDisconnect', after: 'PostComment' });
  });
});
