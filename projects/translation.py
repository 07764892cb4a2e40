from modeltranslation.translator import TranslationOptions, register

from projects.models import (
    ActionField,
    FundingPriority,
    FundingProgramme,
    Measure,
    PartnerRegion,
    Project,
    ProjectDocument,
    ProjectLink,
)

TEXTS = {
    ActionField: ["name"],
    PartnerRegion: ["country"],
    FundingProgramme: ["name", "description", "example"],
    FundingPriority: ["title", "description", "applicants_note", "funding_rate"],
    Project: [
        "title",
        "summary",
        "place",
        "initial_situation",
        "goals",
        "target_groups",
        "benefit",
        "results",
        "transfer_notes",
    ],
    Measure: ["text"],
    ProjectLink: ["title"],
    ProjectDocument: ["title"],
}
# The text each type cannot go without, in German.
REQUIRED = {
    ActionField: "name",
    FundingProgramme: "name",
    FundingPriority: "title",
    Project: "title",
    Measure: "text",
    ProjectLink: "title",
    ProjectDocument: "title",
}
# Reference data without a history.
PLAIN = {ActionField, PartnerRegion}

for model, fields in TEXTS.items():
    options = {"fields": fields}
    if model in REQUIRED:
        options["required_languages"] = {"de": [REQUIRED[model]]}
    register(model)(type(f"{model.__name__}Translation", (TranslationOptions,), options))
    if model not in PLAIN:
        # The history keeps every language of a text, so that restoring restores all.
        register(model.history.model)(
            type(
                f"Historical{model.__name__}Translation", (TranslationOptions,), {"fields": fields}
            )
        )
