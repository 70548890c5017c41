/**
 * The import round trip: what an imported flow keeps of its export when flowgen writes it again.
 * An activity whose options did not change is written back verbatim; a changed one gets this
 * build's values laid over its exported keys; variables and the envelope keep their era's keys.
 * The emitter (emit.ts) assembles the document and asks here only for imported parts.
 */
import { isDeepStrictEqual } from 'node:util';
import { isShadowKey } from '../../activities/shared/shadow-keys.js';
import { isTemplate, renderExpression, renderText } from '../../ir/template.js';
import type { IndexedActivity } from '../../validate/flow-index.js';
import type { Json } from './json.js';

/**
 * An imported activity whose options were not changed since import is written back verbatim.
 * Templates compare by the text they render to, so replacing `'{{ticketID}}'` by a typed
 * reference to the variable (as `flowgen import` prints it) is not a change.
 */
export function unchangedImport(activity: IndexedActivity): boolean {
  const shape = activity.ir.webex;
  return shape !== undefined && isDeepStrictEqual(renderedTemplates(activity.options), renderedTemplates(shape.importedOptions));
}

function renderedTemplates(value: unknown): unknown {
  if (isTemplate(value)) return { rendered: value.expression ? renderExpression(value) : renderText(value) };
  if (Array.isArray(value)) return value.map(renderedTemplates);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderedTemplates(v)]));
  return value;
}

/**
 * Lays freshly emitted properties over an imported activity's exported shape: the export's keys,
 * in its order, with this build's values (a number written as a string there keeps its spelling
 * when it means the same), the regional activity id and render time kept. Keys the export's era
 * did not write are added only when they carry a value: never a shadow key, a null or an empty one.
 */
export function overlayShape(fresh: Record<string, Json>, exported: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, old] of Object.entries(exported)) {
    if (!(key in fresh) || key === 'activityId' || key === '_renderRequestTimestamp') out[key] = old as Json;
    else out[key] = sameNumber(old, fresh[key]) || isDeepStrictEqual(old, fresh[key]) ? (old as Json) : fresh[key]!;
  }
  for (const [key, value] of Object.entries(fresh)) {
    if (key in exported || isShadowKey(key) || isEmpty(value)) continue;
    out[key] = value;
  }
  return out;
}

const isEmpty = (value: Json): boolean =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

function sameNumber(a: unknown, b: unknown): boolean {
  if ((typeof a !== 'number' && typeof a !== 'string') || (typeof b !== 'number' && typeof b !== 'string')) return false;
  if (a === '' || b === '') return false;
  return Number(a) === Number(b) && !Number.isNaN(Number(a));
}


/** An imported variable keeps its own keys (source, global id, 2026 extras) in its order, with this build's values. */
export function overlayVariable(fresh: Record<string, Json>, exported: Record<string, unknown>, withoutDesktopLabel: boolean): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, old] of Object.entries(exported)) {
    const keepExported = key === 'source' || key === 'id' || key === 'overwrite' || !(key in fresh) || (key === 'desktopLabel' && withoutDesktopLabel);
    out[key] = keepExported ? (old as Json) : fresh[key]!;
  }
  return out;
}

/** An imported flow keeps its envelope (era keys such as flowType or settings, ids, audit fields), with this build's graph. */
export function overlayEnvelope(graph: Record<string, Json>, envelope: Record<string, unknown>): Record<string, Json> {
  return Object.fromEntries(Object.entries(envelope).map(([k, v]) => [k, k in graph ? graph[k]! : (v as Json)]));
}
