/**
 * Parity with Cisco's own exports of the Zendesk IVR: the 2024 template (ZD24) and the 2022
 * sample (ZD22). For every activity kind Cisco's flow uses, flowgen's compiled activity of that
 * kind must carry at least the same property keys, the same group and activityId, and offer every
 * port Cisco's links leave from; widgets, ports and link widgets must have the same shape.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledZendesk } from '../harness/zendesk.js';
import { hasShared, zd22Path, zd24Path } from '../harness/paths.js';
import type { WebexActivity, WebexDocument, WebexProcess } from '../harness/document.js';

const kindOf = (a: WebexActivity): string => (a.group === 'event' ? `event:${a.name}` : String(a.properties['activityName']));

function allProcesses(doc: WebexDocument): { process: WebexProcess; widgets: Record<string, any> }[] {
  const events = doc.eventFlows.eventsMap['GLOBAL_EVENTS']!;
  return [
    { process: doc.process, widgets: doc.diagram.widgets },
    { process: events.process, widgets: events.diagram.widgets },
  ];
}

function byKind(doc: WebexDocument) {
  const kinds = new Map<string, { activities: WebexActivity[]; linkPorts: Set<string>; widgetPorts: Set<string> }>();
  for (const { process, widgets } of allProcesses(doc)) {
    for (const a of Object.values(process.activities)) {
      const entry = kinds.get(kindOf(a)) ?? { activities: [], linkPorts: new Set(), widgetPorts: new Set() };
      entry.activities.push(a);
      for (const port of widgets[a.id].ports) entry.widgetPorts.add(port.properties.name);
      kinds.set(kindOf(a), entry);
    }
    for (const link of process.links) kinds.get(kindOf(process.activities[link.sourceActivityId]!))!.linkPorts.add(link.conditionExpr);
  }
  return kinds;
}

const keysOf = (o: object) => Object.keys(o).sort();

describe.skipIf(!hasShared)('parity with Cisco exports of the Zendesk IVR', () => {
  for (const [tag, path] of [
    ['ZD24 (2024 template)', zd24Path],
    ['ZD22 (2022 sample)', zd22Path],
  ] as const) {
    describe(tag, async () => {
      if (!hasShared) return;
      const cisco = JSON.parse(readFileSync(path, 'utf8')) as WebexDocument;
      const ciscoKinds = byKind(cisco);

      for (const [kind, theirs] of ciscoKinds) {
        it(`${kind}: same group and activityId, at least the same property keys, every port Cisco links from`, async () => {
          const ours = byKind(JSON.parse((await compiledZendesk()).text!) as WebexDocument).get(kind);
          expect(ours, `flowgen's Zendesk IVR has no ${kind}`).toBeDefined();
          for (const their of theirs.activities) {
            // Compare with flowgen's activity of this kind closest in shape (a PUT with a PUT).
            const overlap = (a: WebexActivity) => keysOf(their.properties).filter((k) => k in a.properties).length;
            const sample = [...ours!.activities].sort((a, b) => overlap(b) - overlap(a))[0]!;
            expect(sample.group).toBe(their.group);
            expect(sample.properties['activityId']).toBe(their.properties['activityId']);
            // A 2022 export lacks `description` on some activities; every flowgen activity has one.
            const missing = keysOf(their.properties).filter((k) => !(k in sample.properties));
            expect(missing, `${kind} "${their.name}" has keys flowgen does not emit`).toEqual([]);
          }
          for (const port of theirs.linkPorts) expect(ours!.widgetPorts, `port ${port}`).toContain(port);
          for (const port of theirs.widgetPorts) expect(ours!.widgetPorts, `port ${port}`).toContain(port);
        });
      }

      it('activity widgets, ports and link widgets have the same keys, in the same order', async () => {
        const doc = JSON.parse((await compiledZendesk()).text!) as WebexDocument;
        const shapes = (d: WebexDocument) => {
          const widgets = Object.values(d.diagram.widgets);
          const activity = widgets.find((w: any) => w.widgetType === 'activity' && w.ports.length > 1);
          const link = widgets.find((w: any) => w.widgetType === 'link');
          return {
            activity: Object.keys(activity).join(','),
            port: Object.keys(activity.ports[0]).join(','),
            portProperties: keysOf(activity.ports[0].properties).join(','),
            link: Object.keys(link).join(','),
            linkProperties: keysOf(link.properties).join(','),
            linkPoint: Object.keys(link.properties.points[0]).join(','),
            sourcePort: Object.keys(link.sourcePort).join(','),
            linkRecord: Object.keys(d.process.links[0]!).join(','),
            activityRecord: Object.keys(Object.values(d.process.activities)[0]!).join(','),
          };
        };
        expect(shapes(doc)).toEqual(shapes(cisco));
      });

      it('the document has every top-level key Cisco exports, in the same order', async () => {
        const doc = JSON.parse((await compiledZendesk()).text!) as WebexDocument;
        const ours = Object.keys(doc).filter((k) => k in cisco);
        expect(ours).toEqual(Object.keys(cisco).filter((k) => k in doc));
        expect(Object.keys(cisco).filter((k) => !(k in doc))).toEqual([]);
        const variableKeys = (d: WebexDocument) => Object.keys(d.variables[0]!).join(',');
        expect(variableKeys(doc)).toBe(variableKeys(cisco));
      });
    });
  }
});
