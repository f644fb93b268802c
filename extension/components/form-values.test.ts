import { beforeAll, describe, expect, it } from 'vitest';
import { makeI18n } from '../hooks/useI18n.ts';
import { loadLocale } from '../i18n/index.ts';
import { currencyCode } from '@pipeclip/shared/csv';
import { readDealAmount } from './form-values.ts';

describe('deal form values', () => {
  const { t } = makeI18n('de');
  beforeAll(() => loadLocale('de'));

  it('reads a German amount with its currency, and an empty one as zero', () => {
    expect(readDealAmount(t, '1.234,56 €', 'de')).toEqual({ ok: true, value: 1234.56, currency: 'EUR' });
    expect(readDealAmount(t, '  ', 'de')).toEqual({ ok: true, value: 0 });
  });

  it('refuses a negative amount with a message in the rep’s language, not a silent failure', () => {
    expect(readDealAmount(t, '-500', 'de')).toEqual({ ok: false, message: expect.stringContaining('ohne Minuszeichen') });
    expect(readDealAmount(t, 'zwölf', 'de')).toEqual({ ok: false, message: expect.stringContaining('kein Betrag') });
  });

  it('accepts ISO currency codes only', () => {
    expect(currencyCode(' chf ')).toBe('CHF');
    expect(currencyCode('EU')).toBeUndefined();
    expect(currencyCode('XYZ')).toBeUndefined();
  });
});
