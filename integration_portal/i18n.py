from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname


def shown_in_fallback(obj, field: str, language: str | None = None) -> bool:
    """True when `field` has no text in the reader's language, so German is shown instead."""
    language = language or get_language()
    own = getattr(obj, build_localized_fieldname(field, language), None)
    return not own and bool(getattr(obj, field, None))
