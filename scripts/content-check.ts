// npm run content:check [-- DIR]: validates all content (content/ unless DIR is given) and
// prints every problem as `file:line: what is wrong (how to fix)`. Exits 1 when there is one.
// `npm run build` runs it first.
import path from 'node:path';
import { checkContent, formatProblem } from '../lib/content/check';

const dir = path.resolve(process.argv[2] ?? 'content');
const problems = checkContent(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\ncontent:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log('content:check: all content is valid');
