export { toICalendar, type ToICalendarOptions } from './toICalendar.js';
export { renderTimelineSvg, type RenderTimelineSvgOptions } from './renderTimelineSvg.js';
