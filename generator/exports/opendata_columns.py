"""What each column of the open data means: data/<table>.json and .csv, documented as JSON
Schemas in schema/data-<table>.schema.json. Columns are only ever added, never renamed or
removed; a column whose meaning changed says since when.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.exports.formats import HEADERS_ZH

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

TABLES = {
    "organizations": "社区社会组织：每个机构一行",
    "projects": "服务项目：每个项目一行",
    "activities": "活动：每次活动一行，只在主办机构下出现一次（联合主办的活动不重复）",
    "needs": "项目需求：每个项目的每条需求一行（资金、志愿者、场地、合作机构），含已满足和已截止的",
    "calls": "项目征集：民政局和街道发布的政府购买服务、公益创投等征集，每个征集一行",
}

COLUMNS: dict[str, dict[str, str]] = {
    "organizations": {
        "id": "机构编号，即网址 /orgs/<编号>/",
        "name": "机构全称",
        "short_name": "简称",
        "status": "登记状态代码：registered、filed、pending 等",
        "status_label": "登记状态（中文）",
        "uscc": "统一社会信用代码（已登记的机构）",
        "filing_no": "备案编号（已备案的机构）",
        "authority": "登记或备案机关",
        "registered_or_filed_on": "登记或备案日期",
        "founded": "成立时间（年、年月或年月日）",
        "category": "类别",
        "fields": "服务领域（CSV 中以“；”分隔）",
        "service_targets": "服务对象（CSV 中以“；”分隔）",
        "district": "所在区（县）",
        "street": "所在街道（乡镇）",
        "community": "所在社区（村）",
        "guiding_unit": "指导单位",
        "parent": "确认了其成员身份的第一个枢纽型组织的编号（为兼容保留；全部见 member_of）",
        "phone": "机构的联系电话",
        "email": "机构的电子邮箱",
        "grade": "有效的评估等级",
        "grade_valid_until": "评估等级有效期至",
        "inspection": "最近一次年检结论",
        "abnormal_list": "是否列入活动异常名录",
        "projects": "本机构的服务项目数",
        "activities": (
            "本机构主办的活动数（只数本机构文件夹中的活动）。联合主办的活动只计入主办机构，"
            "所以各机构的 activities 之和等于活动总数。此前此列也计入了本机构参与联合主办的活动"
        ),
        "url": "机构页面的网址",
        "activities_joined": (
            "本机构参与联合主办、由其他机构主办的活动数；不计入 activities，也不计入任何活动总数"
        ),
        "member_of": "确认了其成员身份的全部枢纽型组织的编号（只声明未确认的不列出；CSV 中以“；”分隔）",
        # the bureau's registers (content/registers/), as on the date the build speaks for
        "grade_awarded_on": "最近一次评估等级的评定日期（无论是否仍在有效期内）",
        "listed": "是否列入任何名录（活动异常名录或严重违法失信名单），以生成日期为准",
        "listed_since": "列入日期（列入多个名录时为最近一次列入的日期）",
        "list_name": "所列名录：活动异常名录或严重违法失信名单",
        "list_authority": "作出列入决定的机关",
        "status_change": "注销或撤销登记：deregistered（已注销）或 revoked（已撤销登记）；未注销、撤销的为空",
        "status_change_on": "注销或撤销登记的日期",
        "status_change_authority": "作出注销或撤销登记决定的机关",
        "verified_on": "民政部门最近一次核实本机构资料的日期",
        # standing on the build's date (generator.model.standing)
        "report_overdue": "是否年报逾期：过了设置的截止日（如次年 5 月 31 日）仍未报送上一年度报告的"
        "登记或备案机构（培育中的和当年成立的不算；民政局批准延期的到延期截止日后才算）",
        "report_overdue_year": "逾期未报送的年报年度",
        "report_overdue_since": "逾期起始日期（截止日或延期截止日的次日）",
        "report_extended_until": "民政局批准的年报延期截止日（延期有效时）",
        "disclosure_level": "公示等级代码（按网站设置的等级规则从记录计算；不是评估等级）；未达任何等级为空",
        "disclosure_level_name": "公示等级名称",
        "disclosure_level_since": "达到当前公示等级的日期（由记录中的日期确定）",
        "code": "居民认识的编号：已登记的为统一社会信用代码，已备案的为备案编号，培育中的写“培育中”",
        "member_of_names": "member_of 中各枢纽型组织的名称，顺序相同（CSV 中以“；”分隔）",
    },
    "projects": {
        "org_id": "主办机构编号",
        "org_name": "主办机构名称",
        "id": "项目编号",
        "title": "项目名称",
        "plan": "所属计划代码",
        "plan_label": "所属计划",
        "status": "项目状态代码",
        "fields": "服务领域（CSV 中以“；”分隔）",
        "start": "开始日期",
        "end": "结束日期",
        "funding_total_cny": "资金合计（元）",
        "funding_types": "资金类型（CSV 中以“；”分隔）",
        "beneficiaries": "受益人数",
        "person_times": "受益人次",
        "brand_project": "是否品牌项目",
        "url": "项目页面的网址",
        "org_code": "主办机构的统一社会信用代码、备案编号或“培育中”",
    },
    "activities": {
        "org_id": "主办机构编号（活动只属于主办机构）",
        "org_name": "主办机构名称",
        "id": "活动编号（日期-简称）",
        "title": "活动名称",
        "date": "日期",
        "end_date": "结束日期",
        "place": "地点",
        "type": "活动类型",
        "theme": "主题",
        "project": "所属项目编号",
        "co_organizers": "主办机构列出的联合主办机构编号（CSV 中以“；”分隔）",
        "participants": "参与人数",
        "volunteers": "志愿者人数",
        "volunteer_hours": "本次活动登记的志愿服务时长（小时）",
        "photos": "公开的照片数",
        "url": "活动页面的网址",
        "org_code": "主办机构的统一社会信用代码、备案编号或“培育中”",
        "co_organizer_names": "co_organizers 中各联合主办机构的名称，顺序相同（CSV 中以“；”分隔）",
    },
    "needs": {
        "org_id": "机构编号", "org_name": "机构名称", "project_id": "项目编号",
        "project_title": "项目名称",
        "kind": "需要什么：funding（资金）、volunteers（志愿者）、venue（场地）、partner（合作机构）",
        "kind_label": "需要什么（中文）", "summary": "需求说明", "amount_cny": "需要的资金（元）",
        "funder": "希望的资助方：government、foundation、enterprise、public、any",
        "count": "需要的志愿者人数", "skills": "技能要求（CSV 中以“；”分隔）", "when": "时间",
        "posted_on": "发布日期", "until": "截止日期（含当天）", "met_on": "满足日期",
        "status": "状态：open（正在寻找）、met（已满足）、expired（已截止未满足），以生成日期为准",
        "status_on": "当前状态开始的日期（发布日期、满足日期或截止日期的次日）",
        "district": "项目所在区（县）", "fields": "服务领域（CSV 中以“；”分隔）",
        "service_targets": "服务对象（CSV 中以“；”分隔）", "url": "需求在项目对接页面上的网址",
    },
    "calls": {
        "id": "征集编号：content/calls/ 下的文件名，街道文件夹的为“文件夹/文件名”",
        "title": "征集名称", "kind": "类型代码：government_purchase、venture、other",
        "kind_label": "类型", "issuer": "发布单位", "opens_on": "发布日期",
        "deadline": "申报截止日期", "open": "是否仍在申报期内，以生成日期为准",
        "budget_cny": "预算总额（元）", "max_per_project_cny": "单个项目上限（元）",
        "projects_planned": "计划资助项目数",
        "answers": "响应这个征集的项目（机构编号/项目编号，CSV 中以“；”分隔）",
        "url": "征集在项目对接页面上的网址",
    },
}  # fmt: skip


def table_schema(name: str, keys: list[str]) -> dict[str, Any]:
    """The JSON Schema of one open data table: each column's CSV header and meaning."""
    notes = COLUMNS.get(name, {})
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"data-{name}.schema.json",
        "title": f"开放数据 data/{name}.json 与 data/{name}.csv",
        "description": TABLES.get(name, ""),
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                key: {"title": HEADERS_ZH.get(key, key), "description": notes.get(key, "")}
                for key in keys
            },
        },
    }


def write_table_schemas(tables: dict[str, list[dict[str, Any]]], directory: Path) -> None:
    """schema/data-<table>.schema.json for every open data table, from the columns it has."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        keys = list(rows[0]) if rows else list(COLUMNS.get(name, {}))
        text = json.dumps(table_schema(name, keys), ensure_ascii=False, indent=2) + "\n"
        (directory / f"data-{name}.schema.json").write_bytes(text.encode("utf-8"))
