"""Model fields the content types share."""

from django import forms
from django.contrib.postgres.fields import ArrayField


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
