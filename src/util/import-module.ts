/**
 * Every `import()` of something outside flowgen's own modules (an ES-module package loaded on first
 * use, an author's compiled definition) goes through here. In the shipped bundle, which runs as a
 * `vm.Script` for V8's code cache (util/bundle-loader.ts), Node 20 cannot `import()` from inside
 * the script without an experimental flag, so the bundle replaces this module with one that asks
 * the loader (an ordinary ES module) to import.
 */
export function importModule<T = Record<string, unknown>>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
