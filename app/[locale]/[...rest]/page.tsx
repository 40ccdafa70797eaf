import { notFound } from 'next/navigation';

// Catches every unknown path under a locale so that app/[locale]/not-found.tsx renders
// the 404 in the interface language.
export default function CatchAll() {
  notFound();
}
