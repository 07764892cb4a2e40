from tests.directory.fixtures import make_offer, one_of_each_state, organization, taxonomy  # noqa: F401
