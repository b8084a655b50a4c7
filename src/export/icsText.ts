/**
 * Low-level RFC 5545 text helpers: escaping TEXT values and folding content lines.
 * Internal to the calendar export.
 *
 * @internal
 * @packageDocumentation
 */

/** Maximum octets of one content line, excluding the CRLF (RFC 5545 §3.1). */
export const ICS_MAX_LINE_OCTETS = 75;

/**
 * Escapes a TEXT property value (RFC 5545 §3.3.11): backslash, semicolon and comma get a
 * backslash; every line break (CRLF, CR or LF) becomes the two characters `\n`.
 *
 * @param value - Plain text.
 * @returns The escaped value.
 * @example
 * escapeIcsText('a,b;c\\d\ne') //=> 'a\\,b\\;c\\\\d\\ne'
 * @internal
 */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so that no physical line exceeds 75 octets (UTF-8), excluding the line
 * break (RFC 5545 §3.1). Continuation lines start with a single space, which counts toward their
 * 75 octets. Lines are split between code points, never inside a multi-octet UTF-8 sequence or a
 * surrogate pair.
 *
 * @param line - One unfolded content line without line break.
 * @returns The physical lines, to be joined with CRLF.
 * @example
 * foldIcsLine('DESCRIPTION:' + 'x'.repeat(100)).map((l) => l.length) //=> [75, 38]
 * @internal
 */
export function foldIcsLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Octets(ch.codePointAt(0)!);
    if (octets + n > ICS_MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out;
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
  for (const ch of value) n += utf8Octets(ch.codePointAt(0)!);
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
