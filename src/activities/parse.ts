/**
 * Parse (`parse-activity`): reads fields out of a JSON (TOML, XML, YAML) variable into flow
 * variables by JSONPath (Jayway syntax). Webex facts (docs/webex-flow-format.md §7.9,
 * docs/webex-activities-and-api.md §1.4 "Parse"): slug id `parse-activity`, group `action`, one
 * port `default`; `inputVariable` names a variable or an activity output without braces
 * (`AI_Agent_payment.MetaData`); `outputVariableArray` has the HTTP request's shape. Keys from the
 * six corpus instances (customer-journey samples 2023, dialogflow-sample, PAY26 `Parse_checkBanalnceData`);
 * PAY26 adds `contentType:name`/`contentType_name`.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type OutputRef, type Target, type Variable } from './shared/factory.js';
import { outputMappings, type OutputMapping } from './shared/factory-input.js';
import { literal, mappingsValue, outputValue, recordValue, variableValue } from './shared/print-input.js';
import { variableNameSchema } from './shared/schemas.js';
import { selectShadows } from './shared/shadow-keys.js';

export const PARSE_CONTENT_TYPES = ['JSON', 'TOML', 'XML', 'YAML'] as const;

/** A variable, or an activity output (`Activity.Output`), referenced by name. */
export const referenceNameSchema = z
  .string()
  .regex(/^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)?$/, 'a variable name, or an activity output as "Activity.Output"');

const options = z.strictObject({
  /** What to parse: a variable or an activity output such as `VirtualAgent.MetaData`. */
  input: referenceNameSchema,
  contentType: z.enum(PARSE_CONTENT_TYPES).default('JSON'),
  /** JSONPath on the input → flow variable. */
  outputs: z.array(z.strictObject({ variable: variableNameSchema, path: z.string().min(1) })).min(1),
});
export type ParseOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface ParseInput extends Described {
  /** What to parse: a variable, or an activity's output such as a virtual agent's `metaData`. */
  input: Variable | OutputRef;
  contentType?: (typeof PARSE_CONTENT_TYPES)[number];
  /** JSONPath (Jayway) on the input → variable. */
  outputs: readonly OutputMapping[];
}
export type ParseHandle = Target & Chain<'default'>;

export const parse = defineActivity({
  kind: 'parse',
  options,
  factory: defineFactory<{
    /** Parse: reads fields of a JSON (TOML, XML, YAML) value into variables by JSONPath. */
    parse(name: string, input: ParseInput): ParseHandle;
  }>()({
    method: 'parse',
    inputKeys: [...DESCRIBED_KEYS, 'input', 'contentType', 'outputs'],
    options: (input) => ({
      input: input.input.kind === 'variable' ? input.input.name : input.input.ref,
      ...(input.contentType === undefined ? {} : { contentType: input.contentType }),
      outputs: outputMappings(input.outputs),
    }),
    mainPort: 'default',
  }),
  printInput: (o) =>
    recordValue([
      ['input', o.input.includes('.') ? outputValue(o.input) : variableValue(o.input)],
      ['contentType', literal(o.contentType)],
      ['outputs', mappingsValue(o.outputs)],
    ]),
  ports: () => ['default'],
  templates: (o) => [{ parts: [{ ref: o.input }] }],
  writes: (o) => o.outputs.map((m) => m.variable),
  webex: { activityName: 'parse-activity', activityId: 'parse-activity', group: 'action', description: true },
  summary: (o) => [o.input, '→', o.outputs.map((m) => m.variable).join(', ')],
  simulate: (o, call) => {
    if (o.contentType !== 'JSON') call.unsupported(`parsing ${o.contentType} is not simulated (JSON is)`);
    const input = call.read(o.input);
    let document: unknown = input;
    if (typeof input === 'string') {
      try {
        document = JSON.parse(input);
      } catch {
        call.fail(`"${o.input}" is not JSON`);
      }
    }
    for (const mapping of o.outputs) {
      const found = call.selectJson(document, mapping.path);
      if (found) call.write(mapping.variable, found.value);
    }
    return { port: 'default' };
  },
  toWebex: (o) => ({
    inputVariable: o.input,
    contentType: o.contentType,
    ...selectShadows('contentType', o.contentType, false),
    outputVariableArray: o.outputs.map((m) => ({ outputVariable: m.variable, jsonPathExp: m.path })),
  }),
  fromWebex: (p) => {
    const rows = p['outputVariableArray'];
    if (typeof p['inputVariable'] !== 'string' || !Array.isArray(rows)) return undefined;
    return {
      input: p['inputVariable'],
      contentType: p['contentType'] ?? 'JSON',
      outputs: rows.map((m: { outputVariable?: unknown; jsonPathExp?: unknown }) => ({ variable: m?.outputVariable, path: m?.jsonPathExp })),
    };
  },
});
