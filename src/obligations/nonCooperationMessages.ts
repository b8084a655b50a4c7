import type { MessageTable } from '../i18n/types.js';
import type { ConditionId, ConditionStatus, EmployerRisk, MeasureId } from './types.js';

/** Labels of the measures. @internal */
export const MEASURE_LABELS = {
  nl: {
    'gesprek-en-schriftelijke-waarschuwing': 'Gesprek en schriftelijke waarschuwing',
    loonopschorting: 'Loonopschorting (BW 7:629 lid 6)',
    loonstop: 'Loonstop (BW 7:629 lid 3)',
    'onverwijlde-mededeling': 'Onverwijlde mededeling aan de werknemer (BW 7:629 lid 7)',
    deskundigenoordeel: 'Deskundigenoordeel bij UWV (BW 7:629a)',
    'ontbinding-669-3e': 'Ontbinding door de kantonrechter, grond BW 7:669 lid 3 sub e',
    'opzegverbod-opgeheven': 'Opzegverbod tijdens ziekte geldt niet (BW 7:670a lid 1)',
  },
  en: {
    'gesprek-en-schriftelijke-waarschuwing': 'Talk and written warning',
    loonopschorting: 'Suspension of wages (BW 7:629(6))',
    loonstop: 'Stop of wages (BW 7:629(3))',
    'onverwijlde-mededeling': 'Notice to the employee without delay (BW 7:629(7))',
    deskundigenoordeel: 'Expert opinion by UWV (BW 7:629a)',
    'ontbinding-669-3e': 'Dissolution by the cantonal court, ground BW 7:669(3)(e)',
    'opzegverbod-opgeheven': 'Dismissal ban during sickness does not apply (BW 7:670a(1))',
  },
} as const satisfies MessageTable<MeasureId>;

/** What each measure does. @internal */
export const MEASURE_EXPLANATIONS = {
  nl: {
    'gesprek-en-schriftelijke-waarschuwing': 'Bespreek de weigering, leg vast welke plicht niet wordt nagekomen en wat de gevolgen zijn, en waarschuw schriftelijk. Voor een weigering van plichten uit BW 7:660a is de schriftelijke waarschuwing (of een loonstop) een voorwaarde voor ontbinding en voor het vervallen van het opzegverbod.',
    loonopschorting: 'Het loon wordt opgeschort zolang de werknemer de schriftelijke controlevoorschriften niet naleeft; het wordt alsnog betaald zodra hij ze naleeft.',
    loonstop: 'De werknemer heeft geen recht op loon over de tijd dat hij de plicht niet nakomt; dit loon komt niet terug.',
    'onverwijlde-mededeling': 'De werkgever moet de grond voor loonopschorting of loonstop onverwijld meedelen zodra hij die kende of redelijkerwijs had moeten kennen; anders kan hij zich er niet op beroepen.',
    deskundigenoordeel: 'UWV geeft een (niet bindend) oordeel of de werknemer voldoende meewerkt, of het werk passend is of of hij zijn werk kan doen. Het beslecht de vraag naar de deugdelijke grond, is nodig voor ontbinding (deskundigenverklaring) en toont UWV dat de werkgever heeft opgetreden.',
    'ontbinding-669-3e': 'Ontbinding wegens verwijtbaar handelen (BW 7:669 lid 3 sub e). Let op: sub c is frequent ziekteverzuim en niet de grond voor weigering van re-integratie. De kantonrechter wijst af tenzij de werkgever eerst schriftelijk heeft gewaarschuwd of het loon heeft gestopt, en een deskundigenverklaring van UWV overlegt (BW 7:671b lid 5).',
    'opzegverbod-opgeheven': 'Weigert de werknemer zonder deugdelijke grond zijn plichten uit BW 7:660a na een schriftelijke waarschuwing of loonstop, dan geldt het opzegverbod tijdens ziekte niet (BW 7:670a lid 1).',
  },
  en: {
    'gesprek-en-schriftelijke-waarschuwing': 'Discuss the refusal, record which duty is not met and what follows, and warn in writing. For refusing BW 7:660a duties, the written warning (or a wage stop) is a condition for dissolution and for lifting the dismissal ban.',
    loonopschorting: 'Wages are suspended while the employee does not follow the written control rules; they are paid once he does.',
    loonstop: 'The employee has no right to wages over the time he does not meet the duty; these wages are lost for good.',
    'onverwijlde-mededeling': 'The employer must give notice of the ground for suspension or stop of wages without delay once he knew or should reasonably have known it; otherwise he cannot rely on it.',
    deskundigenoordeel: 'UWV gives a (non-binding) opinion on whether the employee cooperates enough, whether work is suitable or whether he can do his job. It settles the question of a valid reason, is needed for dissolution (expert statement), and shows UWV the employer acted.',
    'ontbinding-669-3e': 'Dissolution for culpable conduct (BW 7:669(3)(e)). Note: sub c is frequent sickness absence and not the ground for refusing reintegration. The court refuses unless the employer first warned in writing or stopped wages, and produces a UWV expert statement (BW 7:671b(5)).',
    'opzegverbod-opgeheven': 'If the employee refuses BW 7:660a duties without a valid reason after a written warning or wage stop, the dismissal ban during sickness does not apply (BW 7:670a(1)).',
  },
} as const satisfies MessageTable<MeasureId>;

/** Why a measure does not fit the kind of non-cooperation. @internal */
export const MEASURE_NOT_FOR_KIND = {
  nl: {
    'gesprek-en-schriftelijke-waarschuwing': 'Niet van toepassing.',
    loonopschorting: 'Loonopschorting is alleen voor het niet naleven van schriftelijke controlevoorschriften (BW 7:629 lid 6); gebruik hier loonstop.',
    loonstop: 'Het niet naleven van controlevoorschriften is geen grond voor loonstop maar voor loonopschorting (BW 7:629 lid 6).',
    'onverwijlde-mededeling': 'Niet van toepassing.',
    deskundigenoordeel: 'Niet van toepassing.',
    'ontbinding-669-3e': 'Deze route (BW 7:671b lid 5) is voor weigering van de plichten van BW 7:660a; dit soort niet-meewerken valt daar niet onder. Ontslag op staande voet is een andere route (dringende reden) met eigen, strenge eisen.',
    'opzegverbod-opgeheven': 'BW 7:670a lid 1 geldt alleen voor weigering van de plichten van BW 7:660a.',
  },
  en: {
    'gesprek-en-schriftelijke-waarschuwing': 'Not applicable.',
    loonopschorting: 'Suspension is only for not following written control rules (BW 7:629(6)); use a wage stop here.',
    loonstop: 'Not following control rules is a ground for suspension (BW 7:629(6)), not for a wage stop.',
    'onverwijlde-mededeling': 'Not applicable.',
    deskundigenoordeel: 'Not applicable.',
    'ontbinding-669-3e': 'This route (BW 7:671b(5)) is for refusing the duties of BW 7:660a; this kind of non-cooperation is not one of them. Summary dismissal is another route (urgent cause) with its own strict requirements.',
    'opzegverbod-opgeheven': 'BW 7:670a(1) only applies to refusing the duties of BW 7:660a.',
  },
} as const satisfies MessageTable<MeasureId>;

/** Key of a condition text: condition id and status. @internal */
export type ConditionKey =
  | `${ConditionId}.${ConditionStatus}`
  | 'onverwijld-meegedeeld.not-given'
  | 'onverwijld-meegedeeld.none-in-time'
  | 'onverwijld-meegedeeld.none-late'
  | 'onverwijld-meegedeeld.late'
  | 'onverwijld-meegedeeld.late-from-notice'
  | 'onverwijld-meegedeeld.nothing-left'
  | `weigering-660a.passend-${ConditionStatus}`
  | 'waarschuwing-of-loonstop.notice-unknown'
  | 'waarschuwing-of-loonstop.wage-measure-unknown';

/** Condition texts; `{days}`, `{date}` are filled in. @internal */
export const CONDITION_TEXTS = {
  nl: {
    'schriftelijke-controlevoorschriften.met': 'De controlevoorschriften staan op schrift en zijn redelijk.',
    'schriftelijke-controlevoorschriften.not-met': 'De controlevoorschriften staan niet op schrift: loonopschorting is niet mogelijk.',
    'schriftelijke-controlevoorschriften.unknown': 'Onbekend of de controlevoorschriften op schrift staan (vereist door BW 7:629 lid 6).',
    'geen-deugdelijke-grond.met': 'De werknemer heeft geen deugdelijke grond.',
    'geen-deugdelijke-grond.not-met': 'De werknemer heeft een deugdelijke grond: de maatregel is niet mogelijk.',
    'geen-deugdelijke-grond.unknown': 'Onbekend of de werknemer een deugdelijke grond heeft; een deskundigenoordeel van UWV kan dit beslechten.',
    'arbeid-is-passend.met': 'Het aangeboden werk is passend (BW 7:658a lid 4).',
    'arbeid-is-passend.not-met': 'Het aangeboden werk is niet passend: weigeren is toegestaan.',
    'arbeid-is-passend.unknown': 'Onbekend of het aangeboden werk passend is (BW 7:658a lid 4); zie checkPassendWerk of vraag een deskundigenoordeel.',
    'werknemer-kan-werken.met': 'De werknemer is in staat het werk te doen.',
    'werknemer-kan-werken.not-met': 'De werknemer is niet in staat het werk te doen.',
    'werknemer-kan-werken.unknown': 'Onbekend of de werknemer het werk kan doen (oordeel bedrijfsarts).',
    'gericht-op-passende-arbeid.met': 'De afspraak bij de bedrijfsarts diende de re-integratie (maatregel gericht op passende arbeid).',
    'gericht-op-passende-arbeid.not-met': 'De afspraak diende niet de re-integratie; alleen loonopschorting via de controlevoorschriften komt in aanmerking.',
    'gericht-op-passende-arbeid.unknown': 'Onbekend of de afspraak de re-integratie diende.',
    'onverwijld-meegedeeld.met': 'De grond is op {date} onverwijld meegedeeld.',
    'onverwijld-meegedeeld.not-met': 'Nog niet meegedeeld: deel de grond nu schriftelijk mee; zonder onverwijlde mededeling vervalt het beroep erop (BW 7:629 lid 7).',
    'onverwijld-meegedeeld.unknown': 'Mededeling {days} dag(en) nadat bij de werkgever het vermoeden rees of had behoren te rijzen; of dat nog onverwijld is, beoordeelt de rechter per geval (geen wettelijk aantal dagen; binnen {max} dagen is het verdedigbaar).',
    'onverwijld-meegedeeld.none-in-time': 'Nog geen mededeling gedaan, {days} dag(en) nadat bij de werkgever het vermoeden rees of had behoren te rijzen: deel de grond nu schriftelijk mee (binnen {max} dagen is onverwijld nog verdedigbaar; BW 7:629 lid 7).',
    'onverwijld-meegedeeld.none-late': 'Geen mededeling gedaan, {days} dagen nadat bij de werkgever het vermoeden rees of had behoren te rijzen (meer dan {max} dagen): niet onverwijld, over de tijd tot nu vervalt het beroep op de grond (BW 7:629 lid 7). Een mededeling nu geldt alleen voor de tijd vanaf {date}.',
    'onverwijld-meegedeeld.late': 'Mededeling op {date}, {days} dagen nadat bij de werkgever het vermoeden rees of had behoren te rijzen (meer dan {max} dagen): niet onverwijld. Over de tijd vóór {date} kan de werkgever zich niet op de grond beroepen (BW 7:629 lid 7).',
    'onverwijld-meegedeeld.late-from-notice': 'Mededeling op {date} ({days} dagen na het vermoeden, niet onverwijld): de maatregel geldt alleen vanaf {date}; over de tijd daarvoor is het beroep op de grond vervallen (BW 7:629 lid 7).',
    'onverwijld-meegedeeld.nothing-left': 'Het niet-meewerken eindigde vóór {date}, de eerste dag waarover de werkgever zich nog op de grond kan beroepen ({days} dagen na het vermoeden, niet onverwijld meegedeeld): er valt niets meer onder de maatregel (BW 7:629 lid 7).',
    'onverwijld-meegedeeld.not-given': 'Geen datum van mededeling opgegeven, {days} dag(en) nadat bij de werkgever het vermoeden rees of had behoren te rijzen. Is nog niet meegedeeld, doe dat nu; of het dan nog onverwijld is, beoordeelt de rechter (BW 7:629 lid 7).',
    'waarschuwing-of-loonstop.met': 'De werkgever heeft schriftelijk tot nakoming gemaand of, met onverwijlde mededeling, het loon gestopt (op {date}).',
    'waarschuwing-of-loonstop.notice-unknown': 'Het loon is op {date} gestopt, maar niet vast te stellen of de grond onverwijld is meegedeeld; alleen een loonstop met inachtneming van BW 7:629 lid 7 telt. Een schriftelijke maning maakt dit zeker.',
    'waarschuwing-of-loonstop.wage-measure-unknown': 'Er is op {date} een loonmaatregel genomen, maar niet opgegeven of het een loonstop (telt) of een loonopschorting (telt niet) was: geef employerActions.wageMeasure mee, of maan schriftelijk tot nakoming.',
    'waarschuwing-of-loonstop.not-met': 'Nog geen schriftelijke maning of loonstop met onverwijlde mededeling (een loonopschorting telt niet): maan eerst schriftelijk tot nakoming.',
    'waarschuwing-of-loonstop.unknown': 'Onbekend of er is gewaarschuwd of het loon is gestopt.',
    'deskundigenverklaring.met': 'UWV heeft verklaard dat de werknemer onvoldoende meewerkt.',
    'deskundigenverklaring.not-met': 'Er is (nog) geen deskundigenverklaring dat de werknemer onvoldoende meewerkt: vraag een deskundigenoordeel aan (gratis voor de werkgever voor deze ontbinding).',
    'deskundigenverklaring.unknown': 'Deskundigenoordeel aangevraagd op {date}; de uitkomst is nog niet bekend.',
    'weigering-660a.met': 'Het gaat om een weigering van een plicht uit BW 7:660a.',
    'weigering-660a.not-met': 'Het gaat niet om een plicht uit BW 7:660a.',
    'weigering-660a.unknown': 'Onbekend of het om een plicht uit BW 7:660a gaat (diende de afspraak de re-integratie?).',
    'weigering-660a.passend-met': 'Het geweigerde werk is passend en de werknemer kan het doen: de weigering schendt BW 7:660a sub c.',
    'weigering-660a.passend-not-met': 'Het geweigerde werk is niet passend of de werknemer kan het niet doen: weigeren schendt BW 7:660a sub c niet, dus geen loonstop, geen ontbinding op deze grond en het opzegverbod blijft gelden.',
    'weigering-660a.passend-unknown': 'Onbekend of het geweigerde werk passend is en de werknemer het kan doen (zie checkPassendWerk): alleen als dat zo is, schendt de weigering BW 7:660a sub c en gelden de gevolgen.',
  },
  en: {
    'schriftelijke-controlevoorschriften.met': 'The control rules are in writing and reasonable.',
    'schriftelijke-controlevoorschriften.not-met': 'The control rules are not in writing: suspension is not possible.',
    'schriftelijke-controlevoorschriften.unknown': 'Not known whether the control rules are in writing (required by BW 7:629(6)).',
    'geen-deugdelijke-grond.met': 'The employee has no valid reason.',
    'geen-deugdelijke-grond.not-met': 'The employee has a valid reason: the measure is not possible.',
    'geen-deugdelijke-grond.unknown': 'Not known whether the employee has a valid reason; a UWV expert opinion can settle it.',
    'arbeid-is-passend.met': 'The work offered is suitable (BW 7:658a(4)).',
    'arbeid-is-passend.not-met': 'The work offered is not suitable: refusing is allowed.',
    'arbeid-is-passend.unknown': 'Not known whether the work offered is suitable (BW 7:658a(4)); see checkPassendWerk or ask for an expert opinion.',
    'werknemer-kan-werken.met': 'The employee is able to do the work.',
    'werknemer-kan-werken.not-met': 'The employee is not able to do the work.',
    'werknemer-kan-werken.unknown': 'Not known whether the employee can do the work (bedrijfsarts judgment).',
    'gericht-op-passende-arbeid.met': 'The bedrijfsarts appointment served reintegration (a measure aimed at suitable work).',
    'gericht-op-passende-arbeid.not-met': 'The appointment did not serve reintegration; only suspension under the control rules applies.',
    'gericht-op-passende-arbeid.unknown': 'Not known whether the appointment served reintegration.',
    'onverwijld-meegedeeld.met': 'The ground was notified without delay on {date}.',
    'onverwijld-meegedeeld.not-met': 'Not notified yet: notify the ground in writing now; without notice without delay the employer cannot rely on it (BW 7:629(7)).',
    'onverwijld-meegedeeld.unknown': 'Notified {days} day(s) after the employer suspected or should reasonably have suspected the ground; whether that is still without delay is for the court to judge case by case (no statutory number of days; within {max} days it can be argued).',
    'onverwijld-meegedeeld.none-in-time': 'No notice given yet, {days} day(s) after the employer suspected or should reasonably have suspected the ground: notify the ground in writing now (within {max} days "without delay" can still be argued; BW 7:629(7)).',
    'onverwijld-meegedeeld.none-late': 'No notice given, {days} day(s) after the employer suspected or should reasonably have suspected the ground (more than {max} days): not without delay, the employer cannot rely on the ground for the time so far (BW 7:629(7)). A notice now only covers the time from {date}.',
    'onverwijld-meegedeeld.late': 'Notified on {date}, {days} day(s) after the employer suspected or should reasonably have suspected the ground (more than {max} days): not without delay. The employer cannot rely on the ground for the time before {date} (BW 7:629(7)).',
    'onverwijld-meegedeeld.late-from-notice': 'Notified on {date} ({days} day(s) after the suspicion, not without delay): the measure only covers the time from {date}; for the time before, reliance on the ground is lost (BW 7:629(7)).',
    'onverwijld-meegedeeld.nothing-left': 'The non-cooperation ended before {date}, the first day for which the employer can still rely on the ground ({days} day(s) after the suspicion, not notified without delay): nothing is left for the measure to cover (BW 7:629(7)).',
    'onverwijld-meegedeeld.not-given': 'No date of notice given, {days} day(s) after the employer suspected or should reasonably have suspected the ground. If not notified yet, do so now; whether that is still without delay is for the court to judge (BW 7:629(7)).',
    'waarschuwing-of-loonstop.met': 'The employer summoned the employee in writing to comply or, with notice without delay, stopped wages (on {date}).',
    'waarschuwing-of-loonstop.notice-unknown': 'Wages were stopped on {date}, but it is not known whether the ground was notified without delay; only a wage stop that observes BW 7:629(7) counts. A written summons settles it.',
    'waarschuwing-of-loonstop.wage-measure-unknown': 'A wage measure was taken on {date}, but not whether it was a wage stop (counts) or a suspension (does not count): pass employerActions.wageMeasure, or summon the employee in writing.',
    'waarschuwing-of-loonstop.not-met': 'No written summons or wage stop with notice without delay yet (a suspension does not count): first summon the employee in writing to comply.',
    'waarschuwing-of-loonstop.unknown': 'Not known whether a warning was given or wages stopped.',
    'deskundigenverklaring.met': 'UWV stated that the employee does not cooperate enough.',
    'deskundigenverklaring.not-met': 'No expert statement (yet) that the employee does not cooperate enough: request an expert opinion (free for the employer for this dissolution).',
    'deskundigenverklaring.unknown': 'Expert opinion requested on {date}; the outcome is not known yet.',
    'weigering-660a.met': 'This is a refusal of a BW 7:660a duty.',
    'weigering-660a.not-met': 'This is not a BW 7:660a duty.',
    'weigering-660a.unknown': 'Not known whether this is a BW 7:660a duty (did the appointment serve reintegration?).',
    'weigering-660a.passend-met': 'The refused work is suitable and the employee can do it: the refusal breaches BW 7:660a(c).',
    'weigering-660a.passend-not-met': 'The refused work is not suitable, or the employee cannot do it: refusing does not breach BW 7:660a(c), so no wage stop, no dissolution on this ground, and the dismissal ban stays.',
    'weigering-660a.passend-unknown': 'Not known whether the refused work is suitable and the employee can do it (see checkPassendWerk): only then does the refusal breach BW 7:660a(c) and do its consequences follow.',
  },
} as const satisfies MessageTable<ConditionKey>;

/** Employer-risk texts. @internal */
export const RISK_TEXTS = {
  nl: {
    'loonsanctie-risico-geen-actie': 'De werkgever heeft (nog) niet opgetreden. UWV verwacht dat de werkgever bij niet-meewerken een deskundigenoordeel vraagt, het loon stopt of opschort, of met ontslag dreigt; doet hij niets, dan kan dat tot een loonsanctie leiden (Beoordelingskader poortwachter §9).',
    'geen-risico-werkgever-heeft-opgetreden': 'De werkgever heeft opgetreden (waarschuwing, loonmaatregel of deskundigenoordeel); leg dit vast in het re-integratiedossier.',
    'geen-risico-weigering-toegestaan': 'De werknemer mag dit werk weigeren (niet passend, niet in staat, of een deugdelijke grond): er is geen niet-meewerken waartegen de werkgever moet optreden. Zoek ander passend werk (BW 7:658a lid 1).',
    'geen-loonsanctie-risico-geen-re-integratieplicht': 'Dit is geen re-integratieplicht: niet optreden leidt hier niet tot een loonsanctie. De werkgever kan het loon over de tijd in kwestie weigeren (met onverwijlde mededeling); de re-integratie zelf loopt door.',
    'verlenging-loondoorbetaling-wia-te-laat': 'Bij een te late WIA-aanvraag worden de loondoorbetaling en het opzegverbod met de vertraging verlengd (BW 7:629 lid 11 sub a, 7:670 lid 11 sub a), ook als de werkgever optreedt; zonder deugdelijke grond heeft de werknemer over die tijd geen recht op loon (lid 3 sub f), mits onverwijld meegedeeld.',
  },
  en: {
    'loonsanctie-risico-geen-actie': 'The employer has not acted (yet). UWV expects an employer faced with non-cooperation to ask for an expert opinion, stop or suspend wages, or threaten dismissal; doing nothing can lead to a wage sanction (Beoordelingskader poortwachter §9).',
    'geen-risico-werkgever-heeft-opgetreden': 'The employer has acted (warning, wage measure or expert opinion); record it in the reintegration file.',
    'geen-risico-weigering-toegestaan': 'The employee may refuse this work (not suitable, not able, or a valid reason): there is no non-cooperation for the employer to act on. Look for other suitable work (BW 7:658a(1)).',
    'geen-loonsanctie-risico-geen-re-integratieplicht': 'This is not a reintegration duty: not acting on it does not lead to a wage sanction. The employer may refuse wages over the time concerned (with notice without delay); the reintegration itself goes on.',
    'verlenging-loondoorbetaling-wia-te-laat': 'With a late WIA application, wage payment and the dismissal ban are extended by the delay (BW 7:629(11)(a), 7:670(11)(a)), even if the employer acts; without a valid reason the employee has no right to wages over that time (para 3(f)), provided notice was given without delay.',
  },
} as const satisfies MessageTable<EmployerRisk['code']>;

/** Notices. @internal */
export const NOTICE_TEXTS = {
  nl: {
    'ground-e-not-c': 'De ontslaggrond voor weigering van re-integratieverplichtingen is BW 7:669 lid 3 sub e (verwijtbaar handelen), niet sub c (frequent ziekteverzuim), zoals sommige bronnen schrijven.',
    'before-wwz': 'Vóór 1 juli 2015 (Wet werk en zekerheid) golden andere ontslagregels; de ontslagroute wordt voor die datum niet beoordeeld.',
    'until-before-asof': 'Het niet-meewerken is geëindigd; loonstop en loonopschorting gelden alleen over de periode tot en met het einde.',
  },
  en: {
    'ground-e-not-c': 'The dismissal ground for refusing reintegration duties is BW 7:669(3)(e) (culpable conduct), not sub c (frequent sickness absence) as some sources say.',
    'before-wwz': 'Before 1 July 2015 (Wet werk en zekerheid) other dismissal rules applied; the dismissal route is not assessed before that date.',
    'until-before-asof': 'The non-cooperation has ended; wage stop and suspension only cover the period up to its end.',
  },
} as const satisfies MessageTable<'ground-e-not-c' | 'before-wwz' | 'until-before-asof'>;
