import type { MessageTable } from '../i18n/types.js';
import type { AuditStepId, ConsequenceId, LoonsanctieRisk, Repair, ReviewStatus, ReviewStepId, RivItem } from './types.js';

/** Items of Regeling procesgang art 6 lid 1. @internal */
export const ITEM_LABELS = {
  nl: {
    a: 'administratieve gegevens van werknemer, werkgever en bedrijfsarts of arbodienst',
    b: 'de aard van het bedrijf van de werkgever',
    c: 'de functie van de werknemer',
    d: 'de vaardigheden van de werknemer',
    e: 'de eerste dag van ongeschiktheid',
    f: 'het oordeel en advies van de bedrijfsarts (probleemanalyse) en het advies tot bijstelling van het plan van aanpak',
    g: 'het plan van aanpak en de bijstellingen',
    h: 'de eerstejaarsevaluatie en de meest recente evaluatie',
    i: 'het actuele oordeel van werkgever en bedrijfsarts over de arbeidsverhouding',
    j: 'het actuele oordeel van de bedrijfsarts over de ongeschiktheid, beperkingen en mogelijkheden',
    k: 'het actuele oordeel van bedrijfsarts en werkgever over passende arbeid bij de werkgever',
    l: 'de mening van de werknemer over onderdelen a–k',
  },
  en: {
    a: 'administrative data of employee, employer and bedrijfsarts or arbodienst',
    b: "the nature of the employer's business",
    c: "the employee's job",
    d: "the employee's skills",
    e: 'the first day of incapacity',
    f: "the bedrijfsarts' judgment and advice (problem analysis) and the advice to update the plan van aanpak",
    g: 'the plan van aanpak and its updates',
    h: 'the first-year evaluation and the most recent evaluation',
    i: 'the current judgment of employer and bedrijfsarts on the employment relationship',
    j: "the bedrijfsarts' current judgment on the incapacity, limitations and capabilities",
    k: 'the current judgment of bedrijfsarts and employer on suitable work with the employer',
    l: "the employee's opinion on items a–k",
  },
} as const satisfies MessageTable<RivItem>;

/** Step labels. @internal */
export const STEP_LABELS = {
  nl: {
    probleemanalyse: 'Probleemanalyse',
    'plan-van-aanpak': 'Plan van aanpak',
    evaluatie: 'Evaluatie',
    'ziekmelding-uwv': 'Ziekmelding bij UWV (42 weken)',
    eerstejaarsevaluatie: 'Eerstejaarsevaluatie',
    'spoor-2-start': 'Start tweede spoor',
    're-integratieverslag': 'Re-integratieverslag',
    'afschrift-werknemer': 'Afschrift re-integratieverslag aan de werknemer',
    'wia-aanvraag': 'WIA-aanvraag',
  },
  en: {
    probleemanalyse: 'Problem analysis',
    'plan-van-aanpak': 'Plan van aanpak (action plan)',
    evaluatie: 'Evaluation',
    'ziekmelding-uwv': 'Sickness report to UWV (42 weeks)',
    eerstejaarsevaluatie: 'First-year evaluation',
    'spoor-2-start': 'Start of track 2',
    're-integratieverslag': 'Re-integratieverslag (reintegration report)',
    'afschrift-werknemer': 'Copy of the report to the employee',
    'wia-aanvraag': 'WIA application',
  },
} as const satisfies MessageTable<AuditStepId>;

/** Finding templates; `{…}` placeholders are filled in. @internal */
export const FINDING_TEMPLATES = {
  nl: {
    'item-missing': 'Onderdeel {item} van het re-integratieverslag ontbreekt: {label} (Regeling procesgang art 6 lid 1 sub {item}).',
    'item-missing-in-verslag': 'Onderdeel {item} staat niet in het re-integratieverslag (document {index}): {label} (Regeling procesgang art 6 lid 1 sub {item}). Het dossier bevat wel een stuk van die soort (document {documents}): neem het op in het verslag.',
    'visie-missing': 'Document {index} ({type}, {date}) bevat niet de visie van werkgever en werknemer, verplicht sinds 1 juli 2023 (Regeling procesgang art 4 lid 2).',
    late: '{step}: te laat — gedaan op {done}, uiterlijk {due} ({days} dagen te laat).',
    missing: '{step}: ontbreekt — uiterlijk {due}, nu {days} dagen over de termijn.',
  },
  en: {
    'item-missing': 'Item {item} of the re-integratieverslag is missing: {label} (Regeling procesgang art 6(1)({item})).',
    'item-missing-in-verslag': 'Item {item} is not in the re-integratieverslag (document {index}): {label} (Regeling procesgang art 6(1)({item})). The file does hold a document of that kind (document {documents}): include it in the report.',
    'visie-missing': 'Document {index} ({type}, {date}) does not contain the views of employer and employee, required since 1 July 2023 (Regeling procesgang art 4(2)).',
    late: '{step}: late — done on {done}, due {due} ({days} days late).',
    missing: '{step}: missing — due {due}, now {days} days overdue.',
  },
} as const satisfies MessageTable<'item-missing' | 'item-missing-in-verslag' | 'visie-missing' | 'late' | 'missing'>;

/** Consequence texts. @internal */
export const CONSEQUENCE_TEXTS = {
  nl: {
    'boete-alleen-bij-verwijtbaarheid': 'UWV kan een boete van ten hoogste € {amount} opleggen, maar alleen als de te late melding de werkgever te verwijten is; bij verminderde verwijtbaarheid de helft; storingen van UWV-systemen gaan niet ten laste van de werkgever.',
    'boete-indicatie-secundair': 'Indicatie (secundaire bron, niet geverifieerd in de Boetebesluit-tekst): 1–6 dagen te laat € 70, 7–27 dagen € 230, 28 dagen of meer € 455. Bij {days} dagen: € {amount}.',
    'geen-loonsanctie-om-termijn-alleen': 'Een te late ziekmelding leidt op zichzelf niet tot een loonsanctie.',
    'wia-64-6-bescherming-vervalt': 'De melding is niet gedaan vóór {date} (de dag waarop de wachttijd {weeks} weken heeft geduurd): komt de WIA-brief van UWV te laat, dan geldt de aanvraag van de werknemer niet als tijdig binnen vier weken na ontvangst (WIA 64 lid 6).',
    'proces-ondergeschikt-motiveer-afwijking': 'Een termijnoverschrijding op zichzelf leidt niet tot een loonsanctie; UWV weegt de processtappen ondergeschikt aan de feitelijke inspanningen. Leg de reden van de afwijking vast (Regeling procesgang art 5).',
    'loonsanctie-risico': 'Risico op een loonsanctie van ten hoogste 52 weken als de inspanningen daardoor zonder deugdelijke grond tekortschieten (WIA 25 lid 9).',
    'riv-nodig-bij-wia-aanvraag': 'De werknemer heeft het re-integratieverslag nodig voor zijn WIA-aanvraag (WIA 65); zonder tijdig verslag dreigt een te late aanvraag, en een onvolledig verslag leidt tot een administratieve loonsanctie als het niet binnen de termijn van UWV wordt aangevuld (WIA 25 lid 8–9).',
    'loondoorbetaling-verlengd': 'De loondoorbetaling wordt verlengd met de vertraging ({days} dagen): laatste dag {date} in plaats van {end} (BW 7:629 lid 11 sub a).',
    'opzegverbod-verlengd': 'Het opzegverbod tijdens ziekte wordt met dezelfde {days} dagen verlengd (BW 7:670 lid 11 sub a).',
    'geen-loon-over-vertraging': 'Zonder deugdelijke grond heeft de werknemer over de vertraging geen recht op loon (BW 7:629 lid 3 sub f), mits de werkgever dat onverwijld meedeelt (lid 7).',
    'wia-max-52-weken-terug': 'Een WIA-uitkering wordt niet eerder toegekend dan 52 weken voor de dag van de aanvraag; UWV kan daarvan afwijken (WIA 64 lid 11).',
  },
  en: {
    'boete-alleen-bij-verwijtbaarheid': 'UWV can impose a fine of at most €{amount}, but only if the late report is the employer\'s fault; half when culpability is reduced; UWV system outages are not held against the employer.',
    'boete-indicatie-secundair': 'Indication (secondary source, not verified against the Boetebesluit text): 1–6 days late €70, 7–27 days €230, 28 days or more €455. At {days} days: €{amount}.',
    'geen-loonsanctie-om-termijn-alleen': 'A late sickness report does not by itself lead to a wage sanction.',
    'wia-64-6-bescherming-vervalt': 'The report was not made before {date} (the day the waiting period has lasted {weeks} weeks): if UWV\'s WIA letter comes late, the employee\'s application does not count as on time within four weeks of receipt (WIA 64(6)).',
    'proces-ondergeschikt-motiveer-afwijking': 'Missing a term does not by itself lead to a wage sanction; UWV weighs process steps below the actual efforts. Record the reason for the deviation (Regeling procesgang art 5).',
    'loonsanctie-risico': 'Risk of a wage sanction of up to 52 weeks if efforts fall short because of it without a valid reason (WIA 25(9)).',
    'riv-nodig-bij-wia-aanvraag': 'The employee needs the re-integratieverslag for his WIA application (WIA 65); without a timely report the application risks being late, and an incomplete report leads to an administrative wage sanction if not completed within UWV\'s term (WIA 25(8)-(9)).',
    'loondoorbetaling-verlengd': 'Wage payment is extended by the delay ({days} days): last day {date} instead of {end} (BW 7:629(11)(a)).',
    'opzegverbod-verlengd': 'The dismissal ban during sickness is extended by the same {days} days (BW 7:670(11)(a)).',
    'geen-loon-over-vertraging': 'Without a valid reason the employee has no right to wages over the delay (BW 7:629(3)(f)), provided the employer notifies this without delay (para 7).',
    'wia-max-52-weken-terug': 'A WIA benefit is not granted from earlier than 52 weeks before the day of the application; UWV may deviate (WIA 64(11)).',
  },
} as const satisfies MessageTable<ConsequenceId>;

/** Review step descriptions. @internal */
export const REVIEW_TEXTS = {
  nl: {
    'documenten-compleet': '1. Zijn alle stukken van Regeling procesgang art 6 aanwezig?',
    'bevredigend-resultaat': '2. Is een bevredigend resultaat bereikt (Beoordelingskader §3)? Zo ja, dan toetst UWV de inspanningen niet verder.',
    'voldoende-inspanningen': '3. Zo nee: zijn de re-integratie-inspanningen voldoende? (De bibliotheek ziet alleen het proces, niet de inhoud.)',
    'deugdelijke-grond': '4. Zo nee: is er een deugdelijke grond voor de tekortkomingen?',
    herstelbaar: '5. Zo nee: kan het nog worden hersteld, en tot wanneer?',
  },
  en: {
    'documenten-compleet': '1. Are all documents of Regeling procesgang art 6 present?',
    'bevredigend-resultaat': '2. Was a satisfactory result reached (Beoordelingskader §3)? If so, UWV does not assess the efforts further.',
    'voldoende-inspanningen': '3. If not: were the reintegration efforts sufficient? (The library sees the process only, not the content.)',
    'deugdelijke-grond': '4. If not: is there a valid reason for the shortcomings?',
    herstelbaar: '5. If not: can it still be repaired, and until when?',
  },
} as const satisfies MessageTable<ReviewStepId>;

/** Review status texts. @internal */
export const REVIEW_STATUS_TEXTS = {
  nl: {
    ok: 'In orde.',
    risk: 'Risico: zie de bevindingen.',
    unknown: 'Onbekend: een feit ontbreekt (zie missingFacts).',
    'not-assessed': 'Niet beoordeeld: een eerdere stap beslist de toets.',
    'not-yet-assessable': 'Nog niet te beoordelen: het verslag is nog niet verschuldigd.',
  },
  en: {
    ok: 'In order.',
    risk: 'Risk: see the findings.',
    unknown: 'Unknown: a fact is missing (see missingFacts).',
    'not-assessed': 'Not assessed: an earlier step decides the review.',
    'not-yet-assessable': 'Cannot be judged yet: the report is not due yet.',
  },
} as const satisfies MessageTable<ReviewStatus>;

/** Repair texts. @internal */
export const REPAIR_TEXTS = {
  nl: {
    'aanvullen-voor-aanvraag': 'Vul de ontbrekende stukken aan en leg herstelde processtappen vast vóór de WIA-aanvraag (uiterlijk {date}).',
    'aanvullen-binnen-termijn-uwv': 'Ontbreken stukken bij de RIV-toets, dan stelt UWV een termijn om aan te vullen (volgens het Beoordelingskader één week); niet aangevuld betekent een administratieve loonsanctie, die UWV vóór het einde van de wachttijd moet opleggen.',
    'herstellen-voor-beslissing-uwv': 'Tekortkomingen in de inspanningen (bijv. alsnog een adequaat tweede spoor) kunnen nog worden hersteld tot UWV beslist; UWV beslist uiterlijk zes weken voor het einde van de wachttijd — of van de loondoorbetaling die een te late WIA-aanvraag verlengt (BW 7:629 lid 11 sub a) — terugwaarts geteld: {date} (WIA 25 lid 10).',
    bekortingsverzoek: 'Na een loonsanctie: herstel de tekortkoming en dien een bekortingsverzoek in; de loonsanctie eindigt zes weken nadat UWV het herstel vaststelt (binnen drie weken), uiterlijk op {date}.',
    'bezwaar-loonsanctie': 'Tegen de loonsanctie kan de werkgever binnen zes weken na de bekendmaking van het besluit bezwaar maken (Awb 6:7, 6:8), ook naast een bekortingsverzoek. In bezwaar telt wat vóór het besluit is gedaan (secundaire bron).',
  },
  en: {
    'aanvullen-voor-aanvraag': 'Complete the missing documents and record repaired steps before the WIA application (at the latest {date}).',
    'aanvullen-binnen-termijn-uwv': 'If documents are missing at the review, UWV sets a term to complete them (one week per the Beoordelingskader); not completed means an administrative wage sanction, which UWV must impose before the end of the waiting period.',
    'herstellen-voor-beslissing-uwv': 'Shortcomings in the efforts (e.g. starting an adequate track 2 after all) can still be repaired until UWV decides; UWV decides at the latest six weeks before the end of the waiting period — or of the wage payment a late WIA application extends (BW 7:629(11)(a)) — counted backwards: {date} (WIA 25(10)).',
    bekortingsverzoek: 'After a wage sanction: repair the shortcoming and request shortening; the sanction ends six weeks after UWV establishes the repair (within three weeks), at the latest on {date}.',
    'bezwaar-loonsanctie': 'The employer can object to the wage sanction within six weeks after the decision is made known (Awb 6:7, 6:8), also next to a request to shorten it. The objection looks at what was done before the decision (secondary source).',
  },
} as const satisfies MessageTable<Repair['id']>;

/** Risk level texts. @internal */
export const RISK_LEVEL_TEXTS = {
  nl: {
    low: 'Het dossier laat geen procesgebreken zien. UWV beoordeelt ook de inhoud (adequaatheid van het plan, de inspanningen); die ziet de bibliotheek niet.',
    unknown: 'Het dossier laat geen procesgebreken zien, maar is niet als compleet te beoordelen: zie de ontbrekende feiten (bijvoorbeeld of de visie van werkgever en werknemer in het plan van aanpak en de evaluaties staat).',
    medium: 'Er zijn te late stappen, onvolledige inhoud of gemiste praktijknormen. Op zichzelf geen loonsanctie, maar UWV kijkt of de inspanningen daardoor tekortschoten.',
    high: 'Er ontbreken stappen of onderdelen, of het tweede spoor is niet ingezet, zonder vastgelegde deugdelijke grond: een loonsanctie (of administratieve loonsanctie) is goed mogelijk.',
  },
  en: {
    low: 'The file shows no process defects. UWV also judges the content (adequacy of the plan, the efforts); the library cannot see that.',
    unknown: 'The file shows no process defects, but cannot be judged complete: see the missing facts (for example whether the employer\'s and employee\'s visie is in the action plan and the evaluations).',
    medium: 'There are late steps, incomplete content or missed practice norms. Not by themselves a wage sanction, but UWV checks whether efforts fell short because of them.',
    high: 'Steps or items are missing, or track 2 was not started, without a recorded valid reason: a wage sanction (or administrative wage sanction) is quite possible.',
  },
} as const satisfies MessageTable<LoonsanctieRisk['level']>;

/** Notices. @internal */
export const AUDIT_NOTICES = {
  nl: {
    'spoor2-exception': 'Tweede spoor niet ingezet met als reden "{reason}": UWV toetst of die conclusie redelijk was; leg de onderbouwing (bedrijfsarts, arbeidsdeskundige) vast.',
    'wia-64-6-applied': 'De WIA-brief van UWV kwam te laat ({date}); de aanvraag is tijdig als die binnen vier weken na ontvangst is ingediend (WIA 64 lid 6): uiterlijk {due}.',
    'content-not-judged': 'De audit toetst aanwezigheid, data en de visie-eis; de inhoudelijke toets van UWV (is het plan adequaat, zijn de inspanningen voldoende) blijft buiten beeld.',
  },
  en: {
    'spoor2-exception': 'Track 2 not started, reason "{reason}": UWV checks whether that conclusion was reasonable; record the grounds (bedrijfsarts, labour expert).',
    'wia-64-6-applied': "UWV's WIA letter came late ({date}); the application is on time if filed within four weeks of receipt (WIA 64(6)): at the latest {due}.",
    'content-not-judged': "The audit checks presence, dates and the visie requirement; UWV's review of the content (is the plan adequate, were efforts sufficient) is outside its view.",
  },
} as const satisfies MessageTable<'spoor2-exception' | 'wia-64-6-applied' | 'content-not-judged'>;

/** Keys of the texts of auditReIntegratieverslag.ts. @internal */
export type AuditTextKey =
  | 'step-with-sequence'
  | 'step-explanation';

/** Texts of auditReIntegratieverslag.ts; `{name}` placeholders are filled with `fillLocalized`. @internal */
export const AUDIT_TEXTS = {
  nl: {
    'step-with-sequence': '{stepLabel}{seq}',
    'step-explanation': '{base} {st}',
  },
  en: {
    'step-with-sequence': '{stepLabel}{seq}',
    'step-explanation': '{base} {st}',
  },
} as const satisfies MessageTable<AuditTextKey>;

/** Keys of the texts that render trace steps with no text in the result (a step on time, an item present). @internal */
export type AuditTraceTextKey =
  | 'step-on-time' | 'step-open' | 'step-not-needed' | 'step-lapsed'
  | 'item-present' | 'item-not-yet-due'
  | 'visie-present' | 'visie-unknown' | 'visie-not-required'
  | 'late-wia-aanvraag';

/** Texts of trace steps that no result field shows (`renderAuditStep`). @internal */
export const AUDIT_TRACE_TEXTS = {
  nl: {
    'step-on-time': '{step}: op tijd — gedaan op {done}, uiterlijk {due}.',
    'step-open': '{step}: nog niet verschuldigd — uiterlijk {due}.',
    'step-not-needed': '{step}: niet nodig (een vastgelegde uitzondering).',
    'step-lapsed': '{step}: vervallen — verschuldigd na het einde van de wachttijd door herstel (BW 7:629 lid 10).',
    'item-present': 'Onderdeel {item} is aanwezig: {label}.',
    'item-not-yet-due': 'Onderdeel {item} is nog niet verschuldigd: {label}.',
    'visie-present': 'Document {index} ({type}, {date}) bevat de visie van werkgever en werknemer.',
    'visie-unknown': 'Niet bekend of document {index} ({type}, {date}) de visie van werkgever en werknemer bevat.',
    'visie-not-required': 'Document {index} ({type}, {date}): de visie-eis geldt er niet voor.',
    'late-wia-aanvraag': 'De WIA-aanvraag is te laat of nog niet gedaan: de gevolgen volgen uit BW 7:629 lid 11 sub a ({days} dagen vertraging).',
  },
  en: {
    'step-on-time': '{step}: on time — done on {done}, due {due}.',
    'step-open': '{step}: not due yet — due {due}.',
    'step-not-needed': '{step}: not needed (a documented exception).',
    'step-lapsed': '{step}: lapsed — due after the waiting period ended by recovery (BW 7:629(10)).',
    'item-present': 'Item {item} is present: {label}.',
    'item-not-yet-due': 'Item {item} is not due yet: {label}.',
    'visie-present': 'Document {index} ({type}, {date}) contains the views of employer and employee.',
    'visie-unknown': 'Not known whether document {index} ({type}, {date}) contains the views of employer and employee.',
    'visie-not-required': 'Document {index} ({type}, {date}): the visie requirement does not apply to it.',
    'late-wia-aanvraag': 'The WIA application is late or not made yet: the consequences follow from BW 7:629(11)(a) ({days} days of delay).',
  },
} as const satisfies MessageTable<AuditTraceTextKey>;
