// npm run measure:align: article:new's alignment draft against the reviewed alignments of the
// articles. A link is a pair of characters (spaces excluded) in two languages that share a
// group; precision is the share of the draft's links the reviewed alignment also makes,
// recall the share of the reviewed links the draft makes. Anchored and proposed groups are
// counted apart: the draft claims confidence only for the anchored ones.
import { draftAlignment } from '../../lib/authoring/align';
import type { StoredPhrase } from '../../lib/content/align';
import { indexMarks } from '../../lib/content/annotate';
import type { Lang } from '../../lib/content/langs';
import { getArticles, getLexicon, getNames } from '../../lib/content/load';

/** The group of every non-space character, in text order. */
const groupsByChar = (phrases: readonly StoredPhrase[]) =>
  phrases.flatMap(([text, group]) => [...text].filter((c) => !/\s/.test(c)).map(() => group));

const index = indexMarks({ names: getNames(), terms: getLexicon() });
const tally = { anchored: { links: 0, right: 0 }, proposed: { links: 0, right: 0 }, reviewed: 0, found: 0 };
const rows: string[] = [];
for (const article of getArticles()) {
  for (const p of article.paragraphs) {
    if (!p.align) continue;
    const draft = draftAlignment(p.id, p.text, index);
    if (!draft) continue;
    const anchored = new Set(draft.report.groups.anchored);
    for (const [a, b] of [
      ['en', 'ko'],
      ['en', 'zh'],
      ['ko', 'zh'],
    ] as [Lang, Lang][]) {
      const [da, db] = [groupsByChar(draft.align[a]), groupsByChar(draft.align[b])];
      const [ha, hb] = [groupsByChar(p.align[a]), groupsByChar(p.align[b])];
      da.forEach((g, i) =>
        db.forEach((h, j) => {
          const reviewed = ha[i]! > 0 && ha[i] === hb[j];
          if (reviewed) tally.reviewed++;
          if (g === 0 || g !== h) return;
          const kind = anchored.has(g) ? tally.anchored : tally.proposed;
          kind.links++;
          if (reviewed) {
            kind.right++;
            tally.found++;
          }
        }),
      );
    }
    const r = draft.report;
    rows.push(
      `${article.slug} ${p.id}: ${(r.anchored * 100).toFixed(0)} % anchored, ${(r.proposed * 100).toFixed(0)} % proposed`,
    );
  }
}
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`;
for (const row of rows) console.log(row);
console.log(
  `anchored links: ${tally.anchored.right}/${tally.anchored.links} right = ${pct(tally.anchored.right, tally.anchored.links)}`,
);
console.log(
  `proposed links: ${tally.proposed.right}/${tally.proposed.links} right = ${pct(tally.proposed.right, tally.proposed.links)}`,
);
console.log(`reviewed links the draft makes: ${tally.found}/${tally.reviewed} = ${pct(tally.found, tally.reviewed)}`);
