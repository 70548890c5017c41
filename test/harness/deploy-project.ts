/** The project copy, orgs and tokens the plan/deploy tests share (made fixtures, not real exports). */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/util/seeded-random.js';
import { repoRoot } from './paths.js';

export const ACME_ORG = '8eb7da9a-0000-4d13-b08b-00000000a0a0';
export const GLOBEX_ORG = '8eb7da9a-0000-4d13-b08b-00000000b0b0';
export const ACME_TOKEN = 'acme-secret-token-Zx81';
export const GLOBEX_TOKEN = 'globex-secret-token-Qy42';

/** A copy of the project's flows, templates and tenants, with org blocks added to the tenants. */
export function projectCopy(): string {
  // Inside the repository (git-ignored), so the flows' `import … from 'wxcc-flowgen'` resolves.
  const dir = mkdtempSync(join(repoRoot, '.flowgen-tmp-deploy-'));
  for (const part of ['flows', 'templates', 'tenants']) cpSync(join(repoRoot, part), join(dir, part), { recursive: true });
  const withOrg = (tenant: string, block: string) => writeFileSync(join(dir, 'tenants', `${tenant}.yaml`), `${readFileSync(join(dir, 'tenants', `${tenant}.yaml`), 'utf8')}${block}`);
  withOrg('acme', `webex:\n  orgId: ${ACME_ORG}\n  region: us1\n  tokenEnv: ACME_WEBEX_TOKEN\n`);
  withOrg('globex', `webex:\n  orgId: ${GLOBEX_ORG}\n  region: eu1\n  tokenEnv: GLOBEX_WEBEX_TOKEN\n`);
  return dir;
}

export const exampleQueues = {
  acme: [
    { id: '745fab6b-0000-4000-8000-00000000a002', name: 'Acme_Standard' },
    { id: '745fab6b-0000-4000-8000-00000000a003', name: 'Acme_Priority' },
  ],
  globex: [
    { id: '9a1e77c0-0000-4000-8000-00000000b002', name: 'Globex_Support' },
    { id: '9a1e77c0-0000-4000-8000-00000000b003', name: 'Globex_VIP' },
  ],
};

export const fastRetry = { random: seededRandom(7), sleep: async () => {}, retries: 3 };

