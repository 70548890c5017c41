/** The kind-specific properties of every corpus activity with a given `activityName`, for module tests. */
import { importWebexFlow, parseExportText } from '../../src/import/webex/import.js';
import { corpusFiles } from './corpus.js';

const COMMON = new Set(['name', 'activityName', 'activityId', 'description', '_renderRequestTimestamp']);

export interface CorpusActivity {
  file: string;
  name: string;
  /** The activity's properties without the keys every kind has. */
  properties: Record<string, unknown>;
}

export function corpusActivityList(activityName: string): CorpusActivity[] {
  return corpusFiles.flatMap((file) =>
    (importWebexFlow(parseExportText(file.text, file.name).document, file.name).ir?.activities ?? [])
      .filter((a) => a.webex?.properties['activityName'] === activityName)
      .map((a) => ({ file: file.name, name: a.name, properties: Object.fromEntries(Object.entries(a.webex!.properties).filter(([k]) => !COMMON.has(k))) })),
  );
}

export const corpusActivities = (activityName: string): Record<string, unknown>[] => corpusActivityList(activityName).map((a) => a.properties);
