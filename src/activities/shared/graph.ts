/**
 * What a kind contributes to a drawing of the flow (`flowgen graph`, house style §3): the one
 * setting that tells an activity of the kind apart at a glance. A kind's `summary` returns parts
 * (plain words, runtime text, spoken text, a whole expression, a prompt) and `summaryLine` turns
 * them into one line of plain text; the graph renderers shorten that line to the room they have
 * and escape it for their format. Parts rather than a string keep every module free of rendering
 * helpers: the module says what is telling, this file says how it reads.
 */
import { renderText } from '../../ir/template.js';
import type { Template } from '../../ir/types.js';
import type { PromptOptions } from './prompt.js';

export type SummaryPart =
  /** Words as they are: a queue's name, `GET`, `→`. */
  | string
  /** Runtime text as Webex will hold it, `{{ }}` included (a path, a URL, a value). */
  | { template: Template }
  /** Text a caller hears, shown in quotes. */
  | { spoken: Template }
  /** A whole expression (a condition, a case value), shown without its outer `{{ }}`. */
  | { expression: Template }
  /** A prompt: its TTS texts in quotes, or its audio files' names. */
  | { prompt: PromptOptions };

/** The parts of an activity's summary, joined by single spaces; undefined when nothing tells. */
export type ActivitySummary = readonly SummaryPart[] | undefined;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `{{ a == b }}` → `a == b`; text that is not one whole expression stays as it is. */
function withoutBraces(rendered: string): string {
  const match = /^\s*\{\{([\s\S]*)\}\}\s*$/.exec(rendered);
  return match && !match[1]!.includes('{{') && !match[1]!.includes('}}') ? match[1]! : rendered;
}

function partText(part: SummaryPart): string {
  if (typeof part === 'string') return part;
  if ('template' in part) return renderText(part.template);
  if ('spoken' in part) return `"${oneLine(renderText(part.spoken))}"`;
  if ('expression' in part) return withoutBraces(renderText(part.expression));
  if (part.prompt.tts) return part.prompt.tts.map((t) => `"${oneLine(renderText(t))}"`).join(' ');
  return (part.prompt.audio ?? []).map((a) => (typeof a === 'string' ? a : renderText(a))).join(', ');
}

/** The summary as one line of plain text, or undefined when it is empty. */
export function summaryLine(summary: ActivitySummary): string | undefined {
  if (!summary) return undefined;
  const line = oneLine(summary.map(partText).filter((t) => t.trim() !== '').join(' '));
  return line === '' ? undefined : line;
}
