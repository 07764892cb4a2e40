"""Documents staff attach to an entry (a project's report, a flyer, a poster): a PDF or a
picture, checked by its content and size, kept in the database, public or internal.

A picture is re-encoded on our server like a logo (images.py), which drops whatever else it
carried. A PDF cannot be cleaned that way: it is accepted only if it is one by its content,
and it is served with a sandboxing Content Security Policy, as a download of its own type.
No document has a public media URL: each is served by a view of the app that owns it, which
decides who may read it (`response()` then writes it out).
"""

import hashlib
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.translation import gettext_lazy as _

from integration_portal.images import reencode

MAX_BYTES = 10 * 1024 * 1024
PDF = "application/pdf"
WEBP = "image/webp"
DOCUMENT_SIDE = 2000  # a poster stays readable; a photo of many megapixels does not stay


def read_upload(upload) -> tuple[bytes, str]:
    """The content to keep and its type, or a ValidationError that says why not."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(limit)s MB."), params={"limit": MAX_BYTES // 2**20}
        )
    head = upload.read(5)
    upload.seek(0)
    if head == b"%PDF-":
        data = upload.read()
        if b"%%EOF" not in data[-2048:]:
            raise ValidationError(_("This PDF file is incomplete or damaged."))
        return data, PDF
    try:
        image = reencode(upload, DOCUMENT_SIDE, MAX_BYTES)
    except ValidationError as error:
        if error.code != "not_a_picture":
            raise  # a picture, but too large in pixels or damaged: that message says why
        raise ValidationError(
            _("Please upload a PDF file or a picture (PNG, JPEG or WebP).")
        ) from None
    return bytes(image.data), WEBP


def safe_filename(name: str, content_type: str) -> str:
    """A plain file name for the download, with the extension its content has."""
    stem = re.sub(r"[^\w.-]+", "-", name.rsplit(".", 1)[0], flags=re.ASCII).strip("-.")
    return f"{stem[:80] or 'dokument'}.{'pdf' if content_type == PDF else 'webp'}"


class Document(models.Model):
    """Abstract: a file of an entry, edited inside the entry's form. A concrete model adds the
    foreign key to its entry and registers `title` for translation."""

    title = models.CharField(_("title"), max_length=200)
    public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Only public documents of a published entry can be opened by visitors."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    data = models.BinaryField(editable=False)
    content_type = models.CharField(_("file type"), max_length=40, editable=False)
    size = models.PositiveIntegerField(_("size in bytes"), default=0, editable=False)
    filename = models.CharField(_("file name"), max_length=100, editable=False)
    digest = models.CharField(max_length=64, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title

    @property
    def is_pdf(self) -> bool:
        return self.content_type == PDF

    def store(self, data: bytes, content_type: str, name: str) -> None:
        """Take over checked content (`read_upload`) under the file name it came with."""
        self.data, self.content_type, self.size = data, content_type, len(data)
        self.filename = safe_filename(name, content_type)
        self.digest = hashlib.sha256(data).hexdigest()


class DocumentForm(forms.ModelForm):
    """The form of a document row in the admin: the upload is checked when it is cleaned,
    so that a wrong file is refused with a message next to it, before anything is saved."""

    upload = forms.FileField(
        label=_("file"),
        required=False,
        help_text=_("PDF or picture (PNG, JPEG, WebP), at most 10 MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "application/pdf,image/png,image/jpeg,image/webp"}
        ),
    )

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            self._checked = read_upload(upload)
            upload.seek(0)
        elif not self.instance.pk and self.has_changed():
            raise ValidationError(_("Please choose a file."))
        return upload

    def save(self, commit=True):
        upload = self.cleaned_data.get("upload")
        if upload:
            self.instance.store(*self._checked, upload.name)
        return super().save(commit)


def response(request, document: Document, private: bool) -> HttpResponse:
    """The file in its own type (a PDF as a download, which the phone opens in its reader).
    Caches must ask again each time (a file made internal or a project unpublished stops at
    once), but an unchanged file answers 304 by its digest; a private one is never kept."""
    etag = f'"{document.digest}"'
    if not private and request.headers.get("If-None-Match") == etag:
        reply = HttpResponseNotModified()
    else:
        reply = HttpResponse(bytes(document.data), content_type=document.content_type)
        shown = "attachment" if document.is_pdf else "inline"
        reply["Content-Disposition"] = f'{shown}; filename="{document.filename}"'
    reply["X-Content-Type-Options"] = "nosniff"
    # Whatever a PDF carries runs nowhere: no scripts, no forms, no same-origin access.
    reply["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self'"
    if private:
        reply["Cache-Control"] = "private, no-store"
    else:
        reply["Cache-Control"] = "public, no-cache"
        reply["ETag"] = etag
    return reply
