import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { areaAccess, recordAccess } from './access';

// R-X-03: every page, route handler and server action under a protected part of the site
// decides access itself. This walks app/ so that the next page added there cannot forget it.
const root = path.resolve(import.meta.dirname, '../..');
const appFolder = path.join(root, 'app');

/** The protected parts, as address prefixes after the locale: the areas and the records' kinds. */
const protectedPrefixes = [...Object.keys(areaAccess), ...Object.keys(recordAccess)];

/** app/[locale]/caseworker/cases/[caseId]/page.tsx → "caseworker/cases/[caseId]". */
const addressOf = (file: string) => path.dirname(path.relative(path.join(appFolder, '[locale]'), file)).split(path.sep).join('/');
const isProtected = (file: string) => protectedPrefixes.some((prefix) => `${addressOf(file)}/`.startsWith(`${prefix}/`));

function projectFile(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  return ['.ts', '.tsx', '/index.ts'].map((ending) => base + ending).find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** The file's text and the texts of the project modules it imports (a factory such as staffCasePages). */
function codeOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const imported = [...text.matchAll(/from '([^']+)'/g)].map(([, specifier]) => projectFile(specifier!, file)).filter((found): found is string => Boolean(found));
  return [text, ...imported.map((found) => fs.readFileSync(found, 'utf8'))];
}

/** How a page or route guards itself: the page guard, or the route wrapper with an access other than 'anyone'. */
function guardsItself(file: string): boolean {
  const texts = codeOf(file);
  if (file.endsWith('page.tsx')) return texts.some((text) => /\bguardPage\(\s*locale,/.test(text));
  return texts.some((text) => /\broute(<[^>]*>)?\(\s*\{[^}]*access:/.test(text) && !/access: 'anyone'/.test(text));
}

/** Server actions: every export of a 'use server' file is an action(), none of them open to 'anyone'. */
function unguardedActions(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const exported = [...text.matchAll(/^export (?:const|async function|function) (\w+)\s*(= action\()?/gm)];
  return [...exported.filter(([, , isAction]) => !isAction).map(([, name]) => name!), ...(/access: 'anyone'/.test(text) ? ["an action open to 'anyone'"] : [])];
}

const files = fs
  .readdirSync(appFolder, { recursive: true, encoding: 'utf8' })
  .map((file) => path.join(appFolder, file))
  .filter((file) => /(page\.tsx|route\.ts|actions\.ts)$/.test(file));
const protectedFiles = files.filter(isProtected);

describe('R-X-03 every protected page, route and action guards itself', () => {
  test('the inventory finds the protected files (the walk itself works)', () => {
    expect(protectedFiles.map(addressOf)).toEqual(expect.arrayContaining(['caseworker/cases/[caseId]', 'embassy', 'min-sida', 'admin', 'apply/drafts/[draftId]']));
  });

  test('pages and route handlers call the guard before anything else', () => {
    const unguarded = protectedFiles.filter((file) => !file.endsWith('actions.ts') && !guardsItself(file));
    expect(unguarded.map((file) => path.relative(root, file))).toEqual([]);
  });

  test("server actions under a protected area all go through action() with the area's access", () => {
    const found = protectedFiles.filter((file) => file.endsWith('actions.ts')).flatMap((file) => unguardedActions(file).map((name) => `${path.relative(root, file)}: ${name}`));
    expect(found).toEqual([]);
  });

  test('every route handler, protected or not, goes through the one wrapper', () => {
    const methods = /export (?:async function|function|const) (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b(.*)/g;
    const unwrapped = files
      .filter((file) => file.endsWith('route.ts'))
      .flatMap((file) => {
        const [text, ...imported] = codeOf(file);
        const viaFactory = imported.some((module) => /\broute(<[^>]*>)?\(/.test(module));
        return [...text!.matchAll(methods)]
          .filter(([, , rest]) => !/^\s*=\s*route(<[^>]*>)?\(/.test(rest!) && !(viaFactory && /^\s*=\s*\w+\(/.test(rest!)))
          .map(([, method]) => `${path.relative(root, file)}: ${method}`);
      });
    expect(unwrapped).toEqual([]);
  });

  test('the check catches a page that only asks who is signed in', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-'));
    const probe = path.join(folder, 'page.tsx');
    try {
      fs.writeFileSync(probe, "import { signedInPerson } from '@/lib/identity/current';\nexport default async function Page() { await signedInPerson(); return null; }\n");
      expect(isProtected(path.join(appFolder, '[locale]', 'caseworker', 'new', 'page.tsx'))).toBe(true);
      expect(guardsItself(probe)).toBe(false);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
