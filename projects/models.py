"""Funded projects, the programmes that fund them and their priorities, partner regions.

A project is carried by an organisation of the network (or by one outside it, named in
words), may be an umbrella of sub-projects, and may have created offers of the directory.
A funding programme's priorities are edited inside the programme's form and are public with
it (`PublicPart`); each is searched on its own, so that a partner finds the one that fits.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from directory.models import Offer, TargetGroup
from integration_portal.documents import Document
from integration_portal.facets import Facet
from integration_portal.fields import ChoiceArrayField, address_slug
from integration_portal.indexing import (
    DERIVED_FIELDS,
    SEARCH_INDEXES,
    Searchable,
    SearchableQuerySet,
    SearchIndex,
)
from integration_portal.models import Municipality, Taxonomy
from integration_portal.publishing import (
    PublicPart,
    Publishable,
    PublishableQuerySet,
    publish_permission,
)
from network.models import Organization

# Paths under /projekte/ that are pages of the site, not projects.
RESERVED_SLUGS = {"werkzeugkiste", "foerderprogramme"}


class ActionField(Taxonomy):
    """A LEADER action field (Aktionsfeld, Handlungsfeld) a project serves."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("action field")
        verbose_name_plural = _("action fields")


class PartnerRegion(models.Model):
    """A region a project works with across borders (the transnational partners)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    country = models.CharField(_("country"), max_length=100)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("partner region")
        verbose_name_plural = _("partner regions")
        ordering = ["country", "name"]

    def __str__(self):
        return f"{self.name} ({self.country})"


# Funding programmes ------------------------------------------------------------------------


class FundingProgrammeQuerySet(PublishableQuerySet):
    def for_detail(self):
        return self


class FundingProgramme(Publishable):
    name = models.CharField(_("name"), max_length=200)
    slug = address_slug()
    provider = models.CharField(
        _("run by"), max_length=200, blank=True, help_text=_("Who gives the money.")
    )
    area = models.CharField(
        _("where it applies"), max_length=200, blank=True, help_text=_("E.g. “Hesse”, “EU”.")
    )
    running_since = models.PositiveSmallIntegerField(
        _("running since (year)"), null=True, blank=True
    )
    description = models.TextField(_("description"), blank=True)
    example = models.TextField(
        _("an example of its use"),
        blank=True,
        help_text=_("How someone used the programme, e.g. a district and what it funded."),
    )
    website = models.URLField(_("website"), blank=True)

    history = HistoricalRecords()
    objects = FundingProgrammeQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
        ordering = ["name"]
        permissions = [publish_permission("fundingprogramme", _("funding programmes"))]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("projects:programme_detail", args=[self.slug])


class Applicant(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality or district")
    ASSOCIATION = "association", _("association")
    CHURCH = "church", _("church or charity")
    MIGRANT_ORGANISATION = "migrant_organisation", _("migrant organisation")
    COMPANY = "company", _("company")


class FundingPriorityQuerySet(SearchableQuerySet):
    def for_listing(self):
        return self.defer(*DERIVED_FIELDS).select_related("programme")

    def open_on(self, day: datetime.date):
        """Priorities one can still apply for on `day`: no deadline, or not yet passed."""
        return self.filter(models.Q(deadline__isnull=True) | models.Q(deadline__gte=day))


class FundingPriority(Searchable, PublicPart):
    """What a programme funds (Förderschwerpunkt), who may apply and until when."""

    programme = models.ForeignKey(
        FundingProgramme,
        verbose_name=_("funding programme"),
        on_delete=models.CASCADE,
        related_name="priorities",
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("The anchor of this priority on its page.")
    )
    description = models.TextField(_("description"), blank=True)
    applicants = ChoiceArrayField(
        models.CharField(max_length=30, choices=Applicant.choices),
        verbose_name=_("who may apply"),
        default=list,
        blank=True,
    )
    applicants_note = models.CharField(
        _("who may apply, in words"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “the 33 districts and the larger towns”."),
    )
    funding_rate = models.CharField(
        _("funding rate"), max_length=100, blank=True, help_text=_("E.g. “up to 80 %”.")
    )
    deadline = models.DateField(_("deadline for applications"), null=True, blank=True)
    link = models.URLField(_("link"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    history = HistoricalRecords(excluded_fields=DERIVED_FIELDS)
    objects = FundingPriorityQuerySet.as_manager()
    published_with = ("programme",)

    class Meta:
        verbose_name = _("funding priority")
        verbose_name_plural = _("funding priorities")
        ordering = ["programme", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "slug"], name="priority_slug_unique")
        ]
        indexes = [*SEARCH_INDEXES]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{self.programme.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"schwerpunkt-{self.slug}"

    def days_left(self, today=None) -> int | None:
        """Days until the deadline (0 on its day), negative once passed, None without one."""
        if self.deadline is None:
            return None
        return (self.deadline - (today or timezone.localdate())).days

    def applicant_labels(self) -> list[str]:
        return [str(Applicant(value).label) for value in self.applicants if value in Applicant]


FundingPriority.search_index = SearchIndex(
    weights={
        "A": ("title",),
        "B": ("description", "applicants_note"),
        "C": ("programme.name", "programme.provider"),
    },
    vocabulary=("title", "description"),
    reads=("programme.status",),
    facets=[
        Facet("applicant", _("Who may apply"), Applicant.choices, "applicants"),
        Facet("programme", _("Programme"), FundingProgramme, "programme.slug"),
    ],
)


# Projects -------------------------------------------------------------------------------------


class ProjectQuerySet(SearchableQuerySet):
    def for_listing(self):
        return self.defer(*DERIVED_FIELDS).select_related(
            "programme", "sponsor", "primary_action_field"
        )

    def for_detail(self):
        return self.defer(*DERIVED_FIELDS).select_related(
            "programme", "sponsor", "primary_action_field", "parent"
        )


class Project(Searchable, Publishable):
    class Phase(models.TextChoices):
        IDEA = "idea", _("idea")
        SUBMITTED = "submitted", _("submitted")
        SELECTED = "selected", _("selected for funding")
        RUNNING = "running", _("running")
        COMPLETED = "completed", _("completed")
        NOT_SELECTED = "not_selected", _("not selected")

    title = models.CharField(_("title"), max_length=200)
    slug = address_slug()
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("One or two sentences for lists.")
    )
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices, default=Phase.IDEA)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("umbrella project"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subprojects",
    )
    # Funding
    programme = models.ForeignKey(
        FundingProgramme,
        verbose_name=_("funding programme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
    )
    region = models.CharField(
        _("LAG or region"), max_length=200, blank=True, help_text=_("E.g. “LAG Imst”.")
    )
    sponsor = models.ForeignKey(
        Organization,
        verbose_name=_("sponsor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
        help_text=_("The organisation that carries the project, if it is in the network."),
    )
    sponsor_name = models.CharField(
        _("sponsor outside the network"),
        max_length=200,
        blank=True,
        help_text=_("Only if the sponsor is not an organisation of the network."),
    )
    funding_rate = models.DecimalField(
        _("funding rate in %"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    total_cost = models.DecimalField(
        _("total cost in euros"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    funding_amount = models.DecimalField(
        _("funding in euros"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    decided_on = models.DateField(_("decision date"), null=True, blank=True)
    # Where and what
    primary_action_field = models.ForeignKey(
        ActionField,
        verbose_name=_("primary action field"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    further_action_fields = models.ManyToManyField(
        ActionField, verbose_name=_("further action fields"), blank=True, related_name="+"
    )
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("municipalities"),
        blank=True,
        related_name="projects",
        help_text=_("Municipalities of the district where the project works."),
    )
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("For places outside the district.")
    )
    audiences = models.ManyToManyField(
        TargetGroup,
        verbose_name=_("target groups (for filtering)"),
        blank=True,
        related_name="projects",
    )
    # Texts
    initial_situation = models.TextField(_("initial situation"), blank=True)
    goals = models.TextField(_("goals"), blank=True)
    target_groups = models.TextField(_("target groups"), blank=True)
    benefit = models.TextField(_("benefit for the region"), blank=True)
    results = models.TextField(_("results and lessons learned"), blank=True)
    # Connections
    partners = models.ManyToManyField(
        Organization, verbose_name=_("partner organisations"), blank=True, related_name="+"
    )
    partner_regions = models.ManyToManyField(
        PartnerRegion, verbose_name=_("partner regions"), blank=True, related_name="projects"
    )
    offers = models.ManyToManyField(
        Offer,
        verbose_name=_("offers it created"),
        blank=True,
        related_name="projects",
    )
    good_practice = models.BooleanField(
        _("good practice"),
        default=False,
        help_text=_("Shown in the toolbox, with what others can take over."),
    )
    transfer_notes = models.TextField(
        _("what others can take over"),
        blank=True,
        help_text=_("For the toolbox: what worked, what it needs, what to watch out for."),
    )

    history = HistoricalRecords(excluded_fields=DERIVED_FIELDS)
    objects = ProjectQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["title"]
        permissions = [publish_permission("project", _("projects"))]
        indexes = [*SEARCH_INDEXES]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="project_ends_after_start",
                violation_error_message=_("The end must not be before the start."),
            ),
            models.CheckConstraint(
                condition=models.Q(funding_rate__isnull=True)
                | models.Q(funding_rate__gte=0, funding_rate__lte=100),
                name="project_rate_is_a_percentage",
                violation_error_message=_("The funding rate is a percentage from 0 to 100."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:project_detail", args=[self.slug])

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by a page of the site.")})
        if self.good_practice and not self.transfer_notes:
            raise ValidationError(
                {"good_practice": _("For the toolbox, write what others can take over.")}
            )
        ancestor, seen = self.parent, {self.pk}
        while ancestor is not None:
            if ancestor.pk in seen:
                raise ValidationError(
                    {"parent": _("A project cannot be its own umbrella project.")}
                )
            seen.add(ancestor.pk)
            ancestor = ancestor.parent

    def runtime(self) -> str:
        """ "2016–2018" for whole years, else "01.06.2017 – 31.12.2018" (or one end)."""
        start, end = self.starts_on, self.ends_on
        if start and end and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            return f"{start.year}–{end.year}" if start.year != end.year else str(start.year)
        shown = [f"{day:%d.%m.%Y}" if day else "" for day in (start, end)]
        return " – ".join(shown).strip() if any(shown) else ""

    def action_field_slugs(self) -> list[str]:
        found = [self.primary_action_field.slug] if self.primary_action_field_id else []
        return found + [field.slug for field in self.further_action_fields.all()]

    def years(self) -> list[str]:
        """The years it ran (or was decided in), for the year filter."""
        start = self.starts_on or self.decided_on
        if start is None:
            return []
        end = max(self.ends_on or start, start)
        return [str(year) for year in range(start.year, end.year + 1)]


def _years():
    this_year = timezone.localdate().year
    return [(str(year), str(year)) for year in range(this_year + 5, 1999, -1)]


# The names of the sponsor and the programme are not searched: they may be drafts, and a
# project is public without them (its sponsor_name, written by staff, is).
Project.search_index = SearchIndex(
    weights={
        "A": ("title", "short_name"),
        "B": ("summary", "goals", "transfer_notes"),
        "C": (
            "initial_situation",
            "target_groups",
            "benefit",
            "results",
            "place",
            "region",
            "sponsor_name",
            "measures.text",
        ),
    },
    vocabulary=("title", "short_name", "summary"),
    facets=[
        Facet("phase", _("Phase"), Project.Phase.choices, "phase"),
        Facet(
            "action_field",
            _("Action field"),
            ActionField,
            Project.action_field_slugs,
            depends=("primary_action_field.slug", "further_action_fields.slug"),
        ),
        Facet("programme", _("Programme"), FundingProgramme, "programme.slug"),
        Facet(
            "year", _("Year"), _years, Project.years, depends=("starts_on", "ends_on", "decided_on")
        ),
        Facet("target_group", _("Target group"), TargetGroup, "audiences.slug"),
        Facet("municipality", _("Municipality"), Municipality, "municipalities.slug"),
    ],
)


class Measure(models.Model):
    """One step of a project, in order."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="measures"
    )
    text = models.CharField(_("measure"), max_length=500)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text


class ProjectLink(models.Model):
    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="links"
    )
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class ProjectDocument(Document):
    """A report, flyer or poster of a project. Visitors can open only public documents of a
    published project; staff open every one, through the same view."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="documents"
    )

    history = HistoricalRecords(excluded_fields=["data"])

    class Meta(Document.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def get_absolute_url(self):
        return reverse("projects:document", args=[self.project.slug, self.pk])
