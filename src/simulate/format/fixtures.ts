/** Recorded live answers written as a fixture file (YAML), replayable with --fixtures. */
import { stringify } from '../../util/yaml.js';
import type { Fixture } from '../http.js';

export function fixtureFileText(fixtures: readonly Fixture[]): string {
  const plain = fixtures.map((f) => ({ request: f.request, response: f.response }));
  return `# HTTP fixtures recorded by flowgen simulate --record: replay them with --fixtures.\n${stringify(plain, { lineWidth: 0 })}`;
}
