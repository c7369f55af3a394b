"""Bulk article generator for scale work: 100,000 stories in minutes, not hours.

Pages are inserted with multi-row INSERTs and their treebeard paths computed here, instead
of one ``add_child`` + revision per page. The text is random combinations of a small
vocabulary written for this project, so full-text search has realistic term spread.
"""

import random
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models.sql import InsertQuery
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page

from broadsheet.newsroom.models import (
    ArticleAuthor,
    ArticleKind,
    ArticlePage,
    ArticleTag,
    Author,
    SectionPage,
)

SECTION_NAMES = ["World", "Business", "Science", "Culture", "Sport", "Climate", "Health", "Tech"]
SUBJECTS = (
    "council harbour ferry bridge minister court union farmers miners nurses teachers "
    "researchers engineers fishermen voters traders pilots doctors students mayor senate "
    "parliament governor museum orchestra league coach striker startup regulator airline "
    "railway port refinery vineyard glacier volcano reef forest river delta island valley"
).split()
VERBS = (
    "approves rejects delays reopens expands closes audits funds blocks unveils restores "
    "questions rebuilds surveys protects relocates launches suspends doubles trims maps"
).split()
OBJECTS = (
    "budget plan tariff levy reform treaty contract merger licence bridge tunnel dam "
    "pipeline hospital school archive stadium market quarry harbour wall runway turbine "
    "satellite vaccine curriculum ceasefire census election timetable pension subsidy"
).split()
ADJECTIVES = (
    "northern coastal rural disputed overdue temporary record emergency annual joint "
    "regional historic costly delayed quiet surprise fragile bold cautious narrow"
).split()
FILLER = (
    "after months of talks officials said the decision would take effect in spring while "
    "critics warned that costs could rise residents gathered outside to hear the result "
    "analysts expect further votes before the summer recess local firms welcomed the news "
    "though several questions remain about funding and oversight of the work ahead"
).split()
FIRST_NAMES = "Ana Tomas Mira Jonas Leila Pavel Ines Omar Sofia Karim Elena Dario".split()
LAST_NAMES = "Okafor Reyes Lindqvist Haddad Novak Moreau Sato Brandt Petrov Costa".split()


class ArticleGenerator:
    def __init__(self, home, *, seed=None, stdout=None, batch_size=2000):
        self.home = home
        self.random = random.Random(seed)
        self.stdout = stdout
        self.batch_size = batch_size
        self.now = timezone.now()
        self.run = uuid.uuid4().hex[:6]

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def sections(self):
        found = list(SectionPage.objects.child_of(self.home))
        names = {section.title for section in found}
        for name in SECTION_NAMES:
            if name not in names:
                section = SectionPage(title=name, slug=slugify(name), show_in_menus=True)
                self.home.add_child(instance=section)
                section.save_revision().publish()
                found.append(section)
        return found

    def authors(self, count=60):
        existing = list(Author.objects.filter(locale_id=self.home.locale_id)[:count])
        new = []
        for index in range(count - len(existing)):
            name = f"{self.random.choice(FIRST_NAMES)} {self.random.choice(LAST_NAMES)}"
            new.append(
                Author(
                    name=name,
                    slug=f"{slugify(name)}-{self.run}-{index}",
                    role="Correspondent",
                    locale_id=self.home.locale_id,
                )
            )
        Author.objects.bulk_create(new)
        return existing + list(Author.objects.filter(slug__contains=f"-{self.run}-"))

    def tags(self, count=300):
        names = [
            f"{self.random.choice(ADJECTIVES)} {self.random.choice(OBJECTS)}" for _ in range(count)
        ]
        names = sorted(set(names))
        existing = set(Tag.objects.filter(name__in=names).values_list("name", flat=True))
        Tag.objects.bulk_create(
            [Tag(name=name, slug=slugify(name)) for name in names if name not in existing],
            ignore_conflicts=True,
        )
        return list(Tag.objects.filter(name__in=names).values_list("pk", flat=True))

    def sentence(self, words=14):
        subject, verb = self.random.choice(SUBJECTS), self.random.choice(VERBS)
        rest = self.random.sample(FILLER, k=min(words, len(FILLER)))
        adjective, thing = self.random.choice(ADJECTIVES), self.random.choice(OBJECTS)
        text = f"The {adjective} {subject} {verb} the {thing} {' '.join(rest)}"
        return text.capitalize() + "."

    def article(self, section, index, content_type_id):
        title = (
            f"{self.random.choice(ADJECTIVES).capitalize()} {self.random.choice(SUBJECTS)} "
            f"{self.random.choice(VERBS)} {self.random.choice(OBJECTS)}"
        )
        slug = f"{slugify(title)}-{self.run}-{index}"
        published = self.now - timedelta(seconds=self.random.randint(60, 730 * 86400))
        paragraphs = [
            {
                "type": "paragraph",
                "value": f"<p>{' '.join(self.sentence() for _ in range(3))}</p>",
                "id": str(uuid.uuid4()),
            }
            for _ in range(self.random.randint(3, 6))
        ]
        kind = self.random.choices(
            [ArticleKind.NEWS, ArticleKind.FEATURE, ArticleKind.ANALYSIS, ArticleKind.OPINION],
            weights=[80, 8, 7, 5],
        )[0]
        return ArticlePage(
            title=title,
            draft_title=title,
            slug=slug,
            url_path=f"{section.url_path}{slug}/",
            depth=section.depth + 1,
            numchild=0,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            content_type_id=content_type_id,
            locale_id=self.home.locale_id,
            translation_key=uuid.uuid4(),
            standfirst=self.sentence(10)[:300],
            kind=kind,
            published_at=published,
            body=paragraphs,
        )

    def generate(self, count):
        """Insert ``count`` published articles spread over the edition's sections."""
        sections = self.sections()
        authors = self.authors()
        tag_ids = self.tags()
        content_type_id = ContentType.objects.get_for_model(ArticlePage).pk
        per_section = {section.pk: 0 for section in sections}
        for index in range(count):
            per_section[sections[index % len(sections)].pk] += 1
        created = 0
        for section in sections:
            wanted = per_section[section.pk]
            section.refresh_from_db()
            last = Page.objects.filter(path__startswith=section.path, depth=section.depth + 1)
            last_path = last.order_by("-path").values_list("path", flat=True).first()
            step = Page._str2int(last_path[-Page.steplen :]) if last_path else 0
            done = 0
            while done < wanted:
                size = min(self.batch_size, wanted - done)
                batch = []
                for offset in range(size):
                    article = self.article(section, created + offset, content_type_id)
                    step += 1
                    article.path = Page._get_path(section.path, section.depth + 1, step)
                    batch.append(article)
                with transaction.atomic():
                    self.insert(batch)
                    self.link(batch, authors, tag_ids)
                    Page.objects.filter(pk=section.pk).update(
                        numchild=section.numchild + done + size
                    )
                done += size
                created += size
                self.log(f"  {created}/{count} articles")
        return created

    def insert(self, articles):
        """Multi-row INSERTs into the page table, then the article table (MTI by hand)."""
        page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
        query = InsertQuery(Page)
        query.insert_values(page_fields, articles)
        compiler = query.get_compiler(connection=connection)
        rows = compiler.execute_sql(returning_fields=[Page._meta.pk])
        for article, row in zip(articles, rows, strict=True):
            article.pk = article.id = article.page_ptr_id = row[0]
        article_fields = list(ArticlePage._meta.local_concrete_fields)
        query = InsertQuery(ArticlePage)
        query.insert_values(article_fields, articles)
        query.get_compiler(connection=connection).execute_sql(returning_fields=None)

    def link(self, articles, authors, tag_ids):
        ArticleAuthor.objects.bulk_create(
            [
                ArticleAuthor(
                    article_id=article.pk, author=self.random.choice(authors), sort_order=0
                )
                for article in articles
            ]
        )
        ArticleTag.objects.bulk_create(
            [
                ArticleTag(content_object_id=article.pk, tag_id=tag_id)
                for article in articles
                for tag_id in self.random.sample(tag_ids, k=min(3, len(tag_ids)))
            ]
        )
