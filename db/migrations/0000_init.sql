CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_native` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `localities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country_code` text NOT NULL,
	`province_code` text,
	`state_name` text,
	`name_local` text NOT NULL,
	`name_romanised` text NOT NULL,
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
	FOREIGN KEY (`merged_into_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `localities_country_idx` ON `localities` (`country_code`);--> statement-breakpoint
CREATE INDEX `localities_province_idx` ON `localities` (`province_code`);--> statement-breakpoint
CREATE INDEX `localities_search_idx` ON `localities` (`search_key`);--> statement-breakpoint
CREATE INDEX `localities_name_romanised_idx` ON `localities` (`name_romanised`);--> statement-breakpoint
CREATE TABLE `provinces` (
	`code` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_zh` text NOT NULL,
	`region` text NOT NULL,
	`latitude` real,
	`longitude` real
);
--> statement-breakpoint
CREATE TABLE `users` (
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
	`last_sign_in_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);--> statement-breakpoint
CREATE INDEX `users_locality_idx` ON `users` (`locality_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
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
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_partnership_idx` ON `contacts` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `partnership_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partnership_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`evaluation_id` integer,
	`recorded_at` integer NOT NULL,
	`recorded_by` integer,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `status_history_year_uq` ON `partnership_status_history` (`partnership_id`,`year`);--> statement-breakpoint
CREATE TABLE `partnerships` (
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
	FOREIGN KEY (`partner_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnerships_pair_uq` ON `partnerships` (`our_locality_id`,`partner_locality_id`);--> statement-breakpoint
CREATE INDEX `partnerships_partner_idx` ON `partnerships` (`partner_locality_id`);--> statement-breakpoint
CREATE INDEX `partnerships_status_idx` ON `partnerships` (`status`);--> statement-breakpoint
CREATE INDEX `partnerships_signed_idx` ON `partnerships` (`signed_on`);--> statement-breakpoint
CREATE INDEX `partnerships_archived_idx` ON `partnerships` (`archived_at`);--> statement-breakpoint
CREATE TABLE `activities` (
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
	FOREIGN KEY (`organiser_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_start_idx` ON `activities` (`start_date`);--> statement-breakpoint
CREATE INDEX `activities_category_idx` ON `activities` (`category`);--> statement-breakpoint
CREATE INDEX `activities_organiser_idx` ON `activities` (`organiser_locality_id`);--> statement-breakpoint
CREATE TABLE `activity_partnerships` (
	`activity_id` integer NOT NULL,
	`partnership_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `partnership_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_partnerships_p_idx` ON `activity_partnerships` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `attachments` (
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
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_storage_key_unique` ON `attachments` (`storage_key`);--> statement-breakpoint
CREATE INDEX `attachments_owner_idx` ON `attachments` (`owner_type`,`owner_id`);--> statement-breakpoint
CREATE TABLE `delegation_activities` (
	`delegation_id` integer NOT NULL,
	`activity_id` integer NOT NULL,
	PRIMARY KEY(`delegation_id`, `activity_id`),
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `delegation_activities_a_idx` ON `delegation_activities` (`activity_id`);--> statement-breakpoint
CREATE TABLE `delegation_itinerary` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delegation_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`date` text NOT NULL,
	`place` text,
	`description` text NOT NULL,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `delegation_itinerary_d_idx` ON `delegation_itinerary` (`delegation_id`);--> statement-breakpoint
CREATE TABLE `delegation_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delegation_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`organisation` text,
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `delegation_members_d_idx` ON `delegation_members` (`delegation_id`);--> statement-breakpoint
CREATE TABLE `delegation_partnerships` (
	`delegation_id` integer NOT NULL,
	`partnership_id` integer NOT NULL,
	PRIMARY KEY(`delegation_id`, `partnership_id`),
	FOREIGN KEY (`delegation_id`) REFERENCES `delegations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `delegation_partnerships_p_idx` ON `delegation_partnerships` (`partnership_id`);--> statement-breakpoint
CREATE TABLE `delegations` (
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
	FOREIGN KEY (`our_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `delegations_start_idx` ON `delegations` (`start_date`);--> statement-breakpoint
CREATE INDEX `delegations_locality_idx` ON `delegations` (`our_locality_id`);--> statement-breakpoint
CREATE INDEX `delegations_direction_idx` ON `delegations` (`direction`);--> statement-breakpoint
CREATE TABLE `evaluation_campaigns` (
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
	`archived_at` integer
);
--> statement-breakpoint
CREATE INDEX `campaigns_year_idx` ON `evaluation_campaigns` (`year`);--> statement-breakpoint
CREATE TABLE `evaluations` (
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
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_campaign_partnership_uq` ON `evaluations` (`campaign_id`,`partnership_id`);--> statement-breakpoint
CREATE INDEX `evaluations_locality_idx` ON `evaluations` (`locality_id`);--> statement-breakpoint
CREATE INDEX `evaluations_state_idx` ON `evaluations` (`campaign_id`,`state`);--> statement-breakpoint
CREATE TABLE `partner_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evaluation_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`language` text NOT NULL,
	`recipient_email` text,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`answered_at` integer,
	`status` text,
	`trend` text,
	`purposes` text,
	`comments` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_links_token_hash_unique` ON `partner_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `partner_links_evaluation_idx` ON `partner_links` (`evaluation_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`before` text,
	`after` text,
	`summary` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_user_idx` ON `audit_log` (`user_id`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);