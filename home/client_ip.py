"""The visitor's address behind reverse proxies, for the per-address rate limits (django-ratelimit's key "ip").

Behind a proxy every request comes from the proxy's address, so the proxy passes the
visitor's in a header (``CLIENT_IP_HEADER``). Each proxy in the chain appends the address
it was connected from to ``X-Forwarded-For``; whatever the visitor sent comes before those
and may be anything. So the address is read from the right: with ``TRUSTED_PROXY_COUNT``
proxies in front of the site, the one that many places from the right end is the first one
no visitor could have written. A header that is missing, too short or unreadable gives the
connecting address instead: the limit then counts per proxy, more strictly than it should,
and never switches off.
"""

import ipaddress
import logging

from django.conf import settings
from django.http import HttpRequest

logger = logging.getLogger(__name__)

# For a request with no readable address at all (a Unix socket and no header): such requests share one count.
NO_ADDRESS = "0.0.0.0"  # noqa: S104 (an address nobody has, not one to listen on)


def readable(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The visitor's address: from ``CLIENT_IP_HEADER`` when it holds one, else the connecting address."""
    connecting = readable(request.META.get("REMOTE_ADDR", "")) or NO_ADDRESS
    header = settings.CLIENT_IP_HEADER
    if not header:
        return connecting
    value = request.META.get("HTTP_" + header.upper().replace("-", "_"), "")
    chain = [item for item in value.split(",") if item.strip()]
    count = settings.TRUSTED_PROXY_COUNT
    address = readable(chain[-count]) if len(chain) >= count else None
    if address is None:
        # The header's name only: addresses are personal data, and a forged header could be anything.
        logger.warning("%s missing or unreadable: the rate limits count this request by its connecting address", header)
        return connecting
    return address
