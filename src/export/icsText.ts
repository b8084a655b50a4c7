/**
 * Low-level RFC 5545 text helpers: escaping TEXT values and folding content lines.
 * Internal to the calendar export.
 *
 * @internal
 * @packageDocumentation
 */

/** Maximum octets of one content line, excluding the CRLF (RFC 5545 §3.1). */
export const ICS_MAX_LINE_OCTETS = 75;

// TEXT specials, line breaks, and the CONTROL characters TEXT may not hold (all but tab).
const NEEDS_ESCAPE = /[\\;,\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const ESCAPE = /\r\n|[\\;,\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\\\', ';': '\\;', ',': '\\,', '\r\n': '\\n', '\r': '\\n', '\n': '\\n' };

/**
 * Escapes a TEXT property value (RFC 5545 §3.3.11): backslash, semicolon and comma get a
 * backslash; every line break (CRLF, CR or LF) becomes the two characters `\n`. Other control
 * characters (U+0000–U+001F except tab, and U+007F), which TEXT may not contain (§3.1 CONTROL),
 * are dropped.
 *
 * @param value - Plain text.
 * @returns The escaped value.
 * @example
 * escapeIcsText('a,b;c\\d\ne') //=> 'a\\,b\\;c\\\\d\\ne'
 * @internal
 */
export function escapeIcsText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(ESCAPE, (c) => ESCAPED[c] ?? '');
}

/**
 * UTF-8 octets of the character starting at `i`, and how many UTF-16 units it spans (a surrogate
 * pair is one 4-octet character; a lone surrogate is written as U+FFFD, 3 octets).
 */
function charAt(s: string, i: number): [octets: number, units: number] {
  const c = s.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return [4, 2];
  return [3, 1];
}

/**
 * Folds one content line so that no physical line exceeds 75 octets (UTF-8), excluding the line
 * break (RFC 5545 §3.1). Continuation lines start with a single space, which counts toward their
 * 75 octets. Lines are split between characters, never inside a multi-octet UTF-8 sequence or a
 * surrogate pair.
 *
 * @param line - One unfolded content line without line break.
 * @returns The physical lines, to be joined with CRLF.
 * @example
 * foldIcsLine('DESCRIPTION:' + 'x'.repeat(100)).map((l) => l.length) //=> [75, 38]
 * @internal
 */
export function foldIcsLine(line: string): string[] {
  // Every UTF-16 unit is at most 3 octets, so 25 units always fit.
  if (line.length <= 25) return [line];
  const out: string[] = [];
  let start = 0;
  let limit = ICS_MAX_LINE_OCTETS;
  let nextNonAscii = -1;
  const nonAscii = /[^\x00-\x7f]/g; // local: its lastIndex is per call, not module state
  for (;;) {
    let i = start;
    let octets = 0;
    while (i < line.length) {
      // ASCII runs (1 octet per unit) are skipped in one step; only other characters are measured.
      if (nextNonAscii < i) {
        nonAscii.lastIndex = i;
        nextNonAscii = nonAscii.exec(line)?.index ?? line.length;
      }
      const run = nextNonAscii - i;
      const room = limit - octets;
      if (run >= room) {
        i += room;
        break;
      }
      i += run;
      octets += run;
      if (i >= line.length) break;
      const [n, units] = charAt(line, i);
      if (octets + n > limit) break;
      octets += n;
      i += units;
    }
    const piece = line.slice(start, i);
    out.push(out.length === 0 ? piece : ` ${piece}`);
    if (i >= line.length) return out;
    start = i;
    limit = ICS_MAX_LINE_OCTETS - 1; // the leading space of a continuation line
  }
}

/**
 * UTF-8 length of a string in octets (without TextEncoder, so it runs anywhere).
 *
 * @param value - Any string.
 * @returns Its length in UTF-8 octets.
 * @internal
 */
export function utf8Length(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair: one 4-octet character
      i++;
    } else n += 3; // other BMP characters, and a lone surrogate written as U+FFFD
  }
  return n;
}

/**
 * Unfolds folded lines (the inverse of {@link foldIcsLine}): a CRLF followed by one space or tab is
 * removed. Used by tests and by callers who want to read an export back.
 *
 * @param ics - Folded iCalendar text.
 * @returns The logical content lines.
 * @internal
 */
export function unfoldIcs(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
}
