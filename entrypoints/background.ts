import { installMessageHandlers } from '../utils/background-handlers';

export default defineBackground(() => {
  installMessageHandlers();
});
