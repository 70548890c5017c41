/**
 * Output mappings (HTTP Request's Parse settings, the Parse activity) take a JSONPath on the
 * response body (docs/webex-activities-and-api.md §1.4; docs/webex-flow-format.md §7.5, §9: JSONPath
 * is not Pebble). A path that does not parse maps nothing at run time: the variable silently
 * keeps its old value. Flow Designer's own empty mapping row (`{"outputVariable": "Select",
 * "jsonPathExp": ""}`, ZD22 PostComments, 11 rows in the corpus) maps nothing by design and is
 * not reported.
 */
import type { Location } from '../../diagnostics/diagnostic.js';
import { exportedOutputMappings } from '../../activities/shared/exported-settings.js';
import { defineRule } from '../context.js';
import { exportedProperties } from '../exported-properties.js';
import { checkJsonPath } from '../jsonpath-syntax.js';
import { scalarText } from '../../util/scalar-text.js';

interface Mapping {
  variable: string;
  path: string;
  at: string | undefined;
}

function mappingsOf(kind: string, options: unknown, properties: Readonly<Record<string, unknown>> | undefined): Mapping[] {
  if (kind === 'http-request') {
    return ((options as { outputs?: { variable: string; path: string }[] }).outputs ?? []).map((m) => ({ variable: m.variable, path: m.path, at: undefined }));
  }
  if (kind !== 'raw' || !properties) return [];
  return exportedOutputMappings(properties).flatMap(({ variable, path, at }) => {
    if (typeof path !== 'string') return [];
    if (path === '' && (variable === 'Select' || variable === '' || variable === undefined || variable === null)) return [];
    return [{ variable: scalarText(variable, '(not a name)'), path, at }];
  });
}

export const invalidJsonpath = defineRule({
  code: 'FG205',
  name: 'invalid-jsonpath',
  defaultSeverity: 'error',
  check({ index, report }) {
    const file = index.flow.file ?? '<flow>';
    for (const activity of index.activities.values()) {
      const { ir, options } = activity;
      if (options === undefined) continue;
      for (const mapping of mappingsOf(ir.kind, options, exportedProperties(activity)?.properties)) {
        const error = checkJsonPath(mapping.path);
        if (!error) continue;
        const location: Location = ir.at ?? { file, activity: ir.name, ...(mapping.at ? { path: mapping.at } : {}) };
        report({
          message: `"${ir.name}" maps ${JSON.stringify(mapping.path)} into "${mapping.variable}", which is not a valid JSONPath: ${error.reason} (at ${error.offset}).`,
          location,
          hint: 'Write a JSONPath from the response root, e.g. $.users[0].id.',
          data: { activity: ir.name, variable: mapping.variable, offset: error.offset },
        });
      }
    }
  },
});
