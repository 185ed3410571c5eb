import { installMessageHandlers } from '../utils/background-handlers';
import { installReminders } from '../utils/reminders';

export default defineBackground(() => {
  installMessageHandlers();
  installReminders();
});
