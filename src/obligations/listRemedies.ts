import { fillLocalized } from '../i18n/fill.js';
import { traceStep, type TraceStep } from '../engine/trace.js';
import { localize, type Localized } from '../i18n/types.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { parseInput } from '../input/zodIssues.js';
import { inputSchema } from './remediesSchema.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import {
  DESKUNDIGENOORDEEL_FEES, DESKUNDIGENOORDEEL_FREE_FOR_DISMISSAL, DESKUNDIGENOORDEEL_WEEKS, SECOND_OPINION, normOn,
} from './norms.js';
import { REMEDY_DURATIONS, REMEDY_EXPLANATIONS, REMEDY_LABELS, REMEDY_NOTICES } from './remedyMessages.js';
import type { Fee, ListRemediesInput, Party, Remedy, RemedyId } from './types.js';

const fill = fillLocalized;

/** The step that found the fee of a deskundigenoordeel on `asOf` (Beleidsregel kosten aanvraag deskundigenoordeel 2013). */
function feeStep(v: { readonly asOf: string; readonly forDismissal?: boolean | undefined }, r: Pick<Remedy, 'fees'>): TraceStep {
  const fee = normOn(DESKUNDIGENOORDEEL_FEES, v.asOf);
  const werkgever = r.fees?.werkgever?.amount ?? null;
  const werknemer = r.fees?.werknemer?.amount ?? null;
  return traceStep({
    rule: 'remedies.deskundigenoordeel.fee', refs: fee === undefined ? [] : fee.refs, outcome: fee === undefined ? 'unknown' : 'computed',
    inputs: { asOf: v.asOf, forDismissal: v.forDismissal ?? null }, outputs: { werkgever, werknemer },
    message: fee === undefined ? 'remedy.fee-unknown' : 'remedy.fee', params: { asOf: v.asOf, werkgever: werkgever ?? '', werknemer: werknemer ?? '' },
  });
}

/** The step that found whether a remedy is in force on `asOf`. */
function inForceStep(id: RemedyId, r: Pick<Remedy, 'inForce' | 'validFrom' | 'legalBasis'>, asOf: string): TraceStep {
  return traceStep({
    rule: `remedies.${id}.in-force`, refs: legalKeysOf(r.legalBasis), outcome: r.inForce ? 'met' : 'not-met',
    inputs: { asOf }, outputs: { inForce: r.inForce, validFrom: r.validFrom },
    message: r.inForce ? 'remedy.in-force' : 'remedy.not-in-force', params: { asOf, validFrom: r.validFrom },
  });
}

/** The deskundigenoordeel of UWV (SUWI art 32), with its fees on `asOf`. */
function deskundigenoordeelRemedy(v: { readonly asOf: string; readonly forDismissal?: boolean | undefined }): [RemedyId, Omit<Remedy, 'id' | 'label' | 'labels' | 'explanation' | 'trace'>] {
  const fee = normOn(DESKUNDIGENOORDEEL_FEES, v.asOf);
  const free = v.forDismissal === true && v.asOf >= DESKUNDIGENOORDEEL_FREE_FOR_DISMISSAL.validFrom;
  const doNotices: Localized[] = [];
  if (fee === undefined) doNotices.push(localize(REMEDY_NOTICES, 'fee-unknown-before-2013'));
  else doNotices.push(localize(REMEDY_NOTICES, 'fee-start-unverified'));
  if (v.asOf >= DESKUNDIGENOORDEEL_FREE_FOR_DISMISSAL.validFrom) doNotices.push(localize(REMEDY_NOTICES, 'free-for-dismissal'));
  doNotices.push(localize(REMEDY_NOTICES, 'duration-practice'));
  const werknemerFee: Fee = { amount: fee?.value.werknemer ?? null, source: fee?.source ?? 'unknown' };
  const werkgeverFee: Fee = free
    ? { amount: 0, source: DESKUNDIGENOORDEEL_FREE_FOR_DISMISSAL.source }
    : { amount: fee?.value.werkgever ?? null, source: fee?.source ?? 'unknown' };
  return ['deskundigenoordeel', {
    availableTo: ['werknemer', 'werkgever'] as Party[],
    inForce: true,
    topics: ['arbeidsongeschikt-eigen-werk', 'passende-arbeid', 're-integratie-inspanningen-werkgever', 're-integratie-inspanningen-werknemer', 'frequent-verzuim-ontslag'],
    fees: { werknemer: werknemerFee, werkgever: werkgeverFee },
    duration: fill(localize(REMEDY_DURATIONS, 'deskundigenoordeel'), DESKUNDIGENOORDEEL_WEEKS.value),
    objectionPossible: false,
    binding: false,
    validFrom: '2002-04-01',
    legalBasis: [R.SUWI_32, R.BW_629A, R.BW_658B, R.SUWI_32A, R.BKD_1, R.BKD_1A],
    normKind: 'statutory',
    notices: doNotices,
  }];
}

/** The second opinion of another bedrijfsarts (Arbowet art 14). */
function secondOpinionRemedy(asOf: string): [RemedyId, Omit<Remedy, 'id' | 'label' | 'labels' | 'explanation' | 'trace'>] {
  const soInForce = asOf >= SECOND_OPINION.validFrom;
  return ['second-opinion', {
    availableTo: ['werknemer'],
    inForce: soInForce,
    topics: ['medisch-oordeel-bedrijfsarts'],
    fees: soInForce ? { werknemer: { amount: 0, source: 'secondary: ArbeidsRecht 2018/49 ("kosteloos"); borne by the employer' } } : null,
    duration: null,
    objectionPossible: null,
    binding: false,
    validFrom: SECOND_OPINION.validFrom,
    legalBasis: [R.ARBOWET_14, R.ARBOBESLUIT_2_14D],
    normKind: 'statutory',
    notices: soInForce ? [] : [localize(REMEDY_NOTICES, 'second-opinion-not-yet')],
  }];
}

/** The remedies whose terms do not depend on the facts beyond `asOf`. */
function otherRemedies(asOf: string): [RemedyId, Omit<Remedy, 'id' | 'label' | 'labels' | 'explanation' | 'trace'>][] {
  return [
    ['bezwaar-advies-bedrijfsarts', {
      availableTo: ['werknemer'],
      inForce: true,
      topics: ['advies-bedrijfsarts'],
      fees: null,
      duration: null,
      objectionPossible: null,
      binding: false,
      validFrom: '2002-04-01',
      legalBasis: [R.BW_660A_A],
      normKind: 'practice',
      notices: [],
    }],

    ['ander-re-integratiebedrijf', {
      availableTo: ['werknemer'],
      inForce: true,
      topics: ['re-integratiebedrijf', 'tweede-spoor'],
      fees: null,
      duration: null,
      objectionPossible: null,
      binding: null,
      validFrom: '2002-04-01',
      legalBasis: [R.BBP_9],
      normKind: 'policy',
      notices: [],
    }],

    ['loonvordering', {
      availableTo: ['werknemer'],
      inForce: true,
      topics: ['loonstop', 'loonopschorting'],
      fees: null,
      duration: null,
      objectionPossible: null,
      binding: true,
      validFrom: '2002-04-01',
      legalBasis: [R.BW_629A],
      normKind: 'statutory',
      notices: [],
    }],

    ['bekortingsverzoek', {
      availableTo: ['werkgever'],
      inForce: asOf >= '2005-12-29',
      topics: ['loonsanctie'],
      fees: null,
      duration: localize(REMEDY_DURATIONS, 'bekortingsverzoek'),
      objectionPossible: true,
      binding: true,
      validFrom: '2005-12-29',
      legalBasis: [R.WIA_25_12, R.WIA_25_13, R.WIA_25_14],
      normKind: 'statutory',
      notices: [],
    }],

    ['bezwaar-loonsanctie', {
      availableTo: ['werkgever'],
      inForce: asOf >= '2005-12-29',
      topics: ['loonsanctie'],
      fees: null,
      duration: localize(REMEDY_DURATIONS, 'bezwaar-loonsanctie'),
      objectionPossible: null,
      binding: null,
      validFrom: '2005-12-29',
      legalBasis: [R.AWB_6_7, R.AWB_6_8, R.AWB_7_1, R.WIA_25_9],
      normKind: 'statutory',
      notices: [],
  }],
  ];
}

/**
 * The remedies when employer and employee disagree about the reintegration, with their parameters
 * on `asOf`: the deskundigenoordeel at UWV (who may ask, about what, fee, duration, no objection
 * possible, not binding), the second opinion by another bedrijfsarts (since 1 July 2017), objection
 * to the bedrijfsarts' advice (practice), another re-integratiebedrijf (UWV policy), the wage claim
 * that needs a deskundigenoordeel (BW 7:629a), and — for the employer — the bekortingsverzoek after
 * a loonsanctie (WIA 25 lid 12–14) and bezwaar against the loonsanctie (Awb 6:7: six weeks; it can
 * run next to a bekortingsverzoek).
 *
 * @remarks
 * Fees: Beleidsregel kosten aanvraag deskundigenoordeel 2013 (BWBR0032639) art 1 — € 400 for the
 * employer, € 100 for the employee; art 1a — free for the employer when needed for a dissolution
 * under BW 7:671b lid 4 or 5 (since 1 July 2015). Legal basis of the deskundigenoordeel: SUWI art 32.
 * Before 2013 the fee is `null` (not known from a primary source).
 *
 * @param input - `asOf`, optionally `party`, `forDismissal` (employer's fee) and `locale`.
 * @returns The remedies, each with `inForce`, fees, duration and legal basis, and a `trace` of the steps that
 *   evaluated it on `asOf` (in force; for the deskundigenoordeel, the fee).
 * @throws {@link PoortwachterError} for an invalid date or an unknown field.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0013060&artikel=32 | SUWI art 32}
 * @see {@link https://wetten.overheid.nl/BWBR0032639 | Beleidsregel kosten aanvraag deskundigenoordeel 2013}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629a | BW 7:629a}
 * @example
 * const r = listRemedies({ asOf: '2026-07-01', party: 'werknemer' });
 * r.find((x) => x.id === 'deskundigenoordeel')?.fees?.werknemer?.amount //=> 100
 * r.find((x) => x.id === 'second-opinion')?.inForce                    //=> true
 */
export function listRemedies(input: ListRemediesInput): readonly Remedy[] {
  const v = parseInput(inputSchema, input, 'listRemedies');
  const locale = v.locale ?? 'nl';
  const out: Remedy[] = [];
  const add = (id: RemedyId, r: Omit<Remedy, 'id' | 'label' | 'labels' | 'explanation' | 'trace'>): void => {
    if (v.party !== undefined && !r.availableTo.includes(v.party)) return;
    const labels = localize(REMEDY_LABELS, id);
    const trace = Object.freeze([inForceStep(id, r, v.asOf), ...(id === 'deskundigenoordeel' ? [feeStep(v, r)] : [])]);
    out.push(Object.freeze({ id, label: labels[locale], labels, explanation: localize(REMEDY_EXPLANATIONS, id), ...r, trace }));
  };

  for (const [id, r] of [deskundigenoordeelRemedy(v), secondOpinionRemedy(v.asOf), ...otherRemedies(v.asOf)]) add(id, r);
  return Object.freeze(out);
}
