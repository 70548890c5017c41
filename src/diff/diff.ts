/**
 * `diffFlows(a, b)`: what changes for a caller between two flow models, as data a reviewer can
 * read (graphql-js `findBreakingChanges` is the model: changes are values with a kind and data,
 * and the prose is derived from them). Pure and deterministic: the same two models always give
 * the same changes in the same order.
 *
 * Activities are matched by name first. Of the rest, an activity only in `a` and one only in `b`
 * of the same kind on the same canvas are the same activity renamed when their surroundings
 * (links in and out, by name and port) are the same or their settings mostly are; matching
 * repeats until stable, because a rename can make a neighbour's surroundings match. Links are
 * compared after renames, so a rename is one change and not also a rewiring of every link that
 * touches it. Each fact is reported once: an added activity carries its outgoing links, a newly
 * handled event carries its handler's first link.
 */
import { canonical, comparePorts, compareStrings, type ActivityModel, type FlowModel, type LinkModel } from './model.js';
import { portPhrase, renderChange, renderValue, settingLabel } from './describe.js';
import { appendAll } from '../util/append-all.js';

export type ChangeKind =
  | 'activity-added'
  | 'activity-removed'
  | 'activity-renamed'
  | 'setting-changed'
  | 'link-rewired'
  | 'link-added'
  | 'link-removed'
  | 'variable-added'
  | 'variable-removed'
  | 'variable-changed'
  | 'event-handler-added'
  | 'event-handler-removed';

export interface Change {
  kind: ChangeKind;
  /** The activity (its name in `b`; in `a` for a removal). Absent for flow-level settings. */
  activity?: string;
  /** The port a link leaves from (a case's port is its case value). */
  port?: string;
  /** The setting key (`activity` absent: a flow-level field such as `description`). */
  setting?: string;
  variable?: string;
  /** The event node's name (`AgentContactAssigned`). */
  event?: string;
  before?: unknown;
  after?: unknown;
  /** One sentence a reviewer reads. */
  description: string;
}

/** Order of sections, and of kinds inside them, in every output. */
export const changeKinds: readonly ChangeKind[] = [
  'activity-renamed',
  'activity-removed',
  'activity-added',
  'setting-changed',
  'link-rewired',
  'link-added',
  'link-removed',
  'variable-added',
  'variable-removed',
  'variable-changed',
  'event-handler-added',
  'event-handler-removed',
];

const SELF = '\u0000self';

interface Surroundings {
  incoming: Set<string>;
  outgoing: Set<string>;
}

function surroundings(name: string, links: readonly LinkModel[], rename: (n: string) => string): Surroundings {
  const incoming = new Set<string>();
  const outgoing = new Set<string>();
  for (const link of links) {
    const source = rename(link.source);
    const target = rename(link.target);
    if (target === name) incoming.add(`${source === name ? SELF : source}|${link.port}`);
    if (source === name) outgoing.add(`${link.port}|${target === name ? SELF : target}`);
  }
  return { incoming, outgoing };
}

const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  return [...a].filter((x) => b.has(x)).length / union.size;
}

/**
 * The settings that tell activities of a kind apart. Keys whose value is the same on every
 * activity of the kind in both flows (a TTS connector, a voice) would make any two play-messages
 * look "mostly the same"; with fewer than three of a kind there is nothing to learn that from.
 */
function distinctiveKeys(kind: string, a: FlowModel, b: FlowModel): Set<string> | undefined {
  const all = [...a.activities.values(), ...b.activities.values()].filter((x) => x.kind === kind);
  if (all.length < 3) return undefined;
  const keys = new Set(all.flatMap((x) => Object.keys(x.settings)));
  return new Set([...keys].filter((k) => new Set(all.map((x) => JSON.stringify(x.settings[k]))).size > 1));
}

const settingEntries = (x: ActivityModel, keys: Set<string> | undefined): Set<string> =>
  new Set(Object.entries(x.settings).filter(([k]) => keys === undefined || keys.has(k)).map(([k, v]) => `${k}=${JSON.stringify(v)}`));

/** "Mostly the same settings": this share of the (distinctive) entries, over at least this many keys. */
const SETTINGS_MATCH = 0.75;
const MIN_KEYS_ALL = 3;

/** Pairs `a`-only activities with `b`-only ones: a → b renames. */
function matchRenames(a: FlowModel, b: FlowModel): Map<string, string> {
  const renames = new Map<string, string>();
  const renamed = new Set<string>();
  const inA = (n: string): string => renames.get(n) ?? n;
  const same = (n: string): string => n;
  for (;;) {
    const removed = [...a.activities.values()].filter((x) => !b.activities.has(x.name) && !renames.has(x.name) && x.kind !== 'event');
    const added = [...b.activities.values()].filter((x) => !a.activities.has(x.name) && !renamed.has(x.name) && x.kind !== 'event');
    const candidates: { from: string; to: string; score: number }[] = [];
    for (const r of removed) {
      const around = surroundings(r.name, a.links, inA);
      for (const d of added) {
        if (d.kind !== r.kind || d.canvas !== r.canvas) continue;
        const aroundB = surroundings(d.name, b.links, same);
        const sameSurroundings = around.incoming.size + around.outgoing.size > 0 && sameSet(around.incoming, aroundB.incoming) && sameSet(around.outgoing, aroundB.outgoing);
        const distinctive = distinctiveKeys(r.kind, a, b);
        const settingsScore = jaccard(settingEntries(r, distinctive), settingEntries(d, distinctive));
        const keys = new Set([...Object.keys(r.settings), ...Object.keys(d.settings)].filter((k) => distinctive === undefined || distinctive.has(k))).size;
        const mostlySameSettings = keys >= (distinctive === undefined ? MIN_KEYS_ALL : 1) && settingsScore >= SETTINGS_MATCH;
        if (!sameSurroundings && !mostlySameSettings) continue;
        const edges = jaccard(new Set([...around.incoming, ...around.outgoing]), new Set([...aroundB.incoming, ...aroundB.outgoing]));
        candidates.push({ from: r.name, to: d.name, score: (sameSurroundings ? 2 : edges) + settingsScore });
      }
    }
    candidates.sort((x, y) => y.score - x.score || compareStrings(x.from, y.from) || compareStrings(x.to, y.to));
    let progress = false;
    for (const c of candidates) {
      if (renames.has(c.from) || renamed.has(c.to)) continue;
      renames.set(c.from, c.to);
      renamed.add(c.to);
      progress = true;
      // One match per pass: it changes the surroundings every other candidate is judged by.
      break;
    }
    if (!progress) return renames;
  }
}

const equal = (x: unknown, y: unknown): boolean => JSON.stringify(canonical(x)) === JSON.stringify(canonical(y));

const FOLDED_SHADOWS = ['name', 'name:name', 'type', 'radioName'];

/** Setting changes of one activity (or of the flow, `activity` undefined), one per fact. */
function settingChanges(activity: string | undefined, before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  const changes: Change[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changed = new Set(keys.filter((k) => !equal(before[k], after[k])));
  const subject = activity ?? 'Flow';
  const push = (setting: string, display?: { before: unknown; after: unknown }) => {
    const b = before[setting];
    const a = after[setting];
    const label = settingLabel(setting, a ?? b);
    changes.push({
      kind: 'setting-changed',
      ...(activity === undefined ? {} : { activity }),
      setting,
      before: b,
      after: a,
      description: `${subject}: ${label} changed: ${renderChange(b, a, display)}`,
    });
  };
  for (const key of keys) {
    if (!changed.has(key)) continue;
    const [base = key, ...rest] = key.split(':');
    const suffix = rest.join(':');
    if (suffix === '') {
      // A dropdown's display name reads better than the id it shadows (a queue's name, not its id).
      const nameKey = `${base}:name`;
      push(key, nameKey in before && nameKey in after ? { before: before[nameKey], after: after[nameKey] } : undefined);
      continue;
    }
    // Display names, types and radio choices travel with their field: one change, not four.
    if (FOLDED_SHADOWS.includes(suffix) && changed.has(base)) continue;
    if (suffix === 'name:name' && changed.has(`${base}:name`)) continue;
    push(key);
  }
  return changes;
}

function describeLinks(name: string, links: readonly LinkModel[]): string {
  const out = links.filter((l) => l.source === name).sort((x, y) => comparePorts(x.port, y.port));
  if (out.length === 0) return '';
  return `: ${out.map((l) => `${l.port} → ${l.target === name ? `itself` : l.target}`).join(', ')}`;
}

function linkKey(link: LinkModel): string {
  return `${link.source}\u0000${link.port}`;
}

/** How activity names of `a` map to `b` (renames), both ways. */
interface Renames {
  toB(name: string): string;
  fromB: ReadonlyMap<string, string>;
}

/** Renamed, removed, added and changed activities; returns the names whose links are not compared. */
function activityChanges(a: FlowModel, b: FlowModel, renames: ReadonlyMap<string, string>, { toB, fromB }: Renames, changes: Change[]): { removed: Set<string>; added: Set<string> } {
  const removed = new Set<string>();
  const added = new Set<string>();
  for (const [from, to] of renames) {
    changes.push({ kind: 'activity-renamed', activity: to, before: from, after: to, description: `${from} renamed to ${to}` });
  }
  for (const x of a.activities.values()) {
    const other = b.activities.get(toB(x.name));
    if (other && other.kind === x.kind) continue;
    removed.add(x.name);
    if (x.kind === 'event') continue;
    const where = x.canvas === 'events' ? ' from the event flows' : '';
    changes.push({ kind: 'activity-removed', activity: x.name, before: { kind: x.kind, settings: x.settings }, description: `${x.name} (${x.kind}) removed${where}` });
  }
  for (const x of b.activities.values()) {
    const other = a.activities.get(fromB.get(x.name) ?? x.name);
    if (other && other.kind === x.kind) {
      appendAll(changes, settingChanges(x.name, other.settings, x.settings));
      continue;
    }
    added.add(x.name);
    if (x.kind === 'event') continue;
    const where = x.canvas === 'events' ? ' to the event flows' : '';
    changes.push({
      kind: 'activity-added',
      activity: x.name,
      after: { kind: x.kind, settings: x.settings },
      description: `${x.name} (${x.kind}) added${where}${describeLinks(x.name, b.links)}`,
    });
  }
  return { removed, added };
}

/** Links rewired, added or removed between activities both flows have. */
function linkChanges(a: FlowModel, b: FlowModel, { toB, fromB }: Renames, skip: { removed: Set<string>; added: Set<string> }, changes: Change[]): void {
  const linksA = new Map<string, LinkModel>();
  for (const link of a.links) {
    if (skip.removed.has(link.source)) continue;
    const translated = { source: toB(link.source), port: link.port, target: toB(link.target) };
    linksA.set(linkKey(translated), translated);
  }
  const linksB = new Map<string, LinkModel>();
  for (const link of b.links) if (!skip.added.has(link.source)) linksB.set(linkKey(link), link);
  const kindIn = (name: string): string | undefined => b.activities.get(name)?.kind ?? a.activities.get(fromB.get(name) ?? name)?.kind;
  for (const key of [...new Set([...linksA.keys(), ...linksB.keys()])]) {
    const before = linksA.get(key);
    const after = linksB.get(key);
    const link = (after ?? before)!;
    const phrase = portPhrase(link.source, kindIn(link.source), link.port);
    const base = { activity: link.source, port: link.port };
    if (before && after) {
      if (before.target === after.target) continue;
      changes.push({ kind: 'link-rewired', ...base, before: before.target, after: after.target, description: `${phrase} now goes to ${after.target}, was ${before.target}` });
    } else if (after) {
      changes.push({ kind: 'link-added', ...base, after: after.target, description: `${phrase} now goes to ${after.target}, was not wired` });
    } else if (before) {
      changes.push({ kind: 'link-removed', ...base, before: before.target, description: `${phrase} is no longer wired, went to ${before.target}` });
    }
  }
}

function variableChanges(a: FlowModel, b: FlowModel, changes: Change[]): void {
  for (const [name, v] of b.variables) {
    const old = a.variables.get(name);
    if (!old) {
      changes.push({ kind: 'variable-added', variable: name, after: v.fields, description: `Variable ${name} added${variableSummary(v.fields)}` });
    } else if (!equal(old.fields, v.fields)) {
      const fields = [...new Set([...Object.keys(old.fields), ...Object.keys(v.fields)])].sort().filter((k) => !equal(old.fields[k], v.fields[k]));
      changes.push({
        kind: 'variable-changed',
        variable: name,
        before: old.fields,
        after: v.fields,
        description: `Variable ${name}: ${fields.map((k) => `${settingLabel(k)} ${renderValue(old.fields[k])} → ${renderValue(v.fields[k])}`).join('; ')}`,
      });
    }
  }
  for (const [name, v] of a.variables) {
    if (!b.variables.has(name)) changes.push({ kind: 'variable-removed', variable: name, before: v.fields, description: `Variable ${name} removed${variableSummary(v.fields)}` });
  }
}

function eventChanges(a: FlowModel, b: FlowModel, toB: (name: string) => string, changes: Change[]): void {
  for (const [name, e] of b.events) {
    if (!a.events.has(name)) {
      changes.push({ kind: 'event-handler-added', event: name, after: e.chain, description: `Event ${e.label} is now handled: ${e.chain.join(' → ')}` });
    }
  }
  for (const [name, e] of a.events) {
    if (!b.events.has(name)) {
      const chain = e.chain.map(toB);
      changes.push({ kind: 'event-handler-removed', event: name, before: chain, description: `Event ${e.label} is no longer handled (it ran ${chain.join(' → ')})` });
    }
  }
}

/** The changes that turn flow `a` into flow `b`, in a stable order (`changeKinds`, then names). */
export function diffFlows(a: FlowModel, b: FlowModel): Change[] {
  const changes: Change[] = [];
  appendAll(changes, settingChanges(undefined, a.flowSettings, b.flowSettings));
  const renames = matchRenames(a, b);
  const names: Renames = { toB: (n) => renames.get(n) ?? n, fromB: new Map([...renames].map(([from, to]) => [to, from])) };
  const unmatched = activityChanges(a, b, renames, names, changes);
  linkChanges(a, b, names, unmatched, changes);
  variableChanges(a, b, changes);
  eventChanges(a, b, names.toB, changes);
  return sortChanges(changes);
}

function variableSummary(fields: Record<string, unknown>): string {
  const type = typeof fields['type'] === 'string' ? fields['type'] : undefined;
  const value = fields['value'];
  const parts = [type, value === undefined || value === null ? undefined : `initial ${renderValue(value)}`].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

const rank = new Map(changeKinds.map((k, i) => [k, i]));

/** Section order, then subject, port and setting: never traversal or Map insertion order. */
export function sortChanges(changes: readonly Change[]): Change[] {
  const subject = (c: Change): string => c.activity ?? c.variable ?? c.event ?? '';
  return [...changes].sort(
    (x, y) =>
      rank.get(x.kind)! - rank.get(y.kind)! ||
      // Flow-level settings (no activity) come before any activity's.
      Number(x.activity !== undefined) - Number(y.activity !== undefined) ||
      compareStrings(subject(x), subject(y)) ||
      comparePorts(x.port ?? '', y.port ?? '') ||
      compareStrings(x.setting ?? '', y.setting ?? '') ||
      compareStrings(x.description, y.description),
  );
}
