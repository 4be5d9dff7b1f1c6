"""The fifth unseen set of runners' messages for the red-flag hearing of CLINICAL.md §5, unseen.

Written on 2026-12-07 by someone who had not read the flag vocabulary
(``protocols/red_flags.yaml``, beyond its list of flag ids), the ITB-talk vocabulary, the coach
or service code, nor the messages of the other sets: only §5 of the clinical spec, the list of
flag ids and the shape of the first unseen set. The messages are invented the way runners text,
in voices the earlier sets used little: Ugandan, Zimbabwean, Sri Lankan, Bangladeshi, Malaysian,
Trinidadian, Northern Irish, Yorkshire, Boston, Texan and Appalachian English; retirees, night
and shift workers, ultra runners; all lowercase with no punctuation, ALL CAPS, and messages that
mix a report, a question and life news. Signs are told by how they feel and what the runner
cannot do, seldom by the textbook word. The everyday traps are drawn from weddings, church,
markets, exams, gardening, cricket and hurling, fishing, music, money and farm life rather than
weather, sport commentary, cooking, DIY, pets or work alone.

The set is measured once, after the matcher is finished; until then nobody tunes on it.
"""

from __future__ import annotations

# (message about the runner's own body, the flag it must raise): 10 per flag
UNSEEN5_FLAGS: tuple[tuple[str, str], ...] = (
    # hot-red-fever
    (
        "ah tellin yuh the knee hot hot and red like a sorrel drink and since last night ah "
        "shiverin under two sheet, temp say 38.7. still going Sunday lime after. run tomorrow?",
        "hot-red-fever",
    ),
    (
        "my knee has become very hot to touch and reddish, and I am having fever with body "
        "pains from morning. Mother says it is only tiredness. Should I continue the exercises?",
        "hot-red-fever",
    ),
    (
        "knee puffed up and it's burnin to the touch, skin gone all pink, and I've the sweats "
        "and chills like I'm coming down with a dose. sorry no run log this week",
        "hot-red-fever",
    ),
    (
        "KNEE IS RED AND HOT AND I HAVE A TEMPERATURE OF 39. FEEL ROTTEN. DO I SKIP TODAYS "
        "CLAMSHELLS",
        "hot-red-fever",
    ),
    (
        "night shift done. knee's gone angry red round the side and it's warm as toast, and "
        "I've been shaking with cold all shift even though the ward was roasting",
        "hot-red-fever",
    ),
    (
        "that scrape from the trail on my knee went septic looking, red and hot spreading up "
        "the thigh, and i feel feverish and wiped out. ultra is in 9 days",
        "hot-red-fever",
    ),
    (
        "aye the knee's up like a pudding, hot and red, and I'm all shivery and off my food "
        "since Tuesday. wee bit worried tbh",
        "hot-red-fever",
    ),
    (
        "well I'll tell ya the knee's red as a beet and hot, and I been runnin a fever two "
        "days, achin all over like the flu. granddaughter's birthday Saturday",
        "hot-red-fever",
    ),
    (
        "knee skin shiny red and very warm, I had fever and rigors last night, took panadol. "
        "Also can I swap the bridge exercise for something on the floor?",
        "hot-red-fever",
    ),
    (
        "my knee is swollen and feels like it's on fire and i keep getting cold shivers and "
        "feel sick. is this normal after the longer run",
        "hot-red-fever",
    ),
    # no-weight
    (
        "i cannot put the foot down at all since evening, i am hopping to the toilet holding "
        "the wall. sorry for late reply, exam results came",
        "no-weight",
    ),
    (
        "CANT STAND ON MY RIGHT LEG. HAD TO CRAWL UP THE STAIRS LAST NIGHT",
        "no-weight",
    ),
    (
        "wife's had to fetch me a walking stick off her mam, I can't take a step on the left "
        "leg without it going from me with pain. we're supposed to be at the caravan Friday",
        "no-weight",
    ),
    (
        "the moment I put weight through the leg it's agony, I've been on my bum shuffling "
        "about the house all day",
        "no-weight",
    ),
    (
        "cant walk on it at all, my brother had to carry me into the matatu. the shin part is "
        "the worst",
        "no-weight",
    ),
    (
        "pulled out at mile 62, couldn't weight the leg anymore, the medics drove me back. "
        "home now and still can't get across the kitchen without crutches",
        "no-weight",
    ),
    (
        "i no able to stand on the leg lah since this morning, very painful, need my son "
        "hold me to go bathroom",
        "no-weight",
    ),
    (
        "leg won't hold me up, I tried getting out of the recliner and had to sit right back "
        "down. 71 next month and never had this",
        "no-weight",
    ),
    (
        "Can't bear any weight on my left foot today. Had to call in sick to the depot, can't "
        "do a shift on my feet like this",
        "no-weight",
    ),
    (
        "tried to get up for work and the leg just wouldnt take me, cant put it to the floor "
        "without screaming. what do i even log for that",
        "no-weight",
    ),
    # foot-drop
    (
        "my foot is slapping down on the floor when i walk, i cannot lift the front of it up. "
        "started two days ago. is it from the band?",
        "foot-drop",
    ),
    (
        "keep catching my toes on the kerb, the right foot just flops and won't come up "
        "properly. nearly went headfirst into a bus shelter",
        "foot-drop",
    ),
    (
        "when I drive I can't lift my foot off the pedal onto the brake fast, the front of "
        "the foot just won't pull up. weird. also is the clinic open over Christmas",
        "foot-drop",
    ),
    (
        "MY FOOT DRAGS WHEN I WALK AND THE TOES SCUFF. CANT RAISE IT UP",
        "foot-drop",
    ),
    (
        "my slipper keeps coming off because I can't hold the foot up, the toes scrape along "
        "the carpet",
        "foot-drop",
    ),
    (
        "foot's gone floppy at the ankle, I'm having to lift my knee high like a horse to "
        "stop tripping. 4am finish so maybe just tired?",
        "foot-drop",
    ),
    (
        "i can't walk on my heel on that side at all, the front of the foot won't lift and "
        "it slaps when I go downhill",
        "foot-drop",
    ),
    (
        "since the 100k my left foot is weak, i can't pull the toes towards me and i keep "
        "tripping on roots even walking",
        "foot-drop",
    ),
    (
        "the foot just hangs down when i pick up my leg, i been tripping on the rug all week, "
        "mama says go to the clinic",
        "foot-drop",
    ),
    (
        "noticed my flip flop keeps snagging and my foot won't flex up, the toes drag. no "
        "pain really, just feels dead",
        "foot-drop",
    ),
    # locked
    (
        "knee got jammed halfway this morning and would not straighten no matter what, had to "
        "wiggle it for ten minutes before it clicked free",
        "locked",
    ),
    (
        "my knee is stuck in a bend, i cannot make it go straight at all since i got up from "
        "prayers",
        "locked",
    ),
    (
        "KNEE WONT STRAIGHTEN. STUCK BENT SINCE LUNCH",
        "locked",
    ),
    (
        "it catches and locks now, like something's wedged in the joint, and I have to jiggle "
        "it about before it'll go. happened 3 times on the allotment",
        "locked",
    ),
    (
        "squatted down to weed the bed and the knee seized, couldn't unbend it for a good few "
        "minutes",
        "locked",
    ),
    (
        "got outta my truck and the knee locked up on me, couldn't get it straight, had to "
        "stand there on one leg like a flamingo",
        "locked",
    ),
    (
        "the leg won't go fully out straight anymore, there's a block in the knee at the end, "
        "like a door wedge",
        "locked",
    ),
    (
        "after the night shift i sat cross legged and the knee froze bent, could not extend "
        "it, had to wait till it let go with a clunk",
        "locked",
    ),
    (
        "i cannot straighten my knee fully since yesterday, it stays a little bent and when "
        "i try it feels stuck. also my daughter got her visa!!",
        "locked",
    ),
    (
        "knee keeps gettin stuck mid step on the stairs and I got to shake it loose, happened "
        "at church and I near dropped the collection plate",
        "locked",
    ),
    # gives-way
    (
        "the knee went from under me coming down the church steps, down I went on my bum in "
        "my good suit",
        "gives-way",
    ),
    (
        "knee keeps buckling when I turn, like it's made of jelly, nearly dropped the baby's "
        "bottle",
        "gives-way",
    ),
    (
        "my knee collapsed twice today while walking to the market, it does not feel stable at all",
        "gives-way",
    ),
    (
        "KNEE GAVE OUT ON ME TWICE ON THE RUN. DIDNT FALL BUT CLOSE",
        "gives-way",
    ),
    (
        "the leg folded on me stepping off the kerb, knee just went, no warning",
        "gives-way",
    ),
    (
        "knee feels wobbly and untrustworthy and it let go on me twice going downhill in the "
        "race. is that the ITB or something else",
        "gives-way",
    ),
    (
        "my knee just quits on me sometimes, folds right up, I'm scared to carry the "
        "groceries down the porch steps",
        "gives-way",
    ),
    (
        "knee keeps giving way when i pivot at the till, had to grab the counter. no swelling "
        "though",
        "gives-way",
    ),
    (
        "wicked weird, the knee just caved on me on the T platform, went right down on one knee",
        "gives-way",
    ),
    (
        "i dont trust the knee anymore it goes from under me on uneven ground and the trail "
        "is all roots",
        "gives-way",
    ),
    # swelling
    (
        "the outside of my knee has come up in a big lump, you can see it through my trousers",
        "swelling",
    ),
    (
        "knee is fat and puffy compared to the other one, the kneecap has disappeared. also my "
        "sister had twins!! boys",
        "swelling",
    ),
    (
        "KNEE BALLOONED UP AFTER THE RUN. TWICE THE SIZE",
        "swelling",
    ),
    (
        "my knee is bloated and tight like a football, i cannot bend it fully to sit for namaz",
        "swelling",
    ),
    (
        "couldnae get my jeans over the knee this morning it's that puffed up, is that bad or "
        "will it go down",
        "swelling",
    ),
    (
        "there's a squishy fluid bag on the side of the knee now, wobbles when I press it",
        "swelling",
    ),
    (
        "knee's come up like a melon, proper swole, no idea what I done. ey up, any road, "
        "still going t'club dinner",
        "swelling",
    ),
    (
        "ankle and knee both puffed right up on the left, sock left a deep mark",
        "swelling",
    ),
    (
        "my knee has gotten big and the skin is tight and shiny, tried ice, no change",
        "swelling",
    ),
    (
        "knee's swole up somethin fierce since Sunday, can't see the bones no more",
        "swelling",
    ),
    # trauma
    (
        "slipped on the wet tiles at the mosque and landed straight on the knee, been sore since",
        "trauma",
    ),
    (
        "heard a loud crack in the knee when I twisted to catch my grandson, pain since",
        "trauma",
    ),
    (
        "went arse over tit on black ice on the way to the bus, knee took the full force",
        "trauma",
    ),
    (
        "I TRIPPED ON A ROOT AND WENT DOWN HARD ON MY HIP. HURTS TO RUN NOW",
        "trauma",
    ),
    (
        "a boda boda clipped my leg on the way home, knee has been painful since",
        "trauma",
    ),
    (
        "felt something snap behind the knee when I planted my foot to turn, then it hurt loads",
        "trauma",
    ),
    (
        "came off my bicycle on the Shankill, landed on the outside of the knee, now it "
        "hurts to run",
        "trauma",
    ),
    (
        "my knee twisted under me when I stepped into a pothole on the estate road and it's "
        "been bad since",
        "trauma",
    ),
    (
        "took a kick to the side of the knee at five-a-side last night, sore and I can't run right",
        "trauma",
    ),
    (
        "was up the ladder picking mangoes and fell off it onto my right leg, it aches when "
        "i run now, ammi is furious",
        "trauma",
    ),
    # night-pain
    (
        "the knee pain wakes me up at 3am every night, can't get back to sleep, and me retired "
        "with nothing to do all day but nap",
        "night-pain",
    ),
    (
        "even lying in bed the leg throbs, doesn't matter how I lie",
        "night-pain",
    ),
    (
        "KNEE ACHES WHEN IM JUST SITTING WATCHING TELLY. NOT EVEN MOVING",
        "night-pain",
    ),
    (
        "sleeping days after nights and the knee keeps waking me, constant throb even resting",
        "night-pain",
    ),
    (
        "the hip pain is there all the time now, even in my chair at rest, it never switches off",
        "night-pain",
    ),
    (
        "cant sleep for the knee it gnaws at me all night worse when the house is quiet what "
        "do i do",
        "night-pain",
    ),
    (
        "leg aching in bed every night this week and i am not even running, tablets don't touch it",
        "night-pain",
    ),
    (
        "my knee hurts sitting still at my desk studying, no movement at all, just a deep ache",
        "night-pain",
    ),
    (
        "the thigh pain gets me up at night, I'm pacing the kitchen at 2am",
        "night-pain",
    ),
    (
        "I've had to sleep with a pillow between my knees and it still wakes me, aches lying down",
        "night-pain",
    ),
    # bone-pain
    (
        "theres one spot on my shin bone that kills when I press it, like a bruise on the "
        "bone itself",
        "bone-pain",
    ),
    (
        "I can't hop on the left leg, a sharp stab in the shin every time I land",
        "bone-pain",
    ),
    (
        "HURTS ON ONE EXACT SPOT ON THE BONE ABOVE MY ANKLE. CANT HOP ON IT",
        "bone-pain",
    ),
    (
        "a fingertip sized point on my shinbone is tender as anything, been there 2 weeks",
        "bone-pain",
    ),
    (
        "tried the hop test the physio showed me and nearly hit the ceiling, pain right in "
        "the bone",
        "bone-pain",
    ),
    (
        "top of my foot on one of the long bones is sore to press and hurts to jump, nothing else",
        "bone-pain",
    ),
    (
        "my hip bone, the point of it, is very tender where I press, and one-leg hops are "
        "impossible",
        "bone-pain",
    ),
    (
        "there's a dead specific sore point on my tibia, I can put my finger right on it, "
        "wicked sore. Sox game Friday so I'll be walkin anyway",
        "bone-pain",
    ),
    (
        "my heel bone hurts when I squeeze it from the sides and jumping is painful",
        "bone-pain",
    ),
    (
        "ankle bone on the inside is very painful to touch and i cannot jump with skipping rope",
        "bone-pain",
    ),
    # nerve
    (
        "my toes are all pins and needles and the outside of my shin feels numb like after "
        "the dentist",
        "nerve",
    ),
    (
        "lost feeling on the top of my foot, like it isn't mine. the 24 hour race is off "
        "then I suppose, what do you think",
        "nerve",
    ),
    (
        "MY FOOT IS TINGLING AND FEELS ASLEEP ALL THE TIME",
        "nerve",
    ),
    (
        "an electric buzz runs down the outside of my leg into my little toe when I run",
        "nerve",
    ),
    (
        "side of my thigh has gone dead numb, can't feel my fingers brushing it",
        "nerve",
    ),
    (
        "got that fizzy feeling in my toes like they're full of lemonade, bigod it's odd",
        "nerve",
    ),
    (
        "my foot goes numb every time i run past 30 minutes, and tingles after",
        "nerve",
    ),
    (
        "there's a patch on my shin I cannot feel at all when I shave",
        "nerve",
    ),
    (
        "burning prickles down my calf like ants crawling under the skin",
        "nerve",
    ),
    (
        "the outer side of my knee and down to the foot is numb and tingly since I slept funny",
        "nerve",
    ),
)

# the runner's own body, neither ordinary ITB talk nor a known flag: the coach cannot place it
UNSEEN5_UNPLACED: tuple[str, ...] = (
    "the thick cord at the back of my heel is stiff and sore first thing, eases once I'm going",
    "front of my knee under the cap aches when I sit through a long sermon",
    "my calves cramp up something awful in the last hour of a night shift",
    "big toenail has gone black and a bit loose after the 50 miler",
    "lower back stiff as a board after the bus from Kampala, eight hours",
    "inside of my knee aches going down the stairs, not the outside",
    "arch of my foot is sore for the first few steps out of bed",
    "feels like a pulled thing in my groin when I swing my leg into the car",
    "both shins ache along the front after road runs, goes off after a day",
    "top of my hamstring near the sit bone twangs when I bend to tie laces",
    "the big toe joint is stiff and sore when I push off",
    "MY KNEES CREAK AND CRUNCH GOING UPSTAIRS, NO PAIN JUST NOISE",
    "the ball of my foot feels like I'm standing on a pebble",
    "deep ache in my bum cheek when I sit long on the tractor seat",
    "veins behind my knee have come up blue and twisty lately",
    "my legs feel heavy and jumpy in the evenings, can't keep them still",
    "the soles of my feet burn after a long day on the shop floor",
    "there's a hard pea sized lump on the back of my thigh, doesn't hurt",
    "my achilles creaks like an old door when I rub it",
    "ankle feels weak and rolls a bit on cambers, it's been that way since school",
)

# no flag and nothing unplaced: someone else's body, hypotheticals, objects, figures of speech,
# long-healed history, negated signs, ordinary ITB talk, run reports, rehab questions, chatter
UNSEEN5_EVERYDAY: tuple[str, ...] = (
    "my granny fell in the market and can't walk on her leg, we took her to Mulago. no run "
    "today, I'll log tomorrow",
    "baby has a fever and red hot cheeks from teething so I skipped the run, my knee is fine",
    "patient in bay 4 has a foot drop after his op, poor man. anyway my 5k done, outside knee 2/10",
    "my husband's knee locked up dancing at the wedding, he's grand now, the craic was mighty",
    "the cow's back leg is swollen, vet coming Thursday. me, 20 min walk-run, tight hip 2/10",
    "what would it mean if my knee ever locked? just asking before the long one",
    "if I get pins and needles on a run should I stop, or push on?",
    "my brother twisted his ankle at cricket, I'm the one doing his fielding now haha",
    "my mum's knees have been swollen for years with arthritis, is ITB in the family?",
    "the dog was limping and can't put the paw down, vet says a thorn. I ran 4k, 1/10",
    "the bank has locked my card again, third time this month, hate it",
    "prices at the bazaar swelling before Eid, everything double. anyway exercises done",
    "the old ceiling fan gave way and came down on the bed, nobody hurt thank God",
    "phone buzzing all night with the family group chat woke me up, tired run, knee ok",
    "i am dead on my feet after the wedding, 600 guests, no run today",
    "the rent hike knocked me right off my feet this month",
    "the maths paper was a killer, my brain is numb. knee grand though",
    "cricket collapse again, 89 all out, the whole country is in pain",
    "the choir broke down in the last hymn, laughed so hard. 3k easy, no pain",
    "broke my ankle in 1988 playing hurling, long healed, just so you know for the records",
    "had a knee scope in 2009, no bother from it since",
    "no swelling, no heat, knee straightens fine, just the usual tight bit on the outside",
    "didn't fall, didn't twist, no numbness at all, just the band grumbling at mile 3",
    "NOT SWOLLEN NOT LOCKED JUST TIGHT ON THE OUTSIDE OF THE KNEE 3/10",
    "outside of the knee tightened at km 4, 3/10, settled once I walked a minute",
    "side of the hip sore after the clamshells, 2/10, gone by tea time",
    "foam roller made me see stars on the outer thigh but legs feel looser after",
    "bit of stiffness in the morning outside of the knee, 1/10, gone after the shower",
    "walk run 6 x 3 min done, 2/10 during, 1/10 next morning",
    "ran 8k round the reservoir, knee 0 during, 1 after, happy days",
    "slow 40 min on the canal after night shift, outer knee whispered at 30 min, 2/10",
    "back to back 15 and 20 miles on the fells, ITB niggled last 5 miles 3/10, fine now",
    "done 5k 2/10 pain outside of knee. also got the promotion!!",
    "how many sets of side planks this week?",
    "can I do the hip hikes on the bottom stair instead of a step?",
    "when do i move to the next phase",
    "is it ok to run on the treadmill at the gym instead of the road this week",
    "do i still do the stretches on rest days",
    "what's the hop test for, the physio mentioned it",
    "can I walk the dog on a rest day or does that count",
    "how long should the band hold be, 30 s or 45?",
    "WHAT TIME SHOULD I DO MY STRENGTH, BEFORE OR AFTER THE RUN",
    "i missed 3 days for my cousin's funeral in Bulawayo, do i start the week again",
    "night shifts all week, can I do the strength at 7am after I get home",
    "am 68, do the same rules apply for the run-walk stages or slower",
    "grandkids staying for half term so exercises might be patchy, sorry",
    "exam week, running is the only thing keeping me sane lol",
    "new shoes came, zero drop, should I ease into them",
    "we moved house, the new place has a hill out the front so the easy runs are not easy",
    "fasting for Ramadan, can I shift the run to after iftar",
    "marathon club has its christmas do tonight so no run, knee's been quiet",
    "went to the market in Kuala Lumpur, walked 15k steps, band a bit tight, 2/10",
    "the Boston qualifier is in April, am I mad to think about it",
    "y'all this heat, had to run at 5am, knee fine, 1 outta 10",
    "fishing all day on the Lough, no run, sat in the boat, knee never bothered me",
    "the hens got out and I chased them round the yard, does that count as a tempo",
    "my wife says I talk about my knee more than the grandkids",
    "is pilates good for the outside of the hip or leave it",
    "did the whole band routine while the rice cooked, felt strong today",
    "what if it swells up after the long run, what do I do then",
)
