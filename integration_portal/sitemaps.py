from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class I18nSitemap(Sitemap):
    """Every entry in every site language, each with its alternates."""

    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return ["home", "accessibility", "imprint", "privacy"]

    def location(self, item):
        return reverse(item)


# Each app adds its published content here as it arrives.
sitemaps = {"pages": StaticPagesSitemap}
