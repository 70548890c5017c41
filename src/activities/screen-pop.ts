/**
 * Screen Pop: opens a URL on the agent's desktop; lives in event flows (AgentAnswered); one per flow
 * (docs/webex-activities-and-api.md §1.3). Catalogue id 5f36ab33791fbc3e0eae20c8 (US/EU), group
 * `action`, one port `default` (docs/webex-flow-format.md §7.12). Keys from ZD24 `ScreenPop`.
 */
import { z } from 'zod';
import { renderText } from '../ir/template.js';
import { defineActivity } from './define-activity.js';
import { DESCRIBED_KEYS, defineFactory, type Chain, type Described, type Target, type Text } from './shared/factory.js';
import { compact, textRecord, toTemplate } from './shared/factory-input.js';
import { literal, recordValue, textRecordValue, textValue } from './shared/print-input.js';
import { catalogueId } from './shared/regions.js';
import { templateRecord, textTemplate } from './shared/from-webex.js';
import { templateSchema } from './shared/schemas.js';

const options = z.strictObject({
  url: templateSchema,
  /** Tab label on the agent desktop. */
  label: z.string().min(1),
  target: z.enum(['newBrowserTab', 'sameBrowserTab', 'insideDesktop']).default('newBrowserTab'),
  query: z.record(z.string(), templateSchema).default({}),
});
export type ScreenPopOptions = z.infer<typeof options>;

/** An option left out takes the default of the kind's schema (`options` above). */
export interface ScreenPopInput extends Described {
  url: Text;
  label: string;
  target?: 'newBrowserTab' | 'sameBrowserTab' | 'insideDesktop';
  query?: Readonly<Record<string, Text>>;
}
export type ScreenPopHandle = Target & Chain<'default'>;

export const screenPop = defineActivity({
  kind: 'screen-pop',
  options,
  factory: defineFactory<{
    /** Screen Pop: opens a page for the agent. */
    screenPop(name: string, input: ScreenPopInput): ScreenPopHandle;
  }>()({
    method: 'screenPop',
    inputKeys: [...DESCRIBED_KEYS, 'url', 'label', 'target', 'query'],
    options: (input) => compact({ url: toTemplate(input.url), label: input.label, target: input.target, query: textRecord(input.query) }),
    mainPort: 'default',
  }),
  printInput: (o) => recordValue([['url', textValue(o.url)], ['label', literal(o.label)], ['target', literal(o.target)], ['query', Object.keys(o.query).length ? textRecordValue(o.query) : undefined]]),
  ports: () => ['default'],
  templates: (o) => [o.url, ...Object.values(o.query)],
  webex: { activityName: 'screen-pop', activityId: catalogueId('screen-pop'), group: 'action', description: true },
  summary: (o) => [o.label, { template: o.url }],
  simulate: (o, call) => {
    const query = new URLSearchParams(Object.entries(o.query).map(([k, v]): [string, string] => [k, call.render(v)])).toString();
    const url = call.render(o.url);
    call.screenPop(query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url, o.label);
    return { port: 'default' };
  },
  toWebex: (o) => ({
    screenPopUrl: renderText(o.url),
    queryParameters: Object.fromEntries(Object.entries(o.query).map(([k, v]) => [k, renderText(v)])),
    screenPopDesktopLabel: o.label,
    target: o.target,
  }),
  fromWebex: (p) => {
    const url = textTemplate(p['screenPopUrl']);
    const query = templateRecord(p['queryParameters']);
    const label = p['screenPopDesktopLabel'];
    return url && query && typeof label === 'string' && label ? { url, label, target: p['target'], query } : undefined;
  },
});
