"""The public's part in keeping the directory right: "suggest an offer" (lands as a draft
offer marked as a suggestion) and "report a problem" on an offer's page (lands as a report
for staff). Both go through the shared receiving of public forms (contributions.py)."""

from django import forms
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe

from directory.models import RESERVED_SLUGS, Offer
from integration_portal import contributions, mail
from integration_portal.contributions import one_line
from integration_portal.fields import free_slug
from integration_portal.forms import PublicForm
from integration_portal.models import Category, Municipality, Report
from integration_portal.publishing import Status

LONG_TEXT = {"max_length": _("Please use at most %(limit_value)d characters.")}


class SuggestionForm(PublicForm):
    title = forms.CharField(label=_("Name of the offer"), max_length=200, error_messages=LONG_TEXT)
    provider = forms.CharField(
        label=_("Who offers it?"),
        max_length=200,
        help_text=_("An organisation, an association, a parish, a person …"),
        error_messages=LONG_TEXT,
    )
    category = forms.ModelChoiceField(
        label=_("What kind of offer is it?"),
        queryset=Category.objects.all(),
        required=False,
        empty_label=_("not sure"),
    )
    municipality = forms.ModelChoiceField(
        label=_("Where does it take place?"),
        queryset=Municipality.objects.all(),
        required=False,
        empty_label=_("several places or online"),
    )
    description = forms.CharField(
        label=_("What is offered, for whom, when?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages=LONG_TEXT,
    )
    website = forms.URLField(
        label=_("Website (optional)"), required=False, max_length=200, assume_scheme="https"
    )
    name = forms.CharField(
        label=_("Your name (optional)"), max_length=200, required=False, error_messages=LONG_TEXT
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=200,
        help_text=_("Only for questions about your suggestion; it is never published."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the staff of the regional management store these details to check the suggestion."
        ),
        error_messages={"required": _("Please agree, so that we may store your suggestion.")},
    )

    def clean_title(self):
        return one_line(self.cleaned_data["title"])

    def clean_provider(self):
        return one_line(self.cleaned_data["provider"])

    def clean_name(self):
        return one_line(self.cleaned_data["name"])


class ProblemForm(PublicForm):
    problem = forms.ChoiceField(
        label=_("What is wrong?"), choices=Report.Problem.choices, widget=forms.RadioSelect
    )
    message = forms.CharField(
        label=_("Please describe it"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("For example: the new phone number, or the day the course now takes place."),
        error_messages=LONG_TEXT,
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        max_length=200,
        required=False,
        help_text=_("If you would like an answer. It is never published."),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def suggest(request):
    return contributions.receive(
        request,
        SuggestionForm,
        "directory/suggest.html",
        action="suggest-offer",
        store=store_suggestion,
        thanks="directory:suggest_thanks",
    )


@require_safe
def suggest_thanks(request):
    return render(request, "directory/suggest_thanks.html")


def store_suggestion(request, data) -> Offer:
    """A draft offer marked as a suggestion, with the sender's contact; staff hear of it."""
    offer = Offer.objects.create(
        # Into the German fields whatever page it came from: staff review it there first.
        title_de=data["title"],
        slug=free_slug(Offer, data["title"], "angebot", RESERVED_SLUGS),
        summary_de="",
        description_de=data["description"],
        website=data["website"],
        status=Status.DRAFT,
        suggested_at=timezone.now(),
        suggested_by=data["name"],
        suggester_email=data["email"],
        suggestion_note=f"Angeboten von: {data['provider']}",
    )
    if data["category"]:
        offer.categories.add(data["category"])
    if data["municipality"]:
        offer.municipalities_served.add(data["municipality"])
    link = request.build_absolute_uri(reverse("admin:directory_offer_change", args=[offer.pk]))
    mail.tell_staff(
        f"Neuer Angebotsvorschlag: {offer.title_de}",
        f"Über die Website wurde ein Angebot vorgeschlagen: {offer.title_de}\n"
        f"Angeboten von: {data['provider']}\n\n"
        f"Der Vorschlag liegt als Entwurf im Verwaltungsbereich:\n{link}\n\n"
        "Eine Antwort auf diese E-Mail geht an die Person, die ihn geschickt hat.\n"
        "Was zu tun ist, steht im Handbuch unter „Vorschläge und Meldungen“.",
        reply_to=[data["email"]],
    )
    return offer


@require_http_methods(["GET", "HEAD", "POST"])
def report_problem(request, slug):
    offer = get_object_or_404(Offer.objects.published(), slug=slug)

    def store(request, data):
        report = Report.about(
            offer,
            kind=Report.Kind.PROBLEM,
            problem=data["problem"],
            message=data["message"],
            email=data["email"],
        )
        link = request.build_absolute_uri(
            reverse("admin:integration_portal_report_change", args=[report.pk])
        )
        mail.tell_staff(
            f"Problem gemeldet: {offer.title_de}",
            f"Zum Angebot „{offer.title_de}“ wurde ein Problem gemeldet "
            f"({report.get_problem_display()}):\n\n{data['message']}\n\n"
            f"Die Meldung im Verwaltungsbereich:\n{link}",
            reply_to=[data["email"]] if data["email"] else (),
        )

    return contributions.receive(
        request,
        ProblemForm,
        "directory/report_problem.html",
        action="report-problem",
        store=store,
        thanks=reverse("directory:report_thanks", args=[offer.slug]),
        context={"offer": offer},
    )


@require_safe
def report_thanks(request, slug):
    offer = get_object_or_404(Offer.objects.published(), slug=slug)
    return render(request, "directory/report_thanks.html", {"offer": offer})
