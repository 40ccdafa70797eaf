import { routing } from '@/i18n/routing';

// Renders for paths that reach no locale at all, such as /unknown.txt: the proxy skips
// paths with a dot, so app/[locale]/layout.tsx gets an invalid locale and calls notFound().
// No locale is known here, so the page speaks all three.
const TEXT = {
  en: { title: 'Page not found', back: 'Articles in English' },
  ko: { title: '페이지를 찾을 수 없습니다', back: '한국어로 기사 보기' },
  zh: { title: '找不到页面', back: '中文文章列表' },
} as const;

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <head>
        <title>Page not found · 페이지를 찾을 수 없습니다 · 找不到页面</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main id="main" className="not-found">
          {routing.locales.map((locale) => (
            <section key={locale} lang={locale === 'zh' ? 'zh-Hans' : locale}>
              <h1>{TEXT[locale].title}</h1>
              <p>
                <a href={`/${locale}`}>{TEXT[locale].back}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
