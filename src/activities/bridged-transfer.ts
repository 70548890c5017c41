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

export const bridgedTransfer = defineActivity({
  kind: 'bridged-transfer',
  options,
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
