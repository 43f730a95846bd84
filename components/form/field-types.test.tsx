import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { UiWordsProvider, type UiWords } from '@/components/ui/ui-words';
import { defineForm, errorKindsOf, fieldTypes, validatePage, type AnswerField } from '@/lib/form-engine';
import { context, sampleForm } from '@/lib/form-engine/fixtures';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { errorTextsOf, type Translate } from './error-text';
import { FieldRenderer, typesWithControls } from './FieldRenderer';
import { formatAnswer } from './format';

// A field type is one declaration (DESIGN.md): its module in lib/form-engine/field-types and its
// control in FieldRenderer's map. These tests hold every declared type to the whole of it, and
// every other file to reading a type's declaration instead of switching on the type.

const root = path.resolve(import.meta.dirname, '../..');
const label = 'x.label';

/** One field of each type and what a post gives for it; the compiler asks for one when a type is added. */
const examples: { [T in AnswerField['type']]: { field: Extract<AnswerField, { type: T }>; posted: unknown } } = {
  text: { field: { id: 'name', type: 'text', label }, posted: 'Amira' },
  textarea: { field: { id: 'story', type: 'textarea', label }, posted: 'We met in Amman.' },
  email: { field: { id: 'mail', type: 'email', label }, posted: 'amira@example.org' },
  phone: { field: { id: 'tel', type: 'phone', label }, posted: '+962 6 123 4567' },
  personnummer: { field: { id: 'pnr', type: 'personnummer', label }, posted: '811218-9876' },
  number: { field: { id: 'count', type: 'number', label, min: 0 }, posted: '2' },
  money: { field: { id: 'income', type: 'money', label }, posted: '25 000 kr' },
  area: { field: { id: 'floor', type: 'area', label }, posted: '62' },
  date: { field: { id: 'born', type: 'date', label, past: true }, posted: { day: '5', month: '3', year: '1990' } },
  radios: { field: { id: 'pick', type: 'radios', label, options: [{ value: 'a', label: 'x.option' }] }, posted: 'a' },
  checkboxes: { field: { id: 'picks', type: 'checkboxes', label, options: [{ value: 'a', label: 'x.option' }] }, posted: ['a'] },
  select: { field: { id: 'one', type: 'select', label, options: [{ value: 'a', label: 'x.option' }] }, posted: 'a' },
  yesNo: { field: { id: 'agree', type: 'yesNo', label }, posted: 'yes' },
  country: { field: { id: 'land', type: 'country', label }, posted: 'JO' },
  address: { field: { id: 'home', type: 'address', label }, posted: { street: 'Rainbow Street 12', city: 'Amman', country: 'JO' } },
  document: { field: { id: 'passport', type: 'document', label, documentType: 'passport', guidance: ['x.option'] }, posted: ['doc-1'] },
  group: { field: { id: 'people', type: 'group', label, itemLabel: 'x.item', maxItems: 2, fields: [{ id: 'who', type: 'text', label }] }, posted: [{ who: 'Sara' }] },
};

const uiWords: UiWords = {
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  optional: '(optional)',
  selectPlaceholder: 'Select',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  errorPage: { title: '', body: '', retry: '', home: '', homeHref: '/' },
};
const MISSING = 'MISSING:';
const translators = Object.entries({ sv, en, ar }).map(([locale, messages]) => ({
  locale,
  t: createTranslator({
    locale,
    messages: { ...messages, x: { label: 'The question', option: 'The option', item: 'Person' } } as never,
    onError: () => {},
    getMessageFallback: ({ key, namespace }) => `${MISSING}${namespace ? `${namespace}.` : ''}${key}`,
  }) as unknown as Translate,
}));

describe('R-ENG-01 a field type is one declaration and one control', () => {
  test('every declared type has a control, and an example here', () => {
    expect([...typesWithControls].sort()).toEqual(Object.keys(fieldTypes).sort());
    expect(Object.keys(examples).sort()).toEqual(Object.keys(fieldTypes).sort());
  });

  test.each(Object.values(examples).map((example) => [example.field.type, example] as const))(
    'R-ENG-02 R-ENG-04 %s: in the meta-schema, its answer passes, reads on check-your-answers and its page renders, every word found in sv, en and ar',
    (_type, { field, posted }) => {
      const form = defineForm({ ...sampleForm, pages: [{ id: 'only', section: 'you', fields: [field] }] });
      const page = form.pages[0]!;
      const result = validatePage(form, 'only', { [field.id]: posted }, {}, context);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const answers = result.ok ? result.values : {};
      for (const { locale, t } of translators) {
        const lines = formatAnswer(field, answers[field.id], answers, t, locale);
        expect(lines.length, locale).toBeGreaterThan(0);
        const html = renderToStaticMarkup(
          <UiWordsProvider words={uiWords}>
            <FieldRenderer field={field} page={page} today={context.today} value={answers[field.id]} errors={new Map()} answers={answers} t={t} locale={locale} />
          </UiWordsProvider>,
        );
        expect(html).toContain('The question');
        const words = errorTextsOf(t, [field], locale);
        const every = [html, ...lines, ...Object.values(words).flatMap((byKind) => Object.values(byKind))];
        expect(every.filter((text) => text.includes(MISSING)), locale).toEqual([]);
        expect(Object.keys(words[field.id] ?? {}).sort(), locale).toEqual([...errorKindsOf(field)].sort());
      }
    },
  );
});

describe('R-SPQ-04 money and area', () => {
  test.each([
    ['money', 'sv', 'kr', 'ak-input--w10'],
    ['area', 'sv', 'm²', 'ak-input--w4'],
    ['money', 'ar', 'كرونة', 'ak-input--w10'],
  ] as const)('%s in %s: a text box for digits with its unit after it, which screen readers skip', (type, locale, unit, width) => {
    const { field } = examples[type];
    const form = defineForm({ ...sampleForm, pages: [{ id: 'only', section: 'you', fields: [field] }] });
    const { t } = translators.find((candidate) => candidate.locale === locale)!;
    const html = renderToStaticMarkup(
      <UiWordsProvider words={uiWords}>
        <FieldRenderer field={field} page={form.pages[0]!} today={context.today} value="25000" errors={new Map()} answers={{}} t={t} locale={locale} />
      </UiWordsProvider>,
    );
    const [, input] = html.match(/<div class="ak-input__wrapper">(<input [^>]*>)<div class="ak-input__suffix" aria-hidden="true">([^<]*)<\/div><\/div>/) ?? [];
    expect(html).toContain(`aria-hidden="true">${unit}</div></div>`);
    for (const attribute of [`name="${field.id}"`, 'value="25000"', 'inputMode="numeric"', 'type="text"', `class="ak-input ${width}"`]) expect(input).toContain(attribute);
  });
});

function sourceFiles(folder: string): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(folder, file))
    .filter((file) => !file.startsWith(path.join('lib', 'form-engine', 'field-types')) && !file.startsWith(path.join('lib', 'db', 'generated')))
    .map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
}

// What the form is made of, not how an answer is handled: a group holds item fields, a document
// slot is filled by uploads. Code may ask whether a field is one of these.
const STRUCTURE = new Set(['group', 'document']);
const VALUE_TYPES = new Set(Object.keys(fieldTypes).filter((type) => !STRUCTURE.has(type)));

/** Places that decide by a field's type instead of asking its declaration. */
function switchesOnType(text: string): string[] {
  const found: string[] = [];
  const switches = [...text.matchAll(/switch\s*\([\w.?!]*\btype\)/g)].length > 0;
  for (const [, type] of text.matchAll(/case\s+'(\w+)'\s*:/g)) if (switches && fieldTypes[type as keyof typeof fieldTypes]) found.push(`case '${type}'`);
  for (const [, type] of text.matchAll(/\.type\s*[!=]==?\s*'(\w+)'/g)) if (VALUE_TYPES.has(type!)) found.push(`type === '${type}'`);
  for (const [, list] of text.matchAll(/\[([^\]]*)\]\.includes\([\w.?!]*\.type\)/g)) {
    if ([...list!.matchAll(/'(\w+)'/g)].some(([, type]) => fieldTypes[type as keyof typeof fieldTypes])) found.push(`[${list}].includes(type)`);
  }
  return found;
}

describe('R-ENG-01 nothing outside the field types decides by a field type', () => {
  test('app, components, lib and forms ask the declaration', () => {
    const files = ['app', 'components', 'lib', 'forms'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(({ file, text }) => switchesOnType(text).map((found) => `${file}: ${found}`))).toEqual([]);
  });

  test('the check finds a switch, a comparison and a list of types', () => {
    const deciding = `switch (field.type) { case 'money': return 1; }
      if (target.type === 'number' || field.type !== 'group') max();
      const isChoice = ['radios', 'yesNo'].includes(choice.type);`;
    expect(switchesOnType(deciding)).toEqual(["case 'money'", "type === 'number'", "['radios', 'yesNo'].includes(type)"]);
    // Another switch with a case of the same name is not about fields.
    expect(switchesOnType("switch (field.kind) { case 'radios': return 1; }")).toEqual([]);
  });
});
