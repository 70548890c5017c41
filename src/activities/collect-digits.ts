/**
 * Collect Digits (`ivr-collectdigits`): a prompt, then DTMF digits into `<name>.DigitsEntered`.
 * Limits from docs/webex-activities-and-api.md §1.3 "Collect Digits": digits 0–9 and A–D;
 * terminator `#` or `*` (default `#`); No-Input Timeout default 3 s; Min Digits default 1, Max
 * Digits default 10 (no upper bound documented: 32 here, the Send Digits limit); outside min/max →
 * Unmatched Entry. Catalogue id 5f1144eaef5cfc454fbbf132 (US/EU), group `action`, ports `default`,
 * `timeout`, `invalid`, `error` (docs/webex-flow-format.md §7.4, §7.14). Keys from the six CL-*
 * exports (LTRCCT-2004 `newNumber`, `collectTicket`): `minDigits` is a string there ("10"),
 * `maxDigits` mostly an integer, the timeouts integers; prompt keys as Play Message (legacy shape).
 */
import { z } from 'zod';
import { exportedPromptItems } from './shared/exported-settings.js';
import { defineActivity } from './define-activity.js';
import { defineFactory, outputRef, type Chain, type OutputRef, type Routable, type Target } from './shared/factory.js';
import { compact } from './shared/factory-input.js';
import { literal, recordValue } from './shared/print-input.js';
import { audioFileRefs } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { numberOf } from './shared/from-webex.js';
import { PROMPT_INPUT_KEYS, promptFromWebex, promptOptions, promptOptionShape, promptPrintEntries, promptProperties, promptTemplates, refinePrompt, type PromptInput } from './shared/prompt.js';

const options = z
  .strictObject({
    ...promptOptionShape,
    minDigits: z.number().int().min(1).max(32).default(1),
    maxDigits: z.number().int().min(1).max(32).default(10),
    /** The key that ends the entry. */
    terminator: z.enum(['#', '*']).default('#'),
    /** Seconds to wait for the first digit. */
    entryTimeoutSeconds: z.number().int().min(1).max(60).default(3),
    /** Seconds to wait between digits. */
    interDigitTimeoutSeconds: z.number().int().min(1).max(60).default(3),
    /** Whether the caller may key digits while the prompt plays. */
    interruptible: z.boolean().default(true),
  })
  .superRefine((o, ctx) => {
    refinePrompt(o, ctx);
    if (o.minDigits > o.maxDigits) ctx.addIssue({ code: 'custom', path: ['minDigits'], message: 'minDigits must not exceed maxDigits' });
  });
export type CollectDigitsOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface CollectDigitsInput extends PromptInput {
  /** Fewest digits, 1 to 32. */
  minDigits?: number;
  /** Most digits, 1 to 32. */
  maxDigits?: number;
  /** The key that ends the entry. */
  terminator?: '#' | '*';
  /** Seconds to wait for the first digit. */
  entryTimeoutSeconds?: number;
  /** Seconds to wait between digits. */
  interDigitTimeoutSeconds?: number;
  /** Whether the caller may key digits while the prompt plays. */
  interruptible?: boolean;
}
export interface CollectDigitsHandle extends Target, Chain<'default' | 'timeout' | 'invalid' | 'error'>, Routable<'default' | 'timeout' | 'invalid', 'error'> {
  /** `<name>.DigitsEntered`: what the caller keyed. */
  readonly digits: OutputRef<'string'>;
}

export const collectDigits = defineActivity({
  kind: 'collect-digits',
  options,
  factory: defineFactory<{
    /** Collect Digits: a prompt, then the caller's DTMF digits into `<handle>.digits`. */
    collectDigits(name: string, input: CollectDigitsInput): CollectDigitsHandle;
  }>()({
    method: 'collectDigits',
    inputKeys: [...PROMPT_INPUT_KEYS, 'minDigits', 'maxDigits', 'terminator', 'entryTimeoutSeconds', 'interDigitTimeoutSeconds', 'interruptible'],
    options: (input) => ({
      ...promptOptions(input),
      ...compact({
        minDigits: input.minDigits,
        maxDigits: input.maxDigits,
        terminator: input.terminator,
        entryTimeoutSeconds: input.entryTimeoutSeconds,
        interDigitTimeoutSeconds: input.interDigitTimeoutSeconds,
        interruptible: input.interruptible,
      }),
    }),
    mainPort: 'default',
    handle: (name) => ({ digits: outputRef(`${name}.DigitsEntered`) }),
  }),
  printInput: (o) =>
    recordValue([
      ...promptPrintEntries(o),
      ['minDigits', literal(o.minDigits)],
      ['maxDigits', literal(o.maxDigits)],
      ['terminator', literal(o.terminator)],
      ['entryTimeoutSeconds', literal(o.entryTimeoutSeconds)],
      ['interDigitTimeoutSeconds', literal(o.interDigitTimeoutSeconds)],
      ['interruptible', literal(o.interruptible)],
    ]),
  resources: (o) => audioFileRefs(o.audio, 'audio'),
  ports: () => ['default', 'timeout', 'invalid', 'error'],
  // Entry Timeout and Unmatched Entry are error paths, as a menu's (docs/webex-activities-and-api.md §1.3).
  designerRequiredPorts: () => ['default'],
  templates: (o) => promptTemplates(o),
  outputs: ['DigitsEntered'],
  webex: { activityName: 'ivr-collectdigits', activityId: catalogueId('ivr-collectdigits'), group: 'action', description: true },
  summary: (o) => [o.minDigits === o.maxDigits ? `${o.maxDigits} digits` : `${o.minDigits}-${o.maxDigits} digits`, `ending ${o.terminator}`],
  // Fewer than minDigits or more than maxDigits keys are `invalid`; no key at all is `timeout` (docs §1.3).
  simulate: (o, call) => {
    const answer = call.collectDigits({
      prompts: (o.tts ?? []).map((t) => call.render(t)),
      audio: (o.audio ?? []).map((a) => (typeof a === 'string' ? a : call.render(a))),
      timeoutSeconds: o.entryTimeoutSeconds,
      interDigitTimeoutSeconds: o.interDigitTimeoutSeconds,
      minDigits: o.minDigits,
      maxDigits: o.maxDigits,
      terminator: o.terminator,
      interruptible: o.interruptible,
    });
    if ('timeout' in answer) return { port: 'timeout' };
    call.output('DigitsEntered', answer.digits);
    return { port: answer.digits.length < o.minDigits || answer.digits.length > o.maxDigits ? 'invalid' : 'default' };
  },
  toWebex: (o, exported) => ({
    ...promptProperties(o, exported),
    minDigits: String(o.minDigits),
    maxDigits: o.maxDigits,
    terminatorSymbol: o.terminator,
    entryTimeout: o.entryTimeoutSeconds,
    interDigitTimeout: o.interDigitTimeoutSeconds,
    interruptible: o.interruptible,
  }),
  fromWebex: (p) => {
    const prompt = promptFromWebex(p);
    if (!prompt) return undefined;
    return {
      ...prompt,
      minDigits: numberOf(p['minDigits']),
      maxDigits: numberOf(p['maxDigits']),
      terminator: p['terminatorSymbol'] ?? undefined,
      entryTimeoutSeconds: numberOf(p['entryTimeout']),
      interDigitTimeoutSeconds: numberOf(p['interDigitTimeout']),
      interruptible: p['interruptible'] === true,
    };
  },
  settings: {
    ranges: [
      { key: 'entryTimeout', min: 1, max: Infinity, label: 'no-input timeout (s)' },
      { key: 'interDigitTimeout', min: 1, max: Infinity, label: 'inter-digit timeout (s)' },
    ],
    playsAudio: true,
    ttsItems: (o) => o.tts,
    exportedPrompt: exportedPromptItems,
  },
});
