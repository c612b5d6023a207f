"""Split one raw page into ticker, header fields and body (SMART News Agency layout).

``parse_page(text)`` is pure and total: it returns a :class:`Page`, or a
:class:`Rejection` with a reason a user understands; it never raises on a ``str``.

The SMART layout, top to bottom (every part may be missing; see CONTRACT "Input")::

    الأخبار العاجلة                          ticker header
    ITEM (ATTRIBUTION) - HH:MM ITEM ...      the ticker, one line
    TITLE [(فيديو)]
    pictogram-avatar
    Editing: NAME [| NAME] |
    access_time
    تاريخ النشر: YYYY/MM/DD HH:MM
    تحديث بتاريخ YYYY/MM/DD HH:MM:SS بتوقيت دمشق ...   zero or more update stamps
    سمارت-درعا                               the dateline
    paragraphs separated by blank lines

The title is the last text line before the first header anchor (avatar, editors,
access_time, dates, update stamp, dateline); the header is the run of anchor lines
from there (blank lines between them allowed), and the body is what follows it.

SMART's structure, which a page must show to be read as a SMART article (else it is
rejected as ``unknown layout``, saying what was missing): its header holds

* one of SMART's own markers: ``pictogram-avatar`` or ``access_time`` (the site
  theme's icon names), an ``Editing:`` byline (its English label), or a ``سمارت``
  dateline (the agency's name); or
* when the page opens with the ticker header ``الأخبار العاجلة``, a publication-date
  line or an update stamp in SMART's exact form, as a line of its own:
  ``تاريخ النشر: YYYY/MM/DD HH:MM`` or ``تحديث بتاريخ YYYY/MM/DD HH:MM:SS بتوقيت دمشق ...``
  (digits Western or Arabic-Indic).

``تاريخ النشر``, ``تحديث بتاريخ`` and ``الأخبار العاجلة`` are common Arabic words that
any outlet prints ("• أورينت نت • تاريخ النشر: 2021-03-04"), so none of them alone makes
a page SMART; nor does a marker outside the header, as SMART never prints one there.
A page with no header at all (a ticker, then text) is not an article either.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from syria_news.text import AD_MARKER, clean_line, clean_lines, fold, fold_word

OUTLET_SMART = "smart"


def _load_damascus() -> ZoneInfo:
    # Read the zone from the pinned `tzdata` package rather than the system database,
    # so that the same raw page gives the same UTC time on every machine.
    zone_file = resources.files("tzdata").joinpath("zoneinfo", "Asia", "Damascus")
    with zone_file.open("rb") as handle:
        return ZoneInfo.from_file(handle, key="Asia/Damascus")


DAMASCUS = _load_damascus()


# --- records ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TickerItem:
    """One breaking-news item: ``TEXT (ATTRIBUTION) - HH:MM``."""

    text: str
    attribution: str | None
    source_kind: str | None
    time_local: str | None  # "HH:MM"; None when the item was cut off

    @property
    def ticker_id(self) -> str:
        """Stable id of the normalized text and time (CONTRACT: one row per distinct item)."""
        return _ticker_id(self.text, self.time_local)


@dataclass(frozen=True)
class Page:
    """A parsed page. ``body`` and ``article_id`` are derived, never stored twice."""

    title: str
    paragraphs: tuple[str, ...]
    ticker: tuple[TickerItem, ...] = ()
    media: str | None = None
    editors: str | None = None
    published_at: datetime | None = None  # UTC
    updated_at: datetime | None = None  # UTC, the newest update stamp
    dateline: str | None = None
    outlet: str = OUTLET_SMART

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def n_paragraphs(self) -> int:
        return len(self.paragraphs)

    @cached_property
    def article_id(self) -> str:
        """Stable hash of the article's own content: title, publication time, body.

        Folded and space-normalized, so that the same article scraped twice (other
        ticker, other file name, other debris) is one row.
        """
        published = self.published_at.isoformat() if self.published_at else ""
        return stable_id(fold(self.title).text, published, fold(self.body).text)


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a page could not be parsed, in words a user understands."""

    reason: str


ParseResult = Page | Rejection


@lru_cache(maxsize=1 << 14)
def _ticker_id(text: str, time_local: str | None) -> str:
    return stable_id(fold(text).text, time_local or "")


def stable_id(*parts: str) -> str:
    """A 16-hex-digit id from text parts (SHA-256, unit-separator joined).

    >>> stable_id("a", "b") == stable_id("a", "b") != stable_id("ab", "")
    True
    """
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# --- patterns ---------------------------------------------------------------------

TICKER_HEADER = "الأخبار العاجلة"
AVATAR = "pictogram-avatar"
ACCESS_TIME = "access_time"
_DIGIT = "[0-9\u0660-\u0669]"

# Header fields are searched, not anchored: scrapers sometimes join two on one line
# ("access_time تاريخ النشر: ...", "pictogram-avatar Editing: ...").
_EDITORS = re.compile(r"(?:^|\s)Editing\s*:\s*(?P<names>.*)$", re.IGNORECASE)
_PUBLISHED = re.compile(
    rf"""تاريخ\s*النشر\s*:?\s*
    (?P<date>{_DIGIT}{{4}}[/-]{_DIGIT}{{1,2}}[/-]{_DIGIT}{{1,2}})\s*
    (?P<time>{_DIGIT}{{1,2}}:{_DIGIT}{{2}}(?::{_DIGIT}{{2}})?)?""",
    re.VERBOSE,
)
_UPDATED = re.compile(
    rf"""تحديث\s*بتاريخ\s*
    (?P<date>{_DIGIT}{{4}}[/-]{_DIGIT}{{1,2}}[/-]{_DIGIT}{{1,2}})\s*
    (?P<time>{_DIGIT}{{1,2}}:{_DIGIT}{{2}}(?::{_DIGIT}{{2}})?)?
    [^\n]*                       # "بتوقيت دمشق (+٢ توقيت غرينتش)": the site's fixed label""",
    re.VERBOSE,
)
# Dashes a scraper leaves between "سمارت" and the place: hyphen, en/em dash, minus, tatweel.
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u0640]"
_DATELINE = re.compile(
    rf"""^(?:
        سمارت\s*{_DASH}+\s*(?P<place>[^\n]{{1,40}}?)   # سمارت-درعا, سمارت ــ ريف دمشق
      | (?P<place_rev>[^\n]{{1,40}}?)\s*{_DASH}+\s*سمارت  # سوريا - سمارت
    )\s*[:.]?$""",
    re.VERBOSE,
)
# SMART's publication-date line and update stamp exactly as the site prints them, each on
# a line of its own. Under the ticker header they show SMART's structure; the looser
# _PUBLISHED and _UPDATED also read dates that other outlets print the same words for.
_SMART_DATE_LINE = re.compile(
    rf"تاريخ النشر: {_DIGIT}{{4}}/{_DIGIT}{{2}}/{_DIGIT}{{2}} {_DIGIT}{{2}}:{_DIGIT}{{2}}"
    rf"|تحديث بتاريخ {_DIGIT}{{4}}/{_DIGIT}{{2}}/{_DIGIT}{{2}} {_DIGIT}{{2}}:{_DIGIT}{{2}}:{_DIGIT}{{2}} ?بتوقيت دمشق(?: \([^()]*\))?"
)
# label as written -> `media` value (lexicon/media.toml)
_MEDIA_MARKERS = {
    label: media
    for media, labels in tomllib.loads(resources.files("syria_news.lexicon").joinpath("media.toml").read_text("utf-8")).items()
    for label in labels
}
_MEDIA = re.compile(r"\s*[(\[]\s*(?P<marker>" + "|".join(map(re.escape, _MEDIA_MARKERS)) + r")\s*[)\]]\s*$")

# One ticker item ends with " - HH:MM"; the delimiter must be followed by a space or the
# end so that "12:30" inside a text is not cut.
_TICKER_TIME = re.compile(rf"\s*{_DASH}\s*(?P<h>{_DIGIT}{{1,2}}):(?P<m>{_DIGIT}{{2}})(?=\s|$)")
# A trailing "(...)" holds the attribution; a trailing unclosed "(..." is one cut off.
_ATTRIBUTION = re.compile(r"\(\s*(?P<attr>[^()]*?)\s*\)\s*$")
_CUT_ATTRIBUTION = re.compile(r"\(\s*(?P<attr>[^()]*?)\s*$")
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _load_source_kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = tomllib.loads(resources.files("syria_news.lexicon").joinpath("source_kinds.toml").read_text("utf-8"))
    kinds = []
    for kind in table["kind"]:
        words = sorted({fold_word(w) for w in kind["words"]}, key=len, reverse=True)
        # Whole words, allowing the clitics و ب ل ف ال before them.
        pattern = r"(?<!\w)(?:[وفبل]?(?:ال)?)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)"
        kinds.append((kind["name"], re.compile(pattern)))
    return tuple(kinds)


SOURCE_KINDS = _load_source_kinds()


def source_kind(attribution: str | None) -> str | None:
    """Classify a ticker attribution into the CONTRACT's `source_kind` vocabulary.

    >>> source_kind("مصدر عسكري من \\"قسد\\""), source_kind("وسائل إعلام النظام"), source_kind("مصدر طبي ")
    ('military', 'regime_media', 'medical')
    >>> source_kind(None) is None, source_kind("أبو محمد")
    (True, 'other')
    """
    if not attribution:
        return None
    folded = fold(attribution).text
    for name, pattern in SOURCE_KINDS:
        if pattern.search(folded):
            return name
    return "other"


# --- pieces -----------------------------------------------------------------------


# Memoized: a scrape repeats a few hundred ticker snapshots across all its pages, and the
# items are immutable, so a repeated line costs one dictionary lookup.
@lru_cache(maxsize=4096)
def parse_ticker(line: str) -> tuple[TickerItem, ...]:
    """Split the one-line ticker into items.

    >>> items = parse_ticker('مقتل طفل (مصادر محلية) - 11:22 قصف على ديرالزور(مصدر عسكري) - 9:05 نزوح عشرات (مصا')
    >>> [(i.text, i.attribution, i.time_local) for i in items]
    [('مقتل طفل', 'مصادر محلية', '11:22'), ('قصف على ديرالزور', 'مصدر عسكري', '09:05'), ('نزوح عشرات', 'مصا', None)]
    """
    items: list[TickerItem] = []
    start = 0
    for match in _TICKER_TIME.finditer(line):
        hour, minute = int(match["h"].translate(_WESTERN)), int(match["m"].translate(_WESTERN))
        time_local = f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None
        item = _ticker_item(line[start : match.start()], time_local, cut_off=False)
        if item:
            items.append(item)
        start = match.end()
    tail = _ticker_item(line[start:], None, cut_off=True)
    if tail:
        items.append(tail)
    return tuple(items)


def _ticker_item(raw: str, time_local: str | None, *, cut_off: bool) -> TickerItem | None:
    raw = clean_line(raw)
    match = _ATTRIBUTION.search(raw) or (_CUT_ATTRIBUTION.search(raw) if cut_off else None)
    text, attribution = (clean_line(raw[: match.start()]), match["attr"] or None) if match else (raw, None)
    if not text:
        return None
    return TickerItem(text, attribution, source_kind(attribution), time_local)


def damascus_to_utc(date: str, time: str | None) -> datetime | None:
    """Read ``YYYY/MM/DD`` and ``HH:MM[:SS]`` as Damascus wall-clock time, return UTC.

    IANA rules with daylight saving. A wall time that occurs twice (the hour repeated
    when clocks go back) is read as the first occurrence; one that does not exist (the
    hour skipped when clocks go forward) is read with the offset in force before the
    change (``zoneinfo``'s ``fold=0``). A date that gives no UTC time gives None: an
    impossible one (month 13, 30 February, hour 25) and one whose UTC time falls outside
    ``datetime``'s years 1-9999 (``0001/01/01 00:10`` in Damascus is still year 0 in UTC).

    >>> damascus_to_utc("2018/07/02", "16:12").isoformat()
    '2018-07-02T13:12:00+00:00'
    >>> damascus_to_utc("2018/01/02", "16:12").isoformat()
    '2018-01-02T14:12:00+00:00'
    >>> damascus_to_utc("2018/02/30", "10:00") is None, damascus_to_utc("0001/01/01", "00:10") is None
    (True, True)
    """
    try:
        y, mo, d = (int(p) for p in re.split("[/-]", date.translate(_WESTERN)))
        clock = [int(p) for p in time.translate(_WESTERN).split(":")] if time else []
        if len(clock) > 3:
            return None
        hour, minute, second = (*clock, 0, 0, 0)[:3]
        return datetime(y, mo, d, hour, minute, second, tzinfo=DAMASCUS).astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: the UTC time is before year 1
        return None


def _split_title(line: str) -> tuple[str, str | None]:
    """Remove a trailing media marker from a title.

    >>> _split_title("قصف على درعا (فيديو)")
    ('قصف على درعا', 'video')
    """
    match = _MEDIA.search(line)
    if match and match.start() > 0:
        return line[: match.start()].rstrip(), _MEDIA_MARKERS[match["marker"]]
    return line, None


def _editors(names: str) -> str | None:
    names = clean_line(names).strip("| ")
    return re.sub(r"\s*\|\s*", " | ", names) or None


def _dateline(line: str) -> str | None:
    match = _DATELINE.match(line)
    if not match:
        return None
    place = clean_line((match["place"] or match["place_rev"]).strip(" -\u0640\u2013\u2014:"))
    return place or None


# --- the page ---------------------------------------------------------------------


def _is_anchor(line: str) -> bool:
    """A header line that can only stand between the title and the body."""
    return _is_own_marker(line) or bool(_PUBLISHED.search(line)) or bool(_UPDATED.search(line))


def _is_own_marker(line: str) -> bool:
    """A header line that only SMART prints.

    Its theme's icon names (``pictogram-avatar``, ``access_time``), its English byline
    label (``Editing:``), its own name as the dateline (``سمارت-درعا``).
    """
    # _EDITORS and _DATELINE have no literal prefix for the regex engine to skip ahead
    # with; a substring test for a literal they require ("Editing" is searched ignoring
    # case, so only its ":" is safe) rules out most lines first.
    return (
        line.startswith((AVATAR, ACCESS_TIME))
        or (":" in line and bool(_EDITORS.search(line)))
        or ("سمارت" in line and bool(_DATELINE.match(line)) and not _TICKER_TIME.search(line))
    )  # "سمارت - 12:30" is a ticker item (a text and its time), not the dateline


def _header_end(lines: list[str], anchor: int) -> int:
    """Index after the last line of the header that starts at ``anchor``.

    The header is the run of anchor lines from ``anchor`` on, blank lines between them
    allowed; the first other text line starts the body.
    """
    end = anchor + 1
    for i in range(anchor + 1, len(lines)):
        if lines[i]:
            if not _is_anchor(lines[i]):
                break
            end = i + 1
    return end


# The reason for a page with no marker at all, worded as builds have always reported it.
_NO_MARKER_REASON = "unknown layout: none of the SMART markers (ticker header, Editing:, access_time, تاريخ النشر, سمارت dateline)"
_OWN_MARKERS = "pictogram-avatar, Editing:, access_time, سمارت dateline"


def _layout_problem(header: list[str], has_ticker: bool) -> str | None:
    """Why a header (its non-blank lines) does not show SMART's structure; None if it does.

    See the module docstring: one of SMART's own markers, or the ticker header above a
    date line or update stamp in SMART's exact form.
    """
    if any(_is_own_marker(line) for line in header):
        return None
    if has_ticker and any(_SMART_DATE_LINE.fullmatch(line) for line in header):
        return None
    found = "'تاريخ النشر'" if any(_PUBLISHED.search(line) for line in header) else "an update stamp ('تحديث بتاريخ')"
    if has_ticker:
        return (
            f"unknown layout: the ticker header and {found}, but neither a date line in SMART's form "
            f"('تاريخ النشر: YYYY/MM/DD HH:MM' on a line of its own) nor SMART's own markers ({_OWN_MARKERS})"
        )
    return f"unknown layout: {found} without SMART's structure: no ticker header and none of SMART's own markers ({_OWN_MARKERS})"


def parse_page(text: str) -> ParseResult:
    """Parse one raw page of the SMART layout.

    >>> page = parse_page("العنوان (فيديو)\\n\\npictogram-avatar\\nEditing: سعاد |\\n\\nسمارت - حلب\\n\\nفقرة أولى.\\n\\nفقرة ثانية.")
    >>> page.title, page.media, page.editors, page.dateline, page.n_paragraphs
    ('العنوان', 'video', 'سعاد', 'حلب', 2)
    >>> parse_page("   \\n")
    Rejection(reason='empty page')
    """
    if not isinstance(text, str):
        return Rejection(f"not text: {type(text).__name__}")
    if "\x00" in text:
        return Rejection("binary content (NUL characters)")
    lines = clean_lines(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not any(lines):
        return Rejection("empty page")

    first = next(i for i, line in enumerate(lines) if line)
    has_ticker = lines[first] == TICKER_HEADER
    position = first + 1 if has_ticker else first
    anchor = next((i for i in range(position, len(lines)) if _is_anchor(lines[i])), None)
    if anchor is None:
        if has_ticker:
            return Rejection(f"unknown layout: a ticker header but no SMART header under it ({_OWN_MARKERS}, تاريخ النشر)")
        return Rejection(_NO_MARKER_REASON)
    header_end = _header_end(lines, anchor)
    if problem := _layout_problem([line for line in lines[anchor:header_end] if line], has_ticker):
        return Rejection(problem)

    # Title: the last text line before the header; everything between the ticker header
    # and the title is ticker.
    text_lines = [i for i in range(position, anchor) if lines[i]]
    title_at = text_lines[-1] if text_lines else None
    if has_ticker and len(text_lines) == 1 and _TICKER_TIME.search(lines[text_lines[0]]):
        title_at = None  # the one line under the ticker header is the ticker itself
    ticker_lines = [lines[i] for i in text_lines[:-1]] if has_ticker else []
    if title_at is None:
        return Rejection("no title: no text line before the header")
    ticker = tuple(item for line in ticker_lines for item in parse_ticker(line))
    title, media = _split_title(lines[title_at])
    if not title:
        return Rejection("no title: the title line holds only a media marker")

    editors = published_at = dateline = None
    updates: list[datetime] = []
    for line in lines[anchor:header_end]:
        if not line:
            continue
        if match := _EDITORS.search(line):
            editors = _editors(match["names"])
        if match := _PUBLISHED.search(line):
            published_at = damascus_to_utc(match["date"], match["time"])
        if _UPDATED.search(line):
            updates.extend(_update_stamps(line))
        if dateline is None and (place := _dateline(line)):
            dateline = place

    paragraphs = _paragraphs(lines[header_end:], updates)
    if not paragraphs:
        return Rejection("no body: nothing after the header")
    return Page(
        title=title,
        media=media,
        editors=editors,
        published_at=published_at,
        updated_at=max(updates) if updates else None,
        dateline=dateline,
        paragraphs=paragraphs,
        ticker=ticker,
    )


def _update_stamps(line: str) -> list[datetime]:
    stamps = (damascus_to_utc(m["date"], m["time"]) for m in _UPDATED.finditer(line))
    return [s for s in stamps if s is not None]


def _paragraphs(lines: list[str], updates: list[datetime]) -> tuple[str, ...]:
    """Blank-line separated blocks of clean lines, without ad markers and stray update stamps."""
    paragraphs: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if _UPDATED.search(line):
            updates.extend(_update_stamps(line))
            line = clean_line(_UPDATED.sub(" ", line))
        if "[" in line:  # the lines are clean already; without "[" cleaning changes nothing
            line = clean_line(AD_MARKER.sub(" ", line))
        if line:
            block.append(line)
        elif block:
            paragraphs.append("\n".join(block))
            block = []
    return tuple(paragraphs)
