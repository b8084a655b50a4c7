/**
 * poortwachter — the Dutch sick-leave reintegration law (Wet verbetering poortwachter, WIA,
 * Ziektewet, BW 7) as pure, typed functions.
 *
 * @packageDocumentation
 */
export * from './calendar/index.js';
export * from './errors/index.js';
export * from './i18n/index.js';
export * from './legal/index.js';
export * from './sickness/index.js';
export * from './timeline/index.js';
export * from './passendWerk/index.js';
export * from './obligations/index.js';
export * from './audit/index.js';
export * from './spoor2/index.js';
export * from './export/index.js';
export * from './endOfWachttijd/index.js';
export * from './vangnet/index.js';
export * from './vocabulary/index.js';
export * from './schemas/index.js';
export * from './engine/index.js';
export type { DatedNorm, DatedNormKind, NormUnit } from './law/datedNorm.js';
