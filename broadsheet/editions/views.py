from django.template.response import TemplateResponse

from .translation_status import out_of_date_translations


def out_of_date_report(request):
    """Admin report: translations whose source changed since they were last synced."""
    return TemplateResponse(
        request,
        "editions/admin/out_of_date_report.html",
        {"translations": out_of_date_translations()[:500]},
    )
