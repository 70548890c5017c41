/** The semantic model: what it keeps and what it drops from a Webex flow document. */
import { describe, expect, it } from 'vitest';
import { parseFlowText } from '../../src/diff/document.js';
import { flowModel } from '../../src/diff/model.js';
import { supportLineDocument } from './support-line.js';

/** A made two-activity document, in the shape of docs/webex-flow-format.md §3 (not an export). */
function madeDocument(properties: Record<string, unknown>) {
  return {
    id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
    name: 'Made',
    process: {
      activities: {
        s1: { id: 's1', name: 'NewPhoneContact', group: 'start', properties: { activityId: 'start', activityName: 'NewPhoneContact', name: 'NewPhoneContact' } },
        c1: { id: 'c1', name: 'Route', group: 'enum-gateway', properties: { activityId: 'case-statement', activityName: 'case-statement', name: 'Route', _renderRequestTimestamp: 1, ...properties } },
        e1: { id: 'e1', name: 'Done', group: 'end', properties: { activityId: 'end', activityName: 'end', name: 'Done' } },
      },
      links: [
        { id: 'l1', sourceActivityId: 's1', targetActivityId: 'c1', conditionExpr: 'out', properties: { value: 'out' } },
        { id: 'l2', sourceActivityId: 'c1', targetActivityId: 'e1', conditionExpr: '1', properties: { value: '1' } },
        { id: 'l3', sourceActivityId: 'c1', targetActivityId: 'e1', conditionExpr: 'default', properties: { value: 'default' } },
      ],
    },
    variables: [{ id: 'v1', name: 'x', type: 'STRING', value: 'null' }],
  };
}

describe('flowModel', () => {
  it('drops ids, render timestamps, names repeated in properties and underscore shadow twins', () => {
    const model = flowModel(madeDocument({ expression: '{{x}}', 'expression:radioName': 'setToVariable', expression_radioName: 'setToVariable', lonely_type: 'kept' }) as never);
    expect(model.activities.get('Route')!.settings).toEqual({ activityId: 'case-statement', expression: '{{x}}', 'expression:radioName': 'setToVariable', lonely_type: 'kept' });
    expect(model.variables.get('x')!.fields).toEqual({ type: 'STRING', value: 'null' });
  });

  it("names a case's positional ports by the case values of its list editor", () => {
    const list = ['0', '1'];
    const model = flowModel(madeDocument({ cases: list, 'cases:input': ['gold', 'silver'] }) as never);
    expect(model.links.map((l) => `${l.source}|${l.port}|${l.target}`)).toEqual(['NewPhoneContact|out|Route', 'Route|default|Done', 'Route|silver|Done']);
  });

  it('keeps positional ports when the case values are missing or not unique', () => {
    const model = flowModel(madeDocument({ cases: ['0', '1'], 'cases:input': ['same', 'same'] }) as never);
    expect(model.links.map((l) => l.port)).toContain('1');
  });

  it('keeps only handled event nodes, with the chain each handler runs', async () => {
    const plain = parseFlowText(JSON.stringify(await supportLineDocument()), 'a').model!;
    expect([...plain.events.keys()]).toEqual([]);
    expect([...plain.activities.values()].some((a) => a.kind === 'event')).toBe(false);
    const handled = parseFlowText(JSON.stringify(await supportLineDocument({ handleAgentAnswered: true })), 'b').model!;
    expect([...handled.events.values()]).toEqual([{ name: 'AgentContactAssigned', label: 'AgentAnswered', chain: ['PopTicket', 'EndAgentAnswered'] }]);
  });
});

describe('parseFlowText', () => {
  it('unwraps a Flow Designer template body whose "flow" member is the export as a JSON string', () => {
    const inner = madeDocument({});
    const wrapped = parseFlowText(JSON.stringify({ category: 'made', name: 'Made template', flow: JSON.stringify(inner) }), 'wrapped.json');
    const plain = parseFlowText(JSON.stringify(inner), 'plain.json');
    expect(wrapped.diagnostics).toEqual([]);
    expect(wrapped.model).toEqual(plain.model);
  });

  it('text that is not JSON is FG601 at the parser position', () => {
    const parsed = parseFlowText('{\n  "a": 1,\n}', 'bad.json');
    expect(parsed.model).toBeUndefined();
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'FG601', location: expect.objectContaining({ file: 'bad.json', line: 3 }) })]);
  });

  it.each([['{"info":{}}'], ['[]'], ['null'], ['{"flow":"not json"}'], ['{"process":{"activities":[],"links":{}}}']])('%s is FG602, not a crash', (text) => {
    expect(parseFlowText(text, 'x.json').diagnostics.map((d) => d.code)).toEqual(['FG602']);
  });
});
