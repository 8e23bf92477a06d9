import { useState, type FormEvent } from 'react';
import { TEXT_LIMITS } from '../../../../shared/src/schema/limits.js';
import { api } from '../../live/api.js';
import { FormError } from '../../ui/FormError.js';
import { LimitedTextField } from '../../ui/LimitedTextField.js';

/** Joining a task team with the short code on the facilitator's screen. */
export function JoinForm({ initialCode }: { initialCode: string }) {
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const joined = await api.join(code, name.trim() || undefined);
      window.location.assign(joined.url);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <form className="start__form" onSubmit={(e) => void submit(e)} aria-labelledby="join-heading">
      <h2 id="join-heading">Join a task team</h2>
      <label className="field">
        <span>Join code</span>
        <input
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          placeholder="ABC-234"
          className="join-code-input"
        />
      </label>
      <LimitedTextField
        label="Your name (optional)"
        max={TEXT_LIMITS.personName}
        value={name}
        onChange={setName}
        autoComplete="name"
      />
      <FormError message={error} />
      <button type="submit" className="button button--primary" disabled={busy}>
        Join
      </button>
    </form>
  );
}
