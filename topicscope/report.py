"""report.html: one self-contained page a support lead opens, read from ``summary.json``.

The renderer computes nothing new: every number on the page is a field of the summary. Charts
are drawn by matplotlib into SVG and inlined, so the file opens offline; colours come from the
Okabe-Ito palette (distinguishable with the common colour-vision deficiencies) and the monthly
lines also differ by marker and dash. A print stylesheet lays the page out as a report.
"""

from __future__ import annotations

import html
import io
import json
from typing import Any

# Okabe & Ito (2008), "Color Universal Design": safe for deuteranopia, protanopia and tritanopia.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
_DECISION_WORDS = {"suitable": "Suitable", "partially_suitable": "Partially suitable",
                   "not_suitable": "Not suitable"}
_DECISION_MEANING = {
    "suitable": "A remote call center can take this support.",
    "partially_suitable": "Outsource the remote part to a call center; keep the in-person part in house.",
    "not_suitable": "A remote call center cannot take this support: too much of it needs someone in person.",
}


def render_html(summary: dict[str, Any], top_topics: int = 15, comparison: dict[str, Any] | None = None) -> str:
    """The report page for a summary (as in ``summary.json``).

    Parameters
    ----------
    summary : dict
        The analysis summary.
    top_topics : int
        Topics shown in the volume and face-to-face charts (the table lists all).
    comparison : dict, optional
        A comparison with a baseline (as in ``compare.json``): adds a "What changed" section.

    Returns
    -------
    str
        A complete HTML document with inline CSS, SVG charts and JavaScript.
    """
    import matplotlib

    # The charts' style only inside this call, and no pyplot: a notebook's backend and rcParams
    # stay as the user set them.
    with matplotlib.rc_context({**_STYLE, "axes.prop_cycle": matplotlib.cycler(color=PALETTE)}):
        return _render(summary, top_topics, comparison)


def _render(summary: dict[str, Any], top_topics: int, comparison: dict[str, Any] | None) -> str:
    s = summary
    verdict = s["verdict"]
    topics = sorted(s["topics"], key=lambda t: (-t["tickets"], t["id"]))
    parts = [_head(s), '<main>', _verdict_section(s, verdict),
             _compare_section(comparison) if comparison else "", _pilot_section(verdict),
             _topics_section(s, topics[:top_topics]), _monthly_section(topics[:5]),
             _f2f_section(s, topics[:top_topics]), _mix_section(s), _curriculum_section(s["curriculum"]),
             _staffing_section(s["staffing"], s.get("costs") or {}), _table_section(s, topics),
             _data_section(s), '</main>', f"<script>{_SCRIPT}</script>", "</body></html>"]
    return "\n".join(parts)


# -- charts -------------------------------------------------------------------------------------

def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    return text[text.index("<svg"):]  # drop the XML prolog and doctype: the SVG sits inside HTML


def _figure(name: str, caption: str, svg: str) -> str:
    return (f'<figure class="chart" data-chart="{name}">{svg}'
            f"<figcaption>{html.escape(caption)}</figcaption></figure>")


_STYLE = {"svg.hashsalt": "topicscope", "svg.fonttype": "path", "font.size": 9,
          "axes.spines.top": False, "axes.spines.right": False}


def _subplots(figsize: tuple[float, float]) -> tuple[Any, Any]:
    """A figure and its axes, made without pyplot (no backend is chosen, no window can open)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize)
    return fig, fig.subplots()


def _bars(labels: list[str], values: list[float], intervals: list[list[float]] | None, xlabel: str,
          color: str = PALETTE[0], percent: bool = True) -> Any:
    fig, ax = _subplots((7.5, 0.32 * len(labels) + 0.9))
    y = list(range(len(labels)))[::-1]
    scale = 100 if percent else 1
    xerr = None
    if intervals:
        xerr = [[max(0.0, (v - lo) * scale) for v, (lo, _) in zip(values, intervals)],
                [max(0.0, (hi - v) * scale) for v, (_, hi) in zip(values, intervals)]]
    ax.barh(y, [v * scale for v in values], xerr=xerr, color=color, ecolor="#333333", capsize=2)
    ax.set_yticks(y, [_short(label) for label in labels])
    ax.set_xlabel(xlabel)
    return fig


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


# -- sections -----------------------------------------------------------------------------------

def _head(s: dict[str, Any]) -> str:
    source = (s.get("input") or {}).get("path") or "the export"
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>topicscope report: {html.escape(str(source))}</title><style>{_CSS}</style></head><body>"
            f"<header><h1>Support tickets: can a call center take them?</h1>"
            f"<p class=\"meta\">{s['tickets_analysed']:,} tickets analysed from {html.escape(str(source))}"
            f" ({_period(s)}); topicscope {html.escape(s['topicscope_version'])}.</p></header>")


def _period(s: dict[str, Any]) -> str:
    p = s.get("period") or {}
    first, last = (p.get("first") or "")[:10], (p.get("last") or "")[:10]
    return f"{first} to {last}" if first and last else "no dates"


def _verdict_section(s: dict[str, Any], v: dict[str, Any]) -> str:
    decision = v["decision"]
    reasons = "".join(
        f"<li class=\"reason {'ok' if r['effect'] == 'no effect' else 'hurts'}\">"
        f"{html.escape(r['explanation'])}</li>" for r in v["reasons"])
    return (f'<section id="verdict" data-decision="{decision}" class="decision-{decision}">'
            f"<h2>{_DECISION_WORDS.get(decision, decision)}</h2>"
            f"<p class=\"meaning\">{_DECISION_MEANING.get(decision, '')} Score {v['score']:g} of 100.</p>"
            f"<h3>Why</h3><ol>{reasons}</ol></section>")


def _compare_section(cmp: dict[str, Any]) -> str:
    by_id = {t["id"]: t for t in cmp["topics"]}
    moved = [by_id[t] for t in cmp["increased"] + cmp["decreased"] + cmp["vanished"]]
    chart = ""
    if moved or cmp["emerging"]:
        labels = [t["label"] for t in moved] + [f"new: {e['label']}" for e in cmp["emerging"]]
        values = [t["change"] for t in moved] + [e["share"] for e in cmp["emerging"]]
        cis = [t["change_ci"] for t in moved] + [e["share_ci"] for e in cmp["emerging"]]
        fig, ax = _subplots((7.5, 0.36 * len(labels) + 0.9))
        y = list(range(len(labels)))[::-1]
        colors = [PALETTE[0] if v > 0 else PALETTE[5] for v in values]
        ax.barh(y, [100 * v for v in values], color=colors, ecolor="#333333", capsize=2,
                xerr=[[100 * max(0.0, v - lo) for v, (lo, _) in zip(values, cis)],
                      [100 * max(0.0, hi - v) for v, (_, hi) in zip(values, cis)]])
        ax.axvline(0, color="#333333", linewidth=0.8)
        ax.set_yticks(y, [_short(x) for x in labels])
        ax.set_xlabel("change in share of tickets, points (bars: 95 % interval)")
        chart = _figure("changes", "Significant changes in topic shares, and emerging topics.", _svg(fig))
    v = cmp["verdict"]
    items = "".join(f"<li>{html.escape(title)}: " + (", ".join(html.escape(by_id[t]["label"]) for t in ids) or "none")
                    + "</li>" for title, ids in (("Grew", cmp["increased"]), ("Shrank", cmp["decreased"]),
                                                  ("Shrank away", cmp["vanished"])))
    items += "<li>Emerging: " + (", ".join(html.escape(e["label"]) for e in cmp["emerging"]) or "none") + "</li>"
    changed = ", ".join(html.escape(f.replace("_", " ")) for f in v["changed_reasons"]) or "none"
    f = cmp["face_to_face"]
    return ('<section id="compare"><h2>What changed since the baseline</h2>'
            f"<p>Decision {html.escape(v['decision_before'].replace('_', ' '))} (score {v['score_before']:g}) → "
            f"{html.escape(v['decision_after'].replace('_', ' '))} (score {v['score_after']:g}); reasons that "
            f"changed: {changed}. Face to face {100 * f['before']:.1f}% → {100 * f['after']:.1f}%.</p>"
            f"<ul>{items}</ul>{chart}<p class=\"hint\">{html.escape(cmp['method'])}.</p></section>")


def _pilot_section(v: dict[str, Any]) -> str:
    def rows(items: list[dict[str, Any]]) -> str:
        return "".join(f"<tr><td>{html.escape(i['label'])}</td><td class=\"num\">"
                       f"{'not measured' if i['tickets_per_month'] is None else format(i['tickets_per_month'], 'g')}</td>"
                       f"<td class=\"num\">{100 * i['face_to_face_share']:.1f}%</td>"
                       f"<td>{html.escape(i['reason'])}</td></tr>" for i in items)

    head = "<tr><th>Topic</th><th>Tickets a month</th><th>Face to face</th><th>Why</th></tr>"
    pilot = (f"<h3>Pilot first</h3><table class=\"plain\"><thead>{head}</thead><tbody>{rows(v['pilot'])}</tbody></table>"
             if v["pilot"] else "<h3>Pilot first</h3><p>No pilot: the decision is not to outsource.</p>")
    keep = (f"<h3>Keep in house</h3><table class=\"plain\"><thead>{head}</thead>"
            f"<tbody>{rows(v['keep_in_house'])}</tbody></table>" if v["keep_in_house"] else "")
    exit_plan = v.get("exit_plan") or {}
    heads = exit_plan.get("headcount") or {}
    exit_text = (f"<h3>Exit plan</h3><p>{html.escape(exit_plan.get('note', ''))}"
                 + (" Headcount: " + ", ".join(f"{html.escape(k.replace('_', ' '))} {n}" for k, n in heads.items())
                    + "." if heads else "") + "</p>"
                 if exit_plan else "")
    return f'<section id="pilot"><h2>What to outsource first, and what to keep</h2>{pilot}{keep}{exit_text}</section>'


def _topics_section(s: dict[str, Any], topics: list[dict[str, Any]]) -> str:
    fig = _bars([t["label"] for t in topics], [t["share"] for t in topics], [t["share_ci"] for t in topics],
                "share of tickets, % (bars: 95 % interval)")
    n = s["topics_overview"]["n_topics"]
    return (f'<section id="topics"><h2>What customers contact you about</h2>'
            f"<p>{n} topics; the {len(topics)} largest are shown.</p>"
            + _figure("topic-volume", "Share of tickets per topic, with 95 % intervals.", _svg(fig)) + "</section>")


def _monthly_section(topics: list[dict[str, Any]]) -> str:
    if not topics or not topics[0]["monthly"]:
        return ('<section id="monthly"><h2>Monthly volume of the top topics</h2><p>Not measured: no ticket in '
                "the export has a creation time we could read.</p></section>")
    fig, ax = _subplots((7.5, 3.2))
    markers, dashes = ["o", "s", "^", "D", "v"], ["-", "--", "-.", ":", "-"]
    for i, t in enumerate(topics):
        months = list(t["monthly"])
        ax.plot(range(len(months)), list(t["monthly"].values()), marker=markers[i % 5], linestyle=dashes[i % 5],
                color=PALETTE[i % len(PALETTE)], label=f"{_short(t['label'], 36)} ({t['trend']['direction']})")
    if topics:
        months = list(topics[0]["monthly"])
        step = max(1, len(months) // 12)
        ax.set_xticks(range(0, len(months), step), months[::step], rotation=45, ha="right")
    ax.set_ylabel("tickets")
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ('<section id="monthly"><h2>Monthly volume of the top topics</h2>'
            + _figure("monthly", "Tickets per month for the five largest topics; the legend gives each trend.",
                      _svg(fig)) + "</section>")


def _f2f_section(s: dict[str, Any], topics: list[dict[str, Any]]) -> str:
    f2f = s["face_to_face"]
    overall = f2f["overall"]
    by = f2f.get("by_topic", {})
    shown = [t for t in topics if str(t["id"]) in by]
    fig = _bars([t["label"] for t in shown], [by[str(t["id"])]["share"] for t in shown],
                [by[str(t["id"])]["share_ci"] for t in shown], "needs someone face to face, % (95 % interval)",
                color=PALETTE[5])
    lo, hi = overall["share_ci"]
    return (f'<section id="face-to-face"><h2>Work that needs someone face to face</h2>'
            f"<p><strong>{100 * overall['share']:.1f}%</strong> of tickets (95 % interval {100 * lo:.1f}% to "
            f"{100 * hi:.1f}%), corrected for the classifier's measured error rates; "
            f"{100 * overall['raw_share']:.1f}% were flagged before correction.</p>"
            + _figure("face-to-face", "Face-to-face share per topic (largest topics), with 95 % intervals.",
                      _svg(fig)) + "</section>")


def _mix_section(s: dict[str, Any]) -> str:
    cats = s["categories"]
    labels = list(cats["counts"])
    cat_fig = _bars([c.replace("_", " ") for c in labels], [cats["shares"][c] for c in labels],
                    [cats["share_ci"][c] for c in labels], "share of tickets, % (95 % interval)", color=PALETTE[2])
    total = max(sum(s["channels"].values()), 1)
    channels = list(s["channels"])
    ch_fig = _bars([c.replace("_", " ") for c in channels], [s["channels"][c] / total for c in channels], None,
                   "share of tickets, %", color=PALETTE[3])
    return ('<section id="mix"><h2>Categories and channels</h2>'
            f"<p>{cats['uncertain']:,} tickets were classified with confidence under {cats['min_confidence']:g}"
            " and are counted as uncertain.</p><div class=\"pair\">"
            + _figure("categories", "Category mix with 95 % intervals.", _svg(cat_fig))
            + _figure("channels", "Channel mix.", _svg(ch_fig)) + "</div></section>")


def _curriculum_section(cur: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{html.escape(m['title'])}</td><td class=\"num\">{m['hours']:g}</td>"
        f"<td>{html.escape(', '.join(m['audience']))}</td><td>{html.escape(m['why'])}</td></tr>"
        for i, m in enumerate(cur["modules"], 1))
    return (f'<section id="curriculum"><h2>Training curriculum ({cur["total_hours"]:g} hours)</h2>'
            f"<p>{html.escape(cur['method'])}. The full outline is in curriculum.md.</p>"
            "<table class=\"plain\"><thead><tr><th>#</th><th>Module</th><th>Hours</th><th>For</th><th>Why</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></section>")


def _staffing_section(st: dict[str, Any], costs: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(line['work'])}</td><td>{html.escape(line['channels'])}</td>"
        f"<td>{html.escape(line['model'])}</td><td class=\"num\">{line['tickets_per_month']:g}</td>"
        f"<td class=\"num\">{line['agents_on_duty']}</td><td class=\"num\">{line['headcount']}</td></tr>"
        for line in st["lines"])
    a = st["assumptions"]
    text = (f"<p>Average handle time {a['aht_minutes']:g} min ({html.escape(a['aht_source'])}); service level "
            f"{100 * a['service_level']:g}% answered within {a['answer_seconds']} s; shrinkage {100 * a['shrinkage']:g}%."
            f" Rostered headcount: {', '.join(f'{k.replace(chr(95), chr(32))} {n}' for k, n in (st['totals'] or {}).items())}.</p>")
    cost_html = ""
    if costs.get("training"):
        c = costs["training"]
        cost_html += f"<p>Training: {c['cost']:,.2f} ({html.escape(c['basis'])}).</p>"
    if costs.get("running"):
        r = costs["running"]
        cost_html += (f"<p>Monthly cost in house {r['in_house_monthly']:,.2f} against outsourced "
                      f"{r['outsourced_monthly']:,.2f}; break-even at {r['break_even_contacts_per_month']:,.0f}"
                      f" remote contacts a month ({html.escape(r['basis'])}).</p>")
    if not st["lines"]:
        text = "<p>Not computed: no ticket in the export has a creation time, so there is no monthly volume to staff.</p>"
        return '<section id="staffing"><h2>Staffing and costs</h2>' + text + cost_html + "</section>"
    return ('<section id="staffing"><h2>Staffing and costs</h2>' + text
            + "<table class=\"plain\"><thead><tr><th>Work</th><th>Channels</th><th>Model</th><th>Tickets a month</th>"
            f"<th>Agents on duty</th><th>Headcount</th></tr></thead><tbody>{rows}</tbody></table>"
            + (cost_html or "<p>Costs: pass --price-per-trainee, --agent-hourly-cost and "
                             "--outsource-price-per-contact to compare.</p>") + "</section>")


def _table_section(s: dict[str, Any], topics: list[dict[str, Any]]) -> str:
    by = s["face_to_face"].get("by_topic", {})

    def row(t: dict[str, Any]) -> str:
        examples = "".join(f"<li>{html.escape(e['text'])}</li>" for e in t["examples"])
        main_cat = max(sorted(t["categories"]), key=lambda k: t["categories"][k]) if t["categories"] else ""
        f2f = by.get(str(t["id"]), {}).get("share")
        return (f"<tr><td class=\"num\">{t['id']}</td><td>{html.escape(t['label'])}</td>"
                f"<td class=\"num\">{t['tickets']}</td><td class=\"num\">{100 * t['share']:.1f}%</td>"
                f"<td class=\"num\">{'' if f2f is None else f'{100 * f2f:.1f}%'}</td>"
                f"<td>{html.escape(main_cat.replace('_', ' '))}</td><td>{html.escape(t['trend']['direction'])}</td>"
                f"<td><details><summary>{len(t['examples'])} examples</summary><ul>{examples}</ul></details></td></tr>")

    return ('<section id="all-topics"><h2>All topics</h2>'
            '<label>Search topics and examples: <input id="topics-search" type="search" '
            'placeholder="e.g. router"></label> <span id="topics-count"></span>'
            '<table id="topics-table"><thead><tr><th>ID</th><th>Topic</th><th>Tickets</th><th>Share</th>'
            "<th>Face to face</th><th>Main category</th><th>Trend</th><th>Examples (redacted)</th></tr></thead>"
            f"<tbody>{''.join(row(t) for t in topics)}</tbody></table>"
            "<p class=\"hint\">Click a column heading to sort.</p></section>")


def _data_section(s: dict[str, Any]) -> str:
    rejected = ", ".join(f"{n:,} {r.replace('_', ' ')}" for r, n in s["rejected_by_reason"].items()) or "none"
    return ('<section id="data"><h2>About the data</h2>'
            f"<p>{s['tickets_read']:,} rows read: {s['tickets_analysed']:,} analysed, {s['tickets_rejected']:,} "
            f"rejected ({rejected}; each with its reason in rejects.csv).</p>"
            f"<p>Examples are redacted of e-mail addresses, phone numbers, card numbers, IBANs, ID numbers, "
            f"names after a title and social-media handles."
            f" Nothing was sent anywhere.</p><details><summary>Summary as JSON</summary>"
            f"<pre>{html.escape(json.dumps({k: s[k] for k in ('mapping', 'cleaning')}, indent=1))}</pre>"
            "</details></section>")


_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1a1a1a;
 margin:0;background:#fafafa}
header,main{max-width:1000px;margin:0 auto;padding:0 20px}
header{padding-top:18px}
h1{font-size:1.6em;margin:.3em 0}
h2{font-size:1.25em;border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:1.6em}
.meta,.hint,figcaption{color:#555;font-size:.9em}
section{background:#fff;padding:4px 18px 14px;margin:14px 0;border-radius:6px;box-shadow:0 1px 2px #0002}
#verdict h2{font-size:1.8em;border:0;margin:.4em 0 .1em}
.decision-suitable{border-left:8px solid #009E73}
.decision-partially_suitable{border-left:8px solid #E69F00}
.decision-not_suitable{border-left:8px solid #D55E00}
.meaning{font-size:1.1em}
li.reason.hurts{font-weight:600}
figure.chart{margin:10px 0}
figure.chart svg{max-width:100%;height:auto;display:block}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border-bottom:1px solid #e3e3e3;padding:4px 6px;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
#topics-table th{cursor:pointer;background:#f0f0f0;position:sticky;top:0}
#topics-table th[aria-sort=ascending]::after{content:" \\25B2"}
#topics-table th[aria-sort=descending]::after{content:" \\25BC"}
input[type=search]{font:inherit;padding:3px 6px;width:16em}
pre{white-space:pre-wrap;font-size:.8em}
@media (max-width:800px){.pair{grid-template-columns:1fr}}
@media print{
 body{background:#fff;font-size:11pt}
 section{box-shadow:none;border:0;page-break-inside:avoid;padding:0}
 #verdict{border-left:0}
 input,#topics-count,.hint{display:none}
 details>*{display:block}
 figure.chart{page-break-inside:avoid}
 #all-topics{page-break-before:always}
}
"""

_SCRIPT = """
(function(){
  var table=document.getElementById('topics-table');
  if(!table)return;
  var body=table.tBodies[0], rows=Array.prototype.slice.call(body.rows);
  var search=document.getElementById('topics-search'), count=document.getElementById('topics-count');
  function show(){
    var q=search.value.trim().toLowerCase(), n=0;
    rows.forEach(function(r){var hit=!q||r.textContent.toLowerCase().indexOf(q)>=0;
      r.style.display=hit?'':'none'; if(hit)n++;});
    count.textContent=n+' of '+rows.length+' topics';
  }
  search.addEventListener('input',show); show();
  function key(cell){var t=cell.textContent.replace(/[%,\\s]/g,'');var x=parseFloat(t);
    return (t!==''&&!isNaN(x)&&/^-?[\\d.]+$/.test(t))?x:cell.textContent.toLowerCase();}
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);
        if(typeof x!==typeof y){x=String(x);y=String(y);}
        return (x<y?-1:x>y?1:0)*(asc?1:-1);});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
})();
"""

__all__ = ["render_html", "PALETTE"]
