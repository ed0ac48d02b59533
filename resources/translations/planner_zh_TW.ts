<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AddressForms</name>
    <message>
        <source>Forms of address</source>
        <translation>稱謂</translation>
    </message>
    <message>
        <source>List form</source>
        <translation>名單寫法</translation>
    </message>
    <message>
        <source>Short form</source>
        <translation>簡短寫法</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>信函稱呼</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>信封寫法</translation>
    </message>
    <message>
        <source>Grey: made from the fields. Type your own wording; clear it to go back.</source>
        <translation>灰字為依各欄產生的寫法。直接輸入即可改用自訂寫法；清除後恢復產生的寫法。</translation>
    </message>
</context>
<context>
    <name>Attendees</name>
    <message>
        <source>Precedence</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方別</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>尊稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>飲食需求</translation>
    </message>
    <message>
        <source>Medical (confidential)</source>
        <translation>醫療事項（機密）</translation>
    </message>
    <message>
        <source>Delegation list</source>
        <translation>訪問團名單</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}，全天</translation>
    </message>
    <message>
        <source>{city} time</source>
        <translation>{city}時間</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} ({zone})</source>
        <translation>{day}，{start}–{end}（{zone}）</translation>
    </message>
    <message>
        <source>Attendee sheet</source>
        <translation>出席者名單</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>服裝</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>媒體</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>{title} — attendees</source>
        <translation>{title}－出席者</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>For</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>簽署權限</translation>
    </message>
    <message>
        <source>Full powers: {state}</source>
        <translation>全權證書：{state}</translation>
    </message>
    <message>
        <source>{kind}; languages {languages}; {originals}</source>
        <translation>{kind}；語文：{languages}；{originals}</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>見證人</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translation>姓名及職銜</translation>
    </message>
    <message>
        <source>{title} — delegation list</source>
        <translation>{title}－訪問團名單</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Itinerary — {name}</source>
        <translation>行程－{name}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{severity}: {problem}</source>
        <translation>{severity}：{problem}</translation>
    </message>
    <message>
        <source>{key}: {errors} error(s), {warnings} warning(s)</source>
        <translation>{key}：{errors} 項錯誤，{warnings} 項警告</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <source>{side} {number}: {name}</source>
        <translation>{side}{number}：{name}</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Whose itinerary?</source>
        <translation>匯出何人的行程？</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>單日</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>哪一天？</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>當地時間</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方別</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>尊稱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>座標</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵達</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>離境</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>本地時間</translation>
    </message>
    <message>
        <source>{city} time</source>
        <translation>{city}時間</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄位</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一筆資料</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>簽署順序</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>For</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>簽署權限</translation>
    </message>
    <message>
        <source>Designated by</source>
        <translation>指派人</translation>
    </message>
    <message>
        <source>Full powers</source>
        <translation>全權證書</translation>
    </message>
    <message>
        <source>Other script</source>
        <translation>另一種文字</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <source>(column {number})</source>
        <translation>（第{number}欄）</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>type a name or code</source>
        <translation>輸入國名或代碼</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>Type a date as 2025-10-25 or 25 Oct, or a day number over the day</source>
        <translation>輸入日期，如 2025-10-25 或 25 Oct，或在日的位置輸入日數</translation>
    </message>
    <message>
        <source>Type 2025-10-25 19:22, or only the time (19:22) or the date (25 Oct)</source>
        <translation>輸入 2025-10-25 19:22，或只輸入時間（19:22）或日期（25 Oct）</translation>
    </message>
    <message>
        <source>{hint}. Enter takes it, Esc gives the old value back.</source>
        <translation>{hint}。按 Enter 確定，按 Esc 恢復原值。</translation>
    </message>
    <message>
        <source>{text} is not a date and time. {hint}</source>
        <translation>{text} 不是日期時間。{hint}</translation>
    </message>
    <message>
        <source>{text} is not a date. {hint}</source>
        <translation>{text} 不是日期。{hint}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>a day heading</comment>
        <translation>yyyy年M月d日（dddd）</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a day in a list</comment>
        <translation>M月d日（ddd）</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>a day and month</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>a short date</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>the first day of a range</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>the last day of a range</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}至{last}</translation>
    </message>
</context>
<context>
    <name>DelegationRole</name>
    <message>
        <source>Head of delegation</source>
        <translation>團長</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>副團長</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>團員</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>官員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全人員</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>媒體</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>聯絡官</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口譯</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Treaty</source>
        <translation>條約</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>瞭解備忘錄</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>意向書</translation>
    </message>
    <message>
        <source>Exchange of notes</source>
        <translation>換文</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 day</source>
        <translation>1天</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days}天</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}小時</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分鐘</translation>
    </message>
</context>
<context>
    <name>Event summary</name>
    <message>
        <source>Host side</source>
        <translation>地主方</translation>
    </message>
    <message>
        <source>Guest side</source>
        <translation>訪問方</translation>
    </message>
    <message>
        <source>1 original</source>
        <translation>正本1份</translation>
    </message>
    <message>
        <source>{count} originals</source>
        <translation>正本{count}份</translation>
    </message>
    <message>
        <source> then </source>
        <translation>，再</translation>
    </message>
    <message>
        <source>on the original kept by {country}, {names}</source>
        <translation>於{country}保存之正本，{names}</translation>
    </message>
    <message>
        <source>Alternat: {clauses}; then the originals are exchanged.</source>
        <translation>輪署：{clauses}；隨後交換正本。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{authority} of {person}</source>
        <translation>{person}之{authority}</translation>
    </message>
    <message>
        <source>For {party}: {person}, {authority}</source>
        <translation>代表{party}：{person}，{authority}</translation>
    </message>
    <message>
        <source>; assisted by {person}</source>
        <translation>；由{person}協助</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Tentative: not yet confirmed</source>
        <translation>暫定：尚未確認</translation>
    </message>
    <message>
        <source>Flight {number}: </source>
        <translation>班機{number}：</translation>
    </message>
    <message>
        <source>Arrives {day} {time} ({city} time)</source>
        <translation>抵達：{day} {time}（{city}時間）</translation>
    </message>
    <message>
        <source>Dress code: {dress}</source>
        <translation>服裝：{dress}</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>簽署</translation>
    </message>
    <message>
        <source>Witnesses: {names}</source>
        <translation>見證人：{names}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Programme item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>新增議程項目</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>（無場地）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>媒體</translation>
    </message>
    <message>
        <source>New venue…</source>
        <translation>新增場地…</translation>
    </message>
    <message>
        <source>Add a venue to the visit and choose it here</source>
        <translation>為本訪問新增場地並在此選用</translation>
    </message>
    <message>
        <source>Leaves from</source>
        <translation>出發地點</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出發</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>抵達</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Arrival</source>
        <translation>抵達</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>離境</translation>
    </message>
    <message>
        <source>Courtesy call</source>
        <translation>禮貌性拜會</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會晤</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>會談</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>簽署儀式</translation>
    </message>
    <message>
        <source>Banquet</source>
        <translation>國宴</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>酒會</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>記者會</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>參訪</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>典禮</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <source>Tentative</source>
        <translation>暫定</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Key</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>地主國</translation>
    </message>
    <message>
        <source>Guest country</source>
        <translation>訪問國</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>主辦單位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>本國文字姓名</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>尊稱</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>飲食需求</translation>
    </message>
    <message>
        <source>Medical (confidential)</source>
        <translation>醫療事項（機密）</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵達</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>離境</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>經度</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Zone of the end</source>
        <translation>結束時區</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Arrives at</source>
        <translation>抵達地點</translation>
    </message>
    <message>
        <source>Flight number</source>
        <translation>班機號碼</translation>
    </message>
    <message>
        <source>Dress code</source>
        <translation>服裝規定</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>簽署</translation>
    </message>
    <message>
        <source>Forms of address</source>
        <translation>稱謂</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>座位</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <translation>{names}、{name}</translation>
    </message>
    <message>
        <source>{names} and {name}</source>
        <translation>{names}及{name}</translation>
    </message>
    <message>
        <source>“{title}” is on {day}, outside the visit ({first} – {last})</source>
        <translation>「{title}」排在{day}，不在訪問期間（{first}至{last}）內</translation>
    </message>
    <message>
        <source>{who} is in “{first}” ({first_times}) and “{second}” ({times}) at once</source>
        <translation>{who}同時出席「{first}」（{first_times}）及「{second}」（{times}）</translation>
    </message>
    <message>
        <source>{who} are in “{first}” ({first_times}) and “{second}” ({times}) at once</source>
        <translation>{who}同時出席「{first}」（{first_times}）及「{second}」（{times}）</translation>
    </message>
    <message>
        <source>“{title}” is cancelled but still has a signing with signatories</source>
        <translation>「{title}」已取消，但仍排有簽署及簽署人</translation>
    </message>
    <message>
        <source>{name} signs “{title}” by designation: say who designated them</source>
        <translation>{name}經指派簽署「{title}」：請註明指派人</translation>
    </message>
    <message>
        <source>{venue} holds “{first}” and “{second}” at the same time ({times})</source>
        <translation>{venue}同一時段（{times}）安排了「{first}」及「{second}」</translation>
    </message>
    <message>
        <source>“{title}” is planned on {city} time ({time}, {offset}), but the programme around it is in {around} ({around_offset}): check the item&apos;s time zone</source>
        <translation>「{title}」以{city}時間（{time}，{offset}）安排，但前後議程在{around}（{around_offset}）：請檢查該項目的時區</translation>
    </message>
    <message>
        <source>{names} and {count} others</source>
        <translation>{names}等另{count}人</translation>
    </message>
    <message>
        <source>{table}, seat {number}</source>
        <translation>{table}第{number}號座位</translation>
    </message>
    <message>
        <source>{table}, {side} side, seat {number}</source>
        <translation>{table}{side}第{number}號座位</translation>
    </message>
    <message>
        <source>“{title}” is cancelled but still has people seated</source>
        <translation>「{title}」已取消，但仍排有座位</translation>
    </message>
    <message>
        <source>{who} is seated at “{title}” but does not attend it</source>
        <translation>{who}在「{title}」排有座位，但未出席該項目</translation>
    </message>
    <message>
        <source>{who} are seated at “{title}” but do not attend it</source>
        <translation>{who}在「{title}」排有座位，但未出席該項目</translation>
    </message>
    <message>
        <source>{who} is not seated at “{title}”</source>
        <translation>{who}在「{title}」尚未排座</translation>
    </message>
    <message>
        <source>{who} are not seated at “{title}”</source>
        <translation>{who}在「{title}」尚未排座</translation>
    </message>
    <message>
        <source>{who} are on one seat at “{title}” ({seat})</source>
        <translation>{who}在「{title}」共用同一座位（{seat}）</translation>
    </message>
    <message>
        <source>{table} at “{title}” has {people} people for {seats} seats</source>
        <translation>「{title}」的{table}有{people}人，但只有{seats}個座位</translation>
    </message>
    <message>
        <source>{name} heads the {side} side at “{title}” but is not at its seat 1 ({seat})</source>
        <translation>{name}為「{title}」{side}之首，但未坐第1號座位（{seat}）</translation>
    </message>
    <message>
        <source>{name}, the host, does not preside at “{title}” ({seat})</source>
        <translation>主人{name}未在「{title}」坐主位（{seat}）</translation>
    </message>
    <message>
        <source>{name}, the guest of honour, is not at the host&apos;s right at “{title}” ({seat})</source>
        <translation>主賓{name}在「{title}」未坐主人右側（{seat}）</translation>
    </message>
</context>
<context>
    <name>Flaw</name>
    <message>
        <source>{record} “{label}”, {field}: {message}</source>
        <translation>{record}「{label}」，{field}：{message}</translation>
    </message>
    <message>
        <source>{record} “{label}”: {message}</source>
        <translation>{record}「{label}」：{message}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 項</translation>
    </message>
    <message>
        <source>This cannot be saved:</source>
        <translation>無法儲存：</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a key of lowercase letters, digits and hyphens, starting with a letter or digit (at most {most})</source>
        <translation>「{key}」不是有效代碼：須由小寫字母、數字及連字號組成，並以字母或數字開頭（最多 {most} 個字元）</translation>
    </message>
    <message>
        <source>ends before it starts ({start})</source>
        <translation>早於開始日期（{start}）</translation>
    </message>
    <message>
        <source>names no language: at least the main one, like [&quot;en&quot;]</source>
        <translation>未列任何語文：至少須列主要語文，如 [&quot;en&quot;]</translation>
    </message>
    <message>
        <source>&quot;{language}&quot; is listed already</source>
        <translation>「{language}」已列出</translation>
    </message>
    <message>
        <source>is {precedence}: a place from 1 to {most}</source>
        <translation>為 {precedence}：順序須介於 1 至 {most}</translation>
    </message>
    <message>
        <source>&quot;{form}&quot; is not a form of address (only {only})</source>
        <translation>「{form}」不是稱謂的寫法（僅限 {only}）</translation>
    </message>
    <message>
        <source>is required when the other coordinate is given</source>
        <translation>已填寫另一座標時，此欄必須填寫</translation>
    </message>
    <message>
        <source>is {value}: it lies from {lowest} to {highest} degrees</source>
        <translation>為 {value}：須介於 {lowest} 至 {highest} 度</translation>
    </message>
    <message>
        <source>an all-day item has one zone</source>
        <translation>全天項目只能有一個時區</translation>
    </message>
    <message>
        <source>is not after the start</source>
        <translation>未晚於開始時間</translation>
    </message>
    <message>
        <source>{who} is already a participant</source>
        <translation>{who}已是出席者</translation>
    </message>
    <message>
        <source>only an item of kind &quot;signing&quot; has a signing</source>
        <translation>只有類別為「簽署儀式」的項目才有簽署</translation>
    </message>
    <message>
        <source>is not after the start ({day})</source>
        <translation>未晚於開始日期（{day}）</translation>
    </message>
    <message>
        <source>{end} ({end_zone}) is not after the start, {start} ({zone})</source>
        <translation>{end}（{end_zone}）未晚於開始時間 {start}（{zone}）</translation>
    </message>
    <message>
        <source>&quot;{language}&quot; is not a language tag like &quot;en&quot; or &quot;zh-Hant&quot;</source>
        <translation>「{language}」不是語文代碼（如 en 或 zh-Hant）</translation>
    </message>
    <message>
        <source>{precedence} on the {side} side is already the place of {name}</source>
        <translation>{side}順序 {precedence} 已屬於{name}</translation>
    </message>
    <message>
        <source>“{title}” is a {kind}: people arrive and leave on a flight, a transfer, an arrival or a departure</source>
        <translation>「{title}」為{kind}：人員須經由航班、移動、抵達或離境項目抵達及離開</translation>
    </message>
    <message>
        <source>{who} travels on “{title}” but is not a participant of it</source>
        <translation>{who}搭乘「{title}」，但未列為該項目的出席者</translation>
    </message>
    <message>
        <source>{who} signs more than once</source>
        <translation>{who}重複簽署</translation>
    </message>
    <message>
        <source>{who} signs for no country: choose the country they sign for</source>
        <translation>{who}未指定代表國家：請選擇其代表簽署的國家</translation>
    </message>
    <message>
        <source>{who} signs for &quot;{country}&quot;, which is not a two-letter country code (TW, MH)</source>
        <translation>{who}代表「{country}」簽署，但該值不是兩字母國家代碼（如 TW、MH）</translation>
    </message>
    <message>
        <source>turn {turn}: turns count from 1</source>
        <translation>簽署順序 {turn}：順序自 1 起算</translation>
    </message>
    <message>
        <source>two signatories sign in turn {turn}: give each its own</source>
        <translation>兩位簽署人的簽署順序同為 {turn}：請各定不同順序</translation>
    </message>
    <message>
        <source>goes only with authority &quot;designation&quot;</source>
        <translation>僅適用於簽署權限「經指派」</translation>
    </message>
    <message>
        <source>{who} cannot be designated by themself</source>
        <translation>{who}不得由本人指派</translation>
    </message>
    <message>
        <source>{who} signs with full powers: they cannot be &quot;not needed&quot;</source>
        <translation>{who}以全權證書簽署：全權證書不得為「無須」</translation>
    </message>
    <message>
        <source>{who} is a witness more than once</source>
        <translation>{who}重複列為見證人</translation>
    </message>
    <message>
        <source>{who} signs but is not at the item as a signatory</source>
        <translation>{who}簽署，但未以簽署人身分列為該項目的出席者</translation>
    </message>
    <message>
        <source>{who} witnesses but is not at the item</source>
        <translation>{who}擔任見證人，但未列為該項目的出席者</translation>
    </message>
    <message>
        <source>{copies} originals: at least one is signed</source>
        <translation>正本 {copies} 份：至少須簽署 1 份</translation>
    </message>
    <message>
        <source>{who} has a seat at this item already</source>
        <translation>{who}在此項目已有座位</translation>
    </message>
    <message>
        <source>is {seats}: a table seats from 1 to {most}</source>
        <translation>為{seats}：每桌座位數須為1至{most}</translation>
    </message>
    <message>
        <source>a {plan} plan has one table, not {count}</source>
        <translation>「{plan}」只有一張桌子，不是{count}張</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not the key of any table of this plan</source>
        <translation>「{key}」不是此座位表中任何一桌的代碼</translation>
    </message>
    <message>
        <source>is {number}: seats are numbered from 1</source>
        <translation>為{number}：座位自1起編號</translation>
    </message>
    <message>
        <source>is {number}: the seats of “{table}” are numbered 1 to {seats}</source>
        <translation>為{number}：「{table}」的座位編號為1至{seats}</translation>
    </message>
    <message>
        <source>is required in a {plan} plan: the host or the guest side</source>
        <translation>在「{plan}」中為必填：地主方或訪問方</translation>
    </message>
    <message>
        <source>goes only with a {plan} plan</source>
        <translation>僅適用於「{plan}」</translation>
    </message>
    <message>
        <source>seat {number} at “{table}” is already the seat of {who}</source>
        <translation>「{table}」第{number}號座位已是{who}的座位</translation>
    </message>
    <message>
        <source>seat {number} on the {side} side of “{table}” is already the seat of {who}</source>
        <translation>「{table}」{side}第{number}號座位已是{who}的座位</translation>
    </message>
    <message>
        <source>{who} has a seat but is not at the item</source>
        <translation>{who}有座位，但未出席此項目</translation>
    </message>
    <message>
        <source>&quot;{language}&quot; is written &quot;{tag}&quot; in the visit&apos;s languages</source>
        <translation>「{language}」在本訪問的語文中寫作「{tag}」</translation>
    </message>
    <message>
        <source>&quot;{language}&quot; is not one of the visit&apos;s languages ({known})</source>
        <translation>「{language}」不是本訪問的語文（{known}）</translation>
    </message>
    <message>
        <source>&quot;{language}&quot; is the visit&apos;s main language: the record&apos;s own texts are in it, not its translations</source>
        <translation>「{language}」是本訪問的主要語文：此筆資料本身的文字即以該語文撰寫，不屬譯文</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is already the key of {name}</source>
        <translation>「{key}」已是{name}的代碼</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>為空白</translation>
    </message>
    <message>
        <source>is longer than {most} characters</source>
        <translation>超過 {most} 個字元</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不可空白</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {most} fit</source>
        <translation>長 {length} 個字元；最多 {most} 個字元</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>含有控制字元</translation>
    </message>
    <message>
        <source>is not a text {a_record} has in another language (only {only})</source>
        <translation>不是{a_record}可有其他語文版本的文字（僅限 {only}）</translation>
    </message>
    <message>
        <source>translates the {field}, which this {record} does not have</source>
        <translation>翻譯了此{record}所沒有的{field}</translation>
    </message>
    <message>
        <source>is given more than once</source>
        <translation>重複提供</translation>
    </message>
    <message>
        <source>&quot;{code}&quot; is not a two-letter country code (TW, MH)</source>
        <translation>「{code}」不是兩字母國家代碼（如 TW、MH）</translation>
    </message>
    <message>
        <source>&quot;{zone}&quot; is not a time zone like &quot;Asia/Taipei&quot;</source>
        <translation>「{zone}」不是時區（如 Asia/Taipei）</translation>
    </message>
    <message>
        <source>&quot;{address}&quot; is not an e-mail address</source>
        <translation>「{address}」不是電子郵件地址</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not the key of any {record} of this visit</source>
        <translation>本訪問沒有代碼為「{key}」的{record}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>{field} is required</source>
        <translation>必須填寫{field}</translation>
    </message>
    <message>
        <source>{field}: {text} is not a country; pick one from the list</source>
        <translation>{field}：{text} 不是國家，請從清單中選擇</translation>
    </message>
    <message>
        <source>{field}: {text} is not an e-mail address</source>
        <translation>{field}：{text} 不是電子郵件地址</translation>
    </message>
    <message>
        <source>{field}: {text} is not a time zone; pick one from the list</source>
        <translation>{field}：{text} 不是時區，請從清單中選擇</translation>
    </message>
    <message>
        <source>{day} {time} {city}</source>
        <translation>{day} {time} {city}</translation>
    </message>
    <message>
        <source>{title}, {day} {time}</source>
        <translation>{title}，{day} {time}</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>{kind}: leaves {leaves}, arrives {arrives}</source>
        <translation>{kind}：{leaves} 出發，{arrives} 抵達</translation>
    </message>
</context>
<context>
    <name>FullPowers</name>
    <message>
        <source>not needed</source>
        <translation>無須</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已免除</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>InstrumentEditor</name>
    <message>
        <source>Instrument</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The instrument edited below</source>
        <translation>下方編輯的文件</translation>
    </message>
    <message>
        <source>Add instrument</source>
        <translation>新增文件</translation>
    </message>
    <message>
        <source>Remove instrument</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>（尚無名稱）</translation>
    </message>
</context>
<context>
    <name>ItemTimes</name>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Ends in the zone it starts in</source>
        <translation>在開始的時區結束</translation>
    </message>
    <message>
        <source>Ends {length} before it starts</source>
        <translation>結束時間早於開始時間 {length}</translation>
    </message>
    <message>
        <source>Ends when it starts</source>
        <translation>結束時間與開始時間相同</translation>
    </message>
    <message>
        <source>Duration {length} · {time} in {city}</source>
        <translation>歷時 {length} · {city} {time}</translation>
    </message>
    <message>
        <source>Duration {length}</source>
        <translation>歷時 {length}</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>End time zone</source>
        <translation>結束時區</translation>
    </message>
    <message>
        <source>{field}: {time} does not exist in {zone} that day (the clocks skip it)</source>
        <translation>{field}：{zone} 當天沒有 {time}（時鐘跳過此時段）</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>The languages of the instrument; the first is the main one</source>
        <translation>文件的語文；第一種為主要語文</translation>
    </message>
    <message>
        <source>In {languages}</source>
        <translation>語文：{languages}</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>語文…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visit files (*.visit.json *.json)</source>
        <translation>訪問檔案 (*.visit.json *.json)</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3)</source>
        <translation>資料庫 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>資料庫 (*.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>資料庫：{path}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即備份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>還原備份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import visit file…</source>
        <translation>匯入訪問檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export visit file…</source>
        <translation>匯出訪問檔案(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;people…</source>
        <translation>匯入人員(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar</source>
        <translation>匯出行事曆(&amp;C)</translation>
    </message>
    <message>
        <source>Whole visit…</source>
        <translation>整個訪問…</translation>
    </message>
    <message>
        <source>One person’s itinerary…</source>
        <translation>個人行程…</translation>
    </message>
    <message>
        <source>One day…</source>
        <translation>單日…</translation>
    </message>
    <message>
        <source>One programme item…</source>
        <translation>單一議程項目…</translation>
    </message>
    <message>
        <source>Export &amp;attendee list</source>
        <translation>匯出出席者名單(&amp;A)</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>Export &amp;programme (PDF)…</source>
        <translation>匯出議程 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Print preview: attendee sheet…</source>
        <translation>預覽列印：出席者名單…</translation>
    </message>
    <message>
        <source>Print preview: programme…</source>
        <translation>預覽列印：議程…</translation>
    </message>
    <message>
        <source>Print preview: table plan…</source>
        <translation>預覽列印：座位圖…</translation>
    </message>
    <message>
        <source>Print preview: place cards…</source>
        <translation>預覽列印：桌卡…</translation>
    </message>
    <message>
        <source>Print preview: badges…</source>
        <translation>預覽列印：識別證…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>訪問(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>新增訪問(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate visit</source>
        <translation>複製訪問(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete visit…</source>
        <translation>刪除訪問(&amp;L)…</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>檢視(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>{title} — saved</source>
        <translation>{title}－已儲存</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>問題（{count}）</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>問題：無</translation>
    </message>
    <message>
        <source>No visit open: New… plans one, File ▸ Import visit file… adds one sent to you</source>
        <translation>未開啟訪問：按「新增…」規劃訪問，或以「檔案 ▸ 匯入訪問檔案…」加入他人寄來的訪問</translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation>未開啟訪問</translation>
    </message>
    <message>
        <source>{title} — {errors} error(s), {warnings} warning(s); saved</source>
        <translation>{title}－{errors} 項錯誤，{warnings} 項警告；已儲存</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>刪除訪問</translation>
    </message>
    <message>
        <source>Delete “{title}” with its people and programme? This cannot be undone.</source>
        <translation>刪除「{title}」及其人員與議程？此動作無法復原。</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已寫入 {path}</translation>
    </message>
    <message>
        <source>Import visit file</source>
        <translation>匯入訪問檔案</translation>
    </message>
    <message>
        <source>Choose a visit first.</source>
        <translation>請先選擇訪問。</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>匯入人員</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>名單 (*.xlsx *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import people from {file}</source>
        <translation>自 {file} 匯入人員</translation>
    </message>
    <message>
        <source>Export visit file</source>
        <translation>匯出訪問檔案</translation>
    </message>
    <message>
        <source>Calendar of one item</source>
        <translation>單一項目的行事曆</translation>
    </message>
    <message>
        <source>Which programme item goes in the calendar file?</source>
        <translation>哪一個議程項目要匯出至行事曆檔案？</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>匯出行事曆</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Export attendee list</source>
        <translation>匯出出席者名單</translation>
    </message>
    <message>
        <source>The attendee list of which programme item?</source>
        <translation>匯出哪一個議程項目的出席者名單？</translation>
    </message>
    <message>
        <source>The whole delegation (everyone in the visit)</source>
        <translation>全體訪問團（本訪問所有人員）</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>匯出議程</translation>
    </message>
    <message>
        <source>Print preview: attendee sheet</source>
        <translation>預覽列印：出席者名單</translation>
    </message>
    <message>
        <source>Print preview: table plan</source>
        <translation>預覽列印：座位圖</translation>
    </message>
    <message>
        <source>Print preview: place cards</source>
        <translation>預覽列印：桌卡</translation>
    </message>
    <message>
        <source>Print preview: badges</source>
        <translation>預覽列印：識別證</translation>
    </message>
    <message>
        <source>The badges of whom: one programme item&apos;s people, or everyone?</source>
        <translation>識別證要印給誰：某一議程項目的人員，還是所有人？</translation>
    </message>
    <message>
        <source>The seating of which programme item?</source>
        <translation>哪一個議程項目的座位？</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已備份至 {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3);;All files (*)</source>
        <translation>資料庫 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Replace everything in {database} with {backup}? What it holds now is kept as a backup first.</source>
        <translation>以 {backup} 取代 {database} 的所有內容？現有內容會先另存為備份。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
</context>
<context>
    <name>MessageDates</name>
    <message>
        <source>dd MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>dd MMMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <translation>M月d日（ddd）HH:mm</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <source>{when} {how}</source>
        <translation>{when} {how}</translation>
    </message>
</context>
<context>
    <name>MovementEditor</name>
    <message>
        <source>Not known yet</source>
        <translation>尚未得知</translation>
    </message>
    <message>
        <source>At its own time</source>
        <translation>自行安排時間</translation>
    </message>
    <message>
        <source>On {item}</source>
        <translation>搭乘：{item}</translation>
    </message>
    <message>
        <source>{hint}.</source>
        <translation>{hint}。</translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>當地時間</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>航廈</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>接機人員</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>{times}. Not among its participants yet.</source>
        <translation>{times}。尚未列為該項目的出席者。</translation>
    </message>
    <message>
        <source>On item {key}</source>
        <translation>搭乘項目 {key}</translation>
    </message>
    <message>
        <source>{field}: time zone</source>
        <translation>{field}：時區</translation>
    </message>
    <message>
        <source>{field}: {time} does not exist in {zone} that day</source>
        <translation>{field}：{zone} 當天沒有 {time}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Edit visit details</source>
        <translation>編輯訪問資料</translation>
    </message>
    <message>
        <source>{language} cannot be the main language: {count} texts are written in it as translations of the {main} ones. Keep {main} as the main language, or first choose no second language (its texts are removed).</source>
        <translation>{language}不能作為主要語文：已有 {count} 筆文字以其撰寫，為{main}文字的譯文。請維持{main}為主要語文，或先將第二語文設為無（其文字將一併移除）。</translation>
    </message>
    <message>
        <source>Remove a language</source>
        <translation>移除語文</translation>
    </message>
    <message>
        <source>Remove {languages} from the visit? The {count} texts written in it (titles, names, addresses, notes) are removed with it. {keys} brings them back.</source>
        <translation>自本訪問移除{languages}？以該語文撰寫的 {count} 筆文字（名稱、姓名、地址、備註）將一併移除。按 {keys} 可復原。</translation>
    </message>
    <message>
        <source>Change the visit&apos;s languages</source>
        <translation>變更訪問語文</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>{done}. {keys} undoes it.</source>
        <translation>{done}。按 {keys} 可復原。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Add the whole delegation</source>
        <translation>加入全體訪問團</translation>
    </message>
    <message>
        <source>Host side — {country}</source>
        <translation>地主方－{country}</translation>
    </message>
    <message>
        <source>Guest side — {country}</source>
        <translation>訪問方－{country}</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>雙方</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>出席者</translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>見證人</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口譯</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>媒體</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>自由參加</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>Import people — {file}</source>
        <translation>匯入人員－{file}</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>Side of the listed people:</source>
        <translation>名單人員所屬方別：</translation>
    </message>
    <message>
        <source>  Encoding:</source>
        <translation>  編碼：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>read as {encoding} (guessed)</source>
        <translation>以 {encoding} 讀取（推測）</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>以 {encoding} 讀取</translation>
    </message>
    <message>
        <source>— (not imported)</source>
        <translation>—（不匯入）</translation>
    </message>
    <message>
        <source>{new} new, {updates} to update.</source>
        <translation>新增 {new} 人，更新 {updates} 人。</translation>
    </message>
    <message>
        <source>{summary} {count} problem(s) to fix in the file or the columns first: {problems}</source>
        <translation>{summary}須先在檔案或欄位中修正 {count} 個問題：{problems}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add host (our side)…</source>
        <translation>新增地主方人員（我方）…</translation>
    </message>
    <message>
        <source>Add guest (our side)…</source>
        <translation>新增訪問方人員（我方）…</translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation>新增地主方人員…</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>新增訪問方人員…</translation>
    </message>
    <message>
        <source>Add someone to the host side ({country})</source>
        <translation>新增地主方（{country}）人員</translation>
    </message>
    <message>
        <source>Add someone to the guest side ({country})</source>
        <translation>新增訪問方（{country}）人員</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>新增{name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>編輯{name}</translation>
    </message>
    <message>
        <source>Removed {name} from the visit and its programme</source>
        <translation>已自訪問及議程中移除{name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>移動{name}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方別</translation>
    </message>
    <message>
        <source>Mr., Ms., Dr. …: used in the forms of address</source>
        <translation>Mr.、Ms.、Dr. 等：用於各種稱謂</translation>
    </message>
    <message>
        <source>Courtesy title</source>
        <translation>敬稱</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名在前</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>姓名順序</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s post</comment>
        <translation>職銜</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>簡短職銜</translation>
    </message>
    <message>
        <source>President, Minister, Ambassador …</source>
        <translation>總統、部長、大使…</translation>
    </message>
    <message>
        <source>The title used in address and on place cards</source>
        <translation>稱呼及桌卡上使用的職銜</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>抵達</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出發</translation>
    </message>
    <message>
        <source>Family name first, as the name in own script is written. Choose “Given name first” if this person uses that order.</source>
        <translation>依本國文字姓名的寫法，姓在前。如此人習慣名在前，請選「名在前」。</translation>
    </message>
</context>
<context>
    <name>PlanControls</name>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Auto: Propose keeps the plan&apos;s tables, with their names and seats, and adds tables (or seats at a single table) if everyone does not fit. A number here makes new tables.</source>
        <translation>自動：「建議排座」會保留座位表原有的桌次（含名稱與座位數），坐不下時再增加桌數（單桌則增加座位）。在此輸入數字則會建立新的桌次。</translation>
    </message>
    <message>
        <source>Auto: as many as it takes to seat everyone</source>
        <translation>自動：足以讓所有人入座的數量</translation>
    </message>
    <message>
        <source>Seats per table:</source>
        <translation>每桌座位：</translation>
    </message>
    <message>
        <source>Auto ({count})</source>
        <comment>the plan&apos;s own count of tables or seats</comment>
        <translation>自動（{count}）</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>建議排座</translation>
    </message>
    <message>
        <source>Seat everyone by precedence; locked seats stay where they are</source>
        <translation>依禮賓順序安排所有人的座位；已鎖定的座位維持不變</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Take the item&apos;s seating plan away</source>
        <translation>移除此項目的座位表</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>項目：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>桌數：</translation>
    </message>
    <message>
        <source>Seats per side:</source>
        <translation>每方座位：</translation>
    </message>
    <message>
        <source>Seats per row:</source>
        <translation>每排座位：</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>座位：</translation>
    </message>
</context>
<context>
    <name>PressAccess</name>
    <message>
        <source>Closed to the press</source>
        <translation>不開放媒體</translation>
    </message>
    <message>
        <source>Press pool</source>
        <translation>聯合採訪</translation>
    </message>
    <message>
        <source>Open to the press</source>
        <translation>開放媒體採訪</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Choose the programme item first.</source>
        <translation>請先選擇議程項目。</translation>
    </message>
    <message>
        <source>“{title}” has no seating plan yet: propose one on the Seating tab first.</source>
        <translation>「{title}」尚無座位表：請先在「座位」分頁建議排座。</translation>
    </message>
    <message>
        <source>Nobody is seated at “{title}”: there are no place cards to make.</source>
        <translation>「{title}」無人入座：沒有桌卡可製作。</translation>
    </message>
    <message>
        <source>Nobody takes part in “{title}”: there are no badges to make.</source>
        <translation>「{title}」無人出席：沒有識別證可製作。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>預覽列印</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>紙張：</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>識別證：</translation>
    </message>
    <message>
        <source>4 or 8 badges to an A4 sheet with cut marks, or 1 a page for a badge printer</source>
        <translation>每張A4印4或8張識別證並附裁切線，或每頁1張供識別證印表機使用</translation>
    </message>
    <message>
        <source>ROC years</source>
        <translation>民國紀年</translation>
    </message>
    <message>
        <source>Chinese dates count the years of the Republic of China: 中華民國114年</source>
        <translation>中文日期以中華民國紀年：中華民國114年</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語文：</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>1 a page</source>
        <translation>每頁1張</translation>
    </message>
    <message>
        <source>{count} a sheet</source>
        <translation>每張{count}個</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>預覽列印－{title}</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Programme</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>No programme items.</source>
        <translation>無議程項目。</translation>
    </message>
    <message>
        <source>{title} — programme</source>
        <translation>{title}－議程</translation>
    </message>
    <message>
        <source>Each item is listed under the day it starts where it takes place, at the local time there; the time in {city} is shown beside it where it differs.</source>
        <translation>各項目列於其在當地開始的日期之下，並以當地時間表示；與{city}時間不同時，另註明{city}時間。</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>arrives {day}</source>
        <translation>{day}抵達</translation>
    </message>
    <message>
        <source>{time} in {city}</source>
        <translation>{city} {time}</translation>
    </message>
    <message>
        <source>continued from {weekday}</source>
        <translation>自{weekday}延續</translation>
    </message>
    <message>
        <source>Flight {number}</source>
        <translation>班機 {number}</translation>
    </message>
    <message>
        <source>Dress: {dress}</source>
        <translation>服裝：{dress}</translation>
    </message>
    <message>
        <source>Host: </source>
        <translation>地主方：</translation>
    </message>
    <message>
        <source>Guest: </source>
        <translation>訪問方：</translation>
    </message>
    <message>
        <source>{before}, then {after}</source>
        <translation>{before}，再{after}</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>arrives {time}</source>
        <translation>{time} 抵達</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>暫定</translation>
    </message>
    <message>
        <source>{dates} · local times where each item takes place; {city} time ({offsets}) beside where it differs</source>
        <translation>{dates} · 各項目以當地時間表示；與{city}時間（{offsets}）不同時並列</translation>
    </message>
    <message>
        <source>(nothing planned)</source>
        <translation>（無安排）</translation>
    </message>
    <message>
        <source>{title} (continued from {weekday})</source>
        <translation>{title}（自{weekday}延續）</translation>
    </message>
    <message>
        <source>flight {number}, </source>
        <translation>班機 {number}，</translation>
    </message>
    <message>
        <source>at {venue}</source>
        <translation>地點：{venue}</translation>
    </message>
    <message>
        <source>dress: {dress}</source>
        <translation>服裝：{dress}</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>出席：{names}</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>至{day}</translation>
    </message>
    <message>
        <source>; {time} in {city}</source>
        <translation>；{city} {time}</translation>
    </message>
    <message>
        <source>leaves {start} {start_city}, arrives {weekday} {end} {end_city}</source>
        <translation>{start} 自{start_city}出發，{weekday} {end} 抵達{end_city}</translation>
    </message>
    <message>
        <source>{city} time</source>
        <translation>{city}時間</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>arrives {time}</source>
        <translation>{time} 抵達</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>新增項目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Cancel item</source>
        <translation>取消項目</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>新增「{title}」</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>編輯「{title}」</translation>
    </message>
    <message>
        <source>Cancel “{title}”</source>
        <translation>取消「{title}」</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>已刪除「{title}」</translation>
    </message>
    <message>
        <source>Calendars that already have it keep it: Cancel item takes it off them.</source>
        <translation>已匯入此項目的行事曆仍會保留：以「取消項目」才能將其自行事曆移除。</translation>
    </message>
</context>
<context>
    <name>ProgrammeTree</name>
    <message>
        <source>{kind}: {title} ({place})</source>
        <translation>{kind}：{title}（{place}）</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}：{title}</translation>
    </message>
    <message>
        <source>Continued from {day}. {item}</source>
        <translation>自{day}延續。{item}</translation>
    </message>
    <message>
        <source>{severity}: {problem}</source>
        <translation>{severity}：{problem}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>arrives {time}</source>
        <translation>{time} 抵達</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>a visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>a venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>議程項目</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>table</source>
        <translation>桌</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>一桌</translation>
    </message>
</context>
<context>
    <name>Seating</name>
    <message>
        <source>“{value}” is not the key of anyone taking part in “{title}”, nor a role: give a person&apos;s key or one of {roles}</source>
        <translation>「{value}」不是「{title}」任何出席者的代碼，也不是角色：請填人員代碼，或下列之一：{roles}</translation>
    </message>
    <message>
        <source>There is no seat {number} at table “{table}”</source>
        <translation>「{table}」沒有第{number}號座位</translation>
    </message>
    <message>
        <source>“{title}” is cancelled: there is no one to seat</source>
        <translation>「{title}」已取消：無人需要排座</translation>
    </message>
    <message>
        <source>A plan needs at least one table and seat</source>
        <translation>座位表至少需要一張桌子和一個座位</translation>
    </message>
    <message>
        <source>“{title}”: a plan of this kind has one table</source>
        <translation>「{title}」：此種形式只有一張桌子</translation>
    </message>
    <message>
        <source>The locked seat of {name} (table {table}, seat {number}) does not fit the new plan: unlock it, or choose tables that have it</source>
        <translation>{name}已鎖定的座位（{table}第{number}號）不在新的座位表中：請解除鎖定，或選擇包含該座位的桌數</translation>
    </message>
    <message>
        <source>“{title}”: the {side} side has {people} people to seat, but the table has {seats} seats a side</source>
        <translation>「{title}」：{side}有{people}人需要入座，但每方只有{seats}個座位</translation>
    </message>
    <message>
        <source>“{title}” has {people} people to seat, but the plan has only {seats} seats: add tables or seats</source>
        <translation>「{title}」有{people}人需要入座，但座位表只有{seats}個座位：請增加桌數或座位</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Table plan</source>
        <translation>座位圖</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>舞台</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>Empty seat</source>
        <translation>空位</translation>
    </message>
    <message>
        <source>Seat 1 presides at each table; the numbers count in order of honour.</source>
        <translation>各桌第1號為主位；號碼依尊卑順序排列。</translation>
    </message>
    <message>
        <source>The plan is crowded on this paper: the index gives every name in full; a larger paper gives the names more room.</source>
        <translation>此紙張上座位圖較擁擠：索引列有每人全名；改用較大紙張可讓姓名更清楚。</translation>
    </message>
    <message>
        <source>Names shortened to fit are given in full in the index.</source>
        <translation>為容納而縮短的姓名，全名見索引。</translation>
    </message>
    <message>
        <source>Index of guests</source>
        <translation>賓客索引</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>桌次</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>{title} — table plan</source>
        <translation>{title}－座位圖</translation>
    </message>
    <message>
        <source>{title} — place cards</source>
        <translation>{title}－桌卡</translation>
    </message>
    <message>
        <source>{title} — badges</source>
        <translation>{title}－識別證</translation>
    </message>
    <message>
        <source>{table}, seat {number}</source>
        <translation>{table}第{number}號座位</translation>
    </message>
    <message>
        <source>Locked: a new proposal keeps this seat</source>
        <translation>已鎖定：重新建議排座時保留此座位</translation>
    </message>
    <message>
        <source>Unlock it to seat someone else here</source>
        <comment>a locked chair&apos;s tip</comment>
        <translation>解除鎖定後才能安排他人坐此座位</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the mark of the host side on a chair</comment>
        <translation>主</translation>
    </message>
    <message>
        <source>G</source>
        <comment>the mark of the guest side on a chair</comment>
        <translation>賓</translation>
    </message>
    <message>
        <source>Fit the plan to the view</source>
        <translation>將座位圖縮放至視窗大小</translation>
    </message>
    <message>
        <source>Unlock seat</source>
        <translation>解除鎖定座位</translation>
    </message>
    <message>
        <source>Lock seat</source>
        <translation>鎖定座位</translation>
    </message>
    <message>
        <source>Unseat</source>
        <translation>取消座位</translation>
    </message>
</context>
<context>
    <name>SeatingKind</name>
    <message>
        <source>Round tables</source>
        <translation>圓桌</translation>
    </message>
    <message>
        <source>Talks: sides facing</source>
        <translation>會談：雙方對坐</translation>
    </message>
    <message>
        <source>One long table</source>
        <translation>長桌</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>U字形</translation>
    </message>
    <message>
        <source>Theatre rows</source>
        <translation>劇院式排列</translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <source>locked: Propose keeps the seat</source>
        <translation>已鎖定：建議排座時保留座位</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>縮小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl and the wheel)</source>
        <translation>放大（Ctrl++，或按住Ctrl捲動滑鼠滾輪）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>The whole plan in view (Ctrl+0)</source>
        <translation>顯示整個座位圖（Ctrl+0）</translation>
    </message>
    <message>
        <source>Seat staff, security and press too</source>
        <translation>工作人員、安全人員與媒體也安排座位</translation>
    </message>
    <message>
        <source>Staff, security and the press work at an item and are seated only when asked: list them here to drag onto chairs, and have Propose seat them</source>
        <translation>工作人員、安全人員與媒體在項目中執勤，僅在要求時才安排座位：勾選後會列於此處供拖到座位上，「建議排座」也會為其排座</translation>
    </message>
    <message>
        <source>Drag people from this list onto the chairs, from chair to chair, or back here. Right-click a chair to lock it; Delete unseats.</source>
        <translation>將人員從此清單拖到座位上、在座位間拖動，或拖回此處。在座位上按右鍵可鎖定；按Delete取消座位。</translation>
    </message>
    <message>
        <source>Table plan…</source>
        <translation>座位圖…</translation>
    </message>
    <message>
        <source>Place cards…</source>
        <translation>桌卡…</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>識別證…</translation>
    </message>
    <message>
        <source>Print preview:</source>
        <translation>預覽列印：</translation>
    </message>
    <message>
        <source>No programme item chosen.</source>
        <translation>未選擇議程項目。</translation>
    </message>
    <message>
        <source>“{title}” has no seating plan yet: choose the plan, the tables and the seats, then Propose.</source>
        <translation>「{title}」尚無座位表：請選擇形式、桌數與座位，再按「建議排座」。</translation>
    </message>
    <message>
        <source>Host side — {country}</source>
        <translation>地主方－{country}</translation>
    </message>
    <message>
        <source>Guest side — {country}</source>
        <translation>訪問方－{country}</translation>
    </message>
    <message>
        <source>Unseated ({count})</source>
        <translation>未排座（{count}）</translation>
    </message>
    <message>
        <source>{seated} seated, {free} seats free, {locked} locked</source>
        <translation>已入座{seated}人，空位{free}個，已鎖定{locked}個</translation>
    </message>
    <message>
        <source>Propose seating for “{title}”</source>
        <translation>為「{title}」建議排座</translation>
    </message>
    <message>
        <source>Cleared the seating of “{title}”</source>
        <translation>已清除「{title}」的座位</translation>
    </message>
    <message>
        <source>Seat {name}</source>
        <translation>安排{name}入座</translation>
    </message>
    <message>
        <source>Swap {name} and {other}</source>
        <translation>對調{name}與{other}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>移動{name}</translation>
    </message>
    <message>
        <source>The seat of {name} is locked: unlock it (right-click the chair) to seat someone else there.</source>
        <translation>{name}的座位已鎖定：請先解除鎖定（在座位上按右鍵）才能安排他人。</translation>
    </message>
    <message>
        <source>Unseat {name}</source>
        <translation>取消{name}的座位</translation>
    </message>
    <message>
        <source>{done}. {keys} undoes it.</source>
        <translation>{done}。按 {keys} 可復原。</translation>
    </message>
    <message>
        <source>Unlock the seat of {name}</source>
        <translation>解除鎖定{name}的座位</translation>
    </message>
    <message>
        <source>Lock the seat of {name}</source>
        <translation>鎖定{name}的座位</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Restored from {backup}; the replaced data is in {copy}</source>
        <translation>已自 {backup} 還原；被取代的資料保存在 {copy}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your saved work is safe; the last action may not have been completed.</source>
        <translation>發生錯誤：{error}

已儲存的資料安全無虞；最後一個動作可能未完成。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Host</source>
        <translation>地主方</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>訪問方</translation>
    </message>
</context>
<context>
    <name>SigningAuthority</name>
    <message>
        <source>ex officio</source>
        <translation>依職權</translation>
    </message>
    <message>
        <source>full powers</source>
        <translation>全權證書</translation>
    </message>
    <message>
        <source>by designation</source>
        <translation>經指派</translation>
    </message>
    <message>
        <source>as head of agency</source>
        <translation>以機關首長身分</translation>
    </message>
</context>
<context>
    <name>SigningSection</name>
    <message>
        <source>Signing ceremony</source>
        <translation>簽署儀式</translation>
    </message>
    <message>
        <source>Title of the instrument</source>
        <translation>文件名稱</translation>
    </message>
    <message>
        <source> originals</source>
        <translation> 份正本</translation>
    </message>
    <message>
        <source>How many originals are signed: one for each party to keep</source>
        <translation>簽署正本份數：各方各執一份</translation>
    </message>
    <message>
        <source>Add signatory</source>
        <translation>新增簽署人</translation>
    </message>
    <message>
        <source>Remove signatory</source>
        <translation>移除簽署人</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（請選擇）</translation>
    </message>
    <message>
        <source>The turn in which this signatory signs</source>
        <translation>此簽署人的簽署順序</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>簽署人</translation>
    </message>
    <message>
        <source>For</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>簽署順序</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>簽署權限</translation>
    </message>
    <message>
        <source>Designated by</source>
        <translation>指派人</translation>
    </message>
    <message>
        <source>Full powers</source>
        <translation>全權證書</translation>
    </message>
</context>
<context>
    <name>VenueColumn</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本國文字名稱</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Venue</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Add venue</source>
        <translation>新增場地</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Country from the time zone: {country}. Change it if not.</source>
        <translation>依時區判定國家：{country}。如有誤請修改。</translation>
    </message>
    <message>
        <source>{city} is not in {country}: is the country right?</source>
        <translation>{city}不在{country}：國家是否正確？</translation>
    </message>
    <message>
        <source>{city} is not in {country}: is the time zone right?</source>
        <translation>{city}不在{country}：時區是否正確？</translation>
    </message>
    <message>
        <source>Time zone from the country: {city}. Change it if not.</source>
        <translation>依國家判定時區：{city}。如有誤請修改。</translation>
    </message>
    <message>
        <source>{country} has {count} time zones: type the venue&apos;s city in Time zone. Change it if not.</source>
        <translation>{country}有 {count} 個時區：請在「時區」輸入場地所在城市。</translation>
    </message>
    <message>
        <source>{field}: {text} is not a number of degrees</source>
        <translation>{field}：{text} 不是度數</translation>
    </message>
</context>
<context>
    <name>VenueKind</name>
    <message>
        <source>Airport</source>
        <translation>機場</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>飯店</translation>
    </message>
    <message>
        <source>Palace</source>
        <translation>官邸</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>部會</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>大使館</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>國會</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>車站</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <source>Add venue…</source>
        <translation>新增場地…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>新增{name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>編輯{name}</translation>
    </message>
    <message>
        <source>Removed {name}</source>
        <translation>已移除{name}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>{hint}. The last day follows the first.</source>
        <translation>{hint}。末日不得早於首日。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新增訪問</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>由名稱產生</translation>
    </message>
    <message>
        <source>Inbound (we host)</source>
        <translation>來訪（我方接待）</translation>
    </message>
    <message>
        <source>Outbound (we travel)</source>
        <translation>出訪（我方出訪）</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>本地時區</translation>
    </message>
    <message>
        <source>The main language: the visit&apos;s texts are typed in it, and its documents made</source>
        <translation>主要語文：訪問的文字以此語文輸入，文件亦以此語文製作</translation>
    </message>
    <message>
        <source>A second language: each text gets a field for it, and documents can be in it</source>
        <translation>第二語文：每項文字各增一欄填寫此語文，文件亦可以此語文製作</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>語文</translation>
    </message>
    <message>
        <source>and</source>
        <translation>及</translation>
    </message>
    <message>
        <source>Organizer e-mail</source>
        <translation>主辦單位電子郵件</translation>
    </message>
    <message>
        <source>(no second language)</source>
        <translation>（無第二語文）</translation>
    </message>
    <message>
        <source>The last day moved with the first: 1 day, as before.</source>
        <translation>末日隨首日移動：維持1天。</translation>
    </message>
    <message>
        <source>The last day moved with the first: {days} days, as before.</source>
        <translation>末日隨首日移動：維持{days}天。</translation>
    </message>
    <message>
        <source>Key: {key} is already the key of another visit</source>
        <translation>代碼：{key} 已是另一訪問的代碼</translation>
    </message>
    <message>
        <source>Organizer: give the office&apos;s name with its e-mail address</source>
        <translation>主辦單位：請填寫單位名稱及其電子郵件</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <source>State</source>
        <translation>國是訪問</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>正式訪問</translation>
    </message>
    <message>
        <source>Official working</source>
        <translation>正式工作訪問</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>工作訪問</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私人訪問</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出訪</translation>
    </message>
    <message>
        <source>{title}
{dates} · {direction}</source>
        <translation>{title}
{dates} · {direction}</translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <source>type a city, country or zone</source>
        <translation>輸入城市、國家或時區</translation>
    </message>
</context>
</TS>
