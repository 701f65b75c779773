<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AccountChoice</name>
        <message>
            <location filename="../../ui/detail/pickers.py" line="159" />
            <source>“%1”</source>
            <comment>a company's name quoted</comment>
            <translation>«%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="161" />
            <source>%1 are already accounts. Choose one from the list (Down), or save again to make “%2” a new one.</source>
            <translation>%1 — такі компанії вже є. Виберіть одну зі списку (стрілка вниз) або збережіть ще раз, щоб створити нову «%2».</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="164" />
            <source>%1 is already an account. Choose it from the list (Down), or save again to make “%2” a new one.</source>
            <translation>%1 — така компанія вже є. Виберіть її зі списку (стрілка вниз) або збережіть ще раз, щоб створити нову «%2».</translation>
        </message>
    </context>
    <context>
        <name>AccountComparePanel</name>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="42" />
            <source>Choose a pair to compare.</source>
            <translation>Виберіть пару для порівняння.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="54" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="55" />
            <source>Industry</source>
            <translation>Галузь</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="56" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="57" />
            <source>Phones</source>
            <translation>Телефони</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="58" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="59" />
            <source>Deals</source>
            <translation>Угоди</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="62" />
            <source>&amp;Keep this one</source>
            <translation>&amp;Залишити цю</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="62" />
            <source>Keep &amp;this one</source>
            <translation>Залишити &amp;цю</translation>
        </message>
    </context>
    <context>
        <name>AccountDetailPane</name>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="31" />
            <source>Select an account to see its people, deals and history here.</source>
            <translation>Виберіть компанію, щоб побачити тут її працівників, угоди та історію.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="46" />
            <source>Mail from %1</source>
            <translation>Пошта з %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="48" />
            <source>Put mail from and to anyone at %1 on this company's timeline, not only your contacts' mail (from the next import or fetch)</source>
            <translation>Додавати до стрічки цієї компанії листи від усіх і до всіх на %1, а не лише листи ваших контактів (з наступного імпорту чи отримання)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="57" />
            <source>Put mail from %1 on “%2”</source>
            <translation>Пошта з %1 — до стрічки «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="57" />
            <source>Stop mail from %1 on “%2”</source>
            <translation>Більше не додавати пошту з %1 до стрічки «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="90" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="104" />
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="105" />
            <source>Industry</source>
            <translation>Галузь</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="106" />
            <source>Website</source>
            <translation>Сайт</translation>
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
            <translation>Додати телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="113" />
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="113" />
            <source>Add address</source>
            <translation>Додати адресу</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="115" />
            <source>Street, city, region, postal code, country — one per line</source>
            <translation>Вулиця, місто, регіон, поштовий індекс, країна — кожне з нового рядка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="116" />
            <source>Notes and tags</source>
            <translation>Нотатки й теги</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="117" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="117" />
            <source>Add notes</source>
            <translation>Додати нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="122" />
            <source>More</source>
            <translation>Додатково</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="130" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="130" />
            <source>Deals</source>
            <translation>Угоди</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="241" />
            <source>Sync accounts</source>
            <translation>Облікові записи синхронізації</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="273" />
            <source>Accounts</source>
            <translation>Облікові записи</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="279" />
            <source>Address books and calendars</source>
            <translation>Адресні книги й календарі</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="315" />
            <source>Add account…</source>
            <translation>Додати обліковий запис…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="317" />
            <source>&amp;Review the first sync…</source>
            <translation>&amp;Переглянути першу синхронізацію…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="350" />
            <source>No account yet: add one to sync with a CardDAV/CalDAV server.</source>
            <translation>Облікових записів ще немає: додайте його, щоб синхронізуватися із сервером CardDAV/CalDAV.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="354" />
            <source>%1 — last sync %2</source>
            <translation>%1 — остання синхронізація: %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="357" />
            <source>Last error: %1</source>
            <translation>Остання помилка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="360" />
            <source>Not synced yet: it waits for you to review and start its first sync.</source>
            <translation>Ще не синхронізовано: очікує, доки ви переглянете й запустите першу синхронізацію.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="377" />
            <source>https://dav.example.com/, example.com or your e-mail address</source>
            <translation>https://dav.example.com/, example.com або ваша адреса ел. пошти</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="378" />
            <source>Server address</source>
            <translation>Адреса сервера</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="380" />
            <source>User name</source>
            <translation>Ім’я користувача</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="383" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="384" />
            <source>There is no keyring on this system: this password is kept until Rapport closes, and asked for again next time.</source>
            <translation>У цій системі немає сховища паролів: пароль зберігається до закриття Rapport, а наступного разу його буде запитано знову.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="394" />
            <source>Send the password and the cards u&amp;nencrypted: this server has no https, and anyone on the network between can read them</source>
            <translation>Надсилати пароль і картки бе&amp;з шифрування: цей сервер не має https, і будь-хто в мережі між вами може їх прочитати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="409" />
            <source>Trust this server's certificate</source>
            <translation>Довіряти сертифікату цього сервера</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="420" />
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="421" />
            <source>&amp;User name:</source>
            <translation>&amp;Ім’я користувача:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="422" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="427" />
            <source>Looking for address books and calendars…</source>
            <translation>Пошук адресних книг і календарів…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="436" />
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="461" />
            <source>Connect Rapport to the CardDAV/CalDAV server your office already uses (Nextcloud, Fastmail, iCloud, Radicale, Baïkal…). Its address books and calendars are found from the address.</source>
            <translation>Підключіть Rapport до сервера CardDAV/CalDAV, яким уже користується ваш офіс (Nextcloud, Fastmail, iCloud, Radicale, Baïkal…). Його адресні книги й календарі буде знайдено за адресою.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="486" />
            <source>This system has no keyring to keep passwords between sessions, so Rapport asks for the password of %1 each time it starts. Enter it for this session.</source>
            <translation>У цій системі немає сховища ключів, яке зберігало б паролі між сеансами, тому Rapport запитує пароль %1 під час кожного запуску. Введіть його для цього сеансу.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="489" />
            <source>Rapport has no password for %1 (the keyring does not hold one). Enter it; Rapport checks it with the server before syncing.</source>
            <translation>Rapport не має пароля для %1 (у сховищі ключів його немає). Введіть його; перед синхронізацією Rapport перевірить його на сервері.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="492" />
            <source>The server did not accept the password for %1. Enter it again; Rapport checks it with the server before syncing.</source>
            <translation>Сервер не прийняв пароль для %1. Введіть його ще раз; перед синхронізацією Rapport перевірить його на сервері.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="495" />
            <source>Check and save</source>
            <translation>Перевірити й зберегти</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="505" />
            <source>Stop waiting</source>
            <translation>Не чекати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="505" />
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="543" />
            <source>Stopped waiting for the server. If it answers after all, the account appears in the list.</source>
            <translation>Очікування сервера припинено. Якщо він усе ж відповість, обліковий запис з’явиться в списку.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="569" />
            <source>The DNS of %1 names %2, a server of another domain, as its address book and calendar server. Nothing was sent there. If that is your provider's server, tick the box and add again.</source>
            <translation>DNS домену %1 вказує як сервер адресних книг і календарів %2 — сервер іншого домену. Туди нічого не надіслано. Якщо це сервер вашого провайдера, позначте прапорець і додайте знову.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="573" />
            <source>The server at %1 sent Rapport on to %2, another server. Nothing was sent there. If that is your provider's server, tick the box and add again.</source>
            <translation>Сервер %1 переспрямував Rapport на %2 — інший сервер. Туди нічого не надіслано. Якщо це сервер вашого провайдера, позначте прапорець і додайте знову.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="577" />
            <source>&amp;Go on to that server with this user name and password</source>
            <translation>&amp;Перейти на той сервер із цим ім’ям користувача та паролем</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="599" />
            <source>The server's certificate is not signed by an authority this computer trusts. If this is your own server, compare the fingerprint below with the one the server shows, then trust it.</source>
            <translation>Сертифікат сервера не підписано центром сертифікації, якому довіряє цей комп’ютер. Якщо це ваш власний сервер, порівняйте відбиток нижче з тим, який показує сервер, і лише тоді довіртеся йому.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="604" />
            <source>SHA-256 fingerprint:</source>
            <translation>Відбиток SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="615" />
            <source>Added: %1 and %2. Choose below what syncs and where new items go, then review the first sync.</source>
            <translation>Додано: %1 і %2. Виберіть нижче, що синхронізувати й куди потрапляють нові записи, а потім перегляньте першу синхронізацію.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/accounts_dialog.py" line="616" />
            <source>%n address book(s)</source>
            <translation>
                <numerusform>%n адресна книга</numerusform>
                <numerusform>%n адресні книги</numerusform>
                <numerusform>%n адресних книг</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/accounts_dialog.py" line="617" />
            <source>%n calendar(s)</source>
            <translation>
                <numerusform>%n календар</numerusform>
                <numerusform>%n календарі</numerusform>
                <numerusform>%n календарів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="619" />
            <source>There is no keyring on this system: the password is kept until Rapport closes.</source>
            <translation>У цій системі немає сховища паролів: пароль зберігається до закриття Rapport.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="643" />
            <source>Nothing is sent or fetched until you start. To change what syncs, or where new contacts, meetings and tasks go, choose the collections first.</source>
            <translation>Нічого не надсилається й не завантажується, доки ви не почнете. Щоб змінити, що синхронізується і куди потрапляють нові контакти, зустрічі й завдання, спершу виберіть колекції.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="647" />
            <source>&amp;Start syncing</source>
            <translation>&amp;Почати синхронізацію</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="649" />
            <source>&amp;Choose collections…</source>
            <translation>&amp;Вибрати колекції…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="651" />
            <source>&amp;Not now</source>
            <translation>Не за&amp;раз</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="671" />
            <source>Before the first sync with %1</source>
            <translation>Перед першою синхронізацією з %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="672" />
            <source>Reading what is here and what the server holds…</source>
            <translation>Переглядаємо, що є тут і на сервері…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="684" />
            <source>No collection of this account is chosen to sync: choose the collections first.</source>
            <translation>Для цього облікового запису не вибрано жодної колекції: спершу виберіть колекції.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="691" />
            <source>Could not read what the first sync would do: %1</source>
            <translation>Не вдалося з’ясувати, що зробить перша синхронізація: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="697" />
            <source>The first sync has started; it goes on in the background.</source>
            <translation>Першу синхронізацію розпочато; вона триває у фоні.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="704" />
            <source>The account waits: nothing syncs with it until you review and start its first sync.</source>
            <translation>Обліковий запис очікує: нічого не синхронізується, доки ви не переглянете й не запустите першу синхронізацію.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="16" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="16" />
            <source>Industry</source>
            <translation>Галузь</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="17" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="17" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="18" />
            <source>City</source>
            <translation>Місто</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="18" />
            <source>Updated</source>
            <translation>Змінено</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="21" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="22" />
            <source>Any phone</source>
            <translation>Будь-який телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="23" />
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="24" />
            <source>Tags</source>
            <translation>Мітки</translation>
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/canvas.py" line="527" />
            <source>+%n more</source>
            <translation>
                <numerusform>ще %n</numerusform>
                <numerusform>ще %n</numerusform>
                <numerusform>ще %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="59" />
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="60" />
            <source>Go to today (T)</source>
            <translation>Перейти до сьогодні (T)</translation>
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
            <translation>Вперед (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="68" />
            <source>Next</source>
            <translation>Вперед</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="78" />
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="78" />
            <source>Week</source>
            <translation>Тиждень</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="79" />
            <source>Month</source>
            <translation>Місяць</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="83" />
            <source>%1 view (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="87" />
            <location filename="../../ui/calendar/calendar_view.py" line="257" />
            <source>New meeting</source>
            <translation>Нова зустріч</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="88" />
            <source>New meeting (Ctrl+N)</source>
            <translation>Нова зустріч (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="92" />
            <source>Calendar</source>
            <translation>Календар</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="212" />
            <source>Could not move</source>
            <translation>Не вдалося перенести</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="305" />
            <source>Move a repeating meeting</source>
            <translation>Перенесення повторюваної зустрічі</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="306" />
            <source>“%1” repeats. Move only this event, or all events of the series?</source>
            <translation>«%1» повторюється. Перенести лише цю подію чи всі події серії?</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="308" />
            <source>This event</source>
            <translation>Лише цю</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="309" />
            <source>All events</source>
            <translation>Усі події</translation>
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
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Score</source>
            <translation>Оцінка</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Possible duplicate</source>
            <translation>Можливий дублікат</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="75" />
            <source>%1 in 100: how likely the two are the same company</source>
            <translation>%1 зі 100: наскільки ймовірно, що це та сама компанія</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="77" />
            <source>%1 in 100: how likely the two are the same person</source>
            <translation>%1 зі 100: наскільки ймовірно, що це та сама людина</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="82" />
            <source>score %1</source>
            <translation>оцінка %1</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../ui/pipeline/card_delegate.py" line="140" />
            <source>%1 d</source>
            <comment>days in the current stage</comment>
            <translation>%1 дн.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="114" />
            <source>Next step overdue</source>
            <translation>Наступний крок прострочено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="115" />
            <source>Next step today</source>
            <translation>Наступний крок сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="116" />
            <source>Next step planned</source>
            <translation>Наступний крок заплановано</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="117" />
            <source>No next step planned</source>
            <translation>Наступний крок не заплановано</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="131" />
            <source>expected to close %1</source>
            <translation>очікуване закриття %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/look.py" line="134" />
            <source>%n day(s) in this stage</source>
            <translation>
                <numerusform>%n день на цьому етапі</numerusform>
                <numerusform>%n дні на цьому етапі</numerusform>
                <numerusform>%n днів на цьому етапі</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="136" />
            <source>owner %1</source>
            <translation>відповідальний: %1</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="76" />
            <source>Save as PNG…</source>
            <translation>Зберегти як PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="78" />
            <source>Export numbers (CSV)…</source>
            <translation>Експортувати дані (CSV)…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="85" />
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="86" />
            <source>Save this chart as an image or its numbers as CSV</source>
            <translation>Зберегти діаграму як зображення або її дані як CSV</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="87" />
            <source>Export %1</source>
            <translation>Експорт: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="139" />
            <source>Save chart as PNG</source>
            <translation>Зберегти діаграму як PNG</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="140" />
            <source>PNG images (*.png)</source>
            <translation>Зображення PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="142" />
            <source>Save as PNG</source>
            <translation>Зберегти як PNG</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="142" />
            <source>Could not write %1.</source>
            <translation>Не вдалося записати %1.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="145" />
            <location filename="../../ui/dashboard/panels.py" line="152" />
            <source>Export numbers</source>
            <translation>Експорт даних</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="146" />
            <source>CSV files (*.csv)</source>
            <translation>Файли CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="152" />
            <source>Could not write %1: %2</source>
            <translation>Не вдалося записати %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ColumnFilter</name>
        <message>
            <location filename="../../ui/views/column_filter.py" line="18" />
            <source>is</source>
            <translation>дорівнює</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="18" />
            <source>is not</source>
            <translation>не дорівнює</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="19" />
            <source>contains</source>
            <translation>містить</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="20" />
            <source>is less than</source>
            <translation>менше ніж</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="21" />
            <source>is more than</source>
            <translation>більше ніж</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="22" />
            <source>is empty</source>
            <translation>порожнє</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="23" />
            <source>is filled in</source>
            <translation>заповнене</translation>
        </message>
    </context>
    <context>
        <name>ColumnFilterDialog</name>
        <message>
            <location filename="../../ui/views/column_filter.py" line="41" />
            <source>Filter by %1</source>
            <translation>Фільтр за стовпцем «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="44" />
            <source>How</source>
            <translation>Умова</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="49" />
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="52" />
            <source>A date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="54" />
            <source>Yes or no</source>
            <translation>Так або ні</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="65" />
            <source>Show only the rows where</source>
            <translation>Показувати лише рядки, де</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="87" />
            <source>Type the value to compare with.</source>
            <translation>Введіть значення для порівняння.</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../ui/palette.py" line="161" />
            <source>Go to or run</source>
            <translation>Перейти або виконати</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="164" />
            <source>Type a command or the name of a record</source>
            <translation>Введіть команду або назву запису</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="165" />
            <source>Command or record</source>
            <translation>Команда або запис</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>Name shown</source>
            <translation>Показуване ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>Prefix</source>
            <translation>Звертання</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>First name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Middle name</source>
            <translation>По батькові</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Last name</source>
            <translation>Прізвище</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Suffix</source>
            <translation>Суфікс</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Nickname</source>
            <translation>Псевдонім</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Job title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Department</source>
            <translation>Відділ</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Birthday</source>
            <translation>День народження</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Anniversary</source>
            <translation>Річниця</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="79" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="120" />
            <source>Select a pair to compare the two contacts.</source>
            <translation>Виберіть пару, щоб порівняти два контакти.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="139" />
            <source>Keep “%1”</source>
            <translation>Залишити «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="140" />
            <source>This record stays, with its history; the other one goes to the Trash.</source>
            <translation>Цей запис залишиться разом з історією, а інший буде переміщено до Кошика.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="143" />
            <source>Added %1</source>
            <translation>Додано %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="170" />
            <source>Keep both notes</source>
            <translation>Зберегти обидві нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="179" />
            <source>Combined: every e-mail address, phone number, address, website and company of both is kept, and so are their activities, deals, tasks and tags.</source>
            <translation>Об’єднуються: зберігаються всі адреси ел. пошти, телефони, адреси, сайти й компанії обох, а також їхні дії, угоди, завдання й теги.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="223" />
            <source>Linked photo: %1</source>
            <translation>Фото за посиланням: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="237" />
            <source>A photo that cannot be shown (%1)</source>
            <translation>Фото, яке неможливо показати (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="253" />
            <source>(photo)</source>
            <translation>(фото)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="254" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="254" />
            <source>empty</source>
            <translation>порожньо</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Chat</source>
            <translation>Месенджери</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="292" />
            <source>Related</source>
            <translation>Пов’язані люди</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="292" />
            <source>Dates</source>
            <translation>Дати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="217" />
            <source>Select a conflict to compare the two versions.</source>
            <translation>Виберіть конфлікт, щоб порівняти дві версії.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="238" />
            <source>Both sides changed these fields differently since the last sync. The record shows the server's values until you choose; everything else was merged.</source>
            <translation>Після останньої синхронізації обидві сторони змінили ці поля по-різному. Доки ви не виберете, запис показує значення із сервера; усе інше об’єднано.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="244" />
            <source>On this computer</source>
            <translation>На цьому комп’ютері</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="244" />
            <source>On the server</source>
            <translation>На сервері</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="263" />
            <source>(empty)</source>
            <translation>(порожньо)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="268" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="269" />
            <source>this computer</source>
            <translation>цей комп’ютер</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="269" />
            <source>server</source>
            <translation>сервер</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="275" />
            <source>One version could not be read: %1</source>
            <translation>Одну з версій не вдалося прочитати: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="281" />
            <source>Keep mine</source>
            <translation>Залишити мою версію</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="282" />
            <source>Put this computer's values back; the next sync uploads them.</source>
            <translation>Повернути значення з цього комп’ютера; наступна синхронізація надішле їх на сервер.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="284" />
            <source>Keep server's</source>
            <translation>Залишити версію сервера</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="285" />
            <source>Keep the server's values, which the record already shows.</source>
            <translation>Залишити значення із сервера — запис уже їх показує.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="303" />
            <source>Sync conflicts</source>
            <translation>Конфлікти синхронізації</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="341" />
            <source>No conflicts. When both sides change the same field differently, the two versions wait here for you to choose.</source>
            <translation>Конфліктів немає. Якщо обидві сторони по-різному змінять те саме поле, обидві версії чекатимуть тут на ваш вибір.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="405" />
            <source>The conflicts could not be read: %1</source>
            <translation>Не вдалося прочитати конфлікти: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="440" />
            <source>Could not settle this conflict: %1</source>
            <translation>Не вдалося розв’язати цей конфлікт: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactDetailPane</name>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="84" />
            <source>Select a contact to see everything about them here.</source>
            <translation>Виберіть контакт, щоб побачити тут усе про нього.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="109" />
            <source>%1 at %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="115" />
            <location filename="../../ui/detail/contact_pane.py" line="130" />
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="131" />
            <source>Given name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="131" />
            <source>Family name</source>
            <translation>Прізвище</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="132" />
            <source>Middle name</source>
            <translation>По батькові</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="132" />
            <source>Prefix</source>
            <translation>Звертання</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="133" />
            <source>Suffix</source>
            <translation>Суфікс</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="133" />
            <source>Nickname</source>
            <translation>Псевдонім</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="135" />
            <source>Work</source>
            <translation>Робота</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="135" />
            <source>Job title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="136" />
            <source>Department</source>
            <translation>Відділ</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="143" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="144" />
            <source>Add organisation</source>
            <translation>Додати організацію</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="147" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="149" />
            <source>Role there, such as Buyer</source>
            <translation>Роль там, наприклад «Закупівельник»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="150" />
            <source>Contact</source>
            <translation>Зв’язок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="152" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="152" />
            <source>Add e-mail</source>
            <translation>Додати ел. пошту</translation>
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
            <translation>Додати телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="159" />
            <source>Web</source>
            <translation>Сайти</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="159" />
            <source>Add web address</source>
            <translation>Додати веб-адресу</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="162" />
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="162" />
            <source>Add address</source>
            <translation>Додати адресу</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="164" />
            <source>Street, city, region, postal code, country — one per line</source>
            <translation>Вулиця, місто, регіон, поштовий індекс, країна — кожне з нового рядка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="166" />
            <source>Messaging</source>
            <translation>Месенджери</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="166" />
            <source>Add messaging</source>
            <translation>Додати месенджер</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="168" />
            <source>Service: name, such as skype: ann.lee</source>
            <translation>Сервіс: ім’я, наприклад skype: ann.lee</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="169" />
            <source>Personal</source>
            <translation>Особисте</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="170" />
            <source>Birthday</source>
            <translation>День народження</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="171" />
            <location filename="../../ui/detail/contact_pane.py" line="173" />
            <location filename="../../ui/detail/contact_pane.py" line="179" />
            <source>A date, or --MM-DD without the year</source>
            <translation>Дата або --MM-DD без року</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="172" />
            <source>Anniversary</source>
            <translation>Річниця</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="176" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="176" />
            <source>Add a date</source>
            <translation>Додати дату</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="181" />
            <source>Related</source>
            <translation>Пов’язані люди</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="181" />
            <source>Add a related person</source>
            <translation>Додати пов’язану особу</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="183" />
            <source>Notes and tags</source>
            <translation>Нотатки й теги</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="184" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="184" />
            <source>Add notes</source>
            <translation>Додати нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="189" />
            <source>More</source>
            <translation>Додатково</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="217" />
            <source>Deals</source>
            <translation>Угоди</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="16" />
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="16" />
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="17" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="17" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="18" />
            <source>City</source>
            <translation>Місто</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="18" />
            <source>Updated</source>
            <translation>Змінено</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="21" />
            <source>Job title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="22" />
            <source>Department</source>
            <translation>Відділ</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="23" />
            <source>Nickname</source>
            <translation>Псевдонім</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="24" />
            <source>Birthday</source>
            <translation>День народження</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="25" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="26" />
            <source>Any e-mail</source>
            <translation>Будь-яка адреса ел. пошти</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="27" />
            <source>Any phone</source>
            <translation>Будь-який телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="28" />
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="29" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="52" />
            <source>Currencies and Exchange Rates</source>
            <translation>Валюти й обмінні курси</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="54" />
            <source>Totals over deals in several currencies are added up in the home currency, each deal at the rate of its date. Rates are units of a currency one euro buys, as the European Central Bank publishes them.</source>
            <translation>Підсумки за угодами в різних валютах додаються в основній валюті, кожна угода — за курсом на її дату. Курс — це скільки одиниць валюти можна купити за один євро, як його публікує Європейський центральний банк.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="62" />
            <source>Home currency</source>
            <translation>Основна валюта</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="65" />
            <source>&amp;Use</source>
            <translation>&amp;Вибрати</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="71" />
            <source>&amp;Home currency:</source>
            <translation>&amp;Основна валюта:</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="78" />
            <source>Exchange rates</source>
            <translation>Курси валют</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="79" />
            <location filename="../../ui/currencies_dialog.py" line="88" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="79" />
            <location filename="../../ui/currencies_dialog.py" line="93" />
            <source>Units per euro</source>
            <translation>Одиниць за євро</translation>
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
            <translation>Джерело</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="100" />
            <source>&amp;Set Rate</source>
            <translation>&amp;Задати курс</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="105" />
            <source>&amp;Rate of</source>
            <translation>&amp;Курс</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="107" />
            <source>to one euro, from</source>
            <translation>за один євро, з</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="110" />
            <source>Remo&amp;ve the Rate</source>
            <translation>Ви&amp;далити курс</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="112" />
            <source>&amp;Import the ECB's File…</source>
            <translation>&amp;Імпортувати файл ECB…</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="114" />
            <source>eurofxref.csv or eurofxref-hist.csv from the European Central Bank's site, unzipped</source>
            <translation>eurofxref.csv або eurofxref-hist.csv із сайту Європейського центрального банку, розпакований</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="159" />
            <source>No rates yet: type one below, or import the European Central Bank's file.</source>
            <translation>Курсів ще немає: введіть курс нижче або імпортуйте файл Європейського центрального банку.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="167" />
            <source>the ECB</source>
            <translation>ECB</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="167" />
            <source>typed</source>
            <translation>введено вручну</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="183" />
            <source>Use %1 as the home currency</source>
            <translation>Зробити %1 основною валютою</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="190" />
            <source>Totals are added up in %1.</source>
            <translation>Підсумки додаються в %1.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="196" />
            <source>Set the rate of %1</source>
            <translation>Задати курс %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="204" />
            <source>One euro buys %1 %2 from %3.</source>
            <translation>З %3 за один євро можна купити %1 %2.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="214" />
            <source>Remove the rate of %1</source>
            <translation>Видалити курс %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="220" />
            <source>Import the ECB's Rates</source>
            <translation>Імпорт курсів ECB</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="221" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="226" />
            <source>Reading %1…</source>
            <translation>Читання %1…</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="228" />
            <source>Import the rates of %1</source>
            <translation>Імпорт курсів із %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="239" />
            <source>%1 days of %2 currencies read: %3 rates added, %4 changed.</source>
            <translation>Прочитано днів: %1, валют: %2; додано курсів: %3, змінено: %4.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/currencies_dialog.py" line="246" />
            <source>and %n more left out</source>
            <translation>
                <numerusform>і ще %n пропущено</numerusform>
                <numerusform>і ще %n пропущено</numerusform>
                <numerusform>і ще %n пропущено</numerusform>
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
            <translation>Компанії</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="46" />
            <source>Deals</source>
            <translation>Угоди</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="47" />
            <source>Activities</source>
            <translation>Дії</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="48" />
            <source>Tasks</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="49" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="50" />
            <source>Long text</source>
            <translation>Довгий текст</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="51" />
            <source>Number</source>
            <translation>Число</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="52" />
            <source>Money</source>
            <translation>Гроші</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="53" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="54" />
            <source>Choice</source>
            <translation>Вибір</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="55" />
            <source>Several choices</source>
            <translation>Кілька варіантів</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="56" />
            <source>Checkbox</source>
            <translation>Прапорець</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="57" />
            <source>Link to a contact</source>
            <translation>Посилання на контакт</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="58" />
            <source>Link to an account</source>
            <translation>Посилання на компанію</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="59" />
            <source>An amount, such as 1200.50 EUR</source>
            <translation>Сума, наприклад 1200,50 EUR</translation>
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
            <translation>%1 (немає на цьому комп’ютері)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="78" />
            <source>Type a contact's name</source>
            <translation>Введіть ім’я контакту</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="79" />
            <source>Type an account's name</source>
            <translation>Введіть назву компанії</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsBox</name>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="158" />
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="184" />
            <source>Edit %1</source>
            <translation>Редагування: %1</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="177" />
            <source>Custom Fields</source>
            <translation>Додаткові поля</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="179" />
            <source>Fields you add show in the records' panes, are searched, and go into exported files and to the office's other computers. A removed field waits in the Trash with its values.</source>
            <translation>Додані вами поля показуються на панелях записів, беруть участь у пошуку, потрапляють до експортованих файлів і на інші комп’ютери офісу. Видалене поле чекає в Кошику разом зі своїми значеннями.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="183" />
            <source>Fields of</source>
            <translation>Поля для</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="189" />
            <source>&amp;Fields of:</source>
            <translation>&amp;Поля для:</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="196" />
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Label</source>
            <translation>Назва</translation>
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
            <translation>Варіанти</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="207" />
            <source>&amp;Add…</source>
            <translation>&amp;Додати…</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="209" />
            <source>&amp;Change…</source>
            <translation>&amp;Змінити…</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="211" />
            <source>Move &amp;Up</source>
            <translation>&amp;Вгору</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="213" />
            <source>Move &amp;Down</source>
            <translation>В&amp;низ</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="215" />
            <source>&amp;Remove</source>
            <translation>Вида&amp;лити</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="270" />
            <source>No fields of %1 yet: Add… makes one.</source>
            <translation>Полів для розділу «%1» ще немає: кнопка «Додати…» створює поле.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="329" />
            <source>Saved: %1.</source>
            <translation>Збережено: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="338" />
            <source>Remove the field “%1”</source>
            <translation>Видалення поля «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="345" />
            <source>“%1” is in the Trash with its values: restore it there, or undo it once this closes.</source>
            <translation>«%1» у Кошику разом зі значеннями: відновіть його звідти або скасуйте видалення, щойно це вікно закриється.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="353" />
            <source>Move the field “%1”</source>
            <translation>Переміщення поля «%1»</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/dashboard/report.py" line="145" />
            <source>Dashboard — %1</source>
            <translation>Зведення — %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="146" />
            <source>no pipeline</source>
            <translation>немає воронки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="150" />
            <source>As of %1</source>
            <translation>Станом на %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="156" />
            <source>Key figure</source>
            <translation>Показник</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="157" />
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="158" />
            <source>Detail</source>
            <translation>Подробиці</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="183" />
            <source>The oldest %1 of %2.</source>
            <translation>Найдавніші: %1 з %2.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="187" />
            <source>No overdue tasks.</source>
            <translation>Прострочених завдань немає.</translation>
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
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/dashboard/report.py" line="169" />
            <location filename="../../ui/dashboard/view.py" line="260" />
            <source>All, in %1 ≈</source>
            <translation>Усі, у %1 ≈</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="71" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="73" />
            <source>Period</source>
            <translation>Період</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This month</source>
            <translation>Цей місяць</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This quarter</source>
            <translation>Цей квартал</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This year</source>
            <translation>Цей рік</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="75" />
            <source>Last 12 months</source>
            <translation>Останні 12 місяців</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="75" />
            <source>Custom range</source>
            <translation>Довільний період</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="80" />
            <source>From</source>
            <translation>Початок періоду</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="80" />
            <source>To</source>
            <translation>Кінець періоду</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="85" />
            <source>Print report (PDF)…</source>
            <translation>Друкувати звіт (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="86" />
            <source>Write the whole dashboard to a PDF file</source>
            <translation>Зберегти все зведення у файл PDF</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="88" />
            <source>&amp;Pipeline</source>
            <translation>Ворон&amp;ка</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="90" />
            <source>Peri&amp;od</source>
            <translation>&amp;Період</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="102" />
            <source>Win rate</source>
            <translation>Частка виграних</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="103" />
            <source>Average days to close</source>
            <translation>Середній строк до закриття</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="104" />
            <source>Open pipeline</source>
            <translation>Відкриті угоди</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="105" />
            <source>Overdue tasks</source>
            <translation>Прострочені завдання</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="111" />
            <source>Open deals by stage</source>
            <translation>Відкриті угоди за етапами</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="114" />
            <source>Forecast by month</source>
            <translation>Прогноз за місяцями</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="116" />
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="118" />
            <source>One currency's deals, or (with a home currency and rates) every currency added up in the home one</source>
            <translation>Угоди в одній валюті або (якщо задано основну валюту й курси) усі валюти разом в основній</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="120" />
            <source>Activities per week</source>
            <translation>Дії за тижнями</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="130" />
            <location filename="../../ui/dashboard/view.py" line="137" />
            <source>Oldest overdue tasks</source>
            <translation>Найдавніші прострочені завдання</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="168" />
            <source>No deals yet</source>
            <translation>Угод ще немає</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="174" />
            <source>The dashboard shows your open pipeline, the forecast by month, your win rate and how busy the weeks were once there are deals. Add your first deal — or create deals from an account or a contact's page — and come back here.</source>
            <translation>Коли з’являться угоди, зведення покаже відкриті угоди, прогноз за місяцями, частку виграних угод і завантаженість за тижнями. Додайте першу угоду — або створіть угоди на сторінці компанії чи контакту — і поверніться сюди.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="183" />
            <source>New deal…</source>
            <translation>Нова угода…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="278" />
            <source>No deal of this pipeline closed in the period</source>
            <translation>За цей період жодну угоду цієї воронки не закрито</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="280" />
            <source>%1 won · %2 lost</source>
            <translation>виграно: %1 · програно: %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="283" />
            <source>No deal won in the period</source>
            <translation>За цей період виграних угод немає</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="286" />
            <source>from creation to won, over %n deal(s)</source>
            <translation>
                <numerusform>від створення до виграшу, за %n угодою</numerusform>
                <numerusform>від створення до виграшу, за %n угодами</numerusform>
                <numerusform>від створення до виграшу, за %n угодами</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="298" />
            <location filename="../../ui/dashboard/view.py" line="308" />
            <source>and %n more currency(ies)</source>
            <translation>
                <numerusform>і ще %n валюта</numerusform>
                <numerusform>і ще %n валюти</numerusform>
                <numerusform>і ще %n валют</numerusform>
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
                <numerusform>зараз %n відкрита угода</numerusform>
                <numerusform>зараз %n відкриті угоди</numerusform>
                <numerusform>зараз %n відкритих угод</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="318" />
            <source>The oldest was due %1</source>
            <translation>Найдавніше — зі строком %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="320" />
            <source>Nothing overdue</source>
            <translation>Прострочених немає</translation>
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
                <numerusform>%n угода</numerusform>
                <numerusform>%n угоди</numerusform>
                <numerusform>%n угод</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="344" />
            <source>%1 — %2 % probability</source>
            <translation>%1 — імовірність %2 %</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="346" />
            <location filename="../../ui/dashboard/view.py" line="377" />
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%n відкрита угода</numerusform>
                <numerusform>%n відкриті угоди</numerusform>
                <numerusform>%n відкритих угод</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="347" />
            <source>Click to open this stage on the board</source>
            <translation>Клацніть, щоб відкрити цей етап на дошці</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="351" />
            <source>No open deals in this pipeline.</source>
            <translation>У цій воронці немає відкритих угод.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="353" />
            <source>Now, whatever the period. Click a stage to open it.</source>
            <translation>На сьогодні, незалежно від періоду. Клацніть етап, щоб відкрити його.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="366" />
            <source>Not in it: %n currency(ies) with no rate (%1)</source>
            <translation>
                <numerusform>Не враховано %n валюту без курсу (%1)</numerusform>
                <numerusform>Не враховано %n валюти без курсу (%1)</numerusform>
                <numerusform>Не враховано %n валют без курсу (%1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="373" />
            <source>Won: %1 (%2)</source>
            <translation>Виграно: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="375" />
            <source>Weighted forecast: %1 (%2, %3 in total)</source>
            <translation>Зважений прогноз: %1 (%2, усього %3)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="379" />
            <source>Every currency with a rate, each deal at the rate of its date</source>
            <translation>Усі валюти, для яких є курс; кожна угода — за курсом на її дату</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="385" />
            <source>Won</source>
            <translation>Виграно</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="386" />
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Weighted forecast</source>
            <translation>Зважений прогноз</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="390" />
            <source>Nothing won or expected to close in %1 in this period.</source>
            <translation>За цей період у %1 нічого не виграно й не очікується до закриття.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="401" />
            <source>No deal of this pipeline has an amount yet.</source>
            <translation>Жодна угода цієї воронки ще не має суми.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="403" />
            <source>Open deals by expected close, weighted by probability, beside deals won in each month.</source>
            <translation>Відкриті угоди за очікуваною датою закриття, зважені за ймовірністю, поруч із виграними угодами кожного місяця.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="414" />
            <source>Week of %1: %2</source>
            <translation>Тиждень з %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="427" />
            <source>No calls, meetings, e-mails or notes logged in this period yet.</source>
            <translation>За цей період ще немає записаних дзвінків, зустрічей, листів чи нотаток.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="434" />
            <source>All pipelines, up to today.</source>
            <translation>Усі воронки, до сьогодні.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="442" />
            <source>No overdue tasks. Well done.</source>
            <translation>Прострочених завдань немає. Чудово!</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="444" />
            <source>The oldest %1 of %2. Double-click one to open it.</source>
            <translation>Найдавніші: %1 з %2. Двічі клацніть, щоб відкрити.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="447" />
            <source>Double-click a task to open it.</source>
            <translation>Двічі клацніть завдання, щоб відкрити його.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>Calls</source>
            <translation>Дзвінки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>Meetings</source>
            <translation>Зустрічі</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>E-mails</source>
            <translation>Листи</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="452" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <source>Probability (%)</source>
            <translation>Імовірність (%)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Open deals</source>
            <translation>Відкриті угоди</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="460" />
            <source>Amount %1</source>
            <translation>Сума, %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Month</source>
            <translation>Місяць</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Open amount</source>
            <translation>Сума відкритих</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Won deals</source>
            <translation>Виграні угоди</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Won amount</source>
            <translation>Сума виграних</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="481" />
            <source>Week starting</source>
            <translation>Початок тижня</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="481" />
            <source>Total</source>
            <translation>Усього</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="497" />
            <source>Dashboard</source>
            <translation>Зведення</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="498" />
            <source>Print report (PDF)</source>
            <translation>Друкувати звіт (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="498" />
            <source>PDF files (*.pdf)</source>
            <translation>Файли PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="504" />
            <source>Print report</source>
            <translation>Друк звіту</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="504" />
            <source>Could not write %1: %2</source>
            <translation>Не вдалося записати %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../ui/qt_dates.py" line="70" />
            <source>“%1” is not a date (write it as %2, or 2026-03-15)</source>
            <translation>«%1» — не дата (пишіть як %2 або 2026-03-15)</translation>
        </message>
    </context>
    <context>
        <name>DealDetailPane</name>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="237" />
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="251" />
            <source>Won</source>
            <translation>Виграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="252" />
            <source>Lost…</source>
            <translation>Програна…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="253" />
            <source>Reopen</source>
            <translation>Відкрити знову</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="254" />
            <source>Move to Trash</source>
            <translation>До Кошика</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="264" />
            <source>Private</source>
            <translation>Особиста</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="266" />
            <source>Only you see this deal: sync puts it in your own calendar, never in the office's (with no calendar of your own it stays on this computer)</source>
            <translation>Цю угоду бачите лише ви: синхронізація додає її до вашого особистого календаря й ніколи — до спільного календаря офісу (якщо особистого календаря немає, вона залишається лише на цьому комп’ютері)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="277" />
            <source>Amount</source>
            <translation>Сума</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="278" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="282" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="286" />
            <source>Probability</source>
            <translation>Імовірність</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="287" />
            <source>The stage's probability unless you set one for this deal</source>
            <translation>Імовірність етапу, якщо не задати власну для цієї угоди</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="289" />
            <source>Expected close</source>
            <translation>Очікуване закриття</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="290" />
            <location filename="../../ui/pipeline/deal_detail.py" line="732" />
            <source>Account</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="291" />
            <location filename="../../ui/pipeline/deal_detail.py" line="661" />
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="298" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="300" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="307" />
            <source>Lead source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="312" />
            <source>&amp;Probability:</source>
            <translation>&amp;Імовірність:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="314" />
            <source>Pipe&amp;line:</source>
            <translation>&amp;Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="316" />
            <source>Account:</source>
            <translation>Компанія:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="318" />
            <source>Amount:</source>
            <translation>Сума:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="319" />
            <source>Currency:</source>
            <translation>Валюта:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="321" />
            <source>Expected close:</source>
            <translation>Очікуване закриття:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="322" />
            <source>Owner:</source>
            <translation>Відповідальний:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="323" />
            <source>Lead source:</source>
            <translation>Джерело:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="324" />
            <source>Created:</source>
            <translation>Створено:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="336" />
            <source>Type a name to add a contact</source>
            <translation>Введіть ім’я, щоб додати контакт</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="337" />
            <source>Add a person to this deal</source>
            <translation>Додати людину до угоди</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Entered</source>
            <translation>Початок</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Days</source>
            <translation>Днів</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="343" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="343" />
            <source>Due</source>
            <translation>Строк</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="346" />
            <source>Activity</source>
            <translation>Дія</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="346" />
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="368" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="371" />
            <source>Stage history</source>
            <translation>Історія етапів</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="373" />
            <source>Tasks</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="375" />
            <source>Activities</source>
            <translation>Дії</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="388" />
            <location filename="../../ui/pipeline/deal_detail.py" line="411" />
            <source>Select a deal to see its details here.</source>
            <translation>Виберіть угоду, щоб побачити тут подробиці.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="466" />
            <source>No amount or account yet</source>
            <translation>Ще без суми й компанії</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="472" />
            <source>Won on %1</source>
            <translation>Виграна %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="474" />
            <source>Lost on %1: %2</source>
            <translation>Програна %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="477" />
            <source>Open · %1 · %2</source>
            <translation>Відкрита · %1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="498" />
            <source>From %1</source>
            <translation>З етапу «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="507" />
            <source>Stage's (%1 %)</source>
            <translation>За етапом (%1 %)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="528" />
            <source>remove</source>
            <translation>прибрати</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="528" />
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="533" />
            <source>No contacts linked to this deal.</source>
            <translation>З цією угодою не пов’язано жодного контакту.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Overdue</source>
            <translation>Прострочено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Due today</source>
            <translation>Строк сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Planned</source>
            <translation>Заплановано</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="550" />
            <source>Done</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="561" />
            <source>No tasks linked to this deal.</source>
            <translation>З цією угодою не пов’язано жодного завдання.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>Call</source>
            <translation>Дзвінок</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>Meeting</source>
            <translation>Зустріч</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>E-mail</source>
            <translation>Лист</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="570" />
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="583" />
            <source>No activities linked to this deal.</source>
            <translation>З цією угодою не пов’язано жодної дії.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="588" />
            <source>Next step (overdue): %1, due %2</source>
            <translation>Наступний крок (прострочено): %1, строк %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="589" />
            <source>Next step (today): %1</source>
            <translation>Наступний крок (сьогодні): %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="589" />
            <source>Next step: %1, due %2</source>
            <translation>Наступний крок: %1, строк %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="597" />
            <source>Next step: %1, %2</source>
            <translation>Наступний крок: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="600" />
            <source>Next step: %1 (no due date)</source>
            <translation>Наступний крок: %1 (без строку)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="603" />
            <source>⚠ No next step planned for this deal.</source>
            <translation>⚠ Для цієї угоди не заплановано наступного кроку.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="641" />
            <source>Edit “%1”</source>
            <translation>Редагувати «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="684" />
            <location filename="../../ui/pipeline/deal_detail.py" line="732" />
            <source>Edit %1 of “%2”</source>
            <translation>Редагування: %1 угоди «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="751" />
            <location filename="../../ui/pipeline/deal_detail.py" line="873" />
            <source>Move “%1” to %2</source>
            <translation>Переміщення «%1» на етап «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="769" />
            <source>Add %1 to “%2”</source>
            <translation>Додати %1 до «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="789" />
            <source>Remove %1 from “%2”</source>
            <translation>Прибрати %1 з «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="798" />
            <source>Role in the deal</source>
            <translation>Роль в угоді</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="799" />
            <source>%1's role in this deal, such as Decision maker:</source>
            <translation>Роль %1 в цій угоді, наприклад «Ухвалює рішення»:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="805" />
            <source>Role of %1 in “%2”</source>
            <translation>Роль %1 в «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="814" />
            <source>Delete “%1”</source>
            <translation>Видалити «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="819" />
            <source>“%1” is in the Trash. Edit → Undo brings it back.</source>
            <translation>«%1» у Кошику. Редагування → Скасувати поверне її.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="838" />
            <source>Make “%1” private</source>
            <translation>Зробити «%1» особистою</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="838" />
            <source>Share “%1” with the office</source>
            <translation>Поділитися «%1» з офісом</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="844" />
            <source>Mark “%1” won</source>
            <translation>Позначити «%1» як виграну</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="856" />
            <source>Mark “%1” lost</source>
            <translation>Позначити «%1» як програну</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="866" />
            <source>Reopen “%1”</source>
            <translation>Відкрити знову «%1»</translation>
        </message>
    </context>
    <context>
        <name>DealSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="411" />
            <source>New deal</source>
            <translation>Нова угода</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="414" />
            <source>Type to find an account, or a new name</source>
            <translation>Почніть вводити назву компанії або введіть нову назву</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="428" />
            <source>&amp;Title</source>
            <translation>&amp;Назва</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="429" />
            <source>A&amp;ccount</source>
            <translation>&amp;Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="430" />
            <source>&amp;People</source>
            <translation>&amp;Люди</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="431" />
            <source>&amp;Amount</source>
            <translation>&amp;Сума</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="432" />
            <source>C&amp;urrency</source>
            <translation>&amp;Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="433" />
            <source>&amp;Stage</source>
            <translation>&amp;Етап</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="435" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="436" />
            <source>O&amp;wner</source>
            <translation>Від&amp;повідальний</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="246" />
            <source>“%1” is not an amount</source>
            <translation>«%1» — не сума</translation>
        </message>
    </context>
    <context>
        <name>DealsListView</name>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Open</source>
            <translation>Відкрита</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Won</source>
            <translation>Виграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Lost</source>
            <translation>Програна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="81" />
            <source>Any status</source>
            <translation>Будь-який статус</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="87" />
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="89" />
            <source>&amp;Pipeline:</source>
            <translation>&amp;Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="91" />
            <source>S&amp;tage:</source>
            <translation>&amp;Етап:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="101" />
            <source>Filter deals by title, account, owner or lead source</source>
            <translation>Фільтрувати угоди за назвою, компанією, відповідальним або джерелом ліда</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="102" />
            <source>No deals here. Pick another status, pipeline or stage above.</source>
            <translation>Тут немає угод. Виберіть вище інший статус, воронку чи етап.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="103" />
            <source>No deals match “%1”.</source>
            <translation>Немає угод, що відповідають «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="169" />
            <source>All pipelines</source>
            <translation>Усі воронки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="181" />
            <source>All stages</source>
            <translation>Усі етапи</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="30" />
            <source>Deal</source>
            <translation>Угода</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="30" />
            <source>Account</source>
            <translation>Компанія</translation>
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
            <translation>Очікуване закриття</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="32" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="33" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="33" />
            <source>Updated</source>
            <translation>Змінено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Open</source>
            <translation>Відкрита</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Won</source>
            <translation>Виграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Lost</source>
            <translation>Програна</translation>
        </message>
    </context>
    <context>
        <name>DealsView</name>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="41" />
            <source>&amp;Board</source>
            <translation>Дош&amp;ка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="42" />
            <source>&amp;List</source>
            <translation>&amp;Список</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="43" />
            <source>Deals as cards, a column per stage</source>
            <translation>Угоди картками, по стовпцю на етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="44" />
            <source>Deals as a table you can sort and filter</source>
            <translation>Угоди таблицею, яку можна сортувати й фільтрувати</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <location filename="../../ui/desktop_notifications.py" line="55" />
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
    </context>
    <context>
        <name>DisqualifySheet</name>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="79" />
            <source>Disqualify “%1”</source>
            <translation>Відхилити «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="81" />
            <source>D&amp;isqualify</source>
            <translation>&amp;Відхилити</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>No budget</source>
            <translation>Немає бюджету</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>No need</source>
            <translation>Немає потреби</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>Chose a competitor</source>
            <translation>Обрали конкурента</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Could not reach them</source>
            <translation>Не вдалося зв’язатися</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Not a fit</source>
            <translation>Не наш клієнт</translation>
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
            <translation>Дублікати</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="64" />
            <source>Possible duplicates</source>
            <translation>Можливі дублікати</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="103" />
            <source>C&amp;ontacts</source>
            <translation>&amp;Контакти</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="103" />
            <source>A&amp;ccounts</source>
            <translation>Ко&amp;мпанії</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="111" />
            <source>&amp;Merge</source>
            <translation>&amp;Об’єднати</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="134" />
            <source>&amp;Undo merge</source>
            <translation>&amp;Скасувати об’єднання</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="143" />
            <source>&amp;Look again</source>
            <translation>&amp;Шукати знову</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="144" />
            <source>Find the likely duplicates again</source>
            <translation>Знову знайти ймовірні дублікати</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="191" />
            <source>Looking for contacts that may be the same person…</source>
            <translation>Пошук контактів, які можуть бути однією людиною…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="193" />
            <source>Looking for accounts that may be the same company…</source>
            <translation>Пошук компаній, які можуть бути однією й тією самою компанією…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="212" />
            <source>No likely duplicates.

Contacts with the same e-mail address or phone number, or a close name at the same company, are listed here.</source>
            <translation>Імовірних дублікатів немає.

Тут з’являться контакти з однаковою адресою ел. пошти чи номером телефону або зі схожим ім’ям в одній компанії.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="214" />
            <source>No likely duplicates.

Accounts with the same name but for case, punctuation or legal form, a name a letter or two apart, the same web site or the same phone number are listed here.</source>
            <translation>Імовірних дублікатів немає.

Тут з’являться компанії з однаковою назвою (без урахування регістру, розділових знаків та організаційно-правової форми), з назвами, що відрізняються однією-двома літерами, з однаковим сайтом або однаковим номером телефону.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="217" />
            <source>Nothing to compare.</source>
            <translation>Нічого порівнювати.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="219" />
            <source>Pairs that may be duplicates: %1</source>
            <translation>Пар можливих дублікатів: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="312" />
            <location filename="../../ui/duplicates/view.py" line="323" />
            <source>Merge “%1” into “%2”</source>
            <translation>Об’єднати «%1» з «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="336" />
            <source>Undo the merge</source>
            <translation>Скасувати об’єднання</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="347" />
            <source>Merged “%1” into “%2”.</source>
            <translation>«%1» об’єднано з «%2».</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="349" />
            <source>Undone: %1</source>
            <translation>Скасовано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="371" />
            <source>Undo: %1 (%2)</source>
            <translation>Скасувати: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="373" />
            <source>No merge to undo</source>
            <translation>Немає об’єднання для скасування</translation>
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
            <translation>Контакти й компанії — для Apple Contacts, Thunderbird, Nextcloud та інших сучасних адресних книг.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="63" />
            <source>vCard 3.0 (.vcf)</source>
            <translation>vCard 3.0 (.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="64" />
            <source>Contacts and companies, for older phones and programs that do not read vCard 4.0.</source>
            <translation>Контакти й компанії — для старіших телефонів і програм, які не читають vCard 4.0.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="66" />
            <source>Google Contacts CSV (.csv)</source>
            <translation>CSV для Google Контактів (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="67" />
            <source>Contacts, in the columns Google Contacts imports.</source>
            <translation>Контакти в стовпцях, які імпортують Google Контакти.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="69" />
            <source>Outlook CSV (.csv)</source>
            <translation>CSV для Outlook (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="70" />
            <source>Contacts, in the columns Outlook imports.</source>
            <translation>Контакти в стовпцях, які імпортує Outlook.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="72" />
            <source>iCalendar (.ics)</source>
            <translation>iCalendar (.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="73" />
            <source>Meetings, tasks, calls, e-mails and notes, for any calendar program.</source>
            <translation>Зустрічі, завдання, дзвінки, листи й нотатки — для будь-якої програми-календаря.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="88" />
            <source>Export</source>
            <translation>Експорт</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="89" />
            <source>Export the Segment “%1”</source>
            <translation>Експорт сегмента «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="101" />
            <source>Everything; or words to export only what a search finds</source>
            <translation>Усе; або слова, щоб експортувати лише знайдене</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="105" />
            <source>Choose where to save the file</source>
            <translation>Виберіть, куди зберегти файл</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="106" />
            <source>&amp;Choose…</source>
            <translation>&amp;Вибрати…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="114" />
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="118" />
            <source>&amp;Only matching:</source>
            <translation>&amp;Лише відповідні:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="124" />
            <source>Only:</source>
            <translation>Лише:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="124" />
            <source>The segment “%1”, as its list shows it now</source>
            <translation>Сегмент «%1» — як його зараз показує список</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="126" />
            <source>&amp;Save to:</source>
            <translation>&amp;Зберегти в:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="131" />
            <source>Export progress</source>
            <translation>Хід експорту</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="139" />
            <source>&amp;Export</source>
            <translation>&amp;Експортувати</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="189" />
            <source>Exporting…</source>
            <translation>Експорт…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="197" />
            <source>Stopping…</source>
            <translation>Зупинення…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="222" />
            <source>Export to</source>
            <translation>Експортувати в</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="223" />
            <source>%1 (*%2);;All files (*)</source>
            <translation>%1 (*%2);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="235" />
            <source>%1 of %2 records written…</source>
            <translation>Записано %1 з %2…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="240" />
            <source>Export cancelled; no file was written.</source>
            <translation>Експорт скасовано; файл не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="245" />
            <source>Exported %1 records to %2.</source>
            <translation>До %2 експортовано записів: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="251" />
            <source>The export failed: %1</source>
            <translation>Не вдалося експортувати: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="82" />
            <source>New Field</source>
            <translation>Нове поле</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="82" />
            <source>Change Field</source>
            <translation>Зміна поля</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="85" />
            <source>Label</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="88" />
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="90" />
            <source>Its name in exported files, vCards and scripts: lower-case Latin letters, digits and _</source>
            <translation>Назва поля в експортованих файлах, vCard і сценаріях: малі латинські літери, цифри та _</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="94" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="101" />
            <source>Choices</source>
            <translation>Варіанти</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="102" />
            <source>One choice a line</source>
            <translation>По одному варіанту в рядку</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="107" />
            <source>&amp;Label:</source>
            <translation>&amp;Назва:</translation>
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
            <translation>&amp;Варіанти:</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="122" />
            <source>Add Field</source>
            <translation>Додати поле</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="122" />
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="154" />
            <source>Add the field “%1”</source>
            <translation>Додавання поля «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="160" />
            <source>Change the field “%1”</source>
            <translation>Зміна поля «%1»</translation>
        </message>
    </context>
    <context>
        <name>FilesBox</name>
        <message>
            <location filename="../../ui/detail/files_box.py" line="83" />
            <source>Attach a File…</source>
            <translation>Прикріпити файл…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="85" />
            <source>Or drop files on the record</source>
            <translation>Або перетягніть файли на запис</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="95" />
            <location filename="../../ui/detail/files_box.py" line="303" />
            <source>Files</source>
            <translation>Файли</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Size</source>
            <translation>Розмір</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Added</source>
            <translation>Додано</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="112" />
            <source>No files yet: drop one here, or attach one.</source>
            <translation>Файлів ще немає: перетягніть файл сюди або прикріпіть його.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="164" />
            <source>Attach Files</source>
            <translation>Прикріпити файли</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="174" />
            <location filename="../../ui/detail/files_box.py" line="200" />
            <source>Attach “%1”</source>
            <translation>Прикріпити «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/files_box.py" line="175" />
            <location filename="../../ui/detail/files_box.py" line="201" />
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>Прикріпити %n файл</numerusform>
                <numerusform>Прикріпити %n файли</numerusform>
                <numerusform>Прикріпити %n файлів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="225" />
            <source>Save a Copy</source>
            <translation>Зберегти копію</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="249" />
            <source>Remove “%1”</source>
            <translation>Прибрати «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="302" />
            <source>Files (%1)</source>
            <translation>Файли (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="340" />
            <source>“%1” is on this record already.</source>
            <translation>«%1» уже є в цьому записі.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="341" />
            <source>“%1” was not attached: %2</source>
            <translation>«%1» не прикріплено: %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="378" />
            <source>Rename “%1”</source>
            <translation>Перейменувати «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="393" />
            <source>No program opened the file (%1).</source>
            <translation>Жодна програма не відкрила файл (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="396" />
            <source>Saved as %1.</source>
            <translation>Збережено як %1.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="402" />
            <source>&amp;Open</source>
            <translation>&amp;Відкрити</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="403" />
            <source>&amp;Save a Copy As…</source>
            <translation>&amp;Зберегти копію як…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="404" />
            <source>Re&amp;name</source>
            <translation>Перей&amp;менувати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="406" />
            <source>&amp;Remove from the Record</source>
            <translation>&amp;Прибрати із запису</translation>
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="105" />
            <source>Choose the files to import</source>
            <translation>Виберіть файли для імпорту</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="106" />
            <source>Contacts from vCard (.vcf) or CSV files, meetings and tasks from iCalendar (.ics) files. You can also drop files on this window.</source>
            <translation>Контакти — з файлів vCard (.vcf) або CSV, зустрічі й завдання — з файлів iCalendar (.ics). Файли можна також перетягнути в це вікно.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="111" />
            <source>Files to import</source>
            <translation>Файли для імпорту</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="117" />
            <source>No files chosen yet.

Choose “Add files…”, or drop vCard, CSV or iCalendar files here.</source>
            <translation>Файли ще не вибрано.

Натисніть «Додати файли…» або перетягніть сюди файли vCard, CSV чи iCalendar.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="124" />
            <source>&amp;Add files…</source>
            <translation>&amp;Додати файли…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="126" />
            <source>Choose files (%1)</source>
            <translation>Вибір файлів (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="129" />
            <source>&amp;Remove</source>
            <translation>&amp;Прибрати</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="160" />
            <source>Looking at the files…</source>
            <translation>Перегляд файлів…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="198" />
            <source>Import files</source>
            <translation>Імпорт файлів</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="199" />
            <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical *.txt);;All files (*)</source>
            <translation>Контакти й календарі (*.vcf *.vcard *.csv *.ics *.ical *.txt);;Усі файли (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="429" />
            <source>Importing</source>
            <translation>Імпорт</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="430" />
            <source>Records are written in batches. Cancel stops after the record being written; what was imported until then stays.</source>
            <translation>Записи зберігаються порціями. Скасування зупинить імпорт після поточного запису; усе імпортоване до того залишиться.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="436" />
            <source>Import progress</source>
            <translation>Хід імпорту</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="437" />
            <source>&amp;Cancel import</source>
            <translation>&amp;Скасувати імпорт</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="458" />
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="474" />
            <source>Import %1</source>
            <translation>Імпорт %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="482" />
            <source>Stopping after record %1…</source>
            <translation>Зупинення після запису %1…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="494" />
            <source>%1 records written…</source>
            <translation>Записано: %1…</translation>
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
            <translation>Порожньо</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="43" />
            <source>Unknown</source>
            <translation>Невідомо</translation>
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
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="45" />
            <source>Meeting</source>
            <translation>Зустріч</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="45" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="46" />
            <location filename="../../ui/importer/models.py" line="99" />
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="46" />
            <source>Deal</source>
            <translation>Угода</translation>
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
            <translation>Вміст</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="99" />
            <source>Size</source>
            <translation>Розмір</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="128" />
            <source>Columns to match up on the next page</source>
            <translation>Стовпці потрібно зіставити на наступній сторінці</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="148" />
            <source>Keep as an extra field</source>
            <translation>Зберегти як додаткове поле</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="148" />
            <source>Leave out</source>
            <translation>Пропустити</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="149" />
            <source>Full name</source>
            <translation>Повне ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="149" />
            <source>First name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="150" />
            <source>Middle name</source>
            <translation>По батькові</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="150" />
            <source>Last name</source>
            <translation>Прізвище</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="151" />
            <source>Name prefix (Mr, Dr)</source>
            <translation>Звертання (пан, д-р)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="152" />
            <source>Name suffix (Jr)</source>
            <translation>Суфікс імені (мол.)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="152" />
            <source>Nickname</source>
            <translation>Псевдонім</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="153" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="153" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="154" />
            <source>Job title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="155" />
            <source>Department</source>
            <translation>Відділ</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="155" />
            <source>Street</source>
            <translation>Вулиця</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="156" />
            <source>City</source>
            <translation>Місто</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="156" />
            <source>State or region</source>
            <translation>Область або регіон</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="157" />
            <source>Postal code</source>
            <translation>Поштовий індекс</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="157" />
            <source>Country</source>
            <translation>Країна</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="158" />
            <source>PO box</source>
            <translation>Абонентська скринька</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="158" />
            <source>Address line 2</source>
            <translation>Адреса, рядок 2</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="159" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="159" />
            <source>Birthday</source>
            <translation>День народження</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="160" />
            <source>Anniversary</source>
            <translation>Річниця</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="160" />
            <source>Other date</source>
            <translation>Інша дата</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="161" />
            <source>Related person</source>
            <translation>Пов’язана особа</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="161" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="162" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="166" />
            <source>Custom field: %1</source>
            <translation>Додаткове поле: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="203" />
            <source>Column in the file</source>
            <translation>Стовпець у файлі</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="203" />
            <source>Example</source>
            <translation>Приклад</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="204" />
            <location filename="../../ui/importer/models.py" line="247" />
            <source>Import as</source>
            <translation>Імпортувати як</translation>
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
            <translation>Рядок</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="277" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="278" />
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="278" />
            <source>Problems</source>
            <translation>Проблеми</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="295" />
            <source>Will not be imported: %1</source>
            <translation>Не буде імпортовано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="334" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/importer/wizard.py" line="59" />
            <source>Import</source>
            <translation>Імпорт</translation>
        </message>
    </context>
    <context>
        <name>InlineField</name>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="141" />
            <source>Yes</source>
            <translation>Так</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="142" />
            <source>No</source>
            <translation>Ні</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="161" />
            <source>Write an e-mail</source>
            <translation>Написати листа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="163" />
            <source>Call</source>
            <translation>Зателефонувати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="165" />
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="166" />
            <source>Open in the browser</source>
            <translation>Відкрити в браузері</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="294" />
            <source>Ctrl+Enter saves, Esc cancels</source>
            <translation>Ctrl+Enter — зберегти, Esc — скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="314" />
            <source>Pick a date (Alt+Down)</source>
            <translation>Вибрати дату (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="315" />
            <source>Pick a date</source>
            <translation>Вибрати дату</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="503" />
            <source>Click the link to open it (Ctrl+Enter); click beside it or press F2 to edit</source>
            <translation>Клацніть посилання, щоб відкрити його (Ctrl+Enter); клацніть поруч або натисніть F2, щоб змінити</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="504" />
            <source>Click or press Space to change</source>
            <translation>Клацніть або натисніть Space, щоб змінити</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="505" />
            <source>Click or press F2 to edit</source>
            <translation>Клацніть або натисніть F2, щоб змінити</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/detail/labels.py" line="14" />
            <source>home</source>
            <translation>дом.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="14" />
            <source>work</source>
            <translation>роб.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="15" />
            <source>mobile</source>
            <translation>моб.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="16" />
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="16" />
            <source>main</source>
            <translation>осн.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="17" />
            <source>voice</source>
            <translation>голос.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="17" />
            <source>fax</source>
            <translation>факс</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="18" />
            <source>pager</source>
            <translation>пейджер</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="18" />
            <source>text</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="19" />
            <source>video</source>
            <translation>відео</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="19" />
            <source>textphone</source>
            <translation>текстофон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="20" />
            <source>other</source>
            <translation>інше</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="20" />
            <source>school</source>
            <translation>навчання</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="21" />
            <source>internet</source>
            <translation>інтернет</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="21" />
            <source>personal</source>
            <translation>особист.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="22" />
            <source>spouse</source>
            <translation>чоловік/дружина</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="22" />
            <source>partner</source>
            <translation>партнер</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="23" />
            <source>child</source>
            <translation>дитина</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="23" />
            <source>parent</source>
            <translation>батько/мати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="24" />
            <source>mother</source>
            <translation>мати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="24" />
            <source>father</source>
            <translation>батько</translation>
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
            <translation>друг</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="27" />
            <source>assistant</source>
            <translation>асистент</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="27" />
            <source>manager</source>
            <translation>керівник</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="28" />
            <source>colleague</source>
            <translation>колега</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="28" />
            <source>anniversary</source>
            <translation>річниця</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="29" />
            <source>birthday</source>
            <translation>день народження</translation>
        </message>
    </context>
    <context>
        <name>LeadDetailPane</name>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="63" />
            <source>&amp;Qualify…</source>
            <translation>&amp;Кваліфікувати…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="64" />
            <source>Make its contact, account and deal (or take those there are), with its history (Ctrl+Shift+Q)</source>
            <translation>Створити за ним контакт, компанію та угоду (або взяти наявні) разом з його історією (Ctrl+Shift+Q)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="67" />
            <source>D&amp;isqualify…</source>
            <translation>&amp;Відхилити…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="68" />
            <source>Close it, saying why (Ctrl+Shift+X)</source>
            <translation>Закрити лід, указавши причину (Ctrl+Shift+X)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="70" />
            <source>&amp;Reopen</source>
            <translation>Повернути в &amp;роботу</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="71" />
            <source>Work on it again, as contacted (its reason goes)</source>
            <translation>Знову працювати з лідом як зі зв’язаним (причина відхилення прибирається)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="90" />
            <source>Reopen “%1”</source>
            <translation>Повернути в роботу «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="126" />
            <source>Select a lead to see where it came from and its history here.</source>
            <translation>Виберіть лід, щоб побачити тут, звідки він прийшов, і його історію.</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="143" />
            <source>from %1</source>
            <translation>джерело: %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="149" />
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="149" />
            <location filename="../../ui/leads/lead_pane.py" line="160" />
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="158" />
            <source>Who</source>
            <translation>Хто</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="162" />
            <source>Person</source>
            <translation>Людина</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="163" />
            <source>Job title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="164" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="166" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="168" />
            <source>Lead</source>
            <translation>Лід</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="169" />
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="170" />
            <source>Web form, fair, referral…</source>
            <translation>Форма на сайті, виставка, рекомендація…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="174" />
            <source>Contacted</source>
            <translation>Контакт встановлено</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="180" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="181" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="184" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="195" />
            <source>contact %1</source>
            <translation>контакт %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="196" />
            <source>account %1</source>
            <translation>компанія %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="197" />
            <source>deal %1</source>
            <translation>угода %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="201" />
            <source>%1 — became %2</source>
            <translation>%1 — став: %2</translation>
        </message>
    </context>
    <context>
        <name>Leads</name>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="31" />
            <source>New</source>
            <translation>Новий</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="32" />
            <source>Contacted</source>
            <translation>Контакт встановлено</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="33" />
            <source>Qualified</source>
            <translation>Кваліфікований</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="34" />
            <source>Disqualified</source>
            <translation>Відхилений</translation>
        </message>
    </context>
    <context>
        <name>LeadsModel</name>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="79" />
            <source>Captured</source>
            <translation>Отримано</translation>
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="123" />
            <source>Add a lead: “Anna Petrova, Sever LLC, anna@sever.example.org, from the fair”</source>
            <translation>Додати лід: «Ганна Петренко, ТОВ Північ, anna@sever.example.org, з виставки»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="125" />
            <source>New lead</source>
            <translation>Новий лід</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="128" />
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="129" />
            <source>Add the lead (Enter)</source>
            <translation>Додати лід (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Open</source>
            <translation>Відкриті</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Qualified</source>
            <translation>Кваліфіковані</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Disqualified</source>
            <translation>Відхилені</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="230" />
            <source>No leads yet. Type one in the line above, or import a web form’s CSV (File ▸ Import Leads…).</source>
            <translation>Лідів поки немає. Введіть лід у рядку вище або імпортуйте CSV форми із сайту (Файл ▸ Імпорт лідів…).</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="232" />
            <source>None here.</source>
            <translation>Тут нічого немає.</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="271" />
            <source>New lead “%1”</source>
            <translation>Новий лід «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="292" />
            <source>Not added: %1</source>
            <translation>Не додано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="299" />
            <source>Name, company, e-mail, phone, “from” a source — separated by commas</source>
            <translation>Ім’я, компанія, ел. пошта, телефон, «з» джерела — через кому</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>Person</source>
            <translation>Людина</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
    </context>
    <context>
        <name>LogCallSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="268" />
            <source>Log an e-mail</source>
            <translation>Записати лист</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="268" />
            <source>Log a call</source>
            <translation>Записати дзвінок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="272" />
            <source>What was the e-mail about?</source>
            <translation>Про що був лист?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="273" />
            <source>What was it about?</source>
            <translation>Про що була розмова?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>Interested</source>
            <translation>Зацікавлений</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>Left a message</source>
            <translation>Залишив повідомлення</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>No answer</source>
            <translation>Немає відповіді</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="277" />
            <source>Not interested</source>
            <translation>Не зацікавлений</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="284" />
            <source>&amp;Subject</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="286" />
            <source>&amp;Outcome</source>
            <translation>&amp;Результат</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="287" />
            <source>&amp;When</source>
            <translation>&amp;Коли</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="288" />
            <source>&amp;Notes</source>
            <translation>&amp;Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="292" />
            <source>Edit call</source>
            <translation>Редагувати дзвінок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="292" />
            <source>Edit e-mail</source>
            <translation>Редагувати лист</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="302" />
            <source>Edit “%1”</source>
            <translation>Редагувати «%1»</translation>
        </message>
    </context>
    <context>
        <name>LogUndoStack</name>
        <message>
            <location filename="../../ui/operations/undo_stack.py" line="74" />
            <source>Undo %1</source>
            <translation>Скасувати: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/undo_stack.py" line="80" />
            <source>Redo %1</source>
            <translation>Повторити: %1</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="16" />
            <source>Mark as lost</source>
            <translation>Позначити як програну</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="17" />
            <source>Why was “%1” lost?</source>
            <translation>Чому угоду «%1» програно?</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="26" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="29" />
            <source>For example: chose a competitor</source>
            <translation>Наприклад: обрали конкурента</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="39" />
            <source>Mark lost</source>
            <translation>Позначити програною</translation>
        </message>
    </context>
    <context>
        <name>MailAccountsDialog</name>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="59" />
            <source>Mail Accounts</source>
            <translation>Поштові облікові записи</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="60" />
            <source>Mail from and to your contacts comes onto their timelines from these accounts; nothing else of your mail is kept, and nothing on the server is changed.</source>
            <translation>Листи від ваших контактів і до них потрапляють до їхніх стрічок із цих облікових записів; більше нічого з вашої пошти не зберігається, а на сервері нічого не змінюється.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="64" />
            <source>Mail accounts</source>
            <translation>Поштові облікові записи</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="66" />
            <source>&amp;Remove</source>
            <translation>&amp;Видалити</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="69" />
            <location filename="../../ui/mail_accounts_dialog.py" line="192" />
            <source>&amp;Fetch Now</source>
            <translation>&amp;Отримати зараз</translation>
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
            <translation>часто це ваша адреса ел. пошти</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="91" />
            <source>Inbox and Sent</source>
            <translation>Вхідні й Надіслані</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="92" />
            <source>The folders to read, separated by commas; empty: the Inbox and the Sent folder</source>
            <translation>Папки для читання через кому; якщо порожньо — Вхідні й Надіслані</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="94" />
            <source>&amp;Trust this server's certificate</source>
            <translation>Довіря&amp;ти сертифікату цього сервера</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="100" />
            <source>&amp;Add Account</source>
            <translation>&amp;Додати обліковий запис</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="106" />
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="107" />
            <source>&amp;Connection:</source>
            <translation>&amp;З’єднання:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="108" />
            <source>P&amp;ort:</source>
            <translation>По&amp;рт:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="109" />
            <source>&amp;User name:</source>
            <translation>&amp;Ім’я користувача:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="110" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="111" />
            <source>Fo&amp;lders:</source>
            <translation>Пап&amp;ки:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="114" />
            <source>No keyring is available on this system: the password is kept until Rapport closes and will be asked for again.</source>
            <translation>У цій системі немає сховища паролів: пароль зберігається до закриття Rapport, а потім його буде запитано знову.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="168" />
            <source>%1 — %2 — last fetched %3</source>
            <translation>%1 — %2 — останнє отримання: %3</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="171" />
            <source>Not read: %1</source>
            <translation>Не прочитано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="180" />
            <source>No mail account yet: add one below.</source>
            <translation>Поштових облікових записів ще немає: додайте запис нижче.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="192" />
            <source>Cancel &amp;Fetch</source>
            <translation>Скасувати &amp;отримання</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="219" />
            <source>Logging in to %1…</source>
            <translation>Вхід на %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="223" />
            <source>Add mail account</source>
            <translation>Додати поштовий обліковий запис</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="233" />
            <source>Added %1; reading %2.</source>
            <translation>Додано %1; читаються папки: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="249" />
            <source>Not added: the server's TLS certificate is not signed by an authority this computer trusts. If this is your own server, compare the fingerprint below with the server's and tick the box.</source>
            <translation>Не додано: TLS-сертифікат сервера не підписано центром сертифікації, якому довіряє цей комп’ютер. Якщо це ваш власний сервер, порівняйте відбиток нижче з відбитком сервера й позначте прапорець.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="254" />
            <source>Not added: %1</source>
            <translation>Не додано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="266" />
            <source>Not added: the server's certificate could not be read (%1).</source>
            <translation>Не додано: не вдалося прочитати сертифікат сервера (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="272" />
            <source>SHA-256 fingerprint:</source>
            <translation>Відбиток SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="286" />
            <source>Remove Mail Account</source>
            <translation>Видалити поштовий обліковий запис</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="287" />
            <source>Remove %1? Its password is forgotten; the e-mails it brought stay on the timelines.</source>
            <translation>Видалити %1? Його пароль буде забуто; отримані через нього листи залишаться в стрічках.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="292" />
            <source>Remove mail account</source>
            <translation>Видалення поштового облікового запису</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="297" />
            <source>Removed %1; its e-mails stay on the timelines.</source>
            <translation>%1 видалено; його листи залишаються в стрічках.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="307" />
            <source>Stopping after the messages being written…</source>
            <translation>Зупинення після запису поточних листів…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="317" />
            <source>Fetching mail…</source>
            <translation>Отримання пошти…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="322" />
            <source>%1 messages read…</source>
            <translation>Прочитано листів: %1…</translation>
        </message>
    </context>
    <context>
        <name>MailFetcher</name>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="100" />
            <source>Fetch mail</source>
            <translation>Отримати пошту</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="137" />
            <source>Mail: new on timelines: %1 (messages read: %2; from and to no contact: %3).</source>
            <translation>Пошта: нових у стрічках: %1 (прочитано листів: %2; не від контактів і не до них: %3).</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="141" />
            <source>Stopped. %1</source>
            <translation>Зупинено. %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="144" />
            <source>Not read: %1 (%2)</source>
            <translation>Не прочитано: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MailImportDialog</name>
        <message>
            <location filename="../../ui/mail_dialog.py" line="45" />
            <source>Import Mail</source>
            <translation>Імпорт пошти</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="46" />
            <source>E-mail from and to your contacts goes onto their timelines and their companies'. Nothing else of your mail is kept. A message imported before is passed over.</source>
            <translation>Листи від ваших контактів і до них потрапляють до їхніх стрічок і стрічок їхніх компаній. Решта вашої пошти не зберігається. Уже імпортовані листи пропускаються.</translation>
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
            <translation>&amp;Імпортувати</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="75" />
            <location filename="../../ui/mail_dialog.py" line="117" />
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="86" />
            <source>No Thunderbird profile was found here: choose an mbox file or a Maildir folder.</source>
            <translation>Профіль Thunderbird тут не знайдено: виберіть файл mbox або папку Maildir.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="104" />
            <source>Choose an mbox File</source>
            <translation>Виберіть файл mbox</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="109" />
            <source>Choose a Maildir Folder</source>
            <translation>Виберіть папку Maildir</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="117" />
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="131" />
            <source>Import mail from %1</source>
            <translation>Імпорт пошти з %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="135" />
            <source>Reading %1…</source>
            <translation>Читання %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="139" />
            <source>%1 messages read…</source>
            <translation>Прочитано повідомлень: %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="145" />
            <source>%1 messages read: %2 e-mails put on timelines, %3 already here, %4 from and to no contact (left out).</source>
            <translation>Прочитано повідомлень: %1. Додано до стрічок листів: %2, уже були тут: %3, не від контактів і не до них (пропущено): %4.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="151" />
            <source>%1 could not be read, %2 were deleted in the mail program: both skipped.</source>
            <translation>Не вдалося прочитати: %1, видалено в поштовій програмі: %2 — усі пропущено.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="154" />
            <source>Stopped. %1</source>
            <translation>Зупинено. %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="159" />
            <source>Nothing more was imported: %1</source>
            <translation>Більше нічого не імпортовано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="172" />
            <location filename="../../ui/mail_dialog.py" line="180" />
            <source>Stopping after the messages being written…</source>
            <translation>Зупинення після запису поточних повідомлень…</translation>
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
            <translation>Пошук у контактах, компаніях, лідах, угодах, діях і завданнях</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>Filter contacts by name, company, e-mail, phone or city</source>
            <translation>Фільтрувати контакти за ім’ям, компанією, ел. поштою, телефоном або містом</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>No contacts yet. Contacts you add or import will be listed here.</source>
            <translation>Контактів ще немає. Тут з’являться контакти, які ви додасте або імпортуєте.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="189" />
            <source>No contacts match “%1”.</source>
            <translation>Немає контактів, що відповідають «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>Filter accounts by name, industry, website, phone or city</source>
            <translation>Фільтрувати компанії за назвою, галуззю, сайтом, телефоном або містом</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>No accounts yet. Companies you add or import will be listed here.</source>
            <translation>Компаній ще немає. Тут з’являться компанії, які ви додасте або імпортуєте.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>No accounts match “%1”.</source>
            <translation>Немає компаній, що відповідають «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Sections</source>
            <translation>Розділи</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>Qualified: the deal “%1” is on the board</source>
            <translation>Кваліфіковано: угода «%1» на дошці</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="316" />
            <source>Qualified</source>
            <translation>Кваліфіковано</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="399" />
            <source>&amp;Sync</source>
            <translation>С&amp;инхронізація</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="420" />
            <source>Fetching mail…</source>
            <translation>Отримання пошти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="427" />
            <source>Mail is being fetched already.</source>
            <translation>Пошта вже отримується.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Search</source>
            <translation>&amp;Пошук</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Contacts</source>
            <translation>&amp;Контакти</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Accounts</source>
            <translation>Компа&amp;нії</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Deals</source>
            <translation>&amp;Угоди</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>Tas&amp;ks</source>
            <translation>&amp;Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Ca&amp;lendar</source>
            <translation>Ка&amp;лендар</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Das&amp;hboard</source>
            <translation>Зв&amp;едення</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>D&amp;uplicates</source>
            <translation>Ду&amp;блікати</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>&amp;Trash</source>
            <translation>Ко&amp;шик</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="536" />
            <source>L&amp;eads</source>
            <translation>Лід&amp;и</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="551" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="552" />
            <source>New &amp;Contact…</source>
            <translation>Новий &amp;контакт…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="554" />
            <source>New &amp;Account…</source>
            <translation>Нова компа&amp;нія…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <source>New &amp;Lead…</source>
            <translation>Новий &amp;лід…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="557" />
            <source>The Leads section's line: a lead typed on one line</source>
            <translation>Рядок розділу «Ліди»: лід, набраний одним рядком</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="559" />
            <source>&amp;Import…</source>
            <translation>&amp;Імпорт…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="560" />
            <source>vCard, CSV or iCalendar files</source>
            <translation>Файли vCard, CSV або iCalendar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="561" />
            <source>Import &amp;Mail…</source>
            <translation>Імпорт &amp;пошти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="562" />
            <source>E-mail from and to your contacts, from Thunderbird, an mbox file or a Maildir folder</source>
            <translation>Листи від ваших контактів і до них — із Thunderbird, файлу mbox або папки Maildir</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="564" />
            <source>Import Lea&amp;ds…</source>
            <translation>Імпо&amp;рт лідів…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="565" />
            <source>A CSV file of leads, such as a web form's export</source>
            <translation>CSV-файл лідів, наприклад вивантаження форми із сайту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="566" />
            <source>&amp;Fetch Mail</source>
            <translation>&amp;Отримати пошту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="567" />
            <source>What is new in your mail accounts, onto the timelines</source>
            <translation>Нове з ваших поштових облікових записів — до стрічок</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="568" />
            <source>Mail Accoun&amp;ts…</source>
            <translation>Поштові облікові &amp;записи…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="569" />
            <source>The IMAP accounts whose mail comes onto the timelines</source>
            <translation>Облікові записи IMAP, листи з яких потрапляють до стрічок</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="571" />
            <source>Currencies and E&amp;xchange Rates…</source>
            <translation>&amp;Валюти й обмінні курси…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="573" />
            <source>The home currency totals are added up in, and the rates</source>
            <translation>Основна валюта, у якій додаються підсумки, і курси</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="574" />
            <source>C&amp;ustom Fields…</source>
            <translation>&amp;Додаткові поля…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="575" />
            <source>The fields you add to contacts, accounts, deals, activities and tasks</source>
            <translation>Поля, які ви додаєте до контактів, компаній, угод, дій і завдань</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="577" />
            <location filename="../../ui/main_window.py" line="1300" />
            <source>&amp;Export…</source>
            <translation>&amp;Експорт…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="579" />
            <source>Your &amp;Name in the Office…</source>
            <translation>Ваше ім’&amp;я в офісі…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="581" />
            <source>The person of the office you are: the owner of your new deals and tasks, and what “Only Mine” shows</source>
            <translation>Хто ви в офісі: відповідальний за ваші нові угоди й завдання, а також те, що показує «Лише мої»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="584" />
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="588" />
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="589" />
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="592" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="602" />
            <source>&amp;Move to Trash</source>
            <translation>Пере&amp;містити до Кошика</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="606" />
            <source>&amp;Find…</source>
            <translation>&amp;Знайти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="608" />
            <source>&amp;Go to or Run…</source>
            <translation>Пе&amp;рейти або виконати…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="609" />
            <source>Jump to any record or run any command by name</source>
            <translation>Перейти до будь-якого запису або виконати будь-яку команду за назвою</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="612" />
            <source>&amp;Record</source>
            <translation>&amp;Запис</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="613" />
            <source>&amp;Log a Call…</source>
            <translation>Записати &amp;дзвінок…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="615" />
            <source>&amp;Write an E-mail…</source>
            <translation>&amp;Написати листа…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="617" />
            <source>A new message in your mail program, to the record's people</source>
            <translation>Новий лист у вашій поштовій програмі — людям цього запису</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="619" />
            <source>Log an &amp;E-mail…</source>
            <translation>Записати &amp;лист…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="620" />
            <source>Put an e-mail written or read elsewhere on the timeline</source>
            <translation>Додати до стрічки лист, написаний або прочитаний деінде</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="621" />
            <source>Add a &amp;Note…</source>
            <translation>Додати но&amp;татку…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="623" />
            <source>Add a &amp;Task…</source>
            <translation>Додати &amp;завдання…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="625" />
            <source>New &amp;Deal…</source>
            <translation>Нова &amp;угода…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="628" />
            <source>Attach a &amp;File…</source>
            <translation>Прикріпити &amp;файл…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="629" />
            <source>Keep a file with the record (or drop the file on the record)</source>
            <translation>Зберігати файл разом із записом (або перетягніть файл на запис)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="630" />
            <source>&amp;Qualify Lead…</source>
            <translation>&amp;Кваліфікувати лід…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="631" />
            <source>Make the lead's contact, account and deal</source>
            <translation>Створити за лідом контакт, компанію та угоду</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="632" />
            <source>D&amp;isqualify Lead…</source>
            <translation>&amp;Відхилити лід…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="634" />
            <source>Close the lead, saying why</source>
            <translation>Закрити лід, указавши причину</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="636" />
            <source>&amp;Offer the Next Step After Calls and Moves</source>
            <translation>&amp;Пропонувати наступний крок після дзвінків і переміщень</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="642" />
            <source>&amp;View</source>
            <translation>&amp;Вигляд</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="651" />
            <source>Totals in Each Curre&amp;ncy</source>
            <translation>Підсумки &amp;в кожній валюті</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="654" />
            <source>Show the board's totals per currency rather than added up in the home currency (a click on a column's total does the same)</source>
            <translation>Показувати підсумки дошки за кожною валютою, а не разом в основній валюті (те саме робить клацання на підсумку стовпця)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="660" />
            <source>Pipeline on a Past Da&amp;y…</source>
            <translation>Воронка на &amp;дату в минулому…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="661" />
            <source>The pipeline as it stood on a day, and what moved between two days</source>
            <translation>Воронка такою, якою вона була того дня, і що змінилося між двома датами</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="663" />
            <source>&amp;Reports…</source>
            <translation>Зв&amp;іти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="664" />
            <source>Deals won and lost by owner, source, stage or month; activities by kind or period</source>
            <translation>Виграні й програні угоди за відповідальними, джерелами, етапами чи місяцями; дії за видами чи періодами</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="666" />
            <source>A&amp;ppearance</source>
            <translation>&amp;Оформлення</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <location filename="../../ui/main_window.py" line="680" />
            <source>Follow the &amp;System</source>
            <translation>Як у с&amp;истемі</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <source>&amp;Light</source>
            <translation>&amp;Світле</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="670" />
            <source>&amp;Dark</source>
            <translation>&amp;Темне</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="677" />
            <source>Lan&amp;guage</source>
            <translation>Мов&amp;а</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="689" />
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="690" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Комбінації клавіш</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="692" />
            <source>&amp;About Rapport</source>
            <translation>&amp;Про Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="699" />
            <source>Main</source>
            <translation>Основна</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="765" />
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="766" />
            <source>Rapport will show the language you chose the next time it starts.</source>
            <translation>Rapport перейде на вибрану мову під час наступного запуску.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="797" />
            <source>This item is not linked to a contact, account or deal.</source>
            <translation>Цей елемент не пов’язано з контактом, компанією чи угодою.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="867" />
            <source>Exported %1 records to %2</source>
            <translation>До %2 експортовано записів: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="938" />
            <location filename="../../ui/main_window.py" line="952" />
            <location filename="../../ui/main_window.py" line="963" />
            <source>Import Leads</source>
            <translation>Імпорт лідів</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="939" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Файли CSV (*.csv *.txt);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="950" />
            <source>Import leads from %1</source>
            <translation>Імпорт лідів з %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="959" />
            <source>New leads: %1 · already leads: %2 · refused: %3</source>
            <translation>Нових лідів: %1 · уже були: %2 · відхилено: %3</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1031" />
            <source>No one on this deal has an e-mail address.</source>
            <translation>Ніхто в цій угоді не має адреси ел. пошти.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1033" />
            <source>No mail program opened the message: is one set as the default?</source>
            <translation>Жодна поштова програма не відкрила лист: чи вибрано програму за замовчуванням?</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1149" />
            <source>Not saved: %1 — %2</source>
            <translation>Не збережено: %1 — %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1193" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln контакт</numerusform>
                <numerusform>%Ln контакти</numerusform>
                <numerusform>%Ln контактів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1194" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln компанія</numerusform>
                <numerusform>%Ln компанії</numerusform>
                <numerusform>%Ln компаній</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1195" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln угода</numerusform>
                <numerusform>%Ln угоди</numerusform>
                <numerusform>%Ln угод</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1196" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln дія</numerusform>
                <numerusform>%Ln дії</numerusform>
                <numerusform>%Ln дій</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1197" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln завдання</numerusform>
                <numerusform>%Ln завдання</numerusform>
                <numerusform>%Ln завдань</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1212" />
            <source>Nothing matches “%1”.</source>
            <translation>Нічого не знайдено за запитом «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1219" />
            <source>Type a name, company, e-mail, phone number or any word from a note.</source>
            <translation>Введіть ім’я, компанію, адресу ел. пошти, номер телефону або будь-яке слово з нотатки.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1236" />
            <source>Add sample data</source>
            <translation>Додати зразки даних</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1301" />
            <source>&amp;Tag Everyone…</source>
            <translation>&amp;Позначити всіх тегом…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1302" />
            <source>Re&amp;name…</source>
            <translation>Перей&amp;менувати…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1304" />
            <source>&amp;Remove Segment</source>
            <translation>&amp;Видалити сегмент</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1329" />
            <source>Tag Everyone</source>
            <translation>Позначити всіх тегом</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1330" />
            <source>A tag for everyone in “%1”:</source>
            <translation>Тег для всіх у сегменті «%1»:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1338" />
            <source>Tag everyone in “%1”</source>
            <translation>Позначити тегом усіх у «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1340" />
            <source>“%1” given to %2 more.</source>
            <translation>Тег «%1» додано ще %2.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1346" />
            <source>Rename Segment</source>
            <translation>Перейменувати сегмент</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1346" />
            <source>New name:</source>
            <translation>Нова назва:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1351" />
            <source>Rename the segment “%1”</source>
            <translation>Перейменування сегмента «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1412" />
            <source>About Rapport</source>
            <translation>Про Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1413" />
            <source>Rapport — an offline-first CRM for small business.
Data folder: %1</source>
            <translation>Rapport — CRM для малого бізнесу, що працює без інтернету.
Папка даних: %1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="215" />
            <source>Match up the columns</source>
            <translation>Зіставте стовпці</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="216" />
            <source>These CSV files are not Google or Outlook exports. Say what each column holds; columns kept as extra fields are stored with the contact and exported again.</source>
            <translation>Ці CSV-файли не є експортом із Google чи Outlook. Укажіть, що містить кожен стовпець; стовпці, збережені як додаткові поля, зберігаються разом із контактом і знову потрапляють до експорту.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="244" />
            <source>Columns of %1</source>
            <translation>Стовпці файлу %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="272" />
            <source>In %1, choose at least one column for a name, an e-mail address or a phone number: a row needs one of them to become a contact.</source>
            <translation>У файлі %1 виберіть принаймні один стовпець з ім’ям, адресою ел. пошти чи номером телефону: без одного з них рядок не стане контактом.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="276" />
            <source>Rows are checked on the next page before anything is written.</source>
            <translation>Рядки буде перевірено на наступній сторінці, перш ніж щось буде записано.</translation>
        </message>
    </context>
    <context>
        <name>MeetingSheet</name>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="38" />
            <source>New meeting</source>
            <translation>Нова зустріч</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="43" />
            <source>What is it about?</source>
            <translation>Про що зустріч?</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="51" />
            <location filename="../../ui/calendar/meeting_dialog.py" line="87" />
            <source>%1 min</source>
            <translation>%1 хв</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="52" />
            <location filename="../../ui/calendar/meeting_dialog.py" line="53" />
            <source>%1 h</source>
            <translation>%1 год</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Does not repeat</source>
            <translation>Не повторюється</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Every day</source>
            <translation>Щодня</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Every week</source>
            <translation>Щотижня</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="63" />
            <source>Every two weeks</source>
            <translation>Кожні два тижні</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="63" />
            <source>Every month</source>
            <translation>Щомісяця</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="70" />
            <source>&amp;Subject</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="71" />
            <source>&amp;When</source>
            <translation>&amp;Коли</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="72" />
            <source>&amp;Repeats</source>
            <translation>&amp;Повторення</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="73" />
            <source>&amp;Location</source>
            <translation>&amp;Місце</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="74" />
            <source>W&amp;ith</source>
            <translation>&amp;Учасники</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="82" />
            <source>Edit meeting</source>
            <translation>Редагувати зустріч</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="91" />
            <source>As it was set up</source>
            <translation>Як було задано</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="117" />
            <source>A meeting needs a subject.</source>
            <translation>Укажіть тему зустрічі.</translation>
        </message>
    </context>
    <context>
        <name>MineFilter</name>
        <message>
            <location filename="../../ui/office.py" line="127" />
            <source>Only &amp;Mine</source>
            <translation>Лише &amp;мої</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="188" />
            <source>Only the deals and tasks %1 owns</source>
            <translation>Лише угоди й завдання, за які відповідає %1</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="190" />
            <source>Only the deals and tasks you own (asks your name in the office first)</source>
            <translation>Лише ваші угоди й завдання (спершу запитає ваше ім’я в офісі)</translation>
        </message>
    </context>
    <context>
        <name>NewAccountSheet</name>
        <message>
            <location filename="../../ui/detail/new_record.py" line="72" />
            <source>New account</source>
            <translation>Нова компанія</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="78" />
            <source>&amp;Name</source>
            <translation>&amp;Назва</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="79" />
            <source>&amp;Industry</source>
            <translation>&amp;Галузь</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="80" />
            <source>&amp;Website</source>
            <translation>&amp;Сайт</translation>
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
            <translation>Новий контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="33" />
            <source>Type to find an account, or a new name</source>
            <translation>Почніть вводити назву компанії або введіть нову назву</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="36" />
            <source>&amp;Given name</source>
            <translation>&amp;Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="37" />
            <source>&amp;Family name</source>
            <translation>&amp;Прізвище</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="38" />
            <source>&amp;E-mail</source>
            <translation>&amp;Ел. пошта</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="39" />
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="40" />
            <source>&amp;Company</source>
            <translation>&amp;Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="41" />
            <source>&amp;Job title</source>
            <translation>По&amp;сада</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="67" />
            <source>New contact “%1”</source>
            <translation>Новий контакт «%1»</translation>
        </message>
    </context>
    <context>
        <name>NextStepSheet</name>
        <message>
            <location filename="../../ui/detail/next_step.py" line="39" />
            <source>Schedule the next step</source>
            <translation>Запланувати наступний крок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>Call</source>
            <translation>Дзвінок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>Meeting</source>
            <translation>Зустріч</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>E-mail</source>
            <translation>Лист</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>To-do</source>
            <translation>Справа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="54" />
            <source>&amp;Offer this after every call and stage move</source>
            <translation>&amp;Пропонувати це після кожного дзвінка та зміни етапу</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="57" />
            <source>&amp;Title</source>
            <translation>&amp;Назва</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="58" />
            <source>&amp;Kind</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="59" />
            <source>&amp;When</source>
            <translation>&amp;Коли</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="65" />
            <source>Schedule “%1”</source>
            <translation>Запланувати «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="86" />
            <source>Call about %1</source>
            <translation>Дзвінок щодо угоди «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="86" />
            <source>Meeting about %1</source>
            <translation>Зустріч щодо угоди «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="87" />
            <source>E-mail about %1</source>
            <translation>Лист щодо угоди «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="87" />
            <source>Follow up on %1</source>
            <translation>Повернутися до %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="89" />
            <source>Call %1</source>
            <translation>Зателефонувати: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="89" />
            <source>Meeting with %1</source>
            <translation>Зустріч: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="90" />
            <source>E-mail %1</source>
            <translation>Написати: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="90" />
            <source>Follow up with %1</source>
            <translation>Зв’язатися: %1</translation>
        </message>
    </context>
    <context>
        <name>NoteSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="317" />
            <source>Add a note</source>
            <translation>Додати нотатку</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="322" />
            <source>&amp;Note</source>
            <translation>&amp;Нотатка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="325" />
            <source>Edit note</source>
            <translation>Редагувати нотатку</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <location filename="../../ui/office.py" line="104" />
            <source>Set your name in the office to “%1”</source>
            <translation>Ваше ім’я в офісі: «%1»</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="191" />
            <location filename="../../ui/operations/operation.py" line="221" />
            <source>Not done: %1</source>
            <translation>Не виконано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/operation.py" line="219" />
            <source>Not saved</source>
            <translation>Не збережено</translation>
        </message>
        <message>
            <location filename="../../ui/said.py" line="34" />
            <source>Not saved: %1</source>
            <translation>Не збережено: %1</translation>
        </message>
    </context>
    <context>
        <name>OverdueTasksModel</name>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>About</source>
            <translation>Пов’язано з</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Late</source>
            <translation>Прострочено</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="59" />
            <source>today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="62" />
            <source>%1 — due %2</source>
            <translation>%1 — термін %2</translation>
        </message>
    </context>
    <context>
        <name>PastPipelineDialog</name>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="58" />
            <source>Pipeline on a Past Day</source>
            <translation>Воронка на минулу дату</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="62" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="71" />
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="74" />
            <source>Stage and deal</source>
            <translation>Етап і угода</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="74" />
            <source>Deals</source>
            <translation>Угоди</translation>
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
            <translation>З урахуванням імовірності</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="80" />
            <source>At the end of &amp;day:</source>
            <translation>На &amp;кінець дня:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="89" />
            <source>From</source>
            <translation>З</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="89" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>Deal</source>
            <translation>Угода</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="99" />
            <source>&amp;From:</source>
            <translation>&amp;З:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="99" />
            <source>&amp;To:</source>
            <translation>&amp;По:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="111" />
            <source>On a &amp;Day</source>
            <translation>&amp;На дату</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="112" />
            <source>What &amp;Moved</source>
            <translation>&amp;Що змінилося</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="119" />
            <source>&amp;Pipeline:</source>
            <translation>&amp;Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="178" />
            <source>%1 (%2 %)</source>
            <translation>%1 (%2 %)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="188" />
            <source>In this stage since %1</source>
            <translation>На цьому етапі з %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/past_dialog.py" line="194" />
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%n відкрита угода</numerusform>
                <numerusform>%n відкриті угоди</numerusform>
                <numerusform>%n відкритих угод</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="195" />
            <source>%1 at the end of %2: %3.</source>
            <translation>%1 станом на %2: %3.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="197" />
            <source>≈ %1 in all, %2 weighted, at that day's rates.</source>
            <translation>≈ %1 загалом, %2 з урахуванням імовірності, за курсами того дня.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="200" />
            <source>Each deal in the stage it stood in that day; amounts and names are today's, and a deal won or lost and reopened since counts as open.</source>
            <translation>Кожна угода — на етапі, на якому вона була того дня; суми й назви — сьогоднішні, а угода, виграна чи програна й потім знову відкрита, вважається відкритою.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="206" />
            <source>made in %1</source>
            <translation>створена на етапі %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="207" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="208" />
            <source>won (in %1)</source>
            <translation>виграна (на етапі %1)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="209" />
            <source>lost (in %1)</source>
            <translation>програна (на етапі %1)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="215" />
            <source>Nothing moved in these days.</source>
            <translation>За ці дні нічого не змінилося.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/past_dialog.py" line="228" />
            <source>%1 + %n other currency(ies)</source>
            <translation>
                <numerusform>%1 + ще %n валюта</numerusform>
                <numerusform>%1 + ще %n валюти</numerusform>
                <numerusform>%1 + ще %n валют</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <location filename="../../ui/detail/pickers.py" line="179" />
            <source>Type a name to add a contact</source>
            <translation>Введіть ім’я, щоб додати контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="185" />
            <source>Remove</source>
            <translation>Прибрати</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <location filename="../../ui/pipeline/board.py" line="274" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="277" />
            <source>Edit stages…</source>
            <translation>Редагувати етапи…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="283" />
            <source>Won</source>
            <translation>Виграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="285" />
            <source>Mark the selected deal won, or drop a card here</source>
            <translation>Позначити вибрану угоду як виграну або перетягнути сюди картку</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="286" />
            <source>Lost…</source>
            <translation>Програна…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="288" />
            <source>Mark the selected deal lost, or drop a card here</source>
            <translation>Позначити вибрану угоду як програну або перетягнути сюди картку</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="400" />
            <source>Move “%1” to %2</source>
            <translation>Переміщення «%1» на етап «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="418" />
            <source>Moved “%1” to %2.</source>
            <translation>Угоду «%1» переміщено на етап «%2».</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="432" />
            <source>Mark “%1” won</source>
            <translation>Позначити «%1» як виграну</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="434" />
            <source>“%1” marked won.</source>
            <translation>Угоду «%1» позначено як виграну.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="444" />
            <source>“%1” marked lost: %2</source>
            <translation>Угоду «%1» позначено як програну: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="445" />
            <source>Mark “%1” lost</source>
            <translation>Позначити «%1» як програну</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="491" />
            <source>Move to previous stage</source>
            <translation>На попередній етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="493" />
            <source>Move to next stage</source>
            <translation>На наступний етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="495" />
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="496" />
            <source>Mark won</source>
            <translation>Позначити як виграну</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="497" />
            <source>Mark lost…</source>
            <translation>Позначити як програну…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="550" />
            <source>No open deals in “%1”.
Deals you add appear here, a column per stage; won and lost deals are in the list.</source>
            <translation>У воронці «%1» немає відкритих угод.
Додані угоди з’являться тут, по стовпцю на етап; виграні й програні — у списку.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="666" />
            <source>Move to</source>
            <translation>Перемістити на етап</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="287" />
            <source>Check the records</source>
            <translation>Перевірка записів</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="288" />
            <source>Nothing has been written yet: this is a dry run of the import.</source>
            <translation>Поки що нічого не записано: це пробний прогін імпорту.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="290" />
            <source>&amp;Import</source>
            <translation>&amp;Імпортувати</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="297" />
            <source>Checking progress</source>
            <translation>Хід перевірки</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="298" />
            <source>&amp;Stop</source>
            <translation>&amp;Зупинити</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="299" />
            <source>Stop checking; the import itself can still go ahead</source>
            <translation>Зупинити перевірку; сам імпорт однаково можна виконати</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="301" />
            <source>Show only records with &amp;problems</source>
            <translation>Показувати лише записи з &amp;проблемами</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="309" />
            <source>Records in the files</source>
            <translation>Записи у файлах</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="342" />
            <source>Reading the files and trying the import without writing anything…</source>
            <translation>Читання файлів і пробний імпорт без запису…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="387" />
            <source>Checking stopped after %1 records. You can still import: every record is checked again as it is written.</source>
            <translation>Перевірку зупинено після %1 записів. Імпортувати однаково можна: кожен запис перевіряється повторно під час запису.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="391" />
            <source>Dry run: %1 new · %2 updated · %3 unchanged · %4 not importable · %5 with warnings.</source>
            <translation>Пробний прогін: нових — %1 · оновлених — %2 · без змін — %3 · не імпортуються — %4 · з попередженнями — %5.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="403" />
            <source>The files could not be checked: %1</source>
            <translation>Не вдалося перевірити файли: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="414" />
            <source>Stopping…</source>
            <translation>Зупинення…</translation>
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
            <translation>Імовірність</translation>
        </message>
    </context>
    <context>
        <name>QualifySheet</name>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="19" />
            <source>Qualify “%1”</source>
            <translation>Кваліфікувати «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="21" />
            <source>&amp;Qualify</source>
            <translation>&amp;Кваліфікувати</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="26" />
            <source>no one: the lead has no person's name</source>
            <translation>ніхто: у ліда немає імені людини</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="26" />
            <source>%1 — new</source>
            <comment>a contact</comment>
            <translation>%1 — буде створено</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="29" />
            <source>none: the lead has no company</source>
            <translation>немає: у ліда немає компанії</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="29" />
            <source>%1 — new</source>
            <comment>an account</comment>
            <translation>%1 — буде створено</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="32" />
            <source>&amp;Make a deal in the first stage</source>
            <translation>&amp;Створити угоду на першому етапі</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="33" />
            <source>Its lead source: “%1”</source>
            <translation>Джерело ліда: «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="33" />
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="42" />
            <source>&amp;Deal</source>
            <translation>&amp;Угода</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="43" />
            <source>&amp;Title</source>
            <translation>&amp;Назва</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="44" />
            <source>&amp;Amount</source>
            <translation>Су&amp;ма</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="45" />
            <source>C&amp;urrency</source>
            <translation>&amp;Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="46" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="47" />
            <source>Account</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="54" />
            <source>%1 — the one there is</source>
            <translation>%1 — уже є</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailPane</name>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="184" />
            <source>Undo</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="237" />
            <location filename="../../ui/detail/base_pane.py" line="941" />
            <source>Delete “%1”</source>
            <translation>Видалення «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="247" />
            <source>Make “%1” private</source>
            <translation>Зробити «%1» особистим</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="247" />
            <source>Share “%1” with the office</source>
            <translation>Відкриття доступу офісу до «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="272" />
            <source>There is no e-mail address to write to here.</source>
            <translation>Тут немає адреси електронної пошти, на яку можна написати.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="275" />
            <source>No mail program opened the message: is one set as the default?</source>
            <translation>Жодна поштова програма не відкрила лист: чи вибрано програму за замовчуванням?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="304" />
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="306" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="311" />
            <source>Move to Trash</source>
            <translation>Перемістити до Кошика</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="314" />
            <source>Log a call…</source>
            <translation>Записати дзвінок…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="317" />
            <source>Write an e-mail…</source>
            <translation>Написати листа…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="319" />
            <source>Log an e-mail…</source>
            <translation>Записати лист…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="321" />
            <source>Add a note…</source>
            <translation>Додати нотатку…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="323" />
            <source>Add a task…</source>
            <translation>Додати завдання…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="325" />
            <source>New deal…</source>
            <translation>Нова угода…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="327" />
            <source>Private</source>
            <translation>Лише для мене</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="330" />
            <source>Only you see it: sync puts it in your own address book, never in the office's (with no address book of your own it stays on this computer)</source>
            <translation>Бачите лише ви: синхронізація поміщає запис до вашої особистої адресної книги й ніколи — до спільної книги офісу (без особистої книги запис залишається лише на цьому комп’ютері)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="573" />
            <source>This record no longer exists.</source>
            <translation>Цей запис більше не існує.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="580" />
            <source>“%1” is in the Trash.</source>
            <translation>«%1» у Кошику.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="594" />
            <source>No next step — &lt;a href="action:task"&gt;Add a task&lt;/a&gt;</source>
            <translation>Немає наступного кроку — &lt;a href="action:task"&gt;Додати завдання&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="597" />
            <source>Next: %1</source>
            <translation>Далі: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="604" />
            <source>Next: %1 — &lt;span style="color:%3"&gt;overdue since %2&lt;/span&gt;</source>
            <translation>Далі: %1 — &lt;span style="color:%3"&gt;прострочено з %2&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="607" />
            <source>Next: %1 — due today</source>
            <translation>Далі: %1 — термін сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="609" />
            <source>Next: %1 — due %2</source>
            <translation>Далі: %1 — термін %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="664" />
            <source>Hide empty fields</source>
            <translation>Приховати порожні поля</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="665" />
            <source>Show empty fields (%1)</source>
            <translation>Показати порожні поля (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="676" />
            <source>None yet.</source>
            <translation>Поки що немає.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="713" />
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="752" />
            <source>Edit %1</source>
            <translation>Редагування: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="870" />
            <source>This e-mail has no attached files.</source>
            <translation>Цей лист не має вкладених файлів.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="877" />
            <source>There is no original of this e-mail here: it was logged by hand, or the mail folder it was read from no longer holds it.</source>
            <translation>Оригіналу цього листа тут немає: його записано вручну, або в поштовій теці, з якої його прочитано, його вже немає.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="881" />
            <source>No program opened the message (%1).</source>
            <translation>Жодна програма не відкрила лист (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="929" />
            <source>Link to the deal “%1”</source>
            <translation>Пов’язати з угодою «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="929" />
            <source>Unlink from the deal “%1”</source>
            <translation>Відв’язати від угоди «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="941" />
            <source>Delete a timeline entry</source>
            <translation>Видалення запису хронології</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1038" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1039" />
            <source>Add tags, separated by commas</source>
            <translation>Додайте теги через кому</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1062" />
            <source>won</source>
            <translation>виграна</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1062" />
            <source>lost</source>
            <translation>програна</translation>
        </message>
    </context>
    <context>
        <name>RecordListView</name>
        <message>
            <location filename="../../ui/views/record_list.py" line="327" />
            <source>The list could not be counted: %1</source>
            <translation>Не вдалося порахувати записи списку: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="89" />
            <source>Tag</source>
            <translation>Тег</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="90" />
            <source>Only records with this tag</source>
            <translation>Лише записи з цим тегом</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="93" />
            <source>Save as &amp;Segment…</source>
            <translation>Зберегти як &amp;сегмент…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="94" />
            <source>Keep this filter in the navigation</source>
            <translation>Зберегти цей фільтр на панелі навігації</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="97" />
            <source>Co&amp;lumns</source>
            <translation>Стовп&amp;ці</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="98" />
            <source>Choose the columns shown</source>
            <translation>Вибрати стовпці для показу</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="107" />
            <source>The columns the list is filtered by: choose one to remove it</source>
            <translation>Стовпці, за якими відфільтровано список: виберіть умову, щоб прибрати її</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="148" />
            <source>Clear filter</source>
            <translation>Скинути фільтр</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/record_list.py" line="212" />
            <location filename="../../ui/views/record_list.py" line="283" />
            <source>Filtered by %n column(s)</source>
            <translation>
                <numerusform>Фільтр за %n стовпцем</numerusform>
                <numerusform>Фільтр за %n стовпцями</numerusform>
                <numerusform>Фільтр за %n стовпцями</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="249" />
            <source>Remove: %1</source>
            <translation>Прибрати: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="254" />
            <source>Rows Matching &amp;Any One</source>
            <translation>Рядки, де виконано &amp;будь-яку умову</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="258" />
            <source>Show All Rows</source>
            <translation>Показати всі рядки</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="272" />
            <source>All tags</source>
            <translation>Усі теги</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="313" />
            <source>Save as Segment</source>
            <translation>Зберегти як сегмент</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="313" />
            <source>Name of the segment:</source>
            <translation>Назва сегмента:</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="323" />
            <source>Save the segment “%1”</source>
            <translation>Збереження сегмента «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="331" />
            <source>Remove the segment “%1”</source>
            <translation>Вилучення сегмента «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="102" />
            <source>&amp;Filter by</source>
            <translation>&amp;Фільтр за</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="409" />
            <source>Filter by “%1”…</source>
            <translation>Фільтр за «%1»…</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders.py" line="81" />
            <source>Due today</source>
            <translation>Термін сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="86" />
            <source>Starts %1</source>
            <translation>Початок: %1</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="87" />
            <source>Due %1</source>
            <translation>Термін: %1</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="141" />
            <location filename="../../ui/reminders.py" line="329" />
            <source>(no title)</source>
            <translation>(без назви)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="155" />
            <source>Reminders</source>
            <translation>Нагадування</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="166" />
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="167" />
            <source>Snooze</source>
            <translation>Відкласти</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="171" />
            <source>1 hour</source>
            <translation>1 година</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="173" />
            <source>%1 minutes</source>
            <translation>%1 хвилин</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="178" />
            <source>Dismiss</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="179" />
            <source>Dismiss (Delete)</source>
            <translation>Закрити (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="180" />
            <source>Dismiss all</source>
            <translation>Закрити всі</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="193" />
            <source>Reminders that came due. Snooze one to see it again later.</source>
            <translation>Нагадування, час яких настав. Відкладіть нагадування, щоб побачити його пізніше.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="329" />
            <source>Snooze “%1”</source>
            <translation>Відкласти «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="392" />
            <location filename="../../ui/reminders.py" line="396" />
            <source>Reminder</source>
            <translation>Нагадування</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../ui/reports_dialog.py" line="52" />
            <source>Reports</source>
            <translation>Звіти</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="56" />
            <source>Report</source>
            <translation>Звіт</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="57" />
            <location filename="../../ui/reports_dialog.py" line="81" />
            <source>Deals won and lost</source>
            <translation>Виграні та програні угоди</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="58" />
            <source>Activities</source>
            <translation>Дії</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="59" />
            <source>Leads and deals won, by source</source>
            <translation>Ліди та виграні угоди за джерелами</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="61" />
            <source>Grouped by</source>
            <translation>Групування</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="64" />
            <source>From</source>
            <translation>З</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="64" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="69" />
            <source>Print to &amp;PDF…</source>
            <translation>Друк у &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="72" />
            <source>&amp;Report:</source>
            <translation>З&amp;віт:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="72" />
            <source>&amp;By:</source>
            <translation>&amp;Групування:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="73" />
            <source>&amp;From:</source>
            <translation>&amp;З:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="73" />
            <source>&amp;To:</source>
            <translation>&amp;По:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="116" />
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="116" />
            <location filename="../../ui/reports_dialog.py" line="120" />
            <source>Lead source</source>
            <translation>Джерело</translation>
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
            <translation>Місяць</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="124" />
            <source>Week</source>
            <translation>Тиждень</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="169" />
            <source>(none)</source>
            <translation>(немає)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Calls</source>
            <translation>Дзвінки</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Meetings</source>
            <translation>Зустрічі</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>E-mails</source>
            <translation>Листи</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="176" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="183" />
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Won</source>
            <translation>Виграно</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="184" />
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Lost</source>
            <translation>Програно</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="187" />
            <source>No deal was won or lost in this period.</source>
            <translation>За цей період жодну угоду не виграно й не програно.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Win rate</source>
            <translation>Частка виграних</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="190" />
            <location filename="../../ui/reports_dialog.py" line="227" />
            <source>Won amounts</source>
            <translation>Суми виграних</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="190" />
            <location filename="../../ui/reports_dialog.py" line="227" />
            <source>Won in %1</source>
            <translation>Виграно в %1</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="191" />
            <source>Average days to close</source>
            <translation>Середня кількість днів до закриття</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="191" />
            <source>Median days to close</source>
            <translation>Днів до закриття (медіана)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="202" />
            <source>Deals by the day they were won or lost, in the stage they closed in. Not in the home currency's column: %1 (no exchange rate).</source>
            <translation>Угоди — за днем виграшу чи програшу, на етапі, на якому їх закрито. Не ввійшли до стовпця основної валюти: %1 (немає курсу).</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="205" />
            <source>Deals by the day they were won or lost, in the stage they closed in.</source>
            <translation>Угоди — за днем виграшу чи програшу, на етапі, на якому їх закрито.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="211" />
            <source>Won: %1 · Lost: %2</source>
            <translation>Виграно: %1 · Програно: %2</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="212" />
            <source>Days to close: %1 on average</source>
            <translation>Днів до закриття: %1 у середньому</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="219" />
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Captured</source>
            <translation>Отримано</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="220" />
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Qualified</source>
            <translation>Кваліфіковано</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="221" />
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Deals won</source>
            <translation>Виграно угод</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="223" />
            <source>No lead was captured or decided, and no deal won, in this period.</source>
            <translation>За цей період не було ні нових лідів, ні рішень щодо них, ні виграних угод.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Disqualified</source>
            <translation>Відхилено</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Still open</source>
            <translation>Ще відкриті</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Qualification rate</source>
            <translation>Частка кваліфікованих</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="239" />
            <source>Leads by the day they were captured, qualified or disqualified; deals by the day they were won, under their lead source.</source>
            <translation>Ліди — за днем отримання, кваліфікації чи відхилення; угоди — за днем виграшу, за джерелом ліда.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="250" />
            <source>No call, meeting, e-mail or note in this period.</source>
            <translation>За цей період немає дзвінків, зустрічей, листів і нотаток.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="252" />
            <source>In all</source>
            <translation>Загалом</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="256" />
            <source>An activity's owner is whoever logged it here (or whose it was where sync brought it); those logged before owners were kept have none.</source>
            <translation>Власник дії — той, хто записав її тут (або чиєю вона була там, звідки її принесла синхронізація); у записаних до появи власників його немає.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="267" />
            <location filename="../../ui/reports_dialog.py" line="278" />
            <location filename="../../ui/reports_dialog.py" line="292" />
            <source>Print to PDF</source>
            <translation>Друк у PDF</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="268" />
            <source>PDF documents (*.pdf)</source>
            <translation>Документи PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="292" />
            <source>Could not write %1.</source>
            <translation>Не вдалося записати %1.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="521" />
            <location filename="../../ui/importer/pages.py" line="568" />
            <source>Import finished</source>
            <translation>Імпорт завершено</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="526" />
            <source>New records:</source>
            <translation>Нові записи:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="526" />
            <source>Updated:</source>
            <translation>Оновлено:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="527" />
            <source>Unchanged:</source>
            <translation>Без змін:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="527" />
            <source>Merged:</source>
            <translation>Об’єднано:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="528" />
            <source>Not imported:</source>
            <translation>Не імпортовано:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="535" />
            <location filename="../../ui/importer/pages.py" line="539" />
            <source>Records not imported</source>
            <translation>Неімпортовані записи</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="546" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="568" />
            <source>Import cancelled</source>
            <translation>Імпорт скасовано</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="570" />
            <source>The import stopped on an error: %1. Records written before it stay.</source>
            <translation>Імпорт зупинено через помилку: %1. Записи, збережені до неї, залишаються.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="573" />
            <source>Imported %1 of %2 records before it was cancelled. They stay.</source>
            <translation>До скасування імпортовано %1 із %2 записів. Вони залишаються.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="576" />
            <source>Imported %1 records before it was cancelled. They stay.</source>
            <translation>До скасування імпортовано записів: %1. Вони залишаються.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="578" />
            <source>Imported %1 of %2 records. The others are listed below with the reason.</source>
            <translation>Імпортовано %1 із %2 записів. Решту наведено нижче із зазначенням причини.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="581" />
            <source>All %1 records imported.</source>
            <translation>Усі записи імпортовано (%1).</translation>
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
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="14" />
            <source>Deal</source>
            <translation>Угода</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="15" />
            <source>Activity</source>
            <translation>Дія</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="16" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="17" />
            <source>Lead</source>
            <translation>Лід</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="59" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="59" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="../../app/account_duplicates.py" line="75" />
            <source>same name but for case, punctuation or legal form</source>
            <translation>однакова назва без урахування регістру, розділових знаків і організаційно-правової форми</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="88" />
            <source>similar name</source>
            <translation>схожа назва</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="90" />
            <source>same web site</source>
            <translation>той самий вебсайт</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="92" />
            <source>same phone</source>
            <translation>той самий телефон</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="105" />
            <source>an account cannot be merged with itself</source>
            <translation>компанію не можна об’єднати саму із собою</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="217" />
            <source>only an account in the Trash can be purged</source>
            <translation>остаточно видалити можна лише компанію з Кошика</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="271" />
            <source>an account needs a name</source>
            <translation>компанія повинна мати назву</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="280" />
            <source>%1 is not a web address (such as example.com)</source>
            <translation>%1 — не вебадреса (наприклад, example.com)</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="245" />
            <source>an activity is a call, meeting, email or note, not %1</source>
            <translation>дія — це дзвінок, зустріч, лист або нотатка, а не %1</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="254" />
            <source>a duration cannot be negative</source>
            <translation>тривалість не може бути від’ємною</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="256" />
            <source>a note needs some text</source>
            <translation>нотатка повинна містити текст</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="283" />
            <source>a meeting cannot end before it starts</source>
            <translation>зустріч не може закінчитися раніше, ніж почалася</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="292" />
            <source>SEQUENCE cannot be negative</source>
            <translation>SEQUENCE не може бути від’ємним</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="373" />
            <source>%1 is not a time zone Rapport knows (an IANA name such as Europe/Berlin) and no VTIMEZONE for it is kept</source>
            <translation>Rapport не знає часового поясу %1 (потрібна назва IANA, наприклад Europe/Berlin), і опису VTIMEZONE для нього немає</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="392" />
            <source>%1 is not a recurrence rule: %2</source>
            <translation>%1 — не правило повторення: %2</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="400" />
            <source>an alarm needs an action (DISPLAY, AUDIO, EMAIL)</source>
            <translation>нагадування повинно мати дію (DISPLAY, AUDIO, EMAIL)</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="403" />
            <source>an alarm is related to START or END, not %1</source>
            <translation>нагадування прив’язується до START або END, а не до %1</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="408" />
            <source>an alarm needs one trigger: minutes before or after, or a moment</source>
            <translation>нагадуванню потрібен рівно один момент спрацювання: за скільки хвилин до чи після або точний момент</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="416" />
            <source>%1 is not an iCalendar property name</source>
            <translation>%1 — не назва властивості iCalendar</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="419" />
            <source>the value of %1 has a line break (it must stay escaped)</source>
            <translation>значення %1 містить розрив рядка (він має залишатися екранованим)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="123" />
            <source>%1: no such file</source>
            <translation>%1: такого файлу немає</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="129" />
            <source>%1: the database is damaged (%2)</source>
            <translation>%1: базу даних пошкоджено (%2)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="133" />
            <source>%1: not a Rapport database</source>
            <translation>%1: це не база даних Rapport</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="135" />
            <source>%1: written by a newer Rapport (schema %2); update Rapport first</source>
            <translation>%1: записано новішою версією Rapport (схема %2); спочатку оновіть Rapport</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="141" />
            <source>%1: not a readable SQLite database (%2)</source>
            <translation>%1: не вдається прочитати як базу даних SQLite (%2)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="160" />
            <source>a backup cannot overwrite the database it copies</source>
            <translation>резервна копія не може замінити базу даних, яку вона копіює</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="165" />
            <location filename="../../app/backup.py" line="174" />
            <source>cannot write the backup %1: %2</source>
            <translation>не вдається записати резервну копію %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="171" />
            <source>the disk is full: cannot write the backup %1</source>
            <translation>диск заповнено: не вдається записати резервну копію %1</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="189" />
            <source>no backup was made today: the database is damaged (%1); the earlier backups are kept</source>
            <translation>сьогоднішню резервну копію не створено: базу даних пошкоджено (%1); попередні копії збережено</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="212" />
            <source>%1 is the database in use; restore from a backup of it</source>
            <translation>%1 — це база даних, яка зараз використовується; відновіть її з резервної копії</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="39" />
            <source>an iTIP %1 without DTSTART for a meeting not in Rapport; its DTSTAMP stands in for the start</source>
            <translation>iTIP %1 без DTSTART для зустрічі, якої немає в Rapport; замість початку взято його DTSTAMP</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="41" />
            <source>an older version (SEQUENCE %1) of a record Rapport has in a newer one (SEQUENCE %2); kept the newer one</source>
            <translation>старіша версія (SEQUENCE %1) запису, який є в Rapport у новішій версії (SEQUENCE %2); збережено новішу</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="50" />
            <source>%1: line %2: %3</source>
            <translation>%1: рядок %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="54" />
            <source>%1: record %2, line %3: %4</source>
            <translation>%1: запис %2, рядок %3: %4</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="71" />
            <location filename="../../app/import_reader.py" line="148" />
            <location filename="../../app/import_reader.py" line="367" />
            <source>the rest of the file cannot be read: %1</source>
            <translation>решту файлу не вдається прочитати: %1</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="233" />
            <location filename="../../app/importing.py" line="405" />
            <source>the custom field %1 was left out: %2</source>
            <translation>додаткове поле %1 пропущено: %2</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="247" />
            <source>deal %1: %2</source>
            <translation>угода %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="312" />
            <source>an iTIP %1 asks for a change; it is not applied to the record in Rapport</source>
            <translation>iTIP %1 пропонує зміну; до запису в Rapport її не застосовано</translation>
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
            <translation>інша версія цього запису з тими самими SEQUENCE і DTSTAMP трапилася у файлі раніше</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="363" />
            <source>kept the earlier one</source>
            <translation>збережено ранішу</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="335" />
            <source>this account is linked already</source>
            <translation>цю компанію вже пов’язано</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="342" />
            <source>a kept vCard property needs a name</source>
            <translation>збережена властивість vCard повинна мати назву</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="345" />
            <source>a photo needs its image type, such as image/jpeg</source>
            <translation>фотографія повинна мати тип зображення, наприклад image/jpeg</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="354" />
            <source>a contact needs a name: fill in a given or family name, or a display name</source>
            <translation>контакт повинен мати ім’я: заповніть ім’я, прізвище або відображуване ім’я</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="521" />
            <source>only a contact in the Trash can be purged</source>
            <translation>остаточно видалити можна лише контакт із Кошика</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="238" />
            <source>there is no rate of %1 on %2</source>
            <translation>курсу %1 на %2 немає</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="251" />
            <source>%1: cannot read it (%2)</source>
            <translation>%1: не вдається прочитати (%2)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="294" />
            <source>rates are units of a currency to one euro: the euro's own is always 1</source>
            <translation>курс — це кількість одиниць валюти за один євро: для самого євро він завжди 1</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="301" />
            <source>“%1” is not a rate: how many units of %2 one euro buys, as 1.0812</source>
            <translation>«%1» — не курс: скільки %2 дають за один євро, наприклад 1.0812</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="310" />
            <source>%1: not the European Central Bank's rates (its first line starts with “Date”, then the currencies)</source>
            <translation>%1: це не курси Європейського центрального банку (перший рядок починається з «Date», далі валюти)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="322" />
            <source>%1: column “%2” left out: not a currency in use (ISO 4217)</source>
            <translation>%1: стовпець «%2» пропущено: це не чинна валюта (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="329" />
            <source>%1, line %2: “%3” is not a date; line left out</source>
            <translation>%1, рядок %2: «%3» — не дата; рядок пропущено</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="342" />
            <source>%1, line %2: %3 rate “%4” is not a number</source>
            <translation>%1, рядок %2: курс %3 «%4» — не число</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="98" />
            <source>custom fields go on %1, not %2</source>
            <translation>додаткові поля бувають лише в записах: %1 (не %2)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="101" />
            <source>a key is lower-case letters, digits and _, starting with a letter</source>
            <translation>ключ складається з малих латинських літер, цифр і _ і починається з літери</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="103" />
            <location filename="../../app/custom_fields.py" line="138" />
            <source>a field needs a label</source>
            <translation>поле повинно мати назву</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="106" />
            <source>a field type is one of %1</source>
            <translation>тип поля — один із: %1</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="110" />
            <location filename="../../app/custom_fields.py" line="144" />
            <source>a choice field needs at least one choice</source>
            <translation>поле з вибором повинно мати щонайменше один варіант</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="115" />
            <source>%1 already has a field %2</source>
            <translation>записи типу «%1» уже мають поле %2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="117" />
            <source>a field %1 of %2 was removed, and its key is not used again (values for it may still arrive from other laptops): undo the removal, or choose another key</source>
            <translation>поле %1 об’єкта «%2» було видалено, і його ключ більше не використовується (значення для нього ще можуть надійти з інших комп’ютерів): скасуйте видалення або виберіть інший ключ</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="148" />
            <source>%1: %2 is the value of %3 records; change theirs first</source>
            <translation>%1: значення %2 мають записи (%3); спочатку змініть їх</translation>
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
            <translation>поле (%1) у Кошику</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="459" />
            <source>%1: no %2 is named %3</source>
            <translation>%1: немає запису (%2) з назвою %3</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="460" />
            <source>%1: more than one %2 is named %3; give its uid</source>
            <translation>%1: кілька записів (%2) з назвою %3; вкажіть uid</translation>
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
            <translation>%1: варіанта %2 немає серед можливих (%3)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="526" />
            <location filename="../../app/custom_fields.py" line="547" />
            <source>%1: %2 is not an amount of money (such as 1200.50 EUR)</source>
            <translation>%1: %2 — не грошова сума (наприклад, 1200.50 EUR)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="533" />
            <source>%1: %2 names two currencies</source>
            <translation>%1: у %2 вказано дві валюти</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="537" />
            <source>%1: name the currency of %2 (such as EUR), or choose a home currency</source>
            <translation>%1: вкажіть валюту для %2 (наприклад, EUR) або виберіть основну валюту</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="552" />
            <source>%1: %2 is too large an amount</source>
            <translation>%1: %2 — завелика сума</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="555" />
            <source>%1: %2 has more decimal places than %3 has</source>
            <translation>%1: у %2 більше знаків після коми, ніж у %3</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="648" />
            <source>%1: %2 is neither yes nor no</source>
            <translation>%1: %2 — не «так» і не «ні»</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="652" />
            <source>%1: %2 is not a number</source>
            <translation>%1: %2 — не число</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="154" />
            <source>deal %1: no stage %2</source>
            <translation>угода %1: немає етапу %2</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="197" />
            <source>the amount %1 is not a number</source>
            <translation>сума %1 — не число</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="297" />
            <source>deal %1: the custom field %2 was left out: %3</source>
            <translation>угода %1: додаткове поле %2 пропущено: %3</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="186" />
            <source>%1 is not one of the deal's people</source>
            <translation>%1 не бере участі в цій угоді</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="215" />
            <source>say why the deal was lost</source>
            <translation>вкажіть, чому угоду програно</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="311" />
            <source>a deal needs a title</source>
            <translation>угода повинна мати назву</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="330" />
            <source>an amount needs a currency (an ISO 4217 code such as EUR)</source>
            <translation>для суми потрібна валюта (код ISO 4217, наприклад EUR)</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="338" />
            <source>a probability is a percentage from 0 to 100</source>
            <translation>імовірність — це відсоток від 0 до 100</translation>
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
            <translation>компанія</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="13" />
            <location filename="../../sync/engine.py" line="86" />
            <source>deal</source>
            <translation>угода</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="14" />
            <source>activity</source>
            <translation>дія</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="15" />
            <location filename="../../sync/calendars.py" line="72" />
            <location filename="../../sync/engine.py" line="84" />
            <source>task</source>
            <translation>завдання</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="16" />
            <location filename="../../sync/engine.py" line="87" />
            <source>lead</source>
            <translation>лід</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="17" />
            <source>pipeline</source>
            <translation>воронка</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="18" />
            <source>stage</source>
            <translation>етап</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="19" />
            <source>tag</source>
            <translation>тег</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="20" />
            <location filename="../../app/errors.py" line="21" />
            <source>custom field</source>
            <translation>додаткове поле</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="22" />
            <source>person of the office</source>
            <translation>співробітник офісу</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="23" />
            <source>segment</source>
            <translation>сегмент</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="24" />
            <source>sync account</source>
            <translation>обліковий запис синхронізації</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="25" />
            <source>open sync conflict</source>
            <translation>відкритий конфлікт синхронізації</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="40" />
            <source>no %1 with uid %2</source>
            <translation>не знайдено: %1 з uid %2</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="122" />
            <source>the exporting helper process stopped unexpectedly</source>
            <translation>допоміжний процес експорту неочікувано зупинився</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="124" />
            <source>the exporting helper process failed: %1</source>
            <translation>допоміжний процес експорту завершився з помилкою: %1</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="221" />
            <source>a segment's contacts and accounts export as vCard or CSV, not as a calendar</source>
            <translation>контакти й компанії сегмента експортуються у vCard або CSV, а не в календар</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="274" />
            <source>the disk is full: cannot write %1</source>
            <translation>диск заповнено: не вдається записати %1</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="276" />
            <location filename="../../app/record_files.py" line="168" />
            <source>cannot write %1: %2</source>
            <translation>не вдається записати %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="49" />
            <source>the columns (%1) are not those of a Google or Outlook export: say which column holds what (a column mapping)</source>
            <translation>стовпці (%1) не схожі на експорт Google або Outlook: вкажіть, що в якому стовпці (зіставлення стовпців)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="52" />
            <source>the row has %1 fields but the header has %2 columns (it runs from line %3 to line %4: a quote may not be closed)</source>
            <translation>полів у рядку таблиці: %1, а стовпців у заголовку: %2 (він займає рядки з %3 по %4: можливо, не закрито лапки)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="342" />
            <source>the file has no column %1; its columns are: %2</source>
            <translation>у файлі немає стовпця %1; його стовпці: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="346" />
            <source>%1 is not a field to import into; the fields are: %2</source>
            <translation>%1 — не поле для імпорту; наявні поля: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="484" />
            <source>line %1 is not UTF-8; read it as %2</source>
            <translation>рядок %1 не в UTF-8; прочитано як %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="491" />
            <source>the file is not UTF-8; read it as %1 (a guess: check names with accents)</source>
            <translation>файл не в UTF-8; прочитано як %1 (це припущення: перевірте імена з діакритичними знаками)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="551" />
            <location filename="../../app/formats/ical.py" line="185" />
            <location filename="../../app/import_plan.py" line="78" />
            <location filename="../../app/importing.py" line="177" />
            <source>the file is empty</source>
            <translation>файл порожній</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="558" />
            <source>the file has no header line, only a delimiter hint (sep=)</source>
            <translation>у файлі немає рядка заголовка, лише вказівка роздільника (sep=)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="565" />
            <source>the header line cannot be read as CSV (%1)</source>
            <translation>рядок заголовка не вдається прочитати як CSV (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="568" />
            <source>the first line of the file has no column names</source>
            <translation>у першому рядку файлу немає назв стовпців</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="632" />
            <source>the row cannot be read as CSV (%1)</source>
            <translation>рядок не вдається прочитати як CSV (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="641" />
            <source>the row has %1 fields but the header has %2 columns</source>
            <translation>полів у рядку таблиці: %1, а стовпців у заголовку: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="650" />
            <source>the file has column names but no rows</source>
            <translation>у файлі є назви стовпців, але немає рядків</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="747" />
            <source>%1: %2 is not a date; kept as it was</source>
            <translation>%1: %2 — не дата; залишено як є</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="805" />
            <source>the row has no name, e-mail address or phone number</source>
            <translation>у рядку немає ні імені, ні адреси електронної пошти, ні номера телефону</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="871" />
            <source>read %1 as month/day/year (%2); correct it if it was day/month/year</source>
            <translation>%1 прочитано як місяць/день/рік (%2); виправте, якщо це був день/місяць/рік</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="81" />
            <source>a VFREEBUSY (free/busy times)</source>
            <translation>VFREEBUSY (час зайнятості)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="82" />
            <source>a VAVAILABILITY (available times)</source>
            <translation>VAVAILABILITY (час доступності)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="93" />
            <source>%1 %2 is not valid (%3); left it out</source>
            <translation>%1 %2 — неприпустиме значення (%3); пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="94" />
            <source>%1 %2 is not a date or a date and time (YYYYMMDD or YYYYMMDDTHHMMSS)</source>
            <translation>%1 %2 — не дата й не дата з часом (YYYYMMDD або YYYYMMDDTHHMMSS)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="96" />
            <source>%1 %2 is a date with a 'Z'; read it as the date</source>
            <translation>%1 %2 — дата із «Z»; прочитано як дату</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="97" />
            <source>the time zone %1 is neither defined in the file nor known; read the time as a floating (local) time</source>
            <translation>часовий пояс %1 не описано у файлі, і він невідомий; час прочитано як плаваючий (місцевий)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="100" />
            <source>%1 uses the time zone %2, which is neither defined in the file nor known; kept it as it was</source>
            <translation>%1 використовує часовий пояс %2, який не описано у файлі й невідомий; залишено як є</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="102" />
            <source>it got one made from its content, so importing the file again finds the same records</source>
            <translation>йому надано UID, складений за його вмістом, щоб повторний імпорт файлу знаходив ті самі записи</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="104" />
            <source>each got one made from its content, so importing the file again finds the same records</source>
            <translation>кожному надано UID, складений за його вмістом, щоб повторний імпорт файлу знаходив ті самі записи</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="106" />
            <source>RECURRENCE-ID is a date but the recurring event starts at a date and time (RFC 5545 wants the same type)</source>
            <translation>RECURRENCE-ID — дата, а повторювана подія починається з датою й часом (RFC 5545 вимагає однакового типу)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="109" />
            <source>RECURRENCE-ID is a date and time but the recurring event starts at a date (RFC 5545 wants the same type)</source>
            <translation>RECURRENCE-ID — дата з часом, а повторювана подія починається з датою без часу (RFC 5545 вимагає однакового типу)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="119" />
            <source>%1; left it out</source>
            <translation>%1; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="187" />
            <source>this is a vCard file (contacts, BEGIN:VCARD), not a calendar: import it as contacts</source>
            <translation>це файл vCard (контакти, BEGIN:VCARD), а не календар: імпортуйте його як контакти</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="190" />
            <source>this is not an iCalendar file: it has no BEGIN:VCALENDAR</source>
            <translation>це не файл iCalendar: у ньому немає BEGIN:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="344" />
            <source>line %1: a parameter value has an opening quote but no closing one</source>
            <translation>рядок %1: значення параметра має відкривальні лапки, але не має закривальних</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="346" />
            <source>line %1 is not a property: no ':' after a name (%2)</source>
            <translation>рядок %1 — не властивість: після назви немає ':' (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="351" />
            <source>line %1: %2 is not a property name</source>
            <translation>рядок %1: %2 — не назва властивості</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="357" />
            <source>%1 has an empty parameter (';;' or ';:'); ignored it</source>
            <translation>%1 має порожній параметр (';;' або ';:'); проігноровано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="360" />
            <source>line %1: %2 has a parameter %3 that is not NAME=value</source>
            <translation>рядок %1: %2 має параметр %3 не у формі NAME=value</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="448" />
            <source>BEGIN:%1 at line %2 begins inside this %3: END:%4 is missing</source>
            <translation>BEGIN:%1 у рядку %2 починається всередині цього %3: немає END:%4</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="456" />
            <source>components nested deeper than %1</source>
            <translation>компоненти вкладено глибше ніж на %1 рівнів</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="463" />
            <source>END:VCALENDAR at line %1 comes before END:%2: the component is not complete</source>
            <translation>END:VCALENDAR у рядку %1 стоїть раніше за END:%2: компонент не завершено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="470" />
            <source>END:%1 at line %2 does not close BEGIN:%3 (line %4)</source>
            <translation>END:%1 у рядку %2 не закриває BEGIN:%3 (рядок %4)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="490" />
            <source>BEGIN:%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; read it anyway</source>
            <translation>BEGIN:%1 стоїть поза BEGIN:VCALENDAR ... END:VCALENDAR; однаково прочитано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="509" />
            <source>%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; ignored it</source>
            <translation>%1 стоїть поза BEGIN:VCALENDAR ... END:VCALENDAR; проігноровано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="512" />
            <source>%1 is in no component; ignored it</source>
            <translation>%1 не входить до жодного компонента; проігноровано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="535" />
            <source>the calendar says VERSION:%1; read it as iCalendar 2.0</source>
            <translation>у календарі вказано VERSION:%1; прочитано як iCalendar 2.0</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="538" />
            <source>the calendar has no VERSION; read it as iCalendar 2.0</source>
            <translation>у календарі немає VERSION; прочитано як iCalendar 2.0</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="548" />
            <source>the file ends before the END of BEGIN:%1 (line %2): it may be cut short</source>
            <translation>файл закінчується раніше за END для BEGIN:%1 (рядок %2): можливо, його обрізано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="550" />
            <source>the file ends before the END of BEGIN:%1: it may be cut short</source>
            <translation>файл закінчується раніше за END для BEGIN:%1: можливо, його обрізано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="559" />
            <source>the calendar has no END:VCALENDAR (the file may be cut short)</source>
            <translation>у календарі немає END:VCALENDAR (файл, можливо, обрізано)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="565" />
            <source>an empty line, which iCalendar does not allow; skipped (also at line %1)</source>
            <translation>порожній рядок, а iCalendar їх не допускає; пропущено (такі самі в рядках: %1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="568" />
            <source>an empty line, which iCalendar does not allow; skipped</source>
            <translation>порожній рядок, а iCalendar їх не допускає; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="571" />
            <source>this is not an iCalendar file: no line is BEGIN:VCALENDAR</source>
            <translation>це не файл iCalendar: жоден рядок не є BEGIN:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="597" />
            <source>a %1 component</source>
            <translation>компонент %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="598" />
            <source>%1 is not something Rapport imports (it keeps events, tasks and journal entries)</source>
            <translation>%1: такого Rapport не імпортує (він зберігає події, завдання й записи журналу)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="631" />
            <source>the file is not UTF-8; read it as %1</source>
            <translation>файл не в UTF-8; прочитано як %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="706" />
            <source>a VTIMEZONE without TZID; ignored it</source>
            <translation>VTIMEZONE без TZID; проігноровано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="710" />
            <source>the time zone %1: %2</source>
            <translation>часовий пояс %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="714" />
            <source>the time zone %1 could not be read; ignored it</source>
            <translation>часовий пояс %1 не вдалося прочитати; проігноровано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="718" />
            <source>Rapport uses its own rules for %1</source>
            <translation>Rapport використовує для %1 власні правила</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="748" />
            <location filename="../../app/importing.py" line="51" />
            <source>%1 or %2</source>
            <translation>%1 або %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="756" />
            <source>has neither STANDARD nor DAYLIGHT rules</source>
            <translation>не має правил ні STANDARD, ні DAYLIGHT</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="761" />
            <source>its %1 has no %2</source>
            <translation>у його %1 немає %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="765" />
            <source>%1:%2 is not a UTC offset (+hhmm)</source>
            <translation>%1:%2 — не зсув відносно UTC (+hhmm)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="820" />
            <source>%1 %2 is out of range</source>
            <translation>%1 %2 — поза допустимим діапазоном</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="888" />
            <source>%1; kept it as it was</source>
            <translation>%1; залишено як є</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="918" />
            <source>this component has no UID</source>
            <translation>цей компонент не має UID</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="920" />
            <source>this and %1 other components have no UID</source>
            <translation>у цього компонента й інших (ще %1) немає UID</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="944" />
            <source>a second, different UID (%1); kept the first</source>
            <translation>другий, інший UID (%1); збережено перший</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="962" />
            <source>%1 has spaces around its value; ignored them</source>
            <translation>значення %1 має пробіли по краях; їх проігноровано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="971" />
            <source>%1 has both TZID=%2 and a UTC 'Z'; read it as UTC</source>
            <translation>%1 має і TZID=%2, і 'Z' (UTC); прочитано як UTC</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="994" />
            <source>an empty TZID; converted the time to UTC with its VTIMEZONE</source>
            <translation>порожній TZID; час переведено в UTC за його VTIMEZONE</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1013" />
            <source>%1 has %2, which is not a date; left it out</source>
            <translation>%1 містить %2, а це не дата; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1016" />
            <source>%1 has an empty item; left it out</source>
            <translation>%1 містить порожній елемент; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1025" />
            <source>%1 %2 is out of range; left it out</source>
            <translation>%1 %2 — поза допустимим діапазоном; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1032" />
            <source>RRULE has escaped separators (\;); read them as plain ones</source>
            <translation>RRULE містить екрановані роздільники (\;); прочитано як звичайні</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1036" />
            <source>RRULE takes no parameters; ignored %1</source>
            <translation>RRULE не має параметрів; проігноровано: %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1048" />
            <source>SEQUENCE %1 is not a number</source>
            <translation>SEQUENCE %1 — не число</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1062" />
            <source>%1 has no value; ignored it</source>
            <translation>%1 не має значення; проігноровано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1065" />
            <source>%1 %2 has spaces, so it is not an address; kept it as it was</source>
            <translation>%1 %2 містить пробіли, тож це не адреса; залишено як є</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1074" />
            <source>a second %1; ignored it (kept the first)</source>
            <translation>другий екземпляр %1; проігноровано (збережено перший)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1154" />
            <source>the journal entry has no text; imported it as 'Journal entry'</source>
            <translation>запис журналу не має тексту; імпортовано як 'Journal entry'</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1187" />
            <source>a journal entry needs a date (DTSTART), and this %1 has none</source>
            <translation>запис журналу повинен мати дату (DTSTART), а цей %1 її не має</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1189" />
            <source>an event needs a start (DTSTART), and this %1 has none</source>
            <translation>подія повинна мати початок (DTSTART), а цей %1 його не має</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1206" />
            <source>both DTEND and DURATION (RFC 5545 allows one); used DTEND</source>
            <translation>є і DTEND, і DURATION (RFC 5545 допускає щось одне); використано DTEND</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1210" />
            <source>DTEND and DTSTART differ in type (a date and a date-time)</source>
            <translation>DTEND і DTSTART різного типу (дата та дата з часом)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1218" />
            <source>DURATION %1 is not a duration</source>
            <translation>DURATION %1 — не тривалість</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1223" />
            <source>the event ends before it starts; left its end out</source>
            <translation>подія закінчується раніше, ніж починається; кінець пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1269" />
            <source>a VALARM without ACTION; read it as ACTION:DISPLAY</source>
            <translation>VALARM без ACTION; прочитано як ACTION:DISPLAY</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1273" />
            <source>a VALARM without a TRIGGER (when to go off); left it out</source>
            <translation>VALARM без TRIGGER (коли спрацьовувати); пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1290" />
            <source>TRIGGER %1 is not a duration; left it out</source>
            <translation>TRIGGER %1 — не тривалість; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1353" />
            <source>the task has no title (SUMMARY); imported it as 'Untitled task'</source>
            <translation>завдання не має назви (SUMMARY); імпортовано як 'Untitled task'</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1361" />
            <source>STATUS %1 is not a task status</source>
            <translation>STATUS %1 — не статус завдання</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1385" />
            <source>DUE %1 has seconds; Rapport keeps due times to the minute</source>
            <translation>DUE %1 містить секунди; Rapport зберігає час терміну з точністю до хвилини</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1397" />
            <source>%1 %2 is not a number from %3 to %4</source>
            <translation>%1 %2 — не число від %3 до %4</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1411" />
            <source>a recurring task without DUE: Rapport repeats tasks from their due date</source>
            <translation>повторюване завдання без DUE: Rapport повторює завдання від їхнього терміну</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1417" />
            <source>RRULE %1 does not work from the due date (%2)</source>
            <translation>RRULE %1 не працює від терміну завдання (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="43" />
            <source>lines end with a bare CR (classic Mac OS); save the file with CRLF or LF line ends</source>
            <translation>рядки закінчуються одиночним CR (класична Mac OS); збережіть файл із закінченнями рядків CRLF або LF</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="233" />
            <source>no contacts found in the file</source>
            <translation>у файлі не знайдено контактів</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="480" />
            <source>another card begins inside it at line %1 (not as an AGENT)</source>
            <translation>усередині неї в рядку %1 починається інша картка (не як AGENT)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="491" />
            <source>the file starts with a continuation line (a line beginning with a space)</source>
            <translation>файл починається з рядка продовження (рядка, що починається з пробілу)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="494" />
            <source>BEGIN/END may not have a group (%1)</source>
            <translation>BEGIN/END не можуть мати групи (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="497" />
            <source>this is a calendar (BEGIN:VCALENDAR), not contacts: import it as a calendar</source>
            <translation>це календар (BEGIN:VCALENDAR), а не контакти: імпортуйте його як календар</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="500" />
            <source>BEGIN:%1 is not the start of a vCard</source>
            <translation>BEGIN:%1 — не початок vCard</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="503" />
            <source>properties outside BEGIN:VCARD ... END:VCARD</source>
            <translation>властивості поза BEGIN:VCARD ... END:VCARD</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="520" />
            <source>the card has no END:VCARD (the file may be cut short); imported what was there</source>
            <translation>картка не має END:VCARD (файл, можливо, обрізано); імпортовано те, що є</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="524" />
            <source>the card has no END:VCARD (the file may be cut short)</source>
            <translation>картка не має END:VCARD (файл, можливо, обрізано)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="540" />
            <source>the card has no VERSION</source>
            <translation>картка не має VERSION</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="543" />
            <source>VERSION %1 is not a vCard version (2.1, 3.0 or 4.0)</source>
            <translation>VERSION %1 — не версія vCard (2.1, 3.0 або 4.0)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="556" />
            <source>a vCard %1 needs a name (FN), and this card has none</source>
            <translation>vCard %1 повинна мати ім’я (FN), а ця картка його не має</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="582" />
            <source>a parameter value has an opening quote but no closing one</source>
            <translation>значення параметра має відкривальні лапки, але не має закривальних</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="599" />
            <source>line %1 has no ':' between a property name and its value</source>
            <translation>у рядку %1 немає ':' між назвою властивості та її значенням</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="610" />
            <source>%1 has an empty parameter (';;' or a ';' before ':')</source>
            <translation>%1 має порожній параметр (';;' або ';' перед ':')</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="615" />
            <source>%1 has a parameter list without a name (%2)</source>
            <translation>%1 має список параметрів без назви (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="621" />
            <source>%1 has an empty item in the parameter %2=%3</source>
            <translation>%1 має порожній елемент у параметрі %2=%3</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="647" />
            <source>%1 is not a property name</source>
            <translation>%1 — не назва властивості</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="673" />
            <source>%1 says CHARSET=%2, which is not a known character set</source>
            <translation>для %1 указано CHARSET=%2, а таке кодування невідоме</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="721" />
            <source>the record is nested too deeply to be read</source>
            <translation>запис вкладено надто глибоко, його не вдається прочитати</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="723" />
            <source>the record is too large to be read</source>
            <translation>запис надто великий, його не вдається прочитати</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="724" />
            <source>the record could not be read (%1)</source>
            <translation>не вдалося прочитати запис (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="734" />
            <source>%1 is marked base64 but its value is not base64</source>
            <translation>%1 позначено як base64, але його значення — не base64</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="739" />
            <source>line %1: the %2 data is damaged; kept as it was</source>
            <translation>рядок %1: дані %2 пошкоджено; залишено як є</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="751" />
            <source>line %1: %2 is not UTF-8; read it as %3</source>
            <translation>рядок %1: %2 не в UTF-8; прочитано як %3</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="61" />
            <location filename="../../app/importing.py" line="170" />
            <source>cannot read the file (%1)</source>
            <translation>не вдається прочитати файл (%1)</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="65" />
            <source>line %1: %2</source>
            <translation>рядок %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="81" />
            <source>not a vCard, CSV or iCalendar file</source>
            <translation>це не файл vCard, CSV або iCalendar</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="41" />
            <source>kept EMAIL %1 as it was: it does not pass as email</source>
            <translation>EMAIL %1 залишено як є: це не схоже на адресу електронної пошти</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="42" />
            <source>kept TEL %1 as it was: it does not pass as phone</source>
            <translation>TEL %1 залишено як є: це не схоже на номер телефону</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="164" />
            <source>a contact group (%1): Rapport does not import groups yet</source>
            <translation>група контактів (%1): Rapport поки не імпортує груп</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="207" />
            <source>the card has no name; imported as %1</source>
            <translation>картка не має імені; імпортовано як %1</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="442" />
            <source>the reading process stopped unexpectedly</source>
            <translation>процес читання неочікувано зупинився</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="37" />
            <source>contacts (vCard)</source>
            <translation>контакти (vCard)</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="38" />
            <source>a CSV table</source>
            <translation>таблиця CSV</translation>
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
            <translation>цей файл — %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="226" />
            <source>%1: after record %2: %3</source>
            <translation>%1: після запису %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="67" />
            <source>“%1” is not an e-mail domain (as example.com)</source>
            <translation>«%1» — не поштовий домен (на зразок example.com)</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="70" />
            <source>%1 is a mail provider's domain: its addresses are everyone's, not one company's</source>
            <translation>%1 — домен поштового сервісу: його адреси має будь-хто, а не одна компанія</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="80" />
            <source>mail from %1 goes to %2 already: one company a domain</source>
            <translation>пошта з %1 уже потрапляє до «%2»: один домен — одна компанія</translation>
        </message>
        <message>
            <location filename="../../app/office.py" line="132" />
            <source>a person needs a name</source>
            <translation>співробітник повинен мати ім’я</translation>
        </message>
        <message>
            <location filename="../../app/office.py" line="134" />
            <source>a name of at most %1 characters</source>
            <translation>ім’я не довше за %1 символів</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="74" />
            <location filename="../../app/reports.py" line="93" />
            <source>%1 is too far off to look at</source>
            <translation>дата %1 надто далека</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="92" />
            <source>no pipeline is named “%1”</source>
            <translation>воронки з назвою «%1» немає</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="97" />
            <source>there is no pipeline yet</source>
            <translation>воронок поки що немає</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="174" />
            <location filename="../../app/reports.py" line="89" />
            <source>the period ends (%1) before it begins (%2)</source>
            <translation>період закінчується (%1) раніше, ніж починається (%2)</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="22" />
            <source>a pipeline needs a name</source>
            <translation>воронка повинна мати назву</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="26" />
            <source>a stage needs a name</source>
            <translation>етап повинен мати назву</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="30" />
            <source>a pipeline needs at least one stage</source>
            <translation>воронка повинна мати щонайменше один етап</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="60" />
            <source>a probability is a percentage from 0 to 100, not %1</source>
            <translation>імовірність — це відсоток від 0 до 100, а не %1</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="182" />
            <source>stage %1 still has %2 deal(s): move them to another stage first</source>
            <translation>на етапі %1 ще є угоди (%2): спочатку перенесіть їх на інший етап</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="191" />
            <source>stage %1 appears in deals' history and cannot be deleted</source>
            <translation>етап %1 є в історії угод, його не можна видалити</translation>
        </message>
        <message>
            <location filename="../../app/privacy.py" line="79" />
            <source>records kept private are %1, not %2</source>
            <translation>особистими бувають записи: %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="151" />
            <location filename="../../app/record_files.py" line="309" />
            <location filename="../../app/record_files.py" line="322" />
            <source>that file is no longer on the record</source>
            <translation>цього файлу в записі більше немає</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="198" />
            <source>the file's contents are missing from the database</source>
            <translation>вмісту файлу немає в базі даних</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="261" />
            <source>it changed while it was being read; attach it again</source>
            <translation>він змінився під час читання; прикріпіть його знову</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="265" />
            <location filename="../../app/record_files.py" line="409" />
            <source>cannot read it: %1</source>
            <translation>не вдається прочитати: %1</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="398" />
            <location filename="../../app/record_files.py" line="407" />
            <source>it is not a file (a folder?)</source>
            <translation>це не файл (тека?)</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="416" />
            <source>it is %1, larger than the %2 a file on a record can be</source>
            <translation>його розмір — %1, більше за %2, допустимі для файлу запису</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="50" />
            <source>%1 is empty (0 bytes): the file was cut to nothing</source>
            <translation>%1 порожній (0 байтів): файл обрізано до нуля</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="58" />
            <source>%1 cannot be read as a database (%2)</source>
            <translation>%1 не читається як база даних (%2)</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="60" />
            <source>%1 is damaged (%2)</source>
            <translation>%1 пошкоджено (%2)</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="90" />
            <source>cannot move the damaged database %1 aside: %2</source>
            <translation>не вдалося перемістити пошкоджену базу даних %1 убік: %2</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="103" />
            <source>cannot restore %1: %2</source>
            <translation>не вдалося відновити %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="67" />
            <source>the list has no column %1 to filter by</source>
            <translation>у списку немає стовпця %1 для фільтра</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="117" />
            <location filename="../../app/segments.py" line="196" />
            <source>a segment needs a name</source>
            <translation>сегмент повинен мати назву</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="121" />
            <source>the list has a segment %1 already</source>
            <translation>у списку вже є сегмент %1</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="170" />
            <location filename="../../app/tags.py" line="134" />
            <location filename="../../app/tags.py" line="204" />
            <source>a tag needs a name</source>
            <translation>тег повинен мати назву</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="193" />
            <source>segments are of the lists %1, not %2</source>
            <translation>сегменти бувають у списків %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="199" />
            <source>%1 is not a way to compare (one of %2)</source>
            <translation>%1 — не спосіб порівняння (допустимі: %2)</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="202" />
            <source>a segment filters the list: give it a text, a tag or a condition</source>
            <translation>сегмент фільтрує список: задайте текст, тег або умову</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="48" />
            <source>the database %1 is damaged (%2); nothing was changed. Restore a backup (rapport restore FILE; backups are in %3) or open Rapport to recover what can be read</source>
            <translation>базу даних %1 пошкоджено (%2); нічого не змінено. Відновіть резервну копію (rapport restore FILE; копії зберігаються в %3) або відкрийте Rapport, щоб урятувати те, що ще читається</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="62" />
            <location filename="../../app/store.py" line="258" />
            <source>cannot open the database %1: %2</source>
            <translation>не вдається відкрити базу даних %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="65" />
            <source>the database %1 is empty (0 bytes): the file was cut to nothing and is left as it is. Restore a backup (rapport restore FILE; backups are in %2)</source>
            <translation>база даних %1 порожня (0 байтів): файл обрізано до нуля й залишено як є. Відновіть резервну копію (rapport restore FILE; копії зберігаються в %2)</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="154" />
            <source>another Rapport has been writing to %1 for too long; nothing was written, try again later</source>
            <translation>інший Rapport надто довго записує в %1; нічого не записано, спробуйте пізніше</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="231" />
            <source>cannot create the data folder %1: %2</source>
            <translation>не вдається створити теку даних %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="252" />
            <source>%1: %2; update Rapport to open it</source>
            <translation>%1: %2; щоб відкрити її, оновіть Rapport</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="26" />
            <location filename="../../app/store_errors.py" line="28" />
            <source>another program holds the database (locked); try again</source>
            <translation>базу даних зайняла інша програма (заблоковано); спробуйте ще раз</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="30" />
            <source>the database file is read-only</source>
            <translation>файл бази даних доступний лише для читання</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="32" />
            <source>the disk could not be read or written (disk I/O error)</source>
            <translation>не вдалося прочитати або записати дані на диску (помилка введення-виведення)</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="34" />
            <source>the database file is damaged; restore it from a backup</source>
            <translation>файл бази даних пошкоджено; відновіть його з резервної копії</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="36" />
            <source>the disk is full: nothing was written</source>
            <translation>диск заповнено: нічого не записано</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="38" />
            <source>the database file cannot be opened (it or its folder is missing or locked)</source>
            <translation>не вдається відкрити файл бази даних (його чи його теки немає або їх заблоковано)</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="40" />
            <source>the database file is not an SQLite database</source>
            <translation>файл бази даних — не база даних SQLite</translation>
        </message>
        <message>
            <location filename="../../app/tags.py" line="141" />
            <source>there is already a tag called %1</source>
            <translation>тег %1 уже існує</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="249" />
            <source>a task needs a title</source>
            <translation>завдання повинно мати назву</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="261" />
            <source>a due time needs a due date</source>
            <translation>для часу потрібен термін (дата)</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="269" />
            <source>priority goes from 0 (none) and 1 (highest) to 9 (lowest)</source>
            <translation>пріоритет — 0 (немає) або від 1 (найвищий) до 9 (найнижчий)</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="174" />
            <location filename="../../app/leads.py" line="195" />
            <source>a lead is qualified by qualifying it, which makes its contact, account and deal</source>
            <translation>лід кваліфікують командою «Кваліфікувати»: вона створює контакт, компанію та угоду</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="192" />
            <location filename="../../app/leads.py" line="213" />
            <source>this lead is qualified: undo its qualifying to work on it as a lead again</source>
            <translation>цей лід кваліфіковано: скасуйте кваліфікацію, щоб знову працювати з ним як із лідом</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="209" />
            <location filename="../../app/leads.py" line="392" />
            <source>say why the lead is disqualified</source>
            <translation>укажіть, чому лід відхилено</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="234" />
            <source>this lead is qualified already</source>
            <translation>цей лід уже кваліфіковано</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="237" />
            <source>this lead was disqualified: reopen it to qualify it</source>
            <translation>цей лід відхилено: поверніть його в роботу, щоб кваліфікувати</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="291" />
            <source>From the lead</source>
            <translation>З ліда</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="364" />
            <source>only a lead in the Trash can be purged</source>
            <translation>видалити назавжди можна лише лід із кошика</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="374" />
            <source>a lead needs a name or a company</source>
            <translation>у ліда має бути ім’я або компанія</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="388" />
            <location filename="../../app/tasks.py" line="272" />
            <source>status is one of %1, not %2</source>
            <translation>статус — один із: %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="275" />
            <source>percent complete goes from 0 to 100</source>
            <translation>відсоток виконання — від 0 до 100</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="280" />
            <source>a recurring task needs a due date to repeat from</source>
            <translation>повторюваному завданню потрібен термін, від якого воно повторюється</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="352" />
            <source>“%1” cannot be redone: it created too many records to keep a copy</source>
            <translation>«%1» не можна повторити: ця дія створила забагато записів, щоб зберігати їхню копію</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="383" />
            <source>cannot undo %1: there is no %2 any more (it was deleted for good after it)</source>
            <translation>не вдається скасувати %1: запису більше немає — %2 (після цього його видалено остаточно)</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="402" />
            <source>the %1 “%2”</source>
            <translation>%1 «%2»</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="403" />
            <source>a %1</source>
            <translation>%1</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="510" />
            <source>the merge</source>
            <translation>об’єднання</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="512" />
            <source>the import</source>
            <translation>імпорт</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="513" />
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="517" />
            <source>cannot undo %1: %2 was edited after it</source>
            <translation>не вдається скасувати %1: після цього було змінено запис — %2</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="532" />
            <source>%1 “%2”</source>
            <translation>%1 «%2»</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="27" />
            <source>an e-mail address cannot be empty</source>
            <translation>адреса електронної пошти не може бути порожньою</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="38" />
            <source>%1 is not an e-mail address: %2</source>
            <translation>%1 — не адреса електронної пошти: %2</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="47" />
            <source>it has no @</source>
            <translation>у ній немає @</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="49" />
            <source>nothing follows the @</source>
            <translation>після @ нічого немає</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="51" />
            <source>nothing comes before the @</source>
            <translation>перед @ нічого немає</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="53" />
            <source>it holds a character an address cannot have</source>
            <translation>вона містить символ, неприпустимий в адресі</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="55" />
            <source>what follows the @ is not a domain (such as example.com)</source>
            <translation>після @ має бути домен (наприклад, example.com)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="56" />
            <source>it is not written as an address is (name@example.com)</source>
            <translation>вона записана не як адреса (name@example.com)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="63" />
            <source>%1 is not a phone number: it needs at least three digits</source>
            <translation>%1 — не номер телефону: потрібно щонайменше три цифри</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="99" />
            <source>%1 is not an ISO 4217 currency code (such as EUR, USD, RUB, CNY)</source>
            <translation>%1 — не код валюти ISO 4217 (наприклад, EUR, USD, UAH, CNY)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="117" />
            <source>%1 has more than %2 decimal places, which %3 does not have</source>
            <translation>%1 має понад %2 знаків після коми, чого не буває в %3</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="120" />
            <source>%1 %2 is too large an amount</source>
            <translation>%1 %2 — завелика сума</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="135" />
            <location filename="../../app/validation.py" line="137" />
            <source>%1 is not an amount</source>
            <translation>%1 — не сума</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="139" />
            <source>an amount cannot be negative</source>
            <translation>сума не може бути від’ємною</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="155" />
            <source>%1 is not a date (expected YYYY-MM-DD)</source>
            <translation>%1 — не дата (очікується YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="168" />
            <source>%1 is not a date and time (expected YYYY-MM-DD HH:MM)</source>
            <translation>%1 — не дата й час (очікується YYYY-MM-DD HH:MM)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="195" />
            <source>%1 is not a time of day (expected HH:MM)</source>
            <translation>%1 — не час доби (очікується HH:MM)</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="71" />
            <location filename="../../sync/engine.py" line="83" />
            <source>meeting</source>
            <translation>зустріч</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="73" />
            <source>note</source>
            <translation>нотатка</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="134" />
            <source>a calendar object</source>
            <translation>об’єкт календаря</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="147" />
            <source>no VEVENT, VTODO or VJOURNAL in it</source>
            <translation>у ньому немає VEVENT, VTODO або VJOURNAL</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="158" />
            <source>%1: a second object (%2 %3) in one resource; left it out</source>
            <translation>%1: другий об’єкт (%2 %3) в одному ресурсі; пропущено</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="81" />
            <source>record %1 (line %2): %3</source>
            <translation>запис %1 (рядок %2): %3</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="87" />
            <source>a card</source>
            <translation>картка</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="96" />
            <source>no vCard</source>
            <translation>немає vCard</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="141" />
            <source>kept TEL %1 as it was</source>
            <translation>TEL %1 залишено як є</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="151" />
            <source>%1 is not a server address</source>
            <translation>%1 — не адреса сервера</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="184" />
            <source>the server pointed to %1, which is not on %2 (the account's server); refused, nothing was sent there</source>
            <translation>сервер указав на %1, а це не %2 (сервер облікового запису); відмовлено, туди нічого не надіслано</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="211" />
            <source>%1 %2: the server took longer than %3 s to answer; the request was given up</source>
            <translation>%1 %2: сервер не відповів протягом %3 с; запит перервано</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="215" />
            <source>%1: %2; nothing was sent. If the server really has a new certificate, add the account again with --trust-certificate</source>
            <translation>%1: %2; нічого не надіслано. Якщо сервер справді має новий сертифікат, додайте обліковий запис знову з --trust-certificate</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="219" />
            <location filename="../../sync/imap.py" line="113" />
            <source>%1: the server's TLS certificate is not trusted (%2). If this is your own server and you trust it, add the account with --trust-certificate</source>
            <translation>%1: TLS-сертифікат сервера не є довіреним (%2). Якщо це ваш власний сервер і ви йому довіряєте, додайте обліковий запис з --trust-certificate</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="224" />
            <source>%1 %2: the server did not answer in %3 s</source>
            <translation>%1 %2: сервер не відповів за %3 с</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="227" />
            <source>%1 %2: the connection failed (%3)</source>
            <translation>%1 %2: не вдалося з’єднатися (%3)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="233" />
            <location filename="../../sync/memory.py" line="70" />
            <source>%1 %2: the server is out of space (507)</source>
            <translation>%1 %2: на сервері закінчилося місце (507)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="244" />
            <source>the server is busy or failing (%1 on %2 %3); it asks to retry in %4 s</source>
            <translation>сервер зайнятий або збоїть (%1 на %2 %3); він просить повторити через %4 с</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="248" />
            <location filename="../../sync/memory.py" line="73" />
            <source>the server is busy or failing (%1 on %2 %3); try again later</source>
            <translation>сервер зайнятий або збоїть (%1 на %2 %3); спробуйте пізніше</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="258" />
            <location filename="../../sync/memory.py" line="78" />
            <source>the server refused the user name or password (%1); enter them again</source>
            <translation>сервер не прийняв ім’я користувача або пароль (%1); введіть їх знову</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="263" />
            <location filename="../../sync/memory.py" line="81" />
            <source>%1 %2: changed on the server meanwhile</source>
            <translation>%1 %2: тим часом змінено на сервері</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="265" />
            <location filename="../../sync/memory.py" line="83" />
            <location filename="../../sync/memory.py" line="356" />
            <location filename="../../sync/memory.py" line="398" />
            <source>%1 %2: the server answered %3</source>
            <translation>%1 %2: сервер відповів %3</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="291" />
            <source>%1 %2: the server sent the request on to %3, an unencrypted http:// address; not followed, so neither the password nor any data went there</source>
            <translation>%1 %2: сервер переспрямував запит на %3 — незашифровану адресу http://; переспрямування не виконано, тож ні пароль, ні дані туди не потрапили</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="296" />
            <source>%1 %2: the server sent the request on to %3, on another server; not followed (nothing was sent there). If the account really moved, add it again with that address</source>
            <translation>%1 %2: сервер переспрямував запит на %3, на інший сервер; переспрямування не виконано (туди нічого не надіслано). Якщо обліковий запис справді переїхав, додайте його знову з цією адресою</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="507" />
            <source>%1: no CardDAV or CalDAV service found there (no current-user-principal)</source>
            <translation>%1: службу CardDAV або CalDAV там не знайдено (немає current-user-principal)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="619" />
            <location filename="../../sync/imap.py" line="298" />
            <source>%1: could not read the server's certificate (%2)</source>
            <translation>%1: не вдалося прочитати сертифікат сервера (%2)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="622" />
            <location filename="../../sync/imap.py" line="301" />
            <source>%1: the server showed no certificate</source>
            <translation>%1: сервер не надав сертифіката</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="637" />
            <source>%1: the server's answer could not be read (%2); nothing of it was used</source>
            <translation>%1: не вдалося прочитати відповідь сервера (%2); з неї нічого не використано</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="85" />
            <source>call, e-mail or note</source>
            <translation>дзвінок, лист або нотатка</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="88" />
            <source>contact group</source>
            <translation>група контактів</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="91" />
            <source>contacts</source>
            <translation>контакти</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="92" />
            <source>accounts</source>
            <translation>компанії</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="93" />
            <source>meetings</source>
            <translation>зустрічі</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="94" />
            <source>tasks</source>
            <translation>завдання</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="95" />
            <source>calls, e-mails and notes</source>
            <translation>дзвінки, листи й нотатки</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="96" />
            <source>deals</source>
            <translation>угоди</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="97" />
            <source>leads</source>
            <translation>ліди</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="98" />
            <source>contact groups</source>
            <translation>групи контактів</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="186" />
            <source>the sync was stopped; it goes on from here next time</source>
            <translation>синхронізацію зупинено; наступного разу вона продовжиться з цього місця</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="245" />
            <source>the server's getlastmodified did not move with a change; asking for the ctag from now on</source>
            <translation>getlastmodified на сервері не змінюється разом зі змінами; відтепер запитується ctag</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="277" />
            <source>the server lists none of the meetings and tasks synced before (%1); nothing was deleted here. If that is right, run the sync again allowing a mass delete</source>
            <translation>на сервері немає жодної із зустрічей і завдань, синхронізованих раніше (%1); тут нічого не видалено. Якщо так і має бути, запустіть синхронізацію знову, дозволивши масове видалення</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="281" />
            <source>the server lists none of the cards synced before (%1); nothing was deleted here. If that is right, run the sync again allowing a mass delete</source>
            <translation>на сервері немає жодної з карток, синхронізованих раніше (%1); тут нічого не видалено. Якщо так і має бути, запустіть синхронізацію знову, дозволивши масове видалення</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="395" />
            <source>%1: the same card (UID %2) is also at %3; following that one</source>
            <translation>%1: та сама картка (UID %2) є й за адресою %3; синхронізується та</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="434" />
            <location filename="../../sync/engine.py" line="722" />
            <source>%1 %2: deleted here but changed on the server; brought back</source>
            <translation>%1 %2: видалено тут, але змінено на сервері; відновлено</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="466" />
            <source>%1 %2: both sides changed %3; kept the server's version, yours is in the conflict list</source>
            <translation>%1 %2: обидві сторони змінили %3; збережено версію сервера, ваша — у списку конфліктів</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="486" />
            <source>%1 %2: deleted on the server but changed here; uploading it again</source>
            <translation>%1 %2: видалено на сервері, але змінено тут; надсилається знову</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="538" />
            <source>all the %1 synced with this collection (%2) were deleted here; the server keeps them until a sync allowing a mass delete</source>
            <translation>усі %1, синхронізовані з цією колекцією (%2), видалено тут; сервер зберігає їх до синхронізації, у якій дозволено масове видалення</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="589" />
            <source>%1 %2 changed on the server; it moves after the next sync has brought the change</source>
            <translation>%1 %2: запис змінено на сервері; його буде переміщено після того, як наступна синхронізація отримає цю зміну</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="825" />
            <source>made the calendar “%1” for the office's calls, e-mails and notes</source>
            <translation>створено календар «%1» для дзвінків, листів і нотаток офісу</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="828" />
            <location filename="../../sync/service.py" line="215" />
            <source>no calendar of this account takes journal entries and none could be made (%1); calls, e-mails and notes stay on this computer</source>
            <translation>жоден календар цього облікового запису не приймає записів журналу, і створити такий не вдалося (%1); дзвінки, листи й нотатки залишаються на цьому комп’ютері</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="850" />
            <source>%1 at %2: no password known; add the account again</source>
            <translation>%1 на %2: пароль невідомий; додайте обліковий запис знову</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="869" />
            <source>%1; the rest was not uploaded</source>
            <translation>%1; решту не надіслано</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="880" />
            <source>%1 at %2: %3</source>
            <translation>%1 на %2: %3</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="914" />
            <source>sync stopped: %1</source>
            <translation>синхронізацію зупинено: %1</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="917" />
            <source>%1: %2 in, %3 deleted here, %4 out, %5 deleted there, conflicts: %6, errors: %7</source>
            <translation>%1: отримано %2, видалено тут %3, надіслано %4, видалено на сервері %5, конфліктів: %6, помилок: %7</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="922" />
            <source>sync done: %1</source>
            <translation>синхронізацію завершено: %1</translation>
        </message>
        <message>
            <location filename="../../sync/errors.py" line="36" />
            <source>%1 %2: the server does not allow this change (403: a read-only collection, or one this account may not write)</source>
            <translation>%1 %2: сервер не дозволяє цієї зміни (403: колекція лише для читання або цей обліковий запис не може в неї писати)</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="93" />
            <source>%1: the server does not offer STARTTLS (%2); nothing was sent</source>
            <translation>%1: сервер не пропонує STARTTLS (%2); нічого не надіслано</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="102" />
            <source>%1: the server refused the user name %2 or its password</source>
            <translation>%1: сервер відхилив ім’я користувача %2 або його пароль</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="124" />
            <source>%1: the server's certificate (%2) is not the one you trusted (%3); nothing was sent. If the server really has a new certificate, add the account again with --trust-certificate</source>
            <translation>%1: сертифікат сервера (%2) — не той, якому ви довірилися (%3); нічого не надіслано. Якщо сервер справді має новий сертифікат, додайте обліковий запис знову з --trust-certificate</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="176" />
            <source>%1: the folder %2 has no UIDVALIDITY (the server cannot say what is new)</source>
            <translation>%1: тека %2 не має UIDVALIDITY (сервер не може сказати, що нового)</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="271" />
            <source>%1: the connection to the server broke off; what came before it is kept, and the next fetch goes on from there</source>
            <translation>%1: з’єднання з сервером обірвалося; отримане до цього збережено, і наступне отримання продовжиться з цього місця</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="279" />
            <source>%1: the server answered: %2</source>
            <translation>%1: відповідь сервера: %2</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="249" />
            <source>a mail account needs a server and a user name</source>
            <translation>поштовому обліковому запису потрібні сервер та ім’я користувача</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="258" />
            <source>%1 has no folder %2 (its folders: %3)</source>
            <translation>на %1 немає теки %2 (його теки: %3)</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="305" />
            <source>mail is being fetched for this data folder already (another window or `rapport mail fetch`); this fetch was not started</source>
            <translation>пошта для цієї теки даних уже отримується (інше вікно або `rapport mail fetch`); це отримання не запущено</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="344" />
            <source>no password is kept for %1: enter it again (rapport mail add-account)</source>
            <translation>для %1 не збережено пароля: введіть його знову (rapport mail add-account)</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="426" />
            <source>the fetch was stopped</source>
            <translation>отримання зупинено</translation>
        </message>
        <message>
            <location filename="../../sync/memory.py" line="278" />
            <source>%1: no such collection (404)</source>
            <translation>%1: такої колекції немає (404)</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="47" />
            <source>the server's name cannot be found (no network, or a mistyped address)</source>
            <translation>ім’я сервера не знайдено (немає мережі або адресу введено з помилкою)</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="50" />
            <source>the server refused the connection (is it running, and is the address right?)</source>
            <translation>сервер відмовив у з’єднанні (чи він запущений і чи правильна адреса?)</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="53" />
            <source>the server closed the connection</source>
            <translation>сервер закрив з’єднання</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="55" />
            <source>the network or the server cannot be reached</source>
            <translation>мережа або сервер недоступні</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="78" />
            <source>%1 is not a server address: give it as https://host/path, as a host name, or as your e-mail address</source>
            <translation>%1 — не адреса сервера: вкажіть її як https://host/path, як ім’я хоста або як вашу адресу ел. пошти</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="89" />
            <source>%1 is a plain http:// address: the password and every card would cross the network unencrypted. Use https://, or, if you accept that, add the account with --insecure-http</source>
            <translation>%1 — звичайна адреса http://: пароль і всі картки передавалися б мережею незашифрованими. Використовуйте https:// або, якщо ви з цим згодні, додайте обліковий запис з --insecure-http</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="171" />
            <source>the address names the user %1 but the user name given is %2; give only one</source>
            <translation>в адресі вказано користувача %1, а задано ім’я користувача %2; вкажіть лише одне</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="198" />
            <source>no calendar was found and none could be made (%1)</source>
            <translation>календар не знайдено, і створити його не вдалося (%1)</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="206" />
            <source>no calendar of this account takes tasks and none could be made (%1); tasks and deals stay on this computer</source>
            <translation>жоден календар цього облікового запису не приймає завдань, і створити такий не вдалося (%1); завдання й угоди залишаються на цьому комп’ютері</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="226" />
            <source>%1 at %2 is added already (as %3); its address books and calendars sync with it</source>
            <translation>%1 на %2 уже додано (як %3); його адресні книги й календарі синхронізуються через нього</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="237" />
            <source>added %1 at %2 (address books: %3, calendars: %4)</source>
            <translation>додано обліковий запис %1 на %2 (адресних книг: %3, календарів: %4)</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="259" />
            <source>the DNS of %1 names %2, a server of another domain, as its address book and calendar server; nothing was sent there. If that is your provider's, add the account with its address: %3</source>
            <translation>DNS домену %1 називає сервером адресних книг і календарів %2 — сервер іншого домену; туди нічого не надіслано. Якщо це сервер вашого провайдера, додайте обліковий запис з його адресою: %3</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="274" />
            <source>a sync of this data folder is running already (another window or `rapport sync run`); this one was not started</source>
            <translation>синхронізація цієї теки даних уже триває (інше вікно або `rapport sync run`); цю не запущено</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="354" />
            <source>the local version of %1 cannot be read back: %2</source>
            <translation>не вдається прочитати локальну версію %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/lead_import.py" line="85" />
            <source>a lead has no field %1 (its fields: %2)</source>
            <translation>у ліда немає поля %1 (його поля: %2)</translation>
        </message>
        <message>
            <location filename="../../app/lead_import.py" line="88" />
            <source>no column of the file is a name, a company or an e-mail address (its columns: %1)</source>
            <translation>жоден стовпець файлу не містить ім’я, компанію чи адресу ел. пошти (його стовпці: %1)</translation>
        </message>
        <message>
            <location filename="../../app/links.py" line="25" />
            <source>can link to a contact, account, deal or lead, not %1</source>
            <translation>пов’язати можна з контактом, компанією, угодою або лідом, але не з %1</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="87" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Зберегти (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="120" />
            <source>Pri&amp;vate</source>
            <translation>&amp;Особисте</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="121" />
            <source>Only you see it: sync puts it in your own collection, never in the office's (with no collection of your own it stays on this computer)</source>
            <translation>Бачите лише ви: синхронізація поміщає запис до вашої особистої колекції й ніколи — до спільної колекції офісу (без особистої колекції запис залишається лише на цьому комп’ютері)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="28" />
            <source>Detail panes</source>
            <translation>Панелі подробиць</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="29" />
            <source>Edit the field in focus</source>
            <translation>Редагувати поле у фокусі</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="30" />
            <source>Save the field</source>
            <translation>Зберегти поле</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="31" />
            <source>Cancel the edit</source>
            <translation>Скасувати редагування</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="32" />
            <source>Next or previous field</source>
            <translation>Наступне або попереднє поле</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="33" />
            <source>Pick a date from a calendar</source>
            <translation>Вибрати дату в календарі</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="34" />
            <source>Open a timeline entry to edit it</source>
            <translation>Відкрити запис хронології для редагування</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="35" />
            <source>Delete a timeline entry</source>
            <translation>Видалити запис хронології</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="37" />
            <source>Lists and fields</source>
            <translation>Списки й поля</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="38" />
            <source>From a filter or search field into its rows</source>
            <translation>З поля фільтра або пошуку — до рядків</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="39" />
            <source>Choose from a completion list</source>
            <translation>Вибрати зі списку підказок</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="41" />
            <source>Pipeline board</source>
            <translation>Дошка воронки</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="42" />
            <source>Move the selected deal to the next stage</source>
            <translation>Перемістити вибрану угоду на наступний етап</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="43" />
            <source>Move the selected deal to the previous stage</source>
            <translation>Повернути вибрану угоду на попередній етап</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="44" />
            <source>Open the selected deal</source>
            <translation>Відкрити вибрану угоду</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="46" />
            <source>Sheets and dialogs</source>
            <translation>Форми й діалоги</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="47" />
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="48" />
            <source>Close without saving</source>
            <translation>Закрити без збереження</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="49" />
            <source>Schedule the next step offered</source>
            <translation>Запланувати запропонований наступний крок</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="58" />
            <source>Keyboard Shortcuts</source>
            <translation>Клавіатурні скорочення</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="61" />
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="61" />
            <source>Keys</source>
            <translation>Клавіші</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline/board.py" line="159" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n угода</numerusform>
                <numerusform>%n угоди</numerusform>
                <numerusform>%n угод</numerusform>
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
                <numerusform>%1 + ще %n валюта</numerusform>
                <numerusform>%1 + ще %n валюти</numerusform>
                <numerusform>%1 + ще %n валют</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="180" />
            <source>No amounts</source>
            <translation>Без сум</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="182" />
            <source>%1, probability %2 %</source>
            <translation>%1, імовірність %2 %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="186" />
            <source>≈ %1 in all, at today's rates</source>
            <translation>≈ %1 загалом, за сьогоднішніми курсами</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="188" />
            <source>%1 at the rate of %2 (no newer one)</source>
            <translation>%1 за курсом на %2 (новішого немає)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="191" />
            <source>Click to show the totals the other way</source>
            <translation>Клацніть, щоб показати підсумки інакше</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/board.py" line="197" />
            <source>Show more (%n not shown)</source>
            <translation>
                <numerusform>Показати ще (приховано %n)</numerusform>
                <numerusform>Показати ще (приховано %n)</numerusform>
                <numerusform>Показати ще (приховано %n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageEditorDialog</name>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="181" />
            <source>Edit pipeline</source>
            <translation>Редагування воронки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="189" />
            <source>&amp;Pipeline name:</source>
            <translation>&amp;Назва воронки:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="214" />
            <source>&amp;Add stage</source>
            <translation>&amp;Додати етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="215" />
            <source>&amp;Remove</source>
            <translation>&amp;Вилучити</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="216" />
            <source>Move &amp;up</source>
            <translation>В&amp;гору</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="217" />
            <source>Move &amp;down</source>
            <translation>Вни&amp;з</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="235" />
            <source>Changes are saved as you make them. Double-click a name or probability to edit it.</source>
            <translation>Зміни зберігаються одразу. Двічі клацніть назву або імовірність, щоб змінити їх.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="266" />
            <source>New stage</source>
            <translation>Новий етап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="267" />
            <source>Add stage “%1”</source>
            <translation>Додати етап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="279" />
            <source>Remove stage “%1”</source>
            <translation>Вилучити етап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="288" />
            <source>Move stage “%1”</source>
            <translation>Перемістити етап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="317" />
            <source>Rename pipeline “%1”</source>
            <translation>Перейменувати воронку «%1»</translation>
        </message>
    </context>
    <context>
        <name>StageStepper</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline/deal_detail.py" line="124" />
            <source>%1: %n day(s)</source>
            <translation>
                <numerusform>%1: %n день</numerusform>
                <numerusform>%1: %n дні</numerusform>
                <numerusform>%1: %n днів</numerusform>
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
            <translation>Імовірність</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="88" />
            <source>Deals</source>
            <translation>Угоди</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="104" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="109" />
            <source>Deals in this stage, open or closed; a stage can be removed once it has none.</source>
            <translation>Угоди на цьому етапі, відкриті й закриті; етап можна вилучити, лише коли в ньому немає угод.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="128" />
            <source>Rename stage “%1”</source>
            <translation>Перейменувати етап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="138" />
            <source>Change the probability of “%1”</source>
            <translation>Змінити імовірність етапу «%1»</translation>
        </message>
    </context>
    <context>
        <name>StartProblem</name>
        <message>
            <location filename="../../ui/start_problem.py" line="26" />
            <source>Rapport cannot start</source>
            <translation>Rapport не може запуститися</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="27" />
            <source>Rapport cannot start.</source>
            <translation>Rapport не може запуститися.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="35" />
            <source>The database was rescued</source>
            <translation>Базу даних урятовано</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="51" />
            <location filename="../../ui/start_problem.py" line="117" />
            <source>The database is damaged</source>
            <translation>Базу даних пошкоджено</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="52" />
            <source>Rapport cannot open its database: %1</source>
            <translation>Rapport не може відкрити свою базу даних: %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="55" />
            <source>The damaged file is kept in the backups folder either way; nothing is deleted. Choose how to go on:</source>
            <translation>Пошкоджений файл у будь-якому разі зберігається в теці резервних копій; нічого не видаляється. Виберіть, як продовжити:</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="62" />
            <source>&amp;Restore the backup of %1 (contacts: %2)</source>
            <translation>&amp;Відновити резервну копію від %1 (контактів: %2)</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="64" />
            <source>R&amp;ecover what can be read</source>
            <translation>&amp;Урятувати те, що читається</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="66" />
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="77" />
            <source>The backup %1 was restored; the damaged database is kept as %2.</source>
            <translation>Резервну копію %1 відновлено; пошкоджену базу даних збережено як %2.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="84" />
            <source>Recovered from the damaged database: contacts %1. Records that could not be read: %2; other rows (links, history): %3. The damaged file is kept as %4.</source>
            <translation>Урятовано з пошкодженої бази даних: контактів %1. Не вдалося прочитати записи: %2; інші рядки (зв’язки, історія): %3. Пошкоджений файл збережено як %4.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="88" />
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="118" />
            <source>Rapport found damage in its database: %1</source>
            <translation>Rapport виявив пошкодження своєї бази даних: %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="121" />
            <source>Changes may fail to save until it is repaired. Repair now closes the window and offers the latest sound backup or what can be read; the damaged file is kept either way.</source>
            <translation>Поки базу не виправлено, зміни можуть не зберегтися. «Виправити зараз» закриє вікно й запропонує останню справну резервну копію або порятунок того, що читається; пошкоджений файл збережеться в будь-якому разі.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="124" />
            <source>&amp;Repair now</source>
            <translation>В&amp;иправити зараз</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="125" />
            <source>&amp;Keep working</source>
            <translation>&amp;Продовжити роботу</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <location filename="../../ui/sync/controller.py" line="394" />
            <source>Change sync settings</source>
            <translation>Змінити налаштування синхронізації</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="422" />
            <source>Keep my version</source>
            <translation>Залишити мою версію</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="422" />
            <source>Keep the server’s version</source>
            <translation>Залишити версію сервера</translation>
        </message>
    </context>
    <context>
        <name>SyncLogDialog</name>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="86" />
            <source>Sync log</source>
            <translation>Журнал синхронізації</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="105" />
            <source>Nothing synced yet. Each run is listed here: what came in, what went out, and what stopped it.</source>
            <translation>Синхронізацій ще не було. Тут буде кожен запуск: що надійшло, що пішло і що його зупинило.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="34" />
            <source>Sync status</source>
            <translation>Стан синхронізації</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="37" />
            <source>Set up sync…</source>
            <translation>Налаштувати синхронізацію…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="38" />
            <source>Enter the password…</source>
            <translation>Ввести пароль…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="39" />
            <source>Review the first sync…</source>
            <translation>Переглянути першу синхронізацію…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="40" />
            <source>Sync now</source>
            <translation>Синхронізувати зараз</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="43" />
            <source>Conflicts…</source>
            <translation>Конфлікти…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="45" />
            <source>Sync log…</source>
            <translation>Журнал синхронізації…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="46" />
            <source>Accounts…</source>
            <translation>Облікові записи…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="72" />
            <source>Review the first sync with %1…</source>
            <translation>Переглянути першу синхронізацію з %1…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="75" />
            <source>Enter the password for %1…</source>
            <translation>Ввести пароль для %1…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="79" />
            <source>Conflicts (%1)…</source>
            <translation>Конфлікти (%1)…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="89" />
            <source>Sync not set up</source>
            <translation>Синхронізацію не налаштовано</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="91" />
            <source>Syncing…</source>
            <translation>Синхронізація…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="93" />
            <source>Sync paused: password needed</source>
            <translation>Синхронізацію призупинено: потрібен пароль</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="95" />
            <source>Sync waits for you to start it</source>
            <translation>Синхронізація чекає на ваш запуск</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="97" />
            <source>Offline</source>
            <translation>Немає мережі</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="99" />
            <source>Sync failed %1</source>
            <translation>Збій синхронізації %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="100" />
            <source>Sync failed</source>
            <translation>Збій синхронізації</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="102" />
            <source>Not synced yet</source>
            <translation>Ще не синхронізовано</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="104" />
            <source>Synced %1</source>
            <translation>Синхронізовано %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status_widget.py" line="107" />
            <source>%n to upload</source>
            <translation>
                <numerusform>%n зміна до надсилання</numerusform>
                <numerusform>%n зміни до надсилання</numerusform>
                <numerusform>%n змін до надсилання</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status_widget.py" line="109" />
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n конфлікт</numerusform>
                <numerusform>%n конфлікти</numerusform>
                <numerusform>%n конфліктів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="114" />
            <source>Sync contacts, meetings and tasks with a CardDAV/CalDAV server: click to set it up.</source>
            <translation>Синхронізація контактів, зустрічей і завдань із сервером CardDAV/CalDAV: клацніть, щоб налаштувати.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="118" />
            <source>Last sync: %1</source>
            <translation>Остання синхронізація: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="120" />
            <source>No sync yet</source>
            <translation>Синхронізацій ще не було</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="121" />
            <source>Changes waiting to upload: %1</source>
            <translation>Зміни, що очікують надсилання: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="122" />
            <source>Open conflicts: %1</source>
            <translation>Невирішені конфлікти: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="124" />
            <source>Last error: %1</source>
            <translation>Остання помилка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="126" />
            <source>No network: changes are kept and sync when it returns.</source>
            <translation>Немає мережі: зміни збережено, їх буде синхронізовано, коли вона з’явиться.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="128" />
            <source>No keyring on this system: passwords are kept until Rapport closes.</source>
            <translation>У цій системі немає сховища паролів: паролі зберігаються до закриття Rapport.</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="91" />
            <source>Last sync: %1</source>
            <translation>Остання синхронізація: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="94" />
            <source>Last error: %1</source>
            <translation>Остання помилка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="96" />
            <source>Trusted certificate: %1</source>
            <translation>Довірений сертифікат: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <location filename="../../ui/sync/texts.py" line="108" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <source>Holds</source>
            <translation>Вміст</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <source>Sync</source>
            <translation>Синхронізація</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="136" />
            <source>Private</source>
            <translation>Особиста</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="138" />
            <source>New items
go here</source>
            <translation>Для нових
записів</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="138" />
            <source>New tasks
and deals</source>
            <translation>Для завдань
і угод</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="139" />
            <source>Deals
on phones</source>
            <translation>Угоди
на телефонах</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="141" />
            <source>Keep this collection in step with Rapport</source>
            <translation>Синхронізувати цю колекцію з Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="142" />
            <source>Your own collection, not the office's: what it holds is private, and records you keep private go here (with no such collection they stay on this computer); private records never go to the office's collections</source>
            <translation>Ваша особиста колекція, а не офісу: усе в ній — особисте, і сюди потрапляють записи, які ви залишили лише для себе (без такої колекції вони залишаються на цьому комп’ютері); особисті записи ніколи не потрапляють до колекцій офісу</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="145" />
            <source>Contacts and accounts you create go to this address book; meetings to this calendar, and calls, e-mails and notes too when it takes them (else to the first calendar that does)</source>
            <translation>Нові контакти й компанії потрапляють до цієї адресної книги; зустрічі — до цього календаря, а також дзвінки, листи й нотатки, якщо він їх приймає (інакше — до першого календаря, який приймає)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="148" />
            <source>Tasks and deals you create go to this calendar</source>
            <translation>Нові завдання й угоди потрапляють до цього календаря</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="149" />
            <source>Each person's card ends its note with where things stand: the open deal and its stage, the next step, the last call. Phones show it on the contact's page; the person's own note stays as it is</source>
            <translation>Нотатка в картці кожної людини закінчується зведенням: відкрита угода та її етап, наступний крок, останній дзвінок. Телефони показують його на сторінці контакту; власна нотатка людини залишається як є</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="188" />
            <source>%1
Last sync: %2</source>
            <translation>%1
Остання синхронізація: %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="191" />
            <source>To send new items elsewhere, check another collection of the same kind.</source>
            <translation>Щоб нові записи потрапляли в інше місце, позначте іншу колекцію того самого виду.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="197" />
            <source>yes</source>
            <translation>так</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="197" />
            <source>no</source>
            <translation>ні</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="53" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="54" />
            <source>Account</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="55" />
            <source>Meeting</source>
            <translation>Зустріч</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="56" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="57" />
            <source>Deal</source>
            <translation>Угода</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="58" />
            <source>Lead</source>
            <translation>Лід</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="59" />
            <source>Call, e-mail or note</source>
            <translation>Дзвінок, лист або нотатка</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="60" />
            <source>Contact group</source>
            <translation>Група контактів</translation>
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
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="167" />
            <source>Found</source>
            <translation>Виявлено</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="57" />
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="57" />
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="58" />
            <source>What happened</source>
            <translation>Що сталося</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="72" />
            <source>Failed</source>
            <translation>Помилка</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="73" />
            <source>Warning</source>
            <translation>Попередження</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="73" />
            <source>OK</source>
            <translation>Успішно</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="39" />
            <source>Contacts and accounts (vCard %1)</source>
            <translation>Контакти й компанії (vCard %1)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="43" />
            <source>Meetings</source>
            <translation>Зустрічі</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="45" />
            <source>Tasks and deals</source>
            <translation>Завдання й угоди</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="47" />
            <source>Calls, e-mails and notes</source>
            <translation>Дзвінки, листи й нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="49" />
            <source>Nothing Rapport syncs (%1)</source>
            <translation>Немає даних, які синхронізує Rapport (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="66" />
            <location filename="../../ui/sync/texts.py" line="76" />
            <source>never</source>
            <translation>ніколи</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="86" />
            <source>Name shown</source>
            <translation>Відображуване ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="87" />
            <source>Prefix</source>
            <translation>Звертання</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="88" />
            <source>First name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="89" />
            <source>Middle name</source>
            <translation>По батькові</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="90" />
            <source>Last name</source>
            <translation>Прізвище</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="91" />
            <source>Suffix</source>
            <translation>Суфікс</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="92" />
            <source>Nickname</source>
            <translation>Псевдонім</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="93" />
            <source>Job title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="94" />
            <source>Department</source>
            <translation>Відділ</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="95" />
            <source>Birthday</source>
            <translation>День народження</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="96" />
            <source>Anniversary</source>
            <translation>Річниця</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="97" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="98" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="99" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
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
            <translation>Адреса</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="102" />
            <location filename="../../ui/sync/texts.py" line="110" />
            <source>Website</source>
            <translation>Вебсайт</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="103" />
            <source>Chat</source>
            <translation>Месенджери</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="104" />
            <source>Related people</source>
            <translation>Пов’язані люди</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="105" />
            <source>Dates</source>
            <translation>Дати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="106" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="107" />
            <source>Members</source>
            <translation>Учасники</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="109" />
            <source>Industry</source>
            <translation>Галузь</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="112" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="113" />
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="114" />
            <source>Starts</source>
            <translation>Початок</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="115" />
            <source>Ends</source>
            <translation>Кінець</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="116" />
            <source>Duration (minutes)</source>
            <translation>Тривалість (хв)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="117" />
            <source>Location</source>
            <translation>Місце</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="118" />
            <source>All day</source>
            <translation>Увесь день</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="119" />
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="120" />
            <source>Due date</source>
            <translation>Термін</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="121" />
            <source>Due time</source>
            <translation>Час терміну</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="122" />
            <source>Priority</source>
            <translation>Пріоритет</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="123" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="124" />
            <source>Other properties</source>
            <translation>Інші властивості</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="126" />
            <source>Outcome</source>
            <translation>Підсумок</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="127" />
            <source>Stage</source>
            <translation>Етап</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="128" />
            <source>Pipeline stages</source>
            <translation>Етапи воронки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="129" />
            <location filename="../../ui/sync/texts.py" line="141" />
            <source>Company</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="130" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="131" />
            <source>Amount</source>
            <translation>Сума</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="132" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="133" />
            <source>Probability (%)</source>
            <translation>Імовірність (%)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="134" />
            <source>Expected close</source>
            <translation>Очікуване закриття</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="135" />
            <source>Lead source</source>
            <translation>Джерело</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="136" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="137" />
            <source>Why it was lost</source>
            <translation>Причина програшу</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="138" />
            <source>Closed</source>
            <translation>Закрита</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="139" />
            <source>In this stage since</source>
            <translation>На цьому етапі з</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="140" />
            <source>Stage history</source>
            <translation>Історія етапів</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="151" />
            <source>%1 (occurrence %2)</source>
            <translation>%1 (повторення %2)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="159" />
            <source>Yes</source>
            <translation>Так</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="159" />
            <source>No</source>
            <translation>Ні</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="169" />
            <source>(picture, %1 bytes)</source>
            <translation>(зображення, байтів: %1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="205" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контакт</numerusform>
                <numerusform>%n контакти</numerusform>
                <numerusform>%n контактів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="206" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n компанія</numerusform>
                <numerusform>%n компанії</numerusform>
                <numerusform>%n компаній</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="207" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n зустріч</numerusform>
                <numerusform>%n зустрічі</numerusform>
                <numerusform>%n зустрічей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="208" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n завдання</numerusform>
                <numerusform>%n завдання</numerusform>
                <numerusform>%n завдань</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="209" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n угода</numerusform>
                <numerusform>%n угоди</numerusform>
                <numerusform>%n угод</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="210" />
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n лід</numerusform>
                <numerusform>%n ліди</numerusform>
                <numerusform>%n лідів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="211" />
            <source>%n call(s), e-mail(s) and note(s)</source>
            <translation>
                <numerusform>%n дзвінок, лист або нотатка</numerusform>
                <numerusform>%n дзвінки, листи або нотатки</numerusform>
                <numerusform>%n дзвінків, листів і нотаток</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="212" />
            <source>%n contact group(s)</source>
            <translation>
                <numerusform>%n група контактів</numerusform>
                <numerusform>%n групи контактів</numerusform>
                <numerusform>%n груп контактів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="222" />
            <source>Address book “%1”</source>
            <translation>Адресна книга «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="223" />
            <source>Calendar “%1”</source>
            <translation>Календар «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="226" />
            <source>up from here: %1</source>
            <translation>звідси на сервер: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="228" />
            <source>nothing to send from here</source>
            <translation>звідси нічого надсилати</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="230" />
            <source>nothing goes up (new records go to another collection)</source>
            <translation>звідси нічого не надсилається (нові записи потрапляють до іншої колекції)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="232" />
            <source>the server did not say how much it holds</source>
            <translation>сервер не повідомив, скільки в ній записів</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="234" />
            <source>down from the server: %n item(s)</source>
            <translation>
                <numerusform>із сервера: %n запис</numerusform>
                <numerusform>із сервера: %n записи</numerusform>
                <numerusform>із сервера: %n записів</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskListModel</name>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="54" />
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="56" />
            <source>Tomorrow</source>
            <translation>Завтра</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="58" />
            <source>Yesterday</source>
            <translation>Учора</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="147" />
            <source>Task</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="149" />
            <source>Done</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="149" />
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="151" />
            <source>Concerns</source>
            <translation>Стосується</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="153" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="222" />
            <source>No date</source>
            <translation>Без дати</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="224" />
            <source>Any time</source>
            <translation>Будь-коли</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="234" />
            <source>repeats</source>
            <translation>повторюється</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="238" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="238" />
            <source>Account</source>
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="239" />
            <source>Deal</source>
            <translation>Угода</translation>
        </message>
    </context>
    <context>
        <name>TaskSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="342" />
            <source>Add a task</source>
            <translation>Додати завдання</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="345" />
            <source>Call back, send the offer…</source>
            <translation>Передзвонити, надіслати пропозицію…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="346" />
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="358" />
            <source>&amp;Title</source>
            <translation>&amp;Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="359" />
            <source>D&amp;ue date</source>
            <translation>&amp;Термін</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="360" />
            <source>&amp;Notes</source>
            <translation>&amp;Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="362" />
            <source>Owner</source>
            <translation>Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="363" />
            <source>O&amp;wner</source>
            <translation>&amp;Відповідальний</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="364" />
            <source>&amp;Done</source>
            <translation>Ви&amp;конано</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="367" />
            <source>Edit task</source>
            <translation>Редагувати завдання</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="380" />
            <source>Edit “%1”</source>
            <translation>Редагувати «%1»</translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="79" />
            <source>Add a task: “call Ann tomorrow 10:00”, “report every friday”</source>
            <translation>Додайте завдання: «зателефонувати Анні завтра о 10:00», «звіт кожної п’ятниці»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="80" />
            <location filename="../../ui/tasks/tasks_view.py" line="439" />
            <source>New task</source>
            <translation>Нове завдання</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="82" />
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="83" />
            <source>Add the task (Enter)</source>
            <translation>Додати завдання (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="92" />
            <source>Filter tasks by title, notes or whom they concern</source>
            <translation>Фільтр завдань за назвою, нотатками або тим, кого вони стосуються</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="93" />
            <source>Filter tasks</source>
            <translation>Фільтр завдань</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="104" />
            <location filename="../../ui/tasks/tasks_view.py" line="416" />
            <source>Mark done</source>
            <translation>Позначити як виконане</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="105" />
            <source>Mark the task done or not done (Space)</source>
            <translation>Позначити завдання як виконане чи невиконане (Space)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="106" />
            <location filename="../../ui/tasks/tasks_view.py" line="401" />
            <source>Snooze</source>
            <translation>Відкласти</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="107" />
            <source>Move the due date later</source>
            <translation>Перенести термін на пізніше</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="109" />
            <source>To today</source>
            <translation>На сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="109" />
            <source>To tomorrow</source>
            <translation>На завтра</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="110" />
            <source>By 2 days</source>
            <translation>На 2 дні</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="110" />
            <source>To next week</source>
            <translation>На наступний тиждень</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="115" />
            <location filename="../../ui/tasks/tasks_view.py" line="428" />
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="116" />
            <source>Open the contact, account or deal the task concerns (Enter)</source>
            <translation>Відкрити контакт, компанію чи угоду, яких стосується завдання (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="146" />
            <location filename="../../ui/tasks/tasks_view.py" line="350" />
            <source>Undo</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Overdue</source>
            <translation>Прострочені</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Upcoming</source>
            <translation>Майбутні</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="203" />
            <source>Done</source>
            <translation>Виконані</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tasks/tasks_view.py" line="208" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n завдання</numerusform>
                <numerusform>%n завдання</numerusform>
                <numerusform>%n завдань</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="261" />
            <source>Add task “%1”</source>
            <translation>Додати завдання «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="280" />
            <source>Complete “%1”</source>
            <translation>Виконати «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="280" />
            <source>Reopen “%1”</source>
            <translation>Знову відкрити «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="311" />
            <source>Snooze “%1”</source>
            <translation>Відкласти «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="334" />
            <source>Delete “%1”</source>
            <translation>Видалити «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="339" />
            <source>“%1” moved to the Trash.</source>
            <translation>«%1» переміщено до Кошика.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="367" />
            <source>Dates are understood as you type: today, tomorrow 10:00, next friday, in 3 days, every monday…</source>
            <translation>Дати розпізнаються під час введення: сьогодні, завтра о 10:00, наступної п’ятниці, через 3 дні, кожного понеділка…</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="376" />
            <source>no due date</source>
            <translation>без терміну</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="378" />
            <source>repeats</source>
            <translation>повторюється</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="416" />
            <source>Mark not done</source>
            <translation>Позначити як невиконане</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="425" />
            <source>Mark done / not done</source>
            <translation>Позначити як виконане / невиконане</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="431" />
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="456" />
            <source>Nothing overdue. Well done.</source>
            <translation>Прострочених немає. Чудово!</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="457" />
            <source>Nothing due today.
Type a task above — “call Ann at 3pm” — and press Enter.</source>
            <translation>На сьогодні нічого немає.
Введіть завдання вище — «зателефонувати Анні о 15:00» — і натисніть Enter.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="458" />
            <source>Nothing coming up.
Tasks with a later date, or none, are listed here.</source>
            <translation>Нічого не заплановано.
Тут з’являться завдання з пізнішим терміном або без терміну.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="459" />
            <source>No task done yet.
Tick a task to mark it done.</source>
            <translation>Виконаних завдань поки немає.
Позначте завдання прапорцем, щоб воно стало виконаним.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="462" />
            <source>No task here matches “%1”.</source>
            <translation>Тут немає завдань, що відповідають «%1».</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="64" />
            <source>Deal “%1” created in %2</source>
            <translation>Угоду «%1» створено на етапі «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="66" />
            <source>Deal “%1” moved from %2 to %3</source>
            <translation>Угоду «%1» переміщено з етапу «%2» на «%3»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="69" />
            <source>Deal “%1” won</source>
            <translation>Угоду «%1» виграно</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="71" />
            <source>Deal “%1” lost</source>
            <translation>Угоду «%1» програно</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="73" />
            <source>Done: %1</source>
            <translation>Виконано: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="77" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n лист</numerusform>
                <numerusform>%n листи</numerusform>
                <numerusform>%n листів</numerusform>
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
            <translation>Лист</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="84" />
            <source>Call</source>
            <translation>Дзвінок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="84" />
            <source>Meeting</source>
            <translation>Зустріч</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="85" />
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="100" />
            <source>no due date</source>
            <translation>без терміну</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="103" />
            <source>overdue since %1</source>
            <translation>прострочено з %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="106" />
            <source>due today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="108" />
            <source>due tomorrow</source>
            <translation>завтра</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="109" />
            <source>due %1</source>
            <translation>термін %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="117" />
            <source>just now</source>
            <translation>щойно</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="119" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n хв тому</numerusform>
                <numerusform>%n хв тому</numerusform>
                <numerusform>%n хв тому</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="121" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n год тому</numerusform>
                <numerusform>%n год тому</numerusform>
                <numerusform>%n год тому</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="126" />
            <source>yesterday</source>
            <translation>учора</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="128" />
            <source>%n days ago</source>
            <translation>
                <numerusform>%n день тому</numerusform>
                <numerusform>%n дні тому</numerusform>
                <numerusform>%n днів тому</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="130" />
            <source>tomorrow</source>
            <translation>завтра</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="132" />
            <source>in %n days</source>
            <translation>
                <numerusform>через %n день</numerusform>
                <numerusform>через %n дні</numerusform>
                <numerusform>через %n днів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="302" />
            <source>Planned</source>
            <translation>Заплановано</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="329" />
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="331" />
            <source>Yesterday</source>
            <translation>Учора</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="53" />
            <location filename="../../ui/detail/timeline_view.py" line="84" />
            <source>Timeline</source>
            <translation>Хронологія</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="64" />
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="65" />
            <source>Calls</source>
            <translation>Дзвінки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="66" />
            <source>Meetings</source>
            <translation>Зустрічі</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="67" />
            <source>Notes</source>
            <translation>Нотатки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="68" />
            <source>E-mails</source>
            <translation>Листи</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="69" />
            <source>Deals</source>
            <translation>Угоди</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="70" />
            <source>Tasks</source>
            <translation>Завдання</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="104" />
            <source>Load older</source>
            <translation>Завантажити давніші</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="187" />
            <source>Open Deal</source>
            <translation>Відкрити угоду</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="187" />
            <source>Edit…</source>
            <translation>Редагувати…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="190" />
            <source>Open the Original Message</source>
            <translation>Відкрити оригінал листа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="193" />
            <source>Keep Its Attachments on the Record</source>
            <translation>Зберегти вкладення листа в записі</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="197" />
            <source>Hide the Older Messages</source>
            <translation>Приховати давніші листи</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="197" />
            <source>Show the Whole Thread</source>
            <translation>Показати все листування</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="203" />
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="211" />
            <source>Linked &amp;Deals</source>
            <translation>Пов’язані &amp;угоди</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="219" />
            <source>No deals here yet</source>
            <translation>Угод поки немає</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="235" />
            <source>Nothing of this kind yet.</source>
            <translation>Такого поки немає.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="238" />
            <source>Nothing has happened here yet.
Log a call or add a note, and it will be listed here, newest first.</source>
            <translation>Тут поки нічого не відбувалося.
Запишіть дзвінок або додайте нотатку — вони з’являться тут, найновіші згори.</translation>
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
            <translation>Компанія</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="94" />
            <source>Lead</source>
            <translation>Лід</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="103" />
            <source>Field of contacts</source>
            <translation>Поле контактів</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="103" />
            <source>Field of accounts</source>
            <translation>Поле компаній</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="104" />
            <source>Field of deals</source>
            <translation>Поле угод</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="104" />
            <source>Field of activities</source>
            <translation>Поле дій</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="105" />
            <source>Field of tasks</source>
            <translation>Поле завдань</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Deleted</source>
            <translation>Видалено</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <location filename="../../ui/detail/trash.py" line="137" />
            <source>The Trash is empty.
Contacts, accounts, leads and custom fields you delete wait here until you restore them or delete them for good.</source>
            <translation>Кошик порожній.
Видалені контакти, компанії, ліди та додаткові поля чекають тут, доки ви не відновите їх або не видалите остаточно.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="147" />
            <source>&amp;Restore</source>
            <translation>&amp;Відновити</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="149" />
            <source>&amp;Delete forever…</source>
            <translation>Видалити &amp;остаточно…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="181" />
            <source>“%1” was restored.</source>
            <translation>«%1» відновлено.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="182" />
            <source>Restore “%1”</source>
            <translation>Відновити «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="184" />
            <source>%n records were restored.</source>
            <translation>
                <numerusform>Відновлено %n запис.</numerusform>
                <numerusform>Відновлено %n записи.</numerusform>
                <numerusform>Відновлено %n записів.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="185" />
            <source>Restore %n records</source>
            <translation>
                <numerusform>Відновити %n запис</numerusform>
                <numerusform>Відновити %n записи</numerusform>
                <numerusform>Відновити %n записів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="194" />
            <source>Delete “%1” for good? This cannot be undone.</source>
            <translation>Видалити «%1» остаточно? Цю дію не можна скасувати.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="196" />
            <source>Delete these %n records for good? This cannot be undone.</source>
            <translation>
                <numerusform>Видалити %n запис остаточно? Цю дію не можна скасувати.</numerusform>
                <numerusform>Видалити %n записи остаточно? Цю дію не можна скасувати.</numerusform>
                <numerusform>Видалити %n записів остаточно? Цю дію не можна скасувати.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="197" />
            <location filename="../../ui/detail/trash.py" line="199" />
            <source>Delete forever</source>
            <translation>Видалити остаточно</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="205" />
            <source>“%1” was deleted for good.</source>
            <translation>«%1» видалено остаточно.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="207" />
            <source>%n records were deleted for good.</source>
            <translation>
                <numerusform>%n запис видалено остаточно.</numerusform>
                <numerusform>%n записи видалено остаточно.</numerusform>
                <numerusform>%n записів видалено остаточно.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="208" />
            <source>Delete for good</source>
            <translation>Видалити остаточно</translation>
        </message>
    </context>
    <context>
        <name>ValueLabel</name>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="238" />
            <source>Copy</source>
            <translation>Копіювати</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="239" />
            <source>Edit</source>
            <translation>Редагувати</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="19" />
            <source>Welcome to Rapport</source>
            <translation>Ласкаво просимо до Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="25" />
            <source>Your contacts, companies, deals and follow-ups, on this computer, working offline. How would you like to begin?</source>
            <translation>Ваші контакти, компанії, угоди й наступні кроки — на цьому комп’ютері, без інтернету. З чого почнемо?</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="29" />
            <source>&amp;Import contacts…</source>
            <translation>&amp;Імпортувати контакти…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="30" />
            <source>vCard files from a phone, Outlook, Apple or Google Contacts; CSV; iCalendar for meetings and tasks</source>
            <translation>Файли vCard із телефона, Outlook, Контактів Apple або Google; CSV; iCalendar для зустрічей і завдань</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="32" />
            <source>&amp;Add a contact…</source>
            <translation>&amp;Додати контакт…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="33" />
            <source>&amp;Explore with sample data</source>
            <translation>&amp;Ознайомитися на прикладі</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="34" />
            <source>300 made-up contacts with companies, deals, calls and tasks</source>
            <translation>300 вигаданих контактів із компаніями, угодами, дзвінками й завданнями</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="39" />
            <source>You can also drop vCard or CSV files on this window.</source>
            <translation>Також можна перетягнути файли vCard або CSV у це вікно.</translation>
        </message>
    </context>
    <context>
        <name>WhoAmIDialog</name>
        <message>
            <location filename="../../ui/office.py" line="57" />
            <source>Your name in the office</source>
            <translation>Ваше ім’я в офісі</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="58" />
            <source>Deals and tasks are owned by people of the office. Which one are you? “Only Mine” shows what this name owns, and your new deals and tasks get it.</source>
            <translation>Угоди й завдання мають відповідальних — співробітників офісу. Хто з них ви? «Лише мої» показує те, за що відповідає це ім’я, і ваші нові угоди й завдання отримують його.</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="63" />
            <source>Your name</source>
            <translation>Ваше ім’я</translation>
        </message>
    </context>
</TS>
