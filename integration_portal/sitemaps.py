from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from integration_portal import registry
from integration_portal.models import Municipality


class I18nSitemap(Sitemap):
    """Every entry in every site language, each with its alternates."""

    i18n = True
    alternates = True
    x_default = True
    # Each entry appears once per site language: keep a page well under 50,000 URLs.
    limit = 5000


class PublishedSitemap(I18nSitemap):
    """The published entries of one content type (set `model`), with their last change."""

    model = None

    def items(self):
        return self.model.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, entry):
        return entry.updated_at


class StaticPagesSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return ["home", "accessibility", "imprint", "privacy"]

    def location(self, item):
        return reverse(item)


class MunicipalitySitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Municipality.objects.only("slug")

    def location(self, municipality):
        return reverse("municipality_detail", args=[municipality.slug])


def sitemaps():
    """The static pages, then what each app registers (see registry.py)."""
    return {"pages": StaticPagesSitemap, "municipalities": MunicipalitySitemap, **registry.sitemaps}
