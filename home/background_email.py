"""Email sent by a background task, so that no request waits for the mail server.

Wagtail's moderation and workflow notifications (and any `send_mail`) go through
`EMAIL_BACKEND`; in production that is `BackgroundEmailBackend`, which stores each message as
a task (`send_email`) and returns at once. The worker then sends it through
`KARTU_EMAIL_DELIVERY_BACKEND` (SMTP by default). Attachments are carried base64-encoded.
"""

import base64

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks import task


def message_to_json(message):
    """The parts of an EmailMessage (or EmailMultiAlternatives) as JSON-safe values."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[content, mimetype] for content, mimetype in message.alternatives]
        if hasattr(message, "alternatives")
        else [],
        "attachments": [
            [
                name,
                base64.b64encode(
                    content if isinstance(content, bytes) else content.encode()
                ).decode(),
                mimetype,
            ]
            for name, content, mimetype in message.attachments
        ],
    }


def message_from_json(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for name, content, mimetype in data["attachments"]:
        message.attach(name, base64.b64decode(content), mimetype)
    return message


def delivery_connection():
    """A connection to the backend that really delivers: KARTU_EMAIL_DELIVERY_BACKEND where
    requests enqueue their email (production), else EMAIL_BACKEND itself (the console in
    dev, the test outbox in tests). For tasks that build their own messages from the database,
    so that nothing they send is stored as a task's arguments."""
    backend = getattr(settings, "KARTU_EMAIL_DELIVERY_BACKEND", None) or settings.EMAIL_BACKEND
    return get_connection(backend)


@task()
def send_email(messages):
    """Send messages (as `message_to_json` wrote them) through the delivery backend."""
    connection = get_connection(settings.KARTU_EMAIL_DELIVERY_BACKEND)
    return connection.send_messages([message_from_json(data) for data in messages])


class BackgroundEmailBackend(BaseEmailBackend):
    """An email backend that enqueues the messages instead of sending them."""

    def send_messages(self, email_messages):
        messages = [message_to_json(message) for message in email_messages]
        if messages:
            send_email.enqueue(messages)
        return len(messages)
