"""The staff roles, kept in step with the code after every `migrate`.

- Redaktion (editors) research and write entries and send them to review.
- Freigabe (publishers) also publish, unpublish, archive and delete, and keep the shared
  reference data (topics, municipalities, languages).
- Administration keeps the staff accounts, the partner accounts and the site settings.
- Partnerorganisation: the account of a partner organisation sees and changes only its own
  organisation and the entries it owns (offers, events, …), and never publishes.

Each app declares what the roles may do with its own models in its AppConfig.ready()
(`declare("directory.offer", OWNED)`); the base knows no app above it and only syncs.
Publishing is a permission per content type (`publish_offer`, `publish_organization`, …),
so a publisher of offers alone cannot publish an organisation. Which organisation a partner
account belongs to is kept by an app above (network registers `partner_scopes`); the base
admin narrows every list and form to it (admin_publishing.PublishableAdmin.owner_field).
"""

from collections.abc import Callable

from django.contrib.auth.models import Group, Permission

EDITORS = "Redaktion"
PUBLISHERS = "Freigabe"
ADMINISTRATORS = "Administration"
PARTNERS = "Partnerorganisation"
ROLES = (EDITORS, PUBLISHERS, ADMINISTRATORS, PARTNERS)
# Roles that had another name once: their groups (and members) are renamed, not duplicated.
FORMER_NAMES = {"Veröffentlichung": PUBLISHERS}

VIEW = ("view",)
EDIT = ("view", "add", "change")
ALL = ("view", "add", "change", "delete")
# Publishable content: editors write, publishers also publish and delete.
CONTENT = {EDITORS: EDIT, PUBLISHERS: (*ALL, "publish")}
# Content an organisation owns (its offers, events, …): its partner account writes it too.
OWNED = {**CONTENT, PARTNERS: EDIT}
# The organisation itself: its partner account sees and changes it.
OWNER = {**CONTENT, PARTNERS: ("view", "change")}
# Shared reference data (topics, municipalities, languages): publishers keep it.
REFERENCE = {EDITORS: VIEW, PUBLISHERS: EDIT, PARTNERS: VIEW}
# Rows edited inside an entry's form (its places, opening hours, closures).
PARTS = {EDITORS: ALL, PUBLISHERS: ALL, PARTNERS: ALL}
# Shared places: anyone who writes entries may add one; a partner may not change one that
# other organisations' entries share.
PLACES = {EDITORS: EDIT, PUBLISHERS: ALL, PARTNERS: ("view", "add")}
# Staff tools that are not content (partners' calendar feeds): the staff who write.
STAFF_TOOLS = {EDITORS: EDIT, PUBLISHERS: ALL}
# Accounts and the site's settings: the administration.
ACCOUNTS = {ADMINISTRATORS: ALL}
SETTINGS = {ADMINISTRATORS: ("view", "change")}

# f(user) -> the id of the organisation a partner account belongs to, or None; registered
# by the app that keeps partner accounts.
partner_scopes: list[Callable] = []
# A partner account without an organisation sees nothing.
NOWHERE = 0


def partner_scope(user) -> int | None:
    """The organisation a partner account is limited to (NOWHERE if it has none), or None
    for staff who are not limited. Read once per request (kept on the user object)."""
    if not user.is_authenticated or user.is_superuser:
        return None
    if not hasattr(user, "_kompass_scope"):
        names = set(user.groups.values_list("name", flat=True))
        if PARTNERS not in names or names & {EDITORS, PUBLISHERS}:
            user._kompass_scope = None
        else:
            found = (scope(user) for scope in partner_scopes)
            user._kompass_scope = next((s for s in found if s is not None), NOWHERE)
    return user._kompass_scope


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
    for old, new in FORMER_NAMES.items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
    for role, wanted in role_permissions().items():
        group, _ = Group.objects.get_or_create(name=role)
        permissions = [
            p
            for p in Permission.objects.select_related("content_type")
            if (p.content_type.app_label, p.content_type.model, p.codename) in wanted
        ]
        group.permissions.set(permissions)
