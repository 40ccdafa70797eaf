import type { Lang } from '@/lib/content/langs';

/** A plain-text article: headline on the first line, paragraphs separated by blank lines. */
export type ArticleText = { headline: string; dateline?: string; paragraphs: string[] };

export class InputError extends Error {
  override name = 'InputError';
}

/** Longest paragraph accepted: wire paragraphs are a few sentences. */
export const MAX_PARAGRAPH = 2000;

// Where a wire story says where it comes from, before its first sentence.
const DATELINE: Record<Lang, RegExp> = {
  // SEOUL (Yonhap) --   BUSAN, South Korea (AP) —   BEIJING --
  en: /^([A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][A-Za-z.'’ -]+)?(?:\s*\([^)]{1,40}\))?\s*(?:--|—|–))\s*/,
  // (서울=연합뉴스)
  ko: /^(\([^()=]{1,20}=[^()]{1,20}\))\s*/,
  // 韩联社北京11月22日电 / 新华社北京11月22日电（记者…）
  zh: /^([\p{Script=Han}]{2,12}\d{1,2}月\d{1,2}日电(?:（[^）]{1,30}）)?)\s*/u,
};

/** Reads the text of one language; throws an InputError that says what is wrong. */
export function parseArticleText(raw: string, lang: Lang, label: string): ArticleText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(`${label} is empty`);
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const [first, ...rest] = blocks;
  const [headline, ...firstRest] = first!.split('\n');
  // The headline is the first line; what follows it without a blank line is the first paragraph.
  const join = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .join(lang === 'zh' ? '' : ' ');
  const paragraphs = [...(firstRest.length ? [firstRest.join('\n')] : []), ...rest].map(join);
  if (paragraphs.length === 0)
    throw new InputError(`${label} has a headline but no paragraphs (separate paragraphs with a blank line)`);
  paragraphs.forEach((p, i) => {
    if ([...p].length > MAX_PARAGRAPH) {
      throw new InputError(
        `${label}: paragraph ${i + 1} has ${[...p].length} characters, more than ${MAX_PARAGRAPH} (split it, or check for missing blank lines)`,
      );
    }
  });
  [headline!, ...paragraphs].forEach((p, i) => {
    if (/[<>]/.test(p)) {
      throw new InputError(
        `${label}: ${i === 0 ? 'the headline' : `paragraph ${i}`} contains < or >; articles are plain text (remove the markup)`,
      );
    }
  });
  const m = DATELINE[lang].exec(paragraphs[0]!);
  if (m && m[0].length < paragraphs[0]!.length) {
    paragraphs[0] = paragraphs[0]!.slice(m[0].length);
    return { headline: headline!.trim(), dateline: m[1]!.trim(), paragraphs };
  }
  return { headline: headline!.trim(), paragraphs };
}

/** Decodes a file's bytes as UTF-8, refusing anything else. */
export function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${label} is not UTF-8 text (save it as UTF-8)`);
  }
}
