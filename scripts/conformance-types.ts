/** One conformance vector (conformance/conformance.schema.json). */
export interface Vector {
  readonly id: string;
  readonly function: string;
  readonly input: unknown;
  readonly options?: unknown;
  readonly expected: unknown;
  readonly basis: readonly string[];
  readonly origin: string;
}
