// The examples of the Revised Romanization rule text (국어의 로마자 표기법, 문화체육관광부
// 고시 제2014-42호), by article. Each pair is [Hangul, romanization as printed there].
export const RULE_EXAMPLES = {
  // 제3장 제1항: sound changes between syllables are written.
  assimilation: [
    ['백마', 'baengma'],
    ['신문로', 'Sinmunno'],
    ['종로', 'Jongno'],
    ['왕십리', 'Wangsimni'],
    ['별내', 'Byeollae'],
    ['신라', 'Silla'],
  ],
  addedSounds: [
    ['학여울', 'Hangnyeoul'],
    ['알약', 'allyak'],
  ],
  palatalization: [
    ['해돋이', 'haedoji'],
    ['같이', 'gachi'],
    ['굳히다', 'guchida'],
  ],
  aspiration: [
    ['좋고', 'joko'],
    ['놓다', 'nota'],
    ['잡혀', 'japyeo'],
    ['낳지', 'nachi'],
  ],
  nounH: [
    ['묵호', 'Mukho'],
    ['집현전', 'Jiphyeonjeon'],
  ],
  tensificationUnwritten: [
    ['압구정', 'Apgujeong'],
    ['낙동강', 'Nakdonggang'],
    ['죽변', 'Jukbyeon'],
    ['낙성대', 'Nakseongdae'],
    ['합정', 'Hapjeong'],
    ['팔당', 'Paldang'],
    ['샛별', 'saetbyeol'],
    ['울산', 'Ulsan'],
  ],
  // 제2장: vowels and consonants, final ㄱ ㄷ ㅂ as k t p, ㄹ as r / l.
  letters: [
    ['구미', 'Gumi'],
    ['영동', 'Yeongdong'],
    ['백암', 'Baegam'],
    ['옥천', 'Okcheon'],
    ['합덕', 'Hapdeok'],
    ['호법', 'Hobeop'],
    ['월곶', 'Wolgot'],
    ['벚꽃', 'beotkkot'],
    ['한밭', 'Hanbat'],
    ['구리', 'Guri'],
    ['설악', 'Seorak'],
    ['칠곡', 'Chilgok'],
    ['임실', 'Imsil'],
    ['울릉', 'Ulleung'],
    ['대관령', 'Daegwallyeong'],
    ['광희문', 'Gwanghuimun'],
  ],
  // 제3장 제2항: a hyphen may separate syllables that could be misread.
  hyphen: [
    ['중앙', 'Jung-ang'],
    ['반구대', 'Ban-gudae'],
    ['세운', 'Se-un'],
    ['해운대', 'Hae-undae'],
  ],
  // 제3장 제3항: proper nouns take a capital.
  capitals: [
    ['부산', 'Busan'],
    ['세종', 'Sejong'],
  ],
  // 제3장 제4항: personal names.
  names: [
    ['민용하', 'Min Yongha', 'Min Yong-ha'],
    ['송나리', 'Song Nari', 'Song Na-ri'],
    ['한복남', 'Han Boknam', 'Han Bok-nam'],
    ['홍빛나', 'Hong Bitna', 'Hong Bit-na'],
  ],
  // 제3장 제5항: administrative units.
  places: [
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
  ],
  // 제3장 제6항: natural features, cultural properties and structures, without hyphens.
  features: [
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
  ],
} as const;
