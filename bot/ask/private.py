"""Private life asked after: a partner or children, family ties, a home, how to reach someone.

The store holds what athletes did and said in public, with sources; never whom they live
with, whom they are related to, where they live or how to reach them. Asked after in any
words, such a question gets the honest line of its topic ("personal") whatever else it
names: "har jakob dame??", "are reynold and timothy brothers?", "what's kerr's home
address", "hvor bor jakob". The words of a description ("the ingebrigtsen brothers", "what
did henrik say about his brother") ask nothing of the kind; nor does a story that mentions an
address ("where did they get his address, was that josh?").
"""

from __future__ import annotations

# family ties, and what comes after a plural of them when it names a group ("are the two
# brothers racing at bislett" asks of a race)
KIN = (
    r"(brothers?|sisters?|siblings?|cousins?|twins?|relatives?|related|family|in-laws|"
    r"father and son|brødre|brødrene|brør|bror|broren|søster|søstre|søsken|sysken|syster|"
    r"fetter|fettere|søskenbarn|tvilling\w*|(i|in) (slekt|familie)|slektning\w*|familie|"
    r"far og sønn)"
)
# how a person is reached: an address, a phone number, an email
CONTACT = (
    r"(address|addresses|adresse\w*|adressa|postadress\w*|phone numbers?|phone no|"
    r"nummeret|mobile numbers?|cell numbers?|telefonnummer\w*|telefonnr|mobilnummer\w*|"
    r"mobilnr|e-?mail address|e-?mails?|epost\w*|e-post\w*|mailadress\w*)\b"
)
GOING = (
    r"(racing|running|race|run|racer|runs|løper|springer|spring|at|in|on|i|på|this|next|"
    r"both|still|running|competing|training|trener)"
)
# a mood or a temper: why someone is the way he is can be told by no source ("koffor e kerr
# så sur heile tida", "why is jakob always so cocky", "er kerr alltid så sint?"); what he
# said of it is a quote ("what did kerr say about being grumpy" asks no why)
MOOD = (
    r"(grumpy|sur|surt|sure|grinete|gretten|gretne|arrogant|arrogante|cocky|rude|frekk|frekke|"
    r"angry|sint|sinna|mad|salty|bitter|moody|annoying|irriterende|irritert|smug|jealous|"
    r"sjalu|misunnelig|miserable|negative|negativ|cranky|hissig|kjepphøy|kjephøy|hoven|"
    r"stuck up|full of (himself|themselves)|stubborn|sta|weird|rar|rare|cold|kald|kalde|"
    r"shy|sjenert|sjenerte|happy|glad|blid|sad|trist|lei seg|boring|kjedelig|"
    r"mean|slem|emotional|nervous|nervøs|stressed|stressa)"
)
CHARACTER = (
    r"\b(why|how come|whys|why's|hvorfor|kvifor|korfor|åssen|hvordan kan) ((is|are|was|does|do|"
    r"er|e|var|va|ser|blir|virker) _|_ (is|'s|was|er|e|blir)) (\w+ ){0,2}(always |so |such an? |"
    r"this |alltid |så |sånn |slik |jo |ofte |often )+(\w+ )?" + MOOD + r"\b|"
    r"\b(is|er|e) _ (always|alltid|ever|never|aldri) (so |this |så |sånn )?" + MOOD + r"\b"
)
# words that refuse whatever else the question asks (the names as "_"): a partner or
# children, family ties, a home and its address, training volume, a mood
PRIVATE = (
    CHARACTER + r"|"
    r"\b(har|has|have|got) _ (\w+ )?(ei |en |a )?(dame|dama|kjæreste|kjærest|kone|kona|"
    r"girlfriend|gf|wife|boyfriend|barn|unger|ungen|kids?|children|baby|partner|missus|"
    r"sambo\w*|sambu\w*|fianc\w*|kjærast\w*)\b|"
    r"\b(dama|kona|kjæresten|kjæreste|damen) (til|hans|åt) _|"
    r"_ (sin|sitt|sine|si|'s|s) (dame|dama|kjæreste|kone|kona|girlfriend|gf|wife|kids|barn|"
    r"missus|partner|fianc\w*|sambo\w*|sambu\w*|kjærast\w*)\b|"
    r"\b(does|do) _ have (a |any )?(girlfriend|gf|wife|kids|children|partner|brothers?|"
    r"sisters?|siblings?)\b|"
    # family ties asked after: "are they brothers?", "er reynold og timothy i slekt",
    # "is X related to Y", "how are they related", "hvor mange søsken har jakob" (the
    # words of a description, "the ingebrigtsen brothers", ask nothing of the kind)
    rf"\b(are|r|is|were|er|e|va|var) (they|them|de|dei|dem|the two|those two|these two|"
    rf"both|de to|dei to|begge|_ (and|og|&|n) _) (\w+ )?{KIN}(?! {GOING})\b|"
    rf"\b_ (and|og|&|n) _ (they |de |dei )?(are|r|er|e) (\w+ )?{KIN}(?! {GOING})\b|"
    rf"\b(is|er|e|was|var) _ (_ |the |a |an |his |her |\w+s )?{KIN}( (of|to|til|av|åt|"
    rf"med|with) _)?(?= (or|eller)\b|$)|"
    r"\b(is|er|e) _ (related to|in the same family as|(i|in) (slekt|familie) (med|with|til|"
    r"to)) _|"
    r"\bhow (are|is|r) (they|_ and _|_|the two) related\b|"
    r"\b(hvordan|how) (er|are) (de|dei|_ og _|_ and _) (i|in) (slekt|familie)\b|"
    r"\b(how many|hvor mange|kor mange) (brothers|sisters|siblings|kids|children|søsken|"
    r"sysken|brødre|søstre|barn|unger)\b|"
    # where an athlete lives and how to reach him: his address, number or email asked for
    # ("where did they get his address" tells a story: no one's is asked)
    rf"\b_ (home |postal |private |e-?mail |epost |e-post )?{CONTACT}|{CONTACT} "
    rf"(of|for|to|til|åt|på) _|\b(what|what's|whats|wats|hva|kva|ka|give|gimme|gi|gje|send|"
    rf"share|post|dm|need|know|got|have|har|vet|veit|find|finne|finn) (me |meg |oss |us |is |"
    rf"er |e )?(the |his |her |their |a |hans |dens )?(home |postal |private |email |epost )?"
    rf"{CONTACT}|"
    r"\b(where (does|do|did) _ (live|stay)|(hvor|kor|kvar|where) (bor|bur|lives) _|"
    r"(hvor|kor|kvar) _ (bor|bur)|(contact|reach|kontakte|få tak i) _ (directly|"
    r"privately|privat|direkte|personally|personlig)|get in touch with _)\b|"
    # training volume: "km per week", "kilometer i uka", "double threshold"
    r"\b(weekly (volume|mileage|km)|(km|kms|kilometers?|kilometres?|kilometer|miles|mil) "
    r"(per|a|i|in|pr|in a|every) (week|uke|uka|day|dag|dagen)|double threshold|"
    r"dobbel terskel|terskeløkt\w*|treningsuk\w*|treningsopplegg\w*|treningsplan\w*|"
    r"treningsprogram\w*)\b"
)
