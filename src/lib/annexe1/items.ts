/**
 * Layout items: the sections turned into measured blocks (heights known, text wrapped with the
 * font's metrics) that the page flow places and draws. Values that do not fit on one page are
 * split into continuation rows, each with its own field (`<name>-suite-2`…).
 */
import type { PDFPage } from 'pdf-lib';
import type { Canvas } from './canvas';
import type { FontMetrics } from './font-metrics';
import {
  COLORS,
  CONTENT_WIDTH,
  FIELD_PAD_X,
  FIELD_PAD_Y,
  LABEL_WIDTH,
  MARGIN_X,
  ROW_GAP,
  STYLES,
  VALUE_WIDTH,
  VALUE_X,
  type TextStyle,
} from './geometry';
import { sanitizeText } from './sanitize';
import type { AnnexeSection } from './sections';
import { t } from './strings';
import type { FieldFactory } from './text-field';
import { wrapText, type Measure, type WrappedLine } from './wrap';

/** A block the flow places on a page. */
export interface Item {
  /** Height it takes, spacing included. */
  height: number;
  /** Must start on the same page as the next item (titles, headings). */
  keepWithNext: boolean;
  /** Draws it with its top at `top`. */
  draw(page: PDFPage, top: number): void;
  /** Cuts it so that the head fits in `available`; `undefined` when no useful head fits. */
  split?(available: number): { head: Item; rest: Item } | undefined;
}

/** What building items needs. */
export interface ItemContext {
  canvas: Canvas;
  metrics: FontMetrics;
  fields: FieldFactory;
}

/** Distance from the top of a line box to the first baseline, for a style. */
export function firstBaseline(style: TextStyle, metrics: FontMetrics): number {
  const { size, leading } = style;
  return (leading - size * (metrics.ascent - metrics.descent)) / 2 + size * metrics.ascent;
}

/** Width measurement in the font at the size of `style`. */
function measureIn(ctx: ItemContext, style: TextStyle): Measure {
  const { metrics } = ctx;
  return { width: (s) => metrics.width(s, style.size), advance: (cp) => metrics.advance(cp, style.size) };
}

/** Sanitises and wraps `text` to `width` in `style`. */
export function wrapIn(ctx: ItemContext, text: string, width: number, style: TextStyle): WrappedLine[] {
  return wrapText(sanitizeText(text, ctx.metrics), width, measureIn(ctx, style));
}

const texts = (lines: readonly WrappedLine[]) => lines.map((l) => l.text);

/** A paragraph at the left margin: wrapped lines, spacing, an optional rule below; splits between lines. */
function paragraph(
  ctx: ItemContext,
  lines: readonly string[],
  style: TextStyle,
  o: { before?: number; after?: number; keepWithNext?: boolean; ruleBelow?: boolean },
): Item {
  const before = o.before ?? 0;
  const after = o.after ?? 0;
  const height = before + lines.length * style.leading + after;
  return {
    height,
    keepWithNext: o.keepWithNext ?? false,
    draw(page, top) {
      const y0 = top - before;
      ctx.canvas.text(page, lines, MARGIN_X, y0 - firstBaseline(style, ctx.metrics), style);
      if (o.ruleBelow) ctx.canvas.rule(page, MARGIN_X, y0 - lines.length * style.leading - 1.5, CONTENT_WIDTH, COLORS.rule);
    },
    split(available) {
      const k = Math.floor((available - before) / style.leading);
      if (k < 1 || k >= lines.length) return undefined;
      return {
        head: paragraph(ctx, lines.slice(0, k), style, { ...o, after: 0 }),
        rest: paragraph(ctx, lines.slice(k), style, { ...o, before: 0 }),
      };
    },
  };
}

/** A value row: the label on the left, the value box (text + form field) on the right. */
function row(ctx: ItemContext, name: string, source: string, lines: WrappedLine[], labelLines: readonly string[], part: number): Item {
  const value = STYLES.value;
  const boxHeight = lines.length * value.leading + 2 * FIELD_PAD_Y;
  const labelHeight = labelLines.length * STYLES.label.leading + 2 * FIELD_PAD_Y;
  const baselineOffset = FIELD_PAD_Y + firstBaseline(value, ctx.metrics);
  return {
    height: Math.max(boxHeight, labelHeight) + ROW_GAP,
    keepWithNext: false,
    draw(page, top) {
      ctx.canvas.text(page, labelLines, MARGIN_X, top - baselineOffset, STYLES.label);
      ctx.fields.add(page, {
        name: part === 1 ? name : `${name}-suite-${part}`,
        label: labelLines.join(' '),
        value: source.slice(lines[0]?.start ?? 0, lines.at(-1)?.end ?? 0),
        lines: texts(lines),
        x: VALUE_X,
        y: top - boxHeight,
        width: VALUE_WIDTH,
        height: boxHeight,
      });
    },
    split(available) {
      const k = Math.floor((available - ROW_GAP - 2 * FIELD_PAD_Y) / value.leading);
      if (k < Math.max(2, labelLines.length) || k >= lines.length) return undefined;
      // Part 2 on carries « <label> (suite) » already: never « (suite) (suite) », so the label keeps its height.
      const suite = part > 1 ? labelLines : texts(wrapIn(ctx, t('annexe1.suite', { label: labelLines.join(' ') }), LABEL_WIDTH, STYLES.label));
      return {
        head: row(ctx, name, source, lines.slice(0, k), labelLines, part),
        rest: row(ctx, name, source, lines.slice(k), suite, part + 1),
      };
    },
  };
}

/** Items of one value: sanitised, wrapped, ready to place. */
function valueRow(ctx: ItemContext, name: string, label: string, rawValue: string): Item {
  const source = sanitizeText(rawValue, ctx.metrics);
  const lines = wrapText(source, VALUE_WIDTH - 2 * FIELD_PAD_X, measureIn(ctx, STYLES.value));
  return row(ctx, name, source, lines, texts(wrapIn(ctx, label, LABEL_WIDTH, STYLES.label)), 1);
}

/** Items of the sections, in order. */
export function sectionItems(ctx: ItemContext, sections: readonly AnnexeSection[]): Item[] {
  const items: Item[] = [];
  for (const section of sections) {
    const title = texts(wrapIn(ctx, section.title, CONTENT_WIDTH, STYLES.section));
    items.push(paragraph(ctx, title, STYLES.section, { before: 12, after: 6, keepWithNext: true, ruleBelow: true }));
    for (const block of section.blocks) {
      if (block.kind === 'row') {
        items.push(valueRow(ctx, block.name, block.label, block.value));
      } else if (block.kind === 'heading') {
        const style = block.level === 'entry' ? STYLES.entry : STYLES.group;
        const lines = texts(wrapIn(ctx, block.text, CONTENT_WIDTH, style));
        items.push(paragraph(ctx, lines, style, { before: block.level === 'entry' ? 6 : 3, after: 2, keepWithNext: true }));
      } else {
        items.push(paragraph(ctx, texts(wrapIn(ctx, block.text, CONTENT_WIDTH, STYLES.note)), STYLES.note, { after: 4 }));
      }
    }
  }
  return items;
}

/** Inner margin of the closing box. */
const BOX_PAD = 6;

/** Items drawn one under the other inside a frame; split between (or inside) them when too tall. */
function framed(ctx: ItemContext, inner: readonly Item[], before: number): Item {
  const innerHeight = inner.reduce((h, i) => h + i.height, 0);
  return {
    height: before + innerHeight + 2 * BOX_PAD,
    keepWithNext: false,
    split(available) {
      let room = available - before - 2 * BOX_PAD;
      let i = 0;
      for (; i < inner.length && (inner[i]?.height ?? 0) <= room; i++) room -= inner[i]?.height ?? 0;
      const at = inner[i];
      if (!at) return undefined;
      const part = at.split?.(room);
      const head = part ? [...inner.slice(0, i), part.head] : inner.slice(0, i);
      if (head.length === 0) return undefined;
      const rest = part ? [part.rest, ...inner.slice(i + 1)] : inner.slice(i);
      return { head: framed(ctx, head, before), rest: framed(ctx, rest, 0) };
    },
    draw(page, top) {
      const y0 = top - before;
      ctx.canvas.box(page, MARGIN_X - BOX_PAD, y0 - innerHeight - 2 * BOX_PAD, CONTENT_WIDTH + 2 * BOX_PAD, innerHeight + 2 * BOX_PAD, { stroke: COLORS.rule });
      let y = y0 - BOX_PAD;
      for (const item of inner) {
        item.draw(page, y);
        y -= item.height;
      }
    },
  };
}

/**
 * The closing of the Annexe 1: PASS's acceptance sentence, the note that the signature happens
 * in PASS, and the box « À compléter après la signature » with one editable field per row of
 * `afterSignature` (empty until PASS gives the numbers).
 */
export function closingItems(ctx: ItemContext, afterSignature: AnnexeSection): Item[] {
  const sentence = texts(wrapIn(ctx, t('annexe1.acceptation'), CONTENT_WIDTH, STYLES.note));
  const note = texts(wrapIn(ctx, t('annexe1.signatureNote'), CONTENT_WIDTH, STYLES.small));
  const title = texts(wrapIn(ctx, afterSignature.title, CONTENT_WIDTH, STYLES.entry));
  const rows = afterSignature.blocks.flatMap((b) => (b.kind === 'row' ? [valueRow(ctx, b.name, b.label, b.value)] : []));
  return [
    paragraph(ctx, sentence, STYLES.note, { before: 18, after: 4, keepWithNext: true }),
    paragraph(ctx, note, STYLES.small, {}),
    framed(ctx, [paragraph(ctx, title, STYLES.entry, { after: 4 }), ...rows], 14),
  ];
}
