import { useId, type ReactNode } from 'react';

/**
 * "important" is a landmark region people can find; "success" confirms something the person
 * just did and is announced at once.
 */
export function NotificationBanner({
  title,
  variant = 'important',
  children,
}: {
  title: ReactNode;
  variant?: 'important' | 'success';
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <div
      className={variant === 'success' ? 'ak-notification ak-notification--success' : 'ak-notification'}
      role={variant === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="ak-notification__header">
        <h2 className="ak-notification__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="ak-notification__content">{children}</div>
    </div>
  );
}
