/** FG204 malformed-expression: `{{ }}` closed, balanced, not empty, no dangling operator, known filters. */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, literal, validateIr, variable, withCode } from '../../harness/rules.js';

const say = (text: string) =>
  handFlow({ first: 'Say', variables: [variable('phoneNumber', 'string', '1')], activities: [activity('Say', 'play-message', { tts: [literal(text)] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')] });
const problems = (text: string) => withCode(validateIr(say(text)), 'FG204').map((d) => d.data?.['problem']);

describe('malformed-expression (FG204)', () => {
  it.each([
    ["LIKE '%{{[phoneNumber}}%'", 'unbalanced'],
    ['Hi {{ phoneNumber', 'unclosed-expression'],
    ['Hi {{ }}', 'empty-expression'],
    ['{{ phoneNumber == }}', 'dangling-operator'],
    ["{{ 'abc }}", 'unterminated-string'],
    ['{{ phoneNumber | lenght }}', 'unknown-filter'],
    ['{{ phoneNumber ; 1 }}', 'unexpected'],
  ])('reports %s', (text, problem) => {
    expect(problems(text)).toStrictEqual([problem]);
  });

  it('suggests the filter meant', () => {
    expect(withCode(validateIr(say('{{ phoneNumber | lenght }}')), 'FG204')[0]?.hint).toBe('Did you mean "length"?');
  });

  it.each([
    'Plain text with a JSON body {"a": {"b": 1}}',
    '{{ phoneNumber | replace({"+1": ""}) | slice(1) }}',
    '{{ now() | epoch(format="yyyy-MM-dd", timeZone="UTC") }}',
    '{{ phoneNumber.length > 3 ? "long" : "short" }}',
    '{{ phoneNumber is not null and not (phoneNumber == "") }}',
    '{{ -1 + 2 }}',
    '{{ phoneNumber | json }}',
  ])('passes %s', (text) => {
    expect(problems(text)).toStrictEqual([]);
  });
});
