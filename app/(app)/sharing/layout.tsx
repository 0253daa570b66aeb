import { SharingTabs } from "@/components/sharing/sharing-tabs";

/** The sharing platform: who works with whom, coverage, the experience library, the partner-seeking board, announcements. */
export default function SharingLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SharingTabs />
      {children}
    </>
  );
}
