import type { Locale, Localized, MessageTable } from '../i18n/types.js';
import type { Spoor2LoonsanctieStepId, Spoor2ExceptionCode, Spoor2FindingCode, Spoor2Status, Spoor2TrajectoryStepId } from './types.js';

/** Parameters that explanation templates may use. @internal */
export interface MsgParams {
  readonly date?: string;
  readonly date2?: string;
  readonly n?: number;
  readonly m?: number;
  readonly text?: string;
}

/** A template table: every key in every locale, so a missing translation is a compile error. @internal */
export type TemplateTable<K extends string> = { readonly [L in Locale]: { readonly [Key in K]: (p: MsgParams) => string } };

/** Renders a template in both languages. @internal */
export function render<K extends string>(table: TemplateTable<K>, key: K, p: MsgParams = {}): Localized {
  return { nl: table.nl[key](p), en: table.en[key](p) };
}

/** Status labels. @internal */
export const STATUS_LABELS = {
  nl: {
    'not-needed-yet': 'Nog niet nodig',
    'may-start': 'Mag starten',
    'must-start': 'Moet starten',
    started: 'Gestart',
    overdue: 'Te laat',
    exempt: 'Uitzondering: niet vereist',
    postponed: 'Uitgesteld',
    unknown: 'Onbekend',
  },
  en: {
    'not-needed-yet': 'Not needed yet',
    'may-start': 'May start',
    'must-start': 'Must start',
    started: 'Started',
    overdue: 'Overdue',
    exempt: 'Exempt',
    postponed: 'Postponed',
    unknown: 'Unknown',
  },
} as const satisfies MessageTable<Spoor2Status>;

/** Finding titles. @internal */
export const FINDING_TITLES = {
  nl: {
    'eje-not-held': 'Eerstejaarsevaluatie niet gehouden',
    'eje-held-late': 'Eerstejaarsevaluatie te laat gehouden',
    'spoor2-overdue': 'Tweede spoor niet op tijd gestart',
    'spoor2-started-late': 'Tweede spoor te laat gestart',
    'early-start-expected': 'Vroege start van het tweede spoor verwacht',
    'perspective-beyond-three-months': 'Perspectief in eigen organisatie ligt verder dan drie maanden',
    'perspective-not-realised': 'Verwachte terugkeer in eigen organisatie niet gerealiseerd',
    'no-re-integratiebureau': 'Geen re-integratiebureau ingeschakeld',
    'no-trajectplan': 'Geen trajectplan',
    'no-adjusted-plan-van-aanpak': 'Plan van aanpak niet bijgesteld voor het tweede spoor',
    'no-spoor1-statement': 'Geen onderbouwing dat spoor 1 niet (alleen) volstaat',
    'no-applications': 'Geen sollicitaties',
    'no-progress-reports': 'Geen recente voortgangsrapportage',
    'spoor1-work-exhausts-capacity': 'Werk bij de eigen werkgever gebruikt de hele belastbaarheid',
    'spoor1-work-limits-spoor2': 'Werk bij de eigen werkgever laat weinig ruimte voor spoor 2',
    'spoor1-work-not-structural': 'Werk bij de eigen werkgever is geen structurele passende functie',
    'placement-elsewhere-declined': 'Detachering of werkervaringsplaats geweigerd door de werkgever',
    'conflict-without-intervention': 'Arbeidsconflict zonder interventie',
    'stalled-without-deskundigenoordeel': 'Stagnatie zonder deskundigenoordeel',
    'trajectory-out-of-order': 'Stappen van het traject in onlogische volgorde',
    'postponement-without-end': 'Uitstel zonder einddatum',
    'exception-checked-by-uwv': 'Uitzondering wordt door UWV getoetst',
  },
  en: {
    'eje-not-held': 'First-year evaluation not held',
    'eje-held-late': 'First-year evaluation held late',
    'spoor2-overdue': 'Track 2 not started on time',
    'spoor2-started-late': 'Track 2 started late',
    'early-start-expected': 'Early start of track 2 expected',
    'perspective-beyond-three-months': 'Perspective in the own organisation is more than three months away',
    'perspective-not-realised': 'Expected return in the own organisation did not happen',
    'no-re-integratiebureau': 'No re-integration agency engaged',
    'no-trajectplan': 'No trajectory plan',
    'no-adjusted-plan-van-aanpak': 'Plan of action not adjusted for track 2',
    'no-spoor1-statement': 'No documented ground that track 1 alone will not do',
    'no-applications': 'No job applications',
    'no-progress-reports': 'No recent progress report',
    'spoor1-work-exhausts-capacity': 'Work for the own employer uses all of the work capacity',
    'spoor1-work-limits-spoor2': 'Work for the own employer leaves little room for track 2',
    'spoor1-work-not-structural': 'Work for the own employer is not a structural suitable position',
    'placement-elsewhere-declined': 'Employer declined a secondment or work-experience placement',
    'conflict-without-intervention': 'Labour conflict without an intervention',
    'stalled-without-deskundigenoordeel': 'Stalled progress without an expert opinion',
    'trajectory-out-of-order': 'Trajectory steps out of order',
    'postponement-without-end': 'Postponement without an end date',
    'exception-checked-by-uwv': 'UWV will check the exception',
  },
} as const satisfies MessageTable<Spoor2FindingCode>;

/** Finding explanations. @internal */
export const FINDING_TEXTS: TemplateTable<Spoor2FindingCode> = {
  nl: {
    'eje-not-held': (p) => `De eerstejaarsevaluatie was uiterlijk ${p.date} nodig en is niet gehouden. Zij hoort in het re-integratieverslag (Regeling procesgang art 4 lid 2 b, art 6 lid 1 h); zonder haar is het verslag onvolledig. Houd haar alsnog; de termijn voor het tweede spoor loopt vanaf ${p.date}.`,
    'eje-held-late': (p) => `De eerstejaarsevaluatie is op ${p.date2} gehouden, na de uiterste datum ${p.date}. Dat geeft geen extra tijd: het tweede spoor moest ${p.n} dagen na ${p.date} starten (keuze van deze bibliotheek, zie docs/spoor-2.md).`,
    'spoor2-overdue': (p) => `Het tweede spoor had uiterlijk ${p.date} moeten starten en is ${p.date2 === undefined ? 'niet gestart' : `pas op ${p.date2} gestart`}. De ${p.n} dagen na de eerstejaarsevaluatie zijn een praktijknorm (Werkwijzer Poortwachter), de plicht zelf volgt uit BW 7:658a lid 1 en het Beoordelingskader §5. Start nu: schakel een re-integratiebureau in en stel het plan van aanpak bij.`,
    'spoor2-started-late': (p) => `Het tweede spoor is op ${p.date2} gestart, na de uiterste datum ${p.date} (praktijknorm). UWV kijkt of de late start de kans op werk elders heeft verkleind.`,
    'early-start-expected': (p) => `Vóór de eerstejaarsevaluatie mag het tweede spoor altijd in overleg starten; het wordt verwacht zodra duidelijk is dat passend werk in de eigen organisatie niet komt (Beoordelingskader §5, §8; BW 7:658a lid 2 "zo tijdig mogelijk"). Aanwijzingen: ${p.text}.`,
    'perspective-beyond-three-months': (p) => `De verwachte structurele terugkeer (${p.date}) ligt meer dan ${p.n} maanden na de beoordeling (${p.date2}). Dat is geen grond om het tweede spoor uit te stellen: laat spoor 1 en spoor 2 naast elkaar lopen (Werkwijzer §4.3, praktijk).`,
    'perspective-not-realised': (p) => `De verwachte structurele terugkeer op ${p.date} is niet gerealiseerd. De uitzondering is vervallen; het tweede spoor moet starten vanaf ${p.date2} (praktijk).`,
    'no-re-integratiebureau': () => `Er is geen re-integratiebureau ingeschakeld en geen zelfstandig zoektraject met steun van de werkgever vastgelegd. Het Beoordelingskader §9 verwacht een re-integratiebedrijf (of financiering) als de werknemer begeleiding nodig heeft.`,
    'no-trajectplan': (p) => `Het re-integratiebureau is op ${p.date} ingeschakeld, maar er is na ${p.n} dagen nog geen trajectplan. Een adequaat tweede spoor is een samenhangende reeks activiteiten van persoonsprofiel naar zoekprofiel (Werkwijzer, praktijk).`,
    'no-adjusted-plan-van-aanpak': () => `Het tweede spoor loopt zonder bijgesteld plan van aanpak. Het plan van aanpak wordt bijgesteld als de evaluatie daartoe aanleiding geeft (Regeling procesgang art 4 lid 4); het Beoordelingskader §9 vraagt een (bijgesteld) plan van aanpak voor herplaatsing elders.`,
    'no-spoor1-statement': () => `Er is geen vastgelegd oordeel (bedrijfsarts, arbeidsdeskundige of evaluatie) over waarom spoor 1 niet of niet alleen volstaat. Het Beoordelingskader §9 vraagt vooraf duidelijkheid over mogelijkheden, kennis en ervaring.`,
    'no-applications': (p) => `Het tweede spoor loopt sinds ${p.date} (${p.n} dagen) zonder één sollicitatie, detachering of werkervaringsplaats. De werkgever bewaakt de voortgang en spreekt inactiviteit aan (Beoordelingskader §9). De grens van ${p.m} dagen is een keuze van deze bibliotheek.`,
    'no-progress-reports': (p) => `Er is sinds ${p.date} geen voortgangsrapportage van het re-integratiebureau. In de praktijk wordt minstens elke ${p.n} dagen gerapporteerd en geëvalueerd (geen wettelijke termijn).`,
    'spoor1-work-exhausts-capacity': (p) => `De werknemer werkt ${p.n} uur per week bij de eigen werkgever, terwijl de bedrijfsarts ${p.m} uur per week belastbaar acht, en dat is geen structurele passende functie. Er blijft geen energie over voor sollicitaties en netwerken elders; in een gepubliceerde casus legde UWV precies daarom een loonsanctie op (changecreators.nl, secundaire bron). Bouw de uren op bij een andere werkgever (detachering of werkervaringsplaats) en beperk de hand- en spandiensten (Beoordelingskader §3, §9; praktijk).`,
    'spoor1-work-limits-spoor2': (p) => `De werknemer werkt ${p.n} van ${p.m} belastbare uren per week bij de eigen werkgever. Zorg dat er tijd en energie overblijft voor het tweede spoor (grens van de helft: keuze van deze bibliotheek).`,
    'spoor1-work-not-structural': () => `Het werk bij de eigen werkgever is geen structurele passende functie (hand- en spandiensten, werk dat ook door oproepkrachten wordt gedaan). Dat is geen bevredigend resultaat (Beoordelingskader §3) en mag het tweede spoor niet vervangen; maak de werknemer duidelijk dat er in de eigen organisatie geen toekomst is.`,
    'placement-elsewhere-declined': () => `De werkgever wilde geen detachering of werkervaringsplaats bij een andere werkgever. Detachering is een geldige uitkomst van het tweede spoor (Beoordelingskader §9; BW 7:629 lid 12 laat de arbeidsovereenkomst ongewijzigd).`,
    'conflict-without-intervention': () => `Er is een arbeidsconflict en geen mediation of andere interventie geprobeerd. Ook bij een persoonlijk conflict moet de werkgever een andere functie overwegen waar het conflict niet terugkeert (Beoordelingskader §9); de praktijk (STECR-werkwijzer) verwacht een interventie. Een conflict alleen is geen grond om spoor 1 te verlaten (praktijk, geen harde regel).`,
    'stalled-without-deskundigenoordeel': () => `De re-integratie stagneert en er is geen deskundigenoordeel bij UWV aangevraagd. Het Beoordelingskader §10 verwacht dat de werkgever dan (eerst) een deskundigenoordeel vraagt; dat niet doen kan tot een loonsanctie leiden.`,
    'trajectory-out-of-order': (p) => `Stappen staan in een onlogische volgorde: ${p.text}. Verwacht: oordeel spoor 1 → re-integratiebureau en bijgesteld plan van aanpak → zoeken → detachering of werkervaringsplaats → arbeidsovereenkomst (of WIA-aanvraag). De volgorde is praktijk, geen wet.`,
    'postponement-without-end': (p) => `De bedrijfsarts adviseerde op ${p.date} uitstel van het tweede spoor, zonder einddatum. Laat het uitstel regelmatig herbeoordelen; zonder einddatum is niet te zeggen wanneer het tweede spoor moet starten (praktijk).`,
    'exception-checked-by-uwv': (p) => `${p.text}: UWV toetst bij de WIA-aanvraag of die conclusie redelijk was (Beoordelingskader §3). Leg het oordeel van de bedrijfsarts vast en laat het periodiek herbeoordelen.`,
  },
  en: {
    'eje-not-held': (p) => `The first-year evaluation was due by ${p.date} and has not been held. It belongs in the re-integration report (Regeling procesgang art 4(2)(b), art 6(1)(h)); without it the report is incomplete. Hold it now; the track-2 term runs from ${p.date}.`,
    'eje-held-late': (p) => `The first-year evaluation was held on ${p.date2}, after its due date ${p.date}. That buys no time: track 2 had to start ${p.n} days after ${p.date} (this library's choice, see docs/spoor-2.md).`,
    'spoor2-overdue': (p) => `Track 2 had to start by ${p.date} and has ${p.date2 === undefined ? 'not started' : `started only on ${p.date2}`}. The ${p.n} days after the first-year evaluation are a practice norm (Werkwijzer Poortwachter); the duty itself follows from BW 7:658a(1) and the Beoordelingskader §5. Start now: engage a re-integration agency and adjust the plan of action.`,
    'spoor2-started-late': (p) => `Track 2 started on ${p.date2}, after the required date ${p.date} (practice norm). UWV looks at whether the late start reduced the chances of work elsewhere.`,
    'early-start-expected': (p) => `Before the first-year evaluation track 2 may always start by agreement; it is expected as soon as it is clear that suitable work in the own organisation will not come (Beoordelingskader §5, §8; BW 7:658a(2) "as early as possible"). Indications: ${p.text}.`,
    'perspective-beyond-three-months': (p) => `The expected structural return (${p.date}) is more than ${p.n} months after the assessment (${p.date2}). That does not postpone track 2: run tracks 1 and 2 side by side (Werkwijzer §4.3, practice).`,
    'perspective-not-realised': (p) => `The expected structural return on ${p.date} did not happen. The exception has lapsed; track 2 must start from ${p.date2} (practice).`,
    'no-re-integratiebureau': () => `No re-integration agency has been engaged and no independent search with the employer's support is recorded. Beoordelingskader §9 expects a re-integration company (or funding) when the employee needs guidance.`,
    'no-trajectplan': (p) => `The re-integration agency was engaged on ${p.date}, but after ${p.n} days there is no trajectory plan. An adequate track 2 is a coherent series of activities from person profile to search profile (Werkwijzer, practice).`,
    'no-adjusted-plan-van-aanpak': () => `Track 2 runs without an adjusted plan of action. The plan is adjusted when an evaluation gives cause (Regeling procesgang art 4(4)); Beoordelingskader §9 asks for an (adjusted) plan of action for placement elsewhere.`,
    'no-spoor1-statement': () => `There is no recorded judgement (company doctor, labour expert or evaluation) on why track 1 alone will not do. Beoordelingskader §9 asks for clarity up front on capabilities, knowledge and experience.`,
    'no-applications': (p) => `Track 2 has run since ${p.date} (${p.n} days) without a single application, secondment or work-experience placement. The employer monitors progress and addresses inactivity (Beoordelingskader §9). The ${p.m}-day threshold is this library's choice.`,
    'no-progress-reports': (p) => `There has been no progress report from the re-integration agency since ${p.date}. In practice progress is reported and evaluated at least every ${p.n} days (not a statutory term).`,
    'spoor1-work-exhausts-capacity': (p) => `The employee works ${p.n} hours a week for the own employer, while the company doctor puts the capacity at ${p.m} hours a week, and it is not a structural suitable position. No energy is left for applications and networking elsewhere; in a published case UWV imposed a wage sanction for exactly this (changecreators.nl, secondary source). Build up the hours at another employer (secondment or work-experience placement) and cut the odd jobs (Beoordelingskader §3, §9; practice).`,
    'spoor1-work-limits-spoor2': (p) => `The employee works ${p.n} of ${p.m} capacity hours a week for the own employer. Keep time and energy for track 2 (the half-capacity threshold is this library's choice).`,
    'spoor1-work-not-structural': () => `The work for the own employer is not a structural suitable position (odd jobs, work normally done by on-call staff). It is not a satisfactory result (Beoordelingskader §3) and must not replace track 2; make clear to the employee that there is no future in the own organisation.`,
    'placement-elsewhere-declined': () => `The employer declined a secondment or work-experience placement at another employer. Secondment is a valid outcome of track 2 (Beoordelingskader §9; BW 7:629(12) leaves the employment contract unchanged).`,
    'conflict-without-intervention': () => `There is a labour conflict and no mediation or other intervention has been tried. Even with a personal conflict the employer must consider another position where it will not recur (Beoordelingskader §9); practice (the STECR guideline) expects an intervention. A conflict alone is no ground to leave track 1 (practice, not a hard rule).`,
    'stalled-without-deskundigenoordeel': () => `Re-integration has stalled and no expert opinion (deskundigenoordeel) has been requested from UWV. Beoordelingskader §10 expects the employer to ask for one; not doing so can lead to a wage sanction.`,
    'trajectory-out-of-order': (p) => `Steps are out of order: ${p.text}. Expected: track-1 judgement → agency and adjusted plan of action → search → secondment or work-experience placement → employment contract (or WIA application). The order is practice, not law.`,
    'postponement-without-end': (p) => `The company doctor advised on ${p.date} to postpone track 2, without an end date. Have the postponement reassessed regularly; without an end date it cannot be said when track 2 must start (practice).`,
    'exception-checked-by-uwv': (p) => `${p.text}: at the WIA application UWV checks whether that conclusion was reasonable (Beoordelingskader §3). Record the company doctor's judgement and have it reassessed periodically.`,
  },
};

/** Exception labels. @internal */
export const EXCEPTION_LABELS = {
  nl: {
    'structural-return-realised': 'Structurele terugkeer in de eigen organisatie gerealiseerd',
    'perspective-own-organisation': 'Concreet perspectief op structurele terugkeer binnen drie maanden',
    'geen-benutbare-mogelijkheden': 'Geen benutbare mogelijkheden',
    'marginale-mogelijkheden': 'Marginale mogelijkheden',
    'aow-within-year': 'AOW-leeftijd binnen een jaar na de wachttijd, beide partijen akkoord',
    'postponement-bedrijfsarts': 'Tijdelijk uitstel op advies van de bedrijfsarts',
    'temporary-contract-costs': 'Tijdelijk contract: kosten buiten verhouding',
    'aow-age-reached': 'AOW-leeftijd bereikt: geen plicht tot re-integratie bij een andere werkgever',
    'wage-period-ended': 'Loondoorbetalingsperiode voorbij: geen plicht tot re-integratie bij een andere werkgever',
    'wachttijd-ended': 'Wachttijd geëindigd door herstel: geen plicht tot re-integratie bij een andere werkgever',
  },
  en: {
    'structural-return-realised': 'Structural return in the own organisation achieved',
    'perspective-own-organisation': 'Concrete perspective of structural return within three months',
    'geen-benutbare-mogelijkheden': 'No usable work capacity',
    'marginale-mogelijkheden': 'Marginal work capacity',
    'aow-within-year': 'State pension age within a year after the waiting period, both parties agreeing',
    'postponement-bedrijfsarts': 'Temporary postponement on the company doctor\'s advice',
    'temporary-contract-costs': 'Temporary contract: costs out of proportion',
    'aow-age-reached': 'State pension age reached: no duty to seek work with another employer',
    'wage-period-ended': 'Wage period over: no duty to seek work with another employer',
    'wachttijd-ended': 'Waiting period ended by recovery: no duty to seek work with another employer',
  },
} as const satisfies MessageTable<Spoor2ExceptionCode>;

/** Trajectory step labels. @internal */
export const TRAJECTORY_LABELS = {
  nl: {
    'spoor1-statement': 'Oordeel dat spoor 1 niet (alleen) volstaat',
    're-integratiebureau': 'Re-integratiebureau ingeschakeld (of zelfstandig zoeken met steun)',
    'plan-van-aanpak-bijgesteld': 'Plan van aanpak bijgesteld',
    search: 'Zoeken: trajectplan, training, sollicitaties',
    placement: 'Detachering of werkervaringsplaats',
    'employment-contract': 'Arbeidsovereenkomst bij een andere werkgever',
    'wia-aanvraag': 'WIA-aanvraag',
  },
  en: {
    'spoor1-statement': 'Judgement that track 1 alone will not do',
    're-integratiebureau': 'Re-integration agency engaged (or independent search with support)',
    'plan-van-aanpak-bijgesteld': 'Plan of action adjusted',
    search: 'Search: trajectory plan, training, applications',
    placement: 'Secondment or work-experience placement',
    'employment-contract': 'Employment contract with another employer',
    'wia-aanvraag': 'WIA application',
  },
} as const satisfies MessageTable<Spoor2TrajectoryStepId>;

/** Loonsanctie review step labels. @internal */
export const LOONSANCTIE_STEP_LABELS = {
  nl: {
    'documents-complete': 'Documenten compleet',
    'satisfactory-result': 'Bevredigend resultaat',
    'sufficient-efforts': 'Voldoende inspanningen',
    'deugdelijke-grond': 'Deugdelijke grond',
    repairable: 'Herstelbaar',
  },
  en: {
    'documents-complete': 'Documents complete',
    'satisfactory-result': 'Satisfactory result',
    'sufficient-efforts': 'Sufficient efforts',
    'deugdelijke-grond': 'Valid reason (deugdelijke grond)',
    repairable: 'Repairable',
  },
} as const satisfies MessageTable<Spoor2LoonsanctieStepId>;

/** Keys of the texts about the duty of BW 7:658a lid 1 (conditions, AOW age, wage period). @internal */
export type DutyTextKey =
  | 'own-work-not-lost' | 'early-perspective' | 'passend-werk-available' | 'conditions-hold' | 'conditions-open'
  | 'status-not-needed' | 'status-started-no-duty' | 'status-conditions-open'
  | 'exception-aow' | 'exception-wage-period' | 'exception-wachttijd-ended' | 'status-recovery-pending' | 'no-bevredigend-norm';

/**
 * Texts about the duty of BW 7:658a lid 1. Params: `text` (a condition text), `date`/`date2`.
 * @internal
 */
export const DUTY_TEXTS: TemplateTable<DutyTextKey> = {
  nl: {
    'own-work-not-lost': () => 'herstel in het eigen werk wordt verwacht (of het eigen werk is geheel of deels mogelijk), dus staat niet vast dat de werknemer zijn eigen arbeid niet meer zal kunnen verrichten',
    'early-perspective': (p) => `er is een concreet perspectief op structurele terugkeer in de eigen organisatie (verwacht ${p.date}), gegeven vóór de eerstejaarsevaluatie`,
    'passend-werk-available': () => 'de arbeidsdeskundige ziet passende arbeid in de eigen organisatie',
    'conditions-hold': () => 'het eigen werk kan niet meer en er is geen andere passende arbeid in de eigen organisatie',
    'conditions-open': (p) => `niet vastgesteld is ${p.text}`,
    'status-not-needed': (p) => `Nog niet nodig: de plicht tot re-integratie bij een andere werkgever ontstaat pas als vaststaat dat de werknemer zijn eigen arbeid niet meer zal kunnen verrichten én er in de eigen organisatie geen andere passende arbeid is (BW 7:658a lid 1); hier ${p.text}. Starten mag altijd in overleg.`,
    'status-started-no-duty': (p) => `Gestart op ${p.date}, maar een plicht tot het tweede spoor is er niet (BW 7:658a lid 1): ${p.text}.`,
    'status-conditions-open': (p) => `Onbekend: het tweede spoor is pas verplicht als vaststaat dat de werknemer zijn eigen arbeid niet meer zal kunnen verrichten én er in de eigen organisatie geen andere passende arbeid is (BW 7:658a lid 1); ${p.text}. Blijkt dat zo te zijn, dan is het tweede spoor verplicht uiterlijk ${p.date}.`,
    'exception-aow': (p) => `${EXCEPTION_LABELS.nl['aow-age-reached']} vanaf ${p.date} (BW 7:658a lid 1, sinds 2016-01-01: de plicht om passende arbeid bij een andere werkgever te bevorderen geldt niet voor de werknemer die de AOW-leeftijd heeft bereikt).`,
    'exception-wage-period': (p) => `${EXCEPTION_LABELS.nl['wage-period-ended']} vanaf ${p.date}: het loon op grond van BW 7:629 liep tot en met ${p.date2}, en alleen zolang loon verschuldigd is moet de werkgever passende arbeid bij een andere werkgever bevorderen (BW 7:658a lid 1).`,
    'exception-wachttijd-ended': (p) => `${EXCEPTION_LABELS.nl['wachttijd-ended']} vanaf ${p.date}: de werknemer is hersteld na ${p.date2} en was vier weken of langer niet ziek, dus deze wachttijd is voorbij; een nieuwe ziekmelding begint een nieuwe wachttijd (BW 7:629 lid 10, WIA 23 lid 3). Zonder ziekte geen plicht tot passende arbeid bij een andere werkgever (BW 7:658a lid 1).`,
    'status-recovery-pending': (p) => `Nog niet nodig: de werknemer is hersteld na ${p.date}, minder dan vier weken geleden. De uiterste datum ${p.date2} ging uit van doorlopende ziekte en is in ziektedagen nog niet bereikt: valt de werknemer binnen vier weken opnieuw uit, dan tellen de perioden samen en schuift de datum op met de onderbreking; zo niet, dan eindigt deze wachttijd (BW 7:629 lid 10, WIA 23 lid 3).`,
    'no-bevredigend-norm': () => 'Onbekend: op deze datum geldt nog geen norm voor het bevredigend resultaat (Beoordelingskader §3, versie vanaf 18 november 2006).',
  },
  en: {
    'own-work-not-lost': () => 'recovery in the own work is expected (or the own work is fully or partly possible), so it is not settled that the employee can no longer do his own work',
    'early-perspective': (p) => `there is a concrete perspective of structural return in the own organisation (expected ${p.date}), given before the first-year evaluation`,
    'passend-werk-available': () => 'the labour expert finds suitable work in the own organisation',
    'conditions-hold': () => 'the own work is no longer possible and there is no other suitable work in the own organisation',
    'conditions-open': (p) => `it is not settled ${p.text}`,
    'status-not-needed': (p) => `Not needed yet: the duty to seek work with another employer arises only when it is settled that the employee can no longer do his own work and there is no other suitable work in the own organisation (BW 7:658a(1)); here ${p.text}. Starting by agreement is always allowed.`,
    'status-started-no-duty': (p) => `Started on ${p.date}, but there is no track-2 duty (BW 7:658a(1)): ${p.text}.`,
    'status-conditions-open': (p) => `Unknown: track 2 is required only when it is settled that the employee can no longer do his own work and there is no other suitable work in the own organisation (BW 7:658a(1)); ${p.text}. If that turns out to be so, track 2 is required by ${p.date}.`,
    'exception-aow': (p) => `${EXCEPTION_LABELS.en['aow-age-reached']} from ${p.date} (BW 7:658a(1), since 2016-01-01: the duty to promote suitable work with another employer does not apply to an employee who has reached state pension age).`,
    'exception-wage-period': (p) => `${EXCEPTION_LABELS.en['wage-period-ended']} from ${p.date}: wage under BW 7:629 was owed through ${p.date2}, and the employer must promote suitable work with another employer only while wage is owed (BW 7:658a(1)).`,
    'exception-wachttijd-ended': (p) => `${EXCEPTION_LABELS.en['wachttijd-ended']} from ${p.date}: the employee recovered after ${p.date2} and was not sick for four weeks or more, so this waiting period is over; a new sickness starts a new one (BW 7:629(10), WIA 23(3)). Without sickness there is no duty to promote suitable work with another employer (BW 7:658a(1)).`,
    'status-recovery-pending': (p) => `Not needed yet: the employee recovered after ${p.date}, less than four weeks ago. The deadline ${p.date2} assumed continued sickness and has not come in counted sick days: a relapse within four weeks is combined and moves it by the gap; without one this waiting period ends (BW 7:629(10), WIA 23(3)).`,
    'no-bevredigend-norm': () => 'Unknown: no norm for the satisfactory result is in force on this date (Beoordelingskader §3, version from 18 November 2006).',
  },
};

/** The open conditions, named per language (a fragment for `conditions-open`). @internal */
export const OPEN_CONDITION_TEXTS = {
  nl: { own: 'dat het eigen werk niet meer kan', other: 'dat er geen andere passende arbeid in de eigen organisatie is', and: ' en ' },
  en: { own: 'that the own work is no longer possible', other: 'that there is no other suitable work in the own organisation', and: ' and ' },
} as const;

/** Keys of the texts of assess.ts. @internal */
export type AssessTextKey =
  | 'recorded-on-that-track-1'
  | 'labour-expert-no-suitable-work'
  | 'company-doctor-own-work-not'
  | 'no-concrete-perspective-of-return'
  | 'company-size-employees-the-smaller'
  | 'when-it-ends-track-2'
  | 'no-exception-reported-no-capacity'
  | 'by-days-after-the-first'
  | 'not-needed-yet-the-first'
  | 'may-start-and-is-already'
  | 'the-first-year-evaluation-is'
  | 'not-all-are-known'
  | 'may-start-always-allowed-by'
  | 'may-start-always-allowed-by-2'
  | 'may-start-always-allowed-by-3'
  | 'unknown-the-sickness-first-sick'
  | 'no-reference-date-asof-the'
  | 'unknown-whether-an-exception-holds'
  | 'started-on-on-time-required'
  | 'started-on-whether-that-was'
  | 'started-on-whether-that-was-2'
  | 'started-only-on'
  | 'it-has-not-started'
  | 'overdue-the-first-year-evaluation'
  | 'due-by-provisional-earlier-if'
  | 'nothing-was-given-about-the'
  | 'unknown-whether-and-when-the'
  | 'unknown-the-deadline-depends-on'
  | 'must-start-by-days-after'
  | 'unknown-track-2-had-to'
  | 'overdue-required-by-started-only'
  | 'overdue-track-2-had-to'
  | 'without-the-first-sick-day'
  | 'the-first-year-evaluation-was'
  | 'the-due-date-of-the'
  | 'the-date-the-first-year'
  | 'the-due-date-of-the-2'
  | 'an-exception-that-held-on'
  | 'an-open-ended-exception-holds'
  | 'text'
  | 'track-2-must-start-by'
  | 'date-unknown'
  | 'anchor-due-by'
  | 'required-by-at-the-latest'
  | 'after-exception-ended'
  | 'after-the-evaluation'
  | 'due-provisional-part'
  | 'due-not-held-part';

/** Texts of assess.ts; `{name}` placeholders are filled with `fillLocalized`. @internal */
export const ASSESS_TEXTS = {
  nl: {
    'recorded-on-that-track-1': 'vastgelegd op {statement} dat spoor 1 niet (alleen) volstaat',
    'labour-expert-no-suitable-work': 'arbeidsdeskundige: geen passend werk in de eigen organisatie, eigen werk niet mogelijk',
    'company-doctor-own-work-not': 'bedrijfsarts: eigen werk niet mogelijk en geen verbetering te verwachten',
    'no-concrete-perspective-of-return': 'geen concreet perspectief op terugkeer in de eigen organisatie',
    'company-size-employees-the-smaller': 'bedrijfsomvang {companySize} werknemers (hoe kleiner, hoe minder interne mogelijkheden — Beoordelingskader §9)',
    'when-it-ends-track-2': '{e} Na afloop ({mustStartFrom}) moet het tweede spoor starten, uiterlijk {mustStartBy}.',
    'no-exception-reported-no-capacity': 'Geen uitzondering gemeld (geen benutbare mogelijkheden, marginale mogelijkheden, AOW, uitstel, tijdelijk contract, perspectief); er is geen uitzondering aangenomen.',
    'by-days-after-the-first': 'uiterlijk {part} ({N} dagen na de eerstejaarsevaluatie, {anchorText})',
    'not-needed-yet-the-first': 'Nog niet nodig: de eerstejaarsevaluatie is nog niet gehouden en terugkeer in de eigen organisatie is nog reëel. Starten mag altijd in overleg; verplicht {when}.',
    'may-start-and-is-already': 'Mag starten, en wordt nu al verwacht: {part}. Uiterlijk verplicht {when}.',
    'the-first-year-evaluation-is': 'de eerstejaarsevaluatie is niet opgegeven',
    'not-all-are-known': 'niet alle oordelen zijn bekend',
    'may-start-always-allowed-by': 'Mag starten (in overleg altijd toegestaan). De oordelen wijzen op terugkeer in de eigen organisatie, maar {notYet}, dus "nog niet nodig" is niet vast te stellen. Verplicht {when}.',
    'may-start-always-allowed-by-2': 'Mag starten (in overleg altijd toegestaan). De gegeven oordelen wijzen op terugkeer in de eigen organisatie, maar niet alle oordelen zijn bekend, dus "nog niet nodig" is niet vast te stellen. Verplicht {when}.',
    'may-start-always-allowed-by-3': 'Mag starten (in overleg altijd toegestaan). Of een vroege start al verwacht wordt is onbekend: het oordeel over werk in de eigen organisatie ontbreekt. Verplicht {when}.',
    'unknown-the-sickness-first-sick': 'Onbekend: de ziekte (eerste ziektedag of ziekteperioden) ontbreekt.',
    'no-reference-date-asof-the': 'Geen peildatum (asOf): de uiterste datum staat in deadline, de status niet.',
    'unknown-whether-an-exception-holds': 'Onbekend: of een uitzondering geldt ({value}) hangt af van ontbrekende feiten.',
    'started-on-on-time-required': 'Gestart op {day}, op tijd (uiterlijk {value}). De bevindingen zeggen of wat loopt adequaat is.',
    'started-on-whether-that-was': 'Gestart op {day}. Of dat op tijd was is onbekend: of en wanneer de eerstejaarsevaluatie is gehouden ontbreekt{part}.',
    'started-on-whether-that-was-2': 'Gestart op {day}. Of dat op tijd was is onbekend: de uiterste datum hangt af van een uitzondering zonder einddatum.',
    'started-only-on': 'pas gestart op {day}',
    'it-has-not-started': 'het is niet gestart',
    'overdue-the-first-year-evaluation': 'Te laat: de eerstejaarsevaluatie viel uiterlijk op {ejeDue}, dus het tweede spoor moest uiterlijk {upper} starten, en {how}.',
    'due-by-provisional-earlier-if': 'uiterlijk {ejeDue}; voorlopig, eerder als zij eerder is of al was gehouden',
    'nothing-was-given-about-the': 'Over de eerstejaarsevaluatie is niets opgegeven; zij is niet als gehouden aangenomen. Is zij al gehouden, dan moet het tweede spoor uiterlijk {N} dagen na die datum starten.',
    'unknown-whether-and-when-the': 'Onbekend: of en wanneer de eerstejaarsevaluatie is gehouden ontbreekt; het tweede spoor moet uiterlijk {part} starten, eerder als de evaluatie eerder was.',
    'unknown-the-deadline-depends-on': 'Onbekend: de uiterste datum hangt af van een uitzondering zonder einddatum.',
    'must-start-by-days-after': 'Moet starten uiterlijk {reqIso}: {N} dagen na {part}.',
    'unknown-track-2-had-to': 'Onbekend: het tweede spoor moest uiterlijk {reqIso} starten; of het gestart is ontbreekt (activities).',
    'overdue-required-by-started-only': 'Te laat: uiterlijk {reqIso}, pas gestart op {day}.',
    'overdue-track-2-had-to': 'Te laat: het tweede spoor moest uiterlijk {reqIso} starten en is niet gestart.',
    'without-the-first-sick-day': 'Zonder eerste ziektedag is de uiterste datum onbekend.',
    'the-first-year-evaluation-was': 'De eerstejaarsevaluatie viel uiterlijk op {due} (ziektedag 364). Of en wanneer zij is gehouden ontbreekt; het tweede spoor moet uiterlijk {n} starten, eerder als zij eerder is gehouden ({n2} dagen, regelset {rs}).',
    'the-due-date-of-the': 'de uiterste datum van de eerstejaarsevaluatie ({due}, ziektedag 364{part})',
    'the-date-the-first-year': 'de datum waarop de eerstejaarsevaluatie is gehouden ({held}; uiterste datum {due})',
    'the-due-date-of-the-2': 'de uiterste datum van de eerstejaarsevaluatie ({due}); zij is te laat gehouden op {held}, wat geen tijd oplevert',
    'an-exception-that-held-on': ' Door een uitzondering die op die datum gold, verschuift de uiterste datum naar {effective} ({n} dagen na afloop; productkeuze naar analogie).',
    'an-open-ended-exception-holds': ' Een uitzondering zonder einde geldt op die datum; er is geen uiterste datum zolang zij geldt.',
    'text': '',
    'track-2-must-start-by': 'Het tweede spoor moet uiterlijk {regular} starten: {n} dagen na {which} (Werkwijzer Poortwachter, praktijknorm; regelset {rs}).{ext}',
    'date-unknown': 'onbekend',
    'anchor-due-by': 'uiterlijk {date}',
    'required-by-at-the-latest': ' (uiterlijk {date})',
    'after-exception-ended': 'afloop van een uitzondering die in de termijn gold',
    'after-the-evaluation': 'de eerstejaarsevaluatie ({date})',
    'due-provisional-part': '; eerder als zij eerder wordt gehouden',
    'due-not-held-part': ', niet gehouden',
  },
  en: {
    'recorded-on-that-track-1': 'recorded on {statement} that track 1 alone will not do',
    'labour-expert-no-suitable-work': 'labour expert: no suitable work in the own organisation, own work not possible',
    'company-doctor-own-work-not': 'company doctor: own work not possible and no improvement expected',
    'no-concrete-perspective-of-return': 'no concrete perspective of return in the own organisation',
    'company-size-employees-the-smaller': 'company size {companySize} employees (the smaller, the fewer internal options — Beoordelingskader §9)',
    'when-it-ends-track-2': '{e} When it ends ({mustStartFrom}) track 2 must start, by {mustStartBy} at the latest.',
    'no-exception-reported-no-capacity': 'No exception reported (no capacity, marginal capacity, state pension age, postponement, temporary contract, perspective); none is assumed.',
    'by-days-after-the-first': 'by {part} ({N} days after the first-year evaluation, {anchorText})',
    'not-needed-yet-the-first': 'Not needed yet: the first-year evaluation has not been held and return in the own organisation is still realistic. Starting by agreement is always allowed; required {when}.',
    'may-start-and-is-already': 'May start, and is already expected: {part}. Required {when} at the latest.',
    'the-first-year-evaluation-is': 'the first-year evaluation is not given',
    'not-all-are-known': 'not all are known',
    'may-start-always-allowed-by': 'May start (always allowed by agreement). The judgements point to return in the own organisation, but {notYet}, so "not needed yet" cannot be established. Required {when}.',
    'may-start-always-allowed-by-2': 'May start (always allowed by agreement). The judgements given point to return in the own organisation, but not all are known, so "not needed yet" cannot be established. Required {when}.',
    'may-start-always-allowed-by-3': 'May start (always allowed by agreement). Whether an early start is already expected is unknown: the judgement on work in the own organisation is missing. Required {when}.',
    'unknown-the-sickness-first-sick': 'Unknown: the sickness (first sick day or sick periods) is missing.',
    'no-reference-date-asof-the': 'No reference date (asOf): the deadline is given, the status is not.',
    'unknown-whether-an-exception-holds': 'Unknown: whether an exception holds ({value}) depends on missing facts.',
    'started-on-on-time-required': 'Started on {day}, on time (required by {value}). The findings say whether what runs is adequate.',
    'started-on-whether-that-was': 'Started on {day}. Whether that was on time is unknown: whether and when the first-year evaluation was held is missing{part}.',
    'started-on-whether-that-was-2': 'Started on {day}. Whether that was on time is unknown: the deadline depends on an exception without an end date.',
    'started-only-on': 'started only on {day}',
    'it-has-not-started': 'it has not started',
    'overdue-the-first-year-evaluation': 'Overdue: the first-year evaluation was due by {ejeDue}, so track 2 had to start by {upper} at the latest, and {how}.',
    'due-by-provisional-earlier-if': 'due by {ejeDue}; provisional, earlier if it is or was held earlier',
    'nothing-was-given-about-the': 'Nothing was given about the first-year evaluation; it is not assumed to have been held. If it was held already, track 2 must start within {N} days of that date.',
    'unknown-whether-and-when-the': 'Unknown: whether and when the first-year evaluation was held is missing; track 2 must start by {part} at the latest, earlier if the evaluation was earlier.',
    'unknown-the-deadline-depends-on': 'Unknown: the deadline depends on an exception without an end date.',
    'must-start-by-days-after': 'Must start by {reqIso}: {N} days after {part}.',
    'unknown-track-2-had-to': 'Unknown: track 2 had to start by {reqIso}; whether it started is missing (activities).',
    'overdue-required-by-started-only': 'Overdue: required by {reqIso}, started only on {day}.',
    'overdue-track-2-had-to': 'Overdue: track 2 had to start by {reqIso} and has not started.',
    'without-the-first-sick-day': 'Without the first sick day the deadline is unknown.',
    'the-first-year-evaluation-was': 'The first-year evaluation was due by {due} (sick day 364). Whether and when it was held is missing; track 2 must start by {n} at the latest, earlier if it was held earlier ({n2} days, rule set {rs}).',
    'the-due-date-of-the': 'the due date of the first-year evaluation ({due}, sick day 364{part})',
    'the-date-the-first-year': 'the date the first-year evaluation was held ({held}; due {due})',
    'the-due-date-of-the-2': 'the due date of the first-year evaluation ({due}); it was held late on {held}, which buys no time',
    'an-exception-that-held-on': ' An exception that held on that date moves the deadline to {effective} ({n} days after it ended; product decision by analogy).',
    'an-open-ended-exception-holds': ' An open-ended exception holds on that date; there is no deadline while it holds.',
    'text': '',
    'track-2-must-start-by': 'Track 2 must start by {regular}: {n} days after {which} (Werkwijzer Poortwachter, practice norm; rule set {rs}).{ext}',
    'date-unknown': 'unknown',
    'anchor-due-by': 'due by {date}',
    'required-by-at-the-latest': ' (required by {date} at the latest)',
    'after-exception-ended': 'the end of an exception that held during the term',
    'after-the-evaluation': 'the first-year evaluation ({date})',
    'due-provisional-part': '; earlier if it is held earlier',
    'due-not-held-part': ', not held',
  },
} as const satisfies MessageTable<AssessTextKey>;

/** Keys of the texts of loonsanctie.ts. @internal */
export type LoonsanctieTextKey =
  | 'unknown-whether-the-first-year'
  | 'the-first-year-evaluation-is'
  | 'the-adjusted-plan-of-action'
  | 'what-has-been-done-activities'
  | 'the-track-2-documents-the'
  | 'uwv-asks-to-complete-the'
  | 'an-exception-holds-uwv-checks'
  | 'uwv-weighs-these-points-they'
  | 'track-2-has-yet-to'
  | 'date-unknown'
  | 'unknown-facts-are-missing-see'
  | 'no-shortcomings-found-in-the'
  | 'unknown-no-valid-reason-given'
  | 'the-employer-followed-a-uwv'
  | 'reason-put-forward-uwv-judges'
  | 'no-valid-reason-put-forward'
  | 'no-usable-capacity-repair-is'
  | 'the-employee-has-usable-capacity'
  | 'unknown-the-work-capacity-bedrijfsarts'
  | 'if-the-shortfall-can-no'
  | 'low-risk-of-a-wage'
  | 'medium-risk-of-a-wage'
  | 'high-risk-of-a-wage'
  | 'risk-of-a-wage-sanction'
  | 'uwv-s-order-of-review';

/** Texts of loonsanctie.ts; `{name}` placeholders are filled with `fillLocalized`. @internal */
export const LOONSANCTIE_TEXTS = {
  nl: {
    'unknown-whether-the-first-year': 'Onbekend of de eerstejaarsevaluatie is gehouden.',
    'the-first-year-evaluation-is': 'De eerstejaarsevaluatie ontbreekt (Regeling procesgang art 6 lid 1 h).',
    'the-adjusted-plan-of-action': 'Het bijgestelde plan van aanpak ontbreekt (Regeling procesgang art 6 lid 1 g).',
    'what-has-been-done-activities': 'Wat er is gedaan (activities) ontbreekt.',
    'the-track-2-documents-the': 'De documenten voor het tweede spoor die de invoer noemt zijn aanwezig.',
    'uwv-asks-to-complete-the': 'UWV vraagt het verslag aan te vullen (termijn één week, Beoordelingskader §5); blijft dat uit, dan volgt een administratieve loonsanctie (WIA 25 lid 9).',
    'an-exception-holds-uwv-checks': 'Een uitzondering geldt; UWV toetst of die terecht was.',
    'uwv-weighs-these-points-they': 'UWV weegt deze punten; zij kunnen tot onvoldoende inspanningen leiden.',
    'track-2-has-yet-to': 'Het tweede spoor moet nog starten (uiterlijk {requiredBy}); het oordeel hangt af van wat er dan gebeurt.',
    'date-unknown': 'onbekend',
    'unknown-facts-are-missing-see': 'Onbekend: feiten ontbreken (zie missingFacts).',
    'no-shortcomings-found-in-the': 'Geen tekortkomingen gevonden in de gegeven feiten.',
    'unknown-no-valid-reason-given': 'Onbekend: geen deugdelijke grond opgegeven of uitgesloten (deugdelijkeGrond).',
    'the-employer-followed-a-uwv': 'De werkgever volgde een deskundigenoordeel van UWV (Werkwijzer, update mei 2020: deugdelijke grond).',
    'reason-put-forward-uwv-judges': 'Aangevoerde grond: "{otherReason}". UWV beoordeelt of die zo zwaarwegend is dat het tekort de werkgever niet valt te verwijten.',
    'no-valid-reason-put-forward': 'Geen deugdelijke grond aangevoerd.',
    'no-usable-capacity-repair-is': 'Geen benutbare mogelijkheden: herstel is niet mogelijk.',
    'the-employee-has-usable-capacity': 'De werknemer heeft benutbare mogelijkheden: het tekort is te herstellen, UWV legt dan een loonsanctie op tot het hersteld is (WIA 25 lid 9, 12).',
    'unknown-the-work-capacity-bedrijfsarts': 'Onbekend: de belastbaarheid (bedrijfsarts.capacityHoursPerWeek) ontbreekt.',
    'if-the-shortfall-can-no': 'Is het tekort niet meer te herstellen, dan heeft een loonsanctie in de praktijk geen zin (Werkwijzer, praktijk).',
    'low-risk-of-a-wage': 'Laag risico op een loonsanctie',
    'medium-risk-of-a-wage': 'Middelmatig risico op een loonsanctie',
    'high-risk-of-a-wage': 'Hoog risico op een loonsanctie (tot 52 weken, WIA 25 lid 9)',
    'risk-of-a-wage-sanction': 'Risico op een loonsanctie onbekend: feiten ontbreken',
    'uwv-s-order-of-review': '{value}. Volgorde van de toets door UWV: documenten compleet → bevredigend resultaat → voldoende inspanningen → deugdelijke grond → herstelbaar (praktijk, Werkwijzer).',
  },
  en: {
    'unknown-whether-the-first-year': 'Unknown whether the first-year evaluation was held.',
    'the-first-year-evaluation-is': 'The first-year evaluation is missing (Regeling procesgang art 6(1)(h)).',
    'the-adjusted-plan-of-action': 'The adjusted plan of action is missing (Regeling procesgang art 6(1)(g)).',
    'what-has-been-done-activities': 'What has been done (activities) is missing.',
    'the-track-2-documents-the': 'The track-2 documents the input covers are present.',
    'uwv-asks-to-complete-the': 'UWV asks to complete the report (one week, Beoordelingskader §5); if not, an administrative wage sanction follows (WIA 25(9)).',
    'an-exception-holds-uwv-checks': 'An exception holds; UWV checks whether it was justified.',
    'uwv-weighs-these-points-they': 'UWV weighs these points; they can amount to insufficient efforts.',
    'track-2-has-yet-to': 'Track 2 has yet to start (by {requiredBy}); the verdict depends on what happens next.',
    'date-unknown': 'unknown',
    'unknown-facts-are-missing-see': 'Unknown: facts are missing (see missingFacts).',
    'no-shortcomings-found-in-the': 'No shortcomings found in the facts given.',
    'unknown-no-valid-reason-given': 'Unknown: no valid reason given or ruled out (deugdelijkeGrond).',
    'the-employer-followed-a-uwv': 'The employer followed a UWV expert opinion (Werkwijzer, May 2020 update: a valid reason).',
    'reason-put-forward-uwv-judges': 'Reason put forward: "{otherReason}". UWV judges whether it is weighty enough that the shortfall cannot be blamed on the employer.',
    'no-valid-reason-put-forward': 'No valid reason put forward.',
    'no-usable-capacity-repair-is': 'No usable capacity: repair is not possible.',
    'the-employee-has-usable-capacity': 'The employee has usable capacity: the shortfall can be repaired; UWV then imposes a wage sanction until it is (WIA 25(9), (12)).',
    'unknown-the-work-capacity-bedrijfsarts': 'Unknown: the work capacity (bedrijfsarts.capacityHoursPerWeek) is missing.',
    'if-the-shortfall-can-no': 'If the shortfall can no longer be repaired, a wage sanction serves no purpose in practice (Werkwijzer, practice).',
    'low-risk-of-a-wage': 'Low risk of a wage sanction',
    'medium-risk-of-a-wage': 'Medium risk of a wage sanction',
    'high-risk-of-a-wage': 'High risk of a wage sanction (up to 52 weeks, WIA 25(9))',
    'risk-of-a-wage-sanction': 'Risk of a wage sanction unknown: facts missing',
    'uwv-s-order-of-review': '{value}. UWV\'s order of review: documents complete → satisfactory result → sufficient efforts → valid reason → repairable (practice, Werkwijzer).',
  },
} as const satisfies MessageTable<LoonsanctieTextKey>;

/** Keys of the texts of exceptions.ts. @internal */
export type ExceptionTextKey =
  | 'on-a-satisfactory-result-track'
  | 'does-not-apply-the-perspective'
  | 'unknown-facts-missing'
  | 'judged-exception'
  | 'through-date'
  | 'judged-geen-benutbare-mogelijkheden'
  | 'judged-marginale-mogelijkheden'
  | 'judged-postponement'
  | 'unknown-facts-missing-2'
  | 'does-not-apply-the-parties'
  | 'does-not-apply-state-pension'
  | 'state-pension-date-on-or'
  | 'werkwijzer-5-practice'
  | 'text'
  | 'until-the-contract-ends-on'
  | 'beoordelingskader-11-uwv-rule-of'
  | 'perspective-within'
  | 'perspective-beyond'
  | 'costs-above'
  | 'costs-not-above';

/** Texts of exceptions.ts; `{name}` placeholders are filled with `fillLocalized`. @internal */
export const EXCEPTION_TEXTS = {
  nl: {
    'on-a-satisfactory-result-track': '{l} op {realisedOn}: een bevredigend resultaat; het tweede spoor is niet meer nodig zolang dat zo blijft.',
    'does-not-apply-the-perspective': '{l}: niet van toepassing — het perspectief is niet concreet of niet structureel.',
    'unknown-facts-missing': '{l}: onbekend, feiten ontbreken.',
    'judged-exception': '{l} vanaf {from}{to}. {why}',
    'through-date': ' tot en met {to}',
    'judged-geen-benutbare-mogelijkheden': 'Zonder benutbare mogelijkheden zijn geen re-integratie-inspanningen vereist (Beoordelingskader §3).',
    'judged-marginale-mogelijkheden': 'Bij marginale mogelijkheden ligt de nadruk op de eigen werkgever; het tweede spoor is niet snel aan de orde (Werkwijzer §5, praktijk).',
    'judged-postponement': 'Uitstel omdat eerst herstel nodig is en het tweede spoor nu averechts zou werken; herbeoordelen (praktijk).',
    'unknown-facts-missing-2': 'onbekend, feiten ontbreken',
    'does-not-apply-the-parties': 'niet van toepassing: niet beide partijen akkoord',
    'does-not-apply-state-pension': 'niet van toepassing: AOW-datum {aowDate} ligt na {value}',
    'state-pension-date-on-or': 'AOW-datum {aowDate} uiterlijk {value} ({months} maanden na de wachttijd) en beide akkoord',
    'werkwijzer-5-practice': '{l}: {why} (Werkwijzer §5, praktijk).',
    'text': '',
    'until-the-contract-ends-on': ' tot het einde van het contract op {contractEndDate}',
    'beoordelingskader-11-uwv-rule-of': '{l}: {part}{end} (Beoordelingskader §11, vuistregel van UWV).',
    'perspective-within': '{l}: terugkeer verwacht op {expected}, binnen {months} maanden na {assessed} (Werkwijzer §4.3, praktijk). Het tweede spoor mag zolang wachten; komt de terugkeer er niet, dan vervalt de uitzondering.',
    'perspective-beyond': '{l}: niet van toepassing — de terugkeer ({expected}) ligt meer dan {months} maanden na {assessed}.',
    'costs-above': 'kosten € {costs} boven {percent}% van het resterende loon € {wage}',
    'costs-not-above': 'kosten € {costs} niet boven {percent}% van het resterende loon € {wage}',
  },
  en: {
    'on-a-satisfactory-result-track': '{l} on {realisedOn}: a satisfactory result; track 2 is not needed while that lasts.',
    'does-not-apply-the-perspective': '{l}: does not apply — the perspective is not concrete or not structural.',
    'unknown-facts-missing': '{l}: unknown, facts missing.',
    'judged-exception': '{l} from {from}{to}. {why}',
    'through-date': ' through {to}',
    'judged-geen-benutbare-mogelijkheden': 'Without usable capacity no re-integration efforts are required (Beoordelingskader §3).',
    'judged-marginale-mogelijkheden': 'With marginal capacity the focus is on the own employer; track 2 is rarely called for (Werkwijzer §5, practice).',
    'judged-postponement': 'Postponed because recovery comes first and track 2 would now be counterproductive; reassess (practice).',
    'unknown-facts-missing-2': 'unknown, facts missing',
    'does-not-apply-the-parties': 'does not apply: the parties do not both agree',
    'does-not-apply-state-pension': 'does not apply: state pension date {aowDate} is after {value}',
    'state-pension-date-on-or': 'state pension date {aowDate} on or before {value} ({months} months after the waiting period) and both agree',
    'werkwijzer-5-practice': '{l}: {why} (Werkwijzer §5, practice).',
    'text': '',
    'until-the-contract-ends-on': ' until the contract ends on {contractEndDate}',
    'beoordelingskader-11-uwv-rule-of': '{l}: {part}{end} (Beoordelingskader §11, UWV rule of thumb).',
    'perspective-within': '{l}: return expected on {expected}, within {months} months of {assessed} (Werkwijzer §4.3, practice). Track 2 may wait until then; if the return does not happen, the exception lapses.',
    'perspective-beyond': '{l}: does not apply — the return ({expected}) is more than {months} months after {assessed}.',
    'costs-above': 'costs € {costs} above {percent}% of the remaining wage € {wage}',
    'costs-not-above': 'costs € {costs} not above {percent}% of the remaining wage € {wage}',
  },
} as const satisfies MessageTable<ExceptionTextKey>;

/** Keys of the texts of bevredigendResultaat.ts. @internal */
export type BevredigendTextKey =
  | 'structural-return-in-the-own';

/** Texts of bevredigendResultaat.ts; `{name}` placeholders are filled with `fillLocalized`. @internal */
export const BEVREDIGEND_TEXTS = {
  nl: {
    'structural-return-in-the-own': 'Structurele terugkeer in de eigen organisatie.',
  },
  en: {
    'structural-return-in-the-own': 'Structural return in the own organisation.',
  },
} as const satisfies MessageTable<BevredigendTextKey>;

/** Keys of the texts of trace steps that have no text of their own elsewhere (start, early start, conditions). @internal */
export type StepTextKey =
  | 'start-found' | 'start-none' | 'start-unknown'
  | 'early-start-expected' | 'early-start-not-expected' | 'early-start-unknown'
  | 'own-work-lost-met' | 'own-work-lost-unknown' | 'no-passend-werk-met' | 'no-passend-werk-unknown'
  | 'own-organisation-work-unknown' | 'conflict-mediation-unknown'
  | 'no-usable-capacity' | 'marginal-capacity';

/** Texts of trace steps (and two finding fragments); `{name}` placeholders. @internal */
export const STEP_TEXTS = {
  nl: {
    'start-found': 'Het tweede spoor is gestart op {date} ({basis}).',
    'start-none': 'Het tweede spoor is niet gestart: de activiteiten noemen geen start.',
    'start-unknown': 'Of het tweede spoor is gestart is onbekend: de activiteiten ontbreken.',
    'early-start-expected': 'Een vroege start van het tweede spoor wordt verwacht (Beoordelingskader §5, §8).',
    'early-start-not-expected': 'Een vroege start van het tweede spoor wordt (nog) niet verwacht.',
    'early-start-unknown': 'Of een vroege start van het tweede spoor verwacht wordt is onbekend.',
    'own-work-lost-met': 'Vast staat dat de werknemer zijn eigen arbeid niet meer zal kunnen verrichten (BW 7:658a lid 1).',
    'own-work-lost-unknown': 'Niet vastgesteld is dat het eigen werk niet meer kan (BW 7:658a lid 1).',
    'no-passend-werk-met': 'Er is geen andere passende arbeid in de eigen organisatie (BW 7:658a lid 1).',
    'no-passend-werk-unknown': 'Niet vastgesteld is dat er geen andere passende arbeid in de eigen organisatie is (BW 7:658a lid 1).',
    'own-organisation-work-unknown': 'Of het werk bij de eigen werkgever de belastbaarheid opgebruikt is niet vast te stellen: feiten ontbreken.',
    'conflict-mediation-unknown': 'Er is een arbeidsconflict; of een interventie is geprobeerd ontbreekt.',
    'no-usable-capacity': 'Geen benutbare mogelijkheden',
    'marginal-capacity': 'Marginale mogelijkheden',
  },
  en: {
    'start-found': 'Track 2 started on {date} ({basis}).',
    'start-none': 'Track 2 has not started: the activities record no start.',
    'start-unknown': 'Whether track 2 started is unknown: the activities are missing.',
    'early-start-expected': 'An early start of track 2 is expected (Beoordelingskader §5, §8).',
    'early-start-not-expected': 'An early start of track 2 is not expected (yet).',
    'early-start-unknown': 'Whether an early start of track 2 is expected is unknown.',
    'own-work-lost-met': 'It is settled that the employee can no longer do his own work (BW 7:658a(1)).',
    'own-work-lost-unknown': 'It is not settled that the own work is no longer possible (BW 7:658a(1)).',
    'no-passend-werk-met': 'There is no other suitable work in the own organisation (BW 7:658a(1)).',
    'no-passend-werk-unknown': 'It is not settled that there is no other suitable work in the own organisation (BW 7:658a(1)).',
    'own-organisation-work-unknown': 'Whether the work for the own employer uses up the work capacity cannot be settled: facts are missing.',
    'conflict-mediation-unknown': 'There is a labour conflict; whether an intervention was tried is missing.',
    'no-usable-capacity': 'No usable capacity',
    'marginal-capacity': 'Marginal capacity',
  },
} as const satisfies MessageTable<StepTextKey>;
