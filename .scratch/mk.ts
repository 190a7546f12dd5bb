import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../scripts/lib/browser-fs.ts';
const browser = await launchBrowser();
const page = await browser.newPage();
const urls = await page.evaluate(() => {
  const c = document.createElement('canvas'); c.width = 48; c.height = 30;
  const g = c.getContext('2d')!; g.fillStyle = '#2a6'; g.fillRect(0, 0, 48, 30); g.fillStyle = '#fff'; g.fillRect(8, 8, 20, 12);
  return [c.toDataURL('image/webp', 0.8), c.toDataURL('image/jpeg', 0.8)];
});
writeFileSync('tests/fixtures/images/vierkant.webp', Buffer.from(urls[0]!.split(',')[1]!, 'base64'));
writeFileSync('tests/fixtures/images/vierkant.jpg', Buffer.from(urls[1]!.split(',')[1]!, 'base64'));
await browser.close();
