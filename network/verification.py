"""Partner organisations keep their entries right: `manage.py send_verification_requests`
asks each organisation with entries due for a check by e-mail; its signed link (no login)
leads to a page listing its entries, where it answers “still correct” (the entries are
marked as checked today) or “something changed” (a report for staff)."""

from django import forms
from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from integration_portal import mail, throttle, verification
from integration_portal.contributions import LIMIT, TOO_MANY, WINDOW
from integration_portal.forms import AccessibleErrorsMixin
from integration_portal.models import Report
from network.models import Organization, VerificationRequest

SALT = "kompass.verification-request"
CONFIRMED = "Von der Organisation bestätigt (Prüf-Link)"


def token_for(request_row: VerificationRequest) -> str:
    return signing.dumps(request_row.pk, salt=SALT)


def request_for(token: str) -> VerificationRequest:
    """The request a token was made for; 404 if forged, expired or unknown."""
    try:
        pk = signing.loads(token, salt=SALT, max_age=VerificationRequest.VALID_FOR)
    except signing.BadSignature:  # forged, altered or expired
        raise Http404 from None
    found = VerificationRequest.objects.select_related("organization").filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


class AnswerForm(AccessibleErrorsMixin, forms.Form):
    answer = forms.ChoiceField(label=_("Answer"), choices=VerificationRequest.Answer.choices)
    changes = forms.CharField(
        label=_("What has changed?"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("For example: the new phone number, a course that ended, new opening hours."),
        error_messages={"max_length": _("Please use at most %(limit_value)d characters.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("answer") == VerificationRequest.Answer.CHANGED and not data.get("changes"):
            self.add_error("changes", _("Please tell us what has changed."))
        return data


@require_http_methods(["GET", "HEAD", "POST"])
def answer(request, token):
    asked = request_for(token)
    organization = asked.organization
    entries = verification.entries_of(organization.pk)
    shown = [(capfirst(model._meta.verbose_name_plural), rows) for model, rows in entries]
    context = {"asked": asked, "organization": organization, "entries": shown}
    if not asked.is_open():
        return render(request, "network/verify.html", {**context, "closed": True}, status=410)
    if request.method != "POST":
        return render(request, "network/verify.html", {**context, "form": AnswerForm()})
    form = AnswerForm(request.POST)
    if not throttle.allow(request, "verify", LIMIT, WINDOW):
        form.add_error(None, TOO_MANY)
        return render(request, "network/verify.html", {**context, "form": form}, status=429)
    if not form.is_valid():
        return render(request, "network/verify.html", {**context, "form": form}, status=400)
    record(request, asked, form.cleaned_data, entries)
    return render(request, "network/verify.html", {**context, "done": asked.answer})


def record(request, asked, data, entries) -> None:
    """Store the answer once: a second answer to the same link finds it closed."""
    claimed = VerificationRequest.objects.filter(pk=asked.pk, answered_at__isnull=True).update(
        answered_at=timezone.now(), answer=data["answer"]
    )
    if not claimed:
        raise Http404
    asked.answer = data["answer"]
    organization = asked.organization
    if data["answer"] == VerificationRequest.Answer.CORRECT:
        verification.confirm([row for _model, rows in entries for row in rows], CONFIRMED)
        return
    report = Report.about(
        organization, kind=Report.Kind.CHANGED, message=data["changes"], email=asked.sent_to
    )
    link = request.build_absolute_uri(
        reverse("admin:integration_portal_report_change", args=[report.pk])
    )
    mail.tell_staff(
        f"Änderung gemeldet: {organization.name}",
        f"{organization.name} meldet auf die Bitte um Prüfung ihrer Einträge eine Änderung:"
        f"\n\n{data['changes']}\n\nDie Meldung im Verwaltungsbereich:\n{link}",
        reply_to=[asked.sent_to],
    )


def address_of(organization: Organization) -> str:
    """Where the organisation is asked: its own address, else its first contact's."""
    if organization.email:
        return organization.email
    contact = organization.contacts.exclude(email="").order_by("pk").first()
    return contact.email if contact else ""


def send(organization: Organization, entries) -> VerificationRequest | None:
    """Queue the request to one organisation; None if it has no address."""
    to = address_of(organization)
    if not to:
        return None
    asked = VerificationRequest.objects.create(organization=organization, sent_to=to)
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("network:verify", args=[token_for(asked)])
    lines = "\n".join(
        f"- {model._meta.verbose_name}: {row}" for model, rows in entries for row in rows
    )
    mail.queue(
        f"Bitte prüfen: Ihre Einträge im Kompass ({organization.name})",
        f"Guten Tag,\n\nim Kompass Integration & Gemeinwohl stehen diese Einträge von "
        f"{organization.name}:\n\n{lines}\n\n"
        "Stimmen sie noch? Auf dieser Seite können Sie es mit einem Klick bestätigen oder uns "
        f"schreiben, was sich geändert hat (ohne Anmeldung):\n{settings.SITE_URL}{path}\n\n"
        f"Der Link gilt {VerificationRequest.VALID_FOR.days} Tage und einmal.\n\n"
        "Vielen Dank!\nDas Regionalmanagement",
        [to],
        reply_to=mail.staff_addresses(),
    )
    return asked
