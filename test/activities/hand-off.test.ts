/**
 * hand-off (GoTo): leave for an entry point or a flow. Real shapes: the seven corpus GoTos
 * (VariableFlow_Template, 2024; outbound IVR campaign template, 2025).
 */
import { describe, expect, it } from 'vitest';
import { handOff } from '../../src/activities/hand-off.js';
import { corpusActivityList } from '../harness/corpus-activities.js';
import { hasShared } from '../harness/paths.js';

const t = (text: string) => ({ parts: [{ text }] });
const issues = (input: unknown) => (handOff.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const written = (input: unknown) => handOff.toWebex(handOff.options.parse(input))['handOffFlow'];

describe('hand-off', () => {
  it.each([
    [
      'a static flow, live version',
      { target: t('65c257749e107e688c8aae76'), targetName: 'HelloWorld_Flow', version: { id: t('Live'), name: 'Live' } },
      { handOffToName: 'HelloWorld_Flow', isEntryPoint: false, flowTagId: 'Live', isDynamic: false, handOffTo: '65c257749e107e688c8aae76', flowTagName: 'Live' },
    ],
    [
      'a flow and version from variables',
      { target: t('{{goToFlow}}'), targetName: 'goToFlow', dynamic: true, version: { id: t('{{goToFlowVersion}}'), name: 'goToFlowVersion' } },
      { handOffToName: 'goToFlow', isEntryPoint: false, flowTagId: '{{goToFlowVersion}}', isDynamic: true, handOffTo: '{{goToFlow}}', flowTagName: 'goToFlowVersion' },
    ],
    [
      'an entry point',
      { entryPoint: true, target: t('9e2d11af-41c8-4cea-aed5-60bab55eb4e8'), targetName: 'EP_BridgeTransfer' },
      { handOffToName: 'EP_BridgeTransfer', isEntryPoint: true, flowTagId: '', isDynamic: false, handOffTo: '9e2d11af-41c8-4cea-aed5-60bab55eb4e8', flowTagName: '' },
    ],
    [
      'a flow with mapped variables (no isDynamic, as exported)',
      { target: t('65d62d1a8d21811510c5dfaf'), targetName: 'ErrorFlow', version: { id: t('Latest'), name: 'Latest' }, variables: [{ from: 'errorMessage', to: 'errorMessage', type: 'STRING' }] },
      { handOffToName: 'ErrorFlow', isEntryPoint: false, flowTagId: 'Latest', handOffTo: '65d62d1a8d21811510c5dfaf', mappedVariableArray: '[{"src":"errorMessage","target":"errorMessage","type":"STRING"}]', flowTagName: 'Latest' },
    ],
  ])('writes %s', (_, input, expected) => {
    expect(written(input)).toStrictEqual(expected);
  });

  it('is terminating with an optional error exit; checks the target and version templates', () => {
    const o = handOff.options.parse({ target: t('{{goToFlow}}'), targetName: 'goToFlow', dynamic: true, version: { id: t('{{v}}'), name: 'v' } });
    expect(handOff.ports(o)).toStrictEqual(['error']);
    expect(handOff.requiredPorts(o)).toStrictEqual([]);
    expect(handOff.templates(o)).toStrictEqual([t('{{goToFlow}}'), t('{{v}}')]);
    expect(handOff.webex).toStrictEqual({ activityName: 'hand-off', activityId: 'hand-off', group: 'end', description: true });
  });

  it.each([
    ['a flow without a version', { target: t('x'), targetName: 'X' }, { code: 'custom', path: ['version'] }],
    ['an entry point with a version', { entryPoint: true, target: t('x'), targetName: 'X', version: { id: t('Live'), name: 'Live' } }, { code: 'custom', path: ['version'] }],
    ['variables for a dynamic target', { target: t('{{f}}'), targetName: 'f', dynamic: true, version: { id: t('Latest'), name: 'Latest' }, variables: [{ from: 'a', to: 'a', type: 'STRING' }] }, { code: 'custom', path: ['variables'] }],
    ['a mapping of an unknown type', { target: t('x'), targetName: 'X', version: { id: t('Latest'), name: 'Latest' }, variables: [{ from: 'a', to: 'a', type: 'TEXT' }] }, { code: 'invalid_value', path: ['variables', 0, 'type'] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it.skipIf(!hasShared)('reads all seven corpus GoTos and writes each back exactly', () => {
    const list = corpusActivityList('hand-off');
    expect(list).toHaveLength(7);
    for (const { properties } of list) {
      const parsed = handOff.options.parse(handOff.fromWebex!(properties));
      expect(handOff.toWebex(parsed)).toStrictEqual(properties);
    }
  });

  it('keeps for the raw kind a mapping it would not write back the same, or an unknown key', () => {
    const base = { handOffToName: 'E', isEntryPoint: false, flowTagId: 'Latest', handOffTo: 'f1', flowTagName: 'Latest' };
    expect(handOff.fromWebex!({ handOffFlow: { ...base, mappedVariableArray: '[{"target":"a","src":"a","type":"STRING"}]' } })).toBeUndefined();
    expect(handOff.fromWebex!({ handOffFlow: { ...base, isDynamic: false, priority: 1 } })).toBeUndefined();
    expect(handOff.fromWebex!({ handOffFlow: 'f1' })).toBeUndefined();
  });
});
