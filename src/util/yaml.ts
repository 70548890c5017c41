/**
 * The parts of the `yaml` package the loaders use, loaded on the first call: a command that reads
 * no YAML (building or validating TypeScript flows and exports) never loads its files. Same
 * functions and classes as `import … from 'yaml'`.
 */
import type * as Yaml from 'yaml';
import { lazyModule } from './lazy-module.js';

const yaml = lazyModule<typeof Yaml>('yaml');

export type { Document, Node } from 'yaml';
export const isMap = ((node) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isPair = ((node) => yaml().isPair(node)) as typeof Yaml.isPair;
export const isScalar = ((node) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node) => yaml().isSeq(node)) as typeof Yaml.isSeq;
export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const parse = ((...args: Parameters<typeof Yaml.parse>) => yaml().parse(...args)) as typeof Yaml.parse;
export const stringify = ((...args: Parameters<typeof Yaml.stringify>) => yaml().stringify(...args)) as typeof Yaml.stringify;

/** `visit` with its control values (BREAK, SKIP, REMOVE), which are the library's own symbols. */
export const visit = ((...args: Parameters<typeof Yaml.visit>) => yaml().visit(...args)) as typeof Yaml.visit;
for (const control of ['BREAK', 'SKIP', 'REMOVE'] as const) Object.defineProperty(visit, control, { get: () => yaml().visit[control] });

export type LineCounter = Yaml.LineCounter;
/** `new LineCounter()` makes the library's own class (parseDocument recognises it). */
export const LineCounter = new Proxy(class {} as unknown as typeof Yaml.LineCounter, {
  construct: (_target, args: []) => new (yaml().LineCounter)(...args),
});
