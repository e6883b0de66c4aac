// Finds the local Chrome or Chromium that tests, story tests and benchmarks drive.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const chromeHelp = `Kindred's tests run in a real Chrome or Chromium, and none was found.
  Set CHROME_PATH to its executable, or install one:
    Debian/Ubuntu:  sudo apt-get install -y chromium
    macOS:          brew install --cask chromium   (or install Google Chrome)
    Windows:        install Google Chrome
  Looked in: ${candidates.join(', ')}`;

/** CHROME_PATH if set, else the first usual install location that exists, else undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return candidates.find((path) => existsSync(path));
}

/** The path, or a clear explanation of how to get one. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    const wrongPath = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.\n` : '';
    throw new Error(wrongPath + chromeHelp);
  }
  return path;
}

/** Headless flags that keep Chromium quiet on a machine with no outside network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Tests run in several tabs at once; a background tab must still get animation frames.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Using ${requireChrome()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
