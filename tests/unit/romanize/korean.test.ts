import { describe, expect, it } from 'vitest';
import { romanizeKorean, splitKoreanName } from '@/lib/romanize/korean';
import { RULE_EXAMPLES as R } from './rr-examples';

// The rule text capitalises proper nouns; in word mode the result is lower case.
const lower = (s: string) => s.toLowerCase();

describe('romanizeKorean, word mode: the rule text examples', () => {
  const ordinary = [
    ...R.assimilation.filter(([k]) => k !== '신문로'),
    ...R.addedSounds,
    ...R.palatalization,
    ...R.aspiration,
    ...R.nounH,
    ...R.tensificationUnwritten,
    ...R.letters,
    ...R.capitals,
  ];
  it.each(ordinary)('%s → %s', (hangul, latin) => {
    expect(romanizeKorean(hangul)).toBe(lower(latin));
  });

  it.each(R.hyphen)('%s → %s with hyphens where syllables could be misread', (hangul, latin) => {
    expect(romanizeKorean(hangul, { hyphenate: true })).toBe(lower(latin));
  });

  it('leaves the optional hyphens out by default', () => {
    expect(romanizeKorean('중앙')).toBe('jungang');
  });
});

describe('romanizeKorean, place mode', () => {
  // 백마 is a common noun: the rule text writes it in lower case.
  const placeNames = R.assimilation.filter(([k]) => k !== '백마');
  it.each([...R.places, ...R.features, ...placeNames, ...R.capitals, ...R.nounH])(
    '%s → %s',
    (hangul, latin) => {
      expect(romanizeKorean(hangul, { mode: 'place' })).toBe(latin);
    },
  );

  it.each([
    ['서울', 'Seoul'],
    ['대구', 'Daegu'],
    ['중구', 'Jung-gu'],
    ['울릉도', 'Ulleungdo'],
    ['경기도', 'Gyeonggi-do'],
  ])('%s → %s', (hangul, latin) => {
    expect(romanizeKorean(hangul, { mode: 'place' })).toBe(latin);
  });
});

describe('romanizeKorean, name mode', () => {
  it.each(R.names)('%s → %s', (hangul, latin) => {
    expect(romanizeKorean(hangul, { mode: 'name' })).toBe(latin);
  });

  it.each(R.names)('%s → %s, %s with hyphens', (hangul, _, hyphenated) => {
    expect(romanizeKorean(hangul, { mode: 'name', hyphenate: true })).toBe(hyphenated);
  });

  it.each([
    ['강경화', 'Gang Gyeong-hwa'],
    ['문재인', 'Mun Jae-in'],
    ['남궁민', 'Namgung Min'],
    ['제갈공명', 'Jegal Gong-myeong'],
    ['선우 용녀', 'Seonu Yong-nyeo'],
  ])('%s → %s', (hangul, latin) => {
    expect(romanizeKorean(hangul, { mode: 'name', hyphenate: true })).toBe(latin);
  });

  it('recognises two-syllable family names', () => {
    expect(splitKoreanName('황보관')).toEqual({ family: '황보', given: '관' });
    expect(splitKoreanName('황관')).toEqual({ family: '황', given: '관' });
  });
});

describe('romanizeKorean, input that is not a Korean word', () => {
  it.each([
    ['', ''],
    ['THAAD', 'THAAD'],
    ['ㅋㅋ', 'ㅋㅋ'],
    ['🙂', '🙂'],
    ['사드 THAAD 🙂', 'sadeu THAAD 🙂'],
    ['北京 베이징', '北京 beijing'],
  ])('%j → %j', (input, output) => {
    expect(romanizeKorean(input)).toBe(output);
  });
});
