import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { auditReIntegratieverslag } from './auditReIntegratieverslag.js';
import type { ReIntegratieverslagAudit, ReIntegratieverslagAuditInput } from './types.js';

/**
 * Like {@link auditReIntegratieverslag}, but returns invalid input as data instead of throwing.
 *
 * @param input - As for {@link auditReIntegratieverslag}.
 * @returns `{ success: true, data }` or `{ success: false, error, issues }`.
 * @example
 * safeAuditReIntegratieverslag({ firstSickDay: '2024-01-01', asOf: '2024-03-01', documents: [{ type: 'probleemanalyse', date: '2024-04-01' }] }).success
 * //=> false (a document after asOf)
 */
export function safeAuditReIntegratieverslag(input: ReIntegratieverslagAuditInput): SafeResult<ReIntegratieverslagAudit> {
  return toSafe(() => auditReIntegratieverslag(input));
}
