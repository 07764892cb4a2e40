"""Where the content apps plug into the site-wide pages without the base depending on them.

Dependencies point one way (integration_portal <- network <- directory <- projects), yet the
home page and the search across everything show each app's content. Each app registers
small functions here in its AppConfig.ready(); the site-wide views call them in order.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Section:
    """A block of a site-wide page: rendered with `template` and `context`."""

    template: str
    context: dict = field(default_factory=dict)


def search_section(listing, text, cards, heading, more) -> Section | None:
    """A content type's block on /suche/: the best matches of `listing` for `text`, shown
    with the card template `cards` (which lists `items`); `heading(n)` and `more(n)` give the
    texts for n matches (ngettext with a %(count)d)."""
    found = listing.search_preview(text)
    if not found:
        return None
    count = found["count"]
    return Section(
        "includes/search_section.html",
        {
            **found,
            "cards": cards,
            "name": listing.model._meta.model_name,
            "heading": heading(count) % {"count": count},
            "more_label": more(count) % {"count": count},
        },
    )


def assemble(functions, *args) -> list[Section]:
    """The sections the registered functions give for one page (those that give None say
    nothing there)."""
    return [section for function in functions if (section := function(*args))]


# f(request) -> Section | None, for the home page
home_sections: list[Callable] = []
# f(request, text) -> Section | None, for /suche/
search_sections: list[Callable] = []
# f(request, municipality) -> Section | None, for /gemeinden/<slug>/
municipality_sections: list[Callable] = []
# name -> Sitemap class, for /sitemap.xml
sitemaps: dict[str, type] = {}
