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

describe('R-X-01 error messages name the question, in the page language', () => {
  test('text, choice and length errors', () => {
    const t = translator(en, 'en');
    expect(errorText(t, field('fullName'), { fieldId: 'fullName', path: 'fullName', kind: 'required' })).toBe('Enter an answer for “Full name”');
    expect(errorText(t, field('location'), { fieldId: 'location', path: 'location', kind: 'required' })).toBe('Choose an answer for “Where are you?”');
    expect(errorText(t, field('fullName'), { fieldId: 'fullName', path: 'fullName', kind: 'tooLong' })).toBe('“Full name” can be at most 20 characters');
  });

  test('an error inside a repeatable group names the item field', () => {
    const t = translator(sv, 'sv');
    expect(errorText(t, field('members'), { fieldId: 'members', path: 'members.1.name', kind: 'required' })).toBe('Fyll i ett svar på ”Name”');
    expect(errorText(t, field('members'), { fieldId: 'members', path: 'members', kind: 'tooManyItems' })).toBe('Du kan lägga till högst 2 under ”People”');
  });

  test('Arabic messages are Arabic', () => {
    const t = translator(ar, 'ar');
    expect(errorText(t, field('fullName'), { fieldId: 'fullName', path: 'fullName', kind: 'required' })).toMatch(/^أدخل إجابة عن «Full name»$/);
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
      required: 'Enter an answer for “Full name”',
      tooLong: '“Full name” can be at most 20 characters',
      invalidCharacters: '“Full name” contains a hidden or broken character that cannot be saved – type the answer again without it',
    });
    expect(texts.members?.tooManyItems).toBe('You can add at most 2 to “People”');
    expect(texts['members.name']?.required).toBe('Enter an answer for “Name”');
  });

  test('an error path finds its words', () => {
    const t = translator(en, 'en');
    const address = { id: 'home', type: 'address', label: 'sample.fullName.label' } as AnswerField;
    const texts = errorTextsOf(t, [field('fullName'), field('members'), address]);
    expect(errorTextFor(texts, 'fullName', 'required')).toBe('Enter an answer for “Full name”');
    expect(errorTextFor(texts, 'members.3.name', 'required')).toBe('Enter an answer for “Name”');
    expect(errorTextFor(texts, 'members', 'tooManyItems')).toBe('You can add at most 2 to “People”');
    // An address part's limit is its own.
    expect(errorTextFor(texts, 'home.city', 'tooLong')).toBe('“Full name” can be at most 100 characters');
    expect(errorTextFor(texts, 'home.street', 'tooLong')).toBe('“Full name” can be at most 200 characters');
  });
});
