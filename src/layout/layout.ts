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
 * Components above ELK_MAX_NODES (only synthetic benchmark flows get there) use `layoutLarge`, a
 * linear, non-recursive longest-path layering, because elk slows down faster than linearly and
 * eventually overflows the stack at those sizes.
 *
 * Sources: geometry in ./geometry.ts (docs/webex-flow-format.md §5); elk options documented at
 * https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html.
 */

import type {
  ELK,
  ELKConstructorArguments,
  ElkExtendedEdge,
  ElkNode,
  ElkPort,
  LayoutOptions,
} from 'elkjs/lib/elk-api.js';

import {
  IN_PORT_OVERHANG,
  PORT_SIZE,
  WIDGET_WIDTH,
  inPortPosition,
  outPortPosition,
  widgetHeight,
  type Point,
} from './geometry.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CACHE_FOLDER, cacheEnabled, readCached, sha256, writeCached } from '../util/cache-folder.js';
import { join } from 'node:path';

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

type ElkConstructor = new (args?: ELKConstructorArguments) => ELK;
let elkConstructor: ElkConstructor | undefined;

/**
 * elk is loaded on the first layout, not at start-up: a command that lays nothing out (validate,
 * diff, --version) never pays for it. It is required, not imported: importing the 1.5 MB CommonJS
 * bundle makes Node scan all of it for export names first. Its typings declare `export default`;
 * the bundle sets `module.exports.default` to the constructor at run time.
 */
function loadElk(): ElkConstructor {
  elkConstructor ??= (createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as { default: ElkConstructor }).default;
  return elkConstructor;
}

/**
 * Layouts already computed in this process, by graph structure. A layout depends only on the
 * structure (which node has an in port, how many out ports, which port links to which node), never
 * on ids, names or settings, so the tenants of one flow, and a flow built twice, share one layout.
 * Bounded, oldest first out, so a long run over many distinct flows keeps bounded memory.
 */
const layoutCache = new Map<string, readonly Point[]>();
const LAYOUT_CACHE_SIZE = 64;

/**
 * Layouts elk computed are also kept on disk (util/cache-folder.ts): elk costs more than the rest
 * of a small build, and an unchanged flow has an unchanged structure. An entry is named by the
 * structure and by the code that computes a layout from it (this module, geometry, elk's version),
 * so it is exactly the layout elk would compute now.
 */
let persistentLayouts = true;

/** Forgets every cached layout, and stops using the disk: for benchmarks that must measure a first layout each run. */
export function clearLayoutCache(): void {
  layoutCache.clear();
  persistentLayouts = false;
}

let layoutCodeHash: string | undefined;
function layoutCode(): string {
  if (layoutCodeHash === undefined) {
    const own = fileURLToPath(import.meta.url);
    const geometry = fileURLToPath(new URL(own.endsWith('.ts') ? './geometry.ts' : './geometry.js', import.meta.url));
    const elkManifest = createRequire(import.meta.url).resolve('elkjs/package.json');
    layoutCodeHash = sha256([own, geometry, elkManifest].map((file) => readFileSync(file, 'utf8')).join('\0'));
  }
  return layoutCodeHash;
}

function storedLayoutName(key: string): string {
  return `layouts/${sha256(`${layoutCode()}\n${key}`)}.json`;
}

/** Where `graph`'s layout is kept on disk (tests check what a damaged entry does). */
export function storedLayoutFile(graph: LayoutGraph): string {
  const nodes = uniqueNodes(graph.nodes);
  return join(CACHE_FOLDER, storedLayoutName(structureKey(nodes, resolveEdges(nodes, graph.edges))));
}

function readStoredLayout(key: string, count: number): Point[] | undefined {
  if (!persistentLayouts || !cacheEnabled()) return undefined;
  try {
    const text = readCached(storedLayoutName(key));
    if (text === undefined) return undefined;
    const points = (JSON.parse(text) as unknown[]).map((pair) => (Array.isArray(pair) ? { x: pair[0] as unknown, y: pair[1] as unknown } : {}));
    const valid = points.length === count && points.every((p) => Number.isInteger(p.x) && Number.isInteger(p.y));
    return valid ? (points as Point[]) : undefined;
  } catch {
    return undefined;
  }
}

function storeLayout(key: string, points: readonly Point[]): void {
  if (persistentLayouts && cacheEnabled()) writeCached(storedLayoutName(key), JSON.stringify(points.map((p) => [p.x, p.y])));
}

function structureKey(nodes: readonly LayoutNode[], edges: readonly ResolvedEdge[]): string {
  const shape = nodes.map((node) => `${node.hasInPort ? 'i' : ''}${node.outPorts.length}`).join(',');
  return `${shape}|${edges.map((edge) => `${edge.source}.${edge.port}>${edge.target}`).join(',')}`;
}

/**
 * Components larger than this are placed by `layoutLarge` instead of elk. elk's layered
 * implementation recurses along long chains and grows faster than linearly: on the synthetic flow
 * of test/layout/synthetic-graph.ts it overflowed Node's default ~984 KB stack at 3,000 nodes
 * (RangeError) and a 500 KB stack at 1,000, and took about 0.5 s at 500 nodes, 1.4 s at 1,000 and
 * 4.4 s at 2,000. 500 keeps a ~5x stack margin. Real flows are far smaller (the corpus has at most
 * 33 activities), so every flow that people draw still gets elk's layout.
 */
const ELK_MAX_NODES = 500;

/**
 * Above this size elk tries crossing minimisation once instead of 7 times: it is the dominant
 * phase (about 40% of a 1,000-node layout) and the extra tries buy little on long, mostly linear
 * flows, while flows of a readable size keep elk's full effort.
 */
const THOROUGH_MAX_NODES = 200;

/** Vertical gap between stacked components (event handlers). */
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
  // Brandes-Koepf (elk's default, stated so the choice is visible): on the synthetic flow it bends
  // a third of the forward links against two thirds for LINEAR_SEGMENTS, in a canvas half as
  // tall. NETWORK_SIMPLEX was 9x slower at 500 nodes for a taller drawing.
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

/** Horizontal distance between layers in `layoutLarge`: ports stick out on both sides of a widget. */
const LARGE_COLUMN_PITCH = WIDGET_WIDTH + 2 * PORT_SIZE + LAYER_SPACING;

interface ResolvedEdge {
  source: number;
  port: number;
  target: number;
}

/** Lays out `graph`; see the module header for the guarantees. */
export async function layoutGraph(graph: LayoutGraph): Promise<LayoutResult> {
  const nodes = uniqueNodes(graph.nodes);
  const edges = resolveEdges(nodes, graph.edges);
  const key = structureKey(nodes, edges);
  let points = layoutCache.get(key);
  if (!points) {
    points = readStoredLayout(key, nodes.length);
    if (!points) {
      const computed = await layoutStructure(nodes, edges);
      points = computed.points;
      if (computed.byElk) storeLayout(key, points);
    }
    if (layoutCache.size >= LAYOUT_CACHE_SIZE) layoutCache.delete(layoutCache.keys().next().value!);
    layoutCache.set(key, points);
  }
  const positions = new Map<string, Point>();
  nodes.forEach((node, index) => positions.set(node.id, { ...points[index]! }));
  return { positions };
}

/** Positions in node order: components one under another, each laid out on its own; whether elk laid any out. */
async function layoutStructure(nodes: readonly LayoutNode[], edges: readonly ResolvedEdge[]): Promise<{ points: Point[]; byElk: boolean }> {
  let byElk = false;
  const components = connectedComponents(nodes.length, edges);

  const componentOf = new Array<number>(nodes.length);
  components.forEach((members, c) => members.forEach((index) => (componentOf[index] = c)));
  const edgesOf = components.map((): ResolvedEdge[] => []);
  for (const edge of edges) edgesOf[componentOf[edge.source]!]!.push(edge);

  const positions = new Array<Point>(nodes.length);
  let top = 0;
  for (const [c, component] of components.entries()) {
    const componentEdges = edgesOf[c]!;
    const large = component.length > ELK_MAX_NODES;
    byElk ||= !large && component.length > 1;
    const local = large ? layoutLarge(nodes, componentEdges, component) : await layoutWithElk(nodes, componentEdges, component);
    let minX = Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [index, point] of local) {
      const node = nodes[index]!;
      minX = Math.min(minX, point.x - (node.hasInPort ? IN_PORT_OVERHANG : 0));
      minY = Math.min(minY, point.y);
      maxY = Math.max(maxY, point.y + widgetHeight(node.outPorts.length));
    }
    for (const [index, point] of local) positions[index] = { x: point.x - minX, y: point.y - minY + top };
    top += maxY - minY + COMPONENT_GAP;
  }
  return { points: positions, byElk };
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
    // The smaller index stays root, so the grouping does not depend on edge order.
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

async function layoutWithElk(
  nodes: readonly LayoutNode[],
  edges: readonly ResolvedEdge[],
  component: readonly number[],
): Promise<Map<number, Point>> {
  const local = new Map<number, Point>();
  if (component.length === 1) {
    local.set(component[0]!, { x: 0, y: 0 });
    return local;
  }
  const origin: Point = { x: 0, y: 0 };
  const children: ElkNode[] = component.map((index, order) => {
    const node = nodes[index]!;
    const ports: ElkPort[] = node.outPorts.map((_, port) => ({
      id: portId(index, port),
      ...outPortPosition(origin, port),
      width: PORT_SIZE,
      height: PORT_SIZE,
      layoutOptions: { 'elk.port.side': 'EAST' },
    }));
    if (node.hasInPort) {
      ports.unshift({
        id: inPortId(index),
        ...inPortPosition(origin),
        width: PORT_SIZE,
        height: PORT_SIZE,
        layoutOptions: { 'elk.port.side': 'WEST' },
      });
    }
    const layoutOptions: LayoutOptions = { 'elk.portConstraints': 'FIXED_POS' };
    // The start or event node opens the drawing even when a loop leads back into it.
    if (order === 0) layoutOptions['elk.layered.layering.layerConstraint'] = 'FIRST';
    return {
      id: nodeId(index),
      width: WIDGET_WIDTH,
      height: widgetHeight(node.outPorts.length),
      ports,
      layoutOptions,
    };
  });
  const elkEdges: ElkExtendedEdge[] = edges.map((edge, i) => ({
    id: `e${i}`,
    sources: [portId(edge.source, edge.port)],
    targets: [inPortId(edge.target)],
  }));
  const layoutOptions: LayoutOptions = { ...LAYOUT_OPTIONS };
  if (component.length > THOROUGH_MAX_NODES) layoutOptions['elk.layered.thoroughness'] = '1';

  // A fresh instance per layout: sharing one measured no faster, and this way no state can
  // carry over from one flow to the next.
  const Elk = loadElk();
  const elk = new Elk();
  const result = await elk.layout({ id: 'root', layoutOptions, children, edges: elkEdges });
  for (const child of result.children ?? []) {
    local.set(Number(child.id.slice(1)), { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return local;
}

/**
 * Fallback for components too large for elk (see ELK_MAX_NODES), linear in nodes plus edges and
 * free of recursion. Depth-first search from the component's first node, then from any node not
 * yet reached, in input order, marks loop-closing edges (and every edge into the first node) as
 * back edges; the remaining edges form a DAG, layered by longest path so every forward link
 * points right. Within a layer, widgets are sorted by the height of the output port feeding them
 * (then input order) and stacked downwards from there, so chains stay straight.
 */
function layoutLarge(
  nodes: readonly LayoutNode[],
  edges: readonly ResolvedEdge[],
  component: readonly number[],
): Map<number, Point> {
  const forward = forwardEdges(edges, component);
  const forwardOut = new Map<number, ResolvedEdge[]>();
  const forwardIn = new Map<number, ResolvedEdge[]>();
  for (const index of component) {
    forwardOut.set(index, []);
    forwardIn.set(index, []);
  }
  for (const edge of edges) {
    if (!forward.has(edge)) continue;
    forwardOut.get(edge.source)!.push(edge);
    forwardIn.get(edge.target)!.push(edge);
  }
  return stackLayers(nodes, longestPathLayers(component, forwardIn, forwardOut), forwardIn);
}

/** The edges that are not back edges, by an iterative depth-first search (see layoutLarge). */
function forwardEdges(edges: readonly ResolvedEdge[], component: readonly number[]): Set<ResolvedEdge> {
  const outgoing = new Map<number, ResolvedEdge[]>();
  for (const index of component) outgoing.set(index, []);
  for (const edge of edges) outgoing.get(edge.source)!.push(edge);
  const first = component[0]!;
  const state = new Map<number, 'open' | 'done'>();
  const forward = new Set<ResolvedEdge>();
  for (const root of component) {
    if (state.has(root)) continue;
    state.set(root, 'open');
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const out = outgoing.get(frame.node)!;
      if (frame.next === out.length) {
        state.set(frame.node, 'done');
        stack.pop();
        continue;
      }
      const edge = out[frame.next++]!;
      const seen = state.get(edge.target);
      if (seen === 'open' || edge.target === first) continue;
      forward.add(edge);
      if (seen === undefined) {
        state.set(edge.target, 'open');
        stack.push({ node: edge.target, next: 0 });
      }
    }
  }
  return forward;
}

/** Nodes by layer: the longest forward path from a source (Kahn's algorithm, one pass). */
function longestPathLayers(component: readonly number[], forwardIn: ReadonlyMap<number, ResolvedEdge[]>, forwardOut: ReadonlyMap<number, ResolvedEdge[]>): number[][] {
  // Every node is taken after all its forward predecessors, so one pass computes the longest path.
  const layerOf = new Map<number, number>();
  const pending = new Map<number, number>();
  for (const index of component) pending.set(index, forwardIn.get(index)!.length);
  const order = component.filter((index) => pending.get(index) === 0);
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    let layer = 0;
    for (const edge of forwardIn.get(node)!) layer = Math.max(layer, layerOf.get(edge.source)! + 1);
    layerOf.set(node, layer);
    for (const edge of forwardOut.get(node)!) {
      const left = pending.get(edge.target)! - 1;
      pending.set(edge.target, left);
      if (left === 0) order.push(edge.target);
    }
  }
  const layers: number[][] = [];
  for (const index of component) (layers[layerOf.get(index)!] ??= []).push(index);
  return layers;
}

/** Positions: one column per layer, widgets stacked downwards from the port that feeds them. */
function stackLayers(nodes: readonly LayoutNode[], layers: readonly number[][], forwardIn: ReadonlyMap<number, ResolvedEdge[]>): Map<number, Point> {
  const origin: Point = { x: 0, y: 0 };
  const local = new Map<number, Point>();
  for (let layer = 0; layer < layers.length; layer++) {
    const members = (layers[layer] ?? []).map((node) => {
      const feed = forwardIn.get(node)![0];
      // Line the entry port up with the output port that feeds it, so links run straight.
      const wanted = feed
        ? local.get(feed.source)!.y + outPortPosition(origin, feed.port).y - inPortPosition(origin).y
        : 0;
      return { node, wanted };
    });
    members.sort((a, b) => a.wanted - b.wanted || a.node - b.node);
    let free = -Infinity;
    for (const { node, wanted } of members) {
      const y = Math.max(wanted, free);
      local.set(node, { x: layer * LARGE_COLUMN_PITCH, y });
      free = y + widgetHeight(nodes[node]!.outPorts.length) + NODE_SPACING;
    }
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
