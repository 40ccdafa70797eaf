import { LANGS } from '@/lib/content/langs';
import { SCRIPT_KEY, SIZE_KEY, SIZES, THEME_KEY, THEMES } from './prefs';
import { SHOW_KEY } from './show';

/**
 * Runs in <head> before the body is parsed, so the first paint already shows the
 * languages chosen by `?show=` or remembered in localStorage: no flash, no layout shift.
 * Until it runs (or with scripts off) <html> has no data-show and CSS shows every language.
 * It mirrors parseShow() in ./show.ts; tests/unit/reader/bootScript.test.ts holds them together.
 * It also applies the remembered theme, text size and Chinese script (./prefs.ts), for the
 * same reason. On a worksheet link with a query it marks the page pending (data-pending), so
 * that the prerendered worksheet stays hidden until its island has applied the assignment
 * (app/_components/assign/worksheet/Worksheet.tsx, globals.css).
 */
export const bootScript = `(function(){var d=document.documentElement,L=${JSON.stringify(LANGS)};
function p(v){if(!v)return null;var w=String(v).toLowerCase().split(/[\\s,]+/),a=L.filter(function(l){return w.indexOf(l)>=0});return a.length?a:null}
var s=null;try{s=p(new URLSearchParams(location.search).get('show'))||p(localStorage.getItem(${JSON.stringify(SHOW_KEY)}))}catch(e){}
d.setAttribute('data-show',(s||['en']).join(' '));
if(location.search.length>1&&/[/]worksheet$/.test(location.pathname))d.setAttribute('data-pending','');
try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)}),z=localStorage.getItem(${JSON.stringify(SIZE_KEY)});
if(${JSON.stringify(THEMES)}.indexOf(t)>0)d.setAttribute('data-theme',t);if(localStorage.getItem(${JSON.stringify(SCRIPT_KEY)})==='hant')d.setAttribute('data-zh','hant');if(${JSON.stringify(SIZES)}.indexOf(z)>=0&&z!=='m')d.setAttribute('data-size',z)}catch(e){}})();`;
