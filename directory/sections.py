"""The offer directory's blocks on the home page, the municipality pages and in the search
across the site."""

from django.core.paginator import Paginator

from directory.models import Category, Offer
from directory.views import offers
from integration_portal import caching
from integration_portal.facets import FacetState, facet_counts
from integration_portal.models import Municipality
from integration_portal.registry import Section


def published_counts(versions):
    """Offers per topic, municipality, … over everything published (for the home page)."""
    return versions.remember(
        "facets",
        (caching.name_of(Offer), [], None),
        lambda: facet_counts(Offer.objects.published(), FacetState(offers.facets)),
    )


def home_topics(request):
    counts = published_counts(caching.Versions(*offers.depends))["category"]
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


def municipality_offers(request, municipality):
    found = offers.ordered(
        Offer.objects.published().in_municipality(municipality.slug).for_listing(),
        "name",
        ranked=False,
    )
    page = Paginator(found, offers.page_size).get_page(request.GET.get("page"))
    return Section(
        "directory/includes/municipality_offers.html",
        {"municipality": municipality, "page": page},
    )


def search_offers(request, text):
    found = offers.search_preview(text)
    return Section("directory/includes/search_offers.html", found) if found else None


def organization_offers(request, organization):
    found = offers.ordered(
        Offer.objects.published().filter(organization=organization).for_listing(),
        "name",
        ranked=False,
    )
    page = Paginator(found, offers.page_size).get_page(request.GET.get("page"))
    if not page.object_list:
        return None  # an organisation without public offers says nothing about them
    return Section("directory/includes/organization_offers.html", {"page": page})
