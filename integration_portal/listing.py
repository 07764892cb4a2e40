"""A public list of one content type: a GET form (search words, the type's facets, its own
conditions, sort) that works without JavaScript, counts per filter value, shareable URLs,
and pages of results cached on the content versions they depend on.

An app declares its list (`Listing(Offer, template=…, results_template=…)`) and routes a
URL to it; the search, facets, caches and bad-input handling are the base's.

A request whose parameters are invalid answers 400 with the person's input kept and never
writes a cache entry: a valid request must never read what an invalid one computed.
"""

from collections.abc import Callable
from dataclasses import dataclass

import django_filters
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Collate, NullIf
from django.db.models.lookups import IsNull
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from integration_portal import caching
from integration_portal.facets import FacetState, facet_counts, facet_options
from integration_portal.forms import AccessibleErrorsMixin
from integration_portal.indexing import translated_fields, watches_for
from integration_portal.search import find, words_of

PAGE_SIZE = 20
SORTS = {"relevance": _("best match"), "name": _("name"), "newest": _("newest")}


@dataclass
class Condition:
    """A filter that is not a facet (e.g. "open now"): applied to the base set, so that the
    counts respect it. `clock`: its answer changes with the time of day (True: by the
    minute, "day": at midnight)."""

    field: django_filters.Filter
    apply: Callable
    clock: bool | str = False


@dataclass
class Scope:
    """What a list shows before any filter, from further fields of its form (e.g. events:
    upcoming or past, from a date to a date). `apply(queryset, data)` gets the valid form
    data; `check(data)` may raise a ValidationError for combinations of fields; `clock`: its
    answer changes with the time (True: by the minute, e.g. upcoming events; "day": at
    midnight, e.g. days left to a deadline)."""

    fields: dict[str, django_filters.Filter]
    apply: Callable
    check: Callable | None = None
    clock: bool | str = False


class ListForm(AccessibleErrorsMixin, forms.Form):
    scope_check = None

    def clean(self):
        data = super().clean()
        if self.scope_check and not self.errors:
            self.scope_check(data)
        return data


class Listing:
    def __init__(
        self,
        model,
        *,
        url_name: str,
        template: str,
        results_template: str,
        name_field: str = "name",
        conditions: dict[str, Condition] | None = None,
        scope: Scope | None = None,
        sorts: dict[str, tuple] | None = None,
        default_sort: str | None = None,
        texts: dict | None = None,
        page_size: int = PAGE_SIZE,
    ):
        self.model = model
        self.url_name = url_name
        self.template = template
        self.results_template = results_template
        self.name_field = name_field
        self.conditions = conditions or {}
        self.scope = scope
        # name -> (label, order(queryset, data)); the built-in ones order by themselves.
        self.sorts = sorts or {name: (label, None) for name, label in SORTS.items()}
        self.default_sort = default_sort
        # more_label, submit_label, empty_message, remove_hint, extra_hint for the templates
        self.texts = texts or {}
        self.page_size = page_size
        self.facets = model.search_index.facets
        self._filterset = None
        self._depends = None

    @property
    def depends(self) -> tuple[str, ...]:
        """The content versions a cached answer of this list depends on."""
        if self._depends is None:
            _own, watches = watches_for(self.model)
            models = {self.model, *(watch.model for watch in watches)}
            sources = {facet.source for facet in self.facets if facet.source}
            self._depends = tuple(sorted({caching.name_of(m) for m in models} | sources))
        return self._depends

    @property
    def filterset_class(self):
        if self._filterset is None:
            self._filterset = self._build_filterset()
        return self._filterset

    def _build_filterset(self):
        attrs = {
            "q": django_filters.CharFilter(
                label=_("Search words"),
                method="keep",  # applied by the list, which also ranks and corrects typos
                max_length=200,
                widget=forms.TextInput(attrs={"type": "search"}),
            )
        }
        for facet in self.facets:
            attrs[facet.name] = django_filters.ChoiceFilter(
                label=facet.label, choices=facet.choice_list, method="keep"
            )
        for name, condition in self.conditions.items():
            attrs[name] = condition.field
        for name, field in self.scope.fields.items() if self.scope else ():
            attrs[name] = field
        attrs["sort"] = django_filters.ChoiceFilter(
            label=_("Sort by"),
            choices=[(name, label) for name, (label, _order) in self.sorts.items()],
            method="keep",
            empty_label=None,
        )
        check = staticmethod(self.scope.check) if self.scope and self.scope.check else None
        form = type("ListForm", (ListForm,), {"scope_check": check})
        attrs["Meta"] = type("Meta", (), {"model": self.model, "fields": [], "form": form})
        attrs["keep"] = lambda self, queryset, name, value: queryset
        return type(f"{self.model.__name__}Filter", (django_filters.FilterSet,), attrs)

    # The view ----------------------------------------------------------------------------

    def as_view(self):
        """The list as a view for a URL pattern (GET and HEAD only)."""
        return require_safe(lambda request: self(request))

    def __call__(self, request, extra_context=None):
        given = request.GET
        if not given.get("sort"):  # the form shows the order the list really has
            given = given.copy()
            given["sort"] = self.default_sort or (
                "relevance" if given.get("q", "").strip() else "name"
            )
        filterset = self.filterset_class(given, queryset=self.model.objects.none())
        valid = filterset.is_valid()
        data = filterset.form.cleaned_data if valid else {}
        active = {f.name: data[f.name] for f in self.facets if data.get(f.name)}
        state = FacetState(self.facets, active)
        versions = caching.Versions(*self.depends)
        if not valid:
            return self._invalid(request, filterset, state, versions, extra_context)

        base = self.model.objects.published()
        corrected = None
        if data.get("q"):
            base, corrected = find(base, data["q"], versions)
        for name, condition in self.conditions.items():
            if data.get(name):
                base = condition.apply(base, data[name])
        if self.scope:
            base = self.scope.apply(base, data)
        asked = self._asked(data)
        counts = versions.remember(
            "facets", self._counts_key(asked, self._clock(data)), lambda: facet_counts(base, state)
        )
        sort = data["sort"]
        results = self.ordered(
            state.filter(base).for_listing(), sort, ranked=bool(data.get("q")), data=data
        )
        query = urlencode([*asked, *([("sort", sort)] if request.GET.get("sort") else [])])
        number = _page_number(request.GET.get("page"))
        key = versions.key("results", self.url_name, query, self._clock(data), number)
        page, count, results_html = self._results(request, results, key, number, query)
        context = {
            "filter": filterset,
            "page": page,
            "count": count,
            "results_html": results_html,
            "facets": facet_options(state, filterset.form, counts),
            "active": self._active(filterset, asked, query),
            "corrected": " ".join(corrected) if corrected else "",
            "sort": sort,
            "conditions": [filterset.form[name] for name in self._extra_fields()],
            "list_url": reverse(self.url_name),
            **self.texts,
            **(extra_context or {}),
        }
        return render(request, self.template, context)

    def _invalid(self, request, filterset, state, versions, extra_context):
        """400 with the person's input and the messages; reads caches, writes none."""
        counts = cache.get(versions.key("facets", *self._counts_key([], self._clock({})))) or {}
        context = {
            "filter": filterset,
            "page": None,
            "count": 0,
            "results_html": "",
            "facets": facet_options(FacetState(self.facets), filterset.form, counts),
            "active": [],
            "corrected": "",
            "sort": "",
            "conditions": [filterset.form[name] for name in self._extra_fields()],
            "list_url": reverse(self.url_name),
            **self.texts,
            **(extra_context or {}),
        }
        return render(request, self.template, context, status=400)

    def _extra_fields(self) -> list[str]:
        return [*self.conditions, *(self.scope.fields if self.scope else ())]

    def _counts_key(self, asked, clock) -> tuple:
        # By list, not by model: two lists of one type (projects, the toolbox) differ.
        return (self.url_name, asked, clock)

    def published_counts(self) -> dict[str, dict[str, int]]:
        """Entries per facet value over everything published (e.g. topics on the home page):
        the same cached counts as the unfiltered list."""
        versions = caching.Versions(*self.depends)
        return versions.remember(
            "facets",
            self._counts_key([], self._clock({})),
            lambda: facet_counts(self.shown(), FacetState(self.facets)),
        )

    def shown(self):
        """What the unfiltered list shows: published, within the list's scope by default."""
        found = self.model.objects.published()
        return self.scope.apply(found, {}) if self.scope else found

    def browse(self, request, queryset):
        """A page of `queryset` (published entries), by name: for blocks on other pages."""
        found = self.ordered(queryset.for_listing(), "name", ranked=False)
        return Paginator(found, self.page_size).get_page(request.GET.get("page"))

    def _asked(self, data) -> list[tuple[str, str]]:
        """The filters as they were understood (sorted): what a cached answer depends on."""
        return sorted(
            (name, str(value))
            for name, value in data.items()
            if value not in (None, "", False) and name != "sort"
        )

    def _clock(self, data):
        """What a cached answer depends on of the time: None, the day or the minute."""
        ticking = [self.scope.clock] if self.scope and self.scope.clock else []
        ticking += [c.clock for name, c in self.conditions.items() if c.clock and data.get(name)]
        if not ticking:
            return None
        if all(clock == "day" for clock in ticking):
            return timezone.localdate().strftime("%Y%m%d")  # changes at local midnight
        return timezone.now().strftime("%Y%m%d%H%M")  # changes with the minute

    def _results(self, request, results, key, number, query):
        """One page of results, rendered and kept: (page or None, count, html)."""
        if (cached := cache.get(key)) is not None:
            return None, *cached
        page = Paginator(results, self.page_size).get_page(number)
        count = page.paginator.count
        html = render_to_string(
            self.results_template, {"page": page, "query": query}, request=request
        ) if count else ""  # fmt: skip
        if page.number == number:  # a page past the end is not kept under every number
            cache.set(key, (count, html), caching.TIMEOUT)
        return page, count, html

    def _active(self, filterset, asked, query):
        """Each active filter with a link that removes just that one."""
        active = []
        for name, value in asked:
            field = filterset.form[name]
            rest = urlencode([(n, v) for n, v in asked if n != name])
            if isinstance(field.field, forms.BooleanField):
                shown = field.label
            else:
                shown = dict(getattr(field.field, "choices", ())).get(value, value)
            active.append({"label": field.label, "value": shown, "remove": f"?{rest}"})
        return active

    def search_preview(self, text: str, size: int = 5) -> dict | None:
        """The best `size` matches for the search across the site, the number of all, a
        link to the full list, and the corrected words if a typo was corrected."""
        words = words_of(text)
        if not words:
            return None
        versions = caching.Versions(*self.depends)

        def compute():
            found, corrected = find(self.shown(), text, versions)
            best = list(found.for_listing().order_by("-rank", "pk")[:size])
            count = found.count() if len(best) == size else len(best)
            return best, count, corrected

        best, count, corrected = versions.remember(
            "site-search", (self.url_name, words, self._clock({})), compute
        )
        query = urlencode({"q": " ".join(corrected) if corrected else text})
        return {
            "entries": best,
            "count": count,
            "more_url": f"{reverse(self.url_name)}?{query}",
            "corrected": " ".join(corrected or []),
        }

    def ordered(self, queryset, sort: str, ranked: bool, data=None):
        """Best match first (when searching), by name in the reader's language, newest, or
        a list's own order.

        Names sort by the Unicode collation (ICU), so "Ärztin" sits among the A's.
        """
        own = self.sorts.get(sort, (None, None))[1]
        if own is not None and not (sort == "relevance" and ranked):
            return own(queryset, data or {})
        if sort == "newest":
            return queryset.order_by("-created_at", "pk")
        if sort == "relevance" and ranked:
            return queryset.order_by("-rank", "pk")
        if self.name_field not in translated_fields(self.model):
            return queryset.order_by(Collate(F(self.name_field), "und-x-icu"), "pk")
        language = get_language()
        own = NullIf(F(f"{self.name_field}_{language}"), Value(""))
        name = Collate(Coalesce(own, F(f"{self.name_field}_{settings.LANGUAGE_CODE}")), "und-x-icu")
        if language == settings.LANGUAGE_CODE:
            return queryset.order_by(name, "pk")
        # Entries the reader can read come first, the German-only ones after them.
        return queryset.order_by(IsNull(own, True), name, "pk")


def _page_number(raw) -> int:
    return int(raw) if raw and raw.isdigit() and 0 < len(raw) < 6 else 1
