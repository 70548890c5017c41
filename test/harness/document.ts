/** Read-side helpers over a Webex flow document, for asserting on its graph by activity name. */

export interface WebexActivity {
  id: string;
  name: string;
  group: string;
  properties: Record<string, unknown>;
}
export interface WebexLink {
  id: string;
  sourceActivityId: string;
  targetActivityId: string;
  conditionExpr: string;
  properties: { value: string };
}
export interface WebexProcess {
  activities: Record<string, WebexActivity>;
  links: WebexLink[];
}
export type WebexDocument = {
  process: WebexProcess;
  diagram: { widgets: Record<string, any> };
  eventFlows: { eventsMap: Record<string, { process: WebexProcess; onEvents: Record<string, string>; diagram: { widgets: Record<string, any> } }> };
  variables: { name: string; type: string; value: string | null }[];
} & Record<string, unknown>;

/** A graph view: `next(name, port)` is the name of the activity that port leads to. */
export function graphOf(process: WebexProcess) {
  const byId = new Map(Object.values(process.activities).map((a) => [a.id, a]));
  const byName = new Map(Object.values(process.activities).map((a) => [a.name, a]));
  const edges = new Map<string, string>();
  for (const link of process.links) {
    edges.set(`${byId.get(link.sourceActivityId)!.name}\u0000${link.conditionExpr}`, byId.get(link.targetActivityId)!.name);
  }
  return {
    activity(name: string): WebexActivity {
      const a = byName.get(name);
      if (!a) throw new Error(`no activity named ${name}`);
      return a;
    },
    has: (name: string) => byName.has(name),
    next: (name: string, port: string): string | undefined => edges.get(`${name}\u0000${port}`),
    kind: (name: string) => byName.get(name)?.properties['activityName'],
    names: () => [...byName.keys()],
    /** Follows a path of ports from an activity and returns where it ends. */
    follow(from: string, ...ports: string[]): string | undefined {
      let at: string | undefined = from;
      for (const port of ports) {
        if (at === undefined) return undefined;
        at = edges.get(`${at}\u0000${port}`);
      }
      return at;
    },
  };
}

/** The main process and the event process of a document, unwrapping template wrappers. */
export function processes(doc: WebexDocument) {
  return { main: doc.process, events: doc.eventFlows.eventsMap['GLOBAL_EVENTS']!.process };
}

export function unwrap(value: any): WebexDocument {
  return typeof value?.flow === 'string' ? JSON.parse(value.flow) : value;
}
