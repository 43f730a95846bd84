import { describe, expect, test } from 'vitest';
import { eidFailureOf } from './failures';

describe('R-MS-01 R-X-01 eidFailureOf: what a failed e-ID sign-in tells the person', () => {
  test('no error parameter: no message', () => {
    expect(eidFailureOf(undefined)).toBeNull();
  });

  test.each([
    ['access_denied', 'cancelled'],
    ['state_mismatch', 'restart'],
    ['state_not_found', 'restart'],
    ['invalid_code', 'restart'],
    ['no-session', 'restart'],
    ['server_error', 'unavailable'],
    ['issuer_mismatch', 'unavailable'],
    ['unable_to_get_user_info', 'unavailable'],
    ['barred', 'barred'],
  ])('%s: %s', (code, failure) => {
    expect(eidFailureOf(code)).toBe(failure);
  });

  test('repeated: the most telling code wins, in any order', () => {
    expect(eidFailureOf(['eid', 'state_mismatch'])).toBe('restart');
    expect(eidFailureOf(['access_denied', 'eid'])).toBe('cancelled');
  });

  test.each([['eid'], [''], ['something_new'], ['toString'], ['__proto__'], [['eid', 'eid']], [[]]])(
    'unknown or empty (%j): still a message',
    (error) => {
      expect(eidFailureOf(error)).toBe('failed');
    },
  );
});
