/** parse: JSONPath fields of a variable or activity output into flow variables (PAY26, customer-journey samples). */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/activities/parse.js';

const webex = (input: unknown) => parse.toWebex(parse.options.parse(input));
const issues = (input: unknown) => (parse.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const outputs = [{ variable: 'patientID', path: '$.patientID' }];

describe('parse', () => {
  it.each([
    [
      'an activity output as JSON',
      { input: 'AI_Agent_payment.MetaData', outputs },
      {
        inputVariable: 'AI_Agent_payment.MetaData',
        contentType: 'JSON',
        'contentType:type': null,
        contentType_type: null,
        'contentType:name': 'JSON',
        contentType_name: 'JSON',
        outputVariableArray: [{ outputVariable: 'patientID', jsonPathExp: '$.patientID' }],
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('has one required port, writes its variables and references its input', () => {
    const o = parse.options.parse({ input: 'userRecord', outputs });
    expect(parse.ports(o)).toStrictEqual(['default']);
    expect(parse.requiredPorts(o)).toStrictEqual(['default']);
    expect(parse.writes(o)).toStrictEqual(['patientID']);
    expect(parse.templates(o)).toStrictEqual([{ parts: [{ ref: 'userRecord' }] }]);
    expect(parse.webex).toStrictEqual({ activityName: 'parse-activity', activityId: 'parse-activity', group: 'action', description: true });
  });

  it.each([
    ['no mapping', { input: 'x', outputs: [] }, { code: 'too_small', path: ['outputs'] }],
    ['an input with braces', { input: '{{x}}', outputs }, { code: 'invalid_format', path: ['input'] }],
    ['an unknown content type', { input: 'x', outputs, contentType: 'CSV' }, { code: 'invalid_value', path: ['contentType'] }],
    ['an unknown option', { input: 'x', outputs, strict: true }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads PAY26 Parse_checkBanalnceData', () => {
    const properties = {
      'contentType:name': 'JSON',
      contentType_type: null,
      activityName: 'parse-activity',
      contentType_name: 'JSON',
      outputVariableArray: [
        { outputVariable: 'patientID', jsonPathExp: '$.patientID' },
        { outputVariable: 'dateOfBirth', jsonPathExp: '$.dateOfBirth' },
      ],
      inputVariable: 'AI_Agent_payment.MetaData',
      'contentType:type': null,
      contentType: 'JSON',
    };
    expect(parse.options.parse(parse.fromWebex!(properties))).toStrictEqual({
      input: 'AI_Agent_payment.MetaData',
      contentType: 'JSON',
      outputs: [
        { variable: 'patientID', path: '$.patientID' },
        { variable: 'dateOfBirth', path: '$.dateOfBirth' },
      ],
    });
  });
});
