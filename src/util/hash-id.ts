/**
 * Stable identifiers derived from names, so that the same flow always compiles to the same bytes
 * and a rename shows up in a diff as exactly one changed id.
 *
 * Webex exports use random UUID v4 strings inside the graph and 24-hex ObjectIds for the flow and
 * version (docs/webex-flow-format.md §2, §12). We keep those shapes but derive the bits from a hash.
 */
import { createHash } from 'node:crypto';

function digest(parts: readonly string[]): string {
  // A separator that cannot occur in names keeps ("ab","c") and ("a","bc") apart.
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** A UUID v4-shaped id (version and variant bits set) derived from `parts`. */
export function stableUuid(...parts: string[]): string {
  const h = digest(parts);
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A 24-hex-digit id in the style of the MongoDB ObjectIds Webex uses for flows and versions. */
export function stableObjectId(...parts: string[]): string {
  return digest(parts).slice(0, 24);
}
