import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

type Hooks = { __pipeclip: { getDb(): any } };
let browser: ExtensionBrowser;
let panel: Page;

/** Reads the side panel's database through the end-to-end test hook. */
const query = <T,>(fn: (db: any) => Promise<T>) => panel.evaluate(async (src) => new Function('db', `return (${src})(db)`)((globalThis as unknown as Hooks).__pipeclip.getDb()), fn.toString()) as Promise<T>;
const dealByTitle = (title: string) => query((db) => db.deals.toArray()).then((all) => (all as any[]).find((d) => d.title === title));
const column = (stageId: string) => panel.locator(`.column[data-stage-id="${stageId}"]`);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchWithExtension();
  panel = await browser.openSidePanel('?lang=en');
});

afterAll(async () => {
  await browser?.close();
});

describe('the pipeline in the side panel', () => {
  it('creates the default pipeline on first open, with its stages in order', async () => {
    await expect.poll(() => panel.locator('.column-name').allTextContents()).toEqual([
      'Lead generation',
      'First contact & nurturing',
      'Qualification',
      'Demo / trial',
      'Proposal & negotiation',
      'Closed won',
      'Closed lost',
    ]);
    expect(await query((db) => db.pipelines.count())).toBe(1);
  });

  it('adds deals (a German amount, a past close date warned about)', async () => {
    for (const [title, amount] of [['Northwind renewal', '12.500,00 €'], ['Contoso pilot', '4,800'], ['Fabrikam rollout', '30000']]) {
      await panel.getByRole('button', { name: '+ Deal' }).click();
      await panel.locator('.new-deal input[name=title]').fill(title!);
      await panel.locator('.new-deal input[name=value]').fill(amount!);
      if (title === 'Contoso pilot') {
        await panel.locator('.new-deal input[name=expectedCloseAt]').fill('2020-01-15');
        await expect.poll(() => panel.locator('.new-deal .warning').textContent()).toContain('in the past');
      }
      await panel.getByRole('button', { name: 'Create deal' }).click();
      await expect.poll(() => column('lead').locator('.deal-title').allTextContents()).toContain(title);
    }
    expect(await dealByTitle('Northwind renewal')).toMatchObject({ value: 12500, currency: 'EUR', stageId: 'lead', status: 'open' });
    expect((await dealByTitle('Contoso pilot')).value).toBe(4800);
  });

  it('drags a deal across stages with the mouse and moves one with the keyboard', async () => {
    const card = column('lead').locator('.deal-card', { hasText: 'Northwind renewal' });
    await card.dragTo(column('contact').locator('.column-body'));
    await expect.poll(() => column('contact').locator('.deal-title').allTextContents()).toEqual(['Northwind renewal']);
    await expect.poll(async () => (await dealByTitle('Northwind renewal')).stageId).toBe('contact');
    const history = (await dealByTitle('Northwind renewal')).stageHistory.map((h: { stageId: string }) => h.stageId);
    expect(history).toEqual(['lead', 'contact']);

    await column('contact').locator('.deal-card').focus();
    await panel.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await dealByTitle('Northwind renewal')).stageId).toBe('qualification');
    await expect.poll(() => panel.locator('.board-message').textContent()).toContain('Moved “Northwind renewal” to Qualification');
  });

  it('sets a follow-up and shows it on the toolbar badge', async () => {
    await column('qualification').locator('.deal-card').click();
    await expect.poll(() => panel.locator('.title-input').inputValue()).toBe('Northwind renewal');
    const soon = new Date(Date.now() + 60_000);
    const local = `${soon.getFullYear()}-${String(soon.getMonth() + 1).padStart(2, '0')}-${String(soon.getDate()).padStart(2, '0')}T${String(soon.getHours()).padStart(2, '0')}:${String(soon.getMinutes()).padStart(2, '0')}`;
    await panel.locator('textarea[name=activityBody]').fill('Send the revised proposal');
    await panel.locator('input[name=dueAt]').fill(local);
    await panel.getByRole('button', { name: 'Set follow-up' }).click();
    await expect.poll(() => panel.locator('.timeline-list').textContent()).toContain('Send the revised proposal');
    await expect.poll(() => browser.worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('1');
    expect((await dealByTitle('Northwind renewal')).nextFollowUpAt).toBeGreaterThan(Date.now() - 120_000);

    await panel.getByRole('tab', { name: 'Today' }).click();
    await expect.poll(() => panel.locator('.task-list .task').allTextContents()).toEqual([expect.stringContaining('Send the revised proposal')]);
    await panel.locator('.task').getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => browser.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  });

  it('asks for a reason when a deal is lost, and keeps it', async () => {
    await panel.getByRole('tab', { name: 'Board' }).click();
    await column('lead').locator('.deal-card', { hasText: 'Contoso pilot' }).click();
    await panel.getByRole('button', { name: 'Lost…' }).click();
    const dialog = panel.locator('dialog.lost-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Close as lost' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Chose a competitor' }).click();
    await dialog.getByRole('button', { name: 'Close as lost' }).click();
    await expect.poll(() => panel.locator('.status').textContent()).toContain('Lost — Chose a competitor');
    expect(await dealByTitle('Contoso pilot')).toMatchObject({ status: 'lost', stageId: 'lost', lostReason: 'Chose a competitor' });
    await panel.getByRole('button', { name: '← Back' }).click();
  });

  it('refuses to remove a stage that still holds deals until they have somewhere to go', async () => {
    await panel.getByRole('button', { name: 'Stages' }).click();
    await panel.getByRole('button', { name: 'Remove Qualification' }).click();
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.locator('.pipeline-editor .error').textContent()).toContain('Choose where the deals of Qualification go');
    expect(await query((db) => db.pipelines.toArray().then((p: any[]) => p[0].stages.length))).toBe(7);
    await panel.locator('select[name=target-qualification]').selectOption('demo');
    await panel.locator('input[name=stage-name-0]').fill('Prospecting');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => panel.locator('.column-name').first().textContent()).toBe('Prospecting');
    expect((await dealByTitle('Northwind renewal')).stageId).toBe('demo');
    expect(await query((db) => db.deals.count())).toBe(3);
  });

  it('imports a CSV with a column mapping and a rejected-rows report', async () => {
    await panel.getByRole('tab', { name: 'Data' }).click();
    const csv = ['Name;Email;Company;Deal;Value;Stage', 'Anna Schmidt;anna@nordwind.example;Nordwind GmbH;Nordwind CRM;1.234,56 €;Demo / trial', 'Broken Row;not-an-email;X;;;', 'Ben Berg;ben@berg.example;Berg AG;Berg licences;2.000;Proposal & negotiation', 'Cleo;cleo@x.example;;=HYPERLINK("http://evil");5;'].join('\n');
    await panel.locator('input[name=csvFile]').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => panel.locator('.mapping select[data-column="Email"]').inputValue()).toBe('person.email');
    await panel.locator('select[name=fileLocale]').selectOption('de');
    await panel.locator('.mapping select[data-column="Deal"]').selectOption('deal.title');
    await panel.getByRole('button', { name: 'Import 4 rows' }).click();
    await expect.poll(() => panel.locator('.import-result .notice').textContent()).toBe('Imported 3 leads and 3 deals; 1 rows refused.');
    expect(await panel.locator('.rejected-row').allTextContents()).toEqual([expect.stringContaining('“not-an-email” in Email is not an email address')]);
    expect(await dealByTitle('Nordwind CRM')).toMatchObject({ value: 1234.56, stageId: 'demo' });
  });

  it('exports formula-safe CSV and vCards, and refuses a broken backup without touching data', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Deals (CSV)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Nordwind CRM');
    expect(text).not.toMatch(/(^|[,;])=HYPERLINK/m);
    const [vcf] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Leads (vCard)' }).click()]);
    expect(readFileSync((await vcf.path())!, 'utf8')).toContain('FN:Anna Schmidt');

    const before = await query((db) => Promise.all([db.people.count(), db.deals.count()]));
    await panel.locator('input[name=backupFile]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"pipeclip-backup","version":1,"deals":[{"id":1}]') });
    await expect.poll(() => panel.locator('.backup .error').textContent()).toContain('Nothing was changed');
    expect(await query((db) => Promise.all([db.people.count(), db.deals.count()]))).toEqual(before);
    // A backup whose records are invalid names them by path, and restores nothing.
    const invalid = { format: 'pipeclip-backup', version: 1, exportedAt: 1, people: [], companies: [], deals: [{ id: 1 }], activities: [], pipelines: [] };
    await panel.locator('input[name=backupFile]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
    await expect.poll(() => panel.locator('.backup .error').textContent()).toMatch(/nothing was restored: deals\[0\]\.\w+/);
    expect(await query((db) => Promise.all([db.people.count(), db.deals.count()]))).toEqual(before);
  });

  it('shows owners by their team member names, and a clear fallback for a member it does not know', async () => {
    const [anna, ben, gone] = ['01900000-0000-7000-8000-00000000a001', '01900000-0000-7000-8000-00000000b002', '01900000-0000-7000-8000-00000000c003'];
    // The directory as the side panel stores it after GET /v1/team (no team server in this test).
    await panel.evaluate(
      async ([anna, ben, gone]) => {
        const db = (globalThis as unknown as Hooks).__pipeclip.getDb();
        await db.meta.put({ key: 'members', value: { members: [{ id: anna, name: 'Anna Berg', role: 'rep' }, { id: ben, name: 'Ben Vos', role: 'manager' }], meId: anna, fetchedAt: Date.now() } });
        const all: { title: string; ownerId?: string }[] = await db.deals.toArray();
        const owners: Record<string, string> = { 'Fabrikam rollout': ben!, 'Nordwind CRM': anna!, 'Berg licences': gone! };
        await db.deals.bulkPut(all.filter((d) => owners[d.title]).map((d) => ({ ...d, ownerId: owners[d.title] })));
      },
      [anna, ben, gone],
    );
    await panel.getByRole('tab', { name: 'Board' }).click();
    const ownerOn = (stageId: string, title: string) => column(stageId).locator('.deal-card', { hasText: title }).locator('.deal-owner').textContent();
    await expect.poll(() => ownerOn('lead', 'Fabrikam rollout')).toBe('Ben Vos');
    await expect.poll(() => ownerOn('demo', 'Nordwind CRM')).toBe('Anna Berg (you)');
    await expect.poll(() => ownerOn('proposal', 'Berg licences')).toBe('Member 01900000');

    await panel.getByRole('button', { name: 'List', exact: true }).click();
    await expect.poll(() => panel.locator('select[aria-label="Owner"] option').allTextContents()).toEqual(expect.arrayContaining(['Ben Vos', 'Anna Berg (you)', 'Member 01900000', 'Unassigned']));
    await panel.locator('.deal-row', { hasText: 'Fabrikam rollout' }).click();
    await expect.poll(() => panel.locator('.deal-owner').textContent()).toBe('Ben Vos');
    await panel.getByRole('button', { name: '← Back' }).click();
  });

  it('shows metrics, the funnel and the forecast, in English and in German', async () => {
    await query(async (db) => {
      const [p] = await db.pipelines.toArray();
      const all = await db.deals.toArray();
      const now = Date.now();
      // A little history so the charts have something to show: two won deals last month.
      for (const [i, d] of all.entries()) await db.deals.put({ ...d, expectedCloseAt: now + (i + 1) * 20 * 86_400_000, updatedAt: now + i });
      await db.deals.bulkPut([0, 1].map((i) => ({ id: `01900000-0000-7000-8000-00000000f00${i}`, title: `Won ${i}`, pipelineId: p.id, stageId: 'won', value: 8000 + i * 2000, currency: 'EUR', status: 'won', stageHistory: [], qualification: { budget: true, authority: true, need: true, timeline: true }, tags: [], createdAt: now - 60 * 86_400_000, updatedAt: now, closedAt: now - (i + 1) * 86_400_000 })));
    });
    await panel.getByRole('tab', { name: 'Metrics' }).click();
    await expect.poll(() => panel.locator('.kpi[data-kpi=openDeals] dd').textContent(), { timeout: 10_000 }).toBe('5');
    await expect.poll(() => panel.locator('.kpi[data-kpi=winRate] dd').textContent()).toBe('67%');
    await panel.locator('input[name^=quota-]').first().fill('40000');
    await panel.locator('input[name^=quota-]').first().press('Tab');
    await expect.poll(() => panel.locator('.funnel-chart svg .bar').count()).toBe(4); // the open stages left after removing Qualification
    await panel.locator('.funnel-chart').screenshot({ path: resolve(SHOTS, 'funnel.png') });
    // A tall viewport instead of a full-page capture, which would paint the sticky tabs and footer mid-page.
    await panel.setViewportSize({ width: 400, height: 1750 });
    await panel.evaluate(() => scrollTo(0, 0));
    await panel.screenshot({ path: resolve(SHOTS, 'metrics.png') });
    await panel.setViewportSize({ width: 400, height: 720 });

    await panel.getByRole('tab', { name: 'Board' }).click();
    await expect.poll(() => panel.locator('.column-total').count()).toBeGreaterThan(0);
    // The side panel widened, as a rep does to see the whole board.
    await panel.setViewportSize({ width: 1240, height: 560 });
    // Columns that come into view by the resize show their cards without a scroll.
    await expect.poll(() => column('lost').locator('.deal-card').count()).toBe(1);
    await expect.poll(() => column('won').locator('.deal-card').count()).toBe(2);
    await panel.screenshot({ path: resolve(SHOTS, 'board.png') });
    await panel.setViewportSize({ width: 400, height: 720 });

    const german = await browser.openSidePanel('?lang=de#metrics');
    await expect.poll(() => german.locator('.kpi[data-kpi=winRate] dt').textContent()).toContain('Abschlussquote');
    expect(await german.locator('.chart figcaption').first().textContent()).toContain('Vertriebstrichter');
    await german.close();
  });

  it('finds a lead by search among thousands, not only among the most recent ones listed', async () => {
    await query(async (db) => {
      const now = Date.now();
      const lead = (i: number, name: string, updatedAt: number) => ({ id: `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`, name, emails: [], phones: [], urls: [], tags: [], source: { kind: 'manual', capturedAt: now }, qualification: { budget: false, authority: false, need: false, timeline: false }, createdAt: updatedAt, updatedAt });
      await db.people.bulkPut([lead(999_999, 'Zelda Quist', 1), ...Array.from({ length: 300 }, (_, i) => lead(i + 1, `Filler Lead ${i}`, now + i))]);
    });
    await panel.getByRole('tab', { name: 'Leads' }).click();
    await expect.poll(() => panel.locator('.leads .count').textContent()).toContain('The first 200 leads');
    await panel.getByRole('searchbox', { name: 'Search leads' }).fill('zelda');
    await expect.poll(() => panel.locator('.lead-name').allTextContents()).toEqual(['Zelda Quist']);
  });

  it("suggests dead leads by the rep's own thresholds, and refuses a threshold that makes no sense", async () => {
    await query(async (db) => {
      const long = Date.now() - 12 * 86_400_000;
      await db.people.put({ id: '01900000-0000-7000-8000-00000000d0d0', name: 'Dora Silent', emails: [], phones: [], urls: [], tags: [], source: { kind: 'manual', capturedAt: long }, qualification: { budget: false, authority: false, need: false, timeline: false }, createdAt: long, updatedAt: long });
    });
    await panel.getByRole('tab', { name: 'Today' }).click();
    // Once the suggestions are computed (the "computing" line is gone), Dora, quiet for 12 days, is not among them.
    const computed = () => panel.locator('.today').evaluate((el) => !!el.querySelector('.hygiene-list') && !el.querySelector('[aria-busy="true"]')).catch(() => false);
    await expect.poll(computed, { timeout: 15_000 }).toBe(true);
    expect(await panel.locator('.dead-lead').allTextContents()).not.toEqual(expect.arrayContaining([expect.stringContaining('Dora Silent')]));
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const days = panel.getByRole('spinbutton', { name: 'Days without any activity' });
    // Typed at once, as the view opens: what is typed must stay (it was once wiped by the form's first effect).
    await days.fill('0');
    await expect.poll(() => panel.locator('.hygiene-setting').innerText(), { timeout: 15_000 }).toContain('1 to 730 days');
    await days.fill('10');
    await expect.poll(() => panel.locator('.hygiene-setting').innerText(), { timeout: 15_000 }).not.toContain('1 to 730 days');
    await panel.getByRole('tab', { name: 'Today' }).click();
    await expect.poll(() => panel.locator('.dead-lead').allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringContaining('Dora Silent')]));
  });
});
