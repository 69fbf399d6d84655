/**
 * The value boxes: each is an AcroForm text field, pre-filled and editable, whose appearance is
 * drawn by us with the embedded font and the same line breaks as the page text beneath it.
 *
 * Why the text is drawn twice: the page text makes the value part of the page (text extraction,
 * search, copy, screen readers: pdf.js's `getTextContent` reads page content only, so it sees each
 * value exactly once); the field makes it editable. The field has an opaque white background
 * (`/MK /BG`, also honoured by pdf.js's HTML form layer), so the page text never shows through
 * and an edited value never overlaps the original one.
 *
 * Size: appearances are shared between boxes that look the same (same size and text: « Non »,
 * « France », empty boxes), the box frame is one form XObject per box height, and the default
 * appearance (`/DA`) and resources (`/DR`) are set once on the AcroForm.
 */
import {
  AnnotationFlags,
  PDFAcroText,
  PDFContentStream,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFString,
  PDFTextField,
  PDFWidgetAnnotation,
  beginMarkedContent,
  drawObject,
  endMarkedContent,
  type PDFDocument,
  type PDFForm,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { Canvas } from './canvas';
import { COLORS, FIELD_PAD_X, type TextStyle } from './geometry';

/** Where and what: one field box. */
export interface FieldBox {
  /** Unique field name. */
  name: string;
  /** The row's label, given to the field as its accessible name (`/TU`, read by screen readers). */
  label?: string;
  /** The field's value. */
  value: string;
  /** Wrapped lines of the value, as drawn. */
  lines: readonly string[];
  /** Bottom-left corner and size of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Creates the form's text fields for one document. */
export class FieldFactory {
  private readonly form: PDFForm;
  private readonly resources: PDFDict;
  private readonly resourcesRef: PDFRef;
  private readonly xObjects: PDFDict;
  private readonly names = new Set<string>();
  private readonly appearances = new Map<string, PDFRef>();
  private readonly frames = new Map<string, string>();

  /**
   * @param doc the document.
   * @param canvas drawing helper (its font is the fields' font).
   * @param style type style of the values.
   * @param firstBaselineOffset distance from the top of a box to its first baseline.
   */
  constructor(
    private readonly doc: PDFDocument,
    private readonly canvas: Canvas,
    private readonly style: TextStyle,
    private readonly firstBaselineOffset: number,
  ) {
    this.form = doc.getForm();
    const { context } = doc;
    this.xObjects = context.obj({});
    this.resources = context.obj({ Font: context.obj({ [canvas.fontKey]: canvas.font.ref }), XObject: this.xObjects });
    this.resourcesRef = context.register(this.resources);
    // Default resources and appearance, inherited by every field: a reader editing a field finds
    // the embedded font named in /DA.
    const { dict } = this.form.acroForm;
    dict.set(PDFName.of('DR'), this.resourcesRef);
    dict.set(PDFName.of('DA'), PDFString.of(`/${canvas.fontKey} ${style.size} Tf ${style.color.join(' ')} rg`));
  }

  /** A field name not used yet in this document (the model's ids are unique; this is a guard). */
  private uniqueName(name: string): string {
    const base = name.replace(/\./g, '-');
    let candidate = base;
    for (let k = 2; this.names.has(candidate); k++) candidate = `${base}-${k}`;
    this.names.add(candidate);
    return candidate;
  }

  /**
   * A new top-level text field. Same as `PDFForm.createTextField` for a name without dots, minus
   * its duplicate check, which scans every field (quadratic: half the build time for 200 fields);
   * `uniqueName` already guarantees uniqueness.
   */
  private createTextField(name: string): PDFTextField {
    const acroText = PDFAcroText.create(this.doc.context);
    acroText.setPartialName(name);
    this.form.acroForm.addField(acroText.ref);
    return PDFTextField.of(acroText, acroText.ref, this.doc);
  }

  /** Name of the form XObject drawing the frame (white background, thin border) of a box. */
  private frame(width: number, height: number): string {
    const key = `${width}x${height}`;
    let name = this.frames.get(key);
    if (!name) {
      name = `B${this.frames.size + 1}`;
      const { context } = this.doc;
      const ops = this.canvas.boxOps(0, 0, width, height, { fill: COLORS.fieldBackground, stroke: COLORS.fieldBorder });
      const stream = PDFContentStream.of(context.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height] }), ops);
      this.xObjects.set(PDFName.of(name), context.register(stream));
      this.frames.set(key, name);
    }
    return name;
  }

  /** The normal appearance of a box (shared by identical boxes). */
  private appearance(box: FieldBox, baseline: number): PDFRef {
    const key = `${box.width}x${box.height}\u0000${box.lines.join('\u0000')}`;
    let ref = this.appearances.get(key);
    if (!ref) {
      const { context } = this.doc;
      const ops = [
        beginMarkedContent('Tx'),
        drawObject(this.frame(box.width, box.height)),
        ...(box.lines.some((l) => l !== '') ? this.canvas.textOps(box.lines, FIELD_PAD_X, baseline, this.style) : []),
        endMarkedContent(),
      ];
      const dict = context.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, box.width, box.height], Resources: this.resourcesRef });
      ref = context.register(PDFContentStream.of(dict, ops, false));
      this.appearances.set(key, ref);
    }
    return ref;
  }

  /** Draws the value's text on `page` and adds the pre-filled field over it. */
  add(page: PDFPage, box: FieldBox): void {
    const { context } = this.doc;
    const baseline = box.height - this.firstBaselineOffset;
    this.canvas.text(page, box.lines, box.x + FIELD_PAD_X, box.y + baseline, this.style);

    const field = this.createTextField(this.uniqueName(box.name));
    // The PDF is not tagged (pdf-lib cannot tag it); each field at least has a name to be read by.
    if (box.label) field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(box.label));
    field.setText(box.value);
    if (box.lines.length > 1) field.enableMultiline();

    const widget = PDFWidgetAnnotation.create(context, field.ref);
    widget.setRectangle({ x: box.x, y: box.y, width: box.width, height: box.height });
    widget.setP(page.ref);
    widget.setFlagTo(AnnotationFlags.Print, true);
    const mk = widget.getOrCreateAppearanceCharacteristics();
    mk.setBackgroundColor([...COLORS.fieldBackground]);
    mk.setBorderColor([...COLORS.fieldBorder]);
    widget.getOrCreateBorderStyle().setWidth(0.5);
    widget.setNormalAppearance(this.appearance(box, baseline));

    const widgetRef = context.register(widget.dict);
    field.acroField.addWidget(widgetRef);
    page.node.addAnnot(widgetRef);
  }
}
