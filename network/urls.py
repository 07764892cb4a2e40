from django.urls import path

from network import views

app_name = "network"

urlpatterns = [
    path("netzwerk/", views.organization_list, name="organization_list"),
    path("netzwerk/<slug:slug>/", views.organization_detail, name="organization_detail"),
]
