"""Page layout: the seed page, every layout variant of the contract, rejections, properties."""

from __future__ import annotations

from calendar import monthrange
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from syria_news.page import DAMASCUS, Page, Rejection, TickerItem, parse_page, source_kind
from syria_news.text import clean_lines

RAW = Path(__file__).parents[1] / "data" / "raw"
SEED = RAW / "000_0168099232d9e71c.txt"


def page(*, ticker: str | None = None, title: str = "قصف على مدينة درعا", header: str = "", dateline: str | None = "سمارت-درعا", body: str = "فقرة أولى.\n\nفقرة ثانية.") -> str:
    """A raw page in the SMART layout from its parts (None or "" leaves a part out)."""
    parts = []
    if ticker is not None:
        parts += ["الأخبار العاجلة", ticker, ""]
    parts += [title, ""]
    if header:
        parts += [header, ""]
    if dateline:
        parts += [dateline, ""]
    parts.append(body)
    return "\n".join(parts)


FULL_HEADER = "pictogram-avatar\nEditing: حسن برهان |\naccess_time\nتاريخ النشر: 2018/07/02 16:12"


# --- the seed page (../shared/seeds), as the foundation issue states it ------------

SEED_TICKER = [
    ("09:33", None),
    ("21:08", "مصدر طبي"),
    ("08:50", "وسائل إعلام النظام"),
    ("11:52", "مصدر عسكرية"),
    ("11:25", "مصدر طبي"),
    ("11:22", "مصادر محلية"),
    ("11:20", "مصدر عسكري"),
    ("11:19", "مصدر عسكري"),
    ("21:21", 'مصدر عسكري من "قسد"'),
    ("21:20", "مصادر محلية"),
]


def test_seed_page_parses_to_the_stated_fields() -> None:
    result = parse_page(SEED.read_text(encoding="utf-8"))
    assert isinstance(result, Page)
    assert result.title == 'الروس يعرضون على "تحرير الشام" بدرعا الخروج نحو إدلب ويرفضون خروج "الحر"'
    assert result.media is None
    assert result.editors == "حسن برهان"
    assert result.published_at == datetime(2018, 7, 2, 13, 12, tzinfo=UTC)
    assert result.updated_at is None
    assert result.dateline == "درعا"
    assert result.n_paragraphs == 7
    assert result.paragraphs[0].startswith("عرض وفد عسكري روسي")
    assert "  " not in result.body  # the double space of paragraph 4 is normalized
    assert [(t.time_local, t.attribution) for t in result.ticker] == SEED_TICKER
    assert result.ticker[6].text == 'مقتل قائد عسكري تابع لـ "قسد "على يد مجهولين شرق ديرالزور'
    assert [t.source_kind for t in result.ticker][:4] == [None, "medical", "regime_media", "military"]


# --- layout variants named in the contract ----------------------------------------
# (id, raw page, expected fields): a new real-world variant is one more line.

CONTRACT_VARIANTS = [
    pytest.param(page(header=FULL_HEADER), {"title": "قصف على مدينة درعا", "editors": "حسن برهان", "dateline": "درعا", "n_paragraphs": 2}, id="full-header"),
    pytest.param(page(ticker=None), {"ticker": ()}, id="no-ticker"),
    pytest.param(page(header="pictogram-avatar\nEditing: حسن برهان |"), {"published_at": None, "editors": "حسن برهان"}, id="no-date"),
    pytest.param(page(header="access_time\nتاريخ النشر: 2018/07/02 16:12"), {"editors": None, "published_at": datetime(2018, 7, 2, 13, 12, tzinfo=UTC)}, id="no-editing-line"),
    pytest.param(page(header="pictogram-avatar\nEditing: |\naccess_time"), {"editors": None}, id="editing-without-name"),
    pytest.param(page(header="pictogram-avatar\nEditing: حسن برهان | محمد علاء |"), {"editors": "حسن برهان | محمد علاء"}, id="two-editors"),
    pytest.param(page(dateline="سمارت-درعا"), {"dateline": "درعا"}, id="dateline-hyphen"),
    pytest.param(page(dateline="سمارت – درعا"), {"dateline": "درعا"}, id="dateline-en-dash-spaced"),
    pytest.param(page(dateline="سمارت ــ ريف دمشق"), {"dateline": "ريف دمشق"}, id="dateline-tatweel-dash"),
    pytest.param(page(dateline="سمارت- تركيا"), {"dateline": "تركيا"}, id="dateline-office-turkey"),
    pytest.param(page(dateline="سوريا - سمارت"), {"dateline": "سوريا"}, id="dateline-reversed"),
    pytest.param(page(dateline="سمارت -  ريف\u00a0 حلب"), {"dateline": "ريف حلب"}, id="dateline-odd-spaces"),
    pytest.param(page(dateline=None, header=FULL_HEADER), {"dateline": None, "n_paragraphs": 2}, id="no-dateline"),
    pytest.param(page(title="قصف على مدينة درعا (فيديو)"), {"title": "قصف على مدينة درعا", "media": "video"}, id="video-marker"),
    pytest.param(
        page(header=FULL_HEADER + "\nتحديث بتاريخ 2018/07/02 18:42:36بتوقيت دمشق (+٢ توقيت غرينتش)"),
        {"updated_at": datetime(2018, 7, 2, 15, 42, 36, tzinfo=UTC), "n_paragraphs": 2},
        id="one-update-stamp",
    ),
    pytest.param(
        page(header=FULL_HEADER + "\nتحديث بتاريخ 2018/07/03 09:00:00بتوقيت دمشق (+٢ توقيت غرينتش)\nتحديث بتاريخ 2018/07/02 18:42:36 بتوقيت دمشق (+٢ توقيت غرينتش)"),
        {"updated_at": datetime(2018, 7, 3, 6, 0, tzinfo=UTC)},
        id="several-update-stamps-newest-wins",
    ),
    pytest.param(
        page(body="[ad_1]\nفقرة\u00a0أولى  فيها\u200f مسافات.\n\n[ad_2]\n\nفقرة ثانية."),
        {"paragraphs": ("فقرة أولى فيها مسافات.", "فقرة ثانية."), "n_paragraphs": 2},
        id="debris-ads-nbsp-invisible",
    ),
    pytest.param(page(header="access_time\nتاريخ النشر: ٢٠١٩/٠٣/١٤ ١٠:٠٥"), {"published_at": datetime(2019, 3, 14, 8, 5, tzinfo=UTC)}, id="arabic-indic-date"),
    pytest.param(page(header="access_time\nتاريخ النشر: 2023/01/10 10:00"), {"published_at": datetime(2023, 1, 10, 7, 0, tzinfo=UTC)}, id="damascus-permanent-plus3-since-2022"),
    pytest.param(page(header="access_time\nتاريخ النشر: 2018/12/20 10:00"), {"published_at": datetime(2018, 12, 20, 8, 0, tzinfo=UTC)}, id="damascus-winter-plus2"),
    pytest.param("\ufeff" + page(header=FULL_HEADER).replace("\n", "\r\n"), {"title": "قصف على مدينة درعا", "n_paragraphs": 2}, id="bom-and-crlf"),
]


# Variants not named in the contract that scrapers produce; kept apart from the above.
OWN_VARIANTS = [
    pytest.param(page(header="pictogram-avatar Editing: حسن برهان |\naccess_time تاريخ النشر: 2018/07/02 16:12"), {"editors": "حسن برهان", "published_at": datetime(2018, 7, 2, 13, 12, tzinfo=UTC)}, id="header-fields-joined-on-one-line"),
    pytest.param(page(header="access_time\nتاريخ النشر: 2018-07-02 16:12"), {"published_at": datetime(2018, 7, 2, 13, 12, tzinfo=UTC)}, id="date-with-hyphens"),
    pytest.param(page(header="access_time\nتاريخ النشر: 2018/07/02 16:12:45"), {"published_at": datetime(2018, 7, 2, 13, 12, 45, tzinfo=UTC)}, id="date-with-seconds"),
    pytest.param(page(header="access_time\nتاريخ النشر: 2018/02/30 16:12"), {"published_at": None, "title": "قصف على مدينة درعا"}, id="impossible-date-is-null"),
    pytest.param(page(header="access_time\nتاريخ النشر: 0001/01/01 00:10"), {"published_at": None, "n_paragraphs": 2}, id="year-one-before-utc-year-one-is-null"),
    pytest.param(page(header="access_time\nتاريخ النشر: 9999/12/31 23:59"), {"published_at": datetime(9999, 12, 31, 20, 59, tzinfo=UTC)}, id="year-9999-last-minute"),
    pytest.param(
        page(header=FULL_HEADER + "\nتحديث بتاريخ 0001/01/01 01:00:00بتوقيت دمشق (+٢ توقيت غرينتش)\nتحديث بتاريخ 2018/13/02 18:42:36بتوقيت دمشق (+٢ توقيت غرينتش)"),
        {"updated_at": None, "published_at": datetime(2018, 7, 2, 13, 12, tzinfo=UTC)},
        id="update-stamps-out-of-range-are-null",
    ),
    # The ticker header above a date line in SMART's exact form is SMART's structure, with
    # none of the other header markers.
    pytest.param(
        page(ticker="خبر (مصدر) - 10:00", header="تاريخ النشر: 2018/07/02 16:12", dateline=None),
        {"published_at": datetime(2018, 7, 2, 13, 12, tzinfo=UTC), "title": "قصف على مدينة درعا", "n_paragraphs": 2},
        id="ticker-and-exact-date-line-only",
    ),
    pytest.param(
        page(ticker="خبر (مصدر) - 10:00", header="تاريخ النشر: ٢٠١٨/٠٧/٠٢ ١٦:١٢", dateline=None),
        {"published_at": datetime(2018, 7, 2, 13, 12, tzinfo=UTC)},
        id="ticker-and-exact-arabic-indic-date-line-only",
    ),
    pytest.param(
        page(ticker="خبر (مصدر) - 10:00", header="تحديث بتاريخ 2018/07/02 18:42:36بتوقيت دمشق (+٢ توقيت غرينتش)", dateline=None),
        {"updated_at": datetime(2018, 7, 2, 15, 42, 36, tzinfo=UTC), "published_at": None},
        id="ticker-and-update-stamp-only",
    ),
    pytest.param(page(body="فقرة أولى.\nسطر ثان من الفقرة نفسها.\n\nفقرة أخيرة مقطوع"), {"paragraphs": ("فقرة أولى.\nسطر ثان من الفقرة نفسها.", "فقرة أخيرة مقطوع")}, id="multi-line-paragraph-and-truncated-last-line"),
]


@pytest.mark.parametrize(("raw", "expected"), CONTRACT_VARIANTS + OWN_VARIANTS)
def test_layout_variant(raw: str, expected: dict) -> None:
    result = parse_page(raw)
    assert isinstance(result, Page), result
    for name, value in expected.items():
        assert getattr(result, name) == value, name


# --- the ticker: items, attributions, times ----------------------------------------

TICKER_CASES = [
    pytest.param("خبر أول (مصدر طبي ) - 21:08", [("خبر أول", "مصدر طبي", "21:08")], id="attribution-trailing-space"),
    pytest.param("خبر أول ( مصدر عسكري ) - 11:19", [("خبر أول", "مصدر عسكري", "11:19")], id="attribution-spaced-both-sides"),
    pytest.param("مقتل قائد شرق ديرالزور(مصدر عسكري) - 11:20", [("مقتل قائد شرق ديرالزور", "مصدر عسكري", "11:20")], id="attribution-glued"),
    pytest.param("خبر بلا مصدر - 09:33 خبر ثان (ناشطون) - 9:05", [("خبر بلا مصدر", None, "09:33"), ("خبر ثان", "ناشطون", "09:05")], id="no-attribution-and-one-digit-hour"),
    pytest.param("خبر أول (مصدر) - 10:00 خبر مقطوع (مصا", [("خبر أول", "مصدر", "10:00"), ("خبر مقطوع", "مصا", None)], id="cut-off-in-attribution"),
    pytest.param("خبر أول (مصدر) - 10:00 خبر مقطو", [("خبر أول", "مصدر", "10:00"), ("خبر مقطو", None, None)], id="cut-off-in-text"),
    pytest.param("خبر فيه الساعة 12:30 ظهرا (مصدر) - 13:00", [("خبر فيه الساعة 12:30 ظهرا", "مصدر", "13:00")], id="time-inside-text-not-a-delimiter"),
    pytest.param("اشتباكات في ريف حلب - الشمالي (مراسل) - 13:00", [("اشتباكات في ريف حلب - الشمالي", "مراسل", "13:00")], id="hyphen-inside-text"),
    pytest.param("خبر (مصدر) - ١٣:٠٥", [("خبر", "مصدر", "13:05")], id="arabic-indic-time"),
]


@pytest.mark.parametrize(("line", "expected"), TICKER_CASES)
def test_ticker_items(line: str, expected: list) -> None:
    result = parse_page(page(ticker=line, header=FULL_HEADER))
    assert isinstance(result, Page)
    assert [(t.text, t.attribution, t.time_local) for t in result.ticker] == expected
    assert result.title == "قصف على مدينة درعا"


def test_ticker_on_separate_lines_with_a_cut_off_last_line() -> None:
    result = parse_page(page(ticker="خبر أول (مصدر) - 10:00\nخبر ثان (مصدر) - 10:05\nخبر مقطو", header=FULL_HEADER))
    assert isinstance(result, Page)
    assert [(t.text, t.time_local) for t in result.ticker] == [("خبر أول", "10:00"), ("خبر ثان", "10:05"), ("خبر مقطو", None)]
    assert result.title == "قصف على مدينة درعا"


def test_ticker_without_header_block_leaves_the_title_alone() -> None:
    result = parse_page(page(ticker="خبر أول (مصدر) - 10:00", header="", dateline="سمارت - حماة"))
    assert isinstance(result, Page)
    assert result.title == "قصف على مدينة درعا" and len(result.ticker) == 1 and result.dateline == "حماة"


@pytest.mark.parametrize(
    ("attribution", "kind"),
    [
        ("مصدر طبي", "medical"),
        ("مصادر طبية", "medical"),
        ("مصدر عسكرية", "military"),
        ('مصدر عسكري من "قسد"', "military"),
        ("مصادر محلية", "local"),
        ("ناشطون", "activists"),
        ("وسائل إعلام النظام", "regime_media"),
        ("وسائل إعلام", "media"),
        ("بيان", "statement"),
        ("الدفاع المدني", "official"),
        ("أبو أحمد", "other"),
    ],
)
def test_source_kind(attribution: str, kind: str) -> None:
    assert source_kind(attribution) == kind


# --- rejections: a reason, never an exception -------------------------------------

REJECTIONS = [
    pytest.param("", "empty", id="empty"),
    pytest.param(" \n\u00a0\n[ad_1]\n", "empty", id="only-debris"),
    pytest.param("Breaking news from another outlet\n\nSome English text.", "unknown layout", id="other-outlet"),
    pytest.param("pictogram-avatar\nEditing: حسن |\naccess_time\nتاريخ النشر: 2018/07/02 16:12\n\nسمارت-درعا\n\nنص.", "no title", id="no-title"),
    pytest.param("عنوان\n\npictogram-avatar\nEditing: حسن |\n\nسمارت-درعا\n", "no body", id="no-body"),
    pytest.param("abc\x00def", "binary", id="nul-bytes"),
    pytest.param("الأخبار العاجلة\nخبر (مصدر) - 10:00\n\npictogram-avatar\nEditing: حسن |\n\nسمارت-درعا\n\nنص.", "no title", id="ticker-but-no-title"),
]


@pytest.mark.parametrize(("raw", "reason"), REJECTIONS)
def test_rejections(raw: str, reason: str) -> None:
    result = parse_page(raw)
    assert isinstance(result, Rejection)
    assert reason in result.reason


# --- the layout: SMART's structure, not one marker -----------------------------------
# Pages of other outlets, invented in their styles (bylines, "• ... •" separators, ISO
# dates, comment counters, "اقرأ أيضا", share buttons), all holding "تاريخ النشر".

FOREIGN_PAGES = [
    pytest.param(
        "ابحث في الموقع\nالرئيسية سياسة اقتصاد رياضة\n• أورينت نت • تاريخ النشر: 2021-03-04 10:15\n"
        "مجلس محلي في ريف حلب يعلن خطة لإصلاح شبكة المياه\nتعليقات 4\nشارك فيسبوك تويتر واتساب\n\n"
        "قال رئيس المجلس إن الأعمال تبدأ الأسبوع المقبل وتستمر شهرين.\n\nاقرأ أيضا: افتتاح سوق شعبي جديد في المدينة\n",
        "without SMART's structure",
        id="orient-bullets-iso-date-comments",
    ),
    pytest.param(
        "عنب بلدي\nأخبار سوريا\nكتب: رامي الحسن\nتاريخ النشر: 2020/05/12 14:30\n\n"
        "طلاب في إدلب يعودون إلى مدارسهم بعد انقطاع طويل\n\nعنب بلدي – إدلب\n\n"
        "عاد مئات الطلاب إلى الصفوف صباح اليوم وسط إجراءات وقائية.\n\nشارك المقال\nالتعليقات (0)\n",
        "no ticker header",
        id="enab-baladi-byline-and-smart-form-date-without-any-other-anchor",
    ),
    pytest.param(
        "تلفزيون سوريا\nالأخبار العاجلة\nخبر أول من شريط آخر - 10:00\n\n"
        "تقرير عن ارتفاع أسعار الخبز في دمشق\nتاريخ النشر: 2022/01/15 09:40\nتعليقات 12\n\n"
        "ارتفعت أسعار الخبز للمرة الثالثة هذا العام.\n\nاقرأ أيضا\n",
        "without SMART's structure",
        id="syria-tv-ticker-header-not-first",
    ),
    pytest.param(
        "الأخبار العاجلة\nاجتماع في القامشلي - 11:30 وصول قافلة مساعدات - 12:05\n\n"
        "افتتاح جسر جديد على نهر الفرات\nنورث برس • تاريخ النشر: 2023-06-01 • إعداد: سلوى أحمد\n\n"
        "افتتحت الإدارة المحلية الجسر بعد أشهر من العمل.\n\nمشاركة: فيسبوك | تويتر | تلغرام\n",
        "neither a date line in SMART's form",
        id="north-press-ticker-but-inline-date",
    ),
    pytest.param(
        "موقع إخباري آخر\n\nتاريخ النشر: 2019-11-20\n\nنقلت وكالة سمارت عن مصادر محلية خبرا عن الطقس.\n\naccess_time\n",
        "without SMART's structure",
        id="smart-cited-in-body-and-marker-after-the-header",
    ),
    pytest.param(
        "الأخبار العاجلة\nخبر (مصدر) - 10:00\n\nعنوان بلا ترويسة\n\nنص الصفحة.\n",
        "no SMART header under it",
        id="ticker-then-text-with-no-header",
    ),
    pytest.param(
        "Breaking news from another outlet\n\nSome English text.",
        "none of the SMART markers",
        id="no-marker-at-all",
    ),
]


@pytest.mark.parametrize(("raw", "missing"), FOREIGN_PAGES)
def test_foreign_layout_is_unknown_with_what_was_missing(raw: str, missing: str) -> None:
    result = parse_page(raw)
    assert isinstance(result, Rejection), result
    assert result.reason.startswith("unknown layout: ")
    assert missing in result.reason


@pytest.mark.parametrize(
    "header",
    ["pictogram-avatar", "Editing: حسن برهان |", "access_time", "pictogram-avatar Editing: |"],
)
def test_one_own_marker_is_enough(header: str) -> None:
    """The synthetic corpus keeps at least one such marker on a page with nothing else."""
    result = parse_page(page(header=header, dateline=None))
    assert isinstance(result, Page), result
    assert result.title == "قصف على مدينة درعا" and result.n_paragraphs == 2


def test_a_smart_dateline_alone_is_enough() -> None:
    result = parse_page(page(dateline="سوريا - سمارت"))
    assert isinstance(result, Page) and result.dateline == "سوريا"


# --- ids ---------------------------------------------------------------------------


def test_article_id_ignores_ticker_debris_and_spacing_but_not_content() -> None:
    a = parse_page(page(ticker="خبر (مصدر) - 10:00", header=FULL_HEADER))
    b = parse_page(page(ticker="خبر آخر تماما (مصدر) - 11:00", header=FULL_HEADER, body="[ad_1]\nفقرة\u00a0أولى.\n\nفقرة ثانية."))
    c = parse_page(page(header=FULL_HEADER, body="فقرة أولى.\n\nفقرة ثالثة."))
    assert isinstance(a, Page) and isinstance(b, Page) and isinstance(c, Page)
    assert a.article_id == b.article_id != c.article_id


def test_ticker_id_is_text_and_time() -> None:
    item = TickerItem("مقتل طفل", "مصدر", "medical", "10:00")
    assert item.ticker_id == TickerItem("مقتل طفل", None, None, "10:00").ticker_id
    assert item.ticker_id != TickerItem("مقتل طفل", "مصدر", "medical", "10:01").ticker_id


# --- properties --------------------------------------------------------------------

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
words = st.text(alphabet=ARABIC, min_size=2, max_size=8)
phrases = st.lists(words, min_size=1, max_size=8).map(" ".join)
# Whole-minute instants from 2011 to 2026, so every DST change of those years is covered.
instants = st.datetimes(min_value=datetime(2011, 1, 1), max_value=datetime(2026, 12, 31)).map(lambda d: d.replace(second=0, microsecond=0, tzinfo=UTC))
ticker_items = st.tuples(phrases, st.none() | phrases, st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}"))
datelines = st.sampled_from(["درعا", "ريف دمشق", "إدلب", "تركيا", "دير الزور"])


@settings(max_examples=200, deadline=None)
@given(
    title=phrases,
    editors=st.lists(phrases, max_size=2),
    published=st.none() | instants,
    ticker=st.lists(ticker_items, max_size=6),
    dateline=st.none() | datelines,
    paragraphs=st.lists(phrases.map(lambda p: p + "."), min_size=1, max_size=5),
)
@example(title="عنوان", editors=["حسن"], published=datetime(2018, 10, 25, 21, 30, tzinfo=UTC), ticker=[], dateline=None, paragraphs=["نص."])
@example(title="اا", editors=[], published=None, ticker=[("سمارت", None, "00:00")], dateline=None, paragraphs=["اا."])  # a ticker item that reads "سمارت - 00:00"
def test_rendered_page_parses_back(title, editors, published, ticker, dateline, paragraphs) -> None:  # noqa: ANN001
    header = ["pictogram-avatar", "Editing: " + "".join(f"{name} | " for name in editors).rstrip()]
    if published is not None:
        local = published.astimezone(DAMASCUS)
        header += ["access_time", f"تاريخ النشر: {local:%Y/%m/%d %H:%M}"]
    line = " ".join(f"{text}{f' ({attr})' if attr else ''} - {time}" for text, attr, time in ticker)
    raw = page(ticker=line if ticker else None, title=title, header="\n".join(header), dateline=f"سمارت-{dateline}" if dateline else None, body="\n\n".join(paragraphs))

    result = parse_page(raw)

    assert isinstance(result, Page), result
    assert result.title == title
    assert result.editors == (" | ".join(editors) or None)
    assert result.dateline == dateline
    assert result.paragraphs == tuple(paragraphs)
    assert [(t.text, t.attribution, t.time_local) for t in result.ticker] == [tuple(item) for item in ticker]
    if published is None:
        assert result.published_at is None
    else:
        # A wall time that the clocks show twice (the hour repeated in autumn) reads as
        # its first occurrence, one hour before the second.
        first_occurrence = published - timedelta(hours=1) if published.astimezone(DAMASCUS).fold else published
        assert result.published_at == first_occurrence


@settings(max_examples=300, deadline=None)
@given(st.text() | st.lists(st.sampled_from(["الأخبار العاجلة", "pictogram-avatar", "Editing: ", "access_time", "تاريخ النشر: 2018/02/30 25:61", "سمارت-", "- 10:00", "(", ")", "\n", "\n\n", "تحديث بتاريخ", "[ad_1]", "عنوان", "\x00"]), max_size=30).map("".join))
def test_parse_page_never_raises(text: str) -> None:
    result = parse_page(text)
    assert isinstance(result, Page | Rejection)
    if isinstance(result, Page):
        assert result.title and result.n_paragraphs >= 1


# Lines an outlet's page may hold; none is one of SMART's own markers (see page.py).
FOREIGN_LINES = [
    "ابحث في الموقع",
    "• أورينت نت •",
    "تعليقات 7",
    "شارك: فيسبوك تويتر واتساب",
    "اقرأ أيضا: تقرير عن الأسواق",
    "كتب: فادي العلي",
    "نورث برس – الحسكة",
    "الأخبار العاجلة",
    "عاجل - 10:00",
    "2021-03-04T10:15:00+03:00",
]
# "تاريخ النشر" as outlets print it, in SMART's exact form too.
DATE_SNIPPETS = [
    "تاريخ النشر: 2021/03/04 10:15",
    "تاريخ النشر: ٢٠٢١/٠٣/٠٤ ١٠:١٥",
    "تاريخ النشر: 2021-03-04",
    "تاريخ النشر 2021-03-04 10:15:00",
    "• أورينت نت • تاريخ النشر: 2021-03-04 10:15",
    "تحديث بتاريخ 2021/03/04 10:15:00بتوقيت دمشق (+٢ توقيت غرينتش)",
]
OWN_MARKER_TEXT = ("pictogram-avatar", "access_time", "editing", "سمارت")


def _is_foreign(line: str) -> bool:
    return not any(marker in line.casefold() for marker in OWN_MARKER_TEXT)


foreign_lines = st.sampled_from(FOREIGN_LINES) | phrases | st.text(st.characters(exclude_characters="\x00"), max_size=40).filter(_is_foreign)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(foreign_lines, min_size=1, max_size=12),
    inserts=st.lists(st.tuples(st.integers(0, 12), st.sampled_from(DATE_SNIPPETS), st.sampled_from(["own-line", "prefix", "suffix"])), min_size=1, max_size=3),
)
@example(lines=["عنوان", "", "نص."], inserts=[(1, DATE_SNIPPETS[0], "own-line")])
@example(lines=["ابحث في الموقع", "الأخبار العاجلة", "عاجل - 10:00", "عنوان", "نص."], inserts=[(4, DATE_SNIPPETS[0], "own-line")])
def test_date_words_never_make_foreign_text_smart(lines: list[str], inserts: list[tuple[int, str, str]]) -> None:
    for at, snippet, how in inserts:
        at = min(at, len(lines))
        if how == "own-line" or at == len(lines):
            lines = [*lines[:at], snippet, *lines[at:]]
        else:
            lines[at] = f"{snippet} {lines[at]}" if how == "prefix" else f"{lines[at]} {snippet}"
    text = "\n".join(lines)
    first = next(line for line in clean_lines(text.replace("\r", "\n")) if line)
    assume(first != "الأخبار العاجلة")  # a page opening with the ticker header is another case

    result = parse_page(text)

    assert isinstance(result, Rejection), result
    assert result.reason.startswith("unknown layout"), result.reason


def _is_calendar_time(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1] and hour < 24 and minute < 60 and second < 60


numbers = st.integers(0, 99)


@settings(max_examples=400, deadline=None)
@given(year=st.integers(1, 9999), month=numbers, day=numbers, hour=numbers, minute=numbers, second=numbers, stamp=st.booleans())
@example(year=1, month=1, day=1, hour=0, minute=10, second=0, stamp=False)
@example(year=9999, month=12, day=31, hour=23, minute=59, second=59, stamp=True)
@example(year=2018, month=13, day=1, hour=10, minute=0, second=0, stamp=False)
@example(year=2018, month=1, day=32, hour=10, minute=0, second=0, stamp=False)
@example(year=2018, month=2, day=30, hour=10, minute=0, second=0, stamp=True)
@example(year=2018, month=7, day=2, hour=25, minute=0, second=0, stamp=False)
def test_any_date_keeps_the_page(year: int, month: int, day: int, hour: int, minute: int, second: int, stamp: bool) -> None:
    date = f"{year:04d}/{month:02d}/{day:02d}"
    line = f"تحديث بتاريخ {date} {hour:02d}:{minute:02d}:{second:02d}بتوقيت دمشق" if stamp else f"تاريخ النشر: {date} {hour:02d}:{minute:02d}"
    result = parse_page(page(ticker="خبر (مصدر) - 10:00", header=f"pictogram-avatar\naccess_time\n{line}"))

    assert isinstance(result, Page), result
    assert result.title == "قصف على مدينة درعا" and result.n_paragraphs == 2
    read = result.updated_at if stamp else result.published_at
    valid = _is_calendar_time(year, month, day, hour, minute, second if stamp else 0)
    if not valid:
        assert read is None
    elif year > 1:  # only year 1 can fall before UTC's year 1
        assert read is not None and read.tzinfo == UTC

