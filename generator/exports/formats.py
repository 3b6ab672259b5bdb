"""The byte formats of the open data: CSV in UTF-8 with BOM and CRLF (so Excel opens Chinese text
correctly, with Chinese headers and no cell it would run as a formula) and JSON (UTF-8, dates
and decimals as JSON values). Used by the open data and by the annual results' downloads.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

HEADERS_ZH = {  # the open data's column keys → the headers of its CSV files
    "id": "编号", "name": "名称", "short_name": "简称", "status": "状态代码", "status_label": "登记状态",
    "uscc": "统一社会信用代码", "filing_no": "备案编号", "authority": "登记或备案机关",
    "registered_or_filed_on": "登记或备案日期", "founded": "成立时间", "category": "类别",
    "fields": "服务领域", "service_targets": "服务对象", "district": "区", "street": "街道（乡镇）",
    "community": "社区（村）", "guiding_unit": "指导单位", "member_of": "所属枢纽型组织", "phone": "联系电话",
    "email": "电子邮箱", "grade": "评估等级", "grade_valid_until": "等级有效期至", "inspection": "年检结论",
    "abnormal_list": "列入活动异常名录", "projects": "项目数", "activities": "主办的活动数", "url": "网址",
    "activities_joined": "联合主办（参与）的活动数",
    "org_id": "机构编号", "org_name": "机构名称", "title": "名称", "plan": "计划代码", "plan_label": "所属计划",
    "start": "开始日期", "end": "结束日期", "funding_total_cny": "资金合计（元）", "funding_types": "资金类型",
    "beneficiaries": "受益人数", "person_times": "受益人次", "brand_project": "品牌项目", "date": "日期",
    "end_date": "结束日期", "place": "地点", "type": "类型", "theme": "主题", "project": "项目编号",
    "co_organizers": "联合主办", "participants": "参与人数", "volunteers": "志愿者人数",
    "volunteer_hours": "志愿服务时长（小时）", "photos": "照片数",
    # the bureau's registers
    "grade_awarded_on": "等级评定日期", "listed": "列入名录", "listed_since": "列入日期",
    "list_name": "所列名录", "list_authority": "列入决定机关", "status_change": "注销或撤销登记",
    "status_change_on": "注销或撤销日期", "status_change_authority": "注销或撤销机关",
    "verified_on": "资料核实日期",
    # standing: overdue reports and disclosure levels (generator.model.standing)
    "report_overdue": "年报逾期", "report_overdue_year": "逾期年报年度",
    "report_overdue_since": "逾期起始日期", "report_extended_until": "年报延期至",
    "disclosure_level": "公示等级代码", "disclosure_level_name": "公示等级",
    "disclosure_level_since": "公示等级起始日期",
    # the matchmaking board: needs and calls (generator.exports.board)
    "project_id": "项目编号", "project_title": "项目名称", "kind": "类型", "kind_label": "类型名称",
    "summary": "说明", "amount_cny": "金额（元）", "funder": "希望的资助方", "count": "人数",
    "skills": "技能要求", "when": "时间", "posted_on": "发布日期", "until": "截止或结束日期",
    "met_on": "满足日期", "status_on": "状态开始日期", "issuer": "发布单位", "opens_on": "发布日期",
    "deadline": "申报截止日期", "open": "申报中", "budget_cny": "预算总额（元）",
    "max_per_project_cny": "单个项目上限（元）", "projects_planned": "计划资助项目数",
    "answers": "响应的项目",
    # names and codes beside the ids
    "code": "统一社会信用代码或备案编号", "member_of_names": "所属枢纽型组织名称",
    "org_code": "机构统一社会信用代码或备案编号", "co_organizer_names": "联合主办机构名称",
    # hubs, platforms, reports and corrections (issue 21)
    "former_names": "曾用名", "members": "确认的成员组织", "incubated_by": "孵化平台", "incubated": "孵化的机构",
    "co_organizer_roles": "联合主办机构及角色", "year": "年度", "activities_count": "开展活动（次）",
    "training_delivered": "组织培训（人次）", "training_attended": "参加培训（人次）",
    "income_total": "收入合计（元）", "expenditure_total": "支出合计（元）", "corrections": "更正条数",
    "on": "日期", "note": "说明", "hub_id": "枢纽型组织编号", "hub_name": "枢纽型组织名称",
    "confirmed_by": "确认方式", "platform_id": "平台编号", "platform_name": "平台名称", "since": "开始", "awarded_on": "评定日期", "valid_until": "有效期至", "ended_on": "提前终止日期",
    "in_force": "生成日期时有效", "run_by": "举办机构编号", "operator": "运营机构",
    "operator_org": "运营机构编号", "operator_role": "运营机构的角色", "partners": "其他合作机构",
    "address": "地址", "grade_authority": "评定机关",
    "legal_representative": "法定代表人", "funds_cny": "注册资金或开办资金（元）", "funds_kind": "资金名称",
    "domicile": "住所", "certificate_valid_from": "登记证书有效期起", "certificate_valid_until": "登记证书有效期至",
    "business_scope": "业务范围",
}  # fmt: skip


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a cell Excel would run as a formula


def csv_bytes(rows: list[dict[str, Any]], columns: Iterable[str] = ()) -> bytes:
    """CSV in UTF-8 with BOM and CRLF line ends, so Excel opens Chinese text correctly; a table
    without rows keeps its header row when its columns are given."""
    buffer = io.StringIO()
    columns = list(rows[0]) if rows else list(columns)
    if columns:
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([HEADERS_ZH.get(c, c) for c in columns])
        for row in rows:
            writer.writerow([_csv_cell(row[c]) for c in columns])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def _csv_cell(value: Any) -> Any:
    """A value as Excel should read it: text, a number, 是/否; never a formula."""
    if type(value) is str:  # most cells (the same test as below, first)
        return "'" + value if value[:1] in _FORMULA_STARTS else value
    value = _text(value)
    if isinstance(value, Decimal):
        value = _json_default(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        return "'" + value  # a cell Excel would run as a formula
    return value


def _json_default(value: Any) -> Any:
    """Dates as ISO text, whole decimals as integers, other decimals as floats."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def json_bytes(data: Any) -> bytes:
    """JSON in UTF-8 ending with a newline: a table (a list of rows) one row a line, so that a
    diff of two versions shows the rows that changed; anything else indented by one space.

    A table is written by json's C encoder, row by row (an indented dump runs the pure-Python
    encoder: 2.6 of the 3 seconds the open data of 2,000 organizations took to write)."""
    if isinstance(data, list) and data and all(isinstance(row, dict) for row in data):
        rows = ",\n".join(
            json.dumps(row, ensure_ascii=False, separators=(", ", ": "), default=_json_default)
            for row in data
        )
        return f"[\n{rows}\n]\n".encode()
    text = json.dumps(data, ensure_ascii=False, indent=1, default=_json_default)
    return (text + "\n").encode("utf-8")


def _text(value: Any) -> Any:
    """Dates as ISO text, lists joined by '；', None as an empty cell."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    return "" if value is None else value
