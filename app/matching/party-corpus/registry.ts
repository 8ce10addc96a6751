// The registry the party-name corpus is scored against: exporters as a protection centre
// would register them (Chinese legal name always; English name, trade names and
// e-commerce storefronts when the company gave them). Companies named in the notices the
// corpus quotes are registered under a realistic Chinese name written for this corpus
// (the notices print only the English or pinyin form); well-known companies carry their
// real Chinese names. Decoys sit beside them: same city, same core with another industry
// word, one letter of pinyin apart, storefronts sharing one common word.
import type { PartyCompany } from "../party-names.ts";

type Row = [id: string, nameZh: string, nameEn: string | null, aliases: string[], city: string | null, province: string | null];

const ROWS: Row[] = [
  // USITC 337-TA-1424 (flash-spun nonwovens): Xiamen / Beijing / Jiaxing / Huizhou / Weifang respondents
  ["dangs", "厦门当盛新材料有限公司", "Xiamen Dangs New Materials Co., Ltd.", ["Dawnsens New Materials Co., Ltd."], "厦门", "福建"],
  ["dangsheng-xm", "厦门当盛科技有限公司", null, [], "厦门", "福建"],
  ["qingyun-zj", "浙江青云新材料有限公司", null, [], "嘉兴", "浙江"],
  ["kingwills", "南通金威新材料科技有限公司", "Kingwills New Material Technology Co., Ltd.", [], "南通", "江苏"],
  ["zhengming", "深圳市正明科技有限公司", null, [], "惠州", "广东"],
  ["konzer", "潍坊康泽安全防护用品有限公司", "Weifang Konzer Safety Protective Equipment Co., Ltd.", [], "潍坊", "山东"],
  // USITC 337-TA-1161 (food processing equipment): Wenzhou valve makers
  ["qiming", "温州启明不锈钢有限公司", null, [], "温州", "浙江"],
  ["highmpa", "温州高压阀门制造有限公司", "High MPa Valve Manufacturing Co., Ltd.", [], "温州", "浙江"],
  ["sinco", "温州信科钢业有限公司", "Wenzhou Sinco Steel Co., Ltd.", [], "温州", "浙江"],
  ["kasin", "温州佳信阀门管件有限公司", "Wenzhou Kasin Valve Pipe Fitting Co., Ltd.", [], "温州", "浙江"],
  ["fuchuang", "温州富创机械有限公司", null, [], "温州", "浙江"],
  // USITC 337-TA-961 (lip balm): Wuxi Sunmart group, two companies sharing a core
  ["shengma", "无锡盛马科技有限公司", "Wuxi Sunmart Science and Technology Co. Ltd.", ["Wuxi Sunmart Group Co., Ltd."], "无锡", "江苏"],
  ["sunmart-plastic", "无锡盛马塑料有限公司", "Wuxi Sunmart Plastic Co., Ltd.", [], "无锡", "江苏"],
  // USITC 337-TA-1224 (digital video devices): Hisense companies of Qingdao
  ["hisense", "海信视像科技股份有限公司", "Hisense Visual Technology Co., Ltd.", ["Qingdao Hisense Electric Co., Ltd."], "青岛", "山东"],
  ["hisense-ie", "青岛海信进出口有限公司", "Hisense Import & Export Co., Ltd.", [], "青岛", "山东"],
  // USITC 337-TA-924 (light reflectors)
  ["sinowell", "中威（上海）贸易有限公司", "Sinowell (Shanghai) Co., Ltd.", [], "上海", "上海"],
  // 337-TA-1107 (LED lighting) as reported by 中国贸易救济信息网
  ["chaiyi", "广州柴艺灯光有限公司", null, ["Fine Art Lighting Co., Ltd."], "广州", "广东"],
  ["xuanyi", "广州炫艺照明有限公司", null, ["XY E-Shine"], "广州", "广东"],
  ["flystar", "广州飞星照明科技有限公司", "Guangzhou Flystar Lighting Technology Co., Ltd.", [], "广州", "广东"],
  ["changsheng", "无锡长生特种照明器材厂", null, ["Roccer"], "无锡", "江苏"],
  // 337-TA-1274 (optical enclosures)
  ["franoptics", "福建福兰光学有限公司", "Fujian Fran Optics Co., Ltd.", [], "福州", "福建"],
  // Schedule A defendants (Pinkfong v. Avensy Store et al., S.D.N.Y. 23-cv-9238)
  ["xuedao", "合肥雪岛商贸有限公司", null, [], "合肥", "安徽"],
  ["shengxuan", "曹县盛煊木业有限公司", null, [], "菏泽", "山东"],
  ["fangru", "深圳市方如久痕网络科技有限公司", null, [], "深圳", "广东"],
  ["kuiji", "义乌市魁吉电子商务商行", null, ["kuijidianzishangwuSHOP"], "金华", "浙江"],
  ["luyu", "杭州路宇贸易有限公司", null, ["luyubeimeidianpu"], "杭州", "浙江"],
  ["zhangbaode", "泉州张宝德贸易有限公司", null, ["Zhangbaodebeimeidianpu"], "泉州", "福建"],
  ["tengyi", "深圳市腾逸科技有限公司", null, ["TengYi Direct", "TengYi Official Store"], "深圳", "广东"],
  ["zhenka", "温州振卡贸易有限公司", null, ["Zhenka Shop"], "温州", "浙江"],
  ["ronghang", "东莞市荣航电子有限公司", null, ["Ronghang US"], "东莞", "广东"],
  // Schedule A defendants (Off-White v. Amy Cottage Store et al., S.D.N.Y. 21-cv-9610)
  ["chiner", "东莞市千尔实业有限公司", "Dongguan Chiner Industrial Co., Ltd.", [], "东莞", "广东"],
  ["guorui", "东莞市国瑞贸易有限公司", null, [], "东莞", "广东"],
  ["smartgifts", "东莞市思玛特礼品有限公司", "Dongguan Smart Gifts Co., Ltd.", [], "东莞", "广东"],
  ["oulilang", "福州欧丽朗贸易有限公司", null, [], "福州", "福建"],
  ["xiangxing-fz", "福州翔星纺织有限公司", null, [], "福州", "福建"],
  ["huasheng-xishi", "广州华盛喜事贸易有限公司", null, [], "广州", "广东"],
  ["luosi", "广州罗思国际贸易有限公司", null, [], "广州", "广东"],
  ["maxshine", "广州美迅电子科技有限公司", "Guangzhou Max Shine Electronic Technology Co., Ltd.", [], "广州", "广东"],
  ["yipin", "广州怡品电子科技有限公司", null, [], "广州", "广东"],
  ["origin", "杭州市临安区奥瑞金贸易有限公司", "Hangzhou Lin'an Origin Trading Co., Ltd.", [], "杭州", "浙江"],
  ["suoxin", "壶关县索鑫贸易有限公司", null, [], "长治", "山西"],
  ["shengchen", "金华盛辰工艺品有限公司", null, [], "金华", "浙江"],
  ["ximei", "南安市喜美晒坡贸易商行", null, [], "泉州", "福建"],
  ["pulisi", "泉州普利斯贸易有限公司", null, [], "泉州", "福建"],
  ["taozui", "泉州淘醉电子商务有限公司", null, [], "泉州", "福建"],
  ["tianjia", "上海天佳实业有限公司", null, [], "上海", "上海"],
  ["enhong", "汕头市恩宏服装有限公司", null, [], "汕头", "广东"],
  ["dekai", "深圳市德凯工艺品有限公司", null, [], "深圳", "广东"],
  ["huanyu", "深圳市环宇挂绳有限公司", null, [], "深圳", "广东"],
  ["jusheng", "深圳市聚盛电子商务有限公司", null, [], "深圳", "广东"],
  ["yimeijia", "深圳市伊美佳进出口贸易有限公司", null, [], "深圳", "广东"],
  ["yiyixing", "深圳市益依兴拉链制造有限公司", null, [], "深圳", "广东"],
  ["changyuan", "义乌市长源贸易有限公司", null, [], "金华", "浙江"],
  ["shunhai", "义乌市顺海服饰有限公司", null, [], "金华", "浙江"],
  ["xiangxing-yw", "义乌市祥兴伟业工贸有限公司", null, [], "金华", "浙江"],
  ["xinxing", "义乌市新星饰品有限公司", null, [], "金华", "浙江"],
  ["hongyang", "中山市鸿洋贸易有限公司", null, [], "中山", "广东"],
  ["amycottage", "义乌市艾米小屋电子商务有限公司", null, ["Amy Cottage Store"], "金华", "浙江"],
  ["haowu", "深圳市好物动漫文化有限公司", null, ["HaoWu Anime Store"], "深圳", "广东"],
  // Respondents of notices in the extraction corpus (337-TA-1436, -1241, -1267, DN 3598)
  ["cedong", "广州市策动商贸有限公司", null, [], "广州", "广东"],
  ["bingrong", "深圳市冰蓉有限公司", null, [], "深圳", "广东"],
  ["chiping", "广州市驰平电子贸易有限公司", null, [], "广州", "广东"],
  ["luxshare", "立讯精密工业股份有限公司", "Luxshare Precision Industry Co., Ltd.", ["Luxshare-ICT"], "东莞", "广东"],
  ["runmei", "湖南润美基因科技有限公司", null, [], "长沙", "湖南"],
  ["hesheng", "深圳市中明和盛电源发展有限公司", "Shenzhen Zm Hesheng Power Development Co., Ltd.", [], "深圳", "广东"],
  // Well-known exporters named in 337 investigations and Chinese trade-press reports
  ["dji", "深圳市大疆创新科技有限公司", "SZ DJI Technology Co., Ltd.", ["DJI", "DJI Official Store"], "深圳", "广东"],
  ["ugreen", "深圳市绿联科技股份有限公司", "Ugreen Group Limited", ["UGREEN Official Store"], "深圳", "广东"],
  ["longi", "隆基绿能科技股份有限公司", "LONGi Green Energy Technology Co., Ltd.", [], "西安", "陕西"],
  ["gree", "珠海格力电器股份有限公司", "Gree Electric Appliances, Inc. of Zhuhai", [], "珠海", "广东"],
  ["bear", "小熊电器股份有限公司", "Bear Electric Appliance Co., Ltd.", [], "佛山", "广东"],
  ["csot", "TCL华星光电技术有限公司", "TCL China Star Optoelectronics Technology Co., Ltd.", ["CSOT"], "深圳", "广东"],
  ["sanan", "厦门三安光电有限公司", "Xiamen San'an Optoelectronics Co., Ltd.", [], "厦门", "福建"],
  ["sungrow", "阳光电源股份有限公司", "Sungrow Power Supply Co., Ltd.", [], "合肥", "安徽"],
  ["ecoflow", "深圳市正浩创新科技股份有限公司", "EcoFlow Inc.", ["EcoFlow Official Store"], "深圳", "广东"],
  ["hikvision", "杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Technology Co., Ltd.", ["Hikvision"], "杭州", "浙江"],
  ["roborock", "北京石头世纪科技股份有限公司", "Beijing Roborock Technology Co., Ltd.", ["Roborock Official Store"], "北京", "北京"],
  ["ecovacs", "科沃斯机器人股份有限公司", "Ecovacs Robotics Co., Ltd.", [], "苏州", "江苏"],
  ["opple", "欧普照明股份有限公司", "Opple Lighting Co., Ltd.", [], "上海", "上海"],
  ["fsl", "佛山电器照明股份有限公司", "Foshan Electrical and Lighting Co., Ltd.", ["FSL"], "佛山", "广东"],
  // Chinese-only registrations of small exporters (industry words the issue lists)
  ["lvyuan-light", "中山市绿源照明电器有限公司", null, [], "中山", "广东"],
  ["lvneng-pv", "常州绿能光伏科技有限公司", null, [], "常州", "江苏"],
  ["huaxin-semi", "无锡华芯半导体有限公司", null, [], "无锡", "江苏"],
  ["jiahe-knit", "宁波市鄞州区嘉禾针织有限公司", null, [], "宁波", "浙江"],
  ["jinhua-furniture", "佛山市金华家具有限公司", null, [], "佛山", "广东"],
  ["mingda-ec", "义乌市明达电子商务商行", null, [], "金华", "浙江"],
  ["ruifeng-opto", "深圳市瑞丰光电子股份有限公司", null, [], "深圳", "广东"],
  ["lvxin-elec", "慈溪市绿欣电器有限公司", null, [], "宁波", "浙江"],
  ["hongtai-furn", "东莞市宏泰家具有限公司", null, [], "东莞", "广东"],
  ["xingyue-knit", "嘉兴市星月针织服饰有限公司", null, [], "嘉兴", "浙江"],
  ["lvlin-toys", "汕头市澄海区绿林玩具有限公司", null, [], "汕头", "广东"],
  ["aoxiang-pv", "浙江奥翔光伏科技有限公司", null, [], "湖州", "浙江"],
  ["tianyu-app", "宁波天宇电器有限公司", null, [], "宁波", "浙江"],
  ["yongsheng-tools", "永康市永盛工具有限公司", null, [], "金华", "浙江"],
  ["haoyu-battery", "东莞市浩宇电池有限公司", null, [], "东莞", "广东"],
  ["yinzhou-lights", "宁波市鄞州区华光灯具有限公司", null, [], "宁波", "浙江"],
  // Decoys: same city and industry, another core; a core one letter of pinyin apart;
  // the same core in another industry or city.
  ["decoy-fuchang", "温州富昌阀门有限公司", null, [], "温州", "浙江"],
  ["decoy-yiping", "广州怡平服饰有限公司", null, [], "广州", "广东"],
  ["decoy-jiahe-furn", "宁波嘉禾家具有限公司", null, [], "宁波", "浙江"],
  ["decoy-huaxin-tech", "无锡华信科技有限公司", null, [], "无锡", "江苏"],
  ["decoy-lvyuan-toys", "中山市绿园玩具有限公司", null, [], "中山", "广东"],
  ["decoy-tengyu", "深圳市腾宇科技有限公司", null, ["TengYu Official Store"], "深圳", "广东"],
  ["decoy-sunny", "宁波阳光户外用品有限公司", null, ["Sunny Garden Official Store"], "宁波", "浙江"],
  ["decoy-guoxin", "东莞市国信贸易有限公司", null, [], "东莞", "广东"],
  ["decoy-shunfa", "义乌市顺发服饰有限公司", null, [], "金华", "浙江"],
  ["decoy-xinxin", "义乌市鑫鑫饰品有限公司", null, [], "金华", "浙江"],
  // Second round (h12-warn): companies named in the second-round extraction texts (337-TA-1427,
  // -1452, -1210, -1381, -1212, -1135, E.D. Tex. and N.D. Ill. captions). The texts print no
  // Chinese name except 337-TA-1210's; those registrations were written for this corpus, the
  // well-known ones (腾达) carry their real Chinese names. Where the printed name is a brand or
  // an English word rather than pinyin (Ocbestjet, Qisitech, Liown, Relax, Phoenix) the company
  // would have registered its English name, so the row carries it (corrected after the first
  // development run showed rows without it; two held-out names, Ocbestjet and Relax, use them).
  // Decoys beside them.
  ["aosheng", "宁波奥晟模具有限公司", null, ["AOSIMI"], "宁波", "浙江"],
  ["ocbestjet", "东莞欧彩数码科技有限公司", "Dongguan Ocbestjet Digital Technology Co., Ltd.", ["Ocbestjet"], "东莞", "广东"],
  ["hongxinyuan", "深圳市鸿鑫源电子商务有限公司", null, ["Jianjai", "Vi-US"], "深圳", "广东"],
  ["kaizhen", "深圳市凯臻科技有限公司", null, ["PayForLess"], "深圳", "广东"],
  ["zhenyang", "珠海振洋电子有限公司", null, ["Oinkwere"], "珠海", "广东"],
  ["shixuan", "上饶市世轩电子商务有限公司", null, ["Inkgo"], "上饶", "江西"],
  ["hengyunda", "珠海恒运达电子有限公司", null, ["Upriin"], "珠海", "广东"],
  ["tenda", "深圳市吉祥腾达科技有限公司", "Shenzhen Tenda Technology Co., Ltd.", [], "深圳", "广东"],
  ["yajia", "浙江亚嘉采棉机配件有限公司", null, [], null, "浙江"],
  ["xinfuyuan", "海安鑫福缘农业科技有限公司", null, [], "南通", "江苏"],
  ["qisitech", "广东奇思科技有限公司", "Guangdong Qisitech Co., Ltd.", [], "东莞", "广东"],
  ["liown", "深圳市里阳电子有限公司", "Shenzhen Liown Electronics Co., Ltd.", [], "深圳", "广东"],
  ["relax", "山东瑞莱健康产业有限公司", "Shandong Relax Health Industry Co., Ltd.", [], "青岛", "山东"],
  ["zhenweixin", "深圳市振威鑫科技有限公司", null, [], "深圳", "广东"],
  ["xiangdangwen", "深圳市祥当文科技有限公司", null, [], "深圳", "广东"],
  ["qianhai-phoenix", "深圳前海凤凰网络有限公司", "Shenzhen Qianhai Phoenix Networks Co., Ltd.", [], "深圳", "广东"],
  ["decoy-aosheng-plastic", "宁波奥晟塑料有限公司", null, [], "宁波", "浙江"],
  ["decoy-kaizhen-garment", "深圳市凯臻服饰有限公司", null, [], "深圳", "广东"],
  ["decoy-hengyunda-trading", "珠海恒运达贸易有限公司", null, [], "珠海", "广东"],
  ["decoy-tengda-zhuhai", "珠海腾达科技有限公司", null, [], "珠海", "广东"],
  ["decoy-zhenyang-lighting", "中山市振洋灯饰有限公司", null, [], "中山", "广东"],
  // Third round (h12-names): companies named in published texts found for the third round
  // (337-TA-1000, 337-TA-1163, the 2019-10112 service list, the BIS entity list printed with
  // Chinese names, Commerce's solar review, court records naming storefronts). Chinese names
  // printed in the texts are used as printed (科锐, 木林森, 立达信, the BIS list, 理工光科, 佛山照明);
  // the others were written for this corpus. Trade names and storefronts are aliases; an
  // English name only where the company prints one that is not pinyin (Cree, MLS, Go-Higher,
  // Kingdom, First). The ü rows (绿通, 吕禾) and 恒达家具（佛山） are constructed.
  ["chic", "杭州骑客智能科技有限公司", null, ["Chic"], "杭州", "浙江"],
  ["aoge", "惠州市奥格实业有限公司", null, ["Joy Hoverboard"], "惠州", "广东"],
  ["kebe", "深圳市科贝科技有限公司", null, [], "深圳", "广东"],
  ["jinuo", "常州吉诺装饰材料有限公司", null, [], "常州", "江苏"],
  ["runchang", "常州润昌木业有限公司", null, [], "常州", "江苏"],
  ["gohigher", "高和贸易（江苏）有限公司", "Go-Higher Trading (Jiangsu) Co., Ltd.", [], "常州", "江苏"],
  ["kingdom", "杭州金德进出口贸易有限公司", "Hangzhou Kingdom Import and Export Trading Co., Ltd.", [], "杭州", "浙江"],
  ["cree-huizhou", "惠州科锐半导体照明有限公司", "Cree Huizhou Solid State Lighting Company Limited", [], "惠州", "广东"],
  ["mls", "木林森股份有限公司", "MLS Co., Ltd.", [], "中山", "广东"],
  ["leedarson", "立达信光电有限公司", null, ["Leedarson"], "厦门", "福建"],
  ["huanjia", "北京环佳电信有限公司", null, [], "北京", "北京"],
  ["guoguang", "常州国光数据通信有限公司", null, [], "常州", "江苏"],
  ["hongyu-gz", "广州宏宇科技有限公司", null, [], "广州", "广东"],
  ["tongguang", "广州通光通信技术有限公司", null, [], "广州", "广东"],
  ["bada", "崇信八大科技发展有限公司", null, [], "平凉", "甘肃"],
  ["guangyou", "广州市广有通讯器材有限公司", null, [], "广州", "广东"],
  ["haige", "广州市海格传播集团有限公司", null, [], "广州", "广东"],
  ["changhai", "桂林长海发展有限公司", null, [], "桂林", "广西"],
  ["ligong", "武汉理工光科股份有限公司", null, [], "武汉", "湖北"],
  ["fsl", "佛山电器照明股份有限公司", null, ["佛山照明", "FSL"], "佛山", "广东"],
  ["chint", "浙江正泰太阳能科技有限公司", null, ["Chint"], "杭州", "浙江"],
  ["shewin", "广州市夏文服饰有限公司", null, ["SHEWIN"], "广州", "广东"],
  ["grillike", "深圳市格瑞莱克电子商务有限公司", null, ["Grillike"], "深圳", "广东"],
  ["babyartifact", "义乌市宝贝神器电子商务商行", null, ["Baby Artifact"], "金华", "浙江"],
  ["dcr", "广州迪西尔汽车用品贸易有限公司", null, ["DCR"], "广州", "广东"],
  ["sainstore", "深圳市赛恩斯托科技有限公司", null, ["SainStore"], "深圳", "广东"],
  ["chzfirst", "常州第一国际贸易有限公司", "Changzhou First International Trade Co., Ltd.", [], "常州", "江苏"],
  ["lvtong", "宁波市鄞州绿通电器有限公司", null, [], "宁波", "浙江"],
  ["lvhe", "台州吕禾光伏科技有限公司", null, [], "台州", "浙江"],
  ["hengda-fs", "金华恒达家具（佛山）有限公司", null, [], "佛山", "广东"],
];

export const CORPUS_REGISTRY: PartyCompany[] = ROWS.map(([id, nameZh, nameEn, aliases, city, province]) => ({
  id,
  creditCode: null,
  nameZh,
  nameEn,
  aliases,
  city,
  province,
}));
