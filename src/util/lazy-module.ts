/**
 * A CommonJS dependency loaded on first use instead of at start-up: a command that never needs it
 * (validate never renders a template, a TypeScript build never parses YAML) does not pay for
 * loading its files. The module is required once and shared, as a static import would be.
 */
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(specifier) as T);
}
