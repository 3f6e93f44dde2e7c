"""Why a word was found, in plain words: one sentence per rule id, Swedish and English.

The review window (and anything else that shows a finding to a person) says *why* with
:func:`rule_sentence`, never with the rule's id or a score. The ids are those of the passes in
this package (``docs/pseudonymisation.md`` lists them); an id this table does not know yet gets
a sentence by its kind, so a new rule is never shown as code.
"""

from __future__ import annotations

_RULES: dict[str, tuple[str, str]] = {
    # names
    "listed_name": (
        "Namnet står på namnlistan.",
        "The name is on the name list.",
    ),
    "listed_name_part": (
        "Ordet är en del av ett namn på namnlistan.",
        "The word is part of a name on the name list.",
    ),
    "listed_name_or_word": (
        "Ett namn från namnlistan som också är ett vanligt ord, först i meningen: namn eller ord?",
        "A name from the name list that is also an ordinary word, at the start of a "
        "sentence: name or word?",
    ),
    "gazetteer_name": (
        "Ordet är ett vanligt för- eller efternamn.",
        "The word is a common first name or surname.",
    ),
    "full_name": (
        "Ett förnamn med ett efternamn bredvid.",
        "A first name with a surname next to it.",
    ),
    "name_or_word": (
        "Kan vara ett namn eller ett vanligt ord: bestäm vilket.",
        "Could be a name or an ordinary word: decide which.",
    ),
    "name_or_place": (
        "Kan vara ett namn eller en ort: bestäm vilket.",
        "Could be a name or a place: decide which.",
    ),
    "capitalised_word": (
        "Ett ord med stor bokstav mitt i meningen som inte är ett vanligt ord: kanske ett namn.",
        "A capitalised word in the middle of a sentence that is no ordinary word: perhaps a name.",
    ),
    "capitalised_word_repeated": (
        "Samma ord står med stor bokstav på andra ställen: kanske ett namn.",
        "The same word is capitalised elsewhere too: perhaps a name.",
    ),
    "unknown_word": (
        "Ett ord först i meningen som ingen svensk ordlista känner till: kanske ett namn.",
        "A word at the start of a sentence that no Swedish dictionary knows: perhaps a name.",
    ),
    "lowercase_name": (
        "Ett namn skrivet med liten bokstav.",
        "A name written in lower case.",
    ),
    "hyphenated_name": (
        "Ett dubbelnamn med bindestreck.",
        "A double name with a hyphen.",
    ),
    # han/hon and their forms
    "pronoun": (
        "Han eller hon blir hen.",
        "He or she (han/hon) becomes hen.",
    ),
    "coordinated_pronoun": (
        "”Han eller hon” blir hen.",
        "“Han eller hon” becomes hen.",
    ),
    "hans_sentence_initial": (
        "”Hans” först i meningen: namnet Hans eller ordet hans?",
        "“Hans” at the start of a sentence: the name Hans or the word hans (his)?",
    ),
    "hans_mid_sentence": (
        "”Hans” mitt i meningen: ordet hans blir hens.",
        "“Hans” in the middle of a sentence: the word hans (his) becomes hens.",
    ),
    "demonstrative": (
        "Denne eller denna om en person: kan visa kön.",
        "Denne or denna about a person: may show gender.",
    ),
    "gendered_noun": (
        "Ett ord som visar kön (till exempel mamma, dotter): kan bytas mot ett neutralt.",
        "A word that shows gender (e.g. mamma, dotter): can be replaced with a neutral one.",
    ),
    "gendered_noun_no_suggestion": (
        "Ett ord som visar kön men inget neutralt ord passar här: behåll eller skriv om.",
        "A word that shows gender but no neutral word fits here: keep it or rewrite.",
    ),
    "clitic": (
        "Talspråk för han eller hon (”’an”, ”’na”).",
        "Spoken short form of he or she (“’an”, “’na”).",
    ),
    "suspended_compound": (
        "Hon- eller han- i en sammansättning (”hon- och hanhundar”): byt inte automatiskt.",
        "Hon- or han- in a compound (“hon- och hanhundar”): not replaced automatically.",
    ),
    "hyphen_compound": (
        "Hon eller han med bindestreck i ett sammansatt ord (”hon-katten”).",
        "Hon or han hyphenated into a compound (“hon-katten”).",
    ),
    "brand_name": (
        "Ser ut som ett företagsnamn (”Hennes & Mauritz”).",
        "Looks like a company name (“Hennes & Mauritz”).",
    ),
    "title_of_address": (
        "En titel (”Hans Majestät”).",
        "A title of address (“Hans Majestät”).",
    ),
    "word_about_word": (
        "Ordet nämns som ord (”orden han och hon”), inte om en person.",
        "The word is mentioned as a word (“the words han and hon”), not about a person.",
    ),
    "foreign_quote": (
        "Ett citat på ett annat språk: ordet betyder kanske något annat där.",
        "A quote in another language: the word may mean something else there.",
    ),
    # identifiers
    "personnummer": ("Ett personnummer.", "A personal identity number."),
    "samordningsnummer": ("Ett samordningsnummer.", "A coordination number."),
    "personnummer_unchecked": (
        "Ser ut som ett personnummer men kontrollsiffran stämmer inte.",
        "Looks like a personal identity number but the check digit is wrong.",
    ),
    "phone": ("Ett telefonnummer.", "A phone number."),
    "spoken_digits": (
        "Siffror utskrivna med bokstäver, kanske ett telefonnummer.",
        "Digits written out as words, perhaps a phone number.",
    ),
    "email": ("En e-postadress.", "An e-mail address."),
    "street_address": ("En gatuadress.", "A street address."),
    "postcode_town": ("Ett postnummer och en ort.", "A postcode and a town."),
    "apartment_or_box": (
        "Ett lägenhets- eller boxnummer.",
        "An apartment or post-box number.",
    ),
}

#: By kind, for an id the table does not know yet (never shown as code).
_KINDS: dict[str, tuple[str, str]] = {
    "name": ("Kan vara ett namn.", "Could be a name."),
    "pronoun": ("Ett ord som visar kön.", "A word that shows gender."),
    "genitive": ("Ett ord som visar kön.", "A word that shows gender."),
    "personnummer": ("Ett personnummer.", "A personal identity number."),
    "phone": ("Ett telefonnummer.", "A phone number."),
    "email": ("En e-postadress.", "An e-mail address."),
    "address": ("En adress.", "An address."),
    "demonstrative": (
        "Denne eller denna om en person: kan visa kön.",
        "Denne or denna about a person: may show gender.",
    ),
    "clitic": ("Talspråk för han eller hon.", "Spoken short form of he or she."),
    "gendered_noun": ("Ett ord som visar kön.", "A word that shows gender."),
}
_ANY = ("Kan peka ut en person.", "Could identify a person.")


def rule_sentence(rule: str, language: str = "sv", kind: str = "") -> str:
    """Why a finding was made, as a sentence for a person ("Namnet står på namnlistan.")."""
    index = 1 if language == "en" else 0
    pair = _RULES.get(rule) or _KINDS.get(str(kind)) or _ANY
    return pair[index]


def known_rules() -> frozenset[str]:
    return frozenset(_RULES)
