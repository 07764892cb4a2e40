"""Network news and press releases."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from integration_portal.facets import Facet
from integration_portal.fields import address_slug
from integration_portal.indexing import (
    DERIVED_FIELDS,
    SEARCH_INDEXES,
    Searchable,
    SearchableQuerySet,
    SearchIndex,
)
from integration_portal.publishing import Publishable, publish_permission
from network.models.organizations import Organization


class NewsQuerySet(SearchableQuerySet):
    def for_listing(self):
        return self.defer(*DERIVED_FIELDS, "body").select_related("organization")

    def for_detail(self):
        return self.defer(*DERIVED_FIELDS).select_related("organization")


class News(Searchable, Publishable):
    class Kind(models.TextChoices):
        NEWS = "news", _("network news")
        PRESS = "press", _("press release")

    title = models.CharField(_("title"), max_length=200)
    slug = address_slug()
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NEWS)
    published_on = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("The date shown with the news.")
    )
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = models.TextField(_("text"), blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("from organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )

    history = HistoricalRecords(excluded_fields=DERIVED_FIELDS)
    objects = NewsQuerySet.as_manager()
    published_with = ("organization",)

    class Meta(Publishable.Meta):
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-published_on", "-pk"]
        permissions = [publish_permission("news", _("news"))]
        indexes = [*SEARCH_INDEXES]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:news_detail", args=[self.slug])


News.search_index = SearchIndex(
    weights={"A": ("title",), "B": ("summary",), "C": ("body", "organization.name")},
    vocabulary=("title", "summary"),
    reads=("organization.status",),
    facets=[Facet("kind", _("Kind"), News.Kind.choices, "kind")],
)
