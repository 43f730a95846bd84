import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Vitest's reporter prints failures with Map.groupBy, which Node 20 lacks.
const mapConstructor = Map as unknown as { groupBy?: unknown };
if (typeof mapConstructor.groupBy !== 'function') {
  mapConstructor.groupBy = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return groups;
  };
}

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', '.data/**'],
    // One embedded PostgreSQL for the whole run; each test file makes its own database on it.
    globalSetup: ['test/postgres-global-setup.ts'],
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['lib/**/*.ts'],
      exclude: ['lib/db/generated/**', '**/*.test.ts', 'lib/form-engine/fixtures.ts'],
      reporter: ['text-summary'],
      // The form engine is pure logic: nearly every line must be proven.
      thresholds: { 'lib/form-engine/**': { lines: 95 } },
    },
    hookTimeout: 60_000,
  },
});
