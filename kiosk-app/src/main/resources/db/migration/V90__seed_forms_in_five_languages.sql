-- The power of attorney and the police checklist in Ukrainian, Russian, Arabic, Somali and Estonian (issue #13), so
-- that they print line by line beside the Finnish (V89, FormSlip). Written in plain language by the development
-- team and NOT yet reviewed by native speakers (README "Languages"). Each text has the Finnish one's lines in the
-- same order and kinds, so that they pair; fill-in lines and check boxes are printed once. The QR address stays
-- the police's Finnish site, as in Swedish and English. The printers' Arabic table (PC864) has no alef with hamza
-- below, so the printed Arabic does without words that need it (إن, إذا). Only the seed versions are changed: a
-- form a coordinator has published since keeps its own texts.

-- The power of attorney
UPDATE form_version SET
       title_uk = 'Довіреність',
       description_uk = 'Інша людина може отримати ваше посвідчення особи або паспорт.',
       content_uk = '# ДОВІРЕНІСТЬ
Отримання посвідчення особи або паспорта

Я доручаю особі, зазначеній нижче, отримати замість мене мій готовий документ у поліції або в пункті видачі.

Документ, який треба отримати:
[ ] посвідчення особи
[ ] паспорт
---
## Хто дає довіреність
___ Ім''я та прізвище
___ Дата народження
---
## Хто отримує (довірена особа)
___ Ім''я та прізвище
___ Дата народження
---
___ Місце і дата
___ Підпис того, хто дає довіреність
---
Той, хто отримує, показує свій дійсний документ, що посвідчує особу, і віддає цю довіреність.
Заповніть довіреність від руки і підпишіть її самі.',
       title_ru = 'Доверенность',
       description_ru = 'Другой человек может получить ваше удостоверение личности или паспорт.',
       content_ru = '# ДОВЕРЕННОСТЬ
Получение удостоверения личности или паспорта

Я поручаю указанному ниже человеку получить за меня мой готовый документ в полиции или в пункте выдачи.

Документ, который нужно получить:
[ ] удостоверение личности
[ ] паспорт
---
## Кто даёт доверенность
___ Имя и фамилия
___ Дата рождения
---
## Кто получает (доверенное лицо)
___ Имя и фамилия
___ Дата рождения
---
___ Место и дата
___ Подпись того, кто даёт доверенность
---
Получатель показывает свой действующий документ, удостоверяющий личность, и отдаёт эту доверенность.
Заполните доверенность от руки и подпишите её сами.',
       title_ar = 'توكيل',
       description_ar = 'يمكن لشخص آخر استلام بطاقة هويتك أو جواز سفرك.',
       content_ar = '# توكيل
استلام بطاقة الهوية أو جواز السفر

أوكل الشخص المذكور أدناه باستلام وثيقتي الجاهزة نيابة عني من الشرطة أو من نقطة الاستلام.

الوثيقة التي يجب استلامها:
[ ] بطاقة الهوية
[ ] جواز السفر
---
## الشخص الذي يعطي التوكيل
___ الاسم
___ تاريخ الميلاد
---
## الشخص الذي يستلم (الوكيل)
___ الاسم
___ تاريخ الميلاد
---
___ المكان والتاريخ
___ توقيع الشخص الذي يعطي التوكيل
---
يعرض الشخص الذي يستلم وثيقة هويته السارية ويسلم هذا التوكيل.
املأ التوكيل بخط يدك ووقعه بنفسك.',
       title_so = 'Wakaalad',
       description_so = 'Qof kale ayaa kuu qaadan kara kaarkaaga aqoonsiga ama baasaboorkaaga.',
       content_so = '# WAKAALAD
Qaadashada kaarka aqoonsiga ama baasaboorka

Waxaan u oggolaanayaa qofka hoos ku qoran inuu aniga beddelkay ka qaato dukumentigayga diyaarka ah booliiska ama goobta laga qaato.

Dukumentiga la qaadanayo:
[ ] kaarka aqoonsiga
[ ] baasaboorka
---
## Qofka bixinaya wakaaladda
___ Magaca
___ Taariikhda dhalashada
---
## Qofka qaadanaya (wakiilka)
___ Magaca
___ Taariikhda dhalashada
---
___ Goobta iyo taariikhda
___ Saxiixa qofka bixinaya wakaaladda
---
Qofka qaadanaya wuxuu muujinayaa aqoonsigiisa sax ah wuxuuna bixinayaa wakaaladdan.
Gacantaada ku buuxi wakaaladda, adiguna saxiix.',
       title_et = 'Volikiri',
       description_et = 'Keegi teine saab sinu isikutunnistuse või passi kätte.',
       content_et = '# VOLIKIRI
Isikutunnistuse või passi kättesaamine

Volitan allpool nimetatud isikut minu eest minu valmis dokumenti politseist või väljastuskohast kätte saama.

Kättesaadav dokument:
[ ] isikutunnistus
[ ] pass
---
## Volikirja andja
___ Nimi
___ Sünniaeg
---
## Kättesaaja (volitatud isik)
___ Nimi
___ Sünniaeg
---
___ Koht ja kuupäev
___ Andja allkiri
---
Kättesaaja näitab oma kehtivat isikut tõendavat dokumenti ja annab selle volikirja üle.
Täida volikiri käsitsi ja allkirjasta see ise.'
WHERE public_id = '9b3c1d2e-4f5a-4b6c-8d7e-000000000001';

-- The police checklist
UPDATE form_version SET
       title_uk = 'Що взяти до поліції',
       description_uk = 'Список: що взяти з собою до служби дозволів поліції.',
       content_uk = '# ДО ПОЛІЦІЇ
Коли ви подаєте заяву на посвідчення особи або паспорт у службі дозволів поліції, візьміть із собою:

[ ] Код фото від фотографа: повідомлення в телефоні або код на папері
[ ] Старий паспорт або посвідчення особи, якщо маєте
[ ] Гроші або банківську картку для оплати
[ ] Телефон, якщо маєте
---
Якщо ви не впевнені, запитайте в цифровій допомозі.
Сайт поліції:
QR https://poliisi.fi',
       title_ru = 'Что взять в полицию',
       description_ru = 'Список: что взять с собой в службу разрешений полиции.',
       content_ru = '# В ПОЛИЦИЮ
Когда вы подаёте заявление на удостоверение личности или паспорт в службе разрешений полиции, возьмите с собой:

[ ] Код фото от фотографа: сообщение в телефоне или код на бумаге
[ ] Старый паспорт или удостоверение личности, если есть
[ ] Деньги или банковскую карту для оплаты
[ ] Телефон, если есть
---
Если вы не уверены, спросите в цифровой помощи.
Сайт полиции:
QR https://poliisi.fi',
       title_ar = 'ما تحضره للشرطة',
       description_ar = 'قائمة بما تحضره معك إلى خدمة التصاريح لدى الشرطة.',
       content_ar = '# ما تحضره للشرطة
عندما تطلب بطاقة هوية أو جواز سفر من خدمة التصاريح لدى الشرطة، أحضر معك:

[ ] رمز الصورة من المصور: رسالة في هاتفك أو الرمز على ورقة
[ ] جواز السفر أو بطاقة الهوية القديمة، لو كانت لديك
[ ] مال أو بطاقة بنكية لدفع الرسوم
[ ] هاتفك، لو كان لديك
---
عند الشك، اسأل في الدعم الرقمي.
موقع الشرطة:
QR https://poliisi.fi',
       title_so = 'Waxa aad u keenayso booliiska',
       description_so = 'Liis: waxa aad u qaadanayso adeegga ruqsadaha booliiska.',
       content_so = '# BOOLIISKA
Markaad ka codsanayso kaarka aqoonsiga ama baasaboorka adeegga ruqsadaha booliiska, keen:

[ ] Koodka sawirka ee sawir-qaadaha: fariin taleefankaaga ku jirta ama koodka warqad ku qoran
[ ] Baasaboorkaaga ama kaarkaaga aqoonsiga ee hore, haddii aad leedahay
[ ] Lacag ama kaarka bangiga ee khidmadda
[ ] Taleefankaaga, haddii aad leedahay
---
Haddii aadan hubin, weydii taageerada dijitaalka.
Bogga internetka ee booliiska:
QR https://poliisi.fi',
       title_et = 'Politseisse kaasa',
       description_et = 'Meelespea: mida võtta kaasa politsei loateenistusse.',
       content_et = '# POLITSEISSE
Kui taotled isikutunnistust või passi politsei loateenistuses, võta kaasa:

[ ] Fotokood fotograafilt: sõnum telefonis või kood paberil
[ ] Vana pass või isikutunnistus, kui sul on
[ ] Raha või pangakaart riigilõivu jaoks
[ ] Telefon, kui sul on
---
Kui sa pole kindel, küsi nõu digitoest.
Politsei veebileht:
QR https://poliisi.fi'
WHERE public_id = '9b3c1d2e-4f5a-4b6c-8d7e-000000000002';
