"""Reading ticket exports: detect the format and encoding, stream raw records.

Everything here works on *raw* records: each value is a string (``""`` when
missing), nested JSON is flattened with ``.`` and lists are joined. Mapping
columns to the canonical ticket table happens in :mod:`topicscope.mapping`.

Supported: CSV (``,`` ``;`` tab ``|``), JSON (an array, or an object holding
the list under a key), JSON Lines, Excel ``.xlsx`` (extra ``excel``) and
Parquet (extra ``parquet``), each optionally gzip-compressed. The format is
detected from the content; the extension is only a tie-breaker.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import itertools
import json
import math
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterator

import pandas as pd

from .config import ReadingConfig
from .errors import InputError

# Keys under which APIs and exports put the list of tickets, most specific first.
LIST_KEYS = (
    "tickets", "results", "data", "conversations", "items", "records", "cases",
    "incidents", "issues", "requests", "rows", "result", "values",
)

_CSV_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
# charset-normalizer's guess is trusted only for scripts cp1252 cannot hold;
# for Latin text its guesses (mac_latin2, cp1250, ...) are noise and cp1252,
# the Windows default that exports fall back to, is right far more often.
_NON_LATIN = {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866", "cp1253", "iso8859_7",
              "cp1255", "iso8859_8", "cp1256", "iso8859_6", "shift_jis", "cp932", "euc_jp", "gb2312",
              "gbk", "gb18030", "big5", "big5hkscs", "euc_kr", "cp949", "tis_620", "cp874", "iso2022_jp",
              "utf_16", "utf_16_le", "utf_16_be", "utf_32", "cp1258"}


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_then_cp1252(err: UnicodeError) -> tuple[str, int]:
    # Exports glued together from several systems mix encodings; read stray
    # non-UTF-8 bytes as cp1252 rather than losing the row.
    assert isinstance(err, UnicodeDecodeError)
    chunk = err.object[err.start:err.end]
    return bytes(chunk).decode("cp1252", errors="replace"), err.end


codecs.register_error("topicscope-cp1252", _utf8_then_cp1252)


def _records(reader: Any) -> Iterator[tuple[list[str] | None, csv.Error | None, int]]:
    """(record, None, line) for each record the CSV reader gives, or (None, error, line) where it
    cannot parse one; blank lines are skipped."""
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield None, exc, reader.line_num
            continue
        if rec and (len(rec) > 1 or rec[0].strip()):
            yield rec, None, reader.line_num


def _usual_short_lengths(lengths: list[int], width: int) -> frozenset[int]:
    """Cell counts under the header's that many of the first rows' ``lengths`` share (at least 5
    and a fifth of them): an export that habitually leaves out trailing empty cells, or whose
    header ends with a delimiter. Rows of these lengths are read padded whatever their
    neighbours; a line break in a cell gives pieces of scattered lengths instead.

    >>> sorted(_usual_short_lengths([4] * 9 + [7], 7)), sorted(_usual_short_lengths([7] * 30 + [3, 4], 7))
    ([4], [])
    """
    from collections import Counter

    counts = Counter(lengths)
    return frozenset(n for n, c in counts.items() if 0 < n < width and c >= max(5, 0.2 * len(lengths)))


def _split_rows(lengths: list[int], width: int) -> set[int]:
    """Positions in a run of short rows that, taken with their neighbours, make exactly one row of
    ``width`` cells: the pieces of a row cut by a line break in an unquoted cell (k pieces share
    k - 1 cells). The others are rows that left out trailing empty cells.

    >>> sorted(_split_rows([4, 4], 7)), sorted(_split_rows([5, 5, 5], 7)), sorted(_split_rows([5, 2, 6, 6], 7))
    ([0, 1], [], [1, 2])
    """
    split: set[int] = set()
    for i in range(len(lengths)):
        total = lengths[i]
        for j in range(i + 1, len(lengths)):
            total += lengths[j] - 1
            if total == width:
                split.update(range(i, j + 1))
            if total >= width:
                break
    return split


@dataclass
class Reject:
    """A source record that did not become a ticket.

    Attributes
    ----------
    source_row : int
        1-based position of the record among the data records of the export
        (the header is not counted).
    reason : str
        Machine-readable reason (``malformed_row``, ``empty_text``,
        ``duplicate_id``).
    detail : str
        One human sentence.
    raw : str
        The record's raw values (JSON object, or the raw line when it could
        not be split).
    """

    source_row: int
    reason: str
    detail: str
    raw: str


@dataclass
class RawChunk:
    """A block of raw records.

    Attributes
    ----------
    frame : pandas.DataFrame, shape (n_records, n_columns)
        String values; ``""`` where missing.
    source_rows : list of int, length n_records
        1-based record positions in the export.
    rejects : list of Reject
        Records of this block that could not be parsed.
    """

    frame: pd.DataFrame
    source_rows: list[int]
    rejects: list[Reject] = field(default_factory=list)


@dataclass
class Detection:
    """What was detected about an export, with the reason for each choice."""

    path: str
    format: str
    compression: str | None
    encoding: str | None
    delimiter: str | None
    columns: list[str]
    reasons: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "compression": self.compression,
            "encoding": self.encoding,
            "delimiter": _DELIMITER_NAMES.get(self.delimiter or "", self.delimiter),
            "columns": list(self.columns),
            "reasons": dict(self.reasons),
        }


def _open_binary(path: Path) -> tuple[IO[bytes], str | None]:
    raw = path.open("rb")
    magic = raw.read(2)
    raw.seek(0)
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw), "gzip"
    return raw, None


def _detect_encoding(sample: bytes, reasons: dict[str, str]) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        reasons["encoding"] = "UTF-8 byte-order mark"
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        reasons["encoding"] = "UTF-16 byte-order mark"
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        pass
    else:
        reasons["encoding"] = "the first bytes are valid UTF-8"
        return "utf-8"
    # Mostly UTF-8 with a few stray single-byte characters (exports glued
    # together from two systems): stay UTF-8, read the strays as cp1252.
    valid = len(_UTF8_MULTIBYTE.findall(sample))
    decoded = sample.decode("utf-8", errors="replace")
    invalid = decoded.count("\ufffd") - sample.decode("utf-8", errors="ignore").count("\ufffd")
    if valid > invalid:
        reasons["encoding"] = (f"UTF-8 ({valid} multi-byte characters) with {invalid} stray non-UTF-8 "
                               "bytes, read as cp1252")
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    guess = best.encoding if best is not None else None
    if guess not in _NON_LATIN:
        reasons["encoding"] = "not valid UTF-8 and no byte-order mark: read as cp1252 (Windows Western)"
        return "cp1252"
    reasons["encoding"] = f"not valid UTF-8; charset detection says {guess}"
    return guess


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return control / len(text) > 0.01


_SEP_HINT = re.compile(r"sep=([,;\t|])[ \t]*(?:\r\n|\r|\n)", re.IGNORECASE)


def _sniff_delimiter(text: str) -> tuple[str, int, str]:
    """Pick the CSV delimiter whose records have the most consistent width."""
    # Drop a possibly cut last line so it does not count as inconsistent.
    cut = max(text.rfind("\n"), text.rfind("\r"))
    body = text[:cut] if cut > 0 else text
    best: tuple[float, int, str] | None = None
    for delim in _CSV_DELIMITERS:
        try:
            records = []
            # newline="": lines may end in CR alone (Excel's "CSV (Macintosh)"), as the reader allows.
            for i, rec in enumerate(csv.reader(io.StringIO(body, newline=""), delimiter=delim)):
                if rec:
                    records.append(len(rec))
                if i >= 200:
                    break
        except csv.Error:
            continue
        if not records:
            continue
        width = records[0]
        consistent = sum(1 for n in records if n == width) / len(records)
        score = (consistent if width > 1 else 0.0, width, delim)
        if best is None or score[:2] > best[:2]:
            best = score
    if best is None:
        return ",", 1, "no delimiter splits the header"
    consistency, width, delim = best
    reason = (
        f"{_DELIMITER_NAMES[delim]} splits the header into {width} columns and "
        f"{consistency:.0%} of the first records into the same number"
    )
    return delim, width, reason


def _is_jsonl(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2:
        return False
    try:
        first = json.loads(lines[0])
    except json.JSONDecodeError:
        return False
    return isinstance(first, dict) and lines[1].lstrip().startswith("{")


def detect(path: str | Path, config: ReadingConfig | None = None) -> Detection:
    """Detect format, compression, encoding and delimiter of an export.

    Raises
    ------
    InputError
        Missing path, a directory, an empty or binary file, an unknown format.
    """
    config = config or ReadingConfig()
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give the export file inside it")
    try:
        stream, compression = _open_binary(path)
        with stream:
            head = stream.read(config.sniff_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from None
    reasons: dict[str, str] = {}
    if compression:
        reasons["compression"] = "gzip magic bytes"
    if not head.strip(b" \t\r\n\x00"):
        raise InputError(f"{path}: the file is empty")

    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path if not compression else io.BytesIO(_read_all(path))) as zf:
                names = zf.namelist()
        except zipfile.BadZipFile:
            names = []
        if any(n.startswith("xl/") for n in names):
            reasons["format"] = "a zip archive holding xl/ (an Excel workbook)"
            return Detection(str(path), "xlsx", compression, None, None, [], reasons)
        raise InputError(
            f"{path}: unknown format (a zip archive that is not an Excel workbook); "
            "unzip it and pass the CSV or JSON inside"
        )
    if head.startswith(b"PAR1"):
        reasons["format"] = "Parquet magic bytes"
        return Detection(str(path), "parquet", compression, None, None, [], reasons)
    for magic, what in ((b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"),
                        (b"\xff\xd8\xff", "a JPEG image"), (b"SQLite format 3", "an SQLite database"),
                        (b"\xd0\xcf\x11\xe0", "a legacy Office file (.xls); save it as .xlsx or CSV")):
        if head.startswith(magic):
            raise InputError(f"{path}: unknown format ({what}), not a ticket export")

    has_bom = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8))
    if b"\x00" in head and not has_bom:
        raise InputError(
            f"{path}: looks like a binary file (it contains NUL bytes), not a CSV or JSON "
            "export; if it is UTF-16 text, save it with a byte-order mark"
        )
    encoding = _detect_encoding(head, reasons)
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)
    if _looks_binary(text):
        raise InputError(f"{path}: looks like a binary file, not a CSV or JSON export")
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise InputError(f"{path}: the file is empty")

    if stripped[0] == "[":
        reasons["format"] = "the text starts with '[' (a JSON array)"
        return Detection(str(path), "json", compression, encoding, None, [], reasons)
    if stripped[0] == "{":
        if _is_jsonl(stripped):
            reasons["format"] = "one JSON object per line (JSON Lines)"
            return Detection(str(path), "jsonl", compression, encoding, None, [], reasons)
        reasons["format"] = "the text starts with '{' (a JSON document)"
        return Detection(str(path), "json", compression, encoding, None, [], reasons)

    hint = _SEP_HINT.match(stripped)
    if hint:  # Excel's "sep=;" line names the delimiter; the header comes after it
        stripped = stripped[hint.end():]
        delim = hint.group(1)
        width = len(next((rec for rec in csv.reader(io.StringIO(stripped, newline=""), delimiter=delim) if rec), [""]))
        why = f"the file's first line, {hint.group(0).strip()!r}, names it (as Excel writes it)"
    else:
        delim, width, why = _sniff_delimiter(stripped)
    if width == 1:
        first_line = (stripped.splitlines() or [""])[0].strip()
        if len(first_line) > 40 or not any(ch.isalpha() for ch in first_line):
            raise InputError(
                f"{path}: unknown format: not JSON, and no delimiter (comma, semicolon, tab, "
                "pipe) splits it into columns"
            )
        why = "a single column named " + repr(first_line)
    else:
        header = next(csv.reader(io.StringIO(stripped, newline=""), delimiter=delim))
        lengths = [len(cell.strip()) for cell in header]
        if max(lengths) > 80 or sum(lengths) / len(lengths) > 40:
            raise InputError(
                f"{path}: unknown format: not JSON, and the first line does not look like a header "
                "of column names (its cells read like sentences)"
            )
    reasons["format"] = "delimited text (CSV)"
    reasons["delimiter"] = why
    return Detection(str(path), "csv", compression, encoding, delim, [], reasons)


def _read_all(path: Path) -> bytes:
    stream, _ = _open_binary(path)
    with stream:
        return stream.read()


def _open_text(path: Path, encoding: str) -> IO[str]:
    stream, _ = _open_binary(path)
    errors = "topicscope-cp1252" if encoding in ("utf-8", "utf-8-sig") else "replace"
    return io.TextIOWrapper(stream, encoding=encoding, errors=errors, newline="")


def _stringify(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (list, tuple)):
        parts = []
        for item in value:
            if isinstance(item, dict):
                # Tag lists are often [{"name": ...}] (Intercom, HubSpot associations).
                name = item.get("name", item.get("value", item.get("label")))
                parts.append(_stringify(name) if name is not None else json.dumps(item, sort_keys=True, default=str))
            else:
                parts.append(_stringify(item))
        return ", ".join(p for p in parts if p)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def _flatten(record: dict[str, Any], prefix: str = "", out: dict[str, str] | None = None) -> dict[str, str]:
    out = {} if out is None else out
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            _flatten(value, name + ".", out)
        else:
            out[name] = _stringify(value)
    return out


def _unique_header(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for i, name in enumerate(header):
        name = name.strip().lstrip("\ufeff") or f"column_{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        result.append(name)
    return result


def _records_to_chunks(
    records: Iterator[tuple[int, Any, str, str | None]], chunk_rows: int
) -> Iterator[RawChunk]:
    """Group (source_row, parsed record, raw text, parse error) into chunks."""
    rows: list[dict[str, str]] = []
    numbers: list[int] = []
    rejects: list[Reject] = []
    for number, record, raw, error in records:
        if error is not None:
            rejects.append(Reject(number, "malformed_row", error, raw))
        elif isinstance(record, dict):
            rows.append(_flatten(record))
            numbers.append(number)
        else:
            rejects.append(Reject(number, "malformed_row",
                                  f"not a JSON object ({type(record).__name__})", raw))
        if len(rows) + len(rejects) >= chunk_rows:
            yield _chunk_from_dicts(rows, numbers, rejects)
            rows, numbers, rejects = [], [], []
    if rows or rejects:
        yield _chunk_from_dicts(rows, numbers, rejects)


def _chunk_from_dicts(rows: list[dict[str, str]], numbers: list[int], rejects: list[Reject]) -> RawChunk:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    frame = pd.DataFrame.from_records(rows, columns=list(columns)) if rows else pd.DataFrame()
    return RawChunk(frame.fillna(""), numbers, rejects)


class ExportReader:
    """Stream the raw records of one export file.

    Parameters
    ----------
    path : str or Path
        The export.
    config : ReadingConfig, optional
        Chunk size and sniffing window.

    Attributes
    ----------
    detection_ : Detection
        Set by :meth:`detect` (called by :meth:`iter_chunks` when needed).
    """

    def __init__(self, path: str | Path, config: ReadingConfig | None = None):
        self.path = path
        self.config = config

    def detect(self) -> Detection:
        self.detection_ = detect(self.path, self.config)
        return self.detection_

    def iter_chunks(self) -> Iterator[RawChunk]:
        """Yield :class:`RawChunk` blocks in file order.

        Raises
        ------
        InputError
            When the file cannot be parsed at all (not when single rows cannot:
            those become rejects).
        """
        detection = getattr(self, "detection_", None) or self.detect()
        config = self.config or ReadingConfig()
        path = Path(self.path)
        reader = {
            "csv": self._iter_csv,
            "json": self._iter_json,
            "jsonl": self._iter_jsonl,
            "xlsx": self._iter_xlsx,
            "parquet": self._iter_parquet,
        }[detection.format]
        yield from reader(path, detection, config.chunk_rows)

    # -- formats -------------------------------------------------------------

    def _iter_csv(self, path: Path, det: Detection, chunk_rows: int) -> Iterator[RawChunk]:
        csv.field_size_limit(2**31 - 1)
        assert det.encoding is not None and det.delimiter is not None
        with _open_text(path, det.encoding) as handle:
            reader = csv.reader(handle, delimiter=det.delimiter)
            header: list[str] | None = None
            for rec in reader:
                if any(cell.strip() for cell in rec):
                    if header is None and _SEP_HINT.match(det.delimiter.join(rec) + "\n"):
                        header = []  # Excel's delimiter line, before the header
                        continue
                    header = _unique_header(rec)
                    break
            if header == []:
                header = None
            if header is None:
                raise InputError(f"{path}: the file is empty")
            det.columns = header
            width = len(header)
            rows: list[list[str]] = []
            numbers: list[int] = []
            rejects: list[Reject] = []
            short: list[tuple[int, list[str], int]] = []  # a run of rows with fewer cells than the header
            padded = 0
            number = 0
            records = _records(reader)
            first = list(itertools.islice(records, 2000))  # read once: sampled here, then analysed
            usual = _usual_short_lengths([len(rec) for rec, _, _ in first if rec is not None], width)

            def pad(num: int, rec: list[str]) -> None:
                nonlocal padded
                rows.append(rec + [""] * (width - len(rec)))
                numbers.append(num)
                padded += 1

            def settle(keep: int = 0) -> None:
                """Decide the run of short rows, all but its last ``keep`` (which may still join rows to come)."""
                split = _split_rows([len(rec) for _, rec, _ in short], width)
                done = len(short) - keep
                for k, (num, rec, line) in enumerate(short[:done]):
                    if k in split:
                        rejects.append(Reject(
                            num, "malformed_row",
                            f"{len(rec)} fields where the header has {width} (line {line}); with the rows next "
                            "to it they make exactly one row: a line break inside an unquoted cell?",
                            json.dumps(rec, ensure_ascii=False)))
                    else:  # trailing empty cells left out, as spreadsheets and pandas allow
                        pad(num, rec)
                del short[:done]

            for rec, error, line in itertools.chain(first, records):
                if rec is None:
                    settle()
                    number += 1
                    rejects.append(Reject(number, "malformed_row", f"CSV parser: {error}", ""))
                    continue
                number += 1
                if len(rec) > width and not any(cell.strip() for cell in rec[width:]):
                    rec = rec[:width]  # empty cells past the header's end: a trailing delimiter, nothing lost
                if len(rec) in usual:
                    settle()
                    pad(number, rec)  # the file's own habit: these rows leave out trailing empty cells
                elif len(rec) < width and len(rec) > 1:
                    short.append((number, rec, line))  # decided with its neighbours
                    if len(short) >= chunk_rows + width:
                        # Every piece holds 2+ cells, so no row of the header's width spans more than
                        # width - 1 of them: the older ones can be decided now, in bounded memory.
                        settle(keep=width - 1)
                else:
                    settle()
                    if len(rec) == width:
                        rows.append(rec)
                        numbers.append(number)
                    else:
                        hint = ("; a note such as a report's title or footer, or the rest of the row before "
                                "it, cut by a line break in its last cell" if len(rec) == 1 else "")
                        rejects.append(Reject(
                            number, "malformed_row",
                            f"{len(rec)} fields where the header has {width} (line {line}){hint}",
                            json.dumps(rec, ensure_ascii=False),
                        ))
                if len(rows) + len(rejects) >= chunk_rows:
                    yield RawChunk(pd.DataFrame(rows, columns=header), numbers, rejects)
                    rows, numbers, rejects = [], [], []
            settle()
            if rows or rejects:
                yield RawChunk(pd.DataFrame(rows, columns=header), numbers, rejects)
            if padded:
                det.reasons["short_rows"] = (f"{padded} rows had fewer cells than the header; their missing "
                                             "trailing cells were read as empty")
            if number == 0:
                raise InputError(f"{path}: has a header ({len(header)} columns) but no ticket rows")

    def _load_json(self, path: Path, det: Detection) -> Any:
        assert det.encoding is not None
        with _open_text(path, det.encoding) as handle:
            text = handle.read()
        try:
            return json.loads(text.lstrip("\ufeff"))
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from None

    def _iter_json(self, path: Path, det: Detection, chunk_rows: int) -> Iterator[RawChunk]:
        doc = self._load_json(path, det)
        if isinstance(doc, dict):
            key = next((k for k in LIST_KEYS if isinstance(doc.get(k), list)), None)
            if key is None:
                lists = [k for k, v in doc.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
                key = max(lists, key=lambda k: len(doc[k])) if lists else None
            if key is None:
                items = [doc]
                det.reasons["records"] = "the document is a single ticket object"
            else:
                items = doc[key]
                det.reasons["records"] = f"the list under key {key!r}"
        elif isinstance(doc, list):
            items = doc
            det.reasons["records"] = "the top-level array"
        else:
            raise InputError(f"{path}: JSON holds a {type(doc).__name__}, not a list of tickets")
        if not items:
            raise InputError(f"{path}: the JSON holds no ticket records")
        records = ((i + 1, item, json.dumps(item, ensure_ascii=False, default=str), None)
                   for i, item in enumerate(items))
        first = True
        for chunk in _records_to_chunks(records, chunk_rows):
            if first:
                det.columns = list(chunk.frame.columns)
                first = False
            yield chunk

    def _iter_jsonl(self, path: Path, det: Detection, chunk_rows: int) -> Iterator[RawChunk]:
        assert det.encoding is not None

        def records() -> Iterator[tuple[int, Any, str, str | None]]:
            with _open_text(path, det.encoding or "utf-8") as handle:
                number = 0
                for line in handle:
                    if not line.strip():
                        continue
                    number += 1
                    raw = line.rstrip("\r\n")
                    try:
                        yield number, json.loads(line), raw, None
                    except json.JSONDecodeError as exc:
                        yield number, None, raw, f"not valid JSON: {exc.msg} at column {exc.colno}"

        first = True
        for chunk in _records_to_chunks(records(), chunk_rows):
            if first:
                det.columns = list(chunk.frame.columns)
                first = False
            yield chunk

    def _iter_xlsx(self, path: Path, det: Detection, chunk_rows: int) -> Iterator[RawChunk]:
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            raise InputError(
                f"{path}: is an Excel workbook; install the extra with "
                "pip install 'topicscope[excel]', or save it as CSV"
            ) from None
        source: Any = io.BytesIO(_read_all(path)) if det.compression else path
        frame = pd.read_excel(source, sheet_name=0, dtype=object)
        det.reasons["records"] = "the first sheet"
        yield from self._frame_chunks(frame, det, chunk_rows)

    def _iter_parquet(self, path: Path, det: Detection, chunk_rows: int) -> Iterator[RawChunk]:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise InputError(
                f"{path}: is a Parquet file; install the extra with "
                "pip install 'topicscope[parquet]'"
            ) from None
        source: Any = io.BytesIO(_read_all(path)) if det.compression else path
        pfile = pq.ParquetFile(source)
        start = 0
        for batch in pfile.iter_batches(batch_size=chunk_rows):
            frame = batch.to_pandas()
            chunk = _frame_to_raw(frame, start)
            if start == 0:
                det.columns = list(chunk.frame.columns)
            start += len(frame)
            yield chunk
        if start == 0:
            raise InputError(f"{path}: has columns but no ticket rows")

    def _frame_chunks(self, frame: pd.DataFrame, det: Detection, chunk_rows: int) -> Iterator[RawChunk]:
        if frame.empty:
            raise InputError(f"{det.path}: has a header but no ticket rows")
        det.columns = _unique_header([str(c) for c in frame.columns])
        yield from iter_frame(frame, chunk_rows)


def _frame_to_raw(frame: pd.DataFrame, start: int) -> RawChunk:
    """Turn any DataFrame block into a raw string chunk (nested values flattened)."""
    records = frame.to_dict(orient="records")
    numbers = list(range(start + 1, start + 1 + len(records)))
    rows = [_flatten({str(k): _native(v) for k, v in rec.items()}) for rec in records]
    return _chunk_from_dicts(rows, numbers, [])


def _native(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return value.tolist()
    if value is pd.NaT:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def iter_frame(frame: pd.DataFrame, chunk_rows: int) -> Iterator[RawChunk]:
    """Stream an in-memory DataFrame as raw chunks (for ``read_tickets(df)``)."""
    frame = frame.copy()
    frame.columns = _unique_header([str(c) for c in frame.columns])
    for start in range(0, len(frame), chunk_rows):
        yield _frame_to_raw(frame.iloc[start:start + chunk_rows], start)
