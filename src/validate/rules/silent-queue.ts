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
import { defineRule } from '../context.js';
import { exportedProperties } from '../exported-properties.js';
import type { IndexedActivity } from '../flow-index.js';

const PLAYS_KINDS = new Set(['play-music', 'play-message', 'menu', 'send-custom-message']);
const PLAYS_WEBEX = new Set(['play-music', 'play-message', 'ivr-menu', 'ivr-collectdigits', 'subflow-handoff', 'ivr-virtualassistant', 'ivr-virtualassistantvoice', 'SendCustomMessage']);

const plays = (a: IndexedActivity): boolean => PLAYS_KINDS.has(a.ir.kind) || PLAYS_WEBEX.has(exportedProperties(a)?.activityName ?? '');
const isQueue = (a: IndexedActivity): boolean => a.ir.kind === 'queue-contact' || exportedProperties(a)?.activityName === 'queue-contact';

export const silentQueue = defineRule({
  name: 'silent-queue',
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
      report('FG304', {
        message: `Callers queued by "${queue.ir.name}" hear nothing while they wait.`,
        activity: queue.ir,
        port: 'default',
        hint: 'Follow the queue with Play Music looping on itself (f.playMusic(...).loop()), or a message.',
        data: { activity: queue.ir.name },
      });
    }
  },
});
