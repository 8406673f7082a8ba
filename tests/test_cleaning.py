"""Cleaning keeps the customer's own words and drops markup, history, signatures and boilerplate."""

from __future__ import annotations

from topicscope.cleaning import TextCleaner, clean_subject
from topicscope.config import CleaningConfig


def clean(body: str) -> str:
    return TextCleaner().transform([body])[0]


def test_html_body_becomes_lines_of_text():
    body = "<div><p>My router&nbsp;is <b>dead</b>.</p><p>Line two<br>line three &amp; more</p></div>"
    assert clean(body) == "My router is dead.\n\nLine two\nline three & more"


def test_table_cells_do_not_run_together():
    body = "<table><tr><td>IBAN</td><td>DE28 4062 1636 4404 3796 34</td></tr><tr><th>Name</th><td>Ana</td></tr></table>"
    assert clean(body) == "IBAN DE28 4062 1636 4404 3796 34\n\nName Ana"


def test_scripts_and_styles_are_dropped():
    assert clean("<style>p{color:red}</style><p>Hello <script>x()</script>world</p>") == "Hello world"


def test_quoted_reply_after_on_wrote_is_cut():
    body = ("Still no internet, please send someone.\n\n"
            "On Tue, Mar 3, 2026 at 10:12 AM Brightwave Support <support@brightwave.example> wrote:\n"
            "> Have you restarted the router?\n> Regards")
    assert clean(body) == "Still no internet, please send someone."


def test_on_wrote_header_wrapped_over_two_lines_is_cut():
    body = "Thanks, it works now.\nOn Tue, Mar 3, 2026 at 10:12 AM Support <s@example.com>\nwrote:\n> old text"
    assert clean(body) == "Thanks, it works now."


def test_spanish_quote_header_is_cut():
    body = "Sigo sin conexión.\nEl mar, 3 mar 2026 a las 10:12, Soporte <soporte@x.example> escribió:\n> texto"
    assert clean(body) == "Sigo sin conexión."


def test_outlook_original_message_and_from_sent_blocks_are_cut():
    assert clean("New problem.\n-----Original Message-----\nFrom: a\nold") == "New problem."
    assert clean("New problem.\nFrom: Support <s@x.example>\nSent: Monday\nTo: me\nold") == "New problem."


def test_a_message_that_is_only_a_quote_keeps_the_quoted_words():
    assert clean("> my modem is broken\n> please help") == "my modem is broken\nplease help"


def test_signatures_are_cut():
    assert clean("Router is fine now.\n-- \nJohn Smith\n+1 555 014 2387") == "Router is fine now."
    assert clean("Please call me back.\n\nSent from my iPhone") == "Please call me back."
    assert clean("The bill is wrong.\n\nBest regards,\nMaria Lopez\nAccount 1234") == "The bill is wrong."


def test_a_closing_line_followed_by_real_content_is_kept():
    body = "Thanks for the quick fix yesterday.\nBut today the connection dropped again twice in the morning and it took ages to come back up again, which is not acceptable."
    assert clean(body) == body


def test_boilerplate_lines_learned_from_many_tickets_are_dropped():
    footer = "This e-mail and any attachments are confidential and intended solely for the addressee."
    bodies = [f"Ticket number {i}: my problem is number {i % 7}.\n{footer}" for i in range(200)]
    bodies += ["Order 555 was not delivered, where is it?"] * 30  # repeated content, but shares < 20 %
    bodies += [f"Different issue {i} without footer" for i in range(200)]
    cleaner = TextCleaner(CleaningConfig(boilerplate_min_share=0.2, boilerplate_min_tickets=10)).fit(bodies)
    assert cleaner.boilerplate_ == frozenset({footer.lower()})
    out = cleaner.transform(bodies[:1])[0]
    assert out == "Ticket number 0: my problem is number 0."


def test_a_frequent_one_line_request_is_the_message_not_boilerplate():
    footer = "This e-mail and any attachments are confidential and intended solely for the addressee."
    request = "I forgot my password and cannot log in to the app"
    bodies = [f"Ticket number {i}: my problem is number {i % 7}.\n{footer}" for i in range(200)]
    bodies += [request] * 60 + [f"Hi,\n{request}\nThanks"] * 30  # alone, or with short greetings
    bodies += [f"{request}\n{footer}"] * 20  # beside the footer, yet mostly alone
    bodies += [f"Different issue {i} without footer" for i in range(200)]
    cleaner = TextCleaner(CleaningConfig(boilerplate_min_share=0.02, boilerplate_min_tickets=10)).fit(bodies)
    assert cleaner.boilerplate_ == frozenset({footer.lower()})
    assert cleaner.transform([request, f"{request}\n{footer}"]) == [request, request]


def test_a_footer_is_boilerplate_even_in_some_tickets_of_its_own():
    footer = "This e-mail and any attachments are confidential and intended solely for the addressee."
    bodies = [f"Ticket number {i}: my problem is number {i % 7}.\n{footer}" for i in range(150)]
    bodies += [footer] * 40  # forwarded empty replies: a minority of the footer's tickets
    cleaner = TextCleaner(CleaningConfig(boilerplate_min_share=0.05, boilerplate_min_tickets=10)).fit(bodies)
    assert cleaner.boilerplate_ == frozenset({footer.lower()})


def test_a_footer_under_short_messages_is_boilerplate_and_greetings_are_nobodys_message():
    footer = "Sent via the Acme support portal - please do not reply to this line"
    bodies = [f"refund pls {i}\n{footer}" for i in range(300)] + [f"other issue {i}" for i in range(300)]
    assert TextCleaner().fit(bodies).boilerplate_ == frozenset({footer.lower()})
    # A frequent request between greetings and sign-offs that vary is still the message.
    request = "I forgot my password and cannot log in to the app"
    greet, close = ["Hi,", "Hello,", "Hi team,", "Dear Acme,", "Good morning,"], ["Thanks", "Regards", "Cheers"]
    bodies = [f"{greet[i % 5]}\n{request}\n{close[i % 3]}" for i in range(100)]
    bodies += [f"Ticket {i} about my bill being wrong this month" for i in range(4900)]
    cleaner = TextCleaner().fit(bodies)
    assert cleaner.boilerplate_ == frozenset()
    assert request in cleaner.transform(bodies[:1])[0]


def test_rare_lines_are_never_boilerplate():
    bodies = ["The same long sentence repeated in a few tickets only."] * 5 + [f"other {i}" for i in range(100)]
    assert TextCleaner().fit(bodies).boilerplate_ == frozenset()


def test_whitespace_is_normalised():
    assert clean("  too   many\t\tspaces  \n\n\n\nand blank lines ") == "too many spaces\n\nand blank lines"


def test_subject_is_one_plain_line():
    assert clean_subject("<b>Outage</b> &amp; slow\nspeeds") == "Outage & slow speeds"


def test_chat_lines_that_differ_only_by_time_stamp_are_boilerplate():
    bot = "Brightwave Assistant: Thanks! I'm connecting you to an agent now."
    bodies = [f"(10:{i % 60:02d}:01) Customer{i}: my tv box {i} is stuck\n(10:{i % 60:02d}:30) {bot}"
              for i in range(100)]
    cleaner = TextCleaner()
    out = cleaner.fit_transform(bodies)
    assert cleaner.boilerplate_ == frozenset({bot.lower()})
    assert out[0] == "(10:00:01) Customer0: my tv box 0 is stuck"


def test_chat_transcripts_keep_the_customer_turns_only():
    bodies = []
    for i in range(60):
        bodies.append(
            "Chat started: 2026-01-05 10:00 UTC\n"
            f"(10:00:0{i % 10}) Customer{i}: my router {i} blinks red\n"
            f"(10:01:0{i % 10}) Carlos (Brightwave): Thanks, let me check order {i}.\n"
            f"(10:02:0{i % 10}) Customer{i}: still red after restart"
        )
    cleaner = TextCleaner()
    out = cleaner.fit_transform(bodies)
    assert "Carlos (Brightwave)" in cleaner.staff_speakers_
    assert out[3] == "my router 3 blinks red\nstill red after restart"


def test_tool_written_subjects_are_templates_but_customer_subjects_are_not():
    from topicscope.cleaning import SubjectTemplates

    subjects = [f"Chat with {name}" for name in ["Ana", "Bob", "Carla", "Dev", "Eve"] * 4]
    subjects += [f"Voicemail from 555-01{i:02d}" for i in range(20)]
    subjects += [f"Internet down since {w}" for w in ["monday", "yesterday", "noon", "friday"] * 5]
    subjects += [f"other subject about {w}" for w in ["billing", "wifi", "speed", "moving"] * 10]
    templates = SubjectTemplates().fit(subjects)
    assert templates.prefixes_ == frozenset({"chat with", "voicemail from"})
    assert templates.is_template("Chat with Zoe") and not templates.is_template("Internet down since noon")


def test_lines_skipped_by_the_first_character_check_are_those_the_patterns_could_not_match():
    # _boilerplate_key and _customer_turns run their time patterns only on lines opening with a
    # digit or a bracket; on any line the result must be the pattern's own.
    import random

    from topicscope.cleaning import _LINE_TIME, _SPEAKER_LINE, _boilerplate_key, _customer_turns

    rng = random.Random(8)
    parts = ["(10:02) ", "[9:15 pm] ", "10:02:33 ", "٣:٤٥ ", "²:30 ", "Agent Maria: ", "Bot: ", "Carlos (Brightwave): ",
             "hi", "Thanks", " ", "", "(", "[", "12", ":", "ok?"]
    lines = ["".join(rng.choice(parts) for _ in range(rng.randint(0, 4))) for _ in range(3000)]
    assert [_boilerplate_key(ln) for ln in lines] == [_LINE_TIME.sub("", ln).lower() for ln in lines]
    for k in range(0, len(lines), 6):
        chunk = lines[k:k + 6]
        for staff in (frozenset(), frozenset({"Bot", "Carlos (Brightwave)"})):
            speakers = {m.group("speaker").strip() for ln in chunk if (m := _SPEAKER_LINE.match(ln))}
            if len(speakers) < 2 and not speakers & staff:
                expected = chunk
            else:
                from topicscope.cleaning import _TRANSCRIPT_HEADER
                expected = [m.group("text") if m else ln for ln in chunk
                            for m in [_SPEAKER_LINE.match(ln)]
                            if (m is None and not _TRANSCRIPT_HEADER.match(ln))
                            or (m is not None and m.group("speaker").strip() not in staff)]
            assert _customer_turns(chunk, staff) == expected
