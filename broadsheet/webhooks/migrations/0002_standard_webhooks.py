# Standard Webhooks: a message id per delivery, whsec_ secrets made by the system, URLs on
# public addresses only.

import broadsheet.webhooks.models
import broadsheet.webhooks.signing
import broadsheet.webhooks.targets
from django.db import migrations, models


def fill_message_ids(apps, schema_editor):
    WebhookDelivery = apps.get_model("webhooks", "WebhookDelivery")
    for delivery in WebhookDelivery.objects.filter(message_id__isnull=True).only("pk"):
        delivery.message_id = broadsheet.webhooks.models.new_message_id()
        delivery.save(update_fields=["message_id"])


def replace_old_secrets(apps, schema_editor):
    # Old secrets signed the body alone; receivers must switch to Standard Webhooks anyway,
    # so each webhook gets a secret of the new form (editors make and see a new one with
    # "New signing secret").
    Webhook = apps.get_model("webhooks", "Webhook")
    for webhook in Webhook.objects.exclude(secret__startswith="whsec_"):
        webhook.secret = broadsheet.webhooks.signing.new_secret()
        webhook.save(update_fields=["secret"])


class Migration(migrations.Migration):

    dependencies = [
        ("webhooks", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="webhookdelivery",
            name="message_id",
            field=models.CharField(max_length=40, null=True, verbose_name="message id"),
        ),
        migrations.RunPython(fill_message_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="webhookdelivery",
            name="message_id",
            field=models.CharField(
                default=broadsheet.webhooks.models.new_message_id,
                editable=False,
                max_length=40,
                unique=True,
                verbose_name="message id",
            ),
        ),
        migrations.RunPython(replace_old_secrets, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="webhook",
            name="secret",
            field=models.CharField(
                default=broadsheet.webhooks.signing.new_secret,
                editable=False,
                max_length=100,
                verbose_name="signing secret",
            ),
        ),
        migrations.AlterField(
            model_name="webhook",
            name="url",
            field=models.URLField(
                help_text="http:// or https:// only, on a public address.",
                max_length=500,
                validators=[broadsheet.webhooks.targets.validate_webhook_url],
                verbose_name="URL",
            ),
        ),
    ]
