import { redirect } from 'next/navigation';
import { forms } from '@/forms';
import { currentStep } from '@/lib/form-engine';
import { currentDraft } from '@/lib/drafts/current';
import { stepPath } from './paths';

// The wizard's entry: wherever the saved answers say the applicant is (R-APP-07).
export default async function ApplyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const { draft, form } = await currentDraft(forms['family-reunion']!);
  redirect(stepPath(locale, currentStep(form, draft?.answers ?? {}, { today: new Date() })));
}
