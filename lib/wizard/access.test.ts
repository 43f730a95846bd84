import { describe, expect, test } from 'vitest';
import { decide } from '@/lib/identity/access';
import { wizardAccess } from '.';

// Who may fill in and send each wizard (R-X-03): the application's draft may be anyone's until
// sign-in, but only someone signed in sends it; a questionnaire is its sponsor's throughout.
describe('R-X-03 R-SPQ-02 access to the wizards', () => {
  test('anyone may fill in an application; sending it asks to sign in first', async () => {
    expect(await decide(wizardAccess('application', null), null)).toBeNull();
    expect(await decide(wizardAccess('application', null, 'send'), null)).toBe('sign-in');
  });

  test('a questionnaire, filled in or sent, is one record of the sponsor area: the e-ID person the application names', () => {
    const id = '00000000-0000-4000-8000-000000000302';
    for (const purpose of ['fill', 'send'] as const) expect(wizardAccess('questionnaire', id, purpose)).toEqual({ record: 'sponsor/questionnaires', id });
  });
});
