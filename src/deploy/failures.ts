/**
 * A failed Webex API call as a diagnostic: the code says what kind of failure, the message which
 * org and operation, the hint what to do (the scope to add for a 403, Flow Designer's lock for a
 * 409). Texts come from the client already redacted.
 */
import type { Diagnostic, FlowLocation } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { ApiFailure, FailureKind } from './client.js';

const CODES: Record<FailureKind, DiagnosticCode> = {
  unauthorized: 'FG812',
  forbidden: 'FG813',
  'not-found': 'FG814',
  conflict: 'FG815',
  'rate-limited': 'FG816',
  server: 'FG817',
  timeout: 'FG817',
  network: 'FG817',
  'bad-request': 'FG819',
  unexpected: 'FG818',
};

/** The scope a call needs (docs/webex-activities-and-api.md §5: reads cjp:config_read, writes cjp:config_write). */
export const scopeFor = (failure: Pick<ApiFailure, 'method'>): string => (failure.method === 'GET' ? 'cjp:config_read' : 'cjp:config_write');

function hintFor(failure: ApiFailure, tokenVariable: string): string {
  switch (failure.kind) {
    case 'unauthorized':
      return `Create a new access token for this org (they expire) and put it in ${tokenVariable}.`;
    case 'forbidden':
      return `The token needs the scope ${scopeFor(failure)} (plan needs cjp:config_read, deploy also cjp:config_write), and its user an admin role (Full Admin or Contact Center Service Admin).`;
    case 'not-found':
      return 'Check the tenant file\'s webex.orgId and webex.region (or --api-url).';
    case 'conflict':
      return 'Either a flow of the other type (flow/subflow) already has this name, or someone has the flow open in Flow Designer: close it there (a lock expires after 15 minutes idle) and run deploy again.';
    case 'rate-limited':
      return 'Run again later, or with a lower --concurrency; flows already deployed are skipped.';
    case 'server':
    case 'timeout':
    case 'network':
      return 'Run again later; flows already deployed are skipped, so the run resumes where it stopped.';
    case 'bad-request':
      return 'Webex rejected the request; run flowgen validate on the flow and check the detail above.';
    case 'unexpected':
      return 'Check --api-url: the host answered something that is not the Webex Contact Center API.';
  }
}

function what(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return `timed out after ${failure.attempts} ${failure.attempts === 1 ? 'try' : 'tries'}`;
    case 'network':
      return `could not be sent (${failure.detail ?? 'network error'}) after ${failure.attempts} ${failure.attempts === 1 ? 'try' : 'tries'}`;
    case 'rate-limited':
    case 'server':
      return `failed with HTTP ${failure.status} after ${failure.attempts} ${failure.attempts === 1 ? 'try' : 'tries'}`;
    case 'unexpected':
      return `got an answer flowgen cannot read (${failure.detail ?? `HTTP ${failure.status}`})`;
    default:
      return `was refused with HTTP ${failure.status}`;
  }
}

export function failureDiagnostic(failure: ApiFailure, context: { tenant: string; orgId: string; tokenVariable: string; location: FlowLocation }): Diagnostic {
  const detail = failure.detail && failure.kind !== 'network' && failure.kind !== 'unexpected' ? `: ${failure.detail}` : '';
  return makeDiagnostic(CODES[failure.kind], {
    message: `Tenant "${context.tenant}" (org ${context.orgId}): ${failure.operation} ${what(failure)}${detail}.`,
    location: context.location,
    hint: hintFor(failure, context.tokenVariable),
    data: { tenant: context.tenant, orgId: context.orgId, operation: failure.operation, ...(failure.status === undefined ? {} : { status: failure.status }) },
  });
}
