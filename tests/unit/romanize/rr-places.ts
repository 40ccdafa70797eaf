import { group, type RrCase } from './rr-case';

// Official romanized place names (place mode): provinces and metropolitan cities, cities and
// counties (written without their unit, RR 제3장 제5항 [붙임]), districts and neighbourhoods
// with their unit (제5항), natural features and monuments (제6항), and Seoul subway stations
// as their signs spell them. Stations whose English name is a translation (City Hall, Seoul
// Station, … University) or that we could not confirm are left out.
const RR5 = 'RR 제3장 제5항';
const L1 = 'https://albinogoth.com/2018/12/10/literal-seoul-subway-line-1/';
const L2 = 'https://albinogoth.com/2018/12/23/literal-seoul-subway-line-2/';
const L3 = 'https://albinogoth.com/2019/01/22/a-literal-translation-of-the-seoul-subway-system-line-3/';
const L4 = 'https://albinogoth.com/2019/02/02/literal-translation-seoul-subway-line-4/';
const L5 = 'https://en.wikipedia.org/wiki/Seoul_Subway_Line_5';
const L9 = 'https://wikimili.com/wiki/Seoul_Subway_Line_9';
const SIGN = 'official station sign';

export const PLACE_CASES: RrCase[] = [
  ...group('place', 'place', 'official name of a province or metropolitan city (RR)', [
    ['서울', 'Seoul'], ['대구', 'Daegu'], ['인천', 'Incheon'], ['광주', 'Gwangju'], ['대전', 'Daejeon'],
    ['경기도', 'Gyeonggi-do'], ['강원도', 'Gangwon-do'], ['충청남도', 'Chungcheongnam-do'], ['전라북도', 'Jeollabuk-do'],
    ['전라남도', 'Jeollanam-do'], ['경상북도', 'Gyeongsangbuk-do'], ['경상남도', 'Gyeongsangnam-do'],
    ['충북', 'Chungbuk'], ['충남', 'Chungnam'], ['전북', 'Jeonbuk'], ['전남', 'Jeonnam'], ['경북', 'Gyeongbuk'],
    ['경남', 'Gyeongnam'],
  ]),
  ...group('place', 'place', 'official name of a city or county (RR, unit left out: 제3장 제5항 [붙임])', [
    // 경기도
    ['성남', 'Seongnam'], ['고양', 'Goyang'], ['용인', 'Yongin'], ['남양주', 'Namyangju'], ['화성', 'Hwaseong'],
    ['시흥', 'Siheung'], ['파주', 'Paju'], ['김포', 'Gimpo'], ['광명', 'Gwangmyeong'], ['하남', 'Hanam'],
    ['이천', 'Icheon'], ['안성', 'Anseong'], ['포천', 'Pocheon'], ['여주', 'Yeoju'], ['가평', 'Gapyeong'],
    ['연천', 'Yeoncheon'],
    // 강원도
    ['춘천', 'Chuncheon'], ['원주', 'Wonju'], ['동해', 'Donghae'], ['태백', 'Taebaek'], ['속초', 'Sokcho'],
    ['삼척', 'Samcheok'], ['홍천', 'Hongcheon'], ['횡성', 'Hoengseong'], ['영월', 'Yeongwol'], ['평창', 'Pyeongchang'],
    ['정선', 'Jeongseon'], ['철원', 'Cheorwon'], ['화천', 'Hwacheon'], ['양구', 'Yanggu'], ['인제', 'Inje'],
    ['고성', 'Goseong'], ['양양', 'Yangyang'],
    // 충청북도
    ['청주', 'Cheongju'], ['충주', 'Chungju'], ['제천', 'Jecheon'], ['보은', 'Boeun'], ['증평', 'Jeungpyeong'],
    ['진천', 'Jincheon'], ['괴산', 'Goesan'], ['음성', 'Eumseong'], ['단양', 'Danyang'],
    // 충청남도
    ['공주', 'Gongju'], ['보령', 'Boryeong'], ['서산', 'Seosan'], ['논산', 'Nonsan'], ['계룡', 'Gyeryong'],
    ['당진', 'Dangjin'], ['금산', 'Geumsan'], ['부여', 'Buyeo'], ['서천', 'Seocheon'], ['청양', 'Cheongyang'],
    ['홍성', 'Hongseong'], ['예산', 'Yesan'], ['태안', 'Taean'],
    // 전라북도
    ['전주', 'Jeonju'], ['군산', 'Gunsan'], ['익산', 'Iksan'], ['정읍', 'Jeongeup'], ['남원', 'Namwon'],
    ['김제', 'Gimje'], ['완주', 'Wanju'], ['진안', 'Jinan'], ['무주', 'Muju'], ['장수', 'Jangsu'], ['순창', 'Sunchang'],
    ['고창', 'Gochang'], ['부안', 'Buan'],
    // 전라남도
    ['목포', 'Mokpo'], ['여수', 'Yeosu'], ['순천', 'Suncheon'], ['나주', 'Naju'], ['광양', 'Gwangyang'],
    ['담양', 'Damyang'], ['곡성', 'Gokseong'], ['구례', 'Gurye'], ['고흥', 'Goheung'], ['보성', 'Boseong'],
    ['화순', 'Hwasun'], ['장흥', 'Jangheung'], ['강진', 'Gangjin'], ['해남', 'Haenam'], ['영암', 'Yeongam'],
    ['무안', 'Muan'], ['함평', 'Hampyeong'], ['영광', 'Yeonggwang'], ['장성', 'Jangseong'], ['완도', 'Wando'],
    ['진도', 'Jindo'], ['신안', 'Sinan'],
    // 경상북도
    ['포항', 'Pohang'], ['경주', 'Gyeongju'], ['김천', 'Gimcheon'], ['안동', 'Andong'], ['영주', 'Yeongju'],
    ['영천', 'Yeongcheon'], ['상주', 'Sangju'], ['문경', 'Mungyeong'], ['경산', 'Gyeongsan'], ['의성', 'Uiseong'],
    ['청송', 'Cheongsong'], ['영양', 'Yeongyang'], ['영덕', 'Yeongdeok'], ['청도', 'Cheongdo'], ['고령', 'Goryeong'],
    ['성주', 'Seongju'], ['예천', 'Yecheon'], ['봉화', 'Bonghwa'], ['울진', 'Uljin'],
    // 경상남도
    ['창원', 'Changwon'], ['진주', 'Jinju'], ['통영', 'Tongyeong'], ['사천', 'Sacheon'], ['김해', 'Gimhae'],
    ['밀양', 'Miryang'], ['거제', 'Geoje'], ['양산', 'Yangsan'], ['의령', 'Uiryeong'], ['함안', 'Haman'],
    ['창녕', 'Changnyeong'], ['남해', 'Namhae'], ['하동', 'Hadong'], ['산청', 'Sancheong'], ['함양', 'Hamyang'],
    ['거창', 'Geochang'], ['합천', 'Hapcheon'],
    // 제주도
    ['제주', 'Jeju'], ['서귀포', 'Seogwipo'],
  ]),
  ...group('place', 'place', `${RR5} (시 군 with the unit)`, [
    ['수원시', 'Suwon-si'], ['안양시', 'Anyang-si'], ['고양시', 'Goyang-si'], ['강릉시', 'Gangneung-si'],
    ['구리시', 'Guri-si'], ['정읍시', 'Jeongeup-si'], ['의왕시', 'Uiwang-si'], ['양평군', 'Yangpyeong-gun'],
    ['울릉군', 'Ulleung-gun'], ['영동군', 'Yeongdong-gun'], ['하동군', 'Hadong-gun'], ['기장군', 'Gijang-gun'],
    ['달성군', 'Dalseong-gun'], ['강화군', 'Ganghwa-gun'], ['옹진군', 'Ongjin-gun'], ['울주군', 'Ulju-gun'],
  ]),
  ...group('place', 'place', `${RR5} (자치구)`, [
    ['종로구', 'Jongno-gu'], ['중구', 'Jung-gu'], ['용산구', 'Yongsan-gu'], ['성동구', 'Seongdong-gu'],
    ['광진구', 'Gwangjin-gu'], ['동대문구', 'Dongdaemun-gu'], ['중랑구', 'Jungnang-gu'], ['성북구', 'Seongbuk-gu'],
    ['강북구', 'Gangbuk-gu'], ['노원구', 'Nowon-gu'], ['은평구', 'Eunpyeong-gu'], ['서대문구', 'Seodaemun-gu'],
    ['마포구', 'Mapo-gu'], ['양천구', 'Yangcheon-gu'], ['강서구', 'Gangseo-gu'], ['구로구', 'Guro-gu'],
    ['금천구', 'Geumcheon-gu'], ['영등포구', 'Yeongdeungpo-gu'], ['동작구', 'Dongjak-gu'], ['관악구', 'Gwanak-gu'],
    ['서초구', 'Seocho-gu'], ['강남구', 'Gangnam-gu'], ['송파구', 'Songpa-gu'], ['강동구', 'Gangdong-gu'],
    ['해운대구', 'Haeundae-gu'], ['수영구', 'Suyeong-gu'], ['동래구', 'Dongnae-gu'], ['부산진구', 'Busanjin-gu'],
    ['사하구', 'Saha-gu'], ['연제구', 'Yeonje-gu'], ['금정구', 'Geumjeong-gu'], ['수성구', 'Suseong-gu'],
    ['달서구', 'Dalseo-gu'], ['미추홀구', 'Michuhol-gu'], ['연수구', 'Yeonsu-gu'], ['남동구', 'Namdong-gu'],
    ['계양구', 'Gyeyang-gu'], ['광산구', 'Gwangsan-gu'], ['유성구', 'Yuseong-gu'], ['대덕구', 'Daedeok-gu'],
    ['동구', 'Dong-gu'], ['서구', 'Seo-gu'], ['남구', 'Nam-gu'], ['북구', 'Buk-gu'],
  ]),
  ...group('place', 'place', `${RR5} (동, with the number read in Sino-Korean) https://gses.snu.ac.kr/en/news/notice/notice?bbsidx=1588&md=v`, [
    ['신림동', 'Sillim-dong'], ['신림9동', 'Sillim 9(gu)-dong'], ['봉천동', 'Bongcheon-dong'], ['종로1가', 'Jongno 1(il)-ga'],
  ]),
  ...group('place', 'place', 'RR 제3장 제6항 (자연 지물명, 문화재명), the official spelling', [
    ['한라산', 'Hallasan'], ['설악산', 'Seoraksan'], ['북한산', 'Bukhansan'], ['지리산', 'Jirisan'], ['한강', 'Hangang'],
    ['백두산', 'Baekdusan'], ['금강산', 'Geumgangsan'], ['창덕궁', 'Changdeokgung'], ['덕수궁', 'Deoksugung'],
    ['창경궁', 'Changgyeonggung'], ['숭례문', 'Sungnyemun'], ['흥인지문', 'Heunginjimun'], ['석굴암', 'Seokguram'],
    ['해인사', 'Haeinsa'], ['청계천', 'Cheonggyecheon'], ['첨성대', 'Cheomseongdae'], ['천마총', 'Cheonmachong'],
    ['여의도', 'Yeouido'], ['강화도', 'Ganghwado'], ['울릉도', 'Ulleungdo'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 1 ${L1}`, [
    ['소요산', 'Soyosan'], ['동두천', 'Dongducheon'], ['보산', 'Bosan'], ['지행', 'Jihaeng'], ['덕정', 'Deokjeong'],
    ['덕계', 'Deokgye'], ['양주', 'Yangju'], ['녹양', 'Nogyang'], ['가능', 'Ganeung'], ['의정부', 'Uijeongbu'],
    ['회룡', 'Hoeryong'], ['망월사', 'Mangwolsa'], ['도봉산', 'Dobongsan'], ['도봉', 'Dobong'], ['방학', 'Banghak'],
    ['창동', 'Chang-dong'], ['녹천', 'Nokcheon'], ['월계', 'Wolgye'], ['석계', 'Seokgye'], ['신이문', 'Sinimun'],
    ['회기', 'Hoegi'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 1`, [
    ['청량리', 'Cheongnyangni'], ['제기동', 'Jegi-dong'], ['신설동', 'Sinseol-dong'], ['동대문', 'Dongdaemun'],
    ['종로5가', 'Jongno 5(o)-ga'], ['종각', 'Jonggak'], ['남영', 'Namyeong'], ['용산', 'Yongsan'],
    ['노량진', 'Noryangjin'], ['대방', 'Daebang'], ['신길', 'Singil'], ['영등포', 'Yeongdeungpo'],
    ['신도림', 'Sindorim'], ['구로', 'Guro'], ['구일', 'Guil'], ['개봉', 'Gaebong'], ['오류동', 'Oryu-dong'],
    ['온수', 'Onsu'], ['역곡', 'Yeokgok'], ['소사', 'Sosa'], ['부천', 'Bucheon'], ['중동', 'Jung-dong'],
    ['송내', 'Songnae'], ['부개', 'Bugae'], ['부평', 'Bupyeong'], ['백운', 'Baegun'], ['동암', 'Dongam'],
    ['간석', 'Ganseok'], ['주안', 'Juan'], ['도화', 'Dohwa'], ['제물포', 'Jemulpo'], ['도원', 'Dowon'],
    ['동인천', 'Dongincheon'], ['석수', 'Seoksu'], ['관악', 'Gwanak'], ['안양', 'Anyang'], ['명학', 'Myeonghak'],
    ['금정', 'Geumjeong'], ['군포', 'Gunpo'], ['당정', 'Dangjeong'], ['의왕', 'Uiwang'], ['화서', 'Hwaseo'],
    ['수원', 'Suwon'], ['세류', 'Seryu'], ['병점', 'Byeongjeom'], ['세마', 'Sema'], ['오산', 'Osan'], ['진위', 'Jinwi'],
    ['송탄', 'Songtan'], ['지제', 'Jije'], ['평택', 'Pyeongtaek'], ['성환', 'Seonghwan'], ['직산', 'Jiksan'],
    ['두정', 'Dujeong'], ['천안', 'Cheonan'], ['봉명', 'Bongmyeong'], ['아산', 'Asan'], ['배방', 'Baebang'],
    ['온양온천', 'Onyangoncheon'], ['신창', 'Sinchang'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 2 ${L2}`, [
    ['신당', 'Sindang'], ['상왕십리', 'Sangwangsimni'], ['뚝섬', 'Ttukseom'], ['성수', 'Seongsu'], ['구의', 'Guui'],
    ['강변', 'Gangbyeon'], ['잠실나루', 'Jamsillaru'], ['잠실', 'Jamsil'], ['잠실새내', 'Jamsilsaenae'],
    ['삼성', 'Samseong'], ['선릉', 'Seolleung'], ['역삼', 'Yeoksam'], ['강남', 'Gangnam'], ['서초', 'Seocho'],
    ['사당', 'Sadang'], ['봉천', 'Bongcheon'], ['신림', 'Sillim'], ['신대방', 'Sindaebang'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 2`, [
    ['방배', 'Bangbae'], ['대림', 'Daerim'], ['문래', 'Mullae'], ['당산', 'Dangsan'], ['신촌', 'Sinchon'],
    ['아현', 'Ahyeon'], ['충정로', 'Chungjeongno'], ['용답', 'Yongdap'], ['신답', 'Sindap'], ['용두', 'Yongdu'],
    ['도림천', 'Dorimcheon'], ['신정네거리', 'Sinjeongnegeori'], ['까치산', 'Kkachisan'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 3 ${L3}`, [
    ['대화', 'Daehwa'], ['주엽', 'Juyeop'], ['정발산', 'Jeongbalsan'], ['마두', 'Madu'], ['백석', 'Baekseok'],
    ['대곡', 'Daegok'], ['화정', 'Hwajeong'], ['원당', 'Wondang'], ['원흥', 'Wonheung'], ['삼송', 'Samsong'],
    ['지축', 'Jichuk'], ['구파발', 'Gupabal'], ['연신내', 'Yeonsinnae'], ['불광', 'Bulgwang'], ['녹번', 'Nokbeon'],
    ['홍제', 'Hongje'], ['무악재', 'Muakjae'], ['안국', 'Anguk'], ['종로3가', 'Jongno 3(sam)-ga'],
    ['을지로3가', 'Euljiro 3(sam)-ga'], ['충무로', 'Chungmuro'], ['약수', 'Yaksu'], ['금호', 'Geumho'], ['옥수', 'Oksu'],
    ['신사', 'Sinsa'], ['잠원', 'Jamwon'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 3`, [
    ['양재', 'Yangjae'], ['매봉', 'Maebong'], ['도곡', 'Dogok'], ['대치', 'Daechi'], ['대청', 'Daecheong'],
    ['일원', 'Irwon'], ['수서', 'Suseo'], ['오금', 'Ogeum'], ['을지로4가', 'Euljiro 4(sa)-ga'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 4 ${L4}`, [
    ['당고개', 'Danggogae'], ['상계', 'Sanggye'], ['노원', 'Nowon'], ['쌍문', 'Ssangmun'], ['수유', 'Suyu'], ['미아', 'Mia'],
    ['미아사거리', 'Miasageori'], ['길음', 'Gireum'], ['혜화', 'Hyehwa'], ['명동', 'Myeong-dong'], ['회현', 'Hoehyeon'],
    ['삼각지', 'Samgakji'], ['신용산', 'Sinyongsan'], ['이촌', 'Ichon'], ['동작', 'Dongjak'], ['남태령', 'Namtaeryeong'],
    ['선바위', 'Seonbawi'], ['과천', 'Gwacheon'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 4`, [
    ['인덕원', 'Indeogwon'], ['평촌', 'Pyeongchon'], ['범계', 'Beomgye'], ['산본', 'Sanbon'], ['수리산', 'Surisan'],
    ['대야미', 'Daeyami'], ['반월', 'Banwol'], ['상록수', 'Sangnoksu'], ['중앙', 'Jungang'], ['고잔', 'Gojan'],
    ['초지', 'Choji'], ['안산', 'Ansan'], ['정왕', 'Jeongwang'], ['오이도', 'Oido'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 5 ${L5}`, [
    ['방화', 'Banghwa'], ['개화산', 'Gaehwasan'], ['송정', 'Songjeong'], ['마곡', 'Magok'], ['발산', 'Balsan'],
    ['우장산', 'Ujangsan'], ['화곡', 'Hwagok'], ['신정', 'Sinjeong'], ['목동', 'Mok-dong'], ['오목교', 'Omokgyo'],
    ['양평', 'Yangpyeong'], ['여의나루', 'Yeouinaru'], ['마포', 'Mapo'], ['공덕', 'Gongdeok'], ['애오개', 'Aeogae'],
    ['서대문', 'Seodaemun'], ['광화문', 'Gwanghwamun'], ['청구', 'Cheonggu'], ['신금호', 'Singeumho'],
    ['행당', 'Haengdang'], ['마장', 'Majang'], ['답십리', 'Dapsimni'], ['장한평', 'Janghanpyeong'], ['군자', 'Gunja'],
    ['아차산', 'Achasan'], ['광나루', 'Gwangnaru'], ['천호', 'Cheonho'], ['강동', 'Gangdong'], ['길동', 'Gil-dong'],
    ['굽은다리', 'Gubeundari'], ['명일', 'Myeongil'], ['고덕', 'Godeok'], ['상일동', 'Sangil-dong'],
    ['둔촌동', 'Dunchon-dong'], ['방이', 'Bangi'], ['개롱', 'Gaerong'], ['거여', 'Geoyeo'], ['마천', 'Macheon'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 6`, [
    ['응암', 'Eungam'], ['역촌', 'Yeokchon'], ['독바위', 'Dokbawi'], ['구산', 'Gusan'], ['새절', 'Saejeol'],
    ['증산', 'Jeungsan'], ['망원', 'Mangwon'], ['상수', 'Sangsu'], ['광흥창', 'Gwangheungchang'], ['대흥', 'Daeheung'],
    ['녹사평', 'Noksapyeong'], ['이태원', 'Itaewon'], ['한강진', 'Hangangjin'], ['버티고개', 'Beotigogae'],
    ['창신', 'Changsin'], ['보문', 'Bomun'], ['안암', 'Anam'], ['월곡', 'Wolgok'], ['상월곡', 'Sangwolgok'],
    ['돌곶이', 'Dolgoji'], ['봉화산', 'Bonghwasan'], ['신내', 'Sinnae'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 7`, [
    ['장암', 'Jangam'], ['수락산', 'Suraksan'], ['마들', 'Madeul'], ['중계', 'Junggye'], ['하계', 'Hagye'],
    ['공릉', 'Gongneung'], ['먹골', 'Meokgol'], ['중화', 'Junghwa'], ['상봉', 'Sangbong'], ['면목', 'Myeonmok'],
    ['사가정', 'Sagajeong'], ['용마산', 'Yongmasan'], ['중곡', 'Junggok'], ['청담', 'Cheongdam'], ['학동', 'Hak-dong'],
    ['논현', 'Nonhyeon'], ['반포', 'Banpo'], ['내방', 'Naebang'], ['이수', 'Isu'], ['남성', 'Namseong'], ['상도', 'Sangdo'],
    ['장승배기', 'Jangseungbaegi'], ['신대방삼거리', 'Sindaebangsamgeori'], ['보라매', 'Boramae'], ['신풍', 'Sinpung'],
    ['남구로', 'Namguro'], ['철산', 'Cheolsan'], ['광명사거리', 'Gwangmyeongsageori'], ['천왕', 'Cheonwang'],
    ['까치울', 'Kkachiul'], ['춘의', 'Chunui'], ['신중동', 'Sinjung-dong'], ['상동', 'Sang-dong'], ['굴포천', 'Gulpocheon'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 8`, [
    ['암사', 'Amsa'], ['몽촌토성', 'Mongchontoseong'], ['석촌', 'Seokchon'], ['송파', 'Songpa'], ['문정', 'Munjeong'],
    ['장지', 'Jangji'], ['복정', 'Bokjeong'], ['산성', 'Sanseong'], ['단대오거리', 'Dandaeogeori'], ['신흥', 'Sinheung'],
    ['수진', 'Sujin'], ['모란', 'Moran'],
  ]),
  ...group('station', 'place', `${SIGN}, Line 9 ${L9}`, [
    ['개화', 'Gaehwa'], ['신방화', 'Sinbanghwa'], ['마곡나루', 'Magongnaru'], ['가양', 'Gayang'], ['증미', 'Jeungmi'],
    ['등촌', 'Deungchon'], ['염창', 'Yeomchang'], ['선유도', 'Seonyudo'], ['샛강', 'Saetgang'], ['노들', 'Nodeul'],
    ['흑석', 'Heukseok'], ['구반포', 'Gubanpo'], ['신반포', 'Sinbanpo'], ['사평', 'Sapyeong'], ['신논현', 'Sinnonhyeon'],
    ['언주', 'Eonju'], ['선정릉', 'Seonjeongneung'], ['봉은사', 'Bongeunsa'], ['삼전', 'Samjeon'],
    ['석촌고분', 'Seokchongobun'], ['송파나루', 'Songpanaru'], ['둔촌오륜', 'Dunchonoryun'],
  ]),
];
