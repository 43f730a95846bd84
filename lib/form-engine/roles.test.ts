import { describe, expect, test } from 'vitest';
import { defineForm } from './meta-schema';
import { lintForm } from './lint';
import { answerOfRole, textOfRole } from './roles';
import type { FormDefinition } from './types';

// What the service reads from answers, by role (R-ENG-01): a main applicant's own answers and
// a family member's item alike; and what the lint refuses.
const form = defineForm({
  id: 'roles',
  version: 1,
  title: 'roles.title',
  sections: [{ id: 'people', title: 'roles.people' }],
  pages: [
    {
      id: 'you',
      section: 'people',
      fields: [
        { id: 'ownName', type: 'text', label: 'roles.name', role: 'givenName' },
        { id: 'ownEmail', type: 'email', label: 'roles.email', role: 'receiptEmail' },
      ],
    },
    {
      id: 'others',
      section: 'people',
      fields: [
        {
          id: 'others',
          type: 'group',
          label: 'roles.others',
          itemLabel: 'roles.other',
          maxItems: 3,
          role: 'familyMembers',
          fields: [{ id: 'otherName', type: 'text', label: 'roles.name', role: 'givenName' }],
        },
      ],
    },
  ],
  stops: [],
  submission: { kind: 'register-cases', category: 'roles' },
});

describe('R-ENG-01 field roles', () => {
  test('a role is read from the form\'s own answers, or from one item of a group', () => {
    const answers = { ownName: 'Amira', ownEmail: 'amira@example.org', others: [{ otherName: 'Sana' }] };
    expect(textOfRole(form, answers, 'givenName')).toBe('Amira');
    expect(textOfRole(form, answers, 'receiptEmail')).toBe('amira@example.org');
    expect(answerOfRole(form, answers, 'familyMembers')).toEqual([{ otherName: 'Sana' }]);
    expect(textOfRole(form, { otherName: 'Sana' }, 'givenName')).toBe('Sana');
    expect(textOfRole(form, {}, 'mission')).toBeNull();
  });

  test('the lint refuses a form that does not say what sending it does, a role claimed twice and a role on a field that cannot hold it', () => {
    const codes = (definition: FormDefinition) => lintForm(definition).map((issue) => issue.code);
    expect(codes(form)).not.toContain('no-submission');
    expect(codes({ ...form, submission: undefined } as unknown as FormDefinition)).toContain('no-submission');
    const [you, others] = form.pages;
    const twice = { ...you!, fields: [...you!.fields, { id: 'alsoName', type: 'text' as const, label: 'roles.name', role: 'givenName' as const }] };
    expect(codes({ ...form, pages: [twice, others!] })).toContain('duplicate-role');
    const wrongType = { ...you!, fields: [{ id: 'ownEmail', type: 'text' as const, label: 'roles.email', role: 'receiptEmail' as const }] };
    expect(codes({ ...form, pages: [wrongType, others!] })).toContain('role-type');
  });

  test('a form that answers a case asks for no fee and no documents', () => {
    const codes = (definition: FormDefinition) => lintForm(definition).map((issue) => issue.code);
    const answering: FormDefinition = { ...form, submission: { kind: 'answer-case' } };
    expect(codes(answering)).not.toContain('answer-case-extras');
    const [you, others] = form.pages;
    const withDocument = { ...you!, fields: [...you!.fields, { id: 'passport', type: 'document' as const, label: 'roles.name', documentType: 'passport' }] };
    expect(codes({ ...answering, pages: [withDocument, others!] })).toContain('answer-case-extras');
    expect(codes({ ...answering, fees: { currency: 'SEK', rules: [], defaultAmount: 100, defaultReason: 'roles.name' } })).toContain('answer-case-extras');
  });

  test('the meta-schema refuses a role the service does not know', () => {
    const [you, others] = form.pages;
    const unknown = { ...you!, fields: [{ id: 'x', type: 'text' as const, label: 'roles.name', role: 'favouriteColour' as never }] };
    expect(() => defineForm({ ...form, pages: [unknown, others!] })).toThrow(/a role is one of/);
  });
});
