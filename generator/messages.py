"""Every text a finding shows to people, Chinese first and English second, keyed by a stable code.

CONTRIBUTING.md's table of finding codes is generated from this table; codes never change meaning.
Templates use ``str.format`` fields; the same fields feed both languages.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Message:
    severity: Severity
    zh: str
    en: str
    hint_zh: str = ""
    hint_en: str = ""
    topic: str = "记录内容"


_FILE = "文件与编码"
_YAML = "YAML 写法"
_FIELDS = "字段"
_REFS = "编号与引用"
_FACTS = "事实核对"
_PRIVACY = "隐私与安全"
_PHOTOS = "照片"
_PERMISSIONS = "权限"

MESSAGES: dict[str, Message] = {
    # -- files and encodings -------------------------------------------------------------------
    "file-too-large": Message(
        "error",
        "文件过大（{size} 字节，上限 {limit} 字节）",
        "file too large ({size} bytes, limit {limit})",
        "记录文件只放文字；照片放进活动的照片文件夹",
        "records hold text only; put photos in the activity's photo folder",
        _FILE,
    ),
    "encoding-gbk": Message(
        "error",
        "文件是 GBK/GB18030 编码，需要 UTF-8",
        "file is encoded in GBK/GB18030; UTF-8 is required",
        "记事本：文件 → 另存为 → 编码选“UTF-8”；VS Code：右下角编码 → 通过编码保存 → UTF-8；"
        "命令行：iconv -f GB18030 -t UTF-8 旧文件 > 新文件",
        "Notepad: File → Save As → Encoding UTF-8; VS Code: status bar encoding → Save with "
        "Encoding → UTF-8; shell: iconv -f GB18030 -t UTF-8",
        _FILE,
    ),
    "encoding-utf16": Message(
        "error",
        "文件是 UTF-16 编码，需要 UTF-8",
        "file is encoded in UTF-16; UTF-8 is required",
        "用记事本或 VS Code 另存为“UTF-8”编码",
        "save it again with the UTF-8 encoding",
        _FILE,
    ),
    "encoding-unknown": Message(
        "error",
        "无法识别文件编码（第 {at_line} 行附近有无效字节）",
        "unrecognised encoding (invalid bytes near line {at_line})",
        "请用 UTF-8 编码保存；如果是从 Word 或网页复制的，请粘贴为纯文本",
        "save as UTF-8; paste text from Word or web pages as plain text",
        _FILE,
    ),
    "binary-file": Message(
        "error",
        "这不是文本文件（含有空字节）",
        "not a text file (contains NUL bytes)",
        "记录必须是 .yml 文本文件；照片请放进照片文件夹",
        "records must be .yml text files; photos belong in the photo folder",
        _FILE,
    ),
    "unexpected-file": Message(
        "warning",
        "不认识的文件“{name}”，不会被发布",
        'unexpected file "{name}"; it will not be published',
        "{hint_zh}",
        "{hint_en}",
        _FILE,
    ),
    "missing-org-file": Message(
        "error",
        "机构文件夹缺少 org.yml",
        "organization folder has no org.yml",
        "运行 gongshi new org {org} 生成模板，或把机构资料文件命名为 org.yml",
        "run `gongshi new org {org}` or name the profile file org.yml",
        _FILE,
    ),
    # -- YAML ---------------------------------------------------------------------------------
    "yaml-empty": Message(
        "error",
        "文件是空的",
        "the file is empty",
        "参照 gongshi new 生成的模板填写",
        "start from the template written by `gongshi new`",
        _YAML,
    ),
    "yaml-tab": Message(
        "error",
        "用了 Tab 键缩进，YAML 只能用空格缩进",
        "tab used for indentation; YAML indents with spaces only",
        "把这一行开头的 Tab 换成空格（通常每层 2 个空格）；编辑器里可开启“用空格代替 Tab”",
        "replace the tab with spaces (usually 2 per level)",
        _YAML,
    ),
    "yaml-syntax": Message(
        "error",
        "YAML 格式错误：{problem_zh}",
        "YAML syntax error: {problem}",
        "{hint_zh}",
        "{hint_en}",
        _YAML,
    ),
    "yaml-duplicate-key": Message(
        "error",
        "字段“{key}”重复出现（第一次在第 {first_line} 行）",
        'key "{key}" appears twice (first on line {first_line})',
        "删除或合并其中一处；重复时只有一处会生效，容易丢失内容",
        "remove or merge one of them; otherwise one silently wins",
        _YAML,
    ),
    "yaml-alias": Message(
        "error",
        "不支持 YAML 锚点和别名（& 和 *）",
        "YAML anchors and aliases (& and *) are not allowed",
        "把内容直接写出来；如果是文字开头的 * 或 &，请给整段文字加上引号",
        "write the content out; if text starts with * or &, put it in quotes",
        _YAML,
    ),
    "yaml-not-mapping": Message(
        "error",
        "文件顶层应当是“字段: 值”的形式",
        'the top level must be a mapping of "key: value" lines',
        "{hint_zh}",
        "{hint_en}",
        _YAML,
    ),
    "yaml-complex-key": Message(
        "error",
        "字段名必须是简单文字",
        "keys must be plain text",
        "检查这一行的冒号和缩进",
        "check the colon and indentation on this line",
        _YAML,
    ),
    # -- fields -------------------------------------------------------------------------------
    "unknown-field": Message(
        "error",
        "未知字段“{field}”{suggest_zh}",
        'unknown field "{field}"{suggest_en}',
        "{hint_zh}",
        "{hint_en}",
        _FIELDS,
    ),
    "bureau-owned-field": Message(
        "error",
        "“{field}”由民政局在年度公示中填写，机构不能自己填写",
        '"{field}" is set by the bureau in its annual results, not by the organization',
        "删除这个字段；评估等级、年检结论、名录和表彰由民政局登记在 content/registers/ 中",
        "remove it; grades, inspections, lists and commendations live in the bureau's "
        "content/registers/",
        _FIELDS,
    ),
    "missing-field": Message(
        "error",
        "缺少必填字段：{fields}",
        "missing required field(s): {fields}",
        "在{where_zh}补上这些字段；可参照 gongshi new 生成的模板",
        "add them {where_en}; see the template from `gongshi new`",
        _FIELDS,
    ),
    "wrong-type": Message(
        "error",
        "“{field}”应当是{expected_zh}",
        '"{field}" should be {expected_en}',
        "{hint_zh}",
        "{hint_en}",
        _FIELDS,
    ),
    "invalid-value": Message(
        "error",
        "“{field}”的值“{value}”不可用{suggest_zh}",
        '"{field}": value "{value}" is not allowed{suggest_en}',
        "可选值：{choices}",
        "allowed: {choices}",
        _FIELDS,
    ),
    "invalid-date": Message(
        "error",
        "“{field}”不是有效日期：“{value}”",
        '"{field}" is not a valid date: "{value}"',
        "写成 2024-05-12（也接受 2024/5/12、2024年5月12日）{extra_zh}",
        "write 2024-05-12 (2024/5/12 and 2024年5月12日 also work){extra_en}",
        _FIELDS,
    ),
    "invalid-number": Message(
        "error",
        "“{field}”应当是数字：“{value}”",
        '"{field}" should be a number: "{value}"',
        "只写阿拉伯数字，例如 1200 或 35000.50，不要带“人”“元”等单位",
        "digits only, e.g. 1200 or 35000.50, without units",
        _FIELDS,
    ),
    "negative-number": Message(
        "error",
        "“{field}”不能是负数：{value}",
        '"{field}" cannot be negative: {value}',
        "人数、金额和时长都应 ≥ 0",
        "counts, amounts and hours are ≥ 0",
        _FIELDS,
    ),
    "too-long": Message(
        "error",
        "“{field}”太长：{length} {unit_zh}，上限 {limit} {unit_zh}",
        '"{field}" is too long: {length} {unit_en}, limit {limit}',
        "精简文字；详细内容可写进 story 或 description",
        "shorten it; longer text belongs in story or description",
        _FIELDS,
    ),
    "too-short": Message(
        "error",
        "“{field}”太短或为空",
        '"{field}" is too short or empty',
        "请填写内容",
        "fill it in",
        _FIELDS,
    ),
    "invalid-format": Message(
        "error",
        "“{field}”格式不对：“{value}”",
        '"{field}" has the wrong format: "{value}"',
        "{hint_zh}",
        "{hint_en}",
        _FIELDS,
    ),
    # -- ids and references -------------------------------------------------------------------
    "bad-id": Message(
        "error",
        "编号“{value}”不可用",
        'id "{value}" is not allowed',
        "只用小写英文字母、数字和连字符，例如 yangguang-xiaoyuan（可用拼音）{extra_zh}",
        "use lowercase letters, digits and hyphens, e.g. yangguang-xiaoyuan{extra_en}",
        _REFS,
    ),
    "bad-filename": Message(
        "error",
        "文件名“{name}”不符合规则",
        'file name "{name}" does not follow the rule',
        "{hint_zh}",
        "{hint_en}",
        _REFS,
    ),
    "duplicate-id": Message(
        "error",
        "编号“{value}”与 {other} 重复",
        'id "{value}" duplicates {other}',
        "每个编号只能用一次，请换一个",
        "ids are unique; choose another",
        _REFS,
    ),
    "duplicate-name": Message(
        "error",
        "机构名称“{value}”与 {other}（{other_name}）相同（不计空格和标点）",
        'the name "{value}" is the same as {other} ({other_name}), spaces and punctuation aside',
        "每个机构的全称不同，居民才认得出：写登记证书或备案材料上的全称；"
        "若是同一个机构，请在原来的文件夹里修改，不要新建文件夹",
        "each organization's full name differs so that residents can tell them apart: write the"
        " full name on its certificate or filing; if it is the same organization, edit its existing"
        " folder instead of adding a new one",
        _REFS,
    ),
    "duplicate-short-name": Message(
        "warning",
        "简称“{value}”与同一街道的 {other}（{other_name}）相同",
        'short name "{value}" is the same as that of {other} ({other_name}) in the same street',
        "同一街道的居民会把两者弄混：在简称里加上社区名或服务特色，如“柳岸阳光助老队”",
        "residents of one street would confuse them: add the community or what it does, e.g."
        " 柳岸阳光助老队",
        _REFS,
    ),
    "similar-name": Message(
        "warning",
        "机构名称“{value}”与同一社区的 {other}（{other_name}）只差一个字",
        'the name "{value}" differs by one character from {other} ({other_name}) in the same'
        " community",
        "请核对是否写错了字；若确是两个机构，名称宜以服务内容或牵头人区分得更明显",
        "check for a typo; if these are two organizations, their names should differ more"
        " clearly by what they do or who runs them",
        _REFS,
    ),
    "unknown-project": Message(
        "error",
        "找不到本机构的项目“{value}”{suggest_zh}",
        'no project "{value}" in this organization{suggest_en}',
        "填写 projects/ 文件夹里项目文件名（不含 .yml）",
        "use the file name (without .yml) of a file in projects/",
        _REFS,
    ),
    "unknown-org": Message(
        "error",
        "找不到机构“{value}”{suggest_zh}",
        'no organization "{value}"{suggest_en}',
        "填写 orgs/ 下机构文件夹的名称",
        "use the folder name of an organization under orgs/",
        _REFS,
    ),
    "unknown-area": Message(
        "error",
        "{level_zh}“{value}”不在 content/areas.yml 中{suggest_zh}",
        '{level_en} "{value}" is not in content/areas.yml{suggest_en}',
        "名称要与 areas.yml 完全一致；新设立的社区请联系民政局添加",
        "names must match areas.yml exactly; ask the bureau to add new communities",
        _REFS,
    ),
    "self-reference": Message(
        "error",
        "“{field}”不能指向本机构自己",
        '"{field}" cannot point to the organization itself',
        "填写所属枢纽型组织的编号，没有就删除该字段",
        "name the hub organization, or remove the field",
        _REFS,
    ),
    "year-mismatch": Message(
        "error",
        "year 是 {value}，但文件名是 {name}",
        "year is {value} but the file is {name}",
        "让文件名和 year 一致，例如 reports/2023.yml 里写 year: 2023",
        "make them agree, e.g. year: 2023 in reports/2023.yml",
        _REFS,
    ),
    "filename-date-mismatch": Message(
        "error",
        "活动日期 {value} 与文件名中的日期 {name} 不一致",
        "activity date {value} does not match the date {name} in the file name",
        "改正日期或文件名（文件名形如 2024-05-12-yiyuan.yml），照片文件夹同名",
        "fix the date or the file name; the photo folder has the same name",
        _REFS,
    ),
    # -- facts --------------------------------------------------------------------------------
    "uscc-invalid": Message(
        "error",
        "统一社会信用代码“{value}”{reason_zh}",
        'unified social credit code "{value}": {reason_en}',
        "请对照登记证书逐位核对（18 位，不含 I、O、Z、S、V）",
        "check it against the registration certificate (18 characters, no I O Z S V)",
        _FACTS,
    ),
    "role-not-co-organizer": Message(
        "error",
        "co_organizer_roles 中的“{value}”不在本活动的 co_organizers 中",
        '"{value}" in co_organizer_roles is not among the activity\'s co_organizers',
        "先把它写进 co_organizers，或删掉这一行角色",
        "add it to co_organizers first, or remove its role",
        _REFS,
    ),
    "registration-not-registered": Message(
        "warning",
        "登记证书信息（registration）只用于已登记的机构，本机构的状态是 {status}，不会显示",
        "registration (the certificate's facts) is for registered organizations; this one is "
        "{status} and it is not shown",
        "备案或培育中的机构删掉 registration；已经登记的，把 status 改为 registered 并填写统一社会信用代码",
        "remove it, or set status: registered with the credit code",
        _FACTS,
    ),
    "uscc-form": Message(
        "error",
        "统一社会信用代码“{value}”中有空格、小写字母或全角字符，读作“{reading}”",
        'unified social credit code "{value}" holds spaces, lowercase or full-width characters; '
        'read as "{reading}"',
        "写成 {reading}：18 位大写字母和数字，中间不留空格",
        "write {reading}: 18 capital letters and digits, no spaces",
        _FACTS,
    ),
    "uscc-region": Message(
        "warning",
        "统一社会信用代码 {value} 的第 3–8 位是 {region}，与登记机关所在地的行政区划代码"
        "（{expected}）不一致",
        "the region code {region} inside {value} is not that of the registering authority "
        "({expected})",
        "对照登记证书核对代码和 registration_authority；机构迁址后代码不变时可忽略，"
        "content/areas.yml 的 code 也要核对",
        "check the code and registration_authority against the certificate; after a move the "
        "code stays the same; also check the codes in content/areas.yml",
        _FACTS,
    ),
    "date-future": Message(
        "error",
        "“{field}”是将来的日期：{value}",
        '"{field}" is in the future: {value}',
        "已发生的事实才写入记录；计划中的活动等举办后再提交",
        "record facts after they happen; submit planned activities once held",
        _FACTS,
    ),
    "date-order": Message(
        "error",
        "“{field}”（{value}）早于“{other}”（{other_value}）",
        '"{field}" ({value}) is earlier than "{other}" ({other_value})',
        "检查两个日期是否写反",
        "check whether the dates are swapped",
        _FACTS,
    ),
    "sum-mismatch": Message(
        "error",
        "“{field}”各项之和是 {parts}，但 total 写的是 {total}",
        '"{field}" parts add up to {parts}, but total says {total}',
        "核对各项金额，或把 total 改为 {parts}",
        "check the parts, or set total to {parts}",
        _FACTS,
    ),
    "bad-url": Message(
        "error",
        "链接“{value}”不可用：只接受 http:// 或 https:// 开头的网址",
        'link "{value}" is not allowed: only http:// and https:// URLs',
        "复制浏览器地址栏里的完整网址",
        "copy the full address from the browser",
        _FACTS,
    ),
    "policy-source-home": Message(
        "warning",
        "原文链接“{value}”是网站首页，不是文件本身",
        'the source link "{value}" is a website\'s home page, not the document itself',
        "在发布机构网站上打开这份文件的原文，从浏览器地址栏复制完整网址填入 source_url；找不到原文时"
        "删去 source_url",
        "open the document itself on the issuer's website and copy the full address from the"
        " browser into source_url; remove source_url when the document is not online",
        _FACTS,
    ),
    "bad-color": Message(
        "error",
        "颜色“{value}”格式不对",
        'colour "{value}" is not a hex colour',
        '写成 # 加 6 位十六进制数，例如 "#1B5E20"（要加引号）',
        'write # and 6 hex digits, e.g. "#1B5E20" (quoted)',
        _FACTS,
    ),
    "low-contrast": Message(
        "error",
        "品牌色 {value} 与白色的对比度只有 {ratio}:1，需要至少 4.5:1",
        "brand colour {value} has only {ratio}:1 contrast with white; 4.5:1 is needed",
        "换一个更深的颜色，例如同色系的 {suggestion}",
        "use a darker colour, e.g. {suggestion} in the same hue",
        _FACTS,
    ),
    "status-mismatch": Message(
        "warning",
        "“{field}”与状态 {status} 不符，不会显示",
        '"{field}" does not fit status {status}; it will not be shown',
        "{hint_zh}",
        "{hint_en}",
        _FACTS,
    ),
    # -- privacy and safety -------------------------------------------------------------------
    "personal-id": Message(
        "error",
        "“{field}”中疑似有身份证号码",
        '"{field}" seems to contain a personal ID number',
        "公开页面不得出现身份证号，请删除",
        "ID numbers must never be published; remove it",
        _PRIVACY,
    ),
    "personal-phone": Message(
        "error",
        "“{field}”中疑似有个人手机号码",
        '"{field}" seems to contain a personal mobile number',
        "不要公开个人手机号；机构联系电话请写在 contact.phone",
        "do not publish personal mobiles; put the organization's number in contact.phone",
        _PRIVACY,
    ),
    "personal-email": Message(
        "error",
        "“{field}”中有电子邮箱地址",
        '"{field}" contains an e-mail address',
        "邮箱只写在 contact.email，并使用机构公用邮箱",
        "put e-mail only in contact.email, using the organization's own address",
        _PRIVACY,
    ),
    "contact-mobile": Message(
        "warning",
        "contact.phone 是手机号码，请确认这是机构公用号码而不是个人手机",
        "contact.phone is a mobile number; make sure it belongs to the organization",
        "优先填写办公座机或机构公用手机",
        "prefer the office landline or an organization-owned phone",
        _PRIVACY,
    ),
    "minor-consent": Message(
        "error",
        "照片含未成年人，但没有记录监护人同意（consent: true）",
        "photo shows minors but no guardian consent is recorded (consent: true)",
        "取得监护人书面同意后写 consent: true；监护人不同意或撤回同意时写 consent: false"
        "（下次生成网站时照片即从网站上撤下）或删除这张照片",
        "record consent: true once guardians agreed in writing; when they refuse or withdraw it, "
        "write consent: false (the next build takes the photo down) or remove the photo",
        _PRIVACY,
    ),
    # -- photos and files ---------------------------------------------------------------------
    "photo-missing": Message(
        "error",
        "找不到照片文件“{value}”",
        'photo file "{value}" not found',
        "照片放在 {folder}/ 文件夹里，文件名大小写要一致",
        "put it in {folder}/; names are case-sensitive",
        _PHOTOS,
    ),
    "path-outside": Message(
        "error",
        "文件路径“{value}”指向了本记录的文件夹之外",
        'path "{value}" points outside this record\'s folder',
        "只写文件名，例如 001.jpg，文件放在 {folder}/ 里",
        "give just the file name, e.g. 001.jpg, inside {folder}/",
        _PRIVACY,
    ),
    "cover-not-photo": Message(
        "error",
        "封面“{value}”不在 photos 列表中",
        'cover "{value}" is not one of the photos',
        "封面写 photos 里某张照片的 file",
        "use the file of one of the photos",
        _PHOTOS,
    ),
    "unused-photo": Message(
        "warning",
        "照片“{name}”没有写进 photos 列表，不会被发布",
        'photo "{name}" is not listed in photos and will not be published',
        "在活动记录的 photos 里加上它（并写 alt 说明），或删除文件",
        "list it in photos (with alt text) or delete it",
        _PHOTOS,
    ),
    "image-unreadable": Message(
        "error",
        "图片无法读取：{detail}",
        "the image cannot be read: {detail}",
        "只接受 JPEG、PNG 和 WebP；请用手机或电脑重新导出照片（文件可能已损坏或只传了一半）",
        "JPEG, PNG and WebP only; export the photo again (it may be damaged or incomplete)",
        _PHOTOS,
    ),
    "image-mislabelled": Message(
        "error",
        "文件扩展名是 .{suffix}，但内容是 {actual} 格式",
        "the file ends in .{suffix} but holds a {actual} image",
        "把扩展名改成与内容一致（例如 .png），并同步修改记录里的文件名",
        "rename it to match its format and update the record",
        _PHOTOS,
    ),
    "image-too-large": Message(
        "error",
        "图片太大（{detail}）",
        "the image is too large ({detail})",
        "请把照片缩小到长边 4000 像素、20 MB 以内再上传",
        "resize it to at most 4000 px on the long side and 20 MB",
        _PHOTOS,
    ),
    "image-too-small": Message(
        "warning",
        "照片只有 {width} 像素宽，在手机上会模糊（建议至少 {minimum} 像素）",
        "the photo is only {width} px wide and will look blurred (at least {minimum} px advised)",
        "上传原图，不要用聊天软件压缩过的缩略图",
        "upload the original, not a chat thumbnail",
        _PHOTOS,
    ),
    "svg-refused": Message(
        "error",
        "不接受 SVG 图片",
        "SVG images are not accepted",
        "SVG 可以包含脚本；请导出为 PNG（至少 512×512 像素）",
        "SVG can carry scripts; export the logo as PNG (at least 512×512)",
        _PRIVACY,
    ),
    # -- permissions: who may change what (gongshi check-changes) --------------------------------
    "not-maintainer": Message(
        "error",
        "{author} 不是机构 {org} 的维护人，不能修改它的文件夹（本次改动了其中 {count} 个文件）",
        "{author} is not a maintainer of {org} and cannot change its folder ({count} file(s) changed)",
        "只修改 orgs/<本机构编号>/ 里的文件；要成为维护人，请本机构现有维护人在 org.yml 的 "
        "maintainers 中加上您的账号",
        "change only your own organization's folder; to become a maintainer, ask a current "
        "maintainer to add your login to maintainers in org.yml",
        _PERMISSIONS,
    ),
    "maintainers-foreign": Message(
        "error",
        "{author} 修改了机构 {org} 的维护人名单，但不是该机构的维护人",
        "{author} changed the maintainers of {org} without being one of them",
        "维护人名单只能由本机构现有维护人或民政局修改；请撤回对 maintainers 的改动",
        "only the organization's current maintainers or the bureau change this list; "
        "revert the change to maintainers",
        _PERMISSIONS,
    ),
    "last-maintainer": Message(
        "error",
        "这次修改会让机构 {org} 没有任何维护人",
        "this change leaves {org} without any maintainer",
        "至少保留一名维护人（可以先加上接替的人）；机构注销或整体交接请联系民政局",
        "keep at least one maintainer (add the successor first); for closing or handing over "
        "an organization, contact the bureau",
        _PERMISSIONS,
    ),
    "new-org-without-author": Message(
        "error",
        "新机构 {org} 的 maintainers 中没有提交人 {author}",
        "the new organization {org} does not list its author {author} in maintainers",
        "在 orgs/{org}/org.yml 的 maintainers 中写上您自己的账号，例如 maintainers: [{author}]",
        "add your own login to maintainers in orgs/{org}/org.yml, e.g. maintainers: [{author}]",
        _PERMISSIONS,
    ),
    "bureau-only-path": Message(
        "error",
        "“{file}”只能由民政局维护人修改（{author} 不是民政局维护人）",
        '"{file}" can only be changed by the bureau\'s maintainers ({author} is not one)',
        "机构只修改 orgs/<本机构编号>/ 里的文件；网站页面、模板、程序和设置的修改请联系民政局",
        "organizations change only files in their own orgs/<id>/ folder; ask the bureau for "
        "changes to pages, templates, code or settings",
        _PERMISSIONS,
    ),
    "bureau-fact-in-org": Message(
        "error",
        "“{field}”由民政局在年度公示中发布，不能写进机构文件夹",
        '"{field}" is published by the bureau in its annual results and cannot be written into '
        "an organization's folder",
        "删除这个字段；评估等级、年检结论、名录和表彰只由民政局登记在 content/registers/ 中",
        "remove it; grades, inspections, lists and commendations are kept by the bureau in "
        "content/registers/",
        _PERMISSIONS,
    ),
    "move-across-orgs": Message(
        "error",
        "把文件从机构 {org} 移到了机构 {other}：{file}",
        "a file was moved from {org} to {other}: {file}",
        "每个机构只在自己的文件夹里增删文件；机构改编号、合并或转移记录请联系民政局",
        "each organization adds and removes files in its own folder only; ask the bureau to "
        "rename or merge organizations",
        _PERMISSIONS,
    ),
    # -- counted once (issue 17: training delivered and attended) -----------------------------
    "trained-person-times-deprecated": Message(
        "warning",
        "“trained_person_times”已停用：它把本机构举办的培训和成员参加的培训混在一起，{counted_zh}",
        '"trained_person_times" is deprecated: it mixed trainings the organization ran with '
        "trainings its members attended; {counted_en}",
        "分开写成 training 下的两项：delivered（本机构举办的培训的人次）和 attended（成员参加"
        "其他单位培训的人次），然后删除 trained_person_times（gongshi migrate 可以自动改写）",
        "split it into two entries under training: delivered (person-times of the trainings you "
        "ran) and attended (person-times your members attended elsewhere), then remove "
        "trained_person_times (gongshi migrate rewrites it)",
        _FIELDS,
    ),
    # -- links between organizations (generator/model/links.py, workflow/named.py) -------------
    "deprecated-parent": Message(
        "warning",
        "“parent”已停用：所属枢纽型组织请写在 member_of 中",
        '"parent" is deprecated: name the hub in member_of',
        "把 parent: {value} 改写为 member_of: [{value}]（可以写几个枢纽型组织）；"
        "对方在自己的 org.yml 的 members 中确认后，两边页面才都显示",
        "replace parent: {value} with member_of: [{value}] (several hubs allowed); both pages "
        "show it once the hub confirms it under members in its own org.yml",
        _REFS,
    ),
    "unknown-platform": Message(
        "error",
        "找不到孵化平台“{value}”{suggest_zh}",
        'no support platform "{value}"{suggest_en}',
        "填写平台的机构编号（orgs/ 下的文件夹名），或民政局 content/registers/platforms.yml "
        "中登记的平台编号；只知道名称时写在 incubator 中",
        "use the platform's organization id (its folder under orgs/) or its id in the bureau's "
        "content/registers/platforms.yml; if you only know its name, write it in incubator",
        _REFS,
    ),
    "unknown-activity": Message(
        "warning",
        "找不到活动“{value}”{suggest_zh}",
        'no activity "{value}"{suggest_en}',
        "写“机构编号/活动文件名（不带 .yml）”，如 liuan-yangguang/2024-05-12-yiyuan；"
        "对方删除或改名了活动时，请删除这一条",
        "write <org id>/<activity file name without .yml>, e.g. liuan-yangguang/2024-05-12-yiyuan; "
        "remove the entry if the other organization removed or renamed the activity",
        _REFS,
    ),
    "link-not-declared": Message(
        "warning",
        "对方尚未声明：机构 {other} 没有写 {expected}，这一条不会显示在任何页面上",
        "not declared by the other side: {other} does not write {expected}; this entry is shown "
        "nowhere",
        "两个机构之间的关系由一方声明、另一方确认；请对方在自己的文件夹里写上 {expected}，"
        "或删除这一条",
        "a link is declared by one side and confirmed by the other; ask {other} to write "
        "{expected} in its own folder, or remove this entry",
        _REFS,
    ),
    "names-other-org": Message(
        "warning",
        "这次修改在 {field} 中提到了机构 {other}：请审核人确认对方知情",
        "this change names the organization {other} in {field}: reviewers, please check that it "
        "agrees",
        "提醒审核人：对方在自己的文件夹中确认之前，这个关系只显示在本机构一侧，并标明“待对方确认”",
        "a note for reviewers: until the other side confirms it in its own folder, the link "
        "shows on this organization's side only, marked unconfirmed",
        _PERMISSIONS,
    ),
    # -- published years and plausible figures (issue 17: frozen years, plausibility) -------
    "published-snapshot-invalid": Message(
        "error",
        "已公示年度的快照无法读取：{detail}",
        "the snapshot of a published year cannot be read: {detail}",
        "这个文件由 gongshi publish-year 生成，请勿手工修改；可从版本库恢复，或重新运行 gongshi "
        "publish-year",
        "it is written by gongshi publish-year, not by hand; restore it from the repository's "
        "history or run gongshi publish-year again",
        _FACTS,
    ),
    "published-report-changed": Message(
        "error",
        "{year} 年度结果已公示，数字最近一次由民政局确认于 {on}；此后这份年报的数字被改动，"
        "却没有更正说明：{fields}",
        "the {year} results are published, their figures last settled by the bureau on {on}; "
        "this report's figures changed since, without a correction note: {fields}",
        "确是更正错误时，在 corrections 中加一条（on: 不早于 {on} 的日期，通常是今天；note: 改了"
        "什么、为什么），民政局审核后才更新已公示的结果；否则请改回原来的数字",
        "if you are correcting a mistake, add a corrections entry (on: a date no earlier than "
        "{on}, usually today; note: what changed and why); the published results change only once "
        "the bureau accepts it; otherwise restore the published figures",
        _FACTS,
    ),
    "published-report-corrected": Message(
        "warning",
        "{year} 年度结果公示后，这份年报作了更正：{fields}；已公示的结果保持原数字，待民政局审核",
        "this report was corrected after the {year} results were published: {fields}; the "
        "published results keep their figures until the bureau reviews the correction",
        '民政局审核同意后运行 gongshi publish-year {year} --correct --note "说明" 更新公示结果',
        'once the bureau agrees it runs gongshi publish-year {year} --correct --note "…"',
        _FACTS,
    ),
    "published-report-late": Message(
        "warning",
        "{year} 年度结果公示（{on}）时还没有这份年报，它不计入已公示的结果",
        "this report came after the {year} results were published ({on}); it is not counted "
        "in them",
        "年报照常在机构页面显示；如需计入公示结果，请联系民政局审核",
        "it shows on the organization's page; ask the bureau if it should count in the results",
        _FACTS,
    ),
    "published-figures-moved": Message(
        "warning",
        "{year} 年度已公示的数字与现在的记录不一致：{figure}，公示为 {old}，现在为 {new}{more}",
        "a published figure of {year} differs from the records now: {figure}, published {old}, "
        "now {new}{more}",
        "变动来自 {sources}。页面仍显示公示时的数字；核实后运行 gongshi publish-year {year} "
        '--correct --note "说明" 接受新数字（列为发布后更正），或把记录改回',
        "moved by {sources}; pages keep the published figure; after review run gongshi "
        'publish-year {year} --correct --note "…" (listed as a correction), or restore the '
        "records",
        _FACTS,
    ),
    "published-source-changed": Message(
        "warning",
        "这个文件的改动使 {year} 年度已公示的数字发生变化",
        "a change to this file moves figures of the published {year} results",
        "已公示的结果保持原数字，待民政局审核（gongshi publish-year {year} --correct）",
        "the published results keep their figures until the bureau reviews the change",
        _FACTS,
    ),
    "implausible-per-person": Message(
        "warning",
        "{field} 为 {value}，平均每名成员和志愿者 {ratio} 人次（共 {people} 人），超过常见范围"
        "（{warn}）",
        "{field} is {value}: {ratio} per member and volunteer ({people} people), above the "
        "usual range ({warn})",
        "请核对数字（人次 = 每次活动的人数相加）；确实如此时在 explanations 中写明依据："
        "- field: {field} note: …",
        "check the figure; if it is right, explain it under explanations (field: {field})",
        _FACTS,
    ),
    "implausible-jump": Message(
        "warning",
        "{field} 为 {value}，是上一年度（{before}）的 {ratio} 倍",
        "{field} is {value}, {ratio} times the year before ({before})",
        "请核对数字；确实如此时在 explanations 中写明依据：- field: {field} note: …",
        "check the figure; if it is right, explain it under explanations (field: {field})",
        _FACTS,
    ),
    "implausible-expenditure": Message(
        "warning",
        "支出合计 {value} 元是收入合计 {income} 元的 {ratio} 倍",
        "expenditure {value} is {ratio} times the income ({income})",
        "请核对收入和支出（上年结余也应写明）；确实如此时在 explanations 中写明依据：- field: "
        "expenditure.total note: …",
        "check income and expenditure; if right, explain under explanations (field: "
        "expenditure.total)",
        _FACTS,
    ),
    "training-missing": Message(
        "warning",
        "本机构 {year} 年公开了 {count} 次培训活动（共 {evidence} 人次），年度报告却没有填写组织培训的人次",
        "{count} training activities of {year} are published ({evidence} person-times), but the "
        "report gives no training delivered",
        "在年报的 training 下填写 delivered（本机构组织的培训人次）；培训人次以年报为准",
        "give training.delivered in the report; the report's figure is the one counted",
        _FACTS,
    ),
    "training-disagrees": Message(
        "warning",
        "年报的组织培训 {value} 人次，与本机构 {year} 年公开的 {count} 次培训活动（共 {evidence} 人次）"
        "相差超过 {ratio} 倍",
        "training delivered {value} differs more than {ratio}-fold from the {count} training "
        "activities of {year} ({evidence} person-times)",
        "核对年报的人次和活动记录的 participants、person_times；确有未公开的培训时，在 explanations 中说明",
        "check the report and the activities' participants and person_times; explain trainings "
        "not published in explanations",
        _FACTS,
    ),
    "training-without-activity": Message(
        "warning",
        "报告了组织的培训 {value} 人次，但本机构 {year} 年没有公开任何培训活动",
        "{value} person-times of training delivered, but no training activity of {year} is "
        "published",
        "把培训作为活动记录公开（type: 培训）；如果是成员参加别人组织的培训，请填在 "
        "training.attended",
        "publish the trainings as activities (type: 培训); attendance elsewhere goes in "
        "training.attended",
        _FACTS,
    ),
    "implausible-limit": Message(
        "error",
        "{field} 为 {value}：{reason}，超出本站设定的上限",
        "{field} is {value}: {reason}, beyond this site's limit",
        "请改正数字；确实如此时在 explanations 中写明依据（- field: {field} note: …），说明会"
        "提交民政局审核",
        "correct it; if it is right, explain it under explanations (field: {field}): the "
        "bureau reviews every explanation",
        _FACTS,
    ),
    "explanation-to-review": Message(
        "warning",
        "待审核的数字说明：{field} 为 {value}（{reason}），说明为“{note}”",
        'an explanation to review: {field} is {value} ({reason}); it says "{note}"',
        "民政局审核人员请核实依据后再合并；说明不成立时请机构改正数字",
        "bureau reviewers: check the grounds before merging",
        _FACTS,
    ),
    # -- the bureau's registers (issue 17: registers, lists with a history, deregistration) -----
    "register-wrong-key": Message(
        "error",
        "content/registers/{name}.yml 只放“{name}”列表，这里写了“{key}”",
        'content/registers/{name}.yml holds the list "{name}" only; it has "{key}"',
        "把“{key}”移到 content/registers/{key}.yml（每个登记册一个文件，文件名与列表名相同）",
        'move "{key}" to content/registers/{key}.yml (one file a register, named as its list)',
        _REFS,
    ),
    "annual-list-deprecated": Message(
        "warning",
        "年度公示文件中的“{key}”列表已停用，请移到 content/registers/{register}.yml",
        'the annual file\'s list "{key}" is deprecated; move it to content/registers/{register}.yml',
        "登记册的条目带日期，一直有效到登记的移出或终止日期，不必每年重抄；运行 gongshi migrate "
        "可以自动移过去。在移走之前，这里的条目仍然显示",
        "register entries are dated and last until their own end date, never copied year to "
        "year; `gongshi migrate` moves them. Until then these entries still count",
        _FIELDS,
    ),
    "verified-deprecated": Message(
        "warning",
        "org.yml 中的“verified”已停用，不再显示",
        '"verified" in org.yml is deprecated and no longer shown',
        "删除 verified；资料核实由民政局登记在 content/registers/verifications.yml 中，"
        "机构页面上的“资料核实”只取自那里",
        "remove it; the bureau records verifications in content/registers/verifications.yml, "
        "the only source of a page's 资料核实",
        _FIELDS,
    ),
    "grade-overlap": Message(
        "warning",
        "机构 {org} 的评估等级 {grade}（{awarded_on} 评定）与 {other_grade}（有效期至 {until}）重叠",
        "grade {grade} of {org} (awarded {awarded_on}) overlaps {other_grade} (valid until {until})",
        "在较早的等级上写 ended_on（提前终止日期）和 end_reason，说明它何时被新的等级取代",
        "set ended_on and end_reason on the earlier grade, the day the new one replaced it",
        _FACTS,
    ),
    "listing-contradicts-records": Message(
        "warning",
        "名录原因与记录不符：{org} 因未报送 {year} 年度报告列入{list_name}，但 {report} 存在",
        "the listing contradicts the records: {org} is on the {list_name} for not reporting "
        "{year}, but {report} exists",
        "核实该年度报告：报告已按时报送的，写 removed_on 和 removal_reason 移出名录；"
        "报告是后补的，也请写明移出；列入另有原因的，改写 reason 和 ground",
        "check the report: if it was filed, remove the listing (removed_on, removal_reason); "
        "if the listing has another ground, correct reason and ground",
        _FACTS,
    ),
    # -- gongshi migrate and takedown (issue 17, items 8 and 9) --------------------------------
    "migrate-unreadable": Message(
        "error",
        "无法读取这个文件，没有迁移：{detail}",
        "this file cannot be read and was not migrated: {detail}",
        "先按 gongshi validate 的提示改正这个文件，再运行 gongshi migrate",
        "fix the file as gongshi validate says, then run gongshi migrate again",
        "运行",
    ),
    "migrate-manual": Message(
        "error",
        "无法自动迁移 {key}，这个文件没有改动：{detail}",
        "{key} cannot be migrated automatically; the file was left unchanged: {detail}",
        "请按 CONTRIBUTING.md 中的新写法手工改写这一处，再运行 gongshi migrate",
        "rewrite it by hand in the new shape (see CONTRIBUTING.md), then run gongshi migrate",
        "运行",
    ),
    "photo-consent-withdrawn": Message(
        "warning",
        "监护人的同意已撤回（consent: false）：这张照片不再发布，下次生成网站时从所有页面、"
        "搜索和图片缓存中删除",
        "guardian consent withdrawn (consent: false): the photo is no longer published and the "
        "next build removes it from every page, the search and the image cache",
        "如不再需要，请从记录中删除这张照片的条目并删除照片文件",
        "when no longer needed, remove the photo's entry from the record and its file",
        _PRIVACY,
    ),
    # -- the run itself -----------------------------------------------------------------------
    "internal-error": Message(
        "error",
        "gongshi 内部错误：{detail}",
        "internal error in gongshi: {detail}",
        "这是程序的问题，不是您的记录的问题，请把这条信息报告给维护者",
        "this is a bug in gongshi, not in your records; please report it",
        "运行",
    ),
    # -- privacy: personal data in its everyday forms (issue 18) ---------------------------------
    "personal-address": Message(
        "error",
        "“{field}”中疑似有家庭住址（门牌号和楼栋、单元或室号）",
        '"{field}" seems to contain a home address (a door number with building, unit or flat)',
        "公开页面不得出现个人住址，请删除或只写到社区；活动地点请写在 place 或 venue",
        "home addresses must never be published; remove it or name only the community;"
        " put a place in place or venue",
        _PRIVACY,
    ),
    # -- text is text (issue 18): characters that are not text, in any scalar -----------------
    "text-line-break": Message(
        "error",
        "“{field}”只能写一行，里面有{char_zh}",
        '"{field}" is one line but holds {char_en}',
        "把{char_zh}换成空格或删去；不要用 | 把名称、标题、地址写成几行。能写几段的只有介绍、故事、说明等长文字",
        "replace it with a space or remove it; do not write a name, title or address over several"
        " lines with |. Only long texts (descriptions, stories, notes) may hold paragraphs",
        _FIELDS,
    ),
    "text-control": Message(
        "error",
        "文本中有控制字符 {char_zh}",
        "control character {char_en} in text",
        "删除这个看不见的字符 {char_zh}（常由复制粘贴或双引号里的 \\ 转义写入）；文字里只可有换行和 Tab",
        "remove the invisible character {char_en} (often pasted, or written as a \\ escape in "
        "double quotes); text may hold only line breaks and tabs",
        _FIELDS,
    ),
    "text-bidi": Message(
        "error",
        "文本中有双向文字控制符 {char_zh}，会改变文字的显示顺序",
        "bidirectional control {char_en} in text; it reorders how the text displays",
        "删除这个看不见的字符 {char_zh}；中文和英文不需要它",
        "remove the invisible character {char_en}; Chinese and English text do not need it",
        _FIELDS,
    ),
    "text-invisible": Message(
        "warning",
        "文本中有零宽字符 {char_zh}",
        "zero-width character {char_en} in text",
        "删除这个看不见的字符 {char_zh}（常由网页或聊天软件复制粘贴带入），否则搜索找不到这段文字",
        "remove the invisible character {char_en} (often pasted from a web page or a chat); "
        "search cannot find text that holds it",
        _FIELDS,
    ),
    # -- the smaller ones (issue 18, deliverable 6): documents and site_config.yml --------------
    "document-missing": Message(
        "error",
        "找不到项目文件“{value}”",
        'project document "{value}" not found',
        "把文件放在 {folder}/ 文件夹里，文件名大小写要一致；或从 documents 中删去这一项",
        "put it in {folder}/ (names are case-sensitive), or remove the entry from documents",
        _FILE,
    ),
    "config-plugins": Message(
        "error",
        "site_config.yml 中的 plugins 应是一个列表，现在是“{value}”",
        'plugins in site_config.yml must be a list, not "{value}"',
        "每个插件写一行，以“- ”开头，例如 - search；gongshi 的设置写在 - gongshi: 下",
        'one plugin a line starting with "- ", e.g. - search; gongshi\'s settings go under'
        " - gongshi:",
        _FILE,
    ),
    "config-plugin": Message(
        "error",
        "site_config.yml 中的插件“{value}”写法不对",
        'plugin entry "{value}" in site_config.yml is not valid',
        "每项是插件名（如 - search），或插件名加冒号、下面缩进写它的设置（如 - gongshi: 换行再缩进）",
        "each entry is a plugin name (- search) or a name with a colon and its settings indented"
        " below it (- gongshi:)",
        _FILE,
    ),
    "config-docs-dir": Message(
        "error",
        "找不到网页文件夹“{value}”（site_config.yml 的 docs_dir）",
        'the pages folder "{value}" (docs_dir in site_config.yml) does not exist',
        "在仓库根目录建这个文件夹（通常是 content/，放 index.md 等页面），或改正 docs_dir",
        "create it at the top of the repository (usually content/, holding index.md and the"
        " other pages), or correct docs_dir",
        _FILE,
    ),
    # -- residents' judgements (issue 22) ------------------------------------------------------
    "judged-share-without-answered": Message(
        "error",
        "写了满意率（satisfied_share），却没有写参与评价的人数（answered）",
        "a share satisfied (satisfied_share) without the number who answered (answered)",
        "在同一轮评价中写 answered：答卷、到会或回访的居民人数；不知道人数就删去满意率",
        "add answered (how many residents answered, attended or were called) to the same round;"
        " without it, remove the share",
        _FACTS,
    ),
    "judged-answered-implausible": Message(
        "warning",
        "参与评价的 {answered} 人多于受益或参与的 {served} 人",
        "{answered} answered, more than the {served} served or taking part",
        "核对 answered 和受益人数（beneficiaries）或参与人数（participants）是否写错",
        "check answered against beneficiaries or participants",
        _FACTS,
    ),
    "evaluation-unknown-record": Message(
        "error",
        "评价登记中的 {key}“{value}”在 {folder}/ 中找不到",
        '{key} "{value}" of an evaluation is not in {folder}/',
        "project 写 projects/ 中的文件名（不带 .yml），activity 写 activities/ 中的文件名，如"
        " 2024-05-12-yiyuan",
        "project is a file name in projects/ (without .yml), activity one in activities/, e.g."
        " 2024-05-12-yiyuan",
        _REFS,
    ),
    # -- the matchmaking board (issue 22) -------------------------------------------------------
    "calls-folder-unknown": Message(
        "error",
        "content/calls/ 下的文件夹“{name}”没有在 site_config.yml 的 call_folders 中登记",
        'the folder "{name}" under content/calls/ is not among call_folders in site_config.yml',
        "街道的征集文件夹要由民政局在 call_folders 中登记（id、street、maintainers）；否则把征集文件"
        "直接放在 content/calls/ 下",
        "the bureau lists a street's folder under call_folders (id, street, maintainers);"
        " otherwise put the call directly in content/calls/",
        _REFS,
    ),
    "unknown-call": Message(
        "error",
        "找不到征集“{value}”{suggest_zh}",
        'no call "{value}"{suggest_en}',
        "写 content/calls/ 下征集文件的文件名（不带 .yml），街道文件夹里的写成“文件夹/文件名”",
        "name a call file under content/calls/ without .yml; one in a street's folder as"
        " folder/name",
        _REFS,
    ),
}


def describe(code: str) -> Message:
    """The message of a code."""
    return MESSAGES[code]


def internal_error(error: BaseException, kept: tuple[str, str] = ("", "")) -> str:
    """The one line an internal error (a bug in gongshi) is reported with, never a traceback
    (GONGSHI_DEBUG=1 prints it too): where it happened, and what was `kept` (Chinese, English)."""
    if os.environ.get("GONGSHI_DEBUG"):
        traceback.print_exception(error)
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    zh = f"；{kept[0]}" if kept[0] else ""
    en = f", {kept[1]}" if kept[1] else ""
    return (
        f"gongshi: 内部错误，这是程序的问题而不是您的记录的问题，请报告给维护者{zh} "
        f"(internal error, please report it{en}): {type(error).__name__}{where}"
    )
