import { registerCaptureTriggers } from '../background/capture-triggers.ts';
import { registerMessages } from '../background/messages.ts';
import { registerReminders } from '../background/reminders.ts';
import { registerSyncSchedule } from '../background/sync-schedule.ts';

export default defineBackground(() => {
  registerCaptureTriggers();
  registerMessages();
  registerSyncSchedule();
  registerReminders();
});
