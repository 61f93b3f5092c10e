/**
 * A box on a page of a PDF, in PDF user space: points (1/72 inch), origin at
 * the page's lower-left corner, `y` the box's lower edge — the space pdf.js's
 * `viewport.convertToViewportRectangle([x, y, x + width, y + height])` takes,
 * so a user interface can draw the box over the rendered page.
 *
 * @example
 * ```ts
 * import type { PageBox } from 'xxgk-report';
 * const box: PageBox = { page: 3, x: 431.2, y: 512.6, width: 18.4, height: 10.5 };
 * // With pdf.js: page.getViewport({ scale }).convertToViewportRectangle([box.x, box.y, box.x + box.width, box.y + box.height])
 * ```
 */
export interface PageBox {
  /** 1-based page number. */
  readonly page: number;
  /** Left edge. */
  readonly x: number;
  /** Lower edge. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
