"""The staff roles, kept in step with the code after every `migrate`.

Editors (Redaktion) research and write entries and send them to review; publishers
(Veröffentlichung) also publish, archive and delete, and keep the shared reference
data. Each app lists its content models here as it grows; nothing is set up by hand.
"""

from django.contrib.auth.models import Group, Permission

EDITORS = "Redaktion"
PUBLISHERS = "Veröffentlichung"

EDIT = ("view", "add", "change")
ALL = ("view", "add", "change", "delete")
CONTENT = {EDITORS: EDIT, PUBLISHERS: (*ALL, "publish")}
REFERENCE = {EDITORS: ("view",), PUBLISHERS: EDIT}

# app_label.model -> what each role may do with it
CONTENT_MODELS: dict[str, dict[str, tuple[str, ...]]] = {
    "integration_portal.municipality": REFERENCE,
    "integration_portal.language": REFERENCE,
    "integration_portal.sitesettings": {PUBLISHERS: ("view", "change")},
    "network.organization": CONTENT,
    "directory.offer": CONTENT,
    "directory.category": REFERENCE,
    "directory.targetgroup": REFERENCE,
    "directory.location": {EDITORS: EDIT, PUBLISHERS: ALL},
    # rows edited inside the offer form
    "directory.offerlocation": {EDITORS: ALL, PUBLISHERS: ALL},
    "directory.openinghours": {EDITORS: ALL, PUBLISHERS: ALL},
    "directory.closure": {EDITORS: ALL, PUBLISHERS: ALL},
}


def role_permissions() -> dict[str, set[tuple[str, str, str]]]:
    """{role: {(app_label, model, codename)}} as the table above asks."""
    wanted: dict[str, set[tuple[str, str, str]]] = {EDITORS: set(), PUBLISHERS: set()}
    for label, roles in CONTENT_MODELS.items():
        app_label, model = label.split(".")
        for role, actions in roles.items():
            for action in actions:
                codename = action if action == "publish" else f"{action}_{model}"
                wanted[role].add((app_label, model, codename))
    return wanted


def sync_roles(**kwargs):
    """post_migrate handler: create the groups and give them exactly their permissions."""
    for role, wanted in role_permissions().items():
        group, _ = Group.objects.get_or_create(name=role)
        permissions = [
            p
            for p in Permission.objects.select_related("content_type")
            if (p.content_type.app_label, p.content_type.model, p.codename) in wanted
        ]
        group.permissions.set(permissions)
