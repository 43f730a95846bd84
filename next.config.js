import createNextIntlPlugin from 'next-intl/plugin';
import { ACTION_BODY_LIMIT } from './lib/http/request-limits.js';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// On every response, static files included. Pages replace the Content-Security-Policy with
// one that carries a per-request script nonce (proxy.ts); everything else never needs
// scripts, styles or frames.
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Unmatched addresses get app/global-not-found.tsx, rendered on the server (a notFound()
  // thrown inside a route is drawn by the browser only, which fails without JavaScript).
  // authInterrupts: a page that refuses someone calls forbidden() and answers 403
  // (app/[locale]/forbidden.tsx). The server-action body limit comes from the one table the
  // HTTP server enforces too.
  experimental: { globalNotFound: true, authInterrupts: true, serverActions: { bodySizeLimit: ACTION_BODY_LIMIT } },
  // pdf.js (the upload checks, lib/documents/content-pdf.ts) is loaded by Node as published:
  // it finds its optional canvas module and its worker code relative to its own files.
  serverExternalPackages: ['pdfjs-dist'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
