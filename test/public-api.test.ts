import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

// The public surface is pinned: adding or removing an export is a semver
// decision, so it must change this list (and the CHANGELOG) on purpose.
describe('the public API', () => {
  it('exports exactly these runtime values', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'createLineIndex',
        'createParser',
        'decodeReportBytes',
        'defaultReaders',
        'defaultRecognizers',
        'inlineHeadingsReader',
        'sourceOffsetIn',
        'findGrids',
        'flattenReport',
        'formatFindings',
        'foldForMatch',
        'labelKey',
        'matchLabel',
        'matchSectionHeading',
        'mojibakeReader',
        'parseCellValue',
        'parseReport',
        'pathLabel',
        'recognizeBoxGrid',
        'recognizeCellPerLineGrid',
        'recognizeExactTsvGrid',
        'recognizeGfmTable',
        'recognizeGridTable',
        'recognizeLineCellGrid',
        'recognizePipeGrid',
        'recognizeRuledGrid',
        'recognizeSpaceAlignedGrid',
        'recognizeTsvGrid',
        'reportPaths',
        'splitLines',
        'splitSections',
        'validate',
        'validateSeries',
      ].sort(),
    );
  });
});
