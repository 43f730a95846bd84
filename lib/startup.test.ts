import { describe, expect, test } from 'vitest';
import { deploymentProblems } from './startup';

describe('settings of a public deployment', () => {
  const live = {
    APP_URL: 'https://anknytning.example',
    STRIPE_SECRET_KEY: 'sk_live_x',
    STRIPE_WEBHOOK_SECRET: 'whsec_x',
    UPLOADTHING_TOKEN: 'token',
  };
  test('a public address refuses the local stand-ins, a Stripe test key or missing settings; loopback allows them', () => {
    expect(deploymentProblems(live)).toEqual([]);
    expect(deploymentProblems({ ...live, STRIPE_API_BASE: 'http://127.0.0.1:4200' })).toHaveLength(1);
    expect(deploymentProblems({ ...live, STRIPE_SECRET_KEY: 'sk_test_x' })).toEqual(['STRIPE_SECRET_KEY is a test key']);
    expect(deploymentProblems({ ...live, UPLOADTHING_INGEST_URL: 'http://localhost:4400' })).toHaveLength(1);
    expect(deploymentProblems({ APP_URL: 'https://anknytning.example' })).toHaveLength(2);
    expect(deploymentProblems({ APP_URL: 'http://127.0.0.1:3000', STRIPE_SECRET_KEY: 'sk_test_x', UPLOADTHING_INGEST_URL: 'http://127.0.0.1:1' })).toEqual([]);
  });

  test('R-SPQ-03 a public address refuses a clock that tests may move; loopback allows it', () => {
    expect(deploymentProblems({ ...live, ADJUSTABLE_CLOCK: '1' })).toEqual(['ADJUSTABLE_CLOCK must not be set: it is for tests only']);
    expect(deploymentProblems({ APP_URL: 'http://127.0.0.1:3000', ADJUSTABLE_CLOCK: '1' })).toEqual([]);
  });
});
