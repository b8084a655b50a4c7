import { parseInput } from '../input/zodIssues.js';
import { optionsSchema } from './listObligationsSchema.js';
import { traceStep } from '../engine/trace.js';
import { localize } from '../i18n/types.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { OBLIGATION_CATALOGUE } from './catalogue.js';
import { OBLIGATION_CONSEQUENCES, OBLIGATION_DESCRIPTIONS, OBLIGATION_LABELS } from './obligationMessages.js';
import type { ListObligationsOptions, Obligation } from './types.js';

/**
 * The catalogue of poortwachter duties of employee and employer, as data: each with its legal
 * basis, how binding it is, since when it applies, the kinds of non-cooperation that breach it,
 * what follows a breach, and labels in Dutch and English.
 *
 * @remarks
 * Employee: BW 7:660a ("De werknemer … is verplicht: a. gevolg te geven aan door de werkgever of
 * een door hem aangewezen deskundige gegeven redelijke voorschriften en mee te werken aan door de
 * werkgever of een door hem aangewezen deskundige getroffen maatregelen … b. mee te werken aan het
 * opstellen, evalueren en bijstellen van een plan van aanpak … c. passende arbeid … te verrichten"),
 * WIA 28, BW 7:629 lid 3 and 6. Employer: BW 7:658a, WIA 25, Regeling procesgang, ZW 38. The duty
 * to act on non-cooperation is UWV policy (Beoordelingskader poortwachter §9, §10).
 *
 * @param options - `party`, `asOf` (only duties in force that day), `locale` of `label`.
 * @returns The duties in legal order, employee first; each with a `trace` of the one step that selected it (party, date in force).
 * @throws {@link PoortwachterError} for an unknown option or an invalid date.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=660a | BW 7:660a}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=658a | BW 7:658a}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=25 | WIA art 25}
 * @example
 * listObligations({ party: 'werknemer', locale: 'en' }).map((o) => o.id)
 * //=> ['controlevoorschriften-naleven', 'bedrijfsarts-bezoeken', 'redelijke-voorschriften-opvolgen', …]
 */
export function listObligations(options: ListObligationsOptions = {}): readonly Obligation[] {
  const opts = parseInput(optionsSchema, options, 'listObligations', ['options']);
  const locale = opts.locale ?? 'nl';
  return OBLIGATION_CATALOGUE
    .filter((o) => opts.party === undefined || o.party === opts.party)
    .filter((o) => opts.asOf === undefined || (o.validFrom <= opts.asOf && (o.validTo === null || opts.asOf <= o.validTo)))
    .map((o) => {
      const labels = localize(OBLIGATION_LABELS, o.id);
      return Object.freeze({
        id: o.id,
        party: o.party,
        label: labels[locale],
        labels,
        description: localize(OBLIGATION_DESCRIPTIONS, o.id),
        legalBasis: o.legalBasis,
        normKind: o.normKind,
        validFrom: o.validFrom,
        validTo: o.validTo,
        breachedBy: o.breachedBy,
        consequence: localize(OBLIGATION_CONSEQUENCES, o.id),
        trace: Object.freeze([traceStep({
          rule: `obligations.${o.id}`, refs: legalKeysOf(o.legalBasis), outcome: 'met',
          inputs: { party: opts.party ?? null, asOf: opts.asOf ?? null }, outputs: { party: o.party, validFrom: o.validFrom, validTo: o.validTo },
          message: opts.asOf === undefined ? 'obligation.listed' : 'obligation.in-force',
          params: { party: o.party, validFrom: o.validFrom, ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }) },
        })]),
      });
    });
}
