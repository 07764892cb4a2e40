"""Staff accounts: repeated failed sign-ins lock the account for that address; with the
two-factor setting on, no admin page opens before the second factor; recovery codes work
once; sessions end after an hour without a request; weak passwords are refused."""

import datetime
import re

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


def sign_in(client, password):
    return client.post(
        "/admin/login/?next=/admin/", {"username": "lea", "password": password, "next": "/admin/"}
    )


def test_repeated_failures_lock_the_account_for_that_address(django_user_model):
    django_user_model.objects.create_user("lea", password="richtig-und-lang", is_staff=True)
    attacker, colleague = Client(REMOTE_ADDR="203.0.113.5"), Client(REMOTE_ADDR="198.51.100.2")
    answers = [sign_in(attacker, f"falsch-{n}").status_code for n in range(6)]
    assert answers[:4] == [200] * 4  # the form again, with its message
    assert answers[-1] == 429
    locked = sign_in(attacker, "richtig-und-lang")  # even the right password, now
    assert locked.status_code == 429
    assert "zu viele" in locked.content.decode().lower() or "gesperrt" in locked.content.decode()
    # The owner of the account, elsewhere, is not locked out by the attacker.
    assert sign_in(colleague, "richtig-und-lang").status_code == 302


def a_while_later():
    """Wrong codes slow the next attempts down (django-otp's throttling): time passes."""
    moment = timezone.now() - datetime.timedelta(minutes=1)
    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(throttling_failure_count__gt=0).update(
            throttling_failure_timestamp=moment
        )


def current_code(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_with_two_factor_on_no_admin_page_opens_before_the_second_factor(settings, editor):
    settings.TWO_FACTOR_REQUIRED = True
    for path in ("/admin/", "/admin/directory/offer/", "/admin/integration_portal/report/"):
        response = editor.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/zwei-faktor/einrichten/?next=")
    setup = editor.get("/admin/zwei-faktor/einrichten/?next=/admin/directory/offer/")
    page = setup.content.decode()
    assert "<svg" in page and "Authenticator" in page
    device = TOTPDevice.objects.get(user=editor.user, confirmed=False)
    wrong = editor.post("/admin/zwei-faktor/einrichten/", {"code": "000000", "next": "/admin/"})
    assert wrong.status_code == 400 and editor.get("/admin/").status_code == 302
    a_while_later()  # after a wrong code the next one is refused for a moment
    done = editor.post(
        "/admin/zwei-faktor/einrichten/", {"code": current_code(device), "next": "/admin/"}
    )
    codes = re.findall(r"<li><code>(\w+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert editor.get("/admin/directory/offer/").status_code == 200

    # A new session: the password alone is not enough; a recovery code works once.
    again = Client()
    again.force_login(editor.user)
    response = again.get("/admin/")
    assert response["Location"].startswith("/admin/zwei-faktor/?next=")
    assert again.post("/admin/zwei-faktor/", {"code": "12345678"}).status_code == 400
    a_while_later()
    assert again.post("/admin/zwei-faktor/", {"code": codes[0]}).status_code == 302
    assert again.get("/admin/").status_code == 200
    third = Client()
    third.force_login(editor.user)
    assert third.post("/admin/zwei-faktor/", {"code": codes[0]}).status_code == 400
    assert third.get("/admin/").status_code == 302


def test_the_next_address_after_the_second_factor_stays_on_the_site(settings, editor):
    settings.TWO_FACTOR_REQUIRED = True
    editor.get("/admin/zwei-faktor/einrichten/")
    device = TOTPDevice.objects.get(user=editor.user)
    response = editor.post(
        "/admin/zwei-faktor/einrichten/",
        {"code": current_code(device), "next": "https://evil.example.com/"},
    )
    assert 'href="https://evil' not in response.content.decode()


def test_without_the_setting_the_demo_logins_need_no_second_factor(settings, editor):
    settings.TWO_FACTOR_REQUIRED = False
    assert editor.get("/admin/").status_code == 200


def test_a_session_ends_an_hour_after_the_last_request(editor):
    editor.get("/admin/")
    session = Session.objects.get()
    left = session.expire_date - timezone.now()
    assert datetime.timedelta(minutes=55) < left <= datetime.timedelta(hours=1)
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    assert editor.get("/admin/")["Location"].startswith("/admin/login/")


def test_weak_passwords_are_refused(django_user_model, administration):
    response = administration.post(
        "/admin/auth/user/add/",
        {
            "username": "neu",
            "password1": "kompass1",
            "password2": "kompass1",
            "usable_password": "true",
        },
    )
    assert response.status_code == 200
    assert not django_user_model.objects.filter(username="neu").exists()
    assert "12" in response.content.decode()  # the minimum length is named
