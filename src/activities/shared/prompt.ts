/**
 * The prompt settings that Play Message and Menu share: Cisco Cloud TTS text or audio files, the
 * TTS connector and the voice. Limits from docs/webex-activities-and-api.md §1.3 (up to 5 prompt
 * items; speaking rate 0.25–4.0; volume gain −96 to 16 dB). Key set and order from ZD24's
 * `WelcomeMessage` and `ConfirmationMenu` (2024 export); numbers are strings there ("1.0").
 */
import { z } from 'zod';
import { renderText } from '../../ir/template.js';
import type { Template } from '../../ir/types.js';
import { templateSchema } from './schemas.js';
import { defined, numberOf, textTemplate } from './from-webex.js';
import { listValue, literal, optionalLiteral, templateValue, textValue, type PrintedEntry } from './print-input.js';
import { selectShadows } from './shadow-keys.js';
import { DESCRIBED_KEYS, type Described, type Text } from './factory.js';
import { compact, textList } from './factory-input.js';

/** The connector name 2024+ exports write for Cisco's own TTS (ERR24, QT24, ZD24, HW). */
export const CISCO_CLOUD_TTS = 'Cisco Cloud Text-to-Speech';

export const promptOptionShape = {
  /** Text spoken by Cisco Cloud TTS, one entry per prompt item. */
  tts: z.array(templateSchema).min(1).max(5).optional(),
  /** Audio files from the tenant's prompt store (`welcome.wav`), or templates that yield a file name. */
  audio: z.array(z.union([z.string().min(1), templateSchema])).min(1).max(5).optional(),
  /** TTS voice, e.g. `en-US-Standard-C`. */
  voice: z.string().min(1).optional(),
  /** TTS connector name or id. */
  ttsConnector: z.string().min(1).optional(),
  speakingRate: z.number().min(0.25).max(4).optional(),
  volumeGainDb: z.number().min(-96).max(16).optional(),
};

export interface PromptOptions {
  tts?: Template[] | undefined;
  audio?: (string | Template)[] | undefined;
  voice?: string | undefined;
  ttsConnector?: string | undefined;
  speakingRate?: number | undefined;
  volumeGainDb?: number | undefined;
}

/** Exactly one of `tts` and `audio`, as Flow Designer's toggle allows. */
export function refinePrompt(options: PromptOptions, ctx: z.RefinementCtx): void {
  const count = (options.tts ? 1 : 0) + (options.audio ? 1 : 0);
  if (count !== 1) {
    ctx.addIssue({ code: 'custom', path: ['tts'], message: 'give exactly one of "tts" (text-to-speech) and "audio" (prompt files)' });
  }
  for (const [index, template] of (options.tts ?? []).entries()) {
    if (template.parts.every((p) => ('text' in p && p.text.trim() === '') || ('value' in p && p.value.trim() === ''))) {
      ctx.addIssue({ code: 'custom', path: ['tts', index], message: 'a TTS prompt must not be empty' });
    }
  }
}

export function promptTemplates(options: PromptOptions): Template[] {
  return [...(options.tts ?? []), ...(options.audio ?? []).filter((a): a is Template => typeof a !== 'string')];
}

const numberText = (n: number | undefined): string | null => (n === undefined ? null : Number.isInteger(n) ? n.toFixed(1) : String(n));

/** Prompt options from an exported play-message or ivr-menu; undefined when not representable. */
export function promptFromWebex(p: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const voice = p['voiceLanguage:name'] ?? p['voiceLanguage'];
  const common = defined({
    voice: typeof voice === 'string' && voice ? voice : undefined,
    ttsConnector: typeof p['connector'] === 'string' && p['connector'] ? p['connector'] : undefined,
    speakingRate: numberOf(p['speakingRate']),
    volumeGainDb: numberOf(p['volumeGainDb']),
  });
  if (p['toggle'] === true && Array.isArray(p['promptsTts'])) {
    const tts = p['promptsTts'].map((e: { value?: unknown }) => textTemplate(e?.value));
    return tts.every(Boolean) ? { ...common, tts } : undefined;
  }
  if (p['toggle'] === false && Array.isArray(p['prompts'])) {
    const audio = p['prompts'].map((e: { type?: unknown; value?: unknown }) =>
      e?.type === 'audioFile' && typeof e.value === 'string' ? e.value : e?.type === 'audioPromptVariable' ? textTemplate(e.value) : undefined,
    );
    return audio.every(Boolean) ? { ...common, audio } : undefined;
  }
  return undefined;
}

/**
 * The prompt keys of a play-message or ivr-menu activity, in the 2024+ shape; given an exported
 * legacy shape (voice in `voiceLanguage`, TTS entries without `name`), in that era's shape.
 */
export function promptProperties(options: PromptOptions, exported?: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const isTts = options.tts !== undefined;
  const connector = isTts ? (options.ttsConnector ?? CISCO_CLOUD_TTS) : null;
  const voice = isTts ? (options.voice ?? null) : null;
  const legacy = exported !== undefined && !('voiceLanguage:name' in exported);
  const exportedTts = exported?.['promptsTts'];
  // Only ZD24 and HW name their TTS entries; older and subflow exports write type and value.
  const unnamed = Array.isArray(exportedTts) && exportedTts.length > 0 && exportedTts.every((e) => typeof e === 'object' && e !== null && !('name' in e));
  const entry = (t: Template) => (unnamed ? { type: 'tts', value: renderText(t) } : { type: 'tts', value: renderText(t), name: renderText(t) });
  return {
    toggle: isTts,
    promptsTts: isTts ? options.tts!.map(entry) : null,
    prompts: isTts
      ? null
      : options.audio!.map((a) =>
          typeof a === 'string' ? { type: 'audioFile', value: a } : { type: 'audioPromptVariable', value: renderText(a) },
        ),
    connector,
    ...selectShadows('connector', connector, false),
    // 2024+ exports keep `voiceLanguage` null and carry the chosen voice in its name shadows (§10).
    voiceLanguage: legacy ? voice : null,
    ...selectShadows('voiceLanguage', legacy ? null : voice, true),
    // Every 2024+ export with a chosen voice still writes null here (ZD24, HW, ERR24, QT24);
    // legacy exports say whether the voice overrides the default.
    toggleLanguage: legacy ? (exported['toggleLanguage'] ?? null) : null,
    speakingRate: numberText(options.speakingRate),
    volumeGainDb: numberText(options.volumeGainDb),
  };
}

/** The prompt part of the Play Message and Menu factories' input. */
export interface PromptInput extends Described {
  /** Text-to-speech prompt(s), spoken with Cisco Cloud TTS. */
  say?: Text | readonly Text[];
  /** Audio files from the prompt store (e.g. `welcome.wav`) instead of TTS. */
  audio?: readonly Text[];
  /** TTS voice, e.g. `en-US-Standard-C`. @default the tenant's default voice */
  voice?: string;
  /** TTS connector name. @default {@link CISCO_CLOUD_TTS} */
  ttsConnector?: string;
  /** 0.25 to 4.0. @default 1.0 */
  speakingRate?: number;
  /** −96 to 16 dB. @default 0 */
  volumeGainDb?: number;
}

/** The option names of {@link PromptInput}, for a factory's `inputKeys`. */
export const PROMPT_INPUT_KEYS = [...DESCRIBED_KEYS, 'say', 'audio', 'voice', 'ttsConnector', 'speakingRate', 'volumeGainDb'] as const;

/** A factory's prompt input → prompt options. */
export function promptOptions(input: PromptInput): Record<string, unknown> {
  return compact({
    tts: textList(input.say),
    audio: input.audio?.map((a) => (typeof a === 'string' ? a : a.template)),
    voice: input.voice,
    ttsConnector: input.ttsConnector,
    speakingRate: input.speakingRate,
    volumeGainDb: input.volumeGainDb,
  });
}

/** The prompt part of a Play Message or Menu factory input: `say` (one text or several), or `audio`. */
export function promptPrintEntries(options: PromptOptions): PrintedEntry[] {
  const tts = options.tts;
  return [
    ['say', tts === undefined ? undefined : tts.length === 1 ? textValue(tts[0]!) : listValue(tts.map(textValue))],
    // A file name stays a string; a template (a file named at run time) must stay a template.
    ['audio', options.audio && listValue(options.audio.map((a) => (typeof a === 'string' ? literal(a) : templateValue(a))))],
    ['voice', optionalLiteral(options.voice)],
    ['ttsConnector', optionalLiteral(options.ttsConnector)],
    ['speakingRate', optionalLiteral(options.speakingRate)],
    ['volumeGainDb', optionalLiteral(options.volumeGainDb)],
  ];
}
