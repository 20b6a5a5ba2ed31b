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
    "sort_key": "排序",
}  # fmt: skip
