"""“Join the network”: an organisation applies; the application lands as a draft
organisation for staff to review, and staff are told by e-mail."""

from django import forms
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe

from integration_portal import contributions, mail
from integration_portal.contributions import one_line
from integration_portal.fields import free_slug
from integration_portal.forms import PublicForm
from integration_portal.models import Municipality
from integration_portal.publishing import Status
from network.models import ContactPerson, Organization
from network.models.organizations import RESERVED_SLUGS


class JoinForm(PublicForm):
    too_many = _("Too many applications from your connection. Please try again in an hour.")

    name = forms.CharField(label=_("Name of the organisation"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind of organisation"), choices=Organization.Kind.choices)
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.all(),
        required=False,
        empty_label=_("outside the district or several"),
    )
    description = forms.CharField(
        label=_("What does your organisation do?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    roles = forms.MultipleChoiceField(
        label=_("How would you like to take part?"),
        choices=Organization.Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )
    contact_name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"), max_length=200)
    phone = forms.CharField(label=_("Phone (optional)"), max_length=50, required=False)
    message = forms.CharField(
        label=_("Anything else we should know? (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_name(self):
        return one_line(self.cleaned_data["name"])

    def clean_contact_name(self):
        return one_line(self.cleaned_data["contact_name"])

    consent = forms.BooleanField(
        label=_("We agree that the network's staff store these details to review the application."),
        error_messages={"required": _("Please agree, so that we may store your application.")},
    )


@require_http_methods(["GET", "HEAD", "POST"])
def apply(request):
    return contributions.receive(
        request,
        JoinForm,
        "network/join.html",
        action="join",
        store=receive,
        thanks="network:join_thanks",
    )


@require_safe
def thanks(request):
    return render(request, "network/join_thanks.html")


def receive(request, data) -> Organization:
    """Store the application as a draft organisation with its contact person, and queue
    the message to staff."""
    organization = Organization(
        name=data["name"],
        slug=free_slug(Organization, data["name"], "organisation", RESERVED_SLUGS),
        kind=data["kind"],
        municipality=data["municipality"],
        # Into the German field whatever page it came from: staff review it there first.
        description_de=data["description"],
        website=data["website"],
        # The applicant's own address and phone stay with the contact person, who is named
        # publicly only with recorded consent; staff fill in the organisation's own.
        network_roles=data["roles"],
        application=data["message"],
        applied_at=timezone.now(),
        status=Status.DRAFT,
    )
    organization.save()
    ContactPerson.objects.create(
        organization=organization,
        name=data["contact_name"],
        email=data["email"],
        phone=data["phone"],
    )
    notify_staff(request, organization)
    return organization


def notify_staff(request, organization) -> None:
    """Queue a message to staff; the application is stored already."""
    link = request.build_absolute_uri(
        reverse("admin:network_organization_change", args=[organization.pk])
    )
    mail.tell_staff(
        f"Neue Bewerbung für das Netzwerk: {organization.name}",
        f"{organization.name} möchte dem Netzwerk beitreten.\n\n"
        f"Die Bewerbung liegt als Entwurf im Verwaltungsbereich:\n{link}\n\n"
        "Eine Antwort auf diese E-Mail geht an die Person, die sich beworben hat.\n"
        "Was zu tun ist, steht im Handbuch unter „Bewerbungen um Aufnahme“.",
        reply_to=[organization.contacts.get().email],
    )
