// Chromium flags for Lighthouse here: headless as root, and quiet on a closed network
// (without the background-networking flags Chromium keeps trying Google's hosts).
module.exports.LIGHTHOUSE_CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
