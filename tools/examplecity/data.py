"""The example city's organizations: 云溪市 (Yunxi), a fictional city.

Pure data, no logic: eighteen community social organizations (社区社会组织) in the districts of
content/areas.yml, each with its profile, brand (colour, initial, slogan, story, highlights),
projects (with funding) and activities (with photo descriptions), the hubs they declare
(member_of) and the platforms that incubated them (incubated_by); LATER_ORGS holds those added
since (a street federation). Other modules turn them into YAML records, drawn photos and logos,
annual reports, the links each side confirms, and the bureau's annual results and registers.

Everything here is invented: the city, the organizations, every person's name, every address and
every phone number (area code 0599 does not exist in the real numbering plan). Free text never
contains personal phone numbers, ID numbers or e-mail addresses.
"""

from __future__ import annotations

ORGS: list[dict] = [
    # ---------------------------------------------------------------- 青山区 · hub organization
    {
        "id": "qingshan-lianhehui",
        "name": "青山区社区社会组织联合会",
        "short_name": "青山社联会",
        "status": "registered",
        "authority": "云溪市青山区民政局",
        "status_date": "2019-11-08",
        "registered_kind": "1",
        "guiding_unit": "云溪市青山区民政局",
        "member_of": [],
        "founded": "2019-09",
        "category": "社区事务类",
        "fields": ["社区治理", "公益慈善"],
        "service_targets": ["社区社会组织及骨干", "全体居民", "困难群众"],
        "purpose": (
            "联合青山区的社区社会组织，搭建培育孵化、能力提升、项目对接和资源链接平台；"
            "运营区社区社会组织孵化基地，开展骨干培训、公益创投、项目洽谈和品牌展示，"
            "指导会员组织规范运作，协助其参与社区治理、服务居民群众。"
        ),
        "area": ["青山区", "云锦街道", "锦绣社区"],
        "venue": {
            "name": "青山区社区社会组织孵化基地",
            "address": "云溪市青山区云锦路66号锦绣邻里中心三楼",
        },
        "phone": "0599-8620 5188",
        "email": "qingshan-lianhehui@example.org",
        "wechat": "青山社区社会组织",
        "leader": {"name": "周立新", "role": "会长"},
        "people": {"members": 64, "volunteers": 35, "staff_full_time": 3, "staff_part_time": 4},
        "party": {"has_branch": True, "note": "设立联合会党支部，联系会员组织中的党员骨干"},
        "initial": "联",
        "color": "#7B1F3A",
        "slogan": "把小队伍，连成一张大网",
        "story": (
            "2019年夏天，区民政局组织的一次座谈会上，二十多位社区社会组织的负责人第一次坐到了一起。"
            "助老队的王阿姨说给志愿者买保险找不到门路，书法社的赵老师说不会写活动总结，"
            "越剧社的沈老师说排练场地总被占——大家这才发现，各自的难处其实差不多。"
            "会后，几位负责人和社区工作者一起发起成立了联合会，当年11月在区民政局登记。"
            "\n\n"
            "我们是“组织的组织”。每周二、周四，孵化基地的工作人员会到会员组织的活动现场“跟班”，"
            "帮着理台账、写方案、拍照片；每月最后一个周五是**开放日**，哪支队伍遇到难处都可以来坐一坐、聊一聊。"
            "每年春天办公益创投，秋天办项目洽谈会，把街道、企业和爱心人士手里的资源，对接到最需要的社区里。"
            "\n\n"
            "新桥社区的“骑手驿家”是我们2023年孵化的。站长孙浩自己就是一名外卖骑手，"
            "第一次来基地时，他拿着手机里记下的十几条骑手心愿，不知道从哪里下手。"
            "我们陪他一条条梳理：先找场地，再找合作方，再把骑手们组织起来。"
            "半年后驿站挂了牌，来歇脚的骑手从第一周的几个人，变成了现在每天几十人。"
            "\n\n"
            "到2024年，联合会已有64家会员组织。接下来，我们想陪更多队伍走完从“有人气”到“有规矩”、"
            "再到“有品牌”的路：每一支队伍都有清楚的章程和账目，每一个好项目都有人知道、有人信任。"
        ),
        "highlights": [
            ["会员组织", "64 家"],
            ["孵化组织", "28 家"],
            ["年培训骨干", "1,260 人次"],
            ["链接资金", "186 万元"],
        ],
        "honors": [
            ["云溪市先进社会组织", "云溪市民政局", 2022],
            ["青山区社区治理创新案例", "中共云溪市青山区委社会工作部", 2024],
        ],
        "maintainers": ["qingshan-lianhehui", "zhou-lixin"],
        # the "领航" series of 2023: person-times of all its sessions (two of them published below)
        "training_series": {2023: 1260},
        "projects": [
            {
                "id": "fuhua-jidi",
                "title": "青山区社区社会组织孵化基地运营",
                "summary": (
                    "受区民政局委托运营区级孵化基地，为初创期社区社会组织提供场地、备案指导、"
                    "陪伴成长和资源对接，帮助“草根队伍”成长为规范运作的社区社会组织。"
                ),
                "description": (
                    "孵化基地位于锦绣邻里中心三楼，设有共享办公区、会议室和活动室，入驻组织可以免费预约使用。"
                    "我们为每家入驻组织配一名“成长伙伴”，陪伴期一般为一年。"
                    "\n\n"
                    "陪伴的内容主要有：\n\n"
                    "- 备案指导：章程、负责人、活动场所等材料的准备\n"
                    "- 项目设计：从居民需求出发，写出第一份项目书\n"
                    "- 宣传展示：活动照片、公众号推文和品牌故事"
                    "\n\n"
                    "“出壳”的组织要做到有章程、有负责人、有场所、有活动、有台账，"
                    "再由所在街道备案或到区民政局登记。\n\n两年来，先后有28家组织入驻，其中19家完成备案。"
                ),
                "plan": "cultivation",
                "fields": ["社区治理"],
                "service_targets": ["全体居民"],
                "start": "2022-01-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["government_purchase", "云溪市青山区民政局", 360000, "2022-01-15"],
                    ["government_purchase", "云溪市青山区民政局", 380000, "2024-01-12"],
                ],
                "beneficiaries": {"group": "初创期社区社会组织", "count": 28, "person_times": 2100},
                "partners": ["青山区各街道办事处", "云溪市社会工作者协会"],
                "outcomes": [["孵化组织", "28 家"], ["完成备案", "19 家"], ["陪伴服务", "460 次"]],
                "brand_project": True,
            },
            {
                "id": "linghang-peixun",
                "title": "社区社会组织骨干“领航”培训计划",
                "summary": (
                    "面向会员组织负责人和骨干，开设项目设计、财务台账、志愿者管理、"
                    "活动安全和宣传写作等课程，边学边做，学完带着一份项目书回去。"
                ),
                "description": (
                    "不少队长是退休工人、全职妈妈和外卖骑手，热心有余，方法不足。"
                    "“领航”计划每月开两次课，每次半天，安排在周六上午，方便上班的骨干参加。"
                    "\n\n"
                    "课程分为四个单元：需求调研和项目设计、财务和台账、志愿者招募与激励、"
                    "活动安全和应急处置。每个单元都有作业，学员带着自己队伍的真实问题来，"
                    "由社工老师一对一点评。"
                    "\n\n"
                    "结业时，每支队伍都要交一份可以拿去申请公益创投的项目书。优秀的项目书会推荐到区里的公益创投大赛，去年就有9份获得了资助。学员结业后还被编入“领航”互助群，遇到难题随时可以问老师和同学。"
                ),
                "plan": "capacity",
                "fields": ["社区治理"],
                "service_targets": ["全体居民"],
                "start": "2023-03-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [
                    [
                        "lottery_fund",
                        "云溪市民政局（福利彩票公益金）",
                        80000,
                        "2023-03-10",
                        "YXMZ-CP-2023-004",
                    ],
                ],
                "beneficiaries": {
                    "group": "社区社会组织负责人和骨干",
                    "count": 320,
                    "person_times": 1260,
                },
                "partners": ["云溪市社会工作者协会", "云溪职业技术学院社会工作系"],
                "outcomes": [["培训课程", "36 节"], ["培训", "1,260 人次"], ["结业骨干", "286 人"]],
                "brand_project": False,
            },
            {
                "id": "guifan-zhidao",
                "title": "社区社会组织规范化建设指导",
                "summary": (
                    "上门帮助会员组织完善章程、财务台账和活动档案，"
                    "指导填报年度报告，做到信息公开、账目清楚。"
                ),
                "description": (
                    "社区社会组织大多没有专职会计，账本常常是一本手写的流水。"
                    "我们组织有经验的财务志愿者和社工，按街道分片上门，帮每支队伍把账目、"
                    "活动记录和志愿者名册整理清楚。"
                    "\n\n"
                    "今年的重点是年度报告：我们把填报要求做成一张图，逐家讲解收入怎么按来源分、"
                    "支出怎么分项目和管理费用，并提醒大家活动照片里有孩子时要征得家长同意。\n\n指导结束后，我们为每家组织建立一份“规范化清单”，列出已经做好的和还要补齐的事项，三个月后再回访一次，看清单上的事是不是都落实了。对做得好的组织，我们会推荐参加社会组织等级评估。"
                ),
                "plan": "management",
                "fields": ["社区治理"],
                "service_targets": ["全体居民"],
                "start": "2024-03-01",
                "end": "2024-12-31",
                "status": "running",
                "funding": [["other", "青山区社区治理工作经费", 50000, "2024-03-01"]],
                "beneficiaries": {"group": "会员组织", "count": 58, "person_times": 240},
                "partners": ["青山区各街道社会事务办"],
                "outcomes": [["上门指导", "58 家"], ["完成年报", "61 份"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-04-16",
                "slug": "chuangtou-luyan",
                "title": "首届青山区社区公益创投项目路演会",
                "place": "青山区社区社会组织孵化基地多功能厅",
                "project": "fuhua-jidi",
                "type": "会议",
                "theme": "",
                "co_organizers": [],
                "participants": 120,
                "volunteers": 10,
                "volunteer_hours": 40,
                "description": (
                    "22个社区社会组织带着各自的项目来到路演现场，每个项目有5分钟陈述、3分钟答辩。"
                    "评审组由民政干部、社工老师和居民代表组成，居民代表的打分占三成。"
                    "\n\n"
                    "最终14个项目获得公益创投资助，涵盖助老、儿童托管、垃圾分类和邻里调解等。"
                    "没有入选的项目，孵化基地也安排了“成长伙伴”帮助修改，明年再来。"
                ),
                "scene": "meeting_room",
                "banner": "青山区首届社区公益创投路演会",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "项目负责人站在投影屏幕前讲解方案",
                    "评审老师在长桌边为路演项目打分",
                    "会场里坐满了来自各个社区的观众",
                ],
            },
            {
                "date": "2023-03-05",
                "slug": "xueleifeng-jishi",
                "title": "云溪市社区社会组织学雷锋公益集市",
                "place": "青山区湖滨公园南广场",
                "project": "",
                "type": "公益集市",
                "theme": "学雷锋",
                "co_organizers": [
                    "liuan-yangguang",
                    "hetang-sidianban",
                    "wanghu-heshilao",
                    "jinxiu-tongxin",
                    "caihong-lvjia",
                    "gujing-pingan",
                    "binjiang-landun",
                    "bailu-xingfuyuan",
                    "chayuan-chamiao",
                    "wutongli-yueju",
                ],
                "participants": 1800,
                "volunteers": 160,
                "volunteer_hours": 960,
                "description": (
                    "三月五日是学雷锋纪念日。来自全市三个区县的三十多支社区社会组织在湖滨公园南广场摆开摊位："
                    "量血压、磨剪刀、修小家电、法律咨询、急救体验、垃圾分类游戏……"
                    "\n\n"
                    "蓝盾应急救援队的心肺复苏体验台前排起了长队；同心助残服务中心的学员现场售卖自己做的布艺和香包；"
                    "白鹭村幸福院的老人们带来了自家腌的咸菜。集市的义卖款全部捐入社区微心愿基金，"
                    "用于帮困难家庭实现一个个小心愿。"
                ),
                "scene": "market_stall",
                "banner": "学雷锋公益集市",
                "photos": 5,
                "children": False,
                "photo_alts": [
                    "公园广场上排开一长列蓝色帐篷摊位",
                    "志愿者在摊位前为老人测量血压",
                    "应急救援队员在假人上演示心肺复苏",
                    "助残服务中心的摊位上摆满手工布艺和香包",
                    "居民们在小家电维修摊前排队等候",
                ],
            },
            {
                "date": "2023-04-15",
                "slug": "linghang-kaiban",
                "end_date": "2023-12-09",
                "title": "“领航计划”骨干培训班开班至第35节课",
                "place": "青山区社区社会组织孵化基地培训室",
                "project": "linghang-peixun",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 86,
                # the 35 sessions before the graduation: with its 286, the year's 1,260
                "person_times": 974,
                "volunteers": 6,
                "volunteer_hours": 24,
                "description": (
                    "86位来自各社区的队长和骨干走进培训室，开始为期九个月的“领航计划”。"
                    "第一课是“从居民的一句抱怨开始”：社工老师请大家写下最近听到的三句居民抱怨，"
                    "再分组讨论，哪一句可以变成一个服务项目。"
                    "\n\n"
                    "课后，不少学员说，原来项目书不是“编”出来的，而是从身边的小事里“长”出来的。"
                    "\n\n"
                    "从开班到12月9日，三十五节课每节都点名，累计到课974人次；加上结业式的286人次，"
                    "全年培训1,260人次，与年度报告一致。"
                ),
                "scene": "classroom",
                "banner": "青山区社区社会组织骨干培训班",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "社工老师站在白板前讲课",
                    "学员们分组围坐在桌边讨论",
                    "一位学员把便利贴贴上白板",
                ],
            },
            {
                "date": "2023-09-22",
                "slug": "xiangmu-qiatan",
                "title": "青山区社区服务项目洽谈会",
                "place": "锦绣邻里中心一楼大厅",
                "project": "fuhua-jidi",
                "type": "会议",
                "theme": "",
                "co_organizers": [],
                "participants": 150,
                "volunteers": 12,
                "volunteer_hours": 48,
                "description": (
                    "洽谈会一边是拿着项目书的社区社会组织，一边是有需求、有资源的街道、社区和爱心企业。"
                    "32个项目在现场展示，双方面对面谈需求、谈预算、谈怎么评估效果。"
                    "\n\n"
                    "当天达成合作意向19项，其中助餐送餐、四点半课堂和骑手关爱项目最受欢迎。"
                    "联合会将跟进每一项意向，直到协议签订。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "大厅里摆着一排项目展板",
                    "社区书记和队长隔着桌子交谈",
                    "双方代表握手达成合作意向",
                ],
            },
            {
                "date": "2024-05-18",
                "slug": "nianbao-peixun",
                "title": "年度报告和财务规范专题培训",
                "place": "青山区社区社会组织孵化基地培训室",
                "project": "guifan-zhidao",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 64,
                "volunteers": 4,
                "volunteer_hours": 16,
                "description": (
                    "年度报告怎么填？收入为什么要按来源分开写？活动照片里有孩子怎么办？"
                    "这次培训请来一位做了二十年会计的志愿者，用一家助老队的真实账本做例子，一笔一笔讲。"
                    "\n\n"
                    "课后，大家当场打开电脑试填，遇到问题的队伍约好了下周的上门指导时间。培训资料还做成了一页纸的“填报小贴士”，发到了各组织的群里。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "投影屏幕上显示着年度报告的填写示例",
                    "学员们低头在笔记本电脑上试填报表",
                ],
            },
            {
                "date": "2024-09-21",
                "slug": "pinpai-fenxiang",
                "title": "青山区社区社会组织品牌故事分享会",
                "place": "青山区文化馆小剧场",
                "project": "",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 260,
                "volunteers": 20,
                "volunteer_hours": 80,
                "description": (
                    "八支队伍登上小剧场的舞台，用十分钟讲自己的故事：助老队讲一扇慢慢打开的门，"
                    "调解工作室讲一场化解了十年的楼上楼下矛盾，骑手驿家讲冬夜里的一碗热汤。"
                    "\n\n"
                    "台下坐着居民、街道干部和爱心企业代表。分享会结束后，"
                    "有三家企业当场表示愿意长期支持社区项目。分享会的视频也放在了联合会的公众号上。"
                ),
                "scene": "stage_performance",
                "banner": "社区社会组织品牌故事分享会",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "助老队队长站在舞台中央讲述服务故事",
                    "大屏幕上播放着志愿者送餐的照片",
                    "台下观众专注地听着分享",
                    "八支队伍的代表在台上合影",
                ],
            },
            {
                "date": "2023-12-16",
                "slug": "linghang-jieye",
                "title": "“领航计划”第一期结业式暨项目书评审",
                "place": "青山区社区社会组织孵化基地培训室",
                "project": "linghang-peixun",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 286,
                "volunteers": 8,
                "volunteer_hours": 32,
                "description": (
                    "九个月、三十六节课之后，286位骨干拿到了结业证书。结业式的上半场是项目书评审："
                    "每个单元推选出的优秀项目书由作者上台讲五分钟，社工老师和街道干部现场点评。"
                    "\n\n"
                    "下半场，学员们把这一年的作业贴满了一整面墙。联合会把其中9份项目书推荐到了"
                    "区里的公益创投大赛，“领航”互助群也在这一天正式建了起来。"
                ),
                "scene": "classroom",
                "banner": "“领航计划”第一期结业式",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "学员代表站在讲台前介绍自己的项目书",
                    "墙上贴满了学员一年来的课程作业",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 青山区 · 湖滨街道
    {
        "id": "liuan-yangguang",
        "name": "柳岸社区阳光助老服务队",
        "short_name": "阳光助老队",
        "status": "filed",
        "authority": "湖滨街道办事处",
        "status_date": "2019-06-18",
        "registered_kind": "",
        "guiding_unit": "柳岸社区居民委员会",
        "member_of": ["qingshan-lianhehui", "hubin-lianhehui"],
        "founded": "2019-03",
        "category": "生活服务类",
        "fields": ["养老服务", "邻里互助"],
        "service_targets": ["老年人", "困难群众", "全体居民"],
        "purpose": (
            "以“让每一位老人吃得上热饭、有人说说话”为宗旨，组织社区志愿者为高龄、独居和困难老人"
            "提供助餐送餐、定期探访、代买代办、安全提醒和节日关怀等服务，协助社区开展敬老爱老活动。"
        ),
        "area": ["青山区", "湖滨街道", "柳岸社区"],
        "venue": {"name": "柳岸社区党群服务中心二楼活动室", "address": "云溪市青山区湖滨路88号"},
        "phone": "0599-8612 3456",
        "email": "liuan-yangguang@example.org",
        "wechat": "柳岸阳光助老",
        "leader": {"name": "王秀英", "role": "队长"},
        "people": {"members": 46, "volunteers": 120, "staff_full_time": 0, "staff_part_time": 2},
        "party": {
            "has_branch": False,
            "note": "由柳岸社区党委联系指导，队内12名党员组成党员先锋岗",
        },
        "initial": "阳光",
        "color": "#A84300",
        "slogan": "有我在，您放心",
        "story": (
            "2019年春天，社区里一位独居的老人在家中摔倒，直到第二天中午才被来送菜的邻居发现。"
            "那天晚上，几位退休的老党员和楼道长坐在社区活动室里商量：能不能每天都有人去敲一敲门、问一声好？"
            "一个月后，我们十几个人组成了“阳光助老服务队”，在湖滨街道备了案。"
            "\n\n"
            "现在，我们每周一到周五中午和社区长者食堂一起，给行动不便的老人送午餐；"
            "每周二、周四下午分组上门探访，陪老人聊天、提醒吃药、看看燃气阀门关好没有；"
            "每月第一个周六在党群服务中心办“阳光生日会”，为当月过生日的老人煮一锅长寿面。"
            "队员大多是六十岁上下的“小老人”，我们常说，这是**年轻的老人照顾年老的老人**。"
            "\n\n"
            "住在7幢的李奶奶今年八十九岁，老伴去世后很少下楼。刚开始送餐时，她总是隔着门说“放门口就行”。"
            "队员小陈每次都多站两分钟，跟她讲讲楼下的桂花开了、菜场的鸡蛋涨价了。"
            "半年后，李奶奶主动开门请我们进屋坐；后来她跟着我们去参加生日会，"
            "用年轻时的拿手本事——剪纸，给大家剪了满满一桌的“福”字。"
            "\n\n"
            "接下来，我们想把“邻里时间银行”做起来：年轻志愿者今天服务的时长存进去，"
            "将来自己或家人需要时可以兑换服务。也欢迎住在柳岸的年轻人加入——"
            "每周抽出一个小时，就能让一扇门后的老人多一份安心。"
        ),
        "highlights": [["服务老人", "320 人"], ["年服务时长", "4,800 小时"], ["坚持服务", "5 年"]],
        "honors": [
            ["湖滨街道最美志愿服务队", "湖滨街道办事处", 2021],
            ["青山区优秀社区社会组织", "云溪市青山区民政局", 2023],
        ],
        "maintainers": ["liuan-yangguang"],
        "projects": [
            {
                "id": "yinling-zhucan",
                "title": "银龄午餐助餐送餐服务",
                "summary": (
                    "与柳岸社区长者食堂合作，为高龄、独居和行动不便的老人每天送一份热乎的午餐，"
                    "送餐时顺便看一看、问一问，发现异常及时联系家属和社区。"
                ),
                "description": (
                    "长者食堂开张后，能走到食堂的老人解决了吃饭问题，可还有六十多位老人下不了楼。"
                    "我们把他们按楼栋分成8条送餐线，每条线由2名队员负责，每天11点从食堂出发。"
                    "\n\n"
                    "送餐不只是送饭：\n\n"
                    "- 看一看：老人气色怎么样，家里有没有异味、积水\n"
                    "- 问一问：药吃了没有，最近有没有哪里不舒服\n"
                    "- 记一记：异常情况当天告诉社区网格员和家属"
                    "\n\n"
                    "两年里，送餐队员先后三次及时发现老人身体不适，送医得早，都转危为安。送餐费用由街道购买服务资金和爱心企业捐赠承担，老人只需支付饭菜的成本价。"
                ),
                "plan": "role",
                "fields": ["养老服务"],
                "service_targets": ["老年人"],
                "start": "2022-03-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [
                    ["government_purchase", "湖滨街道办事处", 30000, "2022-02-20"],
                    ["donation", "云溪市百味餐饮有限公司", 8000, "2023-01-10"],
                ],
                "beneficiaries": {"group": "高龄独居老人", "count": 60, "person_times": 9800},
                "partners": ["柳岸社区卫生服务站", "柳岸社区长者食堂"],
                "outcomes": [["送餐", "9,800 份"], ["发现险情", "3 次"], ["满意度", "98%"]],
                "brand_project": True,
            },
            {
                "id": "shijian-yinhang",
                "title": "柳岸“邻里时间银行”试点",
                "summary": (
                    "志愿者的服务时长记入“时间银行”，将来本人或家人需要时可以兑换同等时长的服务，"
                    "吸引更多年轻居民加入助老服务。"
                ),
                "description": (
                    "助老队的队员平均年龄62岁，队伍需要年轻人。我们参考其他城市的做法，"
                    "在社区试点“邻里时间银行”：每服务一小时存入一个“时间币”，可以兑换上门理发、"
                    "陪同就医、家电小修等服务，也可以转赠给家里的老人。"
                    "\n\n"
                    "试点期间，我们制定了存取规则，培训了记账员，并请社区居委会担任“信用担保人”，"
                    "保证时间币长期有效。\n\n试点第一年，我们先在三个楼栋运行，每月底把各楼栋的存取记录张贴公示，接受居民监督。等规则磨合顺了，再推广到整个社区，并争取和周边社区互认时间币。"
                ),
                "plan": "capacity",
                "fields": ["养老服务", "邻里互助"],
                "service_targets": ["老年人", "全体居民"],
                "start": "2024-01-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["venture", "青山区社区社会组织联合会（社区公益创投）", 20000, "2024-01-10"]
                ],
                "beneficiaries": {
                    "group": "社区志愿者和老年人",
                    "count": 150,
                    "person_times": 1600,
                },
                "partners": ["柳岸社区居民委员会"],
                "outcomes": [["新注册志愿者", "58 人"], ["存入时间币", "2,300 个"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-05-10",
                "slug": "songcan-qidong",
                "title": "银龄助餐送餐服务启动",
                "place": "柳岸社区长者食堂",
                "project": "yinling-zhucan",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 60,
                "volunteers": 16,
                "volunteer_hours": 32,
                "description": (
                    "上午十点半，长者食堂的后厨已经飘出红烧冬瓜的香味。16名队员领到了保温箱和送餐路线图，"
                    "社区卫生服务站的医生给大家讲了送餐时要留意的几种身体异常。"
                    "\n\n"
                    "十一点整，8条送餐线同时出发。第一天送出午餐60份，每一份都写着老人的楼栋号和口味要求：少盐、软烂、不吃葱。"
                ),
                "scene": "dining_hall",
                "banner": "柳岸社区银龄助餐服务启动",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员们在食堂窗口把饭菜装进保温箱",
                    "医生给送餐队员讲解注意事项",
                    "队员提着保温箱走进居民楼",
                ],
            },
            {
                "date": "2022-10-04",
                "slug": "chongyang-shoumian",
                "title": "重阳节“阳光生日会”长寿面",
                "place": "柳岸社区党群服务中心二楼活动室",
                "project": "yinling-zhucan",
                "type": "志愿服务",
                "theme": "重阳敬老",
                "co_organizers": [],
                "participants": 48,
                "volunteers": 14,
                "volunteer_hours": 42,
                "description": (
                    "重阳节这天的生日会格外热闹。队员们一早擀好了面，现场下锅，每碗面上卧一个荷包蛋。"
                    "十月过生日的九位老人戴上寿星帽，坐在最前排。"
                    "\n\n"
                    "八十九岁的李奶奶第一次来参加，带来了一沓剪好的红色“寿”字，分给在场的每一个人。生日会结束后，队员们把长寿面送到了没能来的几位老人家中。"
                ),
                "scene": "dining_hall",
                "banner": "阳光生日会",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "志愿者为老人端上热腾腾的长寿面",
                    "几位寿星老人戴着寿星帽围坐一桌",
                    "一位老人举起红色剪纸寿字展示",
                ],
            },
            {
                "date": "2023-07-12",
                "slug": "xiari-tanfang",
                "title": "高温天上门探访独居老人",
                "place": "柳岸社区各居民楼",
                "project": "yinling-zhucan",
                "type": "志愿服务",
                "theme": "邻里守望",
                "co_organizers": [],
                "participants": 42,
                "volunteers": 20,
                "volunteer_hours": 60,
                "description": (
                    "连续多日的高温里，队员们分成十组，给社区里的独居老人送去绿豆汤、清凉油和防暑药品。"
                    "进门后，大家先看空调能不能用、电扇转不转，再提醒老人别舍不得开空调。"
                    "\n\n"
                    "有两户老人的空调坏了，我们当天联系了物业维修，傍晚前都修好了。我们还给每位老人留了一张写着防暑要点的小卡片，贴在冰箱上。"
                ),
                "scene": "elderly_visit",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员把一碗绿豆汤递给坐在藤椅上的老人",
                    "志愿者检查老人家里的电风扇",
                    "两名队员拎着防暑物资走在楼道里",
                ],
            },
            {
                "date": "2023-10-23",
                "slug": "chongyang-chahua",
                "title": "重阳节敬老茶话会",
                "place": "柳岸社区党群服务中心",
                "project": "",
                "type": "文化活动",
                "theme": "重阳敬老",
                "co_organizers": [],
                "participants": 60,
                "volunteers": 12,
                "volunteer_hours": 48,
                "description": (
                    "长桌上摆着桂花糕、橘子和热茶，社区里六十位老人围坐一起，聊年轻时的工作、"
                    "聊孙辈的学习，也聊社区这几年的变化。"
                    "\n\n"
                    "茶话会的最后，队员和老人们一起合唱《难忘今宵》，不少老人跟着拍手打节拍。茶话会上，老人们还推选出了三位“楼栋联络员”，以后谁家有事可以先找他们。散场时，队员们把没吃完的点心打包，送给了行动不便的老人。"
                ),
                "scene": "dining_hall",
                "banner": "柳岸社区重阳节敬老茶话会",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "志愿者为老人端上热茶",
                    "老人们围坐在长桌边聊天",
                    "队员和老人一起合唱难忘今宵",
                ],
            },
            {
                "date": "2024-02-03",
                "slug": "yingchun-jiaozi",
                "title": "迎新春包饺子送温暖",
                "place": "柳岸社区长者食堂",
                "project": "",
                "type": "互助活动",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 70,
                "volunteers": 18,
                "volunteer_hours": 54,
                "description": (
                    "腊月里，食堂变成了饺子坊。能下楼的老人和队员一起和面、剁馅、包饺子，"
                    "有的捏成元宝，有的捏成麦穗。"
                    "\n\n"
                    "包好的饺子一部分当场煮了吃，另一部分装进保温盒，由队员送到下不了楼的老人家里，"
                    "一共送出46份。送饺子时，队员们还给每位老人带去一副书香社区翰墨书法社写的春联，并帮着贴好。"
                ),
                "scene": "dining_hall",
                "banner": "柳岸邻里迎新春",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "老人和志愿者围着案板包饺子",
                    "一盘捏成元宝形状的饺子",
                    "队员把饺子装进保温盒",
                    "队员在门口把饺子交给一位老人",
                ],
            },
            {
                "date": "2024-04-13",
                "slug": "shijian-yinhang-peixun",
                "title": "“邻里时间银行”记账员培训",
                "place": "柳岸社区党群服务中心二楼活动室",
                "project": "shijian-yinhang",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 22,
                "volunteers": 3,
                "volunteer_hours": 9,
                "description": (
                    "时间银行的账要记得清、查得到。我们请孵化基地的社工老师给22位楼栋记账员上课，"
                    "讲怎么核对服务时长、怎么登记兑换、遇到争议怎么处理。"
                    "\n\n"
                    "培训后，每位记账员领到一本登记簿，负责自己楼栋的存取记录，每月底交社区公示。培训结束时，记账员们互相模拟了一次存取登记，确保每个人都会操作。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "社工老师在白板上讲解时间币的存取规则",
                    "记账员们翻看新领到的登记簿",
                ],
            },
        ],
    },
    {
        "id": "hetang-sidianban",
        "name": "荷塘社区四点半课堂志愿服务队",
        "short_name": "荷塘四点半课堂",
        "status": "filed",
        "authority": "湖滨街道办事处",
        "status_date": "2020-11-09",
        "registered_kind": "",
        "guiding_unit": "荷塘社区居民委员会",
        "incubated_by": [("qingshan-lianhehui", "2020-09", "2020-11-09")],
        "member_of": ["qingshan-lianhehui", "hubin-lianhehui"],
        "founded": "2020-09",
        "category": "居民互助类",
        "fields": ["儿童关爱", "青少年成长", "邻里互助"],
        "service_targets": ["儿童", "青少年", "妇女"],
        "purpose": (
            "为双职工家庭、单亲家庭和困难家庭的小学生提供放学后的看护、作业辅导、阅读和兴趣活动；"
            "组织家长、退休教师和大学生志愿者互助服务，开展假期托管、安全教育和亲子活动，"
            "让孩子们放学后有一个安全、温暖的去处。"
        ),
        "area": ["青山区", "湖滨街道", "荷塘社区"],
        "venue": {
            "name": "荷塘社区儿童之家",
            "address": "云溪市青山区荷塘路21号荷塘社区党群服务中心一楼",
        },
        "phone": "0599-8613 0421",
        "email": "hetang-sidianban@example.org",
        "wechat": "荷塘四点半",
        "leader": {"name": "陈晓梅", "role": "队长"},
        "people": {"members": 38, "volunteers": 86, "staff_full_time": 0, "staff_part_time": 3},
        "party": {"has_branch": False, "note": "党员志愿者编入荷塘社区党委“红领”先锋岗"},
        "initial": "荷",
        "color": "#AD1457",
        "slogan": "放学后，到这里来",
        "story": (
            "2020年秋天开学后，社区网格员发现，每天下午四点半前后，总有几个孩子背着书包坐在楼道口，"
            "一边写作业一边等爸爸妈妈下班。那年十月的一个雨天，一个二年级的小姑娘在楼道里等到天黑，"
            "浑身冻得发抖。这件事在居民群里传开后，退休语文老师陈晓梅说：“我家就在楼下，孩子们来我这儿吧。”"
            "第二周，社区腾出一楼的活动室，四点半课堂开了张。"
            "\n\n"
            "现在，课堂每周一到周五下午开放到六点半。前一个小时写作业，退休教师和大学生志愿者一对一答疑；"
            "后一个小时是阅读、手工、跳绳和棋类。周三下午是“家长值班日”，"
            "轮到的家长请半天假来帮忙，换来其他日子的安心——这是我们最看重的**互助**。"
            "\n\n"
            "小宇刚来的时候三年级，爸爸在外地跑运输，妈妈在超市上晚班。他上课坐不住，作业常常空着。"
            "志愿者发现他特别喜欢拼装模型，就跟他约定：作业写完，就一起拼一艘船。"
            "一个学期下来，小宇的作业本越来越干净，课堂书架上也多了三艘他亲手拼的船。"
            "现在他上了五年级，成了课堂里帮小同学读绘本的“小老师”。"
            "\n\n"
            "我们的下一个心愿，是把暑期托管班办得更长一些，让更多来城里过暑假的“小候鸟”有地方去；也希望请更多的爸爸加入值班——孩子们说，爸爸讲的科学小实验最好玩。"
        ),
        "highlights": [
            ["服务儿童", "186 名"],
            ["开放时间", "每周 5 天"],
            ["家长值班", "1,100 人次"],
        ],
        "honors": [["云溪市优秀志愿服务项目", "云溪市精神文明建设委员会办公室", 2022]],
        "maintainers": ["hetang-sidianban", "chen-xiaomei"],
        "projects": [
            {
                "id": "fangxue-tuoguan",
                "title": "四点半课堂放学后看护",
                "summary": (
                    "工作日下午四点半到六点半，为社区小学生提供免费的看护、作业辅导和阅读活动，"
                    "家长轮流值班，退休教师和大学生志愿者答疑。"
                ),
                "description": (
                    "课堂每天接待二十到三十名小学生，按年级分成三桌。志愿者只答疑、不代写，"
                    "鼓励孩子自己先想；写完作业的孩子可以去阅读角或者活动区。"
                    "\n\n"
                    "为了安全，我们做了几条规定：\n\n"
                    "- 孩子进出都要签到签退，由家长或家长指定的人接走\n"
                    "- 每天至少有两名成年志愿者在场\n"
                    "- 拍照只拍背影和手部，公开使用前征得家长书面同意"
                    "\n\n"
                    "课堂不收费，茶点和文具由街道购买服务资金和家长自愿捐助解决。每学期末，我们都会请家长填写一份意见表，根据大家的建议调整下学期的活动安排。"
                ),
                "plan": "role",
                "fields": ["儿童关爱"],
                "service_targets": ["儿童"],
                "start": "2021-09-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["government_purchase", "湖滨街道办事处", 40000, "2022-08-25"],
                    ["self_raised", "荷塘社区家长互助金", 6000, "2023-09-01"],
                ],
                "beneficiaries": {"group": "社区小学生", "count": 186, "person_times": 14200},
                "partners": ["荷塘小学", "云溪师范学院青年志愿者协会"],
                "outcomes": [
                    ["服务", "14,200 人次"],
                    ["家长值班", "1,100 人次"],
                    ["家长满意度", "97%"],
                ],
                "brand_project": True,
            },
            {
                "id": "shuqi-xiaohouniao",
                "title": "暑期“小候鸟”托管班",
                "summary": (
                    "暑假里为来城里和打工父母团聚的“小候鸟”以及双职工家庭的孩子开设托管班，"
                    "上午学习、下午活动，为期八周。"
                ),
                "description": (
                    "每年暑假，不少在老家读书的孩子会来城里和父母住上一两个月。父母白天上班，"
                    "孩子只能关在出租屋里看电视。托管班就是为他们开的。"
                    "\n\n"
                    "八周里，上午是暑假作业和阅读，下午是游泳安全课、科学小实验、社区寻宝和参观消防站。"
                    "最后一周，孩子们办了一场小小成果展，把画、手工和日记摆满了活动室。\n\n托管班每天上午八点半到下午五点，午饭由社区长者食堂提供，收取少量餐费，困难家庭免交。每天都有两名老师和四名大学生志愿者在场，孩子们的出入都由家长签字接送。结营时，家长们给托管班写了二十多封感谢信。"
                ),
                "plan": "role",
                "fields": ["儿童关爱", "青少年成长"],
                "service_targets": ["儿童", "留守人员"],
                "start": "2023-07-01",
                "end": "2023-08-31",
                "status": "finished",
                "funding": [
                    ["venture", "青山区社区社会组织联合会（社区公益创投）", 25000, "2023-06-10"]
                ],
                "beneficiaries": {
                    "group": "暑期来城儿童和双职工家庭儿童",
                    "count": 42,
                    "person_times": 1680,
                },
                "partners": ["湖滨消防救援站", "云溪师范学院青年志愿者协会"],
                "outcomes": [["托管儿童", "42 名"], ["开展活动", "40 场"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-03-01",
                "slug": "xinxueqi-kaike",
                "title": "新学期四点半课堂开课",
                "place": "荷塘社区儿童之家",
                "project": "fangxue-tuoguan",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 32,
                "volunteers": 8,
                "volunteer_hours": 16,
                "description": (
                    "新学期第一天，课堂换上了新的书架和台灯，墙上贴着孩子们自己画的“课堂公约”。"
                    "大学生志愿者带着孩子们做了一个小游戏，每人说一个寒假里最开心的事。"
                    "\n\n"
                    "六点半，家长们陆续来接孩子，签退本上又多了一页整齐的名字。这学期课堂新增了周四下午的科学小实验，由大学生志愿者轮流来上。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "孩子们坐在长桌前低头写作业，只见背影",
                    "大学生志愿者弯腰给孩子讲题",
                    "墙上贴着彩笔画的课堂公约",
                ],
            },
            {
                "date": "2022-06-01",
                "slug": "liuyi-qinzi",
                "title": "六一亲子游园会",
                "place": "荷塘社区荷花池广场",
                "project": "",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 120,
                "volunteers": 15,
                "volunteer_hours": 45,
                "description": (
                    "儿童节这天，荷花池广场摆开了套圈、投壶、两人三足和亲子拼图等八个游戏摊位。"
                    "孩子们拿着集章卡，和爸爸妈妈一起闯关，集满章可以换一本绘本。"
                    "\n\n"
                    "这次游园会的摊主全部是值班家长，大家说：平时是志愿者帮我们，今天我们也出一份力。活动结束后，孩子们还帮着把广场打扫得干干净净，一张纸屑都没留下。"
                ),
                "scene": "park",
                "banner": "荷塘社区六一亲子游园会",
                "photos": 4,
                "children": True,
                "photo_alts": [
                    "孩子和家长在广场上玩两人三足",
                    "套圈摊位前排着小朋友的队伍",
                    "家长志愿者在集章卡上盖章",
                    "孩子们捧着换来的绘本",
                ],
            },
            {
                "date": "2023-07-10",
                "slug": "xiaohouniao-kaiban",
                "title": "暑期“小候鸟”托管班开班",
                "place": "荷塘社区儿童之家",
                "project": "shuqi-xiaohouniao",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 42,
                "volunteers": 10,
                "volunteer_hours": 40,
                "description": (
                    "42个孩子背着书包来报到，最小的刚读完一年级，最大的要升初中。"
                    "开班第一课是“认识新邻居”：孩子们在社区地图上找到自己住的楼，"
                    "再用彩笔画出从家到儿童之家的路线。"
                    "\n\n"
                    "不少孩子是第一次来城里过暑假，老师们特意留出时间，让他们给老家的爷爷奶奶写一张明信片。明信片后来由社区统一寄出。"
                ),
                "scene": "classroom",
                "banner": "荷塘小候鸟暑期托管班",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "孩子们趴在大幅社区地图上画路线",
                    "老师在黑板上写下托管班作息表",
                    "一张写给爷爷奶奶的明信片特写",
                ],
            },
            {
                "date": "2023-11-18",
                "slug": "fenlei-xiaoketang",
                "title": "垃圾分类小课堂",
                "place": "荷塘社区儿童之家",
                "project": "fangxue-tuoguan",
                "type": "培训",
                "theme": "垃圾分类",
                "co_organizers": ["caihong-lvjia"],
                "participants": 36,
                "volunteers": 6,
                "volunteer_hours": 12,
                "description": (
                    "彩虹社区绿色家园环保志愿队的阿姨们带着四个小垃圾桶和一大袋“道具垃圾”来到课堂。"
                    "果皮、电池、旧报纸、用过的纸巾……孩子们分组抢答，把卡片投进对应的桶里。"
                    "\n\n"
                    "最后，每个孩子领到一张分类小卡片，回家当家里的“分类监督员”。这堂课是两支志愿队第一次合作，以后每学期都会来一次。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "四个不同颜色的小垃圾桶摆在讲台前",
                    "孩子举手抢答垃圾分类问题，只见背影",
                    "环保志愿者展示一张垃圾分类卡片",
                ],
            },
            {
                "date": "2024-05-12",
                "slug": "fangzai-anquanke",
                "title": "防灾减灾日儿童安全课",
                "place": "荷塘社区儿童之家",
                "project": "fangxue-tuoguan",
                "type": "培训",
                "theme": "防灾减灾",
                "co_organizers": [],
                "participants": 40,
                "volunteers": 6,
                "volunteer_hours": 12,
                "description": (
                    "全国防灾减灾日，课堂请来社区网格员给孩子们上了一堂安全课：地震时躲在哪里，"
                    "着火时怎么用湿毛巾捂住口鼻、弯腰走，迷路时找谁帮忙。"
                    "\n\n"
                    "课后大家进行了一次疏散演练，从听到铃声到全部到达广场，用时一分四十秒。演练结束后，志愿者还和孩子们一起检查了儿童之家的灭火器和应急灯。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "网格员在教室前方演示弯腰捂鼻的动作",
                    "孩子们蹲在课桌下练习避险，只见背影",
                    "孩子们排队走向社区广场",
                ],
            },
        ],
    },
    {
        "id": "wanghu-heshilao",
        "name": "望湖社区和事佬调解工作室",
        "short_name": "和事佬工作室",
        "status": "filed",
        "authority": "湖滨街道办事处",
        "status_date": "2018-05-22",
        "registered_kind": "",
        "guiding_unit": "望湖社区居民委员会",
        "member_of": ["qingshan-lianhehui", "hubin-lianhehui"],
        "founded": "2018-03",
        "category": "社区事务类",
        "fields": ["平安调解", "社区治理"],
        "service_targets": ["全体居民", "老年人", "困难群众"],
        "purpose": (
            "组织退休法律工作者、老党员和热心居民，调解邻里之间因漏水、噪音、停车、宠物、"
            "装修等引起的矛盾纠纷；开展楼道议事、普法宣传和法律咨询，引导居民依法理性表达诉求，"
            "把矛盾化解在楼道里、解决在萌芽中。"
        ),
        "area": ["青山区", "湖滨街道", "望湖社区"],
        "venue": {
            "name": "望湖社区和事佬调解室",
            "address": "云溪市青山区望湖路156号望湖社区服务站",
        },
        "phone": "0599-8613 7702",
        "email": "",
        "wechat": "",
        "leader": {"name": "刘建国", "role": "主任"},
        "people": {"members": 12, "volunteers": 30, "staff_full_time": 0, "staff_part_time": 1},
        "party": {"has_branch": False, "note": "工作室7名党员组成功能型党小组，由望湖社区党委领导"},
        "initial": "和",
        "color": "#01579B",
        "slogan": "有事好商量，邻里一家亲",
        "story": (
            "望湖社区是一个三十年的老小区，楼上漏水、楼下晒被、车位不够、狗叫扰民，几乎天天有人到居委会“告状”。"
            "2018年初，三单元楼上楼下两户人家为漏水吵到了要打官司。退休法官刘建国听说后，"
            "拎着一壶茶分别上门，前后跑了五趟，最后两家人坐在一张桌上，商量好了修防水的费用怎么分。"
            "居委会趁热打铁，请他牵头成立了我们这个调解工作室。"
            "\n\n"
            "工作室每周一、三、五上午在社区服务站值班，谁家有烦心事都可以来坐一坐。"
            "值班的“和事佬”有退休法官、老教师、老民警，也有年轻的社区律师。"
            "我们的办法很朴素：**先听完，再说话**；先讲情，再讲理，最后讲法。"
            "遇到涉及多户的公共问题，我们就在楼道里摆张桌子开议事会，让大家自己商量出规矩。"
            "\n\n"
            "去年夏天，8幢的老张和楼上新搬来的小两口因为夜里的脚步声闹得很僵，老张一度想去物业贴告示。"
            "我们请双方到调解室，各自说了三分钟，又去两家实地听了听。原来是楼上木地板松了。"
            "小两口第二天就请人修好，还送了老张一盒自家做的青团。现在两家人在电梯里见了面，会互相点个头。"
            "\n\n"
            "接下来，我们想培养更多年轻的“和事佬”，把调解经验整理成一本小册子，让其他社区也能用。"
        ),
        "highlights": [
            ["调解纠纷", "412 件"],
            ["调解成功率", "95%"],
            ["楼道议事会", "86 场"],
        ],
        "honors": [
            ["云溪市“枫桥式”人民调解工作室", "云溪市司法局", 2022],
            ["湖滨街道平安建设先进集体", "湖滨街道办事处", 2020],
        ],
        "maintainers": ["wanghu-heshilao"],
        "projects": [
            {
                "id": "loudao-yishi",
                "title": "楼道议事会：邻里矛盾就地化解",
                "summary": (
                    "把调解桌搬到楼道里，围绕停车、晾晒、宠物、加装电梯等公共问题召开议事会，"
                    "由居民商量出楼栋公约，调解员全程主持和跟踪落实。"
                ),
                "description": (
                    "很多矛盾不是两家人的事，而是一栋楼的事。我们总结出议事会“五步法”："
                    "收集问题、上门听意见、楼道开会、形成公约、一个月后回访。"
                    "\n\n"
                    "两年里，议事会促成了12个楼栋的晾晒公约、6个楼栋的文明养犬公约，"
                    "也帮3栋楼理清了加装电梯的费用分摊办法。"
                    "\n\n"
                    "每场议事会都有会议记录，公约张贴在单元门口，由楼栋长负责提醒大家遵守。\n\n我们也发现，议事会最怕“议而不决”。所以每次会议都要定下具体的负责人和时间，一个月后调解员会回到楼道，看看公约有没有落实，需要调整的再开一次会。"
                ),
                "plan": "role",
                "fields": ["平安调解", "社区治理"],
                "service_targets": ["全体居民"],
                "start": "2022-03-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [["government_purchase", "湖滨街道办事处", 20000, "2022-03-01"]],
                "beneficiaries": {"group": "望湖社区居民", "count": 2600, "person_times": 3400},
                "partners": ["望湖社区物业服务中心", "湖滨街道司法所"],
                "outcomes": [["议事会", "52 场"], ["形成楼栋公约", "21 份"], ["调解成功率", "95%"]],
                "brand_project": False,
            },
            {
                "id": "falv-mingbairen",
                "title": "调解志愿者“法律明白人”培训",
                "summary": "为新加入的调解志愿者开设民法典、调解技巧和心理疏导课程，培养年轻的“和事佬”。",
                "description": (
                    "工作室的老调解员平均年龄已经超过65岁。为了让经验传下去，我们和街道司法所合作，"
                    "招募了16位年轻志愿者，有社区律师、社工，也有在读的法学研究生。"
                    "\n\n"
                    "培训分理论课和“跟班”两部分：理论课讲民法典中的相邻关系、物业服务和侵权责任；"
                    "跟班则是跟着老调解员值班，从旁听到协助，再到独立主持一场调解。\n\n结业时，每位志愿者都要独立主持一次真实的调解，由老调解员在旁把关。结业后，他们被编入工作室的值班表，每月至少值班两次，遇到复杂的纠纷可以随时向老调解员求助。"
                ),
                "plan": "capacity",
                "fields": ["平安调解"],
                "service_targets": ["全体居民"],
                "start": "2023-04-01",
                "end": "2023-10-31",
                "status": "finished",
                "funding": [["other", "湖滨街道司法所（普法宣传经费）", 8000, "2023-04-10"]],
                "beneficiaries": {"group": "调解志愿者", "count": 16, "person_times": 190},
                "partners": ["湖滨街道司法所", "云溪市律师协会"],
                "outcomes": [["结业志愿者", "16 人"], ["独立主持调解", "23 件"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-06-18",
                "slug": "tingche-yishi",
                "title": "12幢楼道议事会：停车难怎么办",
                "place": "望湖社区12幢一单元楼道口",
                "project": "loudao-yishi",
                "type": "会议",
                "theme": "",
                "co_organizers": [],
                "participants": 28,
                "volunteers": 3,
                "volunteer_hours": 6,
                "description": (
                    "12幢门口的空地只能停六辆车，却有十四户人家有车。调解员把桌子摆在楼道口，"
                    "请每户派一个人来，先把各自的难处说出来。"
                    "\n\n"
                    "两个小时后，大家商量出了办法：白天优先给老人就医接送用车，晚上轮流停放，"
                    "电动车统一停到新划的车棚。公约当场签字，贴在单元门口。一个月后回访，楼里再没有因为停车吵过架。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "居民围坐在楼道口的折叠桌旁商量",
                    "调解员拿着笔记本记录大家的意见",
                    "单元门口张贴着新签好的停车公约",
                ],
            },
            {
                "date": "2022-11-09",
                "slug": "xiaofang-tiaojie",
                "title": "楼道堆物清理和消防安全劝导",
                "place": "望湖社区各居民楼",
                "project": "loudao-yishi",
                "type": "平安巡防",
                "theme": "平安建设",
                "co_organizers": [],
                "participants": 65,
                "volunteers": 12,
                "volunteer_hours": 36,
                "description": (
                    "全国消防日这天，调解员和楼栋长挨家挨户上门，劝导大家清理楼道里堆放的纸箱、旧家具和电动车电池。"
                    "有几户老人舍不得扔，我们就帮着把东西搬回家里或者送到废品站。"
                    "\n\n"
                    "一天下来，清出了六车杂物，楼道宽敞了，老人们走路也放心了。我们还提醒大家，电动车电池不要在楼道和家里充电。"
                ),
                "scene": "street_cleanup",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "志愿者把楼道里的旧纸箱搬上推车",
                    "调解员在门口和一位老人商量",
                    "清理后宽敞干净的楼道",
                ],
            },
            {
                "date": "2023-04-22",
                "slug": "mingbairen-kaiban",
                "title": "“法律明白人”培训开班",
                "place": "望湖社区服务站会议室",
                "project": "falv-mingbairen",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 20,
                "volunteers": 4,
                "volunteer_hours": 12,
                "description": (
                    "16位新学员和4位老调解员坐在一起。第一课由司法所的干部讲民法典里的相邻关系，"
                    "刘建国主任接着讲了他调解过的五个真实案例——当然，人名和楼号都隐去了。"
                    "\n\n"
                    "最后的模拟调解环节，两位学员扮演吵架的邻居，演得太像，全场笑成一片。笑过之后，老调解员一条条点评，大家记了满满几页笔记。"
                ),
                "scene": "meeting_room",
                "banner": "望湖社区法律明白人培训班",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "司法所干部在会议室前方讲课",
                    "老调解员和年轻学员并排听课",
                    "两名学员进行模拟调解表演",
                ],
            },
            {
                "date": "2023-12-04",
                "slug": "xianfa-pufa",
                "title": "国家宪法日普法宣传",
                "place": "望湖社区中心广场",
                "project": "",
                "type": "志愿服务",
                "theme": "平安建设",
                "co_organizers": [],
                "participants": 150,
                "volunteers": 10,
                "volunteer_hours": 30,
                "description": (
                    "国家宪法日，工作室在广场摆出咨询台，社区律师和调解员现场解答居民的法律问题。"
                    "问得最多的是遗嘱怎么写、租房押金不退怎么办、物业费该不该交。"
                    "\n\n"
                    "我们还准备了宪法知识问答，答对三题可以领一本民法典口袋书。一个上午，咨询台接待了六十多位居民，有几件复杂的问题，社区律师约好了再上门详谈。"
                ),
                "scene": "market_stall",
                "banner": "学习宪法 尊法守法",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "社区律师在咨询台前为居民解答问题",
                    "居民们在展板前阅读宪法知识",
                    "志愿者把口袋书递给答题的老人",
                ],
            },
            {
                "date": "2024-06-15",
                "slug": "gaokong-yishi",
                "title": "“守护头顶安全”议事会",
                "place": "望湖社区服务站会议室",
                "project": "",
                "type": "会议",
                "theme": "平安建设",
                "co_organizers": [],
                "participants": 34,
                "volunteers": 4,
                "volunteer_hours": 10,
                "description": (
                    "最近有居民反映楼上有花盆掉下来，差点砸到人。工作室召集楼栋长、物业和居民代表开议事会，"
                    "讨论怎么防止高空坠物。"
                    "\n\n"
                    "会上定下三件事：阳台花盆一律移到内侧或加装护栏；物业在几个重点楼栋加装监控；"
                    "楼栋长每月检查一次。议事会结束后，调解员陪同物业逐栋张贴了提醒。一个月后，楼栋长们交回了检查记录。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "居民代表在会上举手发言",
                    "物业人员在阳台外侧安装花架护栏",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 青山区 · 梧桐街道
    {
        "id": "wutongli-yueju",
        "name": "梧桐里社区越剧社",
        "short_name": "梧桐越剧社",
        "status": "filed",
        "authority": "梧桐街道办事处",
        "status_date": "2017-03-15",
        "registered_kind": "",
        "guiding_unit": "梧桐里社区居民委员会",
        "member_of": ["qingshan-lianhehui"],
        "founded": "2014-05",
        "category": "文体娱乐类",
        "fields": ["文化体育"],
        "service_targets": ["老年人", "妇女", "全体居民"],
        "purpose": (
            "团结热爱越剧和地方戏曲的社区居民，开展排练、演出和交流活动；"
            "组织越剧进社区、进养老院、进学校的惠民演出，传承地方戏曲文化，丰富居民精神文化生活。"
        ),
        "area": ["青山区", "梧桐街道", "梧桐里社区"],
        "venue": {"name": "梧桐里社区文化活动中心排练厅", "address": "云溪市青山区梧桐里32号"},
        "phone": "0599-8625 3310",
        "email": "",
        "wechat": "梧桐里越剧社",
        "leader": {"name": "沈美华", "role": "社长"},
        "people": {"members": 32, "volunteers": 10, "staff_full_time": 0, "staff_part_time": 0},
        "party": {
            "has_branch": False,
            "note": "由梧桐里社区党委联系指导，参与社区“红色文艺轻骑兵”",
        },
        "initial": "越",
        "color": "#6A1B9A",
        "slogan": "一声越调，满巷乡音",
        "story": (
            "2014年的一个夏夜，梧桐里小花园的葡萄架下，退休纺织女工沈美华用一台旧录音机放起了《梁祝》，"
            "跟着哼了几句。第二天晚上，葡萄架下多了三个人；一个月后，多了十几个人，还有人从家里翻出了二胡。"
            "那年秋天，社区把文化活动中心的一间空屋借给我们排练，越剧社就这样成了。"
            "\n\n"
            "现在我们每周二、周五下午在排练厅练唱腔、练身段，周日上午请专业老师来“抠戏”。"
            "社员里有退休教师、纺织工人、医生，最小的四十岁，最大的八十一岁。"
            "每个月我们至少去一次养老院或者兄弟社区演出，行头大多是社员自己缝的，"
            "水袖是沈社长一针一线改出来的。"
            "\n\n"
            "社员吴阿姨年轻时是纺织厂的文艺骨干，退休后因为照顾生病的老伴，好几年没出过门。"
            "老伴走后，她整个人都没了精神。邻居拉她来听了一次排练，她坐在角落里听完一整出《红楼梦》，"
            "第二次来就跟着唱了。去年重阳节，七十六岁的吴阿姨在柳岸社区的舞台上唱了一段“天上掉下个林妹妹”，"
            "台下的老人们跟着一起唱，她说那是她这些年最开心的一天。"
            "\n\n"
            "我们最大的心愿，是让社区的孩子们也喜欢上越剧。2024年冬天，我们要办第一期少儿戏曲公益课，请社里的老演员和专业老师一起教唱腔、教身段，让这门老手艺在梧桐里的巷子里一直唱下去。"
        ),
        "highlights": [
            ["惠民演出", "186 场"],
            ["观众", "2.8 万人次"],
            ["保留剧目", "12 出"],
        ],
        "honors": [
            ["青山区群众文艺汇演一等奖", "云溪市青山区文化和旅游局", 2019],
            ["云溪市优秀群众文艺团队", "云溪市文化馆", 2023],
        ],
        "maintainers": ["wutongli-yueju"],
        "projects": [
            {
                "id": "yueju-jinshequ",
                "title": "越剧进社区惠民演出",
                "summary": (
                    "全年走进社区、养老院和乡村开展越剧惠民演出，演经典折子戏，"
                    "也演社员自己编的反诈、垃圾分类小戏。"
                ),
                "description": (
                    "我们和街道一起排出全年的演出日程，优先去老年人多、文化活动少的地方："
                    "老旧小区、养老院和周边乡村。每场演出一小时左右，有经典折子戏，"
                    "也有社员自编的小戏，比如用越剧唱腔讲防范电信诈骗。"
                    "\n\n"
                    "演出的音响、服装和路费由街道购买服务资金和商户捐赠解决，社员演出不拿报酬。\n\n每场演出前，我们都会提前和社区或养老院商量，了解老人们爱听哪些唱段；演出结束后，社员们还会留下来陪老人聊聊天、拍张合影。一年下来，不少地方的老人和社员成了老朋友，盼着我们下一次再去。"
                ),
                "plan": "role",
                "fields": ["文化体育"],
                "service_targets": ["老年人", "全体居民"],
                "start": "2023-01-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [
                    ["government_purchase", "梧桐街道办事处", 15000, "2023-03-01"],
                    ["donation", "梧桐里社区爱心商户联盟", 5000, "2023-05-20"],
                ],
                "beneficiaries": {"group": "社区和养老院老人", "count": 2400, "person_times": 3600},
                "partners": ["梧桐街道综合文化站", "青山区颐康养老院"],
                "outcomes": [["演出", "24 场"], ["观众", "3,600 人次"], ["新编小戏", "2 出"]],
                "brand_project": True,
            },
            {
                "id": "xiqu-chuancheng",
                "title": "少儿戏曲公益课",
                "summary": "寒假和周末为社区小学生开设越剧启蒙课，学唱腔、学身段、认识戏曲行当。",
                "description": (
                    "越剧社的社员越来越“老”，我们希望社区里的孩子也能听懂、喜欢越剧。"
                    "公益课计划开设十六次，每次一个半小时，由社里的老演员和专业老师一起教。"
                    "\n\n"
                    "课程内容包括：\n\n"
                    "- 认识生旦净丑和越剧的服装头饰\n"
                    "- 学唱《梁祝》《红楼梦》中的经典唱段\n"
                    "- 排一出简短的儿童越剧，在春节前的社区晚会上演出\n\n公益课不收费，戏服和道具由社员们自己动手改制。报名优先照顾双职工家庭和困难家庭的孩子，每期招收三十名，上课时至少有两名成年社员在场，照片只在征得家长同意后使用。"
                ),
                "plan": "cultivation",
                "fields": ["文化体育", "青少年成长"],
                "service_targets": ["儿童", "青少年"],
                "start": "2024-11-01",
                "end": "2025-06-30",
                "status": "planned",
                "funding": [["self_raised", "梧桐里社区越剧社", 3000, "2024-10-15"]],
                "beneficiaries": {"group": "社区小学生", "count": 30, "person_times": 480},
                "partners": ["梧桐小学"],
                "outcomes": [["计划课时", "16 次"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-02-15",
                "slug": "yuanxiao-zhuanchang",
                "title": "元宵节越剧专场",
                "place": "梧桐里社区文化活动中心",
                "project": "",
                "type": "文化活动",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 180,
                "volunteers": 8,
                "volunteer_hours": 24,
                "description": (
                    "元宵节晚上，活动中心挂满了红灯笼。越剧社演出了《梁祝·十八相送》《五女拜寿》选段，"
                    "中场还有猜灯谜环节，灯谜都和越剧有关。"
                    "\n\n"
                    "演出结束时，社员们端出两大锅汤圆，台上台下一起过了个热热闹闹的元宵节。散场时，不少老人拉着社员的手说：明年元宵，还要来这里听戏、吃汤圆。"
                ),
                "scene": "stage_performance",
                "banner": "梧桐里社区元宵越剧专场",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "两位身穿戏服的演员在台上表演十八相送",
                    "观众席上挂着一排红灯笼",
                    "社员们给观众分发热汤圆",
                ],
            },
            {
                "date": "2022-10-04",
                "slug": "chongyang-liuan",
                "title": "重阳节越剧进柳岸社区",
                "place": "柳岸社区党群服务中心广场",
                "project": "",
                "type": "文化活动",
                "theme": "重阳敬老",
                "co_organizers": ["liuan-yangguang"],
                "participants": 220,
                "volunteers": 20,
                "volunteer_hours": 60,
                "description": (
                    "重阳节下午，越剧社和柳岸社区阳光助老服务队一起，在柳岸社区广场为老人们办了一场专场演出。"
                    "助老队的队员把行动不便的老人用轮椅推到前排，还准备了热茶和重阳糕。"
                    "\n\n"
                    "吴阿姨的一段《红楼梦》唱完，台下的老人们跟着一起唱了起来，掌声久久不停。这是两支队伍的第一次合作，后来成了每年重阳的保留节目。"
                ),
                "scene": "stage_performance",
                "banner": "越剧进社区 重阳送欢乐",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "身着戏服的演员在露天舞台上演唱",
                    "志愿者推着坐轮椅的老人来到前排",
                    "台下老人们跟着节拍鼓掌",
                    "演员们谢幕时向观众鞠躬",
                ],
            },
            {
                "date": "2023-05-14",
                "slug": "yanglaoyuan-yanchu",
                "title": "越剧进养老院",
                "place": "青山区颐康养老院多功能厅",
                "project": "yueju-jinshequ",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 90,
                "volunteers": 14,
                "volunteer_hours": 42,
                "description": (
                    "母亲节这天，我们来到颐康养老院。考虑到老人们坐久了累，演出压缩到五十分钟，"
                    "选的都是大家耳熟能详的唱段。"
                    "\n\n"
                    "一位坐轮椅的老奶奶从头到尾都在轻轻打拍子，演出结束后拉着演员的手不肯放，"
                    "说年轻时在剧场里看过这出戏。临走时，社员们和养老院约好，以后每个季度都来演一场。老人们点的唱段，也记在了本子上。"
                ),
                "scene": "stage_performance",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "演员在养老院多功能厅里演唱",
                    "坐轮椅的老人们在台下观看",
                    "演员弯腰握着一位老人的手",
                ],
            },
            {
                "date": "2023-09-29",
                "slug": "zhongqiu-xiqu",
                "title": "中秋戏曲晚会",
                "place": "梧桐里社区小花园",
                "project": "yueju-jinshequ",
                "type": "文化活动",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 260,
                "volunteers": 12,
                "volunteer_hours": 36,
                "description": (
                    "中秋夜，我们回到了越剧社起步的小花园，在葡萄架边搭起简易舞台。"
                    "这一晚演出了社员新编的小戏《月圆莫信陌生电话》，用越剧唱腔讲防范电信诈骗，"
                    "台下笑声不断。"
                    "\n\n"
                    "演出结束后，社区给每户送了一块月饼，大家在花园里赏月聊天到很晚。小戏后来还被街道请去，在反诈宣传月里又演了三场。"
                ),
                "scene": "stage_performance",
                "banner": "梧桐里中秋戏曲晚会",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "夜色中葡萄架边的简易舞台亮着灯",
                    "两位演员表演反诈越剧小戏",
                    "居民们坐在小花园里观看演出",
                ],
            },
            {
                "date": "2024-07-20",
                "slug": "paiyan-xinxi",
                "title": "暑期排练新戏《追鱼》选段",
                "place": "梧桐里社区文化活动中心排练厅",
                "project": "",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 28,
                "volunteers": 2,
                "volunteer_hours": 6,
                "description": (
                    "今年我们请来市越剧团退休的老师，指导排练《追鱼》选段。"
                    "老师从一个转身、一个水袖抠起，一个下午只排了三分钟的戏。"
                    "\n\n"
                    "社员们说，累是真累，可每排好一段，就觉得自己离舞台又近了一步。这出《追鱼》选段排了整整两个月，计划在今年的重阳节演出中和观众见面。排练间隙，老社员们还会把自己的经验讲给新社员听。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "老师示范越剧水袖动作",
                    "社员们在排练厅镜子前练习身段",
                ],
            },
        ],
    },
    {
        "id": "shuxiang-hanmo",
        "name": "书香社区翰墨书法社",
        "short_name": "翰墨书法社",
        "status": "pending",
        "authority": "",
        "status_date": "",
        "registered_kind": "",
        "guiding_unit": "书香社区居民委员会",
        "incubated_by": [("qingshan-lianhehui", "2022-09", "")],
        "member_of": [],
        "founded": "2022-09",
        "category": "文体娱乐类",
        "fields": ["文化体育", "青少年成长"],
        "service_targets": ["老年人", "青少年", "全体居民"],
        "purpose": (
            "以书会友、以字育人，组织社区书法爱好者开展临帖交流、作品展览和公益教学；"
            "开设老少同堂书法课，组织新春写春联送福、传统节日书法展等活动，弘扬中华优秀传统文化。"
        ),
        "area": ["青山区", "梧桐街道", "书香社区"],
        "venue": {
            "name": "书香社区邻里书房",
            "address": "云溪市青山区书院街9号书香社区党群服务中心三楼",
        },
        "phone": "",
        "email": "",
        "wechat": "",
        "leader": {"name": "赵文博", "role": "社长"},
        "people": {"members": 28, "volunteers": 12, "staff_full_time": 0, "staff_part_time": 0},
        "party": {"has_branch": False, "note": "社长为书香社区党委兼职委员"},
        "initial": "墨",
        "color": "#37474F",
        "slogan": "一笔一画，写好邻里情",
        "story": (
            "书香社区旁边就是老书院街，住着不少退休的老师和机关干部，家家都有几支毛笔。"
            "2022年秋天，社区邻里书房开张，退休中学语文老师赵文博带着自己的笔墨去“试试桌子”，"
            "写着写着，身后站了一圈人看。有人说：“赵老师，教教我们吧。”第二周，书房里摆了六张桌子；"
            "到年底，我们已经有了二十多位社员，还在孵化基地报了名，开始学习怎么把一个“兴趣小组”办成一个社区社会组织。"
            "\n\n"
            "现在，每周三上午是社员的临帖交流时间，大家把一周的作业铺在长桌上，互相点评；"
            "每周六下午是“老少同堂”书法课，爷爷奶奶带着孙辈一起来，老人教孩子握笔，孩子教老人用手机拍作品发到家庭群。"
            "每年腊月，我们都会在社区门口摆开长桌，免费为居民写春联。"
            "\n\n"
            "社员老郑今年七十三岁，年轻时在工厂当钳工，一直羡慕写得一手好字的人。"
            "刚来时他连毛笔都拿不稳，就从一横一竖练起，每天写满两张毛边纸。"
            "一年后，他写的“家和万事兴”被选进了社区的新春书法展，他把作品送给了结婚三十周年的女儿女婿。"
            "\n\n"
            "接下来，我们准备完成备案，把书法课办进梧桐小学的课后服务，"
            "让更多孩子感受到一笔一画里的耐心与美。"
        ),
        "highlights": [
            ["社员", "28 人"],
            ["写送春联", "1,600 副"],
            ["老少同堂课", "62 节"],
        ],
        "honors": [],
        "maintainers": ["shuxiang-hanmo"],
        "projects": [
            {
                "id": "xinchun-chunlian",
                "title": "新春写春联送万家",
                "summary": "每年腊月在社区门口和老旧小区摆开长桌，为居民免费书写春联和“福”字，把祝福送到家门口。",
                "description": (
                    "写春联是我们每年最忙也最开心的时候。社员们提前一个月准备：统一采购红纸和墨汁，"
                    "整理一本“春联词库”，里面有传统联句，也有社员自己编的新联，比如写给外卖骑手的“风里来雨里去，"
                    "家家有你送温暖”。"
                    "\n\n"
                    "我们还会把写好的春联送到行动不便的老人家里，顺便帮着贴上。\n\n写春联用的红纸和墨汁由社员们凑钱购买，书院街的文房用品店也捐了一批毛笔和洒金纸。每年写完春联，我们都会把剩下的红纸留着，春节后给社区的孩子们上一堂剪纸和写福字的体验课。两年来，我们一共写送春联一千六百多副。"
                ),
                "plan": "role",
                "fields": ["文化体育"],
                "service_targets": ["全体居民", "老年人"],
                "start": "2022-12-01",
                "end": "2024-02-29",
                "status": "finished",
                "funding": [
                    ["self_raised", "书香社区翰墨书法社", 2400, "2022-12-05"],
                    ["donation", "书院街文房用品店", 1500, "2023-12-20"],
                ],
                "beneficiaries": {"group": "社区居民", "count": 1200, "person_times": 1600},
                "partners": ["书香社区居民委员会"],
                "outcomes": [["写送春联", "1,600 副"], ["送联上门", "85 户"]],
                "brand_project": False,
            },
            {
                "id": "laoshao-tongtang",
                "title": "老少同堂书法课",
                "summary": "每周六下午祖孙一起上书法课，老人教孩子写字，孩子教老人用手机，在笔墨间增进代际交流。",
                "description": (
                    "社区里不少孩子周末由爷爷奶奶照看，祖孙俩常常一个看电视、一个玩手机。"
                    "老少同堂书法课请祖孙一起报名，一张桌子、一份笔墨。"
                    "\n\n"
                    "课程从楷书基本笔画开始，每学期写一幅完整的作品。学期末，祖孙合作的作品会在邻里书房展出，"
                    "孩子还要当一回“讲解员”，给来参观的居民讲自己和爷爷奶奶写的字。\n\n每节课由两名社员老师执教，一名讲、一名巡回指导。课堂上用的笔墨纸砚由公益创投资金统一购买，学员不用花钱。我们还为每对祖孙建了一本小小的作品册，记录一个学期里的进步。"
                ),
                "plan": "cultivation",
                "fields": ["文化体育", "青少年成长"],
                "service_targets": ["老年人", "青少年"],
                "start": "2023-05-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["venture", "青山区社区社会组织联合会（社区公益创投）", 12000, "2023-05-18"]
                ],
                "beneficiaries": {"group": "祖孙家庭", "count": 36, "person_times": 1300},
                "partners": ["梧桐小学", "青山区社区社会组织孵化基地"],
                "outcomes": [["开课", "62 节"], ["结课作品展", "2 次"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2023-01-14",
                "slug": "xiechunlian-2023",
                "title": "迎新春写春联送福",
                "place": "书香社区东门广场",
                "project": "xinchun-chunlian",
                "type": "志愿服务",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 300,
                "volunteers": 16,
                "volunteer_hours": 64,
                "description": (
                    "寒风里，社区东门摆开了六张长桌，红纸铺满桌面，墨香飘了半条街。"
                    "居民们排着队挑联句，也有人点名要社员写自家编的句子。"
                    "\n\n"
                    "一上午写了四百多副春联。中午收摊后，几位社员又带着春联和浆糊，"
                    "给三个楼栋里行动不便的老人送联上门、帮着贴好。有位老人收到春联，非要留社员们喝杯热茶。"
                ),
                "scene": "market_stall",
                "banner": "翰墨迎新春 春联送万家",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "社员在长桌上挥毫书写春联",
                    "红纸上刚写好的福字特写",
                    "居民们排队领取春联",
                    "社员在老人家门口帮忙贴春联",
                ],
            },
            {
                "date": "2023-06-03",
                "slug": "laoshao-kaike",
                "title": "老少同堂书法课第一课",
                "place": "书香社区邻里书房",
                "project": "laoshao-tongtang",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 36,
                "volunteers": 6,
                "volunteer_hours": 18,
                "description": (
                    "十八对祖孙坐满了邻里书房。赵老师先讲怎么握笔、怎么坐，再示范“永”字八法。"
                    "孩子们写得快，老人们写得稳，写完互相“批改”，一会儿就笑成了一团。"
                    "\n\n"
                    "下课前，每对祖孙领到一本描红本，约好下周交“家庭作业”。一位奶奶说，孙子第一次这么安静地坐了一个多小时，她拍了好几张照片发给孩子的爸妈。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "赵老师在黑板上示范永字的写法",
                    "一位老人握着孩子的手一起写字，只见手部",
                    "桌上摆着笔墨和描红本",
                ],
            },
            {
                "date": "2023-09-29",
                "slug": "zhongqiu-shufazhan",
                "title": "“月圆书香”中秋书法展",
                "place": "书香社区党群服务中心一楼大厅",
                "project": "",
                "type": "文化活动",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 180,
                "volunteers": 8,
                "volunteer_hours": 24,
                "description": (
                    "大厅里挂出了社员们的48幅作品，有楷书、隶书、行书，内容多是写月亮、写团圆的诗词。"
                    "七十三岁的老郑第一次有作品参展，站在自己的字前面站了很久。"
                    "\n\n"
                    "展览持续一周，来看的居民在留言本上写满了三页。展览结束后，有十几幅作品被居民们“认领”回家，挂在了自家的客厅和书房里。"
                ),
                "scene": "meeting_room",
                "banner": "月圆书香中秋书法展",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "大厅墙上挂着一排书法作品",
                    "居民们驻足欣赏一幅行书作品",
                    "留言本上写满了观众的留言",
                ],
            },
            {
                "date": "2024-01-27",
                "slug": "xiechunlian-2024",
                "title": "龙年春联送上门",
                "place": "书香社区东门广场",
                "project": "xinchun-chunlian",
                "type": "志愿服务",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 360,
                "volunteers": 20,
                "volunteer_hours": 80,
                "description": (
                    "今年写春联，老少同堂班的孩子们也来帮忙：裁纸、压纸、晾联，忙得不亦乐乎。"
                    "社员们特意为社区里的外卖骑手、快递小哥写了一批专门的春联，送到了新桥社区的骑手驿家。"
                    "\n\n"
                    "两天时间，共写送春联一千二百多副、“福”字五百多张。剩下的红纸，社员们留着春节后给孩子们上剪纸和写福字的体验课。"
                ),
                "scene": "market_stall",
                "banner": "翰墨迎新春 春联送万家",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "长桌上晾满了刚写好的红色春联",
                    "社员把龙年福字递给一位居民",
                    "几位社员手持春联合影",
                ],
            },
            {
                "date": "2024-09-14",
                "slug": "jieke-zuopinzhan",
                "title": "老少同堂课结课作品展",
                "place": "书香社区邻里书房",
                "project": "laoshao-tongtang",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 90,
                "volunteers": 6,
                "volunteer_hours": 12,
                "description": (
                    "一个学期的作品挂满了书房的四面墙。每幅作品旁边都贴着一张小卡片，"
                    "写着祖孙俩学书法的一句心得。"
                    "\n\n"
                    "孩子们当起了讲解员，给来参观的邻居讲哪个字是爷爷写的、哪一笔是自己补的。展览最后，赵老师为每对祖孙颁发了结课证书，下学期的报名表也在当天被一抢而空。有的爷爷说，下学期要和孙子一起学隶书。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "书房四面墙上挂满了祖孙书法作品",
                    "邻居们在祖孙作品前驻足观看",
                    "作品旁的心得卡片特写",
                ],
            },
        ],
    },
    {
        "id": "xinqiao-qishou",
        "name": "新桥社区骑手驿家新就业群体关爱服务站",
        "short_name": "骑手驿家",
        "status": "pending",
        "authority": "",
        "status_date": "",
        "registered_kind": "",
        "guiding_unit": "新桥社区居民委员会",
        "incubated_by": [("qingshan-lianhehui", "2023-04", "")],
        "member_of": ["qingshan-lianhehui"],
        "founded": "2023-04",
        "category": "居民互助类",
        "fields": ["就业帮扶", "邻里互助", "健康服务"],
        "service_targets": ["新就业群体", "全体居民"],
        "purpose": (
            "为外卖骑手、快递员、网约车司机等新就业群体提供歇脚、饮水、充电、休息和应急救助等服务；"
            "组织骑手互助、技能培训和权益咨询，引导新就业群体参与社区治理和志愿服务，"
            "让城市里的“奔跑者”有个歇脚的家。"
        ),
        "area": ["青山区", "梧桐街道", "新桥社区"],
        "venue": {
            "name": "新桥社区骑手驿家",
            "address": "云溪市青山区新桥路203号新桥社区党群服务站一楼",
        },
        "phone": "0599-8627 6615",
        "email": "xinqiao-qishou@example.org",
        "wechat": "",
        "leader": {"name": "孙浩", "role": "站长"},
        "people": {"members": 40, "volunteers": 25, "staff_full_time": 0, "staff_part_time": 1},
        "party": {"has_branch": False, "note": "骑手中的党员组成“骑手先锋队”，由新桥社区党委联系"},
        "initial": "驿",
        "color": "#7A5C00",
        "slogan": "跑得再快，也有个歇脚的家",
        "story": (
            "新桥社区周边有三个大商圈，每天有几百名外卖骑手和快递小哥在这里穿梭。"
            "2023年春天的一个中午，站长孙浩——那时他还只是一名普通骑手——在社区门口的树荫下等单，"
            "手机没电、水也喝完了。社区工作人员看见，请他进党群服务站歇了一会儿。"
            "他说：“要是每个骑手都有这么个地方就好了。”一个月后，社区腾出一楼的一间屋子，"
            "孙浩拉上十几个骑手兄弟，在孵化基地的帮助下办起了骑手驿家。"
            "\n\n"
            "驿家从早上十点开到晚上十点，有热水、微波炉、充电柜、药箱和两张折叠床，"
            "骑手们自己排班打扫、补货。每周四晚上是“骑手夜谈”，大家聊跑单遇到的难处，"
            "也聊怎么帮社区做点事。我们把骑手们发现的井盖破损、路灯不亮、老人独自摔倒等情况，"
            "随手拍给社区网格员，成了一支流动的“**城市观察员**”队伍。"
            "\n\n"
            "去年冬天的一个夜里，骑手小刘送餐时发现一位老人在楼下迷了路，穿着单衣说不清住址。"
            "他把自己的外套披在老人身上，在驿家的骑手群里发了求助，附近的兄弟们分头打听，"
            "二十分钟后找到了老人的家人。后来这位老人的女儿专门送来一面锦旗，挂在驿家的墙上。"
            "\n\n"
            "接下来，我们要完成备案，把驿家做成一个骑手们自己管理的组织；"
            "也希望更多社区能有这样一扇对骑手敞开的门。"
        ),
        "highlights": [
            ["服务骑手", "5,600 人次"],
            ["随手拍上报", "230 条"],
            ["开放时间", "每天 12 小时"],
        ],
        "honors": [],
        "maintainers": ["xinqiao-qishou", "sun-hao-rider"],
        "projects": [
            {
                "id": "nuanxin-yizhan",
                "title": "骑手驿家暖心驿站",
                "summary": "在社区党群服务站一楼开辟骑手驿家，提供热水、充电、加热饭菜、应急药品和休息床位，由骑手自己排班管理。",
                "description": (
                    "驿家面积不大，但每一样东西都是骑手们自己商量着添的：充电柜解决手机电量焦虑，"
                    "微波炉让午饭能吃上热的，雨天有干毛巾和雨衣，夏天有藿香正气水和绿豆汤。"
                    "\n\n"
                    "驿家实行骑手自治：\n\n"
                    "- 12名骑手志愿者轮流值班，负责打扫和补货\n"
                    "- 物品领用登记，每月在墙上公示\n"
                    "- 每月一次骑手议事会，决定驿家的事\n\n驿家的开办费来自商圈商户的捐赠，区总工会的站点补助用于购买充电柜、微波炉和药品。除了骑手，快递员、网约车司机和环卫工人也都可以来歇脚，一年下来接待了五千六百多人次。"
                ),
                "plan": "role",
                "fields": ["就业帮扶", "邻里互助"],
                "service_targets": ["新就业群体"],
                "start": "2023-06-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["donation", "青山区新桥商圈商户联盟", 10000, "2023-05-20"],
                    ["other", "青山区总工会（户外劳动者服务站点补助）", 15000, "2023-08-10"],
                ],
                "beneficiaries": {"group": "外卖骑手和快递员", "count": 420, "person_times": 5600},
                "partners": ["新桥社区居民委员会", "青山区总工会"],
                "outcomes": [["服务骑手", "5,600 人次"], ["随手拍上报", "230 条"]],
                "brand_project": True,
            },
            {
                "id": "jijiu-jineng",
                "title": "骑手应急救护和安全骑行培训",
                "summary": "请专业救援队为骑手讲授心肺复苏、止血包扎和安全骑行知识，让骑手既能保护自己，也能在路上帮助他人。",
                "description": (
                    "骑手每天在路上奔跑，是最可能第一时间遇到突发情况的人。"
                    "我们请滨江社区蓝盾应急救援队的教官为骑手开设应急救护课，学习心肺复苏、"
                    "自动体外除颤器（AED）使用和外伤包扎；交警也来讲了安全骑行和电动车防火。"
                    "\n\n"
                    "课程安排在下午两点到四点的送餐低峰时段，每期两小时，考核合格的骑手领取救护员证书。\n\n项目共办了六期，每期十五到二十人。结业的骑手在驿家的群里组成了一支“骑手救护队”，送单时遇到有人受伤或突发疾病，就近的骑手会先赶过去帮忙，同时拨打急救电话。"
                ),
                "plan": "capacity",
                "fields": ["健康服务", "就业帮扶"],
                "service_targets": ["新就业群体"],
                "start": "2024-04-01",
                "end": "2024-09-30",
                "status": "finished",
                "funding": [
                    ["lottery_fund", "云溪市青山区民政局（福利彩票公益金）", 12000, "2024-03-15"]
                ],
                "beneficiaries": {"group": "外卖骑手和快递员", "count": 96, "person_times": 180},
                "partners": ["滨江社区蓝盾应急救援队", "青山区交警大队梧桐中队"],
                "outcomes": [["培训骑手", "96 人"], ["取得救护员证书", "64 人"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2023-06-18",
                "slug": "yizhan-jiepai",
                "title": "骑手驿家揭牌开放",
                "place": "新桥社区骑手驿家",
                "project": "nuanxin-yizhan",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 80,
                "volunteers": 12,
                "volunteer_hours": 24,
                "description": (
                    "驿家揭牌这天，门口停了一排电动车。骑手们没有剪彩，而是一人在留言墙上贴了一张便利贴，"
                    "写下自己对驿家的心愿：“雨天有地方躲雨”“能热一下饭”“有人能说说话”。"
                    "\n\n"
                    "孙浩站长说，这些心愿就是驿家以后要做的事。揭牌当天下午，就有二十多位骑手进来热了午饭、充上了电，还有人留下来帮着打扫。"
                ),
                "scene": "meeting_room",
                "banner": "新桥社区骑手驿家",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "驿家门口停着一排外卖电动车",
                    "骑手们在留言墙上贴便利贴",
                    "驿家里的充电柜和微波炉",
                ],
            },
            {
                "date": "2023-08-08",
                "slug": "xiari-songliang",
                "title": "夏日送清凉",
                "place": "新桥商圈三个骑手集中等单点",
                "project": "nuanxin-yizhan",
                "type": "志愿服务",
                "theme": "邻里守望",
                "co_organizers": [],
                "participants": 260,
                "volunteers": 18,
                "volunteer_hours": 54,
                "description": (
                    "立秋前后最热的几天，驿家的志愿者推着小推车，把冰镇绿豆汤、矿泉水和防暑药品送到商圈的等单点。"
                    "一个中午送出了三百多瓶水。"
                    "\n\n"
                    "不少骑手第一次知道附近有个驿家，扫码进了驿家的群。活动结束后，几位骑手主动报名成了驿家的值班志愿者。这个夏天，驿家每天都备着一大桶绿豆汤，骑手们随时可以来喝。"
                ),
                "scene": "market_stall",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "志愿者把一瓶冰水递给戴头盔的骑手",
                    "小推车上摆满绿豆汤和矿泉水",
                    "骑手们在树荫下喝绿豆汤休息",
                ],
            },
            {
                "date": "2024-02-09",
                "slug": "chuxi-nianyefan",
                "title": "除夕夜骑手年夜饭",
                "place": "新桥社区骑手驿家",
                "project": "nuanxin-yizhan",
                "type": "互助活动",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 56,
                "volunteers": 10,
                "volunteer_hours": 30,
                "description": (
                    "除夕夜，很多骑手留在城里跑单。驿家准备了三桌年夜饭，菜是社区居民和商户送来的，"
                    "饺子是志愿者下午包的。"
                    "\n\n"
                    "骑手们轮流来吃，吃完又出门接单。墙上贴着书法社送来的春联：“风里来雨里去，家家有你送温暖”。零点的时候，还在驿家的十几个骑手一起给远方的家人拨了视频电话拜年，屋里热热闹闹的。"
                ),
                "scene": "dining_hall",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "骑手们围坐在圆桌边吃年夜饭",
                    "志愿者端上一大盘热饺子",
                    "墙上贴着写给骑手的红色春联",
                ],
            },
            {
                "date": "2024-05-25",
                "slug": "jijiu-peixun",
                "title": "骑手应急救护培训第一期",
                "place": "新桥社区党群服务站会议室",
                "project": "jijiu-jineng",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 32,
                "volunteers": 4,
                "volunteer_hours": 12,
                "description": (
                    "32名骑手利用下午的低峰时段来上课。蓝盾救援队的教官先讲为什么“黄金四分钟”这么重要，"
                    "再让骑手们两人一组，在模拟人身上练习胸外按压。"
                    "\n\n"
                    "一位骑手说，以前路上遇到有人倒地不敢上前，现在心里有底了。培训结束后，通过考核的骑手领到了救护员证书，驿家的药箱里也添了一套急救包。"
                ),
                "scene": "classroom",
                "banner": "新桥社区骑手应急救护培训",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "教官在模拟人身上示范胸外按压",
                    "两名骑手一组练习心肺复苏",
                    "骑手练习使用除颤器训练机",
                ],
            },
            {
                "date": "2024-09-12",
                "slug": "qishou-yishi",
                "title": "骑手议事会：小区进门难",
                "place": "新桥社区骑手驿家",
                "project": "",
                "type": "会议",
                "theme": "",
                "co_organizers": [],
                "participants": 24,
                "volunteers": 2,
                "volunteer_hours": 4,
                "description": (
                    "骑手们反映，几个小区的门禁不让电动车进，送餐要走很远，常常超时。"
                    "议事会请来了社区和三家物业的负责人，大家一起商量。"
                    "\n\n"
                    "最后约定：物业在大门边设置骑手临时停车点，高峰时段开放步行侧门；"
                    "骑手在小区内步行送餐、不按喇叭。两周后回访，超时投诉明显减少。骑手们也承诺，进小区后减速慢行。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "骑手和物业负责人围坐在桌边讨论",
                    "小区门口新划出的骑手临时停车点",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 青山区 · 云锦街道
    {
        "id": "jinxiu-tongxin",
        "name": "青山区锦绣社区同心助残服务中心",
        "short_name": "同心助残",
        # renamed when it registered (its 2023 report carries a correction)
        "former_names": ["锦绣社区同心助残服务队"],
        "status": "registered",
        "authority": "云溪市青山区民政局",
        "status_date": "2018-09-26",
        "registered_kind": "2",
        "guiding_unit": "云锦街道办事处",
        "member_of": ["qingshan-lianhehui"],
        "founded": "2018-05",
        "category": "生活服务类",
        "fields": ["助残服务", "就业帮扶", "健康服务"],
        "service_targets": ["残疾人", "困难群众"],
        "purpose": (
            "为社区内的残疾人及其家庭提供居家康复指导、日间照料、辅助性就业、"
            "心理支持和家庭喘息服务；倡导无障碍环境建设和社会融合，"
            "帮助残疾人走出家门、融入社区、实现自身价值。"
        ),
        "area": ["青山区", "云锦街道", "锦绣社区"],
        "venue": {"name": "锦绣社区阳光家园", "address": "云溪市青山区云锦路66号锦绣邻里中心一楼"},
        "phone": "0599-8621 4930",
        "email": "jinxiu-tongxin@example.org",
        "wechat": "锦绣同心助残",
        "leader": {"name": "黄丽", "role": "主任"},
        "people": {"members": 20, "volunteers": 150, "staff_full_time": 4, "staff_part_time": 3},
        "party": {
            "has_branch": False,
            "note": "与锦绣社区党委结对共建，党员职工参加社区党委组织生活",
        },
        "initial": "同心",
        "color": "#4527A0",
        "slogan": "同心同行，一个都不少",
        "story": (
            "我们的创办人黄丽是一名康复治疗师，也是一个脑瘫孩子的妈妈。2018年，她发现社区里和她一样的家庭有三十多户："
            "孩子长大了，特殊学校毕业后就只能待在家里，父母一边上班一边照顾，几乎没有喘口气的时候。"
            "几位家长和社区康复医生一起，在锦绣邻里中心借了两间屋子，办起了“阳光家园”，同年在区民政局登记为民办非企业单位。"
            "\n\n"
            "现在，阳光家园每个工作日开放，上午是康复训练和生活技能课：叠衣服、做简单的饭、坐公交车；"
            "下午是“同心手作坊”，学员们做布艺、香包和手工皂，作品在公益集市上义卖，收入按件发给学员。"
            "对不方便出门的学员，康复师每周上门一次。每个月我们还会安排一个周末的**家庭喘息日**，"
            "由志愿者照看学员一整天，让父母去看场电影、睡个好觉。"
            "\n\n"
            "学员小雨今年二十六岁，有轻度智力障碍。刚来的时候，她不敢和陌生人说话，出门一定要妈妈牵着。"
            "在手作坊里，她慢慢成了最会配色的人，做的香包总是第一个卖完。"
            "去年的学雷锋公益集市上，她第一次独自站在摊位前，给顾客介绍香包的花色，还学会了扫码收款。"
            "她妈妈在旁边看着，悄悄抹了眼泪。"
            "\n\n"
            "接下来，我们想和附近的超市、咖啡馆合作，为能力较好的学员找到实习岗位，"
            "让他们离真正的工作再近一步。"
        ),
        "highlights": [
            ["服务残疾人家庭", "76 户"],
            ["上门康复", "2,300 人次"],
            ["手作坊学员月均收入", "420 元"],
            ["家庭喘息日", "48 次"],
        ],
        "honors": [
            ["云溪市助残先进集体", "云溪市残疾人联合会", 2021],
            ["青山区优秀社区社会组织", "云溪市青山区民政局", 2023],
        ],
        "maintainers": ["jinxiu-tongxin", "huangli-tongxin"],
        # a report of a published year corrected after publication (a donation left out)
        "report_correction": {"year": 2023, "on": "2024-04-18", "volunteer_hours": 120},
        "projects": [
            {
                "id": "yangguang-jiayuan",
                "title": "阳光家园残疾人日间照料和居家康复",
                "summary": "为社区智力、精神和肢体残疾人提供日间照料、康复训练、生活技能培训和上门康复服务，并定期为照护家庭提供喘息服务。",
                "description": (
                    "阳光家园按学员的能力分成两个小组，每人都有一份由康复师和家长一起制定的个人计划，"
                    "每季度评估一次。"
                    "\n\n"
                    "服务内容包括：\n\n"
                    "- 日间照料：工作日9点到16点，含午餐\n"
                    "- 康复训练：肢体、语言和认知训练\n"
                    "- 上门康复：为卧床和出行困难的残疾人每周上门一次\n"
                    "- 家庭喘息：每月一个周末由志愿者全天照看"
                    "\n\n"
                    "项目期内，学员的生活自理评估平均提高了一个等级。家长们说，最大的变化是孩子愿意出门了，自己也终于能喘口气。每季度我们会和家长一起开一次评估会，调整下一阶段的计划。"
                ),
                "plan": "role",
                "fields": ["助残服务", "健康服务"],
                "service_targets": ["残疾人"],
                "start": "2022-01-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [
                    ["government_purchase", "云溪市青山区残疾人联合会", 120000, "2022-01-10"],
                    ["government_purchase", "云溪市青山区残疾人联合会", 126000, "2023-01-09"],
                ],
                "beneficiaries": {"group": "社区残疾人及其家庭", "count": 76, "person_times": 6400},
                "partners": ["锦绣社区卫生服务中心", "云溪市康复医院"],
                "outcomes": [
                    ["日间照料", "4,100 人次"],
                    ["上门康复", "2,300 人次"],
                    ["家属满意度", "99%"],
                ],
                "brand_project": True,
            },
            {
                "id": "tongxin-shouzuofang",
                "title": "同心手作坊辅助性就业",
                "summary": "组织有劳动能力的残疾人学做布艺、香包和手工皂，通过公益集市和合作商家销售，收入按件发放给学员。",
                "description": (
                    "手作坊每天下午开工，由两名专职老师和手工志愿者带着学员一步步学：先学剪布、穿针，"
                    "再学缝合、装填和包装。每件作品都有学员的名字缩写。"
                    "\n\n"
                    "作品通过公益集市、社区便民店和两家合作咖啡馆销售，扣除材料费后全部按件发给学员。"
                    "对学员来说，这不只是一份收入，更是“我也能做事”的自信。\n\n为了让学员的作品卖得出去，我们请纺织企业的设计师志愿者帮忙改进花样和包装，还和两家咖啡馆约定，每月固定采购一批杯垫和香包。项目运行一年多，学员的月均收入从一百多元提高到了四百多元。"
                ),
                "plan": "role",
                "fields": ["助残服务", "就业帮扶"],
                "service_targets": ["残疾人", "困难群众"],
                "start": "2023-05-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["lottery_fund", "云溪市残疾人联合会（彩票公益金）", 50000, "2023-04-12"],
                    ["donation", "云溪市锦程纺织有限公司", 12000, "2023-09-15"],
                ],
                "beneficiaries": {"group": "有劳动能力的残疾人", "count": 22, "person_times": 3200},
                "partners": ["锦绣社区便民店", "拾光咖啡馆"],
                "outcomes": [["售出作品", "3,800 件"], ["学员月均收入", "420 元"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-05-15",
                "slug": "zhucanri-youyuan",
                "title": "全国助残日融合游园会",
                "place": "锦绣社区中心花园",
                "project": "yangguang-jiayuan",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 150,
                "volunteers": 30,
                "volunteer_hours": 90,
                "description": (
                    "全国助残日这天，我们在中心花园办了一场融合游园会。每个游戏都由一名学员和一名居民组队完成："
                    "蒙眼拼图、轮椅接力、手语猜词。"
                    "\n\n"
                    "不少居民是第一次坐上轮椅，才知道社区里一个小台阶对轮椅使用者有多难。"
                    "当天收集的无障碍改造建议，我们整理后交给了社区。有几条建议，后来真的变成了社区里新修的坡道。"
                ),
                "scene": "park",
                "banner": "同心同行 融合游园",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "居民坐在轮椅上参加接力游戏",
                    "志愿者和学员一起完成拼图",
                    "居民在便利贴上写无障碍改造建议",
                ],
            },
            {
                "date": "2022-12-03",
                "slug": "canjiren-ri-yimai",
                "title": "国际残疾人日手作义卖",
                "place": "锦绣邻里中心一楼大厅",
                "project": "yangguang-jiayuan",
                "type": "公益集市",
                "theme": "",
                "co_organizers": [],
                "participants": 200,
                "volunteers": 16,
                "volunteer_hours": 48,
                "description": (
                    "学员们用了两个月准备的布艺杯垫、香包和钥匙扣摆满了三张长桌。"
                    "每件作品都挂着一张小卡片，写着做它的学员最喜欢的一句话。"
                    "\n\n"
                    "一个下午卖出作品二百三十件，义卖款全部发给了学员。小雨那天负责收款，每卖出一件都认真地说一声谢谢。不少居民买完还加入了义卖群，说下次有活动还要来。"
                ),
                "scene": "market_stall",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "长桌上摆满了布艺杯垫和香包",
                    "居民挑选手工钥匙扣",
                    "作品上挂着手写的小卡片",
                ],
            },
            {
                "date": "2023-06-05",
                "slug": "shouzuofang-kaigong",
                "title": "同心手作坊开工",
                "place": "锦绣社区阳光家园",
                "project": "tongxin-shouzuofang",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 22,
                "volunteers": 8,
                "volunteer_hours": 24,
                "description": (
                    "手作坊的新工作台到位了，22名学员领到了自己的工具包和工作围裙。"
                    "第一课是做一个最简单的方形香包：剪布、对折、缝三条边、装艾草、收口。"
                    "\n\n"
                    "有的学员手不太灵活，志愿者就帮忙固定布料，让他们专心穿针。"
                    "下课时，每个人都完成了人生中的第一件作品。这些香包后来被放在锦绣社区便民店里售卖。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "学员们围坐在工作台前缝制香包",
                    "志愿者帮学员固定布料",
                    "桌上摆着一排刚完成的方形香包",
                ],
            },
            {
                "date": "2024-05-19",
                "slug": "wuzhangai-tiyan",
                "title": "无障碍环境体验和巡查",
                "place": "锦绣社区及周边街道",
                "project": "",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 46,
                "volunteers": 20,
                "volunteer_hours": 60,
                "description": (
                    "助残日前后，我们组织学员、家长和志愿者分成五组，沿着社区和周边街道走了一圈，"
                    "检查盲道有没有被占、坡道是不是太陡、公共厕所有没有扶手。"
                    "\n\n"
                    "一共记录问题37处，拍照标注后交给了街道城管科。三个月后，其中二十多处已经整改完成。学员们说，这是他们第一次为社区做“检查员”，感觉自己也能帮上忙。"
                ),
                "scene": "street_cleanup",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "志愿者推着轮椅测试人行道坡道",
                    "盲道上停着一辆共享单车",
                    "志愿者在记录表上标注问题位置",
                ],
            },
            {
                "date": "2024-08-21",
                "slug": "shangmen-kangfu",
                "title": "高温天上门康复服务",
                "place": "锦绣社区残疾人家庭",
                "project": "",
                "type": "志愿服务",
                "theme": "邻里守望",
                "co_organizers": [],
                "participants": 18,
                "volunteers": 6,
                "volunteer_hours": 24,
                "description": (
                    "盛夏时节，出行困难的学员没法来阳光家园。康复师和志愿者每周上门，"
                    "为卧床的残疾人做肢体训练，检查褥疮，教家属正确的翻身和转移方法。"
                    "\n\n"
                    "每次上门，我们还会带去一些消暑物品，和家属聊聊最近的难处。一位家属说，自从学会了正确的翻身方法，老人身上的压疮好了很多，她自己的腰也不那么疼了。"
                ),
                "scene": "elderly_visit",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "康复师帮助卧床者活动手臂",
                    "志愿者教家属翻身转移的方法",
                ],
            },
        ],
    },
    {
        "id": "caihong-lvjia",
        "name": "彩虹社区绿色家园环保志愿队",
        "short_name": "绿色家园环保队",
        "status": "filed",
        "authority": "云锦街道办事处",
        "status_date": "2020-07-06",
        "registered_kind": "",
        "guiding_unit": "彩虹社区居民委员会",
        "incubated_by": [("qingshan-lianhehui", "2019-12", "2020-07-06")],
        "member_of": ["qingshan-lianhehui"],
        "founded": "2019-12",
        "category": "公益慈善类",
        "fields": ["环境保护", "社区治理"],
        "service_targets": ["全体居民", "老年人", "儿童"],
        "purpose": (
            "倡导绿色低碳生活，组织居民开展垃圾分类桶边督导、宣传教育、旧物交换、"
            "厨余堆肥和社区微花园建设；引导居民参与社区环境治理，共建干净、整洁、美丽的绿色家园。"
        ),
        "area": ["青山区", "云锦街道", "彩虹社区"],
        "venue": {
            "name": "彩虹社区绿色驿站",
            "address": "云溪市青山区彩虹路18号彩虹社区服务中心旁",
        },
        "phone": "0599-8622 1807",
        "email": "",
        "wechat": "彩虹绿色家园",
        "leader": {"name": "吴桂芳", "role": "队长"},
        "people": {"members": 54, "volunteers": 210, "staff_full_time": 0, "staff_part_time": 1},
        "party": {
            "has_branch": False,
            "note": "由彩虹社区党委联系指导，党员志愿者认领分类督导点位",
        },
        "initial": "绿",
        "color": "#2E7D32",
        "slogan": "分一分，彩虹更美",
        "story": (
            "2019年冬天，彩虹社区开始推行垃圾分类，可头一个月，分类桶边上堆得乱七八糟，"
            "绿桶里常常塞着塑料袋，不少居民抱怨“分了也白分”。几位退休的阿姨看不过去，"
            "每天早上拎着长夹子站到桶边，一边帮着分拣，一边告诉大家哪样该扔哪个桶。"
            "社区干脆把她们组织起来，这就是我们绿色家园环保志愿队的开始。"
            "\n\n"
            "现在我们有五十多名队员，认领了社区的14个分类投放点。每天早上七点到九点、晚上六点到八点，"
            "队员们轮流在桶边值守；每月第二个周六在绿色驿站办“旧物换新”市集，"
            "旧衣服、旧书、旧玩具都能换到需要的人手里。去年起，我们又把厨余垃圾做成堆肥，"
            "在楼下的空地上种出了一片**社区微花园**。"
            "\n\n"
            "5幢的周大伯以前是出了名的“不分类”，说这是形式主义。队员们不跟他争，每天早上照样笑着和他打招呼，"
            "帮他把袋子里的东西分好。有一次，他看到队员蹲在地上一片片捡碎玻璃，手被划破了，"
            "第二天就默默把自家的垃圾分好了。现在他是我们队里的“堆肥专家”，微花园里的番茄就是他种的。"
            "\n\n"
            "接下来，我们想让更多的孩子参与进来，把垃圾分类和自然教育结合起来，"
            "让每个家庭都有一个小小的环保员。"
        ),
        "highlights": [
            ["认领投放点", "14 个"],
            ["分类准确率", "从 40% 到 92%"],
            ["旧物换新", "6,500 件"],
        ],
        "honors": [["云溪市垃圾分类示范小区志愿服务队", "云溪市城市管理局", 2022]],
        "maintainers": ["caihong-lvjia"],
        "projects": [
            {
                "id": "tongbian-duban",
                "title": "垃圾分类“桶边督导”",
                "summary": "志愿者认领社区分类投放点，在早晚投放高峰值守，现场指导居民正确分类，并对混投情况进行二次分拣和入户宣传。",
                "description": (
                    "桶边督导是最辛苦的活：冬天冷、夏天臭，但最管用。我们把14个投放点分给14个小组，"
                    "每组4到6人，固定点位、固定时段，居民认识了督导员，也就更愿意听。"
                    "\n\n"
                    "对经常混投的楼栋，我们会上门送分类小卡片，和居民面对面聊。"
                    "两年后，社区的分类准确率从四成提高到九成以上，"
                    "督导逐渐从“天天守”变成“定期看”。\n\n督导员都经过街道城管办的培训，统一穿绿马甲、戴工作牌。冬天早上天冷，我们在投放点旁放了保温壶；夏天傍晚气味重，队员们轮流带着口罩和驱蚊水上岗。"
                ),
                "plan": "role",
                "fields": ["环境保护"],
                "service_targets": ["全体居民"],
                "start": "2022-03-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [["government_purchase", "云锦街道办事处", 24000, "2022-03-01"]],
                "beneficiaries": {"group": "彩虹社区居民", "count": 3800, "person_times": 52000},
                "partners": ["彩虹社区物业服务中心", "云锦街道城市管理办公室"],
                "outcomes": [["督导值守", "9,200 小时"], ["分类准确率", "92%"]],
                "brand_project": True,
            },
            {
                "id": "jiuwu-huanxin",
                "title": "“旧物换新”绿色市集和社区微花园",
                "summary": "每月举办旧物交换市集，减少浪费；收集厨余做堆肥，在楼间空地建设社区微花园，由居民认领养护。",
                "description": (
                    "旧物换新市集用“绿色积分”交换：带来一件旧物记一分，换走一件用一分，"
                    "参加督导值守也能攒积分。换不出去的旧衣物，送到合作的回收机构。"
                    "\n\n"
                    "微花园用的是社区自己做的堆肥。队员们把厨余桶里干净的菜叶果皮收集起来，"
                    "和落叶一起发酵，两个月后就是黑乎乎的好肥料。花园分成二十块小地，由居民家庭认领。\n\n每到收获季节，认领家庭会把菜地里的番茄、辣椒分一些给社区的独居老人。微花园也成了孩子们的自然课堂，绿色驿站每月在这里办一次观察活动，教大家认识蚯蚓、瓢虫和各种蔬菜。"
                ),
                "plan": "role",
                "fields": ["环境保护", "邻里互助"],
                "service_targets": ["全体居民", "儿童"],
                "start": "2023-04-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["self_raised", "彩虹社区绿色家园环保志愿队", 3000, "2023-04-01"],
                    ["donation", "云溪市绿源再生资源有限公司", 6000, "2024-03-05"],
                ],
                "beneficiaries": {"group": "彩虹社区居民", "count": 900, "person_times": 2600},
                "partners": ["云溪市绿源再生资源有限公司"],
                "outcomes": [["交换旧物", "6,500 件"], ["认领小菜地", "20 块"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-03-12",
                "slug": "duban-qidong",
                "title": "桶边督导认领仪式",
                "place": "彩虹社区中心广场",
                "project": "tongbian-duban",
                "type": "志愿服务",
                "theme": "垃圾分类",
                "co_organizers": [],
                "participants": 90,
                "volunteers": 56,
                "volunteer_hours": 112,
                "description": (
                    "14个督导小组的组长从社区书记手中接过点位牌，队员们穿上绿马甲，拿起长夹子，"
                    "当天晚上就上岗了。"
                    "\n\n"
                    "仪式上，我们还请居民投票选出了社区垃圾分类口号，"
                    "“分一分，彩虹更美”得票最多，后来成了我们队的口号。第一个晚上，督导员们就帮居民纠正了一百多次投放错误，嗓子都说哑了。"
                ),
                "scene": "street_cleanup",
                "banner": "彩虹社区垃圾分类桶边督导",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "组长们手持点位牌站成一排",
                    "穿绿马甲的志愿者站在分类桶旁",
                    "志愿者用长夹子分拣混投垃圾",
                ],
            },
            {
                "date": "2022-06-05",
                "slug": "huanjingri-jianshi",
                "title": "世界环境日彩虹河捡拾行动",
                "place": "彩虹河沿岸步道",
                "project": "",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 70,
                "volunteers": 70,
                "volunteer_hours": 140,
                "description": (
                    "世界环境日，七十名居民沿着彩虹河步道走了三公里，捡起烟头、塑料瓶和零食包装袋，"
                    "一共装满了二十六袋。"
                    "\n\n"
                    "捡完以后，大家在河边做了一次分类，把能回收的挑出来，"
                    "算了算，竟然有四百多个塑料瓶。这些塑料瓶卖的钱，队员们用来买了新的垃圾夹和手套。参加活动的居民说，以后散步时也会顺手捡一捡。"
                ),
                "scene": "street_cleanup",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "志愿者沿着河边步道捡拾垃圾",
                    "草丛中夹起一个塑料瓶的特写",
                    "一排装满垃圾的袋子整齐摆放",
                ],
            },
            {
                "date": "2023-04-22",
                "slug": "diqiuri-huanwu",
                "title": "地球日“旧物换新”市集",
                "place": "彩虹社区绿色驿站",
                "project": "jiuwu-huanxin",
                "type": "公益集市",
                "theme": "垃圾分类",
                "co_organizers": [],
                "participants": 240,
                "volunteers": 20,
                "volunteer_hours": 60,
                "description": (
                    "第一次旧物换新市集，居民们带来了旧书、玩具、衣服和小家电，"
                    "驿站门口一下子摆满了二十多个摊位。"
                    "\n\n"
                    "一位妈妈用孩子穿小的雨靴换回一套绘本，一位大爷用多余的花盆换了一把好用的剪刀。"
                    "一个上午交换旧物六百多件。剩下换不出去的旧衣物，由合作的再生资源企业统一拉走，做成再生棉。下个月的市集，大家约好继续。"
                ),
                "scene": "market_stall",
                "banner": "彩虹社区旧物换新市集",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "驿站门口摆满旧书和玩具的摊位",
                    "居民在挑选旧衣物",
                    "志愿者在积分卡上登记",
                    "一位大爷拿着换来的剪刀",
                ],
            },
            {
                "date": "2024-03-12",
                "slug": "zhishujie-weihuayuan",
                "title": "植树节社区微花园开园",
                "place": "彩虹社区6幢和7幢之间空地",
                "project": "jiuwu-huanxin",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 64,
                "volunteers": 18,
                "volunteer_hours": 54,
                "description": (
                    "原本堆满杂物的楼间空地，被整理成了二十块小菜地。认领的家庭一起翻土、施堆肥、"
                    "种下番茄、辣椒和向日葵。"
                    "\n\n"
                    "每块地插着一块小木牌，写着认领家庭给菜地起的名字，"
                    "有“开心农场”，也有“奶奶的菜园”。开园后，每周六上午都有志愿者在花园里教大家种菜、除草和用自制堆肥。这块空地再也没人乱堆杂物了。"
                ),
                "scene": "garden",
                "banner": "",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "居民们在小菜地里翻土",
                    "一位老人提着水壶给番茄苗浇水",
                    "菜地边插着写有名字的小木牌",
                    "志愿者往地里撒黑色的堆肥",
                ],
            },
            {
                "date": "2024-08-17",
                "slug": "duifei-ketang",
                "title": "厨余堆肥开放课",
                "place": "彩虹社区微花园",
                "project": "jiuwu-huanxin",
                "type": "培训",
                "theme": "垃圾分类",
                "co_organizers": [],
                "participants": 38,
                "volunteers": 5,
                "volunteer_hours": 10,
                "description": (
                    "“堆肥专家”周大伯给居民上了一堂开放课：哪些厨余能堆，怎么和落叶按比例混合，"
                    "多久翻一次，闻起来什么味道才算正常。"
                    "\n\n"
                    "课后，十几户人家领走了家用堆肥桶，准备在阳台上试一试。一个月后，已经有七户人家交回了第一桶自制的肥料，用来给阳台上的花草施肥。周大伯说，垃圾分对了，就是宝贝。"
                ),
                "scene": "garden",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "老人用铁锹翻动堆肥箱里的肥料",
                    "居民围在堆肥箱旁认真听讲",
                    "居民领取家用堆肥桶",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 明溪区 · 南门街道
    {
        "id": "gujing-pingan",
        "name": "古井社区红袖标平安巡防队",
        "short_name": "红袖标巡防队",
        "status": "filed",
        "authority": "南门街道办事处",
        "status_date": "2016-04-12",
        "registered_kind": "",
        "guiding_unit": "古井社区居民委员会",
        "member_of": [],
        "founded": "2015-06",
        "category": "社区事务类",
        "fields": ["平安调解", "社区治理"],
        "service_targets": ["全体居民", "老年人"],
        "purpose": (
            "组织社区居民开展日常治安巡逻、消防安全检查、防范电信诈骗宣传和重大节日平安守护；"
            "协助社区和派出所排查安全隐患、劝导不文明行为，守护古巷老街的平安与安宁。"
        ),
        "area": ["明溪区", "南门街道", "古井社区"],
        "venue": {"name": "古井社区平安志愿服务站", "address": "云溪市明溪区古井巷12号"},
        "phone": "0599-8731 2260",
        "email": "",
        "wechat": "古井红袖标",
        "leader": {"name": "郑国强", "role": "队长"},
        "people": {"members": 52, "volunteers": 60, "staff_full_time": 0, "staff_part_time": 0},
        "party": {"has_branch": False, "note": "队内党员编入古井社区党委平安先锋队"},
        "initial": "安",
        "color": "#1A237E",
        "slogan": "红袖标在，古巷安心",
        "story": (
            "古井社区是明溪区最老的街区之一，青石板巷子窄，木结构老房子多，住的大多是老人。"
            "2015年夏天，巷子里接连发生了两起电动车被盗，又有一户老房子因为电线老化冒了烟。"
            "退休老民警郑国强找到几位老邻居，戴上红袖标，拿起手电筒，开始每天晚上在巷子里走一圈。一开始只有四个人，街坊们还笑他们“多管闲事”；半年后，主动报名的邻居排起了队。"
            "第二年，队伍在南门街道备了案。"
            "\n\n"
            "现在，我们五十多名队员分成六个班组，每天下午和晚上各巡一次，重点看三样：**门窗、电线、陌生人**。"
            "夏天防溺水，冬天防火，春节前后守护烟花爆竹安全；每个月我们还会配合派出所，"
            "在巷口摆摊讲反诈知识。老人们说，看到红袖标在巷子里走过，夜里睡得踏实。"
            "\n\n"
            "2022年冬天，巡防队员老冯夜巡时闻到一股焦糊味，循着味道找到一户独居老人的家。"
            "敲门没人应，他一边打电话通知社区，一边找来邻居帮忙，发现老人在客厅里睡着了，"
            "电暖器把旁边的毛毯烤得冒了烟。幸亏发现及时，老人安然无恙。"
            "这之后，我们给社区里所有独居老人家都装上了烟感报警器。"
            "\n\n"
            "今后，我们想吸纳更多年轻队员，用好手机巡防小程序，让巡逻更有针对性；也想把老队员们几十年的经验整理出来，教给新加入的年轻人。"
        ),
        "highlights": [
            ["累计巡逻", "3,200 次"],
            ["排查隐患", "680 处"],
            ["发案率下降", "60%"],
        ],
        "honors": [
            ["明溪区平安建设先进集体", "中共云溪市明溪区委政法委员会", 2020],
            ["云溪市优秀群防群治队伍", "云溪市公安局", 2023],
        ],
        "maintainers": ["gujing-pingan"],
        "projects": [
            {
                "id": "guxiang-yexun",
                "title": "“古巷夜巡”平安守护",
                "summary": "每天下午和晚上在古井社区巷道开展定时巡逻，重点检查门窗、电线和消防通道，关注独居老人家庭安全。",
                "description": (
                    "古井社区有大小巷子27条，我们把它们划成六片，每个班组负责一片，"
                    "每次巡逻按路线打卡，发现问题用手机拍照上报社区网格。"
                    "\n\n"
                    "巡防时，我们特别留意：\n\n"
                    "- 老房子的电线有没有私拉乱接\n"
                    "- 消防通道和巷口有没有被堵\n"
                    "- 独居老人家的灯是不是按时亮起"
                    "\n\n"
                    "项目期内，社区盗窃类警情比前一年下降了六成。\n\n巡防队员的手电筒、雨衣和反光背心由街道购买服务资金统一配发，每位队员都购买了意外伤害保险。每季度末，我们和派出所民警一起总结巡防情况，把发现的问题和整改结果在社区宣传栏里公开。"
                ),
                "plan": "role",
                "fields": ["平安调解"],
                "service_targets": ["全体居民", "老年人"],
                "start": "2023-01-01",
                "end": "2024-12-31",
                "status": "running",
                "funding": [
                    ["government_purchase", "南门街道办事处", 36000, "2023-01-15"],
                    ["government_purchase", "南门街道办事处", 36000, "2024-01-16"],
                ],
                "beneficiaries": {"group": "古井社区居民", "count": 4100, "person_times": 12000},
                "partners": ["明溪区公安分局南门派出所", "南门消防救援站"],
                "outcomes": [["巡逻", "1,400 次"], ["排查隐患", "260 处"], ["盗窃警情下降", "60%"]],
                "brand_project": False,
            },
            {
                "id": "fanzha-loudong",
                "title": "反诈宣传进楼栋",
                "summary": "针对老年人容易遭遇的保健品、养老投资和冒充公检法诈骗，开展入户宣传和巷口反诈课堂。",
                "description": (
                    "古井社区老人多，是电信诈骗的重灾区。我们和派出所民警一起，把常见的骗术编成顺口溜，"
                    "印在扇子和围裙上，入户送给老人。"
                    "\n\n"
                    "每个月的反诈课堂上，民警讲真实案例，巡防队员演情景剧，"
                    "老人们看得明白、记得牢。项目期间，社区老人主动报告可疑电话四十多次。\n\n我们还在社区里挑选了二十位“反诈宣传员”，大多是退休的老党员，每人负责一到两个楼栋。宣传员每月上门和独居老人聊一聊，问问最近有没有接到奇怪的电话、有没有人推销保健品，发现苗头及时告诉民警和子女。"
                ),
                "plan": "role",
                "fields": ["平安调解"],
                "service_targets": ["老年人"],
                "start": "2022-05-01",
                "end": "2022-12-31",
                "status": "finished",
                "funding": [
                    ["other", "明溪区公安分局南门派出所（警民共建经费）", 6000, "2022-05-10"]
                ],
                "beneficiaries": {"group": "社区老年人", "count": 1300, "person_times": 2100},
                "partners": ["明溪区公安分局南门派出所"],
                "outcomes": [["入户宣传", "1,300 户"], ["主动报告可疑电话", "43 次"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-06-24",
                "slug": "fanzha-xiangkou",
                "title": "巷口反诈小课堂",
                "place": "古井社区古井巷口",
                "project": "fanzha-loudong",
                "type": "培训",
                "theme": "平安建设",
                "co_organizers": [],
                "participants": 120,
                "volunteers": 10,
                "volunteer_hours": 30,
                "description": (
                    "傍晚乘凉的时候，巷口的老井边坐满了老人。民警讲了一个“免费领鸡蛋、最后买了上万元保健品”的案例，"
                    "巡防队员接着表演了一段情景剧，“骗子”演得活灵活现。"
                    "\n\n"
                    "最后，大家跟着队员一起念反诈顺口溜，每人领了一把印着顺口溜的扇子。课后，几位老人还围着民警问了半天，说要回去讲给老伴听。"
                ),
                "scene": "park",
                "banner": "守好钱袋子 反诈进古巷",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "民警在老井边给老人们讲解案例",
                    "巡防队员表演反诈情景剧",
                    "一位老人拿着印有顺口溜的扇子",
                ],
            },
            {
                "date": "2022-12-20",
                "slug": "dongji-fanghuo",
                "title": "冬季防火入户检查",
                "place": "古井社区各巷道",
                "project": "",
                "type": "平安巡防",
                "theme": "平安建设",
                "co_organizers": [],
                "participants": 210,
                "volunteers": 24,
                "volunteer_hours": 96,
                "description": (
                    "入冬后，巡防队员和南门消防站的消防员一起入户，检查老房子里的电线、电暖器和燃气灶。"
                    "每到一户，先看插线板有没有过载，再教老人怎么用灭火毯。"
                    "\n\n"
                    "这次共检查210户，发现隐患38处，当场整改31处，其余的交给社区跟进。检查中，我们还为十二户独居老人家装上了烟感报警器，并教会他们怎么试用。"
                ),
                "scene": "elderly_visit",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "消防员检查老房子里的电线插座",
                    "巡防队员教老人使用灭火毯",
                    "戴红袖标的队员走在青石板巷子里",
                ],
            },
            {
                "date": "2023-01-21",
                "slug": "chuxi-shouhu",
                "title": "除夕夜平安守护",
                "place": "古井社区及南门老街",
                "project": "guxiang-yexun",
                "type": "平安巡防",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 36,
                "volunteers": 36,
                "volunteer_hours": 144,
                "description": (
                    "除夕夜，36名队员分成六组守在巷口和老街，提醒居民在指定地点燃放烟花，"
                    "不在老房子附近放鞭炮。每个巷口都放了灭火器和水桶。"
                    "\n\n"
                    "队员们轮流回家吃年夜饭，零点过后又一起巡了一遍，确认没有火星才收队。第二天一早，队员们又把巷子里的鞭炮碎屑清扫干净。这个春节，古井社区没有发生一起火情。"
                ),
                "scene": "street_cleanup",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "夜色中戴红袖标的队员站在巷口",
                    "巷口摆放的灭火器和水桶",
                    "队员打着手电筒巡查老街",
                ],
            },
            {
                "date": "2023-07-15",
                "slug": "fangniyu-xuncha",
                "title": "暑期防溺水巡查",
                "place": "明溪护城河古井段",
                "project": "guxiang-yexun",
                "type": "平安巡防",
                "theme": "",
                "co_organizers": [],
                "participants": 24,
                "volunteers": 24,
                "volunteer_hours": 72,
                "description": (
                    "暑假里，护城河边常有孩子偷偷下水。巡防队在河边增设了下午的巡查班次，"
                    "发现有人下水就上前劝导，还在危险河段挂上了警示牌和救生圈。"
                    "\n\n"
                    "一个暑假，队员们劝离下水人员五十多人次。我们还和社区一起给沿河的住户发了防溺水告家长书，请大人们看好自家的孩子。整个暑假，这段河面没有发生一起溺水事故。"
                ),
                "scene": "park",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "巡防队员在河边悬挂防溺水警示牌",
                    "河边栏杆上挂着橙色救生圈",
                ],
            },
            {
                "date": "2024-03-28",
                "slug": "xuncha-xiaochengxu",
                "title": "巡防小程序使用培训",
                "place": "古井社区平安志愿服务站",
                "project": "guxiang-yexun",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 48,
                "volunteers": 3,
                "volunteer_hours": 6,
                "description": (
                    "街道为巡防队开通了手机巡防小程序。可队里不少是七十岁上下的老队员，"
                    "我们请社区的年轻网格员手把手教：怎么打卡、怎么拍照上报、怎么查看处理结果。"
                    "\n\n"
                    "培训后，老队员和年轻队员结成对子，遇到不会的随时问。一个月后，全队四十多名队员都能熟练地用手机打卡和上报隐患了，最年长的七十六岁。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "年轻网格员教老队员使用手机",
                    "老队员举着手机练习拍照上报",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 明溪区 · 东岸街道
    {
        "id": "binjiang-landun",
        "name": "明溪区滨江社区蓝盾应急救援队",
        "short_name": "蓝盾救援队",
        "status": "registered",
        "authority": "云溪市明溪区民政局",
        "status_date": "2020-08-17",
        "registered_kind": "1",
        "guiding_unit": "东岸街道办事处",
        "member_of": [],
        "founded": "2018-10",
        "category": "公益慈善类",
        "fields": ["应急救援", "健康服务"],
        "service_targets": ["全体居民", "老年人", "青少年"],
        "purpose": (
            "组织有专业技能的志愿者开展应急救护培训、防灾减灾宣传、应急演练和水上救援；"
            "在汛期、台风和突发事件中协助有关部门开展巡查、转移和救助，"
            "提升社区居民的自救互救能力。"
        ),
        "area": ["明溪区", "东岸街道", "滨江社区"],
        "venue": {
            "name": "滨江社区应急服务站",
            "address": "云溪市明溪区滨江路300号滨江社区服务中心东侧",
        },
        "phone": "0599-8745 1190",
        "email": "binjiang-landun@example.org",
        "wechat": "蓝盾应急救援",
        "leader": {"name": "高峰", "role": "队长"},
        "people": {"members": 68, "volunteers": 140, "staff_full_time": 1, "staff_part_time": 2},
        "party": {"has_branch": True, "note": "设立蓝盾应急救援队党支部，党员队员18名"},
        "initial": "盾",
        "color": "#C62828",
        "slogan": "平时练得苦，险时靠得住",
        "story": (
            "2018年夏天，一场暴雨让滨江路积水齐腰，几位困在车里的司机是被附近的居民用绳子拉出来的。"
            "那天冲在最前面的，有退伍军人高峰，有会游泳的快递员，还有一位社区医生。"
            "雨停以后，大家在社区服务中心碰头：这样的事以后还会有，我们得有一支练过的队伍。"
            "那年十月，蓝盾应急救援队成立，2020年在明溪区民政局登记。"
            "\n\n"
            "我们的队员来自各行各业：退伍军人、医生护士、电工、教师、游泳教练。"
            "每周六上午是雷打不动的训练日，练绳索、练救护、练水上救援；"
            "平时我们走进学校、社区和工地，教大家心肺复苏和止血包扎。"
            "每年汛期，队员们轮流在江堤上值守，台风来临前帮着转移低洼处的老人。"
            "\n\n"
            "2023年春天，我们在滨江公园办急救培训，学员里有一位中学老师。"
            "三个月后，她在菜市场遇到一位老人突然倒地，用学到的方法做了四分钟心肺复苏，"
            "一直坚持到救护车赶到，老人后来康复出院。她给我们发来消息："
            "“那天我的手一直在抖，但我记得你们说的——**不要停**。”"
            "\n\n"
            "我们的目标，是让滨江社区每十户人家里就有一个会急救的人。"
            "接下来，我们要把队伍的训练、装备和保险管理做得更规范，也欢迎有专业技能的居民加入。"
        ),
        "highlights": [
            ["培训居民", "8,600 人次"],
            ["持证救护员", "310 人"],
            ["参与救援", "57 次"],
            ["汛期值守", "3,400 小时"],
        ],
        "honors": [
            ["云溪市防汛抗台先进集体", "云溪市应急管理局", 2022],
            ["明溪区优秀志愿服务组织", "共青团云溪市明溪区委员会", 2023],
        ],
        "maintainers": ["binjiang-landun", "gao-feng-rescue"],
        "projects": [
            {
                "id": "renren-xuejijiu",
                "title": "“人人学急救”应急救护普及",
                "summary": "走进社区、学校、菜市场和工地，免费开展心肺复苏、除颤器使用和创伤救护培训，考核合格者取得救护员证书。",
                "description": (
                    "心脏骤停后的四分钟，是抢救的黄金时间。可是在我们的第一次调查中，"
                    "滨江社区会做心肺复苏的居民不到百分之三。"
                    "\n\n"
                    "项目把培训分为两档：两小时的普及课，人人都能学；"
                    "十六小时的救护员课程，考核合格发证。队里的医生护士担任主讲，"
                    "每个班配一套模拟人和除颤器训练机，保证人人都能动手练。"
                    "\n\n"
                    "两年里，共培训8,600人次，其中310人取得救护员证书。培训使用的模拟人、除颤器训练机由福彩公益金购买，医药企业捐赠了培训用的急救包。参加救护员课程的学员，优先从楼栋长、网格员和保安中招募。"
                ),
                "plan": "capacity",
                "fields": ["应急救援", "健康服务"],
                "service_targets": ["全体居民", "青少年"],
                "start": "2022-04-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [
                    ["lottery_fund", "云溪市明溪区民政局（福利彩票公益金）", 40000, "2022-04-08"],
                    ["donation", "云溪市滨江医药连锁有限公司", 15000, "2022-09-01"],
                ],
                "beneficiaries": {"group": "社区居民和学生", "count": 5200, "person_times": 8600},
                "partners": ["明溪区红十字会", "明溪区人民医院急诊科"],
                "outcomes": [["培训", "8,600 人次"], ["持证救护员", "310 人"]],
                "brand_project": True,
            },
            {
                "id": "xunqi-shoudi",
                "title": "汛期巡堤和水上救援",
                "summary": "汛期在明溪江滨江段开展巡堤值守，协助转移低洼地带居民，配合开展水上救援。",
                "description": (
                    "每年五月到九月，队员们分成四个班组，在江堤上轮流值守，"
                    "记录水位、检查堤岸，遇到暴雨预警时增加班次。"
                    "\n\n"
                    "台风来临前，我们协助社区逐户通知低洼地带和地下室的住户，"
                    "帮助行动不便的老人转移到安置点；水上救援组则在指定地点待命。\n\n值守期间，队员们每两小时在群里报告一次水位，遇到险情立即报告街道和应急管理部门，不擅自行动。2024年汛期，队员们共值守一千二百多小时，协助转移低洼地带老人和行动不便者八十多人。每次值守结束，队员都要填写值守记录，便于总结和复盘。"
                ),
                "plan": "role",
                "fields": ["应急救援"],
                "service_targets": ["全体居民", "老年人"],
                "start": "2023-05-01",
                "end": "",
                "status": "running",
                "funding": [["government_purchase", "云溪市明溪区应急管理局", 50000, "2023-05-06"]],
                "beneficiaries": {"group": "滨江沿岸居民", "count": 6800, "person_times": 7200},
                "partners": ["明溪区应急管理局", "东岸街道办事处"],
                "outcomes": [["值守", "3,400 小时"], ["协助转移", "260 人"]],
                "brand_project": False,
            },
            {
                "id": "duiwu-guifan",
                "title": "救援队伍规范化建设",
                "summary": "建立队员分级、训练考核、装备台账和保险制度，提高救援队伍的安全性和专业性。",
                "description": (
                    "救援是危险的事，规矩必须先立起来。我们对照应急救援队伍建设的有关规范，"
                    "制定了队员分级和出勤制度：新队员要完成四十小时训练、通过考核才能参加实战。"
                    "\n\n"
                    "同时，我们为全体队员购买了意外伤害保险，建立装备台账，"
                    "每季度检查一次救生衣、绳索和头盔，过期的一律报废更换。\n\n此外，我们建立了出勤登记和复盘制度：每次出勤都要记录人员、时间和任务，回来后开一次复盘会，总结做得好和需要改进的地方。队伍的经费收支每半年在会员大会上公开一次，接受会员监督。"
                ),
                "plan": "management",
                "fields": ["应急救援"],
                "service_targets": ["全体居民"],
                "start": "2024-01-01",
                "end": "2024-12-31",
                "status": "running",
                "funding": [
                    ["self_raised", "明溪区滨江社区蓝盾应急救援队（会费）", 12000, "2024-01-05"]
                ],
                "beneficiaries": {"group": "救援队队员", "count": 68, "person_times": 680},
                "partners": ["明溪区应急管理局"],
                "outcomes": [["完成考核队员", "52 人"], ["装备检查", "3 次"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-05-12",
                "slug": "fangzai-yanlian",
                "title": "防灾减灾日社区应急疏散演练",
                "place": "滨江社区中心广场",
                "project": "renren-xuejijiu",
                "type": "应急演练",
                "theme": "防灾减灾",
                "co_organizers": ["gujing-pingan"],
                "participants": 320,
                "volunteers": 40,
                "volunteer_hours": 160,
                "description": (
                    "全国防灾减灾日，蓝盾救援队和古井社区红袖标平安巡防队联合组织了一次应急疏散演练。"
                    "警报响起后，三栋楼的居民在队员引导下沿楼梯有序撤离到广场。"
                    "\n\n"
                    "演练后，队员们现场教大家使用灭火器，古井社区的巡防队员也分享了老街区防火的经验。两支队伍还约定，以后每年的防灾减灾日都联合演练一次。"
                ),
                "scene": "sports_court",
                "banner": "防灾减灾 从我做起",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "居民在队员引导下有序撤离到广场",
                    "穿红色救援服的队员吹哨指挥",
                    "居民练习使用灭火器",
                    "两支队伍的队员在广场合影",
                ],
            },
            {
                "date": "2022-08-13",
                "slug": "shuishang-xunlian",
                "title": "水上救援技能训练",
                "place": "明溪江滨江公园码头",
                "project": "",
                "type": "应急演练",
                "theme": "",
                "co_organizers": [],
                "participants": 30,
                "volunteers": 30,
                "volunteer_hours": 120,
                "description": (
                    "汛期前的集中训练，水上救援组的队员练习抛投救生圈、绳索救援和冲锋舟操作。"
                    "教练反复强调：岸上能救，就不下水；必须下水，就一定穿好救生衣。"
                    "\n\n"
                    "训练持续了整整一个上午，队员们的救生衣都能拧出水来。训练结束后，教练对每名队员进行了考核，没有通过的下周继续练。汛期前，水上救援组全员通过了考核。"
                ),
                "scene": "park",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员在码头边抛出救生圈",
                    "冲锋舟在江面上进行救援训练",
                    "穿救生衣的队员拉紧救援绳索",
                ],
            },
            {
                "date": "2023-04-08",
                "slug": "gongyuan-jijiu",
                "title": "滨江公园周末急救普及课",
                "place": "滨江公园东门广场",
                "project": "renren-xuejijiu",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 140,
                "volunteers": 12,
                "volunteer_hours": 48,
                "description": (
                    "周末的公园人多，我们把急救课搬到了广场上。六套模拟人一字排开，"
                    "散步的居民、跳舞的阿姨、带孩子的爸爸都停下来学了一把。"
                    "\n\n"
                    "一天下来，140位居民完成了普及课，其中有26人报名参加救护员课程。有位带着孩子的爸爸说，学会了急救，就像给家里买了一份保险。下次活动，我们打算把课搬到菜市场门口。"
                ),
                "scene": "park",
                "banner": "人人学急救 急救为人人",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "广场上一排模拟人供居民练习",
                    "队员纠正居民的按压手势",
                    "居民排队等待体验心肺复苏",
                ],
            },
            {
                "date": "2023-06-20",
                "slug": "xunqi-xundi",
                "title": "汛期江堤巡查",
                "place": "明溪江滨江段江堤",
                "project": "xunqi-shoudi",
                "type": "平安巡防",
                "theme": "防灾减灾",
                "co_organizers": [],
                "participants": 16,
                "volunteers": 16,
                "volunteer_hours": 128,
                "description": (
                    "梅雨季节，明溪江水位上涨。队员们分成四组，沿着三公里江堤巡查，"
                    "记录水位，检查堤岸有没有渗水和裂缝，劝离在江边钓鱼的市民。"
                    "\n\n"
                    "夜间巡查时，队员发现一处排水口堵塞，及时报告街道，当晚就疏通了。整个梅雨季，队员们在江堤上累计值守了一千多个小时，没有漏过一个班次，巡查记录装满了三个文件夹。"
                ),
                "scene": "street_cleanup",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "穿雨衣的队员沿江堤巡查",
                    "队员查看水位标尺并记录",
                    "队员劝离江边钓鱼的市民",
                ],
            },
            {
                "date": "2023-10-26",
                "slug": "xiaoyuan-jijiu",
                "title": "东岸中学教师应急救护培训",
                "place": "明溪区东岸中学体育馆",
                "project": "renren-xuejijiu",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 120,
                "volunteers": 14,
                "volunteer_hours": 56,
                "description": (
                    "这次我们走进东岸中学，给全校一百二十名老师上了一堂应急救护课。"
                    "老师们每天和学生在一起，是校园里最可能第一时间遇到意外的人。"
                    "\n\n"
                    "队员们讲了海姆立克急救法、心肺复苏和除颤器的使用，再让老师们分组上手练习。"
                    "体育组的老师练得最认真，说以后上体育课心里更有底了。"
                    "课后，学校决定在体育馆和教学楼各配一台除颤器。"
                ),
                "scene": "sports_court",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员在体育馆中央演示海姆立克急救法",
                    "老师们分组在模拟人上练习心肺复苏",
                    "体育馆里一排排模拟人",
                ],
            },
            {
                "date": "2024-05-12",
                "slug": "zhuangbei-jiancha",
                "title": "防灾减灾日装备检查和开放日",
                "place": "滨江社区应急服务站",
                "project": "duiwu-guifan",
                "type": "应急演练",
                "theme": "防灾减灾",
                "co_organizers": [],
                "participants": 160,
                "volunteers": 24,
                "volunteer_hours": 72,
                "description": (
                    "今年的防灾减灾日，我们把装备检查变成了开放日。救生衣、绳索、头盔、担架在服务站门口一字摆开，"
                    "队员逐件检查，居民也可以上手摸一摸、试一试。"
                    "\n\n"
                    "开放日还设置了家庭应急包展示，教大家在家里准备手电筒、哨子、饮用水和常用药。检查中发现的三件过期救生衣，当场登记报废，换上了新的。"
                ),
                "scene": "market_stall",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "服务站门口摆放着救生衣和头盔",
                    "队员逐件检查救援绳索",
                    "桌上展示的家庭应急包",
                ],
            },
        ],
    },
    {
        "id": "chenguang-wudao",
        "name": "晨光社区舞动晨光广场舞队",
        "short_name": "舞动晨光",
        "status": "filed",
        "authority": "东岸街道办事处",
        "status_date": "2019-05-30",
        "registered_kind": "",
        "guiding_unit": "晨光社区居民委员会",
        "member_of": [],
        "founded": "2013-09",
        "category": "文体娱乐类",
        "fields": ["文化体育", "健康服务"],
        "service_targets": ["妇女", "老年人", "全体居民"],
        "purpose": (
            "组织社区居民开展广场舞、健身操等全民健身活动，倡导健康文明的生活方式；"
            "遵守广场舞文明公约，参与社区文化活动和公益演出，增进邻里交流，促进社区和谐。"
        ),
        "area": ["明溪区", "东岸街道", "晨光社区"],
        "venue": {
            "name": "晨光社区文体广场",
            "address": "云溪市明溪区晨光路77号晨光社区服务中心前",
        },
        "phone": "",
        "email": "",
        "wechat": "舞动晨光",
        "leader": {"name": "林凤", "role": "队长"},
        "people": {"members": 60, "volunteers": 8, "staff_full_time": 0, "staff_part_time": 0},
        "party": {"has_branch": False, "note": "由晨光社区党委联系指导"},
        "initial": "舞",
        "color": "#880E4F",
        "slogan": "跳出健康，跳出邻里情",
        "story": (
            "2013年秋天，刚退休的林凤在晨光社区的空地上放了一台小音箱，教两个老姐妹跳《最炫民族风》。"
            "跳着跳着，队伍从三个人变成了三十个人，音箱也越换越大。大家一起跳舞，也一起过节、一起去看生病的队友，慢慢处成了一家人。"
            "2019年春天，临街的住户到社区反映：晚上的音乐太吵，孩子没法写作业。"
            "那段时间，我们和楼上的邻居闹得挺僵。"
            "\n\n"
            "后来社区请我们和住户代表坐下来谈。我们主动提出了几条：晚上八点半前结束，音量不超过六十分贝，"
            "中考高考期间停跳一个月，在场地边上放一台分贝仪。**这份文明公约**贴在广场的宣传栏里，到现在还在。"
            "也是那一年，我们在东岸街道备了案，有了正式的名字。"
            "\n\n"
            "现在，队伍有六十多名队员，每天早上七点、晚上七点各跳一场。"
            "每周一晚上是教学日，由队里的几位“小老师”教新舞；节假日我们参加社区演出，"
            "也去养老院给老人们表演。队员秋菊姐五年前确诊了糖尿病，医生让她多运动，"
            "她就跟着我们跳，每天一小时从没断过。去年体检，她的血糖控制得很好，"
            "医生还问她用了什么好办法。"
            "\n\n"
            "接下来，我们想组织一支“银龄健身指导员”小队，请专业老师培训，"
            "教更多老人科学健身、防止运动损伤。我们也欢迎年轻的妈妈们带着孩子一起来，在音乐里认识新邻居。"
        ),
        "highlights": [["队员", "60 人"], ["坚持每天", "2 场"], ["公益演出", "72 场"]],
        "honors": [["明溪区全民健身优秀团队", "云溪市明溪区文化和旅游体育局", 2022]],
        "maintainers": ["chenguang-wudao"],
        "projects": [
            {
                "id": "wenming-gongyue",
                "title": "广场舞文明公约和队伍章程建设",
                "summary": "与周边住户共同制定广场舞文明公约，规定时间、音量和场地，并完善队伍章程、队员名册和经费公开制度。",
                "description": (
                    "广场舞扰民的矛盾，不是一句“声音小点”能解决的。我们请社区主持，"
                    "和住户代表开了三次协商会，最后定下了公约：\n\n"
                    "- 晚上八点半前结束，早上七点后开始\n"
                    "- 音量不超过六十分贝，场边放置分贝仪\n"
                    "- 中考、高考期间停跳一个月"
                    "\n\n"
                    "同时我们完善了队伍章程，建立队员名册，每年的音响维修、服装等费用在群里逐笔公开。\n\n公约执行以来，我们每月请一位住户代表来广场“听一听”，有意见当场提。一年下来，社区接到的广场舞扰民投诉从二十三次降到了一次。队员们说，规矩立起来了，跳得也更安心了。"
                ),
                "plan": "management",
                "fields": ["文化体育", "社区治理"],
                "service_targets": ["全体居民"],
                "start": "2022-03-01",
                "end": "2022-12-31",
                "status": "finished",
                "funding": [
                    ["self_raised", "晨光社区舞动晨光广场舞队（队员自愿缴纳）", 2000, "2022-03-10"]
                ],
                "beneficiaries": {"group": "队员和周边住户", "count": 600, "person_times": 600},
                "partners": ["晨光社区居民委员会"],
                "outcomes": [["扰民投诉", "从 23 次降到 1 次"], ["公开账目", "12 期"]],
                "brand_project": False,
            },
            {
                "id": "jianshen-zhanyan",
                "title": "晨光全民健身舞蹈展演",
                "summary": "组织东岸街道各社区广场舞、健身操队伍开展展演交流，推广科学健身，展示居民精神风貌。",
                "description": (
                    "全民健身日前后，我们牵头邀请东岸街道八支广场舞、健身操队伍，"
                    "先分片交流、互相教学，再在晨光社区文体广场办一场大展演。"
                    "\n\n"
                    "展演不评名次，只评“最有活力”“最佳配合”“最美坚持”等奖项，"
                    "还请社区医生在现场讲运动前热身和运动后拉伸。\n\n展演前的两个月里，八支队伍分成四个片区，每周互相走访、互教一支舞。我们还请了区体育局的社会体育指导员，为各队的领舞讲解健身舞的动作要领和运动强度，提醒老年队员量力而行。展演当天，社区卫生服务站设了医疗点，全程没有发生一起运动损伤。"
                ),
                "plan": "role",
                "fields": ["文化体育", "健康服务"],
                "service_targets": ["妇女", "老年人"],
                "start": "2023-07-01",
                "end": "2023-10-31",
                "status": "finished",
                "funding": [["government_purchase", "东岸街道办事处", 8000, "2023-07-01"]],
                "beneficiaries": {
                    "group": "东岸街道健身队伍队员",
                    "count": 320,
                    "person_times": 1100,
                },
                "partners": ["东岸街道综合文化站", "晨光社区卫生服务站"],
                "outcomes": [["参演队伍", "8 支"], ["观众", "800 人次"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-03-26",
                "slug": "gongyue-xieshang",
                "title": "广场舞文明公约协商会",
                "place": "晨光社区服务中心会议室",
                "project": "wenming-gongyue",
                "type": "会议",
                "theme": "",
                "co_organizers": [],
                "participants": 26,
                "volunteers": 2,
                "volunteer_hours": 4,
                "description": (
                    "这是第三次协商会。队员代表和临街住户代表面对面坐着，社区主任主持。"
                    "住户提出早上最好晚一点开始，我们当场同意把早场推迟到七点。"
                    "\n\n"
                    "会议结束时，双方代表在公约上签了字。一位住户说：“你们愿意让一步，我们也理解你们跳舞的需要。”签字后，队员和住户代表一起在广场边装上了分贝仪。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "队员代表和住户代表隔桌而坐",
                    "双方代表在文明公约上签字",
                ],
            },
            {
                "date": "2022-08-08",
                "slug": "quanmin-jianshen",
                "title": "全民健身日广场舞展示",
                "place": "晨光社区文体广场",
                "project": "",
                "type": "体育活动",
                "theme": "全民健身",
                "co_organizers": [],
                "participants": 160,
                "volunteers": 6,
                "volunteer_hours": 18,
                "description": (
                    "全民健身日的傍晚，队员们换上统一的红色演出服，跳了《小苹果》《站在草原望北京》等六支舞。"
                    "最后一支舞是“全民一起跳”，围观的居民也加入进来，广场上跳成了一片。"
                    "\n\n"
                    "场边的分贝仪一直显示在五十五分贝左右，邻居们说，这样的音量正好。活动八点半准时结束，音乐一停，大家就收拾好音箱回家了。"
                ),
                "scene": "park",
                "banner": "全民健身日广场舞展示",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "身穿红色演出服的队员在广场上跳舞",
                    "场边分贝仪显示的数值特写",
                    "围观居民加入队伍一起跳舞",
                ],
            },
            {
                "date": "2023-03-08",
                "slug": "funvjie-zhanyan",
                "title": "三八妇女节健身舞展演",
                "place": "晨光社区文体广场",
                "project": "",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 120,
                "volunteers": 6,
                "volunteer_hours": 18,
                "description": (
                    "妇女节这天，我们为社区的姐妹们办了一场小展演。队员们的家人也来了，"
                    "有的丈夫帮着拍照，有的孙辈在台下举着自己画的加油牌。"
                    "\n\n"
                    "演出结束后，社区卫生服务站的医生给大家讲了中老年女性骨质疏松的预防。医生还给大家推荐了几个适合中老年人的护膝动作，队员们当场就跟着学了起来，说以后热身时也要做。"
                ),
                "scene": "park",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员们整齐地跳着健身舞",
                    "家人在台下举着手机拍照",
                    "医生在广场边给队员讲健康知识",
                ],
            },
            {
                "date": "2023-08-26",
                "slug": "jianshen-zhanyan",
                "title": "东岸街道全民健身舞蹈展演",
                "place": "晨光社区文体广场",
                "project": "jianshen-zhanyan",
                "type": "体育活动",
                "theme": "全民健身",
                "co_organizers": [],
                "participants": 800,
                "volunteers": 30,
                "volunteer_hours": 120,
                "description": (
                    "八支队伍轮番登场，有广场舞、健身操、太极扇，还有一支平均年龄七十岁的腰鼓队。"
                    "评委是各社区推选的居民代表，颁出了“最有活力”“最佳配合”“最美坚持”等奖项。"
                    "\n\n"
                    "展演开始前，社区医生带着全场做了十分钟的热身操。展演结束后，不少围观的居民跑来打听，怎么加入离家最近的健身队。"
                ),
                "scene": "stage_performance",
                "banner": "东岸街道全民健身舞蹈展演",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "舞台上的健身操队伍整齐表演",
                    "腰鼓队的老人们敲着腰鼓入场",
                    "居民代表为获奖队伍颁奖",
                    "全场观众跟着医生做热身操",
                ],
            },
            {
                "date": "2024-06-17",
                "slug": "xinwu-jiaoxue",
                "title": "周一新舞教学夜",
                "place": "晨光社区文体广场",
                "project": "",
                "type": "体育活动",
                "theme": "",
                "co_organizers": [],
                "participants": 55,
                "volunteers": 4,
                "volunteer_hours": 8,
                "description": (
                    "每周一晚上是我们的教学日。这一晚，队里的“小老师”教了一支新编的健身舞，"
                    "动作放慢、分解，一个八拍一个八拍地过。"
                    "\n\n"
                    "新加入的几位队员跟在最后一排，学得认真。跳完后，大家照例一起做五分钟拉伸再回家。这支新舞动作舒展、节奏不快，特别适合刚开始锻炼的老人，准备在国庆展演时亮相。"
                ),
                "scene": "park",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "领舞的队员在队伍前面分解示范动作",
                    "队员们在路灯下一起做拉伸",
                ],
            },
        ],
    },
    {
        "id": "wenchang-lanqiu",
        "name": "明溪区文昌社区青少年篮球俱乐部",
        "short_name": "文昌少年篮球",
        "status": "registered",
        "authority": "云溪市明溪区民政局",
        "status_date": "2021-04-20",
        "registered_kind": "2",
        "guiding_unit": "南门街道办事处",
        "member_of": [],
        "founded": "2020-06",
        "category": "文体娱乐类",
        "fields": ["青少年成长", "文化体育"],
        "service_targets": ["青少年", "儿童"],
        "purpose": (
            "面向社区青少年开展公益篮球训练、邻里联赛和体育品格教育，"
            "培养青少年的运动习惯、团队精神和规则意识；利用社区和学校体育场地开展课余体育活动，"
            "让孩子们放下手机、走上球场。"
        ),
        "area": ["明溪区", "南门街道", "文昌社区"],
        "venue": {
            "name": "文昌社区灯光篮球场",
            "address": "云溪市明溪区文昌路45号文昌社区体育公园内",
        },
        "phone": "0599-8733 5021",
        "email": "wenchang-lanqiu@example.org",
        "wechat": "文昌少年篮球",
        "leader": {"name": "何志勇", "role": "理事长"},
        "people": {"members": 36, "volunteers": 45, "staff_full_time": 2, "staff_part_time": 6},
        "party": {"has_branch": False, "note": "由文昌社区党委联系指导，两名教练为党员"},
        "initial": "篮",
        "color": "#3F51B5",
        "slogan": "在球场上，一起长大",
        "story": (
            "2020年夏天，文昌社区体育公园的篮球场翻修好了，可一到周末，场上空空荡荡，"
            "孩子们都窝在家里打游戏。中学体育老师何志勇住在旁边，他拿着一个篮球在场边喊了一句："
            "“有没有人来投两个？”那天来了五个孩子。第二周来了十五个，家长们也跟着来了，有的干脆留下来帮忙捡球、计时。"
            "第二年，我们在明溪区民政局登记成了民办非企业单位。"
            "\n\n"
            "现在，每周六、周日上午是公益训练营，按年龄分成三个组，由持证教练和体育专业的大学生志愿者执教；"
            "周三傍晚是自由对抗时间。训练不收费，但有一条规矩：**每次训练前先交作业本给家长签字**。"
            "暑假里，我们还会办三人篮球邻里联赛，爸爸妈妈也可以组队参加。"
            "\n\n"
            "阿杰刚来的时候十二岁，个子小，脾气急，输了球就摔球走人。"
            "教练没有批评他，而是让他当了一个月的“记分员”，专门看别人怎么打、怎么输。"
            "后来阿杰成了队里传球最好的控卫，也是最先跑过去拉起摔倒对手的那个人。"
            "去年他考上了区里的重点高中，还回来当起了小队员们的助理教练。"
            "\n\n"
            "接下来，我们想和附近的两所小学合作，把篮球课送进校园课后服务，"
            "也希望建一支由女孩组成的篮球队。我们相信，球场教给孩子们的，不只是运球和投篮，还有怎样面对输赢、怎样成为一个好队友。"
        ),
        "highlights": [
            ["训练营学员", "260 名"],
            ["公益训练", "380 次"],
            ["邻里联赛", "3 届"],
        ],
        "honors": [
            ["云溪市青少年体育优秀社会组织", "云溪市体育局", 2023],
        ],
        "maintainers": ["wenchang-lanqiu", "he-zhiyong"],
        "projects": [
            {
                "id": "zhoumo-xunlianying",
                "title": "周末公益篮球训练营",
                "summary": "每周末为社区8至16岁青少年免费开展篮球训练，分年龄教学，把运动技能和规则意识、团队精神结合起来。",
                "description": (
                    "训练营按年龄分为小学低段、小学高段和初中三个组，每组不超过二十人，"
                    "配一名持证教练和两名大学生志愿者。每次训练九十分钟："
                    "热身、基本功、分组对抗、拉伸和五分钟的“球场小课堂”。"
                    "\n\n"
                    "球场小课堂讲的不是篮球，而是输赢、尊重对手、遵守规则。"
                    "训练时孩子的安全由教练负责，每名学员都购买了运动意外保险。\n\n训练营不收费，但要求家长每学期至少来陪练一次，了解孩子的训练情况。每学期末，我们会为孩子们办一场汇报赛，颁发“进步之星”和“最佳队友”奖，而不只是奖励得分最多的人。"
                ),
                "plan": "role",
                "fields": ["青少年成长", "文化体育"],
                "service_targets": ["青少年", "儿童"],
                "start": "2022-04-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [
                    ["venture", "明溪区民政局（明溪区社区公益创投大赛）", 30000, "2022-03-20"],
                    ["donation", "云溪市文昌体育用品商行", 5000, "2022-04-02"],
                ],
                "beneficiaries": {"group": "社区8至16岁青少年", "count": 260, "person_times": 9600},
                "partners": ["云溪体育学院篮球协会", "明溪区文昌中学"],
                "outcomes": [["训练", "380 次"], ["学员", "260 名"], ["家长满意度", "96%"]],
                "brand_project": True,
            },
            {
                "id": "sanren-liansai",
                "title": "暑期三人篮球邻里联赛",
                "summary": "暑假期间在社区灯光球场举办三人篮球联赛，设少年组和亲子组，以球会友、增进邻里交流。",
                "description": (
                    "联赛从七月中旬开始，每周三晚和周六晚比赛，共有少年组16支、亲子组8支队伍报名。"
                    "亲子组要求每队至少有一名家长上场，常常打得比少年组还热闹。"
                    "\n\n"
                    "比赛的裁判、记分和场地服务都由训练营的大孩子担任，"
                    "让他们在服务中学会承担责任。\n\n比赛实行“友谊第一”的规则：每场比赛前双方握手，比赛中出现冲突由裁判和双方队长一起处理。联赛期间，社区居委会在球场边设了饮水点和医疗箱，南门街道还为每支队伍送来了统一的比赛背心。决赛当晚，球场边站满了来加油的邻居。"
                ),
                "plan": "role",
                "fields": ["文化体育", "邻里互助"],
                "service_targets": ["青少年", "全体居民"],
                "start": "2024-07-01",
                "end": "2024-08-31",
                "status": "finished",
                "funding": [
                    ["self_raised", "明溪区文昌社区青少年篮球俱乐部", 4000, "2024-06-10"],
                    ["government_purchase", "南门街道办事处", 6000, "2024-06-20"],
                ],
                "beneficiaries": {"group": "社区青少年和家长", "count": 150, "person_times": 1200},
                "partners": ["文昌社区居民委员会"],
                "outcomes": [["参赛队伍", "24 支"], ["比赛", "52 场"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-04-09",
                "slug": "xunlianying-kaiying",
                "title": "周末公益篮球训练营开营",
                "place": "文昌社区灯光篮球场",
                "project": "zhoumo-xunlianying",
                "type": "体育活动",
                "theme": "全民健身",
                "co_organizers": [],
                "participants": 96,
                "volunteers": 10,
                "volunteer_hours": 30,
                "description": (
                    "开营第一天，九十多名孩子和家长来到球场。教练先带大家做热身，再按年龄分组测试运球和投篮。"
                    "\n\n"
                    "开营仪式上，孩子们一起念了训练营的三条约定：先写作业再上场，尊重队友和对手，"
                    "离开球场前把垃圾带走。开营仪式后，教练给每个孩子发了一本训练手册，记录每次训练的内容和进步，家长每周签一次字。"
                ),
                "scene": "sports_court",
                "banner": "文昌少年篮球训练营开营",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "孩子们在球场上排队做热身，只见背影",
                    "教练示范低手运球动作",
                    "球场边家长们坐着观看",
                ],
            },
            {
                "date": "2022-10-15",
                "slug": "qiuchang-xiaoketang",
                "title": "“球场小课堂”：学会输",
                "place": "文昌社区灯光篮球场",
                "project": "zhoumo-xunlianying",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 45,
                "volunteers": 4,
                "volunteer_hours": 8,
                "description": (
                    "训练结束后的五分钟球场小课堂，这一周的题目是“学会输”。"
                    "教练讲了自己年轻时一场大比分输球的经历，然后请每个孩子说一说最难忘的一次失败。"
                    "\n\n"
                    "最后大家约定：输了球，先和对手握手，再回来想一想哪里可以做得更好。那天下课前的对抗赛，平时最爱发脾气的阿杰输了球，第一个走过去和对手握了手。"
                ),
                "scene": "sports_court",
                "banner": "",
                "photos": 2,
                "children": True,
                "photo_alts": [
                    "教练和孩子们围坐在球场中圈，只见背影",
                    "两队队员在比赛后握手致意，只见背影",
                ],
            },
            {
                "date": "2023-08-08",
                "slug": "jianshenri-qinzisai",
                "title": "全民健身日亲子投篮赛",
                "place": "文昌社区体育公园",
                "project": "zhoumo-xunlianying",
                "type": "体育活动",
                "theme": "全民健身",
                "co_organizers": [],
                "participants": 130,
                "volunteers": 12,
                "volunteer_hours": 36,
                "description": (
                    "全民健身日的傍晚，我们办了一场亲子投篮赛：家长和孩子各投十个球，合计得分。"
                    "不少爸爸好多年没摸过篮球，第一个球就投了个“三不沾”，引得全场大笑。"
                    "\n\n"
                    "活动中我们还请社区医生讲了暑期运动防中暑的小知识。比赛最后，得分最高的是一对母女，妈妈说自己年轻时是校篮球队的，赢得了满场掌声。"
                ),
                "scene": "sports_court",
                "banner": "全民健身日亲子投篮赛",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "一位爸爸在罚球线上投篮",
                    "家长们在场边为队友加油",
                    "志愿者在记分牌上记录成绩",
                ],
            },
            {
                "date": "2024-07-13",
                "slug": "liansai-kaisai",
                "title": "暑期三人篮球邻里联赛开赛",
                "place": "文昌社区灯光篮球场",
                "project": "sanren-liansai",
                "type": "体育活动",
                "theme": "全民健身",
                "co_organizers": [],
                "participants": 210,
                "volunteers": 16,
                "volunteer_hours": 64,
                "description": (
                    "灯光球场亮起，24支队伍的队员和家属把场边站得满满当当。"
                    "开幕式上，去年联赛的冠军队把奖杯交还组委会，大家一起喊出了今年的口号。"
                    "\n\n"
                    "当晚的揭幕战是亲子组，一支由父子三人组成的队伍赢得了满场掌声。"
                    "裁判和记分员都是训练营的高中生。当晚共进行了六场比赛，一直打到晚上九点半才结束。"
                ),
                "scene": "sports_court",
                "banner": "文昌社区三人篮球邻里联赛",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "灯光球场上两队队员在争抢篮板",
                    "场边站满了观看比赛的居民",
                    "年轻的裁判举手示意犯规",
                    "队员们高举奖杯合影",
                ],
            },
            {
                "date": "2024-08-31",
                "slug": "liansai-banjiang",
                "title": "邻里联赛闭幕和颁奖",
                "place": "文昌社区灯光篮球场",
                "project": "sanren-liansai",
                "type": "体育活动",
                "theme": "",
                "co_organizers": [],
                "participants": 180,
                "volunteers": 12,
                "volunteer_hours": 36,
                "description": (
                    "经过七周五十二场比赛，联赛在暑假的最后一天落幕。除了冠亚季军，"
                    "我们还颁出了“最佳体育精神”“最佳亲子配合”和“最辛苦裁判”奖。"
                    "\n\n"
                    "“最辛苦裁判”颁给了阿杰，他整个暑假执裁了二十多场比赛。颁奖后，大家一起在球场上吃西瓜，约好明年暑假再战。不少家长说，这个暑假孩子手机玩得少了，晒黑了，也更开朗了。"
                ),
                "scene": "sports_court",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "获奖队伍站在领奖台上",
                    "理事长为裁判颁发奖状",
                    "参赛队员在球场中央合影",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 明溪区 · 白鹭镇（农村）
    {
        "id": "bailu-xingfuyuan",
        "name": "白鹭村幸福院互助养老协会",
        "short_name": "白鹭幸福院",
        "status": "registered",
        "authority": "云溪市明溪区民政局",
        "status_date": "2020-03-16",
        "registered_kind": "1",
        "guiding_unit": "白鹭村村民委员会",
        "member_of": [],
        "founded": "2019-05",
        "category": "居民互助类",
        "fields": ["养老服务", "邻里互助"],
        "service_targets": ["老年人", "留守人员", "困难群众"],
        "purpose": (
            "以“低龄帮高龄、健康帮病弱、邻里互相帮”为原则，组织村里的老年人开展结对互助、"
            "日间照料、爱心助餐、健康监测和文化娱乐活动，让留守和独居老人在村里安享晚年。"
        ),
        "area": ["明溪区", "白鹭镇", "白鹭村"],
        "venue": {"name": "白鹭村幸福院", "address": "云溪市明溪区白鹭镇白鹭村村委会大院东侧"},
        "phone": "0599-8756 0318",
        "email": "",
        "wechat": "",
        "leader": {"name": "许大山", "role": "会长"},
        "people": {"members": 86, "volunteers": 40, "staff_full_time": 1, "staff_part_time": 2},
        "party": {"has_branch": False, "note": "由白鹭村党支部领导，村党支部书记兼任名誉会长"},
        "initial": "福",
        "color": "#6D4C41",
        "slogan": "老伙伴，一起过好日子",
        "story": (
            "白鹭村的年轻人大多在城里打工，村里六十岁以上的老人有三百多位，其中不少是独居。"
            "2019年的一个冬天，村里的五保户老周生病卧床三天，是隔壁七十岁的许大山发现后，"
            "每天给他端饭、烧水，一直照顾到他能下地。村支书说，这种邻里互助要是能固定下来就好了。"
            "那年五月，村里把闲置的老小学改成了幸福院，我们的互助养老协会就在这里成立了。"
            "\n\n"
            "我们的办法叫“**老伙伴结对**”：六七十岁身体好的老人，每人结对一到两位高龄或病弱的老人，"
            "每天上门看一看、电话问一问，有事第一时间告诉村里。幸福院每天开门，"
            "老人们在这里下棋、听戏、量血压；2023年起，幸福院办起了爱心食堂，"
            "八十岁以上的老人每天花三块钱就能吃上一顿两荤一素的午饭，做饭的也是村里的阿姨。"
            "\n\n"
            "八十四岁的桂兰奶奶眼睛不好，儿女都在外地。她的结对伙伴是六十八岁的秀珍婶，"
            "两人住在同一条巷子。秀珍婶每天早上去帮她梳头，陪她走到幸福院吃午饭，"
            "晚上再打个电话问一声。桂兰奶奶说：“闺女不在身边，秀珍就是我的闺女。”"
            "她的儿子过年回来，专门给幸福院送了两袋米。"
            "\n\n"
            "接下来，我们想把结对互助推广到镇上的芦花村，也希望在外工作的年轻人常回来看看，"
            "哪怕只是陪老人们吃一顿饭。"
        ),
        "highlights": [
            ["结对互助", "112 对"],
            ["爱心食堂", "每天 60 份"],
            ["会员", "86 人"],
        ],
        "honors": [
            ["云溪市农村互助养老示范点", "云溪市民政局", 2023],
            ["明溪区敬老文明号", "云溪市明溪区老龄工作委员会办公室", 2021],
        ],
        "maintainers": ["bailu-xingfuyuan"],
        "projects": [
            {
                "id": "laohuoban-jiedui",
                "title": "“老伙伴”结对互助",
                "summary": "组织村里低龄健康老人与高龄、独居、病弱老人结对，每天上门探视或电话问候，发现困难及时帮助和报告。",
                "description": (
                    "结对遵循“就近、自愿、相熟”的原则，最好住在同一条巷子。"
                    "每对老伙伴都有一张联系卡，贴在高龄老人家门后，写着结对伙伴和村医的称呼，以及村卫生室的值班时间。"
                    "\n\n"
                    "结对伙伴要做到：\n\n"
                    "- 每天见一面或通一次电话\n"
                    "- 每周陪老人去一次幸福院\n"
                    "- 发现生病、断粮、房屋漏雨等情况当天报告村里"
                    "\n\n"
                    "协会每季度开一次结对伙伴交流会，表扬做得好的，也听大家的难处。三年来，结对伙伴们先后及时发现老人突发疾病九次，帮老人修房补漏、代买代办上千次，村里的老人们都说，有了老伙伴，心里踏实多了。"
                ),
                "plan": "role",
                "fields": ["养老服务", "邻里互助"],
                "service_targets": ["老年人", "留守人员"],
                "start": "2022-01-01",
                "end": "",
                "status": "running",
                "funding": [["government_purchase", "白鹭镇人民政府", 20000, "2022-02-15"]],
                "beneficiaries": {"group": "高龄独居老人", "count": 112, "person_times": 38000},
                "partners": ["白鹭镇卫生院", "白鹭村卫生室"],
                "outcomes": [["结对", "112 对"], ["及时发现急病", "9 次"]],
                "brand_project": True,
            },
            {
                "id": "aixin-shitang",
                "title": "幸福院爱心食堂",
                "summary": "在幸福院开办爱心食堂，为村里八十岁以上和困难老人提供低价午餐，行动不便的由结对伙伴送餐到家。",
                "description": (
                    "食堂由村里的三位阿姨掌勺，菜大多是村民自家种的，按市价收购。"
                    "八十岁以上老人每餐三元，困难老人免费，其余老人按成本价。"
                    "\n\n"
                    "开办资金来自福彩公益金和在外乡贤的捐赠，日常运营差额由村集体补贴。"
                    "每月的收支在幸福院门口公示。\n\n食堂每天中午十一点开饭，每周的菜单提前贴在幸福院门口，荤素搭配，少盐少油，照顾老人的牙口和慢性病。行动不便的老人，由结对伙伴用保温桶把饭菜送到家里。食堂开办以来，已经为老人们提供午餐两万多份，没有发生过一起食品安全问题。"
                ),
                "plan": "role",
                "fields": ["养老服务"],
                "service_targets": ["老年人", "困难群众"],
                "start": "2023-03-01",
                "end": "",
                "status": "running",
                "funding": [
                    [
                        "lottery_fund",
                        "云溪市民政局（福利彩票公益金·农村互助养老）",
                        60000,
                        "2023-03-01",
                    ],
                    ["donation", "白鹭村乡贤联谊会", 18000, "2023-02-10"],
                ],
                "beneficiaries": {
                    "group": "八十岁以上和困难老人",
                    "count": 68,
                    "person_times": 21000,
                },
                "partners": ["白鹭村股份经济合作社"],
                "outcomes": [["供餐", "21,000 份"], ["送餐上门", "3,600 份"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-06-03",
                "slug": "duanwu-baozongzi",
                "title": "端午节老伙伴包粽子",
                "place": "白鹭村幸福院",
                "project": "laohuoban-jiedui",
                "type": "互助活动",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 80,
                "volunteers": 12,
                "volunteer_hours": 36,
                "description": (
                    "端午节前，幸福院的院子里摆开了大盆，糯米、粽叶、红豆、咸肉堆得满满的。"
                    "手脚麻利的老人包，眼睛不好的老人帮着剪绳子，一上午包了六百多个粽子。"
                    "\n\n"
                    "粽子煮好后，结对伙伴们一家家送到了不能来的老人手里。剩下的粽子，协会还送了一些给村里的五保户和守在村卫生室的医生。大家都说，今年的粽子特别香。"
                ),
                "scene": "dining_hall",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "老人们围坐在院子里包粽子",
                    "一双布满皱纹的手在系粽子绳",
                    "大锅里煮着一锅粽子",
                ],
            },
            {
                "date": "2022-10-04",
                "slug": "chongyang-baijiayan",
                "title": "重阳节百家宴",
                "place": "白鹭村文化礼堂",
                "project": "",
                "type": "互助活动",
                "theme": "重阳敬老",
                "co_organizers": [],
                "participants": 260,
                "volunteers": 30,
                "volunteer_hours": 120,
                "description": (
                    "重阳节，村里摆了二十多桌百家宴，每家出一道拿手菜。"
                    "在外打工的年轻人有不少专门请假回来，给自家老人敬茶、夹菜。"
                    "\n\n"
                    "宴席上，协会表彰了十对“最美老伙伴”，许大山会长说：“咱们老人互相帮着，日子就不孤单。”宴席结束后，年轻人们主动留下来帮着洗碗收桌，礼堂一会儿就收拾干净了。"
                ),
                "scene": "dining_hall",
                "banner": "白鹭村重阳百家宴",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "文化礼堂里摆满了圆桌",
                    "年轻人给老人敬茶",
                    "桌上摆着各家的拿手菜",
                    "获表彰的老伙伴们手捧证书合影",
                ],
            },
            {
                "date": "2023-03-16",
                "slug": "shitang-kaizhang",
                "title": "幸福院爱心食堂开张",
                "place": "白鹭村幸福院食堂",
                "project": "aixin-shitang",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 72,
                "volunteers": 8,
                "volunteer_hours": 24,
                "description": (
                    "食堂开张的第一顿饭是红烧肉、炒青菜和番茄蛋汤。"
                    "老人们排队打饭，掌勺的阿姨特意把肉切得小块、炖得软烂。"
                    "\n\n"
                    "有位老人说，一个人在家，常常一锅粥吃一天，现在中午有人一起吃饭，饭也香了。第一天，食堂一共供餐七十二份，其中十一份由结对伙伴用保温桶送到了老人家中。掌勺的阿姨们说，明天做鱼。"
                ),
                "scene": "dining_hall",
                "banner": "白鹭村幸福院爱心食堂",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "老人们在食堂窗口排队打饭",
                    "餐盘里的红烧肉和炒青菜",
                    "老人们坐在一起吃午饭",
                ],
            },
            {
                "date": "2023-08-10",
                "slug": "shuqi-tanfang",
                "title": "高温天结对伙伴走访",
                "place": "白鹭村各村民小组",
                "project": "laohuoban-jiedui",
                "type": "志愿服务",
                "theme": "邻里守望",
                "co_organizers": [],
                "participants": 112,
                "volunteers": 40,
                "volunteer_hours": 80,
                "description": (
                    "持续高温，协会组织结对伙伴加密走访，每天上午、傍晚各看一次。"
                    "村医跟着走了几户，给有高血压的老人测了血压，提醒多喝水、少下地。"
                    "\n\n"
                    "走访中发现两户老人家里电扇坏了，协会当天就买了新的送过去。高温期间，协会还把幸福院的空调从早开到晚，欢迎老人们白天来这里纳凉、下棋、听戏。"
                ),
                "scene": "elderly_visit",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "结对伙伴坐在老人家门口聊天",
                    "村医给老人测量血压",
                    "志愿者搬着新电扇走进农家小院",
                ],
            },
            {
                "date": "2024-10-11",
                "slug": "chongyang-shengrihui",
                "title": "重阳节集体生日会",
                "place": "白鹭村幸福院",
                "project": "aixin-shitang",
                "type": "文化活动",
                "theme": "重阳敬老",
                "co_organizers": [],
                "participants": 140,
                "volunteers": 20,
                "volunteer_hours": 60,
                "description": (
                    "今年重阳，幸福院为全村八十岁以上的老人办了一场集体生日会。"
                    "食堂做了长寿面和寿桃，村里的小学生来唱了歌，镇卫生院的医生做了义诊。"
                    "\n\n"
                    "年纪最大的寿星九十六岁，切蛋糕时笑得合不拢嘴。许大山会长代表协会给每位寿星送上一条羊毛围巾，嘱咐大家冬天注意保暖。生日会的视频，也发给了在外地的儿女们。"
                ),
                "scene": "dining_hall",
                "banner": "白鹭村重阳集体生日会",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "寿星老人们围坐在生日蛋糕前",
                    "志愿者端上一碗碗长寿面",
                    "医生为老人做义诊",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 溪口县 · 石桥镇（农村）
    {
        "id": "chayuan-chamiao",
        "name": "溪口县茶园村茶苗儿童关爱服务中心",
        "short_name": "茶苗之家",
        "status": "registered",
        "authority": "云溪市溪口县民政局",
        "status_date": "2021-03-09",
        "registered_kind": "2",
        "guiding_unit": "石桥镇人民政府",
        "incubated_by": [("xikou-fuhua", "2020-05-12", "2021-03-09")],
        "member_of": [],
        "founded": "2020-05",
        "category": "公益慈善类",
        "fields": ["儿童关爱", "青少年成长"],
        "service_targets": ["儿童", "留守人员", "青少年"],
        "purpose": (
            "关爱农村留守儿童和困境儿童，开展课后陪伴、阅读辅导、心理支持、安全教育和亲情连线服务；"
            "支持隔代监护家庭提升照护能力，链接社会资源改善儿童学习生活条件，"
            "让山村的孩子被看见、被陪伴。"
        ),
        "area": ["溪口县", "石桥镇", "茶园村"],
        "venue": {"name": "茶园村儿童之家", "address": "云溪市溪口县石桥镇茶园村村委会二楼"},
        "phone": "0599-6612 0586",
        "email": "chayuan-chamiao@example.org",
        "wechat": "茶苗之家",
        "leader": {"name": "杨春燕", "role": "主任"},
        "people": {"members": 12, "volunteers": 64, "staff_full_time": 2, "staff_part_time": 2},
        "party": {"has_branch": False, "note": "由茶园村党支部联系指导，主任为预备党员"},
        "initial": "茶苗",
        "color": "#2F5D50",
        "slogan": "让茶山的孩子被看见",
        "story": (
            "茶园村在山里，村里的青壮年大多在外地打工，留下一百多个孩子跟着爷爷奶奶生活。"
            "2020年春天，在城里读完大学的杨春燕回村过年，因为疫情多待了几个月。"
            "她发现邻居家读四年级的小女孩每天放学后就坐在茶园边发呆，作业没人看，心事没人说。"
            "春燕就把几个孩子叫到家里，一起写作业、读绘本。那年五月，她决定留下来，"
            "在村委会二楼办起了“茶苗之家”，第二年在溪口县民政局登记。"
            "\n\n"
            "现在，茶苗之家每个上学日的下午四点到六点开放，周末上午也开门。"
            "孩子们在这里写作业、读书、画画，由两名专职社工和县城来的志愿者陪伴。"
            "每周五晚上是**亲情连线**时间，孩子们轮流用这里的电脑和在外打工的爸爸妈妈视频。"
            "寒暑假，大学生志愿者会来开阅读营和夏令营。"
            "\n\n"
            "小茶刚来时八岁，妈妈在她两岁时就外出打工了，她几乎不说话，画画只用黑色的笔。"
            "社工老师没有着急，每次都坐在她旁边画自己的画。过了两个月，小茶的画里出现了一片绿色的茶山，"
            "山上有两个小人。她说，那是她和妈妈。那年春节，妈妈回来，专门到茶苗之家谢谢老师，"
            "还决定明年回县城的工厂上班，离家近一点。"
            "\n\n"
            "接下来，我们想为爷爷奶奶们开一门“隔代养育课”，也希望能在镇上的另外两个村再办两个茶苗之家。"
        ),
        "highlights": [
            ["服务儿童", "136 名"],
            ["亲情连线", "1,800 次"],
            ["志愿者", "64 人"],
        ],
        "honors": [
            ["云溪市最美儿童之家", "云溪市妇女联合会", 2022],
            ["溪口县优秀社会组织", "云溪市溪口县民政局", 2024],
        ],
        "maintainers": ["chayuan-chamiao", "yang-chunyan"],
        "projects": [
            {
                "id": "chamiao-zhijia",
                "title": "“茶苗之家”留守儿童课后陪伴",
                "summary": "在村儿童之家为留守和困境儿童提供课后陪伴、作业辅导、阅读和亲情连线，社工定期家访，关注孩子的心理和安全。",
                "description": (
                    "茶苗之家服务全村136名儿童，其中留守儿童九十多名。每个孩子都有一份成长档案，"
                    "社工每学期至少家访两次，和爷爷奶奶聊孩子的学习、身体和情绪。"
                    "\n\n"
                    "日常服务包括：\n\n"
                    "- 课后陪伴和作业辅导\n"
                    "- 每周一次绘本共读和手工课\n"
                    "- 每周五亲情连线\n"
                    "- 防溺水、防性侵、交通安全教育"
                    "\n\n"
                    "孩子们的照片只在征得监护人同意后使用。\n\n茶苗之家的运行经费来自公益创投和镇政府购买服务，社工的工资、孩子们的茶点和文具都从这里开支，每半年向镇政府和村民公开一次，孩子们不用交任何费用。"
                ),
                "plan": "role",
                "fields": ["儿童关爱"],
                "service_targets": ["儿童", "留守人员"],
                "start": "2022-06-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["venture", "云溪市民政局（云溪市公益创投大赛）", 50000, "2022-05-20"],
                    ["government_purchase", "石桥镇人民政府", 30000, "2023-02-10"],
                ],
                "beneficiaries": {"group": "留守和困境儿童", "count": 136, "person_times": 16800},
                "partners": ["茶园村小学", "溪口县妇女联合会"],
                "outcomes": [
                    ["课后陪伴", "16,800 人次"],
                    ["家访", "420 次"],
                    ["亲情连线", "1,800 次"],
                ],
                "brand_project": True,
            },
            {
                "id": "shuqi-yuedu",
                "title": "暑期山村阅读营",
                "summary": "暑假邀请师范院校大学生志愿者驻村，开展为期四周的阅读营，带领孩子读书、写作和排演课本剧。",
                "description": (
                    "山村的孩子不缺聪明，缺的是书和读书的伙伴。阅读营每天上午共读一本书，"
                    "下午写读后感、画故事、排课本剧。"
                    "\n\n"
                    "阅读营结束时，孩子们把排好的课本剧演给爷爷奶奶看；"
                    "捐赠的八百多册图书留在了茶苗之家的书架上。\n\n阅读营共四周，每周一个主题：“我的家乡”“动物朋友”“远方的世界”和“长大以后”。大学生志愿者住在村里，和孩子们同吃同玩，晚上还给孩子们讲大学生活。阅读营结束后，有几个孩子和志愿者约定，每个月通一封信，说说最近读了什么书。我们也会继续跟进孩子们的阅读。"
                ),
                "plan": "role",
                "fields": ["儿童关爱", "青少年成长"],
                "service_targets": ["儿童", "青少年"],
                "start": "2023-07-01",
                "end": "2023-08-31",
                "status": "finished",
                "funding": [["donation", "云溪市书友会", 8000, "2023-06-15"]],
                "beneficiaries": {"group": "茶园村小学生", "count": 58, "person_times": 1100},
                "partners": ["云溪师范学院青年志愿者协会", "云溪市图书馆"],
                "outcomes": [["共读图书", "20 本"], ["新增藏书", "800 册"]],
                "brand_project": False,
            },
            {
                "id": "gedai-yangyu",
                "title": "爷爷奶奶隔代养育课",
                "summary": "为留守儿童的祖辈监护人开设养育课堂，讲儿童营养、安全、情绪和手机使用，提升隔代照护能力。",
                "description": (
                    "很多爷爷奶奶能让孩子吃饱穿暖，却不知道怎么和孩子说心里话，"
                    "也管不住孩子玩手机。养育课每月一次，在村文化礼堂上，用方言讲，多举村里的例子。"
                    "\n\n"
                    "课程包括儿童营养和饮食安全、防溺水和用电安全、怎么看出孩子不开心、"
                    "怎么和孩子约定用手机的时间等内容。\n\n每次课后，社工会留下来和爷爷奶奶们单独聊一聊，回答他们在带孩子中遇到的具体问题。我们还给每户发了一本图文并茂的养育手册，字大、图多，不识字的老人也能看懂。课程结束后，社工会结合家访，看看老人们学到的方法用上了没有。"
                ),
                "plan": "capacity",
                "fields": ["儿童关爱"],
                "service_targets": ["留守人员", "老年人"],
                "start": "2024-03-01",
                "end": "2024-12-31",
                "status": "running",
                "funding": [["government_purchase", "溪口县妇女联合会", 15000, "2024-02-26"]],
                "beneficiaries": {"group": "留守儿童祖辈监护人", "count": 80, "person_times": 520},
                "partners": ["石桥镇卫生院"],
                "outcomes": [["开课", "7 次"], ["参加祖辈", "80 人"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-06-10",
                "slug": "qinqing-lianxian",
                "title": "周五亲情连线",
                "place": "茶园村儿童之家",
                "project": "chamiao-zhijia",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 26,
                "volunteers": 3,
                "volunteer_hours": 9,
                "description": (
                    "每周五晚饭后，儿童之家的三台电脑前排起了小队。孩子们提前写好想对爸爸妈妈说的话，"
                    "怕见了面就忘了。"
                    "\n\n"
                    "有个孩子把刚拿到的奖状举到摄像头前，屏幕那头的妈妈一下子红了眼眶。"
                    "社工老师在一旁陪着，也记下孩子们的心事，留意需要跟进的情况。每次连线结束，孩子们都会在墙上的日历里画一颗星星。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 2,
                "children": True,
                "photo_alts": [
                    "孩子坐在电脑前和屏幕里的家人视频，只见背影",
                    "桌上放着孩子写好的一张小纸条",
                ],
            },
            {
                "date": "2022-11-19",
                "slug": "chashan-xiesheng",
                "title": "茶山写生课",
                "place": "茶园村后山茶园",
                "project": "chamiao-zhijia",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 34,
                "volunteers": 6,
                "volunteer_hours": 18,
                "description": (
                    "秋天的茶山层层叠叠，美术老师志愿者带着孩子们走进茶园写生。"
                    "孩子们画茶树、画远山，也画在茶园里干活的爷爷奶奶。"
                    "\n\n"
                    "这些画后来在学雷锋公益集市上展出，城里的居民看了，纷纷留言鼓励。写生结束时，孩子们把画送给了在茶园里干活的爷爷奶奶，老人们小心地把画折好揣进怀里，生怕弄皱了。"
                ),
                "scene": "garden",
                "banner": "",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "孩子们坐在茶园边的小板凳上画画，只见背影",
                    "画板上用蜡笔画的绿色茶山",
                    "志愿者老师蹲在田埂上指导",
                ],
            },
            {
                "date": "2023-07-10",
                "slug": "yueduying-kaiying",
                "title": "暑期山村阅读营开营",
                "place": "茶园村儿童之家",
                "project": "shuqi-yuedu",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 58,
                "volunteers": 12,
                "volunteer_hours": 48,
                "description": (
                    "十二名师范学院的大学生志愿者背着行李来到村里，带来了捐赠的八百多册图书。"
                    "开营第一天，孩子们给自己起了读书小组的名字：“茶叶组”“竹笋组”“萤火虫组”。"
                    "\n\n"
                    "第一本共读的书是《夏洛的网》，志愿者每天读一章，孩子们听得入迷。晚上，志愿者们就住在村委会腾出来的两间宿舍里，和村子一起入睡。"
                ),
                "scene": "classroom",
                "banner": "茶园村暑期阅读营",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "大学生志愿者给孩子们读书，只见孩子背影",
                    "书架上整齐摆放着新捐赠的图书",
                    "写着小组名字的手绘牌子",
                ],
            },
            {
                "date": "2024-04-20",
                "slug": "gedai-yangyu-ketang",
                "title": "隔代养育课：孩子不开心怎么办",
                "place": "茶园村文化礼堂",
                "project": "gedai-yangyu",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 62,
                "volunteers": 4,
                "volunteer_hours": 12,
                "description": (
                    "这一课讲的是孩子的情绪。社工老师用方言讲了几个例子：孩子突然不爱吃饭、不想上学、"
                    "一个人躲起来，可能是心里有事。"
                    "\n\n"
                    "爷爷奶奶们听得很认真，有位奶奶说：“以前总觉得孩子不听话就要骂，原来得先问问他怎么了。”课后，几位爷爷奶奶留下来，单独和社工聊了聊自家孩子的情况，约好了家访时间。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "社工老师在礼堂前方讲课",
                    "爷爷奶奶们坐在长凳上听讲",
                ],
            },
            {
                "date": "2024-07-05",
                "slug": "fangniyu-anquanke",
                "title": "暑期防溺水安全课",
                "place": "茶园村儿童之家",
                "project": "chamiao-zhijia",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 70,
                "volunteers": 5,
                "volunteer_hours": 10,
                "description": (
                    "放暑假前，茶苗之家请镇派出所民警给孩子们上防溺水安全课。"
                    "民警带来了村里几处危险水塘的照片，一处一处讲清楚为什么不能去。"
                    "\n\n"
                    "课后，孩子们在“不私自下水”的承诺书上签了名，还带回家请爷爷奶奶签字。放假后，茶苗之家还和村委会一起，在几处危险水塘边加装了护栏、立起了警示牌。"
                ),
                "scene": "classroom",
                "banner": "珍爱生命 预防溺水",
                "photos": 3,
                "children": True,
                "photo_alts": [
                    "民警指着危险水塘照片讲解",
                    "孩子们在承诺书上签名，只见手部",
                    "墙上贴着防溺水宣传画",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 溪口县 · 青溪乡（农村）
    {
        "id": "shangxi-wenyi",
        "name": "上溪村采茶灯文艺队",
        "short_name": "上溪文艺队",
        "status": "filed",
        "authority": "青溪乡人民政府",
        "status_date": "2017-06-08",
        "registered_kind": "",
        "guiding_unit": "上溪村村民委员会",
        "member_of": [],
        "founded": "2012-03",
        "category": "文体娱乐类",
        "fields": ["文化体育"],
        "service_targets": ["全体居民", "老年人", "留守人员"],
        "purpose": (
            "传承和表演采茶灯、山歌、腰鼓等乡土文艺，组织村民开展排练和演出；"
            "筹办村晚和农民丰收节演出，参与乡村文化礼堂活动，丰富农村留守群众的精神文化生活。"
        ),
        "area": ["溪口县", "青溪乡", "上溪村"],
        "venue": {"name": "上溪村文化礼堂", "address": "云溪市溪口县青溪乡上溪村祠堂路1号"},
        "phone": "",
        "email": "",
        "wechat": "",
        "leader": {"name": "方金莲", "role": "队长"},
        "people": {"members": 42, "volunteers": 15, "staff_full_time": 0, "staff_part_time": 0},
        "party": {"has_branch": False, "note": "由上溪村党支部领导，队内有党员9名"},
        "initial": "溪",
        "color": "#8B2500",
        "slogan": "唱的是家乡，跳的是日子",
        "story": (
            "采茶灯是上溪村老辈人传下来的歌舞，逢年过节，姑娘们提着茶篮、举着彩灯，边唱边跳。"
            "可到了2012年，会跳的只剩下几位七八十岁的老人。那年正月，村妇女主任方金莲"
            "请来八十岁的老艺人邱婆婆，在祠堂里教村里的妇女们跳了一遍。没想到一下子来了二十多人，"
            "连在家带孙子的奶奶都背着孩子来了。文艺队就这样组建起来。"
            "\n\n"
            "现在，我们有四十多名队员，大多是留在村里的妇女和老人。"
            "农忙时少练，农闲时多练，每周二、周五晚上在文化礼堂排练两个小时。"
            "每年腊月我们办**村晚**，正月里去附近的村子“走亲戚”演出；"
            "秋分的农民丰收节，我们在晒谷场上演给全乡的人看。礼堂里的彩灯和茶篮，大多是队员们自己扎的。"
            "\n\n"
            "队员春妹的丈夫常年在外地做工，两个孩子在县城读书，她一个人守着老屋和几亩茶园。"
            "她说以前晚上最难熬，吃完饭就只能看电视。加入文艺队后，她成了采茶灯的领舞，"
            "还学会了用手机剪视频，把排练和演出发给在外的家人看。"
            "去年村晚，她丈夫特意赶回来，坐在台下第一排，看她跳完了整支舞。"
            "\n\n"
            "我们正在把采茶灯的唱词、曲谱和动作整理成册，也想在村小开一门采茶灯兴趣课，"
            "让这支老歌舞一代代传下去。也欢迎在外的上溪人回乡时，来礼堂看看我们排练。"
        ),
        "highlights": [
            ["队员", "42 人"],
            ["村晚", "连续 12 届"],
            ["年演出", "30 余场"],
        ],
        "honors": [
            ["溪口县优秀乡村文艺团队", "云溪市溪口县文化和广电旅游体育局", 2021],
        ],
        "maintainers": ["shangxi-wenyi"],
        # never sent its 2023 report: the bureau lists it (see registers.py)
        "reports_missing": [2023],
        "projects": [
            {
                "id": "caichadeng-chuancheng",
                "title": "采茶灯传承和整理",
                "summary": "记录整理采茶灯的唱词、曲谱和舞蹈动作，录制教学视频，培养年轻传承人，并在村小开设兴趣课。",
                "description": (
                    "会唱全本采茶灯的老艺人只剩下三位，最年长的已经九十岁了。"
                    "我们和县文化馆合作，请老艺人一段一段地唱、一个一个动作地跳，"
                    "由文化馆的老师记谱、录像，队员们整理唱词。"
                    "\n\n"
                    "整理好的唱本印了两百册，送给村里和乡文化站；"
                    "教学视频在乡村大喇叭和村民群里播放。每周四下午，队员们还到村小上一节采茶灯兴趣课。\n\n兴趣课上，队员们从最简单的提灯步法教起，孩子们学得很快，不到一个学期就能完整跳下一段。项目结束时，村小的孩子们在村晚上表演了“小小采茶灯”，台下的老艺人们看得直抹眼泪。"
                ),
                "plan": "cultivation",
                "fields": ["文化体育"],
                "service_targets": ["全体居民", "儿童"],
                "start": "2022-04-01",
                "end": "2023-06-30",
                "status": "finished",
                "funding": [
                    ["other", "溪口县文化馆（非物质文化遗产保护经费）", 10000, "2022-04-01"]
                ],
                "beneficiaries": {
                    "group": "上溪村村民和村小学生",
                    "count": 460,
                    "person_times": 1800,
                },
                "partners": ["溪口县文化馆", "上溪村小学"],
                "outcomes": [["整理唱段", "18 段"], ["印制唱本", "200 册"], ["教学视频", "12 集"]],
                "brand_project": True,
            },
            {
                "id": "shangxi-cunwan",
                "title": "上溪村晚",
                "summary": "每年腊月由村民自编自导自演乡村春晚，节目有采茶灯、山歌、小品和腰鼓，在外游子回乡团聚。",
                "description": (
                    "上溪村晚已经办了十二届。节目全部由村民自己报、自己排，"
                    "有老人的山歌、妇女的采茶灯、年轻人的小品，还有孩子们的诗朗诵。"
                    "\n\n"
                    "舞台是晒谷场上搭的，灯光音响是村里凑钱租的。"
                    "每年村晚都会请回乡的年轻人上台说说在外打拼的故事。\n\n村晚的筹备从腊月初开始：先由文艺队发出节目征集，各村民小组报名，再由队里的骨干帮着排练和串场。灯光音响、舞台搭建的费用由文艺队自筹和在外乡亲捐助，每一笔收支都在村务公开栏上张贴。演出当晚，乡卫生院派来医生在场边值守，村里的年轻人负责维持秩序。"
                ),
                "plan": "role",
                "fields": ["文化体育"],
                "service_targets": ["全体居民", "留守人员"],
                "start": "2023-12-01",
                "end": "2024-02-29",
                "status": "finished",
                "funding": [
                    ["self_raised", "上溪村采茶灯文艺队", 3000, "2023-12-05"],
                    ["donation", "上溪村在外乡亲", 9000, "2024-01-10"],
                ],
                "beneficiaries": {
                    "group": "上溪村村民和返乡游子",
                    "count": 900,
                    "person_times": 900,
                },
                "partners": ["上溪村村民委员会", "青溪乡综合文化站"],
                "outcomes": [["节目", "16 个"], ["观众", "900 人"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-01-29",
                "slug": "cunwan-2022",
                "title": "第十届上溪村晚",
                "place": "上溪村晒谷场",
                "project": "",
                "type": "文化活动",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 700,
                "volunteers": 20,
                "volunteer_hours": 100,
                "description": (
                    "腊月二十七，晒谷场上的舞台挂满了红灯笼。第十届村晚演出了十五个节目，"
                    "压轴的是三十人的采茶灯，彩灯一亮，全场欢呼。"
                    "\n\n"
                    "台下坐满了回乡过年的游子和留守的老人，有人一边看一边用手机直播给还在外地的亲人。散场后，队员和村民一起收拾场地，把长凳一条条搬回祠堂，一直忙到深夜。"
                ),
                "scene": "stage_performance",
                "banner": "上溪村第十届村晚",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "晒谷场上搭起的舞台挂满红灯笼",
                    "队员们提着彩灯表演采茶灯",
                    "台下坐满了观看演出的村民",
                    "一位老人举着手机直播演出",
                ],
            },
            {
                "date": "2022-09-23",
                "slug": "fengshoujie-2022",
                "title": "农民丰收节采茶灯展演",
                "place": "上溪村晒谷场",
                "project": "caichadeng-chuancheng",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 500,
                "volunteers": 15,
                "volunteer_hours": 60,
                "description": (
                    "秋分是农民丰收节。晒谷场上晒着金黄的稻谷，文艺队在稻谷堆旁演出了采茶灯、"
                    "山歌对唱和腰鼓。"
                    "\n\n"
                    "九十岁的邱婆婆坐在台下，听到熟悉的唱段，忍不住跟着唱了起来。演出结束后，邱婆婆拉着队员们说，采茶灯总算后继有人了。队员们也趁热打铁，请邱婆婆把记得的老唱段一段段唱出来，这就是后来采茶灯整理工作的开始。"
                ),
                "scene": "stage_performance",
                "banner": "庆丰收 唱采茶",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员们在晒谷场上表演腰鼓",
                    "金黄的稻谷堆旁的演出场景",
                    "一位白发老人坐在台下跟着唱",
                ],
            },
            {
                "date": "2023-03-18",
                "slug": "laoyiren-luxiang",
                "title": "老艺人采茶灯唱段录制",
                "place": "上溪村文化礼堂",
                "project": "caichadeng-chuancheng",
                "type": "其他",
                "theme": "",
                "co_organizers": [],
                "participants": 18,
                "volunteers": 6,
                "volunteer_hours": 36,
                "description": (
                    "县文化馆的老师扛着摄像机来到文化礼堂。三位老艺人轮流唱，"
                    "文化馆老师一边听一边记谱，队员们把唱词一字一句抄下来。"
                    "\n\n"
                    "遇到记不清的词，老艺人们凑在一起商量，一天下来录了六段。录制间隙，队员们给老艺人端茶递水，老人们也讲起了当年正月里走村串户演采茶灯的往事。这些故事也被一并记了下来。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "老艺人对着摄像机演唱",
                    "文化馆老师在本子上记谱",
                    "队员们围坐抄写唱词",
                ],
            },
            {
                "date": "2024-02-04",
                "slug": "cunwan-2024",
                "title": "第十二届上溪村晚",
                "place": "上溪村晒谷场",
                "project": "shangxi-cunwan",
                "type": "文化活动",
                "theme": "传统节日",
                "co_organizers": [],
                "participants": 900,
                "volunteers": 24,
                "volunteer_hours": 120,
                "description": (
                    "今年的村晚有十六个节目，新加了村小学生表演的“小小采茶灯”。"
                    "返乡的年轻人上台讲了在外打拼的故事，也说起了回乡创业的打算。"
                    "\n\n"
                    "演出结束时，全场一起唱起了上溪的老山歌，很多人唱着唱着就湿了眼眶。今年的村晚还第一次在网上直播，在外地的乡亲们看得热闹，在评论区里刷了一晚上的“想家了”。"
                ),
                "scene": "stage_performance",
                "banner": "上溪村第十二届村晚",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "舞台上的队员提着彩灯起舞",
                    "返乡青年站在台上讲述自己的故事",
                    "夜色中晒谷场上坐满观众",
                    "演出结束后全体演员谢幕",
                ],
            },
            {
                "date": "2024-09-22",
                "slug": "fengshoujie-2024",
                "title": "农民丰收节乡村文艺汇演",
                "place": "青溪乡文化站广场",
                "project": "",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 1200,
                "volunteers": 20,
                "volunteer_hours": 80,
                "description": (
                    "今年的丰收节，青溪乡把全乡的文艺队请到了乡文化站广场。"
                    "我们的采茶灯作为开场节目，三十位队员提灯入场，拉开了汇演的序幕。"
                    "\n\n"
                    "广场边还有农产品展销，茶叶、笋干、土蜂蜜摆满了摊位。演出结束后，不少外乡的游客专门来找我们合影，还有人问采茶灯能不能去他们村演一场。队员们笑着说，只要请，就去。"
                ),
                "scene": "stage_performance",
                "banner": "青溪乡农民丰收节",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "三十位队员提着彩灯入场",
                    "广场上观看演出的人群",
                    "广场边摆满茶叶和笋干的展销摊位",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 溪口县 · 溪口镇（农村）
    {
        "id": "taoyuan-hongbai",
        "name": "桃源村红白理事会",
        "short_name": "桃源红白理事会",
        "status": "filed",
        "authority": "溪口镇人民政府",
        "status_date": "2019-04-02",
        "registered_kind": "",
        "guiding_unit": "桃源村村民委员会",
        "member_of": [],
        "founded": "2018-11",
        "category": "社区事务类",
        "fields": ["社区治理", "邻里互助"],
        "service_targets": ["全体居民", "困难群众"],
        "purpose": (
            "倡导移风易俗、婚事新办、丧事简办，制定和监督执行村红白喜事办理标准；"
            "为村民操办红白喜事提供咨询、协调和帮办服务，为困难家庭提供互助帮扶，"
            "减轻村民人情负担，培育文明乡风。"
        ),
        "area": ["溪口县", "溪口镇", "桃源村"],
        "venue": {"name": "桃源村文化礼堂", "address": "云溪市溪口县溪口镇桃源村桃花路2号"},
        "phone": "0599-6638 2012",
        "email": "",
        "wechat": "",
        "leader": {"name": "钱德明", "role": "会长"},
        "people": {"members": 15, "volunteers": 36, "staff_full_time": 0, "staff_part_time": 0},
        "party": {
            "has_branch": False,
            "note": "由桃源村党支部领导，会长由村里德高望重的老党员担任",
        },
        "initial": "礼",
        "color": "#556B2F",
        "slogan": "喜事新办，丧事简办，乡风更暖",
        "story": (
            "桃源村过去办酒席讲排场，娶个媳妇要摆四五十桌，老人过世要请乐队吹三天，"
            "随礼也从一百涨到了五百、一千。2018年秋天，村里一户人家为给儿子办婚礼借了十几万，"
            "新娘进门后两口子为了还债吵个不停。村民大会上，大家都说：这人情债，得有人出来管一管了。"
            "那年冬天，村里推选了十五位有威望的老人和村干部，成立了红白理事会。"
            "\n\n"
            "我们和村民一起商量，定了一份标准写进村规民约：婚宴不超过二十桌，丧事三天内办完，"
            "不请乐队哭丧，随礼不超过两百元。谁家要办事，提前到理事会登记，我们帮着算账、"
            "联系厨师和场地，文化礼堂可以免费用。遇到困难家庭，理事会出人出力帮着操办。"
            "\n\n"
            "村东头的老李家2023年嫁女儿，本来想按老规矩办四十桌。理事会的钱德明会长上门坐了两个晚上，"
            "帮他算了一笔账：四十桌要花十二万，十八桌只要五万多。后来老李在文化礼堂办了十八桌，"
            "省下的钱给女儿买了一台新车当嫁妆。婚礼那天，理事会还请来文艺队唱了一段采茶歌，"
            "老李说，**办得不大，但是体面**。"
            "\n\n"
            "接下来，我们想把理事会的账目和办事流程做得更公开透明，也想为村里的老人办集体寿宴，"
            "让节省下来的钱用在真正需要的地方。"
        ),
        "highlights": [
            ["帮办红白事", "186 场"],
            ["户均节省", "约 3 万元"],
            ["村规民约知晓率", "98%"],
        ],
        "honors": [["溪口县移风易俗示范村红白理事会", "中共云溪市溪口县委宣传部", 2022]],
        "maintainers": ["taoyuan-hongbai"],
        "projects": [
            {
                "id": "xinshi-jianban",
                "title": "移风易俗“新事简办”帮办服务",
                "summary": "为村民办理婚丧喜事提供登记、咨询、算账和帮办服务，开放文化礼堂作为办事场所，推行村规民约中的办事标准。",
                "description": (
                    "村民办红白事，提前到理事会登记，理事会派两名成员上门，讲标准、帮算账，"
                    "协调厨师、场地和帮工。文化礼堂配了灶台、桌椅和餐具，免费借用。"
                    "\n\n"
                    "对困难家庭，理事会组织邻居帮工，联系镇里的救助政策，"
                    "让每一户人家都能把事办得体体面面。\n\n理事会还组建了一支二十多人的帮工队，有厨师、司仪、搬桌椅的壮劳力，谁家办事都可以请来帮忙，只收很少的辛苦费，困难家庭全免。两年里，理事会帮办红白事七十四场，每场平均桌数从三十五桌降到了十六桌，村民的人情负担明显减轻。"
                ),
                "plan": "role",
                "fields": ["社区治理", "邻里互助"],
                "service_targets": ["全体居民", "困难群众"],
                "start": "2022-03-01",
                "end": "2023-12-31",
                "status": "finished",
                "funding": [["government_purchase", "溪口镇人民政府", 10000, "2022-03-08"]],
                "beneficiaries": {"group": "桃源村村民", "count": 1400, "person_times": 2800},
                "partners": ["桃源村村民委员会", "溪口镇文明办"],
                "outcomes": [["帮办红白事", "74 场"], ["平均桌数", "从 35 桌降到 16 桌"]],
                "brand_project": False,
            },
            {
                "id": "lishihui-guifan",
                "title": "理事会规范运行和账目公开",
                "summary": "完善理事会章程、议事规则和办事台账，每季度公开收支和帮办情况，接受村民监督。",
                "description": (
                    "理事会成立几年，靠的是成员的威望。要走得长远，还得靠制度。"
                    "在镇民政办的指导下，我们修订了章程，明确了理事任期、议事规则和回避制度："
                    "理事自家或亲属办事，由其他理事帮办。"
                    "\n\n"
                    "理事会的每一笔收支和每一场帮办，都记在台账上，每季度在村务公开栏张贴。\n\n我们还在理事会内部分了工：会长负责总协调，两名理事分别负责记账和出纳，互相监督；每半年召开一次村民代表会议，听取大家对理事会工作的意见。村民对理事会有意见的，可以直接到村委会或镇民政办反映。"
                ),
                "plan": "management",
                "fields": ["社区治理"],
                "service_targets": ["全体居民"],
                "start": "2024-01-01",
                "end": "2024-12-31",
                "status": "running",
                "funding": [["self_raised", "桃源村红白理事会", 1500, "2024-01-08"]],
                "beneficiaries": {"group": "桃源村村民", "count": 1400, "person_times": 1400},
                "partners": ["溪口镇民政办"],
                "outcomes": [["修订制度", "4 项"], ["季度公开", "3 次"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-03-20",
                "slug": "cungui-minyue",
                "title": "村规民约红白事条款修订会",
                "place": "桃源村文化礼堂",
                "project": "xinshi-jianban",
                "type": "会议",
                "theme": "",
                "co_organizers": [],
                "participants": 96,
                "volunteers": 6,
                "volunteer_hours": 12,
                "description": (
                    "每户派一名代表来到文化礼堂，逐条讨论红白事的办理标准。"
                    "争论最多的是随礼标准，有人说两百太少，有人说一百就够。"
                    "\n\n"
                    "最后举手表决，两百元的标准以多数通过，写进了村规民约。修订后的村规民约印成小册子发到每户，还在文化礼堂门口做了一块展板。会后，理事会成员挨家挨户上门解释新标准。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "村民代表在文化礼堂里举手表决",
                    "理事会成员宣读村规民约条款",
                    "墙上张贴着修订后的红白事标准",
                ],
            },
            {
                "date": "2022-12-18",
                "slug": "jiti-hunli",
                "title": "新事新办集体婚礼",
                "place": "桃源村文化礼堂",
                "project": "xinshi-jianban",
                "type": "文化活动",
                "theme": "",
                "co_organizers": [],
                "participants": 300,
                "volunteers": 20,
                "volunteer_hours": 80,
                "description": (
                    "三对新人在文化礼堂举办了集体婚礼。没有豪车车队，新人们骑着系了红绸的自行车穿过桃林进村；"
                    "喜宴一共十二桌，菜是理事会请的村厨做的。"
                    "\n\n"
                    "三对新人的家长算了算，比各办各的，每家省下了两万多元。婚礼上，上溪村文艺队的阿姨们还专程赶来唱了一段采茶歌，新人们跟着节拍拍手，礼堂里笑声不断。"
                ),
                "scene": "stage_performance",
                "banner": "桃源村新事新办集体婚礼",
                "photos": 4,
                "children": False,
                "photo_alts": [
                    "三对新人站在礼堂舞台上",
                    "新人骑着系红绸的自行车进村",
                    "礼堂里摆着的喜宴圆桌",
                    "理事会会长为新人送上祝福",
                ],
            },
            {
                "date": "2023-10-23",
                "slug": "chongyang-shouyan",
                "title": "重阳节集体寿宴",
                "place": "桃源村文化礼堂",
                "project": "xinshi-jianban",
                "type": "互助活动",
                "theme": "重阳敬老",
                "co_organizers": [],
                "participants": 180,
                "volunteers": 24,
                "volunteer_hours": 96,
                "description": (
                    "过去村里老人做寿，家家都要摆酒。今年重阳，理事会牵头为全村七十岁以上的老人办了一场集体寿宴，"
                    "老人们不用各自摆酒，子女们也省了心。"
                    "\n\n"
                    "寿宴的菜由村里的帮工队掌勺，文艺队的阿姨们唱了祝寿歌。寿宴上，年纪最大的老人九十三岁，子孙们轮流给他敬茶。不少老人说，比在家摆酒热闹，还不用麻烦儿女。"
                ),
                "scene": "dining_hall",
                "banner": "桃源村重阳集体寿宴",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "老人们戴着红围巾坐在寿宴桌前",
                    "帮工队把菜端上桌",
                    "文艺队阿姨在台上唱祝寿歌",
                ],
            },
            {
                "date": "2024-04-10",
                "slug": "zhangmu-gongkai",
                "title": "理事会首次季度账目公开",
                "place": "桃源村村务公开栏",
                "project": "lishihui-guifan",
                "type": "会议",
                "theme": "",
                "co_organizers": [],
                "participants": 40,
                "volunteers": 4,
                "volunteer_hours": 8,
                "description": (
                    "理事会把一季度的收支和帮办情况整理成表，张贴在村务公开栏，"
                    "并在公开栏旁摆了一张桌子，由两位理事现场解答村民的疑问。"
                    "\n\n"
                    "有村民问礼堂餐具的损耗怎么算，理事当场翻出台账一笔笔说明。村民们看得仔细，也问得认真。理事会把大家提的意见记下来，准备在下次公开时一并说明，让每一笔账都经得起看。"
                ),
                "scene": "meeting_room",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "村务公开栏上张贴着收支公示表",
                    "理事翻开台账向村民解释",
                ],
            },
        ],
    },
    # ---------------------------------------------------------------- 溪口县 · 青溪乡（农村）
    {
        "id": "xiaxi-huhe",
        "name": "下溪村清流护河志愿队",
        "short_name": "清流护河队",
        "status": "pending",
        "authority": "",
        "status_date": "",
        "registered_kind": "",
        "guiding_unit": "下溪村村民委员会",
        "incubated_by": [("xikou-fuhua", "2022-04-08", "")],
        "member_of": [],
        "founded": "2022-04",
        "category": "公益慈善类",
        "fields": ["环境保护", "应急救援"],
        "service_targets": ["全体居民", "青少年", "留守人员"],
        "purpose": (
            "组织村民巡查青溪下溪段河道，清理河面和岸边垃圾，劝阻电鱼、倾倒垃圾等破坏河道的行为；"
            "开展护河宣传、防溺水守护和河岸绿化，协助村级河长守护一溪清水。"
        ),
        "area": ["溪口县", "青溪乡", "下溪村"],
        "venue": {"name": "下溪村护河驿站", "address": "云溪市溪口县青溪乡下溪村溪边路8号"},
        "phone": "",
        "email": "",
        "wechat": "下溪护河",
        "leader": {"name": "罗永生", "role": "队长"},
        "people": {"members": 26, "volunteers": 48, "staff_full_time": 0, "staff_part_time": 0},
        "party": {"has_branch": False, "note": "由下溪村党支部联系指导，村党支部书记兼任村级河长"},
        "initial": "河",
        "color": "#005F73",
        "slogan": "守一溪清水，护一村乡愁",
        "story": (
            "青溪从下溪村穿村而过，老人们说，小时候溪水清得能看见石头缝里的小鱼。"
            "可前些年，岸边堆起了垃圾，还有人趁夜里电鱼。2022年春天，"
            "在外做了二十年生意的罗永生回村养老，看到溪里漂着的塑料瓶，心里很不是滋味。"
            "他约上几个老伙伴，拿着竹竿和网兜，沿着溪走了一趟，捞上来满满三大袋垃圾。"
            "第二周，跟着他一起去的有十几个人。护河队就这样成立了。"
            "\n\n"
            "现在，我们每周六上午巡河一次，从上游的石拱桥走到下游的水坝，"
            "一边捡垃圾，一边看有没有排污口和电鱼的痕迹。暑假里，我们在几处深潭边轮流值守，"
            "提醒孩子们不要下水。队员们还在村小上了一堂“认识青溪”的课，"
            "带孩子们认溪里的鱼虾和岸边的草木。"
            "\n\n"
            "七十一岁的队员阿水伯年轻时是村里的捕鱼好手，也电过鱼。"
            "加入护河队后，他成了劝阻电鱼最管用的人：他熟悉哪里的潭深、哪里的鱼多，"
            "也知道怎么跟电鱼的人讲道理。去年夏天，他在溪边蹲守了三个晚上，"
            "劝走了两拨电鱼的外村人。他说：“我年轻时欠这条溪的，现在慢慢还。”"
            "\n\n"
            "我们正在孵化中心的帮助下准备备案材料。等河道整治工程完工，"
            "我们还要把停下来的河岸补植继续做完，让溪边重新长满芦苇和柳树。"
        ),
        "highlights": [
            ["巡河", "120 次"],
            ["清理垃圾", "8.6 吨"],
            ["劝阻电鱼", "27 次"],
        ],
        "honors": [["溪口县“最美护河志愿者”团队", "溪口县河长制办公室", 2023]],
        "maintainers": ["xiaxi-huhe"],
        "projects": [
            {
                "id": "qingliu-xunhe",
                "title": "清流巡河行动",
                "summary": "每周巡查青溪下溪段河道，清理河面和岸边垃圾，记录和报告排污、电鱼、侵占河道等问题，暑期开展防溺水值守。",
                "description": (
                    "巡河路线全长四公里，队员分成三组，每组负责一段。"
                    "每次巡河都要填一张巡河记录表，发现问题拍照发到村河长群，由村里协调处理。"
                    "\n\n"
                    "巡河时我们重点看：\n\n"
                    "- 河面和岸边有没有垃圾\n"
                    "- 有没有新的排污口或异常水色\n"
                    "- 有没有电鱼、毒鱼的痕迹"
                    "\n\n"
                    "暑假期间，队员们在三处深潭边轮流值守，劝离下水的孩子和游客。\n\n巡河用的网兜、手套和救生衣来自乡贤的捐赠和公益创投资金，队员们自己带午饭。清理上来的垃圾，由村保洁员统一运到乡垃圾中转站。每年年底，我们都把巡河记录汇总，交给乡河长办。"
                ),
                "plan": "role",
                "fields": ["环境保护", "应急救援"],
                "service_targets": ["全体居民", "青少年"],
                "start": "2022-06-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["donation", "下溪村乡贤理事会", 6000, "2022-06-01"],
                    ["venture", "溪口县民政局（溪口县社区公益创投）", 15000, "2023-04-18"],
                ],
                "beneficiaries": {"group": "下溪村村民", "count": 1100, "person_times": 3200},
                "partners": ["青溪乡河长制办公室", "下溪村小学"],
                "outcomes": [["巡河", "120 次"], ["清理垃圾", "8.6 吨"], ["劝离下水", "140 人次"]],
                "brand_project": False,
            },
            {
                "id": "hean-buzhi",
                "title": "河岸芦苇和柳树补植",
                "summary": "在青溪下溪段裸露河岸补种芦苇、菖蒲和柳树，固土护岸、净化水质；因河道整治工程施工暂停，工程完工后恢复。",
                "description": (
                    "下溪段有一公里多的河岸土坡裸露，一下大雨就往溪里冲泥。"
                    "我们计划分三批补种芦苇、菖蒲和柳树，由队员和村小学生认领养护。"
                    "\n\n"
                    "第一批补植完成后，县里启动了青溪河道综合整治工程，补植路段在施工范围内，"
                    "项目暂停。已经种下的树苗，我们移栽到了村口的空地，等工程结束后再种回河岸。\n\n补植用的芦苇和菖蒲大多是队员们从上游的湿地里分株来的，柳树苗由乡林业站支持。项目暂停期间，队员们每月去村口看一看移栽的树苗，浇水除草。等整治工程完工，我们会和乡林业站商量新的种植方案后再恢复。"
                ),
                "plan": "role",
                "fields": ["环境保护"],
                "service_targets": ["全体居民"],
                "start": "2023-03-01",
                "end": "",
                "status": "suspended",
                "funding": [["self_raised", "下溪村清流护河志愿队", 2000, "2023-03-01"]],
                "beneficiaries": {"group": "下溪村村民", "count": 1100, "person_times": 260},
                "partners": ["青溪乡林业站"],
                "outcomes": [["已补植", "300 米"], ["移栽柳树", "45 棵"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-06-11",
                "slug": "shouci-xunhe",
                "title": "第一次全线巡河",
                "place": "青溪下溪段石拱桥至水坝",
                "project": "qingliu-xunhe",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 18,
                "volunteers": 18,
                "volunteer_hours": 54,
                "description": (
                    "护河队第一次全线巡河，十八名队员分成三组，从石拱桥出发，一直走到下游的水坝。"
                    "网兜、竹竿、编织袋是大家从自己家里带来的。"
                    "\n\n"
                    "四公里走下来，捞上来的垃圾装满了十二个编织袋，还发现了一处往溪里排污水的管子，"
                    "当天就报告了村里。巡河结束后，大家在石拱桥上约定：以后每周六上午都来走一趟。"
                ),
                "scene": "street_cleanup",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员们拿着网兜沿溪边行走",
                    "一名队员用竹竿打捞河面上的塑料瓶",
                    "岸边一排装满垃圾的编织袋",
                ],
            },
            {
                "date": "2023-03-12",
                "slug": "hean-buzhi",
                "title": "植树节河岸补植",
                "place": "青溪下溪段东岸",
                "project": "hean-buzhi",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 52,
                "volunteers": 30,
                "volunteer_hours": 120,
                "description": (
                    "植树节这天，队员们和村民一起在东岸三百米长的土坡上种下了芦苇、菖蒲和柳树苗。"
                    "乡林业站的技术员现场指导：芦苇种在近水处，柳树种在坡顶。"
                    "\n\n"
                    "每棵柳树都挂上了认领牌，由一户村民负责浇水。种完树，大家在岸边合了影。参加活动的村小学生说，等柳树长大了，要在树下乘凉、读书。技术员还叮嘱大家，头一个月要勤浇水。"
                ),
                "scene": "garden",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "村民们在河岸土坡上挖坑种树",
                    "技术员讲解芦苇的种植方法",
                    "柳树苗上挂着写有名字的认领牌",
                ],
            },
            {
                "date": "2023-07-22",
                "slug": "fangniyu-zhishou",
                "title": "暑期深潭防溺水值守",
                "place": "青溪下溪段龙潭",
                "project": "qingliu-xunhe",
                "type": "平安巡防",
                "theme": "防灾减灾",
                "co_organizers": [],
                "participants": 60,
                "volunteers": 12,
                "volunteer_hours": 72,
                "description": (
                    "暑假的周末，常有外地游客和村里的孩子到龙潭玩水。"
                    "队员们在潭边搭了遮阳棚，挂上警示牌，备好救生圈和长竹竿，"
                    "从中午一直守到傍晚。"
                    "\n\n"
                    "一天下来，劝离下水的游客和孩子二十多人次。值守的队员轮流换班，每班两人，阿水伯几乎每个周末都来，他说这片水他最熟。整个暑假，龙潭没有发生一起溺水事故。"
                ),
                "scene": "park",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "潭边的遮阳棚下挂着防溺水警示牌",
                    "队员手握长竹竿守在潭边",
                    "岸边石头上放着橙色救生圈",
                ],
            },
            {
                "date": "2023-11-15",
                "slug": "renshi-qingxi",
                "title": "村小“认识青溪”自然课",
                "place": "下溪村小学和青溪岸边",
                "project": "qingliu-xunhe",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 46,
                "volunteers": 6,
                "volunteer_hours": 18,
                "description": (
                    "队员们走进村小，先在教室里用图片讲青溪里的鱼虾和岸边的草木，"
                    "再带孩子们到溪边，用小网兜捞起溪水里的小虾和石蚕，观察后再放回去。"
                    "\n\n"
                    "阿水伯给孩子们讲了他小时候溪里的样子，孩子们说，要让青溪变回那个样子。观察结束后，孩子们把小虾和石蚕都轻轻放回了溪水里，还画了一张青溪生物图。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员在教室里展示青溪鱼类图片",
                    "网兜里捞起的小虾和石蚕特写",
                    "一位老人坐在溪边石头上讲故事",
                ],
            },
            {
                "date": "2024-06-15",
                "slug": "xunhe-liubai",
                "title": "护河队成立两周年巡河",
                "place": "青溪下溪段石拱桥至水坝",
                "project": "qingliu-xunhe",
                "type": "志愿服务",
                "theme": "",
                "co_organizers": [],
                "participants": 40,
                "volunteers": 40,
                "volunteer_hours": 120,
                "description": (
                    "成立两周年这天，四十名队员和村民一起巡河。和两年前相比，溪里的垃圾少了很多，"
                    "四公里只捡了三袋。"
                    "\n\n"
                    "巡河结束后，大家在护河驿站开了个小会，商量等河道整治完工后怎么把补植接着做下去。两年来，护河队从十几个人发展到了四十多人，还吸引了几位回乡创业的年轻人加入。罗永生说，护河的事，要一代一代做下去。"
                ),
                "scene": "street_cleanup",
                "banner": "守一溪清水 护一村乡愁",
                "photos": 3,
                "children": False,
                "photo_alts": [
                    "队员们沿着清澈的溪边巡查",
                    "溪水清澈可见水底的卵石",
                    "队员们在护河驿站围坐开会",
                ],
            },
        ],
    },
]


# Organizations added after the first edition: written after the small groups, so the numbering
# (filing numbers, photo seeds) of everything before them stays as it was.
LATER_ORGS: list[dict] = [
    # ------------------------------------------------ 青山区 · 湖滨街道 · street federation (hub)
    {
        "id": "hubin-lianhehui",
        "name": "湖滨街道社区社会组织联合会",
        "short_name": "湖滨社联会",
        "status": "registered",
        "authority": "云溪市青山区民政局",
        "status_date": "2021-07-16",
        "registered_kind": "1",
        "guiding_unit": "湖滨街道办事处",
        "member_of": ["qingshan-lianhehui"],
        "founded": "2021-05",
        "category": "社区事务类",
        "fields": ["社区治理", "邻里互助"],
        "service_targets": ["社区社会组织及骨干", "全体居民"],
        "purpose": (
            "联合湖滨街道的社区社会组织，为会员组织提供备案指导、骨干培训、场地协调和活动统筹，"
            "组织会员参与街道的社区治理、邻里互助和志愿服务。"
        ),
        "area": ["青山区", "湖滨街道", "荷塘社区"],
        "venue": {
            "name": "湖滨街道社会组织服务站",
            "address": "云溪市青山区湖滨路28号湖滨街道社区服务中心二楼",
        },
        "phone": "0599-8631 2047",
        "email": "hubin-lianhehui@example.org",
        "wechat": "",
        "leader": {"name": "陈雅琴", "role": "会长"},
        "people": {"members": 15, "volunteers": 22, "staff_full_time": 1, "staff_part_time": 2},
        "party": {"has_branch": False, "note": "由湖滨街道社区社会组织综合党委指导党建工作"},
        "initial": "湖",
        "color": "#1F4E79",
        "slogan": "街巷里的队伍，一起往前走",
        "story": (
            "湖滨街道有三十多支居民队伍：广场舞队、合唱团、巡防队、编织组……"
            "它们大多只有一个队长、一本名册，遇到场地冲突、活动保险和年报填写，常常不知道该找谁。"
            "\n\n"
            "2021年，柳岸阳光助老服务队、荷塘四点半课堂和望湖和事佬调解室几家老队伍牵头，"
            "在街道的支持下成立了联合会。我们每月办一期“微课堂”，讲台账、讲安全、讲拍照写推文；"
            "每季度开一次队长会，把几十支队伍的活动排进同一张日历。"
            "\n\n"
            "加入联合会的队伍，同时也是青山区社区社会组织联合会的会员：区里的“领航”培训和公益创投，"
            "我们负责把消息带到每一支队伍。"
        ),
        "highlights": [["会员队伍", "33 支"], ["微课堂", "每月 1 期"]],
        "honors": [],
        "maintainers": ["hubin-lianhehui", "chen-yaqin"],
        # the monthly "微课堂": person-times of all sessions of the year (three published below)
        "training_series": {2022: 286, 2023: 412},
        "training_explanations": {
            2022: "微课堂每月一期，全年12期共286人次；本网站只公开了其中一期的活动记录",
            2023: "微课堂每月一期，全年12期共412人次；本网站只公开了其中两期的活动记录",
        },
        "projects": [
            {
                "id": "weiketang",
                "title": "湖滨街道社区社会组织“微课堂”",
                "summary": (
                    "每月一期、每期两小时，面向辖区居民队伍的队长和骨干，"
                    "讲活动台账、户外安全、志愿者招募和宣传写作。"
                ),
                "description": (
                    "课程由联合会和街道社会事务办一起排，老师多是辖区里的社工、律师、会计和摄影爱好者。"
                    "每期课后，学员带着一道“作业”回队伍：补一本台账、写一份安全预案、拍一组活动照片。"
                ),
                "plan": "capacity",
                "fields": ["社区治理"],
                "service_targets": ["全体居民"],
                "start": "2022-03-01",
                "end": "",
                "status": "running",
                "funding": [
                    ["government_purchase", "湖滨街道办事处", 30000, "2022-03-01"],
                    ["government_purchase", "湖滨街道办事处", 32000, "2023-02-20"],
                ],
                "beneficiaries": {
                    "group": "居民队伍的队长和骨干",
                    "count": 96,
                    "person_times": 698,
                },
                "partners": ["湖滨街道社会事务办"],
                "outcomes": [["开课", "21 期"], ["培训", "698 人次"]],
                "brand_project": False,
            },
        ],
        "activities": [
            {
                "date": "2022-06-18",
                "slug": "weiketang-taizhang",
                "title": "微课堂：活动台账怎么记",
                "place": "湖滨街道社区服务中心二楼会议室",
                "project": "weiketang",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 34,
                "volunteers": 3,
                "volunteer_hours": 12,
                "description": (
                    "一本好台账要记什么？时间、地点、参加人数、花了多少钱、拍了哪些照片。"
                    "社工老师拿几支队伍的真实台账做例子，一页一页对照着讲。"
                ),
                "scene": "classroom",
                "banner": "湖滨街道社区社会组织微课堂",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "社工老师举着一本台账讲解记录方法",
                    "队长们在桌上翻看各自带来的台账",
                ],
            },
            {
                "date": "2023-05-20",
                "slug": "weiketang-anquan",
                "title": "微课堂：户外活动的安全预案",
                "place": "湖滨街道社区服务中心二楼会议室",
                "project": "weiketang",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 41,
                "volunteers": 3,
                "volunteer_hours": 12,
                "description": (
                    "广场舞、徒步、河道清洁，户外活动越办越多。这一期请来区应急管理部门的老师，"
                    "讲怎么写一页纸的安全预案：集合点、联络人、急救包和恶劣天气的取消办法。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 2,
                "children": False,
                "photo_alts": [
                    "投影屏幕上显示着一页安全预案的样例",
                    "学员们分组讨论自己队伍的户外活动",
                ],
            },
            {
                "date": "2023-09-16",
                "slug": "weiketang-xuanchuan",
                "title": "微课堂：用手机拍好活动照片",
                "place": "湖滨街道社区服务中心二楼会议室",
                "project": "weiketang",
                "type": "培训",
                "theme": "",
                "co_organizers": [],
                "participants": 38,
                "volunteers": 2,
                "volunteer_hours": 8,
                "description": (
                    "拍照片先问一句“可以拍吗”，有孩子的照片要征得家长同意；"
                    "拍人要拍正在做事的样子，不要只拍合影。课后大家交换手机，互相点评作业。"
                ),
                "scene": "classroom",
                "banner": "",
                "photos": 1,
                "children": False,
                "photo_alts": ["学员们举着手机练习拍摄活动场景"],
            },
        ],
    },
]


# What a few generated small groups have beyond their generated profile: the village dance troupe
# that started a weekend arts class for left-behind children in 2024, funded by the lottery fund.
SMALL_GROUP_EXTRAS: dict[str, dict] = {
    "shiqiao-02": {
        "service_targets": ["留守儿童", "老年人", "全体居民"],
        "projects": [
            {
                "id": "zhoumo-yike",
                "title": "竹林村留守儿童周末文艺课堂",
                "summary": "每周六下午在村文化礼堂教留守儿童跳采茶舞、打腰鼓、唱山歌，期末在村晚上演出。",
                "description": (
                    "竹林村有四十多个孩子的父母在外务工，周末常常没人陪。"
                    "队里的阿姨们商量，把每周六下午的排练让出一半，给孩子们开一堂文艺课。"
                    "\n\n"
                    "课堂由两名队员和一名村小老师轮流带，孩子们学会的节目在春节村晚上演出，"
                    "演出视频通过村里的微信群发给在外的父母。"
                ),
                "plan": "role",
                "fields": ["儿童关爱", "文化体育"],
                "service_targets": ["留守儿童"],
                "start": "2024-03-01",
                "end": "2024-12-31",
                "status": "running",
                "funding": [
                    [
                        "lottery_fund",
                        "云溪市溪口县民政局（福利彩票公益金）",
                        18000,
                        "2024-02-26",
                        "XK-CP-2024-015",
                    ]
                ],
                "beneficiaries": {"group": "竹林村留守儿童", "count": 42, "person_times": 1300},
                "partners": ["竹林村村民委员会", "石桥镇中心小学竹林教学点"],
                "outcomes": [["参加课堂的孩子", "42 人"]],
            }
        ],
    },
}
