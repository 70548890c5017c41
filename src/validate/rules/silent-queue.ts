/**
 * A queued caller must hear something: Queue Contact's `default` exit is taken as soon as the call
 * is queued, and Flow Designer's standard continuation is Play Music looping on itself
 * (docs/webex-flow-format.md §7.10, 25 of 29 corpus queues; docs/webex-activities-and-api.md §1.3:
 * mix Play Music and Play Message after Queue Contact). If no music, message, menu or subflow
 * (QT24's queue-treatment subflow) follows, the caller waits in silence. Follows conditions and
 * other silent steps until something plays; a warning, since silence is legal. A customer queued
 * on a messaging channel is kept informed by Send Message instead (Cisco's BYO messaging template:
 * QueueContact → SendQueueUpdates → Wait, looping).
 */
import { defineRule, remedy } from '../context.js';
import { settingFacts } from '../exported-properties.js';
import type { IndexedActivity } from '../flow-index.js';

// What plays and what queues is each kind's own fact (`settings.playsAudio`, `settings.queuesCall`),
// the same for an activity written in flowgen and one kept raw from an export.
const plays = (a: IndexedActivity): boolean => settingFacts(a)?.playsAudio === true;
const isQueue = (a: IndexedActivity): boolean => settingFacts(a)?.queuesCall === true;

export const silentQueue = defineRule({
  code: 'FG304',
  name: 'silent-queue',
  defaultSeverity: 'warning',
  check({ index, report }) {
    for (const queue of index.activities.values()) {
      const next = queue.ir.links['default'];
      if (!isQueue(queue) || next === undefined) continue;
      const seen = new Set<string>();
      const stack = [next];
      let heard = false;
      while (stack.length && !heard) {
        const name = stack.pop()!;
        if (seen.has(name)) continue;
        seen.add(name);
        const activity = index.activities.get(name);
        if (!activity) continue;
        if (plays(activity)) heard = true;
        else if (!isQueue(activity)) stack.push(...Object.values(activity.ir.links));
      }
      if (heard) continue;
      report({
        message: `Callers queued by "${queue.ir.name}" hear nothing while they wait.`,
        activity: queue.ir,
        port: 'default',
        hint: remedy(index.flow, {
          dsl: 'Follow the queue with Play Music looping on itself (f.playMusic(...).loop()), or a message.',
          yaml: 'Follow the queue with a play-music activity whose default link leads back to itself, or a message.',
          export: 'Follow the queue with a Play Music activity whose default exit loops back to itself, or a message.',
        }),
        data: { activity: queue.ir.name },
      });
    }
  },
});
