#!/usr/bin/env python3
"""The benchmark corpus: N synthetic activity write-ups of a one-year union service contract.

usage: gen_corpus.py OUT_DIR N [--seed SEED] [--materials K]

Writes OUT_DIR/Content/project.yml, indicators.yml and activities/YYYY/MM/aNNNNN.md in the
format of the content spec (docs/format/): N write-ups spread evenly over the twelve
months 2025-04 .. 2026-03 of the period 2025-04-08 .. 2026-04-08. Each write-up has the
front matter title, date, category, location, participants, tags and counts (one or two
indicators of its category), then a Chinese body in plain CommonMark: an opening paragraph,
`##` sections of paragraphs with some bold text and links, bullet lists, quotes and remote
images; bodies run from about 1,000 to 4,500 characters, 7.5 KB on average. 11 categories,
30 indicators, 14 of them with targets (scaled by N / 1000), the rest qualitative.

With `--materials K` each write-up also names K evidence files (佐证材料: 签到表, 照片, …),
small JPEGs beside it that differ in a comment segment (so each has its own content hash);
the rest of the corpus is byte-identical to the one without them.

Deterministic: the same N and seed give byte-identical files on any machine (Python's
random.Random is specified for a given seed). The default seed keeps figures comparable
from one run to the next; bench.py and the kill test use it.
"""
import argparse
import base64
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


# A 64×48 JPEG made with Ghostscript (a ruled sign-in sheet), the template of every evidence file.
EVIDENCE_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/4gogSUNDX1BST0ZJTEUAAQEAAAoQAAAAAAIQAABtbnRyUkdCIFhZWiAAAAAAAAAAAAAAAABhY3NwQVBQTAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApkZXNjAAAA/AAAAHxjcHJ0AAABeAAAACh3dHB0AAABoAAAABRia3B0AAABtAAAABRyWFlaAAAByAAAABRnWFlaAAAB3AAAABRiWFlaAAAB8AAAABRyVFJDAAACBAAACAxnVFJDAAACBAAACAxiVFJDAAACBAAACAxkZXNjAAAAAAAAACJBcnRpZmV4IFNvZnR3YXJlIHNSR0IgSUNDIFByb2ZpbGUAAAAAAAAAAAAAACJBcnRpZmV4IFNvZnR3YXJlIHNSR0IgSUNDIFByb2ZpbGUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdGV4dAAAAABDb3B5cmlnaHQgQXJ0aWZleCBTb2Z0d2FyZSAyMDExAFhZWiAAAAAAAADzUQABAAAAARbMWFlaIAAAAAAAAAAAAAAAAAAAAABYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9jdXJ2AAAAAAAABAAAAAAFAAoADwAUABkAHgAjACgALQAyADcAOwBAAEUASgBPAFQAWQBeAGMAaABtAHIAdwB8AIEAhgCLAJAAlQCaAJ8ApACpAK4AsgC3ALwAwQDGAMsA0ADVANsA4ADlAOsA8AD2APsBAQEHAQ0BEwEZAR8BJQErATIBOAE+AUUBTAFSAVkBYAFnAW4BdQF8AYMBiwGSAZoBoQGpAbEBuQHBAckB0QHZAeEB6QHyAfoCAwIMAhQCHQImAi8COAJBAksCVAJdAmcCcQJ6AoQCjgKYAqICrAK2AsECywLVAuAC6wL1AwADCwMWAyEDLQM4A0MDTwNaA2YDcgN+A4oDlgOiA64DugPHA9MD4APsA/kEBgQTBCAELQQ7BEgEVQRjBHEEfgSMBJoEqAS2BMQE0wThBPAE/gUNBRwFKwU6BUkFWAVnBXcFhgWWBaYFtQXFBdUF5QX2BgYGFgYnBjcGSAZZBmoGewaMBp0GrwbABtEG4wb1BwcHGQcrBz0HTwdhB3QHhgeZB6wHvwfSB+UH+AgLCB8IMghGCFoIbgiCCJYIqgi+CNII5wj7CRAJJQk6CU8JZAl5CY8JpAm6Cc8J5Qn7ChEKJwo9ClQKagqBCpgKrgrFCtwK8wsLCyILOQtRC2kLgAuYC7ALyAvhC/kMEgwqDEMMXAx1DI4MpwzADNkM8w0NDSYNQA1aDXQNjg2pDcMN3g34DhMOLg5JDmQOfw6bDrYO0g7uDwkPJQ9BD14Peg+WD7MPzw/sEAkQJhBDEGEQfhCbELkQ1xD1ERMRMRFPEW0RjBGqEckR6BIHEiYSRRJkEoQSoxLDEuMTAxMjE0MTYxODE6QTxRPlFAYUJxRJFGoUixStFM4U8BUSFTQVVhV4FZsVvRXgFgMWJhZJFmwWjxayFtYW+hcdF0EXZReJF64X0hf3GBsYQBhlGIoYrxjVGPoZIBlFGWsZkRm3Gd0aBBoqGlEadxqeGsUa7BsUGzsbYxuKG7Ib2hwCHCocUhx7HKMczBz1HR4dRx1wHZkdwx3sHhYeQB5qHpQevh7pHxMfPh9pH5Qfvx/qIBUgQSBsIJggxCDwIRwhSCF1IaEhziH7IiciVSKCIq8i3SMKIzgjZiOUI8Ij8CQfJE0kfCSrJNolCSU4JWgllyXHJfcmJyZXJocmtyboJxgnSSd6J6sn3CgNKD8ocSiiKNQpBik4KWspnSnQKgIqNSpoKpsqzysCKzYraSudK9EsBSw5LG4soizXLQwtQS12Last4S4WLkwugi63Lu4vJC9aL5Evxy/+MDUwbDCkMNsxEjFKMYIxujHyMioyYzKbMtQzDTNGM38zuDPxNCs0ZTSeNNg1EzVNNYc1wjX9Njc2cjauNuk3JDdgN5w31zgUOFA4jDjIOQU5Qjl/Obw5+To2OnQ6sjrvOy07azuqO+g8JzxlPKQ84z0iPWE9oT3gPiA+YD6gPuA/IT9hP6I/4kAjQGRApkDnQSlBakGsQe5CMEJyQrVC90M6Q31DwEQDREdEikTORRJFVUWaRd5GIkZnRqtG8Ec1R3tHwEgFSEtIkUjXSR1JY0mpSfBKN0p9SsRLDEtTS5pL4kwqTHJMuk0CTUpNk03cTiVObk63TwBPSU+TT91QJ1BxULtRBlFQUZtR5lIxUnxSx1MTU19TqlP2VEJUj1TbVShVdVXCVg9WXFapVvdXRFeSV+BYL1h9WMtZGllpWbhaB1pWWqZa9VtFW5Vb5Vw1XIZc1l0nXXhdyV4aXmxevV8PX2Ffs2AFYFdgqmD8YU9homH1YklinGLwY0Njl2PrZEBklGTpZT1lkmXnZj1mkmboZz1nk2fpaD9olmjsaUNpmmnxakhqn2r3a09rp2v/bFdsr20IbWBtuW4SbmtuxG8eb3hv0XArcIZw4HE6cZVx8HJLcqZzAXNdc7h0FHRwdMx1KHWFdeF2Pnabdvh3VnezeBF4bnjMeSp5iXnnekZ6pXsEe2N7wnwhfIF84X1BfaF+AX5ifsJ/I3+Ef+WAR4CogQqBa4HNgjCCkoL0g1eDuoQdhICE44VHhauGDoZyhteHO4efiASIaYjOiTOJmYn+imSKyoswi5aL/IxjjMqNMY2Yjf+OZo7OjzaPnpAGkG6Q1pE/kaiSEZJ6kuOTTZO2lCCUipT0lV+VyZY0lp+XCpd1l+CYTJi4mSSZkJn8mmia1ZtCm6+cHJyJnPedZJ3SnkCerp8dn4uf+qBpoNihR6G2oiailqMGo3aj5qRWpMelOKWpphqmi6b9p26n4KhSqMSpN6mpqhyqj6sCq3Wr6axcrNCtRK24ri2uoa8Wr4uwALB1sOqxYLHWskuywrM4s660JbSctRO1irYBtnm28Ldot+C4WbjRuUq5wro7urW7LrunvCG8m70VvY++Cr6Evv+/er/1wHDA7MFnwePCX8Lbw1jD1MRRxM7FS8XIxkbGw8dBx7/IPci8yTrJuco4yrfLNsu2zDXMtc01zbXONs62zzfPuNA50LrRPNG+0j/SwdNE08bUSdTL1U7V0dZV1tjXXNfg2GTY6Nls2fHadtr724DcBdyK3RDdlt4c3qLfKd+v4DbgveFE4cziU+Lb42Pj6+Rz5PzlhOYN5pbnH+ep6DLovOlG6dDqW+rl63Dr++yG7RHtnO4o7rTvQO/M8Fjw5fFy8f/yjPMZ86f0NPTC9VD13vZt9vv3ivgZ+Kj5OPnH+lf65/t3/Af8mP0p/br+S/7c/23////bAEMAEAsMDgwKEA4NDhIREBMYKBoYFhYYMSMlHSg6Mz08OTM4N0BIXE5ARFdFNzhQbVFXX2JnaGc+TXF5cGR4XGVnY//bAEMBERISGBUYLxoaL2NCOEJjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY//AABEIADAAQAMBIgACEQEDEQH/xAAfAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgv/xAC1EAACAQMDAgQDBQUEBAAAAX0BAgMABBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygpKjQ1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+fr/xAAfAQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJCgv/xAC1EQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/AOyoqC5e7Xb9lhhlznd5sxTHpjCtn9Kg83Vf+fKy/wDAt/8A43UAXqKo+bqv/PlZf+Bb/wDxujzdV/58rL/wLf8A+N0AXqKo+bqv/PlZf+Bb/wDxujzdV/58rL/wLf8A+N0AXqKo+bqv/PlZf+Bb/wDxupbZ71pCLq3t40xwY52c5+hQfzoAdcvdrt+ywwy5zu82Ypj0xhWz+lQebqv/AD5WX/gW/wD8bqe5e7Xb9lhhlznd5sxTHpjCtn9Kg83Vf+fKy/8AAt//AI3QAebqv/PlZf8AgW//AMbo83Vf+fKy/wDAt/8A43R5uq/8+Vl/4Fv/APG6PN1X/nysv/At/wD43TAPN1X/AJ8rL/wLf/43R5uq/wDPlZf+Bb//ABujzdV/58rL/wAC3/8AjdHm6r/z5WX/AIFv/wDG6ADzdV/58rL/AMC3/wDjdS2z3rSEXVvbxpjgxzs5z9Cg/nUXm6r/AM+Vl/4Fv/8AG6ltnvWkIure3jTHBjnZzn6FB/OkA65e7Xb9lhhlznd5sxTHpjCtn9Kg83Vf+fKy/wDAt/8A43U9y92u37LDDLnO7zZimPTGFbP6VB5uq/8APlZf+Bb/APxugA83Vf8Anysv/At//jdHm6r/AM+Vl/4Fv/8AG6PN1X/nysv/AALf/wCN0ebqv/PlZf8AgW//AMbpgHm6r/z5WX/gW/8A8bo83Vf+fKy/8C3/APjdHm6r/wA+Vl/4Fv8A/G6PN1X/AJ8rL/wLf/43QAebqv8Az5WX/gW//wAbqW2e9aQi6t7eNMcGOdnOfoUH86i83Vf+fKy/8C3/APjdS2z3rSEXVvbxpjgxzs5z9Cg/nSA//9k=")
EVIDENCE_KINDS = ["签到表", "照片", "会议记录", "通知", "课件", "总结"]


def evidence_jpeg(k, kind):
    """The template with a COM segment naming the file, right after SOI: a distinct valid JPEG."""
    comment = f"a{k + 1:05d}-{kind}".encode("utf-8")
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return EVIDENCE_JPEG[:2] + segment + EVIDENCE_JPEG[2:]


def with_materials(text, k, kinds):
    """The write-up with `佐证材料` naming one file per kind, before its closing `---`."""
    lines = ["佐证材料:"] + [f"  {kind}: a{k + 1:05d}-{kind}.jpg" for kind in kinds]
    end = text.index("\n---\n", 4)
    return text[:end] + "\n" + "\n".join(lines) + text[end:]


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
    parser.add_argument("--materials", type=int, default=0, help="evidence files per write-up")
    args = parser.parse_args()
    kinds = EVIDENCE_KINDS[: args.materials]
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
        if kinds:
            text = with_materials(text, k, kinds)
            for kind in kinds:
                with open(os.path.join(folder, f"a{k + 1:05d}-{kind}.jpg"), "wb") as f:
                    f.write(evidence_jpeg(k, kind))
        with open(os.path.join(folder, f"a{k + 1:05d}.md"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
