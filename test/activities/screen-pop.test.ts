/** screen-pop: a URL template opened on the agent desktop (ZD24 `ScreenPop`). */
import { describe, expect, it } from 'vitest';
import { screenPop } from '../../src/activities/screen-pop.js';
import { buildFlow, defineFlow, text, z } from '../../src/index.js';
import { onSharedKeys, zd24Properties } from '../harness/rules.js';

const webex = (input: unknown) => screenPop.toWebex(screenPop.options.parse(input));
const issues = (input: unknown) => (screenPop.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const ticketUrl = { parts: [{ text: 'https://cisco8760.zendesk.com/agent/tickets/' }, { ref: 'ticketID' }] };

describe('screen-pop', () => {
  it.each([
    [
      'a URL with a reference, defaults',
      { url: ticketUrl, label: 'Customer Ticket details' },
      { screenPopUrl: 'https://cisco8760.zendesk.com/agent/tickets/{{ticketID}}', queryParameters: {}, screenPopDesktopLabel: 'Customer Ticket details', target: 'newBrowserTab' },
    ],
    [
      'query parameters and a target',
      { url: { parts: [{ text: 'https://crm.example.com/search' }] }, label: 'CRM', target: 'insideDesktop', query: { ani: { parts: [{ ref: 'NewPhoneContact.ANI' }] }, src: { parts: [{ text: 'ivr' }] } } },
      { screenPopUrl: 'https://crm.example.com/search', queryParameters: { ani: '{{NewPhoneContact.ANI}}', src: 'ivr' }, screenPopDesktopLabel: 'CRM', target: 'insideDesktop' },
    ],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('has one required port, default, and templates its URL and query values', () => {
    const q = { parts: [{ ref: 'q' }] };
    const o = screenPop.options.parse({ url: ticketUrl, label: 'L', query: { q } });
    expect(screenPop.ports(o)).toStrictEqual(['default']);
    expect(screenPop.requiredPorts(o)).toStrictEqual(['default']);
    expect(screenPop.templates(o)).toStrictEqual([ticketUrl, q]);
    expect(screenPop.webex).toStrictEqual({ activityName: 'screen-pop', activityId: '5f36ab33791fbc3e0eae20c8', group: 'action', description: true });
  });

  it.each([
    ['an empty label', { label: '' }, { code: 'too_small', path: ['label'] }],
    ['an unknown target', { target: 'popup' }, { code: 'invalid_value', path: ['target'] }],
    ['no URL', { url: undefined }, { code: 'invalid_type', path: ['url'] }],
    ['an unknown option', { width: 400 }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, overrides, issue) => {
    expect(issues({ url: ticketUrl, label: 'L', ...overrides })).toContainEqual(issue);
  });

  it('accepts what the builder passes', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      const id = f.variable('ticketID', 'string');
      f.start.then(f.disconnect('Bye'));
      f.onEvent('AgentAnswered').then(f.screenPop('Pop', { url: text`https://acme.zendesk.com/agent/tickets/${id}`, label: 'Ticket', query: { a: 'b' }, target: 'sameBrowserTab' })).then(f.end('End'));
    });
    const pop = buildFlow(flow, {}).ir.activities.find((a) => a.name === 'Pop')!;
    expect(screenPop.options.safeParse(pop.options).success).toBe(true);
  });

  it.skipIf(!zd24Properties('ScreenPop'))('gives the values of ZD24 ScreenPop', () => {
    const [ours, theirs] = onSharedKeys(webex({ url: ticketUrl, label: 'Customer Ticket details' }), zd24Properties('ScreenPop')!);
    expect(Object.keys(ours)).toHaveLength(4);
    expect(ours).toStrictEqual(theirs);
  });
});
