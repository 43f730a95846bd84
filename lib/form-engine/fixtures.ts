// A small form that uses every feature, for the engine's own tests.
import { defineForm } from './meta-schema';

export const today = new Date(Date.UTC(2026, 10, 23));
export const context = { today };

export const sampleForm = defineForm({
  id: 'sample',
  version: 2,
  submission: { kind: 'register-cases', category: 'sample' },
  title: 'sample.title',
  sections: [
    { id: 'eligibility', title: 'sample.sections.eligibility' },
    { id: 'you', title: 'sample.sections.you' },
  ],
  pages: [
    {
      id: 'location',
      section: 'eligibility',
      fields: [
        {
          id: 'location',
          type: 'radios',
          label: 'sample.location.label',
          options: [
            { value: 'sweden', label: 'sample.location.sweden' },
            { value: 'abroad', label: 'sample.location.abroad' },
          ],
        },
      ],
    },
    {
      id: 'about-you',
      section: 'you',
      title: 'sample.aboutYou.title',
      fields: [
        { id: 'intro', type: 'content', paragraphs: ['sample.aboutYou.intro'] },
        { id: 'fullName', type: 'text', label: 'sample.fullName.label', maxLength: 20 },
        { id: 'email', type: 'email', label: 'sample.email.label' },
        { id: 'phone', type: 'phone', label: 'sample.phone.label', optional: true },
        { id: 'birthDate', type: 'date', label: 'sample.birthDate.label', past: true },
      ],
    },
    {
      id: 'sponsor',
      section: 'you',
      fields: [
        { id: 'sponsorId', type: 'personnummer', label: 'sample.sponsorId.label' },
        { id: 'languages', type: 'checkboxes', label: 'sample.languages.label', options: [
          { value: 'sv', label: 'sample.languages.sv' },
          { value: 'en', label: 'sample.languages.en' },
        ] },
        { id: 'children', type: 'number', label: 'sample.children.label', min: 0, max: 20 },
        { id: 'income', type: 'money', label: 'sample.income.label', optional: true, max: 10_000_000 },
        { id: 'homeArea', type: 'area', label: 'sample.homeArea.label', optional: true },
      ],
    },
    {
      id: 'adult-only',
      section: 'you',
      showIf: { field: 'birthDate', ageAtLeast: 18 },
      fields: [
        { id: 'hasSpouse', type: 'yesNo', label: 'sample.hasSpouse.label' },
        { id: 'spouseName', type: 'text', label: 'sample.spouseName.label', showIf: { field: 'hasSpouse', equals: 'yes' } },
      ],
    },
    {
      id: 'family',
      section: 'you',
      fields: [
        {
          id: 'members',
          type: 'group',
          label: 'sample.members.label',
          itemLabel: 'sample.members.item',
          optional: true,
          maxItems: 2,
          fields: [
            { id: 'name', type: 'text', label: 'sample.members.name' },
            { id: 'born', type: 'date', label: 'sample.members.born', past: true },
          ],
        },
      ],
    },
  ],
  stops: [
    {
      id: 'in-sweden',
      title: 'sample.stops.inSweden.title',
      paragraphs: ['sample.stops.inSweden.body'],
      after: 'location',
      when: { field: 'location', equals: 'sweden' },
    },
  ],
  fees: {
    currency: 'SEK',
    rules: [{ id: 'child', when: { not: { field: 'birthDate', ageAtLeast: 18 } }, amount: 0, reason: 'sample.fees.child' }],
    defaultAmount: 200000,
    defaultReason: 'sample.fees.adult',
  },
  migrations: [{ from: 1, to: 2, steps: [{ rename: { from: 'name', to: 'fullName' } }, { drop: 'nickname' }] }],
});

export const completeAnswers = {
  location: 'abroad',
  fullName: 'Amira Haddad',
  email: 'amira@example.org',
  birthDate: { day: '5', month: '3', year: '1990' },
  sponsorId: '198112189876',
  languages: ['sv'],
  children: '0',
  hasSpouse: 'no',
};
