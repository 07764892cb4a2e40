"""Full-text search over offers: one stored vector per site language, plus typo correction.

Each site language has its own vector column (`search_<code>`) built with the Postgres
text-search configuration in settings.SEARCH_CONFIGS, so "Kurse" finds "Kurs" in German
and "курси" finds "курс" in Ukrainian (by prefix, as Postgres has no Ukrainian stemmer).
A query runs against the reader's language and German, because German is the fallback
of every text and people here often type German words whatever language they read.

A word that matches nothing is corrected against the vocabulary of published offers by
trigram similarity (pg_trgm), so that "Deutschkrus" still finds the German course.
"""

import re

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection, transaction
from django.db.models import F, Q
from django.db.models.functions import Greatest

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
    """Offers matching all `words` in `language` or in German, annotated with a rank."""
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
                SELECT t.word FROM directory_searchterm t
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


def update_search_columns(offer_ids) -> None:
    """Recompute the filter arrays and the per-language vectors of these offers."""
    if not offer_ids:
        return
    vectors = ",\n".join(f"{search_field(code)} = {_vector_sql(code)}" for code in SEARCH_LANGUAGES)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE directory_offer o SET
              category_slugs = ARRAY(
                SELECT c.slug FROM directory_category c
                JOIN directory_offer_categories oc ON oc.category_id = c.id
                WHERE oc.offer_id = o.id ORDER BY c.slug),
              target_group_slugs = ARRAY(
                SELECT g.slug FROM directory_targetgroup g
                JOIN directory_offer_target_groups og ON og.targetgroup_id = g.id
                WHERE og.offer_id = o.id ORDER BY g.slug),
              language_codes = ARRAY(
                SELECT l.code FROM integration_portal_language l
                JOIN directory_offer_languages ol ON ol.language_id = l.id
                WHERE ol.offer_id = o.id ORDER BY l.code),
              municipality_slugs = ARRAY(
                SELECT m.slug FROM integration_portal_municipality m
                WHERE o.serves_whole_district
                   OR m.id IN (SELECT l.municipality_id FROM directory_location l
                               JOIN directory_offerlocation ol ON ol.location_id = l.id
                               WHERE ol.offer_id = o.id)
                   OR m.id IN (SELECT s.municipality_id FROM directory_offer_municipalities_served s
                               WHERE s.offer_id = o.id)
                ORDER BY m.slug),
              {vectors}
            WHERE o.id = ANY(%s)
            """,
            [list(offer_ids)],
        )


def _vector_sql(code: str) -> str:
    """SQL for one language's vector: title (A), summary (B), the rest (C)."""
    config = config_for(code)
    rest = f"""concat_ws(' ',
        o.description_{code}, o.eligibility_{code}, o.how_to_access_{code}, o.cost_note_{code},
        (SELECT string_agg(coalesce(nullif(c.name_{code}, ''), c.name_de), ' ')
           FROM directory_category c JOIN directory_offer_categories oc ON oc.category_id = c.id
           WHERE oc.offer_id = o.id),
        (SELECT string_agg(coalesce(nullif(g.name_{code}, ''), g.name_de), ' ')
           FROM directory_targetgroup g JOIN directory_offer_target_groups og ON og.targetgroup_id = g.id
           WHERE og.offer_id = o.id),
        (SELECT name FROM network_organization WHERE id = o.organization_id),
        (SELECT string_agg(concat_ws(' ', l.name, m.name), ' ')
           FROM directory_location l JOIN directory_offerlocation ol ON ol.location_id = l.id
           JOIN integration_portal_municipality m ON m.id = l.municipality_id
           WHERE ol.offer_id = o.id))"""
    return (
        f"setweight(to_tsvector('{config}', coalesce(o.title_{code}, '')), 'A')"
        f" || setweight(to_tsvector('{config}', coalesce(o.summary_{code}, '')), 'B')"
        f" || setweight(to_tsvector('{config}', {rest}), 'C')"
    )


PUBLIC_OFFER_SQL = """
    o.status = 'published'
    AND (o.publish_from IS NULL OR o.publish_from <= now())
    AND (o.publish_until IS NULL OR o.publish_until > now())
    AND EXISTS (
        SELECT 1 FROM network_organization g WHERE g.id = o.organization_id
        AND g.status = 'published'
        AND (g.publish_from IS NULL OR g.publish_from <= now())
        AND (g.publish_until IS NULL OR g.publish_until > now()))
"""
VOCABULARY_LOCK = 72_650_001  # any constant: serialises concurrent rebuilds


def rebuild_vocabulary() -> None:
    """The words of public offers' titles, summaries and categories, for typo correction.

    Mirrors OfferQuerySet.published() in SQL, because ts_stat takes a query as text. A
    suggestion is still only used when it finds a public offer (see directory.views.find),
    so a word of an offer that has since expired is never shown.
    """
    texts = ", ".join(f"o.title_{code}, o.summary_{code}" for code in SEARCH_LANGUAGES)
    names = ", ".join(f"name_{code}" for code in SEARCH_LANGUAGES)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [VOCABULARY_LOCK])
        cursor.execute("DELETE FROM directory_searchterm")
        cursor.execute(
            f"""
            INSERT INTO directory_searchterm (word)
            SELECT word FROM ts_stat($$
                SELECT to_tsvector('simple', concat_ws(' ', {texts}))
                FROM directory_offer o WHERE {PUBLIC_OFFER_SQL}
                UNION ALL
                SELECT to_tsvector('simple', concat_ws(' ', {names})) FROM directory_category
            $$)
            WHERE length(word) BETWEEN 3 AND {MAX_WORD} AND word !~ '^[0-9]+$'
            ON CONFLICT (word) DO NOTHING
            """
        )
