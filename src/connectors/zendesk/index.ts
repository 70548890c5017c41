/**
 * Typed helpers that build HTTP Request activities against a tenant's Zendesk HTTP connector.
 * The connector (Custom Connector, Basic Authentication, `https://<subdomain>.zendesk.com`) holds
 * the credentials in Webex: Zendesk API tokens authenticate as `<agent email>/token` + token
 * (docs/zendesk-api.md §1). Endpoints, query syntax and pitfalls from docs/zendesk-api.md §2–§4.
 */
import { z } from 'zod';
import type {
  ConnectorRef,
  FlowBuilder,
  HttpRequestHandle,
  SetVariableHandle,
} from '../../dsl/define-flow.js';
import { expr, filter, text, type OutputRef, type TextTemplate, type Variable } from '../../dsl/refs.js';

/** A Zendesk subdomain: `acme` for https://acme.zendesk.com. */
export const subdomainSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i, 'a Zendesk subdomain such as "acme" (letters, digits and "-")');

export interface ZendeskConnectorInput {
  subdomain: string;
  /** The connector's id in Control Hub (Contact Center › Connectors). */
  connectorId: string;
  /** Its display name in Control Hub. */
  connectorName: string;
}

/** Declares the Zendesk connector and returns the reference HTTP activities use. */
export function connector(f: FlowBuilder, input: ZendeskConnectorInput): ConnectorRef {
  return f.connector({
    id: input.connectorId,
    name: input.connectorName,
    type: 'Custom Connector',
    authentication: 'Basic Authentication',
    baseUrl: `https://${input.subdomain}.zendesk.com`,
    setup: [
      'In Zendesk Admin Center > Apps and integrations > APIs > Zendesk API, enable token access and add an API token.',
      'The token must belong to an agent or admin: user search and ticket search are "Allowed for: Agents".',
      `In Control Hub > Contact Center > Connectors, add a Custom Connector named "${input.connectorName}" with Authentication Type "Basic Authentication" and Resource Domain URL https://${input.subdomain}.zendesk.com.`,
      'Set its username to "<agent email>/token" and its password to the API token (Zendesk API-token Basic auth). Never put the token in the flow.',
      `Use the id Control Hub gives the connector as this flow's connector id (currently ${input.connectorId}).`,
    ],
  });
}

/** Characters Webex may put in an ANI that Zendesk's digit-only phone search must not see. */
const NON_DIGITS = `replace({'+': '', '-': '', ' ': '', '(': '', ')': '', '.': ''})`;

export interface NormalizePhoneInput {
  /** The caller's number, usually `f.call.ani` (E.164 such as `+14085551234`). */
  from: OutputRef<'string'> | Variable<'string'>;
  /** Receives the digits Zendesk searches with. */
  into: Variable<'string'>;
  /**
   * Digits of a national number in the tenant's country; a longer number keeps only its last
   * this-many digits, so `+1 408 555 1234` and a profile stored as `(408) 555-1234` still match.
   * @default 10 (North American Numbering Plan)
   */
  nationalNumberDigits?: number;
}

/**
 * Two Set Variable steps that turn the ANI into the digits Zendesk's phone search expects:
 * Zendesk matches digits only, no `+` (docs/zendesk-api.md §2), and a leading `*` in the query
 * matches any stored format, so the national significant number is the safest key.
 * Returns the first and the last step.
 */
export function normalizePhone(f: FlowBuilder, name: string, input: NormalizePhoneInput): { first: SetVariableHandle; last: SetVariableHandle } {
  const digits = input.nationalNumberDigits ?? 10;
  const first = f.setVariable(`${name}_Digits`, {
    description: 'Keeps only the digits of the caller number (Zendesk phone search matches digits).',
    variable: input.into,
    value: text`${filter(input.from, NON_DIGITS)}`,
  });
  const last = f.setVariable(`${name}_National`, {
    description: `Keeps the last ${digits} digits (the national number) so the search matches however the number was stored.`,
    variable: input.into,
    value: text`${{ kind: 'expression', pebble: `(${input.into.name} | length) > ${digits} ? ${input.into.name} | slice((${input.into.name} | length) - ${digits}) : ${input.into.name}` }}`,
  });
  first.then(last);
  return { first, last };
}

interface LookupInput {
  connector: ConnectorRef;
  /**
   * Cisco's template waits 5000 ms with 2 retries: up to 15 s of silence per lookup when Zendesk
   * is slow. flowgen's default bounds a lookup at about 6 s.
   * @default 3000
   */
  timeoutMs?: number;
  /** Retries on a 5xx answer (Webex retries nothing else). @default 1 */
  retries?: number;
  description?: string;
}

export interface FindUserInput extends LookupInput {
  /** Digits of the caller's number, from `normalizePhone`. */
  phoneDigits: Variable<'string'>;
  userId: Variable<'string'>;
  userName?: Variable<'string'>;
}

/**
 * `GET /api/v2/users/search.json?query=role:end-user phone:*<digits>`: the caller's Zendesk user.
 * An empty result leaves the output variables at their initial values, so give them a sentinel.
 */
export function findUserByPhone(f: FlowBuilder, name: string, input: FindUserInput): HttpRequestHandle {
  return f.httpRequest(name, {
    description: input.description ?? 'Finds the caller in Zendesk by phone number (ANI).',
    connector: input.connector,
    method: 'GET',
    path: '/api/v2/users/search.json',
    query: { query: text`role:end-user phone:*${input.phoneDigits}` },
    timeoutMs: input.timeoutMs ?? 3000,
    retries: input.retries ?? 1,
    outputs: [
      { variable: input.userId, path: '$.users[0].id' },
      ...(input.userName ? [{ variable: input.userName, path: '$.users[0].name' }] : []),
    ],
  });
}

export interface LatestTicketInput extends LookupInput {
  userId: Variable<'string'>;
  ticketId: Variable<'string'>;
  status?: Variable<'string'>;
  priority?: Variable<'string'>;
  subject?: Variable<'string'>;
  /** "Latest" by creation (Cisco's choice) or by last activity. @default "created_at" */
  sortBy?: 'created_at' | 'updated_at';
}

/**
 * `GET /api/v2/search.json?query=type:ticket status<solved requester:<id>&sort_by=…&sort_order=desc&per_page=1`:
 * the requester's newest unsolved ticket (new, open, pending or on hold).
 */
export function latestUnsolvedTicket(f: FlowBuilder, name: string, input: LatestTicketInput): HttpRequestHandle {
  const optional = (variable: Variable<'string'> | undefined, field: string) => (variable ? [{ variable, path: `$.results[0].${field}` }] : []);
  return f.httpRequest(name, {
    description: input.description ?? "Fetches the caller's newest unsolved Zendesk ticket.",
    connector: input.connector,
    method: 'GET',
    path: '/api/v2/search.json',
    query: {
      query: text`type:ticket status<solved requester:${input.userId}`,
      sort_by: input.sortBy ?? 'created_at',
      sort_order: 'desc',
      per_page: '1',
    },
    timeoutMs: input.timeoutMs ?? 3000,
    retries: input.retries ?? 1,
    outputs: [
      { variable: input.ticketId, path: '$.results[0].id' },
      ...optional(input.status, 'status'),
      ...optional(input.priority, 'priority'),
      ...optional(input.subject, 'subject'),
    ],
  });
}

export interface AddCommentInput extends LookupInput {
  ticketId: Variable<'string'>;
  /** The note; runtime values in it are JSON-escaped at call time. */
  body: TextTemplate;
}

/**
 * `PUT /api/v2/tickets/<id>.json` with `{"ticket":{"comment":{"body":…,"public":false}}}`: an
 * internal note. Zendesk's default is a public reply that e-mails the requester, which is why
 * `public: false` is always sent (Cisco's sample omits it; docs/zendesk-api.md §4).
 */
export function addInternalComment(f: FlowBuilder, name: string, input: AddCommentInput): HttpRequestHandle {
  return f.httpRequest(name, {
    description: input.description ?? 'Adds an internal note summarising the call to the ticket.',
    connector: input.connector,
    method: 'PUT',
    path: text`/api/v2/tickets/${input.ticketId}.json`,
    body: { ticket: { comment: { body: input.body, public: false } } },
    timeoutMs: input.timeoutMs ?? 3000,
    // Adding a comment is not idempotent: a retry after a 5xx that did write would post it twice.
    retries: input.retries ?? 0,
  });
}

/** The agent-desktop URL of a ticket. */
export function ticketUrl(subdomain: string, ticketId: Variable<'string'>): TextTemplate {
  return text`https://${subdomain}.zendesk.com/agent/tickets/${ticketId}`;
}

/** Zendesk statuses as a caller should hear them (`hold` → "on hold", `new` → "received"). */
export function spokenStatus(status: Variable<'string'>) {
  return filter(status, `replace({'hold': 'on hold', 'new': 'received'})`);
}

/** True when a lookup answered 200 and filled `found` (its initial value is the sentinel). */
export function lookupSucceeded(lookup: HttpRequestHandle, found: Variable<'string'>, sentinel = 'null'): TextTemplate {
  return expr`${lookup.statusCode} == 200 and ${found} != "${sentinel}"`;
}
