// Browser entry point: build the app and start it.
import { App } from './app.js';

const app = new App();
void app.start();
