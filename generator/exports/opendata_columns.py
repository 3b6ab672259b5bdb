"""What each column of the open data means: data/<table>.json and .csv, documented as JSON
Schemas in schema/data-<table>.schema.json. Columns are only ever added, never renamed or
removed; a column whose meaning changed says since when.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.exports.formats import HEADERS_ZH
from generator.views.pages import PageSpec

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

TABLES = {
    "organizations": "社区社会组织：每个机构一行",
    "projects": "服务项目：每个项目一行",
    "activities": "活动：每次活动一行，只在主办机构下出现一次（联合主办的活动不重复）",
    "needs": "项目需求：每个项目的每条需求一行（资金、志愿者、场地、合作机构），含已满足和已截止的",
    "calls": "项目征集：民政局和街道发布的政府购买服务、公益创投等征集，每个征集一行",
    "reports": "年度报告：每个机构每个年度一行，按机构报送的原样（已公示年度的结果以公示页面为准）",
    "corrections": "年度报告的更正：每条更正一行",
    "memberships": "枢纽型组织的成员：双方（或民政局）确认的每一对成员和枢纽型组织一行",
    "incubations": "孵化关系：双方（或民政局的支持平台登记册）确认的每一对机构和孵化平台一行",
    "grades": "评估等级：民政局评估等级登记册的每条记录一行，附机构名称",
    "platforms": "支持平台和孵化基地：民政局支持平台登记册的每个平台一行",
}
CONFIRMED_BY = "确认方式：other（对方在自己的文件夹中确认）、bureau（民政局的 links.yml）或 platforms（民政局的支持平台登记册）"

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
        "former_names": "曾用名（CSV 中以“；”分隔）",
        "members": "枢纽型组织确认、成员也声明了的成员组织编号（CSV 中以“；”分隔）",
        "incubated_by": "确认了孵化关系的孵化平台编号（机构编号或支持平台编号）",
        "incubated": "本机构作为孵化平台、确认孵化的机构编号",
        "legal_representative": "法定代表人（已登记的机构，按登记证书）",
        "funds_cny": "注册资金或开办资金（元）",
        "funds_kind": "注册资金（社会团体、基金会）或开办资金（民办非企业单位），按统一社会信用代码第 2 位",
        "domicile": "住所（按登记证书）",
        "certificate_valid_from": "登记证书有效期起",
        "certificate_valid_until": "登记证书有效期至",
        "business_scope": "业务范围（按登记证书）",
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
        "person_times": "人次：分几次进行的活动（如培训班）每次到场人数之和；空时按参与人数",
        "co_organizer_roles": (
            "确认了的联合主办机构及主办机构写明的角色，形如“编号:角色”（CSV 中以“；”分隔）；"
            "org_id 是牵头主办的机构"
        ),
    },
    "reports": {
        "org_id": "机构编号",
        "org_name": "机构名称",
        "year": "年度",
        "activities_count": "年报填写的开展活动次数",
        "beneficiaries": "服务人次",
        "volunteer_hours": "志愿服务时长（小时）",
        "training_delivered": "本机构组织的培训人次（民政局培训总数的来源）",
        "training_attended": "本机构成员参加其他单位培训的人次（只展示，不计入总数）",
        "income_total": "收入合计（元）",
        "expenditure_total": "支出合计（元）",
        "corrections": "这份年报的更正条数（见 corrections 表）",
        "url": "机构页面年度报告部分的网址",
    },
    "corrections": {
        "org_id": "机构编号",
        "org_name": "机构名称",
        "year": "更正的年报年度",
        "on": "更正日期",
        "note": "更正说明",
    },
    "memberships": {
        "org_id": "成员机构编号",
        "org_name": "成员机构名称",
        "hub_id": "枢纽型组织编号",
        "hub_name": "枢纽型组织名称",
        "confirmed_by": CONFIRMED_BY,
    },
    "incubations": {
        "org_id": "被孵化机构编号",
        "org_name": "被孵化机构名称",
        "platform_id": "孵化平台编号（机构编号或支持平台编号）",
        "platform_name": "孵化平台名称",
        "since": "孵化开始（年、年月或日期）",
        "until": "出壳（孵化结束）；空为仍在孵化",
        "confirmed_by": CONFIRMED_BY,
    },
    "grades": {
        "org_id": "机构编号",
        "org_name": "机构名称",
        "grade": "评估等级（5A–1A）",
        "awarded_on": "评定日期",
        "valid_until": "有效期至",
        "ended_on": "提前终止日期",
        "grade_authority": "评定机关",
        "in_force": "在网站生成的日期是否有效",
    },
    "platforms": {
        "id": "平台编号，即网址 /platforms/<编号>/",
        "name": "平台名称",
        "kind": "平台类型",
        "run_by": "举办机构编号",
        "operator": "运营机构名称",
        "operator_org": "运营机构编号",
        "operator_role": "运营机构的角色",
        "partners": "其他合作机构及角色（CSV 中以“；”分隔）",
        "address": "地址",
        "incubated": "确认孵化的机构编号（CSV 中以“；”分隔）",
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


def dictionary_page(site_name: str) -> PageSpec:
    """data/: the open data's dictionary — every table, its files and each column's CSV header and
    meaning, from the same table as the schemas (CSV and JSON alike)."""
    tables = [
        {
            "name": name,
            "description": description,
            "columns": [
                (key, HEADERS_ZH.get(key, key), meaning) for key, meaning in COLUMNS[name].items()
            ],
        }
        for name, description in TABLES.items()
    ]
    return PageSpec(
        url="data/",
        template="gongshi/data.html",
        title="开放数据",
        description=f"{site_name}的开放数据：每张表的 CSV 和 JSON 文件、每一列的含义和 JSON Schema",
        kind="index",
        context={"tables": tables},
    )
