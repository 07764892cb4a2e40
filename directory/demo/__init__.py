"""Demo data of the offer directory: categories, target groups and 80+ offers."""


def load() -> str:
    from directory.demo.loading import load_offers

    return f"{load_offers()} offers"
