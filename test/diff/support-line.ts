/** Compiles variants of the made support-line flow to their diff models, once each. */
import { compileFlow } from '../../src/api/compile-flow.js';
import { flowModel, unwrapFlowDocument, type FlowModel } from '../../src/diff/model.js';
import { supportLine, type SupportLineVariant } from '../fixtures/made/diff/support-line.js';

const cache = new Map<string, Promise<unknown>>();

/** The compiled document of a variant (fails the test on any diagnostic). */
export function supportLineDocument(variant: SupportLineVariant = {}): Promise<unknown> {
  const key = JSON.stringify(variant);
  let pending = cache.get(key);
  if (!pending) {
    pending = compileFlow(supportLine(variant)).then((compiled) => {
      const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0 || !compiled.document) throw new Error(`support line ${key} does not compile: ${errors.map((d) => d.message).join('; ')}`);
      return compiled.document;
    });
    cache.set(key, pending);
  }
  return pending;
}

export function modelOf(document: unknown): FlowModel {
  const unwrapped = unwrapFlowDocument(document);
  if (!unwrapped) throw new Error('not a flow document');
  return flowModel(unwrapped);
}

export async function supportLineModel(variant: SupportLineVariant = {}): Promise<FlowModel> {
  return modelOf(await supportLineDocument(variant));
}
