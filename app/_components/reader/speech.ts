import type { Lang } from '@/lib/content/langs';

// Read-aloud through the browser's own speech synthesis: nothing is sent anywhere, and a
// language gets a listen button only where the device has a voice for it.

const VOICE_LANG: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR', zh: 'zh-CN' }; // zh-TW for Traditional
const PREFIX: Record<Lang, RegExp> = { en: /^en\b/i, ko: /^ko\b/i, zh: /^(zh|cmn)\b/i };

let voices: SpeechSynthesisVoice[] = [];
let speaking: string | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
let started = false;

function start() {
  if (started || typeof speechSynthesis === 'undefined') return;
  started = true;
  const read = () => {
    voices = speechSynthesis.getVoices();
    emit();
  };
  read();
  speechSynthesis.addEventListener?.('voiceschanged', read);
}

export function subscribe(listener: () => void) {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The languages this device can speak, as a stable string for useSyncExternalStore. */
export const getLangs = () =>
  (['en', 'ko', 'zh'] as const).filter((l) => voices.some((v) => PREFIX[l].test(v.lang))).join(' ');
export const getServerLangs = () => '';
/** `p3:ko` while paragraph 3's Korean is being read. */
export const getSpeaking = () => speaking;

function voiceFor(lang: Lang): SpeechSynthesisVoice | undefined {
  const exact = voices.find((v) => v.lang.replace('_', '-').toLowerCase() === VOICE_LANG[lang].toLowerCase());
  return exact ?? voices.find((v) => PREFIX[lang].test(v.lang));
}

/** Reads `text` in `lang`; calling it again for the same key stops. */
export function speak(key: string, lang: Lang, text: string, traditional = false) {
  speechSynthesis.cancel();
  if (speaking === key) {
    speaking = null;
    return emit();
  }
  const u = new SpeechSynthesisUtterance(text);
  u.lang = traditional ? 'zh-TW' : VOICE_LANG[lang];
  const voice = (traditional && voices.find((v) => /^zh[-_](TW|HK|Hant)/i.test(v.lang))) || voiceFor(lang);
  if (voice) u.voice = voice;
  const done = () => {
    if (speaking === key) {
      speaking = null;
      emit();
    }
  };
  u.onend = done;
  u.onerror = done;
  speaking = key;
  emit();
  speechSynthesis.speak(u);
}
