import datetime
import json

from django import template
from django.conf import settings
from django.http import QueryDict
from django.templatetags.static import static
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from integration_portal.i18n import shown_in_fallback

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in every site language.

    Path segments are the same in every language, so only the prefix changes; the
    query string (filters, search words, page) stays.
    """
    request = context["request"]
    current = get_language()
    path = request.path
    prefix = f"/{current}/"
    rest = path[len(prefix) :] if path.startswith(prefix) else ""
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, name in settings.LANGUAGES:
        url = f"/{code}/{rest}" + (f"?{query}" if query else "")
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.filter
def in_fallback(obj, field):
    """True when the field is shown in German because the reader's language has no text."""
    return shown_in_fallback(obj, field)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The query string with some parameters changed, e.g. the page.

    Starts from `query` when the context has one (a list's filters as it understood them,
    so that a cached page never carries one visitor's stray parameters to the next), else
    from the request's."""
    given = context.get("query")
    query = QueryDict(given, mutable=True) if given is not None else context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return f"?{query.urlencode()}"


@register.simple_tag
def static_icon(name):
    return static(f"img/icons/{name}.svg")


@register.simple_tag
def json_ld(data):
    """A schema.org data block. Not a script the browser runs, so the CSP allows it."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


# As django.utils.html.json_script: nothing in the data can close the element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def render_section(context, section):
    """Render a registered Section (see registry.py) with its own context added."""
    template = context.template.engine.get_template(section.template)
    with context.push(**section.context):
        return template.render(context)


@register.filter
def day(value, weekday=True):
    """A date (or the local date of a moment) as the reader's language writes it, with its
    weekday: "Freitag, 4. Dezember 2026", "الجمعة، 4 ديسمبر 2026"."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    text = formats.date_format(value, "DATE_FORMAT")
    if not weekday:
        return text
    return _("%(weekday)s, %(date)s") % {"weekday": formats.date_format(value, "l"), "date": text}


@register.filter
def clock(value):
    """The local time of day of a moment, as the reader's language writes it."""
    return formats.time_format(timezone.localtime(value), "TIME_FORMAT") if value else ""


@register.inclusion_tag("admin/includes/review_desk.html", takes_context=True)
def review_desk(context):
    """The admin start page's desk: what waits, with links (desk.py)."""
    from integration_portal.desk import rows

    found = rows(context["request"])
    return {
        "rows": [row for row in found if row.count],
        "all_done": not any(r.count for r in found),
    }
