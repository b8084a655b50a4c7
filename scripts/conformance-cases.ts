import type { Vector } from "./conformance-types.js";
export const HAND_CASES: Vector[] = [];
