/**
 * What the validator's settings rules ask of an activity kind (house style §3: "the settings
 * rules check (ranges, 'plays audio', credentials)" live in the kind's module), so that no rule
 * names a Webex property key or `activityName`. A rule finds the module of an activity, typed or
 * kept raw from an export, and reads these facts; a kind without them has none of these settings.
 */
import type { Template } from '../../ir/types.js';
import type { ExportedPromptItem } from './exported-settings.js';

/**
 * A numeric setting of an exported activity and the range Flow Designer accepts for it (FG303).
 * These are Flow Designer's ranges, wider than flowgen's own options where flowgen is stricter
 * (a menu's timeout is 1-60 s in the DSL, any positive number in an export).
 */
export interface SettingRange {
  /** The Webex property key (`properties.<key>`). */
  key: string;
  min: number;
  max: number;
  integer?: boolean;
  /** Values accepted outside the range (Play Music's -1, written by Flow Designer itself). */
  allow?: readonly number[];
  /** The setting as Flow Designer's panel names it, for messages. */
  label: string;
}

export interface SettingFacts<Options = any> {
  /** Numeric settings of an export with the ranges Flow Designer accepts (setting-out-of-range, FG303). */
  ranges?: readonly SettingRange[];
  /**
   * The caller hears something while the activity runs (music, a prompt, a virtual agent, a
   * subflow's queue treatment, a message on a messaging channel), so a queue followed by it is
   * not silent (silent-queue, FG304).
   */
  playsAudio?: boolean;
  /** The activity queues the call: what follows its `default` port is what the caller waits with (FG304). */
  queuesCall?: boolean;
  /** What a request written in flowgen sends: headers, query parameters, its path or URL (FG401, FG402). */
  request?(options: Options): SentRequest;
  /** The TTS items of a prompt written in flowgen, from its options (invalid-prompt, FG302). */
  ttsItems?(options: Options): readonly Template[] | undefined;
  /** The ordered prompt items of an export (invalid-prompt, FG302). */
  exportedPrompt?(properties: Readonly<Record<string, unknown>>): ExportedPromptItem[] | undefined;
  /** A menu's digits as exported, and where they are (invalid-menu-digits, FG301). */
  exportedDigits?: { read(properties: Readonly<Record<string, unknown>>): unknown[] | undefined; path: string };
}

export interface SentRequest {
  headers: Readonly<Record<string, Template>>;
  query: Readonly<Record<string, Template>>;
  /** The path (relative to a connector) or full URL, with a query string perhaps. */
  target?: { template: Template; is: 'path' | 'URL' };
}

/** Speaking rate and volume gain, which every prompt has (docs/webex-activities-and-api.md §1.3-1.4, H1). */
export const PROMPT_RANGES: readonly SettingRange[] = [
  { key: 'speakingRate', min: 0.25, max: 4, label: 'speaking rate' },
  { key: 'volumeGainDb', min: -96, max: 16, label: 'volume gain (dB)' },
];
