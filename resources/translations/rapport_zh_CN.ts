<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccountChoice</name>
        <message>
            <location filename="../../ui/detail/pickers.py" line="159" />
            <source>“%1”</source>
            <comment>a company's name quoted</comment>
            <translation>“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="161" />
            <source>%1 are already accounts. Choose one from the list (Down), or save again to make “%2” a new one.</source>
            <translation>已有公司 %1。请从列表中选择一个（按向下键），或再次保存以新建“%2”。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="164" />
            <source>%1 is already an account. Choose it from the list (Down), or save again to make “%2” a new one.</source>
            <translation>已有公司 %1。请从列表中选择（按向下键），或再次保存以新建“%2”。</translation>
        </message>
    </context>
    <context>
        <name>AccountComparePanel</name>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="42" />
            <source>Choose a pair to compare.</source>
            <translation>请选择要比较的一对。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="54" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="55" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="56" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="57" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="58" />
            <source>People</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="59" />
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="62" />
            <source>&amp;Keep this one</source>
            <translation>保留这个(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/account_compare.py" line="62" />
            <source>Keep &amp;this one</source>
            <translation>保留这个(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>AccountDetailPane</name>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="31" />
            <source>Select an account to see its people, deals and history here.</source>
            <translation>选择一个公司，即可在此查看其人员、商机和历史记录。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="46" />
            <source>Mail from %1</source>
            <translation>来自 %1 的邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="48" />
            <source>Put mail from and to anyone at %1 on this company's timeline, not only your contacts' mail (from the next import or fetch)</source>
            <translation>将与 %1 上任何人往来的邮件放到此公司的时间线上,而不仅是联系人的邮件(从下次导入或收取起)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="57" />
            <source>Put mail from %1 on “%2”</source>
            <translation>将来自 %1 的邮件放到“%2”上</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="57" />
            <source>Stop mail from %1 on “%2”</source>
            <translation>不再将来自 %1 的邮件放到“%2”上</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="90" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="104" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="105" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="106" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="106" />
            <source>example.com</source>
            <translation>example.com</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="108" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="110" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="110" />
            <source>Add phone</source>
            <translation>添加电话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="113" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="113" />
            <source>Add address</source>
            <translation>添加地址</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="115" />
            <source>Street, city, region, postal code, country — one per line</source>
            <translation>街道、城市、地区、邮编、国家——每行一项</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="116" />
            <source>Notes and tags</source>
            <translation>备注和标签</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="117" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="117" />
            <source>Add notes</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="122" />
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="130" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../ui/detail/account_pane.py" line="130" />
            <source>Deals</source>
            <translation>商机</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="241" />
            <source>Sync accounts</source>
            <translation>同步账户</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="273" />
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="279" />
            <source>Address books and calendars</source>
            <translation>通讯录和日历</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="315" />
            <source>Add account…</source>
            <translation>添加账户…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="317" />
            <source>&amp;Review the first sync…</source>
            <translation>查看首次同步(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="350" />
            <source>No account yet: add one to sync with a CardDAV/CalDAV server.</source>
            <translation>尚无账户：添加一个账户即可与 CardDAV/CalDAV 服务器同步。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="354" />
            <source>%1 — last sync %2</source>
            <translation>%1 — 上次同步：%2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="357" />
            <source>Last error: %1</source>
            <translation>上次错误：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="360" />
            <source>Not synced yet: it waits for you to review and start its first sync.</source>
            <translation>尚未同步：等待您查看并开始首次同步。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="378" />
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="380" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="383" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="384" />
            <source>There is no keyring on this system: this password is kept until Rapport closes, and asked for again next time.</source>
            <translation>此系统上没有密钥环：此密码仅保留到 Rapport 关闭，下次会再次询问。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="409" />
            <source>Trust this server's certificate</source>
            <translation>信任此服务器的证书</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="420" />
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="421" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="422" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="427" />
            <source>Looking for address books and calendars…</source>
            <translation>正在查找通讯录和日历…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="436" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="461" />
            <source>Connect Rapport to the CardDAV/CalDAV server your office already uses (Nextcloud, Fastmail, iCloud, Radicale, Baïkal…). Its address books and calendars are found from the address.</source>
            <translation>将 Rapport 连接到您办公室已在使用的 CardDAV/CalDAV 服务器（Nextcloud、Fastmail、iCloud、Radicale、Baïkal…）。Rapport 会根据地址找到其中的通讯录和日历。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="486" />
            <source>This system has no keyring to keep passwords between sessions, so Rapport asks for the password of %1 each time it starts. Enter it for this session.</source>
            <translation>此系统没有可在会话之间保存密码的密钥环，因此 Rapport 每次启动都会询问 %1 的密码。请输入本次会话使用的密码。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="489" />
            <source>Rapport has no password for %1 (the keyring does not hold one). Enter it; Rapport checks it with the server before syncing.</source>
            <translation>Rapport 没有 %1 的密码（密钥环中没有）。请输入；Rapport 会在同步前向服务器验证。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="492" />
            <source>The server did not accept the password for %1. Enter it again; Rapport checks it with the server before syncing.</source>
            <translation>服务器未接受 %1 的密码。请重新输入；Rapport 会在同步前先向服务器验证。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="495" />
            <source>Check and save</source>
            <translation>验证并保存</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="505" />
            <source>Stop waiting</source>
            <translation>停止等待</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="505" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="543" />
            <source>Stopped waiting for the server. If it answers after all, the account appears in the list.</source>
            <translation>已停止等待服务器。如果服务器之后仍有响应，该账户会出现在列表中。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="569" />
            <source>The DNS of %1 names %2, a server of another domain, as its address book and calendar server. Nothing was sent there. If that is your provider's server, tick the box and add again.</source>
            <translation>%1 的 DNS 将另一个域的服务器 %2 指定为其通讯录和日历服务器。没有向那里发送任何内容。如果那是您的服务商的服务器，请勾选此框并再次添加。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="573" />
            <source>The server at %1 sent Rapport on to %2, another server. Nothing was sent there. If that is your provider's server, tick the box and add again.</source>
            <translation>%1 处的服务器把 Rapport 转到了另一台服务器 %2。没有向那里发送任何内容。如果那是您的服务商的服务器，请勾选下面的选项并再次添加。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="577" />
            <source>&amp;Go on to that server with this user name and password</source>
            <translation>使用此用户名和密码前往那台服务器(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="599" />
            <source>The server's certificate is not signed by an authority this computer trusts. If this is your own server, compare the fingerprint below with the one the server shows, then trust it.</source>
            <translation>服务器的证书不是由这台电脑信任的机构签发的。如果这是您自己的服务器，请将下方的指纹与服务器显示的指纹进行比对，确认一致后再信任它。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="604" />
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 指纹：</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="615" />
            <source>Added: %1 and %2. Choose below what syncs and where new items go, then review the first sync.</source>
            <translation>已添加：%1 和 %2。请在下方选择同步内容和新项目的存放位置，然后查看首次同步。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="643" />
            <source>Nothing is sent or fetched until you start. To change what syncs, or where new contacts, meetings and tasks go, choose the collections first.</source>
            <translation>在您开始之前不会发送或获取任何内容。若要更改同步内容或新联系人、会议和任务的存放位置，请先选择集合。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="647" />
            <source>&amp;Start syncing</source>
            <translation>开始同步(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="649" />
            <source>&amp;Choose collections…</source>
            <translation>选择集合(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="651" />
            <source>&amp;Not now</source>
            <translation>以后再说(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="671" />
            <source>Before the first sync with %1</source>
            <translation>与 %1 首次同步之前</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="672" />
            <source>Reading what is here and what the server holds…</source>
            <translation>正在读取本地和服务器上的内容…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="684" />
            <source>No collection of this account is chosen to sync: choose the collections first.</source>
            <translation>此帐户未选择任何要同步的集合：请先选择集合。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="691" />
            <source>Could not read what the first sync would do: %1</source>
            <translation>无法读取首次同步将执行的操作：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="697" />
            <source>The first sync has started; it goes on in the background.</source>
            <translation>首次同步已开始，将在后台进行。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="704" />
            <source>The account waits: nothing syncs with it until you review and start its first sync.</source>
            <translation>此帐户正在等待：在您查看并开始首次同步之前不会同步任何内容。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/accounts_dialog.py" line="616" />
            <source>%n address book(s)</source>
            <translation>
                <numerusform>%n 个通讯录</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="377" />
            <source>https://dav.example.com/, example.com or your e-mail address</source>
            <translation>https://dav.example.com/、example.com 或您的电子邮件地址</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="394" />
            <source>Send the password and the cards u&amp;nencrypted: this server has no https, and anyone on the network between can read them</source>
            <translation>以未加密方式发送密码和名片：此服务器没有 https，网络上的任何人都能读取它们(&amp;N)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/accounts_dialog.py" line="617" />
            <source>%n calendar(s)</source>
            <translation>
                <numerusform>%n 个日历</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="619" />
            <source>There is no keyring on this system: the password is kept until Rapport closes.</source>
            <translation>此系统上没有密钥环：密码仅保留到 Rapport 关闭。</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="16" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="16" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="17" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="17" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="18" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="18" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="21" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="22" />
            <source>Any phone</source>
            <translation>任一电话</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="23" />
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <location filename="../../ui/models/accounts_model.py" line="24" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
    </context>
    <context>
        <name>CalendarCanvas</name>
        <message numerus="yes">
            <location filename="../../ui/calendar/canvas.py" line="527" />
            <source>+%n more</source>
            <translation>
                <numerusform>还有 %n 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="59" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="60" />
            <source>Go to today (T)</source>
            <translation>转到今天 (T)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="63" />
            <source>Previous (Page Up)</source>
            <translation>上一页 (Page Up)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="64" />
            <source>Previous</source>
            <translation>上一页</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="67" />
            <source>Next (Page Down)</source>
            <translation>下一页 (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="68" />
            <source>Next</source>
            <translation>下一页</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="78" />
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="78" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="79" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="83" />
            <source>%1 view (%2)</source>
            <translation>%1视图 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="87" />
            <location filename="../../ui/calendar/calendar_view.py" line="257" />
            <source>New meeting</source>
            <translation>新建会议</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="88" />
            <source>New meeting (Ctrl+N)</source>
            <translation>新建会议 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="92" />
            <source>Calendar</source>
            <translation>日历</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="212" />
            <source>Could not move</source>
            <translation>无法移动</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="305" />
            <source>Move a repeating meeting</source>
            <translation>移动重复会议</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="306" />
            <source>“%1” repeats. Move only this event, or all events of the series?</source>
            <translation>“%1”是重复会议。仅移动此次，还是移动该系列的所有会议？</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="308" />
            <source>This event</source>
            <translation>仅此次</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/calendar_view.py" line="309" />
            <source>All events</source>
            <translation>所有会议</translation>
        </message>
    </context>
    <context>
        <name>CandidatesModel</name>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Score</source>
            <translation>分数</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="50" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="50" />
            <source>Account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Possible duplicate</source>
            <translation>可能的重复项</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="51" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="75" />
            <source>%1 in 100: how likely the two are the same company</source>
            <translation>%1/100：两者是同一家公司的可能性</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="77" />
            <source>%1 in 100: how likely the two are the same person</source>
            <translation>%1/100：两者为同一人的可能性</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/model.py" line="82" />
            <source>score %1</source>
            <translation>分数 %1</translation>
        </message>
    </context>
    <context>
        <name>CardDelegate</name>
        <message>
            <location filename="../../ui/pipeline/card_delegate.py" line="140" />
            <source>%1 d</source>
            <comment>days in the current stage</comment>
            <translation>%1 天</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="114" />
            <source>Next step overdue</source>
            <translation>下一步已逾期</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="115" />
            <source>Next step today</source>
            <translation>下一步在今天</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="116" />
            <source>Next step planned</source>
            <translation>已计划下一步</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="117" />
            <source>No next step planned</source>
            <translation>未计划下一步</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="131" />
            <source>expected to close %1</source>
            <translation>预计成交 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/look.py" line="134" />
            <source>%n day(s) in this stage</source>
            <translation>
                <numerusform>在此阶段 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/look.py" line="136" />
            <source>owner %1</source>
            <translation>负责人 %1</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="76" />
            <source>Save as PNG…</source>
            <translation>另存为 PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="78" />
            <source>Export numbers (CSV)…</source>
            <translation>导出数据 (CSV)…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="85" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="86" />
            <source>Save this chart as an image or its numbers as CSV</source>
            <translation>将此图表另存为图片，或将其数据导出为 CSV</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="87" />
            <source>Export %1</source>
            <translation>导出%1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="139" />
            <source>Save chart as PNG</source>
            <translation>将图表另存为 PNG</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="140" />
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="142" />
            <source>Save as PNG</source>
            <translation>另存为 PNG</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="142" />
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="145" />
            <location filename="../../ui/dashboard/panels.py" line="152" />
            <source>Export numbers</source>
            <translation>导出数据</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="146" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/panels.py" line="152" />
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>ColumnFilter</name>
        <message>
            <location filename="../../ui/views/column_filter.py" line="18" />
            <source>is</source>
            <translation>等于</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="18" />
            <source>is not</source>
            <translation>不等于</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="19" />
            <source>contains</source>
            <translation>包含</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="20" />
            <source>is less than</source>
            <translation>小于</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="21" />
            <source>is more than</source>
            <translation>大于</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="22" />
            <source>is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="23" />
            <source>is filled in</source>
            <translation>已填写</translation>
        </message>
    </context>
    <context>
        <name>ColumnFilterDialog</name>
        <message>
            <location filename="../../ui/views/column_filter.py" line="41" />
            <source>Filter by %1</source>
            <translation>按“%1”筛选</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="44" />
            <source>How</source>
            <translation>条件</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="49" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="52" />
            <source>A date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="54" />
            <source>Yes or no</source>
            <translation>是或否</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="65" />
            <source>Show only the rows where</source>
            <translation>只显示以下条件成立的行</translation>
        </message>
        <message>
            <location filename="../../ui/views/column_filter.py" line="87" />
            <source>Type the value to compare with.</source>
            <translation>请输入要比较的值。</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <location filename="../../ui/palette.py" line="161" />
            <source>Go to or run</source>
            <translation>转到或运行</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="164" />
            <source>Type a command or the name of a record</source>
            <translation>输入命令或记录名称</translation>
        </message>
        <message>
            <location filename="../../ui/palette.py" line="165" />
            <source>Command or record</source>
            <translation>命令或记录</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>Name shown</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>Prefix</source>
            <translation>称谓</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="75" />
            <source>First name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Middle name</source>
            <translation>中间名</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Last name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="76" />
            <source>Suffix</source>
            <translation>后缀</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Nickname</source>
            <translation>昵称</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Job title</source>
            <translation>职位</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="77" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Anniversary</source>
            <translation>纪念日</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="78" />
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="79" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="120" />
            <source>Select a pair to compare the two contacts.</source>
            <translation>选择一对记录以比较这两个联系人。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="139" />
            <source>Keep “%1”</source>
            <translation>保留“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="140" />
            <source>This record stays, with its history; the other one goes to the Trash.</source>
            <translation>保留此记录及其历史，另一条移至回收站。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="143" />
            <source>Added %1</source>
            <translation>添加于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="170" />
            <source>Keep both notes</source>
            <translation>保留两条备注</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="179" />
            <source>Combined: every e-mail address, phone number, address, website and company of both is kept, and so are their activities, deals, tasks and tags.</source>
            <translation>合并：保留两者的所有电子邮件地址、电话号码、地址、网站和公司，以及他们的活动、商机、任务和标签。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="223" />
            <source>Linked photo: %1</source>
            <translation>链接的照片：%1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="237" />
            <source>A photo that cannot be shown (%1)</source>
            <translation>无法显示的照片 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="253" />
            <source>(photo)</source>
            <translation>（照片）</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="254" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="254" />
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="290" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="291" />
            <source>Chat</source>
            <translation>即时通讯</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="292" />
            <source>Related</source>
            <translation>相关人员</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/compare.py" line="292" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="217" />
            <source>Select a conflict to compare the two versions.</source>
            <translation>选择一个冲突以比较两个版本。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="238" />
            <source>Both sides changed these fields differently since the last sync. The record shows the server's values until you choose; everything else was merged.</source>
            <translation>自上次同步以来，双方对这些字段做了不同的修改。在您做出选择之前，记录显示服务器上的值；其他内容均已合并。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="244" />
            <source>On this computer</source>
            <translation>这台电脑上</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="244" />
            <source>On the server</source>
            <translation>服务器上</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="263" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="268" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="269" />
            <source>this computer</source>
            <translation>这台电脑</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="269" />
            <source>server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="275" />
            <source>One version could not be read: %1</source>
            <translation>有一个版本无法读取：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="281" />
            <source>Keep mine</source>
            <translation>保留我的版本</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="282" />
            <source>Put this computer's values back; the next sync uploads them.</source>
            <translation>恢复这台电脑上的值；下次同步时会将其上传。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="284" />
            <source>Keep server's</source>
            <translation>保留服务器版本</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="285" />
            <source>Keep the server's values, which the record already shows.</source>
            <translation>保留服务器上的值，记录中已显示这些值。</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="303" />
            <source>Sync conflicts</source>
            <translation>同步冲突</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="341" />
            <source>No conflicts. When both sides change the same field differently, the two versions wait here for you to choose.</source>
            <translation>没有冲突。当双方对同一字段做了不同修改时，两个版本会在这里等待您选择。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="405" />
            <source>The conflicts could not be read: %1</source>
            <translation>无法读取冲突：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="440" />
            <source>Could not settle this conflict: %1</source>
            <translation>无法解决此冲突：%1</translation>
        </message>
    </context>
    <context>
        <name>ContactDetailPane</name>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="84" />
            <source>Select a contact to see everything about them here.</source>
            <translation>选择一个联系人，即可在此查看其全部信息。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="109" />
            <source>%1 at %2</source>
            <translation>%2 · %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="115" />
            <location filename="../../ui/detail/contact_pane.py" line="130" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="131" />
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="131" />
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="132" />
            <source>Middle name</source>
            <translation>中间名</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="132" />
            <source>Prefix</source>
            <translation>称谓</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="133" />
            <source>Suffix</source>
            <translation>后缀</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="133" />
            <source>Nickname</source>
            <translation>昵称</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="135" />
            <source>Work</source>
            <translation>工作</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="135" />
            <source>Job title</source>
            <translation>职位</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="136" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="143" />
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="144" />
            <source>Add organisation</source>
            <translation>添加公司</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="147" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="149" />
            <source>Role there, such as Buyer</source>
            <translation>在该公司的角色，例如“采购”</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="150" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="152" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="152" />
            <source>Add e-mail</source>
            <translation>添加电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="153" />
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="156" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="156" />
            <source>Add phone</source>
            <translation>添加电话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="159" />
            <source>Web</source>
            <translation>网址</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="159" />
            <source>Add web address</source>
            <translation>添加网址</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="162" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="162" />
            <source>Add address</source>
            <translation>添加地址</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="164" />
            <source>Street, city, region, postal code, country — one per line</source>
            <translation>街道、城市、地区、邮编、国家——每行一项</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="166" />
            <source>Messaging</source>
            <translation>即时通讯</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="166" />
            <source>Add messaging</source>
            <translation>添加即时通讯</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="168" />
            <source>Service: name, such as skype: ann.lee</source>
            <translation>服务: 账号，例如 wechat: liming</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="169" />
            <source>Personal</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="170" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="171" />
            <location filename="../../ui/detail/contact_pane.py" line="173" />
            <location filename="../../ui/detail/contact_pane.py" line="179" />
            <source>A date, or --MM-DD without the year</source>
            <translation>日期，或不含年份的 --MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="172" />
            <source>Anniversary</source>
            <translation>纪念日</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="176" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="176" />
            <source>Add a date</source>
            <translation>添加日期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="181" />
            <source>Related</source>
            <translation>相关人员</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="181" />
            <source>Add a related person</source>
            <translation>添加相关人员</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="183" />
            <source>Notes and tags</source>
            <translation>备注和标签</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="184" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="184" />
            <source>Add notes</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="189" />
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <location filename="../../ui/detail/contact_pane.py" line="217" />
            <source>Deals</source>
            <translation>商机</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="16" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="16" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="17" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="17" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="18" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="18" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="21" />
            <source>Job title</source>
            <translation>职位</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="22" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="23" />
            <source>Nickname</source>
            <translation>昵称</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="24" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="25" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="26" />
            <source>Any e-mail</source>
            <translation>任一电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="27" />
            <source>Any phone</source>
            <translation>任一电话</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="28" />
            <source>Country</source>
            <translation>国家/地区</translation>
        </message>
        <message>
            <location filename="../../ui/models/contacts_model.py" line="29" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
    </context>
    <context>
        <name>CurrenciesDialog</name>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="52" />
            <source>Currencies and Exchange Rates</source>
            <translation>货币与汇率</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="54" />
            <source>Totals over deals in several currencies are added up in the home currency, each deal at the rate of its date. Rates are units of a currency one euro buys, as the European Central Bank publishes them.</source>
            <translation>多种货币交易的合计按本币相加，每笔交易按其日期的汇率折算。汇率为一欧元可兑换的该币种数量，与欧洲中央银行公布的一致。</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="62" />
            <source>Home currency</source>
            <translation>本币</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="65" />
            <source>&amp;Use</source>
            <translation>使用(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="71" />
            <source>&amp;Home currency:</source>
            <translation>本币(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="78" />
            <source>Exchange rates</source>
            <translation>汇率</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="79" />
            <location filename="../../ui/currencies_dialog.py" line="88" />
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="79" />
            <location filename="../../ui/currencies_dialog.py" line="93" />
            <source>Units per euro</source>
            <translation>每欧元兑换</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="79" />
            <location filename="../../ui/currencies_dialog.py" line="96" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="80" />
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="100" />
            <source>&amp;Set Rate</source>
            <translation>设置汇率(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="105" />
            <source>&amp;Rate of</source>
            <translation>汇率(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="107" />
            <source>to one euro, from</source>
            <translation>兑一欧元，自</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="110" />
            <source>Remo&amp;ve the Rate</source>
            <translation>删除汇率(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="112" />
            <source>&amp;Import the ECB's File…</source>
            <translation>导入欧洲央行文件(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="114" />
            <source>eurofxref.csv or eurofxref-hist.csv from the European Central Bank's site, unzipped</source>
            <translation>来自欧洲中央银行网站的 eurofxref.csv 或 eurofxref-hist.csv（已解压）</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="159" />
            <source>No rates yet: type one below, or import the European Central Bank's file.</source>
            <translation>还没有汇率：在下方输入，或导入欧洲中央银行的文件。</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="167" />
            <source>the ECB</source>
            <translation>欧洲央行</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="167" />
            <source>typed</source>
            <translation>手动输入</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="183" />
            <source>Use %1 as the home currency</source>
            <translation>将 %1 设为本币</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="190" />
            <source>Totals are added up in %1.</source>
            <translation>合计以 %1 计算。</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="196" />
            <source>Set the rate of %1</source>
            <translation>设置 %1 的汇率</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="204" />
            <source>One euro buys %1 %2 from %3.</source>
            <translation>自 %3 起，一欧元兑换 %1 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="214" />
            <source>Remove the rate of %1</source>
            <translation>删除 %1 的汇率</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="220" />
            <source>Import the ECB's Rates</source>
            <translation>导入欧洲央行汇率</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="221" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="226" />
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="228" />
            <source>Import the rates of %1</source>
            <translation>导入 %1 中的汇率</translation>
        </message>
        <message>
            <location filename="../../ui/currencies_dialog.py" line="239" />
            <source>%1 days of %2 currencies read: %3 rates added, %4 changed.</source>
            <translation>已读取 %1 天、%2 种货币：新增 %3 个汇率，更改 %4 个。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/currencies_dialog.py" line="246" />
            <source>and %n more left out</source>
            <translation>
                <numerusform>另有 %n 项被跳过</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="44" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="45" />
            <source>Accounts</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="46" />
            <source>Deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="47" />
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="48" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="49" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="50" />
            <source>Long text</source>
            <translation>长文本</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="51" />
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="52" />
            <source>Money</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="53" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="54" />
            <source>Choice</source>
            <translation>单选</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="55" />
            <source>Several choices</source>
            <translation>多选</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="56" />
            <source>Checkbox</source>
            <translation>复选框</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="57" />
            <source>Link to a contact</source>
            <translation>关联联系人</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="58" />
            <source>Link to an account</source>
            <translation>关联公司</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="59" />
            <source>An amount, such as 1200.50 EUR</source>
            <translation>金额，例如 1200.50 EUR</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="61" />
            <source>A number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="64" />
            <source>A date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="76" />
            <source>%1 (not on this computer)</source>
            <translation>%1（不在此电脑上）</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="78" />
            <source>Type a contact's name</source>
            <translation>输入联系人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="79" />
            <source>Type an account's name</source>
            <translation>输入公司名称</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsBox</name>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="158" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/detail/custom_fields.py" line="184" />
            <source>Edit %1</source>
            <translation>编辑%1</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsDialog</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="177" />
            <source>Custom Fields</source>
            <translation>自定义字段</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="179" />
            <source>Fields you add show in the records' panes, are searched, and go into exported files and to the office's other computers. A removed field waits in the Trash with its values.</source>
            <translation>您添加的字段显示在记录面板中，可被搜索，并随导出文件和同步到团队的其他电脑。删除的字段连同其值保留在回收站中。</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="183" />
            <source>Fields of</source>
            <translation>字段所属</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="189" />
            <source>&amp;Fields of:</source>
            <translation>字段所属(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="196" />
            <source>Fields</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Label</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="197" />
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="207" />
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="209" />
            <source>&amp;Change…</source>
            <translation>修改(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="211" />
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="213" />
            <source>Move &amp;Down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="215" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="270" />
            <source>No fields of %1 yet: Add… makes one.</source>
            <translation>%1还没有字段：点击“添加…”创建一个。</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="329" />
            <source>Saved: %1.</source>
            <translation>已保存：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="338" />
            <source>Remove the field “%1”</source>
            <translation>删除字段“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="345" />
            <source>“%1” is in the Trash with its values: restore it there, or undo it once this closes.</source>
            <translation>“%1”及其值已移到回收站：可在回收站恢复，或关闭此窗口后撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="353" />
            <source>Move the field “%1”</source>
            <translation>移动字段“%1”</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/dashboard/report.py" line="145" />
            <source>Dashboard — %1</source>
            <translation>仪表板 — %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="146" />
            <source>no pipeline</source>
            <translation>无销售管道</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="150" />
            <source>As of %1</source>
            <translation>截至 %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="156" />
            <source>Key figure</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="157" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="158" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="183" />
            <source>The oldest %1 of %2.</source>
            <translation>最早的 %1 项（共 %2 项）。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="187" />
            <source>No overdue tasks.</source>
            <translation>没有逾期任务。</translation>
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
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../ui/dashboard/view.py" line="71" />
            <source>Pipeline</source>
            <translation>销售管道</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="73" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="74" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="75" />
            <source>Last 12 months</source>
            <translation>最近 12 个月</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="75" />
            <source>Custom range</source>
            <translation>自定义范围</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="80" />
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="80" />
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="85" />
            <source>Print report (PDF)…</source>
            <translation>打印报告 (PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="86" />
            <source>Write the whole dashboard to a PDF file</source>
            <translation>将整个仪表板写入 PDF 文件</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="88" />
            <source>&amp;Pipeline</source>
            <translation>销售管道(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="90" />
            <source>Peri&amp;od</source>
            <translation>期间(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="102" />
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="103" />
            <source>Average days to close</source>
            <translation>平均成交天数</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="104" />
            <source>Open pipeline</source>
            <translation>进行中的管道</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="105" />
            <source>Overdue tasks</source>
            <translation>逾期任务</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="111" />
            <source>Open deals by stage</source>
            <translation>各阶段进行中的商机</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="114" />
            <source>Forecast by month</source>
            <translation>按月预测</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="116" />
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="118" />
            <source>One currency's deals, or (with a home currency and rates) every currency added up in the home one</source>
            <translation>单一货币的交易，或（设置本币和汇率后）所有货币折合本币相加</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="120" />
            <source>Activities per week</source>
            <translation>每周活动</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="130" />
            <location filename="../../ui/dashboard/view.py" line="137" />
            <source>Oldest overdue tasks</source>
            <translation>最早的逾期任务</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="168" />
            <source>No deals yet</source>
            <translation>暂无商机</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="174" />
            <source>The dashboard shows your open pipeline, the forecast by month, your win rate and how busy the weeks were once there are deals. Add your first deal — or create deals from an account or a contact's page — and come back here.</source>
            <translation>有了商机后，仪表板会显示进行中的销售管道、按月预测、赢单率以及每周的忙碌程度。添加您的第一个商机（或在公司或联系人页面上创建商机），然后再回到这里。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="183" />
            <source>New deal…</source>
            <translation>新建商机…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="278" />
            <source>No deal of this pipeline closed in the period</source>
            <translation>此期间内该管道没有已结束的商机</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="280" />
            <source>%1 won · %2 lost</source>
            <translation>赢单 %1 · 输单 %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="283" />
            <source>No deal won in the period</source>
            <translation>此期间内没有赢单</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="286" />
            <source>from creation to won, over %n deal(s)</source>
            <translation>
                <numerusform>从创建到赢单，共 %n 个商机</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="298" />
            <location filename="../../ui/dashboard/view.py" line="308" />
            <source>and %n more currency(ies)</source>
            <translation>
                <numerusform>及另外 %n 种货币</numerusform>
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
                <numerusform>当前 %n 个进行中的商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="318" />
            <source>The oldest was due %1</source>
            <translation>最早的截止于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="320" />
            <source>Nothing overdue</source>
            <translation>没有逾期事项</translation>
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
                <numerusform>%n 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="344" />
            <source>%1 — %2 % probability</source>
            <translation>%1 — 概率 %2%</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="346" />
            <location filename="../../ui/dashboard/view.py" line="377" />
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%n 个进行中的商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="347" />
            <source>Click to open this stage on the board</source>
            <translation>点击在看板上打开此阶段</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="351" />
            <source>No open deals in this pipeline.</source>
            <translation>此销售管道中没有进行中的商机。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="353" />
            <source>Now, whatever the period. Click a stage to open it.</source>
            <translation>当前数据，与所选期间无关。点击阶段即可打开。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dashboard/view.py" line="366" />
            <source>Not in it: %n currency(ies) with no rate (%1)</source>
            <translation>
                <numerusform>未计入：%n 种没有汇率的货币（%1）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="373" />
            <source>Won: %1 (%2)</source>
            <translation>赢单：%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="375" />
            <source>Weighted forecast: %1 (%2, %3 in total)</source>
            <translation>加权预测：%1（%2，共 %3）</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="379" />
            <source>Every currency with a rate, each deal at the rate of its date</source>
            <translation>所有有汇率的货币，每笔交易按其日期的汇率折算</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="385" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="386" />
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Weighted forecast</source>
            <translation>加权预测</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="390" />
            <source>Nothing won or expected to close in %1 in this period.</source>
            <translation>此期间内没有以 %1 计价的赢单或预计成交的商机。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="401" />
            <source>No deal of this pipeline has an amount yet.</source>
            <translation>此销售管道中的商机尚未填写金额。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="403" />
            <source>Open deals by expected close, weighted by probability, beside deals won in each month.</source>
            <translation>按预计成交日期统计、按概率加权的进行中商机，与每月赢单并列显示。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="414" />
            <source>Week of %1: %2</source>
            <translation>%1 当周：%2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="427" />
            <source>No calls, meetings, e-mails or notes logged in this period yet.</source>
            <translation>此期间内尚未记录任何通话、会议、邮件或备注。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="434" />
            <source>All pipelines, up to today.</source>
            <translation>所有销售管道，截至今天。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="442" />
            <source>No overdue tasks. Well done.</source>
            <translation>没有逾期任务。干得好！</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="444" />
            <source>The oldest %1 of %2. Double-click one to open it.</source>
            <translation>最早的 %1 项（共 %2 项）。双击即可打开。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="447" />
            <source>Double-click a task to open it.</source>
            <translation>双击任务即可打开。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>Calls</source>
            <translation>通话</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>Meetings</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="451" />
            <source>E-mails</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="452" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <source>Probability (%)</source>
            <translation>概率 (%)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="459" />
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Open deals</source>
            <translation>进行中的商机</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="460" />
            <source>Amount %1</source>
            <translation>金额 %1</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="470" />
            <source>Open amount</source>
            <translation>进行中金额</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Won deals</source>
            <translation>赢单数</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="471" />
            <source>Won amount</source>
            <translation>赢单金额</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="481" />
            <source>Week starting</source>
            <translation>周起始日</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="481" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="497" />
            <source>Dashboard</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="498" />
            <source>Print report (PDF)</source>
            <translation>打印报告 (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="498" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="504" />
            <source>Print report</source>
            <translation>打印报告</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/view.py" line="504" />
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/report.py" line="169" />
            <location filename="../../ui/dashboard/view.py" line="260" />
            <source>All, in %1 ≈</source>
            <translation>全部，折合 %1 ≈</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../ui/qt_dates.py" line="70" />
            <source>“%1” is not a date (write it as %2, or 2026-03-15)</source>
            <translation>“%1”不是日期（请写作 %2 或 2026-03-15）</translation>
        </message>
    </context>
    <context>
        <name>DealDetailPane</name>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="237" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="251" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="252" />
            <source>Lost…</source>
            <translation>输单…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="253" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="254" />
            <source>Move to Trash</source>
            <translation>移到回收站</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="277" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="278" />
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="282" />
            <source> %</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="286" />
            <source>Probability</source>
            <translation>概率</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="287" />
            <source>The stage's probability unless you set one for this deal</source>
            <translation>除非为此商机单独设置，否则使用阶段的概率</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="289" />
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="290" />
            <location filename="../../ui/pipeline/deal_detail.py" line="732" />
            <source>Account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="298" />
            <source>Pipeline</source>
            <translation>销售管道</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="300" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="307" />
            <source>Lead source</source>
            <translation>线索来源</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="312" />
            <source>&amp;Probability:</source>
            <translation>概率(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="314" />
            <source>Pipe&amp;line:</source>
            <translation>销售管道(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="316" />
            <source>Account:</source>
            <translation>公司：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="318" />
            <source>Amount:</source>
            <translation>金额：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="319" />
            <source>Currency:</source>
            <translation>货币：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="321" />
            <source>Expected close:</source>
            <translation>预计成交：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="322" />
            <source>Owner:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="323" />
            <source>Lead source:</source>
            <translation>线索来源：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="324" />
            <source>Created:</source>
            <translation>创建时间：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="336" />
            <source>Type a name to add a contact</source>
            <translation>输入姓名以添加联系人</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="337" />
            <source>Add a person to this deal</source>
            <translation>向此商机添加联系人</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Entered</source>
            <translation>进入时间</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="341" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="343" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="343" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="346" />
            <source>Activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="346" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="368" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="371" />
            <source>Stage history</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="373" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="375" />
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="388" />
            <location filename="../../ui/pipeline/deal_detail.py" line="411" />
            <source>Select a deal to see its details here.</source>
            <translation>选择一个商机，即可在此查看详情。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="466" />
            <source>No amount or account yet</source>
            <translation>尚无金额或公司</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="472" />
            <source>Won on %1</source>
            <translation>%1 赢单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="474" />
            <source>Lost on %1: %2</source>
            <translation>%1 输单：%2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="477" />
            <source>Open · %1 · %2</source>
            <translation>进行中 · %1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="498" />
            <source>From %1</source>
            <translation>来自 %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="507" />
            <source>Stage's (%1 %)</source>
            <translation>阶段默认（%1%）</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="528" />
            <source>remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="528" />
            <source>role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="533" />
            <source>No contacts linked to this deal.</source>
            <translation>此商机没有关联的联系人。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="549" />
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="550" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="561" />
            <source>No tasks linked to this deal.</source>
            <translation>此商机没有关联的任务。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="569" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="570" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="583" />
            <source>No activities linked to this deal.</source>
            <translation>此商机没有关联的活动。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="588" />
            <source>Next step (overdue): %1, due %2</source>
            <translation>下一步（已逾期）：%1，截止 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="589" />
            <source>Next step (today): %1</source>
            <translation>下一步（今天）：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="589" />
            <source>Next step: %1, due %2</source>
            <translation>下一步：%1，截止 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="597" />
            <source>Next step: %1, %2</source>
            <translation>下一步：%1，%2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="600" />
            <source>Next step: %1 (no due date)</source>
            <translation>下一步：%1（无截止日期）</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="603" />
            <source>⚠ No next step planned for this deal.</source>
            <translation>⚠ 此商机尚未计划下一步。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="641" />
            <source>Edit “%1”</source>
            <translation>编辑“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="291" />
            <location filename="../../ui/pipeline/deal_detail.py" line="661" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="264" />
            <source>Private</source>
            <translation>私人</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="266" />
            <source>Only you see this deal: sync puts it in your own calendar, never in the office's (with no calendar of your own it stays on this computer)</source>
            <translation>只有您能看到此交易：同步会把它放进您自己的日历，绝不放进办公室的日历（若您没有自己的日历，它只保留在这台电脑上）</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="684" />
            <location filename="../../ui/pipeline/deal_detail.py" line="732" />
            <source>Edit %1 of “%2”</source>
            <translation>编辑“%2”的%1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="769" />
            <source>Add %1 to “%2”</source>
            <translation>将 %1 添加到“%2”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="789" />
            <source>Remove %1 from “%2”</source>
            <translation>从“%2”移除 %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="798" />
            <source>Role in the deal</source>
            <translation>在商机中的角色</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="799" />
            <source>%1's role in this deal, such as Decision maker:</source>
            <translation>%1 在此商机中的角色，例如“决策者”：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="805" />
            <source>Role of %1 in “%2”</source>
            <translation>%1 在“%2”中的角色</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="814" />
            <source>Delete “%1”</source>
            <translation>删除“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="819" />
            <source>“%1” is in the Trash. Edit → Undo brings it back.</source>
            <translation>“%1”已在回收站中。编辑 → 撤销可将其恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="838" />
            <source>Share “%1” with the office</source>
            <translation>与办公室共享“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="838" />
            <source>Make “%1” private</source>
            <translation>将“%1”设为私人</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="844" />
            <source>Mark “%1” won</source>
            <translation>将“%1”标记为赢单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="856" />
            <source>Mark “%1” lost</source>
            <translation>将“%1”标记为输单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="866" />
            <source>Reopen “%1”</source>
            <translation>重新打开“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="751" />
            <location filename="../../ui/pipeline/deal_detail.py" line="873" />
            <source>Move “%1” to %2</source>
            <translation>将“%1”移到 %2</translation>
        </message>
    </context>
    <context>
        <name>DealSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="411" />
            <source>New deal</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="414" />
            <source>Type to find an account, or a new name</source>
            <translation>输入以查找公司，或输入新名称</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="428" />
            <source>&amp;Title</source>
            <translation>名称(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="429" />
            <source>A&amp;ccount</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="430" />
            <source>&amp;People</source>
            <translation>联系人(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="431" />
            <source>&amp;Amount</source>
            <translation>金额(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="432" />
            <source>C&amp;urrency</source>
            <translation>货币(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="433" />
            <source>&amp;Stage</source>
            <translation>阶段(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="435" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="436" />
            <source>O&amp;wner</source>
            <translation>负责人(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="246" />
            <source>“%1” is not an amount</source>
            <translation>“%1”不是有效金额</translation>
        </message>
    </context>
    <context>
        <name>DealsListView</name>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="80" />
            <source>Lost</source>
            <translation>输单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="81" />
            <source>Any status</source>
            <translation>任意状态</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="87" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="89" />
            <source>&amp;Pipeline:</source>
            <translation>销售管道(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="91" />
            <source>S&amp;tage:</source>
            <translation>阶段(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="101" />
            <source>Filter deals by title, account, owner or lead source</source>
            <translation>按标题、公司、负责人或线索来源筛选商机</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="102" />
            <source>No deals here. Pick another status, pipeline or stage above.</source>
            <translation>这里没有商机。请在上方选择其他状态、销售管道或阶段。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="103" />
            <source>No deals match “%1”.</source>
            <translation>没有与“%1”匹配的商机。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="169" />
            <source>All pipelines</source>
            <translation>所有销售管道</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="181" />
            <source>All stages</source>
            <translation>所有阶段</translation>
        </message>
    </context>
    <context>
        <name>DealsModel</name>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="30" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="30" />
            <source>Account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="31" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="31" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="32" />
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="32" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="33" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="33" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_list.py" line="62" />
            <source>Lost</source>
            <translation>输单</translation>
        </message>
    </context>
    <context>
        <name>DealsView</name>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="41" />
            <source>&amp;Board</source>
            <translation>看板(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="42" />
            <source>&amp;List</source>
            <translation>列表(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="43" />
            <source>Deals as cards, a column per stage</source>
            <translation>以卡片显示商机，每个阶段一列</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deals_view.py" line="44" />
            <source>Deals as a table you can sort and filter</source>
            <translation>以可排序、可筛选的表格显示商机</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotifications</name>
        <message>
            <location filename="../../ui/desktop_notifications.py" line="55" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>DisqualifySheet</name>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="79" />
            <source>Disqualify “%1”</source>
            <translation>放弃“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="81" />
            <source>D&amp;isqualify</source>
            <translation>放弃(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>No budget</source>
            <translation>没有预算</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>No need</source>
            <translation>没有需求</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="84" />
            <source>Chose a competitor</source>
            <translation>选择了竞争对手</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Could not reach them</source>
            <translation>联系不上</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Not a fit</source>
            <translation>不适合</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="85" />
            <source>Spam</source>
            <translation>垃圾信息</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="89" />
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <location filename="../../ui/duplicates/view.py" line="59" />
            <source>Duplicates</source>
            <translation>重复项</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="64" />
            <source>Possible duplicates</source>
            <translation>可能的重复项</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="103" />
            <source>C&amp;ontacts</source>
            <translation>联系人(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="103" />
            <source>A&amp;ccounts</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="111" />
            <source>&amp;Merge</source>
            <translation>合并(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="134" />
            <source>&amp;Undo merge</source>
            <translation>撤销合并(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="143" />
            <source>&amp;Look again</source>
            <translation>重新查找(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="144" />
            <source>Find the likely duplicates again</source>
            <translation>重新查找可能的重复项</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="191" />
            <source>Looking for contacts that may be the same person…</source>
            <translation>正在查找可能为同一人的联系人…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="193" />
            <source>Looking for accounts that may be the same company…</source>
            <translation>正在查找可能是同一家公司的记录…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="212" />
            <source>No likely duplicates.

Contacts with the same e-mail address or phone number, or a close name at the same company, are listed here.</source>
            <translation>没有可能的重复项。

电子邮件地址或电话号码相同、或在同一公司且姓名相近的联系人会列在这里。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="214" />
            <source>No likely duplicates.

Accounts with the same name but for case, punctuation or legal form, a name a letter or two apart, the same web site or the same phone number are listed here.</source>
            <translation>没有可能的重复。

名称相同（不计大小写、标点和公司形式）、名称仅差一两个字母、网站相同或电话相同的公司会列在这里。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="217" />
            <source>Nothing to compare.</source>
            <translation>没有可比较的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="219" />
            <source>Pairs that may be duplicates: %1</source>
            <translation>可能重复的记录对：%1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="312" />
            <location filename="../../ui/duplicates/view.py" line="323" />
            <source>Merge “%1” into “%2”</source>
            <translation>将“%1”合并到“%2”</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="336" />
            <source>Undo the merge</source>
            <translation>撤销合并</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="347" />
            <source>Merged “%1” into “%2”.</source>
            <translation>已将“%1”合并到“%2”。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="349" />
            <source>Undone: %1</source>
            <translation>已撤销：%1</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="371" />
            <source>Undo: %1 (%2)</source>
            <translation>撤销：%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="373" />
            <source>No merge to undo</source>
            <translation>没有可撤销的合并</translation>
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
            <translation>联系人和公司，适用于 Apple 通讯录、Thunderbird、Nextcloud 及其他新版通讯录。</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="63" />
            <source>vCard 3.0 (.vcf)</source>
            <translation>vCard 3.0 (.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="64" />
            <source>Contacts and companies, for older phones and programs that do not read vCard 4.0.</source>
            <translation>联系人和公司，适用于无法读取 vCard 4.0 的旧手机和程序。</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="66" />
            <source>Google Contacts CSV (.csv)</source>
            <translation>Google 通讯录 CSV (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="67" />
            <source>Contacts, in the columns Google Contacts imports.</source>
            <translation>联系人，按 Google 通讯录导入所用的列排列。</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="69" />
            <source>Outlook CSV (.csv)</source>
            <translation>Outlook CSV (.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="70" />
            <source>Contacts, in the columns Outlook imports.</source>
            <translation>联系人，按 Outlook 导入所用的列排列。</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="72" />
            <source>iCalendar (.ics)</source>
            <translation>iCalendar (.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="73" />
            <source>Meetings, tasks, calls, e-mails and notes, for any calendar program.</source>
            <translation>会议、任务、通话、电子邮件和备注，适用于任何日历程序。</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="88" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="89" />
            <source>Export the Segment “%1”</source>
            <translation>导出细分“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="101" />
            <source>Everything; or words to export only what a search finds</source>
            <translation>全部；或输入关键词，仅导出搜索到的内容</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="105" />
            <source>Choose where to save the file</source>
            <translation>选择文件的保存位置</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="106" />
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="114" />
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="118" />
            <source>&amp;Only matching:</source>
            <translation>仅匹配(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="124" />
            <source>Only:</source>
            <translation>仅：</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="124" />
            <source>The segment “%1”, as its list shows it now</source>
            <translation>细分“%1”（按列表当前显示的内容）</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="126" />
            <source>&amp;Save to:</source>
            <translation>保存到(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="131" />
            <source>Export progress</source>
            <translation>导出进度</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="139" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="189" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="197" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="222" />
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="223" />
            <source>%1 (*%2);;All files (*)</source>
            <translation>%1 (*%2);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="235" />
            <source>%1 of %2 records written…</source>
            <translation>已写入 %1/%2 条记录…</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="240" />
            <source>Export cancelled; no file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="245" />
            <source>Exported %1 records to %2.</source>
            <translation>已将 %1 条记录导出到 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/exporter.py" line="251" />
            <source>The export failed: %1</source>
            <translation>导出失败：%1</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="82" />
            <source>New Field</source>
            <translation>新建字段</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="82" />
            <source>Change Field</source>
            <translation>修改字段</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="85" />
            <source>Label</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="88" />
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="90" />
            <source>Its name in exported files, vCards and scripts: lower-case Latin letters, digits and _</source>
            <translation>字段在导出文件、vCard 和脚本中的名称：小写拉丁字母、数字和 _</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="94" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="101" />
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="102" />
            <source>One choice a line</source>
            <translation>每行一个选项</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="107" />
            <source>&amp;Label:</source>
            <translation>名称(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="108" />
            <source>&amp;Key:</source>
            <translation>键(&amp;K)：</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="109" />
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="110" />
            <source>C&amp;hoices:</source>
            <translation>选项(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="122" />
            <source>Add Field</source>
            <translation>添加字段</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="122" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="154" />
            <source>Add the field “%1”</source>
            <translation>添加字段“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/custom_fields_dialog.py" line="160" />
            <source>Change the field “%1”</source>
            <translation>修改字段“%1”</translation>
        </message>
    </context>
    <context>
        <name>FilesBox</name>
        <message>
            <location filename="../../ui/detail/files_box.py" line="83" />
            <source>Attach a File…</source>
            <translation>附加文件…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="85" />
            <source>Or drop files on the record</source>
            <translation>也可以把文件拖放到记录上</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="95" />
            <location filename="../../ui/detail/files_box.py" line="303" />
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="96" />
            <source>Added</source>
            <translation>添加于</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="112" />
            <source>No files yet: drop one here, or attach one.</source>
            <translation>还没有文件：把文件拖放到这里，或附加一个文件。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="164" />
            <source>Attach Files</source>
            <translation>附加文件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="174" />
            <location filename="../../ui/detail/files_box.py" line="200" />
            <source>Attach “%1”</source>
            <translation>附加“%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/files_box.py" line="175" />
            <location filename="../../ui/detail/files_box.py" line="201" />
            <source>Attach %n file(s)</source>
            <translation>
                <numerusform>附加 %n 个文件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="225" />
            <source>Save a Copy</source>
            <translation>保存副本</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="249" />
            <source>Remove “%1”</source>
            <translation>移除“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="302" />
            <source>Files (%1)</source>
            <translation>文件（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="340" />
            <source>“%1” is on this record already.</source>
            <translation>此记录上已有“%1”。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="341" />
            <source>“%1” was not attached: %2</source>
            <translation>“%1”未附加：%2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="378" />
            <source>Rename “%1”</source>
            <translation>重命名“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="393" />
            <source>No program opened the file (%1).</source>
            <translation>没有程序打开该文件（%1）。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="396" />
            <source>Saved as %1.</source>
            <translation>已另存为 %1。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="402" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="403" />
            <source>&amp;Save a Copy As…</source>
            <translation>副本另存为(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="404" />
            <source>Re&amp;name</source>
            <translation>重命名(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/files_box.py" line="406" />
            <source>&amp;Remove from the Record</source>
            <translation>从记录中移除(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="105" />
            <source>Choose the files to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="106" />
            <source>Contacts from vCard (.vcf) or CSV files, meetings and tasks from iCalendar (.ics) files. You can also drop files on this window.</source>
            <translation>从 vCard (.vcf) 或 CSV 文件导入联系人，从 iCalendar (.ics) 文件导入会议和任务。也可以将文件拖放到此窗口。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="111" />
            <source>Files to import</source>
            <translation>待导入的文件</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="117" />
            <source>No files chosen yet.

Choose “Add files…”, or drop vCard, CSV or iCalendar files here.</source>
            <translation>尚未选择文件。

请点击“添加文件…”，或将 vCard、CSV 或 iCalendar 文件拖放到此处。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="124" />
            <source>&amp;Add files…</source>
            <translation>添加文件(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="126" />
            <source>Choose files (%1)</source>
            <translation>选择文件 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="129" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="160" />
            <source>Looking at the files…</source>
            <translation>正在查看文件…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="198" />
            <source>Import files</source>
            <translation>导入文件</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="199" />
            <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical *.txt);;All files (*)</source>
            <translation>联系人和日历 (*.vcf *.vcard *.csv *.ics *.ical *.txt);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="429" />
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="430" />
            <source>Records are written in batches. Cancel stops after the record being written; what was imported until then stays.</source>
            <translation>记录分批写入。取消会在当前记录写入后停止；在此之前导入的内容会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="436" />
            <source>Import progress</source>
            <translation>导入进度</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="437" />
            <source>&amp;Cancel import</source>
            <translation>取消导入(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="458" />
            <source>Starting…</source>
            <translation>正在开始…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="474" />
            <source>Import %1</source>
            <translation>导入 %1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="482" />
            <source>Stopping after record %1…</source>
            <translation>将在第 %1 条记录后停止…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="494" />
            <source>%1 records written…</source>
            <translation>已写入 %1 条记录…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/importer/models.py" line="40" />
            <source>Contacts (vCard)</source>
            <translation>联系人 (vCard)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="41" />
            <source>Contacts (CSV)</source>
            <translation>联系人 (CSV)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="42" />
            <source>Calendar (iCalendar)</source>
            <translation>日历 (iCalendar)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="43" />
            <source>Empty</source>
            <translation>空</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="43" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="44" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="44" />
            <location filename="../../ui/importer/models.py" line="154" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="45" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="45" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="46" />
            <location filename="../../ui/importer/models.py" line="99" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="46" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="98" />
            <location filename="../../ui/importer/models.py" line="276" />
            <location filename="../../ui/importer/models.py" line="333" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="98" />
            <source>Contains</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="99" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="128" />
            <source>Columns to match up on the next page</source>
            <translation>请在下一页匹配各列</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="148" />
            <source>Keep as an extra field</source>
            <translation>保留为附加字段</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="148" />
            <source>Leave out</source>
            <translation>不导入</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="149" />
            <source>Full name</source>
            <translation>全名</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="149" />
            <source>First name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="150" />
            <source>Middle name</source>
            <translation>中间名</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="150" />
            <source>Last name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="151" />
            <source>Name prefix (Mr, Dr)</source>
            <translation>称谓（先生、博士）</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="152" />
            <source>Name suffix (Jr)</source>
            <translation>姓名后缀（Jr）</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="152" />
            <source>Nickname</source>
            <translation>昵称</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="153" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="153" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="154" />
            <source>Job title</source>
            <translation>职位</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="155" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="155" />
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="156" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="156" />
            <source>State or region</source>
            <translation>省/地区</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="157" />
            <source>Postal code</source>
            <translation>邮政编码</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="157" />
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="158" />
            <source>PO box</source>
            <translation>邮政信箱</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="158" />
            <source>Address line 2</source>
            <translation>地址第 2 行</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="159" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="159" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="160" />
            <source>Anniversary</source>
            <translation>纪念日</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="160" />
            <source>Other date</source>
            <translation>其他日期</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="161" />
            <source>Related person</source>
            <translation>相关人员</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="161" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="162" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="166" />
            <source>Custom field: %1</source>
            <translation>自定义字段：%1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="203" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="203" />
            <source>Example</source>
            <translation>示例</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="204" />
            <location filename="../../ui/importer/models.py" line="247" />
            <source>Import as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="276" />
            <location filename="../../ui/importer/models.py" line="333" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="277" />
            <location filename="../../ui/importer/models.py" line="334" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="277" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="278" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="278" />
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="295" />
            <source>Will not be imported: %1</source>
            <translation>不会导入：%1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/models.py" line="334" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/importer/wizard.py" line="59" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>InlineField</name>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="505" />
            <source>Click or press F2 to edit</source>
            <translation>单击或按 F2 进行编辑</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="294" />
            <source>Ctrl+Enter saves, Esc cancels</source>
            <translation>Ctrl+Enter 保存，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="141" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="142" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="161" />
            <source>Write an e-mail</source>
            <translation>写邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="163" />
            <source>Call</source>
            <translation>拨打电话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="165" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="166" />
            <source>Open in the browser</source>
            <translation>在浏览器中打开</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="314" />
            <source>Pick a date (Alt+Down)</source>
            <translation>选择日期 (Alt+向下)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="315" />
            <source>Pick a date</source>
            <translation>选择日期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="503" />
            <source>Click the link to open it (Ctrl+Enter); click beside it or press F2 to edit</source>
            <translation>点击链接打开（Ctrl+Enter）；点击旁边或按 F2 编辑</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="504" />
            <source>Click or press Space to change</source>
            <translation>单击或按空格键切换</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/detail/labels.py" line="14" />
            <source>home</source>
            <translation>住宅</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="14" />
            <source>work</source>
            <translation>工作</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="15" />
            <source>mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="16" />
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="16" />
            <source>main</source>
            <translation>主要</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="17" />
            <source>voice</source>
            <translation>语音</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="17" />
            <source>fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="18" />
            <source>pager</source>
            <translation>寻呼机</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="18" />
            <source>text</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="19" />
            <source>video</source>
            <translation>视频</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="19" />
            <source>textphone</source>
            <translation>文本电话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="20" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="20" />
            <source>school</source>
            <translation>学校</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="21" />
            <source>internet</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="21" />
            <source>personal</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="22" />
            <source>spouse</source>
            <translation>配偶</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="22" />
            <source>partner</source>
            <translation>伴侣</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="23" />
            <source>child</source>
            <translation>子女</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="23" />
            <source>parent</source>
            <translation>父母</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="24" />
            <source>mother</source>
            <translation>母亲</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="24" />
            <source>father</source>
            <translation>父亲</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="25" />
            <source>sibling</source>
            <translation>兄弟姐妹</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="25" />
            <source>brother</source>
            <translation>兄弟</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="26" />
            <source>sister</source>
            <translation>姐妹</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="26" />
            <source>friend</source>
            <translation>朋友</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="27" />
            <source>assistant</source>
            <translation>助理</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="27" />
            <source>manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="28" />
            <source>colleague</source>
            <translation>同事</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="28" />
            <source>anniversary</source>
            <translation>纪念日</translation>
        </message>
        <message>
            <location filename="../../ui/detail/labels.py" line="29" />
            <source>birthday</source>
            <translation>生日</translation>
        </message>
    </context>
    <context>
        <name>LeadDetailPane</name>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="63" />
            <source>&amp;Qualify…</source>
            <translation>转化(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="64" />
            <source>Make its contact, account and deal (or take those there are), with its history (Ctrl+Shift+Q)</source>
            <translation>据此创建联系人、公司和商机（或使用已有的），连同其历史记录（Ctrl+Shift+Q）</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="67" />
            <source>D&amp;isqualify…</source>
            <translation>放弃(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="68" />
            <source>Close it, saying why (Ctrl+Shift+X)</source>
            <translation>关闭线索并说明原因（Ctrl+Shift+X）</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="70" />
            <source>&amp;Reopen</source>
            <translation>重新处理(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="71" />
            <source>Work on it again, as contacted (its reason goes)</source>
            <translation>重新处理此线索，标为已联系（放弃原因将清除）</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="90" />
            <source>Reopen “%1”</source>
            <translation>重新处理“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="126" />
            <source>Select a lead to see where it came from and its history here.</source>
            <translation>选择一条线索，在此查看其来源和历史记录。</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="143" />
            <source>from %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="149" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="149" />
            <location filename="../../ui/leads/lead_pane.py" line="160" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="158" />
            <source>Who</source>
            <translation>联系信息</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="162" />
            <source>Person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="163" />
            <source>Job title</source>
            <translation>职位</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="164" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="166" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="168" />
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="169" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="170" />
            <source>Web form, fair, referral…</source>
            <translation>网站表单、展会、推荐…</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="174" />
            <source>Contacted</source>
            <translation>已联系</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="180" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="181" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="184" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="195" />
            <source>contact %1</source>
            <translation>联系人 %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="196" />
            <source>account %1</source>
            <translation>公司 %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="197" />
            <source>deal %1</source>
            <translation>商机 %1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="201" />
            <source>%1 — became %2</source>
            <translation>%1 — 转化为：%2</translation>
        </message>
    </context>
    <context>
        <name>Leads</name>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="31" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="32" />
            <source>Contacted</source>
            <translation>已联系</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="33" />
            <source>Qualified</source>
            <translation>已转化</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_pane.py" line="34" />
            <source>Disqualified</source>
            <translation>已放弃</translation>
        </message>
    </context>
    <context>
        <name>LeadsModel</name>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="78" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="79" />
            <source>Captured</source>
            <translation>获取日期</translation>
        </message>
    </context>
    <context>
        <name>LeadsView</name>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="123" />
            <source>Add a lead: “Anna Petrova, Sever LLC, anna@sever.example.org, from the fair”</source>
            <translation>添加线索：“王芳, 北京科技有限公司, wang@bjtech.example.cn, 来源：展会”</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="125" />
            <source>New lead</source>
            <translation>新建线索</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="128" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="129" />
            <source>Add the lead (Enter)</source>
            <translation>添加线索（Enter）</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Qualified</source>
            <translation>已转化</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>Disqualified</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="141" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="230" />
            <source>No leads yet. Type one in the line above, or import a web form’s CSV (File ▸ Import Leads…).</source>
            <translation>还没有线索。在上面一行输入一条，或导入网站表单的 CSV（文件 ▸ 导入线索…）。</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="232" />
            <source>None here.</source>
            <translation>这里没有内容。</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="271" />
            <source>New lead “%1”</source>
            <translation>新建线索“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="292" />
            <source>Not added: %1</source>
            <translation>未添加：%1</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="299" />
            <source>Name, company, e-mail, phone, “from” a source — separated by commas</source>
            <translation>姓名、公司、电子邮件、电话、“来源：”某来源 — 用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>Person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="302" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/leads/leads_view.py" line="303" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>LogCallSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="268" />
            <source>Log a call</source>
            <translation>记录通话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="268" />
            <source>Log an e-mail</source>
            <translation>记录邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="272" />
            <source>What was the e-mail about?</source>
            <translation>邮件内容是什么?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="273" />
            <source>What was it about?</source>
            <translation>通话内容是什么？</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>Interested</source>
            <translation>有意向</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>Left a message</source>
            <translation>已留言</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="276" />
            <source>No answer</source>
            <translation>无人接听</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="277" />
            <source>Not interested</source>
            <translation>无意向</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="284" />
            <source>&amp;Subject</source>
            <translation>主题(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="286" />
            <source>&amp;Outcome</source>
            <translation>结果(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="287" />
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="288" />
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="292" />
            <source>Edit call</source>
            <translation>编辑通话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="292" />
            <source>Edit e-mail</source>
            <translation>编辑邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="302" />
            <source>Edit “%1”</source>
            <translation>编辑“%1”</translation>
        </message>
    </context>
    <context>
        <name>LogUndoStack</name>
        <message>
            <location filename="../../ui/operations/undo_stack.py" line="74" />
            <source>Undo %1</source>
            <translation>撤销：%1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/undo_stack.py" line="80" />
            <source>Redo %1</source>
            <translation>重做：%1</translation>
        </message>
    </context>
    <context>
        <name>LostReasonDialog</name>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="16" />
            <source>Mark as lost</source>
            <translation>标记为输单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="17" />
            <source>Why was “%1” lost?</source>
            <translation>“%1”为什么输单？</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="26" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="29" />
            <source>For example: chose a competitor</source>
            <translation>例如：选择了竞争对手</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/lost_dialog.py" line="39" />
            <source>Mark lost</source>
            <translation>标记输单</translation>
        </message>
    </context>
    <context>
        <name>MailAccountsDialog</name>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="59" />
            <source>Mail Accounts</source>
            <translation>邮件账户</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="60" />
            <source>Mail from and to your contacts comes onto their timelines from these accounts; nothing else of your mail is kept, and nothing on the server is changed.</source>
            <translation>来自或发给联系人的邮件会从这些账户进入他们的时间线;您的其他邮件一概不保存,服务器上也不做任何更改。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="64" />
            <source>Mail accounts</source>
            <translation>邮件账户</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="66" />
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="69" />
            <location filename="../../ui/mail_accounts_dialog.py" line="192" />
            <source>&amp;Fetch Now</source>
            <translation>立即收取(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="80" />
            <source>TLS (port 993)</source>
            <translation>TLS(端口 993)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="81" />
            <source>STARTTLS (port 143)</source>
            <translation>STARTTLS(端口 143)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="87" />
            <source>often your e-mail address</source>
            <translation>通常是您的电子邮件地址</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="91" />
            <source>Inbox and Sent</source>
            <translation>收件箱和已发送</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="92" />
            <source>The folders to read, separated by commas; empty: the Inbox and the Sent folder</source>
            <translation>要读取的文件夹,以逗号分隔;留空:收件箱和已发送</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="94" />
            <source>&amp;Trust this server's certificate</source>
            <translation>信任此服务器的证书(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="100" />
            <source>&amp;Add Account</source>
            <translation>添加账户(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="106" />
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="107" />
            <source>&amp;Connection:</source>
            <translation>连接(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="108" />
            <source>P&amp;ort:</source>
            <translation>端口(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="109" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="110" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="111" />
            <source>Fo&amp;lders:</source>
            <translation>文件夹(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="114" />
            <source>No keyring is available on this system: the password is kept until Rapport closes and will be asked for again.</source>
            <translation>此系统没有可用的密钥环:密码只保留到 Rapport 关闭,之后会再次询问。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="168" />
            <source>%1 — %2 — last fetched %3</source>
            <translation>%1 — %2 — 上次收取:%3</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="171" />
            <source>Not read: %1</source>
            <translation>未读取:%1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="180" />
            <source>No mail account yet: add one below.</source>
            <translation>还没有邮件账户:请在下方添加。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="192" />
            <source>Cancel &amp;Fetch</source>
            <translation>取消收取(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="219" />
            <source>Logging in to %1…</source>
            <translation>正在登录 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="223" />
            <source>Add mail account</source>
            <translation>添加邮件账户</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="233" />
            <source>Added %1; reading %2.</source>
            <translation>已添加 %1;读取:%2。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="249" />
            <source>Not added: the server's TLS certificate is not signed by an authority this computer trusts. If this is your own server, compare the fingerprint below with the server's and tick the box.</source>
            <translation>未添加:服务器的 TLS 证书不是由本机信任的机构签发的。如果这是您自己的服务器,请将下方的指纹与服务器的指纹核对后勾选此框。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="254" />
            <source>Not added: %1</source>
            <translation>未添加:%1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="266" />
            <source>Not added: the server's certificate could not be read (%1).</source>
            <translation>未添加:无法读取服务器的证书(%1)。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="272" />
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 指纹:</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="286" />
            <source>Remove Mail Account</source>
            <translation>删除邮件账户</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="287" />
            <source>Remove %1? Its password is forgotten; the e-mails it brought stay on the timelines.</source>
            <translation>删除 %1?其密码将被遗忘;通过它收取的邮件仍保留在时间线上。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="292" />
            <source>Remove mail account</source>
            <translation>删除邮件账户</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="297" />
            <source>Removed %1; its e-mails stay on the timelines.</source>
            <translation>已删除 %1;其邮件仍保留在时间线上。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="307" />
            <source>Stopping after the messages being written…</source>
            <translation>正在写入的邮件完成后停止…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="317" />
            <source>Fetching mail…</source>
            <translation>正在收取邮件…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_accounts_dialog.py" line="322" />
            <source>%1 messages read…</source>
            <translation>已读取 %1 封邮件…</translation>
        </message>
    </context>
    <context>
        <name>MailFetcher</name>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="100" />
            <source>Fetch mail</source>
            <translation>收取邮件</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="137" />
            <source>Mail: new on timelines: %1 (messages read: %2; from and to no contact: %3).</source>
            <translation>邮件:时间线上新增 %1 封(已读取 %2 封;与联系人无关:%3 封)。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="141" />
            <source>Stopped. %1</source>
            <translation>已停止。%1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_fetcher.py" line="144" />
            <source>Not read: %1 (%2)</source>
            <translation>未读取:%1(%2)</translation>
        </message>
    </context>
    <context>
        <name>MailImportDialog</name>
        <message>
            <location filename="../../ui/mail_dialog.py" line="45" />
            <source>Import Mail</source>
            <translation>导入邮件</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="46" />
            <source>E-mail from and to your contacts goes onto their timelines and their companies'. Nothing else of your mail is kept. A message imported before is passed over.</source>
            <translation>与您的联系人往来的邮件会记入他们及其公司的时间线。其他邮件不会保存。之前导入过的邮件将被跳过。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="51" />
            <source>Thunderbird — %1</source>
            <translation>Thunderbird — %1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="52" />
            <source>An &amp;mbox File…</source>
            <translation>mbox 文件(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="54" />
            <source>A Mail&amp;dir Folder…</source>
            <translation>Maildir 文件夹(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="70" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="75" />
            <location filename="../../ui/mail_dialog.py" line="117" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="86" />
            <source>No Thunderbird profile was found here: choose an mbox file or a Maildir folder.</source>
            <translation>此处未找到 Thunderbird 配置文件:请选择 mbox 文件或 Maildir 文件夹。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="104" />
            <source>Choose an mbox File</source>
            <translation>选择 mbox 文件</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="109" />
            <source>Choose a Maildir Folder</source>
            <translation>选择 Maildir 文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="117" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="131" />
            <source>Import mail from %1</source>
            <translation>从 %1 导入邮件</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="135" />
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="139" />
            <source>%1 messages read…</source>
            <translation>已读取 %1 封邮件…</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="145" />
            <source>%1 messages read: %2 e-mails put on timelines, %3 already here, %4 from and to no contact (left out).</source>
            <translation>已读取 %1 封邮件:%2 封记入时间线,%3 封已存在,%4 封与联系人无关(已略过)。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="151" />
            <source>%1 could not be read, %2 were deleted in the mail program: both skipped.</source>
            <translation>%1 封无法读取,%2 封已在邮件程序中删除:均已跳过。</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="154" />
            <source>Stopped. %1</source>
            <translation>已停止。%1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="159" />
            <source>Nothing more was imported: %1</source>
            <translation>未再导入任何内容:%1</translation>
        </message>
        <message>
            <location filename="../../ui/mail_dialog.py" line="172" />
            <location filename="../../ui/mail_dialog.py" line="180" />
            <source>Stopping after the messages being written…</source>
            <translation>写完当前邮件后停止…</translation>
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
            <translation>搜索联系人、公司、线索、商机、活动和任务</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>Filter contacts by name, company, e-mail, phone or city</source>
            <translation>按姓名、公司、电子邮件、电话或城市筛选联系人</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>No contacts yet. Contacts you add or import will be listed here.</source>
            <translation>暂无联系人。您添加或导入的联系人将列在这里。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="189" />
            <source>No contacts match “%1”.</source>
            <translation>没有与“%1”匹配的联系人。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="192" />
            <source>Filter accounts by name, industry, website, phone or city</source>
            <translation>按名称、行业、网站、电话或城市筛选公司</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="193" />
            <source>No accounts yet. Companies you add or import will be listed here.</source>
            <translation>暂无公司。您添加或导入的公司将列在这里。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>No accounts match “%1”.</source>
            <translation>没有与“%1”匹配的公司。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Sections</source>
            <translation>分区</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>Qualified: the deal “%1” is on the board</source>
            <translation>已转化：商机“%1”已在看板上</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="316" />
            <source>Qualified</source>
            <translation>已转化</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="399" />
            <source>&amp;Sync</source>
            <translation>同步(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="420" />
            <source>Fetching mail…</source>
            <translation>正在收取邮件…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="427" />
            <source>Mail is being fetched already.</source>
            <translation>已在收取邮件。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Accounts</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>&amp;Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="534" />
            <source>Tas&amp;ks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Ca&amp;lendar</source>
            <translation>日历</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>Das&amp;hboard</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>D&amp;uplicates</source>
            <translation>重复项</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>&amp;Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="536" />
            <source>L&amp;eads</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="551" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="552" />
            <source>New &amp;Contact…</source>
            <translation>新建联系人(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="554" />
            <source>New &amp;Account…</source>
            <translation>新建公司(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <source>New &amp;Lead…</source>
            <translation>新建线索(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="557" />
            <source>The Leads section's line: a lead typed on one line</source>
            <translation>“线索”栏目的输入行：一行输入一条线索</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="559" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="560" />
            <source>vCard, CSV or iCalendar files</source>
            <translation>vCard、CSV 或 iCalendar 文件</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="561" />
            <source>Import &amp;Mail…</source>
            <translation>导入邮件(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="562" />
            <source>E-mail from and to your contacts, from Thunderbird, an mbox file or a Maildir folder</source>
            <translation>与您的联系人往来的邮件,来自 Thunderbird、mbox 文件或 Maildir 文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="564" />
            <source>Import Lea&amp;ds…</source>
            <translation>导入线索(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="565" />
            <source>A CSV file of leads, such as a web form's export</source>
            <translation>线索的 CSV 文件，例如网站表单的导出</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="566" />
            <source>&amp;Fetch Mail</source>
            <translation>收取邮件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="567" />
            <source>What is new in your mail accounts, onto the timelines</source>
            <translation>将邮件账户中的新邮件放到时间线上</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="568" />
            <source>Mail Accoun&amp;ts…</source>
            <translation>邮件账户(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="569" />
            <source>The IMAP accounts whose mail comes onto the timelines</source>
            <translation>其邮件进入时间线的 IMAP 账户</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="571" />
            <source>Currencies and E&amp;xchange Rates…</source>
            <translation>货币与汇率(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="573" />
            <source>The home currency totals are added up in, and the rates</source>
            <translation>用于计算合计的本币，以及汇率</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="574" />
            <source>C&amp;ustom Fields…</source>
            <translation>自定义字段(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="575" />
            <source>The fields you add to contacts, accounts, deals, activities and tasks</source>
            <translation>您为联系人、公司、交易、活动和任务添加的字段</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="577" />
            <location filename="../../ui/main_window.py" line="1300" />
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="579" />
            <source>Your &amp;Name in the Office…</source>
            <translation>我在团队中的姓名(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="581" />
            <source>The person of the office you are: the owner of your new deals and tasks, and what “Only Mine” shows</source>
            <translation>您在团队中的身份：您新建的商机和任务的负责人，也是“仅我的”所显示的内容</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="584" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="588" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="589" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="592" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="602" />
            <source>&amp;Move to Trash</source>
            <translation>移至回收站(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="606" />
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="608" />
            <source>&amp;Go to or Run…</source>
            <translation>转到或运行(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="609" />
            <source>Jump to any record or run any command by name</source>
            <translation>按名称跳转到任意记录或运行任意命令</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="612" />
            <source>&amp;Record</source>
            <translation>记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="613" />
            <source>&amp;Log a Call…</source>
            <translation>记录通话(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="615" />
            <source>&amp;Write an E-mail…</source>
            <translation>写邮件(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="617" />
            <source>A new message in your mail program, to the record's people</source>
            <translation>在您的邮件程序中新建邮件,收件人为此记录的联系人</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="619" />
            <source>Log an &amp;E-mail…</source>
            <translation>记录邮件(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="620" />
            <source>Put an e-mail written or read elsewhere on the timeline</source>
            <translation>将在其他程序中写下或读到的邮件记入时间线</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="621" />
            <source>Add a &amp;Note…</source>
            <translation>添加备注(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="623" />
            <source>Add a &amp;Task…</source>
            <translation>添加任务(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="625" />
            <source>New &amp;Deal…</source>
            <translation>新建商机(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="628" />
            <source>Attach a &amp;File…</source>
            <translation>附加文件(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="629" />
            <source>Keep a file with the record (or drop the file on the record)</source>
            <translation>把文件与记录保存在一起（或把文件拖放到记录上）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="630" />
            <source>&amp;Qualify Lead…</source>
            <translation>转化线索(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="631" />
            <source>Make the lead's contact, account and deal</source>
            <translation>据线索创建联系人、公司和商机</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="632" />
            <source>D&amp;isqualify Lead…</source>
            <translation>放弃线索(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="634" />
            <source>Close the lead, saying why</source>
            <translation>关闭线索并说明原因</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="636" />
            <source>&amp;Offer the Next Step After Calls and Moves</source>
            <translation>通话和移动后提示下一步(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="642" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="651" />
            <source>Totals in Each Curre&amp;ncy</source>
            <translation>按各币种显示合计(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="654" />
            <source>Show the board's totals per currency rather than added up in the home currency (a click on a column's total does the same)</source>
            <translation>按币种分别显示看板合计，而不是折算成本币相加（单击列的合计也可切换）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="660" />
            <source>Pipeline on a Past Da&amp;y…</source>
            <translation>过去某日的销售管道(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="661" />
            <source>The pipeline as it stood on a day, and what moved between two days</source>
            <translation>某一天的销售管道状况，以及两个日期之间的变化</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="663" />
            <source>&amp;Reports…</source>
            <translation>报表(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="664" />
            <source>Deals won and lost by owner, source, stage or month; activities by kind or period</source>
            <translation>按负责人、来源、阶段或月份统计赢单和丢单；按类型或期间统计活动</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="666" />
            <source>A&amp;ppearance</source>
            <translation>外观(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <location filename="../../ui/main_window.py" line="680" />
            <source>Follow the &amp;System</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="670" />
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="677" />
            <source>Lan&amp;guage</source>
            <translation>语言(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="689" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="690" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="692" />
            <source>&amp;About Rapport</source>
            <translation>关于 Rapport(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="699" />
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="765" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="766" />
            <source>Rapport will show the language you chose the next time it starts.</source>
            <translation>Rapport 将在下次启动时使用您选择的语言。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="797" />
            <source>This item is not linked to a contact, account or deal.</source>
            <translation>此项目未关联任何联系人、公司或商机。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="867" />
            <source>Exported %1 records to %2</source>
            <translation>已将 %1 条记录导出到 %2</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="938" />
            <location filename="../../ui/main_window.py" line="952" />
            <location filename="../../ui/main_window.py" line="963" />
            <source>Import Leads</source>
            <translation>导入线索</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="939" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="950" />
            <source>Import leads from %1</source>
            <translation>从 %1 导入线索</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="959" />
            <source>New leads: %1 · already leads: %2 · refused: %3</source>
            <translation>新线索：%1 · 已存在：%2 · 被拒绝：%3</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1031" />
            <source>No one on this deal has an e-mail address.</source>
            <translation>此商机中没有人有电子邮件地址。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1033" />
            <source>No mail program opened the message: is one set as the default?</source>
            <translation>没有邮件程序打开此邮件:是否已设置默认邮件程序?</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1149" />
            <source>Not saved: %1 — %2</source>
            <translation>未保存：%1 — %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1193" />
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln 个联系人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1194" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln 个公司</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1195" />
            <source>%Ln deal(s)</source>
            <translation>
                <numerusform>%Ln 个商机</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1196" />
            <source>%Ln activity(ies)</source>
            <translation>
                <numerusform>%Ln 项活动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="1197" />
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln 个任务</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1212" />
            <source>Nothing matches “%1”.</source>
            <translation>没有与“%1”匹配的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1219" />
            <source>Type a name, company, e-mail, phone number or any word from a note.</source>
            <translation>输入姓名、公司、电子邮件、电话号码或备注中的任意词语。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1236" />
            <source>Add sample data</source>
            <translation>添加示例数据</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1301" />
            <source>&amp;Tag Everyone…</source>
            <translation>为全部添加标签(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1302" />
            <source>Re&amp;name…</source>
            <translation>重命名(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1304" />
            <source>&amp;Remove Segment</source>
            <translation>删除分组(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1329" />
            <source>Tag Everyone</source>
            <translation>为全部添加标签</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1330" />
            <source>A tag for everyone in “%1”:</source>
            <translation>为“%1”中的所有人添加标签：</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1338" />
            <source>Tag everyone in “%1”</source>
            <translation>为“%1”中的所有人添加标签</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1340" />
            <source>“%1” given to %2 more.</source>
            <translation>已为另外 %2 个添加“%1”。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1346" />
            <source>Rename Segment</source>
            <translation>重命名细分</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1346" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1351" />
            <source>Rename the segment “%1”</source>
            <translation>重命名细分“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1412" />
            <source>About Rapport</source>
            <translation>关于 Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1413" />
            <source>Rapport — an offline-first CRM for small business.
Data folder: %1</source>
            <translation>Rapport —— 面向小型企业、离线优先的 CRM。
数据文件夹：%1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="215" />
            <source>Match up the columns</source>
            <translation>匹配各列</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="216" />
            <source>These CSV files are not Google or Outlook exports. Say what each column holds; columns kept as extra fields are stored with the contact and exported again.</source>
            <translation>这些 CSV 文件并非从 Google 或 Outlook 导出。请说明每列的内容；保留为附加字段的列会随联系人一起保存，并在导出时再次包含。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="244" />
            <source>Columns of %1</source>
            <translation>%1 的列</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="272" />
            <source>In %1, choose at least one column for a name, an e-mail address or a phone number: a row needs one of them to become a contact.</source>
            <translation>在 %1 中，请至少为姓名、电子邮件地址或电话号码选择一列：每行至少需要其中一项才能成为联系人。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="276" />
            <source>Rows are checked on the next page before anything is written.</source>
            <translation>在写入任何内容之前，会在下一页检查各行。</translation>
        </message>
    </context>
    <context>
        <name>MeetingSheet</name>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="38" />
            <source>New meeting</source>
            <translation>新建会议</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="43" />
            <source>What is it about?</source>
            <translation>会议主题是什么？</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="51" />
            <location filename="../../ui/calendar/meeting_dialog.py" line="87" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="52" />
            <location filename="../../ui/calendar/meeting_dialog.py" line="53" />
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Does not repeat</source>
            <translation>不重复</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="62" />
            <source>Every week</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="63" />
            <source>Every two weeks</source>
            <translation>每两周</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="63" />
            <source>Every month</source>
            <translation>每月</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="70" />
            <source>&amp;Subject</source>
            <translation>主题(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="71" />
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="72" />
            <source>&amp;Repeats</source>
            <translation>重复(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="73" />
            <source>&amp;Location</source>
            <translation>地点(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="74" />
            <source>W&amp;ith</source>
            <translation>参与者(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="82" />
            <source>Edit meeting</source>
            <translation>编辑会议</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="91" />
            <source>As it was set up</source>
            <translation>保持原设置</translation>
        </message>
        <message>
            <location filename="../../ui/calendar/meeting_dialog.py" line="117" />
            <source>A meeting needs a subject.</source>
            <translation>会议需要填写主题。</translation>
        </message>
    </context>
    <context>
        <name>MineFilter</name>
        <message>
            <location filename="../../ui/office.py" line="127" />
            <source>Only &amp;Mine</source>
            <translation>仅我的(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="188" />
            <source>Only the deals and tasks %1 owns</source>
            <translation>仅显示 %1 负责的商机和任务</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="190" />
            <source>Only the deals and tasks you own (asks your name in the office first)</source>
            <translation>仅显示您负责的商机和任务（会先询问您在团队中的姓名）</translation>
        </message>
    </context>
    <context>
        <name>NewAccountSheet</name>
        <message>
            <location filename="../../ui/detail/new_record.py" line="72" />
            <source>New account</source>
            <translation>新建公司</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="78" />
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="79" />
            <source>&amp;Industry</source>
            <translation>行业(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="80" />
            <source>&amp;Website</source>
            <translation>网站(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="81" />
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>NewContactSheet</name>
        <message>
            <location filename="../../ui/detail/new_record.py" line="26" />
            <source>New contact</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="33" />
            <source>Type to find an account, or a new name</source>
            <translation>输入以查找公司，或输入新名称</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="36" />
            <source>&amp;Given name</source>
            <translation>名(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="37" />
            <source>&amp;Family name</source>
            <translation>姓(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="38" />
            <source>&amp;E-mail</source>
            <translation>电子邮件(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="39" />
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="40" />
            <source>&amp;Company</source>
            <translation>公司(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="41" />
            <source>&amp;Job title</source>
            <translation>职位(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/new_record.py" line="67" />
            <source>New contact “%1”</source>
            <translation>新建联系人“%1”</translation>
        </message>
    </context>
    <context>
        <name>NextStepSheet</name>
        <message>
            <location filename="../../ui/detail/next_step.py" line="39" />
            <source>Schedule the next step</source>
            <translation>安排下一步</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="46" />
            <source>To-do</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="54" />
            <source>&amp;Offer this after every call and stage move</source>
            <translation>每次通话和阶段移动后都提示(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="57" />
            <source>&amp;Title</source>
            <translation>名称(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="58" />
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="59" />
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="65" />
            <source>Schedule “%1”</source>
            <translation>安排“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="86" />
            <source>Call about %1</source>
            <translation>就“%1”通话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="86" />
            <source>Meeting about %1</source>
            <translation>就“%1”开会</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="87" />
            <source>E-mail about %1</source>
            <translation>就“%1”发邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="89" />
            <source>Call %1</source>
            <translation>致电 %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="89" />
            <source>Meeting with %1</source>
            <translation>与 %1 会议</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="90" />
            <source>E-mail %1</source>
            <translation>发邮件给 %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="90" />
            <source>Follow up with %1</source>
            <translation>跟进 %1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/next_step.py" line="87" />
            <source>Follow up on %1</source>
            <translation>跟进 %1</translation>
        </message>
    </context>
    <context>
        <name>NoteSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="317" />
            <source>Add a note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="322" />
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="325" />
            <source>Edit note</source>
            <translation>编辑备注</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <location filename="../../ui/office.py" line="104" />
            <source>Set your name in the office to “%1”</source>
            <translation>将我在团队中的姓名设为“%1”</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/said.py" line="34" />
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <location filename="../../ui/operations/operation.py" line="219" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="191" />
            <location filename="../../ui/operations/operation.py" line="221" />
            <source>Not done: %1</source>
            <translation>未完成：%1</translation>
        </message>
    </context>
    <context>
        <name>OverdueTasksModel</name>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>About</source>
            <translation>关联对象</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="42" />
            <source>Late</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="59" />
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard/overdue_model.py" line="62" />
            <source>%1 — due %2</source>
            <translation>%1 — 截止 %2</translation>
        </message>
    </context>
    <context>
        <name>PastPipelineDialog</name>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="58" />
            <source>Pipeline on a Past Day</source>
            <translation>过去某日的销售管道</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="62" />
            <source>Pipeline</source>
            <translation>销售管道</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="71" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="74" />
            <source>Stage and deal</source>
            <translation>阶段与交易</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="74" />
            <source>Deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="74" />
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="75" />
            <source>Weighted</source>
            <translation>加权</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="80" />
            <source>At the end of &amp;day:</source>
            <translation>截至当日结束(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="89" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="89" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>Deal</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="95" />
            <source>What</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="99" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="99" />
            <source>&amp;To:</source>
            <translation>到(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="111" />
            <source>On a &amp;Day</source>
            <translation>某一天(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="112" />
            <source>What &amp;Moved</source>
            <translation>变化情况(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="119" />
            <source>&amp;Pipeline:</source>
            <translation>销售管道(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="178" />
            <source>%1 (%2 %)</source>
            <translation>%1（%2%）</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="188" />
            <source>In this stage since %1</source>
            <translation>自 %1 起处于此阶段</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/past_dialog.py" line="194" />
            <source>%n open deal(s)</source>
            <translation>
                <numerusform>%n 笔未结交易</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="195" />
            <source>%1 at the end of %2: %3.</source>
            <translation>%1 截至 %2 结束：%3。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="197" />
            <source>≈ %1 in all, %2 weighted, at that day's rates.</source>
            <translation>按当日汇率合计 ≈ %1，加权 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="200" />
            <source>Each deal in the stage it stood in that day; amounts and names are today's, and a deal won or lost and reopened since counts as open.</source>
            <translation>每笔交易按当日所处的阶段显示；金额和名称为今日的，之后重新打开的赢单或丢单按未结交易计。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="206" />
            <source>made in %1</source>
            <translation>创建于 %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="207" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="208" />
            <source>won (in %1)</source>
            <translation>赢单（在 %1）</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="209" />
            <source>lost (in %1)</source>
            <translation>丢单（在 %1）</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/past_dialog.py" line="215" />
            <source>Nothing moved in these days.</source>
            <translation>这些日子里没有变化。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/past_dialog.py" line="228" />
            <source>%1 + %n other currency(ies)</source>
            <translation>
                <numerusform>%1 + 其他 %n 种货币</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <location filename="../../ui/detail/pickers.py" line="179" />
            <source>Type a name to add a contact</source>
            <translation>输入姓名以添加联系人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/pickers.py" line="185" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <location filename="../../ui/pipeline/board.py" line="274" />
            <source>Pipeline</source>
            <translation>销售管道</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="277" />
            <source>Edit stages…</source>
            <translation>编辑阶段…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="283" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="285" />
            <source>Mark the selected deal won, or drop a card here</source>
            <translation>将所选商机标记为赢单，或将卡片拖放到此处</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="286" />
            <source>Lost…</source>
            <translation>输单…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="288" />
            <source>Mark the selected deal lost, or drop a card here</source>
            <translation>将所选商机标记为输单，或将卡片拖放到此处</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="400" />
            <source>Move “%1” to %2</source>
            <translation>将“%1”移到 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="418" />
            <source>Moved “%1” to %2.</source>
            <translation>已将“%1”移至%2。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="432" />
            <source>Mark “%1” won</source>
            <translation>将“%1”标记为赢单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="434" />
            <source>“%1” marked won.</source>
            <translation>“%1”已标记为赢单。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="445" />
            <source>Mark “%1” lost</source>
            <translation>将“%1”标记为输单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="444" />
            <source>“%1” marked lost: %2</source>
            <translation>“%1”已标记为输单：%2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="491" />
            <source>Move to previous stage</source>
            <translation>移至上一阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="493" />
            <source>Move to next stage</source>
            <translation>移至下一阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="495" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="496" />
            <source>Mark won</source>
            <translation>标记赢单</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="497" />
            <source>Mark lost…</source>
            <translation>标记输单…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="550" />
            <source>No open deals in “%1”.
Deals you add appear here, a column per stage; won and lost deals are in the list.</source>
            <translation>“%1”中没有进行中的商机。
您添加的商机会显示在这里，每个阶段一列；赢单和输单的商机在列表中。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="666" />
            <source>Move to</source>
            <translation>移至</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="287" />
            <source>Check the records</source>
            <translation>检查记录</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="288" />
            <source>Nothing has been written yet: this is a dry run of the import.</source>
            <translation>尚未写入任何内容：这是导入的试运行。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="290" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="297" />
            <source>Checking progress</source>
            <translation>检查进度</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="298" />
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="299" />
            <source>Stop checking; the import itself can still go ahead</source>
            <translation>停止检查；仍可继续导入</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="301" />
            <source>Show only records with &amp;problems</source>
            <translation>仅显示有问题的记录(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="309" />
            <source>Records in the files</source>
            <translation>文件中的记录</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="342" />
            <source>Reading the files and trying the import without writing anything…</source>
            <translation>正在读取文件并试运行导入（不写入任何内容）…</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="387" />
            <source>Checking stopped after %1 records. You can still import: every record is checked again as it is written.</source>
            <translation>已在检查 %1 条记录后停止。仍可导入：每条记录在写入时都会再次检查。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="391" />
            <source>Dry run: %1 new · %2 updated · %3 unchanged · %4 not importable · %5 with warnings.</source>
            <translation>试运行：新增 %1 · 更新 %2 · 未变 %3 · 无法导入 %4 · 有警告 %5。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="403" />
            <source>The files could not be checked: %1</source>
            <translation>无法检查文件：%1</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="414" />
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityDelegate</name>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="167" />
            <source> %</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="168" />
            <source>Probability</source>
            <translation>概率</translation>
        </message>
    </context>
    <context>
        <name>QualifySheet</name>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="19" />
            <source>Qualify “%1”</source>
            <translation>转化“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="21" />
            <source>&amp;Qualify</source>
            <translation>转化(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="26" />
            <source>no one: the lead has no person's name</source>
            <translation>无：线索没有联系人姓名</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="26" />
            <source>%1 — new</source>
            <comment>a contact</comment>
            <translation>%1 — 新建</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="29" />
            <source>none: the lead has no company</source>
            <translation>无：线索没有公司</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="29" />
            <source>%1 — new</source>
            <comment>an account</comment>
            <translation>%1 — 新建</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="32" />
            <source>&amp;Make a deal in the first stage</source>
            <translation>在第一阶段创建商机(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="33" />
            <source>Its lead source: “%1”</source>
            <translation>线索来源：“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="33" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="42" />
            <source>&amp;Deal</source>
            <translation>商机(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="43" />
            <source>&amp;Title</source>
            <translation>名称(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="44" />
            <source>&amp;Amount</source>
            <translation>金额(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="45" />
            <source>C&amp;urrency</source>
            <translation>货币(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="46" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="47" />
            <source>Account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/leads/lead_sheets.py" line="54" />
            <source>%1 — the one there is</source>
            <translation>%1 — 已有</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailPane</name>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="184" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="237" />
            <location filename="../../ui/detail/base_pane.py" line="941" />
            <source>Delete “%1”</source>
            <translation>删除“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="247" />
            <source>Share “%1” with the office</source>
            <translation>与办公室共享“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="247" />
            <source>Make “%1” private</source>
            <translation>将“%1”设为私人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="272" />
            <source>There is no e-mail address to write to here.</source>
            <translation>这里没有可写信的电子邮件地址。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="275" />
            <source>No mail program opened the message: is one set as the default?</source>
            <translation>没有邮件程序打开此邮件:是否已设置默认邮件程序?</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="304" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="306" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="311" />
            <source>Move to Trash</source>
            <translation>移至回收站</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="314" />
            <source>Log a call…</source>
            <translation>记录通话…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="317" />
            <source>Write an e-mail…</source>
            <translation>写邮件…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="319" />
            <source>Log an e-mail…</source>
            <translation>记录邮件…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="321" />
            <source>Add a note…</source>
            <translation>添加备注…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="323" />
            <source>Add a task…</source>
            <translation>添加任务…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="325" />
            <source>New deal…</source>
            <translation>新建商机…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="327" />
            <source>Private</source>
            <translation>私人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="330" />
            <source>Only you see it: sync puts it in your own address book, never in the office's (with no address book of your own it stays on this computer)</source>
            <translation>只有您能看到：同步会把它放进您自己的通讯录，绝不放进办公室的通讯录（若您没有自己的通讯录，它只保留在这台电脑上）</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="573" />
            <source>This record no longer exists.</source>
            <translation>此记录已不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="580" />
            <source>“%1” is in the Trash.</source>
            <translation>“%1”在回收站中。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="594" />
            <source>No next step — &lt;a href="action:task"&gt;Add a task&lt;/a&gt;</source>
            <translation>无下一步 — &lt;a href="action:task"&gt;添加任务&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="597" />
            <source>Next: %1</source>
            <translation>下一步：%1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="604" />
            <source>Next: %1 — &lt;span style="color:%3"&gt;overdue since %2&lt;/span&gt;</source>
            <translation>下一步：%1 — &lt;span style="color:%3"&gt;自 %2 起逾期&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="607" />
            <source>Next: %1 — due today</source>
            <translation>下一步：%1 — 今天到期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="609" />
            <source>Next: %1 — due %2</source>
            <translation>下一步：%1 — 截止 %2</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="664" />
            <source>Hide empty fields</source>
            <translation>隐藏空字段</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="665" />
            <source>Show empty fields (%1)</source>
            <translation>显示空字段 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="676" />
            <source>None yet.</source>
            <translation>暂无。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="713" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="752" />
            <source>Edit %1</source>
            <translation>编辑%1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="870" />
            <source>This e-mail has no attached files.</source>
            <translation>这封邮件没有附件。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="877" />
            <source>There is no original of this e-mail here: it was logged by hand, or the mail folder it was read from no longer holds it.</source>
            <translation>这里没有此邮件的原件:它是手动记录的,或读取它的邮件文件夹中已不再有它。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="881" />
            <source>No program opened the message (%1).</source>
            <translation>没有程序打开此邮件(%1)。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="929" />
            <source>Link to the deal “%1”</source>
            <translation>关联到交易“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="929" />
            <source>Unlink from the deal “%1”</source>
            <translation>取消与交易“%1”的关联</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="941" />
            <source>Delete a timeline entry</source>
            <translation>删除时间线条目</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1038" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1039" />
            <source>Add tags, separated by commas</source>
            <translation>添加标签，用逗号分隔</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1062" />
            <source>won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/detail/base_pane.py" line="1062" />
            <source>lost</source>
            <translation>输单</translation>
        </message>
    </context>
    <context>
        <name>RecordListView</name>
        <message>
            <location filename="../../ui/views/record_list.py" line="327" />
            <source>The list could not be counted: %1</source>
            <translation>无法统计列表的记录：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="89" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="90" />
            <source>Only records with this tag</source>
            <translation>仅显示带有此标签的记录</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="93" />
            <source>Save as &amp;Segment…</source>
            <translation>另存为分组(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="94" />
            <source>Keep this filter in the navigation</source>
            <translation>将此筛选条件保留在导航栏中</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="97" />
            <source>Co&amp;lumns</source>
            <translation>列(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="98" />
            <source>Choose the columns shown</source>
            <translation>选择要显示的列</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="107" />
            <source>The columns the list is filtered by: choose one to remove it</source>
            <translation>列表所按的列筛选条件：选择一个即可移除</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="148" />
            <source>Clear filter</source>
            <translation>清除筛选</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/record_list.py" line="212" />
            <location filename="../../ui/views/record_list.py" line="283" />
            <source>Filtered by %n column(s)</source>
            <translation>
                <numerusform>按 %n 列筛选</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="249" />
            <source>Remove: %1</source>
            <translation>移除：%1</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="254" />
            <source>Rows Matching &amp;Any One</source>
            <translation>满足任一条件的行(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="258" />
            <source>Show All Rows</source>
            <translation>显示所有行</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="272" />
            <source>All tags</source>
            <translation>所有标签</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="313" />
            <source>Save as Segment</source>
            <translation>另存为分组</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="313" />
            <source>Name of the segment:</source>
            <translation>分组名称：</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="323" />
            <source>Save the segment “%1”</source>
            <translation>保存细分“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="331" />
            <source>Remove the segment “%1”</source>
            <translation>删除细分“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="102" />
            <source>&amp;Filter by</source>
            <translation>筛选(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/views/record_list.py" line="409" />
            <source>Filter by “%1”…</source>
            <translation>按“%1”筛选…</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <location filename="../../ui/reminders.py" line="81" />
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="86" />
            <source>Starts %1</source>
            <translation>%1 开始</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="87" />
            <source>Due %1</source>
            <translation>截止 %1</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="141" />
            <location filename="../../ui/reminders.py" line="329" />
            <source>(no title)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="155" />
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="166" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="167" />
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="171" />
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="173" />
            <source>%1 minutes</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="178" />
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="179" />
            <source>Dismiss (Delete)</source>
            <translation>忽略 (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="180" />
            <source>Dismiss all</source>
            <translation>全部忽略</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="193" />
            <source>Reminders that came due. Snooze one to see it again later.</source>
            <translation>已到期的提醒。选择“稍后提醒”可在之后再次看到。</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="329" />
            <source>Snooze “%1”</source>
            <translation>稍后提醒“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/reminders.py" line="392" />
            <location filename="../../ui/reminders.py" line="396" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../ui/reports_dialog.py" line="52" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="56" />
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="57" />
            <location filename="../../ui/reports_dialog.py" line="81" />
            <source>Deals won and lost</source>
            <translation>赢单与丢单</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="58" />
            <source>Activities</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="59" />
            <source>Leads and deals won, by source</source>
            <translation>按来源的线索与赢单商机</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="61" />
            <source>Grouped by</source>
            <translation>分组依据</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="64" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="64" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="69" />
            <source>Print to &amp;PDF…</source>
            <translation>打印为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="72" />
            <source>&amp;Report:</source>
            <translation>报表(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="72" />
            <source>&amp;By:</source>
            <translation>分组(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="73" />
            <source>&amp;From:</source>
            <translation>从(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="73" />
            <source>&amp;To:</source>
            <translation>到(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="116" />
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="116" />
            <location filename="../../ui/reports_dialog.py" line="120" />
            <source>Lead source</source>
            <translation>线索来源</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="117" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="117" />
            <location filename="../../ui/reports_dialog.py" line="120" />
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="123" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="124" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="169" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Calls</source>
            <translation>通话</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Meetings</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="175" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>E-mails</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="176" />
            <location filename="../../ui/reports_dialog.py" line="244" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="183" />
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="184" />
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="187" />
            <source>No deal was won or lost in this period.</source>
            <translation>此期间没有赢单或丢单。</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="189" />
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="190" />
            <location filename="../../ui/reports_dialog.py" line="227" />
            <source>Won amounts</source>
            <translation>赢单金额</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="190" />
            <location filename="../../ui/reports_dialog.py" line="227" />
            <source>Won in %1</source>
            <translation>赢单（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="191" />
            <source>Average days to close</source>
            <translation>平均成交天数</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="191" />
            <source>Median days to close</source>
            <translation>成交天数中位数</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="202" />
            <source>Deals by the day they were won or lost, in the stage they closed in. Not in the home currency's column: %1 (no exchange rate).</source>
            <translation>交易按赢单或丢单当日统计，归入其关闭时所在的阶段。未计入本币列：%1（没有汇率）。</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="205" />
            <source>Deals by the day they were won or lost, in the stage they closed in.</source>
            <translation>交易按赢单或丢单当日统计，归入其关闭时所在的阶段。</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="211" />
            <source>Won: %1 · Lost: %2</source>
            <translation>赢单：%1 · 丢单：%2</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="212" />
            <source>Days to close: %1 on average</source>
            <translation>平均成交天数：%1</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="219" />
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Captured</source>
            <translation>获取</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="220" />
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Qualified</source>
            <translation>已转化</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="221" />
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Deals won</source>
            <translation>赢单商机</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="223" />
            <source>No lead was captured or decided, and no deal won, in this period.</source>
            <translation>此期间没有获取或处理的线索，也没有赢单的商机。</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="225" />
            <source>Disqualified</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Still open</source>
            <translation>仍在进行</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="226" />
            <source>Qualification rate</source>
            <translation>转化率（已处理）</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="239" />
            <source>Leads by the day they were captured, qualified or disqualified; deals by the day they were won, under their lead source.</source>
            <translation>线索按获取、转化或放弃的日期统计；商机按赢单日期统计，归入其线索来源。</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="250" />
            <source>No call, meeting, e-mail or note in this period.</source>
            <translation>此期间没有通话、会议、邮件或备注。</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="252" />
            <source>In all</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="256" />
            <source>An activity's owner is whoever logged it here (or whose it was where sync brought it); those logged before owners were kept have none.</source>
            <translation>活动的负责人是在此记录它的人（或同步带来时它所属的人）；在记录负责人之前记下的活动没有负责人。</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="267" />
            <location filename="../../ui/reports_dialog.py" line="278" />
            <location filename="../../ui/reports_dialog.py" line="292" />
            <source>Print to PDF</source>
            <translation>打印为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="268" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_dialog.py" line="292" />
            <source>Could not write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../ui/importer/pages.py" line="521" />
            <location filename="../../ui/importer/pages.py" line="568" />
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="526" />
            <source>New records:</source>
            <translation>新记录：</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="526" />
            <source>Updated:</source>
            <translation>已更新：</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="527" />
            <source>Unchanged:</source>
            <translation>未变：</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="527" />
            <source>Merged:</source>
            <translation>已合并：</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="528" />
            <source>Not imported:</source>
            <translation>未导入：</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="535" />
            <location filename="../../ui/importer/pages.py" line="539" />
            <source>Records not imported</source>
            <translation>未导入的记录</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="546" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="568" />
            <source>Import cancelled</source>
            <translation>导入已取消</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="570" />
            <source>The import stopped on an error: %1. Records written before it stay.</source>
            <translation>导入因错误而停止：%1。在此之前写入的记录会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="573" />
            <source>Imported %1 of %2 records before it was cancelled. They stay.</source>
            <translation>取消前已导入 %1/%2 条记录，这些记录会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="576" />
            <source>Imported %1 records before it was cancelled. They stay.</source>
            <translation>取消前已导入 %1 条记录，这些记录会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="578" />
            <source>Imported %1 of %2 records. The others are listed below with the reason.</source>
            <translation>已导入 %1/%2 条记录。其余记录及原因列在下方。</translation>
        </message>
        <message>
            <location filename="../../ui/importer/pages.py" line="581" />
            <source>All %1 records imported.</source>
            <translation>全部 %1 条记录已导入。</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../ui/search_model.py" line="12" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="13" />
            <source>Account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="14" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="15" />
            <source>Activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="16" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="17" />
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="59" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/search_model.py" line="59" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <location filename="../../app/accounts.py" line="217" />
            <source>only an account in the Trash can be purged</source>
            <translation>只能永久删除回收站中的公司</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="271" />
            <source>an account needs a name</source>
            <translation>公司需要名称</translation>
        </message>
        <message>
            <location filename="../../app/accounts.py" line="280" />
            <source>%1 is not a web address (such as example.com)</source>
            <translation>%1 不是网址（例如 example.com）</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="245" />
            <source>an activity is a call, meeting, email or note, not %1</source>
            <translation>活动只能是通话、会议、邮件或备注，不能是 %1</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="254" />
            <source>a duration cannot be negative</source>
            <translation>时长不能为负数</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="256" />
            <source>a note needs some text</source>
            <translation>备注需要填写内容</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="283" />
            <source>a meeting cannot end before it starts</source>
            <translation>会议的结束时间不能早于开始时间</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="292" />
            <source>SEQUENCE cannot be negative</source>
            <translation>SEQUENCE 不能为负数</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="373" />
            <source>%1 is not a time zone Rapport knows (an IANA name such as Europe/Berlin) and no VTIMEZONE for it is kept</source>
            <translation>Rapport 不认识时区 %1（应为 IANA 名称，例如 Europe/Berlin），也没有为它保存 VTIMEZONE</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="392" />
            <source>%1 is not a recurrence rule: %2</source>
            <translation>%1 不是重复规则：%2</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="400" />
            <source>an alarm needs an action (DISPLAY, AUDIO, EMAIL)</source>
            <translation>提醒需要一个动作（DISPLAY、AUDIO、EMAIL）</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="403" />
            <source>an alarm is related to START or END, not %1</source>
            <translation>提醒只能相对于 START 或 END，不能是 %1</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="408" />
            <source>an alarm needs one trigger: minutes before or after, or a moment</source>
            <translation>提醒需要一个触发时间：提前或延后的分钟数，或某个时刻</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="416" />
            <source>%1 is not an iCalendar property name</source>
            <translation>%1 不是 iCalendar 属性名</translation>
        </message>
        <message>
            <location filename="../../app/activities.py" line="419" />
            <source>the value of %1 has a line break (it must stay escaped)</source>
            <translation>%1 的值中有换行（必须保持转义）</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="335" />
            <source>this account is linked already</source>
            <translation>已关联此公司</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="342" />
            <source>a kept vCard property needs a name</source>
            <translation>保留的 vCard 属性需要名称</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="345" />
            <source>a photo needs its image type, such as image/jpeg</source>
            <translation>照片需要图像类型，例如 image/jpeg</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="354" />
            <source>a contact needs a name: fill in a given or family name, or a display name</source>
            <translation>联系人需要姓名：请填写名、姓或显示名称</translation>
        </message>
        <message>
            <location filename="../../app/contacts.py" line="521" />
            <source>only a contact in the Trash can be purged</source>
            <translation>只能永久删除回收站中的联系人</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="186" />
            <source>%1 is not one of the deal's people</source>
            <translation>%1 不是此商机的相关人员</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="215" />
            <source>say why the deal was lost</source>
            <translation>请说明商机失败的原因</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="311" />
            <source>a deal needs a title</source>
            <translation>商机需要标题</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="330" />
            <source>an amount needs a currency (an ISO 4217 code such as EUR)</source>
            <translation>金额需要货币（ISO 4217 代码，例如 EUR）</translation>
        </message>
        <message>
            <location filename="../../app/deals.py" line="338" />
            <source>a probability is a percentage from 0 to 100</source>
            <translation>概率是 0 到 100 之间的百分比</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="67" />
            <source>the list has no column %1 to filter by</source>
            <translation>列表中没有可用于筛选的列 %1</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="117" />
            <location filename="../../app/segments.py" line="196" />
            <source>a segment needs a name</source>
            <translation>细分需要名称</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="121" />
            <source>the list has a segment %1 already</source>
            <translation>列表中已有细分 %1</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="170" />
            <location filename="../../app/tags.py" line="134" />
            <location filename="../../app/tags.py" line="204" />
            <source>a tag needs a name</source>
            <translation>标签需要名称</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="193" />
            <source>segments are of the lists %1, not %2</source>
            <translation>细分属于列表 %1，而不是 %2</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="199" />
            <source>%1 is not a way to compare (one of %2)</source>
            <translation>%1 不是比较方式（可用：%2）</translation>
        </message>
        <message>
            <location filename="../../app/segments.py" line="202" />
            <source>a segment filters the list: give it a text, a tag or a condition</source>
            <translation>细分用于筛选列表：请给出文本、标签或条件</translation>
        </message>
        <message>
            <location filename="../../app/tags.py" line="141" />
            <source>there is already a tag called %1</source>
            <translation>已有名为 %1 的标签</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="249" />
            <source>a task needs a title</source>
            <translation>任务需要标题</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="261" />
            <source>a due time needs a due date</source>
            <translation>设置到期时间前需要先设置到期日期</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="269" />
            <source>priority goes from 0 (none) and 1 (highest) to 9 (lowest)</source>
            <translation>优先级为 0（无），或从 1（最高）到 9（最低）</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="174" />
            <location filename="../../app/leads.py" line="195" />
            <source>a lead is qualified by qualifying it, which makes its contact, account and deal</source>
            <translation>线索要通过“转化”来转化：它会创建联系人、公司和商机</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="192" />
            <location filename="../../app/leads.py" line="213" />
            <source>this lead is qualified: undo its qualifying to work on it as a lead again</source>
            <translation>此线索已转化：撤销转化后才能再作为线索处理</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="209" />
            <location filename="../../app/leads.py" line="392" />
            <source>say why the lead is disqualified</source>
            <translation>请说明放弃此线索的原因</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="234" />
            <source>this lead is qualified already</source>
            <translation>此线索已转化</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="237" />
            <source>this lead was disqualified: reopen it to qualify it</source>
            <translation>此线索已放弃：请先重新处理，才能转化</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="291" />
            <source>From the lead</source>
            <translation>来自线索</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="364" />
            <source>only a lead in the Trash can be purged</source>
            <translation>只有回收站中的线索才能永久删除</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="374" />
            <source>a lead needs a name or a company</source>
            <translation>线索需要姓名或公司</translation>
        </message>
        <message>
            <location filename="../../app/leads.py" line="388" />
            <location filename="../../app/tasks.py" line="272" />
            <source>status is one of %1, not %2</source>
            <translation>状态应为以下之一：%1，不能是 %2</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="275" />
            <source>percent complete goes from 0 to 100</source>
            <translation>完成百分比应在 0 到 100 之间</translation>
        </message>
        <message>
            <location filename="../../app/tasks.py" line="280" />
            <source>a recurring task needs a due date to repeat from</source>
            <translation>重复任务需要一个起始到期日期</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="27" />
            <source>an e-mail address cannot be empty</source>
            <translation>电子邮件地址不能为空</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="38" />
            <source>%1 is not an e-mail address: %2</source>
            <translation>%1 不是电子邮件地址：%2</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="47" />
            <source>it has no @</source>
            <translation>缺少 @</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="49" />
            <source>nothing follows the @</source>
            <translation>@ 后面没有内容</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="51" />
            <source>nothing comes before the @</source>
            <translation>@ 前面没有内容</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="53" />
            <source>it holds a character an address cannot have</source>
            <translation>包含地址中不允许的字符</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="55" />
            <source>what follows the @ is not a domain (such as example.com)</source>
            <translation>@ 后面应为域名（例如 example.com）</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="56" />
            <source>it is not written as an address is (name@example.com)</source>
            <translation>格式不是地址（name@example.com）</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="63" />
            <source>%1 is not a phone number: it needs at least three digits</source>
            <translation>%1 不是电话号码：至少需要三位数字</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="99" />
            <source>%1 is not an ISO 4217 currency code (such as EUR, USD, RUB, CNY)</source>
            <translation>%1 不是 ISO 4217 货币代码（例如 EUR、USD、RUB、CNY）</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="117" />
            <source>%1 has more than %2 decimal places, which %3 does not have</source>
            <translation>%1 的小数位超过 %2 位，%3 没有这么多位</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="120" />
            <source>%1 %2 is too large an amount</source>
            <translation>%1 %2 金额过大</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="135" />
            <location filename="../../app/validation.py" line="137" />
            <source>%1 is not an amount</source>
            <translation>%1 不是金额</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="139" />
            <source>an amount cannot be negative</source>
            <translation>金额不能为负数</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="155" />
            <source>%1 is not a date (expected YYYY-MM-DD)</source>
            <translation>%1 不是日期（应为 YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="168" />
            <source>%1 is not a date and time (expected YYYY-MM-DD HH:MM)</source>
            <translation>%1 不是日期和时间（应为 YYYY-MM-DD HH:MM）</translation>
        </message>
        <message>
            <location filename="../../app/validation.py" line="195" />
            <source>%1 is not a time of day (expected HH:MM)</source>
            <translation>%1 不是时间（应为 HH:MM）</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="75" />
            <source>same name but for case, punctuation or legal form</source>
            <translation>名称相同（不计大小写、标点和公司形式）</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="88" />
            <source>similar name</source>
            <translation>名称相似</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="90" />
            <source>same web site</source>
            <translation>网站相同</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="92" />
            <source>same phone</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <location filename="../../app/account_duplicates.py" line="105" />
            <source>an account cannot be merged with itself</source>
            <translation>公司不能与自身合并</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="151" />
            <source>%1 is not a server address</source>
            <translation>%1 不是服务器地址</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="184" />
            <source>the server pointed to %1, which is not on %2 (the account's server); refused, nothing was sent there</source>
            <translation>服务器指向 %1，它不在 %2（该帐户的服务器）上；已拒绝，未向其发送任何内容</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="211" />
            <source>%1 %2: the server took longer than %3 s to answer; the request was given up</source>
            <translation>%1 %2：服务器在 %3 秒内未完成应答；已放弃该请求</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="215" />
            <source>%1: %2; nothing was sent. If the server really has a new certificate, add the account again with --trust-certificate</source>
            <translation>%1：%2；未发送任何内容。如果服务器确实换了新证书，请重新添加帐户并信任它（--trust-certificate）</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="219" />
            <location filename="../../sync/imap.py" line="113" />
            <source>%1: the server's TLS certificate is not trusted (%2). If this is your own server and you trust it, add the account with --trust-certificate</source>
            <translation>%1：服务器的 TLS 证书不受信任（%2）。如果这是您自己的服务器且您信任它，请添加帐户时信任该证书（--trust-certificate）</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="224" />
            <source>%1 %2: the server did not answer in %3 s</source>
            <translation>%1 %2：服务器在 %3 秒内未响应</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="227" />
            <source>%1 %2: the connection failed (%3)</source>
            <translation>%1 %2：连接失败（%3）</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="233" />
            <location filename="../../sync/memory.py" line="70" />
            <source>%1 %2: the server is out of space (507)</source>
            <translation>%1 %2：服务器空间不足（507）</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="244" />
            <source>the server is busy or failing (%1 on %2 %3); it asks to retry in %4 s</source>
            <translation>服务器繁忙或出错（%2 %3 返回 %1）；它要求 %4 秒后重试</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="248" />
            <location filename="../../sync/memory.py" line="73" />
            <source>the server is busy or failing (%1 on %2 %3); try again later</source>
            <translation>服务器繁忙或出错（%2 %3 返回 %1）；请稍后再试</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="258" />
            <location filename="../../sync/memory.py" line="78" />
            <source>the server refused the user name or password (%1); enter them again</source>
            <translation>服务器拒绝了用户名或密码（%1）；请重新输入</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="263" />
            <location filename="../../sync/memory.py" line="81" />
            <source>%1 %2: changed on the server meanwhile</source>
            <translation>%1 %2：在此期间服务器上已更改</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="265" />
            <location filename="../../sync/memory.py" line="83" />
            <location filename="../../sync/memory.py" line="356" />
            <location filename="../../sync/memory.py" line="398" />
            <source>%1 %2: the server answered %3</source>
            <translation>%1 %2：服务器返回 %3</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="291" />
            <source>%1 %2: the server sent the request on to %3, an unencrypted http:// address; not followed, so neither the password nor any data went there</source>
            <translation>%1 %2：服务器将请求转到 %3，这是未加密的 http:// 地址；未跟随转向，密码和数据都没有发往该处</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="296" />
            <source>%1 %2: the server sent the request on to %3, on another server; not followed (nothing was sent there). If the account really moved, add it again with that address</source>
            <translation>%1 %2：服务器将请求转到另一台服务器上的 %3；未跟随转向（未向其发送任何内容）。如果帐户确实已迁移，请用该地址重新添加</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="507" />
            <source>%1: no CardDAV or CalDAV service found there (no current-user-principal)</source>
            <translation>%1：未在此处找到 CardDAV 或 CalDAV 服务（没有 current-user-principal）</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="619" />
            <location filename="../../sync/imap.py" line="298" />
            <source>%1: could not read the server's certificate (%2)</source>
            <translation>%1：无法读取服务器证书（%2）</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="622" />
            <location filename="../../sync/imap.py" line="301" />
            <source>%1: the server showed no certificate</source>
            <translation>%1：服务器未提供证书</translation>
        </message>
        <message>
            <location filename="../../sync/dav.py" line="637" />
            <source>%1: the server's answer could not be read (%2); nothing of it was used</source>
            <translation>%1：无法读取服务器的应答（%2）；其内容均未使用</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="47" />
            <source>the server's name cannot be found (no network, or a mistyped address)</source>
            <translation>找不到服务器名称（没有网络，或地址输入有误）</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="50" />
            <source>the server refused the connection (is it running, and is the address right?)</source>
            <translation>服务器拒绝了连接（服务器是否在运行？地址是否正确？）</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="53" />
            <source>the server closed the connection</source>
            <translation>服务器关闭了连接</translation>
        </message>
        <message>
            <location filename="../../sync/reasons.py" line="55" />
            <source>the network or the server cannot be reached</source>
            <translation>无法连接到网络或服务器</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="85" />
            <source>call, e-mail or note</source>
            <translation>通话、邮件或备注</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="88" />
            <source>contact group</source>
            <translation>联系人群组</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="91" />
            <source>contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="92" />
            <source>accounts</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="93" />
            <source>meetings</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="94" />
            <source>tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="95" />
            <source>calls, e-mails and notes</source>
            <translation>通话、邮件和备注</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="96" />
            <source>deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="97" />
            <source>leads</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="98" />
            <source>contact groups</source>
            <translation>联系人群组</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="186" />
            <source>the sync was stopped; it goes on from here next time</source>
            <translation>同步已停止；下次将从这里继续</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="245" />
            <source>the server's getlastmodified did not move with a change; asking for the ctag from now on</source>
            <translation>服务器的 getlastmodified 没有随更改而变化；今后改为查询 ctag</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="277" />
            <source>the server lists none of the meetings and tasks synced before (%1); nothing was deleted here. If that is right, run the sync again allowing a mass delete</source>
            <translation>服务器上没有任何之前同步过的会议和任务（%1）；本地未删除任何内容。如果确实如此，请在允许批量删除的情况下再次同步</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="281" />
            <source>the server lists none of the cards synced before (%1); nothing was deleted here. If that is right, run the sync again allowing a mass delete</source>
            <translation>服务器上没有任何之前同步过的名片（%1）；本地未删除任何内容。如果确实如此，请在允许批量删除的情况下再次同步</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="395" />
            <source>%1: the same card (UID %2) is also at %3; following that one</source>
            <translation>%1：同一张名片（UID %2）也位于 %3；以那一张为准</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="434" />
            <location filename="../../sync/engine.py" line="722" />
            <source>%1 %2: deleted here but changed on the server; brought back</source>
            <translation>%1 %2：已在本地删除，但在服务器上被修改；已恢复</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="466" />
            <source>%1 %2: both sides changed %3; kept the server's version, yours is in the conflict list</source>
            <translation>%1 %2：双方都修改了 %3；保留了服务器的版本，您的版本在冲突列表中</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="486" />
            <source>%1 %2: deleted on the server but changed here; uploading it again</source>
            <translation>%1 %2：已在服务器上删除，但在本地被修改；将重新上传</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="538" />
            <source>all the %1 synced with this collection (%2) were deleted here; the server keeps them until a sync allowing a mass delete</source>
            <translation>与此集合同步的所有%1（%2）都已在本地删除；服务器会保留它们，直到一次允许批量删除的同步</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="589" />
            <source>%1 %2 changed on the server; it moves after the next sync has brought the change</source>
            <translation>%1 %2 已在服务器上更改；下次同步取回该更改后再移动它</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="825" />
            <source>made the calendar “%1” for the office's calls, e-mails and notes</source>
            <translation>已为团队的通话、邮件和备注创建日历“%1”</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="850" />
            <source>%1 at %2: no password known; add the account again</source>
            <translation>%2 上的 %1：没有已知密码；请重新添加帐户</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="869" />
            <source>%1; the rest was not uploaded</source>
            <translation>%1；其余内容未上传</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="880" />
            <source>%1 at %2: %3</source>
            <translation>%2 上的 %1：%3</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="914" />
            <source>sync stopped: %1</source>
            <translation>同步已停止：%1</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="917" />
            <source>%1: %2 in, %3 deleted here, %4 out, %5 deleted there, conflicts: %6, errors: %7</source>
            <translation>%1：收到 %2，本地删除 %3，发出 %4，服务器上删除 %5，冲突：%6，错误：%7</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="922" />
            <source>sync done: %1</source>
            <translation>同步完成：%1</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="89" />
            <source>%1 is a plain http:// address: the password and every card would cross the network unencrypted. Use https://, or, if you accept that, add the account with --insecure-http</source>
            <translation>%1 是普通的 http:// 地址：密码和所有名片都会以未加密方式在网络上传输。请使用 https://；如果您接受此风险，请用 --insecure-http 添加帐户</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="171" />
            <source>the address names the user %1 but the user name given is %2; give only one</source>
            <translation>地址中的用户是 %1，但给出的用户名是 %2；请只给出一个</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="198" />
            <source>no calendar was found and none could be made (%1)</source>
            <translation>未找到日历，也无法创建（%1）</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="206" />
            <source>no calendar of this account takes tasks and none could be made (%1); tasks and deals stay on this computer</source>
            <translation>此账户没有接受任务的日历，也无法创建（%1）；任务和交易保留在本机</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="828" />
            <location filename="../../sync/service.py" line="215" />
            <source>no calendar of this account takes journal entries and none could be made (%1); calls, e-mails and notes stay on this computer</source>
            <translation>此账户没有接受日志条目的日历，也无法创建（%1）；通话、邮件和备注保留在本机</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="78" />
            <source>%1 is not a server address: give it as https://host/path, as a host name, or as your e-mail address</source>
            <translation>%1 不是服务器地址：请写成 https://host/path、主机名或您的电子邮件地址</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="226" />
            <source>%1 at %2 is added already (as %3); its address books and calendars sync with it</source>
            <translation>%2 上的 %1 已经添加过（为 %3）；其通讯录和日历已通过它同步</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="237" />
            <source>added %1 at %2 (address books: %3, calendars: %4)</source>
            <translation>已添加 %2 上的 %1（通讯录：%3，日历：%4）</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="259" />
            <source>the DNS of %1 names %2, a server of another domain, as its address book and calendar server; nothing was sent there. If that is your provider's, add the account with its address: %3</source>
            <translation>%1 的 DNS 将另一个域的服务器 %2 指定为其通讯录和日历服务器；没有向那里发送任何内容。如果那是您的服务商的服务器，请用它的地址添加账户：%3</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="274" />
            <source>a sync of this data folder is running already (another window or `rapport sync run`); this one was not started</source>
            <translation>此数据文件夹的同步已在运行（另一个窗口或 `rapport sync run`）；本次未启动</translation>
        </message>
        <message>
            <location filename="../../sync/service.py" line="354" />
            <source>the local version of %1 cannot be read back: %2</source>
            <translation>无法读回 %1 的本地版本：%2</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="123" />
            <source>%1: no such file</source>
            <translation>%1：文件不存在</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="129" />
            <source>%1: the database is damaged (%2)</source>
            <translation>%1：数据库已损坏（%2）</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="133" />
            <source>%1: not a Rapport database</source>
            <translation>%1：不是 Rapport 数据库</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="135" />
            <source>%1: written by a newer Rapport (schema %2); update Rapport first</source>
            <translation>%1：由较新版本的 Rapport 写入（架构 %2）；请先更新 Rapport</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="141" />
            <source>%1: not a readable SQLite database (%2)</source>
            <translation>%1：不是可读取的 SQLite 数据库（%2）</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="160" />
            <source>a backup cannot overwrite the database it copies</source>
            <translation>备份不能覆盖它所复制的数据库</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="165" />
            <location filename="../../app/backup.py" line="174" />
            <source>cannot write the backup %1: %2</source>
            <translation>无法写入备份 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="171" />
            <source>the disk is full: cannot write the backup %1</source>
            <translation>磁盘已满：无法写入备份 %1</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="189" />
            <source>no backup was made today: the database is damaged (%1); the earlier backups are kept</source>
            <translation>今天没有创建备份：数据库已损坏（%1）；之前的备份均已保留</translation>
        </message>
        <message>
            <location filename="../../app/backup.py" line="212" />
            <source>%1 is the database in use; restore from a backup of it</source>
            <translation>%1 是正在使用的数据库；请从它的备份恢复</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="39" />
            <source>an iTIP %1 without DTSTART for a meeting not in Rapport; its DTSTAMP stands in for the start</source>
            <translation>iTIP %1 没有 DTSTART，且对应的会议不在 Rapport 中；以其 DTSTAMP 作为开始时间</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="41" />
            <source>an older version (SEQUENCE %1) of a record Rapport has in a newer one (SEQUENCE %2); kept the newer one</source>
            <translation>这是旧版本（SEQUENCE %1），Rapport 中已有该记录的较新版本（SEQUENCE %2）；已保留较新版本</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="50" />
            <source>%1: line %2: %3</source>
            <translation>%1：第 %2 行：%3</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="54" />
            <source>%1: record %2, line %3: %4</source>
            <translation>%1：第 %2 条记录，第 %3 行：%4</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="71" />
            <location filename="../../app/import_reader.py" line="148" />
            <location filename="../../app/import_reader.py" line="367" />
            <source>the rest of the file cannot be read: %1</source>
            <translation>无法读取文件的其余部分：%1</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="247" />
            <source>deal %1: %2</source>
            <translation>商机 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="312" />
            <source>an iTIP %1 asks for a change; it is not applied to the record in Rapport</source>
            <translation>iTIP %1 请求更改；该更改不会应用到 Rapport 中的记录</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="361" />
            <location filename="../../app/formats/ical.py" line="114" />
            <location filename="../../app/import_reader.py" line="123" />
            <location filename="../../sync/cards.py" line="69" />
            <source>%1; %2</source>
            <translation>%1；%2</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="361" />
            <source>another version of this record came earlier in the file, with the same SEQUENCE and DTSTAMP</source>
            <translation>文件中较早出现了此记录的另一个版本，其 SEQUENCE 和 DTSTAMP 相同</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="363" />
            <source>kept the earlier one</source>
            <translation>已保留较早的版本</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="98" />
            <source>custom fields go on %1, not %2</source>
            <translation>自定义字段只能用于 %1，不能用于 %2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="101" />
            <source>a key is lower-case letters, digits and _, starting with a letter</source>
            <translation>键只能包含小写字母、数字和 _，并以字母开头</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="103" />
            <location filename="../../app/custom_fields.py" line="138" />
            <source>a field needs a label</source>
            <translation>字段需要名称</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="106" />
            <source>a field type is one of %1</source>
            <translation>字段类型应为以下之一：%1</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="110" />
            <location filename="../../app/custom_fields.py" line="144" />
            <source>a choice field needs at least one choice</source>
            <translation>选项字段至少需要一个选项</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="115" />
            <source>%1 already has a field %2</source>
            <translation>%1已有字段 %2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="117" />
            <source>a field %1 of %2 was removed, and its key is not used again (values for it may still arrive from other laptops): undo the removal, or choose another key</source>
            <translation>%2 的字段 %1 已被删除，其键不再使用（其他电脑仍可能发来它的值）：请撤销删除，或换一个键</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="148" />
            <source>%1: %2 is the value of %3 records; change theirs first</source>
            <translation>%1：%2 是 %3 条记录的值；请先修改这些记录</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="259" />
            <source>%1 field in the Trash</source>
            <translation>回收站中的%1字段</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="459" />
            <source>%1: no %2 is named %3</source>
            <translation>%1：没有名为 %3 的%2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="460" />
            <source>%1: more than one %2 is named %3; give its uid</source>
            <translation>%1：名为 %3 的%2不止一个；请给出其 uid</translation>
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
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="497" />
            <location filename="../../app/custom_fields.py" line="597" />
            <location filename="../../app/custom_fields.py" line="625" />
            <source>%1: %2 is not one of the choices (%3)</source>
            <translation>%1：%2 不在可选项中（%3）</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="171" />
            <location filename="../../app/custom_fields.py" line="506" />
            <source>%1 field</source>
            <translation>%1字段</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="526" />
            <location filename="../../app/custom_fields.py" line="547" />
            <source>%1: %2 is not an amount of money (such as 1200.50 EUR)</source>
            <translation>%1：%2 不是金额（例如 1200.50 EUR）</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="533" />
            <source>%1: %2 names two currencies</source>
            <translation>%1：%2 包含两种货币</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="537" />
            <source>%1: name the currency of %2 (such as EUR), or choose a home currency</source>
            <translation>%1：请注明 %2 的货币（例如 EUR），或选择本位币</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="552" />
            <source>%1: %2 is too large an amount</source>
            <translation>%1：%2 金额过大</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="555" />
            <source>%1: %2 has more decimal places than %3 has</source>
            <translation>%1：%2 的小数位数超过 %3 的位数</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="648" />
            <source>%1: %2 is neither yes nor no</source>
            <translation>%1：%2 既不是“是”也不是“否”</translation>
        </message>
        <message>
            <location filename="../../app/custom_fields.py" line="652" />
            <source>%1: %2 is not a number</source>
            <translation>%1：%2 不是数字</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="11" />
            <location filename="../../sync/engine.py" line="81" />
            <source>contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="12" />
            <location filename="../../sync/engine.py" line="82" />
            <source>account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="13" />
            <location filename="../../sync/engine.py" line="86" />
            <source>deal</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="14" />
            <source>activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="15" />
            <location filename="../../sync/calendars.py" line="72" />
            <location filename="../../sync/engine.py" line="84" />
            <source>task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="16" />
            <location filename="../../sync/engine.py" line="87" />
            <source>lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="17" />
            <source>pipeline</source>
            <translation>销售管道</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="18" />
            <source>stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="19" />
            <source>tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="20" />
            <location filename="../../app/errors.py" line="21" />
            <source>custom field</source>
            <translation>自定义字段</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="22" />
            <source>person of the office</source>
            <translation>团队成员</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="23" />
            <source>segment</source>
            <translation>细分</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="24" />
            <source>sync account</source>
            <translation>同步账户</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="25" />
            <source>open sync conflict</source>
            <translation>未解决的同步冲突</translation>
        </message>
        <message>
            <location filename="../../app/errors.py" line="40" />
            <source>no %1 with uid %2</source>
            <translation>找不到 uid 为 %2 的%1</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="122" />
            <source>the exporting helper process stopped unexpectedly</source>
            <translation>导出辅助进程意外停止</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="124" />
            <source>the exporting helper process failed: %1</source>
            <translation>导出辅助进程出错：%1</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="221" />
            <source>a segment's contacts and accounts export as vCard or CSV, not as a calendar</source>
            <translation>细分中的联系人和公司只能导出为 vCard 或 CSV，不能导出为日历</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="274" />
            <source>the disk is full: cannot write %1</source>
            <translation>磁盘已满：无法写入 %1</translation>
        </message>
        <message>
            <location filename="../../app/exporting.py" line="276" />
            <location filename="../../app/record_files.py" line="168" />
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="49" />
            <source>the columns (%1) are not those of a Google or Outlook export: say which column holds what (a column mapping)</source>
            <translation>这些列（%1）不是 Google 或 Outlook 导出的列：请指定每列的内容（列映射）</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="52" />
            <source>the row has %1 fields but the header has %2 columns (it runs from line %3 to line %4: a quote may not be closed)</source>
            <translation>该行有 %1 个字段，但表头有 %2 列（它从第 %3 行延续到第 %4 行：可能有引号未闭合）</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="342" />
            <source>the file has no column %1; its columns are: %2</source>
            <translation>文件中没有列 %1；文件的列为：%2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="346" />
            <source>%1 is not a field to import into; the fields are: %2</source>
            <translation>%1 不是可导入的字段；可用字段为：%2</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="484" />
            <source>line %1 is not UTF-8; read it as %2</source>
            <translation>第 %1 行不是 UTF-8；已按 %2 读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="491" />
            <source>the file is not UTF-8; read it as %1 (a guess: check names with accents)</source>
            <translation>文件不是 UTF-8；已按 %1 读取（这是推测：请检查带重音符号的姓名）</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="551" />
            <location filename="../../app/formats/ical.py" line="185" />
            <location filename="../../app/import_plan.py" line="78" />
            <location filename="../../app/importing.py" line="177" />
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="558" />
            <source>the file has no header line, only a delimiter hint (sep=)</source>
            <translation>文件没有表头行，只有分隔符提示（sep=）</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="565" />
            <source>the header line cannot be read as CSV (%1)</source>
            <translation>无法将表头行读取为 CSV（%1）</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="568" />
            <source>the first line of the file has no column names</source>
            <translation>文件第一行没有列名</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="632" />
            <source>the row cannot be read as CSV (%1)</source>
            <translation>无法将该行读取为 CSV（%1）</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="641" />
            <source>the row has %1 fields but the header has %2 columns</source>
            <translation>该行有 %1 个字段，但表头有 %2 列</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="650" />
            <source>the file has column names but no rows</source>
            <translation>文件有列名，但没有数据行</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="747" />
            <source>%1: %2 is not a date; kept as it was</source>
            <translation>%1：%2 不是日期；已原样保留</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="805" />
            <source>the row has no name, e-mail address or phone number</source>
            <translation>该行没有姓名、电子邮件地址或电话号码</translation>
        </message>
        <message>
            <location filename="../../app/formats/csv_contacts.py" line="871" />
            <source>read %1 as month/day/year (%2); correct it if it was day/month/year</source>
            <translation>已将 %1 按“月/日/年”读取（%2）；如果原本是“日/月/年”，请更正</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="81" />
            <source>a VFREEBUSY (free/busy times)</source>
            <translation>VFREEBUSY（忙闲时间）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="82" />
            <source>a VAVAILABILITY (available times)</source>
            <translation>VAVAILABILITY（可用时间）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="93" />
            <source>%1 %2 is not valid (%3); left it out</source>
            <translation>%1 %2 无效（%3）；已略去</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="94" />
            <source>%1 %2 is not a date or a date and time (YYYYMMDD or YYYYMMDDTHHMMSS)</source>
            <translation>%1 %2 不是日期或日期时间（YYYYMMDD 或 YYYYMMDDTHHMMSS）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="96" />
            <source>%1 %2 is a date with a 'Z'; read it as the date</source>
            <translation>%1 %2 是带 'Z' 的日期；已按日期读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="97" />
            <source>the time zone %1 is neither defined in the file nor known; read the time as a floating (local) time</source>
            <translation>时区 %1 既未在文件中定义，也不是已知时区；已将时间按浮动（本地）时间读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="100" />
            <source>%1 uses the time zone %2, which is neither defined in the file nor known; kept it as it was</source>
            <translation>%1 使用的时区 %2 既未在文件中定义，也不是已知时区；已原样保留</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="102" />
            <source>it got one made from its content, so importing the file again finds the same records</source>
            <translation>已根据其内容生成一个，这样再次导入该文件时会找到相同的记录</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="104" />
            <source>each got one made from its content, so importing the file again finds the same records</source>
            <translation>已根据各自的内容分别生成一个，这样再次导入该文件时会找到相同的记录</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="106" />
            <source>RECURRENCE-ID is a date but the recurring event starts at a date and time (RFC 5545 wants the same type)</source>
            <translation>RECURRENCE-ID 是日期，但重复事件以日期时间开始（RFC 5545 要求类型相同）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="109" />
            <source>RECURRENCE-ID is a date and time but the recurring event starts at a date (RFC 5545 wants the same type)</source>
            <translation>RECURRENCE-ID 是日期时间，但重复事件以日期开始（RFC 5545 要求类型相同）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="119" />
            <source>%1; left it out</source>
            <translation>%1；已略去</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="187" />
            <source>this is a vCard file (contacts, BEGIN:VCARD), not a calendar: import it as contacts</source>
            <translation>这是 vCard 文件（联系人，BEGIN:VCARD），不是日历：请作为联系人导入</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="190" />
            <source>this is not an iCalendar file: it has no BEGIN:VCALENDAR</source>
            <translation>这不是 iCalendar 文件：其中没有 BEGIN:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="344" />
            <source>line %1: a parameter value has an opening quote but no closing one</source>
            <translation>第 %1 行：参数值有开引号，但没有闭引号</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="346" />
            <source>line %1 is not a property: no ':' after a name (%2)</source>
            <translation>第 %1 行不是属性：名称后没有 ':'（%2）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="351" />
            <source>line %1: %2 is not a property name</source>
            <translation>第 %1 行：%2 不是属性名</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="357" />
            <source>%1 has an empty parameter (';;' or ';:'); ignored it</source>
            <translation>%1 有空参数（';;' 或 ';:'）；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="360" />
            <source>line %1: %2 has a parameter %3 that is not NAME=value</source>
            <translation>第 %1 行：%2 的参数 %3 不是 NAME=value 形式</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="448" />
            <source>BEGIN:%1 at line %2 begins inside this %3: END:%4 is missing</source>
            <translation>第 %2 行的 BEGIN:%1 在此 %3 内部开始：缺少 END:%4</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="456" />
            <source>components nested deeper than %1</source>
            <translation>组件嵌套超过 %1 层</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="463" />
            <source>END:VCALENDAR at line %1 comes before END:%2: the component is not complete</source>
            <translation>第 %1 行的 END:VCALENDAR 出现在 END:%2 之前：组件不完整</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="470" />
            <source>END:%1 at line %2 does not close BEGIN:%3 (line %4)</source>
            <translation>第 %2 行的 END:%1 没有关闭 BEGIN:%3（第 %4 行）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="490" />
            <source>BEGIN:%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; read it anyway</source>
            <translation>BEGIN:%1 位于 BEGIN:VCALENDAR ... END:VCALENDAR 之外；仍已读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="509" />
            <source>%1 is outside BEGIN:VCALENDAR ... END:VCALENDAR; ignored it</source>
            <translation>%1 位于 BEGIN:VCALENDAR ... END:VCALENDAR 之外；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="512" />
            <source>%1 is in no component; ignored it</source>
            <translation>%1 不属于任何组件；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="535" />
            <source>the calendar says VERSION:%1; read it as iCalendar 2.0</source>
            <translation>日历标明 VERSION:%1；已按 iCalendar 2.0 读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="538" />
            <source>the calendar has no VERSION; read it as iCalendar 2.0</source>
            <translation>日历没有 VERSION；已按 iCalendar 2.0 读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="548" />
            <source>the file ends before the END of BEGIN:%1 (line %2): it may be cut short</source>
            <translation>文件在 BEGIN:%1（第 %2 行）的 END 之前就结束了：可能被截断</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="550" />
            <source>the file ends before the END of BEGIN:%1: it may be cut short</source>
            <translation>文件在 BEGIN:%1 的 END 之前就结束了：可能被截断</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="559" />
            <source>the calendar has no END:VCALENDAR (the file may be cut short)</source>
            <translation>日历没有 END:VCALENDAR（文件可能被截断）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="565" />
            <source>an empty line, which iCalendar does not allow; skipped (also at line %1)</source>
            <translation>空行（iCalendar 不允许空行）；已跳过（另见第 %1 行）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="568" />
            <source>an empty line, which iCalendar does not allow; skipped</source>
            <translation>空行（iCalendar 不允许空行）；已跳过</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="571" />
            <source>this is not an iCalendar file: no line is BEGIN:VCALENDAR</source>
            <translation>这不是 iCalendar 文件：没有任何一行是 BEGIN:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="597" />
            <source>a %1 component</source>
            <translation>%1 组件</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="598" />
            <source>%1 is not something Rapport imports (it keeps events, tasks and journal entries)</source>
            <translation>Rapport 不导入%1（它保存事件、任务和日志条目）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="631" />
            <source>the file is not UTF-8; read it as %1</source>
            <translation>文件不是 UTF-8；已按 %1 读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="706" />
            <source>a VTIMEZONE without TZID; ignored it</source>
            <translation>VTIMEZONE 没有 TZID；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="710" />
            <source>the time zone %1: %2</source>
            <translation>时区 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="714" />
            <source>the time zone %1 could not be read; ignored it</source>
            <translation>无法读取时区 %1；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="718" />
            <source>Rapport uses its own rules for %1</source>
            <translation>Rapport 对 %1 使用自己的规则</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="748" />
            <location filename="../../app/importing.py" line="51" />
            <source>%1 or %2</source>
            <translation>%1或%2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="756" />
            <source>has neither STANDARD nor DAYLIGHT rules</source>
            <translation>既没有 STANDARD 规则，也没有 DAYLIGHT 规则</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="761" />
            <source>its %1 has no %2</source>
            <translation>其 %1 没有 %2</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="765" />
            <source>%1:%2 is not a UTC offset (+hhmm)</source>
            <translation>%1:%2 不是 UTC 偏移量（+hhmm）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="820" />
            <source>%1 %2 is out of range</source>
            <translation>%1 %2 超出范围</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="888" />
            <source>%1; kept it as it was</source>
            <translation>%1；已原样保留</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="918" />
            <source>this component has no UID</source>
            <translation>此组件没有 UID</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="920" />
            <source>this and %1 other components have no UID</source>
            <translation>此组件及另外 %1 个组件没有 UID</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="944" />
            <source>a second, different UID (%1); kept the first</source>
            <translation>第二个不同的 UID（%1）；已保留第一个</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="962" />
            <source>%1 has spaces around its value; ignored them</source>
            <translation>%1 的值两侧有空格；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="971" />
            <source>%1 has both TZID=%2 and a UTC 'Z'; read it as UTC</source>
            <translation>%1 同时有 TZID=%2 和表示 UTC 的 'Z'；已按 UTC 读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="994" />
            <source>an empty TZID; converted the time to UTC with its VTIMEZONE</source>
            <translation>TZID 为空；已按其 VTIMEZONE 将时间换算为 UTC</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1013" />
            <source>%1 has %2, which is not a date; left it out</source>
            <translation>%1 中有 %2，它不是日期；已略去</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1016" />
            <source>%1 has an empty item; left it out</source>
            <translation>%1 中有空项；已略去</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1025" />
            <source>%1 %2 is out of range; left it out</source>
            <translation>%1 %2 超出范围；已略去</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1032" />
            <source>RRULE has escaped separators (\;); read them as plain ones</source>
            <translation>RRULE 中有转义的分隔符（\;）；已按普通分隔符读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1036" />
            <source>RRULE takes no parameters; ignored %1</source>
            <translation>RRULE 不接受参数；已忽略 %1</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1048" />
            <source>SEQUENCE %1 is not a number</source>
            <translation>SEQUENCE %1 不是数字</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1062" />
            <source>%1 has no value; ignored it</source>
            <translation>%1 没有值；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1065" />
            <source>%1 %2 has spaces, so it is not an address; kept it as it was</source>
            <translation>%1 %2 含有空格，因此不是地址；已原样保留</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1074" />
            <source>a second %1; ignored it (kept the first)</source>
            <translation>第二个 %1；已忽略（保留第一个）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1154" />
            <source>the journal entry has no text; imported it as 'Journal entry'</source>
            <translation>日志条目没有文本；已作为 'Journal entry' 导入</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1187" />
            <source>a journal entry needs a date (DTSTART), and this %1 has none</source>
            <translation>日志条目需要日期 (DTSTART)，而此 %1 没有</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1189" />
            <source>an event needs a start (DTSTART), and this %1 has none</source>
            <translation>事件需要开始时间 (DTSTART)，而此 %1 没有</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1206" />
            <source>both DTEND and DURATION (RFC 5545 allows one); used DTEND</source>
            <translation>同时有 DTEND 和 DURATION（RFC 5545 只允许其一）；已使用 DTEND</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1210" />
            <source>DTEND and DTSTART differ in type (a date and a date-time)</source>
            <translation>DTEND 与 DTSTART 类型不同（一个是日期，一个是日期时间）</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1218" />
            <source>DURATION %1 is not a duration</source>
            <translation>DURATION %1 不是时长</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1223" />
            <source>the event ends before it starts; left its end out</source>
            <translation>事件在开始之前就结束了；已略去其结束时间</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1269" />
            <source>a VALARM without ACTION; read it as ACTION:DISPLAY</source>
            <translation>VALARM 没有 ACTION；已按 ACTION:DISPLAY 读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1273" />
            <source>a VALARM without a TRIGGER (when to go off); left it out</source>
            <translation>VALARM 没有 TRIGGER（何时提醒）；已略去</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1290" />
            <source>TRIGGER %1 is not a duration; left it out</source>
            <translation>TRIGGER %1 不是时长；已略去</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1353" />
            <source>the task has no title (SUMMARY); imported it as 'Untitled task'</source>
            <translation>任务没有标题 (SUMMARY)；已作为 'Untitled task' 导入</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1361" />
            <source>STATUS %1 is not a task status</source>
            <translation>STATUS %1 不是任务状态</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1385" />
            <source>DUE %1 has seconds; Rapport keeps due times to the minute</source>
            <translation>DUE %1 含有秒；Rapport 的截止时间只精确到分钟</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1397" />
            <source>%1 %2 is not a number from %3 to %4</source>
            <translation>%1 %2 不是 %3 到 %4 之间的数字</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1411" />
            <source>a recurring task without DUE: Rapport repeats tasks from their due date</source>
            <translation>没有 DUE 的重复任务：Rapport 按截止日期重复任务</translation>
        </message>
        <message>
            <location filename="../../app/formats/ical.py" line="1417" />
            <source>RRULE %1 does not work from the due date (%2)</source>
            <translation>RRULE %1 无法从截止日期起算（%2）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="43" />
            <source>lines end with a bare CR (classic Mac OS); save the file with CRLF or LF line ends</source>
            <translation>行以单独的 CR 结尾（经典 Mac OS）；请以 CRLF 或 LF 换行符保存文件</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="233" />
            <source>no contacts found in the file</source>
            <translation>文件中没有找到联系人</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="480" />
            <source>another card begins inside it at line %1 (not as an AGENT)</source>
            <translation>第 %1 行在其内部开始了另一张名片（不是作为 AGENT）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="491" />
            <source>the file starts with a continuation line (a line beginning with a space)</source>
            <translation>文件以续行开头（以空格开头的行）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="494" />
            <source>BEGIN/END may not have a group (%1)</source>
            <translation>BEGIN/END 不能带分组（%1）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="497" />
            <source>this is a calendar (BEGIN:VCALENDAR), not contacts: import it as a calendar</source>
            <translation>这是日历（BEGIN:VCALENDAR），不是联系人：请作为日历导入</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="500" />
            <source>BEGIN:%1 is not the start of a vCard</source>
            <translation>BEGIN:%1 不是 vCard 的开头</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="503" />
            <source>properties outside BEGIN:VCARD ... END:VCARD</source>
            <translation>属性位于 BEGIN:VCARD ... END:VCARD 之外</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="520" />
            <source>the card has no END:VCARD (the file may be cut short); imported what was there</source>
            <translation>名片没有 END:VCARD（文件可能被截断）；已导入现有内容</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="524" />
            <source>the card has no END:VCARD (the file may be cut short)</source>
            <translation>名片没有 END:VCARD（文件可能被截断）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="540" />
            <source>the card has no VERSION</source>
            <translation>名片没有 VERSION</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="543" />
            <source>VERSION %1 is not a vCard version (2.1, 3.0 or 4.0)</source>
            <translation>VERSION %1 不是 vCard 版本（2.1、3.0 或 4.0）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="556" />
            <source>a vCard %1 needs a name (FN), and this card has none</source>
            <translation>vCard %1 需要姓名 (FN)，而这张名片没有</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="582" />
            <source>a parameter value has an opening quote but no closing one</source>
            <translation>参数值有开引号，但没有闭引号</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="599" />
            <source>line %1 has no ':' between a property name and its value</source>
            <translation>第 %1 行的属性名和值之间没有 ':'</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="610" />
            <source>%1 has an empty parameter (';;' or a ';' before ':')</source>
            <translation>%1 有空参数（';;' 或 ':' 前的 ';'）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="615" />
            <source>%1 has a parameter list without a name (%2)</source>
            <translation>%1 有一个没有名称的参数列表（%2）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="621" />
            <source>%1 has an empty item in the parameter %2=%3</source>
            <translation>%1 的参数 %2=%3 中有空项</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="647" />
            <source>%1 is not a property name</source>
            <translation>%1 不是属性名</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="673" />
            <source>%1 says CHARSET=%2, which is not a known character set</source>
            <translation>%1 指定了 CHARSET=%2，这不是已知的字符集</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="721" />
            <source>the record is nested too deeply to be read</source>
            <translation>该记录嵌套过深，无法读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="723" />
            <source>the record is too large to be read</source>
            <translation>该记录过大，无法读取</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="724" />
            <source>the record could not be read (%1)</source>
            <translation>无法读取该记录（%1）</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="734" />
            <source>%1 is marked base64 but its value is not base64</source>
            <translation>%1 标记为 base64，但其值不是 base64</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="739" />
            <source>line %1: the %2 data is damaged; kept as it was</source>
            <translation>第 %1 行：%2 数据已损坏；已原样保留</translation>
        </message>
        <message>
            <location filename="../../app/formats/vcard.py" line="751" />
            <source>line %1: %2 is not UTF-8; read it as %3</source>
            <translation>第 %1 行：%2 不是 UTF-8；已按 %3 读取</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="61" />
            <location filename="../../app/importing.py" line="170" />
            <source>cannot read the file (%1)</source>
            <translation>无法读取文件（%1）</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="65" />
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../../app/import_plan.py" line="81" />
            <source>not a vCard, CSV or iCalendar file</source>
            <translation>不是 vCard、CSV 或 iCalendar 文件</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="41" />
            <source>kept EMAIL %1 as it was: it does not pass as email</source>
            <translation>EMAIL %1 已原样保留：它不是有效的电子邮件地址</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="42" />
            <source>kept TEL %1 as it was: it does not pass as phone</source>
            <translation>TEL %1 已原样保留：它不是有效的电话号码</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="164" />
            <source>a contact group (%1): Rapport does not import groups yet</source>
            <translation>联系人分组（%1）：Rapport 暂不导入分组</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="207" />
            <source>the card has no name; imported as %1</source>
            <translation>名片没有姓名；已作为 %1 导入</translation>
        </message>
        <message>
            <location filename="../../app/import_reader.py" line="442" />
            <source>the reading process stopped unexpectedly</source>
            <translation>读取进程意外停止</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="37" />
            <source>contacts (vCard)</source>
            <translation>联系人（vCard）</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="38" />
            <source>a CSV table</source>
            <translation>CSV 表格</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="39" />
            <source>a calendar (iCalendar)</source>
            <translation>日历（iCalendar）</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="44" />
            <source>%1: record %2: %3</source>
            <translation>%1：第 %2 条记录：%3</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="180" />
            <source>this file is %1, not %2</source>
            <translation>此文件是%1，不是%2</translation>
        </message>
        <message>
            <location filename="../../app/importing.py" line="226" />
            <source>%1: after record %2: %3</source>
            <translation>%1：第 %2 条记录之后：%3</translation>
        </message>
        <message>
            <location filename="../../app/calendar_import.py" line="233" />
            <location filename="../../app/importing.py" line="405" />
            <source>the custom field %1 was left out: %2</source>
            <translation>自定义字段 %1 未导入：%2</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="22" />
            <source>a pipeline needs a name</source>
            <translation>销售管道需要名称</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="26" />
            <source>a stage needs a name</source>
            <translation>阶段需要名称</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="30" />
            <source>a pipeline needs at least one stage</source>
            <translation>销售管道至少需要一个阶段</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="60" />
            <source>a probability is a percentage from 0 to 100, not %1</source>
            <translation>概率是 0 到 100 之间的百分比，不能是 %1</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="182" />
            <source>stage %1 still has %2 deal(s): move them to another stage first</source>
            <translation>阶段 %1 中还有 %2 个商机：请先将它们移到其他阶段</translation>
        </message>
        <message>
            <location filename="../../app/pipelines.py" line="191" />
            <source>stage %1 appears in deals' history and cannot be deleted</source>
            <translation>阶段 %1 出现在商机的历史中，无法删除</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="48" />
            <source>the database %1 is damaged (%2); nothing was changed. Restore a backup (rapport restore FILE; backups are in %3) or open Rapport to recover what can be read</source>
            <translation>数据库 %1 已损坏（%2）；未做任何更改。请恢复备份（rapport restore 文件；备份位于 %3），或打开 Rapport 找回仍可读取的数据</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="65" />
            <source>the database %1 is empty (0 bytes): the file was cut to nothing and is left as it is. Restore a backup (rapport restore FILE; backups are in %2)</source>
            <translation>数据库 %1 为空（0 字节）：文件已被截断，保持原样未动。请恢复备份（rapport restore 文件；备份位于 %2）</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="154" />
            <source>another Rapport has been writing to %1 for too long; nothing was written, try again later</source>
            <translation>另一个 Rapport 向 %1 写入的时间过长；未写入任何内容，请稍后再试</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="231" />
            <source>cannot create the data folder %1: %2</source>
            <translation>无法创建数据文件夹 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="252" />
            <source>%1: %2; update Rapport to open it</source>
            <translation>%1：%2；请更新 Rapport 后再打开</translation>
        </message>
        <message>
            <location filename="../../app/store.py" line="62" />
            <location filename="../../app/store.py" line="258" />
            <source>cannot open the database %1: %2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="26" />
            <location filename="../../app/store_errors.py" line="28" />
            <source>another program holds the database (locked); try again</source>
            <translation>另一个程序正在占用数据库（已锁定）；请重试</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="30" />
            <source>the database file is read-only</source>
            <translation>数据库文件为只读</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="32" />
            <source>the disk could not be read or written (disk I/O error)</source>
            <translation>无法读写磁盘（磁盘 I/O 错误）</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="34" />
            <source>the database file is damaged; restore it from a backup</source>
            <translation>数据库文件已损坏；请从备份恢复</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="36" />
            <source>the disk is full: nothing was written</source>
            <translation>磁盘已满：未写入任何内容</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="38" />
            <source>the database file cannot be opened (it or its folder is missing or locked)</source>
            <translation>无法打开数据库文件（文件或其文件夹不存在或无法访问）</translation>
        </message>
        <message>
            <location filename="../../app/store_errors.py" line="40" />
            <source>the database file is not an SQLite database</source>
            <translation>数据库文件不是 SQLite 数据库</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="352" />
            <source>“%1” cannot be redone: it created too many records to keep a copy</source>
            <translation>无法重做“%1”：它创建的记录太多，无法保留副本</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="383" />
            <source>cannot undo %1: there is no %2 any more (it was deleted for good after it)</source>
            <translation>无法撤销%1：%2已不存在（之后被永久删除）</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="402" />
            <source>the %1 “%2”</source>
            <translation>%1“%2”</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="403" />
            <source>a %1</source>
            <translation>一个%1</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="510" />
            <source>the merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="512" />
            <source>the import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="513" />
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="517" />
            <source>cannot undo %1: %2 was edited after it</source>
            <translation>无法撤销%1：%2在此之后被修改过</translation>
        </message>
        <message>
            <location filename="../../app/undo.py" line="532" />
            <source>%1 “%2”</source>
            <translation>%1“%2”</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="71" />
            <location filename="../../sync/engine.py" line="83" />
            <source>meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="73" />
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="134" />
            <source>a calendar object</source>
            <translation>日历对象</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="147" />
            <source>no VEVENT, VTODO or VJOURNAL in it</source>
            <translation>其中没有 VEVENT、VTODO 或 VJOURNAL</translation>
        </message>
        <message>
            <location filename="../../sync/calendars.py" line="158" />
            <source>%1: a second object (%2 %3) in one resource; left it out</source>
            <translation>%1：同一资源中有第二个对象（%2 %3）；已略过</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="81" />
            <source>record %1 (line %2): %3</source>
            <translation>第 %1 条记录（第 %2 行）：%3</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="87" />
            <source>a card</source>
            <translation>名片</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="96" />
            <source>no vCard</source>
            <translation>没有 vCard</translation>
        </message>
        <message>
            <location filename="../../sync/cards.py" line="141" />
            <source>kept TEL %1 as it was</source>
            <translation>已按原样保留 TEL %1</translation>
        </message>
        <message>
            <location filename="../../sync/memory.py" line="278" />
            <source>%1: no such collection (404)</source>
            <translation>%1：没有这个集合（404）</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="50" />
            <source>%1 is empty (0 bytes): the file was cut to nothing</source>
            <translation>%1 是空的（0 字节）：文件已被截断为空</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="58" />
            <source>%1 cannot be read as a database (%2)</source>
            <translation>%1 无法作为数据库读取（%2）</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="60" />
            <source>%1 is damaged (%2)</source>
            <translation>%1 已损坏（%2）</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="90" />
            <source>cannot move the damaged database %1 aside: %2</source>
            <translation>无法移开已损坏的数据库 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/rescue.py" line="103" />
            <source>cannot restore %1: %2</source>
            <translation>无法恢复 %1：%2</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="154" />
            <source>deal %1: no stage %2</source>
            <translation>交易 %1：没有阶段 %2</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="197" />
            <source>the amount %1 is not a number</source>
            <translation>金额 %1 不是数字</translation>
        </message>
        <message>
            <location filename="../../app/deal_entries.py" line="297" />
            <source>deal %1: the custom field %2 was left out: %3</source>
            <translation>商机 %1：自定义字段 %2 未导入：%3</translation>
        </message>
        <message>
            <location filename="../../app/office.py" line="132" />
            <source>a person needs a name</source>
            <translation>成员必须有姓名</translation>
        </message>
        <message>
            <location filename="../../app/office.py" line="134" />
            <source>a name of at most %1 characters</source>
            <translation>姓名最多 %1 个字符</translation>
        </message>
        <message>
            <location filename="../../app/privacy.py" line="79" />
            <source>records kept private are %1, not %2</source>
            <translation>可设为仅自己可见的记录是 %1，而不是 %2</translation>
        </message>
        <message>
            <location filename="../../sync/errors.py" line="36" />
            <source>%1 %2: the server does not allow this change (403: a read-only collection, or one this account may not write)</source>
            <translation>%1 %2：服务器不允许此更改（403：该集合为只读，或此账户无权写入）</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="93" />
            <source>%1: the server does not offer STARTTLS (%2); nothing was sent</source>
            <translation>%1:服务器不支持 STARTTLS(%2);未发送任何内容</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="102" />
            <source>%1: the server refused the user name %2 or its password</source>
            <translation>%1:服务器拒绝了用户名 %2 或其密码</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="124" />
            <source>%1: the server's certificate (%2) is not the one you trusted (%3); nothing was sent. If the server really has a new certificate, add the account again with --trust-certificate</source>
            <translation>%1:服务器的证书(%2)不是您信任的那个(%3);未发送任何内容。如果服务器确实换了新证书,请用 --trust-certificate 重新添加账户</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="176" />
            <source>%1: the folder %2 has no UIDVALIDITY (the server cannot say what is new)</source>
            <translation>%1:文件夹 %2 没有 UIDVALIDITY(服务器无法说明哪些是新邮件)</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="271" />
            <source>%1: the connection to the server broke off; what came before it is kept, and the next fetch goes on from there</source>
            <translation>%1:与服务器的连接中断;之前收取的内容已保存,下次收取将从那里继续</translation>
        </message>
        <message>
            <location filename="../../sync/imap.py" line="279" />
            <source>%1: the server answered: %2</source>
            <translation>%1:服务器回答:%2</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="249" />
            <source>a mail account needs a server and a user name</source>
            <translation>邮件账户需要服务器和用户名</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="258" />
            <source>%1 has no folder %2 (its folders: %3)</source>
            <translation>%1 没有文件夹 %2(其文件夹:%3)</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="305" />
            <source>mail is being fetched for this data folder already (another window or `rapport mail fetch`); this fetch was not started</source>
            <translation>此数据文件夹的邮件已在收取中(另一个窗口或 `rapport mail fetch`);本次收取未启动</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="344" />
            <source>no password is kept for %1: enter it again (rapport mail add-account)</source>
            <translation>未保存 %1 的密码:请重新输入(rapport mail add-account)</translation>
        </message>
        <message>
            <location filename="../../sync/mail_fetch.py" line="426" />
            <source>the fetch was stopped</source>
            <translation>收取已停止</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="67" />
            <source>“%1” is not an e-mail domain (as example.com)</source>
            <translation>“%1”不是电子邮件域名(应如 example.com)</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="70" />
            <source>%1 is a mail provider's domain: its addresses are everyone's, not one company's</source>
            <translation>%1 是邮件服务商的域名:其地址属于任何人,而非一家公司</translation>
        </message>
        <message>
            <location filename="../../app/mail_domains.py" line="80" />
            <source>mail from %1 goes to %2 already: one company a domain</source>
            <translation>来自 %1 的邮件已归入“%2”:一个域名只对应一家公司</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="151" />
            <location filename="../../app/record_files.py" line="309" />
            <location filename="../../app/record_files.py" line="322" />
            <source>that file is no longer on the record</source>
            <translation>该文件已不在此记录上</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="198" />
            <source>the file's contents are missing from the database</source>
            <translation>数据库中缺少该文件的内容</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="261" />
            <source>it changed while it was being read; attach it again</source>
            <translation>读取时文件发生了变化，请重新附加</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="265" />
            <location filename="../../app/record_files.py" line="409" />
            <source>cannot read it: %1</source>
            <translation>无法读取：%1</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="398" />
            <location filename="../../app/record_files.py" line="407" />
            <source>it is not a file (a folder?)</source>
            <translation>这不是文件（是文件夹吗？）</translation>
        </message>
        <message>
            <location filename="../../app/record_files.py" line="416" />
            <source>it is %1, larger than the %2 a file on a record can be</source>
            <translation>文件大小为 %1，超过了记录中单个文件允许的 %2</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="238" />
            <source>there is no rate of %1 on %2</source>
            <translation>%2 没有 %1 的汇率</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="251" />
            <source>%1: cannot read it (%2)</source>
            <translation>%1：无法读取（%2）</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="294" />
            <source>rates are units of a currency to one euro: the euro's own is always 1</source>
            <translation>汇率是一欧元可兑换的该币种数量：欧元本身始终为 1</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="301" />
            <source>“%1” is not a rate: how many units of %2 one euro buys, as 1.0812</source>
            <translation>“%1”不是汇率：应为一欧元可兑换多少 %2，例如 1.0812</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="310" />
            <source>%1: not the European Central Bank's rates (its first line starts with “Date”, then the currencies)</source>
            <translation>%1：不是欧洲中央银行的汇率文件（其第一行以“Date”开头，后面是各币种）</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="322" />
            <source>%1: column “%2” left out: not a currency in use (ISO 4217)</source>
            <translation>%1：已跳过“%2”列：不是现行货币（ISO 4217）</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="329" />
            <source>%1, line %2: “%3” is not a date; line left out</source>
            <translation>%1，第 %2 行：“%3”不是日期；已跳过该行</translation>
        </message>
        <message>
            <location filename="../../app/currencies.py" line="342" />
            <source>%1, line %2: %3 rate “%4” is not a number</source>
            <translation>%1，第 %2 行：%3 汇率“%4”不是数字</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="74" />
            <location filename="../../app/reports.py" line="93" />
            <source>%1 is too far off to look at</source>
            <translation>%1 太远了，无法查看</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="92" />
            <source>no pipeline is named “%1”</source>
            <translation>没有名为“%1”的销售管道</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="97" />
            <source>there is no pipeline yet</source>
            <translation>还没有销售管道</translation>
        </message>
        <message>
            <location filename="../../app/pipeline_history.py" line="174" />
            <location filename="../../app/reports.py" line="89" />
            <source>the period ends (%1) before it begins (%2)</source>
            <translation>期间的结束日期（%1）早于开始日期（%2）</translation>
        </message>
        <message>
            <location filename="../../app/lead_import.py" line="85" />
            <source>a lead has no field %1 (its fields: %2)</source>
            <translation>线索没有字段 %1（其字段：%2）</translation>
        </message>
        <message>
            <location filename="../../app/lead_import.py" line="88" />
            <source>no column of the file is a name, a company or an e-mail address (its columns: %1)</source>
            <translation>文件中没有姓名、公司或电子邮件地址的列（其列为：%1）</translation>
        </message>
        <message>
            <location filename="../../app/links.py" line="25" />
            <source>can link to a contact, account, deal or lead, not %1</source>
            <translation>只能关联联系人、公司、商机或线索，不能关联 %1</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="87" />
            <source>Save (Ctrl+Enter)</source>
            <translation>保存 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="120" />
            <source>Pri&amp;vate</source>
            <translation>私人(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="121" />
            <source>Only you see it: sync puts it in your own collection, never in the office's (with no collection of your own it stays on this computer)</source>
            <translation>只有您能看到：同步会把它放进您自己的集合，绝不放进办公室的集合（若您没有自己的集合，它只保留在这台电脑上）</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="28" />
            <source>Detail panes</source>
            <translation>详情面板</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="29" />
            <source>Edit the field in focus</source>
            <translation>编辑当前焦点字段</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="30" />
            <source>Save the field</source>
            <translation>保存字段</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="31" />
            <source>Cancel the edit</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="32" />
            <source>Next or previous field</source>
            <translation>下一个或上一个字段</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="33" />
            <source>Pick a date from a calendar</source>
            <translation>从日历中选择日期</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="34" />
            <source>Open a timeline entry to edit it</source>
            <translation>打开时间线条目进行编辑</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="35" />
            <source>Delete a timeline entry</source>
            <translation>删除时间线条目</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="37" />
            <source>Lists and fields</source>
            <translation>列表和字段</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="38" />
            <source>From a filter or search field into its rows</source>
            <translation>从筛选或搜索框进入结果行</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="39" />
            <source>Choose from a completion list</source>
            <translation>从补全列表中选择</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="41" />
            <source>Pipeline board</source>
            <translation>销售管道看板</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="42" />
            <source>Move the selected deal to the next stage</source>
            <translation>将所选商机移至下一阶段</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="43" />
            <source>Move the selected deal to the previous stage</source>
            <translation>将所选商机移至上一阶段</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="44" />
            <source>Open the selected deal</source>
            <translation>打开所选商机</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="46" />
            <source>Sheets and dialogs</source>
            <translation>表单和对话框</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="47" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="48" />
            <source>Close without saving</source>
            <translation>关闭而不保存</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="49" />
            <source>Schedule the next step offered</source>
            <translation>安排建议的下一步</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="58" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="61" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="61" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline/board.py" line="159" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n 个商机</numerusform>
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
                <numerusform>%1 + 另外 %n 种货币</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="180" />
            <source>No amounts</source>
            <translation>无金额</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="182" />
            <source>%1, probability %2 %</source>
            <translation>%1，概率 %2%</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="186" />
            <source>≈ %1 in all, at today's rates</source>
            <translation>按今日汇率合计 ≈ %1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="188" />
            <source>%1 at the rate of %2 (no newer one)</source>
            <translation>%1 按 %2 的汇率（没有更新的汇率）</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/board.py" line="191" />
            <source>Click to show the totals the other way</source>
            <translation>单击以另一种方式显示合计</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline/board.py" line="197" />
            <source>Show more (%n not shown)</source>
            <translation>
                <numerusform>显示更多（还有 %n 个未显示）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageEditorDialog</name>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="181" />
            <source>Edit pipeline</source>
            <translation>编辑销售管道</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="189" />
            <source>&amp;Pipeline name:</source>
            <translation>销售管道名称(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="214" />
            <source>&amp;Add stage</source>
            <translation>添加阶段(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="215" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="216" />
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="217" />
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="235" />
            <source>Changes are saved as you make them. Double-click a name or probability to edit it.</source>
            <translation>更改会即时保存。双击名称或概率即可编辑。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="266" />
            <source>New stage</source>
            <translation>新阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="267" />
            <source>Add stage “%1”</source>
            <translation>添加阶段“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="279" />
            <source>Remove stage “%1”</source>
            <translation>删除阶段“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="288" />
            <source>Move stage “%1”</source>
            <translation>移动阶段“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="317" />
            <source>Rename pipeline “%1”</source>
            <translation>重命名销售管道“%1”</translation>
        </message>
    </context>
    <context>
        <name>StageStepper</name>
        <message numerus="yes">
            <location filename="../../ui/pipeline/deal_detail.py" line="124" />
            <source>%1: %n day(s)</source>
            <translation>
                <numerusform>%1：%n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="128" />
            <source>Stages</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/deal_detail.py" line="176" />
            <source>%1 d</source>
            <comment>days in a stage</comment>
            <translation>%1 天</translation>
        </message>
    </context>
    <context>
        <name>StagesModel</name>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="88" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="88" />
            <source>Probability</source>
            <translation>概率</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="88" />
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="104" />
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="109" />
            <source>Deals in this stage, open or closed; a stage can be removed once it has none.</source>
            <translation>此阶段中的商机（进行中或已结束）；阶段中没有商机时才能删除。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="128" />
            <source>Rename stage “%1”</source>
            <translation>重命名阶段“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline/stage_editor.py" line="138" />
            <source>Change the probability of “%1”</source>
            <translation>更改阶段“%1”的概率</translation>
        </message>
    </context>
    <context>
        <name>StartProblem</name>
        <message>
            <location filename="../../ui/start_problem.py" line="26" />
            <source>Rapport cannot start</source>
            <translation>Rapport 无法启动</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="27" />
            <source>Rapport cannot start.</source>
            <translation>Rapport 无法启动。</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="35" />
            <source>The database was rescued</source>
            <translation>数据库已抢救</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="51" />
            <location filename="../../ui/start_problem.py" line="117" />
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="52" />
            <source>Rapport cannot open its database: %1</source>
            <translation>Rapport 无法打开数据库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="55" />
            <source>The damaged file is kept in the backups folder either way; nothing is deleted. Choose how to go on:</source>
            <translation>无论如何，损坏的文件都会保留在备份文件夹中；不会删除任何内容。请选择如何继续：</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="62" />
            <source>&amp;Restore the backup of %1 (contacts: %2)</source>
            <translation>恢复 %1 的备份（联系人：%2）(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="64" />
            <source>R&amp;ecover what can be read</source>
            <translation>抢救可读取的内容(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="66" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="77" />
            <source>The backup %1 was restored; the damaged database is kept as %2.</source>
            <translation>已恢复备份 %1；损坏的数据库保留为 %2。</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="84" />
            <source>Recovered from the damaged database: contacts %1. Records that could not be read: %2; other rows (links, history): %3. The damaged file is kept as %4.</source>
            <translation>已从损坏的数据库中抢救：联系人 %1。无法读取的记录：%2；其他行（关联、历史）：%3。损坏的文件保留为 %4。</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="88" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="118" />
            <source>Rapport found damage in its database: %1</source>
            <translation>Rapport 发现其数据库已损坏：%1</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="121" />
            <source>Changes may fail to save until it is repaired. Repair now closes the window and offers the latest sound backup or what can be read; the damaged file is kept either way.</source>
            <translation>修复之前，更改可能无法保存。“立即修复”会关闭窗口，并提供最近一份完好的备份或恢复仍可读取的内容；无论如何，损坏的文件都会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="124" />
            <source>&amp;Repair now</source>
            <translation>立即修复(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/start_problem.py" line="125" />
            <source>&amp;Keep working</source>
            <translation>继续工作(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <location filename="../../ui/sync/controller.py" line="394" />
            <source>Change sync settings</source>
            <translation>更改同步设置</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="422" />
            <source>Keep my version</source>
            <translation>保留我的版本</translation>
        </message>
        <message>
            <location filename="../../ui/sync/controller.py" line="422" />
            <source>Keep the server’s version</source>
            <translation>保留服务器的版本</translation>
        </message>
    </context>
    <context>
        <name>SyncLogDialog</name>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="86" />
            <source>Sync log</source>
            <translation>同步日志</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="105" />
            <source>Nothing synced yet. Each run is listed here: what came in, what went out, and what stopped it.</source>
            <translation>尚未进行过同步。每次运行都会列在这里：收到了什么、发送了什么，以及是什么使其中断。</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="34" />
            <source>Sync status</source>
            <translation>同步状态</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="37" />
            <source>Set up sync…</source>
            <translation>设置同步…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="38" />
            <source>Enter the password…</source>
            <translation>输入密码…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="39" />
            <source>Review the first sync…</source>
            <translation>查看首次同步…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="40" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="43" />
            <source>Conflicts…</source>
            <translation>冲突…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="45" />
            <source>Sync log…</source>
            <translation>同步日志…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="46" />
            <source>Accounts…</source>
            <translation>账户…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="72" />
            <source>Review the first sync with %1…</source>
            <translation>查看与 %1 的首次同步…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="75" />
            <source>Enter the password for %1…</source>
            <translation>输入 %1 的密码…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="79" />
            <source>Conflicts (%1)…</source>
            <translation>冲突（%1）…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="89" />
            <source>Sync not set up</source>
            <translation>未设置同步</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="91" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="93" />
            <source>Sync paused: password needed</source>
            <translation>同步已暂停：需要密码</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="95" />
            <source>Sync waits for you to start it</source>
            <translation>同步等待您开始</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="97" />
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="99" />
            <source>Sync failed %1</source>
            <translation>同步失败（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="100" />
            <source>Sync failed</source>
            <translation>同步失败</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="102" />
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="104" />
            <source>Synced %1</source>
            <translation>已同步（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status_widget.py" line="107" />
            <source>%n to upload</source>
            <translation>
                <numerusform>%n 项待上传</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/status_widget.py" line="109" />
            <source>%n in conflict</source>
            <translation>
                <numerusform>%n 个冲突</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="114" />
            <source>Sync contacts, meetings and tasks with a CardDAV/CalDAV server: click to set it up.</source>
            <translation>与 CardDAV/CalDAV 服务器同步联系人、会议和任务：点击进行设置。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="118" />
            <source>Last sync: %1</source>
            <translation>上次同步：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="120" />
            <source>No sync yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="121" />
            <source>Changes waiting to upload: %1</source>
            <translation>待上传的更改：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="122" />
            <source>Open conflicts: %1</source>
            <translation>未解决的冲突：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="124" />
            <source>Last error: %1</source>
            <translation>上次错误：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="126" />
            <source>No network: changes are kept and sync when it returns.</source>
            <translation>无网络：更改已保留，网络恢复后会同步。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/status_widget.py" line="128" />
            <source>No keyring on this system: passwords are kept until Rapport closes.</source>
            <translation>此系统上没有密钥环：密码仅保留到 Rapport 关闭。</translation>
        </message>
    </context>
    <context>
        <name>SyncTexts</name>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="53" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="54" />
            <source>Account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="55" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="56" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="57" />
            <source>Deal</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="58" />
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="59" />
            <source>Call, e-mail or note</source>
            <translation>通话、邮件或备注</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="60" />
            <source>Contact group</source>
            <translation>联系人群组</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
            <location filename="../../ui/sync/texts.py" line="125" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="166" />
            <source>Fields</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/sync/conflicts_dialog.py" line="167" />
            <source>Found</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="39" />
            <source>Contacts and accounts (vCard %1)</source>
            <translation>联系人和公司 (vCard %1)</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="43" />
            <source>Meetings</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="45" />
            <source>Tasks and deals</source>
            <translation>任务和交易</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="47" />
            <source>Calls, e-mails and notes</source>
            <translation>通话、邮件和备注</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="49" />
            <source>Nothing Rapport syncs (%1)</source>
            <translation>没有 Rapport 可同步的内容（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="66" />
            <location filename="../../ui/sync/texts.py" line="76" />
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="86" />
            <source>Name shown</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="87" />
            <source>Prefix</source>
            <translation>称谓</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="88" />
            <source>First name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="89" />
            <source>Middle name</source>
            <translation>中间名</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="90" />
            <source>Last name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="91" />
            <source>Suffix</source>
            <translation>后缀</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="92" />
            <source>Nickname</source>
            <translation>昵称</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="93" />
            <source>Job title</source>
            <translation>职位</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="94" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="95" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="96" />
            <source>Anniversary</source>
            <translation>纪念日</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="97" />
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="98" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="99" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="100" />
            <location filename="../../ui/sync/texts.py" line="111" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="101" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="102" />
            <location filename="../../ui/sync/texts.py" line="110" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="103" />
            <source>Chat</source>
            <translation>即时通讯</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="104" />
            <source>Related people</source>
            <translation>相关人员</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="105" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="106" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="107" />
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="126" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="127" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="128" />
            <source>Pipeline stages</source>
            <translation>管道阶段</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="130" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="131" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="132" />
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="133" />
            <source>Probability (%)</source>
            <translation>概率（%）</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="134" />
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="135" />
            <source>Lead source</source>
            <translation>线索来源</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="136" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="137" />
            <source>Why it was lost</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="138" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="139" />
            <source>In this stage since</source>
            <translation>进入此阶段于</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="140" />
            <source>Stage history</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="151" />
            <source>%1 (occurrence %2)</source>
            <translation>%1（重复项 %2）</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="159" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="159" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="169" />
            <source>(picture, %1 bytes)</source>
            <translation>（图片，%1 字节）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="205" />
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n 个联系人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="206" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n 家公司</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="207" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n 个会议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="208" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n 个任务</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="209" />
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n 个交易</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="210" />
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n 条线索</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="211" />
            <source>%n call(s), e-mail(s) and note(s)</source>
            <translation>
                <numerusform>%n 条通话、邮件和备注</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="212" />
            <source>%n contact group(s)</source>
            <translation>
                <numerusform>%n 个联系人群组</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="222" />
            <source>Address book “%1”</source>
            <translation>通讯录“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="223" />
            <source>Calendar “%1”</source>
            <translation>日历“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="226" />
            <source>up from here: %1</source>
            <translation>从这里上传：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="228" />
            <source>nothing to send from here</source>
            <translation>这里没有要发送的内容</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="230" />
            <source>nothing goes up (new records go to another collection)</source>
            <translation>不上传任何内容（新记录进入另一个集合）</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="232" />
            <source>the server did not say how much it holds</source>
            <translation>服务器未告知其中有多少项目</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync/texts.py" line="234" />
            <source>down from the server: %n item(s)</source>
            <translation>
                <numerusform>从服务器下载：%n 项</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="91" />
            <source>Last sync: %1</source>
            <translation>上次同步：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="94" />
            <source>Last error: %1</source>
            <translation>上次错误：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="96" />
            <source>Trusted certificate: %1</source>
            <translation>受信任的证书：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <location filename="../../ui/sync/texts.py" line="108" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <source>Holds</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="135" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="142" />
            <source>Your own collection, not the office's: what it holds is private, and records you keep private go here (with no such collection they stay on this computer); private records never go to the office's collections</source>
            <translation>您自己的集合，而非办公室的：其中的内容均为私人，您设为仅自己可见的记录会放到这里（若没有这样的集合，它们只保留在这台电脑上）；私人记录绝不会进入办公室的集合</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="145" />
            <source>Contacts and accounts you create go to this address book; meetings to this calendar, and calls, e-mails and notes too when it takes them (else to the first calendar that does)</source>
            <translation>新建的联系人和公司存入此通讯录；会议存入此日历，如果它接受通话、邮件和备注，也存入此处（否则存入第一个接受它们的日历）</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="148" />
            <source>Tasks and deals you create go to this calendar</source>
            <translation>新建的任务和交易存入此日历</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="149" />
            <source>Each person's card ends its note with where things stand: the open deal and its stage, the next step, the last call. Phones show it on the contact's page; the person's own note stays as it is</source>
            <translation>每个人的名片备注末尾显示当前进展：进行中的交易及其阶段、下一步、最近一次通话。手机会在联系人页面显示；本人的备注保持不变</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="141" />
            <source>Keep this collection in step with Rapport</source>
            <translation>让此通讯录或日历与 Rapport 保持同步</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="136" />
            <source>Private</source>
            <translation>私人</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="138" />
            <source>New items
go here</source>
            <translation>新条目
存放于此</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="138" />
            <source>New tasks
and deals</source>
            <translation>新任务
和交易</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="139" />
            <source>Deals
on phones</source>
            <translation>手机上
显示交易</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="188" />
            <source>%1
Last sync: %2</source>
            <translation>%1
上次同步：%2</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="191" />
            <source>To send new items elsewhere, check another collection of the same kind.</source>
            <translation>要将新项目存到别处，请勾选另一个同类的通讯录或日历。</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="197" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/sync/accounts_dialog.py" line="197" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="109" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="112" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="113" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="114" />
            <source>Starts</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="115" />
            <source>Ends</source>
            <translation>结束时间</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="116" />
            <source>Duration (minutes)</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="117" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="118" />
            <source>All day</source>
            <translation>全天</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="119" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="120" />
            <source>Due date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="121" />
            <source>Due time</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="122" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="123" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="124" />
            <source>Other properties</source>
            <translation>其他属性</translation>
        </message>
        <message>
            <location filename="../../ui/sync/texts.py" line="129" />
            <location filename="../../ui/sync/texts.py" line="141" />
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="57" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="57" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="58" />
            <source>What happened</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="72" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="73" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../ui/sync/log_dialog.py" line="73" />
            <source>OK</source>
            <translation>成功</translation>
        </message>
    </context>
    <context>
        <name>TaskListModel</name>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="54" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="56" />
            <source>Tomorrow</source>
            <translation>明天</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="58" />
            <source>Yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="147" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="149" />
            <source>Done</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="149" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="151" />
            <source>Concerns</source>
            <translation>关联对象</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="153" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="222" />
            <source>No date</source>
            <translation>无日期</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="224" />
            <source>Any time</source>
            <translation>任意时间</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="234" />
            <source>repeats</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="238" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="238" />
            <source>Account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_model.py" line="239" />
            <source>Deal</source>
            <translation>商机</translation>
        </message>
    </context>
    <context>
        <name>TaskSheet</name>
        <message>
            <location filename="../../ui/detail/sheets.py" line="342" />
            <source>Add a task</source>
            <translation>添加任务</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="345" />
            <source>Call back, send the offer…</source>
            <translation>回电、发送报价…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="346" />
            <source>Due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="358" />
            <source>&amp;Title</source>
            <translation>任务(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="359" />
            <source>D&amp;ue date</source>
            <translation>截止日期(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="360" />
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="362" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="363" />
            <source>O&amp;wner</source>
            <translation>负责人(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="364" />
            <source>&amp;Done</source>
            <translation>已完成(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="367" />
            <source>Edit task</source>
            <translation>编辑任务</translation>
        </message>
        <message>
            <location filename="../../ui/detail/sheets.py" line="380" />
            <source>Edit “%1”</source>
            <translation>编辑“%1”</translation>
        </message>
    </context>
    <context>
        <name>TasksView</name>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="79" />
            <source>Add a task: “call Ann tomorrow 10:00”, “report every friday”</source>
            <translation>添加任务：“明天上午10点给李明打电话”、“每周五写周报”</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="80" />
            <location filename="../../ui/tasks/tasks_view.py" line="439" />
            <source>New task</source>
            <translation>新任务</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="82" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="83" />
            <source>Add the task (Enter)</source>
            <translation>添加任务 (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="92" />
            <source>Filter tasks by title, notes or whom they concern</source>
            <translation>按标题、备注或相关人员筛选任务</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="93" />
            <source>Filter tasks</source>
            <translation>筛选任务</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="104" />
            <location filename="../../ui/tasks/tasks_view.py" line="416" />
            <source>Mark done</source>
            <translation>标记为已完成</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="105" />
            <source>Mark the task done or not done (Space)</source>
            <translation>将任务标记为已完成或未完成 (Space)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="106" />
            <location filename="../../ui/tasks/tasks_view.py" line="401" />
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="107" />
            <source>Move the due date later</source>
            <translation>推迟截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="109" />
            <source>To today</source>
            <translation>到今天</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="109" />
            <source>To tomorrow</source>
            <translation>到明天</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="110" />
            <source>By 2 days</source>
            <translation>推迟 2 天</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="110" />
            <source>To next week</source>
            <translation>到下周</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="115" />
            <location filename="../../ui/tasks/tasks_view.py" line="428" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="116" />
            <source>Open the contact, account or deal the task concerns (Enter)</source>
            <translation>打开任务关联的联系人、公司或商机 (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="146" />
            <location filename="../../ui/tasks/tasks_view.py" line="350" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="202" />
            <source>Upcoming</source>
            <translation>即将到来</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="203" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tasks/tasks_view.py" line="208" />
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n 个任务</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="261" />
            <source>Add task “%1”</source>
            <translation>添加任务“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="280" />
            <source>Complete “%1”</source>
            <translation>完成“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="280" />
            <source>Reopen “%1”</source>
            <translation>重新打开“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="311" />
            <source>Snooze “%1”</source>
            <translation>推迟“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="334" />
            <source>Delete “%1”</source>
            <translation>删除“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="339" />
            <source>“%1” moved to the Trash.</source>
            <translation>“%1”已移至回收站。</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="367" />
            <source>Dates are understood as you type: today, tomorrow 10:00, next friday, in 3 days, every monday…</source>
            <translation>输入时即可识别日期：今天、明天上午10点、下周五、3天后、每周一…</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="376" />
            <source>no due date</source>
            <translation>无截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="378" />
            <source>repeats</source>
            <translation>重复</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="416" />
            <source>Mark not done</source>
            <translation>标记为未完成</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="425" />
            <source>Mark done / not done</source>
            <translation>标记为已完成/未完成</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="431" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="456" />
            <source>Nothing overdue. Well done.</source>
            <translation>没有逾期事项。干得好！</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="457" />
            <source>Nothing due today.
Type a task above — “call Ann at 3pm” — and press Enter.</source>
            <translation>今天没有到期事项。
在上方输入任务（如“下午3点给李明打电话”），然后按 Enter。</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="458" />
            <source>Nothing coming up.
Tasks with a later date, or none, are listed here.</source>
            <translation>没有即将到来的任务。
截止日期较晚或没有截止日期的任务会列在这里。</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="459" />
            <source>No task done yet.
Tick a task to mark it done.</source>
            <translation>尚无已完成的任务。
勾选任务即可将其标记为已完成。</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/tasks_view.py" line="462" />
            <source>No task here matches “%1”.</source>
            <translation>此处没有与“%1”匹配的任务。</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="64" />
            <source>Deal “%1” created in %2</source>
            <translation>商机“%1”创建于%2阶段</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="66" />
            <source>Deal “%1” moved from %2 to %3</source>
            <translation>商机“%1”从%2移至%3</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="69" />
            <source>Deal “%1” won</source>
            <translation>商机“%1”赢单</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="71" />
            <source>Deal “%1” lost</source>
            <translation>商机“%1”输单</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="73" />
            <source>Done: %1</source>
            <translation>已完成：%1</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="84" />
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="84" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="79" />
            <location filename="../../ui/detail/timeline_model.py" line="85" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
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
                <numerusform>%n 封邮件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="85" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="100" />
            <source>no due date</source>
            <translation>无截止日期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="103" />
            <source>overdue since %1</source>
            <translation>自 %1 起逾期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="106" />
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="108" />
            <source>due tomorrow</source>
            <translation>明天到期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="109" />
            <source>due %1</source>
            <translation>%1 到期</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="117" />
            <source>just now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="119" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="121" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="126" />
            <source>yesterday</source>
            <translation>昨天</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="128" />
            <source>%n days ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="130" />
            <source>tomorrow</source>
            <translation>明天</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/timeline_model.py" line="132" />
            <source>in %n days</source>
            <translation>
                <numerusform>%n 天后</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="302" />
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="329" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_model.py" line="331" />
            <source>Yesterday</source>
            <translation>昨天</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="53" />
            <location filename="../../ui/detail/timeline_view.py" line="84" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="64" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="65" />
            <source>Calls</source>
            <translation>通话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="66" />
            <source>Meetings</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="67" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="68" />
            <source>E-mails</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="69" />
            <source>Deals</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="70" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="104" />
            <source>Load older</source>
            <translation>加载更早的记录</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="187" />
            <source>Open Deal</source>
            <translation>打开商机</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="187" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="190" />
            <source>Open the Original Message</source>
            <translation>打开原始邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="193" />
            <source>Keep Its Attachments on the Record</source>
            <translation>把此邮件的附件保存到记录</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="197" />
            <source>Hide the Older Messages</source>
            <translation>隐藏较早的邮件</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="197" />
            <source>Show the Whole Thread</source>
            <translation>显示整个会话</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="203" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="211" />
            <source>Linked &amp;Deals</source>
            <translation>关联的交易(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="219" />
            <source>No deals here yet</source>
            <translation>此处尚无交易</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="235" />
            <source>Nothing of this kind yet.</source>
            <translation>暂无此类记录。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/timeline_view.py" line="238" />
            <source>Nothing has happened here yet.
Log a call or add a note, and it will be listed here, newest first.</source>
            <translation>这里还没有任何记录。
记录通话或添加备注后，会按从新到旧的顺序列在这里。</translation>
        </message>
    </context>
    <context>
        <name>TrashModel</name>
        <message>
            <location filename="../../ui/detail/trash.py" line="93" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="93" />
            <source>Account</source>
            <translation>公司</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="94" />
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="103" />
            <source>Field of contacts</source>
            <translation>联系人字段</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="103" />
            <source>Field of accounts</source>
            <translation>公司字段</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="104" />
            <source>Field of deals</source>
            <translation>交易字段</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="104" />
            <source>Field of activities</source>
            <translation>活动字段</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="105" />
            <source>Field of tasks</source>
            <translation>任务字段</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="109" />
            <source>Deleted</source>
            <translation>删除时间</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <location filename="../../ui/detail/trash.py" line="137" />
            <source>The Trash is empty.
Contacts, accounts, leads and custom fields you delete wait here until you restore them or delete them for good.</source>
            <translation>回收站为空。
您删除的联系人、公司、线索和自定义字段会保留在这里，直到您恢复或永久删除它们。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="147" />
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="149" />
            <source>&amp;Delete forever…</source>
            <translation>永久删除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="181" />
            <source>“%1” was restored.</source>
            <translation>“%1”已恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="182" />
            <source>Restore “%1”</source>
            <translation>恢复“%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="184" />
            <source>%n records were restored.</source>
            <translation>
                <numerusform>已恢复 %n 条记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="185" />
            <source>Restore %n records</source>
            <translation>
                <numerusform>恢复 %n 条记录</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="194" />
            <source>Delete “%1” for good? This cannot be undone.</source>
            <translation>永久删除“%1”？此操作无法撤销。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="196" />
            <source>Delete these %n records for good? This cannot be undone.</source>
            <translation>
                <numerusform>永久删除这 %n 条记录？此操作无法撤销。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="197" />
            <location filename="../../ui/detail/trash.py" line="199" />
            <source>Delete forever</source>
            <translation>永久删除</translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="205" />
            <source>“%1” was deleted for good.</source>
            <translation>“%1”已永久删除。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/detail/trash.py" line="207" />
            <source>%n records were deleted for good.</source>
            <translation>
                <numerusform>已永久删除 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/detail/trash.py" line="208" />
            <source>Delete for good</source>
            <translation>永久删除</translation>
        </message>
    </context>
    <context>
        <name>ValueLabel</name>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="238" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../ui/detail/inline_field.py" line="239" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../ui/welcome.py" line="19" />
            <source>Welcome to Rapport</source>
            <translation>欢迎使用 Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="25" />
            <source>Your contacts, companies, deals and follow-ups, on this computer, working offline. How would you like to begin?</source>
            <translation>您的联系人、公司、商机和跟进事项都保存在这台电脑上，可离线使用。您想从哪里开始？</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="29" />
            <source>&amp;Import contacts…</source>
            <translation>导入联系人(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="30" />
            <source>vCard files from a phone, Outlook, Apple or Google Contacts; CSV; iCalendar for meetings and tasks</source>
            <translation>来自手机、Outlook、Apple 或 Google 通讯录的 vCard 文件；CSV；用于会议和任务的 iCalendar</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="32" />
            <source>&amp;Add a contact…</source>
            <translation>添加联系人(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="33" />
            <source>&amp;Explore with sample data</source>
            <translation>使用示例数据体验(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="34" />
            <source>300 made-up contacts with companies, deals, calls and tasks</source>
            <translation>300 个虚构联系人，附带公司、商机、通话和任务</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="39" />
            <source>You can also drop vCard or CSV files on this window.</source>
            <translation>也可以将 vCard 或 CSV 文件拖放到此窗口。</translation>
        </message>
    </context>
    <context>
        <name>WhoAmIDialog</name>
        <message>
            <location filename="../../ui/office.py" line="57" />
            <source>Your name in the office</source>
            <translation>我在团队中的姓名</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="58" />
            <source>Deals and tasks are owned by people of the office. Which one are you? “Only Mine” shows what this name owns, and your new deals and tasks get it.</source>
            <translation>商机和任务由团队成员负责。您是哪一位？“仅我的”显示此姓名负责的内容，您新建的商机和任务也会以此为负责人。</translation>
        </message>
        <message>
            <location filename="../../ui/office.py" line="63" />
            <source>Your name</source>
            <translation>您的姓名</translation>
        </message>
    </context>
</TS>
