/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { TeamSummary } from '../services/summary.ts';
import type { Formats } from './format.ts';

/** Where an action should send the manager back to (the same pipeline and currency). */
export const BackField = ({ back }: { back: string }) => <input type="hidden" name="back" value={back} />;

/** One quota per rep for the quota period, in the shown currency. */
export function QuotaForms({ s, f, back }: { s: TeamSummary; f: Formats; back: string }) {
  const { t } = f;
  return (
    <section class="card" aria-labelledby="quota-title">
      <h2 id="quota-title">{t('quota.title', { period: f.period(s.quotaPeriod) })}</h2>
      <div class="scroll">
        <table>
          <tbody>
            {s.reps.map((r) => (
              <tr class="quota-row">
                <td>{r.member.name}</td>
                <td>
                  <form class="inline" method="post" action="/dashboard/quotas">
                    <BackField back={back} />
                    <input type="hidden" name="memberId" value={r.member.id} />
                    <input type="hidden" name="period" value={s.quotaPeriod} />
                    <input type="hidden" name="currency" value={s.currency} />
                    <label class="visually-hidden" for={`quota-${r.member.id}`}>{t('quota.amount', { name: r.member.name })}</label>
                    <input id={`quota-${r.member.id}`} type="number" name="amount" min="0" step="0.01" value={r.quota ? String(r.quota.amount) : ''} />
                    <span class="muted">{s.currency}</span>
                    <button class="secondary" type="submit">{t('quota.save')}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Creates an invitation; the link is shown once on the next page. */
export function InviteForm({ f, back }: { f: Formats; back: string }) {
  const { t } = f;
  return (
    <section class="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <form class="inline" method="post" action="/dashboard/invitations">
        <BackField back={back} />
        <label>{t('invite.role')}{' '}
          <select name="role"><option value="rep">{t('role.rep')}</option><option value="manager">{t('role.manager')}</option></select>
        </label>
        <label>{t('invite.days')}{' '}<input type="number" name="days" min="1" max="90" value="7" /></label>
        <label>{t('invite.uses')}{' '}<input type="number" name="uses" min="1" max="100" value="1" /></label>
        <button type="submit">{t('invite.create')}</button>
      </form>
      <p class="hint">{t('invite.hint')}</p>
    </section>
  );
}

/** The page that shows a new invitation's link, once. */
export function InvitationCreated({ f, link }: { f: Formats; link: string }) {
  const { t } = f;
  return (
    <section class="card">
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.created')}</p>
      <input class="link-box" type="text" readonly value={link} aria-label={t('invite.title')} />
      <p class="hint">{t('invite.hint')}</p>
      <p><a href="/">{t('common.back')}</a></p>
    </section>
  );
}

export interface DeviceRow {
  id: string;
  label: string;
  member: string;
  createdAt: number;
  revokedAt: number | null;
}

/** The caller's devices (a manager's: the team's), each revocable. */
export function Devices({ devices, current, f, back }: { devices: DeviceRow[]; current: string; f: Formats; back: string }) {
  const { t } = f;
  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('devices.title')}</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr><th>{t('devices.device')}</th><th>{t('devices.member')}</th><th>{t('devices.paired')}</th><th>{t('devices.status')}</th><th></th></tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr>
                <td>{d.label} {d.id === current ? <span class="badge">{t('devices.this')}</span> : null}</td>
                <td>{d.member}</td>
                <td>{f.date(d.createdAt)}</td>
                <td>{d.revokedAt ? <span class="badge revoked">{t('devices.revoked', { date: f.date(d.revokedAt) })}</span> : t('devices.active')}</td>
                <td class="num">
                  {d.revokedAt ? null : (
                    <form class="inline" method="post" action={`/dashboard/devices/${d.id}/revoke`}>
                      <BackField back={back} />
                      <button class="danger" type="submit">{t('devices.revoke')}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
