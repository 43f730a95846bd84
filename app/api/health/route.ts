import { checkDatabase } from '@/lib/db/health';
import { scannerFromEnvironment } from '@/lib/documents/scanner';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** For load balancers and monitoring: 200 when the app can serve, 503 when the database is down. */
export const GET = route({ name: 'health', access: 'anyone' }, async () => {
  const database = await checkDatabase();
  return Response.json(
    {
      status: database.up ? 'ok' : 'unavailable',
      app: 'up',
      database: { status: database.up ? 'up' : 'down', latencyMs: database.latencyMs },
      // Uploads are kept as "not scanned" when no virus scanner is configured.
      virusScanner: scannerFromEnvironment()?.description ?? 'not configured',
      time: new Date().toISOString(),
    },
    { status: database.up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
});
