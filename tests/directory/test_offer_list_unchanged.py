"""The offer list answers as it did before it moved onto the shared base.

`saved_queries.json` holds, for 109 query strings in four languages (search words, typos,
Arabic, every filter, sort orders), the slugs of every result on every page, as the offer
directory answered them with the demo data before the move (commit 68fdc52)."""

import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command

SAVED = json.loads((Path(__file__).parent / "saved_queries.json").read_text())


def all_result_slugs(client, language, query) -> list[str]:
    slugs, page = [], 1
    while True:
        html = client.get(f"/{language}/angebote/?{query}&page={page}").content.decode()
        found = re.findall(rf'href="/{language}/angebote/([a-z0-9-]+)/"', html)
        found = [slug for slug in found if slug != "vorschlagen"]  # the link to suggest one
        slugs += [slug for slug in dict.fromkeys(found) if slug not in slugs]
        if f"page={page + 1}" not in html:
            return slugs
        page += 1


@pytest.mark.django_db
def test_saved_queries_find_the_same_offers_in_the_same_order(visitor, site_settings):
    call_command("load_demo", verbosity=0)
    different = []
    for key, expected in SAVED.items():
        language, query = key.split("?", 1)
        if (found := all_result_slugs(visitor, language, query)) != expected:
            different.append(f"{key}: {len(found)} results, expected {len(expected)}")
    assert not different, "\n".join(different)
