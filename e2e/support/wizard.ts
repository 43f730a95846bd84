import fs from 'node:fs';
import path from 'node:path';
import { testFiles } from '../../test/files';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y';
import { waitForHydration } from './hydration';
import type en from '../../messages/en.json';

export type Messages = typeof en;
const read = (locale: string): Messages =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `../../messages/${locale}.json`), 'utf8'));
export const messagesFor = { sv: read('sv'), en: read('en'), ar: read('ar') } as const;
type Fields = Messages['familyReunion']['fields'] & Messages['sponsorQuestionnaire']['fields'];

/** Which form a wizard fills: its texts' namespace and the address its pages live under. */
export interface WizardForm {
  texts: 'familyReunion' | 'sponsorQuestionnaire';
  base: string;
}
export const applicationForm: WizardForm = { texts: 'familyReunion', base: 'apply' };
/** The sponsor's questionnaire about one application. */
export const questionnaireOf = (applicationId: string): WizardForm => ({ texts: 'sponsorQuestionnaire', base: `sponsor/questionnaires/${applicationId}` });

/** Fills wizard pages by their visible labels, as a person would. */
export class Wizard {
  constructor(
    readonly page: Page,
    readonly locale: 'sv' | 'en' | 'ar',
    /** Run axe on every page the wizard reaches. */
    readonly checkEveryPage = false,
    readonly form: WizardForm = applicationForm,
  ) {}

  get m(): Messages {
    return messagesFor[this.locale];
  }

  label(field: keyof Fields): string {
    return (this.m[this.form.texts].fields as Record<string, { label: string }>)[field]!.label;
  }

  /** The label of one option of a question of the form. */
  option(field: keyof Fields, value: string): string {
    return (this.m[this.form.texts].options as Record<string, Record<string, string>>)[field]![value]!;
  }

  async start() {
    await this.page.goto(`/${this.locale}/apply`);
    await expect(this.page).toHaveURL(new RegExp(`/${this.locale}/apply/location$`));
  }

  async yesNo(field: keyof Fields, answer: 'yes' | 'no') {
    const group = this.page.getByRole('group', { name: this.label(field) });
    await group.getByLabel(answer === 'yes' ? this.m.Form.yes : this.m.Form.no, { exact: true }).check();
  }

  async choose(field: keyof Fields, optionLabel: string) {
    await this.page.getByRole('group', { name: this.label(field) }).getByLabel(optionLabel, { exact: true }).check();
  }

  async fill(field: keyof Fields, value: string) {
    await this.page.getByLabel(this.label(field), { exact: true }).fill(value);
  }

  async select(field: keyof Fields, optionLabel: string) {
    await this.page.getByLabel(this.label(field), { exact: true }).selectOption({ label: optionLabel });
  }

  async date(field: keyof Fields, day: string, month: string, year: string) {
    const group = this.page.getByRole('group', { name: this.label(field) });
    await group.getByLabel(this.m.Ui.day, { exact: true }).fill(day);
    await group.getByLabel(this.m.Ui.month, { exact: true }).fill(month);
    await group.getByLabel(this.m.Ui.year, { exact: true }).fill(year);
  }

  async continue(expectedPath?: string) {
    if (this.checkEveryPage) await expectNoAxeViolations(this.page);
    await this.page.getByRole('button', { name: this.m.Form.continue }).click();
    if (expectedPath) await expect(this.page).toHaveURL(new RegExp(`/${this.locale}/${this.form.base}/${expectedPath}(\\?|#|$)`));
  }

  /** Answers the eligibility questions so that the web application is possible. */
  async passEligibility() {
    const o = this.m.familyReunion.options;
    await this.choose('currentLocation', o.currentLocation['home-country']);
    await this.continue('permanent-permit');
    await this.yesNo('hasPermanentPermit', 'no');
    await this.continue('children');
    await this.yesNo('includesChildren', 'no');
    await this.continue('sponsor-citizenship');
    await this.yesNo('sponsorIsSwedishCitizen', 'no');
    await this.continue('ages');
    await this.yesNo('bothAdults', 'yes');
    await this.continue('web-requirements');
    await this.yesNo('hasEmail', 'yes');
    await this.yesNo('canPayByCard', 'yes');
    await this.yesNo('canScanDocuments', 'yes');
    await this.continue('applicant-name');
  }

  country(code: string): string {
    return new Intl.DisplayNames([this.locale], { type: 'region' }).of(code)!;
  }

  /** The applicant's pages, from their name to their contact details. */
  async aboutYou({ residence = 'JO' } = {}) {
    await this.fill('applicantGivenName', 'Amira');
    await this.fill('applicantFamilyName', 'Haddad');
    await this.continue('applicant-birth');
    await this.date('applicantBirthDate', '5', '3', '1990');
    await this.continue('applicant-citizenship');
    await this.fromCitizenshipToContact({ residence });
    await this.fill('applicantEmail', 'amira@example.org');
    await this.fill('applicantPhone', '+962 6 123 4567');
    await this.continue('sponsor-name');
  }

  /** The applicant's citizenship, passport and residence, ending on the contact page. */
  async fromCitizenshipToContact({ residence = 'JO' } = {}) {
    await this.select('applicantCitizenship', this.country('SY'));
    await this.continue('applicant-passport');
    await this.fill('passportNumber', 'N0123456');
    await this.date('passportExpiry', '1', '1', '2031');
    await this.continue('applicant-residence');
    await this.select('residenceCountry', this.country(residence));
    await this.fill('residenceStreet', 'Rainbow Street 12');
    await this.fill('residenceCity', 'Amman');
    await this.continue('applicant-contact');
  }

  /** The rows of "Family members applying with you", by number from 1. */
  familyMember(number: number) {
    return this.page.getByRole('group', { name: `${this.m.familyReunion.fields.familyMembers.item} ${number}` });
  }

  /** Fills row `number` of the family members with one spouse. */
  async fillFamilyMember(number: number, { givenName = 'Layla', familyName = 'Haddad', bornIn = '1965' } = {}) {
    const row = this.familyMember(number);
    const born = row.getByRole('group', { name: this.label('memberBirthDate') });
    await row.getByLabel(this.label('memberGivenName'), { exact: true }).fill(givenName);
    await row.getByLabel(this.label('memberFamilyName'), { exact: true }).fill(familyName);
    await born.getByLabel(this.m.Ui.day).fill('2');
    await born.getByLabel(this.m.Ui.month).fill('2');
    await born.getByLabel(this.m.Ui.year).fill(bornIn);
    await row.getByLabel(this.label('memberRelationship')).selectOption({ label: this.m.familyReunion.options.memberRelationship.spouse });
    await row.getByLabel(this.label('memberPassportNumber')).fill('N7654321');
  }

  /** The relative's pages after the personal identity number, to the relationship question. */
  async sponsorAfterPersonnummer({ permit = 'permanent' as keyof Messages['familyReunion']['options']['sponsorPermit'], email = 'omar@example.se' } = {}) {
    await this.page.getByLabel(this.m.Form.address.street, { exact: true }).fill('Storgatan 1');
    await this.page.getByLabel(this.m.Form.address.postcode, { exact: true }).fill('211 34');
    await this.page.getByLabel(this.m.Form.address.city, { exact: true }).fill('Malmö');
    await this.continue('sponsor-contact');
    await this.fill('sponsorEmail', email);
    await this.fill('sponsorPhone', '+46 70 123 45 67');
    await this.continue('sponsor-permit');
    await this.choose('sponsorPermit', this.m.familyReunion.options.sponsorPermit[permit]);
    await this.continue('relationship');
  }

  /** The relative's name and personal identity number, on to their address. */
  async sponsorNameAndNumber(personnummer = '811218-9876') {
    await this.fill('sponsorGivenName', 'Omar');
    await this.fill('sponsorFamilyName', 'Haddad');
    await this.continue('sponsor-personnummer');
    await this.fill('sponsorPersonnummer', personnummer);
    await this.continue('sponsor-address');
  }

  /** From the first page to the relationship question, as Amira in Jordan. */
  async toRelationship() {
    await this.start();
    await this.passEligibility();
    await this.aboutYou();
    await this.sponsorNameAndNumber();
    await this.sponsorAfterPersonnummer();
  }

  /** From the relative's address to the family members page, with others applying. */
  async toFamilyMembers() {
    await this.sponsorAfterPersonnummer();
    await this.relationship();
    await this.yesNo('othersApplying', 'yes');
    await this.continue('family-members');
  }

  /** Ticks the declaration on check-your-answers that the answers are true and complete, as sending needs. */
  async declare() {
    await this.page.getByLabel(this.m.Form.declaration.confirm, { exact: true }).check();
  }

  /** Uploads a file on the current document page and waits for it to be kept. */
  async upload(file: { name: string; bytes: Buffer }, mimeType = 'application/pdf') {
    // From the page without an earlier outcome, so that the next one is seen arriving.
    const page = new URL(this.page.url());
    if (page.search) {
      await this.page.goto(page.pathname);
      if (test.info().project.use.javaScriptEnabled !== false) await waitForHydration(this.page);
    }
    await this.page.getByLabel(this.m.Form.upload.fileLabel).setInputFiles({ name: file.name, mimeType, buffer: file.bytes });
    await this.page.getByRole('button', { name: this.m.Form.upload.uploadButton }).click();
    // The file goes to UploadThing and back through every check: slow on a busy machine.
    await expect(this.page).toHaveURL(/\?upload=/, { timeout: 30_000 });
    await expect(this.page.locator('.ak-error-summary, .ak-notification--success')).not.toHaveCount(0);
  }

  /** From the applicant's name to check-your-answers, in English, optionally with one family member and the documents. */
  async toCheckAnswers({ withFamilyMember = false, withDocuments = false, exempt = false, sponsor = { personnummer: '811218-9876', email: 'omar@example.se' } } = {}) {
    await this.aboutYou();
    await this.sponsorNameAndNumber(sponsor.personnummer);
    // A sponsor with refugee or subsidiary protection: no fee (the form's fee rule).
    await this.sponsorAfterPersonnummer({ permit: exempt ? 'refugee-or-subsidiary-protection' : 'permanent', email: sponsor.email });
    await this.relationship();
    await this.yesNo('othersApplying', withFamilyMember ? 'yes' : 'no');
    if (withFamilyMember) {
      await this.continue('family-members');
      await this.fillFamilyMember(1);
    }
    await this.continue('embassy');
    await this.select('mission', `Amman (${this.country('JO')})`);
    await this.continue('representative');
    await this.yesNo('hasRepresentative', 'no');
    await this.continue('documents-intro');
    await this.continue('document-passport');
    for (const next of ['document-relationship', 'document-dependency', 'document-cohabitation', 'check-answers']) {
      if (withDocuments) {
        await this.upload(testFiles.pdf);
        await expect(this.page.getByText(this.m.Form.upload.kept)).toBeVisible();
      }
      await this.continue(next);
    }
  }

  /** The relationship pages, ending on "is anyone else applying with you?". */
  async relationship() {
    await this.choose('relationship', this.m.familyReunion.options.relationship.parent);
    await this.continue('lived-together');
    await this.yesNo('livedTogether', 'yes');
    await this.select('livedTogetherCountry', this.country('SY'));
    await this.date('livedTogetherSince', '1', '6', '2015');
    await this.continue('dependency');
    await this.fill('dependencyDescription', 'My son cares for me every day.');
    await this.continue('others-applying');
  }
}
