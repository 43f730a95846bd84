// A complete sponsor questionnaire for the tests: an employed sponsor renting first-hand, who
// lives with a wife and son and lived with the relative applying, their mother, until moving.
import type { Answers } from '@/lib/form-engine';

export const completeSponsorAnswers: Answers = {
  livelihood: 'employed',
  employerName: 'Malmö stad',
  employedSince: { day: '1', month: '9', year: '2019' },
  employmentType: 'permanent',
  monthlyIncome: '32000',
  homeAddress: { street: 'Storgatan 1', postcode: '211 34', city: 'Malmö', country: 'SE' },
  tenure: 'rented-first-hand',
  floorArea: '78',
  rooms: '3',
  othersLiveThere: 'yes',
  householdMembers: [
    { householdName: 'Lina Haddad', householdAge: '38', householdRelation: 'My wife' },
    { householdName: 'Sami Haddad', householdAge: '9', householdRelation: 'My son' },
  ],
  relation: 'parent',
  movedToSweden: { day: '15', month: '8', year: '2016' },
  livedTogether: 'yes',
  livingPeriods: [{ periodFrom: { day: '1', month: '3', year: '2012' }, periodTo: { day: '14', month: '8', year: '2016' }, periodCountry: 'SY' }],
  metSinceMoving: 'yes',
  lastMet: { day: '20', month: '12', year: '2025' },
  lastMetCountry: 'JO',
  dependency: 'My mother cannot live alone since her stroke, and I am the only child who can care for her.',
  sendsMoney: 'yes',
  supportPerMonth: '3000',
  relativeHasFamily: 'no',
  languages: ['ar', 'sv', 'other'],
  otherLanguages: 'Assyrian',
  contactEmail: 'omar@example.se',
  contactPhone: '070-123 45 67',
};
