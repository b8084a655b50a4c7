import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { describeValue } from '../errors/describeValue.js';

/** The instruments poortwachter cites, with their wetten.overheid.nl identifiers. */
export const LEGAL_SOURCES = Object.freeze({
  BW7: { bwbId: 'BWBR0005290', name: 'Burgerlijk Wetboek Boek 7', short: 'BW', authority: 'wet' },
  WIA: { bwbId: 'BWBR0019057', name: 'Wet werk en inkomen naar arbeidsvermogen', short: 'WIA', authority: 'wet' },
  ZW: { bwbId: 'BWBR0001888', name: 'Ziektewet', short: 'ZW', authority: 'wet' },
  RPE: { bwbId: 'BWBR0013540', name: 'Regeling procesgang eerste en tweede ziektejaar', short: 'Regeling procesgang', authority: 'ministeriele-regeling' },
  BBP: { bwbId: 'BWBR0014375', name: 'Beleidsregels beoordelingskader poortwachter', short: 'Beoordelingskader poortwachter', authority: 'beleidsregel' },
  BVL: { bwbId: 'BWBR0014800', name: 'Beleidsregels verlenging loondoorbetaling poortwachter', short: 'Beleidsregels verlenging loondoorbetaling', authority: 'beleidsregel' },
  BBW: { bwbId: 'BWBR0039100', name: 'Beleidsregel boete werkgevers Ziektewet', short: 'Beleidsregel boete werkgevers ZW', authority: 'beleidsregel' },
  BPA: { bwbId: 'BWBR0036081', name: 'Besluit passende arbeid WW en ZW', short: 'Besluit passende arbeid', authority: 'amvb' },
  ATW: { bwbId: 'BWBR0002448', name: 'Algemene termijnenwet', short: 'Atw', authority: 'wet' },
  WAZO: { bwbId: 'BWBR0013008', name: 'Wet arbeid en zorg', short: 'WAZO', authority: 'wet' },
  SUWI: { bwbId: 'BWBR0013060', name: 'Wet structuur uitvoeringsorganisatie werk en inkomen', short: 'Wet SUWI', authority: 'wet' },
  ARBOBESLUIT: { bwbId: 'BWBR0008498', name: 'Arbeidsomstandighedenbesluit', short: 'Arbobesluit', authority: 'amvb' },
  ARBOWET: { bwbId: 'BWBR0010346', name: 'Arbeidsomstandighedenwet', short: 'Arbowet', authority: 'wet' },
  BKD: { bwbId: 'BWBR0032639', name: 'Beleidsregel kosten aanvraag deskundigenoordeel 2013', short: 'Beleidsregel kosten deskundigenoordeel', authority: 'beleidsregel' },
  AWB: { bwbId: 'BWBR0005537', name: 'Algemene wet bestuursrecht', short: 'Awb', authority: 'wet' },
  WWP: { bwbId: '', name: 'UWV Werkwijzer Poortwachter', short: 'Werkwijzer Poortwachter', authority: 'praktijk' },
} as const);

/** Key of {@link LEGAL_SOURCES}. */
export type LegalSourceId = keyof typeof LEGAL_SOURCES;

/**
 * How binding a norm is: a statute (`wet`), an order in council (`amvb`), a ministerial regulation,
 * a UWV policy rule, or practice (e.g. the Werkwijzer Poortwachter, which is not a beleidsregel).
 */
export type LegalAuthority = 'wet' | 'amvb' | 'ministeriele-regeling' | 'beleidsregel' | 'praktijk';

/**
 * A reference to the article a rule or deadline comes from. Every milestone and every finding
 * carries one or more of these.
 */
export interface LegalRef {
  /** Short stable id, e.g. `'WIA art 64 lid 3'` or `'BW 7:629 lid 10'`. */
  readonly id: string;
  /** Human title: instrument, article and what it is about. */
  readonly title: string;
  /** Link to the article on wetten.overheid.nl (juriconnect form) or to the practice source. */
  readonly url: string;
  /** Which instrument. */
  readonly source: LegalSourceId;
  /** BWB identifier (empty for non-statutory practice sources). */
  readonly bwbId: string;
  /** Article, e.g. `'64'` or `'7:629'`. */
  readonly article: string;
  /** Paragraph (lid) and/or sub, e.g. `'3'` or `'3 sub c'`, when the reference is that precise. */
  readonly paragraph?: string;
  /** How binding the norm is. */
  readonly authority: LegalAuthority;
  /**
   * Since when (and until when) the cited text is in force, where known. Every reference from the
   * catalogue (`LEGAL_CATALOGUE`) carries it; a reference built ad hoc with {@link makeLegalRef} does not.
   */
  readonly validity?: LegalValidity;
}

/**
 * The period in which the text a {@link LegalRef} cites is in force. `null` where the date is not
 * recorded; `note` then says so, and otherwise gives the source of the date and the earlier text.
 */
export interface LegalValidity {
  /** First day the cited text is in force ('YYYY-MM-DD'), or `null` when not recorded. */
  readonly validFrom: string | null;
  /** Last day the cited text is in force, or `null` when it is still in force on 2026-07-01 (or not recorded). */
  readonly validTo: string | null;
  /** Source of the dates, what the text said before, or why no date is recorded. */
  readonly note: string;
}

/**
 * Builds a {@link LegalRef} with a juriconnect link to wetten.overheid.nl.
 *
 * @param source - Instrument key, e.g. `'WIA'`.
 * @param article - Article number as cited (`'64'`, `'7:629'` for BW, `'§5'` for a policy section).
 * @param paragraph - Lid (and sub), e.g. `'3'` or `'3 sub c'`; a bare sub (`'sub g'`) for an article without leden; or `undefined`.
 * @param subject - What the provision is about, for the title.
 * @returns A frozen reference.
 * @throws {@link PoortwachterError} for an unknown `source`, an empty or non-string `article`, or a
 *   `paragraph` or `subject` that is not a string.
 * @example
 * makeLegalRef('WIA', '64', '3', 'termijn WIA-aanvraag').id //=> 'WIA art 64 lid 3'
 */
export function makeLegalRef(source: LegalSourceId, article: string, paragraph: string | undefined, subject: string): LegalRef {
  const issues: InputIssue[] = [];
  if (typeof source !== 'string' || !Object.hasOwn(LEGAL_SOURCES, source)) {
    issues.push({ path: ['source'], code: 'invalid_value', message: `expected one of ${Object.keys(LEGAL_SOURCES).join(', ')}, got ${describeValue(source)}` });
  }
  if (typeof article !== 'string' || article.trim() === '') issues.push({ path: ['article'], code: typeof article === 'string' ? 'invalid_value' : 'invalid_type', message: `expected an article number such as '64' or '7:629', got ${describeValue(article)}` });
  if (paragraph !== undefined && (typeof paragraph !== 'string' || paragraph.trim() === '')) issues.push({ path: ['paragraph'], code: typeof paragraph === 'string' ? 'invalid_value' : 'invalid_type', message: `expected a lid such as '3' or '3 sub c', or undefined, got ${describeValue(paragraph)}` });
  if (typeof subject !== 'string') issues.push({ path: ['subject'], code: 'invalid_type', message: `expected a string, got ${describeValue(subject)}` });
  if (issues.length > 0) throw new PoortwachterError('makeLegalRef', issues);
  const s = LEGAL_SOURCES[source];
  const isBw = source === 'BW7';
  const isSection = article.startsWith('§');
  const para = paragraph === undefined ? '' : paragraph.startsWith('sub ') ? ` ${paragraph}` : ` lid ${paragraph}`;
  const id = isBw ? `BW ${article}${para}` : `${s.short} ${isSection ? article : `art ${article}`}${para}`;
  const artNo = isBw ? article.replace(/^7:/, '') : article;
  let url: string;
  if (s.bwbId === '') {
    url = 'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling';
  } else if (isSection) {
    url = `https://wetten.overheid.nl/${s.bwbId}`;
  } else {
    const lid = paragraph && !paragraph.startsWith('sub ') ? `&lid=${paragraph.split(' ')[0]}` : '';
    url = `https://wetten.overheid.nl/jci1.3:c:${s.bwbId}${isBw ? '&boek=7' : ''}&artikel=${artNo}${lid}`;
  }
  const ref: LegalRef = {
    id,
    title: `${s.name}, ${isSection ? article : `artikel ${article}`}${para} — ${subject}`,
    url,
    source,
    bwbId: s.bwbId,
    article,
    ...(paragraph === undefined ? {} : { paragraph }),
    authority: s.authority,
  };
  return Object.freeze(ref);
}
