/**
 * Finds the project a command runs in, as git, npm and tsc do: from the working directory up to
 * the file system root, the nearest folder whose package.json names flowgen (its own name `wxcc-flowgen`,
 * a dependency of any kind on it, or a `"flowgen"` settings key). Defaults (`flows/`, `dist/`, `tenants/`,
 * `templates/`) are resolved there, so `cd flows && npx flowgen build` builds the project.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** flowgen's npm name (`flowgen` on npm is another project's package). */
export const PACKAGE_NAME = 'wxcc-flowgen';

function namesFlowgen(packageJsonPath: string): boolean {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  } catch {
    return false;
  }
  if (typeof manifest !== 'object' || manifest === null) return false;
  const record = manifest as Record<string, unknown>;
  if (record['name'] === PACKAGE_NAME || 'flowgen' in record) return true;
  return ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].some((field) => {
    const deps = record[field];
    return typeof deps === 'object' && deps !== null && PACKAGE_NAME in deps;
  });
}

/** The nearest folder at or above `cwd` that is a flowgen project, or `cwd` itself when there is none. */
export function findProjectRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (namesFlowgen(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}
