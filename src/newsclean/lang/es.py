"""Spanish rules: data for the clean and metadata stages, no logic. Sections are owned by
stages. No facts section: the facts stage reads Spanish text as a language without rules
(see ``lang/__init__.py``)."""

from __future__ import annotations

CODE = "es"

# ---------------------------------------------------------------------------
# clean: page-chrome vocabulary (widget labels, class/id words, footer phrases)
# ---------------------------------------------------------------------------

# Every name here is merged with the other languages' and read on every page (the clean
# stage runs before the language is known): a word must not be chrome in another language's
# prose. Class/id words of Spanish sites are mostly English (see en.py); Spanish ones here.
CLEAN_JUNK_CLASS_WORDS = ("publicidad", "relacionad")
CLEAN_SUBTITLE_CLASS_WORDS = ("entradilla",)
# Labels of share/print/font buttons, menus and footer widgets (case, spaces and
# punctuation ignored; a line made only of these words is chrome).
CLEAN_WIDGET_LABELS = (
    "compartir", "comparte", "compartir en", "imprimir", "comentarios", "comentar", "publicidad",
    "guardar", "seguir", "leer más", "ver más", "más", "cerrar", "buscar", "menú", "inicio", "portada",
    "suscríbete", "suscribirse", "iniciar sesión", "entrar", "registrarse", "enviar", "copiar enlace",
    "enlace copiado", "copiado", "noticias relacionadas", "te puede interesar", "lo más leído",
    "lo más visto", "más leídas", "lee también", "escuchar", "escuchar noticia", "tamaño de letra",
    "volver arriba", "siguiente", "anterior", "etiquetas", "temas", "patrocinado", "contenido patrocinado",
    "ir al contenido", "saltar al contenido", "cancelar", "últimas noticias", "comenta",
    "noticia relacionada",
)
# Line starts of chrome lines that are longer than a label (lower case). The text cleaner
# tests them on lines of any length: whole phrases only, never words that open prose.
CLEAN_CHROME_PREFIXES = (
    "lee también", "lea también", "leer también", "te puede interesar", "también te puede interesar",
    "le puede interesar", "noticias relacionadas", "más información:", "ver también:",
    "suscríbete a", "síguenos en", "todos los derechos reservados", "utilizamos cookies", "usamos cookies",
    "este sitio web utiliza cookies", "haz clic aquí", "pulsa aquí", "únete a nuestro canal", "relacionado:",
)
# A heading starting with one of these opens a related/comments section. Not "Lee también"
# (a box inside the article).
CLEAN_END_HEADINGS = (
    "noticias relacionadas", "te puede interesar", "también te puede interesar", "lo más leído", "lo más visto",
    "más leídas", "más noticias", "comentarios", "sobre el autor", "te recomendamos",
    "contenido patrocinado",
)
# Words a date line may hold besides numbers ("13 de mayo de 2026, 14:07 h", "Actualizado
# el lun, 13 may 2026 - 14:07 CET").
CLEAN_DATE_WORDS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
    "octubre", "noviembre", "diciembre", "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep",
    "sept", "oct", "nov", "dic", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lun", "mié", "jue", "vie", "sáb", "dom", "de", "del", "a", "las", "el", "h", "hs", "horas",
    "actualizado", "actualizada", "publicado", "publicada", "act", "cet", "cest",
)
# Notices (see en.py): the word sets are merged with the other languages' notices of the
# same name.
CLEAN_NOTICES = {
    "cookie notice": (("cookie",), (
        "consentimiento", "aceptar", "privacidad", "datos personales", "configuración", "terceros",
    )),
    "newsletter notice": (("newsletter",), ("suscríbete", "apúntate", "recibe", "gratis")),
    "members notice": (("esta funcionalidad", "este contenido", "este artículo"), (
        "para registrados", "para usuarios registrados", "para suscriptores", "para suscriptoras",
    )),
}
CLEAN_COPYRIGHT_MARKERS = ("todos los derechos reservados",)
# Markers of a byline or dateline (short lines with a date and one of these are bylines).
CLEAN_BYLINE_MARKERS = ("por ", "publicado", "actualizado", "corresponsal")

CLEAN_SHOP_WORDS = ("en",)
CLEAN_VOTE_WORDS = ("voto", "votos")

CLEAN_SOURCE_OPENERS = ("fuente:", "fuentes:")

CLEAN_COUNTER_WORDS = ("de",)

# A reading time's label (see en.py CLEAN_NO_HEADLINE).
CLEAN_NO_HEADLINE = (r"\btiempo de lectura\b",)

CLEAN_APPEAL_BUTTONS = ("dona ahora", "hazte socio", "hazte socia")

CLEAN_COMMENT_WORDS = ("comentario", "comentarios")

CLEAN_POLL_ANSWERS = ("sí", "no", "no sé", "no lo sé")
CLEAN_POLL_SELF = ("yo", "ninguno", "ninguna", "ninguna de")  # see en.py
CLEAN_POLL_ASKS = ("tú", "tu", "te")  # see en.py
CLEAN_READER_WORDS = ("usted", "ustedes", "tus", "tú")  # see en.py

CLEAN_PROFILE_LABELS = ("edad", "nacimiento", "partido", "profesión", "formación", "familia", "hijos", "nacionalidad")  # see en.py

# (end of clean section)

# ---------------------------------------------------------------------------
# metadata: bylines, date lines, roles of authors, default time zone
# ---------------------------------------------------------------------------

AUTHOR_ROLES = (
    "Redactor", "Redactora", "Corresponsal", "Enviado especial", "Enviada especial", "Columnista",
    "Periodista", "Fotógrafo", "Fotógrafa", "Editor", "Editora",
)
# A name in a Spanish byline: capitalised words, perhaps a particle ("Chus del Pino");
# each word as short as the line allows, so that a role glued to it is left out.
_NAME = r"[A-ZÁÉÍÓÚÑÜ][\w'’.-]+?(?:\s+(?:(?:de|del|la|las|los|y)\s+)*[A-ZÁÉÍÓÚÑÜ][\w'’.-]+?){1,3}?"
_NAMES = rf"(?P<names>{_NAME}(?:\s*(?:,|y|&)\s*{_NAME})*)"
_ROLE = rf"(?:,?\s*(?P<role>{'|'.join(sorted(AUTHOR_ROLES, key=len, reverse=True))}))?"
BYLINE_PATTERNS = (
    # Por Chus del Pino y Martí Abad | Por Ana López, Madrid | Por Ana López - Madrid | Por Ana López 13/05/2026 | Texto: Ana López
    rf"(?:^|[|•]\s*)(?:Por|POR|Texto:|Autor:|Autora:)\s+{_NAMES}{_ROLE}"
    r"\s*(?:$|[|•(/]|\d|,\s*[A-ZÁÉÍÓÚÑ]|\s[-–—]\s|\s(?:desde|en|para)\s)",
)
# Words that introduce the published / modified date on a date line.
PUBLISHED_LABELS = ("Publicado", "Publicada", "Creado")
MODIFIED_LABELS = ("Actualizado", "Actualizada", "Act.", "Última actualización", "Modificado")
# "hace 3 horas": resolved against the fetch time (the day only).
AGO = r"hace\s+(?P<n>\d+)\s*(?P<unit>minuto|min|hora|h|día|dia|semana)s?\b"
AGO_UNITS = {"minuto": 60, "min": 60, "hora": 3600, "h": 3600, "día": 86400, "dia": 86400, "semana": 604800}
# Month names and their abbreviations (lower case; a dot after one is read too), for date
# lines such as "13 de mayo de 2026" (the "de"s are DATE_CONNECTORS), "13 may. 2026".
MONTH_NAMES = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "sept": 9,
    "set": 9, "oct": 10, "nov": 11, "dic": 12,
}
# Slashed dates ("25/04/2026") are day first.
DATE_ORDER = "dmy"
# Words before a time ("13/05/2026 a las 14:07") and between day, month and year ("13 de mayo
# de 2026", "13 de mayo del 2026").
TIME_WORDS = ("a las",)
DATE_CONNECTORS = ("de", "del")
# Time zone names of Spanish date lines (Spain; the Canaries are an hour behind).
TZ_NAMES = {"CET": "Europe/Madrid", "CEST": "Europe/Madrid"}
SCRIPT = "LATIN"  # Unicode script name of its letters
# Its most frequent short words, which tell it from other languages of its script in a text.
COMMON_WORDS = frozenset({"el", "la", "los", "las", "que", "del", "por", "con", "para", "una", "se", "y", "como", "más", "fue", "pero", "sus"})
# Strings that sit where a byline goes but name no one.
JUNK_AUTHORS = ("Redacción", "Agencias", "Redacción web")
# News agencies Spanish bylines sign with ("EFE", "Por Ana López y EFE"): each an author.
AGENCIES = ("EFE", "Europa Press", "Servimedia", "Colpisa", "AFP", "Reuters", "AP")
# The label of a line naming where the article comes from ("Fuente: EFE"): its names, if every
# one is an agency above, are its authors.
SOURCE_LABELS = ("Fuente",)

# Read by every page, whatever its language (metadata/authors.py merges every language's):
# the word before a byline's names ("Por Ana López"), words that join two names, lower-case
# words inside a name ("Chus del Pino").
BYLINE_WORDS = ("Por", "POR", "por")
CONJUNCTIONS = ("y",)
NAME_PARTICLES = ("de", "del", "la", "y")

# (end of metadata section)
