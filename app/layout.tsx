import type { ReactNode } from 'react';

// The document (<html>, <body>) is rendered by app/[locale]/layout.tsx, which knows the
// language and direction. This root exists for app/not-found.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
