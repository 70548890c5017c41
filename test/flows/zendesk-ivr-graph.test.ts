/**
 * Reads the compiled Zendesk IVR back and checks that it behaves as the brief describes: every
 * step present and wired, including the error and severity paths and the event flows.
 */
import { describe, expect, it } from 'vitest';
import { compiledZendesk } from '../harness/zendesk.js';
import { graphOf, processes, type WebexDocument } from '../harness/document.js';

async function graphs() {
  const doc = JSON.parse((await compiledZendesk()).text!) as WebexDocument;
  const { main, events } = processes(doc);
  return { doc, main: graphOf(main), events: graphOf(events), onEvents: doc.eventFlows.eventsMap['GLOBAL_EVENTS']!.onEvents };
}

describe('Zendesk IVR call path', () => {
  it('greets, normalises the ANI and looks the caller up by phone', async () => {
    const { main } = await graphs();
    expect(main.next('NewPhoneContact', 'out')).toBe('Greeting');
    expect(main.kind('Greeting')).toBe('play-message');
    expect(main.follow('Greeting', 'default', 'out', 'out')).toBe('CallerNumberUsable');
    expect(main.activity('CallerNumberUsable').properties['expression']).toBe('{{ (callerPhone | length) >= 7 }}');
    expect(main.next('CallerNumberUsable', 'true')).toBe('LookupUser');
    expect(main.next('CallerNumberUsable', 'false')).toBe('NoUserMessage');
    const lookup = main.activity('LookupUser').properties;
    expect(lookup['httpRequestPath']).toBe('/api/v2/users/search.json');
    expect(lookup['httpQueryParameters']).toEqual({ query: 'role:end-user phone:*{{callerPhone}}' });
    expect(main.activity('NormalizeCallerNumber_Digits').properties['expr']).toContain('NewPhoneContact.ANI');
    expect(lookup['outputVariableArray']).toEqual([
      { outputVariable: 'userID', jsonPathExp: '$.users[0].id' },
      { outputVariable: 'userName', jsonPathExp: '$.users[0].name' },
    ]);
  });

  it('checks the user lookup status code and the empty result, each with its own message', async () => {
    const { main } = await graphs();
    expect(main.next('LookupUser', 'default')).toBe('UserLookupAnswered');
    expect(main.activity('UserLookupAnswered').properties['expression']).toBe('{{ LookupUser.httpStatusCode == 200 }}');
    expect(main.next('UserLookupAnswered', 'false')).toBe('ZendeskUnavailable');
    expect(main.next('UserLookupAnswered', 'true')).toBe('UserFound');
    expect(main.activity('UserFound').properties['expression']).toBe('{{ userID != "null" }}');
    expect(main.next('UserFound', 'false')).toBe('NoUserMessage');
    expect(main.next('NoUserMessage', 'default')).toBe('QueueStandard');
    expect(main.next('ZendeskUnavailable', 'default')).toBe('QueueStandard');
  });

  it('fetches the newest unsolved ticket and checks that lookup the same way', async () => {
    const { main } = await graphs();
    expect(main.next('UserFound', 'true')).toBe('LookupTicket');
    const ticket = main.activity('LookupTicket').properties;
    expect(ticket['httpQueryParameters']).toMatchObject({ query: 'type:ticket status<solved requester:{{userID}}', sort_by: 'created_at', sort_order: 'desc' });
    expect((ticket['outputVariableArray'] as { jsonPathExp: string }[]).map((o) => o.jsonPathExp)).toEqual([
      '$.results[0].id',
      '$.results[0].status',
      '$.results[0].priority',
      '$.results[0].subject',
    ]);
    expect(main.follow('LookupTicket', 'default', 'false')).toBe('ZendeskUnavailable');
    expect(main.follow('LookupTicket', 'default', 'true', 'false')).toBe('NoTicketMessage');
    expect(main.follow('NoTicketMessage', 'default')).toBe('QueueStandard');
    expect(main.follow('LookupTicket', 'default', 'true', 'true')).toBe('TicketDetails');
  });

  it('tells the caller the ticket number and status, then offers 1 = agent, 2 = hang up', async () => {
    const { main } = await graphs();
    const tts = (main.activity('TicketDetails').properties['promptsTts'] as { value: string }[])[0]!.value;
    expect(tts).toContain('{{ticketID}}');
    expect(tts).toContain('{{ticketStatus');
    expect(main.next('TicketDetails', 'default')).toBe('MainMenu');
    const menu = main.activity('MainMenu').properties;
    expect(menu['menuLinks']).toEqual(['1', '2']);
    expect(main.follow('MainMenu', '1', 'out')).toBe('RouteBySeverity');
    expect(main.follow('MainMenu', 'timeout', 'out')).toBe('RouteBySeverity');
    expect(main.follow('MainMenu', 'invalid', 'out')).toBe('RouteBySeverity');
    expect(main.follow('MainMenu', 'error', 'out')).toBe('RouteBySeverity');
  });

  it('routes urgent and high tickets to the priority queue with agent availability, others to the standard queue', async () => {
    const { main } = await graphs();
    const severity = main.activity('RouteBySeverity').properties;
    expect(severity['menuLinks:input']).toEqual(['urgent', 'high']);
    expect(main.next('RouteBySeverity', '0')).toBe('QueuePriority');
    expect(main.next('RouteBySeverity', '1')).toBe('QueuePriority');
    expect(main.next('RouteBySeverity', 'default')).toBe('QueueStandard');
    const priority = main.activity('QueuePriority').properties;
    expect(priority).toMatchObject({ toggle: true, priority: '1', toggleAgentAvailability: true });
    expect(main.follow('QueuePriority', 'failure', 'default')).toBe('QueueStandard');
  });

  it('plays defaultmusic_on_hold.wav in a loop while queued, from both queues', async () => {
    const { main } = await graphs();
    expect(main.next('QueueStandard', 'default')).toBe('HoldMusic');
    expect(main.next('QueuePriority', 'default')).toBe('HoldMusic');
    expect(main.next('HoldMusic', 'default')).toBe('HoldMusic');
    expect(main.activity('HoldMusic').properties['prompt']).toBe('defaultmusic_on_hold.wav');
    expect(main.follow('QueueStandard', 'failure', 'default')).toBe('DisconnectAfterQueueFailure');
  });

  it('on the hang-up choice posts an internal comment with ANI, choice and time, then disconnects', async () => {
    const { main } = await graphs();
    expect(main.follow('MainMenu', '2', 'out')).toBe('PostHangUpComment');
    const post = main.activity('PostHangUpComment').properties;
    expect(post['httpRequestMethod']).toBe('PUT');
    expect(post['httpRequestPath']).toBe('/api/v2/tickets/{{ticketID}}.json');
    const body = post['httpRequestBody'] as string;
    expect(body).toContain('"public": false');
    expect(body).toContain('NewPhoneContact.ANI');
    expect(body).toContain('callerChoice');
    expect(body).toContain('now()');
    expect(main.follow('PostHangUpComment', 'default', 'true', 'out', 'default')).toBe('CallDisconnect');
    expect(main.follow('PostHangUpComment', 'default', 'false', 'default')).toBe('CallDisconnect');
    expect(main.kind('CallDisconnect')).toBe('disconnect-contact');
  });

  it('every caller path ends with an agent or a disconnect, never with End Flow', async () => {
    const { main } = await graphs();
    for (const name of main.names()) expect(main.kind(name)).not.toBe('end');
  });
});

describe('Zendesk IVR event flows', () => {
  it('handles AgentAnswered, PhoneContactEnded, AgentDisconnected and OnGlobalError', async () => {
    const { onEvents, events } = await graphs();
    for (const handled of ['AgentContactAssigned', 'ContactEnded', 'FCAsk(ContactLastAgentRemoved)', 'GlobalErrorHandling']) {
      expect(onEvents[handled]).toBe(events.activity(handled).id);
      expect(events.next(handled, 'out')).toBeDefined();
    }
  });

  it("carries Flow Designer's other default event nodes, unhandled, as real exports do", async () => {
    const { onEvents, events } = await graphs();
    for (const unhandled of ['AgentOfferContact', 'ContactPredial', 'ContactOutboundCampaignResult']) {
      expect(onEvents[unhandled]).toBe(events.activity(unhandled).id);
      expect(events.next(unhandled, 'out')).toBeUndefined();
    }
  });

  it('screen-pops the ticket in Zendesk when the agent answers', async () => {
    const { events } = await graphs();
    expect(events.follow('AgentContactAssigned', 'out', 'true')).toBe('ScreenPopTicket');
    expect(events.activity('ScreenPopTicket').properties['screenPopUrl']).toBe('https://acme.zendesk.com/agent/tickets/{{ticketID}}');
    expect(events.follow('AgentContactAssigned', 'out', 'false')).toBe('EndFlow_agentAnswered');
    expect(events.next('ScreenPopTicket', 'default')).toBe('EndFlow_agentAnswered');
  });

  it('after the call posts an internal comment unless the hang-up path already did', async () => {
    const { events } = await graphs();
    expect(events.next('ContactEnded', 'out')).toBe('NeedsCallNote');
    expect(events.activity('NeedsCallNote').properties['expression']).toBe('{{ ticketID != "null" and commentPosted == false }}');
    expect(events.next('NeedsCallNote', 'true')).toBe('PostCallComment');
    expect(events.activity('PostCallComment').properties['httpRequestBody']).toContain('"public": false');
    expect(events.next('PostCallComment', 'default')).toBe('EndFlow_callEnded');
  });

  it('OnGlobalError apologises and queues the caller instead of dropping the call', async () => {
    const { events } = await graphs();
    expect(events.follow('GlobalErrorHandling', 'out')).toBe('ErrorMessage');
    expect(events.follow('GlobalErrorHandling', 'out', 'default')).toBe('ErrorQueue');
    expect(events.follow('ErrorQueue', 'default')).toBe('ErrorHoldMusic');
    expect(events.next('ErrorHoldMusic', 'default')).toBe('ErrorHoldMusic');
  });

  it('declares the variables it uses, with the "null" sentinel on lookups', async () => {
    const { doc } = await graphs();
    const byName = new Map(doc.variables.map((v) => [v.name, v]));
    for (const name of ['userID', 'userName', 'ticketID', 'ticketStatus', 'ticketPriority', 'ticketSubject']) {
      expect(byName.get(name)).toMatchObject({ type: 'STRING', value: 'null' });
    }
    expect(byName.get('commentPosted')).toMatchObject({ type: 'BOOLEAN', value: 'false' });
  });
});
