/**
 * Play Message: speaks TTS text or plays audio files. Webex: activityName `play-message`,
 * catalogue id 5f114466ef5cfc454fbbf131 (US/EU, docs/webex-flow-format.md §7.2), group `action`,
 * ports `default` and `error` (2024+ widgets always carry `error`). Keys from ZD24 `WelcomeMessage`.
 */
import { z } from 'zod';
import { PROMPT_RANGES } from './shared/setting-facts.js';
import { exportedPromptItems } from './shared/exported-settings.js';
import { defineActivity } from './define-activity.js';
import { audioFileRefs } from './shared/resources.js';
import { catalogueId } from './shared/regions.js';
import { defineFactory, type Chain, type Target } from './shared/factory.js';
import { recordValue } from './shared/print-input.js';
import { PROMPT_INPUT_KEYS, promptFromWebex, promptOptions, promptOptionShape, promptPrintEntries, promptProperties, promptTemplates, refinePrompt, type PromptInput } from './shared/prompt.js';

const options = z.strictObject(promptOptionShape).superRefine(refinePrompt);
export type PlayMessageOptions = z.infer<typeof options>;

export type PlayMessageInput = PromptInput;
export type PlayMessageHandle = Target & Chain<'default' | 'error'>;

export const playMessage = defineActivity({
  kind: 'play-message',
  options,
  factory: defineFactory<{
    /** Play Message: speaks TTS text (`say`) or plays audio files (`audio`). */
    playMessage(name: string, input: PlayMessageInput): PlayMessageHandle;
  }>()({
    method: 'playMessage',
    inputKeys: PROMPT_INPUT_KEYS,
    options: (input) => promptOptions(input),
    mainPort: 'default',
  }),
  printInput: (o) => recordValue(promptPrintEntries(o)),
  resources: (o) => audioFileRefs(o.audio, 'audio'),
  ports: () => ['default', 'error'],
  templates: (o) => promptTemplates(o),
  webex: { activityName: 'play-message', activityId: catalogueId('play-message'), group: 'action', description: true },
  summary: (o) => [{ prompt: o }],
  simulate: (o, call) => {
    if (o.tts) call.say(o.tts.map((t) => call.render(t)));
    else call.playAudio((o.audio ?? []).map((a) => (typeof a === 'string' ? a : call.render(a))));
    return { port: 'default' };
  },
  toWebex: (o, exported) => promptProperties(o, exported),
  fromWebex: (p) => promptFromWebex(p),
  settings: { ranges: PROMPT_RANGES, playsAudio: true, ttsItems: (o) => o.tts, exportedPrompt: exportedPromptItems },
});
