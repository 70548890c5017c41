/**
 * Catalogue activity ids per region: the one place that knows them. Media and routing activities
 * carry a 24-hex `activityId` that names the activity in the tenant's catalogue, and the catalogue
 * differs between Webex regions (docs/webex-flow-format.md §7 "Regional activity ids"). Flow
 * Designer refuses an import whose ids its region does not know, so a flow says its region
 * (`defineFlow({ region })`, `region:` in YAML or in a tenant file) and every kind asks this table.
 * Slug ids (`http-request-v2`, `business-hours`, `hand-off`, …) are the same everywhere and are not
 * listed. An imported activity keeps the id it was exported with, whatever the flow's region.
 *
 * Sources, per column:
 * - `us-eu`: the 27 non-CARS corpus exports (2022-2026, US and EU orgs) and, for the kinds the
 *   corpus lacks, Cisco's template library exports of org 3f4ac69f (hnavilur/webex-contact-center-flows
 *   at b9c2b05: `bridged-transfer-template/Bridged_Transfer_Template.json` for bridged-transfer
 *   65fa5ba4… and blind-transfer 5faa8971…, also in `percentage-allocation-template` at 89a8151);
 *   SetCallerID and scheduled-callback from the 2025 outbound-campaign and scheduled-callback templates.
 * - `apj`: the three CARS exports (shaurobi/wxccflowsamples, an APJ demo org, 2022-2023).
 * A kind without an id in a region falls back to the other region's id (the rule
 * `regional-catalogue-id`, FG305, says so): check it against an export of that region.
 * The BYO messaging template (2026) uses a third family for disconnect-contact, queue-contact and
 * screen-pop (5f3511e5…, 5f367092…, 5f129c21…): those are the digital-channel variants of the
 * activities, not a region, and are left to the digital kinds.
 */

/** The regions whose catalogue ids are known, first the default. */
export const REGIONS = ['us-eu', 'apj'] as const;
export type Region = (typeof REGIONS)[number];
export const DEFAULT_REGION: Region = 'us-eu';

/** `activityName` → region → catalogue id. */
const CATALOGUE: Readonly<Record<string, Partial<Record<Region, string>>>> = {
  'play-message': { 'us-eu': '5f114466ef5cfc454fbbf131', apj: '606d3c7f79e48057e3c47eb4' },
  'ivr-menu': { 'us-eu': '5f1145ceef5cfc454fbbf134', apj: '606d3d2679e48057e3c47eb8' },
  'ivr-collectdigits': { 'us-eu': '5f1144eaef5cfc454fbbf132' },
  'queue-contact': { 'us-eu': '5f114550ef5cfc454fbbf133', apj: '606da4777f9d462990f41ff4' },
  'play-music': { 'us-eu': '5faa2ad13505f538acc86afc', apj: '606d3c0879e48057e3c47eb2' },
  'disconnect-contact': { 'us-eu': '5faa898c8bf5b65b82f0706b', apj: '606c87008924f14526c564b5' },
  callback: { 'us-eu': '5f367a285d76a50d1e8fb4d2', apj: '606d982f79e48057e3c47ebe' },
  'screen-pop': { 'us-eu': '5f36ab33791fbc3e0eae20c8', apj: '606d411779e48057e3c47eba' },
  'ivr-virtualassistant': { 'us-eu': '5f33a6045d76a50d1e8fb4d0', apj: '606c875c79e48057e3c47eb0' },
  'ivr-virtualassistantvoice': { 'us-eu': '62da6fe3a350ce0ccab93a04' },
  'queue-lookup': { 'us-eu': '5fabaf1f8bf5b65b82f0706f' },
  'queue-to-agent': { 'us-eu': '628d7efd4ba3176df6ce0088' },
  'start-media-stream': { 'us-eu': '6698cc9ec61ded2fa580fba1' },
  'blind-transfer': { 'us-eu': '5faa897107cf954e1147199a', apj: '606c86b98924f14526c564b3' },
  'bridged-transfer': { 'us-eu': '65fa5ba4f86763546736eaf3' },
  'Feedback-V2': { apj: '60a6360ea423a03f3b928da6' },
  SetCallerID: { 'us-eu': '640ae8c41a51567ec6a87000' },
  'scheduled-callback': { 'us-eu': '6879dfca76835b681f1ce5b1' },
  record: { 'us-eu': '659f917ef2cd9b2a8a4f2681' },
  RecordingControl: { 'us-eu': '6458adcc1a95e20b03e0e714' },
};

export interface CatalogueId {
  id: string;
  /** The region the id comes from: the requested one, or another when that region's id is unknown. */
  region: Region;
}

/** The catalogue id of an activity in a region, falling back along `REGIONS`; undefined for slug kinds. */
export function catalogueEntry(activityName: string, region: Region = DEFAULT_REGION): CatalogueId | undefined {
  const ids = CATALOGUE[activityName];
  if (!ids) return undefined;
  const own = ids[region];
  if (own) return { id: own, region };
  for (const other of REGIONS) if (ids[other]) return { id: ids[other]!, region: other };
  return undefined;
}

/** The id a kind module declares as its identity: the default region's (or the only known one). */
export function catalogueId(activityName: string): string {
  const entry = catalogueEntry(activityName);
  if (!entry) throw new Error(`flowgen bug: no catalogue id for "${activityName}"`);
  return entry.id;
}

/** The region a catalogue id belongs to, if it is in the table. */
export function regionOfCatalogueId(activityName: string, id: string): Region | undefined {
  const ids = CATALOGUE[activityName];
  return ids ? REGIONS.find((r) => ids[r] === id) : undefined;
}

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/**
 * For a kind's identity: the region whose id a build in `region` writes, when it is not `region`
 * itself (the table has no id for that region), else undefined. Slug kinds never fall back.
 */
export function catalogueFallback(activityName: string | undefined, region: Region): Region | undefined {
  const entry = activityName === undefined ? undefined : catalogueEntry(activityName, region);
  return entry && entry.region !== region ? entry.region : undefined;
}
