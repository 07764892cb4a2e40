"""The offer directory's blocks on the home page, the municipality pages and in the search
across the site."""

from directory.models import Offer
from directory.views import offers
from integration_portal.models import Category, Municipality
from integration_portal.registry import Section


def home_topics(request):
    counts = offers.published_counts()["category"]
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
    page = offers.browse(request, Offer.objects.published().in_municipality(municipality.slug))
    return Section(
        "directory/includes/municipality_offers.html",
        {"municipality": municipality, "page": page},
    )


def search_offers(request, text):
    found = offers.search_preview(text)
    return Section("directory/includes/search_offers.html", found) if found else None


def organization_offers(request, organization):
    page = offers.browse(request, Offer.objects.published().filter(organization=organization))
    if not page.object_list:
        return None  # an organisation without public offers says nothing about them
    return Section("directory/includes/organization_offers.html", {"page": page})
