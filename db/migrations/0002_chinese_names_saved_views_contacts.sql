CREATE TABLE `activity_contacts` (
	`activity_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `contact_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_contacts_c_idx` ON `activity_contacts` (`contact_id`);--> statement-breakpoint
CREATE TABLE `saved_views` (
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
	FOREIGN KEY (`office_province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `saved_views_owner_idx` ON `saved_views` (`owner_id`);--> statement-breakpoint
CREATE INDEX `saved_views_office_idx` ON `saved_views` (`office_locality_id`,`office_province_code`);--> statement-breakpoint
ALTER TABLE `localities` ADD `name_zh` text;--> statement-breakpoint
ALTER TABLE `delegation_members` ADD `contact_id` integer REFERENCES contacts(id);--> statement-breakpoint
CREATE INDEX `delegation_members_contact_idx` ON `delegation_members` (`contact_id`);