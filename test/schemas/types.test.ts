import { expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as P from '../../src/index.js';

/**
 * Issue 12: the exported zod schemas and the documented input types agree (checked by `tsc --noEmit`,
 * which includes test/). Arrays are compared without `readonly` (the documented types are readonly,
 * zod's are not). Direction 1, for every schema: every documented input is a valid schema input.
 * Direction 2, where it holds: every schema input is a documented input. Where it does not, the
 * schema input is knowingly wider (docs/schemas.md): preprocessed fields (`workPattern`, `events`,
 * vocabulary aliases) take `unknown`, and "firstSickDay or sickPeriods" is a union in the documented
 * type but two optional fields in the schema (the function checks the alternative).
 */
type In<S extends z.ZodType> = z.input<S>;
type Norm<T> = unknown extends T ? T : T extends readonly (infer E)[] ? readonly Norm<E>[] : T extends object ? { readonly [K in keyof T]: Norm<T[K]> } : T;
type Extends<A, B> = [Norm<A>] extends [Norm<B>] ? true : false;

it('every documented input type is a valid input of its zod schema', () => {
  expectTypeOf<Extends<P.TimelineInput, In<typeof P.timelineInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.TimelineOptions, In<typeof P.timelineOptionsSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<readonly P.SickPeriod[], In<typeof P.sickPeriodsInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.CombineSickPeriodsOptions, In<typeof P.combineSickPeriodsOptionsSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.SickReport, In<typeof P.sickReportInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.PassendWerkInput, In<typeof P.passendWerkInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.Spoor2Input, In<typeof P.spoor2InputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.ListObligationsOptions, In<typeof P.listObligationsOptionsSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.NonCooperationInput, In<typeof P.nonCooperationInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.ListRemediesInput, In<typeof P.remediesInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.ReIntegratieverslagAuditInput, In<typeof P.auditInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.LoonsanctieInput, In<typeof P.loonsanctieInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.VrijwilligeVerlengingInput, In<typeof P.vrijwilligeVerlengingInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.VervroegdeIvaInput, In<typeof P.vervroegdeIvaInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.LateWiaAanvraagInput, In<typeof P.lateWiaAanvraagInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.OpzegverbodInput, In<typeof P.opzegverbodInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.VangnetMeldingInput, In<typeof P.vangnetMeldingInputSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.EndOfWachttijdEvents, In<typeof P.endOfWachttijdEventsSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.ApplyEndOfWachttijdOptions, In<typeof P.applyEndOfWachttijdOptionsSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.Timeline, In<typeof P.exportTimelineSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.ToICalendarOptions, In<typeof P.toICalendarOptionsSchema>>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<P.RenderTimelineSvgOptions, In<typeof P.renderTimelineSvgOptionsSchema>>>().toEqualTypeOf<true>();
});

it('where no field is preprocessed and there is no sickness alternative, z.input is exactly the documented type (both ways)', () => {
  expectTypeOf<Extends<In<typeof P.timelineOptionsSchema>, P.TimelineOptions>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<In<typeof P.sickPeriodsInputSchema>, readonly P.SickPeriod[]>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<In<typeof P.listObligationsOptionsSchema>, P.ListObligationsOptions>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<In<typeof P.remediesInputSchema>, P.ListRemediesInput>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<In<typeof P.vangnetMeldingInputSchema>, P.VangnetMeldingInput>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<In<typeof P.endOfWachttijdEventsSchema>, P.EndOfWachttijdEvents>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<In<typeof P.applyEndOfWachttijdOptionsSchema>, P.ApplyEndOfWachttijdOptions>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<In<typeof P.toICalendarOptionsSchema>, P.ToICalendarOptions>>().toEqualTypeOf<true>();
  expectTypeOf<Extends<In<typeof P.renderTimelineSvgOptionsSchema>, P.RenderTimelineSvgOptions>>().toEqualTypeOf<true>();
});

it('the schema input is knowingly wider where a field is preprocessed (docs/schemas.md)', () => {
  expectTypeOf<In<typeof P.timelineInputSchema>['workPattern']>().toEqualTypeOf<unknown>();
  expectTypeOf<In<typeof P.timelineInputSchema>['events']>().toEqualTypeOf<unknown>();
});
