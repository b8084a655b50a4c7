import type { Localized } from '../i18n/types.js';
import type { Spoor2Assessment } from './assess.js';
import type { Spoor2Facts } from './facts.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { assessSpoor2BevredigendResultaat } from './bevredigendResultaat.js';
import type { Spoor2LoonsanctieRisk, Spoor2LoonsanctieStep, Spoor2Finding } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { walkUwvReviewOrder, type UwvReviewSeverity } from '../review/uwvReviewOrder.js';

/**
 * The loonsanctie risk in UWV's order of review of the re-integratieverslag (Werkwijzer, via
 * rviregister; wvp-rules.md §6.5): documents complete → satisfactory result → sufficient efforts →
 * deugdelijke grond → repairable, walked by the one implementation `walkUwvReviewOrder`
 * (src/review, shared with `auditReIntegratieverslag`); steps UWV does not get to have `answer: null`.
 *
 * @internal
 */
export function assessLoonsanctieRisk(f: Spoor2Facts, s: Spoor2Assessment, findings: readonly Spoor2Finding[]): Spoor2LoonsanctieRisk {
  const i = f.input;
  const a = i.activities;
  const asOf = f.asOf;

  // 1. Documents complete (RPE art 6 lid 1, as far as spoor 2 goes: the eerstejaarsevaluatie (h), the adjusted PvA (g)).
  const docReasons: Localized[] = [];
  let docs: Answer = 'yes';
  let docsDefect: UwvReviewSeverity = 'warning';
  if (f.ejeDue !== undefined && asOf !== undefined && asOf > f.ejeDue) {
    if (i.eerstejaarsevaluatie === undefined) { docs = 'unknown'; docReasons.push({ nl: 'Onbekend of de eerstejaarsevaluatie is gehouden.', en: 'Unknown whether the first-year evaluation was held.' }); }
    else if (i.eerstejaarsevaluatie.held === false) { docs = 'no'; docsDefect = 'critical'; docReasons.push({ nl: 'De eerstejaarsevaluatie ontbreekt (Regeling procesgang art 6 lid 1 h).', en: 'The first-year evaluation is missing (Regeling procesgang art 6(1)(h)).' }); }
  }
  if (s.started === 'yes' && a?.planVanAanpakAdjustedOn === undefined) {
    docs = 'no';
    docReasons.push({ nl: 'Het bijgestelde plan van aanpak ontbreekt (Regeling procesgang art 6 lid 1 g).', en: 'The adjusted plan of action is missing (Regeling procesgang art 6(1)(g)).' });
  }
  if (a === undefined && docs === 'yes') { docs = 'unknown'; docReasons.push({ nl: 'Wat er is gedaan (activities) ontbreekt.', en: 'What has been done (activities) is missing.' }); }
  if (docs === 'yes') docReasons.push({ nl: 'De documenten voor het tweede spoor die de invoer noemt zijn aanwezig.', en: 'The track-2 documents the input covers are present.' });
  if (docs === 'no') docReasons.push({ nl: 'UWV vraagt het verslag aan te vullen (termijn één week, Beoordelingskader §5); blijft dat uit, dan volgt een administratieve loonsanctie (WIA 25 lid 9).', en: 'UWV asks to complete the report (one week, Beoordelingskader §5); if not, an administrative wage sanction follows (WIA 25(9)).' });

  // 2. Satisfactory result (BBP §3): the one rule of src/passendWerk.
  const br = assessSpoor2BevredigendResultaat(f, s.exceptions);
  const result: Answer = br.answer;
  const resReasons: Localized[] = [...br.reasons];

  // 3. Sufficient efforts: `no` with a critical finding, `doubt` with warnings only or while the term runs.
  const critical = findings.filter((x) => x.severity === 'critical');
  const warnings = findings.filter((x) => x.severity === 'warning');
  let efforts: Answer | 'doubt';
  const effReasons: Localized[] = [];
  if (s.status === 'exempt') {
    efforts = 'yes';
    effReasons.push({ nl: 'Een uitzondering geldt; UWV toetst of die terecht was.', en: 'An exception holds; UWV checks whether it was justified.' });
  } else if (critical.length > 0) {
    efforts = 'no';
    for (const c of critical) effReasons.push(c.title);
  } else if (warnings.length > 0) {
    efforts = 'doubt';
    for (const w of warnings) effReasons.push(w.title);
    effReasons.push({ nl: 'UWV weegt deze punten; zij kunnen tot onvoldoende inspanningen leiden.', en: 'UWV weighs these points; they can amount to insufficient efforts.' });
  } else if (s.status === 'must-start') {
    // The term runs and nothing has started: no shortfall yet, but no efforts to judge either.
    efforts = 'doubt';
    effReasons.push({ nl: `Het tweede spoor moet nog starten (uiterlijk ${s.deadline.requiredBy ?? 'onbekend'}); het oordeel hangt af van wat er dan gebeurt.`, en: `Track 2 has yet to start (by ${s.deadline.requiredBy ?? 'unknown'}); the verdict depends on what happens next.` });
  } else if (s.status === 'unknown' || s.started === 'unknown') {
    efforts = 'unknown';
    effReasons.push({ nl: 'Onbekend: feiten ontbreken (zie missingFacts).', en: 'Unknown: facts are missing (see missingFacts).' });
  } else {
    efforts = 'yes';
    effReasons.push({ nl: 'Geen tekortkomingen gevonden in de gegeven feiten.', en: 'No shortcomings found in the facts given.' });
  }

  // 4. Deugdelijke grond (BVL art 1 f).
  const g = i.deugdelijkeGrond;
  let grond: Answer;
  const grondReasons: Localized[] = [];
  if (g === undefined) { grond = 'unknown'; grondReasons.push({ nl: 'Onbekend: geen deugdelijke grond opgegeven of uitgesloten (deugdelijkeGrond).', en: 'Unknown: no valid reason given or ruled out (deugdelijkeGrond).' }); }
  else if (g.followedDeskundigenoordeel === true) { grond = 'yes'; grondReasons.push({ nl: 'De werkgever volgde een deskundigenoordeel van UWV (Werkwijzer, update mei 2020: deugdelijke grond).', en: 'The employer followed a UWV expert opinion (Werkwijzer, May 2020 update: a valid reason).' }); }
  else if (g.otherReason !== undefined) { grond = 'unknown'; grondReasons.push({ nl: `Aangevoerde grond: "${g.otherReason}". UWV beoordeelt of die zo zwaarwegend is dat het tekort de werkgever niet valt te verwijten.`, en: `Reason put forward: "${g.otherReason}". UWV judges whether it is weighty enough that the shortfall cannot be blamed on the employer.` }); }
  else { grond = 'no'; grondReasons.push({ nl: 'Geen deugdelijke grond aangevoerd.', en: 'No valid reason put forward.' }); }

  // 5. Repairable.
  let repair: Answer;
  const repReasons: Localized[] = [];
  const gbm = s.exceptions.find((e) => e.id === 'geen-benutbare-mogelijkheden');
  if (gbm?.holds === 'yes') { repair = 'no'; repReasons.push({ nl: 'Geen benutbare mogelijkheden: herstel is niet mogelijk.', en: 'No usable capacity: repair is not possible.' }); }
  else if ((i.bedrijfsarts?.capacityHoursPerWeek ?? 0) > 0 || i.bedrijfsarts?.ownWorkPossible === 'partly') {
    repair = 'yes';
    repReasons.push({ nl: 'De werknemer heeft benutbare mogelijkheden: het tekort is te herstellen, UWV legt dan een loonsanctie op tot het hersteld is (WIA 25 lid 9, 12).', en: 'The employee has usable capacity: the shortfall can be repaired; UWV then imposes a wage sanction until it is (WIA 25(9), (12)).' });
  } else { repair = 'unknown'; repReasons.push({ nl: 'Onbekend: de belastbaarheid (bedrijfsarts.capacityHoursPerWeek) ontbreekt.', en: 'Unknown: the work capacity (bedrijfsarts.capacityHoursPerWeek) is missing.' }); }
  repReasons.push({ nl: 'Is het tekort niet meer te herstellen, dan heeft een loonsanctie in de praktijk geen zin (Werkwijzer, praktijk).', en: 'If the shortfall can no longer be repaired, a wage sanction serves no purpose in practice (Werkwijzer, practice).' });

  // Walk the steps in UWV's order: the one implementation in src/review.
  const walk = walkUwvReviewOrder({ documents: docs, documentsDefect: docsDefect, satisfactoryResult: result, efforts, deugdelijkeGrond: grond, deugdelijkeGrondPutForward: g?.otherReason !== undefined, repairable: repair });
  const level = walk.level;
  const reasonsOf: Record<Spoor2LoonsanctieStep['id'], Localized[]> = {
    'documents-complete': docReasons, 'satisfactory-result': resReasons, 'sufficient-efforts': effReasons, 'deugdelijke-grond': grondReasons, repairable: repReasons,
  };
  const meta: Record<Spoor2LoonsanctieStep['id'], { legalBasis: Spoor2LoonsanctieStep['legalBasis']; normKind: Spoor2LoonsanctieStep['normKind'] }> = {
    'documents-complete': { legalBasis: [R.RPE_6, R.WIA_65, R.BBP_5], normKind: 'regulation' },
    'satisfactory-result': { legalBasis: [R.BBP_3], normKind: 'policy' },
    'sufficient-efforts': { legalBasis: [R.BBP_4, R.BBP_9, R.BW_658A_1], normKind: 'policy' },
    'deugdelijke-grond': { legalBasis: [R.WIA_25_9, R.BVL_1F, R.WWP_DEUGDELIJK], normKind: 'policy' },
    repairable: { legalBasis: [R.WIA_25_9, R.WIA_25_12, R.WWP_REVIEW], normKind: 'practice' },
  };
  // Spoor 2 says `unknown` where the walk says `doubt` (shortcomings UWV weighs).
  const steps = walk.steps.map((w): Spoor2LoonsanctieStep => {
    const answer: Answer | null = w.answer === 'doubt' ? 'unknown' : w.answer;
    return Object.freeze({ id: w.id, answer, reasons: answer === null ? [] : reasonsOf[w.id], ...meta[w.id] });
  });
  const levelText: Record<Spoor2LoonsanctieRisk['level'], Localized> = {
    low: { nl: 'Laag risico op een loonsanctie', en: 'Low risk of a wage sanction' },
    medium: { nl: 'Middelmatig risico op een loonsanctie', en: 'Medium risk of a wage sanction' },
    high: { nl: 'Hoog risico op een loonsanctie (tot 52 weken, WIA 25 lid 9)', en: 'High risk of a wage sanction (up to 52 weeks, WIA 25(9))' },
    unknown: { nl: 'Risico op een loonsanctie onbekend: feiten ontbreken', en: 'Risk of a wage sanction unknown: facts missing' },
  };
  return Object.freeze({
    level, steps,
    explanation: {
      nl: `${levelText[level].nl}. Volgorde van de toets door UWV: documenten compleet → bevredigend resultaat → voldoende inspanningen → deugdelijke grond → herstelbaar (praktijk, Werkwijzer).`,
      en: `${levelText[level].en}. UWV's order of review: documents complete → satisfactory result → sufficient efforts → valid reason → repairable (practice, Werkwijzer).`,
    },
    legalBasis: [R.WIA_25_9, R.WWP_REVIEW, R.BBP_4],
  });
}
