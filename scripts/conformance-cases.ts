/**
 * Hand-written conformance cases for every public function other than the bulk of computeTimeline:
 * from the worked examples of docs/*.md and the law, each expected value checked against the article
 * named in `basis`. `expected` holds only the fields that carry the legal answer (dates, verdicts,
 * statuses, codes), not labels or explanations.
 */
import type { Vector } from './conformance-types.js';

const v = (id: string, fn: string, input: unknown, expected: unknown, basis: string[], origin: string, options?: unknown): Vector =>
  ({ id, function: fn, input, ...(options === undefined ? {} : { options }), expected, basis, origin });
const err = (issues: { path: (string | number)[]; code: string }[]): unknown => ({ error: { issues } });

const SAMENTELLING = ['BW 7:629 lid 10', 'WIA art 23 lid 3', 'ZW art 38 lid 1'];
const DOCS_EOW = 'docs/end-of-wachttijd.md worked example';

const combine: Vector[] = [
  v('combine-gap-27', 'combineSickPeriods', [{ from: '2025-01-06', to: '2025-01-10' }, { from: '2025-02-07', to: '2025-02-20' }],
    { firstSickDay: '2025-01-06', countedSickDays: 19, gaps: [{ from: '2025-01-11', to: '2025-02-06', days: 27, recoveredDays: 27 }], earlierWachttijden: [] },
    SAMENTELLING, 'boundary: a gap of 27 days (< four weeks) joins; the gap is not counted'),
  v('combine-gap-28', 'combineSickPeriods', [{ from: '2025-01-06', to: '2025-01-10' }, { from: '2025-02-08', to: '2025-02-20' }],
    { firstSickDay: '2025-02-08', countedSickDays: 13, earlierWachttijden: [{ firstSickDay: '2025-01-06', endedBy: 'gap-of-four-weeks-or-more', recoveredDaysAfter: 28 }] },
    SAMENTELLING, 'boundary: a gap of 28 days (four weeks) starts a new wachttijd'),
  v('combine-chain-any-order', 'combineSickPeriods', [{ from: '2025-03-01', to: '2025-03-05' }, { from: '2025-01-01', to: '2025-01-10' }, { from: '2025-02-01', to: '2025-02-10' }, { from: '2025-03-25' }],
    { firstSickDay: '2025-01-01', countedSickDays: 32, open: true }, SAMENTELLING, 'law: chains of periods each < four weeks apart join, in any order', { asOf: '2025-03-31' }),
  v('combine-rviregister-example', 'combineSickPeriods', [{ from: '2022-01-03', to: '2022-07-03' }, { from: '2022-07-25' }],
    { firstSickDay: '2022-01-03', countedSickDays: 190, gaps: [{ from: '2022-07-04', to: '2022-07-24', days: 21 }] },
    SAMENTELLING, 'published example: rviregister.nl "Samenstellen van ziekteperiodes" (182 sick days, 21 days recovered, sick again 2022-07-25)', { asOf: '2022-08-01' }),
  v('combine-wazo-joins', 'combineSickPeriods', [{ from: '2025-01-06', to: '2025-02-28', cause: 'zwangerschap' }, { from: '2025-06-21', to: '2025-07-31', cause: 'zwangerschap' }],
    { firstSickDay: '2025-01-06', countedSickDays: 95, gaps: [{ days: 112, leaveDays: 112, recoveredDays: 0 }] },
    ['BW 7:629 lid 10', 'WIA art 23 lid 5'], 'law: periods right before and after WAZO leave join; leave days are not counted', { wazoLeave: [{ from: '2025-03-01', to: '2025-06-20' }] }),
  v('combine-wazo-other-cause', 'combineSickPeriods', [{ from: '2025-01-06', to: '2025-02-28', cause: 'zwangerschap' }, { from: '2025-06-21', cause: 'knie' }],
    { firstSickDay: '2025-06-21', earlierWachttijden: [{ endedBy: 'different-cause' }] },
    ['BW 7:629 lid 10'], 'law: around WAZO leave only the same cause joins ("tenzij … niet … uit dezelfde oorzaak")', { wazoLeave: [{ from: '2025-03-01', to: '2025-06-20' }] }),
  v('combine-other-cause-short-gap-default', 'combineSickPeriods', [{ from: '2025-01-06', to: '2025-01-10', cause: 'griep' }, { from: '2025-01-20', cause: 'rug' }],
    { firstSickDay: '2025-01-06' }, ['BW 7:629 lid 10'], 'source disagreement (wvp-rules.md §4.1): default cause-independent for gaps < four weeks (UWV, rviregister)'),
  v('combine-other-cause-short-gap-all', 'combineSickPeriods', [{ from: '2025-01-06', to: '2025-01-10', cause: 'griep' }, { from: '2025-01-20', cause: 'rug' }],
    { firstSickDay: '2025-01-20' }, ['BW 7:629 lid 10'], 'option: causeExceptionScope all (the other reading of lid 10)', { causeExceptionScope: 'all' }),
  v('combine-error-end-before-start', 'combineSickPeriods', [{ from: '2025-03-10', to: '2025-03-01' }], err([{ path: ['periods', 0, 'to'], code: 'end_before_start' }]), ['api-contract.md Errors'], 'error: a period that ends before it starts'),
  v('combine-error-overlap', 'combineSickPeriods', [{ from: '2025-03-01', to: '2025-03-10' }, { from: '2025-03-05' }], err([{ code: 'overlap' }] as never), ['api-contract.md Errors'], 'error: overlapping periods'),
];

const firstDay: Vector[] = ([
  ['saturday', { reportDate: '2025-03-15' }, '2025-03-17', 'a Saturday report with a Mon–Fri pattern: the next working day'],
  ['sunday', { reportDate: '2025-03-16' }, '2025-03-17', 'a Sunday report: Monday'],
  ['weekday', { reportDate: '2025-03-18' }, '2025-03-18', 'a working day not worked: that day'],
  ['stopped-during-shift', { reportDate: '2025-03-18', workedOnReportDate: 'part' }, '2025-03-18', 'stopped working during working time: that day ("tijdens de werktijd is gestaakt")'],
  ['after-full-friday', { reportDate: '2025-03-21', workedOnReportDate: 'full' }, '2025-03-24', 'fell ill after a full working Friday: the next working day'],
  ['works-sundays', { reportDate: '2025-03-16', workPattern: [6, 7] }, '2025-03-16', 'works on Sundays: Sunday is a working day'],
  ['tue-thu', { reportDate: '2025-03-21', workPattern: [2, 4] }, '2025-03-25', 'works Tuesday and Thursday: the next Tuesday'],
  ['leap-day', { reportDate: '2020-02-29' }, '2020-03-02', 'boundary: a report on Saturday 29 February'],
  ['dst-sunday', { reportDate: '2025-03-30' }, '2025-03-31', 'boundary: a report on the DST Sunday'],
] as const).map(([id, input, first, origin]) => v(`first-sick-day-${id}`, 'determineFirstSickDay', input, { firstSickDay: first }, ['WIA art 23 lid 2', 'ZW art 29 lid 3'], `law: ${origin}`));
firstDay.push(v('first-sick-day-error-date', 'determineFirstSickDay', { reportDate: '2025-02-30' }, err([{ path: ['report', 'reportDate'], code: 'invalid_date' }]), ['api-contract.md Errors'], 'error: a date that does not exist'));

const vangnet: Vector[] = ([
  ['no-riskpolis-5-mei', { group: 'no-riskpolis', firstSickDay: '2026-03-24' }, '2026-05-06', '2026-05-05', 'werkgever', ['ZW art 38a lid 3', 'Atw art 1 lid 1', 'Atw art 3'], 'D+42 is 5 mei, an Atw holiday: the next working day'],
  ['orgaandonatie', { group: 'orgaandonatie', firstSickDay: '2026-03-02' }, '2026-04-13', '2026-04-13', 'werkgever', ['ZW art 38a lid 3'], 'D+42 on a Monday'],
  ['zwangerschap-einde-dienst', { group: 'zwangerschap-voor-verlof', firstSickDay: '2026-03-02', employmentEnds: '2026-03-22' }, '2026-03-22', '2026-03-22', 'werkgever', ['ZW art 38a lid 3'], 'employment ends within six weeks: its last day'],
  ['na-bevallingsverlof-pasen', { group: 'ziek-na-bevallingsverlof', firstSickDay: '2026-04-02' }, '2026-04-07', '2026-04-05', 'werkgever', ['ZW art 38a lid 2 sub a', 'Atw art 3'], '4th day is Easter Sunday: the Tuesday after Easter Monday'],
  ['flexibilisering-kerst', { group: 'flexibiliseringsperiode', firstSickDay: '2026-12-21', leaveEntitlementFrom: '2026-12-23' }, '2026-12-28', '2026-12-26', 'werkgever', ['ZW art 38a lid 2 sub b', 'Atw art 3'], '4th day is 2nd Christmas day (a Saturday)'],
  ['29d-13-weken', { group: 'compensatieregeling-oudere-ww', firstSickDay: '2026-01-05' }, '2026-04-09', '2026-04-09', 'werkgever', ['ZW art 38b lid 3'], '4th day after 13 weeks'],
  ['29d-zaterdag-niet-verschoven', { group: 'compensatieregeling-oudere-ww', firstSickDay: '2026-01-07' }, '2026-04-11', '2026-04-11', 'werkgever', ['ZW art 38b lid 3', 'Atw art 4 sub a'], 'a term over twelve weeks is not moved by the Atw (art 4 a)'],
  ['ziek-uit-dienst-zondag', { group: 'ziek-uit-dienst', firstSickDay: '2026-01-05', employmentEnds: '2026-03-01' }, '2026-03-01', '2026-03-01', 'uwv', ['ZW art 38 lid 2'], 'the last day of employment (a Sunday, not a term: not moved)'],
  ['ziek-uit-dienst-erd', { group: 'ziek-uit-dienst', firstSickDay: '2026-01-05', employmentEnds: '2026-03-01', eigenrisicodragerZw: true }, '2026-04-13', '2026-04-12', 'eigenrisicodrager', ['ZW art 38aa'], 'eigenrisicodrager ZW: six weeks after the last day (Atw)'],
] as const).map(([id, input, deadline, before, by, basis, origin]) => v(`vangnet-${id}`, 'computeVangnetMelding', input,
  { deadline, deadlineBeforeAtw: before, movedByAtw: deadline !== before, reintegration: { by } }, [...basis], `law: ${origin}`));
vangnet.push(v('vangnet-not-applicable', 'computeVangnetMelding', { group: 'no-riskpolis', firstSickDay: '2026-03-02' },
  { notApplicable: [{ code: 'vrijwillige-verlenging', status: 'no' }, { code: 'ziekmelding-42-weken', status: 'no' }, { code: 'besluit-passende-arbeid', status: 'no' }] },
  ['WIA art 24 lid 1', 'ZW art 38 lid 1'], 'law: employed vangnetters: no vrijwillige verlenging, no 42-week melding, no Besluit passende arbeid'));
vangnet.push(v('vangnet-error-date', 'computeVangnetMelding', { group: 'no-riskpolis', firstSickDay: '2026-13-01' }, err([{ path: ['firstSickDay'], code: 'invalid_date' }]), ['api-contract.md Errors'], 'error: a date that does not exist'));

const employee = { maxHoursPerWeek: 24, educationLevel: 'mbo-havo-vwo', previousWage: 3000, previousHoursPerWeek: 36, previousShift: 'dag', previousWorkDays: [1, 2, 3, 4, 5], reasonsAgainstAcceptance: { physical: false, mental: false, social: false } };
const offer = { withinFunctionalCapacity: true, hoursPerWeek: 24, educationLevel: 'vmbo-mavo', matchesWorkExperience: true, wage: 2000, travelMinutesPerDay: 150, shift: 'dag', workDays: [1, 2, 3], conflictsWithCao: false, conflictsWithSafetyRules: false, conflictsWithMedicalAdvice: false };
const PW = ['BW 7:658a lid 4', 'BW 7:660a sub c'];
const passend: Vector[] = [
  v('passend-werk-first-half-year', 'checkPassendWerk', { firstSickDay: '2025-01-06', offerDate: '2025-04-01', offer, employee },
    { verdict: 'niet-passend', phase: { id: 'eerste-halfjaar', countedSickDayOfOffer: 86, firstDayAfterHalfYear: '2025-07-07' }, refusal: { mayRefuse: 'yes' } },
    PW, 'docs/passend-werk.md example 1; product decision wvp-rules.md §12.2 (half year = counted days 1–182)'),
  v('passend-werk-day-183', 'checkPassendWerk', { firstSickDay: '2025-01-06', offerDate: '2025-07-07', offer, employee },
    { verdict: 'passend', phase: { id: 'na-eerste-halfjaar', countedSickDayOfOffer: 183 }, refusal: { mayRefuse: 'no' } },
    PW, 'docs/passend-werk.md example 2; boundary: counted day 183 (wvp-rules.md §12.2, §12.4)'),
  v('passend-werk-day-182', 'checkPassendWerk', { firstSickDay: '2025-01-06', offerDate: '2025-07-06', offer, employee },
    { verdict: 'niet-passend', phase: { id: 'eerste-halfjaar', countedSickDayOfOffer: 182 } }, PW, 'boundary: counted day 182 is still the first half year (wvp-rules.md §12.2)'),
  v('passend-werk-samentelling', 'checkPassendWerk', { sickPeriods: [{ from: '2025-01-06', to: '2025-01-15' }, { from: '2025-02-05' }], offerDate: '2025-07-07', offer, employee },
    { verdict: 'niet-passend', phase: { id: 'eerste-halfjaar', countedSickDayOfOffer: 163, firstDayAfterHalfYear: '2025-07-27' } },
    [...PW, 'BW 7:629 lid 10'], 'docs/passend-werk.md example 3: the 20-day gap is not counted'),
  v('passend-werk-facts-missing', 'checkPassendWerk', { firstSickDay: '2025-01-06', offerDate: '2025-03-03', offer: { withinFunctionalCapacity: true, travelMinutesPerDay: 45 } },
    { verdict: 'unknown', verdictReason: 'knock-out-onbekend' }, PW, 'docs/passend-werk.md example 4: unknown, never a guess (api-contract.md)'),
  v('passend-werk-65-percent', 'checkPassendWerk', { firstSickDay: '2025-01-06', offerDate: '2026-09-01', offer: { ...offer, structural: true, matchesRemainingCapacity: false, wage: 1980 }, employee: { ...employee, agreesWithOffer: true }, matchingWorkAchievable: false },
    { verdict: 'passend', phase: { countedSickDayOfOffer: 604 }, bevredigendResultaat: { status: 'met', branch: 'loonwaarde-ten-minste-65-procent' } },
    [...PW, 'BBP §3'], 'docs/passend-werk.md example 5; product decision wvp-rules.md §12.3 (65% branch)'),
  v('passend-werk-no-offer-date', 'checkPassendWerk', { firstSickDay: '2025-01-06', offer, employee },
    { verdict: 'unknown', verdictReason: 'fase-onbekend', missingFacts: ['offerDate'] }, PW, 'docs/passend-werk.md example 7: the phase decides'),
  v('passend-werk-beyond-capacity', 'checkPassendWerk', { firstSickDay: '2025-01-06', offer: { withinFunctionalCapacity: false } },
    { verdict: 'niet-passend', verdictReason: 'knock-out-niet-voldaan', refusal: { mayRefuse: 'yes' } }, PW, 'docs/passend-werk.md example 8: work beyond the functional capacity is never passend'),
  v('passend-werk-error', 'checkPassendWerk', { firstSickDay: '2025-01-06', offerDate: '2025-03-03', offer: { wage: -10 } },
    err([{ path: ['offer', 'wage'], code: 'invalid_value' }]), ['api-contract.md Errors'], 'error: a negative wage'),
];

const SP2 = ['BBP §5', 'BW 7:658a lid 1'];
const spoor2: Vector[] = [
  v('spoor2-eje-early', 'checkSpoor2Readiness', { firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} },
    { status: 'must-start', deadline: { eerstejaarsevaluatieDue: '2024-12-29', anchor: '2024-12-16', requiredBy: '2025-01-27' } }, SP2, 'docs/spoor-2.md example 1 (42 days after the evaluation held)'),
  v('spoor2-eje-late', 'checkSpoor2Readiness', { firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2025-01-15' }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} },
    { status: 'must-start', deadline: { anchor: '2024-12-29', requiredBy: '2025-02-09' }, findings: [{ code: 'eje-held-late' }] }, [...SP2, 'Regeling procesgang art 4 lid 2 sub b'], 'docs/spoor-2.md example 2; product decision wvp-rules.md §12.1'),
  v('spoor2-postponed', 'checkSpoor2Readiness', { firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01', until: '2025-03-31' } }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} },
    { status: 'postponed', deadline: { requiredBy: null } }, [...SP2, 'Werkwijzer Poortwachter §4.3'], 'docs/spoor-2.md example 3: postponement on the bedrijfsarts advice — while an exception holds there is no deadline; the date after it lapses is the exception lapse (issue 9)'),
  v('spoor2-missing-facts', 'checkSpoor2Readiness', { firstSickDay: '2024-01-01', asOf: '2024-05-20' },
    { status: 'may-start', deadline: { requiredBy: '2025-02-09', provisional: true } }, SP2, 'docs/spoor-2.md example 4: D+405 at the latest'),
  v('spoor2-unknown-near-eje', 'checkSpoor2Readiness', { firstSickDay: '2024-01-01', asOf: '2025-01-06' },
    { status: 'unknown', deadline: { requiredBy: null, latestRequiredBy: '2025-02-09' }, missingFacts: ['eerstejaarsevaluatie', 'activities'] }, SP2, 'docs/spoor-2.md example 4: unknown plus the missing facts, never a guess'),
  v('spoor2-early-start', 'checkSpoor2Readiness', { firstSickDay: '2024-01-01', asOf: '2024-05-20', eerstejaarsevaluatie: { held: false }, companySize: 8, bedrijfsarts: { ownWorkPossible: 'no', prognosis: 'no-improvement' } },
    { status: 'may-start', earlyStart: { expected: 'yes' }, findings: [{ code: 'early-start-expected' }] }, ['BBP §9'], 'docs/spoor-2.md example 5'),
  v('spoor2-error-after-asof', 'checkSpoor2Readiness', { firstSickDay: '2024-01-01', asOf: '2025-01-20', activities: { trajectplanOn: '2025-02-01' } },
    err([{ path: ['activities', 'trajectplanOn'], code: 'inconsistent' }]), ['api-contract.md Errors'], 'error: an activity after asOf'),
  v('spoor2-error-date', 'checkSpoor2Readiness', { firstSickDay: '2024-02-30' }, err([{ path: ['firstSickDay'], code: 'invalid_date' }]), ['api-contract.md Errors'], 'error: a date that does not exist'),
];

const audit: Vector[] = [
  v('audit-worked-example', 'auditReIntegratieverslag', {
    firstSickDay: '2024-01-01', asOf: '2025-09-01',
    documents: [{ type: 'probleemanalyse', date: '2024-02-05' }, { type: 'plan-van-aanpak', date: '2024-02-16', visie: true }, { type: 'evaluatie', date: '2024-03-25', visie: true },
      { type: 'ziekmelding-uwv', date: '2024-10-28' }, { type: 'eerstejaarsevaluatie', date: '2024-12-20', visie: false }],
    facts: { ziekmeldingCulpable: false },
  }, {
    steps: [
      { id: 'probleemanalyse', due: '2024-02-11', status: 'on-time' }, { id: 'plan-van-aanpak', due: '2024-02-19', status: 'on-time' },
      { id: 'ziekmelding-uwv', due: '2024-10-21', status: 'late', daysLate: 7 }, { id: 'eerstejaarsevaluatie', due: '2024-12-29', status: 'on-time' },
      { id: 'spoor-2-start', due: '2025-01-31', status: 'missing' }, { id: 're-integratieverslag', due: '2025-09-28', status: 'open' },
      { id: 'wia-aanvraag', due: '2025-10-12', status: 'open' },
    ],
    findings: [{ code: 'visie-missing' }],
  }, ['Regeling procesgang art 2', 'Regeling procesgang art 4', 'ZW art 38 lid 1', 'WIA art 25 lid 3', 'WIA art 64 lid 3', 'Regeling procesgang art 6'], 'docs/audit.md worked example'),
  v('audit-tsdoc', 'auditReIntegratieverslag', { firstSickDay: '2024-01-01', asOf: '2024-03-01', documents: [{ type: 'probleemanalyse', date: '2024-02-05' }] },
    { steps: [{ id: 'plan-van-aanpak', due: '2024-02-19' }], findings: [{ code: 'plan-van-aanpak-missing' }] }, ['Regeling procesgang art 4 lid 1'], 'docs/audit.md TSDoc example: PvA two weeks after the probleemanalyse'),
];

const eow: Vector[] = [
  v('loonsanctie-late-decision-bekorting', 'computeLoonsanctie', { firstSickDay: '2024-01-01', decisionDate: '2025-11-20', bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-03-30', repaired: true } },
    { decisionDue: '2025-11-16', start: '2025-12-29', maxLastDay: '2026-12-27', lastDay: '2026-04-30', wiaIngang: '2026-05-01', shortening: { lateDecisionDays: 4, lateBekortingDecisionDays: 7, byRepairDays: 230 } },
    ['WIA art 25 lid 9', 'WIA art 25 lid 10', 'WIA art 25 lid 13', 'WIA art 25 lid 14'], DOCS_EOW),
  v('loonsanctie-decision-last-day', 'computeLoonsanctie', { firstSickDay: '2024-01-01', decisionDate: '2025-12-28' }, { lengthDays: 322 }, ['WIA art 25 lid 14'], `${DOCS_EOW}; boundary: decision on the last day of the wachttijd, 42 days late: 364 − 42 days`),
  v('loonsanctie-decision-after-wachttijd', 'computeLoonsanctie', { firstSickDay: '2024-01-01', decisionDate: '2025-12-29' }, { imposed: false }, ['WIA art 25 lid 11'], `${DOCS_EOW}; boundary: a decision after the end of the wachttijd imposes nothing`),
  v('loonsanctie-on-time', 'computeLoonsanctie', { firstSickDay: '2024-01-01', decisionDate: '2025-11-16' }, { decisionDue: '2025-11-16', start: '2025-12-29', lastDay: '2026-12-27', wiaIngang: '2026-12-28' }, ['WIA art 25 lid 9', 'WIA art 25 lid 10'], 'law: a decision on time: 52 weeks after the wachttijd (D+728 … D+1091)'),
  v('vrijwillige-verlenging', 'computeVrijwilligeVerlenging', { firstSickDay: '2024-01-01', extendedLastDay: '2026-06-28', vangnet: 'geen' },
    { allowed: 'yes', extensionDays: 182, reIntegratieverslagDue: '2026-03-29', wiaAanvraagDue: '2026-04-12', loonsanctieDecisionDue: '2026-05-17', wiaIngang: '2026-06-29' },
    ['WIA art 24 lid 1', 'WIA art 25 lid 4', 'WIA art 64 lid 3'], DOCS_EOW),
  v('vervroegde-iva', 'checkVervroegdeIva', { firstSickDay: '2024-01-01', applicationDate: '2024-06-03', earlierApplication: false, bedrijfsartsVerklaring: true },
    { verdict: 'mogelijk', window: { from: '2024-01-22', to: '2025-04-20' }, verkorteWachttijd: { earliestLastDay: '2024-08-12', latestLastDay: '2025-06-29', earliestWiaIngang: '2024-08-13' } },
    ['WIA art 23 lid 6', 'WIA art 66'], `${DOCS_EOW}; wvp-rules.md §8.1 E1 (3 and 68 weeks)`),
  v('late-wia-aanvraag', 'computeLateWiaAanvraag', { firstSickDay: '2024-01-01', applicationDate: '2025-10-26', wiaBriefReceived: '2025-09-10', ziekmeldingUwv: '2024-10-21', deugdelijkeGrond: false },
    { timely: 'no', deadline: '2025-10-12', delayDays: 14, wageLastDay: '2026-01-11', wageForfeited: 'yes', opzegverbodExtensionDays: 14, wiaIngang: '2026-01-12' },
    ['WIA art 64 lid 3', 'BW 7:629 lid 11 sub a', 'BW 7:629 lid 3 sub f', 'BW 7:670 lid 11 sub a'], DOCS_EOW),
  v('late-wia-aanvraag-safe-harbour', 'computeLateWiaAanvraag', { firstSickDay: '2024-01-01', applicationDate: '2025-10-26', wiaBriefReceived: '2025-10-01', ziekmeldingUwv: '2024-10-21' },
    { timely: 'yes', code: 'tijdig-late-kennisgeving', safeHarbourDeadline: '2025-10-29' }, ['WIA art 64 lid 6'], DOCS_EOW),
  v('opzegverbod-plain', 'computeOpzegverbod', { firstSickDay: '2024-01-01' }, { lastDay: '2025-12-31', noticeFrom: '2026-01-01', wachttijdLastDay: '2025-12-28', differenceDays: 3 },
    ['BW 7:670 lid 1'], `${DOCS_EOW}: "twee jaren" are calendar years, not 104 weeks (wvp-rules.md T17)`),
  v('opzegverbod-leap-year', 'computeOpzegverbod', { firstSickDay: '2023-03-01' }, { lastDay: '2025-02-28', wachttijdLastDay: '2025-02-25' },
    ['BW 7:670 lid 1'], 'boundary: two calendar years that contain 29 February 2024'),
  v('opzegverbod-pregnancy', 'computeOpzegverbod', { sickPeriods: [{ from: '2024-01-01', to: '2024-03-31', pregnancyRelated: true }, { from: '2024-06-24' }], wazoLeave: [{ from: '2024-04-01', to: '2024-06-23' }] },
    { lastDay: '2026-06-24', excludedPregnancyDays: 91, wachttijdLastDay: '2026-03-22' }, ['BW 7:670 lid 1'], `${DOCS_EOW}: pregnancy-related sickness before the leave does not count for 7:670 (wvp-rules.md §4.1)`),
  v('opzegverbod-aow', 'computeOpzegverbod', { firstSickDay: '2024-01-01', aowDate: '2025-03-01' }, { code: 'aow-leeftijd', lastDay: '2025-04-11', ontslaggrondWeeks: 6 },
    ['BW 7:670 lid 1 sub a', 'BW 7:669 lid 3 sub b'], `${DOCS_EOW}: six weeks from the AOW date`),
];

const avail = (o: Record<string, string>): unknown => Object.entries(o).map(([id, available]) => ({ id, available }));
const obligations: Vector[] = [
  v('non-cooperation-refusal-on-time', 'checkNonCooperation', { kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-10', deugdelijkeGrond: false, workIsPassend: true, ableToWork: true, employerActions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' } },
    { measures: avail({ loonstop: 'yes', 'opzegverbod-opgeheven': 'yes', 'ontbinding-669-3e': 'after-action' }) }, ['BW 7:629 lid 3 sub c', 'BW 7:629 lid 7', 'BW 7:670a lid 1', 'BW 7:669 lid 3 sub e', 'BW 7:671b lid 5'], 'docs/sanctions.md worked example'),
  v('non-cooperation-notice-10-days-late', 'checkNonCooperation', { kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-20', deugdelijkeGrond: false, workIsPassend: true, ableToWork: true, employerActions: { notifiedOn: '2025-03-13', wageMeasureFrom: '2025-03-13' } },
    { measures: [{ id: 'onverwijlde-mededeling', available: 'no' }, { id: 'loonstop', available: 'yes', period: { from: '2025-03-13', to: null } }] }, ['BW 7:629 lid 7'], 'docs/sanctions.md worked example: not onverwijld'),
  v('non-cooperation-not-passend', 'checkNonCooperation', { kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-10', deugdelijkeGrond: true, workIsPassend: false },
    { measures: avail({ loonstop: 'no', 'opzegverbod-opgeheven': 'no', 'ontbinding-669-3e': 'no' }) }, ['BW 7:629 lid 3 sub c', 'BW 7:660a sub c'], 'law: refusing work that is not passend has none of the consequences'),
  v('non-cooperation-opzet', 'checkNonCooperation', { kind: 'ziekte-door-opzet-of-valse-keuring', since: '2025-03-03', asOf: '2025-03-03', employerActions: { notifiedOn: '2025-03-03' } },
    { measures: avail({ loonstop: 'yes', 'opzegverbod-opgeheven': 'no', 'ontbinding-669-3e': 'no' }) }, ['BW 7:629 lid 3 sub a'], 'docs/sanctions.md worked example'),
  v('remedies-werkgever-dismissal', 'listRemedies', { asOf: '2026-07-01', party: 'werkgever', forDismissal: true },
    [{ id: 'deskundigenoordeel', fees: { werkgever: { amount: 0 } } }, { id: 'bekortingsverzoek' }, { id: 'bezwaar-loonsanctie' }], ['SUWI art 32', 'BKD 2013 art 1a'], 'docs/sanctions.md: free for the employer when needed for a 7:671b lid 4/5 dismissal'),
  v('remedies-werknemer', 'listRemedies', { asOf: '2026-07-01', party: 'werknemer' },
    [{ id: 'deskundigenoordeel', fees: { werknemer: { amount: 100 } } }, { id: 'second-opinion', inForce: true }], ['BKD 2013 art 1', 'Arbowet art 14 lid 1 sub d'], 'docs/sanctions.md; wvp-rules.md §13 (€100 employee)'),
  v('remedies-2014', 'listRemedies', { asOf: '2014-01-01', forDismissal: true },
    [{ id: 'deskundigenoordeel', fees: { werknemer: { amount: 100 }, werkgever: { amount: 400 } } }], ['BKD 2013 art 1'], 'law by date: art 1a (free for dismissal) only from 2015-07-01'),
  v('obligations-werknemer', 'listObligations', { party: 'werknemer' },
    [{ id: 'redelijke-voorschriften-opvolgen', party: 'werknemer' }, { id: 'meewerken-plan-van-aanpak', party: 'werknemer' }, { id: 'passende-arbeid-verrichten', party: 'werknemer' }],
    ['BW 7:660a'], 'law: employee duties of BW 7:660a a–c'),
  v('obligations-visie-2023', 'listObligations', { asOf: '2023-07-01' }, [{ id: 'visie-in-plan-en-evaluaties' }], ['Regeling procesgang art 4 lid 2'], 'law by date: the visie requirement from 2023-07-01 (Stcrt. 2023, 13931)'),
  v('obligations-error-party', 'listObligations', { party: 'uwv' }, err([{ path: ['options', 'party'], code: 'invalid_value' }]), ['api-contract.md Errors'], 'error: an unknown party'),
];

const timelineErrors: Vector[] = [
  v('timeline-error-invalid-date', 'computeTimeline', { firstSickDay: '2024-02-30' }, err([{ path: ['firstSickDay'], code: 'invalid_date' }]), ['api-contract.md Errors'], 'error: a date that does not exist'),
  v('timeline-error-not-leap', 'computeTimeline', { firstSickDay: '2023-02-29' }, err([{ path: ['firstSickDay'], code: 'invalid_date' }]), ['api-contract.md Errors'], 'error: 29 February in a common year'),
  v('timeline-error-before-2004', 'computeTimeline', { firstSickDay: '2003-12-31' }, err([{ path: ['firstSickDay'], code: 'out_of_scope' }]), ['WIA art 23 lid 1'], 'error: the 104-week wachttijd applies to sickness from 2004'),
  v('timeline-error-end-before-start', 'computeTimeline', { sickPeriods: [{ from: '2024-03-10', to: '2024-03-01' }] }, err([{ path: ['sickPeriods', 0, 'to'], code: 'end_before_start' }]), ['api-contract.md Errors'], 'error: a period that ends before it starts'),
  v('timeline-error-overlap', 'computeTimeline', { sickPeriods: [{ from: '2024-03-01', to: '2024-03-10' }, { from: '2024-03-05' }] }, err([{ code: 'overlap' }] as never), ['api-contract.md Errors'], 'error: overlapping periods'),
  v('timeline-error-unknown-option', 'computeTimeline', { firstSickDay: '2024-01-01' }, err([{ code: 'unrecognized_key' }] as never), ['api-contract.md Errors'], 'error: an unknown option', { locle: 'en' }),
  v('timeline-error-missing', 'computeTimeline', {}, err([{ path: ['firstSickDay'], code: 'missing' }]), ['api-contract.md Errors'], 'error: neither firstSickDay nor sickPeriods'),
  v('timeline-error-event-after-asof', 'computeTimeline', { firstSickDay: '2024-01-01', asOf: '2024-02-01', events: { probleemanalyse: '2024-02-05' } }, err([{ path: ['events', 'probleemanalyse'], code: 'inconsistent' }]), ['api-contract.md Errors'], 'error: an event after asOf'),
  v('timeline-error-event-before-day1', 'computeTimeline', { firstSickDay: '2024-01-01', events: { probleemanalyse: '2023-12-20' } }, err([{ path: ['events', 'probleemanalyse'], code: 'inconsistent' }]), ['api-contract.md Errors'], 'error: an event before day 1'),
  v('timeline-error-two-open', 'computeTimeline', { sickPeriods: [{ from: '2024-01-01' }, { from: '2024-03-01' }] }, err([{ code: 'open_period' }] as never), ['api-contract.md Errors'], 'error: more than one open period'),
];

const timelineHand: Vector[] = [
  v('timeline-work-pattern-saturday', 'computeTimeline', { firstSickDay: '2025-03-15', workPattern: [1, 2, 3, 4, 5] },
    { firstSickDay: '2025-03-17', wachttijdLastDay: '2027-03-14', milestones: [{ id: 'probleemanalyse', due: '2025-04-27' }, { id: 'wia-ingang', due: '2027-03-15' }] },
    ['WIA art 23 lid 2', 'WIA art 23 lid 1'], 'law: a report on a non-working day: day 1 is the next working day (D = 2025-03-17; D+41, D+727, D+728)'),
  v('timeline-aow-before-end', 'computeTimeline', { firstSickDay: '2024-01-01', aowDate: '2025-03-01' },
    { wachttijdLastDay: null, aow: { wageWeeks: 6, wageLastDay: '2025-04-11', wiaPossible: false }, milestones: [{ id: 'einde-loondoorbetaling', due: '2025-04-11' }] },
    ['BW 7:629 lid 2 sub b', 'WIA art 43 sub g'], 'law: AOW age during the wachttijd: six weeks from the AOW date (sick from 2023-07-01), no WIA'),
  v('timeline-opzegverbod-option', 'computeTimeline', { firstSickDay: '2024-01-01' },
    { milestones: [{ id: 'einde-wachttijd', due: '2025-12-28' }, { id: 'einde-opzegverbod', due: '2025-12-31' }] }, ['BW 7:670 lid 1', 'WIA art 23 lid 1'], 'law: the opzegverbod runs two calendar years, not 104 weeks', { includeOpzegverbod: true }),
  v('timeline-loonsanctie-event', 'computeTimeline', { firstSickDay: '2024-01-01', events: { loonsanctie: { decisionDate: '2025-11-20' } } },
    { milestones: [{ id: 'loonsanctie-beschikking', due: '2025-11-16' }, { id: 'bezwaar-loonsanctie', due: '2026-01-05' }, { id: 'einde-loonsanctie', due: '2026-12-23' }, { id: 'wia-ingang', due: '2026-12-24' }] },
    ['WIA art 25 lid 9', 'WIA art 25 lid 10', 'WIA art 25 lid 14', 'Awb art 6:7'], `${DOCS_EOW} (on a timeline): four days late shortens the sanction by four days`),
];

export const HAND_CASES: Vector[] = [...combine, ...firstDay, ...vangnet, ...passend, ...spoor2, ...audit, ...eow, ...obligations, ...timelineErrors, ...timelineHand];
