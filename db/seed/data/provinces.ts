// The 31 provincial-level divisions of mainland China (Hong Kong, Macao and Taiwan are
// outside the East/Central/West statistics). code = ISO 3166-2:CN suffix; lat/lng = the
// provincial capital (for the four municipalities: the city centre). Region as in DOMAIN.md.

export type Region = "east" | "central" | "west";

export type ProvinceSeed = {
  code: string;
  nameEn: string;
  nameZh: string;
  region: Region;
  lat: number;
  lng: number;
};

export const provinces: ProvinceSeed[] = [
  { code: "BJ", nameEn: "Beijing", nameZh: "北京市", region: "east", lat: 39.9042, lng: 116.4074 },
  { code: "TJ", nameEn: "Tianjin", nameZh: "天津市", region: "east", lat: 39.0842, lng: 117.2009 },
  { code: "HE", nameEn: "Hebei", nameZh: "河北省", region: "east", lat: 38.0428, lng: 114.5149 },
  { code: "SX", nameEn: "Shanxi", nameZh: "山西省", region: "central", lat: 37.8706, lng: 112.5489 },
  { code: "NM", nameEn: "Inner Mongolia", nameZh: "内蒙古自治区", region: "west", lat: 40.8424, lng: 111.749 },
  { code: "LN", nameEn: "Liaoning", nameZh: "辽宁省", region: "east", lat: 41.8057, lng: 123.4315 },
  { code: "JL", nameEn: "Jilin", nameZh: "吉林省", region: "central", lat: 43.8171, lng: 125.3235 },
  { code: "HL", nameEn: "Heilongjiang", nameZh: "黑龙江省", region: "central", lat: 45.8038, lng: 126.5349 },
  { code: "SH", nameEn: "Shanghai", nameZh: "上海市", region: "east", lat: 31.2304, lng: 121.4737 },
  { code: "JS", nameEn: "Jiangsu", nameZh: "江苏省", region: "east", lat: 32.0603, lng: 118.7969 },
  { code: "ZJ", nameEn: "Zhejiang", nameZh: "浙江省", region: "east", lat: 30.2741, lng: 120.1551 },
  { code: "AH", nameEn: "Anhui", nameZh: "安徽省", region: "central", lat: 31.8206, lng: 117.2272 },
  { code: "FJ", nameEn: "Fujian", nameZh: "福建省", region: "east", lat: 26.0745, lng: 119.2965 },
  { code: "JX", nameEn: "Jiangxi", nameZh: "江西省", region: "central", lat: 28.682, lng: 115.8579 },
  { code: "SD", nameEn: "Shandong", nameZh: "山东省", region: "east", lat: 36.6512, lng: 117.1201 },
  { code: "HA", nameEn: "Henan", nameZh: "河南省", region: "central", lat: 34.7466, lng: 113.6254 },
  { code: "HB", nameEn: "Hubei", nameZh: "湖北省", region: "central", lat: 30.5928, lng: 114.3055 },
  { code: "HN", nameEn: "Hunan", nameZh: "湖南省", region: "central", lat: 28.2282, lng: 112.9388 },
  { code: "GD", nameEn: "Guangdong", nameZh: "广东省", region: "east", lat: 23.1291, lng: 113.2644 },
  { code: "GX", nameEn: "Guangxi", nameZh: "广西壮族自治区", region: "west", lat: 22.817, lng: 108.3669 },
  { code: "HI", nameEn: "Hainan", nameZh: "海南省", region: "east", lat: 20.044, lng: 110.1999 },
  { code: "CQ", nameEn: "Chongqing", nameZh: "重庆市", region: "west", lat: 29.563, lng: 106.5516 },
  { code: "SC", nameEn: "Sichuan", nameZh: "四川省", region: "west", lat: 30.5728, lng: 104.0668 },
  { code: "GZ", nameEn: "Guizhou", nameZh: "贵州省", region: "west", lat: 26.647, lng: 106.6302 },
  { code: "YN", nameEn: "Yunnan", nameZh: "云南省", region: "west", lat: 25.0389, lng: 102.7183 },
  { code: "XZ", nameEn: "Tibet", nameZh: "西藏自治区", region: "west", lat: 29.652, lng: 91.1721 },
  { code: "SN", nameEn: "Shaanxi", nameZh: "陕西省", region: "west", lat: 34.3416, lng: 108.9398 },
  { code: "GS", nameEn: "Gansu", nameZh: "甘肃省", region: "west", lat: 36.0611, lng: 103.8343 },
  { code: "QH", nameEn: "Qinghai", nameZh: "青海省", region: "west", lat: 36.6171, lng: 101.7782 },
  { code: "NX", nameEn: "Ningxia", nameZh: "宁夏回族自治区", region: "west", lat: 38.4872, lng: 106.2309 },
  { code: "XJ", nameEn: "Xinjiang", nameZh: "新疆维吾尔自治区", region: "west", lat: 43.8256, lng: 87.6168 },
];
