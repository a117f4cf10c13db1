"""Turkish rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Turkish text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "tr"

# Month names, lower case, and their abbreviations, for date lines ("14 Mayıs 2025 20:28",
# "14 Eki 2025").
_MONTHS = {
    "ocak": 1, "oca": 1, "şubat": 2, "şub": 2, "mart": 3, "mar": 3, "nisan": 4, "nis": 4, "mayıs": 5, "may": 5,
    "haziran": 6, "haz": 6, "temmuz": 7, "tem": 7, "ağustos": 8, "ağu": 8, "eylül": 9, "eyl": 9, "ekim": 10,
    "eki": 10, "kasım": 11, "kas": 11, "aralık": 12, "ara": 12,
}


def _cased(word: str) -> set[str]:
    """A lower-case Turkish word as the stages see it written in capitals ("KASIM", "EKİM"):
    lower-cased or case-folded, the dotless "ı" and the dotted "İ" become "i" or "i̇"."""
    capitals = {word.upper(), word.replace("i", "İ").upper()}
    return {word} | {form for c in capitals for form in (c.lower(), c.casefold())}


def _openings(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Phrases that open a line, and as a capital first letter leaves them lower-cased: "İlgili
    haberler" is "i̇lgili haberler" (an "i" and a combining dot)."""
    return phrases + tuple("İ".lower() + p[1:] for p in phrases if p[:1] == "i")


# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Turkish sites are English (see en.py). Not "Yorum": the rubric of
# an opinion piece.
CLEAN_WIDGET_LABELS = (
    "paylaş", "paylaşın", "yazdır", "yorumlar", "yorum yap", "yorum yaz", "devamını oku", "daha fazla",
    "ayrıca okuyun", "arama", "giriş yap", "çıkış yap", "üye ol", "kayıt ol", "abone ol", "kapat", "menü",
    "ana sayfa", "anasayfa", "geri", "ileri", "sonraki haber", "önceki haber", "bağlantıyı kopyala",
    "linki kopyala", "kopyalandı", "reklam", "takip et", "bizi takip edin", "dinle", "haberi dinle", "kaydet",
    "iptal", "gönder", "en çok okunanlar", "son dakika", "öne çıkanlar", "ilgili haberler", "benzer haberler",
    "etiketler", "tümünü gör", "daha fazla göster", "sayfa başına dön",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = _openings((
    "ayrıca okuyun", "bunlar da ilginizi çekebilir", "tüm hakları saklıdır", "her hakkı saklıdır",
    "çerez kullanıyoruz", "çerezler kullanılmaktadır", "buraya tıklayın", "bizi takip edin", "kaynak:",
    "ilgili haber:",
))
# A heading starting with one of these opens a related/comments section. Not "Ayrıca okuyun"
# (a box inside the article).
CLEAN_END_HEADINGS = _openings((
    "ilgili haberler", "benzer haberler", "en çok okunanlar", "en çok okunan haberler", "diğer haberler",
    "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "yazarın diğer yazıları", "yazar hakkında",
))
# Words a date line may hold besides numbers ("14 Mayıs 2025 Çarşamba 20:28", "Güncelleme:
# 14.05.2025 - 21:05", "Bugün, 12:05"), in capitals too ("14 KASIM 2025").
CLEAN_DATE_WORDS = tuple(
    sorted(
        {form for word in _MONTHS for form in _cased(word)}
        | {
            form for word in (
                "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "saat", "güncelleme",
                "güncellendi", "yayınlanma", "yayınlandı", "tarihi", "bugün", "dün",
            )
            for form in _cased(word)
        }
    )
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("çerez",), ("kabul", "onay", "gizlilik", "ayarlar", "kişisel veri")),
    "newsletter notice": (("bülten",), ("abone", "e-posta", "kaydol", "ücretsiz")),
}
CLEAN_COPYRIGHT_MARKERS = ("tüm hakları saklıdır", "her hakkı saklıdır")
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("yazar:", "muhabir:", "haber:")
# Markers of a photo credit; a line holding one is a caption ("Fotoğraf: AA").
CLEAN_CREDIT_MARKERS = ("fotoğraf:", "(fotoğraf", "görsel:")

CLEAN_SOURCE_OPENERS = ("kaynak:",)

# A reading time or a teaser's age (see en.py CLEAN_NO_HEADLINE; opens with "\b", see ru.py):
# "5 dk okuma", "3 saat önce".
CLEAN_NO_HEADLINE = (r"\b\d+\s?(?:(?:dk|dakika)\.?\s+okuma|(?:dakika|saat|gün|hafta)\s+önce\b)",)

CLEAN_COMMENT_WORDS = ("yorum", "yorumlar")

CLEAN_PROFILE_LABELS = ("yaş", "doğum tarihi", "doğum yeri", "parti", "eğitim", "meslek", "çocuklar")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = ("Muhabir", "Editör", "Köşe Yazarı", "Foto Muhabiri", "Haber Editörü", "Genel Yayın Yönetmeni")
# A name in a Turkish byline: capitalised words; each word as short as the line allows, so
# that a role glued to it is left out.
_CAPITAL = "A-ZÇĞİÖŞÜ"
_NAME = rf"[{_CAPITAL}][\w'’.-]+?(?:\s+[{_CAPITAL}][\w'’.-]+?){{1,3}}?"
_NAMES = rf"(?P<names>{_NAME}(?:(?:\s*[,&]\s*|\s+ve\s+){_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Yazar: Ayşe Yılmaz | Haber: Mehmet Demir ve Zeynep Kaya | Muhabir: Ali Şahin, Ankara
    rf"(?:^|[|•]\s*)(?:Yazar:|Haber:|Muhabir:|Editör:|Hazırlayan:)\s*{_NAMES}{_ROLE}"
    rf"\s*(?:$|[|•(/]|\d|,\s*[{_CAPITAL}])",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Yayınlanma", "Yayınlanma Tarihi", "Yayın Tarihi", "Yayınlandı", "Oluşturulma Tarihi")
MODIFIED_LABELS = ("Güncelleme", "Güncelleme Tarihi", "Güncellendi", "Son Güncelleme")
# "3 saat önce": resolved against the fetch time (the day only).
AGO = r"(?P<n>\d+)\s*(?P<unit>dakika|dk|saat|gün|hafta)\.?\s+önce"
AGO_UNITS = {"dakika": 60, "dk": 60, "saat": 3600, "gün": 86400, "hafta": 604800}
# Month names as a date line is read: lower-case and case-folded ("KASIM" is "kasim").
MONTH_NAMES = {form: n for word, n in _MONTHS.items() for form in _cased(word)}
# Slashed and dotted dates ("14.05.2025") are day first.
DATE_ORDER = "dmy"
# The word before a time ("14 Mayıs 2025 saat 20:28").
TIME_WORDS = ("saat",)
TZ_NAMES = {"TRT": "Europe/Istanbul"}
# A time given without a zone is in Turkey's.
DEFAULT_TZ = "Europe/Istanbul"
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text
# ("de", "da" are Spanish, Portuguese or Italian words too, among more of theirs).
COMMON_WORDS = frozenset({"ve", "bir", "bu", "de", "da", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ancak", "kadar", "sonra", "ise", "değil"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Haber Merkezi",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names, words that join two names.
BYLINE_WORDS = ("Yazar", "Hazırlayan")
CONJUNCTIONS = ("ve",)

# (end of metadata section)
