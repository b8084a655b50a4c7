// TypeDoc plugin: groups the API site by topic (issue 12) without a @category tag in every source
// file — a top-level export gets the category of the module it is declared in (an explicit
// @category in its TSDoc wins). Loaded by typedoc.json ("plugin").
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** Module folder (under src/) → category. */
const BY_FOLDER = {
  timeline: 'Timeline',
  sickness: 'Timeline',
  vangnet: 'Timeline',
  passendWerk: 'Passend werk',
  spoor2: 'Spoor 2',
  obligations: 'Sanctions',
  audit: 'Audit',
  endOfWachttijd: 'End of wachttijd',
  calendar: 'Calendar',
  export: 'Export',
  errors: 'Errors',
};
/** Files whose exports belong elsewhere than their folder. */
const BY_FILE = {
  'endOfWachttijd/computeLoonsanctie.ts': 'Sanctions',
  'endOfWachttijd/safeComputeLoonsanctie.ts': 'Sanctions',
  // moved to a lower layer (issue 10) — they keep the category of the folder they came from
  'law/ruleSets.ts': 'Timeline',
  'law/types.ts': 'Timeline',
  'law/vangnetGroups.ts': 'Timeline',
  'law/endOfWachttijdNorms.ts': 'End of wachttijd',
  'timeline/applyEndOfWachttijdEvents.ts': 'End of wachttijd',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.parent?.kindOf(ReflectionKind.Project | ReflectionKind.Module)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const decl = symbol?.declarations?.[0] ?? symbol?.valueDeclaration;
    const file = decl?.getSourceFile().fileName.replace(/\\/g, '/');
    const m = file && /\/src\/((\w+)\/[^/]+\.ts)$/.exec(file);
    if (!m) return;
    const category = BY_FILE[m[1]] ?? BY_FOLDER[m[2]];
    if (category === undefined) return; // defaultCategory (typedoc.json)
    reflection.comment ??= new Comment();
    if (reflection.comment.blockTags.some((t) => t.tag === '@category')) return;
    reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
  });
}
