"""Organizations founded after the first edition: written last, so the numbering of everything
before them stays as it was. A team founded and filed during 2026 owes no report yet (its first is
that of 2026, due in 2027), so it is never 年报逾期 in 2026."""

from __future__ import annotations

from .growth import act, need

NEWCOMERS: list[dict] = [
    {
        "id": "wanghu-shuzi-huoban",
        "name": "望湖社区银发数字伙伴志愿队",
        "short_name": "望湖数字伙伴",
        "status": "filed",
        "authority": "湖滨街道办事处",
        "status_date": "2026-06-12",
        "registered_kind": "",
        "guiding_unit": "望湖社区居民委员会",
        "member_of": [],
        "founded": "2026-03",
        "category": "居民互助类",
        "fields": ["邻里互助", "养老服务"],
        "service_targets": ["老年人"],
        "purpose": "由社区里的年轻人和退休教师组成，教老人用智能手机挂号、缴费、视频通话和识别诈骗。",
        "area": ["青山区", "湖滨街道", "望湖社区"],
        "venue": {"name": "望湖社区服务站", "address": "云溪市青山区湖滨街道望湖社区服务站一楼"},
        "phone": "0599-8631 5526",
        "email": "",
        "wechat": "",
        "leader": {"name": "许静", "role": "队长"},
        "people": {"members": 14, "volunteers": 26},
        "party": {},
        "slogan": "手把手，教会每一位老人用手机",
        "maintainers": ["wanghu-shuzi-huoban"],
        "projects": [
            {
                "id": "shouji-ketang",
                "title": "银发手机课堂",
                "summary": "每周四下午一堂课，一名志愿者陪两三位老人，学挂号、缴费、视频通话和防诈骗。",
                "plan": "role",
                "fields": ["邻里互助", "养老服务"],
                "service_targets": ["老年人"],
                "start": "2026-04-02",
                "end": "",
                "status": "running",
                "funding": [],
                "beneficiaries": {"group": "望湖社区老年人", "count": 85, "person_times": 520},
                "partners": ["望湖社区居民委员会"],
                "outcomes": [],
                "seeking": [
                    need(
                        "volunteers",
                        "周四下午陪老人学手机的志愿者，耐心比技术更重要",
                        "2026-09-10",
                        "2027-01-31",
                        count=8,
                        skills=["会用智能手机"],
                        when="每周四下午",
                    ),
                    need(
                        "funding",
                        "为课堂购买两台备用手机和一台投影仪",
                        "2026-06-15",
                        "2026-09-30",
                        amount_cny=5000,
                        funder="public",
                    ),
                ],
            }
        ],
        "activities": [
            act(
                "2026-04-02",
                "diyike",
                "银发手机课堂第一课：视频通话",
                "望湖社区服务站一楼",
                "shouji-ketang",
                "培训",
                (24, 10, 20),
                "第一课教老人和外地的子女视频通话，一位八十岁的阿婆第一次在手机里看到了重孙。",
            ),
            act(
                "2026-10-15",
                "fangzha-ke",
                "银发手机课堂：识别诈骗电话和链接",
                "望湖社区服务站一楼",
                "shouji-ketang",
                "培训",
                (30, 10, 20),
                "志愿者用真实的诈骗短信做例子，教老人看清链接、不给陌生人转账。",
                theme="平安建设",
            ),
        ],
    },
]
