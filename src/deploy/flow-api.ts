/**
 * The Webex operations flowgen uses, from `shared/spec/wxcc-deploy-openapi.json` (Webex Contact
 * Center OpenAPI, webex/webex-openapi-specs, CC BY 4.0): list flows (`findFlowsUsingGET`), export
 * (`exportFlowVersionUsingGET`), import (`importFlowVersionUsingPOST`, multipart part `file`,
 * `overwrite=yes`), publish (`publishFlowVersionUsingPOST`) and the configuration lists that turn
 * names into ids (`/organization/{orgid}/v2/{contact-service-queue,entry-point,audio-file,
 * business-hours}`, RSQL `filter`, paged). `projectId` is the documented constant.
 *
 * Paging: the flow list answers a bare array and clamps `size` to an undocumented maximum, so it
 * is read until a page comes back shorter than the first (or empty); the configuration lists carry
 * `meta.totalPages`.
 */
import type { ResourceKind } from '../activities/shared/resources.js';
import type { ApiClient, ApiResult } from './client.js';

export const PROJECT_ID = '5e5c9ad6d61f870d6d778c1b';
const PAGE_SIZE = 100;
/** No org has this many pages of one name; a server that never stops paging is cut off here. */
const MAX_PAGES = 200;

export type FlowType = 'FLOW' | 'SUBFLOW';

/** The parts of `BasicFlowDTO` flowgen reads. */
export interface FlowSummary {
  id: string;
  name: string;
  flowType?: string;
  version?: number;
  status?: string;
  lockedBy?: string;
  tags?: { id?: string; versionNumber?: number; flowVersionId?: string }[];
}

export interface OrgResource {
  id: string;
  name: string;
}

const flowStore = (orgId: string): string => `/flow-store/${encodeURIComponent(orgId)}/project/${PROJECT_ID}`;

/** Flows of one type whose name contains `name` (every page). */
export async function listFlows(client: ApiClient, orgId: string, flowType: FlowType, name: string): Promise<ApiResult<FlowSummary[]>> {
  const all: FlowSummary[] = [];
  let first: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await client.request<FlowSummary[]>({
      operation: `list ${flowType === 'SUBFLOW' ? 'subflows' : 'flows'} named "${name}"`,
      method: 'GET',
      path: `${flowStore(orgId)}/flows`,
      query: { flowType, partialNameSearch: name, page, size: PAGE_SIZE },
    });
    if (!result.ok) return result;
    if (!Array.isArray(result.body)) return unexpected(result.status, 'list flows', `${flowStore(orgId)}/flows`, 'the flow list is not an array');
    all.push(...result.body);
    first ??= result.body.length;
    if (result.body.length === 0 || result.body.length < first || result.body.length < PAGE_SIZE) break;
  }
  return { ok: true, status: 200, body: all };
}

/** One version of a flow as Flow Designer exports it (`FlowVersionRes`). */
export function exportFlow(client: ApiClient, orgId: string, flowId: string, name: string, version: 'draft' | 'latest' = 'draft'): Promise<ApiResult<Record<string, unknown>>> {
  return client.request({ operation: `export "${name}"`, method: 'GET', path: `${flowStore(orgId)}/flows/${encodeURIComponent(flowId)}:export`, query: { version } });
}

/** Imports a flow document by name, replacing the draft of a flow of that name. */
export function importFlow(client: ApiClient, orgId: string, document: unknown, name: string, flowType: FlowType): Promise<ApiResult<FlowSummary>> {
  const form = new FormData();
  form.set('file', new Blob([JSON.stringify(document)], { type: 'application/json' }), `${name}.json`);
  return client.request({ operation: `import "${name}"`, method: 'POST', path: `${flowStore(orgId)}/flows:import`, query: { overwrite: 'yes', flowType }, body: { form } });
}

/** Publishes the flow's current draft with the given tags and comment. */
export function publishFlow(client: ApiClient, orgId: string, flowId: string, name: string, parameters: { tagIds: string[]; comment: string }): Promise<ApiResult<unknown>> {
  return client.request({ operation: `publish "${name}"`, method: 'POST', path: `${flowStore(orgId)}/flows/${encodeURIComponent(flowId)}:publish`, body: { json: parameters } });
}

/** The configuration list of each resource kind that has one (connectors have none in the API). */
export const RESOURCE_LISTS: Partial<Record<ResourceKind, { segment: string; words: string }>> = {
  queue: { segment: 'contact-service-queue', words: 'queues' },
  'entry-point': { segment: 'entry-point', words: 'entry points' },
  'audio-file': { segment: 'audio-file', words: 'audio files' },
  'business-hours': { segment: 'business-hours', words: 'business hours' },
};

/** RSQL's quoted value: backslash and double quote escaped. */
const rsql = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The resources of one kind whose name or id is one of those given, every page. */
export async function findResources(client: ApiClient, orgId: string, kind: ResourceKind, names: readonly string[], ids: readonly string[]): Promise<ApiResult<OrgResource[]>> {
  const list = RESOURCE_LISTS[kind];
  if (!list) throw new Error(`flowgen bug: no list endpoint for ${kind}`);
  const terms = [...(names.length ? [`name=in=(${names.map(rsql).join(',')})`] : []), ...(ids.length ? [`id=in=(${ids.map(rsql).join(',')})`] : [])];
  const path = `/organization/${encodeURIComponent(orgId)}/v2/${list.segment}`;
  const all: OrgResource[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await client.request<{ data?: unknown; meta?: { totalPages?: unknown } }>({
      operation: `list ${list.words}`,
      method: 'GET',
      path,
      query: { filter: terms.join(','), attributes: 'id,name', page, pageSize: PAGE_SIZE },
    });
    if (!result.ok) return result;
    const data = result.body?.data;
    if (!Array.isArray(data)) return unexpected(result.status, `list ${list.words}`, path, 'the list has no "data" array');
    for (const item of data as { id?: unknown; name?: unknown }[]) {
      if (typeof item?.id === 'string' && typeof item.name === 'string') all.push({ id: item.id, name: item.name });
    }
    const totalPages = result.body?.meta?.totalPages;
    const more = typeof totalPages === 'number' ? page + 1 < totalPages : data.length >= PAGE_SIZE;
    if (!more || data.length === 0) break;
  }
  return { ok: true, status: 200, body: all };
}

function unexpected<T>(status: number, operation: string, path: string, detail: string): ApiResult<T> {
  return { ok: false, failure: { kind: 'unexpected', operation, method: 'GET', path, status, detail, attempts: 1 } };
}
