// The application for a residence permit to live with a close relative in Sweden, as data.
// Texts are keys under "familyReunion" in messages/*.json; mission names under "missions".
import { defineForm, type Condition, type Field, type StopPage } from '../../lib/form-engine';
import { missionChoicesFor, missions, neighbourFallbacks } from './missions';
import { no, textsOf, yes } from '../shared/texts';

const { label, hint, field, withHint, options, yesNo } = textsOf('familyReunion');

/** A stop page: why the web application ends here, and what to do instead (R-ELIG-09). */
const stop = (id: string, after: string, when: Condition, paragraphs = 2): StopPage => ({
  id,
  after,
  when,
  title: `familyReunion.stops.${id}.title`,
  paragraphs: Array.from({ length: paragraphs }, (_, index) => `familyReunion.stops.${id}.p${index + 1}`),
});

/** The countries whose residents have at least one mission to choose (R-APP-04). */
const countriesWithMissions = [...new Set(missions.flatMap((mission) => mission.serves)), ...Object.keys(neighbourFallbacks)];
const missionsByCountry = Object.fromEntries(
  countriesWithMissions.map((country) => [country, missionChoicesFor(country).map((choice) => choice.mission.id)]),
);

const documentSlot = (id: string, documentType: string, guidance: string[]): Field => ({
  ...label(id),
  hint: hint(id),
  type: 'document',
  documentType,
  guidance: guidance.map((key) => `familyReunion.documents.${key}`),
  maxFiles: 10,
});

export const familyReunionForm = defineForm({
  id: 'family-reunion',
  version: 2,
  title: 'familyReunion.title',
  sections: ['eligibility', 'applicant', 'sponsor', 'relationship', 'family', 'embassy', 'representative', 'documents'].map((id) => ({
    id,
    title: `familyReunion.sections.${id}`,
  })),
  pages: [
    // Eligibility (R-ELIG-*): before any personal data is asked.
    {
      id: 'location',
      section: 'eligibility',
      fields: [{ ...withHint('currentLocation'), type: 'radios', options: options('currentLocation', ['home-country', 'other-country', 'sweden']) }],
    },
    { id: 'permanent-permit', section: 'eligibility', fields: [yesNo('hasPermanentPermit', true)] },
    { id: 'children', section: 'eligibility', fields: [yesNo('includesChildren', true)] },
    { id: 'sponsor-citizenship', section: 'eligibility', fields: [yesNo('sponsorIsSwedishCitizen')] },
    { id: 'ages', section: 'eligibility', fields: [yesNo('bothAdults', true)] },
    {
      id: 'web-requirements',
      section: 'eligibility',
      title: 'familyReunion.pages.web-requirements.title',
      fields: [yesNo('hasEmail'), yesNo('canPayByCard', true), yesNo('canScanDocuments', true)],
    },

    // About the applicant (R-APP-01).
    {
      id: 'applicant-name',
      section: 'applicant',
      title: 'familyReunion.pages.applicant-name.title',
      fields: [
        { ...withHint('applicantGivenName'), type: 'text', role: 'givenName', autocomplete: 'given-name', maxLength: 100 },
        { ...field('applicantFamilyName'), type: 'text', role: 'familyName', autocomplete: 'family-name', maxLength: 100 },
      ],
    },
    { id: 'applicant-birth', section: 'applicant', fields: [{ ...withHint('applicantBirthDate'), type: 'date', past: true }] },
    { id: 'applicant-citizenship', section: 'applicant', fields: [{ ...field('applicantCitizenship'), type: 'country' }] },
    {
      id: 'applicant-passport',
      section: 'applicant',
      title: 'familyReunion.pages.applicant-passport.title',
      fields: [
        { ...withHint('passportNumber'), type: 'text', maxLength: 20 },
        { ...withHint('passportExpiry'), type: 'date', future: true },
      ],
    },
    {
      id: 'applicant-residence',
      section: 'applicant',
      title: 'familyReunion.pages.applicant-residence.title',
      fields: [
        { ...withHint('residenceCountry'), type: 'country' },
        { ...field('residenceStreet'), type: 'text', autocomplete: 'street-address', maxLength: 200 },
        { ...field('residencePostcode'), type: 'text', autocomplete: 'postal-code', maxLength: 20, optional: true },
        { ...field('residenceCity'), type: 'text', autocomplete: 'address-level2', maxLength: 100 },
      ],
    },
    {
      id: 'applicant-contact',
      section: 'applicant',
      title: 'familyReunion.pages.applicant-contact.title',
      fields: [
        { ...withHint('applicantEmail'), type: 'email', role: 'receiptEmail' },
        { ...withHint('applicantPhone'), type: 'phone' },
      ],
    },

    // About the relative in Sweden (R-APP-01).
    {
      id: 'sponsor-name',
      section: 'sponsor',
      title: 'familyReunion.pages.sponsor-name.title',
      fields: [
        { ...field('sponsorGivenName'), type: 'text', maxLength: 100 },
        { ...field('sponsorFamilyName'), type: 'text', maxLength: 100 },
      ],
    },
    { id: 'sponsor-personnummer', section: 'sponsor', fields: [{ ...withHint('sponsorPersonnummer'), type: 'personnummer', role: 'sponsorIdentityNumber' }] },
    // Each part of an address has its own words (Form.address.*).
    { id: 'sponsor-address', section: 'sponsor', fields: [{ ...label('sponsorAddress'), hint: hint('sponsorAddress'), name: 'familyReunion.fields.sponsorAddress.name', type: 'address', fixedCountry: 'SE' }] },
    {
      id: 'sponsor-contact',
      section: 'sponsor',
      title: 'familyReunion.pages.sponsor-contact.title',
      fields: [
        { ...withHint('sponsorEmail'), type: 'email', role: 'sponsorEmail' },
        { ...field('sponsorPhone'), type: 'phone' },
      ],
    },
    {
      id: 'sponsor-permit',
      section: 'sponsor',
      fields: [{ ...withHint('sponsorPermit'), type: 'radios', options: options('sponsorPermit', ['permanent', 'refugee-or-subsidiary-protection', 'temporary', 'other']) }],
    },

    // The relationship (R-APP-02).
    {
      id: 'relationship',
      section: 'relationship',
      fields: [
        { ...withHint('relationship'), type: 'radios', options: options('relationship', ['parent', 'adult-child', 'sibling', 'grandparent', 'other']) },
        { ...field('relationshipOther'), type: 'text', maxLength: 200, showIf: { field: 'relationship', equals: 'other' } },
      ],
    },
    {
      id: 'lived-together',
      section: 'relationship',
      fields: [
        yesNo('livedTogether', true),
        { ...field('livedTogetherCountry'), type: 'country', showIf: yes('livedTogether') },
        { ...withHint('livedTogetherSince'), type: 'date', past: true, showIf: yes('livedTogether') },
      ],
    },
    { id: 'dependency', section: 'relationship', fields: [{ ...withHint('dependencyDescription'), type: 'textarea', maxLength: 3000 }] },

    // Family members applying together (R-APP-03): each gets an application of their own.
    { id: 'others-applying', section: 'family', fields: [yesNo('othersApplying', true)] },
    {
      id: 'family-members',
      section: 'family',
      showIf: yes('othersApplying'),
      fields: [
        {
          ...withHint('familyMembers'),
          role: 'familyMembers',
          errors: { tooFewItems: 'familyReunion.fields.familyMembers.errors.tooFewItems' },
          type: 'group',
          itemLabel: 'familyReunion.fields.familyMembers.item',
          minItems: 1,
          maxItems: 6,
          fields: [
            { ...field('memberGivenName'), type: 'text', role: 'givenName', maxLength: 100 },
            { ...field('memberFamilyName'), type: 'text', role: 'familyName', maxLength: 100 },
            // Children under 18 apply through the embassy (R-ELIG-01), so each person here is an adult.
            {
              ...field('memberBirthDate'),
              type: 'date',
              past: true,
              validIf: { condition: { field: 'memberBirthDate', ageAtLeast: 18 }, error: 'familyReunion.fields.memberBirthDate.errors.under18' },
            },
            { ...field('memberRelationship'), type: 'select', options: options('memberRelationship', ['spouse', 'partner', 'parent', 'adult-child', 'sibling', 'other']) },
            { ...field('memberPassportNumber'), type: 'text', maxLength: 20 },
          ],
        },
      ],
    },

    // The embassy or consulate-general for the interview (R-APP-04).
    {
      id: 'embassy',
      section: 'embassy',
      fields: [
        {
          ...withHint('mission'),
          role: 'mission',
          type: 'select',
          options: missions.map((mission) => ({ value: mission.id, label: `missions.${mission.id}` })),
          optionsBy: { field: 'residenceCountry', values: missionsByCountry },
        },
        { ...withHint('mayEnterMissionCountry'), type: 'yesNo', showIf: { field: 'residenceCountry', oneOf: Object.keys(neighbourFallbacks) } },
      ],
    },

    // A representative with a power of attorney (R-APP-05).
    { id: 'representative', section: 'representative', fields: [yesNo('hasRepresentative', true)] },
    {
      id: 'representative-details',
      section: 'representative',
      title: 'familyReunion.pages.representative-details.title',
      showIf: yes('hasRepresentative'),
      fields: [
        { ...field('representativeName'), type: 'text', maxLength: 200 },
        { ...field('representativeEmail'), type: 'email' },
        { ...field('representativePhone'), type: 'phone' },
      ],
    },

    // Documents (R-DOC-01..03); which are required follows from the answers (R-DOC-02).
    {
      id: 'documents-intro',
      section: 'documents',
      title: 'familyReunion.pages.documents-intro.title',
      fields: [{ id: 'documentsGuidance', type: 'content', paragraphs: ['p1', 'p2', 'p3'].map((p) => `familyReunion.documents.intro.${p}`) }],
    },
    { id: 'document-passport', section: 'documents', fields: [documentSlot('passportCopy', 'passport', ['passportPages', 'legible', 'machineReadable'])] },
    { id: 'document-relationship', section: 'documents', fields: [documentSlot('relationshipProof', 'relationship-proof', ['translation', 'originalCopy'])] },
    { id: 'document-dependency', section: 'documents', fields: [documentSlot('dependencyCertificate', 'dependency-certificate', ['translation', 'originalCopy'])] },
    {
      id: 'document-cohabitation',
      section: 'documents',
      showIf: yes('livedTogether'),
      fields: [documentSlot('cohabitationProof', 'cohabitation-proof', ['translation', 'originalCopy'])],
    },
    {
      id: 'document-power-of-attorney',
      section: 'documents',
      showIf: yes('hasRepresentative'),
      fields: [documentSlot('powerOfAttorney', 'power-of-attorney', ['form106011', 'signed'])],
    },
  ],
  stops: [
    stop('in-sweden', 'location', { field: 'currentLocation', equals: 'sweden' }),
    stop('permanent-permit', 'permanent-permit', yes('hasPermanentPermit')),
    stop('children', 'children', yes('includesChildren')),
    stop('swedish-citizen', 'sponsor-citizenship', yes('sponsorIsSwedishCitizen')),
    stop('under-18', 'ages', no('bothAdults')),
    stop('no-email', 'web-requirements', no('hasEmail')),
    stop('no-card', 'web-requirements', no('canPayByCard')),
    stop('no-scanning', 'web-requirements', no('canScanDocuments')),
    stop('applicant-under-18', 'applicant-birth', { not: { field: 'applicantBirthDate', ageAtLeast: 18 } }),
    stop('no-mission', 'applicant-residence', { not: { field: 'residenceCountry', oneOf: countriesWithMissions } }),
    stop('may-not-enter', 'embassy', no('mayEnterMissionCountry')),
  ],
  fees: {
    currency: 'SEK',
    perPersonGroup: 'familyMembers',
    rules: [{ id: 'protection', when: { field: 'sponsorPermit', equals: 'refugee-or-subsidiary-protection' }, amount: 0, reason: 'familyReunion.fees.protection' }],
    defaultAmount: 200_000,
    defaultReason: 'familyReunion.fees.standard',
  },
  submission: { kind: 'register-cases', category: 'family-reunion-close-relative', questionnaire: 'sponsor-questionnaire' },
  // Version 2: since 2022 Sweden also grants temporary protection under the EU directive, so
  // the stored value "protection" no longer said which status was meant. It is now
  // "refugee-or-subsidiary-protection", and the label adds "not temporary protection". The
  // version 1 label already named only refugees and subsidiary protection, so a version 1
  // answer keeps its meaning under the new value. Version 1 is derived in earlier-versions.ts.
  migrations: [{ from: 1, to: 2, steps: [{ mapValue: { field: 'sponsorPermit', from: 'protection', to: 'refugee-or-subsidiary-protection' } }] }],
});
