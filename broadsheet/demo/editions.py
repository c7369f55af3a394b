"""The demo's language editions: each a translation of part of the English newsroom, built
from the texts in ``demo/<code>/`` (read and checked by data.py)."""

from wagtail.models import Locale

from broadsheet.newsroom.models import ArticlePage, HomePage, TopStory


class EditionBuilder:
    def __init__(self, newsroom, edition):
        self.newsroom = newsroom  # the English DemoBuilder, already built
        self.edition = edition
        self.locale = Locale.objects.get(language_code=edition["language"])

    def build(self):
        if HomePage.objects.filter(locale=self.locale).exists():
            return 0
        home = self.translate_page(
            self.newsroom.home, title=self.edition["home_title"], slug=self.locale.language_code
        )
        home.top_stories.all().delete()  # copied slots point at the English stories
        self.translate_page(
            self.newsroom.privacy,
            title=self.edition["privacy_title"],
            body=self.edition["privacy_body"],
        )
        for slug, section in self.newsroom.sections.items():
            self.translate_page(section, **self.edition["sections"][slug])
        authors = {
            slug: self.translate_author(author, self.edition["authors"][slug])
            for slug, author in self.newsroom.authors.items()
        }
        # Translations are keyed by the English story's slug, in the English order.
        positions = {data["slug"]: index for index, data in enumerate(self.newsroom.article_data)}
        articles = {}
        for slug, text in self.edition["articles"].items():
            index = positions[slug]
            if index < len(self.newsroom.articles):
                articles[index] = self.translate_article(index, text, authors)
        news = [a for a in articles.values() if a.kind == "news"][:6]
        for order, article in enumerate(news):
            TopStory.objects.create(home=home, article=article, sort_order=order)
        return 1 + len(articles)

    def translate_page(self, page, **fields):
        copy = page.copy_for_translation(self.locale)
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save()
        copy.save_revision().publish()
        return type(page).objects.get(pk=copy.pk)

    def translate_author(self, author, text):
        copy = author.copy_for_translation(self.locale)
        copy.name, copy.role, copy.bio = text["name"], text["role"], text["bio"]
        copy.save()
        return copy

    def translate_article(self, index, text, authors):
        source = ArticlePage.objects.get(pk=self.newsroom.articles[index].pk)
        data = self.newsroom.article_data[index]
        copy = source.copy_for_translation(self.locale)
        copy.title = text["headline"]
        copy.seo_title = text["social_title"]
        copy.standfirst = text["standfirst"]
        copy.lead_caption = text["image_caption"]
        copy.body = self.newsroom.article_body(text)
        copy.published_at = source.published_at
        # The copy already has the source's byline rows; point them at the translated authors
        # rather than replacing them, which would leave the task worker reference-index jobs
        # for rows that no longer exist.
        rows = list(copy.article_authors.all())
        for row, slug in zip(rows, data["authors"], strict=True):
            row.author = authors[slug]
        copy.article_authors.set(rows)
        copy.save()
        copy.save_revision().publish()
        return ArticlePage.objects.get(pk=copy.pk)


def build_editions(newsroom):
    return sum(EditionBuilder(newsroom, edition).build() for edition in newsroom.data.editions)
