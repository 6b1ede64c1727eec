"""People's roles: who works for whom, read from titles and appositions.

- a title before the name: *Israeli Prime Minister Benjamin Netanyahu*, *Secretary of
  State Antony Blinken*, *Hezbollah leader Hassan Nasrallah*;
- an apposition: *Melissa Kurma, director of the Wilson Center's Middle East Program*,
  *Barbara Slavin, a distinguished fellow at the Stimson Center*;
- a prepositional phrase: *Emile Hokayem of the International Institute for Strategic Studies*.

Each also types a person no data file knows: think-tank staff and analysts are
``Expert``, office holders ``Official``.
"""
from __future__ import annotations

from .model import PERSON_TYPES, Affiliation
from .registry import DocumentActors, Mentions, evidence_for, load_lexicon

ORG_PREPS = ("of", "at", "for", "with", "from")


def _org_in(tokens, found: Mentions, person: str, reg: DocumentActors | None = None) -> str | None:
    """The organisation among ``tokens``: one that employs (*at the Middle East Institute*) rather
    than a subject qualifier (*the Iran program*)."""
    best, best_rank = None, -1
    for tok in tokens:
        actor = found.actor_at.get(tok.i)
        if not actor or actor == person or tok.i in found.pronoun_at:
            continue
        if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in load_lexicon()["expert_titles"] and \
                (reg is None or reg.type_of(actor) == "State"):
            continue  # *a Yemen specialist*, *a Russia analyst*: the country studied, not the employer
        rank = 1
        if tok.dep_ in ("compound", "amod") and tok.head.i not in found.actor_at:
            rank = 0 if reg is not None else 1
        if reg is not None and reg.type_of(actor) in ("ThinkTank", "InternationalOrganization", "Group"):
            rank += 1
        if rank > best_rank:
            best, best_rank = actor, rank
    return best


def _words(tokens) -> str:
    return " ".join(t.text for t in tokens).replace(" ’s", "’s").replace(" 's", "'s").strip(" ,")


def _cue(role: str, lex: dict) -> str | None:
    low = role.lower()
    if any(w in low for w in lex["expert_titles"]):
        return "Expert"
    words = set(low.replace(",", " ").split())
    if any((" " in t and t in low) or t in words for t in lex["official_titles"]):
        return "Official"
    return None


def _pre_title(head, span, found: Mentions, person: str) -> tuple[str | None, str | None]:
    tokens = [t for t in head.subtree if t.i < span.start and t.dep_ not in ("det", "punct", "case")]
    tokens = [t for t in tokens if t.i >= span.start - 8]
    if not tokens or tokens[-1].i != span.start - 1 and tokens[-1].i != span.start - 2:
        return None, None
    org = _org_in(tokens, found, person)
    role = _words([t for t in tokens if t.i not in found.actor_at and t.dep_ != "poss"])
    return org, role or None


def _appos(head, found: Mentions, person: str, lex: dict, reg: DocumentActors) -> tuple[str | None, str | None]:
    for child in head.children:
        if child.dep_ != "appos" or child.i in found.actor_at:
            continue
        if any(c.lower_ == "whose" for c in child.children):
            continue  # *Assad, whose main backers, Russia and Iran, ...*: a relative clause read as an apposition
        if child.lemma_.lower() in lex["group_nouns"]:
            return None, "group"
        inside = {x.i for x in child.subtree}
        keep = [t for t in child.subtree if not any(a.dep_ in ("relcl", "acl") and a.i != child.i
                                                  for a in t.ancestors if a.i in inside)]
        keep = [t for t in keep if t.dep_ not in ("relcl",)]
        org = _org_in(keep, found, person, reg)
        role = _words([t for t in keep if t.dep_ != "det" or t.i != keep[0].i])
        if org or _cue(role, lex):
            return org, role
    return None, None


def _prep_org(head, found: Mentions, person: str) -> str | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ORG_PREPS:
            pobj = [p for p in child.children if p.dep_ == "pobj"]
            if pobj and (org := _org_in(pobj[0].subtree, found, person)):
                return org
    return None


def extract_affiliations(sdoc, found: Mentions, reg: DocumentActors, offset: int) -> list[Affiliation]:
    """Affiliations of every person mention in one parsed paragraph; types unknown people on the way."""
    lex = load_lexicon()
    out: list[Affiliation] = []
    for span in sdoc.ents:
        person = found.actor_at.get(span.start)
        if person is None or span.start in found.pronoun_at or reg.type_of(person) not in PERSON_TYPES:
            continue
        head = span.root
        org, role = _pre_title(head, span, found, person)
        if org is None and head.dep_ == "appos" and head.head.i == span.start - 1:
            # *Hamas's military chief Mohammed Deif*: the name set beside the title noun that heads the phrase
            org, role = _pre_title(head.head, head.head.doc[head.head.i + 1: head.head.i + 1], found, person)
        rule = "title"
        if org is None:
            org2, role2 = _appos(head, found, person, lex, reg)
            if org2 or role2:
                org, role, rule = org2, role2 or role, "apposition"
        if org is None and (org := _prep_org(head, found, person)):
            rule = "preposition"
        cue = "Group" if role == "group" else _cue(role or "", lex)
        role = None if role == "group" else role
        if org and reg.actors.get(org) and reg.type_of(org) == "ThinkTank":
            cue = "Expert"
        elif org and not cue and reg.actors.get(org) and reg.type_of(org) != "ThinkTank":
            cue = "Official"
        if cue:
            reg.cue(person, cue)
        if org and org not in reg.actors and org in reg.gaz.actors and rule == "title":
            reg.known(org)  # *Iranian General X*: the demonym of a title names the employer
        if org and reg.actors.get(org) and reg.type_of(org) not in PERSON_TYPES and (person, org) not in reg.affiliations:
            # (one statement per person and organisation in a document: the first place the text says so)
            ev = evidence_for(span, reg.doc_id, offset, f"affiliation/{rule}", 0.85)
            out.append(Affiliation(person, org, role, ev))
            reg.affiliations.setdefault((person, org), out[-1])
    return out
