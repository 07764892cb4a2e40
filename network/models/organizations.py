import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from integration_portal.facets import Facet
from integration_portal.fields import ChoiceArrayField, address_slug
from integration_portal.indexing import (
    DERIVED_FIELDS,
    SEARCH_INDEXES,
    Searchable,
    SearchableQuerySet,
    SearchIndex,
)
from integration_portal.models import Location, Municipality, StoredImage
from integration_portal.publishing import (
    Publishable,
    Verifiable,
    publish_permission,
)

# Paths under /netzwerk/ that are pages of their own, not organisations.
RESERVED_SLUGS = {"arbeitskreise", "ehrenamt", "mitmachen", "pruefen"}


class OrganizationQuerySet(SearchableQuerySet):
    def for_listing(self):
        """What a list of organisations shows, without the search columns."""
        return self.defer(*DERIVED_FIELDS).select_related("municipality")

    def for_detail(self):
        return self.defer(*DERIVED_FIELDS, "logo__data").select_related(
            "municipality", "location__municipality", "logo"
        )


class Organization(Searchable, Publishable, Verifiable):
    """A partner organisation: provides offers, funds, coordinates or places volunteers.

    An organisation that applies to join the network through the public form arrives as a
    draft with its application text (`application`), which is internal.
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

    class Role(models.TextChoices):
        PROVIDER = "provider", _("provides offers")
        FUNDER = "funder", _("funder")
        COORDINATOR = "coordinator", _("coordinates the network")
        VOLUNTEER_CENTRE = "volunteer_centre", _("places volunteers")

    name = models.CharField(_("name"), max_length=200)
    slug = address_slug()
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

    logo = models.ForeignKey(
        StoredImage,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("PNG, JPEG or WebP, at most 5 MB. It is checked, reduced and stored as WebP."),
    )
    member_since = models.DateField(_("network member since"), null=True, blank=True)
    network_roles = ChoiceArrayField(
        models.CharField(max_length=20, choices=Role.choices),
        verbose_name=_("roles in the network"),
        default=list,
        blank=True,
    )
    application = models.TextField(
        _("application"),
        blank=True,
        help_text=_("What the organisation wrote when it applied to join. Never shown publicly."),
    )
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True, editable=False)

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

    def clean(self):
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by a page of the site.")})

    def role_labels(self) -> list[str]:
        return [str(self.Role(role).label) for role in self.network_roles if role in self.Role]

    def municipality_slugs(self) -> list[str]:
        found = [self.municipality.slug] if self.municipality else []
        return found + ([self.location.municipality.slug] if self.location else [])


class ContactPersonQuerySet(models.QuerySet):
    def public(self):
        """Only people who agreed, on a recorded date, to be named on the site."""
        return self.filter(consent_on__isnull=False)


class ContactPerson(models.Model):
    """A person to ask at an organisation. Part of the organisation: published with it, and
    shown publicly only once their consent is recorded with its date."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    consent_on = models.DateField(
        _("consent to publication on"),
        null=True,
        blank=True,
        help_text=_("Only fill in once the person agreed to be named on the website."),
    )
    consent_note = models.CharField(
        _("how consent was given"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “e-mail of 3 March”, “signed form”."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)

    history = HistoricalRecords()
    objects = ContactPersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


Organization.search_index = SearchIndex(
    weights={
        "A": ("name",),
        "B": ("description",),
        "C": ("municipality.name", "location.name", "location.municipality.name"),
    },
    vocabulary=("name", "description"),
    parts=("contacts",),
    facets=[
        Facet("kind", _("Kind"), Organization.Kind.choices, "kind"),
        Facet("role", _("Role in the network"), Organization.Role.choices, "network_roles"),
        Facet(
            "municipality",
            _("Municipality"),
            Municipality,
            Organization.municipality_slugs,
            depends=("municipality.slug", "location.municipality.slug"),
        ),
    ],
)


class PartnerAccount(models.Model):
    """The login of a partner organisation: a staff account with the role
    Partnerorganisation that sees and changes only this organisation and its entries."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.CASCADE,
        related_name="partner_account",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="partner_accounts",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("partner account")
        verbose_name_plural = _("partner accounts")
        ordering = ["organization__name", "user__username"]

    def __str__(self):
        return f"{self.user} – {self.organization}"


def partner_organization(user) -> int | None:
    """The organisation a user's partner account belongs to (roles.partner_scopes)."""
    return (
        PartnerAccount.objects.filter(user=user).values_list("organization_id", flat=True).first()
    )


class VerificationRequest(models.Model):
    """A message asking an organisation to check its entries, with a link that needs no
    login: signed, valid for `VALID_FOR`, answered once."""

    VALID_FOR = datetime.timedelta(days=30)

    class Answer(models.TextChoices):
        CORRECT = "correct", _("everything is still correct")
        CHANGED = "changed", _("something changed")

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="verification_requests",
    )
    sent_to = models.EmailField(_("sent to"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answer = models.CharField(_("answer"), max_length=10, choices=Answer.choices, blank=True)

    class Meta:
        verbose_name = _("request to check entries")
        verbose_name_plural = _("requests to check entries")
        ordering = ["-sent_at"]

    def __str__(self):
        return (
            f"{self.organization} ({self.sent_at:%d.%m.%Y})"
            if self.sent_at
            else str(self.organization)
        )

    def is_open(self) -> bool:
        return self.answered_at is None and timezone.now() < self.sent_at + self.VALID_FOR
