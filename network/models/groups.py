"""Working groups of the network (the Arbeitskreis and its focus groups) and their meetings."""

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
from integration_portal.models import Category, Location
from integration_portal.publishing import Publishable, publish_permission
from network.models.organizations import Organization


class WorkingGroupQuerySet(SearchableQuerySet):
    def for_listing(self):
        return self.defer(*DERIVED_FIELDS).select_related("topic", "coordinator", "parent")

    def for_detail(self):
        return self.for_listing()


class WorkingGroup(Searchable, Publishable):
    class Kind(models.TextChoices):
        WORKING_GROUP = "working_group", _("working group (Arbeitskreis)")
        FOCUS_GROUP = "focus_group", _("focus group")

    name = models.CharField(_("name"), max_length=200)
    slug = address_slug()
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.WORKING_GROUP
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subgroups",
        help_text=_("For a focus group: the working group it belongs to."),
    )
    purpose = models.TextField(_("purpose"), blank=True)
    topic = models.ForeignKey(
        Category,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="working_groups",
    )
    members = models.ManyToManyField(
        Organization,
        verbose_name=_("member organisations"),
        blank=True,
        related_name="working_groups",
    )
    coordinator = models.ForeignKey(
        Organization,
        verbose_name=_("coordinated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_groups",
    )
    started_on = models.DateField(_("started on"), null=True, blank=True)

    history = HistoricalRecords(excluded_fields=DERIVED_FIELDS)
    objects = WorkingGroupQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        ordering = ["name"]
        permissions = [publish_permission("workinggroup", _("working groups"))]
        indexes = [*SEARCH_INDEXES]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:working_group_detail", args=[self.slug])


class Meeting(models.Model):
    """A meeting of a working group. Part of the group: public with it, but only its date,
    place, agenda and public minutes; the internal minutes never leave the admin."""

    working_group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("working group"),
        on_delete=models.CASCADE,
        related_name="meetings",
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    location = models.ForeignKey(
        Location,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    online_url = models.URLField(_("online at"), blank=True)
    agenda = models.TextField(_("agenda"), blank=True)
    minutes = models.TextField(
        _("internal minutes"),
        blank=True,
        help_text=_("Only for staff: never shown on the website."),
    )
    public_minutes = models.TextField(
        _("public minutes"),
        blank=True,
        help_text=_("A summary that may be read by everyone."),
    )
    attending = models.ManyToManyField(
        Organization,
        verbose_name=_("attending organisations"),
        blank=True,
        related_name="meetings_attended",
    )

    history = HistoricalRecords(m2m_fields=[])

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at"]

    def __str__(self):
        return f"{self.working_group}: {timezone.localtime(self.starts_at):%d.%m.%Y %H:%M}"


WorkingGroup.search_index = SearchIndex(
    weights={
        "A": ("name",),
        # Not the members' names: a draft organisation's name must not find anything.
        "B": ("purpose", "topic.name"),
    },
    vocabulary=("name",),
    parts=("meetings",),
    facets=[
        Facet("kind", _("Kind"), WorkingGroup.Kind.choices, "kind"),
        Facet("topic", _("Topic"), Category, "topic.slug"),
    ],
)
