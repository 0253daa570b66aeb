/** Names for generated delegation members, by side. Invented, common names only. */
export const CN_NAMES = [
  "王伟",
  "李娜",
  "张敏",
  "刘洋",
  "陈静",
  "杨帆",
  "赵磊",
  "黄蕾",
  "周杰",
  "吴婷",
  "徐刚",
  "孙丽",
  "马超",
  "朱琳",
  "胡斌",
  "郭晓",
];
export const JP_NAMES = [
  "佐藤 健",
  "鈴木 一郎",
  "高橋 美咲",
  "田中 誠",
  "伊藤 直子",
  "渡辺 大輔",
  "山本 裕子",
  "中村 翔",
  "小林 恵",
  "加藤 隆",
];
export const KR_NAMES = ["김민준", "이서연", "박지훈", "최수빈", "정우진", "강하은", "조현우", "윤지민", "장서준", "임나연"];
export const OTHER_NAMES = [
  "Anna Müller",
  "John Carter",
  "Maria Rossi",
  "Pierre Martin",
  "Elena Ivanova",
  "Lucas Silva",
  "Emma Brown",
  "Jan Kowalski",
  "Sofia García",
  "Mark Wilson",
];

export const CN_TITLES = ["市长", "副市长", "外事办主任", "外事办副主任", "商务局局长", "教育局副局长", "文旅局处长", "友协秘书长", "科员"];
export const FOREIGN_TITLES = [
  "Mayor",
  "Deputy Mayor",
  "Director of International Affairs",
  "Council Member",
  "Head of Culture Department",
  "Chamber of Commerce Chair",
  "Officer",
];
