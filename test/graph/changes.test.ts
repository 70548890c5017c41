/**
 * A diff as a picture: the marks on the changed flow's graph and the neighbourhood a markdown
 * comment draws, for changes made to the made support-line flow (test/fixtures/made/diff).
 */
import { describe, expect, it } from 'vitest';
import { diffFlows } from '../../src/diff/diff.js';
import { changedNeighbourhood, changeGraph } from '../../src/graph/changes.js';
import { linkKey, toMermaid, type MarkedGraph } from '../../src/graph/mermaid.js';
import { flowGraph } from '../../src/graph/model.js';
import { modelOf, supportLineDocument } from '../diff/support-line.js';
import type { SupportLineVariant } from '../fixtures/made/diff/support-line.js';
import { unwrapFlowDocument } from '../../src/diff/model.js';

async function pictureOf(before: SupportLineVariant, after: SupportLineVariant): Promise<MarkedGraph> {
  const [a, b] = [await supportLineDocument(before), await supportLineDocument(after)];
  const changes = diffFlows(modelOf(a), modelOf(b));
  return changeGraph(await flowGraph(unwrapFlowDocument(a)!), await flowGraph(unwrapFlowDocument(b)!), changes);
}

const marksOf = (graph: MarkedGraph) => Object.fromEntries([...(graph.nodeMarks ?? new Map())].map(([name, m]) => [name, `${m.mark}: ${m.note}`]));
const linkMarksOf = (graph: MarkedGraph) => [...(graph.linkMarks ?? new Map())].map(([key, m]) => `${key.split('\u0000').join(' ')} ${m.mark}`).sort();

describe('changeGraph', () => {
  it('marks an added activity and the rewired link, and draws the old link as removed', async () => {
    const graph = await pictureOf({}, { option2: 'PostComment' });
    expect(marksOf(graph)).toEqual({ PostComment: 'added: added' });
    expect(linkMarksOf(graph)).toEqual(['MainMenu 2 CallDisconnect removed', 'MainMenu 2 PostComment added', 'PostComment default CallDisconnect added']);
  });

  it('marks a rename and a changed setting on the same picture', async () => {
    const graph = await pictureOf({}, { lookupName: 'FindCaller', greeting: 'Hello, you are through to support.' });
    expect(marksOf(graph)).toEqual({ FindCaller: 'renamed: renamed from LookupUser', Greeting: 'changed: changed: TTS text' });
    expect(linkMarksOf(graph)).toEqual([]);
  });

  it('draws a removed activity back in, with its links, as removed', async () => {
    const graph = await pictureOf({ option2: 'PostComment' }, {});
    expect(marksOf(graph)).toEqual({ PostComment: 'removed: removed' });
    expect(graph.nodes.some((n) => n.name === 'PostComment')).toBe(true);
    expect(linkMarksOf(graph)).toContain('PostComment default CallDisconnect removed');
    expect(graph.views[0]!.nodes).toContain('PostComment');
  });

  it('marks a newly handled event', async () => {
    const graph = await pictureOf({}, { handleAgentAnswered: true });
    expect(marksOf(graph)).toMatchObject({ AgentContactAssigned: 'added: now handled', PopTicket: 'added: added' });
  });
});

describe('changedNeighbourhood', () => {
  it('keeps the changed activities, the ends of changed links and their neighbours, nothing else', async () => {
    const graph = await pictureOf({}, { option2: 'PostComment' });
    const around = changedNeighbourhood(graph)!;
    const names = around.nodes.map((n) => n.name).sort();
    expect(names).toEqual(['CallDisconnect', 'MainMenu', 'PostComment', 'QueueAgent', 'RouteByPriority']);
    expect(around.links.every((l) => names.includes(l.source) && names.includes(l.target))).toBe(true);
    const text = toMermaid(around);
    expect(text).toMatch(/class n\d+ added/);
    expect(text).toContain('==>|"2 #40;new#41;"|');
    expect(text).toContain('-.->|"2 #40;was#41;"|');
    expect(text).toMatch(/linkStyle [\d,]+ stroke:#cf222e,stroke-width:2px,stroke-dasharray:6 4/);
    expect(around.linkMarks!.has(linkKey({ source: 'MainMenu', port: '2', target: 'PostComment' }))).toBe(true);
  });

  it('is nothing when no activity or link changed (a variable only)', async () => {
    expect(changedNeighbourhood(await pictureOf({}, { extraVariable: true }))).toBeUndefined();
  });
});
