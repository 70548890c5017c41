/**
 * Plan and deploy for one org. A flow is "unchanged" when the semantic diff (src/diff, the same
 * comparison and words as `flowgen diff`) between the org's current draft, exported through the
 * API, and the build is empty: ids, positions, timestamps and key order (everything Flow
 * Designer's own re-export moves) never count, so an unchanged flow is never imported again.
 * Publishing is needed when asked for and the tag does not already point at the current version.
 * Deploy imports only new and changed flows, then publishes; `dryRun` plans and writes nothing.
 */
import { diffFlows, type Change } from '../diff/diff.js';
import { flowModel, unwrapFlowDocument } from '../diff/model.js';
import type { ApiClient, ApiFailure } from './client.js';
import { exportFlow, importFlow, listFlows, publishFlow, type FlowSummary, type FlowType } from './flow-api.js';

export type PublishTag = 'Live' | 'Test' | 'Dev';

export interface PublishRequest {
  tag: PublishTag;
  comment: string;
}

export interface FlowToDeploy {
  /** The flow's name as built (and as the org knows it). */
  name: string;
  flowType: FlowType;
  document: unknown;
}

export type FlowStatus = 'new' | 'changed' | 'unchanged';
export type FlowAction = 'imported' | 'published' | 'imported and published' | 'none';

export interface FlowOutcome {
  flow: string;
  flowType: FlowType;
  status: FlowStatus;
  /** The org's flow id (absent for a new flow not imported). */
  flowId?: string;
  /** What changes between the org's draft and the build (empty when new or unchanged). */
  changes: Change[];
  /** With a publish request: whether the tag must move to this version. */
  publish?: 'needed' | 'current';
  /** What deploy did (plan and dry runs: "none"). */
  action: FlowAction;
}

export type FlowResult = { ok: true; outcome: FlowOutcome } | { ok: false; flow: string; failure: ApiFailure };

/** What would change for one flow in the org. Read-only. */
export async function planFlow(client: ApiClient, orgId: string, flow: FlowToDeploy, publish?: PublishRequest): Promise<FlowResult> {
  const listed = await listFlows(client, orgId, flow.flowType, flow.name);
  if (!listed.ok) return { ok: false, flow: flow.name, failure: listed.failure };
  const live = listed.body.find((f) => f.name === flow.name);
  const base = { flow: flow.name, flowType: flow.flowType, action: 'none' as const };
  if (!live) return { ok: true, outcome: { ...base, status: 'new', changes: [], ...(publish ? { publish: 'needed' as const } : {}) } };
  const exported = await exportFlow(client, orgId, live.id, flow.name);
  if (!exported.ok) return { ok: false, flow: flow.name, failure: exported.failure };
  const before = unwrapFlowDocument(exported.body);
  const after = unwrapFlowDocument(flow.document);
  if (!before || !after) {
    return { ok: false, flow: flow.name, failure: { kind: 'unexpected', operation: `export "${flow.name}"`, method: 'GET', path: `:export`, status: exported.status, detail: 'the export is not a flow document', attempts: 1 } };
  }
  const changes = diffFlows(flowModel(before), flowModel(after));
  const status: FlowStatus = changes.length === 0 ? 'unchanged' : 'changed';
  const outcome: FlowOutcome = { ...base, status, flowId: live.id, changes };
  if (publish) outcome.publish = status === 'unchanged' && tagIsCurrent(live, publish.tag) ? 'current' : 'needed';
  return { ok: true, outcome };
}

/** The tag points at the flow's newest version (the one an import last made). */
function tagIsCurrent(flow: FlowSummary, tag: PublishTag): boolean {
  const tagged = flow.tags?.find((t) => t.id === tag);
  return tagged !== undefined && flow.version !== undefined && tagged.versionNumber === flow.version;
}

/** Plans, then imports what is new or changed and publishes what needs it. */
export async function deployFlow(client: ApiClient, orgId: string, flow: FlowToDeploy, options: { publish?: PublishRequest; dryRun?: boolean }): Promise<FlowResult> {
  const planned = await planFlow(client, orgId, flow, options.publish);
  if (!planned.ok || options.dryRun) return planned;
  const outcome = planned.outcome;
  let imported = false;
  if (outcome.status !== 'unchanged') {
    const result = await importFlow(client, orgId, flow.document, flow.name, flow.flowType);
    if (!result.ok) return { ok: false, flow: flow.name, failure: result.failure };
    if (typeof result.body?.id !== 'string') {
      return { ok: false, flow: flow.name, failure: { kind: 'unexpected', operation: `import "${flow.name}"`, method: 'POST', path: ':import', status: result.status, detail: 'the answer names no flow id', attempts: 1 } };
    }
    outcome.flowId = result.body.id;
    imported = true;
  }
  let published = false;
  if (options.publish && outcome.publish === 'needed' && outcome.flowId !== undefined) {
    const result = await publishFlow(client, orgId, outcome.flowId, flow.name, { tagIds: [options.publish.tag], comment: options.publish.comment });
    if (!result.ok) return { ok: false, flow: flow.name, failure: result.failure };
    published = true;
  }
  outcome.action = imported && published ? 'imported and published' : imported ? 'imported' : published ? 'published' : 'none';
  return { ok: true, outcome };
}
