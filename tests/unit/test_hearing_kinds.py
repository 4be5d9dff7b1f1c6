"""Hearing by kind (docs/hearing.md): each kind of thing a runner says is heard as a mechanism,
in words of its own, not the corpus's. A flag must be named; an everyday message must be neither
a flag nor body talk that holds; "cabin fever" and its kin never get the emergency flag."""

from __future__ import annotations

import pytest

from bot.protocol_files import default_itb_talk, load_red_flags

VOCABULARY = load_red_flags()
TALK = default_itb_talk()


def ids(text: str) -> set[str]:
    return {flag.id for flag in VOCABULARY.find(text)}


def held(text: str) -> bool:
    return bool(ids(text)) or TALK.place_heard(VOCABULARY, text).holds


@pytest.mark.parametrize(
    "text",
    [
        # a clinician's or carer's talk about the people they look after
        "saw a patient this morning whose knee was badly swollen",
        "my patient broke her leg skiing, long day at the clinic",
        "two patients with numb feet in clinic today, then a steady 5k",
        # history long over
        "tore my meniscus years ago, it never bothers me now",
        "when I was 16 I had a stress fracture in my foot, no trouble since",
        "a decade ago? no - years ago my knee gave way playing rugby, it's been fine for ages",
        # questions about a sign, not reports of one
        "is it common for runners to get numbness in the foot?",
        "how do I know if it's a fracture and not just tight muscles?",
        "is it usual to have swelling with ITB, or is that a different thing?",
        # idioms: fever with no body and no feeling unwell
        "three weeks indoors and I've got cabin fever, desperate for a run",
        "spring fever has hit, signed up for three races",
        "my hay fever is awful this week, ran with tissues",
        # ordinary and positive reports
        "the knee stayed quiet for the whole 10k",
        "hip felt solid on the hills today, 1/10",
        "the outside of the knee was giving out a bit of grief at the end, 2/10",
    ],
)
def test_everyday_kinds_are_not_held(text: str) -> None:
    assert not held(text), (text, ids(text))
    assert "hot-red-fever" not in ids(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # "is it normal that ..." about the runner's own knee is a report
        ("is it normal that my knee has swollen up like this?", "swelling"),
        # history, then now
        ("years ago I broke it and now the knee is swollen again", "swelling"),
        # Scots and Nigerian Pidgin spellings
        ("I cannae put ony weight on it", "no-weight"),
        ("it was gowpin in the nicht", "night-pain"),
        ("aches when I'm sat doon at my work", "night-pain"),
        ("the pain no dey let me sleep", "night-pain"),
        ("my body dey hot and the knee is red", "hot-red-fever"),
        # lost function told through "haven't been able to"
        ("I haven't been able to walk on it since Tuesday", "no-weight"),
        # giving way described
        ("the leg wobbled on the kerb and I grabbed the railing", "gives-way"),
        ("my knee folded under me on the descent", "gives-way"),
        ("the knee just let go halfway down the stairs", "gives-way"),
        ("knee is losing its strength whenever I pivot", "gives-way"),
        # swelling told by size, clothes or feel
        ("the left knee is visibly bigger than the right", "swelling"),
        ("my leggings are tight round the knee today", "swelling"),
        ("knee feels boggy and squishy on the outside", "swelling"),
        ("there's a soft lump come up beside the kneecap", "swelling"),
        # blows by objects
        ("caught a cricket ball to the knee at practice", "trauma"),
        ("the car door swung into my knee", "trauma"),
        # night and rest pain described
        ("the ache never switches off, day or night", "night-pain"),
        ("the leg won't let me sleep", "night-pain"),
        # bone pain described
        ("there's an exact spot on my shin that's tender", "bone-pain"),
        ("it hurts right on the bone above the ankle", "bone-pain"),
        # foot drop described
        ("my toes keep scraping the floor when I walk", "foot-drop"),
        ("the front of the foot isn't lifting properly", "foot-drop"),
        # fever described
        ("knee is hot and I've had the sweats all night", "hot-red-fever"),
        ("feeling feverish, knee swollen", "hot-red-fever"),
        ("shaking and sweating and the knee is red", "hot-red-fever"),
        ("I've got a high fever", "hot-red-fever"),
        ("fever since lunch", "hot-red-fever"),
    ],
)
def test_flag_kinds_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), (text, ids(text))


def test_a_spanish_phrase_in_english_text_keeps_english_context() -> None:
    # "fractur*" is a Spanish phrase too: in an English sentence about another person, the
    # English context words decide, and it is not the runner's.
    assert ids("my neighbour fractured his ankle on the ice") == set()
    assert "bone-pain" in ids("I think I fractured my ankle on the ice")


@pytest.mark.parametrize(
    "text",
    [
        # a patient's signs, the runner's own run in the same message
        "Had a client with a red hot puffy ankle and a fever on my ward, sent him to ED. 6k, 2/10",
        "my patient's knee was hot and swollen, she had a temperature. I jogged home, knee ok",
        # an animal's limb, described, beside the runner's report
        "the horse's front leg keeps buckling, farrier coming. Easy 5k for me, 2/10 outside knee",
        # long over, said in the next clause
        "had a swollen ankle after the car crash in 2015, but that's long gone",
        # a question about a sign in general, the sign first
        "Can numbness be part of ITB syndrome, or is that different?",
        "Does tingling ever come with a tight IT band?",
        # the knee doing well, in words with no symptom
        "the team's midfield collapsed in the last ten minutes, my knee held up fine on my run",
        "wet through after the long run but the knee behaved itself",
        # a pain score with no place, placed by the outside of the knee in the same message
        "outer knee a little tight, pain 2 by 10, can I move to the next week?",
    ],
)
def test_more_everyday_kinds_are_not_held(text: str) -> None:
    assert not held(text), (text, ids(text))
    assert "hot-red-fever" not in ids(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # swelling by comparison to a thing, and its size staying
        ("my knee came up like a grapefruit overnight", "swelling"),
        ("ankle's about the size of an orange after the trail race", "swelling"),
        ("it ballooned on Sunday and the knee is still that size", "swelling"),
        # trauma by a vehicle or a collision
        ("a scooter clipped me at the crossing, knee is sore", "trauma"),
        ("collided with a bin on the towpath and my shin took the brunt", "trauma"),
        # nerve: no feeling
        ("my toes went dead halfway round", "nerve"),
        ("I can't feel the ground under my left foot", "nerve"),
        ("my feet feel like they're asleep all the time", "nerve"),
        # not bearing weight
        ("I can't step on it since the fall", "no-weight"),
        ("the leg won't carry my weight any more", "no-weight"),
        ("I need someone to walk me to the loo", "no-weight"),
        ("getting around on one leg since Tuesday", "no-weight"),
        ("I can't get up the hall on that leg", "no-weight"),
        # locked
        ("it bends and then refuses to straighten", "locked"),
        # foot drop
        ("my trainer keeps scuffing the pavement on that side", "foot-drop"),
        ("I can't lift the front of my foot", "foot-drop"),
        # bone pain
        ("I pressed on my shin and found a place that made me yelp", "bone-pain"),
        # rest pain inside a report
        (
            "ran Monday, but on the sofa last night the knee had a dull ache that won't settle",
            "night-pain",
        ),
    ],
)
def test_more_flag_kinds_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), (text, ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "front of my knee, just below the kneecap, sore going up stairs",
        "my knee cap grinds when I crouch, hardly hurts",
    ],
)
def test_pain_in_another_place_holds(text: str) -> None:
    assert TALK.place_heard(VOCABULARY, text).holds, text


@pytest.mark.parametrize(
    "text",
    [
        # history long healed, told after the sign or in the clause after it
        "I sprained my ankle badly as a teenager, all healed",
        "my knee got swollen after a fall as a kid but nothing since",
        "snapped my wrist in 2009, fully healed now, mentioning it for the record",
        # asking ahead of a sign
        "if the leg ever buckles under me do I phone the clinic or you",
        "what happens if I wake with it throbbing at night? asking before it happens",
        # weather, not the runner's body
        "sunny but the wind gave me chills on the seafront, lovely 8k",
        "red hot day, out at 4am to dodge the heat",
        # a clinician's patient, the runner's own report after
        "patient had a numb foot after surgery this morning, my ITB was fine on the walk home",
        # a plain exercise question
        "how many reps of the side lying leg lifts do I do?",
    ],
)
def test_everyday_kinds_of_the_fourth_set_are_not_held(text: str) -> None:
    assert not held(text), text


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my leg had no strength on the steps and I nearly fell", "gives-way"),
        ("my calf's gone deid, cannae feel a thing", "nerve"),
        ("mi cyaan tek weight pon di leg", "no-weight"),
        ("the knee froze bent on the bus and I had to wiggle it loose", "locked"),
        ("toes catch the ground and my foot slaps down every step", "foot-drop"),
        ("I try to lift my toes but the foot just hangs", "foot-drop"),
    ],
)
def test_flag_kinds_of_the_fourth_set_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), text


@pytest.mark.parametrize(
    "text",
    ["my big toenail has gone purple", "quad feels like it's about to snap"],
)
def test_unplaced_kinds_of_the_fourth_set_hold(text: str) -> None:
    assert held(text), text


def test_a_cold_report_with_the_body_is_still_heard() -> None:
    assert "hot-red-fever" in ids("chills all night and my knee is red and hot")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("for future reference, my knee is swollen and I can't put weight on it", "no-weight"),
        ("just checking what to do, my knee gave way twice today", "gives-way"),
    ],
)
def test_asking_ahead_never_silences_a_sign_told_plainly(text: str, flag: str) -> None:
    assert flag in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # an animal's or a named person's body, by "'s"
        "the mare's front leg is swollen so the vet is out today, my knee was fine on the 8k",
        "Priya's ankle gave way at netball, I drove her to A&E, easy 5k after",
        # a thing that strikes no body: a figure of speech, "me" after it or not
        "that electricity bill knocked me sideways, still got the long run done",
        # a noise or a person wakes the runner, not pain
        "the neighbours' party woke me at 2, sluggish tempo, knee quiet",
        # a year long past
        "had an arthroscopy on this knee in 2011, never an issue",
        # idioms with a body part, and the body as a topic of talk
        "been on my feet all day at the stall, then an easy 4k",
        "my running club mates are sick of me moaning about my knee",
        # "nobody" negates
        "the garden wall collapsed in the storm, nobody injured",
        # crowds and nations
        "we lost the final on penalties and the whole town is hurting",
    ],
)
def test_everyday_kinds_of_the_fifth_set_are_not_held(text: str) -> None:
    assert not held(text), (text, ids(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a describing word after "gone" is no "gone" of over
        ("the knee's gone bright red and it's warm to touch", "hot-red-fever"),
        ("shivering under the duvet and feel rotten, knee sore", "hot-red-fever"),
        # lost function in regional English
        ("i no able to walk on it since the fall, my husband carried me", "no-weight"),
        ("putting any weight on it is unbearable", "no-weight"),
        ("been on crutches since Saturday", "no-weight"),
        # a sensation told by what it is like
        ("like an electric current down my shin when I land", "nerve"),
        ("there's a zap into my heel every few strides", "nerve"),
        ("I can't feel the skin on the side of my thigh", "nerve"),
        # a fall that lands on the runner's body
        ("slipped off the stepladder and came down on my left knee", "trauma"),
        # catching and locking
        ("it catches and locks halfway up the stairs", "locked"),
        ("feels like something is jammed in the joint", "locked"),
        ("the leg just quits on me on the downhills", "gives-way"),
        # a point on the bone
        ("there's one spot on my shin bone that's really tender", "bone-pain"),
        # a likeness is no one else
        ("it throbs like a dog chewing on my knee all night", "night-pain"),
    ],
)
def test_flag_kinds_of_the_fifth_set_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), (text, ids(text))


def test_jumpy_restless_legs_hold() -> None:
    assert held("my legs twitch and feel restless in bed, I can't settle them")


@pytest.mark.parametrize(
    "text",
    [
        # a clause that goes on about someone named before it, in the same sentence
        "wasp got my son on the wrist at the fair, it's swollen up, he's grand",
        "my sister ran her first marathon, said the cramps were brutal, so proud",
        # the people the runner cares for, before or right after the finding
        "the gentleman I look after can't stand unaided since his stroke, 5k done later",
        "the spaniel I treated had a hot swollen joint, off to the lab it went",
        # a general question about a knee, not the runner's
        "could a tight IT band make the knee swell? mine's fine, just curious",
        # dreams
        "dreamt I fell off a cliff during the race, woke up laughing",
        # the hour alone is no night pain, nor the evenings of rehearsals
        "alarm at 4am for the airport, ran 3k at the hotel, knee quiet",
        "choir practice every night this week so runs are early",
        # excitement, and a film that gave the runner chills
        "shaking with nerves before the school concert, easy 4k after",
        "that documentary gave me chills, proper moving, 6k tomorrow",
        # can't walk past, and a thing that can't bear weight
        "can't walk past the bakery on my loop without buying a bun",
        "the footbridge can't take the weight of the crowd so the parkrun is rerouted",
        # a body part of anyone
        "the feet of the people in the front row got soaked at the show",
    ],
)
def test_everyday_kinds_of_the_sixth_and_seventh_sets_are_not_held(text: str) -> None:
    assert not held(text), (text, ids(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("cannit bend it or straighten it, stuck at an angle", "locked"),
        ("slipped on the kerb and went down hard pon mi knee", "trauma"),
        ("got pins and noodles in my foot after 3k", "nerve"),
        ("feels like ants marching down my shin", "nerve"),
        ("up half the night with the knee, it just throbs", "night-pain"),
        ("the knee aches in the armchair in the evenings", "night-pain"),
        ("resting it makes no difference, still aching", "night-pain"),
        ("took a hockey ball on the side of the knee at training", "trauma"),
        ("the knee keeps going on me on the cambers", "gives-way"),
        ("knee's all puffed right up after the trail race", "swelling"),
        ("the whole knee filled up with fluid overnight", "swelling"),
        ("my knee is noticeably swollen this morning", "swelling"),
        ("the mare kicked me hard in the shin, bruised and sore", "trauma"),
    ],
)
def test_flag_kinds_of_the_sixth_and_seventh_sets_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), (text, ids(text))


def test_a_score_with_pain_in_another_place_still_holds() -> None:
    assert TALK.place_heard(VOCABULARY, "inside of the knee sore, 3/10 after 4k").holds


@pytest.mark.parametrize(
    "text",
    [
        # a general question whether something causes a sign
        "can tight glutes cause numbness in the foot? asking for a friend",
        # a later clause says the sign has not come back since
        "my heel went numb in the cold shop, swapped the insoles and no numbness since",
        # a body part named with no symptom, and the message says nothing hurt
        "the physio had me balance on each leg for a minute, no pain at all",
        # the figure of "had me in a fever", a plot twist, a sauna flush
        "the cup final had me in a fever, what a goal",
        "the plot twist in that film was brutal, 5k easy tomorrow",
        "out of the sauna red as a beetroot, legs loose",
        # idioms of hours and gadgets
        "working odd hours this week, can I run at lunch?",
        "new foot pod arrived, does it pair with the app?",
        # "nail's", "X's" as "X has", is the runner's or no one's
        "a horse's hoof caught my boot at the yard, no harm done, boot's scuffed",
        # not at night or at rest, a list under one negation
        "it never aches in bed or sitting down, only on long runs",
        # a body part of another, told as "his" or "her"
        "that match where the striker lost all feeling in his leg, grim",
    ],
)
def test_everyday_kinds_of_the_eighth_and_ninth_sets_are_not_held(text: str) -> None:
    assert not held(text), (text, ids(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("tender right over the bone just under the knee", "bone-pain"),
        ("hopping on that leg reproduces the pain exactly", "bone-pain"),
        ("jabbed my thumb on the shin bone and nearly hit the ceiling", "bone-pain"),
        ("paresthesia down the outside of the leg since Tuesday", "nerve"),
        ("pins and needles in my foot for 3 days now", "nerve"),
        ("zings down my leg like a live wire", "nerve"),
        ("knee throbs even when I'm seated at my desk", "night-pain"),
        ("came off my bike on the gravel, knee's a mess", "trauma"),
        ("my teammate clattered right into my knee at training", "trauma"),
        ("took a hockey stick on the kneecap at training", "trauma"),
        ("the nail's gone black and the toe is throbbing at night", "night-pain"),
    ],
)
def test_flag_kinds_of_the_eighth_and_ninth_sets_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), (text, ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "my calf's been sore and tight since the hills",
        "lower back is grumbling after the long drive",
        "knee feels a bit off. not the usual outside, just vaguely wrong",
        "my other knee has started aching now, the left one, on the inside",
    ],
)
def test_unplaced_kinds_of_the_eighth_and_ninth_sets_hold(text: str) -> None:
    assert TALK.place_heard(VOCABULARY, text).holds, text


@pytest.mark.parametrize(
    "text",
    [
        "the news about the layoffs left me numb, 5k anyway",
        "thunder kept me awake half the night, legs fine, 4k",
        "can't bear the weight of these exams, ran 3k to clear my head",
        "a client of mine has a knee that locks, I'm a trainer; my ITB 1/10",
        "dragging my feet over the tax return, ran instead",
        "side lying clams made my glutes sore, normal?",
        "knee's been 1/10 all week",
        "Coach, my legs are used to it now, 6k easy",
    ],
)
def test_everyday_kinds_of_the_tenth_and_eleventh_sets_are_not_held(text: str) -> None:
    assert not held(text), (text, ids(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("ma fit winna lift an the taes catch", "foot-drop"),
        ("the knee gied wye unner me at the bus stop", "gives-way"),
        ("cowped on the stairs an dunted ma knee", "trauma"),
        ("tuhod ko mainit and may lagnat ako, 38.5", "hot-red-fever"),
        ("cyan put de foot down, it cyan tek no weight", "no-weight"),
        ("I can't put any wait on it this morning", "no-weight"),
        ("dropped onto my knee on the kerb", "trauma"),
        ("knee aches when I'm just sat watching telly", "night-pain"),
        ("I was at the match and fell on my knee in the stand", "trauma"),
        ("Coach there is a swelling on my knee the size of an egg", "swelling"),
    ],
)
def test_flag_kinds_of_the_tenth_and_eleventh_sets_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), (text, ids(text))


@pytest.mark.parametrize(
    "text",
    [
        # "pain*" would hear "paint", a typo match of "pains" would hear "pins"
        "painting the fence all evening, arms tired, knee fine",
        "on pins waiting to hear about the job, 5k to calm down",
        # "because of" keeps the heat in the clause of "couldn't sleep"
        "couldn't sleep because of the heat, knee fine",
        # with a patient (a clinician's work), not with my family
        "spent the morning with a patient whose knee locks, my own ITB 1/10",
        # equipment named by a body part
        "is a knee brace worth it for the long run?",
    ],
)
def test_everyday_kinds_of_the_twelfth_and_thirteenth_sets_are_not_held(text: str) -> None:
    assert not held(text), (text, ids(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("went for a walk with my son and couldn't hop on the left after, sharp", "bone-pain"),
        ("a lad ran straight into the side of my knee at five-a-side", "trauma"),
        ("twsited my knee on a kerb", "trauma"),
        ("my leg's buzzing, electric zaps down the side of it", "nerve"),
        ("well actually my toes do feel a bit dead", "nerve"),
        ("it doesn't lock... well, it did get stuck on the stairs", "locked"),
        ("it's been keeping me awake the last few nights", "night-pain"),
        ("my foot's gone floppy and I can't pull it up", "foot-drop"),
        ("I have to lift my knee really high so the toes clear the kerb", "foot-drop"),
        ("knee went soft and I nearly fell on the stairs", "gives-way"),
        ("fell off my bike on the canal path", "trauma"),
        ("knee is hot and reddish and I feel feverish", "hot-red-fever"),
        ("couldn't sleep because of my knee", "night-pain"),
    ],
)
def test_flag_kinds_of_the_twelfth_and_thirteenth_sets_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), (text, ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "something just feels off in my left leg, can't say what",
        "my stomach cramps every time I run past 5k",
        "sorry I meant the pain's on the inside of the knee",
    ],
)
def test_unplaced_kinds_of_the_twelfth_and_thirteenth_sets_hold(text: str) -> None:
    assert TALK.place_heard(VOCABULARY, text).holds, text


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I could not put any weight through it this morning", "no-weight"),
        ("it will not go straight, stuck at an angle", "locked"),
        ("my shin's gone numb and tingly", "nerve"),
        ("the knee hit the floor hard when I slipped on the mat", "trauma"),
        ("a cyclist rode straight into my leg on the path", "trauma"),
    ],
)
def test_flag_kinds_of_the_last_sets_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text), (text, ids(text))


@pytest.mark.parametrize(
    "text",
    [
        "red hot out there today, 33 degrees, ran at dawn, outside knee 2/10",
        "in a fever of anticipation for the marathon",
        "can't straighten out my plans this week, 2 runs maybe",
        "what does foot drop mean? it's on the list, I don't have it",
        "swelling with pride after my first parkrun",
        "that album gives me tingles every time, 6k",
    ],
)
def test_everyday_kinds_of_the_last_sets_are_not_held(text: str) -> None:
    assert not held(text), (text, ids(text))
