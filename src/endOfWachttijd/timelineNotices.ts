/**
 * Message catalogue (nl, en) of the notices that {@link applyEndOfWachttijdEvents} adds to a
 * timeline. Kept apart from `messages.ts` (date labels).
 *
 * @internal
 * @module
 */
import type { Localized } from '../i18n/types.js';

const L = (nl: string, en: string): Localized => Object.freeze({ nl, en });

/** Notice texts, by situation. @internal */
export const EOW_NOTICES = Object.freeze({
  /** A vrijwillige verlenging applied; the vangnet question is settled (`'yes'`). */
  verlengingApplied: (last: string): Localized => L(`Vrijwillige verlenging (WIA 24) tot en met ${last}.`, `Voluntary extension (WIA 24) through ${last}.`),
  /** Applied while it is unknown whether WIA 24 lid 1 sub a excludes it. */
  verlengingUncertain: (last: string, vangnetUnknown: boolean): Localized => vangnetUnknown
    ? L(`Vrijwillige verlenging (WIA 24) tot en met ${last} toegepast, maar onbekend is of de werknemer een vangnetter is (ZW 29, 29a lid 1 of 4); dan is verlenging uitgesloten (WIA 24 lid 1 sub a). Geef 'vangnet' mee.`,
      `Voluntary extension (WIA 24) through ${last} applied, but it is unknown whether the employee is in a safety-net group (ZW 29, 29a lid 1 or 4); if so, an extension is excluded (WIA 24 lid 1 sub a). Pass 'vangnet'.`)
    : L(`Vrijwillige verlenging (WIA 24) tot en met ${last} toegepast, maar of die mogelijk is, is onzeker (WIA 24 lid 1 sub a; zie de bevindingen van computeVrijwilligeVerlenging).`,
      `Voluntary extension (WIA 24) through ${last} applied, but whether it is possible is uncertain (WIA 24 lid 1 sub a; see the findings of computeVrijwilligeVerlenging).`),
});
