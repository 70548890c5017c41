/**
 * Stable identifiers derived from names, so that the same flow always compiles to the same bytes
 * and a rename shows up in a diff as exactly one changed id.
 *
 * Webex exports use random UUID v4 strings inside the graph and 24-hex ObjectIds for the flow and
 * version (docs/webex-flow-format.md §2, §12). We keep those shapes but derive the bits from a hash.
 */
import * as crypto from 'node:crypto';

/**
 * Node's one-shot `crypto.hash` (20.12+) where it exists: a quarter of the cost of a Hash object
 * per id, which was a sixth of a large compile. Same SHA-256, same hex.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string) => string }).hash;
const sha256Hex = oneShot ? (text: string): string => oneShot('sha256', text) : (text: string): string => crypto.createHash('sha256').update(text).digest('hex');

function digest(parts: readonly string[]): string {
  // A separator that cannot occur in names keeps ("ab","c") and ("a","bc") apart.
  return sha256Hex(parts.join('\u0000'));
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
