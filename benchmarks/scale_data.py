"""Seeded generator of large, realistic ticket exports with known truth, for the scale benchmark.

    python benchmarks/scale_data.py 1000000 /tmp/tickets_1m.csv [--seed 0]

writes ``tickets_1m.csv``, an export as a helpdesk would give it (``Ticket ID``, ``Created`` in
ISO 8601 UTC with ``Z``, ``Channel``, ``Subject``, ``Description``), and beside it
``tickets_1m.truth.csv`` (``ticket_id``, ``true_topic``, ``needs_face_to_face``), and prints
its stats. As a library: ``write_export(path, n, seed)`` returns the same stats as a dict, and
``iter_rows(n, seed)`` streams the rows as dicts (export columns plus the truth) without a file.

The company is Kestrel, a fictional telecom with home broadband, TV and streaming, mobile,
home installs and a chain of retail stores, over one year (2025) of tickets. Why this and not
random words: a scale benchmark should time and score the pipeline on data shaped like the
real thing, so

* **lengths are realistic**: each description has 40-120 words (length drawn per ticket, median
  about 60), written as sentences with greetings, context, sign-offs and agent notes for phone,
  walk-in and on-site tickets; e-mail tickets span several lines;
* **topics are skewed**: 60 true topics whose sizes follow a Zipf-like law (the largest about
  17 times the smallest), with mild seasonality (winter and weekday peaks, a holiday rush for
  the stores), a few rising or falling topics (eSIM, the streaming app after an update, fibre
  installs; TV remotes, paper bills) and one-off bumps (a storm outage, an April price rise);
* **topics overlap**: every topic has its own hand-written subjects and phrases, but tickets
  also borrow phrases from their product area (router, bill, SIM ...) and from related topics
  (``router_red_light`` vs ``slow_wifi_upstairs`` vs ``router_replacement_store``), some are
  vague, a few carry a sibling topic's subject and one in five has a typo, so no single keyword
  separates topics;
* **personal data appears** as it does in exports: account numbers, e-mail addresses, phone
  numbers in the 555-01xx range and Luhn-valid card-like numbers, on a small share of tickets;
* **the truth is known**: the topic each ticket was written from and whether it needs someone
  face to face (about 16 % overall), drawn with a per-topic probability that is high for
  install, repair and in-store topics and low but not zero elsewhere. Face-to-face tickets often,
  not always, say so ("can you send an engineer out", "can I just bring it to the store"); a few
  remote tickets mention stores or visits too; the walk_in and onsite channels are mostly
  face-to-face tickets.

Deterministic and fast: numpy draws the per-ticket structure (day, time, topic, channel,
face-to-face, length) in vectorised batches and a per-batch ``random.Random`` seeded from it
assembles the text, so the same ``n`` and ``seed`` give byte-identical files (a run of ``n``
rows is not a prefix of a run of more rows). Rows stream to the file in batches, so memory stays
flat: a million rows take well under two minutes. Tickets come out in created order with
increasing ids (a few gaps, as deleted tickets leave). stdlib + numpy only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Iterator

import numpy as np

YEAR = 2025
DAYS = 365
ZIPF_EXPONENT = 0.7
BATCH = 10_000
MIN_WORDS, MAX_WORDS = 40, 120
CHANNELS = ("email", "chat", "phone", "web", "social", "app", "walk_in", "onsite")
EXPORT_HEADER = ("Ticket ID", "Created", "Channel", "Subject", "Description")
TRUTH_HEADER = ("ticket_id", "true_topic", "needs_face_to_face")

# --------------------------------------------------------------------------------------------
# Topics. Each: key, product area, where face-to-face work happens ("home" visit or "store"),
# probability that a ticket needs someone face to face, volume shape over the year, related
# topics it borrows phrases from, subjects, phrases. Placeholders in braces are filled per ticket.
# --------------------------------------------------------------------------------------------

TOPICS: list[dict] = []


def _topic(key, area, venue, f2f, shape, near, subjects, phrases):
    TOPICS.append(dict(key=key, area=area, venue=venue, f2f=f2f, shape=shape, near=near,
                       subjects=subjects, phrases=phrases))


# ---- home broadband ------------------------------------------------------------------------

_topic("router_red_light", "internet", "home", 0.10, (),
       ("evening_dropouts", "router_replacement_store", "area_outage"),
       ["Red light on router", "Router light flashing red, no internet", "No internet - hub showing red",
        "Broadband down since {cal}", "Orange light on the hub won't go away", "Internet not working at all",
        "Router keeps showing a red light", "Hub red light after power cut"],
       ["The light on the front of the router has gone solid red.",
        "The broadband light is flashing red and nothing will connect.",
        "There's an orange light on the hub that won't go green.",
        "I've done a factory reset with a paperclip and it's still red.",
        "The red light came on after we had a power cut {date}.",
        "None of our devices can get online, the hub just sits on red.",
        "The internet light was blue this morning and now it's red.",
        "I followed the troubleshooting steps in the app and the light is still red.",
        "The service status page says there's no problem in my area.",
        "The router was fine until {cal}, then it went red overnight.",
        "It goes green for a minute after a restart and then back to red.",
        "I swapped the cable into the other socket and the light stays red.",
        "Is there a fault on the line? The hub is showing red.",
        "Your automated line test says everything is fine but the light is red.",
        "The hub reboots itself every few minutes and ends on a red light.",
        "We have no internet at all, only a red light on the router.",
        "I think the router might be broken, it's getting very hot and shows red.",
        "The manual says red means no broadband signal.",
        "I've had no connection for {n} days now because of this red light.",
        "Could you check the line from your end? The router light is red."])

_topic("slow_wifi_upstairs", "internet", "home", 0.12, (), ("speed_below_plan", "router_red_light"),
       ["Wifi doesn't reach upstairs", "Slow wifi in bedrooms", "Weak wifi signal upstairs",
        "Do you sell wifi boosters?", "Wifi dead zone in the house", "Need better coverage upstairs",
        "Mesh discs for a bigger house?", "Wifi drops in the back room"],
       ["The wifi is fine downstairs but upstairs it's really slow.",
        "In the bedrooms the signal drops to one bar.",
        "My daughter can't do video calls in her room because the wifi is so weak.",
        "We get full speed next to the router but not in the loft conversion.",
        "Do you do wifi extenders or mesh discs that work with your hub?",
        "The office is at the back of the house and the wifi barely reaches.",
        "The speed test gives {speed} Mbps upstairs and much more downstairs.",
        "We have thick stone walls and the signal just doesn't get through.",
        "Would moving the router help or do I need a booster?",
        "I bought a plug-in extender from a shop and it made no difference.",
        "The smart TV in the bedroom keeps losing the wifi.",
        "Is there a whole home wifi add-on I can get?",
        "My laptop connects upstairs but pages take forever to load.",
        "The wifi guarantee says I should get a good signal in every room.",
        "I read that your mesh boosters can be set up by an engineer.",
        "The house is on three floors and the router is in the basement.",
        "Video keeps freezing in the upstairs rooms only.",
        "Can someone tell me the best place to put the router?"])

_topic("speed_below_plan", "internet", "home", 0.05, (),
       ("slow_wifi_upstairs", "evening_dropouts", "first_bill_higher"),
       ["Speed much lower than I pay for", "Only getting {speed} Mbps", "Broadband speed complaint",
        "Not getting the advertised speed", "Slow internet speeds", "Speed guarantee claim",
        "Paying for fibre, getting slow speeds"],
       ["I'm paying for the {plan} package but only getting {speed} Mbps.",
        "The speed test with a cable plugged in shows {speed} Mbps.",
        "When I signed up I was promised a minimum guaranteed speed.",
        "The speed has been poor for weeks, not just one day.",
        "Downloads that used to take minutes now take an hour.",
        "Even wired into the router the speed is well below the plan.",
        "I'd like to claim under the speed guarantee.",
        "If you can't give me the speed I pay for I want a cheaper plan.",
        "Upload speed is almost nothing, which makes video calls impossible.",
        "Your own speed checker says my line should get much more.",
        "I've tested at different times of day and it's always slow.",
        "Is my line being throttled?",
        "Please check whether there's a problem with the line speed.",
        "A neighbour on the same plan gets three times my speed.",
        "I've attached screenshots of the speed tests.",
        "The minimum speed in my contract is higher than what I get.",
        "Can you lower my bill until the speed is fixed?",
        "Games and streaming are fine at night but the speed is still low."])

_topic("area_outage", "internet", "home", 0.02, (("bump", 290, 3, 12.0),), ("router_red_light", "tv_box_no_signal"),
       ["Outage in my area?", "Is there a known fault in {town}?", "Whole street has no internet",
        "Broadband and TV down since the storm", "Service outage", "When will the outage be fixed?",
        "No service in the area"],
       ["Is there an outage in {town}? My neighbours have no internet either.",
        "The whole street lost broadband at about {time}.",
        "Since the storm {date} nothing works, TV or internet.",
        "Your status page says there's a fault being investigated.",
        "How long will it take to fix the fault in our area?",
        "I work from home and the outage is costing me money.",
        "Will we get compensation for the days without service?",
        "I saw your engineers working on the cabinet at the end of the road.",
        "The text said the fix was due by {time} and it's still down.",
        "It's the third outage this month in our area.",
        "Can you give me an update on the network fault?",
        "Mobile data is also very slow here since the outage started.",
        "There was work on the road outside and then everything went off.",
        "Please confirm the fault reference so I can claim.",
        "The outage map on your website doesn't load.",
        "We have vulnerable people in the house and no way to get online."])

_topic("evening_dropouts", "internet", "home", 0.10, (), ("router_red_light", "speed_below_plan", "landline_fault"),
       ["Internet keeps dropping out", "Connection drops every evening", "Intermittent broadband",
        "Wifi disconnecting several times a day", "Dropouts during video calls", "Unstable connection",
        "Broadband cuts out at night"],
       ["The connection drops out every evening between 7 and 10.",
        "It disconnects for a minute or two several times a day.",
        "I keep getting kicked off my work video calls.",
        "The router light flickers and then the internet comes back after a few minutes.",
        "Online games disconnect constantly, it's unplayable.",
        "It's been dropping out on and off since {cal}.",
        "The router log shows the line resyncing many times a day.",
        "When it rains the connection seems to be worse.",
        "Streaming stops and starts because the internet keeps cutting out.",
        "I've kept a list of the times it dropped this week.",
        "Your line test passed but the dropouts carry on.",
        "A previous engineer said the line was noisy.",
        "It's fine in the day and unstable every night.",
        "The hub restarts on its own in the middle of the night.",
        "Could there be a loose connection somewhere on the line?",
        "Everything freezes for a few seconds, then it comes back.",
        "I'm paying for a stable connection and it isn't."])

_topic("wifi_password_change", "internet", None, 0.01, (), ("port_forwarding_static_ip", "account_hacked"),
       ["How do I change my wifi password?", "Forgot wifi password", "Change network name",
        "Wifi password on the router card doesn't work", "Someone is using my wifi",
        "Router admin login", "Reset wifi password"],
       ["How do I change the wifi password on the hub?",
        "I've lost the card with the wifi password on it.",
        "The password on the back of the router doesn't work any more.",
        "I want to rename my wifi network to something I recognise.",
        "I think a neighbour has our wifi password and is using it.",
        "What is the admin password for the router settings page?",
        "I changed the password and now the TV box won't connect.",
        "Can I set up a separate guest network for visitors?",
        "The app asks for the hub's admin code and I don't know it.",
        "My son changed the wifi password and forgot it.",
        "How do I see which devices are connected to my wifi?",
        "Is it possible to hide the network name?",
        "I'd like a stronger password than the default one.",
        "After the reset none of our devices remember the network.",
        "Which address do I type in the browser to get to the router?",
        "The printer can't find the network since I changed the password."])

_topic("router_replacement_store", "internet", "store", 0.80, (),
       ("router_red_light", "return_faulty_device", "equipment_return"),
       ["Swap faulty router in store", "Can I exchange my hub at a store?", "Router replacement",
        "Need a new router today", "Faulty hub - replacement", "Collect replacement router from {store}",
        "Which store can swap my router?"],
       ["Can I take the faulty router to the {store} store and swap it there?",
        "Support told me the hub is faulty and needs replacing.",
        "I don't want to wait for a courier, I can pick up a new router today.",
        "Does the {store} store keep routers in stock?",
        "The router has stopped working completely, no lights at all.",
        "I was told to bring the old hub and the power supply to the shop.",
        "Do I need to bring ID to exchange the router?",
        "The replacement router you posted never arrived.",
        "I went to the store and they said they couldn't swap it without a reference.",
        "Is there a charge for a replacement router if it's out of warranty?",
        "The new hub from the store needs setting up, can someone help?",
        "The power adapter on the router is broken, can I get just that?",
        "Please send the replacement order to the store so I can collect it.",
        "I'd like the newer model of router if I'm getting a replacement.",
        "The store advisor tested the router and confirmed it's dead.",
        "Can the shop transfer my settings to the new hub?",
        "Which stores near me do router swaps on a Saturday?"])

_topic("fibre_install_appointment", "internet", "home", 0.88, (("rise", 1.0),),
       ("moving_house", "missed_engineer_visit", "damaged_external_cable"),
       ["Fibre installation date", "Book my fibre install", "Reschedule installation appointment",
        "When is my engineer coming?", "Fibre upgrade installation", "Installation appointment {day}",
        "Change my install slot", "New fibre connection - appointment"],
       ["I'd like to book the engineer to install fibre at my house.",
        "Can I move my installation appointment to {day}?",
        "The engineer needs to run a new cable into the house, where will it go?",
        "Do I need to be home for the whole installation slot?",
        "The installation is booked for {day} between {time}.",
        "Will the engineer need to drill through the wall?",
        "I'm upgrading from copper broadband to full fibre.",
        "How long does a fibre install usually take?",
        "The order confirmation doesn't show an installation date.",
        "I need the install done before I start working from home on {cal}.",
        "Where will the engineer put the fibre box inside the house?",
        "Is there an earlier installation slot available?",
        "My landlord has given permission for the fibre installation.",
        "The engineer will need access to the loft and the garden.",
        "Can the installer also set up the new router in the office?",
        "The first installation was cancelled because of a blockage in the duct.",
        "Please send a reminder the day before the installation.",
        "We live in a block of flats, does the installer need building access?"])

_topic("missed_engineer_visit", "internet", "home", 0.75, (),
       ("fibre_install_appointment", "satellite_dish_install", "smart_camera_install"),
       ["Engineer didn't turn up", "Missed appointment", "Technician no-show {day}",
        "I took a day off and nobody came", "Nobody arrived for the install", "Engineer missed the slot",
        "Complaint - missed visit"],
       ["I waited in all day {day} and the engineer never came.",
        "I took a day off work for the appointment and nobody turned up.",
        "Nobody called to say the engineer was running late or cancelling.",
        "The tracker said the technician was on the way and then the job disappeared.",
        "This is the second missed appointment in a row.",
        "I want compensation for the missed visit.",
        "Please rebook the engineer for the earliest date possible.",
        "The card through the door says we weren't in, but we were home all day.",
        "The engineer came to the wrong address.",
        "I'd like a morning slot this time and a phone call before he arrives.",
        "Your text said the appointment was confirmed for {time}.",
        "My elderly father waited in for the technician who never came.",
        "How do I claim the missed appointment payment?",
        "We still have no service and nobody has been out to fix it.",
        "The engineer arrived, looked at the wall and left without doing anything.",
        "Can you guarantee someone will turn up next time?"])

_topic("damaged_external_cable", "internet", "home", 0.85, (),
       ("landline_fault", "area_outage", "fibre_install_appointment"),
       ["Cable cut by builders", "Telephone pole damaged", "Line hanging down outside my house",
        "Broken cable in the garden", "External wiring damaged in storm", "Fibre cable snapped",
        "Overhead cable down"],
       ["Builders next door cut through our cable while digging.",
        "The overhead wire from the pole is hanging down over the drive.",
        "A lorry clipped the cable outside and now we have no service.",
        "The box on the outside wall has been knocked off.",
        "Squirrels have chewed through the cable at the side of the house.",
        "The storm brought down the line to our house.",
        "The cable is lying across the pavement and it's dangerous.",
        "There's a cable hanging loose from the telephone pole.",
        "The fibre cable got cut when we had the garden landscaped.",
        "Someone needs to come and repair the external wiring.",
        "The junction box on the pole is open and wires are exposed.",
        "The line was reconnected temporarily but it's taped up.",
        "Who is responsible for repairing cable damage on my property?",
        "We've had no broadband or phone since the cable was cut.",
        "The cable runs through a tree that has now fallen.",
        "Please send an engineer to replace the damaged cable."])

_topic("port_forwarding_static_ip", "internet", None, 0.0, (), ("wifi_password_change", "speed_below_plan"),
       ["Port forwarding on the hub", "Static IP address", "Open NAT for gaming",
        "Can I use my own router?", "Bridge mode", "CGNAT question", "IPv6 support"],
       ["How do I set up port forwarding on your hub?",
        "My console says the NAT type is strict.",
        "Do you offer a static IP address and what does it cost?",
        "I want to use my own router in bridge mode.",
        "Am I behind CGNAT? I can't reach my home server.",
        "Does your network support IPv6 yet?",
        "The hub settings page has no option for DMZ.",
        "I need to open ports for a security camera recorder.",
        "Can I change the DNS servers on the hub?",
        "I run a small web server at home for my business.",
        "What are the PPPoE login details for my connection?",
        "UPnP is switched on but the ports still show closed.",
        "My VPN to work won't connect through the hub.",
        "Is there a business package with a fixed IP?",
        "The firmware update reset all my port forwarding rules.",
        "Can the hub's firewall be turned off?"])

# ---- TV and streaming ----------------------------------------------------------------------

_topic("tv_box_no_signal", "tv", "home", 0.15, (), ("area_outage", "remote_not_working", "satellite_dish_install"),
       ["TV box says no signal", "No signal on TV", "Set-top box not working", "TV box stuck on loading",
        "Error code on TV box", "Kestrel TV box frozen", "All channels missing on the box"],
       ["The TV box says no signal on every channel.",
        "The box is stuck on the loading screen and won't go any further.",
        "I get error code {code} when I turn the TV box on.",
        "The box keeps restarting itself every few minutes.",
        "The picture freezes and then the box says no signal.",
        "All the live channels have disappeared but the apps work.",
        "I've checked the aerial cable going into the back of the box.",
        "The light on the box is red and it won't come out of standby.",
        "The box was fine until the update {date}.",
        "The on-screen guide is empty and nothing plays.",
        "We've done the full reset from the menu and it's no better.",
        "Is there a problem with the TV service in my area?",
        "The box makes a clicking noise and then goes blank.",
        "Can you send a signal to the box from your end?",
        "The sound works but there's no picture.",
        "We might need a new box, this one is about {n} years old."])

_topic("streaming_app_login", "tv", None, 0.0, (("step", 228, 3.5),),
       ("password_reset", "verification_code_missing", "streaming_buffering"),
       ["Can't sign in to the TV app", "Streaming app login error", "Logged out of the app after update",
        "TV app says account not recognised", "Kestrel TV app won't accept password",
        "App error after latest update", "Can't log in on smart TV"],
       ["Since the latest update the TV app keeps logging me out.",
        "The streaming app says my account isn't recognised.",
        "I can't sign in to the TV app on the smart TV.",
        "It works on my phone but not on the games console.",
        "The app asks me to activate the device with a code and the code expires.",
        "I get error {code} when I try to sign in to the app.",
        "I've deleted and reinstalled the app twice.",
        "The app says I've reached the maximum number of devices.",
        "How do I remove old devices from my TV app account?",
        "The new version of the app won't accept my password.",
        "My login works on the website but not in the app.",
        "The app on the fire stick just spins on the sign-in page.",
        "The family members on my account can't sign in any more.",
        "Is the app down? It won't let anyone in.",
        "Do I use my broadband login or a separate one for the streaming app?",
        "After the update the app forgot all my profiles."])

_topic("channel_missing_from_package", "tv", None, 0.01, (), ("price_rise_complaint", "first_bill_higher"),
       ["Channel missing from my package", "Sports channels not showing", "Where has channel {n}0 gone?",
        "Paid for Sports Pack but can't watch", "Movies add-on not working", "Channel removed from line-up",
        "Lost channels after changing package"],
       ["I'm paying for the {tvpack} but the channels aren't showing.",
        "The sports channels say I'm not subscribed.",
        "One of my favourite channels has vanished from the guide.",
        "After I changed package I lost the kids' channels.",
        "Why was this channel removed from my package without telling me?",
        "The movies add-on was added to the bill but the box doesn't have it.",
        "It says I need to upgrade to watch the match, but I already pay for it.",
        "Can you refresh the channels on my box from your end?",
        "The HD versions of the channels are missing.",
        "Which package do I need to get the football?",
        "I was charged for the {tvpack} this month but can't watch any of it.",
        "The channel line-up on your website doesn't match what I get.",
        "Can I add a single channel without a whole package?",
        "The box says this channel is not available in my region.",
        "I cancelled the add-on last month but it's still on the bill.",
        "We used to get the documentary channels and now we don't."])

_topic("remote_not_working", "tv", "store", 0.15, (("fall", 1.4),), ("tv_box_no_signal", "accessory_warranty"),
       ["Remote control not working", "TV remote won't pair", "Replacement remote", "Voice remote broken",
        "Remote stopped responding", "Lost the TV remote", "Need a new remote"],
       ["The remote control has stopped working with the TV box.",
        "I've changed the batteries and the remote still doesn't respond.",
        "The voice button on the remote doesn't do anything.",
        "How do I pair the remote with the box again?",
        "The light on the remote flashes red when I press buttons.",
        "The dog chewed the remote, can I buy a new one?",
        "Can I pick up a replacement remote at the {store} store?",
        "The remote controls the box but not the TV volume.",
        "How much is a replacement remote?",
        "The buttons are sticking and half of them don't work.",
        "The remote worked until the box updated.",
        "I've lost the remote, is there an app I can use instead?",
        "Can you post a new remote rather than me going to a shop?",
        "Holding the two buttons to pair it does nothing.",
        "Is the remote covered by the warranty?",
        "The remote only works if I'm standing right next to the box."])

_topic("streaming_buffering", "tv", "home", 0.03, (),
       ("slow_wifi_upstairs", "speed_below_plan", "streaming_app_login"),
       ["Constant buffering", "Streaming keeps buffering", "Picture quality poor on the TV app",
        "Films stop to buffer", "Live TV stream freezing", "Buffering on smart TV"],
       ["Films on the streaming app keep stopping to buffer.",
        "The picture drops to low quality every few minutes.",
        "Live sport on the app lags well behind and freezes.",
        "Other streaming services work fine, only yours buffers.",
        "The spinning circle appears every few minutes during a film.",
        "It's worse in the evenings when everyone is watching.",
        "The smart TV is connected by wifi, not a cable.",
        "Is there a setting to stop the app lowering the quality?",
        "Buffering started after the last app update.",
        "The box in the bedroom buffers but the one downstairs is fine.",
        "Would an ethernet cable to the TV help with the buffering?",
        "The sound carries on but the picture freezes.",
        "We pay for 4K but the picture is blurry most of the time.",
        "Catch-up programmes buffer but live channels are okay.",
        "I ran a speed test and the broadband looks fine."])

_topic("recordings_missing", "tv", None, 0.03, (), ("tv_box_no_signal", "tv_parental_pin"),
       ["Recordings disappeared", "Lost all my recordings", "Recording storage full",
        "Series link not recording", "Can't record two programmes at once", "Recorded shows deleted"],
       ["All my recordings have disappeared from the box.",
        "The box deleted my recorded series without asking.",
        "It says the storage is full but I've deleted lots of programmes.",
        "Series link didn't record the last {n} episodes.",
        "Recordings stop halfway through the programme.",
        "Can I get my recordings back after the box was reset?",
        "The box won't let me record one channel while watching another.",
        "Are recordings stored in the cloud or on the box?",
        "After the engineer swapped the box my recordings were gone.",
        "Scheduled recordings show as failed.",
        "How do I increase the recording space?",
        "Recordings play with no sound.",
        "Will I lose my recordings if I upgrade the box?",
        "The planner is empty even though the recordings play.",
        "My wife's recorded dramas were all wiped overnight."])

_topic("satellite_dish_install", "tv", "home", 0.90, (),
       ("fibre_install_appointment", "missed_engineer_visit", "tv_box_no_signal"),
       ["Satellite dish installation", "Book dish install", "Aerial installation for TV",
        "Move my satellite dish", "Dish fitting appointment", "Installer for TV dish", "Dish knocked out of line"],
       ["I need a satellite dish fitted for the new TV package.",
        "Can an installer move the dish to the back of the house?",
        "The wind has knocked the dish out of alignment.",
        "Do you install aerials as well as dishes?",
        "The dish installation is booked for {day}, will it take long?",
        "We're in a listed building, can the dish go in the garden?",
        "The installer needs to run a cable to the bedroom TV as well.",
        "Is there a charge for the dish installation?",
        "The signal strength on the box is very low since the storm.",
        "The dish bracket has come loose from the wall.",
        "Can the engineer take away the old dish?",
        "Our neighbour's tree is now blocking the dish.",
        "We need a second point installed for the TV upstairs.",
        "Please send a technician to realign the dish.",
        "The landlord wants to know where the dish will be mounted.",
        "The installer didn't have a long enough ladder last time."])

_topic("tv_parental_pin", "tv", None, 0.0, (), ("recordings_missing", "wifi_password_change"),
       ["Forgot TV PIN", "Parental PIN reset", "Change parental controls", "Purchase PIN not working",
        "Set age ratings on the TV box", "Kids buying films on the box"],
       ["I've forgotten the parental PIN for the TV box.",
        "How do I reset the purchase PIN?",
        "My kids keep buying films on the box without asking.",
        "I want to lock programmes above a certain age rating.",
        "The PIN I set doesn't work any more.",
        "Can you turn off the PIN for the adult channels?",
        "The box asks for a PIN every time we watch after 9pm.",
        "How do I stop the kids changing the settings?",
        "Someone ordered {n} films on the box this month.",
        "Is the TV PIN the same as my account password?",
        "Can I set a separate PIN for the app on the tablet?",
        "I'd like the film purchases refunded, my son didn't know.",
        "Where in the menu are the parental controls?",
        "The PIN screen appears even for children's programmes.",
        "Please reset the PIN to the default."])

# ---- mobile --------------------------------------------------------------------------------

_topic("sim_not_activating", "mobile", "store", 0.12, (),
       ("esim_transfer", "number_porting", "mobile_data_not_working"),
       ["New SIM not working", "SIM not activated", "SIM card says no service", "Activate my SIM",
        "Replacement SIM not connecting", "SIM registration failed", "Invalid SIM message"],
       ["My new SIM card still says no service after {n} days.",
        "The phone shows invalid SIM when I put the new card in.",
        "I activated the SIM online but it still won't connect.",
        "The replacement SIM arrived but I can't make calls.",
        "It's been over 24 hours and the SIM isn't active.",
        "The activation text never came through.",
        "The SIM works for texts but not for calls.",
        "Which size SIM do I need for my phone?",
        "I was given a SIM in the {store} store and it doesn't work.",
        "The phone says SIM locked and asks for a PUK code.",
        "Do I need to restart the phone after activating the SIM?",
        "My old SIM stopped working before the new one was active.",
        "The SIM was activated on the wrong number.",
        "Can the store activate the SIM for me while I wait?",
        "I've tried the SIM in another phone and it's the same.",
        "The welcome pack says to text a code to activate, but nothing happens."])

_topic("esim_transfer", "mobile", "store", 0.08, (("rise", 1.8),), ("sim_not_activating", "handset_upgrade"),
       ["eSIM transfer to new phone", "How do I get an eSIM?", "eSIM QR code not working",
        "Switch from physical SIM to eSIM", "eSIM activation failed", "Move eSIM to new iPhone"],
       ["I want to switch my physical SIM to an eSIM.",
        "The eSIM QR code says it has already been used.",
        "How do I move my eSIM to my new phone?",
        "The eSIM download failed halfway through.",
        "I need a new QR code for my eSIM.",
        "Can I have an eSIM and a physical SIM on the same phone?",
        "The eSIM transfer option doesn't appear on my phone.",
        "My watch needs an eSIM, do you support that?",
        "After the phone reset I lost the eSIM profile.",
        "The app says eSIM isn't available on my plan.",
        "Is there a charge for swapping to an eSIM?",
        "I've got a {model} and it only takes an eSIM.",
        "The eSIM shows no service even though it installed.",
        "Can the store set up the eSIM for me?",
        "I deleted the eSIM by mistake.",
        "Do I need to verify my identity to get an eSIM?"])

_topic("number_porting", "mobile", "store", 0.03, (), ("sim_not_activating", "cancel_contract"),
       ["Transfer my number", "Keep my old number", "PAC code not working", "Number port failed",
        "Porting number from another network", "Still on temporary number", "Switch number to Kestrel"],
       ["I want to bring my old number over from my previous network.",
        "I gave you the PAC code but my number hasn't moved.",
        "I'm still on the temporary number after {n} days.",
        "The port date has passed and nothing happened.",
        "My old network says the transfer code has expired.",
        "I've lost my old number completely after the transfer.",
        "Can I move my number to my new SIM without losing texts?",
        "People calling my old number get a message that it's not in use.",
        "How long does a number transfer usually take?",
        "I want to take my number to another provider, how do I get the code?",
        "The transfer went to the wrong SIM.",
        "Can you cancel the number port? I changed my mind.",
        "My business number must not be lost in the switch.",
        "The switching code you sent me was rejected.",
        "I was promised the number would move on {day}."])

_topic("roaming_charges", "mobile", None, 0.0, (("bump", 200, 35, 1.8),),
       ("unrecognised_charge", "mobile_data_not_working"),
       ["Roaming charges on my bill", "Charged for using phone abroad", "Roaming not working in {country}",
        "Is {country} included in my plan?", "Huge bill after holiday", "Roaming add-on", "Data abroad"],
       ["I've been charged {amount} for using my phone in {country}.",
        "I thought roaming in {country} was included in my plan.",
        "My phone won't connect to any network abroad.",
        "I got a text saying I'd reached the roaming limit.",
        "Do I need to switch data roaming on before I travel?",
        "The roaming daily charge was taken even on days I didn't use the phone.",
        "How much does it cost to use data in {country}?",
        "Can I buy a travel add-on for two weeks?",
        "The phone connected to a ship network and charged me a fortune.",
        "I'm going to {country} next month, will my plan work there?",
        "I had data roaming switched off and was still charged.",
        "Calls back home from abroad were charged at a high rate.",
        "Can you refund the roaming charges? I wasn't told about them.",
        "The roaming bolt-on didn't activate.",
        "My partner's phone works abroad and mine doesn't."])

_topic("mobile_data_not_working", "mobile", "store", 0.03, (),
       ("sim_not_activating", "poor_indoor_signal", "roaming_charges"),
       ["Mobile data not working", "No 4G", "5G not showing", "Data stopped working", "Can't use internet on phone",
        "APN settings", "Hotspot not working"],
       ["Mobile data stopped working but calls and texts are fine.",
        "My phone shows 4G but nothing loads.",
        "I have plenty of data left but it says I've used my allowance.",
        "5G never shows up even though my area is covered.",
        "What are the APN settings for my phone?",
        "The personal hotspot option has disappeared.",
        "Data works on wifi but not on the mobile network.",
        "It started after I changed my plan.",
        "The data cuts out when I'm on the train.",
        "My data has been slow for a week everywhere I go.",
        "Has my data been capped?",
        "Other people on your network near me have data, I don't.",
        "I reset the network settings on the phone and it still doesn't work.",
        "The data counter in the app hasn't updated for days.",
        "I bought a data add-on and it hasn't been applied."])

_topic("cracked_screen_repair", "mobile", "store", 0.85, (),
       ("handset_upgrade", "accessory_warranty", "store_appointment"),
       ["Cracked screen repair", "Phone screen broken", "Repair booking for my phone", "Phone won't charge - repair",
        "Water damage repair", "Insurance claim for phone", "Battery replacement"],
       ["I dropped my phone and the screen is cracked.",
        "Can the {store} store repair a cracked screen while I wait?",
        "How much is a screen replacement for a {model}?",
        "Is accidental damage covered by my phone insurance?",
        "The phone got wet and now it won't turn on.",
        "The charging port is loose and the phone won't charge.",
        "The battery drains in a couple of hours, can it be replaced?",
        "I'd like to book a repair at the store.",
        "How long will the repair take and can I get a loan phone?",
        "The touch screen doesn't respond in one corner.",
        "The back glass is shattered.",
        "I've started an insurance claim but haven't heard back.",
        "Do I need to back up my phone before the repair?",
        "The repair centre sent the phone back still broken.",
        "Can I drop my phone off at the shop and collect it later?",
        "The camera lens is cracked and photos are blurry.",
        "Is there an excess to pay on the insurance claim?"])

_topic("lost_stolen_phone", "mobile", "store", 0.30, (),
       ("account_hacked", "sim_not_activating", "cracked_screen_repair"),
       ["Phone stolen", "Lost my phone - block SIM", "Stolen handset", "Bar my number",
        "Need a replacement SIM today", "Phone lost abroad", "Report stolen phone"],
       ["My phone was stolen {date}, please block the SIM.",
        "I've lost my phone and need to stop anyone using it.",
        "Can you bar the handset so it can't be used?",
        "I need a replacement SIM with the same number as soon as possible.",
        "Can I collect a new SIM from the {store} store today?",
        "I have a police crime reference number.",
        "Someone may have made calls on my stolen phone.",
        "Will I still have to pay for the phone I've lost?",
        "Is the phone covered by insurance if it's stolen?",
        "I lost my phone on holiday and need a new SIM when I'm back.",
        "Please make sure I'm not charged for calls after it was stolen.",
        "How do I get a replacement phone while I wait for the insurance?",
        "My banking apps are on the phone, I'm very worried.",
        "The store said I need ID to get a new SIM.",
        "I found the phone again, can you unblock it?"])

_topic("poor_indoor_signal", "mobile", "home", 0.10, (), ("mobile_data_not_working", "slow_wifi_upstairs"),
       ["No signal at home", "Poor mobile coverage indoors", "Calls dropping at home", "Signal booster",
        "Wifi calling", "Only one bar of signal", "Coverage complaint"],
       ["I have no signal inside the house, only in the garden.",
        "Calls drop as soon as I walk into the kitchen.",
        "Your coverage map says we should have strong signal indoors.",
        "Can I get a signal booster for my home?",
        "How do I turn on wifi calling?",
        "Texts arrive hours late because of the poor signal.",
        "The signal got worse after a mast nearby was switched off.",
        "I work from home and miss calls because of the coverage.",
        "Is there work being done on the mast near me?",
        "Can I leave my contract if there's no coverage at my address?",
        "The phone switches between 4G and no service all day.",
        "My partner on another network has full bars in the same room.",
        "We're in a new build and the signal is terrible.",
        "Someone came to install a booster for my neighbour.",
        "Is there a femtocell I can plug into my broadband?"])

_topic("handset_upgrade", "mobile", "store", 0.30, (("bump", 258, 20, 1.5),),
       ("esim_transfer", "contract_renewal_deal", "device_trade_in"),
       ["Am I due an upgrade?", "Upgrade to the new {model}", "Handset upgrade options", "Upgrade eligibility",
        "Early upgrade fee", "Reserve the new phone in store", "New phone on my contract"],
       ["When am I eligible for an upgrade?",
        "I'd like to upgrade to the {model} on my current plan.",
        "Is there a fee for upgrading early?",
        "Can I reserve the new phone at the {store} store?",
        "The upgrade price online is different to the one in the shop.",
        "Do I keep my number and SIM when I upgrade?",
        "Can I trade in my current phone against the upgrade?",
        "What colours of the {model} do you have in stock?",
        "I'd like to see the phone in the store before I upgrade.",
        "The upgrade button in the app doesn't work.",
        "Can I upgrade on a shorter contract?",
        "The upgrade offer expired before I could order it.",
        "Will the store transfer my data to the new phone?",
        "I'd like a cheaper plan when I upgrade.",
        "My upgrade order has been stuck on pending for days.",
        "Is the upgrade price including the monthly cost of the phone?"])

_topic("voicemail_setup", "mobile", None, 0.0, (), ("mobile_data_not_working",),
       ["Voicemail not working", "Set up voicemail", "Turn off voicemail", "Voicemail PIN",
        "Missed call alerts", "Can't access my voicemail"],
       ["How do I set up my voicemail greeting?",
        "Calls go straight to voicemail without ringing.",
        "I'd like to turn voicemail off completely.",
        "I've forgotten my voicemail PIN.",
        "I don't get notified when someone leaves a voicemail.",
        "Visual voicemail doesn't work on my phone.",
        "Calling the voicemail number gives an error.",
        "How long do voicemails stay before they're deleted?",
        "Callers hear someone else's name on my voicemail.",
        "The voicemail box says it's full.",
        "Can I get missed call texts instead of voicemail?",
        "How many rings before it goes to voicemail?",
        "Is it free to listen to my voicemail from abroad?",
        "The voicemail messages are blank.",
        "My voicemail is in the wrong language."])

_topic("network_unlock", "mobile", "store", 0.03, (), ("handset_upgrade", "cancel_contract"),
       ["Unlock my phone", "Network unlock code", "Phone locked to network", "Unlock request",
        "Can't use another SIM", "SIM network unlock PIN"],
       ["Please can you unlock my phone so I can use another SIM?",
        "The phone says SIM network unlock PIN.",
        "I requested an unlock code {date} and haven't received it.",
        "I've paid off the phone, is it unlocked now?",
        "The unlock code you sent doesn't work.",
        "I bought a second-hand phone and it's locked to your network.",
        "Do I have to pay to unlock the phone?",
        "I'm travelling and want to use a local SIM.",
        "The unlock form on the website gives an error.",
        "How do I know if my phone is already unlocked?",
        "The phone was unlocked in the store but still rejects other SIMs.",
        "I'm leaving for another network and need the phone unlocked.",
        "My son's phone needs unlocking before he goes abroad.",
        "Can you unlock an old phone I no longer pay for?",
        "The unlock status in the app says pending."])

# ---- billing -------------------------------------------------------------------------------

_topic("unrecognised_charge", "billing", None, 0.01, (),
       ("double_charged", "first_bill_higher", "roaming_charges", "refund_request"),
       ["Charge I don't recognise", "What is this charge?", "Unexpected charge on my bill", "Query about my bill",
        "Extra charge of {amount}", "Bill higher than usual", "Unknown charge on account"],
       ["There's a charge of {amount} on my bill that I don't recognise.",
        "What is the one-off charge on this month's bill?",
        "I've been charged for something I never ordered.",
        "My bill has gone up by {amount} and nothing has changed.",
        "There's a line on the bill called service charge, what is that?",
        "I was charged for a film I didn't buy.",
        "The bill shows calls to a number I've never called.",
        "I was charged for an add-on I cancelled.",
        "Please explain every item on my latest bill.",
        "I think someone has put something on my account by mistake.",
        "Why is there a premium rate charge on my mobile?",
        "The charge appeared after I spoke to your team about something else.",
        "I want this charge removed and a credit applied.",
        "The amount taken from my bank doesn't match the bill.",
        "I didn't agree to any upgrade, so why am I paying more?",
        "There's an equipment charge but I returned the equipment.",
        "I was billed for a visit that never happened.",
        "I need the charge explained before I pay it."])

_topic("price_rise_complaint", "billing", None, 0.0, (("bump", 95, 20, 4.0),),
       ("unrecognised_charge", "cancel_contract", "contract_renewal_deal"),
       ["Price increase complaint", "Why has my price gone up?", "Annual price rise", "Mid-contract price increase",
        "Can I leave because of the price rise?", "Price rise letter", "Unfair price increase"],
       ["I've had a letter saying my price is going up in April.",
        "You've put my price up in the middle of my contract.",
        "The price rise is much more than inflation.",
        "Can I leave my contract without a fee because of the price increase?",
        "I wasn't told about the price rise when I signed up.",
        "My monthly bill is going up by {amount} with no improvement in service.",
        "This is the second price increase in a year.",
        "Other providers are much cheaper than you now.",
        "I'm a pensioner and can't afford another price rise.",
        "Is the annual price increase in my contract?",
        "Will the price go up again next year?",
        "I want a discount to make up for the price rise.",
        "The price rise applies to broadband and TV, which is a lot.",
        "The email about the price change went to spam.",
        "I'd like to complain formally about the price increase.",
        "If you don't reverse the price rise I'll switch."])

_topic("refund_request", "billing", None, 0.01, (),
       ("unrecognised_charge", "double_charged", "return_faulty_device", "cancel_contract"),
       ["Refund request", "Where is my refund?", "Refund not received", "Please refund my account",
        "Credit owed to me", "Refund after cancellation", "Refund of {amount}"],
       ["I'm still waiting for the refund I was promised.",
        "I was told the refund would take five working days and it's been {n} weeks.",
        "Please refund the {amount} to my card.",
        "My account is in credit, can I have the money back?",
        "The refund went to an old card I don't have any more.",
        "I returned the item and haven't had my money back.",
        "Can you send me a refund reference number?",
        "I'd like a refund for the days the service wasn't working.",
        "The final bill shows a credit but nothing has been paid to me.",
        "I was overcharged and want a refund, not a credit on the bill.",
        "How long do refunds take to reach the bank?",
        "The refund amount is less than what I paid.",
        "My refund was approved on {cal}.",
        "I've asked for this refund three times now.",
        "Please refund the cancellation fee, I was within the cooling-off period."])

_topic("direct_debit_failed", "billing", None, 0.0, (),
       ("update_payment_card", "late_fee_dispute", "payment_arrangement"),
       ["Direct debit failed", "Payment didn't go through", "Missed payment letter", "Direct debit cancelled",
        "Bank says no direct debit", "Payment failed warning", "Set up direct debit again"],
       ["I got a letter saying my direct debit payment failed.",
        "My bank says there's no direct debit set up for you.",
        "The payment bounced but there was money in the account.",
        "I changed banks and the direct debit didn't move over.",
        "Can I set up the direct debit again on a different date?",
        "Why was the direct debit cancelled?",
        "I've been sent a warning about a missed payment.",
        "Please take the payment again, the money is there now.",
        "Can I pay the missed amount by card?",
        "The direct debit was taken twice this month.",
        "I'd like to change the payment date to the {nth}.",
        "The app says payment overdue but my bank shows it was paid.",
        "Will a failed payment affect my credit score?",
        "I set up the direct debit online but it never started.",
        "My account has been suspended because of a failed payment."])

_topic("update_payment_card", "billing", None, 0.02, (), ("direct_debit_failed", "update_contact_details"),
       ["Update card details", "New bank card", "Change payment method", "Card expired",
        "Remove old card from account", "Update billing details", "Card payment declined"],
       ["My card has expired and I need to update the details.",
        "I've got a new bank card, how do I change it on my account?",
        "The website won't accept my new card.",
        "I want to pay by direct debit instead of card.",
        "Please remove my old card from the account.",
        "The card payment keeps getting declined.",
        "My card was cancelled by the bank after fraud.",
        "Can I pay with a different card just this month?",
        "The app says my payment details are out of date.",
        "I'd like to use my partner's card to pay the bill.",
        "The card update page gives a security error.",
        "The new card ends in {last4}.",
        "Can I update the card over the phone?",
        "Will I be charged a late fee while I update the card?",
        "I want to change the billing address on my card details."])

_topic("first_bill_higher", "billing", None, 0.0, (),
       ("unrecognised_charge", "price_rise_complaint", "fibre_install_appointment"),
       ["First bill higher than expected", "Why is my first bill so high?", "Part-month charges",
        "Bill doesn't match the deal", "New customer bill query", "Set-up fee on first bill"],
       ["My first bill is much higher than the price I signed up for.",
        "Why have I been charged for part of a month and a full month?",
        "I was told there was no set-up fee but it's on the bill.",
        "The deal was {amount} a month but I've been billed more.",
        "Is the first bill always higher?",
        "The discount I was promised isn't on the bill.",
        "There's an activation charge I wasn't told about.",
        "I was charged in advance and in arrears on the same bill.",
        "My first bill came before the service was even installed.",
        "Please check that the right price plan is on my account.",
        "The welcome email had a different price to the bill.",
        "I thought the router delivery was free.",
        "When will my bill go down to the normal amount?",
        "The sales person told me the first month was free.",
        "I'm being charged for TV and I only ordered broadband."])

_topic("late_fee_dispute", "billing", None, 0.0, (),
       ("direct_debit_failed", "payment_arrangement", "unrecognised_charge"),
       ["Late payment fee", "Unfair late fee", "Remove late charge", "Charged for paying late",
        "Admin fee on bill", "Late fee when I paid on time"],
       ["I've been charged a late payment fee but I paid on time.",
        "The payment was only one day late, the fee is unfair.",
        "Please remove the late fee from my bill.",
        "I was in hospital and couldn't pay on time.",
        "The direct debit failed on your side, not mine.",
        "Why is there an admin fee of {amount}?",
        "I've never paid late before, can you waive it?",
        "The late fee was charged twice.",
        "Your system was down when I tried to pay.",
        "I'd like a goodwill credit for the late fee.",
        "Nobody told me the payment date had changed.",
        "I paid at the post office and it took days to reach you.",
        "The reminder letter arrived after the due date.",
        "Is there a grace period before the late fee is added?",
        "I'll dispute this with my bank if the fee isn't removed."])

_topic("paper_bill_request", "billing", None, 0.02, (("fall", 1.2),), ("update_contact_details", "first_bill_higher"),
       ["Paper bill please", "Stop charging for paper bills", "Send my bill by post",
        "Printed statement request", "Can't see my bill online", "Copy of old bills"],
       ["I'd like to receive my bill by post, I don't use email.",
        "Why am I being charged for a paper bill?",
        "Can you send me printed copies of my last {n} bills?",
        "I need a paper statement for my benefit application.",
        "I can't log in to see my bills online.",
        "My mother is {age} and doesn't have a computer, she needs paper bills.",
        "Please stop sending paper bills, email is fine.",
        "I need a bill with my address on for proof of address.",
        "The paper bill charge should be waived for older customers.",
        "The PDF bill won't download from the website.",
        "Can the bill be sent in large print?",
        "I haven't received a paper bill for months.",
        "Please post a copy of the bill to my son's address.",
        "How much is the paper billing fee?",
        "I want itemised calls on the paper bill."])

_topic("payment_arrangement", "billing", "store", 0.06, (),
       ("direct_debit_failed", "late_fee_dispute", "cancel_contract"),
       ["Payment plan", "Struggling to pay my bill", "Can I pay in instalments?", "Financial difficulty",
        "Arrears on my account", "Debt collection letter", "Pay later this month"],
       ["I'm struggling to pay this month's bill, can I pay in instalments?",
        "I've lost my job and need a payment plan.",
        "Can I pay the bill on the {nth} when I get paid?",
        "I've had a letter from a debt collector about my account.",
        "Please don't cut off my internet, I need it for job hunting.",
        "Can you move me to a cheaper package while I catch up?",
        "Is there a social tariff I can switch to?",
        "I'm on universal credit, do you have a cheaper plan?",
        "I can pay {amount} now and the rest next month.",
        "How much do I owe in total?",
        "I'd prefer to sort this out face to face, can I pay at a store?",
        "The arrears are from a bill I disputed.",
        "Please stop the reminder calls, I'm trying to pay.",
        "Can the late fees be removed if I agree a plan?",
        "My service has been restricted because of the arrears."])

_topic("double_charged", "billing", None, 0.0, (), ("unrecognised_charge", "refund_request", "direct_debit_failed"),
       ["Charged twice", "Double payment taken", "Two payments this month", "Duplicate charge",
        "Billed twice for the same month", "Paid twice by mistake"],
       ["You've taken two payments from my account this month.",
        "I was charged twice for the same bill.",
        "The direct debit went out twice on {cal}.",
        "I paid by card and then the direct debit was taken as well.",
        "My bank statement shows two payments of {amount}.",
        "Please refund the duplicate payment straight away.",
        "Now I'm overdrawn because of the double charge.",
        "I'll need the bank charges covered too.",
        "The app shows one payment but my bank shows two.",
        "It's the second time this has happened.",
        "I paid the bill in the store and again online by mistake.",
        "Can you confirm when the duplicate will be refunded?",
        "I was charged twice for the same phone order.",
        "The same charge appears on two separate bills.",
        "Please check all my payments for the last {n} months."])

# ---- accounts ------------------------------------------------------------------------------

_topic("password_reset", "account", None, 0.01, (),
       ("verification_code_missing", "streaming_app_login", "account_hacked"),
       ["Can't log in", "Password reset not working", "Locked out of my account", "Forgot password",
        "Reset link expired", "Login problems", "My Kestrel app won't let me in"],
       ["I can't log in to my account online.",
        "The password reset link says it has expired.",
        "I've been locked out after too many attempts.",
        "I never receive the password reset email.",
        "The website says my email address isn't registered.",
        "I've forgotten my username as well as my password.",
        "The new password is rejected even though it meets the rules.",
        "The login page just reloads when I press sign in.",
        "I'm stuck in a loop between login and reset password.",
        "The My Kestrel app logs me out every time I close it.",
        "Can you reset the password for me?",
        "My account is locked and the unlock link doesn't work.",
        "It says my details are incorrect but I'm sure they're right.",
        "I set up the account with an old email address I can't access.",
        "Which login do I use, the broadband one or the mobile one?",
        "The security question answers aren't accepted."])

_topic("verification_code_missing", "account", "store", 0.02, (),
       ("password_reset", "account_hacked", "poor_indoor_signal"),
       ["Verification code not received", "Not getting the text code", "Two-step verification problem",
        "One-time passcode never arrives", "Can't verify my account", "2FA code not working"],
       ["The verification code never arrives by text.",
        "I'm not getting the one-time passcode to log in.",
        "The code arrives after it has already expired.",
        "The code is sent to an old mobile number I don't have.",
        "I've changed phones and can't get the two-step codes.",
        "Can I get the verification code by email instead?",
        "It says the code is invalid every time.",
        "I've requested {n} codes and none have come through.",
        "I have no signal at home so the texts don't arrive.",
        "How do I turn off two-step verification?",
        "The authenticator app option doesn't work.",
        "I'm abroad and can't receive the text codes.",
        "Can the store verify me in person instead?",
        "The code is for a different account.",
        "The security text comes from a number I don't recognise, is it genuine?"])

_topic("change_account_holder", "account", "store", 0.40, (),
       ("id_check_in_store", "update_contact_details", "cancel_contract"),
       ["Change account holder", "Transfer account to my name", "Bereavement - account of my late husband",
        "Add a second account holder", "Move account after divorce", "Power of attorney"],
       ["I'd like to transfer the account into my name.",
        "My husband passed away and the account is in his name.",
        "Can I add my partner as a second account holder?",
        "We've separated and I need the account moved to me.",
        "I have power of attorney for my father's account.",
        "What documents do you need to change the account holder?",
        "Do I have to bring the death certificate into a store?",
        "The account holder has moved abroad.",
        "Can my son take over the contract without a new credit check?",
        "I don't want to lose the number when the account changes names.",
        "The store said they couldn't change the account holder.",
        "Can we do the transfer of ownership in the {store} store?",
        "I've sent the documents but heard nothing.",
        "Will the contract start again if the account changes hands?",
        "My mother has dementia and I manage her bills now."])

_topic("update_contact_details", "account", None, 0.02, (),
       ("moving_house", "update_payment_card", "change_account_holder"),
       ["Update my email address", "Change my phone number on the account", "Change of name",
        "Update contact details", "Wrong name on my bills", "Change marketing preferences"],
       ["Please update the email address on my account.",
        "I've got married and need to change my surname.",
        "The name on my bills is spelt wrong.",
        "My contact number has changed, please update it.",
        "I can't find where to change my details in the app.",
        "Please stop sending me marketing texts.",
        "The billing address is still my old flat.",
        "Can I change the contact person to my daughter?",
        "The website won't save my new phone number.",
        "I need my title changed on the account.",
        "Letters are still going to my old address.",
        "Please update my date of birth, it's wrong.",
        "I'd like all correspondence by email only.",
        "Can you add a password for phone calls about the account?",
        "The new email is {email}."])

_topic("moving_house", "account", "home", 0.50, (),
       ("fibre_install_appointment", "cancel_contract", "update_contact_details"),
       ["Moving house", "Move broadband to my new address", "Home move on {cal}", "Moving - keep my services",
        "Transfer service to new home", "Moving in with partner - cancel one account"],
       ["I'm moving house on {cal} and want to take my broadband with me.",
        "Can you move my services to my new address?",
        "Will I need an engineer to connect the new property?",
        "Is fibre available at my new address?",
        "I'm moving in with my partner, can I cancel without a fee?",
        "What happens to my router when I move?",
        "Please book the installation at the new house for moving day.",
        "Can I keep my phone number when I move?",
        "The new house has never had a line before.",
        "I don't want to be without internet when I move.",
        "How much notice do you need for a home move?",
        "Do I have to start a new contract at the new address?",
        "The new flat already has your box on the wall.",
        "Can someone come and set up the TV at the new place?",
        "I'm moving abroad, how do I end the contract?",
        "The previous tenant's account is still active at the new address."])

_topic("cancel_contract", "account", "store", 0.04, (),
       ("price_rise_complaint", "equipment_return", "contract_renewal_deal", "moving_house"),
       ["Cancel my contract", "I want to leave", "Cancellation request", "Early termination fee",
        "Cancel broadband", "End my contract", "Notice to cancel"],
       ["I want to cancel my contract.",
        "Please cancel my broadband from the end of the month.",
        "How much is the early termination fee?",
        "I'm leaving because the service has been so poor.",
        "Your cancellation line kept me on hold for an hour.",
        "I gave notice on {cal} but I'm still being billed.",
        "Can I cancel within the cooling-off period?",
        "Please confirm the cancellation in writing.",
        "I've found a cheaper deal elsewhere.",
        "Do I need to return the equipment when I cancel?",
        "I don't want to be offered a discount, I just want to cancel.",
        "My contract ended months ago, why can't I leave?",
        "The person I spoke to said the account was cancelled but it isn't.",
        "I'd like to cancel just the TV and keep the broadband.",
        "Can I cancel in a store instead of on the phone?",
        "The cancellation fee is higher than I was told."])

_topic("contract_renewal_deal", "account", "store", 0.03, (),
       ("cancel_contract", "price_rise_complaint", "handset_upgrade"),
       ["Contract ending - best deal?", "Renewal offer", "Out of contract price", "Loyalty discount",
        "Better deal for existing customers", "Re-contract", "Price after my deal ends"],
       ["My contract ends next month, what deals can you offer?",
        "New customers get a better price than me.",
        "I'm out of contract and my bill has gone up.",
        "Can I have the same deal as on your website?",
        "I've been loyal for years, is there a loyalty discount?",
        "What's the price if I sign up for another {n} months?",
        "Can I renew and add faster broadband?",
        "The renewal offer in the app is more expensive than before.",
        "A competitor has offered me a much cheaper deal.",
        "Can I renew in store and see the options?",
        "I'd like to reduce my package to save money.",
        "Will I get a new router if I renew?",
        "Please call me back about renewal offers.",
        "The deal I was offered on the phone isn't on my account.",
        "Can I renew without a price rise every year?"])

_topic("id_check_in_store", "account", "store", 0.75, (),
       ("change_account_holder", "account_hacked", "store_appointment"),
       ["ID check needed", "Verify my identity in store", "Credit check failed", "Proof of address",
        "What ID do I need?", "Account on hold pending ID", "Identity verification"],
       ["The order is on hold until I verify my identity.",
        "I've been asked to bring photo ID to a store.",
        "What documents count as proof of address?",
        "The credit check failed and I don't know why.",
        "Can I do the ID check at the {store} store?",
        "I don't have a passport or a driving licence.",
        "I uploaded my ID online but it was rejected.",
        "The store said my ID wasn't valid.",
        "Why do you need to see me in person for this?",
        "My account was frozen pending identity verification.",
        "I need to verify my identity before the SIM swap.",
        "Can someone verify me over a video call?",
        "My bank statement was rejected as proof of address.",
        "I've just moved to the country and don't have local ID yet.",
        "How long after the ID check will my order go through?"])

_topic("account_hacked", "account", "store", 0.18, (),
       ("password_reset", "lost_stolen_phone", "verification_code_missing", "unrecognised_charge"),
       ["Account hacked", "Someone accessed my account", "Fraudulent order on my account", "SIM swap fraud",
        "Suspicious login alert", "Scam text pretending to be Kestrel", "Unauthorised changes"],
       ["Someone has logged into my account and changed the email.",
        "I got an alert about a login from a device I don't own.",
        "There's an order for a new phone that I didn't make.",
        "My SIM stopped working and I think someone swapped it.",
        "I've had a text claiming to be from you asking for my bank details.",
        "My password was changed without me doing it.",
        "Someone called pretending to be from Kestrel.",
        "Please freeze my account until this is sorted.",
        "I think my details were in a data breach.",
        "Can I add a security password to stop fraud?",
        "The store said I need to come in with ID to reset it.",
        "My bank has flagged payments linked to my account.",
        "I didn't request a SIM swap but one was done {date}.",
        "They've added a new contract in my name.",
        "How do I report fraud on my account?",
        "I need a letter confirming the fraud for the police."])

# ---- retail and online shop ----------------------------------------------------------------

_topic("order_delivery_delay", "retail", None, 0.02, (("holiday", 1.0),),
       ("wrong_item_delivered", "click_and_collect", "handset_upgrade"),
       ["Where is my order?", "Order {order} not arrived", "Delivery delayed", "Parcel not received",
        "Tracking not updating", "Order still processing", "Courier says delivered but nothing here"],
       ["My order {order} still hasn't arrived.",
        "The tracking hasn't updated for {n} days.",
        "The courier says it was delivered but there's nothing here.",
        "I was told next day delivery and it's been a week.",
        "My order still says processing.",
        "Can you tell me which courier has my parcel?",
        "I paid extra for fast delivery and it's late.",
        "The delivery was rescheduled without asking me.",
        "I need the phone before I go away on {day}.",
        "The parcel was left with a neighbour I don't know.",
        "Please cancel the order if it can't arrive this week.",
        "I received a delivery text for the wrong address.",
        "The order was for a birthday present and now it's too late.",
        "The website says in stock but my order is on back order.",
        "The courier left a card but the depot is miles away.",
        "Could you redirect the parcel to the {store} store?"])

_topic("click_and_collect", "retail", "store", 0.60, (("holiday", 0.8),),
       ("order_delivery_delay", "store_appointment"),
       ["Click and collect", "Order ready to collect?", "Collect from {store} store", "Collection code not received",
        "Store says my order isn't there", "Change collection store", "Someone else collecting my order"],
       ["I ordered online to collect from the {store} store.",
        "I haven't had the text to say my order is ready to collect.",
        "The store couldn't find my click and collect order.",
        "Can someone else pick up the order for me?",
        "How long will the store keep my order?",
        "Can I change the collection store?",
        "I went to collect and they said it hadn't arrived.",
        "What do I need to bring to collect the order?",
        "The collection code in the email doesn't work.",
        "The store was closed when I came to collect.",
        "I'd like to collect today, is it in stock at {store}?",
        "The order was cancelled because I didn't collect in time.",
        "Can the store set up the phone when I collect it?",
        "I collected the wrong order by mistake.",
        "The collection desk queue was over an hour."])

_topic("return_faulty_device", "retail", "store", 0.50, (("holiday", 0.6),),
       ("router_replacement_store", "refund_request", "accessory_warranty", "wrong_item_delivered"),
       ["Return faulty item", "Faulty phone - return", "Exchange in store", "Item broken on arrival",
        "Return within 14 days", "Can I return this to a store?", "Replacement for faulty device"],
       ["The tablet I bought stopped working after a week.",
        "Can I return the faulty phone to the {store} store?",
        "It was broken when it came out of the box.",
        "I'd like an exchange rather than a refund.",
        "Do I need the original packaging to return it?",
        "The store refused to take back the faulty headphones.",
        "I want to return it within the 14 day period.",
        "The screen has dead pixels from day one.",
        "The replacement is faulty as well.",
        "Can you send a courier bag so I can return it by post?",
        "I'd rather bring it into a shop and swap it there.",
        "The speaker crackles when the volume is up.",
        "It was a gift, can I return it without a receipt?",
        "How long does the refund take after the store accepts the return?",
        "The store said it has to be sent away for testing first."])

_topic("store_appointment", "retail", "store", 0.85, (),
       ("cracked_screen_repair", "id_check_in_store", "click_and_collect"),
       ["Book a store appointment", "Appointment at {store}", "Help setting up my phone in store",
        "Can I book a time to see an advisor?", "Change my store appointment", "Walk-in or appointment?"],
       ["I'd like to book an appointment at the {store} store.",
        "Can an advisor help me set up my new phone in store?",
        "Do I need an appointment or can I just walk in?",
        "I need to move my store appointment to {day}.",
        "I want someone to show me how to use my tablet.",
        "The booking page says there are no appointments this week.",
        "Can I book a longer slot? I have a few things to sort out.",
        "My dad would like help in person, he's not confident on the phone.",
        "What time does the {store} store open on Sunday?",
        "I arrived for my appointment and they had no record of it.",
        "Can the store transfer my photos to the new phone?",
        "Is there step-free access at the {store} store?",
        "I'd like an appointment to discuss business packages.",
        "Please cancel my appointment, the problem is fixed.",
        "The appointment confirmation didn't include the address."])

_topic("store_visit_complaint", "retail", "store", 0.10, (),
       ("store_appointment", "click_and_collect", "handset_upgrade"),
       ["Complaint about store staff", "Bad experience in store", "Mis-sold in the {store} store",
        "Rude staff at {store}", "Waited ages in store", "Store gave wrong information"],
       ["I want to complain about how I was treated in the {store} store.",
        "The staff member was rude and didn't listen.",
        "I was sold a plan in store that I didn't need.",
        "I waited {mins} minutes in the store and nobody helped.",
        "The store gave me completely different information to the helpline.",
        "The advisor set up my phone wrong and I lost my photos.",
        "I was pressured into taking insurance in the shop.",
        "The store closed early without any notice.",
        "I was told in store the price would be lower.",
        "Nobody in the store could answer a simple question.",
        "The manager wasn't available to talk to me.",
        "I want the plan sold in store cancelled.",
        "The store charged me for a setup that should be free.",
        "I was sent from the store to the phone line and back again.",
        "The staff in the {store} store were very helpful, unlike the phone team."])

_topic("accessory_warranty", "retail", "store", 0.35, (),
       ("return_faulty_device", "remote_not_working", "cracked_screen_repair"),
       ["Warranty claim for headphones", "Charger stopped working", "Accessory faulty", "Smartwatch warranty",
        "Case broke after a month", "Is my accessory covered?"],
       ["The wireless headphones I bought stopped charging.",
        "The charger you sold me has stopped working.",
        "Is the smartwatch still under warranty?",
        "The phone case cracked after a month.",
        "Can I swap the faulty charger in the store?",
        "Do I need the receipt for a warranty claim?",
        "The screen protector started peeling off straight away.",
        "One earbud has stopped working.",
        "The car charger gets very hot.",
        "The warranty form on the website doesn't work.",
        "How long is the warranty on accessories?",
        "The store said accessories have to go back to the manufacturer.",
        "Can you post a replacement cable?",
        "The power bank only holds a charge for an hour.",
        "I'd like a refund for the faulty speaker."])

_topic("device_trade_in", "retail", "store", 0.50, (("bump", 262, 25, 1.2),),
       ("handset_upgrade", "return_faulty_device"),
       ["Trade in my old phone", "Trade-in value lower than quoted", "Trade-in bag not received",
        "Can I trade in at the store?", "Trade-in credit missing", "Old phone trade-in"],
       ["How much would I get for trading in my old {model}?",
        "The trade-in value was lowered after you received the phone.",
        "I haven't received the trade-in bag.",
        "Can I trade my old phone in at the {store} store?",
        "The trade-in credit hasn't appeared on my bill.",
        "Do I need to reset the phone before trading it in?",
        "The store valued the phone much lower than the website.",
        "My old phone has a small crack, can I still trade it in?",
        "I sent the phone for trade-in {n} weeks ago and heard nothing.",
        "Can I have the trade-in as cash rather than credit?",
        "You've said the phone was damaged, it wasn't.",
        "Please send my phone back if you won't pay the quoted price.",
        "Can I trade in a tablet as well as a phone?",
        "The store checked the phone in front of me and gave a good price.",
        "I forgot to remove my SIM before sending the trade-in."])

_topic("wrong_item_delivered", "retail", "store", 0.04, (("holiday", 0.6),),
       ("order_delivery_delay", "return_faulty_device"),
       ["Wrong item delivered", "Received the wrong phone", "Wrong colour sent", "Item missing from order",
        "Box was empty", "Got someone else's order"],
       ["I ordered a black phone and received a white one.",
        "The parcel had the wrong model inside.",
        "The box arrived empty apart from the charger.",
        "I only got one of the {n} items I ordered.",
        "This parcel has someone else's name on it.",
        "The storage size is smaller than what I paid for.",
        "Can you send a courier to swap it?",
        "Can I exchange the wrong item in a store?",
        "The case I ordered doesn't fit the phone you sent.",
        "The SIM in the box is for a different network.",
        "The packaging was opened and resealed.",
        "I need the right item before {cal}.",
        "The invoice shows the correct item but the box doesn't.",
        "I don't want to pay return postage for your mistake.",
        "Please send the correct item and collect this one."])

# ---- home services -------------------------------------------------------------------------

_topic("smart_camera_install", "home", "home", 0.85, (), ("missed_engineer_visit", "slow_wifi_upstairs"),
       ["Security camera installation", "Book smart home install", "Doorbell camera install",
        "Camera offline after install", "Smart home package setup", "Installer for alarm system"],
       ["I'd like to book an installer for the security cameras.",
        "Can your engineer fit the doorbell camera as well?",
        "The camera went offline a day after the installation.",
        "Where is the best place to mount the outdoor camera?",
        "The installer didn't finish setting up the motion sensors.",
        "Can the alarm panel be moved to the hallway?",
        "The doorbell isn't getting enough power.",
        "The smart home hub won't connect to the cameras.",
        "The installation is booked for {day}, how long will it take?",
        "Do you install on a rented property?",
        "The camera needs wiring through the wall to the garage.",
        "Can someone come back to adjust the camera angle?",
        "The app shows the cameras as disconnected.",
        "The installer left drill holes in the wrong place.",
        "How many cameras does the smart home package include?"])

_topic("landline_fault", "home", "home", 0.40, (), ("evening_dropouts", "damaged_external_cable", "area_outage"),
       ["Home phone not working", "Crackling on the line", "No dial tone", "Landline fault",
        "Can't make calls from home phone", "Digital phone adapter problem"],
       ["There's no dial tone on the home phone.",
        "The landline is crackling and we can hardly hear callers.",
        "People calling us get a busy tone all the time.",
        "The home phone stopped working after the digital switchover.",
        "The phone adapter on the router has a red light.",
        "My mother's care alarm uses the landline and it's not working.",
        "Calls drop after a couple of minutes.",
        "The broadband is fine but the phone line is dead.",
        "There's a humming noise on the line.",
        "Incoming calls don't ring, they go straight to the answerphone.",
        "The socket on the wall is loose.",
        "We only have the landline, my mother doesn't use a mobile.",
        "The phone works in one socket but not the other.",
        "Someone needs to check the wiring inside the house.",
        "Can you test the line from your end?"])

_topic("equipment_return", "home", "store", 0.20, (),
       ("cancel_contract", "router_replacement_store", "unrecognised_charge"),
       ["Return my router", "How do I send back the equipment?", "Charged for unreturned equipment",
        "Returns bag for TV box", "Drop off router at store", "Equipment returned but still charged"],
       ["How do I return the router now that I've cancelled?",
        "I've been charged for not returning the equipment, but I sent it back.",
        "Can I drop the router and TV box off at the {store} store?",
        "I never received the returns bag.",
        "Do I need to send back the power cables as well?",
        "I have the post office receipt for the return.",
        "The returns label in the email doesn't print.",
        "The store wouldn't accept my old equipment.",
        "How long do I have to return the TV box?",
        "The courier didn't turn up to collect the equipment.",
        "I returned everything on {cal}.",
        "Can I keep the old router? It's years old.",
        "Please remove the non-return charge of {amount}.",
        "Someone from your team was meant to collect the equipment.",
        "Do I need to return the remote control too?"])

# Popularity rank (1 = most tickets); weights follow rank ** -ZIPF_EXPONENT.
RANK = (
    "unrecognised_charge", "router_red_light", "password_reset", "slow_wifi_upstairs", "order_delivery_delay",
    "cancel_contract", "speed_below_plan", "tv_box_no_signal", "price_rise_complaint", "moving_house",
    "evening_dropouts", "fibre_install_appointment", "refund_request", "streaming_app_login", "sim_not_activating",
    "area_outage", "handset_upgrade", "return_faulty_device", "first_bill_higher", "direct_debit_failed",
    "mobile_data_not_working", "missed_engineer_visit", "contract_renewal_deal", "update_payment_card",
    "click_and_collect", "roaming_charges", "channel_missing_from_package", "verification_code_missing",
    "cracked_screen_repair", "number_porting", "router_replacement_store", "streaming_buffering",
    "update_contact_details", "poor_indoor_signal", "double_charged", "esim_transfer", "remote_not_working",
    "lost_stolen_phone", "store_appointment", "late_fee_dispute", "equipment_return", "account_hacked",
    "wrong_item_delivered", "wifi_password_change", "payment_arrangement", "landline_fault",
    "change_account_holder", "recordings_missing", "damaged_external_cable", "id_check_in_store",
    "device_trade_in", "store_visit_complaint", "accessory_warranty", "satellite_dish_install",
    "network_unlock", "smart_camera_install", "paper_bill_request", "voicemail_setup",
    "port_forwarding_static_ip", "tv_parental_pin",
)

# ---- shared vocabulary ---------------------------------------------------------------------

AREA_PHRASES = {
    "internet": [
        "I've already turned the router off and on again twice.",
        "The lights on the hub look normal as far as I can tell.",
        "Everything is plugged in the way the engineer left it.",
        "We both work from home so we really rely on the broadband.",
        "My kids need the internet for their homework.",
        "I ran a speed test on my laptop this morning.",
        "It's the hub you sent us when we joined.",
        "I've checked the cables at the back of the router.",
        "The wifi on my phone says connected, no internet.",
        "I've been on the {plan} package for about {n} years.",
        "The router is in the hallway next to the front door.",
        "Nothing has changed in the house since the broadband was set up.",
    ],
    "tv": [
        "The TV box is the one with the silver front.",
        "We mainly watch the sports channels and films.",
        "I've unplugged the box from the wall and waited a minute.",
        "It works on the TV in the kitchen but not in the lounge.",
        "My subscription includes the {tvpack}.",
        "I pay for the full TV package every month.",
        "The TV itself is fine, it's the box or the app.",
        "I've tried both HDMI ports on the television.",
        "We watch most things through the streaming app now.",
    ],
    "mobile": [
        "My mobile number is on the account.",
        "I'm on a 24 month contract for my phone.",
        "The handset is a {model}.",
        "I've restarted the phone and taken the SIM out and back in.",
        "It's a work phone so I need it sorted quickly.",
        "My phone is on the latest software update.",
        "I'm on the unlimited data plan.",
        "I bought the phone from you about a year ago.",
    ],
    "billing": [
        "I've looked at the bill online and it doesn't add up.",
        "I pay by direct debit on the {nth} of every month.",
        "The amount on this month's bill is {amount}.",
        "Normally I pay around {amount} a month.",
        "I've always paid on time.",
        "Please send me a breakdown of the charges.",
        "I'm on a fixed budget so this matters.",
        "The bill is for broadband, TV and two mobiles.",
    ],
    "account": [
        "The account is in my name.",
        "I can answer the security questions if you need me to.",
        "I've been a customer since {year}.",
        "I tried doing this in the app but it wouldn't let me.",
        "I couldn't find an option for this on the website.",
        "The account has broadband and a mobile on it.",
    ],
    "retail": [
        "I bought it from your online shop.",
        "My order number is {order}.",
        "I've got the receipt in my email.",
        "It was a present for my son.",
        "I paid {amount} for it.",
        "I bought it in the {store} store.",
        "It's only a few weeks old.",
    ],
    "home": [
        "We had the system installed last year.",
        "Everything runs through your broadband hub.",
        "The engineer who came last time was very good.",
        "I'm at home most days so access isn't a problem.",
        "It's a semi-detached house with a garage.",
        "I've checked the plugs and the power is on.",
    ],
}

GENERIC_PHRASES = [
    "I've been a Kestrel customer for {n} years and never had a problem like this.",
    "This is the {nth_time} time I've contacted you about this.",
    "I tried the online chat first but it kept disconnecting.",
    "I waited on hold for {mins} minutes yesterday.",
    "Nobody has got back to me since {cal}.",
    "Please can someone sort this out as soon as possible.",
    "I'm getting quite frustrated to be honest.",
    "I'm not very good with technology, so please keep it simple.",
    "I'm writing on behalf of my mother, who is the account holder.",
    "Can you let me know what happens next?",
    "I was in the {store} store last month about something else and they said to contact you here.",
    "I've attached a screenshot.",
    "Sorry if this is the wrong place to ask.",
    "I'd appreciate a reply by email rather than a call.",
    "I work nights so mornings are the best time to reach me.",
    "Your website says one thing and the helpline says another.",
    "Is there a reference number for this?",
    "I don't want to spend another hour on the phone.",
    "Any help would be great.",
    "Please update my notes so I don't have to explain it all again.",
    "The agent I spoke to {date} said it would be fixed.",
    "I've read the help pages but they didn't answer my question.",
    "My neighbour is with you too and hasn't had this problem.",
    "I'm thinking about leaving if this isn't fixed.",
    "I've been really happy with the service until now.",
    "I was promised a call back that never came.",
    "Could you reply today if possible?",
    "I have a lot going on at the moment so I'd appreciate a quick fix.",
    "I'm away from {day} for a few days.",
    "My partner usually deals with this but they're away.",
    "The chatbot couldn't help and sent me here.",
    "I don't mind how it's fixed, I just want it working.",
    "It's been going on for about {n} weeks now.",
    "Let me know if you need any more details.",
]

SHORT_FILLERS = ["Thanks.", "Please help.", "Thanks in advance.", "Many thanks.", "Cheers.", "Please advise."]

VAGUE_SUBJECTS = ["Help please", "Question", "Complaint", "Re: your message", "Account {acct}", "(no subject)",
                  "Problem", "Urgent", "Query", "Follow up", "Still not sorted", "Need help"]

PII_PHRASES = {
    "acct": ["My account number is {acct}.", "Account: {acct}", "Account ref {acct}.", "Acc no {acct}"],
    "email": ["You can reach me at {email}.", "My email is {email}.", "Please reply to {email} instead.",
              "My login email is {email}."],
    "phone": ["Call me on {phone}.", "My mobile is {phone} if that's easier.", "Best number: {phone}",
              "Please ring me on {phone} after 5pm."],
    "card": ["The card I used was {card}.", "Card number {card} was charged.", "Payment card: {card}",
             "It went on my card {card}."],
}

# Face-to-face wording: at home (engineer, installer) or in a store.
F2F_CUES = {
    "home": [
        "Can you send an engineer out to the house?",
        "I think someone needs to come out and look at the wiring.",
        "I'm home all day {day} if a technician can visit.",
        "Please book a home visit, I can't do this myself.",
        "The engineer will need access to the back of the house.",
        "I'd like someone to come and fix it properly this time.",
        "A technician needs to come and check it, the phone support can't fix it.",
        "Please arrange for an engineer to visit this week.",
        "Can the installer come on a Saturday?",
    ],
    "store": [
        "I'd rather come into the store and have someone look at it.",
        "Can I just bring it to the {store} store?",
        "Is there an appointment at the {store} store this week?",
        "Apparently they need to see my ID in person.",
        "I'll drop it off at the shop on {day}.",
        "I need someone in a store to sort this out face to face.",
        "I'm happy to pop into a branch if that's quicker.",
        "Could someone at the store go through it with me in person?",
    ],
}
REMOTE_CUES = [
    "I don't need anyone to visit, just tell me what to change.",
    "I'd rather not go into a store for this.",
    "No need for an engineer, I can do it myself with instructions.",
    "I can't get to a store, so please sort it over the phone or email.",
]

GREETINGS = {
    "email": ["Hi,", "Hello,", "Dear Sir or Madam,", "Hi team,", "Good morning,", "Dear Kestrel,",
              "Hello there,", "Good afternoon,", "To whom it may concern,"],
    "chat": ["hi,", "hello,", "Hi there,", "hey", "Hello, is anyone there?"],
    "web": ["Hello,", "Hi,"],
    "app": ["Hi,", "Hello,"],
    "social": ["@KestrelHelp", "@KestrelHelp hi,", "Hi @KestrelHelp", "DM'ing as asked."],
}
SIGNOFFS_EMAIL = ["Thanks,\n{first} {last}", "Kind regards,\n{first} {last}", "Regards,\n{first}",
                  "Many thanks,\n{first}", "Cheers, {first}", "Best wishes,\n{first} {last}",
                  "Thank you,\n{first} {last}", "Sent from my phone"]
SIGNOFFS_OTHER = ["Thanks", "Thank you", "Cheers", "Thanks, {first}", "{first}"]

AGENT_OPENERS = {
    "phone": ["Customer called.", "Inbound call from account holder.", "Caller states:",
              "Customer rang in, says:", "Call from customer, verified on DPA."],
    "walk_in": ["Customer visited the {store} store.", "Walk-in at {store}.",
                "Customer came to the counter at {store}.", "In-store customer, seen at {store}.",
                "Customer dropped in to the {store} store, says:"],
    "onsite": ["Engineer on site at customer address.", "Technician visit notes:", "Onsite job notes:",
               "Field engineer attended, customer reports:", "Site visit, customer present."],
}
AGENT_CLOSERS = {
    "phone": ["Advised customer, will monitor.", "Raised ticket for follow-up.", "Customer happy with the advice given.",
              "Escalated to second line.", "Call back arranged for {day}.", "Sent summary by email."],
    "walk_in": ["ID checked.", "Seen by store advisor.", "Customer to return to store on {day}.",
                "Logged by store team.", "Store manager informed."],
    "onsite": ["Job completed, customer signed off.", "Follow-up visit required.", "Parts ordered, revisit booked.",
               "Tested and working on departure.", "Photos uploaded to job."],
}

# ---- fill values ---------------------------------------------------------------------------

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen",
         "Daniel", "Nancy", "Priya", "Mohammed", "Aisha", "Wei", "Olu", "Sean", "Siobhan", "Tomasz",
         "José", "Zoë", "Søren", "Amara", "Raj", "Fatima", "Liam", "Emma", "Noah", "Olivia"]
LAST = ["Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Thomas", "Roberts",
        "Johnson", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall",
        "Patel", "Khan", "Nowak", "O'Neill", "Murphy", "Chen", "Okafor", "Müller", "García", "Kelly"]
MAIL_DOMAINS = ["mail.example", "inbox.example", "webmail.test", "post.example.com", "example.org"]
STORES = ["Riverside", "High Street", "Westfield Mall", "Northgate", "Market Square", "Airport Plaza",
          "Eastgate", "Harbour Point", "Station Road", "Kingsway"]
TOWNS = ["Ashford", "Millbrook", "Westbury", "Eastleigh", "Northfield", "Kingsbridge", "Oakham", "Redhill"]
PLANS = ["Fibre 150", "Fibre 500", "Fibre 900", "Essential Broadband", "Superfast 80", "Home Essentials"]
TVPACKS = ["Sports Pack", "Movies Pack", "Kids Pack", "Entertainment Plus", "Ultimate TV bundle"]
MODELS = ["iPhone 15", "iPhone 13", "Galaxy S24", "Galaxy A54", "Pixel 8", "Moto G84", "Xperia 10", "iPhone SE"]
COUNTRIES = ["Spain", "France", "the USA", "Turkey", "Portugal", "Greece", "Italy", "Thailand", "Canada"]
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REL_DATES = ["yesterday", "last night", "this morning", "on Monday", "last Tuesday", "at the weekend",
             "two weeks ago", "last week", "a few days ago", "on Friday", "on the {d}th"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TIMES = ["8am and 1pm", "1pm and 6pm", "8am and noon", "noon and 4pm", "9am and 5pm"]
CLOCKS = ["7pm", "8am", "about 10 this morning", "midday", "half past six", "9.30pm"]
NTH = ["1st", "5th", "10th", "15th", "20th", "25th", "28th"]
NTH_TIME = ["second", "third", "fourth", "fifth"]
CODES = ["E102", "S04", "1004", "B2-19", "E301", "0x8012", "N-77"]


def _fill_value(key: str, r: random.Random) -> str:
    u = r.random
    if key == "date":
        s = REL_DATES[int(u() * len(REL_DATES))]
        return s.replace("{d}", str(4 + int(u() * 24))) if "{d}" in s else s
    if key == "cal":  # a calendar date, after "on", "since", "until"
        day, month = 1 + int(u() * 28), int(u() * 12)
        x = u()
        if x < 0.4:
            return f"{day} {MONTHS[month]}"
        if x < 0.7:
            return f"{MONTHS[month]} {day}"
        if x < 0.85:
            return f"{day:02d}/{month + 1:02d}"
        return "Monday" if x < 0.93 else "the weekend"
    if key == "amount":
        return f"${5 + u() * 180:.2f}"
    if key == "store":
        return STORES[int(u() * len(STORES))]
    if key == "order":
        return f"WEB-{1000000 + int(u() * 9000000)}"
    if key == "n":
        return str(2 + int(u() * 7))
    if key == "speed":
        return str(3 + int(u() * 90))
    if key == "plan":
        return PLANS[int(u() * len(PLANS))]
    if key == "tvpack":
        return TVPACKS[int(u() * len(TVPACKS))]
    if key == "model":
        return MODELS[int(u() * len(MODELS))]
    if key == "day":
        return DAYNAMES[int(u() * 7)]
    if key == "time":
        return TIMES[int(u() * len(TIMES))] if u() < 0.5 else CLOCKS[int(u() * len(CLOCKS))]
    if key == "acct":
        return f"{'KS' if u() < 0.6 else 'A-'}{10000000 + int(u() * 89999999)}"
    if key == "nth":
        return NTH[int(u() * len(NTH))]
    if key == "nth_time":
        return NTH_TIME[int(u() * len(NTH_TIME))]
    if key == "year":
        return str(2008 + int(u() * 16))
    if key == "mins":
        return str(15 + int(u() * 75))
    if key == "age":
        return str(75 + int(u() * 20))
    if key == "town":
        return TOWNS[int(u() * len(TOWNS))]
    if key == "country":
        return COUNTRIES[int(u() * len(COUNTRIES))]
    if key == "code":
        return CODES[int(u() * len(CODES))]
    if key == "last4":
        return str(1000 + int(u() * 9000))
    if key == "first":
        return FIRST[int(u() * len(FIRST))]
    if key == "last":
        return LAST[int(u() * len(LAST))]
    if key == "email":
        first, last = FIRST[int(u() * len(FIRST))], LAST[int(u() * len(LAST))]
        local = (first + "." + last if u() < 0.6 else f"{first}{int(u() * 99)}").lower().translate(_ASCII)
        return f"{local}@{MAIL_DOMAINS[int(u() * len(MAIL_DOMAINS))]}"
    if key == "phone":
        tail = f"{int(u() * 10000):04d}"
        mid = f"01{int(u() * 10)}"
        return f"+1 555 {mid} {tail}" if u() < 0.5 else f"(555) {mid}-{tail}"
    if key == "card":
        return _card(r)
    raise KeyError(key)


_ASCII = str.maketrans({"é": "e", "ë": "e", "í": "i", "ø": "o", "ü": "u", "ñ": "n", "'": None})


def _card(r: random.Random) -> str:
    """A 16-digit card-like number, Luhn-valid (as a real one would be), in groups of four."""
    digits = [4 if r.random() < 0.6 else 5] + [int(r.random() * 10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):  # the check digit will sit to the right: double even positions
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.7 else s


# ---- compiled tables -----------------------------------------------------------------------

_KEYS = ("date", "cal", "amount", "store", "order", "n", "speed", "plan", "tvpack", "model", "day", "time", "acct",
         "nth_time", "nth", "year", "mins", "age", "town", "country", "code", "last4", "first", "last", "email",
         "phone", "card")


def _compile(texts) -> list[tuple[str, tuple[str, ...], int]]:
    """Each text as (template, placeholder keys, word count when it has no placeholders)."""
    out = []
    for t in texts:
        keys = tuple(k for k in _KEYS if "{" + k + "}" in t)
        out.append((t, keys, len(t.split())))
    return out


def _render(item, r: random.Random) -> tuple[str, int]:
    text, keys, wc = item
    if not keys:
        return text, wc
    for k in keys:
        text = text.replace("{" + k + "}", _fill_value(k, r))
    return text, len(text.split())


_BY_KEY = {t["key"]: t for t in TOPICS}
assert len(_BY_KEY) == len(TOPICS) == len(RANK) == len(set(RANK)) and set(RANK) == set(_BY_KEY), "topic tables disagree"
TOPIC_ORDER = [_BY_KEY[k] for k in RANK]
T = len(TOPIC_ORDER)
_SUBJ = [_compile(t["subjects"]) for t in TOPIC_ORDER]
_PHR = [_compile(t["phrases"]) for t in TOPIC_ORDER]
_AREA = {a: _compile(p) for a, p in AREA_PHRASES.items()}
_TAREA = [_AREA[t["area"]] for t in TOPIC_ORDER]
_NEAR = [[RANK.index(k) for k in t["near"]] + [j for j, o in enumerate(TOPIC_ORDER)
                                               if o["area"] == t["area"] and o is not t]
         for t in TOPIC_ORDER]
_GEN = _compile(GENERIC_PHRASES)
_SHORT = _compile(SHORT_FILLERS)
_VAGUE = _compile(VAGUE_SUBJECTS)
_PII = {k: _compile(v) for k, v in PII_PHRASES.items()}
_F2F = {k: _compile(v) for k, v in F2F_CUES.items()}
_REMOTE = _compile(REMOTE_CUES)
_GREET = {k: _compile(v) for k, v in GREETINGS.items()}
_SIGN_EMAIL = _compile(SIGNOFFS_EMAIL)
_SIGN_OTHER = _compile(SIGNOFFS_OTHER)
_OPEN = {k: _compile(v) for k, v in AGENT_OPENERS.items()}
_CLOSE = {k: _compile(v) for k, v in AGENT_CLOSERS.items()}
_F2F_P = np.array([t["f2f"] for t in TOPIC_ORDER])
_VENUE = [t["venue"] or ("store" if t["area"] in ("retail", "mobile", "account", "billing") else "home")
          for t in TOPIC_ORDER]
_IS_BILLING = [t["area"] == "billing" for t in TOPIC_ORDER]
_WEIGHTS = np.arange(1, T + 1, dtype=float) ** -ZIPF_EXPONENT
_WEIGHTS /= _WEIGHTS.sum()


def _shape(spec, d: np.ndarray) -> np.ndarray:
    """Relative volume of one topic on each day of the year, mean 1."""
    y = np.ones(len(d))
    x = d / (DAYS - 1)
    for s in spec:
        kind = s[0]
        if kind == "rise":
            y *= np.exp(s[1] * (x - 0.5))
        elif kind == "fall":
            y *= np.exp(-s[1] * (x - 0.5))
        elif kind == "bump":
            _, c, w, h = s
            y *= 1 + h * np.exp(-0.5 * ((d - c) / w) ** 2)
        elif kind == "step":
            _, c, f = s
            y *= 1 + (f - 1) / (1 + np.exp(-(d - c) / 4.0))
        elif kind == "holiday":  # pre-Christmas rush, January returns
            h = s[1]
            y *= 1 + h * (np.exp(-0.5 * ((d - 350) / 14) ** 2) + 0.7 * np.exp(-0.5 * ((d - 8) / 7) ** 2))
    return y / y.mean()


def _calendar() -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Per-day volume (sum 1), per-day topic CDF (DAYS x T), and each day's 'YYYY-MM-DDT' prefix."""
    d = np.arange(DAYS, dtype=float)
    shapes = np.stack([_shape(t["shape"], d) for t in TOPIC_ORDER], axis=1)   # DAYS x T
    mix = shapes * _WEIGHTS                                                   # DAYS x T
    start = _dt.date(YEAR, 1, 1)
    weekday = np.array([(start + _dt.timedelta(days=i)).weekday() for i in range(DAYS)])
    week = np.array([1.15, 1.08, 1.03, 1.0, 0.97, 0.72, 0.6])[weekday]
    season = 1 + 0.12 * np.cos(2 * np.pi * (d - 15) / DAYS)                 # busier in winter
    day_p = season * week * mix.sum(axis=1)
    day_p /= day_p.sum()
    cdf = np.cumsum(mix / mix.sum(axis=1, keepdims=True), axis=1)
    cdf[:, -1] = 1.0
    prefixes = [(start + _dt.timedelta(days=i)).isoformat() + "T" for i in range(DAYS)]
    return day_p, cdf, prefixes


_DAY_P, _TOPIC_CDF, _DAY_PREFIX = _calendar()

# Channel mix for remote tickets; face-to-face tickets arrive in person with _IN_PERSON probability.
_REMOTE_CHANNELS = np.array([0.30, 0.21, 0.22, 0.11, 0.05, 0.10, 0.007, 0.003])
_REMOTE_CHANNELS /= _REMOTE_CHANNELS.sum()
_REMOTE_CDF = np.cumsum(_REMOTE_CHANNELS)
_IN_PERSON = 0.4
# Hour of day: remote contacts all day, in-person ones in opening hours.
_HOURS_REMOTE = np.array([1, .6, .4, .3, .3, .5, 1.2, 2.5, 4.5, 6, 6.5, 6.5, 6, 6, 6, 5.8, 5.5, 5, 4.5, 4, 3.5, 3, 2.2, 1.5])
_HOURS_STORE = np.array([0] * 9 + [3, 5, 6, 6, 6, 6, 6, 5, 4, 3, 1] + [0] * 4, dtype=float)
_HOURS_SITE = np.array([0] * 8 + [5, 6, 6, 5, 4, 5, 5, 4, 3, 1] + [0] * 6, dtype=float)
_HOUR_CDF = [np.cumsum(h / h.sum()) for h in (_HOURS_REMOTE, _HOURS_STORE, _HOURS_SITE)]
for _c in _HOUR_CDF:
    _c[-1] = 1.0


def topics() -> list[dict]:
    """The true topics with their area, face-to-face probability and expected share of tickets."""
    share = (_DAY_P[:, None] * np.diff(_TOPIC_CDF, axis=1, prepend=0.0)).sum(axis=0)
    return [dict(key=t["key"], area=t["area"], venue=_VENUE[i], f2f_probability=t["f2f"],
                 expected_share=float(share[i])) for i, t in enumerate(TOPIC_ORDER)]


# ---- text assembly -------------------------------------------------------------------------

def _ticket(topic: int, channel: str, f2f: bool, target: int, r: random.Random) -> tuple[str, str, int]:
    """Subject, description and its word count for one ticket."""
    u = r.random
    # subject
    x = u()
    if x < 0.84:
        subject, _ = _render(_SUBJ[topic][int(u() * len(_SUBJ[topic]))], r)
    elif x < 0.90:
        near = _NEAR[topic][int(u() * len(_NEAR[topic]))]
        subject, _ = _render(_SUBJ[near][int(u() * len(_SUBJ[near]))], r)
    else:
        subject, _ = _render(_VAGUE[int(u() * len(_VAGUE))], r)
    if u() < 0.04:
        subject = "Re: " + subject
    elif u() < 0.03:
        subject = subject.upper()

    head: list[str] = []
    tail: list[str] = []
    words = 0

    def pick(items) -> str:
        nonlocal words
        s, wc = _render(items[int(u() * len(items))], r)
        words += wc
        return s

    agent = channel in _OPEN
    if agent:
        head.append(pick(_OPEN[channel]))
    elif channel in _GREET and u() < (0.85 if channel == "email" else 0.45):
        head.append(pick(_GREET[channel]))
    # personal data, face-to-face wording, closing
    if u() < 0.14:
        tail.append(pick(_PII["acct"]))
    if u() < (0.10 if channel in ("email", "web") else 0.03):
        tail.append(pick(_PII["email"]))
    if u() < 0.06:
        tail.append(pick(_PII["phone"]))
    if u() < (0.07 if _IS_BILLING[topic] else 0.008):
        tail.append(pick(_PII["card"]))
    if f2f:
        if u() < (0.62 if not agent else 0.35):
            tail.insert(0, pick(_F2F[_VENUE[topic]]))
    elif u() < 0.04:
        tail.insert(0, pick(_REMOTE))
    sign = ""
    if agent:
        tail.append(pick(_CLOSE[channel]))
    elif channel == "email" and u() < 0.8:
        sign = pick(_SIGN_EMAIL)
    elif u() < 0.3:
        sign = pick(_SIGN_OTHER)

    # body: topic phrases first, then topic / area / related / generic until the length is reached
    own = _PHR[topic]
    used: set[int] = set()
    body: list[str] = []
    vague = u() < 0.08
    p_own, p_area, p_near = (0.25, 0.40, 0.52) if vague else (0.58, 0.73, 0.84)
    for _ in range(1 if vague else 2):
        j = int(u() * len(own))
        while j in used:
            j = int(u() * len(own))
        used.add(j)
        s, wc = _render(own[j], r)
        body.append(s)
        words += wc
    tries = 0
    while words < target and tries < 80:
        tries += 1
        x = u()
        j = -1
        if tries > 40:
            item = _SHORT[int(u() * len(_SHORT))]
        elif x < p_own and len(used) < len(own):
            j = int(u() * len(own))
            if j in used:
                continue
            item = own[j]
        elif x < p_area:
            area = _TAREA[topic]
            item = area[int(u() * len(area))]
        elif x < p_near:
            near = _NEAR[topic][int(u() * len(_NEAR[topic]))]
            item = _PHR[near][int(u() * len(_PHR[near]))]
        else:
            item = _GEN[int(u() * len(_GEN))]
        s, wc = _render(item, r)
        if words + wc > MAX_WORDS or s in body:
            continue
        body.append(s)
        words += wc
        if j >= 0:
            used.add(j)

    if channel == "email":
        parts = []
        if head:
            parts.append(" ".join(head))
        # paragraphs of one to three sentences
        para: list[str] = []
        for s in body:
            para.append(s)
            if len(para) >= 2 and u() < 0.5:
                parts.append(" ".join(para))
                para = []
        if para:
            parts.append(" ".join(para))
        if tail:
            parts.append(" ".join(tail))
        if sign:
            parts.append(sign)
        text = "\n\n".join(parts)
    else:
        text = " ".join(head + body + tail + ([sign] if sign else []))
    if u() < 0.2:  # a typo or two: two neighbouring letters swapped
        for _ in range(1 + (u() < 0.3)):
            k = int(u() * (len(text) - 1))
            a, b = text[k], text[k + 1]
            if a.isalpha() and b.isalpha() and a != b:
                text = text[:k] + b + a + text[k + 2:]
    return subject, text, words


# ---- batches -------------------------------------------------------------------------------

def _batches(n: int, seed: int, batch: int = BATCH) -> Iterator[tuple[list[list], list[list], list[int]]]:
    """Yield (export rows, truth rows, word counts) for whole days at a time, in created order."""
    rng = np.random.default_rng(seed)
    counts = rng.multinomial(n, _DAY_P)
    next_id = 1_000_001
    day = 0
    while day < DAYS:
        first = day
        size = 0
        while day < DAYS and (size < batch or size == 0):
            size += int(counts[day])
            day += 1
        if size == 0:
            continue
        days = np.repeat(np.arange(first, day), counts[first:day])
        topic = (rng.random(size)[:, None] > _TOPIC_CDF[days]).sum(axis=1)
        topic = np.minimum(topic, T - 1)
        f2f = rng.random(size) < _F2F_P[topic]
        # channel: in person (walk-in at a store, on site at home) for a share of face-to-face tickets
        remote = np.searchsorted(_REMOTE_CDF, rng.random(size), side="right").clip(0, len(CHANNELS) - 1)
        venue_site = np.array([v == "home" for v in _VENUE])[topic]
        in_person = f2f & (rng.random(size) < _IN_PERSON)
        channel = np.where(in_person, np.where(venue_site, 7, 6), remote)
        kind = np.where(channel == 6, 1, np.where(channel == 7, 2, 0))
        hour_u = rng.random(size)
        hour = np.empty(size, dtype=np.int64)
        for k in range(3):
            m = kind == k
            hour[m] = np.searchsorted(_HOUR_CDF[k], hour_u[m], side="right")
        sec = hour * 3600 + rng.integers(0, 3600, size)
        order = np.lexsort((sec, days))
        days, topic, f2f, channel, sec = days[order], topic[order], f2f[order], channel[order], sec[order]
        target = np.clip(np.rint(rng.lognormal(np.log(58), 0.3, size)), MIN_WORDS, MAX_WORDS - 22).astype(int)
        gaps = (rng.random(size) < 0.02) * rng.integers(1, 4, size)
        ids = next_id + np.arange(size) + np.cumsum(gaps)
        next_id = int(ids[-1]) + 1
        r = random.Random(int(rng.integers(0, 2**63)))

        export, truth, wcs = [], [], []
        for i, (d, t, f, c, s, tg, tid) in enumerate(zip(days.tolist(), topic.tolist(), f2f.tolist(),
                                                         channel.tolist(), sec.tolist(), target.tolist(),
                                                         ids.tolist())):
            ch = CHANNELS[c]
            subject, text, wc = _ticket(t, ch, f, tg, r)
            h, rem = divmod(s, 3600)
            mnt, sc = divmod(rem, 60)
            tick = f"KS-{tid}"
            export.append([tick, f"{_DAY_PREFIX[d]}{h:02d}:{mnt:02d}:{sc:02d}Z", ch, subject, text])
            truth.append([tick, RANK[t], 1 if f else 0])
            wcs.append(wc)
        yield export, truth, wcs


def iter_rows(n: int, seed: int = 0) -> Iterator[dict]:
    """Stream the same tickets write_export(path, n, seed) writes, as dicts with the truth added."""
    for export, truth, _ in _batches(n, seed):
        for row, tr in zip(export, truth):
            d = dict(zip(EXPORT_HEADER, row))
            d["true_topic"] = tr[1]
            d["needs_face_to_face"] = tr[2]
            yield d


def truth_path(path: str | os.PathLike) -> Path:
    p = Path(path)
    return p.with_name(p.stem + ".truth.csv")


def write_export(path: str | os.PathLike, n: int, seed: int = 0) -> dict:
    """Write an n-row export at path and its truth beside it; return the stats."""
    path = Path(path)
    tpath = truth_path(path)
    start = time.perf_counter()
    rows = f2f = 0
    seen = np.zeros(T, dtype=np.int64)
    channels = dict.fromkeys(CHANNELS, 0)
    wmin, wmax, wsum = 10**9, 0, 0
    topic_index = {k: i for i, k in enumerate(RANK)}
    with path.open("w", newline="", encoding="utf-8") as f, tpath.open("w", newline="", encoding="utf-8") as g:
        w, wt = csv.writer(f), csv.writer(g, lineterminator="\n")
        w.writerow(EXPORT_HEADER)
        wt.writerow(TRUTH_HEADER)
        for export, truth, wcs in _batches(n, seed):
            w.writerows(export)
            wt.writerows(truth)
            rows += len(export)
            for tr in truth:
                f2f += tr[2]
                seen[topic_index[tr[1]]] += 1
            for row in export:
                channels[row[2]] += 1
            wmin, wmax, wsum = min(wmin, min(wcs)), max(wmax, max(wcs)), wsum + sum(wcs)
    in_person = channels["walk_in"] + channels["onsite"]
    return {
        "path": str(path),
        "truth_path": str(tpath),
        "rows": rows,
        "bytes": path.stat().st_size,
        "truth_bytes": tpath.stat().st_size,
        "seed": seed,
        "true_topics": int((seen > 0).sum()),
        "largest_topic_share": round(float(seen.max() / max(rows, 1)), 4),
        "smallest_topic_share": round(float(seen[seen > 0].min() / max(rows, 1)), 4) if rows else 0.0,
        "face_to_face_share": round(f2f / max(rows, 1), 4),
        "words_min": wmin if rows else 0,
        "words_mean": round(wsum / max(rows, 1), 1),
        "words_max": wmax,
        "channels": channels,
        "in_person_channel_share": round(in_person / max(rows, 1), 4),
        "seconds": round(time.perf_counter() - start, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a seeded, realistic N-row ticket export and its truth.")
    ap.add_argument("n", type=int, help="number of tickets")
    ap.add_argument("out", help="export CSV to write; the truth goes to <stem>.truth.csv beside it")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    if a.n < 0:
        ap.error("n must be >= 0")
    stats = write_export(a.out, a.n, a.seed)
    json.dump(stats, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
