/** Every file of the shared corpus, read once; which are flows is for the importer to say. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corpusRoot, hasShared } from './paths.js';

export interface CorpusFile {
  /** Path relative to corpus/, e.g. `hnavilur__…/zendesk-datadip-template__Zendesk_HTTP_Template.json`. */
  name: string;
  text: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

export const corpusFiles: CorpusFile[] = hasShared ? walk(corpusRoot).map((path) => ({ name: relative(corpusRoot, path), text: readFileSync(path, 'utf8') })) : [];

/**
 * The corpus grows as exports are added (shared/corpus/SOURCES.md); tests count its files and
 * require at least this many flow documents (38 on 2026-12-01), so a lost file still fails.
 */
export const MIN_CORPUS_FLOW_DOCUMENTS = 38;
