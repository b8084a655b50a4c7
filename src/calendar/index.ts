export { isValidIsoDate, MIN_YEAR, MAX_YEAR } from './isValidIsoDate.js';
export { addDays } from './addDays.js';
export { differenceInDays } from './differenceInDays.js';
export { atwHolidays, type AtwHoliday } from './atwHolidays.js';
export { ATW_DECREE_DAYS, ATW_DECREE_YEARS_COVERED, type AtwDecreeDay } from './atwDecreeDays.js';
export { isAtwWorkingDay } from './isAtwWorkingDay.js';
export { applyAlgemeneTermijnenwet, type AlgemeneTermijnenwetOptions } from './applyAlgemeneTermijnenwet.js';
