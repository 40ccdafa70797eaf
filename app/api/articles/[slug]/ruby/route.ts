import { publishedSlugs } from '@/lib/content/load';
import { html } from '@/lib/html';
import { hantPhrases } from '@/lib/reader/align';
import { chineseRuby, koreanRuby } from '@/lib/reader/ruby';
import { toTraditional } from '@/lib/romanize/traditional';
import { articleFile } from '../articleFile';

// A static file written at build time: each paragraph's Korean and Chinese (Simplified and
// Traditional) with pronunciation ruby, as HTML. The reader fetches it only when a reader
// turns pronunciation on, so the reading page does not carry it. Aligned paragraphs keep their
// phrase spans (lib/reader/align.ts), so the phrase highlight works with ruby on.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = publishedSlugs;

export const GET = articleFile((article) => {
  const lead = (text: string | undefined, ruby: (t: string) => ReturnType<typeof html>) =>
    text ? html`<span class="dateline">${ruby(text)} </span>` : '';
  const paragraphs = Object.fromEntries(
    article.paragraphs.map((p, i) => {
      const dateline = i === 0 ? article.dateline : undefined;
      return [
        p.id,
        {
          ko: html`${lead(dateline?.ko, (t) => koreanRuby([t]))}${koreanRuby(p.segments.ko, p.align?.ko)}`.value,
          zh: html`${lead(dateline?.zh, (t) => chineseRuby([t]))}${chineseRuby(p.segments.zh, p.segments.zh, p.align?.zh)}`
            .value,
          hant: html`${lead(dateline?.zh, (t) => chineseRuby([t], [toTraditional(t)]))}${chineseRuby(
            p.segments.zh,
            p.hant,
            p.align && hantPhrases(p.align.zh, p.hant),
          )}`.value,
        },
      ];
    }),
  );
  return { paragraphs };
});
