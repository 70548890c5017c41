/** FG402 credential-in-variable: a variable sent as a credential carries no literal value. */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, literal, validateIr, variable, withCode } from '../../harness/rules.js';

const flow = (initial: string) =>
  handFlow({
    first: 'Call',
    variables: [variable('Token', 'string', initial)],
    activities: [activity('Call', 'http-request', { url: literal('https://api.example.com/x'), headers: { Authorization: literal('Bearer {{Token}}') } }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')],
  });

describe('credential-in-variable (FG402)', () => {
  it('reports an Authorization header whose variable holds a token in the flow', () => {
    expect(withCode(validateIr(flow('eyJhbGciOiJSUzI1NiJ9.x.y')), 'FG402').map((d) => d.data)).toStrictEqual([{ activity: 'Call', variable: 'Token', parameter: 'Authorization' }]);
  });

  it('passes a token fetched at run time (the variable starts empty), and FG401 leaves Bearer {{Token}} to this rule', () => {
    const diagnostics = validateIr(flow(''));
    expect(withCode(diagnostics, 'FG402')).toStrictEqual([]);
    expect(withCode(diagnostics, 'FG401')).toStrictEqual([]);
  });
});
