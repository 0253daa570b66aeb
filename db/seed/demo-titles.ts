import type { ActivityCategory } from "@/lib/domain/enums";

/** Activity titles as Chinese staff write them; {ours} and {partner} are filled in. */
export const TITLE_TEMPLATES: Record<ActivityCategory, string[]> = {
  official_visit: ["{ours}政府代表团访问{partner}", "{partner}市长率团访问{ours}", "{ours}与{partner}市长会谈"],
  culture_science_education_health_sports: [
    "{partner}文化周",
    "{ours}—{partner}书画联展",
    "{ours}—{partner}友好城市体育交流赛",
    "{ours}与{partner}医疗卫生研讨会",
    "{partner}大学学术交流",
  ],
  civil_society: ["{ours}对外友协代表团访问{partner}", "{partner}市民友好访华团", "{ours}—{partner}民间友好交流会"],
  economy_trade: ["{partner}经贸洽谈会", "{ours}投资环境推介会（{partner}）", "{ours}—{partner}企业对接会"],
  local_specialty_industry: ["{ours}—{partner}特色产业合作对接会", "{partner}农产品展销会", "{ours}非遗手工艺交流"],
  youth: ["{ours}—{partner}青少年交流营", "{partner}中学生访问团", "{ours}—{partner}大学生友好交流"],
  civil_servant_secondment: ["向{partner}派遣交流公务员", "{partner}交流职员来{ours}研修"],
  anniversary: ["{ours}与{partner}结好{years}周年纪念活动"],
  online: ["{ours}与{partner}线上交流会", "{ours}—{partner}云端青少年对话"],
  other: ["{ours}—{partner}友好交流活动", "{partner}友好人士来访"],
};

export function fillTitle(template: string, values: { ours: string; partner: string; years?: number }): string {
  return template
    .replace("{ours}", values.ours)
    .replace("{partner}", values.partner)
    .replace("{years}", String(values.years ?? ""));
}
