import type { Localized, MessageTable } from '../i18n/types.js';
import { fillLocalized } from '../i18n/fill.js';

/** Keys of the passend-werk texts. @internal */
export type PassendWerkMessageKey =
  // functionele-mogelijkheden
  | 'binnen-belastbaarheid' | 'buiten-belastbaarheid' | 'uren-boven-belastbaarheid' | 'belastbaarheid-onbekend'
  // persoonlijke-bezwaren
  | 'geen-bezwaren' | 'bezwaren-aanwezig' | 'bezwaren-onbekend'
  // opleidingsniveau
  | 'niveau-gelijk-of-hoger' | 'niveau-lager' | 'niveau-onbekend'
  // werkervaring
  | 'sluit-aan-bij-werkervaring' | 'sluit-niet-aan-bij-werkervaring' | 'werkervaring-onbekend'
  // loon
  | 'loon-op-of-boven-norm' | 'loon-onder-norm' | 'loon-onbekend'
  // reistijd
  | 'reistijd-binnen-norm' | 'reistijd-boven-norm' | 'reistijd-binnen-signaalgrens' | 'reistijd-boven-signaalgrens' | 'reistijd-onbekend'
  // werkpatroon
  | 'werkpatroon-sluit-aan' | 'dienst-wijkt-af' | 'werkdagen-wijken-af' | 'meer-uren-dan-voorheen' | 'werkpatroon-onbekend'
  // role of a criterion
  | 'rol-knock-out-wet' | 'rol-knock-out-analogie' | 'rol-knock-out-werkpatroon' | 'rol-weegfactor' | 'rol-weegfactor-altijd' | 'rol-weegfactor-reistijd'
  // verdict
  | 'alle-knock-outs-voldaan' | 'knock-out-niet-voldaan' | 'knock-out-onbekend' | 'weegpunten'
  | 'oordeel-passend' | 'oordeel-niet-passend' | 'oordeel-onbekend'
  // phase
  | 'fase-eerste-halfjaar' | 'fase-na-eerste-halfjaar' | 'conventie-counted-days' | 'conventie-calendar-months'
  // phase unknown (offer date or sickness not given)
  | 'fase-onbekend' | 'fase-onbekend-grens' | 'verdict-fase-onbekend' | 'criterium-per-fase' | 'hangt-af-van-fase' | 'br-fase-onbekend'
  | 'notice-fase-onbekend'
  // bevredigend resultaat
  | 'br-passend-bij-resterende-mogelijkheden' | 'br-loonwaarde-ten-minste-65-procent' | 'br-niet-structureel'
  | 'br-resterende-mogelijkheden-niet-benut' | 'br-loonwaarde-te-laag' | 'br-geen-instemming' | 'br-onbekend'
  // refusal
  | 'werk-niet-passend' | 'deugdelijke-grond' | 'geen-deugdelijke-grond' | 'weigeren-onbekend'
  | 'gevolg-geen-recht-op-loon' | 'gevolg-onverwijld-mededelen' | 'gevolg-schriftelijke-maning' | 'gevolg-deskundigenoordeel'
  // notices
  | 'notice-analogie' | 'notice-niet-ziek' | 'notice-na-wachttijd' | 'notice-samentelling';

/**
 * Dutch and English texts. `{name}` marks a value filled in by {@link text}.
 *
 * @internal
 */
export const PASSEND_WERK_MESSAGES = {
  nl: {
    'binnen-belastbaarheid': 'Het werk past binnen de functionele mogelijkheden volgens de bedrijfsarts.',
    'buiten-belastbaarheid': 'Het werk past niet binnen de functionele mogelijkheden volgens de bedrijfsarts; het is dan niet berekend op de krachten van de werknemer.',
    'uren-boven-belastbaarheid': 'Het werk vraagt {offered} uur per week; de bedrijfsarts acht de werknemer belastbaar voor {max} uur per week.',
    'belastbaarheid-onbekend': 'Niet bekend of het werk binnen de functionele mogelijkheden volgens de bedrijfsarts past.',
    'geen-bezwaren': 'Er zijn geen lichamelijke, geestelijke of sociale redenen die aanvaarding onredelijk maken.',
    'bezwaren-aanwezig': 'Aanvaarding kan niet worden gevergd om redenen van {reasons} aard.',
    'bezwaren-onbekend': 'Niet bekend of er lichamelijke, geestelijke en sociale redenen zijn die aanvaarding onredelijk maken.',
    'niveau-gelijk-of-hoger': 'Het werk ligt op het opleidingsniveau van het eigen werk ({offered}; eigen werk {own}) of hoger.',
    'niveau-lager': 'Het werk ligt onder het opleidingsniveau van het eigen werk ({offered}; eigen werk {own}).',
    'niveau-onbekend': 'Het opleidingsniveau van het aangeboden of het eigen werk is niet bekend.',
    'sluit-aan-bij-werkervaring': 'Het werk sluit aan bij de werkervaring.',
    'sluit-niet-aan-bij-werkervaring': 'Het werk sluit niet aan bij de werkervaring.',
    'werkervaring-onbekend': 'Niet bekend of het werk aansluit bij de werkervaring.',
    'loon-op-of-boven-norm': 'Het loon is {ratio} van het oude loon (norm: ten minste {minRatio}).',
    'loon-onder-norm': 'Het loon is {ratio} van het oude loon, minder dan {minRatio}.',
    'loon-onbekend': 'Het aangeboden of het oude loon is niet bekend.',
    'reistijd-binnen-norm': 'De reistijd is {minutes} minuten per dag, niet meer dan {norm} minuten.',
    'reistijd-boven-norm': 'De reistijd is {minutes} minuten per dag, meer dan {norm} minuten.',
    'reistijd-binnen-signaalgrens': 'De reistijd is {minutes} minuten per dag, niet meer dan de signaalgrens van {norm} minuten.',
    'reistijd-boven-signaalgrens': 'De reistijd is {minutes} minuten per dag, meer dan de signaalgrens van {norm} minuten: een reden om de redelijkheid apart te onderbouwen.',
    'reistijd-onbekend': 'De reistijd is niet bekend.',
    'werkpatroon-sluit-aan': 'Het werkpatroon sluit aan bij het patroon van voor de ziekte.',
    'dienst-wijkt-af': 'De dienst ({offered}) wijkt af van de dienst van voor de ziekte ({own}).',
    'werkdagen-wijken-af': 'Het werk valt op dagen waarop de werknemer voor de ziekte niet werkte.',
    'meer-uren-dan-voorheen': 'Het werk vraagt {offered} uur per week, meer dan de {own} uur van voor de ziekte.',
    'werkpatroon-onbekend': 'Het werkpatroon van het aangeboden werk of van voor de ziekte is niet bekend.',
    'rol-knock-out-wet': 'Wettelijk vereist (BW 7:658a lid 4), in elke fase.',
    'rol-knock-out-analogie': 'Eerste halfjaar: knock-out, naar analogie van het Besluit passende arbeid WW en ZW (geschreven voor WW en ZW, niet bindend voor de werkgever).',
    'rol-knock-out-werkpatroon': 'Eerste halfjaar: knock-out. Het beoordelingskader poortwachter §8 zegt dat het arbeidspatroon "in redelijke mate" moet aansluiten bij dat van vóór de ziekmelding; dat dit in het eerste halfjaar strikt wordt getoetst, is een keuze van deze bibliotheek.',
    'rol-weegfactor': 'Na het eerste halfjaar geen knock-out meer maar een factor die meeweegt: hoe langer de ongeschiktheid, hoe ruimer het begrip passend (beoordelingskader poortwachter §8).',
    'rol-weegfactor-altijd': 'In elke fase een factor die meeweegt, geen knock-out: het beoordelingskader poortwachter §8 noemt het arbeidsverleden naast opleiding, loon en afstand, en nieuw werk kan worden aangeleerd.',
    'rol-weegfactor-reistijd': 'Na het eerste halfjaar geen knock-out meer maar een factor die meeweegt; boven drie uur per dag is het een signaal (praktijk, secundaire bron).',
    'alle-knock-outs-voldaan': 'Passend: aan alle knock-outcriteria van deze fase is voldaan.',
    'knock-out-niet-voldaan': 'Niet passend: niet voldaan aan {criteria}.',
    'knock-out-onbekend': 'Onbekend: voor {criteria} ontbreken feiten ({facts}).',
    'weegpunten': 'Weegpunten: {criteria} (geen knock-out in deze fase).',
    'fase-eerste-halfjaar': 'Eerste halfjaar: op {offerDate} zijn {counted} ziektedagen geteld; het eerste halfjaar loopt tot {boundary} ({convention}).',
    'fase-na-eerste-halfjaar': 'Na het eerste halfjaar: op {offerDate} zijn {counted} ziektedagen geteld; de fase na het eerste halfjaar begon op {boundary} ({convention}).',
    'conventie-counted-days': '182 getelde ziektedagen, onderbrekingen niet meegeteld',
    'conventie-calendar-months': 'zes kalendermaanden vanaf de eerste ziektedag ({days} dagen), onderbrekingen niet meegeteld',
    'fase-onbekend': 'Fase onbekend: zonder {facts} valt niet te tellen hoeveel ziektedagen er op de datum van het aanbod zijn ({convention}).',
    'fase-onbekend-grens': 'Als de ziekte zonder onderbreking doorloopt, begint de fase na het eerste halfjaar op {boundary}.',
    'verdict-fase-onbekend': 'Onbekend: het oordeel hangt af van de fase — in het eerste halfjaar {first}, daarna {after}. Ontbrekende feiten: {facts}.',
    'criterium-per-fase': 'Eerste halfjaar: {first} Daarna: {after}',
    'hangt-af-van-fase': 'De uitkomst van dit criterium hangt af van de fase, en die is onbekend.',
    'br-fase-onbekend': 'Onbekend of het bevredigend resultaat al wordt getoetst (vanaf getelde ziektedag 365): {facts} ontbreekt. Als het wordt getoetst: {assessment}',
    'notice-fase-onbekend': 'De fase is onbekend ({facts} ontbreekt). Elk criterium is voor beide fasen beoordeeld; een oordeel is alleen stellig als het in beide fasen hetzelfde is.',
    'oordeel-passend': 'passend',
    'oordeel-niet-passend': 'niet passend',
    'oordeel-onbekend': 'onbekend',
    'br-passend-bij-resterende-mogelijkheden': 'Bevredigend resultaat: structureel werk dat aansluit bij de resterende mogelijkheden.',
    'br-loonwaarde-ten-minste-65-procent': 'Bevredigend resultaat: volledige benutting is niet haalbaar, en het werk is structureel, heeft een loonwaarde van {ratio} (ten minste {minRatio}) en de werknemer stemt in.',
    'br-niet-structureel': 'Geen bevredigend resultaat: het werk is tijdelijk, niet structureel.',
    'br-resterende-mogelijkheden-niet-benut': 'Geen bevredigend resultaat: werk dat de resterende mogelijkheden volledig benut is haalbaar, dus de 65%-route staat niet open.',
    'br-loonwaarde-te-laag': 'Geen bevredigend resultaat: de loonwaarde is {ratio}, minder dan {minRatio}.',
    'br-geen-instemming': 'Geen bevredigend resultaat langs de 65%-route: de werknemer stemt niet in.',
    'br-onbekend': 'Bevredigend resultaat onbekend: feiten ontbreken ({facts}).',
    'werk-niet-passend': 'De werknemer mag weigeren: het werk is niet passend, en BW 7:629 lid 3 sub c gaat alleen over passende arbeid.',
    'deugdelijke-grond': 'De werknemer mag weigeren: er is een deugdelijke grond ({grounds}).',
    'geen-deugdelijke-grond': 'Het werk is passend en geen van de bekende deugdelijke gronden (cao, veiligheid, medisch advies) is aanwezig; weigeren heeft de gevolgen hieronder. De wet kent geen uitputtende lijst: een andere deugdelijke grond beoordeelt zo nodig UWV in een deskundigenoordeel.',
    'weigeren-onbekend': 'Niet te zeggen of de werknemer mag weigeren: {what}.',
    'gevolg-geen-recht-op-loon': 'Geen recht op loon zolang de werknemer, hoewel daartoe in staat, zonder deugdelijke grond passende arbeid niet verricht (loonstop).',
    'gevolg-onverwijld-mededelen': 'De werkgever moet de grond voor de loonstop onverwijld meedelen, anders kan hij er geen beroep meer op doen.',
    'gevolg-schriftelijke-maning': 'Na een schriftelijke maning (waarschuwing) of een loonstop geldt het opzegverbod bij ziekte niet meer; voor ontbinding op grond e zijn eerst een maning of loonstop en een deskundigenoordeel nodig.',
    'gevolg-deskundigenoordeel': 'Bij onenigheid over de vraag of het werk passend is kan werkgever of werknemer een deskundigenoordeel bij UWV aanvragen (€ 400 werkgever, € 100 werknemer); een loonvordering vraagt zo\'n oordeel.',
    'notice-analogie': 'De drempels voor opleiding, loon (70%) en reistijd (2 uur) komen uit het Besluit passende arbeid WW en ZW, dat geldt voor WW- en ZW-uitkeringen; ze worden hier naar analogie gebruikt. Sommige bronnen noemen "100% van het oude loon in het eerste halfjaar"; daarvoor is geen wettelijke basis.',
    'notice-niet-ziek': 'Op {offerDate} is de werknemer niet ziek (in een onderbreking of na de laatste ziektedag); de telling loopt tot en met de laatste ziektedag ervoor.',
    'notice-na-wachttijd': 'Het aanbod valt na 104 weken getelde ziekte (na de wachttijd); de loondoorbetalingsplicht loopt dan alleen door als het tijdvak is verlengd (loonsanctie, vrijwillige verlenging of een te late WIA-aanvraag).',
    'notice-samentelling': 'Samentelling: {gaps} dagen onderbreking tellen niet mee voor de duur van de ziekte.',
  },
  en: {
    'binnen-belastbaarheid': 'The work fits the functional capacity as assessed by the bedrijfsarts.',
    'buiten-belastbaarheid': 'The work does not fit the functional capacity as assessed by the bedrijfsarts, so it is not within the employee\'s powers.',
    'uren-boven-belastbaarheid': 'The work takes {offered} hours a week; the bedrijfsarts considers the employee able to work {max} hours a week.',
    'belastbaarheid-onbekend': 'Not known whether the work fits the functional capacity as assessed by the bedrijfsarts.',
    'geen-bezwaren': 'No physical, mental or social reason makes accepting the work unreasonable.',
    'bezwaren-aanwezig': 'Accepting the work cannot be required for reasons of a {reasons} nature.',
    'bezwaren-onbekend': 'Not known whether physical, mental and social reasons make accepting the work unreasonable.',
    'niveau-gelijk-of-hoger': 'The work is at the education level of the own work ({offered}; own work {own}) or higher.',
    'niveau-lager': 'The work is below the education level of the own work ({offered}; own work {own}).',
    'niveau-onbekend': 'The education level of the offered or of the own work is not known.',
    'sluit-aan-bij-werkervaring': 'The work fits the work experience.',
    'sluit-niet-aan-bij-werkervaring': 'The work does not fit the work experience.',
    'werkervaring-onbekend': 'Not known whether the work fits the work experience.',
    'loon-op-of-boven-norm': 'The wage is {ratio} of the old wage (norm: at least {minRatio}).',
    'loon-onder-norm': 'The wage is {ratio} of the old wage, less than {minRatio}.',
    'loon-onbekend': 'The offered or the old wage is not known.',
    'reistijd-binnen-norm': 'Travel takes {minutes} minutes a day, not more than {norm} minutes.',
    'reistijd-boven-norm': 'Travel takes {minutes} minutes a day, more than {norm} minutes.',
    'reistijd-binnen-signaalgrens': 'Travel takes {minutes} minutes a day, not more than the {norm}-minute flag.',
    'reistijd-boven-signaalgrens': 'Travel takes {minutes} minutes a day, more than the {norm}-minute flag: a reason to justify its reasonableness separately.',
    'reistijd-onbekend': 'The travel time is not known.',
    'werkpatroon-sluit-aan': 'The work pattern matches the pattern before the sickness.',
    'dienst-wijkt-af': 'The shift ({offered}) differs from the shift before the sickness ({own}).',
    'werkdagen-wijken-af': 'The work falls on days the employee did not work before the sickness.',
    'meer-uren-dan-voorheen': 'The work takes {offered} hours a week, more than the {own} hours before the sickness.',
    'werkpatroon-onbekend': 'The work pattern of the offered work or before the sickness is not known.',
    'rol-knock-out-wet': 'Required by statute (BW 7:658a lid 4), in every phase.',
    'rol-knock-out-analogie': 'First half year: knock-out, by analogy with the Besluit passende arbeid WW en ZW (written for WW and ZW, not binding on the employer).',
    'rol-knock-out-werkpatroon': 'First half year: knock-out. The beoordelingskader poortwachter §8 says the work pattern must match the pattern before the sick report "in redelijke mate" (to a reasonable degree); testing it strictly in the first half year is this library\'s choice.',
    'rol-weegfactor': 'After the first half year no longer a knock-out but a factor to weigh: the longer the sickness, the broader what is passend (beoordelingskader poortwachter §8).',
    'rol-weegfactor-altijd': 'A factor to weigh in every phase, not a knock-out: the beoordelingskader poortwachter §8 names work history next to education, wage and distance, and new work can be learned.',
    'rol-weegfactor-reistijd': 'After the first half year no longer a knock-out but a factor to weigh; above three hours a day it is a flag (practice, secondary source).',
    'alle-knock-outs-voldaan': 'Passend: every knock-out criterion of this phase is met.',
    'knock-out-niet-voldaan': 'Not passend: {criteria} not met.',
    'knock-out-onbekend': 'Unknown: facts are missing for {criteria} ({facts}).',
    'weegpunten': 'Points to weigh: {criteria} (not a knock-out in this phase).',
    'fase-eerste-halfjaar': 'First half year: on {offerDate}, {counted} sick days are counted; the first half year runs until {boundary} ({convention}).',
    'fase-na-eerste-halfjaar': 'After the first half year: on {offerDate}, {counted} sick days are counted; the phase after the first half year began on {boundary} ({convention}).',
    'conventie-counted-days': '182 counted sick days, gaps not counted',
    'conventie-calendar-months': 'six calendar months from day 1 ({days} days), gaps not counted',
    'fase-onbekend': 'Phase unknown: without {facts} the sick days counted on the offer date cannot be counted ({convention}).',
    'fase-onbekend-grens': 'If the sickness runs on without a gap, the phase after the first half year begins on {boundary}.',
    'verdict-fase-onbekend': 'Unknown: the verdict depends on the phase — in the first half year {first}, after it {after}. Missing facts: {facts}.',
    'criterium-per-fase': 'First half year: {first} After it: {after}',
    'hangt-af-van-fase': 'The outcome of this criterion depends on the phase, which is unknown.',
    'br-fase-onbekend': 'Unknown whether the bevredigend resultaat is assessed yet (from counted sick day 365): {facts} missing. If it is: {assessment}',
    'notice-fase-onbekend': 'The phase is unknown ({facts} missing). Every criterion was assessed for both phases; a verdict is definite only when it is the same in both.',
    'oordeel-passend': 'passend',
    'oordeel-niet-passend': 'not passend',
    'oordeel-onbekend': 'unknown',
    'br-passend-bij-resterende-mogelijkheden': 'Bevredigend resultaat: structural work that matches the remaining capacity.',
    'br-loonwaarde-ten-minste-65-procent': 'Bevredigend resultaat: full use of the capacity cannot be achieved, and the work is structural, has a wage value of {ratio} (at least {minRatio}) and the employee agrees.',
    'br-niet-structureel': 'No bevredigend resultaat: the work is temporary, not structural.',
    'br-resterende-mogelijkheden-niet-benut': 'No bevredigend resultaat: work that makes full use of the remaining capacity can be achieved, so the 65% branch is not open.',
    'br-loonwaarde-te-laag': 'No bevredigend resultaat: the wage value is {ratio}, less than {minRatio}.',
    'br-geen-instemming': 'No bevredigend resultaat through the 65% branch: the employee does not agree.',
    'br-onbekend': 'Bevredigend resultaat unknown: facts are missing ({facts}).',
    'werk-niet-passend': 'The employee may refuse: the work is not passend, and BW 7:629 lid 3 sub c concerns passende arbeid only.',
    'deugdelijke-grond': 'The employee may refuse: there is a deugdelijke grond ({grounds}).',
    'geen-deugdelijke-grond': 'The work is passend and none of the known deugdelijke gronden (cao, safety, medical advice) applies; refusing has the consequences below. The statute has no exhaustive list: another ground is, if need be, assessed by UWV in a deskundigenoordeel.',
    'weigeren-onbekend': 'Cannot say whether the employee may refuse: {what}.',
    'gevolg-geen-recht-op-loon': 'No right to wage for as long as the employee, while able, does not do passende arbeid without a deugdelijke grond (loonstop).',
    'gevolg-onverwijld-mededelen': 'The employer must tell the employee the ground for the loonstop without delay, or loses it.',
    'gevolg-schriftelijke-maning': 'After a written warning (maning) or a loonstop the sickness dismissal ban no longer applies; dissolution on ground e first needs a warning or loonstop and a deskundigenoordeel.',
    'gevolg-deskundigenoordeel': 'When the parties disagree whether the work is passend, either may ask UWV for a deskundigenoordeel (€400 employer, €100 employee); a court claim for wage needs one.',
    'notice-analogie': 'The thresholds for education, wage (70%) and travel (2 hours) come from the Besluit passende arbeid WW en ZW, which governs WW and ZW benefits; they are used here by analogy. Some sources state "100% of the old wage in the first half year"; that has no legal basis.',
    'notice-niet-ziek': 'On {offerDate} the employee is not sick (in a gap or after the last sick day); the count runs through the last sick day before it.',
    'notice-na-wachttijd': 'The offer falls after 104 weeks of counted sickness (after the wachttijd); wage payment continues then only where the period was extended (loonsanctie, voluntary extension, or a late WIA application).',
    'notice-samentelling': 'Samentelling: {gaps} days of interruption do not count toward the duration of the sickness.',
  },
} as const satisfies MessageTable<PassendWerkMessageKey>;

/**
 * A message in both languages with `{name}` placeholders filled in.
 *
 * @internal
 */
export function text(key: PassendWerkMessageKey, params: Readonly<Record<string, string | number | Localized>> = {}): Localized {
  return fillLocalized({ nl: PASSEND_WERK_MESSAGES.nl[key], en: PASSEND_WERK_MESSAGES.en[key] }, params);
}

/**
 * Joins several texts with a space, per language.
 *
 * @internal
 */
export function join(...parts: readonly Localized[]): Localized {
  return { nl: parts.map((p) => p.nl).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** Percentage for texts, e.g. 0.685 → "68,5%" / "68.5%". @internal */
export function percent(ratio: number): Localized {
  const v = Math.round(ratio * 1000) / 10;
  return { nl: `${String(v).replace('.', ',')}%`, en: `${v}%` };
}

/** Keys of the criterion labels (rendered by renderStep.ts). @internal */
export type CheckTextKey =
  | 'functional-capacity'
  | 'physical-mental-or-social-reasons'
  | 'education-level'
  | 'work-experience'
  | 'wage'
  | 'travel-time'
  | 'work-pattern';

/** Criterion labels (`knock-out-niet-voldaan`, `weegpunten`, …), rendered by renderStep.ts. @internal */
export const CHECK_TEXTS = {
  nl: {
    'functional-capacity': 'functionele mogelijkheden',
    'physical-mental-or-social-reasons': 'lichamelijke, geestelijke of sociale bezwaren',
    'education-level': 'opleidingsniveau',
    'work-experience': 'werkervaring',
    'wage': 'loon',
    'travel-time': 'reistijd',
    'work-pattern': 'werkpatroon',
  },
  en: {
    'functional-capacity': 'functional capacity',
    'physical-mental-or-social-reasons': 'physical, mental or social reasons',
    'education-level': 'education level',
    'work-experience': 'work experience',
    'wage': 'wage',
    'travel-time': 'travel time',
    'work-pattern': 'work pattern',
  },
} as const satisfies MessageTable<CheckTextKey>;

/** Keys of the words of the personal reasons (rendered by renderStep.ts). @internal */
export type CriteriaTextKey =
  | 'physical'
  | 'mental'
  | 'social';

/** Words of the personal reasons (`bezwaren-aanwezig`), rendered by renderStep.ts. @internal */
export const CRITERIA_TEXTS = {
  nl: {
    'physical': 'lichamelijke',
    'mental': 'geestelijke',
    'social': 'sociale',
  },
  en: {
    'physical': 'physical',
    'mental': 'mental',
    'social': 'social',
  },
} as const satisfies MessageTable<CriteriaTextKey>;

/** Keys of the labels of the deugdelijke gronden (rendered by renderStep.ts). @internal */
export type RefusalTextKey =
  | 'conflicts-with-the-cao'
  | 'conflicts-with-safety-rules'
  | 'conflicts-with-the-medical-advice';

/** Labels of the deugdelijke gronden (`deugdelijke-grond`), rendered by renderStep.ts. @internal */
export const REFUSAL_TEXTS = {
  nl: {
    'conflicts-with-the-cao': 'in strijd met de cao',
    'conflicts-with-safety-rules': 'in strijd met veiligheidsvoorschriften',
    'conflicts-with-the-medical-advice': 'in strijd met het medisch advies',
  },
  en: {
    'conflicts-with-the-cao': 'conflicts with the cao',
    'conflicts-with-safety-rules': 'conflicts with safety rules',
    'conflicts-with-the-medical-advice': 'conflicts with the medical advice',
  },
} as const satisfies MessageTable<RefusalTextKey>;
