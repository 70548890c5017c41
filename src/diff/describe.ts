/**
 * Words for a reviewer: how a setting, a value and a port read in a change description. Pure.
 *
 * No Webex property key is named here (those belong to `src/activities`): labels are the key's
 * own words ("HTTP request path"), and the one setting recognised by shape is a list of prompt
 * items `{ type: 'tts' | 'audioFile' | …, value }` (docs/webex-flow-format.md §7.2), shown as its
 * texts because the JSON of it is what a reviewer cannot read.
 */
import { activityDefinition } from '../activities/index.js';
import type { ShadowSuffix } from '../activities/shared/shadow-keys.js';

const ACRONYMS: Record<string, string> = { http: 'HTTP', tts: 'TTS', url: 'URL', json: 'JSON', ani: 'ANI', dnis: 'DNIS', dn: 'DN', cad: 'CAD', ivr: 'IVR', dtmf: 'DTMF' };

const SHADOW_LABELS: Readonly<Record<ShadowSuffix, string>> = { name: 'display name', 'name:name': 'display name', type: 'type', radioName: 'choice', input: 'descriptions' };

/** `someRequestPath` → `some request path`, `httpX` → `HTTP x`; `fieldX:input` → `field x descriptions`. */
export function settingLabel(key: string, value?: unknown): string {
  const [base = key, ...rest] = key.split(':');
  if (rest.length === 0 && isPromptList(value)) return promptKind(value) === 'tts' ? 'TTS text' : 'prompt files';
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.toLowerCase())
    .join(' ');
  const suffix = rest.join(':');
  return suffix ? `${words} ${SHADOW_LABELS[suffix as ShadowSuffix] ?? suffix}` : words;
}

type PromptItem = { type: string; value: unknown };

/** Prompt item types seen in the corpus: `tts` (57 lists), `audioFile` (29), `audioPromptVariable` (36). */
const PROMPT_TYPES = new Set(['tts', 'audioFile', 'audioPromptVariable']);

function isPromptList(value: unknown): value is PromptItem[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === 'object' && item !== null && PROMPT_TYPES.has((item as PromptItem).type) && 'value' in item)
  );
}

const promptKind = (items: PromptItem[]): string => (items.every((i) => i.type === 'tts') ? 'tts' : 'files');

const MAX_TEXT = 160;

function quote(text: string): string {
  const json = JSON.stringify(text);
  return json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT - 2)}…"` : json;
}

/** A value as a reviewer reads it: strings quoted, prompt lists as their texts, the rest as JSON. */
export function renderValue(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (value === null) return '(none)';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isPromptList(value)) return value.map((item) => (typeof item.value === 'string' ? quote(item.value) : renderValue(item.value))).join(', ');
  const json = JSON.stringify(value);
  return json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT - 1)}…` : json;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `old → new`; for two maps (query parameters, headers) only the entries that differ, so a
 * changed query string reads `query: "a" → "b"` rather than two blobs of JSON.
 */
export function renderChange(before: unknown, after: unknown, display?: { before: unknown; after: unknown }): string {
  if (display && typeof display.before === 'string' && typeof display.after === 'string' && display.before !== display.after) {
    return `${renderValue(display.before)} → ${renderValue(display.after)}`;
  }
  if (isPromptList(before) || isPromptList(after)) return `${renderValue(before)} → ${renderValue(after)}`;
  const named = [before, after].map(byName);
  if (named[0] && named[1]) return entryChanges(named[0], named[1]) || `${renderValue(before)} → ${renderValue(after)}`;
  if (isRecord(before) && isRecord(after)) return entryChanges(before, after) || `${renderValue(before)} → ${renderValue(after)}`;
  if (Array.isArray(before) && Array.isArray(after) && !isPromptList(before) && !isPromptList(after)) {
    // A list that gained or lost items (a response mapping, a list of digits) reads as those items.
    const removed = before.filter((x) => !after.some((y) => same(x, y)));
    const added = after.filter((y) => !before.some((x) => same(x, y)));
    if (removed.length + added.length > 0 && removed.length + added.length < Math.max(before.length, after.length) + 1) {
      return [...removed.map((x) => `removed ${renderValue(x)}`), ...added.map((y) => `added ${renderValue(y)}`)].join('; ');
    }
  }
  return `${renderValue(before)} → ${renderValue(after)}`;
}

/** Only the entries of two maps that differ: `query: "a" → "b"; per_page removed (was "1")`. */
function entryChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (!(key in after)) parts.push(`${key} removed (was ${renderValue(before[key])})`);
    else if (!(key in before)) parts.push(`${key} added: ${renderValue(after[key])}`);
    else if (!same(before[key], after[key])) parts.push(`${key}: ${renderValue(before[key])} → ${renderValue(after[key])}`);
  }
  return parts.join('; ');
}

/**
 * A list of records that each carry a unique `name` (the flow's `settings`) as a map from name to
 * the rest, or to its `value` when that is all the rest holds that can differ.
 */
function byName(value: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const item of value) {
    if (!isRecord(item) || typeof item['name'] !== 'string' || item['name'] in out) return undefined;
    const { name, ...rest } = item;
    out[name as string] = rest;
  }
  const entries = Object.values(out) as Record<string, unknown>[];
  const onlyValue = entries.every((e) => 'value' in e);
  return onlyValue ? Object.fromEntries(Object.entries(out).map(([k, v]) => [k, (v as Record<string, unknown>)['value']])) : out;
}

const menuKind = activityDefinition('menu')?.webex.activityName;
const caseKind = activityDefinition('case')?.webex.activityName;

/** How a port reads as the subject of a sentence: `MainMenu option 2`, `Route case "urgent"`, `IsVip on false`. */
export function portPhrase(activity: string, kind: string | undefined, port: string): string {
  if (port === 'default' || port === 'out') return activity;
  if (kind === menuKind && /^\d$/.test(port)) return `${activity} option ${port}`;
  if (kind === caseKind && port !== 'error') return `${activity} case ${JSON.stringify(port)}`;
  return `${activity} on ${port}`;
}
