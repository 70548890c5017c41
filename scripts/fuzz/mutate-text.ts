/**
 * Text mutations for YAML flows, tenant files, build-time templates and export text: each drawn
 * once and recorded as a splice (`at`, `remove`, `insert`), replayable in any subset. The inserts
 * are what breaks each reader: YAML anchors, aliases, merge keys, tags, tabs, duplicate keys and
 * documents; Handlebars blocks and runtime `{{ }}` for templates; cut-off JSON.
 */
import type { Random } from './random.js';

export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

export type TextFlavour = 'yaml' | 'template' | 'json';

const YAML_INSERTS = [
  '&a ', '*a', '*undefined_alias', '<<: *a\n', '!!binary ', '!!js/function ', '!custom ', '!!set ', '!!omap ', '? complex\n', '\t', '\n---\n', '\n...\n',
  ': ', ' #', '"', "'", '|\n', '>-\n', '{', '}', '[', ']', ',', '- ', '\ufeff', '\u0000', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '~', 'null', '.inf', '0x1F', '0o17', '1e400',
  '{{ x }}', '${params.', '$${', '${params.__proto__}', '__proto__: {}\n', 'constructor: 1\n', 'x: &b [*b]\n',
  'a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n',
];
const TEMPLATE_INSERTS = ['[[', ']]', '[[#if x]]', '[[/if]]', '[[#each items]]', '[[/each]]', '[[@', '[[@name]]', '[[>partial]]', '[[!-- c --]]', '{{', '}}', '{%', '%}', '[[companyName', '[[../x]]', '[[this]]', '[[lookup . "x"]]', '[[@root.x]]', '\\[[', '"', '\u0000', '😀'];
const JSON_INSERTS = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u12', 'null', '-', '1e', '\u0000', '\ufeff', '/*', '//'];

const INSERTS: Record<TextFlavour, readonly string[]> = { yaml: YAML_INSERTS, template: TEMPLATE_INSERTS, json: JSON_INSERTS };

/** A place to edit: biased towards line starts and after ": " so YAML edits hit keys and values. */
function placeIn(random: Random, text: string): number {
  if (text.length === 0 || random.chance(0.3)) return random.below(text.length + 1);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && lineStarts.length < 5000; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const line = random.pick(lineStarts);
  const colon = text.indexOf(': ', line);
  return random.chance(0.5) && colon !== -1 ? colon + 2 : line;
}

export function drawTextEdit(random: Random, text: string, flavour: TextFlavour): TextEdit {
  const at = placeIn(random, text);
  switch (random.below(6)) {
    case 0: return { at, remove: random.below(40), insert: '' };
    case 1: {
      // A line (or a run of characters) repeated: duplicate keys, doubled blocks.
      const end = text.indexOf('\n', at);
      const piece = text.slice(at, end === -1 ? text.length : end + 1);
      return { at, remove: 0, insert: piece };
    }
    case 2: return { at: 0, remove: 0, insert: ' '.repeat(random.below(3) + 1) };
    default: return { at, remove: random.below(3), insert: random.pick(INSERTS[flavour]) };
  }
}

export function applyTextEdit(text: string, edit: TextEdit): string {
  const at = Math.min(edit.at, text.length);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
}

export function mutateText(random: Random, text: string, count: number, flavour: TextFlavour): { value: string; edits: TextEdit[] } {
  let value = text;
  const edits: TextEdit[] = [];
  for (let i = 0; i < count; i++) {
    const edit = drawTextEdit(random, value, flavour);
    value = applyTextEdit(value, edit);
    edits.push(edit);
  }
  return { value, edits };
}

export function replayText(text: string, edits: readonly TextEdit[]): string {
  return edits.reduce(applyTextEdit, text);
}
