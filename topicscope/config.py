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
    boilerplate_fit_rows: int = 50_000
    staff_speaker_min_share: float = 0.03
    subject_template_min_share: float = 0.01


@dataclass(frozen=True)
class TopicsConfig:
    """How topics are found and described.

    Attributes
    ----------
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
        neighbour graph; better on curved, uneven clusters) or ``"kmeans"``.
    n_neighbors : int
        Neighbours per ticket in the spectral method's graph.
    diffusion_vectors, diffusion_time : int, float
        The spectral method clusters the top ``diffusion_vectors`` eigenvectors
        of the graph, each scaled by its eigenvalue to the power ``diffusion_time``.
    kmeans_n_init : int
        k-means restarts; the best inertia wins.
    confidence_temperature : float
        Softmax temperature over cosine similarities for topic_confidence.
    lexical_components : int
        LSA dimensions of the lexical view.
    semantic_weight : float
        Weight of the static-embedding view against the lexical one (0..1).
    sentence_weight : float
        Weight of the sentence-embedding view (``--embeddings sentence``).
    framing_min_concentration, framing_max_channel_share, framing_min_lift, framing_min_tickets
        When a word counts as channel framing ("voicemail", "@company") and is
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
    min_topic_share: float = 0.005
    min_topic_tickets: int = 5
    k_floor: int = 3
    k_ceiling: int = 120
    k_min_factor: float = 0.25
    k_max_factor: float = 2.0
    k_grid_points: int = 12
    k_selection_sample: int = 2000
    method: str = "spectral"
    n_neighbors: int = 10
    diffusion_vectors: int = 100
    diffusion_time: float = 10.0
    kmeans_n_init: int = 2
    confidence_temperature: float = 0.05
    lexical_components: int = 200
    semantic_weight: float = 0.85
    sentence_weight: float = 0.85
    framing_min_concentration: float = 0.85
    framing_max_channel_share: float = 0.35
    framing_min_lift: float = 3.0
    framing_min_tickets: int = 10
    center_channels_and_languages: bool = True
    n_terms: int = 10
    label_phrases: int = 3
    label_bigram_boost: float = 1.5
    label_max_df: float = 0.3
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
    """

    min_confidence: float = 0.5
    min_labelled: int = 20
    cv_folds: int = 5


@dataclass(frozen=True)
class Config:
    """All settings. ``Config()`` is the documented default."""

    reading: ReadingConfig = field(default_factory=ReadingConfig)
    cleaning: CleaningConfig = field(default_factory=CleaningConfig)
    topics: TopicsConfig = field(default_factory=TopicsConfig)
    categories: CategoriesConfig = field(default_factory=CategoriesConfig)

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
                if isinstance(default, (int, float)) and not isinstance(value, (int, float)):
                    raise UsageError(f"config: {name}.{key} must be a number, got {value!r}")
            config = replace(config, **{name: replace(current, **values)})
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
