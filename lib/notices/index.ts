// Announcements shown on every page while current: planned maintenance (R-TOU-06) and
// closures announced in advance (R-TOU-08). Staff write them; the text is per locale.
import { z } from 'zod';
import { db } from '@/lib/db/client';
import type { NoticeKind } from '@/lib/db/generated/client';

export interface ServiceNotice {
  id: string;
  kind: NoticeKind;
  text: string;
}

export const noticeMessageSchema = z.record(z.string(), z.string().min(1));

/** The text in `locale`, else Swedish, else English, else any language the notice has. */
export function noticeText(message: unknown, locale: string): string | null {
  const parsed = noticeMessageSchema.safeParse(message);
  if (!parsed.success) return null;
  const texts = parsed.data;
  return texts[locale] ?? texts.sv ?? texts.en ?? Object.values(texts)[0] ?? null;
}

export async function currentNotices(locale: string, now = new Date()): Promise<ServiceNotice[]> {
  const rows = await db().serviceNotice.findMany({
    where: { showFrom: { lte: now }, showUntil: { gt: now } },
    orderBy: { showFrom: 'asc' },
  });
  return rows.flatMap((row) => {
    const text = noticeText(row.message, locale);
    return text ? [{ id: row.id, kind: row.kind, text }] : [];
  });
}
