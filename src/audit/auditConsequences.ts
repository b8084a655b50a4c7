import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { Tracer, TraceOutcome } from '../engine/trace.js';
import { EOW_REFS } from '../law/endOfWachttijdRefs.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { LEGAL_REFS } from '../legal/references.js';
import { OBLIGATION_REFS as R } from '../obligations/legalRefs.js';
import type { ParsedFact } from '../obligations/factInput.js';
import type { NormKind } from '../timeline/types.js';
import type { Answer } from '../vocabulary/index.js';
import type { AuditCase } from './auditCase.js';
import { renderAuditStep, type AuditMessageKey } from './renderAuditStep.js';
import type { AuditStepId, ConsequenceId, LatenessConsequence } from './types.js';

/** A late or missing step whose consequences are traced. @internal */
export interface LateStep {
  readonly c: AuditCase;
  readonly t: Tracer;
  readonly id: AuditStepId;
  readonly status: 'late' | 'missing';
  readonly days: number;
  readonly done: string | null;
}

/** The optional parts of one consequence. */
interface ConsequenceExtra {
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  readonly amount?: number | null;
  readonly date?: string | null;
  readonly missingFacts?: readonly string[];
  readonly message?: AuditMessageKey;
}

const ANSWER_OUTCOME: Readonly<Record<Answer, TraceOutcome>> = { yes: 'met', no: 'not-met', unknown: 'unknown' };

function triApplies(v: ParsedFact | undefined): Answer {
  return v === true ? 'yes' : v === false ? 'no' : 'unknown';
}

/** Records one consequence as a trace step and returns it, its explanation rendered from the step. */
function consequence(s: LateStep, id: ConsequenceId, applies: Answer, legalBasis: readonly LegalRef[], normKind: NormKind, x: ConsequenceExtra = {}): LatenessConsequence {
  const amount = x.amount ?? null;
  const date = x.date ?? null;
  const step = s.t.record({
    rule: `audit.consequence.${id}`, refs: legalKeysOf(legalBasis), outcome: ANSWER_OUTCOME[applies],
    inputs: { step: s.id, status: s.status, days: s.days }, outputs: { applies, amount, date },
    missingFacts: x.missingFacts ?? [], message: x.message ?? `consequence.${id}`, params: x.params ?? {},
  });
  return Object.freeze({ id, applies, amount, date, explanation: renderAuditStep(step), legalBasis, normKind });
}

/** A late or missing process step (probleemanalyse, plan van aanpak, evaluations): subordinate to the efforts (BBP §4). */
function processConsequences(s: LateStep): LatenessConsequence[] {
  return [
    consequence(s, 'proces-ondergeschikt-motiveer-afwijking', 'yes', [LEGAL_REFS.RPE_5, R.BBP_4], 'regulation'),
    // Whether a process gap leads to a loonsanctie is UWV's judgement (BBP §4), not the statute's.
    consequence(s, 'loonsanctie-risico', s.status === 'missing' && s.id !== 'evaluatie' ? 'yes' : 'unknown', [R.WIA_25_9, R.BBP_4], 'policy'),
  ];
}

/** A late or missing spoor 2. */
function spoor2Consequences(s: LateStep): LatenessConsequence[] {
  return [
    consequence(s, 'loonsanctie-risico', s.status === 'missing' ? 'yes' : 'unknown', [R.WIA_25_9, LEGAL_REFS.BBP_5, LEGAL_REFS.BBP_9], 'policy'),
    ...(s.status === 'late' ? [consequence(s, 'proces-ondergeschikt-motiveer-afwijking', 'yes', [LEGAL_REFS.RPE_5, R.BBP_4], 'regulation')] : []),
  ];
}

/** A late or missing 42-week melding: a fine only when culpable (ZW 38 lid 3), and the WIA 64 lid 6 protection. */
function ziekmeldingConsequences(s: LateStep): LatenessConsequence[] {
  const culpable = s.c.facts.ziekmeldingCulpable;
  const missingFacts = culpable === undefined || culpable === 'unknown' ? ['facts.ziekmeldingCulpable'] : [];
  const applies = triApplies(culpable);
  const days = s.days;
  const band = days <= 0 ? 0 : days <= 6 ? 70 : days <= 27 ? 230 : 455;
  const out = [
    consequence(s, 'boete-alleen-bij-verwijtbaarheid', applies, [R.ZW_38_3, R.BBW], 'statutory', { params: { amount: 455 }, amount: 455, missingFacts }),
    consequence(s, 'boete-indicatie-secundair', applies, [R.ZW_38_3], 'practice', { params: { days, amount: band }, amount: band, missingFacts }),
    consequence(s, 'geen-loonsanctie-om-termijn-alleen', 'yes', [R.ZW_38_3, R.BBP_4], 'statutory'),
  ];
  const { safeDay, safeWeeks, asOf } = s.c;
  const afterSafe = s.done !== null ? s.done >= safeDay : asOf >= safeDay;
  if (afterSafe) out.push(consequence(s, 'wia-64-6-bescherming-vervalt', 'yes', [LEGAL_REFS.WIA_64_6], 'statutory', { params: { date: safeDay, weeks: safeWeeks }, date: safeDay }));
  return out;
}

/**
 * A late or missing WIA-aanvraag — all from computeLateWiaAanvraag: the delay counts from the
 * statutory deadline (WIA 64 lid 3), `'unknown'` while the safe harbour of WIA 64 lid 6 depends on
 * facts the file does not show.
 */
function wiaAanvraagConsequences(s: LateStep): LatenessConsequence[] {
  const late = s.c.lateWia;
  if (late === null) return [];
  const timely = late.timely;
  const forfeited = late.wageForfeited;
  const applies: Answer = timely === 'yes' ? 'no' : timely === 'no' ? 'yes' : 'unknown';
  const delay = late.delayDays;
  const ext = timely === 'yes' ? null : late.wageLastDay;
  const out: LatenessConsequence[] = [timely === 'yes'
    ? consequence(s, 'loondoorbetaling-verlengd', applies, [EOW_REFS.WIA_64_6, EOW_REFS.BW_629_11A], 'statutory', {
      message: 'consequence.loondoorbetaling-verlengd.timely', params: { app: s.done ?? s.c.asOf, deadline: late.deadline, safeHarbour: late.code !== 'tijdig' },
    })
    : consequence(s, 'loondoorbetaling-verlengd', applies, [EOW_REFS.BW_629_11A], 'statutory', { params: { days: delay, date: ext ?? '', end: s.c.tl.wachttijdLastDay ?? '' }, date: ext })];
  out.push(consequence(s, 'opzegverbod-verlengd', applies, [R.BW_670_11A], 'statutory', { params: { days: delay } }));
  out.push(consequence(s, 'geen-loon-over-vertraging', timely === 'yes' ? 'no' : forfeited === 'yes' && timely === 'no' ? 'yes' : forfeited === 'no' ? 'no' : 'unknown', [EOW_REFS.BW_629_3F, R.BW_629_7], 'statutory'));
  const floor = late.dates.find((d) => d.id === 'wia-recht-niet-eerder-dan')!.date;
  const beyond = late.wiaIngang === floor && floor > fromDayNumber(toDayNumber(late.wageLastDay) + 1);
  out.push(consequence(s, 'wia-max-52-weken-terug', beyond ? 'yes' : 'no', [EOW_REFS.WIA_64_11], 'statutory', { date: beyond ? floor : null }));
  return out;
}

/**
 * What follows a late or missing step: each consequence recorded as a trace step.
 *
 * @param s - The step, its status and days late, with the case and the tracer.
 * @returns The consequences, in a fixed order per step.
 * @internal
 */
export function consequencesOf(s: LateStep): LatenessConsequence[] {
  switch (s.id) {
    case 'probleemanalyse':
    case 'plan-van-aanpak':
    case 'evaluatie':
    case 'eerstejaarsevaluatie':
      return processConsequences(s);
    case 'spoor-2-start':
      return spoor2Consequences(s);
    case 're-integratieverslag':
    case 'afschrift-werknemer':
      return [consequence(s, 'riv-nodig-bij-wia-aanvraag', 'yes', [LEGAL_REFS.WIA_65, LEGAL_REFS.WIA_25_3, R.WIA_25_8, R.WIA_25_9], 'statutory')];
    case 'ziekmelding-uwv':
      return ziekmeldingConsequences(s);
    case 'wia-aanvraag':
      return wiaAanvraagConsequences(s);
  }
}
