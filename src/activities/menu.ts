/**
 * Menu (`ivr-menu`): a prompt, then one branch per DTMF digit. Limits from
 * docs/webex-activities-and-api.md §1.3: 1–10 branches, digits 0–9, each at most once; No-Input
 * Timeout default 3 s. Catalogue id 5f1145ceef5cfc454fbbf134 (US/EU), group `enum-gateway`;
 * ports: the digits, `timeout`, `invalid`, `error` (docs/webex-flow-format.md §7.3). ZD22/ZD24
 * write `entryTimeout` as the string "10"; the digit descriptions go to `menuLinks:input`.
 */
import { z } from 'zod';
import { defineActivity } from './define-activity.js';
import { numberOf } from './shared/from-webex.js';
import { promptFromWebex, promptOptionShape, promptProperties, promptTemplates, refinePrompt } from './shared/prompt.js';
import { inputShadows } from './shared/shadow-keys.js';

export const MENU_DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type MenuDigit = (typeof MENU_DIGITS)[number];

const options = z
  .strictObject({
    ...promptOptionShape,
    /** Digit → description of the choice ("agent"); the description is cosmetic. */
    choices: z
      .partialRecord(z.enum(MENU_DIGITS), z.string())
      .refine((c) => Object.keys(c).length >= 1 && Object.keys(c).length <= 10, { message: 'a menu has 1 to 10 choices' }),
    /** Seconds to wait for a digit. */
    entryTimeoutSeconds: z.number().int().min(1).max(60).default(3),
    /** Whether the caller may key a digit while the prompt plays. */
    interruptible: z.boolean().default(true),
  })
  .superRefine(refinePrompt);
export type MenuOptions = z.infer<typeof options>;

const digitsOf = (o: MenuOptions): string[] => Object.keys(o.choices).sort();

export const menu = defineActivity({
  kind: 'menu',
  options,
  ports: (o) => [...digitsOf(o), 'timeout', 'invalid', 'error'],
  templates: (o) => promptTemplates(o),
  outputs: ['OptionEntered'],
  webex: { activityName: 'ivr-menu', activityId: '5f1145ceef5cfc454fbbf134', group: 'enum-gateway', description: true },
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
    const choices = Object.fromEntries(links.map((digit, i) => [digit, Array.isArray(inputs) && typeof inputs[i] === 'string' ? inputs[i] : String(digit)]));
    return { ...prompt, choices, entryTimeoutSeconds: numberOf(p['entryTimeout']), interruptible: p['interruptible'] === true };
  },
});
