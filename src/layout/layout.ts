/**
 * Diagram layout: activity graph → top-left canvas position of every widget.
 *
 * Contract: `layoutGraph` is pure and deterministic. The same graph (nodes and edges in the
 * caller's canonical order) always gives the same integer positions. Widgets never overlap, the
 * flow reads left to right in call order, each connected component (one per event handler on the
 * event-flow canvas) is stacked below the previous one in input order, and the drawing starts at
 * (0, 0). Edges naming an unknown node or port, or a target without an entry port, are skipped
 * silently: the validator reports them, layout only has to survive them.
 *
 * Why elk's `layered` algorithm: it is Sugiyama-style layering built for data-flow diagrams with
 * fixed ports, which is exactly a Flow Designer canvas (one entry on the left, ordered outputs on
 * the right). The in-process bundle is used (no worker) so layout stays a plain async function.
 * Components are laid out one elk call each and stacked here rather than by elk's component
 * packer, whose row packing sorts by size and would not keep the event handlers in input order.
 *
 * Sources: geometry in ./geometry.ts (docs/webex-flow-format.md §5); elk options documented at
 * https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html.
 */

import elkModule from 'elkjs/lib/elk.bundled.js';
import type { ELK, ELKConstructorArguments, ElkNode, ElkExtendedEdge, LayoutOptions } from 'elkjs/lib/elk-api.js';

import {
  IN_PORT_OVERHANG,
  PORT_SIZE,
  WIDGET_WIDTH,
  inPortPosition,
  outPortPosition,
  widgetHeight,
  type Point,
} from './geometry.js';

export interface LayoutNode {
  id: string;
  hasInPort: boolean;
  outPorts: readonly string[];
}

export interface LayoutEdge {
  id: string;
  source: string;
  sourcePort: string;
  target: string;
}

export interface LayoutGraph {
  nodes: readonly LayoutNode[];
  edges: readonly LayoutEdge[];
}

export interface LayoutResult {
  /** Top-left corner of every node's widget, in integer canvas units. */
  positions: ReadonlyMap<string, Point>;
}

// The bundle is CommonJS whose typings declare `export default`; under NodeNext TypeScript sees
// the default import as the whole module, so the constructor is its `default` (which the bundle
// also sets at run time: `ELKNode.default = ELKNode`).
const ElkConstructor: new (args?: ELKConstructorArguments) => ELK = elkModule.default;

/** Vertical gap between stacked components (event handlers); matches the UI's event spacing feel. */
const COMPONENT_GAP = 80;

/** Vertical gap between widgets in the same layer: room for the UI drawing widgets taller than we assume. */
const NODE_SPACING = 60;

/** Horizontal gap between layers: leaves room for link curves and their bends to be readable. */
const LAYER_SPACING = 120;

const LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': String(NODE_SPACING),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
  'elk.spacing.edgeNode': '20',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  // Depth-first from the sources in input order: loops back to an earlier activity become the
  // reversed edges, so the forward call order is what reads left to right.
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  // Ties in crossing minimisation fall back to input order, which keeps the drawing stable
  // under small edits and close to the author's order.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

interface ResolvedEdge {
  source: number;
  port: number;
  target: number;
}

/** Lays out `graph`; see the module header for the guarantees. */
export async function layoutGraph(graph: LayoutGraph): Promise<LayoutResult> {
  const nodes = uniqueNodes(graph.nodes);
  const edges = resolveEdges(nodes, graph.edges);
  const components = connectedComponents(nodes.length, edges);

  const positions = new Map<string, Point>();
  let top = 0;
  for (const component of components) {
    const local = await layoutComponent(nodes, edges, component);
    let minX = Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [index, point] of local) {
      const node = nodes[index]!;
      minX = Math.min(minX, point.x - (node.hasInPort ? IN_PORT_OVERHANG : 0));
      minY = Math.min(minY, point.y);
      maxY = Math.max(maxY, point.y + widgetHeight(node.outPorts.length));
    }
    for (const [index, point] of local) {
      positions.set(nodes[index]!.id, { x: point.x - minX, y: point.y - minY + top });
    }
    top += maxY - minY + COMPONENT_GAP;
  }
  // Map iteration order is insertion order; hand it back in the caller's node order.
  const ordered = new Map<string, Point>();
  for (const node of nodes) ordered.set(node.id, positions.get(node.id)!);
  return { positions: ordered };
}

function uniqueNodes(input: readonly LayoutNode[]): LayoutNode[] {
  const seen = new Set<string>();
  const nodes: LayoutNode[] = [];
  for (const node of input) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    nodes.push(node);
  }
  return nodes;
}

function resolveEdges(nodes: readonly LayoutNode[], input: readonly LayoutEdge[]): ResolvedEdge[] {
  const indexById = new Map<string, number>();
  nodes.forEach((node, index) => indexById.set(node.id, index));
  const edges: ResolvedEdge[] = [];
  for (const edge of input) {
    const source = indexById.get(edge.source);
    const target = indexById.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const port = nodes[source]!.outPorts.indexOf(edge.sourcePort);
    if (port < 0 || !nodes[target]!.hasInPort) continue;
    edges.push({ source, port, target });
  }
  return edges;
}

/** Components as lists of node indices, each ascending, ordered by their first node. */
function connectedComponents(count: number, edges: readonly ResolvedEdge[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const { source, target } of edges) {
    const a = find(source);
    const b = find(target);
    // Always keep the smaller index as root so the grouping does not depend on edge order.
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const members = byRoot.get(root);
    if (members) members.push(i);
    else byRoot.set(root, [i]);
  }
  return [...byRoot.values()];
}

async function layoutComponent(
  nodes: readonly LayoutNode[],
  edges: readonly ResolvedEdge[],
  component: readonly number[],
): Promise<Map<number, Point>> {
  const local = new Map<number, Point>();
  if (component.length === 1) {
    local.set(component[0]!, { x: 0, y: 0 });
    return local;
  }
  const members = new Set(component);
  const origin: Point = { x: 0, y: 0 };
  const children: ElkNode[] = component.map((index, order) => {
    const node = nodes[index]!;
    const ports = node.outPorts.map((_, port) => ({
      id: portId(index, port),
      ...outPortPosition(origin, port),
      width: PORT_SIZE,
      height: PORT_SIZE,
      layoutOptions: { 'elk.port.side': 'EAST', 'elk.port.index': String(port) },
    }));
    if (node.hasInPort) {
      ports.unshift({
        id: inPortId(index),
        ...inPortPosition(origin),
        width: PORT_SIZE,
        height: PORT_SIZE,
        layoutOptions: { 'elk.port.side': 'WEST', 'elk.port.index': '0' },
      });
    }
    const layoutOptions: LayoutOptions = { 'elk.portConstraints': 'FIXED_POS' };
    // The start or event node opens the drawing even when a loop leads back into the flow.
    if (order === 0) layoutOptions['elk.layered.layering.layerConstraint'] = 'FIRST';
    return {
      id: nodeId(index),
      width: WIDGET_WIDTH,
      height: widgetHeight(node.outPorts.length),
      ports,
      layoutOptions,
    };
  });
  const elkEdges: ElkExtendedEdge[] = [];
  edges.forEach((edge, i) => {
    if (!members.has(edge.source)) return;
    elkEdges.push({ id: `e${i}`, sources: [portId(edge.source, edge.port)], targets: [inPortId(edge.target)] });
  });

  const elk = new ElkConstructor();
  const result = await elk.layout({ id: 'root', layoutOptions: LAYOUT_OPTIONS, children, edges: elkEdges });
  for (const child of result.children ?? []) {
    local.set(Number(child.id.slice(1)), { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return local;
}

// Generated ids keep arbitrary caller ids (spaces, slashes, duplicates across kinds) out of elk.
function nodeId(index: number): string {
  return `n${index}`;
}

function inPortId(index: number): string {
  return `n${index}.in`;
}

function portId(index: number, port: number): string {
  return `n${index}.p${port}`;
}
