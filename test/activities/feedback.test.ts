/** feedback: a post-call IVR survey (CARS `FeedbackV21`). */
import { describe, expect, it } from 'vitest';
import { feedback } from '../../src/activities/feedback.js';

const ani = { parts: [{ text: '{{NewPhoneContact.ANI}}' }] };
const survey = 'inline:6226f3cbd65aee758f8aae18:eecca720-54f2-4a41-b824-70e6e37e45ff';
const cars = {
  customPreFills: {},
  'surveyMethod:radioName': 'voiceBasedSurvey',
  language: null,
  timeout: 3,
  phoneNumber: '{{NewPhoneContact.ANI}}',
  overrideLanguageToggle: false,
  customerId: '{{NewPhoneContact.ANI}}',
  surveyMethod_radioName: 'voiceBasedSurvey',
  email: null,
  surveyMethod: survey,
};

describe('feedback', () => {
  it('writes the keys and values of CARS FeedbackV21', () => {
    const written = feedback.toWebex(feedback.options.parse({ survey, customerId: ani, phoneNumber: ani }));
    expect(written).toStrictEqual({
      surveyMethod: survey,
      'surveyMethod:radioName': 'voiceBasedSurvey',
      surveyMethod_radioName: 'voiceBasedSurvey',
      customerId: '{{NewPhoneContact.ANI}}',
      phoneNumber: '{{NewPhoneContact.ANI}}',
      email: null,
      overrideLanguageToggle: false,
      language: null,
      timeout: 3,
      customPreFills: {},
    });
    expect(written).toEqual(cars);
  });

  it('keeps the 2022 null pre-fills when given that export', () => {
    const o = feedback.options.parse({ survey, customerId: ani });
    expect(feedback.toWebex(o, { ...cars, customPreFills: null })['customPreFills']).toBeNull();
  });

  it('has ports default and error; error is optional', () => {
    const o = feedback.options.parse({ survey, customerId: ani });
    expect(feedback.ports(o)).toStrictEqual(['default', 'error']);
    expect(feedback.requiredPorts(o)).toStrictEqual(['default']);
    expect(feedback.templates(o)).toStrictEqual([ani]);
    expect(feedback.webex).toStrictEqual({ activityName: 'Feedback-V2', activityId: '60a6360ea423a03f3b928da6', group: 'action', description: true });
  });

  it.each([
    ['no survey', { customerId: ani }, { code: 'invalid_type', path: ['survey'] }],
    ['an unknown method', { survey, customerId: ani, method: 'chat' }, { code: 'invalid_value', path: ['method'] }],
    ['an unknown option', { survey, customerId: ani, anonymous: true }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect((feedback.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }))).toContainEqual(issue);
  });

  it('reads CARS FeedbackV21', () => {
    expect(feedback.options.parse(feedback.fromWebex!(cars))).toStrictEqual({
      survey,
      method: 'voiceBasedSurvey',
      customerId: ani,
      phoneNumber: ani,
      timeoutSeconds: 3,
      preFills: {},
    });
  });

  it('reads a voice survey without a customer (the field is for email and SMS surveys) and keeps "" where exported', () => {
    const voiceOnly = { ...cars, customerId: null, phoneNumber: '', customPreFills: null, timeout: '5' };
    const parsed = feedback.options.parse(feedback.fromWebex!(voiceOnly));
    expect(parsed).toStrictEqual({ survey, method: 'voiceBasedSurvey', timeoutSeconds: 5, preFills: {} });
    const written = feedback.toWebex(parsed, voiceOnly);
    expect([written['customerId'], written['phoneNumber'], written['email'], written['customPreFills']]).toStrictEqual([null, '', null, null]);
    expect(feedback.templates(parsed)).toStrictEqual([]);
  });

  it('keeps a customer that is not text for the raw kind', () => {
    expect(feedback.fromWebex!({ ...cars, customerId: 42 })).toBeUndefined();
  });
});
