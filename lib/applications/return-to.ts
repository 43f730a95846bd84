/**
 * The one way back a wizard page knows (R-APP-06): opened from check-your-answers, it leads
 * back there. Its `returnTo` travels in the page's address, its form and the round trips of
 * its uploads and removals; any other value is dropped, so nothing can send the person elsewhere.
 */
export const isReturnToSummary = (returnTo: unknown): boolean => returnTo === 'check-answers';

/** The query that keeps the way back, after `?` or `&`; '' for any other value. */
export const returnToQuery = (returnTo: unknown, separator: '?' | '&' = '?'): string =>
  isReturnToSummary(returnTo) ? `${separator}returnTo=check-answers` : '';
