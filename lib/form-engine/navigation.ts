// Where the applicant goes next follows from the answers alone: hidden pages are skipped,
// stop pages end the journey, and the flow never lands on a page that is hidden.
import { evaluate, type EvaluationContext } from './conditions';
import type { Answers, FormDefinition, Page, StopPage } from './types';
import { pageSchema, visibleFields } from './validation';

export function isPageVisible(page: Page, answers: Answers, context: EvaluationContext): boolean {
  return !page.showIf || evaluate(page.showIf, answers, context);
}

export function visiblePages(definition: FormDefinition, answers: Answers, context: EvaluationContext): Page[] {
  return definition.pages.filter((page) => isPageVisible(page, answers, context));
}

/** The stop page that confirming `pageId` with these answers leads to, if any. */
export function stopAfter(definition: FormDefinition, pageId: string, answers: Answers, context: EvaluationContext): StopPage | undefined {
  return definition.stops.find((stop) => stop.after === pageId && evaluate(stop.when, answers, context));
}

/** Whether the stored answers satisfy the page as it is shown now. */
export function isPageComplete(page: Page, answers: Answers, context: EvaluationContext): boolean {
  const input = Object.fromEntries(visibleFields(page, answers, context).map((field) => [field.id, answers[field.id]]));
  return pageSchema(page, answers, context).safeParse(input).success;
}

export type Step = { kind: 'page'; page: Page } | { kind: 'stop'; stop: StopPage } | { kind: 'summary' };

/** Where to go after `pageId` has been confirmed with these answers. */
export function nextStep(definition: FormDefinition, pageId: string, answers: Answers, context: EvaluationContext): Step {
  const stop = stopAfter(definition, pageId, answers, context);
  if (stop) return { kind: 'stop', stop };
  const index = definition.pages.findIndex((page) => page.id === pageId);
  const next = definition.pages.slice(index + 1).find((page) => isPageVisible(page, answers, context));
  return next ? { kind: 'page', page: next } : { kind: 'summary' };
}

/** The visible page before `pageId`, or undefined on the first page. */
export function previousPage(definition: FormDefinition, pageId: string, answers: Answers, context: EvaluationContext): Page | undefined {
  const index = definition.pages.findIndex((page) => page.id === pageId);
  return definition.pages
    .slice(0, Math.max(index, 0))
    .reverse()
    .find((page) => isPageVisible(page, answers, context));
}

/**
 * Walks the visible pages in order: the first incomplete page, or the stop an earlier
 * answer leads to, is where the applicant must be; with neither, the summary.
 */
export function currentStep(definition: FormDefinition, answers: Answers, context: EvaluationContext): Step {
  for (const page of visiblePages(definition, answers, context)) {
    if (!isPageComplete(page, answers, context)) return { kind: 'page', page };
    const stop = stopAfter(definition, page.id, answers, context);
    if (stop) return { kind: 'stop', stop };
  }
  return { kind: 'summary' };
}

/** Pages the applicant may open: every visible page up to and including the current one. */
export function reachablePages(definition: FormDefinition, answers: Answers, context: EvaluationContext): Page[] {
  const reachable: Page[] = [];
  for (const page of visiblePages(definition, answers, context)) {
    reachable.push(page);
    if (!isPageComplete(page, answers, context) || stopAfter(definition, page.id, answers, context)) break;
  }
  return reachable;
}

/**
 * Drops the answers that are hidden now (on hidden pages or in hidden fields) and nothing
 * else. Repeats until stable, because dropping one answer can hide another.
 */
export function pruneHiddenAnswers(definition: FormDefinition, answers: Answers, context: EvaluationContext): Answers {
  let current = answers;
  for (;;) {
    const shown = new Set(
      visiblePages(definition, current, context).flatMap((page) => visibleFields(page, current, context).map((field) => field.id)),
    );
    const kept = Object.fromEntries(Object.entries(current).filter(([fieldId]) => shown.has(fieldId)));
    if (Object.keys(kept).length === Object.keys(current).length) return kept;
    current = kept;
  }
}
