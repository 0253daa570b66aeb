import { useTranslations } from "next-intl";

/** A calm grey block standing for text or a control that is on its way. */
function Block({ className }: { className: string }) {
  return <div className={`rounded-md bg-slate-200 ${className}`} />;
}

function HeaderBlocks() {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="space-y-2">
        <Block className="h-7 w-56" />
        <Block className="h-4 w-80 max-w-full" />
      </div>
      <Block className="h-9 w-28" />
    </div>
  );
}

function ListBlocks() {
  return (
    <>
      <div className="mb-4 flex flex-wrap gap-3">
        <Block className="h-9 w-64" />
        <Block className="h-9 w-40" />
        <Block className="h-9 w-40" />
      </div>
      <div className="card overflow-hidden">
        <div className="border-b border-slate-300 bg-slate-100 px-3 py-3">
          <Block className="h-4 w-2/3 bg-slate-300" />
        </div>
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-6 border-b border-slate-200 px-3 py-3 last:border-b-0">
            <Block className="h-4 w-1/4" />
            <Block className="h-4 w-1/4" />
            <Block className="h-4 w-1/6" />
            <Block className="h-4 w-1/6" />
          </div>
        ))}
      </div>
      <div className="mt-3 flex justify-between">
        <Block className="h-4 w-32" />
        <Block className="h-8 w-48" />
      </div>
    </>
  );
}

export function PageSkeleton() {
  const t = useTranslations("common");
  return (
    <div aria-busy="true" aria-live="polite" data-testid="page-skeleton">
      <p className="sr-only">{t("loading")}</p>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        <HeaderBlocks />
        <ListBlocks />
      </div>
    </div>
  );
}
