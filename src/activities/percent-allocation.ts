/**
 * Percentage Allocation: sends each contact down one of several paths, weighted round robin
 * (docs/webex-activities-and-api.md §1.4 "Percentage Allocation"): 0-100 % per path, the total must
 * be 100 % (a validation error otherwise), at most 10 paths; outputs `percentage` and
 * `description`. Real shape: Cisco's PercentageAllocation_Template (hnavilur/webex-contact-center-flows
 * at 89a8151, `PercentAllocation_0b2`, 2024): group `enum-gateway`, slug id `percent-allocation`,
 * `allocations` the positional port names (`"0"`, `"1"`, …) and `allocations:input` one JSON text
 * `{"percent":90,"desc":"MainQueue"}` per path; widget ports the paths, then `in`, then `error`.
 * flowgen names the ports by path description, as the case module names them by value, and maps
 * them to positions only here. (The V2 API's `allocations: [{percent, desc}]` is not what an export
 * holds.)
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Described, type Routable, type Target } from './shared/factory.js';
import { literal, recordValue } from './shared/print-input.js';
import { inputShadows } from './shared/shadow-keys.js';

const pathSchema = z.strictObject({
  /** The path's description: its port name in flowgen and its label in Flow Designer. */
  name: z.string().min(1).refine((n) => n !== 'error', { message: '"error" is a port name, not a path' }),
  /** Share of contacts, 0 to 100 (0 turns the path off). */
  percent: z.number().int().min(0).max(100),
});

const options = z.strictObject({
  /** The paths in order, at most 10; the percentages total 100. */
  paths: z
    .array(pathSchema)
    .min(1)
    .max(10)
    .refine((p) => new Set(p.map((x) => x.name)).size === p.length, { message: 'path names must be unique' })
    .refine((p) => p.reduce((n, x) => n + x.percent, 0) === 100, { message: 'the percentages must total 100' }),
});
export type PercentAllocationOptions = z.infer<typeof options>;

/** Flow Designer's own serialisation of a path (key order `percent`, `desc`). */
const pathText = (p: { name: string; percent: number }): string => JSON.stringify({ percent: p.percent, desc: p.name });

function pathFromText(text: unknown): { name: unknown; percent: unknown } | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const { percent, desc, ...rest } = value as Record<string, unknown>;
    // Anything else, or a spelling that would not be written back the same, stays raw.
    if (Object.keys(rest).length > 0 || pathText({ name: String(desc), percent: Number(percent) }) !== text) return undefined;
    return { name: desc, percent };
  } catch {
    return undefined;
  }
}

export interface PercentAllocationInput<P extends string> extends Described {
  /** The paths in order (at most 10); `percent` 0-100, totalling 100. Each name is a port. */
  paths: readonly { readonly name: P; readonly percent: number }[];
}
/** One branch per path (by its name), plus an optional `error`. */
export type PercentAllocationHandle<P extends string> = Target & Routable<P, 'error'>;

export const percentAllocation = defineActivity({
  kind: 'percent-allocation',
  options,
  factory: defineFactory<{
    /** Percentage Allocation: weighted round robin over named paths. */
    percentAllocation<const P extends string>(name: string, input: PercentAllocationInput<P>): PercentAllocationHandle<P>;
  }>()({
    method: 'percentAllocation',
    inputKeys: [...DESCRIBED_KEYS, 'paths'],
    options: (input) => ({ paths: input.paths.map((p) => ({ name: p.name, percent: p.percent })) }),
  }),
  printInput: (o) => recordValue([['paths', literal(o.paths.map((p) => ({ name: p.name, percent: p.percent })))]]),
  ports: (o) => [...o.paths.map((p) => p.name), 'error'],
  outputs: ['percentage', 'description'],
  webexPort: (port, o) => {
    const index = o.paths.findIndex((p) => p.name === port);
    return index === -1 ? port : String(index);
  },
  portFromWebex: (port, o) => (/^\d+$/.test(port) && o.paths[Number(port)] !== undefined ? o.paths[Number(port)]!.name : port),
  webex: { activityName: 'percent-allocation', activityId: 'percent-allocation', group: 'enum-gateway', description: true },
  summary: (o) => [o.paths.map((p) => `${p.name} ${p.percent}%`).join(' · ')],
  // Webex allocates by weighted round robin across calls; one simulated call draws by the weights, seeded.
  simulate: (o, call) => {
    const draw = call.random() * 100;
    let total = 0;
    const path = o.paths.find((p) => (total += p.percent) > draw) ?? o.paths.filter((p) => p.percent > 0).at(-1)!;
    call.output('percentage', path.percent);
    call.output('description', path.name);
    return { port: path.name };
  },
  toWebex: (o) => ({
    allocations: o.paths.map((_, i) => String(i)),
    ...inputShadows('allocations', o.paths.map(pathText)),
  }),
  fromWebex: (p) => {
    const texts = p['allocations:input'];
    const links = p['allocations'];
    if (!Array.isArray(texts) || !Array.isArray(links) || texts.length !== links.length) return undefined;
    if (!links.every((l, i) => l === String(i))) return undefined;
    const paths = texts.map(pathFromText);
    return paths.every(Boolean) ? { paths } : undefined;
  },
});
