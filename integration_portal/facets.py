"""Facets declared once: a filter's name, label, choices and values yield the form field, the
filtering and the counts per value.

An entry's values of every facet are kept in one GIN-indexed array column (`facet_values`,
"name:value" per value) by the indexing in indexing.py, so filtering is one `@>` test and
counting is one pass per active facet, whatever the number of facets.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Model
from django.utils.html import format_html_join

from integration_portal import caching
from integration_portal.indexing import resolve


@dataclass
class Facet:
    """One filter of a list.

    `choices`: a model (its rows become (slug or code, name) pairs, in the model's order),
    a list of (value, label) pairs, or a function returning one.
    `values`: how an entry's values are derived: a path through its relations ending in the
    value's field ("categories.slug"), or a function of the entry; a function names the
    paths it reads in `depends`, so that the index follows them.
    """

    name: str
    label: str
    choices: type[Model] | list | Callable
    values: str | Callable[[Model], Iterable[str]]
    depends: tuple[str, ...] = ()
    value_field: str = "slug"

    def token(self, value) -> str:
        return f"{self.name}:{value}"

    @property
    def paths(self) -> tuple[str, ...]:
        return (self.values,) if isinstance(self.values, str) else self.depends

    def values_of(self, entry) -> list[str]:
        found = resolve(entry, self.values) if isinstance(self.values, str) else self.values(entry)
        return sorted({self.token(value) for value in found if value not in (None, "")})

    @property
    def source(self) -> str | None:
        """The content version the choices depend on (None when they are fixed)."""
        return caching.name_of(self.choices) if isinstance(self.choices, type) else None

    def choice_list(self) -> list[tuple[str, str]]:
        """(value, label) pairs in the reader's language, cached on the source's version.
        Of a publishable model (a funding programme), only the published rows: a draft's
        name is never shown, and asking for it is an invalid choice."""
        if isinstance(self.choices, type):
            model, attribute = self.choices, self.value_field
            rows = model._default_manager.all()
            if hasattr(rows, "published"):
                rows = rows.published()
            versions = caching.Versions(self.source)
            return versions.remember(
                "choices",
                (self.source,),
                lambda: [(getattr(row, attribute), str(row)) for row in rows],
            )
        if callable(self.choices):
            return list(self.choices())
        return [(value, str(label)) for value, label in self.choices]


@dataclass
class FacetState:
    """What a valid request asked of the facets: {facet name: value}."""

    facets: list[Facet]
    active: dict[str, str] = field(default_factory=dict)

    def tokens(self, leave_out: str | None = None) -> list[str]:
        by_name = {facet.name: facet for facet in self.facets}
        return sorted(
            by_name[name].token(value) for name, value in self.active.items() if name != leave_out
        )

    def filter(self, queryset):
        tokens = self.tokens()
        return queryset.filter(facet_values__contains=tokens) if tokens else queryset


def facet_counts(base_queryset, state: FacetState) -> dict[str, dict[str, int]]:
    """How many entries each facet value would show, with the other active filters applied.

    One statement: the base set (published, matching the words, …) once, then one count
    for every facet that is not active and one per active facet, which leaves its own
    filter out.
    """
    base_sql, params = base_queryset.values("id", "facet_values").query.sql_with_params()
    params = list(params)
    active = sorted(state.active)
    parts = ["SELECT v, count(*) FROM base, unnest(facet_values) v "
             "WHERE facet_values @> %s::varchar[] AND NOT split_part(v, ':', 1) = ANY(%s) "
             "GROUP BY v"]  # fmt: skip
    params += [state.tokens(), active]
    for name in active:
        parts.append(
            "SELECT v, count(*) FROM base, unnest(facet_values) v "
            "WHERE facet_values @> %s::varchar[] AND split_part(v, ':', 1) = %s GROUP BY v"
        )
        params += [state.tokens(leave_out=name), name]
    sql = f"WITH base AS MATERIALIZED ({base_sql}) " + " UNION ALL ".join(parts)
    counts: dict[str, dict[str, int]] = {facet.name: {} for facet in state.facets}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for token, count in cursor.fetchall():
            name, value = token.split(":", 1)
            if name in counts:
                counts[name][value] = count
    return counts


def facet_options(state: FacetState, form, counts) -> list[dict]:
    """Select boxes with a count per option: name, label, field and options per facet."""
    shown_facets = []
    for facet in state.facets:
        numbers = counts.get(facet.name, {})
        selected = form.data.get(facet.name)
        shown = [
            (value, label, numbers.get(value, 0), selected == value)
            for value, label in facet.choice_list()
            if numbers.get(value, 0) or selected == value
        ]
        shown_facets.append(
            {
                "name": facet.name,
                "label": form[facet.name].label,
                "field": form[facet.name],
                "counts": {value: count for value, _label, count, _selected in shown},
                # Built here rather than in the template: a hundred options are the
                # most expensive part of the page to render with template tags.
                "options_html": format_html_join(
                    "",
                    '<option value="{}"{}>{} ({})</option>',
                    ((v, " selected" if s else "", label, n) for v, label, n, s in shown),
                ),
            }
        )
    return shown_facets
