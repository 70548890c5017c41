#!/usr/bin/env node
/**
 * The `flowgen` command. In the package as built this file is replaced by one that runs the same
 * `runCli` from the bundle (scripts/bundle-build.js); run from the sources, it is the command.
 */
import { runCli } from './run.js';

await runCli(process.argv);
