/**
 * What import checks in an export before it reads it: the document against the shape of the flow
 * format (`schemas/`, the same check every build's output passes, `checkFlowDocument`). flowgen
 * writes an imported flow back with its exported shape, so an export that breaks the format here
 * would come out breaking it too; reported here, the problem is the input's, at its JSON path and
 * activity, with a code per kind of problem — instead of FG902 ("a bug in flowgen") on the build.
 *
 * - FG070 a field the format requires is missing; FG071 a field has the wrong JSON type;
 *   FG072 an activity's catalogue id (`properties.activityId`) is not one the format lists for its
 *   kind; FG073 any other value or shape the format does not allow.
 * The format's schema decides what is allowed (whatever it accepts, import accepts): strings or
 * numbers, null or missing, and every region's catalogue ids are the schema's to list.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import { makeDiagnostic } from '../../diagnostics/report.js';
import { checkFlowDocument, type SchemaViolation } from '../../emit/webex/schema-check.js';

/** A JSON pointer as the JSONPath flowgen shows (`$.process.activities["id"].properties.x`). */
export function pointerToPath(pointer: string, prefix = '$'): string {
  if (pointer === '') return prefix;
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `${path}.${segment}` : `${path}[${JSON.stringify(segment)}]`), prefix);
}

function codeOf(violation: SchemaViolation): DiagnosticCode {
  if (/ is missing[.;]/.test(violation.message)) return 'FG070';
  if (/ must be (an? |null)[^"]*, not /.test(violation.message) && !/ must be one of /.test(violation.message)) return 'FG071';
  if (/^\/(eventFlows\/eventsMap\/[^/]+\/)?process\/activities\/[^/]+\/properties\/activityId$/.test(violation.path)) return 'FG072';
  return 'FG073';
}

const HINTS: Record<string, string> = {
  FG070: 'Flow Designer writes this field in every export; export the flow again, or add the field as Flow Designer writes it.',
  FG071: 'Give the value the type Flow Designer writes here (see the message), or export the flow again.',
  FG072: 'The activity names a catalogue entry its kind does not have; export the flow again from Flow Designer, or keep the activityId it wrote.',
  FG073: 'Flow Designer does not write this value here; export the flow again, or undo the hand edit.',
};

/** Problems of an (unwrapped) export against the flow format, located in the input. */
export function checkExportShape(document: unknown, file: string, prefix = '$'): Diagnostic[] {
  const violations = checkFlowDocument(document);
  const shown = violations.slice(0, MAX_REPORTED).map((violation) => {
    const code = codeOf(violation);
    const path = pointerToPath(violation.path, prefix);
    const subject = violation.activityName === undefined ? 'The export' : `Activity "${violation.activityName}"`;
    return makeDiagnostic(code, {
      message: `${subject} breaks the flow format at ${path}: ${violation.message.replace(/\.$/, '')}.`,
      location: { file, path, ...(violation.activityName === undefined ? {} : { activity: violation.activityName }) },
      hint: HINTS[code],
      data: { path, ...(violation.activityName === undefined ? {} : { activity: violation.activityName }) },
    });
  });
  if (violations.length > MAX_REPORTED) {
    shown.push(
      makeDiagnostic('FG073', {
        message: `The export breaks the flow format in ${violations.length - MAX_REPORTED} more places, not listed.`,
        location: { file, path: prefix },
        hint: 'Fix the problems listed first; this many usually means the file is not an export as Flow Designer writes it.',
        data: { more: violations.length - MAX_REPORTED },
      }),
    );
  }
  return shown;
}

/** Problems listed per export: beyond this many, one diagnostic counts the rest. */
const MAX_REPORTED = 100;
