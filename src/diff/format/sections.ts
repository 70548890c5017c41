/**
 * The sections every diff rendering shares, in one place so text and markdown group and count
 * changes the same way. Pure.
 */
import type { Change, ChangeKind } from '../diff.js';

export interface Section {
  title: string;
  kinds: readonly ChangeKind[];
}

export const sections: readonly Section[] = [
  { title: 'Activities', kinds: ['activity-renamed', 'activity-removed', 'activity-added'] },
  { title: 'Settings', kinds: ['setting-changed'] },
  { title: 'Links', kinds: ['link-rewired', 'link-added', 'link-removed'] },
  { title: 'Variables', kinds: ['variable-added', 'variable-removed', 'variable-changed'] },
  { title: 'Event flows', kinds: ['event-handler-added', 'event-handler-removed'] },
];

/** What each kind is called in a summary line ("2 links rewired"). */
const nouns: Record<ChangeKind, [string, string, string]> = {
  'activity-renamed': ['activity', 'activities', 'renamed'],
  'activity-removed': ['activity', 'activities', 'removed'],
  'activity-added': ['activity', 'activities', 'added'],
  'setting-changed': ['setting', 'settings', 'changed'],
  'link-rewired': ['link', 'links', 'rewired'],
  'link-added': ['link', 'links', 'added'],
  'link-removed': ['link', 'links', 'removed'],
  'variable-added': ['variable', 'variables', 'added'],
  'variable-removed': ['variable', 'variables', 'removed'],
  'variable-changed': ['variable', 'variables', 'changed'],
  'event-handler-added': ['event handler', 'event handlers', 'added'],
  'event-handler-removed': ['event handler', 'event handlers', 'removed'],
};

/** `1 activity renamed, 2 links rewired` in section order; empty for no changes. */
export function summarize(changes: readonly Change[]): string {
  const parts: string[] = [];
  for (const section of sections) {
    for (const kind of section.kinds) {
      const n = changes.filter((c) => c.kind === kind).length;
      if (n === 0) continue;
      const [one, many, verb] = nouns[kind];
      parts.push(`${n} ${n === 1 ? one : many} ${verb}`);
    }
  }
  return parts.join(', ');
}

/** The changes of a section, in the (already stable) order they were given. */
export function inSection(changes: readonly Change[], section: Section): Change[] {
  return changes.filter((c) => section.kinds.includes(c.kind));
}

/** `+` added, `-` removed, `~` changed: the marker a line starts with. */
export function marker(kind: ChangeKind): '+' | '-' | '~' {
  return kind.endsWith('-added') ? '+' : kind.endsWith('-removed') ? '-' : '~';
}

/** One compared pair: the two sides' labels (paths, `REV:path`) and what changed. */
export interface DiffReport {
  before: string;
  after: string;
  changes: readonly Change[];
}
