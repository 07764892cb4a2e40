"""Full-text search for every content type: stored vectors per site language, typo correction.

A model joins by inheriting `Searchable` and declaring a `SearchIndex` (which fields are
searched, with which weight; which words feed typo correction; its facets). The base keeps
one vector column per site language (`search_<code>`), built with the Postgres text-search
configuration of settings.SEARCH_CONFIGS, so "Kurse" finds "Kurs" in German and "курси"
finds "курс" in Ukrainian (by prefix). A query runs against the reader's language and
German, because German is the fallback of every text and people here often type German
words whatever language they read.

A word that matches nothing is corrected against one vocabulary of the words of all public
content of all types (pg_trgm similarity, then edit distance), and the correction is used
only if it finds something public of the type searched.

Keeping the index current is `indexing.py`'s job.
"""

import re

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Q, Value
from django.db.models.functions import Greatest
from django.utils.translation import get_language

SEARCH_LANGUAGES = [code for code, _ in settings.LANGUAGES]
MAX_WORDS = 8
MAX_WORD = 40
# Letters and digits; "_" is a separator for Postgres, so it is one here too.
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def search_field(code: str) -> str:
    return f"search_{code}"


def config_for(code: str) -> str:
    return settings.SEARCH_CONFIGS.get(code, "simple")


def words_of(text: str) -> list[str]:
    """The searchable words of a query: letters and digits only, so no query syntax."""
    return [w.lower()[:MAX_WORD] for w in WORD.findall(text or "")][:MAX_WORDS]


def _tsquery(words: list[str], code: str) -> SearchQuery:
    # Every word must match, each also as the beginning of a longer word.
    return SearchQuery(
        " & ".join(f"{w}:*" for w in words), search_type="raw", config=config_for(code)
    )


def matching(queryset, words: list[str], language: str):
    """Entries matching all `words` in `language` or in German, annotated with a rank."""
    codes = [language] if language == settings.LANGUAGE_CODE else [language, settings.LANGUAGE_CODE]
    condition = Q()
    ranks = []
    for code in codes:
        query = _tsquery(words, code)
        condition |= Q(**{search_field(code): query})
        ranks.append(SearchRank(F(search_field(code)), query))
    rank = Greatest(*ranks) if len(ranks) > 1 else ranks[0]
    return queryset.filter(condition).annotate(rank=rank)


def corrected(words: list[str]) -> list[str]:
    """Each word replaced by the closest word of the vocabulary, if one is similar enough.

    Trigram similarity picks the candidates (with an index); the edit distance picks among
    them, so that "deutschkrus" becomes "deutschkurs" rather than the shorter "deutsch".
    """
    if not words:
        return words
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT q.word, (
                SELECT t.word FROM integration_portal_searchterm t
                WHERE t.word %% q.word
                ORDER BY levenshtein(t.word, q.word), similarity(t.word, q.word) DESC, t.word
                LIMIT 1
            )
            FROM unnest(%s::text[]) WITH ORDINALITY AS q(word, n)
            ORDER BY q.n
            """,
            [words],
        )
        return [suggestion or word for word, suggestion in cursor.fetchall()]


def find(queryset, text: str, versions=None):
    """Entries of `queryset` matching `text`; a word with a typo is corrected when nothing
    matches. Returns the queryset (annotated with `rank`) and the corrected words, if a
    correction was needed to find anything.

    A correction is used only if it finds a public entry of this type, so it can never
    reveal a word of an unpublished one. The decision is cached on `versions` (a
    caching.Versions the caller read for this answer).
    """
    words = words_of(text)
    if not words:
        return queryset.annotate(rank=Value(0.0)), None
    language = get_language()
    public = queryset.model._default_manager.published()

    def best_words():
        if matching(public, words, language).exists():
            return words
        suggestion = corrected(words)
        if suggestion != words and matching(public, suggestion, language).exists():
            return suggestion
        return words

    key = (queryset.model._meta.label_lower, words)
    better = versions.remember("corrected", key, best_words) if versions else best_words()
    if better != words:
        return matching(queryset, better, language), better
    return matching(queryset, words, language), None
