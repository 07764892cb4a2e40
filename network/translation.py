from modeltranslation.translator import TranslationOptions, register

from network.models import (
    ContactPerson,
    Event,
    Meeting,
    News,
    Organization,
    VolunteerRole,
    WorkingGroup,
)

TEXTS = {
    Organization: ["description"],
    ContactPerson: ["role"],
    WorkingGroup: ["name", "purpose"],
    Meeting: ["agenda", "public_minutes"],
    Event: ["title", "description", "cost_note"],
    News: ["title", "summary", "body"],
    VolunteerRole: ["title", "tasks", "commitment_note", "skills", "how_to_apply"],
}
# The first text of a type is the one it cannot go without, in German.
REQUIRED = {WorkingGroup: "name", Event: "title", News: "title", VolunteerRole: "title"}

for model, fields in TEXTS.items():
    options = {"fields": fields}
    if model in REQUIRED:
        options["required_languages"] = {"de": [REQUIRED[model]]}
    register(model)(type(f"{model.__name__}Translation", (TranslationOptions,), options))
    # The history keeps every language of a text, so that restoring a version restores all.
    register(model.history.model)(
        type(f"Historical{model.__name__}Translation", (TranslationOptions,), {"fields": fields})
    )
