"""Vietnamese rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Vietnamese text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "vi"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Vietnamese sites are English (see en.py). Not "In" (print): an
# English word; not "Bình luận" as a heading: also the rubric of commentary.
CLEAN_WIDGET_LABELS = (
    "chia sẻ", "chia sẻ bài viết", "bình luận", "gửi bình luận", "viết bình luận", "in bài", "in bài viết",
    "lưu", "lưu bài", "lưu bài viết", "đã lưu", "đọc thêm", "xem thêm", "xem tiếp", "xem chi tiết",
    "tin liên quan", "bài liên quan", "đăng nhập", "đăng ký", "đăng ký nhận tin", "đăng xuất", "tìm kiếm",
    "trang chủ", "về trang chủ", "quay lại", "trở về", "trở lại", "đóng", "sao chép liên kết", "sao chép link",
    "đã sao chép", "quảng cáo", "theo dõi", "theo dõi chúng tôi", "nghe", "nghe bài viết", "nghe đọc bài",
    "thích", "gửi", "hủy", "huỷ", "tin mới", "tin mới nhất", "mới nhất", "tin nổi bật", "đọc nhiều",
    "xem nhiều", "tin khác", "chủ đề", "từ khóa", "từ khoá", "cỡ chữ", "phóng to", "thu nhỏ", "trả lời",
    "bài trước", "bài tiếp", "bài tiếp theo", "trang trước", "trang sau", "tiếp theo", "liên hệ",
    "tài trợ", "nội dung tài trợ", "ảnh",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "xem thêm:", "đọc thêm:", "tin liên quan:", "bài liên quan:", "bản quyền thuộc về", "ghi rõ nguồn",
    "chúng tôi sử dụng cookie", "trang web này sử dụng cookie", "theo dõi chúng tôi trên",
    "đăng ký nhận bản tin", "nhấn vào đây", "bấm vào đây", "click vào đây", "mời quý độc giả",
    "mời bạn đọc", "nguồn:",
)
# A heading starting with one of these opens a related/comments section. Not "Xem thêm"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "tin liên quan", "bài liên quan", "tin cùng chuyên mục", "tin khác", "các tin khác", "đọc nhiều nhất",
    "xem nhiều nhất", "tin mới nhất", "có thể bạn quan tâm", "bạn có thể quan tâm", "ý kiến bạn đọc",
    "tin nổi bật",
)
# Words a date line may hold besides numbers ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", "Cập nhật
# lúc 19:25 ngày 22 tháng 10 năm 2025"): the weekday's words ("thứ hai" … "chủ nhật").
CLEAN_DATE_WORDS = (
    "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "tháng", "ngày", "lúc", "giờ", "phút",
    "sáng", "chiều", "tối", "trưa", "hôm", "nay", "qua", "gmt",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), ("đồng ý", "chấp nhận", "quyền riêng tư", "cài đặt", "dữ liệu cá nhân")),
    "newsletter notice": (("bản tin",), ("đăng ký", "hộp thư", "miễn phí")),
}
CLEAN_COPYRIGHT_MARKERS = ("bản quyền thuộc về",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("tác giả:", "bài:", "bài và ảnh:")
# Markers of a photo credit; a line holding one is a caption ("Ảnh: Reuters", "Ảnh minh họa").
CLEAN_CREDIT_MARKERS = ("ảnh:", "(ảnh", "ảnh minh họa", "ảnh minh hoạ", "nguồn ảnh")

CLEAN_SOURCE_OPENERS = ("nguồn:",)

# A reading time or a teaser's age (see en.py CLEAN_NO_HEADLINE): "5 phút đọc", "3 giờ trước".
CLEAN_NO_HEADLINE = (r"\b\d+\s?(?:phút\s+đọc|(?:phút|giờ|ngày|tuần)\s+trước)\b",)

CLEAN_COMMENT_WORDS = ("bình luận",)

CLEAN_PROFILE_LABELS = ("tuổi", "sinh", "ngày sinh", "quê quán", "học vấn", "nghề nghiệp", "chức vụ")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = ("Phóng viên", "Biên tập viên", "Cộng tác viên", "Nhà báo", "Thông tín viên")
# A name in a Vietnamese byline: two to four capitalised syllables ("Lê Phương", "Nguyễn Thị
# Minh Anh").
_CAPITAL = "A-ZÀ-ÝĂĐĨŨƠƯẠ-Ỹ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]*?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&-]\s*|\s+và\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Bài: Nguyễn Văn An | Bài và ảnh: Lê Phương | Tác giả: Trần Minh và Hoàng Lan | Nhóm phóng viên: …
    rf"(?:^|[|•]\s*)(?:Bài:|Bài và ảnh:|Bài, ảnh:|Tác giả:|Nhóm phóng viên:|Phóng viên:)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}]|\s(?:từ|tại)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Ngày đăng", "Đăng ngày", "Đăng lúc", "Xuất bản", "Thời gian đăng")
MODIFIED_LABELS = ("Cập nhật", "Cập nhật lúc", "Cập nhật ngày", "Ngày cập nhật", "Cập nhật lần cuối")
# "3 giờ trước": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>phút|giờ|ngày|tuần)\s+trước"
AGO_UNITS = {"phút": 60, "giờ": 3600, "ngày": 86400, "tuần": 604800}
# Months are numbered ("ngày 22 tháng 10 năm 2025", "22 tháng 10, 2025"): "tháng" and the
# number are the month's name.
MONTH_NAMES = {**{f"tháng {n}": n for n in range(1, 13)}, **{f"tháng {n:02d}": n for n in range(1, 10)}}
# The word before the year ("năm 2025").
DATE_CONNECTORS = ("năm",)
# Slashed dates ("22/10/2025") are day first.
DATE_ORDER = "dmy"
# A time after the date: "lúc 19:25"; hours and minutes split by an "h" too ("19h25").
TIME_WORDS = ("lúc",)
DATE_UNITS = {"hour": "h"}
# A time given without a zone is in Vietnam's (GMT+7).
DEFAULT_TZ = "Asia/Ho_Chi_Minh"
TZ_NAMES = {"ICT": "Asia/Ho_Chi_Minh"}
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"và", "của", "là", "có", "không", "được", "cho", "với", "các", "những", "một", "này", "trong", "người", "đã", "khi", "để", "từ", "đến", "cũng"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Ban biên tập", "Tòa soạn", "Toà soạn")

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Tác giả: Lê Phương"), words that join two names.
BYLINE_WORDS = ("Tác giả",)
CONJUNCTIONS = ("và",)

# (end of metadata section)
