/**
 * Scenario table a domain expert can read: uninterrupted cases, day 1 = D, statutory defaults.
 * Expected dates from wvp-rules.md §8.2 (derived: week n = days D+7(n−1) … D+7n−1).
 */
export const UNINTERRUPTED_SCENARIOS = [
  {
    name: 'D = Monday 2022-01-03',
    firstSickDay: '2022-01-03',
    expected: {
      probleemanalyse: '2022-02-13', 'plan-van-aanpak': '2022-02-27', 'ziekmelding-uwv': '2022-10-24',
      eerstejaarsevaluatie: '2023-01-01', 'spoor-2-start': '2023-02-12', 'vervroegde-iva-uiterlijk': '2023-04-23',
      'wia-brief-uwv': '2023-09-17', 're-integratieverslag': '2023-10-01', 'wia-aanvraag': '2023-10-15',
      'einde-wachttijd': '2023-12-31', 'wia-ingang': '2024-01-01',
    },
  },
  {
    name: 'D = Monday 2024-01-01 (leap year)',
    firstSickDay: '2024-01-01',
    expected: {
      probleemanalyse: '2024-02-11', 'plan-van-aanpak': '2024-02-25', 'ziekmelding-uwv': '2024-10-21',
      eerstejaarsevaluatie: '2024-12-29', 'spoor-2-start': '2025-02-09', 'vervroegde-iva-uiterlijk': '2025-04-20',
      'wia-brief-uwv': '2025-09-14', 're-integratieverslag': '2025-09-28', 'wia-aanvraag': '2025-10-12',
      'einde-wachttijd': '2025-12-28', 'wia-ingang': '2025-12-29',
    },
  },
  {
    name: 'D = Thursday 2026-02-26',
    firstSickDay: '2026-02-26',
    expected: {
      probleemanalyse: '2026-04-08', 'plan-van-aanpak': '2026-04-22', 'ziekmelding-uwv': '2026-12-17',
      eerstejaarsevaluatie: '2027-02-24', 'spoor-2-start': '2027-04-07', 'vervroegde-iva-uiterlijk': '2027-06-16',
      'wia-brief-uwv': '2027-11-10', 're-integratieverslag': '2027-11-24', 'wia-aanvraag': '2027-12-08',
      'einde-wachttijd': '2028-02-23', 'wia-ingang': '2028-02-24',
    },
  },
  {
    name: 'D = Saturday 2025-03-15, for an employee who works on Saturdays',
    firstSickDay: '2025-03-15',
    expected: {
      probleemanalyse: '2025-04-25', 'plan-van-aanpak': '2025-05-09', 'ziekmelding-uwv': '2026-01-03',
      eerstejaarsevaluatie: '2026-03-13', 'spoor-2-start': '2026-04-24', 'vervroegde-iva-uiterlijk': '2026-07-03',
      'wia-brief-uwv': '2026-11-27', 're-integratieverslag': '2026-12-11', 'wia-aanvraag': '2026-12-25',
      'einde-wachttijd': '2027-03-12', 'wia-ingang': '2027-03-13',
    },
  },
] as const;

/** Offsets from D under the default conventions (api-contract.md). */
export const CONTRACT_OFFSETS = {
  probleemanalyse: 41, 'plan-van-aanpak': 55, 'ziekmelding-uwv': 294, eerstejaarsevaluatie: 363,
  'spoor-2-start': 405, 'vervroegde-iva-uiterlijk': 475, 'wia-brief-uwv': 622, 're-integratieverslag': 636,
  'wia-aanvraag': 650, 'einde-wachttijd': 727, 'wia-ingang': 728,
} as const;
