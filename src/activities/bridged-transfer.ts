/**
 * Bridged Transfer: calls a dial number while the flow keeps control; when the far end hangs up
 * (or the call cannot be made) the flow continues. Webex facts (docs/webex-activities-and-api.md
 * §1.3 "Bridged Transfer"): destination as Blind Transfer; Transfer Timeout 1-120 s, default 10;
 * outputs FailureCode, FailureDescription, Headers; Next-Gen voice only, not after queueing, not in
 * event flows. Real export: Cisco's Bridged_Transfer_Template (hnavilur/webex-contact-center-flows
 * at b9c2b05, `BridgedTransfer_5vu`, 2024): group `action`, widget ports `in`, `default`,
 * `failure` (both wired), catalogue id 65fa5ba4… (US/EU), `timeout` a number. The documented
 * "output DTMF digits" setting appears in no export, so its key is unknown: an export that carries
 * it is imported raw rather than guessed.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { defineFactory, type Chain, type Routable, type Target, type OutputRef, outputRef } from './shared/factory.js';
import { compact } from './shared/factory-input.js';
import { TRANSFER_INPUT_KEYS, transferOptions, type TransferInput } from './shared/transfer-destination.js';
import { literal, recordValue } from './shared/print-input.js';
import { numberOf } from './shared/from-webex.js';
import { catalogueId } from './shared/regions.js';
import { destinationFromWebex, destinationProperties, destinationTemplates, printDestination, refineDestination, transferDestinationShape } from './shared/transfer-destination.js';

const KNOWN_KEYS = new Set(['name', 'activityName', 'activityId', 'description', '_renderRequestTimestamp', 'timeout']);

const options = z
  .strictObject({
    ...transferDestinationShape,
    /** Seconds to wait for the far end to answer, 1 to 120. */
    timeoutSeconds: z.number().int().min(1).max(120).default(10),
  })
  .superRefine(refineDestination);
export type BridgedTransferOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface BridgedTransferInput extends TransferInput {
  /** Seconds to wait for an answer, 1 to 120. */
  timeoutSeconds?: number;
}
export interface BridgedTransferHandle extends Target, Chain<'default' | 'failure'>, Routable<'default' | 'failure', never> {
  /** `<name>.FailureCode` when the far end could not be reached. */
  readonly failureCode: OutputRef<'string'>;
  readonly failureDescription: OutputRef<'string'>;
}

export const bridgedTransfer = defineActivity({
  kind: 'bridged-transfer',
  options,
  factory: defineFactory<{
    /** Bridged Transfer: calls a number; the flow continues when that call ends (`default`) or fails. */
    bridgedTransfer(name: string, input: BridgedTransferInput): BridgedTransferHandle;
  }>()({
    method: 'bridgedTransfer',
    inputKeys: [...TRANSFER_INPUT_KEYS, 'timeoutSeconds'],
    options: (input) => compact({ ...transferOptions(input.to), timeoutSeconds: input.timeoutSeconds }),
    mainPort: 'default',
    handle: (name) => ({ failureCode: outputRef(`${name}.FailureCode`), failureDescription: outputRef(`${name}.FailureDescription`) }),
  }),
  printInput: (o) => { const to = printDestination(o); return to && recordValue([['to', to], ['timeoutSeconds', literal(o.timeoutSeconds)]]); },
  ports: () => ['default', 'failure'],
  templates: (o) => destinationTemplates(o),
  outputs: ['FailureCode', 'FailureDescription', 'Headers'],
  webex: { activityName: 'bridged-transfer', activityId: catalogueId('bridged-transfer'), group: 'action', description: true },
  summary: (o) => ['to', o.dialNumber ? { template: o.dialNumber } : (o.dialNumberVariable ?? '')],
  // The far end answers unless the scenario says the transfer fails (busy, no answer within the timeout).
  simulate: (o, call) => {
    const number = o.dialNumberVariable !== undefined ? String(call.read(o.dialNumberVariable) ?? '') : call.render(o.dialNumber!);
    if (call.scenarioAnswer()?.port === 'failure') {
      call.note(`bridged transfer to ${number}: no answer within ${o.timeoutSeconds} s`);
      call.wait(o.timeoutSeconds);
      call.output('FailureCode', null);
      call.output('FailureDescription', 'the transfer was not answered (simulated)');
      return { port: 'failure' };
    }
    call.transfer(number, 'bridged');
    return { end: 'transferred' };
  },
  toWebex: (o) => ({ ...destinationProperties(o), timeout: o.timeoutSeconds }),
  fromWebex: (p) => {
    if (Object.keys(p).some((key) => !KNOWN_KEYS.has(key) && !key.startsWith('transfertodn'))) return undefined;
    const destination = destinationFromWebex(p);
    const timeoutSeconds = numberOf(p['timeout']);
    return destination && { ...destination, ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}) };
  },
});
