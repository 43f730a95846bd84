import { describe, expect, test } from 'vitest';
import { canonicalLocation } from './canonical-host.js';

const APP_URL = 'http://127.0.0.1:3000';
const on = (host: string | undefined, url: string, method = 'GET', headers: Record<string, string> = {}) =>
  canonicalLocation({ method, url, headers: { host, ...headers } }, APP_URL);

describe("R-MS-01 pages are served on APP_URL's origin only, so that a sign-in's cookies and the e-ID's return address agree", () => {
  test('a page on another host goes to the same path and query on APP_URL', () => {
    expect(on('localhost:3000', '/en/sign-in?next=%2Fen%2Fmin-sida')).toBe('http://127.0.0.1:3000/en/sign-in?next=%2Fen%2Fmin-sida');
    expect(on('localhost:3000', '/en/sign-in/e-id', 'HEAD')).toBe('http://127.0.0.1:3000/en/sign-in/e-id');
    expect(on('LOCALHOST:3000', '/')).toBe('http://127.0.0.1:3000/');
    expect(on('127.0.0.1:3001', '/sv?a=1&a=2')).toBe('http://127.0.0.1:3000/sv?a=1&a=2');
    expect(canonicalLocation({ method: 'GET', url: '/sv', headers: { host: 'anknytning.example' } }, 'https://www.anknytning.example/')).toBe(
      'https://www.anknytning.example/sv',
    );
  });

  test('a path that looks like another site stays a path of APP_URL', () => {
    expect(on('localhost:3000', '//elsewhere.example/x')).toBe('http://127.0.0.1:3000//elsewhere.example/x');
  });

  test("Next's own requests stay: its files, and the router's fetches it also makes to itself on localhost after a server action's redirect", () => {
    expect(on('localhost:3000', '/en/caseworker?_rsc=x', 'GET', { rsc: '1' })).toBeNull();
    expect(on('localhost:3000', '/_next/static/chunks/app.js')).toBeNull();
  });

  test("APP_URL's own host, the API, posts and requests without a host stay", () => {
    expect(on('127.0.0.1:3000', '/en/sign-in')).toBeNull();
    expect(canonicalLocation({ method: 'GET', url: '/sv', headers: { host: 'anknytning.example' } }, 'https://anknytning.example')).toBeNull();
    expect(on('localhost:3000', '/api/health')).toBeNull();
    expect(on('localhost:3000', '/api/auth/callback/eid?code=x')).toBeNull();
    expect(on('localhost:3000', '/en/sign-in', 'POST')).toBeNull();
    expect(on(undefined, '/en/sign-in')).toBeNull();
    expect(canonicalLocation({ method: 'GET', url: '/sv', headers: { host: 'localhost:3000' } }, undefined)).toBeNull();
  });
});
