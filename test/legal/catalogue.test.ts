import { describe, expect, it } from 'vitest';
import { LEGAL_CATALOGUE, LEGAL_REFS, LEGAL_SOURCES, RULE_SETS, type LegalRef } from '../../src/index.js';
import { OBLIGATION_REFS } from '../../src/obligations/legalRefs.js';
import { SPOOR2_REFS } from '../../src/spoor2/legalRefs.js';
import { PASSEND_WERK_REFS } from '../../src/passendWerk/legalRefs.js';
import { EOW_REFS } from '../../src/law/endOfWachttijdRefs.js';
import { MILESTONE_RULES_TABLE } from '../../src/law/milestoneRules.js';
import * as api from '../../src/index.js';
import { GOLDEN_SPECS, goldenCases } from '../golden/harness.js';

const entries = Object.entries(LEGAL_CATALOGUE) as [string, LegalRef][];
const byId = new Map(entries.map(([, r]) => [r.id, r]));
const catalogueObjects = new Set<LegalRef>(entries.map(([, r]) => r));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Every object with a `bwbId` (a legal reference) anywhere in `v`. */
function refsIn(v: unknown, out: LegalRef[] = [], seen = new Set<object>()): LegalRef[] {
  if (v === null || typeof v !== 'object' || seen.has(v)) return out;
  seen.add(v);
  if ('bwbId' in v && 'id' in v) out.push(v as LegalRef);
  else for (const x of Object.values(v)) refsIn(x, out, seen);
  return out;
}

describe('one legal catalogue (issues 9 and 10)', () => {
  it('defines no provision id twice, and one id has one title', () => {
    const ids = entries.map(([, r]) => r.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    expect(byId.size).toBe(entries.length);
  });

  it('every module table is a view on the catalogue: the same objects', () => {
    const tables = { LEGAL_REFS, OBLIGATION_REFS, SPOOR2_REFS, PASSEND_WERK_REFS, EOW_REFS };
    for (const [name, table] of Object.entries(tables)) {
      expect(Object.isFrozen(table), name).toBe(true);
      for (const [key, ref] of Object.entries(table as Record<string, LegalRef>)) {
        expect(catalogueObjects.has(ref), `${name}.${key} (${ref.id})`).toBe(true);
      }
    }
    // One provision cited under several module keys is still one object.
    expect(SPOOR2_REFS.BW_658A_1_AOW).toBe(LEGAL_CATALOGUE.BW_658A_1);
    expect(SPOOR2_REFS.BW_658A_1_WAGE).toBe(PASSEND_WERK_REFS.BW_658A_1);
    expect(SPOOR2_REFS.WWP_PERSPECTIVE).toBe(LEGAL_REFS.WWP_SPOOR2);
    expect(OBLIGATION_REFS.WWP_TOETS).toBe(SPOOR2_REFS.WWP_REVIEW);
    expect(OBLIGATION_REFS.BW_629A).toBe(PASSEND_WERK_REFS.BW_629A_1);
    expect(LEGAL_REFS.RPE_6).toBe(OBLIGATION_REFS.RPE_6_1);
    expect(OBLIGATION_REFS.BW_629_3C).toBe(PASSEND_WERK_REFS.BW_629_3C);
    expect(OBLIGATION_REFS.WIA_25_12).toBe(EOW_REFS.WIA_25_12);
  });

  it('milestone rules and rule sets cite catalogue objects', () => {
    for (const rule of Object.values(MILESTONE_RULES_TABLE)) {
      for (const ref of rule.legalBasis) expect(catalogueObjects.has(ref), `${rule.id}: ${ref.id}`).toBe(true);
    }
    for (const rs of RULE_SETS) for (const ref of rs.legalBasis) expect(catalogueObjects.has(ref), `${rs.id}: ${ref.id}`).toBe(true);
  });

  it('every legal reference in the output of every public function is a catalogue object', () => {
    const anyApi = api as unknown as Record<string, (...a: unknown[]) => unknown>;
    const seenIds = new Set<string>();
    let runs = 0;
    for (const spec of GOLDEN_SPECS) {
      // The recorded seeds and every 10th case of the golden corpus.
      goldenCases(spec).forEach((c, i) => {
        if (i % 10 !== 0) return;
        // A recorded timeline passed as input carries the references of its time: only fresh timelines.
        if (Array.isArray(c) && (spec.name === 'applyEndOfWachttijdEvents' || spec.name === 'toICalendar')) return;
        let args: unknown[];
        try {
          args = Array.isArray(c) ? c : [api.computeTimeline(...(c.viaTimeline as Parameters<typeof api.computeTimeline>)), ...c.rest];
        } catch {
          return;
        }
        let value: unknown;
        try {
          value = anyApi[spec.name]!(...structuredClone(args));
        } catch {
          return; // input errors are not the point here
        }
        runs++;
        for (const ref of refsIn(value)) {
          seenIds.add(ref.id);
          if (!catalogueObjects.has(ref)) {
            // Objects that went through structuredClone or JSON are no longer ===; the title must still match.
            expect(byId.get(ref.id)?.title, `${spec.name}: ${ref.id}`).toBe(ref.title);
            expect(ref, `${spec.name}: ${ref.id}`).toEqual(byId.get(ref.id));
          }
        }
      });
    }
    expect(runs).toBeGreaterThan(500);
    expect(seenIds.size).toBeGreaterThan(60);
  }, 120_000);

  it('urls: a wetten.overheid.nl juriconnect/BWBR link, or the documented practice source', () => {
    for (const [key, r] of entries) {
      if (r.authority === 'praktijk') {
        expect(r.bwbId, key).toBe('');
        expect(r.url, key).toBe('https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling');
        expect(r.validity?.note, key).toMatch(/praktijk/);
        continue;
      }
      expect(r.bwbId, key).toMatch(/^BWBR\d{7}$/);
      expect(r.bwbId, key).toBe(LEGAL_SOURCES[r.source].bwbId);
      if (r.article.startsWith('§')) expect(r.url, key).toBe(`https://wetten.overheid.nl/${r.bwbId}`);
      else expect(r.url, key).toMatch(new RegExp(`^https://wetten\\.overheid\\.nl/jci1\\.3:c:${r.bwbId}(&boek=7)?&artikel=[0-9a-z.:]+(&lid=\\d+)?$`));
    }
  });

  it('titles: instrument, article (lid, sub) and subject, in one style', () => {
    for (const [key, r] of entries) {
      const name = LEGAL_SOURCES[r.source].name;
      expect(r.title.startsWith(r.source === 'WWP' ? 'UWV Werkwijzer Poortwachter' : `${name}, `), key).toBe(true);
      expect(r.title.split(' — ').length, key).toBe(2);
      if (r.paragraph !== undefined) expect(r.title, key).toContain(r.paragraph.startsWith('sub ') ? ` ${r.paragraph} — ` : ` lid ${r.paragraph} — `);
      expect(Object.isFrozen(r), key).toBe(true);
    }
  });

  it('every entry carries its validity; dates where the cited text changed', () => {
    for (const [key, r] of entries) {
      const v = r.validity;
      expect(v, key).toBeDefined();
      expect(v!.note.length, key).toBeGreaterThan(10);
      for (const d of [v!.validFrom, v!.validTo]) if (d !== null) expect(d, key).toMatch(ISO);
      if (v!.validFrom !== null && v!.validTo !== null) expect(v!.validFrom <= v!.validTo, key).toBe(true);
    }
    const from = (k: keyof typeof LEGAL_CATALOGUE): string | null => LEGAL_CATALOGUE[k].validity.validFrom;
    // WIA 64 lid 2/3/6: Verzamelwet SZW 2013 (week 89, eleven weeks, 81 weeks).
    expect([from('WIA_64_2'), from('WIA_64_3'), from('WIA_64_6')]).toEqual(['2013-07-01', '2013-07-01', '2013-07-01']);
    // AOW age: BW 7:629 lid 2 sub b and 7:658a lid 1 (Wet werken na de AOW-gerechtigde leeftijd).
    expect([from('BW_629_2B'), from('BW_658A_1')]).toEqual(['2016-01-01', '2016-01-01']);
    // Regeling procesgang art 4 lid 2: the visie of employer and employee.
    expect([from('RPE_4_2'), from('RPE_4_2A'), from('RPE_4_2B')]).toEqual(['2023-07-01', '2023-07-01', '2023-07-01']);
    expect(LEGAL_CATALOGUE.ZW_38_1.validity).toMatchObject({ validFrom: null, validTo: null });
  });
});
