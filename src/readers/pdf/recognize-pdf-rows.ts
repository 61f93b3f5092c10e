import type { Grid, TextRegion } from '../../grids/grid.js';
import { recognizeExactTsvGrid } from '../../grids/recognize-tsv-grid.js';

/**
 * The grid recognizer for the rows the PDF reader renders: one field per
 * ruled cell, so a blank field is a blank value (as in the HTML reader's
 * rows), under the layout name `pdf`.
 */
export function recognizePdfRows(region: TextRegion): Grid | null {
  const grid = recognizeExactTsvGrid(region);
  return grid ? { ...grid, layout: 'pdf' } : null;
}
