#!/usr/bin/env python3
"""Generate the synthetic "Brightwave Broadband" helpdesk export used by topicscope.

Everything here is invented (company, people, addresses, phone numbers, card
numbers).  The script is stdlib-only and fully deterministic: it uses a single
``random.Random`` with a fixed seed, never iterates over sets, never calls
``hash()`` and never uses locale-dependent date formatting, so two runs produce
byte-identical files.

Usage (from the repository root)::

    python sample_tickets/generate.py

Writes ``tickets.csv``, ``truth.csv`` and ``README.md`` next to this file and
prints a short summary.
"""

from __future__ import annotations

import csv
import html
import math
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from random import Random

SEED = 20251201
HERE = Path(__file__).resolve().parent

N_UNIQUE = 3000          # unique ticket ids (including the empty ones)
N_EMPTY = 8              # tickets whose subject + description are empty/whitespace
N_DUP = 6                # extra rows that repeat an earlier ticket verbatim
FIRST_ID = 100231
START = datetime(2025, 12, 1)
EXPORT_TIME = datetime(2026, 12, 1, 6, 0, 0)   # moment the "export" was taken

HEADER = [
    "Ticket ID", "Date Created", "Date Resolved", "Channel", "Subject",
    "Ticket Description", "Ticket Type", "Tags", "Priority", "Status",
    "Customer Email", "Customer Satisfaction",
]
TRUTH_HEADER = ["ticket_id", "true_topic", "needs_face_to_face", "language",
                "true_category"]
CATEGORIES = ["technical_issue", "product_question", "billing_payment",
              "account_access", "order_delivery", "returns_cancellation",
              "complaint_feedback", "other"]
CHANNELS = ["Email", "Phone", "Chat", "Web Form", "Walk-in", "Twitter",
            "Mobile App", "Technician Visit"]

# Month 0 = Dec 2025 ... month 11 = Nov 2026
MONTHS = [(2025, 12)] + [(2026, m) for m in range(1, 12)]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
           "Saturday", "Sunday"]
EN_DY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
             "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept",
          "oct", "nov", "dic"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
           "domingo"]
ES_DY = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]

# --------------------------------------------------------------------------
# Slot-filler pools
# --------------------------------------------------------------------------
AREAS = ["Millbrook", "Ashford Heights", "Riverside", "Kingsgate", "Elm Park",
         "Harbour View", "Westfield", "Old Town", "Cedar Grove", "Northgate",
         "Pine Hollow", "Lakeside", "Brookfield", "St. Anne's", "Foxley",
         "Summerhill"]
STREETS = ["Maple Street", "Station Road", "Oakwood Avenue", "High Street",
           "Church Lane", "Mill Road", "Willow Close", "Park Crescent",
           "Victoria Road", "Orchard Lane", "Beech Drive", "Canal Street",
           "Hillside Way", "Queens Avenue", "Rosemary Court"]
STORES = ["Millbrook Mall", "Kingsgate High Street", "Riverside Retail Park",
          "Harbour View", "Northgate Centre", "Westfield Plaza"]
ROUTERS = ["BW SmartHub 2", "BW SmartHub 3", "Brightwave Home Hub 6",
           "BW Hub 5", "BW SmartHub 3 Pro", "Brightwave Fibre Hub"]
ROUTERS_3P = ["TP-Link Archer AX55", "Netgear Nighthawk RAX50", "Eero 6+",
              "ASUS RT-AX58U", "Linksys Velop", "FritzBox 7590", "Google Nest Wifi"]
PLANS = [("Essentials 50", 50), ("Brightwave 200", 200),
         ("Brightwave 500", 500), ("Gigabit Plus", 900),
         ("Fibre Max 1000", 1000)]
FEES_EN = [("Equipment Rental", "$9.99"), ("Late Payment Fee", "$15.00"),
           ("Paper Bill Fee", "$2.50"), ("Network Maintenance Surcharge", "$4.99"),
           ("Installation Charge", "$79.00"), ("Technician Call-Out", "$65.00"),
           ("Unreturned Equipment", "$120.00"), ("Sports Pack", "$14.99"),
           ("Static IP", "$5.00"), ("Price Adjustment", "$6.00"),
           ("Router Upgrade", "$49.00")]
FEES_ES = [("Alquiler de equipo", "$9.99"), ("Recargo por demora", "$15.00"),
           ("Factura en papel", "$2.50"), ("Mantenimiento de red", "$4.99"),
           ("Cuota de instalación", "$79.00"), ("Desplazamiento técnico", "$65.00"),
           ("Equipo no devuelto", "$120.00"), ("Sports Pack", "$14.99"),
           ("IP fija", "$5.00"), ("Ajuste de precio", "$6.00")]
TV_PKGS = ["Sports Pack", "Movies Plus", "Kids Zone", "BW TV Essentials",
           "Premium Entertainment bundle", "Netflix bundle"]
DEVICES = ["Samsung TV", "LG smart TV", "Fire TV Stick", "Roku", "Apple TV",
           "Chromecast", "PS5", "Android phone", "iPad", "Xbox"]
AGENTS = ["Jason", "Priya", "Marcus", "Ellie", "Sam", "Tom", "Aisha", "Carlos",
          "Hannah", "Dev", "Lucía", "Kevin", "Grace", "Omar"]
LIGHTS = ["internet light", "power light", "WAN light", "fibre light",
          "DSL light", "globe light"]
LIGHTS_ES = ["luz de internet", "luz de fibra", "luz de encendido", "luz WAN"]
TIMES_OF_DAY = ["about 7am", "lunchtime", "around 6 o'clock", "early this morning",
                "9ish", "about 3pm", "last night"]
TIMES_OF_DAY_ES = ["esta mañana", "anoche", "la hora de comer", "las 7 de la mañana"]
WINDOWS_EN = ["8am and 12pm", "12pm and 4pm", "8am and 1pm", "1pm and 6pm",
              "7:30 and 11:30"]
WINDOWS_ES = ["8:00 y las 13:00", "13:00 y las 18:00", "9:00 y las 14:00",
              "15:00 y las 19:00"]

EN_FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
            "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan",
            "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen", "Daniel",
            "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Emily",
            "Paul", "Michelle", "Steven", "Amanda", "Andrew", "Melissa", "Josh",
            "Rebecca", "Kevin", "Laura", "Brian", "Rachel", "Gary", "Nicole",
            "Tim", "Hannah", "Ryan", "Olivia", "Jacob", "Chloe", "Nathan", "Zoe",
            "Aaron", "Megan", "Kyle", "Fiona", "Derek", "Gemma", "Ian", "Priyanka",
            "Wei", "Ahmed", "Fatima", "Tariq", "Yuki", "Sven"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
           "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson",
           "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
           "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams",
           "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
           "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris",
           "Murphy", "Cook", "Rogers", "O'Neill", "Patel", "Khan", "Nguyen", "Chen",
           "Kowalski", "Okafor", "Lindqvist", "MacDonald", "Fitzgerald"]
ES_FIRST = ["María", "José", "Lucía", "Javier", "Carmen", "Alejandro", "Sofía",
            "Diego", "Elena", "Pablo", "Marta", "Andrés", "Isabel", "Raúl", "Paula",
            "Sergio", "Ana", "Miguel", "Laura", "Jorge", "Rocío", "Álvaro",
            "Beatriz", "Fernando", "Nuria", "Daniel", "Cristina", "Rubén", "Pilar",
            "Iván", "Valentina", "Mateo"]
ES_LAST = ["García", "Martínez", "López", "Sánchez", "González", "Pérez",
           "Rodríguez", "Fernández", "Gómez", "Ruiz", "Díaz", "Moreno", "Muñoz",
           "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez",
           "Ramos", "Gil", "Serrano", "Molina", "Ortega", "Delgado", "Castro",
           "Ortiz", "Rubio", "Marín", "Sanz"]
PERSONAL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example",
                    "inbox.example", "webmail.test", "fastpost.example",
                    "coolmail.test", "homenet.invalid"]
ES_DOMAINS = ["correo.example", "example.com", "buzon.test", "example.org",
              "mail.example"]
BUSINESSES = [  # (domain, company, footer variant)
    ("acme-logistics.example", "Acme Logistics Ltd", 0),
    ("northgate-dental.example", "Northgate Dental Practice", 1),
    ("harbourview-accountants.example", "Harbour View Accountants", 0),
    ("pinecrest-legal.example", "Pinecrest Legal LLP", 2),
    ("riverside-builders.example", "Riverside Builders", 1),
    ("oakleaf-design.example", "Oakleaf Design Studio", 0),
    ("summit-consulting.example", "Summit Consulting Group", 2),
    ("brookfield-vets.example", "Brookfield Veterinary Clinic", 1),
    ("kingsgate-motors.example", "Kingsgate Motors", 0),
]
JOB_TITLES = ["Office Manager", "Director", "Practice Manager", "Accounts",
              "Operations Lead", "Partner", "Owner", "IT Coordinator"]
FOOTERS = [
    "This e-mail and any attachments are confidential and intended solely for "
    "the addressee. If you have received this e-mail in error, please notify "
    "the sender immediately and delete it. Any unauthorised copying, disclosure "
    "or distribution of the material in this e-mail is strictly forbidden.",
    "This e-mail and any attachments are confidential and intended solely for "
    "the addressee. It may contain privileged information. If you are not the "
    "intended recipient you must not use, copy or disclose it. Please consider "
    "the environment before printing this e-mail.",
    "This e-mail and any attachments are confidential and intended solely for "
    "the addressee. Views expressed are those of the sender and not "
    "necessarily those of the company. Registered office as above.",
]

GREET_EN = ["Hi,", "Hello,", "Hi there,", "Hello Brightwave,", "Dear Sir/Madam,",
            "To whom it may concern,", "Good morning,", "Good afternoon,", "Hey,",
            "Hi team,", "Dear Brightwave Support,", "Hello support team,", "Hi {agent},"]
SIGNOFF_EN = ["Thanks,\n{name}", "Thank you,\n{full_name}", "Regards,\n{full_name}",
              "Kind regards,\n{name}", "Cheers,\n{name}", "Thanks in advance",
              "Best,\n{name}", "{name}", "Many thanks", "Thx", "Best regards\n{full_name}",
              "Thanks", "{full_name}"]
GREET_ES = ["Hola,", "Buenos días,", "Buenas tardes,", "Hola buenas,",
            "Estimados señores:", "Buenas,", "Hola, buenos días."]
SIGNOFF_ES = ["Gracias,\n{name}", "Un saludo,\n{full_name}", "Saludos,\n{name}",
              "Atentamente,\n{full_name}", "Muchas gracias", "Un saludo",
              "Gracias.", "Saludos cordiales,\n{full_name}"]

EXTRAS_EN = [
    "I work from home so this really matters to me.",
    "I've been a customer for {years} years.",
    "This is the second time I'm contacting you about this.",
    "Please get back to me as soon as possible.",
    "I'd appreciate a quick reply.",
    "I already tried the FAQ & the troubleshooting page, didn't help.",
    "Honestly I'm losing patience.",
    "Thanks for your help in advance.",
    "My wife has been dealing with this too, she called on {date}.",
    "I'm not very technical so please keep it simple.",
    "I don't want to sit on hold for an hour again.",
    "My previous ticket was {ref} if that helps.",
    "Let me know if you need anything else from me.",
    "Whatever you can do would be appreciated.",
]
EXTRAS_ES = [
    "Trabajo desde casa y esto me está causando muchos problemas.",
    "Llevo {years} años siendo cliente.",
    "Es la segunda vez que escribo por lo mismo.",
    "Espero una respuesta pronto, por favor.",
    "Ya he mirado la web y las preguntas frecuentes y no me aclaro.",
    "Gracias de antemano.",
    "No quiero volver a estar una hora esperando al teléfono.",
    "Si necesitan algo más, díganme.",
]
PII_EN = {
    "phone": ["You can reach me on {phone}.", "Best number to call me: {phone}",
              "Please call me back on {phone}, any time after 5pm.",
              "My mobile is {phone} if that's easier."],
    "email": ["My account email is {email}.",
              "Please reply to {alt_email}, I don't check this inbox much.",
              "You can also email me at {alt_email}."],
    "card": ["The card that was charged is {card}.",
             "It was taken from my card {card} (exp {card_exp}).",
             "Card used: {card}", "The payment came off {card}."],
    "acct": ["Account number: {acct}", "My account no. is {acct}.",
             "Acct {acct}"],
}
PII_ES = {
    "phone": ["Mi teléfono es el {phone}.", "Pueden llamarme al {phone}.",
              "Mi móvil: {phone}"],
    "email": ["Mi correo de la cuenta es {email}.",
              "Respóndanme mejor a {alt_email}, este correo casi no lo miro."],
    "card": ["Me lo cobraron en la tarjeta {card}.",
             "La tarjeta es la {card}."],
    "acct": ["Número de cliente: {acct}", "Mi número de cliente es el {acct}."],
}

SUPPORT_REPLIES_EN = [
    "Hi {name},\n\nThank you for contacting Brightwave Support. Could you please "
    "reply with your account number and the best time to reach you, so we can "
    "look into this further?\n\nKind regards,\n{agent}\nBrightwave Support",
    "Hello {name},\n\nThanks for getting in touch. We have passed your request "
    "to the relevant team and will update you within 2 working days.\n\n"
    "Best wishes,\n{agent}\nBrightwave Customer Care",
    "Hi {name},\n\nWe're sorry to hear about the trouble. Your case reference is "
    "{ref}. Please don't hesitate to reply to this email if anything changes.\n\n"
    "Regards,\nBrightwave Support",
    "Dear {name},\n\nThank you for your message. Unfortunately we were unable to "
    "verify your account from the details provided. Please reply with the full "
    "name and address on the account.\n\nKind regards,\n{agent}",
    "Hi {name},\n\nThanks for your patience. We've added notes to your account "
    "and one of our specialists will be in touch shortly.\n\n{agent}\n"
    "Brightwave Support | brightwave.example/help",
]
SUPPORT_REPLIES_ES = [
    "Hola {name}:\n\nGracias por contactar con Brightwave. ¿Podría indicarnos su "
    "número de cliente y un horario en el que podamos llamarle?\n\nUn saludo,\n"
    "{agent}\nBrightwave Soporte",
    "Hola {name}:\n\nHemos trasladado su consulta al departamento correspondiente "
    "y le responderemos en un plazo de 48 horas laborables.\n\nAtentamente,\n"
    "Brightwave Soporte",
    "Estimado/a {name}:\n\nLamentamos las molestias. La referencia de su caso es "
    "{ref}. Puede responder a este correo si necesita algo más.\n\n{agent}",
]

CHAT_FOLLOW_EN = ["ok", "account number is {acct}", "ok thanks", "how long will that take?",
                  "thanks for your help", "can you just fix it please", "that's fine",
                  "sure", "no that's all thanks", "great, thank you!",
                  "my email on the account is {email}"]
CHAT_FOLLOW_ES = ["vale", "gracias", "mi número de cliente es {acct}",
                  "¿cuánto va a tardar?", "vale, muchas gracias",
                  "perfecto, gracias", "mi correo es {email}"]
CHAT_MORE_EN = ["account number is {acct}", "my email on the account is {email}", "anyone there?",
                "hello?", "can someone help pls", "this is the 2nd time today"]
CHAT_MORE_ES = ["¿hola?", "¿hay alguien?", "mi número de cliente es {acct}"]
# extra chat lines that only make sense for technical problems
CHAT_TECH_EN = ["its been like this since {weekday}", "yes i already restarted it",
                "yes tried that already", "the light is still red"]
CHAT_TECH_ES = ["sí, ya lo he reiniciado", "lleva así desde el {weekday}"]
CHAT_AGENT_EN = ["Hi {name}, thanks for waiting, I'm {agent}. Let me look into that for you.",
                 "Thanks {name}, give me a moment to check your account.",
                 "I'm sorry to hear that {name}, let me check what's going on.",
                 "Hi {name}! I can help with that. Can you confirm your postcode please?"]
CHAT_AGENT_ES = ["Hola {name}, soy {agent}. Ahora mismo lo reviso.",
                 "Gracias por esperar, {name}. Déjeme comprobar su cuenta.",
                 "Siento las molestias, {name}. Lo miro enseguida."]

PHONE_PREFIX = ["", "", "Inbound call. ", "Call: ", "Caller verified (DOB + postcode). ",
                "Spoke to customer. ", "Call from account holder. "]
WALKIN_PREFIX = ["Walk-in at {store}: ", "Store visit ({store}). ", "In store - ",
                 "{store} store: ", "Walk-in. "]
TECH_PREFIX = ["Field visit report. ", "Tech notes: ", "Job {job}: ", "Onsite visit - ", ""]

# --------------------------------------------------------------------------
# Topics.  Body strings may start with "F|" (needs face-to-face) or "N|"
# (does not); unmarked strings take the topic's default_f2f.
# --------------------------------------------------------------------------
TOPICS = [
    dict(
        name="billing_dispute", category="billing_payment", weight=14.5,
        trend=[1.0, 1.4, 1.0, 1.5, 1.1, 0.9, 0.9, 0.9, 0.9, 0.95, 0.95, 1.0],
        default_f2f=0, dur=(30, 1.0), bad=0.3, card_p=0.3, caps=0.05,
        channels={"Email": 35, "Phone": 25, "Chat": 14, "Web Form": 12,
                  "Mobile App": 8, "Walk-in": 3, "Twitter": 3},
        types={"Problem": 45, "Question": 40, "Incident": 10, "Task": 5},
        priority=[15, 60, 20, 5],
        tags=["billing", "charge", "refund", "invoice", "overcharge", "dispute",
              "credit", "bill_shock", "fees"],
        subjects=["Unexpected charge on my bill", "Overcharged this month",
                  "Why is my bill {bill}??", "Charge I don't recognise", "Billing error",
                  "Double charged", "Question about {month} invoice", "Refund request",
                  "Wrong amount on bill", "What is this {fee_name} fee?",
                  "Bill went up without notice", "incorrect bill", "Billing dispute - acct {acct}"],
        bodies=[
            "I just got my bill for {month} and it's {bill} instead of the usual {amount}. There's a line called \"{fee_name}\" for {fee_amount} that I never agreed to. Can you explain what this is and remove it?",
            "You charged me twice this month. I can see two payments of {bill} on {date} on my bank statement. Please refund one of them asap, I need that money for rent.",
            "When I signed up I was promised {amount} a month for 12 months but the last two bills have been {bill}. Please fix this and credit the difference. I still have the confirmation email from the sales rep.",
            "There is a {late_fee} late payment fee on my account but I paid on time, I have the bank confirmation from {date}. I want this fee removed.",
            "A technician came out on {date} and I have now been billed {tech_fee} for a \"call-out\". Nobody told me there would be a charge and the fault was on your side (the cable outside the house was damaged). I am disputing this charge and will not pay it.",
            "My bill went up by {increase} with no notice at all. I didn't change anything on my plan. Is this a price increase? I was never informed by letter or email.",
            "I cancelled the {tv_pkg} add-on back in {prev_month} but I'm still being charged $14.99 for it every month. Please remove it and refund me for the months I've been overcharged.",
            "I returned the old router at the store weeks ago and still got charged {unreturned_fee} for \"unreturned equipment\". I have the receipt with the date on it. Please take this charge off.",
            "Can someone explain my invoice? There's a prorated charge, a credit and a one-off fee and I honestly don't understand what I'm paying for anymore. It used to be simple.",
            "I'm being charged for {plan} but I'm on the cheaper plan. Pretty sure someone made a mistake when I called in {prev_month} to ask about prices. I never agreed to upgrade.",
            "Got a bill of {bill} after the outage last month. I expected a credit for the {days} days without service, not a higher bill!",
            "I'd like a refund of {amount}. I was billed after I cancelled and my final bill was supposed to be zero.",
            "A charge for \"{fee_name}\" ({fee_amount}) appeared on {date}. I don't recall authorising any of this. Has my account been compromised?",
            "Why am I paying $2.50 a month for a paper bill? I've been on paperless billing for years. Please remove it & refund the past charges.",
        ],
        short=["why is my bill {bill} this month??", "charged twice for {month}, need a refund",
               "what is the {fee_name} charge on my bill", "my bill went up {increase} and nobody told me",
               "hi i think i was overcharged, can someone check my account",
               "still being charged for {tv_pkg} after cancelling it"],
        notes=["Cust disputing {fee_name} charge of {fee_amount} on {month} bill. Reviewed account, applied one-off credit.",
               "Says bill is higher than promo price, {bill} vs {amount}. Escalated to billing team, ref {ref}.",
               "Customer queried double payment on {date}. Confirmed duplicate, refund raised, 3-5 working days.",
               "Cust unhappy about technician call-out charge {tech_fee}. Explained policy, raised dispute with billing.",
               "Customer asking why charged after cancellation. Checked, final bill correct, explained proration.",
               "Cust says outage credit not applied. Applied credit for {days} days."],
        extras=["I've attached a screenshot of the bill.", "This is the second month in a row.",
                "I have read the T&Cs and I don't see anything about this.",
                "Please call me back, I don't want to spend another hour on hold.",
                "If this isn't sorted I'll be contacting my bank to reverse the payment."],
        es_subjects=["Cobro indebido en mi factura", "Me han cobrado dos veces",
                     "Factura de {month} incorrecta", "Reclamación de cargo", "¿Qué es este cargo?"],
        es_bodies=[
            "Me ha llegado la factura de {month} por {bill} cuando siempre pago {amount}. Aparece un concepto \"{fee_name}\" de {fee_amount} que yo no he contratado. Por favor, quítenlo y devuélvanme el dinero.",
            "Me han cobrado dos veces el mismo recibo el {date}. Necesito que me devuelvan uno de los cargos cuanto antes, no puedo esperar un mes.",
            "Cuando me di de alta me dijeron que pagaría {amount} al mes durante un año y ya llevo dos facturas de {bill}. Quiero que me apliquen el precio que me prometieron.",
            "El técnico vino el {date} y ahora me cobran {tech_fee} por la visita. La avería era de ustedes, no mía, así que no pienso pagarlo.",
            "No entiendo la factura de este mes: hay un prorrateo, un abono y un cargo suelto y ya no sé qué estoy pagando. ¿Me lo pueden explicar?",
        ],
        es_short=["me cobraron dos veces este mes, necesito la devolución",
                  "¿por qué mi factura es de {bill}?", "tengo un cargo que no reconozco"],
    ),
    dict(
        name="payment_method", category="billing_payment", weight=6.0,
        trend=[1.0, 1.2, 1.0, 1.0, 1.0, 1.0, 0.95, 0.95, 1.0, 1.0, 1.0, 1.0],
        default_f2f=0, dur=(6, 1.0), bad=0.15, card_p=0.3,
        channels={"Email": 25, "Phone": 20, "Chat": 20, "Web Form": 15,
                  "Mobile App": 17, "Walk-in": 3},
        types={"Question": 50, "Task": 35, "Problem": 15},
        priority=[25, 60, 13, 2],
        tags=["payment", "autopay", "card", "direct_debit", "billing", "payment_failed"],
        card_sentences=["New card number is {card}, expiry {card_exp}.",
                        "Please use this card instead: {card} exp {card_exp}",
                        "The new card is {card}."],
        es_card_sentences=["La tarjeta nueva es la {card}, caduca el {card_exp}."],
        subjects=["Update card details", "Change payment method", "Autopay not working",
                  "Set up direct debit", "Payment declined", "New bank account",
                  "Autopay question", "Can't update my card in the app", "Payment failed",
                  "change payment date", "Paying by PayPal?"],
        bodies=[
            "My card expired last month and I need to update the payment details on my account. I tried in the app but it keeps saying \"unable to process request\". Can you help?",
            "I want to switch from paying by card to direct debit from my bank account. What do I need to send you?",
            "My autopay didn't go through this month and now I have a warning that my service will be suspended. The card is valid, I don't understand why it failed.",
            "Please turn off autopay on my account, I prefer to pay manually each month.",
            "I got a new card from my bank after fraud on my old one. New card is {card}, exp {card_exp}. Please update it before the next bill.",
            "Can I pay my bill with PayPal or Apple Pay? I don't see the option on the website.",
            "Is there a discount for setting up autopay? My neighbour says she gets {increase} off every month.",
            "Your payment page keeps timing out when I enter my card, I've tried 3 times with two different browsers. I don't want to be charged late fees because your website doesn't work.",
            "We have changed banks. Please update the direct debit to the new account. I can give the details over the phone, I'd rather not email them.",
            "Can I change the date my payment comes out? Autopay takes it on the {day_ord} but I get paid on the {day_ord2}.",
            "Can I pay my bill in cash at the {store} store? I don't have a bank card at the moment.",
            "My ex-husband's card is still on the account but we've separated. I need to put my own card on it and remove his. The account is in my name.",
        ],
        short=["how do i update my card in the app", "autopay failed again??",
               "can i change my payment date", "payment keeps getting declined on the website",
               "can i pay with paypal"],
        notes=["Cust called to update card details, took new card via secure IVR.",
               "Autopay failed due to expired card, customer updated in app during call.",
               "Customer asked to move payment date to the {day_ord}. Done.",
               "Wanted to pay cash, advised payment points and store counters.",
               "Set up direct debit, mandate confirmation sent by email."],
        extras=["I don't want my service cut off over this.", "I've been paying on time for years."],
        es_subjects=["Cambiar la tarjeta de pago", "Domiciliación bancaria",
                     "Error en el pago automático", "Cambio de cuenta bancaria"],
        es_bodies=[
            "Quiero cambiar la domiciliación a otra cuenta porque he cambiado de banco. ¿Qué tengo que hacer?",
            "Mi tarjeta ha caducado y en la app no me deja poner la nueva, sale un error todo el rato.",
            "Este mes no se ha cobrado el pago automático y me ha llegado un aviso de corte. La tarjeta está bien, ¿qué ha pasado?",
            "¿Se puede cambiar el día de cobro? Me lo cobran el día {day_ord} y a mí me pagan a final de mes.",
            "Tengo una tarjeta nueva, la {card}. Por favor actualícenla en mi cuenta para el próximo recibo.",
        ],
        es_short=["¿cómo cambio la tarjeta en la app?", "el pago automático ha fallado otra vez"],
    ),
    dict(
        name="internet_outage", category="technical_issue", weight=12.0,
        trend=[0.75, 0.8, 1.15, 0.85, 0.9, 0.95, 1.0, 1.75, 1.1, 1.15, 1.25, 1.35],
        default_f2f=0, dur=(10, 1.0), bad=0.35, caps=0.08,
        channels={"Phone": 30, "Twitter": 14, "Chat": 18, "Email": 15,
                  "Mobile App": 12, "Web Form": 8, "Technician Visit": 2},
        types={"Incident": 65, "Problem": 30, "Question": 5},
        priority=[3, 32, 42, 23],
        tags=["outage", "no_connection", "network", "internet_down", "red_light", "storm"],
        subjects=["Internet down", "No internet connection", "NO INTERNET AGAIN",
                  "Outage in {area}?", "Connection lost", "Is there an outage?",
                  "Internet not working since this morning", "Red light on router",
                  "Total loss of service", "Service down for {days} days", "no service",
                  "URGENT - internet down"],
        bodies=[
            "My internet has been down since {time_of_day} today. The router shows a red light on the {light} and I've already restarted it twice. Is there an outage in {area}?",
            "No connection at all since yesterday evening. Neighbours in {area} say theirs is down too. When will it be fixed? I work from home and I'm losing money every hour this goes on.",
            "The internet keeps dropping out completely for hours at a time. This morning it was down from 6 to 11. I tried a different cable, same thing.",
            "Our internet has been out for {days} days now. I have called three times and every time I'm told it will be fixed \"within 24 hours\". Nothing. I want a credit for every day without service.",
            "F|Internet went down during the storm on {date}. Support ran tests and said the line is faulty outside the house, so they're sending an engineer on {future_date} between {time_window}. Please confirm someone will actually show up, last time nobody came.",
            "Is there a known outage in {area}? Nothing loads, the router lights all look normal but there's no internet. Your status page says everything is fine.",
            "The service status page says there is maintenance in my area but it was supposed to end at 6am. It's now the afternoon and still nothing.",
            "Internet is out. I have a medical alarm that needs to be online, please treat this as urgent.",
            "F|No service since {weekday}. Your remote tests found no signal reaching the modem and the agent said a technician has to come to the house to check the wall socket and the wiring. It's booked for {future_date}, can it be any sooner?",
            "Since the roadworks on {street} started our connection is gone. I guess they cut a cable? Can you check?",
            "Every night around 9pm the internet completely dies for 20-30 minutes. Not slow, completely gone. This has been happening for two weeks.",
            "Total outage here. Router is a {router}. Restarted, factory reset, nothing works. The {light} is blinking orange.",
            "Down again!! Third outage this month in {area}. What is going on with your network?",
        ],
        short=["internet down in {area}, any ETA?", "no internet since this morning, red light on router",
               "outage again in {area}??", "is there an outage? nothing is loading",
               "internet out for {days} days now. ridiculous", "NO INTERNET AGAIN. third time this week",
               "F|engineer coming {future_date} for the no service fault, can it be earlier?"],
        notes=["Customer reports total loss of service in {area} since {time_of_day}. Linked to known outage {inc}. ETA given.",
               "F|No sync on line. Remote reset failed. Raised fault, engineer visit booked {future_date}, between {time_window}.",
               "Says internet down, router restarted. Found area outage, advised customer, offered credit.",
               "Cust reports intermittent complete drops nightly. Line test passed. Monitoring for 48h.",
               "Outage confirmed in {area} due to fibre cut. Cust informed, credit to be applied automatically.",
               "Power cut in area earlier, service restored after router reboot on call."],
        tech_notes=["No signal at NTE. Traced fault to damaged drop cable after storm, replaced. Service restored, speeds tested OK.",
                    "Attended no-service fault in {area}. Faulty splitter in street cabinet replaced, customer back online.",
                    "Outage at property: ONT power supply dead, replaced unit, confirmed sync."],
        extras=["The kids can't do their homework.", "My phone service is internet-based too so I can't even call.",
                "I need this fixed today, I have meetings all afternoon."],
        es_subjects=["Sin internet", "Avería en {area}", "No tengo conexión", "OTRA VEZ SIN INTERNET"],
        es_bodies=[
            "Desde esta mañana no tengo internet. La luz del router está en rojo y ya lo he reiniciado varias veces. ¿Hay alguna avería en {area}?",
            "Llevamos {days} días sin conexión. He llamado tres veces y siempre me dicen que se arreglará en 24 horas. Quiero una compensación por cada día sin servicio.",
            "Se ha ido internet en toda la calle, los vecinos tampoco tienen. ¿Cuándo vuelve el servicio?",
            "F|No tengo servicio desde el {weekday}. Por teléfono me dijeron que el fallo está en la línea de casa y que tiene que venir un técnico el {future_date}. ¿No puede ser antes? Trabajo desde casa.",
            "¡¡Otra vez sin internet!! Es la tercera vez este mes en {area}. ¿Qué pasa con su red?",
        ],
        es_short=["sin internet en {area}, ¿hay avería?", "no tengo conexión desde anoche",
                  "otra vez sin servicio, ya es la tercera vez"],
    ),
    dict(
        name="slow_speed", category="technical_issue", weight=11.0,
        trend=[1.2, 1.15, 1.05, 1.0, 0.95, 0.9, 0.9, 0.95, 0.95, 1.0, 1.0, 1.05],
        default_f2f=0, dur=(30, 1.0), bad=0.3,
        channels={"Email": 25, "Chat": 25, "Phone": 20, "Web Form": 12,
                  "Mobile App": 10, "Twitter": 6, "Technician Visit": 2},
        types={"Problem": 55, "Incident": 35, "Question": 10},
        priority=[10, 55, 30, 5],
        tags=["slow_speed", "speed", "dropouts", "wifi", "latency", "buffering"],
        subjects=["Slow internet", "Speeds much lower than advertised", "Connection keeps dropping",
                  "Wifi dropping every few minutes", "Paying for {plan_speed} getting {measured}",
                  "Lag when gaming", "Buffering all evening", "Slow speeds in the evening",
                  "Unstable connection", "Video calls keep freezing", "speed issue"],
        bodies=[
            "I'm paying for {plan} ({plan_speed}) but speed tests show {measured} at best. I've tested with a cable plugged straight into the router. Why am I not getting what I pay for?",
            "The connection drops every 10-15 minutes, only for a minute or so, but it kills my video calls. It's been like this for about {days} days.",
            "In the evenings everything buffers. During the day it's fine. Seems like the network is overloaded in {area}.",
            "Online gaming is unplayable, ping jumps from 20 to 300+ and I get disconnected. Wired connection, {router}.",
            "F|Speeds have been terrible for weeks ({measured}). Your agent ran a line test and says there's noise on the line and an engineer needs to come to the property to check the internal wiring. Please book the earliest slot, I'm home on weekdays after 3.",
            "Wifi is slow upstairs but fine next to the router. Do you sell mesh extenders or can I use my own?",
            "Upload speed is really poor, I can't send files for work. Download is ok-ish.",
            "Since the router update last week my speeds halved. Was something changed?",
            "Everything is slow, websites take forever to load. Restarted router, no difference. Please check my line.",
            "The connection is stable but way slower than it was when I signed up. It used to be close to {plan_speed} and now it's {measured}.",
            "Zoom calls freeze constantly and my kids can't do homework online. This is not acceptable for what we pay.",
            "Is there throttling on my plan? After about 8pm speeds drop to almost nothing.",
        ],
        short=["speed test shows {measured} on a {plan_speed} plan??", "wifi keeps dropping every few mins",
               "buffering all evening again", "why is my internet so slow today",
               "lag spikes every night, please fix", "paying for {plan_speed}, getting {measured}. explain?"],
        notes=["Customer reports slow speeds, {measured} vs {plan_speed}. Line test ok, reset profile, advised wired test.",
               "Cust reports drops every few minutes. Found high error count on line, raised for investigation.",
               "F|Line test shows noise, engineer visit booked {future_date} to check internal wiring.",
               "Advised customer to move router to a central location, explained wifi vs wired speeds.",
               "Cust slow in evenings, known congestion in {area}, upgrade work scheduled."],
        tech_notes=["Found corroded connector on internal extension wiring, replaced faceplate. Wired speed now close to {plan_speed}.",
                    "Slow speed visit: moved router off the floor behind TV, installed mesh pod upstairs, wifi tested in all rooms."],
        extras=["I've attached a screenshot of the speed test.", "Tried a different laptop too, same result.",
                "My contract says minimum guaranteed speed, this is way below it."],
        es_subjects=["Internet va lentísimo", "La conexión se corta", "Velocidad muy baja",
                     "Cortes continuos"],
        es_bodies=[
            "Tengo contratada la tarifa {plan} de {plan_speed} y los test de velocidad me dan {measured}. He probado por cable y lo mismo. ¿Qué está pasando?",
            "La conexión se corta cada pocos minutos y no puedo hacer videollamadas del trabajo. Ya he reiniciado el router mil veces.",
            "Por las noches va todo muy lento, las series se quedan cargando. Por el día va bien.",
            "La velocidad de subida es malísima, no puedo subir archivos. Por favor revisen mi línea.",
            "F|El técnico del teléfono me dijo que hay ruido en la línea y que tiene que venir alguien a casa a revisar el cableado. ¿Me pueden dar cita para esta semana?",
        ],
        es_short=["internet va lentísimo esta noche", "la conexión se corta cada 5 minutos"],
    ),
    dict(
        name="router_wifi_setup", category="technical_issue", weight=8.5,
        trend=[1.3, 1.1, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 1.0, 1.0, 0.95, 1.0],
        default_f2f=0, dur=(3, 1.1), bad=0.12,
        channels={"Chat": 30, "Email": 20, "Phone": 20, "Web Form": 12,
                  "Mobile App": 10, "Walk-in": 6, "Twitter": 2},
        types={"Question": 70, "Problem": 20, "Task": 10},
        priority=[35, 55, 9, 1],
        tags=["router", "wifi", "setup", "password", "mesh", "configuration"],
        subjects=["Change wifi password", "How do I set up my new router", "Wifi name and password",
                  "Can't connect to wifi", "Router setup help", "Forgot wifi password",
                  "Router admin login", "Port forwarding", "Connecting my own router",
                  "Mesh setup", "guest wifi"],
        bodies=[
            "How do I change the wifi password on the {router}? The instructions in the box don't match what I see on the screen.",
            "I just received my new {router} and can't get it online. I plugged everything in as shown in the leaflet but the {light} stays off.",
            "I forgot my wifi password and the sticker on the back of the router is worn off. How can I find it?",
            "What's the admin login for the {router}? admin/admin doesn't work.",
            "Can I use my own router instead of yours? I have a {router2}. What settings do I need (PPPoE username, VLAN etc)?",
            "My new laptop can't see the 5GHz network but my phone can. How do I make the wifi show up on both bands?",
            "I need to open port {port} for a game server & a home camera. Where is port forwarding in the router menu?",
            "Setting up the mesh pods you sent. The second pod won't pair, the light just keeps flashing blue.",
            "How do I set up a guest network so visitors don't get my main wifi password?",
            "My smart TV and printer stopped connecting after I changed the wifi name. Do I need to reconnect everything one by one?",
            "F|I'm 81 and I really can't manage setting up the new router myself. I paid for the \"professional setup\" option, when will the technician come to the house to do it?",
            "Can you reset my router remotely? It's asking for a password I never set.",
            "Where can I buy a longer ethernet cable for the router? Do your stores sell them?",
        ],
        short=["how do i change my wifi password", "new router wont connect, internet light off",
               "what is the default admin password for {router}", "how do i set up guest wifi?",
               "mesh pod not pairing", "forgot my wifi password lol"],
        notes=["Cust needed wifi password, verified account, guided through app to view/change it.",
               "Helped customer set up {router}, connected OK by end of call.",
               "Provided PPPoE/VLAN settings for third-party router ({router2}).",
               "Explained how to enable guest wifi in the app.",
               "F|Cust unable to self-install, booked pro setup visit {future_date}."],
        walkin_notes=["Customer asking how to change wifi name, showed in the app on their phone.",
                      "Bought 10m ethernet cable, showed customer how to connect TV box by cable.",
                      "Customer brought router in because it wouldn't connect - wrong cable in WAN port, fixed and shown at counter, no swap needed."],
        extras=["I'm not very good with technology.", "My son usually does this but he's away."],
        es_subjects=["Cambiar contraseña del wifi", "Configurar router nuevo", "No me conecto al wifi",
                     "Clave del wifi"],
        es_bodies=[
            "¿Cómo cambio la contraseña del wifi en el {router}? Las instrucciones de la caja no coinciden con lo que veo en pantalla.",
            "Me ha llegado el router nuevo y no consigo que funcione, la {light} no se enciende.",
            "He olvidado la clave del wifi y la pegatina del router está borrada. ¿Cómo la recupero?",
            "¿Puedo poner mi propio router? Tengo un {router2}, ¿qué datos de configuración necesito?",
        ],
        es_short=["¿cómo cambio la clave del wifi?", "el router nuevo no se conecta"],
    ),
    dict(
        name="plan_pricing", category="product_question", weight=8.0,
        trend=[0.95, 1.0, 1.15, 1.4, 1.05, 0.9, 0.85, 0.85, 1.2, 0.95, 0.85, 0.85],
        default_f2f=0, dur=(4, 1.0), bad=0.12,
        channels={"Chat": 30, "Email": 20, "Phone": 20, "Web Form": 15,
                  "Mobile App": 8, "Walk-in": 5, "Twitter": 2},
        types={"Question": 80, "Task": 15, "Problem": 5},
        priority=[40, 52, 7, 1],
        tags=["sales", "upgrade", "pricing", "plans", "retention", "availability"],
        subjects=["Upgrade my plan", "Faster plan options", "Price question",
                  "Is {new_plan} available at my address?", "Better deal?", "Plan comparison",
                  "Price increase?", "Student discount", "Downgrade plan",
                  "Fibre availability in {area}", "contract ending - options?"],
        bodies=[
            "I'd like to upgrade from {plan} to {new_plan}. How much would that cost per month and is there a new contract?",
            "Is {new_plan} available at {address}? The website checker just says \"contact us\".",
            "My contract ends next month. What deals do you have for existing customers? I've seen new customers get a much better price than what I pay.",
            "Do you offer any discounts for students, seniors or low income households?",
            "What's the difference between {plan} and {new_plan} apart from the speed? Is the router different?",
            "I want to downgrade to the cheapest plan, I'm living on my own now and don't need the fast one. Will there be a fee for changing?",
            "Are there any data caps on {new_plan}? I download a lot of games.",
            "If I upgrade today, when does the new speed start? Will I need a new router?",
            "I received a letter saying prices go up by {increase} from {next_month}. What's the cheapest plan I can move to instead?",
            "Do you have business plans with a static IP? I run a small shop from home.",
            "Is there a TV & internet bundle that's cheaper than what I pay now ({bill})?",
            "Can I look at the plans in person at the {store} store and sign up there? What are the opening hours on Saturday?",
        ],
        short=["how much to upgrade to {new_plan}?", "any deals for existing customers?",
               "is fibre available in {area}", "whats the cheapest plan you have",
               "student discount?", "contract ending, what can you offer me"],
        notes=["Cust enquired about upgrade to {new_plan}, quoted price, customer will think about it.",
               "Existing customer asking for retention deal, offered {amount}/mo for 12m.",
               "Checked availability for {address}, {new_plan} available.",
               "Upgraded to {new_plan} effective next bill, new 12m term agreed."],
        walkin_notes=["Customer asking about plan prices, gave leaflet and quoted {new_plan}.",
                      "Compared plans with customer at counter, customer to order online."],
        extras=["I'm comparing with other providers at the moment.", "Please send the details by email."],
        es_subjects=["Cambiar de tarifa", "Precio de la fibra", "¿Hay ofertas?", "Subir de velocidad"],
        es_bodies=[
            "Quiero pasar de {plan} a {new_plan}. ¿Cuánto me costaría al mes? ¿Tengo que firmar otra permanencia?",
            "Se me acaba el contrato el mes que viene. ¿Qué ofertas tienen para los que ya somos clientes? Veo que a los nuevos les dan mejor precio.",
            "¿Está disponible {new_plan} en {area}? En la web no me sale nada.",
            "¿Tienen descuento para jubilados o estudiantes?",
        ],
        es_short=["¿cuánto cuesta subir a {new_plan}?", "¿hay alguna oferta para clientes?"],
    ),
    dict(
        name="login_password", category="account_access", weight=6.0,
        trend=[1.0, 1.05, 1.0, 1.0, 1.3, 1.0, 0.95, 0.95, 0.95, 0.95, 1.0, 1.0],
        default_f2f=0, dur=(2, 1.1), bad=0.18,
        channels={"Chat": 25, "Email": 20, "Mobile App": 20, "Web Form": 15,
                  "Phone": 15, "Walk-in": 5},
        types={"Problem": 40, "Question": 45, "Incident": 15},
        priority=[20, 55, 20, 5],
        tags=["login", "password", "account", "2fa", "locked", "my_brightwave"],
        subjects=["Can't log in", "Password reset not working", "Locked out of my account",
                  "Reset email never arrives", "2FA code not received", "Change account email",
                  "Login problem app", "Account locked", "Forgot username", "Verification code",
                  "Someone changed my password"],
        bodies=[
            "I can't log into My Brightwave. I reset my password twice and it still says \"invalid credentials\".",
            "The password reset email never arrives. I've checked spam. My login email is {email}.",
            "My account got locked after too many attempts. How long until I can try again?",
            "I don't get the SMS verification code because my number changed. New number is {phone}.",
            "I need to change the email on my account from {email} to {alt_email}, the old one doesn't exist anymore.",
            "The app logs me out every time I close it and asks for the password again. Very annoying.",
            "I think someone else logged into my account, I got an email saying my password was changed and it wasn't me!! Please lock it.",
            "My late father's account is in his name and I need access to manage it. What documents do you need?",
            "F|I can't pass the online identity check to recover my account (the security questions don't work). The agent on the phone said I have to bring photo ID to a store in person to verify. Which store near {area} can do that?",
            "What's my username? I set this up years ago and have no idea which email I used.",
            "The reset link says \"expired\" even when I click it straight away.",
            "Login page just spins forever on Chrome and Safari.",
        ],
        short=["cant log in to my account", "reset email not arriving", "no verification code by sms",
               "locked out of the app", "how do i change my login email", "reset link says expired"],
        notes=["Customer locked out, verified via security questions, unlocked account and sent reset link.",
               "Cust not receiving reset emails, corrected typo in email on account.",
               "Suspected account takeover reported, password reset forced, flagged to fraud team.",
               "Updated mobile number for 2FA after verification."],
        walkin_notes=["F|Customer brought photo ID for account verification, identity confirmed, access restored.",
                      "F|In-person ID check for account recovery, passport seen, account unlocked.",
                      "Helped customer log into the app on their phone, password reset at counter."],
        extras=["I need to see my bill urgently.", "I've tried on my phone and on the laptop."],
        es_subjects=["No puedo entrar en mi cuenta", "No me llega el correo de la contraseña",
                     "Cuenta bloqueada", "Cambiar correo de la cuenta"],
        es_bodies=[
            "No puedo entrar en Mi Brightwave, he cambiado la contraseña dos veces y sigue diciendo que es incorrecta.",
            "No me llega el correo para restablecer la contraseña, ya he mirado en spam. Mi correo es {email}.",
            "Tengo la cuenta bloqueada por intentar entrar demasiadas veces. ¿Cuánto tengo que esperar?",
            "Quiero cambiar el correo de la cuenta, el antiguo ya no lo uso. El nuevo es {alt_email}.",
        ],
        es_short=["no puedo entrar en la app", "no me llega el código por sms"],
    ),
    dict(
        name="moving_house", category="other", weight=5.0,
        trend=[0.6, 0.7, 0.7, 0.8, 0.9, 1.1, 1.5, 1.7, 1.6, 1.2, 0.8, 0.6],
        default_f2f=0, dur=(48, 0.8), bad=0.2,
        channels={"Email": 30, "Phone": 30, "Web Form": 20, "Chat": 12,
                  "Mobile App": 5, "Walk-in": 3},
        types={"Task": 60, "Question": 35, "Problem": 5},
        priority=[20, 62, 15, 3],
        tags=["home_move", "moving", "address_change", "transfer"],
        subjects=["Moving house", "Transfer service to new address", "Moving on {future_date}",
                  "Change of address", "Home move", "New address setup",
                  "Moving - what do I do with the router?", "Relocating", "Service at new flat",
                  "Moving abroad"],
        bodies=[
            "We're moving to {new_address} on {future_date}. Can we take our internet with us? Same plan please.",
            "I'm moving next month. What's the process to transfer my service and is there a fee?",
            "F|We're moving into a new build in {area} on {future_date}. There's no line in the house yet so I guess you need to send someone to install it. Can we book that now so we're not without internet?",
            "Please update my billing address to {new_address}. I've moved out but the service stays at the old place for my daughter.",
            "I'm moving in with my partner who already has Brightwave. Can I close my account without the early exit fee?",
            "F|We move on the {day_ord}. The agent said the new place needs a technician visit to activate the line. Can the appointment be on a Saturday?",
            "Do I take the router with me when I move or do I get a new one?",
            "Is your service available at {new_address}? We're thinking of buying the house and need good internet for work.",
            "Moving abroad at the end of {next_month}. How do I end my contract and does moving overseas count as a reason to waive the fee?",
            "I submitted a home move request online two weeks ago and haven't heard anything back. Move date is {future_date}!",
            "Can I keep my Brightwave email address when I move house?",
            "We already moved and the internet at the new place works fine (self-install kit), but I'm still getting bills for the old address as well.",
        ],
        short=["moving on {future_date}, how do i transfer my internet?", "do i take the router when i move",
               "home move request, no reply yet", "is brightwave available at {new_address}"],
        notes=["Home move booked to {new_address} from {future_date}. Self-install kit to be sent.",
               "F|Home move: new address has no working line, engineer install booked {future_date}.",
               "Cust moving abroad, explained early termination, raised cancellation for move date.",
               "Updated billing address only.",
               "Home move order placed, activation on {future_date}, no engineer needed."],
        extras=["The movers come on the {day_ord2} so I'll be busy that week.",
                "We have two kids and both of us work from home so we can't be without internet."],
        es_subjects=["Cambio de domicilio", "Traslado del servicio", "Me mudo", "Mudanza"],
        es_bodies=[
            "Nos mudamos a {new_address} el {future_date}. ¿Podemos llevarnos la fibra con la misma tarifa?",
            "Me mudo el mes que viene, ¿cómo hago el traslado y cuánto cuesta?",
            "F|La casa nueva en {area} no tiene la línea instalada. ¿Tienen que mandar a un técnico? Queremos pedir cita ya para no quedarnos sin internet.",
            "¿El router me lo llevo a la casa nueva o me mandan otro?",
        ],
        es_short=["me mudo el {future_date}, ¿cómo traslado la línea?", "¿me llevo el router en la mudanza?"],
    ),
    dict(
        name="cancellation", category="returns_cancellation", weight=5.0,
        trend=[0.9, 1.0, 0.95, 1.3, 1.3, 1.0, 0.9, 0.9, 1.15, 0.9, 0.85, 0.85],
        default_f2f=0, dur=(30, 0.8), bad=0.4, caps=0.08,
        channels={"Phone": 38, "Email": 30, "Web Form": 10, "Chat": 12,
                  "Walk-in": 6, "Twitter": 4},
        types={"Task": 60, "Question": 30, "Problem": 10},
        priority=[15, 60, 20, 5],
        tags=["cancellation", "churn", "retention", "close_account", "etf"],
        subjects=["Cancel my service", "Cancellation request", "I want to cancel", "Close account",
                  "Cancel contract - early termination fee?", "Please cancel immediately",
                  "Leaving Brightwave", "Notice of cancellation",
                  "How to return equipment after cancelling", "CANCEL"],
        bodies=[
            "I want to cancel my internet service effective {future_date}. Please confirm by email and tell me what I need to do with the equipment.",
            "Please cancel my account. I've found a cheaper provider. Account number {acct}.",
            "How much is the early termination fee if I cancel now? My contract runs until {next_month} next year.",
            "I'm cancelling because the service has been terrible for months. I shouldn't have to pay any exit fee given all the outages.",
            "I tried cancelling online but the form just loops back to the \"special offers\" page. I DO NOT want an offer, I just want to cancel.",
            "My mother passed away and I need to cancel her internet. What do you need from me?",
            "I cancelled last month and was told a prepaid box would arrive to return the router. It never arrived.",
            "F|I've cancelled and I'd like to hand the router and TV box back at a store rather than post them. Can I just drop them at {store}, and what do I need to bring?",
            "Please cancel the service at {address}, the house has been sold. Final bill to my new address please.",
            "I'm within the 14-day cooling off period and want to cancel. The installation hasn't even happened yet.",
            "Confirming my phone call today: please cancel my plan at the end of this billing cycle. I want this in writing.",
            "Cancel. Just cancel. I've asked 3 times.",
        ],
        short=["how do i cancel my service", "want to cancel, whats the exit fee?",
               "cancel my account please", "cancellation form online is broken",
               "trying to cancel for a week now. nobody answers"],
        notes=["Cust requested cancellation, reason: price. Offered retention {amount}/mo, declined. Cancellation set for {future_date}.",
               "Cancellation due to move abroad, ETF waived with proof.",
               "Bereavement cancellation, documents requested.",
               "F|Cust cancelled, will return router in person at {store} store.",
               "Retention successful - customer stays on {plan} with discount."],
        walkin_notes=["F|Customer returned router + power supply after cancellation, receipt given.",
                      "Customer asked to cancel at counter, advised must be done by phone/online, gave number."],
        extras=["I've been with you for {years} years and this is how it ends.", "Please don't call me with offers."],
        es_subjects=["Darme de baja", "Baja del servicio", "Quiero cancelar", "Solicitud de baja"],
        es_bodies=[
            "Quiero darme de baja del servicio a partir del {future_date}. Por favor, confírmenmelo por escrito y díganme qué hago con el router.",
            "¿Cuánto tengo que pagar de penalización si me doy de baja ahora? La permanencia acaba en {next_month}.",
            "He intentado darme de baja por la web pero me sale todo el rato la página de ofertas. NO quiero ofertas, quiero la baja.",
            "Me he ido a otra compañía más barata. Mi número de cliente es {acct}, tramiten la baja por favor.",
        ],
        es_short=["quiero darme de baja, ¿cómo lo hago?", "¿cuánto cuesta la penalización por baja?"],
    ),
    dict(
        name="service_complaint", category="complaint_feedback", weight=4.5,
        trend=[0.8, 0.85, 0.95, 1.05, 0.95, 0.9, 0.95, 1.25, 1.05, 1.05, 1.1, 1.1],
        default_f2f=0, dur=(60, 0.8), bad=0.55, caps=0.35,
        channels={"Email": 40, "Twitter": 18, "Phone": 14, "Web Form": 15,
                  "Chat": 7, "Walk-in": 6},
        types={"Problem": 50, "Incident": 20, "Question": 10, "Task": 20},
        priority=[5, 40, 40, 15],
        tags=["complaint", "escalation", "customer_service", "feedback", "callback"],
        subjects=["Complaint", "Formal complaint", "TERRIBLE CUSTOMER SERVICE", "Rude agent",
                  "Still waiting for a callback", "Worst service ever", "Complaint about support",
                  "Nobody calls back", "Escalation request", "Disgusted with how I was treated",
                  "Feedback"],
        bodies=[
            "I want to make a formal complaint about the way I was treated on the phone on {date}. The agent ({agent}) was rude, talked over me and then hung up.",
            "THIS IS THE FOURTH TIME I AM WRITING. NOBODY RESPONDS. I have been promised a call back three times and NOBODY HAS EVER CALLED.",
            "I spent 2 hours on hold yesterday and was transferred 5 times. Each person asked me the same questions. Your customer service is a joke.",
            "I was promised a credit of {amount} by {agent} on {date}. It never appeared and now nobody can find a record of the call. I want to speak to a manager.",
            "Your chatbot is useless. I just want to talk to a human being. Why is that so hard?",
            "I am extremely disappointed. I have been a loyal customer for {years} years and this is how you treat me? I expect an apology and compensation.",
            "The technician who came on {date} was 4 hours late, didn't call ahead and left muddy footprints all over my carpet. I want to complain about his behaviour.",
            "Staff at the {store} store were dismissive and told me to \"just call the helpline\". What is the point of having a store?",
            "Every agent tells me something different. One says my issue is fixed, the next says there's no ticket. Please escalate this to someone who can actually take ownership.",
            "I'd like to give some feedback: the agent on the chat today, {agent}, was fantastic and solved my problem in 5 minutes. Please pass on my thanks.",
            "WHY DO YOU KEEP CLOSING MY TICKET WITHOUT FIXING ANYTHING?? Ticket {ref} was marked solved and the problem is still there.",
            "I'm going to report you to the regulator if this isn't resolved by the end of the week. Absolutely shocking service from start to finish.",
        ],
        short=["worst customer service ever. 2 hours on hold", "STILL waiting for the callback you promised",
               "your agents keep hanging up on me", "want to speak to a manager NOW",
               "shoutout to {agent} on chat, super helpful", "3 weeks, 5 calls, zero progress. unbelievable"],
        notes=["Complaint about previous agent's conduct, apologised, escalated to team leader.",
               "Cust angry re: no callback x3. Logged formal complaint, TL callback within 48h.",
               "Wants compensation for repeated contacts, offered goodwill credit {amount}.",
               "Positive feedback for {agent}, passed to team manager."],
        walkin_notes=["Customer upset about waiting times on the phone, logged complaint on their behalf.",
                      "Customer complained about previous store visit, apologised, manager spoke to customer."],
        extras=["I have screenshots of everything.", "I'll be posting about this online.",
                "Frankly I expected better."],
        es_subjects=["Queja", "Reclamación formal", "PÉSIMA ATENCIÓN AL CLIENTE", "Nadie me llama"],
        es_bodies=[
            "Quiero poner una reclamación formal por el trato que recibí por teléfono el {date}. La persona que me atendió fue muy maleducada y me colgó.",
            "ES LA CUARTA VEZ QUE ESCRIBO Y NADIE ME CONTESTA. Me han prometido que me llamarían tres veces y NUNCA me llama nadie.",
            "Estuve dos horas esperando al teléfono y me pasaron con cinco personas distintas. Cada una me preguntaba lo mismo. Una vergüenza.",
            "Llevo {years} años con ustedes y así es como me tratan. Espero una disculpa y una compensación.",
        ],
        es_short=["pésima atención, dos horas esperando", "sigo esperando la llamada que me prometieron"],
    ),
    dict(
        name="new_installation", category="order_delivery", weight=7.0,
        trend=[0.6, 0.7, 0.75, 0.85, 0.95, 1.05, 1.3, 1.45, 1.6, 1.85, 1.0, 0.7],
        default_f2f=1, dur=(120, 0.6), bad=0.25, caps=0.04,
        channels={"Phone": 30, "Email": 25, "Web Form": 20, "Chat": 10,
                  "Mobile App": 7, "Technician Visit": 8},
        types={"Task": 70, "Question": 20, "Problem": 10},
        priority=[10, 60, 25, 5],
        tags=["installation", "new_connection", "appointment", "engineer", "order", "tech_visit"],
        subjects=["Installation appointment", "Reschedule installation", "When is my installation?",
                  "Technician didn't show up for install", "Install date", "New connection setup",
                  "Installation - access to property", "Change install time slot",
                  "Order {order_no} installation", "Install engineer late"],
        bodies=[
            "I ordered {plan} on {date} and I'm still waiting for an installation date. Can you book a technician to come out?",
            "I need to reschedule my installation appointment on {future_date}, I can't be home that day. Is {future_date2} possible?",
            "The installer was supposed to come today between {time_window} and nobody showed up. I took the day off work for this!",
            "For my installation on {future_date}: the house has a locked gate, please have the technician call me on {phone} when he arrives.",
            "Can the technician put the socket in the upstairs office instead of the hallway? I need to know before the appointment.",
            "Order {order_no}. The technician came but said he couldn't finish because the duct under the driveway is blocked. When will they come back to finish the job?",
            "Hi, I'm a landlord. The installation is at {address} and the tenant will let the engineer in. Can you confirm the date?",
            "N|Do I actually need a technician? I'd rather do the self-install if you can just post me the kit.",
            "Please confirm my installation is still on for {future_date}. I haven't had a reminder text.",
            "The install engineer drilled through the wall in the wrong place and left a hole, and the cable isn't even clipped to the wall. Can someone come back and finish it properly?",
            "We'd like the installation as early as possible, we move in on {future_date}. Are there any cancellations for earlier slots?",
            "Your text said the engineer is \"on the way\" but that was 3 hours ago.",
            "N|Before I order: how long is the wait for an installation in {area} at the moment? Just comparing providers.",
        ],
        short=["need to reschedule my install on {future_date}", "installer didnt show up today",
               "when is my installation?", "can i get an earlier install slot",
               "N|can i do self install instead of an engineer?"],
        notes=["Installation booked for {future_date}, between {time_window}.",
               "Customer rescheduled install to {future_date}.",
               "Missed install appointment - apologised, rebooked priority slot, credit applied.",
               "N|Cust asked for self-install kit instead of engineer; kit dispatched, engineer appt cancelled.",
               "Confirmed access instructions for install on {future_date}."],
        tech_notes=["Install completed. New fibre drop from pole, ONT fitted in living room, {router} set up, speeds tested OK.",
                    "Install incomplete: blocked duct at front of property, civils team required. Revisit to be arranged.",
                    "Installed line and router, customer shown how to use the app.",
                    "No access at install appointment, card left, customer to rebook."],
        extras=["I work shifts so mornings are best.", "There's a dog but he's friendly."],
        es_subjects=["Cita de instalación", "Cambiar la cita del técnico", "El técnico no vino",
                     "Instalación de fibra"],
        es_bodies=[
            "Contraté la fibra el {date} y todavía no me han dado cita para la instalación. ¿Cuándo puede venir el técnico?",
            "Tengo la instalación el {future_date} pero no voy a estar en casa. ¿Se puede cambiar al {future_date2}?",
            "Hoy tenía que venir el instalador entre las {time_window} y no ha aparecido nadie. He pedido el día libre en el trabajo para esto.",
            "N|¿Hace falta que venga un técnico? Prefiero instalarlo yo si me mandan el kit por correo.",
        ],
        es_short=["necesito cambiar la cita de instalación", "el técnico no ha venido hoy"],
    ),
    dict(
        name="technician_repair", category="technical_issue", weight=6.0,
        trend=[1.15, 1.1, 1.2, 0.9, 0.85, 0.85, 0.9, 1.5, 0.95, 0.9, 0.95, 1.0],
        default_f2f=1, dur=(72, 0.6), bad=0.3, caps=0.04,
        channels={"Phone": 30, "Technician Visit": 22, "Email": 20, "Chat": 10,
                  "Mobile App": 8, "Web Form": 10},
        types={"Incident": 45, "Problem": 35, "Task": 20},
        priority=[5, 40, 40, 15],
        tags=["repair", "engineer", "line_fault", "tech_visit", "damage", "field_service"],
        subjects=["Engineer visit needed", "Technician appointment for repair",
                  "Damaged cable outside house", "Wall socket broken", "Repair visit",
                  "Line fault - need engineer", "Cable hanging from pole",
                  "Engineer didn't fix the problem", "Follow-up repair visit", "Fibre box damaged"],
        bodies=[
            "The cable from the pole to my house was pulled down by a truck on {date}. Internet is dead. Please send someone to repair it.",
            "The wall socket where the fibre comes in is cracked and the light on the box is off. Needs a technician I think.",
            "Your technician came on {date} but the problem came back the next day. I need another visit, same fault with the connection dropping.",
            "Squirrels chewed through the cable in the loft. Can you send an engineer to replace it? I can send photos.",
            "Engineer appointment on {future_date}: can he also move the router socket to the other room while he's here?",
            "The fibre box on the wall is making a clicking noise and keeps rebooting. It needs replacing, I'm home all week.",
            "The builders next door cut our cable. Internet has been dead since Monday. When can a technician come?",
            "N|Please cancel the engineer appointment on {future_date}, the internet came back after your remote reset and it's been fine for 2 days.",
            "N|Just to let you know the technician fixed the line yesterday and everything works now. You can close the ticket. Thanks!",
            "There's water in the junction box outside after the storm and the connection goes every time it rains. Needs repairing before winter.",
            "The engineer was booked for {future_date} between {time_window} but I got a text saying it's cancelled. Why? I still have no service and need the repair.",
            "The street cabinet on the corner of {street} has been left open for days with cables hanging out, and half the street has intermittent service. Please send someone.",
        ],
        short=["cable from pole pulled down, need engineer", "engineer didnt turn up for repair",
               "need tech visit, wall socket broken", "repair appointment cancelled without reason??",
               "N|all working now after the repair, thanks"],
        notes=["Line fault confirmed, repair engineer booked {future_date}, between {time_window}.",
               "Cust reports damaged drop cable, priority repair raised.",
               "N|Cust cancelled repair visit, service restored after remote reset.",
               "Repeat fault after previous visit, escalated for senior engineer visit."],
        tech_notes=["Repair visit: replaced damaged drop cable, re-terminated at NTE, service restored.",
                    "Repair: replaced faulty ONT, tested OK.",
                    "Found water ingress in external junction box, resealed and replaced connectors.",
                    "Fault traced to street cabinet, escalated to network team; customer given 4G backup dongle.",
                    "Replaced cracked wall socket and patch lead, sync restored, customer happy."],
        extras=["Please ring before coming, the doorbell doesn't work.", "I can send photos if needed."],
        es_subjects=["Avería - necesito un técnico", "Cable cortado", "Reparación", "Roseta rota"],
        es_bodies=[
            "Un camión arrancó el cable que va del poste a mi casa el {date}. No tengo internet. Por favor, manden a alguien a repararlo.",
            "La roseta de fibra de la pared está rota y la luz del aparato está apagada. Creo que hace falta un técnico.",
            "El técnico vino el {date} pero al día siguiente volvió a fallar igual. Necesito otra visita.",
            "N|Pueden anular la cita del técnico del {future_date}, ya funciona todo desde que reiniciaron la línea.",
        ],
        es_short=["necesito un técnico, el cable está cortado", "el técnico no vino a la reparación"],
    ),
    dict(
        name="store_equipment_swap", category="returns_cancellation", weight=5.0,
        trend=[1.3, 1.2, 1.0, 0.95, 0.9, 0.9, 0.9, 0.95, 1.0, 1.0, 0.95, 1.0],
        default_f2f=1, dur=(24, 0.8), bad=0.2,
        channels={"Walk-in": 45, "Email": 14, "Phone": 15, "Chat": 10,
                  "Web Form": 8, "Mobile App": 8},
        types={"Task": 55, "Question": 30, "Problem": 15},
        priority=[20, 60, 17, 3],
        tags=["store", "swap", "equipment", "return", "retail", "faulty_device"],
        subjects=["Swap faulty router in store", "Return equipment to store", "Exchange router",
                  "Broken router - store exchange", "Can I return my box at {store}?",
                  "Replacement remote", "Store swap", "Faulty TV box", "Equipment return",
                  "Upgrade router in store"],
        bodies=[
            "My {router} has died (no lights at all). Can I bring it to the {store} store and swap it for a new one today?",
            "I'd like to exchange my old router for the new {router} model. Can I do that in the {store} shop or does it have to be posted?",
            "I was in the {store} store on {date} to swap my TV box and they didn't have any in stock. They said to come back this week. Is it in now?",
            "The replacement router I picked up at the store is also faulty. I want to bring it back and get one that works.",
            "My TV remote is broken. Can I get a replacement at a store or do I have to buy one?",
            "N|What are the opening hours of the {store} store on Sunday?",
            "N|I ordered a new router online for in-store pickup (order {order_no}). What's the status? It said ready in 2 days and that was last week.",
            "I need to return the equipment after cancelling. I'd rather drop it at a store than mail it. Which stores accept returns and what do I need to bring?",
            "The power adapter for my router is broken, it sparked when I plugged it in. Can I get a new one at {store}?",
            "I went to the {store} store to swap the router and they told me I needed an appointment. How do I book one?",
            "Can I swap my faulty mesh pod at a store? I'm in {area}, which is the nearest one with stock?",
            "I'm housebound. Is there a way to swap the faulty box without going to the store, e.g. someone bringing one round?",
        ],
        short=["can i swap my dead router at {store} today?", "N|store opening hours on sunday?",
               "where can i return my equipment in person", "need a new remote, can i get one in store",
               "N|is my click & collect order {order_no} ready yet?"],
        notes=["Advised customer they can swap faulty {router} at {store}, bring ID and old unit.",
               "Booked store appointment at {store} for router swap.",
               "N|Customer asked for store opening hours, provided.",
               "Cust to return equipment in store, gave list of stores accepting returns."],
        walkin_notes=["Customer came in with faulty {router}, tested - no power. Swapped for new unit, old unit returned.",
                      "Returned router + power supply after cancellation, receipt given.",
                      "Customer swapped TV box, set up and tested in store.",
                      "N|Customer came in to check status of click & collect order {order_no}; not yet arrived, advised SMS will be sent.",
                      "Replacement remote issued in store, paired with customer's box.",
                      "Swapped cracked power adapter for new one, tested at counter."],
        extras=["I have the original box and receipt.", "The store is only 5 minutes from me."],
        es_subjects=["Cambiar router en tienda", "Devolver equipo en tienda", "Mando roto",
                     "Horario de la tienda"],
        es_bodies=[
            "El router ha dejado de funcionar, no se enciende ninguna luz. ¿Puedo llevarlo a la tienda de {store} y que me den otro?",
            "Quiero devolver el router y el decodificador en una tienda en vez de mandarlos por correo. ¿Qué tengo que llevar?",
            "N|¿Qué horario tiene la tienda de {store} los sábados?",
            "Fui a la tienda el {date} a cambiar el decodificador y no les quedaban. ¿Ya les ha llegado?",
        ],
        es_short=["¿puedo cambiar el router en la tienda?", "N|¿a qué hora abre la tienda de {store}?"],
    ),
    dict(
        name="tv_streaming", category="product_question", weight=2.5,
        trend=[1.5, 1.1, 0.9, 0.85, 0.8, 0.75, 0.7, 0.9, 1.4, 1.3, 0.95, 1.0],
        default_f2f=0, dur=(5, 1.0), bad=0.18,
        channels={"Chat": 30, "Email": 20, "Mobile App": 20, "Phone": 15,
                  "Web Form": 10, "Twitter": 5},
        types={"Question": 70, "Problem": 25, "Task": 5},
        priority=[35, 55, 9, 1],
        tags=["tv", "streaming", "add_on", "bw_tv_app", "channels"],
        subjects=["TV add-on question", "{tv_pkg} not working", "Streaming app login",
                  "How to add {tv_pkg}", "Channels missing", "BW TV app on {device}",
                  "Sports pack price", "TV box remote pairing", "Netflix bundle", "Recordings gone"],
        bodies=[
            "How do I add the {tv_pkg} to my plan and how much is it per month?",
            "The BW TV app doesn't work on my {device}, it just shows a black screen after the logo.",
            "I bought {tv_pkg} but the channels still say \"not subscribed\".",
            "Is the Netflix bundle included in my plan or do I pay separately? I already have my own Netflix account, can I link it?",
            "How many devices can watch BW TV at the same time? My kids keep getting kicked off.",
            "Can I watch BW TV when I'm away from home, e.g. on holiday abroad?",
            "The picture keeps freezing on BW TV but only on live channels, on-demand is fine.",
            "Is there a free trial for {tv_pkg}? I want to try it for the football season.",
            "Can I pause {tv_pkg} for the summer and restart it in {next_month}?",
            "All my recordings disappeared from the TV box after the update last night.",
            "How do I pair the voice remote with the TV box? The instructions say hold OK and 1 but nothing happens.",
            "Which TV models support the BW TV app? Thinking of buying a new {device}.",
        ],
        short=["how do i add {tv_pkg}?", "bw tv app black screen on {device}", "channels say not subscribed",
               "is netflix included in my plan?", "recordings gone after update!!"],
        notes=["Added {tv_pkg} to account, channels activated.",
               "Cust couldn't log into BW TV app, reset app password.",
               "Explained streaming limits (4 devices at once).",
               "Talked customer through remote pairing, working."],
        extras=["The football starts this weekend so I need it working.", "My husband is going mad about this."],
        es_subjects=["Paquete de TV", "La app de TV no funciona", "Canales no disponibles"],
        es_bodies=[
            "¿Cómo añado el {tv_pkg} a mi tarifa y cuánto cuesta al mes?",
            "La aplicación BW TV no funciona en mi {device}, se queda la pantalla en negro.",
            "He contratado {tv_pkg} pero los canales siguen saliendo como no contratados.",
            "¿Puedo ver BW TV cuando estoy de vacaciones fuera de casa?",
        ],
        es_short=["la app de tv no va en mi {device}", "¿cómo contrato el {tv_pkg}?"],
    ),
]
TOPIC_BY_NAME = {t["name"]: t for t in TOPICS}

WEBFORM_SUBJECTS = ["Website contact form", "Contact Us form submission", "Web enquiry",
                    "Online support request", "Contact form: {dropdown}", "[Web] {dropdown}"]
WEBFORM_DROPDOWN = {"billing_payment": "Billing", "technical_issue": "Technical support",
                    "product_question": "Sales", "account_access": "My account",
                    "order_delivery": "Orders & installation", "returns_cancellation": "Other",
                    "complaint_feedback": "Feedback", "other": "Other"}
NOISE_TAGS = ["vip", "escalated", "callback", "repeat_contact", "priority_review", "social"]

# Walk-in notes for remote topics that occasionally arrive through a store.
# These are NOT face-to-face: the customer happens to be in the shop, but
# resolving the request does not need anyone physically present.
TOPIC_BY_NAME["billing_dispute"]["walkin_notes"] = [
    "Customer came in about {fee_name} charge on bill, explained charge, raised billing dispute {ref}.",
    "Customer queried bill amount at counter, printed last 3 invoices, referred to billing team.",
]
TOPIC_BY_NAME["payment_method"]["walkin_notes"] = [
    "Customer paid outstanding balance in cash at counter, receipt given.",
    "Customer asked how to set up autopay, showed them in the app.",
]
TOPIC_BY_NAME["moving_house"]["walkin_notes"] = [
    "Customer asked about moving service to new address, placed home move order at counter.",
    "Customer picked up home move leaflet, will book online.",
]

# Tests rely on every topic having >= 10 English body templates.
for _t in TOPICS:
    assert len(_t["bodies"]) >= 10, _t["name"]
    assert len(_t["subjects"]) >= 10, _t["name"]
    assert _t["category"] in CATEGORIES


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------
def parse_flag(tpl: str, default: int) -> tuple[int, str]:
    if tpl.startswith("F|"):
        return 1, tpl[2:]
    if tpl.startswith("N|"):
        return 0, tpl[2:]
    return default, tpl


def wchoice(rng: Random, weights: dict):
    keys = list(weights.keys())
    return rng.choices(keys, weights=[weights[k] for k in keys], k=1)[0]


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444",
              "5105105105105100", "4012888888881881", "4000056655665556",
              "5200828282828210"]
assert all(luhn_ok(c) for c in TEST_CARDS)


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def strip_accents(s: str) -> str:
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚüÜ", "aeiouAEIOUuU"))


def fmt_dt(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M:%S")


def h12(dt: datetime) -> str:
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def month_shift(dt: datetime, k: int) -> int:
    """0-based month index of dt shifted by k months."""
    return (dt.month - 1 + k) % 12


# --------------------------------------------------------------------------
# Customers
# --------------------------------------------------------------------------
def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(s).lower().replace("ñ", "n"))


def make_email(rng: Random, first: str, last: str, domains: list[str]) -> str:
    f, l = slug(first), slug(last)
    nn = rng.randint(1, 99)
    form = rng.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}{l}{nn}", f"{f}{nn}", f"{l}.{f[0]}", f"{f}_{l}",
             f"{f}{l[:3]}{rng.randint(1960, 2005)}"][form]
    return f"{local}@{rng.choice(domains)}"


def make_customers(rng: Random, n: int) -> list[dict]:
    out = []
    for i in range(n):
        es = rng.random() < 0.115
        if es:
            first, last = rng.choice(ES_FIRST), rng.choice(ES_LAST)
            if rng.random() < 0.4:
                last = last + " " + rng.choice(ES_LAST)
        else:
            first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
        business = None
        if not es and rng.random() < 0.3:
            business = rng.choice(BUSINESSES)
            email = f"{slug(first)}.{slug(last)}@{business[0]}"
        else:
            email = make_email(rng, first, last, ES_DOMAINS if es else PERSONAL_DOMAINS)
        out.append(dict(
            first=first, last=last, lang="es" if es else "en", email=email,
            business=business, job=rng.choice(JOB_TITLES),
            es_phone=es and rng.random() < 0.6,
            phone=(f"01{rng.randint(0, 9)}", f"{rng.randint(0, 9999):04d}"),
            es_digits=f"6{rng.randint(10, 99)}{rng.randint(0, 999999):06d}",
            acct=rng.randint(1000000, 9999999),
            handle=rng.choice([f"{slug(first)}{slug(last)[:3]}{rng.randint(1, 99)}",
                               f"{slug(first)}_{rng.choice(['xx', 'official', 'uk', 'b', 'j'])}",
                               f"{slug(last)}{rng.randint(70, 99)}",
                               f"the_real_{slug(first)}"]),
        ))
    return out


# --------------------------------------------------------------------------
# Slot filling
# --------------------------------------------------------------------------
class Slots(dict):
    """Lazily generated, per-ticket consistent values for {placeholders}."""

    def __init__(self, rng: Random, lang: str, created: datetime, cust: dict):
        super().__init__()
        self.rng, self.lang, self.created, self.cust = rng, lang, created, cust

    def __missing__(self, key):
        fn = getattr(self, "_g_" + key, None)
        if fn is None:
            raise KeyError(key)
        val = fn()
        if key not in self:
            self[key] = val
        return self[key]

    # -- people / contact -------------------------------------------------
    def _g_name(self):
        return self.cust["first"]

    def _g_full_name(self):
        return f"{self.cust['first']} {self.cust['last']}"

    def _g_email(self):
        return self.cust["email"]

    def _g_alt_email(self):
        c = self.cust
        doms = ES_DOMAINS if c["lang"] == "es" else PERSONAL_DOMAINS
        return make_email(self.rng, c["first"], c["last"], doms)

    def _g_phone(self):
        c, r = self.cust, self.rng
        if c["es_phone"]:
            d = c["es_digits"]
            return f"+34 {d[:3]} {d[3:6]} {d[6:]}" if r.random() < 0.8 else d
        ex, line = c["phone"]
        return r.choice([f"(555) {ex}-{line}", f"+1 555 {ex} {line}",
                         f"555-{ex}-{line}", f"555.{ex}.{line}", f"(555) {ex}-{line}"])

    def _g_acct(self):
        a = self.cust["acct"]
        return f"BWA-{a}" if self.rng.random() < 0.7 else str(a)

    def _g_handle(self):
        return self.cust["handle"]

    def _g_company(self):
        b = self.cust["business"]
        return b[1] if b else "Self-employed"

    def _g_agent(self):
        return self.rng.choice(AGENTS)

    # -- places / kit -------------------------------------------------------
    def _g_area(self):
        return self.rng.choice(AREAS)

    def _g_street(self):
        return self.rng.choice(STREETS)

    def _address(self):
        r = self.rng
        flat = f", Apt {r.randint(1, 12)}{r.choice('ABCD')}" if r.random() < 0.25 else ""
        return f"{r.randint(1, 240)} {r.choice(STREETS)}{flat}, {r.choice(AREAS)}"

    def _g_address(self):
        return self._address()

    def _g_new_address(self):
        return self._address()

    def _g_store(self):
        return self.rng.choice(STORES)

    def _g_router(self):
        return self.rng.choice(ROUTERS)

    def _g_router2(self):
        return self.rng.choice(ROUTERS_3P)

    def _g_light(self):
        return self.rng.choice(LIGHTS_ES if self.lang == "es" else LIGHTS)

    def _g_device(self):
        return self.rng.choice(DEVICES)

    def _g_tv_pkg(self):
        return self.rng.choice(TV_PKGS)

    def _g_port(self):
        return str(self.rng.choice([25565, 8080, 3074, 443, 32400, 554]))

    # -- plans / money --------------------------------------------------------
    def _g_plan(self):
        r = self.rng
        i = r.randrange(len(PLANS) - 1)
        name, mbps = PLANS[i]
        self["plan"] = name
        self["plan_speed"] = "1 Gbps" if mbps >= 900 else f"{mbps} Mbps"
        meas = max(1.0, mbps * r.uniform(0.03, 0.45))
        self["measured"] = r.choice([f"{meas:.0f} Mbps", f"{meas:.1f}Mbps", f"{meas:.0f}mb",
                                     f"about {meas:.0f}"])
        j = r.randrange(i + 1, len(PLANS))
        self["new_plan"] = PLANS[j][0]
        return name

    def _g_plan_speed(self):
        self._g_plan()
        return self["plan_speed"]

    def _g_measured(self):
        self._g_plan()
        return self["measured"]

    def _g_new_plan(self):
        self._g_plan()
        return self["new_plan"]

    def _money(self):
        r = self.rng
        amount = r.choice([39, 45, 49, 55, 59, 65, 69, 75, 79, 85]) + r.choice([0, 0.99, 0.5])
        bill = amount + r.choice([9.99, 14.99, 20.0, 35.0, 42.5, 65.0, 79.0, 120.0])
        self["amount"] = f"${amount:.2f}" if r.random() < 0.8 else f"${amount:.0f}"
        self["bill"] = f"${bill:.2f}"

    def _g_amount(self):
        self._money()
        return self["amount"]

    def _g_bill(self):
        self._money()
        return self["bill"]

    def _fee(self):
        name, amt = self.rng.choice(FEES_ES if self.lang == "es" else FEES_EN)
        self["fee_name"], self["fee_amount"] = name, amt

    def _g_fee_name(self):
        self._fee()
        return self["fee_name"]

    def _g_fee_amount(self):
        self._fee()
        return self["fee_amount"]

    def _g_increase(self):
        return self.rng.choice(["$3", "$4.50", "$5", "$5.00", "$6.99", "$8", "$10"])

    def _g_late_fee(self):
        return self.rng.choice(["$15", "$15.00", "$10.00", "$25"])

    def _g_unreturned_fee(self):
        return self.rng.choice(["$120", "$120.00", "$150.00", "$99.00"])

    def _g_tech_fee(self):
        return self.rng.choice(["$65", "$65.00", "$85.00", "$120", "$95.00"])

    def _g_card(self):
        r = self.rng
        if r.random() < 0.5:
            num = r.choice(TEST_CARDS)
        else:
            num = luhn_complete("411111" + "".join(str(r.randint(0, 9)) for _ in range(9)))
        f = r.random()
        if f < 0.5:
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))
        if f < 0.7:
            return "-".join(num[i:i + 4] for i in range(0, 16, 4))
        return num

    def _g_card_exp(self):
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(27, 31)}"

    # -- dates ----------------------------------------------------------------
    def _fmt_date(self, d: datetime) -> str:
        r = self.rng
        if self.lang == "es":
            return r.choice([f"{d.day} de {ES_MONTHS[d.month - 1]}", f"día {d.day}",
                             f"{d.day}/{d.month}"])
        return r.choice([f"{EN_MONTHS[d.month - 1]} {d.day}", f"{ordinal(d.day)} {EN_MONTHS[d.month - 1]}",
                         f"the {ordinal(d.day)}", f"{EN_MON[d.month - 1]} {d.day}",
                         f"{d.month}/{d.day}"])

    def _g_date(self):
        return self._fmt_date(self.created - timedelta(days=self.rng.randint(1, 20)))

    def _g_future_date(self):
        d = self.created + timedelta(days=self.rng.randint(2, 21))
        self["_future"] = d
        return self._fmt_date(d)

    def _g_future_date2(self):
        if "_future" not in self:
            self._g_future_date()
        return self._fmt_date(self["_future"] + timedelta(days=self.rng.randint(2, 9)))

    def _g_weekday(self):
        d = self.created - timedelta(days=self.rng.randint(1, 5))
        return (ES_DAYS if self.lang == "es" else EN_DAYS)[d.weekday()]

    def _month_name(self, k):
        m = month_shift(self.created, k)
        return (ES_MONTHS if self.lang == "es" else EN_MONTHS)[m]

    def _g_month(self):
        return self._month_name(self.rng.choice([0, -1]))

    def _g_prev_month(self):
        return self._month_name(-2)

    def _g_next_month(self):
        return self._month_name(1)

    def _g_day_ord(self):
        d = self.rng.choice([1, 3, 5, 10, 15, 20, 25, 28])
        return str(d) if self.lang == "es" else ordinal(d)

    def _g_day_ord2(self):
        d = self.rng.choice([1, 7, 14, 22, 26, 30])
        return str(d) if self.lang == "es" else ordinal(d)

    def _g_time_window(self):
        return self.rng.choice(WINDOWS_ES if self.lang == "es" else WINDOWS_EN)

    def _g_time_of_day(self):
        return self.rng.choice(TIMES_OF_DAY_ES if self.lang == "es" else TIMES_OF_DAY)

    def _g_days(self):
        return str(self.rng.randint(2, 6))

    def _g_years(self):
        return str(self.rng.randint(3, 15))

    # -- references -----------------------------------------------------------
    def _g_ref(self):
        return f"BW-{self.rng.randint(93000, 100200)}"

    def _g_order_no(self):
        return f"ORD-{self.rng.randint(100000, 999999)}"

    def _g_inc(self):
        return f"INC-{self.rng.randint(20000, 29999)}"

    def _g_job(self):
        return f"J{self.rng.randint(1000000, 9999999)}"

    def _g_dropdown(self):
        return "Other"


def render(tpl: str, slots: Slots) -> str:
    return tpl.format_map(slots)


# --------------------------------------------------------------------------
# Text noise
# --------------------------------------------------------------------------
WORD_RE = re.compile(r"[A-Za-zÁÉÍÓÚáéíóúñÑ']{4,}[.,!?]?")
LONG_EXTRAS_EN = [
    "Some background: I first noticed this on {date}, called your helpline, waited 40 minutes and was told it would be sorted within 48 hours. It wasn't. I then tried the chat, where the agent told me something completely different and gave me a reference number that nobody on the phone could find afterwards.",
    "To be clear, I have already done everything your website suggests: turned the router off and on, checked the cables, tried a different device and even reset it to factory settings. None of it made any difference and I've now wasted most of my evening on this.",
    "I don't normally write emails like this but I've run out of options. Between work, the kids and everything else I simply don't have time to chase this every week, and I'm paying for a service that I expect to just work.",
]
LONG_EXTRAS_ES = [
    "Para que quede claro, ya he hecho todo lo que pone en su web: apagar y encender el router, revisar los cables, probar con otro dispositivo e incluso restablecerlo de fábrica. Nada ha funcionado y he perdido toda la tarde con esto.",
    "No suelo escribir este tipo de correos, pero ya no sé qué más hacer. Entre el trabajo y los niños no tengo tiempo de estar reclamando cada semana, y pago por un servicio que debería funcionar sin más.",
]


def add_typos(rng: Random, text: str, lang: str) -> str:
    tokens = text.split(" ")
    cand = [i for i, t in enumerate(tokens) if WORD_RE.fullmatch(t)]
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        if not cand:
            break
        i = rng.choice(cand)
        w = tokens[i]
        core = w.rstrip(".,!?")
        tail = w[len(core):]
        j = rng.randint(1, len(core) - 2)
        op = rng.random()
        if op < 0.45:      # swapped letters
            core = core[:j] + core[j + 1] + core[j] + core[j + 2:]
        elif op < 0.8:     # missing letter
            core = core[:j] + core[j + 1:]
        else:              # doubled letter
            core = core[:j] + core[j] + core[j:]
        tokens[i] = core + tail
        cand.remove(i)
    text = " ".join(tokens)
    if lang == "en" and rng.random() < 0.45:
        text = re.sub(r"\bI\b", "i", text)
        if rng.random() < 0.5:
            text = text.replace("I'm", "im").replace("i'm", "im")
    if rng.random() < 0.25:
        for a, b in (("don't", "dont"), ("can't", "cant"), ("doesn't", "doesnt"),
                     ("won't", "wont"), ("isn't", "isnt"), ("I've", "ive")):
            text = text.replace(a, b)
    return text


SENT_RE = re.compile(r"(?<=[.!?])\s+")


def add_caps(rng: Random, text: str) -> str:
    sents = SENT_RE.split(text)
    r = rng.random()
    if r < 0.15:
        return text.upper()
    if r < 0.7:
        k = rng.randrange(len(sents))
        sents[k] = sents[k].upper()
        return " ".join(sents)
    return re.sub(r"[.!]?$", "!!!", text.rstrip(), count=1)


# --------------------------------------------------------------------------
# Channel-specific assembly
# --------------------------------------------------------------------------
def pick_tpl(rng: Random, items: list[str], default: int) -> tuple[int, str]:
    """Pick a template; in remote topics the face-to-face exceptions are rarer."""
    parsed = [parse_flag(s, default) for s in items]
    w = [0.55 if (f != default and default == 0) else 1.0 for f, _ in parsed]
    return rng.choices(parsed, weights=w)[0]


def core_text(rng, topic, lang, slots, long_ok=True):
    """Main customer-written body (+ extras + PII sentences)."""
    bodies = topic["es_bodies"] if lang == "es" else topic["bodies"]
    f2f, tpl = pick_tpl(rng, bodies, topic["default_f2f"])
    parts = [render(tpl, slots)]
    n_extra = rng.choices([0, 1, 2, 3], weights=[45, 30, 17, 8])[0] if long_ok else rng.choice([0, 0, 1])
    pool = (EXTRAS_ES if lang == "es" else EXTRAS_EN + topic.get("extras", []))
    for e in rng.sample(pool, n_extra):
        parts.append(render(e, slots))
    if long_ok and rng.random() < 0.08:
        parts.append(render(rng.choice(LONG_EXTRAS_ES if lang == "es" else LONG_EXTRAS_EN), slots))
    pii = dict(PII_ES if lang == "es" else PII_EN)
    own_cards = topic.get("es_card_sentences" if lang == "es" else "card_sentences")
    if own_cards:
        pii["card"] = own_cards
    for kind, p in (("phone", 0.035), ("email", 0.095), ("acct", 0.04),
                    ("card", topic.get("card_p", 0.0))):
        if rng.random() < p and not (kind == "card" and "{card}" in tpl):
            parts.append(render(rng.choice(pii[kind]), slots))
    # paragraphing: either one block or split into 2 paragraphs
    if len(parts) > 2 and rng.random() < 0.5:
        k = rng.randint(1, len(parts) - 1)
        return f2f, " ".join(parts[:k]) + "\n\n" + " ".join(parts[k:])
    return f2f, " ".join(parts)


def noise(rng, topic, lang, text, flags, typo_p=0.25):
    if rng.random() < topic.get("caps", 0.01):
        text = add_caps(rng, text)
        flags["caps"] = True
    if rng.random() < typo_p:
        text = add_typos(rng, text, lang)
        flags["typos"] = True
    if lang == "es" and rng.random() < 0.3:
        text = strip_accents(text)
        if rng.random() < 0.5:
            text = text.replace("¿", "").replace("¡", "")
    return text


def quote_block(rng, lang, created, slots, subject) -> str:
    when = created - timedelta(minutes=rng.randint(90, 6 * 24 * 60))
    reply = render(rng.choice(SUPPORT_REPLIES_ES if lang == "es" else SUPPORT_REPLIES_EN), slots)
    if lang == "en" and rng.random() < 0.35:
        return ("-----Original Message-----\n"
                "From: Brightwave Support <support@brightwave.example>\n"
                f"Sent: {EN_DAYS[when.weekday()]}, {EN_MONTHS[when.month - 1]} {when.day}, "
                f"{when.year} {h12(when)}\n"
                f"To: {slots['email']}\n"
                f"Subject: RE: {subject}\n\n{reply}")
    if lang == "es":
        head = (f"El {ES_DY[when.weekday()]}, {when.day} {ES_MON[when.month - 1]} {when.year} "
                f"a las {when.hour}:{when.minute:02d}, Brightwave Soporte "
                "<soporte@brightwave.example> escribió:")
    else:
        head = (f"On {EN_DY[when.weekday()]}, {EN_MON[when.month - 1]} {when.day}, {when.year} "
                f"at {h12(when)} Brightwave Support <support@brightwave.example> wrote:")
    quoted = "\n".join("> " + ln if ln else ">" for ln in reply.split("\n"))
    return head + "\n" + quoted


def signature(rng, cust, lang, slots) -> str:
    r = rng.random()
    if lang == "es":
        if r < 0.12:
            return "Enviado desde mi iPhone"
        if r < 0.18:
            return "-- \n" + render("{full_name}\n{phone}", slots)
        return ""
    if cust["business"] and r < 0.35:
        return "-- \n" + render("{full_name}\n", slots) + f"{cust['job']} | {cust['business'][1]}\n" + \
            render("Tel: {phone}", slots)
    if r < 0.08:
        return "-- \n" + render("{full_name}\n{phone}", slots)
    if r < 0.17:
        return "Sent from my iPhone"
    if r < 0.20:
        return "Sent from my Samsung Galaxy smartphone."
    if r < 0.22:
        return "Get Outlook for Android"
    return ""


def first_words(text: str, rng: Random) -> str:
    sent = SENT_RE.split(text.strip().split("\n")[0])[0]
    words = sent.split()
    if len(words) > 9:
        return " ".join(words[:rng.randint(5, 8)]) + "..."
    return sent


def subject_for(rng, topic, lang, slots, body=None, minority=False) -> str:
    """Topic-typical subject; sometimes (always for the face-to-face
    exceptions of a topic) the customer's first words instead."""
    if body and (minority or rng.random() < 0.15):
        return first_words(body, rng)
    subs = topic["es_subjects"] if lang == "es" else topic["subjects"]
    s = render(rng.choice(subs), slots)
    if rng.random() < 0.07:
        s = s.lower()
    return s


def htmlize(rng, body: str, fields: list[tuple[str, str]]) -> str:
    esc = html.escape(body, quote=False)
    if rng.random() < 0.3:
        esc = esc.replace("'", "&#39;")
    paras = []
    for p in esc.split("\n\n"):
        if rng.random() < 0.2 and ". " in p and "\n" not in p:
            a, b = p.split(". ", 1)
            p = f"<b>{a}.</b> {b}"
        paras.append("<p>" + p.replace("\n", "<br>") + "</p>")
    if rng.random() < 0.2:
        paras.append("<p>&nbsp;</p>")
    rows = [f"<div><b>{k}:</b> {html.escape(v, quote=False)}</div>" for k, v in fields]
    if rows:
        rows.append("<div><b>Message:</b></div>")
    sep = "\n" if rng.random() < 0.5 else ""
    out = sep.join(rows + paras)
    if rng.random() < 0.5:
        out = '<div class="webform-submission">' + sep + out + sep + "</div>"
    return out


def short_text(rng, topic, lang, slots) -> tuple[int, str]:
    items = topic["es_short"] if lang == "es" else topic["short"]
    return pick_tpl(rng, items, topic["default_f2f"])


def note_text(rng, topic, channel, slots, cust) -> tuple[int, str]:
    if channel == "Technician Visit":
        f2f, tpl = 1, parse_flag(rng.choice(topic["tech_notes"]), 1)[1]
        prefix = rng.choice(TECH_PREFIX)
    elif channel == "Walk-in":
        f2f, tpl = pick_tpl(rng, topic.get("walkin_notes") or topic["notes"], topic["default_f2f"])
        prefix = rng.choice(WALKIN_PREFIX)
    else:
        f2f, tpl = pick_tpl(rng, topic["notes"], topic["default_f2f"])
        prefix = rng.choice(PHONE_PREFIX)
        if cust["lang"] == "es" and rng.random() < 0.6:
            prefix = rng.choice(["Spanish-speaking caller. ", "Call handled in Spanish. ",
                                 "Customer prefers Spanish. "]) + prefix
    text = render(prefix, slots) + render(tpl, slots)
    if channel == "Phone" and rng.random() < 0.08:
        text += render(" CB no. {phone}", slots)
    return f2f, text


def build_text(rng, topic, channel, cust, created, flags):
    """Return (subject, description, f2f, language)."""
    lang = cust["lang"]
    slots = Slots(rng, lang, created, cust)
    if channel == "Email":
        f2f, core = core_text(rng, topic, lang, slots)
        core = noise(rng, topic, lang, core, flags)
        raw = core
        parts = []
        if rng.random() < 0.8:
            g = render(rng.choice(GREET_ES if lang == "es" else GREET_EN), slots)
            if rng.random() < 0.2:
                core = g + " " + core
            else:
                parts.append(g)
        parts.append(core)
        tail = []
        if rng.random() < 0.85:
            tail.append(render(rng.choice(SIGNOFF_ES if lang == "es" else SIGNOFF_EN), slots))
        sig = signature(rng, cust, lang, slots)
        if sig:
            tail.append(sig)
        if tail:
            parts.append("\n".join(tail))
        subject = subject_for(rng, topic, lang, slots, raw, f2f != topic["default_f2f"])
        if rng.random() < 0.15:
            parts.append(quote_block(rng, lang, created, slots, subject))
            subject = rng.choice(["RE: ", "Re: ", "RE: "]) + subject
            flags["quoted"] = True
        elif rng.random() < 0.02:
            subject = "Fwd: " + subject
        if cust["business"] and rng.random() < 0.92:
            parts.append(FOOTERS[cust["business"][2]])
            flags["footer"] = True
        return subject, "\n\n".join(parts), f2f, lang

    if channel == "Web Form":
        f2f, core = core_text(rng, topic, lang, slots)
        core = noise(rng, topic, lang, core, flags)
        raw = core
        if rng.random() < 0.35:
            core = (render(rng.choice(GREET_ES if lang == "es" else GREET_EN), slots)
                    + rng.choice(["\n", "\n\n"]) + core)
        if rng.random() < 0.3:
            core += "\n\n" + render(rng.choice(SIGNOFF_ES if lang == "es" else SIGNOFF_EN), slots)
        fields = []
        if rng.random() < 0.3:
            fields.append(("Name", slots["full_name"]))
            if rng.random() < 0.5:
                fields.append(("Email", slots["email"]))
            if rng.random() < 0.25:
                fields.append(("Phone", slots["phone"]))
            if rng.random() < 0.5:
                fields.append(("Account number", slots["acct"]))
            if rng.random() < 0.6:
                fields.append(("Topic", WEBFORM_DROPDOWN[topic["category"]]))
        if rng.random() < 0.6:
            desc = htmlize(rng, core, fields)
            flags["html"] = True
        else:
            desc = "".join(f"{k}: {v}\n" for k, v in fields) + ("Message:\n" if fields else "") + core
        if rng.random() < 0.4:
            slots["dropdown"] = WEBFORM_DROPDOWN[topic["category"]]
            subject = render(rng.choice(WEBFORM_SUBJECTS), slots)
        else:
            subject = subject_for(rng, topic, lang, slots, raw, f2f != topic["default_f2f"])
        return subject, desc, f2f, lang

    if channel == "Mobile App":
        if rng.random() < 0.65:
            f2f, core = core_text(rng, topic, lang, slots, long_ok=False)
        else:
            f2f, core = short_text(rng, topic, lang, slots)
            core = render(core, slots)
        core = noise(rng, topic, lang, core, flags)
        raw = core
        if rng.random() < 0.3:
            core += rng.choice(["\n\nSent from the Brightwave app", "\n\n[App 4.12.0 | iOS 19.1]",
                                "\n\n[App 4.11.3 | Android 15]", "\n\n[App 4.12.1 | Android 14]"])
        subject = (rng.choice(["In-app message", "Message from the Brightwave app", "App support request"])
                   if rng.random() < 0.4 else
                   subject_for(rng, topic, lang, slots, raw, f2f != topic["default_f2f"]))
        return subject, core, f2f, lang

    if channel == "Chat":
        f2f, first = short_text(rng, topic, lang, slots)
        first = noise(rng, topic, lang, render(first, slots), flags)
        if rng.random() < 0.6:
            t = created
            nm = slots["name"]
            lines = [f"Chat started: {created.strftime('%Y-%m-%d %H:%M')} UTC",
                     f"({t.strftime('%H:%M:%S')}) {nm}: {first}"]
            t += timedelta(seconds=rng.randint(5, 40))
            bot = ("Asistente Brightwave: ¡Gracias! Le paso con un agente." if lang == "es"
                   else "Brightwave Assistant: Thanks! I'm connecting you to an agent now.")
            lines.append(f"({t.strftime('%H:%M:%S')}) {bot}")
            t += timedelta(seconds=rng.randint(40, 400))
            agent_line = render(rng.choice(CHAT_AGENT_ES if lang == "es" else CHAT_AGENT_EN), slots)
            lines.append(f"({t.strftime('%H:%M:%S')}) {slots['agent']} (Brightwave): {agent_line}")
            follow = list(CHAT_FOLLOW_ES if lang == "es" else CHAT_FOLLOW_EN)
            if topic["category"] == "technical_issue" and f2f == 0:
                follow += (CHAT_TECH_ES if lang == "es" else CHAT_TECH_EN) * 2
            for fol in rng.sample(follow, rng.choice([1, 1, 2])):
                t += timedelta(seconds=rng.randint(15, 120))
                fol = render(fol, slots)
                lines.append(f"({t.strftime('%H:%M:%S')}) {nm}: {fol}")
            if rng.random() < 0.3:
                lines.append("Chat ended by visitor")
            desc = "\n".join(lines)
        else:
            desc = first
            if rng.random() < 0.5:
                desc += "\n" + render(rng.choice(CHAT_MORE_ES if lang == "es" else CHAT_MORE_EN), slots)
        r = rng.random()
        if r < 0.35:
            subject = render("Chat with {name}", slots)
        elif r < 0.5:
            subject = render("Chat transcript - {full_name}", slots)
        elif r < 0.6:
            subject = "Live chat"
        else:
            subject = subject_for(rng, topic, lang, slots, first, f2f != topic["default_f2f"])
        return subject, desc, f2f, lang

    if channel == "Twitter":
        f2f, s = short_text(rng, topic, lang, slots)
        s = noise(rng, topic, lang, render(s, slots), flags, typo_p=0.3)
        if topic["name"] in ("service_complaint", "internet_outage") and rng.random() < 0.25:
            s = s.upper()
            flags["caps"] = True
        tags = ""
        if rng.random() < 0.4:
            tags = " " + " ".join(rng.sample(["#fail", "#brightwave", "#customerservice", "#help",
                                              "#fibre", "#broadband", "#sortitout"], rng.choice([1, 2])))
        desc = "@BrightwaveHelp " + s + tags
        subject = render(rng.choice(["Tweet from @{handle}", "Twitter mention from @{handle}",
                                     "Direct message from @{handle}"]), slots)
        return subject, desc[:280], f2f, lang

    if channel == "Phone":
        if rng.random() < 0.72:
            f2f, desc = note_text(rng, topic, channel, slots, cust)
            if rng.random() < 0.06:
                desc = add_typos(rng, desc, "en")
                flags["typos"] = True
            lang_out = "en"
        else:
            f2f, s = short_text(rng, topic, lang, slots)
            s = render(s, slots).lower().replace("?", "").replace("!", "").replace("¿", "")
            if lang == "es":
                end = render(" pueden llamarme al {phone} gracias", slots) if rng.random() < 0.3 else " gracias"
                desc = f"Voicemail transcription: hola soy {slots['name'].lower()} {s}{end}"
            else:
                end = (render(" could someone call me back on {phone} thanks", slots)
                       if rng.random() < 0.3 else " thank you bye")
                desc = f"Voicemail transcription: hi this is {slots['name'].lower()} {s}{end}"
            lang_out = lang
        minority = f2f != topic["default_f2f"]
        r = rng.random()
        if lang_out == lang and desc.startswith("Voicemail"):
            subject = render(rng.choice(["Voicemail from {phone}", "New voicemail",
                                         "Voicemail - callback requested"]), slots)
        elif minority:
            subject = render(rng.choice(["Inbound call", "Call from {full_name}", "General enquiry"]), slots)
        elif r < 0.12:
            subject = "Inbound call"
        elif r < 0.2:
            subject = render("Call from {full_name}", slots)
        elif r < 0.25:
            subject = "Callback request"
        else:
            subject = render(rng.choice(topic["subjects"]), Slots(rng, "en", created, cust))
        return subject, desc, f2f, lang_out

    if channel in ("Walk-in", "Technician Visit"):
        f2f, desc = note_text(rng, topic, channel, slots, cust)
        if rng.random() < 0.05:
            desc = add_typos(rng, desc, "en")
            flags["typos"] = True
        r = rng.random()
        if channel == "Walk-in" and f2f != topic["default_f2f"]:
            subject = render("Store visit - {store}", slots) if r < 0.6 else "Walk-in customer"
        elif channel == "Walk-in":
            subject = render("Store visit - {store}", slots) if r < 0.35 else (
                "Walk-in customer" if r < 0.5 else
                render(rng.choice(topic["subjects"]), Slots(rng, "en", created, cust)))
        else:
            subject = render(rng.choice(["Field visit report - job {job}", "Engineer visit {area}",
                                         "Job {job} completed", "Onsite job {job}",
                                         "Field report {area}"]), slots)
        return subject, desc, f2f, "en"

    raise ValueError(channel)


# --------------------------------------------------------------------------
# Scheduling and ticket metadata
# --------------------------------------------------------------------------

HOURS_GENERIC = [0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.6, 2.0, 2.1, 2.0,
                 1.8, 1.9, 2.0, 1.9, 1.8, 1.6, 1.5, 1.5, 1.4, 1.2, 0.9, 0.5]


def hour_weights(channel: str) -> list[float]:
    if channel == "Phone":
        return [w if 8 <= h <= 20 else 0 for h, w in enumerate(HOURS_GENERIC)]
    if channel == "Walk-in":
        return [w if 9 <= h <= 18 else 0 for h, w in enumerate(HOURS_GENERIC)]
    if channel == "Technician Visit":
        return [w if 8 <= h <= 17 else 0 for h, w in enumerate(HOURS_GENERIC)]
    if channel == "Chat":
        return [w if 7 <= h <= 22 else 0 for h, w in enumerate(HOURS_GENERIC)]
    return HOURS_GENERIC


def days_in_month(mi: int) -> int:
    y, m = MONTHS[mi]
    nxt = datetime(y + (m == 12), m % 12 + 1, 1)
    return (nxt - datetime(y, m, 1)).days


def pick_created(rng: Random, topic: dict, mi: int, channel: str) -> datetime:
    y, m = MONTHS[mi]
    n = days_in_month(mi)
    day = None
    # storms: a winter one (8-9 Feb 2026) and a summer one (14-16 Jul 2026)
    if topic["name"] in ("internet_outage", "technician_repair"):
        if mi == 7 and rng.random() < 0.5:
            day = rng.randint(14, 16) + (rng.randint(0, 4) if topic["name"] == "technician_repair" else 0)
        elif mi == 2 and rng.random() < 0.35:
            day = rng.randint(8, 9)
    if day is None:
        ws = []
        for d in range(1, n + 1):
            wd = datetime(y, m, d).weekday()
            if channel == "Walk-in":
                w = 1.2 if wd == 5 else (0.35 if wd == 6 else 1.0)
            elif channel == "Technician Visit":
                w = 0.3 if wd == 5 else (0.05 if wd == 6 else 1.0)
            else:
                w = 0.65 if wd == 5 else (0.45 if wd == 6 else 1.0)
            ws.append(w)
        day = rng.choices(range(1, n + 1), weights=ws)[0]
    hour = rng.choices(range(24), weights=hour_weights(channel))[0]
    return datetime(y, m, day, hour, rng.randint(0, 59), rng.randint(0, 59))


def ticket_meta(rng, topic, channel, created, f2f, lang, cust):
    # Ticket Type (company's coarse field, ~25% blank)
    if rng.random() < 0.25:
        ttype = ""
    elif rng.random() < 0.85:
        ttype = wchoice(rng, topic["types"])
    else:
        ttype = rng.choice(["Incident", "Question", "Problem", "Task"])
    # Tags (space separated, sorted like most helpdesks export them)
    tags = []
    if rng.random() > 0.27:
        tags = rng.sample(topic["tags"], rng.choice([1, 1, 2, 2, 3]))
        if rng.random() < 0.08:
            tags.append(rng.choice(NOISE_TAGS))
        if lang == "es" and rng.random() < 0.4:
            tags.append("spanish")
        if channel == "Twitter" and rng.random() < 0.5:
            tags.append("twitter")
        if channel == "Technician Visit" and rng.random() < 0.5:
            tags.append("field_report")
    tags = " ".join(sorted(dict.fromkeys(tags)))
    priority = rng.choices(["Low", "Normal", "High", "Urgent"], weights=topic["priority"])[0]
    # Resolution
    med, sig = topic["dur"]
    if f2f and not topic["default_f2f"]:
        med, sig = 72, 0.6
    elif not f2f and topic["default_f2f"]:
        med, sig = 8, 1.0
    if channel == "Chat":
        med *= 0.3
    elif channel == "Walk-in":
        med, sig = 0.5, 0.8
    elif channel == "Technician Visit":
        med, sig = 2, 0.6
    hours = max(0.05, rng.lognormvariate(math.log(med), sig))
    resolved = created + timedelta(hours=hours, seconds=rng.randint(0, 59))
    days_left = (EXPORT_TIME - created).total_seconds() / 86400
    p_open = 0.06 + 0.45 * max(0.0, 1 - days_left / 21)
    if rng.random() < p_open or resolved > EXPORT_TIME - timedelta(hours=1):
        status = "Open" if rng.random() < 0.55 else "Pending"
        resolved_s = ""
        csat = ""
    else:
        resolved_s = fmt_dt(resolved)
        if resolved > EXPORT_TIME - timedelta(days=4):
            status = "Solved"
        else:
            status = "Closed" if rng.random() < 0.88 else "Solved"
        csat = ""
        if rng.random() < 0.38:
            p_bad = topic["bad"] + (0.15 if hours > 120 else 0.0)
            csat = "Bad" if rng.random() < p_bad else "Good"
    blank_p = {"Twitter": 0.65, "Walk-in": 0.25, "Technician Visit": 0.1, "Phone": 0.05}.get(channel, 0.0)
    email = "" if rng.random() < blank_p else cust["email"]
    return dict(ttype=ttype, tags=tags, priority=priority, status=status,
                resolved=resolved_s, csat=csat, email=email)


EMPTY_VARIANTS = [("", ""), (" ", ""), ("", " "), ("", "\n"), ("  ", "   "),
                  ("", ""), ("\t", ""), (" ", "\n \n")]


# --------------------------------------------------------------------------
# PII detectors (only used for the summary / README)
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"\(555\) 01\d-\d{4}|\+1 555 01\d \d{4}|555[-.]01\d[-.]\d{4}"
                      r"|\+34 \d{3} \d{3} \d{3}|\b6\d{8}\b")
CARD_RE = re.compile(r"\b\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}\b")
ACCT_RE = re.compile(r"BWA-\d{7}")


def pii_kinds(text: str) -> list[str]:
    kinds = []
    if any(not m.group(0).endswith("brightwave.example") for m in EMAIL_RE.finditer(text)):
        kinds.append("email")
    if PHONE_RE.search(text):
        kinds.append("phone")
    if any(luhn_ok(re.sub(r"\D", "", m.group(0))) for m in CARD_RE.finditer(text)):
        kinds.append("card")
    if ACCT_RE.search(text):
        kinds.append("account")
    return kinds


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------
def generate():
    rng = Random(SEED)
    customers = make_customers(rng, 2600)

    cells, weights = [], []
    for ti, t in enumerate(TOPICS):
        mean = sum(t["trend"]) / 12
        for mi in range(12):
            cells.append((ti, mi))
            weights.append(t["weight"] * t["trend"][mi] / mean * days_in_month(mi) / 30.4)

    # Stratified allocation (+-10% jitter, largest remainder) so that the
    # trends and seasonality are visible despite only ~3,000 tickets.
    exp = [w * rng.uniform(0.9, 1.1) for w in weights]
    tot = sum(exp)
    exp = [e * N_UNIQUE / tot for e in exp]
    counts = [int(e) for e in exp]
    order = sorted(range(len(exp)), key=lambda j: (-(exp[j] - counts[j]), j))
    for j in order[:N_UNIQUE - sum(counts)]:
        counts[j] += 1
    draws = [cells[j] for j in range(len(cells)) for _ in range(counts[j])]
    rng.shuffle(draws)

    plan = []
    for i, (ti, mi) in enumerate(draws):
        topic = TOPICS[ti]
        channel = wchoice(rng, topic["channels"])
        created = pick_created(rng, topic, mi, channel)
        ci = int(len(customers) * rng.random() ** 1.4)
        plan.append((created, i, ti, channel, ci))
    plan.sort(key=lambda x: (x[0], x[1]))

    empty_idx = sorted(rng.sample(range(20, N_UNIQUE - 20), N_EMPTY))
    tickets = []
    tid = FIRST_ID
    for k, (created, _, ti, channel, ci) in enumerate(plan):
        if k:
            tid += 1 if rng.random() > 0.03 else rng.randint(2, 5)
        topic, cust = TOPICS[ti], customers[ci]
        flags = {}
        subject, desc, f2f, lang = build_text(rng, topic, channel, cust, created, flags)
        meta = ticket_meta(rng, topic, channel, created, f2f, lang, cust)
        t = dict(id=f"BW-{tid}", created=created, channel=channel, subject=subject,
                 desc=desc, f2f=f2f, lang=lang, topic=topic["name"],
                 category=topic["category"], flags=flags, **meta)
        if k in empty_idx:
            subj, d = EMPTY_VARIANTS[empty_idx.index(k)]
            t.update(subject=subj, desc=d, f2f=0, lang="en", topic="empty", category="other",
                     channel=rng.choice(["Web Form", "Mobile App", "Email"]), flags={},
                     ttype="", tags="", csat="", status="Closed", priority="Normal",
                     email=cust["email"],
                     resolved=fmt_dt(created + timedelta(minutes=rng.randint(5, 600))))
        assert "\r" not in t["desc"] and "\r" not in t["subject"]
        tickets.append(t)

    # duplicated export rows: 3 right after the original, 3 further down
    cand = [k for k in range(N_UNIQUE - 10) if k not in empty_idx]
    dup_src = rng.sample(cand, N_DUP)
    adjacent = sorted(dup_src[:3])
    delayed = {}
    for k in sorted(dup_src[3:]):
        delayed.setdefault(min(N_UNIQUE - 1, k + rng.randint(15, 400)), []).append(k)

    def row(t):
        return [t["id"], fmt_dt(t["created"]), t["resolved"], t["channel"], t["subject"],
                t["desc"], t["ttype"], t["tags"], t["priority"], t["status"], t["email"], t["csat"]]

    rows = []
    for k, t in enumerate(tickets):
        rows.append(row(t))
        if k in adjacent:
            rows.append(row(t))
        for src in delayed.get(k, []):
            rows.append(row(tickets[src]))
    dup_ids = [tickets[k]["id"] for k in sorted(dup_src)]
    return tickets, rows, dup_ids, [tickets[k]["id"] for k in empty_idx]


def compute_stats(tickets, rows, dup_ids, empty_ids):
    n = len(tickets)
    st = dict(rows=len(rows), unique=n, dup_ids=dup_ids, empty_ids=empty_ids)
    st["f2f"] = sum(t["f2f"] for t in tickets)
    st["es"] = sum(t["lang"] == "es" for t in tickets)
    st["open"] = sum(t["resolved"] == "" for t in tickets)
    st["topics"] = {}
    for t in tickets:
        d = st["topics"].setdefault(t["topic"], [0, 0, t["category"]])
        d[0] += 1
        d[1] += t["f2f"]
    st["channels"] = {c: sum(t["channel"] == c for t in tickets) for c in CHANNELS}
    st["months"] = [sum((t["created"].year, t["created"].month) == ym for t in tickets) for ym in MONTHS]
    st["topic_months"] = {name: [sum(t["topic"] == name and (t["created"].year, t["created"].month) == ym
                                     for t in tickets) for ym in MONTHS]
                          for name in ("internet_outage", "new_installation", "moving_house")}
    emails = [t for t in tickets if t["channel"] == "Email" and t["topic"] != "empty"]
    st["email_n"] = len(emails)
    st["quoted"] = sum(bool(t["flags"].get("quoted")) for t in emails)
    st["footer"] = sum(bool(t["flags"].get("footer")) for t in emails)
    webf = [t for t in tickets if t["channel"] == "Web Form" and t["topic"] != "empty"]
    st["webform_n"] = len(webf)
    st["html"] = sum(bool(t["flags"].get("html")) for t in webf)
    st["typos"] = sum(bool(t["flags"].get("typos")) for t in tickets)
    st["caps"] = sum(bool(t["flags"].get("caps")) for t in tickets)
    pii = {"email": 0, "phone": 0, "card": 0, "account": 0}
    for t in tickets:
        for kind in pii_kinds(t["subject"] + "\n" + t["desc"]):
            pii[kind] += 1
    st["pii"] = pii
    words = sorted(len(t["desc"].split()) for t in tickets if t["topic"] != "empty")
    st["words"] = (words[0], words[len(words) // 2], words[int(len(words) * 0.95)], words[-1])
    st["multiline"] = sum("\n" in t["desc"] for t in tickets if t["topic"] != "empty")
    return st


def pct(a, b):
    return f"{100.0 * a / b:.1f}%"


def summary_lines(st) -> list[str]:
    n = st["unique"]
    out = [
        f"rows (excluding header): {st['rows']}",
        f"unique ticket ids:       {n}",
        f"duplicate rows:          {st['rows'] - n} ({', '.join(st['dup_ids'])})",
        f"empty tickets:           {len(st['empty_ids'])} ({', '.join(st['empty_ids'])})",
        f"face-to-face share:      {st['f2f']} / {n} = {pct(st['f2f'], n)}",
        f"Spanish share:           {st['es']} / {n} = {pct(st['es'], n)}",
        f"open (no Date Resolved): {st['open']} = {pct(st['open'], n)}",
        "per-topic counts (count, share, face-to-face count):",
    ]
    for name, (c, f, cat) in sorted(st["topics"].items(), key=lambda kv: (-kv[1][0], kv[0])):
        out.append(f"  {name:<22} {c:>5}  {pct(c, n):>6}  f2f={f:<4} ({cat})")
    return out


README_TMPL = """# Sample tickets: Brightwave Broadband (synthetic)

`tickets.csv` is a **synthetic** customer-support export for a fictional
home-internet provider, "Brightwave Broadband". It is used for topicscope's
demos and tests. `generate.py` (in this folder) wrote every byte of it. The
script is our own work and carries the project's licence (MIT). No real
customer data went into it. All names, e-mail addresses (`*.example`,
`*.test`, `*.invalid` domains), phone numbers (555-01xx and made-up +34
numbers), account numbers and card numbers (public test numbers and random
Luhn-valid `411111…` numbers) are invented.

## Regenerating

```
python sample_tickets/generate.py
```

The script uses only the standard library (Python 3.11) and a fixed seed
(`random.Random({seed})`). Two runs give byte-identical `tickets.csv`,
`truth.csv` and `README.md`; check with `cmp`. It prints the summary
that is copied under "Realised counts" below.

## `tickets.csv`

The file is UTF-8 without a BOM, comma-delimited, quoted per RFC 4180 by
Python's `csv` module (`QUOTE_MINIMAL`). Rows end with `\\r\\n`. Line breaks
*inside* quoted cells are a bare `\\n`, and many descriptions span several
lines. It holds {rows} data rows plus a header, covering tickets created
from 2025-12-01 to 2026-11-30.

Header (exact):

```
{header}
```

| column | content |
|---|---|
| Ticket ID | `BW-<6 digits>`. Ids rise with creation time and have occasional gaps. |
| Date Created | `YYYY-MM-DD HH:MM:SS`, naive, meant as UTC |
| Date Resolved | same format. Blank for tickets still open ({open_pct}). Otherwise it is later than Date Created. Remote topics take hours, on-site work takes days, and store swaps done at the counter take minutes. |
| Channel | `Email`, `Phone`, `Chat`, `Web Form`, `Walk-in`, `Twitter`, `Mobile App`, `Technician Visit` |
| Subject | free text. Can be generic ("Website contact form", "Chat with Anna", "Tweet from @x", "Inbound call"), can start with `RE:` / `Fwd:`, or is the customer's first words cut off with `...`. It is blank only for the empty tickets. |
| Ticket Description | free text (see quirks) |
| Ticket Type | the company's own coarse field: `Incident`, `Question`, `Problem`, `Task`, or blank (~25%). It is noisy and is not the true category. |
| Tags | space-separated lowercase tags (e.g. `router wifi`), sorted, often blank. They are noisy. |
| Priority | `Low`, `Normal`, `High`, `Urgent` |
| Status | `Open`, `Pending` (unresolved) or `Solved`, `Closed` |
| Customer Email | fake address. Often blank for Twitter and Walk-in tickets. |
| Customer Satisfaction | `Good`, `Bad` or blank |

### Deliberate quirks

* **{n_dup} duplicate rows.** These ids appear twice, and the second row is
  byte-identical to the first: {dup_ids}. Three duplicates sit right after
  the original. The other three come further down the file.
* **{n_empty} empty tickets.** Subject and Ticket Description are both empty
  or whitespace-only (`""`, `" "`, `"\\t"`, `"\\n"`, ...): {empty_ids}.
  So: data rows {rows} = unique ids {unique} + {n_dup} duplicates. Unique
  tickets with text = {unique} - {n_empty} = {with_text}.
* **HTML.** About 60% of Web Form descriptions are HTML: {html} of
  {webform_n}. They use `<p>`, `<br>`, `<b>`, `<div>`, `&amp;`, `&#39;` and
  `&nbsp;`, and sometimes a block of form fields (`<b>Name:</b> ...`).
* **E-mail clutter.** {quoted} of {email_n} e-mail tickets ({quoted_pct})
  contain a quoted earlier reply from support. The quote is either
  Gmail-style, `On Tue, Mar 3, 2026 at 10:12 AM Brightwave Support
  <support@brightwave.example> wrote:` followed by `> ` lines (Spanish:
  `El mar, 3 mar 2026 a las 10:12, Brightwave Soporte
  <soporte@brightwave.example> escribió:`), or an Outlook
  `-----Original Message-----` block. Such tickets get a `RE:` subject.
  {footer} e-mail tickets ({footer_pct}) end with a corporate legal footer.
  All three variants start with "This e-mail and any attachments are
  confidential and intended solely for the addressee". Signatures appear as
  a `-- ` line followed by name and phone, or as `Sent from my iPhone` /
  `Enviado desde mi iPhone`.
* **Channel styles.** Phone, Walk-in and Technician Visit tickets are mostly
  short notes written by agents, store staff or technicians, always in
  English. Some Phone tickets are voicemail transcriptions instead. Chat
  tickets are either one line or a timestamped transcript with bot and agent
  lines. Twitter tickets start with `@BrightwaveHelp`.
* **Human noise.** The text comes from at least 10 English templates per
  topic, with varied slot fillers, greetings and sign-offs. Descriptions run
  from {w_min} to {w_max} words (median {w_med}, 95th percentile {w_p95}).
  {typos} tickets have typos: swapped or missing letters, lowercase "i",
  "dont". {caps} tickets have ALL-CAPS anger or "!!!".
* **Spanish.** {es} tickets ({es_pct}) are written in Spanish. Some of them
  have their accents and `¿ ¡` stripped.
* **PII (all fake).** Counted by the script's own regexes over subject and
  description of the {unique} unique tickets:
  {pii_email} have an e-mail address, {pii_phone} a phone number (formats
  `(555) 014-2387`, `+1 555 014 2387`, `555-014-2387`, `555.014.2387`,
  `+34 612 345 678`, `612345678`), {pii_card} a 16-digit Luhn-valid test
  card number (plain, spaced or dashed), and {pii_acct} an account number
  `BWA-<7 digits>`. Account numbers also appear as bare 7-digit numbers.

## `truth.csv` (tests only)

`truth.csv` has one row per **unique** ticket id, in file order. Duplicate
rows get no extra row. Line endings are `\\n`. Columns:
`{truth_header}`.

* `true_topic`: one of the 14 topics below, or `empty` for the {n_empty}
  empty tickets.
* `needs_face_to_face`: `1` when resolving the ticket needs a person
  physically present with the customer or the item. Examples: a technician
  visit, an installation at home, an on-site repair, an equipment swap or
  return in a store, or an in-person ID check. What counts is what
  *resolving* the ticket needs, not the channel or topic. "What are the
  store opening hours?", "status of my click & collect order", "dispute the
  technician's call-out charge", "cancel the engineer, it works now", "the
  technician fixed it, close the ticket" and a billing question asked at a
  store counter are all `0`. Rescheduling an installation, or an outage
  that ends with an engineer being booked, is `1`.
* `language`: `en` or `es`. It is the language of the Ticket Description.
  Agent notes about Spanish-speaking callers are `en`. Empty tickets are
  `en`.
* `true_category`: a fixed mapping from topic:

| true_topic | true_category | count | share | face-to-face |
|---|---|---|---|---|
{topic_table}

Mapping rules: outage, speed, router/Wi-Fi and on-site repair →
`technical_issue`. Plan/pricing and TV add-ons → `product_question`.
Charges and payment methods → `billing_payment`. Login and passwords →
`account_access`. New installation orders and appointments →
`order_delivery`. Cancellation and in-store equipment swap or return →
`returns_cancellation`. Complaints and feedback → `complaint_feedback`.
Moving house (a service transfer, not a fault, order or cancellation) and
empty tickets → `other`.

Some topic volumes follow a trend or a season. Outages rise over the year,
with storm spikes on 8-9 Feb and 14-16 Jul 2026. Installations peak in
Jun-Sep, highest in September. Moving house peaks in summer. Billing
disputes and cancellations jump after a price change in March 2026, and TV
questions rise in December and August/September.

Tickets per month (Dec 2025 … Nov 2026): {months}
internet_outage per month: {m_outage}
new_installation per month: {m_install}
moving_house per month: {m_moving}

Channels: {channels}

## Realised counts (printed by `generate.py`)

```
{summary}
```
"""


def write_readme(st, path: Path):
    n = st["unique"]
    topic_rows = []
    for name, (c, f, cat) in sorted(st["topics"].items(), key=lambda kv: (-kv[1][0], kv[0])):
        topic_rows.append(f"| `{name}` | `{cat}` | {c} | {pct(c, n)} | {f} ({pct(f, c)}) |")
    text = README_TMPL.format(
        seed=SEED, rows=st["rows"], header=",".join(HEADER), open_pct=pct(st["open"], n),
        n_dup=st["rows"] - n, dup_ids=", ".join(st["dup_ids"]), n_empty=len(st["empty_ids"]),
        empty_ids=", ".join(st["empty_ids"]), unique=n, with_text=n - len(st["empty_ids"]),
        html=st["html"], webform_n=st["webform_n"], quoted=st["quoted"], email_n=st["email_n"],
        quoted_pct=pct(st["quoted"], st["email_n"]), footer=st["footer"],
        footer_pct=pct(st["footer"], st["email_n"]), typos=st["typos"], caps=st["caps"],
        w_min=st["words"][0], w_med=st["words"][1], w_p95=st["words"][2], w_max=st["words"][3],
        es=st["es"], es_pct=pct(st["es"], n), pii_email=st["pii"]["email"],
        pii_phone=st["pii"]["phone"], pii_card=st["pii"]["card"], pii_acct=st["pii"]["account"],
        truth_header=",".join(TRUTH_HEADER), topic_table="\n".join(topic_rows),
        months=", ".join(map(str, st["months"])),
        m_outage=", ".join(map(str, st["topic_months"]["internet_outage"])),
        m_install=", ".join(map(str, st["topic_months"]["new_installation"])),
        m_moving=", ".join(map(str, st["topic_months"]["moving_house"])),
        channels=", ".join(f"{c} {k}" for c, k in st["channels"].items()),
        summary="\n".join(summary_lines(st)),
    )
    path.write_text(text, encoding="utf-8", newline="\n")


def main() -> int:
    tickets, rows, dup_ids, empty_ids = generate()
    with open(HERE / "tickets.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        w.writerows(rows)
    with open(HERE / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(TRUTH_HEADER)
        for t in tickets:
            w.writerow([t["id"], t["topic"], t["f2f"], t["lang"], t["category"]])
    st = compute_stats(tickets, rows, dup_ids, empty_ids)
    write_readme(st, HERE / "README.md")
    print("\n".join(summary_lines(st)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
