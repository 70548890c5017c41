/**
 * A Webex export's text → its semantic model, or a diagnostic: FG601 when the text is not JSON
 * (with the parser's line and column where it gives a position), FG602 when the JSON is not a
 * flow document or a template wrapping one (docs/webex-flow-format.md §2.1). Pure: the caller
 * reads the file.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { makeDiagnostic } from '../diagnostics/report.js';
import { flowModel, unwrapFlowDocument, type FlowDocumentShape, type FlowModel } from './model.js';

export interface ParsedFlow {
  model?: FlowModel;
  /** The document the model was made from (a picture of the change draws it). */
  document?: FlowDocumentShape;
  diagnostics: Diagnostic[];
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The model of the flow document in `text`, which was read from `file` (shown in diagnostics). */
export function parseFlowText(text: string, file: string): ParsedFlow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(detail);
    const location = position ? { file, ...lineAndColumn(text, Number(position[1])) } : { file };
    return {
      diagnostics: [
        makeDiagnostic('FG601', {
          message: `"${file}" is not JSON, nor a flow definition (*.flow.ts).`,
          location,
          hint: 'Give a Flow Designer export (.json) or a flow definition module.',
        }),
      ],
    };
  }
  const document = unwrapFlowDocument(value);
  if (!document) {
    return {
      diagnostics: [
        makeDiagnostic('FG602', {
          message: `"${file}" is not a Webex flow document: it has no "process" with "activities" and "links".`,
          location: { file },
          hint: "Export the flow from Flow Designer (… › Export) or pass a template body whose \"flow\" member holds one.",
        }),
      ],
    };
  }
  return { model: flowModel(document), document, diagnostics: [] };
}
