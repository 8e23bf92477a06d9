import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { formatJoinCode, type JoinCodeInfo, type Team } from '../../../../shared/src/index.js';
import { api } from '../../live/api.js';
import { useTeams, useWorkshop } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';
import { Confirm } from '../../ui/Confirm.js';
import { possessive } from '../../ui/possessive.js';
import { JoinAddressNote } from './JoinAddressNote.js';

/** Per task team: a short code to type and a QR code to scan, which the facilitator can revoke. */
export function JoinPanel() {
  const { workshopId, token } = useWorkshop();
  const teams = useTeams();
  const [codes, setCodes] = useState<JoinCodeInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const attempt = async (run: () => Promise<void>) => {
    try {
      await run();
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    api.joinCodes(workshopId, token).then(setCodes, (e: Error) => setError(e.message));
  }, [workshopId, token]);

  const make = (team: Team) =>
    attempt(async () => {
      const code = await api.makeJoinCode(workshopId, token, team.id);
      setCodes((all) => [...all.filter((c) => c.teamId !== team.id), code]);
    });
  // Getting the tables in is one step, not one per team.
  const missing = teams.filter((team) => !codes.some((c) => c.teamId === team.id));
  const makeAll = () =>
    attempt(async () => {
      const made = await Promise.all(missing.map((team) => api.makeJoinCode(workshopId, token, team.id)));
      setCodes((all) => [...all.filter((c) => !made.some((m) => m.teamId === c.teamId)), ...made]);
    });
  const [confirming, setConfirming] = useState<string | null>(null);
  const revoke = (code: JoinCodeInfo, disconnectTablets: boolean) =>
    attempt(async () => {
      await api.revokeJoinCode(workshopId, token, code.code, disconnectTablets);
      setCodes((all) => all.filter((c) => c.code !== code.code));
      setConfirming(null);
    });

  return (
    <section className="join-panel" aria-labelledby="join-heading">
      <h2 id="join-heading">Join a task team</h2>
      <JoinAddressNote />
      {missing.length > 1 && (
        <button type="button" className="button" onClick={() => void makeAll()}>
          Show every team’s join code
        </button>
      )}
      <FormError message={error} />
      <ul>
        {teams.map((team) => {
          const code = codes.find((c) => c.teamId === team.id);
          return (
            <li key={team.id} className="join-panel__team">
              <strong>{team.name}</strong>
              {code ? (
                <>
                  <span
                    className="join-panel__code"
                    aria-label={`Join code ${code.code.split('').join(' ')}`}
                  >
                    {formatJoinCode(code.code)}
                  </span>
                  <QrImage url={code.joinUrl} label={`QR code to join ${team.name}`} />
                  {confirming === code.code ? (
                    <Confirm
                      label={`Revoke ${possessive(team.name)} code?`}
                      question="No new tablet can join with it. Tablets that already joined stay, unless you disconnect them too."
                      actions={[
                        { label: 'Revoke the code', run: () => void revoke(code, false) },
                        {
                          label: 'Revoke it and disconnect its tablets',
                          danger: true,
                          run: () => void revoke(code, true),
                        },
                      ]}
                      keep="Keep it"
                      onKeep={() => setConfirming(null)}
                    />
                  ) : (
                    <button type="button" className="button" onClick={() => setConfirming(code.code)}>
                      Revoke {possessive(team.name)} code
                    </button>
                  )}
                </>
              ) : (
                <button type="button" className="button" onClick={() => void make(team)}>
                  Show a join code for {team.name}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function QrImage({ url, label }: { url: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (text) => live && setSvg(text),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!svg) return null;
  return (
    <img
      className="join-panel__qr"
      src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
      alt={label}
      width={160}
      height={160}
    />
  );
}
