import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AUTH_ERRORS_NAMESPACE } from '../../src';
import { createKitI18n } from '../../src/i18n/createKitI18n';
import { createTranslator } from '../../src/i18n/createTranslator';
import { formatDuration, MAX_COUNTDOWN_S } from '../../src/i18n/formatDuration';

const LOCALES_DIR = resolve(__dirname, '../../locales');
const LANGUAGES = readdirSync(LOCALES_DIR).sort();

/** A translator for `requested`, with the shipped bundle of `lng` in the kit's instance. */
function translator(lng: string, requested = lng) {
  const i18n = createKitI18n();
  const bundle: unknown = JSON.parse(readFileSync(resolve(LOCALES_DIR, lng, 'auth-errors.json'), 'utf8'));
  i18n.addResourceBundle(lng, AUTH_ERRORS_NAMESPACE, bundle, true, false);
  return createTranslator(i18n, requested);
}

/** The countdown sentence a user reads: "You can try again in …". */
const sentence = (lng: string, seconds: number) => {
  const t = translator(lng);
  return t.t('countdown.retryIn', { time: formatDuration(t, seconds) });
};

describe(formatDuration, () => {
  it.each([
    [1, '1 second'],
    [2, '2 seconds'],
    [59, '59 seconds'],
    [60, '1 minute'],
    [61, '1 minute 1 second'],
    [90, '1 minute 30 seconds'],
    [3600, '1 hour'],
    [3660, '1 hour 1 minute'],
    [7322, '2 hours 3 minutes'],
    // Never negative, rounded up, hours and minutes past an hour.
    [0, '0 seconds'],
    [-5, '0 seconds'],
    [0.2, '1 second'],
    [3599, '59 minutes 59 seconds'],
    [3601, '1 hour 1 minute'],
    [5400, '1 hour 30 minutes'],
    [86_400, '24 hours'],
  ])('should read %d s as "%s" in English', (seconds, text) => {
    expect(formatDuration(translator('en'), seconds)).toBe(text);
  });

  it('should cap countdowns at a day', () => {
    expect(MAX_COUNTDOWN_S).toBe(86_400);
  });

  it.each([86_401, 1e12, Infinity, NaN])('should give null for %d s: beyond a day, or not a number', (seconds) => {
    expect(formatDuration(translator('de'), seconds)).toBeNull();
  });

  it.each([
    [61, 'דקה ושנייה'],
    [62, 'דקה ושתי שניות'],
    [90, 'דקה ו-30 שניות'],
    [121, 'שתי דקות ושנייה'],
    [3660, 'שעה ודקה'],
    [7260, 'שעתיים ודקה'],
    [7322, 'שעתיים ו-3 דקות'],
  ])('should join Hebrew units with ו, hyphenated only before a digit: %i s → %s', (seconds, text) => {
    expect(formatDuration(translator('he'), seconds)).toBe(text);
  });

  it.each([
    ['ru', 21, 'Повторить попытку можно через 21 секунду.'],
    ['ru', 22, 'Повторить попытку можно через 22 секунды.'],
    ['ru', 25, 'Повторить попытку можно через 25 секунд.'],
    ['ru', 90, 'Повторить попытку можно через 1 минуту 30 секунд.'],
    ['uk', 3660, 'Спробувати ще раз можна через 1 годину 1 хвилину.'],
    ['pl', 22, 'Możesz spróbować ponownie za 22 sekundy.'],
    ['pl', 121, 'Możesz spróbować ponownie za 2 minuty 1 sekundę.'],
    ['cs', 5, 'Znovu to můžete zkusit za 5 sekund.'],
    ['ar', 2, 'يمكنك المحاولة مرة أخرى بعد ثانيتين.'],
    ['ar', 5, 'يمكنك المحاولة مرة أخرى بعد 5 ثوانٍ.'],
    ['ar', 21, 'يمكنك المحاولة مرة أخرى بعد 21 ثانية.'],
    ['ar', 121, 'يمكنك المحاولة مرة أخرى بعد دقيقتين وثانية واحدة.'],
    ['he', 2, 'אפשר לנסות שוב בעוד שתי שניות.'],
    ['de', 90, 'Sie können es in 1 Minute und 30 Sekunden erneut versuchen.'],
    ['fi', 90, 'Voit yrittää uudelleen 1 minuutin ja 30 sekunnin kuluttua.'],
    ['tr', 3600, '1 saat sonra tekrar deneyebilirsiniz.'],
    ['ja', 90, '1分30秒後に再試行できます。'],
    ['zh-CN', 3660, '您可以在 1 小时 1 分钟后重试。'],
    ['bg', 90, 'Можете да опитате отново след 1 минута и 30 секунди.'],
    ['bg', 21, 'Можете да опитате отново след 21 секунди.'],
    ['hr', 21, 'Možete pokušati ponovno za 21 sekundu.'],
    ['hr', 3720, 'Možete pokušati ponovno za 1 sat i 2 minute.'],
    ['sr', 5, 'Можете да покушате поново за 5 секунди.'],
    ['sr', 121, 'Можете да покушате поново за 2 минута и 1 секунду.'],
    ['lt', 21, 'Bandyti dar kartą galėsite po 21 sekundės.'],
    ['lt', 90, 'Bandyti dar kartą galėsite po 1 minutės ir 30 sekundžių.'],
    ['lv', 10, 'Varēsiet mēģināt vēlreiz pēc 10 sekundēm.'],
    ['lv', 21, 'Varēsiet mēģināt vēlreiz pēc 21 sekundes.'],
    ['et', 90, 'Saate uuesti proovida 1 minuti ja 30 sekundi pärast.'],
    ['fil', 3720, 'Puwede mong subukang muli pagkalipas ng 1 oras at 2 minuto.'],
    ['th', 90, 'คุณลองอีกครั้งได้ในอีก 1 นาที 30 วินาที'],
    ['th', 3660, 'คุณลองอีกครั้งได้ในอีก 1 ชั่วโมง 1 นาที'],
    ['ms', 90, 'Anda boleh cuba lagi dalam 1 minit 30 saat.'],
    ['bn', 90, '১ মিনিট ৩০ সেকেন্ড পরে আবার চেষ্টা করতে পারবেন।'],
    ['ta', 1, '1 விநாடி கழித்து மீண்டும் முயலலாம்.'],
    ['ta', 90, '1 நிமிடம் 30 விநாடிகள் கழித்து மீண்டும் முயலலாம்.'],
    ['sw', 90, 'Unaweza kujaribu tena baada ya dakika 1 na sekunde 30.'],
    ['sw', 3660, 'Unaweza kujaribu tena baada ya saa 1 na dakika 1.'],
    ['fa', 90, 'می‌توانید ۱ دقیقه و ۳۰ ثانیه دیگر دوباره امتحان کنید.'],
    ['fa', 3660, 'می‌توانید ۱ ساعت و ۱ دقیقه دیگر دوباره امتحان کنید.'],
    ['ur', 90, 'آپ 1 منٹ 30 سیکنڈ بعد دوبارہ کوشش کر سکتے ہیں۔'],
    ['ur', 3660, 'آپ 1 گھنٹے 1 منٹ بعد دوبارہ کوشش کر سکتے ہیں۔'],
  ])('should read the countdown in %s at %i s as “%s”', (lng, seconds, text) => {
    expect(sentence(lng, seconds)).toBe(text);
  });

  it('should format the numbers for the region asked for (ar-EG: Arabic-Indic digits)', () => {
    expect(formatDuration(translator('ar', 'ar-EG'), 90)).toBe('دقيقة واحدة و٣٠ ثانية');
    expect(formatDuration(translator('ar', 'ar'), 90)).toBe(`دقيقة واحدة و${new Intl.NumberFormat('ar').format(30)} ثانية`);
  });

  describe.each(LANGUAGES)('%s', (lng) => {
    it.each([1, 2, 3, 5, 11, 21, 22, 61, 62, 90, 3600, 3660, 7322])('should read %i s with every placeholder filled', (seconds) => {
      const text = sentence(lng, seconds);
      expect(text).not.toMatch(/\{\{|\}\}|duration\.|countdown\./);
      expect(text.length).toBeGreaterThan(5);
    });
  });
});
