from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from integration_portal import registry
from integration_portal.forms import SearchForm
from integration_portal.i18n import shown_in_fallback
from integration_portal.models import Municipality, SiteSettings


def published_detail(model, render_entry):
    """The public page of one entry of a content type, by slug: 404 unless published, then
    `render_entry(request, entry)`, the function the admin's preview renders drafts with."""

    @require_safe
    def view(request, slug):
        entry = get_object_or_404(model.objects.published().for_detail(), slug=slug)
        return render_entry(request, entry)

    return view


@require_safe
def home(request):
    return render(
        request,
        "integration_portal/home.html",
        {
            "search_form": SearchForm(),
            "sections": registry.assemble(registry.home_sections, request),
        },
    )


@require_safe
def search(request):
    """Search across everything the apps register (offers, organisations, projects, …)."""
    form = SearchForm(request.GET or None)
    valid = form.is_valid()
    query = form.cleaned_data["q"] if valid else ""
    return render(
        request,
        "integration_portal/search.html",
        {
            "search_form": form,
            "query": query,
            "sections": registry.assemble(registry.search_sections, request, query)
            if query
            else [],
        },
        status=400 if form.is_bound and not valid else 200,
    )


@require_safe
def municipality_detail(request, slug):
    """Everything in or serving one municipality: each app contributes its section."""
    municipality = get_object_or_404(Municipality, slug=slug)
    return render(
        request,
        "integration_portal/municipality_detail.html",
        {
            "municipality": municipality,
            "sections": registry.assemble(registry.municipality_sections, request, municipality),
        },
    )


LEGAL_PAGES = {
    "accessibility": _("Accessibility statement"),
    "imprint": _("Imprint"),
    "privacy": _("Privacy statement"),
}


@require_safe
def legal_page(request, field):
    """Imprint, privacy and accessibility statement: texts staff keep in the site settings."""
    site = SiteSettings.load()
    return render(
        request,
        "integration_portal/legal_page.html",
        {
            "title": LEGAL_PAGES[field],
            "text": getattr(site, field),
            "fallback": shown_in_fallback(site, field),
        },
    )


@never_cache
@require_safe
def healthz(request):
    """For load balancers and monitoring: 200 when the database answers, else 503."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain")


def page_not_found(request, exception):
    """Our 404 page, with the search box so that the reader can go on."""
    return render(request, "404.html", {"search_form_404": SearchForm()}, status=404)
