/**
 * Blind Transfer: hands the call to a dial number and leaves the flow (terminating, no output
 * port). Webex facts (docs/webex-activities-and-api.md §1.3 "Blind Transfer"): a specific dial
 * number or a String variable; no variables travel with the call; not allowed in event flows.
 * Group `terminating-action`, widget ports `in` only (docs/webex-flow-format.md §7.13). Real
 * exports: CARS `BlindTransfer_jvq` (APJ id 606c86b9…, static number) and Cisco's template library
 * (US/EU id 5faa8971…: PercentageAllocation_Template `BlindTransfer_stj`, static;
 * Bridged_Transfer_Template `BlindTransfer_uk4`, a variable); the destination's keys are in
 * shared/transfer-destination.ts, the ids in shared/regions.ts.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { defineFactory, type TerminalHandle } from './shared/factory.js';
import { TRANSFER_INPUT_KEYS, transferOptions, type TransferInput } from './shared/transfer-destination.js';
import { recordValue } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { destinationFromWebex, destinationProperties, destinationTemplates, printDestination, refineDestination, transferDestinationShape } from './shared/transfer-destination.js';

const options = z.strictObject(transferDestinationShape).superRefine(refineDestination);
export type BlindTransferOptions = z.infer<typeof options>;

export const blindTransfer = defineActivity({
  kind: 'blind-transfer',
  options,
  factory: defineFactory<{
    /** Blind Transfer: hands the call to a number and leaves the flow. */
    blindTransfer(name: string, input: TransferInput): TerminalHandle;
  }>()({ method: 'blindTransfer', inputKeys: TRANSFER_INPUT_KEYS, options: (input) => transferOptions(input.to) }),
  printInput: (o) => { const to = printDestination(o); return to && recordValue([['to', to]]); },
  ports: () => [],
  templates: (o) => destinationTemplates(o),
  webex: { activityName: 'blind-transfer', activityId: catalogueId('blind-transfer'), group: 'terminating-action', description: true },
  summary: (o) => ['to', o.dialNumber ? { template: o.dialNumber } : (o.dialNumberVariable ?? '')],
  // The call leaves Webex: the flow ends there, the contact ends for the event flows.
  simulate: (o, call) => {
    const number = o.dialNumberVariable !== undefined ? String(call.read(o.dialNumberVariable) ?? '') : call.render(o.dialNumber!);
    call.transfer(number, 'blind');
    return { end: 'transferred' };
  },
  toWebex: (o) => destinationProperties(o),
  fromWebex: (p) => destinationFromWebex(p),
});
