import django_filters
from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.jsonld import offer_json_ld
from directory.models import Offer
from integration_portal.listing import Condition, Listing
from integration_portal.views import published_detail

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


offer_list = offers.as_view()
offer_detail = published_detail(Offer, render_offer)
