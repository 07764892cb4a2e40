"""System checks that keep the declarations of the content apps complete."""

from django.apps import apps
from django.core import checks

from integration_portal.publishing import PublicPart, Publishable
from integration_portal.roles import publish_codename


@checks.register()
def publish_permission_declared(app_configs=None, **kwargs):
    """Every publishable content type has its own publish permission."""
    errors = []
    for model in apps.get_models():
        if not issubclass(model, Publishable):
            continue
        codename = publish_codename(model._meta.model_name)
        if codename not in {name for name, _label in model._meta.permissions}:
            errors.append(
                checks.Error(
                    f"{model._meta.label} has no “{codename}” permission.",
                    hint='Add publish_permission("<model>", _("<plural>")) to Meta.permissions.',
                    obj=model,
                    id="kompass.E001",
                )
            )
    return errors


@checks.register()
def public_parts_name_their_owner(app_configs=None, **kwargs):
    """A PublicPart without `published_with` would be public with nothing: every row."""
    errors = []
    for model in apps.get_models():
        if not issubclass(model, PublicPart):
            continue
        owners = [model._meta.get_field(name) for name in model.published_with]
        if not owners or any(field.null for field in owners):
            errors.append(
                checks.Error(
                    f"{model._meta.label} is a PublicPart without a required owner.",
                    hint='Set published_with = ("<foreign key>",) to a non-null foreign key.',
                    obj=model,
                    id="kompass.E002",
                )
            )
    return errors
