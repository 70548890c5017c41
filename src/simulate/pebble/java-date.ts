/**
 * Java `DateTimeFormatter` patterns, which Pebble's `date` filter and Cisco's `epoch(format=…)`
 * filter take (docs/webex-activities-and-api.md §2.1: "format= / timeZone= arguments for a date
 * string"; corpus: `date("MM-dd-yyyy", existingFormat="…")`). Formatting covers the letters a
 * flow prints (y M d H h m s S a E z Z X and 'quoted' text); parsing reads numeric fields only.
 * Time zones are IANA names, resolved with Intl, so the result does not depend on the machine's TZ.
 */

export class DatePatternError extends Error {}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  /** Offset from UTC in minutes. */
  offset: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Whether Intl knows the zone (`UTC`, `America/New_York`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of `date` in `zone`. */
export function fieldsIn(date: Date, zone: string): Fields {
  if (!isTimeZone(zone)) throw new DatePatternError(`"${zone}" is not a time zone (give an IANA name such as "America/New_York")`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  }).formatToParts(date);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const weekdayName = parts.find((p) => p.type === 'weekday')?.value ?? 'Sun';
  const fields = {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    millisecond: date.getUTCMilliseconds(),
    weekday: DAYS.findIndex((d) => d.startsWith(weekdayName)),
    offset: 0,
  };
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.millisecond);
  fields.offset = Math.round((asUtc - date.getTime()) / 60000);
  return fields;
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, colon: boolean, zForZero: boolean): string {
  if (minutes === 0 && zForZero) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  return colon ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

/** Splits a pattern into letter runs and literal text (`'T'`, `''` for a quote). */
function tokens(pattern: string): { letter?: string; count: number; text?: string }[] {
  const out: { letter?: string; count: number; text?: string }[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === -1) throw new DatePatternError(`the date pattern "${pattern}" has an unclosed quote`);
      out.push({ text: close === i + 1 ? "'" : pattern.slice(i + 1, close), count: 0 });
      i = close + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out.push({ letter: c, count: j - i });
      i = j;
    } else {
      out.push({ text: c, count: 0 });
      i++;
    }
  }
  return out;
}

function formatField(letter: string, count: number, f: Fields, zone: string): string {
  switch (letter) {
    case 'y':
    case 'u':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
      return count >= 4 ? MONTHS[f.month - 1]! : count === 3 ? MONTHS[f.month - 1]!.slice(0, 3) : pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'H':
      return pad(f.hour, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, 3).slice(0, count).padEnd(count, '0');
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'E':
      return count >= 4 ? DAYS[f.weekday]! : DAYS[f.weekday]!.slice(0, 3);
    case 'z':
    case 'V':
      return zone;
    case 'Z':
      return offsetText(f.offset, false, false);
    case 'X':
      return offsetText(f.offset, count >= 3, true);
    case 'x':
      return offsetText(f.offset, count >= 3, false);
    default:
      throw new DatePatternError(`the date pattern letter "${letter}" is not supported by flowgen's simulator`);
  }
}

/** `date` written with `pattern` in `zone`. */
export function formatDate(date: Date, pattern: string, zone = 'UTC'): string {
  const f = fieldsIn(date, zone);
  return tokens(pattern)
    .map((t) => (t.letter === undefined ? t.text! : formatField(t.letter, t.count, f, zone)))
    .join('');
}

/** Reads `text` written with a numeric `pattern` (yyyy MM dd HH mm ss SSS, literals); UTC unless it carries an offset. */
export function parseDate(text: string, pattern: string): Date {
  let i = 0;
  const f = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, offset: 0, pm: undefined as boolean | undefined };
  const fail = (): never => {
    throw new DatePatternError(`"${text}" does not match the date pattern "${pattern}"`);
  };
  for (const t of tokens(pattern)) {
    if (t.letter === undefined) {
      if (!text.startsWith(t.text!, i)) fail();
      i += t.text!.length;
      continue;
    }
    if (t.letter === 'a') {
      const ampm = text.slice(i, i + 2).toUpperCase();
      if (ampm !== 'AM' && ampm !== 'PM') fail();
      f.pm = ampm === 'PM';
      i += 2;
      continue;
    }
    if (t.letter === 'X' || t.letter === 'Z' || t.letter === 'x') {
      const m = /^(Z|[+-]\d\d:?\d\d)/.exec(text.slice(i)) ?? fail();
      const z = m[1]!;
      f.offset = z === 'Z' ? 0 : (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2)));
      i += z.length;
      continue;
    }
    const digits = /^\d+/.exec(text.slice(i, t.count > 1 ? i + t.count : undefined))?.[0] ?? fail();
    i += digits.length;
    const n = Number(digits);
    if (t.letter === 'y' || t.letter === 'u') f.year = digits.length === 2 ? 2000 + n : n;
    else if (t.letter === 'M') f.month = n;
    else if (t.letter === 'd') f.day = n;
    else if (t.letter === 'H' || t.letter === 'h') f.hour = n;
    else if (t.letter === 'm') f.minute = n;
    else if (t.letter === 's') f.second = n;
    else if (t.letter === 'S') f.millisecond = Number(digits.slice(0, 3).padEnd(3, '0'));
    else throw new DatePatternError(`the date pattern letter "${t.letter}" cannot be parsed by flowgen's simulator`);
  }
  if (i !== text.length) fail();
  if (f.pm !== undefined) f.hour = (f.hour % 12) + (f.pm ? 12 : 0);
  return new Date(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond) - f.offset * 60000);
}
