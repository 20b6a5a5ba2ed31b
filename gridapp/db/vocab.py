"""Stored vocabularies. Values are the Chinese words offices use, so exports read naturally."""

from __future__ import annotations

AREA_LEVELS = ("街道", "社区", "二级网格", "三级网格")
GRID_LEVELS = ("二级网格", "三级网格")
WORKER_ROLES = ("网格长", "网格员", "专职网格员", "兼职网格员", "楼栋长", "社区干部")
COMPOUND_KINDS = ("小区", "楼院", "单位宿舍", "自建房", "商业楼宇")
MANAGEMENT = ("物业", "自管会", "无")
HOUSEHOLD_KINDS = ("家庭户", "集体户")
HOUSING = ("自住", "出租", "闲置")
GENDERS = ("男", "女")
PERSON_CATEGORIES = ("户籍人口", "常住人口", "流动人口", "寄住人口", "境外人员")
POLITICAL = ("中共党员", "中共预备党员", "共青团员", "民主党派", "群众")
EDUCATION = ("学龄前", "小学", "初中", "高中", "中专", "大专", "本科", "研究生", "文盲或半文盲")
MARITAL = ("未婚", "已婚", "离异", "丧偶")
HEALTH = ("健康", "良好", "一般", "慢性病", "重病", "残疾")
ETHNICITIES = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
    "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族",
    "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    "其他", "外国血统",
)  # fmt: skip

# Person status. "away" (外出) is still a resident of the grid; the last two are archived.
STATUS_ACTIVE = "active"
STATUS_AWAY = "away"
STATUS_MOVED_OUT = "moved_out"
STATUS_DECEASED = "deceased"
PERSON_STATUSES = (STATUS_ACTIVE, STATUS_AWAY, STATUS_MOVED_OUT, STATUS_DECEASED)
STATUS_LABELS = {
    STATUS_ACTIVE: "在册",
    STATUS_AWAY: "外出",
    STATUS_MOVED_OUT: "已迁出",
    STATUS_DECEASED: "已死亡",
}
ARCHIVED_STATUSES = (STATUS_MOVED_OUT, STATUS_DECEASED)

HOUSEHOLD_ACTIVE = "active"
HOUSEHOLD_ARCHIVED = "archived"

VISIT_WAYS = ("入户", "电话", "微信", "门口未遇")
HAZARDS = ("消防", "燃气", "电动车充电", "用电", "高空坠物", "房屋安全", "其他")

ISSUE_CATEGORIES = ("矛盾纠纷", "环境卫生", "设施维修", "安全隐患", "政策咨询", "救助申请", "其他")
ISSUE_SOURCES = ("走访发现", "居民来电", "上门反映", "微信", "网格巡查", "上级交办")
URGENCY = ("一般", "紧急", "特急")
STATIONS = (
    "街道办",
    "派出所",
    "城管",
    "民政",
    "市场监管",
    "消防",
    "司法所",
    "卫生服务中心",
    "物业",
)

# Issue states (问题反馈 flow).
ISSUE_REGISTERED = "登记"
ISSUE_SOLVED_ON_SPOT = "现场解决"
ISSUE_REPORTED = "上报"
ISSUE_ASSIGNED = "交办"
ISSUE_IN_PROGRESS = "办理中"
ISSUE_DONE = "办结"
ISSUE_REVISITED = "回访"
ISSUE_CLOSED = "结案"
ISSUE_STATES = (
    ISSUE_REGISTERED, ISSUE_SOLVED_ON_SPOT, ISSUE_REPORTED, ISSUE_ASSIGNED,
    ISSUE_IN_PROGRESS, ISSUE_DONE, ISSUE_REVISITED, ISSUE_CLOSED,
)  # fmt: skip
ISSUE_OPEN_STATES = (
    ISSUE_REGISTERED,
    ISSUE_REPORTED,
    ISSUE_ASSIGNED,
    ISSUE_IN_PROGRESS,
    ISSUE_DONE,
)

# What the resident says at a return visit (回访); 不满意 reopens the issue.
SATISFACTION = ("满意", "基本满意", "不满意")
SATISFIED_NOT = "不满意"

ERRANDS = (
    "低保申请",
    "医保缴费",
    "社保缴费",
    "证件办理",
    "残疾证办理",
    "高龄补贴",
    "居住证办理",
    "其他",
)
SERVICE_STATES = ("受理", "材料收集", "已递交", "办理中", "已办结", "已反馈", "已撤销")
SERVICE_OPEN_STATES = ("受理", "材料收集", "已递交", "办理中")

DUTY_SHIFTS = ("白班", "夜班", "错时", "节假日")

CHANGE_ACTIONS = ("create", "update", "archive", "restore", "event", "disclose", "delete")

# Labels of the person and household fields (history, import, change log); also
# ``services.register.PERSON_LABELS`` / ``HOUSEHOLD_LABELS``.
PERSON_LABELS: dict[str, str] = {
    "name": "姓名", "former_name": "曾用名", "gender": "性别", "ethnicity": "民族",
    "id_number": "公民身份号码", "birth_date": "出生日期", "relation": "与户主关系",
    "native_place": "籍贯", "hukou_address": "户籍地址", "category": "人员类别",
    "separated": "人户分离", "actual_address": "实际居住地", "political": "政治面貌",
    "education": "文化程度", "marital": "婚姻状况", "religion": "宗教信仰", "health": "健康状况",
    "military": "兵役状况", "occupation": "工作学习情况", "employer": "工作单位或就读学校",
    "phone": "联系电话", "phone_other": "其他电话", "status": "状态", "status_date": "状态日期",
    "destination": "迁往地/去向", "moved_in_on": "迁入日期", "moved_from": "迁入来源",
    "notes": "备注", "extra": "其他信息", "household_id": "所属户",
}  # fmt: skip
HOUSEHOLD_LABELS: dict[str, str] = {
    "number": "户号", "grid_id": "网格", "room_id": "房屋", "address": "住址", "kind": "户别",
    "housing": "住房类别", "owner": "产权人", "landlord": "出租人", "landlord_phone": "出租人电话",
    "hazards": "隐患情况", "notes": "备注", "head_id": "户主", "status": "状态",
    "sort_key": "排序", "archived_on": "注销日期", "archive_reason": "注销原因",
}  # fmt: skip
# Life events, as the register's forms and the undo menu name them.
EVENT_LABELS: dict[str, str] = {
    "birth": "出生", "death": "去世", "move_out": "迁出", "move_in": "迁入",
    "move_person": "迁往本辖区其他户", "split_household": "分户", "set_head": "更换户主",
    "move_household": "户迁址", "move_out_household": "全户迁出",
    "enter_group": "纳入重点人群", "leave_group": "退出重点人群",
}  # fmt: skip
HOUSEHOLD_STATUS_LABELS = {HOUSEHOLD_ACTIVE: "在册", HOUSEHOLD_ARCHIVED: "已注销"}
# Labels of the work records' fields (visits, issues, errands, group entries, duty shifts) in
# their history; ``RECORD_LABELS`` names each kind of record.
WORK_LABELS: dict[str, str] = {
    "number": "编号", "title": "标题", "category": "类别", "source": "来源", "urgency": "紧急程度",
    "household_id": "户", "person_id": "居民", "visit_id": "走访", "grid_id": "网格",
    "area_id": "网格", "place": "地点", "people": "涉及人员", "description": "情况说明",
    "state": "状态", "reported_by": "登记人", "reported_on": "登记日期", "worker_id": "网格员",
    "station": "承办单位", "handler": "承办人", "due_on": "办理时限", "escalated_on": "上报日期",
    "done_on": "办结日期", "closed_on": "结案日期", "result": "办理结果", "satisfied": "居民满意",
    "consultation": "有事好商量", "consultation_outcome": "协商结果", "errand": "代办事项",
    "materials_missing": "缺少材料", "office": "办理部门", "accepted_by": "受理人",
    "requested_on": "受理日期", "promised_on": "承诺办结日期", "returned_on": "反馈日期",
    "visited_on": "走访日期", "visited_time": "走访时间", "visitor": "走访人",
    "companions": "同行人员", "way": "走访方式", "met": "接待人", "situation": "基本情况",
    "difficulties": "困难", "requests": "诉求", "hazards": "隐患", "policy": "政策宣传",
    "measures": "措施", "follow_up": "跟进", "notes": "备注", "group_id": "重点人群",
    "joined_on": "纳入日期", "join_reason": "纳入原因", "left_on": "退出日期",
    "leave_reason": "退出原因", "fields": "登记信息", "needs": "服务需求", "on": "值班日期",
    "shift": "班次", "start_time": "开始时间", "end_time": "结束时间", "name": "姓名",
    "phone": "电话", "holiday": "节假日", "swapped_from": "调班自", "issue_id": "问题",
    "request_id": "代办", "at": "时间", "actor": "经办人", "action": "操作",
    "from_state": "原状态", "to_state": "新状态", "note": "说明", "code": "编码",
    "photo": "照片", "role": "职务", "published": "公示", "active": "在岗",
}  # fmt: skip
RECORD_LABELS: dict[str, str] = {
    "person": "人员", "household": "户", "visit": "走访", "issue": "问题", "issue_step": "问题步骤",
    "service_request": "代办", "service_step": "代办步骤", "group_membership": "重点人群记录",
    "party_member": "党员记录", "duty_shift": "值班", "area": "网格", "register": "台账",
    "compound": "小区", "building": "楼栋", "unit": "单元", "room": "房屋",
    "worker": "网格员",
}  # fmt: skip
