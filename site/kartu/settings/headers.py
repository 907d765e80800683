"""Security headers of every answer (README "Security headers"), read by base.py.

Django's SecurityMiddleware already sends its defaults: X-Content-Type-Options nosniff,
Referrer-Policy same-origin and Cross-Origin-Opener-Policy same-origin; production.py adds HSTS
with preload and upgrade-insecure-requests. The rest is set here and sent by the middlewares
of the `security` app and django-permissions-policy.
"""

import os

# Wagtail's preview views allow same-origin frames themselves (the admin's live preview), so
# every other answer refuses to be framed, as frame-ancestors says to browsers that read CSP.
X_FRAME_OPTIONS = "DENY"
# Other sites may link to our pages and read our feeds, but not load our answers (pages, feeds,
# static files) into their own pages as subresources.
KARTU_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"

# The players that the click-to-load video block (home/blocks.py) puts in a frame.
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

# What visitors get. Public pages load only our own static files and media, and have no inline
# script or style (kartu.js and kartu.css do everything), so no 'unsafe-inline' and no nonce:
# a nonce would be frozen into the page cache. JSON-LD blocks are data, which script-src does
# not govern. security.middleware adds the media storage's origin to img-src when it is
# another one (an S3 bucket, a CDN in MEDIA_URL).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# The admins (Wagtail's, wagtail-localize's editor, Django's). Enforced for anyone not signed in
# (sign-in, password reset and the lockout page have no inline script), and report-only for
# signed-in staff, where it shows what Wagtail still does inline:
KARTU_ADMIN_STRICT_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Wagtail's icons and image previews before upload are data: and blob: URLs.
        "img-src": ["'self'", "data:", "blob:"],
        # The live preview is an admin page in an admin frame; a previewed video is a player.
        "frame-src": ["'self'", *VIDEO_PLAYER_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Enforced for signed-in staff: the strict policy plus 'unsafe-inline', which Wagtail 8.0 and
# wagtail-localize 1.14 need (wagtail/wagtail#1288 tracks removing it upstream):
# - script: the date widgets (news and project dates, the listings' date filters) and
#   InlinePanel (project partners and contacts, a post's projects) write an inline <script>
#   each; StreamField and InlinePanel re-run those of the forms they insert;
#   the image focal-point tool (Jcrop) sets inline event handlers; wagtail-localize's "Translate"
#   form and editor have inline scripts.
# - style: Wagtail's admin bundle and wagtail-localize's editor insert <style> elements.
# No 'unsafe-eval': nothing in the admin needs it.
KARTU_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **KARTU_ADMIN_STRICT_CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
    }
}

# CSP_REPORT_URI in the environment: where browsers report violations (an error tracker's CSP
# endpoint); without it they show them in the developer console only.
if _report_uri := os.environ.get("CSP_REPORT_URI", ""):
    for _policy in (
        CONTENT_SECURITY_POLICY,
        KARTU_ADMIN_STRICT_CONTENT_SECURITY_POLICY,
        KARTU_ADMIN_CONTENT_SECURITY_POLICY,
    ):
        _policy["DIRECTIVES"]["report-uri"] = [_report_uri]

# Permissions-Policy: powerful features the site never uses are off, for our pages and every
# frame in them. The video player may autoplay, go full screen and picture-in-picture, which its
# frame asks for (kartu.js). Features Chromium does not know are left out: it logs each one as
# an error.
PERMISSIONS_POLICY = {
    **{
        feature: []
        for feature in [
            "accelerometer",
            "browsing-topics",
            "camera",
            "display-capture",
            "encrypted-media",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "screen-wake-lock",
            "serial",
            "usb",
            "xr-spatial-tracking",
        ]
    },
    **{
        feature: ["self", *VIDEO_PLAYER_ORIGINS]
        for feature in ["autoplay", "fullscreen", "picture-in-picture"]
    },
}
