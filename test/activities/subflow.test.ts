/** subflow: run a published subflow with mapped inputs and outputs (PAY26 `Invoke_makePayment_Subflow`). */
import { describe, expect, it } from 'vitest';
import { subflow } from '../../src/activities/subflow.js';

const base = { subflow: { id: '6a1eeabe7612bd69e972dbc9', name: 'makePayment' }, versionId: '6a1ef3fd4b865e90d7fc2b2b' };
const issues = (input: unknown) => (subflow.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));

describe('subflow', () => {
  it('writes inputs as caller → subflow and outputs reversed (src = the caller variable)', () => {
    const o = subflow.options.parse({
      ...base,
      inputs: [{ variable: 'cardNumber', subflowVariable: 'subFlowCardNumber_makePayment', type: 'string' }],
      outputs: [{ variable: 'eventDataTOAIAgent', subflowVariable: 'outPutJSONFromMakePayment', type: 'json' }],
    });
    expect(subflow.toWebex(o)).toStrictEqual({
      subflowName: 'makePayment',
      subflowId: '6a1eeabe7612bd69e972dbc9',
      subflowVersion: { subflowId: '6a1eeabe7612bd69e972dbc9', subflowTagId: 'Latest', subflowVersionId: '6a1ef3fd4b865e90d7fc2b2b' },
      automaticUpdates: true,
      subflowInputVariables: [{ src: 'cardNumber', target: 'subFlowCardNumber_makePayment', type: 'STRING' }],
      subflowOutputVariables: [{ src: 'eventDataTOAIAgent', target: 'outPutJSONFromMakePayment', type: 'JSON' }],
    });
    expect(subflow.templates(o)).toStrictEqual([{ parts: [{ ref: 'cardNumber' }] }]);
    expect(subflow.writes(o)).toStrictEqual(['eventDataTOAIAgent']);
  });

  it('has ports default and error; error is optional', () => {
    const o = subflow.options.parse(base);
    expect(subflow.ports(o)).toStrictEqual(['default', 'error']);
    expect(subflow.requiredPorts(o)).toStrictEqual(['default']);
    expect(subflow.webex).toStrictEqual({ activityName: 'subflow-handoff', activityId: 'subflow-handoff', group: 'action', description: true });
  });

  it.each([
    ['a subflow name with a space', { ...base, subflow: { id: 'x', name: 'make payment' } }, { code: 'invalid_format', path: ['subflow', 'name'] }],
    ['no version id', { subflow: base.subflow }, { code: 'invalid_type', path: ['versionId'] }],
    ['an unknown type', { ...base, inputs: [{ variable: 'a', subflowVariable: 'b', type: 'STRING' }] }, { code: 'invalid_value', path: ['inputs', 0, 'type'] }],
    ['an unknown option', { ...base, nested: true }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('reads PAY26 Invoke_checkBalance_Subflow', () => {
    const properties = {
      automaticUpdates: true,
      subflowName: 'checkBalance',
      subflowVersion: { subflowId: '6a1e35a078a3f98ba463c7d5', subflowTagId: 'Latest', subflowVersionId: '6a1e404f96056b56c4442359' },
      subflowId: '6a1e35a078a3f98ba463c7d5',
      subflowOutputVariables: [{ src: 'MainFlowAccountNumber', target: 'accountNumber', type: 'STRING' }],
      subflowInputVariables: [{ src: 'patientID', target: 'subpatientID', type: 'STRING' }],
    };
    expect(subflow.options.parse(subflow.fromWebex!(properties))).toStrictEqual({
      subflow: { id: '6a1e35a078a3f98ba463c7d5', name: 'checkBalance' },
      versionTag: 'Latest',
      versionId: '6a1e404f96056b56c4442359',
      automaticUpdates: true,
      inputs: [{ variable: 'patientID', subflowVariable: 'subpatientID', type: 'string' }],
      outputs: [{ variable: 'MainFlowAccountNumber', subflowVariable: 'accountNumber', type: 'string' }],
    });
  });
});
