ALTER TABLE "conflicts" ADD COLUMN "version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "conflicts_version_idx" ON "conflicts" USING btree ("team_id","version");