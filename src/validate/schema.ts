/**
 * The zod re-check of the flow's shape (house style §5.4: types reject first, zod re-checks):
 * each activity's options against its kind's schema, the flow's name and each variable. Issues
 * become FG0xx diagnostics in our own words; zod's text never reaches a user.
 */
import type { z } from 'zod';
import { activityDefinition, knownKinds } from '../activities/index.js';
import { isRegion, REGIONS } from '../activities/shared/regions.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import type { FlowIR, VariableIR } from '../ir/types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { activityLocation } from './context.js';

/** One zod issue in our words (what the value must be), without zod's own text. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'set'
        ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `allows at most ${String(issue.maximum)} items` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown option${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? (issue.message ?? 'has the wrong format') : `must be a valid ${issue.format}`;
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_union':
      return 'has a value of none of the accepted shapes';
    case 'custom':
      return issue.message ?? 'is invalid';
    default:
      return 'is invalid';
  }
}

const pathText = (path: readonly PropertyKey[]): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');

export interface SchemaCheckResult {
  diagnostics: Diagnostic[];
  /** Activity name → options after parsing (defaults applied), for the activities that parsed. */
  parsedOptions: Map<string, unknown>;
}

const VARIABLE_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const FLOW_NAME = /^[A-Za-z0-9_]{1,80}$/;

function checkVariable(variable: VariableIR, file: string | undefined): Diagnostic[] {
  const location = variable.at ?? { file: file ?? '<flow>', path: `variables.${variable.name}` };
  const problems: string[] = [];
  if (!VARIABLE_NAME.test(variable.name)) problems.push('its name must start with a letter, "_" or "$" and hold only letters, digits, "_" and "$"');
  const value = variable.initialValue;
  if (value !== null && value !== '') {
    if (variable.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`its initial value ${JSON.stringify(value)} is not an integer`);
    if (variable.type === 'decimal' && Number.isNaN(Number(value))) problems.push(`its initial value ${JSON.stringify(value)} is not a number`);
    // Flow Designer itself exports "True"/"False" (14 CARS and CL variables), and Java reads
    // booleans case-insensitively, so an imported variable may use either case.
    const bool = variable.webex ? value.toLowerCase() : value;
    if (variable.type === 'boolean' && bool !== 'true' && bool !== 'false') problems.push(`its initial value ${JSON.stringify(value)} is not true or false`);
    if (variable.type === 'json') {
      try {
        JSON.parse(value);
      } catch {
        problems.push(`its initial value is not JSON`);
      }
    }
  }
  return problems.map((problem) =>
    makeDiagnostic('FG013', {
      message: `Variable "${variable.name}": ${problem}.`,
      location,
      hint: 'Flow Designer rejects a variable whose value does not fit its type (FC1005).',
      data: { variable: variable.name },
    }),
  );
}

function checkConnectorUrl(baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:') return 'must use https (Control Hub requires it)';
  if (url.username || url.password) return 'must not carry credentials; they belong in the connector in Control Hub';
  if (url.search || url.hash) return 'must be a bare domain URL, without a query or fragment';
  return undefined;
}

export function checkSchema(flow: FlowIR): SchemaCheckResult {
  const diagnostics: Diagnostic[] = [];
  for (const connector of flow.connectors) {
    const problem = !connector.id ? 'needs its Control Hub id' : checkConnectorUrl(connector.baseUrl);
    if (!problem) continue;
    diagnostics.push(
      makeDiagnostic('FG014', {
        message: `Connector "${connector.name}": base URL ${problem === 'needs its Control Hub id' ? '' : `${JSON.stringify(connector.baseUrl.replace(/\/\/[^@/]*@/, '//***@'))} `}${problem}.`,
        location: connector.at ?? { file: flow.file ?? '<flow>', path: `connectors.${connector.name}` },
        hint: 'Give the Resource Domain URL configured in Control Hub, e.g. https://acme.zendesk.com.',
        data: { connector: connector.name },
      }),
    );
  }
  const parsedOptions = new Map<string, unknown>();
  if (!FLOW_NAME.test(flow.name)) {
    diagnostics.push(
      makeDiagnostic('FG012', {
        message: `Flow name ${JSON.stringify(flow.name)} is not valid in Flow Designer.`,
        location: flow.at ?? { file: flow.file ?? '<flow>' },
        hint: 'Use 1 to 80 letters, digits and "_" (no spaces).',
        data: { name: flow.name },
      }),
    );
  }
  if (flow.region !== undefined && !isRegion(flow.region)) {
    diagnostics.push(
      makeDiagnostic('FG012', {
        message: `Region ${JSON.stringify(flow.region)} is not one whose catalogue ids flowgen knows.`,
        location: flow.at ?? { file: flow.file ?? '<flow>' },
        hint: didYouMean(flow.region, REGIONS) ?? `Regions: ${REGIONS.join(', ')}.`,
        data: { region: flow.region },
      }),
    );
  }
  for (const variable of flow.variables) diagnostics.push(...checkVariable(variable, flow.file));
  for (const activity of flow.activities) {
    const definition = activityDefinition(activity.kind);
    if (!definition) {
      diagnostics.push(
        makeDiagnostic('FG011', {
          message: `"${activity.name}" has unknown kind "${activity.kind}".`,
          location: activityLocation(activity, flow.file),
          hint: didYouMean(activity.kind, knownKinds) ?? `Known kinds: ${knownKinds.join(', ')}.`,
          data: { activity: activity.name, kind: activity.kind },
        }),
      );
      continue;
    }
    const result = definition.options.safeParse(activity.options);
    if (result.success) {
      if (!parsedOptions.has(activity.name)) parsedOptions.set(activity.name, result.data);
      continue;
    }
    for (const issue of result.error.issues) {
      const path = pathText(issue.path);
      diagnostics.push(
        makeDiagnostic('FG010', {
          message: `${definition.kind} "${activity.name}": ${path ? `option "${path}" ` : ''}${describeIssue(issue)}.`,
          location: activityLocation(activity, flow.file),
          hint: 'See the option documentation (hover it in your editor) for what it accepts.',
          data: { activity: activity.name, path },
        }),
      );
    }
  }
  return { diagnostics, parsedOptions };
}
