'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';

export interface LanguageLink {
  locale: Locale;
  /** The language's name in itself ("Svenska", "English", "العربية"). */
  name: string;
}

/**
 * Links to the same page in each language. Plain links rendered on the server, so they work
 * without JavaScript; a client component only so that they follow client-side navigation.
 * No translation library reaches the browser: the names come from the server.
 */
export function LanguageSwitcher({ label, current, languages }: { label: string; current: Locale; languages: LanguageLink[] }) {
  const pathname = usePathname();
  // Every page address starts with its locale (/sv/…); swap that segment only.
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <nav className="ak-language-switcher" aria-label={label}>
      <ul>
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <Link href={`/${locale}${rest}`} lang={locale} hrefLang={locale} aria-current={locale === current ? 'true' : undefined}>
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
