import { recordId } from "@/lib/validation/activity-fields";

/** The route props of an activity's or a delegation's page. */
export type ExchangeRecordProps = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

/** "Activities #12": the title of an activity's or a delegation's page, from its list's title and the id in the URL. */
export function recordPageTitle(listTitle: string, rawId: string) {
  const id = recordId.safeParse(rawId);
  return id.success ? `${listTitle} #${id.data}` : listTitle;
}

/** The notice on a new activity or delegation when the partnership it was to be pre-filled with is refused. */
export function PrefillRefused({ text }: { text: string }) {
  return (
    <p role="alert" className="mb-6 max-w-3xl rounded-md border-2 border-amber-600 bg-amber-50 p-4 text-sm text-slate-900">
      {text}
    </p>
  );
}
