"""schema.org description of an offer, for search engines and assistants."""

from integration_portal.jsonld import place_json_ld

DAYS = {
    1: "Monday",
    2: "Tuesday",
    3: "Wednesday",
    4: "Thursday",
    5: "Friday",
    6: "Saturday",
    7: "Sunday",
}


def offer_json_ld(offer, url: str) -> dict:
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{DAYS[h.weekday]}",
            "opens": h.opens.strftime("%H:%M"),
            "closes": h.closes.strftime("%H:%M"),
            **({"validFrom": h.valid_from.isoformat()} if h.valid_from else {}),
            **({"validThrough": h.valid_until.isoformat()} if h.valid_until else {}),
        }
        for h in offer.hours.all()
    ]
    places = [
        {**place_json_ld(place), "openingHoursSpecification": hours} for place in offer.places
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": offer.title,
        "description": offer.summary,
        "url": url,
        "provider": {"@type": "Organization", "name": offer.organization.name},
        "availableLanguage": [lang.code for lang in offer.languages.all()],
        "isAccessibleForFree": offer.cost == "free",
        "areaServed": [{"@type": "City", "name": p.municipality.name} for p in offer.places],
        "availableChannel": {
            "@type": "ServiceChannel",
            "serviceLocation": places[0] if len(places) == 1 else places,
            "servicePhone": {
                "@type": "ContactPoint",
                "telephone": offer.phone,
                "hoursAvailable": hours,
            },
            **({"serviceUrl": offer.website} if offer.website else {}),
        },
    }
    if offer.email:
        data["availableChannel"]["servicePhone"]["email"] = offer.email
    if offer.last_verified:
        data["dateModified"] = offer.last_verified.isoformat()
    return data
