export const locales = [
  { locale: 'sv', dir: 'ltr', homeTitle: 'Ansök om uppehållstillstånd för att bo med en nära anhörig i Sverige', termsTitle: 'Användarvillkor', notFoundTitle: 'Sidan hittades inte', unavailableTitle: 'Tjänsten är inte tillgänglig just nu' },
  { locale: 'en', dir: 'ltr', homeTitle: 'Apply for a residence permit to live with a close relative in Sweden', termsTitle: 'Terms of use', notFoundTitle: 'Page not found', unavailableTitle: 'The service is unavailable at the moment' },
  { locale: 'ar', dir: 'rtl', homeTitle: 'التقدّم بطلب تصريح إقامة للعيش مع قريب مقرّب في السويد', termsTitle: 'شروط الاستخدام', notFoundTitle: 'الصفحة غير موجودة', unavailableTitle: 'الخدمة غير متاحة حاليًا' },
] as const;
