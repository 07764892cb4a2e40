from django.urls import path

from projects import views

app_name = "projects"

urlpatterns = [
    # Fixed paths first: no project may take their slugs (Project.RESERVED_SLUGS).
    path("projekte/", views.project_list, name="project_list"),
    path("projekte/werkzeugkiste/", views.toolbox_list, name="toolbox"),
    path("projekte/foerderprogramme/", views.programme_list, name="programme_list"),
    path(
        "projekte/foerderprogramme/<slug:slug>/",
        views.programme_detail,
        name="programme_detail",
    ),
    path("projekte/<slug:slug>/", views.project_detail, name="project_detail"),
    path("projekte/<slug:slug>/dokumente/<int:pk>/", views.document, name="document"),
]
