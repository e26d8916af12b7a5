-- The seeded forms (issue #7), written for this project in plain Finnish, Swedish and English for 58 mm paper.
-- Markup: see FormMarkup (# heading, ## subheading, ___ fill-in line, [ ] check box, QR url, --- section).
-- Nothing is ever prefilled with personal data. Fixed public ids, so every kiosk and the hub know them as the same
-- forms; site 'seed' = shipped with the application.
-- The digital-support sheet: version 1 (published) lists only what is known for every site, the library's own
-- digital support; version 2 is a draft template with Kela, the tax office, DVV and the bank for the coordinator
-- to fill in. Its <<blanks>> cannot be published: the sheet residents print never shows an unfilled entry.

INSERT INTO form (public_id, site_id, code, sort_order, created_at, updated_at)
VALUES ('5e1f0b7a-2c4d-4e8f-9a1b-6c3d2e4f0001', 'seed', 'valtakirja', 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO form_version (public_id, site_id, form_id, version_number, status, title_fi, description_fi, content_fi, title_sv, description_sv, content_sv, title_en, description_en, content_en, edited_by,
                          created_at, updated_at, published_at)
SELECT '9b3c1d2e-4f5a-4b6c-8d7e-000000000001', 'seed', id, 1, 'PUBLISHED',
       'Valtakirja',
       'Toinen ihminen voi noutaa henkilökorttisi tai passisi.',
       '# VALTAKIRJA
Henkilökortin tai passin nouto

Valtuutan alla nimetyn henkilön noutamaan puolestani valmiin asiakirjani poliisilta tai noutopisteestä.

Noudettava asiakirja:
[ ] henkilökortti
[ ] passi
---
## Valtakirjan antaja
___ Nimi
___ Syntymäaika
---
## Noutaja (valtuutettu)
___ Nimi
___ Syntymäaika
---
___ Paikka ja päivämäärä
___ Antajan allekirjoitus
---
Noutaja näyttää oman voimassa olevan henkilöllisyystodistuksensa ja antaa tämän valtakirjan.
Täytä valtakirja käsin ja allekirjoita se itse.',
       'Fullmakt',
       'Någon annan kan hämta ditt identitetskort eller pass.',
       '# FULLMAKT
Att hämta identitetskort eller pass

Jag befullmäktigar personen nedan att för min räkning hämta mitt färdiga dokument hos polisen eller på ett utlämningsställe.

Dokument som hämtas:
[ ] identitetskort
[ ] pass
---
## Fullmaktsgivare
___ Namn
___ Födelsedatum
---
## Den som hämtar (befullmäktigad)
___ Namn
___ Födelsedatum
---
___ Ort och datum
___ Fullmaktsgivarens underskrift
---
Den som hämtar visar sitt eget giltiga identitetsbevis och lämnar över denna fullmakt.
Fyll i fullmakten för hand och skriv under den själv.',
       'Power of attorney',
       'Someone else can collect your identity card or passport.',
       '# POWER OF ATTORNEY
Collecting an identity card or passport

I authorise the person named below to collect my finished document for me from the police or a pick-up point.

Document to collect:
[ ] identity card
[ ] passport
---
## Person giving authority
___ Name
___ Date of birth
---
## Person collecting
___ Name
___ Date of birth
---
___ Place and date
___ Signature of the person giving authority
---
The person collecting shows their own valid proof of identity and hands over this power of attorney.
Fill in this form by hand and sign it yourself.',
       'palvelupiste', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM form WHERE code = 'valtakirja';

UPDATE form SET published_version_id = (SELECT id FROM form_version WHERE public_id = '9b3c1d2e-4f5a-4b6c-8d7e-000000000001')
WHERE code = 'valtakirja';

INSERT INTO form (public_id, site_id, code, sort_order, created_at, updated_at)
VALUES ('5e1f0b7a-2c4d-4e8f-9a1b-6c3d2e4f0002', 'seed', 'poliisi-mukaan', 20, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO form_version (public_id, site_id, form_id, version_number, status, title_fi, description_fi, content_fi, title_sv, description_sv, content_sv, title_en, description_en, content_en, edited_by,
                          created_at, updated_at, published_at)
SELECT '9b3c1d2e-4f5a-4b6c-8d7e-000000000002', 'seed', id, 1, 'PUBLISHED',
       'Mukaan poliisille',
       'Muistilista: mitä otat mukaan lupapalveluun.',
       '# MUKAAN POLIISILLE
Kun haet henkilökorttia tai passia poliisin lupapalvelusta, ota mukaan:

[ ] Kuvakoodi valokuvaajalta: tekstiviesti puhelimessa tai koodi paperilla
[ ] Vanha passi tai henkilökortti, jos sinulla on
[ ] Rahaa tai pankkikortti lupamaksua varten
[ ] Puhelin, jos sinulla on
---
Jos et ole varma, kysy neuvoa digituesta.
Poliisin verkkosivut:
QR https://poliisi.fi',
       'Till polisen',
       'Lista: vad du tar med till tillståndstjänsten.',
       '# TILL POLISEN
Ta med dig när du ansöker om identitetskort eller pass hos polisens tillståndstjänst:

[ ] Fotokoden från fotografen: sms i telefonen eller koden på papper
[ ] Ditt gamla pass eller identitetskort, om du har ett
[ ] Pengar eller bankkort för avgiften
[ ] Telefon, om du har en
---
Om du är osäker, fråga i digistödet.
Polisens webbplats:
QR https://poliisi.fi',
       'What to bring to the police',
       'A checklist for the police permit office.',
       '# TO THE POLICE
When you apply for an identity card or passport at the police permit office, bring:

[ ] The photo code from the photographer: a text message on your phone or the code on paper
[ ] Your old passport or identity card, if you have one
[ ] Money or a bank card for the fee
[ ] Your phone, if you have one
---
If you are not sure, ask at the digital support.
Police website:
QR https://poliisi.fi',
       'palvelupiste', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM form WHERE code = 'poliisi-mukaan';

UPDATE form SET published_version_id = (SELECT id FROM form_version WHERE public_id = '9b3c1d2e-4f5a-4b6c-8d7e-000000000002')
WHERE code = 'poliisi-mukaan';

INSERT INTO form (public_id, site_id, code, sort_order, created_at, updated_at)
VALUES ('5e1f0b7a-2c4d-4e8f-9a1b-6c3d2e4f0003', 'seed', 'valokuvaajan-lappu', 30, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO form_version (public_id, site_id, form_id, version_number, status, title_fi, description_fi, content_fi, title_sv, description_sv, content_sv, title_en, description_en, content_en, edited_by,
                          created_at, updated_at, published_at)
SELECT '9b3c1d2e-4f5a-4b6c-8d7e-000000000003', 'seed', id, 1, 'PUBLISHED',
       'Lappu valokuvaajalle',
       'Puhelinnumero, johon kuvakoodi lähetetään.',
       '# PASSIKUVA
Lappu valokuvaajalle

Valokuvaaja lähettää kuvasi poliisille. Saat kuvakoodin tekstiviestinä tähän numeroon.

___ Nimi
___ Puhelinnumero kuvakoodia varten
---
Ei puhelinta? Valokuvaaja kirjoittaa kuvakoodin tähän:
___ Kuvakoodi',
       'Lapp till fotografen',
       'Telefonnumret som fotokoden skickas till.',
       '# PASSFOTO
Lapp till fotografen

Fotografen skickar ditt foto till polisen. Du får fotokoden som sms till detta nummer.

___ Namn
___ Telefonnummer för fotokoden
---
Ingen telefon? Fotografen skriver fotokoden här:
___ Fotokod',
       'Slip for the photographer',
       'The phone number your photo code is sent to.',
       '# PASSPORT PHOTO
Slip for the photographer

The photographer sends your photo to the police. You get the photo code by text message to this number.

___ Name
___ Phone number for the photo code
---
No phone? The photographer writes the photo code here:
___ Photo code',
       'palvelupiste', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM form WHERE code = 'valokuvaajan-lappu';

UPDATE form SET published_version_id = (SELECT id FROM form_version WHERE public_id = '9b3c1d2e-4f5a-4b6c-8d7e-000000000003')
WHERE code = 'valokuvaajan-lappu';

INSERT INTO form (public_id, site_id, code, sort_order, created_at, updated_at)
VALUES ('5e1f0b7a-2c4d-4e8f-9a1b-6c3d2e4f0004', 'seed', 'digituki', 40, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO form_version (public_id, site_id, form_id, version_number, status, title_fi, description_fi, content_fi, title_sv, description_sv, content_sv, title_en, description_en, content_en, edited_by,
                          created_at, updated_at, published_at)
SELECT '9b3c1d2e-4f5a-4b6c-8d7e-000000000004', 'seed', id, 1, 'PUBLISHED',
       'Digituki täällä',
       'Missä ja milloin saat apua.',
       '# DIGITUKI
Täältä saat apua puhelimen, tietokoneen ja verkkoasioinnin kanssa.
---
## Kirjasto
Digituki ti ja to klo 13–16.
Kysy kirjaston asiakaspalvelusta.
---
Apu on maksutonta. Älä anna pankkitunnuksiasi tai salasanojasi kenellekään.',
       'Digistöd här',
       'Var och när du får hjälp.',
       '# DIGISTÖD
Här får du hjälp med telefon, dator och e-tjänster.
---
## Biblioteket
Digistöd tis och tors kl. 13–16.
Fråga bibliotekets kundtjänst.
---
Hjälpen är gratis. Ge aldrig dina bankkoder eller lösenord till någon.',
       'Digital support here',
       'Where and when you can get help.',
       '# DIGITAL SUPPORT
Get help here with your phone, computer and online services.
---
## Library
Digital support Tue and Thu 1–4 pm.
Ask at the library customer service.
---
Help is free. Never give your online banking credentials or passwords to anyone.',
       'palvelupiste', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM form WHERE code = 'digituki';

UPDATE form SET published_version_id = (SELECT id FROM form_version WHERE public_id = '9b3c1d2e-4f5a-4b6c-8d7e-000000000004')
WHERE code = 'digituki';

INSERT INTO form_version (public_id, site_id, form_id, version_number, status, title_fi, description_fi, content_fi, title_sv, description_sv, content_sv, title_en, description_en, content_en, edited_by,
                          created_at, updated_at, published_at)
SELECT '9b3c1d2e-4f5a-4b6c-8d7e-000000000005', 'seed', id, 2, 'DRAFT',
       'Digituki täällä',
       'Missä ja milloin saat apua.',
       '# DIGITUKI
Täältä saat apua puhelimen, tietokoneen ja verkkoasioinnin kanssa.
---
## Kirjasto
Digituki ti ja to klo 13–16.
Kysy kirjaston asiakaspalvelusta.
---
## Kela
<<päivät ja kellonajat>>
<<paikka>>
Puh. <<puhelinnumero>>
---
## Verohallinto
<<päivät ja kellonajat>>
<<paikka>>
Puh. <<puhelinnumero>>
---
## DVV (Digi- ja väestötietovirasto)
<<päivät ja kellonajat>>
<<paikka>>
Puh. <<puhelinnumero>>
---
## Pankin asiakaspalvelu
<<pankin nimi>>
<<päivät ja kellonajat>>
Puh. <<puhelinnumero>>
---
Apu on maksutonta. Älä anna pankkitunnuksiasi tai salasanojasi kenellekään.',
       'Digistöd här',
       'Var och när du får hjälp.',
       '# DIGISTÖD
Här får du hjälp med telefon, dator och e-tjänster.
---
## Biblioteket
Digistöd tis och tors kl. 13–16.
Fråga bibliotekets kundtjänst.
---
## FPA
<<dagar och tider>>
<<plats>>
Tfn <<telefonnummer>>
---
## Skatteförvaltningen
<<dagar och tider>>
<<plats>>
Tfn <<telefonnummer>>
---
## MDB (Myndigheten för digitalisering och befolkningsdata)
<<dagar och tider>>
<<plats>>
Tfn <<telefonnummer>>
---
## Bankens kundtjänst
<<bankens namn>>
<<dagar och tider>>
Tfn <<telefonnummer>>
---
Hjälpen är gratis. Ge aldrig dina bankkoder eller lösenord till någon.',
       'Digital support here',
       'Where and when you can get help.',
       '# DIGITAL SUPPORT
Get help here with your phone, computer and online services.
---
## Library
Digital support Tue and Thu 1–4 pm.
Ask at the library customer service.
---
## Kela
<<days and times>>
<<place>>
Tel. <<phone number>>
---
## Tax Administration (Vero)
<<days and times>>
<<place>>
Tel. <<phone number>>
---
## DVV (Digital and Population Data Services Agency)
<<days and times>>
<<place>>
Tel. <<phone number>>
---
## Your bank''s customer service
<<name of the bank>>
<<days and times>>
Tel. <<phone number>>
---
Help is free. Never give your online banking credentials or passwords to anyone.',
       'palvelupiste', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL
FROM form WHERE code = 'digituki';
