import type { ActivityTrend, PartnerLanguage, PartnershipPurpose, PartnershipStatus } from "@/lib/domain/enums";

/**
 * The partner side's short questionnaire, in the partner's language. The app's
 * own interface is Chinese and English only; these four are typed here so that
 * every language has every string.
 */
export type PartnerStrings = {
  pageTitle: string;
  intro: (v: { ours: string; partner: string; year: number }) => string;
  privacy: string;
  /** Heading of the box saying who sent the link. */
  senderTitle: string;
  /** The office (our locality's or province's foreign affairs office) that sent the link. */
  sentBy: (v: { office: string }) => string;
  /** Label before the sender's name and email. */
  contact: string;
  status: string;
  trend: string;
  purposes: string;
  purposesHint: string;
  comments: string;
  submit: string;
  sending: string;
  thanksTitle: string;
  thanksBody: string;
  errorTitle: string;
  required: string;
  tooLong: string;
  invalid: string;
  /** `tooMany` holds "{minutes}", the wait before the form may be sent again. */
  problems: Record<"invalid" | "expired" | "answered" | "revoked" | "tooMany", string>;
  statuses: Record<PartnershipStatus, string>;
  trends: Record<ActivityTrend, string>;
  purposeLabels: Record<PartnershipPurpose, string>;
};

const ja: PartnerStrings = {
  pageTitle: "友好都市交流アンケート",
  intro: ({ ours, partner, year }) => `${partner}と${ours}の友好都市関係について、${year}年の状況をお聞かせください。`,
  privacy: "このページはこの友好都市関係専用です。回答は一度だけ送信できます。",
  senderTitle: "送信元",
  sentBy: ({ office }) => `このアンケートは${office}外事弁公室からお送りしています。`,
  contact: "お問い合わせ先",
  status: "交流の状況",
  trend: "過去5年間の交流活動の推移",
  purposes: "友好都市関係の目的",
  purposesHint: "当てはまるものをすべて選んでください。",
  comments: "ご意見・ご提案",
  submit: "回答を送信する",
  sending: "送信中…",
  thanksTitle: "ご回答ありがとうございました",
  thanksBody: "回答を受け付けました。このリンクはもう使用できません。",
  errorTitle: "入力内容をご確認ください",
  required: "この項目は必須です。",
  tooLong: "2000文字以内で入力してください。",
  invalid: "選択肢から選んでください。",
  problems: {
    invalid: "このリンクは無効です。",
    expired: "このリンクは有効期限が切れています。",
    answered: "このリンクからはすでに回答が送信されています。",
    revoked: "このリンクは取り消されました。",
    tooMany: "送信が多すぎます。{minutes}分後にもう一度お試しください。",
  },
  statuses: { very_good: "非常に良好", good: "良好", maintaining_contact: "連絡を維持している", suspended: "交流が中断している" },
  trends: { rising_fast: "大きく増加", rising_slowly: "やや増加", about_same: "ほぼ横ばい", falling_slowly: "やや減少", falling_fast: "大きく減少" },
  purposeLabels: {
    widen_external_exchanges: "対外交流の拡大",
    learn_urban_development: "都市建設・発展の経験に学ぶ",
    promote_culture_science_education: "文化・科学・教育・スポーツ・保健の交流促進",
    economic_trade_foundation: "経済・貿易協力の基盤づくり",
    fill_regional_gap: "地域的な空白を埋める",
    specialty_industry_cooperation: "地域特色産業の協力促進",
  },
};

const ko: PartnerStrings = {
  pageTitle: "자매도시 교류 설문",
  intro: ({ ours, partner, year }) => `${partner}와(과) ${ours}의 자매도시 관계에 대해 ${year}년 현황을 알려 주십시오.`,
  privacy: "이 페이지는 이 자매도시 관계 전용입니다. 응답은 한 번만 제출할 수 있습니다.",
  senderTitle: "보낸 곳",
  sentBy: ({ office }) => `이 설문은 ${office} 외사판공실에서 보내 드렸습니다.`,
  contact: "문의처",
  status: "교류 현황",
  trend: "최근 5년간 교류 활동의 추이",
  purposes: "자매도시 관계의 목적",
  purposesHint: "해당하는 항목을 모두 선택해 주십시오.",
  comments: "의견 및 제안",
  submit: "응답 제출",
  sending: "제출 중…",
  thanksTitle: "응답해 주셔서 감사합니다",
  thanksBody: "응답이 접수되었습니다. 이 링크는 더 이상 사용할 수 없습니다.",
  errorTitle: "입력 내용을 확인해 주십시오",
  required: "필수 항목입니다.",
  tooLong: "2000자 이내로 입력해 주십시오.",
  invalid: "선택지에서 골라 주십시오.",
  problems: {
    invalid: "유효하지 않은 링크입니다.",
    expired: "이 링크는 유효 기간이 지났습니다.",
    answered: "이 링크로 이미 응답이 제출되었습니다.",
    revoked: "이 링크는 취소되었습니다.",
    tooMany: "시도 횟수가 너무 많습니다. {minutes}분 후에 다시 시도해 주십시오.",
  },
  statuses: { very_good: "매우 좋음", good: "좋음", maintaining_contact: "연락 유지", suspended: "교류 중단" },
  trends: { rising_fast: "크게 증가", rising_slowly: "다소 증가", about_same: "비슷함", falling_slowly: "다소 감소", falling_fast: "크게 감소" },
  purposeLabels: {
    widen_external_exchanges: "대외 교류 확대",
    learn_urban_development: "도시 건설·발전 경험 학습",
    promote_culture_science_education: "문화·과학·교육·체육·보건 교류 촉진",
    economic_trade_foundation: "경제·무역 협력의 기반 마련",
    fill_regional_gap: "지역적 공백 보완",
    specialty_industry_cooperation: "지역 특색 산업 협력 촉진",
  },
};

const en: PartnerStrings = {
  pageTitle: "Sister-city exchange questionnaire",
  intro: ({ ours, partner, year }) => `Please tell us how the partnership between ${partner} and ${ours} stood in ${year}.`,
  privacy: "This page concerns this partnership only. Answers can be sent once.",
  senderTitle: "Sent by",
  sentBy: ({ office }) => `This questionnaire was sent by the Foreign Affairs Office of ${office}.`,
  contact: "Contact",
  status: "State of the exchanges",
  trend: "Trend of exchange activities over the last five years",
  purposes: "Purposes of the partnership",
  purposesHint: "Choose all that apply.",
  comments: "Comments and suggestions",
  submit: "Send the answers",
  sending: "Sending…",
  thanksTitle: "Thank you for your answers",
  thanksBody: "Your answers were received. This link can no longer be used.",
  errorTitle: "Please check your answers",
  required: "This question needs an answer.",
  tooLong: "Please write at most 2000 characters.",
  invalid: "Please choose one of the options.",
  problems: {
    invalid: "This link is not valid.",
    expired: "This link has expired.",
    answered: "Answers have already been sent through this link.",
    revoked: "This link has been withdrawn.",
    tooMany: "Too many attempts. Try again in {minutes} min.",
  },
  statuses: { very_good: "Very good", good: "Good", maintaining_contact: "Maintaining contact", suspended: "Exchanges suspended" },
  trends: { rising_fast: "Rising fast", rising_slowly: "Rising slowly", about_same: "About the same", falling_slowly: "Falling slowly", falling_fast: "Falling fast" },
  purposeLabels: {
    widen_external_exchanges: "Widen external exchanges",
    learn_urban_development: "Learn urban construction and development experience",
    promote_culture_science_education: "Promote culture, science, education, sports and health exchanges",
    economic_trade_foundation: "Lay a foundation for economic and trade cooperation",
    fill_regional_gap: "Fill a regional gap in partnerships",
    specialty_industry_cooperation: "Promote cooperation of local specialty industries",
  },
};

const zh: PartnerStrings = {
  pageTitle: "友好城市交往问卷",
  intro: ({ ours, partner, year }) => `请介绍${partner}与${ours}的友好城市关系在${year}年的情况。`,
  privacy: "本页面仅涉及这一对友好城市关系。答案只能提交一次。",
  senderTitle: "发送单位",
  sentBy: ({ office }) => `本问卷由${office}外事办公室发送。`,
  contact: "联系人",
  status: "交往状况",
  trend: "近五年交流活动数量的变化趋势",
  purposes: "结好目的",
  purposesHint: "可多选。",
  comments: "意见和建议",
  submit: "提交答案",
  sending: "正在提交…",
  thanksTitle: "感谢您的回答",
  thanksBody: "答案已收到。此链接不能再次使用。",
  errorTitle: "请检查您的答案",
  required: "此项必填。",
  tooLong: "请不要超过2000字。",
  invalid: "请从选项中选择。",
  problems: {
    invalid: "此链接无效。",
    expired: "此链接已过期。",
    answered: "已通过此链接提交过答案。",
    revoked: "此链接已被撤销。",
    tooMany: "尝试次数过多。请在 {minutes} 分钟后再试。",
  },
  statuses: { very_good: "很好", good: "较好", maintaining_contact: "保持联系", suspended: "交往中断" },
  trends: { rising_fast: "快速上升", rising_slowly: "缓慢上升", about_same: "基本持平", falling_slowly: "缓慢下降", falling_fast: "快速下降" },
  purposeLabels: {
    widen_external_exchanges: "扩大本地对外交流",
    learn_urban_development: "学习城市建设与发展经验",
    promote_culture_science_education: "促进文化、科教、体育、卫生交流",
    economic_trade_foundation: "为经贸合作奠定基础",
    fill_regional_gap: "填补地区友城空白",
    specialty_industry_cooperation: "促进地方特色产业合作",
  },
};

export const PARTNER_STRINGS: Record<PartnerLanguage, PartnerStrings> = { ja, ko, en, "zh-CN": zh };
