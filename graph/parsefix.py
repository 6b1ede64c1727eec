"""Repairs of parses and names the small English model gets wrong in a way that changes who did what.

- A bare gerund that is a clause's subject is a noun (*On 3 May, fighting broke out between ...*), and a noun
  heading its sentence with a subject and an object is its verb (*The Islamic State overran Mosul*), as is a
  noun after *to* with an object (*closed the crossing to pressure Hamas*).
- A fronted phrase must not swallow the subject of its clause. In *After the strike on Ukraine, Poland and
  Lithuania closed their borders* the parser reads *Poland and Lithuania* as more conjuncts of *Ukraine* and
  leaves *closed* without a subject, so the strike seems to hit Poland and Lithuania. When a clause's verb has
  no subject and a list inside a phrase before it runs, past a comma, right up to that verb (or its
  auxiliary), the conjuncts from that comma on are the subject.
- *France helped the Malian army fight JNIM*: after *help*, a noun phrase and a base-form verb the model reads
  as a noun are the subject and verb of a clause (what was helped is the subject, not the verb's object).
- *Al-Shabaab militants overran a base*: a plural noun tagged a verb yet parsed as a subject or object is a noun.
- *ECOWAS imposed sanctions on Niger*: a sentence-initial name read with the past verb after it as one noun
  phrase is the verb's subject; so is a noun at the root whose clause is a finite past verb right after it
  (*Hezbollah fighters infiltrated into northern Israel*).
- *provided weapons to al-Qaeda leaders*: a capitalised non-verb after *to*, read as an infinitive, is a name.
- *for having smuggled weapons to X*: a perfect participle read as an adjective of its object is the verb.
- *The rebels captured Addis Ababa, and the junta's leader fled*: a noun after *, and* that the parser joined to
  the object is the subject of the verb after it, when that verb has none.
- *accused neighboring Eritrea of arming X*: *neighboring* read as a verb taking the name is its adjective.
- *Chadian troops, mounted on trucks, routed the Libyan army*: a participle between commas read as the
  sentence's verb gives the verb back its subject.
- *ZANLA, the armed wing of ZANU, operated from Mozambique*, *The Houthis, accusing Riyadh, fired missiles*: a
  verb after an apposition or participle phrase that the model hangs inside it, leaving the name as the sentence's
  root, is the sentence's verb; and *when Israel, citing X, invaded Lebanon*, where the model gave the subject to
  the participle, the verb after the commas gets it back. An adjective heading a sentence with a subject and an
  object is its verb (*Russia, claiming X, annexed Crimea*).
- *X, which had armed Y for years, …*: a relative pronoun whose verb the model hangs, as an adjective, on the
  noun after it gets its clause back.
- A name the NER ends before an unknown last word the parser hangs it on gets that word back.
- *Iran has long armed Hezbollah*: a participle after *has* and an adverb, read as an adjective of the object, is
  the verb and *has* its auxiliary; a subject the model hangs on an auxiliary belongs to the auxiliary's verb.

The list of the swallowed subject ends in *and X* and starts after the fronted phrase's own last *and*: in *During
the Second Congo War, Angola, Zimbabwe and Namibia sent troops* it is *Angola, Zimbabwe and Namibia*; in *After
strikes on Iraq, Syria and Lebanon, Iran protested* it is *Iran*.
"""
from __future__ import annotations

from spacy.attrs import DEP, LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Span

from .registry import load_lexicon, load_rules

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl"}


def _has_subject(verb) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _clause_start(verb):
    """The first token of the verb's own material: its left-most auxiliary or adverb before it, else the verb."""
    first = verb
    for c in verb.lefts:
        if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i > first.i - 4:
            first = min(first, c, key=lambda t: t.i)
    return first


def _in_fronted_phrase(tok, verb) -> bool:
    """Whether *tok* hangs from *verb* through a preposition or adverbial clause that comes before it."""
    node = tok
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return node.head.i == verb.i and node.i < verb.i and node.dep_ in ("prep", "advcl", "npadvmod", "advmod")


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


# conjunctions that never take a noun phrase: *while Angola, Zimbabwe and Namibia sent troops* is a clause
CLAUSE_ONLY_MARKS = frozenset({"while", "whilst", "whereas", "although", "though", "because", "if", "unless", "when",
                               "whenever", "whether", "once", "where"})


def _fronting_mark(verb, subject):
    """*After*, *Since*, *Despite* read as the verb's subordinator although a noun phrase, not a clause, follows."""
    return next((c for c in verb.children if c.dep_ == "mark" and c.tag_ == "IN" and c.i < subject.i
                 and c.i == subject.left_edge.i - 1 and c.lower_ not in CLAUSE_ONLY_MARKS), None)


def _split_conjunct(verb):
    """The conjunct after the last comma of a list that ends right before the verb's clause, if any."""
    start = _clause_start(verb)
    if start.i == 0:
        return None
    head = verb.doc[start.i - 1]
    while head.dep_ != "conj" and head.head.i != head.i and head.head.i <= start.i - 1 \
            and head.dep_ in ("compound", "amod", "det", "poss", "nummod", "case"):
        head = head.head
    if head.dep_ != "conj" or head.pos_ not in ("PROPN", "NOUN") or head.right_edge.i != start.i - 1:
        return None
    first = head
    while first.dep_ == "conj":
        first = first.head
    doc = verb.doc
    listed = sorted((c for c in first.conjuncts if first.i < c.i <= head.i), key=lambda t: t.i)
    split = None
    for c in listed:
        if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            split = c
    if listed and listed[-1].left_edge.i > 0 and doc[listed[-1].left_edge.i - 1].lower_ in ("and", "or"):
        # the list before the verb ends in *and X*: it starts after the last *and* before that, at the first name
        # after a comma (*During the Second Congo War, Angola, Zimbabwe and Namibia sent*)
        for c in reversed(listed[:-1]):
            before = doc[c.left_edge.i - 1].lower_ if c.left_edge.i > 0 else ""
            if before in ("and", "or"):
                if c.left_edge.i >= 2 and doc[c.left_edge.i - 2].text == ",":
                    split = c  # *Iran armed Hezbollah, and Syria and Iraq sheltered*: a new clause's subject list
                break
            if before == ",":
                split = c
    return split


def _chain_start(tok):
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


def _new_clause_after_object(split, first, verb) -> bool:
    """Whether *split* (after *, and*) begins a clause of its own: the list it ends is the object of the verb
    that *verb* is a conjunct of, and *and* stands right before it."""
    doc = verb.doc
    left = split.left_edge.i
    return verb.dep_ == "conj" and first.dep_ == "dobj" and first.head.i == verb.head.i and left >= 2 \
        and doc[left - 1].lower_ in ("and", "but", "while") and doc[left - 2].text == ","


def _swallowed_apposition(verb):
    """*In coordination with the United Kingdom, the Treasury imposed sanctions*: the model reads the subject as an
    apposition of the name closing the fronted phrase. The apposition that ends right before the verb's clause, when
    the verb has no subject and the phrase hangs on it."""
    if _has_subject(verb):
        return None
    start = _clause_start(verb)
    while start.i > 0 and verb.doc[start.i - 1].head.i == verb.i and verb.doc[start.i - 1].dep_ in ("npadvmod", "advmod"):
        start = verb.doc[start.i - 1]  # (*the Treasury today imposed*)
    if start.i == 0:
        return None
    last = verb.doc[start.i - 1]
    appos = next((t for t in (last, *last.ancestors) if t.dep_ == "appos"), None)
    if appos is None or appos.right_edge.i != start.i - 1 or appos.pos_ not in ("PROPN", "NOUN") or \
            verb.doc[appos.left_edge.i - 1].text != "," or not _in_fronted_phrase(appos.head, verb):
        return None
    return appos


def swallowed_subject(verb):
    """The conjunct that should head *verb*'s subject, or None when the parse is fine."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in CLAUSE_DEPS:
        return None
    if (appos := _swallowed_apposition(verb)) is not None:
        return appos
    split = _split_conjunct(verb)
    if split is None:
        return None
    first = _chain_start(split)
    subject = _subject(verb)
    if subject is None and _new_clause_after_object(split, first, verb):
        return split  # *the rebels captured Addis Ababa, and the junta's leader fled*
    if subject is None:
        return split if _in_fronted_phrase(first, verb) else None
    mark = _fronting_mark(verb, subject)
    if mark is not None and subject.left_edge.i <= first.i and subject.right_edge.i >= split.i:
        # *After the strike on Ukraine, Poland and Lithuania closed*: the fronted phrase was read as the subject
        subject.head = mark
        subject.dep_ = "pobj"
        mark.dep_ = "prep"
        return split
    return None


def _reattach(verb, subject) -> None:
    """Make *subject* (and the conjuncts after it) the subject of *verb*."""
    first = _chain_start(subject)
    followers = [c for c in first.conjuncts if c.i > subject.i]
    subject.head = verb
    subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    for c in followers:
        if c.head.i < subject.i:
            c.head = subject
    for t in verb.doc[subject.i:verb.i]:
        if t.dep_ == "cc" and t.head.i < subject.i:
            t.head = subject
    comma = verb.doc[subject.left_edge.i - 1]
    if comma.text == "," and comma.dep_ == "punct" and comma.head.i < subject.i:
        comma.head = verb


def bare_gerund_subject(tok) -> bool:
    """*On 3 May, fighting broke out*: a gerund with no object or auxiliary of its own that is the subject
    of a clause is a noun (the model tags it a verb after a fronted date, and the noun frames miss it)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("dobj", "nsubj", "aux", "auxpass", "ccomp", "xcomp", "attr", "acomp", "prt") for c in tok.children)


NOUNS_ADJECTIVES = frozenset({POS_IDS["NOUN"], POS_IDS["ADJ"]})  # POS holds an enum, TAG a string id
VERBS, NAMES = frozenset({POS_IDS["VERB"], POS_IDS["AUX"]}), frozenset({POS_IDS["PROPN"]})
GERUNDS = frozenset({get_string_id("VBG")})
PLURALS = frozenset({get_string_id("NNS")})
OBJECT_RELATIVES = frozenset({get_string_id("that"), get_string_id("which"), get_string_id("whom")})
RELATIVE_TAGS = frozenset({get_string_id("WDT"), get_string_id("WP")})
SUBJECT_IDS = frozenset({get_string_id("nsubj"), get_string_id("nsubjpass")})


def verb_above(tok, steps: int):
    """The first verb at or above a token, climbing at most ``steps`` heads (*targeted a base with a swarm of drones
    in retaliation*: from the noun the phrase hung on to *targeted*); where the climb stops when no verb is met."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def tokens_where(doc, attr, ids: frozenset[int]) -> list[int]:
    """The indices of the tokens whose ``attr`` (a column of ``Doc.to_array``) holds one of ``ids``, read from
    the document's array, so no token object is made for the others."""
    return [i for i, value in enumerate(doc.to_array(attr).tolist()) if value in ids]


def verb_read_as_noun(tok) -> bool:
    """*The Islamic State overran Mosul*: a noun heading its sentence with a subject and an object of its own
    is the sentence's verb (the model tags rare past forms as nouns)."""
    deps = {c.dep_ for c in tok.children}
    if tok.pos_ == "NOUN" and tok.dep_ in ("advcl", "xcomp") and "dobj" in deps and _infinitive(tok):
        return True  # *closed the crossing to pressure Hamas*
    return tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "ADJ") and "nsubj" in deps and "dobj" in deps


def present_verb_with_subject(tok, verbs: frozenset[str]) -> str | None:
    """*Greece protests to Ankara over the overflight*, *India and Pakistan fight over Kashmir*: a present verb at the
    root (in *-s*, or bare after two names), read as a noun, with a name right before it and a prepositional phrase
    after it. Returns its base form (making the name its subject), or None."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("NNS", "NN") or not verbs:
        return None
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    after = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if before is None or before.pos_ != "PROPN" or after is None or after.dep_ != "prep" or after.head.i != tok.i:
        return None  # (with an object after it, *US sanctions Iranian oil network*, the headline repair reads it)
    subject = before if before.head.i == tok.i else before.head if before.dep_ == "conj" else None
    if subject is None or subject.head.i != tok.i or subject.dep_ not in ("nsubj", "amod", "compound", "nmod"):
        return None
    if tok.tag_ == "NN":  # *India and Pakistan fight over Kashmir*: a bare verb after two names joined by *and*
        plural = any(c.dep_ == "conj" for c in subject.children) and not any(c.dep_ == "det" for c in tok.children)
        stem = tok.lower_ if plural and tok.lower_ in verbs else None
    else:
        stem = headline_verb_stem(tok, verbs)
    if stem is not None:
        subject.dep_ = "nsubj"  # *Pakistan protests to Kabul*: the name read as a modifier is the subject
    return stem


def _infinitive(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def perfect_read_as_modifier(tok):
    """*indicted for having smuggled weapons to X*: the model reads *having* as the verb and the participle as
    an adjective of its object. Returns that participle (to become the verb, *having* its auxiliary), or None."""
    if tok.lemma_ != "have" or tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return None
    for obj in tok.children:
        if obj.dep_ == "dobj":
            return next((c for c in obj.children if c.dep_ == "amod" and c.tag_ == "VBN" and tok.i < c.i < obj.i), None)
    return None


def _make_perfect(having, participle) -> None:
    obj = participle.head
    participle.head, participle.dep_ = having.head, having.dep_
    obj.head = participle
    for c in list(having.children):
        if c.dep_ == "prep":
            c.head = participle
    having.head, having.dep_, having.pos_ = participle, "aux", "AUX"
    participle.pos_ = "VERB"


NOMINAL = {"NOUN", "PROPN"}
NP_WORDS = {"DET", "ADJ", "NUM", "PART", "NOUN", "PROPN"}


def bare_infinitive_after_help(tok, verbs: frozenset[str]):
    """*France helped the Malian army fight JNIM*: the model reads *fight* as a noun and JNIM as what was helped.
    Returns (the helped one's head noun, the bare verb) when the words after *help* are a noun phrase and then a
    base-form verb that the parse does not make a clause of its own, else None."""
    if tok.lemma_ != "help" or tok.pos_ != "VERB":
        return None
    head = None
    for word in tok.doc[tok.i + 1: tok.sent.end]:
        if word.pos_ in NOMINAL and head is not None and word.lower_ in verbs and word.lower_ == word.lemma_.lower() \
                and word.tag_ in ("NN", "NNP", "VB", "VBP") and word.i + 1 < tok.sent.end \
                and not (word.dep_ == "compound" and word.head.pos_ == "NOUN"):  # *Ukraine's air force*
            nxt = tok.doc[word.i + 1]
            if nxt.is_punct:
                return None  # *helped the Afghan police force.*
            if not (nxt.pos_ in NOMINAL and nxt.lower_ in verbs and nxt.lower_ == nxt.lemma_.lower()):
                return head, word  # else *helped the police force fight X*: the verb is the next word
        if word.pos_ == "VERB" and head is not None and word.lower_ == word.lemma_.lower():
            return None if word.head.i == tok.i and word.dep_ in ("ccomp", "xcomp") else (head, word)
        if word.pos_ not in NP_WORDS or (word.pos_ == "PART" and word.lower_ not in ("'s", "’s")):
            return None
        if word.pos_ in NOMINAL:
            head = word
    return None


def finite_verb_read_as_modifier(root):
    """*Hezbollah fighters infiltrated into northern Israel*: the model hangs a past verb right after the noun
    phrase at the sentence's root on it as a clause of the noun. A verb tagged finite (VBD) has a subject of its own:
    that noun. Returns the verb, or None."""
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or root.i + 1 >= root.sent.end:
        return None
    verb = root.doc[root.i + 1]
    if verb.tag_ != "VBD" or verb.dep_ != "acl" or verb.head.i != root.i or _has_subject(verb):
        return None
    return verb


def subject_read_as_head(root):
    """*ECOWAS imposed sanctions on Niger*: the model reads a sentence-initial name and the past verb after it
    as one noun phrase (*ECOWAS* its head, *imposed* an adjective of *sanctions*). Returns that verb when the
    sentence has no verb of its own at its root, else None."""
    if root.dep_ != "ROOT" or root.tag_ not in ("NNP", "NNPS", "VBG", "NN") or not root.text[:1].isupper():
        return None
    if root.i != root.sent.start and not (root.i == root.sent.start + 1 and root.doc[root.i - 1].lower_ == "the"):
        return None
    verb = root.doc[root.i + 1] if root.i + 1 < root.sent.end else None
    if verb is None or verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "amod" or verb.head.head.i != root.i:
        return None
    return verb if verb.head.dep_ in ("dobj", "npadvmod", "appos", "conj") and verb.head.i > verb.i else None


def _make_subject(root, verb) -> None:
    obj = verb.head
    later = [c for c in root.children if c.i > verb.i and c.i != obj.i]
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    if root.pos_ == "VERB":
        root.pos_, root.tag_, root.lemma_ = "PROPN", "NNP", root.text
    obj.head, obj.dep_ = verb, "dobj"
    for c in later:
        c.head = verb


def verb_stems(word: str) -> tuple[str, ...]:
    """The base forms a present-tense *-s* form may have (*expels* -> *expel*, *pushes* -> *push*, *supplies* ->
    *supply*)."""
    if word.endswith("ies"):
        return (word[:-3] + "y", word[:-1])  # *supplies* -> *supply*
    return (word[:-1], word[:-2]) if word.endswith("s") else ()


def headline_verb_stem(root, verbs: frozenset[str]) -> str | None:
    """The base form of a headline's verb that the model tagged as a plural noun (*Niger junta expels …*,
    *summons*), or None."""
    if root.tag_ != "NNS":
        return None
    return next((x for x in verb_stems(root.lower_) if x in verbs), None)


def headline_without_subject(root, verbs: frozenset[str] = frozenset()):
    """*Mali junta expels French ambassador*: in a headline (a short line in the present tense, no final stop, no
    article before its verb) the model hangs the words before the verb on it as modifiers and reads the object as
    an adverb. Returns (subject head, object or None) when the verb has no subject but a noun right before it."""
    sent = root.sent
    if root.dep_ != "ROOT" or len(sent) > 14 or sent[-1].text in (".", "!", "?", ":") or \
            root.i == sent.start or _has_subject(root):
        return None
    if root.tag_ != "VBZ" and headline_verb_stem(root, verbs) is None:
        return None
    if any(t.lower_ in ("the", "a", "an") or t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent[:root.i - sent.start]):
        return None
    before = root.doc[root.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.head.i != root.i or \
            before.dep_ not in ("compound", "amod", "nmod", "npadvmod", "dep"):
        return None
    objs = [c for c in root.children if c.dep_ in ("npadvmod", "appos") and c.i > root.i and c.pos_ in ("NOUN", "PROPN")]
    has_obj = any(c.dep_ == "dobj" for c in root.children)
    return before, (objs[0] if objs and not has_obj else None)


def present_verbs_read_as_nouns(sent, verbs: frozenset[str]):
    """*Turkey arms the Syrian National Army*, *Moscow funds and arms the separatists*: after a name opening the
    sentence, a present verb in *-s* (one, or two joined by *and*) that the model reads as a plural noun, leaving
    the sentence without a verb. Returns (subject, verbs, object) when the sentence is just that frame and its root
    lies inside it, else None."""
    toks = sent
    k = 0
    if toks[0].dep_ == "prep" and toks[0].i != toks[0].right_edge.i:  # *In their view Rwanda commands and equips M23*
        k = toks[0].right_edge.i + 1 - sent.start
        k += 1 if k < len(toks) and toks[k].text == "," else 0
        if k >= len(toks):
            return None
    k += 1 if toks[k].lower_ == "the" else 0
    start = k
    while k < len(toks) and (toks[k].pos_ == "PROPN" or toks[k].pos_ == "NOUN" and toks[k].text[:1].isupper()):
        k += 1
    if k == start or k >= len(toks):
        return None
    found = []
    while k < len(toks) and toks[k].tag_ in ("NNS", "VBZ") and headline_verb_stem(toks[k], verbs) is not None or \
            k < len(toks) and toks[k].tag_ == "VBZ" and toks[k].pos_ == "VERB":
        found.append(toks[k])
        if k + 2 < len(toks) and toks[k + 1].lower_ == "and" and len(found) == 1:
            k += 2
        else:
            k += 1
            break
    if not found or any(t.tag_ != "NNS" for t in found[:1]):
        return None
    obj_start = k
    while k < len(toks) and (toks[k].pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or toks[k].lower_ in ("the", "a", "an")):
        k += 1
    if k == obj_start or toks[k - 1].pos_ not in ("PROPN", "NOUN"):
        return None
    frame = range(toks[start].i, toks[k - 1].i + 1)
    tops = [t for t in toks[start:k] if t.head.i not in frame or t.head.i == t.i]
    # the frame is the sentence, or a clause reported after it (*…, US officials say*)
    if len(tops) != 1 or any(t.dep_ == "nsubj" for t in found[0].children) or not (
            tops[0].dep_ == "ROOT" or k < len(toks) and toks[k].text == "," and tops[0].head.i > toks[k].i and
            tops[0].head.lemma_.lower() in REPORTING_VERBS):
        return None
    return toks[start:obj_start - len(found) - (1 if len(found) == 2 else 0)], found, toks[obj_start:k]


# the verbs of speech of the lexicon, and of charging (*allege*, *charge*)
REPORTING_VERBS = frozenset(load_lexicon()["speech_verbs"]) | {"allege", "charge", "report"}


def _make_present_verbs(sent, subject, found, obj, verbs: frozenset[str]) -> None:
    first = found[0]
    frame = range(subject[0].i, obj[-1].i + 1)
    top = next(t for t in sent if t.i in frame and (t.head.i not in frame or t.head.i == t.i))
    for v in found:
        _make_present_verb(v, verbs)
    for t in sent:
        if t.i not in frame and t.head.i in frame and t.i != top.i:
            t.head = first
    if top.dep_ == "ROOT":
        first.head, first.dep_ = first, "ROOT"
    else:
        first.head, first.dep_ = top.head, "ccomp"
    for t in subject[:-1]:
        t.head, t.dep_ = subject[-1], "compound" if t.lower_ != "the" else "det"
    subject[-1].head, subject[-1].dep_ = first, "nsubj"
    last = found[-1]
    if len(found) == 2:
        last.head, last.dep_ = first, "conj"
        conj = first.doc[last.i - 1]
        conj.head, conj.dep_ = first, "cc"
    for t in obj[:-1]:
        t.head = obj[-1]
        t.dep_ = "det" if t.lower_ in ("the", "a", "an") else "compound" if t.pos_ in ("PROPN", "NOUN") else "amod"
    obj[-1].head, obj[-1].dep_ = last, "dobj"


def _make_present_verb(tok, verbs: frozenset[str]) -> None:
    """A word read as a noun made a present verb in *-s*, with its base form as lemma when it is a plural form."""
    stem = headline_verb_stem(tok, verbs)
    tok.pos_, tok.tag_ = "VERB", "VBZ"
    if stem is not None:
        tok.lemma_ = stem


def _make_headline_arguments(root, subject, obj, verbs: frozenset[str]) -> None:
    if (stem := headline_verb_stem(root, verbs)) is not None:
        root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ", stem
    for c in [c for c in root.children if c.i < subject.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod", "dep")]:
        c.head = subject  # *Mali* of *Mali junta*
    subject.dep_ = "nsubj"
    if obj is not None:
        obj.dep_ = "dobj"


def plural_read_as_verb(tok) -> bool:
    """*Al-Shabaab militants overran a base*: a plural noun the model tags as a verb in *-s* yet parses as a
    subject or object (a verb is never either) is a noun; the name before it qualifies it."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def _make_plural_noun(tok) -> None:
    tok.pos_, tok.tag_ = "NOUN", "NNS"
    for c in tok.children:
        if c.dep_ in ("nsubj", "dobj") and c.i == tok.i - 1:
            c.dep_ = "compound"


def name_read_as_verb(tok, verbs: frozenset[str]) -> bool:
    """*provided sanctuary to al-Qaeda leaders*: after *to*, a capitalised word that is no English verb, read as
    one (an infinitive), is a name: the object of the preposition *to*."""
    clause = tok.pos_ == "PROPN" and tok.dep_ in ("acl", "xcomp", "advcl", "relcl", "ccomp")  # *assistance to UNITA*
    if not (clause or tok.pos_ == "VERB" and tok.tag_ == "VB") or not any(ch.isupper() for ch in tok.text) \
            or tok.lower_ in verbs:
        return False
    return tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 1].head.i == tok.i


def _make_pobj(name) -> None:
    to, governor = name.doc[name.i - 1], name.head
    to.head, to.dep_, to.pos_, to.tag_ = governor, "prep", "ADP", "IN"
    name.pos_, name.tag_ = "PROPN", "NNP"
    noun = next((c for c in name.children if c.dep_ == "dobj" and c.i == name.i + 1), None)
    if noun is not None:  # *to al-Qaeda leaders*: the name qualifies the noun after it
        noun.head, noun.dep_ = to, "pobj"
        name.head, name.dep_ = noun, "compound"
    else:
        name.head, name.dep_ = to, "pobj"


def _make_clause(help_verb, subject, verb) -> None:
    """Make *verb* the clause *help* governs, with *subject* (and its phrase) as its subject and the rest of
    the sentence after it as its material."""
    span = range(help_verb.i + 1, verb.i)
    after = [t for t in help_verb.doc[verb.i + 1: help_verb.sent.end] if t.head.i in span or t.head.i == help_verb.i
             or t.head.i == verb.i or t.head.i > verb.i and t.head.head.i == verb.i and t.dep_ == "dobj"]
    verb.head, verb.dep_, verb.pos_, verb.tag_ = help_verb, "ccomp", "VERB", "VB"
    for t in help_verb.doc[help_verb.i + 1: verb.i]:
        if t.i != subject.i and (t.head.i not in span or t.head.i == verb.i):
            t.head = subject
    subject.head, subject.dep_ = verb, "nsubj"
    for t in after:
        if t.head.i in span or t.head.i == help_verb.i or t.head.i == verb.i:
            t.head = verb
            if t.pos_ in NOMINAL and not any(c.dep_ == "dobj" for c in verb.children if c.i != t.i):
                t.dep_ = "dobj"


def stranded_relative(tok):
    """*The Soviet Union, which had armed Somalia for years, switched sides*: the model hangs the participle
    on the name after it (as an adjective) and that name on the one before the comma, so the relative
    pronoun has no clause. Returns ``(antecedent, verb, object)`` for a relative pronoun after a comma whose
    verb (or the verb of its auxiliary) modifies a noun after it, else None."""
    if tok.lower_ not in ("which", "who") or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i < 2:
        return None
    doc = tok.doc
    if doc[tok.i - 1].text != ",":
        return None
    verb = tok.head.head if tok.head.dep_ in ("aux", "auxpass") else tok.head
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "amod" or verb.head.i <= verb.i:
        return None
    obj, antecedent = verb.head, doc[tok.i - 2]
    while antecedent.dep_ in ("compound", "amod", "det") and antecedent.head.i == antecedent.i + 1:
        antecedent = antecedent.head
    if antecedent.pos_ not in NOMINAL or verb in list(antecedent.ancestors) or obj in list(antecedent.ancestors):
        return None
    return antecedent, verb, obj


def object_relative_misread(tok, verbs: frozenset[str]):
    """*Hezbollah, a militia that Iran arms, fired rockets*, *the militias that Tehran supports attacked US bases*:
    in an object relative clause whose subject is a name, the model reads the name and the verb in *-s* after it as
    one noun, the subject of the main verb, and hangs the main verb on the antecedent as its relative clause. Returns
    (antecedent, name tokens, verbs of the clause, main verb), else None."""
    doc = tok.doc
    k = tok.i + 1
    while k < tok.sent.end and doc[k].pos_ == "PROPN":
        k += 1
    if k == tok.i + 1 or k >= tok.sent.end or tok.i < 1:
        return None
    first = doc[k]
    clause = [first] + ([doc[k + 2]] if k + 2 < tok.sent.end and doc[k + 1].lower_ == "and" else [])
    if any(v.tag_ not in ("NNS", "VBZ") or not any(x in verbs for x in (v.lemma_.lower(), *verb_stems(v.lower_)))
           for v in clause):
        return None  # (only verbs of the relation lexicon: *that Revolutionary Guards officers helped to found*)
    main = first.head
    if first.dep_ != "nsubj" or main.pos_ != "VERB" or main.i < clause[-1].i or main.dep_ != "relcl":
        return None
    antecedent = doc[tok.i - 2] if doc[tok.i - 1].text == "," and tok.i > 1 else doc[tok.i - 1]
    if antecedent.pos_ not in ("NOUN", "PROPN") or main.head.i != antecedent.i:
        return None
    return antecedent, list(doc[tok.i + 1:k]), clause, main


def _make_object_relative(tok, antecedent, names, clause, main, verbs: frozenset[str]) -> None:
    first = clause[0]
    for v in clause:
        _make_present_verb(v, verbs)
    for t in names[:-1]:
        t.head, t.dep_ = names[-1], "compound"
    names[-1].head, names[-1].dep_ = first, "nsubj"
    tok.head, tok.dep_ = first, "dobj"
    if len(clause) == 2:
        clause[1].head, clause[1].dep_ = first, "conj"
        first.doc[clause[1].i - 1].head = first
    for t in list(first.children):
        if t.dep_ == "punct" and t.i > clause[-1].i:
            t.head = antecedent
    first.head, first.dep_ = antecedent, "relcl"
    # the main verb takes the sentence: its subject is the antecedent, or the name the antecedent stands beside
    top = antecedent.head if antecedent.dep_ == "appos" else antecedent
    if top.dep_ == "ROOT":
        later = [t for t in top.children if t.i > main.i]
        main.head, main.dep_ = main, "ROOT"
        top.head, top.dep_ = main, "nsubj"
        for t in later:
            t.head = main


def _make_relative(tok, antecedent, verb, obj) -> None:
    aux = tok.head if tok.head.dep_ in ("aux", "auxpass") else None
    obj.head, obj.dep_ = verb, "dobj"
    verb.head, verb.dep_, verb.pos_ = antecedent, "relcl", "VERB"
    tok.head = verb
    if aux is not None:
        aux.head = verb


def participle_read_as_finite(root):
    """*Chadian troops, mounted on trucks and backed by French jets, routed the Libyan army*: the model reads the
    participle between commas as the sentence's verb and the real verb as its conjunct. Returns that verb when
    a root in *-ed* comes right after its subject and a comma, takes no object, and has a conjunct after a later
    comma with no subject of its own but an object; else None."""
    if root.dep_ != "ROOT" or root.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "ccomp") for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    doc = root.doc
    if subject is None or subject.right_edge.i not in (root.i - 2, root.i - 1) or doc[root.i - 1].text != ",":
        return None
    for verb in (c for c in root.children if c.dep_ == "conj" and c.tag_ == "VBD"):
        if doc[verb.i - 1].text == "," and not _has_subject(verb) and any(c.dep_ == "dobj" for c in verb.children):
            return verb
    return None


HEARSAY_PARTICIPLES = ("suspect", "believe", "think", "say", "report", "know", "allege", "understand", "presume")


def hearsay_participle_read_as_finite(root):
    """*Gunmen suspected to be members of ISWAP killed 12 farmers*, *Militants believed to belong to al-Shabaab
    attacked a base*: the model makes the hearsay participle the sentence's verb and the real verb its clausal
    complement. Returns that verb when a root participle of saying or believing follows its subject directly, has a
    to-infinitive, and a later finite verb under it has no subject of its own; else None."""
    if root.dep_ != "ROOT" or root.tag_ not in ("VBN", "VBD") or root.lemma_.lower() not in HEARSAY_PARTICIPLES or \
            any(c.dep_ == "dobj" for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    infinitive = next((c for c in root.children if c.dep_ == "xcomp" and c.i > root.i), None)
    if subject is None or infinitive is None or subject.right_edge.i != root.i - 1 or \
            root.i + 1 >= len(root.doc) or root.doc[root.i + 1].lower_ != "to":
        return None  # (*believed to*: the infinitive right after it)
    return next((c for c in root.children if c.dep_ == "ccomp" and c.i > infinitive.i and c.tag_ in ("VBD", "VBZ", "VBP")
                 and not _has_subject(c)), None)


def perfect_read_as_adjective(root):
    """*Iran has long armed Hezbollah*, *Russia has long backed Assad*: after *has* and an adverb, the model reads
    the participle as an adjective of the object and *has* as the sentence's verb. Returns the participle when the
    root is a form of *have* whose object carries, before it, a past participle that follows the root and its
    adverbs directly; else None."""
    if root.dep_ != "ROOT" or root.lemma_ != "have":
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    participle = next((c for c in obj.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < obj.i), None)
    if participle is None or any(c.dep_ != "advmod" for c in participle.children):
        return None
    between = root.doc[root.i + 1: participle.i]
    if not between or any(t.pos_ != "ADV" for t in between):
        return None  # (*has armed militias*: an adjective; the adverb is what misleads the model)
    return participle


def _make_perfect_verb(root, participle) -> None:
    """*has* becomes the auxiliary of the participle, which takes the sentence's other words."""
    participle.head, participle.dep_, participle.pos_ = participle, "ROOT", "VERB"
    for c in list(root.children):
        c.head = participle
    for t in root.doc[root.i + 1: participle.i]:
        t.head, t.dep_ = participle, "advmod"
    root.head, root.dep_, root.pos_ = participle, "aux", "AUX"


def _make_main_verb(root, verb) -> None:
    subject = next(c for c in root.children if c.dep_ == "nsubj")
    later = [c for c in root.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    root.head, root.dep_, root.tag_ = subject, "acl", "VBN"
    for c in later:
        c.head = verb
    comma = root.doc[verb.i - 1]
    if comma.head.i == root.i:
        comma.head = subject


def verb_read_into_apposition(root):
    """*ZANLA, the armed wing of ZANU, operated from Mozambique*, *The Houthis, accusing Riyadh of X, fired
    missiles*: the model makes the name the sentence's root and hangs the real verb, after the closing comma of an
    apposition or participle phrase, inside that phrase. Returns that verb when the root is a noun with such a
    phrase and a past verb right after a comma inside it has no subject of its own; else None."""
    if root.dep_ != "ROOT" or root.pos_ not in ("PROPN", "NOUN"):
        return None
    phrase = next((c for c in root.children if c.i > root.i and (c.dep_ == "appos" or (
        c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and root.doc[c.i - 1].text == ","))), None)
    if phrase is None:
        return None
    # inside the phrase, or hung on the name itself after the phrase's closing comma (*French paratroopers, sent
    # to protect foreigners, clashed with X*)
    later = [c for c in root.children if c.i > phrase.right_edge.i]
    adjectives = [a for c in later for a in c.lefts if a.dep_ == "amod"]
    for tok in (*phrase.subtree, *later, *adjectives):
        if tok.i <= phrase.i or root.doc[tok.i - 1].text != "," or _has_subject(tok):
            continue
        if tok.dep_ in ("acl", "relcl", "conj") and tok.tag_ in ("VBD", "VBN") and \
                not any(c.dep_ in ("auxpass", "aux") for c in tok.children):
            return tok
        if _past_verb_read_as_adjective(tok):
            return tok
    return None


def _past_verb_read_as_adjective(tok) -> bool:
    """*Hezbollah's elite unit, the Radwan Force, fired rockets at X*: after the apposition's closing comma the model
    reads a past verb as an adjective of its object and the object as one more apposition. True for such a verb:
    tagged VBD (not a participle, which is often a real adjective: *armed groups*), on a noun of an apposition or
    conjunct with nothing but its modifiers between."""
    noun = tok.head
    return tok.dep_ == "amod" and tok.tag_ == "VBD" and noun.i > tok.i and noun.dep_ in ("appos", "conj") and \
        noun.pos_ in ("NOUN", "PROPN") and all(
            t.head.i == noun.i and t.dep_ in ("det", "nummod", "amod", "compound") for t in tok.doc[tok.i + 1:noun.i])


def subject_taken_by_participle(tok):
    """*when Israel, citing an attack on its envoy, invaded Lebanon*: the model makes the subject the subject of
    the participle between commas and leaves the real verb after them without one. Returns that verb, or None."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "ROOT", "ccomp", "conj"):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    doc = tok.doc
    if subject is None or subject.right_edge.i != tok.i - 2 or doc[tok.i - 1].text != ",":
        return None
    after = tok.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    verb = doc[after + 1]
    if verb.tag_ != "VBD" or verb.dep_ != "conj" or _has_subject(verb):
        return None
    return verb


def _give_subject_back(participle, verb) -> None:
    subject = next(c for c in participle.children if c.dep_ == "nsubj")
    leading = [c for c in participle.children if c.i < subject.i]  # *when*, *after*
    if participle.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = participle.head, participle.dep_
    subject.head = verb
    participle.head, participle.dep_ = verb, "advcl"
    for c in leading:
        c.head = verb
    verb.doc[verb.i - 1].head = verb


def _make_verb_of_root(root, verb) -> None:
    later = [c for c in root.children if c.i > verb.i]
    comma = root.doc[verb.i - 1]
    if verb.dep_ == "amod":  # the verb read as an adjective of its object: the object is the verb's
        obj = verb.head
        obj.head, obj.dep_ = verb, "dobj"
        later += [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ != "of"]
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for c in later:
        c.head = verb
    if comma.text == ",":
        comma.head = root


def adjective_read_as_verb(tok):
    """*accused neighboring Eritrea of arming X*: the model reads *neighboring* as a verb whose object is the name
    after it. Returns that name, or None."""
    if tok.lower_ not in ("neighboring", "neighbouring") or tok.pos_ != "VERB":
        return None
    name = next((c for c in tok.children if c.dep_ == "dobj" and c.i == tok.i + 1), None)
    return name if name is not None and tok.head.i != tok.i else None


def _make_adjective(tok, name) -> None:
    governor, dep = tok.head, tok.dep_
    for c in list(tok.children):
        if c.i != name.i:
            c.head = governor
    name.head, name.dep_ = governor, "dobj" if dep in ("xcomp", "ccomp", "dobj") else dep
    tok.head, tok.dep_, tok.pos_, tok.tag_ = name, "amod", "ADJ", "JJ"


def fix_parse(doc, verbs: frozenset[str] = frozenset(), triggers: frozenset[str] = frozenset()):
    """Apply the repairs above to every clause of the document (``verbs``: the base forms of English verbs;
    ``triggers``: the verbs of the relation lexicon)."""
    for i in tokens_where(doc, POS, NOUNS_ADJECTIVES):
        tok = doc[i]
        if verb_read_as_noun(tok):
            stem = next((x for x in (tok.lower_[:-2], tok.lower_[:-1]) if tok.lower_.endswith("ed") and x in verbs), None)
            if stem is not None:  # *annexed* read as an adjective keeps itself as lemma
                tok.lemma_ = stem
            tok.pos_, tok.tag_ = "VERB", "VB" if _infinitive(tok) else "VBD" if tok.lower_ != tok.lemma_.lower() else "VBP"
        elif (stem := present_verb_with_subject(tok, verbs)) is not None:
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", stem
    for i in tokens_where(doc, TAG, GERUNDS):
        tok = doc[i]
        if bare_gerund_subject(tok):
            tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", tok.lower_
    for i in tokens_where(doc, DEP, SUBJECT_IDS):
        tok = doc[i]
        if tok.head.dep_ in ("aux", "auxpass") and tok.head.head.i != tok.head.i:
            tok.head = tok.head.head  # *Washington has long armed Israel*: the subject hung on the auxiliary
    for sent in doc.sents:
        if (verb := subject_read_as_head(sent.root)) is not None:
            _make_subject(sent.root, verb)
        elif (verb := participle_read_as_finite(sent.root)) is not None:
            _make_main_verb(sent.root, verb)
        elif (verb := hearsay_participle_read_as_finite(sent.root)) is not None:
            _make_main_verb(sent.root, verb)
        elif (verb := verb_read_into_apposition(sent.root)) is not None:
            _make_verb_of_root(sent.root, verb)
        elif (verb := finite_verb_read_as_modifier(sent.root)) is not None:
            _make_verb_of_root(sent.root, verb)
        elif (participle := perfect_read_as_adjective(sent.root)) is not None:
            _make_perfect_verb(sent.root, participle)
        elif (found := headline_without_subject(sent.root, verbs)) is not None:
            _make_headline_arguments(sent.root, *found, verbs)
        elif verbs and (found := present_verbs_read_as_nouns(sent, verbs)) is not None:
            _make_present_verbs(sent, *found, verbs)
    for i in tokens_where(doc, TAG, GERUNDS):
        if (verb := subject_taken_by_participle(doc[i])) is not None:
            _give_subject_back(doc[i], verb)
    for i in tokens_where(doc, TAG, GERUNDS):
        if (participle := perfect_read_as_modifier(doc[i])) is not None:
            _make_perfect(doc[i], participle)
        elif (name := adjective_read_as_verb(doc[i])) is not None:
            _make_adjective(doc[i], name)
    for i in tokens_where(doc, TAG, PLURALS):
        if (first := shared_noun_split(doc[i])) is not None:
            _make_shared_noun(doc[i], first)
    for i in tokens_where(doc, TAG, RELATIVE_TAGS):
        if (found := stranded_relative(doc[i])) is not None:
            _make_relative(doc[i], *found)
    if triggers:
        for i in tokens_where(doc, LOWER, OBJECT_RELATIVES):
            if (found := object_relative_misread(doc[i], triggers)) is not None:
                _make_object_relative(doc[i], *found, verbs)
    for i in tokens_where(doc, POS, VERBS):
        tok = doc[i]
        subject = swallowed_subject(tok)
        if subject is not None:
            _reattach(tok, subject)
        elif (speaker := speaker_read_as_conjunct(tok)) is not None:
            speaker.head, speaker.dep_ = tok, "nsubj"
        if verbs and (found := bare_infinitive_after_help(tok, verbs)) is not None:
            _make_clause(tok, *found)
        elif verbs and name_read_as_verb(tok, verbs):
            _make_pobj(tok)
        elif plural_read_as_verb(tok):
            _make_plural_noun(tok)
    for i in tokens_where(doc, POS, NAMES):
        if verbs and name_read_as_verb(doc[i], verbs):
            _make_pobj(doc[i])
    return doc


def shared_noun_split(noun):
    """*Russian missile and drone strikes on Ukraine's grid*, *Israeli air and drone strikes*: two singular modifiers
    joined by *and* share the plural noun after them, but the model makes the first the phrase's head and the noun
    its conjunct (or the object of the second, read as a verb). Returns the first modifier when the four words run
    so and the noun hangs on either modifier, else None."""
    doc = noun.doc
    k = noun.i
    if noun.tag_ != "NNS" or k < 3 or doc[k - 2].lower_ not in ("and", "or"):
        return None
    first, second = doc[k - 3], doc[k - 1]
    # (the second may hang as a conjunct on the phrase the first is in: *waves of Russian missile and drone strikes*)
    if first.tag_ != "NN" or second.tag_ != "NN" or noun.head.i not in (first.i, second.i) or \
            not (second.head.i in (first.i, noun.i) or second.dep_ == "conj" and second.head.is_ancestor(first)) or \
            first.sent.start != noun.sent.start or \
            any(c.dep_ in ("det", "poss", "nummod") for c in first.children):
        return None
    return first


def _make_shared_noun(noun, first) -> None:
    doc, second, cc = noun.doc, noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    noun.head, noun.dep_ = (noun, "ROOT") if first.head.i == first.i else (first.head, first.dep_)
    for t in doc[noun.sent.start: noun.sent.end]:
        if t.head.i in (first.i, second.i) and t.i not in (first.i, second.i, cc.i, noun.i):
            t.head = noun  # *Russian* of *Russian missile …*, *on Ukraine's grid*: the strikes'
    first.head, first.dep_ = noun, "compound"
    second.head, second.dep_ = first, "conj"
    cc.head, cc.dep_ = first, "cc"
    second.pos_ = "NOUN"


def speaker_read_as_conjunct(verb):
    """*… attacks on shipping, Elisabeth Kendall, a Yemen specialist, said*: the model joins the speaker of a closing
    attribution, with no *and* before it, to the noun before the comma as one more conjunct and leaves *said*
    without a subject. Returns that name, or None."""
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.i < 3 or verb.doc[verb.i - 1].text != "," or \
            _has_subject(verb):
        return None
    for tok in reversed(verb.doc[verb.sent.start: verb.i - 1]):
        if tok.dep_ == "conj" and tok.pos_ == "PROPN" and tok.right_edge.i >= verb.i - 2 and tok.head.i < tok.i and \
                verb.doc[tok.left_edge.i - 1].text == "," and \
                not any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children):
            return tok
        if tok.i < verb.i - 12:
            break
    return None


def verb_lemmas(nlp) -> frozenset[str]:
    """The base forms the model's lemmatizer knows as verbs."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError):
        return frozenset()


def trigger_verbs() -> frozenset[str]:
    """The verbs of the relation lexicon (``data/patterns/relations.json``): those an object relative clause
    misread as a noun is repaired for."""
    return frozenset(v for spec in load_rules()[0]["predicates"].values() for v in spec.get("verbs", ()))


class ParseFixes:
    """The repairs as a pipeline component."""

    def __init__(self, verbs: frozenset[str], triggers: frozenset[str] = frozenset()) -> None:
        self.verbs, self.triggers = verbs, triggers

    def __call__(self, doc):
        return fix_parse(doc, self.verbs, self.triggers)


@Language.factory("parse_fixes", default_config={})
def make_parse_fixes(nlp, name: str):
    return ParseFixes(verb_lemmas(nlp), trigger_verbs())


def english_words(nlp) -> frozenset[str]:
    """Every word the model's lemmatizer knows as a noun, verb, adjective or adverb."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(w for pos in index.keys() for w in index[pos])


class NameEnds:
    """*the Sufi militia Ahlu Sunna Waljama'a*: the model ends the name before a last word it has never seen,
    which the parser still hangs the name on. Such a word (capitalised, no English word, not a sentence start)
    is given back to the name."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __call__(self, doc):
        ents = list(doc.ents)
        changed = False
        for k, ent in enumerate(ents):
            if ent.label_ not in ("PERSON", "ORG") or ent.end >= len(doc):
                continue
            nxt, last = doc[ent.end], doc[ent.end - 1]
            if nxt.ent_type_ or nxt.is_sent_start or not nxt.text[:1].isupper() or nxt.pos_ not in ("PROPN", "NOUN") \
                    or last.dep_ != "compound" or last.head.i != nxt.i or nxt.is_stop \
                    or nxt.lower_ in self.words or nxt.lower_.rstrip("s") in self.words:
                continue
            ents[k] = Span(doc, ent.start, ent.end + 1, label=ent.label_)
            changed = True
        if changed:
            doc.ents = ents
        return doc


@Language.factory("name_ends", default_config={})
def make_name_ends(nlp, name: str):
    return NameEnds(english_words(nlp))
