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
CLEAN_BYLINE_MARKERS = ("기자", "입력", "수정", "승인", "등록", "발행", "특파원", "기사입력")
CLEAN_CREDIT_MARKERS = ("사진제공", "[사진", "(사진", "사진=", "/사진", "연합뉴스 자료사진", "제공=")

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

# Bylines and datelines are read line by line from the visible text. A pattern names its
# parts: ``names`` (one or more authors), ``role``, ``site`` (the outlet), ``email``.
AUTHOR_ROLES = (
    "선임기자", "수석기자", "전문기자", "객원기자", "대기자", "기자", "특파원",
    "논설위원", "편집위원", "칼럼니스트", "객원논설위원", "앵커", "통신원",
)
_ROLE = "(?P<role>" + "|".join(AUTHOR_ROLES) + ")(?![가-힣])"
_NAME = "(?<![가-힣])(?P<names>[가-힣]{2,4})"
_EMAIL = r"(?:\s*\(?(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)?)?"
BYLINE_PATTERNS = (
    r"\[(?P<site>[^\[\]=]{1,20}?)\s*=\s*" + _NAME + r"\s?" + _ROLE + r"\]",  # [뉴스투데이=오세은 기자]
    r"글\s*[·ㆍ]\s*사진\s+" + _NAME + "(?![가-힣])",  # 글·사진 홍길동
    _NAME + r"\s?" + _ROLE + _EMAIL,  # 오세은 기자 / 홍길동 기자 hong@yna.co.kr
)
# A name in structured data must look like this to be kept (Korean names: 2-4 syllables).
NAME_PATTERN = r"[가-힣]{2,4}"
AUTHOR_SEPARATORS = r"\s*[,·ㆍ/]\s*|\s+외\s+\d+\s*명.*$"
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("기사입력", "입력", "등록", "승인", "게재", "발행", "송고")
MODIFIED_LABELS = ("최종수정", "수정", "업데이트")
MERIDIEM = {"오전": "AM", "오후": "PM"}
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
}
SMALL_SCALES = {"십": 10, "백": 100, "천": 1000}
BIG_SCALES = {"만": 10**4, "억": 10**8, "조": 10**12}
DECIMAL_POINTS = ("점", "쩜")
NEGATIVE_WORDS = ("마이너스",)
# A number spelled in Hangul must be one of these native words (before a counter: "세 곳")
# or a run of Sino-Korean digits and scales of two syllables or more ("이십", "오백만"),
# or a lone 십/백/천/만 ("만원"): a lone 일, 이, 오, 세... is a word, not a number.
SPELLED_DIGITS = "공영일이삼사오육칠팔구십백천만억조점쩜"
NATIVE_NUMBERS = (
    "하나", "한", "둘", "두", "셋", "세", "넷", "네", "다섯", "여섯", "일곱", "여덟", "아홉",
    "열", "스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔",
)
SPELLED_ALONE = ("십", "백", "천", "만")

# Units after a number: surface -> (fact type, unit). Money units are ISO 4217 codes.
UNITS = {
    "원": ("money", "KRW"), "달러": ("money", "USD"), "불": ("money", "USD"),
    "위안": ("money", "CNY"), "엔": ("money", "JPY"), "유로": ("money", "EUR"),
    "파운드": ("money", "GBP"), "루블": ("money", "RUB"), "루피": ("money", "INR"),
    "%": ("percent", "percent"), "％": ("percent", "percent"), "퍼센트": ("percent", "percent"),
    "프로": ("percent", "percent"), "%p": ("percent", "point"), "%포인트": ("percent", "point"),
    "퍼센트포인트": ("percent", "point"),
    "개": ("count", "개"), "명": ("count", "명"), "곳": ("count", "곳"), "건": ("count", "건"),
    "대": ("count", "대"), "가구": ("count", "가구"), "척": ("count", "척"), "개사": ("count", "개사"),
    "개국": ("count", "개국"), "개소": ("count", "개소"), "채": ("count", "채"), "마리": ("count", "마리"),
    "권": ("count", "권"), "종": ("count", "종"), "차례": ("count", "차례"), "세대": ("count", "세대"),
    "석": ("count", "석"), "표": ("count", "표"), "주": ("count", "주"), "개교": ("count", "개교"),
    "톤": ("quantity", "ton"), "t": ("quantity", "ton"), "kg": ("quantity", "kg"), "킬로그램": ("quantity", "kg"),
    "근": ("quantity", "근"), "컵": ("quantity", "cup"),
    "km": ("quantity", "km"), "킬로미터": ("quantity", "km"), "㎞": ("quantity", "km"),
    "m": ("quantity", "m"), "미터": ("quantity", "m"), "㎡": ("quantity", "m²"), "제곱미터": ("quantity", "m²"),
    "평": ("quantity", "pyeong"), "배럴": ("quantity", "barrel"), "리터": ("quantity", "l"),
    "MW": ("quantity", "MW"), "GW": ("quantity", "GW"), "kWh": ("quantity", "kWh"), "메가와트": ("quantity", "MW"),
    "년": ("duration", "year"), "년간": ("duration", "year"), "개월": ("duration", "month"), "달": ("duration", "month"),
    "주간": ("duration", "week"), "주일": ("duration", "week"), "일간": ("duration", "day"),
    "시간": ("duration", "hour"), "분간": ("duration", "minute"), "초간": ("duration", "second"),
}
# "N년" is a year when N has four digits (a date), otherwise a duration ("3년 만에").
YEAR_UNIT = "년"
# Counters that also make ordinal-like phrases ("3대 강국", "20대 남성"): counted only when
# a particle follows and the number is not a decade.
STRICT_COUNTERS = ("대",)
# What may directly follow a unit inside a Hangul word: particles and endings.
PARTICLES = (
    "이", "가", "을", "를", "은", "는", "의", "에", "도", "와", "과", "로", "으로", "만", "씩", "까지",
    "부터", "보다", "이나", "나", "쯤", "가량", "여", "정도", "이며", "이고", "인", "였", "이었", "대", "당",
    "짜리", "에서", "에게", "밖", "뿐", "째", "이상", "이하", "미만", "초과", "가까이", "안팎", "선",
)
# Approximation and bounds around a number. "200여개": 여 between number and counter.
APPROX_BEFORE = ("약", "대략", "무려", "최대", "최소")
APPROX_INSIDE = ("여",)
APPROX_AFTER = ("가량", "안팎", "정도", "쯤", "남짓", "가까이")
QUALIFIERS_AFTER = {"이상": "at least", "초과": "more than", "이하": "at most", "미만": "less than", "넘게": "more than"}
QUALIFIERS_BEFORE: dict[str, str] = {"최소": "at least", "최대": "at most"}
RANGE_SEPARATORS = ("~", "-", "–", "∼", "〜")
# The noun after a counter that is not the thing counted.
NOT_COUNTED = ("이상", "이하", "미만", "초과", "가량", "정도", "규모", "수준", "안팎", "남짓", "중", "등")

# Dates. "2020년 7월 15일", "7월 15일", "15일", "9월 중", "내년 상반기", "지난 14일".
YEAR_SUFFIX = "년"
MONTH_SUFFIX = "월"
DAY_SUFFIX = "일"
# Words that move a day/month reference: relative to the reference date.
DAY_WORDS = {"오늘": 0, "이날": 0, "당일": 0, "어제": -1, "전날": -1, "내일": 1, "다음날": 1, "이튿날": 1, "그저께": -2, "그제": -2, "엊그제": -2, "모레": 2}
MONTH_WORDS = {"이달": 0, "이번 달": 0, "이번달": 0, "지난달": -1, "지난 달": -1, "저번달": -1, "다음 달": 1, "다음달": 1, "내달": 1}
YEAR_WORDS = {"올해": 0, "금년": 0, "올": 0, "작년": -1, "지난해": -1, "전년": -1, "내년": 1, "다음 해": 1, "이듬해": 1, "재작년": -2, "내후년": 2}
WEEK_WORDS = {"이번 주": 0, "이번주": 0, "금주": 0, "지난주": -1, "지난 주": -1, "저번주": -1, "다음 주": 1, "다음주": 1, "차주": 1}
# "지난 14일" (past), "오는 22일" (future) before a bare day or weekday.
PAST_WORDS = ("지난", "지난달", "지난 달")
FUTURE_WORDS = ("오는", "다가오는")
WEEKDAYS = {"월요일": 0, "화요일": 1, "수요일": 2, "목요일": 3, "금요일": 4, "토요일": 5, "일요일": 6}
# Parts of a year or month: name -> (grain, index). Halves and quarters of a year,
# early/mid/late parts of a month ("초", "중순", "말").
PERIOD_WORDS = {
    "상반기": ("half", 1), "하반기": ("half", 2),
    "1분기": ("quarter", 1), "2분기": ("quarter", 2), "3분기": ("quarter", 3), "4분기": ("quarter", 4),
    "일사분기": ("quarter", 1), "이사분기": ("quarter", 2), "삼사분기": ("quarter", 3), "사사분기": ("quarter", 4),
    "1·4분기": ("quarter", 1), "2·4분기": ("quarter", 2), "3·4분기": ("quarter", 3), "4·4분기": ("quarter", 4),
}
# "9월 중", "2025년까지": a word after a date that bounds it.
DATE_AFTER = {"까지": "by", "부터": "from", "이후": "after", "이전": "before", "전": "before", "중": "during", "내": "within", "안에": "within"}
# "3주 전", "2년 후": counted units before 전 / 후 make a date.
AGO_WORDS = ("전", "前")
LATER_WORDS = ("후", "뒤")
RELATIVE_UNITS = {"일": "day", "주": "week", "개월": "month", "달": "month", "년": "year"}
# Labels of a byline's time stamp: a date right after one is page furniture, not a fact.
TIMESTAMP_LABELS = ("입력", "수정", "기사입력", "최종수정", "등록", "승인", "업데이트", "송고")

# (end of facts part 1 section)

# ---------------------------------------------------------------------------
# facts part 2: people, roles, organisations, quote frames
# ---------------------------------------------------------------------------

# (end of facts part 2 section)
