/**
 * Stands in for "export the same flow again" until there is an importer: re-serialises a flow
 * document the way Flow Designer disturbs one between exports, without changing what it does.
 * Every structural id (activities, links, widgets, ports, points, variables, flow and version)
 * gets a new random-looking id, consistently everywhere it is referenced; every object's keys are
 * shuffled; links and variables are reordered; widgets move; `_renderRequestTimestamp`, audit
 * fields and the version counter change. Tenant resource ids inside settings (queues,
 * connectors) are left alone: a re-export keeps them. Deterministic for a given seed.
 */

import { seededRandom } from '../../src/util/seeded-random.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };


const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Every id the document uses for its own structure (never a tenant's queue or connector id). */
function structuralIds(doc: Record<string, any>): Set<string> {
  const ids = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v !== '') ids.add(v);
  };
  add(doc['id']);
  add(doc['flowId']);
  for (const v of doc['variables'] ?? []) add(v?.id);
  const graphs = [{ process: doc['process'], diagram: doc['diagram'], onEvents: undefined as any }];
  for (const e of Object.values<any>(doc['eventFlows']?.eventsMap ?? {})) graphs.push({ process: e.process, diagram: e.diagram, onEvents: e.onEvents });
  for (const g of graphs) {
    for (const [key, a] of Object.entries<any>(g.process?.activities ?? {})) {
      add(key);
      add(a?.id);
    }
    for (const l of g.process?.links ?? []) add(l?.id);
    for (const [key, w] of Object.entries<any>(g.diagram?.widgets ?? {})) {
      add(key);
      add(w?.id);
      for (const p of w?.ports ?? []) {
        add(p?.portId);
        add(p?.linkId);
        for (const l of p?.links ?? []) add(l);
      }
      for (const p of w?.properties?.points ?? []) add(p?.id);
      add(w?.sourcePort?.id);
      add(w?.targetPort?.id);
      add(w?.sourcePort?.activeWidgetId);
      add(w?.targetPort?.activeWidgetId);
    }
  }
  return ids;
}

function newId(old: string, next: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  // Keep each id's shape: 24-hex object ids stay 24 hex, UUIDs stay UUIDs.
  if (/^[0-9a-f]{24}$/.test(old)) return hex(24);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

/** The document re-exported: same flow, different bytes (see the module comment). */
export function reexport(document: unknown, seed = 1): Json {
  const next = seededRandom(seed);
  const ids = structuralIds(document as Record<string, any>);
  const mapping = new Map([...ids].sort().map((id) => [id, newId(id, next)]));
  const timestamp = 1_700_000_000_000 + Math.floor(next() * 1e9);

  const walk = (value: Json, key: string | undefined): Json => {
    if (typeof value === 'string') return mapping.get(value) ?? value;
    if (Array.isArray(value)) {
      const items = value.map((v) => walk(v, undefined));
      // Links and variables are sets; prompt items, menu digits and case values are not.
      return key === 'links' || key === 'variables' ? shuffle(items, next) : items;
    }
    if (!isObject(value)) return value;
    const out: Record<string, Json> = {};
    for (const k of shuffle(Object.keys(value), next)) {
      let v = value[k]!;
      if (k === '_renderRequestTimestamp') v = timestamp;
      else if ((k === 'x' || k === 'y') && typeof v === 'number') v = Math.round((v + 40 + next() * 300) * 100) / 100;
      else if (k === 'lastModifiedDate' && typeof v === 'string') v = '2031-01-02T03:04:05.678';
      else if (k === 'version' && typeof v === 'number' && key === undefined) v = v + 7;
      out[mapping.get(k) ?? k] = walk(v, k);
    }
    return out;
  };
  return walk(document as Json, undefined);
}
