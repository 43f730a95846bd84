import { describe, expect, test } from 'vitest';
import { createNonce, pageContentSecurityPolicy } from './csp';

describe('page Content-Security-Policy', () => {
  test('lets scripts run only with the nonce, never inline or eval in production', () => {
    const policy = pageContentSecurityPolicy('abc123');
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  test('nonces are fresh 128-bit values', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
