"""A fourth, unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5.

Written on 2026-12-07 by someone who had not read the flag vocabulary
(``protocols/red_flags.yaml``, only its list of flag ids), the ITB-talk vocabulary, the coach or
service code, nor the messages of the tuning, held-out and first unseen sets: only §5 of the
clinical spec. The messages are invented the way runners text: slang, typos, rambling, two things
in one message, dictation slips; British, American, Irish, Scottish, Australian, New Zealand,
South African, Indian and Nigerian English; older and younger runners; descriptions of how it
feels and what the runner cannot do (stairs, standing, the car pedal, sleep, shoes) rather than
the textbook word. The everyday messages hold the context hard cases: someone else's body,
hypotheticals and questions, objects and figures of speech, things long healed, negated signs.

The set is measured once, after the matcher is finished; nothing is tuned on it and no message is
changed after the measurement. Adding a phrase to the vocabulary because of a miss here makes this
set seen: write a new one for the next honest figure.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN2_FLAGS: tuple[tuple[str, str], ...] = (
    # hot-red-fever: emergency
    (
        "knee is proper red and roasting to the touch, and I was sweating and shaking all night, "
        "feel rotten",
        "hot-red-fever",
    ),
    (
        "the skin over my kneecap is angry red and hot like a radiator, temp was 38.9 this morning",
        "hot-red-fever",
    ),
    (
        "Feeling feverish since yesterday and my knee has puffed up, red and warm. Is that normal "
        "after a long run",
        "hot-red-fever",
    ),
    (
        "my leg is burning hot around the knee and its gone a funny red colour, got the chills and "
        "cant stop shivering",
        "hot-red-fever",
    ),
    (
        "Coach I no feel well at all, my body dey hot since morning and the knee is swollen and "
        "red, "
        "hot like fire",
        "hot-red-fever",
    ),
    (
        "grazed it on the trail last week and now the knee is red hot and puffy and I've got a "
        "temperature of 39, feel like I've been hit by a bus",
        "hot-red-fever",
    ),
    (
        "Skipped the run. Knee went red and warm overnight and I've had the shakes and sweats, "
        "wife says I look grey",
        "hot-red-fever",
    ),
    (
        "Sir my knee is having redness and heat and from morning I am having fever with body pains",
        "hot-red-fever",
    ),
    (
        "knee is all red n hot n swole up and im freezing one minute boiling the next, think ive "
        "got a temp",
        "hot-red-fever",
    ),
    (
        "knee's hot an angry lookin an red, an ah'm shiverin under the covers, feel absolutely "
        "rough as",
        "hot-red-fever",
    ),
    # no-weight: urgent
    (
        "can't put my foot down at all, hopping round the kitchen holding onto the worktop",
        "no-weight",
    ),
    (
        "I literally cannot stand on my right leg, had to crawl up the stairs to bed last night",
        "no-weight",
    ),
    (
        "tried to get out of bed and the leg just won't take me, screamed when I put it on the "
        "floor",
        "no-weight",
    ),
    (
        "Cant walk on it mate. Missus had to drive me home from parkrun, couldnt even make it back "
        "to the car park on my own",
        "no-weight",
    ),
    (
        "Using my dad's old crutches because I haven't been able to walk on the left leg since "
        "Saturday's run",
        "no-weight",
    ),
    (
        "limped off at 8k and now I can't weight bear at all, bum shuffling down the stairs like a "
        "toddler",
        "no-weight",
    ),
    (
        "Aunty the leg cannot carry me again, I cannot even walk from the bed to the toilet",
        "no-weight",
    ),
    (
        "cannae stand on it at aw, the second I put any weight through ma leg the pain is "
        "unbelievable",
        "no-weight",
    ),
    (
        "I am not able to walk even two steps, the leg is not taking my body weight since "
        "yesterday",
        "no-weight",
    ),
    (
        "sorry cant do todays session, i physically cannot stand up on that leg, been lying on the "
        "couch with it up on cushions",
        "no-weight",
    ),
    # foot-drop: urgent
    (
        "my foot keeps slapping down on the ground when I walk, I cant seem to pull my toes up",
        "foot-drop",
    ),
    (
        "toes keep catching on the pavement and I nearly face planted twice this morning, right "
        "foot "
        "feels floppy",
        "foot-drop",
    ),
    (
        "weird one, can't lift the front of my foot off the floor, it just flops. no pain really",
        "foot-drop",
    ),
    (
        "I'm tripping over nothing, the left foot drags and scuffs the toe of my shoe on every "
        "step",
        "foot-drop",
    ),
    (
        "driving home I couldn't pull my foot back up off the gas pedal properly, it just hangs "
        "there",
        "foot-drop",
    ),
    (
        "having to lift my knee up really high like a show pony to stop my toes dragging on the "
        "ground",
        "foot-drop",
    ),
    (
        "The foot is just hanging down, I cannot bend it up towards me at all since yesterday",
        "foot-drop",
    ),
    (
        "can't walk on my heel on the right, the front of the foot won't come up and my toe "
        "scrapes",
        "foot-drop",
    ),
    (
        "my foot is not lifting up properly sir, toes are hitting the steps when I am climbing",
        "foot-drop",
    ),
    (
        "foot's gone all floppy, keep catching my jandal on the deck steps and nearly going over",
        "foot-drop",
    ),
    # locked: soon
    (
        "knee jammed at a right angle on the train and wouldn't go straight till I wiggled it "
        "about",
        "locked",
    ),
    (
        "can't get my leg fully straight, there's like a block at the end of the movement",
        "locked",
    ),
    (
        "Every so often the knee catches and sticks and I have to shake it loose before I can walk "
        "on",
        "locked",
    ),
    (
        "woke up and my knee won't go straight, it's stuck at about 30 degrees bent",
        "locked",
    ),
    (
        "standing up from the sofa the knee went clunk and froze, couldn't bend it or straighten "
        "it "
        "for a good minute",
        "locked",
    ),
    (
        "my knee keeps jamming on the stairs, like something is getting caught inside the joint",
        "locked",
    ),
    (
        "cannot extend my knee all the way since Sunday, I can't even stand up properly straight",
        "locked",
    ),
    (
        "the knee is seizing, it gets stuck in one place and I must push it straight with my hand",
        "locked",
    ),
    (
        "knee keeps locking up on me when I crouch down to get stuff out the bottom cupboard",
        "locked",
    ),
    (
        "knee's been catching, gets stuck halfway and then suddenly clicks free, like 3 times a "
        "day "
        "now, eish",
        "locked",
    ),
    # gives-way: soon
    (
        "coming down the steps at work the knee just vanished under me and I landed on my backside",
        "gives-way",
    ),
    (
        "leg buckled on a steep downhill and I nearly went head first into the hedge",
        "gives-way",
    ),
    (
        "my knee doesn't feel like it will hold me, it wobbled and collapsed twice today",
        "gives-way",
    ),
    (
        "knee feels unstable, like it's going to slide out sideways whenever I turn",
        "gives-way",
    ),
    (
        "it keeps folding on me when I step off the kerb, scares the life out of me",
        "gives-way",
    ),
    (
        "twice this week the knee has just let go while walking the dog and I've ended up on the "
        "ground",
        "gives-way",
    ),
    (
        "the knee just dey shift, e no dey hold me again, I almost fall down for market yesterday",
        "gives-way",
    ),
    (
        "no pain as such but the knee keeps giving, like I can't trust it on the stairs anymore",
        "gives-way",
    ),
    (
        "Knee's gone all wobbly and unreliable, it buckles if I pivot on it",
        "gives-way",
    ),
    (
        "my knee is suddenly losing its strength and bending inwards while walking, I am afraid of "
        "falling",
        "gives-way",
    ),
    # swelling: soon
    (
        "knee is puffed up like a grapefruit, I can't see my kneecap any more",
        "swelling",
    ),
    (
        "side of my knee has come up in a big squishy lump since yesterday's long run",
        "swelling",
    ),
    (
        "my jeans are tight round the left knee, it's clearly fatter than the right one",
        "swelling",
    ),
    (
        "There's a fluid kind of bulge around the kneecap and it feels tight when I bend",
        "swelling",
    ),
    (
        "Puffy knee today. Doesn't hurt loads but it's definitely bigger and the dimples have gone",
        "swelling",
    ),
    (
        "my knee don swell like puff-puff since morning, e big pass the other one",
        "swelling",
    ),
    (
        "the outside of the knee is all bloated and the skin is shiny and tight",
        "swelling",
    ),
    (
        "swelling on knee is there since 2 days, it is looking bulky compared to the other one",
        "swelling",
    ),
    (
        "knee's gone all puffy and boggy, can't get my compression tights over it",
        "swelling",
    ),
    (
        "my knee is all swelled up, looks like there's a softball under the skin",
        "swelling",
    ),
    # trauma: soon
    (
        "stacked it on the ice this morning, landed right on the side of my knee and it's been "
        "sore "
        "since",
        "trauma",
    ),
    (
        "felt a pop in the knee when I turned sharp to dodge a cyclist, then it hurt straight away",
        "trauma",
    ),
    (
        "stepped in a pothole in the dark and my knee twisted right round, been aching ever since",
        "trauma",
    ),
    (
        "went arse over tit on the trail, smacked my knee on a rock and the pain started then",
        "trauma",
    ),
    (
        "took a hockey stick to the side of the knee at the weekend and now running is agony",
        "trauma",
    ),
    (
        "heard a crack when I came down off the kerb wrong and it's hurt ever since",
        "trauma",
    ),
    (
        "tripped on a tree root and face-planted, knee took the brunt and now it hurts to bend",
        "trauma",
    ),
    (
        "I slipped in the shower and jarred my knee on the tray, now there's pain on the outside",
        "trauma",
    ),
    (
        "I fell down from my scooter yesterday, knee got hit on the road and now it is paining",
        "trauma",
    ),
    (
        "came a cropper on the boardwalk, knee went sideways and I felt something go",
        "trauma",
    ),
    # night-pain: soon
    (
        "the knee pain wakes me at 3am every night now, even on days I've not run",
        "night-pain",
    ),
    (
        "it throbs when I'm just lying in bed, nothing I do eases it",
        "night-pain",
    ),
    (
        "aches even sitting still watching telly, doesn't matter how I sit",
        "night-pain",
    ),
    (
        "can't get comfy at night, the leg pain keeps me up and paracetamol does nothing",
        "night-pain",
    ),
    (
        "It's there all the time now, resting or not, a deep ache that won't switch off",
        "night-pain",
    ),
    (
        "pain is more in the night sir, I am not able to sleep because of the knee",
        "night-pain",
    ),
    (
        "Up half the night with the knee again, ended up pacing the kitchen at 2am",
        "night-pain",
    ),
    (
        "even sat at my desk doing nothing the hip is aching constantly",
        "night-pain",
    ),
    (
        "I dey wake up for night because of this leg pain, e no dey let me sleep at all",
        "night-pain",
    ),
    (
        "it's gowpin all night, cannae sleep for it, and it's still at it when I'm sat doon",
        "night-pain",
    ),
    # bone-pain: soon
    (
        "there's one spot on my shin bone that's agony if I press it with a finger",
        "bone-pain",
    ),
    (
        "can't hop on the right leg at all, sharp pain in the bone every time I land",
        "bone-pain",
    ),
    (
        "tender point on the top of my foot, right on the bone, it hurts to tie my laces",
        "bone-pain",
    ),
    (
        "pressing on my thigh bone just above the knee makes me jump, it's one exact spot",
        "bone-pain",
    ),
    (
        "it's not the band, it's the bone itself, a really specific point low down on the shin",
        "bone-pain",
    ),
    (
        "tried the hopping test = ouch, like a stabbing right in my tibia",
        "bone-pain",
    ),
    (
        "sore to the touch on the bone at the front of my hip, one tiny spot, and it hurts to hop",
        "bone-pain",
    ),
    (
        "Small point on the bone below knee is very painful on touching, I cannot do single leg "
        "jumping",
        "bone-pain",
    ),
    (
        "there's a bit of my heel bone that's really sore when I squeeze it from both sides",
        "bone-pain",
    ),
    (
        "fingertip-sized spot on my foot bone, hurts like crazy when I push on it, been there a "
        "week",
        "bone-pain",
    ),
    # nerve: soon
    (
        "outside of my foot has gone numb, like it's just been to the dentist",
        "nerve",
    ),
    (
        "fizzy feeling running down the side of my leg into my little toes",
        "nerve",
    ),
    (
        "my shin feels dead, I can barely feel it when I tap on it",
        "nerve",
    ),
    (
        "electric zings down the back of my leg when I bend over to put my socks on",
        "nerve",
    ),
    (
        "toes feel like cotton wool and a bit buzzy after the run, still now hours later",
        "nerve",
    ),
    (
        "tingling in my foot that won't go away, like it's fallen asleep and never woke up",
        "nerve",
    ),
    (
        "patch on the outside of my thigh has no feeling, like it isn't my skin",
        "nerve",
    ),
    (
        "my foot is having a burning and numbness feeling since the long run",
        "nerve",
    ),
    (
        "leg keeps going to sleep when I sit in the car and it's buzzing all the way down",
        "nerve",
    ),
    (
        "top of my foot is prickly and numb, I can't feel the ground properly through my shoe",
        "nerve",
    ),
)

# the runner's own leg, knee, foot, hip or back: neither ordinary ITB talk nor a known flag
UNSEEN2_UNPLACED: tuple[str, ...] = (
    "my calf is really tight and crampy after yesterday's session",
    "got a blister on my big toe that's popped and it's stinging",
    "the arch of my foot is achy the first few steps when I get out of bed",
    "achilles is creaky and sore going up on my tiptoes",
    "lower back is stiff as after the long drive up to Auckland",
    "the front of my knee under the kneecap aches going down stairs",
    "hamstring feels twangy when I bend over to touch my toes",
    "think I've tweaked my groin a bit, sore when I lift my leg sideways",
    "my hip clicks when I lift my leg up, doesn't hurt though",
    "both my shins are sore all along the inside after the track session",
    "black toenail on the second toe, think I'm going to lose it",
    "inside of my knee is tender after the hills",
    "my bum muscle is tight and achy on the right side, deep in",
    "the ball of my foot feels bruised when I walk barefoot",
    "quads are absolutely burning after those downhill repeats",
    "ankle's a bit stiff and clicky when I circle it",
    "pain in my heel first thing every morning, eases once I'm moving",
    "back of my knee feels tight when I squat down",
    "the top of my big toe joint is stiff and sore pushing off",
    "my lower back twinges on one side when I run more than 5k",
)

# runners' messages that must raise no flag
UNSEEN2_EVERYDAY: tuple[str, ...] = (
    # someone else's body
    "my daughter fell off her bike and her knee's all swollen, missed my run to take her to A&E",
    "Mum can't put weight on her leg since her hip op, been helping her all week",
    "my husband's knee locks when he plays squash, should he try your exercises too?",
    "had a patient today with a foot drop, made me grateful for my own legs honestly",
    "the dog twisted her paw in a rabbit hole so we walked instead of running",
    "my running buddy's knee went at mile 10 so I jogged back with her, I was fine",
    "grandad has numb feet from his diabetes, I'm doing the charity 10k for him",
    "my son had a fever and I was up all night with him, so no run today",
    "Dad fell on the stairs last night, sat with him in A&E till 4 so no run",
    "my patient fractured her hip on the ward today, grim shift, going for a jog to clear my head",
    # hypotheticals and questions
    "what should I do if my knee ever swells up?",
    "is it normal for people with ITB to get pins and needles or would that be something else?",
    "if I feel a pop mid run should I stop straight away?",
    "how would I know if it's a stress fracture rather than just the ITB?",
    "what if my knee gives way on race day, is that likely with ITB?",
    # objects and figures of speech
    "the bus broke down so I had to hop off and walk the last bit",
    "locked my keys in the car after the run, sat on the kerb for an hour waiting",
    "my phone fell in the loo halfway through the cool down",
    "the red hot chilli challenge at work nearly killed me, the run was easy after that",
    "my watch gave up at 8k so no data sorry",
    "this heatwave is giving me cabin fever, back on the treadmill",
    "the river's swollen after all the rain so the towpath was shut",
    "my shoelace snapped with a pop halfway round",
    "honestly I can't stand the new coach at the running club lol",
    "the gate was stuck so I climbed over the stile instead",
    # long healed
    "I broke my ankle back in 2009, totally fine now, just mentioning it for the record",
    "had my ACL done when I was 19, that knee's been solid for 20 years",
    "years ago I had sciatica with a numb foot but it cleared up completely",
    # negated signs
    "no swelling, no clicking, nothing locking, just the usual tightness on the outside, 3/10",
    "knee didn't buckle once on the hills today, happy days",
    "not numb, not tingly, just a bit tight on the outside of the hip",
    "slept right through, no pain at night at all",
    "It's not hot or red, I checked, only tender on the side of the knee after foam rolling",
    # ordinary ITB talk with pain scores
    "usual ache on the outside of the knee, about a 3 after the run",
    "pain 2/10 this morning, outside of the hip a bit stiff",
    "ITB was grumbling from about 5k, 4 out of 10, eased off after",
    "foam roller absolutely murdered me but the knee feels looser, 2/10 now",
    "clams and side planks done, glute burning like mad but knee fine",
    "outer knee niggle came on at the usual spot, 3ish, gone by the time I showered",
    "grand run today, the knee was only giving out a small bit of grief on the hills, 2/10",
    "Today did 4 km slowly, slight pain outer side of knee 2 out of 10, is it ok to continue?",
    "Good morning coach, I did the exercises, the side of my knee is a bit stiff only, 3",
    "nah mate no numbness, just the usual tight band down the outside",
    "outside of the knee stiff after 2 hrs in the car, eased once I walked about",
    # run reports
    "did the 20 min walk-run, all fine, 1/10",
    "5k easy in 31 mins, no pain at all!",
    "ran 8k on grass, legs felt heavy but no ITB",
    "parkrun done, 27:40, knee quiet the whole way",
    "hill reps done, sore outside knee on the downhills, 4/10",
    # questions about the rehab
    "can I swap the clamshells for the band walks today?",
    "how many weeks till I can do a half marathon?",
    "should I ice after or just stretch?",
    "is it ok to cycle on rest days?",
    "what do I do if I miss a strength session, double up tomorrow?",
    # life chatter
    "work is mental this week, might be late with the sessions",
    "off to Lagos for my cousin's wedding, can I pause the plan for 10 days?",
    "raining sideways in Wellington, treadmill it is",
    "load shedding again so no treadmill, went out with a headtorch instead",
    "it's baltic oot, ran anyway, knee was grand",
    "cat woke me up at 4 yowling so I'm knackered, ran anyway, 2/10",
)
