import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { errorKindsOf, isAnswerField, validatePage, type AnswerField, type FormDefinition } from '@/lib/form-engine';
import { context, sampleForm } from '@/lib/form-engine/fixtures';
import { formVersions } from '.';

// The browser is handed words for the error kinds errorKindsOf lists (R-ENG-02): any error
// the schema can give must be among them, or the browser would show a bare kind.
const anyText = fc.oneof(
  fc.constantFrom('', ' ', 'x', 'a@b', 'a@b.se', '811218-9876', '12', '-3', '99999', '+46 70 1', 'x'.repeat(2100), `${'a'.repeat(250)}@b.se`),
  fc.constantFrom('25 000 kr', '25 000,50', '-500', '0', '62 m²', '62,5', '1'.repeat(13)),
  fc.string({ maxLength: 240 }),
);
const anyValue = fc.oneof(
  anyText,
  fc.record({ day: anyText, month: anyText, year: anyText }, { requiredKeys: [] }),
  fc.record({ street: anyText, postcode: anyText, city: anyText, country: fc.constantFrom('SE', 'JO', 'XX', '') }, { requiredKeys: [] }),
  fc.array(anyText, { maxLength: 3 }),
  fc.constant(null),
);

function inputFor(fields: readonly AnswerField[]) {
  return fc.record(
    Object.fromEntries(
      fields.map((field) => [
        field.id,
        field.type === 'group'
          ? fc.array(fc.record(Object.fromEntries(field.fields.map((inner) => [inner.id, anyValue])), { requiredKeys: [] }), { maxLength: field.maxItems + 1 })
          : anyValue,
      ]),
    ),
    { requiredKeys: [] },
  );
}

describe.each([sampleForm, ...formVersions].map((form: FormDefinition) => [`${form.id} v${form.version}`, form] as const))('%s', (_name, form) => {
  test.each(form.pages.map((page) => [page.id, page] as const))('R-ENG-02 every error on page %s is a kind the browser has words for', (_id, page) => {
    const fields = page.fields.filter(isAnswerField);
    fc.assert(
      fc.property(inputFor(fields), (input) => {
        const result = validatePage(form, page.id, input, {}, context);
        for (const error of result.ok ? [] : result.errors) {
          const field = fields.find((candidate) => candidate.id === error.fieldId)!;
          const itemFieldId = field.type === 'group' ? error.path.split('.')[2] : undefined;
          const target = field.type === 'group' && itemFieldId ? field.fields.find((inner) => inner.id === itemFieldId)! : field;
          expect(errorKindsOf(target), `${error.path}: ${error.kind}`).toContain(error.kind);
        }
      }),
      { numRuns: 150 },
    );
  });
});
