/**
 * The header and footer repeated on every page: PASS's title (with « Type A » for an entreprise),
 * the sub-title, the « document de préparation » line, the « Dossier incomplet » banner when
 * needed; « Page N sur M » and the preparation date below.
 */
import type { PDFPage } from 'pdf-lib';
import type { Canvas } from './canvas';
import type { FontMetrics } from './font-metrics';
import { COLORS, CONTENT_WIDTH, FOOTER_BASELINE, MARGIN_TOP, MARGIN_X, PAGE, STYLES, type TextStyle } from './geometry';
import { firstBaseline, wrapIn, type ItemContext } from './items';
import { t } from './strings';

/** The header, measured once: where the content starts, and how to draw it on a page. */
export interface Header {
  /** y of the top of the content area. */
  contentTop: number;
  /** Draws the header on `page`. */
  draw(page: PDFPage): void;
}

/** What the header shows. */
export interface HeaderOptions {
  /** Print « Type A » (protocol « Pour une entreprise »). */
  typeA: boolean;
  /** Show the « Dossier incomplet » banner. */
  incomplete: boolean;
}

/** Measures the header for these options. */
export function planHeader(ctx: ItemContext, o: HeaderOptions): Header {
  const { canvas, metrics } = ctx;
  const typeA = o.typeA ? t('annexe1.typeEntreprise') : '';
  const typeAWidth = typeA ? metrics.width(typeA, STYLES.typeA.size) + 12 : 0;
  const lines = (text: string, style: TextStyle, width = CONTENT_WIDTH) => wrapIn(ctx, text, width, style).map((l) => l.text);
  const title = lines(t('annexe1.titre'), STYLES.title, CONTENT_WIDTH - typeAWidth - 8);
  const subtitle = lines(t('annexe1.sousTitre'), STYLES.subtitle);
  const preparation = lines(t('annexe1.preparation'), STYLES.preparation);
  const banner = o.incomplete ? lines(`${t('annexe1.incomplet')} — ${t('annexe1.incompletDetail')}`, STYLES.incomplete, CONTENT_WIDTH - 12) : [];

  const top = PAGE.height - MARGIN_TOP;
  const subtitleTop = top - title.length * STYLES.title.leading - 2;
  const preparationTop = subtitleTop - subtitle.length * STYLES.subtitle.leading - 3;
  const bannerTop = preparationTop - preparation.length * STYLES.preparation.leading - 6;
  const bannerHeight = banner.length ? banner.length * STYLES.incomplete.leading + 8 : 0;
  const ruleY = bannerTop - bannerHeight - (banner.length ? 8 : 0);

  return {
    contentTop: ruleY - 4,
    draw(page) {
      canvas.text(page, title, MARGIN_X, top - firstBaseline(STYLES.title, metrics), STYLES.title);
      if (typeA) {
        const x = PAGE.width - MARGIN_X - typeAWidth;
        canvas.box(page, x, top - STYLES.title.leading - 1, typeAWidth, STYLES.title.leading + 2, { stroke: COLORS.fieldBorder });
        canvas.text(page, [typeA], x + 6, top - firstBaseline(STYLES.title, metrics) + 0.5, STYLES.typeA);
      }
      canvas.text(page, subtitle, MARGIN_X, subtitleTop - firstBaseline(STYLES.subtitle, metrics), STYLES.subtitle);
      canvas.text(page, preparation, MARGIN_X, preparationTop - firstBaseline(STYLES.preparation, metrics), STYLES.preparation);
      if (banner.length) {
        canvas.box(page, MARGIN_X, bannerTop - bannerHeight, CONTENT_WIDTH, bannerHeight, {
          fill: COLORS.alertBackground,
          stroke: COLORS.alert,
          lineWidth: 1,
        });
        canvas.text(page, banner, MARGIN_X + 6, bannerTop - 4 - firstBaseline(STYLES.incomplete, metrics), STYLES.incomplete);
      }
      canvas.rule(page, MARGIN_X, ruleY, CONTENT_WIDTH, COLORS.rule, 1);
    },
  };
}

/** Draws the footer of page `n` of `total`: date on the left, « Page N sur M » centred. */
export function drawFooter(canvas: Canvas, metrics: FontMetrics, page: PDFPage, n: number, total: number, date: string): void {
  const style = STYLES.footer;
  const label = t('annexe1.page', { n, total });
  const width = metrics.width(label, style.size);
  canvas.rule(page, MARGIN_X, FOOTER_BASELINE + 11, CONTENT_WIDTH, COLORS.rule, 0.4);
  canvas.text(page, [t('annexe1.prepareLe', { date })], MARGIN_X, FOOTER_BASELINE, style);
  canvas.text(page, [label], (PAGE.width - width) / 2, FOOTER_BASELINE, style);
}
