"""Every output format, kept in ``FORMATS`` by name.

A result (an Article or an error) becomes *records*, plain JSON-safe dicts: one per article
for ``extract``/``clean``, one per fact for ``facts``. A writer streams them: ``write()``
takes the records of one input and writes them at once, so a long batch can be consumed
as it runs. Register a new format by adding its writer class to ``FORMATS``.
"""

from __future__ import annotations

import csv
import json
import re
from typing import TYPE_CHECKING, Any, Iterable, Protocol, Sequence, TextIO

from .errors import NewscleanError
from .extras import need
from .model import Article
from .source import redact

if TYPE_CHECKING:  # rich is imported by the table writer alone: the other formats start sooner
    from rich.table import Table

Record = dict[str, Any]

ARTICLE_KEYS = tuple(Article(source="", text="").to_dict()) + ("removed",)
FACT_KEYS = ("source", "type", "text", "start", "end", "value", "sentence")

# Columns shown for lists of records nested in an article (tables and Markdown).
NESTED_COLUMNS = {
    "authors": ("name", "role", "email"),
    "facts": ("type", "text", "value"),
    "removed": ("reason", "text"),
}


# -- records ---------------------------------------------------------------------------


def article_record(article: Article, *, with_facts: bool = True, explain: bool = False) -> Record:
    record = {**article.to_dict(), "source": redact(article.source)}
    if not with_facts:
        del record["facts"]
    if explain:
        record["removed"] = [{"text": r.text, "reason": r.reason} for r in article.removed]
    return record


def fact_records(article: Article, types: Sequence[str] = ()) -> list[Record]:
    return [
        {"source": redact(article.source), **fact.to_dict()}
        for fact in article.facts
        if not types or fact.type in types
    ]


def error_record(error: NewscleanError) -> Record:
    return {"source": redact(error.source or "-"), "error": error.reason}


def select(record: Record, fields: Sequence[str] | None) -> Record:
    """Only the chosen keys; a failed input's record is kept whole (source and error)."""
    if not fields or "error" in record:
        return record
    return {k: record.get(k) for k in fields}


# -- writers ---------------------------------------------------------------------------


class Writer(Protocol):
    def __init__(self, out: TextIO, *, kind: str, fields: Sequence[str] | None) -> None: ...

    def write(self, records: Sequence[Record]) -> None: ...

    def close(self) -> None: ...


class JsonLinesWriter:
    """One JSON object per line, for jq and friends."""

    def __init__(self, out: TextIO, *, kind: str, fields: Sequence[str] | None) -> None:
        self.out, self.fields = out, fields

    def write(self, records: Sequence[Record]) -> None:
        for record in records:
            self.out.write(json.dumps(select(record, self.fields), ensure_ascii=False) + "\n")
        self.out.flush()

    def close(self) -> None:
        pass


class JsonWriter:
    """One JSON array, streamed element by element."""

    def __init__(self, out: TextIO, *, kind: str, fields: Sequence[str] | None) -> None:
        self.out, self.fields, self.count = out, fields, 0
        out.write("[")

    def write(self, records: Sequence[Record]) -> None:
        for record in records:
            body = json.dumps(select(record, self.fields), ensure_ascii=False, indent=2)
            self.out.write(("," if self.count else "") + "\n" + _indent(body))
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()


class CsvWriter:
    """RFC 4180 CSV with a header row; always a ``source`` and an ``error`` column, and
    by default every key of the schema (empty when a command has no such key, as ``facts``
    in ``clean``). Lists and objects are JSON in their cell; fact fields beyond the fixed ones are
    gathered as JSON into an ``attrs`` column. A text cell a spreadsheet would run as a
    formula (it starts with = + - @, tab or CR, is not a number, and is more than that one
    character: "-", stdin's source name, stays) gets a leading ``'``,
    unless ``formulas`` (``--csv-formulas``) keeps it as it is."""

    def __init__(self, out: TextIO, *, kind: str, fields: Sequence[str] | None, formulas: bool = False) -> None:
        default = ARTICLE_KEYS if kind == "article" else FACT_KEYS + ("attrs",)
        self.formulas = formulas
        self.columns = list(dict.fromkeys(["source", *(fields or default), "error"]))
        self.out = out
        self.writer = csv.writer(out, lineterminator="\r\n")
        self.writer.writerow(self.columns)

    def write(self, records: Sequence[Record]) -> None:
        for record in records:
            row = packed(record, self.columns)
            self.writer.writerow([_csv_cell(row.get(c), self.formulas) for c in self.columns])
        self.out.flush()

    def close(self) -> None:
        pass


class TableWriter:
    """Rich tables for a terminal: one table per article, or one table of facts per input."""

    def __init__(self, out: TextIO, *, kind: str, fields: Sequence[str] | None) -> None:
        from rich.console import Console

        self.kind, self.fields = kind, fields
        self.console = Console(file=out, width=None if out.isatty() else 120, highlight=False, soft_wrap=False, markup=False)

    def write(self, records: Sequence[Record]) -> None:
        if self.kind == "fact" and records and "error" not in records[0]:
            self.console.print(self._fact_table(records))
            return
        for record in records:
            self._print_article(select(record, self.fields))

    def _print_article(self, record: Record) -> None:
        from rich.table import Table

        table = Table(title=_text_cell(record.get("source")), show_header=False, title_justify="left", expand=False)
        table.add_column("field", style="bold", no_wrap=True)
        table.add_column("value", overflow="fold")
        for key, value in record.items():
            if key not in NESTED_COLUMNS and key != "source" and value not in (None, "", []):
                table.add_row(key, _text_cell(value), style="red" if key == "error" else None)
        self.console.print(table)
        for key, columns in NESTED_COLUMNS.items():
            if record.get(key):
                self.console.print(_nested_table(key, columns, record[key]))

    def _fact_table(self, records: Sequence[Record]) -> Table:
        from rich.table import Table

        columns = [c for c in (self.fields or ("type", "text", "value", "sentence", "attrs")) if c != "source"]
        table = Table(title=_text_cell(records[0]["source"]), title_justify="left")
        for column in columns:
            table.add_column(column, overflow="fold")
        for record in records:
            row = packed(record, columns)
            if "sentence" in row:
                row = {**row, "sentence": excerpt(row["sentence"], row.get("text") or "")}
            table.add_row(*(_text_cell(row.get(c)) for c in columns))
        return table

    def close(self) -> None:
        pass


class MarkdownWriter:
    """A Markdown document: per article a heading, its metadata, text and facts; for the
    facts command one table per input."""

    def __init__(self, out: TextIO, *, kind: str, fields: Sequence[str] | None) -> None:
        self.out, self.kind, self.fields = out, kind, fields

    def write(self, records: Sequence[Record]) -> None:
        if self.kind == "fact" and records and "error" not in records[0]:
            columns = [c for c in (self.fields or ("type", "text", "value", "attrs")) if c != "source"]
            self.out.write(f"## {_text_cell(records[0]['source'])}\n\n")
            self.out.write(_md_table(columns, [packed(r, columns) for r in records]))
        else:
            for record in records:
                self.out.write(self._article(select(record, self.fields)))
        self.out.flush()

    def _article(self, record: Record) -> str:
        parts = [f"# {_text_cell(record.get('title') or record.get('source'))}\n"]
        meta = [
            f"- **{k}**: {_text_cell(v)}"
            for k, v in record.items()
            if k not in ("title", "text", *NESTED_COLUMNS) and v not in (None, "", [])
        ]
        parts.append("\n".join(meta) + "\n" if meta else "")
        if record.get("text"):
            parts.append("\n\n".join(_text_cell(record["text"]).split("\n")) + "\n")
        for key, columns in NESTED_COLUMNS.items():
            if record.get(key):
                parts.append(f"## {key.capitalize()}\n\n" + _md_table(columns, record[key]))
        return "\n".join(p for p in parts if p) + "\n"

    def close(self) -> None:
        pass


class TextWriter:
    """Plain text: an article's title, subtitle and clean text, then what ``clean --explain``
    removed, one ``[reason] text`` line each (or the chosen fields, one per paragraph);
    one tab-separated line per fact. Failed inputs write nothing (stderr has the error)."""

    def __init__(self, out: TextIO, *, kind: str, fields: Sequence[str] | None) -> None:
        self.out, self.kind = out, kind
        self.fields = fields or (("title", "subtitle", "text", "removed") if kind == "article" else ("type", "text", "value"))
        self.count = 0

    def write(self, records: Sequence[Record]) -> None:
        for record in records:
            if "error" in record:
                continue
            if self.kind == "fact":
                self.out.write("\t".join(_text_cell(record.get(f)).replace("\n", " ") for f in self.fields) + "\n")
            else:
                values = [_removed_lines(record[f]) if f == "removed" and record.get(f) else _text_cell(record.get(f)) for f in self.fields]
                self.out.write(("\n" if self.count else "") + "\n\n".join(v for v in values if v) + "\n")
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        pass


class ParquetWriter:
    """Apache Parquet, for DuckDB, Spark and pandas (needs ``pip install
    'newsclean[scale]'``), with the fixed schema of ``parquet_schema``: one row per article
    with its facts as a nested list, or one row per fact for the ``facts`` command."""

    ROW_GROUP = 1000  # rows buffered before they are written as one row group

    def __init__(self, out: TextIO, *, kind: str, fields: Sequence[str] | None) -> None:
        pq = need("pyarrow.parquet", "Parquet output")
        schema = parquet_schema(kind)
        if fields:
            keep = [n for n in dict.fromkeys(["source", *fields, "error"]) if n in schema.names]
            schema = need("pyarrow", "Parquet output").schema([schema.field(n) for n in keep])
        self.kind, self.schema = kind, schema
        self.rows: list[Record] = []
        self.writer = pq.ParquetWriter(getattr(out, "buffer", out), schema)

    def write(self, records: Sequence[Record]) -> None:
        self.rows.extend(_parquet_row(record, self.kind) for record in records)
        if len(self.rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            table = need("pyarrow", "Parquet output").Table.from_pylist(self.rows, schema=self.schema)
            self.writer.write_table(table)
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


FORMATS: dict[str, type[Writer]] = {
    "table": TableWriter,
    "json": JsonWriter,
    "jsonl": JsonLinesWriter,
    "csv": CsvWriter,
    "markdown": MarkdownWriter,
    "text": TextWriter,
    "parquet": ParquetWriter,
}


def open_writer(
    name: str, out: TextIO, *, kind: str, fields: Sequence[str] | None = None, csv_formulas: bool = False
) -> Writer:
    """A writer for format ``name``; ``kind`` is "article" or "fact"; ``csv_formulas``
    keeps CSV cells that look like spreadsheet formulas as they are."""
    if name == "csv":
        return CsvWriter(out, kind=kind, fields=fields, formulas=csv_formulas)
    return FORMATS[name](out, kind=kind, fields=fields)


# -- cells -----------------------------------------------------------------------------


def packed(record: Record, columns: Sequence[str]) -> Record:
    """``record`` with the keys not in ``columns`` gathered under "attrs" (when asked for)."""
    if "attrs" not in columns or "attrs" in record:
        return record
    extra = {k: v for k, v in record.items() if k not in columns and k not in FACT_KEYS}
    return {**record, "attrs": extra or None}


def parquet_schema(kind: str) -> Any:
    """The Parquet schema for ``kind`` "article" or "fact" (README, "Parquet schema").
    Dates stay ISO-8601 text, as some are date-only. A fact's ``value`` is text (numbers
    and lists in JSON); ``attrs`` maps the fact's other fields to text the same way."""
    pa = need("pyarrow", "Parquet output")
    text, texts = pa.string(), pa.list_(pa.string())
    fact = [("type", text), ("text", text), ("start", pa.int64()), ("end", pa.int64()),
            ("value", text), ("sentence", text), ("attrs", pa.map_(text, text))]
    if kind == "fact":
        return pa.schema([("source", text), *fact, ("error", text)])
    author = pa.struct([("name", text), ("role", text), ("email", text)])
    removed = pa.struct([("text", text), ("reason", text)])
    return pa.schema([
        ("source", text), ("url", text), ("title", text), ("subtitle", text), ("description", text),
        ("authors", pa.list_(author)), ("published", text), ("modified", text), ("site", text),
        ("lang", text), ("image", text), ("section", text), ("tags", texts), ("text", text),
        ("captions", texts), ("facts", pa.list_(pa.struct(fact))), ("removed", pa.list_(removed)),
        ("error", text),
    ])


def _parquet_row(record: Record, kind: str) -> Record:
    if kind == "fact" and "error" not in record:
        return {"source": record["source"], **_parquet_fact(record)}
    if record.get("facts"):
        return {**record, "facts": [_parquet_fact(f) for f in record["facts"]]}
    return record


def _parquet_fact(fact: Record) -> Record:
    fixed = ("type", "text", "start", "end", "sentence")
    attrs = {k: _parquet_text(v) for k, v in fact.items() if k not in (*fixed, "value", "source")}
    return {**{k: fact.get(k) for k in fixed}, "value": _parquet_text(fact.get("value")), "attrs": attrs}


def _parquet_text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _removed_lines(removed: list[Record]) -> str:
    return "\n".join(f"[{r['reason']}] {r['text']}" for r in removed)


def _csv_cell(value: Any, formulas: bool = False) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and not formulas and len(value) > 1 and value.startswith(FORMULA_START) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

# Control characters never reach a terminal raw (ESC starts escape sequences that can
# recolour, retitle or rewrite the screen): C0 ones but tab and newline become their
# visible symbols (ESC -> U+241B), DEL -> U+2421, C1 ones -> U+FFFD.
CONTROL_PICTURES = (
    {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
    | {0x7F: "\u2421"}
    | {c: "\ufffd" for c in range(0x80, 0xA0)}
)


def printable(text: str) -> str:
    """``text`` safe to show on a terminal (see ``CONTROL_PICTURES``)."""
    return text.translate(CONTROL_PICTURES)


def excerpt(sentence: str | None, part: str, width: int = 30) -> str:
    """``sentence`` cut to ``part`` and up to ``width`` characters on each side of it."""
    if not sentence:
        return ""
    at = max(sentence.find(part), 0)
    start, end = max(at - width, 0), min(at + len(part) + width, len(sentence))
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def _text_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_text_cell(v) for v in value)
    if isinstance(value, dict):
        return _text_cell(value["name"]) if "name" in value else ", ".join(f"{k}={_text_cell(v)}" for k, v in value.items())
    return printable(str(value))


def _nested_table(title: str, columns: Sequence[str], rows: Iterable[Record]) -> Table:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_text_cell(row.get(c)) for c in columns))
    return table


def _md_table(columns: Sequence[str], rows: Iterable[Record]) -> str:
    def cell(value: Any) -> str:
        return _text_cell(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows]
    return "\n".join(lines) + "\n\n"


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))
