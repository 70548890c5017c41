/**
 * Every id in an emitted document, derived from the flow name and the names of what it identifies
 * (docs/webex-flow-format.md §12.2), in one place so the scheme is visible and cannot drift.
 */
import { stableObjectId, stableUuid } from '../../util/hash-id.js';

export interface FlowIds {
  version: string;
  flow: string;
  activity(name: string): string;
  activityWidget(name: string): string;
  port(activity: string, port: string): string;
  link(source: string, port: string): string;
  linkWidget(source: string, port: string): string;
  linkPoint(source: string, port: string, index: number): string;
}

export function flowIds(flowName: string): FlowIds {
  return {
    version: stableObjectId(flowName, 'version'),
    flow: stableObjectId(flowName, 'flow'),
    activity: (name) => stableUuid(flowName, 'activity', name),
    activityWidget: (name) => stableUuid(flowName, 'activity-widget', name),
    port: (activity, port) => stableUuid(flowName, 'port', activity, port),
    link: (source, port) => stableUuid(flowName, 'link', source, port),
    linkWidget: (source, port) => stableUuid(flowName, 'link-widget', source, port),
    linkPoint: (source, port, index) => stableUuid(flowName, 'link-point', source, port, String(index)),
  };
}
