import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** `generateMetadata` for a page titled by the `title` text of a messages namespace. */
export function titleFrom(namespace: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace: namespace as never });
    return { title: t('title' as never) };
  };
}
