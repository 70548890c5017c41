/**
 * Recording Control (`RecordingControl`): pauses or resumes the call recording. Webex facts
 * (docs/webex-activities-and-api.md §1.1): runtime self-loop limit 10. Facts from the only export,
 * `RecordingControl_upx` in Cisco's Recording template (corpus hnavilur…/recording-template
 * __Recording_Template.json, 2024-10): catalogue id 6458adcc1a95e20b03e0e714, group `action`,
 * ports `default` and `failure` (default wired); the setting is `enableRecording`, a Pebble
 * boolean (`"{{record}}"`, a BOOLEAN variable set by two Set Variables: resume or pause). The
 * editor is a variable picker (a community FlowV2 reference read off the activity registry:
 * "VariableSelect — must reference a boolean flow variable"), so the DSL takes a boolean variable;
 * the options keep any template an export holds.
 */
import { z } from 'zod';
import { renderExpression, renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Routable, type Target, type Variable } from './shared/factory.js';
import { fieldTemplate } from './shared/factory-input.js';
import { recordValue, referencedVariable } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';

const options = z.strictObject({
  /** A boolean Pebble template: true resumes (or keeps) the recording, false pauses it. */
  enabled: templateSchema,
});
export type RecordingControlOptions = z.infer<typeof options>;

export interface RecordingControlInput extends Described {
  /**
   * A boolean variable: true resumes the call recording, false pauses it. Flow Designer offers a
   * variable picker here (no literal), so set the variable with Set Variable first.
   */
  enabled: Variable<'boolean'>;
}
export type RecordingControlHandle = Target & Chain<'default' | 'failure'> & Routable<'default', 'failure'>;

export const recordingControl = defineActivity({
  kind: 'recording-control',
  options,
  factory: defineFactory<{
    /** Recording Control: resumes the call recording when the boolean variable `enabled` is true, pauses it when false. */
    recordingControl(name: string, input: RecordingControlInput): RecordingControlHandle;
  }>()({
    method: 'recordingControl',
    inputKeys: [...DESCRIBED_KEYS, 'enabled'],
    options: (input) => ({ enabled: fieldTemplate(input.enabled) }),
    mainPort: 'default',
  }),
  // Flow Designer offers a variable picker here; any other switch prints generically.
  printInput: (o) => { const enabled = referencedVariable(o.enabled, 'boolean'); return enabled && recordValue([['enabled', enabled]]); },
  ports: () => ['default', 'failure'],
  requiredPorts: () => ['default'],
  templates: (o) => [o.enabled],
  webex: { activityName: 'RecordingControl', activityId: catalogueId('RecordingControl'), group: 'action', description: true },
  summary: (o) => ['recording on while', { expression: o.enabled }],
  simulate: (o, call) => {
    const enabled = call.render(o.enabled).trim().toLowerCase();
    if (enabled !== 'true' && enabled !== 'false') return call.fail(`recording control gives ${JSON.stringify(enabled)}, not true or false`);
    call.note(enabled === 'true' ? 'call recording on' : 'call recording paused');
    return { port: 'default' };
  },
  toWebex: (o) => ({ enableRecording: o.enabled.expression ? renderExpression(o.enabled) : renderText(o.enabled) }),
  fromWebex: (p) => {
    const enabled = textTemplate(p['enableRecording']);
    return enabled && enabled.parts.length > 0 ? { enabled } : undefined;
  },
});
