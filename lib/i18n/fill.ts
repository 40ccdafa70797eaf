/**
 * Fills `{name}` placeholders of an interface string in a client island. The islands get
 * their strings from the server as raw messages (no intl runtime in the browser); these
 * strings use plain placeholders only, no plurals or selects.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
