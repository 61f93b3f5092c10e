// The PDF beside the tables: pdf.js (loaded on the first PDF, as the classic
// scripts the site build ships) draws each page on a canvas when it scrolls
// into view, and highlight() lays a rectangle over the page where a value is
// drawn. The boxes come from xxgk-report (`report.sources[path].box`,
// `diagnostic.box`) in PDF user space; pdf.js's viewport turns them into
// pixels of the drawn page.

/**
 * Loads a classic script once.
 *
 * @param {string} src relative to the page
 * @returns {Promise<void>}
 */
function loadScript(src) {
  const url = new URL(src, document.baseURI).href;
  const existing = document.querySelector(`script[data-src="${CSS.escape(url)}"]`);
  if (existing) return /** @type {any} */ (existing).loaded;
  const script = document.createElement('script');
  script.dataset.src = url;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
  });
  /** @type {any} */ (script).loaded = loaded;
  script.src = url;
  document.head.append(script);
  return loaded;
}

/** Where pdf.js finds what it fetches besides the PDF. */
const assets = () => ({
  cMapUrl: new URL('./cmaps/', document.baseURI).href,
  cMapPacked: true,
  standardFontDataUrl: new URL('./standard_fonts/', document.baseURI).href,
});

/**
 * pdf.js, ready to read: its standard build (site/pdf.js sets
 * globalThis.pdfjsLib) with its worker. Over http(s) the worker is a module
 * worker (site/pdf.worker.mjs); from file://, where a browser loads no module
 * worker, site/pdf.worker.js sets globalThis.pdfjsWorker and pdf.js runs it
 * on the page's thread. Returned as a module-shaped object whose getDocument
 * also knows where the character maps and standard fonts are, so that
 * parseDocument's reader and the viewer open PDFs alike.
 *
 * @returns {Promise<any>}
 */
export async function loadPdfjs() {
  if (!globalThis.pdfjsLib) await loadScript('./pdf.js');
  const pdfjs = globalThis.pdfjsLib;
  if (location.protocol === 'file:') {
    if (!globalThis.pdfjsWorker) await loadScript('./pdf.worker.js');
  } else {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('./pdf.worker.mjs', document.baseURI).href;
  }
  const more = assets();
  return {
    ...pdfjs,
    getDocument: (source) => pdfjs.getDocument({ ...source, cMapUrl: source.cMapUrl ?? more.cMapUrl, cMapPacked: true, standardFontDataUrl: source.standardFontDataUrl ?? more.standardFontDataUrl }),
  };
}

/**
 * mammoth's browser build (site/mammoth.browser.min.js sets globalThis.mammoth).
 *
 * @returns {Promise<any>}
 */
export async function loadMammoth() {
  if (!globalThis.mammoth) await loadScript('./mammoth.browser.min.js');
  return globalThis.mammoth;
}

/**
 * A box of PDF user space (origin lower left, `y` the lower edge) as a
 * rectangle of the drawn page in CSS pixels, top left origin.
 *
 * @param {{ convertToViewportRectangle(rect: number[]): number[] }} viewport
 * @param {{ x: number, y: number, width: number, height: number }} box
 */
export function boxToViewport(viewport, box) {
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([box.x, box.y, box.x + box.width, box.y + box.height]);
  return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}

/**
 * Opens a PDF in `container`: one `div.pdf-page` per page, sized at once
 * (so that scrolling to page 40 needs no drawing of pages 1–39), its canvas
 * drawn when it comes near the view.
 *
 * @param {HTMLElement} container scrollable, position: relative
 * @param {any} pdfjs from loadPdfjs()
 * @param {Uint8Array} bytes a copy: pdf.js hands the buffer to its worker
 */
export async function openPdfView(container, pdfjs, bytes) {
  container.replaceChildren();
  const task = pdfjs.getDocument({ data: bytes });
  const pdf = await task.promise;
  const width = Math.max(200, container.clientWidth - 24);
  /** @type {{ div: HTMLElement, viewport: any, page: any, drawn: boolean }[]} */
  const pages = [];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) void draw(pages[Number(/** @type {HTMLElement} */ (entry.target).dataset.page) - 1]);
    },
    { root: container, rootMargin: '400px 0px' },
  );
  async function draw(slot) {
    if (!slot || slot.drawn) return;
    slot.drawn = true;
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(slot.viewport.width * ratio);
    canvas.height = Math.floor(slot.viewport.height * ratio);
    canvas.style.width = `${slot.viewport.width}px`;
    canvas.style.height = `${slot.viewport.height}px`;
    slot.div.prepend(canvas);
    await slot.page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport: slot.viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
    slot.div.dataset.rendered = 'true';
  }
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const div = document.createElement('div');
    div.className = 'pdf-page';
    div.dataset.page = String(n);
    div.dataset.scale = String(viewport.scale);
    div.style.width = `${viewport.width}px`;
    div.style.height = `${viewport.height}px`;
    div.setAttribute('aria-label', `第 ${n} 页 · page ${n}`);
    container.append(div);
    pages.push({ div, viewport, page, drawn: false });
    observer.observe(div);
  }

  return {
    pages: pdf.numPages,
    /**
     * Draws a rectangle over each box (`div.pdf-highlight` with
     * `data-path`, `data-page` and the severity as its class), removing the
     * previous ones, and scrolls the first into view.
     *
     * @param {{ box: { page: number, x: number, y: number, width: number, height: number }, path?: string, severity?: string }[]} marks
     */
    highlight(marks) {
      for (const old of container.querySelectorAll('.pdf-highlight')) old.remove();
      let first = null;
      for (const { box, path, severity } of marks) {
        const slot = pages[box.page - 1];
        if (!slot) continue;
        const rect = boxToViewport(slot.viewport, box);
        const mark = document.createElement('div');
        mark.className = `pdf-highlight ${severity ?? ''}`.trim();
        mark.dataset.page = String(box.page);
        if (path) mark.dataset.path = path;
        Object.assign(mark.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
        slot.div.append(mark);
        void draw(slot);
        first ??= { slot, rect };
      }
      if (first) container.scrollTo({ top: Math.max(0, first.slot.div.offsetTop + first.rect.top - container.clientHeight / 3), left: Math.max(0, first.slot.div.offsetLeft + first.rect.left - container.clientWidth / 2) });
      return container.querySelectorAll('.pdf-highlight').length;
    },
    clear() {
      for (const old of container.querySelectorAll('.pdf-highlight')) old.remove();
    },
    async destroy() {
      observer.disconnect();
      container.replaceChildren();
      await task.destroy();
    },
  };
}
