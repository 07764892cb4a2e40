import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Value
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from directory import choices, search
from directory.filters import OfferFilter, facet_counts, ordered
from directory.jsonld import offer_json_ld
from directory.models import Offer, content_version
from integration_portal.models import Municipality

PAGE_SIZE = 20
# Every cache below is keyed by the content version, which moves with every change to an
# offer; the lifetime bounds what a publication ending by the clock can leave behind.
CACHE_SECONDS = 60


def cache_key(kind: str, version: int, *parts) -> str:
    digest = hashlib.sha1(repr((get_language(), parts)).encode()).hexdigest()
    return f"directory.{kind}.{version}.{digest}"


def find(queryset, text: str, version: int | None = None):
    """Offers matching `text`; a word with a typo is corrected when nothing matches.

    Returns the queryset (annotated with `rank`) and the corrected words, if correction
    was needed to find anything. A correction is used only if it finds a public offer, so
    it can never reveal a word of an unpublished one.
    """
    words = search.words_of(text)
    if not words:
        return queryset.annotate(rank=Value(0.0)), None
    language = get_language()

    def best_words():
        public = Offer.objects.published()
        if search.matching(public, words, language).exists():
            return words
        suggestion = search.corrected(words)
        if suggestion != words and search.matching(public, suggestion, language).exists():
            return suggestion
        return words

    version = content_version() if version is None else version
    better = remember(cache_key("corrected", version, words), best_words)
    if better != words:
        return search.matching(queryset, better, language), better
    return search.matching(queryset, words, language), None


@require_safe
def offer_list(request):
    filterset = OfferFilter(request.GET, queryset=Offer.objects.published())
    valid = filterset.is_valid()
    data = filterset.form.cleaned_data if valid else {}
    version = content_version()
    base = Offer.objects.published()
    corrected = None
    if data.get("q"):
        base, corrected = find(base, data["q"], version)
    if data.get("open_now"):
        base = base.open_at(timezone.now())
    state = _state(data)
    if valid:
        results = filterset.filter_queryset(base)
        counts = remember(
            cache_key("facets", version, state),
            lambda: facet_counts(base, filterset.facet_conditions()),
        )
    else:
        results, counts = Offer.objects.none(), {}
    sort = data.get("sort") or ("relevance" if data.get("q") else "name")
    results = ordered(results.for_listing(), sort, ranked=bool(data.get("q")))
    page, count, results_html = _results(
        request, results, cache_key("results", version, state, sort, request.GET.get("page"))
    )
    return render(
        request,
        "directory/offer_list.html",
        {
            "filter": filterset,
            "page": page,
            "count": count,
            "results_html": results_html,
            "facets": _facets(filterset, counts),
            "active": _active_filters(request, filterset) if valid else [],
            "corrected": " ".join(corrected) if corrected else "",
            "sort": sort,
        },
        status=200 if valid or not request.GET else 400,
    )


def _state(data) -> list:
    """The filters as they were understood: what a cached answer depends on."""
    state = sorted(
        (k, str(v)) for k, v in data.items() if v not in (None, "", False) and k != "sort"
    )
    if data.get("open_now"):  # changes with the clock
        state.append(("minute", timezone.now().strftime("%Y%m%d%H%M")))
    return state


def remember(key, compute):
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value


def _results(request, results, key):
    """One page of results, rendered and kept (see CACHE_SECONDS).

    Returns the page (None when it came from the cache), the number of results and the
    HTML of the list with its pagination.
    """
    if (cached := cache.get(key)) is not None:
        return None, *cached
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    count = page.paginator.count
    html = render_to_string(
        "directory/includes/offer_results.html", {"page": page}, request=request
    ) if count else ""  # fmt: skip
    cache.set(key, (count, html), CACHE_SECONDS)
    return page, count, html


def published_counts():
    """Offers per topic, municipality, … over everything published (for the home page)."""
    return remember(
        cache_key("facets", content_version(), "all"),
        lambda: facet_counts(Offer.objects.published(), {}),
    )


def _facets(filterset, counts):
    """Select boxes with a count per option: (name, label, options) per facet."""
    selected = filterset.form.data
    sources = {
        "category": choices.categories(),
        "target_group": choices.target_groups(),
        "municipality": choices.municipalities(),
        "language": choices.languages(),
        "cost": list(Offer.Cost.choices),
        "mode": list(Offer.Mode.choices),
    }
    facets = []
    for name, options in sources.items():
        numbers = counts.get(name, {})
        if name == "mode":  # hybrid offers count for both ways
            hybrid = numbers.get(Offer.Mode.HYBRID, 0)
            numbers = {k: v + (hybrid if k != Offer.Mode.HYBRID else 0) for k, v in numbers.items()}
            numbers.setdefault(Offer.Mode.IN_PERSON, hybrid)
            numbers.setdefault(Offer.Mode.ONLINE, hybrid)
        shown = [
            (value, label, numbers.get(value, 0), selected.get(name) == value)
            for value, label in options
            if numbers.get(value, 0) or selected.get(name) == value
        ]
        facets.append(
            {
                "name": name,
                "label": filterset.form[name].label,
                "field": filterset.form[name],
                "counts": {value: count for value, _label, count, _selected in shown},
                # Built here rather than in the template: a hundred options are the
                # most expensive part of the page to render with template tags.
                "options_html": format_html_join(
                    "",
                    '<option value="{}"{}>{} ({})</option>',
                    ((v, " selected" if s else "", label, n) for v, label, n, s in shown),
                ),
            }
        )
    return facets


def _active_filters(request, filterset):
    """Each active filter with a link that removes just that one."""
    active = []
    for name, value in filterset.form.cleaned_data.items():
        if name in ("sort",) or value in (None, "", False):
            continue
        rest = request.GET.copy()
        rest.pop(name, None)
        rest.pop("page", None)
        field = filterset.form[name]
        if name == "open_now":
            shown = field.label
        else:
            shown = dict(getattr(field.field, "choices", ())).get(value, value)
        active.append({"label": field.label, "value": shown, "remove": f"?{rest.urlencode()}"})
    return active


@require_safe
def offer_detail(request, slug):
    offer = get_object_or_404(Offer.objects.published().for_detail(), slug=slug)
    return render_offer(request, offer)


def render_offer(request, offer, preview=False):
    """The public detail page; the admin's preview of a draft uses it too."""
    url = request.build_absolute_uri(offer.get_absolute_url())
    return render(
        request,
        "directory/offer_detail.html",
        {
            "offer": offer,
            "open_now": offer.is_open_at(timezone.now()),
            "json_ld": offer_json_ld(offer, url),
            "preview": preview,
        },
    )


@require_safe
def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality, slug=slug)
    offers = ordered(
        Offer.objects.published().in_municipality(slug).for_listing(), "name", ranked=False
    )
    page = Paginator(offers, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "directory/municipality_detail.html",
        {"municipality": municipality, "page": page},
    )
