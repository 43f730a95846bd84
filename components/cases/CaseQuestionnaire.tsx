// The sponsor's questionnaire on the caseworker's case page (R-SPQ-03, R-SPQ-04): its deadline,
// an overdue flag, and once sent its answers as the engine summarises them.
import { getTranslations } from 'next-intl/server';
import type { Translate } from '@/components/form/error-text';
import { AnswerSummary } from '@/components/wizard/AnswerSummary';
import type { CaseQuestionnaire } from '@/lib/cases/questionnaires';
import { summary } from '@/lib/form-engine';
import { formatDate, formatDateTime } from '@/lib/i18n/format';

export async function CaseQuestionnaireSection({ questionnaire, locale }: { questionnaire: CaseQuestionnaire; locale: string }) {
  const t = (await getTranslations({ locale })) as unknown as Translate;
  const { answers, status, deadline, sentAt } = questionnaire;
  const words = (key: string, values?: Record<string, string | number>) => t(`Staff.cases.questionnaire.${key}`, values);
  return (
    <section aria-labelledby="questionnaire-title">
      <h2 id="questionnaire-title">{words('title')}</h2>
      <dl className="ak-summary-list">
        <div className="ak-summary-list__row">
          <dt className="ak-summary-list__key">{words('status')}</dt>
          <dd className="ak-summary-list__value">
            <strong className={`ak-tag ak-tag--${status}`}>{t(`Staff.sponsor.status.${status}`)}</strong>
          </dd>
        </div>
        <div className="ak-summary-list__row">
          <dt className="ak-summary-list__key">{words('deadline')}</dt>
          <dd className="ak-summary-list__value">{words('answerBefore', { date: formatDate(locale, deadline, 'UTC') })}</dd>
        </div>
        {answers && sentAt ? (
          <div className="ak-summary-list__row">
            <dt className="ak-summary-list__key">{words('sent')}</dt>
            <dd className="ak-summary-list__value">{answers.respondentName ? words('sentBy', { name: answers.respondentName, date: formatDateTime(locale, sentAt) }) : formatDateTime(locale, sentAt)}</dd>
          </div>
        ) : null}
      </dl>
      {answers && sentAt ? (
        <AnswerSummary sections={summary(answers.form, answers.values, { today: sentAt })} answers={answers.values} t={t} locale={locale} headingLevel={3} />
      ) : null}
    </section>
  );
}
