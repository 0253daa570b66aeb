/** Signing dates the demo uses where they are on record (the rest are generated). */
export const KNOWN_SIGNING_DATES: Record<string, string> = {
  "Tianjin|JP|Kobe": "1973-06-24",
  "Shanghai|JP|Yokohama": "1973-11-30",
  "Shanghai|JP|Osaka": "1974-04-18",
  "Beijing|JP|Tokyo": "1979-03-14",
  "Qingdao|JP|Shimonoseki": "1979-10-03",
  "Dalian|JP|Kitakyushu": "1979-05-01",
  "Xi'an|JP|Kyoto": "1974-05-10",
  "Xi'an|JP|Nara": "1974-02-01",
  "Tianjin|KR|Incheon": "1993-12-07",
  "Beijing|KR|Seoul": "1993-10-23",
  "Shanghai|KR|Busan": "1993-08-24",
};
