import django_filters
from django import forms
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from directory.jsonld import offer_json_ld
from directory.models import Offer
from integration_portal.listing import Condition, Listing

offers = Listing(
    Offer,
    url_name="directory:offer_list",
    template="directory/offer_list.html",
    results_template="directory/includes/offer_results.html",
    name_field="title",
    conditions={
        "open_now": Condition(
            django_filters.BooleanFilter(
                label=_("Open now"), widget=forms.CheckboxInput, method="keep"
            ),
            apply=lambda queryset, value: queryset.open_at(timezone.now()),
            clock=True,
        )
    },
)


@require_safe
def offer_list(request):
    return offers(request)


@require_safe
def offer_detail(request, slug):
    offer = get_object_or_404(Offer.objects.published().for_detail(), slug=slug)
    return render_offer(request, offer)


def render_offer(request, offer, preview=False):
    """The public detail page; the admin's preview of a draft uses it too."""
    url = request.build_absolute_uri(offer.get_absolute_url())
    return render(
        request,
        "directory/offer_detail.html",
        {
            "offer": offer,
            "open_now": offer.is_open_at(timezone.now()),
            "json_ld": offer_json_ld(offer, url),
            "preview": preview,
        },
    )
