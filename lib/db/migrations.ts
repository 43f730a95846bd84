// Prisma migrations without Prisma's native schema engine: the same engine, compiled to
// WebAssembly (@prisma/schema-engine-wasm), talks to PostgreSQL through @prisma/adapter-pg.
// The folder layout and the _prisma_migrations table are Prisma's own, so on a machine that
// has the native engine `prisma migrate deploy` accepts the very same folder.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';

const projectRoot = path.resolve(import.meta.dirname, '../..');
export const schemaPath = path.join(projectRoot, 'prisma/schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma/migrations');
const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;
let lastEnginePanic: string | undefined;
// The engine reports a panic's message here before it throws.
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastEnginePanic = message;
  },
};

/** Instantiates the engine's WebAssembly once per process (Node 20 cannot import .wasm directly). */
function loadEngineWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = fs.readFileSync(path.join(path.dirname(bindingsFile), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': engineBindings });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

// Two gaps between adapter-pg and the engine are bridged here.
// 1. adapter-pg refuses the catalog type "char" (OID 18), which the engine reads when it
// describes a database, and the engine wants those columns typed as Character. The pool marks
// such columns as text with a tagged name; the adapter wrapper restores the name and types
// them Character (ColumnTypeEnum.Character).
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN_TYPE = ColumnTypeEnum.Character;
const CHAR_COLUMN_TAG = '\u0000char\u0000';

function tagCharColumns<T>(result: T): T {
  for (const field of (result as { fields?: { dataTypeID: number; name: string }[] })?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      field.name = CHAR_COLUMN_TAG + field.name;
    }
  }
  return result;
}

/** Applies tagCharColumns to every query of one pooled connection, promise and callback calls alike. */
function tagCharColumnsOf(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: Error | null, result: unknown) =>
        callback(error, error ? result : tagCharColumns(result));
      return query(...args);
    }
    const result = query(...args);
    return result instanceof Promise ? result.then(tagCharColumns) : result;
  }) as typeof client.query;
}

function untagCharColumns(result: SqlResultSet): SqlResultSet {
  result.columnNames.forEach((name, index) => {
    if (name.startsWith(CHAR_COLUMN_TAG)) {
      result.columnNames[index] = name.slice(CHAR_COLUMN_TAG.length);
      result.columnTypes[index] = CHARACTER_COLUMN_TYPE;
    }
  });
  return result;
}

function untaggingQueries<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => untagCharColumns(await queryRaw(query));
  return queryable;
}

function migrationFriendlyAdapter(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => untaggingQueries(await startTransaction(isolationLevel));
  // adapter-pg splits scripts at every ";", which breaks function bodies ($$ … $$). PostgreSQL
  // runs a multi-statement simple query whole, as one implicit transaction: a migration
  // either applies completely or not at all.
  adapter.executeScript = async (script) => {
    await pool.query(script);
  };
  return untaggingQueries(adapter);
}

function migrationFriendlyAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(pool);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => migrationFriendlyAdapter(await factory.connect(), pool),
    connectToShadowDb: () => Promise.reject(new Error('No shadow database: diffs are taken from a scratch database')),
  };
}

export interface MigrationEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Opens the schema engine on one database. Close it when done: the engine keeps timers alive. */
export async function openMigrationEngine(connectionString: string): Promise<MigrationEngine> {
  await loadEngineWasm();
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on('connect', tagCharColumnsOf);
  pool.on('error', () => {}); // an idle connection dropped by the server: the pool reconnects
  const adapter = bindMigrationAwareSqlAdapterFactory(migrationFriendlyAdapterFactory(pool));
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    adapter,
  );
  return {
    engine,
    async close() {
      engine.free();
      await pool.end();
    },
  };
}

export function readMigrationList(): MigrationList {
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      return {
        path: path.join(migrationsDir, name),
        migrationFile: {
          path: file,
          content: fs.existsSync(file)
            ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Runs `work` on an engine for one database; an engine panic surfaces as an Error with its message. */
async function withEngine<T>(connectionString: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openMigrationEngine(connectionString);
  lastEnginePanic = undefined;
  try {
    return await work(engine);
  } catch (error) {
    throw lastEnginePanic ? new Error(`Prisma schema engine: ${lastEnginePanic}`, { cause: error }) : error;
  } finally {
    await close();
  }
}

/** Applies every migration not yet applied; returns the names of those it applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const { appliedMigrationNames } = await withEngine(connectionString, (engine) =>
    engine.applyMigrations({ migrationsList: readMigrationList(), filters: noFilters }),
  );
  return appliedMigrationNames.map((name) => path.basename(name));
}

/**
 * The SQL script that would take the database at `connectionString` to schema.prisma.
 * Objects Prisma does not model (triggers, functions) are not compared.
 */
export async function diffDatabaseToSchema(connectionString: string): Promise<string> {
  const files = [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }];
  const result = await withEngine(connectionString, (engine) =>
    engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: projectRoot },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  return result.stdout ?? '';
}

/** True when a migration script holds nothing but comments ("-- This is an empty migration."). */
export function isEmptyMigration(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes a
 * database holding every existing migration to schema.prisma. `scratchUrl` must point at
 * an empty database the caller may fill (the migrations are applied there first).
 * Returns the new folder, or null when schema.prisma needs no migration.
 */
export async function createMigration(scratchUrl: string, name: string): Promise<string | null> {
  await applyMigrations(scratchUrl);
  const sql = await diffDatabaseToSchema(scratchUrl);
  if (isEmptyMigration(sql)) return null;
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = path.join(migrationsDir, `${stamp}_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'migration.sql'), sql.endsWith('\n') ? sql : `${sql}\n`);
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  if (!fs.existsSync(lockPath)) {
    fs.writeFileSync(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return folder;
}
