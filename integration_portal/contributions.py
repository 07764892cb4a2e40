"""What the public sends through the site's forms (an application to the network, a
suggested offer, a problem report): one way to receive it.

Every attempt counts against a per-address limit; a filled-in honeypot is thanked and
dropped; invalid input is shown again with its messages, nothing typed lost; a valid
submission is stored, with its message to staff queued in the same transaction (mail.py),
before the sender is thanked.
"""

import datetime

from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from integration_portal import throttle

# Per address and hour, counting every attempt (a typo costs one): enough for an office
# behind one router, too few for a flood.
LIMIT, WINDOW = 10, datetime.timedelta(hours=1)
TOO_MANY = _("Too many messages from your connection. Please try again in an hour.")


def receive(request, form_class, template, *, action, store, thanks, context=None, **form_kwargs):
    """The view of a public form: GET shows it, POST checks and stores it through
    `store(request, cleaned_data)` and redirects to `thanks`."""
    context = context or {}
    if request.method != "POST":
        return render(request, template, {**context, "form": form_class(**form_kwargs)})
    form = form_class(request.POST, **form_kwargs)
    if not throttle.allow(request, action, LIMIT, WINDOW):
        form.add_error(None, getattr(form, "too_many", TOO_MANY))
        return render(request, template, {**context, "form": form}, status=429)
    if form.is_spam():
        return redirect(thanks)  # say nothing a bot could learn from
    if not form.is_valid():
        return render(request, template, {**context, "form": form}, status=400)
    with transaction.atomic():
        store(request, form.cleaned_data)
    return redirect(thanks)


def one_line(text: str) -> str:
    """Names on one line: line breaks and runs of spaces become one space (they end up in
    mail subjects)."""
    return " ".join(text.split())
