import { expect, it } from 'vitest';
import * as api from '../../src/index.js';

/**
 * The public surface of src/index.ts: every runtime export and its typeof. A change here is an API
 * change (an addition is minor, a removal or rename is breaking): update with `vitest -u` in the
 * commit that makes it, and say so in the changelog.
 */
it('the public runtime exports and their kinds are unchanged', () => {
  const surface = Object.fromEntries(Object.keys(api).sort().map((k) => [k, typeof (api as Record<string, unknown>)[k]]));
  expect(surface).toMatchSnapshot();
});
