import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { validate } from '../../src/index.js';
import { checkRoundTrip, createStats, formatStats, numRuns, record } from './check.js';
import { knownBugOf } from './known-bugs.js';
import { layouts } from './layouts.js';
import { anyConsistentReport } from './model.js';
import { noiseArb } from './noise.js';

/**
 * The reconstruction property: a consistent report (2021, 2019 or hybrid
 * template) rendered into every layout the parser supports, with noise from
 * the catalogue of real variants, parses back to the same values — each from
 * the cell it was written in — or to null with a diagnostic that covers it;
 * never to a different number. Every rendered number lies inside a source
 * span or a diagnostic span (conservation), and the report read back fails
 * no relation of the template.
 */

const stats = createStats();
afterAll(() => {
  console.log(`recall per layout (values given back equal / numbers rendered), ${numRuns(100)} runs each:\n${formatStats(stats)}`);
});

describe.each(layouts)('parse(render(report)) in the $name layout', (layout) => {
  test.prop([anyConsistentReport, noiseArb()], { numRuns: numRuns(100) })(
    'gives every value back from its own cell, or null with a diagnostic — never a different number',
    (model, noise) => {
      const rendering = layout.render(model, noise);
      const report = layout.parse(rendering.text);
      const trip = checkRoundTrip(rendering, report);
      const bugs = trip.problems.map((p) => knownBugOf(p, report, rendering)?.id);
      record(stats, layout.name, model.kind, trip, bugs.filter((id): id is string => id !== undefined));
      const unexplained = trip.problems.filter((_, k) => bugs[k] === undefined).map((p) => p.message);
      expect(unexplained.join('\n')).toBe('');
      // A consistent report read back (its values or nulls, never other numbers) fails no relation.
      if (!bugs.some((id) => id !== undefined)) {
        expect(validate(report).filter((f) => f.severity === 'error').map((f) => f.messageEn).join('\n')).toBe('');
      }
    },
  );
});
