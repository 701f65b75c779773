<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg" sourcelanguage="en">
    <context>
        <name>AccountChoice</name>
        <message>
            <location filename="../../ui/detail/pickers.py" line="159" />
            <source>“%1”</source>
            <comment>a company's name quoted</comment>
            <translation>„%1“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="161" />
            <source>%1 are already accounts. Choose one from the list (Down), or save again to make “%2” a new one.</source>
            <translation>%1 вече са фирми. Изберете една от списъка (стрелка надолу) или запишете отново, за да стане „%2“ нова фирма.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="164" />
            <source>%1 is already an account. Choose it from the list (Down), or save again to make “%2” a new one.</source>
            <translation>%1 вече е фирма. Изберете я от списъка (стрелка надолу) или запишете отново, за да стане „%2“ нова фирма.</translation>
        </message>
    </context>
    <context>
        <name>AccountComparePanel</name>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="42" />
            <source>Choose a pair to compare.</source>
            <translation>Изберете двойка за сравнение.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="54" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="55" />
            <source>Industry</source>
            <translation>Отрасъл</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="56" />
            <source>Website</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="57" />
            <source>Phones</source>
            <translation>Телефони</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="58" />
            <source>People</source>
            <translation>Хора</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="59" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="62" />
            <source>&amp;Keep this one</source>
            <translation>&amp;Запази тази</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="62" />
            <source>Keep &amp;this one</source>
            <translation>Запази &amp;тази</translation>
        </message>
    </context>
    <context>
        <name>AccountDetailPane</name>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="31" />
            <source>Select an account to see its people, deals and history here.</source>
            <translation>Изберете фирма, за да видите тук нейните хора, сделки и история.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="46" />
            <source>Mail from %1</source>
            <translation>Поща от %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="48" />
            <source>Put mail from and to anyone at %1 on this company's timeline, not only your contacts' mail (from the next import or fetch)</source>
            <translation>Показвай в хронологията на тази фирма писмата от и до всеки в %1, а не само писмата на вашите контакти (от следващия импорт или изтегляне)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="57" />
            <source>Put mail from %1 on “%2”</source>
            <translation>Показвай пощата от %1 при „%2“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="57" />
            <source>Stop mail from %1 on “%2”</source>
            <translation>Спри пощата от %1 при „%2“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="90" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="104" />
            <source>Company</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="105" />
            <source>Industry</source>
            <translation>Отрасъл</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="106" />
            <source>Website</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="106" />
            <source>example.com</source>
            <translation>example.com</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="108" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="110" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="110" />
            <source>Add phone</source>
            <translation>Добави телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="113" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="113" />
            <source>Add address</source>
            <translation>Добави адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="115" />
            <source>Street, city, region, postal code, country — one per line</source>
            <translation>Улица, град, област, пощенски код, държава — всяко на нов ред</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="116" />
            <source>Notes and tags</source>
            <translation>Бележки и етикети</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="117" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="117" />
            <source>Add notes</source>
            <translation>Добави бележки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="122" />
            <source>More</source>
            <translation>Допълнително</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="130" />
            <source>People</source>
            <translation>Хора</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="130" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="241" />
            <source>Sync accounts</source>
            <translation>Акаунти за синхронизиране</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="273" />
            <source>Accounts</source>
            <translation>Акаунти</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="279" />
            <source>Address books and calendars</source>
            <translation>Адресни книги и календари</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="315" />
            <source>Add account…</source>
            <translation>Добави акаунт…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="317" />
            <source>&amp;Review the first sync…</source>
            <translation>Прегле&amp;дай първото синхронизиране…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="350" />
            <source>No account yet: add one to sync with a CardDAV/CalDAV server.</source>
            <translation>Все още няма акаунт: добавете такъв, за да синхронизирате със сървър CardDAV/CalDAV.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="354" />
            <source>%1 — last sync %2</source>
            <translation>%1 — последно синхронизиране: %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="357" />
            <source>Last error: %1</source>
            <translation>Последна грешка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="360" />
            <source>Not synced yet: it waits for you to review and start its first sync.</source>
            <translation>Още не е синхронизиран: очаква да прегледате и стартирате първото му синхронизиране.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="377" />
            <source>https://dav.example.com/, example.com or your e-mail address</source>
            <translation>https://dav.example.com/, example.com или вашият имейл адрес</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="378" />
            <source>Server address</source>
            <translation>Адрес на сървъра</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="380" />
            <source>User name</source>
            <translation>Потребителско име</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="383" />
            <source>Password</source>
            <translation>Парола</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="384" />
            <source>There is no keyring on this system: this password is kept until Rapport closes, and asked for again next time.</source>
            <translation>В тази система няма хранилище за пароли: паролата се пази, докато Rapport не бъде затворен, и ще бъде поискана отново следващия път.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="394" />
            <source>Send the password and the cards u&amp;nencrypted: this server has no https, and anyone on the network between can read them</source>
            <translation>Изпращай паролата и визитките &amp;нешифровани: този сървър няма https и всеки в мрежата по пътя може да ги прочете</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="409" />
            <source>Trust this server's certificate</source>
            <translation>Доверявай се на сертификата на този сървър</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="420" />
            <source>&amp;Server:</source>
            <translation>&amp;Сървър:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="421" />
            <source>&amp;User name:</source>
            <translation>Потре&amp;бителско име:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="422" />
            <source>&amp;Password:</source>
            <translation>Па&amp;рола:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="427" />
            <source>Looking for address books and calendars…</source>
            <translation>Търсене на адресни книги и календари…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="436" />
            <source>Add</source>
            <translation>Добави</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="461" />
            <source>Connect Rapport to the CardDAV/CalDAV server your office already uses (Nextcloud, Fastmail, iCloud, Radicale, Baïkal…). Its address books and calendars are found from the address.</source>
            <translation>Свържете Rapport със сървъра CardDAV/CalDAV, който офисът ви вече използва (Nextcloud, Fastmail, iCloud, Radicale, Baïkal…). Адресните книги и календарите му се откриват по адреса.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="486" />
            <source>This system has no keyring to keep passwords between sessions, so Rapport asks for the password of %1 each time it starts. Enter it for this session.</source>
            <translation>В тази система няма хранилище, което да пази паролите между сесиите, затова Rapport пита за паролата на %1 при всяко стартиране. Въведете я за тази сесия.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="489" />
            <source>Rapport has no password for %1 (the keyring does not hold one). Enter it; Rapport checks it with the server before syncing.</source>
            <translation>Rapport няма парола за %1 (в хранилището за пароли няма такава). Въведете я; Rapport ще я провери на сървъра преди синхронизиране.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="492" />
            <source>The server did not accept the password for %1. Enter it again; Rapport checks it with the server before syncing.</source>
            <translation>Сървърът не прие паролата за %1. Въведете я отново; Rapport ще я провери на сървъра преди синхронизиране.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="495" />
            <source>Check and save</source>
            <translation>Провери и запази</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="505" />
            <source>Stop waiting</source>
            <translation>Спри чакането</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="505" />
            <source>Cancel</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="543" />
            <source>Stopped waiting for the server. If it answers after all, the account appears in the list.</source>
            <translation>Чакането на сървъра е прекратено. Ако все пак отговори, акаунтът ще се появи в списъка.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="569" />
            <source>The DNS of %1 names %2, a server of another domain, as its address book and calendar server. Nothing was sent there. If that is your provider's server, tick the box and add again.</source>
            <translation>DNS записите на %1 посочват %2 — сървър от друг домейн — като сървър за адресни книги и календари. Нищо не е изпратено към него. Ако това е сървърът на вашия доставчик, отметнете полето и добавете отново.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="573" />
            <source>The server at %1 sent Rapport on to %2, another server. Nothing was sent there. If that is your provider's server, tick the box and add again.</source>
            <translation>Сървърът на %1 пренасочи Rapport към %2 — друг сървър. Нищо не е изпратено към него. Ако това е сървърът на вашия доставчик, отметнете полето и добавете отново.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="577" />
            <source>&amp;Go on to that server with this user name and password</source>
            <translation>&amp;Продължи към този сървър с това потребителско име и парола</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="599" />
            <source>The server's certificate is not signed by an authority this computer trusts. If this is your own server, compare the fingerprint below with the one the server shows, then trust it.</source>
            <translation>Сертификатът на сървъра не е подписан от удостоверяващ орган, на който този компютър има доверие. Ако това е ваш собствен сървър, сравнете отпечатъка по-долу с този, който показва сървърът, и едва тогава му се доверете.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="604" />
            <source>SHA-256 fingerprint:</source>
            <translation>Отпечатък SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="615" />
            <source>Added: %1 and %2. Choose below what syncs and where new items go, then review the first sync.</source>
            <translation>Добавени: %1 и %2. Изберете по-долу какво да се синхронизира и къде да отиват новите елементи, след това прегледайте първото синхронизиране.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/accounts_dialog.py" line="616" />
            <source>%n address book(s)</source>
            <translation>
                <numerusform>%n адресна книга</numerusform>
                <numerusform>%n адресни книги</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/accounts_dialog.py" line="617" />
            <source>%n calendar(s)</source>
            <translation>
                <numerusform>%n календар</numerusform>
                <numerusform>%n календара</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="619" />
            <source>There is no keyring on this system: the password is kept until Rapport closes.</source>
            <translation>В тази система няма хранилище за пароли: паролата се пази, докато Rapport не бъде затворен.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="643" />
            <source>Nothing is sent or fetched until you start. To change what syncs, or where new contacts, meetings and tasks go, choose the collections first.</source>
            <translation>Нищо не се изпраща и не се изтегля, докато не започнете. За да промените какво се синхронизира или къде отиват новите контакти, срещи и задачи, първо изберете колекциите.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="647" />
            <source>&amp;Start syncing</source>
            <translation>&amp;Започни синхронизирането</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="649" />
            <source>&amp;Choose collections…</source>
            <translation>&amp;Избери колекции…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="651" />
            <source>&amp;Not now</source>
            <translation>Не се&amp;га</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="671" />
            <source>Before the first sync with %1</source>
            <translation>Преди първото синхронизиране с %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="672" />
            <source>Reading what is here and what the server holds…</source>
            <translation>Прочитане на данните тук и на сървъра…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="684" />
            <source>No collection of this account is chosen to sync: choose the collections first.</source>
            <translation>Не е избрана нито една колекция на този акаунт за синхронизиране: първо изберете колекциите.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="691" />
            <source>Could not read what the first sync would do: %1</source>
            <translation>Не може да се установи какво ще направи първото синхронизиране: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="697" />
            <source>The first sync has started; it goes on in the background.</source>
            <translation>Първото синхронизиране започна; то продължава във фонов режим.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="704" />
            <source>The account waits: nothing syncs with it until you review and start its first sync.</source>
            <translation>Акаунтът чака: нищо не се синхронизира с него, докато не прегледате и стартирате първото му синхронизиране.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="16" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="16" />
            <source>Industry</source>
            <translation>Отрасъл</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="17" />
            <source>Website</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="17" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="18" />
            <source>City</source>
            <translation>Град</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="18" />
            <source>Updated</source>
            <translation>Променено</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="21" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="22" />
            <source>Any phone</source>
            <translation>Който и да е телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="23" />
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="24" />
            <source>Tags</source>
            <translation>Етикети</translation>
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/canvas.py" line="527" />
            <source>+%n more</source>
            <translation>
                <numerusform>+ още %n</numerusform>
                <numerusform>+ още %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="59" />
            <source>Today</source>
            <translation>Днес</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="60" />
            <source>Go to today (T)</source>
            <translation>Към днешния ден (T)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="63" />
            <source>Previous (Page Up)</source>
            <translation>Назад (Page Up)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="64" />
            <source>Previous</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="67" />
            <source>Next (Page Down)</source>
            <translation>Напред (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="68" />
            <source>Next</source>
            <translation>Напред</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="78" />
            <source>Day</source>
            <translation>Ден</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="78" />
            <source>Week</source>
            <translation>Седмица</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="79" />
            <source>Month</source>
            <translation>Месец</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="83" />
            <source>%1 view (%2)</source>
            <translation>Изглед „%1“ (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="87" />
            <location filename="../../ui/calendar/calendar_view.py" line="257" />
            <source>New meeting</source>
            <translation>Нова среща</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="88" />
            <source>New meeting (Ctrl+N)</source>
            <translation>Нова среща (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="92" />
            <source>Calendar</source>
            <translation>Календар</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="212" />
            <source>Could not move</source>
            <translation>Неуспешно преместване</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="305" />
            <source>Move a repeating meeting</source>
            <translation>Преместване на повтаряща се среща</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="306" />
            <source>“%1” repeats. Move only this event, or all events of the series?</source>
            <translation>„%1“ се повтаря. Да се премести ли само това събитие или всички събития от поредицата?</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="308" />
            <source>This event</source>
            <translation>Само това събитие</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="309" />
            <source>All events</source>
            <translation>Всички събития</translation>
        </message>
    </context>
    <context>
        <name>CandidatesModel</name>
        <message>
            <location filename="../../ui/duplicates/model.py" line="50" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="50" />
            <source>Account</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Possible duplicate</source>
            <translation>Възможен дубликат</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Why</source>
            <translation>Защо</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="75" />
            <source>%1 in 100: how likely the two are the same company</source>
            <translation>%1 от 100: колко вероятно е двете да са една и съща фирма</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="77" />
            <source>%1 in 100: how likely the two are the same person</source>
            <translation>%1 от 100: колко вероятно е двамата да са един и същ човек</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="82" />
            <source>score %1</source>
            <translation>оценка %1</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../ui/pipeline/card_delegate.py" line="140" />
            <source>%1 d</source>
            <comment>days in the current stage</comment>
            <translation>%1 д.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="114" />
            <source>Next step overdue</source>
            <translation>Следващата стъпка е просрочена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="115" />
            <source>Next step today</source>
            <translation>Следващата стъпка е днес</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="116" />
            <source>Next step planned</source>
            <translation>Следващата стъпка е планирана</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="117" />
            <source>No next step planned</source>
            <translation>Няма планирана следваща стъпка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="131" />
            <source>expected to close %1</source>
            <translation>очаквано приключване %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/look.py" line="134" />
            <source>%n day(s) in this stage</source>
            <translation>
                <numerusform>%n ден на този етап</numerusform>
                <numerusform>%n дни на този етап</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="136" />
            <source>owner %1</source>
            <translation>отговорник %1</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="76" />
            <source>Save as PNG…</source>
            <translation>Запиши като PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="78" />
            <source>Export numbers (CSV)…</source>
            <translation>Експортирай данните (CSV)…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="85" />
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="86" />
            <source>Save this chart as an image or its numbers as CSV</source>
            <translation>Запишете диаграмата като изображение или данните ѝ като CSV</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="87" />
            <source>Export %1</source>
            <translation>Експорт: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="139" />
            <source>Save chart as PNG</source>
            <translation>Запиши диаграмата като PNG</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="140" />
            <source>PNG images (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="142" />
            <source>Save as PNG</source>
            <translation>Запиши като PNG</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="142" />
            <source>Could not write %1.</source>
            <translation>Не може да се запише %1.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="145" />
            <location filename="../../ui/dashboard/panels.py" line="152" />
            <source>Export numbers</source>
            <translation>Експорт на данните</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="146" />
            <source>CSV files (*.csv)</source>
            <translation>Файлове CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="152" />
            <source>Could not write %1: %2</source>
            <translation>Не може да се запише %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ColumnFilter</name>
        <message>
            <location filename="../../ui/views/column_filter.py" line="18" />
            <source>is</source>
            <translation>е</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="18" />
            <source>is not</source>
            <translation>не е</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="19" />
            <source>contains</source>
            <translation>съдържа</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="20" />
            <source>is less than</source>
            <translation>е по-малко от</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="21" />
            <source>is more than</source>
            <translation>е повече от</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="22" />
            <source>is empty</source>
            <translation>е празно</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="23" />
            <source>is filled in</source>
            <translation>е попълнено</translation>
        </message>
    </context>
    <context>
        <name>ColumnFilterDialog</name>
        <message>
            <location filename="../../ui/views/column_filter.py" line="41" />
            <source>Filter by %1</source>
            <translation>Филтър по „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="44" />
            <source>How</source>
            <translation>Условие</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="49" />
            <source>Value</source>
            <translation>Стойност</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="52" />
            <source>A date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="54" />
            <source>Yes or no</source>
            <translation>Да или не</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="65" />
            <source>Show only the rows where</source>
            <translation>Показвай само редовете, в които</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="87" />
            <source>Type the value to compare with.</source>
            <translation>Въведете стойността за сравнение.</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../ui/palette.py" line="161" />
            <source>Go to or run</source>
            <translation>Отиди или изпълни</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="164" />
            <source>Type a command or the name of a record</source>
            <translation>Въведете команда или име на запис</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="165" />
            <source>Command or record</source>
            <translation>Команда или запис</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>Name shown</source>
            <translation>Показвано име</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>Prefix</source>
            <translation>Обръщение</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>First name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Middle name</source>
            <translation>Презиме</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Suffix</source>
            <translation>Суфикс</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Nickname</source>
            <translation>Прякор</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Job title</source>
            <translation>Длъжност</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Birthday</source>
            <translation>Рожден ден</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Anniversary</source>
            <translation>Годишнина</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Photo</source>
            <translation>Снимка</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="79" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="120" />
            <source>Select a pair to compare the two contacts.</source>
            <translation>Изберете двойка, за да сравните двата контакта.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="139" />
            <source>Keep “%1”</source>
            <translation>Запази „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="140" />
            <source>This record stays, with its history; the other one goes to the Trash.</source>
            <translation>Този запис остава заедно с историята си; другият отива в Кошчето.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="143" />
            <source>Added %1</source>
            <translation>Добавен %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="170" />
            <source>Keep both notes</source>
            <translation>Запази и двете бележки</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="179" />
            <source>Combined: every e-mail address, phone number, address, website and company of both is kept, and so are their activities, deals, tasks and tags.</source>
            <translation>Обединено: запазват се всички имейл адреси, телефонни номера, адреси, уебсайтове и фирми на двамата, както и техните дейности, сделки, задачи и етикети.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="223" />
            <source>Linked photo: %1</source>
            <translation>Снимка по връзка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="237" />
            <source>A photo that cannot be shown (%1)</source>
            <translation>Снимка, която не може да се покаже (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="253" />
            <source>(photo)</source>
            <translation>(снимка)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="254" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="254" />
            <source>empty</source>
            <translation>празно</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>Company</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Website</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="292" />
            <source>Related</source>
            <translation>Свързани лица</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="292" />
            <source>Dates</source>
            <translation>Дати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="217" />
            <source>Select a conflict to compare the two versions.</source>
            <translation>Изберете конфликт, за да сравните двете версии.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="238" />
            <source>Both sides changed these fields differently since the last sync. The record shows the server's values until you choose; everything else was merged.</source>
            <translation>От последното синхронизиране насам двете страни са променили тези полета по различен начин. Докато не изберете, записът показва стойностите от сървъра; всичко останало е обединено.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="244" />
            <source>On this computer</source>
            <translation>На този компютър</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="244" />
            <source>On the server</source>
            <translation>На сървъра</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="263" />
            <source>(empty)</source>
            <translation>(празно)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="268" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="269" />
            <source>this computer</source>
            <translation>този компютър</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="269" />
            <source>server</source>
            <translation>сървър</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="275" />
            <source>One version could not be read: %1</source>
            <translation>Една от версиите не може да бъде прочетена: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="281" />
            <source>Keep mine</source>
            <translation>Запази моята</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="282" />
            <source>Put this computer's values back; the next sync uploads them.</source>
            <translation>Върни стойностите от този компютър; следващото синхронизиране ще ги качи на сървъра.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="284" />
            <source>Keep server's</source>
            <translation>Запази тази от сървъра</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="285" />
            <source>Keep the server's values, which the record already shows.</source>
            <translation>Запази стойностите от сървъра, които записът вече показва.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="303" />
            <source>Sync conflicts</source>
            <translation>Конфликти при синхронизиране</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="341" />
            <source>No conflicts. When both sides change the same field differently, the two versions wait here for you to choose.</source>
            <translation>Няма конфликти. Когато двете страни променят едно и също поле по различен начин, двете версии чакат тук да изберете.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="405" />
            <source>The conflicts could not be read: %1</source>
            <translation>Конфликтите не могат да бъдат прочетени: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="440" />
            <source>Could not settle this conflict: %1</source>
            <translation>Този конфликт не може да бъде разрешен: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactDetailPane</name>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="84" />
            <source>Select a contact to see everything about them here.</source>
            <translation>Изберете контакт, за да видите тук всичко за него.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="109" />
            <source>%1 at %2</source>
            <translation>%1 в %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="115" />
            <location filename="../../ui/detail/contact_pane.py" line="130" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="131" />
            <source>Given name</source>
            <translation>Собствено име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="131" />
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="132" />
            <source>Middle name</source>
            <translation>Презиме</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="132" />
            <source>Prefix</source>
            <translation>Обръщение</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="133" />
            <source>Suffix</source>
            <translation>Суфикс</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="133" />
            <source>Nickname</source>
            <translation>Прякор</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="135" />
            <source>Work</source>
            <translation>Работа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="135" />
            <source>Job title</source>
            <translation>Длъжност</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="136" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="143" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="144" />
            <source>Add organisation</source>
            <translation>Добави организация</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="147" />
            <source>Role</source>
            <translation>Роля</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="149" />
            <source>Role there, such as Buyer</source>
            <translation>Роля там, например „Купувач“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="150" />
            <source>Contact</source>
            <translation>За връзка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="152" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="152" />
            <source>Add e-mail</source>
            <translation>Добави имейл</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="153" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="156" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="156" />
            <source>Add phone</source>
            <translation>Добави телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="159" />
            <source>Web</source>
            <translation>Уеб</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="159" />
            <source>Add web address</source>
            <translation>Добави уеб адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="162" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="162" />
            <source>Add address</source>
            <translation>Добави адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="164" />
            <source>Street, city, region, postal code, country — one per line</source>
            <translation>Улица, град, област, пощенски код, държава — всяко на нов ред</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="166" />
            <source>Messaging</source>
            <translation>Месинджъри</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="166" />
            <source>Add messaging</source>
            <translation>Добави месинджър</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="168" />
            <source>Service: name, such as skype: ann.lee</source>
            <translation>Услуга: име, например skype: ann.lee</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="169" />
            <source>Personal</source>
            <translation>Лично</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="170" />
            <source>Birthday</source>
            <translation>Рожден ден</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="171" />
            <location filename="../../ui/detail/contact_pane.py" line="173" />
            <location filename="../../ui/detail/contact_pane.py" line="179" />
            <source>A date, or --MM-DD without the year</source>
            <translation>Дата или --MM-DD без година</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="172" />
            <source>Anniversary</source>
            <translation>Годишнина</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="176" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="176" />
            <source>Add a date</source>
            <translation>Добави дата</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="181" />
            <source>Related</source>
            <translation>Свързани лица</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="181" />
            <source>Add a related person</source>
            <translation>Добави свързано лице</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="183" />
            <source>Notes and tags</source>
            <translation>Бележки и етикети</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="184" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="184" />
            <source>Add notes</source>
            <translation>Добави бележки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="189" />
            <source>More</source>
            <translation>Допълнително</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="217" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="16" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="16" />
            <source>Company</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="17" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="17" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="18" />
            <source>City</source>
            <translation>Град</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="18" />
            <source>Updated</source>
            <translation>Променено</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="21" />
            <source>Job title</source>
            <translation>Длъжност</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="22" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="23" />
            <source>Nickname</source>
            <translation>Прякор</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="24" />
            <source>Birthday</source>
            <translation>Рожден ден</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="25" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="26" />
            <source>Any e-mail</source>
            <translation>Който и да е имейл</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="27" />
            <source>Any phone</source>
            <translation>Който и да е телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="28" />
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="29" />
            <source>Tags</source>
            <translation>Етикети</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="52" />
            <source>Currencies and Exchange Rates</source>
            <translation>Валути и обменни курсове</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="54" />
            <source>Totals over deals in several currencies are added up in the home currency, each deal at the rate of its date. Rates are units of a currency one euro buys, as the European Central Bank publishes them.</source>
            <translation>Сборовете от сделки в няколко валути се изчисляват в основната валута, всяка сделка по курса към нейната дата. Курсовете показват колко единици от дадена валута струва едно евро, както ги публикува Европейската централна банка.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="62" />
            <source>Home currency</source>
            <translation>Основна валута</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="65" />
            <source>&amp;Use</source>
            <translation>&amp;Използвай</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="71" />
            <source>&amp;Home currency:</source>
            <translation>&amp;Основна валута:</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="78" />
            <source>Exchange rates</source>
            <translation>Обменни курсове</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="79" />
            <location filename="../../ui/currencies_dialog.py" line="88" />
            <source>Currency</source>
            <translation>Валута</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="79" />
            <location filename="../../ui/currencies_dialog.py" line="93" />
            <source>Units per euro</source>
            <translation>Единици за едно евро</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="79" />
            <location filename="../../ui/currencies_dialog.py" line="96" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="80" />
            <source>From</source>
            <translation>Източник</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="100" />
            <source>&amp;Set Rate</source>
            <translation>&amp;Задай курс</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="105" />
            <source>&amp;Rate of</source>
            <translation>&amp;Курс на</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="107" />
            <source>to one euro, from</source>
            <translation>за едно евро, от</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="110" />
            <source>Remo&amp;ve the Rate</source>
            <translation>Пре&amp;махни курса</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="112" />
            <source>&amp;Import the ECB's File…</source>
            <translation>Импортирай &amp;файла на ECB…</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="114" />
            <source>eurofxref.csv or eurofxref-hist.csv from the European Central Bank's site, unzipped</source>
            <translation>eurofxref.csv или eurofxref-hist.csv от сайта на Европейската централна банка, разархивиран</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="159" />
            <source>No rates yet: type one below, or import the European Central Bank's file.</source>
            <translation>Все още няма курсове: въведете курс по-долу или импортирайте файла на Европейската централна банка.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="167" />
            <source>the ECB</source>
            <translation>ECB</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="167" />
            <source>typed</source>
            <translation>въведен ръчно</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="183" />
            <source>Use %1 as the home currency</source>
            <translation>Използвай %1 като основна валута</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="190" />
            <source>Totals are added up in %1.</source>
            <translation>Сборовете се изчисляват в %1.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="196" />
            <source>Set the rate of %1</source>
            <translation>Задай курса на %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="204" />
            <source>One euro buys %1 %2 from %3.</source>
            <translation>От %3 едно евро струва %1 %2.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="214" />
            <source>Remove the rate of %1</source>
            <translation>Премахни курса на %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="220" />
            <source>Import the ECB's Rates</source>
            <translation>Импортиране на курсовете на ECB</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="221" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файлове CSV (*.csv);;Всички файлове (*)</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="226" />
            <source>Reading %1…</source>
            <translation>Четене на %1…</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="228" />
            <source>Import the rates of %1</source>
            <translation>Импортирай курсовете от %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="239" />
            <source>%1 days of %2 currencies read: %3 rates added, %4 changed.</source>
            <translation>Прочетени дни: %1, валути: %2; добавени курсове: %3, променени: %4.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/currencies_dialog.py" line="246" />
            <source>and %n more left out</source>
            <translation>
                <numerusform>и още %n пропуснат</numerusform>
                <numerusform>и още %n пропуснати</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="44" />
            <source>Contacts</source>
            <translation>Контакти</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="45" />
            <source>Accounts</source>
            <translation>Фирми</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="46" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="47" />
            <source>Activities</source>
            <translation>Дейности</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="48" />
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="49" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="50" />
            <source>Long text</source>
            <translation>Дълъг текст</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="51" />
            <source>Number</source>
            <translation>Число</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="52" />
            <source>Money</source>
            <translation>Сума</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="53" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="54" />
            <source>Choice</source>
            <translation>Избор</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="55" />
            <source>Several choices</source>
            <translation>Множествен избор</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="56" />
            <source>Checkbox</source>
            <translation>Отметка</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="57" />
            <source>Link to a contact</source>
            <translation>Връзка към контакт</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="58" />
            <source>Link to an account</source>
            <translation>Връзка към фирма</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="59" />
            <source>An amount, such as 1200.50 EUR</source>
            <translation>Сума, например 1200,50 EUR</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="61" />
            <source>A number</source>
            <translation>Число</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="64" />
            <source>A date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="76" />
            <source>%1 (not on this computer)</source>
            <translation>%1 (не е на този компютър)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="78" />
            <source>Type a contact's name</source>
            <translation>Въведете името на контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="79" />
            <source>Type an account's name</source>
            <translation>Въведете името на фирма</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsBox</name>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="158" />
            <source>Add</source>
            <translation>Добави</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="184" />
            <source>Edit %1</source>
            <translation>Редактиране на %1</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="177" />
            <source>Custom Fields</source>
            <translation>Допълнителни полета</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="179" />
            <source>Fields you add show in the records' panes, are searched, and go into exported files and to the office's other computers. A removed field waits in the Trash with its values.</source>
            <translation>Полетата, които добавите, се показват в панелите на записите, участват в търсенето и влизат в експортираните файлове и в другите компютри на офиса. Премахнатото поле чака в Кошчето заедно със стойностите си.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="183" />
            <source>Fields of</source>
            <translation>Полета на</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="189" />
            <source>&amp;Fields of:</source>
            <translation>&amp;Полета на:</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="196" />
            <source>Fields</source>
            <translation>Полета</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Label</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Choices</source>
            <translation>Варианти</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="207" />
            <source>&amp;Add…</source>
            <translation>&amp;Добави…</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="209" />
            <source>&amp;Change…</source>
            <translation>Пром&amp;ени…</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="211" />
            <source>Move &amp;Up</source>
            <translation>Премести на&amp;горе</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="213" />
            <source>Move &amp;Down</source>
            <translation>Премести надо&amp;лу</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="215" />
            <source>&amp;Remove</source>
            <translation>Пре&amp;махни</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="270" />
            <source>No fields of %1 yet: Add… makes one.</source>
            <translation>Все още няма полета за „%1“: бутонът „Добави…“ създава поле.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="329" />
            <source>Saved: %1.</source>
            <translation>Записано: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="338" />
            <source>Remove the field “%1”</source>
            <translation>Премахване на полето „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="345" />
            <source>“%1” is in the Trash with its values: restore it there, or undo it once this closes.</source>
            <translation>„%1“ е в Кошчето заедно със стойностите си: възстановете го оттам или отменете действието, след като този прозорец се затвори.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="353" />
            <source>Move the field “%1”</source>
            <translation>Преместване на полето „%1“</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/dashboard/report.py" line="145" />
            <source>Dashboard — %1</source>
            <translation>Табло — %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="146" />
            <source>no pipeline</source>
            <translation>няма фуния</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="150" />
            <source>As of %1</source>
            <translation>Към %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="156" />
            <source>Key figure</source>
            <translation>Ключов показател</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="157" />
            <source>Value</source>
            <translation>Стойност</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="158" />
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="183" />
            <source>The oldest %1 of %2.</source>
            <translation>Най-старите %1 от %2.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="187" />
            <source>No overdue tasks.</source>
            <translation>Няма просрочени задачи.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/texts.py" line="94" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/texts.py" line="101" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ден</numerusform>
                <numerusform>%n дни</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/dashboard/report.py" line="169" />
            <location filename="../../ui/dashboard/view.py" line="260" />
            <source>All, in %1 ≈</source>
            <translation>Всички, в %1 ≈</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="71" />
            <source>Pipeline</source>
            <translation>Фуния</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="73" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This month</source>
            <translation>Този месец</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This quarter</source>
            <translation>Това тримесечие</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This year</source>
            <translation>Тази година</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="75" />
            <source>Last 12 months</source>
            <translation>Последните 12 месеца</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="75" />
            <source>Custom range</source>
            <translation>Произволен период</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="80" />
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="80" />
            <source>To</source>
            <translation>До</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="85" />
            <source>Print report (PDF)…</source>
            <translation>Отпечатай отчет (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="86" />
            <source>Write the whole dashboard to a PDF file</source>
            <translation>Запиши цялото табло в PDF файл</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="88" />
            <source>&amp;Pipeline</source>
            <translation>Фу&amp;ния</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="90" />
            <source>Peri&amp;od</source>
            <translation>П&amp;ериод</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="102" />
            <source>Win rate</source>
            <translation>Процент спечелени</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="103" />
            <source>Average days to close</source>
            <translation>Средно дни до приключване</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="104" />
            <source>Open pipeline</source>
            <translation>Отворени сделки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="105" />
            <source>Overdue tasks</source>
            <translation>Просрочени задачи</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="111" />
            <source>Open deals by stage</source>
            <translation>Отворени сделки по етапи</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="114" />
            <source>Forecast by month</source>
            <translation>Прогноза по месеци</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="116" />
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Currency</source>
            <translation>Валута</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="118" />
            <source>One currency's deals, or (with a home currency and rates) every currency added up in the home one</source>
            <translation>Сделките в една валута или (при зададени основна валута и курсове) всички валути, сумирани в основната</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="120" />
            <source>Activities per week</source>
            <translation>Дейности на седмица</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="130" />
            <location filename="../../ui/dashboard/view.py" line="137" />
            <source>Oldest overdue tasks</source>
            <translation>Най-старите просрочени задачи</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="168" />
            <source>No deals yet</source>
            <translation>Все още няма сделки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="174" />
            <source>The dashboard shows your open pipeline, the forecast by month, your win rate and how busy the weeks were once there are deals. Add your first deal — or create deals from an account or a contact's page — and come back here.</source>
            <translation>Щом има сделки, таблото показва отворените ви сделки, прогнозата по месеци, процента спечелени сделки и колко натоварени са били седмиците. Добавете първата си сделка — или създайте сделки от страницата на фирма или контакт — и се върнете тук.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="183" />
            <source>New deal…</source>
            <translation>Нова сделка…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="278" />
            <source>No deal of this pipeline closed in the period</source>
            <translation>Нито една сделка от тази фуния не е приключена през периода</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="280" />
            <source>%1 won · %2 lost</source>
            <translation>%1 спечелени · %2 загубени</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="283" />
            <source>No deal won in the period</source>
            <translation>Няма спечелена сделка през периода</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="286" />
            <source>from creation to won, over %n deal(s)</source>
            <translation>
                <numerusform>от създаването до спечелването, за %n сделка</numerusform>
                <numerusform>от създаването до спечелването, за %n сделки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="298" />
            <location filename="../../ui/dashboard/view.py" line="308" />
            <source>and %n more currency(ies)</source>
            <translation>
                <numerusform>и още %n валута</numerusform>
                <numerusform>и още %n валути</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="300" />
            <location filename="../../ui/dashboard/view.py" line="335" />
            <source>≈ %1</source>
            <translation>≈ %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="302" />
            <location filename="../../ui/dashboard/view.py" line="310" />
            <location filename="../../ui/dashboard/view.py" line="313" />
            <source>%n open deal(s) now</source>
            <translation>
                <numerusform>%n отворена сделка в момента</numerusform>
                <numerusform>%n отворени сделки в момента</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="318" />
            <source>The oldest was due %1</source>
            <translation>Най-старата е била с краен срок %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="320" />
            <source>Nothing overdue</source>
            <translation>Няма просрочени</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="331" />
            <location filename="../../ui/dashboard/view.py" line="338" />
            <source>+%1</source>
            <translation>+%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="339" />
            <location filename="../../ui/dashboard/view.py" line="341" />
            <location filename="../../ui/dashboard/view.py" line="374" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n сделка</numerusform>
                <numerusform>%n сделки</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="344" />
            <source>%1 — %2 % probability</source>
            <translation>%1 — вероятност %2 %</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="346" />
            <location filename="../../ui/dashboard/view.py" line="377" />
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%n отворена сделка</numerusform>
                <numerusform>%n отворени сделки</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="347" />
            <source>Click to open this stage on the board</source>
            <translation>Щракнете, за да отворите този етап на дъската</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="351" />
            <source>No open deals in this pipeline.</source>
            <translation>Няма отворени сделки в тази фуния.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="353" />
            <source>Now, whatever the period. Click a stage to open it.</source>
            <translation>Към момента, независимо от периода. Щракнете върху етап, за да го отворите.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="366" />
            <source>Not in it: %n currency(ies) with no rate (%1)</source>
            <translation>
                <numerusform>Не е включена: %n валута без курс (%1)</numerusform>
                <numerusform>Не са включени: %n валути без курс (%1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="373" />
            <source>Won: %1 (%2)</source>
            <translation>Спечелени: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="375" />
            <source>Weighted forecast: %1 (%2, %3 in total)</source>
            <translation>Претеглена прогноза: %1 (%2, общо %3)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="379" />
            <source>Every currency with a rate, each deal at the rate of its date</source>
            <translation>Всички валути с курс, всяка сделка по курса към нейната дата</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="385" />
            <source>Won</source>
            <translation>Спечелени</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="386" />
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Weighted forecast</source>
            <translation>Претеглена прогноза</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="390" />
            <source>Nothing won or expected to close in %1 in this period.</source>
            <translation>През този период няма нищо спечелено или очаквано за приключване в %1.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="401" />
            <source>No deal of this pipeline has an amount yet.</source>
            <translation>Все още нито една сделка от тази фуния няма сума.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="403" />
            <source>Open deals by expected close, weighted by probability, beside deals won in each month.</source>
            <translation>Отворените сделки по очаквана дата на приключване, претеглени по вероятност, редом със спечелените сделки за всеки месец.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="414" />
            <source>Week of %1: %2</source>
            <translation>Седмица от %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="427" />
            <source>No calls, meetings, e-mails or notes logged in this period yet.</source>
            <translation>Все още няма записани обаждания, срещи, имейли или бележки за този период.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="434" />
            <source>All pipelines, up to today.</source>
            <translation>Всички фунии, до днес.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="442" />
            <source>No overdue tasks. Well done.</source>
            <translation>Няма просрочени задачи. Браво!</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="444" />
            <source>The oldest %1 of %2. Double-click one to open it.</source>
            <translation>Най-старите %1 от %2. Щракнете двукратно върху някоя, за да я отворите.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="447" />
            <source>Double-click a task to open it.</source>
            <translation>Щракнете двукратно върху задача, за да я отворите.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>Calls</source>
            <translation>Обаждания</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>Meetings</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>E-mails</source>
            <translation>Имейли</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="452" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <source>Probability (%)</source>
            <translation>Вероятност (%)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Open deals</source>
            <translation>Отворени сделки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="460" />
            <source>Amount %1</source>
            <translation>Сума %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Month</source>
            <translation>Месец</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Open amount</source>
            <translation>Сума на отворените</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Won deals</source>
            <translation>Спечелени сделки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Won amount</source>
            <translation>Сума на спечелените</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="481" />
            <source>Week starting</source>
            <translation>Начало на седмицата</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="481" />
            <source>Total</source>
            <translation>Общо</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="497" />
            <source>Dashboard</source>
            <translation>Табло</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="498" />
            <source>Print report (PDF)</source>
            <translation>Отпечатване на отчет (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="498" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлове PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="504" />
            <source>Print report</source>
            <translation>Отпечатване на отчет</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="504" />
            <source>Could not write %1: %2</source>
            <translation>Не може да се запише %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../ui/qt_dates.py" line="70" />
            <source>“%1” is not a date (write it as %2, or 2026-03-15)</source>
            <translation>„%1“ не е дата (напишете я като %2 или 2026-03-15)</translation>
        </message>
    </context>
    <context>
        <name>DealDetailPane</name>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="237" />
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="251" />
            <source>Won</source>
            <translation>Спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="252" />
            <source>Lost…</source>
            <translation>Загубена…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="253" />
            <source>Reopen</source>
            <translation>Отвори отново</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="254" />
            <source>Move to Trash</source>
            <translation>Премести в Кошчето</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="264" />
            <source>Private</source>
            <translation>Лична</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="266" />
            <source>Only you see this deal: sync puts it in your own calendar, never in the office's (with no calendar of your own it stays on this computer)</source>
            <translation>Само вие виждате тази сделка: синхронизирането я поставя във вашия собствен календар, никога в този на офиса (ако нямате собствен календар, тя остава на този компютър)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="277" />
            <source>Amount</source>
            <translation>Сума</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="278" />
            <source>Currency</source>
            <translation>Валута</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="282" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="286" />
            <source>Probability</source>
            <translation>Вероятност</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="287" />
            <source>The stage's probability unless you set one for this deal</source>
            <translation>Вероятността на етапа, освен ако не зададете друга за тази сделка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="289" />
            <source>Expected close</source>
            <translation>Очаквано приключване</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="290" />
            <location filename="../../ui/pipeline/deal_detail.py" line="732" />
            <source>Account</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="291" />
            <location filename="../../ui/pipeline/deal_detail.py" line="661" />
            <source>Add</source>
            <translation>Добави</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="298" />
            <source>Pipeline</source>
            <translation>Фуния</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="300" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="307" />
            <source>Lead source</source>
            <translation>Източник</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="312" />
            <source>&amp;Probability:</source>
            <translation>&amp;Вероятност:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="314" />
            <source>Pipe&amp;line:</source>
            <translation>&amp;Фуния:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="316" />
            <source>Account:</source>
            <translation>Фирма:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="318" />
            <source>Amount:</source>
            <translation>Сума:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="319" />
            <source>Currency:</source>
            <translation>Валута:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="321" />
            <source>Expected close:</source>
            <translation>Очаквано приключване:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="322" />
            <source>Owner:</source>
            <translation>Отговорник:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="323" />
            <source>Lead source:</source>
            <translation>Източник:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="324" />
            <source>Created:</source>
            <translation>Създадена:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="336" />
            <source>Type a name to add a contact</source>
            <translation>Въведете име, за да добавите контакт</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="337" />
            <source>Add a person to this deal</source>
            <translation>Добави човек към тази сделка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Entered</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="343" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="343" />
            <source>Due</source>
            <translation>Краен срок</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="346" />
            <source>Activity</source>
            <translation>Дейност</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="346" />
            <source>When</source>
            <translation>Кога</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="368" />
            <source>People</source>
            <translation>Хора</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="371" />
            <source>Stage history</source>
            <translation>История на етапите</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="373" />
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="375" />
            <source>Activities</source>
            <translation>Дейности</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="388" />
            <location filename="../../ui/pipeline/deal_detail.py" line="411" />
            <source>Select a deal to see its details here.</source>
            <translation>Изберете сделка, за да видите подробностите ѝ тук.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="466" />
            <source>No amount or account yet</source>
            <translation>Все още без сума и фирма</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="472" />
            <source>Won on %1</source>
            <translation>Спечелена на %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="474" />
            <source>Lost on %1: %2</source>
            <translation>Загубена на %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="477" />
            <source>Open · %1 · %2</source>
            <translation>Отворена · %1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="498" />
            <source>From %1</source>
            <translation>От „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="507" />
            <source>Stage's (%1 %)</source>
            <translation>На етапа (%1 %)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="528" />
            <source>remove</source>
            <translation>премахни</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="528" />
            <source>role</source>
            <translation>роля</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="533" />
            <source>No contacts linked to this deal.</source>
            <translation>Няма контакти, свързани с тази сделка.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Overdue</source>
            <translation>Просрочена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Due today</source>
            <translation>С краен срок днес</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Planned</source>
            <translation>Планирана</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="550" />
            <source>Done</source>
            <translation>Изпълнена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="561" />
            <source>No tasks linked to this deal.</source>
            <translation>Няма задачи, свързани с тази сделка.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>Call</source>
            <translation>Обаждане</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>Meeting</source>
            <translation>Среща</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="570" />
            <source>Note</source>
            <translation>Бележка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="583" />
            <source>No activities linked to this deal.</source>
            <translation>Няма дейности, свързани с тази сделка.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="588" />
            <source>Next step (overdue): %1, due %2</source>
            <translation>Следваща стъпка (просрочена): %1, срок %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="589" />
            <source>Next step (today): %1</source>
            <translation>Следваща стъпка (днес): %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="589" />
            <source>Next step: %1, due %2</source>
            <translation>Следваща стъпка: %1, срок %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="597" />
            <source>Next step: %1, %2</source>
            <translation>Следваща стъпка: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="600" />
            <source>Next step: %1 (no due date)</source>
            <translation>Следваща стъпка: %1 (без краен срок)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="603" />
            <source>⚠ No next step planned for this deal.</source>
            <translation>⚠ Няма планирана следваща стъпка за тази сделка.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="641" />
            <source>Edit “%1”</source>
            <translation>Редактирай „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="684" />
            <location filename="../../ui/pipeline/deal_detail.py" line="732" />
            <source>Edit %1 of “%2”</source>
            <translation>Редактирай %1 на „%2“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="751" />
            <location filename="../../ui/pipeline/deal_detail.py" line="873" />
            <source>Move “%1” to %2</source>
            <translation>Премести „%1“ в „%2“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="769" />
            <source>Add %1 to “%2”</source>
            <translation>Добави %1 към „%2“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="789" />
            <source>Remove %1 from “%2”</source>
            <translation>Премахни %1 от „%2“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="798" />
            <source>Role in the deal</source>
            <translation>Роля в сделката</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="799" />
            <source>%1's role in this deal, such as Decision maker:</source>
            <translation>Ролята на %1 в тази сделка, например „Взема решенията“:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="805" />
            <source>Role of %1 in “%2”</source>
            <translation>Роля на %1 в „%2“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="814" />
            <source>Delete “%1”</source>
            <translation>Изтрий „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="819" />
            <source>“%1” is in the Trash. Edit → Undo brings it back.</source>
            <translation>„%1“ е в Кошчето. Редактиране → Отмени я връща.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="838" />
            <source>Make “%1” private</source>
            <translation>Направи „%1“ лична</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="838" />
            <source>Share “%1” with the office</source>
            <translation>Сподели „%1“ с офиса</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="844" />
            <source>Mark “%1” won</source>
            <translation>Отбележи „%1“ като спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="856" />
            <source>Mark “%1” lost</source>
            <translation>Отбележи „%1“ като загубена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="866" />
            <source>Reopen “%1”</source>
            <translation>Отвори отново „%1“</translation>
        </message>
    </context>
    <context>
        <name>DealSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="411" />
            <source>New deal</source>
            <translation>Нова сделка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="414" />
            <source>Type to find an account, or a new name</source>
            <translation>Въведете, за да намерите фирма, или ново име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="428" />
            <source>&amp;Title</source>
            <translation>&amp;Заглавие</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="429" />
            <source>A&amp;ccount</source>
            <translation>&amp;Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="430" />
            <source>&amp;People</source>
            <translation>&amp;Хора</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="431" />
            <source>&amp;Amount</source>
            <translation>&amp;Сума</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="432" />
            <source>C&amp;urrency</source>
            <translation>&amp;Валута</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="433" />
            <source>&amp;Stage</source>
            <translation>&amp;Етап</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="435" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="436" />
            <source>O&amp;wner</source>
            <translation>&amp;Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="246" />
            <source>“%1” is not an amount</source>
            <translation>„%1“ не е сума</translation>
        </message>
    </context>
    <context>
        <name>DealsListView</name>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Open</source>
            <translation>Отворена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Won</source>
            <translation>Спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Lost</source>
            <translation>Загубена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="81" />
            <source>Any status</source>
            <translation>Всички статуси</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="87" />
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="89" />
            <source>&amp;Pipeline:</source>
            <translation>&amp;Фуния:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="91" />
            <source>S&amp;tage:</source>
            <translation>&amp;Етап:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="101" />
            <source>Filter deals by title, account, owner or lead source</source>
            <translation>Филтрирай сделките по заглавие, фирма, отговорник или източник на потенциален клиент</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="102" />
            <source>No deals here. Pick another status, pipeline or stage above.</source>
            <translation>Тук няма сделки. Изберете друг статус, фуния или етап отгоре.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="103" />
            <source>No deals match “%1”.</source>
            <translation>Няма сделки, отговарящи на „%1“.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="169" />
            <source>All pipelines</source>
            <translation>Всички фунии</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="181" />
            <source>All stages</source>
            <translation>Всички етапи</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="30" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="30" />
            <source>Account</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="31" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="31" />
            <source>Amount</source>
            <translation>Сума</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="32" />
            <source>Expected close</source>
            <translation>Очаквано приключване</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="32" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="33" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="33" />
            <source>Updated</source>
            <translation>Променено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Open</source>
            <translation>Отворена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Won</source>
            <translation>Спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Lost</source>
            <translation>Загубена</translation>
        </message>
    </context>
    <context>
        <name>DealsView</name>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="41" />
            <source>&amp;Board</source>
            <translation>&amp;Дъска</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="42" />
            <source>&amp;List</source>
            <translation>&amp;Списък</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="43" />
            <source>Deals as cards, a column per stage</source>
            <translation>Сделките като карти, по една колона за етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="44" />
            <source>Deals as a table you can sort and filter</source>
            <translation>Сделките като таблица, която можете да сортирате и филтрирате</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <location filename="../../ui/desktop_notifications.py" line="55" />
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
    </context>
    <context>
        <name>DisqualifySheet</name>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="79" />
            <source>Disqualify “%1”</source>
            <translation>Отхвърли „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="81" />
            <source>D&amp;isqualify</source>
            <translation>&amp;Отхвърли</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>No budget</source>
            <translation>Няма бюджет</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>No need</source>
            <translation>Няма нужда</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>Chose a competitor</source>
            <translation>Избраха конкурент</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Could not reach them</source>
            <translation>Не успяхме да се свържем</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Not a fit</source>
            <translation>Не е наш клиент</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Spam</source>
            <translation>Спам</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="89" />
            <source>&amp;Reason</source>
            <translation>&amp;Причина</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <location filename="../../ui/duplicates/view.py" line="59" />
            <source>Duplicates</source>
            <translation>Дубликати</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="64" />
            <source>Possible duplicates</source>
            <translation>Възможни дубликати</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="103" />
            <source>C&amp;ontacts</source>
            <translation>&amp;Контакти</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="103" />
            <source>A&amp;ccounts</source>
            <translation>Фир&amp;ми</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="111" />
            <source>&amp;Merge</source>
            <translation>&amp;Обедини</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="134" />
            <source>&amp;Undo merge</source>
            <translation>Отмени о&amp;бединяването</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="143" />
            <source>&amp;Look again</source>
            <translation>&amp;Търси отново</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="144" />
            <source>Find the likely duplicates again</source>
            <translation>Потърси отново вероятните дубликати</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="191" />
            <source>Looking for contacts that may be the same person…</source>
            <translation>Търсене на контакти, които може да са един и същ човек…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="193" />
            <source>Looking for accounts that may be the same company…</source>
            <translation>Търсене на фирми, които може да са една и съща фирма…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="212" />
            <source>No likely duplicates.

Contacts with the same e-mail address or phone number, or a close name at the same company, are listed here.</source>
            <translation>Няма вероятни дубликати.

Тук се показват контакти с един и същ имейл адрес или телефонен номер или с близко име в същата фирма.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="214" />
            <source>No likely duplicates.

Accounts with the same name but for case, punctuation or legal form, a name a letter or two apart, the same web site or the same phone number are listed here.</source>
            <translation>Няма вероятни дубликати.

Тук се показват фирми с едно и също име (без значение от главни и малки букви, пунктуация или правна форма), с имена, различаващи се с една-две букви, с един и същ уебсайт или един и същ телефонен номер.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="217" />
            <source>Nothing to compare.</source>
            <translation>Няма какво да се сравнява.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="219" />
            <source>Pairs that may be duplicates: %1</source>
            <translation>Двойки, които може да са дубликати: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="312" />
            <location filename="../../ui/duplicates/view.py" line="323" />
            <source>Merge “%1” into “%2”</source>
            <translation>Обедини „%1“ в „%2“</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="336" />
            <source>Undo the merge</source>
            <translation>Отмени обединяването</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="347" />
            <source>Merged “%1” into “%2”.</source>
            <translation>Обединено: „%1“ в „%2“.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="349" />
            <source>Undone: %1</source>
            <translation>Отменено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="371" />
            <source>Undo: %1 (%2)</source>
            <translation>Отмени: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="373" />
            <source>No merge to undo</source>
            <translation>Няма обединяване за отмяна</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/exporter.py" line="60" />
            <source>vCard 4.0 (.vcf)</source>
            <translation>vCard 4.0 (.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="61" />
            <source>Contacts and companies, for Apple Contacts, Thunderbird, Nextcloud and other current address books.</source>
            <translation>Контакти и фирми за Apple Contacts, Thunderbird, Nextcloud и други съвременни адресни книги.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="63" />
            <source>vCard 3.0 (.vcf)</source>
            <translation>vCard 3.0 (.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="64" />
            <source>Contacts and companies, for older phones and programs that do not read vCard 4.0.</source>
            <translation>Контакти и фирми за по-стари телефони и програми, които не четат vCard 4.0.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="66" />
            <source>Google Contacts CSV (.csv)</source>
            <translation>CSV за Google Contacts (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="67" />
            <source>Contacts, in the columns Google Contacts imports.</source>
            <translation>Контакти в колоните, които Google Contacts импортира.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="69" />
            <source>Outlook CSV (.csv)</source>
            <translation>CSV за Outlook (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="70" />
            <source>Contacts, in the columns Outlook imports.</source>
            <translation>Контакти в колоните, които Outlook импортира.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="72" />
            <source>iCalendar (.ics)</source>
            <translation>iCalendar (.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="73" />
            <source>Meetings, tasks, calls, e-mails and notes, for any calendar program.</source>
            <translation>Срещи, задачи, обаждания, имейли и бележки за всяка календарна програма.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="88" />
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="89" />
            <source>Export the Segment “%1”</source>
            <translation>Експорт на сегмента „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="101" />
            <source>Everything; or words to export only what a search finds</source>
            <translation>Всичко; или думи, за да експортирате само намереното при търсене</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="105" />
            <source>Choose where to save the file</source>
            <translation>Изберете къде да запишете файла</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="106" />
            <source>&amp;Choose…</source>
            <translation>&amp;Избери…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="114" />
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="118" />
            <source>&amp;Only matching:</source>
            <translation>&amp;Само съвпадащите:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="124" />
            <source>Only:</source>
            <translation>Само:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="124" />
            <source>The segment “%1”, as its list shows it now</source>
            <translation>Сегментът „%1“, както го показва списъкът в момента</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="126" />
            <source>&amp;Save to:</source>
            <translation>&amp;Запиши в:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="131" />
            <source>Export progress</source>
            <translation>Напредък на експорта</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="139" />
            <source>&amp;Export</source>
            <translation>&amp;Експортирай</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="189" />
            <source>Exporting…</source>
            <translation>Експортиране…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="197" />
            <source>Stopping…</source>
            <translation>Спиране…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="222" />
            <source>Export to</source>
            <translation>Експортиране в</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="223" />
            <source>%1 (*%2);;All files (*)</source>
            <translation>%1 (*%2);;Всички файлове (*)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="235" />
            <source>%1 of %2 records written…</source>
            <translation>Записани %1 от %2 записа…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="240" />
            <source>Export cancelled; no file was written.</source>
            <translation>Експортът е отменен; не е записан файл.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="245" />
            <source>Exported %1 records to %2.</source>
            <translation>В %2 са експортирани записи: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="251" />
            <source>The export failed: %1</source>
            <translation>Експортът не бе успешен: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="82" />
            <source>New Field</source>
            <translation>Ново поле</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="82" />
            <source>Change Field</source>
            <translation>Промяна на поле</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="85" />
            <source>Label</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="88" />
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="90" />
            <source>Its name in exported files, vCards and scripts: lower-case Latin letters, digits and _</source>
            <translation>Името му в експортираните файлове, визитките vCard и скриптовете: малки латински букви, цифри и _</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="94" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="101" />
            <source>Choices</source>
            <translation>Варианти</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="102" />
            <source>One choice a line</source>
            <translation>По един вариант на ред</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="107" />
            <source>&amp;Label:</source>
            <translation>&amp;Наименование:</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="108" />
            <source>&amp;Key:</source>
            <translation>&amp;Ключ:</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="109" />
            <source>&amp;Type:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="110" />
            <source>C&amp;hoices:</source>
            <translation>&amp;Варианти:</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="122" />
            <source>Add Field</source>
            <translation>Добави поле</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="122" />
            <source>Save</source>
            <translation>Запиши</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="154" />
            <source>Add the field “%1”</source>
            <translation>Добавяне на полето „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="160" />
            <source>Change the field “%1”</source>
            <translation>Промяна на полето „%1“</translation>
        </message>
    </context>
    <context>
        <name>FilesBox</name>
        <message>
            <location filename="../../ui/detail/files_box.py" line="83" />
            <source>Attach a File…</source>
            <translation>Прикачи файл…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="85" />
            <source>Or drop files on the record</source>
            <translation>Или пуснете файлове върху записа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="95" />
            <location filename="../../ui/detail/files_box.py" line="303" />
            <source>Files</source>
            <translation>Файлове</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Added</source>
            <translation>Добавен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="112" />
            <source>No files yet: drop one here, or attach one.</source>
            <translation>Все още няма файлове: пуснете файл тук или прикачете такъв.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="164" />
            <source>Attach Files</source>
            <translation>Прикачване на файлове</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="174" />
            <location filename="../../ui/detail/files_box.py" line="200" />
            <source>Attach “%1”</source>
            <translation>Прикачи „%1“</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/files_box.py" line="175" />
            <location filename="../../ui/detail/files_box.py" line="201" />
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>Прикачи %n файл</numerusform>
                <numerusform>Прикачи %n файла</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="225" />
            <source>Save a Copy</source>
            <translation>Запиши копие</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="249" />
            <source>Remove “%1”</source>
            <translation>Премахни „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="302" />
            <source>Files (%1)</source>
            <translation>Файлове (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="340" />
            <source>“%1” is on this record already.</source>
            <translation>„%1“ вече е в този запис.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="341" />
            <source>“%1” was not attached: %2</source>
            <translation>„%1“ не е прикачен: %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="378" />
            <source>Rename “%1”</source>
            <translation>Преименувай „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="393" />
            <source>No program opened the file (%1).</source>
            <translation>Нито една програма не отвори файла (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="396" />
            <source>Saved as %1.</source>
            <translation>Записано като %1.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="402" />
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="403" />
            <source>&amp;Save a Copy As…</source>
            <translation>&amp;Запиши копие като…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="404" />
            <source>Re&amp;name</source>
            <translation>Преи&amp;менувай</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="406" />
            <source>&amp;Remove from the Record</source>
            <translation>&amp;Премахни от записа</translation>
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="105" />
            <source>Choose the files to import</source>
            <translation>Изберете файловете за импортиране</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="106" />
            <source>Contacts from vCard (.vcf) or CSV files, meetings and tasks from iCalendar (.ics) files. You can also drop files on this window.</source>
            <translation>Контакти от файлове vCard (.vcf) или CSV, срещи и задачи от файлове iCalendar (.ics). Можете също да пуснете файлове върху този прозорец.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="111" />
            <source>Files to import</source>
            <translation>Файлове за импортиране</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="117" />
            <source>No files chosen yet.

Choose “Add files…”, or drop vCard, CSV or iCalendar files here.</source>
            <translation>Все още не са избрани файлове.

Изберете „Добави файлове…“ или пуснете тук файлове vCard, CSV или iCalendar.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="124" />
            <source>&amp;Add files…</source>
            <translation>&amp;Добави файлове…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="126" />
            <source>Choose files (%1)</source>
            <translation>Избор на файлове (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="129" />
            <source>&amp;Remove</source>
            <translation>&amp;Премахни</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="160" />
            <source>Looking at the files…</source>
            <translation>Преглед на файловете…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="198" />
            <source>Import files</source>
            <translation>Импортиране на файлове</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="199" />
            <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical *.txt);;All files (*)</source>
            <translation>Контакти и календари (*.vcf *.vcard *.csv *.ics *.ical *.txt);;Всички файлове (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="429" />
            <source>Importing</source>
            <translation>Импортиране</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="430" />
            <source>Records are written in batches. Cancel stops after the record being written; what was imported until then stays.</source>
            <translation>Записите се записват на порции. Прекъсването спира след текущия запис; импортираното дотогава остава.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="436" />
            <source>Import progress</source>
            <translation>Напредък на импортирането</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="437" />
            <source>&amp;Cancel import</source>
            <translation>&amp;Прекъсни импортирането</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="458" />
            <source>Starting…</source>
            <translation>Стартиране…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="474" />
            <source>Import %1</source>
            <translation>Импортиране на %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="482" />
            <source>Stopping after record %1…</source>
            <translation>Спиране след запис %1…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="494" />
            <source>%1 records written…</source>
            <translation>Записани записи: %1…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/importer/models.py" line="40" />
            <source>Contacts (vCard)</source>
            <translation>Контакти (vCard)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="41" />
            <source>Contacts (CSV)</source>
            <translation>Контакти (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="42" />
            <source>Calendar (iCalendar)</source>
            <translation>Календар (iCalendar)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="43" />
            <source>Empty</source>
            <translation>Празно</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="43" />
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="44" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="44" />
            <location filename="../../ui/importer/models.py" line="154" />
            <source>Company</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="45" />
            <source>Meeting</source>
            <translation>Среща</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="45" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="46" />
            <location filename="../../ui/importer/models.py" line="99" />
            <source>Note</source>
            <translation>Бележка</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="46" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="98" />
            <location filename="../../ui/importer/models.py" line="276" />
            <location filename="../../ui/importer/models.py" line="333" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="98" />
            <source>Contains</source>
            <translation>Съдържание</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="99" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="128" />
            <source>Columns to match up on the next page</source>
            <translation>Колони за съпоставяне на следващата страница</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="148" />
            <source>Keep as an extra field</source>
            <translation>Запази като допълнително поле</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="148" />
            <source>Leave out</source>
            <translation>Пропусни</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="149" />
            <source>Full name</source>
            <translation>Пълно име</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="149" />
            <source>First name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="150" />
            <source>Middle name</source>
            <translation>Презиме</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="150" />
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="151" />
            <source>Name prefix (Mr, Dr)</source>
            <translation>Обръщение (г-н, д-р)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="152" />
            <source>Name suffix (Jr)</source>
            <translation>Суфикс на името (мл.)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="152" />
            <source>Nickname</source>
            <translation>Прякор</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="153" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="153" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="154" />
            <source>Job title</source>
            <translation>Длъжност</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="155" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="155" />
            <source>Street</source>
            <translation>Улица</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="156" />
            <source>City</source>
            <translation>Град</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="156" />
            <source>State or region</source>
            <translation>Област или регион</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="157" />
            <source>Postal code</source>
            <translation>Пощенски код</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="157" />
            <source>Country</source>
            <translation>Държава</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="158" />
            <source>PO box</source>
            <translation>Пощенска кутия</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="158" />
            <source>Address line 2</source>
            <translation>Адрес, ред 2</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="159" />
            <source>Website</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="159" />
            <source>Birthday</source>
            <translation>Рожден ден</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="160" />
            <source>Anniversary</source>
            <translation>Годишнина</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="160" />
            <source>Other date</source>
            <translation>Друга дата</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="161" />
            <source>Related person</source>
            <translation>Свързано лице</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="161" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="162" />
            <source>Tags</source>
            <translation>Етикети</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="166" />
            <source>Custom field: %1</source>
            <translation>Допълнително поле: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="203" />
            <source>Column in the file</source>
            <translation>Колона във файла</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="203" />
            <source>Example</source>
            <translation>Пример</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="204" />
            <location filename="../../ui/importer/models.py" line="247" />
            <source>Import as</source>
            <translation>Импортирай като</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="276" />
            <location filename="../../ui/importer/models.py" line="333" />
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="277" />
            <location filename="../../ui/importer/models.py" line="334" />
            <source>Line</source>
            <translation>Ред</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="277" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="278" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="278" />
            <source>Problems</source>
            <translation>Проблеми</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="295" />
            <source>Will not be imported: %1</source>
            <translation>Няма да бъде импортирано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="334" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/importer/wizard.py" line="59" />
            <source>Import</source>
            <translation>Импортиране</translation>
        </message>
    </context>
    <context>
        <name>InlineField</name>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="141" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="142" />
            <source>No</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="161" />
            <source>Write an e-mail</source>
            <translation>Напиши имейл</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="163" />
            <source>Call</source>
            <translation>Обади се</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="165" />
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="166" />
            <source>Open in the browser</source>
            <translation>Отвори в браузъра</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="294" />
            <source>Ctrl+Enter saves, Esc cancels</source>
            <translation>Ctrl+Enter записва, Esc отказва</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="314" />
            <source>Pick a date (Alt+Down)</source>
            <translation>Избери дата (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="315" />
            <source>Pick a date</source>
            <translation>Избери дата</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="503" />
            <source>Click the link to open it (Ctrl+Enter); click beside it or press F2 to edit</source>
            <translation>Щракнете върху връзката, за да я отворите (Ctrl+Enter); щракнете до нея или натиснете F2, за да редактирате</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="504" />
            <source>Click or press Space to change</source>
            <translation>Щракнете или натиснете Space, за да промените</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="505" />
            <source>Click or press F2 to edit</source>
            <translation>Щракнете или натиснете F2, за да редактирате</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/detail/labels.py" line="14" />
            <source>home</source>
            <translation>домашен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="14" />
            <source>work</source>
            <translation>служебен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="15" />
            <source>mobile</source>
            <translation>мобилен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="16" />
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="16" />
            <source>main</source>
            <translation>основен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="17" />
            <source>voice</source>
            <translation>гласов</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="17" />
            <source>fax</source>
            <translation>факс</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="18" />
            <source>pager</source>
            <translation>пейджър</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="18" />
            <source>text</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="19" />
            <source>video</source>
            <translation>видео</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="19" />
            <source>textphone</source>
            <translation>текстов телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="20" />
            <source>other</source>
            <translation>друг</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="20" />
            <source>school</source>
            <translation>училище</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="21" />
            <source>internet</source>
            <translation>интернет</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="21" />
            <source>personal</source>
            <translation>личен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="22" />
            <source>spouse</source>
            <translation>съпруг(а)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="22" />
            <source>partner</source>
            <translation>партньор</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="23" />
            <source>child</source>
            <translation>дете</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="23" />
            <source>parent</source>
            <translation>родител</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="24" />
            <source>mother</source>
            <translation>майка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="24" />
            <source>father</source>
            <translation>баща</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="25" />
            <source>sibling</source>
            <translation>брат/сестра</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="25" />
            <source>brother</source>
            <translation>брат</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="26" />
            <source>sister</source>
            <translation>сестра</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="26" />
            <source>friend</source>
            <translation>приятел</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="27" />
            <source>assistant</source>
            <translation>асистент</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="27" />
            <source>manager</source>
            <translation>ръководител</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="28" />
            <source>colleague</source>
            <translation>колега</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="28" />
            <source>anniversary</source>
            <translation>годишнина</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="29" />
            <source>birthday</source>
            <translation>рожден ден</translation>
        </message>
    </context>
    <context>
        <name>LeadDetailPane</name>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="63" />
            <source>&amp;Qualify…</source>
            <translation>&amp;Квалифицирай…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="64" />
            <source>Make its contact, account and deal (or take those there are), with its history (Ctrl+Shift+Q)</source>
            <translation>Създай от него контакт, фирма и сделка (или вземи съществуващите) заедно с историята му (Ctrl+Shift+Q)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="67" />
            <source>D&amp;isqualify…</source>
            <translation>&amp;Отхвърли…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="68" />
            <source>Close it, saying why (Ctrl+Shift+X)</source>
            <translation>Затвори лийда, като посочиш причината (Ctrl+Shift+X)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="70" />
            <source>&amp;Reopen</source>
            <translation>&amp;Върни в работа</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="71" />
            <source>Work on it again, as contacted (its reason goes)</source>
            <translation>Работи отново с лийда като със свързан (причината за отхвърляне отпада)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="90" />
            <source>Reopen “%1”</source>
            <translation>Върни в работа „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="126" />
            <source>Select a lead to see where it came from and its history here.</source>
            <translation>Изберете лийд, за да видите тук откъде е дошъл и историята му.</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="143" />
            <source>from %1</source>
            <translation>източник: %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="149" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="149" />
            <location filename="../../ui/leads/lead_pane.py" line="160" />
            <source>Company</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="158" />
            <source>Who</source>
            <translation>Кой</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="162" />
            <source>Person</source>
            <translation>Човек</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="163" />
            <source>Job title</source>
            <translation>Длъжност</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="164" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="166" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="168" />
            <source>Lead</source>
            <translation>Лийд</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="169" />
            <source>Source</source>
            <translation>Източник</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="170" />
            <source>Web form, fair, referral…</source>
            <translation>Форма в сайта, изложение, препоръка…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="174" />
            <source>Contacted</source>
            <translation>Осъществен контакт</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="180" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="181" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="184" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="195" />
            <source>contact %1</source>
            <translation>контакт %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="196" />
            <source>account %1</source>
            <translation>фирма %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="197" />
            <source>deal %1</source>
            <translation>сделка %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="201" />
            <source>%1 — became %2</source>
            <translation>%1 — стана: %2</translation>
        </message>
    </context>
    <context>
        <name>Leads</name>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="31" />
            <source>New</source>
            <translation>Нов</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="32" />
            <source>Contacted</source>
            <translation>Осъществен контакт</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="33" />
            <source>Qualified</source>
            <translation>Квалифициран</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="34" />
            <source>Disqualified</source>
            <translation>Отхвърлен</translation>
        </message>
    </context>
    <context>
        <name>LeadsModel</name>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Company</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Source</source>
            <translation>Източник</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="79" />
            <source>Captured</source>
            <translation>Получен</translation>
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="123" />
            <source>Add a lead: “Anna Petrova, Sever LLC, anna@sever.example.org, from the fair”</source>
            <translation>Добави лийд: „Анна Петрова, Север ООД, anna@sever.example.org, от изложението“</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="125" />
            <source>New lead</source>
            <translation>Нов лийд</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="128" />
            <source>Add</source>
            <translation>Добави</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="129" />
            <source>Add the lead (Enter)</source>
            <translation>Добави лийда (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Open</source>
            <translation>Отворени</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Qualified</source>
            <translation>Квалифицирани</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Disqualified</source>
            <translation>Отхвърлени</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>All</source>
            <translation>Всички</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="230" />
            <source>No leads yet. Type one in the line above, or import a web form’s CSV (File ▸ Import Leads…).</source>
            <translation>Все още няма лийдове. Въведете лийд в реда по-горе или импортирайте CSV от форма в сайта (Файл ▸ Импортиране на лийдове…).</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="232" />
            <source>None here.</source>
            <translation>Тук няма нищо.</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="271" />
            <source>New lead “%1”</source>
            <translation>Нов лийд „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="292" />
            <source>Not added: %1</source>
            <translation>Не е добавен: %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="299" />
            <source>Name, company, e-mail, phone, “from” a source — separated by commas</source>
            <translation>Име, фирма, имейл, телефон, „от“ източник — разделени със запетаи</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>Person</source>
            <translation>Човек</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>Company</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Source</source>
            <translation>Източник</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
    </context>
    <context>
        <name>LogCallSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="268" />
            <source>Log an e-mail</source>
            <translation>Запиши имейл</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="268" />
            <source>Log a call</source>
            <translation>Запиши обаждане</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="272" />
            <source>What was the e-mail about?</source>
            <translation>За какво беше имейлът?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="273" />
            <source>What was it about?</source>
            <translation>За какво беше разговорът?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>Interested</source>
            <translation>Заинтересуван</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>Left a message</source>
            <translation>Оставено съобщение</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>No answer</source>
            <translation>Няма отговор</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="277" />
            <source>Not interested</source>
            <translation>Не е заинтересуван</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="284" />
            <source>&amp;Subject</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="286" />
            <source>&amp;Outcome</source>
            <translation>&amp;Резултат</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="287" />
            <source>&amp;When</source>
            <translation>&amp;Кога</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="288" />
            <source>&amp;Notes</source>
            <translation>&amp;Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="292" />
            <source>Edit call</source>
            <translation>Редактирай обаждането</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="292" />
            <source>Edit e-mail</source>
            <translation>Редактирай имейла</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="302" />
            <source>Edit “%1”</source>
            <translation>Редактирай „%1“</translation>
        </message>
    </context>
    <context>
        <name>LogUndoStack</name>
        <message>
            <location filename="../../ui/operations/undo_stack.py" line="74" />
            <source>Undo %1</source>
            <translation>Отмени: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/undo_stack.py" line="80" />
            <source>Redo %1</source>
            <translation>Повтори: %1</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="16" />
            <source>Mark as lost</source>
            <translation>Отбелязване като загубена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="17" />
            <source>Why was “%1” lost?</source>
            <translation>Защо сделката „%1“ е загубена?</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="26" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="29" />
            <source>For example: chose a competitor</source>
            <translation>Например: избраха конкурент</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="39" />
            <source>Mark lost</source>
            <translation>Отбележи като загубена</translation>
        </message>
    </context>
    <context>
        <name>MailAccountsDialog</name>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="59" />
            <source>Mail Accounts</source>
            <translation>Пощенски акаунти</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="60" />
            <source>Mail from and to your contacts comes onto their timelines from these accounts; nothing else of your mail is kept, and nothing on the server is changed.</source>
            <translation>Имейлите от и до вашите контакти попадат в хронологиите им от тези акаунти; нищо друго от пощата ви не се пази и нищо на сървъра не се променя.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="64" />
            <source>Mail accounts</source>
            <translation>Пощенски акаунти</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="66" />
            <source>&amp;Remove</source>
            <translation>Пре&amp;махни</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="69" />
            <location filename="../../ui/mail_accounts_dialog.py" line="192" />
            <source>&amp;Fetch Now</source>
            <translation>&amp;Изтегли сега</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="80" />
            <source>TLS (port 993)</source>
            <translation>TLS (порт 993)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="81" />
            <source>STARTTLS (port 143)</source>
            <translation>STARTTLS (порт 143)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="87" />
            <source>often your e-mail address</source>
            <translation>обикновено вашият имейл адрес</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="91" />
            <source>Inbox and Sent</source>
            <translation>Входящи и Изпратени</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="92" />
            <source>The folders to read, separated by commas; empty: the Inbox and the Sent folder</source>
            <translation>Папките за четене, разделени със запетаи; ако е празно: папките Входящи и Изпратени</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="94" />
            <source>&amp;Trust this server's certificate</source>
            <translation>&amp;Доверявай се на сертификата на този сървър</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="100" />
            <source>&amp;Add Account</source>
            <translation>Добави &amp;акаунт</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="106" />
            <source>&amp;Server:</source>
            <translation>&amp;Сървър:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="107" />
            <source>&amp;Connection:</source>
            <translation>&amp;Връзка:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="108" />
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="109" />
            <source>&amp;User name:</source>
            <translation>Потре&amp;бителско име:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="110" />
            <source>&amp;Password:</source>
            <translation>Па&amp;рола:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="111" />
            <source>Fo&amp;lders:</source>
            <translation>Па&amp;пки:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="114" />
            <source>No keyring is available on this system: the password is kept until Rapport closes and will be asked for again.</source>
            <translation>В тази система няма хранилище за пароли: паролата се пази, докато Rapport не бъде затворен, и ще бъде поискана отново.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="168" />
            <source>%1 — %2 — last fetched %3</source>
            <translation>%1 — %2 — последно изтегляне: %3</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="171" />
            <source>Not read: %1</source>
            <translation>Не е прочетено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="180" />
            <source>No mail account yet: add one below.</source>
            <translation>Все още няма пощенски акаунт: добавете такъв по-долу.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="192" />
            <source>Cancel &amp;Fetch</source>
            <translation>Прекъсни &amp;изтеглянето</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="219" />
            <source>Logging in to %1…</source>
            <translation>Влизане в %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="223" />
            <source>Add mail account</source>
            <translation>Добави пощенски акаунт</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="233" />
            <source>Added %1; reading %2.</source>
            <translation>Добавен е %1; четат се %2.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="249" />
            <source>Not added: the server's TLS certificate is not signed by an authority this computer trusts. If this is your own server, compare the fingerprint below with the server's and tick the box.</source>
            <translation>Не е добавен: TLS сертификатът на сървъра не е подписан от удостоверяващ орган, на който този компютър има доверие. Ако това е ваш собствен сървър, сравнете отпечатъка по-долу с този на сървъра и отметнете полето.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="254" />
            <source>Not added: %1</source>
            <translation>Не е добавен: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="266" />
            <source>Not added: the server's certificate could not be read (%1).</source>
            <translation>Не е добавен: сертификатът на сървъра не може да бъде прочетен (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="272" />
            <source>SHA-256 fingerprint:</source>
            <translation>Отпечатък SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="286" />
            <source>Remove Mail Account</source>
            <translation>Премахване на пощенски акаунт</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="287" />
            <source>Remove %1? Its password is forgotten; the e-mails it brought stay on the timelines.</source>
            <translation>Да се премахне ли %1? Паролата му ще бъде забравена; имейлите, които е донесъл, остават в хронологиите.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="292" />
            <source>Remove mail account</source>
            <translation>Премахни пощенския акаунт</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="297" />
            <source>Removed %1; its e-mails stay on the timelines.</source>
            <translation>%1 е премахнат; имейлите му остават в хронологиите.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="307" />
            <source>Stopping after the messages being written…</source>
            <translation>Спиране след записването на текущите съобщения…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="317" />
            <source>Fetching mail…</source>
            <translation>Изтегляне на пощата…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="322" />
            <source>%1 messages read…</source>
            <translation>Прочетени съобщения: %1…</translation>
        </message>
    </context>
    <context>
        <name>MailFetcher</name>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="100" />
            <source>Fetch mail</source>
            <translation>Изтегли пощата</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="137" />
            <source>Mail: new on timelines: %1 (messages read: %2; from and to no contact: %3).</source>
            <translation>Поща: нови в хронологиите: %1 (прочетени съобщения: %2; нито от, нито до контакт: %3).</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="141" />
            <source>Stopped. %1</source>
            <translation>Спряно. %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="144" />
            <source>Not read: %1 (%2)</source>
            <translation>Не е прочетено: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MailImportDialog</name>
        <message>
            <location filename="../../ui/mail_dialog.py" line="45" />
            <source>Import Mail</source>
            <translation>Импортиране на поща</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="46" />
            <source>E-mail from and to your contacts goes onto their timelines and their companies'. Nothing else of your mail is kept. A message imported before is passed over.</source>
            <translation>Имейлите от и до вашите контакти попадат в хронологиите им и в тези на техните фирми. Нищо друго от пощата ви не се пази. Съобщение, импортирано по-рано, се пропуска.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="51" />
            <source>Thunderbird — %1</source>
            <translation>Thunderbird — %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="52" />
            <source>An &amp;mbox File…</source>
            <translation>Файл &amp;mbox…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="54" />
            <source>A Mail&amp;dir Folder…</source>
            <translation>Папка Mail&amp;dir…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="70" />
            <source>&amp;Import</source>
            <translation>&amp;Импортирай</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="75" />
            <location filename="../../ui/mail_dialog.py" line="117" />
            <source>Close</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="86" />
            <source>No Thunderbird profile was found here: choose an mbox file or a Maildir folder.</source>
            <translation>Тук не е намерен профил на Thunderbird: изберете файл mbox или папка Maildir.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="104" />
            <source>Choose an mbox File</source>
            <translation>Избор на файл mbox</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="109" />
            <source>Choose a Maildir Folder</source>
            <translation>Избор на папка Maildir</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="117" />
            <source>Cancel</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="131" />
            <source>Import mail from %1</source>
            <translation>Импортиране на поща от %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="135" />
            <source>Reading %1…</source>
            <translation>Четене на %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="139" />
            <source>%1 messages read…</source>
            <translation>Прочетени съобщения: %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="145" />
            <source>%1 messages read: %2 e-mails put on timelines, %3 already here, %4 from and to no contact (left out).</source>
            <translation>Прочетени съобщения: %1. Добавени в хронологиите имейли: %2, вече налични: %3, нито от, нито до контакт (пропуснати): %4.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="151" />
            <source>%1 could not be read, %2 were deleted in the mail program: both skipped.</source>
            <translation>Не могат да бъдат прочетени: %1, изтрити в пощенската програма: %2 — и двете групи са пропуснати.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="154" />
            <source>Stopped. %1</source>
            <translation>Спряно. %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="159" />
            <source>Nothing more was imported: %1</source>
            <translation>Нищо повече не е импортирано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="172" />
            <location filename="../../ui/mail_dialog.py" line="180" />
            <source>Stopping after the messages being written…</source>
            <translation>Спиране след записването на текущите съобщения…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="129" />
            <location filename="../../ui/main_window.py" line="373" />
            <source>Rapport</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <source>Search contacts, accounts, leads, deals, activities and tasks</source>
            <translation>Търсене в контакти, фирми, лийдове, сделки, дейности и задачи</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>Search</source>
            <translation>Търсене</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>Filter contacts by name, company, e-mail, phone or city</source>
            <translation>Филтрирай контактите по име, фирма, имейл, телефон или град</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>No contacts yet. Contacts you add or import will be listed here.</source>
            <translation>Все още няма контакти. Тук ще се показват контактите, които добавите или импортирате.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="189" />
            <source>No contacts match “%1”.</source>
            <translation>Няма контакти, отговарящи на „%1“.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>Filter accounts by name, industry, website, phone or city</source>
            <translation>Филтрирай фирмите по име, отрасъл, уебсайт, телефон или град</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>No accounts yet. Companies you add or import will be listed here.</source>
            <translation>Все още няма фирми. Тук ще се показват фирмите, които добавите или импортирате.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>No accounts match “%1”.</source>
            <translation>Няма фирми, отговарящи на „%1“.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Sections</source>
            <translation>Раздели</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>Qualified: the deal “%1” is on the board</source>
            <translation>Квалифициран: сделката „%1“ е на таблото</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="316" />
            <source>Qualified</source>
            <translation>Квалифициран</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="399" />
            <source>&amp;Sync</source>
            <translation>&amp;Синхронизиране</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="420" />
            <source>Fetching mail…</source>
            <translation>Изтегляне на пощата…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="427" />
            <source>Mail is being fetched already.</source>
            <translation>Пощата вече се изтегля.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Search</source>
            <translation>&amp;Търсене</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Contacts</source>
            <translation>&amp;Контакти</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Accounts</source>
            <translation>Фир&amp;ми</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Deals</source>
            <translation>С&amp;делки</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>Tas&amp;ks</source>
            <translation>Зада&amp;чи</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Ca&amp;lendar</source>
            <translation>Ка&amp;лендар</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Das&amp;hboard</source>
            <translation>Та&amp;бло</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>D&amp;uplicates</source>
            <translation>Д&amp;убликати</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>&amp;Trash</source>
            <translation>К&amp;ошче</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="536" />
            <source>L&amp;eads</source>
            <translation>Ли&amp;йдове</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="551" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="552" />
            <source>New &amp;Contact…</source>
            <translation>Нов &amp;контакт…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="554" />
            <source>New &amp;Account…</source>
            <translation>Нова &amp;фирма…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <source>New &amp;Lead…</source>
            <translation>Нов &amp;лийд…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="557" />
            <source>The Leads section's line: a lead typed on one line</source>
            <translation>Редът на раздела „Лийдове“: лийд, въведен на един ред</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="559" />
            <source>&amp;Import…</source>
            <translation>&amp;Импортиране…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="560" />
            <source>vCard, CSV or iCalendar files</source>
            <translation>Файлове vCard, CSV или iCalendar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="561" />
            <source>Import &amp;Mail…</source>
            <translation>Импортиране на &amp;поща…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="562" />
            <source>E-mail from and to your contacts, from Thunderbird, an mbox file or a Maildir folder</source>
            <translation>Имейли от и до вашите контакти от Thunderbird, файл mbox или папка Maildir</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="564" />
            <source>Import Lea&amp;ds…</source>
            <translation>Импортиране на лийд&amp;ове…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="565" />
            <source>A CSV file of leads, such as a web form's export</source>
            <translation>CSV файл с лийдове, например експорт от форма в сайта</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="566" />
            <source>&amp;Fetch Mail</source>
            <translation>Из&amp;тегли пощата</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="567" />
            <source>What is new in your mail accounts, onto the timelines</source>
            <translation>Новото в пощенските ви акаунти — в хронологиите</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="568" />
            <source>Mail Accoun&amp;ts…</source>
            <translation>Пощенски &amp;акаунти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="569" />
            <source>The IMAP accounts whose mail comes onto the timelines</source>
            <translation>Акаунтите IMAP, чиято поща попада в хронологиите</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="571" />
            <source>Currencies and E&amp;xchange Rates…</source>
            <translation>&amp;Валути и обменни курсове…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="573" />
            <source>The home currency totals are added up in, and the rates</source>
            <translation>Основната валута, в която се изчисляват сборовете, и курсовете</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="574" />
            <source>C&amp;ustom Fields…</source>
            <translation>&amp;Допълнителни полета…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="575" />
            <source>The fields you add to contacts, accounts, deals, activities and tasks</source>
            <translation>Полетата, които добавяте към контакти, фирми, сделки, дейности и задачи</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="577" />
            <location filename="../../ui/main_window.py" line="1300" />
            <source>&amp;Export…</source>
            <translation>&amp;Експортиране…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="579" />
            <source>Your &amp;Name in the Office…</source>
            <translation>Вашето и&amp;ме в офиса…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="581" />
            <source>The person of the office you are: the owner of your new deals and tasks, and what “Only Mine” shows</source>
            <translation>Кой от офиса сте вие: отговорникът за новите ви сделки и задачи и какво показва „Само моите“</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="584" />
            <source>&amp;Quit</source>
            <translation>И&amp;зход</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="588" />
            <source>&amp;Edit</source>
            <translation>&amp;Редактиране</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="589" />
            <source>&amp;Undo</source>
            <translation>&amp;Отмени</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="592" />
            <source>&amp;Redo</source>
            <translation>&amp;Повтори</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="602" />
            <source>&amp;Move to Trash</source>
            <translation>Премести в &amp;Кошчето</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="606" />
            <source>&amp;Find…</source>
            <translation>&amp;Намери…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="608" />
            <source>&amp;Go to or Run…</source>
            <translation>О&amp;тиди или изпълни…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="609" />
            <source>Jump to any record or run any command by name</source>
            <translation>Отидете на произволен запис или изпълнете произволна команда по име</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="612" />
            <source>&amp;Record</source>
            <translation>&amp;Запис</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="613" />
            <source>&amp;Log a Call…</source>
            <translation>Запиши &amp;обаждане…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="615" />
            <source>&amp;Write an E-mail…</source>
            <translation>&amp;Напиши имейл…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="617" />
            <source>A new message in your mail program, to the record's people</source>
            <translation>Ново съобщение в пощенската ви програма до хората в записа</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="619" />
            <source>Log an &amp;E-mail…</source>
            <translation>Запиши &amp;имейл…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="620" />
            <source>Put an e-mail written or read elsewhere on the timeline</source>
            <translation>Добави в хронологията имейл, написан или прочетен другаде</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="621" />
            <source>Add a &amp;Note…</source>
            <translation>Добави &amp;бележка…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="623" />
            <source>Add a &amp;Task…</source>
            <translation>Добави &amp;задача…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="625" />
            <source>New &amp;Deal…</source>
            <translation>Нова &amp;сделка…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="628" />
            <source>Attach a &amp;File…</source>
            <translation>Прикачи &amp;файл…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="629" />
            <source>Keep a file with the record (or drop the file on the record)</source>
            <translation>Пазете файл заедно със записа (или пуснете файла върху записа)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="630" />
            <source>&amp;Qualify Lead…</source>
            <translation>&amp;Квалифицирай лийда…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="631" />
            <source>Make the lead's contact, account and deal</source>
            <translation>Създай от лийда контакт, фирма и сделка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="632" />
            <source>D&amp;isqualify Lead…</source>
            <translation>О&amp;тхвърли лийда…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="634" />
            <source>Close the lead, saying why</source>
            <translation>Затвори лийда, като посочиш причината</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="636" />
            <source>&amp;Offer the Next Step After Calls and Moves</source>
            <translation>&amp;Предлагай следваща стъпка след обаждания и премествания</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="642" />
            <source>&amp;View</source>
            <translation>&amp;Изглед</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="651" />
            <source>Totals in Each Curre&amp;ncy</source>
            <translation>Сборове във &amp;всяка валута</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="654" />
            <source>Show the board's totals per currency rather than added up in the home currency (a click on a column's total does the same)</source>
            <translation>Показвай сборовете на дъската по валути, вместо сумирани в основната валута (щракване върху сбора на колона прави същото)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="660" />
            <source>Pipeline on a Past Da&amp;y…</source>
            <translation>&amp;Фуния към минала дата…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="661" />
            <source>The pipeline as it stood on a day, and what moved between two days</source>
            <translation>Фунията, каквато е била в даден ден, и какво се е преместило между две дати</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="663" />
            <source>&amp;Reports…</source>
            <translation>Отч&amp;ети…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="664" />
            <source>Deals won and lost by owner, source, stage or month; activities by kind or period</source>
            <translation>Спечелени и загубени сделки по отговорник, източник, етап или месец; дейности по вид или период</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="666" />
            <source>A&amp;ppearance</source>
            <translation>Външен в&amp;ид</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <location filename="../../ui/main_window.py" line="680" />
            <source>Follow the &amp;System</source>
            <translation>Като в &amp;системата</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <source>&amp;Light</source>
            <translation>Св&amp;етла</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="670" />
            <source>&amp;Dark</source>
            <translation>&amp;Тъмна</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="677" />
            <source>Lan&amp;guage</source>
            <translation>Е&amp;зик</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="689" />
            <source>&amp;Help</source>
            <translation>&amp;Помощ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="690" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Клавишни комбинации</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="692" />
            <source>&amp;About Rapport</source>
            <translation>&amp;За Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="699" />
            <source>Main</source>
            <translation>Основна</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="765" />
            <source>Language</source>
            <translation>Език</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="766" />
            <source>Rapport will show the language you chose the next time it starts.</source>
            <translation>Rapport ще показва избрания от вас език при следващото стартиране.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="797" />
            <source>This item is not linked to a contact, account or deal.</source>
            <translation>Този елемент не е свързан с контакт, фирма или сделка.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="867" />
            <source>Exported %1 records to %2</source>
            <translation>В %2 са експортирани записи: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="938" />
            <location filename="../../ui/main_window.py" line="952" />
            <location filename="../../ui/main_window.py" line="963" />
            <source>Import Leads</source>
            <translation>Импортиране на лийдове</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="939" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV файлове (*.csv *.txt);;Всички файлове (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="950" />
            <source>Import leads from %1</source>
            <translation>Импортиране на лийдове от %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="959" />
            <source>New leads: %1 · already leads: %2 · refused: %3</source>
            <translation>Нови лийдове: %1 · вече съществуващи: %2 · отказани: %3</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1031" />
            <source>No one on this deal has an e-mail address.</source>
            <translation>Никой в тази сделка няма имейл адрес.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1033" />
            <source>No mail program opened the message: is one set as the default?</source>
            <translation>Никоя пощенска програма не отвори съобщението: зададена ли е програма по подразбиране?</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1149" />
            <source>Not saved: %1 — %2</source>
            <translation>Не е записано: %1 — %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1193" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln контакт</numerusform>
                <numerusform>%Ln контакта</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1194" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln фирма</numerusform>
                <numerusform>%Ln фирми</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1195" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln сделка</numerusform>
                <numerusform>%Ln сделки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1196" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln дейност</numerusform>
                <numerusform>%Ln дейности</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1197" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln задача</numerusform>
                <numerusform>%Ln задачи</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1212" />
            <source>Nothing matches “%1”.</source>
            <translation>Нищо не отговаря на „%1“.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1219" />
            <source>Type a name, company, e-mail, phone number or any word from a note.</source>
            <translation>Въведете име, фирма, имейл, телефонен номер или произволна дума от бележка.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1236" />
            <source>Add sample data</source>
            <translation>Добави примерни данни</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1301" />
            <source>&amp;Tag Everyone…</source>
            <translation>Добави &amp;етикет на всички…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1302" />
            <source>Re&amp;name…</source>
            <translation>Преи&amp;менувай…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1304" />
            <source>&amp;Remove Segment</source>
            <translation>&amp;Премахни сегмента</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1329" />
            <source>Tag Everyone</source>
            <translation>Етикет за всички</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1330" />
            <source>A tag for everyone in “%1”:</source>
            <translation>Етикет за всички в „%1“:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1338" />
            <source>Tag everyone in “%1”</source>
            <translation>Добави етикет на всички в „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1340" />
            <source>“%1” given to %2 more.</source>
            <translation>„%1“ е добавен на още %2.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1346" />
            <source>Rename Segment</source>
            <translation>Преименуване на сегмент</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1346" />
            <source>New name:</source>
            <translation>Ново име:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1351" />
            <source>Rename the segment “%1”</source>
            <translation>Преименуване на сегмента „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1412" />
            <source>About Rapport</source>
            <translation>За Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1413" />
            <source>Rapport — an offline-first CRM for small business.
Data folder: %1</source>
            <translation>Rapport — CRM система за малкия бизнес, която работи преди всичко офлайн.
Папка с данни: %1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="215" />
            <source>Match up the columns</source>
            <translation>Съпоставете колоните</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="216" />
            <source>These CSV files are not Google or Outlook exports. Say what each column holds; columns kept as extra fields are stored with the contact and exported again.</source>
            <translation>Тези CSV файлове не са експортирани от Google или Outlook. Посочете какво съдържа всяка колона; колоните, запазени като допълнителни полета, се съхраняват с контакта и се експортират отново.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="244" />
            <source>Columns of %1</source>
            <translation>Колони на %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="272" />
            <source>In %1, choose at least one column for a name, an e-mail address or a phone number: a row needs one of them to become a contact.</source>
            <translation>В %1 изберете поне една колона за име, имейл адрес или телефонен номер: редът трябва да има едно от тях, за да стане контакт.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="276" />
            <source>Rows are checked on the next page before anything is written.</source>
            <translation>Редовете се проверяват на следващата страница, преди нещо да бъде записано.</translation>
        </message>
    </context>
    <context>
        <name>MeetingSheet</name>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="38" />
            <source>New meeting</source>
            <translation>Нова среща</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="43" />
            <source>What is it about?</source>
            <translation>За какво е срещата?</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="51" />
            <location filename="../../ui/calendar/meeting_dialog.py" line="87" />
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="52" />
            <location filename="../../ui/calendar/meeting_dialog.py" line="53" />
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Does not repeat</source>
            <translation>Не се повтаря</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Every day</source>
            <translation>Всеки ден</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Every week</source>
            <translation>Всяка седмица</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="63" />
            <source>Every two weeks</source>
            <translation>На всеки две седмици</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="63" />
            <source>Every month</source>
            <translation>Всеки месец</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="70" />
            <source>&amp;Subject</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="71" />
            <source>&amp;When</source>
            <translation>&amp;Кога</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="72" />
            <source>&amp;Repeats</source>
            <translation>&amp;Повторение</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="73" />
            <source>&amp;Location</source>
            <translation>&amp;Място</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="74" />
            <source>W&amp;ith</source>
            <translation>&amp;С кого</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="82" />
            <source>Edit meeting</source>
            <translation>Редактирай срещата</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="91" />
            <source>As it was set up</source>
            <translation>Както е зададено</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="117" />
            <source>A meeting needs a subject.</source>
            <translation>Срещата трябва да има тема.</translation>
        </message>
    </context>
    <context>
        <name>MineFilter</name>
        <message>
            <location filename="../../ui/office.py" line="127" />
            <source>Only &amp;Mine</source>
            <translation>&amp;Само моите</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="188" />
            <source>Only the deals and tasks %1 owns</source>
            <translation>Само сделките и задачите, за които отговаря %1</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="190" />
            <source>Only the deals and tasks you own (asks your name in the office first)</source>
            <translation>Само сделките и задачите, за които отговаряте вие (първо пита за името ви в офиса)</translation>
        </message>
    </context>
    <context>
        <name>NewAccountSheet</name>
        <message>
            <location filename="../../ui/detail/new_record.py" line="72" />
            <source>New account</source>
            <translation>Нова фирма</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="78" />
            <source>&amp;Name</source>
            <translation>&amp;Име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="79" />
            <source>&amp;Industry</source>
            <translation>&amp;Отрасъл</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="80" />
            <source>&amp;Website</source>
            <translation>&amp;Уебсайт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="81" />
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
    </context>
    <context>
        <name>NewContactSheet</name>
        <message>
            <location filename="../../ui/detail/new_record.py" line="26" />
            <source>New contact</source>
            <translation>Нов контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="33" />
            <source>Type to find an account, or a new name</source>
            <translation>Въведете, за да намерите фирма, или ново име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="36" />
            <source>&amp;Given name</source>
            <translation>&amp;Име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="37" />
            <source>&amp;Family name</source>
            <translation>&amp;Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="38" />
            <source>&amp;E-mail</source>
            <translation>Имей&amp;л</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="39" />
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="40" />
            <source>&amp;Company</source>
            <translation>Фи&amp;рма</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="41" />
            <source>&amp;Job title</source>
            <translation>&amp;Длъжност</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="67" />
            <source>New contact “%1”</source>
            <translation>Нов контакт „%1“</translation>
        </message>
    </context>
    <context>
        <name>NextStepSheet</name>
        <message>
            <location filename="../../ui/detail/next_step.py" line="39" />
            <source>Schedule the next step</source>
            <translation>Планирай следващата стъпка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>Call</source>
            <translation>Обаждане</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>Meeting</source>
            <translation>Среща</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>To-do</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="54" />
            <source>&amp;Offer this after every call and stage move</source>
            <translation>&amp;Предлагай това след всяко обаждане и смяна на етап</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="57" />
            <source>&amp;Title</source>
            <translation>&amp;Заглавие</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="58" />
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="59" />
            <source>&amp;When</source>
            <translation>&amp;Кога</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="65" />
            <source>Schedule “%1”</source>
            <translation>Планирай „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="86" />
            <source>Call about %1</source>
            <translation>Обаждане относно %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="86" />
            <source>Meeting about %1</source>
            <translation>Среща относно %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="87" />
            <source>E-mail about %1</source>
            <translation>Имейл относно %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="87" />
            <source>Follow up on %1</source>
            <translation>Върни се към %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="89" />
            <source>Call %1</source>
            <translation>Обади се на %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="89" />
            <source>Meeting with %1</source>
            <translation>Среща с %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="90" />
            <source>E-mail %1</source>
            <translation>Пиши на %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="90" />
            <source>Follow up with %1</source>
            <translation>Свържи се отново с %1</translation>
        </message>
    </context>
    <context>
        <name>NoteSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="317" />
            <source>Add a note</source>
            <translation>Добавяне на бележка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="322" />
            <source>&amp;Note</source>
            <translation>&amp;Бележка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="325" />
            <source>Edit note</source>
            <translation>Редактиране на бележка</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <location filename="../../ui/office.py" line="104" />
            <source>Set your name in the office to “%1”</source>
            <translation>Задаване на името ви в офиса като „%1“</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="191" />
            <location filename="../../ui/operations/operation.py" line="221" />
            <source>Not done: %1</source>
            <translation>Не е изпълнено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/operation.py" line="219" />
            <source>Not saved</source>
            <translation>Не е запазено</translation>
        </message>
        <message>
            <location filename="../../ui/said.py" line="34" />
            <source>Not saved: %1</source>
            <translation>Не е запазено: %1</translation>
        </message>
    </context>
    <context>
        <name>OverdueTasksModel</name>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>About</source>
            <translation>Относно</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Late</source>
            <translation>Закъснение</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="59" />
            <source>today</source>
            <translation>днес</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="62" />
            <source>%1 — due %2</source>
            <translation>%1 — срок %2</translation>
        </message>
    </context>
    <context>
        <name>PastPipelineDialog</name>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="58" />
            <source>Pipeline on a Past Day</source>
            <translation>Фуния към минала дата</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="62" />
            <source>Pipeline</source>
            <translation>Фуния</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="71" />
            <source>Day</source>
            <translation>Ден</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="74" />
            <source>Stage and deal</source>
            <translation>Етап и сделка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="74" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="74" />
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>Amount</source>
            <translation>Сума</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="75" />
            <source>Weighted</source>
            <translation>Претеглена сума</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="80" />
            <source>At the end of &amp;day:</source>
            <translation>В края на д&amp;еня:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="89" />
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="89" />
            <source>To</source>
            <translation>До</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>When</source>
            <translation>Кога</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>What</source>
            <translation>Какво</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="99" />
            <source>&amp;From:</source>
            <translation>&amp;От:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="99" />
            <source>&amp;To:</source>
            <translation>&amp;До:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="111" />
            <source>On a &amp;Day</source>
            <translation>&amp;Към дата</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="112" />
            <source>What &amp;Moved</source>
            <translation>Какво се &amp;промени</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="119" />
            <source>&amp;Pipeline:</source>
            <translation>&amp;Фуния:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="178" />
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="188" />
            <source>In this stage since %1</source>
            <translation>В този етап от %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/past_dialog.py" line="194" />
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%n отворена сделка</numerusform>
                <numerusform>%n отворени сделки</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="195" />
            <source>%1 at the end of %2: %3.</source>
            <translation>%1 в края на %2: %3.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="197" />
            <source>≈ %1 in all, %2 weighted, at that day's rates.</source>
            <translation>≈ %1 общо, %2 претеглено, по курсовете от онзи ден.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="200" />
            <source>Each deal in the stage it stood in that day; amounts and names are today's, and a deal won or lost and reopened since counts as open.</source>
            <translation>Всяка сделка е в етапа, в който е била в онзи ден; сумите и имената са днешните, а сделка, спечелена или загубена и после отворена отново, се брои за отворена.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="206" />
            <source>made in %1</source>
            <translation>създадена в %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="207" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="208" />
            <source>won (in %1)</source>
            <translation>спечелена (в %1)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="209" />
            <source>lost (in %1)</source>
            <translation>загубена (в %1)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="215" />
            <source>Nothing moved in these days.</source>
            <translation>През тези дни нищо не се е променило.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/past_dialog.py" line="228" />
            <source>%1 + %n other currency(ies)</source>
            <translation>
                <numerusform>%1 + още %n валута</numerusform>
                <numerusform>%1 + още %n валути</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <location filename="../../ui/detail/pickers.py" line="179" />
            <source>Type a name to add a contact</source>
            <translation>Въведете име, за да добавите контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="185" />
            <source>Remove</source>
            <translation>Премахни</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <location filename="../../ui/pipeline/board.py" line="274" />
            <source>Pipeline</source>
            <translation>Фуния</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="277" />
            <source>Edit stages…</source>
            <translation>Редактирай етапите…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="283" />
            <source>Won</source>
            <translation>Спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="285" />
            <source>Mark the selected deal won, or drop a card here</source>
            <translation>Отбележете избраната сделка като спечелена или пуснете карта тук</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="286" />
            <source>Lost…</source>
            <translation>Загубена…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="288" />
            <source>Mark the selected deal lost, or drop a card here</source>
            <translation>Отбележете избраната сделка като загубена или пуснете карта тук</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="400" />
            <source>Move “%1” to %2</source>
            <translation>Преместване на „%1“ в %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="418" />
            <source>Moved “%1” to %2.</source>
            <translation>„%1“ е преместена в %2.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="432" />
            <source>Mark “%1” won</source>
            <translation>Отбелязване на „%1“ като спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="434" />
            <source>“%1” marked won.</source>
            <translation>„%1“ е отбелязана като спечелена.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="444" />
            <source>“%1” marked lost: %2</source>
            <translation>„%1“ е отбелязана като загубена: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="445" />
            <source>Mark “%1” lost</source>
            <translation>Отбелязване на „%1“ като загубена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="491" />
            <source>Move to previous stage</source>
            <translation>Към предишния етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="493" />
            <source>Move to next stage</source>
            <translation>Към следващия етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="495" />
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="496" />
            <source>Mark won</source>
            <translation>Отбележи като спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="497" />
            <source>Mark lost…</source>
            <translation>Отбележи като загубена…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="550" />
            <source>No open deals in “%1”.
Deals you add appear here, a column per stage; won and lost deals are in the list.</source>
            <translation>Няма отворени сделки в „%1“.
Добавените сделки се показват тук, по една колона за етап; спечелените и загубените сделки са в списъка.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="666" />
            <source>Move to</source>
            <translation>Премести в</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="287" />
            <source>Check the records</source>
            <translation>Проверка на записите</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="288" />
            <source>Nothing has been written yet: this is a dry run of the import.</source>
            <translation>Все още нищо не е записано: това е пробно изпълнение на импортирането.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="290" />
            <source>&amp;Import</source>
            <translation>&amp;Импортирай</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="297" />
            <source>Checking progress</source>
            <translation>Напредък на проверката</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="298" />
            <source>&amp;Stop</source>
            <translation>&amp;Спри</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="299" />
            <source>Stop checking; the import itself can still go ahead</source>
            <translation>Спиране на проверката; самото импортиране пак може да се извърши</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="301" />
            <source>Show only records with &amp;problems</source>
            <translation>Показвай само записи с &amp;проблеми</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="309" />
            <source>Records in the files</source>
            <translation>Записи във файловете</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="342" />
            <source>Reading the files and trying the import without writing anything…</source>
            <translation>Четене на файловете и пробно импортиране, без нищо да се записва…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="387" />
            <source>Checking stopped after %1 records. You can still import: every record is checked again as it is written.</source>
            <translation>Проверката е спряна след %1 записа. Пак можете да импортирате: всеки запис се проверява отново при записването му.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="391" />
            <source>Dry run: %1 new · %2 updated · %3 unchanged · %4 not importable · %5 with warnings.</source>
            <translation>Пробно изпълнение: %1 нови · %2 обновени · %3 непроменени · %4 неимпортируеми · %5 с предупреждения.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="403" />
            <source>The files could not be checked: %1</source>
            <translation>Файловете не можаха да бъдат проверени: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="414" />
            <source>Stopping…</source>
            <translation>Спиране…</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityDelegate</name>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="167" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="168" />
            <source>Probability</source>
            <translation>Вероятност</translation>
        </message>
    </context>
    <context>
        <name>QualifySheet</name>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="19" />
            <source>Qualify “%1”</source>
            <translation>Квалифицирай „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="21" />
            <source>&amp;Qualify</source>
            <translation>&amp;Квалифицирай</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="26" />
            <source>no one: the lead has no person's name</source>
            <translation>никой: лийдът няма име на човек</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="26" />
            <source>%1 — new</source>
            <comment>a contact</comment>
            <translation>%1 — нов</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="29" />
            <source>none: the lead has no company</source>
            <translation>няма: лийдът няма фирма</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="29" />
            <source>%1 — new</source>
            <comment>an account</comment>
            <translation>%1 — нова</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="32" />
            <source>&amp;Make a deal in the first stage</source>
            <translation>&amp;Създай сделка на първия етап</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="33" />
            <source>Its lead source: “%1”</source>
            <translation>Източник на лийда: „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="33" />
            <source>none</source>
            <translation>няма</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="42" />
            <source>&amp;Deal</source>
            <translation>С&amp;делка</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="43" />
            <source>&amp;Title</source>
            <translation>&amp;Заглавие</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="44" />
            <source>&amp;Amount</source>
            <translation>С&amp;ума</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="45" />
            <source>C&amp;urrency</source>
            <translation>&amp;Валута</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="46" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="47" />
            <source>Account</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="54" />
            <source>%1 — the one there is</source>
            <translation>%1 — съществуващият</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailPane</name>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="184" />
            <source>Undo</source>
            <translation>Отмени</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="237" />
            <location filename="../../ui/detail/base_pane.py" line="941" />
            <source>Delete “%1”</source>
            <translation>Изтриване на „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="247" />
            <source>Make “%1” private</source>
            <translation>Превръщане на „%1“ в личен запис</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="247" />
            <source>Share “%1” with the office</source>
            <translation>Споделяне на „%1“ с офиса</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="272" />
            <source>There is no e-mail address to write to here.</source>
            <translation>Тук няма имейл адрес, на който да се пише.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="275" />
            <source>No mail program opened the message: is one set as the default?</source>
            <translation>Никоя пощенска програма не отвори съобщението: зададена ли е програма по подразбиране?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="304" />
            <source>&amp;Undo</source>
            <translation>&amp;Отмени</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="306" />
            <source>&amp;Redo</source>
            <translation>&amp;Повтори</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="311" />
            <source>Move to Trash</source>
            <translation>Премести в Кошчето</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="314" />
            <source>Log a call…</source>
            <translation>Запиши обаждане…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="317" />
            <source>Write an e-mail…</source>
            <translation>Напиши имейл…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="319" />
            <source>Log an e-mail…</source>
            <translation>Запиши имейл…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="321" />
            <source>Add a note…</source>
            <translation>Добави бележка…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="323" />
            <source>Add a task…</source>
            <translation>Добави задача…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="325" />
            <source>New deal…</source>
            <translation>Нова сделка…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="327" />
            <source>Private</source>
            <translation>Само за мен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="330" />
            <source>Only you see it: sync puts it in your own address book, never in the office's (with no address book of your own it stays on this computer)</source>
            <translation>Виждате го само вие: синхронизирането го поставя във вашия собствен адресник, никога в този на офиса (ако нямате собствен адресник, остава на този компютър)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="573" />
            <source>This record no longer exists.</source>
            <translation>Този запис вече не съществува.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="580" />
            <source>“%1” is in the Trash.</source>
            <translation>„%1“ е в Кошчето.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="594" />
            <source>No next step — &lt;a href="action:task"&gt;Add a task&lt;/a&gt;</source>
            <translation>Няма следваща стъпка — &lt;a href="action:task"&gt;Добавете задача&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="597" />
            <source>Next: %1</source>
            <translation>Следва: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="604" />
            <source>Next: %1 — &lt;span style="color:%3"&gt;overdue since %2&lt;/span&gt;</source>
            <translation>Следва: %1 — &lt;span style="color:%3"&gt;просрочено от %2&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="607" />
            <source>Next: %1 — due today</source>
            <translation>Следва: %1 — срок днес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="609" />
            <source>Next: %1 — due %2</source>
            <translation>Следва: %1 — срок %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="664" />
            <source>Hide empty fields</source>
            <translation>Скрий празните полета</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="665" />
            <source>Show empty fields (%1)</source>
            <translation>Покажи празните полета (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="676" />
            <source>None yet.</source>
            <translation>Все още няма.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="713" />
            <source>Add</source>
            <translation>Добави</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="752" />
            <source>Edit %1</source>
            <translation>Редактиране на %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="870" />
            <source>This e-mail has no attached files.</source>
            <translation>Този имейл няма прикачени файлове.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="877" />
            <source>There is no original of this e-mail here: it was logged by hand, or the mail folder it was read from no longer holds it.</source>
            <translation>Тук няма оригинал на този имейл: бил е записан ръчно или пощенската папка, от която е прочетен, вече не го съдържа.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="881" />
            <source>No program opened the message (%1).</source>
            <translation>Никоя програма не отвори съобщението (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="929" />
            <source>Link to the deal “%1”</source>
            <translation>Свързване със сделката „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="929" />
            <source>Unlink from the deal “%1”</source>
            <translation>Премахване на връзката със сделката „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="941" />
            <source>Delete a timeline entry</source>
            <translation>Изтриване на запис от хронологията</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1038" />
            <source>Tags</source>
            <translation>Етикети</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1039" />
            <source>Add tags, separated by commas</source>
            <translation>Добавете етикети, разделени със запетаи</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1062" />
            <source>won</source>
            <translation>спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1062" />
            <source>lost</source>
            <translation>загубена</translation>
        </message>
    </context>
    <context>
        <name>RecordListView</name>
        <message>
            <location filename="../../ui/views/record_list.py" line="327" />
            <source>The list could not be counted: %1</source>
            <translation>Записите в списъка не можаха да бъдат преброени: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="89" />
            <source>Tag</source>
            <translation>Етикет</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="90" />
            <source>Only records with this tag</source>
            <translation>Само записи с този етикет</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="93" />
            <source>Save as &amp;Segment…</source>
            <translation>Запази като &amp;сегмент…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="94" />
            <source>Keep this filter in the navigation</source>
            <translation>Запазване на този филтър в навигацията</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="97" />
            <source>Co&amp;lumns</source>
            <translation>&amp;Колони</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="98" />
            <source>Choose the columns shown</source>
            <translation>Избор на показваните колони</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="107" />
            <source>The columns the list is filtered by: choose one to remove it</source>
            <translation>Колоните, по които е филтриран списъкът: изберете една, за да я премахнете</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="148" />
            <source>Clear filter</source>
            <translation>Изчисти филтъра</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/record_list.py" line="212" />
            <location filename="../../ui/views/record_list.py" line="283" />
            <source>Filtered by %n column(s)</source>
            <translation>
                <numerusform>Филтрирано по %n колона</numerusform>
                <numerusform>Филтрирано по %n колони</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="249" />
            <source>Remove: %1</source>
            <translation>Премахване: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="254" />
            <source>Rows Matching &amp;Any One</source>
            <translation>Редове, отговарящи на &amp;поне едно условие</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="258" />
            <source>Show All Rows</source>
            <translation>Покажи всички редове</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="272" />
            <source>All tags</source>
            <translation>Всички етикети</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="313" />
            <source>Save as Segment</source>
            <translation>Запазване като сегмент</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="313" />
            <source>Name of the segment:</source>
            <translation>Име на сегмента:</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="323" />
            <source>Save the segment “%1”</source>
            <translation>Запазване на сегмента „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="331" />
            <source>Remove the segment “%1”</source>
            <translation>Премахване на сегмента „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="102" />
            <source>&amp;Filter by</source>
            <translation>&amp;Филтър по</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="409" />
            <source>Filter by “%1”…</source>
            <translation>Филтрирай по „%1“…</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders.py" line="81" />
            <source>Due today</source>
            <translation>Срок днес</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="86" />
            <source>Starts %1</source>
            <translation>Започва %1</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="87" />
            <source>Due %1</source>
            <translation>Срок %1</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="141" />
            <location filename="../../ui/reminders.py" line="329" />
            <source>(no title)</source>
            <translation>(без заглавие)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="155" />
            <source>Reminders</source>
            <translation>Напомняния</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="166" />
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="167" />
            <source>Snooze</source>
            <translation>Отложи</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="171" />
            <source>1 hour</source>
            <translation>1 час</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="173" />
            <source>%1 minutes</source>
            <translation>%1 минути</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="178" />
            <source>Dismiss</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="179" />
            <source>Dismiss (Delete)</source>
            <translation>Затвори (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="180" />
            <source>Dismiss all</source>
            <translation>Затвори всички</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="193" />
            <source>Reminders that came due. Snooze one to see it again later.</source>
            <translation>Напомняния, чийто срок е настъпил. Отложете някое, за да го видите отново по-късно.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="329" />
            <source>Snooze “%1”</source>
            <translation>Отлагане на „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="392" />
            <location filename="../../ui/reminders.py" line="396" />
            <source>Reminder</source>
            <translation>Напомняне</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../ui/reports_dialog.py" line="52" />
            <source>Reports</source>
            <translation>Отчети</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="56" />
            <source>Report</source>
            <translation>Отчет</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="57" />
            <location filename="../../ui/reports_dialog.py" line="81" />
            <source>Deals won and lost</source>
            <translation>Спечелени и загубени сделки</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="58" />
            <source>Activities</source>
            <translation>Дейности</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="59" />
            <source>Leads and deals won, by source</source>
            <translation>Лийдове и спечелени сделки по източник</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="61" />
            <source>Grouped by</source>
            <translation>Групиране по</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="64" />
            <source>From</source>
            <translation>От</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="64" />
            <source>To</source>
            <translation>До</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="69" />
            <source>Print to &amp;PDF…</source>
            <translation>Печат в &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="72" />
            <source>&amp;Report:</source>
            <translation>&amp;Отчет:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="72" />
            <source>&amp;By:</source>
            <translation>&amp;Групиране по:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="73" />
            <source>&amp;From:</source>
            <translation>О&amp;т:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="73" />
            <source>&amp;To:</source>
            <translation>&amp;До:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="116" />
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="116" />
            <location filename="../../ui/reports_dialog.py" line="120" />
            <source>Lead source</source>
            <translation>Източник</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="117" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="117" />
            <location filename="../../ui/reports_dialog.py" line="120" />
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Month</source>
            <translation>Месец</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="124" />
            <source>Week</source>
            <translation>Седмица</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="169" />
            <source>(none)</source>
            <translation>(няма)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Calls</source>
            <translation>Обаждания</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Meetings</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>E-mails</source>
            <translation>Имейли</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="176" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="183" />
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Won</source>
            <translation>Спечелени</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="184" />
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Lost</source>
            <translation>Загубени</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="187" />
            <source>No deal was won or lost in this period.</source>
            <translation>През този период не е спечелена или загубена нито една сделка.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Win rate</source>
            <translation>Дял на спечелените</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="190" />
            <location filename="../../ui/reports_dialog.py" line="227" />
            <source>Won amounts</source>
            <translation>Спечелени суми</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="190" />
            <location filename="../../ui/reports_dialog.py" line="227" />
            <source>Won in %1</source>
            <translation>Спечелени в %1</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="191" />
            <source>Average days to close</source>
            <translation>Среден брой дни до приключване</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="191" />
            <source>Median days to close</source>
            <translation>Медиана на дните до приключване</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="202" />
            <source>Deals by the day they were won or lost, in the stage they closed in. Not in the home currency's column: %1 (no exchange rate).</source>
            <translation>Сделки по деня, в който са спечелени или загубени, в етапа, в който са приключени. Не са в колоната на основната валута: %1 (няма обменен курс).</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="205" />
            <source>Deals by the day they were won or lost, in the stage they closed in.</source>
            <translation>Сделки по деня, в който са спечелени или загубени, в етапа, в който са приключени.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="211" />
            <source>Won: %1 · Lost: %2</source>
            <translation>Спечелени: %1 · Загубени: %2</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="212" />
            <source>Days to close: %1 on average</source>
            <translation>Дни до приключване: средно %1</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="219" />
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Captured</source>
            <translation>Получени</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="220" />
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Qualified</source>
            <translation>Квалифицирани</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="221" />
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Deals won</source>
            <translation>Спечелени сделки</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="223" />
            <source>No lead was captured or decided, and no deal won, in this period.</source>
            <translation>През този период няма получени или решени лийдове и няма спечелени сделки.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Disqualified</source>
            <translation>Отхвърлени</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Still open</source>
            <translation>Още отворени</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Qualification rate</source>
            <translation>Дял на квалифицираните</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="239" />
            <source>Leads by the day they were captured, qualified or disqualified; deals by the day they were won, under their lead source.</source>
            <translation>Лийдовете — по деня на получаване, квалифициране или отхвърляне; сделките — по деня на спечелване, по източник на лийда.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="250" />
            <source>No call, meeting, e-mail or note in this period.</source>
            <translation>През този период няма обаждания, срещи, имейли или бележки.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="252" />
            <source>In all</source>
            <translation>Общо</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="256" />
            <source>An activity's owner is whoever logged it here (or whose it was where sync brought it); those logged before owners were kept have none.</source>
            <translation>Собственик на дейността е този, който я е записал тук (или чиято е била там, откъдето я е донесло синхронизирането); записаните преди въвеждането на собственици нямат такъв.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="267" />
            <location filename="../../ui/reports_dialog.py" line="278" />
            <location filename="../../ui/reports_dialog.py" line="292" />
            <source>Print to PDF</source>
            <translation>Печат в PDF</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="268" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF документи (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="292" />
            <source>Could not write %1.</source>
            <translation>%1 не можа да бъде записан.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="521" />
            <location filename="../../ui/importer/pages.py" line="568" />
            <source>Import finished</source>
            <translation>Импортирането завърши</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="526" />
            <source>New records:</source>
            <translation>Нови записи:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="526" />
            <source>Updated:</source>
            <translation>Обновени:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="527" />
            <source>Unchanged:</source>
            <translation>Непроменени:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="527" />
            <source>Merged:</source>
            <translation>Обединени:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="528" />
            <source>Not imported:</source>
            <translation>Неимпортирани:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="535" />
            <location filename="../../ui/importer/pages.py" line="539" />
            <source>Records not imported</source>
            <translation>Неимпортирани записи</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="546" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="568" />
            <source>Import cancelled</source>
            <translation>Импортирането е отменено</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="570" />
            <source>The import stopped on an error: %1. Records written before it stay.</source>
            <translation>Импортирането спря поради грешка: %1. Записите, направени преди нея, остават.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="573" />
            <source>Imported %1 of %2 records before it was cancelled. They stay.</source>
            <translation>Преди отмяната бяха импортирани %1 от %2 записа. Те остават.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="576" />
            <source>Imported %1 records before it was cancelled. They stay.</source>
            <translation>Преди отмяната бяха импортирани %1 записа. Те остават.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="578" />
            <source>Imported %1 of %2 records. The others are listed below with the reason.</source>
            <translation>Импортирани са %1 от %2 записа. Останалите са изброени по-долу с причината.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="581" />
            <source>All %1 records imported.</source>
            <translation>Всички %1 записа са импортирани.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../ui/search_model.py" line="12" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="13" />
            <source>Account</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="14" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="15" />
            <source>Activity</source>
            <translation>Дейност</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="16" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="17" />
            <source>Lead</source>
            <translation>Лийд</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="59" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="59" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="../../app/account_duplicates.py" line="75" />
            <source>same name but for case, punctuation or legal form</source>
            <translation>едно и също име, ако не се броят главните букви, пунктуацията и правната форма</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="88" />
            <source>similar name</source>
            <translation>подобно име</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="90" />
            <source>same web site</source>
            <translation>същият уебсайт</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="92" />
            <source>same phone</source>
            <translation>същият телефон</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="105" />
            <source>an account cannot be merged with itself</source>
            <translation>фирма не може да бъде обединена сама със себе си</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="217" />
            <source>only an account in the Trash can be purged</source>
            <translation>окончателно може да се изтрие само фирма от Кошчето</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="271" />
            <source>an account needs a name</source>
            <translation>фирмата трябва да има име</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="280" />
            <source>%1 is not a web address (such as example.com)</source>
            <translation>%1 не е уеб адрес (например example.com)</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="245" />
            <source>an activity is a call, meeting, email or note, not %1</source>
            <translation>дейността е обаждане, среща, имейл или бележка, а не %1</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="254" />
            <source>a duration cannot be negative</source>
            <translation>продължителността не може да бъде отрицателна</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="256" />
            <source>a note needs some text</source>
            <translation>бележката трябва да съдържа текст</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="283" />
            <source>a meeting cannot end before it starts</source>
            <translation>срещата не може да завърши, преди да е започнала</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="292" />
            <source>SEQUENCE cannot be negative</source>
            <translation>SEQUENCE не може да бъде отрицателно</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="373" />
            <source>%1 is not a time zone Rapport knows (an IANA name such as Europe/Berlin) and no VTIMEZONE for it is kept</source>
            <translation>%1 не е часова зона, позната на Rapport (име по IANA, например Europe/Berlin), и за нея не е запазен VTIMEZONE</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="392" />
            <source>%1 is not a recurrence rule: %2</source>
            <translation>%1 не е правило за повторение: %2</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="400" />
            <source>an alarm needs an action (DISPLAY, AUDIO, EMAIL)</source>
            <translation>напомнянето трябва да има действие (DISPLAY, AUDIO, EMAIL)</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="403" />
            <source>an alarm is related to START or END, not %1</source>
            <translation>напомнянето е свързано със START или END, а не с %1</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="408" />
            <source>an alarm needs one trigger: minutes before or after, or a moment</source>
            <translation>напомнянето трябва да има един задействащ момент: минути преди или след, или точен момент</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="416" />
            <source>%1 is not an iCalendar property name</source>
            <translation>%1 не е име на свойство от iCalendar</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="419" />
            <source>the value of %1 has a line break (it must stay escaped)</source>
            <translation>стойността на %1 съдържа нов ред (той трябва да остане екраниран)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="123" />
            <source>%1: no such file</source>
            <translation>%1: няма такъв файл</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="129" />
            <source>%1: the database is damaged (%2)</source>
            <translation>%1: базата данни е повредена (%2)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="133" />
            <source>%1: not a Rapport database</source>
            <translation>%1: не е база данни на Rapport</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="135" />
            <source>%1: written by a newer Rapport (schema %2); update Rapport first</source>
            <translation>%1: записано от по-нова версия на Rapport (схема %2); първо обновете Rapport</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="141" />
            <source>%1: not a readable SQLite database (%2)</source>
            <translation>%1: не е четима база данни SQLite (%2)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="160" />
            <source>a backup cannot overwrite the database it copies</source>
            <translation>резервното копие не може да презапише базата данни, която копира</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="165" />
            <location filename="../../app/backup.py" line="174" />
            <source>cannot write the backup %1: %2</source>
            <translation>резервното копие %1 не може да бъде записано: %2</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="171" />
            <source>the disk is full: cannot write the backup %1</source>
            <translation>дискът е пълен: резервното копие %1 не може да бъде записано</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="189" />
            <source>no backup was made today: the database is damaged (%1); the earlier backups are kept</source>
            <translation>днес не е направено резервно копие: базата данни е повредена (%1); по-ранните резервни копия са запазени</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="212" />
            <source>%1 is the database in use; restore from a backup of it</source>
            <translation>%1 е използваната в момента база данни; възстановете от нейно резервно копие</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="39" />
            <source>an iTIP %1 without DTSTART for a meeting not in Rapport; its DTSTAMP stands in for the start</source>
            <translation>iTIP %1 без DTSTART за среща, която не е в Rapport; вместо начало е използван неговият DTSTAMP</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="41" />
            <source>an older version (SEQUENCE %1) of a record Rapport has in a newer one (SEQUENCE %2); kept the newer one</source>
            <translation>по-стара версия (SEQUENCE %1) на запис, който Rapport има в по-нова версия (SEQUENCE %2); запазена е по-новата</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="50" />
            <source>%1: line %2: %3</source>
            <translation>%1: ред %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="54" />
            <source>%1: record %2, line %3: %4</source>
            <translation>%1: запис %2, ред %3: %4</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="71" />
            <location filename="../../app/import_reader.py" line="148" />
            <location filename="../../app/import_reader.py" line="367" />
            <source>the rest of the file cannot be read: %1</source>
            <translation>останалата част от файла не може да бъде прочетена: %1</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="233" />
            <location filename="../../app/importing.py" line="405" />
            <source>the custom field %1 was left out: %2</source>
            <translation>допълнителното поле %1 е пропуснато: %2</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="247" />
            <source>deal %1: %2</source>
            <translation>сделка %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="312" />
            <source>an iTIP %1 asks for a change; it is not applied to the record in Rapport</source>
            <translation>iTIP %1 иска промяна; тя не е приложена към записа в Rapport</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="361" />
            <location filename="../../app/formats/ical.py" line="114" />
            <location filename="../../app/import_reader.py" line="123" />
            <location filename="../../sync/cards.py" line="69" />
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="361" />
            <source>another version of this record came earlier in the file, with the same SEQUENCE and DTSTAMP</source>
            <translation>друга версия на този запис, със същите SEQUENCE и DTSTAMP, се среща по-рано във файла</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="363" />
            <source>kept the earlier one</source>
            <translation>запазена е по-ранната</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="335" />
            <source>this account is linked already</source>
            <translation>тази фирма вече е свързана</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="342" />
            <source>a kept vCard property needs a name</source>
            <translation>запазеното свойство от vCard трябва да има име</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="345" />
            <source>a photo needs its image type, such as image/jpeg</source>
            <translation>снимката трябва да има тип на изображението, например image/jpeg</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="354" />
            <source>a contact needs a name: fill in a given or family name, or a display name</source>
            <translation>контактът трябва да има име: попълнете собствено име или фамилия, или показвано име</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="521" />
            <source>only a contact in the Trash can be purged</source>
            <translation>окончателно може да се изтрие само контакт от Кошчето</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="238" />
            <source>there is no rate of %1 on %2</source>
            <translation>няма курс на %1 за %2</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="251" />
            <source>%1: cannot read it (%2)</source>
            <translation>%1: не може да бъде прочетен (%2)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="294" />
            <source>rates are units of a currency to one euro: the euro's own is always 1</source>
            <translation>курсовете са единици от валутата за едно евро: този на самото евро винаги е 1</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="301" />
            <source>“%1” is not a rate: how many units of %2 one euro buys, as 1.0812</source>
            <translation>„%1“ не е курс: колко единици %2 се купуват с едно евро, например 1.0812</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="310" />
            <source>%1: not the European Central Bank's rates (its first line starts with “Date”, then the currencies)</source>
            <translation>%1: това не са курсовете на Европейската централна банка (първият ред на файла започва с „Date“, последван от валутите)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="322" />
            <source>%1: column “%2” left out: not a currency in use (ISO 4217)</source>
            <translation>%1: колоната „%2“ е пропусната: не е валута в употреба (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="329" />
            <source>%1, line %2: “%3” is not a date; line left out</source>
            <translation>%1, ред %2: „%3“ не е дата; редът е пропуснат</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="342" />
            <source>%1, line %2: %3 rate “%4” is not a number</source>
            <translation>%1, ред %2: курсът на %3 „%4“ не е число</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="98" />
            <source>custom fields go on %1, not %2</source>
            <translation>допълнителни полета има само при %1, не при %2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="101" />
            <source>a key is lower-case letters, digits and _, starting with a letter</source>
            <translation>ключът се състои от малки латински букви, цифри и _ и започва с буква</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="103" />
            <location filename="../../app/custom_fields.py" line="138" />
            <source>a field needs a label</source>
            <translation>полето трябва да има етикет</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="106" />
            <source>a field type is one of %1</source>
            <translation>типът на полето е един от %1</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="110" />
            <location filename="../../app/custom_fields.py" line="144" />
            <source>a choice field needs at least one choice</source>
            <translation>полето за избор трябва да има поне един вариант</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="115" />
            <source>%1 already has a field %2</source>
            <translation>%1 вече има поле %2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="117" />
            <source>a field %1 of %2 was removed, and its key is not used again (values for it may still arrive from other laptops): undo the removal, or choose another key</source>
            <translation>поле %1 на %2 е било премахнато и ключът му не се използва повторно (за него още могат да пристигат стойности от други лаптопи): отменете премахването или изберете друг ключ</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="148" />
            <source>%1: %2 is the value of %3 records; change theirs first</source>
            <translation>%1: %2 е стойността на %3 записа; първо променете техните</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="171" />
            <location filename="../../app/custom_fields.py" line="506" />
            <source>%1 field</source>
            <translation>поле (%1)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="259" />
            <source>%1 field in the Trash</source>
            <translation>поле (%1) в Кошчето</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="459" />
            <source>%1: no %2 is named %3</source>
            <translation>%1: няма %2 с име %3</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="460" />
            <source>%1: more than one %2 is named %3; give its uid</source>
            <translation>%1: има повече от един запис (%2) с име %3; посочете uid</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="490" />
            <location filename="../../app/custom_fields.py" line="544" />
            <location filename="../../app/formats/csv_contacts.py" line="750" />
            <location filename="../../app/import_reader.py" line="118" />
            <location filename="../../app/importing.py" line="57" />
            <location filename="../../sync/calendars.py" line="142" />
            <location filename="../../sync/calendars.py" line="148" />
            <location filename="../../sync/calendars.py" line="154" />
            <location filename="../../sync/calendars.py" line="166" />
            <location filename="../../sync/calendars.py" line="182" />
            <location filename="../../sync/calendars.py" line="192" />
            <location filename="../../sync/cards.py" line="75" />
            <location filename="../../sync/cards.py" line="91" />
            <location filename="../../sync/cards.py" line="97" />
            <location filename="../../sync/cards.py" line="119" />
            <location filename="../../sync/engine.py" line="360" />
            <location filename="../../sync/engine.py" line="617" />
            <location filename="../../sync/engine.py" line="621" />
            <location filename="../../sync/engine.py" line="777" />
            <location filename="../../sync/engine.py" line="876" />
            <location filename="../../sync/imap.py" line="83" />
            <location filename="../../sync/imap.py" line="107" />
            <location filename="../../sync/imap.py" line="275" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="497" />
            <location filename="../../app/custom_fields.py" line="597" />
            <location filename="../../app/custom_fields.py" line="625" />
            <source>%1: %2 is not one of the choices (%3)</source>
            <translation>%1: %2 не е сред вариантите (%3)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="526" />
            <location filename="../../app/custom_fields.py" line="547" />
            <source>%1: %2 is not an amount of money (such as 1200.50 EUR)</source>
            <translation>%1: %2 не е парична сума (например 1200.50 EUR)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="533" />
            <source>%1: %2 names two currencies</source>
            <translation>%1: %2 посочва две валути</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="537" />
            <source>%1: name the currency of %2 (such as EUR), or choose a home currency</source>
            <translation>%1: посочете валутата на %2 (например EUR) или изберете основна валута</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="552" />
            <source>%1: %2 is too large an amount</source>
            <translation>%1: %2 е твърде голяма сума</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="555" />
            <source>%1: %2 has more decimal places than %3 has</source>
            <translation>%1: %2 има повече знаци след десетичната запетая, отколкото %3</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="648" />
            <source>%1: %2 is neither yes nor no</source>
            <translation>%1: %2 не е нито „да“, нито „не“</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="652" />
            <source>%1: %2 is not a number</source>
            <translation>%1: %2 не е число</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="154" />
            <source>deal %1: no stage %2</source>
            <translation>сделка %1: няма етап %2</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="197" />
            <source>the amount %1 is not a number</source>
            <translation>сумата %1 не е число</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="297" />
            <source>deal %1: the custom field %2 was left out: %3</source>
            <translation>сделка %1: допълнителното поле %2 е пропуснато: %3</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="186" />
            <source>%1 is not one of the deal's people</source>
            <translation>%1 не е сред участниците в сделката</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="215" />
            <source>say why the deal was lost</source>
            <translation>посочете защо сделката е загубена</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="311" />
            <source>a deal needs a title</source>
            <translation>сделката трябва да има заглавие</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="330" />
            <source>an amount needs a currency (an ISO 4217 code such as EUR)</source>
            <translation>сумата трябва да има валута (код по ISO 4217, например EUR)</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="338" />
            <source>a probability is a percentage from 0 to 100</source>
            <translation>вероятността е процент от 0 до 100</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="11" />
            <location filename="../../sync/engine.py" line="81" />
            <source>contact</source>
            <translation>контакт</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="12" />
            <location filename="../../sync/engine.py" line="82" />
            <source>account</source>
            <translation>фирма</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="13" />
            <location filename="../../sync/engine.py" line="86" />
            <source>deal</source>
            <translation>сделка</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="14" />
            <source>activity</source>
            <translation>дейност</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="15" />
            <location filename="../../sync/calendars.py" line="72" />
            <location filename="../../sync/engine.py" line="84" />
            <source>task</source>
            <translation>задача</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="16" />
            <location filename="../../sync/engine.py" line="87" />
            <source>lead</source>
            <translation>лийд</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="17" />
            <source>pipeline</source>
            <translation>фуния</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="18" />
            <source>stage</source>
            <translation>етап</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="19" />
            <source>tag</source>
            <translation>етикет</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="20" />
            <location filename="../../app/errors.py" line="21" />
            <source>custom field</source>
            <translation>допълнително поле</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="22" />
            <source>person of the office</source>
            <translation>служител на офиса</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="23" />
            <source>segment</source>
            <translation>сегмент</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="24" />
            <source>sync account</source>
            <translation>акаунт за синхронизиране</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="25" />
            <source>open sync conflict</source>
            <translation>неразрешен конфликт при синхронизиране</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="40" />
            <source>no %1 with uid %2</source>
            <translation>няма %1 с uid %2</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="122" />
            <source>the exporting helper process stopped unexpectedly</source>
            <translation>помощният процес за експортиране спря неочаквано</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="124" />
            <source>the exporting helper process failed: %1</source>
            <translation>помощният процес за експортиране завърши с грешка: %1</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="221" />
            <source>a segment's contacts and accounts export as vCard or CSV, not as a calendar</source>
            <translation>контактите и фирмите на сегмент се експортират като vCard или CSV, а не като календар</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="274" />
            <source>the disk is full: cannot write %1</source>
            <translation>дискът е пълен: %1 не може да бъде записан</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="276" />
            <location filename="../../app/record_files.py" line="168" />
            <source>cannot write %1: %2</source>
            <translation>%1 не може да бъде записан: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="49" />
            <source>the columns (%1) are not those of a Google or Outlook export: say which column holds what (a column mapping)</source>
            <translation>колоните (%1) не са като при експорт от Google или Outlook: посочете коя колона какво съдържа (съответствие на колоните)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="52" />
            <source>the row has %1 fields but the header has %2 columns (it runs from line %3 to line %4: a quote may not be closed)</source>
            <translation>редът има %1 полета, а заглавието има %2 колони (той е от ред %3 до ред %4: възможно е кавичка да не е затворена)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="342" />
            <source>the file has no column %1; its columns are: %2</source>
            <translation>файлът няма колона %1; колоните му са: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="346" />
            <source>%1 is not a field to import into; the fields are: %2</source>
            <translation>%1 не е поле, в което може да се импортира; полетата са: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="484" />
            <source>line %1 is not UTF-8; read it as %2</source>
            <translation>ред %1 не е в UTF-8; прочетен е като %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="491" />
            <source>the file is not UTF-8; read it as %1 (a guess: check names with accents)</source>
            <translation>файлът не е в UTF-8; прочетен е като %1 (предположение: проверете имената с диакритични знаци)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="551" />
            <location filename="../../app/formats/ical.py" line="185" />
            <location filename="../../app/import_plan.py" line="78" />
            <location filename="../../app/importing.py" line="177" />
            <source>the file is empty</source>
            <translation>файлът е празен</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="558" />
            <source>the file has no header line, only a delimiter hint (sep=)</source>
            <translation>файлът няма заглавен ред, а само указание за разделителя (sep=)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="565" />
            <source>the header line cannot be read as CSV (%1)</source>
            <translation>заглавният ред не може да бъде прочетен като CSV (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="568" />
            <source>the first line of the file has no column names</source>
            <translation>първият ред на файла не съдържа имена на колони</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="632" />
            <source>the row cannot be read as CSV (%1)</source>
            <translation>редът не може да бъде прочетен като CSV (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="641" />
            <source>the row has %1 fields but the header has %2 columns</source>
            <translation>редът има %1 полета, а заглавието има %2 колони</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="650" />
            <source>the file has column names but no rows</source>
            <translation>файлът има имена на колони, но няма редове</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="747" />
            <source>%1: %2 is not a date; kept as it was</source>
            <translation>%1: %2 не е дата; запазено е както е</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="805" />
            <source>the row has no name, e-mail address or phone number</source>
            <translation>редът няма име, имейл адрес или телефонен номер</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="871" />
            <source>read %1 as month/day/year (%2); correct it if it was day/month/year</source>
            <translation>%1 е прочетено като месец/ден/година (%2); поправете го, ако е било ден/месец/година</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="81" />
            <source>a VFREEBUSY (free/busy times)</source>
            <translation>VFREEBUSY (свободно/заето време)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="82" />
            <source>a VAVAILABILITY (available times)</source>
            <translation>VAVAILABILITY (време на наличност)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="93" />
            <source>%1 %2 is not valid (%3); left it out</source>
            <translation>%1 %2 е невалидно (%3); пропуснато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="94" />
            <source>%1 %2 is not a date or a date and time (YYYYMMDD or YYYYMMDDTHHMMSS)</source>
            <translation>%1 %2 не е дата или дата и час (YYYYMMDD или YYYYMMDDTHHMMSS)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="96" />
            <source>%1 %2 is a date with a 'Z'; read it as the date</source>
            <translation>%1 %2 е дата със 'Z'; прочетено е като дата</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="97" />
            <source>the time zone %1 is neither defined in the file nor known; read the time as a floating (local) time</source>
            <translation>часовата зона %1 нито е дефинирана във файла, нито е известна; часът е прочетен като плаващ (местен)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="100" />
            <source>%1 uses the time zone %2, which is neither defined in the file nor known; kept it as it was</source>
            <translation>%1 използва часовата зона %2, която нито е дефинирана във файла, нито е известна; запазено е както е</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="102" />
            <source>it got one made from its content, so importing the file again finds the same records</source>
            <translation>получи UID, създаден от съдържанието му, така че повторното импортиране на файла намира същите записи</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="104" />
            <source>each got one made from its content, so importing the file again finds the same records</source>
            <translation>всеки получи UID, създаден от съдържанието му, така че повторното импортиране на файла намира същите записи</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="106" />
            <source>RECURRENCE-ID is a date but the recurring event starts at a date and time (RFC 5545 wants the same type)</source>
            <translation>RECURRENCE-ID е дата, но повтарящото се събитие започва в дата и час (RFC 5545 изисква един и същ тип)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="109" />
            <source>RECURRENCE-ID is a date and time but the recurring event starts at a date (RFC 5545 wants the same type)</source>
            <translation>RECURRENCE-ID е дата и час, но повтарящото се събитие започва в дата (RFC 5545 изисква един и същ тип)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="119" />
            <source>%1; left it out</source>
            <translation>%1; пропуснато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="187" />
            <source>this is a vCard file (contacts, BEGIN:VCARD), not a calendar: import it as contacts</source>
            <translation>това е файл vCard (контакти, BEGIN:VCARD), а не календар: импортирайте го като контакти</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="190" />
            <source>this is not an iCalendar file: it has no BEGIN:VCALENDAR</source>
            <translation>това не е файл iCalendar: няма BEGIN:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="344" />
            <source>line %1: a parameter value has an opening quote but no closing one</source>
            <translation>ред %1: стойност на параметър има отваряща кавичка, но няма затваряща</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="346" />
            <source>line %1 is not a property: no ':' after a name (%2)</source>
            <translation>ред %1 не е свойство: няма ':' след име (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="351" />
            <source>line %1: %2 is not a property name</source>
            <translation>ред %1: %2 не е име на свойство</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="357" />
            <source>%1 has an empty parameter (';;' or ';:'); ignored it</source>
            <translation>%1 има празен параметър (';;' или ';:'); пренебрегнат</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="360" />
            <source>line %1: %2 has a parameter %3 that is not NAME=value</source>
            <translation>ред %1: %2 има параметър %3, който не е във вида NAME=value</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="448" />
            <source>BEGIN:%1 at line %2 begins inside this %3: END:%4 is missing</source>
            <translation>BEGIN:%1 на ред %2 започва вътре в този %3: липсва END:%4</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="456" />
            <source>components nested deeper than %1</source>
            <translation>компоненти, вложени по-дълбоко от %1 нива</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="463" />
            <source>END:VCALENDAR at line %1 comes before END:%2: the component is not complete</source>
            <translation>END:VCALENDAR на ред %1 идва преди END:%2: компонентът не е завършен</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="470" />
            <source>END:%1 at line %2 does not close BEGIN:%3 (line %4)</source>
            <translation>END:%1 на ред %2 не затваря BEGIN:%3 (ред %4)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="490" />
            <source>BEGIN:%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; read it anyway</source>
            <translation>BEGIN:%1 е извън BEGIN:VCALENDAR ... END:VCALENDAR; прочетено е въпреки това</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="509" />
            <source>%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; ignored it</source>
            <translation>%1 е извън BEGIN:VCALENDAR ... END:VCALENDAR; пренебрегнато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="512" />
            <source>%1 is in no component; ignored it</source>
            <translation>%1 не е в никой компонент; пренебрегнато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="535" />
            <source>the calendar says VERSION:%1; read it as iCalendar 2.0</source>
            <translation>календарът посочва VERSION:%1; прочетен е като iCalendar 2.0</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="538" />
            <source>the calendar has no VERSION; read it as iCalendar 2.0</source>
            <translation>календарът няма VERSION; прочетен е като iCalendar 2.0</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="548" />
            <source>the file ends before the END of BEGIN:%1 (line %2): it may be cut short</source>
            <translation>файлът свършва преди END на BEGIN:%1 (ред %2): може да е отрязан</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="550" />
            <source>the file ends before the END of BEGIN:%1: it may be cut short</source>
            <translation>файлът свършва преди END на BEGIN:%1: може да е отрязан</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="559" />
            <source>the calendar has no END:VCALENDAR (the file may be cut short)</source>
            <translation>календарът няма END:VCALENDAR (файлът може да е отрязан)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="565" />
            <source>an empty line, which iCalendar does not allow; skipped (also at line %1)</source>
            <translation>празен ред, какъвто iCalendar не допуска; пропуснат (също на ред %1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="568" />
            <source>an empty line, which iCalendar does not allow; skipped</source>
            <translation>празен ред, какъвто iCalendar не допуска; пропуснат</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="571" />
            <source>this is not an iCalendar file: no line is BEGIN:VCALENDAR</source>
            <translation>това не е файл iCalendar: никой ред не е BEGIN:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="597" />
            <source>a %1 component</source>
            <translation>компонент %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="598" />
            <source>%1 is not something Rapport imports (it keeps events, tasks and journal entries)</source>
            <translation>%1 не е нещо, което Rapport импортира (той съхранява събития, задачи и записи в дневник)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="631" />
            <source>the file is not UTF-8; read it as %1</source>
            <translation>файлът не е в UTF-8; прочетен е като %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="706" />
            <source>a VTIMEZONE without TZID; ignored it</source>
            <translation>VTIMEZONE без TZID; пренебрегнат</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="710" />
            <source>the time zone %1: %2</source>
            <translation>часовата зона %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="714" />
            <source>the time zone %1 could not be read; ignored it</source>
            <translation>часовата зона %1 не можа да бъде прочетена; пренебрегната</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="718" />
            <source>Rapport uses its own rules for %1</source>
            <translation>Rapport използва собствени правила за %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="748" />
            <location filename="../../app/importing.py" line="51" />
            <source>%1 or %2</source>
            <translation>%1 или %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="756" />
            <source>has neither STANDARD nor DAYLIGHT rules</source>
            <translation>няма нито правила STANDARD, нито DAYLIGHT</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="761" />
            <source>its %1 has no %2</source>
            <translation>нейният %1 няма %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="765" />
            <source>%1:%2 is not a UTC offset (+hhmm)</source>
            <translation>%1:%2 не е отместване от UTC (+hhmm)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="820" />
            <source>%1 %2 is out of range</source>
            <translation>%1 %2 е извън допустимия диапазон</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="888" />
            <source>%1; kept it as it was</source>
            <translation>%1; запазено е както е</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="918" />
            <source>this component has no UID</source>
            <translation>този компонент няма UID</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="920" />
            <source>this and %1 other components have no UID</source>
            <translation>този и още %1 компонента нямат UID</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="944" />
            <source>a second, different UID (%1); kept the first</source>
            <translation>втори, различен UID (%1); запазен е първият</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="962" />
            <source>%1 has spaces around its value; ignored them</source>
            <translation>%1 има интервали около стойността си; пренебрегнати</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="971" />
            <source>%1 has both TZID=%2 and a UTC 'Z'; read it as UTC</source>
            <translation>%1 има и TZID=%2, и 'Z' за UTC; прочетено е като UTC</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="994" />
            <source>an empty TZID; converted the time to UTC with its VTIMEZONE</source>
            <translation>празен TZID; часът е преобразуван в UTC чрез неговия VTIMEZONE</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1013" />
            <source>%1 has %2, which is not a date; left it out</source>
            <translation>%1 съдържа %2, което не е дата; пропуснато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1016" />
            <source>%1 has an empty item; left it out</source>
            <translation>%1 има празен елемент; пропуснат</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1025" />
            <source>%1 %2 is out of range; left it out</source>
            <translation>%1 %2 е извън допустимия диапазон; пропуснато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1032" />
            <source>RRULE has escaped separators (\;); read them as plain ones</source>
            <translation>RRULE има екранирани разделители (\;); прочетени са като обикновени</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1036" />
            <source>RRULE takes no parameters; ignored %1</source>
            <translation>RRULE не приема параметри; пренебрегнато: %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1048" />
            <source>SEQUENCE %1 is not a number</source>
            <translation>SEQUENCE %1 не е число</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1062" />
            <source>%1 has no value; ignored it</source>
            <translation>%1 няма стойност; пренебрегнато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1065" />
            <source>%1 %2 has spaces, so it is not an address; kept it as it was</source>
            <translation>%1 %2 съдържа интервали, затова не е адрес; запазено е както е</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1074" />
            <source>a second %1; ignored it (kept the first)</source>
            <translation>втори %1; пренебрегнат (запазен е първият)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1154" />
            <source>the journal entry has no text; imported it as 'Journal entry'</source>
            <translation>записът в дневника няма текст; импортиран е като 'Journal entry'</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1187" />
            <source>a journal entry needs a date (DTSTART), and this %1 has none</source>
            <translation>записът в дневник трябва да има дата (DTSTART), а този %1 няма</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1189" />
            <source>an event needs a start (DTSTART), and this %1 has none</source>
            <translation>събитието трябва да има начало (DTSTART), а този %1 няма</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1206" />
            <source>both DTEND and DURATION (RFC 5545 allows one); used DTEND</source>
            <translation>и DTEND, и DURATION (RFC 5545 допуска само едното); използвано е DTEND</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1210" />
            <source>DTEND and DTSTART differ in type (a date and a date-time)</source>
            <translation>DTEND и DTSTART са от различен тип (дата и дата с час)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1218" />
            <source>DURATION %1 is not a duration</source>
            <translation>DURATION %1 не е продължителност</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1223" />
            <source>the event ends before it starts; left its end out</source>
            <translation>събитието завършва, преди да започне; краят му е пропуснат</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1269" />
            <source>a VALARM without ACTION; read it as ACTION:DISPLAY</source>
            <translation>VALARM без ACTION; прочетено е като ACTION:DISPLAY</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1273" />
            <source>a VALARM without a TRIGGER (when to go off); left it out</source>
            <translation>VALARM без TRIGGER (кога да се задейства); пропуснато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1290" />
            <source>TRIGGER %1 is not a duration; left it out</source>
            <translation>TRIGGER %1 не е продължителност; пропуснато</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1353" />
            <source>the task has no title (SUMMARY); imported it as 'Untitled task'</source>
            <translation>задачата няма заглавие (SUMMARY); импортирана е като 'Untitled task'</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1361" />
            <source>STATUS %1 is not a task status</source>
            <translation>STATUS %1 не е състояние на задача</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1385" />
            <source>DUE %1 has seconds; Rapport keeps due times to the minute</source>
            <translation>DUE %1 съдържа секунди; Rapport пази часовете на сроковете с точност до минута</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1397" />
            <source>%1 %2 is not a number from %3 to %4</source>
            <translation>%1 %2 не е число от %3 до %4</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1411" />
            <source>a recurring task without DUE: Rapport repeats tasks from their due date</source>
            <translation>повтаряща се задача без DUE: Rapport повтаря задачите от техния срок</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1417" />
            <source>RRULE %1 does not work from the due date (%2)</source>
            <translation>RRULE %1 не работи от датата на срока (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="43" />
            <source>lines end with a bare CR (classic Mac OS); save the file with CRLF or LF line ends</source>
            <translation>редовете завършват само със CR (класическа Mac OS); запишете файла с краища на редовете CRLF или LF</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="233" />
            <source>no contacts found in the file</source>
            <translation>във файла не са намерени контакти</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="480" />
            <source>another card begins inside it at line %1 (not as an AGENT)</source>
            <translation>друга карта започва вътре в нея на ред %1 (не като AGENT)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="491" />
            <source>the file starts with a continuation line (a line beginning with a space)</source>
            <translation>файлът започва с ред за продължение (ред, който започва с интервал)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="494" />
            <source>BEGIN/END may not have a group (%1)</source>
            <translation>BEGIN/END не може да има група (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="497" />
            <source>this is a calendar (BEGIN:VCALENDAR), not contacts: import it as a calendar</source>
            <translation>това е календар (BEGIN:VCALENDAR), а не контакти: импортирайте го като календар</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="500" />
            <source>BEGIN:%1 is not the start of a vCard</source>
            <translation>BEGIN:%1 не е начало на vCard</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="503" />
            <source>properties outside BEGIN:VCARD ... END:VCARD</source>
            <translation>свойства извън BEGIN:VCARD ... END:VCARD</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="520" />
            <source>the card has no END:VCARD (the file may be cut short); imported what was there</source>
            <translation>картата няма END:VCARD (файлът може да е отрязан); импортирано е наличното</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="524" />
            <source>the card has no END:VCARD (the file may be cut short)</source>
            <translation>картата няма END:VCARD (файлът може да е отрязан)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="540" />
            <source>the card has no VERSION</source>
            <translation>картата няма VERSION</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="543" />
            <source>VERSION %1 is not a vCard version (2.1, 3.0 or 4.0)</source>
            <translation>VERSION %1 не е версия на vCard (2.1, 3.0 или 4.0)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="556" />
            <source>a vCard %1 needs a name (FN), and this card has none</source>
            <translation>vCard %1 трябва да има име (FN), а тази карта няма</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="582" />
            <source>a parameter value has an opening quote but no closing one</source>
            <translation>стойност на параметър има отваряща кавичка, но няма затваряща</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="599" />
            <source>line %1 has no ':' between a property name and its value</source>
            <translation>ред %1 няма ':' между името на свойството и стойността му</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="610" />
            <source>%1 has an empty parameter (';;' or a ';' before ':')</source>
            <translation>%1 има празен параметър (';;' или ';' преди ':')</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="615" />
            <source>%1 has a parameter list without a name (%2)</source>
            <translation>%1 има списък с параметри без име (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="621" />
            <source>%1 has an empty item in the parameter %2=%3</source>
            <translation>%1 има празен елемент в параметъра %2=%3</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="647" />
            <source>%1 is not a property name</source>
            <translation>%1 не е име на свойство</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="673" />
            <source>%1 says CHARSET=%2, which is not a known character set</source>
            <translation>%1 посочва CHARSET=%2, което не е известна кодировка</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="721" />
            <source>the record is nested too deeply to be read</source>
            <translation>записът е вложен твърде дълбоко, за да бъде прочетен</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="723" />
            <source>the record is too large to be read</source>
            <translation>записът е твърде голям, за да бъде прочетен</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="724" />
            <source>the record could not be read (%1)</source>
            <translation>записът не можа да бъде прочетен (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="734" />
            <source>%1 is marked base64 but its value is not base64</source>
            <translation>%1 е отбелязано като base64, но стойността му не е base64</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="739" />
            <source>line %1: the %2 data is damaged; kept as it was</source>
            <translation>ред %1: данните %2 са повредени; запазени са както са</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="751" />
            <source>line %1: %2 is not UTF-8; read it as %3</source>
            <translation>ред %1: %2 не е в UTF-8; прочетено е като %3</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="61" />
            <location filename="../../app/importing.py" line="170" />
            <source>cannot read the file (%1)</source>
            <translation>файлът не може да бъде прочетен (%1)</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="65" />
            <source>line %1: %2</source>
            <translation>ред %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="81" />
            <source>not a vCard, CSV or iCalendar file</source>
            <translation>не е файл vCard, CSV или iCalendar</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="41" />
            <source>kept EMAIL %1 as it was: it does not pass as email</source>
            <translation>EMAIL %1 е запазен както е: не минава за имейл адрес</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="42" />
            <source>kept TEL %1 as it was: it does not pass as phone</source>
            <translation>TEL %1 е запазен както е: не минава за телефонен номер</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="164" />
            <source>a contact group (%1): Rapport does not import groups yet</source>
            <translation>група контакти (%1): Rapport все още не импортира групи</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="207" />
            <source>the card has no name; imported as %1</source>
            <translation>картата няма име; импортирана е като %1</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="442" />
            <source>the reading process stopped unexpectedly</source>
            <translation>процесът за четене спря неочаквано</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="37" />
            <source>contacts (vCard)</source>
            <translation>контакти (vCard)</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="38" />
            <source>a CSV table</source>
            <translation>таблица CSV</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="39" />
            <source>a calendar (iCalendar)</source>
            <translation>календар (iCalendar)</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="44" />
            <source>%1: record %2: %3</source>
            <translation>%1: запис %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="180" />
            <source>this file is %1, not %2</source>
            <translation>този файл е %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="226" />
            <source>%1: after record %2: %3</source>
            <translation>%1: след запис %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="67" />
            <source>“%1” is not an e-mail domain (as example.com)</source>
            <translation>„%1“ не е имейл домейн (като example.com)</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="70" />
            <source>%1 is a mail provider's domain: its addresses are everyone's, not one company's</source>
            <translation>%1 е домейн на доставчик на поща: адресите в него са на всеки, а не на една фирма</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="80" />
            <source>mail from %1 goes to %2 already: one company a domain</source>
            <translation>пощата от %1 вече отива към %2: по една фирма на домейн</translation>
        </message>
        <message>
            <location filename="../../app/office.py" line="132" />
            <source>a person needs a name</source>
            <translation>служителят трябва да има име</translation>
        </message>
        <message>
            <location filename="../../app/office.py" line="134" />
            <source>a name of at most %1 characters</source>
            <translation>име с най-много %1 знака</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="74" />
            <location filename="../../app/reports.py" line="93" />
            <source>%1 is too far off to look at</source>
            <translation>датата %1 е твърде далечна</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="92" />
            <source>no pipeline is named “%1”</source>
            <translation>няма фуния с име „%1“</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="97" />
            <source>there is no pipeline yet</source>
            <translation>все още няма фуния</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="174" />
            <location filename="../../app/reports.py" line="89" />
            <source>the period ends (%1) before it begins (%2)</source>
            <translation>периодът свършва (%1), преди да започне (%2)</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="22" />
            <source>a pipeline needs a name</source>
            <translation>фунията трябва да има име</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="26" />
            <source>a stage needs a name</source>
            <translation>етапът трябва да има име</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="30" />
            <source>a pipeline needs at least one stage</source>
            <translation>фунията трябва да има поне един етап</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="60" />
            <source>a probability is a percentage from 0 to 100, not %1</source>
            <translation>вероятността е процент от 0 до 100, а не %1</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="182" />
            <source>stage %1 still has %2 deal(s): move them to another stage first</source>
            <translation>етапът %1 все още има сделки (%2): първо ги преместете в друг етап</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="191" />
            <source>stage %1 appears in deals' history and cannot be deleted</source>
            <translation>етапът %1 присъства в историята на сделки и не може да бъде изтрит</translation>
        </message>
        <message>
            <location filename="../../app/privacy.py" line="79" />
            <source>records kept private are %1, not %2</source>
            <translation>лични могат да бъдат само %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="151" />
            <location filename="../../app/record_files.py" line="309" />
            <location filename="../../app/record_files.py" line="322" />
            <source>that file is no longer on the record</source>
            <translation>този файл вече не е към записа</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="198" />
            <source>the file's contents are missing from the database</source>
            <translation>съдържанието на файла липсва в базата данни</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="261" />
            <source>it changed while it was being read; attach it again</source>
            <translation>той се промени, докато се четеше; прикачете го отново</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="265" />
            <location filename="../../app/record_files.py" line="409" />
            <source>cannot read it: %1</source>
            <translation>не може да бъде прочетен: %1</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="398" />
            <location filename="../../app/record_files.py" line="407" />
            <source>it is not a file (a folder?)</source>
            <translation>това не е файл (папка ли е?)</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="416" />
            <source>it is %1, larger than the %2 a file on a record can be</source>
            <translation>той е %1, повече от %2, колкото може да бъде файл към запис</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="50" />
            <source>%1 is empty (0 bytes): the file was cut to nothing</source>
            <translation>%1 е празен (0 байта): файлът е бил отрязан до нула</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="58" />
            <source>%1 cannot be read as a database (%2)</source>
            <translation>%1 не може да бъде прочетен като база данни (%2)</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="60" />
            <source>%1 is damaged (%2)</source>
            <translation>%1 е повреден (%2)</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="90" />
            <source>cannot move the damaged database %1 aside: %2</source>
            <translation>повредената база данни %1 не може да бъде преместена настрана: %2</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="103" />
            <source>cannot restore %1: %2</source>
            <translation>%1 не може да бъде възстановен: %2</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="67" />
            <source>the list has no column %1 to filter by</source>
            <translation>в списъка няма колона %1 за филтриране</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="117" />
            <location filename="../../app/segments.py" line="196" />
            <source>a segment needs a name</source>
            <translation>сегментът трябва да има име</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="121" />
            <source>the list has a segment %1 already</source>
            <translation>списъкът вече има сегмент %1</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="170" />
            <location filename="../../app/tags.py" line="134" />
            <location filename="../../app/tags.py" line="204" />
            <source>a tag needs a name</source>
            <translation>етикетът трябва да има име</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="193" />
            <source>segments are of the lists %1, not %2</source>
            <translation>сегменти имат списъците %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="199" />
            <source>%1 is not a way to compare (one of %2)</source>
            <translation>%1 не е начин за сравнение (един от %2)</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="202" />
            <source>a segment filters the list: give it a text, a tag or a condition</source>
            <translation>сегментът филтрира списъка: задайте му текст, етикет или условие</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="48" />
            <source>the database %1 is damaged (%2); nothing was changed. Restore a backup (rapport restore FILE; backups are in %3) or open Rapport to recover what can be read</source>
            <translation>базата данни %1 е повредена (%2); нищо не е променено. Възстановете резервно копие (rapport restore FILE; резервните копия са в %3) или отворете Rapport, за да спасите каквото може да се прочете</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="62" />
            <location filename="../../app/store.py" line="258" />
            <source>cannot open the database %1: %2</source>
            <translation>базата данни %1 не може да бъде отворена: %2</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="65" />
            <source>the database %1 is empty (0 bytes): the file was cut to nothing and is left as it is. Restore a backup (rapport restore FILE; backups are in %2)</source>
            <translation>базата данни %1 е празна (0 байта): файлът е бил отрязан до нула и е оставен както е. Възстановете резервно копие (rapport restore FILE; резервните копия са в %2)</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="154" />
            <source>another Rapport has been writing to %1 for too long; nothing was written, try again later</source>
            <translation>друг Rapport записва в %1 твърде дълго; нищо не е записано, опитайте отново по-късно</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="231" />
            <source>cannot create the data folder %1: %2</source>
            <translation>папката с данни %1 не може да бъде създадена: %2</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="252" />
            <source>%1: %2; update Rapport to open it</source>
            <translation>%1: %2; обновете Rapport, за да я отворите</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="26" />
            <location filename="../../app/store_errors.py" line="28" />
            <source>another program holds the database (locked); try again</source>
            <translation>друга програма държи базата данни (заключена е); опитайте отново</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="30" />
            <source>the database file is read-only</source>
            <translation>файлът на базата данни е само за четене</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="32" />
            <source>the disk could not be read or written (disk I/O error)</source>
            <translation>дискът не можа да бъде прочетен или записан (входно-изходна грешка)</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="34" />
            <source>the database file is damaged; restore it from a backup</source>
            <translation>файлът на базата данни е повреден; възстановете го от резервно копие</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="36" />
            <source>the disk is full: nothing was written</source>
            <translation>дискът е пълен: нищо не е записано</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="38" />
            <source>the database file cannot be opened (it or its folder is missing or locked)</source>
            <translation>файлът на базата данни не може да бъде отворен (той или папката му липсват или са заключени)</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="40" />
            <source>the database file is not an SQLite database</source>
            <translation>файлът на базата данни не е база данни SQLite</translation>
        </message>
        <message>
            <location filename="../../app/tags.py" line="141" />
            <source>there is already a tag called %1</source>
            <translation>вече има етикет с име %1</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="249" />
            <source>a task needs a title</source>
            <translation>задачата трябва да има заглавие</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="261" />
            <source>a due time needs a due date</source>
            <translation>часът на срока изисква дата на срока</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="269" />
            <source>priority goes from 0 (none) and 1 (highest) to 9 (lowest)</source>
            <translation>приоритетът е от 0 (няма) и 1 (най-висок) до 9 (най-нисък)</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="174" />
            <location filename="../../app/leads.py" line="195" />
            <source>a lead is qualified by qualifying it, which makes its contact, account and deal</source>
            <translation>лийдът се квалифицира с командата „Квалифицирай“: тя създава контакта, фирмата и сделката</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="192" />
            <location filename="../../app/leads.py" line="213" />
            <source>this lead is qualified: undo its qualifying to work on it as a lead again</source>
            <translation>този лийд е квалифициран: отменете квалифицирането, за да работите пак с него като с лийд</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="209" />
            <location filename="../../app/leads.py" line="392" />
            <source>say why the lead is disqualified</source>
            <translation>посочете защо лийдът е отхвърлен</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="234" />
            <source>this lead is qualified already</source>
            <translation>този лийд вече е квалифициран</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="237" />
            <source>this lead was disqualified: reopen it to qualify it</source>
            <translation>този лийд е отхвърлен: върнете го в работа, за да го квалифицирате</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="291" />
            <source>From the lead</source>
            <translation>От лийда</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="364" />
            <source>only a lead in the Trash can be purged</source>
            <translation>окончателно може да се изтрие само лийд от кошчето</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="374" />
            <source>a lead needs a name or a company</source>
            <translation>лийдът трябва да има име или фирма</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="388" />
            <location filename="../../app/tasks.py" line="272" />
            <source>status is one of %1, not %2</source>
            <translation>състоянието е едно от %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="275" />
            <source>percent complete goes from 0 to 100</source>
            <translation>процентът на изпълнение е от 0 до 100</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="280" />
            <source>a recurring task needs a due date to repeat from</source>
            <translation>повтарящата се задача трябва да има срок, от който да се повтаря</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="352" />
            <source>“%1” cannot be redone: it created too many records to keep a copy</source>
            <translation>„%1“ не може да бъде повторено: създаде твърде много записи, за да се пази копие</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="383" />
            <source>cannot undo %1: there is no %2 any more (it was deleted for good after it)</source>
            <translation>%1 не може да бъде отменено: %2 вече не съществува (изтрито е окончателно след това)</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="402" />
            <source>the %1 “%2”</source>
            <translation>%1 „%2“</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="403" />
            <source>a %1</source>
            <translation>%1</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="510" />
            <source>the merge</source>
            <translation>обединяването</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="512" />
            <source>the import</source>
            <translation>импортирането</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="513" />
            <source>“%1”</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="517" />
            <source>cannot undo %1: %2 was edited after it</source>
            <translation>%1 не може да бъде отменено: %2 е редактирано след това</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="532" />
            <source>%1 “%2”</source>
            <translation>%1 „%2“</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="27" />
            <source>an e-mail address cannot be empty</source>
            <translation>имейл адресът не може да бъде празен</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="38" />
            <source>%1 is not an e-mail address: %2</source>
            <translation>%1 не е имейл адрес: %2</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="47" />
            <source>it has no @</source>
            <translation>няма @</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="49" />
            <source>nothing follows the @</source>
            <translation>след @ няма нищо</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="51" />
            <source>nothing comes before the @</source>
            <translation>преди @ няма нищо</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="53" />
            <source>it holds a character an address cannot have</source>
            <translation>съдържа знак, който не може да присъства в адрес</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="55" />
            <source>what follows the @ is not a domain (such as example.com)</source>
            <translation>това след @ не е домейн (например example.com)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="56" />
            <source>it is not written as an address is (name@example.com)</source>
            <translation>не е изписан като адрес (name@example.com)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="63" />
            <source>%1 is not a phone number: it needs at least three digits</source>
            <translation>%1 не е телефонен номер: трябват поне три цифри</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="99" />
            <source>%1 is not an ISO 4217 currency code (such as EUR, USD, RUB, CNY)</source>
            <translation>%1 не е код на валута по ISO 4217 (например EUR, USD, RUB, CNY)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="117" />
            <source>%1 has more than %2 decimal places, which %3 does not have</source>
            <translation>%1 има повече от %2 знака след десетичната запетая, а %3 няма толкова</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="120" />
            <source>%1 %2 is too large an amount</source>
            <translation>%1 %2 е твърде голяма сума</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="135" />
            <location filename="../../app/validation.py" line="137" />
            <source>%1 is not an amount</source>
            <translation>%1 не е сума</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="139" />
            <source>an amount cannot be negative</source>
            <translation>сумата не може да бъде отрицателна</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="155" />
            <source>%1 is not a date (expected YYYY-MM-DD)</source>
            <translation>%1 не е дата (очаква се YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="168" />
            <source>%1 is not a date and time (expected YYYY-MM-DD HH:MM)</source>
            <translation>%1 не е дата и час (очаква се YYYY-MM-DD HH:MM)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="195" />
            <source>%1 is not a time of day (expected HH:MM)</source>
            <translation>%1 не е час от деня (очаква се HH:MM)</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="71" />
            <location filename="../../sync/engine.py" line="83" />
            <source>meeting</source>
            <translation>среща</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="73" />
            <source>note</source>
            <translation>бележка</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="134" />
            <source>a calendar object</source>
            <translation>обект от календар</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="147" />
            <source>no VEVENT, VTODO or VJOURNAL in it</source>
            <translation>в него няма VEVENT, VTODO или VJOURNAL</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="158" />
            <source>%1: a second object (%2 %3) in one resource; left it out</source>
            <translation>%1: втори обект (%2 %3) в един ресурс; пропуснат</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="81" />
            <source>record %1 (line %2): %3</source>
            <translation>запис %1 (ред %2): %3</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="87" />
            <source>a card</source>
            <translation>карта</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="96" />
            <source>no vCard</source>
            <translation>няма vCard</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="141" />
            <source>kept TEL %1 as it was</source>
            <translation>TEL %1 е запазен както е</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="151" />
            <source>%1 is not a server address</source>
            <translation>%1 не е адрес на сървър</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="184" />
            <source>the server pointed to %1, which is not on %2 (the account's server); refused, nothing was sent there</source>
            <translation>сървърът препрати към %1, който не е на %2 (сървъра на акаунта); отказано, нищо не е изпратено там</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="211" />
            <source>%1 %2: the server took longer than %3 s to answer; the request was given up</source>
            <translation>%1 %2: сървърът не отговори за повече от %3 с; заявката е прекратена</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="215" />
            <source>%1: %2; nothing was sent. If the server really has a new certificate, add the account again with --trust-certificate</source>
            <translation>%1: %2; нищо не е изпратено. Ако сървърът наистина има нов сертификат, добавете акаунта отново с --trust-certificate</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="219" />
            <location filename="../../sync/imap.py" line="113" />
            <source>%1: the server's TLS certificate is not trusted (%2). If this is your own server and you trust it, add the account with --trust-certificate</source>
            <translation>%1: TLS сертификатът на сървъра не е доверен (%2). Ако това е ваш собствен сървър и му имате доверие, добавете акаунта с --trust-certificate</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="224" />
            <source>%1 %2: the server did not answer in %3 s</source>
            <translation>%1 %2: сървърът не отговори за %3 с</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="227" />
            <source>%1 %2: the connection failed (%3)</source>
            <translation>%1 %2: връзката е неуспешна (%3)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="233" />
            <location filename="../../sync/memory.py" line="70" />
            <source>%1 %2: the server is out of space (507)</source>
            <translation>%1 %2: на сървъра няма място (507)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="244" />
            <source>the server is busy or failing (%1 on %2 %3); it asks to retry in %4 s</source>
            <translation>сървърът е зает или има проблем (%1 при %2 %3); иска нов опит след %4 с</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="248" />
            <location filename="../../sync/memory.py" line="73" />
            <source>the server is busy or failing (%1 on %2 %3); try again later</source>
            <translation>сървърът е зает или има проблем (%1 при %2 %3); опитайте отново по-късно</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="258" />
            <location filename="../../sync/memory.py" line="78" />
            <source>the server refused the user name or password (%1); enter them again</source>
            <translation>сървърът отхвърли потребителското име или паролата (%1); въведете ги отново</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="263" />
            <location filename="../../sync/memory.py" line="81" />
            <source>%1 %2: changed on the server meanwhile</source>
            <translation>%1 %2: междувременно е променено на сървъра</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="265" />
            <location filename="../../sync/memory.py" line="83" />
            <location filename="../../sync/memory.py" line="356" />
            <location filename="../../sync/memory.py" line="398" />
            <source>%1 %2: the server answered %3</source>
            <translation>%1 %2: сървърът отговори %3</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="291" />
            <source>%1 %2: the server sent the request on to %3, an unencrypted http:// address; not followed, so neither the password nor any data went there</source>
            <translation>%1 %2: сървърът пренасочи заявката към %3, нешифрован адрес http://; пренасочването не е последвано, така че нито паролата, нито данни са изпратени там</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="296" />
            <source>%1 %2: the server sent the request on to %3, on another server; not followed (nothing was sent there). If the account really moved, add it again with that address</source>
            <translation>%1 %2: сървърът пренасочи заявката към %3, на друг сървър; пренасочването не е последвано (нищо не е изпратено там). Ако акаунтът наистина е преместен, добавете го отново с този адрес</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="507" />
            <source>%1: no CardDAV or CalDAV service found there (no current-user-principal)</source>
            <translation>%1: там не е намерена услуга CardDAV или CalDAV (няма current-user-principal)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="619" />
            <location filename="../../sync/imap.py" line="298" />
            <source>%1: could not read the server's certificate (%2)</source>
            <translation>%1: сертификатът на сървъра не можа да бъде прочетен (%2)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="622" />
            <location filename="../../sync/imap.py" line="301" />
            <source>%1: the server showed no certificate</source>
            <translation>%1: сървърът не представи сертификат</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="637" />
            <source>%1: the server's answer could not be read (%2); nothing of it was used</source>
            <translation>%1: отговорът на сървъра не можа да бъде прочетен (%2); нищо от него не е използвано</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="85" />
            <source>call, e-mail or note</source>
            <translation>обаждане, имейл или бележка</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="88" />
            <source>contact group</source>
            <translation>група контакти</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="91" />
            <source>contacts</source>
            <translation>контакти</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="92" />
            <source>accounts</source>
            <translation>фирми</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="93" />
            <source>meetings</source>
            <translation>срещи</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="94" />
            <source>tasks</source>
            <translation>задачи</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="95" />
            <source>calls, e-mails and notes</source>
            <translation>обаждания, имейли и бележки</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="96" />
            <source>deals</source>
            <translation>сделки</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="97" />
            <source>leads</source>
            <translation>лийдове</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="98" />
            <source>contact groups</source>
            <translation>групи контакти</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="186" />
            <source>the sync was stopped; it goes on from here next time</source>
            <translation>синхронизирането е спряно; следващия път ще продължи оттук</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="245" />
            <source>the server's getlastmodified did not move with a change; asking for the ctag from now on</source>
            <translation>getlastmodified на сървъра не се промени при промяна; отсега нататък се изисква ctag</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="277" />
            <source>the server lists none of the meetings and tasks synced before (%1); nothing was deleted here. If that is right, run the sync again allowing a mass delete</source>
            <translation>сървърът не показва нито една от синхронизираните преди срещи и задачи (%1); тук нищо не е изтрито. Ако това е вярно, пуснете синхронизирането отново, като разрешите масово изтриване</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="281" />
            <source>the server lists none of the cards synced before (%1); nothing was deleted here. If that is right, run the sync again allowing a mass delete</source>
            <translation>сървърът не показва нито една от синхронизираните преди карти (%1); тук нищо не е изтрито. Ако това е вярно, пуснете синхронизирането отново, като разрешите масово изтриване</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="395" />
            <source>%1: the same card (UID %2) is also at %3; following that one</source>
            <translation>%1: същата карта (UID %2) е и на %3; следи се тя</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="434" />
            <location filename="../../sync/engine.py" line="722" />
            <source>%1 %2: deleted here but changed on the server; brought back</source>
            <translation>%1 %2: изтрито тук, но променено на сървъра; възстановено</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="466" />
            <source>%1 %2: both sides changed %3; kept the server's version, yours is in the conflict list</source>
            <translation>%1 %2: двете страни са променили %3; запазена е версията от сървъра, вашата е в списъка с конфликти</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="486" />
            <source>%1 %2: deleted on the server but changed here; uploading it again</source>
            <translation>%1 %2: изтрито на сървъра, но променено тук; качва се отново</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="538" />
            <source>all the %1 synced with this collection (%2) were deleted here; the server keeps them until a sync allowing a mass delete</source>
            <translation>всички %1, синхронизирани с тази колекция (%2), са изтрити тук; сървърът ги пази до синхронизиране, разрешаващо масово изтриване</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="589" />
            <source>%1 %2 changed on the server; it moves after the next sync has brought the change</source>
            <translation>%1 %2 е променено на сървъра; ще бъде преместено, след като следващото синхронизиране донесе промяната</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="825" />
            <source>made the calendar “%1” for the office's calls, e-mails and notes</source>
            <translation>създаден е календарът „%1“ за обажданията, имейлите и бележките на офиса</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="828" />
            <location filename="../../sync/service.py" line="215" />
            <source>no calendar of this account takes journal entries and none could be made (%1); calls, e-mails and notes stay on this computer</source>
            <translation>никой календар на този акаунт не приема записи в дневник и не можа да бъде създаден такъв (%1); обажданията, имейлите и бележките остават на този компютър</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="850" />
            <source>%1 at %2: no password known; add the account again</source>
            <translation>%1 на %2: паролата не е известна; добавете акаунта отново</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="869" />
            <source>%1; the rest was not uploaded</source>
            <translation>%1; останалото не е качено</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="880" />
            <source>%1 at %2: %3</source>
            <translation>%1 на %2: %3</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="914" />
            <source>sync stopped: %1</source>
            <translation>синхронизирането е спряно: %1</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="917" />
            <source>%1: %2 in, %3 deleted here, %4 out, %5 deleted there, conflicts: %6, errors: %7</source>
            <translation>%1: %2 получени, %3 изтрити тук, %4 изпратени, %5 изтрити там, конфликти: %6, грешки: %7</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="922" />
            <source>sync done: %1</source>
            <translation>синхронизирането завърши: %1</translation>
        </message>
        <message>
            <location filename="../../sync/errors.py" line="36" />
            <source>%1 %2: the server does not allow this change (403: a read-only collection, or one this account may not write)</source>
            <translation>%1 %2: сървърът не разрешава тази промяна (403: колекция само за четене или такава, в която този акаунт не може да пише)</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="93" />
            <source>%1: the server does not offer STARTTLS (%2); nothing was sent</source>
            <translation>%1: сървърът не предлага STARTTLS (%2); нищо не е изпратено</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="102" />
            <source>%1: the server refused the user name %2 or its password</source>
            <translation>%1: сървърът отхвърли потребителското име %2 или паролата му</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="124" />
            <source>%1: the server's certificate (%2) is not the one you trusted (%3); nothing was sent. If the server really has a new certificate, add the account again with --trust-certificate</source>
            <translation>%1: сертификатът на сървъра (%2) не е този, на който сте се доверили (%3); нищо не е изпратено. Ако сървърът наистина има нов сертификат, добавете акаунта отново с --trust-certificate</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="176" />
            <source>%1: the folder %2 has no UIDVALIDITY (the server cannot say what is new)</source>
            <translation>%1: папката %2 няма UIDVALIDITY (сървърът не може да каже какво е ново)</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="271" />
            <source>%1: the connection to the server broke off; what came before it is kept, and the next fetch goes on from there</source>
            <translation>%1: връзката със сървъра прекъсна; полученото дотогава е запазено и следващото изтегляне ще продължи оттам</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="279" />
            <source>%1: the server answered: %2</source>
            <translation>%1: сървърът отговори: %2</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="249" />
            <source>a mail account needs a server and a user name</source>
            <translation>пощенският акаунт трябва да има сървър и потребителско име</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="258" />
            <source>%1 has no folder %2 (its folders: %3)</source>
            <translation>%1 няма папка %2 (папките му: %3)</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="305" />
            <source>mail is being fetched for this data folder already (another window or `rapport mail fetch`); this fetch was not started</source>
            <translation>за тази папка с данни вече се изтегля поща (друг прозорец или `rapport mail fetch`); това изтегляне не е стартирано</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="344" />
            <source>no password is kept for %1: enter it again (rapport mail add-account)</source>
            <translation>за %1 няма запазена парола: въведете я отново (rapport mail add-account)</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="426" />
            <source>the fetch was stopped</source>
            <translation>изтеглянето е спряно</translation>
        </message>
        <message>
            <location filename="../../sync/memory.py" line="278" />
            <source>%1: no such collection (404)</source>
            <translation>%1: няма такава колекция (404)</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="47" />
            <source>the server's name cannot be found (no network, or a mistyped address)</source>
            <translation>името на сървъра не може да бъде намерено (няма мрежа или адресът е сгрешен)</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="50" />
            <source>the server refused the connection (is it running, and is the address right?)</source>
            <translation>сървърът отказа връзката (работи ли и правилен ли е адресът?)</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="53" />
            <source>the server closed the connection</source>
            <translation>сървърът затвори връзката</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="55" />
            <source>the network or the server cannot be reached</source>
            <translation>мрежата или сървърът са недостъпни</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="78" />
            <source>%1 is not a server address: give it as https://host/path, as a host name, or as your e-mail address</source>
            <translation>%1 не е адрес на сървър: задайте го като https://host/path, като име на хост или като своя имейл адрес</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="89" />
            <source>%1 is a plain http:// address: the password and every card would cross the network unencrypted. Use https://, or, if you accept that, add the account with --insecure-http</source>
            <translation>%1 е обикновен адрес http://: паролата и всяка карта биха минали през мрежата нешифровани. Използвайте https:// или, ако приемате това, добавете акаунта с --insecure-http</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="171" />
            <source>the address names the user %1 but the user name given is %2; give only one</source>
            <translation>адресът посочва потребителя %1, но зададеното потребителско име е %2; посочете само едно</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="198" />
            <source>no calendar was found and none could be made (%1)</source>
            <translation>не е намерен календар и не можа да бъде създаден (%1)</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="206" />
            <source>no calendar of this account takes tasks and none could be made (%1); tasks and deals stay on this computer</source>
            <translation>никой календар на този акаунт не приема задачи и не можа да бъде създаден такъв (%1); задачите и сделките остават на този компютър</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="226" />
            <source>%1 at %2 is added already (as %3); its address books and calendars sync with it</source>
            <translation>%1 на %2 вече е добавен (като %3); адресниците и календарите му се синхронизират с него</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="237" />
            <source>added %1 at %2 (address books: %3, calendars: %4)</source>
            <translation>добавен е %1 на %2 (адресници: %3, календари: %4)</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="259" />
            <source>the DNS of %1 names %2, a server of another domain, as its address book and calendar server; nothing was sent there. If that is your provider's, add the account with its address: %3</source>
            <translation>DNS на %1 посочва %2, сървър от друг домейн, като сървър за адресници и календари; нищо не е изпратено там. Ако той е на вашия доставчик, добавете акаунта с неговия адрес: %3</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="274" />
            <source>a sync of this data folder is running already (another window or `rapport sync run`); this one was not started</source>
            <translation>вече тече синхронизиране на тази папка с данни (друг прозорец или `rapport sync run`); това синхронизиране не е стартирано</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="354" />
            <source>the local version of %1 cannot be read back: %2</source>
            <translation>локалната версия на %1 не може да бъде прочетена обратно: %2</translation>
        </message>
        <message>
            <location filename="../../app/lead_import.py" line="85" />
            <source>a lead has no field %1 (its fields: %2)</source>
            <translation>лийдът няма поле %1 (полетата му: %2)</translation>
        </message>
        <message>
            <location filename="../../app/lead_import.py" line="88" />
            <source>no column of the file is a name, a company or an e-mail address (its columns: %1)</source>
            <translation>нито една колона на файла не е име, фирма или имейл адрес (колоните му: %1)</translation>
        </message>
        <message>
            <location filename="../../app/links.py" line="25" />
            <source>can link to a contact, account, deal or lead, not %1</source>
            <translation>може да се свърже с контакт, фирма, сделка или лийд, но не и с %1</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="87" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Запази (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="120" />
            <source>Pri&amp;vate</source>
            <translation>&amp;Личен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="121" />
            <source>Only you see it: sync puts it in your own collection, never in the office's (with no collection of your own it stays on this computer)</source>
            <translation>Виждате го само вие: синхронизирането го поставя във вашата собствена колекция, никога в тази на офиса (ако нямате собствена колекция, остава на този компютър)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="28" />
            <source>Detail panes</source>
            <translation>Панели с подробности</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="29" />
            <source>Edit the field in focus</source>
            <translation>Редактиране на полето на фокус</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="30" />
            <source>Save the field</source>
            <translation>Запазване на полето</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="31" />
            <source>Cancel the edit</source>
            <translation>Отказ от редактирането</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="32" />
            <source>Next or previous field</source>
            <translation>Следващо или предишно поле</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="33" />
            <source>Pick a date from a calendar</source>
            <translation>Избор на дата от календар</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="34" />
            <source>Open a timeline entry to edit it</source>
            <translation>Отваряне на запис от хронологията за редактиране</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="35" />
            <source>Delete a timeline entry</source>
            <translation>Изтриване на запис от хронологията</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="37" />
            <source>Lists and fields</source>
            <translation>Списъци и полета</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="38" />
            <source>From a filter or search field into its rows</source>
            <translation>От поле за филтър или търсене към редовете му</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="39" />
            <source>Choose from a completion list</source>
            <translation>Избор от списък с допълване</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="41" />
            <source>Pipeline board</source>
            <translation>Табло на фунията</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="42" />
            <source>Move the selected deal to the next stage</source>
            <translation>Преместване на избраната сделка в следващия етап</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="43" />
            <source>Move the selected deal to the previous stage</source>
            <translation>Преместване на избраната сделка в предишния етап</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="44" />
            <source>Open the selected deal</source>
            <translation>Отваряне на избраната сделка</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="46" />
            <source>Sheets and dialogs</source>
            <translation>Формуляри и диалогови прозорци</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="47" />
            <source>Save</source>
            <translation>Запазване</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="48" />
            <source>Close without saving</source>
            <translation>Затваряне без запазване</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="49" />
            <source>Schedule the next step offered</source>
            <translation>Планиране на предложената следваща стъпка</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="58" />
            <source>Keyboard Shortcuts</source>
            <translation>Клавишни комбинации</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="61" />
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="61" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline/board.py" line="159" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n сделка</numerusform>
                <numerusform>%n сделки</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="170" />
            <source>≈ %1</source>
            <translation>≈ %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/board.py" line="173" />
            <location filename="../../ui/pipeline/board.py" line="178" />
            <source>%1 + %n other currency(ies)</source>
            <translation>
                <numerusform>%1 + още %n валута</numerusform>
                <numerusform>%1 + още %n валути</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="180" />
            <source>No amounts</source>
            <translation>Няма суми</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="182" />
            <source>%1, probability %2 %</source>
            <translation>%1, вероятност %2 %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="186" />
            <source>≈ %1 in all, at today's rates</source>
            <translation>≈ %1 общо, по днешните курсове</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="188" />
            <source>%1 at the rate of %2 (no newer one)</source>
            <translation>%1 по курса от %2 (няма по-нов)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="191" />
            <source>Click to show the totals the other way</source>
            <translation>Щракнете, за да покажете сумите по другия начин</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/board.py" line="197" />
            <source>Show more (%n not shown)</source>
            <translation>
                <numerusform>Покажи още (%n не е показана)</numerusform>
                <numerusform>Покажи още (%n не са показани)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageEditorDialog</name>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="181" />
            <source>Edit pipeline</source>
            <translation>Редактиране на фунията</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="189" />
            <source>&amp;Pipeline name:</source>
            <translation>&amp;Име на фунията:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="214" />
            <source>&amp;Add stage</source>
            <translation>&amp;Добави етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="215" />
            <source>&amp;Remove</source>
            <translation>&amp;Премахни</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="216" />
            <source>Move &amp;up</source>
            <translation>Премести на&amp;горе</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="217" />
            <source>Move &amp;down</source>
            <translation>Премести надол&amp;у</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="235" />
            <source>Changes are saved as you make them. Double-click a name or probability to edit it.</source>
            <translation>Промените се запазват веднага. Щракнете двукратно върху име или вероятност, за да ги редактирате.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="266" />
            <source>New stage</source>
            <translation>Нов етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="267" />
            <source>Add stage “%1”</source>
            <translation>Добавяне на етап „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="279" />
            <source>Remove stage “%1”</source>
            <translation>Премахване на етап „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="288" />
            <source>Move stage “%1”</source>
            <translation>Преместване на етап „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="317" />
            <source>Rename pipeline “%1”</source>
            <translation>Преименуване на фунията „%1“</translation>
        </message>
    </context>
    <context>
        <name>StageStepper</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline/deal_detail.py" line="124" />
            <source>%1: %n day(s)</source>
            <translation>
                <numerusform>%1: %n ден</numerusform>
                <numerusform>%1: %n дни</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="128" />
            <source>Stages</source>
            <translation>Етапи</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="176" />
            <source>%1 d</source>
            <comment>days in a stage</comment>
            <translation>%1 дн.</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="88" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="88" />
            <source>Probability</source>
            <translation>Вероятност</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="88" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="104" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="109" />
            <source>Deals in this stage, open or closed; a stage can be removed once it has none.</source>
            <translation>Сделки в този етап, отворени или приключени; етапът може да бъде премахнат, когато няма нито една.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="128" />
            <source>Rename stage “%1”</source>
            <translation>Преименуване на етап „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="138" />
            <source>Change the probability of “%1”</source>
            <translation>Промяна на вероятността на „%1“</translation>
        </message>
    </context>
    <context>
        <name>StartProblem</name>
        <message>
            <location filename="../../ui/start_problem.py" line="26" />
            <source>Rapport cannot start</source>
            <translation>Rapport не може да стартира</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="27" />
            <source>Rapport cannot start.</source>
            <translation>Rapport не може да стартира.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="35" />
            <source>The database was rescued</source>
            <translation>Базата данни е спасена</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="51" />
            <location filename="../../ui/start_problem.py" line="117" />
            <source>The database is damaged</source>
            <translation>Базата данни е повредена</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="52" />
            <source>Rapport cannot open its database: %1</source>
            <translation>Rapport не може да отвори базата си данни: %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="55" />
            <source>The damaged file is kept in the backups folder either way; nothing is deleted. Choose how to go on:</source>
            <translation>Повреденият файл се запазва в папката с резервни копия във всеки случай; нищо не се изтрива. Изберете как да продължите:</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="62" />
            <source>&amp;Restore the backup of %1 (contacts: %2)</source>
            <translation>&amp;Възстанови резервното копие от %1 (контакти: %2)</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="64" />
            <source>R&amp;ecover what can be read</source>
            <translation>&amp;Спаси каквото може да се прочете</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="66" />
            <source>&amp;Quit</source>
            <translation>&amp;Изход</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="77" />
            <source>The backup %1 was restored; the damaged database is kept as %2.</source>
            <translation>Резервното копие %1 е възстановено; повредената база данни е запазена като %2.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="84" />
            <source>Recovered from the damaged database: contacts %1. Records that could not be read: %2; other rows (links, history): %3. The damaged file is kept as %4.</source>
            <translation>Спасено от повредената база данни: контакти %1. Записи, които не можаха да бъдат прочетени: %2; други редове (връзки, история): %3. Повреденият файл е запазен като %4.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="88" />
            <source>none</source>
            <translation>няма</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="118" />
            <source>Rapport found damage in its database: %1</source>
            <translation>Rapport откри повреда в базата си данни: %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="121" />
            <source>Changes may fail to save until it is repaired. Repair now closes the window and offers the latest sound backup or what can be read; the damaged file is kept either way.</source>
            <translation>Възможно е промените да не се запазват, докато тя не бъде поправена. „Поправи сега“ затваря прозореца и предлага последното изправно резервно копие или каквото може да се прочете; повреденият файл се запазва във всеки случай.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="124" />
            <source>&amp;Repair now</source>
            <translation>&amp;Поправи сега</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="125" />
            <source>&amp;Keep working</source>
            <translation>Продължи &amp;работата</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <location filename="../../ui/sync/controller.py" line="394" />
            <source>Change sync settings</source>
            <translation>Промяна на настройките за синхронизиране</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="422" />
            <source>Keep my version</source>
            <translation>Запази моята версия</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="422" />
            <source>Keep the server’s version</source>
            <translation>Запази версията от сървъра</translation>
        </message>
    </context>
    <context>
        <name>SyncLogDialog</name>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="86" />
            <source>Sync log</source>
            <translation>Дневник на синхронизирането</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="105" />
            <source>Nothing synced yet. Each run is listed here: what came in, what went out, and what stopped it.</source>
            <translation>Все още нищо не е синхронизирано. Тук се изброява всяко изпълнение: какво е получено, какво е изпратено и какво го е спряло.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="34" />
            <source>Sync status</source>
            <translation>Състояние на синхронизирането</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="37" />
            <source>Set up sync…</source>
            <translation>Настрой синхронизирането…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="38" />
            <source>Enter the password…</source>
            <translation>Въведи паролата…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="39" />
            <source>Review the first sync…</source>
            <translation>Прегледай първото синхронизиране…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="40" />
            <source>Sync now</source>
            <translation>Синхронизирай сега</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="43" />
            <source>Conflicts…</source>
            <translation>Конфликти…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="45" />
            <source>Sync log…</source>
            <translation>Дневник на синхронизирането…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="46" />
            <source>Accounts…</source>
            <translation>Акаунти…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="72" />
            <source>Review the first sync with %1…</source>
            <translation>Прегледай първото синхронизиране с %1…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="75" />
            <source>Enter the password for %1…</source>
            <translation>Въведи паролата за %1…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="79" />
            <source>Conflicts (%1)…</source>
            <translation>Конфликти (%1)…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="89" />
            <source>Sync not set up</source>
            <translation>Синхронизирането не е настроено</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="91" />
            <source>Syncing…</source>
            <translation>Синхронизиране…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="93" />
            <source>Sync paused: password needed</source>
            <translation>Синхронизирането е на пауза: нужна е парола</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="95" />
            <source>Sync waits for you to start it</source>
            <translation>Синхронизирането чака да го стартирате</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="97" />
            <source>Offline</source>
            <translation>Няма връзка</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="99" />
            <source>Sync failed %1</source>
            <translation>Синхронизирането е неуспешно %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="100" />
            <source>Sync failed</source>
            <translation>Синхронизирането е неуспешно</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="102" />
            <source>Not synced yet</source>
            <translation>Все още не е синхронизирано</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="104" />
            <source>Synced %1</source>
            <translation>Синхронизирано %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status_widget.py" line="107" />
            <source>%n to upload</source>
            <translation>
                <numerusform>%n за качване</numerusform>
                <numerusform>%n за качване</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status_widget.py" line="109" />
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n в конфликт</numerusform>
                <numerusform>%n в конфликт</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="114" />
            <source>Sync contacts, meetings and tasks with a CardDAV/CalDAV server: click to set it up.</source>
            <translation>Синхронизирайте контакти, срещи и задачи със сървър CardDAV/CalDAV: щракнете, за да го настроите.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="118" />
            <source>Last sync: %1</source>
            <translation>Последно синхронизиране: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="120" />
            <source>No sync yet</source>
            <translation>Все още няма синхронизиране</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="121" />
            <source>Changes waiting to upload: %1</source>
            <translation>Промени, чакащи качване: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="122" />
            <source>Open conflicts: %1</source>
            <translation>Неразрешени конфликти: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="124" />
            <source>Last error: %1</source>
            <translation>Последна грешка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="126" />
            <source>No network: changes are kept and sync when it returns.</source>
            <translation>Няма мрежа: промените се пазят и ще се синхронизират, когато тя се появи.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="128" />
            <source>No keyring on this system: passwords are kept until Rapport closes.</source>
            <translation>В тази система няма хранилище за пароли: паролите се пазят, докато Rapport не се затвори.</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="91" />
            <source>Last sync: %1</source>
            <translation>Последно синхронизиране: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="94" />
            <source>Last error: %1</source>
            <translation>Последна грешка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="96" />
            <source>Trusted certificate: %1</source>
            <translation>Доверен сертификат: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <location filename="../../ui/sync/texts.py" line="108" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <source>Holds</source>
            <translation>Съдържа</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <source>Sync</source>
            <translation>Синхронизиране</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="136" />
            <source>Private</source>
            <translation>Лична</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="138" />
            <source>New items
go here</source>
            <translation>Новите записи
отиват тук</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="138" />
            <source>New tasks
and deals</source>
            <translation>Нови задачи
и сделки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="139" />
            <source>Deals
on phones</source>
            <translation>Сделки
в телефоните</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="141" />
            <source>Keep this collection in step with Rapport</source>
            <translation>Поддържане на тази колекция в синхрон с Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="142" />
            <source>Your own collection, not the office's: what it holds is private, and records you keep private go here (with no such collection they stay on this computer); private records never go to the office's collections</source>
            <translation>Ваша собствена колекция, а не на офиса: съдържанието ѝ е лично и записите, които държите лични, отиват тук (ако няма такава колекция, остават на този компютър); личните записи никога не отиват в колекциите на офиса</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="145" />
            <source>Contacts and accounts you create go to this address book; meetings to this calendar, and calls, e-mails and notes too when it takes them (else to the first calendar that does)</source>
            <translation>Създадените от вас контакти и фирми отиват в този адресник; срещите — в този календар, както и обажданията, имейлите и бележките, ако той ги приема (иначе — в първия календар, който ги приема)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="148" />
            <source>Tasks and deals you create go to this calendar</source>
            <translation>Създадените от вас задачи и сделки отиват в този календар</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="149" />
            <source>Each person's card ends its note with where things stand: the open deal and its stage, the next step, the last call. Phones show it on the contact's page; the person's own note stays as it is</source>
            <translation>Бележката в картата на всеки човек завършва с текущото положение: отворената сделка и етапът ѝ, следващата стъпка, последното обаждане. Телефоните я показват на страницата на контакта; собствената бележка на човека остава непроменена</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="188" />
            <source>%1
Last sync: %2</source>
            <translation>%1
Последно синхронизиране: %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="191" />
            <source>To send new items elsewhere, check another collection of the same kind.</source>
            <translation>За да изпращате новите записи другаде, отметнете друга колекция от същия вид.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="197" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="197" />
            <source>no</source>
            <translation>не</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="53" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="54" />
            <source>Account</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="55" />
            <source>Meeting</source>
            <translation>Среща</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="56" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="57" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="58" />
            <source>Lead</source>
            <translation>Лийд</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="59" />
            <source>Call, e-mail or note</source>
            <translation>Обаждане, имейл или бележка</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="60" />
            <source>Contact group</source>
            <translation>Група контакти</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
            <location filename="../../ui/sync/texts.py" line="125" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
            <source>Fields</source>
            <translation>Полета</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="167" />
            <source>Found</source>
            <translation>Засечено</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="57" />
            <source>When</source>
            <translation>Кога</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="57" />
            <source>Result</source>
            <translation>Резултат</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="58" />
            <source>What happened</source>
            <translation>Какво се случи</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="72" />
            <source>Failed</source>
            <translation>Неуспешно</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="73" />
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="73" />
            <source>OK</source>
            <translation>Успешно</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="39" />
            <source>Contacts and accounts (vCard %1)</source>
            <translation>Контакти и фирми (vCard %1)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="43" />
            <source>Meetings</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="45" />
            <source>Tasks and deals</source>
            <translation>Задачи и сделки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="47" />
            <source>Calls, e-mails and notes</source>
            <translation>Обаждания, имейли и бележки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="49" />
            <source>Nothing Rapport syncs (%1)</source>
            <translation>Нищо, което Rapport синхронизира (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="66" />
            <location filename="../../ui/sync/texts.py" line="76" />
            <source>never</source>
            <translation>никога</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="86" />
            <source>Name shown</source>
            <translation>Показвано име</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="87" />
            <source>Prefix</source>
            <translation>Обръщение</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="88" />
            <source>First name</source>
            <translation>Собствено име</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="89" />
            <source>Middle name</source>
            <translation>Презиме</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="90" />
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="91" />
            <source>Suffix</source>
            <translation>Суфикс</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="92" />
            <source>Nickname</source>
            <translation>Прякор</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="93" />
            <source>Job title</source>
            <translation>Длъжност</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="94" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="95" />
            <source>Birthday</source>
            <translation>Рожден ден</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="96" />
            <source>Anniversary</source>
            <translation>Годишнина</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="97" />
            <source>Photo</source>
            <translation>Снимка</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="98" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="99" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="100" />
            <location filename="../../ui/sync/texts.py" line="111" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="101" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="102" />
            <location filename="../../ui/sync/texts.py" line="110" />
            <source>Website</source>
            <translation>Уебсайт</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="103" />
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="104" />
            <source>Related people</source>
            <translation>Свързани хора</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="105" />
            <source>Dates</source>
            <translation>Дати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="106" />
            <source>Tags</source>
            <translation>Етикети</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="107" />
            <source>Members</source>
            <translation>Членове</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="109" />
            <source>Industry</source>
            <translation>Отрасъл</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="112" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="113" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="114" />
            <source>Starts</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="115" />
            <source>Ends</source>
            <translation>Край</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="116" />
            <source>Duration (minutes)</source>
            <translation>Продължителност (минути)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="117" />
            <source>Location</source>
            <translation>Място</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="118" />
            <source>All day</source>
            <translation>Цял ден</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="119" />
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="120" />
            <source>Due date</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="121" />
            <source>Due time</source>
            <translation>Час на срока</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="122" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="123" />
            <source>Status</source>
            <translation>Състояние</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="124" />
            <source>Other properties</source>
            <translation>Други свойства</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="126" />
            <source>Outcome</source>
            <translation>Резултат</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="127" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="128" />
            <source>Pipeline stages</source>
            <translation>Етапи на фунията</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="129" />
            <location filename="../../ui/sync/texts.py" line="141" />
            <source>Company</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="130" />
            <source>People</source>
            <translation>Хора</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="131" />
            <source>Amount</source>
            <translation>Сума</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="132" />
            <source>Currency</source>
            <translation>Валута</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="133" />
            <source>Probability (%)</source>
            <translation>Вероятност (%)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="134" />
            <source>Expected close</source>
            <translation>Очаквано приключване</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="135" />
            <source>Lead source</source>
            <translation>Източник</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="136" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="137" />
            <source>Why it was lost</source>
            <translation>Причина за загубата</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="138" />
            <source>Closed</source>
            <translation>Приключена</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="139" />
            <source>In this stage since</source>
            <translation>В този етап от</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="140" />
            <source>Stage history</source>
            <translation>История на етапите</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="151" />
            <source>%1 (occurrence %2)</source>
            <translation>%1 (повторение %2)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="159" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="159" />
            <source>No</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="169" />
            <source>(picture, %1 bytes)</source>
            <translation>(изображение, %1 байта)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="205" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контакт</numerusform>
                <numerusform>%n контакта</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="206" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n фирма</numerusform>
                <numerusform>%n фирми</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="207" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n среща</numerusform>
                <numerusform>%n срещи</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="208" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n задача</numerusform>
                <numerusform>%n задачи</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="209" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n сделка</numerusform>
                <numerusform>%n сделки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="210" />
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n лийд</numerusform>
                <numerusform>%n лийда</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="211" />
            <source>%n call(s), e-mail(s) and note(s)</source>
            <translation>
                <numerusform>%n обаждане, имейл или бележка</numerusform>
                <numerusform>%n обаждания, имейли и бележки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="212" />
            <source>%n contact group(s)</source>
            <translation>
                <numerusform>%n група контакти</numerusform>
                <numerusform>%n групи контакти</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="222" />
            <source>Address book “%1”</source>
            <translation>Адресник „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="223" />
            <source>Calendar “%1”</source>
            <translation>Календар „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="226" />
            <source>up from here: %1</source>
            <translation>оттук към сървъра: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="228" />
            <source>nothing to send from here</source>
            <translation>няма нищо за изпращане оттук</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="230" />
            <source>nothing goes up (new records go to another collection)</source>
            <translation>нищо не се качва (новите записи отиват в друга колекция)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="232" />
            <source>the server did not say how much it holds</source>
            <translation>сървърът не съобщи колко съдържа</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="234" />
            <source>down from the server: %n item(s)</source>
            <translation>
                <numerusform>от сървъра: %n елемент</numerusform>
                <numerusform>от сървъра: %n елемента</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskListModel</name>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="54" />
            <source>Today</source>
            <translation>Днес</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="56" />
            <source>Tomorrow</source>
            <translation>Утре</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="58" />
            <source>Yesterday</source>
            <translation>Вчера</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="147" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="149" />
            <source>Done</source>
            <translation>Изпълнена</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="149" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="151" />
            <source>Concerns</source>
            <translation>Отнася се за</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="153" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="222" />
            <source>No date</source>
            <translation>Без дата</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="224" />
            <source>Any time</source>
            <translation>По всяко време</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="234" />
            <source>repeats</source>
            <translation>повтаря се</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="238" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="238" />
            <source>Account</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="239" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
    </context>
    <context>
        <name>TaskSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="342" />
            <source>Add a task</source>
            <translation>Добавяне на задача</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="345" />
            <source>Call back, send the offer…</source>
            <translation>Обратно обаждане, изпращане на оферта…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="346" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="358" />
            <source>&amp;Title</source>
            <translation>&amp;Заглавие</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="359" />
            <source>D&amp;ue date</source>
            <translation>&amp;Срок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="360" />
            <source>&amp;Notes</source>
            <translation>&amp;Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="362" />
            <source>Owner</source>
            <translation>Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="363" />
            <source>O&amp;wner</source>
            <translation>&amp;Отговорник</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="364" />
            <source>&amp;Done</source>
            <translation>&amp;Изпълнена</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="367" />
            <source>Edit task</source>
            <translation>Редактиране на задача</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="380" />
            <source>Edit “%1”</source>
            <translation>Редактиране на „%1“</translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="79" />
            <source>Add a task: “call Ann tomorrow 10:00”, “report every friday”</source>
            <translation>Добавете задача: „обаждане на Анна утре 10:00“, „отчет всеки петък“</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="80" />
            <location filename="../../ui/tasks/tasks_view.py" line="439" />
            <source>New task</source>
            <translation>Нова задача</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="82" />
            <source>Add</source>
            <translation>Добави</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="83" />
            <source>Add the task (Enter)</source>
            <translation>Добавяне на задачата (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="92" />
            <source>Filter tasks by title, notes or whom they concern</source>
            <translation>Филтриране на задачите по заглавие, бележки или за кого се отнасят</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="93" />
            <source>Filter tasks</source>
            <translation>Филтриране на задачите</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="104" />
            <location filename="../../ui/tasks/tasks_view.py" line="416" />
            <source>Mark done</source>
            <translation>Отбележи като изпълнена</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="105" />
            <source>Mark the task done or not done (Space)</source>
            <translation>Отбелязване на задачата като изпълнена или неизпълнена (Space)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="106" />
            <location filename="../../ui/tasks/tasks_view.py" line="401" />
            <source>Snooze</source>
            <translation>Отложи</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="107" />
            <source>Move the due date later</source>
            <translation>Преместване на срока за по-късно</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="109" />
            <source>To today</source>
            <translation>За днес</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="109" />
            <source>To tomorrow</source>
            <translation>За утре</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="110" />
            <source>By 2 days</source>
            <translation>С 2 дни</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="110" />
            <source>To next week</source>
            <translation>За следващата седмица</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="115" />
            <location filename="../../ui/tasks/tasks_view.py" line="428" />
            <source>Open</source>
            <translation>Отвори</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="116" />
            <source>Open the contact, account or deal the task concerns (Enter)</source>
            <translation>Отваряне на контакта, фирмата или сделката, за които се отнася задачата (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="146" />
            <location filename="../../ui/tasks/tasks_view.py" line="350" />
            <source>Undo</source>
            <translation>Отмени</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Overdue</source>
            <translation>Просрочени</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Today</source>
            <translation>Днес</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Upcoming</source>
            <translation>Предстоящи</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="203" />
            <source>Done</source>
            <translation>Изпълнени</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tasks/tasks_view.py" line="208" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n задача</numerusform>
                <numerusform>%n задачи</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="261" />
            <source>Add task “%1”</source>
            <translation>Добавяне на задача „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="280" />
            <source>Complete “%1”</source>
            <translation>Изпълнение на „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="280" />
            <source>Reopen “%1”</source>
            <translation>Повторно отваряне на „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="311" />
            <source>Snooze “%1”</source>
            <translation>Отлагане на „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="334" />
            <source>Delete “%1”</source>
            <translation>Изтриване на „%1“</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="339" />
            <source>“%1” moved to the Trash.</source>
            <translation>„%1“ е преместена в Кошчето.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="367" />
            <source>Dates are understood as you type: today, tomorrow 10:00, next friday, in 3 days, every monday…</source>
            <translation>Датите се разпознават, докато пишете: днес, утре 10:00, следващия петък, след 3 дни, всеки понеделник…</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="376" />
            <source>no due date</source>
            <translation>без срок</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="378" />
            <source>repeats</source>
            <translation>повтаря се</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="416" />
            <source>Mark not done</source>
            <translation>Отбележи като неизпълнена</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="425" />
            <source>Mark done / not done</source>
            <translation>Отбележи като изпълнена / неизпълнена</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="431" />
            <source>Delete</source>
            <translation>Изтрий</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="456" />
            <source>Nothing overdue. Well done.</source>
            <translation>Няма нищо просрочено. Браво!</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="457" />
            <source>Nothing due today.
Type a task above — “call Ann at 3pm” — and press Enter.</source>
            <translation>Няма нищо със срок днес.
Въведете задача отгоре — „обаждане на Анна в 15:00“ — и натиснете Enter.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="458" />
            <source>Nothing coming up.
Tasks with a later date, or none, are listed here.</source>
            <translation>Няма нищо предстоящо.
Тук са изброени задачите с по-късна дата или без дата.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="459" />
            <source>No task done yet.
Tick a task to mark it done.</source>
            <translation>Все още няма изпълнена задача.
Отметнете задача, за да я отбележите като изпълнена.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="462" />
            <source>No task here matches “%1”.</source>
            <translation>Тук няма задача, отговаряща на „%1“.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="64" />
            <source>Deal “%1” created in %2</source>
            <translation>Сделката „%1“ е създадена в %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="66" />
            <source>Deal “%1” moved from %2 to %3</source>
            <translation>Сделката „%1“ е преместена от %2 в %3</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="69" />
            <source>Deal “%1” won</source>
            <translation>Сделката „%1“ е спечелена</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="71" />
            <source>Deal “%1” lost</source>
            <translation>Сделката „%1“ е загубена</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="73" />
            <source>Done: %1</source>
            <translation>Изпълнено: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="77" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n съобщение</numerusform>
                <numerusform>%n съобщения</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="78" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="79" />
            <location filename="../../ui/detail/timeline_model.py" line="85" />
            <source>E-mail</source>
            <translation>Имейл</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="84" />
            <source>Call</source>
            <translation>Обаждане</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="84" />
            <source>Meeting</source>
            <translation>Среща</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="85" />
            <source>Note</source>
            <translation>Бележка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="100" />
            <source>no due date</source>
            <translation>без срок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="103" />
            <source>overdue since %1</source>
            <translation>просрочена от %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="106" />
            <source>due today</source>
            <translation>срок днес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="108" />
            <source>due tomorrow</source>
            <translation>срок утре</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="109" />
            <source>due %1</source>
            <translation>срок %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="117" />
            <source>just now</source>
            <translation>току-що</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="119" />
            <source>%n min ago</source>
            <translation>
                <numerusform>преди %n мин</numerusform>
                <numerusform>преди %n мин</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="121" />
            <source>%n h ago</source>
            <translation>
                <numerusform>преди %n ч</numerusform>
                <numerusform>преди %n ч</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="126" />
            <source>yesterday</source>
            <translation>вчера</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="128" />
            <source>%n days ago</source>
            <translation>
                <numerusform>преди %n ден</numerusform>
                <numerusform>преди %n дни</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="130" />
            <source>tomorrow</source>
            <translation>утре</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="132" />
            <source>in %n days</source>
            <translation>
                <numerusform>след %n ден</numerusform>
                <numerusform>след %n дни</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="302" />
            <source>Planned</source>
            <translation>Планирано</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="329" />
            <source>Today</source>
            <translation>Днес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="331" />
            <source>Yesterday</source>
            <translation>Вчера</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="53" />
            <location filename="../../ui/detail/timeline_view.py" line="84" />
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="64" />
            <source>All</source>
            <translation>Всички</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="65" />
            <source>Calls</source>
            <translation>Обаждания</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="66" />
            <source>Meetings</source>
            <translation>Срещи</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="67" />
            <source>Notes</source>
            <translation>Бележки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="68" />
            <source>E-mails</source>
            <translation>Имейли</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="69" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="70" />
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="104" />
            <source>Load older</source>
            <translation>Зареди по-стари</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="187" />
            <source>Open Deal</source>
            <translation>Отвори сделката</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="187" />
            <source>Edit…</source>
            <translation>Редактирай…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="190" />
            <source>Open the Original Message</source>
            <translation>Отвори оригиналното съобщение</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="193" />
            <source>Keep Its Attachments on the Record</source>
            <translation>Запази прикачените файлове към записа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="197" />
            <source>Hide the Older Messages</source>
            <translation>Скрий по-старите съобщения</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="197" />
            <source>Show the Whole Thread</source>
            <translation>Покажи цялата нишка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="203" />
            <source>Delete</source>
            <translation>Изтрий</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="211" />
            <source>Linked &amp;Deals</source>
            <translation>Свързани &amp;сделки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="219" />
            <source>No deals here yet</source>
            <translation>Тук все още няма сделки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="235" />
            <source>Nothing of this kind yet.</source>
            <translation>Все още няма нищо от този вид.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="238" />
            <source>Nothing has happened here yet.
Log a call or add a note, and it will be listed here, newest first.</source>
            <translation>Тук все още нищо не се е случило.
Запишете обаждане или добавете бележка и то ще се покаже тук, най-новото най-отгоре.</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <location filename="../../ui/detail/trash.py" line="93" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="93" />
            <source>Account</source>
            <translation>Фирма</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="94" />
            <source>Lead</source>
            <translation>Лийд</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="103" />
            <source>Field of contacts</source>
            <translation>Поле на контакти</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="103" />
            <source>Field of accounts</source>
            <translation>Поле на фирми</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="104" />
            <source>Field of deals</source>
            <translation>Поле на сделки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="104" />
            <source>Field of activities</source>
            <translation>Поле на дейности</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="105" />
            <source>Field of tasks</source>
            <translation>Поле на задачи</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Deleted</source>
            <translation>Изтрито</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <location filename="../../ui/detail/trash.py" line="137" />
            <source>The Trash is empty.
Contacts, accounts, leads and custom fields you delete wait here until you restore them or delete them for good.</source>
            <translation>Кошчето е празно.
Изтритите от вас контакти, фирми, лийдове и допълнителни полета чакат тук, докато не ги възстановите или изтриете окончателно.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="147" />
            <source>&amp;Restore</source>
            <translation>&amp;Възстанови</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="149" />
            <source>&amp;Delete forever…</source>
            <translation>&amp;Изтрий окончателно…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="181" />
            <source>“%1” was restored.</source>
            <translation>Възстановено: „%1“.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="182" />
            <source>Restore “%1”</source>
            <translation>Възстановяване на „%1“</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="184" />
            <source>%n records were restored.</source>
            <translation>
                <numerusform>%n запис е възстановен.</numerusform>
                <numerusform>%n записа са възстановени.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="185" />
            <source>Restore %n records</source>
            <translation>
                <numerusform>Възстановяване на %n запис</numerusform>
                <numerusform>Възстановяване на %n записа</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="194" />
            <source>Delete “%1” for good? This cannot be undone.</source>
            <translation>Да се изтрие ли окончателно „%1“? Това действие не може да бъде отменено.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="196" />
            <source>Delete these %n records for good? This cannot be undone.</source>
            <translation>
                <numerusform>Да се изтрие ли окончателно този %n запис? Това действие не може да бъде отменено.</numerusform>
                <numerusform>Да се изтрият ли окончателно тези %n записа? Това действие не може да бъде отменено.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="197" />
            <location filename="../../ui/detail/trash.py" line="199" />
            <source>Delete forever</source>
            <translation>Окончателно изтриване</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="205" />
            <source>“%1” was deleted for good.</source>
            <translation>Окончателно изтрито: „%1“.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="207" />
            <source>%n records were deleted for good.</source>
            <translation>
                <numerusform>%n запис е изтрит окончателно.</numerusform>
                <numerusform>%n записа са изтрити окончателно.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="208" />
            <source>Delete for good</source>
            <translation>Изтрий окончателно</translation>
        </message>
    </context>
    <context>
        <name>ValueLabel</name>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="238" />
            <source>Copy</source>
            <translation>Копирай</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="239" />
            <source>Edit</source>
            <translation>Редактирай</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="19" />
            <source>Welcome to Rapport</source>
            <translation>Добре дошли в Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="25" />
            <source>Your contacts, companies, deals and follow-ups, on this computer, working offline. How would you like to begin?</source>
            <translation>Вашите контакти, фирми, сделки и последващи действия — на този компютър, без нужда от интернет. Как искате да започнете?</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="29" />
            <source>&amp;Import contacts…</source>
            <translation>&amp;Импортирай контакти…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="30" />
            <source>vCard files from a phone, Outlook, Apple or Google Contacts; CSV; iCalendar for meetings and tasks</source>
            <translation>Файлове vCard от телефон, Outlook, Apple или Google Contacts; CSV; iCalendar за срещи и задачи</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="32" />
            <source>&amp;Add a contact…</source>
            <translation>&amp;Добави контакт…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="33" />
            <source>&amp;Explore with sample data</source>
            <translation>&amp;Разгледай с примерни данни</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="34" />
            <source>300 made-up contacts with companies, deals, calls and tasks</source>
            <translation>300 измислени контакта с фирми, сделки, обаждания и задачи</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="39" />
            <source>You can also drop vCard or CSV files on this window.</source>
            <translation>Можете също да пуснете файлове vCard или CSV в този прозорец.</translation>
        </message>
    </context>
    <context>
        <name>WhoAmIDialog</name>
        <message>
            <location filename="../../ui/office.py" line="57" />
            <source>Your name in the office</source>
            <translation>Вашето име в офиса</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="58" />
            <source>Deals and tasks are owned by people of the office. Which one are you? “Only Mine” shows what this name owns, and your new deals and tasks get it.</source>
            <translation>Отговорници за сделките и задачите са служителите на офиса. Кой от тях сте вие? „Само моите“ показва това, за което отговаря това име, и вашите нови сделки и задачи го получават.</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="63" />
            <source>Your name</source>
            <translation>Вашето име</translation>
        </message>
    </context>
</TS>
