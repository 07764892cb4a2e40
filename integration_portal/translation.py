from modeltranslation.translator import TranslationOptions, register

from integration_portal.models import Category, Language, Location, SiteSettings


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ["name"]


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ["site_name", "region_name", "tagline", "imprint", "privacy", "accessibility"]


@register(Location)
class LocationTranslation(TranslationOptions):
    fields = ["transit_note", "accessibility_note"]


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ["name", "description"]
    required_languages = ["de"]
