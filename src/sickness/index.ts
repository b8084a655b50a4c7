export { combineSickPeriods } from './combineSickPeriods.js';
export type {
  SickPeriod, WazoLeave, WorkPattern, CauseExceptionScope, CombineSickPeriodsOptions,
  Samentelling, SamentellingGap, EarlierWachttijd,
} from './types.js';
