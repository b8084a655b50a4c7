import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import type { DossierDocument, DossierDocumentType } from './types.js';

const FN = 'auditReIntegratieverslag';

/** Document types that carry the visie of employer and employee (Regeling procesgang art 4 lid 2). @internal */
export const VISIE_TYPES: ReadonlySet<DossierDocumentType> = new Set<DossierDocumentType>(['plan-van-aanpak', 'bijstelling-plan-van-aanpak', 'evaluatie', 'eerstejaarsevaluatie', 'eindevaluatie']);
/** Item documents that may predate day 1 (administrative data, the job, …). */
const ITEM_ONLY_TYPES: ReadonlySet<DossierDocumentType> = new Set<DossierDocumentType>(['administratieve-gegevens', 'aard-bedrijf', 'functie-werknemer', 'vaardigheden-werknemer', 'eerste-ziektedag', 'oordeel-arbeidsverhouding']);

/** The issues of one document: after `asOf`, before day 1, items or visie on a document that has none. */
function documentIssues(d: DossierDocument, i: number, firstSickDay: string, asOf: string): InputIssue[] {
  const issues: InputIssue[] = [];
  if (d.date > asOf) issues.push({ path: ['documents', i, 'date'], code: 'inconsistent', message: `lies after asOf (${d.date} > ${asOf}): a document cannot exist yet` });
  if (d.date < firstSickDay && !ITEM_ONLY_TYPES.has(d.type)) issues.push({ path: ['documents', i, 'date'], code: 'inconsistent', message: `lies before day 1 (${d.date} < ${firstSickDay})` });
  if (d.items !== undefined && d.type !== 're-integratieverslag') issues.push({ path: ['documents', i, 'items'], code: 'invalid_value', message: "only a 're-integratieverslag' document lists items" });
  if (d.missingItems !== undefined && d.type !== 're-integratieverslag') issues.push({ path: ['documents', i, 'missingItems'], code: 'invalid_value', message: "only a 're-integratieverslag' document lists the items it lacks" });
  const both = (d.missingItems ?? []).filter((x) => d.items?.includes(x) === true);
  if (both.length > 0) issues.push({ path: ['documents', i, 'missingItems'], code: 'inconsistent', message: `item(s) ${both.join(', ')} listed both in items and in missingItems` });
  if (d.visie !== undefined && !VISIE_TYPES.has(d.type)) issues.push({ path: ['documents', i, 'visie'], code: 'invalid_value', message: 'visie applies only to a plan van aanpak, its bijstelling and evaluations' });
  return issues;
}

/**
 * The semantic checks of the documents that a schema cannot express; throws all issues at once.
 *
 * @param docs - The parsed documents.
 * @param firstSickDay - Day 1 of the case.
 * @param asOf - Today.
 * @throws {@link PoortwachterError} listing every issue.
 * @internal
 */
export function checkAuditDocuments(docs: readonly DossierDocument[], firstSickDay: string, asOf: string): void {
  const issues = docs.flatMap((d, i) => documentIssues(d, i, firstSickDay, asOf));
  if (issues.length > 0) throw new PoortwachterError(FN, issues);
}
