"""Ordinary English words: what a translator translates even in a short heading or label.

A general list, written for documentation and not for one site: common nouns,
verbs, adjectives and adverbs of instructions and explanations ("summary", "steps",
"expected", "purpose", "recovery", "performance").  It deliberately leaves out the
words that technical writers in other languages keep in English as terms
(``snapshot``, ``offset``, ``consumer``, ``topic``, ``partition``, ``connector``,
``slot``, ``lag``, ``gauge``, ``cluster``, ``pipeline``, ``broker``, ``schema``,
``deploy``…), the words that mostly build compound terms (``group``, ``mode``,
``status``, ``key``, ``value``, ``source``, ``record``, ``version``, ``history``,
``state``, ``type``, ``pattern``, ``level``, ``policy``: "consumer group", "GTID mode",
"schema history") and product or feature names.  A unit written in Latin script alone
that has one of these words is English text, not a term; units made only of terms
and names are left alone.
"""

from __future__ import annotations

ORDINARY_ENGLISH = frozenset(
    """
    about above accept access account achieve action actions active actual actually add added adding addition
    additional address advanced advantage advantages after again against alert alerts allow allowed almost alone
    along already alternative always amount analysis answer apply applied approach appropriate area areas around
    article ask assess assessment attempt automatic automatically available average avoid aware back background
    bad basic basics be become before begin beginning behavior behaviour behind below benefit benefits best
    better between beyond big bottom break brief bring build built business busy but call called can care
    careful case cases catch cause causes caution certain challenge challenges chance change changed changes
    chapter check checked checklist checks choice choose chosen clean clear close closed common compare
    comparison complete completed completion complex concept concepts conclusion condition conditions consider
    consistent contents context continue control copy correct cost costs course cover create created creating
    current currently custom daily danger dangerous date day days deal decide decision decisions default define
    definition delay delete delivery describe description design detail detailed details detect develop
    difference different difficult direct directly disable disabled discover display do document done down draft
    drop during duration each early easy effect effective either else enable enabled end ending enough ensure entire
    environment error errors estimate estimated evaluate even every everything evidence exactly example examples
    exercise exercises exist existing expect expected experience explain explanation extra fact fail failed
    failing fails failure failures false fast feature features few final finally find finding findings fine
    finish finished first fix fixed flow follow following force found free frequency from full fully future gap
    general get give given goal goals good great guide guideline guidelines half handle happen happens hard have
    help high higher hold hour hours how however idea identify ignore impact important improve improvement
    include included including increase independent information initial input inside instead instruction
    instructions issue issues item items just keep kind know knowledge known large last late later latest lead
    learn learned learning least left lesson lessons less let life light like limit limits list little live long
    look loss lost low lower main maintain major make manage management manual many mapping mark match matter
    maximum maybe mean meaning means measure medium meet method methods middle might minimum minor minute
    minutes miss missing mistake mistakes modify module monitor more most move much multiple must necessary need
    needed needs never new next normal note notes nothing notice now objective objectives obvious often old once
    one only open operation operations option optional options other out outcome output over overview own part
    parts pass past pause per perform performance period permission phase pick place plan planning point points
    poor position possible potential practice practices prefer prepare prerequisite prerequisites present
    prevent previous price primary principle principles prior priority problem problems procedure procedures
    process progress project proper protect provide purpose quality question questions quick quickly rather
    reach read ready real reason reasons recent recommend recommendation recommendations recommended recover
    recovery reduce reference regular related release remain remember remove repeat replace report request
    required requirement requirements resolve resolution response result results return review right risk risks
    rotation rule rules run running safe safety same save scenario scenarios scope second seconds section see
    select send separate set setting settings setup share short should show side similar simple single size slow
    small solution solutions some something sometimes soon special specific speed stable stage standard start
    started step steps still stop strategy strong structure study success successful such suggest summary
    support sure system take target task tasks team test tested then there thing things think third those
    threshold through time timeline times tip tips today together too tool tools top total track tracking trade
    training trigger true try turn typical under understand understanding unique unknown until up update updated
    usage use used useful user users using usual usually valid validate validation verify verification very
    volume wait want warning warnings way ways week well what when where whether which while who whole why will
    with within without work working works world worse worst write wrong year yes your
    """.split()
)
