<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Atlas</name>
    <message>
        <source>Cannot write the chart to %1: %2</source>
        <translation>تعذّرت كتابة المخطط في ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>لا تكفي الذاكرة لصورة بأبعاد %1 × %2 بكسل.</translation>
    </message>
    <message>
        <source>Cannot draw the PDF for %1.</source>
        <translation>تعذّر رسم ملف PDF لـ ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Cannot export the map to %1: unknown file type "%2"; use .png, .svg or .pdf.</source>
        <translation>تعذّر تصدير الخريطة إلى ⁨%1⁩: نوع الملف «⁨%2⁩» غير معروف؛ استخدم ‎.png أو ‎.svg أو ‎.pdf.</translation>
    </message>
    <message>
        <source>Cannot export the map: the size %1×%2 is outside 200×150 to 20000×20000 pixels.</source>
        <translation>تعذّر تصدير الخريطة: الحجم %1×%2 خارج النطاق المسموح (من 200×150 إلى 20000×20000 بكسل).</translation>
    </message>
    <message>
        <source>Cannot export the map: %1 DPI is outside 24 to 2400.</source>
        <translation>تعذّر تصدير الخريطة: الدقة %1 نقطة في البوصة خارج النطاق من 24 إلى 2400.</translation>
    </message>
    <message>
        <source>Cannot write the map to %1: %2</source>
        <translation>تعذّرت كتابة الخريطة في ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Coalition Atlas map</source>
        <translation>خريطة أطلس التحالف</translation>
    </message>
    <message>
        <source>Cannot write the map to %1: the PNG encoder failed.</source>
        <translation>تعذّرت كتابة الخريطة في ⁨%1⁩: أخفق ترميز PNG.</translation>
    </message>
    <message>
        <source>Cannot write the map to %1: the SVG generator failed.</source>
        <translation>تعذّرت كتابة الخريطة في ⁨%1⁩: أخفق مولّد SVG.</translation>
    </message>
    <message>
        <source>Cannot write the map to %1: the PDF writer failed.</source>
        <translation>تعذّرت كتابة الخريطة في ⁨%1⁩: أخفق كاتب PDF.</translation>
    </message>
</context>
<context>
    <name>Atlas::AboutDialog</name>
    <message>
        <source>About Coalition Atlas</source>
        <translation>حول أطلس التحالف</translation>
    </message>
    <message>
        <source>Coalition Atlas %1</source>
        <translation>أطلس التحالف ⁨%1⁩</translation>
    </message>
    <message>
        <source>A timeline, map and charts of the international coalition against ISIS in Syria and Iraq, 2014-2024, for researchers. Every event and figure leads back to the exact Arabic sentence it was taken from.</source>
        <translation>خط زمني وخريطة ومخططات للتحالف الدولي ضد داعش في سوريا والعراق بين عامي 2014 و2024، موجّهة إلى الباحثين. يعود كل حدث وكل رقم إلى الجملة العربية نفسها التي أُخذ منها.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>%1, version %2: %3 sources, %4 places, %5 events, %6 figures.</source>
        <translation>⁨%1⁩، الإصدار ⁨%2⁩: المصادر %3، المواقع %4، الأحداث %5، الأرقام %6.</translation>
    </message>
    <message>
        <source>Figures are as reported by the cited outlets; English titles and summaries are the dataset editors' translations.</source>
        <translation>الأرقام كما أوردتها الوسائل الإعلامية المذكورة؛ والعناوين والملخصات الإنجليزية من ترجمة محرري مجموعة البيانات.</translation>
    </message>
    <message>
        <source>Map and coordinate data</source>
        <translation>بيانات الخريطة والإحداثيات</translation>
    </message>
    <message>
        <source>Coordinates of places:</source>
        <translation>إحداثيات المواقع:</translation>
    </message>
    <message>
        <source>Online map tiles, when switched on: © OpenStreetMap contributors.</source>
        <translation>مربعات الخريطة عبر الإنترنت، عند تفعيلها: © المساهمون في OpenStreetMap.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Coalition Atlas is free software under the GNU General Public License, version 3 or later. It uses Qt %1 (LGPL/GPL) and ICU (Unicode licence).</source>
        <translation>أطلس التحالف برنامج حر مرخّص بموجب رخصة جنو العمومية (GNU GPL)، الإصدار 3 أو أي إصدار لاحق. ويستخدم Qt ⁨%1⁩ (LGPL/GPL) ومكتبة ICU (رخصة يونيكود).</translation>
    </message>
    <message>
        <source>Base map: %1 Licence: %2.</source>
        <translation>الخريطة الأساسية: ⁨%1⁩ الترخيص: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Converted from: %1</source>
        <translation>محوّلة من: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Atlas::AnimationExportDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>تصدير رسم متحرك</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>فيديو MP4 (H.264)</translation>
    </message>
    <message>
        <source>WebM video</source>
        <translation>فيديو WebM</translation>
    </message>
    <message>
        <source>Numbered PNG frames in a folder</source>
        <translation>إطارات PNG مرقّمة في مجلد</translation>
    </message>
    <message>
        <source>Map, timeline strip, date and title</source>
        <translation>الخريطة وشريط الخط الزمني والتاريخ والعنوان</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>as long as the step</source>
        <translation>بطول الخطوة</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Everything up to now (accumulate)</source>
        <translation>كل ما سبق حتى الآن (تراكمي)</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>بكسل</translation>
    </message>
    <message>
        <source> frames a second</source>
        <translation> إطارًا في الثانية</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>الخطوة:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>النافذة:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>Frame rate:</source>
        <translation>معدل الإطارات:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>%1 frames, %2 seconds at %3 frames a second.</source>
        <translation>%1 إطارًا، %2 ثانية بمعدل %3 إطارات في الثانية.</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>مجلد إطارات PNG</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>فيديو MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>WebM video (*.webm)</source>
        <translation>فيديو WebM (*.webm)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Atlas::AnimationExporter</name>
    <message>
        <source>MP4 (H.264)</source>
        <translation>MP4 (H.264)</translation>
    </message>
    <message>
        <source>WebM (%1)</source>
        <translation>WebM (%1)</translation>
    </message>
    <message>
        <source>this system's Qt Multimedia encodes no video at all; a folder of PNG frames can still be written</source>
        <translation>لا يرمّز Qt Multimedia على هذا النظام أي فيديو؛ ولا يزال ممكنًا كتابة مجلد من إطارات PNG</translation>
    </message>
    <message>
        <source>this system can write %1, or a folder of PNG frames</source>
        <translation>يستطيع هذا النظام كتابة %1، أو مجلد من إطارات PNG</translation>
    </message>
    <message>
        <source>Cannot encode MP4 with H.264 here: %1.</source>
        <translation>تعذّر الترميز إلى MP4 بـ H.264 هنا: %1.</translation>
    </message>
    <message>
        <source>Cannot encode WebM (VP9, VP8 or AV1) here: %1.</source>
        <translation>تعذّر الترميز إلى WebM (VP9 أو VP8 أو AV1) هنا: %1.</translation>
    </message>
    <message>
        <source>No output given for the animation: name a .mp4 or .webm file, or a folder for PNG frames.</source>
        <translation>لم يُحدَّد مخرج للرسم المتحرك: سمِّ ملف ‎.mp4 أو ‎.webm، أو مجلدًا لإطارات PNG.</translation>
    </message>
    <message>
        <source>Cannot tell what to write from "%1": name a .mp4 or .webm file, or a folder ending in / for numbered PNG frames. Video formats this system can write: %2.</source>
        <translation>تعذّر معرفة ما يُكتب من «⁨%1⁩»: سمِّ ملف ‎.mp4 أو ‎.webm، أو مجلدًا ينتهي بـ / لإطارات PNG مرقّمة. صيغ الفيديو التي يكتبها هذا النظام: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The frame rate must be from 1 to %1 frames a second, not %2.</source>
        <translation>يجب أن يكون معدل الإطارات من 1 إلى %1 إطارًا في الثانية، لا %2.</translation>
    </message>
    <message>
        <source>The animation's size %1×%2 is outside %3×%3 to %4×%5 pixels.</source>
        <translation>حجم الرسم المتحرك %1×%2 خارج المدى من %3×%3 إلى %4×%5 بكسل.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>تعذّرت كتابة ⁨%1⁩: المجلد ⁨%2⁩ غير موجود.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is not writable.</source>
        <translation>تعذّرت كتابة ⁨%1⁩: لا يمكن الكتابة في المجلد ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Cannot write PNG frames into %1: it is a file, not a folder.</source>
        <translation>تعذّرت كتابة إطارات PNG في ⁨%1⁩: إنه ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>The folder %1 already holds files: choose a new or empty folder for the frames.</source>
        <translation>المجلد ⁨%1⁩ يحوي ملفات: اختر مجلدًا جديدًا أو فارغًا للإطارات.</translation>
    </message>
    <message>
        <source>Cannot write the video to %1: it is a folder.</source>
        <translation>تعذّرت كتابة الفيديو في ⁨%1⁩: إنه مجلد.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only.</source>
        <translation>تعذّرت كتابة ⁨%1⁩: الملف للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cannot write the video beside %1: %2</source>
        <translation>تعذّرت كتابة الفيديو بجوار ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>the encoder failed</source>
        <translation>فشل المرمّز</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Cannot write the video %1: %2</source>
        <translation>تعذّرت كتابة الفيديو ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>the recorder stopped early</source>
        <translation>توقف المسجّل مبكرًا</translation>
    </message>
    <message>
        <source>Cannot put the video in place at %1.</source>
        <translation>تعذّر وضع الفيديو في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Cannot write the frames beside %1: %2</source>
        <translation>تعذّرت كتابة الإطارات بجوار ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>Cannot write the frame %1 into %2.</source>
        <translation>تعذّرت كتابة الإطار ⁨%1⁩ في ⁨%2⁩.</translation>
    </message>
    <message>
        <source>The folder %1 filled up while the frames were written; they were not put there.</source>
        <translation>امتلأ المجلد ⁨%1⁩ بملفات أثناء كتابة الإطارات؛ فلم توضع فيه.</translation>
    </message>
    <message>
        <source>Cannot put the frames in place at %1.</source>
        <translation>تعذّر وضع الإطارات في ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>Atlas::AnimationFrameRenderer</name>
    <message>
        <source>No events in this window.</source>
        <translation>لا أحداث في هذه النافذة.</translation>
    </message>
    <message>
        <source>Coalition Atlas timeline, %1 to %2</source>
        <translation>الخط الزمني لأطلس التحالف، من %1 إلى %2</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>time window of a frame</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>timeline lane: category, events in the frame's window</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Atlas::Article::ArticleDecoder</name>
    <message>
        <source>%1 is empty: there is no article to read.</source>
        <translation>الملف ⁨%1⁩ فارغ: لا يوجد مقال لقراءته.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an article of more than 16 MB is not read.</source>
        <translation>حجم الملف ⁨%1⁩ هو %2 ميغابايت؛ لا يُقرأ مقال يزيد على 16 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds NUL bytes).</source>
        <translation>الملف ⁨%1⁩ ليس ملفًا نصيًا (فيه بايتات صفرية).</translation>
    </message>
    <message>
        <source>%1 is not a text file (it is mostly control characters).</source>
        <translation>الملف ⁨%1⁩ ليس ملفًا نصيًا (معظمه محارف تحكم).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, and its encoding could not be recognised.</source>
        <translation>الملف ⁨%1⁩ ليس نصًا بترميز UTF-8، وتعذّر التعرف على ترميزه.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; it looks like %2. Convert it to UTF-8 or open it as %2.</source>
        <translation>الملف ⁨%1⁩ ليس نصًا بترميز UTF-8؛ يبدو أنه بترميز %2. حوّله إلى UTF-8 أو افتحه بترميز %2.</translation>
    </message>
    <message>
        <source>The encoding %1 is not known; %2 was not read.</source>
        <translation>الترميز %1 غير معروف؛ لم يُقرأ الملف ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text either.</source>
        <translation>الملف ⁨%1⁩ ليس نصًا صالحًا بترميز %2 أيضًا.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة ⁨%1⁩: %2</translation>
    </message>
</context>
<context>
    <name>Atlas::Article::ArticleReview</name>
    <message>
        <source>The article needs a title.</source>
        <translation>يحتاج المقال إلى عنوان.</translation>
    </message>
    <message>
        <source>The publication date is unknown and the article names no year: give a publication date.</source>
        <translation>تاريخ النشر غير معروف ولا يذكر المقال أي سنة: أدخل تاريخ النشر.</translation>
    </message>
    <message>
        <source>The place %1 is not in the project.</source>
        <translation>المكان %1 ليس في المشروع.</translation>
    </message>
    <message>
        <source>“%1” needs a title in Arabic and in English.</source>
        <translation>«%1» يحتاج إلى عنوان بالعربية وبالإنجليزية.</translation>
    </message>
    <message>
        <source>“%1” needs an actor of the project.</source>
        <translation>«%1» يحتاج إلى فاعل من فاعلي المشروع.</translation>
    </message>
    <message>
        <source>“%1” has no date that could be resolved: give the publication date and read again.</source>
        <translation>«%1» ليس له تاريخ يمكن تحديده: أدخل تاريخ النشر واقرأ المقال من جديد.</translation>
    </message>
    <message>
        <source>“%1” needs a place.</source>
        <translation>«%1» يحتاج إلى مكان.</translation>
    </message>
    <message>
        <source>“%1” needs a metric.</source>
        <translation>«%1» يحتاج إلى مقياس.</translation>
    </message>
    <message>
        <source>Add article “%1”</source>
        <translation>إضافة المقال «%1»</translation>
    </message>
</context>
<context>
    <name>Atlas::ArticleReviewDialog</name>
    <message>
        <source>date unresolved</source>
        <translation>تاريخ غير محدد</translation>
    </message>
    <message>
        <source>Add Article</source>
        <translation>إضافة مقال</translation>
    </message>
    <message>
        <source>Not named in the article</source>
        <translation>لم يُذكر في المقال</translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>الوسيلة الإعلامية:</translation>
    </message>
    <message>
        <source>Title (Arabic):</source>
        <translation>العنوان (بالعربية):</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>العنوان (بالإنجليزية):</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>Paste the article here, or open a file.</source>
        <translation>الصق المقال هنا، أو افتح ملفًا.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>المرشّح</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>الفاعل:</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Add to Project</source>
        <translation>إضافة إلى المشروع</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>تعذّر فتح المقال</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>Not UTF-8</source>
        <translation>ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; it looks like %2. Open it as %2?</source>
        <translation>الملف ⁨%1⁩ ليس نصًا بترميز UTF-8؛ يبدو أنه بترميز %2. هل تريد فتحه بترميز %2؟</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>فتح مقال</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>لم يُقرَّر</translation>
    </message>
    <message>
        <source>As proposed</source>
        <translation>كما اقتُرح</translation>
    </message>
    <message>
        <source>%1 (GeoNames)</source>
        <translation>%1 (GeoNames)</translation>
    </message>
    <message>
        <source>%1 sentences: %2 dates, %3 numbers, %4 places, %5 candidate events.</source>
        <translation>الجمل: %1؛ التواريخ: %2؛ الأرقام: %3؛ الأماكن: %4؛ الأحداث المرشّحة: %5.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Read the article first.</source>
        <translation>اقرأ المقال أولًا.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>لم تُضف: %1</translation>
    </message>
</context>
<context>
    <name>Atlas::ArticleViewer</name>
    <message>
        <source>Source article</source>
        <translation>المقال المصدر</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Cannot open the article %1: %2</source>
        <translation>تعذّر فتح المقال ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1
The quoted sentence was not found in this article.</source>
        <translation>%1
لم يُعثر على الجملة المقتبسة في هذا المقال.</translation>
    </message>
</context>
<context>
    <name>Atlas::BaseMap</name>
    <message>
        <source>Cannot read the base map %1: %2</source>
        <translation>تعذّرت قراءة الخريطة الأساسية ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>not a Coalition Atlas base map file</source>
        <translation>ليس ملف خريطة أساسية لأطلس التحالف</translation>
    </message>
    <message>
        <source>format version %1, expected %2</source>
        <translation>إصدار التنسيق %1، والمتوقع %2</translation>
    </message>
    <message>
        <source>the metadata is too long</source>
        <translation>البيانات الوصفية أطول من اللازم</translation>
    </message>
    <message>
        <source>the file ends inside the metadata</source>
        <translation>ينتهي الملف في وسط البيانات الوصفية</translation>
    </message>
    <message>
        <source>bad metadata: %1</source>
        <translation>بيانات وصفية غير صالحة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>no coordinate scale</source>
        <translation>لا يوجد مقياس للإحداثيات</translation>
    </message>
    <message>
        <source>a label names entry %1, which does not exist</source>
        <translation>تشير إحدى التسميات إلى المدخل %1، وهو غير موجود</translation>
    </message>
    <message>
        <source>%1 layers is more than a base map has</source>
        <translation>عدد الطبقات (%1) يتجاوز ما تحويه خريطة أساسية</translation>
    </message>
    <message>
        <source>layer %1 is damaged</source>
        <translation>الطبقة %1 تالفة</translation>
    </message>
    <message>
        <source>feature %1 of layer %2 is damaged</source>
        <translation>العنصر %1 في الطبقة %2 تالف</translation>
    </message>
    <message>
        <source>the file ends inside layer %1</source>
        <translation>ينتهي الملف في وسط الطبقة %1</translation>
    </message>
    <message>
        <source>unexpected data after the last layer</source>
        <translation>بيانات غير متوقعة بعد الطبقة الأخيرة</translation>
    </message>
</context>
<context>
    <name>Atlas::BriefingActions</name>
    <message>
        <source>Briefing Sheet Preview</source>
        <translation>معاينة ورقة الإحاطة</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>Print Briefing Sheet</source>
        <translation>طباعة ورقة الإحاطة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>The briefing could not be printed: %1</source>
        <translation>تعذّرت طباعة الإحاطة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Export Briefing as PDF</source>
        <translation>تصدير الإحاطة بصيغة PDF</translation>
    </message>
    <message>
        <source>briefing.pdf</source>
        <comment>default file name</comment>
        <translation>إحاطة.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>جارٍ إعداد ورقة الإحاطة…</translation>
    </message>
    <message>
        <source>Painting page %1 of %2…</source>
        <translation>رسم الصفحة %1 من %2…</translation>
    </message>
</context>
<context>
    <name>Atlas::BriefingCollector</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>عام %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>الموقع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Period covered: %1 – %2</source>
        <translation>الفترة المشمولة: %1 – %2</translation>
    </message>
    <message>
        <source>Dataset: %1, version %2</source>
        <translation>مجموعة البيانات: ⁨%1⁩، الإصدار ⁨%2⁩</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>أُنشئت في %1</translation>
    </message>
    <message>
        <source>%1, version %2 · filter: %3</source>
        <translation>⁨%1⁩، الإصدار ⁨%2⁩ · عامل التصفية: ⁨%3⁩</translation>
    </message>
    <message>
        <source>Figures are as reported by the cited outlets; Coalition Atlas records them without verifying them.</source>
        <translation>الأرقام كما أوردتها الوسائل الإعلامية المذكورة؛ ويسجّلها أطلس التحالف دون التحقق منها.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outlet, publication date</comment>
        <translation>⁨%1⁩، %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list of sources</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>%1 (estimate: %2)</source>
        <comment>sources, who estimated</comment>
        <translation>%1 (تقدير: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>No figures for the chart “%1” in this period.</source>
        <translation>لا أرقام للمخطط «%1» في هذه الفترة.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>category · places</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · “%2”</source>
        <comment>outlet and date · article title</comment>
        <translation>%1 · «%2»</translation>
    </message>
    <message>
        <source>%1, %2: “%3” (article file %4)</source>
        <comment>outlet, date: title (file)</comment>
        <translation>⁨%1⁩، %2: «%3» (ملف المقال ⁨%4⁩)</translation>
    </message>
    <message>
        <source>Outlet not named</source>
        <translation>الوسيلة غير مسمّاة</translation>
    </message>
    <message>
        <source>%1 events match this briefing. The tables count them (an event counts once for each of its countries, actors and places); the events listed are the %2 with the most reported fatalities, then the most sources, then the earliest.</source>
        <translation>%1 حدثًا تطابق هذا الموجز. تُحصيها الجداول (يُحسب الحدث مرة واحدة لكل بلد وجهة فاعلة ومكان يرد فيه)؛ والأحداث المدرجة هي الـ%2 الأكثر في عدد القتلى المُبلَغ عنهم، ثم الأكثر مصادر، ثم الأقدم.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 غيرها</translation>
    </message>
    <message>
        <source>Events by category</source>
        <translation>الأحداث حسب الفئة</translation>
    </message>
    <message>
        <source>Events by country</source>
        <translation>الأحداث حسب البلد</translation>
    </message>
    <message>
        <source>Top actors</source>
        <translation>أبرز الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Top places</source>
        <translation>أبرز الأماكن</translation>
    </message>
    <message>
        <source>%1 · reported fatalities: %2</source>
        <translation>%1 · القتلى المُبلَغ عنهم: %2</translation>
    </message>
</context>
<context>
    <name>Atlas::BriefingDialog</name>
    <message>
        <source>Briefing Sheet</source>
        <translation>ورقة الإحاطة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Use the time window of the view</source>
        <translation>استخدام الفترة الزمنية المعروضة</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>رسالة أمريكية (US Letter)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>الاتجاه:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;Map of the period</source>
        <translation>خريطة الفترة</translation>
    </message>
    <message>
        <source>&amp;Key figures</source>
        <translation>أبرز الأرقام</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>&amp;Events with citations</source>
        <translation>الأحداث مع اقتباساتها</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>One sheet</source>
        <translation>ورقة واحدة</translation>
    </message>
    <message>
        <source>One sheet per year</source>
        <translation>ورقة لكل عام</translation>
    </message>
    <message>
        <source>One sheet per site</source>
        <translation>ورقة لكل موقع</translation>
    </message>
    <message>
        <source>&amp;Atlas:</source>
        <translation>الأطلس:</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية (٠١٢٣)</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>الأرقام:</translation>
    </message>
    <message>
        <source>The period starts after it ends. Choose a start date on or before the end date.</source>
        <translation>تبدأ الفترة بعد نهايتها. اختر تاريخ بداية يسبق تاريخ النهاية أو يساويه.</translation>
    </message>
    <message>
        <source>As in the application</source>
        <translation>كما في التطبيق</translation>
    </message>
    <message>
        <source>&amp;First chart:</source>
        <translation>المخطط الأول:</translation>
    </message>
    <message>
        <source>Se&amp;cond chart:</source>
        <translation>المخطط الثاني:</translation>
    </message>
    <message>
        <source>Every event as an &amp;appendix when the sheet summarises many events</source>
        <translation>جميع الأحداث في ملحق حين يلخّص الموجز أحداثًا كثيرة</translation>
    </message>
</context>
<context>
    <name>Atlas::BriefingLayout</name>
    <message>
        <source>Map of the period</source>
        <translation>خريطة الفترة</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>أبرز الأرقام</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>No events or figures fall in this period with the filter used. Widen the time window or clear the filter to see more.</source>
        <translation>لا أحداث ولا أرقام في هذه الفترة وفق عامل التصفية المستخدم. وسّع الفترة الزمنية أو ألغِ التصفية لرؤية المزيد.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>dataset · generated</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>لا أرقام في هذه الفترة.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>لا أحداث في هذه الفترة.</translation>
    </message>
    <message>
        <source>Events in numbers</source>
        <translation>الأحداث بالأرقام</translation>
    </message>
    <message>
        <source>Top events</source>
        <translation>أبرز الأحداث</translation>
    </message>
    <message>
        <source>Appendix: every event</source>
        <translation>ملحق: جميع الأحداث</translation>
    </message>
</context>
<context>
    <name>Atlas::BriefingOptions</name>
    <message>
        <source>Coalition against ISIS: briefing</source>
        <translation>التحالف الدولي ضد داعش: إحاطة</translation>
    </message>
</context>
<context>
    <name>Atlas::BriefingRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Sheet %1 of %2 · %3</source>
        <comment>sheet number, sheet count, page text</comment>
        <translation>الورقة %1 من %2 · %3</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>numbered list</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Cannot start painting the briefing.</source>
        <translation>تعذّر البدء برسم الإحاطة.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the briefing.</source>
        <translation>تعذّر البدء بالصفحة %1 من الإحاطة.</translation>
    </message>
    <message>
        <source>No file name given for the briefing PDF.</source>
        <translation>لم يُحدَّد اسم ملف PDF للإحاطة.</translation>
    </message>
    <message>
        <source>Cannot write the briefing: the period starts (%1) after it ends (%2).</source>
        <translation>تعذّرت كتابة الإحاطة: تبدأ الفترة (%1) بعد نهايتها (%2).</translation>
    </message>
    <message>
        <source>Cannot write the briefing to %1: %2</source>
        <translation>تعذّرت كتابة الإحاطة في ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
</context>
<context>
    <name>Atlas::ChartExport</name>
    <message>
        <source>Unknown chart "%1". Valid charts: %2.</source>
        <translation>المخطط «⁨%1⁩» غير معروف. المخططات المتاحة: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>No export format given: use svg, png or pdf.</source>
        <translation>لم تُحدَّد صيغة التصدير: استخدم svg أو png أو pdf.</translation>
    </message>
    <message>
        <source>Unknown export format "%1": use svg, png or pdf.</source>
        <translation>صيغة التصدير «⁨%1⁩» غير معروفة: استخدم svg أو png أو pdf.</translation>
    </message>
    <message>
        <source>Chart size %1 × %2 is out of range: width and height must be between %3 and %4.</source>
        <translation>حجم المخطط %1 × %2 خارج النطاق: يجب أن يكون العرض والارتفاع بين %3 و%4.</translation>
    </message>
    <message>
        <source>Resolution %1 dpi is out of range: use %2 to %3 dpi.</source>
        <translation>الدقة %1 نقطة في البوصة خارج النطاق: استخدم من %2 إلى %3 نقطة في البوصة.</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 at %3 dpi would be %4 × %5 pixels; the largest is %6 pixels a side. Lower the size or the resolution.</source>
        <translation>صورة PNG بحجم %1 × %2 ودقة %3 نقطة في البوصة ستبلغ %4 × %5 بكسل؛ والحد الأقصى %6 بكسل للضلع. خفّض الحجم أو الدقة.</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>لم يُحدَّد ملف الإخراج.</translation>
    </message>
    <message>
        <source>At %1 dpi a PNG of %2 × %3 pixels would lay the chart out at %4 × %5 units; each side must be between %6 and %7. Change the size or the resolution.</source>
        <translation>بدقة %1 نقطة في البوصة، تُخرج صورة PNG بحجم %2 × %3 بكسل المخطط بحجم %4 × %5 وحدة؛ ويجب أن يكون كل ضلع بين %6 و%7. غيّر الحجم أو الدقة.</translation>
    </message>
</context>
<context>
    <name>Atlas::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>نسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>المخطط:</translation>
    </message>
</context>
<context>
    <name>Atlas::ChartsPanel</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image and as SVG</source>
        <translation>نسخ المخطط إلى الحافظة صورةً وبصيغة SVG</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the chart as SVG, PNG or PDF</source>
        <translation>تصدير المخطط بصيغة SVG أو PNG أو PDF</translation>
    </message>
</context>
<context>
    <name>Atlas::DatasetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة ⁨%1⁩: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>Atlas::DetailsPane</name>
    <message>
        <source>Details of the selected event or figure</source>
        <translation>تفاصيل الحدث أو الرقم المحدد</translation>
    </message>
    <message>
        <source>Select an event in the timeline, the table or the map, or a figure in a chart, to see its details and the Arabic sentences it comes from.</source>
        <translation>حدّد حدثًا في الخط الزمني أو الجدول أو الخريطة، أو رقمًا في أحد المخططات، لعرض تفاصيله والجمل العربية التي أُخذ منها.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Inferred date: %1</source>
        <translation>تاريخ مستنتج: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>المواقع:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>الأطراف:</translation>
    </message>
    <message>
        <source>Conflicting accounts</source>
        <translation>روايات متعارضة</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>بتاريخ:</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>مقارنةً بـ:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>بشأن:</translation>
    </message>
    <message>
        <source>Estimated by:</source>
        <translation>بتقدير:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>الحدث:</translation>
    </message>
    <message>
        <source>Other figures for the same measure</source>
        <translation>أرقام أخرى للمقياس نفسه</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (مستنتج)</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>عرض في المقال</translation>
    </message>
    <message>
        <source>The dataset's translation of the English summary, not a quote</source>
        <translation>ترجمة مجموعة البيانات للملخص الإنجليزي، وليست اقتباسًا من المصدر</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>بالإنجليزية:</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>عدّله %1 في %2</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>تعديل الحدث…</translation>
    </message>
</context>
<context>
    <name>Atlas::EventEdit</name>
    <message>
        <source>titles</source>
        <translation>العنوانان</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>places</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>الاستشهادات</translation>
    </message>
    <message>
        <source>other fields</source>
        <translation>حقول أخرى</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>The event "%1" is not in the dataset.</source>
        <translation>الحدث "⁨%1⁩" ليس في مجموعة البيانات.</translation>
    </message>
    <message>
        <source>An edit says who made it: give your name in Edit &gt; Preferences.</source>
        <translation>يذكر كل تعديل من أجراه: اكتب اسمك في تحرير &gt; التفضيلات.</translation>
    </message>
    <message>
        <source>The time of the edit is not known.</source>
        <translation>وقت التعديل غير معروف.</translation>
    </message>
    <message>
        <source>Edit “%1”: %2</source>
        <translation>تعديل «⁨%1⁩»: %2</translation>
    </message>
</context>
<context>
    <name>Atlas::EventEditDialog</name>
    <message>
        <source>Known only by its bounds, until</source>
        <translation>لا يُعرف إلا بحدّيه، حتى</translation>
    </message>
    <message>
        <source>Inferred, because:</source>
        <translation>مستنتج، لأن:</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>تعديل الحدث</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Week (seven days from the date)</source>
        <translation>أسبوع (سبعة أيام من التاريخ)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>The passage, exactly as the article writes it</source>
        <translation>المقطع كما كتبه المقال حرفيًا</translation>
    </message>
    <message>
        <source>Title in &amp;Arabic:</source>
        <translation>العنوان بالعربية:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>العنوان بالإنجليزية:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Places, the first one on the map</source>
        <translation>المواقع، والأول منها على الخريطة</translation>
    </message>
    <message>
        <source>Add &amp;Place</source>
        <translation>إضافة موقع</translation>
    </message>
    <message>
        <source>&amp;Remove Place</source>
        <translation>إزالة الموقع</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>الاستشهادات</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>الاقتباس:</translation>
    </message>
    <message>
        <source>Add C&amp;itation</source>
        <translation>إضافة استشهاد</translation>
    </message>
    <message>
        <source>Remove Ci&amp;tation</source>
        <translation>إزالة الاستشهاد</translation>
    </message>
    <message>
        <source>(no quote yet)</source>
        <translation>(لا اقتباس بعد)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…ولا مشكلات أخرى.</numerusform>
            <numerusform>…ومشكلة أخرى.</numerusform>
            <numerusform>…ومشكلتان أخريان.</numerusform>
            <numerusform>…و%n مشكلات أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
            <numerusform>…و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event was not changed:</source>
        <translation>لم يُعدَّل الحدث:</translation>
    </message>
</context>
<context>
    <name>Atlas::EventModel</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 (inferred: %2)</source>
        <translation>%1 (مستنتج: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a source's outlet and publication year</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Atlas::FigureModel</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 (inferred: %2)</source>
        <translation>%1 (مستنتج: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>%1 (compared with %2)</source>
        <translation>%1 (مقارنةً بـ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Estimated by %1</source>
        <translation>بتقدير ⁨%1⁩</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الجهة المعنية</translation>
    </message>
    <message>
        <source>Theatre</source>
        <translation>الساحة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>Atlas::FilterBar</name>
    <message>
        <source>Search titles, places and quotes (Arabic or English)</source>
        <translation>ابحث في العناوين والمواقع والاقتباسات (بالعربية أو الإنجليزية)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Time window start</source>
        <translation>بداية الفترة الزمنية</translation>
    </message>
    <message>
        <source>Time window end</source>
        <translation>نهاية الفترة الزمنية</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>المواقع: %1</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>متداخلة معها</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>داخلها</translation>
    </message>
    <message>
        <source>How dates meet the time window</source>
        <translation>كيف تقابل التواريخ النافذة الزمنية</translation>
    </message>
    <message>
        <source>Overlapping: every event with a day in the window (a date known only to the year counts in each of its months).
Inside: only events all of whose days are in the window.</source>
        <translation>متداخلة معها: كل حدث يقع يوم من أيامه في النافذة (والتاريخ المعروف بسنته فقط يُحسب في كل شهر منها).
داخلها: الأحداث التي تقع كل أيامها في النافذة فقط.</translation>
    </message>
    <message>
        <source>The time window starts on %1, after its end on %2: it is not applied. Change one of the dates.</source>
        <translation>تبدأ الفترة الزمنية في %1، بعد نهايتها في %2، فلم تُطبَّق. غيّر أحد التاريخين.</translation>
    </message>
    <message>
        <source>Remove every filter: search, categories, sources, places, actors, map view and time window</source>
        <translation>إزالة كل المرشحات: البحث والفئات والمصادر والأماكن والأطراف ومشهد الخريطة والنافذة الزمنية</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>كل الأطراف</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>الأطراف: %1</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>الفئات: %1</translation>
    </message>
</context>
<context>
    <name>Atlas::Formatter</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a Gregorian date followed by the same date in the Hijri calendar</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period from one date to another</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of numbers</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 decrease</source>
        <translation>انخفاض بنسبة %1</translation>
    </message>
    <message>
        <source>%1 increase</source>
        <translation>ارتفاع بنسبة %1</translation>
    </message>
</context>
<context>
    <name>Atlas::GeoPackage</name>
    <message>
        <source>not a GeoPackage geometry (no "GP" header)</source>
        <translation>ليست هندسة GeoPackage (لا يوجد ترويس "GP")</translation>
    </message>
    <message>
        <source>GeoPackage geometry version %1 is not supported</source>
        <translation>إصدار هندسة GeoPackage رقم %1 غير مدعوم</translation>
    </message>
    <message>
        <source>an extended geometry type, not a point</source>
        <translation>نوع هندسة موسّع، وليس نقطة</translation>
    </message>
    <message>
        <source>an empty geometry</source>
        <translation>هندسة فارغة</translation>
    </message>
    <message>
        <source>an invalid envelope indicator</source>
        <translation>مؤشر إطار غير صالح</translation>
    </message>
    <message>
        <source>spatial reference system %1 instead of EPSG:4326</source>
        <translation>نظام الإسناد المكاني %1 بدلًا من EPSG:4326</translation>
    </message>
    <message>
        <source>the WKB geometry is cut short</source>
        <translation>هندسة WKB مبتورة</translation>
    </message>
    <message>
        <source>WKB geometry type %1, not a 2D point</source>
        <translation>نوع هندسة WKB رقم %1، وليس نقطة ثنائية الأبعاد</translation>
    </message>
    <message>
        <source>a point without finite coordinates</source>
        <translation>نقطة بلا إحداثيات منتهية</translation>
    </message>
</context>
<context>
    <name>Atlas::ImageExportDialog</name>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (متّجهي)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (متّجهي)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (صورة)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>صور SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation>%1 × %2 بكسل بدقة %3 نقطة في البوصة</translation>
    </message>
    <message>
        <source>Vector output; text stays text. Page of %1 × %2 points.</source>
        <translation>إخراج متّجهي؛ يبقى النص نصًّا. صفحة بأبعاد %1 × %2 نقطة.</translation>
    </message>
    <message>
        <source>%1 It will be %2 × %3 pixels instead of the %4 × %5 asked.</source>
        <translation>%1 ستكون %2 × %3 بكسل بدل %4 × %5 المطلوبة.</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>الإخراج:</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفًا للتصدير إليه.</translation>
    </message>
</context>
<context>
    <name>Atlas::ImportDialog</name>
    <message>
        <source>ACLED export (CSV)</source>
        <translation>تصدير ACLED ‏(CSV)</translation>
    </message>
    <message>
        <source>UCDP GED (CSV)</source>
        <translation>UCDP GED ‏(CSV)</translation>
    </message>
    <message>
        <source>Any CSV or TSV (column mapping)</source>
        <translation>أي ملف CSV أو TSV (بتعيين للأعمدة)</translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>KML</source>
        <translation>KML</translation>
    </message>
    <message>
        <source>Other vector file (GDAL)</source>
        <translation>ملف متجهي آخر (GDAL)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>يُستدل عليه من الملف</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Guessed from the column names</source>
        <translation>يُستنتج من أسماء الأعمدة</translation>
    </message>
    <message>
        <source>Column mapping:</source>
        <translation>تعيين الأعمدة:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n row(s):</source>
        <translation>
            <numerusform>معاينة أول %n صف:</numerusform>
            <numerusform>معاينة الصف الأول:</numerusform>
            <numerusform>معاينة أول صفين:</numerusform>
            <numerusform>معاينة أول %n صفوف:</numerusform>
            <numerusform>معاينة أول %n صفًا:</numerusform>
            <numerusform>معاينة أول %n صف:</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg *.shp);;All files (*)</source>
        <translation>ملفات البيانات (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg *.shp);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>تعيين الأعمدة</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>ملفات التعيين (*.json)</translation>
    </message>
    <message>
        <source>Choose a file: an ACLED or UCDP GED export, any CSV, GeoJSON, KML or another vector file.</source>
        <translation>اختر ملفًا: تصدير ACLED أو UCDP GED، أو أي ملف CSV أو GeoJSON أو KML أو ملف متجهي آخر.</translation>
    </message>
    <message>
        <source>Detected format: %1.</source>
        <translation>الصيغة المستدل عليها: %1.</translation>
    </message>
    <message>
        <source>Format: %1.</source>
        <translation>الصيغة: %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>يُستورد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message numerus="yes">
        <source>Of the first %n row(s): %1 would be imported, %2 rejected.</source>
        <translation>
            <numerusform>من أول %n صف: يُستورد %1 ويُرفض %2.</numerusform>
            <numerusform>من الصف الأول: يُستورد %1 ويُرفض %2.</numerusform>
            <numerusform>من أول صفين: يُستورد %1 ويُرفض %2.</numerusform>
            <numerusform>من أول %n صفوف: يُستورد %1 ويُرفض %2.</numerusform>
            <numerusform>من أول %n صفًا: يُستورد %1 ويُرفض %2.</numerusform>
            <numerusform>من أول %n صف: يُستورد %1 ويُرفض %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the open dataset is as it was.</source>
        <translation>أُلغي الاستيراد؛ بقيت مجموعة البيانات المفتوحة كما كانت.</translation>
    </message>
    <message>
        <source>Imported %1: %2 rows read; %3 events added, %4 changed, %5 unchanged; %6 rows rejected.</source>
        <translation>استُورد %1: قُرئ من الصفوف %2؛ الأحداث المضافة %3، والمعدّلة %4، والتي لم تتغير %5؛ الصفوف المرفوضة %6.</translation>
    </message>
    <message>
        <source>Nothing changed in the open dataset.</source>
        <translation>لم يتغير شيء في مجموعة البيانات المفتوحة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Atlas::MainWindow</name>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>فتح مجموعة بيانات…</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>فتح مجموعة البيانات المرفقة</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>تصدير الخط الزمني…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>تصدير المخطط…</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>تصدير الخريطة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>إظهار الكل</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>ملاءمة التحديد</translation>
    </message>
    <message>
        <source>Clear &amp;Time Window</source>
        <translation>مسح الفترة الزمنية</translation>
    </message>
    <message>
        <source>Fit All &amp;Places on the Map</source>
        <translation>إظهار كل المواقع على الخريطة</translation>
    </message>
    <message>
        <source>Zoom Map to Se&amp;lection</source>
        <translation>تكبير الخريطة إلى التحديد</translation>
    </message>
    <message>
        <source>Online Map Tiles (OpenStreetMap)</source>
        <translation>مربعات الخريطة عبر الإنترنت (OpenStreetMap)</translation>
    </message>
    <message>
        <source>Draw OpenStreetMap tiles under the data; needs a network connection</source>
        <translation>رسم مربعات OpenStreetMap تحت البيانات؛ يتطلب اتصالًا بالشبكة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Coalition Atlas</source>
        <translation>حول أطلس التحالف</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>الأحداث المعروضة: %1 من أصل %2</translation>
    </message>
    <message>
        <source>%1 — Coalition Atlas</source>
        <translation>⁨%1⁩ — أطلس التحالف</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح ⁨%1⁩</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>تعذّر فتح مجموعة البيانات</translation>
    </message>
    <message>
        <source>%1 was not opened; the current dataset stays open.</source>
        <translation>لم يُفتح ⁨%1⁩؛ وتبقى مجموعة البيانات الحالية مفتوحة.</translation>
    </message>
    <message>
        <source>…and %1 more problems.</source>
        <translation>…ومشكلات أخرى عددها %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. The first: %1</source>
        <translation>
            <numerusform>لم يُعثر على أي مشكلة. أولاها: ⁨%1⁩</numerusform>
            <numerusform>عُثر على مشكلة واحدة: ⁨%1⁩</numerusform>
            <numerusform>عُثر على مشكلتين. أولاهما: ⁨%1⁩</numerusform>
            <numerusform>عُثر على %n مشكلات. أولاها: ⁨%1⁩</numerusform>
            <numerusform>عُثر على %n مشكلة. أولاها: ⁨%1⁩</numerusform>
            <numerusform>عُثر على %n مشكلة. أولاها: ⁨%1⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>فتح مجموعة بيانات</translation>
    </message>
    <message>
        <source>Coalition Atlas datasets and projects (*.json *.gpkg);;All files (*)</source>
        <translation>مجموعات بيانات أطلس التحالف ومشاريعه (*.json *.gpkg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>صُدّر ⁨%1⁩</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>خط-زمني</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <source>Only the visible part of the timeline</source>
        <translation>الجزء الظاهر من الخط الزمني فقط</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>المسارات:</translation>
    </message>
    <message>
        <source>map</source>
        <translation>خريطة</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>تصدير الخريطة</translation>
    </message>
    <message>
        <source>Briefing written to %1</source>
        <translation>كُتبت الإحاطة في ⁨%1⁩</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Export &amp;Briefing as PDF…</source>
        <translation>تصدير الإحاطة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح الملفات الأخيرة</translation>
    </message>
    <message>
        <source>No longer found, removed from Open Recent: %1</source>
        <translation>ملفات لم تعد موجودة فأُزيلت من الملفات الأخيرة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Add &amp;Article…</source>
        <translation>إضافة مقال…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The dataset has changes that are not saved. Save them as a project before closing?</source>
        <translation>في مجموعة البيانات تغييرات غير محفوظة. هل تريد حفظها في مشروع قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>تصدير رسم متحرك…</translation>
    </message>
    <message>
        <source>&amp;Player Bar</source>
        <translation>شريط التشغيل</translation>
    </message>
    <message>
        <source>Play&amp;back</source>
        <translation>التشغيل</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>إظهار الكل</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>إعادة ترتيب النوافذ</translation>
    </message>
    <message>
        <source>Every event gets its own row, and these need more height.</source>
        <translation>لكل حدث صف خاص به، وتحتاج هذه الصفوف ارتفاعًا أكبر.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ ⁨%1⁩</translation>
    </message>
    <message>
        <source>This project's events are read from its file as they are shown, and cannot be changed here yet.</source>
        <translation>تُقرأ أحداث هذا المشروع من ملفه كلما عُرضت، ولا يمكن تغييرها هنا بعد.</translation>
    </message>
</context>
<context>
    <name>Atlas::MapPainter</name>
    <message>
        <source>Places and events of the coalition against ISIS</source>
        <translation>مواقع وأحداث التحالف الدولي ضد داعش</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>time window</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · events at %2 places shown; numbers count events per place</source>
        <translation>%1 · أحداث في %2 موقعًا معروضة؛ تدل الأرقام على عدد الأحداث في كل موقع</translation>
    </message>
</context>
<context>
    <name>Atlas::MapScene</name>
    <message>
        <source>%1 (%2)</source>
        <comment>place name, number of events</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Outside the map: %1</source>
        <translation>خارج حدود الخريطة: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>No events pass the current filters.</source>
        <translation>لا أحداث تطابق عوامل التصفية الحالية.</translation>
    </message>
</context>
<context>
    <name>Atlas::MapView</name>
    <message>
        <source>%1° N</source>
        <translation>%1° شمالًا</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° جنوبًا</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° شرقًا</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° غربًا</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>latitude, longitude</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>The map scene could not be created.</source>
        <translation>تعذّر إنشاء مشهد الخريطة.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The map could not be loaded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;تعذّر تحميل الخريطة.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© المساهمون في OpenStreetMap</translation>
    </message>
    <message>
        <source>Filter to &amp;Map View</source>
        <translation>التصفية بحسب مشهد الخريطة</translation>
    </message>
    <message>
        <source>Show only events with a place inside the area the map shows, following the map as it moves</source>
        <translation>إظهار الأحداث التي يقع أحد أماكنها داخل المنطقة الظاهرة على الخريطة فقط، مع متابعة الخريطة كلما تحركت</translation>
    </message>
</context>
<context>
    <name>Atlas::MarkerLayout</name>
    <message>
        <source>%1 +%2</source>
        <comment>place name, number of other places here</comment>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>Atlas::PlaceMarkerLayer</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>no events in view</source>
        <translation>لا أحداث معروضة</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n places</source>
        <translation>
            <numerusform>%n مكان</numerusform>
            <numerusform>%n مكان</numerusform>
            <numerusform>%n مكانان</numerusform>
            <numerusform>%n أماكن</numerusform>
            <numerusform>%n مكانًا</numerusform>
            <numerusform>%n مكان</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atlas::PlaceModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>place name in the other language, place kind</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Atlas::PlaybackSchedule</name>
    <message>
        <source>The playback needs a first and a last day.</source>
        <translation>يحتاج التشغيل إلى يوم أول ويوم أخير.</translation>
    </message>
    <message>
        <source>The playback's first day, %1, is after its last day, %2.</source>
        <translation>اليوم الأول للتشغيل، %1، بعد يومه الأخير، %2.</translation>
    </message>
    <message>
        <source>The step must be at least one day long.</source>
        <translation>يجب ألا تقل الخطوة عن يوم واحد.</translation>
    </message>
    <message>
        <source>The window must be at least one day long.</source>
        <translation>يجب ألا تقل النافذة عن يوم واحد.</translation>
    </message>
    <message>
        <source>The step (%1) is longer than the range %2 to %3: choose a shorter step or a longer range.</source>
        <translation>الخطوة (%1) أطول من المدى من %2 إلى %3: اختر خطوة أقصر أو مدى أطول.</translation>
    </message>
    <message>
        <source>The playback would have more than %1 frames: choose a longer step.</source>
        <translation>سيكون للتشغيل أكثر من %1 إطار: اختر خطوة أطول.</translation>
    </message>
</context>
<context>
    <name>Atlas::PlayerBar</name>
    <message>
        <source>No dated events</source>
        <translation>لا أحداث مؤرخة</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>الإطار %1 من %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (⁦%2⁩)</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>خطوة إلى الوراء</translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation>خطوة إلى الأمام</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>النافذة:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>playback speed</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Moving window</source>
        <translation>نافذة متحركة</translation>
    </message>
    <message>
        <source>Everything up to now</source>
        <translation>كل ما سبق حتى الآن</translation>
    </message>
</context>
<context>
    <name>Atlas::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>الأرقام:</translation>
    </message>
    <message>
        <source>Arabic &amp;month names:</source>
        <translation>أسماء الأشهر العربية:</translation>
    </message>
    <message>
        <source>Timeline &amp;axis:</source>
        <translation>محور الخط الزمني:</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian date</source>
        <translation>إظهار التاريخ الهجري بجانب التاريخ الميلادي</translation>
    </message>
    <message>
        <source>In the details and tooltips, in the Umm al-Qura calendar</source>
        <translation>في التفاصيل والتلميحات، وفق تقويم أم القرى</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>مثل لغة النظام</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>حسب اللغة</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Follow the interface direction</source>
        <translation>وفق اتجاه الواجهة</translation>
    </message>
    <message>
        <source>Always left to right</source>
        <translation>من اليسار إلى اليمين دائمًا</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Levantine and Iraqi (%1)</source>
        <translation>الشامية والعراقية (%1)</translation>
    </message>
    <message>
        <source>Egyptian and Gulf (%1)</source>
        <translation>المصرية والخليجية (%1)</translation>
    </message>
    <message>
        <source>The new language is used when Coalition Atlas is started again.</source>
        <translation>تُعتمد اللغة الجديدة عند تشغيل أطلس التحالف من جديد.</translation>
    </message>
    <message>
        <source>&amp;Your name for edits:</source>
        <translation>اسمك في التعديلات:</translation>
    </message>
    <message>
        <source>An event you edit shows that you edited it, with this name (empty: your login name)</source>
        <translation>يظهر على الحدث الذي تعدّله أنك عدّلته، بهذا الاسم (فارغ: اسم الدخول إلى النظام)</translation>
    </message>
</context>
<context>
    <name>Atlas::ProjectActions</name>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Export &amp;Dataset as JSON…</source>
        <translation>تصدير مجموعة البيانات بصيغة JSON…</translation>
    </message>
    <message>
        <source>Save the dataset as the project it was opened from, or as a new project</source>
        <translation>حفظ مجموعة البيانات في المشروع الذي فُتحت منه، أو في مشروع جديد</translation>
    </message>
    <message>
        <source>Save the dataset as a new project file (.gpkg)</source>
        <translation>حفظ مجموعة البيانات في ملف مشروع جديد (.gpkg)</translation>
    </message>
    <message>
        <source>Write the whole dataset in the documented JSON format</source>
        <translation>كتابة مجموعة البيانات كاملة بصيغة JSON الموثّقة</translation>
    </message>
    <message>
        <source>Export Dataset as JSON</source>
        <translation>تصدير مجموعة البيانات بصيغة JSON</translation>
    </message>
    <message>
        <source>JSON datasets (*.json)</source>
        <translation>مجموعات بيانات JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <source>Projects (*.gpkg)</source>
        <translation>المشاريع (*.gpkg)</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>تعذّر حفظ المشروع</translation>
    </message>
    <message>
        <source>Cannot export the dataset</source>
        <translation>تعذّر تصدير مجموعة البيانات</translation>
    </message>
</context>
<context>
    <name>Atlas::ProjectEventColumns</name>
    <message>
        <source>%1 has a date that is not a project date: start "%2", end "%3", precision "%4".</source>
        <translation>في %1 تاريخ ليس من تواريخ المشروع: البداية «%2»، والنهاية «%3»، والدقة «%4».</translation>
    </message>
    <message>
        <source>The list rows of %1 are not in the order Coalition Atlas writes them.</source>
        <translation>صفوف القوائم الخاصة بـ %1 ليست بالترتيب الذي يكتبها به أطلس التحالف.</translation>
    </message>
    <message>
        <source>%1 names the place "%2", which the project does not hold.</source>
        <translation>يذكر %1 المكان «%2»، وهو غير موجود في المشروع.</translation>
    </message>
    <message>
        <source>A list row names the event "%1", which is not where Coalition Atlas writes it or not in the project.</source>
        <translation>يذكر صف من صفوف القوائم الحدث «%1»، وهو ليس في الموضع الذي يكتبه فيه أطلس التحالف أو غير موجود في المشروع.</translation>
    </message>
</context>
<context>
    <name>Atlas::ProjectEventStore</name>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite reports "%2".</source>
        <translation>⁨%1⁩ تالف: يقول SQLite "⁨%2⁩".</translation>
    </message>
    <message>
        <source>%1: the search index cannot be read: %2</source>
        <translation>⁨%1⁩: تتعذر قراءة فهرس البحث: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: the search index names event row %2, which the file does not have.</source>
        <translation>⁨%1⁩: يذكر فهرس البحث صف الحدث ⁨%2⁩، وهو غير موجود في الملف.</translation>
    </message>
    <message>
        <source>%1: %2 has changed since the project was opened.</source>
        <translation>⁨%1⁩: تغيّر ⁨%2⁩ منذ فتح المشروع.</translation>
    </message>
</context>
<context>
    <name>Atlas::ProjectFile</name>
    <message>
        <source>%1 is an SQLite database but not a Coalition Atlas project: it has none of the tables %2.</source>
        <translation>⁨%1⁩ قاعدة بيانات SQLite لكنه ليس مشروعًا لأطلس التحالف: لا يحتوي أيًّا من الجداول ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Coalition Atlas project: it lacks the tables %2.</source>
        <translation>⁨%1⁩ ملف GeoPackage لكنه ليس مشروعًا لأطلس التحالف: تنقصه الجداول ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Coalition Atlas project: it has the point layers %2, which Coalition Atlas cannot import yet, and lacks the tables %3.</source>
        <translation>⁨%1⁩ ملف GeoPackage لكنه ليس مشروعًا لأطلس التحالف: فيه طبقات النقاط ⁨%2⁩ التي لا يستطيع أطلس التحالف استيرادها بعد، وتنقصه الجداول ⁨%3⁩.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite reports "%2".</source>
        <translation>⁨%1⁩ تالف: يقول SQLite "⁨%2⁩".</translation>
    </message>
    <message>
        <source>%1 has no valid project schema version: %2 says "%3".</source>
        <translation>ليس لـ ⁨%1⁩ إصدار مخطط مشروع صالح: يقول ⁨%2⁩ "⁨%3⁩".</translation>
    </message>
    <message>
        <source>%1 has project schema version %2, but this version of Coalition Atlas reads versions up to %3. Open it with a newer Coalition Atlas.</source>
        <translation>إصدار مخطط المشروع في ⁨%1⁩ هو %2، لكن هذا الإصدار من أطلس التحالف يقرأ الإصدارات حتى %3. افتحه بإصدار أحدث من أطلس التحالف.</translation>
    </message>
    <message>
        <source>%1 cannot be brought from project schema version %2 to %3: %4</source>
        <translation>تعذّر نقل ⁨%1⁩ من إصدار مخطط المشروع %2 إلى %3: ⁨%4⁩</translation>
    </message>
    <message>
        <source>%1 lacks the tables %2.</source>
        <translation>تنقص ⁨%1⁩ الجداولُ ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1 lacks the columns %2.</source>
        <translation>تنقص ⁨%1⁩ الأعمدةُ ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>تعذّر حفظ ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>إنه مجلد.</translation>
    </message>
    <message>
        <source>the file is read-only. It was left as it was.</source>
        <translation>الملف للقراءة فقط. تُرك كما كان.</translation>
    </message>
    <message>
        <source>another program is writing to it. It was left as it was.</source>
        <translation>برنامج آخر يكتب فيه. تُرك كما كان.</translation>
    </message>
    <message>
        <source>cannot create a file in the folder %1: %2</source>
        <translation>لا يمكن إنشاء ملف في المجلد ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>تعذّر فتح ⁨%1⁩: لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder, not a file.</source>
        <translation>تعذّر فتح ⁨%1⁩: إنه مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>تعذّر فتح ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>⁨%1⁩ فارغ.</translation>
    </message>
    <message>
        <source>%1 is not a project file: a GeoPackage is an SQLite database, and this file does not start like one.</source>
        <translation>⁨%1⁩ ليس ملف مشروع: ملف GeoPackage قاعدة بيانات SQLite، وهذا الملف لا يبدأ كما تبدأ.</translation>
    </message>
    <message>
        <source>%1 is damaged: it ends inside the SQLite header.</source>
        <translation>⁨%1⁩ تالف: ينتهي داخل ترويسة SQLite.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <source>its disk is read-only (a read-only file system). It was left as it was.</source>
        <translation>قرصه للقراءة فقط (نظام ملفات للقراءة فقط). تُرك كما كان.</translation>
    </message>
    <message>
        <source>It was left as it was.</source>
        <translation>تُرك كما كان.</translation>
    </message>
    <message>
        <source>the project it is copied from, %1, is gone.</source>
        <translation>المشروع المنسوخ منه، ⁨%1⁩، لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>Atlas::ProjectTables</name>
    <message numerus="yes">
        <source>%n row(s) for %1 "%2", which is not in the table %3</source>
        <translation>
            <numerusform>لا صفوف لـ %1 "⁨%2⁩" غير الموجود في الجدول ⁨%3⁩</numerusform>
            <numerusform>صف واحد لـ %1 "⁨%2⁩" غير الموجود في الجدول ⁨%3⁩</numerusform>
            <numerusform>صفّان لـ %1 "⁨%2⁩" غير الموجود في الجدول ⁨%3⁩</numerusform>
            <numerusform>%n صفوف لـ %1 "⁨%2⁩" غير الموجود في الجدول ⁨%3⁩</numerusform>
            <numerusform>%n صفًّا لـ %1 "⁨%2⁩" غير الموجود في الجدول ⁨%3⁩</numerusform>
            <numerusform>%n صف لـ %1 "⁨%2⁩" غير الموجود في الجدول ⁨%3⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>owner_kind "%1" is not one of %2</source>
        <translation>قيمة owner_kind "⁨%1⁩" ليست من ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 is not in the project.</source>
        <translation>⁨%1⁩ ليس في المشروع.</translation>
    </message>
    <message>
        <source>The rows of %1 that belong to %2 are not where Coalition Atlas wrote them.</source>
        <translation>صفوف ⁨%1⁩ التابعة لـ ⁨%2⁩ ليست حيث كتبها أطلس التحالف.</translation>
    </message>
</context>
<context>
    <name>Atlas::RecentFiles</name>
    <message>
        <source>Clear Recent</source>
        <translation>مسح قائمة الملفات الأخيرة</translation>
    </message>
</context>
<context>
    <name>Atlas::ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
</context>
<context>
    <name>Atlas::SourceModel</name>
    <message>
        <source>%1 (inferred)</source>
        <comment>a date worked out from context</comment>
        <translation>%1 (مستنتج)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>outlet, publication date</comment>
        <translation>⁨%1⁩، %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>article title by author</comment>
        <translation>%1، بقلم ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1
Date: %2</source>
        <translation>%1
التاريخ: %2</translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineExporter</name>
    <message>
        <source>No file name given for the timeline export.</source>
        <translation>لم يُحدَّد اسم ملف لتصدير الخط الزمني.</translation>
    </message>
    <message>
        <source>Exporting the timeline needs a QGuiApplication (fonts and painting).</source>
        <translation>يتطلب تصدير الخط الزمني وجود QGuiApplication (للخطوط والرسم).</translation>
    </message>
    <message>
        <source>Cannot export the timeline to %1: unknown format "%2"; use .png, .svg or .pdf.</source>
        <translation>تعذّر تصدير الخط الزمني إلى ⁨%1⁩: الصيغة «⁨%2⁩» غير معروفة؛ استخدم ‎.png أو ‎.svg أو ‎.pdf.</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>لا أحداث تطابق عامل التصفية.</translation>
    </message>
    <message>
        <source>Coalition Atlas timeline, %1 to %2</source>
        <translation>الخط الزمني لأطلس التحالف، من %1 إلى %2</translation>
    </message>
    <message>
        <source>Cannot write the timeline to %1: %2</source>
        <translation>تعذّرت كتابة الخط الزمني في ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>The timeline needs %1 pixels of height, more than a PNG can hold; export to SVG or PDF.</source>
        <translation>يحتاج الخط الزمني إلى ارتفاع %1 بكسل، وهو أكثر مما تتسع له صورة PNG؛ صدّره بصيغة SVG أو PDF.</translation>
    </message>
    <message>
        <source>Cannot encode the timeline as PNG for %1.</source>
        <translation>تعذّر ترميز الخط الزمني بصيغة PNG لـ ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Cannot start the SVG document for %1.</source>
        <translation>تعذّر بدء مستند SVG لـ ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Cannot start the PDF document for %1.</source>
        <translation>تعذّر بدء مستند PDF لـ ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineRenderer</name>
    <message numerus="yes">
        <source>%1 event</source>
        <extracomment>A badge on the timeline standing for events too dense to draw one by one</extracomment>
        <translation>
            <numerusform>%1 حدث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%1 أحداث</numerusform>
            <numerusform>%1 حدثًا</numerusform>
            <numerusform>%1 حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 events</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%1 أحداث</numerusform>
            <numerusform>%1 حدثًا</numerusform>
            <numerusform>%1 حدث</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts that conflict</source>
        <translation>روايات متعارضة</translation>
    </message>
    <message numerus="yes">
        <source>+%1 more</source>
        <extracomment>The timeline legend's last entry, standing for the lanes it had no room to name</extracomment>
        <translation>
            <numerusform>+%1 أخرى</numerusform>
            <numerusform>+%1 أخرى</numerusform>
            <numerusform>+%1 أخريان</numerusform>
            <numerusform>+%1 أخرى</numerusform>
            <numerusform>+%1 أخرى</numerusform>
            <numerusform>+%1 أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineScale</name>
    <message>
        <source>Q%1</source>
        <extracomment>Quarter of a year on the timeline axis, %1 is 1 to 4</extracomment>
        <translation>الربع %1</translation>
    </message>
</context>
<context>
    <name>Atlas::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Events by date, one lane per category. Arrow keys move between events, Enter opens the selected event, plus and minus zoom.</source>
        <translation>الأحداث حسب التاريخ، مسار لكل فئة. تنقّل بين الأحداث بمفاتيح الأسهم، ويفتح مفتاح Enter الحدث المحدد، ويكبّر مفتاحا الجمع والطرح ويصغّران.</translation>
    </message>
    <message>
        <source>Clear time window</source>
        <translation>مسح الفترة الزمنية</translation>
    </message>
    <message>
        <source>Show events of every date again (Esc)</source>
        <translation>إظهار أحداث كل التواريخ مجددًا (Esc)</translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation>لم تُحمَّل أي مجموعة بيانات.</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>لا أحداث تطابق عامل التصفية.</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <source>Show All Lanes</source>
        <translation>إظهار كل المسارات</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>إظهار الكل</translation>
    </message>
    <message>
        <source>Fit Selection</source>
        <translation>ملاءمة التحديد</translation>
    </message>
    <message>
        <source>Clear Time Window</source>
        <translation>مسح الفترة الزمنية</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>اليوم محدد</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>≈ %1, inferred from context</source>
        <translation>≈ %1، مستنتج من السياق</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Conflicts with another account</source>
        <translation>يتعارض مع رواية أخرى</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>انقر للتكبير</translation>
    </message>
    <message>
        <source>Click to show this lane</source>
        <translation>انقر لإظهار هذا المسار</translation>
    </message>
    <message>
        <source>Click to hide this lane</source>
        <translation>انقر لإخفاء هذا المسار</translation>
    </message>
    <message>
        <source>Drag along the axis to filter by a time window</source>
        <translation>اسحب على امتداد المحور لتصفية الأحداث حسب فترة زمنية</translation>
    </message>
    <message>
        <source>between these days</source>
        <translation>بين هذين اليومين</translation>
    </message>
    <message>
        <source>within this week</source>
        <translation>خلال هذا الأسبوع</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of them dated only to a week, month, year or range</source>
        <translation>%1 منها مؤرَّخة بأسبوع أو شهر أو سنة أو مدّة فقط</translation>
    </message>
    <message>
        <source>Click to show or hide these lanes</source>
        <translation>انقر لإظهار هذه المسارات أو إخفائها</translation>
    </message>
</context>
<context>
    <name>Atlas::Vocabulary</name>
    <message>
        <source>Military operation</source>
        <translation>عملية عسكرية</translation>
    </message>
    <message>
        <source>Strike</source>
        <translation>غارة جوية</translation>
    </message>
    <message>
        <source>Leader killed</source>
        <translation>مقتل قيادي</translation>
    </message>
    <message>
        <source>Withdrawal or handover</source>
        <translation>انسحاب أو تسليم</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>نشر قوات</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>Diplomacy and statements</source>
        <translation>دبلوماسية وتصريحات</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>دورية</translation>
    </message>
    <message>
        <source>ISIS attack</source>
        <translation>هجوم لداعش</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Founding</source>
        <translation>تأسيس</translation>
    </message>
    <message>
        <source>Territorial change</source>
        <translation>تغيّر في السيطرة الميدانية</translation>
    </message>
    <message>
        <source>Troops</source>
        <translation>عدد القوات</translation>
    </message>
    <message>
        <source>Airstrikes</source>
        <translation>الغارات الجوية</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>الهجمات</translation>
    </message>
    <message>
        <source>Fighters</source>
        <translation>المقاتلون</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>القوة العددية</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Change in attacks</source>
        <translation>التغيّر في عدد الهجمات</translation>
    </message>
    <message>
        <source>Detainees</source>
        <translation>المحتجزون</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>الخسائر البشرية</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>المساحة الخاضعة للسيطرة</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>قاعدة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>قرية</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>محافظة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>طريق</translation>
    </message>
    <message>
        <source>River</source>
        <translation>نهر</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>منشأة</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>مخيم</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>سجن</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>معبر حدودي</translation>
    </message>
    <message>
        <source>State</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>تحالف</translation>
    </message>
    <message>
        <source>Armed group</source>
        <translation>جماعة مسلحة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>وكالة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>العراق</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>تركيا</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>الأردن</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>إيران</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>لبنان</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>الكويت</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرنسا</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ألمانيا</translation>
    </message>
    <message>
        <source>Civilian personnel</source>
        <translation>الأفراد المدنيون</translation>
    </message>
    <message>
        <source>Attacks against a baseline (ratio)</source>
        <translation>الهجمات مقارنةً بفترة أساس (نسبة)</translation>
    </message>
    <message>
        <source>Members and supporters</source>
        <translation>العناصر والأنصار</translation>
    </message>
    <message>
        <source>Coalition members</source>
        <translation>أعضاء التحالف</translation>
    </message>
    <message>
        <source>States taking part</source>
        <translation>الدول المشاركة</translation>
    </message>
    <message>
        <source>States at the meeting</source>
        <translation>الدول الحاضرة في الاجتماع</translation>
    </message>
    <message>
        <source>Territory recovered</source>
        <translation>الأراضي المستعادة</translation>
    </message>
    <message>
        <source>Share of territory controlled</source>
        <translation>نسبة الأراضي الخاضعة للسيطرة</translation>
    </message>
    <message>
        <source>Value in US dollars</source>
        <translation>القيمة بالدولار الأمريكي</translation>
    </message>
    <message>
        <source>Cash reserves</source>
        <translation>الاحتياطات النقدية</translation>
    </message>
    <message>
        <source>Border area</source>
        <translation>منطقة حدودية</translation>
    </message>
    <message>
        <source>Desert</source>
        <translation>صحراء</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>أوكرانيا</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>about</source>
        <translation>نحو</translation>
    </message>
    <message>
        <source>nearly %1</source>
        <translation>قرابة %1</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>قرابة</translation>
    </message>
    <message>
        <source>bounds themselves approximate</source>
        <translation>الحدّان نفساهما تقريبيان</translation>
    </message>
    <message>
        <source>roughly %1</source>
        <translation>ما يقارب %1</translation>
    </message>
    <message>
        <source>derived from "roughly half"</source>
        <translation>مستنتج من عبارة «نحو النصف»</translation>
    </message>
    <message>
        <source>an estimated %1</source>
        <translation>ما يُقدَّر بـ%1</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>تقديري</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>أكثر من %1</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>أكثر من</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 على الأقل</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>أقل من</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>the words of a vague quantity, then their widest reading</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount and a unit of measure</comment>
        <translation>%1 ⁨%2⁩</translation>
    </message>
    <message>
        <source>tens</source>
        <translation>عشرات</translation>
    </message>
    <message>
        <source>hundreds</source>
        <translation>مئات</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>آلاف</translation>
    </message>
    <message>
        <source>tens of thousands</source>
        <translation>عشرات الآلاف</translation>
    </message>
    <message>
        <source>hundreds of thousands</source>
        <translation>مئات الآلاف</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>ملايين</translation>
    </message>
    <message>
        <source>troops</source>
        <translation>جنود</translation>
    </message>
    <message numerus="yes">
        <source>%1 troops</source>
        <translation>
            <numerusform>%1 جندي</numerusform>
            <numerusform>جندي واحد</numerusform>
            <numerusform>جنديين</numerusform>
            <numerusform>%1 جنود</numerusform>
            <numerusform>%1 جنديًا</numerusform>
            <numerusform>%1 جندي</numerusform>
        </translation>
    </message>
    <message>
        <source>soldiers</source>
        <translation>جنود</translation>
    </message>
    <message numerus="yes">
        <source>%1 soldiers</source>
        <translation>
            <numerusform>%1 جندي</numerusform>
            <numerusform>جندي واحد</numerusform>
            <numerusform>جنديين</numerusform>
            <numerusform>%1 جنود</numerusform>
            <numerusform>%1 جنديًا</numerusform>
            <numerusform>%1 جندي</numerusform>
        </translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>عناصر</translation>
    </message>
    <message numerus="yes">
        <source>%1 personnel</source>
        <translation>
            <numerusform>%1 عنصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصرين</numerusform>
            <numerusform>%1 عناصر</numerusform>
            <numerusform>%1 عنصرًا</numerusform>
            <numerusform>%1 عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>fighters</source>
        <translation>مقاتلون</translation>
    </message>
    <message numerus="yes">
        <source>%1 fighters</source>
        <translation>
            <numerusform>%1 مقاتل</numerusform>
            <numerusform>مقاتل واحد</numerusform>
            <numerusform>مقاتلين</numerusform>
            <numerusform>%1 مقاتلين</numerusform>
            <numerusform>%1 مقاتلًا</numerusform>
            <numerusform>%1 مقاتل</numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message numerus="yes">
        <source>%1 people</source>
        <translation>
            <numerusform>%1 شخص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصين</numerusform>
            <numerusform>%1 أشخاص</numerusform>
            <numerusform>%1 شخصًا</numerusform>
            <numerusform>%1 شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>members</source>
        <translation>أعضاء</translation>
    </message>
    <message numerus="yes">
        <source>%1 members</source>
        <translation>
            <numerusform>%1 عضو</numerusform>
            <numerusform>عضو واحد</numerusform>
            <numerusform>عضوين</numerusform>
            <numerusform>%1 أعضاء</numerusform>
            <numerusform>%1 عضوًا</numerusform>
            <numerusform>%1 عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>countries</source>
        <translation>دول</translation>
    </message>
    <message numerus="yes">
        <source>%1 countries</source>
        <translation>
            <numerusform>%1 دولة</numerusform>
            <numerusform>دولة واحدة</numerusform>
            <numerusform>دولتين</numerusform>
            <numerusform>%1 دول</numerusform>
            <numerusform>%1 دولة</numerusform>
            <numerusform>%1 دولة</numerusform>
        </translation>
    </message>
    <message>
        <source>states</source>
        <translation>دول</translation>
    </message>
    <message numerus="yes">
        <source>%1 states</source>
        <translation>
            <numerusform>%1 دولة</numerusform>
            <numerusform>دولة واحدة</numerusform>
            <numerusform>دولتين</numerusform>
            <numerusform>%1 دول</numerusform>
            <numerusform>%1 دولة</numerusform>
            <numerusform>%1 دولة</numerusform>
        </translation>
    </message>
    <message>
        <source>airstrikes</source>
        <translation>غارات جوية</translation>
    </message>
    <message numerus="yes">
        <source>%1 airstrikes</source>
        <translation>
            <numerusform>%1 غارة جوية</numerusform>
            <numerusform>غارة جوية واحدة</numerusform>
            <numerusform>غارتين جويتين</numerusform>
            <numerusform>%1 غارات جوية</numerusform>
            <numerusform>%1 غارة جوية</numerusform>
            <numerusform>%1 غارة جوية</numerusform>
        </translation>
    </message>
    <message>
        <source>strikes</source>
        <translation>ضربات</translation>
    </message>
    <message numerus="yes">
        <source>%1 strikes</source>
        <translation>
            <numerusform>%1 ضربة</numerusform>
            <numerusform>ضربة واحدة</numerusform>
            <numerusform>ضربتين</numerusform>
            <numerusform>%1 ضربات</numerusform>
            <numerusform>%1 ضربة</numerusform>
            <numerusform>%1 ضربة</numerusform>
        </translation>
    </message>
    <message>
        <source>attacks</source>
        <translation>هجمات</translation>
    </message>
    <message numerus="yes">
        <source>%1 attacks</source>
        <translation>
            <numerusform>%1 هجوم</numerusform>
            <numerusform>هجوم واحد</numerusform>
            <numerusform>هجومين</numerusform>
            <numerusform>%1 هجمات</numerusform>
            <numerusform>%1 هجومًا</numerusform>
            <numerusform>%1 هجوم</numerusform>
        </translation>
    </message>
    <message>
        <source>detainees</source>
        <translation>محتجزون</translation>
    </message>
    <message numerus="yes">
        <source>%1 detainees</source>
        <translation>
            <numerusform>%1 محتجز</numerusform>
            <numerusform>محتجز واحد</numerusform>
            <numerusform>محتجزين</numerusform>
            <numerusform>%1 محتجزين</numerusform>
            <numerusform>%1 محتجزًا</numerusform>
            <numerusform>%1 محتجز</numerusform>
        </translation>
    </message>
    <message>
        <source>operations</source>
        <translation>عمليات</translation>
    </message>
    <message numerus="yes">
        <source>%1 operations</source>
        <translation>
            <numerusform>%1 عملية</numerusform>
            <numerusform>عملية واحدة</numerusform>
            <numerusform>عمليتين</numerusform>
            <numerusform>%1 عمليات</numerusform>
            <numerusform>%1 عملية</numerusform>
            <numerusform>%1 عملية</numerusform>
        </translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message numerus="yes">
        <source>%1 US dollars</source>
        <translation>
            <numerusform>%1 دولار أمريكي</numerusform>
            <numerusform>دولار أمريكي واحد</numerusform>
            <numerusform>دولارين أمريكيين</numerusform>
            <numerusform>%1 دولارات أمريكية</numerusform>
            <numerusform>%1 دولارًا أمريكيًا</numerusform>
            <numerusform>%1 دولار أمريكي</numerusform>
        </translation>
    </message>
    <message>
        <source>km²</source>
        <translation>كم²</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 كم²</translation>
    </message>
    <message>
        <source>times the baseline</source>
        <translation>أضعاف خط الأساس</translation>
    </message>
    <message numerus="yes">
        <source>%1 times the baseline</source>
        <translation>
            <numerusform>%1 ضعف خط الأساس</numerusform>
            <numerusform>مثل خط الأساس</numerusform>
            <numerusform>ضعفي خط الأساس</numerusform>
            <numerusform>%1 أضعاف خط الأساس</numerusform>
            <numerusform>%1 ضعفًا لخط الأساس</numerusform>
            <numerusform>%1 ضعف خط الأساس</numerusform>
        </translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>% of the whole</source>
        <translation>٪ من الكل</translation>
    </message>
    <message>
        <source>qualified in the source (hover for the wording)</source>
        <translation>مقيَّد في المصدر (مرّر المؤشر لرؤية الصياغة)</translation>
    </message>
    <message>
        <source>%1 (widest reading of the source's words)</source>
        <translation>%1 (أوسع قراءة لتعبير المصدر)</translation>
    </message>
    <message>
        <source>%1 (qualified in the source)</source>
        <translation>%1 (مع تحفّظ في المصدر)</translation>
    </message>
    <message>
        <source>Protest or riot</source>
        <translation>احتجاج أو شغب</translation>
    </message>
    <message>
        <source>Violence against civilians</source>
        <translation>عنف ضد المدنيين</translation>
    </message>
</context>
<context>
    <name>ChartCatalog</name>
    <message>
        <source>Coalition troop deployments</source>
        <translation>انتشار قوات التحالف</translation>
    </message>
    <message>
        <source>Troops by country and theatre, as of the date each figure was reported</source>
        <translation>عدد القوات حسب الدولة والساحة، في تاريخ كل رقم كما ورد</translation>
    </message>
    <message>
        <source>Coalition airstrikes by theatre</source>
        <translation>غارات التحالف الجوية حسب الساحة</translation>
    </message>
    <message>
        <source>Airstrikes in Syria and Iraq, drawn over the period each count covers</source>
        <translation>الغارات الجوية في سوريا والعراق، مرسومةً على امتداد الفترة التي يغطيها كل رقم</translation>
    </message>
    <message>
        <source>ISIS attacks: counts and reported changes</source>
        <translation>هجمات داعش: الأعداد والتغيّرات المعلنة</translation>
    </message>
    <message>
        <source>Attack counts over their period, and percentage changes against their baseline</source>
        <translation>أعداد الهجمات على امتداد فتراتها، ونسب التغيّر مقارنةً بخط الأساس لكل منها</translation>
    </message>
    <message>
        <source>Estimates of ISIS strength</source>
        <translation>تقديرات القوة العددية لداعش</translation>
    </message>
    <message>
        <source>Fighters and members as estimated ranges and point estimates, by who estimated them</source>
        <translation>المقاتلون والأعضاء في نطاقات تقديرية وتقديرات مفردة، حسب الجهة المقدِّرة</translation>
    </message>
    <message>
        <source>Coalition membership over time</source>
        <translation>عضوية التحالف عبر الزمن</translation>
    </message>
    <message>
        <source>Coalition members and participating states, each count with its source</source>
        <translation>أعضاء التحالف والدول المشاركة فيه، كل عدد مع مصدره</translation>
    </message>
    <message>
        <source>Territory recovered from ISIS</source>
        <translation>الأراضي المستعادة من داعش</translation>
    </message>
    <message>
        <source>Share of the territory ISIS once held that was retaken, by theatre, as of each report</source>
        <translation>نسبة الأراضي التي سيطر عليها داعش سابقاً واستُعيدت، حسب الساحة، كما في تاريخ كل تقرير</translation>
    </message>
    <message>
        <source>Events by category</source>
        <translation>الأحداث حسب الفئة</translation>
    </message>
    <message>
        <source>Filtered events per month, for the most frequent categories</source>
        <translation>الأحداث المصفّاة في كل شهر، للفئات الأكثر تكرارًا</translation>
    </message>
    <message>
        <source>Events by actor</source>
        <translation>الأحداث حسب الجهة</translation>
    </message>
    <message>
        <source>Filtered events per year, by the first actor each event names</source>
        <translation>الأحداث المصفّاة في كل سنة، حسب أول جهة يذكرها كل حدث</translation>
    </message>
    <message>
        <source>Events by country</source>
        <translation>الأحداث حسب البلد</translation>
    </message>
    <message>
        <source>Filtered events per year, by the country of each event's first place</source>
        <translation>الأحداث المصفّاة في كل سنة، حسب بلد أول مكان لكل حدث</translation>
    </message>
    <message>
        <source>Events by place</source>
        <translation>الأحداث حسب المكان</translation>
    </message>
    <message>
        <source>Filtered events per year, at the most frequent first places</source>
        <translation>الأحداث المصفّاة في كل سنة، في الأماكن الأولى الأكثر تكرارًا</translation>
    </message>
    <message>
        <source>Fatalities by category</source>
        <translation>القتلى حسب الفئة</translation>
    </message>
    <message>
        <source>Sums of the fatalities the filtered events report, per year and category</source>
        <translation>مجموع القتلى الذين تذكرهم الأحداث المصفّاة، في كل سنة وفئة</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>%1, %2</source>
        <comment>outlet, publication date</comment>
        <translation>⁨%1⁩، %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between sources</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>No figure of this chart passes the current filter.</source>
        <translation>لا رقم في هذا المخطط يطابق عامل التصفية الحالي.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>range min–max</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Theatre not stated</source>
        <translation>الساحة غير مذكورة</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two theatres</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Estimator not stated</source>
        <translation>الجهة المقدِّرة غير مذكورة</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator in a series name</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>value, date (source outlet)</comment>
        <translation>%1، %2 (⁨%3⁩)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>value, date</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source> / </source>
        <comment>between metric names</comment>
        <translation> / </translation>
    </message>
    <message>
        <source>Levels as of a date</source>
        <translation>المستويات في تاريخ معيّن</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>metric (unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, logarithmic scale</source>
        <comment>axis title</comment>
        <translation>%1، بمقياس لوغاريتمي</translation>
    </message>
    <message>
        <source>Date of the figure</source>
        <translation>تاريخ الرقم</translation>
    </message>
    <message>
        <source>Counts over the period they cover</source>
        <translation>الأعداد على امتداد الفترة التي تغطيها</translation>
    </message>
    <message>
        <source>%1 in the period</source>
        <translation>%1 خلال الفترة</translation>
    </message>
    <message>
        <source>%1 in the period (%2)</source>
        <comment>metric (unit)</comment>
        <translation>%1 خلال الفترة (%2)</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>الفترة المشمولة</translation>
    </message>
    <message>
        <source>Reported changes against their baseline</source>
        <translation>التغيّرات المعلنة مقارنةً بخط الأساس لكل منها</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>التغيّر (٪)</translation>
    </message>
    <message>
        <source>Figures shown: %1, dated %2 to %3</source>
        <translation>الأرقام المعروضة: %1، مؤرخة من %2 إلى %3</translation>
    </message>
    <message>
        <source>Figures shown: %1, dated %2</source>
        <translation>الأرقام المعروضة: %1، بتاريخ %2</translation>
    </message>
    <message>
        <source>Figures shown: %1</source>
        <translation>الأرقام المعروضة: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>qualifier mark, then its meaning</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between qualifier words</comment>
        <translation> أو </translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation>العلامات: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between marks</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Whiskers and bars span a reported range (min–max); dots are point estimates.</source>
        <translation>تمتد الخطوط والأعمدة على نطاق معلن (الأدنى–الأعلى)؛ والنقاط تقديرات مفردة.</translation>
    </message>
    <message>
        <source>Dashed whiskers: a vague quantity in the source's words ("tens of thousands"), drawn as its widest reading; not an estimate.</source>
        <translation>الخطوط المتقطعة: كمية مبهمة بتعبير المصدر («عشرات الآلاف»)، مرسومة بأوسع قراءة لها؛ وليست تقديرًا.</translation>
    </message>
    <message>
        <source>Changes are percentages against each figure's own baseline, not levels.</source>
        <translation>التغيّرات نسب مئوية مقارنةً بخط الأساس الخاص بكل رقم، وليست مستويات.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>No actor named</source>
        <translation>بلا جهة مذكورة</translation>
    </message>
    <message>
        <source>No country known</source>
        <translation>بلا بلد معروف</translation>
    </message>
    <message>
        <source>No place named</source>
        <translation>بلا مكان مذكور</translation>
    </message>
    <message>
        <source>No event passes the current filter.</source>
        <translation>لا يجتاز أي حدث عامل التصفية الحالي.</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>في كل يوم</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>per ISO week</source>
        <translation>في كل أسبوع (ISO)</translation>
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <translation>الأسبوع (من الاثنين إلى الأحد)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>في كل شهر</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>في كل سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Fatalities: %1, reported by %2 filtered events, %3</source>
        <translation>القتلى: %1، تذكرهم %2 من الأحداث المصفّاة، %3</translation>
    </message>
    <message>
        <source>Filtered events: %1, %2</source>
        <translation>الأحداث المصفّاة: %1، %2</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Events with an uncertain date (a month, a year, a range) count in the bin of their first day.</source>
        <translation>تُحسب الأحداث ذات التاريخ غير المؤكد (شهر أو سنة أو مدة) في فترة يومها الأول.</translation>
    </message>
    <message>
        <source>Each event counts once, under its first actor or place.</source>
        <translation>يُحسب كل حدث مرة واحدة، تحت أول جهة أو مكان له.</translation>
    </message>
    <message>
        <source>Best fatality counts as the sources give them; events without a count add nothing.</source>
        <translation>أفضل أعداد القتلى كما تذكرها المصادر؛ لا تضيف الأحداث التي بلا عدد شيئًا.</translation>
    </message>
</context>
<context>
    <name>Gazetteer</name>
    <message>
        <source>Place names and coordinates: GeoNames (geonames.org), CC BY 4.0</source>
        <translation>أسماء الأماكن وإحداثياتها: GeoNames (geonames.org)، برخصة CC BY 4.0</translation>
    </message>
    <message>
        <source>Cannot read the gazetteer %1: %2</source>
        <translation>تعذّرت قراءة المعجم الجغرافي ⁨%1⁩: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a gazetteer row</source>
        <translation>⁨%1⁩، السطر %2: ليس سطرًا من المعجم الجغرافي</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>مشغّل SQLite في Qt ‏(QSQLITE) غير مثبّت</translation>
    </message>
    <message>
        <source>unknown SQLite error</source>
        <translation>خطأ غير معروف في SQLite</translation>
    </message>
    <message>
        <source>the SQLite driver gives no database handle</source>
        <translation>لا يعطي مشغّل SQLite مقبضًا لقاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Coalition Atlas</source>
        <translation>أطلس التحالف</translation>
    </message>
    <message>
        <source>Try 'coalition-atlas --help' for the options.</source>
        <translation>جرّب ⁨coalition-atlas --help⁩ لعرض الخيارات.</translation>
    </message>
    <message>
        <source>coalition-atlas: the dataset %1 was not loaded.</source>
        <translation>coalition-atlas: لم تُحمَّل مجموعة البيانات ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>تعذّر فتح مجموعة البيانات</translation>
    </message>
    <message>
        <source>%1 was not opened; the bundled dataset is shown instead.</source>
        <translation>لم يُفتح ⁨%1⁩؛ وتُعرض بدلًا منه مجموعة البيانات المرفقة.</translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation>لم يُفتح ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب ⁨%1⁩</translation>
    </message>
    <message>
        <source>Frame %1 of %2 (%3%)</source>
        <translation>الإطار %1 من %2 (%3٪)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>كُتب %n حدث في %1</numerusform>
            <numerusform>كُتب حدث واحد في %1</numerusform>
            <numerusform>كُتب حدثان في %1</numerusform>
            <numerusform>كُتبت %n أحداث في %1</numerusform>
            <numerusform>كُتب %n حدثًا في %1</numerusform>
            <numerusform>كُتب %n حدث في %1</numerusform>
        </translation>
    </message>
</context>
</TS>
