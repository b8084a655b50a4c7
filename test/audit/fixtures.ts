import { addDays } from '../../src/calendar/addDays.js';
import type { DossierDocument, DossierDocumentType } from '../../src/audit/types.js';

/** Offsets (days after day 1) of a complete, timely file, each on time under the statutory timeline. */
export const TIMELY: readonly { type: DossierDocumentType; offset: number; visie?: boolean }[] = [
  { type: 'probleemanalyse', offset: 20 },
  { type: 'plan-van-aanpak', offset: 30, visie: true },
  { type: 'ziekmelding-uwv', offset: 290 },
  { type: 'eerstejaarsevaluatie', offset: 350, visie: true },
  { type: 'spoor-2-start', offset: 380 },
  { type: 'administratieve-gegevens', offset: 600 },
  { type: 'aard-bedrijf', offset: 600 },
  { type: 'functie-werknemer', offset: 600 },
  { type: 'vaardigheden-werknemer', offset: 600 },
  { type: 'eerste-ziektedag', offset: 600 },
  { type: 'oordeel-arbeidsverhouding', offset: 600 },
  { type: 'actueel-oordeel-bedrijfsarts', offset: 600 },
  { type: 'oordeel-passende-arbeid', offset: 600 },
  { type: 'mening-werknemer', offset: 600 },
  { type: 're-integratieverslag', offset: 630 },
  { type: 'afschrift-werknemer', offset: 630 },
  { type: 'wia-aanvraag', offset: 632 },
];

/** A complete, timely file for day 1 `d1`, with the documents that exist on `asOf`; evaluations every 40 days after the plan. */
export function timelyDossier(d1: string, asOf: string, jitter: (i: number) => number = () => 0): DossierDocument[] {
  const out: DossierDocument[] = [];
  TIMELY.forEach((t, i) => {
    const date = addDays(d1, Math.max(0, t.offset + jitter(i)));
    if (date <= asOf) out.push({ type: t.type, date, ...(t.visie === undefined ? {} : { visie: t.visie }) });
  });
  for (let k = 1; ; k++) {
    const date = addDays(d1, 30 + 40 * k);
    if (date > asOf) break;
    if (40 * k + 30 === 350) continue;
    out.push({ type: 'evaluatie', date, visie: true });
  }
  return out;
}
