/**
 * Lets a definition import `wxcc-flowgen` (the package's npm name) from anywhere (issue 9 item 6): when the definition's own
 * folder cannot resolve it (a file outside any project, a project that has not run `npm install`),
 * the package means the running flowgen, so the definition and the compiler share one module. A
 * folder that does resolve it keeps its own (a project pinning another version). Installed once,
 * for both module systems: an ESM resolve hook (`module.register`, for `type: module` packages and
 * `.mts`) and a fallback in CommonJS resolution (what tsx uses for `.ts` in other packages).
 */
import Module, { register } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The running flowgen's entry point: `build/index.js`, or `src/index.ts` when run from the sources. */
const entryUrl = new URL(import.meta.url.endsWith('.ts') ? '../index.ts' : '../index.js', import.meta.url);

/**
 * The names a definition may import flowgen by: the npm name, and `flowgen`, which definitions
 * written before the rename use. `flowgen` on npm is another project's package: a folder that has
 * it installed resolves it as usual, and only an unresolvable name falls back to this one.
 */
export const LIBRARY_NAMES = ['wxcc-flowgen', 'flowgen'] as const;

/** The ESM hook, as source: resolve as usual; only a failed library name falls back to the running one. */
const hookSource = (target: string): string => `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (${JSON.stringify(LIBRARY_NAMES)}.includes(specifier) && (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'MODULE_NOT_FOUND')) return { url: ${JSON.stringify(target)}, shortCircuit: true };
    throw error;
  }
}
`;

type ResolveFilename = (request: string, parent: unknown, ...rest: unknown[]) => string;

let installed = false;

export function resolveFlowgenFromAnywhere(): void {
  if (installed) return;
  installed = true;
  register(`data:text/javascript,${encodeURIComponent(hookSource(entryUrl.href))}`);
  const modules = Module as unknown as { _resolveFilename: ResolveFilename };
  const original = modules._resolveFilename;
  const entry = fileURLToPath(entryUrl);
  modules._resolveFilename = function (this: unknown, request, parent, ...rest) {
    try {
      return original.call(this, request, parent, ...rest);
    } catch (error) {
      if ((LIBRARY_NAMES as readonly string[]).includes(request) && (error as { code?: string }).code === 'MODULE_NOT_FOUND') return entry;
      throw error;
    }
  };
}
