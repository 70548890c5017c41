/**
 * Records where an author called a builder function: the first stack frame outside flowgen
 * (aws-cdk's "just my code" call stacks), so a diagnostic points at the author's line, not ours.
 * Cost: one structured stack capture per builder call, measured in `npm run bench`.
 *
 * V8's structured call sites are read (cheap), and only the author's frame is mapped to its source
 * position: through Node's source maps (`findSourceMap`, which tsx registers), or, where a library
 * installed its own `Error.prepareStackTrace` (vitest, source-map-support), by letting it format
 * that one frame. Formatting the whole stack string maps every frame and cost a third of a
 * many-tenant build.
 */
import { findSourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { SourceLocation } from '../diagnostics/diagnostic.js';
import { CACHE_FOLDER } from '../util/cache-folder.js';

// Both src/dsl and build/dsl sit two levels below the package root.
const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const ownDirectories = [`${packageRoot}src/`, `${packageRoot}build/`];

// V8 writes a frame as `at <function> (<location>)` or `at <location>`, where <location> is
// `<file>:<line>:<column>` and <file> is a path or a URL that may hold spaces, parentheses, commas,
// `#` and any letter. The location is what ends the line, so it is matched from the end.
const namedFrame = /^at (?:.*?) \((.+):(\d+):(\d+)\)$/;
const bareFrame = /^at (?:async )?(.+):(\d+):(\d+)$/;

/** The file, line and column of one V8 stack frame line, or undefined for native and eval frames. */
export function parseStackFrame(frame: string): SourceLocation | undefined {
  const text = frame.trim();
  const match = namedFrame.exec(text) ?? bareFrame.exec(text);
  if (!match) return undefined;
  const file = frameFile(match[1]!);
  if (file === undefined) return undefined;
  return { file, line: Number(match[2]), column: Number(match[3]) };
}

/** A frame's file as a path: `file:` URLs decoded (percent escapes, query dropped). */
function frameFile(location: string): string | undefined {
  if (location.startsWith('file://')) {
    try {
      return fileURLToPath(location);
    } catch {
      return undefined;
    }
  }
  // `node:internal/…`, `eval at …`, `<anonymous>`, `native`, `data:` and `http:` modules are never an author's file.
  const windowsPath = /^[a-z]:[\\/]/i.test(location);
  if (location.startsWith('eval at ') || location.startsWith('<') || (!windowsPath && /^[a-z][a-z0-9+.-]+:/i.test(location))) return undefined;
  return location;
}

function isOwnOrDependency(file: string): boolean {
  return file.includes('/node_modules/') || file.includes('\\node_modules\\') || ownDirectories.some((d) => file.startsWith(d));
}

/** The first frame of `stack` (an `Error#stack`) in the author's code: not flowgen's, not a dependency's. */
export function firstAuthorFrame(stack: string, accept: (file: string) => boolean = (file) => !isOwnOrDependency(file)): SourceLocation | undefined {
  for (const line of stack.split('\n').slice(1)) {
    const location = parseStackFrame(line);
    if (location && accept(location.file)) return location;
  }
  return undefined;
}

let recording = true;

/**
 * Runs `build` (synchronous) with call sites not recorded: `callSite()` answers undefined. For a
 * build whose diagnostics, if any, are then produced again with call sites.
 */
export function withoutCallSites<T>(build: () => T): T {
  const before = recording;
  recording = false;
  try {
    return build();
  } finally {
    recording = before;
  }
}

export function callSite(): SourceLocation | undefined {
  if (!recording) return undefined;
  const installed = Error.prepareStackTrace;
  let frames: NodeJS.CallSite[] = [];
  Error.prepareStackTrace = (_error, structured) => structured;
  try {
    const holder: { stack?: NodeJS.CallSite[] } = {};
    Error.captureStackTrace(holder, callSite);
    frames = holder.stack ?? [];
  } finally {
    Error.prepareStackTrace = installed;
  }
  for (const frame of frames) {
    const name = frame.getFileName();
    if (!name) continue;
    const file = frameFile(name);
    if (file === undefined) continue;
    // A definition compiled into flowgen's cache (load/definition-bundle.ts) is the author's code at its mapped position.
    if (file.startsWith(CACHE_FOLDER)) {
      const mapped = sourceMapped(frame, name, file);
      if (mapped && !mapped.file.startsWith(CACHE_FOLDER) && !isOwnOrDependency(mapped.file)) return mapped;
      continue;
    }
    if (isOwnOrDependency(file)) continue;
    return installed ? formattedFrame(installed, frame) : sourceMapped(frame, name, file);
  }
  return undefined;
}

/** The frame's position in its source, through Node's source maps, as Node's own stack shows it. */
function sourceMapped(frame: NodeJS.CallSite, name: string, file: string): SourceLocation | undefined {
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  if (line === null || column === null) return undefined;
  const entry = findSourceMap(name)?.findEntry(line - 1, column - 1);
  if (entry && 'originalSource' in entry && entry.originalSource) {
    return { file: frameFile(entry.originalSource) ?? file, line: entry.originalLine + 1, column: entry.originalColumn + 1 };
  }
  return { file, line, column };
}

/** The one frame formatted by the `prepareStackTrace` a library installed (it maps positions its own way). */
function formattedFrame(prepare: NonNullable<typeof Error.prepareStackTrace>, frame: NodeJS.CallSite): SourceLocation | undefined {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const header = new Error();
  Error.stackTraceLimit = limit;
  const text = String(prepare(header, [frame]));
  return firstAuthorFrame(text.includes('\n') ? text : `Error\n${text}`, () => true);
}
