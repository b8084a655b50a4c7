import { makeLegalRef, type LegalRef, type LegalSourceId, type LegalValidity } from './LegalRef.js';

/**
 * Validity not recorded: the text as in force on 1 July 2026, the consolidated versions the library was
 * checked against (docs/sources.md §13). Only provisions whose cited text changed within the period the
 * library covers carry dates; the rest say so here instead of inventing a date.
 */
const UNRECORDED: LegalValidity = Object.freeze({
  validFrom: null,
  validTo: null,
  note: 'niet vastgelegd: tekst zoals geldend op 2026-07-01 (docs/sources.md §13); begindatum van deze tekst niet nagegaan',
});

function v(validFrom: string | null, validTo: string | null, note: string): LegalValidity {
  return Object.freeze({ validFrom, validTo, note });
}

const VISIE = v('2023-07-01', null, 'visie van werkgever en werknemer sinds 2023-07-01 (Stcrt. 2023, 13931); de oude tekst gold voor een eerste ziektedag vóór 2023-07-01 tot 2025-07-01 (docs/sources.md §13)');
const WWZ = v('2015-07-01', null, 'Wet werk en zekerheid, in werking 2015-07-01 (docs/sources.md §10); AOW-varianten en latere wijzigingen: tekst zoals geldend op 2026-07-01');
const BPA_2015 = v('2015-07-01', null, 'Besluit passende arbeid WW en ZW sinds 2015-07-01 (Stb. 2014, 525; docs/sources.md §10)');
const BBP_2006 = v('2006-11-18', null, 'versie van de Beleidsregels beoordelingskader poortwachter geldend sinds 2006-11-18 (docs/sources.md §10)');
const WERKWIJZER = v(null, null, 'praktijk, geen regelgeving: UWV Werkwijzer Poortwachter, laatst bijgewerkt 2022-08-01 en sindsdien niet meer (docs/sources.md §10)');

/** One catalogue entry: a {@link LegalRef} that always carries its {@link LegalValidity}. */
export type CatalogueRef = LegalRef & { readonly validity: LegalValidity };

/** A statutory or policy provision: id, title and juriconnect url from {@link makeLegalRef}. */
function p(source: LegalSourceId, article: string, paragraph: string | undefined, subject: string, validity?: LegalValidity): CatalogueRef {
  const ref = makeLegalRef(source, article, paragraph, subject);
  // A range of leden ('3-5') has no juriconnect form: link the article.
  const url = paragraph !== undefined && /^\d+-\d+$/.test(paragraph) ? ref.url.replace(/&lid=[^&]*$/, '') : ref.url;
  return Object.freeze({ ...ref, url, validity: validity ?? (source === 'WWP' ? WERKWIJZER : UNRECORDED) });
}

/**
 * A Werkwijzer Poortwachter passage by topic, for passages that secondary sources quote without a
 * section number (docs/sources.md §6.4, §6.5, §5.4): no section is invented. Practice, not law.
 */
function werkwijzer(topic: string, subject: string): CatalogueRef {
  const base = makeLegalRef('WWP', '§', undefined, subject);
  return Object.freeze({
    ...base,
    id: `Werkwijzer Poortwachter (${topic})`,
    article: topic,
    title: `UWV Werkwijzer Poortwachter (${topic}) — ${subject}`,
    validity: WERKWIJZER,
  });
}

/**
 * The one catalogue of every provision poortwachter cites: one frozen entry per provision, one id and
 * one title each. Every `legalBasis` in every result is an object of this catalogue (the module tables
 * `LEGAL_REFS`, `OBLIGATION_REFS`, `SPOOR2_REFS`, `PASSEND_WERK_REFS` and `EOW_REFS` are views
 * on it, built with `pickLegalRefs`).
 *
 * @remarks
 * Titles are Dutch: instrument, article, lid/sub, and the subject of the provision. Urls are
 * wetten.overheid.nl juriconnect links (`jci1.3:c:BWBR…`), the BWB page for a policy section (`§`),
 * or, for the UWV Werkwijzer Poortwachter (practice, `authority: 'praktijk'`), UWV's page.
 * Numbering and text as in force on 1 July 2026 (docs/sources.md §13); `validity` records where the
 * cited text started (or ended) when that is known and matters, otherwise `null` with a note.
 *
 * @example
 * LEGAL_CATALOGUE.WIA_64_3.validity.validFrom //=> '2013-07-01'
 * @see https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64
 */
export const LEGAL_CATALOGUE = Object.freeze({
  RPE_2: p('RPE', '2', '2', 'probleemanalyse binnen zes weken na de eerste ziektedag'),
  RPE_4_1: p('RPE', '4', '1', 'plan van aanpak binnen twee weken na het oordeel van de bedrijfsarts'),
  RPE_4_2B: p('RPE', '4', '2 sub b', 'evaluatie, in ieder geval aan het einde van het eerste ziektejaar', VISIE),
  RPE_4_4: p('RPE', '4', '4', 'periodieke evaluatie en bijstelling van het plan van aanpak'),
  RPE_5: p('RPE', '5', undefined, 'gemotiveerd afwijken van de termijnen'),
  RPE_6_1: p('RPE', '6', '1', 'inhoud van het re-integratieverslag'),
  ZW_38_1: p('ZW', '38', '1', 'ziekmelding bij UWV na 42 weken ongeschiktheid'),
  ZW_38_3: p('ZW', '38', '3', 'boete bij te late ziekmelding'),
  BBP_5: p('BBP', '§5', undefined, 'eerstejaarsevaluatie als opschudmoment; arbeid bij een andere werkgever', BBP_2006),
  BBP_9: p('BBP', '§9', undefined, 'herplaatsing bij een andere werkgever (tweede spoor)', BBP_2006),
  WWP_SPOOR2: p('WWP', '§4.3', undefined, 'tweede spoor uiterlijk zes weken na de eerstejaarsevaluatie, tenzij concreet perspectief op structurele terugkeer binnen ongeveer drie maanden (praktijk)'),
  WIA_23_1: p('WIA', '23', '1', 'wachttijd van 104 weken'),
  WIA_23_2: p('WIA', '23', '2', 'eerste dag van de wachttijd: eerste werkdag niet gewerkt wegens ziekte'),
  WIA_23_3: p('WIA', '23', '3', 'samentelling van perioden met een onderbreking van minder dan vier weken'),
  WIA_23_5: p('WIA', '23', '5', 'perioden van zwangerschaps- en bevallingsuitkering tellen niet mee'),
  WIA_23_6: p('WIA', '23', '6', 'verkorte wachttijd bij vervroegde IVA'),
  WIA_25_3: p('WIA', '25', '3', 're-integratieverslag uiterlijk dertien weken voor afloop van de wachttijd'),
  WIA_25_9: p('WIA', '25', '9', 'loonsanctie: verlenging van de loondoorbetaling met ten hoogste 52 weken'),
  WIA_25_10: p('WIA', '25', '10', 'beslissing over de loonsanctie uiterlijk zes weken voor het einde van de wachttijd'),
  WIA_25_13: p('WIA', '25', '13', 'beslissing op de melding van herstel binnen drie weken'),
  AWB_6_7: p('AWB', '6:7', undefined, 'bezwaartermijn van zes weken'),
  WIA_47_2: p('WIA', '47', '2', 'uitkering niet eerder dan de eerste dag na afloop van de wachttijd'),
  WIA_64_2: p('WIA', '64', '2', 'UWV wijst de verzekerde op de aanvraag (week 89; vóór 1-7-2013 week 87)', v('2013-07-01', null, 'tekst sinds 2013-07-01 (Verzamelwet SZW 2013, Stb. 2013, 236): week 89; daarvóór week 87 (regelset wvp-2004-01-01)')),
  WIA_64_3: p('WIA', '64', '3', 'WIA-aanvraag uiterlijk elf weken (vóór 1-7-2013 dertien weken) voor afloop van de wachttijd', v('2013-07-01', null, 'tekst sinds 2013-07-01 (Verzamelwet SZW 2013, Stb. 2013, 236): elf weken (week 93); daarvóór dertien weken (regelset wvp-2004-01-01)')),
  WIA_64_6: p('WIA', '64', '6', 'tijdige aanvraag na een te late kennisgeving van UWV', v('2013-07-01', null, 'tekst sinds 2013-07-01 (Verzamelwet SZW 2013, Stb. 2013, 236): 81 weken; daarvóór 79 weken (regelset wvp-2004-01-01)')),
  WIA_43G: p('WIA', '43', 'sub g', 'geen uitkering na het bereiken van de AOW-leeftijd'),
  WIA_65: p('WIA', '65', undefined, 'het re-integratieverslag gaat mee met de aanvraag'),
  WIA_66: p('WIA', '66', undefined, 'aanvraag vervroegde IVA-uitkering'),
  BW_629_1: p('BW7', '7:629', '1', 'loondoorbetaling bij ziekte gedurende 104 weken', v('2004-01-01', null, '104 weken sinds 2004-01-01 (Wet verlenging loondoorbetalingsverplichting bij ziekte); docs/sources.md §10')),
  BW_629_2B: p('BW7', '7:629', '2 sub b', 'zes weken loondoorbetaling na het bereiken van de AOW-leeftijd', v('2016-01-01', null, 'zes weken bij de AOW-leeftijd sinds 2016-01-01 (Wet werken na de AOW-gerechtigde leeftijd, Stb. 2015, 376)')),
  BW_629_10: p('BW7', '7:629', '10', 'samentelling van ziekteperioden'),
  BW_658A_1: p('BW7', '7:658a', '1', 'bevorderen van passende arbeid in de eigen onderneming en zo nodig bij een andere werkgever (dat laatste niet na het bereiken van de AOW-leeftijd en alleen gedurende het tijdvak van loon op grond van 7:629)', v('2016-01-01', null, 'de AOW-uitzondering op het tweede spoor sinds 2016-01-01 (Wet werken na de AOW-gerechtigde leeftijd, Stb. 2015, 376); de plicht zelf sinds de Wet verbetering poortwachter (2002-04-01)')),
  BW_658A_3: p('BW7', '7:658a', '3', 'plan van aanpak en regelmatige evaluatie'),
  BW_670_1: p('BW7', '7:670', '1', 'opzegverbod tijdens ziekte (twee jaren)'),
  ATW_1: p('ATW', '1', '1', 'termijn eindigend op zaterdag, zondag of feestdag'),
  ATW_4: p('ATW', '4', undefined, 'geen verlenging van termijnen van meer dan twaalf weken'),
  BW_660A: p('BW7', '7:660a', undefined, 'verplichtingen van de zieke werknemer bij re-integratie'),
  BW_660A_A: p('BW7', '7:660a', 'sub a', 'redelijke voorschriften opvolgen en meewerken aan maatregelen gericht op passende arbeid'),
  BW_660A_B: p('BW7', '7:660a', 'sub b', 'meewerken aan opstellen, evalueren en bijstellen van het plan van aanpak'),
  BW_660A_C: p('BW7', '7:660a', 'sub c', 'passende arbeid verrichten waartoe de werkgever in de gelegenheid stelt'),
  WIA_28: p('WIA', '28', undefined, 'verplichtingen van de werknemer gedurende de wachttijd (voorschriften, re-integratie-inspanningen, behandeling)'),
  BW_629_3: p('BW7', '7:629', '3', 'geen recht op loon (loonstop) in de gevallen a–f'),
  BW_629_3A: p('BW7', '7:629', '3 sub a', 'geen loon: ziekte opzettelijk veroorzaakt of valse informatie bij aanstellingskeuring'),
  BW_629_3B: p('BW7', '7:629', '3 sub b', 'geen loon: genezing door toedoen van de werknemer belemmerd of vertraagd (zonder voorbehoud van een deugdelijke grond)'),
  BW_629_3C: p('BW7', '7:629', '3 sub c', 'geen loon: weigeren passende arbeid te verrichten zonder deugdelijke grond'),
  BW_629_3D: p('BW7', '7:629', '3 sub d', 'geen loon: weigeren redelijke voorschriften of maatregelen gericht op passende arbeid'),
  BW_629_3E: p('BW7', '7:629', '3 sub e', 'geen loon: weigeren mee te werken aan het plan van aanpak'),
  BW_629_3F: p('BW7', '7:629', '3 sub f', 'geen loon: over de vertraging van een WIA-aanvraag die zonder deugdelijke grond niet tijdig is ingediend'),
  BW_629_6: p('BW7', '7:629', '6', 'loonopschorting bij niet naleven van schriftelijke controlevoorschriften'),
  BW_629_7: p('BW7', '7:629', '7', 'geen beroep op een grond om loon niet te betalen of op te schorten zonder onverwijlde kennisgeving'),
  BW_629_11A: p('BW7', '7:629', '11 sub a', 'loondoorbetaling verlengd met de vertraging van een te late WIA-aanvraag'),
  BW_629A_1: p('BW7', '7:629a', '1', 'loonvordering vergezeld van een deskundigenoordeel (UWV)'),
  BW_658B: p('BW7', '7:658b', undefined, 'deskundigenoordeel over de re-integratie-inspanningen van de werkgever'),
  BW_658A_2: p('BW7', '7:658a', '2', 'zo tijdig mogelijk maatregelen treffen en aanwijzingen geven'),
  BW_658A_4: p('BW7', '7:658a', '4', 'begrip passende arbeid: berekend op krachten en bekwaamheden, tenzij om redenen van lichamelijke, geestelijke of sociale aard niet te vergen'),
  WIA_25_1: p('WIA', '25', '1', 're-integratiedossier bijhouden'),
  WIA_25_2: p('WIA', '25', '2', 'plan van aanpak opstellen, evalueren en bijstellen'),
  WIA_25_5: p('WIA', '25', '5', 'laten bijstaan door een bedrijfsarts of arbodienst'),
  WIA_25_6: p('WIA', '25', '6', 'werknemer werkt mee aan het re-integratieverslag'),
  WIA_25_8: p('WIA', '25', '8', 'onvolledig re-integratieverslag: UWV stelt termijn voor aanvulling'),
  WIA_25_11: p('WIA', '25', '11', 'geen loonsanctie bij een beschikking na afloop van de wachttijd'),
  WIA_25_12: p('WIA', '25', '12', 'bekortingsverzoek: werkgever meldt herstel van de tekortkoming'),
  WIA_25_14: p('WIA', '25', '14', 'einde loonsanctie zes weken na vastgesteld herstel; te late beschikking bekort'),
  AWB_6_8: p('AWB', '6:8', undefined, 'bezwaartermijn vangt aan met ingang van de dag na bekendmaking'),
  AWB_7_1: p('AWB', '7:1', undefined, 'bezwaar voordat beroep kan worden ingesteld'),
  WIA_64_11: p('WIA', '64', '11', 'geen WIA-recht over perioden meer dan 52 weken voor de aanvraag'),
  RPE_2_1: p('RPE', '2', '1', 'tijdig gegevens aan de bedrijfsarts'),
  RPE_3: p('RPE', '3', undefined, 're-integratiedossier'),
  RPE_4_2: p('RPE', '4', '2', 'inhoud plan van aanpak; sinds 1-7-2023 met de visie van werkgever en werknemer', VISIE),
  RPE_4_2A: p('RPE', '4', '2 sub a', 'plan van aanpak bevat sinds 1-7-2023 de visie van werkgever en werknemer', VISIE),
  RPE_4_3: p('RPE', '4', '3', 'afschrift plan van aanpak aan werknemer, casemanager en bedrijfsarts'),
  BBW: p('BBW', '2', undefined, 'boete alleen bij verwijtbaarheid; verminderde verwijtbaarheid halveert'),
  BBP_3: p('BBP', '§3', undefined, 'bevredigend resultaat (passend bij de resterende mogelijkheden, of structureel ten minste 65% loonwaarde met instemming): geen verdere toets van de inspanningen', BBP_2006),
  BBP_4: p('BBP', '§4', undefined, 'toetsing van de re-integratie-inspanningen: processtappen ondergeschikt aan de feitelijke inspanningen', BBP_2006),
  BBP_10: p('BBP', '§10', undefined, 'deskundigenoordeel aanvragen als de re-integratie stagneert', BBP_2006),
  BW_669_3E: p('BW7', '7:669', '3 sub e', 'ontslaggrond verwijtbaar handelen of nalaten (o.a. weigeren re-integratieverplichtingen)', WWZ),
  BW_669_3C: p('BW7', '7:669', '3 sub c', 'ontslaggrond frequent ziekteverzuim, 26 weken (AOW-leeftijd: zes weken); niet: weigeren re-integratie'),
  BW_670_11A: p('BW7', '7:670', '11 sub a', 'opzegverbod verlengd met de vertraging van een te late WIA-aanvraag'),
  BW_670A_1: p('BW7', '7:670a', '1', 'opzegverbod geldt niet bij weigering 7:660a-plichten zonder deugdelijke grond na schriftelijke maning of loonstop met inachtneming van 7:629 lid 7', WWZ),
  BW_671B_4: p('BW7', '7:671b', '4', 'deskundigenverklaring bij ontbinding wegens frequent verzuim', WWZ),
  BW_671B_5: p('BW7', '7:671b', '5', 'ontbinding wegens weigering re-integratie: eerst schriftelijke maning of loonstop (met 7:629 lid 7), en een deskundigenverklaring tenzij die in redelijkheid niet kan worden gevergd', WWZ),
  SUWI_32: p('SUWI', '32', undefined, 'deskundigenoordeel door UWV'),
  SUWI_32A: p('SUWI', '32a', '2', 'vergoeding voor de aanvraag van een deskundigenoordeel'),
  BKD_1: p('BKD', '1', undefined, 'vergoeding deskundigenoordeel: werkgever € 400, werknemer € 100'),
  BKD_1A: p('BKD', '1a', undefined, 'geen vergoeding voor de werkgever bij een deskundigenoordeel voor ontbinding (7:671b lid 4/5)', v('2015-07-01', null, 'kosteloos voor de werkgever bij ontbinding (7:671b lid 4/5) sinds 2015-07-01; docs/sources.md §13')),
  ARBOWET_14: p('ARBOWET', '14', undefined, 'deskundige bijstand; recht op een second opinion door een andere bedrijfsarts'),
  ARBOBESLUIT_2_14D: p('ARBOBESLUIT', '2.14d', undefined, 'second opinion: bedrijfsarts werkt mee aan verzoek om een andere bedrijfsarts', v('2017-07-01', null, 'second opinion sinds 2017-07-01 (Stb. 2017, 255); docs/sources.md §10')),
  BW_629_12: p('BW7', '7:629', '12', 'passende arbeid (ook detachering) laat de arbeidsovereenkomst ongewijzigd'),
  BBP_8: p('BBP', '§8', undefined, 'passende arbeid: per geval, hoe langer de ongeschiktheid hoe ruimer; functieniveau in eerste instantie niet veel lager; arbeidspatroon in redelijke mate aansluitend; arbeidstherapeutisch werken', BBP_2006),
  BBP_11: p('BBP', '§11', undefined, 'tijdelijk contract: kosten in verhouding tot het resterende loon', BBP_2006),
  BVL_1F: p('BVL', '1', 'sub f', 'deugdelijke grond van de werkgever'),
  WWP_REVIEW: werkwijzer('toetsingsvolgorde', 'volgorde van de RIV-toets: documenten, resultaat, inspanningen, deugdelijke grond, herstel (praktijk)'),
  WWP_EXCEPTIONS: p('WWP', '§5', undefined, 'marginale mogelijkheden; AOW binnen een jaar na de wachttijd; uitstel op advies van de bedrijfsarts (praktijk)'),
  WWP_TRAJECT: werkwijzer('adequaat tweede spoor', 'een adequaat tweede spoor: samenhangende reeks activiteiten van persoonsprofiel naar zoekprofiel (praktijk)'),
  WWP_DEUGDELIJK: werkwijzer('update mei 2020', 'het volgen van een deskundigenoordeel van UWV is een deugdelijke grond (praktijk)'),
  SUWI_32_1: p('SUWI', '32', '1', 'deskundigenoordeel van UWV op verzoek van werkgever of werknemer'),
  BPA_2: p('BPA', '2', undefined, 'reikwijdte: WW- en ZW-uitkeringsgerechtigden (niet voor vangnetters met een werkgever; bij 7:658a alleen naar analogie)', BPA_2015),
  BPA_3: p('BPA', '3', undefined, 'vier opleidingsniveaus', BPA_2015),
  BPA_4_1: p('BPA', '4', '1', 'gedurende de eerste zes maanden: passend is arbeid op hetzelfde opleidingsniveau, tegen ten minste 70% van het oude loon, met ten hoogste twee uur reistijd per dag', BPA_2015),
  BPA_4_1A: p('BPA', '4', '1 sub a', 'eerste zes maanden: arbeid op hetzelfde opleidingsniveau', BPA_2015),
  BPA_4_1B: p('BPA', '4', '1 sub b', 'eerste zes maanden: beloning ten minste 70% van het oude loon', BPA_2015),
  BPA_4_1C: p('BPA', '4', '1 sub c', 'eerste zes maanden: reistijd ten hoogste twee uur per dag', BPA_2015),
  ATW_2: p('ATW', '2', undefined, 'termijn van ten minste drie dagen bevat ten minste twee dagen die geen zaterdag, zondag of feestdag zijn'),
  WIA_24_1: p('WIA', '24', '1', 'vrijwillige verlenging van de loondoorbetaling op gezamenlijk verzoek'),
  WIA_24_1A: p('WIA', '24', '1 sub a', 'geen vrijwillige verlenging in vangnetsituaties (ZW 29, 29a lid 1 of 4, 76c sub a)'),
  WIA_24_2: p('WIA', '24', '2', 'verkorting of verdere verlenging van het verlengde tijdvak'),
  WIA_24_3: p('WIA', '24', '3', 'verkorting niet eerder dan dertien weken na het verzoek'),
  WIA_25_4: p('WIA', '25', '4', 're-integratieverslag dertien weken voor het einde van het verlengde tijdvak'),
  WIA_25_15: p('WIA', '25', '15', 'WIA-beschikking binnen zes weken na vastgesteld herstel'),
  WIA_26_1: p('WIA', '26', '1', 'vangnetters zonder werkgever: UWV stelt het plan van aanpak op'),
  WIA_26_2: p('WIA', '26', '2', 'eigenrisicodrager ZW: verlenging van het ziekengeld in plaats van loonsanctie'),
  WIA_64_7: p('WIA', '64', '7', 'behandeling van de aanvraag opgeschort tijdens de loonsanctie'),
  WIA_64_8C: p('WIA', '64', '8 sub c', 'hervatting uiterlijk zes weken voor het einde van de 52 weken'),
  WIA_66_2: p('WIA', '66', '2', 'aanvraag verkorte wachttijd slechts eenmaal'),
  WIA_66_3: p('WIA', '66', '3-5', 'verklaring van de bedrijfsarts bij de aanvraag vervroegde IVA'),
  WIA_66_6: p('WIA', '66', '6', 'geen re-integratieverslag (art 65) bij vervroegde IVA'),
  WIA_66_7: p('WIA', '66', '7', 'geen bedrijfsartsverklaring voor ziekengeldgerechtigde zonder loon'),
  BW_629_5: p('BW7', '7:629', '5', 'korting van de WIA-uitkering op het loon'),
  BW_629_11B: p('BW7', '7:629', '11 sub b', 'loondoorbetaling verlengd met het door UWV verlengde tijdvak (WIA 24 lid 1) en met de loonsanctie (WIA 25 lid 9)'),
  BW_670_1A: p('BW7', '7:670', '1 sub a', 'opzegverbod: twee jaren, of zes weken na het bereiken van de AOW-leeftijd'),
  BW_670_1B: p('BW7', '7:670', '1 sub b', 'geen opzegverbod bij ziekte na ontvangst van de ontslagaanvraag door UWV'),
  BW_670_11: p('BW7', '7:670', '11', 'verlenging van de termijn van twee jaren (sub a: late WIA-aanvraag; sub c: vrijwillige verlenging en loonsanctie)'),
  BW_669_3B: p('BW7', '7:669', '3 sub b', 'ontslaggrond langdurige ongeschiktheid: geen herstel binnen 26 weken na twee jaar ziekte (AOW-leeftijd: zes weken)'),
  ZW_29_2E: p('ZW', '29', '2 sub e', 'ziekengeld bij orgaandonatie'),
  ZW_29_2C: p('ZW', '29', '2 sub c', 'ziekengeld na einde dienstbetrekking (ziek uit dienst)'),
  ZW_29A_1: p('ZW', '29a', '1', 'ziekengeld bij zwangerschapsgerelateerde ziekte vóór het verlof'),
  ZW_29A_2: p('ZW', '29a', '2', 'ziekte in de flexibiliseringsperiode vóór het verlof'),
  ZW_29A_4: p('ZW', '29a', '4', 'ziekengeld bij ziekte door zwangerschap of bevalling na het verlof'),
  ZW_29B: p('ZW', '29b', undefined, 'no-riskpolis'),
  ZW_29D: p('ZW', '29d', undefined, 'compensatieregeling oudere werknemers uit de WW'),
  ZW_38_2: p('ZW', '38', '2', 'aangifte op de laatste dag van de dienstbetrekking; re-integratieverslag bij zes weken ziekte'),
  ZW_38_4: p('ZW', '38', '4', 'geen 42-wekenmelding voor ZW 29 lid 2 sub e, f en g'),
  ZW_38_8: p('ZW', '38', '8', 'verzoek vrijwillige verlenging of verkorte wachttijd geldt als 42-wekenmelding'),
  ZW_38A_2A: p('ZW', '38a', '2 sub a', 'melding uiterlijk op de vierde dag van de ongeschiktheid'),
  ZW_38A_2B: p('ZW', '38a', '2 sub b', 'melding op de vierde dag vanaf de dag van mogelijk recht op verlofuitkering'),
  ZW_38A_3: p('ZW', '38a', '3', 'melding uiterlijk op de eerste dag na zes weken (orgaandonatie, 29a lid 1, 29b)'),
  ZW_38AA: p('ZW', '38aa', undefined, 'ziekmelding door de eigenrisicodrager Ziektewet (zes weken)'),
  ZW_38A_9: p('ZW', '38a', '9', 'te late melding: ziekengeld met terugwerkende kracht over ten hoogste een jaar'),
  ZW_38B_2: p('ZW', '38b', '2', 'melding uiterlijk de vierde dag nadat de aanspraak redelijkerwijs duidelijk kon zijn'),
  ZW_38B_3: p('ZW', '38b', '3', 'ZW 29d: melding op de vierde dag na dertien weken ongeschiktheid'),
  ZW_39A: p('ZW', '39a', '1', 'verhaal van ziekengeld op de werkgever bij ziek uit dienst'),
  WAZO_3_1: p('WAZO', '3:1', undefined, 'zwangerschaps- en bevallingsverlof'),
  ATW_1_2: p('ATW', '1', '2', 'geen verlenging van terugwaarts berekende termijnen'),
} as const);

/** Key of {@link LEGAL_CATALOGUE}. */
export type LegalProvisionKey = keyof typeof LEGAL_CATALOGUE;
