import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RULE_EXAMPLES as R } from './rr-examples';

function run(args: string[], input = '') {
  const result = spawnSync('node', ['--import', 'tsx', 'scripts/romanize.ts', ...args], {
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (s: string) => s.replace(/\n$/, '').split('\n');

// Each case starts node with tsx (about a second, more on a busy two-core machine).
describe('npm run romanize', { timeout: 20_000 }, () => {
  it('answers the rule examples read from standard input, one line each, in word mode', () => {
    const examples = [...R.aspiration, ...R.palatalization, ...R.tensificationUnwritten, ...R.letters];
    const out = run([], examples.map(([k]) => k).join('\n') + '\n');
    expect(out.status).toBe(0);
    expect(lines(out.stdout)).toEqual(examples.map(([, v]) => v.toLowerCase()));
  });

  it('answers the place examples with --place', () => {
    const out = run(['--place'], [...R.places, ...R.features].map(([k]) => k).join('\n'));
    expect(lines(out.stdout)).toEqual([...R.places, ...R.features].map(([, v]) => v));
  });

  it('answers the name examples with --name, with and without --hyphen', () => {
    const input = R.names.map(([k]) => k).join('\n');
    expect(lines(run(['--name'], input).stdout)).toEqual(R.names.map(([, v]) => v));
    expect(lines(run(['--name', '--hyphen'], input).stdout)).toEqual(R.names.map(([, , h]) => h));
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
