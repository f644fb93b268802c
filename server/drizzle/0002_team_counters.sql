CREATE TABLE "deal_counters" (
	"team_id" uuid NOT NULL,
	"pipeline_id" text NOT NULL,
	"currency" text NOT NULL,
	"owner_id" text NOT NULL,
	"stage_id" text NOT NULL,
	"status" text NOT NULL,
	"close_month" text NOT NULL,
	"count" bigint NOT NULL,
	"value" numeric(20, 2) NOT NULL,
	"weighted" numeric(20, 2) NOT NULL,
	"commit" numeric(20, 2) NOT NULL,
	"cycle_days" numeric(20, 4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forecast_snapshots" (
	"team_id" uuid NOT NULL,
	"pipeline_id" text NOT NULL,
	"currency" text NOT NULL,
	"period" text NOT NULL,
	"day" text NOT NULL,
	"taken_at" bigint NOT NULL,
	"forecast" numeric(20, 2) NOT NULL,
	CONSTRAINT "forecast_snapshots_team_id_pipeline_id_currency_period_day_pk" PRIMARY KEY("team_id","pipeline_id","currency","period","day")
);
--> statement-breakpoint
CREATE TABLE "quotas" (
	"team_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"period" text NOT NULL,
	"amount" numeric(20, 2) NOT NULL,
	"currency" text NOT NULL,
	CONSTRAINT "quotas_team_id_member_id_period_pk" PRIMARY KEY("team_id","member_id","period")
);
--> statement-breakpoint
ALTER TABLE "deal_counters" ADD CONSTRAINT "deal_counters_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_snapshots" ADD CONSTRAINT "forecast_snapshots_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotas" ADD CONSTRAINT "quotas_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotas" ADD CONSTRAINT "quotas_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deal_counters_key" ON "deal_counters" USING btree ("team_id","pipeline_id","currency","owner_id","stage_id","status","close_month");