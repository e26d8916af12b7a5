-- Coordinators' texts in every resident language (issue #13): each column family that had _fi/_sv/_en gets
-- _uk, _ru, _ar, _so and _et of the same type, empty where nobody wrote one (residents then read the text along
-- Language.fallbacks(): uk/ru/ar/so/et -> en -> fi). One ALTER per column, as H2 and PostgreSQL write it alike.

ALTER TABLE service_queue ADD COLUMN name_uk VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN name_ru VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN name_ar VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN name_so VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN name_et VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN hint_uk VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN hint_ru VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN hint_ar VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN hint_so VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE service_queue ADD COLUMN hint_et VARCHAR(160) DEFAULT '' NOT NULL;

ALTER TABLE signup_kind ADD COLUMN name_uk VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE signup_kind ADD COLUMN name_ru VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE signup_kind ADD COLUMN name_ar VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE signup_kind ADD COLUMN name_so VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE signup_kind ADD COLUMN name_et VARCHAR(80) DEFAULT '' NOT NULL;

ALTER TABLE signup_event ADD COLUMN title_uk VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN title_ru VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN title_ar VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN title_so VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN title_et VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN description_uk VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN description_ru VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN description_ar VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN description_so VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN description_et VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN bring_uk VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN bring_ru VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN bring_ar VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN bring_so VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN bring_et VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN price_uk VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN price_ru VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN price_ar VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN price_so VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE signup_event ADD COLUMN price_et VARCHAR(200) DEFAULT '' NOT NULL;

ALTER TABLE form_version ADD COLUMN title_uk VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN title_ru VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN title_ar VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN title_so VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN title_et VARCHAR(80) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN description_uk VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN description_ru VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN description_ar VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN description_so VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN description_et VARCHAR(160) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN content_uk VARCHAR(20000) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN content_ru VARCHAR(20000) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN content_ar VARCHAR(20000) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN content_so VARCHAR(20000) DEFAULT '' NOT NULL;
ALTER TABLE form_version ADD COLUMN content_et VARCHAR(20000) DEFAULT '' NOT NULL;

ALTER TABLE ride ADD COLUMN name_uk VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE ride ADD COLUMN name_ru VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE ride ADD COLUMN name_ar VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE ride ADD COLUMN name_so VARCHAR(120) DEFAULT '' NOT NULL;
ALTER TABLE ride ADD COLUMN name_et VARCHAR(120) DEFAULT '' NOT NULL;
-- The seed examples in plain Ukrainian, Russian, Arabic, Somali and Estonian, written with machine help and not yet
-- reviewed by a native speaker. Place names stay as on the signs (Kuopio, Tervo, Karttula). The services' and kinds'
-- Cyrillic names and hints are short, so the start screen fits the 1280 x 800 panel without scrolling.
UPDATE service_queue SET
    name_uk = 'Цифрова допомога', hint_uk = 'Телефон, комп’ютер, онлайн-послуги',
    name_ru = 'Цифровая помощь', hint_ru = 'Телефон, компьютер, онлайн-услуги',
    name_ar = 'الدعم الرقمي', hint_ar = 'مساعدة في استخدام الهاتف والحاسوب والخدمات الإلكترونية',
    name_so = 'Caawimaad dijitaal ah', hint_so = 'Caawimaad ku saabsan taleefanka, kombiyuutarka iyo adeegyada internetka',
    name_et = 'Digitugi', hint_et = 'Abi telefoni, arvuti ja e-teenustega'
WHERE prefix = 'A' AND name_fi = 'Digituki';
UPDATE service_queue SET
    name_uk = 'Бібліотека', hint_uk = 'Книжки, читацький квиток та інше',
    name_ru = 'Библиотека', hint_ru = 'Книги, читательский билет и другое',
    name_ar = 'خدمة عملاء المكتبة', hint_ar = 'الاستعارة وبطاقة المكتبة وأمور المكتبة الأخرى',
    name_so = 'Adeegga macaamiisha maktabadda', hint_so = 'Amaahashada, kaarka maktabadda iyo arrimaha kale ee maktabadda',
    name_et = 'Raamatukogu klienditeenindus', hint_et = 'Laenutus, raamatukogukaart ja muud raamatukogu asjad'
WHERE prefix = 'B' AND name_fi = 'Kirjaston asiakaspalvelu';

UPDATE signup_kind SET name_uk = 'День фотографування', name_ru = 'День фотографирования', name_ar = 'يوم التصوير',
    name_so = 'Maalinta sawirka', name_et = 'Pildistamise päev'
WHERE code = 'PHOTO_DAY';
UPDATE signup_kind SET name_uk = 'Поїздка до поліції', name_ru = 'Поездка в полицию',
    name_ar = 'رحلة إلى مكتب تصاريح الشرطة', name_so = 'Gaadiid u socda xafiiska ruqsadaha',
    name_et = 'Sõit politsei teenindusse'
WHERE code = 'PERMIT_TRIP';
UPDATE signup_kind SET name_uk = 'День цифрової допомоги', name_ru = 'День цифровой помощи', name_ar = 'يوم الدعم الرقمي',
    name_so = 'Maalinta caawimaadda dijitaalka', name_et = 'Digitoe päev'
WHERE code = 'DIGITAL_SUPPORT';

UPDATE signup_event SET
    title_uk = 'Фото на паспорт для ID-картки',
    description_uk = 'Фотограф зробить фото на паспорт і надішле його в поліцію. Вам також допоможуть із заявою онлайн.',
    bring_uk = 'Стара ID-картка або паспорт, якщо є. Телефон, якщо є.',
    price_uk = 'За фото ви платите фотографу, 15 €',
    title_ru = 'Фото на паспорт для ID-карты',
    description_ru = 'Фотограф сделает фото на паспорт и отправит его в полицию. Вам также помогут с заявлением онлайн.',
    bring_ru = 'Старая ID-карта или паспорт, если есть. Телефон, если есть.',
    price_ru = 'За фото вы платите фотографу, 15 €',
    title_ar = 'صورة جواز السفر لبطاقة الهوية',
    description_ar = 'يلتقط المصور صورة جواز السفر ويرسلها إلى الشرطة. ويمكنك أيضًا الحصول على مساعدة في الطلب عبر الإنترنت.',
    bring_ar = 'بطاقة الهوية القديمة أو جواز السفر إن وجد. هاتفك إن وجد.',
    price_ar = 'تدفع ثمن الصورة للمصور، 15 €',
    title_so = 'Sawirka baasaboorka ee kaarka aqoonsiga',
    description_so = 'Sawir-qaade ayaa kaa qaadaya sawirka baasaboorka oo u diraya booliiska. Waxaad sidoo kale caawimaad ka heli kartaa codsiga internetka.',
    bring_so = 'Kaarkaaga aqoonsiga hore ama baasaboorka, haddii aad leedahay. Taleefankaaga, haddii aad leedahay.',
    price_so = 'Sawirka lacagtiisa waxaad siinaysaa sawir-qaadaha, 15 €',
    title_et = 'Passipilt ID-kaardi jaoks',
    description_et = 'Fotograaf teeb sulle passipildi ja saadab selle politseile. Saad abi ka e-taotlusega.',
    bring_et = 'Vana ID-kaart või pass, kui sul on. Telefon, kui sul on.',
    price_et = 'Pildi eest maksad fotograafile, 15 €'
WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e01';
UPDATE signup_event SET
    title_uk = 'Автобус до відділу дозволів поліції в Kuopio',
    description_uk = 'Спільний автобус відвезе вас до поліції подати заяву на ID-картку. З вами поїдуть помічники.',
    bring_uk = 'Код з SMS або записка фотографа, гроші на оплату. Перекус буде.',
    price_uk = 'Поїздка безкоштовна. За ID-картку ви платите поліції.',
    title_ru = 'Автобус в отдел разрешений полиции в Kuopio',
    description_ru = 'Общий автобус отвезёт вас в полицию подать заявление на ID-карту. С вами поедут помощники.',
    bring_ru = 'Код из SMS или записка фотографа, деньги на оплату. Перекус будет.',
    price_ru = 'Поездка бесплатная. За ID-карту вы платите полиции.',
    title_ar = 'حافلة إلى مكتب تصاريح الشرطة في Kuopio',
    description_ar = 'تأخذك حافلة مشتركة إلى الشرطة لتقديم طلب بطاقة الهوية. ويرافقك مساعدون.',
    bring_ar = 'الرمز الذي وصلك في رسالة نصية أو ورقة المصور، ومال للرسوم. تقدم وجبة خفيفة.',
    price_ar = 'الرحلة مجانية. تدفع ثمن بطاقة الهوية للشرطة.',
    title_so = 'Bas u socda xafiiska ruqsadaha booliiska ee Kuopio',
    description_so = 'Bas wadaag ah ayaa kuu qaadaya booliiska si aad u codsato kaarka aqoonsiga. Caawiyeyaal ayaa idin raacaya.',
    bring_so = 'Koodhka fariinta qoraalka ah ama warqadda sawir-qaadaha, lacagta khidmadda. Cunto fudud waa la bixinayaa.',
    price_so = 'Gaadiidku waa bilaash. Kaarka aqoonsiga lacagtiisa waxaad siinaysaa booliiska.',
    title_et = 'Buss Kuopio politsei teenindusse',
    description_et = 'Ühine buss viib sind politseisse ID-kaarti taotlema. Abilised tulevad kaasa.',
    bring_et = 'SMS-iga saadud kood või fotograafi paber, raha lõivu jaoks. Suupisted pakutakse.',
    price_et = 'Sõit on tasuta. ID-kaardi eest maksad politseile.'
WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e02';
UPDATE signup_event SET
    title_uk = 'День банку: банківські коди та онлайн-банк',
    description_uk = 'Фахівець банку допоможе вам з банківськими кодами та онлайн-банком.',
    bring_uk = 'ID-картка або паспорт, банківська картка, телефон.',
    price_uk = 'Безкоштовно',
    title_ru = 'День банка: банковские коды и онлайн-банк',
    description_ru = 'Специалист банка поможет вам с банковскими кодами и онлайн-банком.',
    bring_ru = 'ID-карта или паспорт, банковская карта, телефон.',
    price_ru = 'Бесплатно',
    title_ar = 'يوم البنك: بيانات الدخول إلى البنك الإلكتروني',
    description_ar = 'يساعدك خبير من البنك في بيانات الدخول والبنك الإلكتروني.',
    bring_ar = 'بطاقة الهوية أو جواز السفر، البطاقة البنكية، الهاتف.',
    price_ar = 'مجانًا',
    title_so = 'Maalinta bangiga: furayaasha bangiga internetka',
    description_so = 'Khabiir bangiga ka socda ayaa kaa caawinaya furayaasha bangiga iyo bangiga internetka.',
    bring_so = 'Kaarka aqoonsiga ama baasaboorka, kaarka bangiga, taleefanka.',
    price_so = 'Bilaash',
    title_et = 'Pangapäev: pangakoodid ja internetipank',
    description_et = 'Panga asjatundja aitab sind pangakoodide ja internetipangaga.',
    bring_et = 'ID-kaart või pass, pangakaart, telefon.',
    price_et = 'Tasuta'
WHERE public_id = '6f1c0d2e-5b7a-4c1e-9f3a-0a1b2c3d4e03';

UPDATE ride SET name_uk = 'Замовний автобус до Kuopio', name_ru = 'Заказной автобус в Kuopio',
    name_ar = 'حافلة مستأجرة إلى Kuopio', name_so = 'Bas la kireeyay oo u socda Kuopio', name_et = 'Tellimusbuss Kuopiosse'
WHERE public_id = '8b3e2f40-0000-4000-8000-000000000001';
UPDATE ride SET name_uk = 'Таксі для людей на візку до Kuopio', name_ru = 'Такси для людей на коляске в Kuopio',
    name_ar = 'سيارة أجرة للكراسي المتحركة إلى Kuopio', name_so = 'Taksi kursiga-gaaris oo u socda Kuopio',
    name_et = 'Invatakso Kuopiosse'
WHERE public_id = '8b3e2f40-0000-4000-8000-000000000002';
UPDATE ride SET name_uk = 'Соціальний транспорт Tervo–Karttula', name_ru = 'Социальный транспорт Tervo–Karttula',
    name_ar = 'نقل الخدمات Tervo–Karttula', name_so = 'Gaadiidka adeegga Tervo–Karttula',
    name_et = 'Teenindusliin Tervo–Karttula'
WHERE public_id = '8b3e2f40-0000-4000-8000-000000000003';
