"""Norwegian as fans write it: dialect and nynorsk forms read as the bokmål the cues know.

Trøndersk, Bergen, Rogaland, northern dialects and nynorsk spell the words that carry a
question ("ka", "kem", "korleis", "koffor", "ikkje", "nåkka") differently from bokmål ("hva",
"hvem", "hvordan", "hvorfor", "ikke", "noe"). The reader's cues and function words are
written once, in bokmål; these tables turn the spoken forms into it first, so a cue written
for "hva sa" reads "ka sa", "kva sa" and "kæ sa" alike.

Only words about *how* something is asked are listed (question words, pronouns, common verbs
and adverbs); no names. A word here is read so only in a question that is Norwegian (one of
:data:`DIALECT_MARKERS` or the reader's bokmål markers in it): "e" is "er" in "e det sant", not
in English.

English has the same layer in :mod:`bot.ask.informal` (Scots, Irish, American, phone spelling).
"""

from __future__ import annotations


def forms_table(text: str) -> dict[str, str]:
    """Lines "standard: form form …" as {form: standard} (long tables stay readable)."""
    table: dict[str, str] = {}
    for line in text.strip().splitlines():
        standard, forms = line.split(":")
        for form in forms.split():
            table[form] = standard.strip()
    return table


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# spoken or nynorsk form -> bokmål (what the cues, function words and markers are written in)
DIALECT: dict[str, str] = forms_table(
    """
    hva: ka kva kæ ke
    gi: gje gjev gjeve
    blir: vert verte
    høy: høg
    høyt: høgt
    høye: høge
    siden: sidan sia
    nå: no
    da: då
    målene: måla målane
    følge: fylgje fylgja
    fulgt: fylgt
    dager: dagar
    veldig: veldi
    gjerne: gjedna gjerna
    snakker: snakkar
    snakket: snakka
    uttalte: uttala
    ordene: orda ordi
    liknende: liknande
    løperen: løparen
    løpere: løparar løparane
    medregnet: medrekna
    utendørs: utandørs
    holdt: halde haldne
    gangen: gongen
    gjør: gjer
    sier: seier
    trenger: treng
    se: sjå
    hørt: høyrt
    hørte: høyrde
    uten: utan
    sammen: saman
    først: fyrst
    uke: veke
    uka: veka
    måned: månad
    morgen: morgon
    senere: seinare
    senest: seinast
    fortsatt: framleis
    derfor: difor
    vært: vore
    være: vere vera
    ingenting: inkje
    hos: hjå
    tjener: tenar tener
    været: vêret
    vær: vêr
    oppgjørene: oppgjera oppgjerda
    oppgjør: oppgjer
    øynene: auga augo
    hvem: kem kæm kven hvæm
    hvor: kor kvar hvur
    hvordan: korleis kordan kossen kossn koss åssen åssn hvorden kolles kordn
    ligger: ligg
    hvorfor: koffor kofor koffør korfor kvifor kaffor åffer åffår hvafor hvorfår
    når: kåtid katti kattid
    hvilken: kaslags kasslags
    ikke: ikkje ikkj ikje itj ittj ente inte ikek ikk
    jeg: eg æ je jæ
    meg: mæ
    deg: dæ
    seg: sæ
    dere: dokker dokkar dokk dykk dåkker dåkk
    deres: dokkers dykkar
    det: d
    de: dei
    en: ein
    et: eit
    hun: ho hu
    hans: hass hannes
    er: e ær
    var: va
    ble: vart blei
    blitt: vorte
    tror: trur
    trodde: trudde
    vet: veit
    vinner: vinn vinnar
    finaler: finalar
    finalene: finalane
    vant: vann
    vunnet: vunne vonne vunni
    slått: slege slegi sleget slage
    hverandre: kvarandre kvarandra kvarandres
    mener: meine meina meiner meinar
    mente: meinte meint
    synes: synest syns synst
    skadet: skada skadd
    syk: sjuk
    syke: sjuke
    løp: sprang laup sprant
    løper: spring springer laupar
    løpe: springe springa laupa
    gikk: gjekk gjikk
    kommer: kjem kjæm kjøm kømmer
    fikk: fekk
    sier: sei seie seia
    skal: ska sjka
    skulle: sku skull
    hadde: hadd
    noe: nåkka nokka noko nåke nåkke nåka nokke noka
    noen: nokon nåken nån nåkken nokre nåkån nokan
    mye: mykje møkje mykkje
    hele: heile
    tiden: tida tia tidn
    bare: berre bære bærre barre
    også: òg
    til: te tel
    av: tå
    eller: elle ell
    nå: nu
    enda: enno ennu
    selv: sjølv sjøl
    flere: fleire
    første: fyrste fyste føste
    ganger: gonger gonga gånga ganga gongar
    gang: gong
    mellom: millom mellomm
    mot: imot imót imote
    fra: frå ifrå ifra
    for: førr
    egentlig: eigentli eigentleg egentli egentle eintli eigentlig egentleg
    kanskje: kanskj kansje
    sommer: sommar
    raskest: kjappast raskast
    raskere: kjappare kjappere raskare
    """
)
# two words said as one question word: "ka tid løpe jakob" is "når løper jakob"
DIALECT_PAIRS: dict[tuple[str, str], str] = {
    ("ka", "tid"): "når",
    ("kva", "tid"): "når",
    ("hva", "tid"): "når",
    ("kor", "tid"): "når",
    ("kor", "mykje"): "hvor mye",
    ("kor", "mange"): "hvor mange",
    ("kor", "lenge"): "hvor lenge",
    # a championship indoors clipped: "inne-VM", "inne em" (read as "innendørs-VM")
    ("inne", "vm"): "innendørs vm",
    ("inne", "em"): "innendørs em",
    # the mile as Norwegians say it ("ei mil" alone is ten kilometres)
    ("engelsk", "mil"): "mila",
}
# dialect words no English question has: one of them makes a question Norwegian
DIALECT_MARKERS = word_set(
    """
    ka kva kæ kem kæm kven kor kvar korleis kordan kossen åssen koffor kofor korfor kvifor
    ikkje ikkj itj ittj nåkka nokka noko nokon nåken mykje heile berre eigentli eigentleg
    egentli veit trur trudde sprang gjekk kjem fekk frå ifrå dokker dåkker millom imot
    fyrste fleire sjølv kjappast kjappare vinn sommar vunne meine skada skadd finalar finalane
    hvorfor ikke tror noe hele også kanskje ble hvilken hvilke
    eit ein dei vart sidan gje høg framleis seinare korleis kvifor utan saman dokkar kossn
    """
)


def bokmaal(words: list[str]) -> list[str]:
    """The words of a Norwegian question in bokmål: dialect forms and pairs replaced."""
    out: list[str] = []
    index = 0
    while index < len(words):
        pair = (words[index], words[index + 1]) if index + 1 < len(words) else None
        if pair in DIALECT_PAIRS:
            out.extend(DIALECT_PAIRS[pair].split())
            index += 2
            continue
        out.append(DIALECT.get(words[index], words[index]))
        index += 1
    return out


# Norwegian words read as their English counterparts before anything else
NORWEGIAN: dict[str, tuple[str, ...]] = {
    "i": ("in",),
    "på": ("at",),
    "vm": ("worlds",),
    "em": ("euros",),
    "ol": ("olympics",),
    "drømmemila": ("dream", "mile"),
    "innendørs": ("indoors",),
    "finalen": ("final",),
    "finale": ("final",),
    "finaler": ("finals",),
    "finalene": ("finals",),
    "semifinalen": ("semi",),
    "heatet": ("heat",),
    "forsøk": ("heat",),  # "ut i forsøket": out in the heats
    "pall": ("podium",),  # "hvem kom på pallen"
    "pallplass": ("podium",),
    "semifinale": ("semi",),
    "mot": ("vs",),
    "første": ("first",),
    "siste": ("last",),
    "sitat": ("quote",),
    "tilfeldig": ("random",),
    "tilfeldige": ("random",),
    "resultater": ("results",),
    "resultatene": ("results",),
    "resultat": ("results",),
    "resultatliste": ("results",),
    "nr": ("nummer",),
    "tidslinje": ("timeline",),
    "verdensrekord": ("world", "record"),
    "verdensrekorder": ("world", "records"),
}
