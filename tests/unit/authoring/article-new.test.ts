import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The command as an author runs it, on fixture texts, writing into a scratch content folder.
const FIX = path.resolve('tests/fixtures/authoring');
let content: string;

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/article-new.ts', ...args],
      {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: content },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}
const fix = (name: string) => path.join(FIX, name);
const all = ['--en', fix('en.txt'), '--ko', fix('ko.txt'), '--zh', fix('zh.txt'), '--meta', fix('meta.json')];

beforeEach(() => {
  content = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  fs.mkdirSync(path.join(content, 'articles'));
});
afterEach(() => fs.rmSync(content, { recursive: true, force: true }));

describe('article:new', { timeout: 20_000 }, () => {
  it('writes a draft article with its terms file, source and names to review', () => {
    const { code, stdout } = run('--slug', 'ban-visits-beijing', ...all);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /alignment p1: \d+ % anchored by names and terms, \d+ % proposed by position \(groups [\d, ]+ to review\)/,
    );
    const dir = path.join(content, 'articles', 'ban-visits-beijing');
    expect(fs.readdirSync(dir).sort()).toEqual(['article.json', 'names.todo.json', 'source.txt', 'terms.json']);
    const article = JSON.parse(fs.readFileSync(path.join(dir, 'article.json'), 'utf8'));
    expect(article.status).toBe('draft');
    expect(article.dateline).toEqual({ en: 'SEOUL (Yonhap) --', ko: '(서울=연합뉴스)', zh: '韩联社首尔11月20日电' });
    expect(article.paragraphs[1].text.ko).toBe('반 전 총장은 정상회의가 기후 문제에 주력해야 한다고 말했다.');
  });

  it('reports terms, known names and new names as JSON, and writes nothing on --dry-run', () => {
    const { code, stdout } = run('--slug', 'ban-visits-beijing', ...all, '--dry-run', '--json');
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(content, 'articles'))).toEqual([]);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['paragraphs', 'terms', 'alignment', 'names', 'warnings']);
    expect(report.terms).toContainEqual(
      expect.objectContaining({ id: 'summit', en: 'summit', ko: '정상회담', zh: '首脑会晤' }),
    );
    expect(report.names).toContainEqual(
      expect.objectContaining({ id: 'beijing', known: true, native: { hangul: '베이징', zh: '北京' } }),
    );
    const ban = report.names.find((n: { text: string }) => n.text === 'Ban Ki-moon');
    expect(ban).toMatchObject({ known: false, guess: 'korean person', paragraphs: ['p1'] });
    expect(ban.candidates.hangul[0]).toMatchObject({ text: '반기문', rr: 'Ban Gimun' });
    expect(ban.candidates.zh[0]).toMatchObject({ text: '潘基文' });
  });

  it('drafts from the English alone, with warnings for what is missing', () => {
    const { code, stdout } = run('--slug', 'english-only', '--en', fix('en.txt'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^no Korean text/), expect.stringMatching(/^no publication date/)]),
    );
  });

  it.each([
    [['--slug', 'x', '--en', fix('missing.txt')], /English file .*missing\.txt does not exist/],
    [['--slug', 'x', '--en', fix('empty.txt')], /the English is empty/],
    [['--slug', 'x', '--en', fix('latin1.txt')], /is not UTF-8 text/],
    [['--slug', 'Not_A_Slug', '--en', fix('en.txt')], /must be lowercase words joined by hyphens/],
    [['--slug', 'x', '--en', fix('en.txt'), '--ko', fix('short.txt')], /the Korean has 1 paragraphs and the English 2/],
    [['--slug', 'x', '--en', fix('long.txt')], /paragraph 1 has 2499 characters, more than 2000/],
    [['--slug', 'x', '--en', fix('html.txt')], /paragraph 1 contains < or >/],
    [['--slug', 'x', '--en', fix('en.txt'), '--meta', fix('bad-meta.json')], /meta file .*"published"/],
    [['--slug', 'x'], /--en is missing/],
    [['--slug', 'x', '--en', fix('en.txt'), '--colour'], /Unknown option '--colour'/],
  ])('refuses bad input with one line and exit 1: %j', (args, message) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(fs.readdirSync(path.join(content, 'articles'))).toEqual([]);
  });

  it('will not replace an article unless told to', () => {
    run('--slug', 'twice', '--en', fix('en.txt'));
    expect(run('--slug', 'twice', '--en', fix('en.txt')).stderr).toMatch(/already exists .*--force/);
    expect(run('--slug', 'twice', '--en', fix('en.txt'), '--force').code).toBe(0);
  });
});
