export { combineSickPeriods } from './combineSickPeriods.js';
export type {
  SickPeriod, WazoLeave, WorkPattern, CauseExceptionScope, CombineSickPeriodsOptions,
  Samentelling, SamentellingResult, SamentellingGap, EarlierWachttijd,
} from './types.js';
export { sicknessWeekOn, type SicknessInput } from './sicknessWeekOn.js';
export { lastDayOfSicknessWeek } from './lastDayOfSicknessWeek.js';
export { determineFirstSickDay, type SickReport, type FirstSickDay } from './determineFirstSickDay.js';
