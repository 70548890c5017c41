/** Paths tests share: the repository root and the shared folder CI lays beside the clone. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sharedRoot = resolve(repoRoot, '../shared');
export const corpusRoot = resolve(sharedRoot, 'corpus');
export const hasShared = existsSync(corpusRoot);

/** Cisco's two exports of the Zendesk IVR (docs/webex-flow-format.md, tags ZD24 and ZD22). */
export const zd24Path = resolve(corpusRoot, 'hnavilur__webex-contact-center-flows/zendesk-datadip-template__Zendesk_HTTP_Template.json');
export const zd22Path = resolve(corpusRoot, 'CiscoDevNet__webex-contact-center-crm-integrations/Zendesk__zendesk-ivr-http-connector__Zendesk_HTTP_Connector.json');
