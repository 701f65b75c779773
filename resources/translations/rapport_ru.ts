<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
            <translation>%1 — такие компании уже есть. Выберите одну из списка (стрелка вниз) или сохраните ещё раз, чтобы создать новую «%2».</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="164" />
            <source>%1 is already an account. Choose it from the list (Down), or save again to make “%2” a new one.</source>
            <translation>%1 — уже есть такая компания. Выберите её из списка (стрелка вниз) или сохраните ещё раз, чтобы создать новую «%2».</translation>
        </message>
    </context>
    <context>
        <name>AccountComparePanel</name>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="42" />
            <source>Choose a pair to compare.</source>
            <translation>Выберите пару для сравнения.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="54" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="55" />
            <source>Industry</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="56" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="57" />
            <source>Phones</source>
            <translation>Телефоны</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="58" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="59" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="62" />
            <source>&amp;Keep this one</source>
            <translation>&amp;Оставить эту</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="62" />
            <source>Keep &amp;this one</source>
            <translation>Оставить &amp;эту</translation>
        </message>
    </context>
    <context>
        <name>AccountDetailPane</name>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="31" />
            <source>Select an account to see its people, deals and history here.</source>
            <translation>Выберите компанию, чтобы увидеть здесь её сотрудников, сделки и историю.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="46" />
            <source>Mail from %1</source>
            <translation>Почта с %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="48" />
            <source>Put mail from and to anyone at %1 on this company's timeline, not only your contacts' mail (from the next import or fetch)</source>
            <translation>Помещать в ленту этой компании письма от всех и ко всем на %1, а не только письма ваших контактов (со следующего импорта или получения)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="57" />
            <source>Put mail from %1 on “%2”</source>
            <translation>Почта с %1 — в ленту «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="57" />
            <source>Stop mail from %1 on “%2”</source>
            <translation>Больше не помещать почту с %1 в ленту «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="90" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="104" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="105" />
            <source>Industry</source>
            <translation>Отрасль</translation>
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
            <translation>Добавить телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="113" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="113" />
            <source>Add address</source>
            <translation>Добавить адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="115" />
            <source>Street, city, region, postal code, country — one per line</source>
            <translation>Улица, город, регион, индекс, страна — каждое с новой строки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="116" />
            <source>Notes and tags</source>
            <translation>Заметки и теги</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="117" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="117" />
            <source>Add notes</source>
            <translation>Добавить заметки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="122" />
            <source>More</source>
            <translation>Ещё</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="130" />
            <source>People</source>
            <translation>Люди</translation>
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
            <translation>Учётные записи синхронизации</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="273" />
            <source>Accounts</source>
            <translation>Учётные записи</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="279" />
            <source>Address books and calendars</source>
            <translation>Адресные книги и календари</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="315" />
            <source>Add account…</source>
            <translation>Добавить учётную запись…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="317" />
            <source>&amp;Review the first sync…</source>
            <translation>&amp;Просмотреть первую синхронизацию…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="350" />
            <source>No account yet: add one to sync with a CardDAV/CalDAV server.</source>
            <translation>Учётных записей пока нет: добавьте её, чтобы синхронизироваться с сервером CardDAV/CalDAV.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="354" />
            <source>%1 — last sync %2</source>
            <translation>%1 — последняя синхронизация: %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="357" />
            <source>Last error: %1</source>
            <translation>Последняя ошибка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="360" />
            <source>Not synced yet: it waits for you to review and start its first sync.</source>
            <translation>Ещё не синхронизирована: ждёт, пока вы просмотрите и запустите первую синхронизацию.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="378" />
            <source>Server address</source>
            <translation>Адрес сервера</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="380" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="383" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="384" />
            <source>There is no keyring on this system: this password is kept until Rapport closes, and asked for again next time.</source>
            <translation>В этой системе нет хранилища паролей: пароль хранится до закрытия Rapport, а в следующий раз будет запрошен снова.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="409" />
            <source>Trust this server's certificate</source>
            <translation>Доверять сертификату этого сервера</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="420" />
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="421" />
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="422" />
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="427" />
            <source>Looking for address books and calendars…</source>
            <translation>Поиск адресных книг и календарей…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="436" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="461" />
            <source>Connect Rapport to the CardDAV/CalDAV server your office already uses (Nextcloud, Fastmail, iCloud, Radicale, Baïkal…). Its address books and calendars are found from the address.</source>
            <translation>Подключите Rapport к серверу CardDAV/CalDAV, которым уже пользуется ваш офис (Nextcloud, Fastmail, iCloud, Radicale, Baïkal…). Его адресные книги и календари будут найдены по адресу.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="486" />
            <source>This system has no keyring to keep passwords between sessions, so Rapport asks for the password of %1 each time it starts. Enter it for this session.</source>
            <translation>В этой системе нет связки ключей, которая хранила бы пароли между сеансами, поэтому Rapport спрашивает пароль %1 при каждом запуске. Введите его для этого сеанса.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="489" />
            <source>Rapport has no password for %1 (the keyring does not hold one). Enter it; Rapport checks it with the server before syncing.</source>
            <translation>У Rapport нет пароля для %1 (в связке ключей его нет). Введите его; перед синхронизацией Rapport проверит его на сервере.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="492" />
            <source>The server did not accept the password for %1. Enter it again; Rapport checks it with the server before syncing.</source>
            <translation>Сервер не принял пароль для %1. Введите его снова: Rapport проверит его на сервере перед синхронизацией.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="495" />
            <source>Check and save</source>
            <translation>Проверить и сохранить</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="505" />
            <source>Stop waiting</source>
            <translation>Не ждать</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="505" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="543" />
            <source>Stopped waiting for the server. If it answers after all, the account appears in the list.</source>
            <translation>Ожидание сервера прекращено. Если он всё же ответит, учётная запись появится в списке.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="569" />
            <source>The DNS of %1 names %2, a server of another domain, as its address book and calendar server. Nothing was sent there. If that is your provider's server, tick the box and add again.</source>
            <translation>DNS домена %1 называет сервером адресных книг и календарей %2 — сервер другого домена. Туда ничего не отправлено. Если это сервер вашего провайдера, отметьте флажок и добавьте снова.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="573" />
            <source>The server at %1 sent Rapport on to %2, another server. Nothing was sent there. If that is your provider's server, tick the box and add again.</source>
            <translation>Сервер %1 направил Rapport на %2 — другой сервер. Туда ничего не отправлено. Если это сервер вашего провайдера, отметьте флажок и добавьте снова.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="577" />
            <source>&amp;Go on to that server with this user name and password</source>
            <translation>&amp;Перейти на тот сервер с этим именем пользователя и паролем</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="599" />
            <source>The server's certificate is not signed by an authority this computer trusts. If this is your own server, compare the fingerprint below with the one the server shows, then trust it.</source>
            <translation>Сертификат сервера не подписан центром сертификации, которому доверяет этот компьютер. Если это ваш собственный сервер, сравните отпечаток ниже с тем, что показывает сервер, и только затем доверьтесь ему.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="604" />
            <source>SHA-256 fingerprint:</source>
            <translation>Отпечаток SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="615" />
            <source>Added: %1 and %2. Choose below what syncs and where new items go, then review the first sync.</source>
            <translation>Добавлено: %1 и %2. Выберите ниже, что синхронизировать и куда попадают новые записи, затем просмотрите первую синхронизацию.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="643" />
            <source>Nothing is sent or fetched until you start. To change what syncs, or where new contacts, meetings and tasks go, choose the collections first.</source>
            <translation>Ничего не отправляется и не загружается, пока вы не начнёте. Чтобы изменить, что синхронизируется и куда попадают новые контакты, встречи и задачи, сначала выберите коллекции.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="647" />
            <source>&amp;Start syncing</source>
            <translation>&amp;Начать синхронизацию</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="649" />
            <source>&amp;Choose collections…</source>
            <translation>&amp;Выбрать коллекции…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="651" />
            <source>&amp;Not now</source>
            <translation>Не с&amp;ейчас</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="671" />
            <source>Before the first sync with %1</source>
            <translation>Перед первой синхронизацией с %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="672" />
            <source>Reading what is here and what the server holds…</source>
            <translation>Смотрим, что есть здесь и на сервере…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="684" />
            <source>No collection of this account is chosen to sync: choose the collections first.</source>
            <translation>Для этой учётной записи не выбрано ни одной коллекции: сначала выберите коллекции.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="691" />
            <source>Could not read what the first sync would do: %1</source>
            <translation>Не удалось узнать, что сделает первая синхронизация: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="697" />
            <source>The first sync has started; it goes on in the background.</source>
            <translation>Первая синхронизация началась и идёт в фоне.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="704" />
            <source>The account waits: nothing syncs with it until you review and start its first sync.</source>
            <translation>Учётная запись ждёт: ничего не синхронизируется, пока вы не просмотрите и не запустите первую синхронизацию.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/accounts_dialog.py" line="616" />
            <source>%n address book(s)</source>
            <translation>
                <numerusform>%n адресная книга</numerusform>
                <numerusform>%n адресные книги</numerusform>
                <numerusform>%n адресных книг</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="377" />
            <source>https://dav.example.com/, example.com or your e-mail address</source>
            <translation>https://dav.example.com/, example.com или ваш адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="394" />
            <source>Send the password and the cards u&amp;nencrypted: this server has no https, and anyone on the network between can read them</source>
            <translation>Отправлять пароль и карточки бе&amp;з шифрования: у этого сервера нет https, и их может прочитать любой в сети по пути</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/accounts_dialog.py" line="617" />
            <source>%n calendar(s)</source>
            <translation>
                <numerusform>%n календарь</numerusform>
                <numerusform>%n календаря</numerusform>
                <numerusform>%n календарей</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="619" />
            <source>There is no keyring on this system: the password is kept until Rapport closes.</source>
            <translation>В этой системе нет хранилища паролей: пароль хранится до закрытия Rapport.</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="16" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="16" />
            <source>Industry</source>
            <translation>Отрасль</translation>
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
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="18" />
            <source>Updated</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="21" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="22" />
            <source>Any phone</source>
            <translation>Любой телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="23" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="24" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/canvas.py" line="527" />
            <source>+%n more</source>
            <translation>
                <numerusform>ещё %n</numerusform>
                <numerusform>ещё %n</numerusform>
                <numerusform>ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="59" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="60" />
            <source>Go to today (T)</source>
            <translation>Перейти к сегодняшнему дню (T)</translation>
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
            <translation>Вперёд (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="68" />
            <source>Next</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="78" />
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="78" />
            <source>Week</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="79" />
            <source>Month</source>
            <translation>Месяц</translation>
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
            <translation>Новая встреча</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="88" />
            <source>New meeting (Ctrl+N)</source>
            <translation>Новая встреча (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="92" />
            <source>Calendar</source>
            <translation>Календарь</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="212" />
            <source>Could not move</source>
            <translation>Не удалось перенести</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="305" />
            <source>Move a repeating meeting</source>
            <translation>Перенос повторяющейся встречи</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="306" />
            <source>“%1” repeats. Move only this event, or all events of the series?</source>
            <translation>«%1» повторяется. Перенести только это событие или все события серии?</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="308" />
            <source>This event</source>
            <translation>Только это</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="309" />
            <source>All events</source>
            <translation>Все события</translation>
        </message>
    </context>
    <context>
        <name>CandidatesModel</name>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Score</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="50" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="50" />
            <source>Account</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Possible duplicate</source>
            <translation>Возможный дубликат</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="75" />
            <source>%1 in 100: how likely the two are the same company</source>
            <translation>%1 из 100: насколько вероятно, что это одна компания</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="77" />
            <source>%1 in 100: how likely the two are the same person</source>
            <translation>%1 из 100: насколько вероятно, что это один и тот же человек</translation>
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
            <translation>%1 дн.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="114" />
            <source>Next step overdue</source>
            <translation>Следующий шаг просрочен</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="115" />
            <source>Next step today</source>
            <translation>Следующий шаг сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="116" />
            <source>Next step planned</source>
            <translation>Следующий шаг запланирован</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="117" />
            <source>No next step planned</source>
            <translation>Следующий шаг не запланирован</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="131" />
            <source>expected to close %1</source>
            <translation>ожидаемое закрытие %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/look.py" line="134" />
            <source>%n day(s) in this stage</source>
            <translation>
                <numerusform>%n день на этом этапе</numerusform>
                <numerusform>%n дня на этом этапе</numerusform>
                <numerusform>%n дней на этом этапе</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="136" />
            <source>owner %1</source>
            <translation>ответственный: %1</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="76" />
            <source>Save as PNG…</source>
            <translation>Сохранить как PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="78" />
            <source>Export numbers (CSV)…</source>
            <translation>Экспорт данных (CSV)…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="85" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="86" />
            <source>Save this chart as an image or its numbers as CSV</source>
            <translation>Сохранить диаграмму как изображение или её данные в CSV</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="87" />
            <source>Export %1</source>
            <translation>Экспорт: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="139" />
            <source>Save chart as PNG</source>
            <translation>Сохранить диаграмму как PNG</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="140" />
            <source>PNG images (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="142" />
            <source>Save as PNG</source>
            <translation>Сохранить как PNG</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="142" />
            <source>Could not write %1.</source>
            <translation>Не удалось записать %1.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="145" />
            <location filename="../../ui/dashboard/panels.py" line="152" />
            <source>Export numbers</source>
            <translation>Экспорт данных</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="146" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="152" />
            <source>Could not write %1: %2</source>
            <translation>Не удалось записать %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ColumnFilter</name>
        <message>
            <location filename="../../ui/views/column_filter.py" line="18" />
            <source>is</source>
            <translation>равно</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="18" />
            <source>is not</source>
            <translation>не равно</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="19" />
            <source>contains</source>
            <translation>содержит</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="20" />
            <source>is less than</source>
            <translation>меньше</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="21" />
            <source>is more than</source>
            <translation>больше</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="22" />
            <source>is empty</source>
            <translation>пусто</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="23" />
            <source>is filled in</source>
            <translation>заполнено</translation>
        </message>
    </context>
    <context>
        <name>ColumnFilterDialog</name>
        <message>
            <location filename="../../ui/views/column_filter.py" line="41" />
            <source>Filter by %1</source>
            <translation>Фильтр по столбцу «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="44" />
            <source>How</source>
            <translation>Условие</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="49" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="52" />
            <source>A date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="54" />
            <source>Yes or no</source>
            <translation>Да или нет</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="65" />
            <source>Show only the rows where</source>
            <translation>Показывать только строки, где</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="87" />
            <source>Type the value to compare with.</source>
            <translation>Введите значение для сравнения.</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../ui/palette.py" line="161" />
            <source>Go to or run</source>
            <translation>Перейти или выполнить</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="164" />
            <source>Type a command or the name of a record</source>
            <translation>Введите команду или название записи</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="165" />
            <source>Command or record</source>
            <translation>Команда или запись</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>Name shown</source>
            <translation>Отображаемое имя</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>Prefix</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Suffix</source>
            <translation>Суффикс</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Nickname</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Job title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="79" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="120" />
            <source>Select a pair to compare the two contacts.</source>
            <translation>Выберите пару, чтобы сравнить два контакта.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="139" />
            <source>Keep “%1”</source>
            <translation>Оставить «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="140" />
            <source>This record stays, with its history; the other one goes to the Trash.</source>
            <translation>Эта запись останется вместе с историей, другая будет перемещена в корзину.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="143" />
            <source>Added %1</source>
            <translation>Добавлен %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="170" />
            <source>Keep both notes</source>
            <translation>Сохранить обе заметки</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="179" />
            <source>Combined: every e-mail address, phone number, address, website and company of both is kept, and so are their activities, deals, tasks and tags.</source>
            <translation>Объединяются: сохраняются все адреса эл. почты, телефоны, адреса, сайты и компании обоих контактов, а также их активности, сделки, задачи и теги.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="223" />
            <source>Linked photo: %1</source>
            <translation>Фото по ссылке: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="237" />
            <source>A photo that cannot be shown (%1)</source>
            <translation>Фото, которое нельзя показать (%1)</translation>
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
            <translation>пусто</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
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
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Chat</source>
            <translation>Мессенджеры</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="292" />
            <source>Related</source>
            <translation>Связанные люди</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="292" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="217" />
            <source>Select a conflict to compare the two versions.</source>
            <translation>Выберите конфликт, чтобы сравнить две версии.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="238" />
            <source>Both sides changed these fields differently since the last sync. The record shows the server's values until you choose; everything else was merged.</source>
            <translation>После последней синхронизации обе стороны изменили эти поля по-разному. Пока вы не выберете, запись показывает значения с сервера; всё остальное объединено.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="244" />
            <source>On this computer</source>
            <translation>На этом компьютере</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="244" />
            <source>On the server</source>
            <translation>На сервере</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="263" />
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="268" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="269" />
            <source>this computer</source>
            <translation>этот компьютер</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="269" />
            <source>server</source>
            <translation>сервер</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="275" />
            <source>One version could not be read: %1</source>
            <translation>Одну из версий не удалось прочитать: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="281" />
            <source>Keep mine</source>
            <translation>Оставить мою версию</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="282" />
            <source>Put this computer's values back; the next sync uploads them.</source>
            <translation>Вернуть значения с этого компьютера; следующая синхронизация отправит их на сервер.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="284" />
            <source>Keep server's</source>
            <translation>Оставить версию сервера</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="285" />
            <source>Keep the server's values, which the record already shows.</source>
            <translation>Оставить значения с сервера — запись уже показывает их.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="303" />
            <source>Sync conflicts</source>
            <translation>Конфликты синхронизации</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="341" />
            <source>No conflicts. When both sides change the same field differently, the two versions wait here for you to choose.</source>
            <translation>Конфликтов нет. Если обе стороны изменят одно и то же поле по-разному, обе версии будут ждать здесь вашего выбора.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="405" />
            <source>The conflicts could not be read: %1</source>
            <translation>Не удалось прочитать конфликты: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="440" />
            <source>Could not settle this conflict: %1</source>
            <translation>Не удалось разрешить этот конфликт: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactDetailPane</name>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="84" />
            <source>Select a contact to see everything about them here.</source>
            <translation>Выберите контакт, чтобы увидеть здесь всё о нём.</translation>
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
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="131" />
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="131" />
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="132" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="132" />
            <source>Prefix</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="133" />
            <source>Suffix</source>
            <translation>Суффикс</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="133" />
            <source>Nickname</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="135" />
            <source>Work</source>
            <translation>Работа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="135" />
            <source>Job title</source>
            <translation>Должность</translation>
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
            <translation>Добавить компанию</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="147" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="149" />
            <source>Role there, such as Buyer</source>
            <translation>Роль там, например «Закупщик»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="150" />
            <source>Contact</source>
            <translation>Связь</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="152" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="152" />
            <source>Add e-mail</source>
            <translation>Добавить эл. почту</translation>
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
            <translation>Добавить телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="159" />
            <source>Web</source>
            <translation>Сайты</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="159" />
            <source>Add web address</source>
            <translation>Добавить веб-адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="162" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="162" />
            <source>Add address</source>
            <translation>Добавить адрес</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="164" />
            <source>Street, city, region, postal code, country — one per line</source>
            <translation>Улица, город, регион, индекс, страна — каждое с новой строки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="166" />
            <source>Messaging</source>
            <translation>Мессенджеры</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="166" />
            <source>Add messaging</source>
            <translation>Добавить мессенджер</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="168" />
            <source>Service: name, such as skype: ann.lee</source>
            <translation>Сервис: имя, например telegram: anna</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="169" />
            <source>Personal</source>
            <translation>Личное</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="170" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="171" />
            <location filename="../../ui/detail/contact_pane.py" line="173" />
            <location filename="../../ui/detail/contact_pane.py" line="179" />
            <source>A date, or --MM-DD without the year</source>
            <translation>Дата или --ММ-ДД без года</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="172" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="176" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="176" />
            <source>Add a date</source>
            <translation>Добавить дату</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="181" />
            <source>Related</source>
            <translation>Связанные люди</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="181" />
            <source>Add a related person</source>
            <translation>Добавить близкого человека</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="183" />
            <source>Notes and tags</source>
            <translation>Заметки и теги</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="184" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="184" />
            <source>Add notes</source>
            <translation>Добавить заметки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="189" />
            <source>More</source>
            <translation>Ещё</translation>
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
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="16" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="17" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="17" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="18" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="18" />
            <source>Updated</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="21" />
            <source>Job title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="22" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="23" />
            <source>Nickname</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="24" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="25" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="26" />
            <source>Any e-mail</source>
            <translation>Любой адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="27" />
            <source>Any phone</source>
            <translation>Любой телефон</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="28" />
            <source>Country</source>
            <translation>Страна</translation>
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
            <translation>Валюты и курсы</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="54" />
            <source>Totals over deals in several currencies are added up in the home currency, each deal at the rate of its date. Rates are units of a currency one euro buys, as the European Central Bank publishes them.</source>
            <translation>Итоги по сделкам в разных валютах складываются в основной валюте, каждая сделка — по курсу на её дату. Курс — сколько единиц валюты дают за один евро, как публикует Европейский центральный банк.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="62" />
            <source>Home currency</source>
            <translation>Основная валюта</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="65" />
            <source>&amp;Use</source>
            <translation>&amp;Выбрать</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="71" />
            <source>&amp;Home currency:</source>
            <translation>&amp;Основная валюта:</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="78" />
            <source>Exchange rates</source>
            <translation>Курсы валют</translation>
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
            <translation>За один евро</translation>
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
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="100" />
            <source>&amp;Set Rate</source>
            <translation>&amp;Задать курс</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="105" />
            <source>&amp;Rate of</source>
            <translation>&amp;Курс</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="107" />
            <source>to one euro, from</source>
            <translation>за один евро, с</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="110" />
            <source>Remo&amp;ve the Rate</source>
            <translation>&amp;Удалить курс</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="112" />
            <source>&amp;Import the ECB's File…</source>
            <translation>&amp;Импорт файла ЕЦБ…</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="114" />
            <source>eurofxref.csv or eurofxref-hist.csv from the European Central Bank's site, unzipped</source>
            <translation>eurofxref.csv или eurofxref-hist.csv с сайта Европейского центрального банка, распакованный</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="159" />
            <source>No rates yet: type one below, or import the European Central Bank's file.</source>
            <translation>Курсов пока нет: введите курс ниже или импортируйте файл Европейского центрального банка.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="167" />
            <source>the ECB</source>
            <translation>ЕЦБ</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="167" />
            <source>typed</source>
            <translation>введён вручную</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="183" />
            <source>Use %1 as the home currency</source>
            <translation>Сделать %1 основной валютой</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="190" />
            <source>Totals are added up in %1.</source>
            <translation>Итоги складываются в %1.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="196" />
            <source>Set the rate of %1</source>
            <translation>Задать курс %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="204" />
            <source>One euro buys %1 %2 from %3.</source>
            <translation>С %3 за один евро дают %1 %2.</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="214" />
            <source>Remove the rate of %1</source>
            <translation>Удалить курс %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="220" />
            <source>Import the ECB's Rates</source>
            <translation>Импорт курсов ЕЦБ</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="221" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="226" />
            <source>Reading %1…</source>
            <translation>Чтение %1…</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="228" />
            <source>Import the rates of %1</source>
            <translation>Импорт курсов из %1</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="239" />
            <source>%1 days of %2 currencies read: %3 rates added, %4 changed.</source>
            <translation>Прочитано дней: %1, валют: %2; добавлено курсов: %3, изменено: %4.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/currencies_dialog.py" line="246" />
            <source>and %n more left out</source>
            <translation>
                <numerusform>и ещё %n пропущена</numerusform>
                <numerusform>и ещё %n пропущены</numerusform>
                <numerusform>и ещё %n пропущено</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="44" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="45" />
            <source>Accounts</source>
            <translation>Компании</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="46" />
            <source>Deals</source>
            <translation>Сделки</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="47" />
            <source>Activities</source>
            <translation>Действия</translation>
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
            <translation>Длинный текст</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="51" />
            <source>Number</source>
            <translation>Число</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="52" />
            <source>Money</source>
            <translation>Деньги</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="53" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="54" />
            <source>Choice</source>
            <translation>Выбор</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="55" />
            <source>Several choices</source>
            <translation>Несколько вариантов</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="56" />
            <source>Checkbox</source>
            <translation>Флажок</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="57" />
            <source>Link to a contact</source>
            <translation>Ссылка на контакт</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="58" />
            <source>Link to an account</source>
            <translation>Ссылка на компанию</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="59" />
            <source>An amount, such as 1200.50 EUR</source>
            <translation>Сумма, например 1200,50 EUR</translation>
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
            <translation>%1 (нет на этом компьютере)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="78" />
            <source>Type a contact's name</source>
            <translation>Введите имя контакта</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="79" />
            <source>Type an account's name</source>
            <translation>Введите название компании</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsBox</name>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="158" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="184" />
            <source>Edit %1</source>
            <translation>Изменение: %1</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="177" />
            <source>Custom Fields</source>
            <translation>Дополнительные поля</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="179" />
            <source>Fields you add show in the records' panes, are searched, and go into exported files and to the office's other computers. A removed field waits in the Trash with its values.</source>
            <translation>Добавленные поля показываются в карточках записей, участвуют в поиске, попадают в экспортируемые файлы и на другие компьютеры офиса. Удалённое поле вместе со значениями ждёт в корзине.</translation>
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
            <translation>Название</translation>
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
            <translation>Варианты</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="207" />
            <source>&amp;Add…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="209" />
            <source>&amp;Change…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="211" />
            <source>Move &amp;Up</source>
            <translation>В&amp;верх</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="213" />
            <source>Move &amp;Down</source>
            <translation>В&amp;низ</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="215" />
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="270" />
            <source>No fields of %1 yet: Add… makes one.</source>
            <translation>Полей для раздела «%1» пока нет: кнопка «Добавить…» создаёт поле.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="329" />
            <source>Saved: %1.</source>
            <translation>Сохранено: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="338" />
            <source>Remove the field “%1”</source>
            <translation>Удаление поля «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="345" />
            <source>“%1” is in the Trash with its values: restore it there, or undo it once this closes.</source>
            <translation>«%1» в корзине вместе со значениями: восстановите его оттуда или отмените удаление, закрыв это окно.</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="353" />
            <source>Move the field “%1”</source>
            <translation>Перемещение поля «%1»</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/dashboard/report.py" line="145" />
            <source>Dashboard — %1</source>
            <translation>Сводка — %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="146" />
            <source>no pipeline</source>
            <translation>нет воронки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="150" />
            <source>As of %1</source>
            <translation>На %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="156" />
            <source>Key figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="157" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="158" />
            <source>Detail</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="183" />
            <source>The oldest %1 of %2.</source>
            <translation>Самые давние: %1 из %2.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="187" />
            <source>No overdue tasks.</source>
            <translation>Просроченных задач нет.</translation>
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
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/dashboard/view.py" line="71" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="73" />
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This month</source>
            <translation>Этот месяц</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This quarter</source>
            <translation>Этот квартал</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This year</source>
            <translation>Этот год</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="75" />
            <source>Last 12 months</source>
            <translation>Последние 12 месяцев</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="75" />
            <source>Custom range</source>
            <translation>Произвольный период</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="80" />
            <source>From</source>
            <translation>Начало периода</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="80" />
            <source>To</source>
            <translation>Конец периода</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="85" />
            <source>Print report (PDF)…</source>
            <translation>Печать отчёта (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="86" />
            <source>Write the whole dashboard to a PDF file</source>
            <translation>Сохранить всю сводку в PDF-файл</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="88" />
            <source>&amp;Pipeline</source>
            <translation>Ворон&amp;ка</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="90" />
            <source>Peri&amp;od</source>
            <translation>Пе&amp;риод</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="102" />
            <source>Win rate</source>
            <translation>Доля выигранных</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="103" />
            <source>Average days to close</source>
            <translation>Средний срок закрытия</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="104" />
            <source>Open pipeline</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="105" />
            <source>Overdue tasks</source>
            <translation>Просроченные задачи</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="111" />
            <source>Open deals by stage</source>
            <translation>Открытые сделки по этапам</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="114" />
            <source>Forecast by month</source>
            <translation>Прогноз по месяцам</translation>
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
            <translation>Сделки в одной валюте или (при основной валюте и курсах) все валюты вместе в основной</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="120" />
            <source>Activities per week</source>
            <translation>Активности по неделям</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="130" />
            <location filename="../../ui/dashboard/view.py" line="137" />
            <source>Oldest overdue tasks</source>
            <translation>Самые давние просроченные задачи</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="168" />
            <source>No deals yet</source>
            <translation>Сделок пока нет</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="174" />
            <source>The dashboard shows your open pipeline, the forecast by month, your win rate and how busy the weeks were once there are deals. Add your first deal — or create deals from an account or a contact's page — and come back here.</source>
            <translation>Когда появятся сделки, сводка покажет открытые сделки, прогноз по месяцам, долю выигранных сделок и загруженность по неделям. Добавьте первую сделку — или создайте сделки на странице компании или контакта — и возвращайтесь сюда.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="183" />
            <source>New deal…</source>
            <translation>Новая сделка…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="278" />
            <source>No deal of this pipeline closed in the period</source>
            <translation>За период ни одна сделка этой воронки не закрыта</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="280" />
            <source>%1 won · %2 lost</source>
            <translation>выиграно: %1 · проиграно: %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="283" />
            <source>No deal won in the period</source>
            <translation>За период выигранных сделок нет</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="286" />
            <source>from creation to won, over %n deal(s)</source>
            <translation>
                <numerusform>от создания до выигрыша, по %n сделке</numerusform>
                <numerusform>от создания до выигрыша, по %n сделкам</numerusform>
                <numerusform>от создания до выигрыша, по %n сделкам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="298" />
            <location filename="../../ui/dashboard/view.py" line="308" />
            <source>and %n more currency(ies)</source>
            <translation>
                <numerusform>и ещё %n валюта</numerusform>
                <numerusform>и ещё %n валюты</numerusform>
                <numerusform>и ещё %n валют</numerusform>
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
                <numerusform>сейчас %n открытая сделка</numerusform>
                <numerusform>сейчас %n открытые сделки</numerusform>
                <numerusform>сейчас %n открытых сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="318" />
            <source>The oldest was due %1</source>
            <translation>Самая давняя — со сроком %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="320" />
            <source>Nothing overdue</source>
            <translation>Просроченного нет</translation>
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
                <numerusform>%n сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="344" />
            <source>%1 — %2 % probability</source>
            <translation>%1 — вероятность %2 %</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="346" />
            <location filename="../../ui/dashboard/view.py" line="377" />
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%n открытая сделка</numerusform>
                <numerusform>%n открытые сделки</numerusform>
                <numerusform>%n открытых сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="347" />
            <source>Click to open this stage on the board</source>
            <translation>Нажмите, чтобы открыть этот этап на доске</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="351" />
            <source>No open deals in this pipeline.</source>
            <translation>В этой воронке нет открытых сделок.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="353" />
            <source>Now, whatever the period. Click a stage to open it.</source>
            <translation>На сегодня, независимо от периода. Нажмите на этап, чтобы открыть его.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="366" />
            <source>Not in it: %n currency(ies) with no rate (%1)</source>
            <translation>
                <numerusform>Не учтена %n валюта без курса (%1)</numerusform>
                <numerusform>Не учтены %n валюты без курса (%1)</numerusform>
                <numerusform>Не учтено %n валют без курса (%1)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="373" />
            <source>Won: %1 (%2)</source>
            <translation>Выиграно: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="375" />
            <source>Weighted forecast: %1 (%2, %3 in total)</source>
            <translation>Взвешенный прогноз: %1 (%2, всего %3)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="379" />
            <source>Every currency with a rate, each deal at the rate of its date</source>
            <translation>Все валюты, у которых есть курс; каждая сделка — по курсу на её дату</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="385" />
            <source>Won</source>
            <translation>Выиграно</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="386" />
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Weighted forecast</source>
            <translation>Взвешенный прогноз</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="390" />
            <source>Nothing won or expected to close in %1 in this period.</source>
            <translation>За этот период в %1 ничего не выиграно и не ожидается к закрытию.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="401" />
            <source>No deal of this pipeline has an amount yet.</source>
            <translation>Ни у одной сделки этой воронки пока нет суммы.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="403" />
            <source>Open deals by expected close, weighted by probability, beside deals won in each month.</source>
            <translation>Открытые сделки по ожидаемой дате закрытия, взвешенные по вероятности, рядом с выигранными сделками каждого месяца.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="414" />
            <source>Week of %1: %2</source>
            <translation>Неделя с %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="427" />
            <source>No calls, meetings, e-mails or notes logged in this period yet.</source>
            <translation>За этот период пока нет записанных звонков, встреч, писем или заметок.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="434" />
            <source>All pipelines, up to today.</source>
            <translation>Все воронки, по сегодняшний день.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="442" />
            <source>No overdue tasks. Well done.</source>
            <translation>Просроченных задач нет. Отлично!</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="444" />
            <source>The oldest %1 of %2. Double-click one to open it.</source>
            <translation>Самые давние: %1 из %2. Дважды щёлкните, чтобы открыть.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="447" />
            <source>Double-click a task to open it.</source>
            <translation>Дважды щёлкните задачу, чтобы открыть её.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>E-mails</source>
            <translation>Письма</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="452" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <source>Probability (%)</source>
            <translation>Вероятность (%)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Open deals</source>
            <translation>Открытые сделки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="460" />
            <source>Amount %1</source>
            <translation>Сумма, %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Open amount</source>
            <translation>Сумма открытых</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Won deals</source>
            <translation>Выигранные сделки</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Won amount</source>
            <translation>Сумма выигранных</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="481" />
            <source>Week starting</source>
            <translation>Начало недели</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="481" />
            <source>Total</source>
            <translation>Всего</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="497" />
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="498" />
            <source>Print report (PDF)</source>
            <translation>Печать отчёта (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="498" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="504" />
            <source>Print report</source>
            <translation>Печать отчёта</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="504" />
            <source>Could not write %1: %2</source>
            <translation>Не удалось записать %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="169" />
            <location filename="../../ui/dashboard/view.py" line="260" />
            <source>All, in %1 ≈</source>
            <translation>Все, в %1 ≈</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../ui/qt_dates.py" line="70" />
            <source>“%1” is not a date (write it as %2, or 2026-03-15)</source>
            <translation>«%1» — не дата (пишите как %2 или 2026-03-15)</translation>
        </message>
    </context>
    <context>
        <name>DealDetailPane</name>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="237" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="251" />
            <source>Won</source>
            <translation>Выиграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="252" />
            <source>Lost…</source>
            <translation>Проиграна…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="253" />
            <source>Reopen</source>
            <translation>Открыть снова</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="254" />
            <source>Move to Trash</source>
            <translation>В корзину</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="277" />
            <source>Amount</source>
            <translation>Сумма</translation>
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
            <translation>Вероятность</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="287" />
            <source>The stage's probability unless you set one for this deal</source>
            <translation>Вероятность этапа, если не задать свою для этой сделки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="289" />
            <source>Expected close</source>
            <translation>Ожидаемое закрытие</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="290" />
            <location filename="../../ui/pipeline/deal_detail.py" line="732" />
            <source>Account</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="298" />
            <source>Pipeline</source>
            <translation>Воронка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="300" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="307" />
            <source>Lead source</source>
            <translation>Источник лида</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="312" />
            <source>&amp;Probability:</source>
            <translation>&amp;Вероятность:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="314" />
            <source>Pipe&amp;line:</source>
            <translation>&amp;Воронка:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="316" />
            <source>Account:</source>
            <translation>Компания:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="318" />
            <source>Amount:</source>
            <translation>Сумма:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="319" />
            <source>Currency:</source>
            <translation>Валюта:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="321" />
            <source>Expected close:</source>
            <translation>Ожидаемое закрытие:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="322" />
            <source>Owner:</source>
            <translation>Ответственный:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="323" />
            <source>Lead source:</source>
            <translation>Источник лида:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="324" />
            <source>Created:</source>
            <translation>Создана:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="336" />
            <source>Type a name to add a contact</source>
            <translation>Введите имя, чтобы добавить контакт</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="337" />
            <source>Add a person to this deal</source>
            <translation>Добавить человека в сделку</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Entered</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Days</source>
            <translation>Дней</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="343" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="343" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="346" />
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="346" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="368" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="371" />
            <source>Stage history</source>
            <translation>История этапов</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="373" />
            <source>Tasks</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="375" />
            <source>Activities</source>
            <translation>Активности</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="388" />
            <location filename="../../ui/pipeline/deal_detail.py" line="411" />
            <source>Select a deal to see its details here.</source>
            <translation>Выберите сделку, чтобы увидеть здесь подробности.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="466" />
            <source>No amount or account yet</source>
            <translation>Пока без суммы и компании</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="472" />
            <source>Won on %1</source>
            <translation>Выиграна %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="474" />
            <source>Lost on %1: %2</source>
            <translation>Проиграна %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="477" />
            <source>Open · %1 · %2</source>
            <translation>Открыта · %1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="498" />
            <source>From %1</source>
            <translation>Из этапа «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="507" />
            <source>Stage's (%1 %)</source>
            <translation>Как у этапа (%1 %)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="528" />
            <source>remove</source>
            <translation>убрать</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="528" />
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="533" />
            <source>No contacts linked to this deal.</source>
            <translation>С этой сделкой не связаны контакты.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Due today</source>
            <translation>Срок сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="550" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="561" />
            <source>No tasks linked to this deal.</source>
            <translation>С этой сделкой не связаны задачи.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="570" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="583" />
            <source>No activities linked to this deal.</source>
            <translation>С этой сделкой не связаны активности.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="588" />
            <source>Next step (overdue): %1, due %2</source>
            <translation>Следующий шаг (просрочен): %1, срок %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="589" />
            <source>Next step (today): %1</source>
            <translation>Следующий шаг (сегодня): %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="589" />
            <source>Next step: %1, due %2</source>
            <translation>Следующий шаг: %1, срок %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="597" />
            <source>Next step: %1, %2</source>
            <translation>Следующий шаг: %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="600" />
            <source>Next step: %1 (no due date)</source>
            <translation>Следующий шаг: %1 (без срока)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="603" />
            <source>⚠ No next step planned for this deal.</source>
            <translation>⚠ Для этой сделки не запланирован следующий шаг.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="641" />
            <source>Edit “%1”</source>
            <translation>Изменить «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="291" />
            <location filename="../../ui/pipeline/deal_detail.py" line="661" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="264" />
            <source>Private</source>
            <translation>Личная</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="266" />
            <source>Only you see this deal: sync puts it in your own calendar, never in the office's (with no calendar of your own it stays on this computer)</source>
            <translation>Сделку видите только вы: синхронизация кладёт её в ваш личный календарь и никогда — в общий календарь офиса (без личного календаря она остаётся только на этом компьютере)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="684" />
            <location filename="../../ui/pipeline/deal_detail.py" line="732" />
            <source>Edit %1 of “%2”</source>
            <translation>Изменение: %1 сделки «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="769" />
            <source>Add %1 to “%2”</source>
            <translation>Добавить %1 в «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="789" />
            <source>Remove %1 from “%2”</source>
            <translation>Убрать %1 из «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="798" />
            <source>Role in the deal</source>
            <translation>Роль в сделке</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="799" />
            <source>%1's role in this deal, such as Decision maker:</source>
            <translation>Роль %1 в этой сделке, например «Принимает решение»:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="805" />
            <source>Role of %1 in “%2”</source>
            <translation>Роль %1 в «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="814" />
            <source>Delete “%1”</source>
            <translation>Удалить «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="819" />
            <source>“%1” is in the Trash. Edit → Undo brings it back.</source>
            <translation>«%1» в корзине. Правка → Отменить вернёт её.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="838" />
            <source>Share “%1” with the office</source>
            <translation>Открыть «%1» офису</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="838" />
            <source>Make “%1” private</source>
            <translation>Сделать «%1» личным</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="844" />
            <source>Mark “%1” won</source>
            <translation>Отметить «%1» как выигранную</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="856" />
            <source>Mark “%1” lost</source>
            <translation>Отметить «%1» как проигранную</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="866" />
            <source>Reopen “%1”</source>
            <translation>Открыть снова «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="751" />
            <location filename="../../ui/pipeline/deal_detail.py" line="873" />
            <source>Move “%1” to %2</source>
            <translation>Переместить «%1» в этап «%2»</translation>
        </message>
    </context>
    <context>
        <name>DealSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="411" />
            <source>New deal</source>
            <translation>Новая сделка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="414" />
            <source>Type to find an account, or a new name</source>
            <translation>Начните вводить название компании или новое имя</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="428" />
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="429" />
            <source>A&amp;ccount</source>
            <translation>&amp;Компания</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="430" />
            <source>&amp;People</source>
            <translation>&amp;Люди</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="431" />
            <source>&amp;Amount</source>
            <translation>&amp;Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="432" />
            <source>C&amp;urrency</source>
            <translation>&amp;Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="433" />
            <source>&amp;Stage</source>
            <translation>&amp;Этап</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="435" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="436" />
            <source>O&amp;wner</source>
            <translation>Отве&amp;тственный</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="246" />
            <source>“%1” is not an amount</source>
            <translation>«%1» — не сумма</translation>
        </message>
    </context>
    <context>
        <name>DealsListView</name>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Open</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Won</source>
            <translation>Выиграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="81" />
            <source>Any status</source>
            <translation>Любой статус</translation>
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
            <translation>&amp;Этап:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="101" />
            <source>Filter deals by title, account, owner or lead source</source>
            <translation>Фильтр сделок по названию, компании, ответственному или источнику лида</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="102" />
            <source>No deals here. Pick another status, pipeline or stage above.</source>
            <translation>Здесь нет сделок. Выберите выше другой статус, воронку или этап.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="103" />
            <source>No deals match “%1”.</source>
            <translation>Нет сделок, подходящих под «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="169" />
            <source>All pipelines</source>
            <translation>Все воронки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="181" />
            <source>All stages</source>
            <translation>Все этапы</translation>
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
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="31" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="31" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="32" />
            <source>Expected close</source>
            <translation>Ожидаемое закрытие</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="32" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="33" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="33" />
            <source>Updated</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Open</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Won</source>
            <translation>Выиграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Lost</source>
            <translation>Проиграна</translation>
        </message>
    </context>
    <context>
        <name>DealsView</name>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="41" />
            <source>&amp;Board</source>
            <translation>&amp;Доска</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="42" />
            <source>&amp;List</source>
            <translation>Спис&amp;ок</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="43" />
            <source>Deals as cards, a column per stage</source>
            <translation>Сделки карточками, по столбцу на этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="44" />
            <source>Deals as a table you can sort and filter</source>
            <translation>Сделки таблицей с сортировкой и фильтром</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <location filename="../../ui/desktop_notifications.py" line="55" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
    </context>
    <context>
        <name>DisqualifySheet</name>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="79" />
            <source>Disqualify “%1”</source>
            <translation>Отклонить «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="81" />
            <source>D&amp;isqualify</source>
            <translation>&amp;Отклонить</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>No budget</source>
            <translation>Нет бюджета</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>No need</source>
            <translation>Нет потребности</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>Chose a competitor</source>
            <translation>Выбрали конкурента</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Could not reach them</source>
            <translation>Не удалось связаться</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Not a fit</source>
            <translation>Не наш клиент</translation>
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
            <translation>Дубликаты</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="64" />
            <source>Possible duplicates</source>
            <translation>Возможные дубликаты</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="103" />
            <source>C&amp;ontacts</source>
            <translation>&amp;Контакты</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="103" />
            <source>A&amp;ccounts</source>
            <translation>Ко&amp;мпании</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="111" />
            <source>&amp;Merge</source>
            <translation>Объ&amp;единить</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="134" />
            <source>&amp;Undo merge</source>
            <translation>&amp;Отменить объединение</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="143" />
            <source>&amp;Look again</source>
            <translation>&amp;Искать снова</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="144" />
            <source>Find the likely duplicates again</source>
            <translation>Снова найти вероятные дубликаты</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="191" />
            <source>Looking for contacts that may be the same person…</source>
            <translation>Поиск контактов, которые могут быть одним человеком…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="193" />
            <source>Looking for accounts that may be the same company…</source>
            <translation>Ищем компании, которые могут быть одной и той же…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="212" />
            <source>No likely duplicates.

Contacts with the same e-mail address or phone number, or a close name at the same company, are listed here.</source>
            <translation>Вероятных дубликатов нет.

Здесь появятся контакты с одинаковой эл. почтой или телефоном либо с похожим именем в одной компании.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="214" />
            <source>No likely duplicates.

Accounts with the same name but for case, punctuation or legal form, a name a letter or two apart, the same web site or the same phone number are listed here.</source>
            <translation>Вероятных дубликатов нет.

Здесь появятся компании с одинаковым названием (без учёта регистра, знаков препинания и организационно-правовой формы), с названиями, отличающимися на одну-две буквы, с одним сайтом или одним телефоном.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="217" />
            <source>Nothing to compare.</source>
            <translation>Сравнивать нечего.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="219" />
            <source>Pairs that may be duplicates: %1</source>
            <translation>Пар возможных дубликатов: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="312" />
            <location filename="../../ui/duplicates/view.py" line="323" />
            <source>Merge “%1” into “%2”</source>
            <translation>Объединить «%1» с «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="336" />
            <source>Undo the merge</source>
            <translation>Отменить объединение</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="347" />
            <source>Merged “%1” into “%2”.</source>
            <translation>«%1» объединён с «%2».</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="349" />
            <source>Undone: %1</source>
            <translation>Отменено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="371" />
            <source>Undo: %1 (%2)</source>
            <translation>Отменить: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="373" />
            <source>No merge to undo</source>
            <translation>Нет объединения для отмены</translation>
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
            <translation>Контакты и компании — для Apple Contacts, Thunderbird, Nextcloud и других современных адресных книг.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="63" />
            <source>vCard 3.0 (.vcf)</source>
            <translation>vCard 3.0 (.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="64" />
            <source>Contacts and companies, for older phones and programs that do not read vCard 4.0.</source>
            <translation>Контакты и компании — для старых телефонов и программ, которые не читают vCard 4.0.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="66" />
            <source>Google Contacts CSV (.csv)</source>
            <translation>CSV для Google Контактов (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="67" />
            <source>Contacts, in the columns Google Contacts imports.</source>
            <translation>Контакты в столбцах, которые импортируют Google Контакты.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="69" />
            <source>Outlook CSV (.csv)</source>
            <translation>CSV для Outlook (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="70" />
            <source>Contacts, in the columns Outlook imports.</source>
            <translation>Контакты в столбцах, которые импортирует Outlook.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="72" />
            <source>iCalendar (.ics)</source>
            <translation>iCalendar (.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="73" />
            <source>Meetings, tasks, calls, e-mails and notes, for any calendar program.</source>
            <translation>Встречи, задачи, звонки, письма и заметки — для любой программы-календаря.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="88" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="89" />
            <source>Export the Segment “%1”</source>
            <translation>Экспорт сегмента «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="101" />
            <source>Everything; or words to export only what a search finds</source>
            <translation>Всё; или слова, чтобы экспортировать только найденное</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="105" />
            <source>Choose where to save the file</source>
            <translation>Выберите, куда сохранить файл</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="106" />
            <source>&amp;Choose…</source>
            <translation>&amp;Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="114" />
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="118" />
            <source>&amp;Only matching:</source>
            <translation>&amp;Только подходящие:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="124" />
            <source>Only:</source>
            <translation>Только:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="124" />
            <source>The segment “%1”, as its list shows it now</source>
            <translation>Сегмент «%1» — как его сейчас показывает список</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="126" />
            <source>&amp;Save to:</source>
            <translation>&amp;Сохранить в:</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="131" />
            <source>Export progress</source>
            <translation>Ход экспорта</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="139" />
            <source>&amp;Export</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="189" />
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="197" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="222" />
            <source>Export to</source>
            <translation>Экспортировать в</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="223" />
            <source>%1 (*%2);;All files (*)</source>
            <translation>%1 (*%2);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="235" />
            <source>%1 of %2 records written…</source>
            <translation>Записано %1 из %2…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="240" />
            <source>Export cancelled; no file was written.</source>
            <translation>Экспорт отменён, файл не записан.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="245" />
            <source>Exported %1 records to %2.</source>
            <translation>В %2 экспортировано записей: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="251" />
            <source>The export failed: %1</source>
            <translation>Экспорт не удался: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="82" />
            <source>New Field</source>
            <translation>Новое поле</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="82" />
            <source>Change Field</source>
            <translation>Изменение поля</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="85" />
            <source>Label</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="88" />
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="90" />
            <source>Its name in exported files, vCards and scripts: lower-case Latin letters, digits and _</source>
            <translation>Имя поля в экспортируемых файлах, vCard и сценариях: строчные латинские буквы, цифры и _</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="94" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="101" />
            <source>Choices</source>
            <translation>Варианты</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="102" />
            <source>One choice a line</source>
            <translation>По одному варианту в строке</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="107" />
            <source>&amp;Label:</source>
            <translation>&amp;Название:</translation>
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
            <translation>&amp;Варианты:</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="122" />
            <source>Add Field</source>
            <translation>Добавить поле</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="122" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="154" />
            <source>Add the field “%1”</source>
            <translation>Добавление поля «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="160" />
            <source>Change the field “%1”</source>
            <translation>Изменение поля «%1»</translation>
        </message>
    </context>
    <context>
        <name>FilesBox</name>
        <message>
            <location filename="../../ui/detail/files_box.py" line="83" />
            <source>Attach a File…</source>
            <translation>Прикрепить файл…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="85" />
            <source>Or drop files on the record</source>
            <translation>Или перетащите файлы на запись</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="95" />
            <location filename="../../ui/detail/files_box.py" line="303" />
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Added</source>
            <translation>Добавлен</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="112" />
            <source>No files yet: drop one here, or attach one.</source>
            <translation>Файлов пока нет: перетащите файл сюда или прикрепите его.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="164" />
            <source>Attach Files</source>
            <translation>Прикрепить файлы</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="174" />
            <location filename="../../ui/detail/files_box.py" line="200" />
            <source>Attach “%1”</source>
            <translation>Прикрепить «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/files_box.py" line="175" />
            <location filename="../../ui/detail/files_box.py" line="201" />
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>Прикрепить %n файл</numerusform>
                <numerusform>Прикрепить %n файла</numerusform>
                <numerusform>Прикрепить %n файлов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="225" />
            <source>Save a Copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="249" />
            <source>Remove “%1”</source>
            <translation>Убрать «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="302" />
            <source>Files (%1)</source>
            <translation>Файлы (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="340" />
            <source>“%1” is on this record already.</source>
            <translation>«%1» уже есть у этой записи.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="341" />
            <source>“%1” was not attached: %2</source>
            <translation>«%1» не прикреплён: %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="378" />
            <source>Rename “%1”</source>
            <translation>Переименовать «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="393" />
            <source>No program opened the file (%1).</source>
            <translation>Ни одна программа не открыла файл (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="396" />
            <source>Saved as %1.</source>
            <translation>Сохранено как %1.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="402" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="403" />
            <source>&amp;Save a Copy As…</source>
            <translation>&amp;Сохранить копию как…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="404" />
            <source>Re&amp;name</source>
            <translation>Переи&amp;меновать</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="406" />
            <source>&amp;Remove from the Record</source>
            <translation>&amp;Убрать из записи</translation>
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="105" />
            <source>Choose the files to import</source>
            <translation>Выберите файлы для импорта</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="106" />
            <source>Contacts from vCard (.vcf) or CSV files, meetings and tasks from iCalendar (.ics) files. You can also drop files on this window.</source>
            <translation>Контакты — из файлов vCard (.vcf) или CSV, встречи и задачи — из файлов iCalendar (.ics). Файлы можно также перетащить в это окно.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="111" />
            <source>Files to import</source>
            <translation>Файлы для импорта</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="117" />
            <source>No files chosen yet.

Choose “Add files…”, or drop vCard, CSV or iCalendar files here.</source>
            <translation>Файлы ещё не выбраны.

Нажмите «Добавить файлы…» или перетащите сюда файлы vCard, CSV или iCalendar.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="124" />
            <source>&amp;Add files…</source>
            <translation>&amp;Добавить файлы…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="126" />
            <source>Choose files (%1)</source>
            <translation>Выбор файлов (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="129" />
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="160" />
            <source>Looking at the files…</source>
            <translation>Просмотр файлов…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="198" />
            <source>Import files</source>
            <translation>Импорт файлов</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="199" />
            <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical *.txt);;All files (*)</source>
            <translation>Контакты и календари (*.vcf *.vcard *.csv *.ics *.ical *.txt);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="429" />
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="430" />
            <source>Records are written in batches. Cancel stops after the record being written; what was imported until then stays.</source>
            <translation>Записи сохраняются порциями. Отмена остановит импорт после текущей записи; всё импортированное до этого сохранится.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="436" />
            <source>Import progress</source>
            <translation>Ход импорта</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="437" />
            <source>&amp;Cancel import</source>
            <translation>&amp;Отменить импорт</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="458" />
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="474" />
            <source>Import %1</source>
            <translation>Импорт %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="482" />
            <source>Stopping after record %1…</source>
            <translation>Остановка после записи %1…</translation>
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
            <translation>Контакты (vCard)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="41" />
            <source>Contacts (CSV)</source>
            <translation>Контакты (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="42" />
            <source>Calendar (iCalendar)</source>
            <translation>Календарь (iCalendar)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="43" />
            <source>Empty</source>
            <translation>Пусто</translation>
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
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="45" />
            <source>Meeting</source>
            <translation>Встреча</translation>
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
            <translation>Заметка</translation>
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
            <translation>Содержимое</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="99" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="128" />
            <source>Columns to match up on the next page</source>
            <translation>Столбцы нужно сопоставить на следующей странице</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="148" />
            <source>Keep as an extra field</source>
            <translation>Сохранить как доп. поле</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="148" />
            <source>Leave out</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="149" />
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="149" />
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="150" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="150" />
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="151" />
            <source>Name prefix (Mr, Dr)</source>
            <translation>Обращение (г-н, д-р)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="152" />
            <source>Name suffix (Jr)</source>
            <translation>Суффикс имени (мл.)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="152" />
            <source>Nickname</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="153" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="153" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="154" />
            <source>Job title</source>
            <translation>Должность</translation>
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
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="156" />
            <source>State or region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="157" />
            <source>Postal code</source>
            <translation>Индекс</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="157" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="158" />
            <source>PO box</source>
            <translation>Абонентский ящик</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="158" />
            <source>Address line 2</source>
            <translation>Адрес, строка 2</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="159" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="159" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="160" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="160" />
            <source>Other date</source>
            <translation>Другая дата</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="161" />
            <source>Related person</source>
            <translation>Связанный человек</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="161" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="162" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="166" />
            <source>Custom field: %1</source>
            <translation>Дополнительное поле: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="203" />
            <source>Column in the file</source>
            <translation>Столбец в файле</translation>
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
            <translation>Импортировать как</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="276" />
            <location filename="../../ui/importer/models.py" line="333" />
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="277" />
            <location filename="../../ui/importer/models.py" line="334" />
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="277" />
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="278" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="278" />
            <source>Problems</source>
            <translation>Проблемы</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="295" />
            <source>Will not be imported: %1</source>
            <translation>Не будет импортировано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="334" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/importer/wizard.py" line="59" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
    </context>
    <context>
        <name>InlineField</name>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="505" />
            <source>Click or press F2 to edit</source>
            <translation>Щёлкните или нажмите F2, чтобы изменить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="294" />
            <source>Ctrl+Enter saves, Esc cancels</source>
            <translation>Ctrl+Enter — сохранить, Esc — отменить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="141" />
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="142" />
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="161" />
            <source>Write an e-mail</source>
            <translation>Написать письмо</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="163" />
            <source>Call</source>
            <translation>Позвонить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="165" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="166" />
            <source>Open in the browser</source>
            <translation>Открыть в браузере</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="314" />
            <source>Pick a date (Alt+Down)</source>
            <translation>Выбрать дату (Alt+Вниз)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="315" />
            <source>Pick a date</source>
            <translation>Выбрать дату</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="503" />
            <source>Click the link to open it (Ctrl+Enter); click beside it or press F2 to edit</source>
            <translation>Щёлкните ссылку, чтобы открыть её (Ctrl+Enter); щёлкните рядом или нажмите F2, чтобы изменить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="504" />
            <source>Click or press Space to change</source>
            <translation>Щёлкните или нажмите Пробел, чтобы изменить</translation>
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
            <translation>раб.</translation>
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
            <translation>видео</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="19" />
            <source>textphone</source>
            <translation>текстофон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="20" />
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="20" />
            <source>school</source>
            <translation>учёба</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="21" />
            <source>internet</source>
            <translation>интернет</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="21" />
            <source>personal</source>
            <translation>личн.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="22" />
            <source>spouse</source>
            <translation>супруг(а)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="22" />
            <source>partner</source>
            <translation>партнёр</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="23" />
            <source>child</source>
            <translation>ребёнок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="23" />
            <source>parent</source>
            <translation>родитель</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="24" />
            <source>mother</source>
            <translation>мать</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="24" />
            <source>father</source>
            <translation>отец</translation>
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
            <translation>ассистент</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="27" />
            <source>manager</source>
            <translation>руководитель</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="28" />
            <source>colleague</source>
            <translation>коллега</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="28" />
            <source>anniversary</source>
            <translation>годовщина</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="29" />
            <source>birthday</source>
            <translation>день рождения</translation>
        </message>
    </context>
    <context>
        <name>LeadDetailPane</name>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="63" />
            <source>&amp;Qualify…</source>
            <translation>&amp;Квалифицировать…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="64" />
            <source>Make its contact, account and deal (or take those there are), with its history (Ctrl+Shift+Q)</source>
            <translation>Создать по нему контакт, компанию и сделку (или взять уже существующие) вместе с его историей (Ctrl+Shift+Q)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="67" />
            <source>D&amp;isqualify…</source>
            <translation>&amp;Отклонить…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="68" />
            <source>Close it, saying why (Ctrl+Shift+X)</source>
            <translation>Закрыть лид, указав причину (Ctrl+Shift+X)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="70" />
            <source>&amp;Reopen</source>
            <translation>В&amp;ернуть в работу</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="71" />
            <source>Work on it again, as contacted (its reason goes)</source>
            <translation>Снова работать с лидом как со связавшимся (причина отклонения убирается)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="90" />
            <source>Reopen “%1”</source>
            <translation>Вернуть в работу «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="126" />
            <source>Select a lead to see where it came from and its history here.</source>
            <translation>Выберите лид, чтобы увидеть здесь, откуда он пришёл, и его историю.</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="143" />
            <source>from %1</source>
            <translation>источник: %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="149" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="149" />
            <location filename="../../ui/leads/lead_pane.py" line="160" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="158" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="162" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="163" />
            <source>Job title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="164" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="166" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="168" />
            <source>Lead</source>
            <translation>Лид</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="169" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="170" />
            <source>Web form, fair, referral…</source>
            <translation>Форма на сайте, выставка, рекомендация…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="174" />
            <source>Contacted</source>
            <translation>Контакт установлен</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="180" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="181" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="184" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="195" />
            <source>contact %1</source>
            <translation>контакт %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="196" />
            <source>account %1</source>
            <translation>компания %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="197" />
            <source>deal %1</source>
            <translation>сделка %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="201" />
            <source>%1 — became %2</source>
            <translation>%1 — стал: %2</translation>
        </message>
    </context>
    <context>
        <name>Leads</name>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="31" />
            <source>New</source>
            <translation>Новый</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="32" />
            <source>Contacted</source>
            <translation>Контакт установлен</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="33" />
            <source>Qualified</source>
            <translation>Квалифицирован</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="34" />
            <source>Disqualified</source>
            <translation>Отклонён</translation>
        </message>
    </context>
    <context>
        <name>LeadsModel</name>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Owner</source>
            <translation>Ответственный</translation>
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
            <translation>Добавить лид: «Анна Петрова, ООО Север, anna@sever.example.org, от выставки»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="125" />
            <source>New lead</source>
            <translation>Новый лид</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="128" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="129" />
            <source>Add the lead (Enter)</source>
            <translation>Добавить лид (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Open</source>
            <translation>Открытые</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Qualified</source>
            <translation>Квалифицированные</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Disqualified</source>
            <translation>Отклонённые</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="230" />
            <source>No leads yet. Type one in the line above, or import a web form’s CSV (File ▸ Import Leads…).</source>
            <translation>Лидов пока нет. Введите лид в строке выше или импортируйте CSV формы с сайта (Файл ▸ Импорт лидов…).</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="232" />
            <source>None here.</source>
            <translation>Здесь ничего нет.</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="271" />
            <source>New lead “%1”</source>
            <translation>Новый лид «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="292" />
            <source>Not added: %1</source>
            <translation>Не добавлено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="299" />
            <source>Name, company, e-mail, phone, “from” a source — separated by commas</source>
            <translation>Имя, компания, эл. почта, телефон, «от» источника — через запятую</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
    </context>
    <context>
        <name>LogCallSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="268" />
            <source>Log a call</source>
            <translation>Записать звонок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="268" />
            <source>Log an e-mail</source>
            <translation>Записать письмо</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="272" />
            <source>What was the e-mail about?</source>
            <translation>О чём было письмо?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="273" />
            <source>What was it about?</source>
            <translation>О чём был разговор?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>Interested</source>
            <translation>Заинтересован</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>Left a message</source>
            <translation>Оставил сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>No answer</source>
            <translation>Нет ответа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="277" />
            <source>Not interested</source>
            <translation>Не заинтересован</translation>
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
            <translation>&amp;Когда</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="288" />
            <source>&amp;Notes</source>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="292" />
            <source>Edit call</source>
            <translation>Изменить звонок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="292" />
            <source>Edit e-mail</source>
            <translation>Изменить письмо</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="302" />
            <source>Edit “%1”</source>
            <translation>Изменить «%1»</translation>
        </message>
    </context>
    <context>
        <name>LogUndoStack</name>
        <message>
            <location filename="../../ui/operations/undo_stack.py" line="74" />
            <source>Undo %1</source>
            <translation>Отменить: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/undo_stack.py" line="80" />
            <source>Redo %1</source>
            <translation>Повторить: %1</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="16" />
            <source>Mark as lost</source>
            <translation>Отметить как проигранную</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="17" />
            <source>Why was “%1” lost?</source>
            <translation>Почему сделка «%1» проиграна?</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="26" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="29" />
            <source>For example: chose a competitor</source>
            <translation>Например: выбрали конкурента</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="39" />
            <source>Mark lost</source>
            <translation>Отметить проигранной</translation>
        </message>
    </context>
    <context>
        <name>MailAccountsDialog</name>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="59" />
            <source>Mail Accounts</source>
            <translation>Почтовые учётные записи</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="60" />
            <source>Mail from and to your contacts comes onto their timelines from these accounts; nothing else of your mail is kept, and nothing on the server is changed.</source>
            <translation>Письма от ваших контактов и к ним попадают в их ленты из этих учётных записей; больше ничего из вашей почты не сохраняется, и на сервере ничего не меняется.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="64" />
            <source>Mail accounts</source>
            <translation>Почтовые учётные записи</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="66" />
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="69" />
            <location filename="../../ui/mail_accounts_dialog.py" line="192" />
            <source>&amp;Fetch Now</source>
            <translation>&amp;Получить сейчас</translation>
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
            <translation>часто это ваш адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="91" />
            <source>Inbox and Sent</source>
            <translation>Входящие и Отправленные</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="92" />
            <source>The folders to read, separated by commas; empty: the Inbox and the Sent folder</source>
            <translation>Папки для чтения через запятую; если пусто — Входящие и Отправленные</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="94" />
            <source>&amp;Trust this server's certificate</source>
            <translation>Доверя&amp;ть сертификату этого сервера</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="100" />
            <source>&amp;Add Account</source>
            <translation>&amp;Добавить запись</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="106" />
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="107" />
            <source>&amp;Connection:</source>
            <translation>Соеди&amp;нение:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="108" />
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="109" />
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="110" />
            <source>&amp;Password:</source>
            <translation>Паро&amp;ль:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="111" />
            <source>Fo&amp;lders:</source>
            <translation>Пап&amp;ки:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="114" />
            <source>No keyring is available on this system: the password is kept until Rapport closes and will be asked for again.</source>
            <translation>В этой системе нет хранилища паролей: пароль хранится до закрытия Rapport и будет запрошен снова.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="168" />
            <source>%1 — %2 — last fetched %3</source>
            <translation>%1 — %2 — последнее получение: %3</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="171" />
            <source>Not read: %1</source>
            <translation>Не прочитано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="180" />
            <source>No mail account yet: add one below.</source>
            <translation>Почтовых учётных записей пока нет: добавьте запись ниже.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="192" />
            <source>Cancel &amp;Fetch</source>
            <translation>&amp;Прервать получение</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="219" />
            <source>Logging in to %1…</source>
            <translation>Вход на %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="223" />
            <source>Add mail account</source>
            <translation>Добавить почтовую учётную запись</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="233" />
            <source>Added %1; reading %2.</source>
            <translation>Добавлено: %1; читаются папки: %2.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="249" />
            <source>Not added: the server's TLS certificate is not signed by an authority this computer trusts. If this is your own server, compare the fingerprint below with the server's and tick the box.</source>
            <translation>Не добавлено: TLS-сертификат сервера не подписан центром, которому доверяет этот компьютер. Если это ваш собственный сервер, сравните отпечаток ниже с отпечатком сервера и отметьте флажок.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="254" />
            <source>Not added: %1</source>
            <translation>Не добавлено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="266" />
            <source>Not added: the server's certificate could not be read (%1).</source>
            <translation>Не добавлено: не удалось прочитать сертификат сервера (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="272" />
            <source>SHA-256 fingerprint:</source>
            <translation>Отпечаток SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="286" />
            <source>Remove Mail Account</source>
            <translation>Удалить почтовую учётную запись</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="287" />
            <source>Remove %1? Its password is forgotten; the e-mails it brought stay on the timelines.</source>
            <translation>Удалить %1? Её пароль будет забыт; полученные через неё письма останутся в лентах.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="292" />
            <source>Remove mail account</source>
            <translation>Удалить почтовую учётную запись</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="297" />
            <source>Removed %1; its e-mails stay on the timelines.</source>
            <translation>%1 удалена; её письма остаются в лентах.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="307" />
            <source>Stopping after the messages being written…</source>
            <translation>Остановка после записи текущих писем…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="317" />
            <source>Fetching mail…</source>
            <translation>Получение почты…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="322" />
            <source>%1 messages read…</source>
            <translation>Прочитано писем: %1…</translation>
        </message>
    </context>
    <context>
        <name>MailFetcher</name>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="100" />
            <source>Fetch mail</source>
            <translation>Получить почту</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="137" />
            <source>Mail: new on timelines: %1 (messages read: %2; from and to no contact: %3).</source>
            <translation>Почта: новых в лентах: %1 (прочитано писем: %2; не от контактов и не к ним: %3).</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="141" />
            <source>Stopped. %1</source>
            <translation>Остановлено. %1</translation>
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
            <translation>Импорт почты</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="46" />
            <source>E-mail from and to your contacts goes onto their timelines and their companies'. Nothing else of your mail is kept. A message imported before is passed over.</source>
            <translation>Письма от ваших контактов и к ним попадают в их историю и в историю их компаний. Остальная почта не сохраняется. Уже импортированные письма пропускаются.</translation>
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
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="75" />
            <location filename="../../ui/mail_dialog.py" line="117" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="86" />
            <source>No Thunderbird profile was found here: choose an mbox file or a Maildir folder.</source>
            <translation>Профиль Thunderbird здесь не найден: выберите файл mbox или папку Maildir.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="104" />
            <source>Choose an mbox File</source>
            <translation>Выбор файла mbox</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="109" />
            <source>Choose a Maildir Folder</source>
            <translation>Выбор папки Maildir</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="117" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="131" />
            <source>Import mail from %1</source>
            <translation>Импорт почты из %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="135" />
            <source>Reading %1…</source>
            <translation>Чтение %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="139" />
            <source>%1 messages read…</source>
            <translation>Прочитано сообщений: %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="145" />
            <source>%1 messages read: %2 e-mails put on timelines, %3 already here, %4 from and to no contact (left out).</source>
            <translation>Прочитано сообщений: %1. Добавлено в историю писем: %2, уже были здесь: %3, не от контактов и не к ним (пропущены): %4.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="151" />
            <source>%1 could not be read, %2 were deleted in the mail program: both skipped.</source>
            <translation>Не удалось прочитать: %1, удалены в почтовой программе: %2 — все пропущены.</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="154" />
            <source>Stopped. %1</source>
            <translation>Остановлено. %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="159" />
            <source>Nothing more was imported: %1</source>
            <translation>Больше ничего не импортировано: %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="172" />
            <location filename="../../ui/mail_dialog.py" line="180" />
            <source>Stopping after the messages being written…</source>
            <translation>Остановка после записи текущих сообщений…</translation>
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
            <translation>Поиск по контактам, компаниям, лидам, сделкам, активностям и задачам</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>Filter contacts by name, company, e-mail, phone or city</source>
            <translation>Фильтр контактов по имени, компании, эл. почте, телефону или городу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>No contacts yet. Contacts you add or import will be listed here.</source>
            <translation>Контактов пока нет. Здесь появятся добавленные или импортированные контакты.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="189" />
            <source>No contacts match “%1”.</source>
            <translation>Нет контактов, подходящих под «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>Filter accounts by name, industry, website, phone or city</source>
            <translation>Фильтр компаний по названию, отрасли, сайту, телефону или городу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>No accounts yet. Companies you add or import will be listed here.</source>
            <translation>Компаний пока нет. Здесь появятся добавленные или импортированные компании.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>No accounts match “%1”.</source>
            <translation>Нет компаний, подходящих под «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Sections</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>Qualified: the deal “%1” is on the board</source>
            <translation>Квалифицирован: сделка «%1» на доске</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="316" />
            <source>Qualified</source>
            <translation>Квалифицирован</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="399" />
            <source>&amp;Sync</source>
            <translation>С&amp;инхронизация</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="420" />
            <source>Fetching mail…</source>
            <translation>Получение почты…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="427" />
            <source>Mail is being fetched already.</source>
            <translation>Почта уже получается.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Search</source>
            <translation>По&amp;иск</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Contacts</source>
            <translation>&amp;Контакты</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Accounts</source>
            <translation>Компа&amp;нии</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Deals</source>
            <translation>Сд&amp;елки</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>Tas&amp;ks</source>
            <translation>Зада&amp;чи</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Ca&amp;lendar</source>
            <translation>Ка&amp;лендарь</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Das&amp;hboard</source>
            <translation>Сво&amp;дка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>D&amp;uplicates</source>
            <translation>Ду&amp;бликаты</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>&amp;Trash</source>
            <translation>Ко&amp;рзина</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="536" />
            <source>L&amp;eads</source>
            <translation>Лид&amp;ы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="551" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="552" />
            <source>New &amp;Contact…</source>
            <translation>Новый &amp;контакт…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="554" />
            <source>New &amp;Account…</source>
            <translation>Новая комп&amp;ания…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <source>New &amp;Lead…</source>
            <translation>Новый &amp;лид…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="557" />
            <source>The Leads section's line: a lead typed on one line</source>
            <translation>Строка раздела «Лиды»: лид, набранный одной строкой</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="559" />
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="560" />
            <source>vCard, CSV or iCalendar files</source>
            <translation>Файлы vCard, CSV или iCalendar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="561" />
            <source>Import &amp;Mail…</source>
            <translation>Импорт &amp;почты…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="562" />
            <source>E-mail from and to your contacts, from Thunderbird, an mbox file or a Maildir folder</source>
            <translation>Письма от ваших контактов и к ним — из Thunderbird, файла mbox или папки Maildir</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="564" />
            <source>Import Lea&amp;ds…</source>
            <translation>Импорт лид&amp;ов…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="565" />
            <source>A CSV file of leads, such as a web form's export</source>
            <translation>CSV-файл лидов, например выгрузка формы с сайта</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="566" />
            <source>&amp;Fetch Mail</source>
            <translation>Полу&amp;чить почту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="567" />
            <source>What is new in your mail accounts, onto the timelines</source>
            <translation>Новое из ваших почтовых учётных записей — в ленты</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="568" />
            <source>Mail Accoun&amp;ts…</source>
            <translation>Почтовые &amp;учётные записи…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="569" />
            <source>The IMAP accounts whose mail comes onto the timelines</source>
            <translation>Учётные записи IMAP, письма из которых попадают в ленты</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="571" />
            <source>Currencies and E&amp;xchange Rates…</source>
            <translation>&amp;Валюты и курсы…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="573" />
            <source>The home currency totals are added up in, and the rates</source>
            <translation>Основная валюта, в которой складываются итоги, и курсы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="574" />
            <source>C&amp;ustom Fields…</source>
            <translation>&amp;Дополнительные поля…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="575" />
            <source>The fields you add to contacts, accounts, deals, activities and tasks</source>
            <translation>Поля, которые вы добавляете к контактам, компаниям, сделкам, действиям и задачам</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="577" />
            <location filename="../../ui/main_window.py" line="1300" />
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="579" />
            <source>Your &amp;Name in the Office…</source>
            <translation>Ваше и&amp;мя в офисе…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="581" />
            <source>The person of the office you are: the owner of your new deals and tasks, and what “Only Mine” shows</source>
            <translation>Кто вы в офисе: ответственный за ваши новые сделки и задачи, и то, что показывает «Только мои»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="584" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="588" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="589" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="592" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="602" />
            <source>&amp;Move to Trash</source>
            <translation>Пере&amp;местить в корзину</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="606" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="608" />
            <source>&amp;Go to or Run…</source>
            <translation>П&amp;ерейти или выполнить…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="609" />
            <source>Jump to any record or run any command by name</source>
            <translation>Перейти к любой записи или выполнить любую команду по названию</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="612" />
            <source>&amp;Record</source>
            <translation>&amp;Запись</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="613" />
            <source>&amp;Log a Call…</source>
            <translation>Записать &amp;звонок…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="615" />
            <source>&amp;Write an E-mail…</source>
            <translation>&amp;Написать письмо…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="617" />
            <source>A new message in your mail program, to the record's people</source>
            <translation>Новое письмо в вашей почтовой программе — людям этой записи</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="619" />
            <source>Log an &amp;E-mail…</source>
            <translation>Записать п&amp;исьмо…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="620" />
            <source>Put an e-mail written or read elsewhere on the timeline</source>
            <translation>Добавить в историю письмо, написанное или прочитанное в другой программе</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="621" />
            <source>Add a &amp;Note…</source>
            <translation>Добавить за&amp;метку…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="623" />
            <source>Add a &amp;Task…</source>
            <translation>Добавить з&amp;адачу…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="625" />
            <source>New &amp;Deal…</source>
            <translation>Новая &amp;сделка…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="628" />
            <source>Attach a &amp;File…</source>
            <translation>Прикрепить &amp;файл…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="629" />
            <source>Keep a file with the record (or drop the file on the record)</source>
            <translation>Хранить файл вместе с записью (или перетащите файл на запись)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="630" />
            <source>&amp;Qualify Lead…</source>
            <translation>&amp;Квалифицировать лид…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="631" />
            <source>Make the lead's contact, account and deal</source>
            <translation>Создать по лиду контакт, компанию и сделку</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="632" />
            <source>D&amp;isqualify Lead…</source>
            <translation>&amp;Отклонить лид…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="634" />
            <source>Close the lead, saying why</source>
            <translation>Закрыть лид, указав причину</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="636" />
            <source>&amp;Offer the Next Step After Calls and Moves</source>
            <translation>&amp;Предлагать следующий шаг после звонков и перемещений</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="642" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="651" />
            <source>Totals in Each Curre&amp;ncy</source>
            <translation>Итоги в каждой &amp;валюте</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="654" />
            <source>Show the board's totals per currency rather than added up in the home currency (a click on a column's total does the same)</source>
            <translation>Показывать итоги доски по каждой валюте, а не в сумме в основной валюте (то же делает щелчок по итогу колонки)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="660" />
            <source>Pipeline on a Past Da&amp;y…</source>
            <translation>Воронка на &amp;прошлую дату…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="661" />
            <source>The pipeline as it stood on a day, and what moved between two days</source>
            <translation>Воронка такой, какой она была в тот день, и что изменилось между двумя датами</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="663" />
            <source>&amp;Reports…</source>
            <translation>О&amp;тчёты…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="664" />
            <source>Deals won and lost by owner, source, stage or month; activities by kind or period</source>
            <translation>Выигранные и проигранные сделки по ответственным, источникам, этапам или месяцам; активности по видам и периодам</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="666" />
            <source>A&amp;ppearance</source>
            <translation>&amp;Оформление</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <location filename="../../ui/main_window.py" line="680" />
            <source>Follow the &amp;System</source>
            <translation>Как в &amp;системе</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <source>&amp;Light</source>
            <translation>&amp;Светлое</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="670" />
            <source>&amp;Dark</source>
            <translation>&amp;Тёмное</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="677" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="689" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="690" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="692" />
            <source>&amp;About Rapport</source>
            <translation>&amp;О программе Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="699" />
            <source>Main</source>
            <translation>Основная</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="765" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="766" />
            <source>Rapport will show the language you chose the next time it starts.</source>
            <translation>Rapport переключится на выбранный язык при следующем запуске.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="797" />
            <source>This item is not linked to a contact, account or deal.</source>
            <translation>Этот элемент не связан с контактом, компанией или сделкой.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="867" />
            <source>Exported %1 records to %2</source>
            <translation>В %2 экспортировано записей: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="938" />
            <location filename="../../ui/main_window.py" line="952" />
            <location filename="../../ui/main_window.py" line="963" />
            <source>Import Leads</source>
            <translation>Импорт лидов</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="939" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="950" />
            <source>Import leads from %1</source>
            <translation>Импорт лидов из %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="959" />
            <source>New leads: %1 · already leads: %2 · refused: %3</source>
            <translation>Новых лидов: %1 · уже были: %2 · отклонено: %3</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1031" />
            <source>No one on this deal has an e-mail address.</source>
            <translation>Ни у кого в этой сделке нет адреса электронной почты.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1033" />
            <source>No mail program opened the message: is one set as the default?</source>
            <translation>Ни одна почтовая программа не открыла письмо: выбрана ли программа по умолчанию?</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1149" />
            <source>Not saved: %1 — %2</source>
            <translation>Не сохранено: %1 — %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1193" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln контакт</numerusform>
                <numerusform>%Ln контакта</numerusform>
                <numerusform>%Ln контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1194" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln компания</numerusform>
                <numerusform>%Ln компании</numerusform>
                <numerusform>%Ln компаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1195" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln сделка</numerusform>
                <numerusform>%Ln сделки</numerusform>
                <numerusform>%Ln сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1196" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln активность</numerusform>
                <numerusform>%Ln активности</numerusform>
                <numerusform>%Ln активностей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1197" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln задача</numerusform>
                <numerusform>%Ln задачи</numerusform>
                <numerusform>%Ln задач</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1212" />
            <source>Nothing matches “%1”.</source>
            <translation>Ничего не найдено по запросу «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1219" />
            <source>Type a name, company, e-mail, phone number or any word from a note.</source>
            <translation>Введите имя, компанию, эл. почту, номер телефона или любое слово из заметки.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1236" />
            <source>Add sample data</source>
            <translation>Добавить примеры данных</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1301" />
            <source>&amp;Tag Everyone…</source>
            <translation>&amp;Пометить всех тегом…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1302" />
            <source>Re&amp;name…</source>
            <translation>Пере&amp;именовать…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1304" />
            <source>&amp;Remove Segment</source>
            <translation>&amp;Удалить сегмент</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1329" />
            <source>Tag Everyone</source>
            <translation>Пометить всех тегом</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1330" />
            <source>A tag for everyone in “%1”:</source>
            <translation>Тег для всех в сегменте «%1»:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1338" />
            <source>Tag everyone in “%1”</source>
            <translation>Пометить всех в «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1340" />
            <source>“%1” given to %2 more.</source>
            <translation>Тег «%1» добавлен ещё %2.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1346" />
            <source>Rename Segment</source>
            <translation>Переименовать сегмент</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1346" />
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1351" />
            <source>Rename the segment “%1”</source>
            <translation>Переименование сегмента «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1412" />
            <source>About Rapport</source>
            <translation>О программе Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1413" />
            <source>Rapport — an offline-first CRM for small business.
Data folder: %1</source>
            <translation>Rapport — CRM для малого бизнеса, работающая без интернета.
Папка данных: %1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="215" />
            <source>Match up the columns</source>
            <translation>Сопоставьте столбцы</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="216" />
            <source>These CSV files are not Google or Outlook exports. Say what each column holds; columns kept as extra fields are stored with the contact and exported again.</source>
            <translation>Эти CSV-файлы не являются экспортом из Google или Outlook. Укажите, что содержит каждый столбец; столбцы, сохранённые как доп. поля, хранятся вместе с контактом и снова попадают в экспорт.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="244" />
            <source>Columns of %1</source>
            <translation>Столбцы файла %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="272" />
            <source>In %1, choose at least one column for a name, an e-mail address or a phone number: a row needs one of them to become a contact.</source>
            <translation>В файле %1 выберите хотя бы один столбец с именем, эл. почтой или телефоном: без них строка не станет контактом.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="276" />
            <source>Rows are checked on the next page before anything is written.</source>
            <translation>Строки будут проверены на следующей странице, прежде чем что-либо будет записано.</translation>
        </message>
    </context>
    <context>
        <name>MeetingSheet</name>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="38" />
            <source>New meeting</source>
            <translation>Новая встреча</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="43" />
            <source>What is it about?</source>
            <translation>О чём встреча?</translation>
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
            <translation>Не повторяется</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Every day</source>
            <translation>Каждый день</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Every week</source>
            <translation>Каждую неделю</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="63" />
            <source>Every two weeks</source>
            <translation>Каждые две недели</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="63" />
            <source>Every month</source>
            <translation>Каждый месяц</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="70" />
            <source>&amp;Subject</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="71" />
            <source>&amp;When</source>
            <translation>&amp;Когда</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="72" />
            <source>&amp;Repeats</source>
            <translation>&amp;Повтор</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="73" />
            <source>&amp;Location</source>
            <translation>&amp;Место</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="74" />
            <source>W&amp;ith</source>
            <translation>&amp;Участники</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="82" />
            <source>Edit meeting</source>
            <translation>Изменить встречу</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="91" />
            <source>As it was set up</source>
            <translation>Как было задано</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="117" />
            <source>A meeting needs a subject.</source>
            <translation>Укажите тему встречи.</translation>
        </message>
    </context>
    <context>
        <name>MineFilter</name>
        <message>
            <location filename="../../ui/office.py" line="127" />
            <source>Only &amp;Mine</source>
            <translation>Только &amp;мои</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="188" />
            <source>Only the deals and tasks %1 owns</source>
            <translation>Только сделки и задачи, за которые отвечает %1</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="190" />
            <source>Only the deals and tasks you own (asks your name in the office first)</source>
            <translation>Только ваши сделки и задачи (сначала спросит ваше имя в офисе)</translation>
        </message>
    </context>
    <context>
        <name>NewAccountSheet</name>
        <message>
            <location filename="../../ui/detail/new_record.py" line="72" />
            <source>New account</source>
            <translation>Новая компания</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="78" />
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="79" />
            <source>&amp;Industry</source>
            <translation>&amp;Отрасль</translation>
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
            <translation>Новый контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="33" />
            <source>Type to find an account, or a new name</source>
            <translation>Начните вводить название компании или новое имя</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="36" />
            <source>&amp;Given name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="37" />
            <source>&amp;Family name</source>
            <translation>&amp;Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="38" />
            <source>&amp;E-mail</source>
            <translation>&amp;Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="39" />
            <source>&amp;Phone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="40" />
            <source>&amp;Company</source>
            <translation>&amp;Компания</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="41" />
            <source>&amp;Job title</source>
            <translation>&amp;Должность</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="67" />
            <source>New contact “%1”</source>
            <translation>Новый контакт «%1»</translation>
        </message>
    </context>
    <context>
        <name>NextStepSheet</name>
        <message>
            <location filename="../../ui/detail/next_step.py" line="39" />
            <source>Schedule the next step</source>
            <translation>Запланировать следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>E-mail</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>To-do</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="54" />
            <source>&amp;Offer this after every call and stage move</source>
            <translation>&amp;Предлагать после каждого звонка и смены этапа</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="57" />
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="58" />
            <source>&amp;Kind</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="59" />
            <source>&amp;When</source>
            <translation>&amp;Когда</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="65" />
            <source>Schedule “%1”</source>
            <translation>Запланировать «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="86" />
            <source>Call about %1</source>
            <translation>Звонок по сделке «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="86" />
            <source>Meeting about %1</source>
            <translation>Встреча по сделке «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="87" />
            <source>E-mail about %1</source>
            <translation>Письмо по сделке «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="89" />
            <source>Call %1</source>
            <translation>Позвонить: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="89" />
            <source>Meeting with %1</source>
            <translation>Встреча: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="90" />
            <source>E-mail %1</source>
            <translation>Написать: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="90" />
            <source>Follow up with %1</source>
            <translation>Связаться: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="87" />
            <source>Follow up on %1</source>
            <translation>Вернуться к %1</translation>
        </message>
    </context>
    <context>
        <name>NoteSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="317" />
            <source>Add a note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="322" />
            <source>&amp;Note</source>
            <translation>&amp;Заметка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="325" />
            <source>Edit note</source>
            <translation>Изменить заметку</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <location filename="../../ui/office.py" line="104" />
            <source>Set your name in the office to “%1”</source>
            <translation>Ваше имя в офисе: «%1»</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/said.py" line="34" />
            <source>Not saved: %1</source>
            <translation>Не сохранено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/operation.py" line="219" />
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="191" />
            <location filename="../../ui/operations/operation.py" line="221" />
            <source>Not done: %1</source>
            <translation>Не выполнено: %1</translation>
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
            <translation>Связано с</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Late</source>
            <translation>Просрочка</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="59" />
            <source>today</source>
            <translation>сегодня</translation>
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
            <translation>Воронка на прошлую дату</translation>
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
            <translation>Этап и сделка</translation>
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
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="75" />
            <source>Weighted</source>
            <translation>С учётом вероятности</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="80" />
            <source>At the end of &amp;day:</source>
            <translation>На &amp;конец дня:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="89" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="89" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="99" />
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="99" />
            <source>&amp;To:</source>
            <translation>П&amp;о:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="111" />
            <source>On a &amp;Day</source>
            <translation>&amp;На дату</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="112" />
            <source>What &amp;Moved</source>
            <translation>&amp;Что изменилось</translation>
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
            <translation>На этом этапе с %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/past_dialog.py" line="194" />
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%n открытая сделка</numerusform>
                <numerusform>%n открытые сделки</numerusform>
                <numerusform>%n открытых сделок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="195" />
            <source>%1 at the end of %2: %3.</source>
            <translation>%1 на конец %2: %3.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="197" />
            <source>≈ %1 in all, %2 weighted, at that day's rates.</source>
            <translation>≈ %1 всего, %2 с учётом вероятности, по курсам того дня.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="200" />
            <source>Each deal in the stage it stood in that day; amounts and names are today's, and a deal won or lost and reopened since counts as open.</source>
            <translation>Каждая сделка — на этапе, где она была в тот день; суммы и названия — сегодняшние, а сделка, выигранная или проигранная и затем снова открытая, считается открытой.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="206" />
            <source>made in %1</source>
            <translation>создана на этапе %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="207" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="208" />
            <source>won (in %1)</source>
            <translation>выиграна (на этапе %1)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="209" />
            <source>lost (in %1)</source>
            <translation>проиграна (на этапе %1)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="215" />
            <source>Nothing moved in these days.</source>
            <translation>За эти дни ничего не изменилось.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/past_dialog.py" line="228" />
            <source>%1 + %n other currency(ies)</source>
            <translation>
                <numerusform>%1 + ещё %n валюта</numerusform>
                <numerusform>%1 + ещё %n валюты</numerusform>
                <numerusform>%1 + ещё %n валют</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <location filename="../../ui/detail/pickers.py" line="179" />
            <source>Type a name to add a contact</source>
            <translation>Введите имя, чтобы добавить контакт</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="185" />
            <source>Remove</source>
            <translation>Убрать</translation>
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
            <translation>Изменить этапы…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="283" />
            <source>Won</source>
            <translation>Выиграна</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="285" />
            <source>Mark the selected deal won, or drop a card here</source>
            <translation>Отметить выбранную сделку выигранной или перетащить сюда карточку</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="286" />
            <source>Lost…</source>
            <translation>Проиграна…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="288" />
            <source>Mark the selected deal lost, or drop a card here</source>
            <translation>Отметить выбранную сделку проигранной или перетащить сюда карточку</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="400" />
            <source>Move “%1” to %2</source>
            <translation>Переместить «%1» в этап «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="418" />
            <source>Moved “%1” to %2.</source>
            <translation>Сделка «%1» перемещена на этап «%2».</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="432" />
            <source>Mark “%1” won</source>
            <translation>Отметить «%1» как выигранную</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="434" />
            <source>“%1” marked won.</source>
            <translation>Сделка «%1» отмечена выигранной.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="445" />
            <source>Mark “%1” lost</source>
            <translation>Отметить «%1» как проигранную</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="444" />
            <source>“%1” marked lost: %2</source>
            <translation>Сделка «%1» отмечена проигранной: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="491" />
            <source>Move to previous stage</source>
            <translation>На предыдущий этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="493" />
            <source>Move to next stage</source>
            <translation>На следующий этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="495" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="496" />
            <source>Mark won</source>
            <translation>Отметить выигранной</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="497" />
            <source>Mark lost…</source>
            <translation>Отметить проигранной…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="550" />
            <source>No open deals in “%1”.
Deals you add appear here, a column per stage; won and lost deals are in the list.</source>
            <translation>В воронке «%1» нет открытых сделок.
Добавленные сделки появятся здесь, по столбцу на этап; выигранные и проигранные — в списке.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="666" />
            <source>Move to</source>
            <translation>Переместить на этап</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="287" />
            <source>Check the records</source>
            <translation>Проверка записей</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="288" />
            <source>Nothing has been written yet: this is a dry run of the import.</source>
            <translation>Пока ничего не записано: это пробный прогон импорта.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="290" />
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="297" />
            <source>Checking progress</source>
            <translation>Ход проверки</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="298" />
            <source>&amp;Stop</source>
            <translation>&amp;Остановить</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="299" />
            <source>Stop checking; the import itself can still go ahead</source>
            <translation>Остановить проверку; сам импорт всё равно можно выполнить</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="301" />
            <source>Show only records with &amp;problems</source>
            <translation>Показывать только записи с &amp;проблемами</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="309" />
            <source>Records in the files</source>
            <translation>Записи в файлах</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="342" />
            <source>Reading the files and trying the import without writing anything…</source>
            <translation>Чтение файлов и пробный импорт без записи…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="387" />
            <source>Checking stopped after %1 records. You can still import: every record is checked again as it is written.</source>
            <translation>Проверка остановлена после %1 записей. Импортировать всё равно можно: каждая запись проверяется повторно при записи.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="391" />
            <source>Dry run: %1 new · %2 updated · %3 unchanged · %4 not importable · %5 with warnings.</source>
            <translation>Пробный прогон: новых — %1 · обновлённых — %2 · без изменений — %3 · не импортируются — %4 · с предупреждениями — %5.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="403" />
            <source>The files could not be checked: %1</source>
            <translation>Не удалось проверить файлы: %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="414" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
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
            <translation>Вероятность</translation>
        </message>
    </context>
    <context>
        <name>QualifySheet</name>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="19" />
            <source>Qualify “%1”</source>
            <translation>Квалифицировать «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="21" />
            <source>&amp;Qualify</source>
            <translation>&amp;Квалифицировать</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="26" />
            <source>no one: the lead has no person's name</source>
            <translation>никто: у лида нет имени человека</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="26" />
            <source>%1 — new</source>
            <comment>a contact</comment>
            <translation>%1 — будет создан</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="29" />
            <source>none: the lead has no company</source>
            <translation>нет: у лида нет компании</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="29" />
            <source>%1 — new</source>
            <comment>an account</comment>
            <translation>%1 — будет создана</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="32" />
            <source>&amp;Make a deal in the first stage</source>
            <translation>&amp;Создать сделку на первом этапе</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="33" />
            <source>Its lead source: “%1”</source>
            <translation>Источник лида: «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="33" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="42" />
            <source>&amp;Deal</source>
            <translation>С&amp;делка</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="43" />
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="44" />
            <source>&amp;Amount</source>
            <translation>С&amp;умма</translation>
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
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="54" />
            <source>%1 — the one there is</source>
            <translation>%1 — уже есть</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailPane</name>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="184" />
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="237" />
            <location filename="../../ui/detail/base_pane.py" line="941" />
            <source>Delete “%1”</source>
            <translation>Удаление «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="247" />
            <source>Share “%1” with the office</source>
            <translation>Открыть «%1» офису</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="247" />
            <source>Make “%1” private</source>
            <translation>Сделать «%1» личным</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="272" />
            <source>There is no e-mail address to write to here.</source>
            <translation>Здесь нет адреса электронной почты, на который можно написать.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="275" />
            <source>No mail program opened the message: is one set as the default?</source>
            <translation>Ни одна почтовая программа не открыла письмо: выбрана ли программа по умолчанию?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="304" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="306" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="311" />
            <source>Move to Trash</source>
            <translation>Переместить в корзину</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="314" />
            <source>Log a call…</source>
            <translation>Записать звонок…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="317" />
            <source>Write an e-mail…</source>
            <translation>Написать письмо…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="319" />
            <source>Log an e-mail…</source>
            <translation>Записать письмо…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="321" />
            <source>Add a note…</source>
            <translation>Добавить заметку…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="323" />
            <source>Add a task…</source>
            <translation>Добавить задачу…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="325" />
            <source>New deal…</source>
            <translation>Новая сделка…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="327" />
            <source>Private</source>
            <translation>Личное</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="330" />
            <source>Only you see it: sync puts it in your own address book, never in the office's (with no address book of your own it stays on this computer)</source>
            <translation>Видите только вы: синхронизация кладёт запись в вашу личную адресную книгу и никогда — в общую книгу офиса (без личной книги запись остаётся только на этом компьютере)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="573" />
            <source>This record no longer exists.</source>
            <translation>Эта запись больше не существует.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="580" />
            <source>“%1” is in the Trash.</source>
            <translation>«%1» находится в корзине.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="594" />
            <source>No next step — &lt;a href="action:task"&gt;Add a task&lt;/a&gt;</source>
            <translation>Нет следующего шага — &lt;a href="action:task"&gt;Добавить задачу&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="597" />
            <source>Next: %1</source>
            <translation>Далее: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="604" />
            <source>Next: %1 — &lt;span style="color:%3"&gt;overdue since %2&lt;/span&gt;</source>
            <translation>Далее: %1 — &lt;span style="color:%3"&gt;просрочено с %2&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="607" />
            <source>Next: %1 — due today</source>
            <translation>Далее: %1 — срок сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="609" />
            <source>Next: %1 — due %2</source>
            <translation>Далее: %1 — срок %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="664" />
            <source>Hide empty fields</source>
            <translation>Скрыть пустые поля</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="665" />
            <source>Show empty fields (%1)</source>
            <translation>Показать пустые поля (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="676" />
            <source>None yet.</source>
            <translation>Пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="713" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="752" />
            <source>Edit %1</source>
            <translation>Изменение: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="870" />
            <source>This e-mail has no attached files.</source>
            <translation>У этого письма нет вложенных файлов.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="877" />
            <source>There is no original of this e-mail here: it was logged by hand, or the mail folder it was read from no longer holds it.</source>
            <translation>Оригинала этого письма здесь нет: его записали вручную, или в почтовой папке, из которой его прочитали, его больше нет.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="881" />
            <source>No program opened the message (%1).</source>
            <translation>Ни одна программа не открыла письмо (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="929" />
            <source>Link to the deal “%1”</source>
            <translation>Связать со сделкой «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="929" />
            <source>Unlink from the deal “%1”</source>
            <translation>Отвязать от сделки «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="941" />
            <source>Delete a timeline entry</source>
            <translation>Удалить запись хронологии</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1038" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1039" />
            <source>Add tags, separated by commas</source>
            <translation>Добавьте теги через запятую</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1062" />
            <source>won</source>
            <translation>выиграна</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1062" />
            <source>lost</source>
            <translation>проиграна</translation>
        </message>
    </context>
    <context>
        <name>RecordListView</name>
        <message>
            <location filename="../../ui/views/record_list.py" line="327" />
            <source>The list could not be counted: %1</source>
            <translation>Не удалось посчитать записи списка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="89" />
            <source>Tag</source>
            <translation>Тег</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="90" />
            <source>Only records with this tag</source>
            <translation>Только записи с этим тегом</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="93" />
            <source>Save as &amp;Segment…</source>
            <translation>Сохранить как &amp;сегмент…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="94" />
            <source>Keep this filter in the navigation</source>
            <translation>Сохранить этот фильтр в панели навигации</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="97" />
            <source>Co&amp;lumns</source>
            <translation>Стол&amp;бцы</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="98" />
            <source>Choose the columns shown</source>
            <translation>Выбрать отображаемые столбцы</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="107" />
            <source>The columns the list is filtered by: choose one to remove it</source>
            <translation>Столбцы, по которым отфильтрован список: выберите условие, чтобы убрать его</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="148" />
            <source>Clear filter</source>
            <translation>Сбросить фильтр</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/record_list.py" line="212" />
            <location filename="../../ui/views/record_list.py" line="283" />
            <source>Filtered by %n column(s)</source>
            <translation>
                <numerusform>Фильтр по %n столбцу</numerusform>
                <numerusform>Фильтр по %n столбцам</numerusform>
                <numerusform>Фильтр по %n столбцам</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="249" />
            <source>Remove: %1</source>
            <translation>Убрать: %1</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="254" />
            <source>Rows Matching &amp;Any One</source>
            <translation>Строки, где выполнено &amp;любое условие</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="258" />
            <source>Show All Rows</source>
            <translation>Показать все строки</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="272" />
            <source>All tags</source>
            <translation>Все теги</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="313" />
            <source>Save as Segment</source>
            <translation>Сохранить как сегмент</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="313" />
            <source>Name of the segment:</source>
            <translation>Название сегмента:</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="323" />
            <source>Save the segment “%1”</source>
            <translation>Сохранение сегмента «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="331" />
            <source>Remove the segment “%1”</source>
            <translation>Удаление сегмента «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="102" />
            <source>&amp;Filter by</source>
            <translation>&amp;Фильтр по</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="409" />
            <source>Filter by “%1”…</source>
            <translation>Фильтр по «%1»…</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders.py" line="81" />
            <source>Due today</source>
            <translation>Срок сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="86" />
            <source>Starts %1</source>
            <translation>Начало в %1</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="87" />
            <source>Due %1</source>
            <translation>Срок: %1</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="141" />
            <location filename="../../ui/reminders.py" line="329" />
            <source>(no title)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="155" />
            <source>Reminders</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="166" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="167" />
            <source>Snooze</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="171" />
            <source>1 hour</source>
            <translation>1 час</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="173" />
            <source>%1 minutes</source>
            <translation>%1 минут</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="178" />
            <source>Dismiss</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="179" />
            <source>Dismiss (Delete)</source>
            <translation>Закрыть (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="180" />
            <source>Dismiss all</source>
            <translation>Закрыть все</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="193" />
            <source>Reminders that came due. Snooze one to see it again later.</source>
            <translation>Наступившие напоминания. Отложите напоминание, чтобы увидеть его позже.</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="329" />
            <source>Snooze “%1”</source>
            <translation>Отложить «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="392" />
            <location filename="../../ui/reminders.py" line="396" />
            <source>Reminder</source>
            <translation>Напоминание</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../ui/reports_dialog.py" line="52" />
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="56" />
            <source>Report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="57" />
            <location filename="../../ui/reports_dialog.py" line="81" />
            <source>Deals won and lost</source>
            <translation>Выигранные и проигранные сделки</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="58" />
            <source>Activities</source>
            <translation>Активности</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="59" />
            <source>Leads and deals won, by source</source>
            <translation>Лиды и выигранные сделки по источникам</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="61" />
            <source>Grouped by</source>
            <translation>Группировка</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="64" />
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="64" />
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="69" />
            <source>Print to &amp;PDF…</source>
            <translation>Печать в &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="72" />
            <source>&amp;Report:</source>
            <translation>&amp;Отчёт:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="72" />
            <source>&amp;By:</source>
            <translation>&amp;Группировка:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="73" />
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="73" />
            <source>&amp;To:</source>
            <translation>П&amp;о:</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="116" />
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="116" />
            <location filename="../../ui/reports_dialog.py" line="120" />
            <source>Lead source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="117" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="117" />
            <location filename="../../ui/reports_dialog.py" line="120" />
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="124" />
            <source>Week</source>
            <translation>Неделя</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="169" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>E-mails</source>
            <translation>Письма</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="176" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="183" />
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Won</source>
            <translation>Выиграно</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="184" />
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Lost</source>
            <translation>Проиграно</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="187" />
            <source>No deal was won or lost in this period.</source>
            <translation>За этот период ни одна сделка не выиграна и не проиграна.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Win rate</source>
            <translation>Доля выигранных</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="190" />
            <location filename="../../ui/reports_dialog.py" line="227" />
            <source>Won amounts</source>
            <translation>Суммы выигранных</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="190" />
            <location filename="../../ui/reports_dialog.py" line="227" />
            <source>Won in %1</source>
            <translation>Выиграно в %1</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="191" />
            <source>Average days to close</source>
            <translation>Дней до закрытия в среднем</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="191" />
            <source>Median days to close</source>
            <translation>Дней до закрытия (медиана)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="202" />
            <source>Deals by the day they were won or lost, in the stage they closed in. Not in the home currency's column: %1 (no exchange rate).</source>
            <translation>Сделки — по дню выигрыша или проигрыша, на этапе, где они закрыты. Не вошли в колонку основной валюты: %1 (нет курса).</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="205" />
            <source>Deals by the day they were won or lost, in the stage they closed in.</source>
            <translation>Сделки — по дню выигрыша или проигрыша, на этапе, где они закрыты.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="211" />
            <source>Won: %1 · Lost: %2</source>
            <translation>Выиграно: %1 · Проиграно: %2</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="212" />
            <source>Days to close: %1 on average</source>
            <translation>Дней до закрытия: %1 в среднем</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="219" />
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Captured</source>
            <translation>Получено</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="220" />
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Qualified</source>
            <translation>Квалифицировано</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="221" />
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Deals won</source>
            <translation>Выиграно сделок</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="223" />
            <source>No lead was captured or decided, and no deal won, in this period.</source>
            <translation>За этот период не было ни новых лидов, ни решений по ним, ни выигранных сделок.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Disqualified</source>
            <translation>Отклонено</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Still open</source>
            <translation>Ещё открыты</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Qualification rate</source>
            <translation>Доля квалифицированных</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="239" />
            <source>Leads by the day they were captured, qualified or disqualified; deals by the day they were won, under their lead source.</source>
            <translation>Лиды — по дню получения, квалификации или отклонения; сделки — по дню выигрыша, по источнику лида.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="250" />
            <source>No call, meeting, e-mail or note in this period.</source>
            <translation>За этот период нет звонков, встреч, писем и заметок.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="252" />
            <source>In all</source>
            <translation>Всего</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="256" />
            <source>An activity's owner is whoever logged it here (or whose it was where sync brought it); those logged before owners were kept have none.</source>
            <translation>Владелец действия — тот, кто записал его здесь (или чьим оно было там, откуда его принесла синхронизация); у записанных до появления владельцев его нет.</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="267" />
            <location filename="../../ui/reports_dialog.py" line="278" />
            <location filename="../../ui/reports_dialog.py" line="292" />
            <source>Print to PDF</source>
            <translation>Печать в PDF</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="268" />
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="292" />
            <source>Could not write %1.</source>
            <translation>Не удалось записать %1.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="521" />
            <location filename="../../ui/importer/pages.py" line="568" />
            <source>Import finished</source>
            <translation>Импорт завершён</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="526" />
            <source>New records:</source>
            <translation>Новые записи:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="526" />
            <source>Updated:</source>
            <translation>Обновлено:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="527" />
            <source>Unchanged:</source>
            <translation>Без изменений:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="527" />
            <source>Merged:</source>
            <translation>Объединено:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="528" />
            <source>Not imported:</source>
            <translation>Не импортировано:</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="535" />
            <location filename="../../ui/importer/pages.py" line="539" />
            <source>Records not imported</source>
            <translation>Неимпортированные записи</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="546" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="568" />
            <source>Import cancelled</source>
            <translation>Импорт отменён</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="570" />
            <source>The import stopped on an error: %1. Records written before it stay.</source>
            <translation>Импорт остановлен из-за ошибки: %1. Записи, сохранённые до неё, остаются.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="573" />
            <source>Imported %1 of %2 records before it was cancelled. They stay.</source>
            <translation>До отмены импортировано %1 из %2 записей. Они сохранены.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="576" />
            <source>Imported %1 records before it was cancelled. They stay.</source>
            <translation>До отмены импортировано записей: %1. Они сохранены.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="578" />
            <source>Imported %1 of %2 records. The others are listed below with the reason.</source>
            <translation>Импортировано %1 из %2 записей. Остальные перечислены ниже с указанием причины.</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="581" />
            <source>All %1 records imported.</source>
            <translation>Все записи импортированы (%1).</translation>
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
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="14" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="15" />
            <source>Activity</source>
            <translation>Активность</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="16" />
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="17" />
            <source>Lead</source>
            <translation>Лид</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="59" />
            <source>Name</source>
            <translation>Название</translation>
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
            <location filename="../../app/accounts.py" line="217" />
            <source>only an account in the Trash can be purged</source>
            <translation>удалить навсегда можно только компанию из корзины</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="271" />
            <source>an account needs a name</source>
            <translation>у компании должно быть название</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="280" />
            <source>%1 is not a web address (such as example.com)</source>
            <translation>%1 — не веб-адрес (например, example.com)</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="245" />
            <source>an activity is a call, meeting, email or note, not %1</source>
            <translation>активность — это звонок, встреча, письмо или заметка, а не %1</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="254" />
            <source>a duration cannot be negative</source>
            <translation>длительность не может быть отрицательной</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="256" />
            <source>a note needs some text</source>
            <translation>в заметке должен быть текст</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="283" />
            <source>a meeting cannot end before it starts</source>
            <translation>встреча не может закончиться раньше, чем началась</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="292" />
            <source>SEQUENCE cannot be negative</source>
            <translation>SEQUENCE не может быть отрицательным</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="373" />
            <source>%1 is not a time zone Rapport knows (an IANA name such as Europe/Berlin) and no VTIMEZONE for it is kept</source>
            <translation>Rapport не знает часовой пояс %1 (нужно имя IANA, например Europe/Berlin), и описания VTIMEZONE для него нет</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="392" />
            <source>%1 is not a recurrence rule: %2</source>
            <translation>%1 — не правило повторения: %2</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="400" />
            <source>an alarm needs an action (DISPLAY, AUDIO, EMAIL)</source>
            <translation>у напоминания должно быть действие (DISPLAY, AUDIO, EMAIL)</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="403" />
            <source>an alarm is related to START or END, not %1</source>
            <translation>напоминание привязывается к START или END, а не к %1</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="408" />
            <source>an alarm needs one trigger: minutes before or after, or a moment</source>
            <translation>напоминанию нужен ровно один срок: за сколько минут до или после, или точный момент</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="416" />
            <source>%1 is not an iCalendar property name</source>
            <translation>%1 — не имя свойства iCalendar</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="419" />
            <source>the value of %1 has a line break (it must stay escaped)</source>
            <translation>в значении %1 есть перевод строки (он должен оставаться экранированным)</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="335" />
            <source>this account is linked already</source>
            <translation>эта компания уже связана</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="342" />
            <source>a kept vCard property needs a name</source>
            <translation>у сохранённого свойства vCard должно быть имя</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="345" />
            <source>a photo needs its image type, such as image/jpeg</source>
            <translation>у фотографии должен быть тип изображения, например image/jpeg</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="354" />
            <source>a contact needs a name: fill in a given or family name, or a display name</source>
            <translation>у контакта должно быть имя: заполните имя, фамилию или отображаемое имя</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="521" />
            <source>only a contact in the Trash can be purged</source>
            <translation>удалить навсегда можно только контакт из корзины</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="186" />
            <source>%1 is not one of the deal's people</source>
            <translation>%1 не участвует в этой сделке</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="215" />
            <source>say why the deal was lost</source>
            <translation>укажите, почему сделка проиграна</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="311" />
            <source>a deal needs a title</source>
            <translation>у сделки должно быть название</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="330" />
            <source>an amount needs a currency (an ISO 4217 code such as EUR)</source>
            <translation>для суммы нужна валюта (код ISO 4217, например EUR)</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="338" />
            <source>a probability is a percentage from 0 to 100</source>
            <translation>вероятность — это процент от 0 до 100</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="67" />
            <source>the list has no column %1 to filter by</source>
            <translation>в списке нет столбца %1 для фильтра</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="117" />
            <location filename="../../app/segments.py" line="196" />
            <source>a segment needs a name</source>
            <translation>у сегмента должно быть название</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="121" />
            <source>the list has a segment %1 already</source>
            <translation>в списке уже есть сегмент %1</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="170" />
            <location filename="../../app/tags.py" line="134" />
            <location filename="../../app/tags.py" line="204" />
            <source>a tag needs a name</source>
            <translation>у метки должно быть название</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="193" />
            <source>segments are of the lists %1, not %2</source>
            <translation>сегменты бывают у списков %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="199" />
            <source>%1 is not a way to compare (one of %2)</source>
            <translation>%1 — не способ сравнения (допустимы: %2)</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="202" />
            <source>a segment filters the list: give it a text, a tag or a condition</source>
            <translation>сегмент фильтрует список: задайте текст, тег или условие</translation>
        </message>
        <message>
            <location filename="../../app/tags.py" line="141" />
            <source>there is already a tag called %1</source>
            <translation>метка %1 уже есть</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="249" />
            <source>a task needs a title</source>
            <translation>у задачи должно быть название</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="261" />
            <source>a due time needs a due date</source>
            <translation>для времени нужен срок (дата)</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="269" />
            <source>priority goes from 0 (none) and 1 (highest) to 9 (lowest)</source>
            <translation>приоритет — 0 (нет) или от 1 (наивысший) до 9 (самый низкий)</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="174" />
            <location filename="../../app/leads.py" line="195" />
            <source>a lead is qualified by qualifying it, which makes its contact, account and deal</source>
            <translation>лид квалифицируют командой «Квалифицировать»: она создаёт контакт, компанию и сделку</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="192" />
            <location filename="../../app/leads.py" line="213" />
            <source>this lead is qualified: undo its qualifying to work on it as a lead again</source>
            <translation>этот лид квалифицирован: отмените квалификацию, чтобы снова работать с ним как с лидом</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="209" />
            <location filename="../../app/leads.py" line="392" />
            <source>say why the lead is disqualified</source>
            <translation>укажите, почему лид отклонён</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="234" />
            <source>this lead is qualified already</source>
            <translation>этот лид уже квалифицирован</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="237" />
            <source>this lead was disqualified: reopen it to qualify it</source>
            <translation>этот лид отклонён: верните его в работу, чтобы квалифицировать</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="291" />
            <source>From the lead</source>
            <translation>Из лида</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="364" />
            <source>only a lead in the Trash can be purged</source>
            <translation>удалить навсегда можно только лид из корзины</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="374" />
            <source>a lead needs a name or a company</source>
            <translation>у лида должно быть имя или компания</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="388" />
            <location filename="../../app/tasks.py" line="272" />
            <source>status is one of %1, not %2</source>
            <translation>статус — один из: %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="275" />
            <source>percent complete goes from 0 to 100</source>
            <translation>процент выполнения — от 0 до 100</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="280" />
            <source>a recurring task needs a due date to repeat from</source>
            <translation>повторяющейся задаче нужен срок, от которого она повторяется</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="27" />
            <source>an e-mail address cannot be empty</source>
            <translation>адрес электронной почты не может быть пустым</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="38" />
            <source>%1 is not an e-mail address: %2</source>
            <translation>%1 — не адрес электронной почты: %2</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="47" />
            <source>it has no @</source>
            <translation>в нём нет @</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="49" />
            <source>nothing follows the @</source>
            <translation>после @ ничего нет</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="51" />
            <source>nothing comes before the @</source>
            <translation>перед @ ничего нет</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="53" />
            <source>it holds a character an address cannot have</source>
            <translation>в нём есть символ, недопустимый в адресе</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="55" />
            <source>what follows the @ is not a domain (such as example.com)</source>
            <translation>после @ должен быть домен (например, example.com)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="56" />
            <source>it is not written as an address is (name@example.com)</source>
            <translation>он записан не как адрес (имя@example.com)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="63" />
            <source>%1 is not a phone number: it needs at least three digits</source>
            <translation>%1 — не номер телефона: нужно хотя бы три цифры</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="99" />
            <source>%1 is not an ISO 4217 currency code (such as EUR, USD, RUB, CNY)</source>
            <translation>%1 — не код валюты ISO 4217 (например EUR, USD, RUB, CNY)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="117" />
            <source>%1 has more than %2 decimal places, which %3 does not have</source>
            <translation>в %1 больше %2 знаков после запятой, а у %3 их нет</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="120" />
            <source>%1 %2 is too large an amount</source>
            <translation>%1 %2 — слишком большая сумма</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="135" />
            <location filename="../../app/validation.py" line="137" />
            <source>%1 is not an amount</source>
            <translation>%1 — не сумма</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="139" />
            <source>an amount cannot be negative</source>
            <translation>сумма не может быть отрицательной</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="155" />
            <source>%1 is not a date (expected YYYY-MM-DD)</source>
            <translation>%1 — не дата (ожидается ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="168" />
            <source>%1 is not a date and time (expected YYYY-MM-DD HH:MM)</source>
            <translation>%1 — не дата и время (ожидается ГГГГ-ММ-ДД ЧЧ:ММ)</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="195" />
            <source>%1 is not a time of day (expected HH:MM)</source>
            <translation>%1 — не время суток (ожидается ЧЧ:ММ)</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="75" />
            <source>same name but for case, punctuation or legal form</source>
            <translation>одинаковое название без учёта регистра, знаков препинания и формы собственности</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="88" />
            <source>similar name</source>
            <translation>похожее название</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="90" />
            <source>same web site</source>
            <translation>один и тот же сайт</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="92" />
            <source>same phone</source>
            <translation>один и тот же телефон</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="105" />
            <source>an account cannot be merged with itself</source>
            <translation>компанию нельзя объединить саму с собой</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="151" />
            <source>%1 is not a server address</source>
            <translation>%1 — не адрес сервера</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="184" />
            <source>the server pointed to %1, which is not on %2 (the account's server); refused, nothing was sent there</source>
            <translation>сервер указал на %1, а это не %2 (сервер учётной записи); отказано, туда ничего не отправлено</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="211" />
            <source>%1 %2: the server took longer than %3 s to answer; the request was given up</source>
            <translation>%1 %2: сервер не ответил за %3 с; запрос прерван</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="215" />
            <source>%1: %2; nothing was sent. If the server really has a new certificate, add the account again with --trust-certificate</source>
            <translation>%1: %2; ничего не отправлено. Если у сервера действительно новый сертификат, добавьте учётную запись заново и доверьте ему (--trust-certificate)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="219" />
            <location filename="../../sync/imap.py" line="113" />
            <source>%1: the server's TLS certificate is not trusted (%2). If this is your own server and you trust it, add the account with --trust-certificate</source>
            <translation>%1: TLS-сертификату сервера нет доверия (%2). Если это ваш собственный сервер и вы ему доверяете, добавьте учётную запись с доверием к сертификату (--trust-certificate)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="224" />
            <source>%1 %2: the server did not answer in %3 s</source>
            <translation>%1 %2: сервер не ответил за %3 с</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="227" />
            <source>%1 %2: the connection failed (%3)</source>
            <translation>%1 %2: не удалось соединиться (%3)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="233" />
            <location filename="../../sync/memory.py" line="70" />
            <source>%1 %2: the server is out of space (507)</source>
            <translation>%1 %2: на сервере нет места (507)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="244" />
            <source>the server is busy or failing (%1 on %2 %3); it asks to retry in %4 s</source>
            <translation>сервер занят или сбоит (%1 на %2 %3); он просит повторить через %4 с</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="248" />
            <location filename="../../sync/memory.py" line="73" />
            <source>the server is busy or failing (%1 on %2 %3); try again later</source>
            <translation>сервер занят или сбоит (%1 на %2 %3); попробуйте позже</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="258" />
            <location filename="../../sync/memory.py" line="78" />
            <source>the server refused the user name or password (%1); enter them again</source>
            <translation>сервер не принял имя пользователя или пароль (%1); введите их снова</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="263" />
            <location filename="../../sync/memory.py" line="81" />
            <source>%1 %2: changed on the server meanwhile</source>
            <translation>%1 %2: тем временем изменено на сервере</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="265" />
            <location filename="../../sync/memory.py" line="83" />
            <location filename="../../sync/memory.py" line="356" />
            <location filename="../../sync/memory.py" line="398" />
            <source>%1 %2: the server answered %3</source>
            <translation>%1 %2: сервер ответил %3</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="291" />
            <source>%1 %2: the server sent the request on to %3, an unencrypted http:// address; not followed, so neither the password nor any data went there</source>
            <translation>%1 %2: сервер перенаправил запрос на %3 — незашифрованный адрес http://; перенаправление не выполнено, ни пароль, ни данные туда не ушли</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="296" />
            <source>%1 %2: the server sent the request on to %3, on another server; not followed (nothing was sent there). If the account really moved, add it again with that address</source>
            <translation>%1 %2: сервер перенаправил запрос на %3, на другой сервер; перенаправление не выполнено (туда ничего не отправлено). Если учётная запись действительно переехала, добавьте её заново с этим адресом</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="507" />
            <source>%1: no CardDAV or CalDAV service found there (no current-user-principal)</source>
            <translation>%1: служба CardDAV или CalDAV там не найдена (нет current-user-principal)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="619" />
            <location filename="../../sync/imap.py" line="298" />
            <source>%1: could not read the server's certificate (%2)</source>
            <translation>%1: не удалось прочитать сертификат сервера (%2)</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="622" />
            <location filename="../../sync/imap.py" line="301" />
            <source>%1: the server showed no certificate</source>
            <translation>%1: сервер не показал сертификат</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="637" />
            <source>%1: the server's answer could not be read (%2); nothing of it was used</source>
            <translation>%1: ответ сервера не удалось прочитать (%2); из него ничего не использовано</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="47" />
            <source>the server's name cannot be found (no network, or a mistyped address)</source>
            <translation>имя сервера не найдено (нет сети или адрес введён с ошибкой)</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="50" />
            <source>the server refused the connection (is it running, and is the address right?)</source>
            <translation>сервер отказал в соединении (запущен ли он и верен ли адрес?)</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="53" />
            <source>the server closed the connection</source>
            <translation>сервер закрыл соединение</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="55" />
            <source>the network or the server cannot be reached</source>
            <translation>сеть или сервер недоступны</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="85" />
            <source>call, e-mail or note</source>
            <translation>звонок, письмо или заметка</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="88" />
            <source>contact group</source>
            <translation>группа контактов</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="91" />
            <source>contacts</source>
            <translation>контакты</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="92" />
            <source>accounts</source>
            <translation>компании</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="93" />
            <source>meetings</source>
            <translation>встречи</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="94" />
            <source>tasks</source>
            <translation>задачи</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="95" />
            <source>calls, e-mails and notes</source>
            <translation>звонки, письма и заметки</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="96" />
            <source>deals</source>
            <translation>сделки</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="97" />
            <source>leads</source>
            <translation>лиды</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="98" />
            <source>contact groups</source>
            <translation>группы контактов</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="186" />
            <source>the sync was stopped; it goes on from here next time</source>
            <translation>синхронизация остановлена; в следующий раз она продолжится с этого места</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="245" />
            <source>the server's getlastmodified did not move with a change; asking for the ctag from now on</source>
            <translation>getlastmodified на сервере не меняется вместе с данными; теперь запрашивается ctag</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="277" />
            <source>the server lists none of the meetings and tasks synced before (%1); nothing was deleted here. If that is right, run the sync again allowing a mass delete</source>
            <translation>на сервере нет ни одной из встреч и задач, синхронизированных ранее (%1); здесь ничего не удалено. Если так и должно быть, запустите синхронизацию снова, разрешив массовое удаление</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="281" />
            <source>the server lists none of the cards synced before (%1); nothing was deleted here. If that is right, run the sync again allowing a mass delete</source>
            <translation>на сервере нет ни одной из карточек, синхронизированных ранее (%1); здесь ничего не удалено. Если так и должно быть, запустите синхронизацию снова, разрешив массовое удаление</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="395" />
            <source>%1: the same card (UID %2) is also at %3; following that one</source>
            <translation>%1: та же карточка (UID %2) есть и по адресу %3; синхронизируется та</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="434" />
            <location filename="../../sync/engine.py" line="722" />
            <source>%1 %2: deleted here but changed on the server; brought back</source>
            <translation>%1 %2: запись удалена здесь, но изменена на сервере; она восстановлена</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="466" />
            <source>%1 %2: both sides changed %3; kept the server's version, yours is in the conflict list</source>
            <translation>%1 %2: обе стороны изменили %3; оставлена версия сервера, ваша — в списке конфликтов</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="486" />
            <source>%1 %2: deleted on the server but changed here; uploading it again</source>
            <translation>%1 %2: запись удалена на сервере, но изменена здесь; она будет отправлена снова</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="538" />
            <source>all the %1 synced with this collection (%2) were deleted here; the server keeps them until a sync allowing a mass delete</source>
            <translation>все %1, синхронизированные с этой коллекцией (%2), удалены здесь; сервер хранит их до синхронизации, в которой разрешено массовое удаление</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="589" />
            <source>%1 %2 changed on the server; it moves after the next sync has brought the change</source>
            <translation>%1 %2: запись изменена на сервере и переместится после того, как следующая синхронизация принесёт это изменение</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="825" />
            <source>made the calendar “%1” for the office's calls, e-mails and notes</source>
            <translation>создан календарь «%1» для звонков, писем и заметок офиса</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="850" />
            <source>%1 at %2: no password known; add the account again</source>
            <translation>%1 на %2: пароль неизвестен; добавьте учётную запись снова</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="869" />
            <source>%1; the rest was not uploaded</source>
            <translation>%1; остальное не отправлено</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="880" />
            <source>%1 at %2: %3</source>
            <translation>%1 на %2: %3</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="914" />
            <source>sync stopped: %1</source>
            <translation>синхронизация остановлена: %1</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="917" />
            <source>%1: %2 in, %3 deleted here, %4 out, %5 deleted there, conflicts: %6, errors: %7</source>
            <translation>%1: получено %2, удалено здесь %3, отправлено %4, удалено на сервере %5, конфликтов: %6, ошибок: %7</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="922" />
            <source>sync done: %1</source>
            <translation>синхронизация завершена: %1</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="89" />
            <source>%1 is a plain http:// address: the password and every card would cross the network unencrypted. Use https://, or, if you accept that, add the account with --insecure-http</source>
            <translation>%1 — обычный адрес http://: пароль и все карточки шли бы по сети незашифрованными. Используйте https:// или, если вы с этим согласны, добавьте учётную запись с --insecure-http</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="171" />
            <source>the address names the user %1 but the user name given is %2; give only one</source>
            <translation>в адресе указан пользователь %1, а задано имя пользователя %2; укажите только одно</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="198" />
            <source>no calendar was found and none could be made (%1)</source>
            <translation>календарь не найден, и создать его не удалось (%1)</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="206" />
            <source>no calendar of this account takes tasks and none could be made (%1); tasks and deals stay on this computer</source>
            <translation>ни один календарь этой учётной записи не принимает задачи, и создать его не удалось (%1); задачи и сделки остаются на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="828" />
            <location filename="../../sync/service.py" line="215" />
            <source>no calendar of this account takes journal entries and none could be made (%1); calls, e-mails and notes stay on this computer</source>
            <translation>ни один календарь этой учётной записи не принимает записи журнала, и создать его не удалось (%1); звонки, письма и заметки остаются на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="78" />
            <source>%1 is not a server address: give it as https://host/path, as a host name, or as your e-mail address</source>
            <translation>%1 — не адрес сервера: укажите его как https://host/path, как имя хоста или как ваш адрес эл. почты</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="226" />
            <source>%1 at %2 is added already (as %3); its address books and calendars sync with it</source>
            <translation>%1 на %2 уже добавлен (как %3); его адресные книги и календари синхронизируются через него</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="237" />
            <source>added %1 at %2 (address books: %3, calendars: %4)</source>
            <translation>добавлена учётная запись %1 на %2 (адресных книг: %3, календарей: %4)</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="259" />
            <source>the DNS of %1 names %2, a server of another domain, as its address book and calendar server; nothing was sent there. If that is your provider's, add the account with its address: %3</source>
            <translation>DNS домена %1 называет сервером адресных книг и календарей %2 — сервер другого домена; туда ничего не отправлено. Если это сервер вашего провайдера, добавьте учётную запись с его адресом: %3</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="274" />
            <source>a sync of this data folder is running already (another window or `rapport sync run`); this one was not started</source>
            <translation>синхронизация этой папки данных уже идёт (другое окно или `rapport sync run`); эта не запущена</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="354" />
            <source>the local version of %1 cannot be read back: %2</source>
            <translation>не удаётся прочитать локальную версию %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="123" />
            <source>%1: no such file</source>
            <translation>%1: такого файла нет</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="129" />
            <source>%1: the database is damaged (%2)</source>
            <translation>%1: база данных повреждена (%2)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="133" />
            <source>%1: not a Rapport database</source>
            <translation>%1: это не база данных Rapport</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="135" />
            <source>%1: written by a newer Rapport (schema %2); update Rapport first</source>
            <translation>%1: записано более новой версией Rapport (схема %2); сначала обновите Rapport</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="141" />
            <source>%1: not a readable SQLite database (%2)</source>
            <translation>%1: не удаётся прочитать как базу данных SQLite (%2)</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="160" />
            <source>a backup cannot overwrite the database it copies</source>
            <translation>резервная копия не может заменить базу данных, которую копирует</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="165" />
            <location filename="../../app/backup.py" line="174" />
            <source>cannot write the backup %1: %2</source>
            <translation>не удаётся записать резервную копию %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="171" />
            <source>the disk is full: cannot write the backup %1</source>
            <translation>диск заполнен: не удаётся записать резервную копию %1</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="189" />
            <source>no backup was made today: the database is damaged (%1); the earlier backups are kept</source>
            <translation>сегодняшняя резервная копия не создана: база данных повреждена (%1); прежние копии сохранены</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="212" />
            <source>%1 is the database in use; restore from a backup of it</source>
            <translation>%1 — это база данных, открытая сейчас; восстановите её из резервной копии</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="39" />
            <source>an iTIP %1 without DTSTART for a meeting not in Rapport; its DTSTAMP stands in for the start</source>
            <translation>iTIP %1 без DTSTART о встрече, которой нет в Rapport; вместо начала взят его DTSTAMP</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="41" />
            <source>an older version (SEQUENCE %1) of a record Rapport has in a newer one (SEQUENCE %2); kept the newer one</source>
            <translation>старая версия (SEQUENCE %1) записи, которая есть в Rapport в более новой версии (SEQUENCE %2); оставлена более новая</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="50" />
            <source>%1: line %2: %3</source>
            <translation>%1: строка %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="54" />
            <source>%1: record %2, line %3: %4</source>
            <translation>%1: запись %2, строка %3: %4</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="71" />
            <location filename="../../app/import_reader.py" line="148" />
            <location filename="../../app/import_reader.py" line="367" />
            <source>the rest of the file cannot be read: %1</source>
            <translation>остаток файла не прочитать: %1</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="247" />
            <source>deal %1: %2</source>
            <translation>сделка %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="312" />
            <source>an iTIP %1 asks for a change; it is not applied to the record in Rapport</source>
            <translation>iTIP %1 предлагает изменение; к записи в Rapport оно не применяется</translation>
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
            <translation>другая версия этой записи с теми же SEQUENCE и DTSTAMP встретилась в файле раньше</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="363" />
            <source>kept the earlier one</source>
            <translation>оставлена более ранняя</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="98" />
            <source>custom fields go on %1, not %2</source>
            <translation>пользовательские поля бывают только у этих записей: %1 (не %2)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="101" />
            <source>a key is lower-case letters, digits and _, starting with a letter</source>
            <translation>ключ состоит из строчных латинских букв, цифр и _ и начинается с буквы</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="103" />
            <location filename="../../app/custom_fields.py" line="138" />
            <source>a field needs a label</source>
            <translation>у поля должно быть название</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="106" />
            <source>a field type is one of %1</source>
            <translation>тип поля — один из: %1</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="110" />
            <location filename="../../app/custom_fields.py" line="144" />
            <source>a choice field needs at least one choice</source>
            <translation>у поля с выбором должен быть хотя бы один вариант</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="115" />
            <source>%1 already has a field %2</source>
            <translation>у записей типа «%1» уже есть поле %2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="117" />
            <source>a field %1 of %2 was removed, and its key is not used again (values for it may still arrive from other laptops): undo the removal, or choose another key</source>
            <translation>поле %1 у объекта «%2» было удалено, и его ключ больше не используется (значения для него ещё могут прийти с других компьютеров): отмените удаление или выберите другой ключ</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="148" />
            <source>%1: %2 is the value of %3 records; change theirs first</source>
            <translation>%1: %2 — значение у записей: %3; сначала измените их</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="259" />
            <source>%1 field in the Trash</source>
            <translation>поле (%1) в корзине</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="459" />
            <source>%1: no %2 is named %3</source>
            <translation>%1: нет записи (%2) с именем %3</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="460" />
            <source>%1: more than one %2 is named %3; give its uid</source>
            <translation>%1: несколько записей (%2) с именем %3; укажите uid</translation>
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
            <translation>%1: варианта %2 нет среди возможных (%3)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="171" />
            <location filename="../../app/custom_fields.py" line="506" />
            <source>%1 field</source>
            <translation>поле (%1)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="526" />
            <location filename="../../app/custom_fields.py" line="547" />
            <source>%1: %2 is not an amount of money (such as 1200.50 EUR)</source>
            <translation>%1: %2 — не денежная сумма (например, 1200,50 EUR)</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="533" />
            <source>%1: %2 names two currencies</source>
            <translation>%1: в %2 указаны две валюты</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="537" />
            <source>%1: name the currency of %2 (such as EUR), or choose a home currency</source>
            <translation>%1: укажите валюту для %2 (например, EUR) или выберите основную валюту</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="552" />
            <source>%1: %2 is too large an amount</source>
            <translation>%1: %2 — слишком большая сумма</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="555" />
            <source>%1: %2 has more decimal places than %3 has</source>
            <translation>%1: в %2 больше знаков после запятой, чем у %3</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="648" />
            <source>%1: %2 is neither yes nor no</source>
            <translation>%1: %2 — не «да» и не «нет»</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="652" />
            <source>%1: %2 is not a number</source>
            <translation>%1: %2 — не число</translation>
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
            <translation>компания</translation>
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
            <translation>активность</translation>
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
            <translation>лид</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="17" />
            <source>pipeline</source>
            <translation>воронка</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="18" />
            <source>stage</source>
            <translation>этап</translation>
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
            <translation>пользовательское поле</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="22" />
            <source>person of the office</source>
            <translation>сотрудник офиса</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="23" />
            <source>segment</source>
            <translation>сегмент</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="24" />
            <source>sync account</source>
            <translation>учётная запись синхронизации</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="25" />
            <source>open sync conflict</source>
            <translation>открытый конфликт синхронизации</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="40" />
            <source>no %1 with uid %2</source>
            <translation>не найдено: %1 с uid %2</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="122" />
            <source>the exporting helper process stopped unexpectedly</source>
            <translation>вспомогательный процесс экспорта неожиданно остановился</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="124" />
            <source>the exporting helper process failed: %1</source>
            <translation>вспомогательный процесс экспорта завершился с ошибкой: %1</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="221" />
            <source>a segment's contacts and accounts export as vCard or CSV, not as a calendar</source>
            <translation>контакты и компании сегмента экспортируются в vCard или CSV, а не в календарь</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="274" />
            <source>the disk is full: cannot write %1</source>
            <translation>диск заполнен: не удаётся записать %1</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="276" />
            <location filename="../../app/record_files.py" line="168" />
            <source>cannot write %1: %2</source>
            <translation>не удаётся записать %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="49" />
            <source>the columns (%1) are not those of a Google or Outlook export: say which column holds what (a column mapping)</source>
            <translation>столбцы (%1) не похожи на экспорт Google или Outlook: укажите, что в каком столбце (сопоставление столбцов)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="52" />
            <source>the row has %1 fields but the header has %2 columns (it runs from line %3 to line %4: a quote may not be closed)</source>
            <translation>полей в строке таблицы: %1, а столбцов в заголовке: %2 (она идёт со строки %3 по строку %4: возможно, не закрыта кавычка)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="342" />
            <source>the file has no column %1; its columns are: %2</source>
            <translation>в файле нет столбца %1; его столбцы: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="346" />
            <source>%1 is not a field to import into; the fields are: %2</source>
            <translation>%1 — не поле для импорта; поля такие: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="484" />
            <source>line %1 is not UTF-8; read it as %2</source>
            <translation>строка %1 не в UTF-8; прочитана как %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="491" />
            <source>the file is not UTF-8; read it as %1 (a guess: check names with accents)</source>
            <translation>файл не в UTF-8; прочитан как %1 (это догадка: проверьте имена с диакритикой)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="551" />
            <location filename="../../app/formats/ical.py" line="185" />
            <location filename="../../app/import_plan.py" line="78" />
            <location filename="../../app/importing.py" line="177" />
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="558" />
            <source>the file has no header line, only a delimiter hint (sep=)</source>
            <translation>в файле нет строки заголовка, только указание разделителя (sep=)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="565" />
            <source>the header line cannot be read as CSV (%1)</source>
            <translation>строку заголовка не удаётся прочитать как CSV (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="568" />
            <source>the first line of the file has no column names</source>
            <translation>в первой строке файла нет названий столбцов</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="632" />
            <source>the row cannot be read as CSV (%1)</source>
            <translation>строку не удаётся прочитать как CSV (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="641" />
            <source>the row has %1 fields but the header has %2 columns</source>
            <translation>полей в строке таблицы: %1, а столбцов в заголовке: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="650" />
            <source>the file has column names but no rows</source>
            <translation>в файле есть названия столбцов, но нет строк</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="747" />
            <source>%1: %2 is not a date; kept as it was</source>
            <translation>%1: %2 — не дата; оставлено как есть</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="805" />
            <source>the row has no name, e-mail address or phone number</source>
            <translation>в строке нет ни имени, ни адреса электронной почты, ни номера телефона</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="871" />
            <source>read %1 as month/day/year (%2); correct it if it was day/month/year</source>
            <translation>%1 прочитано как месяц/день/год (%2); исправьте, если это был день/месяц/год</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="81" />
            <source>a VFREEBUSY (free/busy times)</source>
            <translation>VFREEBUSY (время занятости)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="82" />
            <source>a VAVAILABILITY (available times)</source>
            <translation>VAVAILABILITY (время доступности)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="93" />
            <source>%1 %2 is not valid (%3); left it out</source>
            <translation>%1 %2 — недопустимое значение (%3); пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="94" />
            <source>%1 %2 is not a date or a date and time (YYYYMMDD or YYYYMMDDTHHMMSS)</source>
            <translation>%1 %2 — не дата и не дата со временем (YYYYMMDD или YYYYMMDDTHHMMSS)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="96" />
            <source>%1 %2 is a date with a 'Z'; read it as the date</source>
            <translation>%1 %2 — дата с 'Z'; прочитано как дата</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="97" />
            <source>the time zone %1 is neither defined in the file nor known; read the time as a floating (local) time</source>
            <translation>часовой пояс %1 не описан в файле и неизвестен; время прочитано как плавающее (местное)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="100" />
            <source>%1 uses the time zone %2, which is neither defined in the file nor known; kept it as it was</source>
            <translation>%1 использует часовой пояс %2, который не описан в файле и неизвестен; оставлено как есть</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="102" />
            <source>it got one made from its content, so importing the file again finds the same records</source>
            <translation>ему дан UID, составленный по его содержимому, чтобы повторный импорт файла находил те же записи</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="104" />
            <source>each got one made from its content, so importing the file again finds the same records</source>
            <translation>каждому дан UID, составленный по его содержимому, чтобы повторный импорт файла находил те же записи</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="106" />
            <source>RECURRENCE-ID is a date but the recurring event starts at a date and time (RFC 5545 wants the same type)</source>
            <translation>RECURRENCE-ID — дата, а повторяющееся событие начинается в дату со временем (RFC 5545 требует одного типа)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="109" />
            <source>RECURRENCE-ID is a date and time but the recurring event starts at a date (RFC 5545 wants the same type)</source>
            <translation>RECURRENCE-ID — дата со временем, а повторяющееся событие начинается в дату без времени (RFC 5545 требует одного типа)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="119" />
            <source>%1; left it out</source>
            <translation>%1; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="187" />
            <source>this is a vCard file (contacts, BEGIN:VCARD), not a calendar: import it as contacts</source>
            <translation>это файл vCard (контакты, BEGIN:VCARD), а не календарь: импортируйте его как контакты</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="190" />
            <source>this is not an iCalendar file: it has no BEGIN:VCALENDAR</source>
            <translation>это не файл iCalendar: в нём нет BEGIN:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="344" />
            <source>line %1: a parameter value has an opening quote but no closing one</source>
            <translation>строка %1: у значения параметра есть открывающая кавычка, но нет закрывающей</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="346" />
            <source>line %1 is not a property: no ':' after a name (%2)</source>
            <translation>строка %1 — не свойство: после имени нет ':' (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="351" />
            <source>line %1: %2 is not a property name</source>
            <translation>строка %1: %2 — не имя свойства</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="357" />
            <source>%1 has an empty parameter (';;' or ';:'); ignored it</source>
            <translation>у %1 пустой параметр (';;' или ';:'); проигнорирован</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="360" />
            <source>line %1: %2 has a parameter %3 that is not NAME=value</source>
            <translation>строка %1: у %2 параметр %3 не в виде ИМЯ=значение</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="448" />
            <source>BEGIN:%1 at line %2 begins inside this %3: END:%4 is missing</source>
            <translation>BEGIN:%1 в строке %2 начинается внутри этого %3: нет END:%4</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="456" />
            <source>components nested deeper than %1</source>
            <translation>компоненты вложены глубже %1 уровней</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="463" />
            <source>END:VCALENDAR at line %1 comes before END:%2: the component is not complete</source>
            <translation>END:VCALENDAR в строке %1 стоит раньше END:%2: компонент не завершён</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="470" />
            <source>END:%1 at line %2 does not close BEGIN:%3 (line %4)</source>
            <translation>END:%1 в строке %2 не закрывает BEGIN:%3 (строка %4)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="490" />
            <source>BEGIN:%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; read it anyway</source>
            <translation>BEGIN:%1 стоит вне BEGIN:VCALENDAR ... END:VCALENDAR; всё равно прочитано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="509" />
            <source>%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; ignored it</source>
            <translation>%1 стоит вне BEGIN:VCALENDAR ... END:VCALENDAR; проигнорировано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="512" />
            <source>%1 is in no component; ignored it</source>
            <translation>%1 не входит ни в один компонент; проигнорировано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="535" />
            <source>the calendar says VERSION:%1; read it as iCalendar 2.0</source>
            <translation>в календаре указано VERSION:%1; прочитан как iCalendar 2.0</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="538" />
            <source>the calendar has no VERSION; read it as iCalendar 2.0</source>
            <translation>в календаре нет VERSION; прочитан как iCalendar 2.0</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="548" />
            <source>the file ends before the END of BEGIN:%1 (line %2): it may be cut short</source>
            <translation>файл кончается раньше END для BEGIN:%1 (строка %2): возможно, он обрезан</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="550" />
            <source>the file ends before the END of BEGIN:%1: it may be cut short</source>
            <translation>файл кончается раньше END для BEGIN:%1: возможно, он обрезан</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="559" />
            <source>the calendar has no END:VCALENDAR (the file may be cut short)</source>
            <translation>в календаре нет END:VCALENDAR (файл, возможно, обрезан)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="565" />
            <source>an empty line, which iCalendar does not allow; skipped (also at line %1)</source>
            <translation>пустая строка, а iCalendar их не допускает; пропущена (такие же в строках: %1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="568" />
            <source>an empty line, which iCalendar does not allow; skipped</source>
            <translation>пустая строка, а iCalendar их не допускает; пропущена</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="571" />
            <source>this is not an iCalendar file: no line is BEGIN:VCALENDAR</source>
            <translation>это не файл iCalendar: ни в одной строке нет BEGIN:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="597" />
            <source>a %1 component</source>
            <translation>компонент %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="598" />
            <source>%1 is not something Rapport imports (it keeps events, tasks and journal entries)</source>
            <translation>%1: такое Rapport не импортирует (он хранит события, задачи и записи дневника)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="631" />
            <source>the file is not UTF-8; read it as %1</source>
            <translation>файл не в UTF-8; прочитан как %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="706" />
            <source>a VTIMEZONE without TZID; ignored it</source>
            <translation>VTIMEZONE без TZID; проигнорирован</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="710" />
            <source>the time zone %1: %2</source>
            <translation>часовой пояс %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="714" />
            <source>the time zone %1 could not be read; ignored it</source>
            <translation>часовой пояс %1 не удалось прочитать; проигнорирован</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="718" />
            <source>Rapport uses its own rules for %1</source>
            <translation>Rapport использует для %1 собственные правила</translation>
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
            <translation>нет правил ни STANDARD, ни DAYLIGHT</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="761" />
            <source>its %1 has no %2</source>
            <translation>в его %1 нет %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="765" />
            <source>%1:%2 is not a UTC offset (+hhmm)</source>
            <translation>%1:%2 — не смещение от UTC (+hhmm)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="820" />
            <source>%1 %2 is out of range</source>
            <translation>%1 %2 — вне допустимого диапазона</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="888" />
            <source>%1; kept it as it was</source>
            <translation>%1; оставлено как есть</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="918" />
            <source>this component has no UID</source>
            <translation>у этого компонента нет UID</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="920" />
            <source>this and %1 other components have no UID</source>
            <translation>у этого компонента и других (ещё %1) нет UID</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="944" />
            <source>a second, different UID (%1); kept the first</source>
            <translation>второй, другой UID (%1); оставлен первый</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="962" />
            <source>%1 has spaces around its value; ignored them</source>
            <translation>у значения %1 пробелы по краям; они пропущены</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="971" />
            <source>%1 has both TZID=%2 and a UTC 'Z'; read it as UTC</source>
            <translation>у %1 есть и TZID=%2, и 'Z' (UTC); прочитано как UTC</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="994" />
            <source>an empty TZID; converted the time to UTC with its VTIMEZONE</source>
            <translation>пустой TZID; время переведено в UTC по его VTIMEZONE</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1013" />
            <source>%1 has %2, which is not a date; left it out</source>
            <translation>в %1 есть %2, а это не дата; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1016" />
            <source>%1 has an empty item; left it out</source>
            <translation>в %1 есть пустой элемент; пропущен</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1025" />
            <source>%1 %2 is out of range; left it out</source>
            <translation>%1 %2 — вне допустимого диапазона; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1032" />
            <source>RRULE has escaped separators (\;); read them as plain ones</source>
            <translation>в RRULE экранированные разделители (\;); прочитаны как обычные</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1036" />
            <source>RRULE takes no parameters; ignored %1</source>
            <translation>у RRULE не бывает параметров; проигнорировано: %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1048" />
            <source>SEQUENCE %1 is not a number</source>
            <translation>SEQUENCE %1 — не число</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1062" />
            <source>%1 has no value; ignored it</source>
            <translation>у %1 нет значения; проигнорировано</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1065" />
            <source>%1 %2 has spaces, so it is not an address; kept it as it was</source>
            <translation>в %1 %2 есть пробелы, значит, это не адрес; оставлено как есть</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1074" />
            <source>a second %1; ignored it (kept the first)</source>
            <translation>ещё одно %1; проигнорировано (оставлено первое)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1154" />
            <source>the journal entry has no text; imported it as 'Journal entry'</source>
            <translation>в записи дневника нет текста; импортирована как 'Journal entry'</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1187" />
            <source>a journal entry needs a date (DTSTART), and this %1 has none</source>
            <translation>у записи дневника должна быть дата (DTSTART), а у этого %1 её нет</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1189" />
            <source>an event needs a start (DTSTART), and this %1 has none</source>
            <translation>у события должно быть начало (DTSTART), а у этого %1 его нет</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1206" />
            <source>both DTEND and DURATION (RFC 5545 allows one); used DTEND</source>
            <translation>есть и DTEND, и DURATION (RFC 5545 допускает что-то одно); использовано DTEND</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1210" />
            <source>DTEND and DTSTART differ in type (a date and a date-time)</source>
            <translation>DTEND и DTSTART разного типа (дата и дата со временем)</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1218" />
            <source>DURATION %1 is not a duration</source>
            <translation>DURATION %1 — не длительность</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1223" />
            <source>the event ends before it starts; left its end out</source>
            <translation>событие заканчивается раньше, чем начинается; конец пропущен</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1269" />
            <source>a VALARM without ACTION; read it as ACTION:DISPLAY</source>
            <translation>VALARM без ACTION; прочитано как ACTION:DISPLAY</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1273" />
            <source>a VALARM without a TRIGGER (when to go off); left it out</source>
            <translation>VALARM без TRIGGER (когда срабатывать); пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1290" />
            <source>TRIGGER %1 is not a duration; left it out</source>
            <translation>TRIGGER %1 — не длительность; пропущено</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1353" />
            <source>the task has no title (SUMMARY); imported it as 'Untitled task'</source>
            <translation>у задачи нет названия (SUMMARY); импортирована как 'Untitled task'</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1361" />
            <source>STATUS %1 is not a task status</source>
            <translation>STATUS %1 — не статус задачи</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1385" />
            <source>DUE %1 has seconds; Rapport keeps due times to the minute</source>
            <translation>в DUE %1 есть секунды; Rapport хранит время срока с точностью до минуты</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1397" />
            <source>%1 %2 is not a number from %3 to %4</source>
            <translation>%1 %2 — не число от %3 до %4</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1411" />
            <source>a recurring task without DUE: Rapport repeats tasks from their due date</source>
            <translation>повторяющаяся задача без DUE: Rapport повторяет задачи от их срока</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1417" />
            <source>RRULE %1 does not work from the due date (%2)</source>
            <translation>RRULE %1 не работает от срока задачи (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="43" />
            <source>lines end with a bare CR (classic Mac OS); save the file with CRLF or LF line ends</source>
            <translation>строки заканчиваются одиночным CR (классическая Mac OS); сохраните файл с концами строк CRLF или LF</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="233" />
            <source>no contacts found in the file</source>
            <translation>в файле не найдено контактов</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="480" />
            <source>another card begins inside it at line %1 (not as an AGENT)</source>
            <translation>внутри неё в строке %1 начинается другая карточка (не как AGENT)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="491" />
            <source>the file starts with a continuation line (a line beginning with a space)</source>
            <translation>файл начинается со строки продолжения (строки, которая начинается с пробела)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="494" />
            <source>BEGIN/END may not have a group (%1)</source>
            <translation>у BEGIN/END не может быть группы (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="497" />
            <source>this is a calendar (BEGIN:VCALENDAR), not contacts: import it as a calendar</source>
            <translation>это календарь (BEGIN:VCALENDAR), а не контакты: импортируйте его как календарь</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="500" />
            <source>BEGIN:%1 is not the start of a vCard</source>
            <translation>BEGIN:%1 — не начало vCard</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="503" />
            <source>properties outside BEGIN:VCARD ... END:VCARD</source>
            <translation>свойства вне BEGIN:VCARD ... END:VCARD</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="520" />
            <source>the card has no END:VCARD (the file may be cut short); imported what was there</source>
            <translation>в карточке нет END:VCARD (файл, возможно, обрезан); импортировано то, что есть</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="524" />
            <source>the card has no END:VCARD (the file may be cut short)</source>
            <translation>в карточке нет END:VCARD (файл, возможно, обрезан)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="540" />
            <source>the card has no VERSION</source>
            <translation>в карточке нет VERSION</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="543" />
            <source>VERSION %1 is not a vCard version (2.1, 3.0 or 4.0)</source>
            <translation>VERSION %1 — не версия vCard (2.1, 3.0 или 4.0)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="556" />
            <source>a vCard %1 needs a name (FN), and this card has none</source>
            <translation>в vCard %1 должно быть имя (FN), а в этой карточке его нет</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="582" />
            <source>a parameter value has an opening quote but no closing one</source>
            <translation>у значения параметра есть открывающая кавычка, но нет закрывающей</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="599" />
            <source>line %1 has no ':' between a property name and its value</source>
            <translation>в строке %1 нет ':' между именем свойства и его значением</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="610" />
            <source>%1 has an empty parameter (';;' or a ';' before ':')</source>
            <translation>у %1 пустой параметр (';;' или ';' перед ':')</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="615" />
            <source>%1 has a parameter list without a name (%2)</source>
            <translation>у %1 список параметров без имени (%2)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="621" />
            <source>%1 has an empty item in the parameter %2=%3</source>
            <translation>у %1 пустой элемент в параметре %2=%3</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="647" />
            <source>%1 is not a property name</source>
            <translation>%1 — не имя свойства</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="673" />
            <source>%1 says CHARSET=%2, which is not a known character set</source>
            <translation>у %1 указано CHARSET=%2, а такая кодировка неизвестна</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="721" />
            <source>the record is nested too deeply to be read</source>
            <translation>запись вложена слишком глубоко, её не прочитать</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="723" />
            <source>the record is too large to be read</source>
            <translation>запись слишком велика, её не прочитать</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="724" />
            <source>the record could not be read (%1)</source>
            <translation>запись не удалось прочитать (%1)</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="734" />
            <source>%1 is marked base64 but its value is not base64</source>
            <translation>%1 помечено как base64, но его значение — не base64</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="739" />
            <source>line %1: the %2 data is damaged; kept as it was</source>
            <translation>строка %1: данные %2 повреждены; оставлены как есть</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="751" />
            <source>line %1: %2 is not UTF-8; read it as %3</source>
            <translation>строка %1: %2 не в UTF-8; прочитано как %3</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="61" />
            <location filename="../../app/importing.py" line="170" />
            <source>cannot read the file (%1)</source>
            <translation>не удаётся прочитать файл (%1)</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="65" />
            <source>line %1: %2</source>
            <translation>строка %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="81" />
            <source>not a vCard, CSV or iCalendar file</source>
            <translation>это не файл vCard, CSV или iCalendar</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="41" />
            <source>kept EMAIL %1 as it was: it does not pass as email</source>
            <translation>EMAIL %1 оставлен как есть: это не похоже на адрес электронной почты</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="42" />
            <source>kept TEL %1 as it was: it does not pass as phone</source>
            <translation>TEL %1 оставлен как есть: это не похоже на номер телефона</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="164" />
            <source>a contact group (%1): Rapport does not import groups yet</source>
            <translation>группа контактов (%1): Rapport пока не импортирует группы</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="207" />
            <source>the card has no name; imported as %1</source>
            <translation>в карточке нет имени; импортирована как %1</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="442" />
            <source>the reading process stopped unexpectedly</source>
            <translation>процесс чтения неожиданно остановился</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="37" />
            <source>contacts (vCard)</source>
            <translation>контакты (vCard)</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="38" />
            <source>a CSV table</source>
            <translation>таблица CSV</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="39" />
            <source>a calendar (iCalendar)</source>
            <translation>календарь (iCalendar)</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="44" />
            <source>%1: record %2: %3</source>
            <translation>%1: запись %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="180" />
            <source>this file is %1, not %2</source>
            <translation>в этом файле %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="226" />
            <source>%1: after record %2: %3</source>
            <translation>%1: после записи %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="233" />
            <location filename="../../app/importing.py" line="405" />
            <source>the custom field %1 was left out: %2</source>
            <translation>настраиваемое поле %1 пропущено: %2</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="22" />
            <source>a pipeline needs a name</source>
            <translation>у воронки должно быть название</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="26" />
            <source>a stage needs a name</source>
            <translation>у этапа должно быть название</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="30" />
            <source>a pipeline needs at least one stage</source>
            <translation>в воронке должен быть хотя бы один этап</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="60" />
            <source>a probability is a percentage from 0 to 100, not %1</source>
            <translation>вероятность — это процент от 0 до 100, а не %1</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="182" />
            <source>stage %1 still has %2 deal(s): move them to another stage first</source>
            <translation>на этапе %1 ещё есть сделки (%2): сначала перенесите их на другой этап</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="191" />
            <source>stage %1 appears in deals' history and cannot be deleted</source>
            <translation>этап %1 есть в истории сделок, его нельзя удалить</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="48" />
            <source>the database %1 is damaged (%2); nothing was changed. Restore a backup (rapport restore FILE; backups are in %3) or open Rapport to recover what can be read</source>
            <translation>база данных %1 повреждена (%2); ничего не изменено. Восстановите резервную копию (rapport restore ФАЙЛ; копии лежат в %3) или откройте Rapport, чтобы спасти то, что ещё читается</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="65" />
            <source>the database %1 is empty (0 bytes): the file was cut to nothing and is left as it is. Restore a backup (rapport restore FILE; backups are in %2)</source>
            <translation>база данных %1 пуста (0 байт): файл обрезан до нуля и оставлен как есть. Восстановите резервную копию (rapport restore ФАЙЛ; копии лежат в %2)</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="154" />
            <source>another Rapport has been writing to %1 for too long; nothing was written, try again later</source>
            <translation>другой Rapport слишком долго записывает в %1; ничего не записано, попробуйте позже</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="231" />
            <source>cannot create the data folder %1: %2</source>
            <translation>не удаётся создать папку данных %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="252" />
            <source>%1: %2; update Rapport to open it</source>
            <translation>%1: %2; чтобы открыть её, обновите Rapport</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="62" />
            <location filename="../../app/store.py" line="258" />
            <source>cannot open the database %1: %2</source>
            <translation>не удаётся открыть базу данных %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="26" />
            <location filename="../../app/store_errors.py" line="28" />
            <source>another program holds the database (locked); try again</source>
            <translation>базу данных сейчас занимает другая программа; попробуйте ещё раз</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="30" />
            <source>the database file is read-only</source>
            <translation>файл базы данных доступен только для чтения</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="32" />
            <source>the disk could not be read or written (disk I/O error)</source>
            <translation>не удалось прочитать или записать данные на диске (ошибка ввода-вывода)</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="34" />
            <source>the database file is damaged; restore it from a backup</source>
            <translation>файл базы данных повреждён; восстановите его из резервной копии</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="36" />
            <source>the disk is full: nothing was written</source>
            <translation>диск заполнен: ничего не записано</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="38" />
            <source>the database file cannot be opened (it or its folder is missing or locked)</source>
            <translation>не удаётся открыть файл базы данных (его или его папки нет, либо к ним нет доступа)</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="40" />
            <source>the database file is not an SQLite database</source>
            <translation>файл базы данных — не база данных SQLite</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="352" />
            <source>“%1” cannot be redone: it created too many records to keep a copy</source>
            <translation>«%1» нельзя повторить: это действие создало слишком много записей, чтобы хранить их копию</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="383" />
            <source>cannot undo %1: there is no %2 any more (it was deleted for good after it)</source>
            <translation>не удаётся отменить %1: записи больше нет — %2 (после этого её удалили навсегда)</translation>
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
            <translation>объединение</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="512" />
            <source>the import</source>
            <translation>импорт</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="513" />
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="517" />
            <source>cannot undo %1: %2 was edited after it</source>
            <translation>не удаётся отменить %1: после этого была изменена запись — %2</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="532" />
            <source>%1 “%2”</source>
            <translation>%1 «%2»</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="71" />
            <location filename="../../sync/engine.py" line="83" />
            <source>meeting</source>
            <translation>встреча</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="73" />
            <source>note</source>
            <translation>заметка</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="134" />
            <source>a calendar object</source>
            <translation>объект календаря</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="147" />
            <source>no VEVENT, VTODO or VJOURNAL in it</source>
            <translation>в нём нет VEVENT, VTODO или VJOURNAL</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="158" />
            <source>%1: a second object (%2 %3) in one resource; left it out</source>
            <translation>%1: второй объект (%2 %3) в одном ресурсе; пропущен</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="81" />
            <source>record %1 (line %2): %3</source>
            <translation>запись %1 (строка %2): %3</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="87" />
            <source>a card</source>
            <translation>карточка</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="96" />
            <source>no vCard</source>
            <translation>нет vCard</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="141" />
            <source>kept TEL %1 as it was</source>
            <translation>TEL %1 сохранён как есть</translation>
        </message>
        <message>
            <location filename="../../sync/memory.py" line="278" />
            <source>%1: no such collection (404)</source>
            <translation>%1: такой коллекции нет (404)</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="50" />
            <source>%1 is empty (0 bytes): the file was cut to nothing</source>
            <translation>%1 пуст (0 байт): файл был обрезан до нуля</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="58" />
            <source>%1 cannot be read as a database (%2)</source>
            <translation>%1 не читается как база данных (%2)</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="60" />
            <source>%1 is damaged (%2)</source>
            <translation>%1 повреждён (%2)</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="90" />
            <source>cannot move the damaged database %1 aside: %2</source>
            <translation>не удалось отложить повреждённую базу данных %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="103" />
            <source>cannot restore %1: %2</source>
            <translation>не удалось восстановить %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="154" />
            <source>deal %1: no stage %2</source>
            <translation>сделка %1: нет этапа %2</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="197" />
            <source>the amount %1 is not a number</source>
            <translation>сумма %1 — не число</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="297" />
            <source>deal %1: the custom field %2 was left out: %3</source>
            <translation>сделка %1: настраиваемое поле %2 пропущено: %3</translation>
        </message>
        <message>
            <location filename="../../app/office.py" line="132" />
            <source>a person needs a name</source>
            <translation>у сотрудника должно быть имя</translation>
        </message>
        <message>
            <location filename="../../app/office.py" line="134" />
            <source>a name of at most %1 characters</source>
            <translation>имя не длиннее %1 символов</translation>
        </message>
        <message>
            <location filename="../../app/privacy.py" line="79" />
            <source>records kept private are %1, not %2</source>
            <translation>личными бывают записи: %1, а не %2</translation>
        </message>
        <message>
            <location filename="../../sync/errors.py" line="36" />
            <source>%1 %2: the server does not allow this change (403: a read-only collection, or one this account may not write)</source>
            <translation>%1 %2: сервер не разрешает это изменение (403: коллекция только для чтения или эта учётная запись не может в неё писать)</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="93" />
            <source>%1: the server does not offer STARTTLS (%2); nothing was sent</source>
            <translation>%1: сервер не предлагает STARTTLS (%2); ничего не отправлено</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="102" />
            <source>%1: the server refused the user name %2 or its password</source>
            <translation>%1: сервер отклонил имя пользователя %2 или его пароль</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="124" />
            <source>%1: the server's certificate (%2) is not the one you trusted (%3); nothing was sent. If the server really has a new certificate, add the account again with --trust-certificate</source>
            <translation>%1: сертификат сервера (%2) — не тот, которому вы доверились (%3); ничего не отправлено. Если у сервера действительно новый сертификат, добавьте учётную запись снова с --trust-certificate</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="176" />
            <source>%1: the folder %2 has no UIDVALIDITY (the server cannot say what is new)</source>
            <translation>%1: у папки %2 нет UIDVALIDITY (сервер не может сказать, что нового)</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="271" />
            <source>%1: the connection to the server broke off; what came before it is kept, and the next fetch goes on from there</source>
            <translation>%1: соединение с сервером прервалось; полученное до этого сохранено, и следующее получение продолжит с этого места</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="279" />
            <source>%1: the server answered: %2</source>
            <translation>%1: ответ сервера: %2</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="249" />
            <source>a mail account needs a server and a user name</source>
            <translation>для почтовой учётной записи нужны сервер и имя пользователя</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="258" />
            <source>%1 has no folder %2 (its folders: %3)</source>
            <translation>на %1 нет папки %2 (его папки: %3)</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="305" />
            <source>mail is being fetched for this data folder already (another window or `rapport mail fetch`); this fetch was not started</source>
            <translation>почта для этой папки данных уже получается (другое окно или `rapport mail fetch`); это получение не запущено</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="344" />
            <source>no password is kept for %1: enter it again (rapport mail add-account)</source>
            <translation>для %1 не сохранён пароль: введите его снова (rapport mail add-account)</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="426" />
            <source>the fetch was stopped</source>
            <translation>получение остановлено</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="67" />
            <source>“%1” is not an e-mail domain (as example.com)</source>
            <translation>«%1» — не почтовый домен (вида example.com)</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="70" />
            <source>%1 is a mail provider's domain: its addresses are everyone's, not one company's</source>
            <translation>%1 — домен почтового сервиса: его адреса у кого угодно, а не у одной компании</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="80" />
            <source>mail from %1 goes to %2 already: one company a domain</source>
            <translation>почта с %1 уже попадает в «%2»: у домена одна компания</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="151" />
            <location filename="../../app/record_files.py" line="309" />
            <location filename="../../app/record_files.py" line="322" />
            <source>that file is no longer on the record</source>
            <translation>этого файла у записи больше нет</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="198" />
            <source>the file's contents are missing from the database</source>
            <translation>содержимого файла нет в базе данных</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="261" />
            <source>it changed while it was being read; attach it again</source>
            <translation>он изменился во время чтения; прикрепите его снова</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="265" />
            <location filename="../../app/record_files.py" line="409" />
            <source>cannot read it: %1</source>
            <translation>не удаётся прочитать: %1</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="398" />
            <location filename="../../app/record_files.py" line="407" />
            <source>it is not a file (a folder?)</source>
            <translation>это не файл (папка?)</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="416" />
            <source>it is %1, larger than the %2 a file on a record can be</source>
            <translation>его размер %1 — больше %2, допустимых для файла записи</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="238" />
            <source>there is no rate of %1 on %2</source>
            <translation>курса %1 на %2 нет</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="251" />
            <source>%1: cannot read it (%2)</source>
            <translation>%1: не удаётся прочитать (%2)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="294" />
            <source>rates are units of a currency to one euro: the euro's own is always 1</source>
            <translation>курс — это число единиц валюты за один евро: у самого евро он всегда 1</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="301" />
            <source>“%1” is not a rate: how many units of %2 one euro buys, as 1.0812</source>
            <translation>«%1» — не курс: сколько %2 дают за один евро, например 1.0812</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="310" />
            <source>%1: not the European Central Bank's rates (its first line starts with “Date”, then the currencies)</source>
            <translation>%1: это не курсы Европейского центрального банка (первая строка начинается с «Date», затем валюты)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="322" />
            <source>%1: column “%2” left out: not a currency in use (ISO 4217)</source>
            <translation>%1: колонка «%2» пропущена: это не действующая валюта (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="329" />
            <source>%1, line %2: “%3” is not a date; line left out</source>
            <translation>%1, строка %2: «%3» — не дата; строка пропущена</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="342" />
            <source>%1, line %2: %3 rate “%4” is not a number</source>
            <translation>%1, строка %2: курс %3 «%4» — не число</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="74" />
            <location filename="../../app/reports.py" line="93" />
            <source>%1 is too far off to look at</source>
            <translation>дата %1 слишком далека</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="92" />
            <source>no pipeline is named “%1”</source>
            <translation>воронки с названием «%1» нет</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="97" />
            <source>there is no pipeline yet</source>
            <translation>воронок пока нет</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="174" />
            <location filename="../../app/reports.py" line="89" />
            <source>the period ends (%1) before it begins (%2)</source>
            <translation>период заканчивается (%1) раньше, чем начинается (%2)</translation>
        </message>
        <message>
            <location filename="../../app/lead_import.py" line="85" />
            <source>a lead has no field %1 (its fields: %2)</source>
            <translation>у лида нет поля %1 (его поля: %2)</translation>
        </message>
        <message>
            <location filename="../../app/lead_import.py" line="88" />
            <source>no column of the file is a name, a company or an e-mail address (its columns: %1)</source>
            <translation>ни один столбец файла не содержит имя, компанию или адрес эл. почты (его столбцы: %1)</translation>
        </message>
        <message>
            <location filename="../../app/links.py" line="25" />
            <source>can link to a contact, account, deal or lead, not %1</source>
            <translation>связать можно с контактом, компанией, сделкой или лидом, но не с %1</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="87" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Сохранить (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="120" />
            <source>Pri&amp;vate</source>
            <translation>&amp;Личное</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="121" />
            <source>Only you see it: sync puts it in your own collection, never in the office's (with no collection of your own it stays on this computer)</source>
            <translation>Видите только вы: синхронизация кладёт запись в вашу личную коллекцию и никогда — в общую коллекцию офиса (без личной коллекции запись остаётся только на этом компьютере)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="28" />
            <source>Detail panes</source>
            <translation>Панели подробностей</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="29" />
            <source>Edit the field in focus</source>
            <translation>Изменить поле в фокусе</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="30" />
            <source>Save the field</source>
            <translation>Сохранить поле</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="31" />
            <source>Cancel the edit</source>
            <translation>Отменить изменение</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="32" />
            <source>Next or previous field</source>
            <translation>Следующее или предыдущее поле</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="33" />
            <source>Pick a date from a calendar</source>
            <translation>Выбрать дату в календаре</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="34" />
            <source>Open a timeline entry to edit it</source>
            <translation>Открыть запись хронологии для правки</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="35" />
            <source>Delete a timeline entry</source>
            <translation>Удалить запись хронологии</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="37" />
            <source>Lists and fields</source>
            <translation>Списки и поля</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="38" />
            <source>From a filter or search field into its rows</source>
            <translation>Из поля фильтра или поиска — в строки</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="39" />
            <source>Choose from a completion list</source>
            <translation>Выбрать из списка подсказок</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="41" />
            <source>Pipeline board</source>
            <translation>Доска воронки</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="42" />
            <source>Move the selected deal to the next stage</source>
            <translation>Перевести выбранную сделку на следующий этап</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="43" />
            <source>Move the selected deal to the previous stage</source>
            <translation>Вернуть выбранную сделку на предыдущий этап</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="44" />
            <source>Open the selected deal</source>
            <translation>Открыть выбранную сделку</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="46" />
            <source>Sheets and dialogs</source>
            <translation>Формы и диалоги</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="47" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="48" />
            <source>Close without saving</source>
            <translation>Закрыть без сохранения</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="49" />
            <source>Schedule the next step offered</source>
            <translation>Запланировать предложенный следующий шаг</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="58" />
            <source>Keyboard Shortcuts</source>
            <translation>Сочетания клавиш</translation>
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
                <numerusform>%n сделок</numerusform>
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
                <numerusform>%1 + ещё %n валюта</numerusform>
                <numerusform>%1 + ещё %n валюты</numerusform>
                <numerusform>%1 + ещё %n валют</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="180" />
            <source>No amounts</source>
            <translation>Без сумм</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="182" />
            <source>%1, probability %2 %</source>
            <translation>%1, вероятность %2 %</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="186" />
            <source>≈ %1 in all, at today's rates</source>
            <translation>≈ %1 всего, по сегодняшним курсам</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="188" />
            <source>%1 at the rate of %2 (no newer one)</source>
            <translation>%1 по курсу на %2 (более нового нет)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="191" />
            <source>Click to show the totals the other way</source>
            <translation>Щёлкните, чтобы показать итоги иначе</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/board.py" line="197" />
            <source>Show more (%n not shown)</source>
            <translation>
                <numerusform>Показать ещё (скрыта %n)</numerusform>
                <numerusform>Показать ещё (скрыто %n)</numerusform>
                <numerusform>Показать ещё (скрыто %n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageEditorDialog</name>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="181" />
            <source>Edit pipeline</source>
            <translation>Изменение воронки</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="189" />
            <source>&amp;Pipeline name:</source>
            <translation>&amp;Название воронки:</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="214" />
            <source>&amp;Add stage</source>
            <translation>&amp;Добавить этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="215" />
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="216" />
            <source>Move &amp;up</source>
            <translation>В&amp;верх</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="217" />
            <source>Move &amp;down</source>
            <translation>В&amp;низ</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="235" />
            <source>Changes are saved as you make them. Double-click a name or probability to edit it.</source>
            <translation>Изменения сохраняются сразу. Дважды щёлкните название или вероятность, чтобы изменить их.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="266" />
            <source>New stage</source>
            <translation>Новый этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="267" />
            <source>Add stage “%1”</source>
            <translation>Добавить этап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="279" />
            <source>Remove stage “%1”</source>
            <translation>Удалить этап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="288" />
            <source>Move stage “%1”</source>
            <translation>Переместить этап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="317" />
            <source>Rename pipeline “%1”</source>
            <translation>Переименовать воронку «%1»</translation>
        </message>
    </context>
    <context>
        <name>StageStepper</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline/deal_detail.py" line="124" />
            <source>%1: %n day(s)</source>
            <translation>
                <numerusform>%1: %n день</numerusform>
                <numerusform>%1: %n дня</numerusform>
                <numerusform>%1: %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="128" />
            <source>Stages</source>
            <translation>Этапы</translation>
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
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="88" />
            <source>Probability</source>
            <translation>Вероятность</translation>
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
            <translation>Сделки на этом этапе, открытые и закрытые; этап можно удалить, только когда в нём нет сделок.</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="128" />
            <source>Rename stage “%1”</source>
            <translation>Переименовать этап «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="138" />
            <source>Change the probability of “%1”</source>
            <translation>Изменить вероятность этапа «%1»</translation>
        </message>
    </context>
    <context>
        <name>StartProblem</name>
        <message>
            <location filename="../../ui/start_problem.py" line="26" />
            <source>Rapport cannot start</source>
            <translation>Rapport не может запуститься</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="27" />
            <source>Rapport cannot start.</source>
            <translation>Rapport не может запуститься.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="35" />
            <source>The database was rescued</source>
            <translation>База данных спасена</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="51" />
            <location filename="../../ui/start_problem.py" line="117" />
            <source>The database is damaged</source>
            <translation>База данных повреждена</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="52" />
            <source>Rapport cannot open its database: %1</source>
            <translation>Rapport не может открыть свою базу данных: %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="55" />
            <source>The damaged file is kept in the backups folder either way; nothing is deleted. Choose how to go on:</source>
            <translation>Повреждённый файл в любом случае сохраняется в папке резервных копий; ничего не удаляется. Выберите, как продолжить:</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="62" />
            <source>&amp;Restore the backup of %1 (contacts: %2)</source>
            <translation>&amp;Восстановить резервную копию от %1 (контактов: %2)</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="64" />
            <source>R&amp;ecover what can be read</source>
            <translation>&amp;Спасти то, что читается</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="66" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыйти</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="77" />
            <source>The backup %1 was restored; the damaged database is kept as %2.</source>
            <translation>Резервная копия %1 восстановлена; повреждённая база данных сохранена как %2.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="84" />
            <source>Recovered from the damaged database: contacts %1. Records that could not be read: %2; other rows (links, history): %3. The damaged file is kept as %4.</source>
            <translation>Спасено из повреждённой базы данных: контактов %1. Не удалось прочитать записи: %2; прочие строки (связи, история): %3. Повреждённый файл сохранён как %4.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="88" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="118" />
            <source>Rapport found damage in its database: %1</source>
            <translation>Rapport обнаружил повреждение своей базы данных: %1</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="121" />
            <source>Changes may fail to save until it is repaired. Repair now closes the window and offers the latest sound backup or what can be read; the damaged file is kept either way.</source>
            <translation>Пока база не исправлена, изменения могут не сохраниться. «Исправить сейчас» закроет окно и предложит последнюю исправную резервную копию или спасение того, что читается; повреждённый файл сохранится в любом случае.</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="124" />
            <source>&amp;Repair now</source>
            <translation>&amp;Исправить сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="125" />
            <source>&amp;Keep working</source>
            <translation>&amp;Продолжить работу</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <location filename="../../ui/sync/controller.py" line="394" />
            <source>Change sync settings</source>
            <translation>Изменить настройки синхронизации</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="422" />
            <source>Keep my version</source>
            <translation>Оставить мою версию</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="422" />
            <source>Keep the server’s version</source>
            <translation>Оставить версию сервера</translation>
        </message>
    </context>
    <context>
        <name>SyncLogDialog</name>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="86" />
            <source>Sync log</source>
            <translation>Журнал синхронизации</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="105" />
            <source>Nothing synced yet. Each run is listed here: what came in, what went out, and what stopped it.</source>
            <translation>Синхронизаций ещё не было. Здесь будет каждый запуск: что пришло, что ушло и что его остановило.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="34" />
            <source>Sync status</source>
            <translation>Состояние синхронизации</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="37" />
            <source>Set up sync…</source>
            <translation>Настроить синхронизацию…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="38" />
            <source>Enter the password…</source>
            <translation>Ввести пароль…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="39" />
            <source>Review the first sync…</source>
            <translation>Просмотреть первую синхронизацию…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="40" />
            <source>Sync now</source>
            <translation>Синхронизировать сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="43" />
            <source>Conflicts…</source>
            <translation>Конфликты…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="45" />
            <source>Sync log…</source>
            <translation>Журнал синхронизации…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="46" />
            <source>Accounts…</source>
            <translation>Учётные записи…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="72" />
            <source>Review the first sync with %1…</source>
            <translation>Просмотреть первую синхронизацию с %1…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="75" />
            <source>Enter the password for %1…</source>
            <translation>Ввести пароль для %1…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="79" />
            <source>Conflicts (%1)…</source>
            <translation>Конфликты (%1)…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="89" />
            <source>Sync not set up</source>
            <translation>Синхронизация не настроена</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="91" />
            <source>Syncing…</source>
            <translation>Синхронизация…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="93" />
            <source>Sync paused: password needed</source>
            <translation>Синхронизация приостановлена: нужен пароль</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="95" />
            <source>Sync waits for you to start it</source>
            <translation>Синхронизация ждёт вашего запуска</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="97" />
            <source>Offline</source>
            <translation>Нет сети</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="99" />
            <source>Sync failed %1</source>
            <translation>Сбой синхронизации %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="100" />
            <source>Sync failed</source>
            <translation>Сбой синхронизации</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="102" />
            <source>Not synced yet</source>
            <translation>Ещё не синхронизировано</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="104" />
            <source>Synced %1</source>
            <translation>Синхронизировано %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status_widget.py" line="107" />
            <source>%n to upload</source>
            <translation>
                <numerusform>%n изменение к отправке</numerusform>
                <numerusform>%n изменения к отправке</numerusform>
                <numerusform>%n изменений к отправке</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status_widget.py" line="109" />
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n конфликт</numerusform>
                <numerusform>%n конфликта</numerusform>
                <numerusform>%n конфликтов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="114" />
            <source>Sync contacts, meetings and tasks with a CardDAV/CalDAV server: click to set it up.</source>
            <translation>Синхронизация контактов, встреч и задач с сервером CardDAV/CalDAV: нажмите, чтобы настроить.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="118" />
            <source>Last sync: %1</source>
            <translation>Последняя синхронизация: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="120" />
            <source>No sync yet</source>
            <translation>Синхронизаций ещё не было</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="121" />
            <source>Changes waiting to upload: %1</source>
            <translation>Изменения, ожидающие отправки: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="122" />
            <source>Open conflicts: %1</source>
            <translation>Нерешённые конфликты: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="124" />
            <source>Last error: %1</source>
            <translation>Последняя ошибка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="126" />
            <source>No network: changes are kept and sync when it returns.</source>
            <translation>Нет сети: изменения сохранены и синхронизируются, когда она появится.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="128" />
            <source>No keyring on this system: passwords are kept until Rapport closes.</source>
            <translation>В этой системе нет хранилища паролей: пароли хранятся до закрытия Rapport.</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="53" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="54" />
            <source>Account</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="55" />
            <source>Meeting</source>
            <translation>Встреча</translation>
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
            <translation>Лид</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="59" />
            <source>Call, e-mail or note</source>
            <translation>Звонок, письмо или заметка</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="60" />
            <source>Contact group</source>
            <translation>Группа контактов</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
            <source>Record</source>
            <translation>Запись</translation>
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
            <translation>Обнаружен</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="39" />
            <source>Contacts and accounts (vCard %1)</source>
            <translation>Контакты и компании (vCard %1)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="43" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="45" />
            <source>Tasks and deals</source>
            <translation>Задачи и сделки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="47" />
            <source>Calls, e-mails and notes</source>
            <translation>Звонки, письма и заметки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="49" />
            <source>Nothing Rapport syncs (%1)</source>
            <translation>Нет данных, которые синхронизирует Rapport (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="66" />
            <location filename="../../ui/sync/texts.py" line="76" />
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="86" />
            <source>Name shown</source>
            <translation>Отображаемое имя</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="87" />
            <source>Prefix</source>
            <translation>Обращение</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="88" />
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="89" />
            <source>Middle name</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="90" />
            <source>Last name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="91" />
            <source>Suffix</source>
            <translation>Суффикс</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="92" />
            <source>Nickname</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="93" />
            <source>Job title</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="94" />
            <source>Department</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="95" />
            <source>Birthday</source>
            <translation>День рождения</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="96" />
            <source>Anniversary</source>
            <translation>Годовщина</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="97" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="98" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="99" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
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
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="103" />
            <source>Chat</source>
            <translation>Мессенджеры</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="104" />
            <source>Related people</source>
            <translation>Связанные люди</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="105" />
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="106" />
            <source>Tags</source>
            <translation>Теги</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="107" />
            <source>Members</source>
            <translation>Участники</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="126" />
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="127" />
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="128" />
            <source>Pipeline stages</source>
            <translation>Этапы воронки</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="130" />
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="131" />
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="132" />
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="133" />
            <source>Probability (%)</source>
            <translation>Вероятность (%)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="134" />
            <source>Expected close</source>
            <translation>Ожидаемое закрытие</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="135" />
            <source>Lead source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="136" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="137" />
            <source>Why it was lost</source>
            <translation>Причина проигрыша</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="138" />
            <source>Closed</source>
            <translation>Закрыта</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="139" />
            <source>In this stage since</source>
            <translation>На этом этапе с</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="140" />
            <source>Stage history</source>
            <translation>История этапов</translation>
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
            <translation>Нет</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="169" />
            <source>(picture, %1 bytes)</source>
            <translation>(изображение, байт: %1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="205" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контакт</numerusform>
                <numerusform>%n контакта</numerusform>
                <numerusform>%n контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="206" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n компания</numerusform>
                <numerusform>%n компании</numerusform>
                <numerusform>%n компаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="207" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n встреча</numerusform>
                <numerusform>%n встречи</numerusform>
                <numerusform>%n встреч</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="208" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n задача</numerusform>
                <numerusform>%n задачи</numerusform>
                <numerusform>%n задач</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="209" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n сделка</numerusform>
                <numerusform>%n сделки</numerusform>
                <numerusform>%n сделок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="210" />
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n лид</numerusform>
                <numerusform>%n лида</numerusform>
                <numerusform>%n лидов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="211" />
            <source>%n call(s), e-mail(s) and note(s)</source>
            <translation>
                <numerusform>%n звонок, письмо или заметка</numerusform>
                <numerusform>%n звонка, письма или заметки</numerusform>
                <numerusform>%n звонков, писем и заметок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="212" />
            <source>%n contact group(s)</source>
            <translation>
                <numerusform>%n группа контактов</numerusform>
                <numerusform>%n группы контактов</numerusform>
                <numerusform>%n групп контактов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="222" />
            <source>Address book “%1”</source>
            <translation>Адресная книга «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="223" />
            <source>Calendar “%1”</source>
            <translation>Календарь «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="226" />
            <source>up from here: %1</source>
            <translation>отсюда на сервер: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="228" />
            <source>nothing to send from here</source>
            <translation>отсюда отправлять нечего</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="230" />
            <source>nothing goes up (new records go to another collection)</source>
            <translation>отсюда ничего не уходит (новые записи идут в другую коллекцию)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="232" />
            <source>the server did not say how much it holds</source>
            <translation>сервер не сообщил, сколько в ней записей</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="234" />
            <source>down from the server: %n item(s)</source>
            <translation>
                <numerusform>с сервера: %n запись</numerusform>
                <numerusform>с сервера: %n записи</numerusform>
                <numerusform>с сервера: %n записей</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="91" />
            <source>Last sync: %1</source>
            <translation>Последняя синхронизация: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="94" />
            <source>Last error: %1</source>
            <translation>Последняя ошибка: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="96" />
            <source>Trusted certificate: %1</source>
            <translation>Доверенный сертификат: %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <location filename="../../ui/sync/texts.py" line="108" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <source>Holds</source>
            <translation>Содержимое</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="142" />
            <source>Your own collection, not the office's: what it holds is private, and records you keep private go here (with no such collection they stay on this computer); private records never go to the office's collections</source>
            <translation>Ваша личная коллекция, а не офиса: всё в ней — личное, и сюда попадают записи, которые вы оставили только себе (без такой коллекции они остаются на этом компьютере); личные записи никогда не попадают в коллекции офиса</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="145" />
            <source>Contacts and accounts you create go to this address book; meetings to this calendar, and calls, e-mails and notes too when it takes them (else to the first calendar that does)</source>
            <translation>Новые контакты и компании попадают в эту адресную книгу; встречи — в этот календарь, а также звонки, письма и заметки, если он их принимает (иначе — в первый календарь, который принимает)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="148" />
            <source>Tasks and deals you create go to this calendar</source>
            <translation>Новые задачи и сделки попадают в этот календарь</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="149" />
            <source>Each person's card ends its note with where things stand: the open deal and its stage, the next step, the last call. Phones show it on the contact's page; the person's own note stays as it is</source>
            <translation>Заметка в карточке каждого человека заканчивается сводкой: открытая сделка и её этап, следующий шаг, последний звонок. Телефоны показывают её на странице контакта; собственная заметка остаётся как есть</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="141" />
            <source>Keep this collection in step with Rapport</source>
            <translation>Синхронизировать эту адресную книгу или календарь с Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="136" />
            <source>Private</source>
            <translation>Личная</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="138" />
            <source>New items
go here</source>
            <translation>Для новых
записей</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="138" />
            <source>New tasks
and deals</source>
            <translation>Для задач
и сделок</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="139" />
            <source>Deals
on phones</source>
            <translation>Сделки
на телефонах</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="188" />
            <source>%1
Last sync: %2</source>
            <translation>%1
Последняя синхронизация: %2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="191" />
            <source>To send new items elsewhere, check another collection of the same kind.</source>
            <translation>Чтобы новые записи попадали в другое место, отметьте другую адресную книгу или календарь того же вида.</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="197" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="197" />
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="109" />
            <source>Industry</source>
            <translation>Отрасль</translation>
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
            <translation>Окончание</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="116" />
            <source>Duration (minutes)</source>
            <translation>Длительность (мин)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="117" />
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="118" />
            <source>All day</source>
            <translation>Весь день</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="119" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="120" />
            <source>Due date</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="121" />
            <source>Due time</source>
            <translation>Время срока</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="122" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="123" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="124" />
            <source>Other properties</source>
            <translation>Другие свойства</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="129" />
            <location filename="../../ui/sync/texts.py" line="141" />
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="57" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="57" />
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="58" />
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="72" />
            <source>Failed</source>
            <translation>Ошибка</translation>
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
    </context>
    <context>
        <name>TaskListModel</name>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="54" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="56" />
            <source>Tomorrow</source>
            <translation>Завтра</translation>
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
            <translation>Выполнена</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="149" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="151" />
            <source>Concerns</source>
            <translation>Относится к</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="153" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="222" />
            <source>No date</source>
            <translation>Без даты</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="224" />
            <source>Any time</source>
            <translation>В любое время</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="234" />
            <source>repeats</source>
            <translation>повторяется</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="238" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="238" />
            <source>Account</source>
            <translation>Компания</translation>
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
            <translation>Добавить задачу</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="345" />
            <source>Call back, send the offer…</source>
            <translation>Перезвонить, отправить предложение…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="346" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="358" />
            <source>&amp;Title</source>
            <translation>&amp;Задача</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="359" />
            <source>D&amp;ue date</source>
            <translation>&amp;Срок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="360" />
            <source>&amp;Notes</source>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="362" />
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="363" />
            <source>O&amp;wner</source>
            <translation>Отве&amp;тственный</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="364" />
            <source>&amp;Done</source>
            <translation>&amp;Выполнена</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="367" />
            <source>Edit task</source>
            <translation>Изменить задачу</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="380" />
            <source>Edit “%1”</source>
            <translation>Изменить «%1»</translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="79" />
            <source>Add a task: “call Ann tomorrow 10:00”, “report every friday”</source>
            <translation>Добавьте задачу: «позвонить Анне завтра в 10», «отчёт каждую пятницу»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="80" />
            <location filename="../../ui/tasks/tasks_view.py" line="439" />
            <source>New task</source>
            <translation>Новая задача</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="82" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="83" />
            <source>Add the task (Enter)</source>
            <translation>Добавить задачу (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="92" />
            <source>Filter tasks by title, notes or whom they concern</source>
            <translation>Фильтр задач по названию, заметкам или тому, кого они касаются</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="93" />
            <source>Filter tasks</source>
            <translation>Фильтр задач</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="104" />
            <location filename="../../ui/tasks/tasks_view.py" line="416" />
            <source>Mark done</source>
            <translation>Отметить выполненной</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="105" />
            <source>Mark the task done or not done (Space)</source>
            <translation>Отметить задачу выполненной или невыполненной (Space)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="106" />
            <location filename="../../ui/tasks/tasks_view.py" line="401" />
            <source>Snooze</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="107" />
            <source>Move the due date later</source>
            <translation>Перенести срок</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="109" />
            <source>To today</source>
            <translation>На сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="109" />
            <source>To tomorrow</source>
            <translation>На завтра</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="110" />
            <source>By 2 days</source>
            <translation>На 2 дня</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="110" />
            <source>To next week</source>
            <translation>На следующую неделю</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="115" />
            <location filename="../../ui/tasks/tasks_view.py" line="428" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="116" />
            <source>Open the contact, account or deal the task concerns (Enter)</source>
            <translation>Открыть контакт, компанию или сделку, к которым относится задача (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="146" />
            <location filename="../../ui/tasks/tasks_view.py" line="350" />
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Overdue</source>
            <translation>Просроченные</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Upcoming</source>
            <translation>Предстоящие</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="203" />
            <source>Done</source>
            <translation>Выполненные</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tasks/tasks_view.py" line="208" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n задача</numerusform>
                <numerusform>%n задачи</numerusform>
                <numerusform>%n задач</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="261" />
            <source>Add task “%1”</source>
            <translation>Добавить задачу «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="280" />
            <source>Complete “%1”</source>
            <translation>Выполнить «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="280" />
            <source>Reopen “%1”</source>
            <translation>Открыть снова «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="311" />
            <source>Snooze “%1”</source>
            <translation>Отложить «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="334" />
            <source>Delete “%1”</source>
            <translation>Удалить «%1»</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="339" />
            <source>“%1” moved to the Trash.</source>
            <translation>«%1» перемещена в корзину.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="367" />
            <source>Dates are understood as you type: today, tomorrow 10:00, next friday, in 3 days, every monday…</source>
            <translation>Даты распознаются прямо при вводе: сегодня, завтра в 10, в пятницу, через 3 дня, каждый понедельник…</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="376" />
            <source>no due date</source>
            <translation>без срока</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="378" />
            <source>repeats</source>
            <translation>повторяется</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="416" />
            <source>Mark not done</source>
            <translation>Отметить невыполненной</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="425" />
            <source>Mark done / not done</source>
            <translation>Отметить выполненной / невыполненной</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="431" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="456" />
            <source>Nothing overdue. Well done.</source>
            <translation>Просроченного нет. Отлично!</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="457" />
            <source>Nothing due today.
Type a task above — “call Ann at 3pm” — and press Enter.</source>
            <translation>На сегодня ничего нет.
Введите задачу выше — «позвонить Анне в 3 дня» — и нажмите Enter.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="458" />
            <source>Nothing coming up.
Tasks with a later date, or none, are listed here.</source>
            <translation>Ничего не предстоит.
Здесь появятся задачи с более поздним сроком или без срока.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="459" />
            <source>No task done yet.
Tick a task to mark it done.</source>
            <translation>Выполненных задач пока нет.
Отметьте задачу флажком, чтобы она стала выполненной.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="462" />
            <source>No task here matches “%1”.</source>
            <translation>Здесь нет задач, подходящих под «%1».</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="64" />
            <source>Deal “%1” created in %2</source>
            <translation>Сделка «%1» создана на этапе «%2»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="66" />
            <source>Deal “%1” moved from %2 to %3</source>
            <translation>Сделка «%1» перемещена с этапа «%2» на «%3»</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="69" />
            <source>Deal “%1” won</source>
            <translation>Сделка «%1» выиграна</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="71" />
            <source>Deal “%1” lost</source>
            <translation>Сделка «%1» проиграна</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="73" />
            <source>Done: %1</source>
            <translation>Выполнено: %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="84" />
            <source>Call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="84" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="79" />
            <location filename="../../ui/detail/timeline_model.py" line="85" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="78" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="77" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n письмо</numerusform>
                <numerusform>%n письма</numerusform>
                <numerusform>%n писем</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="85" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="100" />
            <source>no due date</source>
            <translation>без срока</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="103" />
            <source>overdue since %1</source>
            <translation>просрочена с %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="106" />
            <source>due today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="108" />
            <source>due tomorrow</source>
            <translation>завтра</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="109" />
            <source>due %1</source>
            <translation>срок %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="117" />
            <source>just now</source>
            <translation>только что</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="119" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n мин назад</numerusform>
                <numerusform>%n мин назад</numerusform>
                <numerusform>%n мин назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="121" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n ч назад</numerusform>
                <numerusform>%n ч назад</numerusform>
                <numerusform>%n ч назад</numerusform>
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
                <numerusform>%n день назад</numerusform>
                <numerusform>%n дня назад</numerusform>
                <numerusform>%n дней назад</numerusform>
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
                <numerusform>через %n дня</numerusform>
                <numerusform>через %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="302" />
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="329" />
            <source>Today</source>
            <translation>Сегодня</translation>
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
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="65" />
            <source>Calls</source>
            <translation>Звонки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="66" />
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="67" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="68" />
            <source>E-mails</source>
            <translation>Письма</translation>
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
            <translation>Загрузить более ранние</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="187" />
            <source>Open Deal</source>
            <translation>Открыть сделку</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="187" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="190" />
            <source>Open the Original Message</source>
            <translation>Открыть исходное письмо</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="193" />
            <source>Keep Its Attachments on the Record</source>
            <translation>Сохранить вложения письма в записи</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="197" />
            <source>Hide the Older Messages</source>
            <translation>Скрыть более старые письма</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="197" />
            <source>Show the Whole Thread</source>
            <translation>Показать всю переписку</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="203" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="211" />
            <source>Linked &amp;Deals</source>
            <translation>Связанные &amp;сделки</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="219" />
            <source>No deals here yet</source>
            <translation>Сделок пока нет</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="235" />
            <source>Nothing of this kind yet.</source>
            <translation>Такого пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="238" />
            <source>Nothing has happened here yet.
Log a call or add a note, and it will be listed here, newest first.</source>
            <translation>Здесь пока ничего не происходило.
Запишите звонок или добавьте заметку — они появятся здесь, новые сверху.</translation>
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
            <translation>Компания</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="94" />
            <source>Lead</source>
            <translation>Лид</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="103" />
            <source>Field of contacts</source>
            <translation>Поле контактов</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="103" />
            <source>Field of accounts</source>
            <translation>Поле компаний</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="104" />
            <source>Field of deals</source>
            <translation>Поле сделок</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="104" />
            <source>Field of activities</source>
            <translation>Поле действий</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="105" />
            <source>Field of tasks</source>
            <translation>Поле задач</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Deleted</source>
            <translation>Удалено</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <location filename="../../ui/detail/trash.py" line="137" />
            <source>The Trash is empty.
Contacts, accounts, leads and custom fields you delete wait here until you restore them or delete them for good.</source>
            <translation>Корзина пуста.
Удалённые контакты, компании, лиды и дополнительные поля ждут здесь, пока вы не восстановите их или не удалите навсегда.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="147" />
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="149" />
            <source>&amp;Delete forever…</source>
            <translation>&amp;Удалить навсегда…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="181" />
            <source>“%1” was restored.</source>
            <translation>«%1» восстановлена.</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="182" />
            <source>Restore “%1”</source>
            <translation>Восстановить «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="184" />
            <source>%n records were restored.</source>
            <translation>
                <numerusform>Восстановлена %n запись.</numerusform>
                <numerusform>Восстановлены %n записи.</numerusform>
                <numerusform>Восстановлено %n записей.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="185" />
            <source>Restore %n records</source>
            <translation>
                <numerusform>Восстановить %n запись</numerusform>
                <numerusform>Восстановить %n записи</numerusform>
                <numerusform>Восстановить %n записей</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="194" />
            <source>Delete “%1” for good? This cannot be undone.</source>
            <translation>Удалить «%1» навсегда? Это действие нельзя отменить.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="196" />
            <source>Delete these %n records for good? This cannot be undone.</source>
            <translation>
                <numerusform>Удалить %n запись навсегда? Это действие нельзя отменить.</numerusform>
                <numerusform>Удалить %n записи навсегда? Это действие нельзя отменить.</numerusform>
                <numerusform>Удалить %n записей навсегда? Это действие нельзя отменить.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="197" />
            <location filename="../../ui/detail/trash.py" line="199" />
            <source>Delete forever</source>
            <translation>Удалить навсегда</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="205" />
            <source>“%1” was deleted for good.</source>
            <translation>«%1» удалена навсегда.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="207" />
            <source>%n records were deleted for good.</source>
            <translation>
                <numerusform>%n запись удалена навсегда.</numerusform>
                <numerusform>%n записи удалены навсегда.</numerusform>
                <numerusform>%n записей удалено навсегда.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="208" />
            <source>Delete for good</source>
            <translation>Удалить навсегда</translation>
        </message>
    </context>
    <context>
        <name>ValueLabel</name>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="238" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="239" />
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="19" />
            <source>Welcome to Rapport</source>
            <translation>Добро пожаловать в Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="25" />
            <source>Your contacts, companies, deals and follow-ups, on this computer, working offline. How would you like to begin?</source>
            <translation>Ваши контакты, компании, сделки и дела — на этом компьютере, без интернета. С чего начнём?</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="29" />
            <source>&amp;Import contacts…</source>
            <translation>&amp;Импортировать контакты…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="30" />
            <source>vCard files from a phone, Outlook, Apple or Google Contacts; CSV; iCalendar for meetings and tasks</source>
            <translation>Файлы vCard из телефона, Outlook, Apple или Google Контактов; CSV; iCalendar для встреч и задач</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="32" />
            <source>&amp;Add a contact…</source>
            <translation>&amp;Добавить контакт…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="33" />
            <source>&amp;Explore with sample data</source>
            <translation>&amp;Попробовать на примере</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="34" />
            <source>300 made-up contacts with companies, deals, calls and tasks</source>
            <translation>300 вымышленных контактов с компаниями, сделками, звонками и задачами</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="39" />
            <source>You can also drop vCard or CSV files on this window.</source>
            <translation>Можно также перетащить файлы vCard или CSV в это окно.</translation>
        </message>
    </context>
    <context>
        <name>WhoAmIDialog</name>
        <message>
            <location filename="../../ui/office.py" line="57" />
            <source>Your name in the office</source>
            <translation>Ваше имя в офисе</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="58" />
            <source>Deals and tasks are owned by people of the office. Which one are you? “Only Mine” shows what this name owns, and your new deals and tasks get it.</source>
            <translation>За сделки и задачи отвечают сотрудники офиса. Кто из них вы? «Только мои» показывает то, за что отвечает это имя, и ваши новые сделки и задачи получают его.</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="63" />
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
    </context>
</TS>
