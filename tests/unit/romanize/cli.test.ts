import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RULE_TEXT_CASES } from './case-sets';

function run(args: string[], input = '') {
  const result = spawnSync('node', ['--import', 'tsx', 'scripts/romanize.ts', ...args], {
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (s: string) => s.replace(/\n$/, '').split('\n');
const examples = (mode: string, hyphenate = false) =>
  RULE_TEXT_CASES.filter((c) => c.mode === mode && (c.hyphenate ?? false) === hyphenate);
const inputs = (cases: { input: string }[]) => cases.map((c) => c.input).join('\n') + '\n';
const expected = (cases: { expected: string }[]) => cases.map((c) => c.expected);

// Each case starts node with tsx (about a second, more on a busy two-core machine).
describe('npm run romanize', { timeout: 20_000 }, () => {
  it('answers the rule examples read from standard input, one line each, in word mode', () => {
    const out = run([], inputs(examples('word')));
    expect(out.status).toBe(0);
    expect(lines(out.stdout)).toEqual(expected(examples('word')));
  });

  it('answers the place examples with --place, and with --hyphen where the rule hyphenates', () => {
    expect(lines(run(['--place'], inputs(examples('place'))).stdout)).toEqual(expected(examples('place')));
    const hyphenated = examples('place', true);
    expect(lines(run(['--place', '--hyphen'], inputs(hyphenated)).stdout)).toEqual(expected(hyphenated));
  });

  it('answers the name examples with --name, with and without --hyphen', () => {
    expect(lines(run(['--name'], inputs(examples('name'))).stdout)).toEqual(expected(examples('name')));
    const hyphenated = examples('name', true);
    expect(lines(run(['--name', '--hyphen'], inputs(hyphenated)).stdout)).toEqual(expected(hyphenated));
  });

  it('romanizes its arguments', () => {
    expect(run(['--name', '--hyphen', '강경화']).stdout).toBe('Gang Gyeong-hwa\n');
    expect(run(['--name', '习近平']).stdout).toBe('Xí Jìnpíng\n');
  });

  it('writes an organisation word by word with capitals with --proper (GB/T 16159 §6.3)', () => {
    expect(run(['--proper', '中国共产党']).stdout).toBe('Zhōngguó Gòngchǎndǎng\n');
  });

  it('keeps every line of odd input, in order, without crashing', () => {
    const out = run([], '\n🙂\nㄱㅏ\n사드 THAAD 萨德\n   \n');
    expect(out.status).toBe(0);
    expect(lines(out.stdout)).toEqual(['', '🙂', 'ㄱㅏ', 'sadeu THAAD Sàdé', '   ']);
  });

  it('refuses an unknown option with a one-line reason and the usage', () => {
    const out = run(['--nmae']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^romanize: unknown option --nmae\nusage:/);
  });
});
