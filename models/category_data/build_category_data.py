#!/usr/bin/env python3
"""Build the training / held-out data for topicscope's default ticket-category classifier.

Run from the repository root:

    python models/category_data/build_category_data.py

Reads the shared datasets from ``../shared/datasets`` (relative to the repo root;
override with ``--shared PATH``) and writes, next to this script:

    train.csv, heldout.csv                 (columns: text,label,source)
    intent_map_banking77.csv, intent_map_bitext.csv   (columns: intent,label,reason)

Only the standard library and pandas are used. The output is deterministic:
row selection is done by ranking rows on a SHA-1 hash of (seed, text), never by
a random generator, so it does not depend on library versions.

Sources:
  * BANKING77 train.csv only (CC BY 4.0, Casanueva et al. 2020). test.csv is never read.
  * Bitext customer-support sample (CDLA-Sharing-1.0).
  * Hand-written tickets embedded below (topicscope project, MIT): HW_TRAIN for
    training (plus deterministic label-neutral "channel-wrapped" copies of about half
    of them) and HW_HELDOUT, written separately, for held-out evaluation only.
No held-out text equals or nearly equals a training text (see NEAR_DUP_JACCARD).
See LICENSES.md and README.md in this folder for labels, boundary rules and licences.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

LABELS = [
    "technical_issue",
    "product_question",
    "billing_payment",
    "account_access",
    "order_delivery",
    "returns_cancellation",
    "complaint_feedback",
    "other",
]

SEED = "topicscope-category-data-v1"

# BANKING77: at most this many train.csv rows per intent, by the intent's label.
# Billing and product intents are numerous in BANKING77 (28 and 27 of 77), so they
# get fewer rows each to keep the banking domain from dominating those labels.
B77_PER_INTENT = {
    "billing_payment": 6,
    "product_question": 6,
    "account_access": 12,
    "technical_issue": 15,
    "order_delivery": 15,
    "returns_cancellation": 15,
}
# Bitext: rows per intent for training, then a disjoint set for held-out evaluation.
BITEXT_TRAIN_PER_INTENT = 30
BITEXT_HELDOUT_PER_INTENT = 20
# Held-out rows whose token set overlaps a training row this much are dropped.
NEAR_DUP_JACCARD = 0.8

# ---------------------------------------------------------------------------
# Intent maps: intent -> (label, reason)
# ---------------------------------------------------------------------------
BANKING77_MAP = {
    "activate_my_card": ("product_question", "how to activate a new card: usage how-to"),
    "age_limit": ("product_question", "eligibility / minimum age: product information"),
    "apple_pay_or_google_pay": ("product_question", "does the card support Apple Pay / Google Pay: compatibility"),
    "atm_support": ("product_question", "which ATMs can be used: usage / availability"),
    "automatic_top_up": ("product_question", "auto top-up feature: how a feature works"),
    "balance_not_updated_after_bank_transfer": ("billing_payment", "incoming payment not credited: payment problem"),
    "balance_not_updated_after_cheque_or_cash_deposit": ("billing_payment", "deposit not credited: payment problem"),
    "beneficiary_not_allowed": ("billing_payment", "transfer to a payee blocked: failed payment"),
    "cancel_transfer": ("billing_payment", "reverse a payment just made; a payment, not an order/contract cancellation"),
    "card_about_to_expire": ("product_question", "what happens / how to get a card when it expires: product information"),
    "card_acceptance": ("product_question", "where the card is accepted: availability"),
    "card_arrival": ("order_delivery", "card has not arrived: delivery status"),
    "card_delivery_estimate": ("order_delivery", "how long card delivery takes: shipping"),
    "card_linking": ("product_question", "how to link a card in the app: usage how-to"),
    "card_not_working": ("technical_issue", "card does not work: device/service fault"),
    "card_payment_fee_charged": ("billing_payment", "fee charged on a card payment: fee already charged"),
    "card_payment_not_recognised": ("billing_payment", "unrecognised card charge: charge dispute"),
    "card_payment_wrong_exchange_rate": ("billing_payment", "wrong amount charged (exchange rate): overcharge"),
    "card_swallowed": ("technical_issue", "ATM retained the card: machine fault"),
    "cash_withdrawal_charge": ("billing_payment", "fee charged on cash withdrawal: fee already charged"),
    "cash_withdrawal_not_recognised": ("billing_payment", "unrecognised withdrawal: charge dispute"),
    "change_pin": ("account_access", "change PIN: credential management"),
    "compromised_card": ("billing_payment", "fraudulent transactions on the card: charge dispute (texts centre on unauthorised charges)"),
    "contactless_not_working": ("technical_issue", "contactless fails: device/service fault"),
    "country_support": ("product_question", "which countries are served: availability"),
    "declined_card_payment": ("billing_payment", "card payment declined: failed payment"),
    "declined_cash_withdrawal": ("billing_payment", "cash withdrawal declined: failed payment"),
    "declined_transfer": ("billing_payment", "transfer declined: failed payment"),
    "direct_debit_payment_not_recognised": ("billing_payment", "unrecognised direct debit: charge dispute"),
    "disposable_card_limits": ("product_question", "limits of disposable cards: feature information"),
    "edit_personal_details": ("account_access", "change name/address/details on the account: profile settings"),
    "exchange_charge": ("product_question", "what currency exchange costs: pricing information asked in advance"),
    "exchange_rate": ("product_question", "what exchange rate is used: pricing information"),
    "exchange_via_app": ("product_question", "how to exchange currency in the app: usage how-to"),
    "extra_charge_on_statement": ("billing_payment", "unexplained extra charge on statement: charge dispute"),
    "failed_transfer": ("billing_payment", "transfer failed: failed payment"),
    "fiat_currency_support": ("product_question", "which currencies are supported: compatibility"),
    "get_disposable_virtual_card": ("product_question", "how to get a disposable virtual card: feature how-to"),
    "get_physical_card": ("account_access", "texts are about the card PIN (where to find / set it): credential"),
    "getting_spare_card": ("product_question", "extra cards on the account: feature information"),
    "getting_virtual_card": ("product_question", "how to get a virtual card: feature how-to"),
    "lost_or_stolen_card": ("account_access", "lost/stolen card, block it: securing access to the account"),
    "lost_or_stolen_phone": ("account_access", "lost/stolen phone with the app: securing access to the account"),
    "order_physical_card": ("order_delivery", "order a physical card to be sent: placing an order"),
    "passcode_forgotten": ("account_access", "forgotten passcode: password reset"),
    "pending_card_payment": ("billing_payment", "card payment stuck pending: payment problem"),
    "pending_cash_withdrawal": ("billing_payment", "withdrawal stuck pending: payment problem"),
    "pending_top_up": ("billing_payment", "top-up stuck pending: payment problem"),
    "pending_transfer": ("billing_payment", "transfer stuck pending: payment problem"),
    "pin_blocked": ("account_access", "PIN blocked after wrong attempts: locked credential"),
    "receiving_money": ("product_question", "how to receive money / salary: usage how-to"),
    "request_refund": ("returns_cancellation", "refund for a purchase / cancelled order: refund"),
    "Refund_not_showing_up": ("returns_cancellation", "merchant refund not received: refund status"),
    "reverted_card_payment?": ("billing_payment", "card payment reverted: payment problem"),
    "supported_cards_and_currencies": ("product_question", "which cards/currencies are accepted: compatibility"),
    "terminate_account": ("returns_cancellation", "close the account: account closure"),
    "top_up_by_bank_transfer_charge": ("product_question", "cost/availability of topping up by transfer (SWIFT/SEPA): pricing information"),
    "top_up_by_card_charge": ("product_question", "is there a fee to top up by card: pricing information asked in advance"),
    "top_up_by_cash_or_cheque": ("product_question", "can I top up with cash/cheque: usage how-to"),
    "top_up_failed": ("billing_payment", "top-up failed: failed payment"),
    "top_up_limits": ("product_question", "top-up limits: feature information"),
    "top_up_reverted": ("billing_payment", "top-up reverted: payment problem"),
    "topping_up_by_card": ("product_question", "how to top up by card: usage how-to"),
    "transaction_charged_twice": ("billing_payment", "duplicate charge: overcharge"),
    "transfer_fee_charged": ("billing_payment", "fee charged on a transfer: fee already charged"),
    "transfer_into_account": ("product_question", "how to transfer money into the account: usage how-to"),
    "transfer_not_received_by_recipient": ("billing_payment", "payment not received by payee: payment problem"),
    "transfer_timing": ("product_question", "how long transfers take: product information"),
    "unable_to_verify_identity": ("account_access", "identity verification fails: verification for access"),
    "verify_my_identity": ("account_access", "how to verify identity: verification for access"),
    "verify_source_of_funds": ("account_access", "source-of-funds check (KYC): verification for access"),
    "verify_top_up": ("account_access", "verification code for a top-up card: verification"),
    "virtual_card_not_working": ("technical_issue", "virtual card does not work: service fault"),
    "visa_or_mastercard": ("product_question", "Visa or Mastercard: product information"),
    "why_verify_identity": ("account_access", "why identity verification is needed: verification for access"),
    "wrong_amount_of_cash_received": ("billing_payment", "ATM paid out less than debited: charge discrepancy"),
    "wrong_exchange_rate_for_cash_withdrawal": ("billing_payment", "wrong amount debited for a withdrawal: overcharge"),
}

BITEXT_MAP = {
    "cancel_order": ("returns_cancellation", "ORDER: cancel an order"),
    "change_order": ("order_delivery", "ORDER: change items in an order"),
    "change_shipping_address": ("order_delivery", "SHIPPING_ADDRESS: change the delivery address"),
    "check_cancellation_fee": ("returns_cancellation", "CANCELLATION_FEE: early-exit / cancellation fees asked by someone about to cancel"),
    "check_invoice": ("billing_payment", "INVOICE: find / check an invoice"),
    "check_payment_methods": ("billing_payment", "PAYMENT: accepted payment methods"),
    "check_refund_policy": ("returns_cancellation", "REFUND: refund policy"),
    "complaint": ("complaint_feedback", "FEEDBACK: lodge a complaint"),
    "contact_customer_service": ("other", "CONTACT: contact details / opening hours"),
    "contact_human_agent": ("other", "CONTACT: talk to a person"),
    "create_account": ("account_access", "ACCOUNT: sign up / register an account"),
    "delete_account": ("returns_cancellation", "ACCOUNT: close / delete an account"),
    "delivery_options": ("order_delivery", "DELIVERY: shipping options / destinations"),
    "delivery_period": ("order_delivery", "DELIVERY: when will the order arrive"),
    "edit_account": ("account_access", "ACCOUNT: edit account / profile details"),
    "get_invoice": ("billing_payment", "INVOICE: download an invoice"),
    "newsletter_subscription": ("other", "NEWSLETTER: newsletter sign-up / opt-out"),
    "payment_issue": ("billing_payment", "PAYMENT: report a payment problem"),
    "place_order": ("order_delivery", "ORDER: place / make an order"),
    "recover_password": ("account_access", "ACCOUNT: recover password / PIN"),
    "registration_problems": ("account_access", "ACCOUNT: problems signing up"),
    "review": ("complaint_feedback", "FEEDBACK: leave a review / feedback"),
    "set_up_shipping_address": ("order_delivery", "SHIPPING_ADDRESS: add a delivery address"),
    "switch_account": ("product_question", "ACCOUNT: switch to another tier (free/gold/platinum); a plan change, not access"),
    "track_order": ("order_delivery", "ORDER: track an order"),
    "get_refund": ("returns_cancellation", "REFUND: ask for a refund"),
    "track_refund": ("returns_cancellation", "REFUND: refund status"),
}

HW_TRAIN: dict[str, str] = {}
HW_HELDOUT: dict[str, str] = {}

HW_TRAIN["technical_issue"] = r"""
# --- home internet / telecom
My internet has been down since this morning. All the lights on the modem are on except the one for internet.
no internet since last night, router light is blinking red. already unplugged it twice
Our broadband keeps dropping every 20 minutes or so, I have to restart the router each time. It is driving me mad as I work from home.
The whole street seems to have lost connection, is there an outage in my area?
Internet extremely slow this week. Paying for 500 Mbps and speed tests show 12 Mbps at best.
Hi, since the storm on Saturday the landline has no dial tone and the internet light is off. Can you send someone?
WiFi signal does not reach the upstairs bedrooms at all, the laptop says connected but no internet.
my wifi disappeared, the network name isn't showing on any device anymore
Router keeps rebooting itself every few minutes. Power light goes orange then green then orange again.
Latency is terrible in the evenings, video calls freeze and I get kicked out of meetings.
Fibre box has a red LOS light on it. Nothing works.
Can't connect my new laptop to the wifi, it says incorrect password but the password on the sticker is what I'm typing.
How do I set up the new router you sent? I plugged it in but there's no internet and I don't know which cable goes where.
I need help changing my wifi password, I can't get into the router settings page, 192.168.1.1 doesn't load
The technician said the line was fixed yesterday but it's dropping again today, same problem as before.
Engineer needed: the cable coming into the house was cut by builders and now we have no service at all
Upload speed is almost zero, I can't send files to work. Download seems ok.
Intermittent connection for two weeks now. Reported it three times and each time you say it's fixed. It isn't.
The ethernet port on the back of the hub doesn't work, the PC shows network cable unplugged.
Our TV box shows error code E-104 and no channels load. Internet works fine.
Streaming keeps buffering on every service even though the speed test looks fine. What's going on?
mesh extender won't pair with the main router, the light just keeps flashing white
Phone line crackling and buzzing so loud I cannot hear people on calls.
# --- mobile phones
My phone shows SOS only since this morning, no signal anywhere in town.
Mobile data stopped working after I travelled abroad. Calls and texts are fine, just no 4G.
I can't send text messages, they all fail with a red exclamation mark. Receiving works.
Calls drop after exactly 30 seconds every single time, tried two different phones.
New SIM card says SIM not provisioned. I activated it online an hour ago.
eSIM won't download, the QR code gives an error 'unable to complete cellular plan change'.
No 5G at home even though your coverage map says full coverage, phone only gets 3G and it's useless
Voicemail is broken, callers get a message saying the mailbox is unavailable.
Wi-Fi calling toggle is greyed out on my phone, can you enable it or fix it?
my phone got stuck on the logo after last night's update and won't turn on properly
The battery on my handset drains from 100 to 0 in about three hours since the software update
Touchscreen not responding in the bottom part of the screen, phone is only 2 months old
Hotspot from my phone connects but the laptop has no internet through it.
# --- SaaS / software
Getting a 500 Internal Server Error whenever I try to export a report to CSV.
The app crashes as soon as I open it on my iPhone. Reinstalled, same thing.
Dashboard is stuck on loading spinner for everyone in our team since 9am. Is something down?
Sync between desktop and mobile stopped working, changes made on my laptop never show up on the phone.
Our integration with Slack stopped posting notifications yesterday, nothing changed on our side.
API returns 429 Too Many Requests even though we're way under the documented limit.
Webhooks have not been firing since your maintenance window on Sunday.
After the latest update the editor is extremely slow, typing has a one second delay.
Files over 50MB fail to upload with 'network error' at 99%.
The search function returns no results even for documents I know exist.
Email notifications from the platform are not arriving, checked spam too.
Calendar invites created in the tool show the wrong time zone for all attendees.
The Windows installer fails with error 0x80070643 and rolls back.
Printing from the app produces blank pages. PDF export also blank.
SSO login via Okta loops back to the login page, none of our users can get in this morning.
Data in the monthly report doesn't match the raw numbers, looks like a bug in how totals are calculated.
The mobile app keeps logging me out every few minutes and I lose what I was typing
The chat widget on our website disappeared after your release last night.
# --- consumer electronics
My smart TV won't connect to wifi anymore, other devices are fine.
Washing machine shows error F05 and won't drain.
The headphones won't pair with my phone, they just keep flashing red and blue.
Laptop overheats and shuts down after 10 minutes of use, fan is very loud.
Printer says paper jam but there's no paper stuck anywhere.
The smartwatch stopped syncing heart rate data to the app a week ago.
Robot vacuum keeps going in circles and says 'wheel stuck' even though nothing is stuck.
Camera gives 'lens error, restart camera' and the lens won't retract.
The fridge is making a loud clicking noise and isn't cooling properly.
Console controller disconnects randomly during play, battery is full.
Soundbar has no sound through HDMI ARC, worked fine until the TV updated.
The tablet won't charge, tried three cables and two chargers.
Smart doorbell offline since yesterday, app says device unreachable.
My e-reader froze on the home screen and doesn't respond to the power button.
Dishwasher leaves everything dirty and beeps three times at the end of the cycle.
# --- utilities
Power cut on our street since 6pm, no electricity in any of the houses.
No hot water and the boiler display shows fault code 28.
Our smart meter screen is blank and stopped sending readings.
Very low water pressure in the whole house since this morning, neighbours have the same.
The water coming out of the taps is brown. Is there a problem in the area?
Smell of gas near the meter outside, please send someone urgently.
The electricity keeps tripping every time the heating comes on.
The prepayment meter won't accept the top-up code, says 'reject' each time.
Streetlight outside number 14 has been flickering for two weeks.
Solar panel inverter shows an error and we're not generating anything.
# --- insurance / banking / healthcare / public services portals
The claims portal gives an error when I try to upload photos of the damage.
Your website won't let me download my policy documents, the link gives a 404 page.
The online quote form freezes on step 3 every time I enter my car registration.
Banking app crashes when I try to open the statements tab.
The card reader for online banking shows 'error 7' when I insert my card.
Contactless isn't working on my card, chip and pin works fine.
I can't book an appointment through the patient portal, the calendar never loads.
Video consultation link doesn't work, it says the meeting ID is invalid and the doctor is waiting.
The prescription refill button does nothing when I click it.
The tax office website keeps timing out when I try to submit my return.
The parking permit app shows a blank white screen after login.
Online form for the passport renewal crashes when uploading the photo.
# --- travel
The airline app crashes when I try to check in, I fly in 4 hours.
Mobile boarding pass won't add to my wallet, it gives an error.
Your booking website shows an error page after I enter passenger details, tried three browsers.
In-flight wifi purchase went through but it never connected.
Seat selection page is broken, clicking a seat does nothing.
# --- retail / e-commerce
Checkout page keeps spinning forever after I click place order.
The discount code box gives an error no matter what code I type.
Your website is down, I just get a 'service unavailable' page.
Product pages won't load images on the app, just grey boxes.
Add to basket button doesn't work on Safari.
# --- gaming
Can't connect to the game servers, error code 0x0004 every time.
Massive lag spikes in every match since the last patch, ping jumps from 30 to 900.
The game crashes to desktop on the loading screen after the update.
My save file is corrupted and I lost 40 hours of progress.
Voice chat doesn't work in the party, I can hear others but they can't hear me.
Download stuck at 97% for the DLC, restarted the console twice.
Purchased in-game currency didn't appear and the game freezes when I open the store.
# --- terse / chat / angry
internet down AGAIN. third time this week. FIX IT
wifi not working
app keeps crashing
site down?
no signal!!!
getting error 403 on login page, no one in my office can access the site
Speeds are a joke. 3 Mbps at 8pm. Every night.
the app won't open. just white screen then closes
hello my tv has no signal since this morning
Router dead. no lights at all.
Hey, the Bluetooth on my new earbuds keeps cutting out on the left side. Any fix?
Is there a known issue with the iOS app? It won't load my account since yesterday.
Pls help, modem keeps disconnecting every hour
Since the upgrade to the new plan my internet is slower than before, not faster. Something is wrong with the line.
Your system sent me an error when I tried to pay, the page said something went wrong code 502. I wasn't charged.
Service has been unreliable all month, drops every afternoon around 3pm. I need this sorted, I run a business from home.
# --- boundary cases (ongoing fault, fix is the ask)
The internet is still down after two days. I want it fixed today, and yes I'll be asking about compensation later.
Our office phones have been dead since Monday. We need an engineer here as soon as possible.
The outage is still going on. When will the service be back? Please give me an estimated time.
The router you replaced last week is doing the exact same thing, it drops every evening. Please have someone look at the line.
Technician didn't fix the issue, the wall socket still has no signal. Book another visit please.
# --- Spanish / other languages
No tengo internet desde ayer por la tarde, el router tiene la luz roja parpadeando.
La conexión va lentísima, pago 300 megas y no llego ni a 20.
Se me corta el wifi cada rato, ya reinicié el router varias veces y sigue igual.
La app se cierra sola cada vez que intento abrirla. Tengo un Android.
Mi móvil no tiene cobertura en casa desde hace una semana, solo llamadas de emergencia.
No funciona la televisión, sale un mensaje de error E-201 en la pantalla.
Hay un corte de luz en toda mi calle desde las 8, ¿saben cuándo vuelve?
no me cargan los mensajes de whatsapp con datos moviles, con wifi si
La lavadora marca error y no centrifuga, tiene seis meses.
El portal de clientes da error al descargar la factura, sale una página en blanco.
Le jeu plante à chaque lancement depuis la dernière mise à jour.
Plus d'internet depuis ce matin, la box clignote en rouge.
Mein Internet fällt seit gestern ständig aus, der Router startet immer wieder neu.
A internet está muito lenta desde segunda-feira, não consigo trabalhar.
"""
HW_TRAIN["product_question"] = r"""
# --- telecom / internet plans
What speeds do you offer in my area? My postcode is 4410.
Is fibre available at my address yet or only the copper line?
What's the difference between the Essential and the Premium broadband plans?
How much is the 1 Gig plan per month after the promotional period ends?
Do your plans come with a static IP address?
I'm thinking about upgrading to the faster package. Would I need a new router for that?
Does the unlimited plan really have no data cap, or is there a fair usage policy?
Can I add a TV package to my current internet plan, and how much extra would it be?
Which sports channels are included in the TV bundle?
Does your TV app work on a Samsung smart TV or only on your set-top box?
Can I watch the streaming service on two TVs at the same time?
Do you have any deals for students or seniors?
Is there a contract-free option or do I have to sign up for 24 months?
What happens to my speed if I go over the monthly data allowance?
I'd like to move to a cheaper plan, which ones are available for existing customers?
Can I keep my landline number if I switch to your VoIP service?
Do you offer business broadband with a guaranteed uptime?
# --- mobile
Does my plan include roaming in the US or do I need an add-on?
How much does it cost to call Mexico from my mobile?
Is the iPhone 15 compatible with your eSIM?
Can I use my phone as a hotspot on the basic plan?
Do you sell unlocked phones or are they all locked to your network?
What family plans do you have for four lines?
How many GB do I get with the Plus plan and does unused data roll over?
Does your network support VoLTE on Pixel phones?
Can I get a second SIM for my smartwatch on the same number?
When is the new Galaxy going to be available in your shop?
# --- SaaS / software
Does the Pro plan include API access?
Can I export my data to Excel, or only to CSV?
Is there a way to schedule reports to be emailed automatically every Monday?
How many users can I add on the Team plan?
Do you integrate with Salesforce?
Does your software run on Linux?
Is there an on-premise version or is it cloud only?
What's included in the free trial and does it need a credit card?
Can I set different permission levels for admins and viewers?
How do I create a recurring task in the app?
Where can I find the dark mode setting?
Is two-way sync with Google Calendar supported?
What is the maximum file size I can upload on the Business tier?
Do you offer discounts for non-profits?
How does the annual plan pricing compare to paying monthly?
Is your platform GDPR compliant and where is the data stored?
Does the mobile app work offline?
Can I white-label the client portal with our own logo?
How do I use the bulk import feature for contacts?
Is there a keyboard shortcut to duplicate a row?
We are evaluating your tool vs a competitor. Do you support single sign-on with Azure AD on the standard tier?
# --- consumer electronics / retail
Is this laptop compatible with a second external monitor via USB-C?
Does the vacuum come with a wall mount?
What's the difference between the 128GB and 256GB models apart from storage?
Is the blender dishwasher safe?
Will these earbuds work with an Android phone or are they iPhone only?
Does the TV support Dolby Vision and HDMI 2.1?
Is the size 10 of these boots back in stock anytime soon?
Do you have this sofa in a darker grey?
Are the batteries included with the remote?
Can this coffee machine use pods from other brands?
Does the camera shoot 4K at 60fps?
What warranty comes with the washing machine?
Is the jacket waterproof or just water resistant?
Can I pick this up in store today or is it online only?
Are your products tested on animals?
Do you sell gift cards, and can they be used online?
How do I know what size to order? Your size chart is confusing.
Is this mattress suitable for people with back pain? What firmness is it?
# --- utilities
What tariffs do you have for electric vehicle charging at night?
Do you offer a 100% renewable electricity plan?
How does the fixed price tariff work compared to the variable one?
Can I get a smart meter installed, and is there a cost?
Do you buy back excess electricity from solar panels?
What's the standing charge on the Green Saver tariff?
Do you supply gas in rural areas without mains gas?
# --- insurance
Does my home insurance cover accidental damage to the TV?
Is windscreen damage included in the comprehensive car policy?
Can I add my partner as a named driver, and would it raise the price?
Does the travel insurance cover skiing?
What's the excess on the pet insurance basic plan?
Is dental included in the family health plan?
Are pre-existing conditions covered by the travel policy?
# --- travel / airlines
How much checked baggage is included with a basic economy ticket?
Can I bring my guitar as cabin luggage?
Do you fly direct from Lisbon to Boston?
Is there wifi on board long-haul flights?
Can I pay extra to choose my seat on a light fare?
What are the rules for travelling with a small dog in the cabin?
Does the hotel have parking and is it free?
Is breakfast included in the rate I'm looking at?
Are the rooms accessible for wheelchair users?
# --- healthcare
Do you accept my insurance for physiotherapy appointments?
Do you offer weekend appointments for blood tests?
Can I see a dermatologist without a GP referral?
What does the annual health check package include?
Are video consultations available for children?
# --- banking
What's the interest rate on the savings account?
Can I open a joint account online?
Does the credit card have foreign transaction fees?
Is there a limit on how much I can transfer per day in the app?
Do you offer mortgages for first-time buyers with a 5% deposit?
# --- gaming / public services
Is the game cross-platform between PC and PlayStation?
Does the season pass include the upcoming expansion?
What are the minimum PC requirements for the game?
Is there a family plan for the game subscription?
Can I renew my driving licence online or do I have to go in person?
What documents do I need to apply for the residence permit?
Is the recycling collection every week or every two weeks?
# --- terse / chat
pricing?
do u have unlimited data
is 5g included
how much is the premium plan
any discounts for annual payment?
does it support android auto
Hi! quick question, can I share my subscription with my family?
Hello, what is the cheapest plan you have right now?
Wondering if your router supports WiFi 6 before I sign up.
Can I upgrade my speed without extending my contract?
Do you have a plan with only TV and no internet?
How many devices can stream at the same time on the basic subscription?
Is the price in the advert including VAT?
Does the promo price last 12 months or 6?
# --- boundary cases (information, no problem reported)
How much is the early upgrade fee if I want the new phone before my contract ends? Not cancelling, just curious about upgrading.
What's the monthly price if I add a second line? I'm not asking about my bill, just the plan.
Is there a fee for paying by card instead of direct debit? Just want to know before I choose.
If I switch to the annual plan, what features do I get that I don't have now?
# --- Spanish / other languages
¿Qué velocidades tienen disponibles en mi zona?
¿Cuánto cuesta la tarifa de fibra de 600 megas después de la promoción?
¿El plan incluye llamadas ilimitadas a fijos y móviles?
¿Tienen descuento para estudiantes?
Hola, quería saber si el paquete de televisión incluye los partidos de fútbol.
¿Se puede usar la app en una tablet Android?
¿La póliza de hogar cubre daños por agua?
¿Cuánto equipaje de mano puedo llevar con la tarifa básica?
¿Este portátil es compatible con Windows 11?
Est-ce que l'offre fibre inclut la télévision ?
Bietet ihr auch Tarife ohne Vertragslaufzeit an?
Vocês têm planos de internet para empresas?
"""
HW_TRAIN["billing_payment"] = r"""
# --- disputes / wrong charges
My bill this month is almost double the usual amount and I haven't changed anything. Please explain.
I was charged twice for the same month, can you reverse one of the payments?
There's a £15 'service fee' on my invoice that nobody told me about.
Why did my monthly price go up by $5? I'm still in my contract and was promised a fixed price.
I was charged for a premium channel package I never ordered.
The promotional discount has disappeared from my last two invoices.
You charged me a late payment fee but I paid on time, I have the bank receipt.
I'm being billed for a router rental but I bought my own router.
I was charged roaming fees but I had the travel pass active.
My final bill after cancelling is wrong, it includes a full month I didn't use.
I see three charges from your company on my credit card statement and I only made one purchase.
Hi, the amount on the invoice doesn't match the price I was quoted on the phone when I signed up.
Why am I paying VAT twice on this invoice?
I got a bill for an account I closed in March.
Estimated meter reading on my electricity bill is way too high, here is my actual reading: 45872.
My water bill is three times higher than last quarter. Can someone check the charges?
The insurance premium was taken twice this month from my account.
The hospital sent me a bill for a visit that my insurance already paid.
# --- compensation / credits for outages (ask = money)
We had no internet for four days last week. I'd like a credit on my bill for the days without service.
The power cut lasted 20 hours, am I entitled to compensation on my next bill?
Can I get a partial refund on my subscription for the three days your platform was down? It's working now.
The outage is fixed but I want the downtime deducted from my monthly charge.
# --- payment methods / direct debit / failed payments
How do I change the card my subscription is charged to?
I'd like to switch from paying by card to direct debit.
My direct debit failed this month because I changed banks. How can I pay now?
Please update my bank details for the monthly direct debit, new account ending 4421.
The payment page keeps declining my card even though it works everywhere else.
My automatic payment didn't go through and now I have a warning about suspension. I want to pay right away.
Can I pay my bill in instalments? I can't afford the whole amount this month.
Can I change the date my direct debit comes out to the 28th, after payday?
Do I need to do anything now that my credit card has expired? I don't want the payment to fail.
I paid by bank transfer yesterday but the account still shows the balance as unpaid.
I tried to pay with PayPal and it took the money but your system says payment failed.
How do I set up autopay so I don't forget the bill?
Please remove my old card from the account and use the new one for future payments.
# --- invoices / receipts
Where can I download my invoices for the last 12 months? My accountant needs them.
I need a VAT invoice with my company name and tax number on it.
Can you send me a receipt for the payment I made on 12 May?
I didn't receive my bill this month, can you email it to me?
Can you explain the charges on my invoice? I don't understand the line 'adjustment'.
Please add our purchase order number to future invoices.
I'd like to receive paper bills instead of e-bills.
# --- fees / overcharges
Why was I charged a fee for paying in store?
I was overcharged for data, it says I used 40GB but my phone says 12GB.
There's a reconnection fee on my bill, but the disconnection was your mistake.
You charged me a cancellation fee even though I cancelled during the cooling-off period. I want that fee removed.
Why is there a paper billing charge when I asked for e-bills months ago?
The hotel charged my card a 'resort fee' that wasn't shown when I booked.
The airline charged me twice for my checked bag.
My credit card was charged in dollars instead of euros and now I paid conversion fees.
# --- terse / chat / angry
overcharged AGAIN!!! this is the 3rd month in a row
why is my bill so high
double charged
payment failed, how do i pay now
need invoice for march
Charged $49.99 for something I never signed up for. Refund the charge now.
can I pay by apple pay?
Hey, I got an email saying my payment bounced but money left my account. What's going on?
I'm on a fixed tariff so why did the direct debit go up?
# --- Spanish / other languages
Me han cobrado dos veces la factura de este mes.
¿Por qué mi factura es más alta que el mes pasado? No he cambiado nada.
Quiero cambiar la cuenta bancaria para la domiciliación.
No me ha llegado la factura de octubre, ¿me la pueden enviar por correo?
Me cobraron un cargo por retraso pero pagué a tiempo.
El pago con tarjeta me da error y quiero pagar hoy para que no me corten el servicio.
Necesito una factura a nombre de mi empresa con el CIF.
On m'a facturé deux fois ce mois-ci.
Ich wurde doppelt abgebucht, bitte erstatten Sie eine Zahlung.
Fui cobrado duas vezes na fatura deste mês.
"""
HW_TRAIN["account_access"] = r"""
I forgot my password and the reset email never arrives.
Can't log in to my account, it says my username or password is wrong but I'm sure it's right.
My account is locked after too many attempts. How do I unlock it?
The password reset link says it has expired every time I click it.
I got a new phone and now I can't get the two-factor codes anymore. Please help me get back into my account.
2FA text messages are not arriving so I can't log in.
I need to change the email address on my account, I no longer have access to the old one.
How do I change my username?
Someone changed my password and I can't get into my account. I think I was hacked.
I received a login alert from a country I've never been to. Please secure my account.
Please update my phone number on my profile, the old number is disconnected.
I want to change the name on my account after getting married.
How do I add my husband as an authorised user on my account so he can call you about it?
I need to verify my identity but the upload of my ID keeps getting rejected.
The app asks for a verification code sent to an email I closed years ago.
I'm trying to register on your website but it says my email is already in use. I don't have an account.
How do I create an online account for an existing customer number?
Never got the activation email for my new account.
I can't remember which email I used to sign up.
Reset my PIN please, I've forgotten it.
My online banking is blocked after I entered the wrong security answer three times.
How do I turn on two-step verification?
I'd like to turn off two factor authentication, it's too annoying.
Can I have two logins for the same account, one for me and one for my wife?
Lost access to my authenticator app after factory reset. Need backup codes.
I was logged out and now it says my account has been suspended for security reasons.
Update my postal address on my profile please, it's for correspondence only.
How do I change my security questions?
The face ID login option has disappeared from the app.
Please delete my old email address from my profile and keep only the work one.
I can't access the customer portal, it keeps saying 'account not found' when I enter my account number.
My account got merged with my dad's by mistake and now I see his details when I log in.
I need admin access to our company account, the previous admin left the company.
Please transfer ownership of the team account to my colleague, I'm leaving.
The magic login link opens but then says invalid token.
How can I recover my account if I don't remember the password or the security answers?
I'm locked out of my gaming account, the support form asks for the original purchase receipt.
Patient portal won't accept my date of birth when I try to register.
I can't sign into the airline app to see my frequent flyer miles, says account disabled.
Change the contact email on my insurance policy account please.
Where do I change my communication preferences and marketing consents in my profile?
My kid changed my password on the console and now neither of us can log in.
I need to update my ID document in your system, the old passport expired.
# --- terse / chat
forgot password
cant login
locked out of my account!!
reset password link not working
how do i change my email
2fa code never comes
account hacked help
new phone, lost authenticator, can't log in
username change please
Why do I need to verify my identity again? I did it last year.
# --- boundary cases
The login page gives me 'incorrect password' even after I reset it twice. Only my account, my wife can log in fine.
I can log in on the website but the app says my credentials are wrong.
# --- Spanish / other languages
No puedo entrar en mi cuenta, dice que la contraseña es incorrecta.
He olvidado mi contraseña y no me llega el correo para restablecerla.
Mi cuenta está bloqueada por demasiados intentos.
Quiero cambiar el correo electrónico de mi cuenta.
No me llega el código de verificación por SMS.
¿Cómo cambio mi número de teléfono en el perfil?
Creo que alguien ha entrado en mi cuenta, me han cambiado la contraseña.
J'ai oublié mon mot de passe et je ne reçois pas l'e-mail de réinitialisation.
Ich kann mich nicht mehr in mein Konto einloggen.
Esqueci a minha senha e não consigo entrar na conta.
"""
HW_TRAIN["order_delivery"] = r"""
Where is my order? It was supposed to arrive on Tuesday and the tracking hasn't updated since.
My parcel says delivered but it's not here. Not with the neighbours either.
Tracking number doesn't work on the courier website.
Can I change the delivery address for order 55821? I'm going to be at my parents' place.
I'd like to add another item to my order before it ships.
How long does standard shipping take to Canada?
Do you deliver on Saturdays?
My order has been 'processing' for 10 days. When will it be dispatched?
Only part of my order arrived, the charger is missing from the box.
My order came in two boxes and only the first one has arrived. Where is the second one?
I ordered the blue one but want to switch to the black one before it's sent.
Can I choose a delivery time slot?
Is express delivery available for this item?
The delivery driver never showed up even though I waited all day.
I missed the delivery, how do I rearrange it?
Can I pick up my order from the store instead of having it delivered?
I need to book the installation for my new broadband, when is the earliest appointment?
The engineer is booked for Thursday for the new connection, can we move it to next week?
When will the technician come to install the fibre? I ordered two weeks ago and heard nothing.
Installation appointment was today between 8 and 12 and nobody came.
I signed up online for your internet service. What are the next steps, when does the router arrive?
The router for my new contract hasn't arrived yet and the service starts Monday.
Can you confirm the installation date for our new office line?
I want to order the fibre package for my new flat, can you set it up for the 1st?
Please reschedule my smart meter installation, I won't be home on the 14th.
Has my new SIM been posted yet? I ordered it on Friday.
The replacement card you sent hasn't arrived after two weeks.
My new phone order shows 'awaiting stock'. Any idea when it'll ship?
Can the courier leave the parcel with my neighbour at number 12?
Before it ships, can I swap the size on my order from M to L?
Do you ship to PO boxes?
What are the delivery charges for a sofa?
The furniture delivery is booked for Friday, can I get a more exact time window?
My order was sent to my old address. Can you redirect it?
I placed an order but never got a confirmation email. Did it go through?
How do I order a spare remote for the TV box?
I need to place a bulk order of 200 units for our office, who do I contact?
Where can I see the status of my pre-order?
The medication I ordered from the online pharmacy hasn't been delivered, it's been a week.
When will my printed tickets be posted? The concert is in five days.
My new insurance documents were supposed to be mailed, still nothing.
The passport was supposedly sent out two weeks ago and hasn't arrived.
The game disc I pre-ordered was released yesterday but my order still says not shipped.
The courier says the address is incomplete. It's flat 3B, please add that.
I want to schedule the delivery of my new fridge and have the old one taken away.
# --- terse / chat
where is my order
tracking not updating
parcel delayed??
when will my package arrive
order status pls
still waiting for my delivery, order 88213
installation date?
can i change delivery address
# --- Spanish / other languages
¿Dónde está mi pedido? Lleva una semana en reparto.
El paquete aparece como entregado pero no lo he recibido.
Quiero cambiar la dirección de entrega de mi pedido.
¿Cuándo vienen a instalarme la fibra? Lo contraté hace diez días.
Necesito cambiar la cita de instalación al jueves.
¿Hacen envíos a Canarias?
Mon colis n'est toujours pas arrivé, le suivi ne bouge plus.
Wo ist meine Bestellung? Die Sendungsverfolgung zeigt nichts an.
Meu pedido ainda não chegou e o rastreio não atualiza.
"""
HW_TRAIN["returns_cancellation"] = r"""
I want to cancel my subscription, please don't renew it next month.
How do I cancel my contract? I'm moving abroad permanently.
Please close my account and delete my data.
I'd like to return the shoes I bought, they're too small.
How do I get a refund for an item I returned two weeks ago? Still nothing.
The jacket arrived damaged. I want to send it back for a full refund.
Can I exchange the blender for a different colour?
Cancel my order 77120 please, I ordered by mistake.
What is your returns policy for opened electronics?
I sent the package back a month ago and still haven't received my money.
Do I have to pay for return shipping?
I want to cancel my broadband, what's the notice period?
Please cancel my gym membership from the end of this month.
I'm within the 14-day cooling off period and want to cancel the contract.
I'd like to cancel my insurance policy, I've found a better deal elsewhere.
Cancel my flight booking and refund me, the airline changed the time by 6 hours.
How do I return the router now that I've cancelled?
I want to return my set-top box, where do I drop it off?
Can I swap the faulty modem at one of your shops, or do I have to post it?
The store replaced my phone with a refurbished one, I'd like to exchange it for a new one as it was only a week old.
How much is the early termination fee if I leave now? I want to cancel.
Stop my newspaper delivery subscription, I no longer want it.
Cancel the free trial before it charges me.
Please don't auto-renew my software licence, I want to cancel it.
I got the wrong size, can I exchange it for a large?
The refund for my cancelled order still hasn't reached my card.
I'd like to cancel the extra line on my mobile account but keep the main one.
Please cancel my hotel reservation for 12-14 June.
I want to cancel my doctor's appointment subscription plan.
Close my savings account and move the money to my current account.
Can I return a gift without the receipt?
My return label isn't working. How else can I send it back?
I cancelled within 24 hours, where is my refund?
I'm returning the headphones under the 30-day guarantee, they're uncomfortable.
I received a faulty kettle, I want a replacement or my money back.
Cancel my energy supply contract, I'm switching providers.
Terminate my water account, the property has been sold.
Please unsubscribe me from the premium membership and refund this month.
Can I cancel the TV add-on and just keep internet?
I'd like to downgrade to nothing. Just cancel everything please.
How do I delete my account on the app?
Cancel the game pass subscription on my account.
Cancel my pre-order, I don't want it anymore.
I want to take the equipment back to the store and cancel the service.
The phone you swapped for me at the counter is worse than my old one. Can I exchange it again?
# --- terse / chat / angry
cancel my account
i want a refund
how do i return this
cancel subscription
I'm done with you. Cancel everything and close the account.
return label please
refund status?
# --- Spanish / other languages
Quiero darme de baja del servicio.
Quiero cancelar mi pedido, me he equivocado de talla.
¿Cómo devuelvo un producto que compré online?
Devolví el paquete hace tres semanas y no me han devuelto el dinero.
Quiero cancelar mi contrato de fibra, ¿cuál es el plazo de preaviso?
¿Puedo cambiar el router averiado en la tienda?
Je souhaite résilier mon abonnement.
Ich möchte meinen Vertrag kündigen.
Quero cancelar a minha assinatura.
"""
HW_TRAIN["complaint_feedback"] = r"""
I want to make a formal complaint about the way I was treated on the phone yesterday. The agent was rude and hung up on me.
I've been on hold for over an hour three days running. This is unacceptable customer service.
Your staff at the Main Street store were extremely unhelpful and dismissive.
Every time I call I get a different answer. Nobody takes ownership of anything.
I've been a customer for 12 years and this is how you treat me? Really disappointed.
The technician was two hours late, didn't apologise and left mud all over the carpet.
I just wanted to say a big thank you to Maria in your support team, she was fantastic and sorted everything quickly.
Great service today, the engineer was friendly and explained everything. 10/10.
Suggestion: it would be great if the app let me pay by bank transfer.
Your new website is much harder to use than the old one. Please bring back the old menu.
I was promised a callback four times and nobody ever called.
I'm escalating this. I've had five tickets closed without anyone solving my problem.
Your chatbot is useless, it just loops and never lets me talk to a human.
The delivery driver was rude to my elderly mother. I expect an apology.
I want to leave a review about my stay: the room was dirty and reception was unhelpful.
Feedback on the new app update: the dark mode is lovely, but the font is too small.
I'd like to speak to a manager about how my complaint was handled.
How do I file a complaint with the ombudsman about your company?
Honestly the worst experience I've ever had with a company. Never recommending you to anyone.
The nurse at the clinic was very kind to my son, please pass on our thanks.
Your price increase letter was confusing and misleading. I'm unhappy with how it was communicated.
The queue in your store was 45 minutes and only one counter was open.
Please stop calling me with sales offers every week, it's harassment. I've asked before.
The flight crew were wonderful, thank you for a great trip.
It's ridiculous that I had to explain my issue to six different people.
You closed my ticket without asking me if it was resolved. Not happy.
I want to complain about the noise your workers made at 6am fixing the street cabinet.
Really impressed with how fast the refund was processed, thank you!
Suggestion for your game: add a way to mute players permanently.
The agent promised a discount and now nobody knows anything about it. I feel lied to.
I've been treated like a criminal when I asked a simple question at the branch.
The survey you sent doesn't even let me say what went wrong.
Just a note that your hold music is the same 10 seconds on repeat and it's awful.
Would love it if you offered a student discount. Just a suggestion.
Your customer service has gone downhill since you outsourced it.
My complaint reference is C-2231. It's been 8 weeks with no reply. This is not acceptable.
The installer was very professional and tidy, thank you.
Feedback: the invoice layout is really clear now, well done.
# --- terse / chat / angry
terrible service
worst company ever
you people are useless
thanks for the quick help!
who do i complain to
i want to make a complaint
I want to speak to your supervisor NOW
5 stars, great support
# --- Spanish / other languages
Quiero poner una reclamación por el trato que recibí en la tienda.
Llevo una hora esperando al teléfono, es una vergüenza.
El técnico fue muy amable y profesional, muchas gracias.
Nadie me devuelve las llamadas, estoy muy decepcionado con el servicio.
Sugerencia: deberían poder pagar con Bizum en la app.
Je suis très mécontent du service client, personne ne répond.
Ich möchte mich über Ihren Kundenservice beschweren.
Péssimo atendimento, ninguém resolve nada.
"""
HW_TRAIN["other"] = r"""
What are your opening hours on Sundays?
Is there a phone number I can call instead of using chat?
What's the address of your head office?
Do you have a store in Manchester?
Hello
hi there
Good morning, is anyone there?
Test message, please ignore.
Thanks, that's all.
ok
I'd like to sign up for your newsletter.
Please unsubscribe me from your marketing emails.
Are you hiring? I'd like to apply for a job in customer service.
I sent my CV last week for the technician position, any news?
Do you offer internships for students?
I'm a journalist writing a piece on broadband prices, who handles press enquiries?
We'd like to propose a partnership with your company. Who should I contact?
I'm a supplier and would like to get in touch with your procurement team.
Can I speak to someone in Spanish?
Is customer service open on bank holidays?
How do I contact your data protection officer?
I'd like a copy of all personal data you hold about me under GDPR.
Can I get a letter confirming I'm a customer, for my visa application?
I'm moving house next month. What do I need to do to take my internet service with me to the new address?
We're moving in two weeks, how do I transfer the electricity account to the new flat?
Moving home on the 30th, can my phone line and number move with me?
I've just moved into a new property, how do I tell you I'm the new occupier for the water supply?
My mother passed away and I need to let you know about her account.
I think I got an email from you that looks like phishing. Is it real?
Do you sponsor local sports clubs? Our youth football team is looking for a sponsor.
Where can I find your annual report for investors?
I found a wallet in your store yesterday, who can I give it to?
Can you recommend a good electrician in my area?
Is there parking near your Oxford Street branch?
What's the weather like in Lisbon next week?
Sorry, wrong chat.
Can you tell me the ticket number of my previous conversation?
I'd like to make an appointment to speak with someone at the branch about a general enquiry.
Do you have an accessibility statement or support for deaf customers?
Who is your CEO?
Please forward this to the marketing department.
Can I use your logo in my school presentation?
What time does the call centre close today?
Are you a UK company?
Does your company have a sustainability policy?
I want to donate old equipment to charity, do you run a recycling scheme?
How do I reach the lost and found department at the airport?
Do you have a WhatsApp number?
# --- terse / chat
hours?
phone number?
hello??
thank you
is this a bot
# --- Spanish / other languages
¿Cuál es el horario de atención al cliente?
Hola, buenas tardes.
¿Tienen tienda en Sevilla?
Me mudo el mes que viene, ¿cómo traslado mi línea a la nueva casa?
Quiero darme de baja de la newsletter, recibo demasiados correos.
¿Están contratando personal?
Quels sont vos horaires d'ouverture ?
Haben Sie eine Filiale in Berlin?
Qual é o número de telefone do atendimento?
"""
HW_TRAIN["technical_issue"] += r"""
# --- device/network setup and configuration (handled by tech support -> technical_issue)
What is the default admin password for the router? The one on the sticker doesn't let me into the settings.
I forgot my wifi password, how do I see it or change it?
How do I change the name of my wifi network?
Can you help me set up port forwarding for my game console?
How do I connect my printer to the wireless network?
Need the settings to use my own router instead of yours, what username and VLAN do I put in?
How do I split the 2.4 and 5 GHz bands on the hub? My smart plugs won't connect.
The parental controls on the router stopped blocking anything.
How do I set up the extender you sent? The app setup fails at the last step.
My smart home devices can't find the network since the router was replaced.
Wifi password not accepted on my kid's tablet even though it works on my phone.
The WPS button doesn't do anything when I press it.
How do I configure my email on Outlook? It keeps asking for the password and won't send.
I can't get the APN settings right, MMS pictures won't send.
The set-top box won't connect to the internet after I moved it to another room.
# --- agent / technician notes (third person)
Customer called, no broadband since Friday, line test shows fault at the exchange. Raised fault ticket.
Cust reports intermittent drops every evening. Ran line check, noise on line. Engineer visit booked to repair.
Tech visit: replaced faulty wall socket, line stable after repair, sync 80/20.
Caller advised internet very slow, speed test 8 Mbps on a 300 plan. Reset port remotely, asked to monitor.
Customer's router not powering on. Troubleshot PSU, no lights. Replacement router to be sent.
Chat: customer cannot connect laptop to wifi, walked through forgetting the network and re-entering the key.
Voicemail: hi it's Tom, my internet's been off since lunchtime and I work from home, can someone call me back please.
Agent note - outage in the area affecting ~200 customers, customer informed of estimated fix time.
Customer says TV box freezing every night around 9pm, firmware update pushed.
Engineer attended, cable damaged by rodents in loft, replaced 10m of cable, service restored.
Phone note: customer's app shows error on launch after update, cleared cache, still failing, escalated to dev team.
Field visit: repaired damaged drop cable after storm.
Tech found corroded connector at the cabinet, repaired and tested OK.
# --- more varied
The connection goes completely dead whenever it rains. Happens every time, the line must be damaged somewhere.
Speed is fine on ethernet but awful on wifi, 10 Mbps in the next room.
Our business fibre line has packet loss since the maintenance last night, VoIP calls are choppy.
My ping has gone from 15ms to 150ms since you changed something last week. Unplayable.
We have no broadband and no landline since the roadworks outside started.
Internet stops working every night at around 2am and only comes back after a reboot.
The router's 5GHz network keeps disappearing, only the 2.4GHz one shows.
Video calls keep freezing and it says my connection is unstable, but nothing else on my side has changed.
The modem was working fine until the power cut, now the DSL light just flashes.
Dropouts again today. Third engineer visit didn't fix it. Please check the line properly.
My speed dropped by half after the router firmware update.
Phone connects to wifi but says 'no internet, secured'. Other phones same thing.
The landline has an echo on every call.
Streaming app on the TV box says 'content unavailable' for every channel.
The remote for the box has stopped working, new batteries didn't help.
Is the network down in the city centre? Work phone has no data at all.
The new firmware bricked my smart speaker, it won't power on now.
The app says 'unable to connect to server' no matter what network I'm on.
Mi router se reinicia solo cada pocos minutos y me quedo sin conexión.
Desde la tormenta no funciona ni el teléfono fijo ni internet.
Cómo cambio la contraseña del wifi? No encuentro cómo entrar al router.
La velocidad por wifi es malísima, por cable va bien.
Le wifi se coupe toutes les heures, c'est insupportable.
"""
HW_TRAIN["product_question"] += r"""
My contract ends next month. What offers do you have for existing customers if I stay?
What's the cheapest internet plan you have at the moment?
Are there any loyalty deals? I've been with you five years.
Can you give me a quote for upgrading to the fastest speed you have?
What plans can I switch to at the end of my contract, and would the price go up?
Do you have a plan without the TV part? I only need the internet.
Is there a data cap on the gigabit plan? I download big games.
Which plans include the premium movie channels?
How much would it cost to add the sports package for the football season?
Can I get the streaming app included with my broadband?
Does the TV package come with a recording box or is it app only?
Can I pause the sports add-on in the summer?
Is Netflix included in any of your bundles?
What speed would I actually get at my address on the 500 plan?
Do you offer a social tariff for people on benefits?
I'd like to upgrade to the faster plan. How much more a month, and does it restart my contract?
Is there a discount if I take both mobile and broadband with you?
How many channels are in the basic TV pack?
What's the price difference between 12 and 24 month contracts?
Is a landline needed for your fibre service?
# --- agent notes
Customer enquired about upgrading to the top speed tier, quoted monthly price, customer will think about it.
Caller asked what deals are available as contract is ending, explained current offers.
Cust asked if the sports add-on can be added mid-contract, explained pricing.
Chat: customer asked which TV channels are in the family pack, sent channel list link.
Caller wanted to know if fibre is available at new build address, availability check done.
# --- other industries
Can I add roaming for a week only, how much is it?
Does the basic account let me invite external guests to projects?
Which of your laptops have a backlit keyboard?
Does your airline allow a personal item plus a cabin bag on the cheapest fare?
Is there a family discount for the theme park annual pass?
Can I get a quote for contents insurance for a two-bedroom flat?
What is the minimum term for the business energy contract?
Do you have an English-speaking dentist at the downtown clinic?
¿Qué ofertas tienen para clientes que ya están con ustedes?
¿Cuánto cuesta añadir el paquete de deportes?
¿Hay permanencia en la tarifa de fibra?
¿Qué canales incluye el paquete básico de televisión?
Quanto custa o plano de fibra mais rápido?
"""
HW_TRAIN["billing_payment"] += r"""
How do I update my card details in the app? My old card expired.
My autopay failed again, can you tell me why?
Can I change the day my payment is taken each month?
We changed banks, please update the direct debit to the new account.
I'd like to set up a direct debit instead of paying manually every month.
Can I pay my bill over the phone with a card?
The app won't let me save my new card, it says the payment method is invalid.
Do you accept PayPal for monthly payments?
I'd rather not give bank details by email. Can I call to update my direct debit?
Why was I charged for a technician visit? The fault was on your side.
There's a charge for a call-out fee I don't agree with.
I was billed for a full month after my service was cut off for non-payment by mistake.
# --- agent notes
Customer called to update card details, new card taken over secure line.
Cust disputes charge for premium add-on on last invoice, credit raised pending review.
Caller queried why bill increased, explained end of promo discount, customer unhappy with price.
Chat: customer asked to move payment date to the 1st, updated.
Customer reports direct debit collected twice, refund of duplicate payment requested from finance.
Caller wants paper copies of last 6 bills for a mortgage application.
# --- other industries
The gym took my membership fee twice this month.
Why is there a booking fee on my train ticket receipt?
The clinic charged me for a missed appointment but I cancelled 48 hours before.
My car insurance renewal price went up 40% with no claims. Why?
Me quiero cambiar la fecha de cobro al día 5.
¿Puedo pagar la factura con otra tarjeta? La mía ha caducado.
Me han cobrado la visita del técnico y la avería era de ustedes.
"""
HW_TRAIN["account_access"] += r"""
I can't log into the app, it says my account doesn't exist but I pay you every month.
The 'forgot password' page says no account with that email.
My login worked yesterday, today it says password incorrect. I haven't changed it.
How do I reset my online account password if I don't have access to my email?
I want to give my son access to manage my account online.
The code for the app sign-in goes to my old mobile number.
My account is showing someone else's name, please correct it.
Update the email on my account to my new address, the old one is closed.
# --- agent notes
Customer locked out of online account after failed attempts, identity verified, password reset link sent.
Caller could not receive SMS code, mobile number on account updated after ID check.
Cust unable to register for the app as account number not recognised, linked account manually.
Chat: customer forgot username, reminded via registered email.
Tweet: @support can't get into my account, reset email never arrives, help
Quiero que mi hijo pueda gestionar mi cuenta en la web.
Me sale que mi usuario no existe cuando intento entrar en la app.
"""
HW_TRAIN["order_delivery"] += r"""
I need to reschedule my installation, I'm away that week.
The installer didn't turn up for my appointment this morning. When can you come?
Can I do a self-install instead of having an engineer come to the house?
How long after ordering will the fibre installation be?
Can the technician install the socket in the living room instead of the hall during the installation?
Is there a Saturday installation slot available?
What do I need to do before the installation engineer arrives?
I've ordered broadband for my new place, when will my equipment be delivered?
Could you book my install for the earliest possible date? I'm working from home from next week.
My installation was cancelled without any explanation, I need a new date.
The self-install kit hasn't arrived and my go-live date is tomorrow.
Can I add a landline to the order before the installation?
# --- agent notes
Customer rescheduled installation to next Tuesday AM slot.
Install engineer running late, customer informed of new ETA.
Cust asked for self-install kit instead of engineer visit, kit dispatched.
Missed install appointment, apologised and rebooked for the next available slot.
Chat: customer asked for the status of the new line order, install date confirmed for the 14th.
Caller confirmed access details for installation day, parking available on the driveway.
Courier reports failed delivery, customer wants redelivery on Monday.
Store note: click and collect order not arrived yet, customer will be texted.
# --- other industries / languages
When will my new glasses be ready to collect?
The furniture company gave me a delivery window of 7am to 7pm. Can you narrow it down?
Is it possible to deliver the parcel to a pick-up point instead?
Necesito cambiar la fecha de instalación, ese día no estoy en casa.
El técnico de la instalación no vino y nadie me avisó.
¿Puedo instalar el router yo mismo en vez de esperar al técnico?
Quand est-ce que le technicien viendra pour l'installation de la fibre ?
"""
HW_TRAIN["returns_cancellation"] += r"""
My router is dead, no lights at all. Can I bring it to your store and swap it for a new one?
The replacement modem I got at the shop is faulty too. I want to exchange it again.
Do I need an appointment to exchange equipment at the store?
Can I return the old set-top box at any of your shops?
I want to swap my remote control at the store, it's broken.
We sold the house, please cancel the service at that address from the 30th.
Please end my plan at the end of this billing period, I want it confirmed in writing.
My father passed away and I need to cancel his internet and phone.
How do I cancel without paying the early exit fee?
I've already asked twice to cancel. Please just cancel it.
I'm switching to another provider, please process my cancellation.
Can I cancel my contract if the speed is never what you promised?
# --- agent / store notes
Customer requested cancellation, retention offer declined, cancellation processed effective end of month.
Walk-in: customer swapped faulty hub for new unit at the counter.
Store visit: customer returned the set-top box after cancelling, receipt given.
Caller cancelled, will return router at the store.
Retention call: customer wanted to cancel, accepted discount and stays.
Chat: customer asked how to return equipment after leaving, prepaid bag sent.
Quiero cambiar el router averiado en la tienda por uno nuevo.
Vendimos la casa, den de baja el servicio a partir del día 30.
Quiero cancelar el contrato, me voy a otra compañía.
Ich möchte das defekte Gerät im Laden umtauschen.
"""
HW_TRAIN["complaint_feedback"] += r"""
I've complained three times and nobody has got back to me. I want this escalated to someone senior.
The way your call centre handled my issue was shocking. I was transferred five times and cut off.
I'm writing to complain about the lack of communication during the whole process.
The agent on the chat was sarcastic and unprofessional.
Your customer service used to be good. Now it's impossible to reach anyone.
I want an apology for the hours I've wasted on the phone with you.
Credit where it's due: the support team sorted my problem in ten minutes. Thank you.
You keep sending me surveys but never act on the feedback.
I'm extremely unhappy with how long it took to get a straight answer.
I'm going to post about this on social media if nobody responds to my complaint.
The store manager was brilliant and went out of his way to help.
# --- agent notes
Customer complained about long hold times and rude previous agent, apologised, logged complaint.
Cust wants to formally complain about repeated missed callbacks. Escalated to complaints team.
Caller praised the engineer who attended yesterday, feedback passed on.
Tweet: @support absolutely shocking service, nobody ever answers #fail
Llevo semanas reclamando y nadie me da una solución. Quiero hablar con un responsable.
El trato de la persona que me atendió por teléfono fue muy maleducado.
Muy contento con la atención recibida, gracias.
Je veux déposer une réclamation concernant votre service client.
"""
HW_TRAIN["other"] += r"""
# --- moving house / transferring an existing service (not an order, fault or cancellation)
I'm moving house on the 15th. Can I take my broadband with me to the new address?
Do I take the router with me when I move or will you send a new one?
Moving in with my partner next month, what happens to my account?
We are relocating across town in August. How does the home move process work?
Home move: please transfer my service to 22 Elm Road from 1 September.
Can I keep the same plan and price when I move?
I've moved out but my daughter is staying in the flat. Can the service stay there?
Moving next week, how much notice do you need to move my phone line?
Requested a home move two weeks ago and haven't heard back.
Customer moving house end of month, home move order raised for new address.
Nos mudamos en julio, ¿podemos llevarnos la fibra a la nueva casa?
Me cambio de piso, ¿qué tengo que hacer con mi línea?
Wir ziehen um, wie nehme ich meinen Anschluss mit?
# --- general
What time do your stores open on Saturday?
Is the shop in the shopping centre open on public holidays?
Where is your nearest store to the train station?
Can I get a letter with my account details for the council?
Customer called to check opening hours of the high street store.
I'd like to speak to someone in person, is there a branch near me?
Do you have a postal address for sending letters?
¿A qué hora abre la tienda del centro comercial el sábado?
"""
# --- round 2: coverage added after looking at confusion patterns on the project's
# synthetic sample (topics only; no sample text copied).
HW_TRAIN["technical_issue"] += r"""
The engineer fixed the line on Monday but the same fault came back the next day. I need another repair visit.
My repair appointment was cancelled and nobody told me why. The internet is still dropping.
The repair technician never turned up and the connection is still dead.
Can I book a repair visit for the boiler? It keeps losing pressure.
Please cancel the engineer visit for the fault, it started working again after your remote reset.
The washing machine repair man came but the same error is back.
How do I set up a guest wifi network for visitors?
Can you tell me how to change my wifi password from the app?
My wifi password isn't working since you replaced the hub.
How do I find the wifi name and password on the new router?
Is there a way to turn off the router's wifi at night automatically?
How do I pair the voice remote with the TV box? Holding the buttons does nothing.
The TV app shows a black screen on my streaming stick after the logo.
All my recordings vanished from the box after the last update.
The streaming app keeps saying 'too many devices' although only one is in use.
the mesh pod keeps blinking and won't join the network
No se conecta el repetidor wifi, la luz no deja de parpadear.
El técnico vino pero al día siguiente volvió a fallar la conexión, necesito otra visita.
¿Cómo cambio el nombre de la red wifi?
"""
HW_TRAIN["product_question"] += r"""
I got a letter saying the price is going up. Which cheaper plan could I move to instead?
I want to downgrade to a slower plan now that I live alone. Is there a fee for changing plan?
Do you have student discounts on broadband?
Is there a TV and internet bundle cheaper than what I pay now?
Can I pause the movies add-on over the summer and restart it later?
Can I watch the TV app when I'm on holiday abroad?
How do I add a streaming subscription to my bill?
Can I get the kids' pack added for just one month?
Is your fastest speed available in my street?
Do you have a senior or low-income discount?
What do I get if I move up to the next speed tier?
¿Puedo ver la televisión desde el móvil cuando estoy de viaje?
¿Tienen descuento para jubilados?
¿Me pueden pasar a una tarifa más barata?
"""
HW_TRAIN["complaint_feedback"] += r"""
Your agents keep hanging up on me.
Still waiting for the callback you promised on Friday.
Two hours on hold today. Unbelievable.
Three weeks and five calls later, still nothing sorted.
Every person I talk to tells me something different and nobody takes responsibility.
Shout-out to the guy on chat this morning, super helpful.
Please escalate this to someone who can actually take ownership of my case.
I want a goodwill gesture for all the time I've spent chasing you, this has been handled terribly.
Nobody replied to my last three emails.
Honestly the support has been fantastic this time, thanks all.
Sigo esperando la llamada que me prometieron.
Me han colgado dos veces, qué vergüenza de servicio.
"""
HW_TRAIN["other"] += r"""
Can I keep my email address with you after I move house?
Is your service available at the address we're moving to? We want to take our account with us.
Moving out next month, the new owners will want the service - what do they need to do?
We've moved and the service needs to follow us; the new place has an old socket in the kitchen.
¿Me llevo el router cuando me mude?
Nos vamos a vivir a otra ciudad, ¿puedo trasladar el contrato?
"""
HW_TRAIN["returns_cancellation"] += r"""
The new router I got in the shop last week is faulty too, I want to bring it back for another one.
Can I exchange the remote control at the shop or do I need to post it?
Is there stock at my local store to swap a broken hub today?
"""
HW_TRAIN["billing_payment"] += r"""
Why did my bill go up this month? I got no letter about a price change.
The amount charged doesn't match what the agent told me on the phone.
My autopay didn't go through, can I pay by card now?
"""
HW_TRAIN["order_delivery"] += r"""
Our new home has no working line, can you book the engineer to install it before we move in?
I need an installation slot that's after 5pm, I work during the day.
"""
# --- round 3: longer e-mails (40-80 words) and more Spanish, all labels.
HW_TRAIN["technical_issue"] += r"""
Hello, I'm writing because our home internet has become unusable over the past week. It disconnects several times an hour, usually for a minute or two, and video calls for work drop every time. I've restarted the router, tried a different cable and even moved the router away from the microwave. The lights look normal when it happens. Could you run a line test and tell me if there's a fault on your side?
Hi support, since the update to version 5.2 our team's desktop app freezes whenever we open a project with more than a few hundred tasks. The window goes white, Windows says 'not responding', and after about a minute it closes. This happens on six different laptops. The web version is fine. We rely on the desktop app for offline work, so a fix or a workaround would be much appreciated.
Dear team, the heating system you serviced last month has stopped working again. The boiler fires up, runs for about thirty seconds, then cuts out and shows a flashing red light. We've reset it several times as the manual suggests, but it keeps happening. With two small children in the house we really need someone to come out and look at it this week.
Good morning. Our shop's card terminal keeps losing connection to the network in the middle of transactions. Customers are left waiting and some payments have to be retried three or four times. It started on Saturday. Our internet seems fine for everything else. Can you check whether something changed on your end or send a replacement terminal?
Buenas tardes. Desde hace una semana la conexión se corta varias veces al día, sobre todo por la tarde. He reiniciado el router, he cambiado el cable y he probado con otro ordenador, y sigue pasando lo mismo. Trabajo desde casa y así no puedo hacer videollamadas. ¿Pueden revisar la línea o mandar a un técnico?
La impresora que compré hace un mes dejó de imprimir en color, sale todo con rayas.
No puedo enviar correos desde el móvil, me da error de servidor saliente.
La app de la compañía aérea no me deja hacer el check-in, se queda cargando.
"""
HW_TRAIN["product_question"] += r"""
Hello, my company is looking at moving our 40 staff from another provider to your collaboration platform. Before we book a demo, could you confirm whether the Business plan includes audit logs, whether we can restrict sign-ins to our own domain, and if there is a discount for paying annually? We'd also like to know if existing files can be migrated from our current tool.
Hi, I'm comparing broadband providers before my current contract ends in two months. Could you tell me what speeds are available at my address, whether your router supports wifi 6, and what the monthly price would be after any introductory offer? I'd also like to know if there's a setup fee and how long the minimum term is.
Dear sir or madam, we're planning a family trip to Canada in the summer with two children and a dog. Can you tell me the baggage allowance on your standard fare, whether pets can travel in the cabin on transatlantic flights, and if the children get a reduced fare? Thank you.
Hola, estoy pensando en contratar fibra y móvil con ustedes. ¿Me pueden decir qué velocidad llega a mi dirección, si hay permanencia y cuánto costaría al mes con dos líneas móviles? También quería saber si el router está incluido o hay que pagarlo aparte.
¿La versión gratuita de la aplicación permite exportar a PDF?
¿El seguro de viaje cubre cancelaciones por enfermedad?
¿Venden el modelo con 16 GB de memoria o solo el de 8?
"""
HW_TRAIN["billing_payment"] += r"""
Hello, I've just looked at my last three statements and each month there is a charge called 'service plan' for 7.99 that I never agreed to. When I signed up on the phone the agent said the price was all-inclusive. I'd like these charges stopped and the money I've paid for them credited back. Please confirm in writing once done.
Hi, my direct debit was meant to switch to my new bank from this month, I sent the form two weeks ago. Instead the payment was attempted on the old account, which is closed, so it bounced and now there's a failed-payment fee on my account. Can you remove the fee and take the payment from the new account?
Dear billing team, our company has received invoice 2024-118 addressed to a department that no longer exists and without our VAT number, so our accounts team cannot process it. Please reissue it to the finance department at our head office with the correct VAT number, and update our billing details for future invoices.
Hola, este mes me han cobrado 20 euros más de lo habitual y en la factura aparece un concepto de 'servicios adicionales' que nunca he contratado. Llamé la semana pasada y me dijeron que lo revisarían, pero no he tenido respuesta. Quiero que me devuelvan ese importe y que lo quiten de las próximas facturas.
El recibo de la luz de este mes es el doble que el anterior y no hemos cambiado nada.
¿Puedo pagar la factura en dos plazos este mes?
"""
HW_TRAIN["account_access"] += r"""
Hello, I've been locked out of my online account since Tuesday. I tried to reset my password, but the reset email goes to an old work address I can no longer access. The app also asks for a code sent to a phone number I changed last year. Can you help me verify my identity another way and update both my email and my phone number?
Hi, our office manager left the company last month and she was the only administrator on our business account. None of us can change users, licences or settings now. What do you need from us to make me the new administrator? I can provide a letter on company letterhead.
Hola, no puedo entrar a mi área de cliente. Pongo mi correo y contraseña y me dice que son incorrectos, pero cuando pido restablecer la contraseña no me llega ningún correo, ni en spam. Necesito descargar un documento hoy, ¿me pueden ayudar?
Me pide un código de verificación que llega a un número que ya no tengo.
¿Cómo activo la verificación en dos pasos?
"""
HW_TRAIN["order_delivery"] += r"""
Hello, I ordered a dining table and six chairs three weeks ago and was told delivery would take ten working days. The tracking page has shown 'preparing' ever since and nobody answers the phone. I've taken a day off work twice already expecting a call. Can you tell me when it will actually be delivered and give me a time window?
Hi, we've just signed up for fibre at our new flat and I'd like to arrange the installation. We're both at work during the week, so a Saturday or an early morning slot would be ideal. Also, the building has a concierge, can the engineer get access through them if we're delayed?
Hola, hice un pedido el día 3 y todavía no me ha llegado. En el seguimiento pone que está en el almacén desde hace una semana. Lo necesito antes del cumpleaños de mi hija, el sábado. ¿Me pueden decir cuándo lo van a enviar?
¿Pueden entregarlo en mi trabajo en vez de en casa?
¿Cuánto tarda en llegar un pedido a Portugal?
"""
HW_TRAIN["returns_cancellation"] += r"""
Hello, I bought a coffee machine from your website two weeks ago. After a few days it started leaking from underneath and now it doesn't heat the water properly. I don't want it repaired, I'd like to return it for a full refund. Please send me a return label and let me know how long the refund will take to reach my card.
Hi, I'm moving abroad at the end of next month for work and won't need my mobile contract or home broadband any more. Please cancel both from the 30th, tell me what equipment I need to return and confirm whether any early termination fee applies given the circumstances.
Hola, compré unas zapatillas en su tienda online y me quedan pequeñas. Quiero cambiarlas por una talla más, y si no hay, que me devuelvan el dinero. ¿Tengo que pagar yo el envío de la devolución?
Quiero dar de baja la línea de mi madre, ha fallecido.
¿Cuánto tarda en llegar el reembolso después de devolver el pedido?
"""
HW_TRAIN["complaint_feedback"] += r"""
I'm writing to make a formal complaint. Over the past month I've contacted you seven times about the same issue. Each time I was promised a callback that never came, and two tickets were closed without anyone speaking to me. I've had to repeat my story to every agent. I expect a written response from a manager explaining how this will be put right.
Hello, I just wanted to take a moment to say thank you to the team at your city centre branch. The staff member who helped me with my late husband's affairs was patient, kind and explained every step clearly. It made a very difficult week a little easier. Please pass this on to her manager.
Hola, quiero presentar una queja formal. Llevo un mes llamando por el mismo problema, cada vez me atiende una persona distinta, me prometen que me llamarán y nunca lo hacen. Me parece una falta de respeto total hacia los clientes.
Enhorabuena al equipo de soporte, me lo solucionaron en cinco minutos.
El servicio de atención al cliente ha empeorado muchísimo este año.
"""
HW_TRAIN["other"] += r"""
Hello, I'm contacting you on behalf of a local primary school. We're organising a technology fair next spring and wondered whether your company would be interested in taking part or sponsoring a stand. If this isn't the right inbox, could you forward this to whoever handles community events? Many thanks.
Hi, my family and I are moving from our flat to a house about two miles away at the start of next month. We'd like to keep the same services and contract if possible. What information do you need from us, and how far in advance should we let you know?
Hola, nos mudamos a otra casa en el mismo barrio a finales de mes. Queremos mantener el mismo contrato y los mismos servicios. ¿Qué tenemos que hacer y con cuánta antelación hay que avisar?
¿Tienen algún número de teléfono gratuito?
¿Dónde está su oficina principal?
"""
# ---------------------------------------------------------------------------
# Hand-written HELD-OUT tickets. Written after, and separately from, the training
# tickets above, with different scenarios and wording. Never used for training.
# ---------------------------------------------------------------------------
HW_HELDOUT["technical_issue"] = r"""
Good evening. Since about 7pm our fibre connection has been completely dead. The ONT shows a steady red alarm light. We have two kids with homework due tomorrow, please advise.
net is crawling, youtube wont even play in 480p. speedtest says 4 down 0.5 up
Every morning between 8 and 9 my connection drops out for a few minutes. It's like clockwork.
The mobile banking app freezes on the fingerprint screen and then closes itself.
After installing your latest desktop update, the program won't start at all: 'MSVCP140.dll was not found'.
Our shared drive sync shows a red X on half the folders and says 'conflict' though nobody edited them.
Hi, my cordless phone base has no line, the handset shows 'check phone line'. Broadband is ok.
The heat pump is blowing cold air even when set to 24 degrees. Display shows E3.
Nothing comes out of the kitchen tap and the bathroom is only a trickle. Is there a burst main nearby?
The EV charger you installed stops charging after five minutes every time.
The insurance app says 'session error' whenever I open the claims section.
Boarding pass QR code won't scan at the gate machine, says invalid, second time this happens on your app.
The photo upload on your pharmacy app keeps failing for my prescription.
Multiplayer keeps kicking me out with 'connection to host lost' every 10 min.
Smart thermostat went offline and the heating is stuck on.
Just got a new modem from you and it won't sync, the DSL light blinks forever.
hi, my sim stopped working overnight, phone says no service and i didnt change anything
i think the tower near me is down? no bars since yesterday afternoon in the whole village
The electronic gate at the car park doesn't read my permit card.
The printer you sold me shows 'ink system failure' after 2 weeks.
Council website crashes when I try to pay my parking fine, tried on my laptop and phone.
How do I get my new mesh system to use the same network name as my old router so my devices reconnect?
The speed on my laptop is fine but my smart TV keeps saying network disconnected.
Customer reports total loss of service after a lightning storm; router fried. Engineer visit to check line and replace kit.
Technician note: replaced corroded splitter at the junction box, line tests now clean.
¡Llevo tres días sin internet! El router no enciende ninguna luz.
La aplicación del banco me da un error cada vez que intento entrar en el apartado de tarjetas.
El decodificador se queda congelado cada noche y hay que desenchufarlo.
Mon téléphone n'a plus de réseau depuis la mise à jour.
Das Spiel stürzt nach dem Update beim Start ab.
The outage page says everything is fine but my neighbours and I have had no connection since 6am.
Video on the doctor's telehealth call kept freezing and the audio was robotic. Is your platform having issues?
The lights on my smart meter are flashing and the in-home display says 'no signal'.
API calls to your payments endpoint time out after 30 seconds since this morning, status page is green.
Keyboard on my new laptop types double letters randomly.
"""
HW_HELDOUT["product_question"] = r"""
Before I sign up: is your 900 Mb fibre symmetrical or is the upload lower?
Does the mid-tier package include calls to landlines abroad?
Could you tell me whether the family streaming bundle works on Chromecast?
I'm retiring soon, is there any plan that suits light internet users at a lower monthly cost?
Which of your mobile plans allow tethering without extra charge?
Do you rent out the set-top box or do I buy it?
Hi, is your accounting software able to handle multiple currencies in the same ledger?
Can guests comment on a shared board without having a paid licence?
What's the retention period for deleted files on the Business plan?
Is there a version of the app for Apple Watch?
Do the wireless earbuds have active noise cancelling?
Will this phone case fit the Plus model as well?
Are your running shoes available in wide fit?
Does the green tariff cost more than the standard one, and by how much?
Is flood damage part of the standard buildings cover?
What does the premium travel policy cover that the basic one doesn't?
Can I bring a folding pushchair on board at no extra cost?
Does the hotel's airport shuttle run at night?
Can I book a same-day GP appointment through the app, or only for next week?
Does the current account come with travel insurance?
Is there a student version of the game subscription?
Can I apply for a parking permit if I live in a shared house?
what's included in the 30 quid plan
any offers on for existing customers??
Hi there, I keep seeing ads for your gigabit deal. Does it apply to people who already have an account, or only new customers?
Caller asked about adding a second TV box and the monthly cost; explained options.
If I upgrade my package, can I keep the same router or does it have to change?
Do you offer international calling bundles for the Philippines?
Are the kids' channels part of the basic TV or a separate add-on?
¿La tarifa incluye router wifi 6 o hay que pagarlo aparte?
¿Cuál es la diferencia entre el plan básico y el plan familiar?
¿Tienen algún plan sin permanencia para autónomos?
Est-ce que vos forfaits incluent l'itinérance en Europe ?
Do you offer a trial period for the business VoIP service?
How do I share a folder with read-only access for clients?
"""
HW_HELDOUT["billing_payment"] = r"""
I've just opened my statement and there's a charge of 89.00 labelled 'equipment' that I don't understand. I returned nothing and bought nothing.
You billed me for international calls I definitely didn't make. Please investigate and remove them.
My discount for signing up for two years was meant to last the whole contract, it stopped after six months.
Your system took the payment on the 1st and then again on the 3rd. I need the second one back.
The bill shows usage for a second line I cancelled in the spring.
Please explain the pro-rata charge on my first invoice, it's higher than the advertised monthly price.
I moved my direct debit to my joint account, can you confirm it's set up for next month?
My card keeps getting declined when I try to pay the outstanding balance online.
Is it possible to switch from quarterly to monthly billing?
Can you resend the receipt for my annual licence payment? Finance needs it.
We need all invoices addressed to our head office instead of the branch.
The power was off for two days after the storm. It's back now, but I'd like a reduction on this month's bill for the lost days.
I was told there'd be no charge for the engineer visit, but there's 60 on my bill for it.
My account says I'm in arrears but I paid last week by bank transfer, reference 2291A.
Got a text saying my payment failed. I've got money in the account, what happened?
The dentist charged me the full price even though my plan should cover half.
The car rental company took a 300 deposit and never released it.
Why did I pay a currency conversion fee for a purchase in my own currency?
charged late fee even though direct debit was set up. not fair.
how can i add a new credit card as my payment method?
Customer queried a duplicated charge on the last invoice, refund of the duplicate raised.
Me ha llegado una factura con un importe que no corresponde a mi tarifa.
Quiero domiciliar los pagos en otra cuenta del banco.
Ich habe eine Rechnung für einen Monat bekommen, in dem der Vertrag schon gekündigt war.
Hello, the invoice you sent is missing our VAT number, can you reissue it?
The hospital billed me twice for the same x-ray.
"""
HW_HELDOUT["account_access"] = r"""
I keep getting 'too many attempts, try again in 24 hours' when I log in. I need to access my account today.
The verification code you text me expires before it even arrives.
My email was hacked and now I think they got into my account with you too. Please lock it.
I cannot sign in with Google any more, it just shows a blank page after choosing my account. Other people in my team are fine.
I don't know my account's password because my ex set it up. The account is in my name. How do I take it over?
The security question answer isn't being accepted and I'm sure I'm typing it right.
Can you switch off the login alerts? I get an email every time I sign in.
I need to change the phone number used for verification; I switched carriers.
How do I add a second administrator to our organisation's account?
I got married and need my surname updated on the account.
Registration keeps failing at the 'confirm your email' step, the link says already used.
The passkey option on your site doesn't recognise my phone.
My student portal account was deactivated after graduation but I still need my transcripts.
I'm locked out of my game account and the recovery email goes to an address I no longer use.
please reset my password, the app wont let me do it
cant get into my account after changing phone
Caller unable to log in to the online portal, identity confirmed, temporary password issued.
Olvidé mi usuario y la contraseña, ¿cómo recupero el acceso?
He cambiado de móvil y ya no recibo los códigos de acceso.
Je n'arrive plus à me connecter à mon espace client.
Please change my registered email to the new one I'm writing from.
My profile shows an old address, where do I edit it?
I was never sent the welcome email to set my password.
Someone keeps trying to reset my password; I'm getting reset emails I didn't ask for.
Our former employee was the only admin on the account. How do we regain control?
The app asks me to verify my identity with a selfie but it keeps failing.
"""
HW_HELDOUT["order_delivery"] = r"""
My online order has said 'out for delivery' for three days now. Can someone find out where it is?
The courier tried to deliver while I was at work and took it back to the depot. How do I collect it?
Can I still add a second charger to my order, or has it already left the warehouse?
The box arrived but the laptop inside is the wrong model from what I ordered.
I need the new modem delivered to my office instead of home, is that possible?
When can your engineer come to connect our new build house? We moved in and there's no line.
We booked the fibre installation for tomorrow but won't be home. Please move it to Saturday.
Hi, I signed up for broadband last week but haven't received any date for the installation. What's happening?
Where is my replacement SIM? It was supposed to arrive in 2-3 days.
How long does it take to deliver a washing machine, and do you install it?
Do you ship internationally, for example to Norway?
My grocery order is missing three items and the rest was left outside.
The appointment for the meter fitting clashes with a hospital visit. Can we change it?
I ordered two units, only one was charged and only one arrived. Is the second coming?
Tracking shows my parcel stuck in customs for a week.
Could you tell me when my new glasses will be sent out?
order #40311 still not shipped, whats going on
where's my stuff, ordered 10 days ago
Phone note: wants to know when the new line goes live; engineer booked Monday AM to connect it.
Missed the install window, customer rebooked for Thursday afternoon.
¿Cuándo me llega el router? Contraté la fibra hace una semana.
El repartidor dejó el paquete en una dirección equivocada.
Quiero pedir un segundo decodificador para el dormitorio.
O técnico da instalação não apareceu hoje.
Can I change the size of the bed frame in my order before it's dispatched?
The engineer came to install the fibre but said he couldn't finish. When will someone come back to complete the installation?
"""
HW_HELDOUT["returns_cancellation"] = r"""
I'd like to end my mobile contract when it runs out in May. Please confirm I won't be charged after that.
Can I return a laptop that I opened but only used once?
The dress doesn't fit. How do I send it back and how long does the refund take?
My refund for the returned chair was approved ten days ago and it's still not on my card.
The vacuum cleaner stopped working after a week, I want to return it for a new one.
I cancelled my hotel stay within the free cancellation window but was still charged, please refund it.
Please terminate my home insurance from the renewal date.
We're closing the business, please cancel all three lines on our account.
Can I get my money back for a concert that was postponed?
How do I close my online account and remove my card details?
I want to exchange the trainers for a size smaller.
I'm not using the streaming service any more, cancel it before the next renewal please.
The decoder you gave me at the shop last week is broken already. I'd like to swap it.
Can I drop off the returned router at any store or only the one I got it from?
Please stop my subscription box deliveries and close the account.
do i have to pay anything to cancel?? I want out
cancel my order pls, found it cheaper elsewhere
Walk-in: customer returned faulty TV box at the counter, replacement unit issued.
Customer requested to cancel broadband at end of contract, cancellation confirmed.
Quiero devolver el móvil, no me gusta y está dentro de los 14 días.
Por favor, den de baja mi línea a partir del mes que viene.
¿Puedo cambiar en tienda el mando que no funciona?
Je voudrais retourner un article et être remboursé.
Ich möchte mein Abonnement kündigen und das Konto schließen.
The flight was cancelled by the airline and I want a full refund, not a voucher.
I'd like to cancel the gym contract; I'm moving to another country.
"""
HW_HELDOUT["complaint_feedback"] = r"""
I want to register my dissatisfaction with how the engineer spoke to my wife during the visit.
Three weeks, four phone calls, two emails and still no proper answer. Your service is a joke.
I'd like to thank the lady on the phone this morning, she was patient and very clear.
Feedback: it's impossible to find the contact form on your website. Please make it easier.
The branch staff ignored me for 20 minutes while chatting among themselves.
I have a complaint about the sales rep who pressured my elderly father into signing up.
My complaint was closed without anyone contacting me. I want it reopened and reviewed by a manager.
Your phone menu is a maze and never gets me to a human.
I'm very disappointed with how my claim was handled, nobody kept me informed.
Just wanted to say the new app is brilliant, so much easier than before.
Please pass on my thanks to the crew of flight 218, they were amazing with my kids.
Suggestion: send a text when the engineer is on the way, not just a time window.
I've never been so badly treated by a company. I'm telling everyone I know.
i want to complain about your staff, very rude
shocking customer service, nobody ever calls back
great job team, quick and painless
Customer unhappy with repeated promises not kept, formal complaint logged and escalated.
Estoy harto de que me pasen de un departamento a otro sin solucionar nada.
Quiero felicitar a la chica de la tienda, fue muy amable.
Quero fazer uma reclamação sobre o atendimento na loja.
I waited in for the whole day and nobody even phoned to say they weren't coming. Totally unacceptable and I want an explanation.
Your agents read from a script and don't listen. Very frustrating experience overall.
The review form on your website only allows 100 characters, which isn't enough for honest feedback.
I'd like to give some feedback about the waiting room at the clinic, it was dirty.
Why is it that every time I contact you I have to repeat my whole story? Poor service.
"""
HW_HELDOUT["other"] = r"""
Is there anyone I can speak to in Polish?
Where can I find your company's registration number for a form I'm filling in?
Could you confirm the postal address where I can send a written letter?
I would like to apply for the apprenticeship programme advertised on your site.
Do you have a media contact? I'm writing a story for the local paper.
How do I stop getting your promotional text messages?
I'm the new tenant at flat 4 and want to tell you I've moved in.
We're moving to a bigger house in March, what's the process for taking our service with us?
How much notice do you need before I move so my internet is working at the new place?
My landlord wants proof that the service is in my name, can you provide a letter?
Good afternoon, is this the right place to ask questions?
hello is someone there
thx bye
Which days is your store in the retail park open late?
Is your customer support available 24/7?
Can I visit your head office in person?
My company is organising a charity run, would you like to sponsor it?
Are your offices closed between Christmas and New Year?
I'm a student doing a survey on customer service, would you answer a few questions?
Do you have a careers page?
Walk-in wanted to know what time the branch shuts on Fridays.
¿Tienen atención al cliente en catalán?
Nos cambiamos de casa en septiembre, ¿cómo hago el traslado del servicio?
Hola, ¿alguien me puede atender?
Où se trouve votre agence la plus proche ?
Please add my email to your mailing list for new product launches.
Could you send me information about your charity partnership programme?
"""
# --- longer held-out e-mails
HW_HELDOUT["technical_issue"] += r"""
Hi there, for the last few days my phone has been showing full signal but calls won't connect. When I dial out I just hear silence for ten seconds and then it drops. Incoming calls go straight to voicemail. Mobile data works and texts work. I've restarted the phone and taken the SIM out and back in. Is there an issue with the network or with my SIM?
Hola, el sistema de reservas online de su clínica me da un error cada vez que intento confirmar la cita. Elijo el día y la hora, relleno mis datos y al darle a confirmar aparece 'error inesperado'. Lo he intentado desde el ordenador y desde el móvil.
"""
HW_HELDOUT["product_question"] += r"""
Hello, we run a small design studio with five people and are considering your cloud storage service. Could you let me know how much storage each user gets on the team plan, whether version history is included, and if we can upgrade later without moving our files? We'd also like to know whether you offer invoicing rather than card payment.
"""
HW_HELDOUT["billing_payment"] += r"""
Good morning, I cancelled my gym membership in January and received confirmation by email. However, the monthly fee was still taken in February and March. I have attached the confirmation. Please refund both payments and make sure no further payments are collected from my account.
"""
HW_HELDOUT["account_access"] += r"""
Hello, I'm trying to sign in to the insurance portal to download my certificate but it keeps telling me my account has been disabled. I haven't logged in for a while, so maybe it was closed for inactivity? The policy itself is still active. How can I get the account turned back on?
"""
HW_HELDOUT["order_delivery"] += r"""
Hi, I placed an order for a mattress and bed frame last week and received an email saying delivery would be arranged by the courier. I haven't heard anything since and the tracking link just says 'label created'. I need to plan around it because I'm away from the 20th. Could you give me an idea of when it'll arrive?
"""
HW_HELDOUT["returns_cancellation"] += r"""
Dear customer service, I've decided not to renew my annual software subscription, which renews automatically next week. Please make sure it's cancelled and that I'm not charged again. I'd also like to know whether I can still export my data after the subscription ends.
"""
HW_HELDOUT["complaint_feedback"] += r"""
I'd like to complain about my experience at your airport check-in desk on Friday. There was a queue of more than an hour, only one desk open, and when I finally got to the front the staff member was dismissive and rude when I asked about my connecting flight. I expect better from an airline I've flown with for years.
"""
HW_HELDOUT["other"] += r"""
Hello, I'm a university student writing my thesis on customer experience in the energy sector. Would anyone at your company be willing to take part in a short 20-minute interview? I'd be happy to share the results with you afterwards. Please let me know who I should contact.
"""

# ---------------------------------------------------------------------------
# Deterministic "channel wrapping" of hand-written training tickets.
# Real tickets carry greetings, sign-offs, web-form fields, chat-bot lines,
# voicemail framing and app footers. These pieces say nothing about the category,
# so about half of the hand-written training tickets get one extra copy wrapped
# in such label-neutral text (same label). Held-out tickets are never wrapped.
# ---------------------------------------------------------------------------
WRAP_SHARE = 0.5  # share of wrappable hand-written training tickets that get a wrapped copy

_NAMES = ["Alex Turner", "Priya Shah", "Daniel Ortiz", "Grace Kim", "Tom Walsh", "Fatima Khan",
          "Lucas Meyer", "Hannah Brooks", "Omar Haddad", "Chloe Martin", "Sam O'Neill", "Nina Petrova",
          "Carlos Ruiz", "Lucia Fernandez", "Javier Moreno", "Marta Gil"]
_COMPANIES = ["Northwind", "Skyline", "Orbit", "Helio", "Brightpath", "Nimbus", "Keystone", "Bluewave"]
_EN_GREET = ["Hi,", "Hello,", "Hi team,", "Hello there,", "Good morning,", "Good afternoon,", "Dear Sir/Madam,",
             "To whom it may concern,", "Dear support team,", "Hey,"]
_EN_FILL = ["I had a look at the help pages first but couldn't find an answer.",
            "This is the second time I'm writing about this.",
            "Please reply to this email rather than calling, I'm at work all day.",
            "My customer number is {acct}.",
            "You can reach me on 555-01{d2} if that's easier.",
            "Sorry for the long message.",
            "I'd appreciate a quick reply.",
            "My partner also called about this last week.",
            "Let me know if you need anything else from me."]
_EN_SIGN = ["Thanks,\n{name}", "Kind regards,\n{name}", "Best,\n{name}", "Cheers, {first}", "Thank you in advance.",
            "Regards, {name}\nSent from my iPhone", "Many thanks\n-- \n{name}\n555-01{d2}"]
_ES_GREET = ["Hola,", "Buenos días,", "Buenas tardes,", "Estimados señores:", "Hola, buenas."]
_ES_FILL = ["Ya he mirado la web y no encuentro la respuesta.", "Es la segunda vez que escribo por esto.",
            "Mi número de cliente es {acct}.", "Pueden llamarme al 612 345 {d3}.", "Gracias por la rapidez."]
_ES_SIGN = ["Gracias,\n{name}", "Un saludo,\n{name}", "Saludos, {first}", "Enviado desde mi iPhone"]
_BOT = ["Thanks! I'm passing you to an agent now.", "Please wait while I find someone to help.",
        "I'm the virtual assistant. Let me connect you to a colleague."]
_AGENT = ["Hi {first}, I'm {agent}. Give me a moment to look at this.", "Hello {first}, thanks for waiting. Checking now.",
          "Thanks {first}, can you confirm your postcode please?"]

_ES_HINT = re.compile(r"[¿¡ñ]|\b(que|quiero|tengo|mi|los|las|para|por|del|está|cómo|hola|desde|necesito)\b", re.I)
_OTHER_LANG_HINT = re.compile(r"\b(je|mon|ma|est|ich|mein|meine|nicht|não|minha|vocês|você|quero|est-ce|wo|ist)\b|ã|ç", re.I)
_NOTE_HINT = re.compile(r"^(customer|cust|caller|chat:|agent note|tech|engineer|field visit|phone note|store|walk-in|"
                        r"retention|install engineer|courier reports|missed install|voicemail:|tweet:)", re.I)


def _h(text: str, salt: str) -> int:
    return int(hashlib.sha1(f"{SEED}|{salt}|{text}".encode("utf-8")).hexdigest(), 16)


def _pick(seq, text, salt):
    return seq[_h(text, salt) % len(seq)]


def wrap_ticket(text: str) -> str | None:
    """Return a channel-wrapped copy of a hand-written ticket, or None if it should not be wrapped."""
    if _NOTE_HINT.match(text):
        return None
    lang = "es" if _ES_HINT.search(text) else "en"
    if lang == "en" and _OTHER_LANG_HINT.search(text):
        return None
    name = _pick(_NAMES[12:] if lang == "es" else _NAMES[:12], text, "name")
    first = name.split()[0]
    slots = {"name": name, "first": first, "agent": _pick(["Anna", "Raj", "Sofia", "Ben"], text, "agent"),
             "acct": str(1000000 + _h(text, "acct") % 9000000), "d2": f"{_h(text, 'd2') % 100:02d}",
             "d3": f"{_h(text, 'd3') % 1000:03d}"}
    style = _h(text, "style") % 6
    if lang == "es":
        style = style % 3  # only e-mail, web form, chat for Spanish
    brand = _pick(_COMPANIES, text, "brand")
    if style == 0:  # e-mail
        greet = _pick(_ES_GREET if lang == "es" else _EN_GREET, text, "greet")
        fill = _pick(_ES_FILL if lang == "es" else _EN_FILL, text, "fill").format(**slots)
        sign = _pick(_ES_SIGN if lang == "es" else _EN_SIGN, text, "sign").format(**slots)
        body = f"{text} {fill}" if _h(text, "fillpos") % 2 else f"{text}"
        return f"{greet}\n\n{body}\n\n{sign}"
    if style == 1:  # web form
        email = first.lower() + "." + name.split()[-1].lower().replace("'", "") + "@example.com"
        label = "Mensaje" if lang == "es" else "Message"
        return f"Name: {name}\nEmail: {email}\nPhone: 555-01{slots['d2']}\n{label}: {text}"
    if style == 2:  # chat transcript with bot and agent lines
        bot = "Gracias, le paso con un agente." if lang == "es" else _pick(_BOT, text, "bot")
        agent = ("Hola {first}, soy {agent}. Ahora lo reviso." if lang == "es" else _pick(_AGENT, text, "agentl")).format(**slots)
        return f"Chat started 10:{_h(text, 'mm') % 60:02d}\n{first}: {text}\n{brand} Assistant: {bot}\n{slots['agent']} ({brand}): {agent}"
    if style == 3:  # voicemail transcription
        t = text[0].lower() + text[1:]
        return f"Voicemail transcription: hi this is {first}, {t} could someone call me back on 555-01{slots['d2']} thanks bye"
    if style == 4:  # social media mention
        return f"@{brand}Help {text}"
    # in-app message with device footer
    ver = f"{3 + _h(text, 'v') % 3}.{_h(text, 'v2') % 20}.{_h(text, 'v3') % 9}"
    dev = _pick(["iOS 17.5", "iOS 18.1", "Android 14", "Android 15"], text, "dev")
    return f"{text}\n[App {ver} | {dev}]"


def wrapped_copies(rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        if (_h(r["text"], "wrap?") % 1000) >= WRAP_SHARE * 1000:
            continue
        w = wrap_ticket(r["text"])
        if w is not None:
            out.append({**r, "text": w, "id": r["id"] + "-w"})
    return out


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def clean(text: str) -> str:
    """NFC-normalise and collapse all whitespace (incl. newlines) to single spaces."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


_NON_WORD = re.compile(r"[^\w\s]+")
_DIGITS = re.compile(r"\d+")


def dup_key(text: str) -> str:
    """Key for exact / near-exact duplicate detection.

    Lower-cased, accents and punctuation removed, every run of digits replaced by 0
    (so 'track order 123' and 'track order 98765' collide), whitespace collapsed.
    """
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = _DIGITS.sub("0", t)
    t = _NON_WORD.sub(" ", t)
    return " ".join(t.split())


def rank(text: str) -> str:
    return hashlib.sha1(f"{SEED}|{text}".encode("utf-8")).hexdigest()


def parse_block(block: str) -> list[str]:
    out = []
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append(clean(line))
    return out


class NearDupIndex:
    """Token-set Jaccard similarity against a fixed set of texts."""

    def __init__(self, texts: list[str]):
        self.sets = [frozenset(dup_key(t).split()) for t in texts]
        self.index: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.sets):
            for tok in s:
                self.index[tok].append(i)

    def max_sim(self, text: str) -> tuple[float, int]:
        s = frozenset(dup_key(text).split())
        if not s:
            return 0.0, -1
        shared = Counter()
        for tok in s:
            for i in self.index.get(tok, ()):
                shared[i] += 1
        best, best_i = 0.0, -1
        for i, inter in shared.items():
            j = inter / (len(s) + len(self.sets[i]) - inter)
            if j > best:
                best, best_i = j, i
        return best, best_i


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------
def banking77_rows(shared: Path) -> list[dict]:
    df = pd.read_csv(shared / "banking77" / "train.csv", dtype=str, keep_default_na=False)
    intents = set(df["category"])
    if intents != set(BANKING77_MAP):
        raise SystemExit(f"BANKING77 intents differ from the map: {sorted(intents ^ set(BANKING77_MAP))}")
    rows = []
    for intent in sorted(BANKING77_MAP):
        label = BANKING77_MAP[intent][0]
        sub = df[df["category"] == intent]
        seen, cands = set(), []
        for idx, text in zip(sub.index, sub["text"]):
            text = clean(text)
            k = dup_key(text)
            if not text or k in seen:
                continue
            seen.add(k)
            cands.append((rank(text), int(idx), text))
        cands.sort()
        for _, idx, text in cands[: B77_PER_INTENT[label]]:
            rows.append({"text": text, "label": label, "source": "banking77", "id": f"{idx:06d}", "intent": intent})
    return rows


def bitext_rows(shared: Path) -> tuple[list[dict], dict[str, list[dict]]]:
    """Training rows, plus per-intent ordered held-out candidates (disjoint by dup_key)."""
    df = pd.read_csv(shared / "bitext_customer_support" / "bitext_cs_train_4514.csv", dtype=str, keep_default_na=False)
    intents = set(df["intent"])
    if intents != set(BITEXT_MAP):
        raise SystemExit(f"Bitext intents differ from the map: {sorted(intents ^ set(BITEXT_MAP))}")
    train, held_cands = [], {}
    for intent in sorted(BITEXT_MAP):
        label = BITEXT_MAP[intent][0]
        sub = df[df["intent"] == intent]
        seen, cands = set(), []
        for idx, text in zip(sub.index, sub["instruction"]):
            text = clean(text)
            k = dup_key(text)
            if not text or k in seen:
                continue
            seen.add(k)
            cands.append((rank(text), int(idx), text))
        cands.sort()
        mk = lambda idx, text: {"text": text, "label": label, "source": "bitext", "id": f"{idx:06d}", "intent": intent}
        train += [mk(idx, text) for _, idx, text in cands[:BITEXT_TRAIN_PER_INTENT]]
        held_cands[intent] = [mk(idx, text) for _, idx, text in cands[BITEXT_TRAIN_PER_INTENT:]]
    return train, held_cands


def handwritten_rows(blocks: dict[str, str], prefix: str) -> list[dict]:
    if set(blocks) != set(LABELS):
        raise SystemExit(f"hand-written {prefix} blocks must cover exactly the 8 labels")
    rows = []
    for label in LABELS:
        for i, text in enumerate(parse_block(blocks[label])):
            rows.append({"text": text, "label": label, "source": "handwritten", "id": f"{prefix}-{LABELS.index(label)}{label}-{i:04d}", "intent": ""})
    return rows


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------
SOURCE_ORDER = {"banking77": 0, "bitext": 1, "handwritten": 2}


def sort_rows(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (SOURCE_ORDER[r["source"]], r["id"]))


def write_csv(path: Path, rows: list[dict], cols: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r[c] for c in cols])


def counts_table(rows: list[dict]) -> str:
    c = Counter((r["label"], r["source"]) for r in rows)
    srcs = [s for s in SOURCE_ORDER if any(r["source"] == s for r in rows)]
    lines = ["| label | " + " | ".join(srcs) + " | total |", "|---|" + "---:|" * (len(srcs) + 1)]
    for lab in LABELS:
        vals = [c[(lab, s)] for s in srcs]
        lines.append(f"| {lab} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |")
    tot = [sum(c[(lab, s)] for lab in LABELS) for s in srcs]
    lines.append("| **total** | " + " | ".join(str(v) for v in tot) + f" | {sum(tot)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent
    repo_root = here.parents[1]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=repo_root.parent / "shared" / "datasets",
                    help="folder holding banking77/ and bitext_customer_support/ (default: ../shared/datasets from the repo root)")
    ap.add_argument("--out", type=Path, default=here, help="output folder (default: this script's folder)")
    args = ap.parse_args(argv)
    if not (args.shared / "banking77" / "train.csv").exists():
        raise SystemExit(f"shared datasets not found under {args.shared}")

    # ---- training set
    b77 = banking77_rows(args.shared)
    bt_train, bt_held_cands = bitext_rows(args.shared)
    hw_train = handwritten_rows(HW_TRAIN, "t")
    hw_train += wrapped_copies(hw_train)

    train, train_keys, dropped_train = [], set(), []
    for r in sort_rows(b77 + bt_train + hw_train):
        k = dup_key(r["text"])
        if k in train_keys:
            dropped_train.append(r)
            continue
        train_keys.add(k)
        train.append(r)
    nd = NearDupIndex([r["text"] for r in train])

    # ---- held-out set: Bitext candidates + independent hand-written tickets
    held, held_keys, dropped_held = [], set(), []

    def accept(r: dict) -> bool:
        k = dup_key(r["text"])
        if k in train_keys or k in held_keys:
            dropped_held.append((r, "exact", 1.0, ""))
            return False
        sim, j = nd.max_sim(r["text"])
        if sim >= NEAR_DUP_JACCARD:
            dropped_held.append((r, "near", sim, train[j]["text"]))
            return False
        held_keys.add(k)
        held.append(r)
        return True

    for intent in sorted(bt_held_cands):
        n = 0
        for r in bt_held_cands[intent]:
            if n >= BITEXT_HELDOUT_PER_INTENT:
                break
            n += accept(r)
    for r in handwritten_rows(HW_HELDOUT, "h"):
        accept(r)
    held = sort_rows(held)

    # ---- write
    cols = ["text", "label", "source"]
    write_csv(args.out / "train.csv", train, cols)
    write_csv(args.out / "heldout.csv", held, cols)
    write_csv(args.out / "intent_map_banking77.csv",
              [{"intent": i, "label": l, "reason": why} for i, (l, why) in sorted(BANKING77_MAP.items())],
              ["intent", "label", "reason"])
    write_csv(args.out / "intent_map_bitext.csv",
              [{"intent": i, "label": l, "reason": why} for i, (l, why) in sorted(BITEXT_MAP.items())],
              ["intent", "label", "reason"])

    # ---- report
    n_wrapped = sum(r["id"].endswith("-w") for r in train)
    print(f"train.csv: {len(train)} rows (hand-written includes {n_wrapped} channel-wrapped copies)")
    print(counts_table(train))
    print(f"\nheldout.csv: {len(held)} rows")
    print(counts_table(held))
    hw_dups = [r for r in dropped_train if r["source"] == "handwritten"]
    print(f"\ntraining rows dropped as duplicates: {len(dropped_train)} (hand-written: {len(hw_dups)})")
    for r in hw_dups:
        print("   dup train:", r["id"], r["text"])
    hw_drop = [d for d in dropped_held if d[0]["source"] == "handwritten"]
    print(f"held-out candidates dropped (exact or Jaccard >= {NEAR_DUP_JACCARD} vs train): {len(dropped_held)} "
          f"(bitext {len(dropped_held) - len(hw_drop)}, hand-written {len(hw_drop)})")
    for r, why, sim, other in hw_drop:
        print(f"   dropped held-out hand-written ({why} {sim:.2f}): {r['text']!r} ~ {other!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
