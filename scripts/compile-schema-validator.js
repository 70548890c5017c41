/**
 * Part of `npm run build` (after tsc): compiles schemas/flow.schema.json with ajv once, ahead of
 * time, into standalone validation code beside the compiled schema check, so no command pays for
 * compiling the schemas at start-up (issue 13: a quarter of a second per process). The options
 * and schemas are the schema check's own (`schemaValidatorSource`); a test checks that this code
 * and a freshly compiled validator judge the corpus and broken documents alike.
 */
import { writeFileSync } from 'node:fs';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { PRECOMPILED_VALIDATOR_FILE, schemaValidatorSource } from '../build/emit/webex/schema-check.js';

const { ajv, entry } = schemaValidatorSource({ code: { source: true } });
const validate = ajv.compile(entry);
const target = new URL(`../build/emit/webex/${PRECOMPILED_VALIDATOR_FILE}`, import.meta.url);
writeFileSync(target, standaloneCode.default(ajv, validate));
