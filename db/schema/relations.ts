import { relations } from "drizzle-orm";
import { auditLog } from "./audit";
import {
  activities,
  activityPartnerships,
  delegationActivities,
  delegationItinerary,
  delegationMembers,
  delegationPartnerships,
  delegations,
} from "./exchanges";
import { evaluationCampaigns, evaluations, partnerLinks } from "./evaluations";
import { countries, localities, provinces } from "./geography";
import { contacts, partnershipStatusHistory, partnerships } from "./partnerships";
import { users } from "./users";

export const localitiesRelations = relations(localities, ({ one }) => ({
  country: one(countries, { fields: [localities.countryCode], references: [countries.code] }),
  province: one(provinces, { fields: [localities.provinceCode], references: [provinces.code] }),
}));

export const usersRelations = relations(users, ({ one }) => ({
  locality: one(localities, { fields: [users.localityId], references: [localities.id] }),
  province: one(provinces, { fields: [users.provinceCode], references: [provinces.code] }),
}));

export const partnershipsRelations = relations(partnerships, ({ one, many }) => ({
  ourLocality: one(localities, { fields: [partnerships.ourLocalityId], references: [localities.id], relationName: "ours" }),
  partnerLocality: one(localities, {
    fields: [partnerships.partnerLocalityId],
    references: [localities.id],
    relationName: "partner",
  }),
  contacts: many(contacts),
  statusHistory: many(partnershipStatusHistory),
  activityLinks: many(activityPartnerships),
  delegationLinks: many(delegationPartnerships),
}));

export const contactsRelations = relations(contacts, ({ one }) => ({
  partnership: one(partnerships, { fields: [contacts.partnershipId], references: [partnerships.id] }),
}));

export const statusHistoryRelations = relations(partnershipStatusHistory, ({ one }) => ({
  partnership: one(partnerships, { fields: [partnershipStatusHistory.partnershipId], references: [partnerships.id] }),
}));

export const activitiesRelations = relations(activities, ({ one, many }) => ({
  organiser: one(localities, { fields: [activities.organiserLocalityId], references: [localities.id] }),
  partnershipLinks: many(activityPartnerships),
  delegationLinks: many(delegationActivities),
}));

export const activityPartnershipsRelations = relations(activityPartnerships, ({ one }) => ({
  activity: one(activities, { fields: [activityPartnerships.activityId], references: [activities.id] }),
  partnership: one(partnerships, { fields: [activityPartnerships.partnershipId], references: [partnerships.id] }),
}));

export const delegationsRelations = relations(delegations, ({ one, many }) => ({
  ourLocality: one(localities, { fields: [delegations.ourLocalityId], references: [localities.id] }),
  members: many(delegationMembers),
  itinerary: many(delegationItinerary),
  partnershipLinks: many(delegationPartnerships),
  activityLinks: many(delegationActivities),
}));

export const delegationPartnershipsRelations = relations(delegationPartnerships, ({ one }) => ({
  delegation: one(delegations, { fields: [delegationPartnerships.delegationId], references: [delegations.id] }),
  partnership: one(partnerships, { fields: [delegationPartnerships.partnershipId], references: [partnerships.id] }),
}));

export const delegationMembersRelations = relations(delegationMembers, ({ one }) => ({
  delegation: one(delegations, { fields: [delegationMembers.delegationId], references: [delegations.id] }),
}));

export const delegationItineraryRelations = relations(delegationItinerary, ({ one }) => ({
  delegation: one(delegations, { fields: [delegationItinerary.delegationId], references: [delegations.id] }),
}));

export const delegationActivitiesRelations = relations(delegationActivities, ({ one }) => ({
  delegation: one(delegations, { fields: [delegationActivities.delegationId], references: [delegations.id] }),
  activity: one(activities, { fields: [delegationActivities.activityId], references: [activities.id] }),
}));

export const campaignsRelations = relations(evaluationCampaigns, ({ many }) => ({
  evaluations: many(evaluations),
}));

export const evaluationsRelations = relations(evaluations, ({ one, many }) => ({
  campaign: one(evaluationCampaigns, { fields: [evaluations.campaignId], references: [evaluationCampaigns.id] }),
  partnership: one(partnerships, { fields: [evaluations.partnershipId], references: [partnerships.id] }),
  locality: one(localities, { fields: [evaluations.localityId], references: [localities.id] }),
  partnerLinks: many(partnerLinks),
}));

export const partnerLinksRelations = relations(partnerLinks, ({ one }) => ({
  evaluation: one(evaluations, { fields: [partnerLinks.evaluationId], references: [evaluations.id] }),
}));

export const auditLogRelations = relations(auditLog, ({ one }) => ({
  user: one(users, { fields: [auditLog.userId], references: [users.id] }),
}));
