/**
 * Draws the récapitulatif's « dossier by step » with plain DOM, outside Alpine: each step and each
 * line is a clone of a `<template>` of Summary.astro, filled with `textContent` and attributes
 * (never HTML). Alpine's `x-for` re-evaluated the whole list on every change, which made the
 * page's longest tasks; here the lines are added a slice per task, each slice stopping after
 * `budgetMs` measured on the device, so no task holds the whole dossier's drawing.
 *
 * A first drawing appears step by step; a later one (another tab saved, a dossier was imported) is
 * built apart and swapped in at once, so the list never shows half of one dossier and half of
 * another. « Copier » is the site's copy button (`data-copy-text`, scripts/copy.ts).
 */
import { nextTask } from './next-task';

/** A line as drawn: a value with its PASS label, or a sub-heading (a list entry). */
export interface StepLineView {
  label: string;
  /** What the line shows (the value, or « non renseigné »). */
  shown: string;
  /** Classes of the line (`recap__line…`). */
  cls: string;
  copyable: boolean;
  /** What « Copier » gives (PASS's form of the value). */
  pass: string;
  /** The button's accessible name (« Copier la valeur de « … » »). */
  copyLabel: string;
}

/** An issue with the link to its field. */
export interface StepIssueView {
  text: string;
  href: string;
  cls: string;
}

/** A step as drawn. */
export interface StepView {
  anchor: string;
  heading: string;
  status: string;
  statusLabel: string;
  href: string;
  issues: StepIssueView[];
  lines: StepLineView[];
  /** Whether a line holds a value (the list is hidden otherwise). */
  hasLines: boolean;
}

/** The `<template>`s the drawing clones. */
export interface StepTemplates {
  /** `section.recap__step > h3, p.recap__stephead > (span.status-badge, a), ul.recap__issues, dl.recap__values`. */
  step: HTMLTemplateElement;
  /** `div > dt, dd > (span, button)`. */
  line: HTMLTemplateElement;
}

/** How long one task may spend drawing, in ms of the device's own time (a long task starts at 50 ms). */
const BUDGET_MS = 8;

/** Draws the steps into `host`, a slice per task. */
export class StepsDrawing {
  private generation = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly templates: StepTemplates,
    private readonly budgetMs = BUDGET_MS,
  ) {}

  /** Draws `steps` in place of what is shown; resolves `true` once all is drawn, `false` if a newer drawing replaced it. */
  async draw(steps: StepView[]): Promise<boolean> {
    const generation = ++this.generation;
    // The first drawing appears as it goes; a later one is built apart and swapped in whole.
    const inPlace = !this.host.firstChild;
    const target: ParentNode = inPlace ? this.host : document.createDocumentFragment();
    let start = performance.now();
    const pause = async (): Promise<boolean> => {
      if (performance.now() - start < this.budgetMs) return true;
      await nextTask();
      start = performance.now();
      return generation === this.generation;
    };
    for (const step of steps) {
      const { section, values } = this.stepNode(step);
      target.append(section);
      for (const line of step.lines) {
        if (!(await pause())) return false;
        values.append(this.lineNode(line));
      }
      if (!(await pause())) return false;
    }
    if (!inPlace) this.host.replaceChildren(target);
    return true;
  }

  /** A step without its lines. */
  private stepNode(step: StepView): { section: HTMLElement; values: HTMLElement } {
    const section = (this.templates.step.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    section.setAttribute('aria-labelledby', step.anchor);
    const h3 = section.querySelector('h3')!;
    h3.id = step.anchor;
    h3.textContent = step.heading;
    const badge = section.querySelector<HTMLElement>('.status-badge')!;
    badge.dataset.status = step.status;
    badge.textContent = step.statusLabel;
    section.querySelector('.recap__stephead a')!.setAttribute('href', step.href);
    const issues = section.querySelector<HTMLElement>('.recap__issues')!;
    if (step.issues.length) {
      for (const issue of step.issues) {
        const li = document.createElement('li');
        li.className = issue.cls;
        const a = li.appendChild(document.createElement('a'));
        a.href = issue.href;
        a.textContent = issue.text;
        issues.append(li);
      }
    } else issues.remove();
    const values = section.querySelector<HTMLElement>('.recap__values')!;
    if (!step.hasLines) values.style.display = 'none';
    return { section, values };
  }

  /** One line: its label, what it shows, and « Copier » when it is worth copying. */
  private lineNode(line: StepLineView): HTMLElement {
    const div = (this.templates.line.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    div.className = line.cls;
    div.querySelector('dt')!.textContent = line.label;
    div.querySelector('dd span')!.textContent = line.shown;
    const button = div.querySelector('button')!;
    if (line.copyable) {
      button.dataset.copyText = line.pass;
      button.setAttribute('aria-label', line.copyLabel);
    } else button.remove();
    return div;
  }
}
