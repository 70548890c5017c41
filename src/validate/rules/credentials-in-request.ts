/**
 * Credentials never belong in a flow: an HTTP request through a connector gets them from Control
 * Hub (docs/webex-activities-and-api.md §1.4). A literal Authorization or API-key header, or a
 * token-like query parameter with a literal value, is reported. A value taken from a runtime
 * reference (say a token fetched earlier) is not, since no secret is written into the flow.
 */
import { defineRule } from '../context.js';
import type { Template } from '../../ir/types.js';
import { SECRET_HEADER, SECRET_PARAM } from '../secret-names.js';

// Imported flows keep Pebble as text: `Bearer {{Token}}` takes its secret from a variable at run
// time (credential-in-variable judges that variable), so text holding `{{` is not a literal.
const isLiteral = (t: Template): boolean => t.parts.length > 0 && t.parts.every((p) => ('text' in p && !p.text.includes('{{')) || 'value' in p);

export const credentialsInRequest = defineRule({
  code: 'FG401',
  name: 'credentials-in-request',
  defaultSeverity: 'error',
  check({ index, report }) {
    for (const { ir, options, definition } of index.activities.values()) {
      const sent = options !== undefined ? definition?.settings?.request?.(options) : undefined;
      if (!sent) continue;
      const { headers, query, target } = sent;
      const literalPath = (target?.template ?? { parts: [] }).parts.map((p) => ('text' in p ? p.text : 'value' in p ? p.value : '')).join('');
      const queryString = literalPath.includes('?') ? literalPath.slice(literalPath.indexOf('?') + 1) : '';
      for (const pair of queryString.split('&')) {
        const [name = '', value = ''] = pair.split('=');
        if (!SECRET_PARAM.test(name) || value === '') continue;
        report({
          message: `"${ir.name}" puts a literal "${name}" into its ${target?.is ?? 'URL'}.`,
          activity: ir,
          hint: 'Move the credential into the connector in Control Hub.',
          data: { activity: ir.name, parameter: name },
        });
      }
      for (const [name, value] of Object.entries(headers)) {
        if (!SECRET_HEADER.test(name) || !isLiteral(value)) continue;
        report({
          message: `"${ir.name}" sends a literal "${name}" header.`,
          activity: ir,
          hint: 'Remove it: the connector in Control Hub authenticates the request (Basic or OAuth 2.0).',
          data: { activity: ir.name, header: name },
        });
      }
      for (const [name, value] of Object.entries(query)) {
        if (!SECRET_PARAM.test(name) || !isLiteral(value)) continue;
        report({
          message: `"${ir.name}" sends a literal "${name}" query parameter.`,
          activity: ir,
          hint: 'Move the credential into the connector in Control Hub.',
          data: { activity: ir.name, parameter: name },
        });
      }
    }
  },
});
