import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

type Namespace = 'Terms' | 'Privacy' | 'Accessibility';
type Props = { params: Promise<{ locale: string }> };

interface Section {
  heading: string;
  paragraphs: string[];
}

/** An information page whose text is a messages namespace with title, lead and sections. */
function ContentPage({ namespace }: { namespace: Namespace }) {
  const t = useTranslations(namespace);
  const sections = t.raw('sections') as Section[];
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('lead')}</p>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </>
  );
}

/** The page and metadata exports of an information page route. */
export function contentPageRoute(namespace: Namespace) {
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const t = await getTranslations({ locale: (await params).locale, namespace });
      return { title: t('title') };
    },
    async Page({ params }: Props) {
      setRequestLocale((await params).locale);
      return <ContentPage namespace={namespace} />;
    },
  };
}
