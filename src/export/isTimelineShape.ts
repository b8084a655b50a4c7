/**
 * The cheap structural timeline check now lives in src/timeline/timelineShape.ts (applyEndOfWachttijdEvents uses it
 * too, and a domain module may not import from the export layer); re-exported here for the export module.
 *
 * @internal
 * @packageDocumentation
 */
export { isTimelineShape, isLocalized } from '../timeline/timelineShape.js';
