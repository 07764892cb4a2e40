from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class IntegrationPortalConfig(AppConfig):
    name = "integration_portal"
    verbose_name = _("Site and shared data")

    def ready(self):
        from integration_portal import checks, indexing, roles  # noqa: F401 (checks register)

        roles.declare("integration_portal.municipality", roles.REFERENCE)
        roles.declare("integration_portal.language", roles.REFERENCE)
        roles.declare("integration_portal.category", roles.REFERENCE)
        roles.declare("integration_portal.sitesettings", roles.SETTINGS)
        roles.declare("integration_portal.location", roles.PLACES)
        roles.declare(
            "integration_portal.revision",
            {
                roles.EDITORS: roles.VIEW,
                roles.PUBLISHERS: ("view", "decide"),
                roles.PARTNERS: roles.VIEW,
            },
        )
        roles.declare(
            "integration_portal.report",
            {roles.EDITORS: ("view", "change"), roles.PUBLISHERS: ("view", "change", "delete")},
        )
        # The mail queue (mail.py): the administration sees what failed and when it retries.
        roles.declare("django_tasks_database.dbtaskresult", {roles.ADMINISTRATORS: roles.VIEW})
        # Sign-in: the administration unlocks locked sign-ins (deletes the attempts) and
        # resets a lost second factor (deletes the device; the next sign-in sets up a new one).
        roles.declare("axes.accessattempt", {roles.ADMINISTRATORS: ("view", "delete")})
        roles.declare("axes.accessfailurelog", {roles.ADMINISTRATORS: ("view", "delete")})
        roles.declare("axes.accesslog", {roles.ADMINISTRATORS: roles.VIEW})
        roles.declare("otp_totp.totpdevice", {roles.ADMINISTRATORS: ("view", "delete")})
        roles.declare("otp_static.staticdevice", {roles.ADMINISTRATORS: ("view", "delete")})
        roles.declare("auth.user", roles.ACCOUNTS)
        roles.declare("auth.group", {roles.ADMINISTRATORS: roles.VIEW})
        post_migrate.connect(roles.sync_roles, dispatch_uid="integration_portal.sync_roles")
        post_migrate.connect(indexing.index_missing, dispatch_uid="integration_portal.index")
        # Every app's models are loaded before any ready() runs: watch what they declare.
        indexing.connect()
