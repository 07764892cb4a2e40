from django.urls import path

from directory import views

app_name = "directory"

urlpatterns = [
    path("angebote/", views.offer_list, name="offer_list"),
    path("angebote/<slug:slug>/", views.offer_detail, name="offer_detail"),
]
