import type { ReactNode } from 'react';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx (it needs the locale) and in
// app/not-found.tsx for paths outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
