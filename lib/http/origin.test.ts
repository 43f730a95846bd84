import { describe, expect, it } from 'vitest';
import { isCrossSite } from './origin';

const headers = (values: Record<string, string>) => new Headers({ host: 'service.example', ...values });

describe('R-X-03 cross-site state changes', () => {
  it('refuses a post another site makes, by Sec-Fetch-Site or by Origin', () => {
    expect(isCrossSite('POST', headers({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSite('POST', headers({ 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isCrossSite('POST', headers({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSite('POST', headers({ origin: 'null' }))).toBe(true);
    expect(isCrossSite('DELETE', headers({ origin: 'https://service.example.evil.example' }))).toBe(true);
  });

  it('lets the service post to itself, reads from anywhere, and callers that are not browsers', () => {
    expect(isCrossSite('POST', headers({ 'sec-fetch-site': 'same-origin', origin: 'https://service.example' }))).toBe(false);
    expect(isCrossSite('POST', headers({ origin: 'http://SERVICE.example' }))).toBe(false);
    expect(isCrossSite('GET', headers({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }))).toBe(false);
    expect(isCrossSite('POST', headers({}))).toBe(false);
  });
});
