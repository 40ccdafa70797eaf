/**
 * HTML as strings, for the parts of a page that are static text and that React should neither
 * hydrate nor repeat in its payload as element trees (the reader's paragraphs and cards: see
 * README, "Why the article is HTML"). Like JSX, the `html` tag escapes every value it
 * interpolates unless the value is itself `html`; so text from content can never become markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Attributes from an object: `undefined`, `null` and `false` leave the attribute out. */
export function attrs(values: Record<string, string | number | boolean | null | undefined>): Html {
  return new Html(
    Object.entries(values)
      .filter(([, v]) => v !== undefined && v !== null && v !== false)
      .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
      .join(''),
  );
}
