/**
 * Runs the compiled Zendesk IVR's data steps (Set Variable, HTTP Request, Condition) against a fake
 * Zendesk on 127.0.0.1: the Pebble, query encoding, JSONPath mappings, "null" sentinels, retries,
 * timeouts, error routing and the internal-note body are exercised as Webex would run them.
 * No request leaves loopback; the fake's credentials exist only in this file.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compiledZendesk } from '../harness/zendesk.js';
import { graphOf, processes, type WebexActivity, type WebexDocument } from '../harness/document.js';
import { FakeZendesk } from '../harness/fake-zendesk.js';
import {
  evaluateCondition,
  evaluateSingle,
  initialState,
  pebbleFeatures,
  render,
  runHttpActivity,
  runSetVariable,
  walk,
  type RunContext,
  type Vars,
} from '../harness/http-activity.js';

const EMAIL = 'ivr-bot@example.test';
const TOKEN = 'fake-zd-token-3f9a1c77e2';
const NOW = new Date('2026-03-10T14:05:09.250Z');
const NOW_TEXT = '2026-03-10 14:05:09';
const ADA = '372140581231';
const expectedAuth = `Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`;

const fake = new FakeZendesk({ email: EMAIL, token: TOKEN });
let doc: WebexDocument;
let flowText: string;
let connectorsText: string;
let main: ReturnType<typeof graphOf>;
let events: ReturnType<typeof graphOf>;
let initial: Vars;
let ctx: RunContext;

beforeAll(async () => {
  const compiled = await compiledZendesk();
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  flowText = compiled.text!;
  connectorsText = compiled.connectorsText!;
  doc = JSON.parse(flowText) as WebexDocument;
  main = graphOf(processes(doc).main);
  events = graphOf(processes(doc).events);
  await fake.start();
  const state = initialState(doc.variables);
  initial = state.vars;
  const connectorId = String(main.activity('LookupUser').properties['connectorId']);
  ctx = { types: state.types, now: NOW, connectors: { [connectorId]: { baseUrl: fake.baseUrl, username: `${EMAIL}/token`, password: TOKEN } } };
});

afterAll(async () => {
  await fake.stop();
});

beforeEach(() => fake.reset());

const act = (name: string): WebexActivity => (main.has(name) ? main.activity(name) : events.activity(name));

/** A new call: variables at their declared initial values, the ANI set; runs from after the greeting. */
async function call(ani: string, context: RunContext = ctx) {
  const first = main.next('Greeting', 'default')!;
  return walk(processes(doc).main, first, { ...initial, 'NewPhoneContact.ANI': ani }, context);
}

/** Every `{{ … }}` template in the compiled activities (main and event flows). */
function allTemplates(): string[] {
  const found: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string' && v.includes('{{')) found.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const p of Object.values(processes(doc))) for (const a of Object.values(p.activities)) visit(a.properties);
  return found;
}

describe('the compiled Zendesk flow, statically', () => {
  it('depends on exactly this Pebble subset (the harness parses every template in the flow)', () => {
    const features = new Set<string>();
    for (const t of allTemplates()) pebbleFeatures(t, features);
    expect([...features].sort()).toEqual(
      [
        "filter: escape('json')",
        'filter: epoch(format=…, timeZone=…)',
        'filter: length',
        "filter: replace({'literal': 'literal', …})",
        'filter: slice(from)',
        'function: now()',
        'literal: boolean',
        'literal: integer',
        'literal: map of strings',
        'literal: string',
        'operator: !=',
        'operator: -',
        'operator: ==',
        'operator: >',
        'operator: >=',
        'operator: a ? b : c',
        'operator: and',
        'parentheses',
        'reference: Activity.output / event data',
        'reference: variable',
      ].sort(),
    );
  });

  it('the harness refuses Pebble it does not model', () => {
    const env = { vars: { x: 'a' }, now: NOW };
    expect(() => render('{{ x | upper }}', env)).toThrow(/filter "upper"/);
    expect(() => render('{% if x %}y{% endif %}', env)).toThrow(/not modelled/);
    expect(() => render('{{ missing }}', env)).toThrow(/unknown variable/);
  });

  it('holds no credential: HTTP activities reference the connector by id only', () => {
    const http = allActivities().filter((a) => a.properties['activityName'] === 'http-request-v2');
    expect(http.map((a) => a.name).sort()).toEqual(['LookupTicket', 'LookupUser', 'PostCallComment', 'PostHangUpComment']);
    for (const a of http) {
      expect(a.properties['authenticated']).toBe(true);
      expect(a.properties['connectorId']).toBe(Object.keys(ctx.connectors)[0]);
      expect(a.properties['httpRequestUrl']).toBeNull();
      expect(Object.keys(a.properties['httpRequestHeaders'] as object).map((k) => k.toLowerCase())).not.toContain('authorization');
    }
    for (const text of [flowText, connectorsText]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(EMAIL);
      expect(text).not.toMatch(/\bBasic\s+(?!Authentication\b)[A-Za-z0-9+/]{8,}={0,2}/);
      expect(text).not.toMatch(/"(Authorization|password|apiToken|api_token)"\s*:/i);
    }
  });
});

function allActivities(): WebexActivity[] {
  return Object.values(processes(doc)).flatMap((p) => Object.values(p.activities));
}

describe('caller number normalisation (NormalizeCallerNumber_Digits → _National)', () => {
  it.each([
    ['+14085551234', '4085551234'],
    ['+442079460958', '2079460958'],
    ['+1 (408) 555-1234', '4085551234'],
    ['4085551234', '4085551234'],
    ['5551234', '5551234'],
  ])('%s → %s', (ani, digits) => {
    let vars: Vars = { ...initial, 'NewPhoneContact.ANI': ani };
    vars = runSetVariable(act('NormalizeCallerNumber_Digits'), vars, ctx);
    vars = runSetVariable(act('NormalizeCallerNumber_National'), vars, ctx);
    expect(vars['callerPhone']).toBe(digits);
  });
});

describe('LookupUser against the fake', () => {
  it.each(['+1 (408) 555-1234', '(408) 555-1234', '+1 408.555.1234', '408.555.1234', '408-555-1234', '+14085551234'])(
    'the E.164 ANI +14085551234 finds the end-user stored as %s (not the agent with the same number)',
    async (stored) => {
      fake.users.find((u) => String(u.id) === ADA)!.phone = stored;
      const run = await call('+14085551234');
      expect(run.vars['userID']).toBe(ADA);
      expect(run.vars['userName']).toBe('Ada Lovelace');
      const searches = fake.recorded('GET', '/api/v2/users/search.json');
      expect(searches).toHaveLength(1);
      expect(searches[0]!.query.get('query')).toBe('role:end-user phone:*4085551234');
      expect(run.http['LookupUser']!.urls[0]).toContain('?query=role%3Aend-user+phone%3A*4085551234');
      expect(searches[0]!.headers.authorization).toBe(expectedAuth);
    },
  );

  it('a UK caller is found with the national-number suffix', async () => {
    const run = await call('+442079460958');
    expect(run.vars['userName']).toBe('Alan Turing');
    expect(run.vars['ticketID']).toBe('1530');
    expect(run.stoppedAt).toBe('TicketDetails');
  });

  it('an unknown number leaves userID at "null" and routes to NoUserMessage without a ticket search', async () => {
    const run = await call('+13125550000');
    expect(run.http['LookupUser']!.status).toBe(200);
    expect(JSON.parse(String(run.vars['LookupUser.httpResponseBody']))).toEqual({ users: [], next_page: null, previous_page: null, count: 0 });
    expect(run.vars['userID']).toBe('null');
    expect(run.vars['userName']).toBe('null');
    expect(run.trail).toEqual([
      'NormalizeCallerNumber_Digits:out',
      'NormalizeCallerNumber_National:out',
      'CallerNumberUsable:true',
      'LookupUser:default',
      'UserLookupAnswered:true',
      'UserFound:false',
    ]);
    expect(run.stoppedAt).toBe('NoUserMessage');
    expect(fake.recorded('GET', '/api/v2/search.json')).toHaveLength(0);
  });

  it.each(['', '1234', '+1 555'])('a withheld or short ANI (%j) is not searched: "phone:*" would match strangers', async (ani) => {
    const run = await call(ani);
    expect(fake.recorded('GET', '/api/v2/users/search.json')).toHaveLength(0);
    expect(run.trail.at(-1)).toBe('CallerNumberUsable:false');
    expect(run.vars['userID']).toBe('null');
    expect(run.stoppedAt).toBe('NoUserMessage');
  });
});

describe('LookupTicket against the fake', () => {
  it('maps the newest unsolved ticket (not the newer solved/closed ones) and routes urgent to the priority queue', async () => {
    const run = await call('+14085551234');
    expect(run.stoppedAt).toBe('TicketDetails');
    expect(run.trail.slice(3)).toEqual([
      'LookupUser:default',
      'UserLookupAnswered:true',
      'UserFound:true',
      'LookupTicket:default',
      'TicketLookupAnswered:true',
      'TicketFound:true',
    ]);
    expect(run.vars).toMatchObject({ userID: ADA, ticketID: '1509', ticketStatus: 'hold', ticketPriority: 'urgent', ticketSubject: 'Cannot log in after a password reset' });
    const [search, ...more] = fake.recorded('GET', '/api/v2/search.json');
    expect(more).toHaveLength(0);
    expect(Object.fromEntries(search!.query)).toEqual({ query: `type:ticket status<solved requester:${ADA}`, sort_by: 'created_at', sort_order: 'desc', per_page: '1' });
    expect(search!.headers.authorization).toBe(expectedAuth);

    const tts = (act('TicketDetails').properties['promptsTts'] as { value: string }[])[0]!.value;
    expect(render(tts, { vars: run.vars, now: NOW })).toBe('Hello Ada Lovelace. Your ticket number 1509, Cannot log in after a password reset, is on hold.');

    const severity = act('RouteBySeverity').properties;
    const value = evaluateSingle(String(severity['expression']), { vars: run.vars, now: NOW });
    const port = String((severity['menuLinks:input'] as string[]).indexOf(String(value)));
    expect(main.next('RouteBySeverity', port)).toBe('QueuePriority');
  });

  it('a ticket with priority null goes to the standard queue', async () => {
    const run = await call('+16505550199');
    expect(run.vars).toMatchObject({ userName: 'Grace Hopper', ticketID: '1520', ticketStatus: 'pending', ticketPriority: null });
    const value = evaluateSingle(String(act('RouteBySeverity').properties['expression']), { vars: run.vars, now: NOW });
    expect(['urgent', 'high']).not.toContain(value);
  });

  it('a user without unsolved tickets leaves ticketID at "null" and hears NoTicketMessage', async () => {
    const run = await call('+12125550143');
    expect(run.vars['userID']).toBe('372140581234');
    expect(JSON.parse(String(run.vars['LookupTicket.httpResponseBody'])).count).toBe(0);
    expect(run.vars).toMatchObject({ ticketID: 'null', ticketStatus: 'null', ticketPriority: 'null', ticketSubject: 'null' });
    expect(run.trail.at(-1)).toBe('TicketFound:false');
    expect(run.stoppedAt).toBe('NoTicketMessage');
  });
});

describe('Zendesk failures route to ZendeskUnavailable → QueueStandard', () => {
  const users = (m: string, p: string) => m === 'GET' && p === '/api/v2/users/search.json';
  const tickets = (m: string, p: string) => m === 'GET' && p === '/api/v2/search.json';

  it('a 500 on the user search is retried retryAttempts (1) time, then UserLookupAnswered is false', async () => {
    expect(act('LookupUser').properties['retryAttempts']).toBe('1');
    fake.faults.push({ match: users, status: 500 });
    const run = await call('+14085551234');
    expect(fake.recorded('GET', '/api/v2/users/search.json')).toHaveLength(2);
    expect(run.vars['LookupUser.httpStatusCode']).toBe(500);
    expect(act('UserLookupAnswered').properties['expression']).toBe('{{ LookupUser.httpStatusCode == 200 }}');
    expect(run.trail.at(-1)).toBe('UserLookupAnswered:false');
    expect(run.stoppedAt).toBe('ZendeskUnavailable');
    expect(main.next('ZendeskUnavailable', 'default')).toBe('QueueStandard');
    expect(run.vars['userID']).toBe('null');
  });

  it('a single 500 is absorbed by the retry', async () => {
    fake.faults.push({ match: users, status: 500, times: 1 });
    const run = await call('+14085551234');
    expect(run.http['LookupUser']!.attempts).toBe(2);
    expect(run.vars['userID']).toBe(ADA);
    expect(run.stoppedAt).toBe('TicketDetails');
  });

  it('a 429 is not retried (Webex retries 5xx only) and routes to ZendeskUnavailable', async () => {
    fake.faults.push({ match: users, status: 429 });
    const run = await call('+14085551234');
    expect(fake.recorded('GET', '/api/v2/users/search.json')).toHaveLength(1);
    expect(run.vars['LookupUser.httpStatusCode']).toBe(429);
    expect(run.stoppedAt).toBe('ZendeskUnavailable');
  });

  it('a 500 on the ticket search: TicketLookupAnswered is false, ticketID stays "null"', async () => {
    fake.faults.push({ match: tickets, status: 500 });
    const run = await call('+14085551234');
    expect(fake.recorded('GET', '/api/v2/search.json')).toHaveLength(2);
    expect(act('TicketLookupAnswered').properties['expression']).toBe('{{ LookupTicket.httpStatusCode == 200 }}');
    expect(run.trail.at(-1)).toBe('TicketLookupAnswered:false');
    expect(run.stoppedAt).toBe('ZendeskUnavailable');
    expect(run.vars['ticketID']).toBe('null');
  });

  it('wrong connector credentials: the fake answers 401 and the caller still reaches an agent', async () => {
    const wrong: RunContext = { ...ctx, connectors: Object.fromEntries(Object.entries(ctx.connectors).map(([id, c]) => [id, { ...c, password: 'wrong' }])) };
    const run = await call('+14085551234', wrong);
    expect(run.vars['LookupUser.httpStatusCode']).toBe(401);
    expect(run.stoppedAt).toBe('ZendeskUnavailable');
  });

  it('a user search slower than httpResponseTimeout (3000 ms) is abandoned and routes to ZendeskUnavailable', async () => {
    expect(act('LookupUser').properties['httpResponseTimeout']).toBe('3000');
    fake.faults.push({ match: users, delayMs: 4000 });
    const run = await call('+14085551234');
    expect(run.http['LookupUser']!.timedOut).toBe(true);
    expect(fake.recorded('GET', '/api/v2/users/search.json')).toHaveLength(1);
    expect(run.vars['LookupUser.httpStatusCode']).not.toBe(200);
    expect(run.stoppedAt).toBe('ZendeskUnavailable');
    // Whatever Webex writes on a timeout (a code or nothing at all), the condition is false.
    expect(evaluateCondition(act('UserLookupAnswered'), { ...run.vars, 'LookupUser.httpStatusCode': null }, NOW)).toBe(false);
  });
});

describe('internal notes (PUT /api/v2/tickets/<id>.json)', () => {
  it('a failed hang-up note is not retried (a comment is not idempotent) and is posted again when the call ends', async () => {
    const looked = await call('+14085551234');
    fake.faults.push({ match: (m: string) => m === 'PUT', status: 500, times: 1 });
    const hangUp = await walk(processes(doc).main, main.next('MainMenu', '2')!, looked.vars, ctx);
    expect(hangUp.trail).toEqual(['ChoseHangUp:out', 'PostHangUpComment:default', 'HangUpNoteSaved:false']);
    expect(hangUp.stoppedAt).toBe('Goodbye');
    expect(hangUp.vars['commentPosted']).toBe(false);
    expect(fake.recorded('PUT', /^\/api\/v2\/tickets\//)).toHaveLength(1);

    const ended = await walk(processes(doc).events, 'NeedsCallNote', hangUp.vars, ctx);
    expect(ended.trail).toEqual(['NeedsCallNote:true', 'PostCallComment:default']);
    expect(fake.recorded('PUT', /^\/api\/v2\/tickets\//)).toHaveLength(2);
    expect(fake.comments).toHaveLength(1);
  });

  it('hang-up path: one PUT to the found ticket with public:false, the ANI, the choice and the time; no second note at call end', async () => {
    const looked = await call('+14085551234');
    expect(looked.vars['ticketID']).toBe('1509');
    const hangUp = await walk(processes(doc).main, main.next('MainMenu', '2')!, looked.vars, ctx);
    expect(hangUp.trail).toEqual(['ChoseHangUp:out', 'PostHangUpComment:default', 'HangUpNoteSaved:true', 'MarkCommentPosted:out']);
    expect(hangUp.stoppedAt).toBe('Goodbye');
    expect(hangUp.vars['PostHangUpComment.httpStatusCode']).toBe(200);
    expect(hangUp.vars['commentPosted']).toBe(true);

    const puts = fake.recorded('PUT', /^\/api\/v2\/tickets\//);
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe('/api/v2/tickets/1509.json');
    expect(puts[0]!.headers.authorization).toBe(expectedAuth);
    expect(puts[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(puts[0]!.rawBody)).toEqual({
      ticket: {
        comment: {
          body: `Webex Contact Center: caller +14085551234 checked the ticket status by phone at ${NOW_TEXT} (UTC) and chose to hang up without speaking to an agent.`,
          public: false,
        },
      },
    });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]).toMatchObject({ ticketId: 1509, public: false });

    const ended = await walk(processes(doc).events, 'NeedsCallNote', hangUp.vars, ctx);
    expect(ended.trail).toEqual(['NeedsCallNote:false']);
    expect(ended.stoppedAt).toBe('EndFlow_callEnded');
    expect(fake.recorded('PUT', /^\/api\/v2\/tickets\//)).toHaveLength(1);
  });

  it('call-ended path: PostCallComment notes the menu outcome once', async () => {
    const looked = await call('+14085551234');
    const noChoice = runSetVariable(act('NoValidChoice'), looked.vars, ctx);
    const ended = await walk(processes(doc).events, 'NeedsCallNote', noChoice, ctx);
    expect(ended.trail).toEqual(['NeedsCallNote:true', 'PostCallComment:default']);
    expect(ended.stoppedAt).toBe('EndFlow_callEnded');
    const puts = fake.recorded('PUT', /^\/api\/v2\/tickets\//);
    expect(puts.map((p) => p.path)).toEqual(['/api/v2/tickets/1509.json']);
    expect(JSON.parse(puts[0]!.rawBody).ticket.comment).toEqual({
      body: `Webex Contact Center: call from +14085551234 ended at ${NOW_TEXT} (UTC). The caller made no valid choice and was sent to an agent.`,
      public: false,
    });
  });

  const hostile = 'said "stop" \\ C:\\temp\\ {{userID}} </script>\nnext line\r\n\ttab \u2028 \u0001 ☎ \'q\'';
  const hostileAni = '+1"408\\555\n1234';

  it.each(['PostHangUpComment', 'PostCallComment'])('%s stays valid JSON when values hold quotes, backslashes and newlines', async (name) => {
    const vars: Vars = { ...initial, 'NewPhoneContact.ANI': hostileAni, callerChoice: hostile, userName: hostile, userID: ADA, ticketID: '1507' };
    const result = await runHttpActivity(act(name), vars, ctx);
    expect(result.status).toBe(200);
    const puts = fake.recorded('PUT', /^\/api\/v2\/tickets\//);
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe('/api/v2/tickets/1507.json');
    const comment = JSON.parse(puts[0]!.rawBody).ticket.comment;
    expect(comment.public).toBe(false);
    expect(comment.body).toContain(hostile);
    expect(comment.body).toContain(hostileAni);
    expect(comment.body).toContain(NOW_TEXT);
    expect(fake.comments.map((c) => [c.ticketId, c.body])).toEqual([[1507, comment.body]]);
  });

  it('without escape("json") the same values break the body and the fake rejects it with 400 (the escape is what protects it)', async () => {
    const a = act('PostHangUpComment');
    const unescaped: WebexActivity = { ...a, properties: { ...a.properties, httpRequestBody: String(a.properties['httpRequestBody']).replaceAll(" | escape('json')", '') } };
    const vars: Vars = { ...initial, 'NewPhoneContact.ANI': '+14085551234', callerChoice: hostile, ticketID: '1507' };
    const result = await runHttpActivity(unescaped, vars, ctx);
    expect(result.status).toBe(400);
    expect(result.attempts).toBe(1);
    expect(fake.comments).toHaveLength(0);
  });
});
