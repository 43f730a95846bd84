import { Forbidden } from '@/components/layout/Forbidden';

/** What a page that refuses someone shows (it calls forbidden()), with status 403. */
export default function ForbiddenBoundary() {
  return <Forbidden />;
}
