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

/**
 * The emitter asks for an activity's, its widget's and a port's id where each is written, and
 * again for every link to and from it: each id is hashed once per document.
 */
function remembered(flowName: string, kind: string): (...names: string[]) => string {
  const known = new Map<string, string>();
  return (...names) => {
    const key = names.join('\u0000');
    let id = known.get(key);
    if (id === undefined) {
      id = stableUuid(flowName, kind, ...names);
      known.set(key, id);
    }
    return id;
  };
}

export function flowIds(flowName: string): FlowIds {
  const activity = remembered(flowName, 'activity');
  const activityWidget = remembered(flowName, 'activity-widget');
  const port = remembered(flowName, 'port');
  const linkWidget = remembered(flowName, 'link-widget');
  return {
    version: stableObjectId(flowName, 'version'),
    flow: stableObjectId(flowName, 'flow'),
    activity: (name) => activity(name),
    activityWidget: (name) => activityWidget(name),
    port: (name, portName) => port(name, portName),
    link: (source, portName) => stableUuid(flowName, 'link', source, portName),
    linkWidget: (source, portName) => linkWidget(source, portName),
    linkPoint: (source, portName, index) => stableUuid(flowName, 'link-point', source, portName, String(index)),
  };
}
