/**
 * The timeline check of the exports now lives in src/timeline/timelineShapeSchema.ts (applyEndOfWachttijdEvents uses
 * it too, and a domain module may not import from the export layer); re-exported here for the export module.
 *
 * @internal
 * @packageDocumentation
 */
export { timelineSchema, checkExportTimeline } from '../timeline/timelineShapeSchema.js';
