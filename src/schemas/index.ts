/*
 * The zod schemas of every public input, under one name each (issue 12). They check shapes only:
 * the functions add the semantic checks that a schema cannot express (a period that ends before it
 * starts, overlapping periods, exactly one of `firstSickDay` and `sickPeriods`, dates after `asOf`).
 * `null` in an object means the same as leaving the field out: the functions strip such `null`s
 * before parsing; the schemas themselves are the plain zod objects. JSON Schema files of the same
 * inputs ship in the package under `poortwachter/schemas/*` (docs/schemas.md).
 */
export { timelineInputSchema, timelineOptionsSchema } from '../timeline/timelineSchema.js';
export { sickPeriodsInputSchema, combineSickPeriodsOptionsSchema } from '../sickness/sicknessSchemas.js';
export { sickReportInputSchema } from '../sickness/sicknessSchemas.js';
export { inputSchema as passendWerkInputSchema } from '../passendWerk/validatePassendWerkInput.js';
export { spoor2InputSchema } from '../spoor2/schema.js';
export { optionsSchema as listObligationsOptionsSchema } from '../obligations/listObligationsSchema.js';
export { inputSchema as nonCooperationInputSchema } from '../obligations/nonCooperationSchema.js';
export { inputSchema as remediesInputSchema } from '../obligations/remediesSchema.js';
export { inputSchema as auditInputSchema } from '../audit/auditSchema.js';
export { loonsanctieInputSchema } from '../endOfWachttijd/loonsanctieSchema.js';
export { vrijwilligeVerlengingInputSchema } from '../endOfWachttijd/vrijwilligeVerlengingSchema.js';
export { schema as vervroegdeIvaInputSchema } from '../endOfWachttijd/vervroegdeIvaSchema.js';
export { schema as lateWiaAanvraagInputSchema } from '../endOfWachttijd/lateWiaAanvraagSchema.js';
export { opzegverbodInputSchema } from '../endOfWachttijd/opzegverbodSchema.js';
export { schema as vangnetMeldingInputSchema } from '../vangnet/vangnetMeldingSchema.js';
export { endOfWachttijdEventsSchema, applyEndOfWachttijdOptionsSchema } from '../endOfWachttijd/eventsSchema.js';
export { timelineSchema as exportTimelineSchema } from '../export/timelineExportSchema.js';
export { toICalendarOptionsSchema } from '../export/toICalendarOptionsSchema.js';
export { renderTimelineSvgOptionsSchema } from '../export/renderTimelineSvgOptionsSchema.js';
