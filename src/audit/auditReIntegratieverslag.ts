import { Tracer, missingFactsOf } from '../engine/trace.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { parseInput } from '../input/zodIssues.js';
import { VISIE_OLD_RULES, VISIE_REQUIREMENT } from '../obligations/norms.js';
import { MAX_SICK_PERIODS } from '../sickness/validateSickInput.js';
import type { Severity } from '../vocabulary/index.js';
import { assessLoonsanctieRisk } from './assessLoonsanctieRisk.js';
import { auditCase, timelineBase, timelineOrThrow } from './auditCase.js';
import { checkAuditItems, checkAuditVisie } from './auditItems.js';
import { inputSchema } from './auditSchema.js';
import { checkAuditSteps, stepNeeded } from './auditSteps.js';
import { checkAuditDocuments } from './checkAuditDocuments.js';
import type { AuditFinding, ReIntegratieverslagAudit, ReIntegratieverslagAuditInput } from './types.js';

const FN = 'auditReIntegratieverslag';
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

/**
 * Audits the reintegration file before the WIA-aanvraag, the way UWV reviews the
 * re-integratieverslag: each item of Regeling procesgang art 6 lid 1 a–l present or missing; the
 * visie of employer and employee in the plan van aanpak and every evaluation (since 1 July 2023);
 * every step of the timeline on time, late or missing; the consequences of each lateness; and the
 * loonsanctie risk in UWV's order of review, with what can still be repaired and by when.
 *
 * @remarks
 * Due dates come from {@link computeTimeline} (with the documents as events), so samentelling, rule
 * sets by date in force and the dependent deadlines (plan van aanpak after an early probleemanalyse,
 * spoor 2 after the eerstejaarsevaluatie) are the library's. Items are required once the verslag is
 * due (WIA 25 lid 3: "uiterlijk dertien weken voor afloop van de wachttijd"). The 42-week melding is
 * fined only when culpable (ZW 38 lid 3, Beleidsregel boete werkgevers ZW); the fine bands are a
 * secondary source and labelled `practice`. A late WIA-aanvraag extends wage payment and opzegverbod
 * by the delay (BW 7:629 lid 11 a, 7:670 lid 11 a) — the answer of {@link computeLateWiaAanvraag}.
 * The repair dates are those of `computeLoonsanctie`: UWV decides at the latest six weeks before the
 * end, counted backwards (WIA 25 lid 10), and a bekortingsverzoek (WIA 25 lid 12–14, also after an
 * administrative loonsanctie for an incomplete verslag) is possible until the end of the 52 weeks,
 * WAZO leave included (WIA 25 lid 9). The audit sees presence, dates and the visie
 * flag — not whether the plan or the efforts are adequate; the risk level is the procedural risk.
 *
 * @param input - Day 1 (`firstSickDay` or `sickPeriods`), `asOf`, the `documents` with dates, and `facts` the documents do not show.
 * @returns Items, visie checks, steps with consequences, findings (stable codes, severity, legal basis, nl/en), the loonsanctie risk,
 *   missing facts, and the `trace` of every rule applied (the explanations are rendered from it, `missingFacts` is derived from it).
 * @throws {@link PoortwachterError} for invalid input: bad dates, unknown fields or types, documents after `asOf` or before day 1, `items` on a non-verslag document.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0013540&artikel=6 | Regeling procesgang art 6}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=25 | WIA art 25}
 * @see {@link https://wetten.overheid.nl/BWBR0014375 | Beleidsregels beoordelingskader poortwachter}
 * @example
 * const audit = auditReIntegratieverslag({
 *   firstSickDay: '2024-01-01', asOf: '2024-03-01',
 *   documents: [{ type: 'probleemanalyse', date: '2024-02-05' }],
 * });
 * audit.findings.map((f) => f.code) //=> ['plan-van-aanpak-missing']  (due 2024-02-19, 14 days after the probleemanalyse)
 */
export function auditReIntegratieverslag(input: ReIntegratieverslagAuditInput): ReIntegratieverslagAudit {
  // Totality (issue 14): a list far beyond any real file is rejected before the schema walks it.
  const givenDocs: unknown = typeof input === 'object' && input !== null ? (input as { documents?: unknown }).documents : undefined;
  if (Array.isArray(givenDocs) && givenDocs.length > MAX_SICK_PERIODS) throw PoortwachterError.single(FN, ['documents'], 'invalid_value', `at most ${MAX_SICK_PERIODS} documents, got ${givenDocs.length}`);
  const v = parseInput(inputSchema, input, FN);
  const base = timelineBase(v);
  const D = timelineOrThrow(base).firstSickDay;
  checkAuditDocuments(v.documents, D, v.asOf);

  const t = new Tracer();
  const c = auditCase(v, base, t);
  const findings: AuditFinding[] = [];
  const steps = checkAuditSteps(c, t, findings);
  const riv = c.tl.milestones.find((m) => m.id === 're-integratieverslag');
  const rivRequired = riv !== undefined && c.asOf > riv.due && stepNeeded(c, riv.due);
  const items = checkAuditItems(c, t, rivRequired, findings);
  const visie = checkAuditVisie(c, t, D, findings);
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const loonsanctieRisk = assessLoonsanctieRisk(c, t, findings, rivRequired, visie.some((x) => x.status === 'unknown'));
  const trace = t.done();

  return Object.freeze({
    asOf: c.asOf,
    firstSickDay: D,
    wachttijdLastDay: c.tl.wachttijdLastDay,
    ruleSetId: c.tl.ruleSet.id,
    // Visie (Regeling procesgang art 4 lid 2, since 1 July 2023)
    visieRequirement: D >= VISIE_REQUIREMENT.validFrom || c.asOf > VISIE_OLD_RULES.validTo!,
    items: Object.freeze(items),
    visie: Object.freeze(visie),
    steps: Object.freeze(steps),
    findings: Object.freeze(findings),
    loonsanctieRisk,
    missingFacts: Object.freeze(missingFactsOf(trace).sort()),
    notices: Object.freeze(c.notices),
    trace,
  });
}
