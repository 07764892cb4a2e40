"""The offer list's filters: one GET form, shareable URLs, counts per value.

Filters work on the offer's derived arrays (category_slugs, municipality_slugs, …), which
GIN indexes serve without joins; the counts per value come from one SQL statement.
"""

import django_filters
from django import forms
from django.conf import settings
from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Collate, NullIf
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.models import Category, Offer, TargetGroup
from integration_portal.forms import AccessibleErrorsMixin
from integration_portal.models import Language, Municipality


class OfferFilterForm(AccessibleErrorsMixin, forms.Form):
    pass


class OfferFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search words"),
        method="filter_nothing",  # applied by the view, which also ranks and corrects typos
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        queryset=Category.objects.all(),
        to_field_name="slug",
        method="filter_array",
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=Municipality.objects.all(),
        to_field_name="slug",
        method="filter_array",
    )
    target_group = django_filters.ModelChoiceFilter(
        label=_("For whom"),
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        method="filter_array",
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language spoken"),
        queryset=Language.objects.all(),
        to_field_name="code",
        method="filter_array",
    )
    cost = django_filters.ChoiceFilter(label=_("Cost"), choices=Offer.Cost.choices)
    mode = django_filters.ChoiceFilter(
        label=_("How"), choices=Offer.Mode.choices, method="filter_mode"
    )
    open_now = django_filters.BooleanFilter(
        label=_("Open now"), widget=forms.CheckboxInput, method="filter_open_now"
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[("relevance", _("best match")), ("name", _("name")), ("newest", _("newest"))],
        method="filter_nothing",
        empty_label=None,
    )

    class Meta:
        model = Offer
        fields = []
        form = OfferFilterForm

    # Filter name -> the array column it looks in.
    ARRAYS = {
        "category": ("category_slugs", "slug"),
        "municipality": ("municipality_slugs", "slug"),
        "target_group": ("target_group_slugs", "slug"),
        "language": ("language_codes", "code"),
    }

    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_array(self, queryset, name, value):
        column, key = self.ARRAYS[name]
        return queryset.filter(**{f"{column}__contains": [getattr(value, key)]})

    def filter_mode(self, queryset, name, value):
        # Hybrid offers can be joined both ways.
        return queryset.filter(mode__in=[value, Offer.Mode.HYBRID])

    def filter_open_now(self, queryset, name, value):
        return queryset.open_at(timezone.now()) if value else queryset

    def facet_conditions(self) -> dict[str, tuple[str, list]]:
        """SQL condition per active facet filter, for the counts (see facet_counts)."""
        data = self.form.cleaned_data
        conditions = {}
        for name, (column, key) in self.ARRAYS.items():
            if data.get(name):
                conditions[name] = (f"{column} @> ARRAY[%s]::varchar[]", [getattr(data[name], key)])
        if data.get("cost"):
            conditions["cost"] = ("cost = %s", [data["cost"]])
        if data.get("mode"):
            conditions["mode"] = ("mode IN (%s, %s)", [data["mode"], Offer.Mode.HYBRID])
        return conditions


FACETS = {
    # facet -> SQL producing its values per offer row
    "category": "unnest(category_slugs)",
    "municipality": "unnest(municipality_slugs)",
    "target_group": "unnest(target_group_slugs)",
    "language": "unnest(language_codes)",
    "cost": "cost",
    "mode": "mode",
}


def facet_counts(base_queryset, conditions) -> dict[str, dict[str, int]]:
    """How many offers each filter value would show, with the other active filters applied.

    One statement: the base set (published, matching the words, open now) once, then per
    facet a count that applies every active filter except the facet's own.
    """
    base_sql, params = base_queryset.values(
        "id", "category_slugs", "municipality_slugs", "target_group_slugs", "language_codes",
        "cost", "mode",
    ).query.sql_with_params()  # fmt: skip
    parts = []
    for facet, values in FACETS.items():
        others = [sql for name, (sql, _) in conditions.items() if name != facet]
        where = " AND ".join(others) or "TRUE"
        parts.append(
            f"SELECT %s, v, count(*) FROM (SELECT {values} AS v FROM base WHERE {where}) s GROUP BY v"
        )
        params = (*params, facet)
        for name, (_, values_params) in conditions.items():
            if name != facet:
                params = (*params, *values_params)
    sql = f"WITH base AS MATERIALIZED ({base_sql}) " + " UNION ALL ".join(parts)
    counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, count in cursor.fetchall():
            counts[facet][value] = count
    return counts


def ordered(queryset, sort: str, ranked: bool):
    """Best match first (when searching), by name in the reader's language, or newest."""
    if sort == "newest":
        return queryset.order_by("-created_at", "pk")
    if sort == "relevance" and ranked:
        return queryset.order_by("-rank", "pk")
    language = get_language()
    title = Coalesce(
        NullIf(F(f"title_{language}"), Value("")), F(f"title_{settings.LANGUAGE_CODE}")
    )
    return queryset.order_by(Collate(title, "und-x-icu"), "pk")
