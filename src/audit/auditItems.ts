import type { Tracer } from '../engine/trace.js';
import { localize } from '../i18n/types.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { LEGAL_REFS } from '../legal/references.js';
import { OBLIGATION_REFS as R } from '../obligations/legalRefs.js';
import { VISIE_OLD_RULES, VISIE_REQUIREMENT } from '../obligations/norms.js';
import type { AuditCase } from './auditCase.js';
import { AUDIT_ITEMS } from './auditSchema.js';
import { VISIE_TYPES } from './checkAuditDocuments.js';
import { ITEM_LABELS } from './messages.js';
import { renderAuditStep } from './renderAuditStep.js';
import type { AuditFinding, AuditItem, AuditVisie, DossierDocument, DossierDocumentType, RivItem } from './types.js';

/** Which document types provide which item of Regeling procesgang art 6 lid 1. */
const ITEM_SOURCES: Readonly<Record<RivItem, readonly DossierDocumentType[]>> = Object.freeze({
  a: ['administratieve-gegevens'], b: ['aard-bedrijf'], c: ['functie-werknemer'], d: ['vaardigheden-werknemer'],
  e: ['eerste-ziektedag'], f: ['probleemanalyse'], g: ['plan-van-aanpak'], h: ['eerstejaarsevaluatie'],
  i: ['oordeel-arbeidsverhouding'], j: ['actueel-oordeel-bedrijfsarts'], k: ['oordeel-passende-arbeid'], l: ['mening-werknemer'],
});

type Indexed = { readonly d: DossierDocument; readonly i: number };

/** One item a–l: present, missing (once the verslag is due, or when the latest verslag says it lacks it) or not yet due. */
function checkItem(item: RivItem, c: AuditCase, t: Tracer, rivRequired: boolean, verslagenLatestFirst: readonly Indexed[], findings: AuditFinding[]): AuditItem {
  const provided: number[] = [];
  c.docs.forEach((d, i) => {
    if (ITEM_SOURCES[item].includes(d.type) || (d.type === 're-integratieverslag' && d.items?.includes(item))) provided.push(i);
  });
  const said = verslagenLatestFirst.find((x) => x.d.items?.includes(item) === true || x.d.missingItems?.includes(item) === true);
  const lackedByVerslag = said !== undefined && said.d.missingItems?.includes(item) === true;
  const status = provided.length > 0 && !lackedByVerslag ? 'present' : rivRequired || lackedByVerslag ? 'missing' : 'not-yet-due';
  const inFile = provided.filter((i) => i !== said?.i);
  const inVerslag = status === 'missing' && lackedByVerslag && inFile.length > 0;
  const traced = t.record({
    rule: `audit.item.${item}`, refs: legalKeysOf([R.RPE_6_1, ...(status === 'missing' ? [R.WIA_25_8] : [])]),
    outcome: status === 'present' ? 'met' : status === 'missing' ? 'not-met' : 'unknown',
    inputs: { documents: provided, rivRequired, lackedByVerslag }, outputs: { status },
    message: status === 'missing' ? (inVerslag ? 'finding.item-missing-in-verslag' : 'finding.item-missing') : `trace.item-${status}`,
    params: inVerslag ? { item, index: said!.i, documents: inFile.join(', ') } : { item },
  });
  if (status === 'missing') {
    findings.push(Object.freeze({
      code: `riv-item-${item}-missing` as const, severity: 'critical' as const, subject: `item:${item}`,
      legalBasis: [R.RPE_6_1, R.WIA_25_8], normKind: 'regulation' as const,
      explanation: renderAuditStep(traced),
      loonsanctieRelevant: true,
    }));
  }
  return Object.freeze({ item, labels: localize(ITEM_LABELS, item), status, documents: Object.freeze(provided), legalBasis: [R.RPE_6_1] });
}

/**
 * Items a–l of Regeling procesgang art 6 lid 1. The latest verslag that says something about an
 * item decides whether the verslag contains it: `missingItems` says it lacks the item even when the
 * file holds a document of that kind (RPE art 6 lid 1: the verslag must contain it). Without such a
 * statement, a document of the kind counts.
 *
 * @internal
 */
export function checkAuditItems(c: AuditCase, t: Tracer, rivRequired: boolean, findings: AuditFinding[]): AuditItem[] {
  const verslagen = c.docs.map((d, i) => ({ d, i })).filter((x) => x.d.type === 're-integratieverslag')
    .sort((a, b) => (a.d.date < b.d.date ? -1 : a.d.date > b.d.date ? 1 : a.i - b.i));
  const latestFirst = [...verslagen].reverse();
  return AUDIT_ITEMS.map((item) => checkItem(item, c, t, rivRequired, latestFirst, findings));
}

/**
 * The visie check (Regeling procesgang art 4 lid 2, since 1 July 2023) of every plan van aanpak,
 * bijstelling and evaluation: present, missing (a finding), unknown (a missing fact) or not required.
 *
 * @internal
 */
export function checkAuditVisie(c: AuditCase, t: Tracer, firstSickDay: string, findings: AuditFinding[]): AuditVisie[] {
  const visie: AuditVisie[] = [];
  c.docs.forEach((d, i) => {
    if (!VISIE_TYPES.has(d.type)) return;
    const required = firstSickDay >= VISIE_REQUIREMENT.validFrom || d.date > VISIE_OLD_RULES.validTo!;
    const status: AuditVisie['status'] = !required ? 'not-required' : d.visie === true ? 'present' : d.visie === false ? 'missing' : 'unknown';
    const plan = d.type === 'plan-van-aanpak' || d.type === 'bijstelling-plan-van-aanpak';
    const legalBasis = plan ? [R.RPE_4_2A] : [LEGAL_REFS.RPE_4_2B];
    const traced = t.record({
      rule: 'audit.visie', refs: legalKeysOf(legalBasis),
      outcome: status === 'missing' ? 'not-met' : status === 'unknown' ? 'unknown' : 'met',
      inputs: { document: i, type: d.type, date: d.date, visie: d.visie ?? null, firstSickDay }, outputs: { required, status },
      missingFacts: status === 'unknown' ? [`documents[${i}].visie`] : [],
      message: status === 'missing' ? 'finding.visie-missing' : `trace.visie-${status}`, params: { index: i, type: d.type, date: d.date },
    });
    if (status === 'missing') {
      findings.push(Object.freeze({
        code: 'visie-missing' as const, severity: 'warning' as const, subject: `document:${i}`,
        legalBasis, normKind: 'regulation' as const,
        explanation: renderAuditStep(traced),
        loonsanctieRelevant: true,
      }));
    }
    visie.push(Object.freeze({ document: i, type: d.type, required, status }));
  });
  return visie;
}
