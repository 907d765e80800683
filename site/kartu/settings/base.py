"""Settings shared by every environment. Configuration comes from the environment."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from security.uploads.content_types import DOCUMENT_CONTENT_TYPES

SITE_DIR = Path(__file__).resolve().parent.parent.parent  # site/
BASE_DIR = SITE_DIR.parent  # the repository root


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "kartu.demo",  # the development demo: manage.py load_demo
    "home",
    "projects",
    "news",
    "clusters",
    "search",
    "translations",  # above wagtail_localize: its template overrides come first
    "pagecache",
    "security",
    "compliance",
    "opendata",
    "network",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales (both use the label wagtaillocales)
    "wagtail_modeladmin",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.api.v2",  # the read-only open data API (opendata/api.py)
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",  # authenticator apps (staff two-factor sign-in)
    "django_otp.plugins.otp_static",  # their one-time recovery codes
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",  # the database task backend's table, in every environment: one schema
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above WhiteNoise and the page cache: static files and cached pages get them too.
    "security.middleware.CrossOriginResourcePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "security.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads a form: a form in another charset than UTF-8 is a 400.
    "security.patches.non_utf8_form_posts.NonUTF8FormPostMiddleware",
    # Before sessions and authentication: a cache hit must not touch the database.
    "pagecache.middleware.PageCacheMiddleware",
    "home.shared_cache.SharedCacheMiddleware",
    # Event times in the site's own time zone (SiteSettings.time_zone).
    "home.site_time_zone.SiteTimeZoneMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A site answers only in its own languages (several organisations' sites on one install).
    "home.site_languages.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified(): the second factor
    "security.two_factor.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "translations.middleware.MachineTranslationErrorMiddleware",
    "translations.middleware.SnippetTranslationLocaleMiddleware",
    # "Machine translate" fills exact matches from the translation memory first.
    "translations.middleware.MemoryFirstMiddleware",
    # Saves and syncs of one page wait for each other (security/page_write_lock.py).
    "security.page_write_lock.PageWriteLockMiddleware",
    # A member profile refused publication outside the page editor (a workflow approval, a
    # translation published): the editor's message and the profile's editor, not a 500.
    "clusters.publish_gate.ConsentRequiredMiddleware",
    "translations.middleware.AliasConversionRightsMiddleware",
    # Last: turns django-axes' lockout into its answer (AXES_LOCKOUT_TEMPLATE).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kartu.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "kartu.wsgi.application"

# DATABASE_URL selects the database; an SQLite file in the project when unset.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# CACHE_URL selects a shared Redis cache (redis://host:port/db); local memory otherwise.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "kartu"),
        }
    }
else:
    # Room for a few hundred pages per process; its purges reach this process only.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }

# The anonymous full-page cache (the pagecache app, README "Page cache"): on unless
# KARTU_PAGE_CACHE=0; pages live KARTU_PAGE_CACHE_SECONDS unless a change purges them first.
KARTU_PAGE_CACHE = os.environ.get("KARTU_PAGE_CACHE", "1") != "0"
KARTU_PAGE_CACHE_SECONDS = int(os.environ.get("KARTU_PAGE_CACHE_SECONDS", "3600"))

# A CDN or caching proxy in front: Wagtail's front-end cache purging, with the same purges as
# the page cache. Cloudflare (token and zone), CloudFront (distribution), or any proxy that
# takes HTTP PURGE requests (Varnish, nginx) at FRONTEND_CACHE_PURGE_URL.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["FRONTEND_CACHE_CLOUDFLARE_TOKEN"],
        "ZONEID": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID", ""),
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
# Our purges name each language's own addresses; Wagtail would otherwise copy every URL into
# every language prefix (/lt/news/post/ → /lv/news/post/ …), addresses that do not exist.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one username from
# one address, that pair is locked out for KARTU_LOCKOUT_MINUTES. Admins unlock it in
# /django-admin/ (Access attempts) or with `manage.py axes_reset_username <name>`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("KARTU_LOCKOUT_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/login_locked.html"
# The client's address: REMOTE_ADDR, unless KARTU_TRUSTED_PROXIES says how many proxies in front
# of the app append to X-Forwarded-For (never trusted otherwise: anyone can send that header).
KARTU_TRUSTED_PROXIES = int(os.environ.get("KARTU_TRUSTED_PROXIES", "0"))
AXES_CLIENT_IP_CALLABLE = "home.client_ip.client_ip"

# Cooperation enquiries that visitors send members (README "Cooperation enquiries"): kept this
# many days, then deleted by `manage.py delete_old_enquiries`; at most so many accepted from one
# address per hour and for one member per day (counted in the cache: Redis when CACHE_URL is set).
KARTU_ENQUIRY_RETENTION_DAYS = int(os.environ.get("KARTU_ENQUIRY_RETENTION_DAYS", "365"))
KARTU_ENQUIRIES_PER_ADDRESS_PER_HOUR = int(
    os.environ.get("KARTU_ENQUIRIES_PER_ADDRESS_PER_HOUR", "5")
)
KARTU_ENQUIRIES_PER_MEMBER_PER_DAY = int(os.environ.get("KARTU_ENQUIRIES_PER_MEMBER_PER_DAY", "20"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. Every language is prefixed in URLs (i18n_patterns); `/` picks one.
# KARTU_LANGUAGES narrows or reorders the list (codes from ALL_LANGUAGES); the first is the default.
ALL_LANGUAGES = {
    "lt": "lietuvių",
    "lv": "latviešu",
    "pl": "polski",
    "en": "English",
    "ru": "русский",
    "de": "Deutsch",
    "sv": "svenska",
    "et": "eesti",
}
LANGUAGE_CODES = env_list("KARTU_LANGUAGES", "lt,lv,pl,en,ru")
LANGUAGES = [(code, ALL_LANGUAGES[code]) for code in LANGUAGE_CODES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LANGUAGE_CODE = LANGUAGE_CODES[0]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Vilnius")
LOCALE_PATHS = [SITE_DIR / "locale"]
FORMAT_MODULE_PATH = ["kartu.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Where `manage.py backup` (make backup) writes its archives unless given --output.
KARTU_BACKUP_DIR = Path(os.environ.get("KARTU_BACKUP_DIR", BASE_DIR / "backups"))
# Files only signed-in editors may have (evidence packs), never under MEDIA_URL: served by
# permission-checked views. On several servers, a volume the web servers and worker share.
KARTU_PRIVATE_ROOT = Path(os.environ.get("KARTU_PRIVATE_ROOT", BASE_DIR / "private"))
KARTU_EVIDENCE_PACK_RETENTION_DAYS = int(os.environ.get("KARTU_EVIDENCE_PACK_RETENTION_DAYS", "90"))

# Media goes to an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    # django-storages' S3Storage, writing documents as downloads of an allow-listed type.
    media_backend = "security.uploads.storage.MediaS3Storage"
else:
    media_backend = "django.core.files.storage.FileSystemStorage"
STORAGES = {
    "default": {"BACKEND": media_backend},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
# Where a private page's password form sends a visitor whose `next` points off the site
# (Django's default, /accounts/profile/, is a 404 here).
LOGIN_REDIRECT_URL = "/"
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Kartu")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Nothing from third parties in the admin either: no Gravatar (editors' browsers would send a
# hash of their email address), no upgrade check from the dashboard to releases.wagtail.io
# (upgrades are the maintainers' job, pinned in constraints.txt).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# A translator's "Reference data" listings show only their languages (home.reference_data).
KARTU_REFERENCE_DATA_INDEX_VIEW = "translations.views.snippets.LocaleScopedIndexView"
# Uploads (security.uploads, README "Uploads"). Wagtail's forms, with file fields of ours that
# check what a file really is, clean its name and explain a refusal in the editor's language.
WAGTAILIMAGES_IMAGE_FORM_BASE = "security.uploads.images.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "security.uploads.documents.DocumentForm"
# Never SVG: an SVG file can carry scripts, and nothing here sanitises it.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# A 48-megapixel phone photo fits; decoding one for a rendition takes about 150 MB per worker.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
# Documents: one allow-list gives the accepted extensions and the type each is served with
# (any other extension as application/octet-stream); every document is a download (none
# inline, PDFs included), served through Wagtail's view, which adds nosniff and a CSP, and
# checks private collections, on S3 too (its "redirect" would hand out the bucket address).
WAGTAILDOCS_CONTENT_TYPES = DOCUMENT_CONTENT_TYPES
WAGTAILDOCS_EXTENSIONS = list(DOCUMENT_CONTENT_TYPES)
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# Search: Wagtail's database backend, which is PostgreSQL's full-text search on PostgreSQL and
# SQLite's FTS5 on SQLite (there with our relevance ranking, search.patches); OpenSearch or
# Elasticsearch when SEARCH_URL is set (install its client, see README).
SEARCH_URL = os.environ.get("SEARCH_URL", "")
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": os.environ.get("SEARCH_BACKEND", "wagtail.search.backends.elasticsearch8"),
            "URLS": [SEARCH_URL],
            "INDEX": os.environ.get("SEARCH_INDEX", "kartu"),
        }
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.patches.sqlite_relevance_ranking"}}
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Background work runs as tasks of the django.tasks API (the django-tasks backport on Django 5.2):
# Wagtail's search and reference index updates, front-end cache purges, search hit counts,
# subtree translations and (in production) email. Here (so in tests) they run at once; dev and
# production read KARTU_TASKS (default "immediate" in dev, "database" in production) through
# `task_settings`.
TASK_BACKENDS = {
    # In the request that enqueues the task.
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    # A row in the database, run by `manage.py db_worker` (one server).
    "database": "django_tasks_db.DatabaseBackend",
    # A job in Redis (TASKS_REDIS_URL), run by `manage.py rqworker --job-class
    # django_tasks_rq.Job` on any number of servers; needs `pip install django-tasks-rq`.
    "rq": "django_tasks_rq.RQBackend",
}
TASKS_REDIS_URL = os.environ.get("TASKS_REDIS_URL", "")
RQ_QUEUES = {"default": {"URL": TASKS_REDIS_URL}}


def task_settings(kind, installed_apps):
    """TASKS and INSTALLED_APPS for one kind of task backend (a key of TASK_BACKENDS)."""
    if kind not in TASK_BACKENDS:
        raise ImproperlyConfigured(
            f"KARTU_TASKS={kind!r}: choose one of {', '.join(TASK_BACKENDS)}."
        )
    if kind == "rq":
        if not TASKS_REDIS_URL:
            raise ImproperlyConfigured(
                "KARTU_TASKS=rq needs TASKS_REDIS_URL (redis://host:6379/2)."
            )
        installed_apps = [*installed_apps, "django_rq", "django_tasks_rq"]
    return {"default": {"BACKEND": TASK_BACKENDS[kind], "QUEUES": ["default"]}}, installed_apps


KARTU_TASKS = "immediate"
TASKS, INSTALLED_APPS = task_settings(KARTU_TASKS, INSTALLED_APPS)

# wagtail-localize's own job queue hands "translate with subpages" to the tasks above.
WAGTAILLOCALIZE_JOBS = {
    "BACKEND": "translations.patches.subtree_translation_task.DjangoTasksJobBackend"
}

# Machine translation pre-fill: DeepL when a key is set, none otherwise. The translation memory
# answers first (only what it cannot fill exactly goes to DeepL), and DeepL gets the glossary.
# DEEPL_API_URL replaces DeepL's translate endpoint (…/v2/translate), e.g. for a stand-in.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
DEEPL_API_URL = os.environ.get("DEEPL_API_URL", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.memory.machine.MemoryFirstTranslator",
        "OPTIONS": {
            "TRANSLATOR": {
                "CLASS": "translations.glossary.deepl.GlossaryDeepLTranslator",
                "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY, "API_URL": DEEPL_API_URL},
            }
        },
    }

# Only essential cookies: the session (admin) and CSRF. Language lives in the URL, not a cookie.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Security headers (Content-Security-Policy, Permissions-Policy and the rest), staff two-factor
# sign-in, and logs without personal data, in modules of their own (README "Security headers",
# "Two-factor sign-in for staff", "Logs and error reports").
from .headers import *  # noqa: E402, F403
from .logs import *  # noqa: E402, F403
from .two_factor import *  # noqa: E402, F403
