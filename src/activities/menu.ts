/**
 * Menu (`ivr-menu`): a prompt, then one branch per key of the telephone keypad. Catalogue id
 * 5f1145ceef5cfc454fbbf134 (US/EU), group `enum-gateway`; ports: the keys, `timeout`, `invalid`,
 * `error` (docs/webex-flow-format.md §7.3). ZD22/ZD24 write `entryTimeout` as the string "10";
 * the key descriptions go to `menuLinks:input`. No-Input Timeout default 3 s
 * (docs/webex-activities-and-api.md §1.3).
 *
 * Keys and how many: the help article says "1–10 branches, digits 0–9" (§1.3), but Flow Designer
 * itself offers `#` and `*` as menu keys (the V2 validator's port list has them, §1.2 "0–9, (#, *
 * per M1)") and Cisco's own Menu Auto-Attendant template (hnavilur/webex-contact-center-flows
 * `menu_autoattendant_template/Menu_AutoAttendant_Template.json` @ fdda553) publishes a menu with
 * 11 choices, `menuLinks` ["1"…"9","#","*"], and links whose `conditionExpr` is "#" and "*". So a
 * menu offers any of the 12 keys, each at most once: 1 to 12 choices. No source shows a smaller
 * cap once `#` and `*` are keys; the article's 10 is the count of 0–9. Order: digits ascending,
 * then `#`, then `*` (the template's order); on the widget `#` and `*` come after `error`, as in
 * that export (they were added to the UI after the other ports).
 */
import { z } from 'zod';
import { PROMPT_RANGES } from './shared/setting-facts.js';
import { MENU_DIGITS_PATH, exportedMenuDigits, exportedPromptItems } from './shared/exported-settings.js';
import { defineActivity } from './define-activity.js';
import { defineFactory, type Routable, type Target } from './shared/factory.js';
import { compact } from './shared/factory-input.js';
import { PROMPT_INPUT_KEYS, promptOptions, type PromptInput } from './shared/prompt.js';
import { audioFileRefs } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { numberOf } from './shared/from-webex.js';
import { literal, recordValue } from './shared/print-input.js';
import { promptFromWebex, promptOptionShape, promptPrintEntries, promptProperties, promptTemplates, refinePrompt } from './shared/prompt.js';
import { inputShadows } from './shared/shadow-keys.js';

/** The keys a menu may offer, in the order they are written: 0-9, then `#`, then `*`. */
export const MENU_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*'] as const;
export type MenuDigit = (typeof MENU_DIGITS)[number];
/** Every key once. */
export const MAX_MENU_CHOICES = MENU_DIGITS.length;
const SYMBOL_KEYS: readonly string[] = ['#', '*'];

const options = z
  .strictObject({
    ...promptOptionShape,
    /** Digit → description of the choice ("agent"); the description is cosmetic. */
    choices: z
      .partialRecord(z.enum(MENU_DIGITS), z.string())
      .refine((c) => Object.keys(c).length >= 1, { message: `a menu has 1 to ${MAX_MENU_CHOICES} choices` }),
    /** Seconds to wait for a digit. */
    entryTimeoutSeconds: z.number().int().min(1).max(60).default(3),
    /** Whether the caller may key a digit while the prompt plays. */
    interruptible: z.boolean().default(true),
  })
  .superRefine(refinePrompt);
export type MenuOptions = z.infer<typeof options>;

const digitsOf = (o: MenuOptions): string[] => MENU_DIGITS.filter((d) => o.choices[d] !== undefined);

/** A menu key: a digit written as a number (`1`) or a string (`'1'`), or `'#'` or `'*'`. */
export type DigitKey = MenuDigit | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface MenuInput<D extends DigitKey> extends PromptInput {
  /** Key → what the choice means (shown in Flow Designer). One to twelve keys: 0-9, `#`, `*`. */
  choices: { readonly [K in D]: string };
  /** Seconds to wait for a digit. */
  entryTimeoutSeconds?: number;
  /** Whether a digit may interrupt the prompt. */
  interruptible?: boolean;
}
export type MenuHandle<D extends string> = Target & Routable<D | 'timeout' | 'invalid', 'error'>;

export const menu = defineActivity({
  kind: 'menu',
  options,
  factory: defineFactory<{
    /** Menu: plays a prompt and routes by the digit pressed; `routes` needs every key, `timeout` and `invalid`. */
    menu<const D extends DigitKey>(name: string, input: MenuInput<D>): MenuHandle<`${D}`>;
  }>()({
    method: 'menu',
    inputKeys: [...PROMPT_INPUT_KEYS, 'choices', 'entryTimeoutSeconds', 'interruptible'],
    options: (input) => ({
      ...promptOptions(input),
      ...compact({ choices: { ...input.choices }, entryTimeoutSeconds: input.entryTimeoutSeconds, interruptible: input.interruptible }),
    }),
  }),
  printInput: (o) =>
    recordValue([...promptPrintEntries(o), ['choices', literal(o.choices)], ['entryTimeoutSeconds', literal(o.entryTimeoutSeconds)], ['interruptible', literal(o.interruptible)]]),
  resources: (o) => audioFileRefs(o.audio, 'audio'),
  ports: (o) => {
    const keys = digitsOf(o);
    return [...keys.filter((k) => !SYMBOL_KEYS.includes(k)), 'timeout', 'invalid', 'error', ...keys.filter((k) => SYMBOL_KEYS.includes(k))];
  },
  requiredPorts: (o) => [...digitsOf(o), 'timeout', 'invalid'],
  // No-Input Timeout and Unmatched Entry are error paths (docs/webex-activities-and-api.md §1.3):
  // Cisco's Recording template was published with both unwired on three menus.
  designerRequiredPorts: (o) => digitsOf(o),
  templates: (o) => promptTemplates(o),
  outputs: ['OptionEntered'],
  webex: { activityName: 'ivr-menu', activityId: catalogueId('ivr-menu'), group: 'enum-gateway', description: true },
  summary: (o) => [digitsOf(o).map((digit) => { const choice = o.choices[digit as MenuDigit]; return choice && choice !== digit ? `${digit} ${choice}` : digit; }).join(' · ')],
  // One key; no key within the timeout is `timeout`, a key without a branch `invalid` (docs §1.3).
  simulate: (o, call) => {
    const answer = call.collectDigits({
      prompts: (o.tts ?? []).map((t) => call.render(t)),
      audio: (o.audio ?? []).map((a) => (typeof a === 'string' ? a : call.render(a))),
      timeoutSeconds: o.entryTimeoutSeconds,
      maxDigits: 1,
      interruptible: o.interruptible,
    });
    if ('timeout' in answer) return { port: 'timeout' };
    const digit = answer.digits.charAt(0);
    call.output('OptionEntered', digit);
    return { port: digit in o.choices ? digit : 'invalid' };
  },
  toWebex: (o, exported) => {
    const digits = digitsOf(o);
    const inputs = digits.map((d) => o.choices[d as MenuDigit] ?? d);
    return {
      ...promptProperties(o, exported),
      menuLinks: digits,
      ...inputShadows('menuLinks', inputs),
      entryTimeout: String(o.entryTimeoutSeconds),
      interruptible: o.interruptible,
    };
  },
  fromWebex: (p) => {
    const prompt = promptFromWebex(p);
    const links = p['menuLinks'];
    const inputs = p['menuLinks:input'];
    if (!prompt || !Array.isArray(links) || !links.every((l) => typeof l === 'string' || typeof l === 'number')) return undefined;
    // Any list comes in: keys outside the keypad, duplicates or a wrong order fail the options
    // check and keep the activity raw, and FG301 says what is wrong with it.
    const choices = Object.fromEntries(links.map((digit, i) => [String(digit), Array.isArray(inputs) && typeof inputs[i] === 'string' ? inputs[i] : String(digit)]));
    if (Object.keys(choices).length !== links.length) return undefined;
    return { ...prompt, choices, entryTimeoutSeconds: numberOf(p['entryTimeout']), interruptible: p['interruptible'] === true };
  },
  settings: {
    ranges: [...PROMPT_RANGES, { key: 'entryTimeout', min: 1, max: Infinity, label: 'no-input timeout (s)' }],
    playsAudio: true,
    ttsItems: (o) => o.tts,
    exportedPrompt: exportedPromptItems,
    exportedDigits: { read: exportedMenuDigits, path: MENU_DIGITS_PATH },
  },
});
