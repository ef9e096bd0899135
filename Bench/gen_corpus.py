#!/usr/bin/env python3
"""The benchmark corpus: N synthetic activity write-ups of a one-year union service contract.

usage: gen_corpus.py OUT_DIR N [--seed SEED]

Writes OUT_DIR/Content/project.yml, indicators.yml and activities/YYYY/MM/aNNNNN.md in the
format of the content spec (docs/format/): N write-ups spread evenly over the twelve
months 2025-04 .. 2026-03 of the period 2025-04-08 .. 2026-04-08. Each write-up has the
front matter title, date, category, location, participants, tags and counts (one or two
indicators of its category), then a Chinese body in plain CommonMark: an opening paragraph,
`##` sections of paragraphs with some bold text and links, bullet lists, quotes and remote
images; bodies run from about 1,000 to 4,500 characters, 7.5 KB on average. 11 categories,
30 indicators, 14 of them with targets (scaled by N / 1000), the rest qualitative.

Deterministic: the same N and seed give byte-identical files on any machine (Python's
random.Random is specified for a given seed). The default seed keeps figures comparable
from one run to the next; bench.py and the kill test use it.
"""
import argparse
import os
import random

DEFAULT_SEED = 20250408
PERIOD = ("2025-04-08", "2026-04-08")
MONTHS = [(2025, m) for m in range(4, 13)] + [(2026, m) for m in range(1, 4)]

# Category → its indicator ids, in the contract annex's order.
CATEGORIES = [
    ("组织建设", ["unions_established", "members_reported", "union_ledger"]),
    ("职工服务", ["discount_merchants", "service_events"]),
    ("宣传教育", ["plenum_lectures", "worker_libraries", "culture_visits"]),
    ("生产保障", ["skills_contests", "trainings", "seasonal_aid"]),
    ("困难帮扶", ["hardship_survey", "hardship_visits"]),
    ("权益维护", ["lawyers_in_firms", "legal_talks", "contract_survey"]),
    ("企业调研", ["research_topic", "opinions_collected"]),
    ("亮点工程", ["highlight_cases"]),
    ("女职工", ["care_rooms", "care_classes", "matchmaking", "psych_specialists", "care_staff",
              "happiness_classes"]),
    ("网络安全", ["cyber_talks"]),
    ("其他业务", ["assigned_tasks"]),
]
# Targets per 1,000 write-ups; indicators not listed are qualitative (no target).
TARGETS = {
    "unions_established": 70, "members_reported": 6000, "plenum_lectures": 3, "worker_libraries": 4,
    "lawyers_in_firms": 100, "care_rooms": 1, "care_classes": 7, "matchmaking": 3, "psych_specialists": 10,
    "care_staff": 240, "happiness_classes": 4, "cyber_talks": 1, "trainings": 40, "hardship_visits": 200,
}
# Indicators whose write-ups count people rather than events.
HEADCOUNTS = {"members_reported", "care_staff"}

STREETS = ["建设路街道", "林山寨街道", "三官庙街道", "绿东村街道", "秦岭路街道", "桐柏路街道", "棉纺路街道",
           "汝河路街道", "须水街道", "中原西路街道"]
FIRMS = ["恒信科技", "华鼎物流", "中益餐饮", "瑞丰建设", "金鹏商贸", "嘉禾物业", "鑫源医疗", "博远传媒",
         "通达运输", "宏图机械"]
SECTIONS = ["活动背景", "主要做法", "取得成效", "职工反馈", "下一步打算"]

# Sentences are put together from a subject, an action and an outcome, so that bodies vary.
SUBJECTS = [
    "项目组社会化工会工作者", "区总工会相关负责同志", "街道总工会联络员", "企业工会主席", "工会律师服务团成员",
    "女职工委员会委员", "劳模工匠宣讲团", "心理咨询师", "一线职工代表", "新就业形态劳动者代表",
]
ACTIONS = [
    "深入辖区企业走访，面对面了解职工在劳动报酬、休息休假和社会保险方面的诉求",
    "讲解工会会员的权利与义务，现场指导职工通过线上平台完成入会登记",
    "为企业开展劳动用工法律体检，逐条梳理劳动合同和规章制度中的风险点",
    "围绕新就业形态劳动者入会工作，走访快递网点、外卖站点和网约车服务中心",
    "查看女职工关爱室的设施配备情况，听取孕期和哺乳期女职工的意见建议",
    "结合身边劳模工匠的先进事迹，解读全会精神和工会工作的新任务新要求",
    "整理企业工会组建台账，逐家核对会员信息上报情况并现场补齐材料",
    "走访慰问困难职工家庭，送去米面油等生活物资，详细了解家庭收支状况",
    "指导企业工会围绕工资增长和劳动定额向企业发出集体协商要约",
    "组织电工、焊工和叉车等工种的技能比武，邀请行业专家担任评委",
    "开展电信诈骗防范和个人信息保护宣传，向职工发放宣传资料并现场答疑",
    "为职工书屋补充新书，开通电子阅读平台，并组织读书分享会",
]
OUTCOMES = [
    "职工们表示工会就是职工的“娘家”，这样的活动办到了大家的心坎上",
    "企业负责人表示将进一步规范用工管理，支持工会依法依章程开展工作",
    "现场收集意见建议二十余条，已逐条登记并转交相关部门跟进办理",
    "参加活动的职工普遍反映收获很大，希望今后多开展类似活动",
    "活动进一步扩大了工会组织的覆盖面和影响力，增强了职工的归属感",
    "项目组将持续跟踪落实情况，确保各项服务措施取得实效",
    "此次活动为下一阶段深化企业工会规范化建设打下了良好基础",
    "区总工会对项目组的工作给予肯定，要求及时总结经验、形成案例",
]
MARKS = ["。", "。", "；", "，"]


def sentence(rng):
    return f"{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)}，{rng.choice(OUTCOMES)}"


def paragraph(rng):
    text = "".join(sentence(rng) + rng.choice(MARKS) for _ in range(rng.randint(2, 4)))
    if not text.endswith("。"):
        text = text[:-1] + "。"
    roll = rng.random()
    if roll < 0.3:
        text = text.replace("职工", "**职工**", 1)
    elif roll < 0.45:
        text = text.replace("工会", "*工会*", 1)
    if rng.random() < 0.2:
        text += f"相关要求见[区总工会通知](https://example.org/notice/{rng.randint(1, 999)})。"
    return text


def body(rng, title):
    """About 720-2,800 characters of paragraphs, plus headings, lists, quotes and images."""
    lines = [sentence(rng) + "。" + sentence(rng) + "。", ""]
    wanted = rng.randint(720, 2800)
    written = 0
    section = rng.randrange(len(SECTIONS))
    while written < wanted:
        lines += [f"## {SECTIONS[section % len(SECTIONS)]}", ""]
        section += 1
        for _ in range(rng.randint(1, 3)):
            text = paragraph(rng)
            lines += [text, ""]
            written += len(text)
        extra = rng.random()
        if extra < 0.25:
            lines += [f"- {sentence(rng)}" for _ in range(rng.randint(2, 4))] + [""]
        elif extra < 0.4:
            lines += [f"> {rng.choice(OUTCOMES)}。", ""]
        elif extra < 0.5:
            lines += [f"![{title}](https://example.org/img/{rng.randint(1, 9999)}.jpg)", ""]
    return "\n".join(lines)


def project_yml():
    return ("name: 基准测试项目\nclient: 郑州市中原区总工会\nprovider: 郑州高新区舜华社会工作服务中心\n"
            f"period:\n  start: {PERIOD[0]}\n  end: {PERIOD[1]}\namount: 823825\n")


def indicators_yml(n):
    scale = max(1, n // 1000)
    out = ["categories:"]
    for name, ids in CATEGORIES:
        out += [f"  - name: {name}", "    indicators:"]
        for i in ids:
            out += [f"      - id: {i}", f"        name: {i}"]
            if i in TARGETS:
                out.append(f"        target: {TARGETS[i] * scale}")
    return "\n".join(out) + "\n"


def write_up(rng, k):
    """The k-th write-up (from 0): its folder (year, month) and its text."""
    year, month = MONTHS[k % len(MONTHS)]
    first_day = 8 if (year, month) == (2025, 4) else 1  # nothing before the period starts
    day = rng.randint(first_day, 28)
    category, ids = rng.choice(CATEGORIES)
    counted = rng.sample(ids, k=min(len(ids), rng.randint(1, 2)))
    title = f"{rng.choice(STREETS)}{rng.choice(FIRMS)}{category}活动（{k + 1}）"
    counts = []
    for i in counted:
        if i not in TARGETS:
            value = 1  # a qualitative indicator: the write-up is evidence
        elif i in HEADCOUNTS:
            value = rng.randint(1, 40)
        else:
            value = rng.randint(1, 3)
        counts.append(f"  {i}: {value}")
    front = [
        "---", f"title: {title}", f"date: {year}-{month:02d}-{day:02d}", f"category: {category}",
        f"location: {rng.choice(STREETS)}", f"participants: {rng.randint(10, 300)}",
        f"tags: [{category}, {rng.choice(STREETS)}]", "counts:", *counts, "---", "", "",
    ]
    return (year, month), "\n".join(front) + body(rng, title)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    content = os.path.join(args.out, "Content")
    os.makedirs(os.path.join(content, "activities"), exist_ok=True)
    with open(os.path.join(content, "project.yml"), "w", encoding="utf-8") as f:
        f.write(project_yml())
    with open(os.path.join(content, "indicators.yml"), "w", encoding="utf-8") as f:
        f.write(indicators_yml(args.n))
    for k in range(args.n):
        (year, month), text = write_up(rng, k)
        folder = os.path.join(content, "activities", f"{year}", f"{month:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"a{k + 1:05d}.md"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
