"""A status page that dates no step but lists its Parties and signatories.

"Convention Status ... 66 States Parties (by region) / Africa (17) / Botswana, Burkina Faso,
..." or "States Parties: A, B; Signatories: C, D": the page's only steps are those its labelled
lists state, undated (news/regions.py, read on the page's prose as the news reader splits it).
Without them the page is refused as before: a status page must state some State's step.
A list of "States Parties" says that its States are bound, not how they joined: each gives a
consent to be bound (news/regions.py, for every reader; a list of signatories gives their
undated signatures, "have ratified", "Accessions" the step they name).
"""

from __future__ import annotations

from ccmgraph.document.read import Document
from ccmgraph.records import TreatyEvent


def listed_steps(doc: Document, convention: str) -> list[TreatyEvent]:
    """The undated steps the page's labelled lists of States state, each once."""
    from ccmgraph.ingesters.news.items import split_items, whole_page  # the news reader reads status modules
    from ccmgraph.ingesters.news.items import Paragraph
    from ccmgraph.ingesters.news.regions import region_lists
    from ccmgraph.ingesters.news.text import default_recogniser
    items = split_items(doc.lines)
    if not items and (article := whole_page(doc.lines, doc.name)) is not None:
        items = [article]
    out: list[TreatyEvent] = []
    seen: set[tuple[str, str, str]] = set()
    for item in items:
        titled = [Paragraph(item.title, item.line), *item.paragraphs] if item.title.strip() else item.paragraphs
        for event in region_lists(titled, default_recogniser, None, convention):
            if (event.state.name, event.convention, event.event) not in seen:
                seen.add((event.state.name, event.convention, event.event))
                out.append(event)
    return out
