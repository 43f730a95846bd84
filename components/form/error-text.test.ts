import { createTranslator } from 'next-intl';
import { describe, expect, test } from 'vitest';
import { sampleForm } from '@/lib/form-engine/fixtures';
import type { AnswerField, FormDefinition } from '@/lib/form-engine';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { errorText, errorTextFor, errorTextsOf, type Translate } from './error-text';

const field = (id: string) =>
  (sampleForm as FormDefinition).pages.flatMap((page) => page.fields).find((candidate) => candidate.id === id) as AnswerField;
const labels = { sample: { fullName: { label: 'Full name' }, location: { label: 'Where are you?' }, members: { name: 'Name', born: 'Born', label: 'People' } } };
const translator = (messages: object, locale: string) =>
  createTranslator({ locale, messages: { ...labels, ...messages } as never }) as unknown as Translate;

describe('R-X-01 error messages name the field briefly, in the page language', () => {
  test('text, choice and length errors', () => {
    const t = translator(en, 'en');
    expect(errorText(t, field('fullName'), { fieldId: 'fullName', path: 'fullName', kind: 'required' })).toBe('Full name: enter an answer');
    expect(errorText(t, field('location'), { fieldId: 'location', path: 'location', kind: 'required' })).toBe('Where are you?: select an answer');
    expect(errorText(t, field('fullName'), { fieldId: 'fullName', path: 'fullName', kind: 'tooLong' })).toBe('Full name must be 20 characters or less');
  });

  test('an error inside a repeatable group names the item field', () => {
    const t = translator(sv, 'sv');
    expect(errorText(t, field('members'), { fieldId: 'members', path: 'members.1.name', kind: 'required' })).toBe('Name: fyll i ett svar');
    expect(errorText(t, field('members'), { fieldId: 'members', path: 'members', kind: 'tooManyItems' })).toBe('People: du kan lägga till högst 2');
  });

  test('Arabic messages are Arabic', () => {
    const t = translator(ar, 'ar');
    expect(errorText(t, field('fullName'), { fieldId: 'fullName', path: 'fullName', kind: 'required' })).toBe('Full name: أدخل إجابة');
  });

  test('R-X-01 a field with a short name: "Date of birth must be a real date", not the whole question', () => {
    const t = translator({ ...en, sample: { ...labels.sample, birth: { label: 'What is your date of birth?', name: 'Date of birth' } } }, 'en');
    const birth = { ...field('birthDate'), label: 'sample.birth.label', name: 'sample.birth.name' } as AnswerField;
    expect(errorText(t, birth, { fieldId: 'birthDate', path: 'birthDate.month', kind: 'invalidDate' })).toBe('Date of birth must be a real date');
    expect(errorText(t, birth, { fieldId: 'birthDate', path: 'birthDate', kind: 'dateNotPast' })).toBe('Date of birth must be in the past');
  });

  test('a validIf error has the words the field declares', () => {
    const t = translator({ ...en, sample: { ...labels.sample, adult: 'Must be an adult' } }, 'en');
    const members = field('members') as AnswerField & { type: 'group' };
    const checked = { ...members, fields: members.fields.map((inner) => (inner.id === 'born' ? { ...inner, validIf: { condition: { field: 'born', ageAtLeast: 18 }, error: 'sample.adult' } } : inner)) } as AnswerField;
    expect(errorText(t, checked, { fieldId: 'members', path: 'members.0.born', kind: 'validIf' })).toBe('Must be an adult');
    expect(errorTextsOf(t, [checked])['members.born']?.validIf).toBe('Must be an adult');
  });

  test("the limit a message names is the field type's own", () => {
    const t = translator(en, 'en');
    expect(errorText(t, field('members'), { fieldId: 'members', path: 'members.0.name', kind: 'tooLong' })).toBe('Name must be 200 characters or less');
    const email = { id: 'mail', type: 'email', label: 'sample.fullName.label' } as AnswerField;
    expect(errorText(t, email, { fieldId: 'mail', path: 'mail', kind: 'tooLong' })).toBe('Full name must be 254 characters or less');
  });

  test('a field-specific message wins', () => {
    const t = translator({ ...en, sample: { ...labels.sample, custom: 'Enter your name as in your passport' } }, 'en');
    const custom = { ...field('fullName'), errors: { required: 'sample.custom' } } as AnswerField;
    expect(errorText(t, custom, { fieldId: 'fullName', path: 'fullName', kind: 'required' })).toBe('Enter your name as in your passport');
  });
});

describe('R-ENG-02 the words the browser is handed', () => {
  test('every kind a field can give, by field and by group item field', () => {
    const t = translator(en, 'en');
    const texts = errorTextsOf(t, [field('fullName'), field('members')]);
    expect(texts.fullName).toEqual({
      required: 'Full name: enter an answer',
      tooLong: 'Full name must be 20 characters or less',
      invalidCharacters: 'Full name contains a hidden or broken character that cannot be saved – type the answer again without it',
    });
    expect(texts.members?.tooManyItems).toBe('People: you can add at most 2');
    expect(texts['members.name']?.required).toBe('Name: enter an answer');
  });

  test('an error path finds its words', () => {
    const t = translator(en, 'en');
    const address = { id: 'home', type: 'address', label: 'sample.fullName.label' } as AnswerField;
    const texts = errorTextsOf(t, [field('fullName'), field('members'), address]);
    expect(errorTextFor(texts, 'fullName', 'required')).toBe('Full name: enter an answer');
    expect(errorTextFor(texts, 'members.3.name', 'required')).toBe('Name: enter an answer');
    expect(errorTextFor(texts, 'members', 'tooManyItems')).toBe('People: you can add at most 2');
    // An address part's limit and words are its own.
    expect(errorTextFor(texts, 'home.city', 'tooLong')).toBe('Town or city must be 100 characters or less');
    expect(errorTextFor(texts, 'home.street', 'tooLong')).toBe('Street address must be 200 characters or less');
    expect(errorTextFor(texts, 'home.street', 'required')).toBe('Enter the street address');
    expect(errorTextFor(texts, 'home.country', 'required')).toBe('Select the country');
  });
});
