/**
 * Validation of a flow's IR: the zod shape check, then every rule over one precomputed index.
 * Returns diagnostics and the parsed options the emitter needs; never throws for a user mistake.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { indexFlow, type FlowIndex } from './flow-index.js';
import type { FlowIR } from '../ir/types.js';
import { createContext, type Rule } from './context.js';
import { recommendedRules } from './rules/index.js';
import { checkSchema } from './schema.js';
import { applyBaseline } from './baseline.js';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  index: FlowIndex;
}

export function validateFlow(flow: FlowIR, rules: readonly Rule[] = recommendedRules): ValidationResult {
  const { diagnostics, parsedOptions } = checkSchema(flow);
  const index = indexFlow(flow, parsedOptions);
  for (const rule of rules) rule.check(createContext(index, diagnostics, rule));
  const found = flow.baseline ? applyBaseline(diagnostics, flow.baseline, flow.at ?? { file: flow.file ?? '<flow>' }) : diagnostics;
  return { diagnostics: sortDiagnostics(found), index };
}
