/**
 * Synthetic flow graphs for layout tests and timing. Shaped like a long IVR flow: a start node,
 * then a mostly linear chain in which every 5th activity is a two-way branch whose arms (the next
 * two activities) run side by side and merge again, a Play Music looping to itself every 7th, a
 * menu with a timeout self-loop and an "invalid" link back three activities every 11th, an error
 * link to the shared end every 50th, and the end node. Pure index arithmetic: a size always gives
 * the same graph, in the same order.
 */

import type { LayoutEdge, LayoutGraph, LayoutNode } from '../../src/layout/layout.js';

export function syntheticGraph(size: number): LayoutGraph {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  const last = size - 1;
  const id = (i: number): string => (i === 0 ? 'start' : i === last ? 'end' : `a${i}`);
  const link = (source: number, sourcePort: string, target: number): void => {
    const to = Math.min(target, last);
    edges.push({ id: `${id(source)}.${sourcePort}`, source: id(source), sourcePort, target: id(to) });
  };

  nodes.push({ id: id(0), hasInPort: false, outPorts: ['out'] });
  if (size > 1) link(0, 'out', 1);
  for (let i = 1; i < last; i++) {
    if (i % 5 === 0) {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['true', 'false', 'error'] });
      link(i, 'true', i + 1);
      link(i, 'false', i + 2);
    } else if (i % 5 === 1 && i > 1) {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['default', 'error'] });
      link(i, 'default', i + 2);
    } else if (i % 7 === 0) {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['default', 'error'] });
      link(i, 'default', i + 1);
      link(i, 'error', i);
    } else if (i % 11 === 0) {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['1', '2', 'timeout', 'invalid', 'error'] });
      link(i, '1', i + 1);
      link(i, '2', i + 1);
      link(i, 'timeout', i);
      link(i, 'invalid', i - 3);
    } else {
      nodes.push({ id: id(i), hasInPort: true, outPorts: ['default', 'error'] });
      link(i, 'default', i + 1);
      if (i % 50 === 3) link(i, 'error', last);
    }
  }
  if (size > 1) nodes.push({ id: id(last), hasInPort: true, outPorts: [] });
  return { nodes, edges };
}
