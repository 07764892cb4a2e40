from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class IntegrationPortalConfig(AppConfig):
    name = "integration_portal"
    verbose_name = _("Site and shared data")

    def ready(self):
        from integration_portal.roles import sync_roles

        post_migrate.connect(sync_roles, dispatch_uid="integration_portal.sync_roles")
