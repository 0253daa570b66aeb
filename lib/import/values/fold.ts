import { foldName } from "@/lib/domain/fold-name";

/**
 * Traditional → simplified for the characters of the words the import reads (country, province and
 * enum names, their synonyms). Generated once with opencc-js (tw/hk → cn) over those words, so that
 * "韓國", "廣東省" and "保持聯繫" meet "韩国", "广东省" and "保持联系" without shipping OpenCC's
 * dictionaries to the browser.
 */
const TRADITIONAL =
  "亞來係個倫備僅優內凱別剛劃動務勞勢區參員問喬國圖團堅壯奧學寧對導層屬岡島嶼幾庫廣張後愛態慶揚撾擴敘數斷時晉暫會東業極標沒況減湯滬滯澤濟灣為烏無爾狀獅現瓊產發盧眾碼礎稱穩簡簽粵紀約納紐級紹組結絡經維網緊線締緩緬緯縣織繫羅羣義習聖聯肅脫臘臺與舉茲華萊萬葉著蓋薩蘇蘭號衛裏補裡視計訪設註評誕說説諾議變貝貴買貿資賓賴賽贊贛趨躍較辦週進達遼長門開間閩關陝陸隴難雲靈韋韓響項頓領頻題顛類顯馬驗體魯鮑鮮麥點龍";
const SIMPLIFIED =
  "亚来系个伦备仅优内凯别刚划动务劳势区参员问乔国图团坚壮奥学宁对导层属冈岛屿几库广张后爱态庆扬挝扩叙数断时晋暂会东业极标没况减汤沪滞泽济湾为乌无尔状狮现琼产发卢众码础称稳简签粤纪约纳纽级绍组结络经维网紧线缔缓缅纬县织系罗群义习圣联肃脱腊台与举兹华莱万叶着盖萨苏兰号卫里补里视计访设注评诞说说诺议变贝贵买贸资宾赖赛赞赣趋跃较办周进达辽长门开间闽关陕陆陇难云灵韦韩响项顿领频题颠类显马验体鲁鲍鲜麦点龙";

let simplified: Map<string, string> | undefined;

function toSimplified(text: string): string {
  if (!simplified) {
    const from = [...TRADITIONAL];
    const to = [...SIMPLIFIED];
    simplified = new Map(from.map((ch, i) => [ch, to[i] ?? ch]));
  }
  const map = simplified;
  return text.replace(/\p{Script=Han}/gu, (ch) => map.get(ch) ?? ch);
}

/**
 * A cell or header folded for matching: full-width forms, case, diacritics, punctuation, spaces and
 * traditional characters folded (foldName + traditional → simplified), so "Côte d'Ivoire",
 * "cote divoire" and "ＣＯＴＥ　Ｄ’ＩＶＯＩＲＥ" are equal.
 */
export function foldWord(text: string): string {
  return toSimplified(foldName(text));
}
