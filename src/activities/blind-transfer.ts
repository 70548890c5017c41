/**
 * Blind Transfer: hands the call to a dial number and leaves the flow (terminating, no output
 * port). Webex facts (docs/webex-activities-and-api.md §1.3 "Blind Transfer"): a specific dial
 * number or a String variable; no variables travel with the call; not allowed in event flows.
 * Group `terminating-action` (docs/webex-flow-format.md §7.13). The only export is CARS
 * `BlindTransfer_jvq` (APJ org): `transfertodn` with `transfertodn:radioName` `dn`. No US/EU
 * catalogue id is known, so flows written in flowgen carry the APJ id 606c86b98924f14526c564b3
 * (§7 regional table): check it against an export of the target region before publishing.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';
import { radioShadows } from './shared/shadow-keys.js';

const options = z.strictObject({
  /** The number to transfer to (`4001`, `+15551234567`, or a template). */
  dialNumber: templateSchema,
});
export type BlindTransferOptions = z.infer<typeof options>;

export const blindTransfer = defineActivity({
  kind: 'blind-transfer',
  options,
  ports: () => [],
  templates: (o) => [o.dialNumber],
  webex: { activityName: 'blind-transfer', activityId: '606c86b98924f14526c564b3', group: 'terminating-action', description: true },
  simulate: (o, call) => {
    call.transfer(call.render(o.dialNumber), 'blind');
    return { end: 'transferred' };
  },
  toWebex: (o) => ({ transfertodn: renderText(o.dialNumber), ...radioShadows('transfertodn', 'dn') }),
  fromWebex: (p) => {
    const dialNumber = textTemplate(p['transfertodn']);
    return dialNumber && (p['transfertodn:radioName'] ?? 'dn') === 'dn' ? { dialNumber } : undefined;
  },
});
