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
from django.db.models.lookups import IsNull
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory import choices
from directory.models import Offer
from integration_portal.forms import AccessibleErrorsMixin


class OfferFilterForm(AccessibleErrorsMixin, forms.Form):
    pass


class OfferFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search words"),
        method="filter_nothing",  # applied by the view, which also ranks and corrects typos
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    category = django_filters.ChoiceFilter(
        label=_("Topic"), choices=choices.categories, method="filter_array"
    )
    municipality = django_filters.ChoiceFilter(
        label=_("Municipality"), choices=choices.municipalities, method="filter_array"
    )
    target_group = django_filters.ChoiceFilter(
        label=_("For whom"), choices=choices.target_groups, method="filter_array"
    )
    language = django_filters.ChoiceFilter(
        label=_("Language spoken"), choices=choices.languages, method="filter_array"
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
        "category": "category_slugs",
        "municipality": "municipality_slugs",
        "target_group": "target_group_slugs",
        "language": "language_codes",
    }

    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_array(self, queryset, name, value):
        return queryset.filter(**{f"{self.ARRAYS[name]}__contains": [value]})

    def filter_mode(self, queryset, name, value):
        # Hybrid offers can be joined both ways.
        return queryset.filter(mode__in=[value, Offer.Mode.HYBRID])

    def filter_open_now(self, queryset, name, value):
        # Applied by the view to the base set, so that the counts respect it too.
        return queryset

    def facet_conditions(self) -> dict[str, tuple[str, list]]:
        """SQL condition per active facet filter, for the counts (see facet_counts)."""
        data = self.form.cleaned_data
        conditions = {}
        for name, column in self.ARRAYS.items():
            if data.get(name):
                conditions[name] = (f"{column} @> ARRAY[%s]::varchar[]", [data[name]])
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
    params = list(params)
    for facet, values in FACETS.items():
        others = [condition for name, condition in conditions.items() if name != facet]
        where = " AND ".join(sql for sql, _params in others) or "TRUE"
        parts.append(
            f"SELECT %s, v, count(*) FROM (SELECT {values} AS v FROM base WHERE {where}) s GROUP BY v"
        )
        params.append(facet)
        for _sql, condition_params in others:
            params += condition_params
    sql = f"WITH base AS MATERIALIZED ({base_sql}) " + " UNION ALL ".join(parts)
    counts: dict[str, dict[str, int]] = {facet: {} for facet in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, count in cursor.fetchall():
            counts[facet][value] = count
    return counts


def ordered(queryset, sort: str, ranked: bool):
    """Best match first (when searching), by name in the reader's language, or newest.

    Names sort by the Unicode collation (ICU), so "Ärztin" sits among the A's.
    """
    if sort == "newest":
        return queryset.order_by("-created_at", "pk")
    if sort == "relevance" and ranked:
        return queryset.order_by("-rank", "pk")
    language = get_language()
    own = NullIf(F(f"title_{language}"), Value(""))
    title = Collate(Coalesce(own, F(f"title_{settings.LANGUAGE_CODE}")), "und-x-icu")
    if language == settings.LANGUAGE_CODE:
        return queryset.order_by(title, "pk")
    # Offers the reader can read come first, the German-only ones after them.
    return queryset.order_by(IsNull(own, True), title, "pk")
