"""Formats and encodings are detected from content; multi-line cells survive."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest

import topicscope
from topicscope.config import Config, ReadingConfig
from topicscope.reading import detect

ROWS = [
    {"id": "1", "subject": "Router blinking red", "description": "My router blinks red.\nSince Monday, no internet.",
     "created_at": "2026-01-05T10:00:00Z", "channel": "Email"},
    {"id": "2", "subject": "Factura duplicada", "description": "Me cobraron dos veces — 49,90 € en enero.",
     "created_at": "2026-01-06T11:30:00Z", "channel": "Phone"},
    {"id": "3", "subject": "Wi-Fi password", "description": "How do I change the \"admin\" password; it's the default one?",
     "created_at": "2026-01-07T09:15:00Z", "channel": "Chat"},
]


def _csv_text(delimiter: str) -> str:
    return pd.DataFrame(ROWS).to_csv(index=False, sep=delimiter, lineterminator="\r\n")


def _check(table) -> None:
    t = table.tickets
    assert t["ticket_id"].tolist() == ["1", "2", "3"]
    assert "Since Monday, no internet." in t["text"].iloc[0]
    assert "49,90 €" in t["text"].iloc[1]
    assert t["channel"].tolist() == ["email", "phone", "chat"]
    assert str(t["created_at"].iloc[2]) == "2026-01-07 09:15:00+00:00"
    assert table.accounting.tickets_read == 3 and table.accounting.tickets_rejected == 0


@pytest.mark.parametrize("delimiter, name", [(",", "comma"), (";", "semicolon"), ("\t", "tab"), ("|", "pipe")])
def test_csv_delimiter_is_detected(tmp_path, delimiter, name):
    path = tmp_path / "export.txt"  # extension says nothing
    path.write_text(_csv_text(delimiter), encoding="utf-8")
    assert detect(path).to_dict()["delimiter"] == name
    _check(topicscope.read_tickets(path))


@pytest.mark.parametrize("delimiter, name", [(";", "semicolon"), (",", "comma"), ("\t", "tab")])
def test_excels_sep_line_names_the_delimiter_and_is_not_the_header(tmp_path, delimiter, name):
    path = tmp_path / "export.csv"
    path.write_bytes((f"sep={delimiter}\r\n" + _csv_text(delimiter)).encode("cp1252"))
    det = detect(path).to_dict()
    assert det["delimiter"] == name and "sep=" in det["reasons"]["delimiter"]
    _check(topicscope.read_tickets(path))


def test_lines_ending_in_cr_alone_are_read(tmp_path):
    # Excel's "CSV (Macintosh)"; the multi-line cell keeps its own line break.
    path = tmp_path / "export.csv"
    path.write_bytes(_csv_text(",").replace("\r\n", "\r").encode("utf-8"))
    assert detect(path).to_dict()["delimiter"] == "comma"
    _check(topicscope.read_tickets(path))


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1252", "cp1252"),
])
def test_encoding_is_detected_never_asked(tmp_path, encoding, expected):
    path = tmp_path / "export.csv"
    path.write_bytes(_csv_text(",").encode(encoding))
    assert detect(path).encoding == expected
    _check(topicscope.read_tickets(path))


STRAY = "4,Caf\u00e9 broken,The caf\u00e9 modem \u2019s dead,2026-01-08T09:00:00Z,Email\r\n".encode("cp1252")


def test_stray_cp1252_bytes_after_the_sniffed_start_are_kept_not_lost(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(_csv_text(",").encode("utf-8") + STRAY)
    config = Config(reading=ReadingConfig(sniff_bytes=200))  # the stray row lies beyond the sniffed bytes
    assert detect(path, config.reading).encoding == "utf-8"
    table = topicscope.read_tickets(path, config=config)
    assert len(table.tickets) == 4
    assert "café modem ’s dead" in table.tickets["text"].iloc[3]
    assert "49,90 €" in table.tickets["text"].iloc[1]


def test_mostly_utf8_file_with_stray_bytes_stays_utf8(tmp_path):
    path = tmp_path / "mixed.csv"
    utf8_rows = "".join(f"{10 + i},Señal débil,Año {i}: la señal sigue débil ñ,2026-01-08T09:00:00Z,Email\r\n"
                        for i in range(5)).encode("utf-8")
    path.write_bytes(_csv_text(",").encode("utf-8") + utf8_rows + STRAY)
    assert detect(path).encoding == "utf-8"
    table = topicscope.read_tickets(path)
    assert "café modem ’s dead" in table.tickets["text"].iloc[-1]
    assert "Año 0: la señal sigue débil ñ" in table.tickets["text"].iloc[3]


@pytest.mark.parametrize("shape", ["array", "tickets", "results", "data"])
def test_json_array_or_object_holding_the_list(tmp_path, shape):
    path = tmp_path / "export.json"
    doc = ROWS if shape == "array" else {shape: ROWS, "next_page": None, "count": 3}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    _check(topicscope.read_tickets(path))


def test_json_lines(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", encoding="utf-8")
    assert detect(path).format == "jsonl"
    _check(topicscope.read_tickets(path))


def test_excel_workbook(tmp_path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "export.xlsx"
    pd.DataFrame(ROWS).to_excel(path, index=False)
    assert detect(path).format == "xlsx"
    _check(topicscope.read_tickets(path))


def test_parquet(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "export.parquet"
    pd.DataFrame(ROWS).to_parquet(path, index=False)
    assert detect(path).format == "parquet"
    _check(topicscope.read_tickets(path))


@pytest.mark.parametrize("kind", ["csv", "json", "jsonl", "parquet"])
def test_gzip_compressed_exports(tmp_path, kind):
    if kind == "parquet":
        pytest.importorskip("pyarrow")
        inner = tmp_path / "x.parquet"
        pd.DataFrame(ROWS).to_parquet(inner, index=False)
        payload = inner.read_bytes()
    elif kind == "csv":
        payload = _csv_text(";").encode("utf-8")
    elif kind == "json":
        payload = json.dumps({"tickets": ROWS}).encode("utf-8")
    else:
        payload = "\n".join(json.dumps(r) for r in ROWS).encode("utf-8")
    path = tmp_path / "export.gz"
    path.write_bytes(gzip.compress(payload))
    det = detect(path)
    assert det.compression == "gzip" and det.format == kind
    _check(topicscope.read_tickets(path))


def test_multiline_quoted_cells_are_one_ticket(tmp_path):
    path = tmp_path / "multi.csv"
    path.write_text(
        'id,subject,description\n1,Outage,"Line one\nLine two, with a comma\n\n""quoted"" line"\n2,Bill,"short"\n',
        encoding="utf-8",
    )
    table = topicscope.read_tickets(path)
    assert len(table.tickets) == 2
    assert table.tickets["text"].iloc[0] == 'Outage\nLine one\nLine two, with a comma\n\n"quoted" line'
    assert table.tickets["source_row"].tolist() == [1, 2]


def test_dataframe_source_reads_like_a_file():
    table = topicscope.read_tickets(pd.DataFrame(ROWS))
    _check(table)
    assert table.detection is None


def test_flags_override_detection(tmp_path):
    path = tmp_path / "odd.csv"
    pd.DataFrame({
        "Ref": ["a1", "a2"], "Notes": ["printer jams", "toner empty"], "Extra": ["tray 2", "black"],
        "When": ["2026-02-01 10:00", "2026-02-02 11:00"], "How": ["walk-in", "phone"], "Kind": ["hw", "supplies"],
        "id": ["x", "y"],
    }).to_csv(path, index=False)
    table = topicscope.read_tickets(path, id_col="Ref", text_col=["Notes", "Extra"], time_col="When",
                                   channel_col="How", label_col="Kind")
    t = table.tickets
    assert t["ticket_id"].tolist() == ["a1", "a2"]
    assert t["text"].tolist() == ["printer jams\ntray 2", "toner empty\nblack"]
    assert t["channel"].tolist() == ["walk_in", "phone"]
    assert t["given_category"].tolist() == ["hw", "supplies"]
    assert table.mapping["fields"]["ticket_id"]["reason"] == "given by the flag"


def test_dayfirst_flag_decides_ambiguous_dates(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("id,message,created\n1,hello there,03/04/2026 10:00\n2,another one,05/06/2026 11:00\n")
    month_first = topicscope.read_tickets(path).tickets["created_at"].iloc[0]
    day_first = topicscope.read_tickets(path, dayfirst=True).tickets["created_at"].iloc[0]
    assert (month_first.month, month_first.day) == (3, 4)
    assert (day_first.month, day_first.day) == (4, 3)


def test_day_first_dates_are_recognised_when_unambiguous(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("id,message,created\n1,hello there,25/04/2026 10:00\n2,another one,05/06/2026 11:00\n")
    created = topicscope.read_tickets(path).tickets["created_at"]
    assert (created.iloc[0].month, created.iloc[0].day) == (4, 25)
    assert (created.iloc[1].month, created.iloc[1].day) == (6, 5)


def test_a_date_sorted_export_whose_first_values_cannot_tell_day_from_month_is_read_day_first(tmp_path):
    # 2,400 tickets from 1 to 12 March first, then 600 from 13 to 31 March: only the later ones
    # show that 05/03 is the fifth of March.
    days = [1 + i * 12 // 2400 for i in range(2400)] + [13 + i * 19 // 600 for i in range(600)]
    path = tmp_path / "dates.csv"
    path.write_text("id,message,created\n" + "".join(f"{i},my card was declined,{d:02d}/03/2024 10:00\n"
                                                       for i, d in enumerate(days)))
    table = topicscope.read_tickets(path)
    created = table.tickets["created_at"]
    assert created.notna().all() and (created.dt.month == 3).all()
    assert created.dt.day.tolist() == days
    assert "could not tell day from month" in table.mapping["time_formats"]["created_at"]["reason"]


def test_naive_times_are_read_in_the_given_timezone(tmp_path):
    path = tmp_path / "tz.csv"
    path.write_text("id,message,created\n1,summer ticket,2026-07-01 12:00\n2,winter ticket,2026-01-15 12:00\n")
    created = topicscope.read_tickets(path, timezone="Europe/Madrid").tickets["created_at"]
    assert [t.hour for t in created] == [10, 11]  # CEST is UTC+2, CET UTC+1


def test_unix_seconds_and_milliseconds(tmp_path):
    path = tmp_path / "epoch.csv"
    path.write_text("id,message,created_at\n1,first ticket,1767607200\n2,second ticket,1767610800\n")
    assert str(topicscope.read_tickets(path).tickets["created_at"].iloc[0]) == "2026-01-05 10:00:00+00:00"
    path.write_text("id,message,created_at\n1,first ticket,1767607200000\n2,second ticket,1767610800000\n")
    assert str(topicscope.read_tickets(path).tickets["created_at"].iloc[0]) == "2026-01-05 10:00:00+00:00"


def test_unix_times_inside_a_column_of_text_dates_are_read_too(tmp_path):
    path = tmp_path / "merged.csv"
    rows = ["1,iso ticket,2026-01-05 10:00:00", "2,text date ticket,\"Jan 5, 2026 10:00 AM\"",
            "3,seconds ticket,1767607200", "4,millis ticket,1767607200000", "5,bad one,not a date",
            "6,short number,20260105"]
    path.write_text("id,message,created_at\n" + "\n".join(rows) + "\n")
    for timezone in (None, "Europe/Madrid"):
        created = topicscope.read_tickets(path, timezone=timezone).tickets["created_at"]
        assert [str(t) for t in created.iloc[2:4]] == ["2026-01-05 10:00:00+00:00"] * 2
        assert pd.isna(created.iloc[4])
        assert str(created.iloc[5])[:7] in ("2026-01", "NaT")  # a date written as digits, never a 1970 epoch


def test_order_numbers_in_a_date_column_are_unreadable_times_not_crashes_or_1970(tmp_path):
    path = tmp_path / "orders.csv"
    iso = [f"{i},ticket {i},2026-01-{1 + i % 28:02d}T10:00:00Z" for i in range(40)]
    path.write_text("id,message,created_at\n" + "\n".join(iso + ["40,odd one,60791214"]) + "\n")
    created = topicscope.read_tickets(path).tickets["created_at"]  # the year 6079 once crashed the run
    assert created.iloc[:40].notna().all() and pd.isna(created.iloc[40])
    epochs = [f"{i},ticket {i},{1767607200 + 3600 * i}" for i in range(40)]
    path.write_text("id,message,created_at\n" + "\n".join(epochs + ["40,odd one,91939455", "41,text,2026-02-03"]) + "\n")
    created = topicscope.read_tickets(path).tickets["created_at"]
    assert created.min().year == 2026 and pd.isna(created.iloc[40])  # 91939455 s would be 1972
    assert str(created.iloc[41]).startswith("2026-02-03")  # a text date among unix times
    madrid = topicscope.read_tickets(path, timezone="Europe/Madrid").tickets["created_at"]
    assert str(madrid.iloc[41]) == "2026-02-02 23:00:00+00:00"  # local time, as in a column of text dates
    assert madrid.iloc[0] == created.iloc[0]  # unix times carry their own zone


def test_unreadable_timestamps_leave_the_ticket_and_are_counted(tmp_path):
    path = tmp_path / "bad_dates.csv"
    path.write_text("id,message,created_at\n1,first,2026-01-05T10:00:00Z\n2,second,not a date\n3,third,2026-01-06T10:00:00Z\n")
    table = topicscope.read_tickets(path)
    assert len(table.tickets) == 3
    assert table.accounting.created_at_missing == 1


@pytest.mark.parametrize("tz", ["UTC", None, "Europe/Madrid"])
def test_times_and_months_are_written_as_strftime_writes_them(tz):
    # format_utc and the month counts format in bulk (numpy, integer months); they must give
    # strftime's strings: wall time to the second, "" for NaT, months in order.
    import numpy as np

    from topicscope.timestamps import format_utc, month_name, month_numbers, monthly_counts

    rng = np.random.default_rng(1)
    stamps = pd.Series(pd.to_datetime(rng.integers(-2_000_000_000, 2_000_000_000, 5000), unit="s")
                       + pd.to_timedelta(rng.integers(0, 1_000_000, 5000), unit="us"))
    stamps[::9] = pd.NaT
    if tz:
        stamps = stamps.dt.tz_localize("UTC").dt.tz_convert(tz)
    expected = stamps.dt.strftime("%Y-%m-%dT%H:%M:%S+00:00").where(stamps.notna(), "").astype(object).fillna("")
    assert format_utc(stamps).tolist() == expected.tolist()
    months = stamps.dropna().dt.strftime("%Y-%m")
    assert monthly_counts(stamps) == dict(sorted(months.value_counts().to_dict().items()))
    numbers = month_numbers(stamps)
    assert [month_name(m) for m in numbers[numbers >= 0]] == months.tolist()
    assert (numbers[stamps.isna().to_numpy()] == -1).all()
    assert format_utc(pd.Series(pd.to_datetime([None, None], utc=True))).tolist() == ["", ""]
    assert monthly_counts(pd.Series(pd.to_datetime([None], utc=True))) == {}


@pytest.mark.parametrize("decimals", [1, 4, 5])
def test_numbers_are_written_as_percent_f_writes_them(decimals):
    # fixed_point reads most values' digits from a table; "%.Nf" must be what comes out, ties,
    # signs, missing and huge values included.
    import numpy as np

    from topicscope.writing import fixed_point

    rng = np.random.default_rng(4)
    values = np.concatenate([
        rng.random(20000), np.round(rng.random(20000), decimals), np.round(rng.random(5000), decimals + 1),
        rng.normal(0, 20, 5000), np.arange(0, 11, 0.5) / 10 ** decimals * 5,
        [0.0, -0.0, -1e-9, 1e-9, 0.5, 9.99999, 10.0, 10.00001, 1e12, -3.25, np.nan, np.inf, -np.inf, 0.00005, 0.12345],
    ])
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the library never warns, not even on 1e305
        got = fixed_point(np.append(values, [1e305, -1e305]), decimals).tolist()
    assert got == ["" if np.isnan(v) else f"%.{decimals}f" % v for v in np.append(values, [1e305, -1e305])]


def test_the_ticket_table_has_the_same_dtypes_with_or_without_a_subject_column(tmp_path):
    from topicscope.ingest import read_tickets

    with_subject = tmp_path / "a.csv"
    with_subject.write_text("id,subject,body,created_at\n1,Router,Router is down,2026-01-05T10:00:00Z\n",
                            encoding="utf-8")
    without = tmp_path / "b.csv"
    without.write_text("id,body,created_at\n1,Router is down,2026-01-05T10:00:00Z\n", encoding="utf-8")
    a, b = read_tickets(with_subject).tickets, read_tickets(without).tickets
    assert a["subject"].dtype == b["subject"].dtype == pd.Series(["x"]).dtype
    assert (a.dtypes == b.dtypes).all()


def test_written_times_keep_their_column_name():
    from topicscope.timestamps import format_utc

    times = pd.Series(pd.to_datetime(["2026-01-05T10:00:00Z", None], utc=True), name="created_at")
    assert format_utc(times).name == "created_at"
    assert format_utc(times).tolist() == ["2026-01-05T10:00:00+00:00", ""]
