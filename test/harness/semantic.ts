/**
 * The part of a flow document a round trip must preserve, keyed by names instead of ids: every
 * activity (by name, with its group and properties, ignoring `_renderRequestTimestamp`), every link
 * (source name, port, target name), the event flows' triggers and the variables. Ids and canvas
 * geometry are left out: flowgen derives its own ids, and positions are kept as imported.
 */
type Json = any;

export function semantic(doc: Json) {
  const processes: [string, Json][] = [['main', doc.process]];
  const global = doc.eventFlows?.eventsMap?.GLOBAL_EVENTS;
  if (global) processes.push(['events', global.process]);
  const activities: Record<string, unknown> = {};
  const links: string[] = [];
  for (const [where, process] of processes) {
    const nameOf = (id: string) => process.activities[id]?.name;
    for (const a of Object.values<Json>(process.activities)) {
      const { _renderRequestTimestamp, ...properties } = a.properties;
      activities[`${where}:${a.name}`] = { group: a.group, properties };
    }
    for (const l of process.links) links.push(`${where}:${nameOf(l.sourceActivityId)} -[${l.conditionExpr}]-> ${nameOf(l.targetActivityId)}`);
  }
  const onEvents = global ? Object.entries<string>(global.onEvents).map(([spec, id]) => `${spec} → ${global.process.activities[id]?.name}`).sort() : [];
  return { activities, links: links.sort(), onEvents, variables: doc.variables, hasEventFlows: Boolean(global) };
}
