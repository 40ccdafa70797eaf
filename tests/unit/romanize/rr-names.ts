import { group, type RrCase } from './rr-case';

// Personal names (name mode), worked out by RR 제3장 제4항: family name, a space, the given
// name written together (or with a hyphen between its syllables when asked), and no sound
// change inside the given name (한복남 Han Boknam, not Bongnam). Family names take the RR
// letters (the rule leaves their customary spellings, Kim, Lee, Park, to be set separately),
// and a two-syllable family name is one word. Given names whose syllables would be linked
// by a consonant before a vowel (석영) are left out: whether the rule writes Seokyeong or
// Seogyeong is not settled by its text.
const R4 = 'RR 제3장 제4항 applied';

export const NAME_CASES: RrCase[] = [
  ...group('name', 'name', R4, [
    ['김민준', 'Gim Minjun'], ['이서연', 'I Seoyeon'], ['박지훈', 'Bak Jihun'], ['최수빈', 'Choe Subin'],
    ['정하은', 'Jeong Haeun'], ['강민서', 'Gang Minseo'], ['조현우', 'Jo Hyeonu'], ['윤서준', 'Yun Seojun'],
    ['장예린', 'Jang Yerin'], ['임도현', 'Im Dohyeon'], ['한지민', 'Han Jimin'], ['오세훈', 'O Sehun'],
    ['서지수', 'Seo Jisu'], ['신동엽', 'Sin Dongyeop'], ['권나래', 'Gwon Narae'], ['황민호', 'Hwang Minho'],
    ['안중근', 'An Junggeun'], ['송강호', 'Song Gangho'], ['류현진', 'Ryu Hyeonjin'], ['유관순', 'Yu Gwansun'],
    ['노무현', 'No Muhyeon'], ['문재인', 'Mun Jaein'], ['반기문', 'Ban Gimun'], ['이순신', 'I Sunsin'],
    ['홍길동', 'Hong Gildong'], ['선동열', 'Seon Dongyeol'], ['남주혁', 'Nam Juhyeok'], ['배수지', 'Bae Suji'],
  ]),
  ...group('name', 'name', `${R4}: 이름에서 일어나는 음운 변화는 표기에 반영하지 않음`, [
    ['김정란', 'Gim Jeongran'], ['이석민', 'I Seokmin'], ['최진리', 'Choe Jinri'], ['김옥희', 'Gim Okhui'],
    ['이국희', 'I Gukhui'], ['박봉남', 'Bak Bongnam'], ['김삼룡', 'Gim Samryong'], ['이말순', 'I Malsun'],
    ['조용필', 'Jo Yongpil'], ['김말녀', 'Gim Malnyeo'], ['정신라', 'Jeong Sinra'], ['박은하', 'Bak Eunha'],
  ]),
  ...group('name', 'name', `${R4}, with the hyphen the rule allows`, [
    ['김민준', 'Gim Min-jun'], ['문재인', 'Mun Jae-in'], ['김정란', 'Gim Jeong-ran'], ['이국희', 'I Guk-hui'],
    ['조용필', 'Jo Yong-pil'], ['강경화', 'Gang Gyeong-hwa'],
  ], true),
  ...group('name', 'name', `${R4}: two-syllable family names (남궁 선우 제갈 황보 독고 사공 서문 동방)`, [
    ['남궁민', 'Namgung Min'], ['남궁옥분', 'Namgung Okbun'], ['선우용녀', 'Seonu Yongnyeo'], ['선우은숙', 'Seonu Eunsuk'],
    ['제갈성렬', 'Jegal Seongryeol'], ['황보관', 'Hwangbo Gwan'], ['황보승희', 'Hwangbo Seunghui'],
    ['독고영재', 'Dokgo Yeongjae'], ['사공일', 'Sagong Il'], ['서문탁', 'Seomun Tak'], ['동방미진', 'Dongbang Mijin'],
    ['선우 용녀', 'Seonu Yongnyeo'], ['서문 탁', 'Seomun Tak'], ['황 보라', 'Hwang Bora'], ['동방 현', 'Dongbang Hyeon'],
  ]),
  ...group('name', 'name', `${R4}: two-syllable family names, with hyphen`, [
    ['선우용녀', 'Seonu Yong-nyeo'], ['제갈성렬', 'Jegal Seong-ryeol'], ['독고영재', 'Dokgo Yeong-jae'],
    ['황보승희', 'Hwangbo Seung-hui'], ['사공일', 'Sagong Il'], ['남궁옥분', 'Namgung Ok-bun'],
  ], true),
];
