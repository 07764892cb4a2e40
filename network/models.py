from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from integration_portal.facets import Facet
from integration_portal.indexing import (
    DERIVED_FIELDS,
    SEARCH_INDEXES,
    Searchable,
    SearchableQuerySet,
    SearchIndex,
)
from integration_portal.models import Location, Municipality
from integration_portal.publishing import (
    Publishable,
    Verifiable,
    publish_permission,
)


class OrganizationQuerySet(SearchableQuerySet):
    def for_listing(self):
        """What a list of organisations shows, without the search columns."""
        return self.defer(*DERIVED_FIELDS).select_related("municipality")

    def for_detail(self):
        return self.defer(*DERIVED_FIELDS).select_related("municipality", "location__municipality")


class Organization(Searchable, Publishable, Verifiable):
    """A partner organisation: provides offers, funds, coordinates or places volunteers.

    The network issue grows it (contacts, roles, membership, logo).
    """

    class Kind(models.TextChoices):
        ASSOCIATION = "association", _("association")
        PUBLIC_BODY = "public_body", _("public body")
        CHURCH = "church", _("church or religious community")
        COMPANY = "company", _("company")
        MIGRANT_ORGANISATION = "migrant_organisation", _("migrant organisation")
        EDUCATION = "education", _("education provider")
        VOLUNTEER_CENTRE = "volunteer_centre", _("volunteer centre")
        OTHER = "other", _("other")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("Part of the address. Do not change it after publishing: shared links break."),
    )
    kind = models.CharField(
        _("kind"), max_length=30, choices=Kind.choices, default=Kind.ASSOCIATION
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    location = models.ForeignKey(
        Location,
        verbose_name=_("address"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Where the organisation can be visited or written to."),
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organizations",
    )

    history = HistoricalRecords(excluded_fields=DERIVED_FIELDS)
    objects = OrganizationQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        permissions = [publish_permission("organization", _("organisations"))]
        indexes = [*SEARCH_INDEXES]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:organization_detail", args=[self.slug])

    def municipality_slugs(self) -> list[str]:
        found = [self.municipality.slug] if self.municipality else []
        return found + ([self.location.municipality.slug] if self.location else [])


Organization.search_index = SearchIndex(
    weights={
        "A": ("name",),
        "B": ("description",),
        "C": ("municipality.name", "location.name", "location.municipality.name"),
    },
    vocabulary=("name", "description"),
    facets=[
        Facet("kind", _("Kind"), Organization.Kind.choices, "kind"),
        Facet(
            "municipality",
            _("Municipality"),
            Municipality,
            Organization.municipality_slugs,
            depends=("municipality.slug", "location.municipality.slug"),
        ),
    ],
)
