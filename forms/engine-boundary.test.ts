import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formVersions } from '.';

// Forms are data; the pages and components that show them know no form's questions (R-ENG-01).
const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(folder: string): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|js)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => ({ file: path.join(folder, file), text: fs.readFileSync(path.join(root, folder, file), 'utf8') }));
}

/** Every page, stop and field id of every kept version of every form. */
const formIds = new Set(
  formVersions.flatMap((form) => [
    ...form.pages.map((page) => page.id),
    ...(form.stops ?? []).map((stop) => stop.id),
    ...form.pages.flatMap((page) => page.fields.flatMap((field) => [field.id, ...(field.type === 'group' ? field.fields.map((inner) => inner.id) : [])])),
  ]),
);

const pageCode = [...sourceFiles('app'), ...sourceFiles('components')];
/** Everything but the forms themselves: the service reads answers by role (lib/form-engine/roles.ts). */
const serviceCode = [...pageCode, ...sourceFiles('lib').filter(({ file }) => !file.startsWith(path.join('lib', 'db', 'generated')))];

/** A form named by its id: the registry's own key, or a form id written out. */
function formsNamed(text: string): string[] {
  const found = [...text.matchAll(/forms\[\s*['"`]([\w-]+)['"`]\s*\]/g)].map(([, id]) => `forms['${id}']`);
  for (const formId of new Set(formVersions.map((form) => form.id))) if (new RegExp(`['"\`]${formId}['"\`]`).test(text)) found.push(`"${formId}"`);
  return found;
}

/** Reads of an answer by a form's field id, and comparisons of an id with a form's own. */
function formSpecificReferences(text: string): string[] {
  const found: string[] = [];
  for (const [, id] of text.matchAll(/answers(?:\?\.|\.|\[\s*['"`])(\w+)/g)) if (formIds.has(id!)) found.push(`answers.${id}`);
  for (const [, id] of text.matchAll(/(?:[pP]ageId|stopId|fieldId|\.id)\s*[!=]==?\s*['"`]([\w-]+)['"`]/g)) if (formIds.has(id!)) found.push(`id "${id}"`);
  return found;
}

describe('R-ENG-01 page code holds no form-specific logic', () => {
  test("pages and components read no answer by a form's field id and compare no id with a form's own", () => {
    expect(pageCode.flatMap(({ file, text }) => formSpecificReferences(text).map((found) => `${file}: ${found}`))).toEqual([]);
  });

  test('no page, component or service module names a form: wizards and roles say which and what (R-SPQ-04)', () => {
    // The demo data is written as a form's answers on purpose: it is what a real application holds.
    const named = serviceCode.filter(({ file }) => file !== path.join('lib', 'db', 'seed.ts'));
    expect(named.flatMap(({ file, text }) => formsNamed(text).map((found) => `${file}: ${found}`))).toEqual([]);
    expect(formsNamed("const form = forms['family-reunion']!;")).toContain("forms['family-reunion']");
    expect(formsNamed("if (formId === 'family-reunion') {}")).toEqual(['"family-reunion"']);
  });

  test('the service reads no answer by a form\'s field id', () => {
    const reads = serviceCode.filter(({ file }) => file !== path.join('lib', 'db', 'seed.ts'));
    expect(reads.flatMap(({ file, text }) => formSpecificReferences(text).map((found) => `${file}: ${found}`))).toEqual([]);
  });

  test('the check finds a page that knows a question', () => {
    const knowing = "if (answers['sponsorPersonnummer'] && page.id === 'embassy' && answers.location) show();";
    expect(formSpecificReferences(knowing)).toEqual(['answers.sponsorPersonnummer', 'answers.location', 'id "embassy"']);
  });

  test('pages reach forms through the registry only, and forms import no page code', () => {
    const definitionImports = pageCode.filter(({ text }) => /from '@\/forms\/[^']+'/.test(text)).map(({ file }) => file);
    expect(definitionImports).toEqual([]);
    const formsImportingPages = sourceFiles('forms').filter(({ text }) => /from '(@\/|\.\.\/)+(app|components)\//.test(text)).map(({ file }) => file);
    expect(formsImportingPages).toEqual([]);
  });
});
