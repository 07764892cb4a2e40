"""The publishing base shared by every public content type.

Public code reads content only through `published()`; detail views 404 through it.
Staff see drafts only through an explicit preview in the admin.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class PublishableQuerySet(models.QuerySet):
    def published(self, at=None):
        """What the public may see at `at` (now by default)."""
        at = at or timezone.now()
        found = self
        if issubclass(self.model, Publishable):  # a PublicPart has no state of its own
            found = self.filter(
                Q(publish_from__isnull=True) | Q(publish_from__lte=at),
                Q(publish_until__isnull=True) | Q(publish_until__gt=at),
                status=Status.PUBLISHED,
            )
            if ends := self.model.last_day_field:
                found = found.exclude(**{f"{ends}__lt": timezone.localdate(at)})
        return self._with_owners(found, at)

    def ended(self, at=None):
        """Published entries whose last day has passed: off the site by themselves, waiting
        for staff to archive or extend them."""
        condition = ended(self.model, at)
        return self.none() if condition is None else self.filter(condition)

    def _with_owners(self, found, at):
        for name in self.model.published_with:
            field = self.model._meta.get_field(name)
            public = Q(**{f"{name}__in": field.related_model._default_manager.published(at)})
            found = found.filter(public | Q(**{f"{name}__isnull": True}) if field.null else public)
        return found


def ended(model, at=None) -> Q | None:
    """The condition of `QuerySet.ended()`, to count with (None: the type has no last day)."""
    if not (last_day := getattr(model, "last_day_field", None)):
        return None
    return Q(status=Status.PUBLISHED, **{f"{last_day}__lt": timezone.localdate(at)})


class Publishable(models.Model):
    """Abstract base: status, publication window, timestamps and who changed it last.

    Each concrete model declares its own publish permission in its Meta
    (`permissions = [publish_permission("offer", _("offers"))]`), which only publishers
    hold; a system check (checks.py) makes sure none is forgotten.
    """

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Only published entries appear on the public site."),
    )
    publish_from = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Optional: the entry appears only from this moment on."),
    )
    publish_until = models.DateTimeField(
        _("publish until"),
        null=True,
        blank=True,
        help_text=_("Optional: the entry disappears by itself at this moment."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PublishableQuerySet.as_manager()

    # Foreign keys to publishable entries this one is public only with: an offer of an
    # organisation that is not (or no longer) public is not public either.
    published_with: tuple[str, ...] = ()
    # A date field: the entry's last day (a course's end). The day after, it leaves the
    # public site by itself, at local midnight.
    last_day_field: str | None = None

    class Meta:
        abstract = True

    def is_public(self, at=None) -> bool:
        at = at or timezone.now()
        last_day = getattr(self, self.last_day_field) if self.last_day_field else None
        return (
            self.status == Status.PUBLISHED
            and (self.publish_from is None or self.publish_from <= at)
            and (self.publish_until is None or self.publish_until > at)
            and (last_day is None or last_day >= timezone.localdate(at))
            and all(
                related is None or related.is_public(at)
                for related in (getattr(self, name) for name in self.published_with)
            )
        )


class PublicPart(models.Model):
    """Abstract: a row edited inside an entry's form that is also shown and searched on its
    own (a funding programme's priorities), public exactly when the entries it names in
    `published_with` are. It has no status of its own: it is published with its owner."""

    objects = PublishableQuerySet.as_manager()
    published_with: tuple[str, ...] = ()
    last_day_field = None

    class Meta:
        abstract = True

    def is_public(self, at=None) -> bool:
        return all(getattr(self, name).is_public(at) for name in self.published_with)


def publish_permission(model_name: str, plural) -> tuple[str, str]:
    """The (codename, name) of the permission to publish entries of one content type."""
    return (f"publish_{model_name}", format_lazy(_("Can publish and archive {}"), plural))


class Verifiable(models.Model):
    """Abstract: the date a person last checked the entry against reality."""

    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("Shown publicly as “checked on …”; entries older than a year count as stale."),
    )

    class Meta:
        abstract = True
