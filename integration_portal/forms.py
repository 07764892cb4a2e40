from django import forms
from django.utils.translation import gettext_lazy as _


class AccessibleErrorsMixin:
    """Ties each field to its help text and, when invalid, to its error message, and marks
    invalid fields for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-help"

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-invalid"] = "true"
                described = [f"{self[name].auto_id}-error"]
                if self.fields[name].help_text:
                    described.append(f"{self[name].auto_id}-help")
                widget.attrs["aria-describedby"] = " ".join(described)


class SearchForm(AccessibleErrorsMixin, forms.Form):
    q = forms.CharField(
        label=_("What are you looking for?"),
        max_length=200,
        required=False,
        strip=True,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("e.g. German course, counselling, childcare")}
        ),
        error_messages={"max_length": _("Please use at most %(limit_value)d characters.")},
    )


class PublicForm(AccessibleErrorsMixin, forms.Form):
    """A form anyone may send: with a honeypot field that people never see (hidden by the
    style sheet, skipped by the keyboard and screen readers) and bots fill in."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "tabindex": "-1", "class": "trap__input"}
        ),
    )

    def is_spam(self) -> bool:
        return bool(self.data.get("homepage"))
