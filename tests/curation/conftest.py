from tests.directory.fixtures import make_offer, organization, taxonomy  # noqa: F401
from tests.network.conftest import make_organization  # noqa: F401
