export { toICalendar, type ToICalendarOptions } from './toICalendar.js';
