"""Model fields the content types share."""

from django import forms
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class ChoiceArrayField(ArrayField):
    """A list of values from fixed choices (an organisation's roles in the network), edited
    as a row of checkboxes instead of the comma-separated text of a plain ArrayField."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.base_field.choices,
            coerce=self.base_field.to_python,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{k: v for k, v in kwargs.items() if k in ("initial", "disabled")},
        )


def address_slug(**options) -> models.SlugField:
    """The slug of a public entry: the last part of its address, unique within its type."""
    return models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("Part of the address. Do not change it after publishing: shared links break."),
        **options,
    )


def free_slug(model, text: str, fallback: str, taken=frozenset()) -> str:
    """An unused slug for a new entry of `model` made from `text` ("verein-neuland",
    "verein-neuland-2", …), avoiding the words in `taken` (paths of other pages)."""
    base = slugify(text)[:180] or fallback
    slug, number = base, 1
    while slug in taken or model._default_manager.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
