/**
 * The notices that {@link applyEndOfWachttijdEvents} adds to a timeline about a vrijwillige
 * verlenging. Their texts are in the one end-of-wachttijd catalogue (`messages.ts`, nl and en,
 * checked by the compiler); this file only picks the message for the situation.
 *
 * @internal
 * @module
 */
import type { Localized } from '../i18n/types.js';
import { phrase } from './messages.js';

/** Notice texts, by situation. @internal */
export const EOW_NOTICES = Object.freeze({
  /** A vrijwillige verlenging applied; the vangnet question is settled (`'yes'`). */
  verlengingApplied: (last: string): Localized => phrase('verlengingApplied', { last }),
  /** Applied while it is unknown whether WIA 24 lid 1 sub a excludes it. */
  verlengingUncertain: (last: string, vangnetUnknown: boolean): Localized =>
    phrase(vangnetUnknown ? 'verlengingUncertainVangnet' : 'verlengingUncertain', { last }),
});
