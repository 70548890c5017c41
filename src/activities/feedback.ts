/**
 * Feedback (`Feedback-V2`): a post-call survey. Webex facts (docs/webex-activities-and-api.md §1.3
 * "Feedback": an IVR survey in the AgentDisconnected event flow, then Disconnect Contact; an email
 * or SMS survey in the PhoneContactEnded event flow; timeout default 3 s). Catalogue id
 * 60a6360ea423a03f3b928da6, group `action`, ports `default` and `error` (docs/webex-flow-format.md
 * §7.13). Keys from the two CARS exports (`FeedbackV21`): `surveyMethod` holds the survey
 * (`inline:<survey id>:<uuid>`) with `surveyMethod:radioName` `voiceBasedSurvey`; `customPreFills`
 * an object of templates (null in 2022). The email and SMS radio values are inferred from the UI
 * wording (`emailBasedSurvey`, `smsBasedSurvey`); no export shows them.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Target, type Text, type TextOrVariable, type Variable, type OutputRef } from './shared/factory.js';
import { compact, fieldTemplate, textRecord } from './shared/factory-input.js';
import { literal, optionalLiteral, recordValue, textRecordValue, textValue } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { defined, numberOf, templateRecord, textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';
import type { Template } from '../ir/types.js';
import { radioShadows } from './shared/shadow-keys.js';

const options = z.strictObject({
  /** The survey as Flow Designer stores it (`inline:<survey id>:<uuid>`). */
  survey: z.string().min(1),
  method: z.enum(['voiceBasedSurvey', 'emailBasedSurvey', 'smsBasedSurvey']).default('voiceBasedSurvey'),
  /** Who answers, e.g. `{{NewPhoneContact.ANI}}` (a voice survey may leave it unset). */
  customerId: templateSchema.optional(),
  phoneNumber: templateSchema.optional(),
  email: templateSchema.optional(),
  /** Survey language when overriding the default. */
  language: z.string().min(1).optional(),
  timeoutSeconds: z.number().int().min(1).max(60).default(3),
  /** Answers filled in ahead (`{question: "{{value}}"}`). */
  preFills: z.record(z.string(), templateSchema).default({}),
});
export type FeedbackOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface FeedbackInput extends Described {
  /** The survey as Flow Designer stores it (`inline:<survey id>:<uuid>`). */
  survey: string;
  method?: 'voiceBasedSurvey' | 'emailBasedSurvey' | 'smsBasedSurvey';
  /** Who answers, e.g. `f.call.ani`. */
  customerId?: Text | Variable<'string'> | OutputRef<'string'>;
  phoneNumber?: Text | Variable<'string'> | OutputRef<'string'>;
  email?: Text | Variable<'string'> | OutputRef<'string'>;
  /** Survey language, when overriding the default. */
  language?: string;
  timeoutSeconds?: number;
  /** Answers filled in ahead (email and SMS surveys). */
  preFills?: Readonly<Record<string, Text>>;
}
export type FeedbackHandle = Target & Chain<'default' | 'error'>;

const optionalField = (value: TextOrVariable | undefined): Template | undefined => (value === undefined ? undefined : fieldTemplate(value));

export const feedback = defineActivity({
  kind: 'feedback',
  options,
  factory: defineFactory<{
    /** Feedback: a post-call survey (in the AgentDisconnected or PhoneContactEnded event flow). */
    feedback(name: string, input: FeedbackInput): FeedbackHandle;
  }>()({
    method: 'feedback',
    inputKeys: [...DESCRIBED_KEYS, 'survey', 'method', 'customerId', 'phoneNumber', 'email', 'language', 'timeoutSeconds', 'preFills'],
    options: (input) =>
      compact({
        survey: input.survey,
        method: input.method,
        customerId: optionalField(input.customerId),
        phoneNumber: optionalField(input.phoneNumber),
        email: optionalField(input.email),
        language: input.language,
        timeoutSeconds: input.timeoutSeconds,
        preFills: textRecord(input.preFills),
      }),
    mainPort: 'default',
  }),
  printInput: (o) =>
    recordValue([
      ['survey', literal(o.survey)],
      ['method', literal(o.method)],
      ['customerId', o.customerId && textValue(o.customerId)],
      ['phoneNumber', o.phoneNumber && textValue(o.phoneNumber)],
      ['email', o.email && textValue(o.email)],
      ['language', optionalLiteral(o.language)],
      ['timeoutSeconds', literal(o.timeoutSeconds)],
      ['preFills', Object.keys(o.preFills).length ? textRecordValue(o.preFills) : undefined],
    ]),
  ports: () => ['default', 'error'],
  templates: (o) => [...(o.customerId ? [o.customerId] : []), ...(o.phoneNumber ? [o.phoneNumber] : []), ...(o.email ? [o.email] : []), ...Object.values(o.preFills)],
  webex: { activityName: 'Feedback-V2', activityId: catalogueId('Feedback-V2'), group: 'action', description: true },
  summary: (o) => [o.method.replace(/BasedSurvey$/, ' survey')],
  simulate: (o, call) => {
    call.note(`feedback survey ${o.survey} (${o.method}) offered to ${o.customerId ? call.render(o.customerId) : call.contact.ani}`);
    return { port: 'default' };
  },
  toWebex: (o, exported) => {
    const preFills = Object.fromEntries(Object.entries(o.preFills).map(([k, v]) => [k, renderText(v)]));
    // An unset text is null, or "" where the export it came from wrote "".
    const unset = (key: string) => (exported?.[key] === '' ? '' : null);
    const text = (key: string, t: Template | undefined) => (t ? renderText(t) : unset(key));
    return {
      surveyMethod: o.survey,
      ...radioShadows('surveyMethod', o.method),
      customerId: text('customerId', o.customerId),
      phoneNumber: text('phoneNumber', o.phoneNumber),
      email: text('email', o.email),
      overrideLanguageToggle: o.language !== undefined,
      language: o.language ?? null,
      timeout: o.timeoutSeconds,
      // 2022 exports write no pre-fills as null.
      customPreFills: Object.keys(preFills).length > 0 ? preFills : exported?.['customPreFills'] === null ? null : {},
    };
  },
  fromWebex: (p) => {
    const preFills = templateRecord(p['customPreFills']);
    const unsetOrText = (v: unknown) => v === null || v === undefined || typeof v === 'string';
    if (typeof p['surveyMethod'] !== 'string' || !preFills || !['customerId', 'phoneNumber', 'email'].every((k) => unsetOrText(p[k]))) return undefined;
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? textTemplate(v) : undefined);
    const customerId = text(p['customerId']);
    return defined({
      survey: p['surveyMethod'],
      method: p['surveyMethod:radioName'] ?? undefined,
      customerId,
      phoneNumber: text(p['phoneNumber']),
      email: text(p['email']),
      language: p['overrideLanguageToggle'] === true && typeof p['language'] === 'string' ? p['language'] : undefined,
      timeoutSeconds: numberOf(p['timeout']),
      preFills,
    });
  },
});
