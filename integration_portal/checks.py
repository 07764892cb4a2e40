"""System checks that keep the declarations of the content apps complete."""

from django.apps import apps
from django.core import checks

from integration_portal.publishing import Publishable
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
