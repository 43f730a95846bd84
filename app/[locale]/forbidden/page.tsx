import { setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { Explanation } from '@/components/layout/Explanation';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.forbidden');

// Where a refused form post is sent, and what proxy.ts shows (status 403) to someone it refuses early.
export default async function ForbiddenPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <Explanation namespace="Identity.forbidden" />;
}
