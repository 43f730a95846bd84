// Prints how long the form engine takes for one page's validation and for navigating a whole
// application (every page validated, saved answers pruned, next step found), in microseconds.
//   npm run bench:form-engine
import { forms } from '../forms';
import { currentStep, nextStep, pruneHiddenAnswers, validatePage, type Answers } from '../lib/form-engine';

const form = forms['family-reunion']!;
const context = { today: new Date() };

/** One complete set of answers, page by page, as a browser would post them. */
const posts: [string, Record<string, unknown>][] = [
  ['location', { currentLocation: 'home-country' }],
  ['permanent-permit', { hasPermanentPermit: 'no' }],
  ['children', { includesChildren: 'no' }],
  ['sponsor-citizenship', { sponsorIsSwedishCitizen: 'no' }],
  ['ages', { bothAdults: 'yes' }],
  ['web-requirements', { hasEmail: 'yes', canPayByCard: 'yes', canScanDocuments: 'yes' }],
  ['applicant-name', { applicantGivenName: 'Amira', applicantFamilyName: 'Haddad' }],
  ['applicant-birth', { applicantBirthDate: { day: '5', month: '3', year: '1990' } }],
  ['applicant-citizenship', { applicantCitizenship: 'SY' }],
  ['applicant-passport', { passportNumber: 'N0123456', passportExpiry: { day: '1', month: '1', year: '2031' } }],
  ['applicant-residence', { residenceCountry: 'JO', residenceStreet: 'Rainbow Street 12', residenceCity: 'Amman' }],
  ['applicant-contact', { applicantEmail: 'amira@example.org', applicantPhone: '+962 6 123 4567' }],
  ['sponsor-name', { sponsorGivenName: 'Omar', sponsorFamilyName: 'Haddad' }],
  ['sponsor-personnummer', { sponsorPersonnummer: '811218-9876' }],
  ['sponsor-address', { sponsorAddress: { street: 'Storgatan 1', postcode: '211 34', city: 'Malmö' } }],
  ['sponsor-contact', { sponsorEmail: 'omar@example.se', sponsorPhone: '+46 70 123 45 67' }],
  ['sponsor-permit', { sponsorPermit: 'permanent' }],
  ['relationship', { relationship: 'parent' }],
  ['lived-together', { livedTogether: 'yes', livedTogetherCountry: 'SY', livedTogetherSince: { day: '1', month: '1', year: '2000' } }],
  ['dependency', { dependencyDescription: 'My son cares for me every day since my illness.' }],
  ['others-applying', { othersApplying: 'no' }],
  ['embassy', { mission: 'amman' }],
  ['representative', { hasRepresentative: 'no' }],
  ['documents-intro', {}],
  ['document-passport', {}],
  ['document-relationship', {}],
  ['document-dependency', {}],
  ['document-cohabitation', {}],
];

function navigateWholeApplication(): Answers {
  let answers: Answers = {};
  for (const [pageId, input] of posts) {
    const result = validatePage(form, pageId, input, answers, context);
    if (!result.ok) throw new Error(`${pageId}: ${JSON.stringify(result.errors)}`);
    answers = pruneHiddenAnswers(form, { ...answers, ...result.values }, context);
    const step = nextStep(form, pageId, answers, context);
    if (step.kind === 'stop') throw new Error(`stopped at ${step.stop.id}`);
  }
  if (currentStep(form, answers, context).kind !== 'summary') throw new Error('did not reach the summary');
  return answers;
}

function microseconds(work: () => void, rounds: number): number {
  for (let i = 0; i < Math.min(rounds, 200); i++) work(); // warm up
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) work();
  return Number(process.hrtime.bigint() - started) / 1000 / rounds;
}

const answers = navigateWholeApplication();
const onePage = microseconds(() => validatePage(form, 'applicant-contact', posts[11]![1], answers, context), 20_000);
const whole = microseconds(navigateWholeApplication, 500);
console.log(`validate one page (applicant-contact):        ${onePage.toFixed(1)} µs`);
console.log(`navigate a full application (${posts.length} pages):   ${whole.toFixed(0)} µs  (${(whole / posts.length).toFixed(1)} µs a page)`);
