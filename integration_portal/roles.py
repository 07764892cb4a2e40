"""The staff roles, kept in step with the code after every `migrate`.

Editors (Redaktion) research and write entries and send them to review; publishers
(Veröffentlichung) also publish, archive and delete, and keep the shared reference data.
Each app declares what the roles may do with its own models in its AppConfig.ready()
(`declare("directory.offer", CONTENT)`); the base knows no app above it and only syncs.
Publishing is a permission per content type (`publish_offer`, `publish_organization`, …),
so a publisher of offers alone cannot publish an organisation.
"""

from django.contrib.auth.models import Group, Permission

EDITORS = "Redaktion"
PUBLISHERS = "Veröffentlichung"
ROLES = (EDITORS, PUBLISHERS)

EDIT = ("view", "add", "change")
ALL = ("view", "add", "change", "delete")
# Publishable content: editors write, publishers also publish and delete.
CONTENT = {EDITORS: EDIT, PUBLISHERS: (*ALL, "publish")}
# Shared reference data (topics, municipalities, languages): publishers keep it.
REFERENCE = {EDITORS: ("view",), PUBLISHERS: EDIT}
# Rows edited inside an entry's form (its places, opening hours, closures).
PARTS = {EDITORS: ALL, PUBLISHERS: ALL}
# Shared places: anyone who writes entries may add one.
PLACES = {EDITORS: EDIT, PUBLISHERS: ALL}

# "app_label.model" -> {role: actions}, filled by the apps' declarations.
declared: dict[str, dict[str, tuple[str, ...]]] = {}


def declare(label: str, actions: dict[str, tuple[str, ...]]) -> None:
    declared[label.lower()] = actions


def publish_codename(model_name: str) -> str:
    return f"publish_{model_name}"


def publish_permission(model) -> str:
    """The permission that lets a user publish entries of `model`: "app.publish_model"."""
    return f"{model._meta.app_label}.{publish_codename(model._meta.model_name)}"


def role_permissions() -> dict[str, set[tuple[str, str, str]]]:
    """{role: {(app_label, model, codename)}} as the declarations ask."""
    wanted: dict[str, set[tuple[str, str, str]]] = {role: set() for role in ROLES}
    for label, roles in declared.items():
        app_label, model = label.split(".")
        for role, actions in roles.items():
            for action in actions:
                codename = publish_codename(model) if action == "publish" else f"{action}_{model}"
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
