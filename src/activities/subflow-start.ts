/**
 * Subflow start (`NewSubFlowStart`): the entry of a subflow, the counterpart of a flow's
 * NewPhoneContact. No entry port, one output `out`. Webex facts (docs/webex-flow-format.md §6.2,
 * §7.1): name `StartSubflow`, group `start-subflow`, activityId `start-subflow`, no other keys (the
 * three corpus subflows: ErrorHandling and QueueTreatment templates 2024, PAY26 subflow 2026).
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described } from './shared/factory.js';
import { recordValue } from './shared/print-input.js';

export const SUBFLOW_START_NAME = 'StartSubflow';

/** A subflow's start node: wire its first step with `.then(…)`; nothing links to it. */
export type SubflowStartHandle = Chain<'out'>;

export const subflowStart = defineActivity({
  kind: 'subflow-start',
  options: z.strictObject({}),
  factory: defineFactory<{
    /** Start Subflow: the start node of a subflow (`flowType: 'SUBFLOW'`), usually named `StartSubflow`. */
    subflowStart(name: string, input?: Described): SubflowStartHandle;
  }>()({
    method: 'subflowStart',
    inputKeys: DESCRIBED_KEYS,
    options: () => ({}),
    mainPort: 'out',
  }),
  printInput: () => recordValue([]),
  hasInPort: false,
  ports: () => ['out'],
  // Like the flow start, an unwired start is a missing-start problem, not an unwired port.
  requiredPorts: () => [],
  webex: { activityName: 'NewSubFlowStart', activityId: 'start-subflow', group: 'start-subflow', description: false },
  simulate: () => ({ port: 'out' }),
  toWebex: () => ({}),
  fromWebex: () => ({}),
});
