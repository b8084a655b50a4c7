import type { MessageTable } from '../i18n/types.js';
import type { RemedyId } from './types.js';

/** Labels of the remedies. @internal */
export const REMEDY_LABELS = {
  nl: {
    deskundigenoordeel: 'Deskundigenoordeel bij UWV',
    'second-opinion': 'Second opinion door een andere bedrijfsarts',
    'bezwaar-advies-bedrijfsarts': 'Bezwaar tegen het advies van de bedrijfsarts',
    'ander-re-integratiebedrijf': 'Ander re-integratiebedrijf vragen',
    loonvordering: 'Loonvordering bij de kantonrechter',
    bekortingsverzoek: 'Bekortingsverzoek na een loonsanctie',
    'bezwaar-loonsanctie': 'Bezwaar tegen de loonsanctie',
  },
  en: {
    deskundigenoordeel: 'Expert opinion (deskundigenoordeel) by UWV',
    'second-opinion': 'Second opinion by another bedrijfsarts',
    'bezwaar-advies-bedrijfsarts': "Objection to the bedrijfsarts' advice",
    'ander-re-integratiebedrijf': 'Ask for another reintegration company',
    loonvordering: 'Wage claim at the cantonal court',
    bekortingsverzoek: 'Request to shorten a wage sanction',
    'bezwaar-loonsanctie': 'Objection to the wage sanction',
  },
} as const satisfies MessageTable<RemedyId>;

/** What each remedy is. @internal */
export const REMEDY_EXPLANATIONS = {
  nl: {
    deskundigenoordeel: 'Werknemer of werkgever vraagt UWV om een oordeel over: kan de werknemer zijn eigen werk doen, is aangeboden werk passend, zijn de re-integratie-inspanningen van werkgever of werknemer voldoende, en (voor ontslag) kan frequent verzuim binnen 26 weken afnemen. Het oordeel is een advies, niet bindend; bezwaar is niet mogelijk omdat het geen besluit is (secundaire bron). Het opvolgen van een deskundigenoordeel geldt als deugdelijke grond (Werkwijzer, 2020).',
    'second-opinion': 'Sinds 1 juli 2017 moet de bedrijfsarts meewerken aan het verzoek van de werknemer om een andere bedrijfsarts (buiten zijn arbodienst) te raadplegen, tenzij er zwaarwegende redenen zijn. De second opinion is een advies aan de eigen bedrijfsarts; de kosten zijn voor de werkgever (secundaire bron).',
    'bezwaar-advies-bedrijfsarts': 'De werknemer kan schriftelijk laten weten het niet eens te zijn met het advies en zijn huisarts of behandelaar contact laten opnemen met de bedrijfsarts. Dit is praktijk, geen wettelijke procedure; de formele wegen zijn de second opinion en het deskundigenoordeel. Alleen redelijke voorschriften hoeven te worden opgevolgd (BW 7:660a).',
    'ander-re-integratiebedrijf': 'De werkgever kiest het re-integratiebedrijf, maar de wensen van de werknemer tellen en de werkgever moet wisselen als het traject niet loopt (Beoordelingskader poortwachter §9, UWV-beleid). Er is geen wettelijk recht op een bepaald bureau; lukt het niet samen, dan kan een deskundigenoordeel over de inspanningen helpen.',
    loonvordering: 'Stopt of schort de werkgever het loon ten onrechte, dan kan de werknemer loon vorderen bij de kantonrechter. De vordering wordt niet toegewezen zonder deskundigenoordeel van UWV, tenzij het punt niet wordt betwist of dat in redelijkheid niet kan worden gevergd (BW 7:629a lid 1).',
    bekortingsverzoek: 'Na een loonsanctie meldt de werkgever UWV dat hij de tekortkoming heeft hersteld, met bewijs (per tekortkoming uit de beoordeling). UWV beslist binnen drie weken; de loonsanctie eindigt zes weken nadat UWV het herstel heeft vastgesteld, uiterlijk na 52 weken (WIA 25 lid 12–14).',
    'bezwaar-loonsanctie': 'De loonsanctie (WIA 25 lid 9) is een besluit van UWV: de werkgever kan binnen zes weken bezwaar maken (Awb 6:7), bijvoorbeeld als hij vindt dat de inspanningen voldoende waren of dat er een deugdelijke grond was. Bezwaar kan naast een bekortingsverzoek lopen; in bezwaar telt wat vóór het besluit is gedaan, herstel daarna hoort bij de bekorting (secundaire bron).',
  },
  en: {
    deskundigenoordeel: "Employee or employer asks UWV for an opinion on: can the employee do his own work, is offered work suitable, are the employer's or employee's reintegration efforts sufficient, and (for dismissal) can frequent absence decrease within 26 weeks. The opinion is advice, not binding; no administrative objection is possible as it is not a decision (secondary source). Following an expert opinion counts as a valid reason (Werkwijzer, 2020).",
    'second-opinion': "Since 1 July 2017 the bedrijfsarts must cooperate with the employee's request to consult another bedrijfsarts (outside his arbodienst), unless there are weighty reasons. The second opinion is advice to the own bedrijfsarts; the employer pays (secondary source).",
    'bezwaar-advies-bedrijfsarts': 'The employee can state in writing that he disagrees with the advice and have his GP or practitioner contact the bedrijfsarts. This is practice, not a statutory procedure; the formal routes are the second opinion and the expert opinion. Only reasonable instructions must be followed (BW 7:660a).',
    'ander-re-integratiebedrijf': "The employer chooses the reintegration company, but the employee's wishes count and the employer must switch if the trajectory stalls (Beoordelingskader poortwachter §9, UWV policy). There is no statutory right to a particular company; if they cannot agree, an expert opinion on the efforts can help.",
    loonvordering: 'If the employer wrongly stops or suspends wages, the employee can claim them at the cantonal court. The claim is not granted without a UWV expert opinion, unless the point is not disputed or that cannot reasonably be required (BW 7:629a(1)).',
    bekortingsverzoek: 'After a wage sanction the employer reports to UWV that he repaired the shortcoming, with proof (per shortcoming in the assessment). UWV decides within three weeks; the sanction ends six weeks after UWV establishes the repair, at the latest after 52 weeks (WIA 25(12)-(14)).',
    'bezwaar-loonsanctie': "The wage sanction (WIA 25(9)) is a UWV decision: the employer can object within six weeks (Awb 6:7), for instance when he holds that the efforts were sufficient or that there was a valid reason. An objection can run next to a request to shorten; the objection looks at what was done before the decision, repair after it belongs to the shortening (secondary source).",
  },
} as const satisfies MessageTable<RemedyId>;

/** Remarks on remedies. @internal */
export const REMEDY_NOTICES = {
  nl: {
    'fee-unknown-before-2013': 'De vergoeding vóór 2013 is niet als primaire bron vastgelegd (secundaire bronnen noemen € 50).',
    'fee-start-unverified': 'De Beleidsregel kosten aanvraag deskundigenoordeel 2013 is op 19 december 2012 vastgesteld; de precieze ingangsdatum is niet geverifieerd (1 januari 2013 aangenomen).',
    'free-for-dismissal': 'Voor de werkgever gratis als het oordeel nodig is voor ontbinding op grond van BW 7:671b lid 4 of 5 (sinds 1 juli 2015).',
    'second-opinion-not-yet': 'Vóór 1 juli 2017 bestond geen wettelijk recht op een second opinion door een andere bedrijfsarts.',
    'duration-practice': 'De doorlooptijd is een opgave van UWV (praktijk), geen wettelijke termijn.',
  },
  en: {
    'fee-unknown-before-2013': 'The fee before 2013 is not recorded from a primary source (secondary sources say €50).',
    'fee-start-unverified': 'The Beleidsregel kosten aanvraag deskundigenoordeel 2013 was adopted on 19 December 2012; its exact first day is not verified (1 January 2013 assumed).',
    'free-for-dismissal': 'Free for the employer when the opinion is needed for dissolution under BW 7:671b(4) or (5) (since 1 July 2015).',
    'second-opinion-not-yet': 'Before 1 July 2017 there was no statutory right to a second opinion by another bedrijfsarts.',
    'duration-practice': 'The duration is what UWV states (practice), not a statutory term.',
  },
} as const satisfies MessageTable<'fee-unknown-before-2013' | 'fee-start-unverified' | 'free-for-dismissal' | 'second-opinion-not-yet' | 'duration-practice'>;

/** Durations. @internal */
export const REMEDY_DURATIONS = {
  nl: {
    deskundigenoordeel: '{min} tot {max} weken (opgave UWV)',
    bekortingsverzoek: 'UWV beslist binnen 3 weken; de loonsanctie eindigt 6 weken na vaststelling van het herstel',
    'bezwaar-loonsanctie': 'bezwaartermijn 6 weken na de dag van bekendmaking van het besluit (Awb 6:7, 6:8)',
  },
  en: {
    deskundigenoordeel: '{min} to {max} weeks (as stated by UWV)',
    bekortingsverzoek: 'UWV decides within 3 weeks; the sanction ends 6 weeks after the repair is established',
    'bezwaar-loonsanctie': 'objection term of 6 weeks from the day after the decision is made known (Awb 6:7, 6:8)',
  },
} as const satisfies MessageTable<'deskundigenoordeel' | 'bekortingsverzoek' | 'bezwaar-loonsanctie'>;

/** Texts of the trace steps of a remedy (`remedy.<key>`). @internal */
export const REMEDY_TRACE_TEXTS = {
  nl: {
    'in-force': 'Van kracht op {asOf} (sinds {validFrom}).',
    'not-in-force': 'Nog niet van kracht op {asOf} (pas vanaf {validFrom}).',
    fee: 'Vergoeding op {asOf}: werkgever € {werkgever}, werknemer € {werknemer}.',
    'fee-unknown': 'De vergoeding op {asOf} is niet bekend uit een primaire bron.',
  },
  en: {
    'in-force': 'In force on {asOf} (since {validFrom}).',
    'not-in-force': 'Not yet in force on {asOf} (only from {validFrom}).',
    fee: 'Fee on {asOf}: employer €{werkgever}, employee €{werknemer}.',
    'fee-unknown': 'The fee on {asOf} is not known from a primary source.',
  },
} as const satisfies MessageTable<'in-force' | 'not-in-force' | 'fee' | 'fee-unknown'>;
