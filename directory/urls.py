from django.urls import path

from directory import contributions, views

app_name = "directory"

urlpatterns = [
    path("angebote/", views.offer_list, name="offer_list"),
    # Fixed paths first: no offer may take their slugs (contributions.RESERVED_SLUGS).
    path("angebote/vorschlagen/", contributions.suggest, name="suggest"),
    path("angebote/vorschlagen/danke/", contributions.suggest_thanks, name="suggest_thanks"),
    path("angebote/<slug:slug>/", views.offer_detail, name="offer_detail"),
    path(
        "angebote/<slug:slug>/problem-melden/",
        contributions.report_problem,
        name="report_problem",
    ),
    path(
        "angebote/<slug:slug>/problem-melden/danke/",
        contributions.report_thanks,
        name="report_thanks",
    ),
]
