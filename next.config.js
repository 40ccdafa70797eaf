import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const dev = process.env.NODE_ENV === 'development';

// Only the site's own resources. Scripts need 'unsafe-inline': a prerendered Next.js page
// carries its React payload in inline <script> tags, and the reader's head script
// (lib/reader/bootScript.ts) sets the languages before first paint; nonces would need a
// server render per request, which the static pages avoid. Dev mode also needs eval.
// The reader, library, glossary and My words pages, served without Next's scripts
// (scripts/islands.ts), add a stricter policy in a <meta>: scripts from the site and the
// head script by hash, no other inline code.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// No Cross-Origin-Opener-Policy: the site opens no windows and keeps no secrets for one to
// leak, and `same-origin` made the browser move every page opened from a link or a new tab
// into a new process after the response arrived. On the reader that cost 100–200 ms of
// blocked main thread in Lighthouse's phone emulation (README, "Performance").
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // pinyin-pro's complete dictionary (lib/romanize/chinese.ts) is a 19 MB module: bundling it
  // made the build crawl. Node loads it as it is, when the pages are prerendered.
  // The database drivers are native (better-sqlite3) or load optional modules (pg): Node loads them.
  serverExternalPackages: ['pinyin-pro', '@pinyin-pro/data', 'better-sqlite3', 'pg'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The page kinds' islands modules and their chunks are named by their content's hash (scripts/islands.ts),
      // like Next's own /_next/static files: a new build gives new names, so a browser may keep
      // them for good instead of revalidating on every page load. Pages keep revalidating.
      // A class's dashboard: its address holds the teacher key. No Referer carries it away, no
      // cache keeps the page or the API's answers, no search engine lists them (lib/classes/http.ts
      // sets the same on every response; these rules come after the site-wide ones to win).
      ...['/:locale/classes/:key', '/api/classes/:path*', '/api/submissions'].map((source) => ({
        source,
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cache-Control', value: 'no-store' },
          { key: 'X-Robots-Tag', value: 'noindex' },
        ],
      })),
      { source: '/islands/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
