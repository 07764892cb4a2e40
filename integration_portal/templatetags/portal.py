from django import template
from django.conf import settings
from django.utils.translation import get_language

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
