CREATE TABLE `import_mappings` (
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`headers` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `kind`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` integer NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`version_after` integer,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_records_import_idx` ON `import_records` (`import_id`);--> statement-breakpoint
CREATE INDEX `import_records_entity_idx` ON `import_records` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_size` integer NOT NULL,
	`file_bytes` blob,
	`options` text DEFAULT '{}' NOT NULL,
	`table_info` text,
	`mapping` text DEFAULT '{}' NOT NULL,
	`value_map` text DEFAULT '{}' NOT NULL,
	`preview` text,
	`counts` text,
	`state` text DEFAULT 'draft' NOT NULL,
	`committed_at` integer,
	`undone_at` integer,
	`undone_by` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`archived_at` integer,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `imports_created_by_idx` ON `imports` (`created_by`);--> statement-breakpoint
CREATE INDEX `imports_state_idx` ON `imports` (`state`,`committed_at`);--> statement-breakpoint
ALTER TABLE `evaluation_campaigns` ADD `import_id` integer REFERENCES imports(id);--> statement-breakpoint
ALTER TABLE `evaluations` ADD `import_id` integer REFERENCES imports(id);