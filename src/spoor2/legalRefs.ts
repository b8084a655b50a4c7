import { makeLegalRef, type LegalRef } from '../legal/LegalRef.js';
import { LEGAL_REFS } from '../legal/references.js';

/**
 * A Werkwijzer Poortwachter reference by topic, for passages that secondary sources quote without a
 * section number (wvp-rules.md §6.4, §6.5, §5.4): no section is invented. Practice, not law.
 */
function werkwijzer(topic: string, subject: string): LegalRef {
  const base = makeLegalRef('WWP', '§', undefined, subject);
  return Object.freeze({ ...base, id: `Werkwijzer Poortwachter (${topic})`, article: topic, title: `UWV Werkwijzer Poortwachter (${topic}) — ${subject}` });
}

/**
 * Legal references for spoor 2: the shared catalogue entries plus the provisions only spoor 2 cites.
 * Frozen data; every finding, exception and status draws its `legalBasis` from here.
 *
 * @internal
 */
export const SPOOR2_REFS = Object.freeze({
  BBP_5: LEGAL_REFS.BBP_5,
  BBP_9: LEGAL_REFS.BBP_9,
  WWP_SPOOR2: LEGAL_REFS.WWP_SPOOR2,
  RPE_4_2B: LEGAL_REFS.RPE_4_2B,
  RPE_4_4: LEGAL_REFS.RPE_4_4,
  RPE_6: LEGAL_REFS.RPE_6,
  BW_658A_1: LEGAL_REFS.BW_658A_1,
  BW_658A_2: makeLegalRef('BW7', '7:658a', '2', 'zo tijdig mogelijk maatregelen treffen en aanwijzingen geven'),
  BW_629_1: LEGAL_REFS.BW_629_1,
  BW_629_2B: LEGAL_REFS.BW_629_2B,
  BW_658A_1_AOW: makeLegalRef('BW7', '7:658a', '1', 'geen re-integratie bij een andere werkgever voor de werknemer die de AOW-leeftijd heeft bereikt (Wet werken na de AOW-gerechtigde leeftijd, Stb. 2015, 376; sinds 2016-01-01)'),
  BW_658A_1_WAGE: makeLegalRef('BW7', '7:658a', '1', 'plicht tot re-integratie bij een andere werkgever alleen gedurende het tijdvak waarin loon verschuldigd is op grond van 7:629'),
  BW_629_12: makeLegalRef('BW7', '7:629', '12', 'passende arbeid (ook detachering) laat de arbeidsovereenkomst ongewijzigd'),
  WIA_25_9: makeLegalRef('WIA', '25', '9', 'loonsanctie: verlenging van de loondoorbetaling tot ten hoogste 52 weken'),
  WIA_25_12: makeLegalRef('WIA', '25', '12', 'bekorting van de loonsanctie na herstel van de tekortkoming'),
  WIA_65: LEGAL_REFS.WIA_65,
  BBP_3: makeLegalRef('BBP', '§3', undefined, 'bevredigend resultaat; geen re-integratie-inspanningen vereist bij geen benutbare mogelijkheden'),
  BBP_4: makeLegalRef('BBP', '§4', undefined, 'toetsing van de re-integratie-inspanningen'),
  BBP_8: makeLegalRef('BBP', '§8', undefined, 'passende arbeid in de eigen organisatie; arbeidstherapeutisch werken'),
  BBP_10: makeLegalRef('BBP', '§10', undefined, 'deskundigenoordeel bij stagnatie'),
  BBP_11: makeLegalRef('BBP', '§11', undefined, 'tijdelijk contract: kosten in verhouding tot het resterende loon'),
  BVL_1F: makeLegalRef('BVL', '1', 'sub f', 'deugdelijke grond van de werkgever'),
  WWP_REVIEW: werkwijzer('toetsingsvolgorde', 'volgorde van de RIV-toets: documenten, resultaat, inspanningen, deugdelijke grond, herstel (praktijk)'),
  WWP_EXCEPTIONS: makeLegalRef('WWP', '§5', undefined, 'marginale mogelijkheden; AOW binnen een jaar na de wachttijd; uitstel op advies van de bedrijfsarts (praktijk)'),
  WWP_PERSPECTIVE: makeLegalRef('WWP', '§4.3', undefined, 'concreet perspectief op structurele terugkeer binnen ongeveer drie maanden (praktijk)'),
  WWP_TRAJECT: werkwijzer('adequaat tweede spoor', 'een adequaat tweede spoor: samenhangende reeks activiteiten van persoonsprofiel naar zoekprofiel (praktijk)'),
  WWP_DEUGDELIJK: werkwijzer('update mei 2020', 'het volgen van een deskundigenoordeel van UWV is een deugdelijke grond (praktijk)'),
} as const);
