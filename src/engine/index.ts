export { TRACE_OUTCOMES, type TraceOutcome, type TraceStep, type TraceValue } from './trace.js';
