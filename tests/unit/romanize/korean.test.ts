import { describe, expect, it } from 'vitest';
import { romanizeKorean, splitKoreanName } from '@/lib/romanize/korean';
import {
  BLIND_SETS,
  RR_CASES,
  RR_HELD_OUT_CASES,
  rrCaseKey,
  RULE_TEXT_CASES,
  type RrFreshCase,
  type RrKind,
} from './case-sets';

// Every example the rule text prints, in the mode its kind of word takes (sets/rr-rule-text.json): each one
// must come out as printed, not just 99 % of them.
describe('romanizeKorean: the examples of the rule text', () => {
  it.each(RULE_TEXT_CASES.map((c) => [c.input, c.expected, c.mode, c.hyphenate ?? false] as const))(
    '%s → %s (%s mode, hyphens: %s)',
    (hangul, latin, mode, hyphenate) => {
      expect(romanizeKorean(hangul, { mode, hyphenate })).toBe(latin);
    },
  );

  it('leaves the optional hyphens out by default', () => {
    expect(romanizeKorean('중앙')).toBe('jungang');
  });
});

describe('romanizeKorean, place mode', () => {
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

describe('romanizeKorean, where Hangul alone cannot decide (content/romanization/korean-exceptions.json)', () => {
  it.each([
    ['안양', 'place', 'Anyang'],
    ['선유도', 'place', 'Seonyudo'],
    ['금요일', 'word', 'geumyoil'],
    ['답십리', 'place', 'Dapsimni'],
    ['미아사거리', 'place', 'Miasageori'],
    ['목동', 'place', 'Mok-dong'],
    ['안동', 'place', 'Andong'],
    ['의견란', 'word', 'uigyeonnan'],
    ['대관령', 'place', 'Daegwallyeong'],
    ['청계천로', 'place', 'Cheonggyecheonno'],
    ['큰일', 'word', 'keunnil'],
    ['예삿일', 'word', 'yesannil'],
    ['가정용', 'word', 'gajeongnyong'],
    ['우동', 'place', 'U-dong'],
    ['우동', 'word', 'udong'],
    ['신리', 'place', 'Sin-ri'],
  ] as const)('%s (%s) → %s', (hangul, mode, latin) => {
    expect(romanizeKorean(hangul, { mode })).toBe(latin);
  });

  it('finds a listed compound at the start of a word, before its particles', () => {
    expect(romanizeKorean('서울역에서')).toBe('seoullyeogeseo');
    expect(romanizeKorean('깻잎을')).toBe('kkaennipeul');
  });

  it('does not look for a listed compound inside a word (들일 field work, 받아들일 will accept)', () => {
    expect(romanizeKorean('받아들일')).toBe('badadeuril');
  });

  it('applies a Sino-Korean suffix rule only after a two-syllable stem (국가+권력)', () => {
    expect(romanizeKorean('공권력을')).toBe('gonggwonnyeogeul');
    expect(romanizeKorean('국가권력')).toBe('gukgagwollyeok');
  });
});

// The whole Revised Romanization test set (tests/unit/romanize/case-sets.ts): the rule text's
// examples, those of 표준 발음법, official place and station names, and personal names.
// The blind sets (sets/rr-fresh*.json) have the same fields but no kind.
type ScoredCase = RrFreshCase & { kind?: RrKind };
const got = (c: ScoredCase) => romanizeKorean(c.input, { mode: c.mode, hyphenate: c.hyphenate });
const describeFailure = (c: ScoredCase) =>
  `${c.input} (${[c.kind, c.mode, c.hyphenate && 'hyphen'].filter(Boolean).join(', ')}): expected ${c.expected}, got ${got(c)} — ${c.source}`;

function expectScore(cases: readonly ScoredCase[], atLeast: number) {
  const failing = cases.filter((c) => got(c) !== c.expected);
  const score = 1 - failing.length / cases.length;
  expect(
    score,
    `${failing.length} of ${cases.length} wrong:\n${failing.map(describeFailure).join('\n')}`,
  ).toBeGreaterThanOrEqual(atLeast);
}

describe('romanizeKorean on the Revised Romanization test set', () => {
  it('is a wide set: every case sourced, none twice', () => {
    expect(RR_CASES.length).toBeGreaterThanOrEqual(350);
    expect(RR_CASES.filter((c) => c.source.trim() === '')).toEqual([]);
    expect(new Set(RR_CASES.map(rrCaseKey)).size).toBe(RR_CASES.length);
  });

  it('holds out about one case in four', () => {
    const share = RR_HELD_OUT_CASES.length / RR_CASES.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
  });

  it('gets at least 99 % of the whole set right', () => {
    expectScore(RR_CASES, 0.99);
  });

  // The rule text's own examples and personal names (whose spelling the rule fixes without
  // any dictionary knowledge) must all be right; elsewhere a listed word may still be missing.
  it.each([
    ['rule-text', 1],
    ['name', 1],
    ['pronunciation', 0.98],
    ['place', 0.98],
    ['station', 0.98],
  ] as [RrKind, number][])('gets the %s cases right (at least %d)', (kind, atLeast) => {
    expectScore(
      RR_CASES.filter((c) => c.kind === kind),
      atLeast,
    );
  });
});

// The blind sets, written from the authorities by authors who neither read nor ran the romanizer,
// each measured once and then worked on (npm run measure:fresh scores them), each held at what it
// scores, rounded down to a whole percent (the fifth's 뒷얘기 was corrected after its measurement: its
// author wrote dwinnaegi for [뒨ː냬기], which RR spells dwinnyaegi). The sixth misses 밝혀졌다, where
// its author applies 표준 발음법 제5항 다만 1 (졌 [젇]) and RR's 제3장 제1항 lists no such change, and
// 필암서원, whose official Pilamseowon is not RR's reading [피람], and 열일곱, whose [열릴곱] a second
// reader disputes ([여릴곱]): no rule adds ㄴ before 일곱. The seventh misses 값있는 [가빈는] (제15항
// [붙임]): 있다 after a final is not made a rule, since 맛있다 and 멋있다 have [마싣따] as well
// (제15항 다만); its 시옷을 was corrected after the measurement to the author's own [시오슬], sioseul.
describe.each(BLIND_SETS.map((set) => [set.name, set.rr] as const))(
  'romanizeKorean on the %s blind set',
  (_, cases) => {
    it('gets at least 99 % of it right', () => {
      expectScore(cases, 0.99);
    });
  },
);

describe('rules from the sixth blind set', () => {
  it.each([
    ['옛이야기', 'yenniyagi'],
    ['나랏일', 'narannil'],
    ['호박엿', 'hobangnyeot'],
    ['엿새', 'yeotsae'],
    ['멋없다', 'meodeopda'],
    ['값없는', 'gabeomneun'],
  ])(
    'adds ㄴ after the tens before 일곱, after 옛 and 나랏, and before 엿 (taffy) (제29항, 제30항 3): %s → %s',
    (word, latin) => {
      expect(romanizeKorean(word)).toBe(latin);
    },
  );
});

describe('rules from the fifth blind set', () => {
  it.each([
    ['열여섯', 'yeollyeoseot'],
    ['스물여덟', 'seumullyeodeol'],
    ['서른여덟', 'seoreunnyeodeol'],
    ['마흔여섯', 'maheunnyeoseot'],
  ])('adds ㄴ between the tens and 여섯 or 여덟 (제29항 [붙임 1]): %s → %s', (word, latin) => {
    expect(romanizeKorean(word)).toBe(latin);
  });

  it('leaves the tens alone before other numbers (스물다섯 seumuldaseot)', () => {
    expect(romanizeKorean('스물다섯')).toBe('seumuldaseot');
  });

  it.each([
    ['윗입술', 'winnipsul'],
    ['아랫입술', 'araennipsul'],
    ['뒷윷', 'dwinnyut'],
  ])('reads 사이시옷 before 이 야 여 요 유 as [ㄴㄴ] (제30항 3): %s → %s', (word, latin) => {
    expect(romanizeKorean(word)).toBe(latin);
  });

  it('carries 사이시옷 over as [ㄷ] before another vowel (윗옷 [위돋] widot)', () => {
    expect(romanizeKorean('윗옷')).toBe('widot');
  });

  it.each([
    ['남면', 'Nam-myeon'],
    ['학리', 'Hak-ri'],
    ['필동', 'Pil-dong'],
    ['동구', 'Dong-gu'],
  ])('writes a one-syllable name and its unit with a hyphen: %s → %s', (place, latin) => {
    expect(romanizeKorean(place, { mode: 'place' })).toBe(latin);
  });

  it.each([
    ['대구', 'Daegu'],
    ['안동', 'Andong'],
    ['오리', 'Ori'],
  ])('writes the listed two-syllable names whole: %s → %s', (place, latin) => {
    expect(romanizeKorean(place, { mode: 'place' })).toBe(latin);
  });

  it('takes a one-syllable name before 시 as part of a longer name (영시 Yeongsi)', () => {
    expect(romanizeKorean('영시', { mode: 'place' })).toBe('Yeongsi');
  });

  it('splits the family name 을지 off a name written without a space (을지문덕 Eulji Mundeok)', () => {
    expect(romanizeKorean('을지문덕', { mode: 'name' })).toBe('Eulji Mundeok');
  });
});
