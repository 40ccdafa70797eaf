import { PARAMS } from '@/lib/assign/types';
import { LANGS } from '@/lib/content/langs';
import { PENDING } from './dom';
import { SCRIPT_KEY, SIZE_KEY, SIZES, THEME_KEY, THEMES } from './prefs';
import { SHOW_KEY } from './show';

/**
 * Runs in <head> before the body is parsed, so the first paint already shows the
 * languages chosen by `?show=` or remembered in localStorage: no flash, no layout shift.
 * Until it runs (or with scripts off) <html> has no data-show and CSS shows every language.
 * It mirrors parseShow() in ./show.ts; tests/unit/reader/bootScript.test.ts holds them together.
 * It also applies the remembered theme, text size and Chinese script (./prefs.ts), for the
 * same reason. It marks the page pending (data-pending) on a worksheet link with a query, so
 * that the prerendered worksheet stays hidden until its island has applied the assignment
 * (app/_components/assign/worksheet/Worksheet.tsx, globals.css), and on a reader link that
 * assigns something, so that the language bar, the banner and the article show once the
 * assignment is applied (and a class link's class box knows the class) instead of moving as
 * it is (CLS 0, issue #15; AssignmentBanner.tsx, StudentClass.tsx). `show` alone assigns
 * nothing: that is the plain reader.
 */
const ASSIGNS = PARAMS.filter((param) => param !== 'show');

export const bootScript = `(function(){var d=document.documentElement,L=${JSON.stringify(LANGS)};
function p(v){if(!v)return null;var w=String(v).toLowerCase().split(/[\\s,]+/),a=L.filter(function(l){return w.indexOf(l)>=0});return a.length?a:null}
var q=new URLSearchParams(location.search),s=null;try{s=p(q.get('show'))||p(localStorage.getItem(${JSON.stringify(SHOW_KEY)}))}catch(e){}
d.setAttribute('data-show',(s||['en']).join(' '));
if(/[/]worksheet$/.test(location.pathname)?location.search.length>1:/[/]articles[/][^/]+$/.test(location.pathname)&&${JSON.stringify(ASSIGNS)}.some(function(k){return q.has(k)}))d.setAttribute(${JSON.stringify(PENDING)},'');
try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)}),z=localStorage.getItem(${JSON.stringify(SIZE_KEY)});
if(${JSON.stringify(THEMES)}.indexOf(t)>0)d.setAttribute('data-theme',t);if(localStorage.getItem(${JSON.stringify(SCRIPT_KEY)})==='hant')d.setAttribute('data-zh','hant');if(${JSON.stringify(SIZES)}.indexOf(z)>=0&&z!=='m')d.setAttribute('data-size',z)}catch(e){}})();`;
