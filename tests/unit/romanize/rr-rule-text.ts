import { group, type RrCase } from './rr-case';

// Every example of the Revised Romanization rule text (국어의 로마자 표기법, 문화체육관광부
// 고시 제2014-42호), as printed there. Proper nouns (capitalised in the rule text) are run in
// `place` mode, common nouns and verbs in `word` mode, personal names in `name` mode.
// The examples were checked against the quotations at
//   https://soccer1223.blogspot.com/2019/06/blog-post_37.html (2장, 3장 1항 4 and 붙임, 2–5항)
//   https://kingpinstudio.net/%EB%A1%9C%EB%A7%88%EC%9E%90-%ED%91%9C%EA%B8%B0%EB%B2%95/ (3장 1항 1–2)
const RR = '국어의 로마자 표기법';
const Q = 'https://soccer1223.blogspot.com/2019/06/blog-post_37.html';

export const RULE_TEXT_CASES: RrCase[] = [
  ...group('rule-text', 'place', `${RR} 제2장 제1항 [붙임 1] (ㅢ → ui) ${Q}`, [['광희문', 'Gwanghuimun']]),
  ...group('rule-text', 'place', `${RR} 제2장 제2항 [붙임 1] (ㄱ ㄷ ㅂ → g d b / k t p) ${Q}`, [
    ['구미', 'Gumi'],
    ['영동', 'Yeongdong'],
    ['백암', 'Baegam'],
    ['옥천', 'Okcheon'],
    ['합덕', 'Hapdeok'],
    ['호법', 'Hobeop'],
    ['월곶', 'Wolgot'],
    ['한밭', 'Hanbat'],
  ]),
  ...group('rule-text', 'word', `${RR} 제2장 제2항 [붙임 1] ${Q}`, [['벚꽃', 'beotkkot']]),
  ...group('rule-text', 'place', `${RR} 제2장 제2항 [붙임 2] (ㄹ → r / l, ㄹㄹ → ll) ${Q}`, [
    ['구리', 'Guri'],
    ['설악', 'Seorak'],
    ['칠곡', 'Chilgok'],
    ['임실', 'Imsil'],
    ['울릉', 'Ulleung'],
    ['대관령', 'Daegwallyeong'],
  ]),
  ...group('rule-text', 'place', `${RR} 제3장 제1항 1 (자음 사이의 동화)`, [
    ['백마', 'Baengma'],
    ['신문로', 'Sinmunno'],
    ['종로', 'Jongno'],
    ['왕십리', 'Wangsimni'],
    ['별내', 'Byeollae'],
    ['신라', 'Silla'],
  ]),
  ...group('rule-text', 'place', `${RR} 제3장 제1항 2 (ㄴ, ㄹ이 덧나는 경우)`, [['학여울', 'Hangnyeoul']]),
  ...group('rule-text', 'word', `${RR} 제3장 제1항 2 (ㄴ, ㄹ이 덧나는 경우)`, [['알약', 'allyak']]),
  ...group('rule-text', 'word', `${RR} 제3장 제1항 3 (구개음화)`, [
    ['해돋이', 'haedoji'],
    ['같이', 'gachi'],
    ['굳히다', 'guchida'],
  ]),
  ...group('rule-text', 'word', `${RR} 제3장 제1항 4 (ㄱ ㄷ ㅂ ㅈ + ㅎ 거센소리) ${Q}`, [
    ['좋고', 'joko'],
    ['놓다', 'nota'],
    ['잡혀', 'japyeo'],
    ['낳지', 'nachi'],
  ]),
  ...group('rule-text', 'place', `${RR} 제3장 제1항 4 다만 (체언에서 ㄱ ㄷ ㅂ 뒤 ㅎ을 밝혀 적음) ${Q}`, [
    ['묵호', 'Mukho'],
    ['집현전', 'Jiphyeonjeon'],
  ]),
  ...group('rule-text', 'place', `${RR} 제3장 제1항 [붙임] (된소리되기는 적지 않음) ${Q}`, [
    ['압구정', 'Apgujeong'],
    ['낙동강', 'Nakdonggang'],
    ['죽변', 'Jukbyeon'],
    ['낙성대', 'Nakseongdae'],
    ['합정', 'Hapjeong'],
    ['팔당', 'Paldang'],
    ['울산', 'Ulsan'],
  ]),
  ...group('rule-text', 'word', `${RR} 제3장 제1항 [붙임] ${Q}`, [['샛별', 'saetbyeol']]),
  ...group(
    'rule-text',
    'place',
    `${RR} 제3장 제2항 (발음상 혼동의 우려가 있을 때 붙임표) ${Q}`,
    [
      ['중앙', 'Jung-ang'],
      ['반구대', 'Ban-gudae'],
      ['세운', 'Se-un'],
      ['해운대', 'Hae-undae'],
    ],
    true,
  ),
  ...group('rule-text', 'place', `${RR} 제3장 제3항 (고유 명사는 대문자로) ${Q}`, [
    ['부산', 'Busan'],
    ['세종', 'Sejong'],
  ]),
  ...group('rule-text', 'name', `${RR} 제3장 제4항 (인명: 성과 이름을 띄어 쓰고 이름은 붙여 씀) ${Q}`, [
    ['민용하', 'Min Yongha'],
    ['송나리', 'Song Nari'],
    ['한복남', 'Han Boknam'],
    ['홍빛나', 'Hong Bitna'],
  ]),
  ...group(
    'rule-text',
    'name',
    `${RR} 제3장 제4항 (이름의 음절 사이 붙임표 허용) ${Q}`,
    [
      ['민용하', 'Min Yong-ha'],
      ['송나리', 'Song Na-ri'],
      ['한복남', 'Han Bok-nam'],
      ['홍빛나', 'Hong Bit-na'],
    ],
    true,
  ),
  ...group('rule-text', 'place', `${RR} 제3장 제5항 (행정 구역 단위 앞 붙임표, 그 앞뒤 음운 변화 미반영) ${Q}`, [
    ['충청북도', 'Chungcheongbuk-do'],
    ['제주도', 'Jeju-do'],
    ['의정부시', 'Uijeongbu-si'],
    ['양주군', 'Yangju-gun'],
    ['도봉구', 'Dobong-gu'],
    ['신창읍', 'Sinchang-eup'],
    ['삼죽면', 'Samjuk-myeon'],
    ['인왕리', 'Inwang-ri'],
    ['당산동', 'Dangsan-dong'],
    ['봉천1동', 'Bongcheon 1(il)-dong'],
    ['종로 2가', 'Jongno 2(i)-ga'],
    ['퇴계로 3가', 'Toegyero 3(sam)-ga'],
  ]),
  ...group('rule-text', 'place', `${RR} 제3장 제6항 (자연 지물명, 문화재명, 인공 축조물명은 붙임표 없이)`, [
    ['남산', 'Namsan'],
    ['속리산', 'Songnisan'],
    ['금강', 'Geumgang'],
    ['독도', 'Dokdo'],
    ['경복궁', 'Gyeongbokgung'],
    ['무량수전', 'Muryangsujeon'],
    ['연화교', 'Yeonhwagyo'],
    ['극락전', 'Geungnakjeon'],
    ['안압지', 'Anapji'],
    ['남한산성', 'Namhansanseong'],
    ['화랑대', 'Hwarangdae'],
    ['불국사', 'Bulguksa'],
    ['현충사', 'Hyeonchungsa'],
    ['독립문', 'Dongnimmun'],
    ['오죽헌', 'Ojukheon'],
    ['촉석루', 'Chokseongnu'],
    ['종묘', 'Jongmyo'],
    ['다보탑', 'Dabotap'],
  ]),
];
