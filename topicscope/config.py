"""Every threshold and weight topicscope uses, in one place, with its default.

A user overrides any of them with a TOML file (``--config FILE``) whose
tables mirror the dataclasses below, for example::

    [cleaning]
    boilerplate_min_share = 0.05

Unknown keys are an error, so a typo never silently keeps a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import UsageError


@dataclass(frozen=True)
class ReadingConfig:
    """How exports are read.

    Attributes
    ----------
    chunk_rows : int
        Rows per streamed chunk. Memory grows with it; throughput barely does
        past about 20,000.
    sniff_bytes : int
        Bytes read from the start of the (decompressed) file to detect the
        format, encoding and CSV delimiter.
    """

    chunk_rows: int = 50_000
    sniff_bytes: int = 256 * 1024


@dataclass(frozen=True)
class CleaningConfig:
    """How ticket text is cleaned.

    Attributes
    ----------
    boilerplate_min_share : float
        A body line that recurs, verbatim up to case and spacing, in at
        least this share of tickets is treated as an auto-reply or legal footer
        and dropped.
    boilerplate_min_tickets : int
        ...and in at least this many tickets, so small exports keep their text.
    boilerplate_min_chars : int
        Shorter lines are never treated as boilerplate (they are greetings or
        real short sentences, and cheap to keep).
    boilerplate_min_beside_share : float
        ...and only when at least this share of the tickets holding it also hold
        a line of their own (one at least ``boilerplate_min_chars`` long that does
        not recur so): a footer comes with a message, while a frequent one-line
        request is the message.
    boilerplate_fit_rows : int
        Tickets from the start of the export used to learn the boilerplate.
    staff_speaker_min_share : float
        A chat speaker in at least this share of transcripts is staff or a bot.
    subject_template_min_share : float
        Subjects opening with the same two words ("Chat with ...", "Voicemail
        from ...") in at least this share of tickets, with a short tail that is
        different almost every time, are a tool's template and stay out of the text.
    """

    boilerplate_min_share: float = 0.02
    boilerplate_min_tickets: int = 10
    boilerplate_min_chars: int = 20
    boilerplate_min_beside_share: float = 0.5
    boilerplate_fit_rows: int = 50_000
    staff_speaker_min_share: float = 0.03
    subject_template_min_share: float = 0.01


@dataclass(frozen=True)
class TopicsConfig:
    """How topics are found and described.

    Attributes
    ----------
    fit_sample : int
        Exports with more analysed tickets than this fit their topics (and the
        text representation) on a seeded random sample of this many; every
        other ticket is assigned its nearest topic. Keeps the quadratic kNN
        graph bounded: cost per ticket stays flat from 10,000 to 1,000,000.
    batch_rows : int
        Tickets represented, assigned and classified at a time (bounds memory).
    n_jobs : int
        Processes that assign and classify the batches beyond the fitting sample
        (0: one per core; 1: this process only).
    background_min_tickets : int
        When topicscope runs its own worker processes (``n_jobs`` not 1 on a machine
        with more than one core, and no Dask executor), a fitting sample of at least this
        many tickets is classified (categories, face-to-face, personal data) in a worker
        process while its topics are fitted. An export larger than ``fit_sample`` goes
        further, where the models are known before reading (no labels to train on, not a
        folder of parts): once more than ``fit_sample`` tickets (and at least this many)
        are read, worker processes at the lowest CPU priority work out every ticket's
        language, personal data, categories and face-to-face need while the export is
        still being read and its topics fitted, so the reading and the fit lose no time to
        them. Fewer tickets are classified without workers: starting one and loading the
        models there (2-3 s) would take longer than the work.
    random_state : int
        Seed of the fitting sample.
    min_tickets : int
        Fewer analysed tickets than this cannot be clustered (exit code 3).
    min_topic_share, min_topic_tickets : float, int
        A topic smaller than both is merged into its nearest neighbour.
    k_floor, k_ceiling : int
        Bounds on the automatic number of topics.
    k_min_factor, k_max_factor : float
        The automatic search spans sqrt(n) * k_min_factor .. sqrt(n) * k_max_factor topics.
    k_grid_points : int
        Candidates tried in that span (geometric grid).
    k_selection_sample : int
        Tickets sampled to score each candidate.
    method : str
        ``"spectral"`` (k-means on the spectral embedding of a k-nearest-
        neighbour graph; better on curved, uneven clusters), ``"kmeans"``, or
        ``"umap"`` (k-means on a UMAP layout; needs umap-learn, in the semantic extra).
    sentence_method : str
        The method with ``--embeddings sentence``: ``"umap"`` by default, which
        scored 84.2 NMI against 82.8 for ``"spectral"`` with the same sentence view (IDF
        pooling, weight 0.95) on BANKING77 train subsets.
    umap_components, umap_neighbors : int
        Dimensions of the UMAP layout and neighbours per ticket in its graph.
    umap_kmeans_n_init : int
        k-means restarts on the UMAP layout (the best inertia wins). Five dimensions make a
        restart cheap; on BANKING77 train subsets 20 scored 0.1 NMI above one at weights 0.85
        and 1.0 (``python benchmarks/tune_semantic.py``), and about 0.3 over five UMAP seeds in
        the session that chose it. On the UMAP route it replaces ``kmeans_n_init``.
    n_neighbors : int
        Neighbours per ticket in the spectral method's graph.
    diffusion_vectors, diffusion_time : int, float
        The spectral method clusters the top ``diffusion_vectors`` eigenvectors
        of the graph, each scaled by its eigenvalue to the power ``diffusion_time``.
    kmeans_n_init, kmeans_restart_topics : int
        k-means restarts (the best inertia wins): ``kmeans_n_init``, raised to
        ``ceil(kmeans_restart_topics / k)`` for few topics, where one unlucky seed
        costs a whole topic and a restart costs little. With many topics one run
        scored as well as two on BANKING77 train subsets, at half the k-means time
        (``python benchmarks/tune_default.py``).
    confidence_temperature : float
        Softmax temperature over cosine similarities for topic_confidence.
    lexical_components : int
        LSA dimensions of the lexical view.
    lsa_iterations : int
        Power iterations of the LSA's randomized SVD. Two take a sixth less CPU for the whole
        topic step and scored 0.3 NMI below five on BANKING77 train subsets
        (``python benchmarks/tune_default.py``), but on the scale generator's 1,000,000-ticket
        export they moved the automatic k of the 20,000-ticket fitting sample from 60 to 55
        (NMI on that sample 97.0 -> 96.1, on all tickets 91.5), so five stay the default.
    semantic_weight : float
        Weight of the static-embedding view against the lexical one (0..1).
    sentence_weight : float
        Weight of the sentence-embedding view (``--embeddings sentence``) against the lexical
        one. 0.95: with IDF pooling, 0.9 / 0.95 / 1.0 scored NMI 83.2 / 83.5 / 83.8 on five
        BANKING77 train subsets and two seeds (``python benchmarks/tune_semantic.py --only topics
        --subsets 5 --seeds 0,1``), and 76.8 / 75.4 / 75.2 on the bundled sample (14 topics, two
        seeds): between the two, keeping a little of the lexical view for product names and codes
        a general sentence model does not know.
    sentence_pooling : str
        How MiniLM's token vectors become a ticket's vector with ``--embeddings sentence``:
        ``"idf"`` (a mean weighted by each word piece's inverse document frequency in the
        fitted tickets, so the words that tell tickets apart count more) or ``"mean"`` (the
        model's own pooling). On BANKING77 train subsets IDF pooling scored about 1 NMI above
        the mean: 84.2 against 82.9 on three subsets, 83.5 against 82.4 on five with two seeds.
        On the bundled sample (14 topics) it gained nothing: 75.4 against 76.7 over two seeds
        at these settings, within the sample's seed-to-seed spread of about 1.5.
    framing_min_concentration, framing_max_channel_share, framing_min_lift, framing_min_tickets
        When a word counts as channel framing ("voicemail", "twitter mention") and is
        left out of topics: see ``topicscope.representation.FramingFilter``.
    center_channels_and_languages : bool
        Move each channel's and language's mean vector onto the overall mean,
        so tickets group by what they are about rather than how or in which
        language they were written.
    n_terms : int
        Top terms listed per topic.
    label_phrases : int
        Key phrases joined into a topic's label (at most).
    label_bigram_boost : float
        Two-word phrases are preferred over single words scoring up to this factor higher.
    label_max_df : float
        Terms in more than this share of all tickets never label a topic.
    label_min_coverage : float
        A key phrase labels a topic only when at least this share of the
        topic's tickets use it (a phrase three tickets share does not name
        a topic of sixty).
    label_min_cohesion : float
        A two-word phrase counts as a phrase only when it makes up at least
        this share of the uses of its rarer word ("wifi password" does,
        "hold yesterday" from "on hold yesterday" does not).
    n_examples : int
        Representative tickets per topic (redacted).
    example_chars : int
        Examples are clipped to this many characters.
    trend_min_relative_slope : float
        A monthly trend is rising/falling only when its slope is at least this share of the mean month...
    trend_max_p_value : float
        ...and significant at this level.
    """

    min_tickets: int = 30
    fit_sample: int = 20000
    batch_rows: int = 5000
    n_jobs: int = 0
    background_min_tickets: int = 5000
    random_state: int = 0
    min_topic_share: float = 0.005
    min_topic_tickets: int = 5
    k_floor: int = 3
    k_ceiling: int = 120
    k_min_factor: float = 0.25
    k_max_factor: float = 2.0
    k_grid_points: int = 12
    k_selection_sample: int = 2000
    method: str = "spectral"
    sentence_method: str = "umap"
    umap_components: int = 5
    umap_neighbors: int = 15
    umap_kmeans_n_init: int = 20
    n_neighbors: int = 10
    diffusion_vectors: int = 80
    diffusion_time: float = 10.0
    kmeans_n_init: int = 1
    kmeans_restart_topics: int = 40
    confidence_temperature: float = 0.05
    lexical_components: int = 200
    lsa_iterations: int = 5
    semantic_weight: float = 0.85
    sentence_weight: float = 0.95
    sentence_pooling: str = "idf"
    framing_min_concentration: float = 0.85
    framing_max_channel_share: float = 0.35
    framing_min_lift: float = 3.0
    framing_min_tickets: int = 10
    center_channels_and_languages: bool = True
    n_terms: int = 10
    label_phrases: int = 3
    label_bigram_boost: float = 1.5
    label_max_df: float = 0.3
    label_min_coverage: float = 0.06
    label_min_cohesion: float = 0.2
    n_examples: int = 5
    example_chars: int = 280
    trend_min_relative_slope: float = 0.02
    trend_max_p_value: float = 0.05


@dataclass(frozen=True)
class CategoriesConfig:
    """How tickets are put into categories.

    Attributes
    ----------
    min_confidence : float
        Tickets whose calibrated probability for their category is below this
        are counted as uncertain in the summary.
    min_labelled : int
        With ``--label-col`` on a partly labelled export, fewer labelled
        tickets than this is too few to train on (exit code 2).
    cv_folds : int
        Folds of the cross-validation reported for a trained classifier.
    sentence_weight : float
        Weight of the MiniLM sentence-embedding features in a classifier trained with
        ``--embeddings sentence`` (the semantic extra); chosen on a BANKING77 train holdout.
    """

    min_confidence: float = 0.5
    min_labelled: int = 20
    cv_folds: int = 5
    sentence_weight: float = 3.0


@dataclass(frozen=True)
class VerdictConfig:
    """Thresholds and weights of the call-center suitability verdict.

    The face-to-face share decides the ceiling: under ``f2f_no_block`` it
    does not block; from there to ``f2f_not_suitable`` the decision is at best
    ``partially_suitable`` (even occasional face-to-face need means a call
    center alone will not do); at or above ``f2f_not_suitable`` it is
    ``not_suitable``. The other factors lower a score that starts at 100, each
    by its weight when its measured value is past its threshold; the score
    then decides within the ceiling: ``suitable`` needs ``suitable_min_score``,
    ``partially_suitable`` needs ``partial_min_score``.

    Attributes
    ----------
    f2f_no_block, f2f_not_suitable : float
        Face-to-face share thresholds (adjusted share, 0..1).
    pii_share, pii_weight : float
        Tickets with personal data: share past which the score drops by the weight.
    payment_share, payment_weight : float
        Tickets with card numbers or IBANs.
    other_language_share, language_weight : float
        Tickets not in the main language (language coaching needed).
    technical_share, technical_weight : float
        Technical issues, the complex part of support.
    resolution_p90_hours, resolution_weight : float
        Slow tickets: 90th percentile of resolution time.
    min_monthly_volume, volume_weight : float
        Too little work per month for a contractor to staff it well.
    max_monthly_cv, stability_weight : float
        Monthly volume too unstable (coefficient of variation).
    in_person_channel_share, channel_weight : float
        Tickets that arrive in person (walk-in, on-site channels).
    suitable_min_score, partial_min_score : float
        Score needed for each decision.
    pilot_topics : int
        Topics proposed for the pilot.
    pilot_max_f2f, keep_min_f2f : float
        A topic may go to the pilot under this face-to-face share; it stays
        in house at or above ``keep_min_f2f``.
    """

    f2f_no_block: float = 0.05
    f2f_not_suitable: float = 0.30
    pii_share: float = 0.25
    pii_weight: float = 10
    payment_share: float = 0.05
    payment_weight: float = 10
    other_language_share: float = 0.05
    language_weight: float = 10
    technical_share: float = 0.40
    technical_weight: float = 10
    resolution_p90_hours: float = 72
    resolution_weight: float = 5
    min_monthly_volume: float = 300
    volume_weight: float = 10
    max_monthly_cv: float = 0.35
    stability_weight: float = 10
    in_person_channel_share: float = 0.10
    channel_weight: float = 10
    suitable_min_score: float = 60
    partial_min_score: float = 35
    pilot_topics: int = 3
    pilot_max_f2f: float = 0.05
    keep_min_f2f: float = 0.30


def _difficulty() -> dict[str, float]:
    return {"technical_issue": 1.0, "complaint_feedback": 0.8, "billing_payment": 0.7, "account_access": 0.6,
            "returns_cancellation": 0.6, "order_delivery": 0.5, "product_question": 0.4, "other": 0.4}


@dataclass(frozen=True)
class CurriculumConfig:
    """How the training curriculum is built.

    Attributes
    ----------
    total_hours : float
        Training budget split over the modules (``--hours``).
    min_module_hours : float
        Every module gets at least this.
    min_module_share : float
        Topics under this share of tickets go into the "other requests" module.
    category_difficulty : dict of str to float
        Difficulty of each category (technical issues hardest).
    max_resolution_factor : float
        Resolution time against the median changes difficulty by at most this factor either way.
    face_to_face_weight : float
        Difficulty grows by this much per unit of face-to-face share.
    in_person_only_share : float
        Topics with at least this face-to-face share are for in-person staff only.
    scenarios : int
        Practice scenarios per module.
    cross_cutting_priority : float
        Priority of cross-cutting modules (language, data protection, on-site conduct, de-escalation).
    language_module_share, data_protection_share, payment_data_share, complaint_topic_share : float
        When a cross-cutting module is added.
    """

    total_hours: float = 40
    min_module_hours: float = 1
    min_module_share: float = 0.02
    category_difficulty: dict[str, float] = field(default_factory=_difficulty)
    max_resolution_factor: float = 2.0
    face_to_face_weight: float = 1.0
    in_person_only_share: float = 0.5
    scenarios: int = 3
    cross_cutting_priority: float = 0.02
    language_module_share: float = 0.05
    data_protection_share: float = 0.25
    payment_data_share: float = 0.05
    complaint_topic_share: float = 0.3


@dataclass(frozen=True)
class CompareConfig:
    """How two periods are compared (``topicscope compare``).

    Attributes
    ----------
    alpha : float
        Family-wise significance level; per-topic tests are Holm-corrected for the number of topics.
    emerging_similarity_quantile : float
        New tickets less similar to their nearest baseline topic than this quantile of the
        baseline's own tickets fit no baseline topic well.
    emerging_min_tickets, emerging_min_share : int, float
        An emerging topic needs at least this many of those tickets, and this share of the new period.
    emerging_min_cohesion_ratio : float
        ...and its tickets must sit together: their mean similarity to their own centroid at least
        this fraction of the baseline topics' mean. And they must be more than an unchanged
        period's stragglers explain: per baseline topic, beyond the quantile's expected count
        plus 3 standard deviations.
    vanished_max_ratio : float
        A baseline topic has shrunk away when its new share is under this fraction of its old
        share (and the drop is significant).
    """

    alpha: float = 0.05
    emerging_similarity_quantile: float = 0.05
    emerging_min_tickets: int = 15
    emerging_min_share: float = 0.005
    emerging_min_cohesion_ratio: float = 0.8
    vanished_max_ratio: float = 0.1


@dataclass(frozen=True)
class StaffingConfig:
    """Staffing assumptions (each also a flag of ``analyze``).

    Attributes
    ----------
    aht_minutes : float
        Average handle time when the export cannot tell it.
    aht_from_data : bool
        Use the export's handle-time column ("Handle time", "Time spent", "AHT", ...)
        when it has one; ``--aht-minutes`` turns this off.
    service_level, answer_seconds : float
        Share of live contacts answered within this many seconds.
    shrinkage : float
        Share of paid time agents are not available (leave, training, breaks).
    productive_hours : float
        Hours a day an agent works tickets, for the workload model.
    working_days : float
        Working days a month.
    """

    aht_minutes: float = 6.0
    aht_from_data: bool = True
    service_level: float = 0.8
    answer_seconds: float = 20
    shrinkage: float = 0.3
    productive_hours: float = 6.5
    working_days: float = 21.0


# What each setting may be, inclusive, None for no bound: a value outside is a usage error, not a
# hang or a division by zero deep in a run. Where a CLI flag sets the same value, the bounds are
# the flag's.
_UNIT = (0.0, 1.0)
_LIMITS: dict[str, tuple[float | None, float | None]] = {
    "reading.chunk_rows": (1, None), "reading.sniff_bytes": (1024, None),
    "cleaning.boilerplate_min_share": _UNIT, "cleaning.boilerplate_min_tickets": (1, None),
    "cleaning.boilerplate_min_chars": (0, None),
    "cleaning.boilerplate_min_beside_share": _UNIT, "cleaning.boilerplate_fit_rows": (1, None),
    "cleaning.staff_speaker_min_share": _UNIT, "cleaning.subject_template_min_share": _UNIT,
    "topics.min_tickets": (10, None), "topics.fit_sample": (100, None), "topics.batch_rows": (1, None),
    "topics.n_jobs": (0, None), "topics.background_min_tickets": (1, None), "topics.random_state": (0, None), "topics.min_topic_share": (0.0, 0.5),
    "topics.min_topic_tickets": (1, None), "topics.k_floor": (2, None), "topics.k_ceiling": (2, None),
    "topics.k_min_factor": (0.01, None), "topics.k_max_factor": (0.01, None), "topics.k_grid_points": (1, 100),
    "topics.k_selection_sample": (100, None), "topics.umap_components": (2, 100), "topics.umap_neighbors": (2, 200),
    "topics.umap_kmeans_n_init": (1, 1000),
    "topics.n_neighbors": (2, 200), "topics.diffusion_vectors": (2, 1000), "topics.diffusion_time": (0.0, None),
    "topics.kmeans_n_init": (1, 100), "topics.kmeans_restart_topics": (0, None),
    "topics.confidence_temperature": (1e-4, None), "topics.lexical_components": (2, 5000),
    "topics.lsa_iterations": (0, 100), "topics.semantic_weight": _UNIT, "topics.sentence_weight": _UNIT,
    "topics.framing_min_concentration": _UNIT, "topics.framing_max_channel_share": _UNIT,
    "topics.framing_min_lift": (0.0, None), "topics.framing_min_tickets": (1, None), "topics.n_terms": (1, 100),
    "topics.label_phrases": (1, 10), "topics.label_bigram_boost": (0.0, None), "topics.label_max_df": _UNIT,
    "topics.label_min_coverage": _UNIT, "topics.label_min_cohesion": _UNIT, "topics.n_examples": (0, 100),
    "topics.example_chars": (20, None), "topics.trend_min_relative_slope": (0.0, None),
    "topics.trend_max_p_value": _UNIT,
    "categories.min_confidence": _UNIT, "categories.min_labelled": (2, None), "categories.cv_folds": (2, 50),
    "categories.sentence_weight": (0.0, None),
    "verdict.f2f_no_block": _UNIT, "verdict.f2f_not_suitable": _UNIT, "verdict.pii_share": _UNIT,
    "verdict.payment_share": _UNIT, "verdict.other_language_share": _UNIT, "verdict.technical_share": _UNIT,
    "verdict.in_person_channel_share": _UNIT, "verdict.resolution_p90_hours": (0.0, None),
    "verdict.min_monthly_volume": (0.0, None), "verdict.max_monthly_cv": (0.0, None),
    **{f"verdict.{w}_weight": (0.0, 100.0) for w in ("pii", "payment", "language", "technical", "resolution",
                                                     "volume", "stability", "channel")},
    "verdict.suitable_min_score": (0.0, 100.0), "verdict.partial_min_score": (0.0, 100.0),
    "verdict.pilot_topics": (0, 100), "verdict.pilot_max_f2f": _UNIT, "verdict.keep_min_f2f": _UNIT,
    "curriculum.total_hours": (1.0, 10000.0), "curriculum.min_module_hours": (0.1, None),
    "curriculum.min_module_share": _UNIT, "curriculum.max_resolution_factor": (0.0, None),
    "curriculum.face_to_face_weight": (0.0, None), "curriculum.in_person_only_share": _UNIT,
    "curriculum.scenarios": (0, 20), "curriculum.cross_cutting_priority": _UNIT,
    "curriculum.language_module_share": _UNIT, "curriculum.data_protection_share": _UNIT,
    "curriculum.payment_data_share": _UNIT, "curriculum.complaint_topic_share": _UNIT,
    "compare.alpha": (0.0001, 0.5), "compare.emerging_similarity_quantile": _UNIT,
    "compare.emerging_min_tickets": (1, None), "compare.emerging_min_share": _UNIT,
    "compare.emerging_min_cohesion_ratio": (0.0, None), "compare.vanished_max_ratio": _UNIT,
    "staffing.aht_minutes": (0.1, None), "staffing.service_level": (0.01, 0.999),
    "staffing.answer_seconds": (1.0, None), "staffing.shrinkage": (0.0, 0.9),
    "staffing.productive_hours": (0.5, 24.0), "staffing.working_days": (1.0, 31.0),
}
_METHODS = ("spectral", "kmeans", "umap")
_POOLINGS = ("mean", "idf")
# Pairs that must be in order: (smaller, larger).
_ORDERED = (("topics.k_floor", "topics.k_ceiling"), ("topics.k_min_factor", "topics.k_max_factor"),
            ("verdict.f2f_no_block", "verdict.f2f_not_suitable"),
            ("verdict.partial_min_score", "verdict.suitable_min_score"),
            ("curriculum.min_module_hours", "curriculum.total_hours"),
            ("topics.min_tickets", "topics.fit_sample"))


def _check(config: "Config") -> None:
    """Raise UsageError for the first setting outside what it may be (see ``_LIMITS``)."""
    def value(name: str) -> Any:
        section, key = name.split(".")
        return getattr(getattr(config, section), key)

    for name, (lo, hi) in _LIMITS.items():
        v = value(name)
        if (lo is not None and v < lo) or (hi is not None and v > hi):
            span = f"between {lo:g} and {hi:g}" if hi is not None else f"at least {lo:g}"
            raise UsageError(f"config: {name} must be {span}, got {v!r}")
    for name in ("topics.method", "topics.sentence_method"):
        if value(name) not in _METHODS:
            raise UsageError(f"config: {name} must be one of {', '.join(_METHODS)}, got {value(name)!r}")
    if value("topics.sentence_pooling") not in _POOLINGS:
        raise UsageError(f"config: topics.sentence_pooling must be one of {', '.join(_POOLINGS)}, "
                         f"got {value('topics.sentence_pooling')!r}")
    for small, large in _ORDERED:
        if value(small) > value(large):
            raise UsageError(f"config: {small} ({value(small)!r}) must not be above {large} ({value(large)!r})")
    for category, weight in config.curriculum.category_difficulty.items():
        if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight < 0:
            raise UsageError(f"config: curriculum.category_difficulty.{category} must be a number, at least 0")


@dataclass(frozen=True)
class Config:
    """All settings. ``Config()`` is the documented default."""

    reading: ReadingConfig = field(default_factory=ReadingConfig)
    cleaning: CleaningConfig = field(default_factory=CleaningConfig)
    topics: TopicsConfig = field(default_factory=TopicsConfig)
    categories: CategoriesConfig = field(default_factory=CategoriesConfig)
    verdict: VerdictConfig = field(default_factory=VerdictConfig)
    curriculum: CurriculumConfig = field(default_factory=CurriculumConfig)
    staffing: StaffingConfig = field(default_factory=StaffingConfig)
    compare: CompareConfig = field(default_factory=CompareConfig)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Config":
        config = cls()
        sections = {f.name: f for f in fields(cls)}
        for name, values in data.items():
            if name not in sections:
                raise UsageError(f"config: unknown section [{name}]; known: {', '.join(sections)}")
            if not isinstance(values, dict):
                raise UsageError(f"config: [{name}] must be a table of settings")
            current = getattr(config, name)
            known = {f.name: f for f in fields(current)}
            for key, value in values.items():
                if key not in known:
                    raise UsageError(
                        f"config: unknown setting {name}.{key}; known: {', '.join(known)}"
                    )
                default = getattr(current, key)
                if isinstance(default, bool) and not isinstance(value, bool) or (
                        isinstance(default, (int, float)) and not isinstance(value, (int, float))) or (
                        isinstance(default, dict) and not isinstance(value, dict)):
                    raise UsageError(f"config: {name}.{key} must be a number, got {value!r}")
                if isinstance(default, int) and not isinstance(default, bool) and isinstance(value, float):
                    if not value.is_integer():
                        raise UsageError(f"config: {name}.{key} must be a whole number, got {value!r}")
                    values = {**values, key: int(value)}
                if isinstance(default, str) and not isinstance(value, str):
                    raise UsageError(f"config: {name}.{key} must be text, got {value!r}")
            config = replace(config, **{name: replace(current, **values)})
        _check(config)
        return config

    @classmethod
    def from_file(cls, path: str | Path) -> "Config":
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UsageError(f"config file not found: {path}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"config file {path} is not valid TOML: {exc}") from None
        return cls.from_dict(data)
