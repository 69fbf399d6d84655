/**
 * Page geometry and type sizes of the Annexe 1 (PDF points, origin bottom-left). A4 portrait.
 */
import { PageSizes } from 'pdf-lib';

/** A4 portrait, in points (595.28 × 841.89). */
export const PAGE: { width: number; height: number } = { width: PageSizes.A4[0], height: PageSizes.A4[1] };

/** Left and right margin. */
export const MARGIN_X = 42;
/** Distance from the top edge to the top of the header. */
export const MARGIN_TOP = 34;
/** Lowest y the content may reach; the footer sits below it. */
export const CONTENT_BOTTOM = 50;
/** Baseline of the footer. */
export const FOOTER_BASELINE = 26;
/** Width between the margins. */
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN_X;

/** Label column width of a value row. */
export const LABEL_WIDTH = 170;
/** Gap between the label and the value box. */
const COLUMN_GAP = 10;
/** Left edge of the value box. */
export const VALUE_X = MARGIN_X + LABEL_WIDTH + COLUMN_GAP;
/** Width of the value box. */
export const VALUE_WIDTH = PAGE.width - MARGIN_X - VALUE_X;
/** Inner horizontal padding of the value box. */
export const FIELD_PAD_X = 3;
/** Inner vertical padding of the value box. */
export const FIELD_PAD_Y = 2.5;
/** Space between rows. */
export const ROW_GAP = 3;

/** An RGB colour, components in 0–1. */
export type Rgb = readonly [number, number, number];

/** A type style: size and line height in points, colour as RGB in 0–1. */
export interface TextStyle {
  /** Font size. */
  size: number;
  /** Distance between baselines. */
  leading: number;
  /** Fill colour. */
  color: Rgb;
}

const ink: Rgb = [0.1, 0.1, 0.12];
const muted: Rgb = [0.33, 0.35, 0.4];
const accent: Rgb = [0.0, 0.2, 0.45];
const alert: Rgb = [0.7, 0.05, 0.05];

/** Type styles, by role. */
export const STYLES = {
  title: { size: 11.5, leading: 14.5, color: ink },
  typeA: { size: 10, leading: 13, color: ink },
  subtitle: { size: 9, leading: 12, color: ink },
  preparation: { size: 7.5, leading: 9.5, color: muted },
  incomplete: { size: 9, leading: 11.5, color: alert },
  section: { size: 11, leading: 14, color: accent },
  entry: { size: 9.5, leading: 12.5, color: accent },
  group: { size: 8, leading: 10.5, color: muted },
  label: { size: 8.5, leading: 11, color: muted },
  value: { size: 9, leading: 11.5, color: ink },
  note: { size: 9, leading: 12, color: ink },
  small: { size: 8, leading: 10.5, color: muted },
  footer: { size: 7.5, leading: 9, color: muted },
} satisfies Record<string, TextStyle>;

/** Colours of rules and boxes. */
export const COLORS: Record<'rule' | 'fieldBorder' | 'fieldBackground' | 'alert' | 'alertBackground', Rgb> = {
  rule: [0.7, 0.73, 0.8],
  fieldBorder: [0.62, 0.66, 0.75],
  fieldBackground: [1, 1, 1],
  alert,
  alertBackground: [1, 0.94, 0.94],
};
