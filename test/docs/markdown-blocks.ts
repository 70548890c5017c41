/**
 * The fenced blocks of a markdown page and the markers before them, for the docs examples test
 * (conventions in docs/contributing.md#examples-in-the-docs-are-tests). A marker is an HTML
 * comment alone on a line right above the fence: `<!-- file: PATH -->`, `<!-- expect: FG102 -->`,
 * `<!-- excerpt -->`, `<!-- excerpt: PATH… -->`, `<!-- run by: .ci/run -->`, `<!-- output of: CMD -->`.
 */

export interface Markers {
  /** Where the block is written in the scratch project. */
  file?: string;
  /** The code the example must fail with. */
  expect?: string;
  /** Not run: `true`, or the files it is an excerpt of (its lines are checked against them). */
  excerpt?: true | string[];
  /** A script that runs the block's commands instead of the test (checked to contain them). */
  runBy?: string;
  /** A command whose output the block is, exactly. */
  outputOf?: string;
}

export interface FencedBlock {
  /** 1-based line of the opening fence. */
  line: number;
  /** The fence's info string's first word ('' when untagged). */
  lang: string;
  code: string;
  markers: Markers;
}

const MARKER = /^<!--\s*(file|expect|excerpt|run by|output of)(?::\s*(.*?))?\s*-->$/;

function readMarker(markers: Markers, key: string, value: string | undefined): boolean {
  if (key === 'excerpt') markers.excerpt = value ? value.split(/\s+/) : true;
  else if (!value) return false;
  else if (key === 'file') markers.file = value;
  else if (key === 'expect') markers.expect = value;
  else if (key === 'run by') markers.runBy = value;
  else markers.outputOf = value;
  return true;
}

/** Every fenced block of `markdown` (fences at the start of a line), with the markers above it. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,})(.*)$/.exec(lines[index]!);
    if (!open) continue;
    const fence = open[1]!;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !lines[index]!.startsWith(fence); index++) body.push(lines[index]!);
    const markers: Markers = {};
    for (let above = start - 1; above >= 0; above--) {
      const marker = MARKER.exec(lines[above]!.trim());
      if (!marker || !readMarker(markers, marker[1]!, marker[2])) break;
    }
    blocks.push({ line: start + 1, lang: open[2]!.trim().split(/\s+/)[0] ?? '', code: body.length ? `${body.join('\n')}\n` : '', markers });
  }
  return blocks;
}

/** A `console` block as commands (`$ ` lines) and the output lines each is shown to print. */
export function consoleSessions(code: string): { command: string; output: string[] }[] {
  const sessions: { command: string; output: string[] }[] = [];
  for (const line of code.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('$ ')) sessions.push({ command: line.slice(2), output: [] });
    else if (sessions.length) sessions[sessions.length - 1]!.output.push(line);
    else throw new Error(`a console block starts with output, not a "$ " command: ${line}`);
  }
  return sessions;
}

const ELLIPSIS = '…';

/**
 * Whether `actual` lines are what `expected` shows: line by line (trailing spaces ignored), where a
 * line that is only `…` (at any indentation) stands for any number of lines.
 */
export function matchesShownOutput(expected: readonly string[], actual: readonly string[]): boolean {
  const want = expected.map((line) => line.trimEnd());
  const got = actual.map((line) => line.trimEnd());
  while (got.length && got[got.length - 1] === '') got.pop();
  while (want.length && want[want.length - 1] === '') want.pop();
  const memo = new Map<string, boolean>();
  const match = (w: number, g: number): boolean => {
    const key = `${w},${g}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (w === want.length) result = g === got.length;
    else if (want[w]!.trim() === ELLIPSIS) result = match(w + 1, g) || (g < got.length && match(w, g + 1));
    else result = g < got.length && want[w] === got[g] && match(w + 1, g + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

/** The lines of an excerpt that must occur in its source: not blank, not an elision (`…`). */
export function excerptLines(code: string): string[] {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.includes(ELLIPSIS));
}
