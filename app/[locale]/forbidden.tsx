import { Explanation } from '@/components/layout/Explanation';

/** What a page that refuses someone shows (it calls forbidden()), with status 403. */
export default function ForbiddenBoundary() {
  return <Explanation namespace="Identity.forbidden" />;
}
