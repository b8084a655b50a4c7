import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed XML element. */
export type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['g', 'rect', 'line', 'text', 'circle', 'title'].includes(name) });

/** Parses the SVG (failing on malformed XML) and returns the root element and the marks. */
export function parseSvg(svg: string): { root: Node; marks: Node[] } {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid)}`);
  const root = (parser.parse(svg) as { svg: Node }).svg;
  const groups = root['g'] as Node[];
  const marksGroup = groups.find((g) => g['@class'] === 'marks');
  const marks = (marksGroup?.['g'] as Node[] | undefined) ?? [];
  return { root, marks };
}
/** Text of an element's first <title>. */
export const titleOf = (n: Node): string => {
  const t = (n['title'] as unknown[])[0];
  return typeof t === 'string' ? t : String((t as Node)['#text']);
};

