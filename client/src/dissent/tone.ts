/**
 * A short two-note chime made by the Web Audio API, so no sound file travels to the tablet. A
 * browser lets a page make sound only after someone has touched it: `wakeTone` is called from a
 * tap (the switch itself, or any touch after a reload) and the context then stays allowed.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  const Context =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return null;
  try {
    context = new Context();
  } catch {
    return null;
  }
  return context;
}

/** Lets the page make sound; call it from a tap or a key press. */
export function wakeTone(): void {
  const ctx = audio();
  if (ctx?.state === 'suspended') void ctx.resume().catch(() => undefined);
}

const NOTES = [
  { hz: 880, at: 0 },
  { hz: 660, at: 0.22 },
];

/** The chime: loud enough to hear over a table's talk, short enough not to interrupt it. */
export function playTone(): void {
  const ctx = audio();
  if (!ctx) return;
  wakeTone();
  const start = ctx.currentTime;
  for (const { hz, at } of NOTES) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(hz, start + at);
    // A quick rise and a fall: a bare start and stop of a sine wave clicks.
    gain.gain.setValueAtTime(0.0001, start + at);
    gain.gain.exponentialRampToValueAtTime(0.4, start + at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + at + 0.3);
    oscillator.connect(gain);
    gain.connect(ctx.destination);
    oscillator.start(start + at);
    oscillator.stop(start + at + 0.32);
  }
}
