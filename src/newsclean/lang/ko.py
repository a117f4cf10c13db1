"""Korean rules: data for every stage, no logic. Sections are owned by stages."""

from __future__ import annotations

CODE = "ko"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Class/id words of Korean sites are mostly English (see en.py); romanised ones here.
CLEAN_JUNK_CLASS_WORDS = ("gisa_list", "reporter_area", "copyright")
CLEAN_CAPTION_CLASS_WORDS = ("photo_txt", "img_txt")
CLEAN_SUBTITLE_CLASS_WORDS = ("sub_title", "subtit")
# Labels of share/print/font buttons, menus and footer widgets (spaces and punctuation ignored).
CLEAN_WIDGET_LABELS = (
    "카카오스토리", "카카오톡", "카카오", "네이버밴드", "밴드", "네이버", "페이스북", "트위터", "구글플러스",
    "프린터", "인쇄", "인쇄하기", "이메일", "메일", "메일보내기", "스크랩", "글자크게", "글자작게", "글자크기",
    "공유", "공유하기", "댓글", "좋아요", "구독", "구독하기", "닫기", "기사제목", "보내는분", "받는분",
    "보내는사람", "받는사람", "비밀번호", "채용정보", "주요기업", "많이본뉴스", "인기기사", "관련기사",
    "최신기사", "기사목록", "목록", "이전", "다음", "맨위로", "로그인", "회원가입", "전체메뉴", "검색",
    "광고", "추천", "추천기사", "뉴스", "기사", "바로가기", "더보기", "복사", "링크복사", "url복사",
    "본문", "듣기", "기사듣기", "저장", "보내기", "취소", "확인",
)
CLEAN_CHROME_PREFIXES = (
    "저작권자", "<저작권자", "무단전재", "무단 전재", "ⓒ", "관련기사", "▶ 관련", "[관련기사]",
    "이 기사를 추천", "기사제보", "구독하기", "많이 본 뉴스",
)
CLEAN_DATE_WORDS = ("년", "월", "일", "화", "수", "목", "금", "토", "시", "분", "오전", "오후", "입력", "수정", "등록", "승인", "기사입력", "최종수정")
CLEAN_NOTICES = {  # see en.py
    "cookie notice": (("쿠키",), ("개인정보", "동의", "브라우저", "광고", "설정")),
    "browser notice": (("브라우저",), ("지원하지 않", "지원되지 않", "업데이트")),
}
CLEAN_COPYRIGHT_MARKERS = ("ⓒ", "[ⓒ", "저작권자", "<저작권자", "무단전재", "무단 전재")
CLEAN_END_HEADINGS = ("관련기사", "관련 기사", "많이 본", "인기 기사", "인기기사", "추천 기사", "댓글", "주요뉴스", "주요 뉴스", "최신 기사", "다른 기사")
CLEAN_BYLINE_MARKERS = ("기자", "입력", "수정", "승인", "등록", "발행", "특파원", "기사입력")
# The end of a byline naming one author of several ("박준석 기자 외 1명": and one other), dropped before its last word is read.
# Regexes (not words: taken as written), searched at the end of the lower-cased line.
CLEAN_BYLINE_TAILS = (r"\s외\s?\d+\s?명",)
CLEAN_CREDIT_MARKERS = ("사진제공", "[사진", "(사진", "사진=", "/사진", "연합뉴스 자료사진", "제공=")

CLEAN_VOTE_WORDS = ("표",)

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

# Bylines and datelines are read line by line from the visible text. A pattern names its
# parts: ``names`` (one or more authors), ``role``, ``site`` (the outlet), ``email``.
AUTHOR_ROLES = (
    "선임기자", "수석기자", "전문기자", "객원기자", "인턴기자", "수습기자", "사진기자",
    "영상기자", "취재기자", "시민기자", "대기자", "기자", "특파원", "객원논설위원",
    "논설위원", "편집위원", "칼럼니스트", "앵커", "통신원",
)
_ROLE = "(?P<role>" + "|".join(AUTHOR_ROLES) + ")(?![가-힣])"
_NAME = "(?<![가-힣])(?P<names>[가-힣]{2,4}(?:\\s*[·ㆍ,]\\s*[가-힣]{2,4})*)"  # 홍길동·김철수
_EMAIL = r"\s*\(?(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)?"
BYLINE_PATTERNS = (
    r"\[(?P<site>[^\[\]=]{1,20}?)\s*=\s*" + _NAME + r"\s?" + _ROLE + r"\]",  # [뉴스투데이=오세은 기자]
    r"\([^()=]{1,10}=(?P<site>[^()=]{1,15})\)\s*" + _NAME + r"\s?" + _ROLE,  # (워싱턴=연합뉴스) 김동현 특파원
    r"글\s*[·ㆍ]\s*사진\s+" + _NAME + "(?![가-힣])",  # 글·사진 홍길동
    _NAME + r"\s?" + _ROLE + _EMAIL,  # 홍길동 기자 hong@yna.co.kr
    # 오세은 기자; not right after a sentence ("…올리고 있다. 고영권 기자": a photographer's credit ends a caption)
    r"(?<!다\.\s)(?<!다\.)" + _NAME + r"\s?" + _ROLE,
)
# A name in structured data must look like this to be kept (Korean names: 2-4 syllables).
NAME_PATTERN = r"[가-힣]{2,4}"
AUTHOR_SEPARATORS = r"\s*[,·ㆍ/]\s*|\s+외\s+\d+\s*명.*$"
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("기사입력", "입력", "등록", "승인", "게재", "발행", "송고")
MODIFIED_LABELS = ("최종수정", "수정", "업데이트")
MERIDIEM = {"오전": "AM", "오후": "PM"}
# Words after year, month, day, hour, minute: 2020년 7월 15일 17시 9분.
DATE_UNITS = {"year": "년", "month": "월", "day": "일", "hour": "시", "minute": "분"}
# "입력 3시간 전": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>분|시간|일|주)\s*전"
AGO_UNITS = {"분": 60, "시간": 3600, "일": 86400, "주": 604800}
# Korean pages state times in Korea Standard Time when they give no offset.
DEFAULT_TZ = "+09:00"
# The script of the language's text, to check the markup's language claim.
SCRIPT = "HANGUL"  # Unicode script name of its letters
JUNK_AUTHORS = ("온라인뉴스팀", "디지털뉴스팀", "뉴스팀", "편집국", "인터넷뉴스팀")

# (end of metadata section)

# ---------------------------------------------------------------------------
# facts part 1: numbers, units, currencies, percentages, counters, dates
# ---------------------------------------------------------------------------

# Numbers. Values that add up ("스물" + "두" = 22), multipliers inside a group of four
# digits (십/백/천) and multipliers of a whole group (만/억/조).
NUMBER_WORDS = {
    "공": 0, "영": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6,
    "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40,
    "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90,
    "석": 3, "넉": 4,  # before 달 ("석 달 만에", "넉 달 연속"): three, four
}
SMALL_SCALES = {"십": 10, "백": 100, "천": 1000}
BIG_SCALES = {"만": 10**4, "억": 10**8, "조": 10**12}
DECIMAL_POINTS = ("점", "쩜")
NEGATIVE_WORDS = ("마이너스", "영하")  # "영하 10도": ten degrees below zero
# A number spelled in Hangul must be one of these native words (before a counter: "세 곳")
# or a run of Sino-Korean digits and scales of two syllables or more ("이십", "오백만"),
# or a lone 십/백/천/만 ("만원"): a lone 일, 이, 오, 세... is a word, not a number.
SPELLED_DIGITS = "공영일이삼사오육칠팔구십백천만억조점쩜"
NATIVE_NUMBERS = (
    "하나", "한", "둘", "두", "셋", "세", "넷", "네", "다섯", "여섯", "일곱", "여덟", "아홉",
    "열", "스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔", "석", "넉",
)
SPELLED_ALONE = ("십", "백", "천", "만")
# A run of Sino-Korean digits alone, with no scale or point ("오영", "일이"), reads digit by digit
# as no amount in prose is written: a name ("오영주 장관": not five shares) or a word.
SPELLED_PLAIN_DIGITS = "공영일이삼사오육칠팔구"

# Units after a number: surface -> (fact type, unit). Money units are ISO 4217 codes.
UNITS = {
    "원": ("money", "KRW"), "달러": ("money", "USD"), "불": ("money", "USD"),
    "위안": ("money", "CNY"), "엔": ("money", "JPY"), "유로": ("money", "EUR"),
    "파운드": ("money", "GBP"), "루블": ("money", "RUB"), "루피": ("money", "INR"), "센트": ("money", "USD"),
    "홍콩달러": ("money", "HKD"), "캐나다달러": ("money", "CAD"), "호주달러": ("money", "AUD"),
    "싱가포르달러": ("money", "SGD"), "대만달러": ("money", "TWD"), "링깃": ("money", "MYR"), "루피아": ("money", "IDR"),
    "스위스프랑": ("money", "CHF"),  # (before 프랑, read as the longest unit)
    "헤알": ("money", "BRL"), "리라": ("money", "TRY"), "프랑": ("money", "CHF"), "바트": ("money", "THB"),
    # A currency name that several countries use is kept as its name, not guessed as one code.
    "디나르": ("money", "Dinar"), "리얄": ("money", "Riyal"), "페소": ("money", "Peso"),
    "%": ("percent", "percent"), "％": ("percent", "percent"), "퍼센트": ("percent", "percent"),
    "프로": ("percent", "percent"), "%p": ("percent", "point"), "%포인트": ("percent", "point"),
    "퍼센트포인트": ("percent", "point"),
    "개": ("count", "개"), "명": ("count", "명"), "곳": ("count", "곳"), "건": ("count", "건"),
    "대": ("count", "대"), "가구": ("count", "가구"), "척": ("count", "척"), "개사": ("count", "개사"),
    "개국": ("count", "개국"), "개소": ("count", "개소"), "채": ("count", "채"), "마리": ("count", "마리"),
    "권": ("count", "권"), "종": ("count", "종"), "차례": ("count", "차례"), "세대": ("count", "세대"),
    "석": ("count", "석"), "표": ("count", "표"), "주": ("count", "주"), "개교": ("count", "개교"),
    "장": ("count", "장"), "편": ("count", "편"),  # "앨범 200만장", "항공편 12편이 결항"
    "명분": ("count", "명분"),  # doses for so many people: "독감 백신 1천200만명분"
    "기": ("count", "기"), "량": ("count", "량"), "편성": ("count", "편성"), "필지": ("count", "필지"),  # "원전 4기", "전동차 10량", "토지 12필지"
    # a score or an item of a collection: "표준점수 최고점은 139점", "유물 150점"
    "점": ("count", "점"),
    "골": ("count", "골"), "승": ("count", "승"), "무": ("count", "무"), "패": ("count", "패"),  # sports: "2골을 넣었다", "10승 2무 3패"
    "경기": ("count", "경기"), "연승": ("count", "연승"), "연패": ("count", "연패"),  # "28경기에서 12골", "5연승", "3연패"
    # a box score: "4타수 2안타 1홈런 3타점", "5골 4도움", "6이닝 2실점", "20득점 10리바운드"
    "타수": ("count", "타수"), "안타": ("count", "안타"), "홈런": ("count", "홈런"), "타점": ("count", "타점"),
    "이닝": ("count", "이닝"), "실점": ("count", "실점"), "득점": ("count", "득점"), "탈삼진": ("count", "탈삼진"),
    "도움": ("count", "도움"), "도루": ("count", "도루"), "리바운드": ("count", "리바운드"), "어시스트": ("count", "어시스트"),
    # golf: a round's strokes and a score against par ("3언더파 69타", "합계 12언더파로", "2오버파"; "2타 차 선두")
    "타": ("count", "타"), "언더파": ("quantity", "under par"), "오버파": ("quantity", "over par"),
    "톤": ("quantity", "ton"), "t": ("quantity", "ton"), "kg": ("quantity", "kg"), "킬로그램": ("quantity", "kg"),
    "근": ("quantity", "근"), "컵": ("quantity", "cup"),
    "㎏": ("quantity", "kg"), "g": ("quantity", "g"), "그램": ("quantity", "g"), "㎎": ("quantity", "mg"), "mg": ("quantity", "mg"), "㎍": ("quantity", "µg"), "μg": ("quantity", "µg"),  # "㎥당 75㎍": fine dust
    "cm": ("quantity", "cm"), "㎝": ("quantity", "cm"), "mm": ("quantity", "mm"), "㎜": ("quantity", "mm"),
    "℃": ("quantity", "°C"), "°C": ("quantity", "°C"), "도": ("quantity", "degree"),  # "기온이 30도까지", "영하 10도"
    "km/h": ("quantity", "km/h"), "m/s": ("quantity", "m/s"), "㎧": ("quantity", "m/s"), "마일": ("quantity", "mile"),  # "순간풍속 25m/s"
    "MJ": ("quantity", "MJ"), "Gcal": ("quantity", "Gcal"),  # gas and heat sold: "MJ당 1.04원"
    "kW": ("quantity", "kW"), "㎾": ("quantity", "kW"), "㎿": ("quantity", "MW"), "MWh": ("quantity", "MWh"),
    "GWh": ("quantity", "GWh"), "TWh": ("quantity", "TWh"), "킬로와트": ("quantity", "kW"), "기가와트": ("quantity", "GW"),
    "헥타르": ("quantity", "ha"), "㏊": ("quantity", "ha"), "ℓ": ("quantity", "l"), "㎖": ("quantity", "ml"),
    "km": ("quantity", "km"), "킬로미터": ("quantity", "km"), "㎞": ("quantity", "km"),
    "m": ("quantity", "m"), "미터": ("quantity", "m"), "㎡": ("quantity", "m²"), "제곱미터": ("quantity", "m²"),
    "평": ("quantity", "pyeong"), "배럴": ("quantity", "barrel"), "리터": ("quantity", "l"),
    "MW": ("quantity", "MW"), "GW": ("quantity", "GW"), "kWh": ("quantity", "kWh"), "메가와트": ("quantity", "MW"),
    # a stock index's points, its level or its move ("코스피는 85.3포인트 오른 2,743.56에"; only in a
    # sentence naming an index: CUED_UNITS); a percentage point is written "%포인트", "%p"
    "포인트": ("quantity", "index point"),
    "hPa": ("quantity", "hPa"), "헥토파스칼": ("quantity", "hPa"),  # a typhoon's central pressure: "중심기압 950hPa"
    "TEU": ("quantity", "TEU"),  # containers, twenty-foot equivalent units: "물동량은 210만TEU로"
    "광년": ("quantity", "light-year"), "ppm": ("quantity", "ppm"),  # "130억광년 떨어진 은하", "이산화탄소 농도는 423ppm"
    "CGT": ("quantity", "CGT"),  # compensated gross tonnage, of ships ordered: "수주량은 897만CGT로"
    # storage and memory: "512GB 모델", "1TB 저장 용량"
    "GB": ("quantity", "GB"), "TB": ("quantity", "TB"), "MB": ("quantity", "MB"),
    "기가바이트": ("quantity", "GB"), "테라바이트": ("quantity", "TB"), "메가바이트": ("quantity", "MB"),
    # a device's battery, screen and chip process: "5000mAh", "6.9인치", "3나노 공정"
    "mAh": ("quantity", "mAh"), "인치": ("quantity", "in"), "나노": ("quantity", "nm"), "나노미터": ("quantity", "nm"), "㎚": ("quantity", "nm"), "nm": ("quantity", "nm"),
    "년": ("duration", "year"), "년간": ("duration", "year"), "개월": ("duration", "month"), "개월간": ("duration", "month"),
    "달": ("duration", "month"),
    "주간": ("duration", "week"), "주일": ("duration", "week"), "일간": ("duration", "day"),
    # 주 is shares ("100주를 샀다") unless weeks are counted: "15주 연속", "3주째", "3주 만에"
    "주째": ("duration", "week"), "주 연속": ("duration", "week"), "주 동안": ("duration", "week"),
    "주 만에": ("duration", "week"), "주 만의": ("duration", "week"),
    # a stock's price over a year's weeks: "52주 신고가" (the 52-week high), no 52 shares
    "주 신고가": ("duration", "week"), "주 신저가": ("duration", "week"), "주 최고가": ("duration", "week"), "주 최저가": ("duration", "week"),
    "시간": ("duration", "hour"), "분": ("duration", "minute"), "분간": ("duration", "minute"), "초간": ("duration", "second"),
    "초": ("duration", "second"),  # glued only (GLUED_UNITS): "10초 만에", "2분 33초"; not "5 초과"
    # buildings of a housing estate, counted ("아파트 12개 동", "8개동"; "101동" alone is a building's number)
    "개동": ("count", "개동"), "개 동": ("count", "개동"),
}
# Units read only glued to their number (see lang/en.py): "50프로" is 50 percent, "아이폰 16 프로" a model.
# 세대 counts households glued to a number, but a small one names a generation ("8세대 OLED", "5세대
# 이동통신", "1세대 1주택": a term), no count.
# 초 is seconds glued ("10초"), but apart it opens a word ("5 초과", "3 초대형").
GLUED_UNITS: dict[str, tuple[int, ...]] = {"프로": (), "세대": tuple(range(1, 13)), "초": ()}
# Glued after these units, the word that is no unit but another word: "10초과" is more than ten.
UNIT_WORD_STARTS = {"초": ("과",)}
# A record's hundredths after its seconds or metres ("10초07", "9초 95", "1분44초40": 104.4 s; "2m33": a
# high jump's 2.33 m): two or three digits, glued or after the blank given, before no unit of their own.
MARK_DECIMALS_AFTER = {"초": " ?", "m": ""}
# Units of a duration whose parts a record writes glued, the larger first ("2시간7분", "1분44초40").
GLUED_DURATION_PARTS = ("시간", "분", "분간", "초", "초간")
# A counter after a decimal number tells a rate or a mean, no count of things ("합계출산율은 0.72명",
# "인구 10만명당 27.3명", "평균 58.3점"): a quantity, the counter its unit.
DECIMAL_COUNT_IS_QUANTITY = True
# A rate's round base before its amount, the base's counter and 당, maybe the rate's noun between ("인구
# 10만명당 27.3명", "10만명당 자살률은 27.3명", "외래환자 1천명당 13.6명", "1만명당 의사 수는 25명"): the amount a quantity of unit "per 100,000" (as lang/en.py's "per"); "1인당
# 300만원" is per head, no rate.
RATE_BASE_BEFORE_AMOUNT = r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,7}|\d{1,3}[천만]|[십백천만])(?:명|건|가구|개|대|인)당 (?:[^\s\d,.]+ ){0,3}"
# Before a quantity, the time it is measured in: a speed or a rate ("시속 100㎞": km/h, "초속
# 30m": m/s, "시간당 50㎜": mm/h).
# A word right before a bare decimal number that names its scale: an earthquake's magnitude
# ("규모 4.8의 지진", "리히터 규모 5.4"), written with its tenths (not "매출 규모 1위", "규모 2배").
SCALE_BEFORE = {"규모": "magnitude"}
PER_TIME_BEFORE = {"시속": "h", "초속": "s", "분속": "min", "시간당": "h"}
# Native words that are a count of days in themselves ("사흘간", "이틀 만에", "열흘째"): a
# duration only before one of DAY_COUNT_AFTER ("하루 평균" is "per day").
DAY_COUNT_WORDS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8, "아흐레": 9, "열흘": 10, "보름": 15}
DAY_COUNT_AFTER = ("간", " 동안", "동안", " 만에", "만에", " 만의", "째", " 연속")
# Units read with Sino-Korean numbers only: after a native number ("두 분", "세 원") they
# are another word (분 = persons, honorific) or no amount at all.
SINO_ONLY_UNITS = ("분", "초간", "분간", "원", "개월", "개월간", "년", "년간", "%", "퍼센트", "도", "도움",  # "한도" is a limit, "한 도움" a help
                   "주")  # shares are counted in digits: "한 주가 시작됐다", "새로운 한주" is a week
# Words of a native number's letters and a counter's that are words of their own ("세종": the
# city, the king; "세척": washing; "한편": meanwhile, opening many a paragraph; "세대": a generation,
# "젊은 세대가"), not three kinds, three ships, one film or three vehicles ("세 종", "세 척", "한 편", "세 대").
NATIVE_COUNTER_WORDS = ("세종", "세척", "한편", "세대")
# Money units counted in hundredths of the currency: "10센트" is 0.1 USD.
UNIT_FACTORS = {"센트": 0.01}
# "3분의 1" is a fraction (one third), not three minutes.
FRACTION_WORDS = ("분의",)
# "3분의 1", "사분의삼": a fraction, its denominator first.
FRACTION_OF = "분의"
# A fraction that is a share of a whole is a percent fact, as in lang/en.py: "3분의 2가",
# "3분의 1 이상을", "절반이", "절반 가까이" (then a particle, a bound or the word's end; not
# "3분의 1초"). SHARE_WORDS are fractions alone; SHARE_BOUNDS may follow, glued or not.
SHARE_WORDS = {"절반": (1, 2)}
SHARE_BOUNDS = ("이상", "이하", "미만", "초과", "넘게", "가량", "안팎", "정도", "쯤", "남짓", "가까이")
# Units a lone Sino-Korean digit may be glued to ("구파운드", "이달러"): not 원, 유로
# or 불, which make words with it ("사원", "이유로", "이불").
LONE_DIGIT_UNITS = ("달러", "파운드", "센트")
# "10시 30분" is a time of day, not a duration: minutes right after an hour of the clock, or
# after a half of a match ("후반 17분 결승골", "전반 추가시간 2분에").
CLOCK_BEFORE = r"(?:\d{1,2}\s?시|(?<![가-힣])[전후]반(?: 추가시간)?)\s?$"
# A ratio to one after a number ("6.27대 1", "1,200대1"): a quantity of unit "ratio", its value the
# first term, only in a sentence naming one of RATIO_CUES ("평균 경쟁률이 6.27대 1을 기록했다": 6.27
# applicants to a place); elsewhere "3대 1로 이겼다" is a game's score, no fact.
RATIO_TO_ONE = r"\s?대\s?1"
RATIO_CUES = ("경쟁률",)
# Units read only in a sentence that names their kind (see lang/en.py): an index's points ("코스피는
# 85.3포인트 올랐다", "소비자심리지수는 3.5포인트 내렸다"), not a shop's ("5천포인트를 적립해준다").
CUED_UNITS = ("포인트",)
POINT_CUES = ("지수", "코스피", "코스닥", "다우", "나스닥", "S&P", "닛케이", "니케이", "항셍", "인덱스")
# Counters read only after one of their nouns: 기 counts plants, reactors, satellites and towers
# ("원전 4기를 건설", "체코 원전 2기", "충전기는 40만기를"), but after any other word it is a term or a
# stage ("트럼프 2기 행정부", "1기 신도시", "폐암 4기"). The noun ends the word before the number, maybe
# before its particle.
COUNTER_NOUNS = {"기": ("원전", "원자로", "발전소", "발전기", "충전기", "위성", "미사일", "로켓", "크레인", "승강기", "엘리베이터", "송전탑", "철탑", "고분", "석탑", "발사대", "포대", "터빈")}
# Counters that also make ordinal-like phrases ("3대 강국", "20대 남성"): counted only when
# a particle follows and the number is not a decade.
STRICT_COUNTERS = ("대",)
# A decade before such a counter is an age ("60대가 가장 많았다") unless a thing's noun stands bare
# right before it ("장비 60대를 투입했다", "차량 30대가 불탔다"): not an opener, nor a word of people or of
# ages ("특히 20대가", "남성 60대의", "운전자 60대가", "연령대별 20대는", "청년 20대가"), nor a rate's.
DECADE_AGE_BEFORE = ("특히", "또", "또한", "이어", "이어서", "뒤이어", "반면", "다만", "한편", "이에", "주로", "다음", "그다음", "역시", "아울러", "앞서", "이날")
DECADE_AGE_BEFORE_ENDINGS = ("자", "인", "민", "생", "층", "성", "녀", "년", "원", "객", "님", "이", "별", "대", "령", "주", "족", "들",
                            "율", "률", "상", "중")  # a rate or a group by age: "지지율 20대에서", "조사 대상 20대의"
# Right before a number, a stock index, maybe as the subject: the number is its level in points,
# and 대 after it the band of that level, no count of vehicles ("코스피 2,400대", "코스닥 지수는
# 700대로 밀렸다"; "차량 2,400대가" is a count). As lang/en.py's, no count after these words.
NUMBER_NAMERS = tuple(
    f"{index}{particle}" for index in ("코스피", "코스닥", "지수", "코스피지수", "코스닥지수", "다우지수", "나스닥지수")
    for particle in ("", "는", "은", "가", "이", "도")
)
# What may directly follow a unit or a date word inside a Hangul word: particles and endings.
# Not 당 (per): an amount before it is a rate's base, no amount of anything ("인구 10만명당 27.3명",
# "1주당 500원").
# "반" after a duration is its half: "2년 반 만에", "1시간 반가량" (not "반대", "반도체").
HALF_AFTER = ("반",)
UNIT_FOLLOWERS = (
    "이", "가", "을", "를", "은", "는", "의", "에", "도", "와", "과", "로", "으로", "만", "씩", "까지",
    "부터", "보다", "이나", "나", "쯤", "가량", "여", "정도", "이며", "이고", "인", "였", "이었", "대",
    "짜리", "에서", "에게", "밖", "뿐", "째", "이상", "이하", "미만", "초과", "가까이", "안팎", "선",
    "어치", "꼴", "치",  # "1조원어치" (worth), "100만원꼴" (apiece), "3개월치" (worth of)
    "이다",  # the copula: "50여개 기업이다"
    "급",  # a class of that size: "1만3천TEU급 컨테이너선", "30만t급 유조선", "3나노급 공정"
)
# Of those, the ones that follow a unit only, no noun's particles: a noun ending so is whole ("국제선",
# "노선", "부대", "김치"), not a noun and a particle when a count's noun is read.
UNIT_ONLY_FOLLOWERS = ("선", "대", "여", "째", "짜리", "어치", "꼴", "치", "급")
# After a unit, also the copula's short form after a vowel ("기준금리는 3.25%다", "100달러다"):
# not a particle (a word ending in it is a verb, see PREDICATE_ENDINGS).
UNIT_COPULA = ("다", "라고", "라며", "라면서", "라는")  # quoted too: "외환보유액이 4천156억달러라고 밝혔다"
# Approximation and bounds around a number. "200여개": 여 between number and counter.
APPROX_BEFORE = ("약", "대략", "무려", "최대", "최소")
# Words for some digit, glued to a scale and then a unit of money, a counter or a unit of time:
# "수백억원" is 100억 to 900억 won, "수십만 명" 10만 to 90만 people, "수십 년간" 10 to 90 years,
# approximate (one to nine of the scale; the value its low end, as a band's: "20%대"). Not before
# no scale ("수 명": the number of), nor a word of those letters ("수조에": in a tank).
SEVERAL_DIGITS = ("수", "몇")
# Alone, before a unit of time, a few of it (the low end of "some", to nine): "수년간" is 2 to 9
# years, "수개월" months, "수 시간" hours. Not 몇, which asks ("몇 년이 걸릴지"), nor units that make
# words with 수 ("수달", "수분", "수주": an otter, moisture, an order won).
SEVERAL_ALONE = {"수": 2}
SEVERAL_ALONE_UNITS = ("년", "년간", "개월", "개월간", "주간", "주일", "일간", "시간", "분간", "초간")
APPROX_INSIDE = ("여",)
# After an amount's unit, the band it opens: "20%대" is 20 to 30 percent, "1조원대" 1 to 2
# trillion won (a range up to the next leading digit).
BAND_AFTER = ("대",)
APPROX_AFTER = ("가량", "안팎", "정도", "쯤", "남짓", "가까이")
QUALIFIERS_AFTER = {"이상": "at least", "초과": "more than", "이하": "at most", "미만": "less than", "넘게": "more than"}
QUALIFIERS_BEFORE: dict[str, str] = {"최소": "at least", "최대": "at most"}
RANGE_SEPARATORS = ("~", "-", "–", "∼", "〜")
# The noun after a counter, or the word before the number, that is not the thing counted:
# bounds, measures, and adverbs ("부상자는 모두 12명", "하루 평균 1,200명", "3명 가운데").
NOT_COUNTED = (
    "이상", "이하", "미만", "초과", "가량", "정도", "규모", "수준", "안팎", "남짓", "중", "등", "가운데",
    "모두", "총", "각각", "평균", "누적", "불과", "겨우", "고작", "또", "더", "이미", "기간", "연속",  # "3차례 연속 동결"
    "수", "수가", "수도", "수를", "수의",  # "가입자 수가 500만명": the number of, whose noun is before it
    "크기", "면적", "넓이", "길이", "높이", "무게", "분량",  # "축구장 1천개 크기": a measure of the count
    "새", "사이",  # "한 달 새 2만명이", "1년 사이 3만명": within a time
    "추산", "추정", "집계", "당초",  # "주최 측 추산 10만명": by whose estimate; "당초 2천명에서": at first
    "기준",  # "9월 말 기준 6만7천가구": as of when
    "아래", "밑", "위",  # "10만명 아래로": below it
    "연간", "연평균", "월간", "월평균",  # "연간 30만대를 생산": a year's, how often
    "동안", "전국", "세계", "국내", "해외",  # "6이닝 동안"; "전국 1만2천곳의 투표소", "전 세계 35개국": where
    # an act done to the people counted, no kind of them: "관광객 1300만명 유치를", "1만명 채용에"
    "유치", "달성", "돌파", "증가", "감소", "확대", "축소", "채용", "고용", "모집", "감원", "증원", "감축", "동원", "배출", "육성",
    "주", "분기", "시즌", "통산",  # "발매 첫 주 200만장", "주 3회": a week; "5개 분기 연속 흑자", "시즌 10승째", "통산 100승": when
    "나",  # a verb's stem ("불이 나 1명이 숨지고"), no kind of thing
    "차",  # a margin: "2타 차 우승", "3점 차로"
    "전원", "시대",  # "재판관 8명 전원 일치 의견으로": all of them; "하루 여객 20만명 시대를": an era
    "이후", "이래", "이전",  # "도입된 이후 200만명이": since when
    "예정",  # "입주 예정 500세대": a plan, no kind of thing
    "만에", "만의", *DAY_COUNT_WORDS, *(f"{days}간" for days in DAY_COUNT_WORDS),  # "개통 6개월 만에 2만명", "사흘간 47만명", "하루 2만명": how long
)
# A figure told of what is counted, or a margin, is not what a count counts, after the counter or
# before the number ("배 1개 소매가격은", "수송 실적 2천만명", "2천445표 차로 이겼다").
NOT_COUNTED_ENDINGS = ("가격", "값", "요금", "비용", "실적", "금액", "비율", "차로", "차이",
                       "시즌")  # when: "정규시즌 87승"
# A predicate in one word (a verb, an adjective, a noun with the copula) is not what a count
# counts, before the number or after the counter: "숨지고 5명이", "21만1000명 늘었다", "줄어든
# 3만4천명", "1,000명 넘는". Its endings: a sentence's (다), a clause's (며, 지만; 고 after a
# verb stem, not "교통사고"), a noun modifier's (한, 된, 는, 은, 든, 던; "어난": "늘어난").
# 는 and 은 are also particles: "취업자 수는 2,880만명" (a noun with a particle counts nothing).
PREDICATE_ENDINGS = (
    "다", "며", "면서", "지만", "는데", "으나", "하고", "되고", "지고", "치고", "리고", "있고", "없고", "늘고", "줄고", "넘고",
    "한", "된", "는", "은", "든", "던", "친", "할", "될", "어난", "아난", "어나는", "아나는", "숨진", "늘어", "줄어", "들어", "돼",  # "늘어나는", "숨진 2명은", "2명 늘어", "올해 들어 49명"
    "다고", "다며", "다는",  # quoted: "120여건 접수됐다고 밝혔다"
    "하기로", "리기로", "이기로", "하기",  # a verb made a noun: "500명 늘리기로", "3명 채용하기로", "줄이기로"
    "르면", "으면", "하면", "되면", "보면",  # a condition: "자료에 따르면 두 차례"
    "해",  # a verb's connective form: "사고가 발생해 3명이", "28경기에 출전해 12골"
)
# Nouns ending as a predicate does (PREDICATE_ENDINGS): "피해 3건", "재해 12건" count them.
PREDICATE_LIKE_NOUNS = ("피해", "수해", "재해", "손해", "상해", "살해", "침해", "가해", "폐해", "방해", "이해", "견해", "화해", "올해", "지난해", "동해", "서해", "남해", "공해")
# Nouns whose last syllable is also a particle (가, 이): whole words before a count ("전문가
# 3명이", "환경운동가 5명", "어린이 2명"), not a subject ("정부가 3명을").
PARTICLE_LIKE_NOUNS = (
    "전문가", "활동가", "운동가", "분석가", "투자가", "사업가", "기업가", "정치가", "예술가", "평론가",
    "작곡가", "소설가", "건축가", "자본가", "작가", "어린이", "젊은이", "늙은이",
)
# "10명 중 7명", "10곳 가운데 3곳": a share, the whole first, where neither number is a count
# (as "7 in 10" in lang/en.py).
RATIO_WORDS = ("중", "가운데")
RATIO_WHOLE_FIRST = True
# A whole of 10, 100 or 1000 is a proportion's base after a population's noun ("국민 10명 중 7명",
# "성인 100명 가운데"), and after no noun; else it is a count ("부상자 10명 중 3명").
RATIO_POPULATIONS = (
    "국민", "시민", "주민", "사람", "인구", "성인", "청년", "청소년", "학생", "대학생", "직장인", "근로자", "노인",
    "어린이", "아이", "여성", "남성", "유권자", "응답자", "소비자", "한국인", "가구", "기업", "부모",
    "초등학생", "중학생", "고등학생", "고교생", "중고생", "초중고생",
)
# Counters of times: the object after them is what the verb acts on five times, not what is
# counted ("5차례 금리를 올렸다"), unless the verb holds it as an event (HOLDING_VERBS, the start
# of the word: "3차례 회의를 열었다", "두 차례 협상을 가졌다"); a subject is counted ("두 차례
# 회의가 열렸다"), and the noun before ("회의 3차례"). Not 회 or 번, whose number is often
# the event's own ("9회 지방선거", "67회 칸영화제가", "10번 출구", "3번 타자").
TIMES_COUNTERS = ("차례",)
HOLDING_VERBS = ("열었", "열어", "열고", "열기", "연다", "가졌", "가진", "갖고", "갖기", "개최", "진행", "실시", "치렀", "치른", "치르", "벌였", "벌인", "벌이")
OBJECT_PARTICLES = ("을", "를")
# After a counter, the particle that makes the next word what is counted: "3명의 사망자".
OF_PARTICLES = ("의",)

# Dates. "2020년 7월 15일", "7월 15일", "15일", "9월 중", "내년 상반기", "지난 14일".
YEAR_SUFFIX = "년"
MONTH_SUFFIX = "월"
DAY_SUFFIX = "일"
# Words that move a day/month reference: relative to the reference date.
# "전날", "다음날", "이튿날" (the day before / after) count from the story's events: not here.
DAY_WORDS = {"오늘": 0, "이날": 0, "당일": 0, "어제": -1, "내일": 1, "그저께": -2, "그제": -2, "엊그제": -2, "모레": 2, "내일모레": 2}
MONTH_WORDS = {"이달": 0, "이번 달": 0, "이번달": 0, "지난달": -1, "지난 달": -1, "저번달": -1, "전월": -1, "다음 달": 1, "다음달": 1, "내달": 1}
# "연내" (within the year): this year.
YEAR_WORDS = {"올해": 0, "금년": 0, "올": 0, "연내": 0, "작년": -1, "지난해": -1, "전년": -1, "내년": 1, "다음 해": 1, "다음해": 1, "이듬해": 1, "재작년": -2, "내후년": 2}
QUARTER_WORDS = {"이번 분기": 0, "이번분기": 0, "지난 분기": -1, "지난분기": -1, "전 분기": -1, "전분기": -1, "다음 분기": 1, "다음분기": 1}
# Saturday and Sunday of that week.
WEEKEND_WORDS = {"지난 주말": -1, "지난주말": -1, "이번 주말": 0, "이번주말": 0, "다음 주말": 1, "다음주말": 1, "오는 주말": 1}
# After a year: its decade ("1990년대").
DECADE_SUFFIXES = ("대",)
WEEK_WORDS = {"이번 주": 0, "이번주": 0, "금주": 0, "지난주": -1, "지난 주": -1, "저번주": -1, "다음 주": 1, "다음주": 1, "차주": 1}
# Before a date, a word that makes it recur, no one date ("매년 3월", "매달 15일", "매주 월요일", "해마다 4월").
# A date after a recurring one, its event and a word of time after it, recurs too ("매년 3월 결산 후 5월
# 배당", "매달 10일 정산 뒤 25일 지급"); not one the sentence tells apart ("매년 3월 열리던 행사가 5월로
# 미뤄졌다").
RECURRING_THROUGH = r"\S*\d[월일]\S*(?: \S+){0,2} (?:후|뒤|이후|직후|전|이전)"
RECURRING_BEFORE = frozenset(("매년", "매해", "해마다", "매월", "매달", "달마다", "매주", "주마다", "격주", "격년", "격월", "매일", "매"))
# "지난 14일" (past), "오는 22일" (future) before a bare day or weekday.
PAST_WORDS = ("지난", "저번")
FUTURE_WORDS = ("오는", "다가오는")
# "3월 마지막 월요일", "10월 첫째 수요일": the n-th weekday of a month (-1: the last).
ORDINALS = {"첫째": 1, "첫번째": 1, "첫 번째": 1, "둘째": 2, "두번째": 2, "두 번째": 2, "셋째": 3, "세번째": 3, "세 번째": 3, "넷째": 4, "네번째": 4, "네 번째": 4, "다섯째": 5, "마지막": -1}
WEEKDAYS = {"월요일": 0, "화요일": 1, "수요일": 2, "목요일": 3, "금요일": 4, "토요일": 5, "일요일": 6}
# Parts of a year or month: name -> (grain, index). Halves and quarters of a year,
# early/mid/late parts of a month ("초", "중순", "말").
PERIOD_WORDS = {
    "상반기": ("half", 1), "하반기": ("half", 2),
    "1분기": ("quarter", 1), "2분기": ("quarter", 2), "3분기": ("quarter", 3), "4분기": ("quarter", 4),
    "일분기": ("quarter", 1), "이분기": ("quarter", 2), "삼분기": ("quarter", 3), "사분기": ("quarter", 4),
    "일사분기": ("quarter", 1), "이사분기": ("quarter", 2), "삼사분기": ("quarter", 3), "사사분기": ("quarter", 4),
    "1·4분기": ("quarter", 1), "2·4분기": ("quarter", 2), "3·4분기": ("quarter", 3), "4·4분기": ("quarter", 4),
}
# Parts of a month: "3월 초", "9월 중순", "연말" is not handled (no month number).
MONTH_PARTS = {"초": "early", "상순": "early", "중순": "mid", "하순": "late", "말": "late", "초반": "early", "중반": "mid", "후반": "late"}
# "9월 중", "2025년까지": a word after a date that bounds it.
# "올해 안에", "3월 내에", "2025년 이내": within it, as "까지" (not "내" alone: "오늘 내 사진", "어제 내가").
# "다음 달 말께", "10일쯤": about then (께 also follows a date's words: DATE_FOLLOWERS).
DATE_AFTER = {"까지": "by", "안에": "by", "내에": "by", "이내": "by", "부터": "from", "이후": "after", "이전": "before", "중": "during", "께": "around", "쯤": "around"}
# A part of the current year or month in one word: "연말까지", "연초", "월말" (kind, part).
PERIOD_PARTS = {"연말": ("year", "late"), "연초": ("year", "early"), "월말": ("month", "late"), "월초": ("month", "early")}
# After such a part, a word that makes it a name: "연말 정산" (the year-end tax settlement), "연말 특수"
# (the season's trade), "연말 시상식" (an awards show), no date.
PERIOD_PART_NAMED_BY = ("정산", "시상식")
# Seasons (astronomical): first and last (month, day); "올여름", "이번 겨울", "지난 봄".
SEASONS = {"봄": ((3, 20), (6, 20)), "여름": ((6, 21), (9, 23)), "가을": ((9, 23), (12, 20)), "겨울": ((12, 21), (3, 20))}
# Elections named by their month and day, joined by a middle dot ("4·10 총선", "지난 6·1 지방선거"):
# the date is that day (not "5·18 민주화운동", "6·25 전쟁": events of a past year, no date).
DATED_EVENTS = ("총선", "대선", "조기 대선", "지방선거", "지선", "재보선", "재보궐선거", "보궐선거", "보선", "재선거", "국회의원 선거", "대통령 선거")
# Holidays of a fixed day of the solar calendar: (month, day), read as that day written without
# its year ("광복절": 8월 15일, resolved by the tense as such a date; "지난 광복절", "올해 성탄절").
HOLIDAYS = {
    "삼일절": (3, 1), "3·1절": (3, 1), "3.1절": (3, 1), "만우절": (4, 1), "근로자의 날": (5, 1),
    "어린이날": (5, 5), "어버이날": (5, 8), "스승의 날": (5, 15), "현충일": (6, 6), "제헌절": (7, 17),
    "광복절": (8, 15), "8·15 광복절": (8, 15), "국군의 날": (10, 1), "개천절": (10, 3), "한글날": (10, 9),
    "성탄절": (12, 25), "크리스마스": (12, 25), "크리스마스이브": (12, 24), "성탄 전야": (12, 24),
    "밸런타인데이": (2, 14),
}
# Between a holiday and its day of the month, one date: "광복절인 15일", "어린이날이었던 5일".
HOLIDAY_IS = ("인", "이던", "이었던")
# After a date, the words that make it the landmark of the day named next ("광복절을 하루 앞둔 14일",
# "추석 연휴를 앞둔 지난 13일", "성탄절 하루 전인 24일", "개천절 다음 날인 4일"): that day is the date
# the sentence tells, the landmark no fact (as "광복절인 15일" is one date, HOLIDAY_IS).
DATE_LANDMARK_AFTER = (
    r"(?: 연휴)?[을를]? ?(?:(?:하루|이틀|사흘|나흘|닷새|엿새|일주일|열흘|보름|한 달|\d{1,2} ?(?:일|주|개월)) )?"
    r"(?:앞둔|전인|전날인|뒤인|후인|다음 ?날인|이튿날인) (?:(?:지난|오는|이번 달) )?\d{1,2}일"
)
# Holidays of a day of the lunar calendar: (lunar month, day), each year's solar day found by
# dates.py. 설 alone is also a rumour or a theory ("그런 설이 돈다"): only as 설날 or before the
# holiday's words ("설 연휴", "설 명절").
LUNAR_HOLIDAYS = {
    "설날": (1, 1), "설 연휴": (1, 1), "설 명절": (1, 1), "설 당일": (1, 1), "구정": (1, 1), "정월대보름": (1, 15),
    "추석": (8, 15), "한가위": (8, 15), "부처님오신날": (4, 8), "석가탄신일": (4, 8),
}
# Before a season: this (0), the last (-1) or the next (1) one.
SEASON_WORDS = {"이번": 0, "지난": -1, "다음": 1, "오는": 1}
# Between two days of one span: "7월 13일~15일", "8월 8일부터 8월 13일".
DATE_RANGE = ("-", "–", "~", "∼", "〜", "부터")  # Korean copy often writes ∼ (U+223C): "1∼9월"
# "3주 전", "2년 후": counted units before 전 / 후 make a date.
AGO_WORDS = ("전", "이전")
# Nouns that 전 is the prefix of (all, former, previous) after a day of the month: "15일 전 국민에게"
# is on the 15th, to all the people, "20일 전 거래일보다" on the 20th, against the trading day before,
# not 15 or 20 days ago ("3일 전 서울에 도착했다" is).
AGO_PREFIX_OF = ("국민", "세계", "직원", "임직원", "거래일", "영업일", "대통령", "장관", "총리", "의원", "대표", "회장", "정부", "지역", "종목", "부처", "계열사")
# The tense of a sentence places a date written without its year ("10월 13일", "4분기"; see
# lang/en.py): the past is a verb syllable closed by ㅆ before an ending ("했다", "됐고",
# "열렸던"; not 있다, 겠다), the future a plan, an expectation or an ㄹ-form before 것 ("예정이다",
# "인하가 전망된다", "예상되며", "할 것으로"; not "예상됐던", "예상된 수준").
_PAST_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 20 and chr(c) not in "있겠")
_L_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 8)
# A verb's attributive past right after a day or a month is the date's own past too ("3월 5일
# 개학한 학교들은 … 들어간다", "15일 열린 회의에서", "5일 숨진 채"; not "3월 5일 예정된").
# So does a meeting right after a month's date where the sentence tells a decision taken ("이사회는 3월
# 회의에서 배당을 늘리기로 했다": the decision is past, the date the meeting's; a day alone is this month's,
# "25일 회의에서 확정하기로 했다", and a coming meeting is told so, "오는 3월", "내년 3월").
_MEETING = r"[가-힣]{0,6}?(?:회의|회담|총회|이사회|간담회|협의회|주총|회동)에서"
_DECIDED = r"[기키]로 (?:(?:최종|잠정|전격|일단) )?(?:합의|결정|의결|확정|약속)?했"
# ... unless what was decided is a meeting's own act, done at that meeting, still to come ("조합은 3월
# 총회에서 분담금을 확정하기로 했다", "3월 주총에서 이사를 선임키로 했다": next March's meeting).
_MEETING_ACTS = "|".join(("확정", "의결", "결정", "승인", "논의", "처리", "상정", "선임", "선출", "선정", "심의", "협의", "표결", "채택"))
PAST_TENSE = (
    rf"[{_PAST_SYLLABLES}](?:다|고|던|으며|지만|는데|습니다|으나)|(?<=\d[일월] )(?:[가-힣]{{1,6}}?(?<!예정)(?<!계획)[한된린진난른친](?= )"
    rf"|(?:(?<=월 )|(?<=월 \d일 )|(?<=월 \d\d일 )){_MEETING}(?=[^.]*?(?<!(?:{_MEETING_ACTS})하)(?<!{_MEETING_ACTS}){_DECIDED}))"
)
# A decision to act ("만나기로 했다", "시행키로 결정했다") tells the plan's future too.
FUTURE_TENSE = (
    rf"(?:예정|계획|방침|전망)이|(?:전망|예상)(?:된다|되며|되고|됩니|될)|겠|[{_L_SYLLABLES}] (?:것|계획|예정)"
    r"|(?<=[가-힣])[기키]로(?= (?:(?:최종|잠정|전격|일단) )?(?:합의|결정|의결|확정|약속)?했)"
)
# The plain present of a verb (-ㄴ다/-는다: "개학한다", "열린다", "문을 연다"; quoted, "개학한다고 밝혔다"):
# news writes what is scheduled so, but the present also tells general facts, and of a past event
# what is reported or inferred
# ("숨진 것으로 전해진다", "만났다고 한다": not these), nor what must be or is done at times ("물어야
# 한다", "열리기도 한다"). So it places a yearless date by distance
# alone, as lang/en.py's FUTURE_NEAREST: "3월 5일 개학한다" in November is next March, "11월 15일
# 개막한다" in a November 20 story stays this year's. The marker is the group ``at``.
_N_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 4)
FUTURE_NEAREST = (
    r"(?<![가-힣])(?<!고 )(?<!야 )(?<!기도 )(?<!곤 )(?!(?:전해진|알려진|보인|추정된|분석된|풀이된|해석된|평가된|관측된|파악된|집계된|나타난|확인된|밝혀진|지적된|여겨진|추산된|꼽힌|불린|이른)다)"
    rf"[가-힣]{{0,8}}?(?P<at>[{_N_SYLLABLES}]다)(?=[.!?”\"’'…]|\s*$|(?:고|며|는)(?![가-힣]))"
)
# A bracket of a short aside, with no blank inside (maybe after 이하), ends no clause: an age, a
# time zone, a weekday ("24일(현지시간) 기자회견에서 발표했다" is told past by 발표했다, "김모(54)씨가 숨졌다",
# "3일(이하 현지시간)", "26일(목)").
CLAUSE_ASIDE = r"\((?:이하 )?[^()\s]{1,12}\)"
LATER_WORDS = ("후", "뒤")
# "전년", "전 분기", "전월" count back from the date their sentence names before them, the
# period reported ("지난해 매출은 전년 대비": the year before last), else from the reference
# date: word -> unit.
FROM_DATE_BEFORE = {"전년": "year", "전 분기": "quarter", "전분기": "quarter", "전월": "month"}
# After "전년": the same part of that year ("전년 동기 대비", "전년동기", "전년 같은 기간").
# Year words that, right before one of SAME_PERIOD, count back as "전년" does: "올해 1~9월 매출은
# 작년 같은 기간보다" is January to September of last year (alone, 작년 is last year).
SAME_PERIOD_BEFORE = ("작년", "지난해")
SAME_PERIOD = ("동기간", "동기", "같은 기간", "동월", "같은 달", "동분기", "같은 분기")
# A year its sentence makes the topic before a date without its year is that date's ("매년 4월 열리던
# 행사가 올해는 3월 말로 앞당겨 열렸다": this year's March, though moved; "지난해에는 3월에 열렸다"): a year or
# a year word with a topic particle, the last before the date (dates._framed_year; see lang/en.py), with
# no quotation's end between ("올해는 … 다고 밝혔다").
YEAR_FRAME = r"(?:[^.\n]|\.(?=\d))*(?<![가-힣\d])(?:(?P<year>(?:19|20)\d\d)년|(?P<yearword>올해|지난해|작년|내년|재작년))(?:에는|에도|엔|는|도) "
YEAR_FRAME_ENDS = r"(?:다고|라고|다며|라며)(?!\w)"
# "3월까지" is this year's March whatever the tense ("3월까지 누적 판매량은 10만대다"): a writer
# names next year's ("내년 3월까지"). See lang/en.py.
YEARLESS_BOUND_AHEAD = False
# The grains of a yearless date that a future tense leaves in the reference year (last year's
# is still read after a past one): a quarter's or half's results are told after it ends, and a
# writer names next year's ("SK하이닉스의 3분기 영업이익이 … 이를 것으로 내다봤다" in October: this
# year's third quarter, "내년 3분기" the next). A month told ahead may be next year's ("3월 말
# 예정" in July).
FUTURE_KEEPS_YEAR = ("quarter", "half")
# Besides UNIT_FOLLOWERS, what may follow a date's words glued: "중순께", "전년동기", "전년동월".
DATE_FOLLOWERS = ("께", "동기", "동월", "동분기")
# A fiscal year, its word after the year ("2023 회계연도", "2024년 회계연도"): see lang/en.py.
FISCAL_AFTER = ("회계연도",)
# After a number of days: they are counted ("15일 동안", "15일 이내": for or within 15 days;
# "3일째", "5일 연속", "24일 만에": the third day running, five days in a row, after 24 days).
DAYS_COUNTED_BEFORE = ("동안", "안에", "내에", "이내", "째", "연속", "만에", "만의", "분", "치")  # "5일분", "3일치": days' worth
# Before a count of days, a count of nights that makes it a stay ("2박 3일 일정": three days,
# not the 3rd), or a noun that counts days, as the subject whose number it is ("폭염일수는
# 24일로", "열대야 일수가 20일을", "기간은 30일이다").
DAYS_COUNTED_AFTER = ("박", "일수는", "일수가", "일수도", "일수를", "기간은", "기간이", "기간도", "기간을")
# A comparison's end right before a day alone: the days are its difference ("평년보다 14일 많았다",
# "지난해보다 5일 빨리 폈다"), not the 14th ("지난해보다 3월 14일" keeps its date).
DAYS_COMPARED_AFTER = ("보다",)
# After a date, what makes it the one something is moved to: still to come when the move is
# told ahead or now ("회의는 24일로 연기된다" in a June 12 story is June 24, not May 24); told in
# the past, the nearest such date, before or after ("회의는 24일로 연기됐다" on June 12 is June
# 24; "해마다 5월 열리던 축제가 9월로 연기됐다" in November this year's September; "3월로
# 연기됐다" in November the coming March).
DATE_MOVED_AFTER = ("로 연기", "로 미뤄", "로 미루", "로 변경", "로 연장", "로 앞당", "로 옮", "으로 연기", "으로 미뤄", "으로 변경", "으로 연장", "으로 옮")
# After a date moved to, the event told held on it, in the past or as it is ("3월 말로 앞당겨
# 열렸다", "10월로 연기돼 치러진 대회"): the date is read by its tense as any date is.
DATE_MOVED_HELD = r"으?로 (?:앞당|연기|미뤄|미루|옮|변경)[가-힣]{0,2} (?:[가-힣]+ )?(?:열렸|열린|치러졌|치러진|개최됐|개최된|진행됐|진행된|시행됐|시행된|실시됐|실시된)"
# After a date, what makes it one something is set for, still to come however that is told
# ("개막일을 2월 22일로 확정했다", "선고 기일을 3월 5일로 정했다", "출시일을 1월 10일로 잡았다").
DATE_SET_AFTER = ("로 확정", "로 정했", "로 정하", "로 잡았", "로 결정", "으로 확정", "으로 정했", "으로 결정")
# After a date, what makes it one something stands ahead of, the coming one however the
# sentence is told: "성탄절을 앞두고 매출이 늘었다" in November is the coming Christmas.
DATE_AHEAD_AFTER = ("을 앞두", "를 앞두", "을 앞둔", "를 앞둔", "을 하루 앞", "를 하루 앞")
# After a month, the futures contract of its delivery ("브렌트유 1월물은", "WTI 12월물 가격"): the coming one.
DATE_COMING_AFTER = ("물은", "물이", "물도", "물의", "물로", "물에", "물과", "물 ", "물,")
# After a month, a word that makes it a name, not a date: a magazine's issue ("8월호"), an
# event ("6월 항쟁", "4월 혁명", "10월 유신"), a session of parliament ("8월 국회").
MONTH_NAMED_BY = ("호", "항쟁", "민주항쟁", "혁명", "유신", "국회")
# After a quarter or half, words that count it ("2분기 연속", "3분기째", "5분기 만에"): no date.
PERIODS_COUNTED_BEFORE = ("연속", "째", "만에", "만의", "동안")
RELATIVE_UNITS = {"일": "day", "주": "week", "주일": "week", "개월": "month", "달": "month", "년": "year"}
# "최근 3년간", "향후 5년", "다음 3주": a span of whole units before or after the current one.
# Days are left out: "지난 3일" is the 3rd of the month.
SPAN_WORDS = {"지난": -1, "최근": -1, "향후": 1, "앞으로": 1, "다음": 1}
SPAN_UNITS = {"주": "week", "개월": "month", "달": "month", "년": "year"}
# Labels of a byline's time stamp: a date right after one is page furniture, not a fact.
TIMESTAMP_LABELS = ("입력", "수정", "기사입력", "최종수정", "등록", "승인", "업데이트", "송고",
                    "송고시간", "입력시간", "수정시간", "입력일", "수정일", "등록일")  # "송고시간2024-03-05 10:00"

# (end of facts part 1 section)

# ---------------------------------------------------------------------------
# facts part 2: people, roles, organisations, quote frames
# ---------------------------------------------------------------------------
# Patterns use placeholders that facts/names.py fills from this section: {word}, {name},
# {surname}, {org} (the shapes below) and {role}, {modifier}, {particle}, {type}, {suffix},
# {honorific}, {surnames} (any word of ROLES, ROLE_MODIFIERS, PARTICLES, ORG_TYPE_NOUNS,
# ORG_SUFFIXES, HONORIFICS, SURNAMES).

# Shapes: a word, a personal name (surname + one or two syllables; {^surnames}: at a word's
# start, which lets the name patterns skip from one surname syllable to the next), an
# organisation's form.
WORD = r"[가-힣A-Za-z][가-힣A-Za-z0-9&]*"
NAME = r"(?:{^surnames})[가-힣]{1,2}"
SURNAME = r"(?:{^surnames})"
ORG = r"[가-힣A-Za-z][가-힣A-Za-z0-9&]+"
# An office glued to its place, body or field, written as one word ("서울시장", "금감원장",
# "경제부총리", "경제수석비서관", "국가안보소통보좌관", "재경본부장", "헌재소장", "주한미국대사",
# "사회통계국장", "홍보팀장", "한국교육과정평가원장"): only these ends (a compound ending in any
# role also reads "고강도 특별근로감독", "사건경위", "전시회장", "치과의원", "연구원" as people).
OFFICE = r"[가-힣]{1,9}(?:시장|도지사|지사|군수|구청장|교육감|청장|원장|위원장|부총리|수석|실장|비서관|보좌관|대변인|본부장|소장|대사|국장|과장|팀장|센터장|단장|처장)"
# Where a name that the person patterns read starts: a short word opening with a surname
# and followed by a blank, an age, "·" or 씨 (found once per text; names.Where).
NAME_HEAD = r"(?:{^surnames})[가-힣]{1,2}(?=[ (·씨])"
# A person's age in brackets after the name, maybe with the sex or the trade crime news adds
# ("김모(54)씨", "B(32·여)씨", "이모(45·회사원)씨").
AGE = r"\(\d{1,3}(?:·[가-힣]{1,4})?\)"
# A capital standing for a name in court and crime news, before 씨 ("A씨", "B(45)씨"; also found
# once per text, the letter first for a fast scan: the patterns' "{letter}").
NAME_LETTER = r"[A-Z](?<![A-Za-z].)(?=(?:" + AGE + r")?씨)"

# The characters between a name's head and a closing word of a pattern given one (names.Where):
# a name, its modifiers and its role ("김철수 의원(": words and blanks).
NAME_RUN = r"[\w ]*"
# Particles that may follow a name: stripped, never part of the name.
PARTICLES = (
    "으로부터", "로부터", "에서도", "에게도",  # "공정위로부터 과징금을", "삼성전자에서도"
    "에서는", "에게서", "에게는", "으로서", "으로는", "이라는", "과의", "와의", "에서", "에게", "으로", "까지",
    "부터", "에는", "이나", "이며", "이고", "측은", "측이", "측의", "측", "들은", "들이", "들의",
    "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "에", "로", "만", "며", "씨", "들",
)
# Particles that mark the subject or topic: the speaker of a quote carries one.
SUBJECT_PARTICLES = ("은", "는", "이", "가", "측은", "측이", "도")
# The topic particles among them: after a name's role they mark the sentence's speaker ("조 바이든
# 미국 대통령은 “…”"); 이/가 there may mark a clause's subject ("김상욱 의원이 … 표명한 데 대해 “…”").
TOPIC_PARTICLES = ("은", "는", "측은")

# Words that end an organisation's name (the name needs at least ORG_MIN_LEN characters).
ORG_SUFFIXES = (
    "부", "청", "처", "원", "위원회", "협회", "협의회", "연합회", "공사", "공단", "재단", "은행",
    "증권", "보험", "생명", "화재", "카드", "캐피탈", "전자", "그룹", "중공업", "공업", "건설",
    "물산", "화학", "제약", "바이오", "자동차", "모비스", "텔레콤", "통신", "에너지", "전력",
    "홀딩스", "금융", "금융지주", "지주", "항공", "해운", "해양", "조선", "철강", "제철", "산전",
    "소프트", "로보틱스", "디스플레이", "반도체", "거래소", "자산운용", "투자증권", "엔터테인먼트",
    "일보", "신문", "방송", "뉴스", "상사", "유통", "백화점", "연구소", "대학교", "대학",
    "학회", "조합", "당", "국회", "법원", "검찰청", "경찰청", "시청", "도청", "구청", "군청",
    "지법", "지검", "고법", "고검", "경찰서", "소방서", "세무서",
    "코리아",  # a foreign company's Korean arm: "르노코리아", "BMW코리아" (not "팀코리아": ORG_NOT)
    "회의소", "중앙회", "연맹", "공제회",  # 대한상공회의소, 농협중앙회, 한국노동조합총연맹, 군인공제회
    "의회",  # 서울시의회, 경남도의회, 유럽의회
    "박물관", "미술관",  # 국립중앙박물관, 국립현대미술관, 리움미술관
)
ORG_MIN_LEN = 3
# Shorter names of that shape still are names: a group's two capitals ("구광모 LG 회장").
ORG_SHORT_SHAPE = r"[A-Z]{2}"
# One word, the suffix last, then maybe a particle: 산업통상자원부가, 삼성전자와. Not a word of
# three syllables ending in 원 before a role no such body has, maybe over a company's name: a
# name ("장제원 의원", "김태원 교수", "최태원 SK 회장", "김태원 현대건설 사장", "이동원 대법관"; "국정원 원장" is a
# body's head, "국정원 출신 의원" a body).
# (Those roles no body has, which a name ending in 원 stands before: also read by PERSON_PATTERNS.)
_PERSON_ONLY_ROLES = r"(?:의원|국회의원|교수|기자|변호사|후보|선수|감독|코치|여사|씨|회장|부회장|사장|부사장|대표|대표이사|전무|상무|장관|차관|총리|대통령|대법관|판사|부장판사|검사|부장검사|재판관)"
ORG_SUFFIXED = r"\b(?P<org>[^\W\d_][\w&]*?(?:{suffix}))(?!(?<=(?<!\w)[가-힣]{2}원) (?:(?!(?:{modifier}|출신) )[가-힣A-Za-z&]+ )?" + _PERSON_ONLY_ROLES + r"(?:{particle})?(?!\w))(?:{particle})?(?!\w)"
# Words with an organisation suffix that name no organisation.
ORG_NOT = (
    "이날", "본부", "국회의원", "부의장", "지도부", "정부", "동부",
    "중앙은행", "시중은행", "지방은행", "국책은행", "인터넷은행", "저축은행",  # kinds of bank
    "지자체", "지방자치단체", "노동조합", "경찰서", "소방서", "세무서", "지방의회", "기초의회", "광역의회",  # a kind, unnamed
    # a kind of institution, unnamed ("요양원에서", "관리원이"; "한국과학기술원", "서울식물원" are named)
    "관리원", "기술원", "정보원", "요양원", "고아원", "보육원", "양로원", "식물원", "수목원",
    # words ending like a body ("전부": all, "일부": some, "연구원": a researcher, "사원": a staff
    # member), read whole: "통일부", "행정안전부", "소방청", "감사원" are bodies
    "전부", "일부", "방청", "연구원", "사원", "항공사", "저비용항공사",  # ("항공사" ends like "한국공항공사")
    # a kind of school or hospital, unnamed ("유치원에서", "대학병원으로"), and a place ("이태원 일대")
    "유치원", "대학병원", "요양병원", "종합병원", "상급종합병원", "동물병원", "한방병원", "치과병원", "대형병원",
    "전문병원", "수련병원", "이태원",
    "팀코리아", "바이코리아", "메이드인코리아",  # the national team, slogans
    "재판부",  # the bench of the case at hand ("재판부는 … 선고했다"; a numbered one is named: ORG_UNIT_AFTER)
    "박물관", "미술관", "사립박물관", "사립미술관", "시립미술관", "시립박물관", "현대미술관",  # a kind, unnamed
)
# The 17 regional governments (metropolitan cities and provinces), by their names in news.
ORG_REGIONS = (
    "서울시", "부산시", "대구시", "인천시", "광주시", "대전시", "울산시", "세종시", "경기도",
    "강원도", "충북도", "충남도", "전북도", "전남도", "경북도", "경남도", "제주도", "서울특별시",
    "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
    "세종특별자치시", "강원특별자치도", "전북특별자치도", "제주특별자치도", "충청북도", "충청남도",
    "전라북도", "전라남도", "경상북도", "경상남도",
)
# A region, maybe with its city, county or district, right before a suffixed name: the body is
# the region's, the whole its name ("인천시 선거관리위원회", "서울시 교육청", "경기도 연천군청").
ORG_REGION_BEFORE = r"(?:" + "|".join(ORG_REGIONS) + r") (?:[가-힣]{1,3}[시군구] )?"
# After a court, its bench, numbered, maybe with its kind ("대법원 3부", "서울고법 형사6부",
# "서울중앙지법 형사합의21부", "대법원 전원합의체"), and after a prosecutors' office its division
# ("서울중앙지검 반부패수사부", "수원지검 형사1부") or its branch ("수원지검 안산지청"): one
# organisation, the office's name and the unit. (A court's branch, "수원지법 안산지원", ends as 지원
# does, support: none.)
ORG_UNIT_AFTER = (
    r"(?<=법원|지법|고법|지검|고검|찰청)(?P<unit> (?:(?:형사|민사|행정|가사|특허|파산|회생)?(?:합의|단독)?\d{1,2}(?:-\d)?부"
    r"|전원합의체|[가-힣]{1,8}(?:수사|조사)\d{0,2}부|[가-힣]{2,4}지청))(?=(?:{particle})?(?!\w))"
)
# Endings of common nouns that look like an organisation's suffix ("800억원", "신용카드").
ORG_NOT_ENDINGS = (
    "부처", "투자처", "판매처", "거래처", "공급처", "수요처", "연락처", "사용처", "납품처", "피난처",
    "은신처", "출처", "운전자", "임시국회", "정기국회", "수뇌부", "집행부", "대부분", "공무원", "직원", "회원", "의원",
    "위원", "요원", "사무원", "회사원", "승무원", "상담원", "종업원", "은행원", "대원", "선원", "지원", "자원", "재원", "인원", "전원", "차원", "억원", "만원", "천원",
    "조원", "백원", "동원", "복원", "정당", "해당", "상당", "담당", "여당", "야당", "배당", "수당",
    # trades of people (-員): "김동현 특파원", "경비원이", "조합원들은"
    "특파원", "배달원", "경비원", "미화원", "청소원", "판매원", "안내원", "집배원", "통역원", "역무원",
    "정비원", "매표원", "작업원", "파견원", "조합원", "검침원", "교환원", "계산원", "공작원", "감시원", "단속원",
    "조사원", "검사원", "입사원", "평사원", "여사원", "남사원", "정사원",  # (not 감사원, the audit board)
    # researchers (not "한국개발연구원", "현대경제연구원": institutes)
    "선임연구원", "수석연구원", "책임연구원", "전임연구원", "주임연구원", "후연구원", "객원연구원", "초빙연구원", "방문연구원",
    "식당", "강당", "요청", "신청", "초청", "경청", "내부", "외부", "여부",
    "세부", "간부", "부부", "북부", "남부", "서부", "중부",  # "노부부", "동북부" (not 노동부)
    "인당", "가구당", "시간당", "건당", "개당", "평당",  # per person, household...: "1인당"
    "학급당", "학교당", "병상당", "점포당", "회당", "장당", "병당", "대당",  # "학급당 학생 수"
    "경기당", "객실당", "좌석당", "컨테이너당", "제곱미터당", "학생당", "환자당", "직원당", "회원당", "가입자당", "이용자당",
    "고객당", "매장당", "항공편당", "선박당", "의사당",  # per game, room, seat...: "경기당 평균 2골", "컨테이너당 5천달러"; "국회의사당" is a building
    "배럴당", "리터당", "달러당", "온스당", "톤당", "부셸당", "파운드당", "유로당", "위안당", "엔당", "마리당", "분기당", "세대당", "개월당", "킬로그램당",  # "배럴당 80달러"
    *(f"{unit}당" for unit in UNITS if unit.isascii() or not "가" <= unit[0] <= "힣"),  # per a unit written in letters or a sign: "MJ당 1.04원", "㎾h당", "t당"
    "주부", "청소부", "잠수부", "인부", "반부",  # people's trades; "전반부", "후반부" (halves)
    "유조선",  # an oil tanker, no shipbuilder ("30만t급 유조선과")
    "걸그룹", "보이그룹", "아이돌그룹", "가짜뉴스", "공원", "북조선", "남조선", "고조선",
    "시공사",  # a builder of a project, unnamed ("조합은 시공사를 선정했다"; not 한국도로공사)
    "보수공사", "확장공사", "철거공사", "토목공사", "건설공사", "복구공사", "정비공사", "시설공사",
    "재생에너지", "청정에너지", "전기자동차", "수소자동차", "시스템반도체",
    "전력반도체", "정책금융", "서민금융", "녹색금융", "혁신금융", "소비자금융", "기업금융",
    "무역금융", "신용카드", "체크카드", "교통카드", "선불카드", "기프트카드", "포인트카드", "복지카드", "동행카드", "건강보험", "고용보험", "실손보험", "자동차보험",
    "이동통신", "정보통신", "위성통신", "생방송", "공영방송", "유가증권", "석유화학", "정밀화학",
    "종이신문", "대학원", "기획부", "편집부", "사회부", "경제부", "정치부", "AI반도체",
    "방지법", "금지법", "복지법", "유지법",  # laws, not a district court (지법): "폭력방지법", "아동복지법"
)
# Endings of words found by their context that name a group of people, a field, a trade, a
# seat or a place, no organisation ("소상공인 대표", "피해자 대표", "경제학 교수", "지역구 의원",
# "비례대표 의원", "금융권 관계자", "가요계 관계자", "제작진 관계자", "연천군 관계자"; orgs.name_like).
ORG_NAMED_NOT_ENDINGS = (
    "자", "인", "민", "생", "족", "부모", "학", "구", "대표", "층", "계", "들", "권", "가", "당국",
    "사", "진", "단", "측", "현장", "시", "군",
    # a verb's form, no name ("공정거래위원회와 협력한다"); 혼다, 도요타 end in 다 as names do
    "한다", "했다", "된다", "됐다", "있다", "없다", "이다", "였다", "겠다", "하고", "하며", "해야",
    "겼다", "졌다", "렸다", "았다", "었다", "쳤다", "혔다", "웠다", "났다", "뤘다",  # "수원FC와 비겼다", "KT와 맞붙었다"
    # an adverb ("대통령실과 긴밀히 협의", "정부와 함께")
    "히", "하게", "께",
    # a figure or a rate ("보험사 순이익이", "카드사 연체율이", "증권사 수수료가": of a kind of company)
    "이익", "손실", "율", "률", "료", "액", "량", "금리", "가격", "수익", "실적", "부채", "대출",
)
# Nouns naming a kind of organisation: "A·B·C 등 50여개 기업", "중소기업 라온피플".
ORG_TYPE_NOUNS = (
    "기업", "대기업", "중소기업", "중견기업", "벤처기업", "스타트업", "업체", "회사", "기관",
    "단체", "제조사", "협력사", "계열사", "증권사", "제약사", "운용사", "보험사", "카드사",
    "은행", "공기업", "플랫폼", "게임사", "통신사", "완성차업체", "건설사", "조선사",
    "소속사", "기획사", "매체", "언론사", "방송사", "신문사", "구단", "운영사", "개발사", "모회사", "자회사",
)
# An organisation's short form: the same first character, its characters in order inside the
# long name, ending in the long name's suffix or its first character (산업부 -> 산업통상자원부,
# 식약처 -> 식품의약품안전처, 공정위 -> 공정거래위원회); or the long name's tail of three or
# more characters (민주당 -> 더불어민주당, 산업지능화협회 -> 한국산업지능화협회).
ORG_ABBREVIATION = "subsequence"
# Suffixes whose names news writes short in two syllables, the name's first and the suffix's
# first (한은: 한국은행, 산은: 산업은행, 한전: 한국전력, 도공: 한국도로공사 written 도로공사); other
# two-syllable words are no short forms ("대항" of 대한항공, "기부" of 기획재정부).
ORG_SHORT_TWO_SUFFIXES = ("은행", "전력", "공사", "투자증권")
# A suffix's own short forms, which a name's short form may end with instead (현대차: 현대자동차).
# A short form keeping a suffix of three syllables or more whole is none ("금융위원회" is its own
# name, not 금융통화위원회's; a tail is, "인권위원회" of 국가인권위원회).
ORG_SUFFIX_SHORT = {"자동차": ("차",)}
# Well-known organisations news names by their own word, with no suffix or kind to tell it
# ("현대차는", "카카오와 네이버", "쿠팡은", "SK는"), found wherever the text writes one as a whole word,
# maybe with a particle (orgs._known; not inside "김한화", "카카오톡", "네이버웹툰"). From general
# knowledge, not from any text: the largest listed companies and groups, banks, platforms,
# broadcasters and papers, public corporations, universities, bodies at home and abroad, and
# foreign companies as Korean news writes them; one that also names a common thing, a place or a
# currency is left to ORG_ACTING (한화: "한화 약 1천억원", 아마존: the river) or out (빙그레: "빙그레
# 웃었다", 당근, 토스). A name with a suffix is found by it, listed here only as an alias's full name.
ORG_KNOWN = (
    # groups and companies
    "삼성", "삼성SDI", "삼성SDS", "삼성바이오로직스", "삼성전기", "SK", "SK하이닉스", "SK이노베이션", "SK스퀘어",
    "SK온", "SK네트웍스", "SKT", "LG", "LG이노텍", "LG유플러스", "LG에너지솔루션", "LG생활건강", "현대차", "기아차",
    "HD현대", "HD현대중공업", "현대로템", "현대글로비스", "현대위아", "현대오일뱅크", "포스코", "포스코퓨처엠",
    "네이버", "NAVER", "카카오뱅크", "카카오페이", "카카오게임즈", "카카오모빌리티", "셀트리온",
    "한화에어로스페이스", "한화오션", "한화솔루션", "한화시스템", "롯데", "롯데쇼핑", "롯데케미칼", "롯데웰푸드",
    "신세계", "이마트", "SSG닷컴", "쿠팡", "CJ", "CJ제일제당", "CJ대한통운", "CJ올리브영", "GS", "GS칼텍스",
    "GS리테일", "KT", "KT&G", "HMM", "두산", "두산에너빌리티", "두산밥캣", "효성", "코웨이", "아모레퍼시픽",
    "오리온", "오뚜기", "하이트진로", "크래프톤", "넷마블", "넥슨", "펄어비스", "하이브", "에코프로",
    "에코프로비엠", "고려아연", "영풍", "HLB", "알테오젠", "유한양행", "한미약품", "GC녹십자", "녹십자", "배달의민족",
    "배민", "우아한형제들", "당근마켓", "네이버웹툰",
    "한국갤럽", "갤럽", "리얼미터", "한국리서치", "엠브레인", "입소스",  # pollsters "토스뱅크", "비바리퍼블리카", "케이뱅크", "야놀자", "무신사", "컬리", "직방",
    "민주노총", "한국노총", "한국교총", "전경련", "대한상의", "경총", "전교조", "경실련", "참여연대",  # (bodies known by short names)
    "에쓰오일", "S-OIL", "CJ ENM", "진에어", "에어부산", "에어서울", "에어프레미아", "한진", "부영", "한샘", "한섬", "이랜드", "위메프", "티몬", "신라젠", "안랩", "쏘카", "정관장", "미래에셋", "농협", "수협", "새마을금고", "코레일", "LH", "한수원",
    "한국수력원자력", "코트라", "국민의힘", "한전", "한국전력", "아시아나", "한은", "국민은행", "기업은행", "농협은행",
    # broadcasters, agencies and papers
    "KBS", "MBC", "SBS", "EBS", "JTBC", "YTN", "MBN", "TV조선", "채널A", "연합뉴스TV", "뉴시스", "뉴스1",
    "한겨레", "매일경제", "머니투데이", "이데일리", "헤럴드경제", "CNN", "BBC", "NHK", "AFP", "로이터",
    "뉴욕타임스", "월스트리트저널", "워싱턴포스트", "파이낸셜타임스",
    # ministries and agencies by their short forms (found by their suffix; listed for their full names)
    "기재부", "산업부", "국토부", "복지부", "행안부", "농식품부", "해수부", "중기부", "과기정통부", "고용부", "여가부",
    "금감원", "식약처", "방사청", "국정원", "질병청", "문체부", "공수처", "심평원", "건보공단",
    # bodies known by a short form ending in 위 (위원회), with no suffix
    "공정위", "금융위", "방통위", "선관위", "중앙선관위", "인권위", "권익위", "원안위", "금통위", "증선위",
    # universities
    "서울대", "연세대", "고려대", "카이스트", "KAIST", "포스텍", "성균관대", "한양대", "이화여대", "서강대",
    "경희대", "중앙대", "부산대", "경북대",
    # abroad: bodies, and companies as Korean news writes them
    "연준",  # (the US central bank, 연방준비제도: found in ORG_ACTING's pass only as a subject)
    "유엔", "UN", "유니세프", "UNICEF", "유럽연합", "EU", "나토", "NATO", "세계보건기구", "WHO", "국제통화기금", "IMF", "세계무역기구",
    "WTO", "경제협력개발기구", "OECD", "석유수출국기구", "OPEC", "국제원자력기구", "IAEA", "아세안", "ASEAN",
    "애플", "구글", "테슬라", "엔비디아", "인텔", "퀄컴", "AMD", "TSMC", "오픈AI", "넷플릭스",
    "보잉", "에어버스", "도요타", "소니", "닛산", "폭스바겐", "화웨이", "샤오미", "알리바바", "텐센트",
    "바이두", "BYD", "CATL", "틱톡", "바이트댄스", "테무", "골드만삭스", "JP모건", "모건스탠리", "블랙록",
    # football clubs abroad by the names Korean news gives them (not those that are a city's too: 리버풀, 나폴리)
    "토트넘", "울버햄프턴", "아스널", "맨유", "맨시티", "맨체스터 시티", "맨체스터 유나이티드", "바이에른 뮌헨", "파리 생제르맹", "PSG",
)
# Short forms and other names of known organisations -> the full name, each mention's value
# (an official name, or the form news writes in full: 국민은행 is KB국민은행's branch name).
ORG_KNOWN_ALIASES = {
    "현대차": "현대자동차", "기아차": "기아", "NAVER": "네이버", "아시아나": "아시아나항공",
    # 한국전력공사, listed as 한국전력 and written 한전: one organisation, by its official name
    "한전": "한국전력공사", "한국전력": "한국전력공사",
    "녹십자": "GC녹십자", "배민": "배달의민족", "국민은행": "KB국민은행", "기업은행": "IBK기업은행",
    "농협은행": "NH농협은행", "한수원": "한국수력원자력", "코레일": "한국철도공사", "LH": "한국토지주택공사",
    "코트라": "대한무역투자진흥공사", "한은": "한국은행",
    "민주노총": "전국민주노동조합총연맹", "한국노총": "한국노동조합총연맹", "전경련": "전국경제인연합회",
    "한국교총": "한국교원단체총연합회", "대한상의": "대한상공회의소", "경총": "한국경영자총협회", "전교조": "전국교직원노동조합", "경실련": "경제정의실천시민연합",
    "공정위": "공정거래위원회", "금융위": "금융위원회", "인권위": "국가인권위원회", "권익위": "국민권익위원회",
    "원안위": "원자력안전위원회", "금통위": "금융통화위원회", "증선위": "증권선물위원회", "중앙선관위": "중앙선거관리위원회",
    "카이스트": "한국과학기술원", "KAIST": "한국과학기술원",
    "기재부": "기획재정부", "산업부": "산업통상자원부", "국토부": "국토교통부", "복지부": "보건복지부", "행안부": "행정안전부",
    "농식품부": "농림축산식품부", "해수부": "해양수산부", "중기부": "중소벤처기업부", "과기정통부": "과학기술정보통신부",
    "고용부": "고용노동부", "여가부": "여성가족부", "금감원": "금융감독원", "식약처": "식품의약품안전처",
    "방사청": "방위사업청", "국정원": "국가정보원", "질병청": "질병관리청", "문체부": "문화체육관광부",
    "공수처": "고위공직자범죄수사처", "심평원": "건강보험심사평가원", "건보공단": "국민건강보험공단",
    "방통위": "방송통신위원회", "선관위": "선거관리위원회",
    "연준": "연방준비제도",
    "맨유": "맨체스터 유나이티드", "맨시티": "맨체스터 시티", "PSG": "파리 생제르맹",
    "UN": "유엔", "UNICEF": "유니세프", "S-OIL": "에쓰오일", "EU": "유럽연합", "NATO": "나토", "WHO": "세계보건기구", "IMF": "국제통화기금",
    "WTO": "세계무역기구", "OECD": "경제협력개발기구", "OPEC": "석유수출국기구", "IAEA": "국제원자력기구", "ASEAN": "아세안",
}

# Legislatures and regional governments, and national bodies whose names have no suffix: named
# by their own word, which may also name a place ("서울시 강남구", "청와대 앞"), each is an
# organisation once the text makes it act, as the subject of a sentence ("서울시는 … 밝혔다",
# "국회가 … 통과시켰다", "국민의힘은 …", as news NER tags them); every mention is then the body's.
ORG_ACTING = ("국민의힘", "청와대", "대통령실", "국가안보실", "헌법재판소", "헌재", "국회",
              "백악관", "크렘린궁", "엘리제궁", *ORG_REGIONS,  # (and foreign leaders' offices)
              "연방준비제도",  # (and a central bank whose name has no suffix: "연방준비제도는 … 동결했다"; 연준 is known)
              "한화", "아마존", "기아", "메타", "카카오")  # (and companies whose names name a currency, a
              # river, hunger, a prefix or a crop: "한화 약 1천억원", "기아에 시달리는 주민", "메타 분석",
              # "카카오 가격이 올랐다")
# Nicknames of sports clubs (baseball, football, basketball, volleyball), written after the
# club's town or owning company: "삼성 라이온즈", "KIA 타이거즈", "포항 스틸러스", "대한항공 점보스"
# (orgs._clubs). The word before, its town or owner: a word of capitals or of two to six letters
# not ending in a particle or a verb's ending ("우승한 트윈스" names no club), maybe glued.
ORG_CLUB_NICKNAMES = (
    "라이온즈", "트윈스", "타이거즈", "이글스", "베어스", "자이언츠", "랜더스", "다이노스", "히어로즈", "위즈", "와이번스",
    "스틸러스", "블루윙즈", "유나이티드", "하나시티즌", "시티즌", "현대모터스", "드래곤즈", "그리너스", "소닉붐", "읏맨",
    "나이츠", "세이커스", "프로미", "이지스", "썬더스", "피버스", "레드부스터스", "페가수스", "소노 스카이거너스", "스카이거너스",
    "점보스", "스카이워커스", "블루팡스", "빅스톰", "핑크스파이더스", "하이패스", "레드스파크스", "페퍼스", "알토스",
    "블루밍스", "에스버드", "스타즈",
    # abroad, as Korean news writes the clubs of its players ("LA 다저스", "샌디에이고 파드리스"; not
    # "홋스퍼": "토트넘 홋스퍼 스타디움" is a venue, and news writes "토트넘")
    "다저스", "파드리스", "양키스", "메츠", "레드삭스", "화이트삭스", "컵스", "블루제이스", "에인절스", "매리너스",
    "애스트로스", "브레이브스", "필리스", "카디널스", "오리올스", "로키스", "레인저스", "로열스", "브루어스",
    "파이리츠", "말린스", "내셔널스", "애슬레틱스", "다이아몬드백스", "가디언스", "레이커스", "워리어스", "셀틱스",
)
# A club named by its home town and its owner's capitals, with no nickname, as basketball and
# football copy writes it ("원주 DB는 서울 SK를 85-79로 꺾었다", "울산 HD와", "수원 KT가"): one of the
# home towns of clubs at home, the capitals, then a particle ("서울 SK 본사" is no club). orgs._clubs.
ORG_CLUB_HOMES = (
    "서울", "부산", "대구", "인천", "광주", "대전", "울산", "수원", "원주", "창원", "안양", "고양", "전주", "포항", "제주",
    "김천", "강원", "성남", "부천", "안산", "화성", "천안", "청주", "김포", "아산", "용인", "구미", "의정부", "군산",
    "파주", "김해",
    "전북", "전남", "경남", "충남", "충북",
)
# (The home towns of every club of the KBO, K리그1 and K리그2, KBL and WKBL, and V리그's men and
# women, and the provinces clubs are named by.)
# Owners news names a club by after its town, written in Hangul ("전북 현대", "수원 삼성", "안양 정관장",
# "인천 대한항공", "김천 상무", "서울 이랜드"): the owners of the clubs of those leagues.
ORG_CLUB_OWNERS = (
    "현대", "삼성", "현대모비스", "정관장", "한국가스공사", "소노", "하나은행", "흥국생명", "현대건설",
    "대한항공", "현대캐피탈", "한국전력", "우리카드", "삼성화재", "삼성생명", "우리은행", "신한은행", "한국도로공사",
    "IBK기업은행", "기업은행", "페퍼저축은행", "OK저축은행", "KB손해보험", "GS칼텍스", "상무", "이랜드",
)
_CLUB_PARTICLE = r"(?=(?:은|는|이|가|을|를|와|과|에|의|도|에게|전)?(?![\w&]))"
ORG_CLUB_HOME_OWNER = (
    ("|".join(ORG_CLUB_HOMES), r"(?P<org>(?:" + "|".join(ORG_CLUB_HOMES) + r") (?:[A-Z]{2,4}|" + "|".join(ORG_CLUB_OWNERS) + r"))(?=(?:은|는|이|가|을|를|와|과|에|의|도|에게|전)(?!\w)| {name} (?:감독|감독대행|코치|수석코치|선수|단장|주장|구단주)(?:{particle})?(?!\w))"),
    # (or before a name and a team's role, its coach's or player's: "울산 HD 김판곤 감독은")
    # a football club of FC and its town, either way round ("FC서울", "대구FC는", "수원FC와")
    ("FC", r"(?P<org>FC[가-힣]{2,5}?)" + _CLUB_PARTICLE),
    r"(?<![\w&])(?P<org>(?:" + "|".join(ORG_CLUB_HOMES) + r")FC)" + _CLUB_PARTICLE,  # (the town glued: no whole word, searched)
)
# Towns of clubs abroad whose names end as a particle or a verb's ending does, or are long ("샌디에이고
# 파드리스", "시카고 컵스", "콜로라도 로키스", "탬파베이", "로스앤젤레스 에인절스"): read whole before a nickname.
ORG_CLUB_TOWNS = ("kt",  # (and an owner written in lower case: "kt 위즈")
                  "샌디에이고", "시카고", "콜로라도", "탬파베이", "로스앤젤레스", "샌프란시스코", "세인트루이스", "캔자스시티", "디트로이트", "클리블랜드", "필라델피아", "골든스테이트")
ORG_CLUB_OWNER = (
    r"(?<![\w&·])(?P<owner>" + "|".join(ORG_CLUB_TOWNS) + r"|[A-Z]{2,4}|[가-힣A-Z][가-힣A-Za-z]{1,5}(?<![은는이가을를의와과도에로한된던할며고서인들]))(?: |(?<=[가-힣A-Z]))$"
)
# A listed company's code in brackets after its name ("오리온(271560)", "신세계(004170)"): the
# name is an organisation's.
COMPANY_CODE_AFTER = r"\((?:[A-Z가-힣]{2,5}: ?)?\d{6}\)"
# Nouns only a company or a body has, right after its name: "오리온 관계자는", "신세계 주가는"
# (a word of them with its particle is read apart: "관계자는" is 관계자 and 는).
COMPANY_NOUNS_AFTER = ("관계자", "주가", "주식", "임직원", "직원", "매출", "계열사", "본사", "노조")
# Figures only a company or a government reports, after its name and 의, maybe past the period
# they are of: "카카오의 3분기 매출", "한화의 지난해 영업이익", "창원시의 올해 예산" (not "카카오의
# 가격", a crop's).
COMPANY_FIGURES_OF = r"의 (?:(?:\d{4}년|올해|지난해|작년|올|연간|누적|[1-4]분기|[1-4]~[2-4]분기|[상하]반기|\d{1,2}월) ){0,2}(?:매출|매출액|영업이익|영업손실|순이익|당기순이익|순손실|실적|주가|시가총액|시총|예산)(?:{particle})?(?!\w)"
# What follows such a body's name when it acts: a subject particle ending the word. The names
# and it as one pattern (orgs._acting), searched through the text: a name at a word's start. A
# city, county or district after its region acts as its government too ("경기도 연천군은 …
# 밝혔다"; alone, "연천군" is a place: ORG_NAMED_NOT_ENDINGS).
# The body also acts where its member is named right after it, a name of a name's shape and a
# role ("국민의힘 추경호 원내대표는", "대통령실 정진석 비서실장", "서울시 이정한 대변인": the person's
# organisation; not before 씨, 군 or 양, where a place is a resident's: "서울시 김모씨").
ORG_ACTING_AFTER = (
    "(?:" + "|".join(SUBJECT_PARTICLES) + r")(?!\w)| {name} (?:(?:{modifier}) )*(?!(?:씨|군|양)(?!\w))(?:{role})(?:{particle})?(?!\w)"
    # its code, its side or one of its nouns: "카카오(035720)", "카카오 측은", "카카오 관계자는",
    # "한화 주가" (a crop, a prefix or a currency has none: "카카오 가격이 올랐다", "메타 분석",
    # "(한화 약 1천억원)")
    r"|" + COMPANY_CODE_AFTER + r"| 측(?:은|이|도)(?!\w)| (?:" + "|".join(COMPANY_NOUNS_AFTER) + r")(?:{particle})?(?!\w)|" + COMPANY_FIGURES_OF
)
# News writes a city, county or district after its province's short name ("강원 춘천시는", "경기
# 수원시는", "서울 강남구는"): it acts as its government, named alone. Its name has three syllables
# or more, or is a city's district by its direction ("서울 중구는"): not a noun ending alike ("서울
# 인구는", "경기 연구가"), nor a kind of city or a constituency ("경기 신도시는", "서울 지역구는":
# ORG_CITY_NOT).
ORG_PROVINCES_SHORT = ("서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주")
ORG_CITY_NOT = ("신도시", "대도시", "소도시", "중소도시", "지역구", "선거구", "자치구", "비상시", "평상시", "유사시")
# Words that open a sentence linking it to the one before, before its subject ("이에 대해 위메프
# 대표는 “…”").
SOURCE_OPENERS = ("한편", "이에", "이날", "또", "또한", "다만", "특히", "앞서", "이어", "아울러", "반면", "이에 대해", "이와 관련해")
# Where a sentence's subject stands with no word of its own before it: the sentence's start, maybe
# after one of SOURCE_OPENERS. (A word's start first, then the last letter of an opener, then one
# lookbehind for each length of the openers: a lookbehind for each opener cost 7 times as much.)
_AT_SENTENCE_START = (
    r"(?<!\S)(?:^|(?<=\n)|(?<=[.!?=] )|(?<=[.!?][”\"’'] )|(?<=[" + "".join(sorted({w[-1] for w in SOURCE_OPENERS})) + "] )(?:"
    + "|".join(f"(?<=(?<![가-힣])(?:{'|'.join(w for w in SOURCE_OPENERS if len(w) == n)}) )" for n in sorted({len(w) for w in SOURCE_OPENERS}))
    + r"))"
)
# (The second pattern is tried only where a province's short name stands, its ``org`` the body; the
# third where such a body's name stands: it acts as the subject through its head or spokesperson
# unnamed, opening the sentence, "카카오 대표는", "이에 대해 서울시 대변인은"; not after a name, "김민수
# 청와대 대변인은": the person's organisation.)
ORG_ACTING_PATTERN = (
    r"\b(?:" + "|".join(ORG_ACTING) + r")(?:(?<=[시도]) [가-힣]{1,3}[시군구])?(?=" + ORG_ACTING_AFTER + ")",
    ("|".join(ORG_PROVINCES_SHORT), r"(?:" + "|".join(ORG_PROVINCES_SHORT) + r") (?!(?:" + "|".join(ORG_CITY_NOT) + r")(?![가-힣]{2}))"
     r"(?P<org>[가-힣]{2,3}[시군구]|[중동서남북]구)(?=" + ORG_ACTING_AFTER + ")"),
    ("|".join(ORG_ACTING), _AT_SENTENCE_START + r"(?:" + "|".join(ORG_ACTING) + r")(?= (?:(?:{modifier}) )*(?:{role})(?:은|는|이|가|도)(?!\w))"),
)
# Common acronyms of things, alone or glued to a noun, no organisation's name ("AI반도체",
# "MZ세대", "IT기업"; "SNS는", "GDP가", "HBM이").
ORG_NOT_SHAPE = (
    r"(?:AI|IT|ICT|MZ|ESG|SNS|PC|OTT|EV|VR|AR|XR|CEO|GDP|PF|ETF|TV|IPO|UAM|SW|HW|BTS|LNG|LPG|SUV|HBM|OLED|GPU|CCTV|KTX|GTX)[가-힣].*"
    r"|[A-Z&]+[가-힣]*법"  # a law named by capitals: "MB악법", "IRA법"
    r"|AI|IT|PC|TV|EV|VR|AR|XR|SW|HW|MZ|SNS|ICT|CEO|CFO|CTO|COO|GDP|GNI|CPI|PPI|PMI|ESG|OTT|IPO|ETF|ELS|DLF|M&A|R&D|DNA|RNA|PCR|CCTV"
    r"|SUV|LNG|LPG|HBM|DRAM|GPU|CPU|NPU|OLED|LCD|NFT|ICBM|SLBM|THAAD|GPS|USB|LTE|UAM|KPI|VIP|MVP"
    r"|OST|FTA|IRA|EUV|MOU|ATM|SMR|PBR|PER|ROE|EPS|BTS|ASF|AIDS|SARS|MERS|COVID|KTX|SRT|GTX|GMO"
)
# Where an organisation is introduced without a suffix: a kind of organisation before a name,
# capitals glued to a name, a list before 등 and a kind of organisation (ORG_BEFORE), and a
# name coordinated with a known one.
ORG_PATTERNS = (
    r"(?<!\S){type} (?P<org>{word})(?:은|는|이|가|과|와|도)(?!\w)",
    # Capitals (one pattern: each is tried at every capital letter): glued to a Hangul name, a
    # company of a group ("SK하이닉스", "LG에너지솔루션", "CJ대한통운", "HD현대"); an acronym of
    # three letters or more as a subject or coordinated ("MBC는", "IMF가", "JTBC와") or before a
    # programme's title, its broadcaster ("KBS <김과장>", "MBC 드라마 <숨바꼭질>"). Not a common
    # acronym of a thing (ORG_NOT_SHAPE).
    ("{capital}", r"(?P<org>[A-Z](?<![\w&.].)(?:[A-Z&]{1,3}[가-힣]{2}[가-힣A-Za-z0-9&]*(?!\w)"
                  r"|[A-Z&]{2,5}(?=(?:은|는|이|가|와|과|도)(?!\w)|(?: [가-힣]{2,3})? [<《〈])))"),
    # a foreign company's Korean arm, the country and its capitals ("한국GM", "한국IBM", "한국P&G"; not
    # "한국GDP", ORG_NOT_SHAPE). (The country's name first: searched as a literal.)
    r"(?P<org>한국(?<![\w&]한국)(?!(?:" + ORG_NOT_SHAPE + r")(?![\w&]))[A-Z][A-Z&]{1,4})(?=(?:{particle})?(?![\w&]))",
)
# Words organisations stand right before: (the word, how many characters before it the names
# may start, the pattern the text before it ends with, the pattern the text after it opens
# with). The body an unnamed source speaks for ("청와대 관계자", "현대차 핵심 관계자"; not a field
# or a trade: "업계 관계자", "금융권 관계자", by orgs.name_like and ORG_NAMED_NOT_ENDINGS); a list
# before 등 and a kind of organisation ("A·B·C 등 50여개 기업"; the list's words are atomic,
# "(?>{word})": a separator or the end follows each, never a letter it could give back); an
# institution and its Latin short form in brackets ("국제통화기금(IMF)", "한국개발연구원(KDI)").
# A university named short, "○○대", before its department's word or before a professor's name
# ("강원대 농업경제학과", "전남대 의대 김철수 교수", "충남대 이영수 명예교수", "한밭대 연구팀은"); not a
# common noun ending in 대 ("시대", "세대", "현대", "부대") nor a name ending so ("김영대 교수":
# a name is needed between; "김영대 서울대 교수" is 서울대's, a name ends in no 대).
_UNIVERSITY = r"(?<!\S)(?P<org>[가-힣]{1,4}대)(?<!현대|부대|시대|무대|군대|반대|기대|확대|최대|상대|절대|근대|연대)(?<!(?<!연)세대)"
_UNIVERSITY_UNIT_BEFORE = _UNIVERSITY + r" [가-힣]{0,10}$"
ORG_BEFORE = (
    *((unit, 24, _UNIVERSITY_UNIT_BEFORE, "") for unit in ("학과", "학부", "대학", "의대", "캠퍼스")),  # (대학: 대학원, 의과대학, 해양과학대학)
    ("교수", 30, _UNIVERSITY + r" {name}(?<!대) (?:(?:{modifier}) )*(?:명예|석좌|연구|초빙|겸임|특임|부|조)?$", r"(?:팀|진)?(?:{particle})?(?!\w)"),
    (" 연구팀", 8, _UNIVERSITY + r"$", r"(?:{particle})?(?!\w)"),
    ("관계자", 40, r"(?<!\S)(?P<org>{word}) (?:측 )?(?:(?:한|고위|핵심|다른) )*$", ""),
    (" 등 ", 300, r"(?<![\w·ㆍ‧・])(?P<list>(?>{word})(?:[·ㆍ‧・,] ?(?>{word}))+)$", r"(?:\S+ ){0,3}?{type}(?:들)?(?:{particle})?(?!\w)"),
    # (or a Hangul one taken from it: "한국전력공사(한전)", "국민건강보험공단(건보공단)"; the first of
    # two: "미국 연방준비제도(Fed·연준)")
    ("(", 30, r"(?<![\w·])(?P<org>[가-힣][\w&]*?(?:{suffix}|기금|기구|연맹|연합|이사회|협의체|공동체|협력단|계획))$", r"(?P<alias>[A-Z][A-Za-z&]{1,7}|[가-힣]{2,4})(?:·[^()·\s]{1,8})?\)"),
    # a country's institution with no suffix, a system or a bureau, its short form in brackets,
    # a Hangul one taken from it ("미국 연방준비제도(연준)", "미 연방수사국(FBI)", "미국
    # 항공우주국(NASA)"; not a thing's: "미국 주택담보대출(주담대)", "인공지능(AI)"; nor the
    # authorities: "미국 보건당국(CDC)")
    ("(", 30, r"(?<!\S)(?:{place}) (?P<org>[가-힣]{2,}(?:제도|국))(?<!당국)$", r"(?P<alias>[가-힣]{2,3}|[A-Z][A-Za-z&]{1,7})(?:·[^()·\s]{1,8})?\)"),
)
# The first word is no organisation's member: after a party or a body ("민주당 문학진, 민노당
# 이정희 의원" names two people, not 문학진 as an organisation). A plural (들) is a class of
# people, no organisation ("삼성전자와 소비자들은", "교육부와 학부모들"); nor is a word a number
# counts ("보잉과 여객기 40대 구매 계약을 맺었다": the planes bought).
ORG_COORDINATION = r"(?<!\w)(?<![당부청처회] )(?P<a>{word})(?<!들)(?:(?:과|와) |, ?)(?P<b>{word})(?:{particle})?(?!\w)(?<!들)(?<!들[은는이가을를의도])(?! \d)"

# Roles and titles that follow a name: "성윤모 산업통상자원부 장관", "문재인 대통령".
ROLES = (
    "대통령", "부통령", "국무총리", "총리", "부총리", "장관", "차관", "차관보", "대변인", "수석대변인",
    "비서실장", "실장", "수석", "비서관", "보좌관", "행정관", "의원", "국회의원", "국회의장", "의장", "부의장", "위원장",
    "부위원장", "위원", "최고위원", "원내대표", "대표", "당대표", "대표이사", "대표 직무대행",
    "직무대행", "상근부회장", "상임부회장", "대표이사 사장", "대표이사 부사장", "대표이사 회장", "대표이사 부회장", "회장", "부회장", "사장", "부사장", "전무", "상무", "이사", "이사장",
    "원장", "부원장", "청장", "차장", "처장", "국장", "과장", "팀장", "부장", "본부장", "센터장", "부문장", "사업부장",
    "소장", "연구원", "선임연구원", "수석연구원", "연구위원", "연구관", "연구사", "교수", "명예교수", "박사", "총장",
    "학장", "총재", "부총재", "시장", "부시장", "도지사", "지사", "군수", "구청장", "교육감",
    "대사", "영사", "판사", "부장판사", "재판장", "대법관", "헌법재판관", "검사", "부장검사", "검사장", "지청장", "검찰총장", "대법원장", "변호사", "감독", "코치",
    "선수", "후보", "대선 후보", "후보자", "당선인", "당선자", "특보", "고문", "애널리스트",
    "이코노미스트", "기자", "CEO", "CFO", "CTO", "COO", "최고경영자", "최고재무책임자", "최고기술책임자",
    "최고운영책임자", "창업자", "창업주", "씨", "군", "양", "경위", "경감", "총경",
    "지명자", "내정자", "여사",
    # a nominee for an office, as confirmation hearings name them: "정은경 보건복지부 장관 후보자"
    "장관 후보자", "장관 내정자", "총리 후보자", "국무총리 후보자", "대법관 후보자", "대법원장 후보자",
    "헌법재판관 후보자", "위원장 후보자", "청장 후보자", "원장 후보자",
    # deputies numbered by rank: "김태효 국가안보실 1차장", "조태열 외교부 2차관", "제1차관"
    "1차관", "2차관", "제1차관", "제2차관", "1차장", "2차장", "3차장", "제1차장", "제2차장",
    # market sources quoted unnamed: "한 시중은행 외환딜러는 “…”고 전했다"
    "딜러", "외환딜러", "펀드매니저", "트레이더",
    # heads of state and offices Korean news gives foreign people: "시진핑 중국 국가주석"
    "국가주석", "주석", "총통", "국왕", "여왕", "왕세자", "왕자", "교황", "국무장관", "국방장관",
    "외무장관", "외교장관", "재무장관", "상무장관", "법무장관", "상원의원", "하원의원", "하원의장",
    "국무위원장", "최고지도자", "사무총장", "집행위원장", "외교부장", "주지사", "총영사", "특사",
)
# Trades of the arts and the media, read only right before or after a name ("김순옥 작가",
# "배우 남상미"; {occupation}): as roles, every pattern holding a role would try them.
OCCUPATIONS = (
    "작가", "소설가", "극작가", "시인", "화가", "배우", "가수", "래퍼", "개그맨", "개그우먼", "앵커",
    "아나운서", "평론가", "프로듀서", "PD", "연출가",
)
# Roles and occupations, in one list for the patterns that read both ({title}).
TITLES = (*ROLES, *OCCUPATIONS)
# Words that may stand between a name and its role: "김대중 전 대통령", "제프 블라터 전임 회장",
# "필립 골드버그 주한 미국 대사" (주한, 주미...: posted to Korea, to the US...), "김상욱 무소속 의원".
ROLE_MODIFIERS = (
    "전", "현", "전임", "신임", "초대", "차기", "공동", "상임", "명예", "부", "겸",
    "주한", "주미", "주중", "주일", "주러", "주영", "주유엔", "무소속",
)
# Korean surnames: a personal name is a surname and one or two more syllables.
SURNAMES = (
    "남궁", "황보", "제갈", "선우", "독고", "사공", "서문",
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
    "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남",
    "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "지", "엄", "채", "원",
    "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마",
    "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹", "제",
    "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "태", "피", "나",
)
# Words that look like a surname and a given name but are not names.
NAME_NOT = (
    "이번", "이날", "이후", "이들", "이런", "이같은", "모든", "유관", "이어", "이미", "이에", "이를", "이와", "지난", "한편", "한국", "정부",
    "당시", "현재", "현지", "신임", "우리", "국내", "전임", "차기", "역대", "고위", "해당", "양국",
    "각국", "전국", "전체", "주요", "공동", "조만간", "지금", "오는", "최근", "전년", "모두",
    "전문", "하지만", "또한", "특히", "이같이", "이처럼", "성공", "정상", "원내", "강력",
    "민간", "정치", "정책", "경제", "여당", "야당", "주민", "시민", "국민", "신규", "구청",
    "임원", "사외", "수석", "전직", "현직", "최고", "부처", "공공", "안팎", "유력", "대선",
    "지난해", "지난달", "지난주", "오늘", "오전", "오후", "전날", "경기도", "강원도", "제주도",
    "사실",  # "사실은 배우 누구도 몰랐다": in fact (a surname 사 and 실은)
    "주심",  # the presiding justice: "대법원 2부(주심 이동원 대법관)"
    *ORG_PROVINCES_SHORT,  # a province's short name before a unit of a party or a body: "민주당 서울 시당 위원장"
)
# Last syllables of particles and verb endings no given name ends in ("경우는 주석", "현장을
# 찾은 시장", "조치로 대표 단체", "선출된 의장"), and of a school or faction ("연기파 배우"); and of a short institution, place or group
# (NAME_BODY_ENDINGS): "서울시 대변인", "국회 의원", "담양군 군수", "방문단 대표", "백악관 대변인" (and before a
# name, its body: "서울시 이정한 대변인").
# A would-be name is also no name when it is an ordinary noun (people.py: FOREIGN_NAME_NOT,
# ORG_SUFFIXES, ORG_TYPE_NOUNS, or NAME_NOT with a particle).
NAME_BODY_ENDINGS = ("시", "군", "회", "청", "당", "단", "관")
# Of those, the last syllables given names end in too ("김정관", "윤재관"): a word so ending is a
# name where an age or an organisation with its suffix stands between it and its role, or where
# the text names it later by its surname and that role ("김용관(54) 교수", "김정관 산업통상자원부
# 장관", "윤재관 대변인 … 윤 대변인은"; "백악관 대변인", "박물관 관계자" are the body's).
NAME_BODY_ENDINGS_GIVEN = ("관",)
NAME_NOT_ENDINGS = ("는", "을", "를", "의", "에", "로", "와", "과", "된", "던", "될", "할", "른", "난", "파")
NAME_BARE_NOT_ENDINGS = ("한",)
# A last syllable that ends a name except before the roles of a body it ends the short name
# of: "서울대 교수", "고려대 총장" (a university) are no people, "박찬대 원내대표" is one.
NAME_NOT_ENDINGS_BEFORE = {
    "대": ("교수", "명예교수", "총장", "학장", "처장", "원장", "연구원", "선임연구원", "수석연구원", "연구위원", "박사"),
}
# Roles that are also common nouns ("시장": a mayor, a market): next to one, a word is a name
# only with an age, a modifier or an organisation between ("부동산 시장", "시장 전망치는" are
# no people; "오세훈 서울시장", "오세훈 전 시장" are).
NOUN_ROLES = ("시장",)
# A person's full name is Korean order, surname first; a later mention is "성 장관".
SURNAME_FIRST = True
# The name may carry an age: "이재용(56) 삼성전자 회장", "김모(45)씨"; a local office may carry its
# place and an office its body: "홍준표 전 대구시장", "김동연 경기지사", "이복현 금감원장",
# "최상목 경제부총리", "한덕수 비대위원장", "박성훈 경제수석비서관" (OFFICE); a unit with its Latin short form may be glued
# to the role, and a title in brackets may follow it ("전영현 삼성전자 디바이스솔루션(DS)부문장(부회장)은": 부문장 of
# 삼성전자); a role with its particle is no organisation before a role
# ("김정은 위원장은 평양시장을": 위원장, not 평양시장 of 위원장은); a second office may follow the role, its body the person's
# organisation: "최상목 부총리 겸 기획재정부 장관"; after a university or a Latin name, the organisation may
# be followed by its unit ending in an organisation's suffix: "김철수 서울대 경제학부 교수" (after
# any word, that word may be a name: "방한해 이재용 삼성전자 회장"). A name of two syllables is rare and a field
# noun before a role is common ("노조 위원장", "홍보 팀장", "경찰 관계자"): before a role, a
# two-syllable name needs an age, 전/현 or an organisation ("조국 전 장관", "조국 법무부 장관");
# so does a name ending like a verb's attributive form, more often a verb's than a name's
# right before a role (NAME_BARE_NOT_ENDINGS: "방한한 국왕", "회의를 주재한 총리"; but
# "이정한(45) 교수", "이정한 서울대 교수", "이정한 전 교수"); or a party right before it and its role
# right after ("조국혁신당 조국 대표는": a party's member; not a word of NAME_NOT, "민주당 소속 의원").
PERSON_PATTERNS = (
    ("{head}", r"(?P<name>{name})(?:(?<=\w{3})|(?<=\w모)(?<!부모)(?<!공모)|(?<=[가-힣]당 [가-힣]{2})(?= (?:{role})(?:{particle})?(?!\w))|(?=\(\d| (?:{modifier}) | (?![가-힣]{2}원 " + _PERSON_ONLY_ROLES + r"(?:{particle})?(?!\w))[^\W\d_][\w&]*?(?:{suffix}) (?:(?:{modifier}) )*(?:{role})(?:{particle})?(?!\w)))(?:" + AGE + r")?(?: (?:{modifier}))*(?: (?!(?:{modifier}) |(?:{title})(?:{particle}) )(?P<org>{org})(?:\([A-Z][A-Za-z&]{1,7}\))?)?(?:(?<=[대A-Za-z]) (?P<org2>[^\W\d_][\w&]*?(?:{suffix}|학과)))?(?: (?:{modifier}))* (?:[가-힣]{2,10}\([A-Z]{2,6}\))?(?P<role>{title}|{office})(?:\((?:{title})\))?(?: 겸 (?P<org3>[^\W\d_][\w&]*?(?:{suffix})) (?:{role}))?(?:{particle})?(?!\w)"),
    # "김모(45)씨", "김철수 씨"; or two names and their role, "이성윤·박규환 최고위원" (one pattern:
    # each is tried at every name's head)
    ("{head}", r"(?P<name>{name})(?:(?:" + AGE + r")? ?(?=씨)|·(?P<name2>{name})(?: (?!(?:{modifier}) )(?P<org>{org}))?(?: (?:{modifier}))* )(?P<role>{role})(?:{particle})?(?!\w)"),
    # The role first, as captions and lists write it: "산업통상자원부 장관 성윤모", "대통령 문재인은"
    # (its organisation stands before it: PERSON_ORG_BEFORE). The name is a surname and two
    # syllables, the last of them no particle or common-noun ending, then at most a subject
    # particle ("교수 연구팀은", "의원 전원이", "대표 지지자들이", "후보 유불리를", "대표 주관사는", "배우
    # 지망생은": no names).
    # Tried only where a role stands as a word (a blank after it), as the occupations below.
    ("{role}", r"(?P<role>{^role}) (?P<name>(?:{^surnames})[가-힣]{2})(?:(?<![은는이가을를의와과도에로으팀회단부청처실국사생])|(?<=[은이])(?=[은는이가](?!\w)))(?:은|는|이|가)?(?![\w])"),
    # an occupation first ("배우 남상미는"), tried only where one stands as a word (a name may end in
    # 은 or 이 as a particle does, when one follows it: "배우 김고은은", "대통령 윤석열은" as above);
    # also as an owner ("가수 임영웅의 콘서트", "시인 윤동주의 시": not after a role, whose nouns
    # are as often a 3-syllable common noun, "대통령 기록물의")
    ("{occupation}", r"(?P<role>{occupation}) (?P<name>(?:{^surnames})[가-힣]{2})(?:(?<![은는이가을를의와과도에로으팀회단부청처실국사생])|(?<=[은이])(?=[은는이가의](?!\w)))(?:은|는|이|가|의)?(?![\w])"),
    # a party or a body in brackets between the name and the role, maybe with a constituency or
    # a post after it ("이재명(더불어민주당) 대표는", "김철수(국민의힘·부산 해운대갑) 의원"); not an age
    # ("(54)"), a role ("(전 의원)": a blank), a pseudonym or a place in a photo ("김민석(왼쪽부터)
    # 전 총리", "(가운데)")
    # (both tried only where a bracket follows a run of words from the name: NAME_RUN)
    ("{head}", r"(?P<name>{name})\((?!왼쪽|오른쪽|가운데|앞줄|뒷줄|맨|가명)(?P<org>[가-힣A-Za-z][\w&]+?)(?:[·ㆍ,] ?[^()\n]{1,20})?\)(?: (?:{modifier}))* (?P<role>{title}|{office})(?:{particle})?(?!\w)", "("),
    # or right after the role ("김철수 의원(국민의힘·서울 강남갑)은", "이재명 대표(더불어민주당)는")
    ("{head}", r"(?P<name>{name})(?: (?:{modifier}))* (?P<role>{title}|{office})\((?!왼쪽|오른쪽|가운데|앞줄|뒷줄|맨|가명)(?P<org>[가-힣A-Za-z][\w&]+?)(?:[·ㆍ,] ?[^()\n]{1,20})?\)(?:{particle})?(?!\w)", "("),
    # a capital for an unnamed person, "A(52)씨를", "B씨는"
    ("{letter}", r"(?P<name>[A-Z])(?:" + AGE + r")?(?P<role>씨)(?:{particle})?(?!\w)"),
    # a player and their team in brackets as a subject, as sports copy opens ("김도영(KIA 타이거즈)은",
    # "류현진(한화 이글스)이"): a name of three syllables, not ending like a noun of a price, a rate, an
    # amount, a body or a group ("전세가(…)는", "고용률", "거래액", "고려대(세종)는", "연구팀"); the
    # bracket no number, role or office ("신세계(004170)는", "이마트(대표 한채양)는")
    ("{head}", r"(?P<name>(?:{^surnames})[가-힣]{2})(?<![가자사차률율액량비세대장관측팀단회들생객위])\((?!(?:{title}|{office})[ )])(?P<org>[가-힣A-Za-z][가-힣A-Za-z&·]*(?: [가-힣A-Za-z&·]+){0,2})\)(?:은|는|이|가)(?!\w)"),
)
# A person named with no role, as the subject of a sentence that quotes them ("손흥민은 경기 후
# “…”라고 말했다", "경기 후 손흥민은 “…”고 밝혔다", "김하성은 …. 그는 “…”고 말했다"): matched at a
# sentence's start, maybe after one or two words with no particle (``lead``); a word of two to four
# syllables, maybe a bracket (``note``: an age, a team), then a subject particle, and in that sentence
# (``gap``: 80 characters at most, people.py checks) or a next one opening with 그는 (``he``: 40 more) a
# quotation in a quote frame (QUOTE_FRAME_AFTER). The text between is read possessively: the regex
# engine gives none of it back. Not a
# common noun for people (SPEAKER_NOT_ENDINGS: "어머니는", "전문가는", "주최측은", "연구팀은",
# "이용객은"; FOREIGN_NAME_NOT: "조합원은", "어린이는"), nor a company's name: one ending in a
# syllable of a borrowed word or of 차 (car) no Korean given name ends in ("이마트는", "현대차는"),
# one the text writes as an organisation (people.py); nor any word people.py knows is no name.
# Companies and bodies speak as subjects too ("신세계는 “…”고 밝혔다"): the subject is a person's
# only with a sign of one (people.py), and how strong a sign depends on its shape. A name of three
# syllables: any sign, a verb only people do after the frame too (SPEAKER_PERSON_VERBS: "말했다",
# "웃었다"; not "밝혔다", which companies do). A name of two syllables ("조국은": a homeland too;
# "경찰은", "노조는": bodies) or a word of no name's shape (a stage name, "아이유는"): a stronger
# sign, 그는 after it, an age or a team in brackets, a word in its sentence only a person says
# or does (SPEAKER_PERSON_WORDS: "자신의", "제가", "인터뷰에서": a company's official gives
# interviews, not the company), or a title the text gives its surname ("조 대표") or, of no
# name's shape, the word itself ("가수 아이유", "아이유 씨").
PERSON_SPEAKING = (
    r"(?:(?P<lead>[^\s“\"]{1,15}(?: [^\s“\"]{1,15})?) )?(?P<name>[가-힣]{2,4})(?:\((?P<note>[^()\n]{1,20})\))?(?:은|는|이|가) "
    r"(?P<gap>(?:[^“\"\n.]++|\.(?! ))*+)(?P<he>\. (?:그|그녀)(?:는|가) (?:[^“\"\n.]++|\.(?! ))*+)?"
    r"[“\"][^”\"\n]+[”\"](?:이?라고|고|이?라며|며|이?라면서|면서)(?!\w)"
)
SPEAKER_PERSON_VERBS = r"(?: [^\s.“”\"]+){0,3}? (?:말했다|말한다|말하며|말했고|웃었다|웃으며|털어놨다|털어놓았다|고백했다|회상했다|울먹였다|소감을)"
SPEAKER_PERSON_WORDS = r"(?<![가-힣])(?:(?:자신|본인)(?:의|이|은|을|도|에게|에)?|저는|제가|저도|저를|내가|인터뷰(?:에서|를|에)?)(?![가-힣])"
SPEAKER_NOT_ENDINGS = (
    "님", "니", "가", "자", "의", "관", "측", "진", "단", "팀", "회", "들", "생", "사", "버", "객",
    "위",  # 공정위, 방통위, 선관위: a commission's short form
    "장", "어",  # a head's office (조합장, 공장장), and a borrowed word's end (어도어)
    "차", "트", "스", "크", "프", "브", "드", "즈", "츠", "르", "쿠",
)
# The organisation of a role that opens a pattern: a word with an organisation suffix right
# before it, maybe with modifiers between ("산업통상자원부 장관 성윤모").
# or any organisation found, opening a bracket after it ("서울중앙지법 형사합의21부(부장판사 김동현)는": the
# bench's presiding judge; "이마트(대표 한채양)는"; ``owner``: only one the organisations extractor found).
PERSON_ORG_BEFORE = r"(?<![\w·])(?P<org>[^\W\d_][\w&]*?(?:{suffix}|(?=\()))(?: (?:(?:{modifier}) )*|(?P<owner>\())$"
# A department of a university or a hospital between its organisation and a name, which the
# organisation is the person's ("강원대 농업경제학과 이영수 교수", "서울대병원 감염내과 박민수 교수",
# "연세대 의대 김철수 교수", "제주대 해양과학대학 김모 교수": the university's, not its college's):
# the word right before the name, its blank before it.
PERSON_UNIT_BEFORE = r" [가-힣]{0,12}(?:학과|학부|전공|대학|대학원|의대|내과|외과|신경과|피부과|안과|부인과|인후과|청소년과|교실) $"
# A later mention: a known person's surname (the last word of a foreign name) and a role:
# "성 장관", "트럼프 대통령". Tried only where a known surname stands.
PERSON_SHORT = r"(?P<surname>[가-힣]+)(?: (?:{modifier}))* (?P<role>{title})(?:{particle})?(?!\w)"
# Roles a later mention gives the writer of a story or a colleague ("박 기자가 묻자", "김 특파원"):
# such a mention stands only for a person the text gave that role, not for any other of the surname.
SHORT_ROLE_OWN = ("기자", "특파원", "앵커", "아나운서")

# Countries and territories as Korean news writes them ("미": the US, "트럼프 미 대통령"). A
# country before a role is no organisation ("트럼프 미국 대통령": org empty; orgs.name_like).
PLACES = (
    "한국", "대한민국", "남한", "북한", "조선", "미국", "미", "중국", "일본", "러시아", "영국", "프랑스",
    "독일", "이탈리아", "스페인", "포르투갈", "네덜란드", "벨기에", "룩셈부르크", "스위스",
    "오스트리아", "아일랜드", "스코틀랜드", "잉글랜드", "웨일스", "덴마크", "노르웨이", "스웨덴",
    "핀란드", "아이슬란드", "폴란드", "체코", "슬로바키아", "헝가리", "루마니아", "불가리아",
    "그리스", "키프로스", "몰타", "크로아티아", "세르비아", "슬로베니아", "보스니아", "몬테네그로",
    "알바니아", "북마케도니아", "마케도니아", "코소보", "몰도바", "우크라이나", "벨라루스",
    "에스토니아", "라트비아", "리투아니아", "조지아", "아르메니아", "아제르바이잔", "튀르키예",
    "터키", "카자흐스탄", "우즈베키스탄", "키르기스스탄", "타지키스탄", "투르크메니스탄", "몽골",
    "대만", "홍콩", "마카오", "티베트", "베트남", "태국", "캄보디아", "라오스", "미얀마",
    "말레이시아", "싱가포르", "인도네시아", "필리핀", "브루나이", "동티모르", "인도", "파키스탄",
    "방글라데시", "스리랑카", "네팔", "부탄", "몰디브", "아프가니스탄", "이란", "이라크", "시리아",
    "레바논", "요르단", "이스라엘", "팔레스타인", "사우디아라비아", "사우디", "예멘", "오만",
    "아랍에미리트", "카타르", "바레인", "쿠웨이트", "이집트", "리비아", "튀니지", "알제리", "모로코",
    "수단", "남수단", "에티오피아", "에리트레아", "소말리아", "지부티", "케냐", "우간다", "르완다",
    "부룬디", "탄자니아", "모잠비크", "말라위", "잠비아", "짐바브웨", "보츠와나", "나미비아",
    "남아프리카공화국", "남아공", "레소토", "에스와티니", "마다가스카르", "모리셔스", "앙골라",
    "콩고", "민주콩고", "가봉", "카메룬", "나이지리아", "니제르", "차드", "말리", "부르키나파소",
    "세네갈", "감비아", "기니", "시에라리온", "라이베리아", "코트디부아르", "가나", "토고", "베냉",
    "모리타니", "중앙아프리카공화국", "적도기니", "캐나다", "멕시코", "과테말라", "온두라스",
    "엘살바도르", "니카라과", "코스타리카", "파나마", "쿠바", "자메이카", "아이티", "도미니카공화국",
    "도미니카", "바하마", "베네수엘라", "콜롬비아", "에콰도르", "페루", "볼리비아", "브라질",
    "파라과이", "우루과이", "아르헨티나", "칠레", "가이아나", "수리남", "호주", "오스트레일리아",
    "뉴질랜드", "파푸아뉴기니", "피지", "사모아", "통가", "바티칸", "교황청", "모나코", "산마리노",
    "리히텐슈타인", "안도라", "그린란드", "유럽", "아시아", "아프리카", "중동", "가자지구", "가자",
    "크림반도",
)
# A foreign name, written in Hangul given name first: one to three words right before a
# country or a Latin-lettered organisation and a role ("도널드 트럼프 미국 대통령", "시진핑 중국
# 국가주석", "잔니 인판티노 FIFA 회장", "토니 블링컨 미국 국무부 장관", "제롬 파월 미국
# 연방준비제도(Fed) 의장", "잔니 인판티노 국제축구연맹(FIFA) 회장"), or two or three words before
# a modifier of two letters or more and a role ("제프 블라터 전임 회장"). The pattern is what
# follows the name, tried only where a country, such a modifier or a capital letter stands
# (people.py reads the name back from there, over one-letter modifiers: "전 미국 대통령"):
# ``place`` a country (no organisation), ``org`` an organisation after it, ``org2`` a Latin
# short form in brackets after the organisation's Korean name, ``org3`` a Latin name, ``mod``
# a modifier alone. The role may be an office glued to its field (OFFICE: "존 커비 미국 백악관
# 국가안보소통보좌관").
FOREIGN_PERSON_AFTER = (
    r"(?:(?:{modifier}) )*(?:(?P<place>{place})(?: (?P<org>[가-힣][\w&]*?(?:{suffix})|[가-힣]{2,}(?=\([A-Z]))(?:\([A-Z][A-Za-z&]{1,9}\))?)?"
    r"|(?<=[가-힣]\()(?P<org2>[A-Z][A-Za-z&]{1,9})\)|(?<![\w(])(?P<org3>[A-Z][A-Za-z&]{1,9})|(?P<mod>{modifier}))"
    r"(?: (?:{modifier}))* (?P<role>{role}|{office})(?:{particle})?(?!\w)"
)
# A stage or pen name is a person's where the text gives the real name in brackets right after
# it ("가수 아이유(본명 이지은)가", "아이유는 …"): the word opening the bracket, and the pattern from
# the occupation before the name, if any (the person's role); a name of two letters or more
# ("비(본명 정지훈)": 비 is rain too, every later 비 would be his).
REAL_NAME_WORDS = ("본명",)
PERSON_STAGE_NAME = r"(?:(?P<role>{occupation}) )?(?P<name>[가-힣A-Za-z]{2,8})\(본명 (?:{^surnames})[가-힣]{1,3}\)"
# A performer's occupation right before a stage name, a word of no name's shape as the subject, the
# topic, the owner or a party of the sentence ("가수 아이유가", "래퍼 지코의 신곡", "방송인 풍자는"): a
# person, the occupation the role (a name of a surname's shape is read by PERSON_PATTERNS). The name is
# judged by people.py (no word of NAME_NOT, FOREIGN_NAME_NOT or PERFORMER_NAME_NOT, nor ending in
# PERFORMER_NAME_NOT_ENDINGS: "가수 출신이", "배우 인생의", "가수 지망생이"). Tried where a performer
# stands as a word.
PERFORMERS = ("가수", "배우", "래퍼", "개그맨", "개그우먼", "방송인", "코미디언")
PERSON_BY_PERFORMER = r"(?P<role>" + "|".join(PERFORMERS) + r") (?P<name>[가-힣]{2,4}|[A-Z][A-Za-z]{1,10})(?=(?:은|는|이|가|의|와|과|도)(?!\w))"
PERFORMER_NAME_NOT = (
    "데뷔", "활동", "생활", "인생", "지망", "변신", "정신", "본인", "자신", "경력", "연기", "노래", "무대", "데뷔작",
    "섭외", "캐스팅", "기용", "생명", "겸업", "개인", "최초", "수입", "소득", "팬덤", "시절", "커리어", "출연",
    "출연료", "겸", "신인", "본업", "꿈", "역할", "매니저", "소속사", "인기", "가족", "부모", "아내", "남편",
    # a performer's things and doings, written after the occupation with no 의 ("가수 신곡이", "배우 얼굴이")
    "신곡", "음반", "앨범", "공연", "콘서트", "사진", "얼굴", "목소리", "연기력", "가창력", "실력", "작품", "출연작",
    "이름", "외모", "팬", "연습생", "오디션", "은퇴", "복귀", "컴백", "열애", "결혼", "이혼", "논란", "사생활",
    "발언", "계약", "전속계약", "광고", "화보", "모델", "이미지", "춤", "배역", "캐릭터", "아들", "딸", "친구",
    "지인", "누구", "아무", "처음", "대신", "자격", "신분", "지위", "직업", "인터뷰", "근황", "입대", "전역", "병역",
)
PERFORMER_NAME_NOT_ENDINGS = ("생", "들", "진", "단", "팀", "회", "측", "님", "계", "료", "사", "업", "권")
# A foreign name of two words before a body written in Hangul and a role, as the subject of the
# sentence ("앤지 포스테코글루 토트넘 감독은", "카린 장피에르 백악관 대변인은"): the body and the
# role (people.py reads the name back from there and judges its words).
FOREIGN_PERSON_BODY = r"(?P<org>[가-힣]{2,7}) (?P<role>{role})"
# A word of a foreign name: Hangul only. Words that stand before a country and a role but are
# no names (besides NAME_NOT, ROLES, PLACES and modifiers): adverbs, determiners, time and
# event words ("회담 직후 트럼프"), "첫 흑인 미국 대통령".
FOREIGN_NAME_WORD = r"[가-힣]{1,7}"
FOREIGN_NAME_NOT = (
    "또", "및", "즉", "곧", "더", "꼭", "다", "각", "두", "세", "네", "새", "옛", "첫", "총", "본",
    "그", "저", "이", "모", "고", "한", "당", "타", "양", "제", "약", "단", "왜", "잘", "못", "안",
    "앞서", "그러나", "그러자", "그리고", "그래서", "그러면서", "그런데", "그럼에도", "따라서",
    "게다가", "더욱이", "반면", "다만", "결국", "이어", "또한", "아울러", "그동안", "그간", "여전히",
    "직접", "다시", "실제", "실제로", "과거", "향후", "앞으로", "바로", "역시", "먼저", "우선",
    "또다시", "어제", "내일", "올해", "작년", "내년", "당초", "이제", "아직", "직후", "직전", "이전",
    "도중", "무렵", "이래", "동안", "사이", "당일", "다음날", "이튿날", "시절", "재임", "임기", "취임",
    "집권", "회담", "통화", "방문", "연설", "성명", "회견", "발표", "흑인", "백인", "여성", "남성", "여자", "남자",
    "최초", "최연소", "최고령", "후임", "소속", "출신", "상대", "상대국", "동맹", "동맹국", "우방",
    "친미", "친중", "반미", "반중", "친러", "반러", "현역", "초선", "재선", "중진", "원로", "신예",
    "보수", "진보", "중도", "진영", "성향", "핵심", "거물", "정치인", "방송인", "연예인", "언론인",
    "경제인", "체육인", "민간인", "외국인", "변호인", "대리인", "관계인", "조합원", "공무원", "사무원",
    "어린이", "어르신", "구단주", "국과수", "피해자", "피의자", "피고인", "용의자", "지지자", "노동자",
    "소비자", "사업자", "유가족", "유족", "연구진", "의료진", "경영진", "제작진", "취재진", "인사", "여권", "야권", "측근",
    "지역", "지역구", "주자", "정치권", "동료", "선배", "후배", "부부", "부인", "남편", "아들", "딸", "가족",
    "그해", "이듬해", "재작년", "내후년", "금년", "미래", "다음", "지난번", "어느", "여러", "일부",
    "다수", "소수", "대부분", "상당수", "주재", "마지막", "최후", "역사상", "사상", "유일",
    # departments: "스마트폰 사업 부문 전 대표"
    "부문", "사업", "사업부", "본부", "기획", "조정", "전략", "기술", "개발", "영업", "마케팅",
    "홍보", "재무", "총무", "경영", "운영", "연구", "담당", "그룹", "계열", "산하", "직속",
    # common nouns borrowed from English, read as a name after a given name ("로고 마크 디자인 대표")
    "디자인", "서비스", "브랜드", "콘텐츠", "솔루션", "시스템", "프로젝트", "프로그램", "센터", "클럽",
    "스튜디오", "미디어", "코리아", "테크", "파트너스", "매니저", "리더", "멤버", "팬", "투어",
)
# Endings of words that are no names: particles, and verbs and adjectives before a noun
# ("방한한", "물러난", "나선", "어려운", "관련해", "했지만"); and before the last word of a name
# also the copula 인 ("출신인", "후보인": a surname may end in it, "후세인", "맥케인").
FOREIGN_NAME_NOT_ENDINGS = (
    "는", "을", "를", "의", "에", "와", "과", "은", "께", "서", "며", "면", "게", "히", "한", "된",
    "난", "간", "른", "운", "던", "할", "될", "갈", "선", "적", "들", "측", "계", "층", "국",
    "당", "회", "청", "대", "해", "록", "지만", "는데", "은데", "정부",
)
FOREIGN_GIVEN_NOT_ENDINGS = ("인",)
# Of those, the endings a surname has after a known given name ("미셸 바르니에 프랑스 총리",
# "디디에 레인더스"... French names in -ier): no particle stands between a given name's surname
# and a country or a role.
FOREIGN_SURNAME_ENDINGS = ("에",)
# A word after one of these particles (object, instrumental) that ends in a final ㄴ is a verb's
# attributive form, where no name is: "협상을 앞둔 미국 대통령", "강경파로 알려진 이스라엘 총리".
FOREIGN_VERB_AFTER = ("을", "를", "로")
# Common foreign given names as Korean news writes them ({given}). One of these opening one or
# two Hangul words right before a role is a foreign name even where no country or Latin name
# tells it, with its company's Korean name between ("일론 머스크 테슬라 CEO", "팀 쿡 애플
# 최고경영자"), and its surname may be one syllable ("젠슨 황 엔비디아 CEO", "리사 수 AMD CEO").
GIVEN_NAMES = (
    # men
    "도널드", "조", "제이크", "버락", "빌", "조지", "로널드", "지미", "리처드", "리차드", "존", "제임스", "로버트",
    "마이클", "마이크", "윌리엄", "데이비드", "데이브", "조지프", "조셉", "토머스", "토마스", "찰스",
    "크리스토퍼", "크리스", "대니얼", "다니엘", "매슈", "매튜", "앤서니", "앤소니", "토니", "마크",
    "스티븐", "스티브", "폴", "앤드루", "앤드류", "앤디", "케네스", "케빈", "브라이언", "조슈아",
    "에드워드", "티머시", "티모시", "팀", "제이슨", "제프리", "제프", "라이언", "제이컵", "제이콥",
    "게리", "니컬러스", "니콜라스", "에릭", "조너선", "조나단", "래리", "저스틴", "스콧", "스캇",
    "브랜던", "벤저민", "벤자민", "벤", "새뮤얼", "샘", "그레고리", "그레그", "프랭크", "알렉산더",
    "레이먼드", "레이", "패트릭", "팻", "잭", "데니스", "제리", "타일러", "애런", "헨리", "애덤",
    "더글러스", "네이선", "피터", "피트", "카일", "월터", "이선", "제러미", "해럴드", "키스", "로저",
    "제럴드", "칼", "테리", "숀", "아서", "딘", "톰", "짐", "닉", "맷", "테드", "척", "빅터", "마틴",
    "워런", "워렌", "제이미", "세르게이", "일론", "젠슨", "사티아", "순다르", "브래드", "마르코",
    "미치", "론", "랜드", "린지", "개빈", "릭", "제롬", "해리", "올리버", "루크", "필립", "필",
    "에마뉘엘", "올라프", "보리스", "리시", "키어", "쥐스탱", "나렌드라", "자이르", "룰라",
    "페드로", "블라디미르", "볼로디미르", "드미트리", "알렉세이", "미하일", "이반", "니콜라이",
    "안토니우", "안토니오", "프랑수아", "니콜라", "샤를", "미셸", "마리오", "주세페", "엔리코",
    "실비오", "카를로스", "카를로", "루이스", "후안", "미겔", "마누엘", "라파엘", "호르헤", "하비에르",
    "알베르토", "페르난도", "로드리고", "마르틴", "올리비에", "루카", "한스", "프리드리히",
    "볼프강", "게르하르트", "헬무트", "위르겐", "레제프", "베냐민", "잔니", "지아니", "리오넬",
    "크리스티아누", "크리스티아노", "킬리안", "엘링", "세바스티안", "안드레아", "안드레스",
    # women
    "힐러리", "카멀라", "낸시", "엘리자베스", "마거릿", "메리", "퍼트리샤", "패트리샤", "제니퍼",
    "린다", "바버라", "수전", "수잔", "제시카", "세라", "사라", "캐런", "리사", "베티", "샌드라",
    "애슐리", "킴벌리", "에밀리", "도나", "캐럴", "어맨다", "아만다", "멜라니아", "멜리사", "데버라",
    "스테퍼니", "레베카", "로라", "헬렌", "섀런", "샤론", "신시아", "캐슬린", "에이미", "앤젤라",
    "안젤라", "애나", "안나", "니콜", "케이티", "캐서린", "크리스틴", "크리스티나", "레이철", "레이첼",
    "재닛", "줄리", "줄리아", "올리비아", "빅토리아", "그레이스", "제인", "엘런", "앨리스", "케이트",
    "테리사", "테레사", "우르줄라", "앙겔라", "조르자", "마린", "알렉산드리아", "셰릴", "지나",
    "마리아", "안네", "소피", "에마", "엠마", "클레어", "루시", "메건", "세실리아", "일함",
)
# What a known given name opens: the name (one or two more words; two only when the words
# after them are no organisation's and role), then maybe modifiers, a country and an
# organisation, and the role or an office glued to its field ("존 커비 백악관 국가안보소통보좌관").
FOREIGN_PERSON_GIVEN = (
    r"(?P<name>(?:{given})(?: [가-힣]{1,7}){1,2}?)(?: (?:{modifier}))*(?: (?P<place>{place}))?"
    r"(?: (?P<org>{word}))?(?: (?:{modifier}))* (?P<role>{role}|{office})(?:{particle})?(?!\w)"
)
# A foreign name of one word right before the title of a head of state or government, maybe
# with a modifier between ("트럼프 대통령", "네타냐후 총리", "바이든 전 대통령"): the titles (each
# is a search through the text: only the frequent ones), and what stands before one (a word of
# three syllables or more; people.py checks it may end a foreign name: not a country, a party
# or a verb's form).
FOREIGN_LEADER_TITLES = ("대통령", "총리", "총통", "교황")
FOREIGN_LEADER = r"(?<![\w·])(?P<name>[가-힣]{3,7})(?: (?:{modifier}))* (?P<role>{role})(?:{particle})?(?!\w)"
# One-syllable words that end no foreign name after a given name: positions and bound nouns
# ("팀 내 선임연구원", "조 편성 후 대표").
FOREIGN_SURNAME_NOT = (
    "내", "외", "중", "후", "뒤", "전", "간", "등", "때", "날", "속", "위", "앞", "옆", "밖", "끝",
    "말", "초", "측", "별", "씩", "차", "번", "분", "명", "개", "곳", "것", "듯", "뿐", "채", "쪽",
    "편", "급", "직", "층", "안",
)

# Kinds of people news quotes unnamed, one of them ("한 상인은 “…”").
UNNAMED_PEOPLE = (
    "전문가", "시민", "주민", "상인", "직원", "학생", "학부모", "참석자", "목격자", "투자자", "당국자",
    "운전자", "승객", "환자", "보호자", "근로자", "노동자", "농민", "어민", "자영업자", "소상공인", "업주",
    "교사", "의사", "간호사", "전공의", "공무원", "경찰관", "소방관", "군인", "유족", "피해자", "이용자", "소비자",
    "공인중개사", "중개업자", "임차인", "세입자", "관람객", "방문객", "수험생", "응시생", "택시기사",
)
# Unnamed sources: they speak, but are not people to report. (The body before 관계자 is read
# whole, "(?>{org})", and only from a word's start: the engine tried it from every letter.)
ANONYMOUS_SOURCES = (
    # ("한 업계 관계자": one of them, 한 kept in the source's words)
    # ("한 배터리 업계 관계자": after 한, the field before 업계 too; "외교부 당국자": an official of a ministry)
    r"(?:(?<![가-힣A-Za-z&])(?:(?:한|다른) (?:[가-힣A-Za-z]{2,5} (?=업계 ))?)?(?:(?>{org})|업계|정부|당국|금융권|재계|여권|야권|당|청와대|대통령실|회사|정치권|검찰|경찰|외교)(?: 측)? )?(?:한 |고위 |핵심 |다른 )*(?:관계자|당국자)",
    r"(?<![가-힣])(?:한|다른) (?:업계|정부|당|금융권)? ?(?:인사|소식통)",  # not "포함한 인사"
    # one of a kind of people, unnamed, as the subject: "한 전문가는", "한 주민은", "다른 상인도"
    # (as "a witness said"; with or after the quotation: "“…”이라고 한 전문가는 말했다")
    # (the words first, then what is before them: a pattern opening with a lookbehind is tried at
    # every place of the text)
    r"(?:한(?<!\w한)|다른(?<!\w다른)) (?:[가-힣]+ )?(?:" + "|".join(UNNAMED_PEOPLE) + r")(?=(?:은|는|이|가|도)(?!\w))",
    r"소식통",
    # a group of people of a role, unnamed, as the subject: "친청계 최고위원들은 “…”" (as English
    # "officials said"; not the person named before them as the subject of another clause)
    r"(?:[가-힣]+계 )?(?:{role})들(?=(?:은|는|이|가|도)(?!\w))",
    # several of a kind of people, unnamed, as the subject: "전문가들은 “…”고 내다봤다", "현지 주민들은"
    # (as English "experts said", "residents said")
    r"(?:(?:일부|많은|현지|인근|상당수) )?(?:" + "|".join(UNNAMED_PEOPLE) + r")들(?=(?:은|는|이|가|도)(?!\w))",
    # an investigating or ruling body named by its kind as the subject, as English "police said":
    # "경찰은 “…”고 밝혔다", "검찰은", "방역당국은" (not "서울경찰청", one found)
    r"\b(?:경찰|검찰|(?:방역|보건|금융|수사|소방|외교|교육|통화|군 )?당국)(?=(?:은|는|이|가|도)(?!\w))",
    # a party's side as the subject: "쿠팡 측은", "소속사 측은", "변호인 측은" (the body or the person
    # behind it unnamed as a speaker: "이 회사 측"; one found swallowed, as before 관계자)
    r"(?<![가-힣A-Za-z&])(?>{org}) ?측(?=(?:은|이|도)(?!\w))",
    # "(국민의힘) 한 중진 의원", "한 친청계 최고위원": 한 (one) and a word before a role; not "한 전
    # 대표" or "한 직무대행" (a surname 한 and a role: a later mention of 한동훈, 한병도).
    r"(?<!\w)한 (?!(?:{modifier}) )[가-힣]+ (?:[가-힣]+ )?(?:{role})(?=(?:{particle})?(?!\w))",
    # an organisation and a role with no name as the subject: "위메프 대표는", "민주당 의원은" (an
    # unnamed official of it, as "a spokesperson for X"; "류화현 위메프 대표는" names him: the person
    # speaks). The organisation has a suffix or is a known or acting one (not "당시 대표는"), and
    # opens the sentence, maybe after a word that links it to the one before (SOURCE_OPENERS: no
    # name is before it, as in "최상목 부총리 겸 기획재정부 장관은", "김철수 서울대 경제학부 교수는");
    # a name ending in 원 is none ("장제원 의원은").
    _AT_SENTENCE_START + r"(?!(?:{^surnames})[가-힣]{1,2}원 )(?:[가-힣A-Za-z][\w&]*?(?:{suffix})|" + "|".join(sorted({*ORG_KNOWN, *ORG_ACTING}, key=len, reverse=True))
    + r") (?:(?:{modifier}) )*(?:{role})(?=(?:은|는|이|가|도)(?!\w))",
)
# Words that point back to the last person, organisation or unnamed source (as the subject).
PRONOUNS = {"그": "person", "그녀": "person", "회사 측": "organisation", "이 관계자": "anonymous",
            # 이 (this) or 해당 (the said) and a kind of body: "이 업체는", "해당 기관은"
            **{f"{this} {body}": "organisation" for this in ("이", "해당") for body in (
                "회사", "업체", "기업", "기관", "단체", "은행", "협회", "그룹", "부처", "공사", "재단")}}
# 그는 stands for one person, not for several unnamed ones (an unnamed source ending in 들:
# "직원들은 …. 그는 “…”" is not the workers).
PLURAL_SOURCE_END = "들"
# 그 stands for a man or a woman in news copy; 그녀 only for a woman.
PRONOUN_GENDERS = {"그녀": "female"}
# 그는 stands for a person named (or so resolved by a pronoun before) within this many
# characters before it, a few paragraphs; not for one named far above: no one.
PERSON_PRONOUN_REACH = 800
# A person named as an object or an owner, after the name or its role, is no speaker of the
# sentence: "홍준표 전 대구시장·유승민 전 의원을 포함한 … 묻자 “…”" (asked about them), "장 대표의".
NOT_SPEAKER_AFTER = ("을 ", "를 ", "의 ")
# The rest of a list of people a name and its role open, joined by middle dots, up to the
# particle they share: "홍준표 전 대구시장·유승민 전 의원을" (both are objects).
NAME_LIST_AFTER = r"(?:[·ㆍ][가-힣]+(?: [가-힣]+){0,3}?)+(?=(?:을|를|의) )"
# A quotation ends in a quotative ending: “…”라고 말했다, “…”며, “…”고 밝혔다.
QUOTE_FRAME_AFTER = r"(?:이?라고|고|이?라며|며|이?라면서|면서)(?!\w)"
QUOTE_FRAME_BEFORE = ""
# A sentence opening with one of these words goes on with the last speaker: 그러면서 “…”고 했다.
QUOTE_CONTINUES = r"(?:그러면서|이어|이어서|아울러|또한|또)\s"
# A role or an occupation as the subject of a quotation's sentence tells another speaks, even
# one not recognised ("앤지 포스테코글루 토트넘 감독은 “…”"): the speaker before is not carried on.
QUOTE_OTHER_SUBJECT = r"(?<!\w)(?:{title})(?:은|는|이|가)(?!\w)"
# What the quotation itself must end with for a frame to attribute it (anything in Korean).
QUOTE_FRAMED_INNER = r""
# A quotation that is a whole sentence ends like one.
QUOTE_SENTENCE_END = r"(?:[.!?。…]|다|요|죠)[\s'’)]*$"

# (end of facts part 2 section)
