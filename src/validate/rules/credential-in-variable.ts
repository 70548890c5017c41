/**
 * A credential must not be written into a flow (docs/webex-activities-and-api.md §1.4: a connector
 * in Control Hub holds it). FG401 catches a literal in a header or query; this rule catches the
 * same secret one step removed: a header such as `Authorization: Bearer {{Token}}` whose variable
 * carries the token as its initial value, exported with the flow to anyone who can read it.
 * Real defects this finds: CJDS02's `Token` (a JWT) and the Instant Connect sample's `botToken`.
 * A value fetched at run time (the variable starts empty or as the "null" sentinel and an earlier
 * request sets it) is not reported.
 */
import { exportedRequestParameters } from '../../activities/shared/exported-settings.js';
import { templateRefs } from '../../ir/template.js';
import type { Template } from '../../ir/types.js';
import { defineRule } from '../context.js';
import { exportedProperties } from '../exported-properties.js';
import { mayHoldPebble, scanTemplate } from '../pebble-scanner.js';
import { SECRET_HEADER, SECRET_PARAM } from '../secret-names.js';
import type { IndexedActivity } from '../flow-index.js';


function refsOf(value: Template | string): string[] {
  if (typeof value === 'string') return mayHoldPebble(value) ? scanTemplate(value).references.map((r) => r.path) : [];
  // A raw activity's header may hold anything an export wrote; only text can carry a reference.
  if (typeof value !== 'object' || value === null || !Array.isArray(value.parts)) return [];
  const text = value.parts.map((p) => ('text' in p ? p.text : '')).join('');
  return [...templateRefs(value), ...(mayHoldPebble(text) ? scanTemplate(text).references.map((r) => r.path) : [])];
}

function secretValues(activity: IndexedActivity, properties: Readonly<Record<string, unknown>> | undefined): [string, Template | string][] {
  const pick = (record: unknown, test: RegExp): [string, Template | string][] =>
    typeof record === 'object' && record !== null ? Object.entries(record as Record<string, Template | string>).filter(([name, v]) => test.test(name) && v !== null && v !== undefined) : [];
  const { ir, options, definition } = activity;
  const sent = definition?.settings?.request?.(options);
  if (sent) return [...pick(sent.headers, SECRET_HEADER), ...pick(sent.query, SECRET_PARAM)];
  if (ir.kind === 'raw' && properties) {
    const sent = exportedRequestParameters(properties);
    return [...pick(sent.headers, SECRET_HEADER), ...pick(sent.query, SECRET_PARAM)];
  }
  return [];
}

export const credentialInVariable = defineRule({
  code: 'FG402',
  name: 'credential-in-variable',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const activity of index.activities.values()) {
      const { ir, options } = activity;
      if (options === undefined) continue;
      for (const [name, value] of secretValues(activity, exportedProperties(activity)?.properties)) {
        for (const ref of new Set(refsOf(value).map((r) => r.split(/[.[]/, 1)[0]!))) {
          const variable = index.variables.get(ref);
          const initial = variable?.initialValue?.trim() ?? '';
          if (!variable || initial === '' || initial === 'null') continue;
          report({
            message: `"${ir.name}" sends variable "${ref}" as "${name}", and the flow stores its value (${initial.length} characters) in the variable's initial value.`,
            activity: ir,
            related: variable.at ? [{ message: 'declared here', location: variable.at }] : [],
            hint: 'Remove the initial value: authenticate through a connector in Control Hub, or fetch the token at run time.',
            data: { activity: ir.name, variable: ref, parameter: name },
          });
        }
      }
    }
  },
});
