/**
 * Flow Designer's "shadow key" convention (docs/webex-flow-format.md §4): a field filled from a
 * dropdown is written again as `F:name`, `F_name`, `F:type`, `F_type` … . The new-era (2024+) sets
 * below are read off ZD24 (corpus/hnavilur__…/zendesk-datadip-template__Zendesk_HTTP_Template.json).
 */

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
