/** event: event-flow start nodes, named after their specification (docs §6.1; ZD24 event flow). */
import { describe, expect, it } from 'vitest';
import { defaultEvents, event, eventActivityName, eventCatalog, eventNames } from '../../src/activities/event.js';
import { zd24Properties } from '../harness/rules.js';

const webex = (input: unknown, exported?: Record<string, unknown>) => event.toWebex(event.options.parse(input), exported);
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
      'ContactCallbackFailed',
      'ContactAniUpdated',
      'ContactReservationStarted',
      'AgentContactAssigned',
      'ContactEnded',
    ]);
    expect(defaultEvents).toStrictEqual(['OnGlobalError', 'AgentOffered', 'PreDial', 'OutboundCampaignCallResult']);
  });

  it.each([
    ['an unknown event', { event: 'NoSuchEvent' }, 'invalid_value'],
    ['no event', {}, 'invalid_value'],
    ['an unknown option', { event: 'AgentAnswered', once: true }, 'unrecognized_keys'],
  ])('rejects %s', (_, input, code) => {
    expect(event.options.safeParse(input).error?.issues.map((i) => i.code)).toStrictEqual([code]);
  });

  describe.skipIf(!zd24Properties('GlobalErrorHandling'))('values of the ZD24 event nodes', () => {
    // ZD24 (2024) has the seven events up to OutboundCampaignCallResult; the later ones are PAY26's.
    it.each(eventNames.slice(0, 7))('%s', (name) => {
      expect(webex({ event: name })).toStrictEqual(zd24Properties(eventCatalog[name].specificationName));
    });
  });

  it('writes the 2026 keys and keeps a regional specification id when given the exported node', () => {
    // GIVEN the CallbackFailed node of PAY26 (2026) and of the APJ CARS export
    const pay26 = { activityName: 'Event', activityVersionNumber: null, activityType: 'logic', eventSpecificationName: 'ContactCallbackFailed', eventSpecificationId: '64461525b1a88734caf6c25b' };
    const cars = { eventSpecificationName: 'ContactCallbackFailed', eventSpecificationId: '64468162b6012f21517c87b3' };
    const o = event.options.parse({ event: 'CallbackFailed' });
    // THEN
    expect(event.toWebex(o, pay26)).toStrictEqual({
      activityName: 'Event',
      activityVersionNumber: null,
      activityType: 'logic',
      ...source,
      eventSpecificationId: '64461525b1a88734caf6c25b',
      eventSpecificationName: 'ContactCallbackFailed',
      displayName: 'CallbackFailed',
      event: 'CallbackFailed',
      iconDiagram: 'icon-no-phone-warning_24',
    });
    expect(event.toWebex(o, cars)['eventSpecificationId']).toBe('64468162b6012f21517c87b3');
    expect(event.importNames).toStrictEqual(['Event']);
  });

  it.each([
    ['ContactAniUpdated', { eventSpecificationName: 'ContactAniUpdated', event: 'ContactAniUpdated' }, 'ContactAniUpdated'],
    ['ContactReservationStarted', { eventSpecificationName: 'ContactReservationStarted', event: 'ContactReservationStarted' }, 'ContactReservationStarted'],
    ['CallbackFailed (PAY26)', { eventSpecificationName: 'ContactCallbackFailed', event: 'CallbackFailed' }, 'CallbackFailed'],
  ])('reads the 2026 %s node', (_, properties, name) => {
    expect(event.fromWebex!(properties)).toStrictEqual({ event: name });
  });

  describe('digital-channel event nodes (BYO messaging template, 2026)', () => {
    const agentAccepted = {
      activityName: 'Event',
      eventSourceId: '5f0ed8452c6b937a6789c13a',
      eventSourceName: 'WebexContactCenter',
      displayName: 'AgentAccepted',
      iconDiagram: 'icon-assign-host-bold_20',
      eventSpecificationId: '5f1218f22c6b937a6789c144',
      eventSpecificationName: 'AgentContactAssigned',
      eventClassificationId: '5f0ed85f2c6b937a6789c13b',
      event: 'AgentAccepted',
      eventClassificationName: 'VoiceInteractions',
    };
    const globalError = { ...agentAccepted, displayName: 'OnGlobalError', event: 'OnGlobalError', iconDiagram: 'icon-warning-bold_20', eventSpecificationId: '627c0663e98eca854178bba6', eventSpecificationName: 'GlobalErrorHandling' };

    it('reads AgentAccepted by its own name, though it shares AgentAnswered’s specification', () => {
      expect(event.fromWebex!(agentAccepted)).toStrictEqual({ event: 'AgentAccepted' });
      expect(event.fromWebex!({ eventSpecificationName: 'AgentContactAssigned' })).toStrictEqual({ event: 'AgentAnswered' });
      expect(event.fromWebex!({ ...agentAccepted, event: 'ContactEnded', eventSpecificationName: 'ContactEnded' })).toStrictEqual({ event: 'ContactEnded' });
    });

    it('keeps the exported source, classification ids and icon of a node of the same specification', () => {
      const written = webex({ event: 'OnGlobalError' }, globalError);
      expect(written).toMatchObject({ eventSourceId: '5f0ed8452c6b937a6789c13a', eventClassificationId: '5f0ed85f2c6b937a6789c13b', iconDiagram: 'icon-warning-bold_20', eventSpecificationId: '627c0663e98eca854178bba6' });
      expect(webex({ event: 'AgentAccepted' }, agentAccepted)).toMatchObject({ displayName: 'AgentAccepted', event: 'AgentAccepted', eventSpecificationId: '5f1218f22c6b937a6789c144' });
    });

    it('writes its own catalogue values when the export was of another event', () => {
      expect(webex({ event: 'AgentOffered' }, globalError)).toMatchObject({ eventSourceId: '5eff0e2eb10162499bc9f932', eventClassificationId: '5f10475cf021306e89e1692c', iconDiagram: 'icon-audio-call_16' });
    });
  });
});
