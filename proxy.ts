import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Redirects `/` to the best locale (cookie from the language switcher first, then
// Accept-Language) and keeps the NEXT_LOCALE cookie in sync with the locale visited.
const intl = createMiddleware(routing);

const BAD_REQUEST = [
  'Bad request: this address is not valid.',
  '잘못된 요청입니다: 주소가 올바르지 않습니다.',
  '错误的请求：此地址无效。',
].join('\n');

export default function proxy(request: NextRequest) {
  // A path with broken percent-encoding (/%zz) cannot be decoded: next-intl and the router
  // would throw and answer 500. It is the client's error, so say so.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse(BAD_REQUEST, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  // Next's own assets and files with an extension are served as they are.
  if (/^\/(?:_next|api|_vercel)\/|\.[^/]*$/.test(request.nextUrl.pathname)) return NextResponse.next();
  return intl(request);
}

// Every path, so that broken encodings are caught everywhere; see the early return above.
export const config = { matcher: '/:path*' };
