// The demo records seeded into the test database (lib/db/seed.ts) and a direct line to it.
import pg from 'pg';

export const demo = {
  /** Amira's case: no sign-in of her own, embassy in Nairobi. */
  amiraCaseId: '00000000-0000-4000-8000-000000000401',
  amiraDraftId: '00000000-0000-4000-8000-000000000201',
  /** Leila's case (she signs in with e-ID): embassy in Amman, names Sara as sponsor. */
  leilaCaseId: '00000000-0000-4000-8000-000000000402',
  leilaApplicationId: '00000000-0000-4000-8000-000000000302',
} as const;

/** The e2e server's embedded database (playwright.config.ts). */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  // E2E_DATABASE_PORT: a second run on the same machine, on its own database.
  const port = process.env.E2E_DATABASE_PORT ?? '54330';
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/anknytning` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
