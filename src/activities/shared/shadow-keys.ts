/**
 * Flow Designer's "shadow key" convention (docs/webex-flow-format.md §4): a field filled from a
 * dropdown is written again as `F:name`, `F_name`, `F:type`, `F_type` … . The new-era (2024+) sets
 * below are read off ZD24 (corpus/hnavilur__…/zendesk-datadip-template__Zendesk_HTTP_Template.json).
 */

/**
 * What follows a field's name in its shadow keys (after `:` or `_`), longest first so that
 * `F:name:name` is read as `name:name`, not `name`. The one list the emitter, diff and its wording use.
 */
export const SHADOW_SUFFIXES = ['name:name', 'radioName', 'input', 'name', 'type'] as const;
export type ShadowSuffix = (typeof SHADOW_SUFFIXES)[number];

const SUFFIX = `(${SHADOW_SUFFIXES.join('|')})`;
const ANY_SHADOW = new RegExp(`[:_]${SUFFIX}$`);
const UNDERSCORE_SHADOW = new RegExp(`^[A-Za-z]+_${SUFFIX}$`);

/** Whether `key` is a shadow key of some field (`F:name`, `F_type`, `F:name:name`, …). */
export const isShadowKey = (key: string): boolean => ANY_SHADOW.test(key);

/** Whether `key` is the underscore copy `F_suffix` of a plain field name (widget properties drop those). */
export const isUnderscoreShadow = (key: string): boolean => key.includes('_') && UNDERSCORE_SHADOW.test(key);

/** The `F:suffix` twin of an underscore shadow key `F_suffix` (which always repeats it), or undefined. */
export function colonTwin(key: string): string | undefined {
  const suffix = SHADOW_SUFFIXES.find((s) => key.endsWith(`_${s}`));
  return suffix === undefined ? undefined : `${key.slice(0, -suffix.length - 1)}:${suffix}`;
}

/** `F:type`/`F_type` (null), `F:name`/`F_name` and `F:name:name`/`F_name:name` (display name). */
export function selectShadows(field: string, displayName: string | null, withNameName: boolean): Record<string, unknown> {
  const keys: Record<string, unknown> = {
    [`${field}:type`]: null,
    [`${field}_type`]: null,
    [`${field}:name`]: displayName,
    [`${field}_name`]: displayName,
  };
  if (withNameName) {
    keys[`${field}:name:name`] = displayName;
    keys[`${field}_name:name`] = displayName;
  }
  return keys;
}

/** `F:input`/`F_input`: the per-entry descriptions of a list editor. */
export function inputShadows(field: string, inputs: readonly string[]): Record<string, unknown> {
  return { [`${field}:input`]: [...inputs], [`${field}_input`]: [...inputs] };
}

/** `F:radioName`/`F_radioName`: which radio option was chosen. */
export function radioShadows(field: string, radio: string): Record<string, unknown> {
  return { [`${field}:radioName`]: radio, [`${field}_radioName`]: radio };
}
