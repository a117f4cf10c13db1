"""Portuguese rules (Brazil and Portugal): data for the clean and metadata stages, no logic.
Sections are owned by stages. No facts section: the facts stage reads Portuguese text as a
language without rules (see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "pt"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Portuguese sites are mostly English (see en.py); Portuguese ones here.
CLEAN_JUNK_CLASS_WORDS = ("publicidade",)
CLEAN_CAPTION_CLASS_WORDS = ("legenda",)
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome).
CLEAN_WIDGET_LABELS = (
    "compartilhar", "compartilhe", "partilhar", "comentários", "comentar", "publicidade", "leia também",
    "leia mais", "veja também", "saiba mais", "fechar", "pesquisar", "início", "sair", "assine", "assinar",
    "cadastre-se", "voltar ao topo", "próximo", "copiar link", "link copiado", "salvar", "ouvir",
    "ir para o conteúdo", "mais lidas", "mais lidos", "últimas notícias", "patrocinado", "notícias relacionadas",
    "tópicos",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "leia também", "leia mais:", "veja também", "saiba mais:", "veja mais:", "todos os direitos reservados",
    "utilizamos cookies", "este site utiliza cookies", "siga-nos", "clique aqui", "receba as notícias",
    "notícias relacionadas",
)
# A heading starting with one of these opens a related/comments section. Not "Leia também"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "notícias relacionadas", "matérias relacionadas", "mais lidas", "mais lidos", "comentários", "sobre o autor",
    "você pode gostar", "recomendados para você",
)
# Words a date line may hold besides numbers ("5 de fevereiro de 2025, às 14h07",
# "Atualizado há 3 horas", "seg, 5 fev 2025").
CLEAN_DATE_WORDS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
    "novembro", "dezembro", "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov",
    "dez", "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira", "seg", "ter",
    "qua", "qui", "sex", "sáb", "dom", "de", "às", "h", "em", "atualizado", "atualizada", "actualizado",
    "publicado", "publicada",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), (
        "consentimento", "aceitar", "aceito", "privacidade", "dados pessoais", "configurações", "terceiros",
    )),
    "newsletter notice": (("newsletter",), ("inscreva-se", "assine", "receba", "gratuita")),
}
CLEAN_COPYRIGHT_MARKERS = ("todos os direitos reservados",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("por ", "publicado", "atualizado", "correspondente")

CLEAN_SHOP_WORDS = ("na", "no", "em")
CLEAN_VOTE_WORDS = ("voto", "votos")

CLEAN_SOURCE_OPENERS = ("fonte:", "fontes:")

CLEAN_COUNTER_WORDS = ("de",)

# A reading time's label (see en.py CLEAN_NO_HEADLINE).
CLEAN_NO_HEADLINE = (r"\btempo de leitura\b",)

CLEAN_COMMENT_WORDS = ("comentário", "comentários")

CLEAN_PROFILE_LABELS = ("idade", "nascimento", "partido", "profissão", "formação", "família", "filhos")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Correspondente", "Enviado especial", "Enviada especial", "Repórter", "Jornalista", "Colunista",
    "Redator", "Redatora", "Editor", "Editora", "Fotógrafo", "Fotógrafa",
)
# A name in a Portuguese byline: capitalised words, perhaps a particle ("Ana dos Santos").
_NAME = r"[A-ZÁÂÃÉÊÍÓÔÕÚÇ][\w'’.-]+?(?:\s+(?:(?:de|da|do|das|dos)\s+)*[A-ZÁÂÃÉÊÍÓÔÕÚÇ][\w'’.-]+?){1,3}?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*(?:,|e|&)\s*{_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Por Ana dos Santos e João Silva | Por Ana dos Santos, de Brasília | Por Ana dos Santos 05/02/2025
    rf"(?:^|[|•]\s*)(?:Por|POR)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•(/—–-]|\d|,\s*(?:de\s|[A-ZÁÂÃÉÊÍÓÔÕÚÇ])|\s(?:em|para)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publicado", "Publicada", "Publicado em")
MODIFIED_LABELS = ("Atualizado", "Atualizada", "Atualizado em", "Actualizado", "Actualizada")
# "há 3 horas": resolved against the fetch time (the day only).
AGO = r"há\s+(?P<n>\d+)\s*(?P<unit>minuto|min|hora|h|dia|semana)s?\b"
AGO_UNITS = {"minuto": 60, "min": 60, "hora": 3600, "h": 3600, "dia": 86400, "semana": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "5 de fevereiro de 2025" (the "de"s are DATE_CONNECTORS), "5 fev. 2025".
MONTH_NAMES = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "jan": 1, "fev": 2, "mar": 3, "abr": 4, "mai": 5, "jun": 6, "jul": 7, "ago": 8, "set": 9, "out": 10,
    "nov": 11, "dez": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Hours and minutes split by "h" ("20h13"; the other units are the numeric forms' own), and the
# word between day, month and year ("22 de outubro de 2010").
DATE_UNITS = {"hour": "h"}
DATE_CONNECTORS = ("de",)
# Time zone names of Brazilian and Portuguese date lines.
TZ_NAMES = {"BRT": "America/Sao_Paulo", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon"}
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"o", "a", "os", "as", "que", "do", "da", "não", "com", "uma", "para", "em", "dos", "das", "é", "mais", "foi"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redação", "Da redação")
# News agencies Portuguese bylines sign with ("Lusa", "Agência Brasil"): each an author.
AGENCIES = ("Lusa", "Agência Brasil", "Estadão Conteúdo", "Folhapress", "AFP", "Reuters", "AP", "EFE")
# The label of a line naming where the article comes from ("Fonte: Lusa"): its names, if every
# one is an agency above, are its authors.
SOURCE_LABELS = ("Fonte",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Por Ana dos Santos"), words that join two names,
# lower-case words inside a name ("Ana dos Santos").
BYLINE_WORDS = ("Por", "POR", "por")
CONJUNCTIONS = ("e",)
NAME_PARTICLES = ("de", "da", "do", "das", "dos", "e")

# (end of metadata section)
