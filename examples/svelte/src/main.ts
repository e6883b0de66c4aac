import { mount } from 'svelte';
import '@kindred/elements/kindred.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
