from modeltranslation.translator import TranslationOptions, register

from directory.models import Closure, Offer, TargetGroup

OFFER_TEXTS = [
    "title",
    "summary",
    "description",
    "cost_note",
    "how_to_access",
    "eligibility",
    "accessibility_note",
]


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ["name"]
    required_languages = ["de"]


@register(Offer)
class OfferTranslation(TranslationOptions):
    fields = OFFER_TEXTS
    required_languages = {"de": ["title", "summary"]}


@register(Offer.history.model)
class HistoricalOfferTranslation(TranslationOptions):
    fields = OFFER_TEXTS


@register(Closure)
class ClosureTranslation(TranslationOptions):
    fields = ["note"]
