"""Name material for generated demo and test data (common surnames and given-name characters)."""

from __future__ import annotations

# Frequent surnames in Henan, most frequent first (weights follow roughly).
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁"
    "任卢姚沈钟姜崔谭陆范汪廖石金贾韦夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官")
MALE_CHARS = (
    "伟强磊军勇杰涛明超亮刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林海峰建国志红卫东文博晨阳子轩浩然"
)
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲桂英梅琳燕萍雪慧婷颖倩洁欣怡佳雨涵可馨紫萱淑珍兰凤琴云莉丹蕾"
ELDER_MALE = (
    "建国",
    "国庆",
    "保国",
    "卫东",
    "志强",
    "德明",
    "长安",
    "福生",
    "振华",
    "国强",
    "学文",
    "文革",
)
ELDER_FEMALE = (
    "桂兰",
    "秀英",
    "玉兰",
    "凤英",
    "秀珍",
    "淑芬",
    "桂英",
    "翠花",
    "素梅",
    "玉珍",
    "秀兰",
)
