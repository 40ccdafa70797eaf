// Fourth held-out Revised Romanization set (issue #14), to be measured once, after the engine work.
// Written without reading or running the romanizer, its rule data, the measuring scripts or the expected
// values of the other sets; only the `input` fields of the rr-* sets were read, to keep every input new.
// Each expected value comes from the authority named in `source`: 표준 발음법 with the 표준국어대사전
// pronunciation in brackets, the rules of 국어의 로마자 표기법 (RR), and official romanized signs of
// stations. No value was produced by a program. A mismatch points at the romanizer, not at this file.

import type { RrFreshCase } from './rr-case';

export const RR_FRESH3: RrFreshCase[] = [
  // word mode: lower case, the sound changes of the standard pronunciation applied, tensification not written
  { input: '북미', mode: 'word', expected: 'bungmi', source: '표준국어대사전 [붕미]; 표준 발음법 제18항' },
  { input: '식민지', mode: 'word', expected: 'singminji', source: '표준국어대사전 [싱민지]; 표준 발음법 제18항' },
  { input: '겉모양', mode: 'word', expected: 'geonmoyang', source: '표준국어대사전 [건모양]; 표준 발음법 제18항' },
  { input: '식목일', mode: 'word', expected: 'singmogil', source: '표준국어대사전 [싱모길]; 표준 발음법 제18항' },
  { input: '폭로', mode: 'word', expected: 'pongno', source: '표준국어대사전 [퐁노]; 표준 발음법 제19항 붙임' },
  { input: '목례', mode: 'word', expected: 'mongnye', source: '표준국어대사전 [몽녜]; 표준 발음법 제19항 붙임' },
  { input: '책략', mode: 'word', expected: 'chaengnyak', source: '표준국어대사전 [챙냑]; 표준 발음법 제19항 붙임' },
  { input: '폭락', mode: 'word', expected: 'pongnak', source: '표준국어대사전 [퐁낙]; 표준 발음법 제19항 붙임' },
  { input: '정례', mode: 'word', expected: 'jeongnye', source: '표준국어대사전 [정녜]; 표준 발음법 제19항' },
  { input: '공략', mode: 'word', expected: 'gongnyak', source: '표준국어대사전 [공냑]; 표준 발음법 제19항' },
  { input: '동력', mode: 'word', expected: 'dongnyeok', source: '표준국어대사전 [동ː녁]; 표준 발음법 제19항' },
  { input: '궁리', mode: 'word', expected: 'gungni', source: '표준국어대사전 [궁니]; 표준 발음법 제19항' },
  { input: '담론', mode: 'word', expected: 'damnon', source: '표준국어대사전 [담ː논]; 표준 발음법 제19항' },
  { input: '행렬', mode: 'word', expected: 'haengnyeol', source: '표준국어대사전 [행녈]; 표준 발음법 제19항' },
  { input: '관리', mode: 'word', expected: 'gwalli', source: '표준국어대사전 [괄리]; 표준 발음법 제20항' },
  { input: '진료', mode: 'word', expected: 'jillyo', source: '표준국어대사전 [질ː료]; 표준 발음법 제20항' },
  { input: '연령', mode: 'word', expected: 'yeollyeong', source: '표준국어대사전 [열령]; 표준 발음법 제20항' },
  {
    input: '국민연금',
    mode: 'word',
    expected: 'gungminnyeongeum',
    source: '표준국어대사전 [궁민년금]; 표준 발음법 제29항',
  },
  {
    input: '절약',
    mode: 'word',
    expected: 'jeoryak',
    source: '표준국어대사전 [저략]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '환영',
    mode: 'word',
    expected: 'hwanyeong',
    source: '표준국어대사전 [화녕]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '복용',
    mode: 'word',
    expected: 'bogyong',
    source: '표준국어대사전 [보굥]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '금연',
    mode: 'word',
    expected: 'geumyeon',
    source: '표준국어대사전 [그ː면]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '활용',
    mode: 'word',
    expected: 'hwaryong',
    source: '표준국어대사전 [화룡]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '작업',
    mode: 'word',
    expected: 'jageop',
    source: '표준국어대사전 [자겁]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '직업',
    mode: 'word',
    expected: 'jigeop',
    source: '표준국어대사전 [지겁]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '졸업',
    mode: 'word',
    expected: 'joreop',
    source: '표준국어대사전 [조럽]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '감염',
    mode: 'word',
    expected: 'gamyeom',
    source: '표준국어대사전 [가ː몀]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '출산율',
    mode: 'word',
    expected: 'chulsanyul',
    source: '표준국어대사전 [출싸뉼]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '대법원',
    mode: 'word',
    expected: 'daebeobwon',
    source: '표준국어대사전 [대ː버붠]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  { input: '웃어른', mode: 'word', expected: 'udeoreun', source: '표준국어대사전 [우더른]; 표준 발음법 제15항' },
  { input: '삶다', mode: 'word', expected: 'samda', source: '표준국어대사전 [삼ː따]; 표준 발음법 제10항, 제11항' },
  { input: '목마', mode: 'word', expected: 'mongma', source: '표준국어대사전 [몽마]; 표준 발음법 제18항' },
  { input: '박멸', mode: 'word', expected: 'bangmyeol', source: '표준국어대사전 [방멸]; 표준 발음법 제18항' },
  { input: '악몽', mode: 'word', expected: 'angmong', source: '표준국어대사전 [앙몽]; 표준 발음법 제18항' },
  { input: '녹말', mode: 'word', expected: 'nongmal', source: '표준국어대사전 [농말]; 표준 발음법 제18항' },
  { input: '직면', mode: 'word', expected: 'jingmyeon', source: '표준국어대사전 [징면]; 표준 발음법 제18항' },
  { input: '꽃말', mode: 'word', expected: 'kkonmal', source: '표준국어대사전 [꼰말]; 표준 발음법 제18항' },
  { input: '입맛', mode: 'word', expected: 'immat', source: '표준국어대사전 [임맏]; 표준 발음법 제18항' },
  { input: '속마음', mode: 'word', expected: 'songmaeum', source: '표준국어대사전 [송ː마음]; 표준 발음법 제18항' },
  { input: '곡류', mode: 'word', expected: 'gongnyu', source: '표준국어대사전 [공뉴]; 표준 발음법 제19항 붙임' },
  { input: '측량', mode: 'word', expected: 'cheungnyang', source: '표준국어대사전 [층냥]; 표준 발음법 제19항 붙임' },
  { input: '국론', mode: 'word', expected: 'gungnon', source: '표준국어대사전 [궁논]; 표준 발음법 제19항 붙임' },
  { input: '적립', mode: 'word', expected: 'jeongnip', source: '표준국어대사전 [정닙]; 표준 발음법 제19항 붙임' },
  { input: '약력', mode: 'word', expected: 'yangnyeok', source: '표준국어대사전 [양녁]; 표준 발음법 제19항 붙임' },
  { input: '압류', mode: 'word', expected: 'amnyu', source: '표준국어대사전 [암뉴]; 표준 발음법 제19항 붙임' },
  { input: '목련', mode: 'word', expected: 'mongnyeon', source: '표준국어대사전 [몽년]; 표준 발음법 제19항 붙임' },
  { input: '격리', mode: 'word', expected: 'gyeongni', source: '표준국어대사전 [경니]; 표준 발음법 제19항 붙임' },
  { input: '역량', mode: 'word', expected: 'yeongnyang', source: '표준국어대사전 [영냥]; 표준 발음법 제19항 붙임' },
  { input: '박력', mode: 'word', expected: 'bangnyeok', source: '표준국어대사전 [방녁]; 표준 발음법 제19항 붙임' },
  { input: '육로', mode: 'word', expected: 'yungno', source: '표준국어대사전 [융노]; 표준 발음법 제19항 붙임' },
  { input: '대학로', mode: 'word', expected: 'daehangno', source: '표준국어대사전 [대ː항노]; 표준 발음법 제19항 붙임' },
  {
    input: '독립운동',
    mode: 'word',
    expected: 'dongnibundong',
    source: '표준국어대사전 [동니분동]; 표준 발음법 제19항 붙임',
  },
  { input: '중립', mode: 'word', expected: 'jungnip', source: '표준국어대사전 [중닙]; 표준 발음법 제19항' },
  { input: '동료', mode: 'word', expected: 'dongnyo', source: '표준국어대사전 [동뇨]; 표준 발음법 제19항' },
  { input: '방류', mode: 'word', expected: 'bangnyu', source: '표준국어대사전 [방ː뉴]; 표준 발음법 제19항' },
  { input: '경로', mode: 'word', expected: 'gyeongno', source: '표준국어대사전 [경노]; 표준 발음법 제19항' },
  { input: '공립', mode: 'word', expected: 'gongnip', source: '표준국어대사전 [공닙]; 표준 발음법 제19항' },
  { input: '범례', mode: 'word', expected: 'beomnye', source: '표준국어대사전 [범ː녜]; 표준 발음법 제19항' },
  { input: '염려', mode: 'word', expected: 'yeomnyeo', source: '표준국어대사전 [염ː녀]; 표준 발음법 제19항' },
  { input: '함락', mode: 'word', expected: 'hamnak', source: '표준국어대사전 [함ː낙]; 표준 발음법 제19항' },
  { input: '중력', mode: 'word', expected: 'jungnyeok', source: '표준국어대사전 [중ː녁]; 표준 발음법 제19항' },
  { input: '상륙', mode: 'word', expected: 'sangnyuk', source: '표준국어대사전 [상ː뉵]; 표준 발음법 제19항' },
  { input: '성립', mode: 'word', expected: 'seongnip', source: '표준국어대사전 [성닙]; 표준 발음법 제19항' },
  { input: '공룡', mode: 'word', expected: 'gongnyong', source: '표준국어대사전 [공ː뇽]; 표준 발음법 제19항' },
  { input: '왕래', mode: 'word', expected: 'wangnae', source: '표준국어대사전 [왕ː내]; 표준 발음법 제19항' },
  { input: '종료', mode: 'word', expected: 'jongnyo', source: '표준국어대사전 [종뇨]; 표준 발음법 제19항' },
  { input: '완료', mode: 'word', expected: 'wallyo', source: '표준국어대사전 [왈료]; 표준 발음법 제20항' },
  { input: '윤리', mode: 'word', expected: 'yulli', source: '표준국어대사전 [율리]; 표준 발음법 제20항' },
  { input: '단락', mode: 'word', expected: 'dallak', source: '표준국어대사전 [달락]; 표준 발음법 제20항' },
  { input: '한랭', mode: 'word', expected: 'hallaeng', source: '표준국어대사전 [할ː랭]; 표준 발음법 제20항' },
  { input: '선로', mode: 'word', expected: 'seollo', source: '표준국어대사전 [설로]; 표준 발음법 제20항' },
  { input: '혼례', mode: 'word', expected: 'hollye', source: '표준국어대사전 [홀례]; 표준 발음법 제20항' },
  { input: '신랑', mode: 'word', expected: 'sillang', source: '표준국어대사전 [실랑]; 표준 발음법 제20항' },
  { input: '간략', mode: 'word', expected: 'gallyak', source: '표준국어대사전 [갈ː략]; 표준 발음법 제20항' },
  { input: '연루', mode: 'word', expected: 'yeollu', source: '표준국어대사전 [열ː루]; 표준 발음법 제20항' },
  { input: '분량', mode: 'word', expected: 'bullyang', source: '표준국어대사전 [불ː량]; 표준 발음법 제20항' },
  { input: '판로', mode: 'word', expected: 'pallo', source: '표준국어대사전 [팔로]; 표준 발음법 제20항' },
  { input: '순례', mode: 'word', expected: 'sullye', source: '표준국어대사전 [술례]; 표준 발음법 제20항' },
  { input: '들녘', mode: 'word', expected: 'deullyeok', source: '표준국어대사전 [들ː력]; 표준 발음법 제20항' },
  { input: '찰나', mode: 'word', expected: 'challa', source: '표준국어대사전 [찰라]; 표준 발음법 제20항' },
  {
    input: '공신력',
    mode: 'word',
    expected: 'gongsinnyeok',
    source: '표준국어대사전 [공신녁]; 표준 발음법 제20항 다만',
  },
  {
    input: '신혼여행',
    mode: 'word',
    expected: 'sinhonnyeohaeng',
    source: '표준국어대사전 [신혼녀행]; 표준 발음법 제29항',
  },
  {
    input: '수학여행',
    mode: 'word',
    expected: 'suhangnyeohaeng',
    source: '표준국어대사전 [수ː항녀행]; 표준 발음법 제29항',
  },
  { input: '영업일', mode: 'word', expected: 'yeongeomnil', source: '표준국어대사전 [영엄닐]; 표준 발음법 제29항' },
  { input: '한입', mode: 'word', expected: 'hannip', source: '표준국어대사전 [한닙]; 표준 발음법 제29항' },
  { input: '눈약', mode: 'word', expected: 'nunnyak', source: '표준국어대사전 [눈냑]; 표준 발음법 제29항' },
  { input: '일일이', mode: 'word', expected: 'illiri', source: '표준국어대사전 [일리리]; 표준 발음법 제29항 붙임 1' },
  {
    input: '한약',
    mode: 'word',
    expected: 'hanyak',
    source: '표준국어대사전 [하ː냑]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '민요',
    mode: 'word',
    expected: 'minyo',
    source: '표준국어대사전 [미뇨]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '인연',
    mode: 'word',
    expected: 'inyeon',
    source: '표준국어대사전 [이년]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '전염',
    mode: 'word',
    expected: 'jeonyeom',
    source: '표준국어대사전 [저념]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '검역',
    mode: 'word',
    expected: 'geomyeok',
    source: '표준국어대사전 [거ː멱]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '칠월',
    mode: 'word',
    expected: 'chirwol',
    source: '표준국어대사전 [치뤌]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '삼월',
    mode: 'word',
    expected: 'samwol',
    source: '표준국어대사전 [사뭘]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '일월',
    mode: 'word',
    expected: 'irwol',
    source: '표준국어대사전 [이뤌]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '결의',
    mode: 'word',
    expected: 'gyeorui',
    source: '표준국어대사전 [겨릐]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  {
    input: '불의',
    mode: 'word',
    expected: 'burui',
    source: '표준국어대사전 [부릐]; 표준 발음법 제13항 (ㄴ 첨가 없이 연음)',
  },
  { input: '받히다', mode: 'word', expected: 'bachida', source: '표준국어대사전 [바치다]; 표준 발음법 제17항' },
  { input: '얽히다', mode: 'word', expected: 'eolkida', source: '표준국어대사전 [얼키다]; 표준 발음법 제12항 1' },
  { input: '젖히다', mode: 'word', expected: 'jeochida', source: '표준국어대사전 [저치다]; 표준 발음법 제12항 1' },
  {
    input: '행복하다',
    mode: 'word',
    expected: 'haengbokada',
    source: '표준국어대사전 [행ː보카다]; 표준 발음법 제12항 1',
  },
  { input: '복잡하다', mode: 'word', expected: 'bokjapada', source: '표준국어대사전 [복짜파다]; 표준 발음법 제12항 1' },
  { input: '부족하다', mode: 'word', expected: 'bujokada', source: '표준국어대사전 [부조카다]; 표준 발음법 제12항 1' },
  { input: '시급하다', mode: 'word', expected: 'sigeupada', source: '표준국어대사전 [시그파다]; 표준 발음법 제12항 1' },
  {
    input: '심각하다',
    mode: 'word',
    expected: 'simgakada',
    source: '표준국어대사전 [심ː가카다]; 표준 발음법 제12항 1',
  },
  {
    input: '엄격하다',
    mode: 'word',
    expected: 'eomgyeokada',
    source: '표준국어대사전 [엄껴카다]; 표준 발음법 제12항 1',
  },
  { input: '않다', mode: 'word', expected: 'anta', source: '표준국어대사전 [안타]; 표준 발음법 제12항 1' },
  { input: '어떻게', mode: 'word', expected: 'eotteoke', source: '표준국어대사전 [어떠케]; 표준 발음법 제12항 1' },
  {
    input: '남북한',
    mode: 'word',
    expected: 'nambukhan',
    source:
      '표준국어대사전 [남부칸]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '석회',
    mode: 'word',
    expected: 'seokhoe',
    source:
      '표준국어대사전 [서쾨]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '복합',
    mode: 'word',
    expected: 'bokhap',
    source:
      '표준국어대사전 [보캅]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '적합',
    mode: 'word',
    expected: 'jeokhap',
    source:
      '표준국어대사전 [저캅]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '입후보',
    mode: 'word',
    expected: 'iphubo',
    source:
      '표준국어대사전 [이푸보]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '입학식',
    mode: 'word',
    expected: 'iphaksik',
    source:
      '표준국어대사전 [이팍씩]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '역학',
    mode: 'word',
    expected: 'yeokhak',
    source:
      '표준국어대사전 [여칵]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '약혼',
    mode: 'word',
    expected: 'yakhon',
    source:
      '표준국어대사전 [야콘]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '육회',
    mode: 'word',
    expected: 'yukhoe',
    source:
      '표준국어대사전 [유쾨]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '백합',
    mode: 'word',
    expected: 'baekhap',
    source:
      '표준국어대사전 [배캅]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '직행',
    mode: 'word',
    expected: 'jikhaeng',
    source:
      '표준국어대사전 [지캥]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '입헌',
    mode: 'word',
    expected: 'ipheon',
    source:
      '표준국어대사전 [이펀]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '집행',
    mode: 'word',
    expected: 'jiphaeng',
    source:
      '표준국어대사전 [지팽]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '국학',
    mode: 'word',
    expected: 'gukhak',
    source:
      '표준국어대사전 [구칵]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '독학',
    mode: 'word',
    expected: 'dokhak',
    source:
      '표준국어대사전 [도칵]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '박하',
    mode: 'word',
    expected: 'bakha',
    source:
      '표준국어대사전 [바카]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '국한',
    mode: 'word',
    expected: 'gukhan',
    source:
      '표준국어대사전 [구칸]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '백혈병',
    mode: 'word',
    expected: 'baekhyeolbyeong',
    source:
      '표준국어대사전 [배켤뼝]; 표준 발음법 제12항 1; RR 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤의 ㅎ은 밝혀 적음)',
  },
  {
    input: '핵물질',
    mode: 'word',
    expected: 'haengmuljil',
    source: '표준국어대사전 [행물찔]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '졸업식',
    mode: 'word',
    expected: 'joreopsik',
    source: '표준국어대사전 [조럽씩]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '물가',
    mode: 'word',
    expected: 'mulga',
    source: '표준국어대사전 [물까]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '폭설',
    mode: 'word',
    expected: 'pokseol',
    source: '표준국어대사전 [폭썰]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '산불',
    mode: 'word',
    expected: 'sanbul',
    source: '표준국어대사전 [산뿔]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '국빈',
    mode: 'word',
    expected: 'gukbin',
    source: '표준국어대사전 [국삔]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '특사',
    mode: 'word',
    expected: 'teuksa',
    source: '표준국어대사전 [특싸]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '확진',
    mode: 'word',
    expected: 'hwakjin',
    source: '표준국어대사전 [확찐]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '독감',
    mode: 'word',
    expected: 'dokgam',
    source: '표준국어대사전 [독깜]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '탈북자',
    mode: 'word',
    expected: 'talbukja',
    source: '표준국어대사전 [탈북짜]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '인권',
    mode: 'word',
    expected: 'ingwon',
    source: '표준국어대사전 [인꿘]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '여권',
    mode: 'word',
    expected: 'yeogwon',
    source: '표준국어대사전 [여꿘]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '조건',
    mode: 'word',
    expected: 'jogeon',
    source: '표준국어대사전 [조껀]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '정권',
    mode: 'word',
    expected: 'jeonggwon',
    source: '표준국어대사전 [정꿘]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '사건',
    mode: 'word',
    expected: 'sageon',
    source: '표준국어대사전 [사ː껀]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '합동참모본부',
    mode: 'word',
    expected: 'hapdongchammobonbu',
    source: '표준국어대사전 [합똥참모본부]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '핵실험',
    mode: 'word',
    expected: 'haeksilheom',
    source: '표준국어대사전 [핵씰험]; RR 제3장 제1항 [붙임] (된소리되기는 표기에 반영하지 않음)',
  },
  {
    input: '의회',
    mode: 'word',
    expected: 'uihoe',
    source: '표준국어대사전 [의회]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  {
    input: '정의',
    mode: 'word',
    expected: 'jeongui',
    source: '표준국어대사전 [정ː의]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  {
    input: '의석',
    mode: 'word',
    expected: 'uiseok',
    source: '표준국어대사전 [의ː석]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  {
    input: '의제',
    mode: 'word',
    expected: 'uije',
    source: '표준국어대사전 [의제]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  {
    input: '논의',
    mode: 'word',
    expected: 'nonui',
    source: '표준국어대사전 [노ː니]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  {
    input: '동의',
    mode: 'word',
    expected: 'dongui',
    source: '표준국어대사전 [동ː의]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  {
    input: '의지',
    mode: 'word',
    expected: 'uiji',
    source: '표준국어대사전 [의ː지]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  {
    input: '의견',
    mode: 'word',
    expected: 'uigyeon',
    source: '표준국어대사전 [의ː견]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  {
    input: '희생',
    mode: 'word',
    expected: 'huisaeng',
    source: '표준국어대사전 [히생]; RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)',
  },
  // place mode: administrative units after a hyphen (no sound change across it), natural features and cultural sites written together
  {
    input: '군위',
    mode: 'place',
    expected: 'Gunwi',
    source: 'official name of a city or county, unit left out (RR 제3장 제5항 [붙임])',
  },
  {
    input: '옥천군',
    mode: 'place',
    expected: 'Okcheon-gun',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (시 군 with the unit)',
  },
  {
    input: '해남군',
    mode: 'place',
    expected: 'Haenam-gun',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (시 군 with the unit)',
  },
  {
    input: '장안구',
    mode: 'place',
    expected: 'Jangan-gu',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (구)',
  },
  {
    input: '권선구',
    mode: 'place',
    expected: 'Gwonseon-gu',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (구)',
  },
  {
    input: '수지구',
    mode: 'place',
    expected: 'Suji-gu',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (구)',
  },
  {
    input: '성산구',
    mode: 'place',
    expected: 'Seongsan-gu',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (구)',
  },
  {
    input: '사직동',
    mode: 'place',
    expected: 'Sajik-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '청운동',
    mode: 'place',
    expected: 'Cheongun-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '효자동',
    mode: 'place',
    expected: 'Hyoja-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '평창동',
    mode: 'place',
    expected: 'Pyeongchang-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '부암동',
    mode: 'place',
    expected: 'Buam-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '이화동',
    mode: 'place',
    expected: 'Ihwa-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '가회동',
    mode: 'place',
    expected: 'Gahoe-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '서교동',
    mode: 'place',
    expected: 'Seogyo-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '망원동',
    mode: 'place',
    expected: 'Mangwon-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '합정동',
    mode: 'place',
    expected: 'Hapjeong-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '삼성동',
    mode: 'place',
    expected: 'Samseong-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '필동',
    mode: 'place',
    expected: 'Pil-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '공덕동',
    mode: 'place',
    expected: 'Gongdeok-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '광안동',
    mode: 'place',
    expected: 'Gwangan-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '범일동',
    mode: 'place',
    expected: 'Beomil-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '구포동',
    mode: 'place',
    expected: 'Gupo-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '장충동',
    mode: 'place',
    expected: 'Jangchung-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '후암동',
    mode: 'place',
    expected: 'Huam-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '청파동',
    mode: 'place',
    expected: 'Cheongpa-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '효창동',
    mode: 'place',
    expected: 'Hyochang-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '이촌동',
    mode: 'place',
    expected: 'Ichon-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '서빙고동',
    mode: 'place',
    expected: 'Seobinggo-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '도산면',
    mode: 'place',
    expected: 'Dosan-myeon',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '풍천면',
    mode: 'place',
    expected: 'Pungcheon-myeon',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '양동리',
    mode: 'place',
    expected: 'Yangdong-ri',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '강경읍',
    mode: 'place',
    expected: 'Ganggyeong-eup',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '별내면',
    mode: 'place',
    expected: 'Byeollae-myeon',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '조안면',
    mode: 'place',
    expected: 'Joan-myeon',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '설악면',
    mode: 'place',
    expected: 'Seorak-myeon',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '선암사',
    mode: 'place',
    expected: 'Seonamsa',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '서원구',
    mode: 'place',
    expected: 'Seowon-gu',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (구)',
  },
  {
    input: '청원구',
    mode: 'place',
    expected: 'Cheongwon-gu',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (구)',
  },
  {
    input: '동남구',
    mode: 'place',
    expected: 'Dongnam-gu',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (구)',
  },
  {
    input: '서북구',
    mode: 'place',
    expected: 'Seobuk-gu',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (구)',
  },
  {
    input: '거창군',
    mode: 'place',
    expected: 'Geochang-gun',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (시 군 with the unit)',
  },
  {
    input: '고흥군',
    mode: 'place',
    expected: 'Goheung-gun',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (시 군 with the unit)',
  },
  {
    input: '보은군',
    mode: 'place',
    expected: 'Boeun-gun',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (시 군 with the unit)',
  },
  {
    input: '청양군',
    mode: 'place',
    expected: 'Cheongyang-gun',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (시 군 with the unit)',
  },
  {
    input: '영양군',
    mode: 'place',
    expected: 'Yeongyang-gun',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (시 군 with the unit)',
  },
  {
    input: '함양군',
    mode: 'place',
    expected: 'Hamyang-gun',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (시 군 with the unit)',
  },
  {
    input: '부전동',
    mode: 'place',
    expected: 'Bujeon-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '익선동',
    mode: 'place',
    expected: 'Ikseon-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '계동',
    mode: 'place',
    expected: 'Gye-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '통인동',
    mode: 'place',
    expected: 'Tongin-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '와룡동',
    mode: 'place',
    expected: 'Waryong-dong',
    source: 'RR 제3장 제5항 (행정 구역 단위 앞 붙임표, 붙임표 앞뒤 음운 변화 미반영) (동 읍 면 리)',
  },
  {
    input: '마이산',
    mode: 'place',
    expected: 'Maisan',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '청량산',
    mode: 'place',
    expected: 'Cheongnyangsan',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '모악산',
    mode: 'place',
    expected: 'Moaksan',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '금오산',
    mode: 'place',
    expected: 'Geumosan',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '두륜산',
    mode: 'place',
    expected: 'Duryunsan',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '만경강',
    mode: 'place',
    expected: 'Mangyeonggang',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '영남루',
    mode: 'place',
    expected: 'Yeongnamnu',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '신륵사',
    mode: 'place',
    expected: 'Silleuksa',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  {
    input: '낙선재',
    mode: 'place',
    expected: 'Nakseonjae',
    source: 'RR 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)',
  },
  // stations (place mode), as on the official signs
  {
    input: '좌천',
    mode: 'place',
    expected: 'Jwacheon',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '토성',
    mode: 'place',
    expected: 'Toseong',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '동대신',
    mode: 'place',
    expected: 'Dongdaesin',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '서대신',
    mode: 'place',
    expected: 'Seodaesin',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '대티',
    mode: 'place',
    expected: 'Daeti',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '괴정',
    mode: 'place',
    expected: 'Goejeong',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '당리',
    mode: 'place',
    expected: 'Dangni',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '장림',
    mode: 'place',
    expected: 'Jangnim',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '연산',
    mode: 'place',
    expected: 'Yeonsan',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '양정',
    mode: 'place',
    expected: 'Yangjeong',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '명륜',
    mode: 'place',
    expected: 'Myeongnyun',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '장전',
    mode: 'place',
    expected: 'Jangjeon',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '광안',
    mode: 'place',
    expected: 'Gwangan',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '문현',
    mode: 'place',
    expected: 'Munhyeon',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '개금',
    mode: 'place',
    expected: 'Gaegeum',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '냉정',
    mode: 'place',
    expected: 'Naengjeong',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '주례',
    mode: 'place',
    expected: 'Jurye',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '화명',
    mode: 'place',
    expected: 'Hwamyeong',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '율리',
    mode: 'place',
    expected: 'Yulli',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '만덕',
    mode: 'place',
    expected: 'Mandeok',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '낙민',
    mode: 'place',
    expected: 'Nangmin',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '충렬사',
    mode: 'place',
    expected: 'Chungnyeolsa',
    source: 'official station sign (Busan Transportation Corporation)',
  },
  {
    input: '남위례',
    mode: 'place',
    expected: 'Namwirye',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '강일',
    mode: 'place',
    expected: 'Gangil',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '판교',
    mode: 'place',
    expected: 'Pangyo',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '미금',
    mode: 'place',
    expected: 'Migeum',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '광교',
    mode: 'place',
    expected: 'Gwanggyo',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '수내',
    mode: 'place',
    expected: 'Sunae',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '이매',
    mode: 'place',
    expected: 'Imae',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '오리',
    mode: 'place',
    expected: 'Ori',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '기흥',
    mode: 'place',
    expected: 'Giheung',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '영통',
    mode: 'place',
    expected: 'Yeongtong',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '구룡',
    mode: 'place',
    expected: 'Guryong',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '강매',
    mode: 'place',
    expected: 'Gangmae',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '가좌',
    mode: 'place',
    expected: 'Gajwa',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '서빙고',
    mode: 'place',
    expected: 'Seobinggo',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '한남',
    mode: 'place',
    expected: 'Hannam',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '응봉',
    mode: 'place',
    expected: 'Eungbong',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '망우',
    mode: 'place',
    expected: 'Mangu',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '운정',
    mode: 'place',
    expected: 'Unjeong',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '문산',
    mode: 'place',
    expected: 'Munsan',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '퇴계원',
    mode: 'place',
    expected: 'Toegyewon',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '사릉',
    mode: 'place',
    expected: 'Sareung',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '소래포구',
    mode: 'place',
    expected: 'Soraepogu',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  {
    input: '숭의',
    mode: 'place',
    expected: 'Sungui',
    source: 'official station sign (Seoul Metro, Korail and the other operators of the capital area)',
  },
  // name mode: family name in RR letters, a space, the given name together, no sound change inside it
  {
    input: '이재명',
    mode: 'name',
    expected: 'I Jaemyeong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '김건희',
    mode: 'name',
    expected: 'Gim Geonhui',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '추경호',
    mode: 'name',
    expected: 'Chu Gyeongho',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '정세균',
    mode: 'name',
    expected: 'Jeong Segyun',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '박근혜',
    mode: 'name',
    expected: 'Bak Geunhye',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '이명박',
    mode: 'name',
    expected: 'I Myeongbak',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '김대중',
    mode: 'name',
    expected: 'Gim Daejung',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '김영삼',
    mode: 'name',
    expected: 'Gim Yeongsam',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '노태우',
    mode: 'name',
    expected: 'No Taeu',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '전두환',
    mode: 'name',
    expected: 'Jeon Duhwan',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '박정희',
    mode: 'name',
    expected: 'Bak Jeonghui',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '김구',
    mode: 'name',
    expected: 'Gim Gu',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '안창호',
    mode: 'name',
    expected: 'An Changho',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '윤봉길',
    mode: 'name',
    expected: 'Yun Bonggil',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '이봉창',
    mode: 'name',
    expected: 'I Bongchang',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '신채호',
    mode: 'name',
    expected: 'Sin Chaeho',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '정국민',
    mode: 'name',
    expected: 'Jeong Gukmin',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '한석민',
    mode: 'name',
    expected: 'Han Seokmin',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '최덕룡',
    mode: 'name',
    expected: 'Choe Deokryong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '송준림',
    mode: 'name',
    expected: 'Song Junrim',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '윤한라',
    mode: 'name',
    expected: 'Yun Hanra',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '임남례',
    mode: 'name',
    expected: 'Im Namrye',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '문정란',
    mode: 'name',
    expected: 'Mun Jeongran',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '강길남',
    mode: 'name',
    expected: 'Gang Gilnam',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '서복녀',
    mode: 'name',
    expected: 'Seo Boknyeo',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '이학만',
    mode: 'name',
    expected: 'I Hakman',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '남궁지현',
    mode: 'name',
    expected: 'Namgung Jihyeon',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '선우희정',
    mode: 'name',
    expected: 'Seonu Huijeong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '제갈정민',
    mode: 'name',
    expected: 'Jegal Jeongmin',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '황보은지',
    mode: 'name',
    expected: 'Hwangbo Eunji',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '독고민아',
    mode: 'name',
    expected: 'Dokgo Mina',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '사공지훈',
    mode: 'name',
    expected: 'Sagong Jihun',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '동방신우',
    mode: 'name',
    expected: 'Dongbang Sinu',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '서문희경',
    mode: 'name',
    expected: 'Seomun Huigyeong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '조태열',
    mode: 'name',
    expected: 'Jo Taeyeol',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '정의용',
    mode: 'name',
    expected: 'Jeong Uiyong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '윤병세',
    mode: 'name',
    expected: 'Yun Byeongse',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '김옥균',
    mode: 'name',
    expected: 'Gim Okgyun',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '최치원',
    mode: 'name',
    expected: 'Choe Chiwon',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '이성계',
    mode: 'name',
    expected: 'I Seonggye',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '박지성',
    mode: 'name',
    expected: 'Bak Jiseong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '김연아',
    mode: 'name',
    expected: 'Gim Yeona',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '봉준호',
    mode: 'name',
    expected: 'Bong Junho',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '박찬욱',
    mode: 'name',
    expected: 'Bak Chanuk',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '윤여정',
    mode: 'name',
    expected: 'Yun Yeojeong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '정은경',
    mode: 'name',
    expected: 'Jeong Eungyeong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '박복례',
    mode: 'name',
    expected: 'Bak Bokrye',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '이한림',
    mode: 'name',
    expected: 'I Hanrim',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '최종률',
    mode: 'name',
    expected: 'Choe Jongryul',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters',
  },
  {
    input: '김건희',
    mode: 'name',
    hyphenate: true,
    expected: 'Gim Geon-hui',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters, with the hyphen the rule allows',
  },
  {
    input: '이봉창',
    mode: 'name',
    hyphenate: true,
    expected: 'I Bong-chang',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters, with the hyphen the rule allows',
  },
  {
    input: '정국민',
    mode: 'name',
    hyphenate: true,
    expected: 'Jeong Guk-min',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters, with the hyphen the rule allows',
  },
  {
    input: '최덕룡',
    mode: 'name',
    hyphenate: true,
    expected: 'Choe Deok-ryong',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters, with the hyphen the rule allows',
  },
  {
    input: '남궁지현',
    mode: 'name',
    hyphenate: true,
    expected: 'Namgung Ji-hyeon',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters, with the hyphen the rule allows',
  },
  {
    input: '황보은지',
    mode: 'name',
    hyphenate: true,
    expected: 'Hwangbo Eun-ji',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters, with the hyphen the rule allows',
  },
  {
    input: '신채호',
    mode: 'name',
    hyphenate: true,
    expected: 'Sin Chae-ho',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters, with the hyphen the rule allows',
  },
  {
    input: '강길남',
    mode: 'name',
    hyphenate: true,
    expected: 'Gang Gil-nam',
    source:
      'RR 제3장 제4항 (성과 이름은 띄어 씀, 이름에서 일어나는 음운 변화는 표기에 반영하지 않음), family name in RR letters, with the hyphen the rule allows',
  },
];
