/**
 * Pebble's filters and functions as the simulator runs them: the stock filters (PebbleTemplates/
 * pebble docs/src/orchid/resources/wiki/filter/, listed in docs/webex-activities-and-api.md §2.1)
 * and Cisco's `epoch` (ibid.: `now() | epoch` is UTC seconds, `epoch(inMillis=true)` milliseconds,
 * `epoch(format=…, timeZone=…)` a date string). Which stock filters WxCC enables is undocumented:
 * all are simulated, and a filter Pebble does not have is an error, as it is at run time.
 */
import { createHash } from 'node:crypto';
import { DatePatternError, formatDate, parseDate } from './java-date.js';
import { describe, stringify, type PebbleValue } from './values.js';
import { PebbleError } from './parse.js';

export interface FilterContext {
  now: Date;
}

const fail = (message: string): never => {
  throw new PebbleError(message, -1);
};

function text(value: PebbleValue): string {
  return value === null ? '' : stringify(value);
}

function dateOf(value: PebbleValue, existingFormat: PebbleValue | undefined): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') {
    if (typeof existingFormat === 'string') return parseDate(value, existingFormat);
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return fail(`${describe(value)} is not a date`);
}

/** Java's URLEncoder (application/x-www-form-urlencoded, UTF-8), which Pebble's urlencode uses. */
function urlEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function escapeText(value: string, strategy: string): string {
  switch (strategy) {
    case 'json':
      return JSON.stringify(value).slice(1, -1);
    case 'html':
      return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    case 'js':
      return JSON.stringify(value).slice(1, -1).replace(/'/g, "\\'");
    case 'url_param':
      return urlEncode(value);
    default:
      return fail(`escape("${strategy}") is not an escaping strategy (json, html, js, url_param)`);
  }
}

function slice(value: PebbleValue, from: PebbleValue | undefined, to: PebbleValue | undefined): PebbleValue {
  if (typeof value !== 'string' && !Array.isArray(value)) return fail(`slice needs text or a list, not ${describe(value)}`);
  const start = from === undefined ? 0 : Number(from);
  const end = to === undefined ? value.length : Number(to);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > value.length || start > end) {
    return fail(`slice(${start}, ${end}) is outside ${typeof value === 'string' ? 'the text' : 'the list'} of length ${value.length}`);
  }
  return value.slice(start, end);
}

function epoch(value: PebbleValue, named: Record<string, PebbleValue>): PebbleValue {
  const date = dateOf(value, undefined);
  if (typeof named['format'] === 'string') return formatDate(date, named['format'], typeof named['timeZone'] === 'string' ? named['timeZone'] : 'UTC');
  return named['inMillis'] === true ? date.getTime() : Math.floor(date.getTime() / 1000);
}

function numberFormat(value: PebbleValue, pattern: PebbleValue | undefined): string {
  const n = typeof value === 'number' ? value : fail(`numberformat needs a number, not ${describe(value)}`);
  if (typeof pattern !== 'string') return n.toLocaleString('en-US');
  const decimals = pattern.includes('.') ? pattern.split('.')[1]!.length : 0;
  const minimum = pattern.includes('.') ? (pattern.split('.')[1]!.match(/0/g) ?? []).length : 0;
  return n.toLocaleString('en-US', { minimumFractionDigits: minimum, maximumFractionDigits: decimals, useGrouping: pattern.includes(',') });
}

type Filter = (value: PebbleValue, args: PebbleValue[], named: Record<string, PebbleValue>) => PebbleValue;

const FILTERS: Record<string, Filter> = {
  abbreviate: (v, [n]) => {
    const s = text(v);
    const length = Number(n);
    return s.length <= length ? s : length <= 3 ? s.slice(0, length) : `${s.slice(0, length - 3)}...`;
  },
  abs: (v) => Math.abs(typeof v === 'number' ? v : fail('abs needs a number')),
  base64encode: (v) => Buffer.from(text(v), 'utf8').toString('base64'),
  base64decode: (v) => Buffer.from(text(v), 'base64').toString('utf8'),
  capitalize: (v) => {
    const s = text(v);
    return s.charAt(0).toUpperCase() + s.slice(1);
  },
  date: (v, [format], named) => {
    const date = dateOf(v, named['existingFormat']);
    return formatDate(date, typeof format === 'string' ? format : "yyyy-MM-dd'T'HH:mm:ssZ", typeof named['timeZone'] === 'string' ? named['timeZone'] : 'UTC');
  },
  default: (v, [fallback]) => (v === null || v === '' || (Array.isArray(v) && v.length === 0) ? (fallback ?? null) : v),
  epoch: (v, _, named) => epoch(v, named),
  escape: (v, [strategy], named) => escapeText(text(v), typeof strategy === 'string' ? strategy : typeof named['strategy'] === 'string' ? named['strategy'] : 'html'),
  first: (v) => (typeof v === 'string' ? v.charAt(0) : Array.isArray(v) ? (v[0] ?? null) : null),
  last: (v) => (typeof v === 'string' ? v.slice(-1) : Array.isArray(v) ? (v.at(-1) ?? null) : null),
  join: (v, [separator]) => (Array.isArray(v) ? v.map(text).join(separator === undefined ? '' : text(separator)) : text(v)),
  length: (v) => (v === null ? 0 : typeof v === 'string' || Array.isArray(v) ? v.length : typeof v === 'object' && !(v instanceof Date) ? Object.keys(v).length : text(v).length),
  lower: (v) => text(v).toLowerCase(),
  upper: (v) => text(v).toUpperCase(),
  nl2br: (v) => text(v).replace(/\r?\n/g, '<br />'),
  numberformat: (v, [pattern]) => numberFormat(v, pattern),
  raw: (v) => v,
  replace: (v, [map]) => {
    if (typeof map !== 'object' || map === null || Array.isArray(map) || map instanceof Date) return fail('replace needs a map of {"search": "replacement"}');
    let s = text(v);
    for (const [search, replacement] of Object.entries(map)) s = s.split(search).join(text(replacement));
    return s;
  },
  reverse: (v) => (Array.isArray(v) ? [...v].reverse() : [...text(v)].reverse().join('')),
  rsort: (v) => (Array.isArray(v) ? [...v].sort(order).reverse() : fail('rsort needs a list')),
  sha256: (v) => createHash('sha256').update(text(v), 'utf8').digest('hex'),
  slice: (v, [from, to]) => slice(v, from, to),
  sort: (v) => (Array.isArray(v) ? [...v].sort(order) : fail('sort needs a list')),
  split: (v, [delimiter, limit]) => {
    const parts = text(v).split(new RegExp(text(delimiter ?? ',')));
    return limit === undefined ? parts : [...parts.slice(0, Number(limit) - 1), parts.slice(Number(limit) - 1).join(text(delimiter ?? ','))];
  },
  title: (v) => text(v).replace(/(^|\s)(\S)/g, (_, space: string, c: string) => space + c.toUpperCase()),
  trim: (v) => text(v).trim(),
  urlencode: (v) => urlEncode(text(v)),
};

function order(a: PebbleValue, b: PebbleValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = text(a);
  const y = text(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The names of every filter the simulator knows. */
export const filterNames: readonly string[] = Object.keys(FILTERS);

export function applyFilter(name: string, value: PebbleValue, args: PebbleValue[], named: Record<string, PebbleValue>, _context: FilterContext): PebbleValue {
  const filter = Object.hasOwn(FILTERS, name) ? FILTERS[name] : undefined;
  if (!filter) return fail(`"${name}" is not a Pebble filter`);
  try {
    return filter(value, args, named);
  } catch (error) {
    if (error instanceof DatePatternError) return fail(error.message);
    throw error;
  }
}

export function callFunction(name: string, args: PebbleValue[], _named: Record<string, PebbleValue>, context: FilterContext): PebbleValue {
  switch (name) {
    case 'now':
      return new Date(context.now.getTime());
    case 'max':
    case 'min': {
      const numbers = args.map((a) => (typeof a === 'number' ? a : fail(`${name}() needs numbers`)));
      return name === 'max' ? Math.max(...numbers) : Math.min(...numbers);
    }
    case 'range': {
      const [from, to, step] = args.map(Number) as [number, number, number | undefined];
      const out: number[] = [];
      for (let n = from; (step ?? 1) > 0 ? n <= to : n >= to; n += step ?? 1) if (out.push(n) > 10000) break;
      return out;
    }
    default:
      return fail(`"${name}()" is not a Pebble function`);
  }
}
