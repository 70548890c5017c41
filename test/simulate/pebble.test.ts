/**
 * Pebble semantics, table by table: expressions from the corpus and from the Zendesk flow with the
 * value Pebble (and Webex, where Cisco documents it) gives. Sources: docs/webex-flow-format.md §9,
 * docs/webex-activities-and-api.md §2.1, Pebble's operator and filter docs.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePebble, renderPebble, type PebbleValue } from '../../src/simulate/pebble/evaluate.js';
import { PebbleError } from '../../src/simulate/pebble/parse.js';

const vars: Record<string, PebbleValue> = {
  ticketID: '1509',
  ticketStatus: 'hold',
  userName: 'Ada',
  commentPosted: false,
  callerPhone: '14085551234',
  count: 3,
  flag: 'true',
  treatment: { bUnit: 'sales', items: [{ name: 'first' }] },
  LookupUser: { httpStatusCode: 200 },
  NewPhoneContact: { ANI: '+1 (408) 555-1234' },
  ScheduleDate: { DigitsEntered: '20260310' },
};
const env = { lookup: (name: string) => vars[name], now: new Date('2026-03-10T14:05:09Z') };
const value = (text: string) => evaluatePebble(text, env);

describe('Pebble values', () => {
  it.each([
    ['{{ LookupUser.httpStatusCode == 200 }}', true],
    ['{{ ticketID == "null" }}', false],
    ['{{ ticketID != "null" and commentPosted == false }}', true],
    ["{{ NewPhoneContact.ANI | replace({'+': '', '-': '', ' ': '', '(': '', ')': ''}) }}", '14085551234'],
    ['{{ (callerPhone | length) > 10 ? callerPhone | slice((callerPhone | length) - 10) : callerPhone }}', '4085551234'],
    ['{{ callerPhone.length }}', 11],
    ['{{ callerPhone | slice(1) }}', '4085551234'],
    ['{{ count + 1 }}', 4],
    ['{{ "a" + count }}', 'a3'],
    ['{{ count % 2 == 1 }}', true],
    ['{{ count is odd }}', true],
    ['{{ 7 / 2 }}', 3],
    ['{{ treatment.bUnit }}', 'sales'],
    ['{{ treatment.items[0].name }}', 'first'],
    ['{{ now() | epoch }}', 1773151509],
    ['{{ now() | epoch(inMillis=true) }}', 1773151509000],
    ["{{ now() | epoch(format='yyyy-MM-dd HH:mm', timeZone='America/New_York') }}", '2026-03-10 10:05'],
    ['{{ ScheduleDate.DigitsEntered | date("yyyy-MM-dd", existingFormat="yyyyMMdd") }}', '2026-03-10'],
    ['{{ ScheduleDate.DigitsEntered == (ScheduleDate.DigitsEntered | date("yyyy-MM-dd",existingFormat="yyyyMMdd") | slice(0,10)).replace("-","") }}', true],
    ["{{ userName | upper }}", 'ADA'],
    ["{{ 'x y' | urlencode }}", 'x+y'],
    ["{{ flag and true }}", true],
    ['{{ not commentPosted }}', true],
    ['{{ missing }}', null],
    ['{{ missing.member }}', null],
    ['{{ missing == null }}', true],
    ["{{ ticketStatus | replace({'hold': 'on hold'}) }}", 'on hold'],
    ['{{ userName ~ missing ~ "!" }}', 'Ada!'],
  ] as [string, PebbleValue][])('%s is %j', (text, expected) => {
    expect(value(text)).toStrictEqual(expected);
  });
});

describe('Pebble rendering', () => {
  it('renders an undeclared variable as nothing (ZD24 "{{ticketId }}" against ticketID)', () => {
    expect(renderPebble('We found {{ticketId }} in a {{ ticketStatus }} state.', env)).toBe('We found  in a hold state.');
  });

  it('keeps text outside {{ }} literal, JSON braces included, and escapes JSON in a body', () => {
    vars['note'] = 'say "hi"\nbye';
    expect(renderPebble('{"body": "{{note | escape(\'json\')}}"}}}', env)).toBe('{"body": "say \\"hi\\"\\nbye"}}}');
  });

  it('renders booleans, numbers and null as Pebble prints them', () => {
    expect(renderPebble('{{commentPosted}} {{count}} [{{missing}}]', env)).toBe('false 3 []');
  });
});

describe('Pebble errors (the activity then takes its error path)', () => {
  it.each([
    ['{{ userName - 1 }}', /needs numbers/],
    ['{{ ticketID | nosuchfilter }}', /not a Pebble filter/],
    ['{{ userName and true }}', /needs true or false/],
    ['{{ callerPhone | slice(5, 99) }}', /outside the text/],
    ['{{ a == }}', /ends too early|unexpected/],
    ['{{[phoneNumber}}', /never closed/],
    ['{% if a %}x{% endif %}', /tags are not simulated/],
  ])('%s', (text, message) => {
    expect(() => renderPebble(text, env)).toThrow(PebbleError);
    expect(() => renderPebble(text, env)).toThrow(message);
  });
});
