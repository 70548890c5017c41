/**
 * Where `--help` sends a reader: each command's guide in the docs/ folder shipped with the package
 * (package.json `files`). The package has no public repository URL, so the link is the installed
 * file (node_modules/wxcc-flowgen/docs/…), which also matches the version that prints it.
 */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';

/** The guide of each command, by command name; test/docs/help-links.test.ts checks every command has one. */
export const COMMAND_GUIDES: Readonly<Record<string, string>> = {
  build: 'writing-flows.md',
  validate: 'validation.md',
  import: 'importing.md',
  diff: 'reviewing-changes.md',
  graph: 'graph.md',
  init: 'getting-started.md',
  simulate: 'simulation-and-tests.md',
  test: 'simulation-and-tests.md',
  plan: 'deploy.md',
  deploy: 'deploy.md',
};

/** The absolute path of a page of the docs shipped beside this build (`build/cli/` or `src/cli/` → `docs/`). */
export function guidePath(page: string): string {
  return fileURLToPath(new URL(`../../docs/${page}`, import.meta.url));
}

/** Appends "Guide: <path>" to the help of the program (the docs index) and of each command with a guide. */
export function addGuideLinks(program: Command): void {
  program.addHelpText('after', `\nGuides: ${guidePath('README.md')}`);
  for (const command of program.commands) {
    const page = COMMAND_GUIDES[command.name()];
    if (page) command.addHelpText('after', `\nGuide: ${guidePath(page)}`);
  }
}
