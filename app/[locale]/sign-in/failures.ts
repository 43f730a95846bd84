/**
 * Why an e-ID sign-in came back without signing in, and so what the person should do. The
 * codes are those of the e-ID callback (app/api/auth/callback/…): the broker's own OpenID
 * Connect errors, better-auth's and the service's.
 */
export type EidFailure = 'cancelled' | 'restart' | 'unavailable' | 'barred' | 'failed';

const kinds: Record<string, Exclude<EidFailure, 'failed'>> = {
  // The person chose "Cancel" at the e-ID.
  access_denied: 'cancelled',
  // The sign-in's state did not come back with the browser: too slow, another window or
  // address, cookies refused, or an old callback address opened again.
  state_mismatch: 'restart',
  state_security_mismatch: 'restart',
  state_not_found: 'restart',
  state_invalid: 'restart',
  please_restart_the_process: 'restart',
  invalid_callback_request: 'restart',
  no_code: 'restart',
  invalid_code: 'restart',
  'no-session': 'restart',
  // The broker or the exchange with it failed.
  server_error: 'unavailable',
  temporarily_unavailable: 'unavailable',
  invalid_request: 'unavailable',
  invalid_scope: 'unavailable',
  unauthorized_client: 'unavailable',
  unsupported_response_type: 'unavailable',
  login_required: 'unavailable',
  interaction_required: 'unavailable',
  consent_required: 'unavailable',
  oauth_provider_not_found: 'unavailable',
  issuer_missing: 'unavailable',
  issuer_mismatch: 'unavailable',
  nonce_binding_missing: 'unavailable',
  unable_to_get_user_info: 'unavailable',
  email_not_found: 'unavailable',
  no_callback_url: 'unavailable',
  state_generation_error: 'unavailable',
  internal_server_error: 'unavailable',
  unable_to_create_user: 'unavailable',
  unable_to_create_session: 'unavailable',
  unable_to_link_account: 'unavailable',
  // The account is barred (R-TOU-04).
  barred: 'barred',
};

/**
 * The failure an `error` parameter names; null when there is none. The most telling code wins
 * when there are several (`?error=eid&error=state_mismatch`); a code we do not know, or none
 * ("eid"), still gets a message.
 */
export function eidFailureOf(error: string | string[] | undefined): EidFailure | null {
  if (error === undefined) return null;
  const codes = typeof error === 'string' ? [error] : error;
  for (const code of codes) if (Object.hasOwn(kinds, code)) return kinds[code]!;
  return 'failed';
}
