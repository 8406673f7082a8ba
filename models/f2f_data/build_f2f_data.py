"""Build the face-to-face (F2F) ticket data: train.csv and heldout.csv.

    python models/f2f_data/build_f2f_data.py            # write both CSV files
    python models/f2f_data/build_f2f_data.py --check    # verify the files on disk are current

Every ticket is hand-written for topicscope (own work, MIT licence, see README.md).
The texts are embedded below, one per line, as

    label|industry|channel|language|text

label is 1 when resolving the ticket needs a person physically present with the
customer or the item (see LABELLING_RULES.md), else 0. language is used only for the
counts in README.md; the CSV files have the columns text,label,industry,channel.

Standard library only. The output is deterministic: rows are ordered by the SHA-256
of their normalised text, and the files are UTF-8 with "\n" line ends, quoted by the
csv module. The build fails if a text appears twice, or if a held-out text is an exact
or near duplicate (after lower-casing and collapsing whitespace and punctuation) of a
training text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["text", "label", "industry", "channel"]
INDUSTRIES = {
    "telecom", "mobile", "banking", "insurance", "utilities", "retail", "electronics",
    "appliances", "healthcare", "automotive", "property", "government", "saas",
}
CHANNELS = {"email", "chat", "phone", "web", "social", "app", "walk_in", "field"}
LANGUAGES = {"en", "es", "fr", "de", "pt"}
NEAR_DUPLICATE_JACCARD = 0.6  # character 5-gram Jaccard similarity counted as a near duplicate

# ---------------------------------------------------------------------------
# Training tickets. Written first.
# ---------------------------------------------------------------------------
TRAIN = r"""
# home internet / fixed telecom, part 1
1|telecom|email|en|Hi, my broadband has been dead since Tuesday. You ran a line test and said the fault is inside the property, so I need an engineer to come out. What dates do you have?
1|telecom|chat|en|line test says fault at the premises. when can a tech come round
1|telecom|phone|en|Caller reports no dial tone and no internet. Remote test shows open circuit between the pole and the house. Booked engineer visit for Thursday AM slot.
1|telecom|web|en|We have just moved into a new build and there is no fibre socket anywhere. We ordered the 500Mb package. Please book the installation.
1|telecom|email|en|Your installer was meant to come today between 8 and 12. Nobody turned up and no call. I took the day off work for this. I need a new installation date, preferably a Saturday.
1|telecom|social|en|@support third time my engineer appointment has been a no show. still no internet. send someone who actually turns up
1|telecom|phone|en|Customer needs to move the fibre box from the hallway to the back bedroom because of a renovation. Explained it requires a technician visit, chargeable. Customer agreed, visit requested.
1|telecom|chat|en|Hi can I change my technician appointment from Monday to Wednesday? I can't be home on Monday
1|telecom|email|en|Please confirm the engineer is still coming on the 14th for the router and socket install. I haven't had a text.
1|telecom|field|en|Tech report: attended site, drop wire from pole snapped at house end (storm). Re-ran 25m drop, reterminated at NTE, sync OK 80/20. Job closed.
1|telecom|field|en|Attended 10:40. Customer not home, carded. Job needs rebooking, no access to the premises.
1|telecom|web|en|The cable that comes across the garden was cut by the gardener with a strimmer. It is hanging in two pieces. Internet is off. Please send someone to reconnect it.
1|telecom|email|en|The grey box on the outside wall where the line comes in is hanging off and half full of water after the storm. It needs fixing properly before it gets worse.
1|telecom|phone|en|Elderly customer cannot manage self install kit, no family nearby, asks for an installer to set up the router and connect the TV box. Marked as assisted installation.
1|telecom|chat|en|The guy who installed it last week said he would come back to finish the wiring in the loft. When is he coming back?
1|telecom|email|en|Our landlord has now given permission for drilling through the front wall. Could you rebook the installation that was cancelled because of that?
1|telecom|web|en|Business premises, unit 4. We need a second line installed in the warehouse office and the socket moved near the desk. Site contact is Marta on 07700 900123.
1|telecom|phone|en|Cust says telephone pole outside her house is leaning badly after a lorry hit it and her line is crackling. Raised for network engineer attendance.
1|telecom|chat|en|the technician needs to get into the basement of our building to connect the flat but the caretaker only has the key on weekdays. can you arrange a weekday slot?
1|telecom|email|en|Hello, I was told on the phone that an engineer has to check the wiring inside the house because the speed drops every time it rains. Please arrange this.
1|telecom|social|en|Been waiting 3 weeks for an install date for my fibre. Order number FTX-88213. When is someone actually coming to connect it?
1|telecom|phone|en|Customer reports sparks and burning smell from the master socket. Advised not to touch it. Urgent engineer visit raised.
1|telecom|email|en|My satellite dish moved in the wind and now there's no signal on any channel. I'm not going up on the roof myself. Can you send someone to realign it?
1|telecom|web|en|Please reschedule my installation appointment. Current date 3 March. I would like any morning the following week.
1|telecom|chat|en|is the installer still coming tomorrow? just want to make sure before I stay in
1|telecom|email|en|The engineer who came yesterday left the job half done, the cable is just lying along the skirting board unclipped and the wall socket is not screwed in. Please send him back to finish.
1|telecom|phone|en|Fault persists after two router swaps. Remote diagnostics clean up to the cabinet. Escalated to field team for internal wiring check at customer address.
1|telecom|field|en|Site survey done for new connection. Duct blocked under driveway, need civils team to dig. Customer informed, second visit to be booked once duct cleared.
1|telecom|web|en|I need the TV aerial point and the broadband point installed in the extension we just built. Can a technician come and quote?
1|telecom|email|es|Hola, el técnico no vino ayer a instalar la fibra y nadie me avisó. Necesito una nueva cita lo antes posible.
1|telecom|chat|es|buenas, me pueden mandar un técnico? el cable de la fibra está cortado en la fachada y no tengo internet desde el lunes
1|telecom|phone|es|Cliente solicita cambiar la cita de instalación del jueves al sábado por la mañana. Se reprograma visita del instalador.
1|telecom|email|en|Good morning, the ONT light is red and you said on the phone the optical cable inside must be damaged. My cat chewed it. Please send a technician to replace it.
1|telecom|web|en|Access instructions for the engineer: side gate code 4471, dog will be inside. Visit booked for Friday re: no broadband.
1|telecom|phone|en|Customer has a visit booked for tomorrow, wanted to add a second TV point while the technician is there. Added note to the job.
1|telecom|chat|en|The cabinet on the corner of my street has its door hanging open and wires are visible. Someone should come and look at it, kids play around there.
1|telecom|email|en|We are a care home with 40 residents and the phone line to the nurse station is dead. We need someone on site today.
1|telecom|phone|en|Reported wiring fault. Customer will only be home after 4pm. Booked evening engineer slot, reminder SMS sent.
1|telecom|social|en|hey, your openreach guy dug up my front lawn to lay the duct and never came back to put the turf back. when is someone coming to fix it
1|telecom|web|en|Moving to 12 Larch Close on 1 June. The house has never had a line. I need a new line installed there, not just a transfer.
1|telecom|email|fr|Bonjour, le technicien doit passer pour installer la fibre mais je ne serai pas là mardi. Est-il possible de décaler le rendez-vous à vendredi ?
1|telecom|email|de|Guten Tag, der Techniker hat den Termin für die Installation zweimal verpasst. Bitte schicken Sie jemanden, der den Anschluss wirklich legt.
# negatives that share words with the positives
0|telecom|chat|en|My internet keeps dropping at night. Your agent had me restart the router and update the firmware remotely and it's been fine since. Just wanted to say thanks.
0|telecom|email|en|I had an engineer appointment booked for tomorrow but the internet came back on its own this morning and your line test is clear. Please cancel the visit.
0|telecom|phone|en|Customer called to reschedule technician visit. Ran remote line test, found port stuck, reset from exchange, service restored. Visit cancelled, no longer needed.
0|telecom|chat|en|what time do your shops close on sunday
0|telecom|web|en|Where is your nearest store to postcode LS6? I just want to know if there is one in town.
0|telecom|email|en|The engineer came last Friday and fixed the fault in about 20 minutes, but you've charged me £129 call-out fee. I was told it was free because the fault was on your side. Please remove it.
0|telecom|email|en|I want a refund of the installation fee. The installer was two hours late and rude. The internet works now, I just don't think I should pay for that service.
0|telecom|chat|en|I visited your website to check the outage map but it doesn't load on my phone.
0|telecom|phone|en|Customer's router is faulty (power light only). Replacement router dispatched by courier, customer will swap it themselves. No visit required.
0|telecom|web|en|Can I install the new router myself? I don't want anyone coming to the house, I'm fine with cables.
0|telecom|email|en|Please send me the self-install kit instead of booking an engineer. I've done it before at my old flat.
0|telecom|chat|en|how much does a technician visit cost if the fault is on my side? just asking before I book anything
0|telecom|chat|en|Hi, my wifi is slow upstairs. Is there a booster I can buy?
0|telecom|email|en|I'd like to speak to a real person instead of the chatbot about my bill please.
0|telecom|phone|en|Customer asked why bill increased by £4. Explained annual price rise. Customer accepted.
0|telecom|web|en|My order says installation complete but I haven't received the welcome email with my account number.
0|telecom|chat|en|the technician on the phone told me to check the filter, I swapped it and now it works!! ty
0|telecom|social|en|@support is there an outage in Bristol? whole street offline
0|telecom|email|en|I have been charged twice for the same month. Please refund the duplicate.
0|telecom|chat|en|Can I change the wifi password? The one on the back of the router is impossible to type.
0|telecom|phone|en|Customer wanted to cancel the installation booked for next week as she has decided to stay with her current provider. Order cancelled, visit cancelled.
0|telecom|web|en|Your engineers said the outage in my area would be fixed by 6pm. It's 9pm. Any update?
0|telecom|email|en|I'm moving house next month. Please move my broadband contract to the new address, same package. The new place already has your fibre.
0|telecom|chat|en|i got a text saying my engineer visit is on wednesday but i never booked one?? internet is fine. please cancel it
0|telecom|email|en|Complaint: the technician who visited on 3 May tracked mud all over the carpet. The fault is fixed, but I want compensation for the cleaning.
0|telecom|phone|en|Customer queried the call-out charge on the April invoice for the engineer visit. Charge confirmed as valid (damage caused by customer). Customer disputing, escalated to billing.
0|telecom|chat|en|Which of your stores has the new mesh wifi in stock?
0|telecom|chat|en|Is your shop in the high street still open or did it close?
0|telecom|web|en|Please can you email me a copy of the engineer's job report from last week for my landlord.
0|telecom|email|en|My parental controls stopped working after the update. How do I set them up again?
0|telecom|chat|es|hola, a qué hora abre la tienda del centro comercial?
0|telecom|email|es|Buenos días, el técnico me dijo por teléfono que reiniciara el router y ya funciona. Pueden cancelar la visita del viernes.
0|telecom|phone|es|Cliente reclama el cobro de la visita técnica de marzo. Dice que la avería era de la compañía. Se traslada a facturación.
0|telecom|email|en|I want to upgrade from 100Mb to 900Mb. Does that need a new installation or is it just a change on your side? If it needs a visit I'll stay on 100.
0|telecom|chat|en|How do I port forward for my game server?
0|telecom|web|en|Please cancel my broadband. I'm moving abroad. What do I do with the router?
0|telecom|email|en|Returning the old router: can I drop it at one of your stores or do I have to post it? Post is easier for me if you send a label.
0|telecom|phone|en|Customer reports intermittent loss of sync. Remote reprofile of the line done, stable for 2 hours while on call. Monitoring for 48h. No visit.
0|telecom|chat|en|Did your system record the install as done? The technician finished yesterday and everything works, I just want to make sure billing starts right.
0|telecom|email|en|I got a survey asking about the technician visit. I'd give it 10/10, Dave was great. Where do I leave a review?
0|telecom|social|en|why is your app asking me to verify my identity every time i log in
0|telecom|chat|en|I bought a TV box in your store last week. Where do I find the remote pairing instructions?
0|telecom|web|en|Installation status? It said "engineer assigned" for 2 days and now "completed" but nobody came and I didn't need anyone to come, the light was already green. Just confirm I'm connected.
# home internet / fixed telecom, part 2
1|telecom|chat|en|tech didnt show
1|telecom|social|en|Engineer no-show AGAIN. 8-1 slot, sat here all morning. Rebook me for Saturday please, DM'd my account number.
1|telecom|email|en|Dear Sir/Madam, I am writing to request a home visit. I am partially sighted and cannot follow the instructions to reconnect the equipment after my decorator unplugged everything. I would be very grateful if someone could come and set it up.
1|telecom|phone|en|Customer new to area, property has copper only. Ordered fibre to the premises, needs survey plus install. Appointment set 22/10.
1|telecom|web|en|Subject: wall socket broken / Body: The faceplate of the phone socket came off when we moved the sofa and the wires inside are loose. Internet is down. Need a repair.
1|telecom|chat|en|My appointment is tomorrow for the fibre install but there's a skip blocking the driveway. Will the installer still be able to get to the house or should I move the date?
1|telecom|email|en|I am the site manager at Oakfield School. We need your engineers on site during half term to install the new leased line in the server room. Please call me to agree dates.
1|telecom|phone|en|Cust reports squirrels chewed through the overhead cable, visible damage. Raised external fault, engineer to attend within 48h.
1|telecom|field|en|Visit 2 of 2. Pulled new cable through ducting, fitted new ONT in lounge as requested. Speed test 912/110. Customer signed off.
1|telecom|field|en|Arrived on site, fault located in underground joint outside no. 23. Requires excavation, passed to cable team. Customer aware.
1|telecom|field|en|No fault found at the premises. Issue traced to the customer's own extension wiring, advised customer, removed extension at customer request and tested OK.
1|telecom|chat|en|can the engineer come earlier than 12? I have to pick up my kids
1|telecom|email|en|Just confirming: engineer Thursday 12th, 1-6pm slot, for the fault on my landline. I'll be in. Flat 3, ring the middle buzzer.
1|telecom|web|en|Request: relocation of master socket. Reason: kitchen refit, socket is where the new cupboards go. Preferred dates: any weekday next month.
1|telecom|phone|en|Caller is a landlord, tenant has no service, access only via landlord. Arranged visit with landlord present on Monday.
1|telecom|email|en|The technician couldn't finish because he didn't have a long enough ladder for the pole. He said a team with a cherry picker would come. Nobody has contacted me since.
1|telecom|social|en|hi, ur installer left a hole in my wall the size of a fist. need someone to come back and make good
1|telecom|chat|en|i need someone to come and install the tv box and set up the channels, my dad is 90 and he won't manage it
1|telecom|email|en|Since the roadworks outside my house the line has been dead. The workmen say it's not them. Can you send your engineer to look at the cable in the road?
1|telecom|phone|en|Business customer, PBX down after power cut, remote access to PBX fails. Field engineer dispatched to site, ETA 2 hours.
1|telecom|web|en|Our office is moving to the 3rd floor of the same building. We need the fibre termination and router moved upstairs. Please arrange an engineer.
1|telecom|email|es|Buenas tardes. Necesito que venga un técnico a mover la roseta de fibra al salón, la tengo en la entrada y el wifi no llega.
1|telecom|chat|es|el instalador dijo que volvía hoy para terminar el cableado y no ha venido. cuándo viene?
1|telecom|web|es|Solicito visita técnica: la caja de la fibra en la pared se ha caído y el cable está doblado. Sin servicio.
1|telecom|phone|es|Cliente confirma la cita del técnico para mañana de 9 a 14. Deja instrucciones: portero automático, piso 4B.
1|telecom|email|pt|Olá, o técnico ficou de vir instalar a fibra na sexta mas ninguém apareceu. Preciso de nova data para a instalação.
1|telecom|chat|en|Hello, my building has a shared antenna and the engineer needs access to the roof to connect my flat. The concierge needs 24h notice. When can you send someone?
1|telecom|email|en|We've had a new fence put in and the contractor cut the underground cable. Service down. Please send an engineer, I've got the contractor's insurance details if needed.
1|telecom|phone|en|Customer requests an in-home wifi setup visit (paid service) to get coverage in garden office. Booked Premium Setup visit for 4 Dec.
1|telecom|web|en|Hi, the technician said the router has to go in the room with the socket. The socket is in the garage. Can someone come and put a new socket in the house?
1|telecom|chat|en|bought a house, previous owner had your service. the fibre box is there but it's been ripped off the wall by builders. need it reinstalled
1|telecom|email|en|Re: Job 55102. The engineer said a second visit is needed to replace the faulty splitter in the cabinet. Is that booked? Still no TV.
# negatives
0|telecom|email|en|The technician who came on Tuesday was excellent. Fixed everything quickly and explained it all. Just wanted to pass on my thanks to Amir.
0|telecom|chat|en|I received a text asking me to rate my installation. How do I stop these texts?
0|telecom|email|en|Hi, I had a visit from your engineer last month and he replaced the router. Can I now return the old router by post? Where do I send it?
0|telecom|phone|en|Customer disputes £60 missed appointment charge, says she was home and engineer didn't knock. Waived as goodwill. No new visit needed, service working.
0|telecom|chat|en|What are the opening times for the store in Riverside Mall on bank holidays?
0|telecom|web|en|I'd like to cancel my engineer appointment. The problem was my own extension cable, I replaced it and everything is working now.
0|telecom|chat|en|Hey the router's wifi light is orange. what does that mean
0|telecom|email|en|I want to complain about the technician's attitude during last week's visit. He was dismissive and rude. I don't want anyone to come back, I just want this recorded and a partial refund.
0|telecom|phone|en|Called to check if technician visit would be chargeable. Advised no charge if fault in network. Customer will call back if problem returns. Currently working.
0|telecom|email|en|I got a letter saying you'll be upgrading the cabinet in my street next week and there may be short outages. Do I need to do anything?
0|telecom|chat|en|my package says "installation required" on the website but the sales person told me it's plug and play. which is it? I'd prefer not to have anyone come.
0|telecom|web|en|Please send a replacement power adapter for the router. Mine was chewed by the dog. I can plug it in myself.
0|telecom|social|en|Visited your website 5 times today trying to pay my bill and it keeps timing out
0|telecom|email|en|Hi, the installation was done last week. What's the login for the router admin page?
0|telecom|chat|en|How do I set up my email on my new laptop with your mail service?
0|telecom|phone|en|Customer could not get online after moving router to another room. Talked her through reconnecting the cable to the right port. Working.
0|telecom|email|en|Please confirm you have received the old equipment I dropped off in your store on Saturday. The receipt they gave me got lost.
0|telecom|chat|en|i want to know if my address can get fibre. do you cover Elm Road?
0|telecom|email|en|The speed I'm getting is 40Mb on a 150Mb plan. Your chat agent said they'd run remote tests. What did they find?
0|telecom|web|en|Is there a store where I can pay my bill in cash? Or do you only take card online?
0|telecom|chat|en|Engineer visit was booked by mistake when I reported the outage. The whole area was down and it's back now. Please cancel it.
0|telecom|phone|en|Caller wanted to know the address of the repair depot where the engineer took her old TV box. Provided address, no further action.
0|telecom|email|en|Your engineer left his drill at my house yesterday. Please let him know, I'll leave it with my neighbour at no. 14 if he can't come today.
0|telecom|chat|es|cuánto cuesta la visita del técnico si la avería es mía? solo pregunto
0|telecom|email|es|Quiero darme de baja del servicio de fibra. No necesito que venga nadie a retirar el router, lo envío por correo.
0|telecom|web|es|He visitado su página web para consultar la factura pero no encuentro el PDF.
0|telecom|phone|es|Cliente llama para cancelar la visita del técnico del martes porque la conexión ya funciona tras el reinicio remoto.
0|telecom|chat|en|Is the new 2 gig plan available in my area and would I need new kit?
0|telecom|email|en|Your technician fixed my line but mentioned I could get a better router. How do I order one?
0|telecom|social|en|shoutout to the engineer who came out in the rain yesterday, legend
0|telecom|chat|en|I need an invoice for the installation for my expenses claim. Can you email it?
0|telecom|phone|en|Customer asked if engineers are working over Christmas in case she has a fault. Confirmed holiday cover. No fault at present.
0|telecom|web|en|My TV box keeps freezing. I unplugged it like the guide said and it's fine for a day then freezes again.
0|telecom|email|en|I'd like a callback from a technical person, not a visit. I think it's a settings issue with my mesh system.
0|telecom|chat|en|ok so the agent reset something on your side and now my phone line works. can you tell me what was wrong?
0|telecom|email|de|Hallo, wann hat Ihr Shop in der Innenstadt samstags geöffnet?
0|telecom|chat|fr|Bonjour, je n'arrive pas à me connecter à mon espace client depuis hier.
# home internet / fixed telecom, part 3: store, walk-in, mixed
1|telecom|walk_in|en|Customer brought faulty router into store. Tested on bench, no power. Swapped for new unit over the counter, old unit logged for return.
1|telecom|walk_in|en|Walk-in: customer wants to swap TV box for the new model, brought old one and remote. Exchanged in store, account updated.
1|telecom|chat|en|Can I take my broken router to the shop in town and swap it there today? I can't wait for a courier, I work from home.
1|telecom|email|en|I'll bring the faulty modem to your Kings Road store on Saturday to get a new one. Please put a note on my account so they know.
1|telecom|walk_in|en|Customer came in to sign the business contract for 5 lines. ID and company docs checked in store, contract signed.
1|telecom|phone|en|Customer refuses to give bank details by phone, wants to set up the direct debit in person in a store with ID. Booked store appointment.
1|telecom|walk_in|en|Lady came to the counter with her router and a letter. Could not get online. Reset it with her at the counter, set up the wifi on her tablet. Working before she left.
1|telecom|web|en|Booking form: in-store appointment. Reason: need help setting up new TV box and moving recordings, I'll bring it in. Preferred store: Westgate.
1|telecom|email|en|The engineer came and said the problem is the cable inside the wall between the lounge and the study. He said we need to book a cabling job. Please book it.
1|telecom|chat|en|hello my fibre installation was booked for the 5th. I now need it on the 9th, I'll be in hospital on the 5th.
1|telecom|phone|en|Repeat fault, third report this month. Remote tests inconclusive. Customer insists someone come and check the line physically. Visit booked, flagged repeat.
1|telecom|web|en|Our line goes dead whenever it is windy. Someone needs to check the overhead wire, it rubs against the tree.
1|telecom|social|en|@help you've been promising to send a tech to fix my connection for 10 days. Ref 77812. Still waiting.
1|telecom|email|en|Hi, I need the engineer appointment moved. I'm now working Thursdays. Any Friday or Monday is fine. Ref INST-4431.
1|telecom|chat|en|The engineer is outside right now but can't find the access hatch for the ducting. can someone call him?
1|telecom|field|en|Install complete. Wall-mounted ONT in study, ran cable via loft, router configured, 3 devices connected, customer shown app. 2h on site.
1|telecom|field|en|Unable to complete. Customer's consent needed to drill through listed building wall. Customer to get approval, rebook.
1|telecom|phone|en|Landline crackle and hum. Remote test shows battery contact fault, likely water in a joint near the property. External engineer booked.
1|telecom|email|en|My mother (83) lives alone and her emergency alarm runs over the phone line which is dead. Please send an engineer urgently, it's a safety issue.
1|telecom|web|en|We run a café and our card machine uses your line. Line dead since 7am. We need an engineer on site today, we can't take payments.
1|telecom|chat|en|hiya just checking the install guy knows the house is at the back of the farm, not on the road. is he still coming at 1?
1|telecom|walk_in|es|Cliente acude a tienda con el router averiado. Se prueba en mostrador y se cambia por uno nuevo en el momento.
1|telecom|chat|es|puedo llevar el decodificador roto a la tienda y que me lo cambien allí? no quiero esperar al mensajero
1|telecom|email|es|Les escribo porque la caja de conexiones del edificio está abierta y mojada. Necesitamos que venga alguien a repararla, estamos varios vecinos sin internet.
1|telecom|phone|es|Avería repetida. El cliente pide que un técnico revise el cableado interior de la vivienda. Se agenda visita para el lunes.
1|telecom|social|es|llevo dos semanas esperando al técnico para la instalación. alguien va a venir o no?
# negatives
0|telecom|walk_in|en|Customer walked in to pay overdue bill in cash. Payment taken, receipt given.
0|telecom|walk_in|en|Walk-in asked about the price difference between the 150 and 500 packages. Gave leaflet, customer will order online.
0|telecom|walk_in|en|Customer came into store asking when the outage in her area would be fixed. Checked status page with her: fix expected tonight.
0|telecom|chat|en|Do your stores accept returns of routers or do I have to post it back?
0|telecom|chat|en|Which store is nearest to Bramley? Just want the address.
0|telecom|email|en|I ordered a new router for click and collect at the Market Street store. It's been 4 days and I have no collection email. Is it ready?
0|telecom|chat|en|is my click & collect order ready? order 55-8812
0|telecom|email|en|I returned my old router in store and they gave me store credit instead of taking it off the bill. Can I use the credit to pay my monthly bill?
0|telecom|web|en|Why is there a charge for "engineer visit - customer damage" on my bill? I've never had an engineer visit.
0|telecom|phone|en|Customer asked for the engineer's name from last week's visit to put in a complaint. Provided first name and job ref. No further visit needed.
0|telecom|email|en|Your store staff told me my contract ends in June, but my bill says August. Which is right?
0|telecom|chat|en|how do i book an engineer? asking for later, it's working right now after you reset it
0|telecom|chat|en|I'm thinking about cancelling. Your tech support fixed my dropouts remotely but it took 4 calls.
0|telecom|web|en|Can you send an engineer's report showing the fault was on your side? My insurance wants it.
0|telecom|email|en|Please stop sending me "your engineer is on the way" texts, the visit was cancelled last week when you fixed it remotely.
0|telecom|social|en|Called 4 times to cancel my engineer appointment. Internet is FINE. Stop calling me to confirm it.
0|telecom|phone|en|Customer wanted to know if he needs to be home for the exchange upgrade work in his area. Advised no access required, work at exchange only.
0|telecom|chat|en|My router has been replaced by post and works. Where do I send the old one?
0|telecom|email|en|I need a letter confirming my address for a bank account. Can you send a bill copy?
0|telecom|chat|en|Is the engineer visit free with the new contract? I haven't had a problem, I just want to know for the future.
0|telecom|web|en|The app installation fails on my Android phone. Error 505.
0|telecom|chat|en|The installer put the router in the hallway. I moved it myself to the lounge using a longer cable and it's better now. Is that OK for the warranty?
0|telecom|email|en|Could you please tell me what the store in Canal Street is called now? It's changed name and I can't find it on maps.
0|telecom|phone|en|Customer asked about the status of her refund for the cancelled installation. Refund issued 3 days ago, advised 5 working days.
0|telecom|chat|es|la tienda de la calle Mayor sigue abierta? no la encuentro en el mapa
0|telecom|email|es|Hice un pedido para recoger en tienda y todavía no me ha llegado el aviso. Está listo?
0|telecom|phone|es|Cliente pregunta por el importe de la instalación en su factura. Se explica que fue la cuota de alta. Conforme.
0|telecom|web|es|El técnico vino la semana pasada y todo funciona. Solo quiero la factura de la instalación para mi empresa.
0|telecom|chat|es|me pasaron con un técnico por teléfono, reseteó la línea y ya tengo internet. gracias!
0|telecom|email|en|I have a sales appointment booked in your store next week to discuss business packages. Can I do it over the phone instead? I'd prefer not to travel.
0|telecom|chat|en|When I signed up in your store they promised a free month. It's not on my bill.
0|telecom|email|en|I'm an engineer myself and I'd rather not have your technician come. Can you just tell me the PPPoE settings for my own router?
0|telecom|web|en|Please update the contact number on my account to 07700 900456.
0|telecom|chat|en|my phone line has a slight echo but only on calls to mobiles. any settings I can change?
# mobile
1|mobile|chat|en|My phone screen is cracked. Can I book a same-day repair at one of your stores?
1|mobile|email|en|I need to change the SIM to an eSIM but your app says I must verify my identity in store with my passport. Which stores do that and do I need an appointment?
1|mobile|walk_in|en|Customer in store with water-damaged handset. Opened repair ticket on the spot, took the device in, loan phone issued.
1|mobile|phone|en|Customer's number was hijacked via SIM swap fraud. For security the replacement SIM can only be issued in store against photo ID. Store visit arranged for tomorrow.
1|mobile|web|en|In-store appointment request: battery replacement for my handset. I'd like to wait while it's done. Any store in Leeds.
1|mobile|chat|en|the signal in my house is awful and your coverage checker says it should be great. can someone come and measure it? I've already tried wifi calling
1|mobile|walk_in|en|Customer came in, could not transfer contacts and photos to new phone. Did the transfer with her in store using the cable tool, 40 mins.
1|mobile|email|en|I'm registering a prepaid SIM for my son and the law says I have to show ID in person. When can I come to the shop to do it?
1|mobile|social|en|@mobilehelp booked a screen repair at your Piccadilly store for 3pm, can I move it to 5pm? same day
1|mobile|phone|en|Business customer, 30 handsets to set up for new starters. Requested on-site device setup at their office. Passed to business field team.
1|mobile|chat|en|Hi, the charging port on my phone is loose. Do you repair it in store or do I need to send it off? I'd rather bring it in.
1|mobile|web|en|Our rural office gets no mobile signal. We have a contract for a signal booster and need the installer to come and fit the antenna on the roof.
1|mobile|email|es|Hola, necesito cambiar la tarjeta SIM por robo del móvil y me dicen que tengo que ir a una tienda con el DNI. Dónde puedo pedir cita?
1|mobile|walk_in|es|Cliente en tienda con pantalla rota. Se recoge el terminal para reparación y se entrega móvil de sustitución.
1|mobile|chat|es|quiero pedir cita en tienda para cambiar la batería del móvil, se puede esperar mientras lo arreglan?
1|mobile|email|pt|Bom dia, preciso ir à loja para trocar o chip porque perdi o celular. Tenho que marcar horário?
1|mobile|phone|en|Customer wants to upgrade and trade in old handset but wants staff to check the condition in front of her. Booked in-store trade-in appointment.
1|mobile|walk_in|en|Customer came to sign the new contract; credit check needed ID verification in person. Passport and proof of address checked.
1|mobile|chat|en|I'm at your store now for my repair appointment but nobody's at the desk. how long?
1|mobile|email|en|My phone was repaired in store last week and the new screen is lifting at the corner. I need to take it back so they can look at it.
# negatives
0|mobile|chat|en|My phone screen is cracked. Can I send it off for repair by post? I don't live near a store.
0|mobile|email|en|I sent my phone in for repair 10 days ago. What's the status?
0|mobile|phone|en|Customer asked for opening hours of Broad Street store. Provided, no further action.
0|mobile|chat|en|Can I activate my eSIM from home? I don't want to go into a store.
0|mobile|web|en|My new SIM arrived by post. How do I activate it?
0|mobile|chat|en|How much data do I have left this month?
0|mobile|email|en|I'm going to Spain next week. Is roaming included in my plan?
0|mobile|chat|en|I ordered the new phone for collection in store. The app says "ready to collect" but I got no text. Is it actually there?
0|mobile|social|en|Downloaded your app from the App Store and it crashes on launch. iPhone 14.
0|mobile|phone|en|Customer disputing £35 repair fee charged after store screen repair; says it was under warranty. Refund processed. No further visit.
0|mobile|chat|en|I want a refund for the screen protector fitting I paid for in store. It peeled off after a week and I don't want it redone.
0|mobile|email|en|I lost my phone. Please block the SIM and send a new one to my home address. I can't get to a shop.
0|mobile|chat|en|what's the PUK code for my SIM
0|mobile|web|en|I have store credit from returning a phone case. Can I use it online?
0|mobile|chat|en|No signal at all since this morning in Cardiff centre, is there an outage?
0|mobile|email|en|Can I talk to an actual human about my contract? A call back would do, I'm fed up with the chatbot.
0|mobile|phone|en|Caller couldn't make calls after a software update. Guided through network reset. Fixed.
0|mobile|chat|en|Where's the closest store that does repairs? Just want to know for the future.
0|mobile|email|en|I paid for insurance on my phone. How do I make a claim for a cracked screen? Do you send a courier?
0|mobile|chat|en|Please unlock my handset so I can use a foreign SIM.
0|mobile|web|en|My number transfer (PAC) hasn't gone through. It's been 3 days.
0|mobile|chat|es|hola, la tienda de Gran Vía abre por la tarde?
0|mobile|email|es|Hace quince días que mandé el teléfono al servicio técnico con el mensajero y sigo sin noticias de la reparación.
0|mobile|phone|es|Cliente pregunta por el saldo de datos y el roaming en Francia. Resuelto por teléfono.
0|mobile|chat|en|The technician on chat fixed my voicemail, thanks. Was driving me mad.
0|mobile|email|en|I visited your store yesterday and the staff were very helpful. Just wanted to say thanks to Priya.
0|mobile|chat|en|My bill has a charge for international calls I didn't make.
0|mobile|phone|en|Customer wanted to book an in-store repair but issue was the phone's battery saver setting. Fixed over the phone, no repair needed.
0|mobile|web|en|Can I change my plan without going to a store?
0|mobile|chat|en|Is the trade-in price the same in store and online?
0|mobile|email|en|The replacement SIM you posted works now. Thanks. Please cancel the store appointment I booked as a backup.
# banking
1|banking|email|en|I need to sign the mortgage papers. The solicitor says the bank must witness my signature. When can I come in?
1|banking|phone|en|Customer opening account for her 12-year-old; junior accounts require parent and child to attend branch with ID. Branch appointment booked Saturday 10:00.
1|banking|chat|en|I need access to my safe deposit box this Friday. Do I need to book a time with the branch?
1|banking|web|en|Our online ID verification failed three times (passport photo rejected). The app now says "visit a branch to verify your identity". Please book me in at the Castle Street branch.
1|banking|email|en|My father has given me power of attorney. I was told I need to bring the original registered document to a branch so it can be certified and added to his account. Please advise which day.
1|banking|walk_in|en|Customer attended branch to collect replacement debit card issued instantly. ID checked (driving licence), card activated at counter.
1|banking|phone|en|Customer wants to deposit a large bag of coins from his shop. Advised coin deposits must be made at a branch with coin counter. Customer will visit Tuesday.
1|banking|chat|en|The ATM at your Market Square branch kept my card. Can I pick it up from inside the branch tomorrow?
1|banking|email|en|We are the executors of my late mother's estate. The bank has asked us to come in person with the death certificate and our IDs to close her accounts. Could we arrange an appointment?
1|banking|web|en|Appointment request: meet a mortgage adviser face to face at the branch to sign the offer documents. Weekday after 5 if possible.
1|banking|walk_in|en|Customer came in to add second signatory to business account. Both signatories present, ID verified, mandate signed at branch.
1|banking|phone|en|Customer's account frozen pending KYC. Unable to verify remotely (no UK credit file). Asked to attend branch with passport and proof of address. Appointment made.
1|banking|chat|en|i need a bankers draft for my house deposit. can i collect it at the branch today? solicitor won't take a transfer
1|banking|email|en|I ordered 800 euros of travel money for branch collection. I'd like to change the branch to the one near my work. Can I still pick it up on Thursday?
1|banking|social|en|Your app says I have to go into a branch to verify my ID to unlock my account. Nearest one is 40 miles away. Is there really no other way? I need my money.
1|banking|web|en|Please arrange for me to have my signature witnessed for the loan agreement. I'd like to do it at the Oxford branch.
1|banking|phone|en|Customer elderly, housebound. Needs to change account mandate, cannot attend branch. Arranged home visit by the community banker to witness signature.
1|banking|chat|en|I need to pay in a cheque made out to my late husband. Do I need to come to the branch with the paperwork?
1|banking|email|en|I'd like to close my safe deposit box and empty it. I understand I need to be there with my key and ID. Which days is the vault open?
1|banking|walk_in|en|Customer at counter to update name after marriage. Original marriage certificate and new ID seen and copied. Account name changed.
1|banking|phone|en|Business customer needs to notarise company documents with the bank for an overseas transaction. Appointment with branch manager arranged.
1|banking|chat|en|hi I want to open a current account but I'm a foreign student and the online form says I need to visit in person with my visa. when can I come?
1|banking|email|es|Buenos días, necesito firmar la hipoteca en la oficina y el notario está citado el día 15. Pueden confirmarme que el director estará presente?
1|banking|chat|es|tengo que ir a la sucursal para acceder a mi caja de seguridad, hay que pedir cita?
1|banking|phone|es|Cliente debe acudir a la oficina con su pasaporte para verificar identidad; la verificación online falló. Se le da cita el jueves.
1|banking|walk_in|es|Cliente acude a la oficina para firmar el contrato del préstamo personal. Se verifica DNI y se firma en ventanilla.
1|banking|email|fr|Bonjour, je dois passer en agence pour signer l'offre de prêt immobilier. Quels créneaux avez-vous la semaine prochaine ?
1|banking|email|de|Guten Tag, für die Eröffnung des Kontos muss ich mich persönlich in der Filiale ausweisen. Wann kann ich vorbeikommen?
1|banking|web|en|The cashier at the branch said I need to come back with my original passport to withdraw more than £5,000 in cash. I'd like to book that visit now.
1|banking|chat|en|The locksmith needs to drill my safety deposit box because I lost the key. I need to be present, when can this be scheduled?
1|banking|email|en|I'm deaf and would prefer to set up my new account with a branch staff member face to face with a BSL interpreter. Please can you arrange this?
1|banking|phone|en|Customer's address verification documents were rejected online (scans too blurry). Agreed customer will take originals to branch for certification.
1|banking|web|en|Lost the key to the night safe for my business. Need to come in and sign for a new one.
# negatives
0|banking|chat|en|What are the opening hours of the Castle Street branch on Saturday?
0|banking|email|en|Is the branch in Hillside still open or did it close last year?
0|banking|phone|en|Customer lost debit card. Card cancelled, replacement posted to home address, 3-5 working days.
0|banking|chat|en|How do I reset my online banking password?
0|banking|web|en|There is a transaction of £84.99 I don't recognise. Please investigate.
0|banking|chat|en|The ATM ate my card. I don't need it back, please just cancel it and send a new one in the post.
0|banking|email|en|I visited your website to apply for a credit card but the form crashed at the last step.
0|banking|phone|en|Customer asked if she needs to go to branch to change her address. Advised it can be done in the app. Done on the call.
0|banking|chat|en|Can I verify my identity by video call instead of coming to a branch?
0|banking|chat|en|I did the video ID check yesterday. Is my account open now?
0|banking|email|en|The branch staff were very rude to me on Monday when I went in. I don't want anything, just for you to know.
0|banking|web|en|Please send me my mortgage statement for last year for my tax return.
0|banking|chat|en|How much can I withdraw from an ATM per day?
0|banking|email|en|I was charged a fee for a cash deposit at the branch. I thought it was free for personal accounts. Please refund.
0|banking|chat|en|What's the sort code of the Hillside branch?
0|banking|phone|en|Customer queried mortgage rate switch. Product transfer completed over the phone, documents e-signed.
0|banking|chat|en|I want to sign the documents electronically, can you send the DocuSign link again? It expired.
0|banking|email|en|My card was declined at the supermarket but I have money in the account.
0|banking|web|en|Please increase my overdraft limit to £1,000.
0|banking|chat|en|Are the safe deposit box fees going up next year? I saw a letter.
0|banking|phone|en|Caller wanted the branch manager's email address. Explained we don't give direct emails, offered secure message instead. Customer satisfied.
0|banking|chat|en|Where is the nearest ATM that takes deposits?
0|banking|email|en|I've been trying to reach someone by phone for an hour. I just want a human being to explain my statement.
0|banking|app|en|Push notifications stopped working after the last app update.
0|banking|chat|en|I paid in a cheque at the branch last Tuesday. When will it clear?
0|banking|web|en|Request for a letter confirming my account balance for my visa application.
0|banking|chat|es|a qué hora abre la sucursal de la plaza mayor?
0|banking|email|es|Me han cobrado una comisión que no reconozco. Solicito la devolución.
0|banking|phone|es|Cliente consulta cómo firmar digitalmente el contrato de la tarjeta. Se le reenvía el enlace. Firmado.
0|banking|chat|es|no puedo entrar en la banca online, me dice usuario bloqueado
0|banking|email|en|Please close my savings account and transfer the balance to my current account.
0|banking|app|en|The app says my identity is verified but I still can't send international payments.
0|banking|email|en|Can I book a branch appointment online? Just asking how it works, I don't need one yet.
0|banking|chat|en|I went into the branch and they told me the mortgage application can be done online. Can you send me the link?
0|banking|phone|en|Customer wanted to cancel the branch appointment she booked to discuss savings; she prefers a phone call. Converted to phone appointment.
0|banking|web|en|Please set up a standing order of £200 on the 1st of every month to account 12345678.
0|banking|chat|en|Does the Hillside branch have step-free access? My mum uses a wheelchair.
0|banking|email|fr|Bonjour, mon virement n'est toujours pas arrivé après trois jours.
# insurance
1|insurance|email|en|Our kitchen ceiling collapsed after a leak from the bathroom. We've opened claim HC-20931. When will the loss adjuster come to see the damage?
1|insurance|phone|en|Claim for subsidence cracks. Desk review insufficient, needs structural engineer visit. Appointment arranged with policyholder for 9 Oct.
1|insurance|web|en|Before you renew my policy you said the car needs a physical inspection because of the modifications. Where and when can I bring it?
1|insurance|chat|en|the adjuster was supposed to come and look at the storm damage on the roof today. nobody came. can you rebook?
1|insurance|email|en|Please send someone to assess the fire damage at our restaurant. We can't reopen until the assessor has been.
1|insurance|phone|en|Motor claim. Vehicle not driveable, photos insufficient to assess. Engineer inspection booked at the customer's home address.
1|insurance|web|en|My jewellery insurance needs an in-person valuation for the engagement ring. Please book me in with the valuer.
1|insurance|email|en|I'd like to change my inspection appointment for the flood claim to next Tuesday. The house is being pumped out on Monday.
1|insurance|chat|en|the surveyor needs to access the flat above to see where the water came from. the neighbour is only in on weekends. can the visit be a saturday?
1|insurance|field|en|Adjuster site visit: water damage confirmed in kitchen and hallway, source burst pipe under sink. Measured affected floor area 14m2. Recommend drying contractor.
1|insurance|phone|en|Customer's car insurance requires pre-cover inspection (imported vehicle). Booked at the inspection centre Wednesday 14:00.
1|insurance|email|en|The garage you sent the car to says the claims engineer has to come and inspect before they start the repair. Has he been booked?
1|insurance|web|en|Our commercial property policy requires a risk survey of the warehouse before cover starts. Please arrange for the surveyor to visit.
1|insurance|chat|en|can someone come and look at my fence? it blew down and the claim form says damage over £2k needs an inspection
1|insurance|email|es|Buenos días, tengo un parte abierto por inundación en el sótano. Necesito que venga el perito a valorar los daños cuanto antes.
1|insurance|phone|es|Asegurado solicita cambiar la fecha de la visita del perito por el siniestro del coche. Se reprograma al viernes.
1|insurance|chat|es|el perito no ha venido a ver los daños del incendio y el seguro no me paga hasta que venga. qué hago?
1|insurance|email|pt|Olá, preciso que o perito venha avaliar os danos da tempestade no telhado. Quando pode vir?
1|insurance|web|en|Home emergency cover: boiler has stopped, no heating or hot water, two small kids. Please send an engineer.
1|insurance|phone|en|Home emergency claim: locked out, keys lost. Locksmith dispatched to the property.
1|insurance|email|en|Our vet says my dog's claim requires the insurer's vet to examine her in person before the surgery is approved. Please arrange this.
1|insurance|chat|en|I have a windscreen chip. Can the repair van come to my workplace tomorrow?
# negatives
0|insurance|chat|en|What's the status of my claim? The loss adjuster came 3 weeks ago and I've heard nothing.
0|insurance|email|en|I uploaded photos of the dent through the app as requested. Do you need anything else to settle?
0|insurance|web|en|Why has my premium gone up by 30% at renewal? No claims this year.
0|insurance|phone|en|Customer wanted to know if the inspection for her home claim could be done by video. Agreed, video survey booked via the app. No site visit.
0|insurance|chat|en|Can I add my partner as a named driver?
0|insurance|email|en|The adjuster who visited was unprofessional and undervalued my claim. I'm disputing the settlement amount, please review it.
0|insurance|chat|en|Please send me my certificate of insurance, I need it for the DVLA.
0|insurance|email|en|I've had a windscreen repair done by your approved van last week. There's a charge of £95 excess. Why? I thought glass was covered.
0|insurance|web|en|Please cancel my travel insurance, the trip is off.
0|insurance|chat|en|Do you offer pet insurance for rabbits?
0|insurance|phone|en|Claimant asked when the settlement payment would arrive after the surveyor's visit. Payment approved, 3 days.
0|insurance|email|en|I submitted a claim for my stolen bike with the receipt and police reference. How long does it take?
0|insurance|chat|en|Is your office in the city centre open to the public? I just want to know, I can do everything online.
0|insurance|email|en|The engineer from your home emergency team came and fixed the boiler, but he says my cover doesn't include the part. I'm being charged £240. I'd like this reviewed.
0|insurance|chat|en|I visited your site and the quote says £320 but my renewal says £410.
0|insurance|web|en|I don't want an inspection visit. Can I send a video of the damage instead?
0|insurance|chat|es|cuánto tarda el pago del siniestro después de la visita del perito?
0|insurance|email|es|Quiero cambiar la domiciliación del seguro de hogar a otra cuenta.
0|insurance|phone|es|Cliente pregunta por la cobertura de cristales. Se le informa por teléfono. Sin incidencias.
0|insurance|chat|en|Can I pay monthly instead of annually?
0|insurance|email|en|The claim for the flood was settled by phone with photos, thanks. Can you cancel the surveyor appointment for Thursday then?
0|insurance|web|en|I need a copy of the engineer's report from my car claim for the small claims court.
# utilities: energy, gas, water
1|utilities|email|en|The meter is behind a locked gate at the side of the house. I can't read it myself because my landlord keeps the key. Someone needs to come and read it.
1|utilities|phone|en|Customer smells gas in the kitchen. Advised to leave the property, not to use switches. Emergency engineer dispatched.
1|utilities|web|en|Request smart meter installation. I'm home on Mondays and Fridays.
1|utilities|chat|en|my smart meter installation is booked for tomorrow 8-12, can it be moved to the afternoon?
1|utilities|email|en|Our annual gas safety check is due next month. As landlord I need the certificate for the tenants. Please book the engineer.
1|utilities|phone|en|No power to the property but neighbours have power. Cut-out fuse suspected. Network engineer to attend within 3h.
1|utilities|web|en|Water is bubbling up from the pavement outside my house near the stopcock. It's been running all night. Please send someone.
1|utilities|chat|en|the meter cupboard door is jammed and my meter's in there. the reader couldn't get in last time. need someone to sort the door and read it
1|utilities|email|en|I'm disabled and cannot reach the meter which is high on the wall. Please add me to the priority services register and have someone visit to read it every quarter.
1|utilities|phone|en|Smart meter showing "Error 03", no supply on prepay. Remote reset failed twice. Engineer visit raised for meter exchange.
1|utilities|field|en|Attended property. Replaced faulty electricity meter, old meter final read 048213. New meter commissioned, customer supply restored 11:20.
1|utilities|field|en|Gas leak callout. Trace found on cooker hose. Capped supply to cooker, rest of property safe. Customer advised to get Gas Safe engineer for cooker.
1|utilities|web|en|We need the water meter moved. It's under the new extension floor and the builders say it must be relocated outside. Please arrange a visit.
1|utilities|email|en|The previous tenant's meter reading is disputed. I'd like someone from your company to come and take an official reading to settle it.
1|utilities|chat|en|I'm moving into a new build and there's no gas meter fitted yet. Who comes to fit it and when?
1|utilities|phone|en|Customer with medical equipment reports power outage, priority register. Generator van dispatched to address.
1|utilities|social|en|@power day 3 no electricity in our street. when are your engineers coming to fix the cable? we've got elderly neighbours freezing
1|utilities|email|en|I want to switch back to a traditional meter. The smart one has been wrong for months. Please book the exchange.
1|utilities|web|en|Low water pressure in the whole house since last week. Neighbours are fine. Could an inspector come and check the supply pipe?
1|utilities|chat|en|we've booked the engineer to disconnect the gas for the kitchen demolition. can you confirm it's on the 7th?
1|utilities|email|es|Buenos días, el contador de la luz está dentro de un cuarto cerrado con llave y el lector no puede entrar. Necesito que venga alguien cuando yo esté en casa.
1|utilities|phone|es|Aviso de fuga de agua en la acometida. Se envía un operario para revisar la llave de paso.
1|utilities|chat|es|huele a gas en el portal, manden a alguien por favor
1|utilities|web|es|Solicito la instalación del contador inteligente. Cualquier mañana de la semana que viene me viene bien.
1|utilities|email|de|Guten Tag, der Stromzähler in unserem Keller ist defekt, die Anzeige ist schwarz. Bitte schicken Sie einen Techniker zum Austausch.
1|utilities|email|fr|Bonjour, le compteur d'eau fuit dans le regard devant la maison. Pouvez-vous envoyer un technicien ?
1|utilities|phone|en|Prepayment customer, key meter won't accept the new key. Tried remote recharge, failed. Engineer visit booked to replace meter.
1|utilities|web|en|We need the electricity supply upgraded to three-phase for the heat pump. The installer says the network company has to come and change the cut-out.
# negatives
0|utilities|web|en|Submitting my meter reading: gas 03412, electricity 22871. Read on 1 May.
0|utilities|email|en|My bill is estimated again. I submitted my reading online on the 3rd. Please correct it.
0|utilities|chat|en|My smart meter stopped sending readings. Can you fix it remotely?
0|utilities|phone|en|Smart meter offline. Remote re-pair from our side successful, readings coming through. No visit needed.
0|utilities|chat|en|How do I submit a meter reading? Is there an app?
0|utilities|email|en|I want to switch to the green tariff.
0|utilities|web|en|Please set up a payment plan for my arrears, I can pay £50 a month.
0|utilities|chat|en|The engineer who installed the smart meter last week was very nice. The in-home display is blank though. Is there a reset button?
0|utilities|phone|en|Customer called to cancel the smart meter appointment, she doesn't want one. Appointment cancelled, opt-out noted.
0|utilities|email|en|I've been charged a missed appointment fee but your engineer never came. Please remove it. I don't want another appointment.
0|utilities|chat|en|Visit our website they said. I did. It doesn't tell me how to change my direct debit date.
0|utilities|web|en|Moving out on 30 June. Final reading will be sent then. Please close the account.
0|utilities|chat|en|Is there a planned power cut in my area next week? I work from home.
0|utilities|email|en|The gas safety engineer did the check and left a certificate. Can you email me a PDF copy for my records?
0|utilities|phone|en|Customer queried the standing charge. Explained. Customer happy.
0|utilities|chat|en|Can I read my meter myself and send photos instead of someone coming?
0|utilities|email|en|I'm being billed for a meter inspection that happened when I wasn't even the tenant. Please remove the charge.
0|utilities|chat|en|what's the emergency number for gas leaks? just want it for the fridge
0|utilities|web|en|The smart meter in-home display says "no signal". I moved it next to the meter like the FAQ says and it's working again.
0|utilities|chat|es|dónde puedo enviar la lectura del contador?
0|utilities|email|es|La factura viene estimada y yo mandé la lectura por la web. Pueden corregirla?
0|utilities|phone|es|Cliente pregunta cómo cambiar la tarifa a discriminación horaria. Cambio hecho por teléfono.
0|utilities|chat|en|The power cut is over, lights back on. Do I get compensation?
0|utilities|email|en|Please stop sending letters asking for access to read my meter. I have a smart meter, you get readings automatically.
0|utilities|chat|en|Your engineers are digging up our road. How long will the roadworks last?
0|utilities|web|en|I'd like to know if I'm eligible for the warm home discount.
# retail / e-commerce
0|retail|email|en|I'd like to return the sofa. It's too big for the room. Can your team come and collect it and take it away? It won't fit in my car.
1|retail|chat|en|I bought a flat-pack wardrobe with the assembly service. When is the assembler coming? I paid for it at checkout.
1|retail|web|en|Booked home delivery and installation for the new oven. Please confirm the installer will take the old one away and connect the new one.
1|retail|walk_in|en|Customer returned faulty kettle to store with receipt. Inspected at till, refunded to card.
1|retail|email|en|I'm going to bring the jacket back to the store to exchange it for a size M. Do you have it in stock at the Oxford Street branch? I'll come in on Saturday.
1|retail|chat|en|can you hold the blue dress in size 12 at the york store? I'll come and try it on tomorrow
1|retail|web|en|Book a fitting: I would like a bra fitting appointment at the Brent Cross store on Saturday morning.
1|retail|walk_in|en|Customer brought in glasses with loose arm. Tightened hinge and adjusted nose pads at counter, no charge.
1|retail|email|en|Our new carpet was fitted badly and is rippling in the hallway. The fitter needs to come back and re-stretch it.
1|retail|phone|en|Customer's blinds delivered but measured wrong. Asked for the measurer to visit again to re-measure the bay window before remaking.
1|retail|chat|en|i need the kitchen designer to come and measure up before I order the units. how do I book the home visit?
1|retail|web|en|The curtain installation service booked for the 12th, can it be the 15th? Same time.
1|retail|email|en|I bought a bike online. It says I can collect it from store with a free safety check by the mechanic. I'd like to book the handover with the mechanic for Saturday.
1|retail|walk_in|en|Customer came in with a shoe heel broken after 2 weeks. Inspected, sent to in-store cobbler for repair under warranty.
1|retail|chat|en|the delivery guys brought the bed but wouldn't assemble it even though I paid for assembly. need someone to come back and put it together
1|retail|email|en|I need my engagement ring resized. Can I book an appointment at the jeweller counter so they can measure my finger?
0|retail|phone|en|Customer wants to return a large fridge freezer, unopened, on change of mind. Arranged two-person collection from customer's home.
1|retail|web|en|I'd like to try the mattress before ordering the expensive one. Which stores have it on display and can I book a time to test it with an adviser?
1|retail|walk_in|es|Cliente devuelve en tienda unos pantalones con defecto en la costura. Se revisa la prenda y se cambia por otra talla igual.
1|retail|email|es|Compré un armario con montaje incluido. El montador no ha venido en la fecha acordada. Cuándo pueden venir?
1|retail|chat|es|quiero cambiar las zapatillas en la tienda por otra talla, puedo ir sin ticket si tengo el pedido en la app?
1|retail|email|fr|Bonjour, je voudrais prendre rendez-vous en magasin pour un ajustement de mes lunettes, elles glissent.
1|retail|phone|en|Customer measured wrongly for fitted wardrobes. Booked surveyor to re-measure at customer's house on the 3rd.
1|retail|web|en|I bought a TV with wall mounting. The installer mounted it crooked. Please send someone to fix it.
1|retail|email|en|I want to bring back the laptop I bought in store last week and have the staff check the screen; it flickers. I'm coming in tomorrow at lunch.
# negatives
0|retail|chat|en|My click and collect order says "ready" but I haven't got a text. Can I just go and pick it up?
0|retail|email|en|Where is my click & collect order? It was meant to be at the store yesterday. Order 1192-22.
0|retail|chat|en|What time does the Brent Cross store open on Sundays?
0|retail|web|en|I returned a dress in store and they gave me store credit. Can I use the store credit online?
0|retail|email|en|I have a gift card and store credit. Can I combine them on one order?
0|retail|chat|en|How do I return an online order? Do you send a prepaid label?
0|retail|web|en|I posted my return two weeks ago. When will I get the refund?
0|retail|chat|en|My parcel says delivered but it isn't here.
0|retail|email|en|The delivery driver left my parcel in the recycling bin. Not happy.
0|retail|chat|en|Do you price match with other stores?
0|retail|email|en|I visited your website and the discount code SAVE10 doesn't work.
0|retail|phone|en|Customer asked whether online purchases can be returned in store. Confirmed yes within 30 days with receipt. No further action.
0|retail|chat|en|Is the blue jumper in stock at the Leeds store? Just checking, I'll order online if not.
0|retail|email|en|The assembler came and built the wardrobe. It's perfect but I was charged twice for assembly. Please refund one.
0|retail|web|en|I'd like a refund for the fitting service. The fitter was late and I don't want him back, I'll do the rest myself.
0|retail|chat|en|Can I change the delivery address on my order?
0|retail|email|en|Please cancel my order 55218. I ordered the wrong size.
0|retail|chat|en|I picked up my order from the store yesterday but the receipt wasn't in the bag. Can you email it?
0|retail|web|en|Your store in Hull closed. Where else can I use my loyalty points?
0|retail|chat|en|Store credit expired before I could use it, can you reactivate it?
0|retail|email|en|My pickup order was cancelled automatically because I didn't collect it in 7 days. Has the refund been processed?
0|retail|chat|es|abre los domingos la tienda de Sol? y hasta qué hora?
0|retail|email|es|Mi pedido para recoger en tienda sigue en preparación desde hace una semana. Cuándo estará listo?
0|retail|chat|es|puedo usar el vale de la tienda en la web?
0|retail|phone|es|Cliente pregunta el estado de su devolución enviada por correo. Reembolso emitido ayer.
0|retail|chat|en|How do I install your shopping app on my tablet?
0|retail|email|en|Complaint: the staff at the Newcastle store were rude when I asked about a refund. I want an apology, that's it.
0|retail|web|en|The size guide says I'm a 12 but the 12 was tiny. Can I exchange by post?
0|retail|chat|en|Can I book a store appointment online or is it walk-in only? Just want to know how it works.
0|retail|email|en|Please remove me from your mailing list.
0|retail|chat|en|I'm trying to track my return. The courier collected it from my doorstep on Monday.
0|retail|web|en|Order arrived with a missing screw for the shelf. Please post me the screw pack, I can put it together.
0|retail|chat|en|does the click and collect locker at the train station accept large parcels?
# consumer electronics
1|electronics|chat|en|My laptop keyboard stopped working. Can I book an appointment at the repair desk in store this week?
1|electronics|email|en|The TV is 65 inches and wall mounted. It has vertical lines on the screen. Under warranty. Please send a technician to repair it at home, I can't take it down.
1|electronics|web|en|Home repair request: projector in our home cinema ceiling mount, won't power on. Warranty ref W-22871.
1|electronics|walk_in|en|Customer at service desk with tablet, cracked screen. Assessed, repair quoted £129, left device for same-day repair.
1|electronics|phone|en|Customer's printer at office jams every page. Remote troubleshooting done, hardware fault. On-site engineer booked under business warranty.
1|electronics|chat|en|I'm coming in to your store to get the data recovered from my old laptop before you recycle it. Do I need an appointment?
1|electronics|email|en|Your technician replaced the TV mainboard last week but the picture is still flickering. He needs to come back.
1|electronics|web|en|Please reschedule the in-home repair visit for my soundbar system from Tuesday to Thursday.
1|electronics|walk_in|en|Customer came in with headphones not charging. Cleaned charging port at bench, tested OK, returned to customer.
1|electronics|chat|en|the repair guy is supposed to come today to fix my smart fridge screen, what time?
1|electronics|email|en|We bought a home security camera system with professional installation. When is the installer coming?
1|electronics|phone|en|Customer has gaming PC that won't boot. Booked bench appointment in store so tech can diagnose with customer present.
1|electronics|web|en|I booked the TV setup service with my purchase. The tech should mount it and tune the channels. Can you give me a date?
1|electronics|email|es|El televisor tiene una franja negra en la pantalla y está colgado en la pared. Necesito que venga un técnico a casa a repararlo, está en garantía.
1|electronics|chat|es|quiero llevar el portátil a la tienda para que lo revisen, tengo que pedir cita?
1|electronics|walk_in|es|Cliente en mostrador con cámara que no enciende. Se revisa y se envía a taller. Se entrega resguardo.
1|electronics|email|de|Hallo, mein Fernseher zeigt kein Bild mehr. Er ist an der Wand montiert. Kann ein Techniker zu mir nach Hause kommen?
1|electronics|chat|en|Can I bring my phone in and have you transfer everything to the new one while I wait?
1|electronics|field|en|Home visit: replaced panel power board on 55" TV, tested all inputs, customer satisfied. Old board taken for return.
1|electronics|phone|en|Customer's home theatre installed by us: rear speakers not working. Installer to revisit and check wiring behind wall.
# negatives
0|electronics|email|en|My laptop needs a repair. Please send me a box and a shipping label so I can post it to the repair centre.
0|electronics|chat|en|I mailed my camera for repair 2 weeks ago. Any updates?
0|electronics|web|en|My headphones broke within warranty. Can you just send a replacement? I'd rather not go anywhere.
0|electronics|chat|en|How do I update the firmware on my smart TV?
0|electronics|phone|en|TV had no sound. Walked customer through switching audio output to internal speakers. Fixed.
0|electronics|chat|en|Where is your repair centre located? Asking for later.
0|electronics|email|en|The technician came to repair my TV but charged a call-out fee even though it's under warranty. I want that refunded.
0|electronics|chat|en|The in-store tech fixed my laptop, it's great. Can you send the invoice to my email?
0|electronics|web|en|I'd like to buy an extended warranty for my TV. Does it cover in-home repairs?
0|electronics|chat|en|My bluetooth speaker won't pair with my phone.
0|electronics|email|en|Replacement remote arrived, paired it myself. Thanks. Please cancel the home visit.
0|electronics|chat|en|What are your service desk hours at the Westfield store?
0|electronics|web|en|The laptop I sent to the repair centre came back with scratches. I want compensation, not another repair.
0|electronics|email|en|Please cancel my repair appointment; I fixed the issue by resetting the router like the FAQ said.
0|electronics|chat|en|Do I need to install drivers for the new printer on Windows 11?
0|electronics|phone|en|Customer asking about the status of his in-store repair. Part on order, ready Friday. Texted update.
0|electronics|chat|es|dónde envío el portátil para la reparación en garantía?
0|electronics|email|es|La reparación del móvil la hicieron en el servicio técnico por correo y aún no me lo han devuelto.
0|electronics|chat|es|cómo actualizo el software de la tele?
0|electronics|chat|en|I'd like to cancel the TV installation I ordered with the TV. I've mounted it myself.
0|electronics|email|en|My smartwatch won't sync with the app after the update.
0|electronics|web|en|How do I register my product for warranty?
0|electronics|chat|en|is the repair cheaper if i bring it in vs mail it? just asking
# appliances
1|appliances|email|en|My washing machine is leaking from underneath and shows error E21. It's under warranty. Please send an engineer.
1|appliances|chat|en|the fridge isn't cooling, food is going off. can an engineer come tomorrow?
1|appliances|web|en|Repair booking: dishwasher not draining, integrated unit, model DW-6620. I'm in all week.
1|appliances|phone|en|Customer's oven door glass shattered. Safety issue, do not use. Engineer visit booked for door replacement, part ordered to van.
1|appliances|email|en|The engineer who came on Monday said he needed to order a new pump and would come back to fit it. The part arrived at my house. When's he coming?
1|appliances|chat|en|can I move my washing machine repair visit from Thursday to next Monday?
1|appliances|web|en|Installation request for the new built-in hob. The kitchen fitter says the gas connection must be done by your certified installer.
1|appliances|field|en|Visit report: tumble dryer drum belt snapped. Replaced belt and tensioner, tested 20 min cycle. Advised customer to clean filter after each use.
1|appliances|field|en|Engineer attended, washer not spinning. Carbon brushes worn. Parts not on van, second visit required.
1|appliances|email|en|Our dishwasher is built in under the counter and water is pooling behind the kick plate. I can't get it out myself. Please arrange a repair visit.
1|appliances|phone|en|Customer elderly, cooker knobs not working, can't use hob. Priority engineer appointment booked for Wednesday.
1|appliances|chat|en|your engineer fixed the fridge 3 days ago and it's warm again. he needs to come back
1|appliances|social|en|Still waiting for the engineer to come and fix my 4 week old washing machine. Clothes at the launderette for a month now.
1|appliances|email|en|Please confirm the repair appointment on the 18th for the range cooker. Access via the back door, the front is being painted.
1|appliances|web|en|The new American fridge freezer needs plumbing in for the ice maker. I paid for installation at checkout. Please book.
1|appliances|phone|en|Boiler service due under the care plan. Annual service visit booked 12 Nov, morning.
1|appliances|chat|en|there's a burning smell from the back of my oven and the fuse tripped. is it safe? can someone come?
1|appliances|email|es|La lavadora hace un ruido muy fuerte al centrifugar y está en garantía. Necesito que venga el técnico a casa.
1|appliances|chat|es|el frigorífico no enfría, pueden mandar a un técnico esta semana?
1|appliances|phone|es|Cliente solicita cambiar la visita del técnico de la secadora al martes por la tarde. Reprogramado.
1|appliances|email|fr|Bonjour, mon lave-vaisselle fuit et il est encastré. Pouvez-vous envoyer un réparateur à domicile ?
1|appliances|email|pt|A máquina de lavar não liga e está na garantia. Preciso da visita de um técnico em casa.
1|appliances|web|en|My extractor hood fell off the wall partly. It's hanging by one screw. Need someone to refit it safely.
# negatives
0|appliances|chat|en|My washing machine shows error E21. Is there something I can do myself before booking an engineer?
0|appliances|phone|en|Customer reported error E21 on washer. Talked through cleaning the drain filter. Error cleared, no engineer needed.
0|appliances|email|en|I need a new door seal for my washer. Can I order the part and fit it myself?
0|appliances|web|en|Please send me the user manual for model DW-6620.
0|appliances|chat|en|The engineer fixed my fridge last week but the invoice says £180 for labour. I have a warranty. Please correct it.
0|appliances|email|en|Complaint about last week's repair visit. Engineer was 4 hours late. The machine is working, I'd like the call-out fee refunded.
0|appliances|chat|en|How do I descale my coffee machine?
0|appliances|chat|en|The repair visit is tomorrow but the dryer started working again after I cleaned the condenser. Please cancel.
0|appliances|web|en|I'd like to register my new fridge for the 5-year warranty.
0|appliances|chat|en|Where can I find the model number on my dishwasher?
0|appliances|email|en|How much does an engineer visit cost outside warranty? I'm deciding whether to repair or replace.
0|appliances|chat|en|Is there a service centre in Manchester where I can drop off my microwave? Just asking about locations.
0|appliances|email|en|Can I get a refund on the extended warranty? I sold the washing machine.
0|appliances|chat|es|cómo limpio el filtro de la lavadora?
0|appliances|email|es|El técnico vino y arregló la nevera, pero me han cobrado el desplazamiento estando en garantía. Solicito el reembolso.
0|appliances|phone|es|Cliente cancela la visita del técnico porque el lavavajillas volvió a funcionar tras reiniciarlo.
0|appliances|chat|en|The oven clock keeps resetting to 00:00. How do I set it?
0|appliances|web|en|Your engineer left a message to say he'd call before coming but no call. It's all working now anyway, no need to come.
0|appliances|email|en|The replacement shelf for the fridge arrived broken. Please send another one.
0|appliances|chat|en|what does the snowflake symbol mean on my washing machine
# healthcare
1|healthcare|web|en|I need an in-person appointment with Dr Shah, not a phone call. The rash has spread and she needs to see it.
1|healthcare|chat|en|hi I need to book a blood test at the clinic, my GP requested fasting bloods
1|healthcare|phone|en|Patient requests face-to-face review for knee pain; telehealth not suitable per clinician note. Booked clinic appointment Tue 9:40.
1|healthcare|email|en|Could I move my physiotherapy session at the clinic from Monday to Wednesday? Same time if possible.
1|healthcare|email|en|My mother is housebound and needs her dressings changed twice a week. Can the district nurse visit?
1|healthcare|web|en|Book vaccination: flu jab for two adults at the pharmacy on Saturday.
1|healthcare|chat|en|I need a smear test, can I book at the practice?
1|healthcare|phone|en|Caller needs X-ray referral to be attended in person at radiology. Booked slot at imaging centre.
1|healthcare|email|en|The dentist said I need a filling. When is the next available appointment at the surgery?
1|healthcare|chat|en|I have my annual diabetic foot check due. can I get a slot at the clinic next week?
1|healthcare|web|en|Request for home visit: my husband has dementia and cannot travel to the surgery for his medication review.
1|healthcare|phone|en|Patient running 20 mins late for her in-person appointment at 11. Confirmed she can still be seen.
1|healthcare|email|en|The hearing aid clinic needs to refit my hearing aid mould, it whistles. Please book me in.
1|healthcare|chat|en|need my stitches out next thursday, can I book with the practice nurse
1|healthcare|email|es|Buenos días, necesito una cita presencial con la doctora, no telefónica. Tengo que enseñarle una herida que no se cura.
1|healthcare|chat|es|quiero pedir cita para análisis de sangre en el centro de salud
1|healthcare|phone|es|Paciente solicita cambiar la cita presencial de fisioterapia al jueves. Cambiada.
1|healthcare|web|pt|Tenho de ir ao centro de saúde tirar os pontos da operação. Como faço a marcação?
1|healthcare|web|en|My son needs his eyes tested for glasses. Book an eye test at the optician please.
1|healthcare|email|en|Can you arrange for the ECG to be done at the surgery before my hospital appointment?
# negatives
0|healthcare|web|en|Please convert my appointment on Thursday to a video call. I'm well enough to talk but can't travel.
0|healthcare|chat|en|How do I join the telehealth video appointment? The link isn't working.
0|healthcare|email|en|I'd like a repeat prescription for my inhaler sent to the pharmacy.
0|healthcare|chat|en|What time does the clinic open on Saturdays?
0|healthcare|web|en|Where can I see my blood test results? The app says they're available.
0|healthcare|phone|en|Patient wanted results of scan. Doctor called back and explained. No follow-up needed.
0|healthcare|email|en|I received a bill for my appointment last month. I thought it was covered by insurance.
0|healthcare|chat|en|Please cancel my appointment tomorrow, I'm feeling better.
0|healthcare|email|en|The receptionist was rude when I visited on Monday. I would like to make a complaint.
0|healthcare|chat|en|Is there parking at the new clinic building?
0|healthcare|web|en|Please update my address on my patient record.
0|healthcare|chat|en|Can I get a sick note without coming in?
0|healthcare|phone|en|Patient asked for a phone consultation for medication question. Booked call back with pharmacist.
0|healthcare|chat|es|a qué hora abre el centro de salud por la tarde?
0|healthcare|email|es|Quiero cambiar mi cita presencial por una videoconsulta, no puedo desplazarme.
0|healthcare|chat|es|no me funciona el enlace de la teleconsulta
0|healthcare|email|en|How do I request my medical records?
0|healthcare|chat|en|I had my appointment in person yesterday, can the doctor email me the referral letter?
0|healthcare|web|en|I want to register at your practice. Can I do it online?
0|healthcare|chat|en|I was charged a missed appointment fee but I cancelled 48 hours before. Please refund.
# automotive: dealers, service, roadside
1|automotive|email|en|My car has a recall notice for the airbag. Please book it into the dealership to have the work done.
1|automotive|web|en|Book a service: 40,000 mile service plus MOT. I'll drop the car off at 8am.
1|automotive|chat|en|broken down on the A34 southbound near junction 9, engine warning light then lost power. need someone out
1|automotive|phone|en|Member broken down at home, flat battery. Patrol dispatched, ETA 45 min.
1|automotive|email|en|I'd like to book a test drive of the electric SUV at your showroom on Saturday.
1|automotive|chat|en|can I change my tyre fitting appointment to friday? the mobile fitter was coming to my work
1|automotive|web|en|The warning light came on again after your workshop fixed it last week. I need to bring the car back in.
1|automotive|phone|en|Customer's car needs software recall update which can only be done at the dealer (no OTA for this model). Booked workshop slot Thu.
1|automotive|email|en|I've got a nail in my tyre and the car is on my drive. Is your mobile tyre service able to come to my house?
1|automotive|walk_in|en|Customer dropped off vehicle for brake noise. Road tested with customer, front pads worn. Quoted and booked in for today.
1|automotive|chat|en|I'm collecting my new car on Friday. Will someone go through all the features with me at the handover?
1|automotive|email|en|My car was damaged in the car park. The body shop says they need to see it to give an estimate. Can I bring it in Tuesday?
1|automotive|social|en|@roadside been waiting 2 hours on the hard shoulder with 2 kids. where is the recovery truck??
1|automotive|phone|en|Customer locked keys in the car at supermarket. Patrol dispatched to unlock.
1|automotive|web|en|Request: collection and delivery service for the annual service. Please collect the car from my office car park.
1|automotive|email|es|Buenas, quiero llevar el coche al taller para la revisión de los 30.000 km. Qué días tienen hueco?
1|automotive|chat|es|me he quedado tirado en la autopista con una rueda pinchada, necesito la grúa
1|automotive|phone|es|Cliente solicita cita en taller por ruido en la suspensión. Se le da cita el lunes a las 9.
1|automotive|email|de|Hallo, ich möchte einen Termin in der Werkstatt für den Reifenwechsel auf Winterreifen vereinbaren.
1|automotive|field|en|Roadside: vehicle non-start, faulty starter motor. Unable to repair at roadside, towed to customer's chosen garage.
1|automotive|chat|en|the dealer needs to inspect the car before they accept the trade in. when can I bring it to the showroom?
1|automotive|web|en|My windscreen wipers don't work at all and it's raining. Can the dealer look at it today?
# negatives
0|automotive|chat|en|What time does the showroom close on Saturday?
0|automotive|email|en|Does my roadside assistance cover Europe? I'm driving to France in July.
0|automotive|web|en|I'd like to change the bank account for my car finance payments.
0|automotive|chat|en|My car's app doesn't show the battery level anymore. Can you fix it?
0|automotive|phone|en|Customer asked how to install the over-the-air update. Explained it's done from the car's screen. Update completed while on call.
0|automotive|email|en|The dealer charged me £90 for a diagnostic when the fault was covered under warranty. Please refund.
0|automotive|chat|en|How much is the 40,000 mile service? Just want a price.
0|automotive|web|en|Please send me a copy of my service history. I'm selling the car.
0|automotive|chat|en|Do you do a click and collect for car parts? I'll fit them myself.
0|automotive|email|en|I got my car back from the service and it wasn't washed as promised. Just giving feedback.
0|automotive|chat|en|The recovery driver who came was brilliant. Please thank him.
0|automotive|phone|en|Customer called to cancel MOT booking; already done elsewhere. Cancelled.
0|automotive|chat|en|my car's bluetooth won't connect to my new phone
0|automotive|email|en|Can I settle my finance agreement early? What's the figure?
0|automotive|chat|es|hasta qué hora abre el concesionario los sábados?
0|automotive|email|es|Me han cobrado de más en la factura de la revisión. Solicito que me devuelvan la diferencia.
0|automotive|chat|es|cómo actualizo el mapa del navegador?
0|automotive|web|en|My tyre pressure warning was on but I inflated the tyres at the petrol station and it's gone. Please cancel the mobile tyre visit.
0|automotive|chat|en|Is the roadside assistance number the same for all my cars?
0|automotive|email|en|I'd like to know where my nearest dealer is. Postcode NE3.
# property management / lettings / facilities
1|property|email|en|The boiler in flat 6 has no hot water since Sunday. Please send a maintenance engineer.
1|property|web|en|Maintenance request: kitchen tap dripping constantly, bathroom extractor not working. Access OK any weekday morning.
1|property|chat|en|there's water coming through my ceiling from the flat above. urgent
1|property|phone|en|Tenant reports front door lock broken, cannot secure property. Emergency locksmith booked tonight.
1|property|email|en|Please confirm the date for the move-out inspection. I hand the keys back on the 30th.
1|property|web|en|Black mould in the bedroom corner is getting worse. I'd like someone to come and inspect it.
1|property|chat|en|can the contractor come back to finish the bathroom tiling? he left halfway through
1|property|email|en|The pest control visit for the mice is booked on Tuesday but I'm at work. Could it be Thursday instead?
1|property|phone|en|New tenant, needs key handover and check-in inventory at the property. Arranged with agent Friday 10am.
1|property|email|en|The communal front door entry buzzer is broken. Nobody can get into the building without a key. Please get it repaired.
1|property|web|en|Annual fire alarm test for our block, can you confirm when the engineer is coming so residents can be told?
1|property|chat|en|the radiator in my lounge is leaking onto the floor. I've put a towel down. need someone to look at it
1|property|field|en|Maintenance visit: replaced washer on kitchen tap, unblocked bathroom sink, resealed bath. Tenant signed job sheet.
1|property|phone|en|Landlord requires gas safety inspection at rental property. Engineer booked, tenant to provide access.
1|property|email|en|I'm the tenant at 22B. The window in the back bedroom won't close and it's freezing. Please send someone to fix it.
1|property|email|es|Buenos días, en el piso tenemos una fuga de agua en el baño. Necesitamos que venga el fontanero lo antes posible.
1|property|chat|es|la calefacción no funciona y tengo un bebé. pueden mandar a alguien hoy?
1|property|phone|es|Inquilino solicita cambiar la fecha de la visita del técnico de la caldera al jueves. Cambio confirmado.
1|property|email|fr|Bonjour, le volet roulant de la chambre est bloqué. Pouvez-vous envoyer quelqu'un pour le réparer ?
1|property|web|en|Prospective tenant: I'd like to arrange a viewing of the 2-bed on Park Lane this weekend.
1|property|chat|en|the lift in block C has been broken for 5 days and I'm on the 9th floor with a pram. someone needs to fix it
# negatives
0|property|email|en|I've paid my rent by bank transfer. Can you confirm you received it?
0|property|web|en|How do I log into the tenant portal?
0|property|chat|en|When does my tenancy agreement end?
0|property|email|en|My neighbour plays loud music every night. Can you send him a warning letter?
0|property|chat|en|The plumber came and fixed the leak, thanks. Can you send me the invoice for my insurer?
0|property|email|en|I was charged for a maintenance visit that was to fix damage caused by the previous tenant. Please reverse the charge.
0|property|web|en|Can I have a pet in my flat? What's the policy?
0|property|chat|en|What are the office opening hours?
0|property|email|en|Please send me the deposit protection certificate.
0|property|chat|en|The heating started working again after I bled the radiator like your video showed. No need for the engineer.
0|property|phone|en|Tenant asked for the contractor's phone number to chase a quote. Provided. Work not yet approved.
0|property|chat|es|cuándo me devuelven la fianza?
0|property|email|es|He pagado el alquiler por transferencia, pueden confirmar que lo han recibido?
0|property|chat|es|cómo accedo al portal del inquilino?
0|property|email|en|I'd like to renew my lease for another 12 months. Please send the paperwork by email.
0|property|chat|en|The contractor left a mess in the hallway after repairs. It's clean now but I want you to know.
0|property|web|en|Can I pay the service charge in instalments?
0|property|chat|en|Please remove the inspection appointment from my calendar, it was cancelled by the agent.
0|property|email|en|When will the bin store be emptied? The council hasn't collected for 2 weeks.
# government / public services
1|government|web|en|I need to book a biometrics appointment for my residence permit. Fingerprints and photo.
1|government|email|en|My passport application was put on hold and I've been asked to attend an interview in person to confirm my identity. How do I book it?
1|government|chat|en|how do I book my practical driving test? I passed the theory
1|government|phone|en|Citizen needs to sign the declaration in person before a registrar. Appointment booked at the town hall.
1|government|email|en|I need to register my baby's birth. The register office says I need to attend in person with the father. When are your next slots?
1|government|web|en|Book appointment: collect my new ID card at the citizen service office.
1|government|chat|en|the online form rejected my documents and says I have to bring the originals to the office to be checked. can I book a time?
1|government|email|en|My elderly mother can't travel. Is it possible for an officer to visit her at home to witness her signature for the benefits claim?
1|government|phone|en|Caller reports dangerous pothole and fallen tree blocking pavement on Mill Lane. Highways inspector to attend.
1|government|web|en|We need an environmental health officer to inspect the restaurant before we can reopen.
1|government|email|en|I want to reschedule my citizenship ceremony from the 12th to the next available date.
1|government|chat|en|Planning enforcement: neighbour is building a 3-storey extension without permission. Can someone come and look at the site?
1|government|email|es|Necesito pedir cita presencial para renovar el DNI. En la web no aparecen huecos.
1|government|chat|es|tengo que ir a la oficina a tomarme las huellas para la tarjeta de residencia, cómo pido cita?
1|government|phone|es|Ciudadano solicita cita para compulsar documentos originales en la oficina de registro. Asignada el martes.
1|government|email|fr|Bonjour, je dois prendre rendez-vous en mairie pour déposer ma demande de passeport et donner mes empreintes.
1|government|email|pt|Bom dia, preciso agendar atendimento presencial para reconhecer firma no cartório.
1|government|web|en|The council's building control officer needs to do the final inspection on our loft conversion. Please book.
# negatives
0|government|web|en|What are the opening hours of the council office in the town centre?
0|government|chat|en|How do I renew my passport online?
0|government|email|en|I submitted the online form for my parking permit 3 weeks ago. What's the status?
0|government|chat|en|Can I pay my council tax in instalments?
0|government|web|en|I visited your website but can't find the form to report a missed bin collection.
0|government|chat|en|Where is the register office? Just the address please.
0|government|email|en|I was sent a penalty notice but I paid on time. Please cancel it.
0|government|chat|en|Is the driving theory test done online or at a centre?
0|government|email|en|The officer who inspected my restaurant last week was very helpful. Thanks.
0|government|phone|en|Caller asked how to apply for a blue badge. Directed to online form, sent link by text.
0|government|chat|es|cuál es el horario del ayuntamiento?
0|government|email|es|Presenté la solicitud online hace un mes y no tengo respuesta.
0|government|chat|es|puedo hacer el trámite por internet o tengo que ir?
0|government|web|en|I need a copy of my birth certificate posted to me.
0|government|chat|en|My online account for tax says my details are wrong. How do I update?
0|government|email|en|Please cancel my appointment at the office on Friday. I've done it online instead.
# software / SaaS
1|saas|email|en|As part of our enterprise contract we're entitled to two days of on-site training for our warehouse team. Please schedule the trainer to visit our Dublin site.
1|saas|web|en|We need your engineer on site to install the on-premise server appliance in our data centre. Rack space is ready.
1|saas|email|en|Our POS terminals in the shop need installing and the card readers configuring. The contract includes an installer visit. When can they come?
1|saas|chat|en|Can your consultant come to our office for the go-live week? Staff want someone in the room when we switch over.
1|saas|phone|en|Customer's on-prem hardware key failed; needs physical replacement and re-install by field engineer at their plant.
1|saas|email|es|Necesitamos que un técnico venga a la oficina a instalar los terminales del sistema de fichaje.
# negatives
0|saas|chat|en|I can't log in. Password reset email never arrives.
0|saas|email|en|Our API calls return 500 errors since this morning.
0|saas|web|en|Please upgrade our plan from Team to Business.
0|saas|chat|en|How do I create a new branch in the project repository from your UI?
0|saas|email|en|Our engineers are seeing high latency on the EU cluster.
0|saas|chat|en|Can we get a remote onboarding session for our team next week via Zoom?
0|saas|email|en|Where can I download the desktop app installer for Mac?
0|saas|web|en|Invoice has the wrong VAT number. Please reissue.
0|saas|chat|en|I visited your site and the pricing page shows a different price than my invoice.
0|saas|email|en|Please delete my account and all my data.
0|saas|chat|en|The install of the plugin fails with "permission denied".
0|saas|email|en|Can your support engineer do a screen share to look at our config?
0|saas|chat|es|no puedo iniciar sesión en la aplicación
0|saas|email|es|La factura de este mes tiene un importe incorrecto.
0|saas|chat|en|Is your data stored in the EU?
0|saas|email|en|We'd like to cancel the on-site training day; a remote session works better for us now.
0|saas|chat|en|How do I integrate with our Shopify store?
0|saas|web|en|The app store rating prompt keeps showing. How do I turn it off?
# home internet: ordinary remote tickets and near misses
0|telecom|email|en|Internet has been really slow every evening for two weeks. Speed test shows 8Mb on a 200Mb plan. Please look into it.
0|telecom|chat|en|no internet since 6am, all lights on the router are green except the globe one which is red
0|telecom|phone|en|Customer reported no service. Area outage confirmed (fibre cut at exchange). ETA given, SMS updates set up.
0|telecom|chat|en|wifi keeps disconnecting on my laptop but my phone is fine
0|telecom|email|en|My bill this month is £20 higher than usual and I don't know why.
0|telecom|web|en|I want to cancel my contract. How much is the early termination fee?
0|telecom|chat|en|can you change my payment date to the 28th
0|telecom|email|en|I forgot my account password and the reset link goes to an old email I can't access.
0|telecom|chat|en|how do I change the name of my wifi network
0|telecom|social|en|@isp internet down in SW12 for the 3rd time this week. what's going on
0|telecom|phone|en|Customer's router rebooting every few minutes. Pushed firmware update remotely, stable after 30 mins on call.
0|telecom|email|en|I'd like to add the sports package to my TV subscription from next month.
0|telecom|chat|en|my streaming keeps buffering on the TV box but netflix on the laptop is fine
0|telecom|web|en|Please send me a paper copy of my last 3 bills.
0|telecom|chat|en|I keep getting calls from someone claiming to be from your tech team asking for remote access to my PC. Is that you?
0|telecom|email|en|Hi, I'm going on holiday for 3 months. Can I pause my broadband?
0|telecom|chat|en|my landline number shows as withheld when I call people, how do I change that
0|telecom|phone|en|Customer unable to access email. Mailbox full. Helped delete old items. Working.
0|telecom|chat|en|the router's 5ghz network disappeared
0|telecom|email|en|You've charged me for a router I returned in March. I have the proof of postage.
0|telecom|web|en|What's the difference between your Fibre 500 and Fibre 900 plans?
0|telecom|chat|en|internet is working but really slow on the gaming console only, ping is 200ms
0|telecom|social|en|Your customer service line has a 45 minute wait. Ridiculous.
0|telecom|email|en|I'm a student moving into halls in September. Can I take my router with me and use it there?
0|telecom|chat|en|hi, do you offer a social tariff? I'm on universal credit
0|telecom|phone|en|Customer asked for a technician because wifi weak in loft room. Advised mesh booster, ordered, posted to customer for self-setup.
0|telecom|email|en|Since the upgrade last week my phone line doesn't ring but I can make outgoing calls.
0|telecom|chat|en|Can you check my line remotely? I think the noise on calls is back.
0|telecom|web|en|Request for a PAC code / switching code. I'm leaving.
0|telecom|chat|en|My TV box says no signal on HDMI. tried another cable same thing
0|telecom|email|en|The outage in our village is now fixed. I'd like a credit for the 5 days without service.
0|telecom|chat|en|what DNS servers do you use
0|telecom|phone|en|Customer had no internet after power cut. Router needed factory reset, reconfigured remotely by agent. Resolved.
0|telecom|email|en|Stop sending me marketing emails. I've unsubscribed three times.
0|telecom|chat|en|can I get a static IP address on a home plan
0|telecom|web|en|I've been a loyal customer for 10 years and new customers get a better price. Can you match it?
0|telecom|chat|en|The router light is flashing blue. The manual doesn't say what that means.
0|telecom|email|en|I think someone is using my wifi without permission. How do I see connected devices and block them?
0|telecom|chat|en|my son's game console says strict NAT. how do i fix
0|telecom|phone|en|Caller reports intermittent dropouts. Advised moving router away from cordless phone base. Customer will monitor.
0|telecom|email|en|Dear team, my direct debit failed because I changed banks. Please take the payment manually.
0|telecom|chat|en|Does the router support WPA3?
0|telecom|social|en|thanks for fixing the broadband so quick yesterday, the remote reset did the trick
0|telecom|chat|en|I want to remove the landline from my package, I only use mobiles
0|telecom|web|en|My contract renewal email says I'll get a new router. Will it be posted or do I have to collect it?
0|telecom|chat|en|the engineer's van is parked outside my neighbour's. is there work going on in the street? should I expect an outage?
0|telecom|phone|en|Customer asked if the technician visit she had in January will appear on her bill. Confirmed no charge.
0|telecom|chat|en|my internet works in the morning but drops every afternoon around 3pm
0|telecom|email|en|I'm writing to make a formal complaint about how long it took to fix my outage (11 days). It's fixed now. I expect compensation.
0|telecom|chat|en|what's my account number? I need it for the moving form
0|telecom|web|en|Please send me the return bag for the TV box. I cancelled the TV part.
0|telecom|chat|en|Do you have any deals for existing customers?
0|telecom|email|en|The speeds are fine on cable but awful on wifi. Is the router the problem?
0|telecom|chat|en|I got a letter saying my phone line will be switched to digital. Do I need to do anything?
0|telecom|phone|en|Customer's digital phone not working after the switch to VoIP. Reprovisioned on our side, test call OK.
0|telecom|chat|en|can I use my own router instead of yours
0|telecom|email|en|I received a new router in the post but I didn't order one. Was this sent by mistake?
0|telecom|chat|en|is there an outage? my whole building is offline
0|telecom|email|en|I moved the router to the first floor and now my smart TV downstairs won't connect. Any tips?
0|telecom|web|en|My email account has been hacked and is sending spam. Help!
0|telecom|chat|en|why do I have to pay for the engineer if the problem was the router you gave me? I'm not paying this bill.
0|telecom|email|en|I'd like to know what happened to my complaint from last month about the installation delay. No one got back to me.
0|telecom|chat|en|I've heard you're bringing fibre to our street. When will it be available?
0|telecom|phone|en|Customer reports speed drop after a storm. Line resynced remotely at lower profile, will step up automatically. No fault found on line.
0|telecom|email|en|My neighbour said your engineers are visiting the area next week. Will there be any downtime?
0|telecom|chat|en|the app says "service disruption in your area". how long for?
0|telecom|social|en|congrats on the worst customer service ever. 3 hours on hold to change my bank details
0|telecom|email|en|My bill shows a charge for calls to a premium number. I never called it.
0|telecom|chat|en|Can you send me the installation manual for the router as PDF?
0|telecom|web|en|The self-install kit arrived. I followed the steps but the power light just flashes. What next?
0|telecom|chat|en|I put the router in myself with the kit, how long before the line goes live?
0|telecom|email|en|Just letting you know I've successfully installed the router from the self-install pack. Everything's working.
0|telecom|chat|es|no tengo internet desde esta mañana, hay alguna avería en la zona?
0|telecom|email|es|La factura de este mes es más alta de lo normal. Pueden explicarme el motivo?
0|telecom|chat|es|cómo cambio la contraseña del wifi?
0|telecom|phone|es|Cliente con cortes intermitentes. Se actualiza el firmware del router en remoto. Conexión estable.
0|telecom|chat|es|quiero darme de baja, cuánto es la penalización?
0|telecom|email|es|El router que me enviaron por mensajería ya está instalado y funciona. Gracias.
0|telecom|social|es|otra vez sin internet en todo el barrio. cuándo lo arreglan?
0|telecom|chat|es|la velocidad es muy lenta por las noches, contraté 600 megas y me llegan 50
0|telecom|email|es|Me han cobrado dos veces la cuota de octubre.
0|telecom|chat|es|el decodificador dice sin señal, ya lo he reiniciado
0|telecom|email|pt|Olá, a minha internet está muito lenta à noite. Podem verificar a linha remotamente?
0|telecom|chat|de|Mein WLAN ist seit gestern sehr langsam. Können Sie die Leitung prüfen?
0|telecom|email|fr|Bonjour, ma facture de ce mois est plus élevée que d'habitude. Pourquoi ?
# near-miss negatives across industries (share vocabulary with positives)
0|banking|chat|en|I want to talk to a person, not a bot. Can someone call me about my mortgage?
0|banking|email|en|The branch told me to ring this number. I need my PIN reminder sent.
0|banking|phone|en|Customer asked which documents she'd need if she ever had to verify ID in branch. Explained; she verified via app instead during the call.
0|banking|chat|en|The mortgage adviser appointment is by phone, right? I can't get to a branch.
0|banking|email|en|I've already signed the loan agreement at the branch last week. When will the money arrive?
0|banking|chat|en|my safe deposit box invoice seems too high this year, can you check the fee
0|banking|web|en|The branch visit I had last week was a waste of time. Please record my complaint. I don't need another appointment.
1|insurance|chat|en|Do I have to be at home for the inspection or can the adjuster look from outside?
0|insurance|email|en|The assessor came yesterday. I'd like a copy of his report sent to my email.
0|insurance|phone|en|Customer asked whether the loss adjuster's fee is deducted from the payout. Explained, no further action.
0|insurance|web|en|Please update my address on the policy. I've moved house.
0|insurance|chat|en|I need proof of no claims for my new insurer.
0|utilities|chat|en|The engineer fitted my smart meter last month. Why am I still getting estimated bills?
0|utilities|email|en|Your meter reader keeps coming when I'm at work. I'll just send readings online from now on, please stop the visits.
0|utilities|phone|en|Customer asked if she needs to be present for the water main works in her road. Advised no access needed.
0|utilities|web|en|I booked a smart meter install but I'm moving house next week. Please cancel it.
0|utilities|chat|en|why is the engineer visit charge on my bill when the fault was in the street
0|utilities|email|en|How do I find my MPAN number? It's needed for a switch.
0|retail|chat|en|How long do I have to return something bought in store?
0|retail|email|en|I bought a lamp in store but want to return it by post, is that allowed?
0|retail|chat|en|Can I reserve an item online and pay in store? Just checking how it works.
0|retail|web|en|My order for store pickup has been "processing" for 6 days. Please update me.
0|retail|email|en|I'd like store credit instead of a refund for my online return, is that possible?
0|retail|chat|en|is there a store near the airport? landing at 11pm, just want to know
0|retail|phone|en|Customer asked if the assembly service can be added after purchase. Explained yes at £40. Customer will decide later.
0|electronics|chat|en|Your store staff recommended this laptop and the battery is awful. Is that normal?
0|electronics|email|en|I'd like a copy of the repair report from the technician, I'm claiming on insurance.
0|electronics|chat|en|Does the TV come with a wall mount or do I buy it separately?
0|electronics|web|en|I was told the repair would be done in store in 1 hour but it took 3 days. Please refund the express fee.
0|appliances|chat|en|is the engineer visit free in the first year?
0|appliances|email|en|The washing machine was installed by your team yesterday. What's the best programme for wool?
0|appliances|web|en|I want to buy a replacement filter. Which one fits model WM-800?
0|appliances|chat|en|Do your engineers cover the Isle of Wight? Just checking before I buy.
1|healthcare|chat|en|What should I bring to my in-person appointment next week?
0|healthcare|email|en|I went to the clinic for my blood test yesterday. When will results be ready?
0|healthcare|web|en|Can my appointment be over the phone? I'd prefer not to come in.
0|automotive|chat|en|The workshop serviced my car last week. Can you email the invoice?
0|automotive|email|en|Does the car need to go to the dealer for the software update or does it happen automatically?
0|automotive|web|en|I want to cancel my roadside assistance membership.
0|property|email|en|The maintenance man fixed the boiler yesterday. Can you confirm the repair is covered by the landlord?
0|property|chat|en|Can I paint my bedroom? Do I need permission?
0|government|chat|en|Do I need an appointment to visit the council office or can I walk in?
0|government|email|en|I attended my biometrics appointment last week. When will my card be ready?
0|government|web|en|How long does the driving licence renewal take online?
0|saas|chat|en|Is there an onsite option in your enterprise plan? Just researching for next year.
0|saas|email|en|Our on-site training last week was great. Can you send the slides?
0|saas|chat|en|We had an installation error on the server, your engineer fixed it via remote session. Closing the ticket.
0|telecom|chat|en|Can I visit a store to pay? Actually never mind, I've paid online.
0|telecom|email|en|The shop assistant sold me the wrong plan. Please switch me to the 300Mb one, I don't need to go back in.
0|mobile|chat|en|I was in your store yesterday and they said my upgrade is due. How do I do it online?
0|mobile|email|en|I booked an in-store repair but found a cheaper repair shop. Please cancel my appointment and refund the deposit.
0|telecom|chat|en|I need an engineer? no wait, the router was unplugged. sorry, all good
0|telecom|email|en|Your engineer reference was ENG-5512. Can you add it to my complaint file? The complaint is about billing.
0|utilities|chat|en|the gas engineer came and said everything is safe. can I have the certificate by email
0|banking|chat|en|I tried to visit the branch but it's closed. I just need to order a new chequebook.
0|insurance|email|en|I'd like to cancel the inspection appointment. I've decided not to claim after all.
0|retail|chat|en|The fitter came and fitted the carpet perfectly, but I was overcharged for underlay. Please refund the difference.
0|appliances|email|en|I'm unhappy that the engineer who came took three visits to fix it. It works now. I'd like compensation for my time off work.
0|telecom|email|en|The installer was great but your booking system sent me 12 reminder texts. Please fix your system.
0|mobile|chat|en|Can I pick up a new phone in store today if I order online? Which store has stock?
1|property|email|en|I got a letter saying someone will inspect the fire alarms next week. Do I need to be in? If not I won't be.
1|healthcare|chat|es|qué documentos tengo que llevar a la cita presencial?
0|banking|chat|es|ya firmé la hipoteca en la oficina, cuándo me ingresan el dinero?
0|retail|chat|es|cuánto tiempo tengo para devolver algo comprado en tienda?
0|utilities|chat|es|el técnico instaló el contador inteligente pero sigo recibiendo facturas estimadas
0|insurance|email|es|El perito ya vino. Pueden enviarme una copia de su informe?
0|appliances|chat|es|el técnico cubre mi zona? todavía no he comprado la lavadora
0|automotive|email|es|El taller me hizo la revisión la semana pasada, me pueden mandar la factura por email?
0|government|chat|es|hace falta cita para ir al ayuntamiento o se puede ir sin cita?
# positives without the obvious keywords (the need itself implies presence)
1|utilities|chat|en|the reader left a card saying he couldn't get to the meter. it's in the locked garage, I'm only in after 6
1|banking|email|en|I need to sign the mortgage papers.
1|banking|chat|en|completing on the house next week and the lender wants my signature witnessed. who can do it
1|government|chat|en|I need my fingerprints taken for the visa application
1|property|email|en|The flat above is leaking into our bathroom light fitting. Water dripping out of the bulb.
1|insurance|email|en|Somebody needs to look at the roof damage before you pay out, the builder won't start otherwise.
1|telecom|chat|en|a lorry took down the wire to my house this morning, it's lying across the drive
1|telecom|email|en|There's a cable hanging down across our street at head height since the storm. It's yours, it has your tag on it.
1|appliances|chat|en|dishwasher is leaking all over the kitchen floor and it's built in, I can't pull it out
1|utilities|phone|en|Customer reports a hissing sound and smell near the meter box outside. Emergency attendance raised.
1|automotive|chat|en|car won't start, I'm in the supermarket car park in Didcot, can you send help
1|property|chat|en|locked out of my flat, the key snapped in the lock
1|healthcare|chat|en|my daughter needs her booster jabs, when can we come in?
1|government|email|en|I need my documents certified as true copies of the originals for the pension office.
1|banking|phone|en|Customer wishes to open a business account; regulations require directors to present original ID. Meeting set at branch.
1|telecom|web|en|The box on the outside of my house is smoking.
1|telecom|chat|en|builders knocked the junction box off the wall during the extension. no phone no internet
1|utilities|email|en|Our outside tap pipe burst and water is coming up through the garden near the water company's valve. I can't turn it off.
1|insurance|chat|en|the car's in the garage after the crash and they can't start until your guy has seen it
1|retail|chat|en|the sofa was delivered with a broken leg and the frame creaks. need someone to look at it here, it's too big to send back myself
1|electronics|email|en|My 85" TV has a dead panel. It took two people to put it on the wall. I need the repair done where it is.
1|property|web|en|The smoke alarm keeps beeping and it's on a 4m high ceiling. I can't reach it.
1|telecom|phone|en|Customer reports the phone cable under the carpet was cut during floor fitting. No connection. Needs rewiring to socket, appointment made.
1|mobile|chat|en|my phone was stolen and the thief changed my sim. your app says I must show my passport to get my number back
1|banking|web|en|I'd like to withdraw my gold coins from the vault. Please arrange a time.
1|utilities|web|en|Pylon cable sagging low over our field after the gale. Cattle underneath. Please send someone.
1|automotive|email|en|The car makes a grinding noise when braking. I'd like a mechanic to look at it this week.
1|government|web|en|I need to pick up my new residence card, the letter says collection only.
1|telecom|chat|en|the fibre pipe in the road outside has been left open by your contractors for 2 weeks. it's a trip hazard and my service hasn't been connected
1|healthcare|web|en|My wound is oozing and red around the edges. The practice nurse needs to look at it.
1|appliances|email|en|The freezer is iced up inside the back wall and won't defrost. Food has gone off twice. I tried the manual defrost, no luck.
1|insurance|phone|en|Policyholder's conservatory roof destroyed by fallen tree. Cannot be assessed from photos due to scale. Assessor appointment booked.
1|property|email|en|Please could someone let the gas man in on Thursday? I'll be at work and the landlord has keys.
1|telecom|email|en|Since your contractor drilled into the wall, the socket hangs off by the wires. Needs putting back.
1|utilities|chat|en|the seal on my meter is broken and the display keeps going blank
1|banking|chat|en|the cash machine swallowed my card, it's the one inside the branch. can I get it back over the counter?
1|retail|email|en|My new sofa is too wide for the stairs. Please have the delivery team come back and take the feet off and bring it up through the window like they said.
1|electronics|chat|en|the security camera your team put up is pointing at the sky after the wind. need it re-angled, it's 5m up
1|automotive|web|en|Flat tyre, no spare, at home. Need a tyre fitted today.
1|government|chat|en|the streetlight outside number 14 is hanging from its cable and sparking
1|mobile|phone|en|Customer's phone won't turn on at all after a fall. Wants staff to look at it today before deciding. Booked into store 4pm.
1|healthcare|email|en|My mum needs a carer to come and help her with washing and dressing after her hip operation. Can it start on Monday?
# ordinary remote tickets, part A
0|mobile|chat|en|I've gone over my data allowance and got charged £15. Can you add a bolt-on instead?
0|mobile|email|en|Hello, I was promised a discount of £5 a month when I renewed in March and it's still not on my bill. Can you apply it and backdate it please? Thanks, Gareth
0|mobile|chat|en|how do i set up voicemail
0|mobile|web|en|My phone shows SOS only since this morning. Restarted twice.
0|mobile|chat|en|can I keep my number if I move to pay as you go?
0|mobile|social|en|texts aren't sending to iPhones from my android, anyone else?
0|mobile|email|en|Please add my daughter as an extra line on my account.
0|mobile|chat|en|I need my contract end date
0|mobile|phone|en|Customer's calls dropping in home. Enabled wifi calling on handset, test call OK.
0|mobile|chat|en|Why was I charged for a call to 0845?
0|mobile|web|en|Lost phone. Please suspend my line and bar the IMEI.
0|mobile|chat|en|does my plan include EU roaming after the changes
0|mobile|email|en|The trade-in credit for my old phone hasn't been paid. I posted it 4 weeks ago in your envelope.
0|mobile|chat|en|my new phone arrived but the courier left it with a neighbour I don't know. is that normal
0|banking|chat|en|I'm locked out of the app after too many attempts.
0|banking|email|en|I need to dispute a payment to an online retailer. I never received the goods.
0|banking|chat|en|my salary hasn't arrived, did you receive a payment from my employer?
0|banking|web|en|Please send a new card reader for online banking, mine broke.
0|banking|app|en|I can't add my card to Apple Pay. It says contact your bank.
0|banking|chat|en|What's the interest rate on the easy access saver?
0|banking|email|en|I've been a victim of a scam and transferred £2,000. Please help me get it back.
0|banking|chat|en|how do I get a statement for the last 6 months
0|banking|phone|en|Customer reported card lost abroad. Card blocked, emergency cash arranged via partner, replacement card couriered to hotel.
0|banking|chat|en|can I freeze my card temporarily
0|banking|email|en|Why was my standing order not paid this month?
0|banking|web|en|I want to change my address on the account.
0|insurance|chat|en|how do I make a claim for a lost phone?
0|insurance|email|en|My home insurance renewal doc lists the wrong number of bedrooms. Please correct it.
0|insurance|web|en|I'd like a quote for contents insurance for a 1-bed flat.
0|insurance|chat|en|Does my policy cover accidental damage to the TV?
0|insurance|phone|en|Customer asked to add windscreen cover mid-term. Added, prorated premium taken.
0|insurance|email|en|I was in an accident last night, nobody hurt. The other driver admitted fault. What do I do now?
0|insurance|chat|en|When does my direct debit come out?
0|insurance|web|en|Please cancel my policy at renewal. I've found a cheaper one.
0|insurance|email|en|My travel insurance claim for a cancelled flight was rejected. I want to appeal.
0|utilities|chat|en|Why is my direct debit going up to £180?
0|utilities|email|en|I'm moving in to a new house on Friday. How do I set up an account? Meter readings attached.
0|utilities|web|en|Please refund the credit on my account, it's over £300.
0|utilities|chat|en|Can I get a paper bill instead of online?
0|utilities|phone|en|Customer queried why her usage doubled. Walked through consumption data, new electric heater explains it.
0|utilities|email|en|I received a final demand for an account I closed in 2021.
0|utilities|chat|en|how do I top up my prepay meter online
0|utilities|web|en|Water bill is much higher than last year. Is there a leak allowance?
0|retail|chat|en|My discount code says expired but the email says valid until Sunday.
0|retail|email|en|I received the wrong colour. I ordered navy and got black. Please send the right one and a returns label.
0|retail|web|en|The item was damaged in transit. Photos attached. I'd like a refund.
0|retail|chat|en|When will the green coat be back in stock in size 14?
0|retail|email|en|How many loyalty points do I have?
0|retail|chat|en|can I add something to my order before it ships
0|retail|phone|en|Customer reported missing item from order. Refund issued for the missing item.
0|retail|chat|en|I'd like an invoice with my company name for my order.
0|retail|email|en|My order was meant to arrive yesterday and the tracking hasn't moved for 3 days.
0|retail|web|en|The checkout keeps rejecting my card.
0|electronics|email|en|My laptop fan is very loud. Is there a setting to make it quieter?
0|electronics|chat|en|I bought the wrong cable. Can I swap it by post?
0|electronics|web|en|My earbuds' left bud doesn't charge. I've cleaned the contacts. Please advise on warranty replacement by post.
0|electronics|chat|en|my smart speaker won't connect to wifi after I changed the router
0|electronics|email|en|The tablet I ordered came without a charger. Please send one.
0|electronics|chat|en|Is this camera compatible with my Mac?
0|electronics|phone|en|Customer's TV remote unresponsive. Replaced batteries and re-paired via menu. Fixed.
0|appliances|chat|en|how long should the eco cycle take on my dishwasher? it says 3h50
0|appliances|email|en|The fridge is making a clicking noise every few minutes. Is that normal?
0|appliances|web|en|I'd like to order a replacement cutlery basket.
0|appliances|chat|en|the app for my washing machine won't connect to wifi
0|appliances|phone|en|Customer asked about the warranty terms for her cooker. Explained 2 years parts and labour. No fault.
0|healthcare|chat|en|Can I change my registered pharmacy?
0|healthcare|email|en|I need a letter from the doctor for my employer. Can it be emailed?
0|healthcare|web|en|The appointment booking page shows no availability for 3 weeks. Is that right?
0|healthcare|chat|en|how do I order my repeat prescription through the app
0|healthcare|phone|en|Patient asked about the cost of a private medical certificate. Explained fee, will call back.
0|automotive|chat|en|can I change the date of my monthly finance payment
0|automotive|email|en|My new car was delivered with only one key. Where's the second one? Can you post it?
0|automotive|web|en|Please send me the V5C logbook, I haven't received it.
0|automotive|chat|en|my car's connected app says subscription expired. how much to renew
0|property|email|en|I'd like to give notice to end my tenancy on 31 August.
0|property|chat|en|My rent payment bounced, can I pay by card?
0|property|web|en|Can you confirm my deposit was registered with the scheme?
0|property|chat|en|who do I contact about parking permits for the building
0|government|chat|en|How do I apply for a fishing licence?
0|government|email|en|I want to appeal my parking fine. The sign was covered.
0|government|web|en|What documents do I need to apply for housing benefit online?
0|government|chat|en|my council tax band seems wrong, how do I challenge it
0|saas|chat|en|Can I add 5 more seats to our subscription?
0|saas|email|en|Our SSO integration with Okta broke after your update.
0|saas|web|en|The export to CSV times out for large reports.
0|saas|chat|en|how do i change the owner of the workspace
0|saas|email|en|We need a DPA signed for GDPR. Can you send one?
0|saas|chat|en|The dashboard charts don't load in Safari.
# longer tickets, both labels
1|telecom|email|en|Hello, I'm writing on behalf of my father who is 88 and lives on his own in Hexham. His landline has been dead since last Wednesday and it's the only way his care alarm works. Your automated test says there is a fault on the line near the property. We were told an engineer would be in touch but we've heard nothing. Please can somebody visit as a priority, I can meet them at the house any day this week. Regards, Susan
0|telecom|email|en|Hello, I'm writing on behalf of my mother, who is 79. Her internet stopped working on Sunday and she panicked and booked a technician online. My brother went round yesterday and found the router had been switched off at the wall. Everything is working fine now, so the appointment on Friday isn't needed. Could you please cancel it and make sure she isn't charged? Many thanks, Paul
1|banking|email|en|Dear Sir or Madam, my wife and I are buying our first home and the completion date is 28 June. Our solicitor has told us that the bank's mortgage deed has to be signed in front of a witness and that your branch can provide this. We both work full-time. Is it possible to arrange an appointment on a Saturday morning at the Kingsway branch, and what ID do we need to bring with us? Kind regards, Tom and Leah Morgan
0|banking|email|en|Dear team, we completed on our house purchase last month and the mortgage deed was signed and witnessed at our solicitor's office. We have now received a letter asking us to confirm our direct debit details for the monthly payments. Could you please confirm the first payment date and amount? We'd also like a copy of the offer document for our records. Thanks, Tom and Leah Morgan
1|appliances|email|en|Hi there, the washing machine we bought from you eight months ago has started leaking from the door seal and making a loud banging noise during the spin. I've checked the filter and the hoses as the manual suggests and there's nothing obviously wrong. It's a built-in model so I can't get it out to look at the back. It's still under the manufacturer's two-year warranty. Please can you arrange for an engineer to come and repair it? I work from home so any day is fine.
0|appliances|email|en|Hi there, the washing machine we bought from you eight months ago showed an error code last week and stopped mid-cycle. I looked it up in the manual, cleaned the drain pump filter, which was full of fluff and a sock, and it's been working perfectly since. I just wanted to ask how often I should be cleaning the filter, and whether there's anything else I should be doing to keep it under warranty. Thanks.
1|insurance|email|en|Good afternoon. Following the storm on Saturday night a large section of the garden wall collapsed onto my neighbour's car and part of our garage roof has come off. I have opened a claim online (ref HM-77231) and uploaded photos, but the online system says that for damage of this size a claims assessor needs to inspect the property before anything can be approved. Builders are ready to start. Can you please tell me when the assessor can come out?
0|insurance|email|en|Good afternoon. Following the storm on Saturday I opened a claim for a broken fence panel (ref HM-77232). I uploaded the photos and the quote from my handyman through the app and the claim was approved within a day, which was brilliant. However the payment has gone to my old bank account which I closed last year. Can you please cancel that payment and send it to my new account? Details are on my profile now.
1|property|email|en|To the lettings team. I have reported the damp in the back bedroom three times now. The wallpaper is peeling, there is black mould behind the wardrobe and my son has asthma. Your office keeps telling me to open the windows, but it is getting worse. I want someone to come to the flat and actually inspect it, and then a contractor to fix whatever is causing it. I am home every day after 3pm. Flat 4, 19 Hill Street.
0|property|email|en|To the lettings team. Last month your contractor came and treated the damp in my back bedroom and repainted the wall, and it has been fine since, so thank you for that. I'm writing because I've just noticed my rent went up by £75 from this month and I didn't receive any notice of an increase. Please can you explain this and send me a copy of the notice if one was sent?
1|utilities|email|en|Hello, I have a prepayment electricity meter and it is fitted inside a cupboard at the top of the stairs. I have recently had a stroke and I cannot get up the stairs safely anymore to top it up or check it. My daughter says there is a way to have it moved downstairs or changed to a smart meter that I could top up online. Could you send someone to do this please? I am at home all the time.
0|utilities|email|en|Hello, I have a prepayment smart meter and recently I have not been able to top up online. The app says "meter not found". I can still top up at the shop with my card but I would rather do it on my phone. Last time this happened your team fixed something at their end and it worked again within an hour. Could you please do the same? Thank you.
1|electronics|email|en|Hi, I bought a 75-inch TV from your website with the "deliver, mount and set up" option. The delivery came on Tuesday but the two drivers only brought it into the hall and said the mounting team would come separately. It's still in the box leaning against the wall and I can't lift it on my own. Please tell me when the installers are coming to mount it and set it up. Order 88012-TV.
0|electronics|email|en|Hi, I bought a 75-inch TV from your website with the standard delivery option and mounted it myself with a bracket I already had. It works well, but the picture looks a bit dark compared to the one in the shop. Are there recommended picture settings for this model? Also, I have not received the extended warranty confirmation I paid for. Order 88013-TV.
1|government|email|en|Good morning, my passport renewal has been held up because my appearance has changed significantly since the last photo (I've had surgery). The letter I received says I need to attend an interview at a passport office to confirm my identity in person before the application can proceed. The online booking system doesn't show any interview slots. How can I book one? I travel for a family wedding on the 20th.
0|government|email|en|Good morning, I renewed my passport online three weeks ago and uploaded a new digital photo. The tracker says "we are checking your application" and has not changed for a while. I travel for a family wedding on the 20th. Is there anything I can do to speed this up, or any further documents you need from me? Thank you.
1|automotive|email|en|Hi, last Thursday your workshop replaced the clutch on my van. Since then there's a strong burning smell when I pull away and the pedal feels spongy. I use the van for work and I'm worried it's not safe. Please can I bring it back in as soon as possible so the mechanic can check what's wrong? I can drop it off early tomorrow morning.
0|automotive|email|en|Hi, last Thursday your workshop replaced the clutch on my van. The van is driving perfectly, thanks, but the invoice came to £180 more than the quote I was given, and no one called me to approve extra work. I'd like an itemised breakdown and an explanation of the extra charge before I pay the balance.
1|healthcare|email|en|Hello, I had a video consultation last week about a lump on my neck. The doctor said she would like to examine it properly and that I should book a face-to-face appointment at the surgery within two weeks. The online booking only shows telephone slots. Please can you book me in person with Dr Patel or any of the GPs?
0|healthcare|email|en|Hello, I had a face-to-face appointment at the surgery last week and the doctor said she'd refer me to the hospital for a scan. I haven't heard anything yet. Could you tell me whether the referral letter has been sent and how long the waiting list is? I'm happy to be contacted by phone or email.
1|retail|email|en|Hello, I bought a made-to-measure kitchen from you in the spring. One of the wall units has started to come away from the wall and the door on the corner cupboard has dropped so it doesn't close. The installation was done by your fitters and is still under the one-year guarantee. Could you please send one of the fitters back to fix these? I'm home on Mondays and Wednesdays.
0|retail|email|en|Hello, I bought a made-to-measure kitchen from you in the spring and had it installed by your fitters. Everything is fine. I'd now like to order two extra matching cupboard doors for the utility room, which I'll fit myself. Could you tell me the range name and colour code from my order, and the price of two 500mm doors?
1|telecom|email|es|Buenos días. Les escribo porque desde hace una semana no tengo conexión a internet. Ya he reiniciado el router varias veces y su servicio técnico por teléfono hizo pruebas y me dijo que el problema está en el cable que entra en casa y que tenía que venir un técnico. Nadie me ha llamado todavía para darme cita. Trabajo desde casa y lo necesito urgentemente. Gracias.
0|telecom|email|es|Buenos días. La semana pasada me quedé sin conexión a internet y su servicio técnico lo solucionó por teléfono reconfigurando el router a distancia. Ahora funciona bien, pero en la factura de este mes aparece un cargo de asistencia técnica que no entiendo. Pueden explicarme de qué se trata y, si es un error, devolvérmelo? Gracias.
1|banking|email|es|Hola, soy la albacea de mi padre, que falleció el mes pasado. En la oficina me han dicho que para cancelar sus cuentas tengo que ir en persona con el certificado de defunción, el testamento y mi DNI. Me pueden dar una cita en la oficina de la calle Real? Gracias.
0|banking|email|es|Hola, mi padre falleció el mes pasado y ya entregué toda la documentación en la oficina. Quería saber cuánto tiempo tarda el banco en transferir el saldo de sus cuentas a los herederos y si necesitan algún documento más por correo. Gracias.
1|utilities|web|en|Hi, I'm the new owner of 4 Brook Cottages. The previous owner had the gas supply capped when the house was empty. I need the gas turned back on and the meter checked before I can use the boiler. Please arrange for an engineer to come out; I'm at the property every day this week doing renovation work.
0|utilities|web|en|Hi, I'm the new owner of 4 Brook Cottages and I moved in on the 2nd. The gas and electricity are both on and working. I'd like to set up an account in my name, take the opening readings (gas 10442, elec 55601) and put the bills on direct debit. Please let me know if you need anything else.
1|mobile|email|en|Hi, my account was hacked last night and someone ported my number to another network. My bank has frozen my account because the one-time codes were going to the fraudster. Your phone team said the only way to get my number back and reissue the SIM securely is for me to come into a store with my passport and a utility bill. Which store near Bristol Temple Meads can do it today?
0|mobile|email|en|Hi, I think someone may have tried to access my account last night as I got a text with a PIN I didn't ask for. Nothing has changed on the account as far as I can see. Can you put extra security on it, like a password for phone calls, and tell me if there were any failed login attempts? Thanks.
# mixed part B: phone notes, tweets, web forms
0|telecom|phone|en|Cust called re slow speeds. Checked line stats, noise margin low. Changed profile to stable. Will monitor. Cust happy.
0|telecom|phone|en|Customer wanted to know why the outage took 3 days. Explained fibre break in the duct network. Applied 3 days credit.
0|telecom|phone|en|Caller is a neighbour of a customer, asking us to move our van which blocked his drive. Passed to field manager, no ticket needed.
1|telecom|phone|en|Customer has new kitchen, needs phone socket moved 2 metres. Chargeable internal wiring visit booked 18/3 AM.
1|telecom|phone|en|Fault on line since Sat. Remote test: earth fault. Booked engineer, customer must provide access to the master socket.
0|telecom|phone|en|Customer requested engineer; troubleshooting showed DECT phone base was unplugged. Resolved, no appointment.
0|telecom|phone|en|Caller confirmed her new address for the move. Service transfer scheduled, no visit required as property already connected.
1|telecom|phone|en|Customer moving to farmhouse with no existing line. New line provision order raised, survey and install required.
0|telecom|social|en|is it just me or is the TV guide not loading tonight
0|telecom|social|en|@isp my bill went up again. 3rd time this year. seriously considering leaving
1|telecom|social|en|@isp your contractor's digger pulled my cable out of the ground this afternoon. no service. need someone out asap
0|telecom|social|en|@isp do you have a store in Exeter?
1|telecom|social|en|@isp 2 missed installation appointments, now you're telling me 3 more weeks for a new one?? I need internet to work
0|telecom|web|en|Subject: router admin password / Message: I've forgotten the admin password for the router settings page. How do I reset it?
0|telecom|web|en|Subject: change of email / Message: Please update my account email to j.smith@example.com.
1|telecom|web|en|Subject: cable damaged / Message: Fibre cable running along the outside wall has been pulled off its clips by the wind and is bent sharply round the window frame. Internet is very unstable. Needs re-routing and clipping.
1|telecom|web|en|Subject: installation date / Message: I'd like to bring my installation forward. My order says 21st, the 14th would be better if there's a slot.
0|telecom|web|en|Subject: installation charge / Message: I was charged a £60 installation fee but the offer said free installation. Please refund.
0|mobile|social|en|@mobile any news on when 5G is coming to Taunton?
0|mobile|phone|en|Customer couldn't receive texts. Reset SMS centre number remotely. Working.
1|mobile|phone|en|Customer's phone has swollen battery, back panel lifting. Advised not to charge. Booked urgent store repair appointment today.
0|mobile|web|en|I dropped my phone in the bath. Do I claim through insurance or send it for repair?
0|banking|phone|en|Customer asked whether she can use a power of attorney online. Explained registration process by post. Sent forms.
1|banking|phone|en|POA holder attending branch Friday with original lasting power of attorney for verification. Appointment confirmed.
0|banking|social|en|your app has been down all morning, can't pay anyone
0|banking|web|en|Request for a replacement PIN by post.
1|banking|web|en|I need to get some documents notarised for my property purchase abroad. Does your branch offer this? I'd like to come in next week.
0|insurance|social|en|@insurer 6 weeks and my car claim still isn't settled. disgraceful
1|insurance|phone|en|Claimant's motorcycle damaged in theft attempt. Engineer to inspect at the customer's address, booked Monday.
0|insurance|phone|en|Claimant provided photos and receipts for stolen laptop. Claim settled without inspection.
0|utilities|social|en|@energy why is my smart meter display showing I'm using £5 an hour?? nothing's on
1|utilities|social|en|@energy third time your meter fitter hasn't turned up. I've taken 3 days off work. When are you actually coming?
0|utilities|phone|en|Customer wanted a meter reading visit. Explained she can submit a photo of the meter via app. She did so on call.
1|utilities|phone|en|Customer's meter display blank, no power in house. Network fault ruled out. Meter engineer dispatched.
0|retail|social|en|@shop my order was supposed to be at the store today and it's not. what's the point of click and collect
1|retail|phone|en|Customer wants in-store exchange of a faulty vacuum; will bring it to the Leeds store Sat. Noted on account so store can swap without receipt.
0|electronics|social|en|@tech your repair centre has had my laptop for 5 weeks. where is it
1|electronics|phone|en|Customer's all-in-one PC screen cracked, too heavy to post. Booked in-home repair with technician next Wednesday.
0|electronics|phone|en|Customer's laptop under warranty, battery fault. Arranged courier collection for repair centre.
0|appliances|social|en|@brand your washing machines are rubbish. 2nd one in 3 years. never again
1|appliances|social|en|@brand fridge broke 3 days ago, engineer booked for NEXT WEEK. can you get someone out sooner, I have a baby's milk in there
0|healthcare|social|en|@clinic your phone line never gets answered
1|healthcare|phone|en|Patient needs INR blood test for warfarin dose; clinic appointment booked for Tuesday 8:30.
0|healthcare|phone|en|Patient asked if her blood test could be done at a different clinic closer to work. Provided list of clinics; she'll book later.
0|automotive|social|en|@carbrand the app keeps logging me out
1|automotive|phone|en|Customer reports oil warning light on. Advised stop driving. Workshop slot booked tomorrow 8am, courtesy car arranged.
0|automotive|phone|en|Customer enquired about service plan costs. Sent quote by email.
0|property|social|en|@agency still no response to my email about the deposit
1|property|phone|en|Tenant reports no heating, radiator cold, boiler showing F28. Heating engineer booked for tomorrow AM.
0|property|phone|en|Tenant reports boiler pressure low. Guided through repressurising with filling loop. Heating back on.
0|government|social|en|@council the website has been down all day, can't pay my council tax
1|government|phone|en|Resident reports fly-tipping of asbestos sheets on the lane. Environmental officer to attend and assess.
0|government|phone|en|Resident asked about the bulky waste collection fee. Explained, booked online on her behalf.
0|saas|social|en|@saas is there an outage? dashboard won't load
0|saas|phone|en|Customer's admin locked out. Verified identity via account owner email, reset MFA.
1|saas|phone|en|Client requests on-site installation of our kiosk software on 12 terminals at their new store; field technician to attend opening week.
# Spanish and other languages, extra
0|telecom|chat|es|hola, quiero cambiar mi tarifa a la de 1 giga
0|telecom|email|es|No me llega el correo con la factura desde hace dos meses.
1|telecom|chat|es|hola, me cambio de casa y en la nueva no hay fibra instalada. necesito que vengan a instalarla
0|telecom|chat|es|me cambio de casa el mes que viene, la nueva ya tiene su fibra. cómo hago el traslado?
1|telecom|email|es|El técnico que vino el martes dejó el cable suelto por el pasillo y la roseta sin fijar. Necesito que vuelva para terminar el trabajo.
0|telecom|email|es|El técnico que vino el martes fue muy amable y todo funciona. Solo quería felicitarle.
0|mobile|chat|es|cómo activo la eSIM en mi iphone?
0|mobile|email|es|Perdí el móvil. Bloqueen la línea y envíenme un duplicado de la SIM a casa, por favor.
1|mobile|chat|es|me robaron el móvil y para el duplicado de la SIM me piden ir a tienda con el DNI. cuál es la más cercana a Atocha? voy hoy
0|banking|chat|es|cómo cambio el límite de la tarjeta desde la app?
1|banking|chat|es|necesito un cheque bancario para la compra del piso, lo puedo recoger en la oficina mañana?
0|banking|email|es|Me han bloqueado la tarjeta por seguridad. Pueden desbloquearla?
0|insurance|chat|es|quiero añadir a mi hijo como conductor ocasional
1|insurance|chat|es|se me ha inundado la cocina por una tubería rota, necesito que venga un fontanero del seguro
0|utilities|email|es|Quiero cambiar la titularidad del contrato de la luz a mi nombre.
1|utilities|chat|es|el contador está en el patio de un vecino y el lector nunca puede entrar. tiene que venir alguien cuando el vecino esté
0|retail|email|es|El pedido me llegó incompleto, falta una camiseta.
1|retail|chat|es|compré un sofá con montaje y los montadores no lo han terminado, falta poner las patas y el respaldo. pueden volver?
0|electronics|chat|es|el portátil va muy lento desde la última actualización
1|appliances|email|es|El horno no calienta y está en garantía. Cuándo puede venir el técnico?
0|appliances|chat|es|dónde encuentro el número de modelo del frigorífico?
1|healthcare|chat|es|necesito cita con la enfermera para que me curen la herida
0|healthcare|chat|es|puedo pedir la receta sin ir al médico?
1|automotive|chat|es|el coche hace un ruido raro al frenar, quiero llevarlo al taller esta semana
0|automotive|email|es|Quiero saber cuánto me queda por pagar de la financiación del coche.
1|property|email|es|La puerta del portal no cierra y cualquiera puede entrar al edificio. Manden a alguien a arreglarla.
0|property|chat|es|cuándo vence mi contrato de alquiler?
1|government|chat|es|necesito cita para la huella del pasaporte, no hay huecos en la web
0|government|chat|es|cómo descargo el certificado de empadronamiento?
0|saas|email|es|La integración con el CRM ha dejado de funcionar.
1|telecom|phone|pt|Cliente pede visita técnica: o cabo de fibra foi cortado durante obras no prédio.
0|telecom|chat|pt|Qual é o horário da loja do centro comercial?
0|banking|email|pt|Gostaria de alterar o meu endereço de correspondência.
1|utilities|email|pt|O contador de luz está avariado e o visor não acende. Podem enviar um técnico?
0|retail|chat|fr|Où en est ma commande ? Elle devait arriver hier.
1|automotive|email|fr|Bonjour, je voudrais prendre rendez-vous au garage pour la vidange et le contrôle des freins.
0|insurance|email|de|Ich möchte meine Bankverbindung für die Versicherung ändern.
1|property|email|de|Die Heizung in unserer Wohnung funktioniert seit zwei Tagen nicht. Bitte schicken Sie einen Handwerker.
0|mobile|chat|de|Wie kann ich mein Roaming im Ausland aktivieren?
1|healthcare|email|fr|Bonjour, je souhaite prendre rendez-vous au cabinet pour une prise de sang à jeun.
# ordinary remote tickets, part B
0|telecom|chat|en|hey can u tell me when my contract ends and what the price will be after
0|telecom|email|en|Hi, I've just noticed I'm paying for a landline I never use. Can you remove it and lower my bill? Cheers, Dan
0|telecom|chat|en|the wifi password on the card doesn't work
0|telecom|web|en|My router keeps restarting itself at 3am every night.
0|telecom|chat|en|I want to upgrade my TV box to the 4K one. how much?
0|telecom|email|en|Why has my broadband stopped working after I paid my bill late? I've paid now.
0|telecom|chat|en|Please send me my bill in Welsh
0|telecom|phone|en|Customer requested a copy of the contract terms. Sent by email.
0|telecom|chat|en|can i get a refund for the days the internet was down last week
0|telecom|email|en|I keep getting a certificate error when I visit some websites through your network. Is there a DNS issue?
0|telecom|chat|en|how do i turn off the router's wps
0|telecom|social|en|is there a problem with email? haven't received anything since yesterday
0|telecom|chat|en|the voice assistant on the TV remote doesn't work
0|telecom|phone|en|Customer reports the website won't let him log in on Firefox. Cleared cookies, worked.
0|telecom|email|en|My son is doing exams and the internet is cutting out every evening. Please help, this can't go on.
0|telecom|chat|en|How many devices can connect to the router at once?
0|telecom|web|en|I'd like to transfer the account to my wife's name, I'm moving out.
0|telecom|chat|en|is there a way to see my data usage
0|telecom|email|en|I've been told you can give me a letter for my landlord confirming the broadband start date. Please send.
0|telecom|chat|en|my internet is fine but the phone has no dial tone
0|telecom|phone|en|Customer reported no dial tone. Phone plugged into wrong port on router. Moved cable, tone restored.
0|telecom|chat|en|how long does a refund take to go back to my card
0|telecom|email|en|There's a letter from a debt collector about my old account. I paid the final bill. Please sort it.
0|telecom|chat|en|does your router work with a VPN
0|telecom|web|en|Please let me know how to cancel the TV package but keep broadband.
0|telecom|chat|en|I can't find the channel list for the new package
0|telecom|email|en|Speeds have dropped since the storm. Can you reset my line profile?
0|telecom|chat|en|why does my upload speed show 1Mb? it used to be 20
0|telecom|social|en|@isp are you aware of the problems with the TV app on Samsung?
0|telecom|chat|en|the kids locked the TV with a PIN and I don't know it
0|mobile|chat|en|Can you send me a new SIM for my iPad? Data SIM.
0|mobile|email|en|I'd like to cap my son's bill at £20 a month.
0|mobile|chat|en|my phone says sim not provisioned
0|mobile|web|en|How do I switch off premium text services?
0|mobile|chat|en|I'm abroad and my data isn't working even though roaming is on.
0|mobile|phone|en|Customer wanted itemised bill for work. Enabled itemised billing on account.
0|banking|chat|en|I'd like to increase my contactless limit
0|banking|email|en|Can you send me a certificate of interest for the tax year?
0|banking|web|en|I need to cancel a direct debit to my old gym.
0|banking|chat|en|the app shows a pending transaction from a hotel that I already checked out of 2 weeks ago
0|banking|email|en|My joint account holder has passed away. What do I need to send you to change the account into my name only? I'd like to do it by post if possible.
0|banking|chat|en|how do I report a fraudulent text pretending to be from you
0|insurance|chat|en|my car got keyed in a car park, is it worth claiming?
0|insurance|email|en|Could you confirm whether my home policy covers my bike when it's locked outside at work?
0|insurance|web|en|Please add my new laptop to my contents policy. Value £1,400.
0|insurance|chat|en|I forgot to renew and now I'm uninsured! Please help, can I renew today?
0|utilities|chat|en|I'm a landlord. Can you tell me if the tenant has closed their account?
0|utilities|email|en|I think my neighbour is on my meter. Our bills are double what they used to be since they moved in.
0|utilities|web|en|I'd like to switch to paperless billing.
0|utilities|chat|en|Why did my direct debit go out twice this month?
0|retail|chat|en|The parcel was delivered to the wrong house, number 32 instead of 23.
0|retail|email|en|I'd like to complain that my order was split into 4 deliveries. Very wasteful.
0|retail|chat|en|what's your returns policy for sale items
0|retail|web|en|I haven't received my order confirmation email.
0|retail|chat|en|Can I change the name on a gift card?
0|electronics|chat|en|How do I factory reset my tablet? It's frozen on the logo.
0|electronics|email|en|My order of a monitor arrived with a dead pixel. I'd like a replacement sent.
0|electronics|chat|en|is the camera waterproof
0|electronics|web|en|Please cancel my order for the gaming laptop.
0|appliances|chat|en|the dishwasher leaves white marks on glasses
0|appliances|email|en|I bought the wrong colour fridge, can I return it unused? You can collect it from my driveway, it's still boxed.
0|appliances|chat|en|How do I turn off the child lock on the hob?
0|healthcare|chat|en|Can I get my vaccination record emailed?
0|healthcare|email|en|I have a question about my bill from the lab.
0|healthcare|chat|en|I need to update my phone number for appointment reminders.
0|automotive|chat|en|how do I pair my phone with the car's screen
0|automotive|email|en|I want to complain about the salesperson who sold me the car; he lied about the finance rate.
0|automotive|web|en|Please send me the paperwork for the part exchange.
0|property|chat|en|Can I sublet my room for the summer?
0|property|email|en|When will the new bike store be finished? It was promised in spring.
0|property|web|en|Please send me the building insurance details.
0|government|chat|en|how do I register to vote
0|government|email|en|I haven't received my council tax bill for this year.
0|government|web|en|Can I get a resident's parking permit for a second car?
0|saas|chat|en|Where do I find our invoices?
0|saas|email|en|We'd like to move to annual billing.
0|saas|chat|en|webhooks are firing twice for each event
0|saas|web|en|Feature request: dark mode.
0|saas|chat|en|I need to rotate our API key
0|saas|email|en|Our renewal quote is 40% higher than last year. Can we discuss?
0|telecom|chat|es|me pueden enviar la factura de septiembre en PDF?
0|telecom|chat|es|quiero añadir el paquete de fútbol
0|telecom|email|es|Llevo tres días con cortes de conexión cada media hora.
0|mobile|chat|es|cómo consulto los datos que me quedan?
0|banking|chat|es|quiero cancelar una domiciliación
0|insurance|chat|es|me pueden mandar el certificado del seguro del coche?
0|utilities|chat|es|por qué me han cobrado dos veces el recibo de la luz?
0|retail|chat|es|el paquete pone entregado pero no lo tengo
0|electronics|chat|es|cómo reseteo la tablet de fábrica?
0|healthcare|chat|es|necesito cambiar mi número de teléfono para los avisos de citas
0|government|chat|es|cómo pago el impuesto de circulación online?
# mixed part C: more boundary cases
0|telecom|chat|en|do I need to be home when you switch my line over to fibre? the letter says no engineer is needed
1|telecom|phone|en|Customer asked what to expect from next week's install. Explained process, 2-4 hours, needs adult present. Customer happy, nothing to change.
1|telecom|phone|en|Customer asked to add an extra socket during next week's install and to bring the appointment forward a day. Both changes made to the visit.
0|telecom|email|en|Can you tell me roughly how long an installation visit takes? Mine isn't booked yet, I'm just comparing providers.
0|telecom|chat|en|the engineer you sent last month said my line was fine. the internet has been great ever since. why have I got a survey about a new visit?
0|telecom|web|en|Please confirm my self-install start date. The router arrived and I've plugged it in as instructed.
1|telecom|chat|en|router is fine, cable from the wall to the street is the problem according to your test. so when is the repair visit?
1|telecom|email|en|The install team ran out of time and said they'd come back Monday to connect the fibre in the street cabinet. It's Wednesday. Where are they?
1|telecom|chat|en|my technician appointment confirmation text has a typo in my address. can you correct it in the system? the appointment itself is fine
1|telecom|chat|en|my technician appointment is on the wrong address, it's booked for my old flat. please move the visit to 7 Orchard Way, same day if possible
0|telecom|email|en|I run a small café. Is there a business package that includes guest wifi? No rush, just planning.
0|mobile|chat|en|do I need to bring anything to the store to upgrade? or can I do it all online
0|mobile|email|en|The store gave me the wrong charger with my new phone. Can you post the correct one?
1|mobile|chat|en|phone stuck in boot loop after update, factory reset didn't help. the app says take it to a store, is today ok?
0|banking|chat|en|Do I have to go to a branch to pay in a cheque or can I scan it in the app?
0|banking|email|en|I scanned a cheque in the app but it was rejected as blurry. Tried again and it worked. Just confirming it's been received.
1|banking|chat|en|the app rejects my cheque because it's over the mobile limit. I'll take it to the branch, do I need a paying-in slip?
0|banking|phone|en|Customer asked to close account. Identity verified by phone security questions, account closed, balance transferred.
1|banking|phone|en|Customer failed security questions twice; account locked. Must attend branch with photo ID to unlock. Customer will go Monday.
0|insurance|chat|en|My adjuster appointment was cancelled because you accepted the photos. Great. When will the money come?
1|insurance|email|en|Your adjuster came but only looked at the kitchen. The water also damaged the floor in the dining room, which he didn't see. He needs to come back and look at it.
0|utilities|chat|en|I got a letter about a meter exchange. I already have a smart meter, is this a mistake?
1|utilities|chat|en|got a letter saying my meter is due for replacement because of its age. when can you fit the new one?
0|utilities|email|en|The engineer who changed my meter left the old one's final reading on a card. Here it is: 77613. Please use it on my final bill.
1|utilities|web|en|The meter under the stairs is making a buzzing noise and the casing is hot to touch.
0|retail|chat|en|I'm at the store to pick up my click and collect order, the app says ready. which desk do I go to?
1|retail|walk_in|en|Customer brought back a torn tent bought online, wanted it inspected in store. Inspected, manufacturing fault, exchanged.
0|retail|web|en|I'd like to swap my order for a different size. I'll send it back by post, please send the new size when you get it.
1|retail|chat|en|can I bring the faulty toaster back to the branch in Wells? I don't have a printer for your return label and I'm in town tomorrow
0|electronics|chat|en|my warranty repair was done at the store. the receipt says 90 days guarantee on the repair. is that right?
1|electronics|chat|en|the store repaired my laptop hinge 2 weeks ago and it's broken again. I want to bring it back for them to redo it
0|electronics|web|en|The laptop came back from repair by courier with the same fault. Please send me another courier box.
1|appliances|web|en|Cooker hood not extracting, motor noise. Under warranty. Need repair visit.
0|appliances|web|en|Cooker hood not extracting. Found the filter was clogged, cleaned it, works. Where can I buy new filters?
1|healthcare|chat|en|I need to see the doctor about my ear, it's been painful for a week
0|healthcare|chat|en|my ear has been itchy, is there anything I can get over the counter? pharmacist advice is fine
1|automotive|chat|en|need my car looked at, it's pulling to the left since I hit a pothole
0|automotive|chat|en|hit a pothole, can I claim from the council? what info do you need from the car's service records
1|property|email|en|The shower has stopped working completely. No water comes out. Flat 2B.
0|property|email|en|The shower in 2B is working again after the plumber's visit last week. Thanks. Also, when is the window cleaner due?
1|government|email|en|The pavement outside 33 Station Road has collapsed into a hole after the rain. It's dangerous. Please send someone to make it safe.
0|government|email|en|Thank you for repairing the pavement on Station Road so quickly last week.
1|saas|email|en|Our on-site training is booked for 4 March. Can you email the agenda in advance?
1|saas|email|en|Our on-site training on 4 March needs to move to 11 March because the warehouse is closed for stocktake. Please rebook the trainer's visit.
1|telecom|chat|es|el técnico viene el jueves. qué tengo que preparar? solo es una pregunta, la cita está bien
1|telecom|chat|es|el técnico viene el jueves pero ese día no estoy. lo pueden pasar al viernes?
0|banking|chat|es|para cobrar un cheque tengo que ir a la oficina o se puede con la app?
1|utilities|chat|es|me ha llegado carta de que hay que cambiar el contador por antigüedad. cuándo vienen a cambiarlo?
0|utilities|chat|es|me ha llegado carta de cambio de contador pero ya tengo uno digital. es un error?
1|automotive|chat|es|el coche tira hacia la izquierda desde que pisé un bache, necesito que lo miren
1|property|chat|es|la ducha no funciona, no sale agua. piso 2B
0|property|chat|es|la ducha ya funciona después de la visita del fontanero, gracias
1|healthcare|chat|es|me duele el oído desde hace una semana, necesito que me vea el médico
0|healthcare|chat|es|qué puedo tomar para el picor de oído? con el consejo del farmacéutico me vale
0|retail|chat|es|estoy en la tienda para recoger mi pedido, a qué mostrador voy?
1|retail|chat|es|puedo llevar la tostadora estropeada a la tienda de mi barrio? no tengo impresora para la etiqueta
# balancing: field/walk-in notes that are not face-to-face work, non-English negatives
0|telecom|field|en|Job cancelled before dispatch. NOC cleared a stuck port remotely, customer confirmed sync. No attendance.
0|telecom|field|en|Dispatch note: appointment withdrawn, customer cancelled (moved to another provider). Van reassigned.
0|utilities|field|en|Job closed without visit: smart meter communicating again after remote firmware push. Customer informed by SMS.
0|appliances|field|en|Pre-visit call: customer says the washer works since she cleared the filter. Visit cancelled at customer's request.
0|telecom|field|en|Field admin: duplicate job raised for same fault, this one closed. Original visit stays booked under the other ref.
0|electronics|field|en|Job note: parts for the home repair were delivered to the customer, who fitted the new remote himself. Visit not required, closed.
0|property|field|en|Contractor note: tenant phoned to say the leak stopped after she tightened the trap herself. Attendance cancelled, invoice not raised.
0|insurance|field|en|Desk assessment completed from photos and video call. No site visit needed, settlement recommended.
0|telecom|walk_in|en|Customer came into store to ask about broadband deals. Gave price list. She'll order online.
0|mobile|walk_in|en|Walk-in: customer asked for his PUK code. Looked up on account and gave it to him, could have been done by phone.
0|banking|walk_in|en|Customer came in to ask about savings rates. Gave leaflet and website link.
0|retail|walk_in|en|Customer at the counter asking if the online sale applies in store. Explained prices differ online.
0|utilities|walk_in|en|Visitor at the front desk wanted a copy of her bill printed. Printed and handed over.
0|mobile|walk_in|en|Customer came in to pay a bill by card. Payment taken at the till.
0|government|walk_in|en|Resident came to reception asking for the opening hours of the recycling centre. Gave leaflet.
0|telecom|walk_in|es|Cliente entra en la tienda a preguntar por las tarifas de fibra. Se le da folleto, contratará online.
0|banking|walk_in|es|Cliente pregunta en ventanilla por el horario de verano de la oficina. Informado.
0|telecom|email|fr|Bonjour, je souhaite résilier mon abonnement internet à la fin du mois.
0|telecom|chat|fr|Quel est le mot de passe wifi par défaut de la box ?
0|banking|email|fr|Bonjour, pouvez-vous m'envoyer un relevé de compte des trois derniers mois ?
0|mobile|chat|fr|Je voudrais connaître mon forfait data restant.
0|retail|email|fr|Je n'ai pas reçu le remboursement de mon retour envoyé par la poste.
0|utilities|chat|fr|Comment transmettre mon relevé de compteur en ligne ?
0|telecom|email|de|Meine Rechnung ist diesen Monat zu hoch. Bitte prüfen Sie das.
0|telecom|chat|de|Wie ändere ich das WLAN-Passwort am Router?
0|banking|chat|de|Ich habe mein Passwort für das Online-Banking vergessen.
0|retail|email|de|Meine Bestellung ist noch nicht angekommen, die Sendungsverfolgung zeigt nichts.
0|utilities|email|de|Ich möchte meinen Zählerstand online übermitteln, finde aber das Formular nicht.
0|telecom|chat|pt|Quero mudar o meu plano para 500 megas.
0|telecom|email|pt|A fatura deste mês veio com um valor errado.
0|mobile|chat|pt|Como ativo o roaming no estrangeiro?
0|retail|chat|pt|A minha encomenda ainda não chegou.
0|banking|chat|pt|Esqueci a senha do aplicativo do banco.
0|insurance|email|pt|Gostaria de cancelar o seguro de viagem.
0|telecom|chat|es|me podéis decir cuándo termina mi permanencia?
0|telecom|email|es|Quiero cambiar la cuenta bancaria donde me cobran el recibo.
0|telecom|chat|es|el wifi 5G del router no aparece
0|mobile|email|es|Me han cobrado un SMS premium que no he enviado.
0|banking|chat|es|no me llega el código de verificación por SMS
0|insurance|chat|es|cuándo me renuevan el seguro y cuánto me va a costar?
0|utilities|email|es|Me mudo el día 30. Les paso la lectura final: 45123.
0|retail|chat|es|tienen esta chaqueta en talla L? la compro online
0|electronics|email|es|Me llegó el monitor con un píxel muerto. Solicito el cambio por correo.
0|healthcare|email|es|No puedo acceder a mis resultados en el portal del paciente.
0|automotive|chat|es|la app del coche no se conecta
0|property|email|es|Necesito una copia del contrato de alquiler.
0|government|email|es|No he recibido la carta con el número de expediente.
0|saas|chat|es|cómo exporto los datos a Excel?
0|telecom|phone|en|Customer's TV box had no picture. Reset via remote command from our side, picture back.
0|telecom|phone|en|Customer requested engineer because phone line dead. Found cordless handset battery flat. Resolved on call.
0|telecom|phone|en|Caller asked about a £15 charge. It was a late payment fee. Waived once as goodwill.
0|utilities|phone|en|Customer asked whether an engineer is needed to switch supplier. Advised no visit needed, switch is done remotely.
0|banking|phone|en|Customer queried a branch fee on statement. Explained counter transaction fee for business accounts. Accepted.
0|electronics|phone|en|Customer asked where to send laptop for repair. Courier collection booked from home.
1|healthcare|phone|en|Patient asked for the clinic's address and parking info before her appointment. Provided. No change.
0|automotive|phone|en|Caller asked if the dealer was open on Sunday. Advised closed, workshop open Sat morning.
1|telecom|phone|en|Customer's cable box is hanging off the wall outside after the gutter fitter pulled it. Line down. Repair visit arranged.
1|mobile|chat|en|my daughter's phone screen is shattered and glass is coming off, she can't use it. any store in Bath that fixes it today?
1|banking|email|en|I'm moving abroad and need to collect the contents of my safe deposit box before I go. Please book me in.
1|utilities|phone|en|Customer reports the electricity meter tails are scorched and there's a smell of burning plastic. Emergency attendance.
1|retail|email|en|The wardrobe your assembler built is leaning and the doors don't line up. He needs to come back and fix it before it falls over.
1|government|chat|en|where do I book the in-person identity check for my benefits claim? the letter says I must attend
1|insurance|chat|en|my car was written off and your engineer needs to see it at the recovery yard. can they go tomorrow?
1|healthcare|web|en|I need my blood pressure checked at the surgery before my medication can be renewed, the pharmacist said.
1|automotive|web|en|The car failed its MOT on brakes at another garage. I want to bring it to you to fix and retest.
1|property|chat|en|the front door of my flat won't lock after someone tried to break in last night. need it fixed today
# coverage of recurring boundary patterns (follow-up visits, cancelled visits, hypothetical questions, non-English negatives)
1|telecom|field|en|No access at 14:20, customer's phone off, intercom not answering. Job returned to scheduling for a new slot.
1|utilities|field|en|Meter exchange attempted, meter cupboard blocked by furniture. Customer to clear access, second appointment needed.
1|appliances|field|en|Arrived, nobody home. Card left through door. Customer must call to rearrange the repair.
1|telecom|email|en|Your first engineer said the fault was underground and a different team would follow up. Ten days on, no follow-up visit. Please chase it.
1|telecom|chat|en|the tech on monday said another engineer with a ladder would come out to the pole. any date yet?
1|appliances|chat|en|the repair man ordered a part on his first visit and said he'd be back to fit it. part's been with me a week. when's he coming?
1|electronics|email|en|The technician diagnosed the TV but had to order a board. Could you book his second visit now the part is in stock?
1|telecom|email|en|While the installer is here on Friday could he also fit a socket in the back bedroom? I'm happy to pay extra.
1|utilities|chat|en|when the meter man comes next week can he also look at the gas meter, it's making a ticking sound?
1|property|email|en|The plumber is booked for the boiler on Monday. Can you add the dripping bath tap to his job so he does both?
1|banking|chat|en|the ATM outside your branch kept my card. I'm nearby, can I get it back from the cashier if I show my licence?
1|banking|phone|en|Card retained by branch ATM. Customer will collect it from the counter this afternoon with photo ID. Branch informed.
1|utilities|web|en|Please fit a smart meter at my house.
1|utilities|chat|en|I want a smart meter put in. Earliest date?
1|utilities|email|en|Could you install a prepayment meter at my flat? I want to control my spending.
1|electronics|chat|en|can I pop in and have someone replace the battery in my watch while I wait?
1|electronics|email|en|I'll bring the drone in tomorrow for your technician to calibrate the gimbal. Is Saturday morning okay?
1|automotive|chat|en|car's dead on the side of the road outside Swindon, need recovery asap
1|automotive|social|en|@breakdownhelp van overheated on the A1 at Stamford, pulled onto verge, steam everywhere. sending my location
1|automotive|phone|en|Member reports puncture on motorway hard shoulder, no locking wheel nut key. Patrol dispatched.
1|healthcare|chat|en|my dad's appointment is at the clinic on Thursday and he uses a walking frame. is there a ramp at the entrance?
1|healthcare|email|en|I have an appointment at the hospital eye clinic next week. Can you tell me which entrance to use and if I can bring my carer?
0|telecom|email|en|The engineer replaced the drop cable on Thursday and the line has been perfect. You can close my fault ticket now. Thanks.
0|telecom|chat|en|your tech came yesterday, sorted it. please close the case and make sure I don't get billed
0|telecom|phone|en|Customer confirmed repair completed by engineer last week, service stable. Closed fault at customer request.
0|utilities|email|en|The meter was exchanged yesterday and all is well. Please close the job and send the final reading of the old meter.
0|telecom|email|en|Please cancel the engineer coming on Monday. We've gone with a wireless 4G router instead so we don't need the line repaired.
0|appliances|email|en|Cancel the repair visit please. We've decided to buy a new washing machine rather than fix the old one.
0|property|email|en|Please call off the locksmith booked for tomorrow. I found the spare key.
0|electronics|chat|en|I don't need the TV technician anymore, I'm returning the TV for a refund instead. Can you cancel his visit?
0|insurance|email|en|You told me the claim would be handled from the photos and the inspection was called off. Can you confirm nobody is coming on Wednesday so I don't wait in?
0|utilities|chat|en|just checking the meter appointment really is cancelled, I don't want to stay home for nothing
0|telecom|chat|en|I want to do the installation myself. can you send me the kit instead? no visit please
0|telecom|email|es|Prefiero instalar el router yo mismo. Envíenmelo por mensajería y cancelen la cita del técnico.
0|telecom|chat|es|se puede autoinstalar la fibra o tiene que venir un técnico? si se puede, prefiero hacerlo yo
0|electronics|chat|en|is it cheaper to have the repair done at home or to send it in? nothing's broken, just asking for when my warranty ends
0|retail|chat|en|how does your assembly service work? I'm thinking about buying a wardrobe next month
0|appliances|chat|en|can your engineers install a dishwasher I buy elsewhere? just researching
0|utilities|chat|en|how long does a smart meter installation usually take? I'm only thinking about getting one
0|property|email|en|Will I need to be home for the electrical safety check next year, or can the agent let the electrician in? Nothing booked yet.
0|banking|chat|en|do you still do safe deposit boxes? thinking about it for next year
0|government|chat|en|Does a passport renewal ever need an interview? Mine is online and hasn't been asked for one, just curious.
0|banking|walk_in|en|Customer at desk asked to discuss a loan. Booked her a video call with a lending adviser for Thursday.
0|telecom|walk_in|en|Walk-in customer wanted to upgrade his package. Placed the order on the store tablet; no installation needed.
0|retail|walk_in|en|Customer asked at the till where to find online order status. Showed her the app.
0|retail|email|en|Two of the plates arrived chipped. Please post replacements.
0|electronics|chat|en|the stand for my monitor arrived cracked. can you send a new one?
0|appliances|email|en|The salad drawer in the fridge was broken in delivery. Please send a new drawer by post.
0|mobile|social|en|@mobile no 4G in Hove since lunchtime, is a mast down?
0|telecom|social|en|@isp phones and broadband dead in the whole village. is it the exchange?
0|telecom|email|es|Quiero reclamar por el técnico que vino en mayo: dejó todo sucio. Ya funciona todo. Solo pido un descuento en la factura.
0|utilities|email|es|El operario que cambió el contador fue muy desagradable. No necesito que vuelva, solo quiero que conste mi queja.
0|telecom|email|de|Ich möchte meinen Internetvertrag kündigen. Bitte bestätigen Sie das Vertragsende.
0|mobile|chat|de|Wie kann ich meine eSIM aktivieren, ohne in einen Shop zu gehen?
0|banking|email|de|Bitte senden Sie mir eine neue Bankkarte per Post zu, meine ist abgelaufen.
0|insurance|chat|de|Wann wird die Schadenszahlung überwiesen?
0|healthcare|email|de|Kann ich meinen Termin in eine Videosprechstunde umwandeln?
0|utilities|chat|de|Warum ist meine Stromrechnung so hoch?
0|telecom|chat|fr|Je souhaite changer d'offre pour la fibre 1 Gb.
0|mobile|email|fr|Je n'arrive pas à recevoir les SMS depuis hier.
0|banking|chat|fr|Comment bloquer ma carte perdue ? Envoyez-moi une nouvelle carte.
0|insurance|email|fr|Je voudrais résilier mon assurance habitation.
0|retail|chat|fr|Je veux retourner un article par la poste. Comment faire ?
0|healthcare|chat|fr|Puis-je faire une téléconsultation au lieu de venir au cabinet ?
0|telecom|email|pt|Quero cancelar o meu contrato de internet no fim do mês.
0|mobile|chat|pt|Como ativo o eSIM sem ir à loja?
0|utilities|chat|pt|Como envio a leitura do contador pela aplicação?
0|retail|email|pt|O meu reembolso ainda não chegou.
0|telecom|phone|pt|Cliente sem internet. Reinício remoto do router, ligação restabelecida. Visita cancelada.
1|telecom|email|de|Guten Tag, das Glasfaserkabel an der Hauswand wurde bei Bauarbeiten abgerissen. Bitte schicken Sie einen Techniker.
1|mobile|chat|fr|Mon écran est cassé, puis-je le faire réparer en boutique aujourd'hui ?
1|utilities|chat|pt|Cheira a gás na cozinha, enviem alguém por favor.
1|telecom|chat|es|el técnico de ayer dijo que vendría otro compañero a cambiar el cable de la calle. cuándo viene?
1|appliances|chat|es|el técnico pidió una pieza y dijo que volvería a montarla. la pieza ya llegó, cuándo viene?
1|automotive|chat|es|estoy parado en el arcén de la A-6 con el coche averiado, manden la grúa
0|telecom|chat|es|ya vino el técnico y funciona todo. pueden cerrar la incidencia?
0|appliances|email|es|Anulen la visita del técnico, vamos a comprar una lavadora nueva.
# extra ordinary negatives (label balance)
0|telecom|chat|en|Can I get my bill split into two payments this month? Bit short.
0|telecom|email|en|The welcome pack says my router password is on a sticker but there's no sticker. How do I find it?
0|telecom|chat|en|my mesh discs keep flashing amber after I moved one upstairs
0|telecom|web|en|I'd like to add a landline back onto my package. My mum wants to call me on a house phone.
0|telecom|phone|en|Customer reported emails going to spam. Whitelisted sender in webmail settings together. Resolved.
0|telecom|chat|en|what's the upload speed on the 500 plan?
0|telecom|email|en|Could you tell me the total I've paid you in the last tax year? I work from home and need it for my accounts.
0|telecom|chat|en|is there any way to block nuisance calls on my landline
0|telecom|social|en|@isp been on hold 40 mins just to ask about a bill. please answer your phones
0|telecom|chat|en|the TV box remote only works if I'm right in front of it
0|telecom|email|en|I was promised a callback about my slow speeds by Friday. It's Monday. Please call me.
0|telecom|web|en|I want to downgrade to the basic broadband. I don't need the TV or sport anymore.
0|mobile|chat|en|can I transfer unused data to my wife's phone
0|mobile|email|en|I'm being charged for a handset I returned within the cooling-off period.
0|mobile|chat|en|how do I turn on wifi calling on a Pixel
0|banking|chat|en|What's the cut-off time for same-day payments?
0|banking|email|en|I'd like to switch my current account to a packaged account with travel insurance.
0|banking|chat|en|the app keeps asking me to update but the store says it's up to date
0|insurance|chat|en|is flood cover included as standard?
0|insurance|email|en|I'd like to pay the excess on my claim. How do I do that?
0|utilities|chat|en|Can you explain the difference between fixed and variable tariffs?
0|utilities|email|en|I'm a new tenant and the previous person's name is still on the bills. Please update to mine.
0|utilities|chat|en|how do I get a copy of my annual statement
0|retail|chat|en|Is next day delivery available on Sundays?
0|retail|email|en|I was charged for delivery even though my order was over the free delivery threshold.
0|retail|chat|en|Can I use two discount codes on one order?
0|electronics|chat|en|my laptop battery only lasts 2 hours, is that covered under warranty? can you send a new battery?
0|electronics|email|en|Where can I download the manual for the soundbar model SB-40?
0|appliances|chat|en|what temperature should my fridge be set to
0|appliances|email|en|My oven's self-clean cycle left a smell. Is that normal the first time?
0|healthcare|chat|en|Can I request a copy of my vaccination history for travel?
0|healthcare|email|en|I've moved house. Do I need to re-register with a different practice?
0|automotive|chat|en|what's the warranty on the battery of my electric car
0|automotive|email|en|I'd like to change the registered keeper address for the car finance agreement.
0|property|chat|en|Is the rent due on the 1st or the 5th?
0|property|email|en|Can I have a reference letter for my new landlord?
0|government|chat|en|How do I get a replacement bin for recycling? Can it be delivered?
0|government|email|en|I need to update my marital status for council tax.
0|saas|chat|en|how do I add a custom domain
0|saas|email|en|Can we get a copy of your SOC 2 report?
"""

# ---------------------------------------------------------------------------
# Held-out tickets. Written after, and independently of, the training tickets,
# in different wording. Never train or tune on these.
# ---------------------------------------------------------------------------
HELDOUT = r"""
# held-out: home internet / telecom
1|telecom|email|en|Good evening. Since the council trimmed the trees on our lane the overhead line to our cottage has been resting on a branch and the connection drops every few minutes. Could you arrange for a line engineer to come and re-hang it?
1|telecom|chat|en|yo the fibre guy is booked for friday but my landlord now says he must be there when you drill. he can only do tuesday. can we switch?
1|telecom|phone|en|Cx confirms 3rd floor flat, intercom broken, engineer to ring mobile on arrival. Appt 09/11 PM for new FTTP connection.
1|telecom|web|en|Hello, there is no working socket in our new flat at all, the previous tenant must have ripped it out. Ordered broadband last week. Someone will need to fit a new point.
1|telecom|social|en|@fibrehelp engineer turned up, said he's not got the right kit for a wall this thick, and left. when's round two?
1|telecom|email|en|We're converting the garage into an office and need a data point fitted out there, wired back to the router in the house. Please quote and book a visit.
1|telecom|chat|en|Mice got into the loft and chewed through the cable going to the router. I can see the bite marks. It needs replacing by one of your people.
1|telecom|phone|en|Customer's line went dead after the road resurfacing. Test shows disconnection in the footway. External repair job raised, engineer attendance required.
1|telecom|email|en|I'm registered blind. The new router arrived but I can't set it up or read the labels. Is there a service where someone comes to the house to connect it?
1|telecom|field|en|On site 13:05. Found corroded joint in the customer's master socket. Replaced faceplate and tested, line quiet, broadband synced. Left 13:50.
1|telecom|field|en|Attempted visit: gate locked, no answer on phone. Left calling card. Rebook required.
1|telecom|web|en|Please bring forward my fibre connection appointment. Currently the 28th, happy with anything sooner.
1|telecom|chat|en|hi my installer appointment is today 12-5 and it's 5.30. is someone still coming?
1|telecom|email|en|The technician who set up our TV last week forgot to connect the second box upstairs. He said he'd pop back. Could you arrange that?
1|telecom|phone|en|Business park unit 9: leased line circuit down, remote loopback fails at customer NTU. Field engineer en route, 2h SLA.
1|telecom|email|en|A van hit the green street cabinet opposite our house yesterday and the door is now off. Half the road has lost broadband. Someone needs to go and repair it.
1|telecom|social|en|Your installation crew left a trench across my driveway unfilled. Need them back today, I can't get my car out.
1|telecom|chat|en|can I move the engineer visit to the morning? I've got a hospital appointment in the afternoon
1|telecom|web|en|Booking enquiry: I would like your in-home tech setup service to connect my smart TV, printer and doorbell to the new wifi. Weekday afternoons.
1|telecom|email|en|Our block's comms room was flooded and the equipment for the whole building is under water. Twelve flats without service. Please send an engineer.
1|telecom|phone|en|Repeat intermittent fault, 4th contact. Line monitoring shows errors at the premises. Agreed on-site investigation, customer to be home all day Thursday.
1|telecom|chat|en|the bracket holding your cable to my chimney has come loose and the wire is swinging against the window at night. please get it sorted
1|telecom|email|en|Hello, our new build estate was connected last month but our house was missed. The developer says your team needs to come and do the final connection from the pavement box.
1|telecom|walk_in|en|Customer brought in TV box with cracked casing and remote. Swapped unit at the counter, paired new remote, checked picture on store screen.
1|telecom|chat|en|I'll drop my broken router in to your shop on Church Street on my lunch, can they give me a replacement there and then?
1|telecom|email|es|Hola, vino el técnico a instalar la fibra pero no pudo pasar el cable por el tubo porque está obstruido. Dijo que vendría otro equipo. Cuándo vienen?
1|telecom|chat|es|necesito cambiar la cita del instalador, ese día trabajo. puede ser el sábado?
1|telecom|phone|es|Cliente sin línea tras obras en la calle. Se detecta corte en la acometida. Se programa visita del técnico para mañana.
1|telecom|web|es|La caja de fibra de la fachada se ha soltado con el viento y cuelga del cable. Necesito que venga alguien.
1|telecom|email|fr|Bonjour, l'installateur n'est jamais venu samedi. Merci de me proposer un nouveau rendez-vous pour le raccordement.
0|telecom|email|en|Good evening. The overhead line to our cottage was re-hung by your engineer on Monday and the connection has been perfect since. Please can you close the fault and confirm I won't be charged?
0|telecom|chat|en|yo the fibre guy came friday and it's all working. how do I get the app to show my speed?
0|telecom|phone|en|Cx asked how long an install usually takes, still deciding whether to order. Explained 2-4 hours. Will order online if she goes ahead.
0|telecom|web|en|Hello, can you tell me if my new flat already has one of your sockets? I'd rather not book anyone if there is. Address: 5 Canal Wharf.
0|telecom|social|en|@fibrehelp what are the opening hours for your Cardiff shop this weekend?
0|telecom|email|en|We need to cancel the visit booked for Tuesday to fit a data point in the garage. We've decided to use a powerline adapter instead.
0|telecom|chat|en|Can I get a refund for the installation charge? The engineer was fine but your ad said installation was free.
0|telecom|phone|en|Customer's broadband down. Identified router on old firmware, pushed update remotely, connection restored. Booked visit cancelled.
0|telecom|email|en|I'd like to dispute the £95 charge for the engineer callout in June. He found the fault was in your equipment, so I shouldn't pay.
0|telecom|chat|en|ok the router works again after your colleague reset it from your end. can you cancel tomorrow's appointment then
0|telecom|web|en|Please post me a new router. The old one's power button snapped off. I'll plug the new one in myself.
0|telecom|chat|en|internet dropping every 10 mins since yesterday evening
0|telecom|email|en|The bill has a line saying "installation visit" for £0.00. Does that mean I'll be charged later?
0|telecom|social|en|@fibrehelp whole of Kingsmead is offline, any ETA?
0|telecom|chat|en|Can I pay my bill at one of your shops? Which is nearest to Pinner?
0|telecom|phone|en|Customer complained about the technician's language during last visit. Logged complaint, £20 credit applied. Service fine, no revisit wanted.
0|telecom|email|en|I visited your website and the broadband checker says I can get 900Mb, but when I order it only offers 150Mb. Why?
0|telecom|chat|en|the wifi name changed after the update and my devices won't connect
0|telecom|web|en|Hi, my click and collect mesh kit has been "awaiting stock" at the store for 10 days. Can you check?
0|telecom|email|en|Please tell me the returns address for the TV box. I'm cancelling TV but keeping broadband.
0|telecom|chat|en|How do I set up a guest network on the router?
0|telecom|email|en|I'm a landlord. My tenant is moving out; how do I take the broadband contract into my name until new tenants arrive?
0|telecom|chat|en|the sound on my TV box goes out of sync with the picture
0|telecom|phone|en|Customer requested an engineer for slow wifi in the bedroom. Troubleshooting showed interference from neighbour networks; changed channel remotely. Speeds improved, no visit.
0|telecom|web|en|How much would it cost to have a technician come if I break the socket myself? Just want to know the policy.
1|telecom|chat|en|I have a technician booked Thursday. Will he be wearing ID? Just want to be careful, my mum will be alone.
0|telecom|email|en|The installer was here Tuesday and everything's fine, but I'd like to know where he put the spare cables he said he'd leave.
0|telecom|chat|en|my phone line is crackling, can you run a test on it
0|telecom|email|en|Your store in Oldham gave me store credit when I returned the old booster. Can it go against my monthly bill?
0|telecom|social|en|@fibrehelp great job by Kerry on the phone today, sorted my router in 5 mins
0|telecom|chat|en|is there a fee to end the contract early if I move abroad
0|telecom|web|en|I'm moving house on the 18th. The new house already has fibre from you; please transfer the service over.
0|telecom|email|en|The speeds are good but the router's lights are really bright in the bedroom. Can I turn them off?
0|telecom|chat|en|Do you have to be present for an installation, or can a neighbour let the engineer in? Just a question, I haven't ordered anything yet.
0|telecom|phone|en|Customer asked whether upgrading to 2Gb needs an engineer. Confirmed no visit, upgrade is remote. Order placed.
0|telecom|email|en|I want to complain. I had to take a day off for an install that never happened, and then you fixed it remotely anyway without needing to come. I want compensation for the lost day.
0|telecom|chat|en|my TV recordings have disappeared after the box updated overnight
0|telecom|web|en|I need a letter confirming the date your engineer attended last year for a legal case. Job ref 20-5561.
0|telecom|email|en|Hi, your engineer dropped his ID badge in our porch. Who should I post it to?
0|telecom|chat|es|a qué hora abren la tienda de la calle Alcalá los sábados?
0|telecom|email|es|El técnico vino ayer y todo funciona, pero me han cobrado 50 euros por la visita. Quiero que me lo devuelvan.
0|telecom|phone|es|Cliente con cortes en el wifi. Se cambia el canal del router en remoto. Solucionado, no hace falta visita.
0|telecom|chat|es|puedo instalar yo mismo el router nuevo? no quiero que venga nadie
0|telecom|email|es|Me cambio de piso y el nuevo ya tiene la fibra de ustedes. Quiero trasladar el contrato.
0|telecom|chat|es|cómo configuro el control parental del router?
0|telecom|social|es|cuánto falta para que vuelva internet en Chamberí? llevamos toda la tarde sin conexión
0|telecom|email|de|Guten Tag, ich möchte meinen Vertrag zum Monatsende kündigen.
0|telecom|chat|pt|Olá, a internet voltou depois do reinício remoto. Podem cancelar a visita do técnico?
# held-out: more telecom, mobile
1|telecom|chat|en|tv aerial cable your guy ran last month has come off the wall bracket outside, flapping about. needs re-fixing properly
1|telecom|email|en|Hi, the socket in the lounge sparks when I plug the filter in. I've stopped using it. Please get someone to replace it safely.
1|telecom|phone|en|Caller's partner uses a home dialysis machine that reports over the line; line dead. Vulnerable customer, priority engineer booked same day.
1|telecom|web|en|New home, builder installed ducting but no cable pulled through. Order ref FB-11920. Need the installation team to come and finish the connection.
1|telecom|chat|en|engineer came and went but the internet still isn't working. he said it was a street fault and somebody else would come. nobody has
1|telecom|email|en|Please can the engineer who is coming on the 3rd also move the router from the hall to the study? Same visit if possible.
1|telecom|social|en|@fibrehelp week 5 of waiting for someone to come and connect my house. ref 50281. sort it out
1|telecom|phone|en|Property has an old junction box in the loft feeding three sockets, one dead. Agreed internal wiring repair visit, customer accepts charge.
0|telecom|chat|en|the engineer fixed the socket yesterday. how do I get my old phone number back on the new line?
0|telecom|email|en|Please stop the engineer visit, my husband found the cable had been pulled out behind the TV unit. All working now.
0|telecom|phone|en|Caller asked where the nearest drop-off point for old equipment is. Gave details of the post office scheme and prepaid bag option.
0|telecom|web|en|I'd like a breakdown of the installation costs on my first bill, there are three separate lines and I don't understand them.
0|telecom|chat|en|Hi there, I got an email saying a technician is assigned, but I cancelled the order last week. Can you confirm it's cancelled and I won't be charged?
0|telecom|email|en|Your technician told me I could get a discount for recommending a friend. How does that work?
0|telecom|chat|en|I want to add a second wifi extender. do you sell them?
0|telecom|phone|en|Customer asked to change broadband name on account after marriage. Updated details, certificate not required.
0|telecom|email|en|Since the switch to digital phone my burglar alarm doesn't report to the monitoring company. Your technical team fixed another customer's by changing a setting. Can you do the same remotely?
0|telecom|chat|en|I keep losing connection on my work VPN but everything else is fine
0|telecom|social|en|thank you to the engineer who came out on Sunday, legend
0|telecom|chat|es|cuánto me cobran por cambiar de tarifa antes de terminar la permanencia?
0|telecom|email|es|Les escribo para reclamar por la visita del técnico del mes pasado: llegó tarde y fue maleducado. No necesito otra visita, solo una compensación.
1|telecom|email|es|El técnico que vino el lunes no terminó: falta conectar el segundo decodificador de la habitación. Dijo que volvería otro día. Cuándo?
1|mobile|chat|en|I've got a hairline crack on the back glass and the camera won't focus. Can your store fix it while I wait?
1|mobile|email|en|My elderly dad needs help setting up his new phone — WhatsApp, contacts, large text. Can he book a session in one of your shops where someone sits with him?
1|mobile|phone|en|Customer suspects SIM swap fraud, no service and bank alerts received. Security process requires in-person ID at store for new SIM. Booked urgent store visit.
1|mobile|walk_in|en|Customer presented handset with liquid damage indicator triggered. Took device in for repair assessment, gave loan phone and paperwork.
1|mobile|web|en|Book a repair: phone speaker crackles on calls. I'd like to drop it into your Union Square store tomorrow.
1|mobile|chat|en|I booked the battery swap at your store for 2pm. Running late, can I come at 3 instead?
1|mobile|email|en|To register the SIM for my business I was told the director has to come to a store with ID and company papers. Can you confirm what's needed and book us in?
1|mobile|walk_in|en|Customer came in with brand new phone not activating. Staff inserted SIM, ran activation and transferred data from old phone at the counter.
1|mobile|email|es|Me han robado el teléfono y para recuperar la línea tengo que presentar el pasaporte en una tienda. Me pueden dar cita hoy en la de Sevilla centro?
1|mobile|chat|es|se me ha roto el conector de carga. puedo llevarlo a la tienda para que lo reparen allí?
0|mobile|chat|en|My screen is cracked. Can I post it to you for repair? Nearest store is 50 miles away.
0|mobile|email|en|My phone went off for repair nine days ago via courier. When can I expect it back?
0|mobile|chat|en|What time does the Union Square shop close today?
0|mobile|web|en|I want to activate a new eSIM without going to a store. Is that possible?
0|mobile|chat|en|my data stopped working after I changed phones
0|mobile|email|en|Please cancel my in-store repair booking. I had it fixed under the manufacturer warranty instead.
0|mobile|chat|en|Can you send me a replacement SIM? Mine has stopped being recognised.
0|mobile|phone|en|Customer couldn't send MMS. Sent settings by text, installed, working.
0|mobile|social|en|@mobile signal's been terrible in Leith all week. masts down?
0|mobile|email|en|I was charged £60 for a screen repair at your store that was meant to be covered by insurance. Please refund it.
0|mobile|chat|en|is my in-store pickup order ready? it's a phone case, order 88712
0|mobile|chat|en|I used store credit for my new case. Can I use what's left for my bill?
0|mobile|web|en|Do you sell refurbished phones?
0|mobile|chat|en|how do I stop spam texts
0|mobile|email|en|I want to talk to a human about my bill, not a bot. Please call me.
0|mobile|chat|es|a qué hora cierra la tienda de Sevilla centro?
0|mobile|email|es|Envié el móvil a reparar por mensajería. Cuándo me lo devuelven?
0|mobile|chat|es|cómo activo el roaming para ir a Portugal?
0|mobile|chat|fr|Je veux activer ma eSIM sans aller en boutique. C'est possible ?
# held-out: banking, insurance, utilities
1|banking|email|en|Hello, our solicitor needs the guarantor to sign the mortgage guarantee in front of a bank officer. My mum is the guarantor. Can she come to the Elm Street branch next Tuesday to do that?
1|banking|chat|en|need to open a safe deposit box for my late grandmother's jewellery. do I come in to sign up?
1|banking|phone|en|Customer unable to complete online verification (no smartphone). Agreed to verify in branch with passport and council tax bill. Booked Wed 11:30.
1|banking|walk_in|en|Customer attended with original deed poll to change surname. Documents checked and scanned at desk, name updated, new card ordered.
1|banking|web|en|I have a jar of old pound coins and notes from the 1990s to exchange. Can I bring them into a branch?
1|banking|email|en|My card was retained by the machine in your Bridge Street lobby last night. I'd like to collect it from the counter today if possible, I have ID.
1|banking|chat|en|the loan documents need a wet signature and my solicitor says a bank employee has to witness it. when can I come?
1|banking|phone|en|Executor of estate to attend branch with grant of probate and ID to release funds. Appointment set Mon 14:00.
1|banking|email|en|I'd like to arrange a home visit from your mobile banking officer. I'm 91 and can't get to town, and I need to set up a new account for my pension.
1|banking|web|en|Appointment request: in-branch meeting to sign company account mandate with both directors present.
1|banking|chat|en|can I come and collect my dollars from the branch a day early? I ordered them for Thursday but my flight moved
1|banking|email|es|Buenas, tengo que ir a la sucursal a firmar los papeles del préstamo y presentar el DNI original. Qué día me pueden atender?
1|banking|chat|es|me retuvo la tarjeta el cajero de la oficina de la plaza. puedo pasar a recogerla hoy?
1|banking|email|de|Guten Tag, ich muss für die Vollmacht persönlich mit meiner Mutter in die Filiale kommen. Wann ist ein Termin frei?
0|banking|chat|en|What time does the Elm Street branch shut on Fridays?
0|banking|email|en|The branch on the high street closed down. Will my account number change?
0|banking|chat|en|please send a replacement card, the chip on mine stopped working
0|banking|phone|en|Customer asked whether she had to go to branch to add her husband to the account. Completed online via joint application link on call.
0|banking|chat|en|I'd like to do my identity check by video instead of going to the branch. How do I start?
0|banking|web|en|I was charged for depositing coins at the counter. I thought that service was free.
0|banking|email|en|I already signed the loan papers at the branch on Monday. The money hasn't arrived yet. Any idea when?
0|banking|chat|en|my online banking says "account restricted", can you tell me why?
0|banking|email|en|Please can you send me the mortgage redemption statement.
0|banking|chat|en|Where's the closest branch to Leeds station? Just need the address.
0|banking|chat|en|The staff at the branch were lovely helping my dad last week. Just wanted to say thanks.
0|banking|web|en|Please increase the daily transfer limit on my account.
0|banking|chat|en|the ATM swallowed my card. don't bother getting it out, please just send me a new one
0|banking|phone|en|Customer queried a returned direct debit. Explained insufficient funds. Re-presented.
0|banking|chat|es|cuál es el horario de la oficina de la plaza en agosto?
0|banking|email|es|Quiero firmar el contrato con firma digital, me pueden reenviar el enlace?
0|banking|chat|fr|Bonjour, quel est le plafond de retrait de ma carte ?
1|insurance|email|en|A delivery lorry reversed into our front wall and the bay window has cracked. The claim line said an assessor must look at the structure before the builders start. When can they come?
1|insurance|chat|en|your inspector was supposed to look at the subsidence at 10 today. it's 1pm. can it be rebooked for this week?
1|insurance|phone|en|Contents claim for fire damage, high value. Loss adjuster site visit required. Booked for Thursday with the policyholder.
1|insurance|web|en|The insurer requires a security survey of my house before they'll cover the art collection. Please send the surveyor.
1|insurance|email|en|My classic car policy needs an annual inspection by your engineer. It's in a storage unit in Reading. Please arrange a date.
1|insurance|chat|en|the adjuster said he'd come back with a damp meter to check the walls. has that been booked?
1|insurance|phone|es|Asegurada pide que el perito venga a valorar los daños del granizo en el coche. Visita fijada el lunes.
1|insurance|email|es|Se ha caído el techo del baño por una fuga del vecino. Necesito que el perito venga a ver los daños.
0|insurance|chat|en|the adjuster came yesterday. when will I hear the outcome?
0|insurance|email|en|Can you accept a video walkthrough of the damage rather than sending someone? I'm away for 3 weeks.
0|insurance|phone|en|Customer asked for a copy of the assessor's report from the burst pipe claim. Emailed.
0|insurance|web|en|I want to add my son to my car insurance as a learner.
0|insurance|chat|en|I'm not happy with the settlement the loss adjuster offered. I want to appeal.
0|insurance|email|en|Please cancel the visit booked for Monday. The claim was settled on the photos I sent.
0|insurance|chat|en|How do I get my no-claims certificate?
0|insurance|web|en|My premium went up after a claim that wasn't my fault. Please explain.
0|insurance|chat|es|ya vino el perito, cuándo me pagan?
1|utilities|email|en|The meter is inside our neighbour's garage (shared supply from the old farm) and she's away for a month. You keep estimating. Could someone come when she's back and read it with her?
1|utilities|phone|en|Caller reports smell of gas outside near the meter box, no smell inside. Emergency service engineer dispatched.
1|utilities|web|en|I'd like a smart meter fitted. Weekday mornings are best.
1|utilities|chat|en|the smart meter fitter is coming tomorrow but I'll be at work, can my neighbour let them in or should I rebook?
1|utilities|email|en|I need a gas safety certificate for my rental flat by the end of the month. Please book your engineer to inspect the boiler and hob.
1|utilities|phone|en|Prepay meter rejecting all top-ups, emergency credit used. Remote fix unsuccessful. Meter engineer booked tomorrow AM.
1|utilities|web|en|We're building an extension and the electricity meter box is in the way. We need it moved to the new wall. Please arrange a visit.
1|utilities|chat|en|water meter in the pavement is leaking, puddle getting bigger. please send someone
1|utilities|field|en|Attended: meter display faulty. Exchanged for smart meter, commissioned and tested. Customer shown in-home display.
1|utilities|email|en|Our street lost power at 6am. Your website says engineers are investigating, but our house is still off while the neighbours are back on. Please send someone to check our supply.
1|utilities|chat|es|necesito que vengan a leer el contador, está en un cuarto cerrado y la llave la tiene el administrador
1|utilities|phone|es|Cliente solicita revisión obligatoria de la instalación de gas. Cita con el técnico el miércoles por la mañana.
1|utilities|email|fr|Bonjour, le compteur électrique affiche une erreur et le courant saute. Pouvez-vous envoyer un technicien ?
0|utilities|web|en|Meter readings for this quarter: gas 10293, electric 44018.
0|utilities|chat|en|my smart meter stopped talking to your system, can you reconnect it from your end
0|utilities|phone|en|Customer's smart meter readings missing for two months. Remote reconfiguration done, data flowing. No appointment needed.
0|utilities|email|en|I've been charged £70 for a missed meter appointment, but I was home all day and nobody came. Please refund; I don't want to rebook.
0|utilities|chat|en|can I send a photo of the meter rather than have someone come out?
0|utilities|web|en|Please put me on the cheapest tariff.
0|utilities|chat|en|Is the gas emergency line free from a mobile?
0|utilities|email|en|The engineer installed the smart meter last week. I'd like a copy of the job sheet for my records.
0|utilities|chat|en|the in-home display keeps saying "no data". I moved it to the kitchen and it's fine now
0|utilities|phone|en|Customer cancelled the smart meter installation; she's switching supplier. Appointment cancelled.
0|utilities|email|en|Why is my bill estimated when I gave a reading on the app?
0|utilities|chat|es|cómo mando la lectura del contador por la app?
0|utilities|email|es|Me han cobrado una visita de lectura que no se hizo. Quiero la devolución.
0|utilities|chat|de|Wie kann ich meinen Abschlag ändern?
# held-out: retail, electronics, appliances
1|retail|email|en|The carpet fitters left a big gap under the bedroom door and the edge by the stairs is coming up. Could one of them come back to redo it?
1|retail|chat|en|I'd like to bring the coat back to your Bath shop and swap it for the grey one. Can you put the grey one aside in a medium?
1|retail|web|en|Please book a measuring appointment at home for made-to-measure shutters, three windows.
1|retail|walk_in|en|Customer returned child's car seat, buckle broken. Inspected in store, confirmed defect, exchanged for new unit.
1|retail|phone|en|Customer purchased sofa bed with assembly. Assembler no-show on Saturday. Rebooked assembly visit for Tuesday.
1|retail|email|en|The delivery men installed the washing machine but didn't remove the transit bolts and it's shaking itself across the floor. Please send them back to fix it.
1|retail|chat|en|i want a proper fitting for running shoes, the gait analysis thing, can i book it in store?
1|retail|web|en|Booked TV wall mounting with my order but the date clashes with my holiday. Please move the installer visit to the 20th.
1|retail|walk_in|en|Customer in store with watch strap broken; fitted new strap and adjusted links at the counter.
1|retail|chat|en|I'll come in tomorrow to return the boots, the sole's split. Do I need the box too?
1|retail|email|es|El montador dejó la cama mal montada y el somier se cae. Necesito que vuelva a arreglarlo.
1|retail|chat|es|quiero ir a la tienda a que me ajusten las gafas, se me caen. hay que pedir cita?
0|retail|chat|en|my pick up in store order hasn't had a ready email, it's been 5 days
0|retail|email|en|Can you tell me whether the Bath shop is open on Easter Monday?
0|retail|chat|en|I was given store credit for a return. Does it expire?
0|retail|web|en|How do I send back an online order? I'd rather not go to a shop.
0|retail|chat|en|The assembly guy built the desk nicely, but I was charged £35 when the website said assembly was included. Please refund.
0|retail|email|en|I want my money back for the fitting service. The fitter was late and rude. I finished the blinds myself.
0|retail|chat|en|my order says delivered but my neighbour says no one came
0|retail|phone|en|Customer asked whether web orders can be returned to a shop. Confirmed yes. No further action.
0|retail|chat|en|can I order online and collect in store? which stores do that?
0|retail|email|en|The click & collect locker code you sent doesn't match my order number. Can you resend it?
0|retail|web|en|Please unsubscribe me from the catalogue.
0|retail|chat|en|I visited your website and the basket keeps emptying itself.
0|retail|email|en|Your shop assistant in Wells was very helpful with my return last week. Please pass on my thanks.
0|retail|chat|en|are the prices in store the same as online?
0|retail|chat|es|sigue sin estar listo mi pedido para recoger en la tienda. qué pasa?
0|retail|email|es|Devolví un pantalón por correo hace tres semanas y no me han reembolsado.
0|retail|chat|es|a qué hora abren los domingos en el centro comercial?
0|retail|chat|pt|Posso usar o crédito da loja nas compras online?
1|electronics|email|en|Our 77-inch TV has a line across the picture. It's mounted above the fireplace and under warranty. Could a technician repair it in our home?
1|electronics|chat|en|can I book a slot at the repair counter for my tablet, the screen is unresponsive
1|electronics|walk_in|en|Customer presented laptop with broken hinge at service desk. Logged for in-store repair, estimated 3 days.
1|electronics|phone|en|Customer's home alarm system installed by us triggers false alarms. Installer to revisit and reposition sensors.
1|electronics|web|en|Please reschedule the technician who is coming to fix my projector from Friday to Monday.
1|electronics|email|en|I paid for the home cinema setup service. The speakers and receiver are still in boxes. When is the installer coming?
1|electronics|chat|en|I'll bring my camera in so your team can clean the sensor. Do you do it while I wait?
1|electronics|email|es|La tele está en garantía y tiene manchas en la pantalla. Es muy grande para llevarla, necesito que venga un técnico.
0|electronics|email|en|My monitor has a dead pixel. Please send me a courier label so I can ship it back for warranty repair.
0|electronics|chat|en|I sent my headphones to the repair centre in March, still no update.
0|electronics|web|en|How do I connect my soundbar to the TV via HDMI ARC?
0|electronics|chat|en|the technician charged me a visit fee but the TV is under warranty. I want that money back
0|electronics|email|en|The replacement cable you posted fixed it. Please cancel the technician visit on Friday.
0|electronics|chat|en|Where's your service centre in Birmingham? Just the address.
0|electronics|phone|en|Customer's laptop won't charge; power adapter faulty. New adapter dispatched by post.
0|electronics|chat|en|my smart watch doesn't show notifications any more
0|electronics|chat|es|cómo conecto los auriculares al portátil por bluetooth?
1|appliances|email|en|The tumble dryer takes three cycles to dry anything and the back gets very hot. Still under warranty. Please arrange an engineer visit.
1|appliances|chat|en|my freezer's been beeping and the temperature is at -5. can someone come out before everything thaws?
1|appliances|phone|en|Customer's integrated fridge door hinge broken, door hanging. Engineer visit booked with hinge part.
1|appliances|web|en|Induction hob installation booked for Thursday. Can the installer also take away the old gas hob?
1|appliances|email|en|Your engineer said he'd return once the new motor arrived for my washer. It's been two weeks. When is the return visit?
1|appliances|chat|en|could the dishwasher repair be moved to Saturday? can't get off work
1|appliances|email|es|La secadora no calienta y está en garantía. Necesito que venga un técnico a casa.
0|appliances|chat|en|the dishwasher shows E15, what does it mean? can I fix it myself
0|appliances|phone|en|Customer's oven not heating; found it was on timer mode. Reset clock over the phone. Working.
0|appliances|email|en|The engineer fixed my fridge but the invoice is for parts that are meant to be under warranty. Please correct.
0|appliances|chat|en|Which descaler should I use for my coffee machine?
0|appliances|web|en|Please send the replacement door handle for my fridge, I'll fit it myself.
0|appliances|chat|en|The washing machine started working again after I reset it. Please cancel the engineer.
0|appliances|email|en|Can I extend the warranty on my dishwasher?
0|appliances|chat|es|el técnico vino, arregló la lavadora y me cobraron el desplazamiento. Estaba en garantía.
# held-out: healthcare, automotive, property, government, saas
1|healthcare|chat|en|my GP wants me to get a urine sample and blood pressure done at the practice. how do I book?
1|healthcare|email|en|Hi, I had a video call with the nurse and she wants to see my leg ulcer in the clinic this week. Can I have an appointment?
1|healthcare|web|en|Request home visit: my wife is bed-bound after a stroke and needs her catheter changed.
1|healthcare|phone|en|Patient needs in-person review for suspected fracture. Booked minor injuries clinic 15:20.
1|healthcare|chat|en|need to move my dental check-up from Tuesday to any day next week
1|healthcare|email|en|Could I book my baby's 8-week jabs at the surgery please?
1|healthcare|web|en|I need a hearing test at your audiology clinic. Referral attached.
1|healthcare|email|es|Necesito cita presencial con el pediatra, mi hijo tiene una erupción que no se va.
1|healthcare|chat|pt|Preciso marcar uma consulta presencial para medir a tensão.
0|healthcare|chat|en|could my appointment tomorrow be a phone call instead? I can't get a lift
0|healthcare|web|en|The video link for my telehealth consult doesn't open on my tablet.
0|healthcare|email|en|My repeat prescription hasn't arrived at the pharmacy.
0|healthcare|chat|en|What time does the surgery close on Wednesdays?
0|healthcare|chat|en|can I see my x-ray results online?
0|healthcare|email|en|I'd like to complain about the receptionist's attitude when I came in on Monday. I don't need anything else.
0|healthcare|chat|en|please cancel my appointment on Thursday, I'm better
0|healthcare|chat|es|puedo hacer la consulta por videollamada? no puedo ir
1|automotive|web|en|Book the car in for its annual service and MOT, I'd like to wait while it's done.
1|automotive|chat|en|stuck on the M6 northbound near junction 15, tyre blown, hazard lights on. please send recovery
1|automotive|email|en|My car is part of the fuel pump recall. Please give me a date to bring it to the dealership.
1|automotive|phone|en|Member's car won't start on her drive, battery suspected. Patrol dispatched, ETA 60 min.
1|automotive|chat|en|can the mobile mechanic come to my work car park to change the brake pads?
1|automotive|email|en|The air conditioning blows hot air again after your workshop re-gassed it last month. I need to bring it back.
1|automotive|web|en|I'd like a test drive of the hybrid estate at the Camberley showroom on Saturday.
1|automotive|chat|es|se me ha encendido el testigo del motor, quiero llevar el coche al taller mañana
0|automotive|chat|en|Does my breakdown cover include a hire car?
0|automotive|email|en|The workshop charged me for a part that was covered by warranty. Please refund.
0|automotive|chat|en|What time is the service department open until?
0|automotive|web|en|Please send me the finance settlement figure.
0|automotive|chat|en|the car's app shows the wrong mileage
0|automotive|phone|en|Customer cancelled service booking; car sold. Cancelled.
0|automotive|chat|en|How much is an MOT with you? Just comparing prices.
0|automotive|chat|es|cuánto cuesta la revisión de los 60.000? solo para saber
1|property|email|en|The kitchen extractor fan in flat 3 has stopped and the window won't open. Condensation everywhere. Can maintenance come?
1|property|chat|en|toilet won't stop running and the cistern lid is cracked. need a plumber
1|property|phone|en|Tenant reports wasps' nest in the loft hatch area. Pest control visit booked Thursday.
1|property|web|en|I'm moving out on the 15th. Please book the checkout inspection and key return.
1|property|email|en|Our communal hallway light has been out for two weeks and the stairs are pitch black. Please send an electrician.
1|property|chat|en|the heating engineer is booked Monday but I can't be in. could he come Tuesday?
1|property|email|es|Se ha roto la cerradura del portal y no cierra. Manden a un cerrajero, por favor.
1|property|email|de|Das Fenster im Schlafzimmer schließt nicht mehr richtig. Bitte schicken Sie jemanden zur Reparatur.
0|property|email|en|I've set up a standing order for my rent. Please confirm the reference.
0|property|chat|en|How do I report a maintenance issue through the portal?
0|property|email|en|The plumber fixed the leak last week, thanks. Can you send me a copy of the invoice?
0|property|chat|en|I was charged for a callout to fix something the last tenant broke. Please remove it.
0|property|email|en|My neighbour's dog barks all night. Can you contact them?
0|property|chat|en|the boiler's working again after I repressurised it, cancel the engineer please
0|property|chat|es|me pueden mandar el recibo del alquiler de este mes?
1|government|web|en|I need to book a slot to have my fingerprints and photo taken for my residence card.
1|government|email|en|My marriage notice has to be given in person at the register office. Could we book a joint appointment next month?
1|government|chat|en|when's the next available practical driving test in Reading?
1|government|phone|en|Caller reports a fallen tree blocking the footpath on Church Lane. Highways crew to attend.
1|government|email|en|I have been asked to bring my original certificates to the office so they can be verified. How do I book a time?
1|government|chat|es|necesito cita presencial en extranjería para la toma de huellas
0|government|web|en|What are the opening times for the passport office?
0|government|chat|en|I sent my renewal form online. How do I check the status?
0|government|email|en|Please cancel my appointment at the council office. I've completed the application online.
0|government|chat|en|how do I pay a parking fine online
0|government|chat|es|dónde está la oficina de extranjería? solo la dirección
1|saas|email|en|Our contract includes an on-site deployment day. Please schedule your engineer to come to our Leeds warehouse to set up the scanners.
1|saas|chat|en|can your trainer come to our office in person for the rollout? our staff aren't comfortable with video sessions
0|saas|chat|en|The desktop installer won't run on Windows 10.
0|saas|email|en|Can your support engineer join a call to look at our webhook errors?
0|saas|chat|en|We'd prefer remote onboarding over Teams rather than someone coming in.
0|saas|web|en|How do I merge a feature branch in your tool?
0|saas|email|en|Please send the invoice for our on-site training last month.
# held-out: ordinary and near-miss negatives
0|telecom|chat|en|what's the cheapest plan you've got with unlimited calls
0|telecom|email|en|I've been billed after cancelling. The account should have closed on the 1st.
0|telecom|chat|en|my laptop sees the wifi but says no internet, phone is fine
0|telecom|phone|en|Customer's TV channels missing after update. Triggered channel rescan remotely. Channels back.
0|telecom|chat|en|how can I check if there's an outage near me
0|telecom|web|en|Please change my billing address to 14 Rose Court.
0|telecom|chat|en|router keeps showing a red light after the power cut
0|telecom|email|en|My email password isn't working on my phone since I changed it on the website.
0|telecom|chat|en|can I have a discount, I'm a pensioner
0|telecom|social|en|@fibrehelp why do new customers get half price and I don't
0|telecom|chat|en|the ethernet port on the router doesn't seem to work, only wifi
0|telecom|email|en|I set up the replacement router you posted and it's working. What do I do with the old one?
0|telecom|phone|en|Customer wanted to know about parental controls on TV box. Explained PIN setup.
0|telecom|chat|en|how do I forward my landline calls to my mobile
0|telecom|web|en|The online chat keeps disconnecting me before I get to an agent.
0|telecom|chat|en|video calls freeze every few minutes but downloads are fast
0|telecom|email|en|Could you send me the final bill? I left last month.
0|telecom|chat|en|is my contract still under the minimum term
0|telecom|phone|en|Customer thought an engineer was needed as router was beeping. It was the backup battery warning. Advised how to silence. No visit.
0|telecom|chat|en|the technician I spoke to on the phone yesterday promised a callback. nobody called.
0|telecom|email|en|I was told by your store that I'd get a free month. Please add it.
0|telecom|chat|en|I need the MAC address of my router for my work IT
0|telecom|web|en|I'd like to stop the paper bills.
0|telecom|chat|en|my speed test shows half of what I pay for, can you look at it from your side
0|telecom|email|en|The engineer did a great job installing our fibre. Just one question: how do I log into the router's admin page?
0|telecom|chat|es|no me deja pagar la factura con la tarjeta en la web
0|telecom|chat|es|el router pierde la conexión cada noche a la misma hora
0|telecom|email|es|Quiero saber por qué han subido la cuota este mes.
0|telecom|chat|es|me dais el código para cambiar de compañía?
0|telecom|email|fr|Bonjour, je n'ai plus internet depuis ce matin, y a-t-il une panne dans mon quartier ?
0|mobile|chat|en|can I add an international calls bundle
0|mobile|email|en|My son has run up £80 in in-app purchases on his phone bill. Please block them.
0|mobile|chat|en|how do I know if my phone is unlocked
0|mobile|web|en|My port-in failed, my old number isn't working on your SIM.
0|mobile|chat|es|quiero un duplicado de la SIM enviado a casa, se me ha estropeado
0|banking|chat|en|How do I reset my PIN?
0|banking|email|en|I want to raise a chargeback for a holiday company that went bust.
0|banking|chat|en|my card's expiring next month, will a new one come automatically?
0|banking|web|en|Please add a payee reference change for my rent payment.
0|banking|chat|en|I think I've been scammed, I gave my details on a fake website
0|banking|email|en|Can I get a statement showing my account's been open for 3 years? It's for a rental application.
0|banking|chat|es|cómo desactivo las compras online con la tarjeta?
0|banking|email|pt|Podem enviar-me o extrato do último trimestre?
0|insurance|chat|en|can I get a quote for home insurance with a thatched roof
0|insurance|email|en|I need to change the start date of my policy, I'm moving a week later.
0|insurance|chat|en|how long does a windscreen claim take to process
0|insurance|chat|es|quiero cambiar la fecha de pago del seguro
0|utilities|chat|en|Why's my standing charge higher than my friend's?
0|utilities|email|en|I'm on the priority register and want to update my medical details.
0|utilities|web|en|Please close my account, I've sold the property. Final reading 22031.
0|utilities|chat|en|can I pay my gas bill by card over the phone
0|utilities|chat|es|quiero pasar a la factura electrónica
0|retail|chat|en|can I change my order to next day delivery
0|retail|email|en|One of the glasses in the set arrived broken. Please send a replacement.
0|retail|chat|en|My voucher code isn't applying at checkout.
0|retail|web|en|Please cancel the order I placed by mistake this morning.
0|retail|chat|es|me ha llegado el pedido con una talla equivocada. cómo lo cambio por correo?
0|electronics|chat|en|my tablet won't update, says not enough storage
0|electronics|email|en|The keyboard I ordered came with a US layout. Can I exchange it by post?
0|electronics|chat|en|does the vacuum robot work with Alexa
0|appliances|chat|en|the fridge light doesn't come on but it's cold, is that a problem?
0|appliances|email|en|Where do I find the energy label for my washing machine?
0|healthcare|chat|en|can I get my flu jab at the pharmacy without booking? just asking, not yet
0|healthcare|email|en|Please send my vaccination certificate to this email.
0|automotive|chat|en|the infotainment screen keeps rebooting, is there a software fix?
0|automotive|email|en|I'd like to end my car finance agreement early. What do I owe?
0|property|chat|en|Can I have a copy of my inventory from check-in?
0|property|email|en|When is the service charge invoice due?
0|government|chat|en|how do I change the address on my driving licence
0|government|email|en|My blue badge renewal was refused. I'd like to appeal.
0|saas|chat|en|we were charged for 20 seats but we only have 12 users
0|saas|email|en|Your status page says all green but our app is down.
0|banking|chat|en|I'd like to speak to someone in person — a phone call is fine — about a complaint.
0|banking|email|en|I want to know if I can pay in cash at the post office instead of going to a branch.
0|insurance|chat|en|The surveyor was booked then you said photos were enough. Can you confirm no one is coming on Friday?
0|utilities|chat|en|Is the engineer visit I had last year for the boiler going to show on this year's bill?
0|utilities|email|en|Your letter asks me to book a smart meter installation. I don't want one. Please stop writing to me.
0|retail|chat|en|My sofa arrived and it's perfect. The delivery team were great.
0|retail|email|en|I'd like to know how to book the assembly service for a future purchase. Nothing bought yet.
0|electronics|chat|en|Is it quicker to bring a repair to the store or send it? Just weighing options, nothing broken.
0|appliances|chat|en|how much is an engineer call-out after warranty ends? asking for when it runs out
1|healthcare|chat|en|Is there a lift at the clinic? My mum is coming next month in a wheelchair.
0|automotive|chat|en|Do you need to see the car to value it for part exchange, or can I do it online?
0|property|chat|en|do I need to be in when the annual gas check happens, or will you use your key? it isn't booked yet
0|government|chat|en|can I walk in to the council offices or do I need a booking? just want to know for later
0|saas|chat|en|Do you offer on-site training? We're evaluating vendors.
0|telecom|chat|en|Does the installation fee cover a second socket? I'm just comparing providers.
0|telecom|email|en|The engineer visit last week sorted the line. Can you now put me back on the faster speed profile?
0|mobile|chat|en|I'm at the shop now and the queue is huge. Can I just do my upgrade with you on chat instead?
0|banking|chat|en|I'm in the branch right now but they can't see my online banking issue. can you reset my login from your side?
0|retail|chat|en|I'm in the store to collect my click and collect order. What do I need to show?
0|telecom|walk_in|en|Customer came into the shop to ask why her bill went up. Explained price rise and showed her how to check in the app.
0|mobile|walk_in|en|Walk-in wanting to know his contract end date. Checked and told him.
0|banking|walk_in|en|Customer asked at counter about mortgage rates. Gave brochure and booked a phone appointment with adviser.
0|telecom|field|en|Dispatch cancelled: customer confirmed service restored following remote port reset. No attendance required.
0|utilities|field|en|Visit not required: meter readings received remotely after comms hub reboot. Job closed.
1|healthcare|phone|en|Patient asked for directions to the new clinic and whether there's parking. Gave both. Appointment unchanged.
1|banking|chat|en|I'm at the branch now with my passport like the app told me, to unlock my account. The cashier says I need an appointment. Can you book one for today?
1|telecom|chat|en|the phone socket in the hall has come off the wall with the wires showing, I think the dog pulled the cable. can someone come?
1|property|chat|en|the bath is leaking into the flat below and the neighbour is furious. please get someone here today
1|retail|chat|en|I bought a wardrobe with fitting. The fitter hasn't been. When is he coming?
1|healthcare|chat|en|I need my ear syringed, can I book with the nurse?
0|telecom|chat|en|how do I turn off the TV box's auto standby
0|telecom|email|en|Please send me a copy of the terms I agreed to when I signed up online.
0|telecom|chat|en|my smart plug won't join the 2.4GHz network
0|telecom|phone|en|Customer asked for a cheaper package. Moved to 150Mb plan, saving £8 a month.
0|telecom|chat|en|the outage text said fixed but I'm still off. restarted router twice
0|telecom|email|en|Every time it rains my internet slows a bit but it's usable. Could you check the line from your end and tell me if anything shows?
0|telecom|social|en|@fibrehelp your app's login page is broken on iOS 18
0|mobile|chat|en|what's the difference between the 30GB and unlimited plans
0|banking|chat|en|can I open a second savings account in the app
0|utilities|chat|en|my direct debit amount seems high for a one-bed flat, can you review it
0|retail|chat|en|Do you deliver to the Channel Islands?
0|electronics|email|en|The charging case for my earbuds stopped holding charge. Can you send a replacement case?
0|insurance|chat|en|does my policy cover my phone abroad
0|healthcare|chat|en|how do I add my newborn to my patient account
0|automotive|chat|en|my car's key fob battery is low, what type of battery does it take?
0|property|chat|en|is there a bike store for residents?
0|government|chat|en|what's the fee for a replacement birth certificate
0|saas|chat|en|two-factor codes aren't arriving by SMS
"""


def parse(block: str, name: str) -> list[dict]:
    rows = []
    for n, line in enumerate(block.strip("\n").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|", 4)
        if len(parts) != 5:
            raise ValueError(f"{name} line {n}: expected label|industry|channel|language|text: {line!r}")
        label, industry, channel, language, text = (p.strip() for p in parts)
        if label not in ("0", "1"):
            raise ValueError(f"{name} line {n}: label must be 0 or 1: {line!r}")
        if industry not in INDUSTRIES or channel not in CHANNELS or language not in LANGUAGES:
            raise ValueError(f"{name} line {n}: unknown industry/channel/language: {line!r}")
        if not text:
            raise ValueError(f"{name} line {n}: empty text")
        rows.append({"text": text, "label": int(label), "industry": industry,
                     "channel": channel, "language": language})
    return rows


def normalise(text: str) -> str:
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def shingles(text: str, n: int = 5) -> set[str]:
    t = normalise(text)
    return {t[i:i + n] for i in range(max(1, len(t) - n + 1))}


def check_duplicates(train: list[dict], heldout: list[dict]) -> float:
    """Raise on any duplicate; return the highest held-out/train similarity seen."""
    for name, rows in (("train", train), ("heldout", heldout)):
        seen: dict[str, str] = {}
        for r in rows:
            key = normalise(r["text"])
            if key in seen:
                raise ValueError(f"duplicate text in {name}: {r['text']!r}")
            seen[key] = r["text"]
    train_keys = {normalise(r["text"]) for r in train}
    train_sh = [shingles(r["text"]) for r in train]
    worst = 0.0
    for r in heldout:
        if normalise(r["text"]) in train_keys:
            raise ValueError(f"held-out text also in train: {r['text']!r}")
        s = shingles(r["text"])
        for t, tr in zip(train_sh, train):
            inter = len(s & t)
            j = inter / (len(s) + len(t) - inter)
            worst = max(worst, j)
            if j >= NEAR_DUPLICATE_JACCARD:
                raise ValueError(f"near duplicate ({j:.2f}):\n  heldout: {r['text']!r}\n  train:   {tr['text']!r}")
    return worst


def ordered(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: hashlib.sha256(normalise(r["text"]).encode("utf-8")).hexdigest())


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in ordered(rows):
        w.writerow([r["text"], r["label"], r["industry"], r["channel"]])
    return buf.getvalue()


def summary(name: str, rows: list[dict]) -> str:
    pos = sum(r["label"] for r in rows)
    lines = [f"{name}: {len(rows)} tickets, {pos} face-to-face ({pos / len(rows):.1%})"]
    for field in ("industry", "channel", "language"):
        c = Counter(r[field] for r in rows)
        p = Counter(r[field] for r in rows if r["label"] == 1)
        lines.append(f"  {field}: " + ", ".join(f"{k} {c[k]} ({p[k]} f2f)" for k in sorted(c)))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    train = parse(TRAIN, "TRAIN")
    heldout = parse(HELDOUT, "HELDOUT")
    worst = check_duplicates(train, heldout)
    outputs = {"train.csv": to_csv(train), "heldout.csv": to_csv(heldout)}
    if "--check" in argv:
        stale = [n for n, s in outputs.items()
                 if not (HERE / n).exists() or (HERE / n).read_text(encoding="utf-8") != s]
        if stale:
            print("out of date: " + ", ".join(stale) + " (run build_f2f_data.py)")
            return 1
        print("train.csv and heldout.csv are up to date")
        return 0
    for n, s in outputs.items():
        with open(HERE / n, "w", encoding="utf-8", newline="") as f:
            f.write(s)
    print(summary("train", train))
    print(summary("heldout", heldout))
    print(f"highest held-out/train 5-gram Jaccard similarity: {worst:.2f} (limit {NEAR_DUPLICATE_JACCARD})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
