"""schema.org pieces every content type's description uses."""


def place_json_ld(place) -> dict:
    """A shared Location as a schema.org Place, with its coordinates when known."""
    data = {
        "@type": "Place",
        "name": place.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.street_address,
            "postalCode": place.postcode,
            "addressLocality": place.municipality.name,
            "addressCountry": "AT",
        },
    }
    if place.latitude is not None and place.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    return data
