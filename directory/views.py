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
FACET_CACHE_SECONDS = 300
# Short, because an offer's publication can end by the clock without anybody saving it.
RESULTS_CACHE_SECONDS = 60


def find(queryset, text: str):
    """Offers matching `text`; a word with a typo is corrected when nothing matches.

    Returns the queryset (annotated with `rank`) and the corrected words, if correction
    was needed to find anything.
    """
    words = search.words_of(text)
    if not words:
        return queryset.annotate(rank=Value(0.0)), None
    language = get_language()
    # Whether the words need correcting depends only on them and the offers: keep the answer.
    key = f"directory.corrected.{content_version()}.{language}.{hashlib.sha1(repr(words).encode()).hexdigest()}"
    better = cache.get(key)
    if better is None:
        exact = search.matching(Offer.objects.published(), words, language).exists()
        better = words if exact else search.corrected(words)
        cache.set(key, better, FACET_CACHE_SECONDS)
    if better != words:
        return search.matching(queryset, better, language), better
    return search.matching(queryset, words, language), None


@require_safe
def offer_list(request):
    filterset = OfferFilter(request.GET, queryset=Offer.objects.published())
    valid = filterset.is_valid()
    data = filterset.form.cleaned_data if valid else {}
    base = Offer.objects.published()
    corrected = None
    if data.get("q"):
        base, corrected = find(base, data["q"])
    if data.get("open_now"):
        base = base.open_at(timezone.now())
    if valid:
        results = filterset.filter_queryset(base)
        counts = _cached_facet_counts(request, base, filterset)
    else:
        results, counts = Offer.objects.none(), {}
    sort = data.get("sort") or ("relevance" if data.get("q") else "name")
    results = ordered(results.for_listing(), sort, ranked=bool(data.get("q")))
    page, count, results_html = _results(request, results)
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


def _results(request, results):
    """One page of results, rendered; kept a minute, or until an offer changes.

    Returns the page (None when it came from the cache), the number of results and the
    HTML of the list with its pagination.
    """
    query = sorted((k, v) for k, v in request.GET.lists() if k != "open_now" or not v)
    if request.GET.get("open_now"):  # changes with the clock
        query.append(("minute", [timezone.now().strftime("%Y%m%d%H%M")]))
    digest = hashlib.sha1(repr((get_language(), query)).encode()).hexdigest()
    key = f"directory.results.{content_version()}.{digest}"
    if (cached := cache.get(key)) is not None:
        return None, *cached
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    count = page.paginator.count
    html = render_to_string(
        "directory/includes/offer_results.html", {"page": page}, request=request
    ) if count else ""  # fmt: skip
    cache.set(key, (count, html), RESULTS_CACHE_SECONDS)
    return page, count, html


def _cached_facet_counts(request, base, filterset):
    """The counts per filter value, kept for a few minutes or until an offer changes.

    Counting means reading every matching offer once per facet; the same filters are
    asked for again and again (the plain list above all), so the answer is worth keeping.
    """
    data = filterset.form.cleaned_data
    state = sorted(
        (k, str(v)) for k, v in data.items() if v not in (None, "", False) and k != "sort"
    )
    if data.get("open_now"):  # changes with the clock
        state.append(("minute", timezone.now().strftime("%Y%m%d%H%M")))
    digest = hashlib.sha1(repr((get_language(), state)).encode()).hexdigest()
    key = f"directory.facets.{content_version()}.{digest}"
    counts = cache.get(key)
    if counts is None:
        counts = facet_counts(base, filterset.facet_conditions())
        cache.set(key, counts, FACET_CACHE_SECONDS)
    return counts


def published_counts():
    """Offers per topic, municipality, … over everything published (for the home page)."""
    key = f"directory.facets.{content_version()}.all"
    counts = cache.get(key)
    if counts is None:
        counts = facet_counts(Offer.objects.published(), {})
        cache.set(key, counts, FACET_CACHE_SECONDS)
    return counts


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
