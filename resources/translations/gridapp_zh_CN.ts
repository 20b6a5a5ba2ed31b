<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gridapp/ui/about.py" line="123"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="124"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="125"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="126"/>
        <source>Web site</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="141"/>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="157"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="160"/>
        <source>An offline resident register and work ledger for grid leaders. Your registers and backups stay on this computer.</source>
        <translation>网格长、网格员离线使用的居民底册与工作台账。台账和备份都只保存在本机。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="172"/>
        <source>This program is built with the following free software. Qt and PySide6 are used under the GNU LGPL version 3: they are shipped as separate, unmodified libraries in the program folder and may be replaced.</source>
        <translation>本程序使用了以下自由软件。Qt 和 PySide6 依照 GNU LGPL 第 3 版使用：它们以独立、未经修改的库文件随程序目录分发，可以替换。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="185"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../forms/about.ui" line="51"/>
        <source>Libraries</source>
        <translation>使用的软件库</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/about.py" line="182"/>
        <source>The font licence file is missing.</source>
        <translation>缺少字体许可文件。</translation>
    </message>
    <message>
        <location filename="../../forms/about.ui" line="65"/>
        <source>Font licence</source>
        <translation>字体许可</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <location filename="../../gridapp/ui/lock.py" line="243"/>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/lock.py" line="254"/>
        <source>Backing up the register…</source>
        <translation>正在备份台账…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="125"/>
        <source>Issues raised</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="50"/>
        <source>Visit coverage per grid</source>
        <translation>各网格走访覆盖率</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="53"/>
        <source>Issues raised this month, by state now</source>
        <translation>本月登记问题（按当前状态）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="56"/>
        <source>Special groups (members)</source>
        <translation>特殊人群（人数）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="58"/>
        <source>Issues by category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="71"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="78"/>
        <source>%1 — %2-%3</source>
        <translation>%1 — %2年%3月</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="84"/>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="99"/>
        <source>last month %1</source>
        <translation>上月 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="92"/>
        <source>in %1 · out %2 · births %3 · deaths %4</source>
        <translation>迁入 %1 · 迁出 %2 · 出生 %3 · 死亡 %4</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="103"/>
        <source>open %1</source>
        <translation>未办结 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="106"/>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="120"/>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="121"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="122"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="123"/>
        <source>Households visited</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="124"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="126"/>
        <source>Solved on the spot</source>
        <translation>现场解决</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="127"/>
        <source>Escalated</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="128"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="129"/>
        <source>Errands done</source>
        <translation>代办办结</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/dashboard_page.py" line="130"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
</context>
<context>
    <name>DashboardPageForm</name>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="19"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="53"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="81"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="109"/>
        <source>Changes this month</source>
        <translation>本月变动</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="137"/>
        <source>Visit coverage</source>
        <translation>走访覆盖率</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="165"/>
        <source>Issues raised</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="193"/>
        <source>Overdue issues</source>
        <translation>逾期问题</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="221"/>
        <source>Open errands</source>
        <translation>在办代办</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="288"/>
        <source>Worker figures</source>
        <translation>网格员工作量</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="288"/>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="307"/>
        <location filename="../../forms/duty_page.ui" line="29"/>
        <source>Generate roster</source>
        <translation>生成值班表</translation>
    </message>
    <message>
        <location filename="../../forms/duty_page.ui" line="25"/>
        <source>The day chosen in the calendar becomes a holiday for the roster (a holiday shift when the roster is made), or loses that mark again</source>
        <translation>把日历中选中的这一天标为节假日（排班时安排节假日值班），或取消这一标记</translation>
    </message>
    <message>
        <location filename="../../forms/duty_page.ui" line="30"/>
        <source>Swap shift…</source>
        <translation>换班…</translation>
    </message>
    <message>
        <location filename="../../forms/duty_page.ui" line="31"/>
        <source>Print roster…</source>
        <translation>打印值班表…</translation>
    </message>
    <message>
        <location filename="../../forms/duty_page.ui" line="13"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="222"/>
        <location filename="../../forms/duty_page.ui" line="20"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="128"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="122"/>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="215"/>
        <location filename="../../forms/duty_page.ui" line="26"/>
        <source>Mark holiday…</source>
        <translation>标为节假日…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="129"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="130"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="131"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="132"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="133"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="134"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="151"/>
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="158"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="196"/>
        <source>%1 shifts this month (* swapped)</source>
        <translation>本月 %1 个班次（* 为换班）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="215"/>
        <source>Unmark holiday</source>
        <translation>取消节假日</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="221"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="223"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="224"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="225"/>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="226"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="227"/>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="260"/>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="275"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="228"/>
        <source>Swapped from</source>
        <translation>原值班人</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="262"/>
        <source>Choose a day in the calendar first.</source>
        <translation>请先在日历中选中一天。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="266"/>
        <source>Take the holiday mark “%1” off %2?</source>
        <translation>取消 %2 的节假日标记“%1”？</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="274"/>
        <source>%1 is a holiday. Its name:</source>
        <translation>%1 标为节假日，名称：</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="290"/>
        <source>The roster of this month was made before. Make it again so that %1 gets the right shifts? Shifts swapped this month will have to be swapped again.</source>
        <translation>本月的值班表是此前排的。要重新生成，让 %1 按节假日安排值班吗？本月已换的班需要重新换班。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="308"/>
        <source>This month already has a roster. Replace it?</source>
        <translation>本月已有值班表，是否重新生成并替换？</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="298"/>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="315"/>
        <source>Roster not generated</source>
        <translation>未生成值班表</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="322"/>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="331"/>
        <source>Swap shift</source>
        <translation>换班</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="322"/>
        <source>Choose a shift in the list below first.</source>
        <translation>请先在下方列表中选择一个班次。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="331"/>
        <source>Hand the shift to</source>
        <translation>换给</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="336"/>
        <source>Not swapped</source>
        <translation>未换班</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="342"/>
        <source>Print roster</source>
        <translation>打印值班表</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/duty_page.py" line="366"/>
        <source>Printing the duty roster…</source>
        <translation>正在生成值班表…</translation>
    </message>
</context>
<context>
    <name>ErrandMaterialsDialog</name>
    <message>
        <location filename="../../forms/errand_materials.ui" line="14"/>
        <source>Materials received</source>
        <translation>登记收到的材料</translation>
    </message>
    <message>
        <location filename="../../forms/errand_materials.ui" line="30"/>
        <source>Tick each material the resident has now handed in:</source>
        <translation>勾选居民已交来的材料：</translation>
    </message>
    <message>
        <location filename="../../forms/errand_materials.ui" line="43"/>
        <source>No materials are recorded as missing.</source>
        <translation>没有记录缺少的材料。</translation>
    </message>
    <message>
        <location filename="../../forms/errand_materials.ui" line="58"/>
        <source>Also missing</source>
        <translation>还缺</translation>
    </message>
    <message>
        <location filename="../../forms/errand_materials.ui" line="68"/>
        <source>Materials still to bring, separated by 、</source>
        <translation>还需补交的材料，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../forms/errand_materials.ui" line="75"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="59"/>
        <source>Groups</source>
        <translation>人群</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="73"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="79"/>
        <source>%1%4
%2 persons, %3 households</source>
        <translation>%1%4
%2 人，%3 户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="109"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="110"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="111"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="112"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="113"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="114"/>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="141"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="115"/>
        <source>Joined</source>
        <translation>纳入日期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="116"/>
        <source>Left</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="118"/>
        <source>Needs</source>
        <translation>服务需求</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="150"/>
        <source>No service needs recorded</source>
        <translation>尚未登记服务需求</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="182"/>
        <source>Leave the group</source>
        <translation>退出人群</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="182"/>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="194"/>
        <source>Choose a member first.</source>
        <translation>请先选择一名成员。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="194"/>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="199"/>
        <source>Service needs</source>
        <translation>服务需求</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="200"/>
        <source>What does this person need?</source>
        <translation>此人需要哪些服务？</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/groups_page.py" line="205"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>GroupsPageForm</name>
    <message>
        <location filename="../../forms/groups_page.ui" line="14"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../forms/groups_page.ui" line="18"/>
        <source>Show those who left</source>
        <translation>显示已退出的</translation>
    </message>
    <message>
        <location filename="../../forms/groups_page.ui" line="27"/>
        <source>Enter a person…</source>
        <translation>纳入人员…</translation>
    </message>
    <message>
        <location filename="../../forms/groups_page.ui" line="30"/>
        <source>Leave the group…</source>
        <translation>退出人群…</translation>
    </message>
    <message>
        <location filename="../../forms/groups_page.ui" line="33"/>
        <source>Service needs…</source>
        <translation>服务需求…</translation>
    </message>
    <message>
        <location filename="../../forms/groups_page.ui" line="45"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../forms/groups_page.ui" line="54"/>
        <source>Service needs gathered</source>
        <translation>服务需求汇总</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../forms/history.ui" line="46"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="14"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="51"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="56"/>
        <source>What was done</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="61"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="66"/>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../forms/history.ui" line="71"/>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="443"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="327"/>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="327"/>
        <source>Edit household</source>
        <translation>编辑户</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="15"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="23"/>
        <source>Grid *</source>
        <translation>网格 *</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="31"/>
        <source>Address *</source>
        <translation>住址 *</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="39"/>
        <source>Kind</source>
        <translation>户别</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="47"/>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="55"/>
        <source>Owner</source>
        <translation>产权人</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="63"/>
        <source>Landlord</source>
        <translation>出租人</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="71"/>
        <source>Landlord phone</source>
        <translation>出租人电话</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="82"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="90"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="102"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="109"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="117"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="128"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="332"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="332"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="69"/>
        <location filename="../../forms/import_wizard.ui" line="6"/>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="21"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="31"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="116"/>
        <source>This file cannot be read: %1</source>
        <translation>无法读取这个文件：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="123"/>
        <source>Open it in Excel or WPS, save it as an Excel workbook (.xlsx), and import that.</source>
        <translation>请用 Excel 或 WPS 打开它，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="149"/>
        <source>(recognise the columns)</source>
        <translation>（自动识别列）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="150"/>
        <source>(from the ledger)</source>
        <translation>（按台账填写）</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="68"/>
        <source>or the name of a new grid</source>
        <translation>或填写新网格名称</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="86"/>
        <source>from the ledger or its title</source>
        <translation>按台账或标题</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="47"/>
        <source>Column profile</source>
        <translation>列对应方案</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="55"/>
        <source>Grid for rows without one</source>
        <translation>没有网格的行归入</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="63"/>
        <source>New grid</source>
        <translation>新建网格</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="73"/>
        <source>Community of the new grid</source>
        <translation>新网格所属社区</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="81"/>
        <source>Compound for rows without one</source>
        <translation>没有小区的行归入</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="103"/>
        <source>Check how each column is read; unknown columns are kept as extra information.</source>
        <translation>请检查每一列的对应字段；不认识的列作为“其他信息”保存。</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="110"/>
        <location filename="../../forms/import_wizard.ui" line="158"/>
        <location filename="../../forms/import_wizard.ui" line="178"/>
        <location filename="../../forms/import_wizard.ui" line="200"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="111"/>
        <location filename="../../forms/import_wizard.ui" line="160"/>
        <location filename="../../forms/import_wizard.ui" line="202"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="112"/>
        <source>Read as</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="119"/>
        <source>Save as profile…</source>
        <translation>保存为方案…</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="223"/>
        <source>Save the rejected rows…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="416"/>
        <location filename="../../forms/import_wizard.ui" line="228"/>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="259"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="179"/>
        <location filename="../../forms/import_wizard.ui" line="264"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="270"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="163"/>
        <source>Step 1 of 4: file and sheets</source>
        <translation>第 1 步（共 4 步）：文件和工作表</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="164"/>
        <source>Step 2 of 4: columns</source>
        <translation>第 2 步（共 4 步）：列对应</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="165"/>
        <source>Step 3 of 4: preview</source>
        <translation>第 3 步（共 4 步）：预览</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="166"/>
        <source>Step 4 of 4: imported</source>
        <translation>第 4 步（共 4 步）：导入完成</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="179"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="236"/>
        <source>Reading the ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="250"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged persons; %4 new households; %5 rows rejected.</source>
        <translation>已导入：新增 %1 人，更新 %2 人，未变 %3 人；新增 %4 户；%5 行未导入。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="263"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="293"/>
        <source>(keep as extra information)</source>
        <translation>（作为其他信息保存）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="322"/>
        <source>New: %1   Updated: %2   Unchanged: %3   Rejected: %4   New households: %5</source>
        <translation>新增：%1   更新：%2   未变：%3   未导入：%4   新增户：%5</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="159"/>
        <location filename="../../forms/import_wizard.ui" line="179"/>
        <location filename="../../forms/import_wizard.ui" line="201"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="180"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="181"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="182"/>
        <source>Now</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="183"/>
        <source>From the ledger</source>
        <translation>台账中</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="161"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="342"/>
        <source>Rejected (%1)</source>
        <translation>未导入（%1）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="343"/>
        <source>Updates (%1)</source>
        <translation>更新（%1）</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="203"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="344"/>
        <source>Warnings (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="357"/>
        <source>%1 rows name no grid: go back to the first step and choose a grid for them, or type the name of a new one.</source>
        <translation>有 %1 行没有所属网格：请回到第一步为它们选择网格，或填写新网格的名称。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="365"/>
        <source>%1 rows without a grid go to the grid %2</source>
        <translation>没有网格的 %1 行归入网格：%2</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="371"/>
        <source>households without a compound go to %1</source>
        <translation>没有小区的户归入：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="376"/>
        <source>Save as profile</source>
        <translation>保存为方案</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="376"/>
        <source>Profile name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="383"/>
        <location filename="../../gridapp/ui/import_wizard.py" line="404"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="395"/>
        <source>Save the rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="408"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="409"/>
        <source>%1 rows saved to %2</source>
        <translation>%1 行已保存到 %2</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="416"/>
        <source>Take back everything this import changed?</source>
        <translation>撤销本次导入所做的全部修改？</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="434"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/import_wizard.py" line="429"/>
        <source>The import was undone.</source>
        <translation>本次导入已撤销。</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="56"/>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="154"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="57"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="98"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="99"/>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="140"/>
        <source>Station</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="100"/>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="140"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="161"/>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="55"/>
        <source>Not finished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="72"/>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="77"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="92"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="93"/>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="140"/>
        <source>Reported</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="94"/>
        <source>Title</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="95"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="96"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="97"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="117"/>
        <source>%1 issues, %2 overdue (red)</source>
        <translation>共 %1 件，逾期 %2 件（红色）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="130"/>
        <source>Choose an issue</source>
        <translation>请选择一件问题</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="157"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="157"/>
        <source>Earlier result (reopened)</source>
        <translation>此前的办理结果（已重新办理）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="164"/>
        <source>Steps</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="202"/>
        <source>New issue “%1”</source>
        <translation>登记问题“%1”</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="203"/>
        <source>Issue not registered</source>
        <translation>问题未登记</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/issues_page.py" line="260"/>
        <source>Not done</source>
        <translation>未办理</translation>
    </message>
</context>
<context>
    <name>IssuesPageForm</name>
    <message>
        <location filename="../../forms/issues_page.ui" line="31"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="41"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="58"/>
        <source>Register an issue…</source>
        <translation>登记问题…</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="114"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="122"/>
        <source>Solved on the spot…</source>
        <translation>现场解决…</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="129"/>
        <source>Escalate…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="136"/>
        <source>Assign…</source>
        <translation>交办…</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="143"/>
        <source>Record progress…</source>
        <translation>办理进展…</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="150"/>
        <source>Finish…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="157"/>
        <source>Return visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <location filename="../../forms/issues_page.ui" line="164"/>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
</context>
<context>
    <name>LifeBirthForm</name>
    <message>
        <location filename="../../forms/life_birth.ui" line="7"/>
        <source>Birth</source>
        <translation>出生登记</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="9"/>
        <source>The baby is registered in the household; the relation to the head follows from the mother or father.</source>
        <translation>新生儿登记在本户；与户主关系按所选母亲或父亲自动得出。</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="13"/>
        <source>Household *</source>
        <translation>所在户 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="13"/>
        <source>Mother or father *</source>
        <translation>母亲或父亲 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="13"/>
        <source>Name of the baby *</source>
        <translation>新生儿姓名 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="13"/>
        <source>Gender *</source>
        <translation>性别 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="13"/>
        <source>Date of birth *</source>
        <translation>出生日期 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="13"/>
        <source>Relation to head *</source>
        <translation>与户主关系 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="13"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/life_birth.ui" line="13"/>
        <source>18 digits or letters; may stay empty</source>
        <translation>18 位数字或字母；可以暂不填</translation>
    </message>
</context>
<context>
    <name>LifeEvents</name>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="126"/>
        <source>Birth of %1</source>
        <translation>%1 出生</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="237"/>
        <source>%1 (household %2)</source>
        <translation>%1（户号 %2）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="245"/>
        <source>%1 becomes head of the household.</source>
        <translation>%1 将成为户主。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="257"/>
        <source>Nobody else is left in household %1: it will be archived too.</source>
        <translation>户号 %1 再无其他在册成员，该户也将归档。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="284"/>
        <source>Death</source>
        <translation>死亡登记</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="312"/>
        <source>%1 will be recorded as deceased on %2 and archived.</source>
        <translation>%1 将于 %2 记为死亡并归档。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="316"/>
        <source>%1 will be recorded as moved out to %3 on %2 and archived.</source>
        <translation>%1 将于 %2 记为迁出（迁往 %3）并归档。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="329"/>
        <source>Death of %1</source>
        <translation>%1 去世</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="286"/>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="333"/>
        <source>Move out of %1</source>
        <translation>%1 迁出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="192"/>
        <source>Move in of %1</source>
        <translation>%1 迁入</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_households.py" line="88"/>
        <source>Household %1 moves out to %2 on %3: %4 will be recorded as moved out and the household archived.</source>
        <translation>户号 %1 于 %3 整户迁出至 %2：%4 将记为迁出，该户归档。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_households.py" line="108"/>
        <source>Household %1 moves out</source>
        <translation>户 %1 整户迁出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_households.py" line="187"/>
        <source>someone who stays</source>
        <translation>至少留下一人</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_households.py" line="283"/>
        <source>%1 made head of household</source>
        <translation>%1 设为户主</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="370"/>
        <source>Move of %1 to household %2</source>
        <translation>%1 移入户 %2</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_households.py" line="209"/>
        <source>Split of household %1 into %2</source>
        <translation>户 %1 分出新户 %2</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="464"/>
        <source>%1 enters %2</source>
        <translation>%1 纳入%2</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="393"/>
        <source>Leave a special group</source>
        <translation>退出重点人群</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="358"/>
        <source>a household other than the person&apos;s own</source>
        <translation>本人所在户以外的户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="394"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="434"/>
        <source>This person is in no special group.</source>
        <translation>此人不在任何重点人群中。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms_people.py" line="461"/>
        <source>%1 leaves %2</source>
        <translation>%1 退出%2</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="125"/>
        <source>Birth…</source>
        <translation>出生登记…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="126"/>
        <source>Move in…</source>
        <translation>迁入…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="129"/>
        <source>Move to another household…</source>
        <translation>移到其他户…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="135"/>
        <source>Make head of household…</source>
        <translation>变更户主…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="139"/>
        <source>Move out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="142"/>
        <source>Whole household moves out…</source>
        <translation>整户迁出…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="146"/>
        <source>Death…</source>
        <translation>死亡登记…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="149"/>
        <source>Split the household…</source>
        <translation>分户…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_events_ui.py" line="155"/>
        <source>Leave a special group…</source>
        <translation>退出重点人群…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms.py" line="48"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms.py" line="81"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms.py" line="151"/>
        <location filename="../../gridapp/ui/life_event_forms.py" line="163"/>
        <source>Still needed: %1</source>
        <translation>还需填写：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/life_event_forms.py" line="185"/>
        <source>This can be undone (Edit &gt; Undo).</source>
        <translation>可撤销（编辑 &gt; 撤销）。</translation>
    </message>
</context>
<context>
    <name>LifeGroupForm</name>
    <message>
        <location filename="../../forms/life_group.ui" line="7"/>
        <source>Enter a special group</source>
        <translation>纳入重点人群</translation>
    </message>
    <message>
        <location filename="../../forms/life_group.ui" line="13"/>
        <source>Person *</source>
        <translation>居民 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_group.ui" line="13"/>
        <source>Group *</source>
        <translation>人群 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_group.ui" line="13"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_group.ui" line="13"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/life_group.ui" line="19"/>
        <source>The group&apos;s own information</source>
        <translation>该人群的专项信息</translation>
    </message>
</context>
<context>
    <name>LifeHouseholdOutForm</name>
    <message>
        <location filename="../../forms/life_household_out.ui" line="7"/>
        <source>Whole household moves out</source>
        <translation>整户迁出</translation>
    </message>
    <message>
        <location filename="../../forms/life_household_out.ui" line="9"/>
        <source>Every member on the register moves out and the household is archived.</source>
        <translation>本户全部在册成员迁出，该户归档。</translation>
    </message>
    <message>
        <location filename="../../forms/life_household_out.ui" line="13"/>
        <source>Household *</source>
        <translation>户 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_household_out.ui" line="13"/>
        <source>Members who leave</source>
        <translation>迁出的成员</translation>
    </message>
    <message>
        <location filename="../../forms/life_household_out.ui" line="13"/>
        <source>Moved to *</source>
        <translation>迁往地 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_household_out.ui" line="13"/>
        <source>Date *</source>
        <translation>迁出日期 *</translation>
    </message>
</context>
<context>
    <name>LifeLeaveForm</name>
    <message>
        <location filename="../../forms/life_leave.ui" line="7"/>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../forms/life_leave.ui" line="13"/>
        <source>Person *</source>
        <translation>居民 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_leave.ui" line="13"/>
        <source>Household</source>
        <translation>所在户</translation>
    </message>
    <message>
        <location filename="../../forms/life_leave.ui" line="13"/>
        <source>Date *</source>
        <translation>日期 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_leave.ui" line="13"/>
        <source>Moved to *</source>
        <translation>迁往地 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_leave.ui" line="13"/>
        <source>New head of household *</source>
        <translation>新户主 *</translation>
    </message>
</context>
<context>
    <name>LifeMoveInForm</name>
    <message>
        <location filename="../../forms/life_move_in.ui" line="7"/>
        <source>Move in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_in.ui" line="13"/>
        <source>Household *</source>
        <translation>迁入户 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_in.ui" line="13"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_in.ui" line="13"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_in.ui" line="13"/>
        <source>18 digits or letters; may stay empty</source>
        <translation>18 位数字或字母；可以暂不填</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_in.ui" line="13"/>
        <source>Gender *</source>
        <translation>性别 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_in.ui" line="13"/>
        <source>Relation to head *</source>
        <translation>与户主关系 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_in.ui" line="13"/>
        <source>Moved from</source>
        <translation>迁入来源</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_in.ui" line="13"/>
        <source>Date of moving in *</source>
        <translation>迁入日期 *</translation>
    </message>
</context>
<context>
    <name>LifeMovePersonForm</name>
    <message>
        <location filename="../../forms/life_move_person.ui" line="7"/>
        <source>Move to another household</source>
        <translation>移到其他户</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_person.ui" line="13"/>
        <source>Person *</source>
        <translation>居民 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_person.ui" line="13"/>
        <source>New household *</source>
        <translation>目标户 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_person.ui" line="13"/>
        <source>Relation to its head *</source>
        <translation>与目标户户主关系 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_move_person.ui" line="13"/>
        <source>New head of the old household *</source>
        <translation>原户新户主 *</translation>
    </message>
</context>
<context>
    <name>LifeSetHeadForm</name>
    <message>
        <location filename="../../forms/life_set_head.ui" line="7"/>
        <source>Make head of household</source>
        <translation>变更户主</translation>
    </message>
    <message>
        <location filename="../../forms/life_set_head.ui" line="13"/>
        <source>Household *</source>
        <translation>户 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_set_head.ui" line="13"/>
        <source>New head *</source>
        <translation>新户主 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_set_head.ui" line="13"/>
        <source>Former head&apos;s relation to the new head *</source>
        <translation>原户主与新户主关系 *</translation>
    </message>
</context>
<context>
    <name>LifeSplitForm</name>
    <message>
        <location filename="../../forms/life_split.ui" line="7"/>
        <source>Split the household</source>
        <translation>分户</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="9"/>
        <source>Tick the members who form the new household.</source>
        <translation>勾选分到新户的成员。</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>Household *</source>
        <translation>原户 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>Members who leave *</source>
        <translation>分出的成员 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>Head of the new household *</source>
        <translation>新户户主 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>No. of the new household</source>
        <translation>新户户号</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>Empty: the grid&apos;s next number</source>
        <translation>不填则按网格自动编号</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>Address of the new household *</source>
        <translation>新户住址 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>Grid *</source>
        <translation>所属网格 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>New head of the old household *</source>
        <translation>原户新户主 *</translation>
    </message>
    <message>
        <location filename="../../forms/life_split.ui" line="13"/>
        <source>Date *</source>
        <translation>分户日期 *</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../gridapp/ui/lock.py" line="53"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/lock.py" line="57"/>
        <source>The register was locked after a long idle time. Enter the password to unlock.</source>
        <translation>长时间无操作，台账已锁定。请输入密码解锁。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/lock.py" line="59"/>
        <source>The register was hidden after a long idle time.</source>
        <translation>长时间无操作，台账已隐藏。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/lock.py" line="74"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/lock.py" line="84"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="162"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="176"/>
        <source>Read-only: this register is open in another window</source>
        <translation>只读：此台账已在另一个窗口中打开</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="190"/>
        <source>Another window of the program has this register open (%1) and may change it; this window can only show it. To make changes here, close the other window and open this register again (File &gt; Open register…).</source>
        <translation>本程序的另一个窗口已打开此台账（%1），修改只能在那里进行；这个窗口只能查看。要在这里修改，请先关闭另一个窗口，再重新打开此台账（文件 &gt; 打开台账…）。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="193"/>
        <source>another window</source>
        <translation>另一个窗口</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="232"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="234"/>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="237"/>
        <source>New member</source>
        <translation>新增成员</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="239"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="240"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="242"/>
        <source>Import ledger…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="244"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="245"/>
        <source>Export register…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="246"/>
        <source>Open register…</source>
        <translation>打开台账…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="247"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="249"/>
        <source>Record a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="252"/>
        <source>Enter a special group…</source>
        <translation>纳入重点人群…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="255"/>
        <source>Back up the register…</source>
        <translation>备份台账…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="258"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="260"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="262"/>
        <source>Switch operator…</source>
        <translation>切换操作员…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="265"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="269"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="278"/>
        <location filename="../../gridapp/ui/main_window.py" line="674"/>
        <source>The ledger importer is not installed in this build</source>
        <translation>此版本未包含台账导入功能</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="298"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="308"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="314"/>
        <source>&amp;Residents</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="318"/>
        <location filename="../../gridapp/ui/pages/register_page.py" line="594"/>
        <source>Life events</source>
        <translation>人口变动</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="320"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="322"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="328"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="329"/>
        <source>About gridapp</source>
        <translation>关于网格台账</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="332"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="401"/>
        <source>%1 households, %2 persons</source>
        <translation>%1 户，%2 人</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="463"/>
        <location filename="../../gridapp/ui/main_window.py" line="478"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="547"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="569"/>
        <source>Edit household %1</source>
        <translation>编辑户 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="608"/>
        <source>History of the person</source>
        <translation>人员修改记录</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="616"/>
        <source>History of the household</source>
        <translation>户修改记录</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="641"/>
        <source>Export register</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="653"/>
        <source>Exporting the register…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="654"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="660"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="661"/>
        <source>Visit forms, household cards and reports are printed from the Reports page.</source>
        <translation>走访表、户卡和报表在“报表与打印”页打印。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="668"/>
        <location filename="../../gridapp/ui/main_window.py" line="673"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="679"/>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="709"/>
        <source>Open register</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/main_window.py" line="773"/>
        <source>Please wait until the running task ends.</source>
        <translation>请等待正在进行的任务结束。</translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="117"/>
        <source>Whole register</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>NewErrandDialog</name>
    <message>
        <location filename="../../gridapp/ui/work_forms_errand.py" line="67"/>
        <location filename="../../gridapp/ui/work_forms_errand.py" line="95"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_errand.py" line="121"/>
        <source>%1 already has an open errand of this kind: %2 (%3, since %4).</source>
        <translation>%1 已有一件同类未办结的代办：%2（%3，%4 受理）。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_errand.py" line="137"/>
        <source>Pick the household from the list.</source>
        <translation>请从列表中选择住户。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_errand.py" line="139"/>
        <source>Choose the person the errand is for.</source>
        <translation>请选择代办对象。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_errand.py" line="141"/>
        <source>Choose the errand.</source>
        <translation>请选择代办事项。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_errand.py" line="149"/>
        <source>Register a second one all the same?</source>
        <translation>仍要再登记一件吗？</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="6"/>
        <source>Accept an errand</source>
        <translation>受理代办</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="10"/>
        <source>Household *</source>
        <translation>住户 *</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="19"/>
        <source>For whom *</source>
        <translation>代办对象 *</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="21"/>
        <source>Errand *</source>
        <translation>代办事项 *</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="23"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="25"/>
        <source>Accepted by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="27"/>
        <source>Materials missing</source>
        <translation>尚缺材料</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="29"/>
        <source>Description</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../forms/errand_new.ui" line="36"/>
        <source>Open that one</source>
        <translation>打开那一件</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <location filename="../../gridapp/ui/work_forms_issue.py" line="68"/>
        <source>— choose the category —</source>
        <translation>— 请选择类别 —</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_issue.py" line="71"/>
        <source>— choose the grid —</source>
        <translation>— 请选择网格 —</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_issue.py" line="122"/>
        <source>Choose the grid of the public area.</source>
        <translation>请选择公共区域所在的网格。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_issue.py" line="124"/>
        <source>Pick the household from the list, or tick Public area.</source>
        <translation>请从列表中选择住户，或勾选“公共区域”。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_issue.py" line="126"/>
        <source>Say what the issue is (title).</source>
        <translation>请填写问题（标题）。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_issue.py" line="128"/>
        <source>Choose the category.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_issue.py" line="130"/>
        <source>The deadline is before today.</source>
        <translation>办理时限早于今天。</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="6"/>
        <source>Register an issue</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="10"/>
        <source>Household *</source>
        <translation>住户 *</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="19"/>
        <source>Public area (no household)</source>
        <translation>公共区域（不属于某户）</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="20"/>
        <source>Grid *</source>
        <translation>网格 *</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="22"/>
        <source>Title *</source>
        <translation>问题 *</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="24"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="26"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="28"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../forms/issue_new.ui" line="30"/>
        <source>Description</source>
        <translation>情况说明</translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message>
        <location filename="../../forms/new_register.ui" line="20"/>
        <source>New register</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../forms/new_register.ui" line="26"/>
        <source>Sub-district *</source>
        <translation>街道 *</translation>
    </message>
    <message>
        <location filename="../../forms/new_register.ui" line="43"/>
        <source>Community *</source>
        <translation>社区 *</translation>
    </message>
    <message>
        <location filename="../../forms/new_register.ui" line="60"/>
        <source>Grids (one per line) *</source>
        <translation>网格（每行一个） *</translation>
    </message>
    <message>
        <location filename="../../forms/new_register.ui" line="78"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/start.py" line="52"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/start.py" line="53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../gridapp/ui/operator_dialog.py" line="43"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/operator_dialog.py" line="47"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/operator_dialog.py" line="49"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/operator_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/operator_dialog.py" line="82"/>
        <source>Who is working? (first start)</source>
        <translation>当前操作员（首次启动）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/operator_dialog.py" line="99"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/operator_dialog.py" line="102"/>
        <source>Operator: %1</source>
        <translation>当前操作员：%1</translation>
    </message>
    <message>
        <location filename="../../forms/operator.ui" line="14"/>
        <source>Who is working?</source>
        <translation>当前操作员</translation>
    </message>
    <message>
        <location filename="../../forms/operator.ui" line="20"/>
        <source>Every change to the register is recorded under the operator&apos;s name. Pick your name from the grid&apos;s workers, or type it.</source>
        <translation>台账的每一次修改都记在操作员名下。请从本网格的工作人员中选择您的姓名，或直接输入。</translation>
    </message>
    <message>
        <location filename="../../forms/operator.ui" line="32"/>
        <source>Operator *</source>
        <translation>操作员 *</translation>
    </message>
    <message>
        <location filename="../../forms/operator.ui" line="54"/>
        <source>Shared laptop: ask for the name at every start</source>
        <translation>多人共用电脑：每次启动都询问操作员</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="34"/>
        <source>The password encrypts the register: whoever finds a lost laptop cannot read the residents&apos; files without it.&lt;br&gt;&lt;b&gt;The password cannot be recovered&lt;/b&gt;: if it is forgotten, the register can never be opened again. Keep it somewhere safe.</source>
        <translation>密码用于加密数据库：丢失电脑的人没有密码就看不到居民信息。&lt;br&gt;&lt;b&gt;密码无法找回&lt;/b&gt;：忘记密码，数据库就再也打不开了，请把密码记在安全的地方。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="62"/>
        <source>Set the register password</source>
        <translation>设置数据库密码</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="62"/>
        <source>Register password</source>
        <translation>输入数据库密码</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="72"/>
        <source>The new register %1 will be stored encrypted.</source>
        <translation>新数据库 %1 将加密保存。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="76"/>
        <source>The register %1 is encrypted. Please enter its password.</source>
        <translation>数据库 %1 已加密，请输入密码。</translation>
    </message>
    <message>
        <location filename="../../forms/password.ui" line="14"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../forms/password.ui" line="24"/>
        <source>Once more</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="81"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="82"/>
        <location filename="../../gridapp/ui/password_dialog.py" line="143"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="91"/>
        <source>The password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="97"/>
        <source>The password cannot begin or end with a space</source>
        <translation>密码首尾不能有空格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="100"/>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="105"/>
        <source>Please enter the password</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="136"/>
        <source>Register in use</source>
        <translation>数据库正在使用</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="139"/>
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="224"/>
        <source>Wrong password, please try again</source>
        <translation>密码错误，请重新输入</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="242"/>
        <source>Cannot open the register</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="264"/>
        <source>The register may be damaged</source>
        <translation>数据库可能已损坏</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="265"/>
        <source>The integrity check found a problem: %1</source>
        <translation>完整性检查发现问题：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="272"/>
        <source>No usable backup found.</source>
        <translation>没有找到可用的备份。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="276"/>
        <source>Latest good backup: %1
(%2 households, %3 persons, last change %4)

Restore from this backup? The current file is saved aside first.</source>
        <translation>最近的完好备份：%1
（%2 户，%3 人，最后变更 %4）

要用这个备份恢复吗？当前文件会先另存一份。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="284"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/password_dialog.py" line="298"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../gridapp/ui/widgets/pdf_preview.py" line="51"/>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pdf_preview.py" line="56"/>
        <source>No preview available; the file was saved to %1</source>
        <translation>无法预览；文件已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pdf_preview.py" line="66"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pdf_preview.py" line="69"/>
        <source> (the first %1 of %2 pages shown)</source>
        <translation>（预览显示前 %1 页，共 %2 页；打印时全部打印）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pdf_preview.py" line="73"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pdf_preview.py" line="78"/>
        <source>Open in viewer</source>
        <translation>用阅读器打开</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pdf_preview.py" line="82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pdf_preview.py" line="115"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="180"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="180"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="18"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="26"/>
        <source>Former name</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="34"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="47"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="55"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="62"/>
        <location filename="../../forms/person_dialog.ui" line="107"/>
        <source>not recorded</source>
        <translation>未填</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="68"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="76"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="84"/>
        <source>Relation to head *</source>
        <translation>与户主关系 *</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="92"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="100"/>
        <source>Moved in on</source>
        <translation>迁入日期</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="120"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="131"/>
        <source>Other phones</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="139"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="147"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="155"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="163"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="173"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="181"/>
        <source>Employer or school</source>
        <translation>工作单位或就读学校</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="189"/>
        <source>Registered address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="201"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="184"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="184"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/forms.py" line="253"/>
        <source>Valid: %1, born %2</source>
        <translation>号码有效：%1，%2 出生</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../gridapp/ui/widgets/pickers.py" line="56"/>
        <source>Type 户号, name, pinyin or address</source>
        <translation>输入户号、姓名、拼音或住址</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pickers.py" line="57"/>
        <source>Type name, pinyin, ID, phone or 户号</source>
        <translation>输入姓名、拼音、身份证号、电话或户号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pickers.py" line="169"/>
        <source>Nothing found for this text</source>
        <translation>没有找到匹配的记录</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/widgets/pickers.py" line="170"/>
        <source>Pick one from the list</source>
        <translation>请从列表中选择一项</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="49"/>
        <location filename="../../gridapp/ui/register_model.py" line="68"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="50"/>
        <location filename="../../gridapp/ui/register_model.py" line="69"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="51"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="52"/>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="53"/>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="54"/>
        <location filename="../../gridapp/ui/register_model.py" line="70"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="55"/>
        <location filename="../../gridapp/ui/register_model.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="62"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="63"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="64"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="65"/>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="67"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="77"/>
        <source>Resident</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="78"/>
        <source>Away</source>
        <translation>外出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="79"/>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="80"/>
        <source>Deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/register_model.py" line="81"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="337"/>
        <source>Search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="36"/>
        <source>Search: name, pinyin initials, ID number, phone, address, or scan a form</source>
        <translation>搜索：姓名、拼音首字母、身份证号、电话、地址，或扫描走访表二维码</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="298"/>
        <source>Households</source>
        <translation>按户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="299"/>
        <source>Persons</source>
        <translation>按人</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="300"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="303"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="305"/>
        <source>Resident</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="306"/>
        <source>Away</source>
        <translation>外出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="307"/>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="308"/>
        <source>Deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="68"/>
        <location filename="../../forms/register_page.ui" line="83"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="44"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="22"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="23"/>
        <source>Count</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="53"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="118"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="709"/>
        <location filename="../../forms/register_page.ui" line="61"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="343"/>
        <source>Register</source>
        <translation>居民底册</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="362"/>
        <source>All groups</source>
        <translation>全部人群</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="465"/>
        <source>age %1</source>
        <translation>年龄 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="467"/>
        <source>archived shown</source>
        <translation>含已归档</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gridapp/ui/pages/register_page.py" line="473"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gridapp/ui/pages/register_page.py" line="475"/>
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="477"/>
        <source> (filtered)</source>
        <translation>（筛选中）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="483"/>
        <source>Filtering: %1</source>
        <translation>筛选中：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="599"/>
        <source>Print the household card…</source>
        <translation>打印户卡…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="676"/>
        <source>the search and filters were cleared to show %1</source>
        <translation>已清除搜索和筛选，以显示 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="680"/>
        <source>%1 is archived (%2): Show archived was ticked</source>
        <translation>%1 已归档（%2），已勾选“显示已归档”</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="689"/>
        <source>Select a household or a person.</source>
        <translation>请选择一户或一个人。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="696"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="697"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="698"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="699"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="700"/>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="701"/>
        <source>Never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="702"/>
        <source>Open issues</source>
        <translation>未办结的问题</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="703"/>
        <source>Open proxy services</source>
        <translation>未办结的代办</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="704"/>
        <source>Recent changes</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="705"/>
        <source>No changes recorded</source>
        <translation>没有修改记录</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="706"/>
        <source>This household</source>
        <translation>本户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="707"/>
        <source>ID card</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="708"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="710"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="711"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="712"/>
        <source>Phones</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="713"/>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="714"/>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="715"/>
        <source>Register status</source>
        <translation>人员状态</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/register_page.py" line="716"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../forms/reports_page.ui" line="28"/>
        <source>Monthly report (Excel)…</source>
        <translation>月报（Excel）…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="29"/>
        <source>Monthly report (PDF)…</source>
        <translation>月报（PDF）…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="19"/>
        <source>Monthly report</source>
        <translation>工作月报</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="21"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="42"/>
        <source>Full ID numbers (logged)</source>
        <translation>完整身份证号（记入修改记录）</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="45"/>
        <source>Export list…</source>
        <translation>导出名单…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="46"/>
        <source>Export ledger…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="36"/>
        <source>Ledger and lists (Excel)</source>
        <translation>台账与名单（Excel）</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="38"/>
        <location filename="../../forms/reports_page.ui" line="68"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="40"/>
        <source>Group</source>
        <translation>人群</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="43"/>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="54"/>
        <source>Fill a template (一表通)…</source>
        <translation>填报模板（一表通）…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="57"/>
        <source>An Excel form from the sub-district, the civil-affairs office or the police: the register fills its columns below the header, keeping the form&apos;s title, styles and footer.</source>
        <translation>街道、民政或派出所下发的 Excel 表格：按表头从台账填入各列，保留表格的标题、格式和落款。</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="52"/>
        <source>Other offices&apos; forms</source>
        <translation>上级表格</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="79"/>
        <source>Only households not yet visited this cycle</source>
        <translation>只打印本周期未走访的户</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="86"/>
        <source>Visit forms…</source>
        <translation>入户走访记录表…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="94"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="95"/>
        <source>Household card…</source>
        <translation>户卡…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="87"/>
        <source>Contact notice…</source>
        <translation>网格员公示牌…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="66"/>
        <source>Printing (PDF, previewed before printing)</source>
        <translation>打印（PDF，先预览再打印）</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="72"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="83"/>
        <source>Per grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="91"/>
        <source>One household</source>
        <translation>单户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="84"/>
        <source>Only households not yet visited in the cycle of %1 (Month above)</source>
        <translation>只打印 %1 走访周期（上方“月份”）未走访的户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="92"/>
        <source>Reports</source>
        <translation>报表与打印</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="95"/>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="96"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="100"/>
        <source>All groups</source>
        <translation>全部人群</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="111"/>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="127"/>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="300"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="133"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="147"/>
        <source>Save the monthly report</source>
        <translation>保存月报</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="157"/>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="157"/>
        <source>PDF reports are not available</source>
        <translation>这个版本不能生成 PDF 月报</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="173"/>
        <source>Making the monthly report…</source>
        <translation>正在生成月报…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="181"/>
        <source>Export list</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="199"/>
        <source>Exporting the list…</source>
        <translation>正在导出名单…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="202"/>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="217"/>
        <source>Exporting the ledger…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="226"/>
        <source>Fill a template</source>
        <translation>填报模板</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="228"/>
        <source>Choose the form to fill</source>
        <translation>选择要填报的表格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="302"/>
        <source>%1 residents written into “%2” (sheet “%3”).</source>
        <translation>已将 %1 名居民填入“%2”（工作表“%3”）。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="308"/>
        <source>Nobody in the register matches the grid and group chosen.</source>
        <translation>台账中没有符合所选网格和人群的居民。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="311"/>
        <source>Left empty (the register has nothing for them): %1</source>
        <translation>留空的列（台账中没有对应信息）：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="318"/>
        <source>The file holds full ID numbers; this was recorded in the change log.</source>
        <translation>文件中含完整身份证号，已记入变更日志。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="320"/>
        <source>Open the folder holding the file?</source>
        <translation>打开文件所在的文件夹吗？</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="321"/>
        <source>Form filled</source>
        <translation>表格已填好</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="324"/>
        <source>Filling the form…</source>
        <translation>正在填报表格…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="329"/>
        <source>Visit forms</source>
        <translation>入户走访记录表</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="356"/>
        <source>Making the visit forms…</source>
        <translation>正在生成入户走访记录表…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="376"/>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="379"/>
        <source>Household card</source>
        <translation>户卡</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="376"/>
        <source>Type the household number first.</source>
        <translation>请先输入户号。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="401"/>
        <source>Making the household card…</source>
        <translation>正在生成户卡…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="406"/>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="408"/>
        <source>Contact notice</source>
        <translation>网格员公示牌</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="406"/>
        <source>Choose a grid first.</source>
        <translation>请先选择网格。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/reports_page.py" line="418"/>
        <source>Making the contact notice…</source>
        <translation>正在生成公示牌…</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="59"/>
        <location filename="../../gridapp/ui/pages/services_page.py" line="138"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="60"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="88"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="90"/>
        <location filename="../../gridapp/ui/pages/services_page.py" line="131"/>
        <source>Office</source>
        <translation>递交部门</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="91"/>
        <location filename="../../gridapp/ui/pages/services_page.py" line="131"/>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="58"/>
        <source>Not finished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="68"/>
        <source>Services</source>
        <translation>代办</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="71"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="83"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="84"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="85"/>
        <source>Errand</source>
        <translation>代办事项</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="86"/>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="87"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="89"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="108"/>
        <source>%1 errands, %2 overdue (red)</source>
        <translation>共 %1 件，逾期 %2 件（红色）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="117"/>
        <source>Choose an errand</source>
        <translation>请选择一件代办</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="135"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="140"/>
        <source>Steps</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="159"/>
        <source>Materials still missing</source>
        <translation>尚缺材料</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="160"/>
        <source>When they are handed in, tick them with “Materials received…”.</source>
        <translation>材料交来后，用“登记材料…”逐项勾选。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="176"/>
        <source>Materials are missing: record them received first.</source>
        <translation>材料未齐：请先用“登记材料…”登记收到的材料。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="204"/>
        <source>New errand %1 for %2</source>
        <translation>为%2受理代办%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="207"/>
        <source>Not accepted</source>
        <translation>未受理</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/services_page.py" line="252"/>
        <location filename="../../gridapp/ui/pages/services_page.py" line="270"/>
        <source>Not done</source>
        <translation>未办理</translation>
    </message>
</context>
<context>
    <name>ServicesPageForm</name>
    <message>
        <location filename="../../forms/services_page.ui" line="31"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="41"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="58"/>
        <source>Accepted by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="68"/>
        <source>Accept an errand…</source>
        <translation>受理代办…</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="124"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="132"/>
        <source>Materials received…</source>
        <translation>登记材料…</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="139"/>
        <source>Submitted…</source>
        <translation>递交…</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="146"/>
        <source>Record progress…</source>
        <translation>办理进展…</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="153"/>
        <source>Finished…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="160"/>
        <source>Told the resident…</source>
        <translation>反馈居民…</translation>
    </message>
    <message>
        <location filename="../../forms/services_page.ui" line="167"/>
        <source>Cancel errand…</source>
        <translation>撤销代办…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../forms/settings_page.ui" line="76"/>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="96"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="109"/>
        <source>Mask ID numbers on screens, prints and exports</source>
        <translation>屏幕、打印和导出中身份证号打码</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="94"/>
        <location filename="../../forms/settings_page.ui" line="140"/>
        <source>Folder for automatic backups</source>
        <translation>自动备份的文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="25"/>
        <location filename="../../forms/settings_page.ui" line="33"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="39"/>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="49"/>
        <source>Operator name</source>
        <translation>操作员姓名</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="59"/>
        <source>Shared laptop: ask for the operator&apos;s name at every start</source>
        <translation>多人共用电脑：每次启动都询问操作员</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="62"/>
        <source>For a laptop several workers use: the window asks who is working each time it opens, so every change is recorded under the right name.</source>
        <translation>多人共用的电脑：每次打开都询问谁在操作，每项修改都记在正确的操作员名下。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="69"/>
        <source>Visit cycle</source>
        <translation>走访周期</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="89"/>
        <source>Default issue deadline</source>
        <translation>问题默认办理时限</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="116"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="147"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="158"/>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="165"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="190"/>
        <source>Language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="203"/>
        <source>Groups whose households are visited every cycle</source>
        <translation>每个周期都要走访的人群</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="225"/>
        <location filename="../../forms/settings_page.ui" line="241"/>
        <location filename="../../forms/settings_page.ui" line="257"/>
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="284"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="332"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="337"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="436"/>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="439"/>
        <source>The photo printed on the grid&apos;s notice board</source>
        <translation>网格员公示牌上印的照片</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="302"/>
        <source>New area below…</source>
        <translation>新建下级区域…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="309"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="264"/>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="277"/>
        <location filename="../../forms/settings_page.ui" line="381"/>
        <source>Move building</source>
        <translation>调整楼栋</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="354"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="371"/>
        <source>to grid</source>
        <translation>划入网格</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="345"/>
        <source>Move a building (and its households) to another grid:</source>
        <translation>把楼栋（连同住户）划入另一个网格：</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="219"/>
        <source>Issue categories (one per line)</source>
        <translation>问题类别（每行一项）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="235"/>
        <source>Stations (one per line)</source>
        <translation>上报部门（每行一项）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="251"/>
        <source>Errands (one per line)</source>
        <translation>代办事项（每行一项）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="422"/>
        <source>Add worker…</source>
        <translation>添加网格员…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="429"/>
        <source>On / off duty</source>
        <translation>在岗 / 离岗</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="145"/>
        <location filename="../../forms/settings_page.ui" line="412"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="294"/>
        <source>Communities and grids</source>
        <translation>社区与网格</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="404"/>
        <source>Workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="109"/>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="227"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="145"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="145"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="145"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="146"/>
        <source>On duty</source>
        <translation>值班人</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="146"/>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="310"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="207"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="207"/>
        <source>A list cannot be empty.</source>
        <translation>列表不能为空。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="226"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="227"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="240"/>
        <source>New area</source>
        <translation>新建区域</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="240"/>
        <source>Name of the new %1</source>
        <translation>新%1的名称</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="244"/>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="250"/>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="252"/>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="250"/>
        <source>Choose an area first.</source>
        <translation>请先选择一个区域。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="252"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="255"/>
        <source>Not renamed</source>
        <translation>未改名</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="265"/>
        <source>Move %1 and its households to %2?</source>
        <translation>把 %1 及其住户划入 %2？</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="272"/>
        <source>Not moved</source>
        <translation>未调整</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="278"/>
        <source>%1 households moved.</source>
        <translation>已调整 %1 户。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="286"/>
        <source>Add worker</source>
        <translation>添加网格员</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="286"/>
        <source>Choose the grid first.</source>
        <translation>请先选择网格。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="292"/>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="303"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="310"/>
        <source>Choose a worker in the list first.</source>
        <translation>请先在列表中选择一名网格员。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/settings_page.py" line="333"/>
        <source>Photo not saved</source>
        <translation>照片未保存</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../gridapp/ui/start.py" line="98"/>
        <source>The register %1 does not exist yet. Create a new register there, or open another one?</source>
        <translation>台账 %1 还不存在。要在该位置新建台账，还是打开其他台账？</translation>
    </message>
    <message>
        <location filename="../../forms/start.ui" line="43"/>
        <source>No register is open yet. What would you like to do?</source>
        <translation>还没有打开台账。请选择：</translation>
    </message>
    <message>
        <location filename="../../forms/start.ui" line="59"/>
        <source>Create a new register…</source>
        <translation>新建台账…</translation>
    </message>
    <message>
        <location filename="../../forms/start.ui" line="72"/>
        <source>Open an existing register…</source>
        <translation>打开已有台账…</translation>
    </message>
    <message>
        <location filename="../../forms/start.ui" line="85"/>
        <source>Open the demo register</source>
        <translation>打开演示台账</translation>
    </message>
    <message>
        <location filename="../../forms/start.ui" line="92"/>
        <source>Recent registers</source>
        <translation>最近打开的台账</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/start.py" line="134"/>
        <source>Open register</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/start.py" line="144"/>
        <source>Making the demo register…</source>
        <translation>正在生成演示台账…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="53"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="116"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="56"/>
        <source>Solved on the spot</source>
        <translation>现场解决</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="58"/>
        <source>Write down how it was solved.</source>
        <translation>请填写现场解决的结果。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="61"/>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="62"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="69"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="86"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="104"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="121"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="63"/>
        <source>To *</source>
        <translation>上报给 *</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="65"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="72"/>
        <source>Deadline *</source>
        <translation>办理时限 *</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="68"/>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="70"/>
        <source>Station *</source>
        <translation>承办部门 *</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="75"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="110"/>
        <source>Record progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="76"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="111"/>
        <source>Progress / reply</source>
        <translation>进展 / 答复</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="77"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="112"/>
        <source>Write down the progress or the reply.</source>
        <translation>请填写办理进展或答复。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="80"/>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="82"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="92"/>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="117"/>
        <source>Write down the result.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="85"/>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="90"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="103"/>
        <source>Submitted</source>
        <translation>递交</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="105"/>
        <source>Office *</source>
        <translation>递交部门 *</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="107"/>
        <source>Promised by *</source>
        <translation>承诺办结日期 *</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="115"/>
        <source>Finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="120"/>
        <source>Told the resident</source>
        <translation>反馈居民</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="125"/>
        <source>Cancel errand</source>
        <translation>撤销代办</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="126"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="127"/>
        <source>Write down why.</source>
        <translation>请填写撤销原因。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="207"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="237"/>
        <source>Choose where it goes.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="239"/>
        <source>The deadline is before the day of the step.</source>
        <translation>办理时限早于办理日期。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="243"/>
        <source>Choose what the resident said: satisfied, fairly satisfied or not satisfied.</source>
        <translation>请选择居民的评价：满意、基本满意或不满意。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/step_dialogs.py" line="307"/>
        <source>Tick the materials handed in, or write what is still missing.</source>
        <translation>请勾选已收到的材料，或填写还缺的材料。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../gridapp/ui/tasks.py" line="126"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/tasks.py" line="153"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/tasks.py" line="203"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/tasks.py" line="203"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，数据未改变。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/tasks.py" line="206"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/tasks.py" line="210"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/tasks.py" line="211"/>
        <source>The operation failed; nothing was changed.</source>
        <translation>操作失败，数据未改变。</translation>
    </message>
</context>
<context>
    <name>TemplateFill</name>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="55"/>
        <source>“%1” is an old-format Excel file (.xls). Only .xlsx forms can be filled with their own styles kept: open it in Excel or WPS, save it as an Excel workbook (.xlsx) and choose that file.</source>
        <translation>“%1”是旧格式的 Excel 文件（.xls）。只有 .xlsx 表格才能保留原格式填报：请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再选择该文件。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="62"/>
        <source>“%1” is a CSV text file: it has no title, cell styles or footer to keep, so it cannot be filled as a form. Use “Export ledger…” for the register&apos;s data as a table, or save the form as .xlsx in Excel or WPS.</source>
        <translation>“%1”是 CSV 文本文件：没有标题、格式和落款可保留，不能作为表格填报。要导出台账数据请用“导出台账…”，或在 Excel/WPS 中把表格另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="69"/>
        <source>“%1” is not an Excel workbook. Choose the form as an .xlsx file.</source>
        <translation>“%1”不是 Excel 工作簿。请选择 .xlsx 格式的表格。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="81"/>
        <source>The file “%1” was not found.</source>
        <translation>找不到文件“%1”。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="82"/>
        <source>“%1” cannot be read: it may be open in Excel or WPS, or you may not have permission to read it. Close it and try again.</source>
        <translation>无法读取“%1”：可能正在 Excel 或 WPS 中打开，或没有读取权限。请关闭后重试。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="87"/>
        <source>“%1” is damaged or is not an Excel workbook.</source>
        <translation>“%1”已损坏或不是 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="90"/>
        <source>No header was found in “%1”: the form needs a row of column headings such as 姓名 or 身份证号 within its first 15 rows.</source>
        <translation>“%1”中没有找到表头：表格的前 15 行中需要有一行列标题，如“姓名”“身份证号”。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="95"/>
        <source>The register has nothing to fill any column of “%1” with.</source>
        <translation>台账中没有可以填入“%1”任何一列的信息。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="98"/>
        <source>“%1” cannot be written: it may be open in Excel or WPS, or the folder may not allow writing. Close the file (or choose another folder) and try again.</source>
        <translation>无法写入“%1”：文件可能正在 Excel 或 WPS 中打开，或文件夹不允许写入。请关闭文件（或换一个文件夹）后重试。</translation>
    </message>
</context>
<context>
    <name>TemplateFillDialog</name>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="136"/>
        <source>Fill a template (一表通)</source>
        <translation>填报模板（一表通）</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="9"/>
        <source>Check what the register writes into each column of the form. Your corrections are remembered for this form, also when next month&apos;s copy has another name.</source>
        <translation>请核对台账往表格每一列填入的内容。您的修改会被记住，下个月的同一张表即使换了文件名也会沿用。</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="24"/>
        <source>Col.</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="25"/>
        <source>Column of the form</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="26"/>
        <source>Filled with</source>
        <translation>填入内容</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="163"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="167"/>
        <source>All residents</source>
        <translation>全部居民</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="57"/>
        <source>Also residents who moved out or died</source>
        <translation>包括已迁出、已死亡的居民</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="69"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="89"/>
        <source>The file will hold complete ID numbers. This disclosure is recorded in the change log; give the file only to the office that asked for it.</source>
        <translation>文件将包含完整身份证号。此次披露会记入变更日志；请只把文件交给要求填报的单位。</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="37"/>
        <source>Whom to list</source>
        <translation>填报范围</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="41"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="49"/>
        <source>Special group</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="75"/>
        <source>(otherwise masked: 110101********1234)</source>
        <translation>（否则打码：110101********1234）</translation>
    </message>
    <message>
        <location filename="../../forms/template_fill.ui" line="62"/>
        <source>ID numbers</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="178"/>
        <source>Fill and save…</source>
        <translation>填报并保存…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="180"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="191"/>
        <source>(leave empty)</source>
        <translation>（留空）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="194"/>
        <source>%1 (extra column)</source>
        <translation>%1（附加列）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="203"/>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="246"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="205"/>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="248"/>
        <source>rows %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="242"/>
        <source>Sheet “%1”: header in %2; residents are written from row %3 on.</source>
        <translation>工作表“%1”：表头在%2；居民从第 %3 行起填写。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="251"/>
        <source>Sheet “%1”: header in %2; residents are written from row %3 on, in place of the form&apos;s instructions and examples in %4.</source>
        <translation>工作表“%1”：表头在%2；居民从第 %3 行起填写，表格自带的填写说明和示例（%4）会被替换，不会留在填好的表中。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="268"/>
        <source>left empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="271"/>
        <source>changed by you</source>
        <translation>您已修改</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="273"/>
        <source>remembered</source>
        <translation>沿用上次</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="275"/>
        <source>recognised</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="290"/>
        <source>No column is filled: choose what fills at least one.</source>
        <translation>没有要填的列：请至少为一列选择填入内容。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="294"/>
        <source>%1 columns filled; left empty (the register has nothing for them): %2</source>
        <translation>填写 %1 列；留空（台账中没有对应信息）：%2</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="300"/>
        <source>All %1 columns are filled.</source>
        <translation>全部 %1 列都会填写。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="310"/>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="345"/>
        <source>Fill a template</source>
        <translation>填报模板</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="337"/>
        <source>%1-filled</source>
        <translation>%1-已填</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="338"/>
        <source>Save the filled form</source>
        <translation>保存填好的表格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/template_fill_dialog.py" line="346"/>
        <source>Save the filled form under another name: the template is kept for next time.</source>
        <translation>请用另一个文件名保存填好的表格：模板要留着下次用。</translation>
    </message>
</context>
<context>
    <name>VisitEntryDialog</name>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="123"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="148"/>
        <source>Last visit: %1</source>
        <translation>上次走访：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="150"/>
        <source>Never visited</source>
        <translation>尚无走访记录</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="152"/>
        <source>Open: %1</source>
        <translation>未办结：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="154"/>
        <source>Known hazards: %1</source>
        <translation>已知隐患：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="171"/>
        <source>who was met</source>
        <translation>见到的人</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="211"/>
        <source>Issue…</source>
        <translation>转问题…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="213"/>
        <source>Register this finding as an issue of the household</source>
        <translation>把这一发现登记为本户的问题</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="216"/>
        <source>Errand…</source>
        <translation>转代办…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="218"/>
        <source>Accept an errand for a member from this finding</source>
        <translation>根据这一发现为家庭成员受理代办</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="286"/>
        <source>issue “%1”</source>
        <translation>问题“%1”</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="289"/>
        <source>errand %1 for %2</source>
        <translation>为%2代办%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="293"/>
        <source>Registered with the visit: %1</source>
        <translation>随本次走访登记：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="321"/>
        <source>Choose the visitor.</source>
        <translation>请选择走访人。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="323"/>
        <source>Tick the way of the visit.</source>
        <translation>请勾选走访方式。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/work_forms_visit.py" line="325"/>
        <source>The date is after today.</source>
        <translation>走访日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="6"/>
        <source>Record a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="14"/>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="16"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="18"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="20"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="34"/>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="35"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="36"/>
        <source>Groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="58"/>
        <source>Date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../forms/visit_entry.ui" line="60"/>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="137"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="84"/>
        <source>All ways</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="185"/>
        <source>Way</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="184"/>
        <source>Visitor</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="181"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="186"/>
        <source>Situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="187"/>
        <source>Requests</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="95"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="104"/>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="294"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="105"/>
        <source>All workers</source>
        <translation>全部网格员</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="109"/>
        <source>Cycle: %1 to %2</source>
        <translation>走访周期：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="118"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="119"/>
        <source>Per grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="126"/>
        <source>Per worker</source>
        <translation>按网格员</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="135"/>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="182"/>
        <source>Household no.</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="136"/>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="183"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="138"/>
        <source>Every cycle</source>
        <translation>每周期必访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="139"/>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="147"/>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="158"/>
        <source>%1 households still to visit; %2 need a visit every cycle; %3 never visited</source>
        <translation>还有 %1 户待走访；其中 %2 户每周期必访；%3 户从未走访</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="224"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="225"/>
        <source>No household matches the scanned text: %1</source>
        <translation>没有与扫描内容对应的住户：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="267"/>
        <source>New visit to %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="273"/>
        <source>Saved: %1. Scan the next form.</source>
        <translation>已保存：%1。请扫描下一张记录表。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/pages/visits_page.py" line="268"/>
        <source>Visit not saved</source>
        <translation>走访未保存</translation>
    </message>
</context>
<context>
    <name>VisitsPageForm</name>
    <message>
        <location filename="../../forms/visits_page.ui" line="14"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="23"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="33"/>
        <source>Coverage of the cycle</source>
        <translation>本周期走访覆盖</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="48"/>
        <source>Households due</source>
        <translation>待走访户</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="63"/>
        <source>Record a visit to the selected household</source>
        <translation>登记所选户的走访</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="69"/>
        <source>Visit history</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="74"/>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="78"/>
        <source>Way</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="82"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="91"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="116"/>
        <source>Quick visit entry</source>
        <translation>快速登记走访</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="121"/>
        <source>Scan / no.</source>
        <translation>扫码 / 户号</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="125"/>
        <location filename="../../forms/visits_page.ui" line="126"/>
        <source>Scan the form&apos;s QR code or type the household no.</source>
        <translation>扫描记录表二维码或输入户号</translation>
    </message>
    <message>
        <location filename="../../forms/visits_page.ui" line="131"/>
        <source>No household chosen</source>
        <translation>未选择住户</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../../gridapp/ui/pages/support.py" line="86"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>WorkerNewDialog</name>
    <message>
        <location filename="../../gridapp/ui/worker_new_dialog.py" line="35"/>
        <source>Full name</source>
        <translation>姓名全称</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/worker_new_dialog.py" line="39"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/worker_new_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/worker_new_dialog.py" line="58"/>
        <source>Enter the worker&apos;s name.</source>
        <translation>请填写网格员姓名。</translation>
    </message>
    <message>
        <location filename="../../forms/worker_new.ui" line="14"/>
        <source>Add worker</source>
        <translation>添加网格员</translation>
    </message>
    <message>
        <location filename="../../forms/worker_new.ui" line="22"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../forms/worker_new.ui" line="39"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../forms/worker_new.ui" line="56"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/worker_new.ui" line="76"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>WorkerPhotoDialog</name>
    <message>
        <location filename="../../gridapp/ui/worker_photo_dialog.py" line="44"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/worker_photo_dialog.py" line="46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/worker_photo_dialog.py" line="58"/>
        <source>Choose the worker&apos;s photo</source>
        <translation>选择网格员照片</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/worker_photo_dialog.py" line="91"/>
        <location filename="../../forms/worker_photo.ui" line="50"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/worker_photo_dialog.py" line="97"/>
        <source>The photo will be removed when you save.</source>
        <translation>保存后将删除照片。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/worker_photo_dialog.py" line="99"/>
        <source>New photo: saved when you click Save.</source>
        <translation>新照片：点“保存”后存入台账。</translation>
    </message>
    <message>
        <location filename="../../forms/worker_photo.ui" line="14"/>
        <source>Worker&apos;s photo</source>
        <translation>网格员照片</translation>
    </message>
    <message>
        <location filename="../../forms/worker_photo.ui" line="59"/>
        <source>A JPEG or PNG picture from a phone or a scanner. It is turned upright, cropped to the notice board&apos;s photo box (3:4) and kept in the register, so it travels with it.</source>
        <translation>手机拍摄或扫描的 JPEG、PNG 图片均可。照片会自动转正、裁成公示牌照片框的比例（3:4），保存在台账里，随台账一起汇总。</translation>
    </message>
    <message>
        <location filename="../../forms/worker_photo.ui" line="69"/>
        <source>Choose a picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../forms/worker_photo.ui" line="76"/>
        <source>Remove the photo</source>
        <translation>删除照片</translation>
    </message>
</context>
<context>
    <name>WorkflowStepDialog</name>
    <message>
        <location filename="../../forms/workflow_step.ui" line="14"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="35"/>
        <source>To *</source>
        <translation>上报给 *</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="55"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="65"/>
        <source>Who at the station takes it (optional)</source>
        <translation>承办部门的经办人（可不填）</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="72"/>
        <source>Done on</source>
        <translation>办理日期</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="92"/>
        <source>Deadline *</source>
        <translation>办理时限 *</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="127"/>
        <source>within</source>
        <translation>即</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="134"/>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="157"/>
        <source>Resident&apos;s view *</source>
        <translation>居民评价 *</translation>
    </message>
    <message>
        <location filename="../../forms/workflow_step.ui" line="170"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>backup_ui</name>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="40"/>
        <source>Backup file: %1</source>
        <translation>备份文件：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="41"/>
        <source> (encrypted)</source>
        <translation>（已加密）</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="42"/>
        <source>%1 households, %2 persons, %3 visits, %4 issues</source>
        <translation>在册 %1 户、%2 人，走访记录 %3 条，问题 %4 件</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="47"/>
        <source>Last change: %1</source>
        <translation>最后一次修改：%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="48"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="50"/>
        <source>Checked against its checksum: it is as it was made.</source>
        <translation>校验：与制作时的校验值一致，备份完好。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="54"/>
        <source>This backup has no checksum list (an older or copied file): only its structure was checked.</source>
        <translation>这份备份没有校验清单（旧版本制作或单独复制的文件），只检查了结构。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="63"/>
        <source>Made by an older version: it is upgraded when restored.</source>
        <translation>由较旧版本制作：恢复时会升级到本程序的版本。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="78"/>
        <source>Back up the register into…</source>
        <translation>把台账备份到…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="94"/>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="95"/>
        <source>The register was backed up to:
%1</source>
        <translation>台账已备份到：
%1</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="103"/>
        <source>Backing up the register…</source>
        <translation>正在备份台账…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="112"/>
        <location filename="../../gridapp/ui/backup_ui.py" line="118"/>
        <location filename="../../gridapp/ui/backup_ui.py" line="132"/>
        <location filename="../../gridapp/ui/backup_ui.py" line="197"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="133"/>
        <source>This is the register itself, not a backup.</source>
        <translation>这是台账本身，不是备份。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="144"/>
        <source>Wrong password, please try again</source>
        <translation>密码错误，请重试</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="155"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="190"/>
        <source>Replace everything in the register %1 with this backup? The current data is saved aside in the backup folder first, so nothing is lost.</source>
        <translation>用这份备份替换台账 %1 的全部内容吗？当前数据会先另存到备份文件夹，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="218"/>
        <source>The register was restored from %1.</source>
        <translation>已从 %1 恢复台账。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="222"/>
        <source>The data before the restore was saved as %1.</source>
        <translation>恢复前的数据已另存为 %1。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="225"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/backup_ui.py" line="227"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <location filename="../../gridapp/ui/editing.py" line="94"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/editing.py" line="97"/>
        <source>“%1” was taken off the undo list.</source>
        <translation>“%1”已从撤销列表中移除。</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/editing.py" line="158"/>
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/editing.py" line="176"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/editing.py" line="191"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gridapp/ui/errors.py" line="37"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/errors.py" line="46"/>
        <source>Unexpected error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/errors.py" line="47"/>
        <source>Something went wrong inside the program. Your register is safe: every change is saved in one piece or not at all. The details were written to:</source>
        <translation>程序内部出错。台账数据是安全的：每次修改要么完整保存，要么完全不保存。详细信息已记录在：</translation>
    </message>
</context>
<context>
    <name>readonly</name>
    <message>
        <location filename="../../gridapp/ui/readonly.py" line="118"/>
        <source>Read-only: this register is open elsewhere</source>
        <translation>只读：此台账已在别处打开</translation>
    </message>
    <message>
        <location filename="../../gridapp/ui/readonly.py" line="123"/>
        <source>This register is open read-only (another window is using it), so nothing was saved. To make changes, close the other window and open this register again.</source>
        <translation>此台账以只读方式打开（另一个窗口正在使用它），所以没有保存。要修改，请关闭另一个窗口，再重新打开此台账。</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <location filename="../../gridapp/ui/pages/support.py" line="195"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
</TS>
