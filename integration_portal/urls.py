from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from integration_portal import images, two_factor, views
from integration_portal.sitemaps import sitemaps

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Browsers ask for it on pages without an icon link (the admin).
    path(
        "favicon.ico",
        RedirectView.as_view(url=lazy(static, str)("img/favicon.svg"), permanent=True),
    ),
    # An index of one sitemap per section (and page), so that no file passes 50,000 URLs.
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps(), "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps()},
        name="sitemap_section",
    ),
    path("admin/zwei-faktor/", two_factor.verify, name="two_factor_verify"),
    path("admin/zwei-faktor/einrichten/", two_factor.setup, name="two_factor_setup"),
    path("admin/", admin.site.urls),
    # Uploaded pictures, by the digest of their content (no language: a logo is a logo).
    re_path(r"^bilder/(?P<digest>[0-9a-f]{64})\.webp$", images.serve, name="image"),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("suche/", views.search, name="search"),
    path("barrierefreiheit/", views.legal_page, {"field": "accessibility"}, name="accessibility"),
    path("impressum/", views.legal_page, {"field": "imprint"}, name="imprint"),
    path("datenschutz/", views.legal_page, {"field": "privacy"}, name="privacy"),
    path("gemeinden/<slug:slug>/", views.municipality_detail, name="municipality_detail"),
    path("", include("network.urls")),
    path("", include("directory.urls")),
    path("", include("projects.urls")),
)

handler404 = "integration_portal.views.page_not_found"
