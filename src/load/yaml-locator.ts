/**
 * Where things are in a YAML text: a path of keys and indexes (what zod and the loaders speak) to
 * the file, line and column of its node, read through the parser's `LineCounter`.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from '../util/yaml.js';
import type { SourceLocation } from '../diagnostics/diagnostic.js';

export type Path = readonly (string | number)[];

/** `activities.Greet.options.tts[0]`: a path as messages show it. */
export const pathText = (path: Path): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

/** Where things are in the YAML text. */
export class Locator {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  /**
   * The node at `path` (its key with `key`), as a location. A path that leaves the document (a
   * missing key) ends at the key of the deepest mapping entry it reached.
   */
  locate(path: Path, options: { key?: boolean } = {}): SourceLocation {
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    let complete = true;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (!pair) {
          complete = false;
          break;
        }
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        complete = false;
        break;
      }
    }
    const target = ((options.key || !complete) && keyNode ? keyNode : node) as YamlNode | undefined;
    return this.at(target?.range?.[0] ?? 0);
  }
}
