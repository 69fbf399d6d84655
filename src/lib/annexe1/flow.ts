/**
 * Page flow: places items top to bottom, opening a new page (with its header) when the next item
 * does not fit. Titles and headings stay with what follows them; values taller than the room left
 * are split; nothing is drawn below the content area or outside the page.
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { Canvas } from './canvas';
import { CONTENT_BOTTOM, PAGE } from './geometry';
import type { Header } from './header';
import type { Item } from './items';

/** Height of a split item that headings must keep with them. */
const MIN_FOLLOW = 40;

/** Lays `items` out on new pages of `doc`; returns the pages. */
export function flow(doc: PDFDocument, canvas: Canvas, header: Header, items: readonly Item[]): PDFPage[] {
  const pages: PDFPage[] = [];
  const fullSpace = header.contentTop - CONTENT_BOTTOM;
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    canvas.preparePage(page);
    header.draw(page);
    pages.push(page);
    y = header.contentTop;
  };
  const space = () => y - CONTENT_BOTTOM;
  const atTop = () => y === header.contentTop;
  newPage();

  for (const [i, first] of items.entries()) {
    let item = first;
    if (item.keepWithNext) {
      let need = 0;
      let j = i;
      for (let next = items[j]; next?.keepWithNext; next = items[++j]) need += next.height;
      // The next item moves to a new page whenever it fits one: keep the headings with all of it
      // then; otherwise it will be split, and only its start must follow them.
      const following = items[j];
      if (following) need += need + following.height <= fullSpace ? following.height : MIN_FOLLOW;
      if (need > space() && need <= fullSpace && !atTop()) newPage();
    }
    while (item.height > space()) {
      if (item.height <= fullSpace && !atTop()) {
        newPage();
        break;
      }
      const parts = item.split?.(space());
      if (parts) {
        parts.head.draw(page, y);
        newPage();
        item = parts.rest;
      } else if (!atTop()) {
        newPage();
      } else {
        break; // Taller than a page and not splittable: only a model text could be; none is.
      }
    }
    item.draw(page, y);
    y -= item.height;
  }
  return pages;
}
