// Runs in the browser (the glossary search island): no dependencies.

/** Lower case, no spaces, no tone marks; the same normalisation as searchKeys(). */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s'’\-·]+/g, '');
}

/** Whether an entry whose precomputed keys are `keys` matches what was typed. */
export function matchesQuery(keys: string, query: string): boolean {
  const q = normalize(query);
  return q === '' || keys.includes(q);
}
