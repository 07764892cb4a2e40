"""Two-factor sign-in for staff (django-otp): after the password, a code from an
authenticator app, or one of ten recovery codes that work once each.

Where `TWO_FACTOR_REQUIRED` is on, a staff account reaches no admin page but these before it
has confirmed its second factor in this session: without a device it is led to set one up
(a QR code for the app, then its recovery codes, shown once), with one to enter a code.
"""

import base64

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from integration_portal.forms import AccessibleErrorsMixin

APP_DEVICE = "Authenticator-App"
RECOVERY_DEVICE = "Wiederherstellungscodes"
RECOVERY_CODES = 10
# Admin paths a signed-in staff member may open before the second factor.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/zwei-faktor/", "/admin/jsi18n/")


class TwoFactorMiddleware:
    """Leads a staff member without a confirmed second factor to it, before any admin page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            settings.TWO_FACTOR_REQUIRED
            and path.startswith("/admin/")
            and not path.startswith(OPEN_PATHS)
            and request.user.is_authenticated
            and request.user.is_staff
            and not request.user.is_verified()
        ):
            target = "two_factor_verify" if has_device(request.user) else "two_factor_setup"
            return redirect(f"{reverse(target)}?next={request.get_full_path()}")
        return self.get_response(request)


def has_device(user) -> bool:
    return any(django_otp.devices_for_user(user, confirmed=True))


class CodeForm(AccessibleErrorsMixin, forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("admin:index")


@staff_member_required
@require_http_methods(["GET", "HEAD", "POST"])
def verify(request):
    """Enter a code from the app, or a recovery code."""
    if not has_device(request.user):
        return redirect(f"{reverse('two_factor_setup')}?next={_next(request)}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = django_otp.match_token(request.user, form.cleaned_data["code"].replace(" ", ""))
        if device is not None:
            django_otp.login(request, device)
            return redirect(_next(request))
        if not all(d.verify_is_allowed()[0] for d in django_otp.devices_for_user(request.user)):
            # After wrong codes each next try waits longer (django-otp's throttling).
            form.add_error("code", _("Too many wrong codes. Please wait a minute, then try again."))
        else:
            form.add_error(
                "code", _("This code is not right, or no longer valid. Please try again.")
            )
    status = 400 if form.errors else 200
    context = {"form": form, "next": _next(request), "title": _("Second factor")}
    return _render(request, "admin/two_factor/verify.html", context, status=status)


@staff_member_required
@require_http_methods(["GET", "HEAD", "POST"])
def setup(request):
    """Set up the app: scan the QR code, confirm with a first code; then the recovery codes."""
    user = request.user
    if has_device(user) and not user.is_verified():
        return redirect(f"{reverse('two_factor_verify')}?next={_next(request)}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or (
        TOTPDevice.objects.create(user=user, name=APP_DEVICE, confirmed=False)
    )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].replace(" ", "")):
            with transaction.atomic():
                # A new app replaces the old one, and new recovery codes the old ones.
                TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
                device.confirmed = True
                device.save()
                codes = new_recovery_codes(user)
            django_otp.login(request, device)
            context = {"codes": codes, "next": _next(request), "title": _("Recovery codes")}
            return _render(request, "admin/two_factor/codes.html", context)
        form.add_error("code", _("This code is not right. Please check the time on your phone."))
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    context = {
        "form": form,
        "next": _next(request),
        "title": _("Set up sign-in with a second factor"),
        "qr": mark_safe(image.to_string(encoding="unicode")),  # drawn by us: paths only
        "key": " ".join(
            base64.b32encode(device.bin_key).decode()[i : i + 4] for i in range(0, 32, 4)
        ).strip(),
    }
    return _render(
        request, "admin/two_factor/setup.html", context, status=400 if form.errors else 200
    )


def _render(request, template, context, status=200):
    """An admin page: with the admin's header, names and colours."""
    return render(request, template, {**admin.site.each_context(request), **context}, status=status)


def new_recovery_codes(user) -> list[str]:
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_DEVICE, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes
