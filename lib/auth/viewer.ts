import type { Role } from "@/lib/domain/enums";

/** The signed-in person as authorisation sees them, loaded fresh from the database. */
export type Viewer = {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Province of a province administrator, or of a city staff member's locality. */
  provinceCode: string | null;
  /** Locality of city staff. */
  localityId: number | null;
};

/** What a record is scoped by: the locality on our side, and its province. */
export type OwnedRecord = {
  ownerLocalityId: number | null;
  ownerProvinceCode: string | null;
};
