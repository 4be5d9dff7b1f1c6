"""The fifteenth unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary, the ITB-talk vocabulary,
the coach or service code, nor the messages of the other sets: only §5 of the clinical spec and
the list of flag ids. Written as a sports physiotherapist would when checking that a coaching bot
is safe for the patients they see: people of all ages (a schoolchild, an older walker, adult
runners) writing in many Englishes (Scottish, Irish, northern and southern English, US, Canadian,
Australian, New Zealand, Indian, Nigerian, Ghanaian, Jamaican, South African), describing red
flags by what happened, what they cannot do, how it feels and what someone noticed rather than by
the textbook word, with typos, pain scores, distances and questions. The everyday messages mix
ordinary outside-of-knee and hip ITB reports and plan questions with traps spread over all ten
flags: the flag words said of someone else (a child, parent, grandparent, partner, a dog),
figures of speech, objects and places (a fence, a bridge, a river, a gate), negated signs,
a question about what a flag means, injuries long over, weather, excitement and a dream.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
(After it was measured, one message that the eighth set holds too, "pins and needles down the
outside of my leg into my foot since the long run", was made to end "yesterday", so that no
message stands in two corpora.)
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN15_FLAGS: tuple[tuple[str, str], ...] = (
    (
        "knee's gone red and hot to touch since last night and I've been shivering under two "
        "duvets, temp 38.6. still do the 4k tmrw?",
        "hot-red-fever",
    ),
    (
        "Knee is roasting and an angry red colour, I'm all shivery and sweaty and feel rotten "
        "altogether. is this the ITB or something else",
        "hot-red-fever",
    ),
    (
        "Sir my knee is very hot and reddish since yesterday evening and I am having fever also "
        "with body pains, kindly advise whether to continue the plan",
        "hot-red-fever",
    ),
    (
        "knee's come up red and hot like a sunburn and I've got the chills, feel like death "
        "warmed up. 6/10 just sitting, skip today?",
        "hot-red-fever",
    ),
    (
        "so my knee is red and warm and kinda puffy and I've had a fever of 101 since this "
        "morning plus chills. is that normal for ITB??",
        "hot-red-fever",
    ),
    (
        "My knee has been hot and red since Sunday and I am feeling feverish and weak, I even "
        "vomited this morning. Please should I rest?",
        "hot-red-fever",
    ),
    (
        "De knee hot hot and red up, and mi have fever and chills di whole night. Cyaan run today"
        " coach",
        "hot-red-fever",
    ),
    (
        "left knee's bright red and hot and I've been sweating buckets and shaking with a "
        "temperature, GP closed till Monday. what do I do",
        "hot-red-fever",
    ),
    (
        "Dear coach, my knee has gone red and very warm and I have felt poorly with a temperature"
        " and the shivers since Tuesday. I am 71. Should I continue my walks?",
        "hot-red-fever",
    ),
    (
        "knee all red n hot n i feel sick n got a temp, mum says stay home from school lol",
        "hot-red-fever",
    ),
    (
        "can't put my right foot down at all since this afternoon, hopping round the flat on the "
        "other one. 8/10",
        "no-weight",
    ),
    (
        "couldn't walk on it after parkrun, the lads had to carry me to the car",
        "no-weight",
    ),
    (
        "I can't stand on the leg at all, had to go up the stairs on my hands and knees last night",
        "no-weight",
    ),
    (
        "I am unable to put any weight on my left leg since morning, using my father's walking "
        "stick to reach the bathroom",
        "no-weight",
    ),
    (
        "literally cant walk on my leg rn, mom had to dig the old crutches out of the garage",
        "no-weight",
    ),
    (
        "tried to get out of bed and my leg just won't take any weight, eh, had to sit right back"
        " down. 7/10",
        "no-weight",
    ),
    (
        "Since yesterday I cannot put my leg down to walk at all, I am moving holding the wall "
        "only",
        "no-weight",
    ),
    (
        "cannae put ony weight through it at aw, been shufflin roon the hoose on ma bum",
        "no-weight",
    ),
    (
        "I could not walk from the car to the front door on my bad leg, my husband had to take "
        "all my weight",
        "no-weight",
    ),
    (
        "Can't take a single step on the right leg, the pain is too much to even put it down. Do "
        "I skip Saturday's 10k?",
        "no-weight",
    ),
    (
        "my right foot keeps slapping down when I walk and the toes catch on the kerb, can't seem"
        " to lift the front of it",
        "foot-drop",
    ),
    (
        "tripped three times today, my toes keep catching the carpet, it's like the foot won't "
        "come up",
        "foot-drop",
    ),
    (
        "Foot is floppy since Tuesday, I can't pull the toes up towards me at all, I'm kind of "
        "dragging it like",
        "foot-drop",
    ),
    (
        "my left foot is flopping down when I run, can't raise it at the ankle, my shoe scuffs "
        "the road every step",
        "foot-drop",
    ),
    (
        "I am not able to lift my foot upwards, it is hanging down and my slipper is falling off "
        "while walking",
        "foot-drop",
    ),
    (
        "can't flick my foot up anymore, it just dangles, have to lift my knee high like a show "
        "pony so I don't trip",
        "foot-drop",
    ),
    (
        "toes catching on every step on the trail today, foot feels lazy and won't lift, nearly "
        "face-planted twice",
        "foot-drop",
    ),
    (
        "My foot is dropping, I cannot stand on my heel because the front part will not come up",
        "foot-drop",
    ),
    (
        "can't walk on my heels on the right side anymore, the front of the foot just stays down."
        " only 2/10 pain tho",
        "foot-drop",
    ),
    (
        "Mi foot a drag pon di ground, cyaan lift up di toes dem since Friday",
        "foot-drop",
    ),
    (
        "knee got stuck bent getting out of the car and I had to wiggle it for ages before it "
        "would straighten",
        "locked",
    ),
    (
        "can't straighten my right knee fully since this morning, feels like something's blocking"
        " it in there",
        "locked",
    ),
    (
        "Knee locked on me on the stairs, stuck at a bend, had to jiggle it free. twice now this "
        "week",
        "locked",
    ),
    (
        "my knee keeps catching and locking mid stride like something's jammed in the joint, then"
        " it clunks free",
        "locked",
    ),
    (
        "knee jammed halfway when I squatted down to pat the dog, couldn't get it straight for a "
        "good 10 min",
        "locked",
    ),
    (
        "Knee is not becoming straight fully, some obstruction is there inside, I am walking with"
        " the knee bent",
        "locked",
    ),
    (
        "knee's stuck, cannae get it straight, been like that since ah got up",
        "locked",
    ),
    (
        "When I sat long in the trotro my knee got stuck and refused to straighten, I had to rub "
        "it for some time",
        "locked",
    ),
    (
        "knee locked up in PE when I crouched and wouldnt unbend, still kinda stuck 5/10",
        "locked",
    ),
    (
        "My knee gets stuck and won't straighten until I rock it a bit, every morning this week",
        "locked",
    ),
    (
        "knee buckled under me going down the steps at the station, nearly went flying",
        "gives-way",
    ),
    (
        "Leg went from under me twice on the run today, the knee just gave out",
        "gives-way",
    ),
    (
        "knee collapsed on me stepping off the kerb, caught meself on a lamp post. 4/10 now",
        "gives-way",
    ),
    (
        "my knee keeps giving out on me when I turn to go downstairs, feels super unstable",
        "gives-way",
    ),
    (
        "While walking my knee suddenly gives way and I am almost falling, it happened three "
        "times since yesterday",
        "gives-way",
    ),
    (
        "knee keeps goin on me, just folds when ah turn",
        "gives-way",
    ),
    (
        "knee feels wobbly and buckles at random, I don't trust it on the downhills anymore",
        "gives-way",
    ),
    (
        "My knee is not strong again, it just bends by itself when I am walking and I nearly fall"
        " down",
        "gives-way",
    ),
    (
        "the knee just went on me mid run, folded like a deckchair, walked home",
        "gives-way",
    ),
    (
        "Di knee keep buckle under mi when mi walk down di hill",
        "gives-way",
    ),
    (
        "knee's blown up like a balloon after this morning's 8k, can't even see my kneecap",
        "swelling",
    ),
    (
        "knee is after swelling up something fierce, it's twice the size of the other one",
        "swelling",
    ),
    (
        "my knee is super puffy, like visibly bigger than the other one, can't get my jeans over "
        "it",
        "swelling",
    ),
    (
        "There is swelling on my knee since two days, it has become very puffy and tight and not "
        "bending fully",
        "swelling",
    ),
    (
        "knee's come up like a grapefruit, all fat and puffy. no redness, no temp. 3/10",
        "swelling",
    ),
    (
        "knee's pure swollen, like a fitba, since yesterday",
        "swelling",
    ),
    (
        "Mi knee swell up big big after di run",
        "swelling",
    ),
    (
        "noticed my knee's all puffed up and squishy round the kneecap, looks full of fluid",
        "swelling",
    ),
    (
        "knee is really swolen today, puffy all round, 2/10 pain but looks wierd",
        "swelling",
    ),
    (
        "My knee has gone fat and puffy and my husband says it looks much bigger than the other "
        "one",
        "swelling",
    ),
    (
        "slipped on wet leaves on the trail and my knee smacked into a rock, been sore since",
        "trauma",
    ),
    (
        "twisted my knee stepping in a pothole on my 6k, felt a pop, pain 6/10",
        "trauma",
    ),
    (
        "Took a tumble on the way home and landed hard on the knee, it's been aching since",
        "trauma",
    ),
    (
        "got taken out by a kid on a scooter and my knee hit the pavement, now the outer knee "
        "hurts way more",
        "trauma",
    ),
    (
        "rolled my knee on the footy oval doing a cutting drill and heard a crack",
        "trauma",
    ),
    (
        "Yesterday I fell from my scooter and my knee hit the road, now pain is there outside the"
        " knee",
        "trauma",
    ),
    (
        "An okada bumped me and I fell on my knee, since then it is paining me",
        "trauma",
    ),
    (
        "went ma length on the ice, came doon right on the knee",
        "trauma",
    ),
    (
        "caught an edge skiing and my knee twisted, felt something pop, 5/10",
        "trauma",
    ),
    (
        "banged my knee hard on the corner of the coffee table last night, been throbbing since",
        "trauma",
    ),
    (
        "knee pain woke me up at 3am, throbbing, couldn't get comfy",
        "night-pain",
    ),
    (
        "it aches even lying on the sofa doing nothing, 4/10 all evening",
        "night-pain",
    ),
    (
        "Knee's at me all night, can't sleep with it, it's worse in bed",
        "night-pain",
    ),
    (
        "the knee throbs when I'm resting, even sitting at my desk it's a 5/10",
        "night-pain",
    ),
    (
        "Pain is coming in night time also and disturbing my sleep, even without any walking",
        "night-pain",
    ),
    (
        "knee's been aching while I'm just lying in bed, woke up twice last night with it",
        "night-pain",
    ),
    (
        "Di knee hurt mi di whole night, cyaan sleep",
        "night-pain",
    ),
    (
        "The pain is there even when I am sitting down resting, it does not go",
        "night-pain",
    ),
    (
        "knee pain keeps me awake at night now, even with a pillow between my knees",
        "night-pain",
    ),
    (
        "My knee aches in bed at night and wakes me, even on days I have done no walking",
        "night-pain",
    ),
    (
        "there's one spot on the bone just below the outside of my knee that's agony if I press "
        "it, like a bruise on the bone",
        "bone-pain",
    ),
    (
        "hurts like hell when I hop on that leg, tried it like the physio showed me, 7/10",
        "bone-pain",
    ),
    (
        "Pressing on the shin bone a few inches below the knee there's one spot that makes me jump",
        "bone-pain",
    ),
    (
        "pain is right on the bone, I can put one fingertip on it, not the band, tender as heck",
        "bone-pain",
    ),
    (
        "can't hop on the right leg without a sharp stab in the bone",
        "bone-pain",
    ),
    (
        "There is one small point on my bone near the knee which is very painful when I touch it",
        "bone-pain",
    ),
    (
        "hopping test = no go, sharp pain in the bone every landing",
        "bone-pain",
    ),
    (
        "When I jump on one leg there is sharp pain inside the bone",
        "bone-pain",
    ),
    (
        "there's a wee spot on the bone that's murder when ah press it",
        "bone-pain",
    ),
    (
        "pinpoint tender spot on my shinbone that hurts more each run, and hopping is a nope",
        "bone-pain",
    ),
    (
        "pins and needles down the outside of my leg into my foot since the long run yesterday",
        "nerve",
    ),
    (
        "the top of my foot's gone numb like when you sit on it too long, but it's not going away",
        "nerve",
    ),
    (
        "Tingling down the side of my shin and into the toes, on and off all day",
        "nerve",
    ),
    (
        "got this weird electric zinging down my leg when I bend the knee, plus my toes feel fuzzy",
        "nerve",
    ),
    (
        "outer calf's gone numb and tingly like it's asleep, 2/10",
        "nerve",
    ),
    (
        "I am feeling numbness in my foot and some burning sensation going down the leg",
        "nerve",
    ),
    (
        "Mi leg a tingle and mi foot feel dead",
        "nerve",
    ),
    (
        "Some current is passing from my knee down to my foot, like electric shock",
        "nerve",
    ),
    (
        "ma toes are aw tingly and numb, cannae feel the sock properly",
        "nerve",
    ),
    (
        "I've lost some feeling on the top of my foot and the side of my leg, it's like cotton "
        "wool",
        "nerve",
    ),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: must be held and asked
UNSEEN15_UNPLACED: tuple[str, ...] = (
    "inside of my knee is sore after the 5k, 3/10, not the usual outside spot",
    "back of my knee feels tight and achy after the hills",
    "both shins are sore after the 6k on the road, 3/10",
    "heel hurts first thing in the morning, the first few steps are nasty",
    "calf is tight and achy since Sunday, right side",
    "lower back's been stiff and sore this week, maybe the new mattress?",
    "groin twinges when I lift my leg to put my socks on",
    "front of my knee under the kneecap aches going downstairs",
    "my ankle feels a bit weird today, not painful exactly, just off",
    "arch of my foot aches after 4k in the new shoes",
    "knee feels funny, can't really describe it",
    "achilles is sore and creaky in the mornings",
    "underneath my big toe hurts when I push off",
    "hamstring feels tight and pulling right at the top, 2/10",
    "new ache at the front of my hip where it bends",
    "deep ache in my right buttock after the run",
    "ball of my foot feels bruised after the long run",
    "knee clicks a lot going up the stairs, no pain, is that bad",
    "front of my thigh is sore after parkrun",
    "got a blister on my heel the size of a 50p",
)

# no flag and nothing unplaced: must NOT be held
UNSEEN15_EVERYDAY: tuple[str, ...] = (
    "5k easy, outside of knee 2/10 at the end, usual tight feeling, settled after 10 min",
    "foam roller on the IT band is brutal but it feels better after",
    "outside of the hip a bit stiff this morning, loosened up by lunch",
    "can I swap Thursday's run for the bike?",
    "how many weeks till I'm back to 10k?",
    "clamshells and side planks done, bit of strength soreness at the side of the hip as usual",
    "3 x walk-run done, outer knee niggle 1/10",
    "off to Goa for two weeks, can I pause the plan?",
    "what shoes would you recommend for road running?",
    "side of my knee a bit tight after the downhill bit, 3/10, gone by dinner",
    "parkrun 28:40 PB!!! outer knee 2/10 after, bit tight",
    "Should I do the treadmill or go out this week, it's lashing",
    "new baby arriving next month so the plan might get patchy",
    "usual stiffness on the outside of the knee in the morning, fine once I'm moving",
    "did the 4k, ITB grumbled a bit on the outside at 3k, 2/10, ok?",
    "thanks coach, feeling good about this week",
    "daughter's got a fever and a red hot cheek with her teeth so skipping the run. my knee's "
    "fine, 1/10",
    "ran 5k in a red hot 34 degrees in Perth, outside knee 2/10 tight at the end as usual",
    "been in a fever of excitement all week about the half, when do I start the taper?",
    "the dog's paw is red and hot so vet tomorrow, walk instead of run?",
    "no fever, knee's not hot or red, just the usual tightness on the outside 2/10",
    "my nan can't walk on her leg since her hip op so I've been doing her shopping, missed Tuesday",
    "cannot wait for saturday's parkrun!!",
    "the old bridge can't bear the weight of lorries anymore so my route's changed, 5k on the new"
    " loop",
    "walked 3k fine, full weight on it no problem, outside knee 1/10",
    "my grandad has foot drop since his stroke and I'm his carer, so runs are early mornings now",
    "I can lift my foot and walk on my heels no bother, the physio checked. outer knee 2/10",
    "what does foot drop actually mean? saw it in the warnings list",
    "shoe prices dropped in the sale so I got two pairs, tips for breaking them in?",
    "locked myself out after the run and sat on the step for an hour lol, knee 2/10",
    "my daughter's knee locked at netball, she's seeing a physio. me I'm grand, 5k done",
    "the park gate was locked so I ran round the estate, 6k, usual outside knee 3/10",
    "knee straightens fine, no catching or locking, just tight on the outside after 5k",
    "deadlines have me locked in the office till 8, can I move Wednesday's run to Thursday?",
    "the old fence gave way in the storm so I was fixing it all weekend, no run",
    "gave way to a cyclist on the bridge and lost my rhythm, 5k in 31 min, knee 2/10",
    "my willpower gave out and I ate the whole cheesecake",
    "knee felt solid, didn't buckle once on the hills",
    "my mum's knee keeps giving way, she's waiting on a replacement. mine's fine, any tips for "
    "her?",
    "swelled up with pride crossing the line at my first 10k!! outside knee 2/10",
    "the river's swollen so the towpath is shut, did the road loop instead",
    "no swelling at all, compared both knees in the mirror, just the usual tight band outside 2/10",
    "the crowd swelled at mile 10 and the noise was unreal",
    "fall colours on the trail were unreal, 7k, outside knee 2/10 at the end",
    "my son fell off his bike and broke his wrist, spent the evening in A&E so no run",
    "twisted my ankle playing netball back in 2015, fine for years since, does that matter?",
    "that plot twist last night had me screaming at the telly",
    "didn't fall or twist anything, it just came on gradually on the outside of the knee",
    "night shifts are killing me, when's the best time to fit a run in?",
    "partner's back kept him up all night so we're both wrecked, rest day?",
    "slept like a log, no pain in bed, just tight outside the knee after the run 2/10",
    "dreamt I was running the marathon in my slippers lol, anyway 5k done, knee fine",
    "hopping on a train to Leeds Saturday, can I do the long run Sunday?",
    "bone tired after work but still got 4k in, outside knee 2/10",
    "the kids had a hopping race at sports day and I joined in, no pain at all",
    "I have a bone to pick with my weather app, said dry, got soaked",
    "on pins and needles waiting for the London ballot email",
    "my nerves are shot before race day, any tips?",
    "no tingling or numbness, foot feels normal, outer knee 2/10 after 4k",
    "my dad has numb feet from his diabetes so he's walking with me now, I go slow for him",
)
