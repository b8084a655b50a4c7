/** Longest value quoted in full in a message; longer ones are cut (issue 14). */
export const MAX_QUOTED = 60;

/**
 * Quotes a value for an error message as JSON, cut to {@link MAX_QUOTED} characters with "…" so
 * that a pasted megabyte does not flood the terminal.
 *
 * @param value - What the user gave.
 * @returns `"value"`, or `"first 60 characters…"`.
 * @example
 * quote('x'.repeat(100)) //=> '"xxxx…x…"' (60 x's, then …)
 */
export function quote(value: string): string {
  const chars = [...value];
  return chars.length <= MAX_QUOTED ? JSON.stringify(value) : `${JSON.stringify(chars.slice(0, MAX_QUOTED).join(''))}…`.replace(/"…$/, '…"');
}

/**
 * Cuts every long quoted value (`"…"`) inside a message, e.g. one from the library that echoes the
 * input.
 *
 * @param message - An issue message.
 * @returns The message with each quoted value at most {@link MAX_QUOTED} characters.
 * @example
 * cutQuoted(`not a date: "${'9'.repeat(100)}"`) //=> 'not a date: "9999…"'
 */
export function cutQuoted(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"/g, (q) => {
    if (q.length <= MAX_QUOTED + 2) return q;
    try {
      return quote(JSON.parse(q) as string);
    } catch {
      return `${q.slice(0, MAX_QUOTED + 1)}…"`;
    }
  });
}
