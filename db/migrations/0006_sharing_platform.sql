CREATE TABLE `announcement_reads` (
	`announcement_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`read_at` integer NOT NULL,
	PRIMARY KEY(`announcement_id`, `user_id`),
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `announcement_reads_user_idx` ON `announcement_reads` (`user_id`);--> statement-breakpoint
CREATE TABLE `announcements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`audience_province_code` text,
	`valid_from` text NOT NULL,
	`valid_until` text,
	`owner_province_code` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`audience_province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "announcements_dates_ck" CHECK("valid_until" IS NULL OR "valid_until" >= "valid_from")
);
--> statement-breakpoint
CREATE INDEX `announcements_valid_idx` ON `announcements` (`valid_from`,`valid_until`);--> statement-breakpoint
CREATE INDEX `announcements_audience_idx` ON `announcements` (`audience_province_code`);--> statement-breakpoint
CREATE TABLE `calendar_feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_hash_unique` ON `calendar_feeds` (`token_hash`);--> statement-breakpoint
CREATE INDEX `calendar_feeds_user_idx` ON `calendar_feeds` (`user_id`,`revoked_at`);--> statement-breakpoint
CREATE TABLE `case_links` (
	`case_id` integer NOT NULL,
	`kind` text NOT NULL,
	`target_id` integer NOT NULL,
	PRIMARY KEY(`case_id`, `kind`, `target_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_links_target_idx` ON `case_links` (`kind`,`target_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`body` text NOT NULL,
	`category` text NOT NULL,
	`language` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`owner_locality_id` integer,
	`owner_province_code` text,
	`source_activity_id` integer,
	`start_date` text,
	`end_date` text,
	`published_at` integer,
	`featured_at` integer,
	`featured_by` integer,
	`hidden_at` integer,
	`hidden_by` integer,
	`hidden_reason` text,
	`search_text` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`owner_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`featured_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hidden_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cases_dates_ck" CHECK("end_date" IS NULL OR "end_date" >= "start_date")
);
--> statement-breakpoint
CREATE INDEX `cases_owner_idx` ON `cases` (`owner_locality_id`);--> statement-breakpoint
CREATE INDEX `cases_owner_province_idx` ON `cases` (`owner_province_code`);--> statement-breakpoint
CREATE INDEX `cases_status_idx` ON `cases` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `cases_featured_idx` ON `cases` (`featured_at`);--> statement-breakpoint
CREATE INDEX `cases_category_idx` ON `cases` (`category`);--> statement-breakpoint
CREATE TABLE `partner_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`side` text NOT NULL,
	`seeker_locality_id` integer NOT NULL,
	`owner_locality_id` integer,
	`owner_province_code` text,
	`wanted_country_code` text,
	`wanted_region` text,
	`wanted_province_code` text,
	`wanted_levels` text DEFAULT '[]' NOT NULL,
	`purposes` text DEFAULT '[]' NOT NULL,
	`categories` text DEFAULT '[]' NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`closes_on` text,
	`status` text DEFAULT 'open' NOT NULL,
	`status_changed_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`seeker_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`wanted_country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`wanted_province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partner_requests_status_idx` ON `partner_requests` (`status`,`closes_on`);--> statement-breakpoint
CREATE INDEX `partner_requests_seeker_idx` ON `partner_requests` (`seeker_locality_id`);--> statement-breakpoint
CREATE INDEX `partner_requests_owner_idx` ON `partner_requests` (`owner_locality_id`);--> statement-breakpoint
CREATE INDEX `partner_requests_country_idx` ON `partner_requests` (`wanted_country_code`);--> statement-breakpoint
CREATE TABLE `partner_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`author_locality_id` integer,
	`message` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	`archived_at` integer,
	FOREIGN KEY (`request_id`) REFERENCES `partner_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_locality_id`) REFERENCES `localities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partner_responses_request_idx` ON `partner_responses` (`request_id`,`read_at`);