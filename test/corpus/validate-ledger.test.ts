/**
 * What `flowgen validate` finds in the shared corpus of real Flow Designer exports, as a ledger:
 * the count per code and severity over all files, and each error by file and activity. A
 * change to a rule that changes what it finds in Cisco's own samples shows up here in review.
 * Known real defects: ZD24 `{{ticketId }}` (declared `ticketID`), SF22 `{{[phoneNumber}}`, CB26
 * (payment check-balance subflow) `makePayment.httpStatusCode` naming no activity, CARS sending an
 * undeclared `{{callType}}`, and a JWT / bot token stored in variables sent as Authorization.
 */

import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/api/validate-files.js';
import { corpusFiles, MIN_CORPUS_FLOW_DOCUMENTS } from '../harness/corpus.js';
import { corpusRoot, hasShared } from '../harness/paths.js';

describe.skipIf(!hasShared)('validate over the corpus', () => {
  it('finds exactly the ledgered diagnostics', async () => {
    const { files, diagnostics } = await validateFiles({ paths: ['.'], cwd: corpusRoot });
    expect(files).toHaveLength(corpusFiles.length);
    expect(files.length).toBeGreaterThan(MIN_CORPUS_FLOW_DOCUMENTS);
    const counts: Record<string, number> = {};
    for (const d of diagnostics) counts[`${d.code} ${d.rule} ${d.severity}`] = (counts[`${d.code} ${d.rule} ${d.severity}`] ?? 0) + 1;
    expect(counts).toStrictEqual({
      'FG020 not-a-flow-export error': 1,
      'FG102 unwired-port warning': 13,
      'FG201 undeclared-variable error': 5,
      'FG204 malformed-expression error': 1,
      'FG206 unused-variable warning': 11,
      'FG207 variable-never-set warning': 1,
      'FG402 credential-in-variable error': 6,
    });
    const errors = diagnostics.filter((d) => d.severity === 'error' && d.code !== 'FG020').map((d) => `${d.code} ${d.location.file?.split('/')[1]?.slice(0, 40)} ${'activity' in d.location ? d.location.activity : ''}`);
    expect(errors).toMatchInlineSnapshot(`
      [
        "FG204 Salesforce__salesforce-ivr-http-connecto AccountByANI",
        "FG402 customer-journey-use-cases__Use Cases__C GetCount",
        "FG402 customer-journey-use-cases__Use Cases__C GetIdentity",
        "FG402 customer-journey-use-cases__Use Cases__C UpdateJDSQueueInfo",
        "FG402 webex-instant-connect-sample__voice-to-v HTTPRequest_u4f",
        "FG402 webex-instant-connect-sample__voice-to-v SendSMS",
        "FG402 webex-instant-connect-sample__voice-to-v HTTPRequest_u4f",
        "FG201 payment-ai-agent-autonomous-check-balanc Condition_2yp_okd",
        "FG201 zendesk-datadip-template__Zendesk_HTTP_T PlayTicketDetails",
        "FG201 ciscocars__Cars_Export-voice - Copy.json SMS_Deflect_1",
        "FG201 ciscocars__Cars_Export-voice - Copy@b20b SMS_Deflect_1",
        "FG201 ciscocars__Cars_Export-voice - Copy@cf06 SMS_Deflect_1",
      ]
    `);
  });
});
