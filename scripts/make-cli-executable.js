/**
 * Last step of `npm run build`: tsc writes build/cli/main.js without the execute bit. npm marks a
 * bin executable only when it links an installed package; in the project's own checkout
 * `npx flowgen` may find the bin through a link made before `prepare` compiled it, and the shell
 * then refuses it ("flowgen: Permission denied", exit 127). Setting the mode here makes the
 * checkout's CLI runnable however it is found.
 */
import { chmodSync, statSync } from 'node:fs';

const cli = new URL('../build/cli/main.js', import.meta.url);
chmodSync(cli, statSync(cli).mode | 0o111);
