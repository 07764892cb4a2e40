import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
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
    batch_memo,
)
from integration_portal.models import (
    Category,
    Cost,
    Language,
    Location,
    Municipality,
    OpeningHoursBase,
    Taxonomy,
)
from integration_portal.publishing import (
    Publishable,
    Status,
    Verifiable,
    publish_permission,
)
from network.models import Organization

# Paths below /angebote/ that are pages of their own, not offers.
RESERVED_SLUGS = {"vorschlagen"}


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


def _translated(field: str) -> list[str]:
    """The columns of a translated field that the current reader can see."""
    languages = dict.fromkeys([get_language() or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE])
    return [f"{field}_{code}" for code in languages]


def _listing_columns() -> list[str]:
    return [
        "slug", "status", "cost", "mode", "childcare", "created_at", "organization__name",
        *_translated("title"), *_translated("summary"),
    ]  # fmt: skip


class OfferQuerySet(SearchableQuerySet):
    def for_listing(self):
        """What a list of offers shows, in a fixed number of queries.

        Only the columns a card shows, in the reader's language and German: an offer has
        over a hundred columns (eight languages, eight search vectors), and reading and
        compiling them all for every list would cost more than everything else together.
        """
        places = OfferLocation.objects.select_related("location__municipality").only(
            "offer_id", "by_appointment", "position", "location__name", "location__municipality__name",
            "location__municipality__slug",
        )  # fmt: skip
        return (
            self.only(*_listing_columns())
            .select_related("organization")
            .prefetch_related(
                models.Prefetch(
                    "categories", queryset=Category.objects.only(*_translated("name"), "slug")
                ),
                models.Prefetch("offer_locations", queryset=places),
            )
        )

    def for_detail(self):
        """Everything the detail page shows (all columns but the search index)."""
        return (
            self.defer(*DERIVED_FIELDS)
            .select_related("organization")
            .prefetch_related(
                "categories",
                models.Prefetch(
                    "offer_locations",
                    queryset=OfferLocation.objects.select_related("location__municipality"),
                ),
                "target_groups",
                "languages",
                "municipalities_served",
                models.Prefetch("hours", queryset=OpeningHours.objects.select_related("location")),
                "closures",
            )
        )

    def in_municipality(self, slug):
        """Offers located in or serving the municipality (whole-district ones included)."""
        return self.with_facet("municipality", slug)

    def open_at(self, moment: datetime.datetime):
        """Offers with an opening-hours slot that covers `moment` (local time)."""
        local = timezone.localtime(moment)
        day, now = local.date(), local.time()
        applies = (Q(valid_from__isnull=True) | Q(valid_from__lte=day)) & (
            Q(valid_until__isnull=True) | Q(valid_until__gte=day)
        )
        dated_today = OpeningHours.objects.filter(
            applies, offer=OuterRef("offer"), valid_from__isnull=False
        )
        slot = (
            OpeningHours.objects.filter(
                applies,
                offer=OuterRef("pk"),
                weekday=local.isoweekday(),
                opens__lte=now,
                closes__gt=now,
            )
            # Holiday hours (a dated slot) replace the regular ones on the days they cover.
            .annotate(holiday_today=Exists(dated_today))
            .filter(Q(valid_from__isnull=False) | Q(holiday_today=False))
        )
        closed = Closure.objects.filter(offer=OuterRef("pk"), start__lte=day, end__gte=day)
        return self.filter(Exists(slot)).exclude(Exists(closed))


class Offer(Searchable, Publishable, Verifiable):
    """An offer that helps people settle in (HSDS service)."""

    Cost = Cost

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        ONLINE = "online", _("online")
        HYBRID = "hybrid", _("in person and online")

    class StepFree(models.TextChoices):
        YES = "yes", _("step-free")
        NO = "no", _("not step-free")
        UNKNOWN = "unknown", _("not known")

    class Level(models.TextChoices):
        A1 = "A1", "A1"
        A2 = "A2", "A2"
        B1 = "B1", "B1"
        B2 = "B2", "B2"
        C1 = "C1", "C1"
        C2 = "C2", "C2"

    title = models.CharField(_("title"), max_length=200)
    slug = address_slug()
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One plain sentence."))
    description = models.TextField(_("description"), blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="offers",
        help_text=_("Needed before the offer goes to review; a suggestion may come without."),
    )
    categories = models.ManyToManyField(
        Category, verbose_name=_("categories"), related_name="offers"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="offers"
    )
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="offers",
        help_text=_("Languages people can use at this offer."),
    )
    language_taught = models.ForeignKey(
        Language,
        verbose_name=_("language taught"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="courses",
        help_text=_("For language courses."),
    )
    level_from = models.CharField(_("level from"), max_length=2, choices=Level.choices, blank=True)
    level_to = models.CharField(_("level to"), max_length=2, choices=Level.choices, blank=True)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(_("note on cost"), max_length=300, blank=True)
    registration_required = models.BooleanField(_("registration required"), default=False)
    referral_required = models.BooleanField(_("referral required"), default=False)
    how_to_access = models.TextField(_("how to access"), blank=True)
    eligibility = models.TextField(_("who can take part"), blank=True)
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON)
    childcare = models.BooleanField(_("childcare available"), default=False)
    step_free = models.CharField(
        _("step-free access"), max_length=10, choices=StepFree.choices, default=StepFree.UNKNOWN
    )
    accessibility_note = models.CharField(_("note on accessibility"), max_length=300, blank=True)
    serves_whole_district = models.BooleanField(_("serves the whole district"), default=False)
    municipalities_served = models.ManyToManyField(
        Municipality,
        verbose_name=_("further municipalities served"),
        blank=True,
        related_name="+",
        help_text=_("Besides the municipalities of its locations."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("For offers that end (a course): the day after, it leaves the site by itself."),
    )
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    locations = models.ManyToManyField(
        Location, through="OfferLocation", verbose_name=_("locations"), related_name="offers"
    )
    # Sent by the public through "suggest an offer": internal, never shown on the site.
    suggested_at = models.DateTimeField(_("suggested on"), null=True, blank=True, editable=False)
    suggested_by = models.CharField(_("suggested by"), max_length=200, blank=True)
    suggester_email = models.EmailField(_("e-mail of the person who suggested it"), blank=True)
    suggestion_note = models.TextField(_("message with the suggestion"), blank=True)

    # Derived columns (search, facets) are not history: they are recomputed from the rest.
    history = HistoricalRecords(excluded_fields=DERIVED_FIELDS)
    objects = OfferQuerySet.as_manager()
    published_with = ("organization",)
    last_day_field = "end_date"

    class Meta(Publishable.Meta):
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["title"]
        permissions = [publish_permission("offer", _("offers"))]
        indexes = [models.Index(fields=["-created_at"], name="offer_newest"), *SEARCH_INDEXES]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("directory:offer_detail", args=[self.slug])

    def clean(self):
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by a page of the site.")})
        if self.organization_id is None and self.status != Status.DRAFT:
            raise ValidationError(
                {"organization": _("Please choose the organisation that runs the offer.")}
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day must not be before the start.")})
        if self.level_from and self.level_to and self.level_from > self.level_to:
            raise ValidationError({"level_to": _("The level to must not be below the level from.")})
        if (
            self.registration_deadline
            and self.start_date
            and self.registration_deadline > self.start_date
        ):
            raise ValidationError(
                {
                    "registration_deadline": _(
                        "The registration deadline must not be after the start."
                    )
                }
            )

    def municipality_slugs(self) -> list[str]:
        """Where it is or whom it serves: its places, further municipalities, or all."""
        if self.serves_whole_district:
            return batch_memo(
                "municipalities", lambda: list(Municipality.objects.values_list("slug", flat=True))
            )
        places = [place.municipality.slug for place in self.locations.all()]
        return places + [m.slug for m in self.municipalities_served.all()]

    def modes(self) -> list[str]:
        # Hybrid offers can be joined both ways: they count for both.
        if self.mode == self.Mode.HYBRID:
            return [self.Mode.HYBRID, self.Mode.IN_PERSON, self.Mode.ONLINE]
        return [self.mode]

    @property
    def level(self) -> str:
        if self.level_from and self.level_to and self.level_from != self.level_to:
            return f"{self.level_from}–{self.level_to}"
        return self.level_from or self.level_to

    @property
    def places(self):
        return [link.location for link in self.offer_locations.all()]

    def is_open_at(self, moment: datetime.datetime) -> bool:
        """Python twin of OfferQuerySet.open_at, on prefetched hours and closures."""
        local = timezone.localtime(moment)
        day, now = local.date(), local.time()
        if any(c.start <= day <= c.end for c in self.closures.all()):
            return False
        today = [h for h in self.hours.all() if h.applies_on(day)]
        if any(h.valid_from for h in today):
            today = [h for h in today if h.valid_from]
        return any(h.weekday == local.isoweekday() and h.opens <= now < h.closes for h in today)

    def regular_hours(self):
        return [h for h in self.hours.all() if h.valid_from is None and h.valid_until is None]

    def special_hours(self):
        return [h for h in self.hours.all() if h.valid_from or h.valid_until]


class OfferLocation(models.Model):
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="offer_locations")
    location = models.ForeignKey(Location, verbose_name=_("location"), on_delete=models.PROTECT)
    by_appointment = models.BooleanField(_("by appointment only"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("location of the offer")
        verbose_name_plural = _("locations of the offer")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["offer", "location"], name="offer_location_once")
        ]

    def __str__(self):
        return str(self.location)


class OpeningHours(OpeningHoursBase):
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="hours")

    class Meta(OpeningHoursBase.Meta):
        pass


class Closure(models.Model):
    """A period when the offer is closed (holidays)."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="closures")
    start = models.DateField(_("from"))
    end = models.DateField(_("until"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        ordering = ["start"]

    def __str__(self):
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must not be before the start.")})


Offer.search_index = SearchIndex(
    weights={
        "A": ("title",),
        "B": ("summary",),
        "C": (
            "description",
            "eligibility",
            "how_to_access",
            "cost_note",
            "categories.name",
            "target_groups.name",
            "organization.name",
            "locations.name",
            "locations.municipality.name",
        ),
    },
    vocabulary=("title", "summary", "categories.name"),
    reads=("organization.status",),
    parts=("hours", "closures"),
    # Offers for the whole district serve every municipality, a new or renamed one too.
    watches=(
        (
            Municipality,
            ("slug",),
            lambda row: Offer.objects.filter(serves_whole_district=True).values_list(
                "pk", flat=True
            ),
        ),
    ),
    facets=[
        Facet("category", _("Topic"), Category, "categories.slug"),
        Facet(
            "municipality",
            _("Municipality"),
            Municipality,
            Offer.municipality_slugs,
            depends=(
                "serves_whole_district",
                "locations.municipality.slug",
                "municipalities_served.slug",
            ),
        ),
        Facet("target_group", _("For whom"), TargetGroup, "target_groups.slug"),
        Facet("language", _("Language spoken"), Language, "languages.code", value_field="code"),
        Facet("cost", _("Cost"), Offer.Cost.choices, "cost"),
        Facet("mode", _("How"), Offer.Mode.choices, Offer.modes, depends=("mode",)),
    ],
)
