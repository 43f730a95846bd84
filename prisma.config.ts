import { defineConfig } from 'prisma/config';

// The datasource URL is only needed by migrate/introspect commands; `generate` works without it.
// Migrations are applied by scripts/db.ts (see README, "Database").
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx scripts/db.ts seed' },
  datasource: process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : undefined,
});
