// Models for the check-your-answers page (R-APP-06) and for progress (R-ENG-08). The page
// renders them; the words come from the translation keys they carry.
import type { EvaluationContext } from './conditions';
import { isEmpty } from './conditions';
import { isPageComplete, visiblePages } from './navigation';
import type { AnswerField, AnswerValue, Answers, FormDefinition, TextKey } from './types';
import { visibleFields } from './validation';

export interface SummaryRow {
  fieldId: string;
  pageId: string;
  label: TextKey;
  field: AnswerField;
  /** Undefined for an optional question left empty. */
  value: AnswerValue | undefined;
}

export interface SummarySection {
  id: string;
  title: TextKey;
  rows: SummaryRow[];
}

/** Every visible answer, grouped by section in page order, each with the page that changes it. */
export function summary(definition: FormDefinition, answers: Answers, context: EvaluationContext): SummarySection[] {
  const pages = visiblePages(definition, answers, context);
  return definition.sections
    .map((section) => ({
      id: section.id,
      title: section.title,
      rows: pages
        .filter((page) => page.section === section.id)
        .flatMap((page) =>
          visibleFields(page, answers, context).map((field) => ({
            fieldId: field.id,
            pageId: page.id,
            label: field.label,
            field,
            value: isEmpty(answers[field.id]) ? undefined : answers[field.id],
          })),
        ),
    }))
    .filter((section) => section.rows.length > 0);
}

export interface Progress {
  /** 1-based position of `pageId` among the pages shown for these answers. */
  step: number;
  of: number;
  sections: { id: string; title: TextKey; done: boolean; current: boolean }[];
}

/** "Step x of n" and which sections are done, for the answers so far. */
export function progress(definition: FormDefinition, pageId: string, answers: Answers, context: EvaluationContext): Progress {
  const pages = visiblePages(definition, answers, context);
  const index = pages.findIndex((page) => page.id === pageId);
  const currentSection = pages[index]?.section;
  return {
    step: index + 1,
    of: pages.length,
    sections: definition.sections
      .filter((section) => pages.some((page) => page.section === section.id))
      .map((section) => ({
        id: section.id,
        title: section.title,
        done: pages.filter((page) => page.section === section.id).every((page) => isPageComplete(page, answers, context)),
        current: section.id === currentSection,
      })),
  };
}
