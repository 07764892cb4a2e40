"""Keeping the search index, the facet values and the content versions current.

A content type declares what is searched and filtered (`SearchIndex` on a `Searchable`
model); from the paths in that declaration the base knows which columns of the entry and
of the rows it draws on (topics, places, the organisation, …) matter. After every
transaction that changed one of them, the entries concerned are indexed once, together:
vectors, facet values and their words in the typo vocabulary. A save that changes nothing
searched or filtered (marking an entry verified, say) only moves the content version.

`indexing_deferred()` lets bulk loads collect everything for one pass at the end.
"""

import contextlib
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import connection, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from modeltranslation.translator import NotRegistered, translator

from integration_portal import caching
from integration_portal.publishing import PublishableQuerySet
from integration_portal.search import MAX_WORD, SEARCH_LANGUAGES, config_for, search_field

WEIGHTS = ("A", "B", "C")
DERIVED_FIELDS = [
    *(search_field(code) for code in SEARCH_LANGUAGES),
    "facet_values",
    "search_words",
]
# Declared in a concrete model's Meta.indexes; Django fills in the model's name.
SEARCH_INDEXES = [
    *(GinIndex(fields=[search_field(c)], name=f"%(class)s_{search_field(c)}") for c in SEARCH_LANGUAGES),
    GinIndex(fields=["facet_values"], name="%(class)s_facet_values"),
]  # fmt: skip


class SearchableQuerySet(PublishableQuerySet):
    def with_facet(self, name: str, value: str):
        """Entries having `value` among the values of the facet `name`."""
        return self.filter(facet_values__contains=[f"{name}:{value}"])


class Searchable(models.Model):
    """Abstract: the derived columns search and facets read. Subclasses declare
    `search_index = SearchIndex(...)` and list SEARCH_INDEXES in their Meta.indexes."""

    # NULL until the entry was indexed once (after a migration, post_migrate indexes these).
    facet_values = ArrayField(
        models.CharField(max_length=120), null=True, blank=True, editable=False
    )
    # The words this entry gave the typo vocabulary, to take them back when it changes.
    search_words = ArrayField(
        models.CharField(max_length=MAX_WORD), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # The derived columns are written by the indexing only: an instance in memory holds
        # what they were when it was loaded (or nothing), and must not write that back.
        if (
            self.pk is not None
            and not self._state.adding
            and not kwargs.get("force_insert")
            and kwargs.get("update_fields") is None
        ):
            kwargs["update_fields"] = [
                f.attname
                for f in self._meta.concrete_fields
                if not f.primary_key and f.attname not in DERIVED_FIELDS
                and f.attname not in self.get_deferred_fields()
            ]  # fmt: skip
        super().save(*args, **kwargs)

    def in_vocabulary(self) -> bool:
        """Whether its words may help correct typos: published, and so is what it is
        published with (an offer's organisation)."""
        own = getattr(self, "status", "published")  # a PublicPart is as public as its owner
        return own == "published" and all(
            related is None or related.status == "published"
            for related in (getattr(self, name) for name in getattr(self, "published_with", ()))
        )


for _code in SEARCH_LANGUAGES:
    Searchable.add_to_class(search_field(_code), SearchVectorField(null=True, editable=False))


@dataclass
class SearchIndex:
    """What of a content type is searched (paths by weight A > B > C), which paths feed the
    typo vocabulary, and its facets. A path follows relations with dots:
    "categories.name", "organization.name", "locations.municipality.name"."""

    weights: dict[str, tuple[str, ...]]
    vocabulary: tuple[str, ...] = ()
    facets: list = field(default_factory=list)
    # Reverse relations whose rows are part of the entry (rows edited inside its form):
    # a change of one moves the entry's content version.
    parts: tuple[str, ...] = ()
    # Further paths the entry's indexing reads (e.g. to decide whether it is public).
    reads: tuple[str, ...] = ()
    # Rows no path leads to that still matter: (model, columns, entries(row)), e.g. every
    # municipality for offers that serve the whole district.
    watches: tuple = ()

    def paths(self) -> set[str]:
        found = {p for paths in self.weights.values() for p in paths}
        found |= set(self.vocabulary) | set(self.reads)
        for facet in self.facets:
            found |= set(facet.paths)
        return found


# Reading values along paths ---------------------------------------------------------------


def translated_fields(model) -> set[str]:
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def resolve(entry, path: str, language: str | None = None) -> list:
    """The values at the end of `path`, starting from `entry`. A translated field is read in
    `language`: on the entry itself exactly, on related rows with German as fallback."""
    rows = [entry]
    *steps, last = path.split(".")
    for step in steps:
        following = []
        for row in rows:
            value = getattr(row, step)
            if hasattr(value, "all"):
                following.extend(value.all())
            elif value is not None:
                following.append(value)
        rows = following
    values = []
    for row in rows:
        if language and last in translated_fields(type(row)):
            own = getattr(row, f"{last}_{language}", None)
            if not own and row is not entry:
                own = getattr(row, f"{last}_{settings.LANGUAGE_CODE}", None)
            values.append(own)
        else:
            value = getattr(row, last)
            if hasattr(value, "all"):
                values.extend(value.all())
            elif isinstance(value, list | tuple):  # an array column: one value per item
                values.extend(value)
            else:
                values.append(value)
    return [value for value in values if value not in (None, "")]


def _text(entry, paths, language) -> str:
    return " ".join(str(v) for path in paths for v in resolve(entry, path, language))


# What to watch -------------------------------------------------------------------------------


@dataclass
class Watch:
    """Rows of `model` that entries of `target` draw on: when one of `columns` changes (any
    change if empty), the entries `entries(row)` are indexed again."""

    target: type
    model: type
    columns: set
    entries: Callable
    reindex: bool = True


def _columns(model, name) -> set[str]:
    """The database columns behind a field name: all language columns of a translated one,
    the id of a foreign key, none for a relation kept in another table."""
    f = model._meta.get_field(name)
    if f.many_to_many or f.one_to_many:
        return set()  # m2m_changed and the related rows' own watches follow these
    if f.many_to_one or f.one_to_one:
        return {f.attname}
    if name in translated_fields(model):
        return {name, *(f"{name}_{code}" for code in SEARCH_LANGUAGES)}
    return {name}


def relation_steps(model, path: str) -> list:
    """The relations a path follows from `model`: (field, model it leads to, lookup)."""
    steps, lookup = [], []
    for step in path.split("."):
        f = model._meta.get_field(step)
        if not f.is_relation:
            break
        lookup.append(step)
        model = f.related_model
        steps.append((f, model, "__".join(lookup)))
    return steps


def watches_for(target) -> tuple[set[str], list[Watch]]:
    """The entry's own columns to track, and the rows of other models to watch."""
    index = target.search_index
    own = {"status"} if any(f.name == "status" for f in target._meta.fields) else set()
    # Paths through the same relation (or the same custom through table) share one watch.
    by_lookup: dict = {}
    watches = []
    for path in index.paths():
        names = path.split(".")
        steps = relation_steps(target, path)
        own |= _columns(target, names[0])
        for depth, (f, model, lookup) in enumerate(steps):
            through = f.remote_field.through if f.many_to_many else None
            if depth == 0 and through and not through._meta.auto_created:
                by_lookup.setdefault(through, _through_watch(target, through))
            following = _columns(model, names[depth + 1]) if depth + 1 < len(names) else set()
            if lookup not in by_lookup:
                by_lookup[lookup] = Watch(target, model, set(), _reverse(target, lookup))
            by_lookup[lookup].columns |= following
    watches += by_lookup.values()
    for model, columns, entries in index.watches:
        watches.append(Watch(target, model, set(columns), entries))
    for part in index.parts:
        relation = target._meta.get_field(part)
        owner = _owner(relation.field.attname)
        watches.append(Watch(target, relation.related_model, set(), owner, reindex=False))
    return own, watches


def _reverse(target, lookup):
    return lambda row: target._default_manager.filter(**{lookup: row}).values_list("pk", flat=True)


def _owner(attname):
    return lambda row: [getattr(row, attname)]


def _through_watch(target, through):
    source = next(f for f in through._meta.fields if f.is_relation and f.related_model is target)
    return Watch(target, through, set(), _owner(source.attname))


# Signals --------------------------------------------------------------------------------------

_deferred = threading.local()
_STORED = "_kompass_stored"
_EMPTY = (None, "")


def _before_save(sender, instance, raw=False, **kwargs):
    """Read the tracked columns as stored, to compare after the save (one small query)."""
    columns = _tracked_columns.get(sender)
    if columns and instance.pk is not None and not instance._state.adding:
        stored = sender._default_manager.filter(pk=instance.pk).values(*columns).first()
        instance.__dict__[_STORED] = stored
    else:
        instance.__dict__[_STORED] = None


def _changed(instance, columns) -> bool:
    """Whether one of `columns` differs from the stored row (any change if none named)."""
    stored = instance.__dict__.get(_STORED)
    if not columns or stored is None:
        return True
    for column in columns:
        if column not in instance.__dict__:  # deferred: the save did not write it
            continue
        now, before = instance.__dict__[column], stored.get(column)
        if (None if now in _EMPTY else now) != (None if before in _EMPTY else before):
            return True
    return False


def _saved(sender, instance, created=False, **kwargs):
    # loaddata (raw) too: the rows it loads are content like any other.
    caching.bump(caching.name_of(sender))
    due = defaultdict(set)  # several paths may lead here: index each entry once
    if sender in _own and (created or _changed(instance, _own[sender])):
        due[sender].add(instance.pk)
    for watch in _watching.get(sender, ()):
        if created or _changed(instance, watch.columns):
            if watch.reindex:
                due[watch.target].update(watch.entries(instance))
            caching.bump(caching.name_of(watch.target))
    for target, ids in due.items():
        reindex(target, ids)


def _deleting(sender, instance, **kwargs):
    # Before the row goes: which entries drew on it (a cascade would hide them after), and
    # the words it gave the vocabulary, as stored (the instance may hold older ones).
    instance.__dict__["_kompass_entries"] = [
        (watch, list(watch.entries(instance))) for watch in _watching.get(sender, ())
    ]
    if sender in _own:
        words = sender._default_manager.filter(pk=instance.pk).values_list("search_words")
        instance.__dict__["_kompass_words"] = (words.first() or [None])[0] or []


def _deleted(sender, instance, **kwargs):
    caching.bump(caching.name_of(sender))
    if words := instance.__dict__.get("_kompass_words"):
        caching.after_commit(_forget, [(sender._meta.label_lower, instance.pk, tuple(words))])
    due = defaultdict(set)
    for watch, ids in instance.__dict__.get("_kompass_entries", ()):
        if watch.reindex:
            due[watch.target].update(ids)
        caching.bump(caching.name_of(watch.target))
    for target, ids in due.items():
        reindex(target, ids)


def _m2m_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    for target, relation in _m2m.get(sender, ()):
        if action == "pre_clear" and reverse:
            # The entries linked to `instance` are gone from the table after the clear.
            linked = target._default_manager.filter(**{relation.name: instance})
            instance.__dict__["_kompass_cleared"] = list(linked.values_list("pk", flat=True))
        if not action.startswith("post_"):
            continue
        caching.bump(caching.name_of(target))
        if not reverse:
            reindex(target, [instance.pk])
        elif action == "post_clear":
            reindex(target, instance.__dict__.pop("_kompass_cleared", ()))
        else:
            reindex(target, pk_set or ())


_own: dict[type, set] = {}
_watching: dict[type, list[Watch]] = defaultdict(list)
_tracked_columns: dict[type, set] = defaultdict(set)
_m2m: dict[type, list] = defaultdict(list)


def searchable_models() -> list[type]:
    return [m for m in apps.get_models() if issubclass(m, Searchable)]


def connect() -> None:
    """Watch what every searchable model's declaration reads (called once, in ready())."""
    for target in searchable_models():
        own, watches = watches_for(target)
        _own[target] = own
        _tracked_columns[target] |= own
        for watch in watches:
            _watching[watch.model].append(watch)
            _tracked_columns[watch.model] |= watch.columns
        for f in target._meta.many_to_many:
            _m2m[f.remote_field.through].append((target, f))
    for model in {*_own, *_watching, *_tracked_columns}:
        uid = f"kompass.index.{model._meta.label_lower}"
        pre_save.connect(_before_save, sender=model, dispatch_uid=uid)
        post_save.connect(_saved, sender=model, dispatch_uid=uid)
        pre_delete.connect(_deleting, sender=model, dispatch_uid=uid)
        post_delete.connect(_deleted, sender=model, dispatch_uid=uid)
    for through in _m2m:
        m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=f"kompass.m2m.{through}")


# Indexing -------------------------------------------------------------------------------------


def reindex(model, ids: Iterable) -> None:
    """Index these entries after the transaction commits (or at the end of a deferral)."""
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return
    pending = getattr(_deferred, "pending", None)
    if pending is not None:
        pending[model].update(ids)
        return
    caching.after_commit(_indexer(model), ids)


_indexers: dict[type, Callable] = {}


def _indexer(model):
    # One function object per model, so that after_commit collects a batch per model.
    if model not in _indexers:
        _indexers[model] = lambda ids: index_now(model, ids)
    return _indexers[model]


@contextlib.contextmanager
def indexing_deferred():
    """Bulk changes (loading data) index once at the end, not after every saved row."""
    if getattr(_deferred, "pending", None) is not None:  # already deferred further out
        yield
        return
    _deferred.pending = defaultdict(set)
    try:
        yield
        pending = _deferred.pending
    finally:
        _deferred.pending = None
    for model, ids in pending.items():
        reindex(model, ids)
        caching.bump(caching.name_of(model))


BATCH = 500
_memo = threading.local()


def batch_memo(key, compute):
    """A value computed once per indexing batch (e.g. every municipality, for entries that
    serve the whole district), rather than once per entry."""
    memo = getattr(_memo, "values", None)
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def index_now(model, ids) -> None:
    """Compute and store the vectors, facet values and vocabulary words of these entries."""
    ids = sorted(ids)
    for start in range(0, len(ids), BATCH):
        _index_batch(model, ids[start : start + BATCH])
    # Again after the commit's own bump: a reader between the two may have cached answers
    # computed from the old vectors under the commit's version.
    caching.bump(caching.name_of(model))


def _prefetch_paths(model) -> list[str]:
    return sorted(
        {
            steps[-1][2]
            for path in model.search_index.paths()
            if (steps := relation_steps(model, path))
        }
    )


def _index_batch(model, ids) -> None:
    _memo.values = {}
    try:
        _index_rows(model, ids)
    finally:
        _memo.values = None


def _index_rows(model, ids) -> None:
    index = model.search_index
    table = model._meta.db_table
    with transaction.atomic():
        entries = list(
            model._default_manager.filter(pk__in=ids)
            .order_by("pk")
            .select_for_update(of=("self",))
            .defer(*(search_field(c) for c in SEARCH_LANGUAGES))
            .prefetch_related(*_prefetch_paths(model))
        )
        rows, delta = [], Counter()
        for entry in entries:
            row = {"id": entry.pk, "facets": [v for f in index.facets for v in f.values_of(entry)]}
            for code in SEARCH_LANGUAGES:
                for weight in WEIGHTS:
                    row[f"{weight.lower()}_{code}"] = _text(
                        entry, index.weights.get(weight, ()), code
                    )
            row["vocabulary"] = (
                " ".join(_text(entry, index.vocabulary, code) for code in SEARCH_LANGUAGES)
                if entry.in_vocabulary()
                else ""
            )
            rows.append(row)
            delta.subtract(set(entry.search_words or ()))
        if not rows:
            return
        columns = ", ".join(
            f"{w.lower()}_{c} text" for c in SEARCH_LANGUAGES for w in WEIGHTS
        )  # fmt: skip
        vectors = ",\n".join(
            f"{search_field(c)} = "
            + " || ".join(
                f"setweight(to_tsvector('{config_for(c)}', d.{w.lower()}_{c}), '{w}')"
                for w in WEIGHTS
            )
            for c in SEARCH_LANGUAGES
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE {table} t SET
                  {vectors},
                  facet_values = d.facets,
                  search_words = ARRAY(
                    SELECT DISTINCT w.lexeme FROM unnest(to_tsvector('simple', d.vocabulary)) w
                    WHERE length(w.lexeme) BETWEEN 3 AND {MAX_WORD} AND w.lexeme !~ '^[0-9]+$'
                    ORDER BY 1)
                FROM jsonb_to_recordset(%s::jsonb)
                  AS d(id bigint, facets varchar[], vocabulary text, {columns})
                WHERE t.id = d.id
                RETURNING t.search_words
                """,
                [json.dumps(rows)],
            )
            for (words,) in cursor.fetchall():
                delta.update(set(words or ()))
        _count_words(delta)


def _count_words(delta: Counter) -> None:
    changed = {word: n for word, n in delta.items() if n}
    if not changed:
        return
    # In one order, so that two indexings at once never lock the same words crosswise.
    words = sorted(changed)
    numbers = [changed[word] for word in words]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO integration_portal_searchterm (word, uses)
            SELECT * FROM unnest(%s::varchar[], %s::int[])
            ON CONFLICT (word) DO UPDATE
            SET uses = integration_portal_searchterm.uses + excluded.uses
            """,
            [words, numbers],
        )
        cursor.execute(
            "DELETE FROM integration_portal_searchterm WHERE word = ANY(%s) AND uses <= 0",
            [words],
        )


def _forget(deleted) -> None:
    """Take the words of deleted entries back from the vocabulary."""
    delta = Counter()
    for _model, _pk, words in deleted:
        delta.subtract(set(words))
    _count_words(delta)


def index_missing(**kwargs) -> None:
    """post_migrate: index entries that never were (new columns, a new content type)."""
    for model in searchable_models():
        ids = list(
            model._default_manager.filter(facet_values__isnull=True).values_list("pk", flat=True)
        )
        if ids:
            index_now(model, ids)
