"""Each helpdesk's documented export shape maps onto the canonical table with no flags."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import topicscope
from conftest import FIXTURES

HELPDESKS = FIXTURES / "helpdesks"
EXPECTED = json.loads((HELPDESKS / "expected.json").read_text(encoding="utf-8"))["fixtures"]


def _iso(value) -> str | None:
    return None if pd.isna(value) else value.isoformat()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_helpdesk_export_maps_to_canonical_fields(name):
    expected = EXPECTED[name]
    table = topicscope.read_tickets(HELPDESKS / name)
    tickets = table.tickets
    assert len(tickets) == expected["rows"]
    assert table.accounting.tickets_rejected == 0
    for want in expected["tickets"]:
        row = tickets.iloc[want["position"]]
        assert row["ticket_id"] == want["ticket_id"]
        assert _iso(row["created_at"]) == want["created_at"]
        assert _iso(row["resolved_at"]) == want["resolved_at"]
        assert row["channel"] == (want["channel"] or "")
        assert row["subject"] == (want["subject"] or "")
        assert want["text_contains"] in row["text"]
        assert row["given_category"] == (want["given_category"] or "")
        assert row["priority"] == (want["priority"] or "")
        assert row["status"] == (want["status"] or "")
        tags = [t for t in row["tags"].split(", ") if t]
        assert tags == want["tags"]


@pytest.mark.parametrize("name, layout", [
    ("zendesk.json", "Zendesk"), ("freshdesk.json", "Freshdesk"), ("jira_sm.csv", "Jira Service Management"),
    ("servicenow_incident.csv", "ServiceNow"), ("salesforce_case.csv", "Salesforce"),
    ("intercom.json", "Intercom"), ("hubspot.json", "HubSpot"), ("homemade_semicolon.csv", "generic"),
])
def test_layout_is_recognised_from_its_columns(name, layout):
    assert topicscope.read_tickets(HELPDESKS / name).mapping["layout"] == layout


def test_unmapped_input_columns_are_kept_under_their_own_names():
    table = topicscope.read_tickets(HELPDESKS / "homemade_semicolon.csv")
    assert "Customer Email" in table.tickets.columns
    assert "Customer Email" in table.mapping["other_columns"]


def test_nested_json_fields_are_flattened_with_dots():
    table = topicscope.read_tickets(HELPDESKS / "zendesk.json")
    assert "via.channel" in table.mapping["fields"]["channel"]["columns"]


@pytest.mark.parametrize("raw, channel", [
    ("Telefon", "phone"), ("Teléfono", "phone"), ("Llamada", "phone"), ("Appel", "phone"), ("Chiamata", "phone"),
    ("Correo electrónico", "email"), ("Courriel", "email"), ("Posta elettronica", "email"),
    ("Presencial", "walk_in"), ("En boutique", "walk_in"), ("Filiale", "walk_in"), ("Tienda", "walk_in"),
    ("Vor Ort", "onsite"), ("Außendienst", "onsite"), ("Visita técnica", "onsite"), ("Técnico", "onsite"),
    ("Phone", "phone"), ("Walk-in", "walk_in"), ("Postal", "other"),
])
def test_channel_names_in_the_languages_topicscope_reads_map_like_english_ones(raw, channel):
    from topicscope.mapping import normalize_channel

    assert normalize_channel(raw) == channel


@pytest.mark.parametrize("raw, channel", [
    ("App Store review", "app"), ("Google Play Store", "app"), ("WhatsApp Business", "chat"),
    ("Storefront chat", "chat"), ("Platform", "other"), ("Information desk", "other"), ("Outbound call", "phone"),
    ("Vor-Ort-Termin", "onsite"), ("Hausbesuch", "onsite"), ("Visite à domicile", "onsite"), ("A domicilio", "onsite"),
    ("Rendez-vous en agence", "walk_in"), ("Telegram", "chat"), ("Zoom", "phone"),
    ("webchat", "chat"), ("inboundemail", "email"), ("In-store", "walk_in"), ("Retail store", "walk_in"),
    ("Teams chat", "chat"), ("Video chat", "chat"), ("Online shop", "web"), ("Mobile chat", "chat"),
    ("Phone - Outbound", "phone"),
])
def test_a_channel_word_inside_another_name_does_not_decide_the_channel(raw, channel):
    # "store" in an app store's name had made 111 reviews walk-ins, and "app" WhatsApp an app.
    from topicscope.mapping import normalize_channel

    assert normalize_channel(raw) == channel


def test_hubspot_ui_export_headers_map_to_subject_and_dates(tmp_path):
    path = tmp_path / "hubspot.csv"
    path.write_text("Ticket ID,Ticket name,Ticket description,Create date,Close date,Source\n"
                    "101,Refund,My refund never arrived,2024-03-01 09:00,2024-03-02 10:00,Email\n")
    fields = topicscope.read_tickets(path).mapping["fields"]
    assert fields["subject"]["columns"] == ["Ticket name"]
    assert fields["created_at"]["columns"] == ["Create date"]
    assert fields["resolved_at"]["columns"] == ["Close date"]


def test_an_agents_comment_never_stands_in_for_an_empty_description(tmp_path):
    path = tmp_path / "jira.csv"
    path.write_text("Issue key,Summary,Description,Created,Comment\n"
                    "SD-1,Card,My card was declined twice,12/Mar/24 9:14 AM,12/Mar/24 10:02 AM;jdoe;I have escalated it\n"
                    'SD-2,Login,,12/Mar/24 9:20 AM,"12/Mar/24 10:05 AM;jdoe;Hi, I reset your password"\n')
    table = topicscope.read_tickets(path)
    assert table.mapping["fields"]["body"]["columns"] == ["Description"]
    assert "jdoe" not in " ".join(table.tickets["text"])
    assert table.tickets["text"].tolist()[1] == "Login"


def test_spanish_german_and_french_headers_map_like_english_ones(tmp_path):
    for header, expected in (("Nº ticket;Fecha de creación;Canal;Asunto;Descripción;Categoría",
                              ["Fecha de creación", "Canal", "Asunto", "Descripción", "Categoría"]),
                             ("Ticketnummer;Erstellt am;Kanal;Betreff;Beschreibung;Kategorie",
                              ["Erstellt am", "Kanal", "Betreff", "Beschreibung", "Kategorie"]),
                             ("Numéro;Date de création;Canal;Objet;Description;Catégorie",
                              ["Date de création", "Canal", "Objet", "Description", "Catégorie"])):
        path = tmp_path / "export.csv"
        path.write_text(header + "\n" + "1;03/04/2024 10:00;Teléfono;Factura;Me cobraron dos veces;Facturación\n",
                        encoding="utf-8")
        fields = topicscope.read_tickets(path).mapping["fields"]
        got = [fields[f]["columns"][0] for f in ("created_at", "channel", "subject", "body", "given_category")]
        assert got == expected, (header, fields)
