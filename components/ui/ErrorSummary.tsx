import { useTranslations } from 'next-intl';

export interface ErrorSummaryItem {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId: string;
  message: string;
}

/** At the top of the page: every error, each linking to its field. Renders nothing when there are none. */
export function ErrorSummary({ errors }: { errors: ErrorSummaryItem[] }) {
  const t = useTranslations('Ui');
  if (errors.length === 0) return null;
  return (
    <div className="ak-error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 className="ak-error-summary__title" id="error-summary-title">
        {t('errorSummaryTitle')}
      </h2>
      <ul className="ak-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
