/** event: event-flow start nodes, named after their specification (docs §6.1; ZD24 event flow). */
import { describe, expect, it } from 'vitest';
import { defaultEvents, event, eventActivityName, eventCatalog, eventNames } from '../../src/activities/event.js';
import { zd24Properties } from '../harness/rules.js';

const webex = (input: unknown) => event.toWebex(event.options.parse(input));
const source = {
  eventSourceId: '5eff0e2eb10162499bc9f932',
  eventSourceName: 'WebexContactCenter',
  eventClassificationId: '5f10475cf021306e89e1692c',
  eventClassificationName: 'VoiceInteractions',
};

describe('event', () => {
  it.each([
    ['AgentAnswered', { ...source, eventSpecificationId: '5f354a0c6fb8c44e97ccb30d', eventSpecificationName: 'AgentContactAssigned', displayName: 'AgentAnswered', event: 'AgentAnswered', iconDiagram: 'icon-headset_16' }],
    ['OnGlobalError', { ...source, eventSpecificationId: '627c0663e98eca854178bba6', eventSpecificationName: 'GlobalErrorHandling', displayName: 'OnGlobalError', event: 'OnGlobalError', iconDiagram: 'icon-error-legacy_16' }],
    ['AgentDisconnected', { ...source, eventSpecificationId: '5ffeafa86a7eff72a481c4b5', eventSpecificationName: 'FCAsk(ContactLastAgentRemoved)', displayName: 'AgentDisconnected', event: 'AgentDisconnected', iconDiagram: 'icon-headset-muted_16' }],
  ])('%s', (name, expected) => {
    expect(webex({ event: name })).toStrictEqual(expected);
  });

  it('is a root: no in port, one optional out port, and the outputs of every event', () => {
    const o = event.options.parse({ event: 'AgentAnswered' });
    expect(event.hasInPort).toBe(false);
    expect(event.ports(o)).toStrictEqual(['out']);
    expect(event.requiredPorts(o)).toStrictEqual([]);
    expect(event.outputs).toEqual(expect.arrayContaining(['AgentID', 'QueueName', 'CPAResult', 'dialNumber']));
    expect(event.webex).toStrictEqual({ activityName: undefined, activityId: 'event', group: 'event', description: false });
  });

  it('names nodes after the specification, and lists Flow Designer’s default event nodes', () => {
    expect(eventNames.map(eventActivityName)).toStrictEqual([
      'AgentContactAssigned',
      'ContactEnded',
      'FCAsk(ContactLastAgentRemoved)',
      'GlobalErrorHandling',
      'AgentOfferContact',
      'ContactPredial',
      'ContactOutboundCampaignResult',
    ]);
    expect(defaultEvents).toStrictEqual(['OnGlobalError', 'AgentOffered', 'PreDial', 'OutboundCampaignCallResult']);
  });

  it.each([
    ['an unknown event', { event: 'CallbackFailed' }, 'invalid_value'],
    ['no event', {}, 'invalid_value'],
    ['an unknown option', { event: 'AgentAnswered', once: true }, 'unrecognized_keys'],
  ])('rejects %s', (_, input, code) => {
    expect(event.options.safeParse(input).error?.issues.map((i) => i.code)).toStrictEqual([code]);
  });

  describe.skipIf(!zd24Properties('GlobalErrorHandling'))('values of the ZD24 event nodes', () => {
    it.each(eventNames)('%s', (name) => {
      expect(webex({ event: name })).toStrictEqual(zd24Properties(eventCatalog[name].specificationName));
    });
  });
});
