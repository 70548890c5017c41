/**
 * Link coverage: for a flow, the links (activity, port → target) its scenarios took, over all its
 * links, event flows included; untested links listed with error paths first (error, failure,
 * timeout, invalid), since those are the ones a caller meets when something goes wrong.
 */
import type { FlowIR } from '../ir/types.js';

export interface PortCoverage {
  port: string;
  target: string;
  taken: boolean;
}

export interface ActivityCoverage {
  activity: string;
  kind: string;
  ports: PortCoverage[];
}

export interface FlowCoverage {
  flow: string;
  /** Scenario file(s) that exercised it. */
  files: string[];
  total: number;
  taken: number;
  /** 0-100, one decimal. */
  percent: number;
  activities: ActivityCoverage[];
  untested: { activity: string; port: string; target: string }[];
}

const ERROR_RANK: Record<string, number> = { error: 0, failure: 1, timeout: 2, invalid: 3 };
const rank = (port: string): number => ERROR_RANK[port] ?? 4;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function linkCoverage(flow: FlowIR, taken: ReadonlySet<string>, files: readonly string[]): FlowCoverage {
  const activities: ActivityCoverage[] = [];
  let total = 0;
  let count = 0;
  for (const activity of flow.activities) {
    const ports = Object.entries(activity.links)
      .sort(([a], [b]) => rank(a) - rank(b) || byText(a, b))
      .map(([port, target]) => ({ port, target, taken: taken.has(`${activity.name}\u0000${port}`) }));
    if (ports.length === 0) continue;
    total += ports.length;
    count += ports.filter((p) => p.taken).length;
    activities.push({ activity: activity.name, kind: activity.kind, ports });
  }
  const untested = activities
    .flatMap((a) => a.ports.filter((p) => !p.taken).map((p) => ({ activity: a.activity, port: p.port, target: p.target })))
    .sort((x, y) => rank(x.port) - rank(y.port) || byText(x.activity, y.activity) || byText(x.port, y.port));
  return { flow: flow.name, files: [...files], total, taken: count, percent: total === 0 ? 100 : Math.floor((count / total) * 1000) / 10, activities, untested };
}
