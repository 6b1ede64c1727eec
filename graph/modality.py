"""Modality of a relation: asserted, alleged, hypothetical or negated.

Read from the words above the trigger in the dependency parse (``data/patterns/modality.json``):
negation (*did not attack*, *denied arming*), modal and attitude verbs (*could strike*,
*fear that*, *threatened to*), allegation (*alleged*, *apparent*, *appeared to*, *reportedly*).
Factive clauses (*after Hamas launched its attack*) and presupposing verbs (*stop supplying*,
*will continue its strikes*, but not *would keep firing*) end the scope;
a coordinated directive (*called on X … and urged Y*) doesn't embed its conjunct.
"""
from __future__ import annotations

from .registry import paragraph_text


def modality_of(trigger, m: dict) -> str:
    """asserted, alleged, hypothetical or negated, from the words above the trigger in the parse."""
    marks: set[str] = set()
    node, first, via_conj, beside, from_xcomp = trigger, True, False, False, False
    while True:
        lemma = node.lemma_.lower()
        if beside:
            pass  # *Algeria accused X of Y, and France bombed Z*: a clause with its own subject is not under the first
        elif not first and not (via_conj and (lemma in m["directives"] or lemma in m["negated"])):
            # (*denied it and said the army attacked them*, *denied involvement and blamed X*: a denial beside the
            # clause is no word over it; its negation and modals, read below, are shared: *did not attack X or strike
            # Y*. Other words beside it still count: a long sentence's clauses are often misread as conjuncts)
            if lemma in m["hearsay_passives"] and from_xcomp and any(c.dep_ == "auxpass" for c in node.children):
                marks.add("alleged")  # *Eritrea was reported to be arming X*, *is said to have supplied*
            elif lemma in m["infinitive_directives"] and from_xcomp and node.pos_ == "VERB":
                marks.add("hypothetical")  # *told Serbia to recognise Kosovo*: asked of it, not done (not *told reporters that*)
            elif lemma in m["scope_blockers"] and node.pos_ in ("VERB", "AUX"):
                break
            if lemma in m["continuations"]:
                # *will continue its attacks* presupposes them; *would keep firing if …* does not
                if any(c.tag_ == "MD" and c.lower_ in m["conditional_modals"] for c in node.children):
                    marks.add("hypothetical")
                break
            for kind in ("negated", "hypothetical", "alleged"):
                if lemma in m[kind] and node.pos_ in ("VERB", "NOUN", "ADJ") and particle_ok(node, m) and \
                        not (lemma in m["naming_verbs"] and any(c.dep_ == "oprd" for c in node.children)):
                    # (*called the strike a violation*: a name given to what happened, not a call for it)
                    # *discussed sanctions on Iran* are proposed; *discussed the attack on Kyiv* took place
                    if not (lemma in m["deliberation"] and trigger.pos_ == "NOUN" and is_definite(trigger)):
                        marks.add(kind)
        if first and node.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and \
                any(c.dep_ == "nsubj" for c in node.children) and not any(c.dep_ == "mark" for c in node.children):
            marks.add("hypothetical")  # headline future: *Iran to strike Israel soon*, *Kenya to send police to Haiti*
        for c in () if beside else node.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ in ("preconj", "advmod", "det") and low in ("neither", "never", "no")):
                marks.add("negated")
            elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and low in m["hypothetical"]:
                marks.add("hypothetical")
            elif c.dep_ == "mark" and low in ("if", "unless", "whether"):
                marks.add("hypothetical")
            elif c.dep_ in ("amod", "advmod") and c.lemma_.lower() in m["alleged"]:
                marks.add("alleged")
        content = node.dep_ in ("acl", "ccomp") or node.dep_ == "relcl" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in node.children)  # (*a report that …*, read as a relative)
        if content and node.head.lemma_.lower() in m["evidence_nouns"] and any(
                c.dep_ in ("det", "amod") and c.lower_ in m["scant_quantifiers"] for c in node.head.children):
            marks.add("negated")  # *there is little evidence that Tehran asked X to …*: not shown to have happened
            break
        if content and node.head.lemma_.lower() in m["content_nouns"]:
            # *denied reports that it arms X*: a report is at most alleged, and whatever is said of it counts
            marks.add("alleged")
            first, via_conj, node = False, False, node.head
            continue
        if node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() in m["document_nouns"] and \
                node.head.head.lemma_.lower() in m["negated"]:
            marks.add("negated")  # *vetoed a resolution imposing an arms embargo on X*: the measure never came
        if node.dep_ in ("relcl", "acl", "appos") and not first:
            break
        if node.dep_ == "prep" and node.lower_ in ("to", "of") and node.i > 0 and (
                (before := node.doc[node.i - 1]).lemma_.lower() in m["scope_blockers"] and before.pos_ == "NOUN"):
            break  # *demanded a halt to RSF attacks*, *called for an end to the shelling*: what is to stop goes on
        if node.dep_ in ("nsubj", "nsubjpass") and node.pos_ in ("NOUN", "PROPN") and is_definite(node):
            break  # *the Iran-backed group vowed …*, *Hezbollah's fire will be met …*: what a subject names is given
        if node.dep_ in ("advcl", "pcomp", "pobj") and is_factive(node, m):
            break
        if node.dep_ == "pobj" and node.head.lower_ in ("for", "to") and node.head.head.lemma_.lower() in m["answer_nouns"] \
                and not any(c.lower_ in m["open_determiners"] for c in node.children):
            break  # *vowed revenge for an Israeli raid*: what is answered took place (not *a response to any attack*)
        if node.head.i == node.i:
            break
        if node.dep_ in ("relcl", "acl"):
            head = node.head
            marks.update("alleged" for c in head.children
                         if c.dep_ in ("amod", "advmod") and c.lemma_.lower() in m["alleged"])
            break
        # *called on Hamas … and urged Israel*: a coordinated directive doesn't embed its conjunct
        beside = node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        if beside and node.tag_ in ("VBD", "VBZ", "VBP") and node.head.tag_ == "VB" and node.head.dep_ in ("xcomp", "advcl"):
            break  # *urged them to agree to a truce, as fighting spread*: a finite clause no infinitive embeds, misattached
        # (an infinitive the parser read as a purpose, *pushed Egypt to arm X*, is a complement too)
        to_clause = node.dep_ == "xcomp" or node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                         for c in node.children)
        first, via_conj, from_xcomp, node = False, node.dep_ == "conj", to_clause, node.head
    if yes_no_question(trigger):
        marks.add("hypothetical")
    for kind in ("negated", "hypothetical", "alleged"):
        if kind in marks:
            return kind
    return "asserted"


def yes_no_question(tok) -> bool:
    """*Did Tehran supply those drones to Moscow?*, *Q: Will Israel strike Iran?*: a question that opens with its
    auxiliary asks whether something happened; it asserts nothing (*Why did Israel strike?* presupposes the strike)."""
    sent = tok.sent
    if sent[-1].text != "?" and not (len(sent) > 1 and sent[-1].is_punct and sent[-2].text == "?"):
        return False
    if tok.pos_ == "NOUN" and is_definite(tok):
        return False  # *Did the US take part in last night's Israeli strikes?*: the strikes themselves took place
    words = [t for t in sent if not t.is_punct and t.text not in ("Q", "Question")][:4]
    if len(words) > 1 and words[0].pos_ in ("PROPN", "NOUN", "INTJ") and words[0].nbor(1).text == ",":
        words = words[1:]  # a vocative: *General, did American aircraft …?*
    return bool(words) and (words[0].tag_ == "MD" or words[0].lemma_.lower() in ("do", "be", "have")) and \
        words[0].i < tok.i


def particle_ok(node, m: dict) -> bool:
    """*ruled out strikes* negates them; *the rule of the junta* does not: some words mark only with their particle."""
    need = m["needs_particle"].get(node.lemma_.lower())
    return need is None or any(c.dep_ == "prt" and c.lower_ == need for c in node.children)


def is_factive(node, m: dict) -> bool:
    """*after Hamas launched its attack*: a temporal or causal clause states a fact."""
    marks = m["factive_marks"]
    if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
        return True
    return node.dep_ in ("pcomp", "pobj") and node.head.lower_ in marks


def is_definite(noun) -> bool:
    """*the group*, *Hezbollah's fire*, *these strikes*, a name: a noun phrase about something given."""
    if noun.pos_ == "PROPN":
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their", "his",
                                                          "her") or c.dep_ == "poss" for c in noun.children)


def denied_tails(sdoc, actor_at: dict, m: dict) -> dict[int, list[tuple[int, str, int]]]:
    """*accused Pakistan of arming the group, a charge Islamabad rejects*: a sentence ending in a charge its
    subject denies. For each sentence start, ``(comma index, denier, clause head index)``: what the denier is said to do before
    the comma is denied, whatever the parse made of the tail (often a compound noun, *charge Islamabad rejects*)."""
    out: dict[int, list[tuple[int, str, int]]] = {}
    nouns = set(m["content_nouns"]) | {"charges", "claims", "allegations", "accusations"}
    text = paragraph_text(sdoc)
    if ", a" not in text and ", the" not in text or not any(f"{det} {noun}" in text for noun in nouns
                                                           for det in (", a", ", an", ", the")):
        return out  # (most paragraphs: no such tail, no token read)
    for i, tok in enumerate(sdoc[:-3]):
        if tok.text != "," or sdoc[i + 1].lower_ not in ("a", "an", "the") or sdoc[i + 2].lower_ not in nouns:
            continue
        for j in range(i + 3, min(i + 9, tok.sent.end)):
            word = sdoc[j]
            if word.lemma_.lower() in ("deny", "reject", "dismiss", "dispute", "refute") or \
                    word.lower_ in ("denies", "rejects", "dismisses", "disputes", "refutes"):
                deniers = [actor_at[k] for k in range(i + 3, j) if k in actor_at]
                if deniers:
                    # the charge is the clause before the comma, up to its coordination (*X struck Y, and Z accused
                    # X of war crimes, a charge X rejects*: not the strike)
                    clause = sdoc[i - 1]
                    while clause.dep_ not in ("ROOT", "conj") or clause.pos_ not in ("VERB", "AUX"):
                        if clause.head.i == clause.i:
                            break
                        clause = clause.head
                    out.setdefault(tok.sent.start, []).append((i, deniers[-1], clause.i))
                break
            if word.text in (",", ";", ".") or word.pos_ == "VERB" and word.lemma_.lower() not in ("have", "be"):
                break
    return out
