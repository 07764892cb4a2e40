"""Uploaded pictures: checked by their content, size and dimensions, re-encoded on our
server as WebP and stored in the database (models.StoredImage).

Re-encoding drops whatever else a file carries (metadata, scripts in odd formats, a second
image behind the first), and a logo of a few megapixels becomes a few kilobytes.
"""

import hashlib
import io

from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from PIL import Image, ImageOps, UnidentifiedImageError

from integration_portal.models import StoredImage

MAX_BYTES = 5 * 1024 * 1024
MIN_SIDE = 32
MAX_SIDE = 6000
MAX_PIXELS = 25_000_000  # far below Pillow's decompression-bomb limit
FORMATS = {"PNG", "JPEG", "WEBP", "GIF"}
STORED_SIDE = 600  # the largest side kept: twice the largest size we show


def reencode(upload, stored_side: int = STORED_SIDE, max_bytes: int = MAX_BYTES) -> StoredImage:
    """An unsaved StoredImage from an uploaded file, or a ValidationError that says why not
    (with the code "not_a_picture" when the file is no picture at all)."""
    if upload.size > max_bytes:
        raise ValidationError(
            _("The file is larger than %(limit)s MB."), params={"limit": max_bytes // 2**20}
        )
    raw = upload.read()
    try:
        probe = Image.open(io.BytesIO(raw))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("This file is not a picture we can read. Please upload a PNG, JPEG or WebP file."),
            code="not_a_picture",
        ) from None
    try:
        with probe:
            kind, (width, height) = probe.format, probe.size
            probe.verify()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("This picture is damaged and cannot be read.")) from None
    if kind not in FORMATS:
        raise ValidationError(_("Please upload a PNG, JPEG or WebP file."), code="not_a_picture")
    if min(width, height) < MIN_SIDE or max(width, height) > MAX_SIDE:
        raise ValidationError(
            _("The picture must be between %(min)s and %(max)s pixels on each side."),
            params={"min": MIN_SIDE, "max": MAX_SIDE},
        )
    if width * height > MAX_PIXELS:
        raise ValidationError(_("The picture has too many pixels."))
    try:
        with Image.open(io.BytesIO(raw)) as picture:
            picture.seek(0)  # the first frame of an animation
            picture = ImageOps.exif_transpose(picture)
            picture = picture.convert("RGBA" if _has_alpha(picture) else "RGB")
            picture.thumbnail((stored_side, stored_side), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            picture.save(out, "WEBP", quality=88, method=4)
    except (OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(_("This picture is damaged and cannot be read.")) from None
    data = out.getvalue()
    return StoredImage(
        data=data,
        digest=hashlib.sha256(data).hexdigest(),
        width=picture.width,
        height=picture.height,
    )


def _has_alpha(picture) -> bool:
    return picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info


def keep(image: StoredImage | None) -> StoredImage | None:
    """Save a re-encoded image unless the same picture is stored already."""
    if image is None or image.pk:
        return image
    stored, _created = StoredImage.objects.get_or_create(
        digest=image.digest,
        defaults={"data": image.data, "width": image.width, "height": image.height},
    )
    return stored


class StoredImageField(forms.FileField):
    """A form field for a foreign key to StoredImage: upload, keep, or clear the picture.

    Cleans to an unsaved StoredImage for a new upload (saved by `keep()` with the entry), the
    current one when nothing was uploaded, and None when "clear" is ticked.
    """

    widget = forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"})

    def __init__(self, *, queryset=None, limit_choices_to=None, to_field_name=None, **kwargs):
        kwargs.pop("blank", None)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, int):
            return StoredImage.objects.defer("data").filter(pk=value).first()
        return value

    def clean(self, data, initial=None):
        if data is False:  # "clear" ticked
            return None
        if not data:
            return self.prepare_value(initial) or (self.required and self._missing()) or None
        return reencode(data)

    def _missing(self):
        raise ValidationError(self.error_messages["required"], code="required")

    def has_changed(self, initial, data):
        return data is False or bool(data)


@require_safe
def serve(request, digest):
    """A stored picture, cacheable for good: its address changes when its content does."""
    image = StoredImage.objects.filter(digest=digest).only("data").first()
    if image is None:
        raise Http404
    response = HttpResponse(bytes(image.data), content_type="image/webp")
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class StoredImageAdminMixin:
    """For a ModelAdmin whose model has foreign keys to StoredImage: an upload field for
    each, and the re-encoded picture stored when the entry is saved."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.is_relation and db_field.related_model is StoredImage:
            return StoredImageField(
                label=db_field.verbose_name,
                required=not db_field.blank,
                help_text=db_field.help_text,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        for field in obj._meta.concrete_fields:
            if field.is_relation and field.related_model is StoredImage:
                setattr(obj, field.name, keep(getattr(obj, field.name)))
        super().save_model(request, obj, form, change)
