from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def email_is_delivered(app_configs, **kwargs):
    """Readers cannot verify their address when email only goes to the console."""
    if settings.EMAIL_BACKEND.endswith(("console.EmailBackend", "locmem.EmailBackend")):
        return [
            Warning(
                "Email is not sent anywhere: readers cannot confirm their address.",
                hint="Set EMAIL_URL (smtp+tls://user:password@host:587) or EMAIL_HOST.",
                id="readers.W001",
            )
        ]
    return []
