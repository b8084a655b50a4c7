import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { TIMELINE_MESSAGES, timelineText, type TimelineMessageKey } from '../../src/timeline/messages.js';
import { fillLocalized } from '../../src/i18n/fill.js';

const keys = Object.keys(TIMELINE_MESSAGES.nl) as TimelineMessageKey[];
const names = [...new Set(keys.flatMap((k) => [...`${TIMELINE_MESSAGES.nl[k]} ${TIMELINE_MESSAGES.en[k]}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))];
// Values include text that looks like a placeholder or a replacement pattern: it must be inserted as it is.
const value = fc.oneof(
  fc.string(), fc.integer(), fc.constantFrom('{due}', '$&', '$1', '−'),
  fc.record({ nl: fc.string(), en: fc.string() }),
);
const paramsArb = fc.dictionary(fc.constantFrom(...names, 'unused'), value);

describe('timeline message catalogue', () => {
  test('every key has the same placeholders in nl and en', () => {
    for (const k of keys) {
      const of = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(of(TIMELINE_MESSAGES.en[k]), k).toEqual(of(TIMELINE_MESSAGES.nl[k]));
    }
  });

  // The precompiled fill on the hot path and the shared fillLocalized (src/i18n) agree on every text.
  test.prop([fc.constantFrom(...keys), paramsArb])('timelineText gives what fillLocalized gives', (key, params) => {
    expect(timelineText(key, params)).toEqual(fillLocalized({ nl: TIMELINE_MESSAGES.nl[key], en: TIMELINE_MESSAGES.en[key] }, params));
  });

  test('a filled text', () => {
    expect(timelineText('zm-uwv-first-working-day', { due: '2024-10-20', moved: '2024-10-21' })).toEqual({
      nl: 'UWV-praktijk: de eerste werkdag op of na 2024-10-20 is 2024-10-21.',
      en: 'UWV practice: the first working day on or after 2024-10-20 is 2024-10-21.',
    });
  });
});
