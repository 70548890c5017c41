/**
 * The diagram half of a flow document (docs/webex-flow-format.md §5): activity widgets, their
 * ports and link widgets, in the shapes and key orders of real exports. Positions come from the
 * caller (the layout, or an import's canvas); this module only writes them down.
 */
import { PORT_CENTER_OFFSET, type Point } from '../../layout/geometry.js';
import type { FlowIds } from './ids.js';
import type { Json } from './json.js';

const centre = (p: Point): Point => ({ x: p.x + PORT_CENTER_OFFSET, y: p.y + PORT_CENTER_OFFSET });
const truncate = (p: Point): Json => ({ x: Math.trunc(p.x), y: Math.trunc(p.y) });

export function portJson(portId: string, isIn: boolean, links: string[], name: string, at: Point, alignment: string): Json {
  return {
    portId,
    // Flow Designer marks the entry port as the "source" port; copied, not fixed (§5.2).
    isSourcePort: isIn,
    linkId: links[0] ?? null,
    type: 'arrow',
    links,
    properties: { x: at.x, name, y: at.y, label: name, alignment },
  };
}

export function activityWidgetJson(id: string, group: string, point: Point, ports: Json[], properties: Record<string, Json>): Json {
  return {
    id,
    type: group,
    widgetType: 'activity',
    label: 'New Activity Widget in Diagram',
    point: { x: point.x, y: point.y },
    ports,
    properties,
  };
}

/** The arrow from an output port (at `fromPort`) to the target's in port (at `toPort`). */
export function linkWidgetJson(ids: FlowIds, link: { source: string; port: string; target: string }, fromPort: Point, toPort: Point): Json {
  const { source, port, target } = link;
  const from = centre(fromPort);
  const to = centre(toPort);
  return {
    id: ids.linkWidget(source, port),
    type: 'arrow',
    widgetType: 'link',
    // New-era exports carry this UI serialisation slip verbatim (§5.3).
    label: '[object Object]',
    properties: {
      curvyness: 50,
      selected: false,
      color: '#545454',
      points: [
        { id: ids.linkPoint(source, port, 0), type: 'point', x: from.x, y: from.y },
        { id: ids.linkPoint(source, port, 1), type: 'point', x: to.x, y: to.y },
      ],
      width: 2,
      selectedColor: '#007aa3',
    },
    points: [],
    sourcePort: { id: ids.port(source, port), activeWidgetId: ids.activityWidget(source), point: truncate(from) },
    targetPort: { id: ids.port(target, 'in'), activeWidgetId: ids.activityWidget(target), point: truncate(to) },
  };
}
