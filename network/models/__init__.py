"""The network's models, one module per topic."""

from network.models.events import Event, EventOccurrence, PartnerFeed
from network.models.groups import Meeting, WorkingGroup
from network.models.news import News
from network.models.organizations import (
    ContactPerson,
    Organization,
    PartnerAccount,
    VerificationRequest,
)
from network.models.volunteering import VolunteerRole

__all__ = [
    "ContactPerson",
    "Event",
    "EventOccurrence",
    "Meeting",
    "News",
    "Organization",
    "PartnerAccount",
    "PartnerFeed",
    "VerificationRequest",
    "VolunteerRole",
    "WorkingGroup",
]
