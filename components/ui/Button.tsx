import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'warning';

const classFor = (variant: Variant, extra?: string) =>
  ['ak-button', variant === 'primary' ? null : `ak-button--${variant}`, extra].filter(Boolean).join(' ');

export function Button({
  variant = 'primary',
  type = 'submit',
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button {...rest} type={type} className={classFor(variant, className)} />;
}

/** A link that looks like the page's main action, e.g. "Start now". */
export function ButtonLink({
  variant = 'primary',
  start,
  className,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: Variant; start?: boolean; children: ReactNode }) {
  return (
    <a {...rest} className={classFor(variant, [start ? 'ak-button--start' : null, className].filter(Boolean).join(' '))}>
      {children}
      {start ? (
        <svg className="ak-button__start-icon" aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      ) : null}
    </a>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="ak-button-group">{children}</div>;
}
