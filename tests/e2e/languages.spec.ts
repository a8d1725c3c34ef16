import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The interface in Thai, Simplified Chinese and Persian: the first visit follows the browser's
// language (the context locale), Persian runs right to left, the picker switches at once and is
// remembered. Template names are user content and stay as authored.
const TEMPLATE = 'Online order to delivery';

// axe-core's rules for names, labels, ARIA and the document's language (as accessibility.spec.ts).
const RULES = [
  'button-name', 'link-name', 'label', 'select-name', 'input-button-name', 'image-alt', 'svg-img-alt', 'role-img-alt',
  'aria-allowed-attr', 'aria-required-attr', 'aria-valid-attr', 'aria-valid-attr-value', 'aria-roles', 'aria-command-name',
  'aria-input-field-name', 'aria-toggle-field-name', 'duplicate-id-aria', 'nested-interactive', 'document-title', 'html-has-lang',
  'html-lang-valid', 'valid-lang',
];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withRules(RULES).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

type Words = { lang: string; dir: 'ltr' | 'rtl'; heading: string; newMap: string; fromTemplate: string; undo: string; audit: RegExp; auditHeading: string };

const LANGUAGES: Record<string, Words> = {
  'fa-IR': { lang: 'fa', dir: 'rtl', heading: 'نخستین سفر مشتری‌تان را نقشه کنید', newMap: 'نقشهٔ تازه', fromTemplate: 'از الگو', undo: 'واگرد', audit: /^ممیزی/, auditHeading: 'ممیزی انتظارات' },
  'th-TH': { lang: 'th', dir: 'ltr', heading: 'สร้างแผนที่เส้นทางลูกค้าแผนที่แรกของคุณ', newMap: 'แผนที่ใหม่', fromTemplate: 'จากแม่แบบ', undo: 'เลิกทำ', audit: /^ตรวจสอบ/, auditHeading: 'การตรวจสอบความคาดหวัง' },
  'zh-CN': { lang: 'zh-CN', dir: 'ltr', heading: '绘制你的第一张客户旅程地图', newMap: '新建地图', fromTemplate: '从模板创建', undo: '撤销', audit: /^审查/, auditHeading: '预期审查' },
};

async function openEditorFromTemplate(page: Page, words: Words) {
  // The list is read from IndexedDB: "New map" shows once it has loaded.
  await expect(page.getByRole('button', { name: words.newMap })).toBeVisible();
  const template = page.getByRole('button', { name: TEMPLATE, exact: true });
  if (!(await template.isVisible())) await page.getByRole('button', { name: words.fromTemplate }).click();
  await page.getByRole('button', { name: TEMPLATE, exact: true }).click();
  await expect(page).toHaveURL(/#\/map\//);
  await expect(page.locator('.react-flow__node-touchpoint').first()).toBeVisible();
}

for (const [locale, words] of Object.entries(LANGUAGES)) {
  test.describe(`first visit in ${locale}`, () => {
    test.use({ locale });

    test('the library and the editor speak the browser’s language, axe clean', async ({ page }) => {
      test.setTimeout(240_000);
      await page.goto('/');
      await expect(page.getByRole('heading', { name: words.heading })).toBeVisible();
      await expect(page.getByRole('button', { name: words.newMap })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', words.lang);
      await expect(page.locator('html')).toHaveAttribute('dir', words.dir);
      await expect(page.getByRole('combobox', { name: { 'fa-IR': 'زبان', 'th-TH': 'ภาษา', 'zh-CN': '语言' }[locale] })).toBeVisible();
      expect(await violations(page)).toEqual([]);

      await openEditorFromTemplate(page, words);
      await expect(page.getByRole('button', { name: words.undo })).toBeVisible();
      await page.getByRole('button', { name: words.audit }).click();
      await expect(page.getByRole('heading', { name: words.auditHeading }).first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test.describe('Persian mirrors the chrome', () => {
  test.use({ locale: 'fa-IR' });

  test('the toolbar starts at the right edge', async ({ page }) => {
    await page.goto('/');
    await openEditorFromTemplate(page, LANGUAGES['fa-IR'] as Words);
    const toolbar = await page.locator('header.toolbar').boundingBox();
    const first = await page.locator('header.toolbar > :first-child').boundingBox();
    const undo = await page.getByRole('button', { name: 'واگرد' }).boundingBox();
    if (!toolbar || !first || !undo) throw new Error('toolbar not laid out');
    // The first control (back to the maps) sits at the right edge, and the next ones to its left.
    expect(toolbar.x + toolbar.width - (first.x + first.width)).toBeLessThan(24);
    expect(undo.x).toBeLessThan(first.x);
  });
});

test.describe('switching language', () => {
  test('the picker switches at once, without a reload, and the choice is kept', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Map your first customer journey' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'فارسی' });
    await expect(page.getByRole('heading', { name: 'نخستین سفر مشتری‌تان را نقشه کنید' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(page).toHaveTitle(/Waymark/);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'نخستین سفر مشتری‌تان را نقشه کنید' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    // In the editor too: the toolbar and the open panels change in place.
    await openEditorFromTemplate(page, LANGUAGES['fa-IR'] as Words);
    await page.getByRole('button', { name: 'نقشه و مرحله‌ها' }).click();
    await page.getByRole('combobox', { name: 'زبان' }).selectOption({ label: 'ไทย' });
    await expect(page.getByRole('heading', { name: 'ขั้นตอน' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'เลิกทำ' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.getByRole('combobox', { name: 'ภาษา' }).selectOption({ label: 'English' });
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  });
});

test.describe('a language that cannot load', () => {
  // Without the service worker, so that the blocked request really fails (as offline, uncached).
  test.use({ serviceWorkers: 'block' });

  test('says so and keeps the current language', async ({ page }) => {
    await page.route(/\/assets\/fa-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Map your first customer journey' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'فارسی' });
    await expect(page.getByRole('alert')).toContainText('فارسی could not be loaded');
    await expect(page.getByRole('heading', { name: 'Map your first customer journey' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  });
});
