/**
 * Prompts (Play Message, Menu, Collect Digits): an empty entry in the ordered prompt list is a flow
 * validation error, and a prompt holds at most 5 items (docs/webex-activities-and-api.md §1.1,
 * §1.3, from H1). Cisco documents no character limit for Cisco Cloud TTS (H1); its voices are
 * Google's (`en-US-Standard-C`), whose synthesis request takes at most 5,000 bytes of text
 * (Google Cloud Text-to-Speech quotas; our inference [I] that the limit applies), so a longer text
 * is a warning. The DSL's zod schema already refuses empty and sixth items (FG010); this rule reads
 * exports (kept as raw activities when a prompt cannot be typed) and checks lengths everywhere.
 */
import { renderText } from '../../ir/template.js';
import { defineRule } from '../context.js';
import { exportedProperties, settingFacts } from '../exported-properties.js';

export const MAX_PROMPT_ITEMS = 5;
export const MAX_TTS_BYTES = 5000;

interface Item {
  kind: 'tts' | 'audio';
  text: string;
  path: string | undefined;
}

export const invalidPrompt = defineRule({
  code: 'FG302',
  name: 'invalid-prompt',
  defaultSeverity: 'error',
  check({ index, report }) {
    const file = index.flow.file ?? '<flow>';
    for (const activity of index.activities.values()) {
      const { ir, options } = activity;
      const exported = exportedProperties(activity);
      const facts = settingFacts(activity);
      let items: Item[] | undefined;
      if (exported && facts?.exportedPrompt) items = facts.exportedPrompt(exported.properties);
      else if (facts?.ttsItems && options !== undefined) {
        items = (facts.ttsItems(options) ?? []).map((t) => ({ kind: 'tts' as const, text: renderText(t), path: undefined }));
      }
      if (!items) continue;
      const at = (path: string | undefined) => ir.at ?? { file, activity: ir.name, ...(path ? { path } : {}) };
      if (items.length > MAX_PROMPT_ITEMS) {
        report({
          message: `"${ir.name}" has ${items.length} prompt items; Flow Designer allows ${MAX_PROMPT_ITEMS}.`,
          location: at(undefined),
          hint: 'Merge the texts, or split the prompt over two activities.',
          data: { activity: ir.name, problem: 'too-many', count: items.length },
        });
      }
      items.forEach((item, i) => {
        if (item.text.trim() === '') {
          report({
            message: `Prompt item ${i + 1} of "${ir.name}" is empty.`,
            location: at(item.path),
            hint: item.kind === 'tts' ? 'Write the text to speak, or remove the item.' : 'Choose the audio file, or remove the item.',
            data: { activity: ir.name, problem: 'empty', item: i + 1 },
          });
        } else if (item.kind === 'tts' && Buffer.byteLength(item.text, 'utf8') > MAX_TTS_BYTES) {
          report({
            message: `Prompt item ${i + 1} of "${ir.name}" is ${Buffer.byteLength(item.text, 'utf8')} bytes of text; text-to-speech takes at most ${MAX_TTS_BYTES}.`,
            location: at(item.path),
            hint: 'Split the text over several prompt items.',
            data: { activity: ir.name, problem: 'too-long', item: i + 1 },
            severity: 'warning',
          });
        }
      });
    }
  },
});
