from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from integration_portal.models import Municipality
from integration_portal.publishing import Publishable, PublishableQuerySet, Verifiable


class Organization(Publishable, Verifiable):
    """A partner organisation: provides offers, funds, coordinates or places volunteers.

    Small for now; the network issue grows it (contacts, roles, membership).
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
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(
        _("kind"), max_length=30, choices=Kind.choices, default=Kind.ASSOCIATION
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organizations",
    )

    history = HistoricalRecords()
    objects = PublishableQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
