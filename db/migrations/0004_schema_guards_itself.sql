-- The schema guards itself: the missing foreign keys (every created_by/updated_by, and the status
-- history's evaluation_id and recorded_by) and CHECK constraints (a partnership's two sides differ,
-- end dates are not before start dates, a campaign closes on or after it opens, counts and sizes
-- are not negative). SQLite adds a constraint only by rebuilding the table (__new_x, copy, drop,
-- rename), so the rows that would break a new rule are repaired first.
--
-- PRAGMA foreign_keys is a no-op inside the migrator's transaction: openDatabase turns the keys off
-- around migrate(), and this migration checks every key itself before it commits (at the end).
PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- A rebuild copies the rows but not AUTOINCREMENT's high-water mark: keep it, so that no id is reused.
CREATE TEMP TABLE `__sequences_0004` AS SELECT `name`, `seq` FROM `sqlite_sequence`;--> statement-breakpoint
-- Repair 1: a "partnership" of a locality with itself (the app never made one: our side is in China,
-- the partner abroad) is removed with the rows that hang on it.
CREATE TEMP TABLE `__self_pairs_0004` AS SELECT `id` FROM `partnerships` WHERE `our_locality_id` = `partner_locality_id`;--> statement-breakpoint
DELETE FROM `partner_links` WHERE `evaluation_id` IN (SELECT `id` FROM `evaluations` WHERE `partnership_id` IN (SELECT `id` FROM `__self_pairs_0004`));--> statement-breakpoint
DELETE FROM `partnership_status_history` WHERE `partnership_id` IN (SELECT `id` FROM `__self_pairs_0004`);--> statement-breakpoint
DELETE FROM `evaluations` WHERE `partnership_id` IN (SELECT `id` FROM `__self_pairs_0004`);--> statement-breakpoint
DELETE FROM `activity_partnerships` WHERE `partnership_id` IN (SELECT `id` FROM `__self_pairs_0004`);--> statement-breakpoint
DELETE FROM `delegation_partnerships` WHERE `partnership_id` IN (SELECT `id` FROM `__self_pairs_0004`);--> statement-breakpoint
UPDATE `delegation_members` SET `contact_id` = NULL WHERE `contact_id` IN (SELECT `id` FROM `contacts` WHERE `partnership_id` IN (SELECT `id` FROM `__self_pairs_0004`));--> statement-breakpoint
DELETE FROM `activity_contacts` WHERE `contact_id` IN (SELECT `id` FROM `contacts` WHERE `partnership_id` IN (SELECT `id` FROM `__self_pairs_0004`));--> statement-breakpoint
DELETE FROM `contacts` WHERE `partnership_id` IN (SELECT `id` FROM `__self_pairs_0004`);--> statement-breakpoint
DELETE FROM `partnerships` WHERE `id` IN (SELECT `id` FROM `__self_pairs_0004`);--> statement-breakpoint
DROP TABLE `__self_pairs_0004`;--> statement-breakpoint
-- Repair 2: an empty end date is no end date; dates entered the wrong way round are swapped (SET
-- reads the old values, so this swaps).
UPDATE `activities` SET `end_date` = NULL WHERE `end_date` = '';--> statement-breakpoint
UPDATE `activities` SET `start_date` = `end_date`, `end_date` = `start_date` WHERE `end_date` < `start_date`;--> statement-breakpoint
UPDATE `delegations` SET `end_date` = NULL WHERE `end_date` = '';--> statement-breakpoint
UPDATE `delegations` SET `start_date` = `end_date`, `end_date` = `start_date` WHERE `end_date` < `start_date`;--> statement-breakpoint
UPDATE `evaluation_campaigns` SET `opens_on` = `closes_on`, `closes_on` = `opens_on` WHERE `closes_on` < `opens_on`;--> statement-breakpoint
-- Repair 3: a negative count or cost is unknown (NULL); a negative position or size becomes 0.
UPDATE `activities` SET `participants_ours` = NULL WHERE `participants_ours` < 0;--> statement-breakpoint
UPDATE `activities` SET `participants_partner` = NULL WHERE `participants_partner` < 0;--> statement-breakpoint
UPDATE `activities` SET `cost_amount` = NULL WHERE `cost_amount` < 0;--> statement-breakpoint
UPDATE `delegation_members` SET `position` = 0 WHERE `position` < 0;--> statement-breakpoint
UPDATE `delegation_itinerary` SET `position` = 0 WHERE `position` < 0;--> statement-breakpoint
UPDATE `attachments` SET `size_bytes` = 0 WHERE `size_bytes` < 0;--> statement-breakpoint
-- Repair 4: a reference to a user or evaluation that does not exist becomes NULL (unknown).
UPDATE `partnership_status_history` SET `evaluation_id` = NULL WHERE `evaluation_id` NOT IN (SELECT `id` FROM `evaluations`);--> statement-breakpoint
UPDATE `partnership_status_history` SET `recorded_by` = NULL WHERE `recorded_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `localities` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `localities` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `users` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `users` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `partnerships` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `partnerships` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `contacts` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `contacts` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `activities` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `activities` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `delegations` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `delegations` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `evaluation_campaigns` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `evaluation_campaigns` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `evaluations` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `evaluations` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `saved_views` SET `created_by` = NULL WHERE `created_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
UPDATE `saved_views` SET `updated_by` = NULL WHERE `updated_by` NOT IN (SELECT `id` FROM `users`);--> statement-breakpoint
CREATE TABLE `__new_partnerships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`our_locality_id` integer NOT NULL,
	`partner_locality_id` integer NOT NULL,
	`type` text DEFAULT 'sister' NOT NULL,
	`level` text DEFAULT 'city' NOT NULL,
	`signed_on` text,
	`status` text,
	`signatories` text,
	`agreement_location` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`our_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "partnerships_two_sides_ck" CHECK("our_locality_id" <> "partner_locality_id")
);
--> statement-breakpoint
INSERT INTO `__new_partnerships`("id", "our_locality_id", "partner_locality_id", "type", "level", "signed_on", "status", "signatories", "agreement_location", "notes", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "our_locality_id", "partner_locality_id", "type", "level", "signed_on", "status", "signatories", "agreement_location", "notes", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `partnerships`;--> statement-breakpoint
DROP TABLE `partnerships`;--> statement-breakpoint
ALTER TABLE `__new_partnerships` RENAME TO `partnerships`;--> statement-breakpoint
CREATE UNIQUE INDEX `partnerships_pair_uq` ON `partnerships` (`our_locality_id`,`partner_locality_id`);--> statement-breakpoint
CREATE INDEX `partnerships_partner_idx` ON `partnerships` (`partner_locality_id`);--> statement-breakpoint
CREATE INDEX `partnerships_status_idx` ON `partnerships` (`status`);--> statement-breakpoint
CREATE INDEX `partnerships_signed_idx` ON `partnerships` (`signed_on`);--> statement-breakpoint
CREATE INDEX `partnerships_archived_idx` ON `partnerships` (`archived_at`);--> statement-breakpoint
CREATE TABLE `__new_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`location` text NOT NULL,
	`location_detail` text,
	`organiser_locality_id` integer NOT NULL,
	`participants_ours` integer,
	`participants_partner` integer,
	`participant_names` text,
	`description` text,
	`outcomes` text,
	`cost_amount` real,
	`cost_currency` text,
	`tags` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`organiser_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activities_dates_ck" CHECK("end_date" IS NULL OR "end_date" >= "start_date"),
	CONSTRAINT "activities_participants_ck" CHECK("participants_ours" >= 0 AND "participants_partner" >= 0),
	CONSTRAINT "activities_cost_ck" CHECK("cost_amount" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_activities`("id", "title", "category", "start_date", "end_date", "location", "location_detail", "organiser_locality_id", "participants_ours", "participants_partner", "participant_names", "description", "outcomes", "cost_amount", "cost_currency", "tags", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "title", "category", "start_date", "end_date", "location", "location_detail", "organiser_locality_id", "participants_ours", "participants_partner", "participant_names", "description", "outcomes", "cost_amount", "cost_currency", "tags", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `activities`;--> statement-breakpoint
DROP TABLE `activities`;--> statement-breakpoint
ALTER TABLE `__new_activities` RENAME TO `activities`;--> statement-breakpoint
CREATE INDEX `activities_start_idx` ON `activities` (`start_date`);--> statement-breakpoint
CREATE INDEX `activities_category_idx` ON `activities` (`category`);--> statement-breakpoint
CREATE INDEX `activities_organiser_idx` ON `activities` (`organiser_locality_id`);--> statement-breakpoint
CREATE TABLE `__new_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_type` text NOT NULL,
	`owner_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`storage_key` text NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` integer,
	`uploaded_at` integer NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "attachments_size_ck" CHECK("size_bytes" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_attachments`("id", "owner_type", "owner_id", "file_name", "mime_type", "size_bytes", "storage_key", "sha256", "uploaded_by", "uploaded_at", "archived_at") SELECT "id", "owner_type", "owner_id", "file_name", "mime_type", "size_bytes", "storage_key", "sha256", "uploaded_by", "uploaded_at", "archived_at" FROM `attachments`;--> statement-breakpoint
DROP TABLE `attachments`;--> statement-breakpoint
ALTER TABLE `__new_attachments` RENAME TO `attachments`;--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_storage_key_unique` ON `attachments` (`storage_key`);--> statement-breakpoint
CREATE INDEX `attachments_owner_idx` ON `attachments` (`owner_type`,`owner_id`);--> statement-breakpoint
CREATE TABLE `__new_delegation_itinerary` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delegation_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`date` text NOT NULL,
	`place` text,
	`description` text NOT NULL,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "delegation_itinerary_position_ck" CHECK("position" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_delegation_itinerary`("id", "delegation_id", "position", "date", "place", "description") SELECT "id", "delegation_id", "position", "date", "place", "description" FROM `delegation_itinerary`;--> statement-breakpoint
DROP TABLE `delegation_itinerary`;--> statement-breakpoint
ALTER TABLE `__new_delegation_itinerary` RENAME TO `delegation_itinerary`;--> statement-breakpoint
CREATE INDEX `delegation_itinerary_d_idx` ON `delegation_itinerary` (`delegation_id`);--> statement-breakpoint
CREATE TABLE `__new_delegation_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delegation_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`organisation` text,
	`contact_id` integer,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "delegation_members_position_ck" CHECK("position" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_delegation_members`("id", "delegation_id", "position", "name", "title", "organisation", "contact_id") SELECT "id", "delegation_id", "position", "name", "title", "organisation", "contact_id" FROM `delegation_members`;--> statement-breakpoint
DROP TABLE `delegation_members`;--> statement-breakpoint
ALTER TABLE `__new_delegation_members` RENAME TO `delegation_members`;--> statement-breakpoint
CREATE INDEX `delegation_members_d_idx` ON `delegation_members` (`delegation_id`);--> statement-breakpoint
CREATE INDEX `delegation_members_contact_idx` ON `delegation_members` (`contact_id`);--> statement-breakpoint
CREATE TABLE `__new_delegations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`our_locality_id` integer NOT NULL,
	`leader_name` text NOT NULL,
	`leader_title` text,
	`leader_rank` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`purpose` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`outcomes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`our_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "delegations_dates_ck" CHECK("end_date" IS NULL OR "end_date" >= "start_date")
);
--> statement-breakpoint
INSERT INTO `__new_delegations`("id", "direction", "our_locality_id", "leader_name", "leader_title", "leader_rank", "start_date", "end_date", "purpose", "status", "outcomes", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "direction", "our_locality_id", "leader_name", "leader_title", "leader_rank", "start_date", "end_date", "purpose", "status", "outcomes", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `delegations`;--> statement-breakpoint
DROP TABLE `delegations`;--> statement-breakpoint
ALTER TABLE `__new_delegations` RENAME TO `delegations`;--> statement-breakpoint
CREATE INDEX `delegations_start_idx` ON `delegations` (`start_date`);--> statement-breakpoint
CREATE INDEX `delegations_locality_idx` ON `delegations` (`our_locality_id`);--> statement-breakpoint
CREATE INDEX `delegations_direction_idx` ON `delegations` (`direction`);--> statement-breakpoint
CREATE TABLE `__new_evaluation_campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`opens_on` text NOT NULL,
	`closes_on` text NOT NULL,
	`scope_provinces` text DEFAULT '[]' NOT NULL,
	`scope_countries` text DEFAULT '[]' NOT NULL,
	`instructions` text,
	`state` text DEFAULT 'draft' NOT NULL,
	`opened_at` integer,
	`closed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "campaigns_dates_ck" CHECK("closes_on" >= "opens_on")
);
--> statement-breakpoint
INSERT INTO `__new_evaluation_campaigns`("id", "year", "title", "opens_on", "closes_on", "scope_provinces", "scope_countries", "instructions", "state", "opened_at", "closed_at", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "year", "title", "opens_on", "closes_on", "scope_provinces", "scope_countries", "instructions", "state", "opened_at", "closed_at", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `evaluation_campaigns`;--> statement-breakpoint
DROP TABLE `evaluation_campaigns`;--> statement-breakpoint
ALTER TABLE `__new_evaluation_campaigns` RENAME TO `evaluation_campaigns`;--> statement-breakpoint
CREATE INDEX `campaigns_year_idx` ON `evaluation_campaigns` (`year`);--> statement-breakpoint
CREATE TABLE `__new_localities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country_code` text NOT NULL,
	`province_code` text,
	`state_name` text,
	`name_local` text NOT NULL,
	`name_romanised` text NOT NULL,
	`name_zh` text,
	`search_key` text NOT NULL,
	`level` text NOT NULL,
	`latitude` real,
	`longitude` real,
	`notes` text,
	`merged_into_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_into_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_localities`("id", "country_code", "province_code", "state_name", "name_local", "name_romanised", "name_zh", "search_key", "level", "latitude", "longitude", "notes", "merged_into_id", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "country_code", "province_code", "state_name", "name_local", "name_romanised", "name_zh", "search_key", "level", "latitude", "longitude", "notes", "merged_into_id", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `localities`;--> statement-breakpoint
DROP TABLE `localities`;--> statement-breakpoint
ALTER TABLE `__new_localities` RENAME TO `localities`;--> statement-breakpoint
CREATE INDEX `localities_country_idx` ON `localities` (`country_code`);--> statement-breakpoint
CREATE INDEX `localities_province_idx` ON `localities` (`province_code`);--> statement-breakpoint
CREATE INDEX `localities_search_idx` ON `localities` (`search_key`);--> statement-breakpoint
CREATE INDEX `localities_name_romanised_idx` ON `localities` (`name_romanised`);--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`province_code` text,
	`locality_id` integer,
	`locale` text,
	`active` integer DEFAULT true NOT NULL,
	`password_changed_at` integer,
	`must_change_password` integer DEFAULT false NOT NULL,
	`session_generation` integer DEFAULT 0 NOT NULL,
	`last_sign_in_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "email", "name", "password_hash", "role", "province_code", "locality_id", "locale", "active", "password_changed_at", "must_change_password", "session_generation", "last_sign_in_at", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "email", "name", "password_hash", "role", "province_code", "locality_id", "locale", "active", "password_changed_at", "must_change_password", "session_generation", "last_sign_in_at", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);--> statement-breakpoint
CREATE INDEX `users_locality_idx` ON `users` (`locality_id`);--> statement-breakpoint
CREATE TABLE `__new_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`side` text NOT NULL,
	`office` text,
	`person_name` text NOT NULL,
	`role` text,
	`email` text,
	`phone` text,
	`languages` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_contacts`("id", "partnership_id", "side", "office", "person_name", "role", "email", "phone", "languages", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "partnership_id", "side", "office", "person_name", "role", "email", "phone", "languages", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `contacts`;--> statement-breakpoint
DROP TABLE `contacts`;--> statement-breakpoint
ALTER TABLE `__new_contacts` RENAME TO `contacts`;--> statement-breakpoint
CREATE INDEX `contacts_partnership_idx` ON `contacts` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `__new_partnership_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`evaluation_id` integer,
	`recorded_at` integer NOT NULL,
	`recorded_by` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_partnership_status_history`("id", "partnership_id", "year", "status", "source", "evaluation_id", "recorded_at", "recorded_by") SELECT "id", "partnership_id", "year", "status", "source", "evaluation_id", "recorded_at", "recorded_by" FROM `partnership_status_history`;--> statement-breakpoint
DROP TABLE `partnership_status_history`;--> statement-breakpoint
ALTER TABLE `__new_partnership_status_history` RENAME TO `partnership_status_history`;--> statement-breakpoint
CREATE UNIQUE INDEX `status_history_year_uq` ON `partnership_status_history` (`partnership_id`,`year`);--> statement-breakpoint
CREATE TABLE `__new_evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`partnership_id` integer NOT NULL,
	`locality_id` integer NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`status` text,
	`trend` text,
	`purposes` text,
	`most_frequent_category` text,
	`political_effect` text,
	`achievements` text,
	`problems` text,
	`plans` text,
	`review_comment` text,
	`submitted_at` integer,
	`submitted_by` integer,
	`reviewed_at` integer,
	`reviewed_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`campaign_id`) REFERENCES `evaluation_campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_evaluations`("id", "campaign_id", "partnership_id", "locality_id", "state", "status", "trend", "purposes", "most_frequent_category", "political_effect", "achievements", "problems", "plans", "review_comment", "submitted_at", "submitted_by", "reviewed_at", "reviewed_by", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "campaign_id", "partnership_id", "locality_id", "state", "status", "trend", "purposes", "most_frequent_category", "political_effect", "achievements", "problems", "plans", "review_comment", "submitted_at", "submitted_by", "reviewed_at", "reviewed_by", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `evaluations`;--> statement-breakpoint
DROP TABLE `evaluations`;--> statement-breakpoint
ALTER TABLE `__new_evaluations` RENAME TO `evaluations`;--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_campaign_partnership_uq` ON `evaluations` (`campaign_id`,`partnership_id`);--> statement-breakpoint
CREATE INDEX `evaluations_locality_idx` ON `evaluations` (`locality_id`);--> statement-breakpoint
CREATE INDEX `evaluations_state_idx` ON `evaluations` (`campaign_id`,`state`);--> statement-breakpoint
CREATE TABLE `__new_saved_views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_id` integer NOT NULL,
	`list` text NOT NULL,
	`name` text NOT NULL,
	`query` text NOT NULL,
	`shared` integer DEFAULT false NOT NULL,
	`office_locality_id` integer,
	`office_province_code` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`office_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`office_province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_saved_views`("id", "owner_id", "list", "name", "query", "shared", "office_locality_id", "office_province_code", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at") SELECT "id", "owner_id", "list", "name", "query", "shared", "office_locality_id", "office_province_code", "version", "created_at", "updated_at", "created_by", "updated_by", "archived_at" FROM `saved_views`;--> statement-breakpoint
DROP TABLE `saved_views`;--> statement-breakpoint
ALTER TABLE `__new_saved_views` RENAME TO `saved_views`;--> statement-breakpoint
CREATE INDEX `saved_views_owner_idx` ON `saved_views` (`owner_id`);--> statement-breakpoint
CREATE INDEX `saved_views_office_idx` ON `saved_views` (`office_locality_id`,`office_province_code`);--> statement-breakpoint
UPDATE `sqlite_sequence` SET `seq` = (SELECT max(s.`seq`, `sqlite_sequence`.`seq`) FROM `__sequences_0004` s WHERE s.`name` = `sqlite_sequence`.`name`) WHERE `name` IN (SELECT `name` FROM `__sequences_0004`);--> statement-breakpoint
INSERT INTO `sqlite_sequence` (`name`, `seq`) SELECT `name`, `seq` FROM `__sequences_0004` s WHERE NOT EXISTS (SELECT 1 FROM `sqlite_sequence` q WHERE q.`name` = s.`name`);--> statement-breakpoint
DROP TABLE `__sequences_0004`;--> statement-breakpoint
-- Every foreign key must hold before this commits: a violation fails this CHECK, which rolls back the migration.
CREATE TEMP TABLE `__foreign_key_check_0004` (`violations` integer NOT NULL, CONSTRAINT "foreign_keys_hold_after_0004" CHECK(`violations` = 0));--> statement-breakpoint
INSERT INTO `__foreign_key_check_0004` SELECT count(*) FROM pragma_foreign_key_check;--> statement-breakpoint
DROP TABLE `__foreign_key_check_0004`;--> statement-breakpoint
PRAGMA foreign_keys=ON;
