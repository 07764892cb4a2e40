from django.urls import path

from network import calendars, feeds, joining, verification, views

app_name = "network"

urlpatterns = [
    # Fixed paths under /netzwerk/ first: no organisation may take their slugs (RESERVED).
    path("netzwerk/", views.organization_list, name="organization_list"),
    path("netzwerk/arbeitskreise/", views.working_group_list, name="working_group_list"),
    path(
        "netzwerk/arbeitskreise/<slug:slug>/",
        views.working_group_detail,
        name="working_group_detail",
    ),
    path("netzwerk/ehrenamt/", views.volunteer_role_list, name="volunteer_role_list"),
    path(
        "netzwerk/ehrenamt/<slug:slug>/",
        views.volunteer_role_detail,
        name="volunteer_role_detail",
    ),
    path("netzwerk/mitmachen/", joining.apply, name="join"),
    path("netzwerk/mitmachen/danke/", joining.thanks, name="join_thanks"),
    path("netzwerk/pruefen/<str:token>/", verification.answer, name="verify"),
    path("netzwerk/<slug:slug>/", views.organization_detail, name="organization_detail"),
    path(
        "netzwerk/<slug:slug>/veranstaltungen.ics",
        calendars.organization_feed,
        name="organization_calendar",
    ),
    path("veranstaltungen/", views.event_list, name="event_list"),
    path("veranstaltungen/feed.ics", calendars.feed, name="event_feed"),
    path("veranstaltungen/<slug:slug>/", views.event_detail, name="event_detail"),
    path("veranstaltungen/<slug:slug>/kalender.ics", calendars.event_file, name="event_calendar"),
    path("aktuelles/", views.news_list, name="news_list"),
    path("aktuelles/feed.xml", feeds.NewsFeed(), name="news_feed"),
    path("aktuelles/<slug:slug>/", views.news_detail, name="news_detail"),
]
