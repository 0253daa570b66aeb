import { getFormatter, getTranslations } from "next-intl/server";

export type ProfileData = { name: string; email: string; role: string; scope: string | null; lastSignInAt: Date | null };

/** Who the signed-in user is, as the administrators set it up. */
export async function Profile({ profile }: { profile: ProfileData }) {
  const [t, te, format] = await Promise.all([getTranslations("account.profile"), getTranslations("enums"), getFormatter()]);
  const items = [
    { label: t("name"), value: profile.name },
    { label: t("email"), value: profile.email },
    { label: t("role"), value: te(`role.${profile.role}`) },
    { label: t("scope"), value: profile.scope ?? t("nationwide") },
    {
      label: t("lastSignIn"),
      value: profile.lastSignInAt ? format.dateTime(profile.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : "—",
    },
  ];
  return (
    <>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
        {items.map((item) => (
          <div key={item.label} className="contents">
            <dt className="font-medium text-slate-700">{item.label}</dt>
            <dd className="text-slate-900">{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-slate-600">{t("managedBy")}</p>
    </>
  );
}
