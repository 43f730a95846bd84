import { useTranslations } from 'next-intl';
import { NotificationBanner } from '@/components/ui';
import type { ServiceNotice } from '@/lib/notices';

/** Announcements such as planned maintenance, on every page while they are current. */
export function ServiceNotices({ notices }: { notices: ServiceNotice[] }) {
  const t = useTranslations('Notices');
  if (notices.length === 0) return null;
  return (
    <div className="ak-notices">
      {notices.map((notice) => (
        <NotificationBanner key={notice.id} title={t(notice.kind)}>
          <p>{notice.text}</p>
        </NotificationBanner>
      ))}
    </div>
  );
}
