"""The client's address, for login throttling (django-axes' AXES_CLIENT_IP_CALLABLE) and the
rate limits of public forms."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR; behind KARTU_TRUSTED_PROXIES proxies, the address the outermost of them
    received the request from (each proxy appends the address it saw to X-Forwarded-For, so
    the entries a client wrote itself come first and are never read). A hop that is no IP
    address (a proxy that passes on what a client wrote, or a request that bypassed the
    proxies) counts as REMOTE_ADDR: django-axes stores the address in an IP address column,
    which PostgreSQL refuses anything else for."""
    remote = request.META.get("REMOTE_ADDR")
    trusted = settings.KARTU_TRUSTED_PROXIES
    if not trusted:
        return remote
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [hop for hop in forwarded if hop]
    if len(forwarded) < trusted:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-trusted]))
    except ValueError:
        return remote
