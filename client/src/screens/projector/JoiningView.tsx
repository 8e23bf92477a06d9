import { useEffect, useState, type CSSProperties } from 'react';
import {
  addressForTablets,
  formatJoinCode,
  joinUrl,
  type JoinCodeInfo,
  type Team,
} from '../../../../shared/src/index.js';
import { api } from '../../live/api.js';
import { useTeams, useWorkshop } from '../../state/sessionContext.js';
import { QrCode } from '../../ui/QrCode.js';
import { useJoinCodes } from '../../ui/useJoinCodes.js';

/**
 * Up to three teams side by side; from four, two columns (three from nine), so each team's code
 * gets a wide strip of wall to be read from the back, beside a QR code for the nearer tables.
 */
function grid(teams: number): { rows: number; columns: number } {
  const columns = teams <= 3 ? Math.max(1, teams) : teams <= 8 ? 2 : 3;
  return { rows: Math.ceil(teams / columns), columns };
}

/**
 * How every table gets in, read from the back of the room: the address to open, and each task
 * team's code and QR code. The codes are the live list, so a revoked one leaves the wall at once;
 * the server lets the projector read them only while this is what it shows (PERM-12).
 */
export function JoiningView() {
  const teams = useTeams();
  const { codes, error } = useJoinCodes();
  const address = useAddressForTablets();
  const { rows, columns } = grid(teams.length);
  return (
    <section className="joining" aria-labelledby="joining-heading">
      <h2 id="joining-heading" className="joining__how">
        {address === undefined ? (
          'Join your task team'
        ) : address ? (
          <>
            On a tablet, open{' '}
            <strong className="joining__address">{address.replace(/^https?:\/\//, '')}</strong> and type your
            team’s code, or scan its QR code
          </>
        ) : (
          'On a tablet, open the board’s start page (ask the facilitator for its address) and type your team’s code'
        )}
      </h2>
      {error && <p className="joining__error">{error}</p>}
      {codes && (
        <ul
          className="joining__teams"
          data-rows={rows}
          style={{ '--rows': rows, '--columns': columns } as CSSProperties}
        >
          {teams.map((team) => (
            <TeamCode
              key={team.id}
              team={team}
              code={codes.find((c) => c.teamId === team.id)}
              address={address ?? null}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function TeamCode({
  team,
  code,
  address,
}: {
  team: Team;
  code: JoinCodeInfo | undefined;
  address: string | null;
}) {
  return (
    <li className="joining__team">
      <div className="joining__words">
        <h3 className="joining__name">{team.name}</h3>
        {code ? (
          <p className="joining__code">
            <span className="visually-hidden">Join code </span>
            {formatJoinCode(code.code)}
          </p>
        ) : (
          <p className="joining__ask">Ask the facilitator for a code</p>
        )}
      </div>
      {/* Without an address tablets can reach, a QR code would open a page they cannot load. */}
      {code && address && (
        <QrCode
          className="joining__qr"
          url={joinUrl(address, code.code)}
          label={`QR code to join ${team.name}`}
          size={320}
        />
      )}
    </li>
  );
}

/** The one address to show for tablets; undefined until the server has answered, null when it cannot be told. */
function useAddressForTablets(): string | null | undefined {
  const { workshopId, token } = useWorkshop();
  const [address, setAddress] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    api.joinAddress(workshopId, token).then(
      (answer) => current && setAddress(addressForTablets(answer)),
      () => current && setAddress(null),
    );
    return () => {
      current = false;
    };
  }, [workshopId, token]);
  return address;
}
