import { Explanation } from '@/components/layout/Explanation';

/**
 * What a page that finds no such record shows (it calls notFound()), with status 404, drawn on
 * the server inside the page's layout. Without this boundary Next leaves the page blank until
 * JavaScript draws it.
 */
export default function NotFoundBoundary() {
  return <Explanation namespace="NotFound" />;
}
