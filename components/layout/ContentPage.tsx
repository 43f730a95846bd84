import { useTranslations } from 'next-intl';

interface Section {
  heading: string;
  paragraphs: string[];
}

/** An information page whose text is a messages namespace with title, lead and sections. */
export function ContentPage({ namespace }: { namespace: 'Terms' | 'Privacy' | 'Accessibility' }) {
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
