from modeltranslation.translator import TranslationOptions, register

from network.models import Organization


@register(Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ["description"]


@register(Organization.history.model)
class HistoricalOrganizationTranslation(TranslationOptions):
    fields = ["description"]
