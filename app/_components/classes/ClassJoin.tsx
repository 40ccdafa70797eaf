'use client';

import { useSearch } from '@/app/_components/islands/useSearch';
import StudentClass, { type Props } from './StudentClass';

/**
 * The reader's island for a class link (`class=CODE`): on any other link it renders nothing.
 * The student's part is in the reader's one module rather than in a chunk fetched on demand:
 * a class link's script counts toward the reader's 25 KB (issue #15), and a second response
 * cost more than the part itself (README, "Pages without the framework's runtime").
 */
export default function ClassJoin(props: Props) {
  const search = useSearch();
  return search !== null && new URLSearchParams(search).has('class') ? <StudentClass {...props} /> : null;
}
