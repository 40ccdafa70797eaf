// npm run romanize -- [--name|--place|--proper] [--hyphen] [TEXT…]
// Prints the romanization of TEXT, or of each line of standard input, one line per line.
import { createInterface } from 'node:readline';
import { romanize, type Mode } from '../lib/romanize';

const USAGE = `usage: npm run romanize -- [--name|--place|--proper] [--hyphen] [TEXT…]
  Hangul → Revised Romanization, Chinese characters → pinyin; anything else is kept.
  Without TEXT, reads standard input and answers each line in order.
  --name    personal names: family name, a space, the given name (강경화 → Gang Gyeonghwa)
  --place   place names: capitals, administrative units hyphenated (제주도 → Jeju-do)
  --proper  organisations: every word capitalised (中国共产党 → Zhōngguó Gòngchǎndǎng)
  --hyphen  with --name, a hyphen in the given name (Gang Gyeong-hwa); otherwise hyphens
            where syllables could be misread (중앙 → jung-ang)`;

let mode: Mode = 'word';
let hyphenate = false;
const words: string[] = [];
for (const arg of process.argv.slice(2)) {
  if (arg === '--name') mode = 'name';
  else if (arg === '--place') mode = 'place';
  else if (arg === '--proper') mode = 'proper';
  else if (arg === '--hyphen') hyphenate = true;
  else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith('--')) {
    console.error(`romanize: unknown option ${arg}\n${USAGE}`);
    process.exit(2);
  } else words.push(arg);
}

if (words.length > 0) {
  console.log(romanize(words.join(' '), mode, hyphenate));
} else {
  if (process.stdin.isTTY) console.error('romanize: reading lines from standard input (Ctrl-D to end)');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) console.log(romanize(line, mode, hyphenate));
}
