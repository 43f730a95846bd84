// The questionnaire the sponsor in Sweden answers about an application (R-SPQ-01, R-SPQ-04):
// their income, their home and their relationship with the relative who applies, as data.
// Texts are keys under "sponsorQuestionnaire" in messages/*.json.
import { defineForm, type ItemField } from '../../lib/form-engine';
import { textsOf, yes } from '../shared/texts';

const { label, hint, field, withHint, options, yesNo } = textsOf('sponsorQuestionnaire');
/** A list of 1 to 10 items of `fields`, on a page shown by a yes to the question before it. */
const list = (id: string, fields: ItemField[]) => ({
  ...withHint(id),
  errors: { tooFewItems: `sponsorQuestionnaire.fields.${id}.errors.tooFewItems` },
  type: 'group' as const,
  itemLabel: `sponsorQuestionnaire.fields.${id}.item`,
  minItems: 1,
  maxItems: 10,
  fields,
});

const livelihoods = ['employed', 'self-employed', 'pension', 'student-finance', 'sickness-or-activity-compensation', 'unemployment-benefit', 'other-support', 'none'];
// Common first languages among sponsors, so that the agency can book an interpreter.
const languages = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'ku', 'tr', 'pl', 'es', 'fr', 'other'];

export const sponsorQuestionnaireForm = defineForm({
  id: 'sponsor-questionnaire',
  version: 1,
  title: 'sponsorQuestionnaire.title',
  sections: ['identity', 'income', 'housing', 'relationship', 'contact'].map((id) => ({ id, title: `sponsorQuestionnaire.sections.${id}` })),
  pages: [
    // Who answers is known from the e-ID (R-SPQ-02): the wizard fills in {name} and
    // {personalIdentityNumber}; they are never typed.
    {
      id: 'identity',
      section: 'identity',
      title: 'sponsorQuestionnaire.pages.identity.title',
      fields: [{ id: 'identityFromEid', type: 'content', paragraphs: ['sponsorQuestionnaire.identity.p1', 'sponsorQuestionnaire.identity.p2'] }],
    },

    // Work and income: the sponsor must be able to support themselves.
    {
      id: 'livelihood',
      section: 'income',
      fields: [
        { ...withHint('livelihood'), type: 'radios', options: options('livelihood', livelihoods) },
        { ...withHint('otherSupport'), type: 'textarea', maxLength: 2000, showIf: { field: 'livelihood', equals: 'other-support' } },
      ],
    },
    {
      id: 'employment',
      section: 'income',
      title: 'sponsorQuestionnaire.pages.employment.title',
      showIf: { field: 'livelihood', equals: 'employed' },
      fields: [
        { ...field('employerName'), type: 'text', autocomplete: 'organization', maxLength: 200 },
        { ...withHint('employedSince'), type: 'date', past: true },
        { ...field('employmentType'), type: 'radios', options: options('employmentType', ['permanent', 'fixed-term', 'probationary', 'hourly']) },
        { ...withHint('fixedTermEnds'), type: 'date', future: true, showIf: { field: 'employmentType', equals: 'fixed-term' } },
      ],
    },
    {
      id: 'business',
      section: 'income',
      title: 'sponsorQuestionnaire.pages.business.title',
      showIf: { field: 'livelihood', equals: 'self-employed' },
      fields: [
        { ...field('companyName'), type: 'text', maxLength: 200 },
        { ...withHint('organisationNumber'), type: 'text', maxLength: 20 },
        { ...withHint('businessSince'), type: 'date', past: true },
      ],
    },
    {
      id: 'monthly-income',
      section: 'income',
      showIf: { not: { field: 'livelihood', equals: 'none' } },
      fields: [
        { ...withHint('monthlyIncome'), type: 'money', max: 1_000_000 },
      ],
    },

    // Housing: a home large enough for the sponsor and the relative.
    { id: 'home-address', section: 'housing', fields: [{ ...label('homeAddress'), hint: hint('homeAddress'), name: 'sponsorQuestionnaire.fields.homeAddress.name', type: 'address', fixedCountry: 'SE' }] },
    {
      id: 'tenure',
      section: 'housing',
      fields: [{ ...withHint('tenure'), type: 'radios', options: options('tenure', ['rented-first-hand', 'rented-second-hand', 'owned-house', 'tenant-owned', 'lodger']) }],
    },
    // Renting from someone who is not the landlord: for how long, and whether they agree.
    {
      id: 'tenancy',
      section: 'housing',
      title: 'sponsorQuestionnaire.pages.tenancy.title',
      showIf: { field: 'tenure', oneOf: ['rented-second-hand', 'lodger'] },
      fields: [
        { ...withHint('contractEnds'), type: 'date', future: true, optional: true },
        yesNo('landlordAgrees', true),
      ],
    },
    {
      id: 'home-size',
      section: 'housing',
      title: 'sponsorQuestionnaire.pages.home-size.title',
      fields: [
        { ...withHint('floorArea'), type: 'area', max: 2000 },
        { ...withHint('rooms'), type: 'number', min: 1, max: 50 },
      ],
    },
    { id: 'household', section: 'housing', fields: [yesNo('othersLiveThere', true)] },
    {
      id: 'household-members',
      section: 'housing',
      showIf: yes('othersLiveThere'),
      fields: [
        list('householdMembers', [
          { ...field('householdName'), type: 'text', maxLength: 200 },
          { ...withHint('householdAge'), type: 'number', min: 0, max: 130 },
          { ...withHint('householdRelation'), type: 'text', maxLength: 100 },
        ]),
      ],
    },

    // The relationship, as the sponsor tells it: the applicant is a close relative (a parent, an
    // adult child, a sibling…), never a spouse or partner, so these are the application's own
    // questions (R-APP-02) asked from the other side, with nothing about a couple.
    {
      id: 'relation',
      section: 'relationship',
      fields: [
        { ...field('relation'), type: 'radios', options: options('relation', ['parent', 'adult-child', 'sibling', 'grandparent', 'other']) },
        { ...field('relationOther'), type: 'text', maxLength: 200, showIf: { field: 'relation', equals: 'other' } },
      ],
    },
    { id: 'moved-to-sweden', section: 'relationship', fields: [{ ...withHint('movedToSweden'), type: 'date', past: true }] },
    { id: 'lived-together', section: 'relationship', fields: [yesNo('livedTogether', true)] },
    {
      id: 'lived-together-periods',
      section: 'relationship',
      showIf: yes('livedTogether'),
      fields: [
        list('livingPeriods', [
          { ...withHint('periodFrom'), type: 'date', past: true },
          { ...withHint('periodTo'), type: 'date', past: true },
          { ...field('periodCountry'), type: 'country' },
        ]),
      ],
    },
    {
      id: 'met-since-moving',
      section: 'relationship',
      fields: [
        yesNo('metSinceMoving'),
        { ...withHint('lastMet'), type: 'date', past: true, showIf: yes('metSinceMoving') },
        { ...field('lastMetCountry'), type: 'country', showIf: yes('metSinceMoving') },
      ],
    },
    { id: 'dependency', section: 'relationship', fields: [{ ...withHint('dependency'), type: 'textarea', maxLength: 3000 }] },
    {
      id: 'support',
      section: 'relationship',
      fields: [
        yesNo('sendsMoney', true),
        { ...withHint('supportPerMonth'), type: 'money', min: 1, max: 1_000_000, showIf: yes('sendsMoney') },
      ],
    },
    {
      id: 'relative-family',
      section: 'relationship',
      fields: [{ ...withHint('relativeHasFamily'), type: 'radios', options: options('relativeHasFamily', ['yes', 'no', 'dont-know']) }],
    },

    // Contact, in case the agency needs to reach the sponsor.
    {
      id: 'languages',
      section: 'contact',
      fields: [
        { ...withHint('languages'), type: 'checkboxes', options: options('languages', languages) },
        { ...field('otherLanguages'), type: 'text', maxLength: 200, showIf: { field: 'languages', equals: 'other' } },
      ],
    },
    {
      id: 'contact-details',
      section: 'contact',
      title: 'sponsorQuestionnaire.pages.contact-details.title',
      fields: [
        { ...withHint('contactEmail'), type: 'email' },
        { ...withHint('contactPhone'), type: 'phone' },
      ],
    },
  ],
  stops: [],
  submission: { kind: 'answer-case' },
});
