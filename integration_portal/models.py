from django.contrib.postgres.fields import ArrayField
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    """A municipality of the region (Gemeinde). Loaded from a fixture per region."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    postcodes = ArrayField(
        models.CharField(max_length=10),
        verbose_name=_("postcodes"),
        default=list,
        blank=True,
        help_text=_("Separate several postcodes with commas."),
    )
    district = models.CharField(_("district"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language people speak (ISO 639), e.g. at an offer; not the same as a site language."""

    class Direction(models.TextChoices):
        LTR = "ltr", _("left to right")
        RTL = "rtl", _("right to left")

    code = models.CharField(
        _("ISO 639 code"),
        max_length=8,
        unique=True,
        help_text=_("Two letters (ISO 639-1) where there are, otherwise three (ISO 639-3)."),
    )
    name = models.CharField(_("name"), max_length=100)
    native_name = models.CharField(_("name in the language itself"), max_length=100)
    direction = models.CharField(
        _("text direction"), max_length=3, choices=Direction.choices, default=Direction.LTR
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["position", "code"]

    def __str__(self):
        return f"{self.name} ({self.native_name})" if self.native_name != self.name else self.name


class SiteSettings(models.Model):
    """The texts and contact details that make the site this region's site.

    One row; another region changes these in the admin instead of the code.
    """

    CACHE_KEY = "integration_portal.site_settings"

    site_name = models.CharField(_("site name"), max_length=120)
    region_name = models.CharField(_("region name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=250, blank=True)
    operator = models.CharField(
        _("operator"),
        max_length=200,
        blank=True,
        help_text=_("Who runs the site, for the imprint."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    imprint = models.TextField(_("imprint"), blank=True)
    privacy = models.TextField(_("privacy statement"), blank=True)
    accessibility = models.TextField(_("accessibility statement"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(self._meta.verbose_name)

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)
        cache.delete(self.CACHE_KEY)

    @classmethod
    def load(cls) -> "SiteSettings":
        """The settings row, cached for a minute; unsaved defaults if staff never saved it."""
        current = cache.get(cls.CACHE_KEY)
        if current is None:
            current = cls.objects.filter(pk=1).first() or cls(
                pk=1, site_name="Kompass Integration & Gemeinwohl", region_name="Bezirk Imst"
            )
            cache.set(cls.CACHE_KEY, current, 60)
        return current
