/**
 * The registry of diagnostic codes. Codes are stable: never renumbered, never reused; a retired
 * code stays listed with `retired: true`. Families follow house style §4: FG0xx loading and shape,
 * FG1xx graph, FG2xx variables and expressions, FG3xx activity settings, FG4xx security,
 * FG5xx tenants, FG6xx diff and drift checks, FG9xx internal.
 */
import type { Severity } from './diagnostic.js';

export interface CodeInfo {
  rule: string;
  severity: Severity;
  summary: string;
  retired?: boolean;
}

export const diagnosticCodes = {
  FG001: { rule: 'definition-threw', severity: 'error', summary: 'A flow definition module threw while it was loaded or built.' },
  FG002: { rule: 'not-a-flow', severity: 'error', summary: 'A file does not export a flow made with defineFlow.' },
  FG003: { rule: 'no-flows-found', severity: 'error', summary: 'No flow definition files were found.' },
  FG004: { rule: 'unreadable-file', severity: 'error', summary: 'A file could not be read.' },
  FG010: { rule: 'invalid-options', severity: 'error', summary: "An activity's options do not match its kind's schema." },
  FG011: { rule: 'unknown-activity-kind', severity: 'error', summary: 'An activity has a kind flowgen does not know.' },
  FG012: { rule: 'invalid-flow-settings', severity: 'error', summary: "The flow's own settings (name, description, parameters) are invalid." },
  FG013: { rule: 'invalid-variable', severity: 'error', summary: 'A variable declaration is invalid.' },
  FG014: { rule: 'invalid-connector', severity: 'error', summary: 'A connector declaration is invalid (its base URL must be https, without credentials).' },
  FG020: { rule: 'not-a-flow-export', severity: 'error', summary: 'A JSON document is not a Flow Designer flow export.' },
  FG021: { rule: 'malformed-json', severity: 'error', summary: 'A file is not valid JSON.' },
  FG022: { rule: 'dangling-link', severity: 'warning', summary: 'An exported link names an activity the export does not contain; it is dropped.' },
  FG023: { rule: 'file-too-large', severity: 'error', summary: 'A file is larger than flowgen reads (10 MB, the Flow Designer import limit).' },
  FG030: { rule: 'imported-as-raw', severity: 'warning', summary: 'An exported activity of a kind (or shape) flowgen does not model is kept verbatim as a raw activity.' },
  FG040: { rule: 'malformed-yaml', severity: 'error', summary: 'A YAML file does not parse (syntax error, duplicate key, alias or tag flowgen does not read).' },
  FG041: { rule: 'invalid-yaml-flow', severity: 'error', summary: "A YAML flow definition's structure (top-level keys, parameters, variables, connectors, activity entries, events) does not match the flow YAML schema." },
  FG042: { rule: 'unknown-parameter', severity: 'error', summary: 'A YAML flow names a parameter (${params.name}) it does not declare.' },
  FG050: { rule: 'init-target-not-empty', severity: 'error', summary: 'flowgen init was pointed at a directory that is not empty (or cannot be created).' },
  FG060: { rule: 'suppressed-finding', severity: 'info', summary: "A finding the flow's baseline accepts for now (recorded by flowgen import from the export); it does not fail the build." },
  FG061: { rule: 'suppressed-security-finding', severity: 'warning', summary: "A security finding (FG4xx) the flow's baseline accepts for now: it stays a warning on every build." },
  FG062: { rule: 'unused-suppression', severity: 'warning', summary: "A baseline entry matches no finding (the finding was fixed or changed): delete it." },
  FG101: { rule: 'unreachable-activity', severity: 'warning', summary: 'An activity cannot be reached from the start or from an event.' },
  FG102: { rule: 'unwired-port', severity: 'error', summary: 'An output port that must be wired has no link.' },
  FG103: { rule: 'missing-target', severity: 'error', summary: 'A link points to an activity that does not exist.' },
  FG104: { rule: 'duplicate-activity-name', severity: 'error', summary: 'Two activities share a name.' },
  FG105: { rule: 'unknown-port', severity: 'error', summary: 'A link leaves from a port the activity does not have.' },
  FG106: { rule: 'shared-activity', severity: 'error', summary: 'An activity is reachable from the main flow and from an event flow, or from two event flows.' },
  FG107: { rule: 'port-wired-twice', severity: 'error', summary: 'An output port is wired to two targets.' },
  FG108: { rule: 'no-start', severity: 'error', summary: 'The main flow has no link from its start.' },
  FG109: { rule: 'duplicate-event-handler', severity: 'error', summary: 'An event is handled twice.' },
  FG110: { rule: 'dead-end', severity: 'error', summary: 'An activity that does not end the call has output ports but no link at all.' },
  FG111: { rule: 'event-flow-never-ends', severity: 'warning', summary: 'An event flow has no End Flow or Disconnect Contact on any path.' },
  FG201: { rule: 'undeclared-variable', severity: 'error', summary: 'A runtime reference names no declared variable, activity output or event output.' },
  FG202: { rule: 'duplicate-variable', severity: 'error', summary: 'Two variables share a name.' },
  FG203: { rule: 'build-value-injects-expression', severity: 'error', summary: 'A build-time value contains runtime expression syntax.' },
  FG204: { rule: 'malformed-expression', severity: 'error', summary: 'A runtime expression is malformed: unclosed {{ }}, unbalanced brackets or quotes, a dangling operator or an unknown filter.' },
  FG205: { rule: 'invalid-jsonpath', severity: 'error', summary: 'A JSONPath in an output mapping does not parse.' },
  FG206: { rule: 'unused-variable', severity: 'warning', summary: 'A variable is declared but never read, written or shown.' },
  FG207: { rule: 'variable-never-set', severity: 'warning', summary: 'A variable is read but has no initial value and nothing sets it.' },
  FG208: { rule: 'wrong-value-type', severity: 'error', summary: 'A Set Variable writes a value that does not fit the variable\'s declared type.' },
  FG301: { rule: 'invalid-menu-digits', severity: 'error', summary: 'A menu has a key outside 0-9, # and *, a key twice, or no options.' },
  FG302: { rule: 'invalid-prompt', severity: 'error', summary: 'A prompt item is empty, a prompt has more than 5 items, or a TTS text is over the length limit.' },
  FG303: { rule: 'setting-out-of-range', severity: 'error', summary: 'A numeric setting is outside the range Flow Designer accepts.' },
  FG304: { rule: 'silent-queue', severity: 'warning', summary: 'A queued call hears nothing: the queue is not followed by music or a message.' },
  FG305: { rule: 'regional-catalogue-id', severity: 'warning', summary: "An activity gets another region's catalogue id: flowgen knows none for the flow's region." },
  FG401: { rule: 'credentials-in-request', severity: 'error', summary: 'An HTTP request carries literal credentials in a header, a query parameter or its path instead of using a connector.' },
  FG402: { rule: 'credential-in-variable', severity: 'error', summary: 'A variable sent as a credential (an Authorization header, a token parameter) holds a literal initial value.' },
  FG501: { rule: 'malformed-tenant-file', severity: 'error', summary: 'A tenant file is not valid YAML (syntax error, duplicate key).' },
  FG502: { rule: 'invalid-tenant-file', severity: 'error', summary: "A tenant file's own structure is wrong: not a mapping, an unknown top-level or flow key, no flows, or a bad file name." },
  FG503: { rule: 'unknown-tenant-flow', severity: 'error', summary: 'A tenant file gives values to a flow that no definition builds.' },
  FG504: { rule: 'invalid-tenant-value', severity: 'error', summary: "A tenant value does not match the flow parameter's type or constraints." },
  FG505: { rule: 'missing-tenant-value', severity: 'error', summary: 'A tenant file leaves out a parameter that has no default.' },
  FG506: { rule: 'unknown-tenant-parameter', severity: 'error', summary: "A tenant file sets a parameter (or a field of one) that the flow's params schema does not have." },
  FG507: { rule: 'tenant-value-injects-expression', severity: 'error', summary: 'A tenant value contains runtime expression syntax ({{ }} or {% %}).' },
  FG508: { rule: 'unknown-fork', severity: 'error', summary: 'A tenant file selects a fork the flow does not offer, or gives a fork invalid options.' },
  FG509: { rule: 'conflicting-forks', severity: 'error', summary: 'Two forks a tenant selects implement the same hook.' },
  FG510: { rule: 'tenant-not-found', severity: 'error', summary: 'A tenant named on the command line has no tenant file, or there are no tenant files.' },
  FG511: { rule: 'invalid-flow-name-template', severity: 'error', summary: "A tenant's flowName template has an unknown placeholder or makes an invalid or duplicate flow name." },
  FG520: { rule: 'template-not-found', severity: 'error', summary: 'A flow renders a build-time template that templates/ does not contain.' },
  FG521: { rule: 'invalid-template', severity: 'error', summary: 'A build-time template does not parse, contains {{ }}, or has a runtime slot the flow does not fill.' },
  FG522: { rule: 'template-value-missing', severity: 'error', summary: 'A build-time template uses a value the flow does not give it.' },
  FG523: { rule: 'template-invalid-json', severity: 'error', summary: 'A JSON body template does not render to valid JSON.' },
  FG524: { rule: 'template-value-injects-expression', severity: 'error', summary: 'A value given to a build-time template contains runtime expression syntax.' },
  FG601: { rule: 'not-json', severity: 'error', summary: 'A file given to diff is neither a flow definition nor JSON.' },
  FG602: { rule: 'not-a-flow-document', severity: 'error', summary: 'A JSON file given to diff is not a Webex flow document (nor a template wrapping one).' },
  FG603: { rule: 'git-revision-unavailable', severity: 'error', summary: 'git could not provide a file at the revision given to diff --git.' },
  FG610: { rule: 'stale-output', severity: 'error', summary: 'A committed output differs from a fresh build (build --check).' },
  FG611: { rule: 'missing-output', severity: 'error', summary: 'An output a fresh build would write is missing (build --check).' },
  FG901: { rule: 'internal-error', severity: 'error', summary: 'A bug in flowgen; please report it.' },
  FG902: { rule: 'output-schema-violation', severity: 'error', summary: 'A compiled flow does not match the Webex flow schema; a bug in flowgen.' },
} as const satisfies Record<`FG${string}`, CodeInfo>;

export type DiagnosticCode = keyof typeof diagnosticCodes;
