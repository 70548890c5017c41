/**
 * Subflow (`subflow-handoff`): runs a published subflow and continues with its outputs. Webex
 * facts (docs/webex-activities-and-api.md §1.4 "Subflow": invoked only from a main flow, no
 * nesting; a version label; "Enable automatic updates" checked by default; inputs and outputs
 * mapped with matching types; subflow names unique, no spaces, `_` and `-` allowed, ≤80 chars).
 * Export shape from PAY26 (`Invoke_checkBalance_Subflow`, `Invoke_makePayment_Subflow`;
 * docs/webex-flow-format.md §7.13): slug id `subflow-handoff`, group `action`, ports `default`
 * and `error`; `subflowId` (24-hex flow id) and `subflowVersion {subflowId, subflowTagId,
 * subflowVersionId}`; `subflowInputVariables` as `{src: caller variable, target: subflow input,
 * type}` and `subflowOutputVariables` **reversed**, `{src: caller variable that receives it,
 * target: subflow output, type}`; types upper-case (`STRING`, `JSON`).
 */
import { z } from 'zod';
import { VARIABLE_TYPES } from '../ir/types.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Target, type Variable } from './shared/factory.js';
import { compact } from './shared/factory-input.js';
import { listValue, literal, recordValue, variableValue } from './shared/print-input.js';
import { namedRef } from './shared/resources.js';
import { variableNameSchema } from './shared/schemas.js';

export const SUBFLOW_VARIABLE_TYPES = VARIABLE_TYPES;

const mapping = z.strictObject({
  /** Name of the variable in the caller (the main flow). */
  variable: variableNameSchema,
  /** Name of the subflow's input (for inputs) or output (for outputs) variable. */
  subflowVariable: variableNameSchema,
  type: z.enum(SUBFLOW_VARIABLE_TYPES),
});

const options = z.strictObject({
  /** The subflow: its flow id and its name (unique, no spaces, ≤80 characters). */
  subflow: z.strictObject({
    /** The subflow's id; leave it out for plan/deploy to find the subflow by name in each org. */
    id: z.string().min(1).optional(),
    name: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'a subflow name: up to 80 letters, digits, "_" or "-"'),
  }),
  /** Version label to run. */
  versionTag: z.string().min(1).default('Latest'),
  /** The subflow version the label pointed to when the flow was saved. */
  versionId: z.string().min(1),
  automaticUpdates: z.boolean().default(true),
  /** Caller variable → subflow input. */
  inputs: z.array(mapping).default([]),
  /** Subflow output → caller variable. */
  outputs: z.array(mapping).default([]),
});
export type SubflowOptions = z.infer<typeof options>;

const entry = (src: string, target: string, type: string) => ({ src, target, type: type.toUpperCase() });

/** Exported mappings; `src` is the caller's variable both ways (outputs are written reversed). */
function mappingsFrom(value: unknown): unknown[] | undefined {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  return value.map((m: { src?: unknown; target?: unknown; type?: unknown }) => ({
    variable: m?.src,
    subflowVariable: m?.target,
    type: typeof m?.type === 'string' ? m.type.toLowerCase() : m?.type,
  }));
}

/** An option left out takes the default of the kind's schema (`options` above). */
export interface SubflowInput extends Described {
  /** The subflow: `{ id, name }`, or `{ name }` alone for plan/deploy to find it in each org. */
  subflow: { id?: string; name: string };
  /** The version label to run. */
  versionTag?: string;
  /** The subflow version the label pointed to when the flow was saved. */
  versionId: string;
  /** Follow new versions of the label. */
  automaticUpdates?: boolean;
  /** This flow's variables → the subflow's input variables (by name). */
  inputs?: readonly { readonly from: Variable; readonly to: string }[];
  /** The subflow's output variables (by name) → this flow's variables. */
  outputs?: readonly { readonly from: string; readonly to: Variable }[];
}
export type SubflowHandle = Target & Chain<'default' | 'error'>;

export const subflow = defineActivity({
  kind: 'subflow',
  options,
  factory: defineFactory<{
    /** Subflow: runs a published subflow, its inputs copied in and its outputs copied back. */
    subflow(name: string, input: SubflowInput): SubflowHandle;
  }>()({
    method: 'subflow',
    inputKeys: [...DESCRIBED_KEYS, 'subflow', 'versionTag', 'versionId', 'automaticUpdates', 'inputs', 'outputs'],
    options: (input) =>
      compact({
        subflow: compact({ id: input.subflow.id, name: input.subflow.name }),
        versionTag: input.versionTag,
        versionId: input.versionId,
        automaticUpdates: input.automaticUpdates,
        inputs: input.inputs?.map((m) => ({ variable: m.from.name, subflowVariable: m.to, type: m.from.type })),
        outputs: input.outputs?.map((m) => ({ variable: m.to.name, subflowVariable: m.from, type: m.to.type })),
      }),
    mainPort: 'default',
  }),
  printInput: (o) =>
    recordValue([
      ['subflow', literal(o.subflow.id === undefined ? { name: o.subflow.name } : { id: o.subflow.id, name: o.subflow.name })],
      ['versionTag', literal(o.versionTag)],
      ['versionId', literal(o.versionId)],
      ['automaticUpdates', literal(o.automaticUpdates)],
      ['inputs', o.inputs.length ? listValue(o.inputs.map((m) => recordValue([['from', variableValue(m.variable, m.type)], ['to', literal(m.subflowVariable)]]))) : undefined],
      ['outputs', o.outputs.length ? listValue(o.outputs.map((m) => recordValue([['from', literal(m.subflowVariable)], ['to', variableValue(m.variable, m.type)]]))) : undefined],
    ]),
  resources: (o) => namedRef('flow', o, 'subflow'),
  ports: () => ['default', 'error'],
  templates: (o) => o.inputs.map((m) => ({ parts: [{ ref: m.variable }] })),
  writes: (o) => o.outputs.map((m) => m.variable),
  webex: { activityName: 'subflow-handoff', activityId: 'subflow-handoff', group: 'action', description: true },
  summary: (o) => [o.subflow.name],
  // Inputs are copied in by name, the subflow runs, outputs are copied back (docs §1.4 "Subflow").
  simulate: async (o, call) => {
    const inputs = Object.fromEntries(o.inputs.map((m) => [m.subflowVariable, call.read(m.variable)]));
    const outputs = await call.subflow({ name: o.subflow.name, inputs });
    for (const m of o.outputs) if (m.subflowVariable in outputs) call.write(m.variable, outputs[m.subflowVariable]!);
    return { port: 'default' };
  },
  toWebex: (o) => ({
    subflowName: o.subflow.name,
    subflowId: o.subflow.id,
    subflowVersion: { subflowId: o.subflow.id, subflowTagId: o.versionTag, subflowVersionId: o.versionId },
    automaticUpdates: o.automaticUpdates,
    subflowInputVariables: o.inputs.map((m) => entry(m.variable, m.subflowVariable, m.type)),
    // Reversed on purpose: for outputs `src` is the caller's variable (docs/webex-flow-format.md §7.13).
    subflowOutputVariables: o.outputs.map((m) => entry(m.variable, m.subflowVariable, m.type)),
  }),
  fromWebex: (p) => {
    const version = p['subflowVersion'];
    const inputs = mappingsFrom(p['subflowInputVariables']);
    const outputs = mappingsFrom(p['subflowOutputVariables']);
    if (typeof p['subflowId'] !== 'string' || typeof p['subflowName'] !== 'string' || !inputs || !outputs) return undefined;
    if (typeof version !== 'object' || version === null) return undefined;
    const v = version as Record<string, unknown>;
    if (v['subflowId'] !== p['subflowId']) return undefined;
    return {
      subflow: { id: p['subflowId'], name: p['subflowName'] },
      versionTag: v['subflowTagId'],
      versionId: v['subflowVersionId'],
      automaticUpdates: p['automaticUpdates'] !== false,
      inputs,
      outputs,
    };
  },
  // QT24's queue-treatment subflow plays to the queued caller
  settings: { playsAudio: true },
});
