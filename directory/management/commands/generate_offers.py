"""Create N synthetic offers with translations, for benchmarks and load tests.

    manage.py generate_offers 10000          # adds 10,000 published offers
    manage.py generate_offers 0 --clear      # removes all synthetic offers again

Synthetic offers have slugs starting with "synthetic-"; nothing else is touched.
"""

import datetime
import random

from django.core.management.base import BaseCommand
from django.db import transaction

from directory.models import Offer, OfferLocation, OpeningHours, TargetGroup
from integration_portal.indexing import index_now
from integration_portal.models import Category, Language, Location, Municipality
from integration_portal.publishing import Status
from network.models import Organization

PREFIX = "synthetic-"
BATCH = 1000

TOPICS = {
    "de": ["Deutschkurs", "Sprachcafé", "Sozialberatung", "Bewerbungshilfe", "Lernhilfe",
           "Elterncafé", "Rechtsberatung", "Wohnungssuche", "Gesundheitsinfo", "Nähtreff"],
    "en": ["German course", "Language café", "Social counselling", "Job application help",
           "Homework help", "Parents' café", "Legal advice", "Flat hunting", "Health information",
           "Sewing circle"],
    "ar": ["دورة لغة ألمانية", "مقهى اللغة", "استشارة اجتماعية", "مساعدة في طلبات العمل",
           "مساعدة في الواجبات", "مقهى الأهل", "استشارة قانونية", "البحث عن سكن", "معلومات صحية",
           "لقاء الخياطة"],
    "uk": ["Курс німецької", "Мовне кафе", "Соціальна консультація", "Допомога з резюме",
           "Допомога з навчанням", "Кафе для батьків", "Юридична консультація", "Пошук житла",
           "Інформація про здоров’я", "Гурток шиття"],
}  # fmt: skip
GROUPS = {"de": "für", "en": "for", "ar": "لـ", "uk": "для"}
WHO = {
    "de": ["Frauen", "Jugendliche", "Familien", "alle", "Berufstätige"],
    "en": ["women", "young people", "families", "everyone", "working people"],
    "ar": ["النساء", "الشباب", "العائلات", "الجميع", "العاملين"],
    "uk": ["жінок", "молоді", "родин", "всіх", "працівників"],
}
SUMMARY = {
    "de": "Ein Angebot in {place}: {topic} in kleinen Gruppen, mit viel Zeit für Fragen.",
    "en": "An offer in {place}: {topic} in small groups, with plenty of time for questions.",
    "ar": "عرض في {place}: {topic} في مجموعات صغيرة مع وقت كافٍ للأسئلة.",
    "uk": "Пропозиція в {place}: {topic} у малих групах, з часом для запитань.",
}


class Command(BaseCommand):
    help = "Create N synthetic, published offers with translations (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--clear", action="store_true", help="remove synthetic offers first")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, count, clear, seed, **options):
        if clear:
            deleted = Offer.objects.filter(slug__startswith=PREFIX)
            ids = list(deleted.values_list("pk", flat=True))
            OfferLocation.objects.filter(offer_id__in=ids).delete()
            deleted.delete()
            Location.objects.filter(name__startswith="Synthetisch").delete()
            Organization.objects.filter(slug="synthetic-organisation", offers=None).delete()
            self.stdout.write(f"Removed {len(ids)} synthetic offers.")
        if count <= 0:
            return
        rng = random.Random(seed)
        organization, _ = Organization.objects.get_or_create(
            slug="synthetic-organisation",
            defaults={"name": "Synthetische Organisation (Demo)", "status": Status.PUBLISHED},
        )
        municipalities = list(Municipality.objects.all())
        categories = list(Category.objects.all())
        groups = list(TargetGroup.objects.all())
        languages = list(Language.objects.all())
        if not (municipalities and categories):
            self.stderr.write("Load the demo data first (manage.py load_demo).")
            return
        start = Offer.objects.filter(slug__startswith=PREFIX).count()
        for first in range(0, count, BATCH):
            with transaction.atomic():
                ids = self._batch(
                    rng, start + first, min(BATCH, count - first), organization,
                    municipalities, categories, groups, languages,
                )  # fmt: skip
                index_now(Offer, ids)  # bulk_create sends no signals
            self.stdout.write(f"{first + len(ids)} / {count}")
        self.stdout.write(self.style.SUCCESS(f"Created {count} synthetic offers."))

    def _batch(
        self, rng, offset, size, organization, municipalities, categories, groups, languages
    ):
        offers, places = [], []
        for number in range(offset, offset + size):
            place = rng.choice(municipalities)
            topic = rng.randrange(len(TOPICS["de"]))
            who = rng.randrange(len(WHO["de"]))
            texts = {}
            codes = ["de", "en"] + [c for c in ("ar", "uk") if rng.random() < 0.5]
            for code in codes:
                title = f"{TOPICS[code][topic]} {GROUPS[code]} {WHO[code][who]} {number}"
                texts[f"title_{code}"] = title
                texts[f"summary_{code}"] = SUMMARY[code].format(
                    place=place.name, topic=TOPICS[code][topic]
                )
            offers.append(
                Offer(
                    slug=f"{PREFIX}{number}",
                    organization=organization,
                    status=Status.PUBLISHED,
                    cost=rng.choice(["free", "free", "reduced", "fee"]),
                    mode=rng.choice(["in_person", "in_person", "online", "hybrid"]),
                    childcare=rng.random() < 0.3,
                    serves_whole_district=rng.random() < 0.05,
                    phone=f"+43 5412 000 {number % 1000:03}",
                    last_verified=datetime.date(2026, 1, 1) + datetime.timedelta(days=number % 300),
                    **texts,
                )
            )
            places.append(
                Location(
                    name=f"Synthetisch {number}", municipality=place, postcode=place.postcodes[0]
                )
            )
        Offer.objects.bulk_create(offers)
        Location.objects.bulk_create(places)
        links, hours = [], []
        category_links, group_links, language_links = [], [], []
        for offer, place in zip(offers, places, strict=True):
            links.append(OfferLocation(offer=offer, location=place))
            for category in rng.sample(categories, rng.randint(1, 2)):
                category_links.append(
                    Offer.categories.through(offer_id=offer.pk, category_id=category.pk)
                )
            for group in rng.sample(groups, rng.randint(0, 2)):
                group_links.append(
                    Offer.target_groups.through(offer_id=offer.pk, targetgroup_id=group.pk)
                )
            for language in rng.sample(languages[:10], rng.randint(1, 3)):
                language_links.append(
                    Offer.languages.through(offer_id=offer.pk, language_id=language.pk)
                )
            for weekday in rng.sample(range(1, 6), 2):
                hours.append(
                    OpeningHours(offer=offer, weekday=weekday, opens="09:00", closes="12:00")
                )
        OfferLocation.objects.bulk_create(links)
        Offer.categories.through.objects.bulk_create(category_links)
        Offer.target_groups.through.objects.bulk_create(group_links)
        Offer.languages.through.objects.bulk_create(language_links)
        OpeningHours.objects.bulk_create(hours)
        return [offer.pk for offer in offers]
