import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_WHY } from '@/lib/content/align';
import { checkContent, checkContentReport, formatProblem } from '@/lib/content/check';

// A small valid content folder (tests/fixtures/content-check), broken one rule at a time.
const FIXTURE = path.resolve('tests/fixtures/content-check');
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (rel: string) => path.join(dir, rel);
const edit = (rel: string, change: (text: string) => string) => {
  const text = fs.readFileSync(file(rel), 'utf8');
  const next = change(text);
  if (next === text) throw new Error(`the edit did not change ${rel}`);
  fs.writeFileSync(file(rel), next);
};
const ARTICLE = 'articles/demo/article.json';
// Rules about the text itself, checked without p1's alignment (which a changed text breaks).
const unalign = (t: string) => t.replace(/,\n\s*"align": \{[\s\S]*?\n {6}\}/, '');
const TERMS = 'articles/demo/terms.json';
const lines = () => checkContent(dir).map(formatProblem);

describe('content:check', () => {
  it('passes valid content', () => {
    expect(checkContent(dir)).toEqual([]);
  });

  it('points at the line of a JSON syntax error', () => {
    edit(ARTICLE, (t) => t.replace('"slug": "demo",', '"slug": "demo"'));
    expect(lines()).toEqual([
      expect.stringMatching(/^content\/articles\/demo\/article\.json:3: JSON syntax error: CommaExpected \(/),
    ]);
  });

  it('requires every language of a published article', () => {
    edit(ARTICLE, (t) => t.replace(/\n\s*"ko": "당국자들은[^\n]*/, ''));
    expect(lines()).toEqual([
      'content/articles/demo/article.json:24: "paragraphs.1.text.ko" is missing (add paragraphs.1.text.ko (string))',
    ]);
  });

  it('lets a draft lack its translations', () => {
    edit(ARTICLE, (t) => t.replace('"published",', '"draft",').replace(/\n\s*"ko": "당국자들은[^\n]*/, ''));
    expect(lines()).toEqual([]);
  });

  it('names an unknown field', () => {
    edit(ARTICLE, (t) => t.replace('"slug": "demo",', '"slug": "demo",\n  "sluggish": true,'));
    expect(lines()).toEqual([
      expect.stringMatching(
        /^content\/articles\/demo\/article\.json:1: unknown field "sluggish" in the file \(remove it or fix its spelling\)$/,
      ),
    ]);
  });

  it('requires the slug to be the folder name', () => {
    edit(ARTICLE, (t) => t.replace('"slug": "demo"', '"slug": "other"'));
    expect(lines()).toEqual([
      'content/articles/demo/article.json:2: slug "other" differs from the folder\'s name (make it "demo" or rename the folder)',
    ]);
  });

  it('catches translations shifted by a paragraph', () => {
    const article = JSON.parse(unalign(fs.readFileSync(file(ARTICLE), 'utf8')));
    const [a, b] = article.paragraphs;
    [a.text.ko, b.text.ko] = [b.text.ko, a.text.ko];
    fs.writeFileSync(file(ARTICLE), JSON.stringify(article, null, 2));
    expect(lines()).toEqual(
      expect.arrayContaining([
        expect.stringContaining("the ko text of p1 names who and what p2's English does, not its own"),
      ]),
    );
  });

  it('catches a translation far too short for its English', () => {
    edit(ARTICLE, (t) => unalign(t).replace('两国领导人周一在首尔举行首脑会晤，同意不久后再次会面。', '首脑会晤。'));
    expect(lines()).toEqual([
      expect.stringMatching(
        /article\.json:13: the zh text of p1 is far shorter than its English \(0\.07 of its length\) \(check that it translates this paragraph/,
      ),
    ]);
  });

  it('finds lexicon ids used twice across files', () => {
    fs.writeFileSync(
      file('lexicon/more.json'),
      '[\n{"id": "summit", "en": "summit", "pos": "noun", "forms": [], "def": {"en": "Again.", "ko": "다시", "zh": "再"}, "ko": {"term": "정상회담"}, "zh": {"term": "首脑会晤"}, "note": {"en": "Again.", "ko": "다시", "zh": "再"}, "example": "Again."}\n]\n',
    );
    expect(lines()).toEqual([
      'content/lexicon/more.json:2: id "summit" is already used in content/lexicon/diplomacy.json (give this entry another id or merge the two)',
    ]);
  });

  it('finds name ids used twice', () => {
    edit('names/names.json', (t) => t.replace('"id": "tokyo"', '"id": "seoul"'));
    expect(lines()).toEqual([expect.stringMatching(/^content\/names\/names\.json:13: "1\.id" duplicate id "seoul"/)]);
  });

  it('requires a suppressed match to be in its paragraph', () => {
    edit(TERMS, (t) => t.replace('"text": "talks"', '"text": "negotiations"'));
    expect(lines()).toEqual([
      'content/articles/demo/terms.json:3: "negotiations" is not in the en text of p2 (copy the text exactly as it stands in article.json, or remove the entry)',
    ]);
  });

  it('requires a paragraph that exists', () => {
    edit(TERMS, (t) => t.replace('"paragraph": "p2"', '"paragraph": "p9"'));
    expect(lines()).toEqual(['content/articles/demo/terms.json:3: paragraph "p9" does not exist (use one of p1…p2)']);
  });

  it('requires a marked term to be in the lexicon', () => {
    edit(TERMS, (t) =>
      t.replace('"mark": []', '"mark": [{ "lang": "en", "paragraph": "p1", "text": "leaders", "term": "leader" }]'),
    );
    expect(lines()).toEqual([expect.stringMatching(/terms\.json:4: term "leader" is not in the lexicon/)]);
  });

  it('requires a marked name to be registered', () => {
    edit(TERMS, (t) =>
      t.replace('"mark": []', '"mark": [{ "lang": "ko", "paragraph": "p2", "text": "도쿄", "name": "tokio" }]'),
    );
    expect(lines()).toEqual([expect.stringMatching(/terms\.json:4: name "tokio" is not in the names registry/)]);
  });

  it('refuses unreviewed names in a published article', () => {
    fs.writeFileSync(
      file('articles/demo/names.todo.json'),
      JSON.stringify(
        [{ text: 'Busan', paragraphs: ['p1'], guess: 'name', candidates: { hangul: [], zh: [] } }],
        null,
        2,
      ),
    );
    expect(lines()).toEqual([
      expect.stringMatching(/names\.todo\.json:3: "Busan" is not reviewed, and the article is published/),
    ]);
  });

  it('refuses a file that is not UTF-8', () => {
    fs.writeFileSync(file('lexicon/latin1.json'), Buffer.from([0x5b, 0xe9, 0x5d]));
    expect(lines()).toEqual(['content/lexicon/latin1.json:1: is not readable UTF-8 text (save it as UTF-8)']);
  });

  it('refuses an article folder without article.json', () => {
    fs.mkdirSync(file('articles/empty'));
    expect(lines()).toEqual([
      'content/articles/empty:1: has no article.json (add one with npm run article:new, or remove the folder)',
    ]);
  });

  describe('lexicon rules', () => {
    const LEXICON = 'lexicon/diplomacy.json';

    it("refuses a form that is another entry's term", () => {
      edit(LEXICON, (t) =>
        t.replace('"zh": {"term": "会谈"}', '"zh": {"term": "会谈", "forms": ["会谈", "首脑会晤"]}'),
      );
      expect(lines()).toEqual([
        'content/lexicon/diplomacy.json:3: the zh form "首脑会晤" of "talks" is also a term or form of "summit" (content/lexicon/diplomacy.json) (a form may mark one concept only: narrow the forms of one entry, or merge the two)',
      ]);
    });

    it('refuses a form found inside a registered name in the articles', () => {
      edit('names/names.json', (t) =>
        t.replace(
          '\n]',
          ',\n  {"id": "korea-china-japan", "kind": "system", "origin": "ko", "en": "Korea, China and Japan", "hangul": "한중일", "zh": {"hans": "中日韩", "hant": "中日韓"}, "forms": {"en": ["Korea, China and Japan"], "ko": ["한중일"], "zh": ["中日韩"]}, "role": {"en": "The three countries", "ko": "세 나라", "zh": "三国"}}\n]',
        ),
      );
      edit(ARTICLE, (t) => t.replace('당국자들은 다음 회담이', '당국자들은 다음 한중일 회담이'));
      edit(LEXICON, (t) => t.replace('"ko": {"term": "회담"}', '"ko": {"term": "회담", "forms": ["회담", "한중"]}'));
      expect(lines()).toEqual([
        expect.stringMatching(
          /^content\/lexicon\/diplomacy\.json:3: the ko form "한중" of "talks" occurs inside the name "한중일" \(articles\/demo p2\)/,
        ),
      ]);
    });

    it('refuses an entry marked in one language of the articles whose forms in another match nothing', () => {
      edit(LEXICON, (t) => t.replace('"ko": {"term": "회담"}', '"ko": {"term": "협의"}'));
      expect(lines()).toEqual([
        expect.stringMatching(
          /^content\/lexicon\/diplomacy\.json:3: "talks" is marked in the zh text of the articles but its ko forms \(협의\) match nothing there/,
        ),
      ]);
    });

    it('accepts a translation listed as rendering a term without a markable word', () => {
      edit(LEXICON, (t) => t.replace('"ko": {"term": "회담"}', '"ko": {"term": "협의"}'));
      edit(TERMS, (t) =>
        t.replace(
          '"mark": []',
          '"mark": [],\n  "untranslated": [{ "term": "talks", "lang": "ko", "paragraph": "p2", "why": "the Korean says 다음 회담 as 다음 만남" }]',
        ),
      );
      expect(lines()).toEqual([]);
    });

    it('refuses Hanja that does not read as its Hangul', () => {
      edit(LEXICON, (t) => t.replace('"ko": {"term": "정상회담"}', '"ko": {"term": "정상회담", "hanja": "頂上會議"}'));
      expect(lines()).toEqual([
        expect.stringMatching(
          /^content\/lexicon\/diplomacy\.json:2: the Hanja "頂上會議" reads "정상회의", which is not in "정상회담"/,
        ),
      ]);
    });

    it('refuses Simplified characters in Hanja', () => {
      edit(LEXICON, (t) => t.replace('"ko": {"term": "정상회담"}', '"ko": {"term": "정상회담", "hanja": "頂上会談"}'));
      expect(lines()).toEqual([
        expect.stringMatching(
          /diplomacy\.json:2: the Hanja "頂上会談" has Simplified characters \(会\) \(write them as Korean does, in traditional forms: 頂上會談\)/,
        ),
      ]);
    });

    it('accepts a second reading of a Hanja listed with its source', () => {
      edit(LEXICON, (t) =>
        t.replace('"ko": {"term": "정상회담"}', '"ko": {"term": "패배", "hanja": "敗北", "forms": ["정상회담"]}'),
      );
      expect(lines()).toEqual([expect.stringMatching(/the Hanja "敗北" reads "패북", which is not in "패배"/)]);
      fs.mkdirSync(file('hanja'));
      fs.writeFileSync(
        file('hanja/readings.json'),
        JSON.stringify({ 北: { readings: ['배'], source: '표준국어대사전 「패배(敗北)」' } }),
      );
      expect(lines()).toEqual([]);
    });
  });

  describe('phrase alignment', () => {
    it('refuses phrases that do not spell the paragraph', () => {
      edit(ARTICLE, (t) => t.replace('[" held a summit", 2]', '[" held a meeting", 2]'));
      expect(lines()).toEqual([
        'content/articles/demo/article.json:16: "paragraphs.0.align.en.1": the en phrases do not spell the paragraph\'s text: they part at character 20 ("summit in Se" in the text, "meeting in S" in the phrases) (copy the en text into the phrases exactly; spaces and punctuation ride with a phrase)',
      ]);
    });

    it('refuses groups numbered out of English order', () => {
      edit(ARTICLE, (t) => t.replace('[" in Seoul", 3], [" on Monday", 4]', '[" in Seoul", 4], [" on Monday", 3]'));
      expect(lines()).toEqual([
        expect.stringMatching(/article\.json:16: "paragraphs\.0\.align\.en\.2": group 4 comes where group 3 should/),
      ]);
    });

    it('refuses a group in one language only', () => {
      edit(ARTICLE, (t) => t.replace('["同意", 5], ["不久后再次会面。", 6]', '["同意", 5], ["不久后再次会面。", 7]'));
      expect(lines()).toEqual([
        expect.stringMatching(/article\.json:18: "paragraphs\.0\.align\.zh\.6": group 7 is only in the zh text/),
      ]);
    });

    it('refuses an unaligned phrase that is not listed', () => {
      edit(ARTICLE, (t) => t.replace('[" 열고", 2]', '[" 열고", 0]'));
      expect(lines()).toEqual([
        expect.stringMatching(
          /article\.json:17: "paragraphs\.0\.align\.ko\.4": the unaligned ko phrase " 열고" is not listed in "unaligned"/,
        ),
      ]);
    });

    it('refuses an unaligned entry that no phrase uses', () => {
      edit(ARTICLE, (t) => t.replace('["两国", 0], ["领导人", 1]', '["两国领导人", 1]'));
      expect(lines()).toEqual([
        expect.stringMatching(
          /article\.json:19: "paragraphs\.0\.align\.unaligned\.0\.text": "unaligned" lists "两国", which is not a group-0 phrase/,
        ),
      ]);
    });

    it('refuses a phrase boundary inside a marked name', () => {
      edit(ARTICLE, (t) => t.replace('[" in Seoul", 3]', '[" in Seo", 3], ["ul", 3]'));
      expect(lines()).toEqual([
        'content/articles/demo/article.json:16: the en name "Seoul" (seoul) in p1 is cut by a phrase boundary (move the boundary so that one phrase holds the whole name)',
      ]);
    });

    it('refuses a phrase boundary inside a term terms.json marks', () => {
      edit(TERMS, (t) =>
        t.replace('"mark": []', '"mark": [{ "lang": "zh", "paragraph": "p1", "text": "同意不久", "term": "talks" }]'),
      );
      expect(lines()).toEqual([
        expect.stringMatching(/article\.json:18: the zh term "同意不久" \(talks\) in p1 is cut by a phrase boundary/),
      ]);
    });

    it('refuses proposed groups in a published article and keeps them in a draft', () => {
      edit(ARTICLE, (t) => t.replace('"unaligned": [', '"proposed": [4, 6],\n        "unaligned": ['));
      expect(lines()).toEqual([
        expect.stringMatching(
          /article\.json:19: "paragraphs\.0\.align\.proposed": groups 4, 6 were proposed by article:new and are not reviewed \(check each proposed group/,
        ),
      ]);
      edit(ARTICLE, (t) => t.replace('"published",', '"draft",'));
      expect(lines()).toEqual([]);
    });

    it("refuses article:new's placeholder why in a published article", () => {
      edit(ARTICLE, (t) =>
        t.replace(/"why": "Chinese copy says whose leaders[^"]*"/, `"why": ${JSON.stringify(DRAFT_WHY)}`),
      );
      expect(lines()).toEqual([
        expect.stringMatching(
          /article\.json:19: "paragraphs\.0\.align\.unaligned\.0\.why": article:new left "两国" unaligned and nobody has said why/,
        ),
      ]);
    });

    it('reports the coverage of every aligned paragraph', () => {
      // 两国 (2 of the Chinese 27 characters, spaces excluded) is the only unaligned phrase.
      expect(checkContentReport(dir).coverage).toEqual([
        {
          article: 'demo',
          paragraph: 'p1',
          coverage: { en: 1, ko: 1, zh: 25 / 27, all: (61 + 30 + 25) / (61 + 30 + 27) },
        },
      ]);
    });
  });

  it('refuses a pinyin reading with a syllable for each character missing', () => {
    fs.mkdirSync(file('romanization'));
    fs.writeFileSync(
      file('romanization/chinese-readings.json'),
      JSON.stringify(
        {
          readings: [{ hanzi: '便宜从事', pinyin: 'biàn yí cóng', source: '现代汉语词典 便宜从事' }],
          surnames: [],
          words: [],
        },
        null,
        2,
      ),
    );
    expect(lines()).toEqual([
      expect.stringMatching(
        /^content\/romanization\/chinese-readings\.json:\d+: "readings\.0\.pinyin" one syllable for each character/,
      ),
    ]);
  });

  it('passes the project’s own content', () => {
    expect(checkContent(path.resolve('content')).map(formatProblem)).toEqual([]);
  });
});
