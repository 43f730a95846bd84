import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import {
  Button,
  ButtonGroup,
  ButtonLink,
  Checkboxes,
  DateInput,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Select,
  Textarea,
  TextInput,
} from '@/components/ui';

// The UI kit in every state, in each language: the reference for pages to come and the
// page the accessibility tests check the components on. Not linked from the service.
export const metadata: Metadata = { robots: { index: false } };

export default function ComponentsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(use(params).locale);
  const t = useTranslations('UiKit');
  return (
    <>
      <ErrorSummary
        errors={[
          { path: 'full-name', message: t('textError') },
          { path: 'country', message: t('selectError') },
          { path: 'birth-date', message: t('dateError') },
        ]}
      />
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('lead')}</p>

      <NotificationBanner title={t('bannerTitle')}>
        <p>{t('bannerText')}</p>
      </NotificationBanner>
      <NotificationBanner title={t('bannerSuccessTitle')} variant="success">
        <p>{t('bannerSuccessText')}</p>
      </NotificationBanner>

      <form action="#" method="get" noValidate>
        <TextInput id="full-name" name="fullName" label={t('textLabel')} hint={t('textHint')} error={t('textError')} autoComplete="name" />
        <TextInput id="email" name="email" type="email" label={t('emailLabel')} autoComplete="email" spellCheck={false} />
        <Textarea id="relationship" name="relationship" label={t('textareaLabel')} hint={t('textareaHint')} optional />
        <Radios
          id="location"
          name="location"
          legend={t('radiosLegend')}
          inline
          defaultValue="abroad"
          options={[
            { value: 'sweden', label: t('radiosSweden') },
            { value: 'abroad', label: t('radiosAbroad') },
          ]}
        />
        <Checkboxes
          id="abilities"
          name="abilities"
          legend={t('checkboxesLegend')}
          hint={t('checkboxesHint')}
          defaultValues={['pay']}
          options={[
            { value: 'pay', label: t('checkboxPay') },
            { value: 'scan', label: t('checkboxScan') },
          ]}
        />
        <Select
          id="country"
          name="country"
          label={t('selectLabel')}
          error={t('selectError')}
          options={[
            { value: 'JO', label: t('countryJordan') },
            { value: 'LB', label: t('countryLebanon') },
            { value: 'TR', label: t('countryTurkey') },
          ]}
        />
        <DateInput
          id="birth-date"
          name="birthDate"
          legend={t('dateLegend')}
          hint={t('dateHint')}
          error={t('dateError')}
          invalidParts={['month']}
          defaultValue={{ day: '27', month: '13', year: '1990' }}
        />
        <ButtonGroup>
          <Button>{t('continue')}</Button>
          <Button variant="secondary" type="button">
            {t('secondary')}
          </Button>
        </ButtonGroup>
        <Button variant="warning" type="button">
          {t('warning')}
        </Button>
      </form>
      <ButtonLink href="#main-content" start>
        {t('startNow')}
      </ButtonLink>
    </>
  );
}
