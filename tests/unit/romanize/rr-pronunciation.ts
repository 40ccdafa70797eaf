import { group, type RrCase } from './rr-case';

// The examples of 표준 발음법 (표준어 규정 제2부) that Revised Romanization depends on, with
// the romanization worked out by hand from the pronunciation the article gives (RR 제1장
// 제1항: 표준 발음법에 따라 적는다), tensification left unwritten (RR 제3장 제1항 [붙임]),
// ㄱ ㄷ ㅂ + ㅎ written apart in nouns (RR 제3장 제1항 4 다만), ㅢ always ui (RR 제2장 제1항
// [붙임 1]). Phrases of two words (옷 한 벌, 할 것을, 책 넣는다) are left out: RR writes words
// apart. The article texts were read at:
const P9 = 'https://passtoria.tistory.com/46';
const P12 = 'http://woorimal.net/language/pyojun/2pyo-12-13.htm';
const P13 = 'http://lifea.co.kr/%ED%91%9C%EC%A4%80-%EB%B0%9C%EC%9D%8C%EB%B2%95/';
const P17 = 'http://woorimal.net/language/pyojun/2pyo-17-19.htm';
const P20 = 'http://woorimal.net/language/pyojun/2pyo-20-22.htm';
const P23 = 'https://cafe.daum.net/_c21_/bbs_read?datanum=5&fldid=CZJH&grpid=yrjs';
const P29 = 'https://wnw0220.tistory.com/?page=2';
const P30 = 'https://jhistory.tistory.com/8738429?category=627148';
const SP = '표준 발음법';

export const PRONUNCIATION_CASES: RrCase[] = [
  ...group('pronunciation', 'word', `${SP} 제9항 (받침 대표음) ${P9}`, [
    ['닦다', 'dakda'], ['키읔', 'kieuk'], ['키읔과', 'kieukgwa'], ['옷', 'ot'], ['웃다', 'utda'], ['있다', 'itda'],
    ['젖', 'jeot'], ['빚다', 'bitda'], ['꽃', 'kkot'], ['쫓다', 'jjotda'], ['솥', 'sot'], ['뱉다', 'baetda'],
    ['앞', 'ap'], ['덮다', 'deopda'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제10항 (겹받침 ㄳ ㄵ ㄼ ㄽ ㄾ ㅄ) ${P9}`, [
    ['넋', 'neok'], ['넋과', 'neokgwa'], ['앉다', 'anda'], ['여덟', 'yeodeol'], ['넓다', 'neolda'], ['외곬', 'oegol'],
    ['핥다', 'halda'], ['값', 'gap'], ['없다', 'eopda'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제10항 다만 (밟- [밥], 넓- [넙]) ${P9}`, [
    ['밟다', 'bapda'], ['밟소', 'bapso'], ['밟지', 'bapji'], ['밟는', 'bamneun'], ['밟게', 'bapge'], ['밟고', 'bapgo'],
    ['넓죽하다', 'neopjukada'], ['넓둥글다', 'neopdunggeulda'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제11항 (겹받침 ㄺ ㄻ ㄿ) ${P9}`, [
    ['닭', 'dak'], ['흙과', 'heukgwa'], ['맑다', 'makda'], ['늙지', 'neukji'], ['삶', 'sam'], ['젊다', 'jeomda'],
    ['읊고', 'eupgo'], ['읊다', 'eupda'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제11항 다만 (용언 어간 ㄺ은 ㄱ 앞에서 [ㄹ]) ${P9}`, [
    ['맑게', 'malge'], ['묽고', 'mulgo'], ['얽거나', 'eolgeona'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제12항 1 (ㅎ + ㄱ ㄷ ㅈ → ㅋ ㅌ ㅊ) ${P12}`, [
    ['놓고', 'noko'], ['좋던', 'joteon'], ['쌓지', 'ssachi'], ['많고', 'manko'], ['않던', 'anteon'], ['닳지', 'dalchi'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제12항 1 [붙임 1] (ㄱ ㄷ ㅂ ㅈ + ㅎ) ${P12}`, [
    ['먹히다', 'meokida'], ['밝히다', 'balkida'], ['좁히다', 'jopida'], ['넓히다', 'neolpida'], ['꽂히다', 'kkochida'],
    ['앉히다', 'anchida'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제12항 1 [붙임 1] with RR 제3장 제1항 4 다만: 체언이므로 ㅎ을 밝혀 적음 ${P12}`, [
    ['각하', 'gakha'], ['맏형', 'mathyeong'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제12항 1 [붙임 2] (ㄷ으로 나는 ㅅ ㅈ ㅊ ㅌ + ㅎ) ${P12}`, [['숱하다', 'sutada']]),
  ...group('pronunciation', 'word', `${SP} 제12항 3 (ㅎ + ㄴ → [ㄴ]) and [붙임] (ㄶ ㅀ + ㄴ) ${P12}`, [
    ['놓는', 'nonneun'], ['쌓네', 'ssanne'], ['않네', 'anne'], ['않는', 'anneun'], ['뚫네', 'ttulle'], ['뚫는', 'ttulleun'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제12항 4 (ㅎ + 모음: ㅎ을 발음하지 않음) ${P12}`, [
    ['낳은', 'naeun'], ['놓아', 'noa'], ['쌓이다', 'ssaida'], ['많아', 'mana'], ['않은', 'aneun'], ['닳아', 'dara'],
    ['싫어도', 'sireodo'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제13항 (홑받침·쌍받침 + 모음: 연음) ${P13}`, [
    ['깎아', 'kkakka'], ['옷이', 'osi'], ['있어', 'isseo'], ['낮이', 'naji'], ['꽂아', 'kkoja'], ['꽃을', 'kkocheul'],
    ['쫓아', 'jjocha'], ['밭에', 'bate'], ['앞으로', 'apeuro'], ['덮이다', 'deopida'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제14항 (겹받침 + 모음: 뒤엣것만 연음) ${P13}`, [
    ['넋이', 'neoksi'], ['앉아', 'anja'], ['닭을', 'dalgeul'], ['젊어', 'jeolmeo'], ['곬이', 'golsi'], ['핥아', 'halta'],
    ['읊어', 'eulpeo'], ['값을', 'gapseul'], ['없어', 'eopseo'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제15항 (받침 + 실질 형태소의 모음: 대표음으로 바꾸어 연음) ${P13}`, [
    ['젖어미', 'jeodeomi'], ['맛없다', 'madeopda'], ['겉옷', 'geodot'], ['헛웃음', 'heoduseum'], ['값어치', 'gabeochi'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제17항 (구개음화) ${P17}`, [
    ['곧이듣다', 'gojideutda'], ['굳이', 'guji'], ['미닫이', 'midaji'], ['땀받이', 'ttambaji'], ['밭이', 'bachi'],
    ['벼훑이', 'byeohulchi'], ['닫히다', 'dachida'], ['묻히다', 'muchida'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제18항 (ㄱ ㄷ ㅂ 받침 + ㄴ ㅁ → [ㅇ ㄴ ㅁ]) ${P17}`, [
    ['먹는', 'meongneun'], ['국물', 'gungmul'], ['깎는', 'kkangneun'], ['키읔만', 'kieungman'], ['몫몫이', 'mongmoksi'],
    ['긁는', 'geungneun'], ['흙만', 'heungman'], ['닫는', 'danneun'], ['짓는', 'jinneun'], ['옷맵시', 'onmaepsi'],
    ['있는', 'inneun'], ['맞는', 'manneun'], ['젖멍울', 'jeonmeongul'], ['쫓는', 'jjonneun'], ['꽃망울', 'kkonmangul'],
    ['붙는', 'bunneun'], ['잡는', 'jamneun'], ['밥물', 'bammul'], ['앞마당', 'ammadang'], ['읊는', 'eumneun'],
    ['없는', 'eomneun'], ['값매다', 'gammaeda'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제19항 (ㅁ ㅇ 뒤 ㄹ → [ㄴ]) and [붙임] (ㄱ ㅂ 뒤) ${P17}`, [
    ['담력', 'damnyeok'], ['침략', 'chimnyak'], ['항로', 'hangno'], ['대통령', 'daetongnyeong'], ['막론', 'mangnon'],
    ['백리', 'baengni'], ['협력', 'hyeomnyeok'], ['십리', 'simni'],
  ]),
  ...group('pronunciation', 'place', `${SP} 제19항 ${P17}`, [['강릉', 'Gangneung']]),
  ...group('pronunciation', 'word', `${SP} 제20항 (ㄴ은 ㄹ의 앞이나 뒤에서 [ㄹ]) and [붙임] ${P20}`, [
    ['난로', 'nallo'], ['천리', 'cheolli'], ['칼날', 'kallal'], ['물난리', 'mullalli'], ['줄넘기', 'julleomgi'],
    ['할는지', 'halleunji'], ['닳는', 'dalleun'], ['핥네', 'halle'],
  ]),
  ...group('pronunciation', 'place', `${SP} 제20항 ${P20}`, [['광한루', 'Gwanghallu']]),
  ...group('pronunciation', 'word', `${SP} 제20항 다만 (ㄹ을 [ㄴ]으로 발음) ${P20}`, [
    ['의견란', 'uigyeonnan'], ['임진란', 'imjinnan'], ['생산량', 'saengsannyang'], ['결단력', 'gyeoldannyeok'],
    ['공권력', 'gonggwonnyeok'], ['동원령', 'dongwonnyeong'], ['상견례', 'sanggyeonnye'], ['횡단로', 'hoengdanno'],
    ['이원론', 'iwonnon'], ['입원료', 'ibwonnyo'], ['구근류', 'gugeunnyu'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제21항 (그 밖의 자음 동화는 인정하지 않음) ${P20}`, [
    ['감기', 'gamgi'], ['옷감', 'otgam'], ['있고', 'itgo'], ['꽃길', 'kkotgil'], ['젖먹이', 'jeonmeogi'], ['문법', 'munbeop'],
    ['꽃밭', 'kkotbat'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제22항 (용언 어미는 [어]가 원칙) ${P20}`, [['피어', 'pieo'], ['되어', 'doeeo']]),
  ...group('pronunciation', 'word', `${SP} 제23항 (된소리되기: 표기에 반영하지 않음) ${P23}`, [
    ['국밥', 'gukbap'], ['깎다', 'kkakda'], ['넋받이', 'neokbaji'], ['삯돈', 'sakdon'], ['닭장', 'dakjang'],
    ['칡범', 'chikbeom'], ['뻗대다', 'ppeotdaeda'], ['옷고름', 'otgoreum'], ['있던', 'itdeon'], ['꽂고', 'kkotgo'],
    ['꽃다발', 'kkotdabal'], ['낯설다', 'natseolda'], ['밭갈이', 'batgari'], ['솥전', 'sotjeon'], ['곱돌', 'gopdol'],
    ['덮개', 'deopgae'], ['옆집', 'yeopjip'], ['읊조리다', 'eupjorida'], ['값지다', 'gapjida'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제24항 and 다만 ${P23}`, [
    ['신고', 'singo'], ['껴안다', 'kkyeoanda'], ['앉고', 'ango'], ['얹다', 'eonda'], ['삼고', 'samgo'],
    ['더듬지', 'deodeumji'], ['닮고', 'damgo'], ['젊지', 'jeomji'], ['안기다', 'angida'], ['감기다', 'gamgida'],
    ['굶기다', 'gumgida'], ['옮기다', 'omgida'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제25항 ${P23}`, [['넓게', 'neolge'], ['훑소', 'hulso'], ['떫지', 'tteolji']]),
  ...group('pronunciation', 'word', `${SP} 제26항 and 다만 ${P23}`, [
    ['갈등', 'galdeung'], ['발동', 'baldong'], ['절도', 'jeoldo'], ['말살', 'malsal'], ['불소', 'bulso'], ['일시', 'ilsi'],
    ['갈증', 'galjeung'], ['물질', 'muljil'], ['발전', 'baljeon'], ['몰상식', 'molsangsik'], ['불세출', 'bulsechul'],
    ['허허실실', 'heoheosilsil'], ['절절하다', 'jeoljeolhada'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제27항 [붙임] (-(으)ㄹ로 시작되는 어미) ${P23}`, [
    ['할걸', 'halgeol'], ['할밖에', 'halbakke'], ['할세라', 'halsera'], ['할수록', 'halsurok'], ['할지라도', 'haljirado'],
    ['할지언정', 'haljieonjeong'], ['할진대', 'haljindae'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제28항 (사이시옷 없는 합성어의 된소리) ${P23}`, [
    ['문고리', 'mungori'], ['눈동자', 'nundongja'], ['신바람', 'sinbaram'], ['산새', 'sansae'], ['손재주', 'sonjaeju'],
    ['길가', 'gilga'], ['물동이', 'muldongi'], ['발바닥', 'balbadak'], ['굴속', 'gulsok'], ['술잔', 'suljan'],
    ['바람결', 'baramgyeol'], ['그믐달', 'geumeumdal'], ['아침밥', 'achimbap'], ['잠자리', 'jamjari'], ['강가', 'gangga'],
    ['초승달', 'choseungdal'], ['등불', 'deungbul'], ['창살', 'changsal'], ['강줄기', 'gangjulgi'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제29항 (합성어·파생어의 ㄴ 첨가) ${P29}`, [
    ['솜이불', 'somnibul'], ['홑이불', 'honnibul'], ['막일', 'mangnil'], ['삯일', 'sangnil'], ['맨입', 'maennip'],
    ['꽃잎', 'kkonnip'], ['내복약', 'naebongnyak'], ['한여름', 'hannyeoreum'], ['남존여비', 'namjonnyeobi'],
    ['신여성', 'sinnyeoseong'], ['색연필', 'saengnyeonpil'], ['늑막염', 'neungmangnyeom'], ['콩엿', 'kongnyeot'],
    ['담요', 'damnyo'], ['눈요기', 'nunnyogi'], ['영업용', 'yeongeomnyong'], ['식용유', 'sigyongnyu'],
    ['백분율', 'baekbunnyul'], ['밤윷', 'bamnyut'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제29항, with RR 제3장 제1항 4 다만 (직행: 체언) ${P29}`, [
    ['직행열차', 'jikhaengnyeolcha'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제29항 다만 (ㄴ을 첨가하여 발음하되 표기대로도 발음할 수 있음: 원칙을 따름) ${P29}`, [
    ['이죽이죽', 'ijungnijuk'], ['야금야금', 'yageumnyageum'], ['검열', 'geomnyeol'], ['욜랑욜랑', 'yollangnyollang'],
    ['금융', 'geumnyung'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제29항 [붙임 1] (ㄹ 받침 뒤 첨가된 ㄴ은 [ㄹ]) ${P29}`, [
    ['들일', 'deullil'], ['솔잎', 'sollip'], ['설익다', 'seollikda'], ['물약', 'mullyak'], ['불여우', 'bullyeou'],
    ['물엿', 'mullyeot'], ['휘발유', 'hwiballyu'], ['유들유들', 'yudeullyudeul'],
  ]),
  ...group('pronunciation', 'place', `${SP} 제29항 [붙임 1] ${P29}`, [['서울역', 'Seoullyeok']]),
  ...group('pronunciation', 'word', `${SP} 제29항 [붙임 2] (한 단어로 적는 수사) ${P29}`, [
    ['서른여섯', 'seoreunnyeoseot'], ['스물여섯', 'seumullyeoseot'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제29항 다만 (ㄴ을 첨가하지 않음) ${P29}`, [
    ['송별연', 'songbyeoryeon'], ['등용문', 'deungyongmun'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제30항 1 (사이시옷 + ㄱ ㄷ ㅂ ㅅ ㅈ; RR writes the ㅅ as t, like 샛별 saetbyeol) ${P30}`, [
    ['냇가', 'naetga'], ['샛길', 'saetgil'], ['빨랫돌', 'ppallaetdol'], ['콧등', 'kotdeung'], ['깃발', 'gitbal'],
    ['대팻밥', 'daepaetbap'], ['햇살', 'haetsal'], ['뱃속', 'baetsok'], ['뱃전', 'baetjeon'], ['고갯짓', 'gogaetjit'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제30항 2 (사이시옷 + ㄴ ㅁ → [ㄴ]) ${P30}`, [
    ['콧날', 'konnal'], ['아랫니', 'araenni'], ['툇마루', 'toenmaru'], ['뱃머리', 'baenmeori'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제30항 3 (사이시옷 + 이 → [ㄴㄴ]) ${P30}`, [
    ['베갯잇', 'begaennit'], ['깻잎', 'kkaennip'], ['나뭇잎', 'namunnip'], ['도리깻열', 'dorikkaennyeol'], ['뒷윷', 'dwinnyut'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제5항 다만 3·4 with RR 제2장 제1항 [붙임 1] (ㅢ는 ㅣ로 소리 나더라도 ui)`, [
    ['늴리리', 'nuilliri'], ['희망', 'huimang'], ['유희', 'yuhui'], ['무늬', 'munui'], ['띄어쓰기', 'ttuieosseugi'],
    ['주의', 'juui'], ['협의', 'hyeobui'], ['강의', 'gangui'],
  ]),
  // Words of the same kinds as the articles' examples whose standard pronunciation is not in
  // doubt (표준국어대사전 gives one), to check the rules on words the rule text does not list.
  ...group('pronunciation', 'word', `${SP} 제13항 applied; no ㄴ is added inside a Sino-Korean word (제29항 covers compounds)`, [
    ['금요일', 'geumyoil'], ['목요일', 'mogyoil'], ['일요일', 'iryoil'], ['월요일', 'woryoil'], ['석유', 'seogyu'],
    ['한국어', 'hangugeo'], ['외국인', 'oegugin'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제20항 applied`, [
    ['관련', 'gwallyeon'], ['연락', 'yeollak'], ['권리', 'gwolli'], ['원래', 'wollae'], ['진리', 'jilli'], ['논리', 'nolli'],
    ['신뢰', 'silloe'], ['설날', 'seollal'], ['물놀이', 'mullori'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제18항·제19항 applied`, [
    ['국민', 'gungmin'], ['독립', 'dongnip'], ['법률', 'beomnyul'], ['정류장', 'jeongnyujang'], ['식량', 'singnyang'],
    ['음료', 'eumnyo'], ['입력', 'imnyeok'], ['압력', 'amnyeok'], ['합리', 'hamni'], ['백로', 'baengno'], ['앞날', 'amnal'],
  ]),
  ...group('pronunciation', 'word', `${SP} 제12항·제17항 applied`, [
    ['맏이', 'maji'], ['붙이다', 'buchida'], ['좋아', 'joa'], ['좋다', 'jota'], ['싫다', 'silta'], ['많다', 'manta'],
    ['특히', 'teuki'],
  ]),
  ...group('pronunciation', 'word', 'RR 제3장 제1항 4 다만 applied (체언에서 ㄱ ㄷ ㅂ 뒤 ㅎ을 밝혀 적음)', [
    ['북한', 'bukhan'], ['입학', 'iphak'], ['축하', 'chukha'], ['급행', 'geuphaeng'],
  ]),
];
