import { useState } from 'react';
import { formatJoinCode, type JoinCodeInfo, type Team } from '../../../../shared/src/index.js';
import { api } from '../../live/api.js';
import { useTeams, useWorkshop } from '../../state/sessionContext.js';
import { FormError } from '../../ui/FormError.js';
import { Confirm } from '../../ui/Confirm.js';
import { possessive } from '../../ui/possessive.js';
import { QrCode } from '../../ui/QrCode.js';
import { useJoinCodes } from '../../ui/useJoinCodes.js';
import { JoinAddressNote } from './JoinAddressNote.js';

/**
 * Per task team: a short code to type and a QR code to scan, which the facilitator can revoke. The
 * list is the live one, so codes made by choosing the projector's joining screen appear here too.
 */
export function JoinPanel() {
  const { workshopId, token } = useWorkshop();
  const teams = useTeams();
  const live = useJoinCodes();
  const codes = live.codes ?? [];
  const setCodes = (change: (all: JoinCodeInfo[]) => JoinCodeInfo[]) =>
    live.setCodes((all) => change(all ?? []));
  // What went wrong with this console's own last action; else why the list could not be read.
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? live.error;
  const attempt = async (run: () => Promise<void>) => {
    try {
      await run();
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const make = (team: Team) =>
    attempt(async () => {
      const code = await api.makeJoinCode(workshopId, token, team.id);
      setCodes((all) => [...all.filter((c) => c.teamId !== team.id), code]);
    });
  // Getting the tables in is one step, not one per team.
  const missing = teams.filter((team) => !codes.some((c) => c.teamId === team.id));
  const makeAll = () =>
    attempt(async () => {
      const made = await api.makeJoinCodes(workshopId, token, missing);
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
                  <QrCode
                    className="join-panel__qr"
                    url={code.joinUrl}
                    label={`QR code to join ${team.name}`}
                    size={160}
                  />
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
                    <button
                      type="button"
                      className="button"
                      data-returns-focus
                      onClick={() => setConfirming(code.code)}
                    >
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
