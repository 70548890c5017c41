/**
 * JSONPath for response mappings and Parse (docs/webex-activities-and-api.md §1.4: "output
 * variable + JSONPath (Jayway syntax)"), with jsonpath-plus: the first value selected, or none.
 */
import { JSONPath } from 'jsonpath-plus';
import type { SimulatedValue } from '../activities/shared/simulation.js';

export function selectJson(document: unknown, path: string): { value: SimulatedValue } | undefined {
  if (document === null || typeof document !== 'object') return undefined;
  let found: unknown[];
  try {
    found = JSONPath({ path, json: document as object, wrap: true, eval: false }) as unknown[];
  } catch {
    return undefined;
  }
  if (!Array.isArray(found) || found.length === 0 || found[0] === undefined) return undefined;
  return { value: found[0] as SimulatedValue };
}
