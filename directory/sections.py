"""The offer directory's blocks on the home page and in the search across the site."""

from django.urls import reverse
from django.utils.http import urlencode

from directory import search
from directory.models import Category, Offer, content_version
from directory.views import cache_key, find, published_counts, remember
from integration_portal.models import Municipality
from integration_portal.registry import Section

SEARCH_PREVIEW = 5


def home_topics(request):
    counts = published_counts()["category"]
    categories = [(category, counts.get(category.slug, 0)) for category in Category.objects.all()]
    return Section("directory/includes/home_topics.html", {"categories": categories})


def home_new_offers(request):
    newest = Offer.objects.published().for_listing().order_by("-created_at")[:6]
    return Section("directory/includes/home_new_offers.html", {"offers": newest})


def home_municipalities(request):
    return Section(
        "directory/includes/home_municipalities.html",
        {"municipalities": Municipality.objects.only("name", "slug")},
    )


def search_offers(request, text):
    words = search.words_of(text)
    if not words:
        return None
    version = content_version()

    def compute():
        found, corrected = find(Offer.objects.published(), text, version)
        offers = list(found.for_listing().order_by("-rank", "pk")[:SEARCH_PREVIEW])
        count = found.count() if len(offers) == SEARCH_PREVIEW else len(offers)
        return offers, count, corrected

    # Kept like the offer list's results (see directory.views.CACHE_SECONDS).
    offers, count, corrected = remember(cache_key("site-search", version, words), compute)
    more = f"{reverse('directory:offer_list')}?{urlencode({'q': ' '.join(corrected) if corrected else text})}"
    return Section(
        "directory/includes/search_offers.html",
        {
            "offers": offers,
            "count": count,
            "more_url": more,
            "corrected": " ".join(corrected or []),
        },
    )
