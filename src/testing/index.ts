/**
 * poortwachter/testing — a kit for testing applications built on poortwachter: fast-check
 * arbitraries of valid inputs and case builders with sane defaults. Import it from
 * `poortwachter/testing`; it needs `fast-check` (an optional peer dependency) installed.
 *
 * @packageDocumentation
 */
export {
  isoDateArb, sickPeriodsArb, sickPeriodsWithLeaveArb, timelineEventsArb, timelineInputArb,
  offeredWorkArb, employeeFactsArb, passendWerkInputArb, spoor2InputArb, type DateRange,
} from './arbitraries.js';
export {
  aCase, aPassendWerkCase, aSpoor2Case, DEFAULT_FIRST_SICK_DAY, GOOD_OFFER, GOOD_EMPLOYEE,
  type TimelineCaseBuilder, type PassendWerkCaseBuilder, type Spoor2CaseBuilder,
} from './builders.js';
