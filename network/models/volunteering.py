"""What volunteers can do for an organisation of the network."""

from django.db import models
from django.urls import reverse
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
from integration_portal.models import Language, Location, Municipality
from integration_portal.publishing import Publishable, Verifiable, publish_permission
from network.models.organizations import Organization


class VolunteerRoleQuerySet(SearchableQuerySet):
    def for_listing(self):
        return self.defer(*DERIVED_FIELDS).select_related(
            "organization", "municipality", "location__municipality"
        )

    def for_detail(self):
        return self.for_listing().prefetch_related("languages")


class VolunteerRole(Searchable, Publishable, Verifiable):
    class Commitment(models.TextChoices):
        ONCE = "once", _("once")
        OCCASIONALLY = "occasionally", _("now and then")
        WEEKLY = "weekly", _("every week")
        MONTHLY = "monthly", _("every month")
        FLEXIBLE = "flexible", _("when it suits me")

    title = models.CharField(_("title"), max_length=200)
    slug = address_slug()
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="volunteer_roles",
    )
    tasks = models.TextField(_("tasks"), blank=True)
    commitment = models.CharField(
        _("time commitment"),
        max_length=20,
        choices=Commitment.choices,
        default=Commitment.OCCASIONALLY,
    )
    commitment_note = models.CharField(
        _("time commitment in words"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “two hours on Tuesday afternoons”."),
    )
    skills = models.TextField(_("what helps"), blank=True)
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages that help"),
        blank=True,
        related_name="volunteer_roles",
    )
    location = models.ForeignKey(
        Location,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="volunteer_roles",
        help_text=_("Where volunteers are needed, if there is no place."),
    )
    how_to_apply = models.TextField(_("how to get in touch"), blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=50, blank=True)

    history = HistoricalRecords(excluded_fields=DERIVED_FIELDS)
    objects = VolunteerRoleQuerySet.as_manager()
    published_with = ("organization",)

    class Meta(Publishable.Meta):
        verbose_name = _("volunteer role")
        verbose_name_plural = _("volunteer roles")
        ordering = ["title"]
        permissions = [publish_permission("volunteerrole", _("volunteer roles"))]
        indexes = [*SEARCH_INDEXES]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:volunteer_role_detail", args=[self.slug])

    def municipality_slugs(self) -> list[str]:
        found = [self.municipality.slug] if self.municipality_id else []
        return found + ([self.location.municipality.slug] if self.location_id else [])


VolunteerRole.search_index = SearchIndex(
    weights={
        "A": ("title",),
        "B": ("tasks", "commitment_note"),
        "C": ("skills", "organization.name", "municipality.name", "location.municipality.name"),
    },
    vocabulary=("title", "tasks"),
    reads=("organization.status",),
    facets=[
        Facet(
            "municipality",
            _("Municipality"),
            Municipality,
            VolunteerRole.municipality_slugs,
            depends=("municipality.slug", "location.municipality.slug"),
        ),
        Facet("language", _("Language"), Language, "languages.code", value_field="code"),
        Facet("commitment", _("Time"), VolunteerRole.Commitment.choices, "commitment"),
    ],
)
