import { describe, expect, it } from 'vitest';

import {
  IN_PORT_OVERHANG,
  PORT_CENTER_OFFSET,
  PORT_SIZE,
  WIDGET_WIDTH,
  inPortPosition,
  outPortPosition,
  widgetHeight,
  type Point,
} from '../../src/layout/geometry.js';
import { layoutGraph, type LayoutEdge, type LayoutGraph, type LayoutNode } from '../../src/layout/layout.js';
import { syntheticGraph } from './synthetic-graph.js';

const start = (id: string): LayoutNode => ({ id, hasInPort: false, outPorts: ['out'] });
const action = (id: string, outPorts: readonly string[] = ['default', 'error']): LayoutNode => ({
  id,
  hasInPort: true,
  outPorts,
});
const end = (id: string): LayoutNode => ({ id, hasInPort: true, outPorts: [] });
const link = (source: string, sourcePort: string, target: string): LayoutEdge => ({
  id: `${source}.${sourcePort}->${target}`,
  source,
  sourcePort,
  target,
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A widget's drawn footprint: the body plus the port stubs sticking out on either side. */
function footprint(node: LayoutNode, point: Point): Box {
  return {
    left: point.x - (node.hasInPort ? IN_PORT_OVERHANG : 0),
    top: point.y,
    right: point.x + (node.outPorts.length > 0 ? outPortPosition(point, 0).x + PORT_SIZE - point.x : WIDGET_WIDTH),
    bottom: point.y + widgetHeight(node.outPorts.length),
  };
}

function overlapping(graph: LayoutGraph, positions: ReadonlyMap<string, Point>): string[] {
  const boxes = graph.nodes.map((node) => ({ id: node.id, box: footprint(node, positions.get(node.id)!) }));
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        clashes.push(`${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
      }
    }
  }
  return clashes;
}

function boundingBox(graph: LayoutGraph, ids: readonly string[], positions: ReadonlyMap<string, Point>): Box {
  const boxes = graph.nodes.filter((node) => ids.includes(node.id)).map((node) => footprint(node, positions.get(node.id)!));
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** start → menu (self-loop on timeout, back edge on invalid) → two arms → merge → loop back → end. */
const branching: LayoutGraph = {
  nodes: [
    start('start'),
    action('greet'),
    action('menu', ['1', '2', 'timeout', 'invalid', 'error']),
    action('billing'),
    action('support'),
    action('hold', ['default', 'error']),
    action('queue', ['default', 'failure']),
    end('end'),
  ],
  edges: [
    link('start', 'out', 'greet'),
    link('greet', 'default', 'menu'),
    link('menu', '1', 'billing'),
    link('menu', '2', 'support'),
    link('menu', 'timeout', 'menu'),
    link('menu', 'invalid', 'greet'),
    link('menu', 'error', 'end'),
    link('billing', 'default', 'queue'),
    link('support', 'default', 'queue'),
    link('queue', 'default', 'hold'),
    link('hold', 'default', 'hold'),
    link('hold', 'error', 'queue'),
    link('queue', 'failure', 'end'),
  ],
};

describe('geometry', () => {
  it('places the entry port 8 left of and 18 below the top-left corner', () => {
    expect(inPortPosition({ x: 100, y: 50 })).toEqual({ x: 92, y: 68 });
  });

  it('places output ports at x+167, 33 apart from y+18', () => {
    expect(outPortPosition({ x: 100, y: 50 }, 0)).toEqual({ x: 267, y: 68 });
    expect(outPortPosition({ x: 100, y: 50 }, 2)).toEqual({ x: 267, y: 134 });
  });

  it('has the widget width and port centre offset of real exports', () => {
    expect(WIDGET_WIDTH).toBe(175);
    expect(PORT_CENTER_OFFSET).toBe(8.5);
  });

  it('makes widgets tall enough for every output port with a margin below the last', () => {
    const origin = { x: 0, y: 0 };
    for (let ports = 0; ports <= 12; ports++) {
      const height = widgetHeight(ports);
      expect(height).toBeGreaterThan(inPortPosition(origin).y + PORT_SIZE);
      if (ports > 0) expect(height).toBeGreaterThan(outPortPosition(origin, ports - 1).y + PORT_SIZE);
      expect(widgetHeight(ports + 1)).toBeGreaterThanOrEqual(height);
    }
  });
});

describe('layoutGraph', () => {
  it('gives identical output for two runs on the same graph', async () => {
    const first = await layoutGraph(branching);
    const second = await layoutGraph(branching);
    expect([...second.positions]).toEqual([...first.positions]);
  });

  it('positions every node, in the caller node order, with integer coordinates', async () => {
    const { positions } = await layoutGraph(branching);
    expect([...positions.keys()]).toEqual(branching.nodes.map((node) => node.id));
    for (const point of positions.values()) {
      expect(Number.isInteger(point.x)).toBe(true);
      expect(Number.isInteger(point.y)).toBe(true);
    }
  });

  it('keeps widgets apart on a branching graph with self-loops and a cycle', async () => {
    const { positions } = await layoutGraph(branching);
    expect(overlapping(branching, positions)).toEqual([]);
  });

  it('starts the drawing at (0, 0) with the first node leftmost', async () => {
    const { positions } = await layoutGraph(branching);
    const box = boundingBox(
      branching,
      branching.nodes.map((node) => node.id),
      positions,
    );
    expect({ left: box.left, top: box.top }).toEqual({ left: 0, top: 0 });
    const startX = positions.get('start')!.x;
    for (const point of positions.values()) expect(point.x).toBeGreaterThanOrEqual(startX);
  });

  it('draws a chain left to right, even through a self-loop', async () => {
    // GIVEN a chain whose middle activity (Play Music) links to itself
    const chain: LayoutGraph = {
      nodes: [start('start'), action('a'), action('music'), action('b'), end('end')],
      edges: [
        link('start', 'out', 'a'),
        link('a', 'default', 'music'),
        link('music', 'default', 'music'),
        link('music', 'error', 'b'),
        link('b', 'default', 'end'),
      ],
    };
    // WHEN
    const { positions } = await layoutGraph(chain);
    // THEN
    const xs = ['start', 'a', 'music', 'b', 'end'].map((id) => positions.get(id)!.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
  });

  it('keeps the call order left to right on the forward links of a flow with loops', async () => {
    const { positions } = await layoutGraph(branching);
    const x = (id: string): number => positions.get(id)!.x;
    expect(x('greet')).toBeGreaterThan(x('start'));
    expect(x('menu')).toBeGreaterThan(x('greet'));
    expect(x('billing')).toBeGreaterThan(x('menu'));
    expect(x('queue')).toBeGreaterThan(x('support'));
    expect(x('hold')).toBeGreaterThan(x('queue'));
  });

  it('stacks disconnected components top to bottom in input order without overlap', async () => {
    // GIVEN an event-flow canvas: one chain per event handler, the longest one in the middle
    const handlers = [
      ['agentAnswered', 'popA', 'endA'],
      ['callEnded', 'http1', 'http2', 'http3', 'setVar', 'endB'],
      ['agentOffered', 'endC'],
    ];
    const graph: LayoutGraph = {
      nodes: handlers.flatMap(([event, ...rest]) => [start(event!), ...rest.slice(0, -1).map((id) => action(id)), end(rest.at(-1)!)]),
      edges: handlers.flatMap((chain) => chain.slice(1).map((id, i) => link(chain[i]!, i === 0 ? 'out' : 'default', id))),
    };
    // WHEN
    const { positions } = await layoutGraph(graph);
    // THEN
    const boxes = handlers.map((chain) => boundingBox(graph, chain, positions));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThan(boxes[i - 1]!.bottom);
    for (const box of boxes) expect(box.left).toBe(0);
    for (const [event] of handlers) expect(positions.get(event!)!.x).toBe(0);
    expect(overlapping(graph, positions)).toEqual([]);
  });

  it('ignores links to unknown nodes or ports and links into a node without an entry port', async () => {
    // GIVEN the branching graph plus broken links
    const broken: LayoutGraph = {
      nodes: branching.nodes,
      edges: [
        ...branching.edges,
        link('greet', 'default', 'nowhere'),
        link('ghost', 'default', 'greet'),
        link('greet', 'no-such-port', 'billing'),
        link('billing', 'error', 'start'),
      ],
    };
    // WHEN
    const result = await layoutGraph(broken);
    // THEN the broken links change nothing
    const clean = await layoutGraph(branching);
    expect([...result.positions]).toEqual([...clean.positions]);
  });

  it('lays out an empty graph and a single node', async () => {
    expect((await layoutGraph({ nodes: [], edges: [] })).positions.size).toBe(0);
    const single = await layoutGraph({ nodes: [start('start')], edges: [] });
    expect([...single.positions]).toEqual([['start', { x: 0, y: 0 }]]);
  });

  describe.each([
    ['elk', 120],
    ['the large-flow fallback', 1500],
  ])('a synthetic flow laid out by %s', (_, size) => {
    const graph = syntheticGraph(size);

    it('is deterministic, integral and overlap-free', async () => {
      const first = await layoutGraph(graph);
      const second = await layoutGraph(graph);
      expect([...second.positions]).toEqual([...first.positions]);
      expect(first.positions.size).toBe(size);
      for (const point of first.positions.values()) {
        expect(Number.isInteger(point.x) && Number.isInteger(point.y)).toBe(true);
      }
      expect(overlapping(graph, first.positions)).toEqual([]);
    });

    it('points every link that goes forward in call order to the right', async () => {
      const { positions } = await layoutGraph(graph);
      const order = new Map(graph.nodes.map((node, i) => [node.id, i]));
      for (const edge of graph.edges) {
        if (order.get(edge.target)! <= order.get(edge.source)!) continue;
        expect(positions.get(edge.target)!.x, edge.id).toBeGreaterThan(positions.get(edge.source)!.x);
      }
    });
  });
});
