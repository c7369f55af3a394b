"""Share links built on the server: plain URLs, no third-party scripts, pixels or cookies."""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


def share_links(url, title):
    """(network, label, href) for each network a reader can share an article to."""
    return [
        (
            "telegram",
            _("Telegram"),
            "https://t.me/share/url?" + urlencode({"url": url, "text": title}),
        ),
        ("vk", _("VK"), "https://vk.com/share.php?" + urlencode({"url": url, "title": title})),
        ("ok", _("OK"), "https://connect.ok.ru/offer?" + urlencode({"url": url, "title": title})),
        ("x", _("X"), "https://x.com/intent/tweet?" + urlencode({"url": url, "text": title})),
        (
            "facebook",
            _("Facebook"),
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        ("whatsapp", _("WhatsApp"), "https://wa.me/?" + urlencode({"text": f"{title} {url}"})),
        ("email", _("Email"), f"mailto:?subject={quote(title)}&body={quote(url)}"),
    ]
