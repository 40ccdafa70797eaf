'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { Props } from './StudentClass';

/**
 * The reader's island for a class link (`class=CODE`): on any other link it renders nothing
 * and loads nothing, so a plain reading page pays only for this file. The student's part
 * (StudentClass.tsx) is a chunk of its own, fetched when the link names a class.
 */
export default function ClassJoin(props: Props) {
  const [Student, setStudent] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    if (!new URLSearchParams(location.search).has('class')) return;
    import('./StudentClass').then((m) => setStudent(() => m.default)).catch((error: unknown) => reportError(error));
  }, []);
  return Student ? <Student {...props} /> : null;
}
