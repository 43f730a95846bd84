// A form's answers by section, as the engine's summary lists them: on check-your-answers with
// a link to change each, and read-only wherever sent answers are shown (the caseworker's case).
import Link from 'next/link';
import type { Translate } from '@/components/form/error-text';
import { formatAnswer } from '@/components/form/format';
import type { Answers, SummarySection } from '@/lib/form-engine';

interface Props {
  sections: SummarySection[];
  answers: Answers;
  t: Translate;
  locale: string;
  /** Where to change an answer of a page; none: read-only. */
  changeHref?: (pageId: string) => string;
  /** The heading level of the section titles. */
  headingLevel?: 2 | 3;
}

export function AnswerSummary({ sections, answers, t, locale, changeHref, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return sections.map((section) => (
    <section key={section.id}>
      <Heading>{t(section.title)}</Heading>
      <dl className="ak-summary-list">
        {section.rows.map((row) => {
          const lines = formatAnswer(row.field, row.value, answers, t, locale);
          return (
            <div className="ak-summary-list__row" key={row.fieldId}>
              <dt className="ak-summary-list__key">{t(row.label)}</dt>
              <dd className="ak-summary-list__value">{lines.length ? lines.map((line, index) => <div key={index}>{line}</div>) : t('Form.notAnswered')}</dd>
              {changeHref ? (
                <dd className="ak-summary-list__actions">
                  <Link href={changeHref(row.pageId)}>
                    {t('Form.changeAnswer')}
                    <span className="ak-visually-hidden">{` ${t(row.label)} (${t(section.title)})`}</span>
                  </Link>
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
    </section>
  ));
}
