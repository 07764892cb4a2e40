"""Where apps above `network` add blocks to an organisation's page (its offers, later its
projects) without `network` importing them: f(request, organization) -> Section | None."""

from collections.abc import Callable

organization_sections: list[Callable] = []
