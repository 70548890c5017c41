/**
 * `<Flow>.connectors.json`: what an admin must set up in Control Hub before importing the flow.
 * Every connector the flow calls through, with its type, authentication, base URL, the id the flow
 * references, which activities use it and the setup steps. Never a credential: the connector holds
 * those in Webex (docs/webex-activities-and-api.md §1.4 "Custom Connector").
 */
import type { FlowIndex } from '../../validate/flow-index.js';

export interface ConnectorManifest {
  flow: string;
  connectors: {
    id: string;
    name: string;
    type: string;
    authenticationType: string;
    resourceDomainUrl: string;
    usedBy: string[];
    setup: string[];
  }[];
}

export function connectorManifest(index: FlowIndex): ConnectorManifest {
  const usedBy = new Map<string, string[]>();
  for (const { ir } of index.activities.values()) {
    const connector = (ir.options as { connector?: unknown }).connector;
    if (ir.kind !== 'http-request' || typeof connector !== 'object' || connector === null) continue;
    const id = String((connector as { id: unknown }).id);
    usedBy.set(id, [...(usedBy.get(id) ?? []), ir.name]);
  }
  const seen = new Set<string>();
  const connectors: ConnectorManifest['connectors'] = [];
  for (const c of index.flow.connectors) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    connectors.push({
      id: c.id,
      name: c.name,
      type: c.type,
      authenticationType: c.authentication,
      resourceDomainUrl: c.baseUrl,
      usedBy: usedBy.get(c.id) ?? [],
      setup: c.setup,
    });
  }
  return { flow: index.flow.name, connectors };
}
