/**
 * A spec-true fake of the Webex Contact Center API that `flowgen plan`/`deploy` use, on 127.0.0.1.
 * Its routes, request validation and response validation come from
 * `shared/spec/wxcc-deploy-openapi.json` through openapi-backend (router + ajv validators built
 * from the document): every request flowgen sends and every response this fake gives is checked
 * against it, and violations are collected in `violations` for the tests to assert empty.
 *
 * Two adaptations of the document, both about its form, not its content: the configuration lists
 * declare their 200 bodies under `*\/*` (Spring's default), which openapi-backend does not validate,
 * so they are read as `application/json`; and openapi-backend's `quick` mode skips the meta-schema
 * check of the document, which the official file fails (it puts `description` next to `$ref`,
 * allowed from OpenAPI 3.1 on).
 *
 * State per org: queues, entry points, audio files, business hours (for name lookups), and the
 * flow store (flows, their draft and published versions, tags), so plan → deploy → plan shows no
 * change. An export adds Flow Designer's re-export noise (fresh timestamps, audit fields, a moved
 * canvas) so that "unchanged" must be judged semantically. Faults (429 with Retry-After, 5xx, 409,
 * a lock, a slow answer) are injected per test with `fault()`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import addFormats from 'ajv-formats';
import { OpenAPIBackend, type Document, type Request as OpenApiRequest } from 'openapi-backend';
import { sharedRoot } from './paths.js';

export const SPEC_PATH = resolve(sharedRoot, 'spec/wxcc-deploy-openapi.json');
const PROJECT_ID = '5e5c9ad6d61f870d6d778c1b';

export interface FakeResource {
  id: string;
  name: string;
}

export interface FakeOrgInput {
  token: string;
  /** @default ['cjp:config_read', 'cjp:config_write'] */
  scopes?: string[];
  queues?: FakeResource[];
  entryPoints?: FakeResource[];
  audioFiles?: FakeResource[];
  businessHours?: FakeResource[];
}

interface StoredVersion {
  id: string;
  number: number;
  document: Record<string, unknown>;
}

export interface StoredFlow {
  id: string;
  name: string;
  flowType: 'FLOW' | 'SUBFLOW';
  /** The newest version number (the draft). */
  version: number;
  versions: StoredVersion[];
  /** Tag → version number. */
  tags: Record<string, number>;
  published: number[];
  lockedBy?: string;
}

interface FakeOrg extends Required<FakeOrgInput> {
  flows: StoredFlow[];
}

export interface Fault {
  /** The operationId to hit (e.g. `importFlowVersionUsingPOST`); any when absent. */
  operation?: string;
  orgId?: string;
  status: number;
  /** How many matching requests get it. @default 1 */
  times?: number;
  retryAfter?: string;
  /** Answer this late (a timeout test sets it above the client's timeout). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string | undefined;
  status: number;
  orgId: string | undefined;
  authorization: string | undefined;
}

export interface FakeFlowApi {
  url: string;
  orgs: Map<string, FakeOrg>;
  requests: RecordedRequest[];
  /** Requests or responses the OpenAPI document does not allow (should stay empty). */
  violations: string[];
  fault(fault: Fault): void;
  addOrg(orgId: string, input: FakeOrgInput): void;
  writes(orgId?: string): RecordedRequest[];
  close(): Promise<void>;
}

/** The document, with `*\/*` response bodies read as JSON (see the header). */
function loadSpec(): Record<string, unknown> {
  const text = readFileSync(SPEC_PATH, 'utf8').replaceAll('"*/*"', '"application/json"');
  return JSON.parse(text) as Record<string, unknown>;
}

const READ_OPERATIONS = new Set(['findFlowsUsingGET', 'exportFlowVersionUsingGET', 'getAllFilteredConfigWithPagedMetaData', 'getAllFilteredConfigWithMetaData_1', 'getAllConfigWithMetaData_24', 'getAllConfigWithMetaData_18']);
const WRITE_OPERATIONS = new Set(['importFlowVersionUsingPOST', 'publishFlowVersionUsingPOST']);

let counter = 0;
const hexId = (prefix: number): string => (prefix.toString(16).padStart(8, '0') + (++counter).toString(16).padStart(16, '0')).slice(0, 24);

export async function startFakeFlowApi(orgInputs: Record<string, FakeOrgInput> = {}): Promise<FakeFlowApi> {
  const api = new OpenAPIBackend({ definition: loadSpec() as unknown as Document, quick: true, validate: true, ajvOpts: { strict: false }, // The document uses the non-standard format "string" (on `attributes`): a plain string.
    customizeAjv: (ajv) => addFormats.default(ajv).addFormat('string', true),
  });
  await api.init();
  const orgs = new Map<string, FakeOrg>();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  const addOrg = (orgId: string, input: FakeOrgInput): void => {
    orgs.set(orgId, { scopes: ['cjp:config_read', 'cjp:config_write'], queues: [], entryPoints: [], audioFiles: [], businessHours: [], ...input, flows: [] });
  };
  for (const [orgId, input] of Object.entries(orgInputs)) addOrg(orgId, input);

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push(`fake crashed: ${String(error)}`);
      res.statusCode = 500;
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : (v ?? '')]));
    const body = await parseBody(req.method ?? 'GET', url, headers, raw);
    const request: OpenApiRequest = { method: (req.method ?? 'GET').toLowerCase(), path: url.pathname, query: url.search.slice(1), headers, ...(body === undefined ? {} : { body }) };
    const operation = api.router.matchOperation(request);
    const orgId = url.pathname.split('/')[2];
    const answer = (status: number, payload: unknown, extra: Record<string, string> = {}): void => {
      if (operation) {
        const checked = api.validator.validateResponse(payload, operation, status);
        if (checked.errors) violations.push(`response ${status} of ${operation.operationId}: ${JSON.stringify(checked.errors)}`);
        if (!(String(status) in (operation.responses ?? {})) && !(status === 429 || status >= 500)) violations.push(`response ${status} of ${operation.operationId} is not documented`);
      }
      requests.push({ method: req.method ?? 'GET', path: url.pathname, operation: operation?.operationId, status, orgId, authorization: headers['authorization'] });
      res.writeHead(status, { 'content-type': 'application/json', ...extra });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    if (!operation) {
      violations.push(`no operation for ${req.method} ${url.pathname}`);
      return answer(404, errorBody(404, 'No such operation.'));
    }
    const validity = api.validator.validateRequest(request, operation);
    if (validity.errors) {
      violations.push(`request to ${operation.operationId}: ${JSON.stringify(validity.errors)}`);
      return answer(400, errorBody(400, 'Request does not match the API.'));
    }
    const fault = faults.find((f) => (f.operation === undefined || f.operation === operation.operationId) && (f.orgId === undefined || f.orgId === orgId) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (res.destroyed) return;
      return answer(fault.status, errorBody(fault.status, `Injected ${fault.status}.`), fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
    }
    const org = orgId === undefined ? undefined : orgs.get(orgId);
    const auth = headers['authorization'];
    if (!org || auth !== `Bearer ${org.token}`) return answer(401, errorBody(401, 'Invalid or expired token.'));
    const scope = WRITE_OPERATIONS.has(operation.operationId!) ? 'cjp:config_write' : READ_OPERATIONS.has(operation.operationId!) ? 'cjp:config_read' : 'none';
    if (!org.scopes.includes(scope)) return answer(403, errorBody(403, `Missing scope ${scope}.`));
    const params = url.searchParams;
    const [status, payload] = route(operation.operationId!, org, orgId!, url.pathname, params, body);
    answer(status, payload);
  }

  const closed = new Promise<void>((resolveClosed) => server.once('close', () => resolveClosed()));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    orgs,
    requests,
    violations,
    fault: (f) => faults.push({ ...f }),
    addOrg,
    writes: (orgId) => requests.filter((r) => r.method !== 'GET' && (orgId === undefined || r.orgId === orgId)),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await closed;
    },
  };
}

/** The body as openapi-backend validates it: JSON parsed, multipart as `{ file: text }`. */
async function parseBody(method: string, url: URL, headers: Record<string, string>, raw: Buffer): Promise<unknown> {
  if (method === 'GET' || raw.length === 0) return undefined;
  const type = headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request(url, { method, headers: { 'content-type': type }, body: raw }).formData();
    const file = form.get('file');
    return file === null ? {} : { file: typeof file === 'string' ? file : await file.text() };
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return raw.toString('utf8');
  }
}

const errorBody = (status: number, description: string) => ({ trackingId: `fake-${status}`, error: { key: String(status), message: [{ description }] } });

function route(operation: string, org: FakeOrg, orgId: string, path: string, params: URLSearchParams, body: unknown): [number, unknown] {
  switch (operation) {
    case 'findFlowsUsingGET':
      return [200, listFlows(org, params)];
    case 'exportFlowVersionUsingGET':
      return exportFlow(org, decodeURIComponent(path.split('/flows/')[1]!.replace(/:export$/, '')), params.get('version') ?? 'latest');
    case 'importFlowVersionUsingPOST':
      return importFlow(org, orgId, params, body);
    case 'publishFlowVersionUsingPOST':
      return publishFlow(org, decodeURIComponent(path.split('/flows/')[1]!.replace(/:publish$/, '')), body);
    case 'getAllFilteredConfigWithPagedMetaData':
      return [200, page(org.queues, params, orgId, queueRecord)];
    case 'getAllFilteredConfigWithMetaData_1':
      return [200, page(org.entryPoints, params, orgId, entryPointRecord, false)];
    case 'getAllConfigWithMetaData_24':
      return [200, page(org.audioFiles, params, orgId, (r) => ({ ...r, contentType: 'AUDIO_WAV' }), false)];
    case 'getAllConfigWithMetaData_18':
      return [200, page(org.businessHours, params, orgId, (r) => ({ ...r, timezone: 'America/New_York', workingHours: [{ name: 'Weekdays', days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], startTime: '08:00', endTime: '17:00' }] }))];
    default:
      return [404, errorBody(404, 'Not implemented by the fake.')];
  }
}

function basicFlow(org: FakeOrg, flow: StoredFlow) {
  return {
    id: flow.id,
    name: flow.name,
    flowType: flow.flowType,
    orgId: String(flow.versions[0]!.document['orgId']),
    version: flow.version,
    status: flow.published.length > 0 ? 'Published' : 'Draft',
    description: String(flow.versions.at(-1)!.document['description'] ?? ''),
    ...(flow.lockedBy ? { lockedBy: flow.lockedBy, lockedAt: '2026-12-01T09:00:00.000Z' } : {}),
    tags: Object.entries(flow.tags).map(([tag, number]) => ({ id: tag, displayName: tag, default: tag === 'Latest', versionNumber: number, flowVersionId: flow.versions.find((v) => v.number === number)!.id })),
    createdBy: 'admin@example.com',
    createdDate: '2026-12-01T08:00:00.000Z',
    lastModifiedBy: 'admin@example.com',
    lastModifiedDate: '2026-12-01T08:00:00.000Z',
  };
}

function listFlows(org: FakeOrg, params: URLSearchParams) {
  const type = params.get('flowType') ?? 'FLOW';
  const search = params.get('partialNameSearch') ?? '';
  const size = Math.min(Number(params.get('size') ?? 10), 50); // the server's own maximum
  const pageNumber = Number(params.get('page') ?? 0);
  const matches = org.flows.filter((f) => f.flowType === type && f.name.includes(search));
  return matches.slice(pageNumber * size, (pageNumber + 1) * size).map((f) => basicFlow(org, f));
}

/** Flow Designer's re-export noise: new audit fields, render timestamps and canvas offsets. */
function withExportNoise(document: Record<string, unknown>, flow: StoredFlow, version: StoredVersion): Record<string, unknown> {
  const noisy = JSON.parse(JSON.stringify(document).replace(/"_renderRequestTimestamp":\d+/g, `"_renderRequestTimestamp":${1764579600000 + version.number}`)) as Record<string, unknown>;
  const diagram = noisy['diagram'] as { properties?: Record<string, unknown> } | undefined;
  if (diagram?.properties) diagram.properties = { ...diagram.properties, offsetX: -130 - version.number, offsetY: 28 };
  return { ...noisy, id: version.id, flowId: flow.id, version: version.number, createdBy: 'designer@example.com', createdDate: '2026-12-01T08:00:00.000Z', lastModifiedBy: 'designer@example.com', lastModifiedDate: '2026-12-01T09:30:00.000Z' };
}

function exportFlow(org: FakeOrg, flowId: string, version: string): [number, unknown] {
  const flow = org.flows.find((f) => f.id === flowId);
  if (!flow) return [404, errorBody(404, 'Flow not found.')];
  const chosen =
    version === 'draft' ? flow.versions.at(-1) : version === 'latest' ? flow.versions.find((v) => v.number === flow.tags['Latest']) ?? flow.versions.at(-1) : flow.versions.find((v) => v.id === version);
  if (!chosen) return [404, errorBody(404, 'Version not found.')];
  return [200, withExportNoise(chosen.document, flow, chosen)];
}

function importFlow(org: FakeOrg, orgId: string, params: URLSearchParams, body: unknown): [number, unknown] {
  const text = (body as { file?: string } | undefined)?.file;
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(text ?? '') as Record<string, unknown>;
  } catch {
    return [400, errorBody(400, 'The file is not a flow (parse error).')];
  }
  const name = document['name'];
  if (typeof name !== 'string' || name === '') return [400, errorBody(400, 'Empty flow name.')];
  const flowType = (params.get('flowType') ?? 'FLOW') as 'FLOW' | 'SUBFLOW';
  if (flowType !== 'FLOW' && flowType !== 'SUBFLOW') return [400, errorBody(400, 'Invalid flow type.')];
  const existing = org.flows.find((f) => f.name === name);
  if (existing && (existing.flowType !== flowType || params.get('overwrite') !== 'yes')) return [409, errorBody(409, `A ${existing.flowType === 'SUBFLOW' ? 'subflow' : 'flow'} named ${name} already exists.`)];
  if (existing?.lockedBy) return [409, errorBody(409, `${name} is locked by ${existing.lockedBy}.`)];
  const flow: StoredFlow = existing ?? { id: hexId(0x65c28d9d), name, flowType, version: 0, versions: [], tags: {}, published: [] };
  flow.version += 1;
  flow.versions.push({ id: hexId(0x63e3fcb0), number: flow.version, document: { ...document, orgId } });
  if (!existing) org.flows.push(flow);
  return [201, basicFlow(org, flow)];
}

function publishFlow(org: FakeOrg, flowId: string, body: unknown): [number, unknown] {
  const flow = org.flows.find((f) => f.id === flowId);
  if (!flow) return [404, errorBody(404, 'Flow not found.')];
  const tags = (body as { tagIds?: unknown }).tagIds;
  if (!Array.isArray(tags) || tags.some((t) => !['Live', 'Test', 'Dev', 'Latest'].includes(String(t)))) return [400, errorBody(400, 'Unknown tag.')];
  for (const tag of ['Latest', ...tags.map(String)]) flow.tags[tag] = flow.version;
  flow.published.push(flow.version);
  const draft = flow.versions.at(-1)!;
  return [200, { id: flow.id, orgId: String(draft.document['orgId']), projectId: PROJECT_ID, flowType: flow.flowType, status: 'Published', flowVersions: flow.published.map((n) => flow.versions.find((v) => v.number === n)!.id), tags: basicFlow(org, flow).tags }];
}

/** The subset of RSQL flowgen sends: `field==v`, `field=in=(v,…)`, joined by `,` (or). */
function matchesFilter(resource: FakeResource, filter: string | null): boolean {
  if (!filter) return true;
  const terms = filter.match(/(\w+)(==|=in=)(\((?:"(?:[^"\\]|\\.)*"|[^),])(?:,(?:"(?:[^"\\]|\\.)*"|[^),]+))*\)|"(?:[^"\\]|\\.)*"|[^,;]+)/g) ?? [];
  return terms.some((term) => {
    const [, field, op, value] = /^(\w+)(==|=in=)(.*)$/.exec(term)!;
    const values = (op === '=in=' ? value!.slice(1, -1).match(/"(?:[^"\\]|\\.)*"|[^,]+/g) ?? [] : [value!]).map(unquote);
    return values.includes(String((resource as unknown as Record<string, unknown>)[field!]));
  });
}

const unquote = (v: string): string => (v.startsWith('"') ? v.slice(1, -1).replace(/\\(.)/g, '$1') : v);

/** `numericMeta`: the queue and business-hours envelopes allow numbers in `meta`; the others only objects. */
/** The fields the schemas require of a record (ContactServiceQueueDTO, EntryPointDTO …), with plausible values. */
const queueRecord = (r: FakeResource) => ({
  ...r,
  active: true,
  callDistributionGroups: [],
  channelType: 'TELEPHONY',
  checkAgentAvailability: false,
  maxActiveContacts: 100,
  maxTimeInQueue: 3600,
  queueRoutingType: 'TEAM_BASED',
  queueType: 'INBOUND',
  routingType: 'LONGEST_AVAILABLE_AGENT',
  serviceLevelThreshold: 30,
});
const entryPointRecord = (r: FakeResource) => ({
  ...r,
  active: true,
  assetId: `asset-${r.id}`,
  channelType: 'TELEPHONY',
  controlFlowScriptUrl: 'https://flow-control.example/script',
  entryPointType: 'INBOUND',
  imiOrgType: 'MIXED_MODE',
  maximumActiveContacts: 100,
  overflowNumber: '',
  serviceLevelThreshold: 30,
  socialChannelType: 'MESSENGER',
});

function page(resources: FakeResource[], params: URLSearchParams, orgId: string, record: (r: FakeResource) => Record<string, unknown>, numericMeta = true) {
  const size = Math.min(Number(params.get('pageSize') ?? 100), 100);
  const number = Number(params.get('page') ?? 0);
  const search = params.get('search');
  const matches = resources.filter((r) => matchesFilter(r, params.get('filter')) && (!search || r.name.includes(search)));
  return {
    meta: !numericMeta ? {} : { orgid: orgId, page: number, pageSize: size, totalPages: Math.max(1, Math.ceil(matches.length / size)), totalRecords: matches.length, links: { self: `?page=${number}&pageSize=${size}` } },
    data: matches.slice(number * size, (number + 1) * size).map(record),
  };
}
