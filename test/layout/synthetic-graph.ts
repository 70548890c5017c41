/**
 * Synthetic flow graphs for layout tests and timing: a start node, then a mostly linear chain of
 * activities with a two-way branch every 5th node (its second arm skips ahead and merges back),
 * a Play Music self-loop every 7th node, a menu timeout looping back three nodes every 11th node,
 * and an end node. Pure index arithmetic, so a size always gives the same graph.
 */

import type { LayoutEdge, LayoutGraph, LayoutNode } from '../../src/layout/layout.js';

export function syntheticGraph(size: number): LayoutGraph {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  const id = (i: number): string => (i === 0 ? 'start' : i === size - 1 ? 'end' : `a${i}`);
  const link = (source: number, sourcePort: string, target: number): void => {
    edges.push({ id: `${id(source)}.${sourcePort}`, source: id(source), sourcePort, target: id(target) });
  };
  const last = size - 1;
  nodes.push({ id: id(0), hasInPort: false, outPorts: ['out'] });
  if (size > 1) link(0, 'out', 1);
  for (let i = 1; i < last; i++) {
    const next = i + 1;
    if (i % 5 === 0) {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['true', 'false', 'error'] });
      link(i, 'true', next);
      link(i, 'false', Math.min(i + 3, last));
    } else if (i % 7 === 0) {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['default', 'error'] });
      link(i, 'default', next);
      link(i, 'error', i);
    } else if (i % 11 === 0) {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['1', '2', 'timeout', 'invalid', 'error'] });
      link(i, '1', next);
      link(i, '2', Math.min(i + 2, last));
      link(i, 'timeout', i - 3);
      link(i, 'invalid', i);
    } else {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['default', 'error'] });
      link(i, 'default', next);
    }
  }
  if (size > 1) nodes.push({ id: id(last), hasInPort: true, outPorts: [] });
  return { nodes, edges };
}
