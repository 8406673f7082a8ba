"""Mapping an export's columns onto the canonical ticket table.

Helpdesks name the same things differently (``description``,
``short_description``, ``source.body``, ``Ticket Description``) and encode
them differently (Freshdesk's ``source`` 3 is a phone call, ServiceNow's
priority ``1 - Critical``). :class:`ColumnMapper` learns, from the header and
a first block of rows, which column feeds each canonical field and why; then
it turns any block of raw records into canonical rows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .errors import InputError, UsageError
from .timestamps import TimestampParser

# "" stands for unknown: no channel column, or an empty value.
CHANNELS = ("email", "phone", "chat", "web", "social", "walk_in", "onsite", "app", "api", "other")

# Canonical columns, in output order. "body" is the uncleaned message; the
# ingest step turns subject + body into text and raw_text.
CANONICAL = (
    "ticket_id", "created_at", "resolved_at", "channel", "subject", "body",
    "given_category", "tags", "priority", "status",
)

# Exact (normalised) header names per field, most specific first.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "ticket_id": (
        "issue_key", "case_number", "casenumber", "ticket_id", "ticket_number", "ticket_no", "ticket_num",
        "number", "incident_number", "request_id", "case_id", "conversation_id", "ticket",
        "hs_object_id", "key", "id", "ticket_ref", "reference", "numero_de_ticket", "numero_ticket",
        "ticketnummer", "ticket_nummer", "id_ticket", "numero_de_caso", "numero_du_ticket", "numero",
    ),
    "subject": (
        "subject", "ticket_subject", "summary", "short_description", "title", "issue_summary",
        "subject_line", "headline", "source_subject", "raw_subject", "ticket_name", "asunto", "betreff",
        "objet", "sujet", "oggetto", "assunto", "titulo", "titel", "titre", "titolo",
    ),
    "body": (
        "description_text", "description", "ticket_description", "content", "source_body",
        "body", "message", "message_body", "details", "issue_description", "problem_description",
        "customer_message", "comment", "comments", "text", "request", "question", "query",
        "instruction", "utterance", "conversation_message_body", "notes", "descripcion", "mensaje",
        "beschreibung", "nachricht", "descrizione", "messaggio", "descricao", "mensagem", "texto",
    ),
    "created_at": (
        "created_at", "created_date", "createddate", "date_created", "created", "created_time", "createdate", "create_date",
        "creation_date", "opened_at", "opened", "open_date", "submitted_at", "date_submitted",
        "reported_at", "received_at", "timestamp", "date", "time", "fecha_de_creacion",
        "fecha_creacion", "erstellt_am", "erstellungsdatum", "erstellt", "date_de_creation", "cree_le",
        "data_di_creazione", "data_creazione", "data_de_criacao", "fecha",
    ),
    "resolved_at": (
        "solved_at", "resolved_at", "resolved", "resolved_time", "resolution_date", "date_resolved",
        "closed_date", "closeddate", "closed_at", "closed", "closed_time", "date_closed", "date_solved", "close_date",
        "stats_resolved_at", "statistics_last_close_at", "metric_set_solved_at",
    ),
    "channel": (
        "via_channel", "channel", "ticket_channel", "request_channel", "source_type", "origin",
        "contact_type", "case_origin", "source", "via", "medium", "channel_type", "contact_channel", "canal",
        "kanal", "canale",
    ),
    "given_category": (
        "type", "ticket_type", "issue_type", "category", "hs_ticket_category", "case_type",
        "request_type", "contact_reason", "ticket_category", "reason", "case_reason", "categoria", "kategorie",
        "categorie", "motivo", "motif",
    ),
    "tags": ("tags", "labels", "tag", "label", "keywords", "tags_tags"),
    "priority": ("priority", "hs_ticket_priority", "ticket_priority", "urgency", "severity"),
    "status": ("status", "state", "ticket_status", "case_status", "incident_state", "hs_pipeline_stage"),
}

# Fields where a later candidate fills a row the first one leaves empty
# (Freshdesk description_text vs description, Salesforce Type vs Reason).
_COALESCE = {"subject": 2, "body": 2, "given_category": 2}

_NOT_FALLBACK = {"comment", "comments", "notes"}

# Columns the ticket table and the analysis add: an input column of the same name (a table that
# read_tickets made, filtered and passed back) is kept as input_<name>, never overwritten or clashing.
_RESERVED = frozenset({
    "source_row", "text", "raw_text", "language", "topic_id", "topic_label", "topic_confidence",
    "topic_similarity", "category", "category_confidence", "face_to_face_prob", "face_to_face", "pii", "pii_kinds",
})

# Words that identify a field in a home-made header ("Ticket Description",
# "Date Created"), used when no exact name matches.
_KEYWORDS: dict[str, tuple[set[str], set[str]]] = {
    # field: (any of these tokens, none of these tokens)
    "body": ({"description", "message", "body", "content", "details", "comment", "text", "inquiry", "enquiry"},
             {"id", "short", "date", "email", "type", "channel"}),
    "subject": ({"subject", "title", "summary"}, {"id", "date"}),
    "created_at": ({"created", "opened", "submitted", "received", "creation"}, {"by", "id", "resolved", "closed"}),
    "resolved_at": ({"resolved", "closed", "solved", "resolution"}, {"by", "id", "notes", "code", "reason"}),
    "channel": ({"channel", "source", "origin", "via", "medium"}, {"id", "date"}),
    "given_category": ({"type", "category", "reason", "topic"},
                       {"id", "date", "channel", "content", "source", "contact", "contacts", "author",
                        "owner", "assignee", "requester", "customer", "user", "via", "sla", "record"}),
    "priority": ({"priority", "urgency", "severity"}, {"id"}),
    "status": ({"status", "state"}, {"id", "date"}),
}

# Signature columns (normalised) of each helpdesk's export; the best match with
# at least three present names the layout.
_LAYOUTS: dict[str, set[str]] = {
    "Zendesk": {"via_channel", "requester_id", "submitter_id", "assignee_id", "group_id",
                "brand_id", "organization_id", "satisfaction_rating_score", "ticket_form_id",
                "external_id", "has_incidents", "via_source_rel", "raw_subject"},
    "Freshdesk": {"description_text", "fr_due_by", "requester_id", "responder_id", "fr_escalated",
                  "is_escalated", "company_id", "source", "due_by", "spam", "email_config_id",
                  "first_response_due_by"},
    "Jira Service Management": {"issue_key", "issue_id", "issue_type", "summary", "reporter",
                                "assignee", "labels", "project_key", "request_type", "request_channel"},
    "ServiceNow": {"number", "short_description", "contact_type", "opened_at", "assignment_group",
                   "caller_id", "sys_id", "incident_state", "subcategory", "opened_by"},
    "Salesforce": {"case_number", "casenumber", "origin", "created_date", "createddate",
                   "closed_date", "closeddate", "account_id", "accountid", "ownerid",
                   "contact_id", "is_closed", "supplied_email", "owner_id", "is_escalated"},
    "Intercom": {"source_body", "source_type", "source_delivered_as", "waiting_since",
                 "snoozed_until", "admin_assignee_id", "team_assignee_id", "source_author_type",
                 "conversation_rating", "source_author_id"},
    "HubSpot": {"hs_ticket_category", "hs_ticket_priority", "hs_pipeline", "hs_pipeline_stage",
                "createdate", "content", "hs_object_id", "source_type", "hs_lastmodifieddate"},
}

_FRESHDESK_SOURCE = {"1": "email", "2": "web", "3": "phone", "4": "other", "5": "social",
                     "6": "social", "7": "chat", "8": "other", "9": "web", "10": "email"}
# Coded values, decoded only for the layout that uses them (ServiceNow's
# priority 1 is critical where Freshdesk's is low).
_STATUS_CODES = {
    "Freshdesk": {"2": "open", "3": "pending", "4": "resolved", "5": "closed"},
    # HubSpot's default support pipeline; custom pipelines use long ids and stay as they are.
    "HubSpot": {"1": "new", "2": "waiting on contact", "3": "waiting on us", "4": "closed"},
}
_PRIORITY_CODES = {
    "Freshdesk": {"1": "low", "2": "medium", "3": "high", "4": "urgent"},
    "Intercom": {"priority": "high", "not_priority": ""},
}

_CHANNEL_EXACT = {
    "email": "email", "e_mail": "email", "mail": "email", "inbound_email": "email",
    "outbound_email": "email", "outbound": "email", "email_ticket": "email",
    "phone": "phone", "voice": "phone", "call": "phone", "telephone": "phone", "ivr": "phone",
    "phone_call_incoming": "phone", "phone_call_outgoing": "phone", "voicemail": "phone",
    "chat": "chat", "live_chat": "chat", "livechat": "chat", "messenger": "chat",
    "conversation": "chat", "whatsapp": "chat", "sms": "chat", "text_message": "chat",
    "native_messaging": "chat", "virtual_agent": "chat", "chatbot": "chat", "bot": "chat",
    "web": "web", "web_form": "web", "webform": "web", "web_widget": "web", "portal": "web",
    "customer_portal": "web", "anonymous_portal": "web", "form": "web", "help_center": "web",
    "helpcenter": "web", "self_service": "web", "widget": "web", "feedback_widget": "web",
    "contact_form": "web", "website": "web", "online": "web", "community": "web",
    "twitter": "social", "x": "social", "facebook": "social", "instagram": "social",
    "social": "social", "social_media": "social", "linkedin": "social",
    "walk_in": "walk_in", "walkin": "walk_in", "in_store": "walk_in", "store": "walk_in",
    "branch": "walk_in", "in_person": "walk_in", "counter": "walk_in", "front_desk": "walk_in",
    "retail": "walk_in", "in_branch": "walk_in", "shop": "walk_in",
    "onsite": "onsite", "on_site": "onsite", "field_service": "onsite", "technician": "onsite",
    "technician_visit": "onsite", "site_visit": "onsite", "field": "onsite", "home_visit": "onsite",
    "app": "app", "mobile_app": "app", "mobile": "app", "mobile_sdk": "app", "ios": "app",
    "android": "app", "in_app": "app", "push": "app",
    "api": "api", "integration": "api", "system": "api", "automation": "api", "rule": "api",
    # The other languages topicscope reads (accents dropped before the look-up), where no word
    # of _CHANNEL_WORDS below catches them ("appel" would read as "app").
    "anruf": "phone", "appel": "phone", "chiamata": "phone", "ligacao": "phone",
    "posta_elettronica": "email", "correio_eletronico": "email",
    "oficina": "walk_in", "agence": "walk_in", "agencia": "walk_in", "loja": "walk_in",
    "vor_ort": "onsite", "sur_place": "onsite", "in_sede": "onsite", "aussendienst": "onsite",
    "intervention": "onsite", "sopralluogo": "onsite", "hausbesuch": "onsite", "domicilio": "onsite",
    "domicile": "onsite", "a_domicilio": "onsite", "a_domicile": "onsite",
    # Names that hold another channel's word: an app store's review is no shop visit, WhatsApp no app.
    "app_store": "app", "play_store": "app", "google_play": "app", "apple_app_store": "app",
    "telegram": "chat", "viber": "chat", "wechat": "chat", "imessage": "chat", "signal": "chat",
    "online_shop": "web", "online_store": "web", "webshop": "web", "web_shop": "web", "eshop": "web",
    "outbound_call": "phone", "inbound_call": "phone", "outbound_sms": "chat", "web_chat": "chat", "in_app_chat": "chat",
    "video": "phone", "video_call": "phone", "videocall": "phone", "zoom": "phone", "teams": "phone",
    "microsoft_teams": "phone", "skype": "phone", "google_meet": "phone",
}
_CHANNEL_WORDS = (
    ("walk", "walk_in"), ("store", "walk_in"), ("branch", "walk_in"), ("person", "walk_in"),
    ("technician", "onsite"), ("onsite", "onsite"), ("on_site", "onsite"), ("field", "onsite"),
    ("mail", "email"), ("phone", "phone"), ("call", "phone"), ("voice", "phone"),
    ("chat", "chat"), ("messag", "chat"), ("twitter", "social"), ("facebook", "social"),
    ("instagram", "social"), ("social", "social"), ("app", "app"), ("mobile", "app"),
    ("web", "web"), ("portal", "web"), ("form", "web"), ("api", "api"),
    ("techni", "onsite"), ("tecnic", "onsite"), ("telef", "phone"), ("llamad", "phone"), ("correo", "email"),
    ("courriel", "email"), ("presencial", "walk_in"), ("tienda", "walk_in"), ("filial", "walk_in"),
    ("sucursal", "walk_in"), ("magasin", "walk_in"), ("boutique", "walk_in"), ("negozio", "walk_in"),
)

# Names that say little next to another ("Phone - Outbound" is a phone call, "Mobile chat" a chat).
_WEAK_NAMES = frozenset({"outbound", "online", "mobile", "system", "rule", "push", "conversation", "automation"})

# Words that hold a channel word without meaning it ("platform" holds "form").
_FALSE_FRIENDS = {"form": ("platform", "information", "format", "formal"), "person": ("personal",),
                  "store": ("storage",), "app": ("whatsapp", "approv", "appoint", "apple"), "mail": ("mailbox_full",),
                  "call": ("recall",), "field": ("fieldset",)}

_RECORD_TYPES = {"conversation", "ticket", "case", "object", "crm_object"}

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_WRAPPERS = ("properties_", "fields_", "custom_field_", "cf_", "ticket_fields_")
_PRIORITY_PREFIX = re.compile(r"^\s*\d+\s*[-–:.]\s*")


def normalize_header(name: str) -> str:
    """``"Custom field (Request Channel)"`` -> ``"request_channel"``, ``"CaseNumber"`` -> ``"case_number"``."""
    key = _NON_ALNUM.sub("_", _plain(_CAMEL.sub("_", str(name)).lower())).strip("_")
    for prefix in _WRAPPERS:
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix):]
    return key


def _plain(text: str) -> str:
    """``text`` without accents ("teléfono" -> "telefono", "außendienst" -> "aussendienst")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_channel(value: str, freshdesk_codes: bool = False) -> str:
    """Map one raw channel value onto :data:`CHANNELS` (``""`` when the value is empty)."""
    key = _NON_ALNUM.sub("_", _plain(value.strip().lower())).strip("_")
    if not key:
        return ""
    if freshdesk_codes and key in _FRESHDESK_SOURCE:
        return _FRESHDESK_SOURCE[key]
    if key in _CHANNEL_EXACT:
        return _CHANNEL_EXACT[key]
    # A known name among the value's words, the longest first and, among names as long, the last
    # (the head of an English phrase: "Zoom chat" is a chat): "WhatsApp Business" is WhatsApp,
    # "App Store review" the app store, "Vor-Ort-Termin" on site.
    words = key.split("_")
    for size in range(len(words) - 1, 0, -1):
        names = ["_".join(words[at:at + size]) for at in range(len(words) - size, -1, -1)]
        for name in sorted((n for n in names if n in _CHANNEL_EXACT), key=lambda n: n in _WEAK_NAMES):
            return _CHANNEL_EXACT[name]
    # Then a channel word inside the value, glued words included ("webchat", "inboundemail").
    for word, channel in _CHANNEL_WORDS:
        if word in key and not any(friend in key for friend in _FALSE_FRIENDS.get(word, ())):
            return channel
    return "other"


@dataclass
class FieldChoice:
    """Which input column(s) feed one canonical field, and why."""

    field: str
    columns: list[str]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"columns": list(self.columns), "reason": self.reason}


class ColumnMapper:
    """Learn and apply the mapping from an export's columns to canonical fields.

    Parameters
    ----------
    id_col, time_col, channel_col, label_col : str, optional
        Force the column for ticket id, creation time, channel, and the
        export's own category (``given_category``).
    text_cols : list of str, optional
        Columns joined (in this order) as the ticket body; the detected
        subject is still put first unless listed here.
    dayfirst : bool, optional
        Read ``01/02/2024`` as 1 February (``True``) or 2 January (``False``);
        by default the data decide.
    timezone : str, optional
        IANA zone (``"Europe/Madrid"``) of times written without an offset;
        UTC by default. Helpdesk UI exports write the exporting user's zone.

    Attributes
    ----------
    layout_ : str
        The helpdesk whose export this looks like, or ``"generic"``.
    choices_ : dict of str to FieldChoice
        The mapping, one entry per canonical field found.
    time_parsers_ : dict of str to TimestampParser
        For ``created_at`` and ``resolved_at`` when mapped.
    other_columns_ : list of str
        Input columns kept under their own names.
    """

    def __init__(
        self,
        id_col: str | None = None,
        text_cols: list[str] | None = None,
        time_col: str | None = None,
        channel_col: str | None = None,
        label_col: str | None = None,
        dayfirst: bool | None = None,
        timezone: str | None = None,
    ):
        self.id_col = id_col
        self.text_cols = text_cols
        self.time_col = time_col
        self.channel_col = channel_col
        self.label_col = label_col
        self.dayfirst = dayfirst
        self.timezone = timezone

    # -- fitting ---------------------------------------------------------------

    def fit(self, frame: pd.DataFrame) -> "ColumnMapper":
        """Choose columns from the header and the first rows.

        Parameters
        ----------
        frame : pandas.DataFrame, shape (n_rows, n_columns)
            A first block of raw records (string values).

        Raises
        ------
        UsageError
            A column named by a flag is not in the export.
        InputError
            No column can serve as the ticket text.
        """
        columns = [str(c) for c in frame.columns]
        keys = {c: normalize_header(c) for c in columns}
        self.layout_ = self._detect_layout(set(keys.values()))
        choices: dict[str, FieldChoice] = {}
        used: set[str] = set()

        forced = {"ticket_id": self.id_col, "created_at": self.time_col,
                  "channel": self.channel_col, "given_category": self.label_col}
        for fld, col in forced.items():
            if col is not None:
                self._require(col, columns, fld)
                choices[fld] = FieldChoice(fld, [col], "given by the flag")
                used.add(col)
        if self.text_cols:
            for col in self.text_cols:
                self._require(col, columns, "text")
            choices["body"] = FieldChoice("body", list(self.text_cols), "given by --text-col")
            used.update(self.text_cols)

        for fld in CANONICAL:
            if fld in choices:
                continue
            choice = self._choose(fld, frame, keys, used)
            if choice is not None:
                choices[fld] = choice
                used.update(choice.columns)

        if "body" not in choices and "subject" not in choices:
            raise InputError(self._no_text_message(frame, columns))
        self.choices_ = choices
        self.time_parsers_ = {}
        for fld in ("created_at", "resolved_at"):
            if fld in choices:
                col = choices[fld].columns[0]
                parser = TimestampParser(dayfirst=self.dayfirst, timezone=self.timezone).fit(frame[col].astype(str))
                self.time_parsers_[fld] = parser
        self.other_columns_ = [c for c in columns if c not in used]
        return self

    @staticmethod
    def _require(col: str, columns: list[str], what: str) -> None:
        if col not in columns:
            raise UsageError(
                f"column {col!r} (for {what}) is not in the export; its columns are: "
                + ", ".join(repr(c) for c in columns)
            )

    def _detect_layout(self, keys: set[str]) -> str:
        scores = {name: len(sig & keys) for name, sig in _LAYOUTS.items()}
        name, score = max(sorted(scores.items()), key=lambda kv: kv[1])
        return name if score >= 3 else "generic"

    def _choose(self, fld: str, frame: pd.DataFrame, keys: dict[str, str], used: set[str]) -> FieldChoice | None:
        free = [c for c in frame.columns if c not in used]
        if fld == "tags":
            cols = [c for c in free if re.sub(r"_\d+$", "", keys[c]) in _CANDIDATES["tags"]]
            if cols:
                return FieldChoice(fld, cols, "header " + " + ".join(repr(c) for c in cols) + " names tags")
            return None
        matches: list[str] = []
        for cand in _CANDIDATES[fld]:
            for col in free:
                if (keys[col] == cand and col not in matches and _has_values(frame[col])
                        and _informative(fld, frame[col])):
                    matches.append(col)
        if fld in _COALESCE and matches:
            # A comment column fills in only as the field's own column: beside a description it
            # holds the agents' notes (Jira's "date;author;text" cells), not the customer's words.
            cols = matches[:1] + [c for c in matches[1:] if keys[c] not in _NOT_FALLBACK][: _COALESCE[fld] - 1]
            if len(cols) > 1:
                reason = (f"header {cols[0]!r}, with {cols[1]!r} where it is empty")
            else:
                reason = f"header {cols[0]!r} is a known name for {fld}"
            return FieldChoice(fld, cols, reason + self._layout_note())
        if matches:
            return FieldChoice(fld, [matches[0]], f"header {matches[0]!r} is a known name for {fld}" + self._layout_note())
        if fld in _KEYWORDS:
            anyof, noneof = _KEYWORDS[fld]
            for col in free:
                if "." in col:
                    continue  # nested API fields have exact names; keywords are for home-made headers
                tokens = set(keys[col].split("_"))
                if (tokens & anyof and not tokens & noneof and _has_values(frame[col])
                        and _informative(fld, frame[col])):
                    word = sorted(tokens & anyof)[0]
                    return FieldChoice(fld, [col], f"header {col!r} contains {word!r}")
        if fld == "ticket_id":
            for col in free:
                tokens = set(keys[col].split("_"))
                if tokens & {"id", "number", "no", "key", "ref"} and tokens & {"ticket", "case", "incident", "request", "issue"}:
                    return FieldChoice(fld, [col], f"header {col!r} names a ticket identifier")
        return None

    def _layout_note(self) -> str:
        return f" ({self.layout_} layout)" if self.layout_ != "generic" else ""

    @staticmethod
    def _no_text_message(frame: pd.DataFrame, columns: list[str]) -> str:
        # Only columns of words are worth suggesting: a long column of amounts or ids is not text.
        wordy = [c for c in columns if len(frame) and frame[c].astype(str).str.contains(r"[^\W\d_]{2}").mean() > 0.5]
        lengths = {c: frame[c].astype(str).str.len().mean() for c in wordy}
        longest = max(lengths, key=lambda c: lengths[c]) if lengths else None
        hint = f"; the longest free-text column is {longest!r}: try --text-col {longest!r}" if longest else "; use --text-col COLUMN"
        return ("no usable text column (subject, description, message, body, ...) among: "
                + ", ".join(repr(c) for c in columns) + hint)

    # -- applying --------------------------------------------------------------

    def transform(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Map a block of raw records to canonical columns.

        Parameters
        ----------
        frame : pandas.DataFrame, shape (n_rows, n_columns)
            Raw records with the columns seen in :meth:`fit` (missing ones are
            treated as empty; unseen ones are kept as other columns).

        Returns
        -------
        pandas.DataFrame, shape (n_rows, len(CANONICAL) + n_other)
            ``created_at`` and ``resolved_at`` are ``datetime64[ns, UTC]``;
            the rest are strings.
        """
        n = len(frame)
        empty = pd.Series([""] * n, index=frame.index, dtype=object)

        def col(name: str) -> pd.Series:
            return frame[name].astype(str) if name in frame.columns else empty

        out: dict[str, Any] = {}
        for fld in CANONICAL:
            choice = self.choices_.get(fld)
            if choice is None:
                out[fld] = empty if fld not in ("created_at", "resolved_at") else pd.Series(
                    pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
                continue
            cols = choice.columns
            if fld in ("created_at", "resolved_at"):
                out[fld] = self.time_parsers_[fld].transform(col(cols[0]))
            elif fld == "body" and self.text_cols:
                out[fld] = _join_columns([col(c) for c in cols], "\n")
            elif fld == "tags":
                out[fld] = _join_columns([col(c) for c in cols], ", ").map(_normalize_tags)
            elif fld in _COALESCE:
                series = col(cols[0])
                for extra in cols[1:]:
                    series = series.where(series.str.strip() != "", col(extra))
                out[fld] = series
            else:
                out[fld] = col(cols[0])
        out["ticket_id"] = out["ticket_id"].str.strip()
        out["channel"] = self._channels(out["channel"])
        out["priority"] = self._codes(out["priority"], _PRIORITY_CODES, strip_rank=True)
        out["status"] = self._codes(out["status"], _STATUS_CODES)
        out["given_category"] = out["given_category"].str.strip()
        result = pd.DataFrame(out, index=frame.index)
        for name in self.other_columns_ + [c for c in frame.columns if c not in self._known_columns()]:
            if name in result.columns or name in _RESERVED:
                result[f"input_{name}"] = col(name)
            elif name in frame.columns:
                result[name] = frame[name]
        return result

    def _known_columns(self) -> set[str]:
        known = set(self.other_columns_)
        for choice in self.choices_.values():
            known.update(choice.columns)
        return known

    def _channels(self, values: pd.Series) -> pd.Series:
        choice = self.choices_.get("channel")
        codes = self.layout_ == "Freshdesk" or (
            choice is not None and normalize_header(choice.columns[0]) == "source"
            and values.str.fullmatch(r"\s*\d{1,2}\s*").fillna(False).all()
        )
        uniques = pd.unique(values)
        table = {v: normalize_channel(v, freshdesk_codes=codes) for v in uniques}
        return values.map(table)

    def _codes(self, values: pd.Series, codes: dict[str, dict[str, str]], strip_rank: bool = False) -> pd.Series:
        decode = codes.get(self.layout_, {})
        table = {}
        for v in pd.unique(values):
            key = str(v).strip()
            if key in decode:
                table[v] = decode[key]
            else:
                word = _PRIORITY_PREFIX.sub("", key) if strip_rank else key
                table[v] = word.strip().lower()
        return values.map(table)

    def describe(self) -> dict[str, Any]:
        """The mapping as plain data, for ``inspect`` and ``summary.json``."""
        return {
            "layout": self.layout_,
            "fields": {fld: self.choices_[fld].to_dict() for fld in CANONICAL if fld in self.choices_},
            "time_formats": {fld: {"format": p.kind_, "reason": p.reason_} for fld, p in self.time_parsers_.items()},
            "other_columns": list(self.other_columns_),
        }


_TAG_SEPARATORS = re.compile(r"\s*[,;|]\s*")


def _normalize_tags(value: str) -> str:
    """Tags joined by ``", "``; comma, semicolon or pipe lists are split, and so
    are space-separated ones (Zendesk, Jira and Freshdesk tags hold no spaces)."""
    if not value:
        return value
    parts = _TAG_SEPARATORS.split(value) if _TAG_SEPARATORS.search(value) else value.split()
    return ", ".join(p.strip() for p in parts if p.strip())


def _has_values(series: pd.Series) -> bool:
    return bool((series.astype(str).str.strip() != "").any())


def _join_columns(parts: list[pd.Series], sep: str) -> pd.Series:
    result = parts[0].str.strip()
    for part in parts[1:]:
        part = part.str.strip()
        glue = pd.Series(sep, index=result.index).where((result != "") & (part != ""), "")
        result = result + glue + part
    return result


def _informative(fld: str, series: pd.Series) -> bool:
    """False for a category column that only names the record type (Intercom's ``type``)."""
    if fld != "given_category":
        return True
    values = set(series.astype(str).str.strip().str.lower()) - {""}
    return not all(v in _RECORD_TYPES or v.endswith(".list") for v in values)
