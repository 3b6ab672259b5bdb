"""What a Chinese government website shows about itself (site_config.yml → plugins → gongshi →
site_info): the short name of the phone header, the footer's 主办单位, 承办单位, contact,
监督电话, ICP 备案号, 公安备案号 and 网站标识码, and whether staff links show to residents.

Each footer item is left out of the page when it is not set. The filing numbers are checked for
their form only (the filing systems are not asked): a number the filing system would never issue
is a finding at its line, not a wrong footer on every page.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from generator.input.fieldtypes import Bool, Text
from generator.input.records.base import F, Record
from generator.input.records.organization import EMAIL_PATTERN

# The MIIT filing system (ICP 备案) and the Ministry of Public Security's (公安备案), which the
# footer's numbers link to, as the filing rules ask.
ICP_SYSTEM = "https://beian.miit.gov.cn/"
POLICE_SYSTEM = "https://beian.mps.gov.cn/#/query/webSearch?code="

_ICP = re.compile(r"^\S{1,4}ICP[备证]\d{6,10}号(-\d{1,3})?$")
_POLICE = re.compile(r"^\S{1,4}公网安备\s?(\d{14})号$")
_SITE_CODE = re.compile(r"^[0-9A-Za-z]{10}$")


def _form(pattern: re.Pattern[str], what: str, example: str, what_en: str):
    def check(value: str) -> str:
        text = value.strip()
        if not pattern.match(text):
            raise PydanticCustomError(
                "gongshi_invalid_format",
                what_en,
                {
                    "value": value,
                    "hint_zh": f"{what}照备案系统里的原样填写，如 {example}",
                    "hint_en": f"{what_en} exactly as the filing system shows it, e.g. {example}",
                },
            )
        return text

    return check


IcpNumber = Annotated[
    str,
    AfterValidator(_form(_ICP, "ICP 备案号", "溪ICP备12345678号-1", "the ICP filing number")),
    WithJsonSchema({"type": "string", "description": "ICP 备案号，如 溪ICP备12345678号-1"}),
]
PoliceNumber = Annotated[
    str,
    AfterValidator(
        _form(_POLICE, "公安备案号", "溪公网安备 12010202000001号", "the public security filing")
    ),
    WithJsonSchema({"type": "string", "description": "公安备案号，如 溪公网安备 12010202000001号"}),
]
SiteCode = Annotated[
    str,
    AfterValidator(_form(_SITE_CODE, "网站标识码", "1201000001", "the website identifier")),
    WithJsonSchema({"type": "string", "description": "政府网站标识码，10 位字母或数字"}),
]


class SiteInfo(Record):
    """网站信息：手机页头的简称、页脚的主办单位、联系方式和备案号，以及给工作人员的链接。"""

    short_name: Text | None = F(
        "网站简称",
        "手机页头放不下全称时显示，如 云溪公示；不填则显示全称",
        default=None,
        max_length=8,
    )
    sponsor: Text | None = F("主办单位", "如 云溪市民政局", default=None, max_length=60)
    organizer: Text | None = F("承办单位", "如 云溪市社会组织服务中心", default=None, max_length=60)
    address: Text | None = F("联系地址", default=None, max_length=100)
    phone: Text | None = F("联系电话", default=None, max_length=30)
    email: Annotated[str, Field(pattern=EMAIL_PATTERN, max_length=80)] | None = F(
        "联系邮箱", default=None
    )
    supervision_phone: Text | None = F(
        "监督电话", "居民反映公示内容有误、举报问题的电话", default=None, max_length=30
    )
    icp: IcpNumber | None = F("ICP 备案号", "页脚显示并链接到工业和信息化部备案系统", default=None)
    police_filing: PoliceNumber | None = F(
        "公安备案号", "页脚显示并链接到全国互联网安全管理服务平台", default=None
    )
    site_code: SiteCode | None = F("网站标识码", "政府网站的 10 位标识码", default=None)
    staff_links: Bool = F(
        "显示给工作人员的链接",
        "true（默认）：页头“参与和提交”里有代码仓库，记录页末尾有“在线修改此记录”；"
        "false：都不显示（在线填报页仍然可用）",
        default=True,
    )

    @property
    def police_filing_url(self) -> str | None:
        """The public security filing system's page of this site's number."""
        found = _POLICE.match(self.police_filing or "")
        return POLICE_SYSTEM + found.group(1) if found else None

    @property
    def icp_url(self) -> str:
        return ICP_SYSTEM
