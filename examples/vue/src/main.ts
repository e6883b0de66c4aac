import { createApp } from 'vue';
import '@kindred/elements/kindred.js';
import App from './App.vue';

createApp(App).mount('#app');
